"""Cost of the events stage alone on 700-word articles (the rest of the pipeline run first).

    .venv/bin/python benchmarks/bench_events.py [--n 200] [--real] [--repeat 5] [--profile] [--parts]

CPU time (``time.process_time``), best of ``--repeat`` runs (prepared documents frozen
out of the garbage collector, as a streaming run would not hold them), so a loaded machine inflates
the numbers less; a fixed pure-Python reference loop is timed the same way and printed so
runs on different days/machines can be compared. ``--real`` builds the articles from the
OEDA gold-standard sentences (``../shared/data/events/arabic_event_gsr/assault_dev.csv``,
joined into ~700-word documents) instead of the bundled sample's paragraphs.

``--parts`` also prints the CPU time spent in each part of the stage (candidate finding,
vetoes, features, arguments ...), by timing wrappers put around those functions; nested
parts are included in their callers (``score`` holds ``candidates`` and the features).

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

from articles import make_articles, modules_line, reference_loop  # noqa: E402

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


# (module, function, modules that imported it by name): the parts --parts times
_PARTS = (
    ("hadath.events.stage", "score", ()),
    ("hadath.events.context", "candidates", ("hadath.events.stage",)),
    ("hadath.events.modality", "veto", ("hadath.events.stage",)),
    ("hadath.events.features", "sentence_features", ("hadath.events.stage",)),
    ("hadath.events.features", "candidate_features", ("hadath.events.stage",)),
    ("hadath.events.stage", "_rule_support", ()),
    ("hadath.events.stage", "_event", ()),
    ("hadath.events.arguments", "actor_spans", ()),
    ("hadath.events.arguments", "assign_actors", ()),
    ("hadath.events.arguments", "location", ()),
    ("hadath.events.arguments", "fatalities", ()),
    ("hadath.events.arguments", "source", ()),
    ("hadath.events.place_fallback", "fill_locations", ()),
    ("hadath.events.coref", "merge_coreferent", ()),
    ("hadath.events.acled", "decide", ()),
)


def _time_parts(spent: dict[str, float]) -> None:
    """Wrap each of ``_PARTS`` so its CPU time adds up in ``spent`` (a benchmark-only patch)."""
    import importlib

    clock = time.process_time
    for mod_name, fn_name, users in _PARTS:
        mod = importlib.import_module(mod_name)
        fn = getattr(mod, fn_name)

        def timed(*a: object, _fn: object = fn, _name: str = fn_name, **k: object) -> object:
            t0 = clock()
            try:
                return _fn(*a, **k)  # type: ignore[operator]
            finally:
                spent[_name] = spent.get(_name, 0.0) + clock() - t0

        for m in (mod_name, *users):
            setattr(importlib.import_module(m), fn_name, timed)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--real", action="store_true", help="articles from the GSR sentences")
    ap.add_argument("--profile", action="store_true", help="cProfile one pass, top 30 by tottime")
    ap.add_argument("--parts", action="store_true", help="CPU time per part of the stage (best run)")
    args = ap.parse_args()
    spent: dict[str, float] = {}
    if args.parts:
        _time_parts(spent)
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
    best_parts: dict[str, float] = {}
    n_events = 0
    for _ in range(args.repeat):
        spent.clear()
        batch = [copy.copy(d) for d in docs]
        for d in batch:
            d.extras = dict(d.extras)
        t0 = time.process_time()
        n_events = 0
        for d in batch:
            annotate(d)
            n_events += len(d.events)
        took = time.process_time() - t0
        if took < best:
            best, best_parts = took, dict(spent)
    ref = reference_loop()
    print(modules_line())
    kind = "GSR sentences" if args.real else "sample paragraphs"
    print(f"events stage: {best / len(docs) * 1000:.2f} ms CPU/article (best of {args.repeat}) over "
          f"{len(docs)} articles (~700 words, {kind}), {n_events / len(docs):.1f} events/article; "
          f"reference loop (3M integer additions) {ref * 1000:.0f} ms CPU")
    for name, secs in sorted(best_parts.items(), key=lambda kv: -kv[1]):
        print(f"  {name:20s} {secs / len(docs) * 1000:6.3f} ms/article")


if __name__ == "__main__":
    main()
