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

import codecs
import re
from functools import lru_cache, partial
from itertools import repeat, starmap
from types import FunctionType
from typing import TYPE_CHECKING, Final, NamedTuple

import numpy as np
import regex

from hadath.text.normalize import DIACRITIC, KEPT, RAW_KINDS, Normalized, normalize

if TYPE_CHECKING:  # only annotations name it: a machine integer in the compiled build (mypyc)
    from mypy_extensions import i64

_SENT_END: Final = regex.compile(r"[.!?\u061f\u06d4]+[\"'»”)\]]*(?=\s)|\n\s*")
_BOILERPLATE_WORDS: Final = ("مشاركة", "شارك", "اقرأ أيضا", "اقرأ أيضاً", "المصدر", "تابعونا", "للمزيد")
_BOILERPLATE: Final = regex.compile(r"(?:\s*(?:" + "|".join(_BOILERPLATE_WORDS) + r")\s*[:：]?\s*)+$")
_LIST_MARKER: Final = regex.compile(r"(?m)^[ \t]*(?:[-*•▪–]|\d{1,2}[.)-]|[\u0660-\u0669]{1,2}[.)-])[ \t]+")
_OPENERS = {"«": "»", "(": ")", "“": "”"}
_CLOSERS: Final = {v: k for k, v in _OPENERS.items()}


_PARAGRAPH_BREAK: Final = regex.compile(r"\n\s*")


def paragraph_breaks(text: str) -> int:
    """Paragraph breaks in ``text``: a newline with the blank lines and spaces after it
    counts once (the ``nl`` sentence boundary of :func:`sentences`)."""
    return len(_PARAGRAPH_BREAK.findall(text))


def more_breaks_than(text: str, a: int, b: int, most: int) -> bool:
    """Are there more than ``most`` paragraph breaks in ``text[a:b]``? Counting newlines first
    is cheap: no more newlines than ``most`` needs no count of breaks (a run is one break)."""
    return text.count("\n", a, b) > most and paragraph_breaks(text[a:b]) > most


