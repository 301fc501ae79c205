"""Batch extraction for ``extract --jsonl``: one output line per input line, in order.

A bad line (invalid JSON, missing or non-string text, bad date, over the size limit)
becomes an ``{"id", "error"}`` record in its place; only :class:`HadathError` is caught
per line, real bugs propagate. With ``workers > 1`` lines are processed by a process pool
(``imap`` keeps the order), which is how a 2-core machine reaches its throughput.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from multiprocessing import get_context

from hadath.errors import HadathError, InputError
from hadath.schema import ErrorRecord
from hadath.textio import json_object


def process_line(n: int, line: bytes, max_size: int) -> tuple[str, bool]:
    """Extract one JSONL line; returns ``(output JSON line, ok)``."""
    import hadath

    ident: str | None = None
    try:
        obj = json_object(line, f"line {n}")
        ident = str(obj["id"]) if obj.get("id") is not None else f"line-{n}"
        text = obj.get("text")
        if text is None:
            raise InputError(f"line {n}: missing 'text'")
        if not isinstance(text, str):
            raise InputError(f"line {n}: 'text' must be a string")
        if len(text.encode("utf-8")) > max_size:
            raise InputError(f"line {n}: text is over the size limit of {max_size:,} bytes")
        pub = obj.get("published")
        if pub is not None and not isinstance(pub, str):
            raise InputError(f"line {n}: 'published' must be a YYYY-MM-DD string")
        source = obj.get("source")
        doc = hadath.extract(text, published=pub, doc_id=ident,
                             source=source if isinstance(source, str) else None)
        return doc.model_dump_json(), True
    except HadathError as exc:
        return ErrorRecord(id=ident, error=str(exc)).model_dump_json(), False


def _star(args: tuple[int, bytes, int]) -> tuple[str, bool]:
    return process_line(*args)


def _warm() -> None:
    from hadath.pipeline import default_pipeline

    default_pipeline()


def process_lines(lines: Iterable[bytes], max_size: int, workers: int = 1) -> Iterator[tuple[str, bool]]:
    """Yield ``(output line, ok)`` for every non-blank input line, in input order."""
    jobs = ((n, line, max_size) for n, line in enumerate(lines, start=1) if line.strip())
    if workers <= 1:
        for job in jobs:
            yield _star(job)
        return
    with get_context("fork").Pool(workers, initializer=_warm) as pool:
        yield from pool.imap(_star, jobs, chunksize=4)
