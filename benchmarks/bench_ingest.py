"""Ingest benchmark: 5,000 generated Arabic reports into SQLite, end to end, then a re-run.

    .venv/bin/python benchmarks/bench_ingest.py [--n 5000] [--workers N] [--seed 7]

Runs the real CLI (``hadath ingest FILE --db sqlite:///...``) in a subprocess, so the
figures include start-up, reading, hashing, extraction, MinHash stories, batched inserts
and the merge rebuild. Targets (issue 6): the first run >= 100 articles/s, the re-run
(every article already stored: one hash query, nothing extracted) < 10 s. For context it
also times ``hadath.extract`` alone on a sample in this process.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hadath.ingest.synthetic import generate, write_jsonl

CLI = [sys.executable, "-c", "from hadath.cli.app import main; main()"]


def ingest(src: Path, db: Path, workers: int | None) -> tuple[float, str]:
    cmd = [*CLI, "ingest", str(src), "--db", f"sqlite:///{db}", "-q"]
    if workers:
        cmd += ["--workers", str(workers)]
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    secs = time.perf_counter() - t
    if done.returncode != 0:
        sys.exit(f"ingest failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return secs, done.stdout.strip()


def extract_rate(n: int, seed: int) -> float:
    import hadath

    arts = list(generate(n, seed=seed + 1))
    hadath.extract(arts[0].text)
    t = time.perf_counter()
    for a in arts:
        hadath.extract(a.text, published=a.published, doc_id=a.id, source=a.source)
    return n / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=None, help="extraction processes (default: the CLI's)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = write_jsonl(Path(tmp) / "articles.jsonl", args.n, args.seed)
        words = sum(len(a.text.split()) for a in generate(args.n, args.seed)) / args.n
        db = Path(tmp) / "bench.db"
        first, out1 = ingest(src, db, args.workers)
        again, out2 = ingest(src, db, args.workers)
        with sqlite3.connect(db) as conn:
            stored = conn.execute("select count(*) from articles").fetchone()[0]
            events = conn.execute("select count(*) from events").fetchone()[0]
            merged = conn.execute("select count(*) from merged_events").fetchone()[0]
            stories = conn.execute("select count(distinct story_id) from articles").fetchone()[0]
        size_mb = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*")) / 1e6
    rate = args.n / first
    print(f"machine: {os.cpu_count()} cores; articles: {args.n} generated, {words:.0f} words on average")
    print(f"first run : {first:6.1f} s  = {rate:6.1f} articles/s end to end  "
          f"[{'PASS' if rate >= 100 else 'FAIL'} >= 100/s]  ({out1})")
    print(f"re-run    : {again:6.2f} s (no-op)                          "
          f"[{'PASS' if again < 10 else 'FAIL'} < 10 s]  ({out2})")
    print(f"store     : {stored} articles, {stories} stories, {events} event reports, {merged} merged events, "
          f"{size_mb:.1f} MB")
    print(f"context   : hadath.extract alone, 1 process: {extract_rate(min(300, args.n), args.seed):.0f} articles/s")


if __name__ == "__main__":
    main()
