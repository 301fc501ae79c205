"""The internal document every pipeline stage receives and returns.

Like spaCy's ``Doc``: the raw text is never mutated; every annotation refers to it with
half-open code-point offsets, and ``raw[a.start:a.end] == a.text`` holds for all of them
(tested for every stage). Stages add annotations; :mod:`hadath.convert` turns the result
into the contract's :class:`hadath.schema.Document`. The mention records are defined in
:mod:`hadath.mentions` (compiled with the hot modules) and importable from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from hadath.mentions import DateMention, Mention, NumberMention
from hadath.text.normalize import Normalized, normalize_both
from hadath.text.segment import Sentence, Token, TokenColumns, sentences, token_columns, tokens_of


@dataclass
class Doc:
    raw: str
    id: str = "doc"
    published: dt.date | None = None
    source: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    country: str | None = None  # ISO2 focus of the article, set by the geo stage
    events: list[Any] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)
    claims: list[Any] = field(default_factory=list)
    conflicts: list[Any] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def views(self) -> tuple[Normalized, Normalized]:
        """Both normalised views, made together: they share the offset maps (one pass)."""
        return normalize_both(self.raw)

    @cached_property
    def norm(self) -> Normalized:
        """MATCH-profile normalisation of the whole text (lexicon matching)."""
        return self.views[0]

    @cached_property
    def careful(self) -> Normalized:
        """CAREFUL-profile normalisation (numbers, dates)."""
        return self.views[1]

    @cached_property
    def token_columns(self) -> TokenColumns:
        """The tokens as columns (``token_columns.starts[i] == tokens[i].start``): what the
        stages read (a column for ``bisect``, a vocabulary look-up of the normalised words)."""
        return token_columns(self.raw, self.norm)

    @cached_property
    def tokens(self) -> list[Token]:
        """The same tokens as :class:`Token` tuples, built from the columns on first use.

        Building ~800 tuples an article (and the garbage collector's passes over them) cost
        more than the tokeniser itself; a pipeline whose stages read only the columns never
        pays for them."""
        return tokens_of(self.token_columns)

    def segment(self) -> None:
        # the sentence splitter reads the code points the normalisation has made (every
        # stage after segmentation reads a normalised view, so they are made here at no cost)
        self.sentences = sentences(self.raw, self.views[0].raw_codes)

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence containing raw ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None
