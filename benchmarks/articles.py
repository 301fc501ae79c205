"""Realistic 700-word test articles for the benchmarks, varied so caches cannot cheat.

Paragraphs of the bundled illustrative article are shuffled, with places, numbers and
dates swapped between articles.
"""

from __future__ import annotations

import random
import time
from importlib import resources

PLACES = ["تلعفر", "الموصل", "الرمادي", "منبج", "الرقة", "إدلب", "درعا", "تعز", "الحديدة", "سرت",
          "بنغازي", "دير الزور", "البوكمال", "الفلوجة", "كركوك", "سامراء", "حمص", "حماة", "عدن", "مأرب"]
NUMBERS = ["خمسة", "ثلاثة", "12", "٢٥", "سبعة", "عشرات", "نحو 40", "أكثر من 100", "ثمانية", "بين 300 و400"]
DAYS = ["أمس", "الثلاثاء", "يوم الأحد", "أول من أمس", "الأسبوع الماضي", "قبل ثلاثة أيام"]


def _paragraphs() -> list[str]:
    text = resources.files("hadath.sample").joinpath("article_ar.txt").read_text(encoding="utf-8")
    return [p for p in text.split("\n\n") if p.strip()]


def make_articles(n: int, words: int = 700, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    paras = _paragraphs()
    out = []
    for _ in range(n):
        chunks: list[str] = []
        count = 0
        while count < words:
            p = rng.choice(paras)
            p = p.replace("تلعفر", rng.choice(PLACES)).replace("خمسة", rng.choice(NUMBERS))
            p = p.replace("أمس", rng.choice(DAYS))
            chunks.append(p)
            count += len(p.split())
        out.append("\n\n".join(chunks))
    return out


def reference_loop(n: int = 3_000_000) -> float:
    """CPU seconds of a fixed pure-Python loop (best of 3): the machine's speed that day,
    to compare benchmark runs taken on a busy or a different machine."""
    best = float("inf")
    for _ in range(3):
        c0 = time.process_time()
        s = 0
        for i in range(n):
            s += i
        best = min(best, time.process_time() - c0)
    return best


def modules_line() -> str:
    """Which build of hadath's hot modules this process runs (``hadath info`` says the same):
    benchmark figures of the compiled and the pure-Python build are not comparable."""
    from hadath import compiled  # noqa: PLC0415 - after the caller's own hadath imports

    return f"modules: {compiled.mode()}"
