"""Cost of the NER stage per 700-word article.

    .venv/bin/python benchmarks/bench_ner.py [--n 300] [--numpy]

Two article sets: the synthetic ones of ``articles.py`` (shuffled paragraphs of the bundled
sample), and, when ``../shared`` is present, 700-word stretches of NewsFANE's held-out
text (varied real vocabulary, so the per-word feature cache is not flattered). Segmenting,
normalising and tokenising are the text layer's cost and are done before the clock
starts; the time is that of :func:`hadath.ner.stage.annotate` alone, after one warm-up
article. CPU time is printed beside wall-clock time because a busy machine inflates the
latter. Target (issue 3): <= 2 ms per article on average. The decoder's compiled loops
(:mod:`hadath.ner.kernels`) are loaded before timing, as a long batch would have them;
``--numpy`` times the numpy decoder a short run uses instead.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import make_articles, modules_line, reference_loop  # noqa: E402

from hadath.doc import Doc  # noqa: E402
from hadath.eval.report import SHARED  # noqa: E402
from hadath.ner import decoder as decoder_module  # noqa: E402
from hadath.ner.decoder import decoder  # noqa: E402
from hadath.ner.stage import annotate  # noqa: E402


def newsfane_articles(n: int, words: int = 700) -> list[str]:
    """Consecutive held-out NewsFANE sentences cut into ``words``-word articles."""
    from hadath.ner.corpus import read_newsfane, split_newsfane

    f = SHARED / "data/ner/newsfane/newsfane_train.txt"
    if not f.exists():
        return []
    train, held = split_newsfane(read_newsfane(f))
    out: list[str] = []
    cur: list[str] = []
    count = 0
    for s in held + train:
        cur.append(s.text)
        count += len(s.tokens)
        if count >= words:
            out.append("\n".join(cur))
            cur, count = [], 0
            if len(out) == n:
                break
    return out


def _docs(texts: list[str]) -> list[Doc]:
    docs = []
    for t in texts:
        d = Doc(raw=t)
        d.segment()
        _ = d.tokens, d.norm
        docs.append(d)
    return docs


def bench(name: str, texts: list[str], repeat: int = 3) -> None:
    """First pass (every article's new words fill the per-word tables), then the best of
    ``repeat`` passes over the same articles (warm tables)."""
    warm = _docs(texts[:1])
    annotate(warm[0])  # lexicons, automata and the model load once
    docs = _docs(texts)
    t0, c0 = time.perf_counter(), time.process_time()
    for d in docs:
        annotate(d)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    best = float("inf")
    for _ in range(repeat):
        again = _docs(texts)
        c1 = time.process_time()
        for d in again:
            annotate(d)
        best = min(best, time.process_time() - c1)
    words = sum(len(t.split()) for t in texts) / len(texts)
    ents = sum(len(d.entities) for d in docs) / len(docs)
    print(f"{name}: {len(docs)} articles, {words:.0f} words each on average, "
          f"{ents:.0f} entities each: first pass {1000 * dt / len(docs):.2f} ms per article wall clock, "
          f"{1000 * cpu / len(docs):.2f} ms CPU; warm (best of {repeat}) {1000 * best / len(docs):.2f} ms CPU")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--numpy", action="store_true",
                    help="decode with numpy only (what a process uses before KERNEL_AFTER_TOKENS)")
    args = ap.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}")
    print(modules_line())
    dec = decoder()
    if args.numpy:
        decoder_module.KERNEL_AFTER_TOKENS = 10**12
        print("decoder: numpy only")
    else:
        # a long batch runs on the compiled loops: load them now, outside the timings
        c0 = time.process_time()
        dec.use_kernels()
        dec.tag(["\u0642\u0627\u0644"])  # the first call loads (or compiles) the machine code
        print(f"decoder: compiled loops (numba), loaded in {time.process_time() - c0:.2f} s CPU")
    print(f"reference loop (3M integer additions): {1000 * reference_loop():.0f} ms CPU")
    bench("synthetic (articles.py)", make_articles(args.n))
    real = newsfane_articles(args.n)
    if real:
        bench("NewsFANE text", real)
    print(f"reference loop (3M integer additions): {1000 * reference_loop():.0f} ms CPU")


if __name__ == "__main__":
    main()
