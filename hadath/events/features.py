"""Features of a trigger candidate for the event classifier.

Shared by the stage and ``scripts/train_events.py`` so training and use cannot drift apart.
The features say what a reader checks to tell a report of a happening from a mention of
one: the trigger's form (verb or definite noun: «قتلت» reports, «الاغتيال» refers back),
cues around it by kind and distance (a time word, a reporting verb, a casualty count argue
for; «منذ»، «بعد»، «سياسة» argue against), its neighbours, and the sentence's words.
"""

from __future__ import annotations

import sys
from itertools import compress
from typing import Final

from hadath.bisects import bisect_left, bisect_right
from hadath.doc import Doc
from hadath.events.context import Candidate, Memo, SentenceCtx
from hadath.events.lexicon import Trigger
from hadath.mentions import PLACE_TYPES

_AL: Final = "\u0627\u0644"


def _bucket(dist: int) -> str:
    if dist > 0:
        return "b1" if dist <= 3 else "b2" if dist <= 10 else "bx"
    if dist < 0:
        return "a1" if dist >= -3 else "a2" if dist >= -10 else "ax"
    return "at"


def _bucket_pair(dist: int) -> tuple[str, str]:
    b = _bucket(dist)
    return b, b[0]


# (bucket, its first letter) by distance: one C-level look-up a cue (made once per distance)
_BUCKETS: Final[Memo[int, tuple[str, str]]] = Memo(_bucket_pair)


# Feature strings are made once per process by prefix: ``_PREFIXED["p1="]["قوات"]`` is
# "p1=قوات", built on the first use and then a C-level dict hit (its hash kept for the
# weight look-up), instead of a new string per candidate. Every feature string is interned,
# as the model's keys are (:func:`hadath.events.model.load_model`): a weight look-up then
# finds its key by identity, without reading the model's copy of the string from memory.
_intern: Final = sys.intern


def _prefixer(prefix: str) -> Memo[str, str]:
    """Feature names ``prefix + x``, each made and interned once."""
    return Memo(lambda x: _intern(prefix + x))


_PREFIXED: Final[Memo[str, Memo[str, str]]] = Memo(_prefixer)
_P1: Final = _PREFIXED["p1="]
_P2: Final = _PREFIXED["p2="]
_N1: Final = _PREFIXED["n1="]
_N2: Final = _PREFIXED["n2="]
_CUE_KIND: Final[Memo[str, Memo[str, str]]] = Memo(lambda kind: _PREFIXED[f"cue={kind}:"])
_CUE_KEY: Final[Memo[str, Memo[str, str]]] = Memo(lambda key: _PREFIXED[f"cuek={key}:"])
_LEN: Final = _PREFIXED["len="]
_FIRST: Final = _PREFIXED["first="]
_CO: Final = _PREFIXED["co="]
_COTYPE: Final = _PREFIXED["cotype="]
_ENT: Final = _PREFIXED["ent="]
_NSAME: Final = tuple(map(_intern, ("nsame=0", "nsame=1", "nsame=2", "nsame=3")))
_P1_START: Final = _intern("p1=<s>")
_N1_END: Final = _intern("n1=</s>")
_P2_START: Final = _intern("p2=<s>")
_N2_END: Final = _intern("n2=</s>")
_WHERE_START: Final = _intern("where=start")
_WHERE_MID: Final = _intern("where=mid")
_WHERE_END: Final = _intern("where=end")


def _cue_info(s: SentenceCtx) -> list[tuple[int, int, Memo[str, str], Memo[str, str], int, str, str]]:
    """Per sentence, once: each cue's start, token, feature-name makers, clause, and its
    same-clause and other-clause feature names."""
    info = s.cue_info
    if info is None:
        info = []
        for cue in s.cues:
            kind = _CUE_KIND[cue.kind]
            info.append((cue.start, cue.tok, kind, _CUE_KEY[cue.key], cue.clause, kind["c"], kind["o"]))
        s.cue_info = info
    return info


def _len_bucket(n: int) -> str:
    return "s" if n < 12 else "m" if n < 30 else "l" if n < 60 else "xl"


def word_feature(stem: str) -> str | None:
    """``w=<stem>`` for a word token's stem (longer than one letter), else None (see ``_WORD``)."""
    return _intern(f"w={stem}") if len(stem) > 1 else None


_WORD: Final[Memo[str, str | None]] = Memo(word_feature)


def sentence_features(doc: Doc, s: SentenceCtx) -> list[str]:
    """Features of the sentence as a whole (computed once, shared by its candidates).

    ``head + [w=<stem> for each word stem] + tail`` of :func:`sentence_parts` (the three
    parts share no feature, and each is free of repeats). The classifier scores the parts
    without building this list (:meth:`hadath.events.model.EventModel.z_sentence`); training
    reads it.
    """
    if s.word_feats is not None:
        return s.word_feats
    head, stems, tail = sentence_parts(doc, s)
    words = filter(None, map(_WORD.__getitem__, stems))
    s.word_feats = [*head, *words, *tail]
    return s.word_feats


