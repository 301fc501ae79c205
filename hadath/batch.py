"""Batch extraction for ``extract --jsonl``: one output line per input line, in order.

A bad line (invalid JSON, missing or non-string text, bad date, over the size limit)
becomes an ``{"id", "error"}`` record in its place; only :class:`HadathError` is caught
per line, real bugs propagate. With ``workers > 1`` lines are processed by a process pool
(``imap`` keeps the order), which is how a 2-core machine reaches its throughput.

Before the first line, the pipeline is loaded and run once on a short text (every lazily
built lexicon and matcher with it), then the loaded objects are moved out of the garbage
collector's reach (``gc.freeze``) and its first generation is made larger: extraction
allocates tens of thousands of objects an article, and with the default settings the
collector spent about 2 ms an article, much of it re-scanning the 200,000 objects of the
lexicons and models. Forked workers inherit the loaded, frozen pipeline instead of
each loading its own. Both settings are put back when the batch ends.

A batch read from a file is read ahead until it holds as many words as the NER decoder
decodes with numpy before it loads its compiled loops (``KERNEL_AFTER_TOKENS``, times the
number of processes): when it does, every process would load them (~0.65 s of CPU each)
after decoding that much the slower way, so they are loaded once before forking instead and
the workers inherit them. Labels are the same either way. A stream (a pipe) is not read
ahead: its first lines are extracted as they arrive.

After each line the two young generations are collected (``gc.collect(1)``): the line's
objects are gone by then except any caught in reference cycles (there were about 1,500 an
article from the event stage's sentence contexts until that stage broke the cycle; the
collection now finds almost nothing and costs ~0.01 ms), so it finds garbage only, while
it is still in the processor's cache. Collections the threshold starts in the middle
of an article instead trace thousands of live objects and move them to older generations,
to be traced again there. On the benchmark articles this halves the collector's time
(1.3 ms -> 0.6-0.9 ms an article); the high threshold stays as the bound on one long input.

The workers are plain forked processes, each fed one line at a time through its own pipe
(:func:`_pooled`), not a ``multiprocessing.Pool``: the pool's worker-handler thread waits on
the pipe the results come back on, so it woke and looped, holding the parent's interpreter,
until the result thread had read each result (about 650 wake-ups for 100 lines). The parent
used ~1 ms of CPU a line that way, taken from the two workers on a two-core machine. Here the
parent waits in ``connection.wait`` for whichever worker is done, gives it the next line and
writes the results in input order; a thread reads the input, so a stream's results are not
held back while its next line has not come.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import pickle
import queue
import threading
import traceback
from collections.abc import Iterable, Iterator
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import NamedTuple

from hadath.errors import HadathError, InputError
from hadath.schema import ErrorRecord
from hadath.textio import json_object


def process_line(n: int, line: bytes, max_size: int) -> tuple[bytes, bool]:
    """Extract one JSONL line; returns ``(output JSON line as UTF-8, ok)``.

    What ``hadath.extract(...).model_dump_json()`` returns, encoded, made by
    :func:`hadath.convert.document_json_bytes` (the same bytes, without the ``Document``
    models); bytes, not ``str``, all the way to the CLI's binary stdout (that function says why)."""
    from hadath.convert import document_json_bytes
    from hadath.pipeline import run

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
        doc = run(text, published=pub, doc_id=ident, source=source if isinstance(source, str) else None)
        return document_json_bytes(doc), True
    except HadathError as exc:
        return ErrorRecord(id=ident, error=str(exc)).model_dump_json().encode(), False


def _star(args: tuple[int, bytes, int]) -> tuple[bytes, bool]:
    out = process_line(*args)
    gc.collect(YOUNG_GENERATIONS)  # the line's cyclic garbage, while it is hot (module docstring)
    return out