def paragraph_break_starts(text: str) -> list[int]:
    """Where each paragraph break of :func:`paragraph_breaks` starts in ``text``: the breaks in
    ``text[a:b]`` are those that start in ``[a, b)``, and one more when ``a`` falls inside a
    break whose rest holds a newline (``hadath.events.context.more_breaks`` reads them so)."""
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph after the first starts (after the break of :func:`paragraph_breaks`):
    the paragraph of raw ``pos`` is ``bisect_right(paragraph_starts(text), pos)``."""
    return [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


_PARAGRAPHS: Final = "_paragraph_starts"  # a document's extras: (raw, paragraph_starts(raw))


def doc_paragraph_starts(extras: dict[str, object], raw: str) -> list[int]:
    """:func:`paragraph_starts` of a document's ``raw``, found once and kept in its ``extras``:
    the claims and the events' coreference, arguments and place fallback each asked for it, a
    scan of the whole text each time. The list is shared: its readers never change it."""
    got = extras.get(_PARAGRAPHS)
    if isinstance(got, tuple) and got[0] is raw:
        starts: list[int] = got[1]
        return starts
    starts = paragraph_starts(raw)
    extras[_PARAGRAPHS] = (raw, starts)
    return starts


class Sentence(NamedTuple):
    start: int
    end: int


class Token(NamedTuple):
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


_EVENTS: Final = regex.compile(
    r"(?P<open>[«(“])|(?P<close>[»)”])|(?P<end>[.!?\u061f\u06d4]+[\"'»”)\]]*(?=\s))|(?P<nl>\n\s*)"
)
# (module constants that hot loops read are Final: the compiled build holds them in C, where a
# plain module name is a look-up in the module's dict at every use)
# :data:`_EVENTS` taken apart: the first character of each alternative (they are disjoint)
# in a code-point table, and the two alternatives that run on as regexes of their own
_OPEN: Final = 1
_CLOSE: Final = 2
_END: Final = 3
_NL: Final = 4
_EVENT_KIND: Final = np.zeros(0x10000, dtype=np.int8)
_EVENT_KIND[[ord(ch) for ch in _OPENERS]] = _OPEN
_EVENT_KIND[[ord(ch) for ch in _CLOSERS]] = _CLOSE
_EVENT_KIND[[ord(ch) for ch in ".!?\u061f\u06d4"]] = _END
_EVENT_KIND[ord("\n")] = _NL
_END_RUN: Final = regex.compile(r"[.!?\u061f\u06d4]+[\"'»”)\]]*(?=\s)")
_NL_RUN: Final = regex.compile(r"\n\s*")
_SPACE_AFTER: Final = frozenset((" ", "\n"))
_BMP: Final = "".join(map(chr, range(0x10000)))
# what ``\s`` of :data:`_NL_RUN` matches (a paragraph break runs on over these), and what a
# line that opens with a :data:`_LIST_MARKER` starts with: read off ``regex`` itself
_RUN_SPACE: Final = frozenset(regex.findall(r"\s", _BMP))
_MARKER_FIRST: Final = frozenset(regex.findall(r"[ \t\-*\u2022\u25aa\u2013\d\u0660-\u0669]", _BMP))
del _BMP


def _may_end_in_boilerplate(seg: str) -> bool:
    """Cheap necessary condition for :data:`_BOILERPLATE`: the segment ends with one of its
    words, maybe followed by a colon. The regex search from the last 60 characters cost
    ~3 µs a segment; this test is a tenth of that (``\\s`` is a subset of ``str.isspace``)."""
    r = seg.rstrip()
    if r.endswith((":", "：")):
        r = r[:-1].rstrip()
    return r.endswith(_BOILERPLATE_WORDS)


_new_sentence: Final = partial(tuple.__new__, Sentence)
# what a segment that :func:`_may_end_in_boilerplate` lets through ends with, once right-stripped
_BOILERPLATE_TAILS: Final = (*_BOILERPLATE_WORDS, ":", "：")
# their last characters: a segment ending with none of them is no boilerplate (one set
# look-up, where ``str.endswith`` with a tuple is a generic method call)
_TAIL_LAST: Final = frozenset(w[-1] for w in _BOILERPLATE_TAILS)


def sentences(text: str, codes: np.ndarray | None = None) -> list[Sentence]:
    """Split ``text`` into sentence spans (leading/trailing whitespace trimmed); ``codes``,
    the code points of ``text`` when the caller has them (:attr:`Normalized.raw_codes`).

    The trimming reads the characters at a segment's two ends, never a copy of it.
    """
    bounds = _bounds(text, codes)
    out: list[Sentence] = []
    # index loops over typed locals: compiled by mypyc, they run on machine integers (a
    # ``zip`` of the bounds hands out boxed objects)
    last = len(bounds) - 1
    i = 0
    while i < last:
        a: int = bounds[i]
        b: int = bounds[i + 1]
        i += 1
        e = b  # the segment's end, trailing whitespace dropped (what ``rstrip`` drops)
        while e > a and text[e - 1].isspace():
            e -= 1
        if e > a and text[e - 1] in _TAIL_LAST and text.endswith(_BOILERPLATE_TAILS, a, e):
            seg = text[a:b]
            if _may_end_in_boilerplate(seg):
                bp = _BOILERPLATE.search(seg, max(0, len(seg) - 60))
                if bp and bp.start() > 0:
                    e = a + len(seg[: bp.start()].rstrip())
                elif bp:
                    continue
        if e > a:
            s = a
            while text[s].isspace():  # stops before ``e``: ``text[e - 1]`` is no space
                s += 1
            out.append(_new_sentence((s, e)))
    return out


def _bounds(text: str, codes: np.ndarray | None = None) -> list[int]:
    """Where sentences may be cut: 0, the ends found, the list markers, ``len(text)``.

    The cuts are those of a walk over the :data:`_EVENTS` matches. That regex scan cost
    ~90 µs an article; here a code-point table finds the ~100 characters that can start an
    event (``«`` ``)`` ``.`` a line break ...) in a few array operations, and only a sentence
    end not followed by a plain space and a line break run on as regexes. A failed end
    («2.5») is no event and the next characters are tried, as ``finditer`` does. A list
    marker can only open a line: it is tried after each line break, where the line's first
    character may open one (:data:`_MARKER_FIRST`), not searched for over the whole text.
    """
    if codes is None:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    kinds = _EVENT_KIND.take(codes, mode="clip")  # past the BMP: U+FFFF, no event
    at = np.flatnonzero(kinds)
    # position and kind in one int; typed, so that the compiled loops below shift and mask
    # machine integers and index ``text`` with them (a list of boxed objects otherwise)
    events: list[int] = (at * 8 + kinds[at]).tolist()
    n = len(text)
    cuts: list[int] = [0]
    # list markers start a new sentence
    for ev in events:
        if ev & 7 == _NL:
            p = (ev >> 3) + 1
            if p < n and (text[p] in _MARKER_FIRST or text[p] > "\uffff") and _LIST_MARKER.match(text, p):
                cuts.append(p)
    depth: list[str] = []
    done = 0  # end of the last event: what lies before was read with it
    for ev in events:
        p = ev >> 3
        kind = ev & 7
        if p < done:
            continue
        if kind == _NL:
            depth.clear()
            done = p + 1  # the break runs on over what ``_NL_RUN`` takes
            while done < n and text[done] in _RUN_SPACE:
                done += 1
            cuts.append(done)
        elif kind == _OPEN:
            depth.append(text[p])
        elif kind == _CLOSE:
            if depth and depth[-1] == _CLOSERS[text[p]]:
                depth.pop()
        else:
            # a sentence end: its trailing closers may close what is open
            if p + 1 < n and text[p + 1] in _SPACE_AFTER:
                done = p + 1
                g = text[p]  # «. »: the whole match, no regex needed
            else:
                em = _END_RUN.match(text, p)
                if em is None:
                    continue
                done = em.end()
                g = em[0]
            if depth:
                for ch in g:
                    if ch in _CLOSERS and depth and depth[-1] == _CLOSERS[ch]:
                        depth.pop()
                if depth:
                    continue
            # one-letter abbreviation before the dot: «أ. ف. ب.»
            if g[0] == "." and p >= 1 and text[p - 1].isalpha() and (p < 2 or not text[p - 2].isalpha()):
                continue
            cuts.append(done)
    cuts.append(n)
    return sorted(set(cuts))


_NORM_TOKEN: Final = re.compile(r"[^\W\d_]+|\d+(?:[.,\u066b\u066c]\d+)*|\S")
_CONJ: Final = frozenset("\u0648\u0641")  # و ف
_PREP: Final = frozenset("\u0628\u0644\u0643")  # ب ل ك
_ART: Final = "\u0627\u0644"  # ال
_LIL: Final = "\u0644\u0644"  # لل


def split_clitics(word: str) -> tuple[int, str]:
    """Return ``(offset, stem)``: where the stem starts in the *normalised* word, and the stem.

    Conservative: و ف ب ل ك are only taken off when a definite article follows
    (والسيطرة، بالرقة، للجيش); «وزير» stays whole. For «للجيش» the stem is given as
    «الجيش» (the article's alef is elided after ل) starting at the second lam.
    """
    i = 0
    if len(word) > 1 and word[0] in _CONJ:
        i = 1
    if word.startswith(_LIL, i) and len(word) - i > 4:
        return i + 1, _ART + word[i + 2 :]
    if len(word) > i + 1 and word[i] in _PREP and word.startswith(_ART, i + 1):
        i += 1
    if word.startswith(_ART, i) and len(word) - i - 2 >= 2:
        return i, word[i:]
    return 0, word


# character classes of :data:`_NORM_TOKEN`: a token is a run of letters, a run of digits
# (separators joined when a digit follows), or any other single non-space character
_SPACE: Final = 0
_LETTER: Final = 1
_DIGIT: Final = 2
_OTHER: Final = 3
_SEP: Final = 4
_IS_SPACE, _IS_LETTER, _IS_DIGIT = re.compile(r"\s"), re.compile(r"[^\W\d_]"), re.compile(r"\d")


@lru_cache(maxsize=1)
def _class_table() -> np.ndarray:
    """Class of every BMP code point, read off ``re`` itself so that the vectorised
    tokeniser agrees with :data:`_NORM_TOKEN` by construction (built on first use, ~5 ms)."""
    bmp = "".join(map(chr, range(0x10000)))
    table = np.full(0x10000, _OTHER, dtype=np.int8)
    for pattern, cls in ((_IS_SPACE, _SPACE), (_IS_LETTER, _LETTER), (_IS_DIGIT, _DIGIT)):
        for m in re.finditer(pattern.pattern + "+", bmp):
            table[m.start() : m.end()] = cls
    for ch in ".,\u066b\u066c":
        table[ord(ch)] = _SEP
    return table


@lru_cache(maxsize=1)
def _class_chars() -> str:
    """:func:`_class_table` as a string, one character a code point (``ord(table[c])``):
    compiled code reads a character of a string as a machine integer, where an array
    element is a boxed object."""
    return _class_table().astype(np.uint8).tobytes().decode("latin-1")


def _char_class(ch: str) -> int:
    """Class of one character outside the BMP (rare: emoji, mathematical digits)."""
    for pattern, cls in ((_IS_SPACE, _SPACE), (_IS_LETTER, _LETTER), (_IS_DIGIT, _DIGIT)):
        if pattern.match(ch):
            return cls
    return _OTHER


def _token_bounds(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets of the :data:`_NORM_TOKEN` matches in ``text``, vectorised.

    ``re.split`` with that pattern took ~0.4 ms an article; class look-ups and run
    boundaries over the code-point array take a tenth of that.
    """
    return _token_bounds_of(_codes(text), text)


def _codes(text: str) -> np.ndarray:
    """The code points of ``text`` as an array (a view on its UTF-32 encoding)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _token_bounds_of(codes: np.ndarray, text: str) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_token_bounds` on the code points ``codes`` of ``text``."""
    return _token_bounds_and_clitics(codes, text)[:2]


@lru_cache(maxsize=1)
def _token_table() -> np.ndarray:
    """:func:`_class_table` and :data:`_CLITIC_CLASS` in one table (the class in the low three
    bits): the tokeniser reads both off the same code points with one gather."""
    return (_class_table() | (_CLITIC_CLASS << 3)).astype(np.int8)


def _token_bounds_and_clitics(codes: np.ndarray, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_token_bounds_of`, and the :data:`_CLITIC_CLASS` of every code point (what
    :func:`_stems` reads), both from one gather of :func:`_token_table` (one gather of a
    4,000-character text costs ~65,000 instructions, callgrind)."""
    if not len(codes):
        return codes.astype(np.int64), codes.astype(np.int64), codes.astype(np.int8)
    table = _token_table()
    if int(codes.max()) < 0x10000:
        both = table.take(codes)  # ``take``: a third of the cost of fancy indexing
        cls = both & 7
    else:
        both = table.take(np.minimum(codes, 0xFFFF))  # past the BMP: U+FFFF, clitic class «other»
        cls = both & 7
        for i in np.flatnonzero(codes >= 0x10000).tolist():
            cls[i] = _char_class(text[i])
    sep = np.flatnonzero(cls == _SEP)
    if len(sep):
        # «1,500» «2.5»: a separator between two digits belongs to the number
        padded = np.concatenate(([_OTHER], cls, [_OTHER]))
        joined = (padded[sep] == _DIGIT) & (padded[sep + 2] == _DIGIT)
        cls[sep] = np.where(joined, _DIGIT, _OTHER)
    # change[i]: the class changes between characters i - 1 and i (the text's two ends count)
    change = np.ones(len(cls) + 1, dtype=np.bool_)
    np.not_equal(cls[1:], cls[:-1], out=change[1:-1])
    solid = cls != _SPACE
    single = cls == _OTHER
    starts = np.flatnonzero(solid & (change[:-1] | single))
    ends = np.flatnonzero(solid & (change[1:] | single)) + 1
    return starts, ends, both >> 3


class TokenColumns(NamedTuple):
    """The token list as columns: ``starts[i] == tokens[i].start`` and so on, the very same
    objects (no copies). The tokeniser makes the columns; the tuples are built from them
    only when asked for (:func:`tokens_of`), so a stage that reads a field of every token
    (``bisect`` on the starts, a vocabulary look-up of the normalised words) takes a column
    and nobody pays for ~800 tuples an article."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    norms: list[str]
    stem_starts: list[int]
    stems: list[str]


_NO_COLUMNS: Final = TokenColumns([], [], [], [], [], [])


def tokens(text: str, norm: Normalized | None = None) -> list[Token]:
    """Tokenise ``text``; each token knows its normalised form and clitic-free stem.

    Tokenisation runs once on the normalised text (:func:`_token_bounds`, vectorised); the
    offsets map back to the raw text through the offset arrays in one step. Per token only
    C-level calls run (bulk string cuts, tuple construction), no Python frame, except for
    the tenth of words whose stem is cut after a proclitic (:func:`_stems`): ~850 tokens
    in a 700-word article.
    """
    return tokens_of(token_columns(text, norm))


def token_table(text: str, norm: Normalized | None = None) -> tuple[list[Token], TokenColumns]:
    """:func:`tokens` and the same tokens as :class:`TokenColumns` (the very same objects)."""
    cols = token_columns(text, norm)
    return tokens_of(cols), cols


def tokens_of(cols: TokenColumns) -> list[Token]:
    """The :class:`Token` tuples of ``cols``, field objects shared with the columns."""
    # ``tuple.__new__(Token, fields)`` for each token, called straight from C: a fifth
    # cheaper than ``map`` over a ``partial`` (no per-token argument tuple to build)
    return list(starmap(tuple.__new__, zip(repeat(Token), zip(*cols, strict=True))))


def token_columns(text: str, norm: Normalized | None = None) -> TokenColumns:
    """The tokens of :func:`tokens` as :class:`TokenColumns`, without building a tuple per
    token (what :attr:`hadath.doc.Doc.token_columns` holds).

    Two tokenisers give the same columns (``tests/text/test_segment.py``): the compiled
    build runs :func:`_scan`, one loop over the characters on machine integers (0.55M
    instructions a benchmark article where the vectorised one costs 1.80M, callgrind); pure
    Python runs :func:`_vector_columns`, array operations, since a character loop costs
    fifteen times as much there (27M).
    """
    n = norm if norm is not None else normalize(text)
    if not n.text:
        return _NO_COLUMNS
    return _scan_columns(text, n) if _COMPILED else _vector_columns(text, n)


def _vector_columns(text: str, n: Normalized) -> TokenColumns:
    """:func:`token_columns` in pure Python: vectorised (numpy)."""
    ncodes = n.codes if n.codes is not None else _codes(n.text)
    nstarts, nends, clitic_classes = _token_bounds_and_clitics(ncodes, n.text)
    if not len(nstarts):
        return _NO_COLUMNS
    rcodes = n.raw_codes if n.raw_codes is not None else _codes(text)
    if n.starts is None or n.ends is None:
        rstarts, rends = nstarts, nends  # nothing deleted: the offsets are the raw ones
    else:
        rstarts, rends = n.starts.take(nstarts), n.ends.take(nends - 1)
    words, texts = _pieces(ncodes, nstarts, nends, rcodes, rstarts, rends)
    if len(texts) != len(words):  # never seen (see :func:`_pieces`); slicing is always right
        texts = [text[a:b] for a, b in zip(rstarts.tolist(), rends.tolist(), strict=True)]
    starts = rstarts.tolist()
    stems, stem_starts = _stems(clitic_classes, nstarts, nends, words, starts, n)
    return TokenColumns(starts, rends.tolist(), texts, words, stem_starts, stems)


# :func:`split_clitics` as a table. A word's proclitics are read off its first four letters,
# each only as one of five classes, and its length (no rule looks past the fourth letter nor
# tells lengths above six apart); the table is filled by ``split_clitics`` itself on a word
# of each shape, so the vectorised cut agrees with it by construction
_CLITIC_CLASS_OF: Final = ("\u062a", "\u0648\u0641", "\u0644", "\u0628\u0643", "\u0627")  # other, و ف, ل, ب ك, ا
_MAX_LEN: Final = 7


def _clitic_tables() -> tuple[np.ndarray, np.ndarray]:
    """The class of every BMP code point, and the cut of every (four classes, length) key:
    ``offset + 4 * lil`` («للجيش»: the stem is «ال» + the rest), 0 for a word left whole."""
    classes = np.zeros(0x10000, dtype=np.int16)
    for k, chars in enumerate(_CLITIC_CLASS_OF[1:], start=1):
        classes[[ord(ch) for ch in chars]] = k
    n = len(_CLITIC_CLASS_OF)
    cuts = np.zeros(n**4 * (_MAX_LEN + 1), dtype=np.int8)
    for key in range(n**4):
        letters = "".join(_CLITIC_CLASS_OF[key // n ** (3 - j) % n][0] for j in range(4))
        for length in range(1, _MAX_LEN + 1):
            word = (letters + "\u062a" * _MAX_LEN)[:length]
            offset, stem = split_clitics(word)
            lil = stem != word[offset:]  # «للجيش»: «ال» + what follows the second lam
            cuts[key * (_MAX_LEN + 1) + length] = offset + 4 * lil
    return classes, cuts


_CLITIC_CLASS, _CLITIC_CUT = _clitic_tables()


def _stems(
    cls: np.ndarray, starts: np.ndarray, ends: np.ndarray, words: list[str], raw_starts: list[int], n: Normalized
) -> tuple[list[str], list[int]]:
    """The stems and stem starts (raw) of the tokens: :func:`split_clitics` of every word,
    read off the classes of the first four letters of all tokens at once (one table look-up
    a token, :data:`_CLITIC_CUT`).

    Only a word with a proclitic before the article («والجيش»، «بالرقة»، «للجيش»: a tenth
    of the tokens) has a stem other than itself; those few are cut in Python. A cached
    ``split_clitics`` per word cost a dictionary look-up (and a hash) for every token.
    """
    # ``cls``: the :data:`_CLITIC_CLASS` of every code point (:func:`_token_bounds_and_clitics`)
    key = cls.take(starts, mode="clip").astype(np.int16)  # past a word's end: ignored by the table (length)
    for k in (1, 2, 3):
        key *= 5
        key += cls.take(starts + k, mode="clip")
    key *= _MAX_LEN + 1
    key += np.minimum(ends - starts, _MAX_LEN)
    cut = _CLITIC_CUT.take(key)
    at = np.flatnonzero(cut)
    stems = list(words)
    stem_starts = list(raw_starts)
    if len(at):
        cuts = cut[at]
        offs = cuts & 3
        pos = starts[at] + offs
        raw_pos: list[int] = (pos if n.starts is None else n.starts.take(pos)).tolist()
        # typed lists and an index loop: machine integers in the compiled build
        at_list: list[int] = at.tolist()
        off_list: list[int] = offs.tolist()
        lil_list: list[bool] = (cuts >= 4).tolist()
        for j in range(len(at_list)):
            k = at_list[j]
            o = off_list[j]
            w = words[k]
            stems[k] = _ART + w[o + 1 :] if lil_list[j] else w[o:]
            stem_starts[k] = raw_pos[j]
    return stems, stem_starts


def _pieces(
    ncodes: np.ndarray, nstarts: np.ndarray, nends: np.ndarray, rcodes: np.ndarray, rstarts: np.ndarray, rends: np.ndarray
) -> tuple[list[str], list[str]]:
    """The normalised words and the raw texts of the tokens, cut in bulk.

    Every piece's code points are gathered into one buffer, each followed by one space:
    the normalised words, then the raw texts. One decode and one ``str.split(" ")`` (a
    search for one character, where ``split()`` asks of every character whether it is
    whitespace) cut them all; the first half of the pieces are the words. A token holds no
    whitespace and a raw span only its letters and what normalisation deleted (diacritics,
    tatweel, invisible marks: no space among them), so each piece is its span's slice; the
    caller checks the count of raw pieces and falls back to slicing should a raw span ever
    hold a space. Per-token slicing in a comprehension cost three times as much; splitting
    both whole texts, the raw one blanked between the spans and a space inserted between
    touching spans, cost ~0.4M instructions an article more than this gather (callgrind).
    """
    k = len(nstarts)
    shift = len(ncodes)
    codes = np.concatenate((ncodes, rcodes, _ONE_SPACE))
    starts = np.concatenate((nstarts, rstarts + shift))
    lens = np.concatenate((nends, rends + shift))
    lens -= starts
    lens += 1  # each piece and its space
    ends = np.cumsum(lens)  # one past each piece's space in the buffer
    # buffer position -> code point index: one more than the position before, except at a
    # piece's first position, which jumps to the piece's start (a running sum of steps; the
    # steps at the pieces' spaces make no difference, those positions are set below)
    step = np.ones(int(ends[-1]), dtype=np.int64)
    step[0] = starts[0]
    step[ends[:-1]] = starts[1:] - starts[:-1] - lens[:-1] + 1
    at = step.cumsum()
    ends -= 1
    at[ends] = len(codes) - 1  # the space appended to the code points
    both = codes.take(at)
    if int(both.max()) < 0xD800:
        # below the surrogates: 16-bit units are the text's UTF-16, decoded at less than
        # half the cost of UTF-32 (~0.08M instructions an article less, callgrind)
        pieces = _decode_utf16(both.astype(np.uint16).data)[0].split(" ")
    else:
        pieces = _decode_utf32(both.data)[0].split(" ")
    return pieces[:k], pieces[k:-1]  # the last piece: the empty string after the last space


_decode_utf16, _decode_utf32 = codecs.utf_16_le_decode, codecs.utf_32_le_decode
_ONE_SPACE: Final = np.array([ord(" ")], dtype=np.uint32)


def _scan_columns(text: str, n: Normalized) -> TokenColumns:
    """:func:`token_columns` of the compiled build: :func:`_scan`, a loop over the characters."""
    if n.starts is None or n.ends is None:  # nothing deleted: the offsets are the raw ones
        return _scan(n.text, text, _class_chars(), False)
    if n.raw_codes is not None:  # the table path: each raw character kept as one or deleted
        return _scan(n.text, text, _class_chars(), True)
    # presentation forms (ﻻ -> لا): the offsets through the maps, the texts sliced
    cols = _scan(n.text, n.text, _class_chars(), False)
    if not cols.starts:
        return _NO_COLUMNS
    starts: list[int] = n.starts.take(cols.starts).tolist()
    ends: list[int] = n.ends.take(np.asarray(cols.ends) - 1).tolist()
    texts = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    stem_starts: list[int] = n.starts.take(cols.stem_starts).tolist()
    return TokenColumns(starts, ends, texts, cols.norms, stem_starts, cols.stems)


_WAW: Final = 0x0648
_FA: Final = 0x0641
_LAM: Final = 0x0644
_BA: Final = 0x0628
_KAF: Final = 0x0643
_ALEF: Final = 0x0627


def _scan(text: str, raw: str, classes: str, walk: bool) -> TokenColumns:
    """The tokens of the normalised ``text`` of ``raw``, in one pass over its characters.

    ``classes``: :func:`_class_chars`. Without ``walk`` the offsets are those of ``text``;
    with it, ``raw`` is walked alongside: each of its characters is kept as one character
    of ``text`` or deleted (:data:`RAW_KINDS`), and a token's raw end runs on over the
    diacritics after its last character (:meth:`Normalized.raw_end`). A token's raw text is
    its normalised word itself when the two are the same characters (two tokens in three of
    news text), sliced otherwise; the stem is :func:`split_clitics` of the word, read off
    its first letters.

    Indices and code points are ``i64``: compiled by mypyc, the loops run on machine
    integers and ``ord(s[i])`` reads a character without making a string of it. The
    vectorised tokeniser (:func:`_vector_columns`) pays a fixed cost per array operation
    and its bulk cut of the pieces (a gather, a decode, ``str.split``) more than a slice a
    token; a token whose raw text is its word is cut once here.
    """
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    norms: list[str] = []
    stem_starts: list[int] = []
    stems: list[str] = []
    n: i64 = len(text)
    n_raw: i64 = len(raw)
    kinds = RAW_KINDS
    i: i64 = 0
    # the walk: ``raw[r]`` is the character ``text[p]`` came from
    p: i64 = 0
    r: i64 = 0
    rc: i64  # a code point of ``raw``, its kind read inline (not a _raw_kind call a character)
    if walk:
        while r < n_raw and _raw_kind(kinds, raw, r) != KEPT:
            r += 1
    while i < n:
        c: i64 = ord(text[i])
        k: i64 = ord(classes[c]) if c < 0x10000 else _char_class(text[i])
        if k == _SPACE:
            i += 1
            continue
        a = i
        i += 1
        if k == _LETTER or k == _DIGIT:
            while i < n:
                c = ord(text[i])
                k2: i64 = ord(classes[c]) if c < 0x10000 else _char_class(text[i])
                if k2 != k:
                    # «1,500» «2.5»: a separator between two digits belongs to the number
                    if k2 != _SEP or k != _DIGIT or i + 1 >= n:
                        break
                    c = ord(text[i + 1])
                    if (ord(classes[c]) if c < 0x10000 else _char_class(text[i + 1])) != _DIGIT:
                        break
                    i += 1
                i += 1
        # (a token that starts at a separator is no number: a digit before it would have
        # taken it in)
        b = i
        word = text[a:b]
        size = b - a
        # the stem: :func:`split_clitics` of ``word``
        o: i64 = 0
        lil = False
        if size >= 4:
            j: i64 = a
            c = ord(text[a])
            if c == _WAW or c == _FA:
                j = a + 1
            if b - j > 4 and ord(text[j]) == _LAM and ord(text[j + 1]) == _LAM:
                o = j + 1 - a
                lil = True
            else:
                c = ord(text[j])
                if (
                    (c == _BA or c == _LAM or c == _KAF)
                    and b - j >= 3
                    and ord(text[j + 1]) == _ALEF
                    and ord(text[j + 2]) == _LAM
                ):
                    j += 1
                if b - j >= 4 and ord(text[j]) == _ALEF and ord(text[j + 1]) == _LAM:
                    o = j - a
        if walk:
            while p < a:
                p += 1
                r += 1
                rc = ord(raw[r])
                while rc < 0x10000 and ord(kinds[rc]) != KEPT:
                    r += 1
                    rc = ord(raw[r])
            rs = r
            if o:
                while p < a + o:
                    p += 1
                    r += 1
                    rc = ord(raw[r])
                    while rc < 0x10000 and ord(kinds[rc]) != KEPT:
                        r += 1
                        rc = ord(raw[r])
            ss = r
            while p < b - 1:
                p += 1
                r += 1
                rc = ord(raw[r])
                while rc < 0x10000 and ord(kinds[rc]) != KEPT:
                    r += 1
                    rc = ord(raw[r])
            re_ = r + 1
            while re_ < n_raw:
                rc = ord(raw[re_])
                if rc >= 0x10000 or ord(kinds[rc]) != DIACRITIC:
                    break
                re_ += 1
        else:
            rs = a
            ss = a + o
            re_ = b
        starts.append(rs)
        ends.append(re_)
        norms.append(word)
        if re_ - rs == size:
            same = True
            q: i64 = 0
            while q < size:
                if ord(raw[rs + q]) != ord(text[a + q]):
                    same = False
                    break
                q += 1
            texts.append(word if same else raw[rs:re_])
        else:
            texts.append(raw[rs:re_])
        stem_starts.append(ss)
        if lil:  # «للجيش»: «ال» + what follows the second lam
            stems.append(_ART + text[a + o + 1 : b])
        elif o:
            stems.append(text[a + o : b])
        else:
            stems.append(word)
    return TokenColumns(starts, ends, texts, norms, stem_starts, stems)


def _raw_kind(kinds: str, raw: str, r: i64) -> i64:
    """:data:`RAW_KINDS` of ``raw[r]`` (a character past the BMP is kept)."""
    c: i64 = ord(raw[r])
    return ord(kinds[c]) if c < 0x10000 else KEPT


# whether this module runs compiled (mypyc makes its functions builtins): see :func:`token_columns`
_COMPILED: Final = not isinstance(_scan, FunctionType)
