"""Per-document lookups shared by the attribution steps, built once per document.

Every lexicon runs once over ``doc.norm`` (one Aho-Corasick pass each); the results are
indexed by raw offset so that reading a speaker phrase or a counted noun is a dictionary or
bisect lookup, never a rescan of the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Final, cast

from hadath.attribution.lexicons import (
    Counted,
    Frame,
    SourceEntry,
    SourceLexicon,
    SpeakerWord,
    SpeakerWords,
    lexicon_set,
    source_lexicon,
    speaker_words,
    word_key,
)
from hadath.attribution.wordmatch import Match, new_match, word_view
from hadath.bisects import bisect_left, bisect_right
from hadath.doc import Doc, Mention
from hadath.text.normalize import normalize_key
from hadath.text.segment import Sentence, TokenColumns

# mypyc: a Final name is a C static; an imported function's name would be a globals-dict look-up at every call

_START: Final = attrgetter("start")
SPEAKER_TYPES: Final = frozenset({"PER", "ORG", "NORP"})


_CONJ: Final = frozenset("\u0648\u0641")  # و ف
_PREP: Final = frozenset("\u0628\u0644\u0643")  # ب ل ك
_ARTICLE: Final = "\u0627\u0644"  # ال
_LAM: Final = "\u0644"
_ALIF: Final = "\u0627"


_MISS: Final = object()
FORMS_CACHE_SIZE: Final = 100_000  # token forms remembered across documents (cleared when full)


class WordLookup:
    """``speakers.tsv`` entries by token index, looked up on demand and remembered.

    ``get(i)`` is the entry starting at token ``i`` (longest first, up to the longest
    entry's word count), allowing the clitics و ف ب ل ك before it, as a ``Match``.
    What a token's form can start (its bare forms that begin an entry, and the entry
    itself when it is one word only) depends on the form alone, so it is worked out once
    per form and kept on the lexicon (``SpeakerWords.forms``): forms repeat across
    sentences and articles, and most of them start nothing.
    """

    __slots__ = ("_cols", "_words", "_memo")

    def __init__(self, cols: TokenColumns, words: SpeakerWords) -> None:
        self._cols = cols
        self._words = words
        self._memo: dict[int, Match[SpeakerWord] | None] = {}

    def get(self, i: int) -> Match[SpeakerWord] | None:
        hit = self._memo.get(i, _MISS)
        if hit is _MISS:
            hit = self._memo[i] = self._lookup(i)
        return hit  # type: ignore[return-value]

    def __contains__(self, i: int) -> bool:
        return self.get(i) is not None

    def _lookup(self, i: int) -> Match[SpeakerWord] | None:
        cols = self._cols
        norms = cols.norms
        if i < 0 or i >= len(norms):
            return None
        norm0 = norms[i]
        words = self._words
        form = words.forms.get(norm0)
        if form is None:
            form = _form(words, norm0)
        texts = cols.texts
        if not form or not texts[i][:1].isalpha():
            return None  # most tokens: no entry starts with any bare form of this one
        heads, single = form
        if single is not None:  # one word: no tail to build
            head, prefix, payloads = single
            return new_match((cols.starts[i] + len(prefix), cols.ends[i], "", head, payloads, prefix))
        if heads is None:
            return None
        table = words.table
        top = min(words.max_words, len(norms) - i)
        for n in range(top, 0, -1):
            if any(not t[:1].isalpha() for t in texts[i + 1 : i + n]):
                continue
            tail = "".join(" " + w for w in norms[i + 1 : i + n])
            for head, prefix in heads:
                payloads = table.get(head + tail)
                if payloads:
                    start = cols.starts[i] + len(prefix)
                    return new_match((start, cols.ends[i + n - 1], "", head + tail, payloads, prefix))
        return None


def _form(words: SpeakerWords, first: str) -> tuple[Any, ...]:
    """What a token written ``first`` can start, remembered in ``words.forms``.

    ``()`` when none of its bare forms (as written, without و ف, without ب ل ك) begins an
    entry; else ``(heads, single)``: ``heads`` the ``(bare form, clitics)`` pairs to try with
    following words when one begins a longer entry (else None), ``single`` the one-word
    entry ``(head, clitics, payloads)`` when no longer one can start here (else None).
    """
    known = words.heads
    heads = [(first, "")] if first in known else []
    k = 0
    if len(first) > 2 and first[0] in _CONJ:
        k = 1
        if first[1:] in known:
            heads.append((first[1:], first[:1]))
    if len(first) > k + 2 and first[k] in _PREP and first[k + 1 :] in known:
        heads.append((first[k + 1 :], first[: k + 1]))
    if not heads and len(first) > 3 and first[-1] == _ALIF and first[:-1] in words.titles:
        # «غير أن مصدراً في الشرطة», «إن مسؤولاً محلياً»: a title with the alif of its tanween
        heads.append((first[:-1], ""))
    form: tuple[Any, ...]
    if not heads:
        form = ()
    elif any(h in words.first_words for h, _ in heads):
        form = (tuple(heads), None)
    else:
        single = next(((h, p, words.table[h]) for h, p in heads if words.table.get(h)), None)
        form = (None, single) if single is not None else (None, None)
    if len(words.forms) >= FORMS_CACHE_SIZE:
        words.forms.clear()
    words.forms[first] = form
    return form


class Sentences:
    """``Doc.sentence_of`` by one C binary search over the sentence starts (sentences are
    sorted and disjoint), for the hundreds of look-ups a document's attribution makes."""

    __slots__ = ("of_list", "size", "_sents", "_starts")

    def __init__(self, sentences: list[Sentence]) -> None:
        self.of_list = sentences
        self.size = len(sentences)
        self._sents = sentences
        self._starts = [s.start for s in sentences]

    def at(self, pos: int) -> Sentence | None:
        """The sentence containing raw ``pos``, as ``Doc.sentence_of``."""
        k = bisect_right(self._starts, pos) - 1
        if k >= 0:
            s = self._sents[k]
            if pos < s.end:
                return s
        return None


