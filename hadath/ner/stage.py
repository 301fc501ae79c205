"""The NER stage: lexicons, contextual rules and the CRF, then within-document coreference.

Precedence when spans overlap: lexicon names (they know the canonical name) > strong rules
(a title + full name, an organisation head + «name») > CRF > weak rules. Actor mentions
carry ``Mention.actor`` (a :class:`hadath.lexicon.actors.ActorEntry`); a generic force
qualified by a nationality adjective («القوات التركية»، «الطيران الروسي») carries the
concrete entry for that country. Bare generic mentions («الجيش») and anaphors
(«التنظيم» -> the organisation named earlier) are nominal, not names: they get
``origin`` ``"generic"`` / ``"anaphor"`` so consumers can tell them apart.

Entity spans exclude proclitics: «وبالرقة» -> «الرقة», «لـ«داعش»» -> «داعش».
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import Final, NamedTuple

import numpy as np

from hadath.bisects import bisect_left, bisect_right
from hadath.doc import Doc, Mention
from hadath.events.lexicon import article_hits
from hadath.lexicon.actors import (
    ActorEntry,
    actor_matcher,
    country_name,
    fill_country,
    generic_for,
    nisba_index,
)
from hadath.lexicon.loader import load_tsv
from hadath.lexicon.matcher import Match, MultiMatcher, to_raw
from hadath.mentions import NOMINAL_ORIGINS as NOMINAL
from hadath.mentions import PLACE_TYPES
from hadath.ner.decoder import decoder
from hadath.ner.features import (
    common_o_words,
    common_words,
    gazetteer_words,
    rarely_person_words,
    translit_bucket,
)
from hadath.ner.features import stem as word_stem
from hadath.ner.lexicons import (
    DATA,
    KUNYA,
    EntityEntry,
    SportsEntry,
    club_generic_words,
    club_words,
    credits,
    entity_matcher,
    given_names,
    letter_names,
    naming_heads,
    one_word_bodies,
    org_designators,
    sports_matcher,
    title_roles,
    triggers,
    word_classes,
)
from hadath.ner.rules import (
    DIRECTIONS,
    NAME_CONNECTORS,
    NISBA_ENDS,
    find_rule_spans,
    may_trigger,
    stopwords,
)
from hadath.pipeline import FunctionStage, Stage
from hadath.text.chars import OPENING_QUOTES, QUOTE_NORM
from hadath.text.normalize import normalize_key
from hadath.text.segment import TokenColumns

# mypyc: a Final name is a C static; an imported function's name would be a globals-dict look-up at every call

_AL: Final = "\u0627\u0644"
_ALA: Final = "\u0639\u0644\u0649"  # على, the preposition (the name is written «علي»)
_LL: Final = "\u0644\u0644"  # لل: «ل» + the article
_WA: Final = "\u0648"  # و
_ALI: Final = "\u0639\u0644\u064a"  # علي: the name, and the preposition where «ى» is written «ي»
_CLITICS: Final = "\u0648\u0641\u0628\u0644\u0643"  # و ف ب ل ك
_CONJ: Final = "\u0648\u0641"  # و ف
_OPEN_PAREN, _CLOSE_PAREN = "(", ")"
_OPENING_MARKS: Final = frozenset(OPENING_QUOTES)
_PLACE_PREPOSITIONS: Final = frozenset({"\u0641\u064a", "\u0641\u0649"})  # في فى
_START, _END = attrgetter("start"), attrgetter("end")

# precedence of origins when spans overlap (higher wins); «crf+» is a CRF span around a lexicon name
_CONJ_CLITICS: Final = frozenset("\u0648\u0641")  # و ف: «ومحافظة» is «and» + the head word
_RANK: Final = {"lexicon": 4, "actor": 4, "rule+": 3, "crf": 2, "rule": 1, "crf+": 5, "rule++": 5}
SPORTS_WINDOW: Final = 2  # a club is named within this many sentences of a sports cue word


def stages() -> list[Stage]:
    return [FunctionStage("ner", annotate, assigns=frozenset({"entities"}),
                          requires=frozenset({"sentences", "tokens"}))]


@lru_cache(maxsize=1)
def force_heads() -> dict[str, tuple[str, str, bool]]:
    """Normalised head -> (CAMEO role, name template, named) for forces with a nationality."""
    rows = load_tsv(DATA / "forces.tsv", ("word", "role", "name", "named"),
                    ("word", "role", "name", "named"), ("word",))
    return {normalize_key(r["word"]): (r["role"], r["name"], r["named"] == "yes") for r in rows}


@lru_cache(maxsize=1)
def _force_firsts() -> frozenset[str]:
    return frozenset(w.split()[0] for w in force_heads() if " " in w)


@lru_cache(maxsize=256)
def acts_for(code: str, country: str | None) -> ActorEntry | None:
    """The actor a known person's acts are coded to: «بشار الأسد» -> Government of Syria."""
    if not code:
        return None
    if code in ("GOV", "MIL", "COP"):
        gen = generic_for(code)
        return qualify(gen, country) if gen is not None and country else gen
    from hadath.lexicon.actors import load_actors

    return next((a for a in load_actors() if a.id == code), None)


@lru_cache(maxsize=4096)
def qualify(entry: ActorEntry, iso2: str) -> ActorEntry:
    """A generic entry made concrete for one country (``{country}`` filled); cached, as
    an article names the same forces again and again (entries are frozen, so shared)."""
    name = country_name(iso2) or iso2
    return dataclasses.replace(entry, id=f"{entry.id}:{iso2}", name=fill_country(entry.name, name),
                               country=iso2, cameo=_cameo_for(entry.cameo, iso2))


def _cameo_for(cameo: str, iso2: str) -> str:
    from hadath.lexicon.actors import countries_by_iso2

    c = countries_by_iso2().get(iso2)
    return (c.iso3 + cameo[3:]) if c and cameo.startswith("***") else cameo


_F_TRIGGER: Final = 1  # a rule trigger may start at the word
_F_FORCE: Final = 2  # a force head, or the first word of a two-word one
_F_ORG_HEAD: Final = 4  # a definite organisation head usable as an anaphor («التنظيم»)
_F_NISBA: Final = 8  # a definite nationality adjective («الروماني»، «والألمانية»): a foreigner's name may follow


@lru_cache(maxsize=1)
def _name_matchers() -> MultiMatcher:
    """The entity, actor and sports lexicons as one automaton: one scan of an article finds
    the matches of each, exactly as its own matcher would (~0.2 ms an article less). The
    stage reads the same three lists off :func:`hadath.events.lexicon.article_hits`, which
    scans the events stage's lexicons in the same pass."""
    return MultiMatcher([entity_matcher(), actor_matcher(), sports_matcher()])


class _WordTable:
    """Per word the decoder has a row for (a token's stem is a function of its word): the
    ``_F_*`` bits, and interned ids of the word, of its stem and of the word without a
    leading و/ف. A document's values are numpy gathers by its word rows, and a test of
    every token against a per-document set of words («is it a surname seen earlier?») is
    a boolean look-up over the ids instead of Python code per token."""

    # Row numbers of ``rows``, one per line: mypyc compiles class constants only when Final.
    BITS: Final = 0
    WORD: Final = 1
    STEM: Final = 2
    REST: Final = 3

    def __init__(self) -> None:
        self.generation = -1
        self.rows = np.zeros((4, 0), dtype=np.int64)
        self.sids: dict[str, int] = {}
        self._lut = np.zeros(0, dtype=bool)  # all False between calls of :meth:`having`

    def of(self, norms: Sequence[str], stems: Sequence[str], ids: np.ndarray, generation: int) -> np.ndarray:
        """The ``(4, len(norms))`` values of a document's tokens (their normalised words and
        stems), ``ids`` their word rows."""
        if generation != self.generation:
            self.generation, self.rows = generation, np.full((4, 4096), -1, dtype=np.int64)
            self.sids = {"": 0}  # id 0: no string (a word without و/ف has no REST)
        top = int(ids.max()) + 1 if len(ids) else 0
        if top > self.rows.shape[1]:
            grown = np.full((4, max(top, 2 * self.rows.shape[1])), -1, dtype=np.int64)
            grown[:, : self.rows.shape[1]] = self.rows
            self.rows = grown
        out = self.rows[:, ids]
        missing = np.flatnonzero(out[self.BITS] < 0)
        if len(missing):
            # one token per new word (the first), its values set in one numpy assignment
            first: dict[int, int] = {}
            for i, k in zip(ids[missing].tolist(), missing.tolist(), strict=True):
                first.setdefault(i, k)
            sid = self.sids.setdefault
            sids = self.sids
            new_norms = [norms[k] for k in first.values()]
            new_stems = [stems[k] for k in first.values()]
            vals = [_flags(new_norms, new_stems)]
            for col in (new_norms, new_stems, [w[1:] if w[:1] in _CONJ else "" for w in new_norms]):
                vals.append([sid(w, len(sids)) for w in col])
            self.rows[:, list(first)] = vals
            out[:, missing] = self.rows[:, ids[missing]]
        return out

    def having(self, words: Iterable[str], *rows: np.ndarray) -> np.ndarray:
        """Per token: is its value in one of ``rows`` (rows of :meth:`of`) the id of one of
        ``words``? One boolean table over the string ids is kept, and only the entries of
        ``words`` are set and then cleared: a table made afresh for each call cost a pass over
        every id the process has interned (hundreds of thousands late in a long batch)."""
        if len(self._lut) < len(self.sids):
            self._lut = np.zeros(max(len(self.sids), 2 * len(self._lut)), dtype=bool)
        lut = self._lut
        at = [i for w in words if (i := self.sids.get(w))]  # not id 0, the empty string
        lut[at] = True
        out = lut[rows[0]]
        for r in rows[1:]:
            out |= lut[r]
        lut[at] = False
        return out


@lru_cache(maxsize=1)
def _word_table() -> _WordTable:
    return _WordTable()


def _flags(norms: Sequence[str], stems: Sequence[str]) -> list[int]:
    """The ``_F_*`` bits of tokens, given their normalised words and stems (one
    comprehension per bit: new words come in batches)."""
    heads, firsts, orgs = force_heads(), _force_firsts(), _org_anaphors()
    trig = [_F_TRIGGER if may_trigger(w, st) else 0 for w, st in zip(norms, stems, strict=True)]
    force = [_F_FORCE if st in heads or w in heads or st in firsts else 0 for w, st in zip(norms, stems, strict=True)]
    org = [_F_ORG_HEAD if st in orgs else 0 for st in stems]
    nis = [_F_NISBA if _definite_nisba(w) else 0 for w in norms]
    return [a | b | c | d for a, b, c, d in zip(trig, force, org, nis, strict=True)]


def _definite_nisba(w: str) -> bool:
    """A definite nationality adjective or people's name, bare or after one clitic («الروماني»،
    «والألمانية»، «للاستراليين»)."""
    nis = nisba_index()
    if w.startswith(_AL):
        return w in nis
    if w[:1] in _CLITICS and w.startswith(_AL, 1):
        return w[1:] in nis
    return w.startswith(_LL) and _AL + w[2:] in nis


class _Columns(NamedTuple):
    """A document's token columns (``doc.token_columns``: the stage builds no token
    object) and their :class:`_WordTable` values."""

    tc: TokenColumns
    values: np.ndarray


def _token_ranges(cols: _Columns, ents: Sequence[Mention]) -> tuple[np.ndarray, np.ndarray]:
    """Per mention the tokens it overlaps, ``[a, b)``: ``a = bisect_right(ends, m.start)``,
    ``b = bisect_left(starts, m.end)``: two bisects a mention over the token lists (native
    loops in the compiled build). ``searchsorted`` needed the three token-offset columns as
    arrays, and numpy converts a list item by item: ~0.76M instructions a benchmark article
    compiled, against ~0.3M for the bisects here and in :func:`_coreference` (pure Python,
    where a bisect is a generic C call, this costs ~0.3M more than the arrays did)."""
    starts, ends = cols.tc.starts, cols.tc.ends
    a = [bisect_right(ends, m.start) for m in ents]
    b = [bisect_left(starts, m.end) for m in ents]
    return np.array(a, dtype=np.intp), np.array(b, dtype=np.intp)


