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

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from hadath.doc import Doc, Mention
from hadath.lexicon.actors import ActorEntry, actor_matcher, country_name, nisba_index
from hadath.lexicon.loader import load_tsv
from hadath.ner.decoder import decoder
from hadath.ner.features import common_o_words
from hadath.ner.features import stem as word_stem
from hadath.ner.lexicons import (
    DATA,
    EntityEntry,
    entity_matcher,
    given_names,
    title_roles,
    triggers,
    word_classes,
)
from hadath.ner.rules import find_rule_spans, may_trigger, stopwords
from hadath.pipeline import FunctionStage, Stage
from hadath.text.normalize import normalize_key
from hadath.text.segment import Token

NOMINAL = frozenset({"generic", "anaphor"})
_AL = "\u0627\u0644"
_CLITICS = "\u0648\u0641\u0628\u0644\u0643"  # و ف ب ل ك
_OPEN_PAREN, _CLOSE_PAREN = "(", ")"

# precedence of origins when spans overlap (higher wins)
_RANK = {"lexicon": 4, "actor": 4, "rule+": 3, "crf": 2, "rule": 1}


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


@lru_cache(maxsize=64)
def generic_for(role: str) -> ActorEntry | None:
    """The generic actor-dictionary entry for a CAMEO role (``MIL``, ``COP``, ``GOV``)."""
    from hadath.lexicon.actors import load_actors

    best = None
    for a in load_actors():
        if a.generic and a.role == role:
            if best is None or len(a.variants) > len(best.variants):
                best = a
    return best


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


def qualify(entry: ActorEntry, iso2: str) -> ActorEntry:
    """A generic entry made concrete for one country (``{country}`` filled)."""
    name = country_name(iso2) or iso2
    return dataclasses.replace(entry, id=f"{entry.id}:{iso2}", name=entry.name.replace("{country}", name),
                               country=iso2, cameo=_cameo_for(entry.cameo, iso2))


def _cameo_for(cameo: str, iso2: str) -> str:
    from hadath.lexicon.actors import countries_by_iso2

    c = countries_by_iso2().get(iso2)
    return (c.iso3 + cameo[3:]) if c and cameo.startswith("***") else cameo


_F_TRIGGER = 1  # a rule trigger may start at the word
_F_FORCE = 2  # a force head, or the first word of a two-word one
_F_ORG_HEAD = 4  # a definite organisation head usable as an anaphor («التنظيم»)


class _FlagTable:
    """The ``_F_*`` bits of every word the decoder has a row for, indexed by that row, so a
    document's flags are one numpy gather (a token's stem is a function of its word)."""

    def __init__(self) -> None:
        self.generation = -1
        self.bits = np.zeros(0, dtype=np.int64)

    def of(self, toks: Sequence[Token], ids: np.ndarray, generation: int) -> np.ndarray:
        if generation != self.generation:
            self.generation, self.bits = generation, np.full(4096, -1, dtype=np.int64)
        top = int(ids.max()) + 1 if len(ids) else 0
        if top > len(self.bits):
            grown = np.full(max(top, 2 * len(self.bits)), -1, dtype=np.int64)
            grown[: len(self.bits)] = self.bits
            self.bits = grown
        out = self.bits[ids]
        missing = np.flatnonzero(out < 0)
        for k in missing.tolist():
            out[k] = self.bits[ids[k]] = _flags_of(toks[k])
        return out


@lru_cache(maxsize=1)
def _flag_table() -> _FlagTable:
    return _FlagTable()


def _flags_of(t: Token) -> int:
    heads = force_heads()
    b = _F_TRIGGER if may_trigger(t) else 0
    if t.stem in heads or t.norm in heads or t.stem in _force_firsts():
        b |= _F_FORCE
    if t.stem in _org_anaphors():
        b |= _F_ORG_HEAD
    return b


