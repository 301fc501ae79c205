"""Throughput of the text layer (normalise + segment + numbers + dates) on 700-word articles.

    .venv/bin/python benchmarks/bench_text.py [--n 500]

Target (issue 2): >= 1,000 articles/s on one core.

Each article goes through a fresh :class:`hadath.doc.Doc` exactly as the pipeline runs it:
both normalised views (``doc.views``), sentences and the tokens as the stages read them
(``doc.token_columns``; the ``Token`` tuples of ``doc.tokens`` are built from the columns on
first use, a cost booked to the stage that asks for them), then the numbers and dates stages
on ``doc.careful``, in that order
(so, as in the pipeline, dates reuses the candidate scan the numbers stage made). Each part
is timed separately in CPU time; the report is the median of ``--repeat`` passes, each
over its own fresh articles (no text is seen twice, so caches keyed by text cannot help).

In the whole pipeline (``bench_extract.py``) the same work is booked differently: the
``segment`` stage makes only the sentences, the ``numbers`` stage is the first to read
``doc.careful`` and so also pays for normalisation, and the token columns are made by their
first consumer (``ner``); the garbage collector, which runs more often and over a much larger heap
with the models loaded, lands in whichever stage allocates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import make_articles, modules_line, reference_loop  # noqa: E402

from hadath.doc import Doc  # noqa: E402
from hadath.text.dates import dates_in  # noqa: E402
from hadath.text.numbers import numbers_in  # noqa: E402

PARTS = ("normalise", "sentences", "tokens", "numbers", "dates")


def one_pass(arts: list[str], pub: dt.date) -> dict[str, float]:
    """CPU seconds per part over all articles, each article through a fresh Doc."""
    spent = dict.fromkeys(PARTS, 0.0)
    clock = time.process_time
    for text in arts:
        doc = Doc(raw=text, published=pub)
        t0 = clock()
        doc.views  # noqa: B018 - both normalised views, as the stages will read them
        t1 = clock()
        doc.segment()
        t2 = clock()
        doc.token_columns  # noqa: B018 - the tokens, as the stages read them
        t3 = clock()
        doc.numbers = numbers_in(doc.careful)
        t4 = clock()
        doc.dates = dates_in(doc.careful, doc.published)
        t5 = clock()
        for part, a, b in zip(PARTS, (t0, t1, t2, t3, t4), (t1, t2, t3, t4, t5), strict=True):
            spent[part] += b - a
    return spent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pub = dt.date(2024, 5, 15)
    one_pass(make_articles(20, seed=1), pub)  # warm the lexicons and compiled patterns
    # every pass reads articles it has not seen: the per-text and per-chain caches must
    # not be warmed by an earlier pass over the same texts
    sets = [make_articles(args.n, seed=7 + k) for k in range(args.repeat)]
    passes = [one_pass(arts, pub) for arts in sets]
    arts = sets[0]
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}"
          f" (reference loop {reference_loop():.3f} s)")
    print(modules_line())
    print(f"{len(arts)} articles, {sum(len(a.split()) for a in arts) / len(arts):.0f} words each,"
          f" median of {args.repeat} passes")
    total = 0.0
    for part in PARTS:
        ms = statistics.median(1000 * p[part] / len(arts) for p in passes)
        total += ms
        print(f"  {part:10s} {ms:7.3f} ms/article")
    print(f"text layer (CPU time): {1000 / total:,.0f} articles/s ({total:.3f} ms/article)")


if __name__ == "__main__":
    main()
