"""Cost of the events stage alone on 700-word articles (the rest of the pipeline run first).

    .venv/bin/python benchmarks/bench_events.py [--n 200]

Target (issue 5 / the events brief): at most ~2 ms per 700-word article, so that the whole
``extract`` stays at or above 150 articles/s on two cores.
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import make_articles  # noqa: E402

from hadath.doc import Doc  # noqa: E402
from hadath.events.stage import annotate  # noqa: E402
from hadath.pipeline import default_stages  # noqa: E402


def _prepare(stages: list, text: str) -> Doc:  # type: ignore[type-arg]
    """Run the other stages; one that is broken mid-development is skipped, not fatal."""
    doc = Doc(raw=text, published=None)
    for st in stages:
        try:
            doc = st(doc)
        except Exception as exc:  # noqa: BLE001 - a benchmark of the events stage only
            print(f"note: stage {st.name} failed ({type(exc).__name__}); skipped", file=sys.stderr)
    return doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    before = [st for st in default_stages() if st.name != "events"]
    docs = [_prepare(before, t) for t in make_articles(args.n)]
    annotate(copy.copy(docs[0]))  # warm caches: lexicons, model
    t0 = time.perf_counter()
    n_events = 0
    for d in docs:
        annotate(d)
        n_events += len(d.events)
    dt = time.perf_counter() - t0
    print(f"events stage: {dt / len(docs) * 1000:.2f} ms/article over {len(docs)} articles "
          f"(~700 words), {n_events / len(docs):.1f} events/article")


if __name__ == "__main__":
    main()
