"""Who «المسلحين» are: an event actor read from a definite fighter noun.

The generic actor nouns (``data/generic_actors.tsv``) make «مسلحين» an «Unidentified Armed
Group»: right when the report does not say who the gunmen are. A *definite* noun that
comes after the article has named a group points back to it: «اشتباكات عنيفة مع مسلحين من
تنظيم «داعش» ... بعد انسحاب المسلحين باتجاه الحدود السورية» — the Islamic State withdrew,
and ACLED codes it so. The nouns that refer back are data (``data/armed_anaphors.tsv``);
the group is :func:`hadath.lexicon.actors.sole_armed_group`, the rule claims use for
«قتل 20 إرهابيا», so an event and a claim never name different gunmen. Two named groups,
or the noun before the first name: no guess.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Final

from hadath.doc import Doc
from hadath.lexicon.actors import ARMED_GROUP_INTER, UNIDENTIFIED, sole_armed_group
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.paths import package_dir
from hadath.text.normalize import normalize_key

DATA: Final = package_dir("hadath.events") / "data"
COLUMNS: Final = ("name", "variants")


@lru_cache(maxsize=1)
def armed_anaphors() -> frozenset[str]:
    """Normalised definite fighter nouns that refer back to a named armed group."""
    rows = load_tsv(DATA / "armed_anaphors.tsv", COLUMNS, COLUMNS, ("name",))
    return frozenset(normalize_key(v) for r in rows for v in split_variants(r["variants"]))


_CONJ: Final = ("\u0648", "\u0641")  # و ف
_PREP: Final = ("\u0628", "\u0644", "\u0643")  # ب ل ك
_LAM: Final = "\u0644"
_ALEF: Final = "\u0627"


@lru_cache(maxsize=1)
def group_plurals() -> frozenset[str]:
    """Normalised definite plural group nouns that name the groups just named together
    (``data/group_plurals.tsv``: «الفصائل»، «الجماعات المسلحة»)."""
    rows = load_tsv(DATA / "group_plurals.tsv", COLUMNS, COLUMNS, ("name",))
    return frozenset(normalize_key(v) for r in rows for v in split_variants(r["variants"]))


def is_group_plural(text: str) -> bool:
    """Is ``text`` one of :func:`group_plurals`, a proclitic («و»، «ف»، «ب»، «ل») aside?
    («وللفصائل» and «للفصائل»: ل + ال with its alif dropped)"""
    form = normalize_key(text)
    nouns = group_plurals()
    for _ in range(2):
        if form in nouns:
            return True
        if form.startswith(_LAM + _LAM) and _ALEF + form[1:] in nouns:
            return True
        if form[:1] in _CONJ + _PREP:
            form = form[1:]
    return form in nouns


def refers_back(doc: Doc, start: int, end: int) -> bool:
    """Is raw ``[start, end)`` one of the definite fighter nouns, proclitics aside?

    «والمسلحين»، «بالمسلحين» and «للمسلحين» (whose span may start at the article's ل, the
    first ل being the preposition) all count; «مسلحين» does not.
    """
    form = normalize_key(doc.raw[start:end])
    nouns = armed_anaphors()
    if form in nouns:
        return True
    if form[:1] in _CONJ:
        form = form[1:]
    if form in nouns or form[:1] in _PREP and form[1:] in nouns:
        return True
    return form.startswith(_LAM) and doc.raw[start - 1:start] == _LAM and _ALEF + form in nouns


def referent(doc: Doc, start: int, end: int, cache: dict[str, Any]) -> Any | None:
    """The named armed group's first mention if the fighter noun at raw ``[start, end)``
    refers back to it (a listed definite noun after the group's first name); else None.

    ``cache`` lives for one document (the group is looked up once).
    """
    if "armed_group" not in cache:
        cache["armed_group"] = sole_armed_group(doc.entities)
    group = cache["armed_group"]
    if group is None and refers_back(doc, start, end) and normalize_key(doc.raw[start:end]).endswith(_GUNMEN_STEMS):
        if "gunmen_of" not in cache:
            cache["gunmen_of"] = _gunmen_of(doc)
        group = cache["gunmen_of"]
    if group is None or group.end > start:
        return None
    return group if refers_back(doc, start, end) else None


# «المسلحين» after «مسلحين من أبناء العشائر»: the gunmen the article introduced as a group's
_GUNMEN_STEMS: Final = tuple(normalize_key(w) for w in ("مسلحين", "مسلحون"))
_GUNMEN_OF: Final = frozenset(normalize_key(w) for w in ("مسلحين من", "مسلحون من", "مسلحي"))
_GUNMEN_LOOKBACK: Final = 14  # characters before a group's name that may hold «مسلحين من »


def _gunmen_of(doc: Doc) -> Any | None:
    """The one armed group the article introduced as gunmen of it («مسلحين من أبناء العشائر»،
    «مسلحي العشائر») when it also names other armed groups (so :func:`sole_armed_group` makes
    no guess): the definite «المسلحين» after is they. Two groups so introduced: None."""
    found: dict[str, Any] = {}
    for m in doc.entities:
        entry = getattr(m, "actor", None)
        if entry is None or entry.inter not in ARMED_GROUP_INTER or entry.name.startswith(UNIDENTIFIED):
            continue
        before = [w[1:] if w[:1] in _CONJ else w
                  for w in normalize_key(doc.raw[max(0, m.start - _GUNMEN_LOOKBACK):m.start]).split()]
        if " ".join(before[-2:]) in _GUNMEN_OF or (before and before[-1] in _GUNMEN_OF):
            found.setdefault(entry.name, m)
    return next(iter(found.values())) if len(found) == 1 else None
