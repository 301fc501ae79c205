"""CPU time of one pipeline stage alone on fresh benchmark articles.

The stages before it run untimed on each article; the named stage is timed on its own, after
a garbage collection, so its line is not charged with earlier stages' garbage. Best of three
passes over the same 100 articles (each pass builds fresh documents).

    python benchmarks/bench_stage.py attribution [--n 100]
"""

from __future__ import annotations

import argparse
import gc
import time

from articles import make_articles, modules_line

from hadath.doc import Doc
from hadath.pipeline import default_stages


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("stage")
    ap.add_argument("--n", type=int, default=100)
    args = ap.parse_args()
    stages = default_stages()
    names = [s.name for s in stages]
    if args.stage not in names:
        raise SystemExit(f"no stage {args.stage!r}; stages: {', '.join(names)}")
    k = names.index(args.stage)
    texts = make_articles(args.n, seed=5)

    def one_pass(batch: list[str]) -> float:
        total = 0.0
        for t in batch:
            d = Doc(raw=t)
            for s in stages[:k]:
                d = s(d) or d
            gc.collect()
            t0 = time.process_time()
            stages[k](d)
            total += time.process_time() - t0
        return total / len(batch) * 1000

    one_pass(texts[:10])  # lexicons and models loaded before timing
    best = min(one_pass(texts) for _ in range(3))
    print(modules_line())
    print(f"{args.stage} stage alone: {best:.3f} ms CPU/article (best of 3) over {len(texts)} articles")


if __name__ == "__main__":
    main()