def annotate(doc: Doc) -> None:
    """Fill ``doc.entities`` (sorted by start)."""
    toks: list[Token] = doc.tokens
    words = [t.norm for t in toks]
    dec = decoder()
    ids = dec.word_ids(words)
    flags = _flag_table().of(toks, ids, dec.generation)
    cands: list[Mention] = []
    # 1. lexicon names
    lex = entity_matcher().find(doc.norm)
    for m in lex:
        e: EntityEntry = m.payloads[0]
        actor = e.actor if e.actor is not None else acts_for(e.acts_for, e.country)
        cands.append(Mention(m.start, m.end, m.text, e.type, e.name, "lexicon", actor=actor))
    # 2. actors (generic forces, qualified by nationality where possible)
    tok_starts = [t.start for t in toks]
    tok_ends = [t.end for t in toks]
    cands += _actor_mentions(doc, toks, np.flatnonzero(flags & _F_FORCE).tolist(), tok_ends)
    # 3. CRF and rules, sentence by sentence (the CRF decodes all sentences together)
    lex_at: list[tuple[int, str]] = []  # (token, BIO tag) of tokens inside a lexicon name
    for m in lex:
        a, b = bisect_right(tok_ends, m.start), bisect_left(tok_starts, m.end)
        typ = m.payloads[0].type
        lex_at += [(k, ("B-" if k == a else "I-") + typ) for k in range(a, b)]
    trig_at = np.flatnonzero(flags & _F_TRIGGER).tolist()
    bounds: list[tuple[int, int]] = []
    for sent in doc.sentences:
        ti = bisect_left(tok_starts, sent.start)
        tj = bisect_right(tok_ends, sent.end)
        if tj > ti:
            bounds.append((ti, tj))
    for (ti, tj), labels in zip(bounds, dec.tag_doc(ids, bounds, lex_at), strict=True):
        rule_at = [k - ti for k in trig_at[bisect_left(trig_at, ti):bisect_left(trig_at, tj)]]
        cands += _sentence_mentions(doc, toks[ti:tj], labels, rule_at)
    ents = _resolve_overlaps(cands)
    edges = (tok_starts, tok_ends)
    ents = _parenthesised_aliases(doc, toks, ents, edges)
    ents = _coreference(doc, toks, ents, edges)
    doc.entities = _propagate(doc, toks, ents)


def _span_start(t: Token, doc: Doc) -> int:
    """Where an entity starting at token ``t`` starts: after proclitics when they are clitics."""
    if t.stem_start > t.start:
        return t.stem_start
    w = t.norm
    if len(w) > 3 and w[0] in _CLITICS:
        classes = word_classes()
        if w not in classes and (w[0] == "\u0648" or w[1:] in classes):
            return t.start + 1 if doc.raw[t.start + 1: t.start + 2].isalpha() else t.start
    return t.start


def _mention(doc: Doc, toks: Sequence[Token], a: int, b: int, typ: str, origin: str) -> Mention | None:
    s = _span_start(toks[a], doc)
    e = toks[b - 1].end
    if e <= s:
        return None
    return Mention(s, e, doc.raw[s:e], typ, None, origin)


def _sentence_mentions(doc: Doc, toks: Sequence[Token], labels: list[str],
                       rule_at: Sequence[int] | None = None) -> list[Mention]:
    out: list[Mention] = []
    trig = triggers()
    common = common_o_words()  # «هجوم»، «جنوب»: a one-word span of these is a CRF slip
    n = len(labels)
    named = [k for k, lab in enumerate(labels) if lab != "O"]  # only these tokens are visited
    p = 0
    while p < len(named):
        i = named[p]
        typ = labels[i][2:]
        inside = "I-" + typ
        j = i + 1
        while j < n and labels[j] == inside:
            j += 1
        while p < len(named) and named[p] < j:
            p += 1
        for a, b in _tidy_person(toks, i, j) if typ == "PER" else ((i, j),):
            m = _mention(doc, toks, a, b, typ, "crf")
            if m and not (b == a + 1 and (toks[a].stem in trig or toks[a].norm in trig
                                          or toks[a].stem in common or toks[a].norm in common)):
                out.append(m)
    for r in find_rule_spans(toks, rule_at) if rule_at is None or rule_at else ():
        m = _mention(doc, toks, r.start, r.end, r.type, "rule+" if r.strong else "rule")
        if m:
            out.append(m)
            if r.title is not None:
                _title_actor(m, toks[r.title[0]:r.title[1]])
    return out


