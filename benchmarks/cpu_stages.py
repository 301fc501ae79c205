"""CPU milliseconds per pipeline stage an article, in one process (the whole pipeline, then
``to_document`` and JSON; each step timed with ``time.process_time``).

A cheaper and noisier sibling of ``cg_stages.py`` (callgrind takes ~30 min under load): run it
alternately with and without ``HADATH_PURE=1`` and compare the ratios, not the milliseconds::

    for i in 1 2 3 4; do for m in 1 0; do HADATH_PURE=$m python benchmarks/cpu_stages.py; done; done >runs.jsonl

Each run prints one JSON line: which build ran, which NER decoder, and per step the best of 3
passes over 40 benchmark articles (seed 11), after 3 warm-up articles (seed 3).

The NER decoder runs its compiled loops (``Decoder.use_kernels``, loaded in the warm-up), as
``bench_extract.py`` and a long batch do: this run decodes ~100,000 tokens, fewer than
``KERNEL_AFTER_TOKENS``, so without that its "ner" step would time the numpy decoder a short run
uses, ~1.5-2.5 ms an article more than the batch pays. ``--ner-numpy`` times that one instead.
"""

from __future__ import annotations

import datetime
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PUBLISHED = datetime.date(2024, 5, 15)


def main() -> None:
    from articles import make_articles  # noqa: PLC0415

    import hadath.compiled  # noqa: PLC0415
    from hadath.convert import to_document  # noqa: PLC0415
    from hadath.doc import Doc  # noqa: PLC0415
    from hadath.ner import decoder as decoder_module  # noqa: PLC0415
    from hadath.ner.decoder import decoder  # noqa: PLC0415
    from hadath.pipeline import default_stages  # noqa: PLC0415

    steps: list[tuple[str, Callable[[object], object]]] = [
        (st.name, lambda d, st=st: st(d) or d) for st in default_stages()]
    steps += [("convert", to_document), ("json", lambda document: document.model_dump_json())]  # type: ignore[arg-type,attr-defined]

    def one_pass(texts: list[str]) -> dict[str, float]:
        total = dict.fromkeys([name for name, _ in steps], 0.0)
        for text in texts:
            value: object = Doc(raw=text, published=PUBLISHED)
            for name, step in steps:
                t0 = time.process_time()
                value = step(value)
                total[name] += time.process_time() - t0
        return {name: sec / len(texts) * 1000 for name, sec in total.items()}

    numpy_ner = "--ner-numpy" in sys.argv[1:]
    if numpy_ner:
        decoder_module.KERNEL_AFTER_TOKENS = 10**12
    else:
        decoder().use_kernels()
    one_pass(make_articles(3, seed=3))  # lexicons, models and the decoder's loops load untimed
    texts = make_articles(40, seed=11)
    gc.collect()
    gc.freeze()
    passes = [one_pass(texts) for _ in range(3)]
    best = {name: round(min(p[name] for p in passes), 4) for name in passes[0]}
    ner = "numpy" if numpy_ner else "compiled loops"
    print(json.dumps({"mode": hadath.compiled.mode(), "ner_decoder": ner, "ms": best}))


if __name__ == "__main__":
    main()