@dataclass
class DocIndex:
    doc: Doc
    lex: SourceLexicon
    words: SpeakerWords
    frames: list[Match[Frame]]
    sources: list[Match[SourceEntry]]
    counted: list[Match[Counted]]
    entity_at: dict[int, Mention]
    # the document's tokens as columns (``doc.token_columns``, read only): a look-up reads a
    # field or two of a token by index, never a ``Token`` tuple (``doc.tokens`` may go lazy)
    tok_starts: list[int]
    tok_ends: list[int] = field(default_factory=list)
    tok_texts: list[str] = field(default_factory=list)
    tok_norms: list[str] = field(default_factory=list)
    # per token index: the match or entity that starts inside that token (after its clitics)
    word_tok: WordLookup = field(init=False)  # set by build_index, once the index exists
    frame_tok: dict[int, Match[Frame]] = field(default_factory=dict)
    source_tok: dict[int, Match[SourceEntry]] = field(default_factory=dict)
    entity_tok: dict[int, Mention] = field(default_factory=dict)
    frame_starts: list[int] = field(default_factory=list)
    cache: dict[object, object] = field(default_factory=dict)
    common_nouns: frozenset[int] = frozenset()  # starts of bare nouns NER called ORG («أشخاص»)
    sentences: Sentences = field(init=False)  # set by build_index

    def _by_token(self, starts: list[int], items: list[Any]) -> dict[int, Any]:
        """``items`` by the index of the token each starts in (``starts`` their starts); the
        first wins a token. The token of ``x`` is ``bisect_right(tok_starts, x) - 1``; the items
        are written last to first, so that the first item of a token is written last. A loop
        (compiled: a native bisect call an item), not ``map`` over ``bisect_right``, which
        called the native function through its Python wrapper (~0.8k instructions an item)."""
        toks = self.tok_starts
        out: dict[int, Any] = {}
        for k in range(len(starts) - 1, -1, -1):
            out[bisect_right(toks, starts[k]) - 1] = items[k]
        out.pop(-1, None)  # an item before the first token
        return out

    def is_number_start(self, pos: int) -> bool:
        """Does a number mention («ثلاثة», «12») start at raw ``pos``?"""
        starts = self.cache.get("number_starts")
        if starts is None:
            starts = self.cache["number_starts"] = frozenset(n.start for n in self.doc.numbers)
        return pos in starts  # type: ignore[operator]

    def token_index(self, pos: int) -> int:
        """Index of the first token starting at or after raw ``pos``."""
        return bisect_left(self.tok_starts, pos)

    def token_start_at(self, pos: int) -> int | None:
        """Where the token containing raw ``pos`` starts, if a token contains it."""
        i = bisect_left(self.tok_starts, pos + 1) - 1
        if i >= 0:
            start = self.tok_starts[i]
            if start <= pos < self.tok_ends[i]:
                return start
        return None

    def is_word(self, i: int) -> bool:
        """``Token.is_word`` of token ``i``: it starts with a letter."""
        return self.tok_texts[i][:1].isalpha()


def _common_noun(m: Mention) -> bool:
    """A bare common noun NER tagged as an organisation («أشخاص», «لمدنيين», «أهالي»).

    One indefinite word with no canonical name: never a source or a speaker (a real
    organisation has a name NER knows, or the article «ال»).
    """
    if m.type not in ("ORG", "NORP") or m.canonical or " " in m.text.strip():
        return False
    key = word_key(m.text)
    for k in range(3):  # و ف + ب ل ك before the article: «والمسلحين», «للمسلحين»
        if key[k : k + 2] == _ARTICLE or (k and key[k - 1 : k + 1] == _LAM + _LAM):
            return False
        if k < len(key) and key[k] not in _CONJ | _PREP:
            break
    return True


