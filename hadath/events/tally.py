"""How many dead a casualty list names when some of its items are bare nouns.

ACLED sums the dead a report lists: «مقتل ضابط وثلاثة جنود» is four (the officer is one
more than the three soldiers), «مقتل ضابطين وجندي» three, «قتل شرطي ومدنيان» three. A
figure («ثلاثة») is a count the numbers stage reads; a singular or dual noun
(``data/counted_people.tsv``) is a count by itself. :func:`listed_dead` reads the list that
follows a death word, item by item, each joined to the one before by «و»; it stops at the
first word that is neither an item nor the counted noun's modifiers («وإصابة خمسة آخرين»
starts the wounded, «بينهم» a subset). Only a list holding a bare noun is its business:
figures alone are summed by :func:`hadath.events.arguments.fatalities` as before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, NamedTuple

from hadath.events.context import SentenceCtx
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.paths import package_dir
from hadath.text.normalize import normalize_key

DATA: Final = package_dir("hadath.events") / "data"
COLUMNS: Final = ("name", "singular", "dual")
MODIFIER_REACH: Final = 3  # words between an item's noun and the «و» of the next item, at most
_WA: Final = "\u0648"  # و
_PUNCT: Final = frozenset({"\u060c", ",", ".", "\u061b", ";", ":", '"', "(", ")", "-"})


class People(NamedTuple):
    """Normalised forms that count one person, and forms that count two."""

    one: frozenset[str]
    two: frozenset[str]


@lru_cache(maxsize=1)
def counted_people() -> People:
    """``counted_people.tsv``, normalised."""
    rows = load_tsv(DATA / "counted_people.tsv", COLUMNS, ("name", "singular"), ("name",))
    one = frozenset(normalize_key(v) for r in rows for v in split_variants(r["singular"]))
    two = frozenset(normalize_key(v) for r in rows for v in split_variants(r["dual"]))
    return People(one, two)


def dual_forms() -> frozenset[str]:
    """Normalised dual nouns that count two people by themselves («عنصران»، «جنديين»)."""
    return counted_people().two


class Listed(NamedTuple):
    total: int
    figures: frozenset[int]  # token indexes of the figures the list holds (counted here, not again)


def listed_dead(s: SentenceCtx, death: int, figures: dict[int, float], stop: frozenset[str]) -> Listed | None:
    """The dead listed right after the death word at token ``death``, when a bare noun is one
    of the items; else None. ``figures`` maps token indexes to counts; ``stop`` holds the
    forms that end a list whatever follows (injury words, «بينهم»)."""
    people = counted_people()
    tf = s.token_forms()
    norms = s.norms
    n = len(norms)
    i = death + 1
    total = 0
    nouns = 0
    used: list[int] = []
    while i < n:
        if used or nouns:  # a later item: joined by «و», a clitic or a word of its own
            if norms[i] == _WA:
                i += 1
                if i >= n:
                    break
            elif not norms[i].startswith(_WA):
                break
        f = tf[i]
        if f & stop:
            break
        if i in figures and (used or nouns) and norms[i] != _WA and not clitic_wa(s, i):
            break  # «مقتل شاب واحد»: «واحد» is the noun's, not a second item
        if i in figures:
            if i + 1 < n and tf[i + 1] & stop:
                break  # «و3 جرحى»: the wounded
            total += int(figures[i])
            used.append(i)
        elif f & people.two:
            total += 2
            nouns += 1
        elif f & people.one:
            total += 1
            nouns += 1
        elif figures.get(i + 1) == 2:
            i += 1  # «ومدنيين اثنين»: two is written after its noun
            total += 2
            used.append(i)
        else:
            break
        i = _next_item(s, i + 1, figures, stop)
        if i < 0:
            break
    if not nouns or total <= 0:
        return None
    return Listed(total, frozenset(used))


def clitic_wa(s: SentenceCtx, i: int) -> bool:
    """Is the figure in token ``i`` after a clitic «و» («وثلاثة»), not a word that starts
    with و («واحد»)? The numbers stage's mention then starts inside the token."""
    start, end = s.tok_starts[i], s.ends[i]
    return any(start < n.start < end for n in s.nums)


def _next_item(s: SentenceCtx, i: int, figures: dict[int, float], stop: frozenset[str]) -> int:
    """The token where the next item may start: past the counted noun and its modifiers
    («ثلاثة جنود مصريين»، «ضابط برتبة نقيب»), at the first word that opens with «و»;
    -1 when punctuation, a stop word or an unjoined count comes first."""
    norms = s.norms
    tf = s.token_forms()
    n = len(norms)
    words = 0  # modifier words read; «في» and a name in marks («في «كتائب حزب الله»») count as one
    texts = s.texts
    while i < n and words <= MODIFIER_REACH:
        norm = norms[i]
        if texts[i] == _OPEN_MARK:
            close = _closing_mark(texts, i)
            if close < 0:
                return -1
            i = close + 1
            words += 1
            continue
        after = _past_name(s, i)
        if after > i + 1:  # «قيادي بارز في كتائب حزب الله واثنان»: a name NER found is one word
            i = after
            words += 1
            continue
        if norm in _PUNCT or tf[i] & stop:
            return -1
        if norm == _WA or norm.startswith(_WA) and len(norm) > 1:
            return i
        if i in figures:
            return -1  # «مقتل جندي 3 ...»: a count not joined to this list
        if norm != _FI:
            words += 1
        i += 1
    return -1


_OPEN_MARK: Final = "\u00ab"  # «
_CLOSE_MARK: Final = "\u00bb"  # »
_FI: Final = normalize_key("في")
NAME_TOKENS: Final = 6  # a name in marks inside a list item, at most this many tokens


def _past_name(s: SentenceCtx, i: int) -> int:
    """The token after an organisation or place name that NER found starting at token ``i``
    (without a «و» of its own: that may open the next item), else ``i``."""
    start = s.tok_starts[i]
    for m in s.ents:
        if m.start == start and m.type in _NAME_TYPES:
            k = i + 1
            while k < len(s.tok_starts) and s.tok_starts[k] < m.end:
                k += 1
            return k
    return i


_NAME_TYPES: Final = frozenset({"ORG", "GPE", "LOC", "FAC"})


def _closing_mark(texts: list[str], i: int) -> int:
    """The index of the mark closing the one opened at ``i`` (``texts`` the tokens' raw texts),
    within :data:`NAME_TOKENS`; else -1."""
    for k in range(i + 1, min(len(texts), i + 2 + NAME_TOKENS)):
        if texts[k] == _CLOSE_MARK:
            return k
    return -1
