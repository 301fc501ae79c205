"""Instructions of the events stage alone, counted by callgrind on prepared documents.

Wall-clock timings on a shared two-core machine are noisy; instruction counts are not. The
stages before events run once, outside valgrind, and the documents are pickled; under
valgrind only the events stage is counted (it runs inside ``functools.reduce``, the function
``--toggle-collect`` switches on)::

    PYTHONHASHSEED=0 python benchmarks/cg_events.py prep /tmp/docs.pkl 30
    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/cg.out python benchmarks/cg_events.py run /tmp/docs.pkl
    # instructions per article: the "totals" line of /tmp/cg.out divided by the articles printed

``prep`` makes 3 warm-up articles (seed 3) and N benchmark articles (seed 11, published
2024-05-15); compare two versions of the stage on the same pickle (the earlier stages are the
pickled ones, so only events code differs). ``run`` uses the batch path's collector settings
(frozen, gen0 threshold 10,000, young generations collected between articles outside the
count) and makes each text's letters view first, as the NER stage leaves it cached.
"""

from __future__ import annotations

import datetime
import functools
import gc
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import make_articles, modules_line  # noqa: E402

from hadath.attribution.lexicons import forces_spoken_for  # noqa: E402
from hadath.doc import Doc  # noqa: E402
from hadath.geo.gazetteer import load_gazetteer  # noqa: E402
from hadath.lexicon.matcher import letters_view  # noqa: E402
from hadath.pipeline import default_stages  # noqa: E402

WARM = 3


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    stages = default_stages()
    before = [st for st in stages if st.name != "events"]
    events = next(st for st in stages if st.name == "events")
    if mode == "prep":
        n = int(sys.argv[3]) if len(sys.argv) > 3 else 30
        docs = []
        for text in make_articles(WARM, seed=3) + make_articles(n, seed=11):
            doc = Doc(raw=text, published=datetime.date(2024, 5, 15))
            for st in before:
                doc = st(doc) or doc
            docs.append(doc)
        path.write_bytes(pickle.dumps(docs, protocol=5))
        return
    docs = pickle.loads(path.read_bytes())  # noqa: S301 - a file this script wrote
    for doc in docs[:WARM]:
        events(doc)  # lexicons and model loaded outside the count
    # the gazetteer too: in a pipeline the geo stage has loaded it before events run, but here
    # the earlier stages ran in the ``prep`` process, and a rule that reads it (coref's region
    # test) would load it inside the count (~30M instructions an article over 10 articles)
    load_gazetteer()
    # and the sources lexicon as the events stage reads it (which state's forces a source speaks
    # for, read with the path given: another lru_cache key than the attribution stage's call),
    # which a warm-up article may not happen to reach
    forces_spoken_for()
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000)
    n_events = 0
    for doc in docs[WARM:]:
        letters_view(doc.norm.text)
        done: Doc = functools.reduce(lambda _, d: events(d) or d, [doc], doc)
        n_events += len(done.events)
        gc.collect(1)
    print(f"events {n_events} articles {len(docs) - WARM}")
    print(modules_line())


if __name__ == "__main__":
    main()