def _title_actor(m: Mention, title: Sequence[Token]) -> None:
    """A person with a state title acts for that state: «الرئيس السوري بشار الأسد» ->
    Government of Syria; «العقيد ...» -> the military (country from the title's nationality
    adjective, else left generic for the document's country)."""
    roles = title_roles()
    role = next((roles[w] for w in (title[0].stem, title[0].norm) if w in roles), "")
    if not role:
        return
    entry = generic_for(role)
    if entry is None:
        return
    nis = nisba_index()
    iso = next((nis[t.norm] for t in title[1:] if t.norm in nis), None)
    m.actor = qualify(entry, iso) if iso else entry


_VERB_PREFIXES = frozenset("\u064a\u062a\u0646\u0627")  # ي ت ن ا: imperfect verbs after ف/ل


def _junk_tail(t: Token) -> bool:
    """A token that cannot end a person's name: punctuation, a function word, a clitic +
    article word («للصحفيين») or ف/ل + verb («فيبدو»، «ليعوض»)."""
    w = t.norm
    if not w[:1].isalpha() or w in stopwords() or t.stem_start > t.start:
        return True
    return len(w) > 3 and w[0] in "\u0641\u0644" and w[1] in _VERB_PREFIXES and w not in given_names()


def _tidy_person(toks: Sequence[Token], i: int, j: int) -> list[tuple[int, int]]:
    """Fix the two usual CRF slips on person spans: names joined by «و» («محمد بوفلوسن
    ومحسن الشرقاوي» is two people) and a trailing word that is not a name."""
    parts: list[tuple[int, int]] = []
    a = i
    for k in range(i + 1, j):
        w = toks[k].norm
        if len(w) > 3 and w[0] == "\u0648" and w not in given_names():
            parts.append((a, k))
            a = k
    parts.append((a, j))
    out = []
    for a, b in parts:
        while b - a > 1 and _junk_tail(toks[b - 1]):
            b -= 1
        out.append((a, b))
    return out


def _actor_mentions(doc: Doc, toks: Sequence[Token], head_at: Sequence[int],
                    ends_list: Sequence[int] | None = None) -> list[Mention]:
    """Generic forces in the actor dictionary and force heads, with nationality if stated."""
    out: list[Mention] = []
    nis = nisba_index()
    if ends_list is None:
        ends_list = [t.end for t in toks]

    def next_nisba(k_end: int) -> tuple[str | None, int]:
        # the nationality adjective right after token k_end-1 (skipping one modifier word)
        for k in (k_end, k_end + 1):
            if k < len(toks):
                iso = nis.get(toks[k].norm)
                if iso:
                    return iso, k + 1
                if not toks[k].norm.startswith(_AL):  # only a definite modifier is skipped
                    break
        return None, k_end

    for m in actor_matcher().find(doc.norm):
        entry: ActorEntry = m.payloads[0]
        if not entry.generic:
            continue  # named actors come through the entity lexicon
        k = bisect_left(ends_list, m.end)
        iso, kend = next_nisba(k + 1) if k < len(toks) and ends_list[k] == m.end else (None, 0)
        if iso:
            e = toks[kend - 1].end
            head = force_heads().get(normalize_key(m.text))
            origin = "actor" if head and head[2] else "generic"
            q = qualify(entry, iso)
            out.append(Mention(m.start, e, doc.raw[m.start:e], "ORG", q.name, origin, actor=q))
        else:
            out.append(Mention(m.start, m.end, m.text, "ORG", None, "generic", actor=entry))
    heads = force_heads()
    firsts = _force_firsts()
    for k in head_at:  # tokens whose word is (or starts) a force head
        t = toks[k]
        width = 1
        head = heads.get(t.stem) or heads.get(t.norm)
        if k + 2 < len(toks) and t.stem in firsts:
            two = heads.get(t.stem + " " + toks[k + 1].norm)
            if two:
                head, width = two, 2
        if not head or k + width >= len(toks):
            continue
        iso = nis.get(toks[k + width].norm)
        if not iso:
            continue
        role, template, named = head
        s, e = t.stem_start, toks[k + width].end
        gen = generic_for(role)
        origin = "actor" if named else "generic"
        if gen is not None:
            q = qualify(gen, iso)
            out.append(Mention(s, e, doc.raw[s:e], "ORG", q.name, origin, actor=q))
        else:
            name = template.replace("{country}", country_name(iso) or iso)
            out.append(Mention(s, e, doc.raw[s:e], "ORG", name, origin))
    return out