# A short report that goes through every stage (a place, a number, a date, a source, an event).
WARM_TEXT = "قال مصدر طبي إن خمسة مدنيين قتلوا أمس في غارة جوية على مدينة إدلب شمال غربي سوريا."
GC_GEN0_THRESHOLD = 10_000  # the default 700 ran a collection every few hundred tokens
YOUNG_GENERATIONS = 1  # gc.collect(1): generations 0 and 1, never the whole heap


def warm_up() -> None:
    """Load and run the pipeline once so that nothing is loaded while timing or per worker.

    A :class:`HadathError` here (a broken lexicon file) is left for the first line to report
    in its error record, as it would be without the warm-up.
    """
    import hadath

    try:
        hadath.extract(WARM_TEXT, published="2024-01-01")
    except HadathError:
        return


def _worker_init() -> None:
    gc.set_threshold(GC_GEN0_THRESHOLD)


def read_ahead(jobs: Iterator[tuple[int, bytes, int]], words: int) -> tuple[list[tuple[int, bytes, int]], bool]:
    """The jobs read until their lines hold ``words`` words (spaces, which JSON never
    escapes), and whether they got there before the input ended."""
    got: list[tuple[int, bytes, int]] = []
    seen = 0
    if words <= 0:
        return got, True
    for job in jobs:
        got.append(job)
        seen += job[1].count(b" ") + 1
        if seen >= words:
            return got, True
    return got, False


def load_ner_kernels() -> None:
    """Load the NER decoder's compiled loops now (see the module docstring)."""
    from hadath.ner.decoder import decoder

    decoder().load_kernels()


def process_lines(lines: Iterable[bytes], max_size: int, workers: int = 1,
                  ahead: bool = False) -> Iterator[tuple[bytes, bool]]:
    """Yield ``(output line, ok)`` for every non-blank input line, in input order.

    ``ahead``: the input is a file, not a stream; it may be read ahead to decide whether
    the batch is long enough to load the NER decoder's compiled loops first."""
    todo = ((n, line, max_size) for n, line in enumerate(lines, start=1) if line.strip())
    first = next(todo, None)
    if first is None:
        return  # nothing to extract: no need to load anything
    early, long_batch = [first], False
    if ahead:
        from hadath.ner.decoder import KERNEL_AFTER_TOKENS

        more, long_batch = read_ahead(todo, KERNEL_AFTER_TOKENS * max(1, workers) - first[1].count(b" ") - 1)
        early += more
    jobs = itertools.chain(early, todo)
    warm_up()
    if long_batch:
        load_ner_kernels()
    thresholds = gc.get_threshold()
    # the loaded pipeline is never garbage; no gc.collect() first: a full collection costs more
    # than the warm-up's few cycles it would free, and forked workers share the pages untouched
    gc.freeze()
    try:
        if workers <= 1:
            gc.set_threshold(GC_GEN0_THRESHOLD)
            for job in jobs:
                yield _star(job)
            return
        yield from _pooled(jobs, workers)
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


LINES_AHEAD = 2  # lines a worker holds: one in work, the next waiting, so it never waits for the parent
_Job = tuple[int, bytes, int]


class _RemoteTraceback(Exception):
    """A worker's traceback, as the cause of the exception re-raised in the parent."""

    def __str__(self) -> str:
        return str(self.args[0])


def _work(tasks: Connection, results: Connection) -> None:
    """A worker: extract each ``(k, job)`` it is sent and send back ``(k, output, None)``; an
    exception (a bug: :func:`process_line` catches every :class:`HadathError`) goes back as
    ``(k, None, (exception, traceback text))`` and ends the worker."""
    _worker_init()
    while (task := tasks.recv()) is not None:
        k, job = task
        try:
            out = _star(job)
        except BaseException as exc:  # noqa: BLE001 - handed to the parent, which re-raises it
            text = traceback.format_exc()
            try:
                pickle.dumps(exc)
            except Exception:  # noqa: BLE001 - an exception that cannot cross the pipe
                exc = RuntimeError(f"{type(exc).__name__}: {exc}")
            results.send((k, None, (exc, text)))
            return
        results.send((k, out, None))


