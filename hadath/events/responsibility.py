"""Claims of responsibility: the group that claims an attack is the attack's actor1.

Wire reports name an attack's perpetrator by its claim far more often than by the deed:
«قُتل 12 شخصاً عندما فجّر انتحاري نفسه داخل مطعم في مقديشو، فيما أعلنت حركة الشباب
مسؤوليتها عن الهجوم», «... وتبنى تنظيم داعش التفجير في بيان». ACLED codes such an attack to
the claimant, and users who count a group's attacks need it there. The claim tells no new
happening: its deed noun («الهجوم»، «التفجير») names the attack told before, and without this
step the sentence's high event probability made it a second event («Armed clash» by the
claimant, here by Al Qaeda, the group Al Shabaab is «المرتبطة ب»).

A claim is a claim verb («تبنى») or an announcing verb with a responsibility word after it
(«أعلن ... مسؤوليته»), not negated («لم تتبن أي جهة المسؤولية»), whose subject (the first
actor mention after the verb, before the responsibility word) is a named armed actor; after the
bare noun («أعلن الجيش مسؤولية الحركة عن ...») the actor that follows it is the one responsible. The words
are data (``data/responsibility.tsv``). The claimed attack is the latest violent event told
before the verb, at most :data:`hadath.events.coref.MAX_PARAGRAPHS` paragraph breaks back;
when there is none, the violent event told in the claim's own clause («تبنى التنظيم الهجوم
الذي استهدف حاجزاً للجيش»). Its actor1 becomes the claimant when unknown or unidentified; an
actor1 the report names stays (a group claiming what a source attributes to another is the
reader's call). Violent events whose trigger is a definite deed noun inside the claim's
clause are references to the claimed attack: their trigger joins its evidence and they are dropped.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Final

from hadath.bisects import bisect_left
from hadath.doc import Doc
from hadath.events import arguments
from hadath.events.arguments import DOER_ROLES
from hadath.events.context import SentenceCtx, more_breaks
from hadath.events.coref import MAX_PARAGRAPHS, is_definite, union_evidence
from hadath.events.draft import Event
from hadath.lexicon.actors import STATE_INTER, UNIDENTIFIED
from hadath.lexicon.wordkinds import forms_of_kinds, kind_of, word_kinds
from hadath.paths import package_dir
from hadath.text.chars import CLOSING_QUOTES
from hadath.text.normalize import normalize_key

DATA: Final = package_dir("hadath.events") / "data" / "responsibility.tsv"
_VIOLENT: Final = "ASSAULT"
_CLAIMANT_REACH: Final = 6
"""Tokens from the verb to its subject, at most («أعلن تنظيم داعش في بيان مسؤوليته»)."""
_RESPONSIBILITY_REACH: Final = 12
"""Tokens from an announcing verb to its responsibility word, at most."""
_AN: Final = normalize_key("عن")
_NAME_JOINS: Final = frozenset({"-", "\u2013", "\u2014", "\u0640"})  # - – — ـ between a group and its branch
_CLOSING_MARKS: Final = frozenset(CLOSING_QUOTES)
_CONSTRUCT: Final = normalize_key("مسؤولية")  # the bare noun, followed by whose responsibility it is
_THAT_REACH: Final = 4
"""Tokens from the speaker's name to «أنه / إنه», at most («قال حزب الله في بيان إنه ...»)."""


def words() -> dict[str, str]:
    """Each listed form, normalised, to its kind (claim, announce, responsibility, negation ...)."""
    return word_kinds(DATA)


_VERB_KINDS: Final = ("claim", "claimed", "announce")
_SPEECH_KINDS: Final = ("say", "announce")


class _Kinds:
    """:func:`~hadath.lexicon.wordkinds.kind_of` of a sentence's tokens, each looked up when
    read: the rules read the kinds of a few tokens after a verb, which a set of the verb forms
    finds (:func:`_verb_forms`, :func:`_speech_forms`), not of every token."""

    __slots__ = ("_norms", "_table")

    def __init__(self, norms: list[str], table: dict[str, str]) -> None:
        self._norms = norms
        self._table = table

    def __len__(self) -> int:
        return len(self._norms)

    def __getitem__(self, i: int) -> str | None:
        return kind_of(self._norms[i], self._table)


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """Every normalised token whose kind is a claim's or an announcing verb's: a sentence
    with none of them holds no claim, and its tokens need no look-up one by one (most
    sentences: claims are rare)."""
    return forms_of_kinds(words(), _VERB_KINDS)


