"""Generated Arabic conflict reports for benchmarks and tests (never for evaluation).

Articles are assembled from the illustrative templates in ``data/synthetic.json``:
a dateline, one or two event paragraphs (air strikes, shelling, clashes, IEDs,
protests, arrests ...) and several context paragraphs, with places, actors, sources and
figures drawn per country. Some articles are re-runs of an earlier wire story by another
outlet (a near-duplicate, sometimes with another casualty figure), and some are separate
reports of the same event, so store tests see stories and merges, not just unique texts.
Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "synthetic.json"


@lru_cache(maxsize=1)
def _templates() -> dict[str, Any]:
    with DATA.open(encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: str
    source: str
    url: str

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots)


def _slots(rng: random.Random, country: dict[str, Any], t: dict[str, Any]) -> dict[str, str]:
    place, region = rng.choice(country["places"])
    a1, a2 = rng.sample(country["actors"], 2)
    return {
        "place": place, "region": region, "actor1": a1, "actor2": a2,
        "n": rng.choice(t["numbers"]), "n2": str(rng.randint(2, 60)),
        "victims": rng.choice(t["victims"]), "source": rng.choice(country["sources"]),
        "day": rng.choice(t["days"]), "weapon": rng.choice(t["weapons"]),
        "outlet": rng.choice(t["outlets"]), "speaker": rng.choice(t["speakers"]),
        "group": rng.choice(t["groups"]),
    }


def _compose(rng: random.Random, slots: dict[str, str], t: dict[str, Any]) -> str:
    kinds = list(t["events"])
    paras = [_fill(rng.choice(t["events"][rng.choice(kinds)]), slots)]
    if rng.random() < 0.3:
        paras.append(_fill(rng.choice(t["events"][rng.choice(kinds)]), slots))
    ctx = rng.sample(t["context"], rng.randint(6, 12))
    paras += [_fill(c, slots) for c in ctx]
    dateline = _fill(rng.choice(t["datelines"]), slots)
    return (dateline + " " + paras[0]).strip() + "\n\n" + "\n\n".join(paras[1:]) + "\n"


def _rewrite(rng: random.Random, text: str, t: dict[str, Any], outlet: str) -> str:
    """The same wire story as another outlet runs it: new dateline, a trimmed ending,
    sometimes another casualty figure."""
    paras = text.strip().split("\n\n")
    if len(paras) > 3 and rng.random() < 0.5:
        paras = paras[:-1]
    first = paras[0]
    if rng.random() < 0.4:
        for num in t["numbers"]:
            if f" {num} " in first:
                first = first.replace(f" {num} ", f" {rng.choice(t['numbers'])} ", 1)
                break
    paras[0] = first
    return "\n\n".join(paras) + f"\n\n({outlet})\n"


def generate(n: int, seed: int = 7, start: dt.date = dt.date(2024, 1, 1)) -> Iterator[Article]:
    """``n`` articles (about 8% near-duplicate re-runs of an earlier story)."""
    t = _templates()
    rng = random.Random(seed)
    codes = sorted(t["countries"])
    recent: list[tuple[str, str]] = []
    for i in range(n):
        published = (start + dt.timedelta(days=rng.randint(0, 364))).isoformat()
        outlet = rng.choice(t["outlets"])
        if recent and rng.random() < 0.08:
            base_text, published = rng.choice(recent)
            text = _rewrite(rng, base_text, t, outlet)
        else:
            country = t["countries"][rng.choice(codes)]
            text = _compose(rng, _slots(rng, country, t), t)
            recent = (recent + [(text, published)])[-50:]
        yield Article(id=f"gen-{seed}-{i:06d}", text=text, published=published, source=outlet,
                      url=f"https://example.org/{seed}/{i}")


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for art in generate(n, seed):
            fh.write(art.to_json() + "\n")
    return path