def _pooled(jobs: Iterator[_Job], workers: int) -> Iterator[tuple[bytes, bool]]:
    """:func:`_star` of every job in ``workers`` forked processes, yielded in input order
    (see the module docstring)."""
    ctx = get_context("fork")
    procs = []
    task_ends: list[Connection] = []
    result_ends: list[Connection] = []
    done_end, done_send = ctx.Pipe(duplex=False)  # the reader thread's count of lines, or its error
    free: queue.SimpleQueue[int] = queue.SimpleQueue()  # a worker's index for each line it may take
    try:
        for _ in range(workers):
            task_get, task_put = ctx.Pipe(duplex=False)
            result_get, result_put = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_work, args=(task_get, result_put), daemon=True)
            proc.start()
            task_get.close()
            result_put.close()
            procs.append(proc)
            task_ends.append(task_put)
            result_ends.append(result_get)
        for w in range(workers):
            for _ in range(LINES_AHEAD):
                free.put(w)
        failed: list[BaseException] = []
        reader = threading.Thread(target=_feed, args=(jobs, free, task_ends, done_send, failed), daemon=True)
        reader.start()
        yield from _results(result_ends, done_end, free, failed)
        for end in task_ends:
            end.send(None)
        for proc in procs:
            proc.join()
    finally:
        free.put(-1)  # a reader thread still waiting for a worker stops
        for proc in procs:
            if proc.is_alive():
                proc.terminate()
                proc.join()
        for end in (*task_ends, *result_ends, done_end, done_send):
            end.close()


def _feed(jobs: Iterator[_Job], free: queue.SimpleQueue[int], task_ends: list[Connection],
          done: Connection, failed: list[BaseException]) -> None:
    """The reader thread: send each job, numbered, to a worker with room for it; then send
    ``done`` how many were sent. An exception reading the input (or sending to a worker that
    ended on a bug) stops it, kept in ``failed``."""
    k = 0
    try:
        for job in jobs:
            w = free.get()
            if w < 0:
                return  # the batch was given up
            task_ends[w].send((k, job))
            k += 1
    except BaseException as exc:  # noqa: BLE001 - re-raised by the main thread
        failed.append(exc)
    with contextlib.suppress(OSError):  # the batch may have been given up meanwhile
        done.send(k)


class _Failure(NamedTuple):
    """A line on which a worker raised: the exception and the worker's traceback."""

    exc: BaseException
    text: str


def _results(result_ends: list[Connection], done: Connection, free: queue.SimpleQueue[int],
             failed: list[BaseException]) -> Iterator[tuple[bytes, bool]]:
    """The workers' results in job order: each is kept until those before it are in. A bug
    in a worker is raised in its line's place, after the outputs of the lines before it."""
    waiting = [*result_ends, done]
    by_id = {id(end): end for end in waiting}  # ``wait`` returns them typed as any waitable
    index = {id(end): w for w, end in enumerate(result_ends)}
    held: dict[int, tuple[bytes, bool] | _Failure] = {}
    total: int | None = None
    nxt = 0
    while total is None or nxt < total:
        if len(waiting) == (total is None):  # cannot happen: every line sent has a worker
            raise RuntimeError("the batch workers ended with lines left")
        for ready in wait(waiting):
            end = by_id[id(ready)]
            if end is done:
                total = end.recv()
                waiting.remove(end)
                continue
            try:
                k, out, err = end.recv()
            except EOFError:
                raise RuntimeError("a batch worker process died before it finished its lines") from None
            if err is not None:
                held[k] = _Failure(*err)
                waiting.remove(end)  # it has ended: its lines after this one are never needed
                continue
            held[k] = out
            free.put(index[id(end)])
        while nxt in held:
            item = held.pop(nxt)
            if isinstance(item, _Failure):
                raise item.exc from _RemoteTraceback(item.text)
            yield item
            nxt += 1
    if failed:
        raise failed[0]