def _resolve_overlaps(cands: list[Mention]) -> list[Mention]:
    """Keep the best of overlapping candidates: higher origin rank, then longer span.

    Two exceptions, because the CRF sees the lexicon match as a feature and its context:
    a CRF span that strictly contains a lexicon name wins («وزارة الخارجية الألمانية»
    over «وزارة الخارجية»), and a CRF span equal to a lexicon name gives its type
    (a country in a football report is the national team, ORG) but keeps the canonical.
    """
    crf = sorted((m for m in cands if m.origin == "crf"), key=lambda m: m.start)
    crf_starts = [c.start for c in crf]
    for m in cands:
        if m.origin not in ("lexicon", "actor"):
            continue
        # CRF spans are disjoint: only the one starting at or before m.start can contain it
        k = bisect_right(crf_starts, m.start) - 1
        if k >= 0:
            c = crf[k]
            if c.start == m.start and c.end == m.end:
                m.type = c.type
            elif c.start <= m.start and m.end <= c.end:
                c.origin = "crf+"

    def key(m: Mention) -> tuple[int, int, int]:
        rank = 5 if m.origin == "crf+" else _RANK.get(m.origin, 0)
        if m.origin == "generic" and isinstance(m.actor, ActorEntry) and not m.actor.generic:
            rank = 4  # «جنديا تركيا»: the qualified force, not the country inside it
        return (-rank, -(m.end - m.start), m.start)

    chosen: list[Mention] = []
    taken = bytearray(max((m.end for m in cands), default=0))
    for m in sorted(cands, key=key):
        if taken.find(1, m.start, m.end) != -1:
            continue
        chosen.append(m)
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    # a person a rule found after a state title keeps that title's actor whoever won the span
    titled = [m for m in cands if m.type == "PER" and m.actor is not None and m.origin.startswith("rule")]
    for m in chosen:
        if m.origin == "rule+":
            m.origin = "rule"
        elif m.origin == "crf+":
            m.origin = "crf"
        if m.type == "PER" and m.actor is None and titled:
            m.actor = next((r.actor for r in titled if r.start < m.end and m.start < r.end), None)
    return sorted(chosen, key=lambda m: m.start)


Edges = tuple[Sequence[int], Sequence[int]]  # token starts, token ends


def _edges(toks: Sequence[Token], edges: Edges | None) -> Edges:
    return edges if edges is not None else ([t.start for t in toks], [t.end for t in toks])


def _covered(toks: Sequence[Token], ents: list[Mention], edges: Edges | None = None) -> list[bool]:
    """Per token: does a mention overlap it? (binary search per mention, no token sweep)"""
    out = [False] * len(toks)
    starts, ends = _edges(toks, edges)
    for m in ents:
        a = bisect_right(ends, m.start)
        b = bisect_left(starts, m.end)
        if b > a:
            out[a:b] = [True] * (b - a)
    return out


