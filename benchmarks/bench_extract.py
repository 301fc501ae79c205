"""Whole-pipeline throughput of ``hadath.extract`` on 700-word articles, per stage.

    .venv/bin/python benchmarks/bench_extract.py [--n 300] [--repeat 3] [--workers 2] [--cli]

Target (issues 2 and 5): >= 150 articles/s on this 2-core machine.

* Per stage, in one process: CPU time of each stage, of the conversion to the contract's
  ``Document`` and of its JSON serialisation (what the CLI writes), and the rest of
  ``extract`` (input checks, the ``Doc``); the median of ``--repeat`` passes. The library
  call runs with Python's default garbage-collector settings, as in a user's program.
* ``--workers N``: the batch path of ``extract --jsonl`` (:func:`hadath.batch.process_lines`:
  JSON lines in, JSON lines out, in order, with its warm-up and collector settings), in one
  process and in N processes, wall-clock; also the CPU time the N processes used.
* The NER decoder's compiled loops (:mod:`hadath.ner.kernels`, which a process loads after
  decoding ``KERNEL_AFTER_TOKENS`` tokens) are loaded in the start-up, so every timed pass
  and the forked batch workers run as a long batch does; ``--ner-numpy`` keeps the numpy
  decoder a short run uses (``--cli`` runs are separate processes: they switch by themselves).
* ``--cli``: ``python -m hadath extract --jsonl FILE --workers N`` on the same articles, as
  users run it: wall-clock and CPU time of the whole command, and the same for a one-line file
  (start-up: imports, lexicons, models), so the per-article figure can leave start-up out.

CPU time is robust when other work shares the machine; wall-clock figures with several
processes are only meaningful on an otherwise idle machine (the load average is printed).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import make_articles, modules_line, reference_loop  # noqa: E402

import hadath  # noqa: E402
from hadath.batch import process_lines  # noqa: E402
from hadath.convert import to_document  # noqa: E402
from hadath.doc import Doc  # noqa: E402
from hadath.ner import decoder as decoder_module  # noqa: E402
from hadath.ner.decoder import decoder  # noqa: E402
from hadath.pipeline import check_text, default_pipeline, parse_published  # noqa: E402

PUBLISHED = "2024-05-15"
ROOT = Path(__file__).resolve().parent.parent


class GcTimer:
    """CPU time spent in the garbage collector (it lands inside whichever stage allocates)."""

    def __init__(self) -> None:
        self.secs = 0.0
        self._t0 = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._t0 = time.process_time()
        else:
            self.secs += time.process_time() - self._t0

    def __enter__(self) -> GcTimer:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def jsonl_lines(arts: list[str]) -> list[bytes]:
    return [json.dumps({"id": f"a{i}", "text": t, "published": PUBLISHED}, ensure_ascii=False).encode() + b"\n"
            for i, t in enumerate(arts)]


def per_stage(arts: list[str], repeat: int) -> None:
    pipe = default_pipeline()
    names = [st.name for st in pipe.stages] + ["convert", "json", "rest"]
    passes: list[dict[str, float]] = []
    totals, gcs = [], []
    for _ in range(repeat):
        secs = dict.fromkeys(names, 0.0)
        with GcTimer() as gct:
            t0 = time.process_time()
            for t in arts:
                # the same work as hadath.extract + model_dump_json, timed by part
                c0 = time.process_time()
                check_text(t)
                doc = Doc(raw=t, published=parse_published(PUBLISHED))
                c1 = time.process_time()
                secs["rest"] += c1 - c0
                for st in pipe.stages:
                    doc = st(doc)
                    c2 = time.process_time()
                    secs[st.name] += c2 - c1
                    c1 = c2
                out = to_document(doc)
                c2 = time.process_time()
                secs["convert"] += c2 - c1
                out.model_dump_json()
                secs["json"] += time.process_time() - c2
            totals.append(time.process_time() - t0)
        gcs.append(gct.secs)
        passes.append(secs)
    for name in names:
        ms = statistics.median(p[name] for p in passes) * 1000 / len(arts)
        print(f"  {name:12s} {ms:7.3f} ms/article")
    print(f"  (garbage collector, inside the parts above: {statistics.median(gcs) * 1000 / len(arts):.3f} ms/article)")
    total = statistics.median(totals)
    print(f"extract + JSON, 1 process (CPU time, median of {repeat}): {len(arts) / total:,.0f} articles/s "
          f"({1000 * total / len(arts):.2f} ms/article)")


def batch(arts: list[str], workers: int) -> None:
    lines = jsonl_lines(arts)
    for w in sorted({1, workers}):
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        with GcTimer() as gct:
            c0, t0 = time.process_time(), time.perf_counter()
            n = sum(ok for _, ok in process_lines(lines, 2_000_000, w))
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        child = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
        assert n == len(arts), "a line failed"
        gc_note = f", garbage collector {1000 * gct.secs / n:.3f}" if w == 1 else ""
        print(f"batch (extract --jsonl path), {w} process{'es' if w > 1 else ''}: {n / wall:,.0f} articles/s wall-clock; "
              f"CPU {1000 * (cpu + child) / n:.2f} ms/article (this process {1000 * cpu / n:.2f}{gc_note})")


def _run_cli(path: str, workers: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds (the command and its worker processes) of one CLI run."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "hadath", "extract", "--jsonl", path, "--workers", str(workers)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)


def cli(arts: list[str], workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        full, one = Path(tmp) / "articles.jsonl", Path(tmp) / "one.jsonl"
        lines = jsonl_lines(arts)
        full.write_bytes(b"".join(lines))
        one.write_bytes(lines[0])
        for w in sorted({1, workers}):
            s_wall, s_cpu = _run_cli(str(one), w)
            wall, cpu = _run_cli(str(full), w)
            n = len(arts)
            print(f"CLI extract --jsonl ({n} articles) --workers {w}: {wall:.1f} s wall-clock, {n / wall:,.0f} articles/s "
                  f"({n / max(wall - s_wall, 1e-9):,.0f}/s without the {s_wall:.1f} s start-up); "
                  f"CPU {cpu:.1f} s, {1000 * (cpu - s_cpu) / n:.2f} ms/article without start-up")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--cli", action="store_true", help="also time the extract --jsonl command")
    ap.add_argument("--ner-numpy", action="store_true",
                    help="NER decodes with numpy only (a short run's decoder) instead of its compiled loops")
    args = ap.parse_args()
    arts = make_articles(args.n)
    t0 = time.perf_counter()
    hadath.extract(arts[0], published=PUBLISHED)
    if args.ner_numpy:
        decoder_module.KERNEL_AFTER_TOKENS = 10**12
    else:
        # a long batch decodes with the NER decoder's compiled loops (loaded after
        # KERNEL_AFTER_TOKENS tokens): load them now, as start-up, not inside a timed pass
        decoder().use_kernels()
        hadath.extract(arts[0], published=PUBLISHED)
    print(f"machine: {platform.machine()} python {platform.python_version()}; "
          f"start-up (lexicons, models) {time.perf_counter() - t0:.2f} s; reference loop {reference_loop():.3f} s; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(modules_line())
    per_stage(arts, args.repeat)
    if args.workers > 1:
        batch(arts, args.workers)
    if args.cli:
        cli(arts, args.workers)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
