"""Cost of the events stage alone on 700-word articles (the rest of the pipeline run first).

    .venv/bin/python benchmarks/bench_events.py [--n 200] [--real] [--repeat 5] [--profile]

CPU time (``time.process_time``), best of ``--repeat`` runs (prepared documents frozen
out of the garbage collector, as a streaming run would not hold them), so a loaded machine inflates
the numbers less; a fixed pure-Python reference loop is timed the same way and printed so
runs on different days/machines can be compared. ``--real`` builds the articles from the
OEDA gold-standard sentences (``../shared/data/events/arabic_event_gsr/assault_dev.csv``,
joined into ~700-word documents) instead of the bundled sample's paragraphs.

Target (issue 5 / the events brief): at most ~2-3 ms per 700-word article, so that the
whole ``extract`` stays at or above 150 articles/s on two cores.
"""

from __future__ import annotations

import argparse
import copy
import csv
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import make_articles, reference_loop  # noqa: E402

from hadath.doc import Doc  # noqa: E402
from hadath.events.stage import annotate  # noqa: E402
from hadath.pipeline import default_stages  # noqa: E402

GSR = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "events" / "arabic_event_gsr" / "assault_dev.csv"


def _prepare(stages: list, text: str) -> Doc:  # type: ignore[type-arg]
    """Run the other stages; one that is broken mid-development is skipped, not fatal."""
    doc = Doc(raw=text, published=None)
    for st in stages:
        try:
            doc = st(doc)
        except Exception as exc:  # noqa: BLE001 - a benchmark of the events stage only
            print(f"note: stage {st.name} failed ({type(exc).__name__}); skipped", file=sys.stderr)
    return doc


def real_articles(n: int, words: int = 700) -> list[str]:
    """GSR sentences joined into ~700-word documents (one paragraph per sentence)."""
    if not GSR.exists():
        raise SystemExit(f"{GSR} not present: --real needs ../shared")
    with GSR.open(encoding="utf-8", newline="") as fh:
        sents = [row["text"] for row in csv.DictReader(fh)]
    out: list[str] = []
    i = 0
    while len(out) < n:
        chunks: list[str] = []
        count = 0
        while count < words:
            s = sents[i % len(sents)]
            i += 1
            chunks.append(s)
            count += len(s.split())
        out.append("\n\n".join(chunks))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--real", action="store_true", help="articles from the GSR sentences")
    ap.add_argument("--profile", action="store_true", help="cProfile one pass, top 30 by tottime")
    args = ap.parse_args()
    before = [st for st in default_stages() if st.name != "events"]
    texts = real_articles(args.n) if args.real else make_articles(args.n)
    docs = [_prepare(before, t) for t in texts]
    annotate(copy.copy(docs[0]))  # warm caches: lexicons, model
    # the prepared documents stay alive for the whole run; freezing them keeps the garbage
    # collector from re-scanning them on every collection, which a streaming run never does
    gc.collect()
    gc.freeze()
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            annotate(copy.copy(d))
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
    best = float("inf")
    n_events = 0
    for _ in range(args.repeat):
        batch = [copy.copy(d) for d in docs]
        for d in batch:
            d.extras = dict(d.extras)
        t0 = time.process_time()
        n_events = 0
        for d in batch:
            annotate(d)
            n_events += len(d.events)
        best = min(best, time.process_time() - t0)
    ref = reference_loop()
    kind = "GSR sentences" if args.real else "sample paragraphs"
    print(f"events stage: {best / len(docs) * 1000:.2f} ms CPU/article (best of {args.repeat}) over "
          f"{len(docs)} articles (~700 words, {kind}), {n_events / len(docs):.1f} events/article; "
          f"reference loop (3M integer additions) {ref * 1000:.0f} ms CPU")


if __name__ == "__main__":
    main()
