"""The words around a place name: what they say it is, and how two names relate.

Roles come from ``data/context_words.tsv`` (head words such as «مدينة» and «محافظة»,
prepositions of place, «قرب», «ريف», organisation heads, containers, units, directions).
Words are looked up normalised, with one or two proclitics removed when the whole word is
not listed («بمحافظة» -> «محافظة»).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from hadath.lexicon.loader import load_tsv
from hadath.paths import package_dir
from hadath.text.normalize import normalize_key

CONTEXT_WORDS: Final = package_dir("hadath.geo") / "data" / "context_words.tsv"
NEAR_KM: Final = 60.0  # what «X شمال Y» suggests when no distance is given
_NO_ROLE: Final[frozenset[str]] = frozenset()
_CLITICS: Final = frozenset("\u0648\u0641\u0628\u0644\u0643")  # و ف ب ل ك
_WA: Final = "\u0648"  # و


@dataclass(frozen=True)
class ContextWords:
    """Roles of the words around place names (``data/context_words.tsv``)."""

    roles: dict[str, frozenset[str]]
    _memo: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)

    def of(self, word: str) -> frozenset[str]:
        """Roles of ``word`` (normalised), trying it without one or two proclitics too."""
        r = self._memo.get(word)
        if r is not None:
            return r
        r = self.roles.get(word)
        if r is None:
            r = _NO_ROLE
            for cut in (1, 2):
                if len(word) > cut + 1 and all(c in _CLITICS for c in word[:cut]):
                    hit = self.roles.get(word[cut:])
                    if hit is not None:
                        r = hit
                        break
        if len(self._memo) < 50_000:
            self._memo[word] = r
        return r


@lru_cache(maxsize=1)
def load_context_words() -> ContextWords:
    rows = load_tsv(CONTEXT_WORDS, ("word", "role"), ("word", "role"))
    roles: dict[str, set[str]] = {}
    for r in rows:
        roles.setdefault(normalize_key(r["word"]), set()).add(r["role"])
    return ContextWords({k: frozenset(v) for k, v in roles.items()})


_PUNCT: Final = "\"'()[]{}<>.,;:!?-\u00ab\u00bb\u2013\u2014"


def words_before(text: str, pos: int, n: int = 3) -> list[str]:
    """The last ``n`` words before ``pos``; punctuation that ends a clause stops the look-back."""
    out = []
    # only the last ``n`` words can be read: split those off the right, not the whole window
    for w in reversed(text[max(0, pos - 50):pos].rsplit(None, n)[-n:]):
        core = w.strip(_PUNCT)
        if w[-1:] in ".,;!?)" or not core:
            break  # «..., الرقة»: a comma or full stop cuts the context
        out.append(core)
        if len(out) == n or w[:1] in "(\"":
            break
    out.reverse()
    return out


def words_after(text: str, pos: int, n: int = 4) -> list[str]:
    return [w.strip(_PUNCT) for w in text[pos:pos + 40].split()[:n]]


def is_container_gap(words: list[str], cw: ContextWords) -> bool:
    """Gaps such as «في», «،», «بمحافظة», «الواقعة في محافظة», «التابعة ل», «(»."""
    if not words:
        return False  # adjacent names with only a space are one phrase or a list
    rest = list(words)
    if rest and rest[0] in {",", "("}:
        rest = rest[1:]
    if not rest:
        return True  # «الميادين، دير الزور» / «الميادين (دير الزور)»
    if len(rest) > 1 and "part" in cw.of(rest[0]):
        rest = rest[1:]  # «قرية الكرك الشرقي بريف درعا»: the adjective names the first place's part
    if len(rest) > 4:
        return False
    if any(w.startswith(_WA) and len(w) > 1 and w not in cw.roles for w in rest):  # (not «وسط»)
        return False  # «بغداد، وفي الموصل»: «و» coordinates two places, it does not nest them
    ok_roles = {"container", "admin", "town", "rural", "adjective"}
    for w in rest:
        roles = cw.of(w)
        if w in {",", "("} or roles & ok_roles:
            continue
        if "prep" in roles and _is_fi(w):
            continue
        return False
    return True


_FI: Final = "\u0641\u064a"  # في


def _is_fi(word: str) -> bool:
    return word == _FI or (word[1:] == _FI and word[0] in _CLITICS)


def distance_gap(words: list[str], cw: ContextWords) -> float | None:
    """«(120 كلم شمال» before a name: the number of kilometres, else None."""
    if len(words) > 8:
        return None
    for j, w in enumerate(words):
        if w.isdigit():
            rest = words[j + 1:]
            if rest and "unit" in cw.of(rest[0]) and any("direction" in cw.of(x) for x in rest[1:]):
                return float(w)
    # «حي القاهرة شمال شرق بغداد»: a direction alone means «not far from»; «حي الروضة شرقي
    # مدينة تعز»: a direction, then the head of the town named
    core = [w for w in words if w not in {",", "("} and "adjective" not in cw.of(w)]
    if not 1 <= len(core) <= 4:
        return None
    k = 0
    while k < len(core) and "direction" in cw.of(core[k]):
        k += 1
    if 0 < k and k >= len(core) - 1 and (k == len(core) or cw.of(core[k]) & PLACE_HEADS):
        return NEAR_KM
    return None


PLACE_HEADS: Final = frozenset({"town", "admin"})  # «مدينة»، «محافظة» before the name they head
