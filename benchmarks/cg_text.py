"""Instructions of each part of the text layer, counted by callgrind, as ``bench_text.py`` runs it.

``bench_text.py`` times the parts in CPU time, which the load of this shared machine blurs by
±20%; this counts the same parts' instructions. Each part of each article runs inside its own
``functools.reduce`` call, the function callgrind counts inside (``--toggle-collect``) and
dumps after (``--dump-after``); ``report`` adds the dumps up per part::

    PYTHONHASHSEED=0 HADATH_PURE=1 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=functools_reduce --dump-after=functools_reduce \\
        --callgrind-out-file=/tmp/cgt/out python benchmarks/cg_text.py run 30
    python benchmarks/cg_text.py report /tmp/cgt/out

Without ``--dump-after`` one file holds all parts, for ``callgrind_annotate`` per function;
``run 30 numbers dates`` counts only the parts named (``report`` wants all five).
20 warm-up articles (seed 1, uncounted: lexicons load, patterns compile, as in
``bench_text.py``), then N articles (seed 11, default 30) no cache has seen.
"""

from __future__ import annotations

import datetime
import functools
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import make_articles, modules_line  # noqa: E402
from callgrind_dumps import part_totals  # noqa: E402

from hadath.doc import Doc  # noqa: E402
from hadath.text.dates import dates_in  # noqa: E402
from hadath.text.numbers import numbers_in  # noqa: E402

PUBLISHED = datetime.date(2024, 5, 15)
PARTS = ("normalise", "sentences", "tokens", "numbers", "dates")


def _set_numbers(doc: Doc) -> None:
    doc.numbers = numbers_in(doc.careful)


def _set_dates(doc: Doc) -> None:
    doc.dates = dates_in(doc.careful, doc.published)


STEPS: tuple[Callable[[Doc], object], ...] = (
    lambda doc: doc.views,
    Doc.segment,
    lambda doc: doc.token_columns,
    _set_numbers,
    _set_dates,
)


def run(n: int, only: tuple[str, ...] = ()) -> None:
    counted_parts = [not only or part in only for part in PARTS]

    def article(text: str, counted: bool) -> None:
        doc = Doc(raw=text, published=PUBLISHED)
        for step, part_counted in zip(STEPS, counted_parts, strict=True):
            if counted and part_counted:
                functools.reduce(lambda _, d, step=step: step(d), [doc], doc)
            else:
                step(doc)

    for text in make_articles(20, seed=1):
        article(text, counted=False)
    texts = make_articles(n, seed=11)
    for text in texts:
        article(text, counted=True)
    print(modules_line())
    print(f"articles {len(texts)} parts {len(STEPS)}")


def report(out: str) -> None:
    n, totals = part_totals(out, PARTS)
    print(f"instructions per article (millions), {n} articles")
    for name in PARTS:
        print(f"  {name:12s} {totals[name] / n / 1e6:8.3f}")
    print(f"  {'text layer':12s} {sum(totals.values()) / n / 1e6:8.3f}")


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(int(sys.argv[2]) if len(sys.argv) > 2 else 30, tuple(sys.argv[3:]))
    else:
        report(sys.argv[2])