def _mask(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per token of ``n``: is it inside one of the ranges ``[a, b)``? (counts of ranges
    opened minus closed before each token, no loop over the ranges)"""
    ok = b > a
    opened = np.bincount(a[ok], minlength=n + 1) - np.bincount(b[ok], minlength=n + 1)
    return np.cumsum(opened[:n]) > 0


def annotate(doc: Doc) -> None:
    """Fill ``doc.entities`` (sorted by start)."""
    tc = doc.token_columns
    tok_starts, tok_ends, words, stems = tc.starts, tc.ends, tc.norms, tc.stems
    dec = decoder()
    ids = dec.word_ids(words)
    table = _word_table()
    cols = _Columns(tc, table.of(words, stems, ids, dec.generation))
    flags = cols.values[_WordTable.BITS]
    cands: list[Mention] = []
    # 1. lexicon names, and the (token, BIO tag) of the tokens inside them for the CRF
    lex_at: list[tuple[int, str]] = []
    adjectives: list[int] = []  # tokens where a country name is read as the adjective it spells
    # the lexicons' hits of the one scan of the article that the events stage reads too
    ent_found, actor_found, sports_found = article_hits(doc.norm.text)[:3]
    day = doc.published.isoformat() if doc.published is not None else ""
    for m in to_raw(doc.norm, ent_found):
        e: EntityEntry = m.payloads[0]
        if e.origin == "country" and m.key in _ADJECTIVE_COUNTRIES and not m.prefix \
                and _adjective_reading(tc, k := bisect_right(tok_ends, m.start)):
            adjectives.append(k)
            continue  # «مقابل مالي»: a financial reward, not Mali
        actor = e.actor if e.actor is not None else acts_for(e.acts_for, e.country) if e.acts_on(day) else None
        if actor is None and len(m.payloads) > 1:
            # «حلف شمال الأطلسي»، «البنتاغون»: named as entities.tsv names them, acting as the
            # armed actor row the same words make (NATO, the US military); not a civil body (the UN
            # whose office was stormed is no actor of the storming)
            actor = next((p.actor for p in m.payloads[1:] if p.actor is not None and p.type == e.type
                          and p.actor.cameo.endswith(_ARMED_ROLES)), None)
        a, b = bisect_right(tok_ends, m.start), bisect_left(tok_starts, m.end)
        origin = "generic" if (e.origin == "actor" and _described(m.text)) \
            or (e.type == "ORG" and a > 0 and tc.stems[a - 1] in _MINISTERS) else "lexicon"
        title = _title_words(tc, a, b) if (e.origin == "actor" and e.type == "ORG") or e.type == "PER" else 0
        if title and e.type == "ORG" and tc.norms[a + title][:1].isdigit():
            title = 0  # «اللواء 444»: a numbered unit, «اللواء» is the brigade, not a general's rank
        if not title and e.type == "ORG" and b - a >= 2 and (tc.stems[a] in _OUTSIDE_HEADS or (
                tc.norms[a][:1] in _CLITICS and tc.norms[a][1:] in _OUTSIDE_HEADS)):
            title = 1  # «صحيفة الحياة»: listed with its head, which tells the paper from «life»; the
            # paper is named without it, as NewsFANE marks papers and clubs (25 times in 29)
        if title:  # «الأمين العام للأمم المتحدة»: the name is «الأمم المتحدة», not the office;
            # «الملك فهد» is listed with its title only to tell the king from other «فهد»s, and
            # NewsFANE leaves a title outside a person's name (training part: «الملك» 14 times in
            # 18, «الشيخ» 41 in 43, «الأمير» 13 in 14)
            s = _span_start(tc, a + title, doc.raw)
            cands.append(Mention(s, m.end, doc.raw[s:m.end], e.type, e.name, origin, actor))
        else:
            cands.append(Mention(m.start, m.end, m.text, e.type, e.name, origin, actor))
        if b > a:
            lex_at.append((a, "B-" + e.type))
            lex_at += [(k, "I-" + e.type) for k in range(a + 1, b)]
    # 2. actors (generic forces, qualified by nationality where possible)
    cands += _actor_mentions(doc, tc, to_raw(doc.norm, actor_found), np.flatnonzero(flags & _F_FORCE).tolist())
    # 3. CRF and rules, sentence by sentence (the CRF decodes all sentences together)
    trig_at = np.flatnonzero(flags & _F_TRIGGER).tolist()
    bounds: list[tuple[int, int]] = []
    for sent in doc.sentences:
        ti = bisect_left(tok_starts, sent.start)
        tj = bisect_right(tok_ends, sent.end)
        if tj > ti:
            bounds.append((ti, tj))
    named_at = {k for k, _ in lex_at}  # tokens of the lexicons' names
    crf = _crf_mentions(doc, tc, bounds, dec.tag_flat(ids, bounds, lex_at), named_at)
    cands += _rule_mentions(doc, tc, bounds, trig_at, crf)
    sports_raw = to_raw(doc.norm, sports_found) if sports_found else []
    scores = _score_cues(doc.raw)
    if scores:
        sports_raw = sorted(sports_raw + scores, key=_START)
    cue_sents = _cue_sentences(doc, sports_raw) if sports_raw else []
    if sports_raw:
        cands = _sports_names(doc, sports_raw, cands, adjectives, cue_sents)
    cands += _dateline_outlets(doc, tc, bounds, cands)
    ents = _resolve_overlaps(cands, _sports_spans(doc, cue_sents))
    if cue_sents:
        ents = _clubs_with_towns(doc, tc, ents, sports_raw, cue_sents)
        ents = _clubs_before_countries(doc, tc, ents, cue_sents)
        ents = _results_lines(doc, tc, ents, cue_sents)
    ents = _towns_after_in(tc, ents)
    ents = _body_of_the_un(doc, tc, ents)
    ents = _parenthesised_aliases(doc, tc, ents)
    ents = _credits(doc, tc, ents)
    ents = _told_to_outlet(doc, ents)
    ents = _dotted_acronyms(doc, tc, ents)
    ents = _hyphenated_names(doc, tc, ents)
    ents = _designated_orgs(doc, tc, ents)
    ents = _latin_names(doc, tc, ents)
    ents = _share_names(doc, tc, ents)
    ents = _named_after_nisba(doc, cols, ents)
    ents = _coreference(doc, ents, cols)
    ents = _complete_names(doc, ents, cols)
    doc.entities = _propagate(doc, ents, cols, adjectives)


_ARMED_ROLES: Final = ("MIL", "COP", "SPY")  # CAMEO role codes of forces


# «وزيرة الخارجية الأمريكية»: a minister's portfolio in construct with the title is no mention of the
# ministry (NewsFANE training part: a definite word after these is inside no entity, 91 times in 91)
_MINISTERS: Final = frozenset(normalize_key(w) for w in ("وزير", "وزيرة", "وزراء"))
# country names that are also an indefinite adjective («مالي» Mali / financial)
_ADJECTIVE_COUNTRIES: Final = frozenset({normalize_key("مالي")})
# nouns a country name follows in construct («جمهورية مالي»، «شمال مالي»، «رئيس مالي»)
_COUNTRY_HEADS: Final = frozenset(normalize_key(w) for w in (
    "دولة", "جمهورية", "مملكة", "إمبراطورية", "امبراطورية", "حكومة", "شعب", "عاصمة", "حدود", "أراضي",
    "سفارة", "منتخب", "جيش", "رئيس", "رئيسة", "سفير", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي",
    "شرقي", "غربي", "استعمار", "اجتياح", "غزو", "احتلال"))


def _adjective_reading(tc: TokenColumns, k: int) -> bool:
    """Is the country name at token ``k`` the adjective it is spelled like («مالي»: financial)?

    An Arabic adjective follows its noun and agrees with it in definiteness, so «مالي» is
    «financial» right after an indefinite content word («مقابل مالي»، «دعم مالي»), unless that
    word is a head a country name follows in construct («جمهورية مالي»، «شمال مالي») or a
    title or place head; after a preposition, a definite word, punctuation or at the start
    it is Mali («إلى مالي»، «سفير الجزائر لدى مالي»). NewsFANE training part: «مالي» is
    Mali 3 times in 8, the others «مقابل مالي» and «اج مالي» (a split «إجمالي»)."""
    if k == 0:
        return False
    w, st = tc.norms[k - 1], tc.stems[k - 1]
    if not w[:1].isalpha() or w.startswith(_AL) or st.startswith(_AL) or w in stopwords():
        return False
    return not (w in _COUNTRY_HEADS or st in _COUNTRY_HEADS or w in triggers() or st in triggers())


def _title_words(tc: TokenColumns, a: int, b: int) -> int:
    """How many of an actor name's tokens ``a`` to ``b`` are a person's title before the body
    it heads («الأمين العام» of «الأمين العام للأمم المتحدة»): 0 if it starts with none."""
    trig = triggers()
    if b - a > 2 and trig.get(tc.stems[a] + " " + tc.norms[a + 1]) == "title":
        return 2
    if b - a > 1 and trig.get(tc.stems[a]) == "title":
        return 1
    return 0


@lru_cache(maxsize=4096)
def _described(text: str) -> bool:
    """Is an actor-dictionary name a description: a force head that ``forces.tsv`` marks as
    no name, then a nationality adjective, with at most one definite word between
    («القوات الإسرائيلية»، «الحكومة السودانية»، «الطيران الحربي الإسرائيلي»)? Such a
    mention keeps its actor for the events but is nominal (origin ``generic``), as the same
    words found through the force heads are: only names are entities. «الجيش اللبناني»
    (``named`` yes) and «قوات الدعم السريع»، «قوات التحالف» (no nationality) stay names.
    ``descriptions.tsv`` adds heads that are no force («الإدارة الأمريكية»، «النظام الإيراني»)
    and adjectives that qualify like a nationality («قوات دولية»), and whole names that are
    descriptions («المنظمة الدولية»، «قوات حفظ السلام»)."""
    key = normalize_key(text)
    if key in _description_phrases():
        return True
    words = key.split()
    more_heads, adjectives = _description_words()
    if not 2 <= len(words) <= 3 or (words[-1] not in nisba_index() and words[-1] not in adjectives):
        return False
    if len(words) == 3 and not words[1].startswith(_AL):
        return False
    first = word_stem(words[0])[1]
    if first in more_heads or words[0] in more_heads:
        return True  # «الإدارة الأمريكية»، «النظام الإيراني» (descriptions.tsv)
    heads = force_heads()
    head = heads.get(first) or heads.get(words[0])
    return head is not None and not head[2]


@lru_cache(maxsize=1)
def _description_phrases() -> frozenset[str]:
    """``descriptions.tsv``: whole actor-dictionary names that are descriptions, normalised."""
    rows = load_tsv(DATA / "descriptions.tsv", ("word", "kind"), ("word", "kind"), ("word",))
    return frozenset(normalize_key(r["word"]) for r in rows if r["kind"] == "phrase")


@lru_cache(maxsize=1)
def _description_words() -> tuple[frozenset[str], frozenset[str]]:
    """``descriptions.tsv``: heads of a state organ's description («الإدارة»، «النظام») and
    adjectives that qualify like a nationality («الدولية»), normalised."""
    rows = load_tsv(DATA / "descriptions.tsv", ("word", "kind"), ("word", "kind"), ("word",))
    heads = frozenset(normalize_key(r["word"]) for r in rows if r["kind"] == "head")
    return heads, frozenset(normalize_key(r["word"]) for r in rows if r["kind"] == "adjective")


def _span_start(tc: TokenColumns, k: int, raw: str) -> int:
    """Where an entity starting at token ``k`` starts: after proclitics when they are clitics."""
    start, stem_start = tc.starts[k], tc.stem_starts[k]
    if stem_start > start:
        # a listed name that only looks like a clitic + the article («فالنسيا»، «كاليفورنيا»، «فالح»)
        return start if tc.norms[k] in word_classes() else stem_start
    w = tc.norms[k]
    if len(w) > 3 and w[0] in _CLITICS:
        classes = word_classes()
        if w not in classes and (w[0] == "\u0648" or w[1:] in classes):
            return start + 1 if raw[start + 1: start + 2].isalpha() else start
    return start


def _restore_article(raw: str, m: Mention) -> str:
    """A name's written form when its span starts at the article's ل after the preposition
    ل («للأمم المتحدة» -> span «لأمم المتحدة», name «الأمم المتحدة»): the article's alef
    is elided in writing, so no raw span holds the name; the canonical gives it back."""
    if m.start > 0 and raw[m.start - 1:m.start + 1] == "\u0644\u0644" and len(m.text) > 2:
        return "\u0627" + m.text
    return m.text


_PREFIX_MARKS: Final = ("\u0640", "\u00ab", '"')  # ـ « ": after a lone «لـ» or «بـ» that prefixes a name


def _wordless(token: str) -> bool:
    """A token with no letter or digit: punctuation («(»، «–»، «*»), never a name's part.
    Nearly every token asked about starts with a letter: that one test answers for it."""
    if token[:1].isalnum():
        return False
    return not any(ch.isalnum() for ch in token)


def _mention(doc: Doc, tc: TokenColumns, a: int, b: int, typ: str, origin: str) -> Mention | None:
    """The mention of tokens ``a``..``b``, less the punctuation at either end that the CRF took
    in («صنعاء (سبأ) -»: the span is «سبأ», not «(سبأ»), and a lone proclitic at its end."""
    texts, norms = tc.texts, tc.norms
    while a < b and _wordless(texts[a]):
        a += 1
    raw = doc.raw
    while b > a and (_wordless(texts[b - 1]) or (len(norms[b - 1]) == 1 and norms[b - 1] in _CLITICS
                                                 and raw[tc.ends[b - 1]:tc.ends[b - 1] + 1] in _PREFIX_MARKS)):
        b -= 1  # «رامي عبد الرحمن لـ«واع»»: the «لـ» before the outlet is no part of the name
    if a == b:
        return None
    s = _span_start(tc, a, doc.raw)
    e = tc.ends[b - 1]
    if e <= s:
        return None
    return Mention(s, e, doc.raw[s:e], typ, None, origin)


# «هذه المدينة»: a definite noun after a demonstrative is a common noun (NewsFANE training part: inside
# an entity 2 times in 598, both after «ذلك», which also ends a clause, «بعد ذلك»: left out here)
_DEMONSTRATIVES: Final = frozenset(normalize_key(p + w) for w in ("هذه", "هذا", "تلك", "هذين", "هاتين", "هؤلاء", "أولئك")
                                   for p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"))


def _crf_mentions(doc: Doc, tc: TokenColumns, bounds: Sequence[tuple[int, int]],
                  labels: list[str], lexical: set[int] | frozenset[int] = frozenset()) -> list[Mention]:
    """The CRF's mentions: its spans, tidied. ``labels`` are the labels of the tokens of the
    sentences ``bounds`` (token ranges), one sentence after the other, walked once for the
    whole document; a span never runs past its sentence. ``lexical`` holds the tokens of the
    lexicons' names."""
    out: list[Mention] = []
    trig = triggers()
    common = common_o_words()  # «هجوم»، «جنوب»: a one-word span of these is a CRF slip
    stop = stopwords()  # «سكني» of «حي سكني»: a describing word, never a name alone
    norms, stems = tc.norms, tc.stems
    # only these tokens are visited; compiled, a loop of native string tests (compress over a map
    # of «"O".__ne__» made a generic call a token, ~0.35M instructions an article)
    named = [k for k in range(len(labels)) if labels[k] != "O"]
    # where each sentence's labels start in ``labels`` (and the end, last)
    at = list(accumulate((max(hi - lo, 0) for lo, hi in bounds), initial=0))
    s = 0
    p = 0
    while p < len(named):
        f = named[p]
        while f >= at[s + 1]:
            s += 1
        end = at[s + 1]
        typ = labels[f][2:]
        inside = "I-" + typ
        g = f + 1
        while g < end and labels[g] == inside:
            g += 1
        p = bisect_left(named, g, p + 1)  # the next token no span of this one covers
        lo = bounds[s][0]
        i, j = f - at[s] + lo, g - at[s] + lo
        while j - i >= 2 and (norms[i] in _AUXILIARIES or (norms[i][:1] in _CONJ_CLITICS and norms[i][1:] in _AUXILIARIES)):
            i += 1  # «وكان الاتحاد السوفيتي»: «was» starts no name
        if j - i >= 2 and (norms[i] in _SPORTS_ROLES or (norms[i][:1] in _CLITICS and norms[i][1:] in _SPORTS_ROLES)):
            i += 1  # «مدرب غرناطة»، «لاعب الوحدة»: the role, then its club or its holder's name
            if j - i == 1 and typ in _ROLE_CLUB_TYPES and norms[i] not in given_names():
                typ = "ORG"  # one word in construct with the role: the club («حارس مرمى» aside)
        if typ == "PER" and (h := _naming_head_before(tc, i, lo)) is not None:
            if norms[h + 1] in _NAMESAKE_TITLES and j < bounds[s][1] and _namesake_adjective(norms[j]):
                j += 1  # «مؤسسة الشيخ عيد بن محمد آل ثاني الخيرية»، «مستشفى الملك فيصل التخصصي»
            typ, i = "ORG", h  # «جامعة جورج تاون»: a university named after a person
        elif typ == "ORG" and g < end and labels[g] == "O" and j - 1 not in lexical:
            j = _genitive_tail(tc, i, j, bounds[s][1], trig, stop)
            if j - i >= 2 and j < bounds[s][1] and norms[j - 1].startswith(_AL) and norms[j] in nisba_index():
                # «وزارة السياحة» + «الإسرائيلية»: after a definite word the nationality adjective is the
                # name's (NewsFANE training part: inside 113 times, outside 13, one-word names all)
                j += 1
        for a, b in (_tidy_person(tc, i, j, lo, bounds[s][1]) if typ == "PER" else _tidy_group(tc, i, j) if typ == "NORP"
                     else _tidy_place(tc, i, j) if typ in PLACE_TYPES
                     else _tidy_org(tc, i, j) if typ == "ORG" else ((i, j),)):
            if a > lo and norms[a - 1] in _DEMONSTRATIVES and stems[a].startswith(_AL):
                continue  # «هذه المدينة»، «تلك الجزيرة»: a demonstrative's noun is no name
            if b == a + 1 and a > lo and typ in PLACE_TYPES and norms[a] in _PLACE_NOUNS and norms[a - 1] in _LOCATING_WORDS:
                continue  # «شرق المدينة»، «وسط المدينة»: the city the report is about, not Medina
            if a > lo and typ in _MAKER_TYPES and stems[a - 1] in _VEHICLE_WORDS and norms[a] not in given_names():
                continue  # «سيارة رانج روفر»، «طراز بوينج 767»: a make or model, not its maker or a person
            kind = typ
            if typ == "ORG" and b - a >= 2 and stems[a] in _SITE_HEADS:
                kind = "FAC"  # «قاعدة عين الأسد الجوية»: a base, airport or port named with its head
            elif typ == "ORG" and _district(tc, a, b):
                kind = "GPE"
            m = _mention(doc, tc, a, b, kind, "crf")
            if m and not (b == a + 1 and (stems[a] in trig or norms[a] in trig or norms[a] in stop
                                          or (norms[a][:1] in _CLITICS and norms[a][1:] in trig)
                                          or stems[a] in common or norms[a] in common
                                          or (typ == "ORG" and _verb_shaped(tc.texts[a], norms[a])))):
                out.append(m)
    return out


# heads of a military or transport site («قاعدة عين الأسد الجوية»، «مطار معيتيقة الدولي»): a
# facility even when the CRF reads the name as a body (hospitals and universities stay bodies,
# as NewsFANE marks them)
_SITE_HEADS: Final = frozenset(normalize_key(w) for w in ("قاعدة", "مطار", "ميناء", "معسكر", "ثكنة"))


# «المدينة» is Medina (11 times alone in the NewsFANE training part), and the city a report is about
# (42 times); after a word that locates a place in it («شرق المدينة»، «داخل المدينة») it was the city
# 7 times in 8 (the other «ضواحي المدينة»)
_PLACE_NOUNS: Final = frozenset(normalize_key(w) for w in ("المدينة", "البلدة", "القرية", "المنطقة", "العاصمة"))
_LOCATING_WORDS: Final = DIRECTIONS | frozenset(normalize_key(w) for w in (
    "داخل", "خارج", "أطراف", "مدخل", "وسط", "قلب", "أحياء", "شوارع"))


# «سيارة»، «طراز»: the words before a vehicle's make or model («سيارة أوبل فرونتيرا»، «طائرة من طراز
# بوينج 737»), which the CRF reads as a person or a company (NewsFANE and Wojood training parts: a
# name starts right after them 0 times in 128, the CRF's 8 spans there all wrong)
_VEHICLE_WORDS: Final = frozenset(normalize_key(w) for w in (
    "سيارة", "السيارة", "سيارات", "السيارات", "طراز", "ماركة"))
_MAKER_TYPES: Final = frozenset({"PER", "ORG"})


_LIL: Final = "\u0644\u0644"  # لل: «ل» + «ال», the «for» of «الوكالة الدولية للطاقة الذرية»
_PREPOSITIONS: Final = "\u0628"  # ب: a verbal noun's complement («للمطالبة بإخراج») starts with it
_GENITIVE_TAIL: Final = 2  # definite words after the «لل» word that still belong to the name


def _genitive_tail(tc: TokenColumns, i: int, j: int, hi: int, trig: dict[str, str], stop: frozenset[str]) -> int:
    """The end of a CRF organisation ``(i, j)`` headed by an organisation head word («هيئة»،
    «مركز»، «شركة»، «المجلس») that the CRF stopped right before a «لل» word: the name takes
    that word and up to ``_GENITIVE_TAIL`` definite words after it («الهيئة العامة» + «للتامين
    الصحي»، «الشركة العربية» + «للانتاج الاعلامي»). NewsFANE training part: a «لل» word right
    after a head-led organisation's words is inside the name 31 times in 36; the five outside
    start a purpose clause («مجلس الامن للحصول على»، «للعمل على»), so a «لل» word followed by a
    function word or a word with the clitic «ب» («للمطالبة بإخراج»، «للتفجير بواسطة») is left
    out (not after «ل»: «الشركة العالمية المتحدة للتأمين لمخالفتها»); the caller does not ask when the span ends on a lexicon name,
    which is complete («حزب الله للجنديين»، «منتخب انجلترا للمرة الاولى»). ``hi`` is the
    sentence's end."""
    norms, stems = tc.norms, tc.stems
    st = stems[i]
    if st == norms[i] and st[:1] in _CLITICS and len(st) > 4:
        st = st[1:]  # «بمركز»
    if trig.get(st) != "org" and not (st.startswith(_AL) and trig.get(st[2:]) == "org"):
        return j
    if j >= hi or not norms[j].startswith(_LIL) or len(norms[j]) < 5 or norms[j] in stop:
        return j
    if j + 1 < hi and (norms[j + 1] in stop or norms[j + 1][:1] in _PREPOSITIONS):
        return j  # «مجلس الامن للحصول على»، «المجلس المحلي للمطالبة بإخراج»: a purpose clause
    k = j + 1
    while k < hi and k - j <= _GENITIVE_TAIL and norms[k].startswith(_AL) and norms[k] not in stop \
            and stems[k] not in trig:
        k += 1
    return k


_DISTRICT: Final = normalize_key("مديرية")  # a directorate, or in Yemen a district


def _district(tc: TokenColumns, a: int, b: int) -> bool:
    """Is the CRF's organisation «مديرية» + one place name of the gazetteer? «مديرية الصليف»،
    «مديرية حيس» are Yemeni districts (places); «مديرية شرطة كركوك» names a police directorate."""
    head = tc.norms[a]
    return b == a + 2 and (tc.stems[a] == _DISTRICT or (head[:1] in _CONJ_CLITICS and head[1:] == _DISTRICT)) \
        and tc.norms[a + 1] in gazetteer_words()[0]


# «كان» and its forms: a verb, never a name's first word (the CRF's «وكان الاتحاد السوفيتي»)
_AUXILIARIES: Final = frozenset(normalize_key(w) for w in (
    "كان", "كانت", "كانا", "كانوا", "يكون", "تكون", "يكن", "تكن", "ليس", "ليست", "أصبح", "أصبحت", "بات", "باتت",
    "ظل", "ظلت", "صار", "صارت"))


# a player's or coach's role before his club or his name: NewsFANE training part, these words are
# outside every entity (54 times; after «مدرب»، «لاعب»، «حارس» the next word starts an organisation 16
# times, another kind of entity never; «نجم» and «مدافع», names too, are left out)
_SPORTS_ROLES: Final = frozenset(normalize_key(w) for w in (
    "مدرب", "مدربا", "لاعب", "لاعبي", "لاعبو", "مهاجم", "مهاجمي", "حارس", "مدربي"))


_ROLE_CLUB_TYPES: Final = frozenset({"PER", "GPE", "LOC"})


# the titles of the people an institution is named after, between its head and the name («جامعة
# الملك فهد»، «مستشفى الأمير حمزة»، «مؤسسة الشيخ عيد بن محمد آل ثاني الخيرية»: NewsFANE training part,
# such a name is one organisation or facility all 5 times, the tagger's «جامعة الملك» + person «فهد»
# two wrong mentions)
_NAMESAKE_TITLES: Final = frozenset(normalize_key(w) for w in (
    "الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان", "الإمام", "الشهيد"))


def _namesake_adjective(w: str) -> bool:
    """Does the definite relative adjective ``w`` end the name of an institution named after a
    person («الخيرية»، «التخصصي»، «الجامعي»)? Not a nationality («السعودية»: the country's)."""
    return w.startswith(_AL) and w.endswith(NISBA_ENDS) and w not in nisba_index()


def _naming_head_before(tc: TokenColumns, i: int, lo: int) -> int | None:
    """The token of an indefinite head noun that names an institution after the words that
    follow it («جامعة»، «شركة»، «مستشفى»، «صحيفة» ...) right before token ``i`` (``lo``: the
    sentence's first token), or None. A CRF person there is the institution's name: «جامعة
    جورج تاون»، «بجامعة فؤاد الأول»، «مستشفى أبو يوسف النجار»، «شركة آرثر أندرسون»; the
    organisation then starts at the head (``naming_heads.tsv``; NewsFANE puts «جامعة» inside 19 times in 22; «نادي»،
    «صحيفة»، «فريق» are left out again by :func:`_tidy_org`). Heads that govern a person as
    their holder are not among them: «إدارة بوش»، «حكومة أولمرت»، «مكتب أولمرت»، «جيش علي»
    are the person's (NewsFANE training folds 0-2: with those heads too, 4 people became
    organisations wrongly for every one rightly)."""
    k = i - 1
    if k < lo:
        return None
    if k > lo and tc.norms[k] in _NAMESAKE_TITLES:
        k -= 1  # «جامعة الملك فهد»، «مؤسسة الشيخ عيد بن محمد»: named after a king or a sheikh
    w, st = tc.norms[k], tc.stems[k]
    if w.startswith(_AL) or tc.stem_starts[k] > tc.starts[k]:
        return None
    heads = naming_heads()
    if st in heads or (len(w) > 3 and w[0] in _CLITICS and w[1:] in heads):
        return k
    return None


def _rule_mentions(doc: Doc, tc: TokenColumns, bounds: Sequence[tuple[int, int]], trig_at: Sequence[int],
                   crf: list[Mention]) -> list[Mention]:
    """``crf`` (the CRF's mentions), then the rules' mentions in the sentences ``bounds``
    that hold a token where a rule trigger may start (``trig_at``, sorted). A place-head
    rule's span drops the CRF person it overlaps."""
    out: list[Mention] = []
    place_heads: list[Mention] = []
    for lo, hi in bounds:
        x = bisect.bisect_left(trig_at, lo)
        if x == len(trig_at) or trig_at[x] >= hi:
            continue
        for r in find_rule_spans(tc, trig_at[x:bisect.bisect_left(trig_at, hi, x)], lo, hi):
            if r.rule == "place-head" and _ordinary_place_word(tc, r.start):
                continue
            if r.type == "PER" and doc.raw[tc.starts[r.start]:tc.ends[r.start]] == _ALA:
                continue  # «اللاعب على الاقل»: the preposition «على», the same as «علي» once normalised
            a = r.start
            if r.type == "ORG" and r.end - a >= 2 and (tc.stems[a] in _OUTSIDE_HEADS or (
                    tc.norms[a][:1] in _CLITICS and tc.norms[a][1:] in _OUTSIDE_HEADS)):
                a += 1  # «صحيفة الوطن»: the paper is named without its head, as the CRF's spans are
            m = _mention(doc, tc, a, r.end, r.type, "rule+" if r.strong else "rule")
            if m:
                if r.rule == "place-head":
                    place_heads.append(m)
                out.append(m)
                if r.title is not None:
                    _title_actor(m, tc, *r.title)
                if r.head >= 0:
                    _head_and_quoted_name(m, tc, r.head, r.end)
    if place_heads:
        # «بلدة خان شيخون»: right after a town head, a CRF person reading («خان» is a name
        # word) is wrong; the weak place rule may take the span
        crf = [c for c in crf if not (c.type == "PER" and any(c.start < m.end and m.start < c.end
                                                               for m in place_heads))]
    return crf + out


def _head_and_quoted_name(m: Mention, tc: TokenColumns, head: int, end: int) -> None:
    """A quoted name whose head outside the quotes makes a lexicon actor's name: «فصائل
    «الجيش الوطني»» is the Syrian National Army («فصائل الجيش الوطني»), though «الجيش
    الوطني» alone names several countries' armies. The mention keeps the quoted span."""
    key = " ".join(tc.norms[k] for k in range(head, end) if tc.norms[k] != QUOTE_NORM)
    for s, e, _, payloads, _ in entity_matcher().find_norm(key):
        entry: EntityEntry = payloads[0]
        if s == 0 and e == len(key) and entry.actor is not None:
            m.canonical, m.actor = entry.name, entry.actor
            return


def _cue_sentences(doc: Doc, found: Sequence[Match[SportsEntry]]) -> list[int]:
    """Indexes of the sentences that hold a sports cue word (``found``: the sports matcher's
    matches with raw offsets, the score cues among them), sorted: found once per document for
    the sports rules below."""
    sent_starts = [s.start for s in doc.sentences]
    return sorted({bisect_right(sent_starts, m.start) - 1 for m in found if m.payloads[0].kind in _CUE_KINDS})


def _sports_names(doc: Doc, found: Sequence[Match[SportsEntry]], cands: list[Mention],
                  blocked: list[int], cue_list: list[int]) -> list[Mention]:
    """``cands`` with the clubs and national teams of ``sports.tsv`` and ``clubs.tsv`` named
    within ``SPORTS_WINDOW`` sentences of a sports cue word («مباراة»، «لاعب»، «كأس» ...), and
    without the CRF's one-word organisations that are such a name, an ordinary word and far
    from any cue.

    «النصر»، «الوحدة»، «الشباب»، «السد» are a victory, unity, the youth and a dam outside a
    match report, and «العنابي» is Qatar's team only in one. NewsFANE marks them ORG in sports
    reports (training part: «الشباب» 6 times in 8, all there); in the protest reports of the
    GSR texts the CRF read «الشباب» (the youth) and «السد» (the dam) as organisations 6 times,
    wrongly. A document that names an organisation holding the word («حركة الشباب»)
    keeps the CRF's reading: there a bare «الشباب» is al-Shabaab.

    Near a cue, a club beats the CRF's other readings («لاغونتواز» as a person), not its
    organisation (whose span the CRF knows better), and a club that contains a lexicon name
    takes it over («لوكوموتيف موسكو» over the city); a nationality adjective after the name is
    left out («قطر القطري» -> «قطر»), as NewsFANE marks clubs. A one-word ordinary club right
    after a definite word is that word's adjective («الشارع العربي»), wherever it stands: its token
    goes into ``blocked``, where propagation puts no name."""
    sent_starts = [s.start for s in doc.sentences]
    cue_sents = set(cue_list)
    near = {k + d for k in cue_sents for d in range(-SPORTS_WINDOW, SPORTS_WINDOW + 1)}
    tc = doc.token_columns
    out: list[Mention] = []
    drop: set[int] = set()
    nis = nisba_index()
    crf_orgs = {(c.start, c.end): i for i, c in enumerate(cands) if c.origin == "crf" and c.type == "ORG"}
    named: set[str] | None = None  # words of the organisations the lexicons name in the document
    clubs_named: set[str] = set()  # ordinary-word clubs named so far near a cue («الوحدة»)
    heads: list[Match[SportsEntry]] = []
    for m in found:
        e: SportsEntry = m.payloads[0]
        if e.kind == "cue":
            continue
        if e.kind in _HEAD_KINDS:
            if bisect_right(sent_starts, m.start) - 1 in cue_sents:
                heads.append(m)
            continue
        ordinary = e.ordinary and e.kind == "club" and " " not in m.key
        sent = bisect_right(sent_starts, m.start) - 1
        adjective = False
        if ordinary and not m.prefix:
            k = bisect_left(tc.ends, m.start) - 1
            # «الشارع العربي»، «المنتخب العربي»: the adjective of the noun before it, and no
            # name for propagation to reach (not after «النادي»: «النادي المكناسي» is the club)
            adjective = k >= 0 and tc.norms[k].startswith(_AL) and tc.norms[k] != _THE_CLUB
            if adjective:
                blocked.append(k + 1)
        if sent not in (cue_sents if ordinary else near) and not (ordinary and m.key in clubs_named):
            i = crf_orgs.get((m.start, m.end))
            if i is not None and ordinary:
                if named is None:
                    named = {w for c in cands if c.type == "ORG" and c.origin in ("lexicon", "actor")
                             for w in normalize_key(c.text).split()}
                if m.key not in named:
                    drop.add(i)
            continue
        if ordinary:
            k = bisect_left(tc.starts, m.end)
            if k < len(tc.norms) and tc.norms[k].startswith(_AL) and tc.norms[k] not in nis:
                continue  # «الوحدة الوطنية»، «الهلال الأحمر»: a noun and its adjective
            if adjective:
                continue
        over = [c for c in cands if c.start < m.end and m.start < c.end and c.origin not in NOMINAL]
        k = bisect_left(tc.ends, m.start) - 1
        if k >= 0 and tc.norms[k] in NAME_CONNECTORS:
            continue  # «سمو الأمير علي بن الحسين»: a father's name, not the club «الحسين»
        if k >= 0 and not m.prefix and tc.norms[k] in _IN_TOWN and any(c.type in PLACE_TYPES for c in over):
            continue  # «في مدينة ميلان»، «في برشلونة»: the town, not its club
        crf_org = [c for c in over if c.origin == "crf" and c.type == "ORG"]
        if crf_org:
            if " " not in m.key or any(c.start < m.start for c in crf_org):
                continue  # «نادي ريال مدريد»: the CRF's span starts before the club
            # «فيردر بريمن»، «بايرن ميونيخ»: the CRF read the club's first word alone; «اتحاد الرمثا
            # المصنف»، «مانشستر يونايتد لندن»: it ran past the club's name into the next words
            drop.update(crf_orgs[(c.start, c.end)] for c in crf_org)
        inside = any(c.origin in ("lexicon", "actor") and m.start <= c.start and c.end <= m.end
                     and c.end - c.start < m.end - m.start for c in over)
        end = m.end
        head, _, last = m.text.rpartition(" ")
        if head and normalize_key(last) in nis:
            end = m.start + len(head.rstrip())  # «قطر القطري»: the adjective is outside the name
        out.append(Mention(m.start, end, doc.raw[m.start:end], "ORG", e.name, "rule++" if inside else "rule+"))
        if ordinary:
            clubs_named.add(m.key)
    if drop:
        cands = [c for i, c in enumerate(cands) if i not in drop]
    if heads:
        cue_tokens = {bisect_right(tc.ends, m.start) for m in found if m.payloads[0].kind in _CUE_KINDS}
        out += _clubs_after_heads(doc, heads, cands + out, cue_tokens)
    return cands + out


def _clubs_after_heads(doc: Doc, heads: Sequence[Match[SportsEntry]], cands: Sequence[Mention],
                       cue_tokens: set[int]) -> list[Mention]:
    """Clubs no list holds, named after a head noun of ``sports.tsv`` in a sentence with a sports
    cue: «نادي بوكا جونيورز»، «على مضيفه ريكرياتيفو هويلفا»، «لاعب الشباب»، «حارس البقعة».

    The club lists cannot hold every club of every league; the held-out NewsFANE blocks name clubs
    the lists lack, and a match report names them in the same few slots. In the training part the
    word after «نادي» starts a club 15 times in 15, after «ضيفه/مضيفه» 13 in 16 (the others are
    adjectives: «ضيفه العنيد»), after «لاعب/لاعبي/حارس/دفاع/جماهير» whenever it is no generic
    word («لاعب الوسط»، «مرمى الفريق»: kind ``generic``). The name is one definite word («الشباب»),
    or up to three words that look transliterated («شيفلد يونايتد»), never a nationality adjective
    («فريقه البلجيكي»; NewsFANE leaves it outside a club's name) nor a country (the gold marks
    «لاعبي مصر» a nation). After a head with a pronoun («ضيفه»، «فريقه») the definite word
    is the head's adjective («ضيفه العنيد»), so only a transliterated name is taken there.
    The club beats the CRF's person or place reading of the same words («مضيفه ريسينغ
    سانتاندر» read as a person), not its organisation, nor a lexicon name. A result noun
    («بفوزه على ...»، «التعادل المفاجئ مع ...», session 27) names a side only after its «على/مع»:
    the word right after it is its adjective («التعادل السلبي») or complement («الفوز لشارابوفا»)."""
    tc = doc.token_columns
    norms, stems = tc.norms, tc.stems
    n = len(norms)
    nis = nisba_index()
    generic = club_generic_words()
    stop = stopwords()
    common_o = common_o_words()
    out: list[Mention] = []
    # the names a span may overlap: those starting less than the longest name's length before it
    # (by start, bisected: a sports report holds dozens of heads and hundreds of candidates)
    names = sorted((c for c in cands if c.origin not in NOMINAL), key=_START)
    name_starts = [c.start for c in names]
    longest = max((c.end - c.start for c in names), default=0)
    slots: list[tuple[int, int]] = []  # (token, how it was announced: _AFTER_* below)
    for h in heads:
        k = bisect_left(tc.starts, h.end)
        kind = h.payloads[0].kind
        if kind in _RESULT_KINDS:
            # «وفاز بورتسموث على ضيفه»، «تعادل سرقسطة مع اسبانيول»: the side after the verb and
            # the one after the first «على/مع/أمام/ضد» within five words of it
            if not kind.endswith("noun"):  # «التعادل السلبي»، «الفوز لشارابوفا»: a noun's adjective or complement
                slots.append((k, _AFTER_RESULT))
            for j in range(k, min(k + 6, n)):  # «وتغلب على ميدلسبره»: no subject named
                if norms[j] in _VERSUS and tc.starts[j] <= tc.ends[j - 1] + 1:
                    slots.append((j + 1, _AFTER_RESULT))
                    break
        elif kind == "cue+weak head":  # «حارس مرمى الريال»: a club, but «مرمى الحضري» the keeper's
            slots.append((k, _AFTER_RESULT))  # (the CRF's person) goal: only where nothing was found
        elif kind == "person head":
            if k < n and (norms[k] in nis or stems[k] in nis):
                k += 1  # «المهاجم الإنجليزي واين روني»
            slots.append((k, _AFTER_PERSON_HEAD))
        elif h.key.endswith(("\u0647", "\u0647\u0627")):  # «ضيفه»، «فريقه»، «مضيفها»
            slots.append((k, _AFTER_PRONOUN_HEAD))
        else:
            slots.append((k, _AFTER_STRONG_HEAD if kind == "strong head" else _AFTER_HEAD))
    for k, how in slots:
        if k >= n or tc.starts[k] > tc.ends[k - 1] + 1 or k in cue_tokens or tc.stem_starts[k] > tc.starts[k]:
            continue  # a head at the end of a sentence, before a mark, a cue («لاعب المباراة»،
            # «فاز بالكأس») or a word with a proclitic (a name follows its head in construct)
        w, st = norms[k], stems[k]
        if not w[:1].isalpha() or w in generic or st in generic or w in stop or w in nis or st in nis:
            continue
        end = k + 1
        typ = "ORG"
        if how == _AFTER_PERSON_HEAD:  # «سجله روب هيولسي»: the middle of the letter-gram scale too
            if not _foreign_name_word(w, True) or tc.texts[k].endswith("\u0649"):
                continue
            while end < n and end - k < 3 and tc.starts[end] == tc.ends[end - 1] + 1 \
                    and _name_word_after(norms[end], True):
                end += 1
            typ = "PER"
        elif w.startswith(_AL):
            if how == _AFTER_PRONOUN_HEAD or w in common_o and how != _AFTER_STRONG_HEAD:
                continue
            w2 = norms[end] if end < n and tc.starts[end] == tc.ends[k] + 1 else ""
            if w2.startswith(_AL) and tc.stem_starts[end] == tc.starts[end] and w2 not in nis \
                    and w2 not in generic and w2 not in common_o and w2 not in stop \
                    and end not in cue_tokens:  # «لاعب الشباب البطاقة الحمراء»
                end += 1  # «الجيش الملكي»، «الكوكب المراكشي»: the club's own adjective (a country's is
                # left outside: «الاهلي المصري»)
        else:
            if not _club_word(w, True) or how == _AFTER_RESULT and w in given_names():
                continue
            while end < n and end - k < 3 and tc.starts[end] == tc.ends[end - 1] + 1 and _club_word(norms[end], False):
                end += 1
        s, e = tc.starts[k], tc.ends[end - 1]
        over = [c for c in names[bisect_left(name_starts, s - longest):bisect_left(name_starts, e)] if s < c.end]
        if any(c.type == "ORG" or how >= _AFTER_RESULT or c.origin in ("lexicon", "actor")
               and not (s <= c.start and c.end <= e and c.end - c.start < e - s) for c in over):
            continue  # the CRF's or a list's organisation, or a lexicon name (a country) over it; a
            # side of a result only where nothing was found («فاز بليك على سافين»: the tennis players)
        inside = any(c.origin in ("lexicon", "actor") for c in over)
        out.append(Mention(s, e, doc.raw[s:e], typ, None, "rule++" if inside else "rule+"))
    return out


def _club_word(w: str, first: bool) -> bool:
    """Is the indefinite word ``w`` a word of a transliterated club's name («سانتوس»، «جونيورز»)?
    It looks transliterated (``ner.translit.tsv``: «سيشارك»، «برباعية»، «ذكريات» do not), or
    starts a club of ``clubs.tsv``; a word after the first may be a town («فيغو»، «زغرب»). A
    word with a proclitic whose stem is a common word ends the name («ويجان بالنتيجة»)."""
    if not w[:1].isalpha() or w.startswith(_AL) or w in stopwords() or w in nisba_index() \
            or w in common_o_words():
        return False
    if w[:1] in _CLITICS and len(w) > 3 and (w[1:] in stopwords() or w[1:] in common_words()
                                              or word_stem(w)[1] in common_words() and word_stem(w)[0]):
        return False  # «وفاز»: the next clause; «بالنتيجة»
    if w in club_words() or int(translit_bucket(w)) >= 1:
        return True
    one, part = gazetteer_words()
    return not first and (w in one or w in part)  # «ريكرياتيفو هويلفا»، «دينامو زغرب»


_THE_CLUB: Final = normalize_key("النادي")
# words after which a club named like its town is the town (NewsFANE training part: a listed club's
# name right after «في» a place 9 times, a club 2; after «مدينة» a place 2 times in 2)
_IN_TOWN: Final = frozenset(normalize_key(w) for w in ("في", "فى", "مدينة", "بمدينة", "لمدينة", "ومدينة"))
_CUE_KINDS: Final = frozenset({"cue", "cue+head", "cue+result", "cue+result noun", "cue+weak head"})  # sports.tsv kinds that make a sentence sports
_HEAD_KINDS: Final = frozenset({"head", "strong head", "cue+head", "result", "cue+result", "result noun",
                                 "cue+result noun", "cue+weak head", "person head"})  # sports.tsv
# kinds a club's name follows
_RESULT_KINDS: Final = frozenset({"result", "cue+result", "result noun", "cue+result noun"})  # a match's result («فاز»، «تعادل»، «بفوزه»)
_VERSUS: Final = frozenset(normalize_key(w) for w in ("على", "علي", "مع", "أمام", "ضد"))
_AFTER_HEAD, _AFTER_STRONG_HEAD, _AFTER_PRONOUN_HEAD, _AFTER_RESULT, _AFTER_PERSON_HEAD = 0, 1, 2, 3, 4
_OBJECT_SUFFIXES: Final = ("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")  # ه ها هم هما


def _verb_shaped(raw: str, norm: str) -> bool:
    """Is a word (``raw`` as written, ``norm`` normalised) a short verb or noun with an object
    pronoun («تلاه»، «يليها»، «سبقهم»), which no one-word organisation is? The raw spelling
    decides: a pronoun «ه» is not the «ة» that normalising turns into «ه», and two to four
    letters before it leave no room for a transliterated name («ميدلسبره»، «برشلونه»). The
    CRF read «تلاه» («followed by») as an organisation 18 times in one stock-market report,
    each spreading by propagation; NewsFANE and Wojood training hold one such one-word
    organisation («ساجها») in 5,000 sentences."""
    if raw.startswith(_AL) or norm in word_classes():
        return False
    return any(raw.endswith(x) and 2 <= len(raw) - len(x) <= 4 and raw[:-len(x)].isalpha()
               for x in _OBJECT_SUFFIXES)


def _ordinary_place_word(tc: TokenColumns, k: int) -> bool:
    """A word after a place head that is an ordinary word, not a place name: seen in the
    CRF's training text and no gazetteer place («منطقة جذب»، «مدينة تجارية»، «منطقة الشمال»).
    A town the text names after «بلدة»/«قرية» is mostly a rare word or a gazetteer name."""
    one, part = gazetteer_words()
    st = tc.stems[k]
    bare = st[2:] if st.startswith("\u0627\u0644") else st
    known = tc.norms[k] in common_words() or st in common_words()
    return known and not ({st, bare} & one or {st, bare} & part)


def _title_actor(m: Mention, tc: TokenColumns, a: int, b: int) -> None:
    """A person with a state title (tokens ``a`` to ``b``) acts for that state: «الرئيس
    السوري بشار الأسد» -> Government of Syria; «العقيد ...» -> the military (country from the
    title's nationality adjective, else left generic for the document's country)."""
    roles = title_roles()
    role = next((roles[w] for w in (tc.stems[a], tc.norms[a]) if w in roles), "")
    if not role:
        return
    entry = generic_for(role)
    if entry is None:
        return
    nis = nisba_index()
    iso = next((nis[w] for w in tc.norms[a + 1:b] if w in nis), None)
    m.actor = qualify(entry, iso) if iso else entry


_VERB_PREFIXES: Final = frozenset("\u064a\u062a\u0646\u0627")  # ي ت ن ا: imperfect verbs after ف/ل
_TO_PREFIXES: Final = frozenset("\u0644\u0628")  # ل ب: «لرويترز», «بحماس» (the tokeniser splits only before ال)


def _junk_tail(tc: TokenColumns, k: int) -> bool:
    """A token that cannot end a person's name: punctuation, a function word, a clitic +
    article word («للصحفيين») or ف/ل + verb («فيبدو»، «ليعوض»)."""
    w = tc.norms[k]
    if not w[:1].isalpha():
        return True
    if tc.stem_starts[k] > tc.starts[k]:  # «للصحفيين»; not a foreign name read so («كالديرون»، «بالاسيوس»)
        return tc.stems[k] in common_words() or w in common_words()
    if w[:1] in _TO_PREFIXES and w[1:] in one_word_bodies():
        return True  # «محمود بصل لرويترز»: the words were said to Reuters, the name ends before
    if w in stopwords():
        return w not in given_names()  # «علي» is a name, not «على» (the same after normalising)
    # an indefinite accusative of a known word («برنامجا»، «بديلا»، «جيشا» in «أرسل معاوية جيشا»):
    # no name ends so; a foreign name in «ا» («سيلفا»، «كوستا») is no known word without it
    if len(w) > 3 and w[-1] == "\u0627" and w[-2] != "\u0627" and w[:-1] in common_words() \
            and w not in given_names():
        return True
    # ف/ل + a known verb («فيبدو»); not a foreign name that merely starts so («فيلار»، «فابيانو»)
    return (len(w) > 3 and w[0] in "\u0641\u0644" and w[1] in _VERB_PREFIXES and w not in given_names()
            and w[1:] in common_words())


def _tidy_place(tc: TokenColumns, i: int, j: int) -> tuple[tuple[int, int], ...]:
    """A place's name does not end in a bare direction word or a function word: in «مخيم
    النصيرات وسط قطاع غزة» and «جباليا شمال القطاع» the word locates the place in the next one
    («جنوب كردفان», where it leads, is part of the name), and in «قرية قرب بلدة بيني» «قرب»
    does (a village the report leaves unnamed: «قرية» alone is then no name)."""
    norms = tc.norms
    while j - i > 1 and (norms[j - 1] in DIRECTIONS or norms[j - 1] in _NEAR_WORDS):
        j -= 1
    if j - i > 1 and (tc.stems[i] in _PLACE_HEADS_OUTSIDE
                      or (norms[i][:1] in _CLITICS and norms[i][1:] in _PLACE_HEADS_OUTSIDE)):
        i += 1  # «مدينة غزة»، «دولة الكويت»: the place is named without the head word
    return ((i, j),)


# head nouns NewsFANE leaves outside the place they announce (training part, the head right before a
# place's name against the head as its first word: «مدينة» 46 to 8, «دولة» 21 to 1, «منطقة» 26 to 3,
# «بلدة» 10 to 1, «إقليم» 16 to 4, «ولاية» 8 to 0, «جزيرة» 8 to 0, «مملكة» 3 to 0); the CRF, which
# learned Wojood's spans too (the head inside), reads some places with it. Not «قرية» (4 to 5), «حي»
# (3 to 4) nor «جمهورية» (2 to 6)
_PLACE_HEADS_OUTSIDE: Final = frozenset(normalize_key(w) for w in (
    "دولة", "بلدة", "إقليم", "ولاية", "جزيرة", "مملكة"))


# words that locate a place by another («قرب»، «حول»، «داخل»): none ends a place's name («على» is left
# out: normalised it is the given name «علي» of «مسجد الشيخ علي»)
_NEAR_WORDS: Final = frozenset(normalize_key(w) for w in (
    "قرب", "بالقرب", "حول", "داخل", "خارج", "عند", "بين", "نحو", "قرابة", "في", "من", "إلى"))


# prepositions that end an organisation's name: what follows places or quotes it (NewsFANE training
# part: inside 1 of 1,624 organisations, «الوكالة الوطنية للتنسيق في الكوارث»), unless an
# organisation's head follows: a body within another is one name («الكتلة الإسلامية في جامعة
# بيرزيت», as Wojood marks it)
_PLACE_PREPOSITIONS_ORG: Final = frozenset({"\u0641\u064a", "\u0641\u0649", "\u0639\u0646"})  # في فى عن
_CLAUSE_WORDS: Final = frozenset({"\u0627\u0646", "\u0647\u0648", "\u0647\u064a"})  # ان هو هي: a new clause starts


# heads NewsFANE leaves outside the name they announce (training part: «نادي» 22 times in 25,
# «صحيفة» 25 in 29, «فريق» 19 in 20): indefinite, in construct with the name
_OUTSIDE_HEADS: Final = frozenset(normalize_key(w) for w in ("نادي", "صحيفة", "فريق"))


def _org_head_word(tc: TokenColumns, k: int) -> bool:
    """Is token ``k`` an organisation's head noun («جامعة»، «وزارة»، «الجامعة»; ``triggers.tsv``)?"""
    trig = triggers()
    st = tc.stems[k]
    bare = st[2:] if st.startswith(_AL) else st
    return trig.get(st) == "org" or trig.get(bare) == "org" or trig.get(_AL + bare) == "org"


def _org_head_after_and(w: str) -> bool:
    """Is ``w`` «و» + an organisation's head noun («ومنظمة»، «والوزارة»; not «وزارة» itself)?"""
    trig = triggers()
    bare = w[1:]
    bare = bare[2:] if bare.startswith(_AL) else bare
    return trig.get(bare) == "org" or trig.get(_AL + bare) == "org"


# nouns of a body's members or leaders, in construct before its name: NewsFANE training part, right
# before an organisation 91 times («رئيس» 30، «دول» 11، «أعضاء» 10، «وفد» 9), its first word never
_MEMBER_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "دول", "مقاتلو", "مقاتلي", "عناصر", "مسلحو", "مسلحي", "قادة", "أعضاء", "أنصار", "مؤيدي", "نواب",
    "رئيس", "زعيم", "قائد", "ممثلي", "ممثلو", "وفد"))


# military ranks before a name: a tagger's organisation that ends on one («... للقوات المسلحة اللواء»)
# has taken the title of the officer named after it
_RANKS: Final = frozenset(normalize_key(w) for w in (
    "اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "النقيب", "المشير", "الجنرال"))


def _tidy_org(tc: TokenColumns, i: int, j: int) -> tuple[tuple[int, int], ...]:
    """An organisation named by a proper name does not take the nationality adjective after
    it: «نوكيا الفنلندية»، «بايرن ميونيخ الالماني» are «نوكيا»، «بايرن ميونيخ» (NewsFANE: a
    nisba after an indefinite last word is outside the name 41 times in 60), while after a
    definite word or a head noun it belongs to the name («البرلمان العراقي»، «وزارة الخارجية
    الروسية»: inside 113 times in 126). Nor does a name run over an opening parenthesis (the
    alias after it is a mention of its own) or into a new clause («أن»، «هو»، «هي»)."""
    norms, texts = tc.norms, tc.texts
    if j - i >= 2 and (norms[i] in _MEMBER_NOUNS or (norms[i][:1] in _CLITICS and norms[i][1:] in _MEMBER_NOUNS)):
        i += 1  # «دول مجلس التعاون»، «مقاتلو حزب الله»: the members, then the body
    if j - i >= 3 and norms[j - 1] in _RANKS and j < len(norms) and not norms[j].startswith(_AL) and texts[j][:1].isalpha():
        j -= 1  # «هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري»: the rank is the next man's
    for k in range(i + 1, j):
        if texts[k] == _OPEN_PAREN or (norms[k] in _CLAUSE_WORDS and len(norms[k - 1]) > 2
                                       and norms[k - 1][:1].isalpha()):  # not «سي.ان.ان»
            j = k  # «هيئة الاذاعة البريطانية ( بي بي سي»، «منظمة المؤتمر الاسلامي ان الدول ...»
            break
        if norms[k] in _PLACE_PREPOSITIONS_ORG and norms[k - 1] not in letter_names() and norms[k - 1] != "." \
                and (k + 1 == j or not _org_head_word(tc, k + 1)):  # not «تي في 5»، «تي.في» (TV)
            j = k  # «معهد كارولينسكا في العاصمة السويدية»، «وكالة بي تي ايه عن ستانيشيف»; but
            break  # «نقابة العاملين في جامعة بيرزيت» is the union of that body (Wojood: one name)
    for k in range(i + 2, j - 1):
        if norms[k][:1] == _WA and len(norms[k]) > 3 and _org_head_after_and(norms[k]) and not _org_head_word(tc, k - 1):
            # «مجلس الأمن الدولي ومنظمة الأمن والتعاون»: two bodies, not one (NewsFANE and Wojood
            # training parts: «و» + an organisation's head inside a name 0 times)
            return (*_tidy_org(tc, i, k), *_tidy_org(tc, k, j))
    if j - i >= 2 and (tc.stems[i] in _OUTSIDE_HEADS or (norms[i][:1] in _CLITICS and norms[i][1:] in _OUTSIDE_HEADS)) \
            and (tc.stems[i + 1].startswith(_AL) or norms[i + 1] not in common_words()
                 or norms[i + 1] in word_classes() or _AL + norms[i + 1] in word_classes()):
        i += 1  # «نادي الوحدة»، «صحيفة تايمز»: the club and the paper are named without the head
        # (not «نادي قضاة مصر»: a known indefinite word, no listed name, makes one name with it)
    if j - i >= 2 and norms[j - 1] in nisba_index():
        prev_stem, prev_norm = tc.stems[j - 2], norms[j - 2]
        if not prev_stem.startswith(_AL) and prev_stem not in triggers() and prev_norm not in triggers():
            return ((i, j - 1),)
    return ((i, j),)


def _tidy_group(tc: TokenColumns, i: int, j: int) -> tuple[tuple[int, int], ...]:
    """A group's name ends before a function word: the CRF's «المسلحين باتجاه الحدود
    السورية» is «المسلحين» (NORP spans are nouns and nisba adjectives, never a phrase
    with «باتجاه»، «في»، «من»)."""
    stop = stopwords()
    norms, stems = tc.norms, tc.stems
    for k in range(i + 1, j):
        if norms[k] in stop or stems[k] in stop:
            return ((i, k),)
    return ((i, j),)


def _given_before(tc: TokenColumns, k: int) -> bool:
    """Is the word right before a CRF person a given name that starts it («مها» of «مها احمد»,
    «وحازم» of «وحازم امام», which NewsFANE marks with its «و»)? Not the preposition
    «على» (the same word once normalised), and «و» + a name only when it is not «و» + the
    preposition «على» («وعلى» and «وعلي» normalise alike; the raw spelling tells them apart,
    where a test against the training vocabulary, which holds «واحمد» and «وعلي» as ordinary
    words, kept «واحمد رزق» and «وعلي ابو السكر» out)."""
    w, raw = tc.norms[k], tc.texts[k]
    if raw == _ALA or not w[:1].isalpha() or w.startswith(_AL):
        return False  # «الله»، «الملك» are listed as the second half of «عبد الله»، «عبد الملك»
    names = given_names()
    return w in names or (len(w) > 3 and w[0] == "\u0648" and w[1:] in names and raw[1:] != _ALA)


_ORDINALS: Final = frozenset(normalize_key(w) for w in (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
    "الحادي"))
_TEEN: Final = normalize_key("عشر")
_MONARCHS: Final = frozenset(normalize_key(w) for w in (
    "الملك", "ملك", "الملكة", "البابا", "بابا", "السلطان", "الإمبراطور", "الإمبراطورة", "القيصر", "الشاه",
    "جلالة", "العاهل", "الخليفة", "ملكة", "إمبراطور", "سلطان", "أمير"))


def _regnal_end(tc: TokenColumns, i: int, j: int, lo: int, hi: int) -> int:
    """The end of a person's name read without its regnal number: an ordinal right after it
    («الثاني»، «السادس عشر») belongs to the name when a monarch's or pope's title stands in
    the three words before it («جلالة الملك عبدالله الثاني»، «البابا بنديكت السادس عشر») or
    right after the number («فرناندو الثالث ملك قشتالة»;
    NewsFANE training part: inside 22 times in 24, the two others a rank, «محفوظ الثاني على»
    with no title). ``lo``/``hi``: the sentence's tokens."""
    norms, stems = tc.norms, tc.stems
    if j >= hi or norms[j] not in _ORDINALS:
        return j
    end = j + 2 if j + 1 < hi and norms[j + 1] == _TEEN else j + 1
    after = [end] if end < hi else []  # «فرناندو الثالث ملك قشتالة»: the title follows
    if not any(stems[k] in _MONARCHS or norms[k] in _MONARCHS or (norms[k][:1] in _CLITICS and norms[k][1:] in _MONARCHS)
               for k in (*range(max(lo, i - 3), i), *after)):
        return j
    return end


def _rare_nisba(w: str) -> bool:
    """Is the (normalised) word a family name of nisba shape that the training text does not
    know: definite, ending in «ي», no nationality adjective, seen less than twice in training
    («المريخي»، «العظمي»، «الذنيبات» not: no «ي»)? Right after a person's name it belongs to
    the name: NewsFANE training part, folds 0-2, a word so made right after (a part of) a
    person's name is inside it 65 times in 66 («الفريد نوبل السويديي» the one other); a known
    word of that shape is a title or an adjective as often as not («المالي»، «الثاني»), and
    a title or role word («القيادي»، «الصحافي») never is a family name."""
    return len(w) > 4 and w[-1] == "\u064a" and w.startswith(_AL) and w not in common_words() \
        and w not in nisba_index() and w not in stopwords() and w not in triggers()


def _before_name(tc: TokenColumns, k: int) -> bool:
    """Does the word at ``k``, first of a CRF person, stand before the name rather than in it:
    a title of ``triggers.tsv`` («الدكتور»، «اللورد»، «والملك») or a nationality adjective
    («الأذري»، «والدانماركي»)? NewsFANE leaves both outside the name: training part, a title
    is the word before a person 241 times and its first word 22 times, a nationality
    adjective 278 times against 6 (four of them «كينيون», a name that is also «Kenyans»).
    Not a given name («أمين»), nor a monarch's or pope's title, which NewsFANE puts inside a
    name with its regnal number («البابا بندكتوس السادس عشر»)."""
    w, st = tc.norms[k], tc.stems[k]
    if w in given_names() or st in _MONARCHS:
        return False
    trig = triggers()
    if trig.get(st) == "title" or trig.get(w) == "title":
        return True
    bare = w[1:] if len(w) > 3 and w[0] in _CONJ else w
    return bare in nisba_index() or st in nisba_index()


# words that open the next part of a person's name and never end one («عبد المنعم»، «ابو تريكة»، «بن
# ابي وقاص»): a CRF person cut right after one goes on to the next word (NewsFANE training folds: 5
# spans so cut, all wrong)
_NAME_OPENERS: Final = NAME_CONNECTORS | KUNYA | frozenset({normalize_key("عبد")})
_MAX_NAME: Final = 6  # words of a person's name, at most, when extended over its openers


def _name_word_next(tc: TokenColumns, k: int) -> bool:
    """Can token ``k``, after a word that opens a part of a name, be that part: letters, no function
    word, no clitic + article word («عبد» + «للمنعم» is not)?"""
    w = tc.norms[k]
    return w[:1].isalpha() and w not in stopwords() and tc.stem_starts[k] == tc.starts[k]


def _tidy_person(tc: TokenColumns, i: int, j: int, lo: int = 0, hi: int = 0) -> list[tuple[int, int]]:
    """Fix the usual CRF slips on person spans: names joined by «و» («محمد بوفلوسن
    ومحسن الشرقاوي» is two people), a trailing word that is not a name, a name read
    from its «بن» without the given name before it («علي بن ابي طالب»), a monarch's
    or pope's name without its regnal number («الملك عبدالله الثاني»), and a name without
    the rare family nisba right after it («سامر فايز» + «الكنعاني», see :func:`_rare_nisba`). ``lo`` and ``hi``
    are the sentence's first and end tokens: the name never runs out of it."""
    parts: list[tuple[int, int]] = []
    norms = tc.norms
    while j - i > 1 and _before_name(tc, i):
        i += 1  # «الدكتور ماجد نجم»، «واليوغسلافي سيمونجك»: the title or nationality is outside
    j = _regnal_end(tc, i, j, lo, hi)
    while j < hi and j - i < _MAX_NAME and norms[j - 1] in _NAME_OPENERS and _name_word_next(tc, j):
        j += 1  # «نبيل عبد» + «المنعم»، «سعد بن ابي» + «وقاص»: no name ends on these words
    if j < hi and _rare_nisba(norms[j]):
        j += 1  # «محمد مقلد» + «المريخي»: a family nisba the CRF left out
    if i > lo and norms[i] in NAME_CONNECTORS and norms[i - 1] in given_names() and tc.texts[i - 1] != _ALA:
        i -= 1  # «علي بن ابي طالب» read from «بن»: the given name before it starts («على بن لادن» not)
    elif i > lo and _given_before(tc, i - 1):
        i -= 1  # «مها احمد» read from «احمد»: the given name before it starts the name
    a = i
    for k in range(i + 1, j):
        w = norms[k]
        if len(w) > 3 and w[0] == "\u0648" and w not in given_names() and norms[k - 1] not in _NAME_OPENERS:
            parts.append((a, k))  # not «بن ابي» + «وقاص»: the word after an opener is the name's
            a = k
    parts.append((a, j))
    out = []
    for a, b in parts:
        while b - a > 1 and _junk_tail(tc, b - 1):
            b -= 1
        while b - a > 1 and _before_name(tc, a):
            a += 1  # «جاركا» + «والكازاخستاني جيرل»: the second name's nationality is outside it too
        out.append((a, b))
    return out


def _actor_mentions(doc: Doc, tc: TokenColumns, found: Sequence[Match[ActorEntry]],
                    head_at: Sequence[int]) -> list[Mention]:
    """Generic forces in the actor dictionary (``found``: the actor matcher's matches) and
    force heads (tokens ``head_at``), with nationality if stated."""
    out: list[Mention] = []
    nis = nisba_index()
    ends_list, norms, stems = tc.ends, tc.norms, tc.stems
    n = len(norms)

    def next_nisba(k_end: int) -> tuple[str | None, int]:
        # the nationality adjective right after token k_end-1 (skipping one modifier word)
        for k in (k_end, k_end + 1):
            if k < n:
                iso = nis.get(norms[k])
                if iso:
                    return iso, k + 1
                if not norms[k].startswith(_AL):  # only a definite modifier is skipped
                    break
        return None, k_end

    for m in found:
        entry: ActorEntry = m.payloads[0]
        if not entry.generic:
            continue  # named actors come through the entity lexicon
        k = bisect_left(ends_list, m.end)
        iso, kend = next_nisba(k + 1) if k < n and ends_list[k] == m.end else (None, 0)
        if iso:
            e = ends_list[kend - 1]
            head = force_heads().get(normalize_key(m.text))
            origin = "actor" if head and head[2] else "generic"
            q = qualify(entry, iso)
            out.append(Mention(m.start, e, doc.raw[m.start:e], "ORG", q.name, origin, actor=q))
        else:
            out.append(Mention(m.start, m.end, m.text, "ORG", None, "generic", actor=entry))
    heads = force_heads()
    firsts = _force_firsts()
    for k in head_at:  # tokens whose word is (or starts) a force head
        st = stems[k]
        width = 1
        head = heads.get(st) or heads.get(norms[k])
        if k + 2 < n and st in firsts:
            two = heads.get(st + " " + norms[k + 1])
            if two:
                head, width = two, 2
        if not head or k + width >= n:
            continue
        iso = nis.get(norms[k + width])
        if not iso:
            continue
        role, template, named = head
        s, e = tc.stem_starts[k], ends_list[k + width]
        gen = generic_for(role)
        origin = "actor" if named else "generic"
        if gen is not None:
            q = qualify(gen, iso)
            out.append(Mention(s, e, doc.raw[s:e], "ORG", q.name, origin, actor=q))
        else:
            name = fill_country(template, country_name(iso) or iso)
            out.append(Mention(s, e, doc.raw[s:e], "ORG", name, origin))
    return out


_DATELINE_MARKS: Final = frozenset({"-", ":", "\u2013", "\u2014"})  # - : – —


def _dateline_outlets(doc: Doc, tc: TokenColumns, bounds: Sequence[tuple[int, int]],
                      cands: list[Mention]) -> list[Mention]:
    """The outlet of a dateline: «دبي - الخليج :»، «بغداد : الشرق الاوسط»، «البحرين - الراي -»،
    «بيروت - الاتحاد ووكالات الانباء :» name the paper after the place, between the marks. Only a
    definite name of one or two words that is not a country or town of the lexicons («لوثر ماتيوس :
    المانيا - يوغسلافيا» is a match) and is closed by a mark, or by «و» (and the agencies) when a
    mark comes within three words (a heading, «المراة الفلسطينية : التعليم والمراة صور», has none); a
    reporter there starts with a given name («اربد - علي غرايبة»). It wins over the CRF's reading
    and a lexicon region («الشرق الاوسط», the Middle East); a lexicon organisation there is kept
    with its canonical («العربي الجديد»)."""
    out: list[Mention] = []
    norms, texts = tc.norms, tc.texts
    places: list[Mention] | None = None
    for lo, hi in bounds:
        sep = next((k for k in (lo + 1, lo + 2) if k < hi and texts[k] in _DATELINE_MARKS), None)
        if sep is None or not norms[lo][:1].isalpha() or (sep == lo + 2 and not norms[lo + 1][:1].isalpha()):
            continue
        a = sep + 1 + (sep + 1 < hi and norms[sep + 1] == QUOTE_NORM)
        if a >= hi or not norms[a].startswith(_AL) or len(norms[a]) < 4 or norms[a] in given_names():
            continue
        b = a + 1
        if b < hi and norms[b].startswith(_AL) and len(norms[b]) > 3:
            b += 1
        if b >= hi or not (texts[b] in _DATELINE_MARKS or norms[b] == QUOTE_NORM or (
                norms[b][:1] == "\u0648" and any(t in _DATELINE_MARKS for t in texts[b + 1:min(b + 4, hi)]))):
            continue  # «و» + the agencies, then the mark: not a heading's «التعليم والمراة صور ...»
        s, e = tc.starts[a], tc.ends[b - 1]
        if places is None:
            places = [m for m in cands if m.type in ("GPE", "ORG") and m.origin in ("lexicon", "actor")]
        if any(m.start < e and s < m.end for m in places):
            continue
        out.append(Mention(s, e, doc.raw[s:e], "ORG", None, "rule++"))
    return out


# a match's score, «1 - صفر»، «2 - 1»: one or two digits or «صفر» on each side of « - », not a date
# («30 - 8 - 2006»), a year range («1992 - 1997») or a decimal, and ending a clause (a mark or «و»
# after it), as a results line or a tennis set does: «بين 3 - 5 قتلى» is a count
_SCORE: Final = re.compile("(?<![-\\d/.,:] )(?<![-\\d/.,:])(?:\\d{1,2}|\u0635\u0641\u0631) - (?:\\d{1,2}|\u0635\u0641\u0631)"
                           "(?![\\d/.,:])(?! -)(?= ?(?:[.\u060c,\u061b)\\n]|$| \u0648 ))")
_SCORE_CUE: Final = SportsEntry("score", "cue")
_SCORE_LEFT: Final = 3  # characters of a score's first number before its « - » («صفر»، «12»)


def _score_cues(raw: str) -> list[Match[SportsEntry]]:
    """A match's score is a sports cue: a results line names its clubs with no cue word
    («سلتيك ( اسكتلندا ) - كوبنهاغن ( الدنمارك ) 1 - صفر .»). NewsFANE training part: 11 of its 415
    sports organisations are more than two sentences from a cue word, all in such lines; of the 33
    sentences with a score 31 are match or tennis reports (the others a car model and a page range)."""
    # each « - » is tried where a score's first number may start (up to three characters before
    # it: «صفر»، two digits): the pattern's lookbehinds made ``finditer`` try every position of
    # the text, 2.9M instructions an article (callgrind), for the same matches
    out: list[Match[SportsEntry]] = []
    last_end = -1
    i = raw.find(" - ")
    while i >= 0:
        for j in range(max(i - _SCORE_LEFT, last_end, 0), i):
            m = _SCORE.match(raw, j)
            if m is not None:
                out.append(Match(m.start(), m.end(), m.group(), m.group(), (_SCORE_CUE,), ""))
                last_end = m.end()
                break
        i = raw.find(" - ", i + 3)
    return out


def _sports_spans(doc: Doc, cue_sents: list[int]) -> list[tuple[int, int]]:
    """The character ranges of the sentences within ``SPORTS_WINDOW`` of a sentence with a sports
    cue (``cue_sents``: :func:`_cue_sentences`), merged and sorted."""
    if not cue_sents:
        return []
    sents = doc.sentences
    out: list[tuple[int, int]] = []
    for k in cue_sents:
        a = sents[max(k - SPORTS_WINDOW, 0)].start
        b = sents[min(k + SPORTS_WINDOW, len(sents) - 1)].end
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _resolve_overlaps(cands: list[Mention], sports: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Keep the best of overlapping candidates: higher origin rank, then longer span.

    Two exceptions, because the CRF sees the lexicon match as a feature and its context:
    a CRF span that strictly contains a lexicon name wins («وزارة الخارجية الألمانية»
    over «وزارة الخارجية», «جامعة دمشق» over the city), unless the CRF reads a group of
    people (NORP) around a name of another type: «أعضاء الكونغرس»، «أعضاء مجلس الأمن» name
    the body, not a group called so (NewsFANE training folds 0-2: the lexicon name is the
    gold entity 4 times in 5 such spans), and a CRF span equal to a lexicon name gives its type
    (a country in a football report is the national team, ORG) but keeps the canonical.
    A quoted organisation name after its head (the strong quote rule) that holds a lexicon
    name without an actor wins the same way («صحيفة "نيويورك بوست"»، «"إسرائيل اليوم"»).
    Where the CRF reads a lexicon name (not an actor) without its first word and with the
    same type («دولة الكويت» -> «الكويت»، «منظمة الامم المتحدة» -> «الامم المتحدة»), the
    lexicon mention takes the CRF's span and keeps its canonical: the CRF learned from the
    corpora where a head belongs to the name; so too where it reads a lexicon place with one
    head word more and the same type («جمهورية نيبال»، «مدينة غزة»: Wojood's span, and still Nepal).
    """
    rank = _RANK
    crf = sorted([m for m in cands if m.origin == "crf"], key=_START)
    crf_starts = [c.start for c in crf]
    quoted = [m for m in cands if m.origin == "rule+" and m.type == "ORG"]
    for m in cands:
        if m.origin not in ("lexicon", "actor"):
            continue
        for q in quoted:  # «صحيفة "نيويورك بوست"»: the quoted name holds the city's (not an
            # actor's: «تنظيم «القاعدة ببلاد المغرب»» keeps al-Qaeda for the events)
            if m.actor is None and q.start <= m.start and m.end <= q.end and q.end - q.start > m.end - m.start:
                q.origin = "rule++"
        # «دولة الكويت» in the lexicon, «الكويت» for the CRF: the name without the head
        j = bisect_right(crf_starts, m.start)
        if m.origin == "lexicon" and j < len(crf) and crf[j].start < m.end and crf[j].end == m.end \
                and crf[j].type == m.type and " " not in m.text[: crf[j].start - m.start].strip():
            c = crf[j]
            m.start, m.text = c.start, c.text
            continue
        # CRF spans are disjoint: only the one starting at or before m.start can contain it
        k = bisect_right(crf_starts, m.start) - 1
        if k >= 0:
            c = crf[k]
            if m.origin == "lexicon" and c.start < m.start and c.end == m.end and c.type == m.type \
                    and c.type in PLACE_TYPES and " " not in c.text[: m.start - c.start].strip():
                # «جمهورية نيبال»، «مدينة غزة»: the CRF reads the place with its head word; the
                # lexicon mention takes that span and keeps its canonical (and the country)
                m.start, m.text = c.start, c.text
                continue
            if c.start == m.start and c.end == m.end:
                if c.type == "ORG" and m.origin == "lexicon" and m.type == "GPE" and not _inside(sports, m.start) \
                        and normalize_key(m.text) not in _country_words():
                    continue  # «رد موسكو»، «في برشلونة»: far from a match report a town stays one (a club
                    # is named so only there); a country may be its state («طلب الفاتيكان»)
                if (c.type != "PER" or m.origin != "lexicon") and not (c.type == "MISC" and m.actor is not None):
                    # «شرطة صلاح الدين»: a province, no person; «اللواء 444»: an armed group, no work
                    m.type = c.type
            elif c.start <= m.start and m.end <= c.end and (c.type != "NORP" or m.type == "NORP"):
                c.origin = "crf-" if _not_one_name(c, m) else "crf+"

    # best first: rank, then length, then start, then input order; «جنديا تركيا»: a generic
    # force qualified by a nationality ranks as a name, not the country inside it
    # The key (-rank, start - end, start, i) as one int, its parts as the digits of a mixed radix
    # (start in [0, top), start - end + top in [0, 2 * top], i in [0, len(cands))): the same order,
    # sorted by comparing ints in C, not 4-tuples, which compared their later items as objects
    # once the ranks tie (~0.2M instructions an article compiled, with the 4-tuples' allocation)
    top = 1
    for m in cands:
        top = max(top, m.start + 1, m.end + 1)
    n = len(cands)
    order = sorted([((-(4 if m.origin == "generic" and isinstance(m.actor, ActorEntry) and not m.actor.generic
                        else rank.get(m.origin, 0)) * (2 * top + 1) + m.start - m.end + top) * top + m.start) * n + i
                    for i, m in enumerate(cands)])
    chosen: list[Mention] = []
    # the spans chosen so far: disjoint, so by start their ends ascend too, and the one starting
    # last before a candidate's end is the only one that can reach into it (a bisect; a bytearray
    # over the text with a find and a slice assignment a candidate cost ~0.3M instructions an article)
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    for key in order:
        m = cands[key % n]
        s, e = m.start, m.end
        if s < e:
            k = bisect_left(taken_starts, e)
            if k and taken_ends[k - 1] > s:
                continue
            taken_starts.insert(k, s)
            taken_ends.insert(k, e)
        chosen.append(m)
    # a person a rule found after a state title keeps that title's actor whoever won the span
    titled = [m for m in cands if m.type == "PER" and m.actor is not None and m.origin.startswith("rule")]
    for m in chosen:
        if m.origin in ("rule+", "rule++"):
            m.origin = "rule"
        elif m.origin == "crf+":
            m.origin = "crf"
        if m.type == "PER" and m.actor is None and titled:
            m.actor = next((r.actor for r in titled if r.start < m.end and m.start < r.end), None)
    return sorted(chosen, key=_START)


def _clubs_with_towns(doc: Doc, tc: TokenColumns, ents: list[Mention],
                      found: Sequence[Match[SportsEntry]], cue_list: list[int]) -> list[Mention]:
    """A club's name that goes on with its town is one name: «بايرن ميونيخ»، «فيردر بريمن»،
    «ستيوا بوخارست»، «إيك أثينا». In a sentence with a sports cue, an organisation of one indefinite
    word («بايرن»; not a listed actor), or an unnamed word that is no cue («رالي باريس») and looks
    transliterated («ستيوا»), right before a town (a place mention of one word, no country, no
    proclitic) takes the town into its name, and the town is no place of its own. The CRF and the
    lists know the clubs of the training text whole; a club they lack they read as a name and a
    city. NewsFANE training part: a sports organisation whose last word is a one-word place 65
    times, a sports organisation and a place right after it once («مانشستر يونايتد لندن»)."""
    sent_starts = [s.start for s in doc.sentences]
    cue_sents = set(cue_list)
    starts, ends, norms = tc.starts, tc.ends, tc.norms
    n = len(starts)
    countries = _country_words()
    at_start = {m.start: i for i, m in enumerate(ents)}
    covered: list[bool] | None = None
    cue_tokens = {bisect_right(ends, m.start) for m in found if m.payloads[0].kind in _CUE_KINDS}  # «رالي باريس»
    drop: set[int] = set()
    add: list[Mention] = []
    for i, m in enumerate(ents):
        if m.type not in PLACE_TYPES or m.origin in NOMINAL or " " in m.text or i in drop \
                or bisect_right(sent_starts, m.start) - 1 not in cue_sents:
            continue
        k = bisect_left(starts, m.start)
        if k == 0 or k >= n or starts[k] != m.start or ends[k] != m.end or tc.stem_starts[k] > starts[k] \
                or norms[k] in countries or starts[k] != ends[k - 1] + 1:
            continue
        j = at_start.get(starts[k - 1])  # a mention of the word before the town
        club = ents[j] if j is not None and j not in drop and ents[j].end == ends[k - 1] else None
        if club is not None:
            if club.type != "ORG" or club.origin in NOMINAL or club.actor is not None or " " in club.text \
                    or norms[k - 1].startswith(_AL):
                continue
            s = club.start
            drop.add(j)  # type: ignore[arg-type]
        else:
            if covered is None:
                covered = _covered(tc, ents)
            w = norms[k - 1]
            if covered[k - 1] or k - 1 in cue_tokens or not _club_word(w, True) or w in given_names():
                continue
            s = starts[k - 1]
        drop.add(i)
        add.append(Mention(s, m.end, doc.raw[s:m.end], "ORG", club.canonical if club else None,
                           club.origin if club else "rule"))
    if not add:
        return ents
    return sorted([m for i, m in enumerate(ents) if i not in drop] + add, key=_START)


# «التابعة لـ»: «affiliated to», after which an organisation's description names the body it belongs to
_AFFILIATED: Final = frozenset(normalize_key(w) for w in (
    "التابع", "التابعة", "تابع", "تابعة", "التابعين", "تابعين", "التابعتين", "التابعان"))
_THE_UN: Final = normalize_key("للأمم المتحدة")  # the preposition ل, the article and «the nations»
_THE_UN_WORDS: Final = tuple(_THE_UN.split())


def _body_of_the_un(doc: Doc, tc: TokenColumns, ents: list[Mention]) -> list[Mention]:
    """A body of the UN named as its part, «X (التابعة) للأمم المتحدة», is the UN as NewsFANE marks
    it («قوات حفظ السلام التابعة للأمم المتحدة»، «الجمعية العامة للأمم المتحدة» -> «الأمم المتحدة»),
    and «X الجناح العسكري لـ Y» is X and Y, the description between them no name. Training part: a
    body before «(التابعة) للأمم المتحدة» is never marked with it (0 of 45; «الأمم المتحدة» after it
    always is), and its own office or assembly only when named alone. The agencies whose name holds
    the UN in the middle («المفوضية السامية للأمم المتحدة لشؤون اللاجئين») keep their names, and so
    does a body affiliated to anyone else («وزارة الصحة التابعة للحوثيين»: the ministry is the
    source of a toll, not the Houthis)."""
    if _THE_UN not in doc.norm.text and not any(" " in m.text and m.type == "ORG" for m in ents):
        return ents
    starts, ends, norms = tc.starts, tc.ends, tc.norms
    out: list[Mention] | None = None
    for i, m in enumerate(ents):
        if m.type != "ORG" or m.origin in NOMINAL or " " not in m.text:
            continue
        a, b = bisect_right(ends, m.start), bisect_left(starts, m.end)
        cut = next((t + 1 for t in range(a + 1, b - 2) if norms[t] in _AFFILIATED
                    and norms[t + 1] == _THE_UN_WORDS[0] and norms[t + 2] == _THE_UN_WORDS[1]), None)
        if cut is None and b - a > 3 and norms[b - 2] == _THE_UN_WORDS[0] and ends[b - 1] == m.end:
            cut = b - 2  # «الجمعية العامة للأمم المتحدة»
        wing = next((t for t in range(a + 1, b - 2) if norms[t] == _WING and norms[t + 1] in _WING_KINDS
                     and norms[t + 2][:1] == "\u0644"), None) if cut is None else None
        if wing is not None:
            cut = wing + 2  # «سرايا القدس الجناح العسكري لحركة الجهاد الإسلامي»: the wing, then the movement
        if cut is None:
            continue
        s = _span_start(tc, cut, doc.raw)
        if s <= m.start or s >= m.end:
            continue
        if out is None:
            out = list(ents)
        un = norms[cut] == _THE_UN_WORDS[0]
        if wing is None:
            out[i] = Mention(s, m.end, doc.raw[s:m.end], "ORG", "United Nations" if un else None, m.origin, m.actor)
        else:  # the wing keeps what was known of the whole, the movement is named anew
            out[i] = Mention(m.start, ends[wing - 1], doc.raw[m.start:ends[wing - 1]], "ORG", m.canonical, m.origin,
                             m.actor)
            out.append(Mention(s, m.end, doc.raw[s:m.end], "ORG", None, m.origin))
    return sorted(out, key=_START) if out is not None else ents


_WING: Final = normalize_key("الجناح")
_WING_KINDS: Final = frozenset(normalize_key(w) for w in ("العسكري", "السياسي", "المسلح", "الإعلامي"))


def _towns_after_in(tc: TokenColumns, ents: list[Mention]) -> list[Mention]:
    """A one-word organisation named like a town, right after «في» or «مدينة», is the town: «يوفنتوس
    في تورينو»، «في مدينة ميلان»، «مؤتمر في برشلونة» (the club lists and the CRF read a club there).
    Indefinite town names only (``gazetteer_words``): «في الوحدة» may be a player's club."""
    one = gazetteer_words()[0]
    starts, ends, norms = tc.starts, tc.ends, tc.norms
    for m in ents:
        if m.type != "ORG" or m.origin in _LISTED_ORIGINS or " " in m.text:
            continue
        k = bisect_left(starts, m.start)
        if 0 < k < len(starts) and starts[k] == m.start and ends[k] == m.end and norms[k - 1] in _IN_TOWN \
                and not norms[k].startswith(_AL) and norms[k] in one:
            m.type = "GPE"
    return ents


_LISTED_ORIGINS: Final = frozenset({"lexicon", "actor", "generic", "anaphor"})


# what stands before a club in a fixture or results list: «المجموعة الأولى : ليفسكي صوفيا ( بلغاريا ) -
# تشلسي ( إنجلترا )»
_FIXTURE_SEPARATORS: Final = frozenset({"-", ":", _CLOSE_PAREN, "\u060c", ",", "\u2013"})  # - : ) ، , –


def _clubs_before_countries(doc: Doc, tc: TokenColumns, ents: list[Mention], cue_sents: list[int]) -> list[Mention]:
    """In a sports sentence, a name of one to three words between a list's separator (or the
    sentence's start) and its country in parentheses is a club: «ليفسكي صوفيا ( بلغاريا ) - تشلسي
    ( إنجلترا )»، «ستيوا بوخارست ( رومانيا ) - ليون ( فرنسا ) صفر - 3». The CRF reads the towns among
    them as places («روما»، «ليون»), the others as people. NewsFANE training part: a name right
    before «( country )» is an organisation 30 times, a place 6 (none after a separator: «في
    برشلونة ( إسبانيا )»)."""
    raw = doc.raw
    if _OPEN_PAREN not in raw:
        return ents
    if not cue_sents:
        return ents
    texts, norms, starts, ends = tc.texts, tc.norms, tc.starts, tc.ends
    countries = _country_words()
    generic = club_generic_words() | stopwords()
    common = common_words()
    by_end = {m.end: m for m in ents}
    spans: list[tuple[int, int]] = []
    for si in cue_sents:
        sent = doc.sentences[si]
        lo, hi = bisect_left(starts, sent.start), bisect_right(ends, sent.end)
        for k in range(lo + 1, hi - 2):
            if texts[k] != _OPEN_PAREN or texts[k + 2] != _CLOSE_PAREN or norms[k + 1] not in countries:
                continue
            i = k
            while i > lo and k - i < 3 and texts[i - 1][:1].isalpha():
                i -= 1
            if i == k:
                continue
            m = by_end.get(ends[k - 1])
            if m is not None and m.start >= starts[i]:
                a = bisect_right(ends, m.start)  # the tagger's name, unless a place is located there
                if a > lo and norms[a - 1] in _NEAR_WORDS or starts[a] < m.start:  # «في برشلونة ( إسبانيا )»
                    continue
                spans.append((a, k))
            elif (i == lo or texts[i - 1] in _FIXTURE_SEPARATORS) and norms[i] not in generic \
                    and norms[i] not in common:
                spans.append((i, k))
    if not spans:
        return ents
    add: list[Mention] = []
    for i, k in spans:
        s = _span_start(tc, i, raw)
        add.append(Mention(s, ends[k - 1], raw[s:ends[k - 1]], "ORG", None, "rule"))
    return sorted([m for m in ents if not any(a.start < m.end and m.start < a.end for a in add)] + add, key=_START)


_RESULT_NAME_WORDS: Final = 3  # words of a side's name in a results line, at most
_MAX_GOALS: Final = 15  # a side's score in a results line, at most («صوت 89 مقابل 2» is a vote)


def _goals(word: str) -> bool:
    """Is the token a side's score: a number up to ``_MAX_GOALS`` or «صفر»?"""
    return word == "\u0635\u0641\u0631" or word.isdigit() and int(word) <= _MAX_GOALS


def _side_end(tc: TokenColumns, k: int, hi: int, stop: frozenset[str]) -> int:
    """Where the score after a side's name starting at token ``k`` stands (its token), or -1."""
    j = k
    while j < hi and j - k < _RESULT_NAME_WORDS and tc.texts[j].isalpha() and tc.norms[j] not in stop:
        j += 1
    return j if k < j < hi and _goals(tc.texts[j]) else -1


def _results_lines(doc: Doc, tc: TokenColumns, ents: list[Mention], cue_list: list[int]) -> list[Mention]:
    """Near a sports cue, a sentence that opens with a results line names two clubs: «الصريح 3 اتحاد
    الرمثا 1 .»، «الحسين 2 شباب الحسين 0 عمان - لؤي العبادي ...» (a side, its score, the other side,
    its score, then the sentence's end or a dateline). A league's results pages open each report so,
    whatever clubs the lists know. A side the lexicons name (a country: a national team, which
    NewsFANE marks as the nation) keeps its reading. NewsFANE training part: 3 such lines, 6 clubs in 6
    sides (and no other sentence opens so but two figures of a vote or a price, «صوت 89 مقابل 2»)."""
    stop = stopwords() | _VERSUS
    near = {k + d for k in cue_list for d in range(-SPORTS_WINDOW, SPORTS_WINDOW + 1)}
    texts, starts, ends = tc.texts, tc.starts, tc.ends
    add: list[tuple[int, int]] = []
    for si in sorted(near):
        if not 0 <= si < len(doc.sentences):
            continue
        sent = doc.sentences[si]
        lo, hi = bisect_left(starts, sent.start), bisect_right(ends, sent.end)
        p1 = _side_end(tc, lo, hi, stop)
        p2 = _side_end(tc, p1 + 1, hi, stop) if p1 >= 0 else -1
        if p2 < 0 or not (p2 + 1 == hi or texts[p2 + 1] in (".", "-") or p2 + 2 < hi and texts[p2 + 2] == "-"):
            continue
        add += [(lo, p1), (p1 + 1, p2)]
    if not add:
        return ents
    drop: set[int] = set()
    out: list[Mention] = []
    for a, b in add:
        s, e = starts[a], ends[b - 1]
        over = [i for i, m in enumerate(ents) if m.start < e and s < m.end]
        if any(ents[i].origin in _LISTED_ORIGINS or ents[i].type == "ORG" and ents[i].start == s
               and ents[i].end == e for i in over):
            continue
        drop.update(over)
        out.append(Mention(s, e, doc.raw[s:e], "ORG", None, "rule"))
    return sorted([m for i, m in enumerate(ents) if i not in drop] + out, key=_START)


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Countries' Arabic names and variants, normalised («قطر»، «الفاتيكان»)."""
    from hadath.lexicon.actors import load_countries  # noqa: PLC0415

    return frozenset(normalize_key(v) for c in load_countries() for v in (c.name_ar, *c.variants))


def _inside(ranges: Sequence[tuple[int, int]], at: int) -> bool:
    """Is the offset ``at`` inside one of the sorted, disjoint ``ranges``?"""
    k = bisect.bisect_right(ranges, (at, 1 << 62)) - 1
    return k >= 0 and at < ranges[k][1]


def _not_one_name(c: Mention, m: Mention) -> bool:
    """Does the CRF span ``c`` hold the lexicon name ``m`` without being a longer name of it?
    The CRF runs an actor on into the place after it («تنظيم الدولة الإسلامية في الميادين»:
    the group, then the town), and a head noun over the opening mark of a quoted name
    («تنظيم "الدولة الإسلامية»: cut at the closing mark, the group unresolved); the lexicon's
    name is the mention then, and what follows it gets its own."""
    if m.actor is None:  # «لـ«الشرق الأوسط»: the CRF's newspaper, not the lexicon's region
        return False
    before = c.text[:m.start - c.start].rstrip()
    if before and before[-1] in _OPENING_MARKS:
        return True
    after = c.text[m.end - c.start:].split(None, 1)
    if after and _indefinite_accusative(after[0]):
        return True  # «مسلحون من حركة الشباب مركزا للشرطة»: the group, then the verb's object
    return len(after) == 2 and after[0] in _PLACE_PREPOSITIONS


def _indefinite_accusative(word: str) -> bool:
    """Is ``word`` an indefinite noun in the accusative («مركزاً»، «مركزا»، «موقعاً»): never
    the next word of an actor's name, but the object of the verb before it."""
    w = word.rstrip(_TANWEEN_FATH)
    return len(w) > 3 and w.endswith(_ALIF_END) and not w.startswith(_DEF_ARTICLE) and w[-2] not in _NOT_TANWEEN_BEFORE


_TANWEEN_FATH: Final = "\u064b"  # ً
_ALIF_END: Final = "\u0627"  # ا
_DEF_ARTICLE: Final = "\u0627\u0644"  # ال
_NOT_TANWEEN_BEFORE: Final = "\u0627\u0648\u064a\u0621"  # «ـاا»، «ـوا» (a verb's plural), «ـيا»، «ـءا»


def _covered(tc: TokenColumns, ents: list[Mention]) -> list[bool]:
    """Per token: does a mention overlap it? (binary search per mention, no token sweep)"""
    starts, ends = tc.starts, tc.ends
    out = [False] * len(starts)
    for m in ents:
        a = bisect_right(ends, m.start)
        b = bisect_left(starts, m.end)
        if b > a:
            out[a:b] = [True] * (b - a)
    return out


def _parenthesised_aliases(doc: Doc, tc: TokenColumns, ents: list[Mention]) -> list[Mention]:
    """«حركة المقاومة الإسلامية (حماس)»: the name in parentheses is the same organisation."""
    starts, texts, norms = tc.starts, tc.texts, tc.norms
    n = len(starts)
    covered: list[bool] | None = None  # computed on the first parenthesis after an ORG
    out = list(ents)
    for m in ents:
        if m.type != "ORG" or m.origin in NOMINAL:
            continue
        k = bisect_left(starts, m.end)
        if k >= n or texts[k] != _OPEN_PAREN or starts[k] - m.end > 1:
            continue
        j = k + 1
        while j < n and j - k <= 4 and texts[j] != _CLOSE_PAREN and norms[j][:1].isalpha():
            j += 1
        if j >= n or texts[j] != _CLOSE_PAREN or j <= k + 1:
            continue
        if covered is None:
            covered = _covered(tc, ents)
        if not any(covered[k + 1:j]):
            s, e = starts[k + 1], tc.ends[j - 1]
            out.append(Mention(s, e, doc.raw[s:e], "ORG", m.canonical or m.text, "rule", actor=m.actor))
            for x in range(k + 1, j):
                covered[x] = True
    return sorted(out, key=_START) if len(out) > len(ents) else ents


_CREDIT_ENDS: Final = frozenset({_CLOSE_PAREN, "-", "/"})  # «( الفرنسية )»، «( الفرنسية - أرشيف )»


def _credits(doc: Doc, tc: TokenColumns, ents: list[Mention]) -> list[Mention]:
    """A news agency credited by its adjective alone in parentheses, as captions credit a
    photo («... العراقيين ( الفرنسية )»: AFP; ``credits.tsv``), is the agency, not the adjective.
    The word must open the parentheses and be followed by their end or by «-» («( الفرنسية -
    أرشيف )»), and no other entity holds it."""
    raw = doc.raw
    p = raw.find(_OPEN_PAREN)
    if p < 0:
        return ents
    names = credits()
    starts, norms, texts = tc.starts, tc.norms, tc.texts
    n = len(starts)
    out = list(ents)
    while p >= 0:
        k = bisect_left(starts, p) + 1  # the token after «(»
        p = raw.find(_OPEN_PAREN, p + 1)
        if k + 1 >= n or texts[k - 1] != _OPEN_PAREN or norms[k] not in names or texts[k + 1] not in _CREDIT_ENDS:
            continue
        s, e = starts[k], tc.ends[k]
        if any(m.start < e and s < m.end for m in ents):
            continue
        out.append(Mention(s, e, raw[s:e], "ORG", names[norms[k]], "rule"))
    return sorted(out, key=_START) if len(out) > len(ents) else ents


_TOLD_TO: Final = ("\u0644\u0640\u00ab", "\u0644\u00ab", "\u0644\u0640\"", "\u0644\"")  # لـ« ل« لـ" ل"
_CLOSING_MARKS: Final = "\u00bb\""  # » "
_TELLING: Final = tuple(normalize_key(w) for w in (
    "قال", "أفاد", "أكد", "صرح", "أوضح", "كشف", "تحدث", "أضاف", "ذكر", "أشار", "أعلن", "نفى", "تصريح", "تصريحات",
    "حديث", "مقابلة", "اتصال", "مضيفا", "مؤكدا", "موضحا", "مشيرا"))
_TELLING_REACH: Final = 80  # characters before the name read for the verb or noun of telling


def _told_to_outlet(doc: Doc, ents: list[Mention]) -> list[Mention]:
    """A place name in quotation marks after «لـ» that a verb or noun of telling comes shortly
    before («وقال مصدر أمني لـ«الشرق الأوسط»»، «في تصريح لـ«العربية»»، «أفاد مصدر محلي في مدينة
    نوى لـ«الشرق الأوسط»») is the outlet told, an organisation, not the region or the word its
    name spells."""
    raw = doc.raw
    out: list[Mention] | None = None
    for i, m in enumerate(ents):
        if m.type not in PLACE_TYPES or m.end >= len(raw) or raw[m.end] not in _CLOSING_MARKS:
            continue
        if not raw.endswith(_TOLD_TO, max(0, m.start - 3), m.start):
            continue
        words = raw[max(0, m.start - _TELLING_REACH):m.start].split()
        if not any(normalize_key(w).lstrip("\u0648\u0641").startswith(_TELLING) for w in words):
            continue
        if out is None:
            out = list(ents)
        out[i] = Mention(m.start, m.end, m.text, "ORG", None, "rule")
    return out if out is not None else ents


_ACRONYM_PARTS: Final = 3  # letters an acronym needs at least («ق . م», BC, has two)
_MODEL_NUMBER: Final = re.compile("[ \u00a0]*[-\u0640\u2013]?[ \u00a0]*[0-9\u0660-\u0669]")  # «ـ4»، «- 2»


def _dotted_acronyms(doc: Doc, tc: TokenColumns, ents: list[Mention]) -> list[Mention]:
    """An acronym spelled letter by letter with full stops («إف . بي . آي»، «سي.آي.إيه»، «أ . ف .
    ب»; ``letter_names.tsv``) names an organisation, when three or more letters make it and no
    other mention holds it: the CRF reads the letters as separate words and misses it (NewsFANE
    training part: 12 organisations in 14 such runs). Letters a number follows are a model's
    («صواريخ من طراز اس.اس.ان ـ4»، «نتاليا اس . ال . اس - 2»), not a body's."""
    raw = doc.raw
    p = raw.find(".")
    if p < 0:
        return ents
    letters = letter_names()
    starts, norms = tc.starts, tc.norms
    n = len(starts)
    covered: list[bool] | None = None
    out = list(ents)
    while p >= 0:
        k = bisect_left(starts, p)  # the full stop's token
        if 0 < k < n - 1 and norms[k] == "." and norms[k - 1] in letters and norms[k + 1] in letters:
            a, b = k - 1, k + 2
            while b + 1 < n and norms[b] == "." and norms[b + 1] in letters:
                b += 2
            if b - a >= 2 * _ACRONYM_PARTS - 1:
                if covered is None:
                    covered = _covered(tc, ents)
                s, e = starts[a], tc.ends[b - 1]
                if not any(covered[a:b]) and "\n" not in raw[s:e] and not _MODEL_NUMBER.match(raw, e):
                    # not across a line («... أيه .» / «أ . ف . ب»), nor a model's letters («اس.اس.ان ـ4»)
                    out.append(Mention(s, e, raw[s:e], "ORG", None, "rule"))
            p = raw.find(".", tc.ends[b - 1])
        else:
            p = raw.find(".", p + 1)
    return sorted(out, key=_START) if len(out) > len(ents) else ents


_NISBA_NAME_WORDS: Final = 3  # at most this many words of a foreigner's name after his nationality


_THAT_FORMS: Final = frozenset({"\u0628\u0623\u0646", "\u0648\u0628\u0623\u0646"})  # بأن وبأن, as written


def _named_after_nisba(doc: Doc, cols: _Columns, ents: list[Mention]) -> list[Mention]:
    """Two or three unnamed words right after a nationality adjective, each a given name or a
    rare word that looks transliterated, are a foreigner's name: «الرئيس الروماني ترايان
    باسيسكو»، «الناطق باسم الحكومة الالمانية اولريتش فيلهلم»، «البحار البرتغالي فاسكو ديجاما».
    Arabic news introduces foreign persons so, and the CRF, with no such words in training, misses
    them. One word is not enough («القطري لين»، «الروسي فوزا»), nor a definite word, a function
    word, another nationality («والياباني والباكستاني»), «علي» (also «على» written with «ي») or a
    place of the gazetteer."""
    at = np.flatnonzero(cols.values[_WordTable.BITS] & _F_NISBA)
    if not len(at):
        return ents
    tc = cols.tc
    norms, ends = tc.norms, tc.ends
    raw = doc.raw
    n = len(norms)
    covered: np.ndarray | None = None  # computed for the first nationality followed by two name words
    out = list(ents)
    for k in at.tolist():
        if k + 1 >= n or not _foreign_name_word(norms[k + 1], True) or not (
                (k + 2 < n and _name_word_after(norms[k + 2], True)) or _person_head_before(tc, k)):
            continue  # nearly every nationality adjective: the word after it is an ordinary one
        if tc.texts[k + 1] in _THAT_FORMS:
            continue  # «وأفاد نادي الأسير الفلسطيني بأن ...»: "that", whose key is the name «بان»
        if covered is None:
            covered = _mask(n, *_token_ranges(cols, ents))
        j = k + 1
        while j < n and j - k <= _NISBA_NAME_WORDS and not covered[j] and (
                j == k + 1 or _name_word_after(norms[j], True)):
            j += 1
        if (j - k - 1 < 2 and not (j - k - 1 == 1 and _person_head_before(tc, k) and _one_word_name(tc, k)))\
                or "\n" in raw[ends[k]:ends[j - 1]]:
            continue
        s, e = _span_start(tc, k + 1, raw), ends[j - 1]
        out.append(Mention(s, e, raw[s:e], "PER", None, "rule"))
        covered[k + 1:j] = True
    return sorted(out, key=_START) if len(out) > len(ents) else ents


# nouns that name a person by what he is (a player, a team-mate, a doubles partner) before his nationality
# and his name: «وزميله الروسي بوزاني»، «الزوجي الالماني سكيري»، «اللاعب السنغالي سيدي»
_PERSON_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "لاعب", "اللاعب", "لاعبه", "اللاعبة", "الزوجي", "الثنائي", "زميله", "زميلها", "مواطنه", "مواطنته",
    "المهاجم", "الحارس", "المدافع", "النجم", "نجم", "البطل", "البطلة", "المدرب", "مدرب", "الملاكم", "العداء",
    "العداءة", "الدراج", "السائق", "المصنف", "المصنفة"))


def _one_word_name(tc: TokenColumns, k: int) -> bool:
    """Is the one word after the nationality adjective at ``k``, itself after a title or a noun of
    a person, his name? After a title only a word that looks foreign («الرئيس الباكستاني سيلقي»:
    «will deliver»); after a player's noun the middle of the scale too («المهاجم البرازيلي جوتزيمار»),
    not a word in «ى», a verb's ending («الحارس الصيني ارتمى»)."""
    w = tc.norms[k + 1]
    if _foreign_name_word(w):
        return True
    prev = tc.norms[k - 1]
    bare = prev[1:] if len(prev) > 3 and prev[0] in _CONJ else prev
    return (prev in _PERSON_NOUNS or bare in _PERSON_NOUNS) and not tc.texts[k + 1].endswith("\u0649") \
        and _foreign_name_word(w, True)


def _person_head_before(tc: TokenColumns, k: int) -> bool:
    """Is the word before the nationality adjective at ``k`` a title («الرئيس الفرنسي شيراك») or a
    noun that names a person («وزميله الروسي بوزاني»)? Then one word after the adjective is a name."""
    if k == 0:
        return False
    w, st = tc.norms[k - 1], tc.stems[k - 1]
    bare = w[1:] if len(w) > 3 and w[0] in _CONJ else w
    if w in _PERSON_NOUNS or bare in _PERSON_NOUNS:
        return True
    trig = triggers()
    return trig.get(st) == "title" or trig.get(w) == "title" or trig.get(bare) == "title"


def _name_word_after(w: str, loose: bool = False) -> bool:
    """A second or third word of a foreigner's name: a rare word after «و» is the next person
    («السويدي اسبيلين ونيبورج»), a given name after «و» may be this one's («وليد»)."""
    return _foreign_name_word(w, loose) and (w[:1] != _WA or w in given_names())


def _foreign_name_word(w: str, loose: bool = False) -> bool:
    """May ``w`` be a word of a foreigner's name after his nationality (see :func:`_named_after_nisba`)?
    ``loose``: a word of a name of two or three such words, which may sit in the middle of the
    letter-gram scale."""
    if not w[:1].isalpha() or w.startswith(_AL) or w == _ALI or w in stopwords():
        return False
    nis = nisba_index()
    if w in nis or (w[:1] in _CONJ and (w[1:] in nis or w[1:] in stopwords())):
        return False
    if w in given_names():
        return True
    if w in common_words() or w[:1] in _CLITICS and w[1:] in common_words():
        return False  # «بتشكيل»: a preposition and a common word
    st = word_stem(w)[1]
    bare = st[2:] if st.startswith(_AL) else st
    one = gazetteer_words()[0]
    if st in one or bare in one:
        return False
    # in a name of two or three words, the middle of the letter-gram scale too: «مارات سافين»، «كزافييه
    # ماليس» sit at 0 (NewsFANE training folds: bucket >= 1 only found 13 persons fewer for 4 fewer
    # wrong), but so do some verbs («باتوا يدركون»، «ويرددون هتافات» in the GSR texts), which a word
    # with «و» or a verb's plural shape is taken for
    b = int(translit_bucket(bare))
    return b >= 1 or loose and b == 0 and w[:1] != _WA and not _VERB_SHAPE.match(w)


# an Arabic verb's plural shapes, which no foreign name takes: a person prefix and «ون» («يدركون»), «وا» («باتوا»)
_VERB_SHAPE: Final = re.compile("^(?:[\u064a\u062a\u0646].*\u0648\u0646|.*\u0648\u0627)$")


_LATIN_NAME: Final = re.compile("[\u0648\u0641]?([A-Za-z][A-Za-z0-9&.'-]*)$")  # «Apple»، «وDell»
# every ASCII byte but the Latin letters: what ``bytes.translate`` deletes to leave a text's Latin letters
_NOT_LATIN_BYTES: Final = bytes(c for c in range(128) if not (65 <= c <= 90 or 97 <= c <= 122))
_LATIN_WORD: Final = re.compile("(?<![A-Za-z0-9&.'-])[A-Za-z]")  # where a Latin word starts
_PLURAL_ENDS: Final = ("\u062a\u0627", "\u062a\u064a", "\u0627\u062a")  # تا تي ات: «شركتا»، «شركتي»، «شركات»


def _designated_orgs(doc: Doc, tc: TokenColumns, ents: list[Mention]) -> list[Mention]:
    """A foreign name with a company's, paper's or club's designator word is an organisation
    («داتونغ أوتوموبيل إندستريال»، «أتلتيك بيلباو»، «كونتيننتال إيرلاينز»; ``org_designators.tsv``):
    the CRF's person or place of such words is retyped, and a name the CRF or a list ended right
    before the word takes it in («مانشستر» + «سيتي»، «نورث» + «تايمز»)."""
    des = org_designators()
    starts, ends, norms = tc.starts, tc.ends, tc.norms
    n = len(starts)
    out: list[Mention] | None = None
    for i, m in enumerate(ents):
        if m.type not in _DESIGNATED_TYPES or m.origin in NOMINAL or m.origin == "actor":
            continue
        a = bisect_right(ends, m.start)
        b = bisect_left(starts, m.end)
        if m.origin != "lexicon" and b - a >= 2 and any(_designator(norms[k], des) for k in range(a, b)):
            m.type = "ORG"
            continue
        if b < n and starts[b] == m.end + 1 and _designator(norms[b], des) and m.type != "PER" \
                and (i + 1 == len(ents) or ents[i + 1].start >= ends[b]):
            if out is None:
                out = list(ents)
            out[i] = Mention(m.start, ends[b], doc.raw[m.start:ends[b]], "ORG", None, m.origin)
    return sorted(out, key=_START) if out is not None else ents


def _designator(w: str, des: frozenset[str]) -> bool:
    """Is ``w`` a designator word, bare or after «و»?"""
    return w in des or (w[:1] == _WA and w[1:] in des)


_DESIGNATED_TYPES: Final = frozenset({"PER", "GPE", "LOC", "FAC", "MISC"})


_NAME_HYPHENS: Final = frozenset({"-", "\u2013"})  # - –


def _hyphenated_names(doc: Doc, tc: TokenColumns, ents: list[Mention]) -> list[Mention]:
    """A person's name that goes on after a hyphen with one more foreign word is one name: «بان كي -
    مون»، «كيم جونغ - إيل»، «لي ميونغ - باك»، «فيرا فايك - فريبيرغا» (Korean given names, double
    surnames). Not where the hyphen opens an aside («سلفان شالوم - وهو يهودي»، «بوش - الذي»): the
    word after it is then a function, common or definite word, or a given name starting the next
    person («عاطف فتحي - صالح الحمصي»). NewsFANE training part: a hyphen inside a person's name 8
    times, a person and then a hyphen 11, none of these with such a word after it."""
    if "-" not in doc.raw and "\u2013" not in doc.raw:
        return ents
    starts, ends, norms, texts = tc.starts, tc.ends, tc.norms, tc.texts
    n = len(starts)
    stop, common, names, nis = stopwords(), common_words(), given_names(), nisba_index()
    grown: dict[int, Mention] = {}
    for i, m in enumerate(ents):
        if m.type != "PER" or " " not in m.text:
            continue
        k = bisect_left(starts, m.end)
        if k + 1 >= n or texts[k] not in _NAME_HYPHENS or starts[k] != m.end + 1 or starts[k + 1] != ends[k] + 1:
            continue
        w = norms[k + 1]
        if not w[:1].isalpha() or w.startswith(_AL) or w in stop or w in common or w in names or w in nis \
                or tc.stem_starts[k + 1] > starts[k + 1] or (k + 2 < n and texts[k + 2] in _NAME_HYPHENS):
            continue
        e = ends[k + 1]
        if any(c.type in PLACE_TYPES and c.start < e and starts[k + 1] < c.end for c in ents[i + 1:i + 4]):
            continue  # «تامر أبو العينين - برن»: a byline's town
        grown[i] = Mention(m.start, e, doc.raw[m.start:e], "PER", None, m.origin, m.actor)
    if not grown:
        return ents
    spans = [(g.start, g.end) for g in grown.values()]
    out = [grown.get(i, m) for i, m in enumerate(ents)
           if i in grown or not any(a <= m.start and m.end <= b for a, b in spans)]
    return sorted(out, key=_START)


def _latin_names(doc: Doc, tc: TokenColumns, ents: list[Mention]) -> list[Mention]:
    """A name in Latin letters right after an institution's head noun (``naming_heads.tsv``, also
    dual and plural: «شركة Apple»، «شركتا IBM وLenovo»، «بنك HSBC») names the institution, and so
    do Latin names joined to it by «و»; the CRF has few Latin words to learn from and misses
    them. Elsewhere a Latin word is often a gloss of the Arabic word before it («مدينة أروا
    Aarua»، «( Aston University )»), so it is named only after a head."""
    raw = doc.raw
    # most Arabic articles have no Latin letter: the text's ASCII characters (a C pass that drops the
    # rest) less every byte but A-Z a-z tell (a regex search for «[A-Za-z]» scanned every character
    # in the regex engine, ~0.25M instructions a 700-word article; this ~0.06M)
    if not raw.encode("ascii", "ignore").translate(None, _NOT_LATIN_BYTES):
        return ents
    heads = naming_heads()
    starts, ends, norms, texts = tc.starts, tc.ends, tc.norms, tc.texts
    n = len(starts)
    covered: list[bool] | None = None
    out = list(ents)
    for x in _LATIN_WORD.finditer(raw):  # the tokens that start with a Latin letter, not every token
        k = bisect_right(ends, x.start())
        if k == 0 or k >= n or starts[k] != x.start() or not _LATIN_NAME.match(texts[k]):
            continue
        w = norms[k - 1]
        w = w[1:] if len(w) > 4 and w[0] in _CLITICS and w[1:] in heads else w
        if not (tc.stems[k - 1] in heads or w in heads or (w.endswith(_PLURAL_ENDS) and w[:-2] + "\u0647" in heads)):
            continue
        if covered is None:
            covered = _covered(tc, ents)
        e = k
        while e < n and texts[e][:1].isascii() and _LATIN_NAME.match(texts[e]):
            e += 1
        if not any(covered[k:e]):
            out.append(Mention(starts[k], ends[e - 1], raw[starts[k]:ends[e - 1]], "ORG", None, "rule"))
            covered[k:e] = [True] * (e - k)
        while e < n and not texts[e][:1].isascii() and not covered[e] and (m := _LATIN_NAME.match(texts[e])):
            s = starts[e] + m.start(1)  # «وLenovo»: a second name joined by «و»
            out.append(Mention(s, ends[e], raw[s:ends[e]], "ORG", None, "rule"))
            covered[e] = True
            e += 1
    return sorted(out, key=_START) if len(out) > len(ents) else ents


_SHARE: Final = "\u0633\u0647\u0645"  # سهم, a share
# «سهم» with a conjunction or preposition in front: «وسهم»، «لسهم»، «بسهم»
_SHARE_WORDS: Final = frozenset(p + _SHARE for p in ("", "\u0648", "\u0641", "\u0628", "\u0644",
                                                      "\u0648\u0628", "\u0648\u0644", "\u0641\u0628", "\u0641\u0644"))
# «5.7 مليون سهم»: a count of shares, whose «سهم» names no company
_SHARE_COUNTS: Final = frozenset(normalize_key(w) for w in (
    "مليون", "ملايين", "ألف", "آلاف", "مليار", "مليارات", "مائة", "مئة", "واحد"))
_SHARE_NAME_WORDS: Final = 3  # words a company's name after «سهم» takes at most
# «holding», which ends a company's name («عراق قابضة»؛ training part: «شركة المملكة القابضة»)
_SHARE_NAME_ENDS: Final = frozenset(normalize_key(w) for w in ("القابضة", "قابضة"))
_GROUP: Final = normalize_key("مجموعة")  # «سهم مجموعة طلعت مصطفى»: a group named after a person


def _share_names(doc: Doc, tc: TokenColumns, ents: list[Mention]) -> list[Mention]:
    """Market reports name a listed company by the word after «سهم» ("the share of"): «وتصدر سهم
    اعمار قائمة الأسهم»، «لسهم تمويل»، «تلاه سهم ناقلات»، «لسهم دبي للاستثمار». The names are often
    ordinary words («اعمار»، «تمويل»، «مشاريع») or a place («دبي»), which neither the CRF nor the
    lexicons read as a company there. Not after a count («مليون سهم بقيمة»), not before a function
    word, a definite ordinary word («سهم الشركة»), a preposition on an ordinary word («بقيمة») or an
    institution's head («سهم بنك مسقط», left to the head rules). The name takes the words
    :func:`_share_name_tail` allows. A lexicon place read over the name gives way."""
    raw = doc.raw
    p = raw.find(_SHARE)
    if p < 0:
        return ents
    starts, ends, norms = tc.starts, tc.ends, tc.norms
    n = len(starts)
    stop, common, heads = stopwords(), common_words(), naming_heads()
    out: list[Mention] | None = None
    while p >= 0:
        k = bisect_right(ends, p)
        p = raw.find(_SHARE, p + 3)
        if k + 1 >= n or norms[k] not in _SHARE_WORDS or (k > 0 and (
                norms[k - 1][:1].isdigit() or norms[k - 1] in _SHARE_COUNTS)):
            continue
        w = norms[k + 1]
        if len(w) < 3 or not w[:1].isalpha() or w in stop or w in heads or w == _GROUP or (
                w.startswith(_AL) and w in common) or (w[:1] in _CLITICS and (w[1:] in common or w[1:] in stop)):
            continue
        e = k + 2
        while e < n and e - k <= _SHARE_NAME_WORDS and "\n" not in raw[ends[e - 1]:starts[e]] \
                and _share_name_tail(w, norms[e]):
            e += 1
        s, t = starts[k + 1], ends[e - 1]
        cur = ents if out is None else out
        over = [m for m in cur if m.start < t and s < m.end]
        if any(m.type not in ("GPE", "LOC") or m.start < s or m.end > t for m in over):
            continue  # an organisation or person found already, or a longer place
        out = [m for m in cur if m not in over]
        out.append(Mention(s, t, raw[s:t], "ORG", None, "rule"))
    return ents if out is None else sorted(out, key=_START)


def _share_name_tail(first: str, w: str) -> bool:
    """May ``w`` continue a listed company's name that starts with ``first`` (see
    :func:`_share_names`)? A «لل» word («دبي للاستثمار»), «القابضة», a nationality or other rare
    definite adjective agreeing with a definite first word («الكابلات المصرية»), or a word that
    looks transliterated («شعاع كابيتال»). Not the ordinary words a report goes on with («سهم
    الصفوة المركز الأول»، «سهم ناقلات الأسهم المرتفعة»)."""
    if (w.startswith(_LL) and len(w) > 4) or w in _SHARE_NAME_ENDS:
        return True
    if not first.startswith(_AL):
        return _transliterated(w)
    return w.startswith(_AL) and (w in nisba_index() or (
        w.endswith(("\u064a", "\u064a\u0647")) and w not in common_words()))


def _transliterated(w: str) -> bool:
    """A rare indefinite word that looks transliterated («كابيتال»): part of a foreign name."""
    return w[:1].isalpha() and not w.startswith(_AL) and w[:1] not in _CONJ and w not in common_words() \
        and w not in stopwords() and int(translit_bucket(w)) >= 1


def _org_heads_of(norms: Sequence[str], k: int, words: list[str]) -> list[str]:
    """Definite head nouns an organisation mention (its ``words``, starting at token ``k``)
    can later be called by.

    «حركة أحرار الشام» -> «الحركة»; «تنظيم «داعش»» (head before the quoted name) -> «التنظيم».
    """
    return [_org_head(w) for w in (words[0], *_preceding_words(norms, k))]


@lru_cache(maxsize=16384)
def _org_head(w: str) -> str:
    """The definite head noun a word of an organisation's name stands for (see above)."""
    _, st = word_stem(normalize_key(w))
    if len(st) > 3 and st[0] in _CLITICS and triggers().get(st[1:]) == "org":
        st = st[1:]
    bare = st[2:] if st.startswith(_AL) else st
    return _AL + bare


def _preceding_words(norms: Sequence[str], k: int) -> list[str]:
    """The word (normalised) before token ``k``, looking through an opening quote mark."""
    j = k - 1
    if j >= 0 and not norms[j][:1].isalpha():
        j -= 1
    return [norms[j]] if j >= 0 and norms[j][:1].isalpha() else []


def _coreference(doc: Doc, ents: list[Mention], cols: _Columns) -> list[Mention]:
    """Link short later mentions to the full one, and find repeated surnames the CRF missed.

    * a PER of two or more words registers its last word (the surname); a later PER that
      is just that word gets the full mention's canonical, and a later bare occurrence of
      the surname becomes a PER mention (origin ``coref``);
    * «التنظيم»، «الحركة»، «الجبهة» ... refer to the last organisation whose name starts with
      that head: an ``anaphor`` mention with its canonical and actor.

    Only tokens that can matter are visited: mention starts, and words that are a possible
    surname or an organisation head (found with numpy over the word table, not per token).
    """
    raw = doc.raw
    for m in ents:
        if m.canonical is None and m.origin not in NOMINAL:
            m.canonical = _restore_article(raw, m)
    stop = _not_surnames()
    common = common_o_words()  # «نصر الله»: «الله» alone is not that person
    rarely = rarely_person_words()  # «عزيز النصر»: a later «النصر» is «victory»
    possible: set[str] = set()
    for m in ents:
        if m.type == "PER" and " " in m.text:
            sur = normalize_key(m.text.rsplit(None, 1)[-1])
            if len(sur) > 2 and sur not in stop and sur not in common and sur not in rarely:
                possible.add(sur)
                possible.add(word_stem(sur)[1])
    ent_at = {m.start: m for m in ents}
    tc = cols.tc
    starts, ends, norms, stem_starts, stems = tc.starts, tc.ends, tc.norms, tc.stem_starts, tc.stems
    n = len(starts)
    a_arr, b_arr = _token_ranges(cols, ents)
    covered_np = _mask(n, a_arr, b_arr)
    vals = cols.values
    maybe = (vals[_WordTable.BITS] & _F_ORG_HEAD) != 0
    if possible:
        maybe |= _word_table().having(possible, vals[_WordTable.WORD], vals[_WordTable.STEM])
    maybe &= ~covered_np
    # a person that starts inside its first token's clitics («بريان اتيجالي» read as «ب» +
    # «ريان اتيجالي»): neither that token's start nor its stem's start, so it is found by its
    # first token, or its surname would never be registered. (Organisations starting so,
    # «لحزب الله», would give the anaphors «الحزب»، «الجماعة» their antecedent too, which moves
    # the events stage's actor texts: left for the events stage's owner to decide.)
    inner: dict[int, Mention] = {}
    if ent_at and n:
        # the token starting at a mention, or whose stem does, is the first token the mention
        # overlaps (``a_arr``: the first whose end is past the mention's start; tokens are
        # disjoint and a stem starts inside its token), so no bisect of its own is needed
        at: list[int] = []
        for m, k in zip(ents, a_arr.tolist(), strict=True):
            if k < n:
                if starts[k] == m.start or stem_starts[k] == m.start:
                    at.append(k)
                elif m.type == "PER":
                    inner[k] = m
        maybe[at + list(inner)] = True
    visit = np.flatnonzero(maybe).tolist()
    covered = covered_np.tolist()
    surnames: dict[str, Mention] = {}
    orgs_by_head: dict[str, Mention] = {}
    org_words: dict[str, Mention] = {}
    out: list[Mention] = []
    nis = nisba_index()
    for k in visit:
        here = ent_at.get(starts[k]) or ent_at.get(stem_starts[k]) or inner.get(k)
        if here is not None:
            m = here
            words = m.text.split()
            if m.type == "PER" and len(words) >= 2:
                sur = normalize_key(words[-1])
                if len(sur) > 2 and sur not in stop and sur not in common and sur not in rarely:
                    surnames[sur] = m
                    surnames.setdefault(word_stem(sur)[1], m)
            elif m.type == "PER" and len(words) == 1 and not _after_monarch(tc, k):
                full = surnames.get(normalize_key(words[0]))
                if full is not None and full is not m:
                    m.canonical = full.canonical
                elif full is None and m.origin == "crf":
                    firm = org_words.get(normalize_key(words[0]))
                    if firm is not None:  # «جنرال موتورز» ... «وقالت موتورز»: the company again
                        m.type, m.canonical = "ORG", firm.canonical
            elif m.type == "NORP" and m.origin == "lexicon" and len(words) == 1:
                full = surnames.get(normalize_key(words[0]))
                if full is not None:  # «بيتر كينيون» ... «وقال كينيون»: his surname, not «Kenyans»
                    m.type, m.canonical, m.origin, m.actor = "PER", full.canonical, "coref", None
            if m.type == "ORG" and m.origin not in NOMINAL:
                for w in _org_heads_of(norms, k, words):
                    orgs_by_head[w] = m
                if len(words) >= 2:
                    for w in _firm_words(words):
                        org_words.setdefault(w, m)
            continue
        if covered[k]:
            continue
        w, st = norms[k], stems[k]
        full = surnames.get(w) or surnames.get(st)
        if full is not None and len(w) > 2 and not _after_monarch(tc, k):
            # «دا سيلفا» after «لويس لولا دا سيلفا»: the words before the surname in the full
            # name, where they stand before it here too, belong to the mention
            a, fw = k, full.text.split()
            x = len(fw) - 2
            while x >= 0 and a > 0 and not covered[a - 1] and norms[a - 1] == normalize_key(fw[x]):
                a, x = a - 1, x - 1
            s, e = _span_start(tc, a, raw), ends[k]
            out.append(Mention(s, e, raw[s:e], "PER", full.canonical, "coref"))
            continue
        if st in orgs_by_head and (k + 1 >= n or norms[k + 1] not in nis):
            ante = orgs_by_head[st]
            s, e = stem_starts[k], ends[k]
            out.append(Mention(s, e, raw[s:e], "ORG", ante.canonical, "anaphor", actor=ante.actor))
    return sorted(ents + out, key=_START) if out else ents


# heads of institutions often named after a person («جامعة الملك سعود»، «مستشفى زايد»، «مؤسسة
# عيد الخيرية»): a later word of such a name alone is the person, not the institution
_NAMED_AFTER_HEADS: Final = frozenset(normalize_key(w) for w in (
    "جامعة", "كلية", "معهد", "مستشفى", "مؤسسة", "مدرسة", "جائزة", "مسجد", "مركز", "مكتبة", "صندوق",
    "مطار", "ملعب", "استاد", "شارع", "قاعة", "متحف", "كأس", "بطولة", "دورة"))


def _firm_words(words: Sequence[str]) -> list[str]:
    """The words of a multiword organisation's name a later one-word mention can name it by:
    «شركة آرثر أندرسون للمحاسبة» -> «اندرسون»; «جنرال موتورز» -> «موتورز». Only indefinite words
    that are neither given names, titles, nationality adjectives nor common words, and none of a
    name whose head is an institution usually named after a person («جامعة الملك فهد»)."""
    head = word_stem(normalize_key(words[0]))[1]
    if head in _NAMED_AFTER_HEADS or (head.startswith(_AL) and head[2:] in _NAMED_AFTER_HEADS):
        return []
    out: list[str] = []
    names, trig, common, stop, nis = given_names(), triggers(), common_o_words(), stopwords(), nisba_index()
    for w in words[1:] if head in trig or head[2:] in trig else words:
        k = normalize_key(w)
        if len(k) > 2 and k[:1].isalpha() and not k.startswith(_AL) and not k.startswith(_LIL) \
                and k not in names and k not in trig and k not in common and k not in stop and k not in nis:
            out.append(k)
    return out


def _after_monarch(tc: TokenColumns, k: int) -> bool:
    """Is token ``k`` right after a monarch's title? «الملك حسين» names King Hussein by his
    given name: no surname of «فؤاد حسين», named earlier, is meant."""
    if k == 0:
        return False
    w = tc.norms[k - 1]
    return w in _MONARCHS or tc.stems[k - 1] in _MONARCHS or (w[:1] in _CLITICS and w[1:] in _MONARCHS)


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Last words of a person's name that are no surname to find alone later: function words
    and title or role words («المواطن سامي سالم الشاعر»: a later «الشاعر» is «the poet»)."""
    return stopwords() | frozenset(triggers())


@lru_cache(maxsize=1)
def _org_anaphors() -> frozenset[str]:
    """Definite organisation heads usable as anaphors: «التنظيم»، «الحركة» ..."""
    return frozenset(w if w.startswith(_AL) else _AL + w
                     for w, kind in triggers().items() if kind == "org" and " " not in w)


_NAME_TYPES: Final = frozenset({"PER", "ORG", "GPE", "LOC", "FAC"})


@lru_cache(maxsize=1)
def _never_alone() -> frozenset[str]:
    """Words never propagated on their own: function words, trigger words, nationality
    adjectives and words that are almost never a one-word name (one set, one look-up)."""
    return stopwords() | frozenset(triggers()) | frozenset(nisba_index()) | common_o_words()


def _propagate(doc: Doc, ents: list[Mention], cols: _Columns, blocked: Sequence[int] = ()) -> list[Mention]:
    """A name tagged once is the same name wherever it recurs in the document.

    The CRF may tag «بلنسية» in one sentence and miss it in the next; every later or
    earlier occurrence of the exact token sequence of a name (clitics aside) that no
    mention covers becomes a mention of the same type and canonical (origin ``coref``).
    Single function words and trigger words are never propagated, nor is a name onto the
    tokens ``blocked`` (a country name read as an adjective there). The tokens where a name
    may recur are found with numpy over the word table (their stem, or the word without
    و/ف, starts an indexed name), not by a test per token.
    """
    never = _never_alone()
    index: dict[str, list[tuple[Sequence[str], Mention]]] = {}
    tc = cols.tc
    ends_c, norms, stems = tc.ends, tc.norms, tc.stems
    n = len(norms)
    a_arr, b_arr = _token_ranges(cols, ents)
    covered_np = _mask(n, a_arr, b_arr)
    if blocked:
        covered_np[list(blocked)] = True
    for m, j, k in zip(ents, a_arr.tolist(), b_arr.tolist(), strict=True):
        if k <= j or m.origin in NOMINAL or m.type not in _NAME_TYPES:
            continue
        seq = stems[j:k]
        if len(seq) == 1 and (len(seq[0]) < 3 or seq[0] in never):
            continue  # «الفرنسية» once read as the agency must not make every French thing ORG
        index.setdefault(seq[0], []).append((seq, m))
    if not index:
        return ents
    covered = bytearray(covered_np.tobytes())
    out: list[Mention] = []
    vals = cols.values
    free = ~covered_np
    starts = np.flatnonzero(free & _word_table().having(index, vals[_WordTable.STEM], vals[_WordTable.REST])).tolist()
    for i in starts:
        if covered[i] or (i > 0 and norms[i - 1] in _DEMONSTRATIVES and stems[i].startswith(_AL)):
            continue  # «هذه المدينة»: see _DEMONSTRATIVES
        cands = index.get(stems[i])
        if not cands and len(norms[i]) > 3 and norms[i][0] in _CONJ:
            cands = index.get(norms[i][1:])
        hit = None
        for keyseq, ante in sorted(cands or (), key=lambda c: -len(c[0])):
            L = len(keyseq)
            if i + L <= n and not any(covered[i:i + L]) and all(
                    stems[i + x] == keyseq[x] for x in range(1, L)):
                hit = (L, ante)
                break
        if hit is None:
            continue
        L, m = hit
        s = _span_start(tc, i, doc.raw)
        e = ends_c[i + L - 1]
        out.append(Mention(s, e, doc.raw[s:e], m.type, m.canonical, "coref", actor=m.actor))
        covered[i:i + L] = b"\x01" * L
    return sorted(ents + out, key=_START) if out else ents


def _complete_names(doc: Doc, ents: list[Mention], cols: _Columns) -> list[Mention]:
    """A person's mention that is part of a longer name the document gives elsewhere, with
    the missing words right beside it, takes the whole name: «جان كلود» before «تريشيه»
    when «جان كلود تريشيه» is named, «السنيورة» after «فؤاد» when «فؤاد السنيورة» is.
    The CRF cuts names so in lists and long foreign names; the words around say otherwise.
    A title is not taken so («الشيخ آل مكتوم» named once does not retitle «آل مكتوم»)."""
    pers = [i for i, m in enumerate(ents) if m.type == "PER" and m.origin not in NOMINAL]
    if len(pers) < 2:
        return ents
    tc = cols.tc
    stems, starts, ends = tc.stems, tc.starts, tc.ends
    spans = {i: (bisect_right(ends, ents[i].start), bisect_left(starts, ents[i].end)) for i in pers}
    # the longer names by each of their words: (name, the word's place in it)
    by_word: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for f in {tuple(stems[a:b]) for a, b in spans.values() if b - a >= 2}:
        for o, w in enumerate(f):
            by_word.setdefault(w, []).append((f, o))
    if not by_word:
        return ents
    covered: np.ndarray | None = None  # computed for the first mention that may grow
    trig = triggers()
    n = len(stems)
    for i in pers:
        m, (a, b) = ents[i], spans[i]
        if b <= a or stems[a] not in by_word:
            continue
        seq = tuple(stems[a:b])
        best: tuple[int, int] | None = None
        for f, o in by_word[stems[a]]:
            s0, e0 = a - o, a - o + len(f)
            if len(f) <= len(seq) or s0 < 0 or e0 > n or f[o:o + len(seq)] != seq or tuple(stems[s0:e0]) != f:
                continue
            if covered is None:
                covered = _mask(n, *_token_ranges(cols, ents))
            if covered[s0:a].any() or covered[b:e0].any():
                continue
            if any(trig.get(stems[x]) == "title" for x in (*range(s0, a), *range(b, e0))):
                continue  # «الشيخ آل مكتوم» named once does not put the title on «آل مكتوم»
            if best is None or e0 - s0 > best[1] - best[0]:
                best = (s0, e0)
        if best is not None and covered is not None:
            s, e = _span_start(tc, best[0], doc.raw), ends[best[1] - 1]
            m.start, m.end, m.text = s, e, doc.raw[s:e]
            covered[best[0]:best[1]] = True
    return ents