@lru_cache(maxsize=1)
def _speech_forms() -> frozenset[str]:
    """Every normalised token whose kind is a verb of saying or announcing, the words a
    self-report opens with (see :func:`_verb_forms`)."""
    return forms_of_kinds(words(), _SPEECH_KINDS)


def _claims(s: SentenceCtx, table: dict[str, str]) -> list[tuple[int, int]]:
    """(verb token, token of the responsibility word, or the verb's when there is none) of
    each claim in the sentence."""
    verbs = _verb_forms()
    if verbs.isdisjoint(s.norms):
        return []
    kinds = _Kinds(s.norms, table)
    out: list[tuple[int, int]] = []
    for i in [k for k, norm in enumerate(s.norms) if norm in verbs]:
        kind = kinds[i]
        if i > 0 and kinds[i - 1] == "negation":
            continue
        if kind != "announce":
            out.append((i, i))
            continue
        for j in range(i + 1, min(len(kinds) - 1, i + 1 + _RESPONSIBILITY_REACH)):
            if kinds[j] == "responsibility":
                out.append((i, j))
                break
    return out


def _clause_end(s: SentenceCtx, tok: int) -> int:
    """Raw end of the clause that holds token ``tok``."""
    later = [t for t in s.clause_starts if t > tok]
    last = (later[0] if later else len(s.ends)) - 1
    return s.ends[max(last, tok)]


def _may_claim(x: arguments.ActorSpan) -> bool:
    """Can the actor named at ``x`` speak for an attack (a claim or a self-report)? A named
    armed, state or other actor; not a common noun («مسلحون») nor an unidentified group."""
    return x.role in DOER_ROLES and not x.generic and not x.actor.name.startswith(UNIDENTIFIED)


def credit_claims(doc: Doc, ctxs: list[SentenceCtx], events: list[Event], cache: dict[str, Any]) -> list[Event]:
    """``events`` with claimed attacks given their claimant (see the module docstring)."""
    if not events:
        return events
    table = words()
    for s in ctxs:
        for verb, last in _claims(s, table):
            events = _credit(doc, s, verb, last, events, cache)
    return events


_AL: Final = "\u0627\u0644"  # ال
_OBJECT_KINDS: Final = frozenset({"told", "responsibility"})