def _parenthesised_aliases(doc: Doc, toks: Sequence[Token], ents: list[Mention],
                           edges: Edges | None = None) -> list[Mention]:
    """«حركة المقاومة الإسلامية (حماس)»: the name in parentheses is the same organisation."""
    starts = _edges(toks, edges)[0]
    covered: list[bool] | None = None  # computed on the first parenthesis after an ORG
    out = list(ents)
    for m in ents:
        if m.type != "ORG" or m.origin in NOMINAL:
            continue
        k = bisect_left(starts, m.end)
        if k >= len(toks) or toks[k].text != _OPEN_PAREN or toks[k].start - m.end > 1:
            continue
        j = k + 1
        while j < len(toks) and j - k <= 4 and toks[j].text != _CLOSE_PAREN and toks[j].norm[:1].isalpha():
            j += 1
        if j >= len(toks) or toks[j].text != _CLOSE_PAREN or j <= k + 1:
            continue
        if covered is None:
            covered = _covered(toks, ents, edges)
        if not any(covered[k + 1:j]):
            s, e = toks[k + 1].start, toks[j - 1].end
            out.append(Mention(s, e, doc.raw[s:e], "ORG", m.canonical or m.text, "rule", actor=m.actor))
            for x in range(k + 1, j):
                covered[x] = True
    return sorted(out, key=lambda m: m.start) if len(out) > len(ents) else ents


def _org_heads_of(toks: Sequence[Token], k: int, words: list[str]) -> list[str]:
    """Definite head nouns an organisation mention can later be called by.

    «حركة أحرار الشام» -> «الحركة»; «تنظيم «داعش»» (head before the quoted name) -> «التنظيم».
    """
    out = []
    for w in (words[0], *(t.norm for t in _preceding_words(toks, k))):
        _, st = word_stem(normalize_key(w))
        if len(st) > 3 and st[0] in _CLITICS and triggers().get(st[1:]) == "org":
            st = st[1:]
        bare = st[2:] if st.startswith(_AL) else st
        out.append(_AL + bare)
    return out


def _preceding_words(toks: Sequence[Token], k: int) -> list[Token]:
    """The word before token ``k``, looking through an opening quote mark."""
    j = k - 1
    if j >= 0 and not toks[j].norm[:1].isalpha():
        j -= 1
    return [toks[j]] if j >= 0 and toks[j].norm[:1].isalpha() else []


def _coreference(doc: Doc, toks: Sequence[Token], ents: list[Mention], edges: Edges | None = None) -> list[Mention]:
    """Link short later mentions to the full one, and find repeated surnames the CRF missed.

    * a PER of two or more words registers its last word (the surname); a later PER that
      is just that word gets the full mention's canonical, and a later bare occurrence of
      the surname becomes a PER mention (origin ``coref``);
    * «التنظيم»، «الحركة»، «الجبهة» ... refer to the last organisation whose name starts with
      that head: an ``anaphor`` mention with its canonical and actor.

    Only tokens that can matter are visited: mention starts, and words that are a possible
    surname or an organisation head.
    """
    for m in ents:
        if m.canonical is None and m.origin not in NOMINAL:
            m.canonical = m.text
    stop = stopwords()
    common = common_o_words()  # «نصر الله»: «الله» alone is not that person
    possible: set[str] = set()
    for m in ents:
        if m.type == "PER" and " " in m.text:
            sur = normalize_key(m.text.rsplit(None, 1)[-1])
            if len(sur) > 2 and sur not in stop and sur not in common:
                possible.add(sur)
                possible.add(word_stem(sur)[1])
    heads = _org_anaphors()
    ent_at = {m.start: m for m in ents}
    covered = _covered(toks, ents, edges)
    visit = [k for k, t in enumerate(toks)
             if t.start in ent_at or t.stem_start in ent_at
             or (not covered[k] and (t.norm in possible or t.stem in possible or t.stem in heads))]
    surnames: dict[str, Mention] = {}
    orgs_by_head: dict[str, Mention] = {}
    out: list[Mention] = []
    nis = nisba_index()
    for k in visit:
        t = toks[k]
        here = ent_at.get(t.start) or ent_at.get(t.stem_start)
        if here is not None:
            m = here
            words = m.text.split()
            if m.type == "PER" and len(words) >= 2:
                sur = normalize_key(words[-1])
                if len(sur) > 2 and sur not in stop and sur not in common:
                    surnames[sur] = m
                    surnames.setdefault(word_stem(sur)[1], m)
            elif m.type == "PER" and len(words) == 1:
                full = surnames.get(normalize_key(words[0]))
                if full is not None and full is not m:
                    m.canonical = full.canonical
            if m.type == "ORG" and m.origin not in NOMINAL:
                for w in _org_heads_of(toks, k, words):
                    orgs_by_head[w] = m
            continue
        if covered[k]:
            continue
        w = t.norm
        full = surnames.get(w) or surnames.get(t.stem)
        if full is not None and len(w) > 2:
            s = _span_start(t, doc)
            out.append(Mention(s, t.end, doc.raw[s:t.end], "PER", full.canonical, "coref"))
            continue
        if t.stem in orgs_by_head and (k + 1 >= len(toks) or toks[k + 1].norm not in nis):
            ante = orgs_by_head[t.stem]
            s = t.stem_start
            out.append(Mention(s, t.end, doc.raw[s:t.end], "ORG", ante.canonical, "anaphor", actor=ante.actor))
    return sorted(ents + out, key=lambda m: m.start) if out else ents


