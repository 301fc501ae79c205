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
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hadath.ingest.synthetic import generate, write_jsonl

CLI = [sys.executable, "-c", "from hadath.cli.app import main; main()"]


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def ingest(src: Path, db: Path, workers: int | None) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (all processes of the run) and the CLI's summary line."""
    cmd = [*CLI, "ingest", str(src), "--db", f"sqlite:///{db}", "-q"]
    if workers:
        cmd += ["--workers", str(workers)]
    cpu0 = _children_cpu()
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    secs = time.perf_counter() - t
    if done.returncode != 0:
        sys.exit(f"ingest failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return secs, _children_cpu() - cpu0, done.stdout.strip()


def extract_rate(n: int, seed: int) -> float:
    import hadath

    arts = list(generate(n, seed=seed + 1))
    hadath.extract(arts[0].text)
    t = time.process_time()
    for a in arts:
        hadath.extract(a.text, published=a.published, doc_id=a.id, source=a.source)
    return n / (time.process_time() - t)


def overhead(n: int, seed: int, tmp: Path) -> float:
    """Articles/s of the corpus layer alone: one process, ``hadath.extract`` replaced by a
    lookup of Documents extracted beforehand (so events, entities and claims are real)."""
    import hadath
    from hadath.ingest.runner import Ingester
    from hadath.ingest.sources import iter_paths
    from hadath.store.store import Store

    arts = list(generate(n, seed=seed))
    src = write_jsonl(tmp / "overhead.jsonl", n, seed)
    cache = {a.text: hadath.extract(a.text, published=a.published, doc_id=a.id, source=a.source) for a in arts}
    real = hadath.extract
    hadath.extract = lambda text, published=None, **kw: cache[text]  # type: ignore[assignment]
    try:
        store = Store(f"sqlite:///{tmp / 'overhead.db'}")
        with Ingester(store, workers=1) as ing:
            from hadath.ingest.fingerprint import StoryIndex

            StoryIndex()  # import datasketch (scipy) before timing: a once-per-run cost
            t = time.process_time()
            ing.run(iter_paths([str(src)]))
            secs = time.process_time() - t
        store.close()
    finally:
        hadath.extract = real  # type: ignore[assignment]
    return n / secs


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
        load = os.getloadavg()[0]
        first, cpu1, out1 = ingest(src, db, args.workers)
        again, cpu2, out2 = ingest(src, db, args.workers)
        with sqlite3.connect(db) as conn:
            stored = conn.execute("select count(*) from articles").fetchone()[0]
            events = conn.execute("select count(*) from events").fetchone()[0]
            merged = conn.execute("select count(*) from merged_events").fetchone()[0]
            stories = conn.execute("select count(distinct story_id) from articles").fetchone()[0]
        size_mb = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*")) / 1e6
        ovh = overhead(min(1000, args.n), args.seed + 2, Path(tmp))
    rate = args.n / first
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at start; "
          f"articles: {args.n} generated, {words:.0f} words on average")
    print(f"first run : {first:6.1f} s  = {rate:6.1f} articles/s end to end  "
          f"[{'PASS' if rate >= 100 else 'FAIL'} >= 100/s]  ({out1})")
    print(f"            CPU {cpu1:.1f} s in all processes = {1000 * cpu1 / args.n:.1f} ms/article; on 2 free "
          f"cores that is ~{2 * args.n / cpu1:.0f} articles/s")
    print(f"re-run    : {again:6.2f} s (no-op)                          "
          f"[{'PASS' if again < 10 else 'FAIL'} < 10 s]  ({out2}; CPU {cpu2:.1f} s)")
    print(f"store     : {stored} articles, {stories} stories, {events} event reports, {merged} merged events, "
          f"{size_mb:.1f} MB")
    print(f"context   : hadath.extract alone, 1 process, CPU time: {extract_rate(min(300, args.n), args.seed):.0f} articles/s")
    print(f"overhead  : corpus layer alone (extraction replaced by stored Documents), 1 process, CPU time: "
          f"{ovh:.0f} articles/s = {1000 / ovh:.2f} ms/article")


if __name__ == "__main__":
    main()
