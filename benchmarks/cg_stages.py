"""Instructions per pipeline stage, counted by callgrind in one run.

Wall-clock timings on a shared two-core machine are noisy; instruction counts are not. Each
article runs the whole pipeline, then ``to_document`` and JSON; every step runs inside its own
``functools.reduce`` call, the function callgrind counts inside (``--toggle-collect``) and
dumps after (``--dump-after``), so each dump holds one step of one article. ``report`` adds
the dumps up per step::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        --dump-after=functools_reduce --callgrind-out-file=/tmp/cg/out python benchmarks/cg_stages.py run
    python benchmarks/cg_stages.py report /tmp/cg/out

20 warm-up articles through the whole pipeline, uncounted (seed 1, the warm-up of
``cg_text.py``: lexicons and models load, and the dates' patterns, compiled on first use per
first word, are compiled as a long run would have them; 3 warm-ups left most of them to the
counted articles, ~36M instructions an article of dates over 10), then N benchmark articles
(``run N``; seed 11, default 30), with the batch path's collector settings as in
``cg_events.py``. Run it with ``HADATH_PURE=1`` and without to compare the pure-Python and
the compiled build (``run`` prints which ran).

``run N kernels`` loads the NER decoder's compiled loops (:mod:`hadath.ner.kernels`, numba)
before the warm-up, as a long batch has them (``hadath.batch`` loads them before its workers
fork when the input holds ``KERNEL_AFTER_TOKENS`` words a process, and ``bench_extract.py``
at its start-up): a run of a few articles otherwise never reaches that threshold and counts
the numpy decoder a short run uses (~5M instructions an article of its Viterbi alone).
Importing numba calls ``functools.reduce`` itself, each call a dump before the counted
articles: give ``report`` the count of articles (``report /tmp/cg/out 10``) and it reads only
their dumps, the last ones.
"""

from __future__ import annotations

import datetime
import functools
import gc
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

WARM = 20  # articles, seed 1: as cg_text.py warms the text layer
PUBLISHED = datetime.date(2024, 5, 15)
STEPS = ["segment", "numbers", "dates", "ner", "geo", "attribution", "events", "convert", "json"]
TEXT_LAYER = ("segment", "numbers", "dates")


def run(n: int, kernels: bool = False) -> None:
    from articles import make_articles, modules_line  # noqa: PLC0415

    from hadath.convert import to_document  # noqa: PLC0415
    from hadath.doc import Doc  # noqa: PLC0415
    from hadath.pipeline import default_stages  # noqa: PLC0415

    steps: list[tuple[str, Callable[[object], object]]] = [
        (st.name, lambda d, st=st: st(d) or d) for st in default_stages()]
    steps += [("convert", to_document), ("json", lambda document: document.model_dump_json())]  # type: ignore[arg-type,attr-defined]
    assert [name for name, _ in steps] == STEPS, [name for name, _ in steps]

    def article(text: str, counted: bool) -> None:
        value: object = Doc(raw=text, published=PUBLISHED)
        for _, step in steps:
            if counted:
                value = functools.reduce(lambda _, v, step=step: step(v), [value], value)
            else:
                value = step(value)

    if kernels:
        from hadath.ner.decoder import decoder  # noqa: PLC0415

        decoder().load_kernels()
    for text in make_articles(WARM, seed=1):
        article(text, counted=False)
    texts = make_articles(n, seed=11)
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000)
    for text in texts:
        article(text, counted=True)
        gc.collect(1)
    print(modules_line())
    print(f"articles {len(texts)} steps {len(steps)}; NER decoder: {'numba kernels' if kernels else 'numpy'}")


def report(out: str, articles: int = 0) -> None:
    from callgrind_dumps import part_totals  # noqa: PLC0415

    n, totals = part_totals(out, STEPS, articles)
    print(f"instructions per article (millions), {n} articles")
    for name in STEPS:
        print(f"  {name:12s} {totals[name] / n / 1e6:8.3f}")
    print(f"  {'text layer':12s} {sum(totals[s] for s in TEXT_LAYER) / n / 1e6:8.3f}")
    print(f"  {'all':12s} {sum(totals.values()) / n / 1e6:8.3f}")


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(int(sys.argv[2]) if len(sys.argv) > 2 else 30, kernels=sys.argv[3:4] == ["kernels"])
    else:
        report(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
