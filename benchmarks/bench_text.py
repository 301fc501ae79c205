"""Throughput of the text layer (normalise + segment + numbers + dates) on 700-word articles.

    .venv/bin/python benchmarks/bench_text.py [--n 500]

Target (issue 2): >= 1,000 articles/s on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import make_articles  # noqa: E402

from hadath.text.normalize import Profile, normalize  # noqa: E402
from hadath.text.segment import sentences, tokens  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    args = ap.parse_args()
    arts = make_articles(args.n)
    from hadath.text.dates import dates_in
    from hadath.text.numbers import numbers_in

    pub = dt.date(2024, 5, 15)
    views: dict[str, tuple] = {}

    def _normalise(t: str) -> None:
        views[t] = (normalize(t, Profile.MATCH), normalize(t, Profile.CAREFUL))

    stages = {
        "normalise": _normalise,
        "segment": lambda t: (sentences(t), tokens(t, views[t][0])),
        "numbers": lambda t: numbers_in(views[t][1]),
        "dates": lambda t: dates_in(views[t][1], pub),
    }
    for t in arts[:20]:  # warm caches
        for fn in stages.values():
            fn(t)
    total = 0.0
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}")
    print(f"{len(arts)} articles, {sum(len(a.split()) for a in arts) / len(arts):.0f} words each")
    for name, fn in stages.items():
        t0 = time.process_time()
        for t in arts:
            fn(t)
        dt_ = time.process_time() - t0
        total += dt_
        print(f"  {name:10s} {1000 * dt_ / len(arts):7.3f} ms/article")
    print(f"text layer (CPU time): {len(arts) / total:,.0f} articles/s ({1000 * total / len(arts):.3f} ms/article)")


if __name__ == "__main__":
    main()