def _credit(doc: Doc, s: SentenceCtx, verb: int, last: int, events: list[Event],
            cache: dict[str, Any]) -> list[Event]:
    table = words()
    spans = arguments.actor_spans(doc, s, cache)
    construct = last > verb and s.norms[last] == _CONSTRUCT
    if construct:
        # «أعلن الجيش مسؤولية الحركة عن الهجوم»: the group after the bare noun is the one
        # responsible; the verb's subject only says so
        subjects = [x for x in spans if last < x.tok <= last + 2]
    else:
        reach = last if last > verb else verb + _CLAIMANT_REACH
        subjects = [x for x in spans if verb < x.tok <= reach]
    if not subjects:
        return events
    claimant = subjects[0]
    for nxt in subjects[1:]:
        if any(t not in _NAME_JOINS for t in s.texts[claimant.tok_end:nxt.tok]):
            break
        claimant = nxt  # «تنظيم «داعش - ولاية خراسان»»: the branch named after the group
    if not _may_claim(claimant):
        return events
    told = kind_of(s.norms[verb], table) == "claimed"  # «تبناه»: the deed is the pronoun, told before
    obj = -1
    if not told:
        obj = claimant.tok_end if last == verb or construct else last + 1
        if obj < len(s.norms) and s.texts[obj] in _CLOSING_MARKS:
            obj += 1  # «تبنى تنظيم «داعش» الهجوم»
            if obj + 1 < len(s.norms) and s.norms[obj].startswith(_AL) and kind_of(s.norms[obj], table) is None \
                    and kind_of(s.norms[obj + 1], table) in _OBJECT_KINDS:
                obj += 1  # «وتبنى «الحرس الثوري» الإيراني الهجوم»: the name's adjective after its marks
        if obj < len(s.norms) and kind_of(s.norms[obj], table) == "responsibility":
            obj += 1  # «تبنى التنظيم المسؤولية عن ...»
        if obj < len(s.norms) and s.norms[obj] == _AN:
            obj += 1
        if obj >= len(s.norms):
            return events
        told = kind_of(s.norms[obj], table) == "told"
    start, end = s.tok_starts[verb], _clause_end(s, max(last, claimant.tok_end - 1, obj))
    if told:
        before = [i for i, ev in enumerate(events) if ev.plover_type == _VIOLENT and ev.evidence
                  and ev.evidence[0].start < start and not more_breaks(doc, ev.evidence[-1].end, start, MAX_PARAGRAPHS)]
        if not before:
            return events
        target = _claimable(events, before)
        refs = [i for i, ev in enumerate(events) if ev.plover_type == _VIOLENT and ev.evidence
                and start <= ev.evidence[0].start < end and _is_told(doc, ev, table)]
    else:
        # «تبنى التنظيم هجوماً استهدف ...»: the attack the claim tells itself
        at = s.tok_starts[obj]
        inside = [i for i, ev in enumerate(events) if ev.plover_type == _VIOLENT and ev.evidence
                  and at <= ev.evidence[0].start < s.ends[min(obj + 1, len(s.ends) - 1)]]
        if not inside:
            return events
        target, refs = inside[0], []
    claimed = events[target]
    evidence = claimed.evidence
    for i in refs:
        evidence = union_evidence(evidence, events[i].evidence[:1])  # the deed noun; its actors are the claim's
    update: dict[str, Any] = {"evidence": evidence}
    if claimed.actor1 is None or claimed.actor1.name.startswith(UNIDENTIFIED):
        update["actor1"] = claimant.actor
    out = list(events)
    out[target] = claimed.model_copy(update=update)
    return [ev for i, ev in enumerate(out) if i not in refs]


def _claimable(events: list[Event], before: list[int]) -> int:
    """The attack a claim of responsibility told after it is about: the latest one, passing
    over the state forces' own operations told since («... مشيرة إلى أن قوات الأمن قتلت أربعة
    مسلحين خلال عملية تمشيط. وأعلنت حركة طالبان باكستان مسؤوليتها عن الهجوم» claims the
    suicide bombing, not the army's sweep). A group claims no state's deed."""
    for i in reversed(before):
        a1 = events[i].actor1
        if a1 is None or a1.inter != STATE_INTER:
            return i
    return before[-1]


def _is_told(doc: Doc, ev: Event, table: dict[str, str]) -> bool:
    """Is the event's trigger a word that names a deed told before («الهجوم»)?"""
    t = ev.evidence[0]
    first = doc.raw[t.start:t.end].split(" ")[0]
    return kind_of(normalize_key(first), table) == "told" or is_definite(first)


