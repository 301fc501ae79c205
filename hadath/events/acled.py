"""ACLED sub-event decisions that depend on context, not on the trigger word alone.

The trigger gives a default (``triggers.tsv``); the codebook's distinctions need the
arguments and the clause:

* generic violence («قتل»، «هجوم»، «أطلق النار») is *Violence against civilians / Attack*
  when the victims are civilians and *Battles / Armed clash* when both sides are armed;
* territory: *Government regains territory* when state forces (inter 1) take ground,
  *Non-state actor overtakes territory* when anyone else does, *Non-violent transfer of
  territory* when the report says it happened «دون قتال»;
* an arrest by a non-state group is an *Abduction/forced disappearance* (ACLED reserves
  *Arrests* for state forces and the non-state actors that govern territory,
  ``de_facto_authorities.tsv``: «اعتقلت «قسد» 14 شخصاً» is an arrest);
* protests: *Peaceful protest*, *Protest with intervention* (dispersal, tear gas, arrests),
  *Excessive force against protesters* (protesters killed or shot), *Violent demonstration*
  when the demonstrators riot or destroy property in the protest's clause;
* talks (CONSULT) and reinforcements (MOBILIZE) are *Strategic developments / Other*:
  ACLED has no sub-type for them and codes them only as context, so «Other» is the
  codebook-consistent choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from hadath.events.context import Candidate
from hadath.events.lexicon import (
    ATTACK_MODES,
    DRONE_WORDS,
    DROP_VERBS,
    EXCESSIVE_FORCE,
    NEUTRALISE_MODE,
    VERB_POS,
)
from hadath.lexicon.actors import (
    ARMED_INTER,
    CIVILIAN_INTER,
    PROTESTER_INTER,
    STATE_INTER,
    nisba_index,
)
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.paths import package_dir
from hadath.schema import Actor
from hadath.text.normalize import normalize_key

DATA: Final = package_dir("hadath.events") / "data"

_GENERIC_MODES: Final = frozenset({"casualty", "attack", "firearms", "assassination", "execution", "raid", "melee"})
_HEAVY: Final = "heavy-weapons"
_SUBJECT_REACH: Final = 3  # «المسيرة [التركية] أطلقت صاروخين»
_CONJ: Final = frozenset("\u0648\u0641")  # و ف
# context kind the stage adds when the protest's crowd is the subject of a verb of storming,
# attacking or destroying («اقتحم متظاهرون مبنى البرلمان»)
VIOLENT_CROWD: Final = "violent_crowd"


@dataclass(init=False, slots=True)
class Typing:
    event_type: str
    sub_event_type: str
    plover: str

    def __init__(self, event_type: str, sub_event_type: str, plover: str) -> None:
        """Written out, not made by ``dataclasses``: see :mod:`hadath.mentions`."""
        self.event_type = event_type
        self.sub_event_type = sub_event_type
        self.plover = plover


def _is_state(a: Actor | None) -> bool:
    return a is not None and a.inter == STATE_INTER


def _is_armed(a: Actor | None) -> bool:
    return a is not None and a.inter in ARMED_INTER


def _is_civilian(a: Actor | None) -> bool:
    return a is not None and a.inter in _CIVILIAN_OR_PROTESTER


_CIVILIAN_OR_PROTESTER: Final = frozenset({PROTESTER_INTER, CIVILIAN_INTER})  # whom :func:`_is_civilian` counts
# «في عملية جوية»، «بضربات جوية»، «جواً»: the means of a neutralising operation
_BY_AIR: Final = frozenset(normalize_key(w) for w in (
    "جوية", "الجوية", "جوي", "الجوي", "جويا", "جوا", "جواً", "جويتين", "الجويتين"))


@lru_cache(maxsize=1)
def aircraft_names() -> frozenset[str]:
    """``aircraft.tsv``: normalised names of air forces and aircraft."""
    rows = load_tsv(DATA / "aircraft.tsv", ("name", "variants"), ("name", "variants"), ("name",))
    return frozenset(normalize_key(v) for r in rows for v in split_variants(r["variants"]))


@lru_cache(maxsize=1)
def de_facto_authorities() -> frozenset[str]:
    """Canonical names of the non-state actors that govern territory (``de_facto_authorities.tsv``)."""
    rows = load_tsv(DATA / "de_facto_authorities.tsv", ("name", "where", "source"), ("name", "where", "source"), ("name",))
    return frozenset(r["name"] for r in rows)


@lru_cache(maxsize=1)
def home_only_actors() -> frozenset[str]:
    """Canonical names of the actors named by descriptions that hold only in their home country's
    news (``home_only_actors.tsv``: «فلول النظام البائد» is not Syria's Assad loyalists in Sudan)."""
    rows = load_tsv(DATA / "home_only_actors.tsv", ("name", "note"), ("name", "note"), ("name",))
    return frozenset(r["name"] for r in rows)


def _airborne(a: Actor | None) -> bool:
    """Is the actor an air force or its aircraft («القوات الجوية»، «الطيران الحربي»)?"""
    if a is None or a.inter != STATE_INTER:
        return False
    words = normalize_key(a.text).split()
    names = aircraft_names()
    return any(" ".join(words[i:j]) in names for i in range(len(words)) for j in range(i + 1, len(words) + 1))


_OPENING_MARKS: Final = frozenset({"\u00ab", '"'})


# trigger modes of a ground assault (an attack verb, a raid, a clash) that a heavy weapon may join
_GROUND_ASSAULT: Final = frozenset({"attack", "raid", "clash"})
# small arms named beside the heavy weapon: «بالأسلحة الرشاشة والقذائف»، «بالرشاشات»
_SMALL_ARMS: Final = frozenset(normalize_key(w) for w in (
    "الرشاشة", "رشاشة", "الرشاشات", "بالرشاشات", "رشاشات", "الخفيفة", "خفيفة", "الكلاشنكوف", "بالكلاشنكوف"))
_SMALL_ARMS_REACH: Final = 4  # words between the small arms and the heavy weapon joined to them


def _with_small_arms(c: Candidate) -> bool:
    """Are small arms named right beside the heavy weapon ``c``, in its phrase («بالأسلحة
    الرشاشة والقذائف الصاروخية»، «بالقذائف والأسلحة الخفيفة»)?"""
    norms = c.sent.norms
    lo, hi = max(0, c.tok - _SMALL_ARMS_REACH), min(len(norms), c.tok_end + _SMALL_ARMS_REACH)
    return any(norms[k] in _SMALL_ARMS for k in range(lo, hi))


# aircraft as the instrument right after a verb of shelling: «وقصفت قوات الدعم السريع بالمسيرات»
_AIR_INSTRUMENTS: Final = frozenset(normalize_key(w) for w in (
    "بالمسيرات", "بمسيرات", "بالمسيرة", "بمسيرة", "بالطيران", "بالطائرات", "بطائرات", "بطائرة", "بالدرونز"))
_INSTRUMENT_AFTER: Final = 5  # tokens from the verb to its instrument (its subject between)


def _by_aircraft(c: Candidate) -> bool:
    """Is an aircraft the instrument of the shelling verb ``c``, in its clause, a few words after
    it («قصفت قوات الدعم السريع بالمسيرات محطة الكهرباء»)? Then it is an air or drone strike."""
    s = c.sent
    hi = min(len(s.norms), c.tok_end + _INSTRUMENT_AFTER, s.clause_stop(c.clause))
    return any(s.norms[k] in _AIR_INSTRUMENTS for k in range(c.tok_end, hi))


def _word_before(c: Candidate) -> int:
    """The token right before trigger ``c``, past an opening quotation mark («إن طائراته
    "استهدفت مسلحا"»: the words quoted open on the verb); -1 at the sentence's start."""
    k = c.tok - 1
    if k > 0 and c.sent.texts[k] in _OPENING_MARKS:
        k -= 1
    return k


def _fired_from_the_air(c: Candidate) -> bool:
    """Is an aircraft or drone the subject right before the trigger, in its clause (at most
    :data:`_SUBJECT_REACH` words before, conjunction aside)?"""
    s = c.sent
    names = aircraft_names()
    lo = max(0, c.tok - _SUBJECT_REACH)
    top = _word_before(c)
    clause = s.clause_of(top) if top >= 0 else c.clause
    for i in range(top, lo - 1, -1):
        if s.clause_of(i) != clause:
            break
        w = s.norms[i]
        if w[:1] in _CONJ and w[1:] in names or w in names:
            return True
        if i > 0 and f"{s.norms[i - 1]} {w}" in names:
            return True
    return False


def _aircraft_after(c: Candidate) -> bool:
    """Is the subject right after verb trigger ``c`` an aircraft, one or two words («قصفت طائرة تابعة
    للجيش سوقا»، «استهدفت طائرة مسيرة سيارة»: VSO)?"""
    if c.trigger.pos not in VERB_POS:
        return False
    norms = c.sent.norms
    names = aircraft_names()
    i = c.tok_end
    return i < len(norms) and (norms[i] in names or " ".join(norms[i:i + 2]) in names)


def _aircraft_before(c: Candidate) -> bool:
    """Is the word right before the trigger an aircraft («إن طائراته استهدفت»), nationality
    adjectives aside («أسقطت مسيرة أوكرانية عبوة ناسفة»: after a verb of dropping, «مسيرة» is a
    drone)? Not across punctuation: «قوة ... معززة بجرافات وطائرات مسيرة، اقتحمت المخيم» lists
    equipment."""
    k = _word_before(c)
    if k < 0:
        return False
    norms = c.sent.norms
    nis = nisba_index()
    while k > 0 and c.tok - k <= _NISBA_SKIP and (norms[k] in nis or norms[k] in _ANOTHER):
        k -= 1  # «ألقت مسيرة أخرى قنبلة صوتية»: another drone
    w = norms[k]
    names = aircraft_names()
    if w in DROP_VERBS and k > 0:
        # «مسيّرة إسرائيلية ألقت قنبلة صوتية»: the drone before the verb of dropping (SVO)
        j = k - 1
        while j > 0 and k - j <= _NISBA_SKIP and norms[j] in nis:
            j -= 1
        return norms[j] in names or norms[j] in DRONE_WORDS
    return w in names or w[:1] in _CONJ and w[1:] in names or (
        w in DRONE_WORDS and k > 0 and norms[k - 1] in DROP_VERBS)


_NISBA_SKIP: Final = 2  # «طائرات إسرائيلية قنابل»، «مسيرة أوكرانية عبوة»
_ANOTHER: Final = frozenset(normalize_key(w) for w in ("أخرى", "آخر", "ثانية", "ثالثة"))
_DROPPED_MODES: Final = frozenset({"explosives", "grenade"})  # what an aircraft may drop: bombs, grenades



def _by_air(c: Candidate) -> bool:
    """Does ``c``'s clause say the operation was from the air («في عملية جوية»، «جواً»)?"""
    s = c.sent
    return any(s.norms[i] in _BY_AIR for i in range(s.clause_starts[c.clause], min(s.clause_stop(c.clause), len(s.norms))))


def decide(best: Candidate, group: list[Candidate], kinds: set[str], actor1: Actor | None,
           actor2: Actor | None) -> Typing:
    """ACLED type and sub-type (and PLOVER type) of a merged group of triggers."""
    t = best.trigger
    et, sub, plover = t.event_type, t.sub_event_type, t.plover
    modes = {c.trigger.mode for c in group}
    if t.mode == _HEAVY and (_fired_from_the_air(best) or _airborne(actor1) or _aircraft_after(best)
                             or _by_aircraft(best)):
        # «المسيرة أطلقت صاروخين على السيارة»: missiles a drone fires are an air strike, and
        # so is what aircraft shell, the subject after the verb: «قصفت طائرات أمريكية منزلا»
        et, sub = "Explosions/Remote violence", "Air/drone strike"
    elif (t.mode in ATTACK_MODES or t.mode in _DROPPED_MODES) and (
            _airborne(actor1) or _aircraft_before(best) or _aircraft_after(best)):
        # «القوات الجوية استهدفت عددا من البؤر»: an air force's attack is an air strike, and
        # «ألقت طائرات إسرائيلية قنابل فوسفورية»: bombs an aircraft drops are one too; so is
        # an attack verb whose subject right before it is aircraft: «قال الجيش إن طائراته استهدفت»
        et, sub = "Explosions/Remote violence", "Air/drone strike"
    elif t.mode == _HEAVY and modes & _GROUND_ASSAULT and _with_small_arms(best):
        # «هاجموا نقطة عسكرية بالأسلحة الرشاشة والقذائف الصاروخية»: rocket-propelled grenades
        # fired beside machine guns in an assault are a ground fight, not shelling from afar
        et, sub = "Battles", "Armed clash"
    elif t.mode == NEUTRALISE_MODE and _by_air(best):
        # «أعلنت وزارة الدفاع التركية تحييد 12 إرهابياً ... في عملية جوية»: fighters struck from the air
        et, sub = "Explosions/Remote violence", "Air/drone strike"
    elif t.mode in _GENERIC_MODES:
        if actor2 is not None and actor2.inter == PROTESTER_INTER:
            # protesters shot or killed: ACLED codes the protest, not an attack
            et, sub = "Protests", EXCESSIVE_FORCE
        elif _is_civilian(actor2) and not _is_armed(actor2):
            et, sub = "Violence against civilians", "Attack"
        elif _is_armed(actor2) or "clash" in modes or (t.mode in {"attack", "raid"} and _is_armed(actor1)):
            et, sub = "Battles", "Armed clash"
        elif t.mode in {"attack", "raid"}:
            et, sub = "Battles", "Armed clash"
        else:
            et, sub = "Violence against civilians", "Attack"
    elif t.mode == "territory":
        if "handover" in modes:
            et, sub, plover = "Strategic developments", "Non-violent transfer of territory", "CONCEDE"
        elif _is_state(actor1):
            et, sub = "Battles", "Government regains territory"
        elif actor1 is not None:
            et, sub = "Battles", "Non-state actor overtakes territory"
    elif (t.mode == "arrest" and actor1 is not None and not _is_state(actor1) and _is_armed(actor1)
          and actor1.name not in de_facto_authorities()):
        et, sub, plover = "Violence against civilians", "Abduction/forced disappearance", "ASSAULT"
    elif plover == "PROTEST":
        if "riot" in modes or t.mode == "riot" or "destroy" in modes or VIOLENT_CROWD in kinds:  # burning, storming
            et, sub = "Riots", "Violent demonstration"
        elif kinds & {"killed_protesters"}:
            et, sub = "Protests", EXCESSIVE_FORCE
        elif kinds & {"intervention", "dispersal"}:
            et, sub = "Protests", "Protest with intervention"
        else:
            et, sub = "Protests", "Peaceful protest"
    return Typing(et, sub, plover)
