"""The attribution stage's language data, loaded and compiled once.

Four TSV files under ``data/``: ``sources.tsv`` (who reports: outlets, monitors,
officials, generic sources), ``frames.tsv`` (the words that introduce a report: «قال»,
«بحسب», «نقلا عن», «مضيفا»), ``speakers.tsv`` (titles, organisation heads and phrase-ending
words around speakers and quotation marks) and ``counted.tsv`` (what a number counts). Each
loader is cached with :func:`functools.lru_cache`, keyed on the file path, so tests can
load a fixture lexicon beside the shipped one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import regex

from hadath.attribution.wordmatch import LexiconSet, WordMatcher
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.paths import package_dir
from hadath.text.normalize import normalize_key

DATA: Final = package_dir("hadath.attribution") / "data"
SOURCES_TSV: Final = DATA / "sources.tsv"
FRAMES_TSV: Final = DATA / "frames.tsv"
SPEAKERS_TSV: Final = DATA / "speakers.tsv"
COUNTED_TSV: Final = DATA / "counted.tsv"

ARTICLE: Final = "\u0627\u0644"  # ال
OUTLET_KINDS: Final = frozenset({"agency", "newspaper", "broadcaster"})
_PRONOUN_SUFFIXES: Final = ("\u0647", "\u0647\u0627", "\u0647\u0645")  # ه ها هم (ة is folded to ه)
_SQUASH: Final = regex.compile(r"[\s.\u060c,\-\u0640]+")


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One row of ``sources.tsv``: ``name`` is the English canonical name."""

    id: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class Frame:
    """A reporting frame word: ``kind`` is verb | transmit | prep | haal."""

    id: str
    kind: str


@dataclass(frozen=True, slots=True)
class SpeakerWord:
    """A word around speakers: ``kind`` is title | org | stop | that | pronoun | time | content | data."""

    id: str
    kind: str


@dataclass(frozen=True, slots=True)
class Counted:
    """A row of ``counted.tsv``: what a number counts, and in which role."""

    id: str
    name: str
    kind: str
    unit: str
    status: str


@dataclass(frozen=True)
class SourceLexicon:
    matcher: WordMatcher[SourceEntry]
    by_squashed: dict[str, SourceEntry]  # outlet names with dots and spaces removed: «أ.ف.ب»
    by_key: dict[str, SourceEntry]
    forces: dict[str, str]  # source name -> ISO2 of the state whose forces it speaks for


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """``normalize_key`` of a word or short phrase, remembered: attribution normalises the same
    few hundred words (link words, sources' names, titles) in every article, and a hit costs a
    tenth of normalising again."""
    return normalize_key(word)


def squash(s: str) -> str:
    """Key for abbreviations written with or without dots and spaces («أ ف ب» = «أ.ف.ب»)."""
    return _SQUASH.sub("", normalize_key(s))


@lru_cache(maxsize=8)
def source_lexicon(path: str = str(SOURCES_TSV)) -> SourceLexicon:
    """The reporting-source lexicon. A missing shipped file yields an empty lexicon.

    The file is written by another part of the project; until it lands, attribution still
    works from frames and NER, so a missing file is not an error here (a test loads it).
    """
    p = Path(path)
    if not p.exists():
        return SourceLexicon(WordMatcher([]), {}, {}, {})
    rows = load_tsv(p, ("id", "name", "kind", "variants"), ("id", "name", "kind", "variants"), ("id",))
    entries: list[tuple[str, SourceEntry]] = []
    squashed: dict[str, SourceEntry] = {}
    by_key: dict[str, SourceEntry] = {}
    forces: dict[str, str] = {}
    for row in rows:
        entry = SourceEntry(row["id"], row["name"], row["kind"])
        if row.get("forces"):
            forces[row["name"]] = row["forces"]
        for v in split_variants(row["variants"]):
            entries.append((v, entry))
            by_key.setdefault(normalize_key(v), entry)
            if entry.kind in OUTLET_KINDS:
                squashed.setdefault(squash(v), entry)
            if entry.kind == "generic":
                acc = accusative(normalize_key(v))
                if acc is not None and acc not in by_key:
                    entries.append((acc, entry))
                    by_key[acc] = entry
    return SourceLexicon(WordMatcher(entries, marked_names=True), squashed, by_key, forces)


def forces_spoken_for(path: str = str(SOURCES_TSV)) -> dict[str, str]:
    """Source name -> ISO2 of the state whose forces it speaks for (``sources.tsv``'s ``forces``
    column): «أعلنت خلية الإعلام الأمني تنفيذ ضربات جوية» is Iraq's military reporting its own
    strike, which ACLED codes to that military. Only bodies with the column filled are listed;
    a missing file lists none. Read with the source lexicon (one pass over the file)."""
    return source_lexicon(path).forces


