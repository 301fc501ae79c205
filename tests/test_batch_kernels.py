"""A batch read from a file that is long enough to make every process load the NER
decoder's compiled loops has them loaded once before the workers fork (hadath.batch)."""

from __future__ import annotations

import json

import pytest

from hadath import batch
from hadath.ner import decoder as decoder_module

TEXT = "قال مصدر طبي إن خمسة مدنيين قتلوا أمس في غارة جوية على مدينة إدلب شمال غربي سوريا."  # 17 words


def _lines(n: int) -> list[bytes]:
    return [json.dumps({"id": f"a{i}", "text": TEXT}, ensure_ascii=False, separators=(",", ":")).encode() for i in range(n)]


def test_read_ahead_stops_once_it_holds_the_words() -> None:
    jobs = iter([(1, b"a b c", 9), (2, b"d e", 9), (3, b"f", 9)])
    got, enough = batch.read_ahead(jobs, 5)
    assert [j[0] for j in got] == [1, 2] and enough
    assert next(jobs)[0] == 3  # the rest is left for the batch
    got, enough = batch.read_ahead(iter([(1, b"a b", 9)]), 5)
    assert len(got) == 1 and not enough


@pytest.mark.parametrize(("lines", "workers", "ahead", "loads"), [
    (3, 1, True, True),  # 3 x 17 words, over 40: the one process would load them
    (2, 1, True, False),  # 34 words: a short batch never needs them
    (3, 2, True, False),  # two workers: each would decode ~26 words, under 40
    (6, 2, True, True),
    (6, 1, False, False),  # a stream is not read ahead
])
def test_kernels_are_loaded_before_the_batch_only_when_it_is_long(
        monkeypatch: pytest.MonkeyPatch, lines: int, workers: int, ahead: bool, loads: bool) -> None:
    calls: list[int] = []
    monkeypatch.setattr(batch, "load_ner_kernels", lambda: calls.append(1))
    monkeypatch.setattr(decoder_module, "KERNEL_AFTER_TOKENS", 40)
    # forked workers inherit the stand-in: each line's output is its number
    monkeypatch.setattr(batch, "process_line", lambda n, line, size: (str(n), True))
    out = list(batch.process_lines(iter(_lines(lines)), 10**6, workers, ahead))
    assert bool(calls) == loads
    assert out == [(str(n), True) for n in range(1, lines + 1)]


def test_load_kernels_makes_the_decoder_use_them() -> None:
    dec = decoder_module.Decoder()
    dec.load_kernels()
    assert dec._kernels is not None