@lru_cache(maxsize=1)
def _org_anaphors() -> frozenset[str]:
    """Definite organisation heads usable as anaphors: «التنظيم»، «الحركة» ..."""
    return frozenset(w if w.startswith(_AL) else _AL + w
                     for w, kind in triggers().items() if kind == "org" and " " not in w)


def _propagate(doc: Doc, toks: Sequence[Token], ents: list[Mention]) -> list[Mention]:
    """A name tagged once is the same name wherever it recurs in the document.

    The CRF may tag «بلنسية» in one sentence and miss it in the next; every later or
    earlier occurrence of the exact token sequence of a name (clitics aside) that no
    mention covers becomes a mention of the same type and canonical (origin ``coref``).
    Single function words and trigger words are never propagated.
    """
    stop = stopwords()
    trig = triggers()
    nis = nisba_index()
    common = common_o_words()
    index: dict[str, list[tuple[tuple[str, ...], Mention]]] = {}
    covered = [False] * len(toks)
    j = 0
    for m in ents:
        while j < len(toks) and toks[j].end <= m.start:
            j += 1
        k = j
        seq: list[str] = []
        while k < len(toks) and toks[k].start < m.end:
            covered[k] = True
            seq.append(toks[k].stem)
            k += 1
        if not seq or m.origin in NOMINAL or m.type not in ("PER", "ORG", "GPE", "LOC", "FAC"):
            continue
        if len(seq) == 1 and (len(seq[0]) < 3 or seq[0] in stop or seq[0] in trig or seq[0] in nis
                              or seq[0] in common):
            continue  # «الفرنسية» once read as the agency must not make every French thing ORG
        index.setdefault(seq[0], []).append((tuple(seq), m))
    if not index:
        return ents
    out: list[Mention] = []
    n = len(toks)
    conj = "\u0648\u0641"  # و ف
    starts = [k for k, t in enumerate(toks) if not covered[k] and (
        t.stem in index or (t.norm[:1] in conj and t.norm[1:] in index))]
    for i in starts:
        if covered[i]:
            continue
        cands = index.get(toks[i].stem)
        if not cands and len(toks[i].norm) > 3 and toks[i].norm[0] in conj:
            cands = index.get(toks[i].norm[1:])
        hit = None
        for keyseq, ante in sorted(cands or (), key=lambda c: -len(c[0])):
            L = len(keyseq)
            if i + L <= n and not any(covered[i:i + L]) and all(
                    toks[i + x].stem == keyseq[x] for x in range(1, L)):
                hit = (L, ante)
                break
        if hit is None:
            continue
        L, m = hit
        s = _span_start(toks[i], doc)
        e = toks[i + L - 1].end
        out.append(Mention(s, e, doc.raw[s:e], m.type, m.canonical, "coref", actor=m.actor))
        for x in range(i, i + L):
            covered[x] = True
    return sorted(ents + out, key=lambda m: m.start) if out else ents