def sentence_parts(doc: Doc, s: SentenceCtx) -> tuple[list[str], list[str], list[str]]:
    """The sentence's features in three parts (computed once, shared by its candidates):
    ``head`` (its length and first word), the distinct stems of its words (each the
    feature ``w=<stem>`` when longer than one letter, see :func:`word_feature`), and
    ``tail`` (quotes, co-occurring triggers, numbers, dates, entities), each without repeats.

    The per-token part runs as C-level ``compress``/``dict.fromkeys`` over the sentence's
    columns (which tokens are words, from :func:`hadath.events.context.token_kinds`): it is
    the one loop over every token of every event sentence. Fills ``s.num_toks`` and
    ``s.place_toks`` for the candidate features and the rules.
    """
    if s.parts is not None:
        return s.parts
    n = len(s.norms)
    head = [_LEN[_len_bucket(n)]]
    if n:
        head.append(_FIRST[s.stems[0]])
    stems = list(dict.fromkeys(compress(s.stems, s.alpha)))
    f: list[str] = []
    if s.has_quote:
        f.append("quote")
    names = sorted({c.trigger.name for c in s.candidates})
    f += map(_CO.__getitem__, names)
    kinds_seen = {c.trigger.plover for c in s.candidates}
    f += map(_COTYPE.__getitem__, sorted(kinds_seen))
    if s.has_digits:
        f.append("digits")
    starts = s.tok_starts
    s.num_toks = [bisect_right(starts, n.start) - 1 for n in s.nums if not n.percent]
    s.place_toks = [bisect_right(starts, m.start) - 1 for m in s.ents if m.type in PLACE_TYPES]
    if s.num_toks:
        f.append("number")
    if s.has_date:
        f.append("date")
    for m in s.ents:
        f.append(_ENT[m.type])
        if m.actor is not None:
            f.append("actor")
    s.parts = (head, stems, list(dict.fromkeys(f)))  # unique: training sees feature sets
    return s.parts


_STATIC: Final[dict[tuple[int, str, str], tuple[Trigger, list[str]]]] = {}


def _static_features(t: Trigger, key: str, prefix: str) -> list[str]:
    """The features a candidate owes to its trigger row, form and clitics alone (built once each).

    Keyed by the trigger's identity (the matcher's payloads live as long as the process), and
    the trigger is kept with them so a rebuilt lexicon never sees another's features.
    """
    got = _STATIC.get((id(t), key, prefix))
    if got is not None and got[0] is t:
        return got[1]
    f = [f"trig={t.name}", f"key={key}", f"pos={t.pos}", f"mode={t.mode}", f"spec={t.specificity}"]
    if key.startswith(_AL):
        f.append("definite")
    if prefix:
        f.append(f"prefix={prefix}")
    f = list(map(_intern, f))
    if len(_STATIC) > 65536:
        _STATIC.clear()
    _STATIC[(id(t), key, prefix)] = (t, f)
    return f


def candidate_features(c: Candidate) -> list[str]:
    """Features of one candidate (without the sentence-level ones)."""
    t = c.trigger
    s = c.sent
    f = list(_static_features(t, c.key, c.prefix))
    stems = s.stems
    n = len(stems)
    i, j = c.tok, c.tok_end
    # neighbours in the order p1 n1 p2 n2
    f.append(_P1[stems[i - 1]] if i >= 1 else _P1_START)
    f.append(_N1[stems[j]] if j < n else _N1_END)
    f.append(_P2[stems[i - 2]] if i >= 2 else _P2_START)
    f.append(_N2[stems[j + 1]] if j + 1 < n else _N2_END)
    rel = c.tok / max(1, n)
    f.append(_WHERE_START if rel < 0.2 else _WHERE_MID if rel < 0.7 else _WHERE_END)
    clause = c.clause
    cs, ce = c.start, c.end
    seen: dict[str, None] = {}
    for start, tok, kind, key, cue_clause, same, other in _cue_info(s):
        if cs <= start < ce:
            continue
        b, b0 = _BUCKETS[i - tok]
        seen[kind[b]] = None
        seen[same if cue_clause == clause else other] = None
        seen[key[b0]] = None
    f += seen
    # num_toks and place_toks are ascending: one bisect finds the first token in reach
    nt = s.num_toks
    if nt:
        k = bisect_left(nt, i - 3)
        if k < len(nt) and (nt[k] < i or (k := bisect_left(nt, j, k)) < len(nt) and nt[k] <= j + 1):
            f.append("qty_near")
    pt = s.place_toks
    if pt:
        k = bisect_left(pt, j)
        if k < len(pt) and pt[k] <= j + 5:
            f.append("place_after")
        k = bisect_left(pt, i - 6)
        if k < len(pt) and pt[k] < i:
            f.append("place_before")
    counts = s.plover_counts
    if counts is None:  # once per sentence (a plain dict: ``Counter`` runs Python code per item)
        counts = s.plover_counts = {}
        for o in s.candidates:
            p = o.trigger.plover
            counts[p] = counts.get(p, 0) + 1
    f.append(_NSAME[min(counts[t.plover] - 1, 3)])
    return f


def conjoin_plain(plover: str, feats: list[str]) -> list[str]:
    """:func:`conjoin` without the bias terms (for summing a sentence's share once)."""
    return feats + [f"{plover}|{x}" for x in feats]


def conjoin(plover: str, feats: list[str]) -> list[str]:
    """Each feature twice: shared, and specific to the PLOVER type (feature augmentation)."""
    return feats + [f"{plover}|{x}" for x in feats] + ["bias", f"{plover}|bias"]