_ACC_KEEP: Final = frozenset({"\u0641\u064a", "\u0645\u0646", "\u0639\u0646", "\u0639\u0644\u064a", "\u0627\u0644\u064a", "\u0645\u0639"})
# في من عن على إلى مع (normalised): prepositions take no case ending
_NO_TANWEEN_ALIF: Final = ("\u0647", "\u0627", "\u0621")  # ة (folded to ه), ا, ء: no alif written after them
_WN, _YN = "\u0648\u0646", "\u064a\u0646"  # ون ين
_YA, _ALIF = "\u064a", "\u0627"  # ي ا


def accusative(key: str) -> str | None:
    """The accusative (for «ون» plurals also genitive) writing of an indefinite generic source,
    normalised: «مسؤول أمني» -> «مسؤولا أمنيا», «مصدر في الشرطة» -> «مصدرا في الشرطة»,
    «مسؤولون أمنيون» -> «مسؤولين أمنيين»; None when it is written the same or the form is
    not one this rule is sure of.

    «غير أن مصدراً في الشرطة أكد»، «إلا أن مسؤولاً أمنياً قال»، «نقلت عن مسؤولين أمنيين»: the
    data lists the nominative only. The alif of the tanween is written on a noun that stands
    alone, before a preposition or before a relative adjective («أمني»، «عسكري»), and on that
    adjective; not after ة or ا, not on broken plurals of the «مصادر» pattern (no tanween),
    and not in a construct («شاهد عيان», «وسائل إعلام»), where the phrase is left out.
    """
    words = key.split()
    cut = next((k for k, w in enumerate(words) if w in _ACC_KEEP), len(words))
    head, tail = words[:cut], words[cut:]
    if not head or len(head) > 2 or (len(head) == 2 and not head[1].endswith((_YA, _YA + _WN))):
        return None
    out: list[str] = []
    for w in head:
        if w.endswith(_WN):
            out.append(w[:-2] + _YN)
        elif w.startswith(ARTICLE) or w.endswith(_NO_TANWEEN_ALIF) or len(w) < 3 or (len(w) >= 5 and w[2] == _ALIF):
            return None
        else:
            out.append(w + _ALIF)
    acc = " ".join(out + tail)
    return acc if acc != key else None


@lru_cache(maxsize=4)
def frame_matcher(path: str = str(FRAMES_TSV)) -> WordMatcher[Frame]:
    rows = load_tsv(path, ("id", "name", "kind", "variants"), ("id", "name", "kind", "variants"), ("id",))
    return WordMatcher(
        (v, Frame(row["id"], row["kind"])) for row in rows for v in split_variants(row["variants"])
    )


@lru_cache(maxsize=4)
def frame_verbs(path: str = str(FRAMES_TSV)) -> dict[str, Frame]:
    """One-word verb and relaying frames by normalised form («وثق», «رصدت», «نقلت»).

    After «بحسب ما / وفقا لما» the verb often carries its object pronoun («وثقه», «رصدته»،
    «نقلته»): such a form is no key of the frame matcher, so it is recognised by stripping the
    pronoun and looking the verb up here (:func:`hadath.attribution.sources.relative_verb`).
    """
    rows = load_tsv(path, ("id", "name", "kind", "variants"), ("id", "name", "kind", "variants"), ("id",))
    return {
        normalize_key(v): Frame(row["id"], row["kind"])
        for row in rows
        if row["kind"] in ("verb", "transmit")
        for v in split_variants(row["variants"])
        if " " not in v.strip()
    }


@dataclass(frozen=True)
class SpeakerWords:
    """``speakers.tsv`` by kind, and a table for per-token lookups (see ``index.WordLookup``)."""

    titles: frozenset[str]
    orgs: frozenset[str]
    stops: frozenset[str]
    thats: frozenset[str]
    suffixed: frozenset[str]  # titles with a possessive pronoun: «مديره», «رئيسها»
    table: dict[str, tuple[SpeakerWord, ...]]  # normalised entry -> payloads, looked up per token
    max_words: int
    first_words: frozenset[str]  # first words of the entries of two words or more
    heads: frozenset[str]  # first words of every entry: a token whose bare forms miss it is no entry
    # token form -> what it can start (see ``index.WordLookup``), filled as documents are read
    forms: dict[str, tuple[Any, ...]] = field(default_factory=dict, compare=False, hash=False, repr=False)


@lru_cache(maxsize=1)
def call_verbs() -> frozenset[str]:
    """Normalised verbs of calling on someone (``data/call_verbs.tsv``: «دعت»، «ناشد»)."""
    rows = load_tsv(FRAMES_TSV.parent / "call_verbs.tsv", ("word", "note"), ("word", "note"), ("word",))
    return frozenset(normalize_key(r["word"]) for r in rows)