def credit_self_reports(doc: Doc, ctxs: list[SentenceCtx], events: list[Event], cache: dict[str, Any]) -> list[Event]:
    """Attacks an armed or state actor reports as its own get it as actor1.

    «أعلن حزب الله أنه استهدف موقعاً للجيش الإسرائيلي»، «قال الجيش إن قواته قصفت مواقع
    للمسلحين»، «أعلنت جماعة الحوثي استهداف سفينة»: the statement is the actor's own account,
    and the verb's subject is the pronoun for it. Without this the attack had no actor1, the
    case ACLED's coders fill from the statement itself. Only an attack whose actor1 is unknown or
    unidentified changes: a perpetrator the report names stays.
    """
    if not any(ev.plover_type == _VIOLENT for ev in events):
        return events
    table = words()
    speech = _speech_forms()
    out = list(events)
    # where the evidence of each event a self-report may credit starts (a violent event with no
    # known actor1; crediting one only makes it known): a sentence holding none of them is
    # passed over before its actors are found (the events' own sentences have them already,
    # another sentence's would be made for it alone)
    open_starts = sorted(x.start for ev in events if ev.plover_type == _VIOLENT
                         and (ev.actor1 is None or ev.actor1.name.startswith(UNIDENTIFIED)) for x in ev.evidence)
    for s in ctxs:
        if speech.isdisjoint(s.norms):
            continue  # no verb of saying or announcing: no self-report (most sentences)
        at = bisect_left(open_starts, s.span.start)
        if (at == len(open_starts) or open_starts[at] >= max(s.span.end, s.ends[-1] if s.ends else 0)) \
                and (_CARRIED.isdisjoint(s.norms) or _STRIKES.isdisjoint(s.norms)):
            # no event here it could credit (a deed is one of the sentence's tokens), nor a strike
            # carried out that an air strike told before may be (:func:`_credit_strike_before`)
            continue
        kinds = _Kinds(s.norms, table)
        for verb in [k for k, norm in enumerate(s.norms) if norm in speech]:
            if verb > 0 and kinds[verb - 1] == "negation":
                continue
            deed = _self_reported_deed(doc, s, verb, kinds, cache)
            if deed is None:
                continue
            tok, claimant = deed
            lo, hi = s.tok_starts[tok], s.ends[tok]
            if _strike_carried(s, tok):
                out = _credit_strike_before(doc, s, out, claimant)
                continue
            for i, ev in enumerate(out):
                if (ev.plover_type == _VIOLENT and any(lo <= x.start < hi for x in ev.evidence)
                        and (ev.actor1 is None or ev.actor1.name.startswith(UNIDENTIFIED))
                        and not (ev.actor2 is not None and ev.actor2.name == claimant.name)
                        and not _own_state(claimant, ev.actor2)):
                    out[i] = ev.model_copy(update={"actor1": claimant})
    return out


# «أعلنت القيادة المركزية الأمريكية أن قواتها «نفذت ضربة» في العراق»: a state's forces carried out
# an air strike; the report told it before without saying whose it was
_CARRIED: Final = frozenset(normalize_key(w) for w in ("نفذت", "نفذ", "نفذوا", "شنت", "شن", "شنوا"))
_STRIKES: Final = frozenset(normalize_key(w) for w in ("ضربة", "ضربات", "غارة", "غارات", "ضربتين", "غارتين"))
_AIR_STRIKE: Final = "Air/drone strike"


def _strike_carried(s: SentenceCtx, tok: int) -> bool:
    """Is the self-reported deed at token ``tok`` (a quotation mark aside) «نفذت ضربة / شنت غارات»?"""
    n = len(s.norms)
    if tok < n and not s.alpha[tok]:
        tok += 1  # «أن قواتها «نفذت ضربة»»
    return tok + 1 < n and s.norms[tok] in _CARRIED and s.norms[tok + 1] in _STRIKES


def _credit_strike_before(doc: Doc, s: SentenceCtx, events: list[Event], claimant: Any) -> list[Event]:
    """The air strike the report told last before the sentence, at most
    :data:`~hadath.events.coref.MAX_PARAGRAPHS` paragraph breaks back and with no attacker
    named, gets the state whose forces say they carried out a strike as its actor1 (only an air
    strike: a state's «عملية» after gunmen's attack is its own operation, not theirs)."""
    start = s.span.start
    for i in range(len(events) - 1, -1, -1):
        ev = events[i]
        if not ev.evidence or ev.evidence[0].start >= start:
            continue
        if more_breaks(doc, ev.evidence[-1].end, start, MAX_PARAGRAPHS):
            break
        if ev.sub_event_type != _AIR_STRIKE:
            continue
        if (ev.actor1 is None or ev.actor1.name.startswith(UNIDENTIFIED)) and not (
                ev.actor2 is not None and ev.actor2.name == claimant.name) and not _own_state(claimant, ev.actor2):
            out = list(events)
            out[i] = ev.model_copy(update={"actor1": claimant})
            return out
        break
    return events


_COMMAS: Final = frozenset({"\u060c", ","})  # ، ,
_ASIDE_REACH: Final = 4
"""Words inside an aside between commas after the speaker, at most («، اليوم السبت،»)."""


_IN: Final = normalize_key("في")
_STATEMENT: Final = frozenset(normalize_key(w) for w in ("بيان", "تصريح"))
_ITS: Final = frozenset(normalize_key(w) for w in ("له", "لها"))


_ALIAS_TOKENS: Final = 4  # «(سنتكوم)»: a short name in brackets after the speaker's, at most


