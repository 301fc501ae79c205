"""Whole-pipeline throughput of ``hadath.extract`` on 700-word articles, per stage.

    .venv/bin/python benchmarks/bench_extract.py [--n 300] [--workers 2]

Target (issues 2 and 5): >= 150 articles/s on this 2-core machine. ``--workers 2`` runs
two processes, as a batch job on this machine would.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import make_articles  # noqa: E402

import hadath  # noqa: E402
from hadath.convert import to_document  # noqa: E402
from hadath.doc import Doc  # noqa: E402
from hadath.pipeline import default_pipeline, parse_published  # noqa: E402


def _work(chunk: list[str]) -> int:
    for t in chunk:
        hadath.extract(t, published="2024-05-15")
    return len(chunk)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    arts = make_articles(args.n)
    t0 = time.perf_counter()
    pipe = default_pipeline()
    hadath.extract(arts[0], published="2024-05-15")
    print(f"machine: {platform.machine()} python {platform.python_version()}; "
          f"start-up (lexicons, models) {time.perf_counter() - t0:.2f} s")
    per_stage = {st.name: 0.0 for st in pipe.stages}
    # CPU time of this process: robust when other work shares the machine
    t0 = time.process_time()
    for t in arts:
        doc = Doc(raw=t, published=parse_published("2024-05-15"))
        for st in pipe.stages:
            s0 = time.process_time()
            doc = st(doc)
            per_stage[st.name] += time.process_time() - s0
        to_document(doc)
    total = time.process_time() - t0
    for name, secs in per_stage.items():
        print(f"  {name:12s} {1000 * secs / len(arts):7.3f} ms/article")
    print(f"extract, 1 process (CPU time): {len(arts) / total:,.0f} articles/s ({1000 * total / len(arts):.2f} ms/article)")
    if args.workers > 1:
        chunks = [arts[i :: args.workers] for i in range(args.workers)]
        with ProcessPoolExecutor(args.workers) as ex:
            list(ex.map(_work, [c[:2] for c in chunks]))  # warm-up each worker
            t0 = time.perf_counter()
            n = sum(ex.map(_work, chunks))
            total = time.perf_counter() - t0
        print(f"extract, {args.workers} processes: {n / total:,.0f} articles/s")


if __name__ == "__main__":
    main()