@lru_cache(maxsize=4)
def speaker_words(path: str = str(SPEAKERS_TSV)) -> SpeakerWords:
    rows = load_tsv(path, ("id", "name", "kind", "variants"), ("id", "name", "kind", "variants"), ("id",))
    sets: dict[str, set[str]] = {
        k: set() for k in ("title", "org", "stop", "pronoun", "that", "time", "content", "data")
    }
    table: dict[str, list[SpeakerWord]] = {}
    for row in rows:
        for v in split_variants(row["variants"]):
            sets[row["kind"]].add(normalize_key(v))
            table.setdefault(normalize_key(v), []).append(SpeakerWord(row["id"], row["kind"]))
    return SpeakerWords(
        frozenset(sets["title"]), frozenset(sets["org"] | sets["content"]), frozenset(sets["stop"]),
        frozenset(sets["that"]),
        frozenset(t + suf for t in sets["title"] if " " not in t for suf in _PRONOUN_SUFFIXES),
        {k: tuple(v) for k, v in table.items()},
        max(len(k.split()) for k in table),
        frozenset(k.split()[0] for k in table if " " in k),
        frozenset(k.split()[0] for k in table),
    )


@lru_cache(maxsize=4)
def counted_matcher(path: str = str(COUNTED_TSV)) -> WordMatcher[Counted]:
    """Counted nouns and status words; «ال» forms are added here, so the data lists bare forms."""
    rows = load_tsv(
        path, ("id", "name", "kind", "unit", "status", "variants"), ("id", "name", "kind", "unit", "variants"), ("id",)
    )
    entries: list[tuple[str, Counted]] = []
    for row in rows:
        c = Counted(row["id"], row["name"], row["kind"], row["unit"], row["status"])
        for v in split_variants(row["variants"]):
            entries.append((v, c))
            if not normalize_key(v).startswith(ARTICLE):
                entries.append((ARTICLE + v, c))
    return WordMatcher(entries)


@lru_cache(maxsize=4)
def counted_keys(path: str = str(COUNTED_TSV)) -> dict[str, frozenset[str]]:
    """Normalised variants of ``counted.tsv`` by kind (for the small ``link``/``among`` sets)."""
    rows = load_tsv(
        path, ("id", "name", "kind", "unit", "status", "variants"), ("id", "name", "kind", "unit", "variants"), ("id",)
    )
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(row["kind"], set()).update(normalize_key(v) for v in split_variants(row["variants"]))
    return {k: frozenset(v) for k, v in out.items()}


PROTESTERS_ROW: Final = "protesters"
"""``counted.tsv``'s row of protester nouns («متظاهرون»، «محتجين»، «معتصمين»)."""


@lru_cache(maxsize=4)
def protester_nouns(path: str = str(COUNTED_TSV)) -> frozenset[str]:
    """Normalised protester nouns, bare and with «ال» («متظاهرون»، «المحتجين»): the words of
    ``counted.tsv``'s protesters row, the one list of them in the attribution stage (claims count
    them, quotations find the crowd that chants with them)."""
    rows = load_tsv(
        path, ("id", "name", "kind", "unit", "status", "variants"), ("id", "name", "kind", "unit", "variants"), ("id",)
    )
    bare = {normalize_key(v) for r in rows if r["id"] == PROTESTERS_ROW for v in split_variants(r["variants"])}
    return frozenset(bare | {ARTICLE + w for w in bare if not w.startswith(ARTICLE)})


@lru_cache(maxsize=8)
def lexicon_set(sources_path: str = str(SOURCES_TSV)) -> LexiconSet:
    """Frames, counted words and sources in one automaton (one pass a document).

    Speaker words («في», «إن», titles) are looked up per token instead, only where a
    speaker phrase is read: they are frequent, and most of them are never needed.
    """
    return LexiconSet(
        {
            "frames": frame_matcher(),  # type: ignore[dict-item]
            "counted": counted_matcher(),  # type: ignore[dict-item]
            "sources": source_lexicon(sources_path).matcher,  # type: ignore[dict-item]
        }
    )


@lru_cache(maxsize=1)
def _body_names() -> dict[str, str]:
    """English names of the bodies NER knows by name (``entities.tsv``'s ORG rows), by their
    normalised Arabic forms."""
    from hadath.ner.lexicons import load_entities  # noqa: PLC0415 - the NER package imports this one's

    return {normalize_key(arabic): e.name for arabic, e in load_entities() if e.type == "ORG" and e.origin == "entities"}


def national_body(text: str) -> str | None:
    """«وزارة الدفاع الهندية» -> "Ministry of Defence (India)": a body NER knows by a generic
    name («وزارة الدفاع») with a nationality adjective after it is that country's; None for
    anything else."""
    from hadath.lexicon.actors import country_name, nisba_index  # noqa: PLC0415

    head, _, last = text.rpartition(" ")
    iso = nisba_index().get(normalize_key(last)) if head else None
    english = _body_names().get(normalize_key(head)) if iso else None
    cname = country_name(iso) if english else None
    return f"{english} ({cname})" if cname else None