def _past_alias(s: SentenceCtx, k: int) -> int:
    """The token after a bracketed alias at ``k`` («(سنتكوم)»، «(واس)»); else ``k``."""
    texts = s.texts
    if k >= len(texts) or texts[k] != "(":
        return k
    for i in range(k + 1, min(len(texts), k + 2 + _ALIAS_TOKENS)):
        if texts[i] == ")":
            return i + 1
    return k


_THAT_KINDS: Final = ("that", "thatbare")  # responsibility.tsv: «أنه، أنها ...»، the bare «أن، إن»
_ON: Final = normalize_key("على")


def _past_aside(s: SentenceCtx, k: int) -> int:
    """The token after an aside at ``k``: where it was said («أعلنت الخلية في بيان (لها)،
    تنفيذ ...») or anything set off by commas («أعلنت الخلية، اليوم السبت، تنفيذ ...»: the
    time of the statement); else ``k``."""
    n = len(s.texts)
    if k < n and s.texts[k] in _CLOSING_MARKS:
        k += 1  # «أعلنت «المقاومة الإسلامية في العراق» في بيان ...»: the name's closing mark
    if k + 1 < n and s.norms[k] == _IN and s.norms[k + 1] in _STATEMENT:
        k += 2
        if k < n and s.norms[k] in _ITS:
            k += 1
        if k + 1 < n and s.norms[k] == _ON:
            # «في بيان على تطبيق تلغرام أنها ...»: where the statement was posted
            k = next((i for i in range(k + 1, min(n, k + 4)) if kind_of(s.norms[i], words()) in _THAT_KINDS), k)
        return k + 1 if k < n and s.texts[k] in _COMMAS else k
    if k >= n or s.texts[k] not in _COMMAS:
        return k
    for i in range(k + 1, min(len(s.texts), k + _ASIDE_REACH + 2)):
        if s.texts[i] in _COMMAS:
            return i + 1
    return k


def _own_state(speaker: Any, target: Any) -> bool:
    """Are both state forces of one country? A state's body reports attacks on its own police
    or army («أعلنت خلية الإعلام الأمني استهداف دورية للشرطة بعبوة ناسفة»), never as its own."""
    return (target is not None and speaker.inter == STATE_INTER and target.inter == STATE_INTER
            and speaker.country is not None and speaker.country == target.country)


def _self_reported_deed(doc: Doc, s: SentenceCtx, verb: int, kinds: _Kinds,
                        cache: dict[str, Any]) -> tuple[int, Any] | None:
    """(token of the deed, the speaker's actor) when the verb at ``verb`` opens a self-report."""
    spans = [x for x in arguments.actor_spans(doc, s, cache) if verb < x.tok <= verb + _CLAIMANT_REACH]
    n = len(kinds)
    reach = min(verb + _CLAIMANT_REACH, n - 1)
    forces = arguments.speaking_forces(doc, s, s.ends[verb], s.ends[reach]) if verb < reach else None
    if forces is not None and (not spans or forces.tok <= spans[0].tok):
        # «أعلنت خلية الإعلام الأمني ...»: a security body speaks for its state's forces
        claimant = forces
    elif not spans or not _may_claim(spans[0]):
        return None
    else:
        claimant = spans[0]
    k = _past_alias(s, claimant.tok_end)  # «القيادة المركزية الأمريكية (سنتكوم)، في بيان، أن»
    if kinds[verb] == "announce":
        j = _past_aside(s, k)
        if j < n and s.norms[j] == _AN:
            j += 1
        if j + 1 < n and kinds[j] == "carry":
            return j + 1, claimant.actor  # «أعلنت الخلية تنفيذ ضربات جوية»: the attack carried out
        if j < n and kinds[j] == "deed":
            return j, claimant.actor  # «أعلنت الجماعة (عن) استهداف سفينة»
    k = _past_aside(s, k)
    for j in range(k, min(n, k + _THAT_REACH + 1)):
        if kinds[j] in _THAT_KINDS:
            break
    else:
        return None
    bare = kinds[j] == "thatbare"
    j += 1
    if j < n and kinds[j] == "aspect":
        j += 1
    if j < n and kinds[j] == "own":
        bare = False
        j += 1
    if j < n and kinds[j] == "aspect":
        j += 1
    if bare or j >= n:
        return None
    return j, claimant.actor