CLAIM_FRAME: Final = "claim_responsibility"  # frames.tsv: «تبنى»، «تبنت»
CLAIM_REACH: Final = 7  # words after «تبنى» within which the deed claimed is named
_CLAIMED: Final = frozenset(normalize_key(w) for w in (
    "مسؤولية", "المسؤولية", "مسؤوليته", "مسؤوليتها", "الهجوم", "الهجومين", "الهجمات", "هجوم", "هجمات",
    "التفجير", "التفجيرين", "التفجيرات", "تفجير", "الاعتداء", "الاعتداءات", "العملية", "العمليات",
    "الاغتيال", "اغتيال", "عملية", "الضربة", "الاستهداف", "استهداف", "الغارة", "الكمين", "خطف", "اختطاف",
))  # «تبنى تنظيم داعش الهجوم»، «تبنت حركة طالبان مسؤولية ...»: a deed claimed


_NOT_TOLD: Final = frozenset(normalize_key(w) for w in ("عدم", "بعدم", "دون"))  # «طلب عدم ذكر اسمه»


def _claims_of_deeds(raw: str, frames: list[Match[Frame]]) -> list[Match[Frame]]:
    """Frames without «عدم ذكر» (a name withheld: «قال ضابط، طلب عدم ذكر اسمه، إن ...» is told
    by the officer, not by «اسمه») and without the «تبنى» that adopts something else: «تبنى» reports a claim of
    responsibility (its subject is the source) only when the deed it claims follows within
    ``CLAIM_REACH`` words; «بعد تبني البرلمان قانون عفو» (the verbal noun reads the same once
    normalised) and «تبنى مقولة «...»» report nothing."""
    out = []
    for f in frames:
        before = raw[max(0, f.start - 12):f.start].split()
        if before and normalize_key(before[-1]) in _NOT_TOLD:
            continue  # «طلب عدم ذكر اسمه»: a name withheld, no one reporting
        if f.payloads[0].kind == "transmit" and raw[f.start - 1 : f.start] in _NOUN_PROCLITICS:
            continue  # «وفرت حافلات لنقل العائلات»: the verbal noun «نقل» (transport) relays nothing
        if f.payloads[0].id == CLAIM_FRAME:
            words = raw[f.end : f.end + 80].split()[:CLAIM_REACH]
            if not any(_bare_key(w) in _CLAIMED for w in words):
                continue
        out.append(f)
    return out


_NOUN_PROCLITICS: Final = frozenset({"\u0644", "\u0628"})  # ل ب: only a noun takes them («لنقل», «بنقل»)


def _bare_key(w: str) -> str:
    """A word's key without و / ف and punctuation around it («والهجوم،» -> «الهجوم»)."""
    key = normalize_key(w.strip("\u060c,.:;\u061b\u00ab\u00bb\"()"))
    return key[1:] if key[:1] in ("\u0648", "\u0641") and key[1:] in _CLAIMED else key


def build_index(doc: Doc, sources_path: str | None = None) -> DocIndex:
    if not doc.sentences:
        doc.segment()
    lex = source_lexicon(sources_path) if sources_path else source_lexicon()
    words = speaker_words()
    norm = doc.norm
    view = word_view(norm)
    found = (lexicon_set(sources_path) if sources_path else lexicon_set()).find(norm, view)
    frames = _claims_of_deeds(doc.raw, cast("list[Match[Frame]]", found["frames"]))
    sources = cast("list[Match[SourceEntry]]", found["sources"])
    counted = cast("list[Match[Counted]]", found["counted"])
    cols = doc.token_columns
    entity_at: dict[int, Mention] = {}
    common: set[int] = set()
    for m in doc.entities:
        if m.type not in SPEAKER_TYPES and m.actor is None:
            continue
        if _common_noun(m):
            common.add(m.start)
        else:
            prev = entity_at.get(m.start)
            if prev is None or m.end > prev.end:
                entity_at[m.start] = m
    ix = DocIndex(
        doc=doc,
        lex=lex,
        words=words,
        frames=frames,
        sources=sources,
        counted=counted,
        entity_at=entity_at,
        tok_starts=cols.starts,
        tok_ends=cols.ends,
        tok_texts=cols.texts,
        tok_norms=cols.norms,
        common_nouns=frozenset(common),
    )
    ix.sentences = Sentences(doc.sentences)
    ix.word_tok = WordLookup(cols, words)
    ix.frame_starts = list(map(_START, frames))
    ix.frame_tok = ix._by_token(ix.frame_starts, frames)
    ix.source_tok = ix._by_token(list(map(_START, sources)), sources)
    ent_starts = sorted(entity_at)
    ix.entity_tok = ix._by_token(ent_starts, list(map(entity_at.__getitem__, ent_starts)))
    return ix
