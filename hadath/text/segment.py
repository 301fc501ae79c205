"""Sentences, tokens and clitics, all as offsets into the raw text.

Sentences end at ``. ! ? ؟`` followed by space, or at a line break, but not inside «...»
or (...) that are still open on the same paragraph (a quotation often spans clauses), not
after a one-letter abbreviation («أ. ف. ب»), and list markers start a new sentence.
Trailing site boilerplate («مشاركة :», «اقرأ أيضا») is cut off.

Clitics: Arabic attaches و ف (conjunctions), ب ل ك (prepositions), س (future) and the
article ال to the word. :func:`split_clitics` proposes the stem of a token so that
«والسيطرة» yields «السيطرة»/«سيطرة» and «لـ«داعش»» yields «داعش», keeping offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from hadath.text.normalize import normalize_key

_SENT_END = regex.compile(r"[.!?\u061f\u06d4]+[\"'»”)\]]*(?=\s)|\n\s*")
_BOILERPLATE = regex.compile(
    r"(?:\s*(?:مشاركة|شارك|اقرأ أيضا|اقرأ أيضاً|المصدر|تابعونا|للمزيد)\s*[:：]?\s*)+$"
)
_LIST_MARKER = regex.compile(r"(?m)^[ \t]*(?:[-*•▪–]|\d{1,2}[.)-]|[\u0660-\u0669]{1,2}[.)-])[ \t]+")
_TOKEN = regex.compile(r"[\p{L}\p{M}\u0640]+|[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*|\S")
_OPENERS = {"«": "»", "(": ")", "“": "”"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """A token; ``stem_start`` is where the word proper starts after proclitics."""

    start: int
    end: int
    text: str
    norm: str
    stem_start: int
    stem: str

    @property
    def prefix(self) -> str:
        return self.norm[: len(self.norm) - len(self.stem)]

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentence spans (leading/trailing whitespace trimmed)."""
    cuts: list[int] = [0]
    # list markers start a new sentence
    for m in _LIST_MARKER.finditer(text):
        if m.start() > 0:
            cuts.append(m.start())
    depth: list[str] = []
    last = 0
    for m in _SENT_END.finditer(text):
        # update quote/paren depth over text[last:m.start()]
        for ch in text[last : m.end()]:
            if ch in _OPENERS:
                depth.append(ch)
            elif ch in _CLOSERS and depth and depth[-1] == _CLOSERS[ch]:
                depth.pop()
        last = m.end()
        if "\n" in m.group():
            depth.clear()
            cuts.append(m.end())
            continue
        if depth:
            continue
        # one-letter abbreviation before the dot: «أ. ف. ب.»
        s = m.start()
        if m.group()[0] == "." and s >= 1 and text[s - 1].isalpha() and (s < 2 or not text[s - 2].isalpha()):
            continue
        cuts.append(m.end())
    cuts.append(len(text))
    out: list[Sentence] = []
    for a, b in zip(sorted(set(cuts)), sorted(set(cuts))[1:], strict=False):
        seg = text[a:b]
        bp = _BOILERPLATE.search(seg)
        if bp and bp.start() > 0:
            seg = seg[: bp.start()]
        elif bp:
            continue
        lstrip = len(seg) - len(seg.lstrip())
        rstrip = len(seg.rstrip())
        if rstrip > lstrip:
            out.append(Sentence(a + lstrip, a + rstrip))
    return out


_PROCLITIC = regex.compile(r"^(?P<conj>[وف])?(?P<prep>[بلك])?(?P<art>ال)?")


def split_clitics(word: str) -> tuple[int, str]:
    """Return ``(offset, stem)``: where the stem starts in the *normalised* word, and the stem.

    Conservative: و ف ب ل ك are only taken off when what follows is a definite article
    (والسيطرة، بالرقة، للجيش) or when the word is long enough that a clitic is likely and
    the remainder is itself a known word form. Without a lexicon we prefer the whole word.
    """
    if word.startswith("لل") and len(word) > 4:
        # للجيش = ل + (ا)ل + جيش ; keep the article's lam in the stem: «لجيش» -> «الجيش» form
        return 1, "ا" + word[1:]
    m = _PROCLITIC.match(word)
    if not m or not m.group():
        return 0, word
    if m.group("art"):
        start = m.start("art")
        if len(word) - m.end() >= 2:
            return start, word[start:]
    return 0, word


def tokens(text: str) -> list[Token]:
    """Tokenise ``text``; each token knows its normalised form and clitic-free stem."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        norm = normalize_key(t)
        if not norm:
            continue
        off, stem = split_clitics(norm) if t[0].isalpha() else (0, norm)
        # map the normalised stem offset back to the raw token (deleted marks shift it)
        raw_off = _raw_offset(t, off)
        out.append(Token(m.start(), m.end(), t, norm, m.start() + raw_off, stem))
    return out


def _raw_offset(token: str, norm_off: int) -> int:
    if norm_off == 0:
        return 0
    seen = 0
    for i, ch in enumerate(token):
        if seen == norm_off:
            return i
        if normalize_key(ch):
            seen += 1
    return len(token)
