"""Toll updates: a figure the text gives as a revision of a count told before.

Wire reports tell a toll and then revise it: «ارتفعت حصيلة القتلى إلى 42»، «رفعت وزارة
الصحة حصيلة ضحايا الغارات إلى 11 قتيلا»، «قتل 12 شخصا في حصيلة جديدة». ACLED revises an
event's fatalities as tolls are updated, so a newer count supersedes the one it revises:
the two figures are not a disagreement between sources (:mod:`hadath.attribution.conflicts`
leaves such a pair out) and the event takes the update's figure
(:mod:`hadath.events.updates`). Without such wording two sources' figures stay rivals and the
event keeps the most conservative one.

The words are data (``data/updates.tsv``): a verb of change («ارتفعت»، «رفعت»، «تراجعت»)
marks an update only together with a toll word («حصيلة»، «عدد») between the clause's start
and the figure, so «رفع المحتجون صور 12 شهيدا» is none; a revision phrase («حصيلة جديدة»،
«الحصيلة النهائية»، «آخر حصيلة») marks one anywhere near the figure in its sentence. A word
of a running total in the figure's clause («منذ مطلع العام»، «بذلك»، «الإجمالي») makes it a
count over many happenings, which updates none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

import regex

from hadath.attribution.lexicons import word_key
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.paths import package_dir
from hadath.text.normalize import Normalized, normalize_key

UPDATES_TSV: Final = package_dir("hadath.attribution") / "data" / "updates.tsv"
CLAUSE_REACH: Final = 100  # characters before the figure in which the change verb and toll word are read
REVISED_BEFORE: Final = 100  # «وفي حصيلة جديدة، قتل 12»: a revision phrase this far before the figure
REVISED_AFTER: Final = 40  # «قتل 12 شخصا في حصيلة جديدة»: ... or this far after it
_SENTENCE_END: Final = regex.compile(r"[.!?\u061f\n]")
_CLAUSE_CUT: Final = regex.compile(r"[\u060c,;\u061b:]")
_PUNCT: Final = "\u060c,;\u061b:()\u00ab\u00bb\"'"  # what may cling to a word: ، , ; ؛ : ( ) « » " '
_WORD: Final = regex.compile(r"[\p{L}\p{M}]+")
_CONJ: Final = ("\u0648", "\u0641")  # و ف
_TO: Final = frozenset({"\u0627\u0644\u0649", "\u0644\u0646\u062d\u0648", "\u0627\u0644\u064a"})  # الى لنحو الي (normalised)


Gates = tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]


def gated(phrases: Sequence[Sequence[str]]) -> Gates:
    """The phrases grouped under a word each group shares (its gate), for :func:`may_hold`.

    Most of the phrases share a few words («خلال» eleven of the period phrases, «منذ» eight):
    one substring test of a gate that the text lacks passes over its whole group, where
    testing each phrase apart cost a test a phrase (~0.26M instructions an article in
    :func:`period_of`). Greedy: the word in most of the phrases left (ties: the longer, then
    the first in code-point order) gates them; the rest of each phrase's words, longest first.
    """
    left = [set(p) for p in phrases]
    out: list[tuple[str, tuple[tuple[str, ...], ...]]] = []
    while left:
        count = Counter(w for p in left for w in p)
        if not count:  # only empty phrases left: each holds in any text, as "" is in any
            out.append(("", ((),)))
            break
        gate = min(count, key=lambda w: (-count[w], -len(w), w))
        group = [p for p in left if gate in p]
        left = [p for p in left if gate not in p]
        out.append((gate, tuple(tuple(sorted(p - {gate}, key=len, reverse=True)) for p in group)))
    return tuple(out)


class UpdateWords:
    """``updates.tsv`` by kind, normalised; ``revised`` as word tuples.

    ``hints``: strings one of which every update's words contain (the toll words, and a word
    of each revision phrase that holds none), so :func:`is_update` can pass over a figure
    with none of them near it in one substring test: most figures are no update, and reading
    their words cost the claims pass a third of its time.
    """

    def __init__(self, change: frozenset[str], toll: frozenset[str], total: frozenset[str],
                 revised: tuple[tuple[str, ...], ...],
                 period: tuple[tuple[str, ...], ...] = (), since: tuple[tuple[str, ...], ...] = ()) -> None:
        self.change = change
        self.toll = toll
        self.total = total
        self.revised = revised
        self.revised_by_first = _by_first_word(revised)
        self.period_by_first = _by_first_word(period)
        self.since_by_first = _by_first_word(since)
        hints = set(toll)
        for p in revised:
            if not any(t in w for t in toll for w in p):
                hints.add(max(p, key=len))
        self.hints = tuple(sorted(hints))
        # what an update needs besides a hint: a change verb (with a toll word) or every word
        # of a revision phrase, each a substring of the window's normalised text (a word's
        # key is its characters mapped one by one, as the document's view maps them)
        self.change_hints = tuple(sorted(change))
        self.revised_hints = gated(revised)
        # hints without spaces are found in the window as the text has it: collapsing its
        # runs of spaces (``normalize_key``) changes nothing inside a word
        self.spaced_hints = any(len(h.split()) != 1 for h in self.hints)
        # every word of a period or «منذ بداية» phrase: a sentence whose normalised text lacks
        # one of each phrase's words holds none of them (:func:`period_of`)
        self.period_hints = gated((*period, *since))


@lru_cache(maxsize=4)
def update_words(path: str = str(UPDATES_TSV)) -> UpdateWords:
    rows = load_tsv(path, ("id", "kind", "variants"), ("id", "kind", "variants"), ("id",))
    sets: dict[str, set[str]] = {"change": set(), "toll": set(), "total": set()}
    revised: list[tuple[str, ...]] = []
    period: list[tuple[str, ...]] = []
    since: list[tuple[str, ...]] = []
    for row in rows:
        for v in split_variants(row["variants"]):
            key = normalize_key(v)
            if row["kind"] == "revised":
                revised.append(tuple(key.split()))
            elif row["kind"] == "period":
                period.append(tuple(key.split()))
            elif row["kind"] == "since":
                since.append(tuple(key.split()))
            else:
                sets[row["kind"]].add(key)
    return UpdateWords(frozenset(sets["change"]), frozenset(sets["toll"]), frozenset(sets["total"]), tuple(revised),
                       tuple(period), tuple(since))


PERIOD_SPAN: Final = "span"  # a day's or a week's sum («خلال الساعات الأربع والعشرين الماضية»)
PERIOD_SINCE: Final = "since"  # a running total («منذ بداية الحرب»)


def period_of(raw: str, start: int, end: int, sent_start: int, sent_end: int,
              words: UpdateWords | None = None, norm: Normalized | None = None) -> str:
    """Over what span of time the figure at raw ``[start, end)`` is counted: :data:`PERIOD_SINCE`
    when its clause says «منذ بداية/مطلع ...» (a running total, «قتلوا منذ بداية الحرب»);
    :data:`PERIOD_SPAN` when its sentence (raw ``[sent_start, sent_end)``) sums a span, many
    happenings together («استشهد 47 فلسطينيا ... خلال الساعات الأربع والعشرين الماضية»، «في
    حصيلة يومية»); else "" (one happening's count, as far as the text says). A day's toll holds
    each strike's, and a running total holds both: they are not rival figures of one count.

    ``norm``: the document's MATCH view (``doc.norm``), in which the sentence is first tested
    for the phrases' words as substrings (as :func:`is_update` tests its window): most
    sentences hold none, and reading their words (``_keys``) cost ~1.3M instructions an
    article."""
    w = words or update_words()
    if norm is not None and not sentence_may_have_period(norm, sent_start, sent_end, w):
        return ""
    since, span = _sentence_periods(raw, sent_start, sent_end, w)
    # the clause's words are the sentence's (it is cut at punctuation): only a sentence that holds
    # a «منذ بداية» phrase has its figure's clause read (most have none)
    if since:
        before = raw[sent_start:start]
        cuts = [m.end() for m in _CLAUSE_CUT.finditer(before)]
        after = raw[end:sent_end]
        stop = _CLAUSE_CUT.search(after)
        clause = raw[sent_start + (cuts[-1] if cuts else 0):end + (stop.start() if stop else len(after))]
        if _has_phrase(_keys(clause), w.since_by_first):
            return PERIOD_SINCE
    return PERIOD_SPAN if span else ""


def sentence_may_have_period(norm: Normalized, sent_start: int, sent_end: int, words: UpdateWords | None = None) -> bool:
    """Could the sentence at raw ``[sent_start, sent_end)`` hold a period or «منذ بداية» phrase
    (every word of one a substring of its MATCH view)? :func:`period_of` says "" of every figure
    of a sentence that cannot; a caller with many figures a sentence asks this once a sentence
    and calls :func:`period_of` without ``norm`` where it can."""
    w = words or update_words()
    return may_hold(_window(norm, sent_start, sent_end, collapse=False), w.period_hints)


def may_hold(near: str, gates: Gates) -> bool:
    """Could ``near`` (normalised text) hold one of the phrases (:func:`gated`), every word of
    one a substring of it? A phrase's words are normalised keys without spaces, so no
    collapsing is needed."""
    return any(gate in near and any(all(x in near for x in rest) for rest in group) for gate, group in gates)


@lru_cache(maxsize=64)
def _sentence_periods(raw: str, start: int, end: int, w: UpdateWords) -> tuple[bool, bool]:
    """Does ``raw[start:end]`` hold a «منذ بداية» phrase, and a phrase of a span's sum? Once a
    sentence: :func:`period_of` asks it for every figure of the sentence (a string's hash is
    kept in the object, so the key costs little)."""
    keys = _keys(raw[start:end])
    return (bool(w.since_by_first) and _has_phrase(keys, w.since_by_first),
            bool(w.period_by_first) and _has_phrase(keys, w.period_by_first))


_TOLL_STEMS: Final = ("\u062d\u0635\u064a\u0644", "\u0639\u062f\u062f")  # حصيل عدد
VERB_BEFORE: Final = 60  # «رفعت وزارة الصحة في صنعاء | حصيلة»: how far before the toll word its change verb may be


def change_verbs_before_tolls(raw: str, words: UpdateWords | None = None) -> list[tuple[int, int]]:
    """Raw spans of the change verbs («رفعت»، «خفضت») that come shortly before a toll word in
    their sentence, each once: the candidates for «رفعت X حصيلة ...», where X reports the toll."""
    w = words or update_words()
    out: dict[int, int] = {}
    hits = []
    for stem in _TOLL_STEMS:  # str.find: a regex scan of the whole text cost ten times more
        at = raw.find(stem)
        while at >= 0:
            hits.append(at)
            at = raw.find(stem, at + 1)
    for t in hits:
        lo = max(0, t - VERB_BEFORE, raw.rfind(".", 0, t) + 1, raw.rfind("\n", 0, t) + 1)
        pos = lo
        for word in raw[lo:t].split():
            at = raw.find(word, pos)
            pos = at + len(word)
            if _in(word_key(word.strip(_PUNCT)), w.change):
                out.setdefault(at, pos)
    return sorted(out.items())


def toll_follows(raw: str, pos: int, reach: int = 40, words: UpdateWords | None = None) -> bool:
    """Is a toll word («حصيلة»، «عدد») among the words right after raw ``pos``, in its clause?
    («رفعت وزارة الصحة | في بيان لاحق حصيلة الغارة إلى أربعة»)."""
    w = words or update_words()
    after = raw[pos:pos + reach]
    cut = _CLAUSE_CUT.search(after) or _SENTENCE_END.search(after)
    if cut is not None:
        after = after[:cut.start()]
    return any(_in(k, w.toll) for k in _keys(after))


def _keys(text: str) -> list[str]:
    """Normalised words of ``text`` (punctuation dropped; remembered per word, :func:`word_key`:
    the words around the figures are the same few hundred in every article)."""
    return [word_key(w) for w in _WORD.findall(text)]


def _in(word: str, keys: frozenset[str]) -> bool:
    return word in keys or (len(word) > 3 and word.startswith(_CONJ) and word[1:] in keys)


def _has_phrase(words: list[str], by_first: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Does one of the phrases occur in ``words`` (its first word may carry «و»/«ف»)?
    ``by_first``: the phrases as :func:`_by_first_word` gives them."""
    for i, w in enumerate(words):
        tails = by_first.get(w, ())
        if len(w) > 3 and w.startswith(_CONJ):
            tails += by_first.get(w[1:], ())
        for tail in tails:
            if tuple(words[i + 1:i + 1 + len(tail)]) == tail:
                return True
    return False


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each phrase's remaining words by its first word: one look-up a word, not one test a
    phrase (made once, :attr:`UpdateWords.revised_by_first`: a cache keyed by the phrases
    hashed the whole tuple of tuples at every call)."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for p in phrases:
        out[p[0]] = out.get(p[0], ()) + (p[1:],)
    return out


def is_update(raw: str, start: int, end: int, words: UpdateWords | None = None,
              norm: Normalized | None = None) -> bool:
    """Does the text give the figure at raw ``[start, end)`` as an update of an earlier toll?

    ``norm``: the document's MATCH view (``doc.norm``, of ``raw``), from which the window
    around the figure is cut rather than normalised again (the profile maps character by
    character: the same string; ``normalize_key`` of a new 140-character window cost ~80,000
    instructions, one a counted figure)."""
    w = words or update_words()
    lo = max(0, start - CLAUSE_REACH)
    if norm is None:
        near = normalize_key(raw[lo:end + REVISED_AFTER])
    else:
        near = _window(norm, lo, end + REVISED_AFTER, collapse=w.spaced_hints)
    if not any(h in near for h in w.hints):
        return False  # no toll word nor revision phrase within reach: the rules below need one
    if not any(c in near for c in w.change_hints) and not may_hold(near, w.revised_hints):
        # neither a change verb nor a whole revision phrase within reach: no rule below can
        # say yes (and reading the window's words cost three quarters of this function)
        return False
    before = raw[lo:start]
    cut = None
    for m in _SENTENCE_END.finditer(before):
        cut = m.end()
    if cut is not None:
        before = before[cut:]
    after = raw[end:end + REVISED_AFTER]
    stop = _SENTENCE_END.search(after)
    if stop is not None:
        after = after[:stop.start()]
    clause = _clause(before)
    keys = _keys(clause)
    rest = _keys(_CLAUSE_CUT.split(after, 1)[0])
    if any(_in(k, w.total) for k in keys) or any(_in(k, w.total) for k in rest):
        return False  # «يرتفع بذلك عدد الشهداء منذ مطلع العام إلى 187»: a running total
    if _has_phrase(_keys(before[-REVISED_BEFORE:]) + ["|"] + _keys(after), w.revised_by_first):
        return True
    return any(_in(k, w.toll) for k in keys) and any(_in(k, w.change) for k in keys)


def _window(norm: Normalized, a: int, b: int, collapse: bool = True) -> str:
    """``normalize_key(norm.raw[a:b])``, cut from the normalised text: its characters whose
    raw character lies in ``[a, b)``, spaces collapsed (``collapse=False``: as they are, for a
    test of strings with no spaces, which is then the same and skips splitting the window
    into words)."""
    if norm.starts is not None:
        a, b = norm.starts.searchsorted((a, b)).tolist()
    return " ".join(norm.text[a:b].split()) if collapse else norm.text[a:b]


def _clause(before: str) -> str:
    """The figure's clause before it: from the last clause mark, or the one before when what
    lies after the mark is only «إلى» (a source set off by commas: «ارتفعت الحصيلة، بحسب
    الوزارة، إلى 42»)."""
    marks = [m.start() for m in _CLAUSE_CUT.finditer(before)]
    if not marks:
        return before
    tail = before[marks[-1] + 1:]
    words = tail.split()
    if words and all(word_key(x) in _TO for x in words):
        return before[marks[-3] + 1:] if len(marks) >= 3 else before
    return tail
