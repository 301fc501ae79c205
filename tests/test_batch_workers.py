"""The batch path's worker processes (hadath.batch._pooled): input order, errors, streams.

Forked workers inherit a stand-in ``process_line`` set with monkeypatch, so these tests run
no extraction: each output says which line it came from.
"""

from __future__ import annotations

import json
import multiprocessing
import threading
import time
from collections.abc import Iterator

import pytest

from hadath import batch


def _line(i: int) -> bytes:
    return json.dumps({"id": f"a{i}", "text": "x"}).encode()


def _uneven(n: int, line: bytes, size: int) -> tuple[str, bool]:
    time.sleep(0.002 * (n % 3))  # some lines take longer, so results come back out of order
    return str(n), n % 5 != 0


def test_outputs_come_in_input_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "process_line", _uneven)
    out = list(batch.process_lines([_line(i) for i in range(40)], 10**6, workers=3))
    assert out == [(str(n), n % 5 != 0) for n in range(1, 41)]
    assert not multiprocessing.active_children()


def _bug(n: int, line: bytes, size: int) -> tuple[str, bool]:
    if n == 4:
        raise ValueError("a bug on line 4")
    return str(n), True


def test_a_bug_in_a_worker_is_raised_in_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "process_line", _bug)
    got: list[tuple[str, bool]] = []
    with pytest.raises(ValueError, match="a bug on line 4") as info:
        got.extend(batch.process_lines([_line(i) for i in range(20)], 10**6, workers=2))
    assert got == [(str(n), True) for n in range(1, 4)]
    assert "Traceback" in str(info.value.__cause__)  # the worker's traceback comes along
    assert not multiprocessing.active_children()


def test_an_error_reading_the_input_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "process_line", _uneven)

    def lines() -> Iterator[bytes]:
        yield _line(1)
        yield _line(2)
        raise OSError("the input went away")

    with pytest.raises(OSError, match="the input went away"):
        list(batch.process_lines(lines(), 10**6, workers=2))
    assert not multiprocessing.active_children()


def test_a_stream_line_is_answered_before_the_next_one_comes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stream's next line may not have been written yet: the output of the lines already
    read must not wait for it (a reader thread feeds the workers)."""
    monkeypatch.setattr(batch, "process_line", _uneven)
    answered = threading.Event()

    def stream() -> Iterator[bytes]:
        yield _line(1)
        yield _line(2)
        assert answered.wait(30), "the first outputs waited for the third line"
        yield _line(3)

    out = []
    for item in batch.process_lines(stream(), 10**6, workers=2):
        out.append(item)
        if len(out) == 2:
            answered.set()
    assert [o for o, _ in out] == ["1", "2", "3"]


def test_leaving_the_batch_early_stops_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "process_line", _uneven)
    gen = batch.process_lines([_line(i) for i in range(50)], 10**6, workers=2)
    assert next(gen) == ("1", True)
    gen.close()
    assert not multiprocessing.active_children()
