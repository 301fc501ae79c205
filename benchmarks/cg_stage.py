"""Instructions of one pipeline stage alone, counted by callgrind on prepared documents.

``cg_events.py`` for any stage: the stages before it run once, outside valgrind, and the
documents are pickled; under valgrind only the named stage is counted (it runs inside
``functools.reduce``, the function ``--toggle-collect`` switches on)::

    PYTHONHASHSEED=0 python benchmarks/cg_stage.py prep /tmp/attr.pkl attribution 10
    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/cg.out python benchmarks/cg_stage.py run /tmp/attr.pkl attribution
    python benchmarks/cg_stage.py report /tmp/cg.out   # instructions per article

``prep`` makes 3 warm-up articles (seed 3) and N benchmark articles (seed 11, default 10,
published 2024-05-15), each with its token columns built (as the NER stage leaves them);
compare two versions of a stage on the same pickle (only that stage's code differs). Pure
Python only (``HADATH_PURE=1`` for both steps): the compiled build's mention classes write
their ``__init__`` out and do not unpickle (``TypeError: __init__() missing required argument
'start'``), as with ``cg_events.py``; count a compiled build with ``cg_stages.py``. ``run``
uses the batch path's collector settings (frozen, gen0 threshold 10,000, young generations
collected between articles outside the count). A few articles are enough: the count is
exact, and valgrind runs a pipeline ~50 times slower.
"""

from __future__ import annotations

import datetime
import functools
import gc
import pickle
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import make_articles, modules_line  # noqa: E402

from hadath.doc import Doc  # noqa: E402
from hadath.pipeline import Stage, default_stages  # noqa: E402

WARM = 3


def _split(name: str) -> tuple[list[Stage], Stage]:
    stages = default_stages()
    names = [st.name for st in stages]
    if name not in names:
        raise SystemExit(f"no stage {name!r}; stages: {', '.join(names)}")
    k = names.index(name)
    return stages[:k], stages[k]


def prep(path: Path, name: str, n: int) -> None:
    before, _ = _split(name)
    docs = []
    for text in make_articles(WARM, seed=3) + make_articles(n, seed=11):
        doc = Doc(raw=text, published=datetime.date(2024, 5, 15))
        for st in before:
            doc = st(doc) or doc
        _ = doc.token_columns
        docs.append(doc)
    path.write_bytes(pickle.dumps(docs, protocol=5))


def run(path: Path, name: str) -> None:
    _, stage = _split(name)
    docs = pickle.loads(path.read_bytes())  # noqa: S301 - a file this script wrote
    for doc in docs[:WARM]:
        stage(doc)  # lexicons and models loaded outside the count
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000)
    for doc in docs[WARM:]:
        functools.reduce(lambda _, d: stage(d) or d, [doc], doc)
        gc.collect(1)
    print(f"{name}: articles {len(docs) - WARM}")
    print(modules_line())


def report(out: Path) -> None:
    """Instructions per article: the dump's total over the articles its log line names (the
    ``run`` output, saved beside it as ``OUT.log``, or the count given as a third argument)."""
    found = re.search(r"^totals: (\d+)", out.read_text(errors="replace"), re.M)
    if found is None:
        raise SystemExit(f"{out}: no totals line")
    if len(sys.argv) > 3:
        n = int(sys.argv[3])
    else:
        log = re.search(r"articles (\d+)", Path(f"{out}.log").read_text())
        if log is None:
            raise SystemExit(f"{out}.log: no 'articles N' line; give N as the third argument")
        n = int(log.group(1))
    print(f"{int(found.group(1)) / n / 1e6:.3f} M instructions an article ({n} articles)")


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "prep":
        prep(path, sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 10)
    elif mode == "run":
        run(path, sys.argv[3])
    elif mode == "report":
        report(path)
    else:
        raise SystemExit("usage: cg_stage.py prep PKL STAGE [N] | run PKL STAGE | report OUT [N]")


if __name__ == "__main__":
    main()
