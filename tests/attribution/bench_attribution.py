"""Time the attribution stage alone on ~700-word articles (not a test; run it by hand).

    .venv/bin/python tests/attribution/bench_attribution.py
    .venv/bin/python tests/attribution/bench_attribution.py --long 430   # one 1.77 MB input

Two articles: "dense" repeats the three test passages (a quotation, frame or figure in
nearly every sentence: a worst case), "typical" mixes one of each passage with narrative
paragraphs. ``--long N`` joins N benchmark articles into one document (430 make 1.77 MB)
and times the stage on it once, after the earlier stages: the check that attribution stays
near-linear on long inputs (conflicts, whose number can grow with the square of the claims
on one subject, are reported separately).

Segmentation, numbers, tokens and the normalised text are computed first, as
earlier stages do in the pipeline; the best of several batches is reported, with a pure-
Python reference loop timed alongside so figures from a loaded machine can be compared.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hadath.attribution.stage import annotate  # noqa: E402
from hadath.doc import Doc  # noqa: E402
from hadath.text.numbers import find_numbers  # noqa: E402
from tests.attribution.test_attribution import ANALYSIS, BULLETIN, WIRE  # noqa: E402

NARRATIVE = (
    "وتشهد المنطقة منذ أسابيع تصعيدا عسكريا متواصلا بين القوات الحكومية والفصائل المسلحة، "
    "في ظل غياب أي أفق لحل سياسي ينهي معاناة السكان الذين يعيشون أوضاعا إنسانية صعبة. "
    "وتعاني المستشفيات الميدانية من نقص حاد في الأدوية والمستلزمات الطبية، فيما تتواصل حركة "
    "النزوح نحو المخيمات القريبة من الحدود حيث تفتقر العائلات إلى أبسط مقومات الحياة. "
    "وكانت جولات التفاوض السابقة قد انتهت دون نتائج ملموسة، وسط تبادل الاتهامات بين الأطراف "
    "بخرق التفاهمات الموقعة برعاية إقليمية ودولية، وتراجع الاهتمام الدولي بالملف.\n"
)
TYPICAL = BULLETIN + NARRATIVE * 3 + WIRE + NARRATIVE * 2 + ANALYSIS
DENSE = (BULLETIN + WIRE + ANALYSIS) * 2


def _prepared(text: str) -> Doc:
    doc = Doc(raw=text)
    doc.segment()
    doc.numbers = find_numbers(text)
    doc.norm  # noqa: B018 - computed by earlier stages in the pipeline
    doc.tokens  # noqa: B018
    return doc


def _best(text: str, batch: int = 20, repeats: int = 15) -> float:
    annotate(_prepared(text))
    best = float("inf")
    for _ in range(repeats):
        docs = [_prepared(text) for _ in range(batch)]
        t = time.process_time()
        for d in docs:
            annotate(d)
        best = min(best, (time.process_time() - t) / batch)
    return best


def _reference() -> float:
    best = float("inf")
    for _ in range(15):
        t = time.process_time()
        sum(range(100_000))
        best = min(best, time.process_time() - t)
    return best


def _long(n: int) -> None:
    from benchmarks.articles import make_articles
    from hadath.attribution.conflicts import find_conflicts
    from hadath.pipeline import default_pipeline, parse_published

    text = "\n\n".join(make_articles(n))
    pipe = default_pipeline()
    doc = Doc(raw=text, published=parse_published("2024-05-15"))
    for st in pipe.stages:
        if st.name == "attribution":
            break
        doc = st(doc)
    t = time.process_time()
    annotate(doc)
    total = time.process_time() - t
    t = time.process_time()
    find_conflicts(doc.claims, doc.extras["claim_info"])
    conf = time.process_time() - t
    print(f"{len(text) / 1e6:.2f} MB ({n} articles): attribution {total:.2f} s CPU, of which conflicts "
          f"{conf:.2f} s; {len(doc.extras['sources'])} sources, {len(doc.quotes)} quotations, "
          f"{len(doc.claims)} claims, {len(doc.conflicts)} conflicts")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--long":
        _long(int(sys.argv[2]))
        sys.exit()
    ref = _reference()
    print(f"reference loop sum(range(100_000)): {ref * 1000:.3f} ms")
    for name, text in (("typical", TYPICAL), ("dense", DENSE)):
        t = _best(text)
        print(f"{name}: {len(text.split())} words, attribution {t * 1000:.3f} ms per article "
              f"({t / ref:.2f} reference loops)")
