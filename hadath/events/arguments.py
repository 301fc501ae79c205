"""Event arguments: actors, location, date, fatalities and source.

The other stages' interfaces are imported lazily and defensively: while NER, geo, dates or
attribution are missing, the matching argument is simply ``None`` and the detector keeps
working. Rules follow ACLED's codebook:

* actor1 acts, actor2 is acted upon. Arabic news is mostly VSO: «قصفت القوات الحكومية
  مدينة حلب» puts the subject right after the verb. Passives look like actives without
  diacritics, so «قتل 5 مدنيين» (a number or a victim noun right after a killing verb)
  makes the victims actor2 and leaves actor1 unknown. «على/ضد X» marks the target,
  «على يد/من قبل/شنتها X» the agent, «بقيادة/بدعم X» an associated actor.
* fatalities: deaths, not injuries; the most conservative figure; «عشرات» = 10,
  «مئات» = 100, «بضعة» = 3; ``None`` when the report gives none and 0 only when it says
  there were no casualties («دون وقوع إصابات»). Figures joined by «و» add up: «مقتل 6
  عناصر من قوات النظام و3 من مقاتلي الهيئة» is 9 dead.
* event_date: :mod:`hadath.events.dating` (the event's clause, its sentence, its paragraph,
  the story's date; never a background sentence's, never invented).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

from hadath.attribution.lexicons import forces_spoken_for
from hadath.attribution.sources import source_for
from hadath.bisects import SpanIndex, bisect_left, bisect_right
from hadath.doc import Doc
from hadath.events import anaphora, tally
from hadath.events.acled import aircraft_names, home_only_actors
from hadath.events.context import (
    PROCLITICS,
    Candidate,
    Memo,
    SentenceCtx,
    TokenForms,
    more_breaks,
    raw_hits,
)
from hadath.events.lexicon import (
    ARREST_MODE,
    ATTACK_MODES,
    CROWD_KINDS,
    HE_THAT,
    NEUTRALISE_MODE,
    PARRIED_IT,
    PEOPLE_KINDS,
    POPULACE,
    RELATIVE_PRONOUNS,
    THE_ATTACKERS,
    THE_WOUNDED,
    UNDERTAKE_KINDS,
    VERB_POS,
    GenericActor,
    affiliation_phrases,
    generic_actor,
    generic_actor_rows,
    generic_actors,
    names_attack_again,
)
from hadath.events.trusted import location_of, trusted, with_text
from hadath.geo.context import load_context_words
from hadath.geo.gazetteer import Place, load_gazetteer
from hadath.geo.resolve import place_for_span, places_start_in
from hadath.lexicon.actors import (
    ARMED_GROUP_INTER,
    CIVILIAN_INTER,
    PROTESTER_INTER,
    RIOTER_INTER,
    STATE_INTER,
    UNIDENTIFIED,
    ActorEntry,
    alias_decides,
    country_name,
    fill_country,
    force_role,
    generic_for,
    government_of,
    in_brackets_after,
    load_actors,
    nationality_of,
    nisba_index,
    resolve_actor,
)
from hadath.lexicon.wordkinds import agent_forms
from hadath.mentions import PLACE_TYPES, Mention
from hadath.ner.rules import DIRECTIONS
from hadath.schema import Actor, Location, Source
from hadath.text.chars import NAME_QUOTES, QUOTE_NORM
from hadath.text.normalize import normalize_key
from hadath.text.segment import doc_paragraph_starts

# normalised marker words (MATCH profile)
_AL_KEY: Final = "\u0627\u0644"  # ال (normalised)
_DEATH_WORDS: Final = frozenset(normalize_key(w) for w in (
    "قتل", "قتلت", "قتلوا", "مقتل", "قتلى", "قتيل", "قتيلا", "قتيلان", "قتيلين", "مصرع", "حتفه", "حتفهم",
    "بحياة", "استشهاد", "استشهد", "استشهدوا", "شهيدا", "شهداء", "شهيد", "القتلى", "وفاة", "توفي",
    "مصرعهم", "حتفهما", "أودى", "أودت", "يقتل", "مقتول", "مقتولا", "مقتولة", "مقتولين", "مقتولون",
    "قتلا", "قتلتا", "استشهدا", "استشهدتا", "توفيا",  # duals: «طفلان قتلا بانفجار لغم»
    "ارتقى", "ارتقت", "ارتقوا",  # «ارتقى خلال المعارك 7 من أبطال القوات المسلحة شهداء»
    "قضى", "قضوا", "قضيا", "قضت", "قضين",  # «قضى طفلان شقيقان جراء انفجار لغم أرضي»
    # «اغتيل ناشط»، «اغتيال ناشط»: an assassination is a death («محاولة اغتيال» is not: :func:`_deaths`)
    "اغتيل", "اغتيلت", "اغتيلوا", "اغتيال", "اغتال", "اغتالت", "اغتالوا",
    # with the victims' pronoun: «ما أسفر عن مقتله»، «ما أدى إلى مقتلهما»
    "مقتله", "مقتلها", "مقتلهما", "مصرعه", "مصرعها", "مصرعهما", "استشهاده", "استشهادها", "استشهادهما",
    # bodies found: «عثرت الشرطة على جثث أربعة أشخاص»، «على جثة شاب»
    "جثث", "جثة", "جثتين", "جثتان", "جثتي",
    # executed: «أعدم تنظيم داعش ثلاثة رعاة»
    "أعدم", "أعدمت", "أعدموا", "إعدام",
    # beheaded: «قطع مسلحون رؤوس ستة مدنيين» (only after a verb of cutting: «رؤوس حربية» are warheads)
    "رؤوس", "رأس",
))
_ASSASSINATION: Final = normalize_key("اغتيال")
_ATTEMPT: Final = frozenset(normalize_key(w) for w in ("محاولة", "محاولات", "محاولتي", "محاولتين"))
_FAILED: Final = frozenset(normalize_key(w) for w in ("فاشلة", "فاشل", "فاشلتين"))
_INJURY_WORDS: Final = frozenset(normalize_key(w) for w in (
    "جرحى", "جريح", "جرح", "جرحوا", "إصابة", "إصابات", "أصيب", "أصيبوا", "مصابين", "بجروح", "بإصابات",
    "المصابين", "الجرحى", "إصابتهم", "جريحا", "أصيبت", "أصاب", "أصابت", "أصابوا", "جرحت",
    "مصاب", "مصابا", "مصابون",
))
_DURATIONS: Final = frozenset(normalize_key(w) for w in (
    "عاما", "عام", "أعوام", "سنة", "سنوات", "سنين", "شهرا", "أشهر", "شهور", "أسبوعا", "أسابيع",
    "يوما", "أيام", "ساعة", "ساعات", "دقيقة", "دقائق"))  # after a number: years of age, a duration
_ONE_DEAD: Final = frozenset(normalize_key(w) for w in (
    "قتيلا", "قتيل", "شهيدا", "مقتول", "مقتولا", "مقتولة",  # «فأرداه قتيلا»، «جثة شاب مقتول»
    "مقتله", "مقتلها", "مصرعه", "مصرعها", "استشهاده", "استشهادها",  # «ما أسفر عن مقتله»: his death
    "جثة"))  # «عثر على جثة شاب»
_ANOTHER_ONE: Final = frozenset(normalize_key(w) for w in (  # «ولقي ثالث حتفه»: one more person, counted by rank
    "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة", "سادس", "سادسة"))
_TWO_DEAD: Final = frozenset(normalize_key(w) for w in (
    "قتيلين", "قتيلان", "شهيدين", "مقتلهما", "مصرعهما", "استشهادهما",  # «ما أسفر عن مقتلهما»: both
    "جثتين", "جثتان", "جثتي"))
_VAGUE: Final = {normalize_key("عشرات"): 10, normalize_key("العشرات"): 10, normalize_key("مئات"): 100,
          normalize_key("المئات"): 100, normalize_key("بضعة"): 3, normalize_key("بضع"): 3,
          normalize_key("آلاف"): 1000, normalize_key("الآلاف"): 1000}
# words that make a sentence tell a campaign, not one happening: «منذ سنوات»، «مرارا»، «في معارك
# سابقة»، «خلال السنوات الماضية»; a vague count of hundreds or thousands of dead there («قتل المئات
# منهم») sums many happenings (ACLED codes each when it is reported), so no event takes it
# «قتل عددا من قادة طالبان»: a number of people, counted like «عشرات» (no figure for the toll)
_A_NUMBER_OF: Final = frozenset(normalize_key(w) for w in ("عددا", "عدد", "العديد"))
_CAMPAIGN: Final = frozenset(normalize_key(w) for w in (
    "مرارا", "مرارًا", "سابقة", "السابقة", "سنوات", "السنوات", "أعوام", "الأعوام", "عقود", "العقود"))
_COUNT_AFTER: Final = 3  # «مقتل متظاهرين اثنين»، «قتل خلالها المدنيون الخمسة»: a count this far after its death word
_CAMPAIGN_MIN: Final = 100  # «المئات»، «آلاف»: counts no single happening's dead is told as ten times
_COMPLEMENTISERS: Final = frozenset(normalize_key(w) for w in ("إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", "بأنه", "بأنها", "وأن", "وإن"))
_OWN_FORCES: Final = frozenset(normalize_key(w) for w in (
    "قواته", "قواتها", "عناصره", "عناصرها", "مقاتليه", "مقاتليها", "مقاتلاته", "مقاتلاتها", "طائراته",
    "طائراتها", "وحداته", "وحداتها", "مسلحيه", "مسلحيها", "طيرانه", "طيرانها",
    # a group's own word for its fighters: «أعلنت «المقاومة الإسلامية» أن مجاهديها استهدفوا ...»
    "مجاهديه", "مجاهديها", "مجاهدوه", "مجاهدوها", "مجاهديهم",
    # a group named in the plural: «المتحدث باسم الحوثيين ... أن قواتهم»
    "قواتهم", "عناصرهم", "مقاتليهم", "طائراتهم", "وحداتهم", "مسلحيهم", "طيرانهم"))  # a force with the speaker's pronoun
# a state's forces named bare in its own statement: «قال المتحدث باسم الجيش النيجيري إن القوات صدت الهجوم»
_BARE_FORCES: Final = frozenset({normalize_key("القوات")})
# a force's arm named by its kind in its own statement, two words: «القوة الصاروخية»، «سلاح الجو»
_UNITS: Final = frozenset(normalize_key(w) for w in (
    "القوة الصاروخية", "القوات الصاروخية", "الوحدة الصاروخية", "القوة الجوية", "سلاح الجو", "القوة البحرية",
    "الوحدات الصاروخية", "سلاح المسيرات"))


def _speakers_unit(s: SentenceCtx, cut: int) -> bool:
    """Does the complement after «إن/أن» at ``cut`` open, past a quotation mark, with one of
    :data:`_UNITS`: the speaker's missile force or air arm, the subject of the deed it tells?"""
    k = _past_marks(s, cut + 1)
    return k + 1 < len(s.norms) and f"{s.norms[k]} {s.norms[k + 1]}" in _UNITS


_OWN_REACH: Final = 12  # tokens from «أن» to the deed its «مقاتليها» did («أن مقاتليها خاضوا ... وفجروا عبوات»)
_FROM: Final = normalize_key("من")
# light verbs whose object is an attack noun and whose subject is the attacker: شن، نفذ، ارتكب
_SUPPORT_VERBS: Final = frozenset(normalize_key(w) for w in (
    "شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "شنا", "شنتا", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "ينفذون",
    "ارتكب", "ارتكبت", "ارتكبوا", "يرتكب", "ترتكب"))
_SUPPORT_REACH: Final = 6  # words from the support verb to the attack noun: «ونفذ الجيش الباكستاني ضربة جوية»
_AL_PREFIX: Final = "\u0627\u0644"  # ال
_COUNTRY_KIND: Final = "N"  # hadath.geo Place.kind of a country
_CROWD_WORDS: Final = 4  # words of a counted crowd after its count: «مئات من خريجي الجامعات»
_LAM_CLITIC: Final = "\u0644"  # ل
_GROUP_HEADS: Final = frozenset(normalize_key(w) for w in (  # «لتنظيم داعش»: a head word before the group's name
    "تنظيم", "جماعة", "حركة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "قوات", "عناصر", "مسلحي", "مقاتلي"))
_PHRASE_STOP_KINDS: Final = frozenset({"time", "purpose", "chant", "place", "call", "report"})
_APPROX: Final = frozenset(normalize_key(w) for w in ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر", "من", "ما", "يزيد", "على", "يقارب"))
_PHRASE_STOPS: Final = frozenset(normalize_key(w) for w in (
    "في", "أمام", "على", "ضد", "إلى", "عند", "قرب", "وسط", "خارج", "داخل", "بعد", "قبل", "حول", "لدى",
    "خلال", "منذ", "حتى", "عبر", "بالقرب", "الذين", "الذي", "التي", "وهم", "وهو", "عن", "مع", "بين", "ضمن"))
_DAMMA: Final = "\u064f"  # the passive's vowel on a verb's first letter: «قُتل»، «أُصيب»
_WITH_ONLY: Final = normalize_key("مع")
_WITH: Final = frozenset({normalize_key("مع"), normalize_key("ضد")})
_BETWEEN: Final = frozenset({normalize_key("بين")})
# «واحد» after the noun it qualifies is an adjective («من عائلة واحدة»، «في يوم واحد»); a count
# of the dead as «قتل واحد منهم» follows its death word. «مقتل شاب واحد» is read as a list.
_ONE_ADJ: Final = frozenset(normalize_key(w) for w in ("واحد", "واحدة", "الواحد", "الواحدة"))
_SUBSET_PREV: Final = frozenset(normalize_key(w) for w in ("بينهم", "بينهن", "منهم", "منهن", "بينها", "ومنهم", "وبينهم"))
_AGENT_PREV: Final = frozenset(normalize_key(w) for w in ("يد", "أيدي", "قبل", "شنها", "شنتها", "شنه", "شنوه", "نفذه", "نفذوه", "شنته", "نفذها", "نفذتها", "تبنته", "تبنت", "تبنى",
                                                           "نفذته", "نفذوها", "ارتكبته", "ارتكبتها", "ارتكبها",
                                                           "نصبه", "نصبته", "نصبها", "نصبتها", "نصبوه", "نصبوها"))  # «كمين نصبه مسلحون»
# a weapon, then who released or planted it: «بقذيفة أطلقها الحوثيون»، «ببرميل ألقته مروحية»، «بعبوة
# زرعها مسلحون». The attacker, when the weapon struck; when it was defused («فككت الشرطة عبوة زرعها
# مجهولون») the planter is the side whose attack was disrupted, not the event's first actor.
_RELEASED_BY: Final = agent_forms("released")  # hadath/lexicon/agent_words.tsv
# «قتل متظاهران برصاص قوات الأمن»: the shooter of a death word (the ب forms only: in «أطلقت
# الرصاص على المتظاهرين» the bullets mark no agent)
_BY_FIRE: Final = frozenset(normalize_key(w) for w in ("برصاص", "بنيران"))
# words (punctuation left out) from a death word to the shooter of «برصاص X», at most: a time
# between commas («استشهد ثلاثة، فجر اليوم الأربعاء، برصاص ...»), the dead's affiliation
# («قُتل قيادي سابق في فصائل المعارضة، مساء الأحد، برصاص مسلحين مجهولين»)
_FIRE_REACH: Final = 9
_TARGET_PREV: Final = frozenset(normalize_key(w) for w in ("على", "ضد", "بحق", "باتجاه", "مواقع", "معاقل", "مقرات", "مقر", "تجمعات", "استهدف", "استهدفت", "عناصر", "صفوف",
    "تابعة", "تابع", "التابعة", "التابع", "دورية", "موكب", "حاجز", "ثكنة", "قافلة",
    "نقطة", "نقاط", "تفتيش",  # «نقطة تفتيش للجيش»
    "حاجزا", "مقرا", "موقعا", "مركزا", "مخفرا", "معسكرا"))  # accusative: «هاجموا حاجزاً للجيش»
# finite past verbs among the «destroy property» phrases (triggers.tsv lists them with the nouns
# «إحراق»، «تخريب» as one phrase row): like a verb row's forms, their subject may follow them
DESTROY_VERBS: Final = frozenset(normalize_key(w) for w in (
    "أحرق", "أحرقوا", "أضرم النار", "أضرموا النار", "نهب", "نهبوا", "هدم", "هدمت", "جرف", "جرفت",
    # «أضرم مسلحون النار في منازل»: the subject between the verb and «النار»
    "أضرم", "أضرموا", "أضرمت"))
# the release row's finite verbs (triggers.tsv lists them with «الإفراج» as phrases): their subject
# follows them too, «أفرجت جماعة الحوثي عن 15 معتقلا»
_RELEASE_VERBS: Final = frozenset(normalize_key(w) for w in (
    "أفرج", "أفرجت", "أطلق سراح", "أطلقت سراح", "أطلقوا سراح"))
# «أسقطت طائرة مسيرة»: a shoot-down's verb, written as a phrase trigger, is finite too
_SHOT_DOWN_VERBS: Final = frozenset(normalize_key(w) for w in ("أسقط", "أسقطت", "أسقطوا", "أسقطنا")) | PARRIED_IT
_PHRASE_VERBS: Final = DESTROY_VERBS | _RELEASE_VERBS | _SHOT_DOWN_VERBS
_BA: Final = "\u0628"  # ب: the instrument clitic
_ASSOC_PREV: Final = frozenset(normalize_key(w) for w in (
    "بقيادة", "بدعم", "بمساندة", "بإسناد", "بمشاركة", "مدعومة", "المدعومة", "المدعوم", "الموالية", "الموالي",
    "الموالين", "المتحالفة", "مع",
    # «نفذت غارة جوية بالتنسيق مع الحكومة الفدرالية الصومالية»: the partner the deed was done with
    "بالتنسيق", "بالتعاون", "بالاشتراك",
    # indefinite «مسلحون موالون للحكومة»، «ميليشيا موالية لإيران»
    "موالون", "موالين", "موالية", "موال", "الموالون", "مدعومون", "مدعومين",
    # «ميليشيات متحالفة مع الجيش»
    "متحالفة", "متحالفين", "متحالفون", "المتحالفين", "المتحالفون", "حليفة", "الحليفة",
))
_ASSOC_STRONG: Final = _ASSOC_PREV - {_WITH_ONLY}  # «مع» marks an associate only once actor1 is known
# modes whose counted object after the verb is the people taken: «اعتقلت سبعة»، «اختطفوا سبعة جنود»
_TAKING_MODES: Final = frozenset({ARREST_MODE, "abduct"})
_ROLE_OF_INTER: Final = {STATE_INTER: "state", PROTESTER_INTER: "protester", CIVILIAN_INTER: "civilian", RIOTER_INTER: "rioter"}
_LIST_STOP: Final = _INJURY_WORDS | _SUBSET_PREV | _DEATH_WORDS  # words that end a list of the dead
_CASUALTY_WORDS: Final = _INJURY_WORDS | _DEATH_WORDS
_NOTHING: Final[frozenset[str]] = frozenset()
_UNSEEN: Final[Any] = object()
MILITARY: Final = "Military Forces of "  # the name of a state's armed forces starts so (ACLED)
_HURT_VERB: Final = "\u0627\u0635\u064a\u0628"  # normalised «أصيب» (أصيبوا، أصيبا، أصيبت), not «إصابة»
_WOUNDED_VERBS: Final = frozenset({"\u062c\u0631\u062d", "\u062c\u0631\u062d\u0648\u0627", "\u062c\u0631\u062d\u0627"})  # جرح جرحوا جرحا
_MARTYRED: Final = normalize_key("استشهد")  # استشهد، استشهدوا، استشهدا، استشهدت
_DIED_VERBS: Final = frozenset(normalize_key(w) for w in (
    "لقي", "لقوا", "لقيا", "لقيت", "قضى", "قضوا", "قضيا", "توفي", "توفوا", "توفيت",
))
_PARTICLE_QAD: Final = frozenset(normalize_key(w) for w in ("قد", "وقد"))


_VICTIM_ROLES: Final = frozenset({"civilian", "protester"})
DOER_ROLES: Final = frozenset({"armed", "state", "named"})  # actor span roles of a side that acts: no victims
_GOVERNING: Final = ("\u0644", "\u0628")  # ل ب: a noun after them is governed («للمواطنين»)
_CLAUSE_PUNCT: Final = frozenset({"\u060c", ",", ".", "\u061b", ";", ":"})  # ، , . ؛ ; :
_VICTIM_MODES: Final = frozenset({"casualty", NEUTRALISE_MODE})  # whose counted people after the word are its victims («تحييد 5 إرهابيين»)
_REPORT: Final = "report"  # cues.tsv kind of reporting verbs and words («أعلن», «قالت», «بحسب»)
_PURPOSE: Final = "purpose"  # cues.tsv kind that opens what a protest is for («مطالبين ب»، «تضامناً مع»)


@dataclass(init=False, slots=True)
class ActorSpan:
    start: int
    end: int
    tok: int
    tok_end: int
    actor: Actor
    role: str  # armed | state | civilian | protester | rioter | named
    clause: int = 0
    prev: frozenset[str] | None = field(default=None, compare=False)  # forms of the two words before
    generic: bool = False  # a common noun («جنود»، «مسلحين»), not a name
    partners: tuple[Actor, ...] = ()  # «الفصائل» after two named groups: the others (assoc actors)

    def __init__(self, start: int, end: int, tok: int, tok_end: int, actor: Actor, role: str, clause: int = 0,
                 prev: frozenset[str] | None = None, generic: bool = False,
                 partners: tuple[Actor, ...] = ()) -> None:
        self.start = start
        self.end = end
        self.tok = tok
        self.tok_end = tok_end
        self.actor = actor
        self.role = role
        self.clause = clause
        self.prev = prev
        self.generic = generic
        self.partners = partners


@dataclass(slots=True)
class Arguments:
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc: list[Actor] | None = None
    spans: list[tuple[int, int]] | None = None

    def __init__(self, actor1: Actor | None = None, actor2: Actor | None = None,
                 assoc: list[Actor] | None = None, spans: list[tuple[int, int]] | None = None) -> None:
        self.actor1 = actor1
        self.actor2 = actor2
        self.assoc = assoc
        self.spans = spans


def _generic_name(g: GenericActor, country: str | None) -> str:
    return fill_country(g.name, country_name(country))


_ABROAD: Final = ("Military Forces of", "Government of", "Private Security Forces")
"""Generic actors that act outside their country: an army or a government named without a
nationality is the article's country's wherever it acts."""


@lru_cache(maxsize=1)
def _local_templates() -> tuple[str, ...]:
    """The generic actor names whose country is where they are (every ``{country}`` template of
    the actor dictionary and of ``generic_actors.tsv`` but :data:`_ABROAD`'s)."""
    names = {a.name for a in load_actors()} | {g.name for g in generic_actor_rows()}
    return tuple(sorted(n for n in names if "{country}" in n and not n.startswith(_ABROAD)))


@lru_cache(maxsize=64)
def _local_names(cname: str | None) -> dict[str, str]:
    """Each :func:`_local_templates` name filled with the country named ``cname``, to its
    template (the first in order when two fill alike): which template a generic actor of that
    country was made from, by one look-up instead of filling every template for every event."""
    out: dict[str, str] = {}
    for t in _local_templates():
        out.setdefault(fill_country(t, cname), t)
    return out


def local_generic(doc: Doc, actor: Actor | None, country: str | None) -> Actor | None:
    """Unnamed people and groups are of the place the event happened, as ACLED names them.

    A generic noun takes the document's focus country (:func:`_generic_name`), and an article
    about south Lebanon that names Israel's forces in every paragraph may focus on Israel: the
    victims of «غارة ... على منزل في بلدة عيتا الشعب» are Lebanon's civilians; «مسلحون مجهولون»
    who attack a bus in Sudan in a Chad article are an "Unidentified Armed Group (Sudan)", and
    «الشرطة» that arrests five in Hurghada in a Yemen report is Egypt's. Only a generic actor of
    the focus country is renamed, when the event's place is in another one and the mention names
    no nationality («الشرطة اليمنية» stays Yemen's); an army or a government (:data:`_ABROAD`)
    keeps the article's country, but for its air defences, which shoot over their own ground:
    «أعلنت وزارة الدفاع السعودية أن الدفاعات الجوية تصدت لطائرتين مسيرتين ... باتجاه مدينة
    جازان» in a Yemen report are Saudi Arabia's (armies strike abroad, air defences at home).
    """
    if actor is None or not country or actor.country == country:
        return actor
    key = normalize_key(actor.text)
    if any(w in nisba_index() for w in key.split()):
        return actor
    template = _local_names(country_name(actor.country)).get(actor.name) if actor.country == doc.country else None
    if template is None and actor.name == fill_country(_MILITARY_OF, country_name(actor.country)) \
            and any(d in key for d in _AIR_DEFENCES):
        template = _MILITARY_OF
    if template is None:
        return actor
    return _renamed(actor, template, country)


def _renamed(actor: Actor, template: str, country: str) -> Actor:
    """``actor`` (its words and inter code kept) named by ``template`` for ``country``."""
    return trusted(Actor, {"name": fill_country(template, country_name(country)),
                           "text": actor.text, "inter": actor.inter, "country": country})


_MILITARY_OF: Final = "Military Forces of {country}"
_POLICE_OF: Final = "Police Forces of {country}"


_HOLDER_REACH: Final = 8  # tokens from a force's name to the person holding a command in it


def _holder_of_force(s: SentenceCtx, force: ActorSpan, person: ActorSpan) -> bool:
    """Is ``person`` a named person whose actor a title gave (a country's military or police)
    right after ``force``, a named force of the same country he commands («قائد عمليات قوات
    بونتلاند في المنطقة، العقيد محمد علي»)? His forces are that force, not the country's army."""
    if person.generic or force.generic or force.actor.name == person.actor.name:
        return False
    if force.actor.country != person.actor.country or not 0 <= person.tok - force.tok_end <= _HOLDER_REACH:
        return False
    return any(m.start == person.start and m.type == "PER" for m in s.ents)


# a speaker's armed forces by their pronoun: the government's are its military
_ARMED_FORCES_OF: Final = frozenset(normalize_key(w) for w in ("قواته", "قواتها", "طائراته", "طائراتها", "طيرانه", "طيرانها"))
_FORCES_OF: Final = frozenset(normalize_key(w) for w in ("قوات", "جيش", "طائرات", "طيران"))
_HIS_COUNTRY: Final = frozenset(normalize_key(w) for w in ("بلاده", "بلادها", "بلادنا", "دولته", "دولتها"))


def _country_forces(s: SentenceCtx, k: int) -> bool:
    """Are tokens ``k``, ``k + 1`` the speaker's country's forces («إن قوات بلاده قتلت 58
    جنديا»)? They are the speaker's own, as «قواته» would be."""
    return k + 1 < len(s.norms) and s.norms[k] in _FORCES_OF and s.norms[k + 1] in _HIS_COUNTRY


def _government_forces(x: ActorSpan) -> ActorSpan:
    """``x`` as its country's military when it names a government whose own forces acted («قالت
    الحكومة الصومالية إن قواتها قتلت 30 من مقاتلي حركة الشباب»: ACLED's Military Forces of
    Somalia); any other actor as it is."""
    a = x.actor
    if not a.country or a.name != government_of(a.country):
        return x
    military = _renamed(a, _MILITARY_OF, a.country)
    return ActorSpan(x.start, x.end, x.tok, x.tok_end, military, x.role, x.clause, x.prev, x.generic, x.partners)


def air_force_for(actor: Actor | None) -> Actor | None:
    """A country's police named as an air strike's actor1 is its military (the police fly no
    warplanes: a ministry of interior announced the strike); any other actor as it is."""
    if actor is None or not actor.country or actor.name != fill_country(_POLICE_OF, country_name(actor.country)):
        return actor
    return _renamed(actor, _MILITARY_OF, actor.country)


# air defences among the generic military's variants (actors.tsv gen_mil), normalised
_AIR_DEFENCES: Final = tuple(normalize_key(w) for w in (
    "الدفاعات الجوية", "الدفاع الجوي", "دفاعات جوية", "الدفاعات الأرضية", "المضادات الأرضية", "المضادات الجوية"))


# after a state actor's words, the adjectives that say its rule was ended by force: «الرئيس
# المخلوع»، «النظام البائد» (a deposed president's loyalists are no state force). Not «السابق»،
# «الأسبق»: a former minister attacked is still coded by his office (the sessions' tests)
_DEPOSED: Final = frozenset(normalize_key(w) for w in (
    "المخلوع", "المعزول", "المعزولة", "المنحل", "المنحلة", "البائد", "الساقط", "المنهار"))


def _resolve_named(doc: Doc, m: Any) -> Actor | None:
    entry = getattr(m, "actor", None)
    if entry is None:
        return None
    home = getattr(entry, "country", None)
    if doc.country and home and home != "*" and home != doc.country and getattr(entry, "name", None) in home_only_actors():
        return None  # «حررت الفولة من فلول النظام البائد» in Sudan: not Syria's Assad loyalists
    try:
        actor = resolve_actor(entry, m.text, doc.country)
    except Exception:  # noqa: BLE001 - a resolver bug must not drop the event
        actor = None
    if isinstance(actor, Actor):
        return actor
    name = getattr(entry, "name", None) or m.canonical or m.text
    inter = getattr(entry, "inter", None)
    country = getattr(entry, "country", None)
    return Actor(name=str(name), text=m.text, inter=inter if isinstance(inter, int) and 1 <= inter <= 8 else None,
                 country=country if isinstance(country, str) else None)


# people or bodies that «مجهولي الهوية» describes: «جثث أربعة أشخاص مجهولي الهوية»
_UNKNOWN_PEOPLE: Final = frozenset(normalize_key(w) for w in (
    "أشخاص", "الأشخاص", "شخص", "شخصا", "شخصين", "جثث", "جثة", "الجثث", "رجال", "رجلا", "رجلين", "شبان", "شابا",
    "مدنيين", "ضحايا", "قتلى", "نساء", "امرأة", "أطفال", "عمال", "مهاجرين"))
_UNKNOWN: Final = normalize_key("مجهول")


def _unknown_people(s: SentenceCtx, ti: int) -> bool:
    """Is the unidentified-actor word at token ``ti`` («مجهولي الهوية»، «مجهولين») an adjective of
    the people or bodies named right before it, not an unknown attacker?"""
    return 0 < ti < len(s.norms) and s.norms[ti].startswith(_UNKNOWN) and s.norms[ti - 1] in _UNKNOWN_PEOPLE


def actor_spans(doc: Doc, s: SentenceCtx, cache: dict[str, Any]) -> list[ActorSpan]:
    """Actor mentions in a sentence: NER actors first, generic nouns where NER found none.

    ``cache`` lives for one document: the actor mentions sorted once, each resolved once,
    the generic-noun hits found in one pass, and one ``Actor`` per generic noun and form
    (events that name the same «مسلحون» share it, as they share a named actor's). A
    sentence's spans are made once and the same list is returned to every caller (the
    stage, then the claim and self-report rules of :mod:`hadath.events.responsibility`, once
    a verb): read it, do not change it.
    """
    a, b = s.span.start, s.span.end
    made_spans: dict[tuple[int, int], list[ActorSpan]] = cache.setdefault("sentence_actor_spans", {})
    got = made_spans.get((a, b))
    if got is not None:
        return got
    starts = s.tok_starts
    out: list[ActorSpan] = []
    mentions = _actor_mentions(doc, cache)
    lo = bisect_left(cache["actor_starts"], a)
    hi = bisect_left(cache["actor_starts"], b)
    according = _according_sources(doc, cache)
    for m in mentions[lo:hi]:
        actor = _resolved(doc, m, cache) if not according.contains(m.start, m.start + 1) else None
        if actor is not None:
            partners: tuple[Actor, ...] = ()
            if actor.inter in ARMED_GROUP_INTER and actor.name.startswith(UNIDENTIFIED):
                actor = _referred_group(doc, m.start, m.end, cache) or actor  # NER's «المسلحين»
            elif m.origin == "generic" and actor.country == doc.country and actor.name.startswith(MILITARY):
                actor = _occupying_military(doc, m.start, m.text, cache) or actor  # NER's «جنديين»
            elif actor.inter in ARMED_GROUP_INTER and getattr(m.actor, "generic", False):
                # «الفصائل» after «فصائل «الجيش الوطني»»; else the groups just named
                named = _group_by_head(doc, m, cache)
                if named is not None:
                    actor = named
                else:
                    actor, partners = _groups_just_named(doc, m.start, m.text, cache) or (actor, ())
            ti = max(0, bisect_right(starts, m.start) - 1)
            te = max(ti + 1, bisect_left(starts, m.end))
            if actor.inter == STATE_INTER and te < len(s.norms) and s.norms[te] in _DEPOSED:
                continue  # «مسلحون موالون للرئيس المخلوع»: a deposed ruler acts for no state now
            if actor.name.startswith(UNIDENTIFIED) and _unknown_people(s, ti):
                continue  # «جثث أربعة أشخاص مجهولي الهوية»: the dead's description, no armed group
            if not partners and actor.name.startswith(MILITARY):
                partners = _coordinated_nationality(s, te)  # «طائرات أمريكية وبريطانية»
            out.append(ActorSpan(m.start, m.end, ti, te, actor, _ROLE_OF_INTER.get(actor.inter or 0, "armed"),
                                 generic=m.origin == "generic", partners=partners))
    hits = s.generic  # found with the triggers (context.candidates); else one pass here
    if hits is None:
        if "generic" not in cache:
            cache["generic"] = raw_hits(generic_actors(), doc.norm)
            cache["generic_starts"] = [g.start for g in cache["generic"]]
        hits = cache["generic"][bisect_left(cache["generic_starts"], a):bisect_left(cache["generic_starts"], b)]
    made: dict[tuple[GenericActor, str], Actor] = cache.setdefault("generic_actors", {})
    orgs = _org_spans(doc, cache)
    for g in hits:
        if any(o.start < g.end and g.start < o.end for o in out):
            continue
        ga: GenericActor = g.payloads[0]
        if ga.role == "civilian" and orgs.contains(g.start, g.end):
            continue  # «الدفاع المدني»: an organisation's name, no civilian
        ti = max(0, bisect_right(starts, g.start) - 1)
        if ga.role == "armed" and _unknown_people(s, ti):
            continue
        te = max(ti + 1, bisect_left(starts, g.end))
        generic = made.get((ga, g.text))
        if generic is None:
            generic = made[(ga, g.text)] = Actor.model_construct(
                name=_generic_name(ga, doc.country), text=g.text, inter=ga.inter, country=doc.country)
        together: tuple[Actor, ...] = ()
        if ga.role == "armed":
            referred = _referred_group(doc, g.start, g.end, cache)  # «بعد انسحاب المسلحين»: the group named before
            if referred is not None:
                generic = referred
            else:
                generic, together = _groups_just_named(doc, g.start, g.text, cache) or (generic, ())
        elif generic.name.startswith(MILITARY) and doc.country:
            generic = _occupying_military(doc, g.start, g.text, cache) or generic  # «جنود» in a Jenin raid
        out.append(ActorSpan(g.start, g.end, ti, te, generic, ga.role, generic=True, partners=together))
    _agent_anaphors(doc, s, out, cache)
    _counted_nationals(doc, s, out, cache)
    _striking_states(s, out)
    out.sort(key=lambda x: x.start)
    if len(out) > 1:
        dictionary_generic = {m.start for m in mentions[lo:hi] if getattr(m.actor, "generic", False)}
        out = _named_after_generic(s, _bracketed_aliases(doc, out, dictionary_generic))
    clause_starts = s.clause_starts
    for x in out:
        x.clause = bisect_right(clause_starts, x.tok) - 1
    made_spans[(a, b)] = out
    return out


def _words_but_dates(doc: Doc | None, s: SentenceCtx, a: int, b: int) -> int:
    """Words among tokens ``[a, b)`` of ``s``, those of a date mention not counted: «قُتل 31
    فلسطينياً على الأقل وأصيب أكثر من 170 آخرين، صباح اليوم الأحد، برصاص الجيش» (when is an
    aside; it does not move the shooters away from the dead)."""
    words = sum(s.alpha[a:b])
    if doc is None or not s.has_date or words == 0:
        return words
    lo, hi = s.tok_starts[a] if a < len(s.tok_starts) else s.span.end, s.tok_starts[b] if b < len(s.tok_starts) else s.span.end
    for d in doc.dates:
        if lo <= d.start and d.end <= hi:
            words -= sum(s.alpha[k] for k in range(a, b) if d.start <= s.tok_starts[k] < d.end)
    return words


def _org_spans(doc: Doc, cache: dict[str, Any]) -> SpanIndex:
    """The document's organisation names (NER's ORG), indexed once a document: a generic noun
    inside one («الدفاع المدني») names no one."""
    got: SpanIndex | None = cache.get("org_spans")
    if got is None:
        got = cache["org_spans"] = SpanIndex([(m.start, m.end) for m in doc.entities if m.type == "ORG"])
    return got


_OF_THEM: Final = normalize_key("منهم")


def _counted_nationals(doc: Doc, s: SentenceCtx, out: list[ActorSpan], cache: dict[str, Any]) -> None:
    """«قُتل 31 فلسطينياً»، «مقتل خمسة فلسطينيين بينهم طفلان»، «اعتقال 12 سورياً»: a number right
    before a nationality word counts people of that country, civilians unless their words say
    otherwise (ACLED: Civilians (Palestine)). Only counted ones: a bare «الفلسطينيين» is as often
    a people, a side or the subject of talks. Not when «من» follows («ثلاثة لبنانيين من عناصر
    حزب الله»: fighters of a group) nor where another span stands. Added to ``out``."""
    civil = generic_actor("civilian")
    if civil is None:
        return
    numbers: list[Any] | None = cache.get("number_ends")
    if numbers is None:
        numbers = cache["number_ends"] = sorted(m.end for m in doc.numbers)
    raw = doc.raw
    nisbas = nisba_index()
    for i in range(1, len(s.norms)):
        iso = nisbas.get(s.norms[i])
        if iso is None or not s.alpha[i] or s.norms[i].startswith(_AL_PREFIX):
            continue
        start, end = s.tok_starts[i], s.ends[i]
        k = bisect_right(numbers, start) - 1
        if k < 0 or raw[numbers[k]:start].strip() or i + 1 < len(s.norms) and s.norms[i + 1] == _FROM \
                or _OF_THEM in s.norms[i + 1:]:
            continue  # «خمسة فلسطينيين، في خان يونس أربعة منهم من تنظيم «جيش الإسلام»»: who they were follows
        if any(o.start < end and start < o.end for o in out):
            continue
        actor = Actor.model_construct(name=fill_country(civil.name, country_name(iso)), text=raw[start:end],
                                      inter=civil.inter, country=iso)
        out.append(ActorSpan(start, end, i, i + 1, actor, civil.role, generic=True))


# trigger modes of taking or leaving ground: «تقدمت فرنسا إلى المرتبة الثالثة» ranks a country
_GROUND_MODES: Final = frozenset({"territory", "withdraw", "base", "reinforce"})


def _state_subject(s: SentenceCtx, c: Candidate) -> Mention | None:
    """The country named right after ``c``, a finite verb of attacking («قصفت الهند»، «شنت
    إسرائيل غارات»): its subject, the state that struck."""
    if c.trigger.plover != "ASSAULT" or c.trigger.pos not in VERB_POS or c.key.startswith(_AL_PREFIX) \
            or c.trigger.mode in _GROUND_MODES or c.tok_end >= len(s.norms):
        return None
    start = s.tok_starts[c.tok_end]
    return next((e for e in s.ents if e.start == start and e.type == "GPE" and e.place is not None
                 and e.place.kind == "N"), None)


def _striking_states(s: SentenceCtx, out: list[ActorSpan]) -> None:
    """«قصفت الهند ستة مواقع»، «شنت إسرائيل غارات»: a country's name right after a finite verb
    of attacking is the subject that did it, and ACLED codes its military (Military Forces of
    India). A country named elsewhere («في الهند»، «قالت باكستان») stays a place or a speaker.
    Added to ``out`` where no other span stands."""
    military = None
    for c in s.candidates:
        m = _state_subject(s, c)
        if m is None or any(o.start < m.end and m.start < o.end for o in out):
            continue
        military = military or generic_for("MIL")
        if military is None:
            return
        out.append(ActorSpan(m.start, m.end, c.tok_end, c.tok_end + 1 + m.text.count(" "),
                             resolve_actor(military, m.text, m.place.country), "state"))


def _actor_mentions(doc: Doc, cache: dict[str, Any]) -> list[Mention]:
    """The document's actor mentions by start (``cache["actors"]``, their starts in
    ``cache["actor_starts"]``), made once a document. Typed, unlike the cache's values: the
    compiled rules read a mention's fields as struct slots, not by a generic attribute look-up
    each."""
    got: list[Mention] | None = cache.get("actors")
    if got is None:
        got = cache["actors"] = sorted((m for m in doc.entities if getattr(m, "actor", None) is not None),
                                       key=lambda m: m.start)
        cache["actor_starts"] = [m.start for m in got]
    return got


def _coordinated_nationality(s: SentenceCtx, i: int) -> tuple[Actor, ...]:
    """A second nationality adjective joined by «و» right after a state's forces named by the
    first («طائرات أمريكية وبريطانية», «قوات أمريكية وعراقية»): that state's military acted with
    them (ACLED: an associated actor)."""
    if i >= len(s.norms):
        return ()
    w = s.norms[i]
    if w[:1] != _AND or not w.endswith(_ADJ_ENDINGS):
        return ()
    iso = nisba_index().get(w[1:])
    military = generic_for("MIL")
    if iso is None or military is None:
        return ()
    return (resolve_actor(military, s.texts[i], iso),)


# fighters named through their group: «شنه مسلحو الجماعة»، «نفذه عناصر التنظيم»
_FIGHTERS_OF: Final = frozenset(normalize_key(w) for w in (
    "مسلحو", "مسلحي", "عناصر", "مقاتلو", "مقاتلي", "أفراد", "عنصران", "عنصرين"))


# finite verbs of launching whose subject a group noun may be: «أعلن أن الجماعة أطلقت صاروخاً»
_LAUNCHERS: Final = frozenset(normalize_key(w) for w in ("أطلق", "أطلقت", "أطلقوا"))
# every word that may open an agent anaphor in :func:`_agent_anaphors` (a word of _AGENT_PREV or
# _LAUNCHERS, bare or after «و», or a complementiser): any other word fails its tests at once
_AGENT_FIRST: Final = _AGENT_PREV | _LAUNCHERS | _COMPLEMENTISERS | frozenset(
    "\u0648" + w for w in _AGENT_PREV | _LAUNCHERS)


def _agent_anaphors(doc: Doc, s: SentenceCtx, out: list[ActorSpan], cache: dict[str, Any]) -> None:
    """«في هجوم شنه مسلحو الجماعة»، «هجوم نفذته الحركة»: after a verb that names an attack's
    agent (:data:`_AGENT_PREV`), a definite group noun (``data/armed_anaphors.tsv``: «الجماعة»،
    «الحركة»، «التنظيم»), or the fighters of one, is the one armed group the article named before
    it (:func:`hadath.events.anaphora.referent`). When it named none or several, the bare noun
    («وتبنت الحركة المسؤولية عن عملية تفجير») is an unidentified armed group with the noun as its
    words, as :func:`_group_subject` reads it; the fighters of one («مسلحو الجماعة») are left to
    the lexicons. Added to ``out`` where no other span stands."""
    norms = s.norms
    for i in range(len(norms)):
        if norms[i] not in _AGENT_FIRST:
            continue  # one look-up a word: most words are none of the four tests' below
        w = norms[i][1:] if norms[i][:1] == _AND else norms[i]
        if norms[i] not in _AGENT_PREV and w not in _AGENT_PREV and w not in _LAUNCHERS and not (
                norms[i] in _COMPLEMENTISERS and i + 2 < len(norms) and norms[i + 2] in _LAUNCHERS):
            continue  # «شنه»، «وتبنت»، «وأطلقت الحركة»، «أن الجماعة أطلقت»: the group noun after them
        j = i + 1
        if j < len(norms) and norms[j] in _FIGHTERS_OF:
            j += 1
        if j >= len(norms) or j == i + 1 and not s.alpha[j]:
            continue
        start, end = s.tok_starts[i + 1], s.ends[j]
        if any(o.start < end and start < o.end for o in out):
            continue
        group = _referred_group(doc, s.tok_starts[j], end, cache)
        unnamed = group is None
        if unnamed and j == i + 1 and anaphora.refers_back(doc, start, end):
            # «وتبنت الحركة المسؤولية عن عملية تفجير» with no group named before: an unidentified
            # armed group, the noun its words (as :func:`_group_subject` reads a verb's subject)
            group = trusted(Actor, {"name": fill_country(f"{UNIDENTIFIED} Armed Group ({{country}})", country_name(doc.country)),
                                    "text": doc.raw[start:end], "inter": 3, "country": doc.country})
        if group is not None:
            out.append(ActorSpan(start, end, i + 1, j + 1, with_text(group, doc.raw[start:end]), "armed", generic=unnamed))


def _referred_group(doc: Doc, start: int, end: int, cache: dict[str, Any]) -> Actor | None:
    """The named armed group a definite fighter noun refers back to (:mod:`hadath.events.anaphora`),
    as an Actor with the noun's own text (the evidence points at the noun)."""
    ante = anaphora.referent(doc, start, end, cache)
    if ante is None:
        return None
    text = doc.raw[start:end]
    made: dict[str, Actor | None] = cache.setdefault("referred", {})  # the one group of the document
    if text not in made:
        named = _resolve_named(doc, ante)
        made[text] = with_text(named, text) if named is not None else None
    return made[text]


def _resolved(doc: Doc, m: Mention, cache: dict[str, Any]) -> Actor | None:
    """:func:`_resolve_named` once per document for mentions of one entry written alike (they
    resolve alike: one Actor each)."""
    resolved: dict[tuple[int, str, str | None], Actor | None] = cache.setdefault("resolved", {})
    rkey = (id(m.actor), m.text, m.canonical)
    actor = resolved.get(rkey, _UNSEEN)
    if actor is _UNSEEN:
        actor = resolved[rkey] = _resolve_named(doc, m)
    return actor  # type: ignore[no-any-return]


def _group_by_head(doc: Doc, m: Any, cache: dict[str, Any]) -> Actor | None:
    """The named group a generic group noun at ``m`` names again: «الفصائل» after the article
    introduced «فصائل «الجيش الوطني السوري» الموالية لتركيا» is the SNA, not generic rebels
    (ACLED codes the named group). The earlier mention must be a named (not generic) armed
    group written with the same head noun, right before its name («فصائل «الجيش الوطني»») or
    as its first word («فصائل الجيش الحر»); exactly one such group before ``m``, else None."""
    head = _bare(normalize_key(m.text).split()[0]) if m.text.split() else frozenset()
    if not head:
        return None
    found: dict[str, Any] = {}
    raw = doc.raw
    for n in _actor_mentions(doc, cache):
        if n.end > m.start:
            break
        entry = n.actor
        if getattr(entry, "generic", True) or getattr(entry, "inter", None) not in ARMED_GROUP_INTER:
            continue
        before = raw[max(0, n.start - 12):n.start].replace("\u00ab", " ").split()
        first = normalize_key(n.text).split()[:1]
        if (before and head & _bare(normalize_key(before[-1]))) or (first and head & _bare(first[0])):
            found.setdefault(entry.name, n)
    if len(found) != 1:
        return None
    n = next(iter(found.values()))
    actor = _resolved(doc, n, cache)
    return actor.model_copy(update={"text": m.text}) if actor is not None else None


_AFFILIATION_REACH: Final = 30  # characters before a group's name read for «وهو عنصر في»


def _affiliated_victim(raw: str, spans: list[ActorSpan], best: Candidate, actor1: ActorSpan | None) -> ActorSpan | None:
    """The named armed group the victim of a killing belongs to, as the sentence says after it:
    «استهدفت مسيّرة إسرائيلية دراجة نارية ...، ما أدى إلى مقتل راكبها، وهو عنصر في حزب الله» is an
    attack on Hezbollah (ACLED codes the victim's group as actor2), not on nobody. The group is
    the first named, non-generic armed group after the trigger whose name follows a phrase of
    ``data/affiliation.tsv``; not the attacker."""
    phrases = affiliation_phrases()
    for x in spans:
        if x.start <= best.start or x.generic or x.role not in _JOINABLE:
            continue
        if actor1 is not None and x.actor.name == actor1.actor.name:
            continue
        before = normalize_key(raw[max(0, x.start - _AFFILIATION_REACH):x.start]).rstrip()
        for ph in phrases:
            if before.endswith(ph) and (len(before) == len(ph) or before[-len(ph) - 1] == " "):
                return x
    return None


_AND: Final = "\u0648"  # و
_JOINABLE: Final = frozenset({"armed", "named"})


def _conjuncts(raw: str, mine: list[ActorSpan], x: ActorSpan, other: ActorSpan | None) -> list[ActorSpan]:
    """``x`` with the named armed groups coordinated with it by «و» right before or after it
    («هيئة تحرير الشام والجبهة الوطنية للتحرير»), in text order; just ``[x]`` when none is, or
    when ``x`` is no named group (a state's forces and its allies are told otherwise)."""
    if x.role not in _JOINABLE or x.generic:
        return [x]
    spans = sorted((y for y in mine if y.role in _JOINABLE and not y.generic and y is not other), key=lambda y: y.start)
    if x not in spans:
        return [x]
    i = spans.index(x)
    lo = hi = i
    while lo > 0 and _joined_by_and(raw, spans[lo - 1].end, spans[lo].start):
        lo -= 1
    while hi + 1 < len(spans) and _joined_by_and(raw, spans[hi].end, spans[hi + 1].start):
        hi += 1
    joint = spans[lo:hi + 1]
    names = {y.actor.name for y in joint}
    if len(names) != len(joint) or _between_before(raw, joint[0].start):
        return [x]  # «اشتباكات بين X وY»: the two sides, not partners
    return joint


_QUOTES: Final = " " + NAME_QUOTES  # stripped off the words around a name («فصائل «الحمزات»»)
_SIDE_HEAD_WORDS: Final = 3  # words of the second side's head before its name: «وعناصر تنظيم داعش»


def _joined_by_and(raw: str, a_end: int, b_start: int) -> bool:
    """Is the name at ``b_start`` joined to the one ending at ``a_end`` by «و» alone (its
    proclitic, inside or before its span), or by «و» and a repeated head noun («فصائل «الجيش
    الوطني» وفصائل «الحمزات»»)?"""
    gap = raw[a_end:b_start].strip(_QUOTES)
    if gap == "":
        return raw[b_start:b_start + 1] == _AND
    words = gap.split()
    return gap == _AND or (len(words) == 1 and words[0][:1] == _AND and len(words[0]) > 2)


def _between_before(raw: str, start: int) -> bool:
    """Is «بين» among the two words before raw ``start`` («بين فصائل «الجيش الوطني»»)?"""
    words = [w for w in (w.strip(_QUOTES) for w in raw[max(0, start - 24):start].split()) if w]
    return any(normalize_key(w) in _BETWEEN for w in words[-2:])


GROUPS_PARAGRAPHS: Final = 1
"""«الفصائل» names the groups named in its paragraph or the one before."""


def _groups_just_named(doc: Doc, start: int, text: str, cache: dict[str, Any]) -> tuple[Actor, tuple[Actor, ...]] | None:
    """The groups a definite plural group noun (``data/group_plurals.tsv``) at raw ``start``
    names together: «شنت هيئة تحرير الشام والجبهة الوطنية للتحرير هجوما ... وقالت مصادر محلية إن
    الفصائل سيطرت على قرية الحماميات» is the two groups' joint deed, not unnamed rebels'. The
    named non-state armed groups (not generic, not unidentified) mentioned before the noun in
    its paragraph or the one before, in order of first mention: the first is the actor (with the
    noun's text), the others its partners (ACLED's associated actors). Several groups must have
    been named as one list («X وY»، «فصائل X وفصائل Y»), not as two sides («اشتباكات بين X وY») nor
    apart. None when no group is named there, or the groups named are no such list."""
    if not anaphora.is_group_plural(text):
        return None
    if "paragraphs" not in cache:
        cache["paragraphs"] = [0, *(p for p in doc_paragraph_starts(doc.extras, doc.raw) if p > 0)]
    paras: list[int] = cache["paragraphs"]
    lo = paras[max(0, bisect_right(paras, start) - 1 - GROUPS_PARAGRAPHS)]
    first: dict[str, Any] = {}
    mentions = _actor_mentions(doc, cache)
    for n in mentions[bisect_left(cache["actor_starts"], lo):]:
        if n.end > start:
            break
        entry = n.actor
        name = getattr(entry, "name", None)
        if (getattr(entry, "generic", True) or getattr(entry, "inter", None) not in ARMED_GROUP_INTER
                or not isinstance(name, str) or name.startswith(UNIDENTIFIED)):
            continue
        first.setdefault(name, n)
    named = list(first.values())
    if len(named) > 1 and (_between_before(doc.raw, named[0].start) or not all(
            _joined_by_and(doc.raw, a.end, b.start) for a, b in zip(named, named[1:], strict=False))):
        return None  # not one list of partners («اشتباكات بين X وY»، or named apart): no guess
    actors = [a for a in (_resolved(doc, n, cache) for n in named) if a is not None]
    if not actors:
        return None
    return actors[0].model_copy(update={"text": text}), tuple(actors[1:])


def _bare(word: str) -> frozenset[str]:
    """The readings of a normalised word without the article, with and without a leading
    «و»/«ف» (a clitic or the word's own letter: «وفصائل», «فصائل»)."""
    forms = {word}
    if word[:1] in ("\u0648", "\u0641") and len(word) > 3:
        forms.add(word[1:])
    return frozenset(w[2:] if w.startswith(_AL_KEY) and len(w) > 4 else w for w in forms)


_SOLDIER: Final = normalize_key("جند")  # the stem of «جندي/جنود/جنديان»: soldiers, not aircraft


def _occupying_military(doc: Doc, start: int, text: str, cache: dict[str, Any]) -> Actor | None:
    """The army unnamed soldiers («جنود»، «جنديين»، «الجيش») at raw ``start`` belong to when it
    is not the focus country's: the article names exactly one state's military, a foreign one,
    never the focus country's own, and names it in the soldiers' paragraph or the one before
    (a Jenin raid by the Israeli army: its «جنديين» are Israeli, not "Military Forces of
    Palestine"). Otherwise None, and the focus country's forces stand; also when the words say
    whose forces they are («القوات الأوكرانية» beside the Russian ministry's statement)."""
    if _says_nationality(text):
        return None
    if "occupier" not in cache:
        names: dict[str, Actor] = {}
        ends: list[int] = []
        for m in _actor_mentions(doc, cache):
            if m.origin == "generic" and not (_says_nationality(m.text) and _SOLDIER in normalize_key(m.text)):
                continue  # unnamed soldiers are what is being resolved («جنديان إسرائيليان» name theirs)
            actor = _resolved(doc, m, cache)
            if actor is not None and actor.inter == STATE_INTER and actor.name.startswith(MILITARY):
                names.setdefault(actor.name, actor)
                ends.append(m.end)
        own = any(a.country == doc.country for a in names.values())
        cache["occupier"] = next(iter(names.values())) if len(names) == 1 and not own else None
        cache["occupier_ends"] = ends
        cache["occupier_as"] = {}
    occupier: Actor | None = cache["occupier"]
    if occupier is None:
        return None
    ends = cache["occupier_ends"]
    k = bisect_right(ends, start)
    if k == 0 or more_breaks(doc, ends[k - 1], start, 1):
        return None
    made: dict[str, Actor] = cache["occupier_as"]
    if text not in made:
        made[text] = with_text(occupier, text)
    return made[text]


def _says_nationality(text: str) -> bool:
    """Does an actor's text carry a nationality adjective («القوات الأوكرانية»، «جنود إسرائيليين»)?"""
    nis = nisba_index()
    return any(normalize_key(w) in nis for w in text.split()[1:])


def _according_sources(doc: Doc, cache: dict[str, Any]) -> SpanIndex:
    """Where the sources the text credits after the fact stand, each to its clause's end
    («...، وفق ما أعلنت وزارة الداخلية»، «بحسب الجيش»، «وفق ما أعلنت وزارة الصحة في حكومة صنعاء
    التابعة لجماعة الحوثي»): they and the words that describe them tell what happened, they take
    no part in it (once a document)."""
    got = cache.get("according_sources")
    if got is None:
        raw = doc.raw
        spans = []
        for m in doc.extras.get("sources", ()):
            if m.frame_start is not None and (m.frame_kind == "prep" or _ACCORDING_AS.search(
                    raw, max(0, m.frame_start - _ACCORDING_REACH), m.frame_start) is not None):
                stop = _CLAUSE_STOP.search(raw, m.end)
                spans.append((m.start, stop.start() if stop is not None else len(raw)))
        got = cache["according_sources"] = SpanIndex(spans)
    return got  # type: ignore[no-any-return]


_CLAUSE_STOP: Final = re.compile(r"[.\u060c,;\u061b:\n«»()]")  # where the words describing a source stop
_ACCORDING_REACH: Final = 12
# «وفق ما أعلنت»، «حسبما أفاد»، «بحسب ما ذكرت»: a verb frame after «according to what»
_ACCORDING_AS: Final = re.compile(r"(?:وفق|وفقا ل|حسب|بحسب|طبقا ل)\s*ما\s*$|حسبما\s*$")


def _bracketed_aliases(doc: Doc, out: list[ActorSpan], dictionary_generic: set[int] | None = None) -> list[ActorSpan]:
    """«قوى الأمن الداخلي (الأسايش)»: an actor named again in brackets right after it is the same
    actor, one span; the alias's actor when it says which force is meant
    (:func:`~hadath.lexicon.actors.alias_decides`), or when the first is a generic force
    (a generic noun, or a dictionary name of the article's country's force: ``dictionary_generic``
    holds their starts)."""
    raw = doc.raw
    drop: set[int] = set()
    for i, x in enumerate(out[:-1]):
        nxt = out[i + 1]
        if i in drop:
            continue
        first_end = x.end
        if x.generic and not nxt.generic:
            first_end = _past_adjectives(raw, x.end, nxt.start)  # «قوات الأمن الداخلي (الأسايش)»
        if not in_brackets_after(raw, first_end, nxt.start, nxt.end):
            continue
        actor, role = x.actor, x.role
        generic_first = x.generic or (dictionary_generic is not None and x.start in dictionary_generic)
        if alias_decides(x.actor.country, nxt.actor.country, doc.country) or (generic_first and not nxt.generic):
            # a generic force named again by a known one says which it is
            actor, role = with_text(nxt.actor, x.actor.text), nxt.role
        out[i] = ActorSpan(x.start, x.end, x.tok, x.tok_end, actor, role, x.clause, x.prev, x.generic)
        drop.add(i + 1)
    return [x for i, x in enumerate(out) if i not in drop] if drop else out


_ADJECTIVE_GAP: Final = 2  # definite adjectives between a generic force and its bracketed name


def _past_adjectives(raw: str, end: int, limit: int) -> int:
    """Where up to two definite adjectives after ``end`` stop, before ``limit``: «قوات الأمن|
    الداخلي (الأسايش)» -> after «الداخلي»; ``end`` when other words stand there."""
    words = raw[end:limit].split()
    if words and words[-1] == "(":
        words = words[:-1]
    if not words or len(words) > _ADJECTIVE_GAP or not all(w.startswith("\u0627\u0644") for w in words):
        return end
    return raw.index(words[-1], end) + len(words[-1])


_SIDE_WORD: Final = normalize_key("جهة")


def _named_after_generic(s: SentenceCtx, out: list[ActorSpan]) -> list[ActorSpan]:
    """«مسلحين من تنظيم داعش»، «جنود من قوات الحزام الأمني»، «خلايا تابعة لتنظيم "الدولة
    الإسلامية"»: a generic armed or state noun followed by «من» or «تابعة ل» + a named group or
    force is that group (whom the soldiers belong to is the actor ACLED codes)."""
    tf = s.token_forms()
    drop: set[int] = set()
    for i, x in enumerate(out[:-1]):
        nxt = out[i + 1]
        # «مسلحين من تنظيم «داعش»»: من, then at most «تنظيم» and a quote mark before the name
        if not (x.role == "armed" or x.role == "state" and x.generic) or x.tok_end >= len(tf) \
                or not x.tok_end <= nxt.tok <= x.tok_end + 3:
            continue
        if x.tok_end + 1 < len(tf) and s.norms[x.tok_end + 1] == _SIDE_WORD:
            continue  # «بين قوات سوريا الديمقراطية من جهة ومسلحي العشائر من جهة أخرى»: two sides
        linked = _FROM in tf[x.tok_end] or bool(tf[x.tok_end] & _BELONGING) \
            or (nxt.tok == x.tok_end and normalize_key(x.actor.text) in _CELLS)  # «خلايا التنظيم»
        if linked and nxt.role in {"armed", "named", "state"} and (
                nxt.actor.inter != x.actor.inter or (not nxt.generic and nxt.actor.name != x.actor.name)):
            # a named group of the generic noun's own kind too: «مسلحين من حركة رجال الكرامة»
            # one span from the generic noun to the name, with the name's actor: it keeps the
            # generic noun's position, so «مع مسلحين من ...» still marks the other side
            out[i] = ActorSpan(x.start, nxt.end, x.tok, nxt.tok_end, nxt.actor, nxt.role)
            drop.add(i + 1)
    return [x for i, x in enumerate(out) if i not in drop] if drop else out


_WEAPON_FORCES: Final = frozenset(normalize_key(w) for w in ("المدفعية", "سلاح المدفعية"))


def _weapon_of_instrument(s: SentenceCtx, x: ActorSpan, group: list[Candidate]) -> bool:
    """Is ``x`` a weapon's generic force after an attack noun with «ب» («بقذائف المدفعية»), or
    that noun itself («قصفت القوات التركية ... بالمدفعية الثقيلة»)?"""
    return x.generic and normalize_key(x.actor.text) in _WEAPON_FORCES \
        and any(_BA in c.prefix and (c.tok_end == x.tok or c.tok == x.tok) for c in s.candidates)


_RESULTING: Final = frozenset(normalize_key(w) for w in ("أسفر", "أسفرت", "أدى", "أدت"))


def _resulting(best: Candidate, x: ActorSpan, s: SentenceCtx) -> bool:
    """Is ``best`` a death told as the result of what its clause told before («شن الجيش عملية
    ضد مسلحي حركة طالبان باكستان ... أسفرت عن مقتل 12 مسلحاً»), with ``x`` in that clause? Then
    «ضد X» before it named the target, as after a verb of attacking."""
    first = best.key.split(" ", 1)[0]
    return first in _RESULTING and x.clause == best.clause and best.trigger.mode == "casualty"


_RELATIVE_PRONOUNS: Final = frozenset(normalize_key(w) for w in ("الذي", "التي", "الذين"))


def _relative_subject(s: SentenceCtx, x: ActorSpan) -> bool:
    """Is ``x`` the subject of a relative clause's verb that tells no deed: «على المدينة التي
    تتخذها الحكومة مقراً»: the government has its seat there, it was not hit. A verb that names
    the deed's agent («الهجوم الذي شنه مسلحون»، «القذيفة التي أطلقها الحوثيون») or a trigger
    («الذي استهدف») keeps its subject an argument."""
    k = x.tok
    if k < 2 or s.norms[k - 2] not in _RELATIVE_PRONOUNS:
        return False
    verb = s.norms[k - 1]
    if verb in _AGENT_PREV or verb in _DOERS or verb in _RELEASED_BY:
        return False
    return not any(c.tok <= k - 1 < c.tok_end for c in s.candidates)


# words of suspicion after unidentified men that name who they are thought to be: «مسلحون يشتبه
# في انتمائهم لحركة الشباب»، «يعتقد أنهم من تنظيم داعش»، «يرجح أنهم»، «المشتبه بانتمائهم»
_SUSPECTED: Final = frozenset(normalize_key(w) for w in ("يشتبه", "المشتبه", "مشتبه", "يعتقد", "يرجح", "يظن"))
_SUSPECTED_REACH: Final = 2  # words from the men to the word of suspicion («يشتبه»، «مجهولون يعتقد»)
_SUSPECTED_NAME_REACH: Final = 5  # words from it to the group («في انتمائهم إلى تنظيم داعش»)


def _suspected_group(s: SentenceCtx, spans: list[ActorSpan], x: ActorSpan) -> ActorSpan | None:
    """The named armed group unidentified men ``x`` are said to be suspected members of. ACLED
    codes the suspected perpetrator the report names (its notes keep the doubt)."""
    norms = s.norms
    n = len(norms)
    for k in range(x.tok_end, min(n, x.tok_end + _SUSPECTED_REACH)):
        if norms[k] in _SUSPECTED:
            return next((y for y in spans if k < y.tok <= k + _SUSPECTED_NAME_REACH and y.role == "armed"
                         and not y.generic), None)
    return None


_CLASH_MODE: Final = "clash"  # triggers.tsv: two sides joined by «و» after a clash are its two sides
_REPELLING: Final = frozenset(normalize_key(w) for w in (
    "تصدت", "تصدى", "تصدوا", "صد", "صدت", "صدوا", "أحبط", "أحبطت", "أفشل", "أفشلت", "دحر", "دحرت"))
_BELONGING_TO: Final = frozenset(normalize_key(w) for w in ("تابعة", "التابعة", "تابع", "التابع", "تابعتين"))
_TO_HIM: Final = frozenset(normalize_key(w) for w in ("له", "لها", "لهم", "لنا"))


def _owned_by_speaker(s: SentenceCtx, cut: int, stop: int) -> bool:
    """Does «تابعة له/لها» (belonging to him) stand between the speaker's «أن» at ``cut`` and
    token ``stop``: «أن طائرة مسيرة تابعة له استهدفت»? The pronoun is the speaker."""
    norms = s.norms
    for k in range(cut + 1, min(stop, len(norms) - 1, cut + _OWN_REACH)):
        if norms[k] in _BELONGING_TO and norms[k + 1] in _TO_HIM:
            return True
    return False


# «وقوع»: the occurrence of a happening, confirmed, denied or told by someone else
_OCCURRENCE: Final = frozenset(normalize_key(w) for w in ("وقوع", "بوقوع", "ووقوع"))


def _occurrence_confirmed(s: SentenceCtx, best: Candidate) -> bool:
    """Is ``best`` a definite happening noun right after «وقوع» («أكد وقوع الهجوم»)?"""
    return best.tok > 0 and best.key.startswith(_AL_KEY) and s.norms[best.tok - 1] in _OCCURRENCE


def assign_actors(s: SentenceCtx, best: Candidate, group: list[Candidate], spans: list[ActorSpan],
                  doc: Doc | None = None) -> Arguments:
    """actor1 / actor2 / assoc_actors for a merged trigger group (ACLED sense); ``doc`` gives a
    protest's counted crowd its words and country (:func:`_crowd_phrase`)."""
    clause = best.clause
    first_tok = min(c.tok for c in group)
    lo_clause = min(c.clause for c in group)
    hi_clause = max(c.clause for c in group)
    mine = [x for x in spans if (x.clause == clause or lo_clause <= x.clause <= hi_clause)
            and not _relative_subject(s, x)]
    if _occurrence_confirmed(s, best):
        # «وأكد المتحدث باسم شرطة ولاية سوكوتو وقوع الهجوم»: who confirms the attack took place
        # did not carry it out
        mine = [x for x in mine if x.tok > best.tok]
    if any(_BA in c.prefix for c in s.candidates):
        # «استهدفوا موقع رويسات العلم بقذائف المدفعية»: the shells' artillery is the weapon
        # (whoever fired it), no army of the country, also when it is another trigger's
        # («قصفت القوات التركية ... بالمدفعية»: the verb's group)
        mine = [x for x in mine if not _weapon_of_instrument(s, x, group)]
    tf = s.token_forms()
    norms, stems = s.norms, s.stems
    t0 = best.trigger
    actor1: ActorSpan | None = None
    actor2: ActorSpan | None = _survivor(s, spans, first_tok)
    assoc: list[ActorSpan] = []
    rest: list[ActorSpan] = []
    for x in mine:
        if x is actor2:
            continue
        prev = x.prev
        if prev is None:  # once per span: a sentence's events share its spans
            i = x.tok
            prev = x.prev = tf[i - 1] | tf[i - 2] if i >= 2 else tf[0] if i == 1 else _NOTHING
        kinds = _PREV_KINDS[prev]  # which of the word sets below the two words hold, read once
        if _informant(s, x):
            continue  # «بناءً على معلومات استخبارية دقيقة من جهاز المخابرات»: who told, not who struck
        if kinds & _K_BYSTANDERS or any(norms[k] in _BLAMING_NORMS or stems[k] in _BLAMING
                                        for k in range(max(0, x.tok - _BLAME_REACH), x.tok)):
            # «عثرت الشرطة على جثة رجل مقتولاً»: who found the body did not kill; «في هجوم
            # نسبته السلطات إلى الدعم السريع التي نفت»: who blames, and whom, the report leaves open
            continue
        if actor1 is None and x.role == "state" and any(c.tok_end == x.tok and _state_subject(s, c) is not None
                                                          for c in group):
            # «قتلوا وأصيب 46 آخرون عندما قصفت الهند ستة مواقع»: the country right after the
            # verb of attacking is its subject (:func:`_striking_states`), whatever came before
            actor1 = x
        elif kinds & _K_ASSASSINATED and actor2 is None:
            # «اغتيل النائب وليد عيدو بانفجار سيارة مفخخة»، «اغتيال جاسم الذهبي»: whom an
            # assassination word names right after it (a title may stand between) is its target
            actor2 = x
        elif _allied_conjunct(s, x):
            # «قصفت القوات التركية والفصائل الموالية لها»: the factions loyal to her act with her
            assoc.append(_loyal_factions(x, mine))
        elif kinds & _K_ASSOC_PREV and actor1 is not None or kinds & _K_ASSOC_STRONG \
                or _protecting(s.norms, x.tok):
            assoc.append(x)
        elif actor1 is None and kinds & _K_BELONGING and _weapon_owner(x, group):
            if t0.mode == _DISRUPT_MODE:
                if actor2 is None:
                    actor2 = x  # «أسقطت طائرة مسيرة تابعة للجيش»: the downed aircraft's owner was hit
                else:
                    rest.append(x)
            else:
                actor1 = x  # «طائرة مسيرة تابعة للجيش قصفت مواقع للدعم السريع»: the aircraft's owner fired
        elif (x.role == "civilian" or x.actor.inter == CIVILIAN_INTER) and kinds & _K_DOERS \
                and t0.plover == "ASSAULT":
            # «هجوم انتحاري نفذته امرأة»: the person who carried the attack out is its attacker,
            # an unidentified armed actor as ACLED codes a bomber of no claimed group (not
            # civilians); another such doer («في أحدث هجوم من نوعه تنفذه امرأة») is no target
            if actor1 is None and kinds & _K_DONE_BY:
                actor1 = _armed_doer(x)
        elif (kinds & _K_AGENT_PREV or (kinds & _K_RELEASED_BY and best.trigger.mode != "disrupt")) \
                and actor1 is None and x.role != "civilian":
            # «هجوم انتحاري نفذته امرأة»: a civilian noun after an agent word is the attacker's
            # description, not an actor ACLED codes as civilians
            actor1 = x
        elif actor1 is None and x.role != "civilian" and _members_after_agent_word(s, tf, x):
            # «بهجوم شنه عناصر من تنظيم "داعش"»: the members of the group carried it out
            actor1 = x
        elif actor1 is None and x.tok > 0 and _PREV_KINDS[tf[x.tok - 1]] & _K_TARGETING and x.role != "civilian" \
                and not _plural_verb(s.norms[x.tok - 1]) \
                and any(c.tok == x.tok_end and _BA in c.prefix for c in group):
            # «استهدفت جماعة الحوثي بطائرة مسيرة ميناء المخا»: the name between the verb and the
            # weapon it used («ب») is the verb's subject, not its target
            actor1 = x
        elif actor1 is None and x.role != "civilian" and _subject_of_opening_verb(s, tf, x, spans):
            # «استهدف مفجر انتحاري مركزا للشرطة»، «استهدفت القوات التركية مواقع»: after a
            # targeting verb that opens its clause (VSO) the next noun is its subject; the
            # target comes after it (in «هجوم استهدف دورية» the verb follows its subject)
            actor1 = x
        elif kinds & _K_TARGET_PREV and actor2 is None and (x.tok > first_tok or _resulting(best, x, s)) \
                and not _bomber_of(x, group):
            # (not the bomber the attack's own words name: in «واستهدف هجوم انتحاري موكبا» the
            # «انتحاري» after the verb is who attacked, and the convoy the target)
            actor2 = x
        else:
            rest.append(x)
    t = best.trigger
    if t.plover in {"CONSULT", "AGREE"} and actor1 is None and actor2 is None:
        return _talk_parties(s, best, mine, assoc)
    protest = t.plover == "PROTEST"
    if actor1 is None and not protest:
        actor1 = _support_subject(s, group, rest)  # «نفذ الجيش الباكستاني ضربة جوية»
        if actor1 is not None:
            rest = [y for y in rest if y is not actor1]
    if actor1 is None and not protest:
        # the actor is the trigger: «فجر انتحاري نفسه»، «استهدف مفجر انتحاري مركزا», and
        # a state's aircraft: «شنت طائرات حربية روسية غارات»
        for x in rest:
            if x.role in ("armed", "state") and any(c.start < x.end and x.start < c.end and (
                    x.role == "armed" or _BA not in c.prefix) for c in group):
                # a state's weapon as an instrument is not the actor: in «قصفت القوات التركية
                # بالمدفعية» the guns are the army's (a bomber is: «بتفجير انتحاري»)
                actor1 = x
                rest = [y for y in rest if y is not x]
                break
    if actor1 is None and not protest:
        actor1 = _national_agent(s, group) or _aircraft_nationality(s, group) \
            or _hedged_nationality(s, group) or _country_subject(s, group)  # «غارة جوية إسرائيلية»، «القصف التركي»
    if actor2 is None and not protest:
        # victims of a casualty word: «مقتل خمسة جنود»، passive «قتل 20 مدنيا»; but in
        # «قتلت قوات الأمن ستة متشددين» the first actor after the verb is its subject
        tf = s.token_forms()
        for c in group:
            if c.trigger.mode not in _VICTIM_MODES:
                continue
            reach = _victim_reach(s, c)
            near = [x for x in rest if c.tok_end <= x.tok <= reach and not _lam_agent(s, x, group)]
            if not near:
                continue
            verbal_c = _active_verb(c)
            counted = any(_is_count(s, tf, i) or s.norms[i] in _A_NUMBER_OF for i in range(c.tok_end, near[0].tok)) \
                or _dual(s, near[0]) or _hurt_members(s, near[0])  # «قتل قيادي في فصائل المعارضة»: the side of the dead
            # «قتل متظاهران برصاص الأمن»: protesters after a death verb are, like civilians, its victims
            if verbal_c and not counted and near[0].role not in _VICTIM_ROLES and actor1 is None \
                    and not _objectless(s, tf, c, near[0], rest):
                actor1 = near[0]
                near = near[1:]
            if near and near[0] is not actor1 and near[0].tok <= reach:
                actor2 = near[0]
            rest = [x for x in rest if x is not actor1 and x is not actor2]
            break
    if actor1 is None and not protest and len(group) > 1:
        # «أن مدنياً قُتل وأصيب ثلاثة آخرون بقصف مدفعي للقوات الحكومية»: the shelling's agent,
        # marked by «ل» right after it, acts for the group whose best trigger is the death
        lam = next((x for x in rest if _lam_agent(s, x, group)), None)
        if lam is not None and lam is not actor2:
            actor1 = lam
            rest = [x for x in rest if x is not lam]
    if not protest and (actor1 is None or actor2 is None):
        # «اشتباكات مع مسلحين من تنظيم داعش»: the other side of a clash
        tf0 = s.token_forms()
        for x in rest:
            if x.role in {"armed", "state", "named"} and x.tok > 0 and _word_before(s, tf0, x.tok) & _WITH \
                    and x is not actor1 and x is not actor2 and x.tok > best.tok:
                if actor1 is None and actor2 is not None:
                    actor1 = x
                elif actor2 is None and actor1 is not None:
                    actor2 = x
                else:
                    continue
                rest = [y for y in rest if y is not x]
                break
    casualty_first = t.mode == "casualty"
    # the weapon after «ب» is the verb's instrument: «أن مقاتليه استهدفوا تجمعاً لجنود العدو
    # الإسرائيلي ... بالأسلحة الصاروخية»: who is before the verb acts, who is after it was hit
    head = _verb_of_instrument(group, best) or best
    verbal = head.trigger.pos == "verb" and not head.key.startswith("\u0627\u0644") or head.key in _PHRASE_VERBS
    after = [x for x in rest if x.tok >= head.tok_end and not _doer_again(actor1, x)]
    # «قالت الشرطة إن انتحاريا فجر ...»: the reporter before the complementiser is no actor
    comp = s.complementisers
    if comp is None:
        comp = s.complementisers = [i for i, norm in enumerate(s.norms) if norm in _COMPLEMENTISERS]
    k = bisect_left(comp, head.tok)
    cut = comp[k - 1] if k else -1
    before = [x for x in rest if cut < x.tok < head.tok]
    suffered = -1 if protest else _suffered_at(s, group, cut)
    if suffered >= 0:
        # «تعرض بعض مراكز الجيش ... لاعتداءات»، «إن المنطقة الخضراء ...، تعرضت لهجوم»: the
        # subject of a verb of suffering or surviving the attack was its target, and no one named
        # before that verb (the statement's author: «صدر عن قيادة الجيش بيان أشار إلى تعرض ...»)
        # nor between it and the attack struck; the attacker, if any, is named after the attack
        subject = next((x for x in reversed(before) if x.tok_end <= suffered
                        and not any(s.alpha[i] and s.norms[i] not in _PARTICLE_QAD for i in range(x.tok_end, suffered))), None)
        if actor2 is None and subject is not None and subject is not actor1:
            actor2 = subject
        if actor1 is None and actor2 is not None:
            # «تعرضت دورية للشرطة لهجوم، حيث ألقى مسلحون مجهولون قنبلة يدوية عليها»: a side named
            # after the attack that is not among its dead or wounded carried it out
            doer = next((x for x in after if x.role in DOER_ROLES and x.actor.name != actor2.actor.name
                         and not (x.prev and _PREV_KINDS[x.prev] & _K_TARGET_PREV)
                         and not _counted_victims(s, x) and not _casualty_of(s, x, group)
                         and not _hurt_members(s, x)), None)
            if doer is not None:
                actor1 = doer
                after = [x for x in after if x is not doer]
        before = [x for x in before if x.tok > first_tok]  # «تعرضت لهجوم آخر، حيث ألقى مسلحون قنبلة»
    # «أعلن الجيش العراقي مقتل ثلاثة من جنوده في هجوم»: who announces its own dead is the side
    # attacked, not the attacker
    owner = None if protest else _own_dead(doc, s, group, best, spans)
    if owner is not None:
        before = [x for x in before if x is not owner]
    # «اشتباكات بين قوات النظام وفصائل المعارضة»: the two sides of a clash
    tf = s.token_forms()
    # «بين عناصر من حركة فتح ومسلحين من تنظيم «جند الشام»»: the first side may have been read
    # as the target already («عناصر من» before it); it still opens the pair
    sides = after if actor2 is None or actor2 in after or actor2.tok < best.tok_end else sorted(
        [*after, actor2], key=lambda y: y.tok)
    for i, x in enumerate(sides[:-1]):
        # the pair wins over victims read earlier if they are one of its sides: «اشتباكات بين
        # هيئة تحرير الشام وقوات النظام أسفرت عن مقتل 6 عناصر من قوات النظام», or if they are
        # civilians caught between two armed sides («... ما أسفر عن مقتل 9 أشخاص»)
        # the other side, past the first side's name again («بين «قوات سوريا الديمقراطية» (قسد)
        # من جهة، ومسلحين من أبناء العشائر من جهة أخرى»: its short name in brackets)
        pair = next((y for y in sides[i + 1:] if y.actor.name != x.actor.name), sides[i + 1])
        if x.tok > 0 and _word_before(s, tf, x.tok) & _BETWEEN and actor1 is None and (
                actor2 is None
                or (actor2.role == "civilian" and x.role != "civilian" and pair.role != "civilian")
                # «... أسفرت عن مقتل مسلح»: an unnamed gunman dead is one side's man
                or (actor2.generic and actor2.role == "armed" and actor2.tok > pair.tok
                    and x.role != "civilian" and pair.role != "civilian")
                or (x.actor.name != pair.actor.name and actor2.actor.name in (x.actor.name, pair.actor.name))):
            actor1, actor2 = x, pair
            after = [y for y in after if y is not actor1 and y is not actor2]
            break
    if actor1 is None and not protest:
        # «اشتباكات اندلعت بينها وبين مسلحين من أبناء العشائر»: the pronoun is the side named
        # before it (often already read as the clash's dead), the one after «وبين» the other
        other = next((x for x in after if _between_it_and(s.norms, x.tok)), None)
        it = None if other is None else next(
            (y for y in reversed(spans) if y.tok_end <= other.tok - 2 and y.role in DOER_ROLES
             and y.actor.name != other.actor.name), None)
        if other is not None and it is not None:
            actor1, actor2 = it, other
            after = [y for y in after if y is not other and y is not it]
    if actor1 is None and not protest:
        # «اشتباكات ... بين مجموعتين مسلحتين»: two unnamed groups of one kind fought each other;
        # civilians killed between them are the clash's dead, not its other side
        both = next((x for x in after if x.generic and x.role == "armed" and x.tok > 0
                     and _word_before(s, tf, x.tok) & _BETWEEN and s.norms[x.tok] in _DUAL_GROUPS), None)
        if both is not None and (actor2 is None or actor2.role == "civilian"):
            actor1 = actor2 = both
    elif actor1 is not None and not protest and actor1.generic and actor1.role == "armed" \
            and s.norms[actor1.tok] in _DUAL_GROUPS and (actor2 is None or actor2.role == "civilian") \
            and actor1.tok > 0 and _word_before(s, tf, actor1.tok) & _BETWEEN:
        actor2 = actor1  # the same, read first as the side that struck: «بين عشيرتين ... مقتل ثلاثة أشخاص»
    if actor1 is None and actor2 is not None and actor2.tok > best.tok:
        # «اشتباكات بين الجيش العراقي وعناصر تنظيم داعش»: the second side was read already as
        # the target («عناصر» before it); the side after «بين» right before it is the first
        side = next((y for y in reversed(after) if y.tok_end <= actor2.tok), None)
        heads = s.norms[side.tok_end:actor2.tok] if side is not None else []
        joined = s.norms[actor2.tok][:1] == _AND if not heads else len(heads) <= _SIDE_HEAD_WORDS and heads[0][:1] == _AND
        if side is not None and side.tok > 0 and _word_before(s, tf, side.tok) & _BETWEEN \
                and side.actor.name != actor2.actor.name and joined \
                and not any(t in _CLAUSE_PUNCT for t in s.texts[side.tok_end:actor2.tok]):
            actor1 = side
            after = [y for y in after if y is not side]
    if protest:
        if actor1 is not None and actor1.role == "state":
            # «... يعذب على أيدي القوات الأمنية»: an agent-marked force belongs to another deed;
            # a protest's actor1 is who protests (ACLED), a force is at most the one intervening
            rest.append(actor1)
            actor1 = None
        # «مطالبين بالإفراج عن المعتقلين», «تضامناً مع الأسرى»: people named in what the protest
        # is for (the rest of that clause) are not the ones protesting
        purpose = [(cue.tok, _comma_after(s, cue.tok)) for cue in s.cues if cue.kind == _PURPOSE and cue.tok > best.tok]
        if purpose:
            rest = [x for x in rest if x.role not in _VICTIM_ROLES
                    or not any(tok < x.tok < end for tok, end in purpose)]
        prot = [x for x in rest if x.role == "protester"]
        phrase = _crowd_phrase(doc, s, best, rest) if actor1 is None and doc is not None else None
        if phrase is not None:
            # «تظاهر مئات من خريجي الجامعات»: the counted crowd right after the verb is its
            # subject, not a protester noun elsewhere in the sentence («... وقال المتظاهرون»)
            inside = [x for x in rest if phrase.start <= x.start < phrase.end and x.role in _VICTIM_ROLES]
            prot = [x for x in prot if x in inside]
            if not prot:  # «تظاهر حوالي خمسة آلاف شخص»: the crowd's words, not its civilian noun alone
                nat = _protesting_people(s, best)  # «تظاهر مئات الصرب»: their country's protesters
                actor1 = nat if nat is not None and phrase.start <= nat.start < phrase.end else phrase
        if actor1 is None and prot:
            actor1 = prot[0]
        if actor1 is None:
            # «تظاهر مئات من أهالي المفقودين»: civilians who demonstrate are ACLED's protesters
            # (not who reports it, the subject right before «أن»: «وأفاد سكان بأن العشرات خرجوا»)
            civ = [x for x in rest if x.role == "civilian" and not (x.tok < cut and cut - x.tok_end <= 1)]
            if civ:
                a = civ[0].actor
                name = a.name.replace("Civilians", "Protesters", 1) if a.name.startswith("Civilians") else a.name
                protester = trusted(Actor, {"name": name, "text": a.text, "inter": 6, "country": a.country})
                actor1 = ActorSpan(civ[0].start, civ[0].end, civ[0].tok, civ[0].tok_end, protester, "protester", civ[0].clause)
        if actor1 is None:
            actor1 = _protesting_people(s, best)  # «تظاهر مئات الفلسطينيين»
        if actor1 is not None and doc is not None:
            actor1 = _kin_of(doc, s, actor1)  # «ذوو المعتقلين»، «أهالي المفقودين»
        # actor2 of a protest is the force that intervenes, not the government petitioned
        state = [x for x in rest if x.role == "state" and x is not actor1 and not x.actor.name.startswith("Government")]
        # dispersal words, the protesters' arrests the protest absorbed (events.stage), or the
        # rioters' deeds it absorbed: «وهاجم محتجون مركزا للشرطة ... وقتل شرطي» met the police
        intervened = any(cue.kind in {"intervention", "dispersal"} for cue in s.cues) or any(
            c.trigger.mode == ARREST_MODE or c.trigger.plover == "ASSAULT" for c in group)
        if actor2 is not None and actor2.actor.name.startswith("Government"):
            # «مواجهات بين متظاهرين وقوات الشرطة أمام مقر البرلمان»: the parliament is where they
            # met, the police whom; a government is petitioned, it does not intervene
            actor2 = None
        if actor2 is None and state and intervened:
            actor2 = state[0]
        elif actor2 is not None and not intervened and actor2.role not in {"civilian", "protester"} \
                and not any(c.trigger.mode in _MET_FORCE_MODES for c in s.candidates):
            # «تظاهر حوالي خمسة آلاف شخص ... ضد «الناتو»»، «أمام مقر الأمم المتحدة»: whom a
            # protest is against or before is no ACLED actor2; only a force that intervenes is
            actor2 = None
    else:
        if after and verbal:
            x = after[0]
            gap = range(head.tok_end, x.tok)
            norms, stems = s.norms, s.stems
            passive = casualty_first and (x.role in {"civilian"} or any(norms[i][:1].isdigit() or stems[i] in _VAGUE for i in gap) or (gap and norms[gap[0]][:1].isdigit()))
            if t.mode in _TAKING_MODES and any(_is_count(s, tf, i) for i in range(head.tok_end, x.tok)):
                # «قوات الأمن اعتقلت سبعة مسلحين متورطين في إطلاق النار على المدنيين»، «إن
                # مسلحين اختطفوا سبعة جنود»: the counted are the detained or abducted, whatever
                # «على» marks further on (and the subject, if any, stood before the verb)
                passive, actor2 = True, None
            # VSO: the subject follows the verb at once («قصفت الطائرات الروسية ...», at most a
            # time word between); further on it is the object («هاجموا نقطة تفتيش تابعة للجيش»);
            # after an armed subject right before the verb it is the object too («إن مسلحين
            # مجهولين خطفوا الصحافي»: SVO)
            svo = x.role in _VICTIM_ROLES and any(
                y.tok_end == head.tok and y.role in DOER_ROLES for y in mine if y is not x)
            # a verb that agrees with a plural subject («استهدفوا»، «هاجموا») follows it (a verb
            # before its subject is singular): what comes after it is the object
            plural = head is not best
            # «أعلن الجيش الباكستاني أنه أسقط خمس طائرات حربية هندية»: the pronoun on «أن» is
            # the subject, what follows the verb its object
            pronoun = head.tok > 0 and s.norms[head.tok - 1] in HE_THAT
            # «داهمت قوة من الجيش اللبناني منزلاً»: a force of the army is the verb's subject
            partitive = x.tok - head.tok_end == 2 and norms[head.tok_end] in _FORCE_NOUNS \
                and norms[head.tok_end + 1] == _FROM
            if passive or svo or plural or pronoun or x.tok - head.tok_end > 1 and not partitive:
                if actor2 is None:
                    actor2 = x
            elif actor1 is None:
                actor1 = x
                if actor2 is None and len(after) > 1:
                    actor2 = after[1]
            elif actor2 is None:
                actor2 = x
        elif after and actor2 is None:
            x = after[0]
            # «هجوم لتنظيم داعش على ...»: the first actor after a noun is its agent when a
            # target follows; after a casualty noun it is the victim («مقتل خمسة جنود»)
            if not casualty_first and x.role in {"armed", "state", "named"} and x.tok - best.tok_end <= 1 and len(after) > 1:
                if actor1 is None:
                    actor1 = x
                actor2 = after[1]
            elif _subject_of_deed(s, x, group) or (_aircraft_named(s, x) and t.mode != _DISRUPT_MODE):
                # aircraft drop or fire, they are not hit, but when shot down («لقنابل طائرات
                # عسكرية أطلقت قذائفها على مكان ...»: the aircraft's state bombed)
                # «عملية الاغتيال ... وترجل منها 3 مسلحين أطلقوا النار باتجاه رأس الجميل»: the
                # gunmen are the subject of the deed's verb right after them, not its target
                if actor1 is None:
                    actor1 = x
            else:
                actor2 = x
        if actor1 is None and not verbal and after and (
                (after[0].tok == best.tok_end and s.norms[after[0].tok].startswith("\u0644"))
                or (after[0].tok == best.tok_end + 1 and s.norms[best.tok_end][:1] == _LAM_CLITIC
                    and s.norms[best.tok_end][1:] in _GROUP_HEADS)):
            # «هجوم لتنظيم داعش على حاجز للجيش»: ل after an attack noun marks its agent, also
            # on a group's head word outside the name NER found («لتنظيم» before «داعش»)
            actor1 = after[0]
            if actor2 is actor1:
                actor2 = None
        if actor1 is not None and actor2 is not None and actor2.generic and actor1.actor.name != actor2.actor.name \
                and s.norms[actor2.tok] in _THE_ATTACKERS:
            # «تصدت قوات الجيش لهجوم شنته قوات الدعم السريع ...، وقتل العشرات من المهاجمين»:
            # the attackers' dead are actor1's own; the target is the force that met them
            rest.append(actor2)
            actor2 = None
        # «خاضوا اشتباكات مع القوات المقتحمة وفجروا عبوات»: a side after «مع/ضد» is the other party
        opposed = [x for x in before if x.tok > 0 and _word_before(s, tf, x.tok) & _WITH]
        if actor1 is None and before:
            # the subject before the verb; victims and protesters named earlier do not act
            agents = [x for x in before if x is not actor2 and x.role not in {"civilian", "protester"}
                      and not _counted_victims(s, x) and not _denier(s, x) and not _casualty_of(s, x, group)
                      and x not in opposed]
            if agents and (_suffering_subject(s, agents[-1]) or _hurt_members(s, agents[-1])):
                # «أن جنديين أصيبا بجروح جراء انفجار عبوة ناسفة», «أصيب عنصران من قوات النظام
                # بانفجار عبوة»: the wounded are the target; a side named after the verb is then
                # who struck them («بانفجار عبوة ناسفة زرعها مسلحون»، «لغم من مخلفات الإرهابيين»)
                victim = agents[-1]
                if actor2 is None:
                    actor2 = victim
                elif actor2.tok > best.tok and actor2.role in {"armed", "state", "named"} \
                        and actor2.actor.name != victim.actor.name:
                    actor1 = actor2
                    actor2 = victim
                agents = []
            if agents:
                actor1 = agents[-2] if _described_aside(s, agents) else agents[-1]
        elif actor1 is not None and actor2 is None and before and not verbal and t.mode in ATTACK_MODES:  # «هجوم»: a noun whose agent may follow it
            # «تصدت وحدات من الجيش لهجوم شنته مجموعات إرهابية»: the attack's agent is named
            # after it; the force named before it, subject of the verb that meets it, is its target
            met = [x for x in before if x is not actor1 and x.role in {"state", "armed", "named"}
                   and x not in opposed and x.actor.name != actor1.actor.name]
            if met:
                actor2 = met[-1]
        if actor1 is not None and actor2 is None and before:
            # «ثلاثة عسكريين قد استشهدوا أمس بانفجار لغم من مخلفات الإرهابيين»: the side after
            # the death verb was read as its agent; its subject before it is the victim
            hurt = [x for x in before if x is not actor1 and _suffering_subject(s, x)]
            if hurt:
                actor2 = hurt[-1]
        own = 0 <= cut < best.tok - 1 <= cut + _OWN_REACH and (
            s.norms[cut + 1] in _OWN_FORCES or _country_forces(s, cut + 1))
        # «قال الجيش في بيان إن طيرانه الحربي دمر رتلا»: the speaker's aircraft are the trigger
        own = own or 0 <= cut and best.tok == cut + 1 and s.norms[best.tok] in _OWN_FORCES
        # «قال المتحدث العسكري باسم الحوثيين إن «القوة الصاروخية نفذت عملية ...»»: the speaker's unit
        # (the deed may be told by the group's first trigger: «نفذت عملية ... استهدفت مطار بن
        # غوريون ... بصاروخ باليستي», typed by the missile)
        lead = min([best.tok] + [c.tok for c in group if c.clause == best.clause])
        own = own or 0 <= cut < lead - 1 <= cut + _OWN_REACH and _speakers_unit(s, cut)
        # «أعلن الجيش السوداني أن طائرة مسيرة تابعة له استهدفت تجمعات»: the speaker's own aircraft
        own = own or 0 <= cut and _owned_by_speaker(s, cut, max(c.tok_end for c in group))
        bare = not own and 0 <= cut < best.tok - 1 <= cut + _OWN_REACH and s.norms[cut + 1] in _BARE_FORCES
        if actor1 is None and (own or bare or verbal and 0 <= cut and s.norms[cut] in HE_THAT and (
                best.tok - cut <= 2 or _joined_deed(s, cut, best, spans)) or _pronoun_did(s, cut, best)):
            # «قال الجيش الإسرائيلي في بيان إنه استهدف مسلحين»: the pronoun on «إن» is the
            # speaker, who is the verb's subject; «أعلن المتحدث باسم جماعة الحوثي أن قواته
            # أطلقت صاروخا»: the speaker's forces are the speaker's group
            agents = [x for x in spans if x.tok < cut and x is not actor2 and x.role in {"state", "armed", "named"}
                      and not _tied_to(s, x)]
            ministry = _defence_ministry(doc, s, cut) if doc is not None else None
            if ministry is not None and (not agents or agents[-1].start < ministry.start):
                # «...، قالت «قسد» إنهما مدنيان، فيما قالت وزارة الدفاع التركية إنها «حيّدت»»: the
                # ministry speaks last before «إنها», so its forces are the subject
                agents = [ministry]
            if bare and agents and agents[-1].role != "state":
                agents = []  # «إن عناصر التنظيم يتحصنون ...، وإن القوات طاردتهم»: no speaking state force
            if len(agents) > 1 and _holder_of_force(s, agents[-2], agents[-1]):
                agents = agents[:-1]  # «قائد عمليات قوات بونتلاند ...، العقيد محمد علي، إن قواته»: the force
            if agents:
                actor1 = agents[-1]
                if own and 0 <= cut and (s.norms[cut + 1] in _ARMED_FORCES_OF or _country_forces(s, cut + 1)):
                    actor1 = _government_forces(actor1)  # «قالت الحكومة الصومالية إن قواتها قتلت»
                if actor2 is None and own and opposed and opposed[0].actor.name != actor1.actor.name:
                    actor2 = opposed[0]
                hit = [x for x in spans if cut < x.tok < best.tok and x.role in {"armed", "state"}
                       and x.actor.name != actor1.actor.name and _counted_victims(s, x)]
                if hit and (actor2 is None or actor2.role == "civilian" and actor2.tok > best.tok):
                    actor2 = hit[-1]  # «أنها «حيدت 12 إرهابياً» من حزب العمال»: whose men were hit
        if actor1 is not None and actor1.generic and actor1.actor.inter == STATE_INTER and 0 <= cut \
                and actor1.tok == _past_marks(s, cut + 1):
            # «قال يحيى سريع إن القوات البحرية استهدفت السفينة»: a group's spokesman names its
            # own arm as a state's («القوات البحرية»، «القوات المسلحة»): the arm is the group's
            # (only the speaker of that «إن»: «أعلنت جماعة الحوثي أنها استهدفت ...، في حين قال
            # الجيش الإسرائيلي إن دفاعاته الجوية اعترضت صاروخاً» keeps the army's own defences)
            speakers = [x for x in spans if x.tok < cut and not _tied_to(s, x)]
            if speakers and speakers[-1].actor.inter in ARMED_GROUP_INTER and not speakers[-1].generic:
                actor1 = speakers[-1]
        if actor1 is None and t.mode == NEUTRALISE_MODE and doc is not None:
            # «أعلنت وزارة الدفاع التركية تحييد 12 إرهابيا»: "neutralised" is the ministry's word
            # for what its own forces did
            actor1 = _defence_ministry(doc, s, best.tok)
        # «أعلن الجيش اليمني ... أنه صد هجوماً واسعاً شنته جماعة الحوثي»: the pronoun on «أن»
        # is the speaker, the subject of the verb that repelled the attack
        repelled = 0 <= cut and best.tok - cut == 2 and s.norms[cut] in HE_THAT \
            and bool(tf[cut + 1] & _REPEL_FORMS)
        if actor1 is not None and (own or repelled) and not verbal and actor1.tok > best.tok and (
                actor2 is None or actor2.actor.name == actor1.actor.name):
            # «أعلنت الفرقة السادسة ... التابعة للجيش السوداني أن قواتها صدت هجوما شنته قوات
            # الدعم السريع»: the attack's agent is named after it (its dead, «مقتل العشرات من
            # عناصر الدعم السريع», are its own side); the speaker's forces met it
            met = [x for x in spans if x.tok < cut and x.role in {"state", "armed", "named"}
                   and x.actor.name != actor1.actor.name]
            # «أعلن الجيش اليمني التابع للحكومة ... أنه صد»: the speaker, not the owner after
            # «التابع» (who is all there is of «الفرقة السادسة ... التابعة للجيش» with «قواتها»)
            speakers = [x for x in met if not (x.tok > 0 and tf[x.tok - 1] & _BELONGING)]
            if repelled and speakers:
                met = speakers
            if met:
                actor2 = met[-1]
    if actor1 is None and actor2 is not None and not protest and actor2.role in {"armed", "state", "named"} \
            and (actor2.prev is not None and actor2.prev & _BY_FIRE or _fired_by(s, actor2)):
        # «قُتلت طفلة ... برصاص قناص تابع لجماعة الحوثيين»: the side the bullets came from fired
        actor1 = actor2
        actor2 = None
    if actor1 is not None and actor2 is not None and not protest and actor2.tok == best.tok_end \
            and actor1.tok < best.tok and actor2.prev is not None and actor2.prev & _BY_FIRE \
            and any(d < actor1.tok for d in _death_words(s)):
        # «اغتيل ثلاثة من عناصر الشرطة برصاص مسلحين مجهولين»: the dead stand before «برصاص», the
        # shooters after it
        actor1, actor2 = actor2, actor1
    if actor1 is not None and not protest and actor1.tok_end == best.tok and actor1.tok > 0 \
            and s.norms[actor1.tok - 1] in _ANNOUNCING:
        # «أعلنت الشرطة العراقية اغتيال مدير شرطة ... برصاص مسلحين مجهولين»: the announcer right
        # before the deed's noun reports it; the side the bullets came from did it
        pool = rest if actor2 is None or actor2 in rest else [actor2, *rest]
        shooters = sorted((x for x in pool if x.tok >= best.tok_end and x is not actor1
                           and (x.prev is not None and x.prev & _BY_FIRE or _fired_by(s, x))
                           and sum(s.alpha[best.tok_end:x.tok]) <= _FIRE_REACH), key=lambda x: x.tok)
        if shooters:
            announcer = actor1
            actor1 = shooters[0]
            if actor2 is actor1:
                actor2 = None  # the shooters were read as the one hit
            if actor2 is None and announcer.role == "state" and _hurt_members_of(s, best, announcer):
                actor2 = announcer
    if actor1 is None and not protest:
        ours = _speaker_of_our_forces(s, best, spans, actor2)
        if ours is not None:
            actor1 = ours
    if actor1 is not None and not protest and _struck_subject(s, tf, actor1, rest):
        # «وأصيب وزير الداخلية الأسبق بجروح في تفجير»، «وقتل أحد عناصر الشرطة وأصيب ثلاثة
        # آخرون»: the subject of a verb of being hurt or killed is who was hit, never who struck;
        # a side named after the deed that was read as its target struck instead
        victim = actor1
        actor1 = actor2 if actor2 is not None and actor2.tok > victim.tok and actor2.role in DOER_ROLES \
            and actor2.actor.name != victim.actor.name else None
        actor2 = victim
    if actor1 is None and not protest:
        # after the pairs and subjects: «مواجهات بين الشرطة والمتظاهرين ... مقتل فتى برصاص
        # الشرطة» keeps its two sides
        for c in group:
            if c.trigger.mode != "casualty":
                continue
            fire = [x for x in rest if c.tok_end <= x.tok and x is not actor2
                    and (x.prev is not None and x.prev & _BY_FIRE or _fired_by(s, x))
                    and _words_but_dates(doc, s, c.tok_end, x.tok) <= _FIRE_REACH]
            if fire:
                actor1 = fire[0]
                break
    if actor1 is None and not protest and doc is not None:
        actor1 = _group_subject(doc, s, group)  # «وخطفت الحركة عشرات العاملين الأجانب»
    if actor1 is None and not protest and t.mode == _SUICIDE:
        bomber = _undertaking_bomber(s, mine, best)
        if bomber is not None:
            actor1 = _armed_doer(bomber)  # «وقامت امرأة بتفجير نفسها»: the woman is the bomber
            if actor2 is not None and actor2.start == bomber.start:
                actor2 = None
    if actor2 is None and not protest:
        # not a doer named by a civilian noun («هجوم انتحاري نفذته امرأة»: :func:`_armed_doer`),
        # nor that noun again («12 امرأة نفذت عمليات انتحارية ... مقابل 11 امرأة»: more bombers)
        civ = [x for x in mine if x.role == "civilian" and (actor1 is None or x.start != actor1.start)
               and not (x.prev and x.prev & _DOERS) and not _doer_again(actor1, x)]
        if civ:
            actor2 = civ[0]
    if actor2 is None and not protest and doc is not None and t.mode == "abduct":
        actor2 = _abducted_object(doc, s, best, actor1)  # «خطف مسلحون امس مصورا فرنسيا»
    if actor2 is None and not protest:
        target = _national_target(s, group)  # «باستهداف قاعدة تركية»
        if target is not None and (actor1 is None or actor1.actor.name != target.actor.name):
            actor2 = target
    if actor1 is None and not protest and t0.plover == "ASSAULT":
        speaker = _self_reported(s, group, spans)
        if speaker is not None and (actor2 is None or actor2.actor.name != speaker.actor.name):
            actor1 = speaker  # «قال حلف شمال الأطلسي إنه قتل عددا من زعماء طالبان»
    if doc is not None and not protest and t0.plover == "ASSAULT" and (
            actor2 is None or (actor2.generic and actor2.role == "civilian")):
        named = _named_victim(doc, s, group, actor1, actor2, spans, suffered)
        if named is not None:
            actor2 = named  # «اغتيال جاسم الذهبي»، «اغتال مسلحون القاضي محمد علي»
    if owner is not None:
        # «نعت قيادة شرطة محافظة ديالى ثلاثة من منتسبيها قتلوا»، «أعلنت مديرية شرطة كركوك
        # مقتل 9 من عناصرها»: the dead are the speaker's own members, the target
        actor2 = owner
        if actor1 is owner or (actor1 is not None and actor1.actor.name == owner.actor.name):
            actor1 = None
    if actor1 is not None and actor2 is not None and actor1.actor.name == actor2.actor.name and actor1.role != "civilian" \
            and not (actor2 is actor1 and s.norms[actor1.tok] in _DUAL_GROUPS):
        # (two unnamed groups of one kind, «بين عشيرتين», are both sides: ACLED codes the name twice)
        # «إن الجيش صد هجوما لقوات الدعم السريع ... وكبد المهاجمين خسائر»: the attackers are
        # actor1 again; the other side is the force named in the clauses
        name = actor1.actor.name
        attackers = normalize_key(actor2.actor.text) in THE_ATTACKERS
        actor2 = next((x for x in mine if x.role in ("armed", "state") and x.actor.name != name), None) \
            if attackers else None if actor2 is actor1 else _dead_of_other_side(s, group, mine, actor1)
    if actor1 is not None and actor2 is None and all(c.trigger.mode == "casualty" for c in group) \
            and any(_passive(c) and 0 <= c.tok - actor1.tok_end <= 1 for c in group):
        # «عشرات المهاجمين قُتلوا في الرد الجوي»: who was killed, not who killed (two statements:
        # the compiled build types a tuple swap with None as a tuple of None)
        actor2 = actor1
        actor1 = None
    elif actor1 is not None and not protest and actor1.tok > 0 and _is_count(s, tf, actor1.tok - 1) \
            and (actor2 is None or (actor2.generic and actor2.role == "civilian")) \
            and any(c.trigger.mode == "casualty" and c.trigger.pos == "verb" and 0 <= c.tok - actor1.tok_end <= 1
                    for c in group):
        # «قالت الوزارة إن خمسة مسلحين فقط قتلوا في القصف»: the counted subject of a death verb
        # right after it died (the verb has no object), it did not strike
        actor2 = actor1
        actor1 = None
    if (doc is not None and not protest and (actor2 is None or (actor2.generic and actor2.role == "civilian"))
            and any(c.trigger.mode == "casualty" for c in group)):
        member = _affiliated_victim(doc.raw, spans, best, actor1)
        if member is not None:
            actor2 = member  # «ما أدى إلى مقتل راكبها، وهو عنصر في حزب الله»
        elif actor2 is not None:
            actor2 = _mostly_of(s, spans, actor2, actor1)  # «قُتل أكثر من مئة شخص، معظمهم جنود»
    if actor1 is not None and actor2 is not None and doc is not None and not protest \
            and all(c.trigger.mode != _CLASH_MODE for c in group) and actor2.tok > actor1.tok > best.tok \
            and actor2.role in {"armed", "state"} and actor1.actor.name != actor2.actor.name \
            and _joined_by_and(doc.raw, actor1.end, actor2.start) and not _between_before(doc.raw, actor1.start):
        # «تصدت لهجوم شنه الجيش والقوة المشتركة للحركات المسلحة على مواقعها»: the two joined
        # after the attack made it together; the second fought beside the first (assoc)
        assoc.append(actor2)
        actor2 = None
        if any(s.norms[k] in _REPELLING for k in range(max(0, best.tok - 2), best.tok)):
            # «إن قواتها «تصدت لهجوم ...»»: who repelled it was attacked, the force before it
            met = [x for x in spans if x.tok < best.tok and x.role in {"armed", "state"}
                   and x.actor.name != actor1.actor.name]
            actor2 = met[-1] if met else None
    if actor1 is not None and doc is not None:
        joint = _conjuncts(doc.raw, mine, actor1, actor2)
        if len(joint) > 1:
            # «شنت هيئة تحرير الشام والجبهة الوطنية للتحرير هجوما»: the first named leads, the
            # others fought beside it (ACLED's associated actors)
            actor1 = joint[0]
            assoc = [x for x in assoc if x not in joint] + joint[1:]
    if actor1 is not None and actor2 is not None and actor2.generic and actor2.role == "armed" \
            and actor2.actor.name.startswith(UNIDENTIFIED) and t.plover == "ASSAULT":
        actor2 = _named_side(mine, actor1, actor2)
    if actor1 is not None and actor1.generic and actor1.actor.name.startswith(UNIDENTIFIED):
        suspected = _suspected_group(s, spans, actor1)
        if suspected is not None and suspected is not actor2:
            actor1 = suspected  # «مسلحون يشتبه في انتمائهم لحركة الشباب»
    if actor2 is not None and actor2.generic and actor2.actor.name.startswith(UNIDENTIFIED):
        suspected = _suspected_group(s, spans, actor2)
        if suspected is not None and suspected is not actor1:
            actor2 = suspected  # «قتلت القوات مسلحين يعتقد أنهم من تنظيم داعش»
    assoc_actors = [x.actor for x in assoc if x is not actor1 and x is not actor2]
    if actor1 is not None and actor1.partners:
        # «الفصائل» for two groups: the second fought beside the first
        taken = {a.name for a in assoc_actors} | {x.actor.name for x in (actor1, actor2) if x is not None}
        assoc_actors += [a for a in actor1.partners if a.name not in taken]
    spans_out = [(x.start, x.end) for x in (actor1, actor2) if x is not None]
    return Arguments(actor1.actor if actor1 else None, actor2.actor if actor2 else None, assoc_actors, spans_out)


_COMMAS: Final = frozenset({"\u060c", ",", "\u061b", ";"})  # ، , ؛ ;


_MOST_OF_THEM: Final = frozenset(normalize_key(w) for w in ("معظمهم", "غالبيتهم", "أغلبهم", "جلهم", "أكثرهم"))


def _mostly_of(s: SentenceCtx, spans: list[ActorSpan], victims: ActorSpan, actor1: ActorSpan | None) -> ActorSpan:
    """The force or group most of the counted dead belong to, when an aside right after them says
    so: «قُتل أكثر من مئة شخص، معظمهم جنود، في هجوم ...» hit the army (ACLED: the side most of
    the dead were on is actor2). Else ``victims``."""
    k = victims.tok_end
    if k < len(s.norms) and not s.alpha[k]:
        k += 1  # the comma opening the aside
    if k >= len(s.norms) or s.norms[k] not in _MOST_OF_THEM:
        return victims
    k += 1
    if k < len(s.norms) and s.norms[k] == _FROM:
        k += 1  # «معظمهم من الجنود»
    side = next((x for x in spans if x.tok == k and x.role in ("state", "armed")), None)
    if side is None or (actor1 is not None and side.actor.name == actor1.actor.name):
        return victims
    return side


def _named_side(mine: list[ActorSpan], actor1: ActorSpan, actor2: ActorSpan) -> ActorSpan:
    """The one armed group the event's clauses name, for a target read as unnamed gunmen:
    «ضربة جوية ... استهدفت وكراً لعصابات «داعش» الإرهابية ...، ما أسفر عن مقتل أربعة إرهابيين»:
    the dead «terrorists» are the Islamic State's, whose den was struck; ``actor2`` when no such
    group, or more than one, is named."""
    named = {x.actor.name: x for x in mine if x.role == "armed" and not x.generic and x is not actor1
             and x.actor.name != actor1.actor.name and not x.actor.name.startswith(UNIDENTIFIED)}
    return next(iter(named.values())) if len(named) == 1 else actor2


_DEFENCE: Final = normalize_key("الدفاع")  # «وزارة الدفاع التركية»، «الدفاع الروسية»


def _past_marks(s: SentenceCtx, k: int) -> int:
    """Token ``k``, or the first after it that is no quotation mark."""
    while k < len(s.norms) and s.norms[k] in _QUOTE_NORMS:
        k += 1
    return k


_PRONOUN_DEED_REACH: Final = 12  # tokens from «أنها» to the attack noun that names its verb's means


def _pronoun_did(s: SentenceCtx, cut: int, best: Candidate) -> bool:
    """«أعلنت وزارة الدفاع التركية أنها «حيدت 12 إرهابياً» ... في غارات جوية»: the pronoun on
    «أن» is the subject of the verb of violence right after it (past a quotation mark), and the
    attack noun later in its clause (which types the event) names how it was done."""
    if cut < 0 or s.norms[cut] not in HE_THAT or not 0 < best.tok - cut <= _PRONOUN_DEED_REACH:
        return False
    k = _past_marks(s, cut + 1)
    return any(c.tok == k and c.trigger.pos in VERB_POS and c.trigger.plover == "ASSAULT" and c.clause == best.clause
               for c in s.candidates)


def _defence_ministry(doc: Doc, s: SentenceCtx, cut: int) -> ActorSpan | None:
    """A defence ministry or security body that reports, before «إن/أن», what it or its forces
    did, as the military it speaks for: «قالت وزارة الدفاع التركية في بيان إنها «حيّدت 4
    إرهابيين»»، «أعلنت وزارة الدفاع الروسية أن طائراتها قصفت» (ACLED codes the deed to that
    state's military). See :func:`speaking_forces`."""
    if cut >= len(s.tok_starts):
        return None
    return speaking_forces(doc, s, s.span.start, s.tok_starts[cut])


def speaking_forces(doc: Doc, s: SentenceCtx, lo: int, hi: int) -> ActorSpan | None:
    """The last reporting source in ``[lo, hi)`` of sentence ``s`` that speaks for a state's
    forces, as that state's military: a ministry whose name holds «الدفاع» and a nationality
    adjective («وزارة الدفاع التركية»), or a body whose ``sources.tsv`` row names the state
    in its ``forces`` column («خلية الإعلام الأمني»: Iraq). The source is one of
    ``doc.extras["sources"]``; no actor row is needed (the body is a speaker, not a force
    the text names as acting)."""
    military = generic_for("MIL")
    if military is None:
        return None
    spoken = forces_spoken_for()
    mentions, starts = _source_starts(doc)
    first = max(s.span.start, lo)
    # the mentions that start in [first, hi): one slice of the list when it is in start order
    # (attribution makes it so), instead of a look at every source of the document per call
    a, b = (bisect_left(starts, first), bisect_left(starts, hi)) if starts is not None else (0, len(mentions))
    for k in range(b - 1, a - 1, -1):
        m = mentions[k]
        if not (first <= m.start and m.end <= hi):
            continue
        iso = spoken.get(m.name)
        if iso is None:
            words = normalize_key(m.text).split()
            if _DEFENCE not in words:
                continue
            iso = nationality_of(words)
            if iso is None:
                continue
        ti = max(0, bisect_right(s.tok_starts, m.start) - 1)
        te = max(ti + 1, bisect_left(s.tok_starts, m.end))
        return ActorSpan(m.start, m.end, ti, te, resolve_actor(military, m.text, iso), "state", s.clause_of(ti))
    return None


_SOURCE_STARTS: Final = "_source_starts"  # doc.extras: the sources list and its starts (:func:`_source_starts`)


def _source_starts(doc: Doc) -> tuple[list[Any], list[int] | None]:
    """``doc.extras["sources"]`` and the starts of its mentions, or None for the starts when
    the list is not in start order; made once per list (kept in ``doc.extras``, as the
    attribution stage keeps its source index) and remade when the list is replaced or grows."""
    mentions: list[Any] = doc.extras.get("sources", [])
    got: tuple[list[Any], int, list[int] | None] | None = doc.extras.get(_SOURCE_STARTS)
    if got is None or got[0] is not mentions or got[1] != len(mentions):
        starts: list[int] | None = [m.start for m in mentions]
        for k in range(1, len(mentions)):
            if mentions[k - 1].start > mentions[k].start:
                starts = None
                break
        got = doc.extras[_SOURCE_STARTS] = (mentions, len(mentions), starts)
    return got[0], got[2]


_JOINED_REACH: Final = 12  # tokens from «أنها» to a second verb joined by «و» («أنها تعاملت ... واعتقلت»)


def _joined_deed(s: SentenceCtx, cut: int, best: Candidate, spans: list[ActorSpan]) -> bool:
    """Is the trigger a verb joined by «و» to the verb right after «أنه/أنها», with no actor of
    its own between? «مؤكدة أنها تعاملت «بأقصى درجات ضبط النفس» واعتقلت 23 شخصاً»: the
    pronoun's referent (the speaker) did both."""
    return best.tok - cut <= _JOINED_REACH and s.norms[best.tok][:1] == _AND \
        and not any(cut < x.tok < best.tok for x in spans)


def _comma_after(s: SentenceCtx, tok: int) -> int:
    """Index of the first comma or semicolon token after ``tok`` (the sentence's end if none)."""
    for i in range(tok + 1, len(s.texts)):
        if s.texts[i] in _COMMAS:
            return i
    return len(s.texts)


_OWN_MEN: Final = frozenset(normalize_key(w) for w in (  # «9 من عناصرها»، «ثلاثة من جنوده»: members of whoever «ها» is
    "عناصرها", "عناصره", "عناصرهم", "منتسبيها", "منتسبيه", "منتسبيهم", "أفرادها", "أفراده", "أفرادهم",
    "جنودها", "جنوده", "جنودهم", "مقاتليها", "مقاتليه", "مقاتليهم", "ضباطه", "ضباطها", "رجاله", "رجالها",
    # a spokesman's «خمسة من جنودنا»: the members of the force he speaks for
    "جنودنا", "عناصرنا", "مقاتلينا", "رجالنا", "أفرادنا", "ضباطنا"))
# «فقدت الشرطة اثنين من عناصرها»، «خسر الجيش ثلاثة من جنوده»، «فقدنا خمسة من جنودنا»: who lost them
_LOSS_VERBS: Final = frozenset(normalize_key(w) for w in (
    "فقد", "فقدت", "فقدوا", "فقدنا", "خسر", "خسرت", "خسروا", "خسرنا"))
# a token meets _LOSS_VERBS (as tested in _own_dead) only if its norm is in this set or its stem
# in _LOSS_VERBS: the verbs, and with one proclitic where the form is longer than three letters
_LOSS_NORMS: Final = _LOSS_VERBS | frozenset(p + w for p in PROCLITICS for w in _LOSS_VERBS if len(w) >= 3)
_LOSS_REACH: Final = 8  # tokens from «فقدنا» to «من جنودنا» («فقدنا امس (الاثنين) خمسة من جنودنا»: a dated aside between)
_RANKS_REACH: Final = 4  # tokens from «من عناصرها» to the casualty word after it («ثلاثة من منتسبيها قتلوا»)
_OWN_MEN_REACH: Final = 5  # tokens from a casualty word to «من جنوده» after it («مقتل ثلاثة من جنوده»)


def _own_dead(doc: Doc | None, s: SentenceCtx, group: list[Candidate], best: Candidate,
              spans: list[ActorSpan]) -> ActorSpan | None:
    """The side whose own members a casualty word counts, when the count is «من عناصرها»
    («أعلن الجيش العراقي مقتل ثلاثة من جنوده»، «ثلاثة من منتسبيها قتلوا»): the last state or
    armed actor named before the count in the sentence, the pronoun's referent; else the police
    or army that reports it («أعلنت مديرية شرطة كركوك مقتل 9 من عناصرها»: a directorate no
    lexicon lists, read by its words, :func:`hadath.lexicon.actors.force_role`), written as the
    members' word. Who announces its own dead is the side attacked, not the attacker."""
    norms = s.norms
    own = None
    for c in group:
        if c.trigger.mode == "casualty":
            lo, hi = max(1, c.tok - _RANKS_REACH - 1), min(len(norms), c.tok_end + _OWN_MEN_REACH)
            own = next((i for i in range(lo, hi) if norms[i] in _OWN_MEN and norms[i - 1] == _FROM), None)
            if own is not None:
                break
    if own is None and not (_LOSS_NORMS.isdisjoint(norms) and _LOSS_VERBS.isdisjoint(s.stems)):
        # «إن الشرطة فقدت اثنين من عناصرها في انفجار عبوة»: a verb of losing one's own men
        # (most sentences hold none, which two C-level set tests tell)
        stems = s.stems
        for k in range(len(norms)):
            # the token's forms (context.TokenForms) meet _LOSS_VERBS, tested without building
            # them: this runs over every token of every casualty event's sentence
            w = norms[k]
            if w in _LOSS_VERBS or stems[k] in _LOSS_VERBS or (
                    len(w) > 3 and w[0] in PROCLITICS and w[1:] in _LOSS_VERBS):
                hi = min(len(norms), k + 1 + _LOSS_REACH)
                own = next((i for i in range(k + 2, hi) if norms[i] in _OWN_MEN and norms[i - 1] == _FROM), None)
                if own is not None:
                    break
    if own is None:
        return _announcer_of_own(s, group, spans)
    # «قالت الشرطة إن مسلحين قتلوا ثلاثة من عناصرها»: the subject right before a killing verb
    # whose count follows it killed them; the pronoun's owner is named before it
    killers = {c.tok for c in group if c.trigger.mode == "casualty" and c.trigger.pos == "verb"
               and not c.key.startswith("\u0627\u0644") and c.tok < own}
    named = next((x for x in reversed(spans) if x.tok_end < own and x.role in DOER_ROLES
                  and x.tok_end not in killers), None)
    if named is not None or doc is None:
        return named
    src = source(doc, best)
    role = force_role(src.text) if src is not None and src.text else None
    entry = generic_for(role) if role is not None else None
    if entry is None:
        return None
    start, end = s.tok_starts[own], s.ends[own]
    actor = resolve_actor(entry, doc.raw[start:end], doc.country)
    return ActorSpan(start, end, own, own + 1, actor, "state", s.clause_of(own), generic=True)


_DAY_WORDS: Final = frozenset(normalize_key(w) for w in (
    "اليوم", "أمس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"))
_TIME_ASIDE: Final = 4  # tokens of «، اليوم الأربعاء،» at most


def _time_aside(s: SentenceCtx, a: int, b: int) -> bool:
    """Do tokens ``a:b`` hold nothing but a day between commas (or nothing at all)?"""
    return b - a <= _TIME_ASIDE and all(not s.alpha[k] or s.norms[k] in _DAY_WORDS for k in range(a, b))


_PARTITIVE_REACH: Final = 3  # «مقتل عنصرين من الأمن العام»: the count, «من», then the force


def _announcer_of_own(s: SentenceCtx, group: list[Candidate], spans: list[ActorSpan]) -> ActorSpan | None:
    """The force named before a casualty noun whose dead, counted right after it, are its own
    men by name: «أعلن الجيش مقتل ثلاثة جنود» (the soldiers are the army's), so the army announces
    its losses and attacked no one. Only a state force, and only when the dead are read as the
    same actor."""
    for c in group:
        if c.trigger.mode != "casualty" or c.trigger.pos == "verb" and not c.key.startswith("\u0627\u0644"):
            continue
        # the dead right after the casualty word and its count: «مقتل ثلاثة جنود»، «مقتل جنديين»
        dead = next((x for x in spans if c.tok_end <= x.tok <= c.tok_end + 1
                     or (x.tok <= c.tok_end + _PARTITIVE_REACH and s.norms[x.tok - 1] == _FROM)), None)
        if dead is None or dead.role != "state":
            continue
        # the announcer right before it, after its reporting verb: «أعلن الجيش مقتل», a day
        # between commas aside («أعلن الجيش الإسرائيلي، الأربعاء، مقتل ضابط»)
        named = next((x for x in spans if x.role == "state" and x.tok_end <= c.tok
                      and _time_aside(s, x.tok_end, c.tok)), None)
        if named is not None and named is not dead and named.actor.name == dead.actor.name \
                and named.tok > 0 and s.norms[named.tok - 1] in _ANNOUNCING:
            return named
    return None


def _death_words(s: SentenceCtx) -> list[int]:
    """The sentence's death words (token indexes), read once per sentence."""
    if s.death_idx is None:
        s.death_idx = _deaths(s)
    return s.death_idx


def _deaths(s: SentenceCtx) -> list[int]:
    """The death words of a sentence, less an assassination attempted or failed («محاولة اغتيال»،
    «اغتيال فاشلة»): it killed no one."""
    found = _word_idx(s, _DEATH_WORDS, _DEATH_NORMS)
    stems = s.stems
    return [i for i in found if (stems[i] != _ASSASSINATION
            or not ((i > 0 and stems[i - 1] in _ATTEMPT) or (i + 1 < len(stems) and stems[i + 1] in _FAILED)))
            and (stems[i] not in _BODY_NOUNS or _bodies_found(s, i))
            and (stems[i] not in _HEAD_NOUNS or _cut_off(s, i))]


_HEAD_NOUNS: Final = frozenset(normalize_key(w) for w in ("رؤوس", "رأس"))
_CUTTING: Final = frozenset(normalize_key(w) for w in (
    "قطع", "قطعوا", "قطعت", "وقطع", "وقطعوا", "بقطع", "وبقطع", "فصل", "فصلوا", "بفصل"))
_CUT_REACH: Final = 8  # words from the verb of cutting to the heads («قطع مسلحون موالون لتنظيم "داعش" رؤوس»)


def _cut_off(s: SentenceCtx, i: int) -> bool:
    """Is the head noun at token ``i`` the object of a verb of cutting (its subject between)?"""
    return any(s.norms[k] in _CUTTING for k in range(max(0, i - _CUT_REACH - 1), i))


_BODY_NOUNS: Final = frozenset(normalize_key(w) for w in ("جثث", "جثة", "جثتين", "جثتان", "جثتي"))
# «عثرت الشرطة على جثث أربعة أشخاص»، «عثر على 14 جثة»، «انتشال جثتين»: bodies found are the dead
# counted; «ما زالت جثث العشرات منهم ملقاة» (some of the dead counted before) is no new count
_FOUND_BODIES: Final = frozenset(normalize_key(w) for w in ("على", "انتشال", "انتشلت", "انتشلوا", "وانتشال"))


def _bodies_found(s: SentenceCtx, i: int) -> bool:
    """Is the body noun at token ``i`` the object of finding or recovering, «على» or «انتشال»
    right before it or before its count?"""
    return any(0 <= k and s.norms[k] in _FOUND_BODIES for k in (i - 1, i - 2))


_ONE_VICTIM_REACH: Final = 6  # tokens from the assassination word to its victim's name («اغتيال الناشط المدني حسين العطار»)


def assassinated_one(s: SentenceCtx, group: list[Candidate]) -> bool:
    """Did the group's assassination (not attempted: :func:`_deaths`) kill one named person: «أقدم
    مجهولون على اغتيال الناشط المدني حسين العطار»، «اغتال مسلحون مجهولون الناشط حسين العطار»? An
    assassination is a death, and of one person when a person's name follows it (ACLED counts 1);
    the plural «اغتيالات» counts none."""
    deaths = _deaths(s)
    for c in group:
        if c.trigger.mode != _ASSASSINATION_MODE or c.tok not in deaths and not (
                c.trigger.pos in VERB_POS and c.key in _ASSASSINATING):
            continue
        if s.stems[c.tok] == _ASSASSINATIONS:
            return False
        a, b = s.ends[c.tok_end - 1], s.ends[min(len(s.norms), c.tok_end + _ONE_VICTIM_REACH) - 1]
        if any(a < m.start < b and m.type == "PER" for m in s.ents):
            return True
        if c.trigger.pos in VERB_POS and c.key in _ASSASSINATING:
            # «اغتال مسلحون مجهولون يستقلون دراجة نارية القيادي في حركة فتح محمد العرموشي»: the
            # verb's subject and its description stand first; one person named in the clause
            # before a comma is the one killed
            stop = min(s.clause_stop(c.clause), len(s.norms), c.tok_end + _VERB_VICTIM_REACH)
            comma = next((k for k in range(c.tok_end, stop) if s.texts[k] in _CLAUSE_PUNCT), stop)
            b = s.ends[comma - 1] if comma > c.tok_end else a
            if sum(1 for m in s.ents if a < m.start < b and m.type == "PER") == 1:
                return True
        if any(s.norms[k] in _ONE_OFFICE for k in range(c.tok_end, min(len(s.norms), c.tok_end + _ONE_VICTIM_REACH))):
            return True  # «اغتال مسلحون مجهولون مختار قرية الصنمين»: one office holder
    return False


# singular offices an assassination's victim holds, named by office alone («مختار قرية الصنمين»)
_ONE_OFFICE: Final = frozenset(normalize_key(w) for w in (
    "مختار", "رئيس", "رئيسة", "قائد", "عضو", "مدير", "مديرة", "شيخ", "إمام", "خطيب", "عميد", "عقيد",
    "ضابط", "قاضي", "القاضي", "محافظ", "نائب", "وجيه", "ناشط", "ناشطة", "صحفي", "صحفية", "طبيب", "مسؤول"))
_VERB_VICTIM_REACH: Final = 16  # tokens from «اغتال» to its victim's name, past its subject


_ASSASSINATION_MODE: Final = "assassination"  # triggers.tsv
_ASSASSINATIONS: Final = normalize_key("اغتيالات")
_ASSASSINATING: Final = frozenset(normalize_key(w) for w in ("اغتال", "اغتالت", "اغتالوا", "واغتال", "واغتالت"))


def _hurt_members_of(s: SentenceCtx, best: Candidate, side: ActorSpan) -> bool:
    """Does the noun after the deed name one of ``side``'s own men by its head word («اغتيال
    مدير شرطة ...» announced by the police)?"""
    k = best.tok_end
    if k + 1 >= len(s.norms):
        return False
    head = normalize_key(side.actor.text.split()[0]) if side.actor.text else ""
    head = head[2:] if head.startswith("\u0627\u0644") else head
    return bool(head) and s.norms[k + 1] == head


_ANNOUNCING: Final = frozenset(normalize_key(w) for w in (
    "أعلن", "أعلنت", "وأعلن", "وأعلنت", "ذكر", "ذكرت", "أكد", "أكدت", "نعى", "نعت", "ونعى", "ونعت"))


_REPEL_FORMS: Final = frozenset(normalize_key(w) for w in (  # verbs of meeting or repelling an attack
    "صد", "صدت", "صدوا", "تصدى", "تصدت", "تصدوا"))
_TARGETING_VERBS: Final = frozenset(normalize_key(w) for w in ("استهدف", "استهدفت", "استهدفوا"))
# the singular forms, whose subject may follow them (the plural «استهدفوا» carries its own)
_VSO_TARGETING: Final = frozenset(normalize_key(w) for w in ("استهدف", "استهدفت"))


# an assassination noun or passive verb right before its victim's name (one title word may stand between)
_ASSASSINATED: Final = frozenset(p + normalize_key(w) for p in ("", "\u0648", "\u0628", "\u0644", "\u0641") for w in (
    "اغتيال", "اغتيل", "اغتيلت"))
# a support verb with the attack's pronoun right before its doer: «هجوم انتحاري نفذته امرأة»
_DONE_BY_FORMS: Final = frozenset(normalize_key(w) for w in (
    "نفذه", "نفذته", "نفذها", "نفذتها", "نفذوه", "نفذوها", "شنه", "شنته", "شنها", "شنتها", "شنوه", "شنوها",
    "نصبه", "نصبته", "نصبها", "نصبتها", "نصبوه", "نصبوها"))

# the same, present: «أحدث هجوم من نوعه تنفذه امرأة» (a kind of attack, no one deed)
_DOERS: Final = _DONE_BY_FORMS | frozenset(normalize_key(w) for w in ("ينفذه", "تنفذه", "ينفذها", "تنفذها", "يشنه", "تشنه"))




def _self_reported(s: SentenceCtx, group: list[Candidate], spans: list[ActorSpan]) -> ActorSpan | None:
    """The speaker of «قال X إنه قتل ...» as the doer: «قال حلف شمال الأطلسي في أفغانستان إنه قتل
    عددا من زعماء طالبان في هجمات»، «وأعلن الجيش أنه قصف مواقع للمسلحين». A finite past verb of
    the group («قتل»، «قصف»، «استهدف» ...) right after «أنه/إنه/أنها/إنها» (the pronoun is the
    verb's subject) with an object after it (not a preposition: «إما أنه قتل أو انتحر» is the
    passive, a death), or a support verb there that carries the attack noun («أعلنت القوات
    الأمريكية أنها شنت غارة جوية»، «أنه نفذ ضربات»); and the reporting verb's subject: the first
    armed, state or named actor after the last reporting cue («قال، أعلن، أكد»; cues.tsv kind
    report) before the particle, in the sentence, else the one right before that cue («وكانت
    القيادة الأمريكية في أفريقيا (أفريكوم) قد أعلنت ... أنها نفذت غارة»)."""
    tf: TokenForms | None = None
    for c in group:
        particle = -1
        if c.trigger.pos in {"verb", "phrase"} and not c.key.startswith(_AL_PREFIX) and c.tok >= 2 and not c.prefix \
                and s.norms[c.tok - 1] in HE_THAT:
            b = c.tok_end
            if b < len(s.norms) and s.alpha[b] and s.norms[b] not in _PHRASE_STOPS and s.norms[b][:1] not in _GOVERNING:
                particle = c.tok - 1
        elif c.trigger.pos != "verb" and c.tok >= 2:
            if tf is None:
                tf = s.token_forms()
            v = _support_verb(s, tf, c)
            if v >= 1 and s.norms[v - 1] in HE_THAT:
                particle = v - 1
        if particle < 1:
            continue
        reports = [cue.tok for cue in s.cues if cue.kind == "report" and cue.tok < particle]
        if not reports:
            continue
        r = max(reports)
        for x in spans:
            if r < x.tok and x.tok_end <= particle and x.role in DOER_ROLES:
                return x
        before = [x for x in spans if r - _SPEAKER_BEFORE <= x.tok_end <= r and x.role in DOER_ROLES]
        if before:
            return max(before, key=lambda x: x.tok_end)
    return None


_SPEAKER_BEFORE: Final = 4  # tokens from a speaker named first to its verb: «X (أفريكوم) قد أعلنت»


_KILLING_MODES: Final = frozenset({"assassination", "casualty"})  # triggers.tsv modes of killing words
_BEFORE_PASSIVE: Final = 2  # tokens from a victim's name to the verb after it: «هدى سالم قد قتلت»


def _named_victim(doc: Doc, s: SentenceCtx, group: list[Candidate], actor1: ActorSpan | None,
                  actor2: ActorSpan | None, spans: list[ActorSpan], suffered: int = -1) -> ActorSpan | None:
    """A person NER named (PER) whom no actor lexicon knows, in a killing word's victim slot:
    «وشهد الشهر الحالي اغتيال جاسم الذهبي، عميد كلية ...» (right after an assassination word),
    «واغتال مسلحون مجهولون القاضي محمد علي» (the object after the verb's subject), «قتل الناشط
    الحقوقي سامر خليل برصاص قناص» (verb first, no killer before the name: the unvowelled
    passive), «وكانت الناشطة هدى سالم قد قتلت برصاص مسلحين» (the name right before the verb).

    ACLED codes such a victim as civilians of the country; the words are the name with the
    title right before it («القاضي محمد علي»، «الصحفي أحمد الزبيدي»: a civilian noun found as
    actor2 is widened to the name after it). None when no such name sits there: a name as the
    subject of an active verb with its object after it («قتل محمد علي زوجته») is left alone.

    ``suffered``, the token of a verb of suffering the attack (:func:`_suffered_at`): a person
    between it and the attack suffered it, whatever the attack («تعرضت وزيرة الدولة ...، انجلينا
    مانج، ... لمحاولة اغتيال»), when no lexicon actor stands there (:func:`_survivor`)."""
    if not s.ents:
        return None
    starts = s.tok_starts
    persons = []
    for m in s.ents:
        if m.type != "PER" or any(x.start < m.end and m.start < x.end for x in spans):
            continue
        a = bisect_right(starts, m.start) - 1
        persons.append((a, max(a + 1, bisect_left(starts, m.end)), m))
    if not persons:
        return None
    first_tok = min(c.tok for c in group)
    for c in group:
        if c.trigger.mode not in _KILLING_MODES and suffered < 0:
            continue
        verb = c.trigger.pos in {"verb", "phrase"} and not c.key.startswith(_AL_PREFIX)
        for a, b, m in persons:
            if 0 <= suffered < a and b <= first_tok:
                hit = True  # «تعرضت وزيرة الدولة ...، انجلينا مانج، ... لمحاولة اغتيال»: who suffered it
            elif c.trigger.mode not in _KILLING_MODES:
                hit = False
            elif c.key in _ASSASSINATED and c.tok_end <= a <= c.tok_end + 1:
                hit = True  # «اغتيال جاسم الذهبي»، «اغتيل النائب فلان»
            elif not verb:
                hit = False
            elif a > c.tok and actor1 is not None and c.tok < actor1.tok < a:
                hit = actor1.tok_end <= a <= actor1.tok_end + 1  # VSO: the object after the subject
            elif a > c.tok:
                # the passive's subject: nothing after the name that could be an active verb's
                # object («قتل محمد علي زوجته» is a killer and his victim)
                hit = c.tok_end <= a <= c.tok_end + 2 and (actor1 is None or actor1.tok > b) and (
                    b >= len(s.norms) or not s.alpha[b] or s.norms[b] in _PHRASE_STOPS
                    or s.norms[b][:1] in _GOVERNING or any(o.tok == b for o in group))
            else:
                # not across «إن»: «قال الحاكم فلان إن امرأة قتلت» names the speaker, not the dead
                hit = 0 <= c.tok - b <= _BEFORE_PASSIVE and (actor1 is None or actor1.tok > c.tok) \
                    and not any(s.norms[k] in _COMPLEMENTISERS for k in range(b, c.tok))
            if not hit:
                continue
            first = a
            if actor2 is not None and actor2.tok_end == a:
                first = actor2.tok  # «الصحفي» + «أحمد الزبيدي»
            elif a > 0 and s.alpha[a - 1] and s.norms[a - 1].startswith(_AL_PREFIX) \
                    and not any(o.tok == a - 1 for o in group) and s.norms[a - 1] not in _PHRASE_STOPS:
                first = a - 1  # a title: «القاضي»، «الناشطة»
            template = generic_actor("civilian")
            if template is None:
                return None
            start = starts[first]
            actor = trusted(Actor, {"name": fill_country(template.name, country_name(doc.country)),
                                    "text": doc.raw[start:m.end], "inter": template.inter, "country": doc.country})
            return ActorSpan(start, m.end, first, b, actor, "civilian", s.clause_of(first))
    return None


def _armed_doer(x: ActorSpan) -> ActorSpan:
    """``x``, a person named by a civilian noun («امرأة»، «شاب»), as the unidentified armed actor
    who carried out an attack: its words and country, ACLED's name for an attacker of no group."""
    country = x.actor.country
    actor = trusted(Actor, {"name": fill_country(f"{UNIDENTIFIED} Armed Group ({{country}})", country_name(country)),
                            "text": x.actor.text, "inter": 3, "country": country})
    return ActorSpan(x.start, x.end, x.tok, x.tok_end, actor, "armed", x.clause, x.prev, x.generic)


_SUICIDE: Final = "suicide"  # triggers.tsv mode of a suicide bombing («تفجير نفسها»، «هجوم انتحاري»)
_BOMBER_REACH: Final = 3  # words from the bomber to the deed's noun, at most («قامت امرأة بلجيكية بتفجير نفسها»)


_VICTIM_WORDS: Final = 6  # words from a casualty word to the side of its dead: «مقتل خمسة من عناصر الجيش»
# hedges of a count that lengthen the way to the dead: «قتل ما لا يقل عن 28 متطوعا في الجيش»
_HEDGES: Final = frozenset(normalize_key(w) for w in (
    "ما", "لا", "يقل", "يزيد", "عن", "أكثر", "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "يقارب"))
_HEDGE_LINKS: Final = frozenset(normalize_key(w) for w in ("من", "على"))  # «أكثر من»، «ما يزيد على»


def _victim_reach(s: SentenceCtx, c: Candidate) -> int:
    """The last token where the side of a casualty word's dead may start: :data:`_VICTIM_WORDS`
    after the word, and as many more as words of a hedge on the count stand right after it
    («قتل ما لا يقل عن 28 متطوعا في الجيش»، «مقتل أكثر من 20 جنديا من الجيش»)."""
    norms = s.norms
    i = c.tok_end
    while i < len(norms) and (norms[i] in _HEDGES or i > c.tok_end and norms[i] in _HEDGE_LINKS):
        i += 1
    return c.tok_end + _VICTIM_WORDS + (i - c.tok_end)


def _dead_of_other_side(s: SentenceCtx, group: list[Candidate], mine: list[ActorSpan], actor1: ActorSpan) -> ActorSpan | None:
    """The side of the dead a casualty word of the group counts, when it is not actor1's: «وقتل
    مفجر انتحاري 42 مجندا في الجيش ... انتقاما لضربة استهدفت مدرسة للمتشددين» (the target first
    read, of the bomber's own kind, belongs to another deed; the army's recruits were killed)."""
    name = actor1.actor.name
    for c in group:
        if c.trigger.mode not in _VICTIM_MODES:
            continue
        reach = _victim_reach(s, c)
        dead = next((x for x in mine if c.tok_end <= x.tok <= reach and x is not actor1 and x.actor.name != name
                     and not _lam_agent(s, x, group)), None)
        if dead is not None:
            return dead
    return None


def _doer_again(actor1: ActorSpan | None, x: ActorSpan) -> bool:
    """Is civilian ``x`` the same noun as the person read as the attacker («12 امرأة نفذت عمليات
    انتحارية ... مقابل 11 امرأة»: more bombers, :func:`_armed_doer`), so no victim?"""
    return actor1 is not None and x.role == "civilian" and actor1.role == "armed" and actor1.start != x.start \
        and actor1.actor.inter != x.actor.inter and normalize_key(actor1.actor.text) == normalize_key(x.actor.text)


def _subject_of_deed(s: SentenceCtx, x: ActorSpan, group: list[Candidate]) -> bool:
    """Is ``x``, an armed or state side, the subject right before a finite verb of the group that
    tells an attack («مسلحين أطلقوا النار»، «وحزب الله يستهدف موقعاً»: SVO)? Not a verb of dying
    or being hurt, whose subject before it is the victim («جنود قتلوا في هجوم»: the unvowelled
    passive), nor a side in construct with a noun governed by «ل/ب» before it («سيارة مشابهة
    لسيارات قوات الشرطة فجر نفسه»: the police name the cars, the bomber blew himself up)."""
    k = x.tok - 1
    if k >= 0 and s.alpha[k] and s.norms[k][:1] in _GOVERNING:
        return False
    return x.role in {"armed", "state"} and any(
        c.tok == x.tok_end and c.trigger.mode not in _VICTIM_MODES and c.trigger.pos in VERB_POS
        and not c.key.startswith(_AL_PREFIX) and not c.prefix for c in group)


def _aircraft_named(s: SentenceCtx, x: ActorSpan) -> bool:
    """Does state span ``x`` name aircraft by its first word («طائرات عسكرية»، «المقاتلات
    الروسية», ``aircraft.tsv``)?"""
    if x.role != "state":
        return False
    w = s.norms[x.tok]
    return w in aircraft_names() or (w[:1] in _GOVERNING and w[1:] in aircraft_names())


def _bomber_of(x: ActorSpan, group: list[Candidate]) -> bool:
    """Is ``x`` the bomber a suicide trigger of the group is worded with («هجوم انتحاري»،
    «مفجر انتحاري»: the span overlaps the trigger)? The attacker, never the target."""
    return x.role == "armed" and any(c.trigger.mode == _SUICIDE and c.start < x.end and x.start < c.end for c in group)


def _undertaking_bomber(s: SentenceCtx, mine: list[ActorSpan], best: Candidate) -> ActorSpan | None:
    """The person a civilian noun names as the subject of a verb of undertaking whose
    complement is the suicide bombing: «وقامت امرأة بتفجير نفسها مستهدفة دورية»، «أقدم شاب على
    تفجير نفسه» (cues.tsv kinds undertake and litotes right before the noun, the deed at most
    :data:`_BOMBER_REACH` words after it). The civilian fallback made her the target; she blew
    herself up, so she is the attacker (:func:`_armed_doer`)."""
    for x in mine:
        if not (x.role == "civilian" or x.actor.inter == CIVILIAN_INTER) or not 0 <= best.tok - x.tok_end <= _BOMBER_REACH:
            continue
        if any(cue.kind in UNDERTAKE_KINDS and cue.tok < x.tok and x.tok - cue.tok <= 2 for cue in s.cues):
            return x
    return None


def _subject_of_opening_verb(s: SentenceCtx, tf: TokenForms, x: ActorSpan, spans: list[ActorSpan]) -> bool:
    """``x`` stands right after a singular «استهدف/استهدفت» that opens its clause (the
    sentence's or clause's first word, or right after punctuation or «قد»): in Arabic's
    verb-first order that noun is the verb's subject, the attacker («واستهدف مفجر انتحاري
    مركزا للشرطة»), not its target as after the verb of a relative clause («في هجوم استهدف
    دورية للجيش»). A fronted adverbial may open the clause before the verb («وفي حادث منفصل
    استهدف مفجر انتحاري ...»، «وفي بيشاور استهدف ...», :func:`_after_fronted_phrase`)."""
    v = x.tok - 1
    if v < 0 or not tf[v] & _VSO_TARGETING:
        return False
    start = s.clause_starts[s.clause_of(v)]
    if v == 0 or v == start:
        return True
    if not s.alpha[v - 1]:
        # a quotation opening on the verb after a noun: the noun is its subject («إن طائراته
        # "استهدفت مسلحا"») or the noun a relative verb describes («نفذ غارات "استهدفت
        # المهاجمين"»); after «إن» or a colon the verb opens the words said
        w = v - 2
        return not (s.texts[v - 1] in _OPENING_MARKS and w >= 0 and s.alpha[w] and s.norms[w] not in _COMPLEMENTISERS)
    return s.norms[v - 1] in _PARTICLE_QAD or _after_fronted_phrase(s, start, v, spans)


_OPENING_MARKS: Final = frozenset({"\u00ab", '"'})


_FRONTED: Final = frozenset(normalize_key(w) for w in ("في", "وفي", "ومن", "وعلى", "وبعد", "وخلال", "وفيما", "وأمس", "ومساء", "وصباح"))
_FRONTED_MAX: Final = 4  # words of a fronted adverbial before the verb, at most («وفي حادث منفصل»، «وفي وقت لاحق أمس»)


def _after_fronted_phrase(s: SentenceCtx, start: int, v: int, spans: list[ActorSpan]) -> bool:
    """Tokens ``start``..``v - 1`` are a fronted adverbial that opens the clause before its verb:
    a preposition or time word first (:data:`_FRONTED`), at most :data:`_FRONTED_MAX` words, and
    no actor, trigger or relative pronoun among them, so nothing there can be the verb's
    subject or the noun a relative verb describes («وفي هجوم استهدف ...» has the trigger)."""
    if not 0 < v - start <= _FRONTED_MAX or s.norms[start] not in _FRONTED:
        return False
    if any(start <= c.tok < v for c in s.candidates) or any(start <= y.tok < v for y in spans):
        return False
    return all(s.alpha[i] and s.norms[i] not in RELATIVE_PRONOUNS for i in range(start, v))
_THE_ATTACKERS: Final = frozenset(normalize_key(w) for w in (
    "المهاجمين", "المهاجمون", "المهاجمان", "المهاجمة", "والمهاجمين", "والمهاجمون"))  # the attack's own side
_SURVIVE_VERBS: Final = frozenset(normalize_key(w) for w in (
    "نجا", "نجت", "نجوا", "نجيا", "ينجو", "تنجو",
    # suffering it: «تعرض مدير شرطة المحافظة لمحاولة اغتيال»، «تعرضت دورية للجيش لهجوم»
    "تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض",
))
_SURVIVE_FORMS: Final = _SURVIVE_VERBS | frozenset(p + w for p in PROCLITICS for w in _SURVIVE_VERBS)  # bare or «وتعرض»
_SURVIVOR_ROLES: Final = frozenset({"state", "armed", "named", "civilian"})


# the words right before an attack noun that make it the object of a verb of suffering or
# surviving: «تعرض لمحاولة اغتيال»، «تعرضت الى هجوم»، «نجا من محاولة اغتيال» (or «ل» on the noun)
_SUFFERED_MARKS: Final = frozenset(normalize_key(w) for w in (
    "لمحاولة", "لمحاولات", "محاولة", "إلى", "الى", "من"))


def _suffered_at(s: SentenceCtx, group: list[Candidate], cut: int) -> int:
    """The token of the verb of suffering or surviving whose object is the event's first
    trigger («تعرض بعض مراكز الجيش ... لاعتداءات»، «تعرضت الوزيرة ... لمحاولة اغتيال»): the
    nearest such verb before it, after the complementiser ``cut``, the trigger marked as its
    object by «ل» or a word of :data:`_SUFFERED_MARKS`; -1 when there is none."""
    norms = s.norms
    if _SURVIVE_FORMS.isdisjoint(norms):
        return -1  # most sentences (one pass in C)
    first = min(group, key=lambda c: c.tok)
    if not (_LAM_CLITIC in first.prefix or (first.tok > 0 and norms[first.tok - 1] in _SUFFERED_MARKS)):
        return -1
    for i in range(first.tok - 1, cut, -1):
        if norms[i] in _SURVIVE_FORMS:
            return i
    return -1


def _survivor(s: SentenceCtx, spans: list[ActorSpan], first_tok: int) -> ActorSpan | None:
    """The one who survived or suffered the attack: the first actor right after a verb of
    surviving or suffering before the trigger («نجا قائد شرطة النجدة في البصرة، أمس، من محاولة اغتيال إثر تعرض موكبه
    لانفجار عبوة ناسفة»). He was its target, ACLED's actor2, not its author; the attempt is an
    event (:func:`hadath.events.modality._only_attempted` keeps it)."""
    norms = s.norms
    if _SURVIVE_FORMS.isdisjoint(norms):
        return None  # most sentences (one pass in C)
    for i in range(first_tok - 1, -1, -1):
        if norms[i] in _SURVIVE_FORMS:
            return next((x for x in spans if i < x.tok < first_tok and x.role in _SURVIVOR_ROLES), None)
    return None


_BELONGING: Final = frozenset(normalize_key(w) for w in ("تابعة", "التابعة", "تابع", "التابع"))
BODY_FINDERS: Final = frozenset(normalize_key(w) for w in (
    "عثر", "عثرت", "عثروا", "وجد", "وجدت", "وجدوا", "انتشل", "انتشلت", "انتشلوا"))  # who found the body
# «جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة»: the group it is tied to describes the
# actor and did not act
_DISRUPT_MODE: Final = "disrupt"  # triggers.tsv: shooting down, defusing, intercepting
_TIED_TO: Final = frozenset(normalize_key(w) for w in (
    "المرتبطة", "المرتبط", "المرتبطين", "مرتبطة", "مرتبط", "مرتبطين", "المرتبطون", "مرتبطون",
    # «مسلحون يشتبه في انتمائهم إلى الجماعة»: the group they may belong to did not act by name
    "انتمائهم", "انتمائه", "انتمائها", "انتمائهما"))
_BYSTANDERS: Final = BODY_FINDERS | _TIED_TO
_BLAMING: Final = frozenset(normalize_key(w) for w in ("نسبته", "نسبتها", "نسبه", "نسبها"))  # «هجوم نسبته السلطات إلى ...»
_BLAME_REACH: Final = 4  # tokens from «نسبته» to the accuser or the accused after it

# The word sets :func:`assign_actors` tests the words before an actor against, as the bits of one
# number per set of word forms: the forms of a span's two words before it are read once, by one
# look-up of their set (a token's forms are one object a process, ``context._FORMS``; a span keeps
# its ``prev``), where each test was a frozenset ``isdisjoint`` of its own (compiled, a method
# call by name: ~0.2M instructions an article on the benchmark articles). Same answers: a bit is
# set when the set and the forms share a word.
_K_BYSTANDERS: Final = 1
_K_BLAMING: Final = 2
_K_ASSASSINATED: Final = 4
_K_ASSOC_PREV: Final = 8
_K_ASSOC_STRONG: Final = 16
_K_BELONGING: Final = 32
_K_DOERS: Final = 64
_K_DONE_BY: Final = 128
_K_AGENT_PREV: Final = 256
_K_RELEASED_BY: Final = 512
_K_TARGETING: Final = 1024
_K_TARGET_PREV: Final = 2048


def _word_kinds_table() -> dict[str, int]:
    """Each word of the sets :data:`_PREV_KINDS` reads, with the bits of the sets that hold it."""
    table: dict[str, int] = {}
    for bit, words in ((_K_BYSTANDERS, _BYSTANDERS), (_K_BLAMING, _BLAMING), (_K_ASSASSINATED, _ASSASSINATED),
                       (_K_ASSOC_PREV, _ASSOC_PREV), (_K_ASSOC_STRONG, _ASSOC_STRONG), (_K_BELONGING, _BELONGING),
                       (_K_DOERS, _DOERS), (_K_DONE_BY, _DONE_BY_FORMS), (_K_AGENT_PREV, _AGENT_PREV),
                       (_K_RELEASED_BY, _RELEASED_BY), (_K_TARGETING, _TARGETING_VERBS), (_K_TARGET_PREV, _TARGET_PREV)):
        for w in words:
            table[w] = table.get(w, 0) | bit
    return table


_WORD_KINDS: Final = _word_kinds_table()


def _kinds_of(forms: frozenset[str]) -> int:
    """The bits of the sets of :func:`_word_kinds_table` that share a word with ``forms``."""
    kinds = 0
    for w in forms:
        kinds |= _WORD_KINDS.get(w, 0)
    return kinds


_PREV_KINDS: Final[Memo[frozenset[str], int]] = Memo(_kinds_of)
_CELLS: Final = frozenset(normalize_key(w) for w in ("خلايا", "خلية"))  # a group's cells: «خلايا التنظيم» is the group
_OWNED_WEAPON_MODES: Final = frozenset({"aerial", "heavy-weapons"})  # triggers that name a weapon: «طائرة مسيرة»، «المدفعية»


_INFORMATION: Final = frozenset(normalize_key(w) for w in (
    "معلومات", "معلومة", "بمعلومات", "لمعلومات", "بلاغ", "بلاغات", "إخبارية", "اخبارية"))
_INFORMANT_REACH: Final = 3  # «معلومات استخبارية دقيقة من»: the noun, two adjectives, then «من»


def _informant(s: SentenceCtx, x: ActorSpan) -> bool:
    """Is ``x`` the source of the information an operation acted on («وبناءً على معلومات
    استخبارية دقيقة من جهاز المخابرات، نفذت ضربة جوية»)? It told; it did not strike."""
    for k in (x.tok - 1, x.tok - 2):  # «من جهاز المخابرات»: a head word may stand between
        if k >= 1 and s.norms[k] == _FROM:
            return any(s.norms[j] in _INFORMATION for j in range(max(0, k - _INFORMANT_REACH), k))
    return False


_PLURAL_VERB_END: Final = "\u0648\u0627"  # وا: «استهدفوا»، «قصفوا»


def _verb_of_instrument(group: list[Candidate], best: Candidate) -> Candidate | None:
    """The plural attack verb of ``best``'s clause whose instrument ``best`` is, when ``best`` is a
    weapon marked by «ب» after it («أن مجاهديها استهدفوا تجمعاً ... بالأسلحة الصاروخية»): the
    verb agrees with a subject before it, so it orders subject and object, not the weapon at the
    clause's end. A singular verb may open a VSO clause whose subject the weapon follows
    («استهدفت فصائل "الفتح المبين" بقذائف المدفعية مواقع»), the weapon's reading stands."""
    if _BA not in best.prefix and not _joined_instrument(best):
        return None
    verbs = [c for c in group if c.tok < best.tok and c.clause == best.clause and c.trigger.pos in VERB_POS
             and c.trigger.mode in ATTACK_MODES and c.key.endswith(_PLURAL_VERB_END)]
    return verbs[-1] if verbs else None


_INSTRUMENT_REACH: Final = 3  # «بالأسلحة الرشاشة والقذائف»: words from the first weapon to the joined one
_BI_AL: Final = normalize_key("بال")  # «ب» + the article: a definite instrument («بالأسلحة»)


def _joined_instrument(best: Candidate) -> bool:
    """Is ``best`` a weapon joined by «و» to an instrument marked by «ب» right before it
    («بالأسلحة الرشاشة والقذائف الصاروخية»)? It is the verb's instrument too."""
    if not best.prefix.startswith(_AND):
        return False
    norms = best.sent.norms
    return any(norms[k].startswith(_BI_AL) for k in range(max(0, best.tok - _INSTRUMENT_REACH), best.tok))


def _weapon_owner(x: ActorSpan, group: list[Candidate]) -> bool:
    """Is ``x`` the owner of a weapon the group's trigger names, «تابعة لـ X» right after it
    («طائرة مسيرة تابعة للجيش»)? Then X fired it. After a target («نقطة تفتيش تابعة للجيش»)
    «تابعة» marks whose post was hit, so only a weapon trigger ending right before counts."""
    return x.tok >= 1 and any(c.trigger.mode in _OWNED_WEAPON_MODES and c.tok_end == x.tok - 1
                              or _aircraft_subject(c, x.tok - 1) or _force_subject(c, x.tok) for c in group)


# a force named by whom it belongs to, as a verb's subject: «سيطرت قوات تابعة لحكومة الوحدة الوطنية»
_FORCE_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "قوات", "قوة", "عناصر", "مسلحون", "مسلحين", "مقاتلون", "مقاتلين", "وحدات", "وحدة", "فصائل", "ميليشيات", "مليشيات",
    "دورية", "مجموعة", "مفرزة"))


def _force_subject(c: Candidate, owner: int) -> bool:
    """Is the word right after verb trigger ``c`` a force noun, «تابعة» right after it, and the
    owner at token ``owner`` right after that (or after its head: «عناصر تابعة لتنظيم داعش»):
    «سيطرت قوات تابعة لحكومة الوحدة الوطنية على حي أبو سليم»? Then the owner acted."""
    s = c.sent
    k = c.tok_end
    return c.trigger.pos in VERB_POS and k + 2 <= owner <= k + 3 and s.norms[k] in _FORCE_NOUNS \
        and s.norms[k + 1] in _BELONGING_TO


def _aircraft_subject(c: Candidate, belong: int) -> bool:
    """Are the words from the end of verb trigger ``c`` to token ``belong`` («تابعة») an aircraft
    (``aircraft.tsv``), the verb's subject in VSO order: «قصفت طائرة تابعة للجيش السوداني سوقا»،
    «استهدفت طائرة مسيرة تابعة للدعم السريع»? Then the owner named after «تابعة» fired."""
    if c.trigger.pos not in VERB_POS or not c.tok_end < belong <= c.tok_end + 3:
        return False
    return " ".join(c.sent.norms[c.tok_end:belong]) in aircraft_names()


_UNDERTAKE_REACH: Final = 8  # words (marks aside) from «قامت» to the deed it carries («قامت الجماعة في ديسمبر 2005 بخطف»)


def _group_subject(doc: Doc, s: SentenceCtx, group: list[Candidate]) -> ActorSpan | None:
    """A definite group noun right after a finite trigger verb is its subject: «وخطفت الحركة
    عشرات العاملين الأجانب»، «وأعلنت ... أن الجماعة هاجمت», or right after a light verb of doing
    whose «ب» deed is the trigger («وقامت الجماعة ... بخطف تسعة جنود») (VSO; the listed nouns of
    ``data/armed_anaphors.tsv``: «الحركة»، «الجماعة»، «التنظيم»، «المسلحون» ...). The noun points back
    to a group the article named (:mod:`hadath.events.anaphora`: the one named armed group
    before it), and when the article names none or several it is an unidentified armed group
    with the noun as its text: ACLED codes an unnamed attacker so, and the noun is the words that
    name it. Only when no actor was read for actor1 (the noun is no entity nor generic actor).
    """
    n = len(s.norms)
    for c in group:
        i = c.tok_end
        undertaken = -1
        if _BA in c.prefix:
            undertaken = next((cue.tok + 1 for cue in s.cues if cue.kind in UNDERTAKE_KINDS
                               and 0 < c.tok - cue.tok and sum(s.alpha[cue.tok:c.tok]) <= _UNDERTAKE_REACH), -1)
        if undertaken > 0:
            i = undertaken  # «وقامت الجماعة في ديسمبر 2005 بخطف تسعة جنود»: the subject of «قامت»
        elif c.trigger.pos not in VERB_POS or c.key.startswith(_AL_PREFIX) or _LAM_CLITIC in c.prefix or i >= n:
            continue
        if i >= n:
            continue
        start, end = s.tok_starts[i], s.ends[i]
        if not anaphora.refers_back(doc, start, end):
            continue
        text = doc.raw[start:end]
        ante = anaphora.referent(doc, start, end, {})
        named = _resolve_named(doc, ante) if ante is not None else None
        if named is not None:
            actor = with_text(named, text)
        else:
            actor = trusted(Actor, {"name": fill_country(f"{UNIDENTIFIED} Armed Group ({{country}})", country_name(doc.country)),
                                    "text": text, "inter": 3, "country": doc.country})
        return ActorSpan(start, end, i, i + 1, actor, "armed", c.clause)
    return None




_MANNER: Final = frozenset(normalize_key(w) for w in (
    "جوية", "جوي", "الجوية", "الجوي", "صاروخية", "صاروخي", "الصاروخية", "الصاروخي", "مدفعي", "مدفعية",
    "المدفعي", "المدفعية", "عنيفة", "عنيف", "العنيفة", "العنيف", "مكثفة", "مكثف", "المكثفة", "المكثف",
    "جديدة", "جديد", "الجديدة", "الجديد", "متواصلة", "متواصل", "المتواصلة", "المتواصل", "بري", "برية",
    "البري", "البرية", "مسيرة", "المسيرة", "دامية", "الدامية",
))  # words that may stand between an attack noun and its nationality: «غارة جوية إسرائيلية»


_ADJ_ENDINGS: Final = ("\u064a", "\u064a\u0647")  # normalised ي / يه: «إسرائيلي», «إسرائيلية» (not ين، ون)


def _support_subject(s: SentenceCtx, group: list[Candidate], rest: list[ActorSpan]) -> ActorSpan | None:
    """The subject of a support verb whose object is the attack noun: «ونفذ الجيش الباكستاني
    ضربة جوية»، «سلاح الجو الإسرائيلي يشن غارة»، «إن المتمردين شنوا الهجوم بسيارة مفخخة
    يقودها انتحاري».

    Arabic names many attacks with a noun that a light verb carries (شن، نفذ، ارتكب: «launched
    a strike», «carried out an attack»); that verb's subject is the attacker ACLED codes, not
    the device or the bomber the noun phrase goes on to describe, nor a group named before
    the verb in another role. The verb stands at most :data:`_SUPPORT_REACH` words before the
    noun in its clause; its subject comes between them (verb first) or right before the verb,
    nothing between («أقر التحالف في افغانستان، انه نفذ ضربات جوية» is the speaker's own).
    Only armed, state and named actors: «قامت امرأة بتفجير نفسها» is the bomber's description.
    """
    tf = s.token_forms()
    for c in sorted(group, key=lambda c: c.tok):
        if c.trigger.pos == "verb" and not c.key.startswith(_AL_PREFIX):
            continue  # a finite verb has its own subject
        v = _support_verb(s, tf, c)
        if v < 0:
            continue
        agents = [x for x in rest if x.role in DOER_ROLES] + _countries(s)
        between = [x for x in agents if v < x.tok and x.tok_end <= c.tok]
        if between:
            return min(between, key=lambda x: x.tok)
        before = [x for x in agents if x.tok_end == v]  # not across «، انه»: the speaker's pronoun acts
        if not before and c.trigger.mode == _SUICIDE:
            # «12 امرأة نفذت عمليات انتحارية»: a person who carried out a suicide attack is its
            # bomber, an unidentified armed actor (:func:`_armed_doer`), not civilians
            before = [_armed_doer(x) for x in rest if x.tok_end == v and x.role == "civilian"]
        return max(before, key=lambda x: x.tok) if before else None
    return None


def _support_verb(s: SentenceCtx, tf: TokenForms, c: Candidate) -> int:
    """The token of the nearest support verb («شن»، «نفذ»، «ارتكب») before the attack noun of
    ``c``, at most :data:`_SUPPORT_REACH` words back in its clause, else -1."""
    first = max(s.clause_starts[c.clause], c.tok - _SUPPORT_REACH)
    norms, stems = s.norms, s.stems
    for v in range(c.tok - 1, first - 1, -1):
        if norms[v] in _SUPPORT_NORMS or stems[v] in _SUPPORT_VERBS:  # ``tf[v]`` meets _SUPPORT_VERBS
            return v
    return -1


def _countries(s: SentenceCtx) -> list[ActorSpan]:
    """Country names in the sentence as their military («إن إسرائيل نفذت ضربة جوية»: ACLED codes a
    state's attack to its forces), for :func:`_support_subject` only."""
    military = generic_for("MIL")
    if military is None:
        return []
    out = []
    for m in s.ents:
        place = getattr(m, "place", None)
        if m.type != "GPE" or place is None or getattr(place, "kind", None) != _COUNTRY_KIND or not place.country:
            continue
        i = max(0, bisect_right(s.tok_starts, m.start) - 1)
        j = max(i + 1, bisect_left(s.tok_starts, m.end))
        actor = resolve_actor(military, m.text, place.country)
        out.append(ActorSpan(m.start, m.end, i, j, actor, "state", s.clause_of(i)))
    return out


# the abduction triggers that name the people taken, not the deed («مقتل الرهينة النمساوي»: the
# nationality after them is the hostage's, not an attacker's)
_HOSTAGE_NOUNS: Final = frozenset(normalize_key(p + w) for p in ("", "ال") for w in (
    "رهينة", "رهائن", "رهينتين", "رهينتان", "مخطوف", "مخطوفين", "مخطوفون", "مختطف", "مختطفين", "مختطفون"))


_STRIKE_BLOWS: Final = frozenset(normalize_key(w) for w in ("ضربة", "ضربات", "ضربتين", "ضربتان"))
_BLOW_CLITICS: Final = "\u0628\u0648\u0641\u0644"  # ب و ف ل: «بضربة»، «وضربات»
# the same with a clitic, tested at C speed before the sentence's tokens are read one by one
_STRIKE_BLOW_FORMS: Final = _STRIKE_BLOWS | frozenset(c + w for c in _BLOW_CLITICS for w in _STRIKE_BLOWS)


def _national_agent(s: SentenceCtx, group: list[Candidate]) -> ActorSpan | None:
    """The state whose nationality an attack noun carries: «غارة جوية إسرائيلية», «القصف
    التركي», «ضربات أمريكية». ACLED codes such a strike to that state's military. Only the
    singular adjective that follows the attack word, across manner words: a plural is
    people («هاجم فلسطينيون», the verb's subject), casualty words have victims («جنود
    إسرائيليين»), and «غارة على مواقع إسرائيلية» puts the nationality on the target."""
    military = generic_for("MIL")  # "Military Forces of {country}"
    if military is None:
        return None
    nis = nisba_index()
    norms = s.norms
    ends = [c.tok_end for c in group if c.trigger.plover == "ASSAULT" and c.trigger.mode != "casualty"
            and c.key not in _HOSTAGE_NOUNS]
    if group and s.stems and not (_STRIKE_BLOW_FORMS.isdisjoint(norms) and _STRIKE_BLOWS.isdisjoint(s.stems)):
        # «قُتل شخصان في ضربة إسرائيلية بمسيّرة»: «ضربة» is no trigger of its own («ضربة جزاء»)
        # but carries the striking state's adjective in the clause of an attack or death
        lo = s.clause_starts[min(c.clause for c in group)]
        hi = min(s.clause_stop(max(c.clause for c in group)), len(norms))
        ends += [k + 1 for k in range(lo, hi) if s.stems[k] in _STRIKE_BLOWS
                 or (norms[k][:1] in _BLOW_CLITICS and norms[k][1:] in _STRIKE_BLOWS)]
    for end in ends:
        for i in range(end, min(end + 3, len(norms))):
            w = norms[i]
            iso = nis.get(w)
            if iso is not None and w.endswith(_ADJ_ENDINGS):
                actor = resolve_actor(military, s.texts[i], iso)
                return ActorSpan(s.tok_starts[i], s.ends[i], i, i + 1, actor, "state", s.clause_of(i))
            if w not in _MANNER:
                break
    return None


_AIRCRAFT_REACH: Final = 8  # tokens from the aircraft noun to the attack («طائرات "إف 16" العراقية نفذت ضربة»)
_MODEL_WORDS: Final = 3  # the aircraft's model between the noun and its nationality («"إف 16"»، «سوخوي 24»)


def _aircraft_nationality(s: SentenceCtx, group: list[Candidate]) -> ActorSpan | None:
    """The state whose aircraft, named by its model, carried the attack out: «أن طائرات "إف 16"
    العراقية نفذت ضربة جوية»، «قصفت طائرات سوخوي الروسية». The aircraft noun
    (``aircraft.tsv``) within :data:`_AIRCRAFT_REACH` words before the attack word, then at most
    :data:`_MODEL_WORDS` tokens of its model (not a word of the dictionary's nisbas), then the
    nationality adjective."""
    military = generic_for("MIL")
    if military is None:
        return None
    planes = aircraft_names()
    nis = nisba_index()
    norms = s.norms
    for c in group:
        if c.trigger.plover != "ASSAULT" or c.trigger.mode == "casualty":
            continue
        first = max(s.clause_starts[c.clause], c.tok - _AIRCRAFT_REACH)
        # before the attack word, or its subject right after it («قصفت طائرات سوخوي الروسية»)
        for i in [*range(first, c.tok), c.tok_end]:
            if i >= len(norms) or norms[i] not in planes:
                continue
            model = 0
            for k in range(i + 1, len(norms) if i > c.tok else c.tok):
                if s.texts[k] in _OPENING_MARKS:
                    continue  # «"إف 16"»: marks around the model
                if model > _MODEL_WORDS:
                    break
                model += 1
                iso = nis.get(norms[k])
                if iso is not None and norms[k].endswith(_ADJ_ENDINGS):
                    if k == i + 1:
                        break  # «طائرات أمريكية»: the lexicons' own reading
                    return ActorSpan(s.tok_starts[k], s.ends[k], k, k + 1, resolve_actor(military, s.texts[k], iso),
                                     "state", s.clause_of(k))
                if s.alpha[k] and norms[k] in nis:
                    break
    return None


_BELIEVED: Final = frozenset(normalize_key(w) for w in (
    "يعتقد", "ويعتقد", "يرجح", "ويرجح", "يشتبه", "يبدو", "يظن"))  # «طائرة بدون طيار، يعتقد أنها أميركية»
_IT_IS: Final = frozenset(normalize_key(w) for w in ("أنها", "انها", "بأنها", "إنها", "أنه", "بأنه", "أنهما", "أنهم"))


def _hedged_nationality(s: SentenceCtx, group: list[Candidate]) -> ActorSpan | None:
    """The state an air strike is believed to be of, as the report hedges it right after the
    aircraft: «أطلقت طائرة بدون طيار، يعتقد أنها أميركية، صاروخا» (a verb of belief, «أنها»,
    then the singular nationality adjective). ACLED codes such a strike to that state's
    military, as the sources attribute it."""
    military = generic_for("MIL")
    if military is None:
        return None
    nis = nisba_index()
    norms = s.norms
    for c in group:
        if c.trigger.mode != "aerial":
            continue
        i = c.tok_end
        while i < len(norms) and not s.alpha[i] and not norms[i][:1].isdigit():
            i += 1  # the comma that opens the aside
        if i + 2 < len(norms) and norms[i] in _BELIEVED and norms[i + 1] in _IT_IS:
            found = _military_of_adjective(s, i + 2, military, nis)
            if found is not None:
                return found
    return None


def _military_of_adjective(s: SentenceCtx, k: int, military: ActorEntry, nis: dict[str, str]) -> ActorSpan | None:
    """The military of the state whose nationality adjective token ``k`` is («أميركية»،
    «تركية»: a feminine or masculine nisba of ``nisba_index``), as an actor span; else None."""
    w = s.norms[k]
    iso = nis.get(w)
    if iso is None or not w.endswith(_ADJ_ENDINGS):
        return None
    return ActorSpan(s.tok_starts[k], s.ends[k], k, k + 1, resolve_actor(military, s.texts[k], iso), "state", s.clause_of(k))


def _country_subject(s: SentenceCtx, group: list[Candidate]) -> ActorSpan | None:
    """A country named right before a finite verb of attack, as the clause's first word: «إسرائيل
    تغتال 5 من جيش الإسلام في غزة»، «وقالت المصادر إن تركيا قصفت مواقع» (SVO: the state acted,
    ACLED codes it to its military). Not after a preposition nor with one on the name («في
    سوريا قتل»), and not before a verb of killing or dying, whose subject may be its victim."""
    countries = None
    for c in group:
        if c.trigger.pos not in VERB_POS or c.key.startswith(_AL_PREFIX) or c.prefix \
                or c.trigger.mode in _VICTIM_MODES:
            continue
        if countries is None:
            countries = _countries(s)
        for x in countries:
            if x.tok_end != c.tok or s.norms[x.tok][:1] in _GOVERNING:
                continue
            k = x.tok - 1
            if k < 0 or not s.alpha[k] or s.norms[k] in _COMPLEMENTISERS or s.norms[k] == _AND \
                    or k == s.clause_starts[s.clause_of(x.tok)] - 1:
                return x
    return None


_MILITARY_TARGETS: Final = frozenset(normalize_key(w) for w in (  # what an army holds: «قاعدة تركية»
    "قاعدة", "القاعدة", "موقع", "موقعا", "مواقع", "نقطة", "نقاط", "رتل", "رتلا", "دورية", "آليات",
    "آلية", "ثكنة", "مقر", "مقرا", "تجمع", "تجمعات", "تحصينات", "مدرعة", "دبابة"))


def _national_target(s: SentenceCtx, group: list[Candidate]) -> ActorSpan | None:
    """The state whose military the attack's object belongs to by its nationality adjective:
    «ردت «قسد» باستهداف قاعدة تركية»، «قصفت مواقع إسرائيلية»، «هاجموا دورية أمريكية» (ACLED
    actor2: that state's military). The object noun right after an attack word (or its «على»),
    its adjective right after it."""
    military = generic_for("MIL")
    if military is None:
        return None
    nis = nisba_index()
    norms = s.norms
    for c in group:
        if c.trigger.plover != "ASSAULT" or c.trigger.mode == "casualty":
            continue
        i = c.tok_end
        if i < len(norms) and norms[i] in _ON:
            i += 1
        if i + 1 < len(norms) and norms[i].removeprefix(_LAM_CLITIC) in _MILITARY_TARGETS:
            found = _military_of_adjective(s, i + 1, military, nis)
            if found is not None:
                return found
    return None


_ON: Final = frozenset({normalize_key("على")})


def _protesting_people(s: SentenceCtx, best: Candidate) -> ActorSpan | None:
    """People named by nationality right after a protest word are that country's
    protesters: «تظاهر مئات الفلسطينيين» -> Protesters (Palestine). Only a plural (people,
    not the adjective of a noun: «احتجاجات طلابية فلسطينية»), within a count's reach."""
    template = generic_actor("protester")
    if template is None:
        return None
    nis = nisba_index()
    norms = s.norms
    for i in range(best.tok_end, min(best.tok_end + 4, len(norms))):
        w = norms[i]
        iso = nis.get(w)
        if iso is not None and not w.endswith(_ADJ_ENDINGS):
            actor = Actor(name=fill_country(template.name, country_name(iso)), text=s.texts[i],
                          inter=template.inter, country=iso)
            return ActorSpan(s.tok_starts[i], s.ends[i], i, i + 1, actor, "protester", s.clause_of(i))
        if not w[:1].isalpha():
            break
    return None


_SOUND_PLURAL_ENDS: Final = ("\u0648\u0646", "\u064a\u0646")  # ون ين: no construct head
_CHAIN_WORDS: Final = 3  # words of the genitive after a people noun: «طلاب جامعة الخرطوم»


def _people_head(s: SentenceCtx, i: int) -> bool:
    """Token ``i`` is a noun of people who may protest, not governed by «ل/ب»: a civilian or
    protester noun (generic_actors.tsv) or a populace word (cues.tsv)."""
    if s.norms[i][:1] in _GOVERNING:
        return False
    if any(cue.kind == POPULACE and cue.tok == i for cue in s.cues):
        return True
    return any(g.payloads[0].role in _VICTIM_ROLES and bisect_right(s.tok_starts, g.start) - 1 == i
               and not any(p in g.prefix for p in _GOVERNING) for g in s.generic or ())


def _kin_of(doc: Doc, s: SentenceCtx, x: ActorSpan) -> ActorSpan:
    """A protest's actor1 worded with the people noun it is in construct with: «وتجمع ذوو
    المعتقلين أمام وزارة العدل» (the detainees' families protest, not the detainees),
    «اعتصم أهالي المفقودين»، «تظاهرت أمهات الجنود المفقودين»، «نظمت عائلات المعتقلين وقفة».

    Arabic names such a crowd by a head noun of people (kin, work, followers, residents:
    :func:`_people_head`) and a genitive after it. When the actor found is the genitive, the
    head right before it says who protested; when it is the head alone («أهالي»), the genitive
    after it (to its first definite word or a name's end, :data:`_CHAIN_WORDS` words at most)
    says whose; a sound plural with its «ن» («مواطنون»، «متظاهرين») or a protester noun heads no
    genitive, nor does one person («أضرم شاب النار في نفسه») or a definite noun (the verb's object may come next: «قطع مواطنون الطريق»،
    «قطع الأهالي الطريق»، «رشق متظاهرون قوات الأمن»:
    a protest word, «متظاهرون»، «محتجون», is no head either). The actor becomes the protesters of its country with those words (ACLED's actor1
    of a protest is who protests; the families' detained relatives are what it is about)."""
    if x.role not in _VICTIM_ROLES and x.role != "named" and not x.generic:
        return x
    first, last = x.tok, x.tok_end
    if first > 0 and s.alpha[first - 1] and s.clause_of(first - 1) == x.clause and _people_head(s, first - 1):
        first -= 1
    elif last == first + 1 and not s.norms[first].endswith(_SOUND_PLURAL_ENDS) \
            and not s.norms[first].lstrip(_AND).startswith(_AL_PREFIX) and s.norms[first] not in tally.counted_people().one \
            and _people_head(s, first) \
            and not any(o.tok == first and o.trigger.plover == "PROTEST" for o in s.candidates):
        trig = {o.tok for o in s.candidates}
        names = [(bisect_right(s.tok_starts, m.start) - 1, bisect_left(s.tok_starts, m.end)) for m in s.ents]
        j = last
        while j < len(s.norms) and j - last < _CHAIN_WORDS and s.alpha[j] and s.norms[j] not in _PHRASE_STOPS \
                and j not in trig and not _lam_prefixed(s, j) and s.clause_of(j) == x.clause \
                and not any(cue.tok == j and cue.kind in _PHRASE_STOP_KINDS for cue in s.cues):
            name = next((b for a, b in names if a == j), None)
            if name is not None:
                j = max(j + 1, name)
                break
            j += 1
            if s.norms[j - 1].startswith(_AL_PREFIX):
                break
        last = j
    if (first, last) == (x.tok, x.tok_end):
        return x
    template = generic_actor("protester")
    if template is None:
        return x
    country = x.actor.country or doc.country
    start, end = s.tok_starts[first], s.ends[last - 1]
    actor = trusted(Actor, {"name": fill_country(template.name, country_name(country)), "text": doc.raw[start:end],
                            "inter": template.inter, "country": country})
    return ActorSpan(start, end, first, last, actor, "protester", x.clause)


def _crowd_phrase(doc: Doc, s: SentenceCtx, best: Candidate, rest: list[ActorSpan]) -> ActorSpan | None:
    """The crowd a finite protest verb counts right after it, as its protesters: «تظاهر مئات من
    خريجي الجامعات أمام الوزارة» -> Protesters with the text «مئات من خريجي الجامعات».

    A time word and an approximation («نحو»، «أكثر من») may come first; the crowd starts with
    a crowd word («مئات»، «آلاف»; cues.tsv kind crowd), a vague quantity («عدد من»; kind some)
    or a count of people (:func:`hadath.events.stage` checks people follow it), and runs over
    the words after it up to a preposition, a time word, a purpose or chant word or
    punctuation, :data:`_CROWD_WORDS` words at most. The actor is ACLED's protesters of the
    article's country; the words say who they are.
    """
    if best.trigger.pos != "verb" or best.key.startswith("\u0627\u0644") or best.trigger.plover != "PROTEST":
        return None
    n = len(s.norms)
    kinds_at: dict[int, set[str]] = {}
    for cue in s.cues:
        kinds_at.setdefault(cue.tok, set()).add(cue.kind)
    nums = set(s.num_toks)
    i = best.tok_end
    for _ in range(3):  # «تظاهر امس نحو ...»: a time word and an approximation may come first
        if i >= n or kinds_at.get(i, _NOTHING) & CROWD_KINDS or i in nums:
            break
        if "time" not in kinds_at.get(i, _NOTHING) and s.norms[i] not in _APPROX:
            return None
        i += 1
    if i >= n:
        return None
    if not kinds_at.get(i, _NOTHING) & CROWD_KINDS:
        if i not in nums or not any(kinds_at.get(j, _NOTHING) & PEOPLE_KINDS or any(x.tok == j for x in rest)
                                    for j in range(i + 1, min(n, i + 4))):
            return None  # «تجمع 3 أيام»: a count of people only
    j = i + 1
    while j < n and j - i <= _CROWD_WORDS and (s.alpha[j] or s.norms[j][:1].isdigit()) and s.norms[j] not in _PHRASE_STOPS \
            and not kinds_at.get(j, _NOTHING) & _PHRASE_STOP_KINDS and not _lam_prefixed(s, j):
        j += 1
    for x in rest:  # a name the crowd's words run into is theirs: «مئات من عناصر وكوادر جماعة الإخوان المسلمين»
        if i < x.tok <= j < x.tok_end:
            j = x.tok_end
    template = generic_actor("protester")
    if template is None:
        return None
    country = next((x.actor.country for x in rest if i <= x.tok < j and x.actor.country), None) or doc.country
    start, end = s.tok_starts[i], s.ends[j - 1]
    actor = trusted(Actor, {"name": fill_country(template.name, country_name(country)), "text": doc.raw[start:end],
                            "inter": template.inter, "country": country})
    return ActorSpan(start, end, i, j, actor, "protester", s.clause_of(i))


_ABDUCT_VERB_FORMS: Final = frozenset(p + normalize_key(w) for p in ("", "\u0648", "\u0641") for w in (
    "خطف", "خطفت", "خطفوا", "اختطف", "اختطفت", "اختطفوا"))  # finite past abduction verbs, bare or with و/ف
_ADVERBS: Final = frozenset(normalize_key(w) for w in ("أيضا", "أيضاً", "كذلك", "بدوره", "بدورها", "بدورهم"))  # no object
_OBJECT_WORDS: Final = 3  # words of an abducted person's description: «مهندسا تركيا»، «القنصل الأفغاني العام»


def _abducted_object(doc: Doc, s: SentenceCtx, best: Candidate, actor1: ActorSpan | None) -> ActorSpan | None:
    """The person a finite abduction verb takes as its object, described by words no lexicon
    knows as an actor: «اختطف مسلحون مجهولون مهندسا تركيا في كركوك»، «إن مجهولين خطفوا القنصل
    الأفغاني العام في بيشاور»، «خطف موظف بريطاني» (the unvowelled passive: its subject is the
    abducted). ACLED codes such a victim as civilians, of the country a nationality adjective
    among the words names («تركيا» -> Turkey), else of the article's. The words start after the
    verb, time words and adverbs («أيضا») and the subject right after it (actor1, VSO), and run to a preposition,
    punctuation or a place or time word, :data:`_OBJECT_WORDS` at most, or end with a
    nationality; counted soldiers or fighters are an actor read before («اختطفوا سبعة جنود»),
    and «أربعة مهندسين» are civilians as any other description."""
    if best.trigger.pos not in {"verb", "phrase"} or s.norms[best.tok] not in _ABDUCT_VERB_FORMS:
        return None
    kinds_at: dict[int, str] = {}
    for cue in s.cues:
        kinds_at.setdefault(cue.tok, cue.kind)
    n = len(s.norms)
    i = best.tok_end
    while i < n and (kinds_at.get(i) == "time" or s.norms[i] in _ADVERBS):
        i += 1
    if actor1 is not None and actor1.tok == i:
        i = actor1.tok_end
        while i < n and (kinds_at.get(i) == "time" or s.norms[i] in _ADVERBS):
            i += 1  # «وخطف مسلحون امس مصورا فرنسيا»، «وخطف مسلحون أيضا ...»
    if i < n and _describes_doers(s.norms[i]):
        # «اختطف مسلحون يستقلون دراجات نارية 25 راكباً»: how the gunmen came, then whom they took
        tf = s.token_forms()
        i = next((k for k in range(i + 1, min(n, i + 1 + _DOER_ASIDE)) if _is_count(s, tf, k)), n)
        if i < n:
            i += 1  # past the count: the noun it counts describes the taken
    nis = nisba_index()
    j = i
    while j < n and j - i < _OBJECT_WORDS and s.alpha[j] and s.norms[j] not in _PHRASE_STOPS \
            and kinds_at.get(j) not in {"time", "place"} and not _lam_prefixed(s, j):
        j += 1
        if j - 1 > i and s.norms[j - 1] in nis:
            break  # the nationality closes the description: «موظف بريطاني» (not «يعمل في ...»)
    if j == i or s.norms[i] in _PARTICLE_QAD:
        return None
    template = generic_actor("civilian")
    if template is None:
        return None
    country = next((nis[w] for w in s.norms[i:j] if w in nis), None) or doc.country
    start, end = s.tok_starts[i], s.ends[j - 1]
    actor = trusted(Actor, {"name": fill_country(template.name, country_name(country)), "text": doc.raw[start:end],
                            "inter": template.inter, "country": country})
    return ActorSpan(start, end, i, j, actor, "civilian", s.clause_of(i))


_DOER_ASIDE: Final = 4  # words of a description of the doers («يستقلون دراجات نارية») before the count


def _describes_doers(word: str) -> bool:
    """Is the normalised ``word`` an imperfect plural verb right after the doers, describing
    them («يستقلون»، «يرتدون»، «يحملون»)?"""
    return len(word) > 4 and word[0] in "\u064a\u062a" and word.endswith("\u0648\u0646")


def _speaker_of_our_forces(s: SentenceCtx, best: Candidate, spans: list[ActorSpan],
                           actor2: ActorSpan | None) -> ActorSpan | None:
    """The armed body whose statement says «our fighters» (or «its forces») did the deed: «كتيبة
    طوباس التابعة لسرايا القدس في بيان: مقاتلونا استهدفوا آليات الاحتلال»، «أعلن الجيش النيجيري
    أن قواته حررت 25 طالباً وقتلت خمسة من الخاطفين», «its» only as the subject of what was said
    (right after «أن»: «نعت الألوية أحد مقاتليها» mourns a fighter). The possessive, before the
    deed, names the speaker, the last armed or state side named before it in the sentence (not
    the one hit)."""
    norms = s.norms
    k = next((i for i in range(min(best.tok, len(norms))) if norms[i] in _OUR_FORCES
              or (norms[i] in _ITS_FORCES and i > 0 and norms[i - 1] in _COMPLEMENTISERS)), -1)
    if k < 0:
        return None
    return next((x for x in reversed(spans) if x.tok_end <= k and x.role in DOER_ROLES
                 and (actor2 is None or x.actor.name != actor2.actor.name)), None)


_OUR_FORCES: Final = frozenset(normalize_key(w) for w in (
    "مقاتلونا", "مقاتلينا", "قواتنا", "عناصرنا", "مجاهدونا", "مجاهدينا", "أبطالنا", "وحداتنا", "جنودنا",
    "ومقاتلونا", "وقواتنا", "وعناصرنا", "ومجاهدونا", "ووحداتنا", "وجنودنا"))
_ITS_FORCES: Final = frozenset(normalize_key(w) for w in (
    "قواته", "قواتها", "وحداته", "وحداتها", "جنوده", "جنودها", "مقاتلوه", "مقاتليه", "مقاتلوها", "مقاتليها"))


def _plural_verb(norm: str) -> bool:
    """Does the verb carry its plural subject («استهدفوا»، «قصفوا»)? A verb before its subject is
    singular in Arabic, so the name after a plural one is its object: «مقاتلونا استهدفوا آليات
    الاحتلال بعبوات ناسفة» (the fighters hit the occupation's vehicles)."""
    return len(norm) > 4 and norm.endswith(_PLURAL_SUFFIX)


_PLURAL_SUFFIX: Final = "\u0648\u0627"  # وا


def _lam_prefixed(s: SentenceCtx, i: int) -> bool:
    """Token ``i`` carries the preposition ل («للتعبير عن فرحهم»، «لمطالبة»): the crowd's words end before it."""
    norm = s.norms[i]
    return norm.startswith(_LAM_CLITIC) and s.stems[i] != norm


def _talk_parties(s: SentenceCtx, best: Candidate, mine: list[ActorSpan], assoc: list[ActorSpan]) -> Arguments:
    """The two sides of talks or an agreement (ACLED: both parties, neither «acts on» the other).

    «بين X وY» gives both; «مع Y» gives the counterpart and the other side is the subject:
    the actor right after a verbal trigger («تفاوضت الحكومة مع ...») or the one that
    announced the talks before it («أعلنت قيادة العمليات أن مفاوضات تجري مع وجهاء ...»):
    an announcer of its own talks is a party.
    """
    tf = s.token_forms()
    after = [x for x in mine if x.tok >= best.tok_end and x not in assoc]
    before = [x for x in mine if x.tok < best.tok and x not in assoc]
    a1: ActorSpan | None = None
    a2: ActorSpan | None = None
    for i, x in enumerate(after):
        if x.tok > 0 and not _word_before(s, tf, x.tok).isdisjoint(_BETWEEN) and i + 1 < len(after):
            a1, a2 = x, after[i + 1]
            break
        if x.tok > 0 and _WITH_ONLY in _word_before(s, tf, x.tok):
            a2 = x
            break
    if a1 is None:
        verbal = best.trigger.pos == "verb" and not best.key.startswith("\u0627\u0644")
        if verbal and after and after[0] is not a2 and after[0].tok - best.tok_end <= 1:
            a1 = after[0]
        elif before:
            # «وزير الدفاع السوري مرهف أبو قصرة»: a title and the name after it are one party
            units = [before[0]]
            for x in before[1:]:
                if x.tok == units[-1].tok_end and x.actor.name == units[-1].actor.name:
                    continue
                units.append(x)
            a1 = units[-1]
            if a2 is None and len(units) > 1 and _joined_by_wa(s, _unit_end(before, units[-2]), units[-1]):
                a1, a2 = units[-2], units[-1]  # «وقّعت الحكومة اليمنية وجماعة الحوثي ... اتفاقاً»: both sides
    if a1 is not None and a2 is not None and a1.actor.name == a2.actor.name and a1.actor.text == a2.actor.text:
        a2 = None
    spans = [(x.start, x.end) for x in (a1, a2) if x is not None]
    return Arguments(a1.actor if a1 else None, a2.actor if a2 else None,
                     [x.actor for x in assoc if x is not a1 and x is not a2], spans)


_MET_FORCE_MODES: Final = frozenset({"clash", "riot"})  # «واشتبك آلاف المصلين ... مع عناصر من القوة التنفيذية»


def _unit_end(spans: list[ActorSpan], first: ActorSpan) -> ActorSpan:
    """The last span of the party that starts with ``first``: its title's name right after it."""
    last = first
    for x in spans:
        if x.tok == last.tok_end and x.actor.name == last.actor.name:
            last = x
    return last


def _joined_by_wa(s: SentenceCtx, x: ActorSpan, y: ActorSpan) -> bool:
    """Are ``x`` and ``y`` two names joined by «و» and nothing else («الحكومة اليمنية وجماعة
    الحوثي»): one subject of two parties?"""
    if y.tok == x.tok_end:
        return s.norms[y.tok][:1] == _AND_CHAR and y.start > s.tok_starts[y.tok]
    return y.tok == x.tok_end + 1 and s.norms[x.tok_end] == _AND_CHAR


_AND_CHAR: Final = "\u0648"  # و


_QUOTE_NORMS: Final = frozenset({QUOTE_NORM, "'"})  # normalisation writes «» “” and " all as QUOTE_NORM


# «بينها وبين X»: «between it and X», the first side a pronoun for a side named before
_AND_BETWEEN: Final = normalize_key("وبين")
_BETWEEN_IT: Final = frozenset(normalize_key(w) for w in ("بينها", "بينه", "بينهم", "بينهما", "بينهن"))


def _between_it_and(norms: list[str], i: int) -> bool:
    """Is the side at token ``i`` the «X» of «بينها وبين X»?"""
    return i >= 2 and norms[i - 1] == _AND_BETWEEN and norms[i - 2] in _BETWEEN_IT


def _word_before(s: SentenceCtx, tf: TokenForms, i: int) -> frozenset[str]:
    """Forms of the word before token ``i``, across quotation marks: in «بين "جهاز الردع"
    و"اللواء 444"» the name's previous word is «بين», not the mark."""
    j = i - 1
    norms = s.norms
    quoted = False
    while j > 0 and norms[j] in _QUOTE_NORMS:
        j -= 1
        quoted = True
    if quoted and j > 0 and norms[j] in _FORCE_HEADS:
        j -= 1  # «بين قوات «جهاز دعم الاستقرار»»: the head before the marks is the name's
    # «بين عناصر من تنظيم داعش وقوات الأمن»، «مع مسلحين من فصيل «رجال الكرامة»»: the side is
    # the named group; the word before it is the one before its members' noun
    k = j - 1 if j > 0 and norms[j] in _SIDE_HEADS else j
    if k > 1 and norms[k] == _FROM and norms[k - 1] in _MEMBER_NOUNS:
        j = k - 2
    return tf[j] if j >= 0 else _NOTHING


# «وسط حماية من قوات الاحتلال»، «بحماية الجيش»: the force that guards the doers is with them
_GUARDED_BY: Final = frozenset(normalize_key(w) for w in ("بحماية", "بحراسة", "بغطاء", "وبحماية", "وبحراسة"))
_GUARD_NOUNS: Final = frozenset(normalize_key(w) for w in ("حماية", "حراسة", "بحماية", "بحراسة"))


def _protecting(norms: list[str], i: int) -> bool:
    """Is the actor at token ``i`` named as the doers' guard («بحماية الجيش»، «وسط حماية من
    قوات الاحتلال»، «تحت حراسة من الشرطة»)? An associate, not the target."""
    if i >= 1 and norms[i - 1] in _GUARDED_BY:
        return True
    return i >= 2 and norms[i - 1] == _FROM and norms[i - 2] in _GUARD_NOUNS


_SIDE_HEADS: Final = frozenset(normalize_key(w) for w in ("تنظيم", "حركة", "فصيل", "جماعة", "ميليشيا", "مليشيا", "كتائب", "لواء"))
_MEMBER_NOUNS: Final = frozenset(normalize_key(w) for w in ("عناصر", "أفراد", "مقاتلين", "مسلحين", "جنود", "قوات", "وحدات", "مجموعة", "مجموعات"))


def _members_after_agent_word(s: SentenceCtx, tf: TokenForms, x: ActorSpan) -> bool:
    """Is ``x`` a group named after «members of» that follows an agent word («شنه عناصر من تنظيم
    "داعش"»، «نفذه مسلحون من حركة الشباب»)? The two words before a span reach only «من تنظيم»."""
    k = x.tok - 1
    while k >= 0 and (s.norms[k] in _GROUP_HEADS or not s.alpha[k]) and s.norms[k] not in _MEMBER_NOUNS:
        k -= 1  # «تنظيم»، the opening mark
    if k < 2 or s.norms[k] != _FROM or s.norms[k - 1] not in _MEMBER_NOUNS:
        return False
    return bool(_PREV_KINDS[tf[k - 2]] & _K_AGENT_PREV)


_FORCE_HEADS: Final = frozenset(normalize_key(w) for w in ("قوات", "عناصر", "مسلحي", "مقاتلي", "ميليشيا", "مليشيا", "فصائل", "كتائب"))


def _passive(c: Candidate) -> bool:
    """A verb written passive: a damma on its first letters («قُتلوا»، «أُصيب»)."""
    return c.trigger.pos == "verb" and _DAMMA in c.text[:3]


def _active_verb(c: Candidate) -> bool:
    """A verb that may have its subject after it; «قُتل جندي», written passive (a damma on
    its first letters), has its victim there."""
    return c.trigger.pos == "verb" and not c.key.startswith("\u0627\u0644") and _DAMMA not in c.text[:3]


# what may follow a casualty verb's subject when the verb has no object: «قتل جنود أمريكيون في
# هجوم»، «قتل عناصر من الشرطة بانفجار»، «قتل مقاتلون جراء القصف»
_NO_OBJECT_NEXT: Final = frozenset(normalize_key(w) for w in (
    "في", "خلال", "جراء", "جرّاء", "إثر", "اثر", "عند", "قرب", "بعد", "أثناء", "اليوم", "أمس", "مساء", "صباح",
    "فجر", "ليل", "وأصيب", "وجرح", "بينهم", "برصاص", "بنيران", "بقصف", "بانفجار", "بغارة", "بهجوم", "بتفجير"))
_CLAUSE_END: Final = _CLAUSE_PUNCT | {"\u061f", "?"}  # and a question's end
# the killing verb's forms that may be an unvowelled passive after their subject («جنديان قتلا»)
_KILLED_FORMS: Final = frozenset(normalize_key(w) for w in ("قتل", "قتلوا", "قتلا", "قتلت", "قتلتا"))
_NEXT_CASUALTY: Final = frozenset(normalize_key(w) for w in ("وأصيب", "وأصيبت", "وأصيبوا", "وجرح", "وجرحوا"))
_WHEN_NEXT: Final = frozenset(normalize_key(w) for w in ("بعدما", "عندما", "حين", "حينما", "بينما", "لدى"))
_OBJECT_REACH: Final = 10  # tokens after the subject where an active verb's object may still stand


def _objectless(s: SentenceCtx, tf: TokenForms, c: Candidate, x: ActorSpan, others: list[ActorSpan]) -> bool:
    """Is the unvowelled «قتل» right before ``x`` a passive with ``x`` as its dead? An active
    verb takes an object after its subject («قتل مسلحون ثلاثة جنود»); with none, but a place,
    a time, a cause or the clause's end («قتل جنود أمريكيون في هجوم»), the verb is read passive
    (قُتل), as the news writes it. Only the verb right before the actor, with nothing between
    them, and a verb without a feminine or plural ending («قتلت قوات الأمن مسلحين»)."""
    if x.tok != c.tok_end or not c.text.endswith("\u0644"):  # ends in ل: «قتل»، not «قتلت»، «قتلوا»
        return False
    return _no_object_after(s, tf, x, others)


def _no_object_after(s: SentenceCtx, tf: TokenForms, x: ActorSpan, others: list[ActorSpan]) -> bool:
    """No object after the subject ``x`` of an unvowelled killing verb (see :func:`_objectless`):
    a place, a time, a cause or the clause's end comes next, and no count or comma-set actor
    follows within :data:`_OBJECT_REACH` tokens."""
    i = x.tok_end
    norms = s.norms
    while i < len(norms) and norms[i] in nisba_index():
        i += 1  # «جنود أمريكيون»: the nationality belongs to the subject
    if i < len(norms) and not (norms[i] in _NO_OBJECT_NEXT or s.texts[i] in _CLAUSE_END):
        return False
    # an object may still come after adverbs set off by commas: «قتل الجيش، بالرصاص، امس، متظاهرا»
    end = min(len(norms), x.tok_end + _OBJECT_REACH)
    for k in range(x.tok_end, end):
        if s.texts[k] == "." or norms[k] in _NEXT_CASUALTY:
            break  # «وأصيب ثلاثة آخرون»: another verb's subject
        if _is_count(s, tf, k):
            return False
    for y in others:
        if y is not x and x.tok_end <= y.tok < end and s.texts[y.tok - 1] in _CLAUSE_END:
            return False  # an actor right after a comma, in no phrase of its own: the object
    return True


def _casualty_of(s: SentenceCtx, x: ActorSpan, group: list[Candidate]) -> bool:
    """Is ``x`` the dead or wounded of a casualty word of the event right before it? «مقتل
    جندي», «قُتل جندي ... إثر انفجار عبوتين»: the soldier did not set off the bombs."""
    tf = s.token_forms()
    ranks = x.tok > 0 and _FROM in tf[x.tok - 1]  # «قُتل ثلاثة جنود من قوات الحزام الأمني»
    for c in group:
        if c.trigger.mode == "casualty" and (0 <= x.tok - c.tok_end <= 2 or ranks and 0 <= x.tok - c.tok_end <= 6):
            if not _active_verb(c) or any(_is_count(s, tf, i) for i in range(c.tok_end, x.tok)) or _dual(s, x):
                return True
    return False


_DUAL_GROUPS: Final = frozenset(normalize_key(w) for w in (
    "مجموعتين", "مجموعتان", "جماعتين", "جماعتان", "فصيلين", "فصيلان", "ميليشيتين", "ميليشيتان", "عصابتين", "عصابتان",
    "عشيرتين", "عشيرتان", "قبيلتين", "قبيلتان", "عشيرتي", "قبيلتي"))  # «بين عشيرتي آل فتلة وآل عبودة»


def _dual(s: SentenceCtx, x: ActorSpan) -> bool:
    """Is ``x`` a dual noun that counts two people («جنديان»)? After «قتل» it is the two
    killed, not the subject: «قتل جنديان بانفجار عبوتين ناسفتين»."""
    two = tally.counted_people().two
    return s.norms[x.tok] in two or s.stems[x.tok] in two


def _denier(s: SentenceCtx, x: ActorSpan) -> bool:
    """Is ``x`` the subject of a denial right before it? «نفت كتائب حزب الله أي علاقة لها
    بهجوم بطائرة مسيرة»: the group denies the attack, ACLED does not code it as the attacker."""
    return any(cue.kind == "denial" and 0 < x.tok - cue.tok <= 2 for cue in s.cues)


def _suffering_subject(s: SentenceCtx, x: ActorSpan) -> bool:
    """Is ``x`` the subject of a verb of being hurt or dying right after it («جنديين أصيبا
    بجروح», «ثلاثة عسكريين قد استشهدوا بانفجار لغم», «جنود لقوا حتفهم»)? These verbs have no
    agent: their subject is the victim."""
    k = x.tok_end
    if k < len(s.norms) and s.norms[k] in _PARTICLE_QAD:
        k += 1  # «قد استشهدوا»
    if k >= len(s.norms):
        return False
    w = s.norms[k]
    if w in _KILLED_FORMS:
        # «أن جنديين إسبانيين قتلا وأصيب ثالث في هجوم انتحاري»، «إن مقاتلا قتل بعدما أطلقت طائرة
        # صاروخا»: a killing verb right after its subject with no object after it (a preposition,
        # a time or wounding word, a clause's end next) is the unvowelled passive; «إن قوات الأمن
        # قتلت خمسة مسلحين» has its object next and is active
        nxt = s.norms[k + 1] if k + 1 < len(s.norms) else "."
        return nxt in _CLAUSE_END or nxt in _NO_OBJECT_NEXT or nxt in _WHEN_NEXT
    return w.startswith(_HURT_VERB) or w in _WOUNDED_VERBS or w.startswith(_MARTYRED) or w in _DIED_VERBS \
        or w in _THEIR_DEATH


# «لقي ثلاثة جنود من القوات الحكومية مصرعهم»: the subject of «لقي» stands before its death noun
_THEIR_DEATH: Final = frozenset(normalize_key(w) for w in (
    "مصرعه", "مصرعها", "مصرعهم", "مصرعهما", "مصرعهن", "حتفه", "حتفها", "حتفهم", "حتفهما", "حتفهن"))


_ONE_OF: Final = frozenset(normalize_key(w) for w in ("أحد", "إحدى", "وأحد"))  # «قتل أحد عناصر الشرطة»
_AMBIGUOUS_STRUCK: Final = _KILLED_FORMS | _WOUNDED_VERBS  # unvowelled, also active: «قتل»، «جرح»


def _struck_subject(s: SentenceCtx, tf: TokenForms, x: ActorSpan, others: list[ActorSpan]) -> bool:
    """Is ``x`` the subject right after a verb of being hurt or dying («وأصيب وزير الداخلية
    الأسبق بجروح في تفجير»، «واستشهد عنصران من الشرطة»، «ولقي جندي حتفه»), with «أحد» («one
    of») or a title the name's span leaves out («وجرح النائب خالد يوسف») between at most? These verbs have no agent, so their subject is who was hit. The
    unvowelled «قتل، جرح» may be active too («قتل مسلحون ثلاثة جنود»): they count only when no
    object follows the subject (:func:`_no_object_after`: «وقتل أحد عناصر الشرطة وأصيب ثلاثة
    آخرون»)."""
    k = x.tok - 1
    title = next((y for y in others if y is not x and y.tok_end == x.tok and y.role in DOER_ROLES), None)
    if title is not None:
        # «جرح وزير الدفاع الياس المر في تفجير»: the office, a span of its own, stands between
        # the verb and the name it describes; the verb's subject is the two together
        k = title.tok - 1
    if k >= 0 and (s.norms[k] in _ONE_OF or s.norms[k].startswith(_AL_KEY) and s.alpha[k]
                   and not any(y.tok <= k < y.tok_end for y in others)):
        k -= 1  # «أحد»، or a title outside the name's span: «وجرح النائب خالد يوسف»
    if k < 0 or not s.alpha[k]:
        return False
    forms = tf[k]
    if forms & _AMBIGUOUS_STRUCK:
        return _no_object_after(s, tf, x, others)
    return any(f.startswith(_HURT_VERB) or f.startswith(_MARTYRED) for f in forms) or bool(forms & _DIED_VERBS)


def _counted_victims(s: SentenceCtx, x: ActorSpan) -> bool:
    """Is ``x`` among the casualties: a subset («قتل 7 أشخاص، بينهم 3 جنود»), or counted right
    after a death or wounding word («مقتل 12 عنصرا»)? «بينهم» (with or without a count after
    it) before a state or group noun makes it the dead, never the one who struck. A bare
    count is not enough: «ثمانية جنود أميركيين نفذوا الغارة»."""
    tf = s.token_forms()
    i = x.tok
    if i > 1 and _is_count(s, tf, i - 1):
        i -= 1
        if tf[i - 1] & _CASUALTY_WORDS:
            return True  # «مقتل 12 عنصرا تكفيريا وتوقيف 7 آخرين»: the dead arrest nobody
        if tf[i - 1] & _COUNTED_AGAINST:
            return True  # «إن قواته «قضت على ثلاثة مخربين» واعتقلت»: the men done away with
    if i > 3 and s.norms[i - 1] == _FROM:
        k = i - 2  # the counted noun, past a closing mark («حيدت 12 إرهابياً» من ...)
        while k > 2 and s.norms[k] in _QUOTE_NORMS:
            k -= 1
        if _is_count(s, tf, k - 1) and tf[k - 2] & _HIT_WORDS:
            return True  # «حيدت 12 إرهابياً من حزب العمال الكردستاني»: the side of the counted dead
    return i > 0 and bool(tf[i - 1] & _SUBSET_PREV)


_COUNTED_AGAINST: Final = frozenset(normalize_key(w) for w in ("على", "ضد", "بحق"))  # «قضت على ثلاثة مخربين»
_HIT_WORDS: Final = _CASUALTY_WORDS | frozenset(normalize_key(w) for w in ("حيدت", "حيدوا", "حيدنا", "تحييد"))


# «برصاص قناص تابع لجماعة الحوثيين»، «بنيران عناصر من قوات النظام»: who fired, then whose he is
_SHOOTER_LINKS: Final = frozenset(normalize_key(w) for w in (
    "قناص", "قناصة", "القناص", "القناصة", "عنصر", "عناصر", "مسلحي", "مسلحين", "أفراد", "دورية", "جنود",
    "تابع", "التابع", "تابعة", "التابعة", "تابعين", "التابعين", "من"))
_SHOOTER_WORDS: Final = 3  # link words between «برصاص» and the side, at most


def _fired_by(s: SentenceCtx, x: ActorSpan) -> bool:
    """Is ``x`` the side of the shooters after «برصاص / بنيران», named through them
    («برصاص قناص تابع لجماعة الحوثيين»، «برصاص عناصر من قوات النظام»)?"""
    tf = s.token_forms()
    k = x.tok - 1
    for _ in range(_SHOOTER_WORDS):
        if k < 1 or not tf[k] & _SHOOTER_LINKS:
            break
        k -= 1
    return k < x.tok - 1 and bool(tf[k] & _BY_FIRE)


_MEMBER_OF: Final = frozenset({_FROM, normalize_key("في")})  # «عنصران من قوات النظام»، «قيادي في الفصائل»


def _hurt_members(s: SentenceCtx, x: ActorSpan) -> bool:
    """Is ``x`` the side whose members a casualty word before it counts («أصيب عنصران من قوات
    النظام بانفجار عبوة»، «مقتل ثلاثة عناصر من الجيش»، «قتل قيادي سابق في فصائل المعارضة
    برصاص مسلحين»)? The hurt are the target, not who struck. The member is a count and its noun,
    or a person noun of ``counted_people.tsv`` with at most one word after it («سابق»، «بارز»)."""
    i = x.tok
    if i > 0 and s.texts[i - 1] in _OPENING_MARKS:
        i -= 1  # «عنصر في "قسد"»: the name in marks
    if i < 2 or s.norms[i - 1] not in _MEMBER_OF or not s.alpha[i - 2]:
        return False
    tf = s.token_forms()
    people = tally.counted_people()
    for k in (i - 2, i - 3):  # the member noun, right before «من / في» or before its modifier
        if k < 0 or not s.alpha[k]:
            return False
        if k > 0 and tf[k - 1] & _CASUALTY_WORDS and (s.norms[k] in people.one or s.norms[k] in people.two):
            return True
        if k == i - 2 and k > 1 and _is_count(s, tf, k - 1) and tf[k - 2] & _CASUALTY_WORDS:
            return True  # «مقتل ثلاثة عناصر من الجيش»
        if (s.norms[k] in people.one or s.norms[k] in people.two) and not any(s.alpha[j] for j in range(k)):
            # «- عنصر في "قسد" قتل برصاص قناص»: a list line opens on the member, its death word after
            after = [j for j in range(x.tok_end, min(len(s.norms), x.tok_end + 3)) if s.alpha[j]]
            return bool(after) and bool(tf[after[0]] & _CASUALTY_WORDS)
    return False


_ASIDE_PRONOUNS: Final = frozenset(normalize_key(w) for w in ("وهي", "وهو", "وهم", "وهما"))
_ASIDE_REACH: Final = 4  # words from «، وهي» to the common noun it describes the name with


def _described_aside(s: SentenceCtx, agents: list[ActorSpan]) -> bool:
    """Is the last agent a common noun in an aside that describes the one before it («وكانت
    "المقاومة الإسلامية في العراق"، وهي تحالف لفصائل مسلحة، قد أعلنت»)? The name acts."""
    if len(agents) < 2 or not agents[-1].generic or agents[-2].generic:
        return False
    x, named = agents[-1], agents[-2]
    for k in range(x.tok - 1, max(named.tok_end, x.tok - 1 - _ASIDE_REACH), -1):
        if s.norms[k] in _ASIDE_PRONOUNS and s.texts[k - 1] in _CLAUSE_PUNCT:
            return all(not s.alpha[j] for j in range(named.tok_end, k - 1))  # «"..."،»: marks only
    return False


_ALLIED_AFTER: Final = frozenset(normalize_key(w) for w in (
    "الموالية", "الموالي", "الموالين", "المدعومة", "المدعوم", "المدعومين", "المتحالفة", "الحليفة", "الرديفة"))
_HER_HIM: Final = frozenset(normalize_key(w) for w in ("لها", "له", "لهم", "منها", "منه", "منهم"))


def _allied_conjunct(s: SentenceCtx, x: ActorSpan) -> bool:
    """Is ``x`` joined by «و» to the side before it and described as loyal to or backed by it
    («والفصائل الموالية لها»، «والمليشيات المدعومة منها»)? Its ally, an associated actor."""
    k = x.tok_end
    return (x.tok > 0 and s.norms[x.tok][:1] == _AND and k + 1 < len(s.norms)
            and s.norms[k] in _ALLIED_AFTER and s.norms[k + 1] in _HER_HIM)


def _loyal_factions(x: ActorSpan, mine: list[ActorSpan]) -> ActorSpan:
    """«والفصائل الموالية لها» after Turkey's forces are the Syrian National Army (actors.tsv's
    «الفصائل الموالية لتركيا»), not the group the article named last; else ``x`` as it is."""
    before = [y for y in mine if y.tok_end <= x.tok]
    if not (x.generic and x.role == "armed" and before and before[-1].actor.name == _TURKEY_MIL):
        return x
    for entry in load_actors():
        if entry.name == _SNA:
            return ActorSpan(x.start, x.end, x.tok, x.tok_end, resolve_actor(entry, x.actor.text, "SY"), "armed",
                             x.clause, generic=True)
    return x


_TURKEY_MIL: Final = "Military Forces of Turkey"
_SNA: Final = "SNA: Syrian National Army"


def _tied_to(s: SentenceCtx, x: ActorSpan) -> bool:
    """Is ``x`` the group an actor is tied to («المرتبطة بتنظيم القاعدة»، «يشتبه في انتمائهم إلى
    الجماعة»), one of the two words before it?"""
    return any(k >= 0 and s.norms[k] in _TIED_TO for k in (x.tok - 1, x.tok - 2))


def _lam_agent(s: SentenceCtx, x: ActorSpan, group: list[Candidate]) -> bool:
    """Is ``x`` marked by «ل» right after an attack noun of the group («بقصف مدفعي للقوات
    الحكومية»، «غارة للتحالف»)? It is that attack's agent, no victim of a death word before."""
    return x.role in ("armed", "state", "named") and s.norms[x.tok][:1] == _LAM_CLITIC and any(
        c.tok_end == x.tok and c.trigger.plover == "ASSAULT" and c.trigger.mode not in _VICTIM_MODES
        and (_BA in c.prefix or not _active_verb(c)) for c in group)


def _is_count(s: SentenceCtx, tf: TokenForms, i: int) -> bool:
    return s.norms[i][:1].isdigit() or i in s.num_toks or not tf[i].isdisjoint(_VAGUE)


_ON_ABOUT: Final = frozenset(normalize_key(w) for w in ("على", "ب", "ل"))
# the accusative of purpose a crowd acts in («احتجاجاً على مقتل ناشط»، «تنديداً باغتيال»)
_PROTESTING_WHAT: Final = frozenset(normalize_key(w) for w in (
    "احتجاجا", "احتجاجاً", "تنديدا", "تنديداً", "استنكارا", "استنكاراً", "رفضا", "رفضاً", "غضبا", "غضباً",
    # and the deed a strike answers: «قصف مستوطنات ... ردا على اغتيال أحد قادتها»، «انتقاما لمقتل»
    "ردا", "رداً", "انتقاما", "انتقاماً", "ثأرا", "ثأراً"))


def fatalities(doc: Doc, s: SentenceCtx, group: list[Candidate], kinds: set[str],
               taken: frozenset[int] = frozenset()) -> int | None:
    """Deaths in the group's clauses by ACLED rules; None when the report gives none.

    ``taken``: clauses of the sentence that hold another event's triggers; their counts are
    that event's («مقتل 12 مسلحا خلال عمليات مداهمة، مشيرا إلى مقتل ضابط وثلاثة جنود خلال
    تبادل لإطلاق النار»: the raid's dead are 12, the exchange of fire's 4).
    """
    death_idx = _death_words(s)  # once per sentence, shared by its events
    if s.injury_idx is None:
        s.injury_idx = _word_idx(s, _INJURY_WORDS, _INJURY_NORMS)
    injury_idx = s.injury_idx
    if not death_idx:
        return 0 if "nocasualty" in kinds else None
    clauses = {c.clause for c in group}
    texts = s.texts
    tf = s.token_forms()
    if s.figures is None:
        s.figures = _numbers_in(doc, s)
    figures = s.figures
    by_word: dict[int, float] = {}
    listed: frozenset[int] = frozenset()  # figures a list with bare nouns already counted
    listed_words: list[int] = []  # the death words of such lists
    at = dict(figures)
    # «مشيرة إلى أن بين القتلى تسعة أطفال وأربع نساء»: the dead a death word after «بين»
    # counts are some of those counted before, not more deaths
    among = {d for d in death_idx if d > 0 and s.norms[d - 1] in _BETWEEN}
    # «احتجاجاً على مقتل ناشط»: a death the crowd protests, not one of this event's
    among |= {d for d in death_idx if d > 0 and s.norms[d - 1] in _PROTESTING_WHAT
              or d > 1 and s.norms[d - 1] in _ON_ABOUT and s.norms[d - 2] in _PROTESTING_WHAT}
    for d in death_idx:  # a few words a sentence: each list is read over a few tokens
        if _outside(s, d, clauses, taken) or d in among or _one_of_the_wounded(s, d):
            continue
        got = tally.listed_dead(s, d, at, _LIST_STOP)
        if got is not None and (got.figures or s.clause_of(d) in clauses):
            by_word[d] = got.total  # «مقتل ضابط وثلاثة جنود»: 4
            listed |= got.figures
            listed_words.append(d)
    last: tuple[int, int] | None = None  # (token, death word) of the last figure counted
    sides: dict[int, set[str]] = {}  # per death word: whose ranks its counts name (:func:`_ranks_side`)
    for tok_i, value in figures:
        if tok_i > 0 and tf[tok_i - 1] & _SUBSET_PREV:
            continue  # «مقتل سبعة مدنيين بينهم ثلاثة أطفال»: a subset, not more deaths
        if tok_i in listed or _outside(s, tok_i, clauses, taken):
            continue
        if value == 1 and s.norms[tok_i] in _ONE_ADJ and tok_i > 0 and s.alpha[tok_i - 1] \
                and tok_i - 1 not in death_idx:
            continue  # «قتل خمسة أشخاص من عائلة واحدة»: «واحدة» says one family, it counts no dead
        best_d = min(death_idx, key=lambda d: (abs(d - tok_i), d > tok_i))
        dd = abs(best_d - tok_i)
        # «مقتل متظاهرين اثنين وإصابة آخرين»: a wounding word joined by «و» right after the
        # count starts the next item; the count closes the one before it
        di = min((abs(j - tok_i) for j in injury_idx
                  if not (j == tok_i + 1 and s.norms[j][:1] == _WA and best_d < tok_i <= best_d + _COUNT_AFTER
                          and not any(tf[k] & _SUBSET_PREV for k in range(best_d, tok_i)))), default=99)
        if last is not None and _coordinated(s, tok_i) and di > 2 \
                and not any(last[0] < j < tok_i for j in injury_idx) \
                and not _counts_wounded_after(s, tok_i, injury_idx) and (
                    tok_i - last[0] <= _COORD_REACH or _far_coordinated(s, last[0], tok_i)):
            # «مقتل 6 عناصر من قوات النظام و3 من مقاتلي الهيئة»: the second side's dead
            # are coordinated with the first figure, however far the death word is
            best_d, dd = last[1], 0
        elif any(texts[k] in _CLAUSE_PUNCT for k in range(min(best_d, tok_i) + 1, max(best_d, tok_i))):
            aside = _subset_aside(s, tok_i, best_d)
            if not aside:
                continue  # «قرب تقاطع الكيلو 4، ما أدى إلى مقتل سبعة»: a comma apart, no count of the dead
            dd -= aside  # «إن 21 مدنيا على الأقل، بينهم ثمانية أطفال، قتلوا»: the aside is not between them
        if best_d in among:
            continue
        if di == dd and best_d > tok_i and s.norms[best_d][:1] == _WA:
            continue  # «أصيب اثنان وقتل واحد»: a death word joined by «و» after the count starts the next item
        if dd > 6 or di < dd or best_d in listed_words:
            continue  # a listed death word's count is its list: «مقتل فتى يبلغ من العمر 16 عاما»
        if _with_wounded(s, tf, best_d, tok_i):
            continue  # «سقوط 15 قتيلا وجريحا»، «قتل وأصاب نحو عشرين»: dead and wounded in one count
        lo, hi = min(best_d, tok_i), max(best_d, tok_i)
        if any(lo < c.tok < hi and c.trigger.mode == ARREST_MODE for c in s.candidates):
            continue  # «مقتل 12 عنصرا وتوقيف 7 آخرين»: the arrested are not dead
        if best_d < tok_i and any(best_d < c.tok < tok_i and c.trigger.pos == "verb" and c.trigger.mode != "casualty"
                                  and not c.key.startswith(_AL_PREFIX) and not c.veto for c in s.candidates):
            continue  # «قتلوا عندما قصف الجيش الهندي ستة مواقع»: the other verb's object
        if best_d < tok_i - 1 and s.norms[tok_i - 1][:1] == _WA and len(s.norms[tok_i - 1]) > 3 \
                and tok_i - 1 not in death_idx:
            continue  # «مقتل سبعة إرهابيين وتدمير ثلاثة أوكار»: another deed's count, joined by «و»
        by_word[best_d] = by_word.get(best_d, 0) + value
        side = _ranks_side(s, tok_i)
        sides.setdefault(best_d, set()).add(side)
        last = (tok_i, best_d)
    if by_word:
        named = [sides.get(d, set()) for d in by_word]
        if len(by_word) > 1 and all(len(n) == 1 and "" not in n for n in named) and len(set().union(*named)) == len(named):
            # «أسفرت عن مقتل 17 من مسلحي الجماعة ...، فيما قُتل أربعة من أفراد الجيش»: each
            # death word counts another side's ranks; a battle's dead are both sides' (ACLED)
            return int(sum(by_word.values()))
        return int(min(by_word.values()))
    counted = {i for i, _ in figures}
    for d in death_idx:
        if s.clause_of(d) not in clauses or d in among or _with_wounded(s, tf, d) and not _subject_count_before(s, d):
            # «15 قتيلا وجريحا» is no count of the dead, nor «عددا منهم بين قتيل ومصاب» (some of
            # them, dead or wounded); but «بأن طفلين قتلا وأصيبت والدتهما» counts its own subject
            continue
        if any(0 <= k < len(s.norms) and s.norms[k] in _ANOTHER_ONE for k in (d - 1, d + 1)):
            return 1  # «جرح اثنان ولقي ثالث حتفه»، «أصيب اثنان وقتل ثالث»: one more, the third
        if d - 1 in counted:
            continue  # nor «قتيلا» alone after its number
        if tf[d] & _ONE_DEAD:  # «مقتل جندي» and «قتل جنديان» were read as lists above
            return 1
        counted_subject = _subject_count_before(s, d)
        if counted_subject:
            return counted_subject  # «مؤكدا أن عنصرا من الشرطة قتل»، «- طفلان قتلا بانفجار لغم»
        if tf[d] & _TWO_DEAD:
            return 2
    return None


# «بعد وفاة أحد الجرحى»: one of the wounded counted before died, which a toll's rise tells


def _one_of_the_wounded(s: SentenceCtx, d: int) -> bool:
    """Is the death word at ``d`` followed by «أحد الجرحى» (the death of one of the wounded)? He
    is no new dead: the sentence's toll («ارتفعت الحصيلة إلى خمسة بعد وفاة أحد الجرحى») counts him."""
    norms = s.norms
    return d + 2 < len(norms) and norms[d + 1] in _ONE_OF and norms[d + 2] in THE_WOUNDED


_THAT: Final = frozenset(normalize_key(w) for w in ("أن", "إن", "وأن", "وإن", "بأن", "وبأن"))
_OF_REACH: Final = 3  # «من الشرطة»، «من قوات الأمن»: the words of a one-person subject's «من» phrase
_IN: Final = normalize_key("في")
_HIS_AGE: Final = frozenset(normalize_key(w) for w in ("عمره", "عمرها"))  # «في العشرينات من عمره»
_AGE_REACH: Final = 4  # the words of «في العشرينات من عمره»


_DUAL_DEATH_VERBS: Final = frozenset(normalize_key(w) for w in (
    "قتلا", "قتلتا", "استشهدا", "استشهدتا", "قضيا", "توفيا", "توفيتا"))
_YN: Final = "\u064a\u0646"  # ين: the accusative/genitive dual (and the plural) ending


def _subject_count_before(s: SentenceCtx, d: int) -> int:
    """How many people the death verb at token ``d`` is told of, when its subject right before
    it is a noun that counts them (one or two, ``counted_people.tsv``) after «أن» / «إن» («أن
    جنديا قتل»، «إن عنصرا من الشرطة قتل») or opening the sentence, as the lines of an
    observatory's daily list do («- مواطن قتل برصاص مسلحين»، «- طفلان قتلا بانفجار لغم»، «- عنصر
    في "قسد" قتل برصاص قناص»); 0 otherwise. His age may stand between («بأن شاباً في العشرينات
    من عمره توفي متأثراً بإصابته»), or, for a subject after «أن» or opening the sentence, his
    side after «من» or «في»."""
    norms = s.norms
    people = tally.counted_people()
    dual_verb = norms[d] in _DUAL_DEATH_VERBS
    for j in range(d - 1, max(-1, d - 2 - _AGE_REACH), -1):
        w = norms[j]
        count = 1 if w in people.one else 2 if w in people.two else 0
        if not count and dual_verb and w.endswith(_YN) and w[:-2] in people.one:
            count = 2  # «بأن طفلين قتلا»: «طفلين» reads as a plural too; the dual verb says two
        if not count:
            continue
        if j > 0 and norms[j - 1] in _MET and norms[d].startswith(_DEATH_NOUN):
            return count  # «لقي عنصران من فرع الأمن العسكري حتفهما»: the frame holds its subject
        opening = not any(s.alpha[k] for k in range(j))
        if not opening and not (j > 0 and norms[j - 1] in _THAT):
            return 0
        between = [norms[k] for k in range(j + 1, d) if s.alpha[k]]
        if not between:
            return count if all(s.alpha[k] for k in range(j + 1, d)) else 0
        if between[0] in _MEMBER_OF and len(between) <= _OF_REACH and (opening or between[0] == _FROM):
            return count
        if between[0] == _IN and between[-1] in _HIS_AGE and len(between) <= _AGE_REACH:
            return count
        return 0
    return 0


_MET: Final = frozenset(normalize_key(w) for w in ("لقي", "ولقي", "لقيت", "ولقيت", "لقيا", "ولقيا", "لقيتا"))
_DEATH_NOUN: Final = normalize_key("حتف")  # «حتفه»، «حتفهما»، «حتفها»


_RANKS_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "مسلحي", "عناصر", "أفراد", "مقاتلي", "جنود", "صفوف", "منتسبي", "ضباط"))


_ASIDE_MAX: Final = 6  # tokens of «، بينهم ثمانية أطفال،», commas included


def _subset_aside(s: SentenceCtx, count: int, death: int) -> int:
    """The tokens of an aside on some of the dead between a count and the death word after it
    («21 مدنيا على الأقل، بينهم ثمانية أطفال، قتلوا»), when the only clause marks between them
    are its two commas; else 0."""
    if death < count:
        return 0
    texts = s.texts
    marks = [k for k in range(count + 1, death) if texts[k] in _CLAUSE_PUNCT]
    if len(marks) != 2 or not all(texts[k] in ("\u060c", ",") for k in marks):
        return 0
    a, b = marks
    if b - a + 1 > _ASIDE_MAX or s.norms[a + 1] not in _SUBSET_PREV:
        return 0
    return b - a + 1


def _ranks_side(s: SentenceCtx, tok: int) -> str:
    """The first word of whose ranks the count at ``tok`` names («17 من مسلحي الجماعة» ->
    «الجماعة»، «أربعة من أفراد الجيش» -> «الجيش»), or "" when it names none."""
    norms = s.norms
    k = tok + 1
    if k < len(norms) and norms[k] != _FROM:
        k += 1  # «17 عنصرا من ...»: the counted noun between
    if k + 2 < len(norms) and norms[k] == _FROM and norms[k + 1] in _RANKS_NOUNS:
        return norms[k + 2]
    if k + 1 < len(norms) and norms[k] == _FROM and norms[k + 1] in _OWN_RANKS:
        return _OWN_SIDE  # «فيما قتل ثلاثة من جنوده»: the speaker's own men
    return ""


# a speaker's own men (:func:`_ranks_side`): «ثلاثة من جنوده»، «أربعة من عناصرنا»
_OWN_RANKS: Final = frozenset(normalize_key(w) for w in (
    "جنوده", "جنودها", "جنودنا", "عناصره", "عناصرها", "عناصرنا", "مقاتليه", "مقاتليها", "مقاتلينا",
    "أفراده", "أفرادها", "رجاله", "رجالها"))
_OWN_SIDE: Final = "(own)"


def _with_wounded(s: SentenceCtx, tf: TokenForms, d: int, fig: int | None = None) -> bool:
    """Is the death word at ``d`` joined by «و» to a wounding word so that one count covers
    both («15 قتيلا وجريحا»، «قتل وأصاب نحو عشرين»، «عشرات القتلى والجرحى»)? ACLED then has
    no count of the dead. ``fig`` is the count's token (None: any count). When the wounding
    word has a count of its own after it («12 فلسطينيا قتلوا وأصيب أكثر من 30»), each word
    has its own figure.
    """
    norms = s.norms
    n = len(norms)
    if d + 1 < n and norms[d + 1][:1] == _WA and tf[d + 1] & _INJURY_WORDS:
        j = d + 1
    elif d > 0 and norms[d][:1] == _WA and tf[d - 1] & _INJURY_WORDS:
        j = d  # «جرحى وقتلى»
    else:
        return False
    if fig is not None and fig > j:
        return True  # «قتل وأصاب نحو عشرين»: the count follows both words
    # «ثلاثة أشخاص قتلوا وأصيب آخرون»: the wounded are others, the dead have their count
    return not any(_is_count(s, tf, k) or norms[k] in _OTHERS for k in range(j + 1, min(n, j + 4)))


_OTHERS: Final = frozenset(normalize_key(w) for w in ("آخرون", "آخرين", "آخر", "أخرى", "آخران", "آخرَين"))


def _outside(s: SentenceCtx, tok: int, clauses: set[int], taken: frozenset[int] = frozenset()) -> bool:
    """Is token ``tok`` too far from a group of ``clauses`` for its count to be the group's?
    A one-clause group takes its own clause's counts and the next clause's («قصفت الطائرات
    البلدة، ما أدى إلى مقتل خمسة»), unless another event's triggers are there (``taken``)."""
    c = s.clause_of(tok)
    return c not in clauses and (c in taken or len(clauses) == 1 and c != max(clauses) + 1)


_COORD_REACH: Final = 6  # tokens from a counted figure to a figure coordinated with it
_WA: Final = "\u0648"  # و


_COORD_FAR: Final = 14  # the same, past a long name of the first side, when the second is «من ...»
_PARTITIVE: Final = "\u0645\u0646"  # من


def _far_coordinated(s: SentenceCtx, prev: int, tok_i: int) -> bool:
    """Is the figure at ``tok_i`` the second side's dead though a long name stands between
    («قتل 14 عنصرا من فصائل «الجيش الوطني السوري» المدعومة من أنقرة وسبعة من مقاتلي قسد»)?

    Only when it is partitive like the first («وسبعة من ...»), at most :data:`_COORD_FAR`
    tokens on, with no clause punctuation between.
    """
    texts = s.texts
    return (tok_i - prev <= _COORD_FAR and tok_i + 1 < len(s.norms) and s.norms[tok_i + 1] == _PARTITIVE
            and not any(texts[k] in _CLAUSE_PUNCT for k in range(prev + 1, tok_i)))


def _counts_wounded_after(s: SentenceCtx, tok_i: int, injury_idx: list[int]) -> bool:
    """Does a wounding word follow the figure starting at token ``tok_i`` right after its last
    word? «خمسة قتلى، بينهم امرأة، وأكثر من 20 جريحاً»: the phrase «أكثر من 20» starts three
    words before «جريحاً», yet it counts the wounded, not more dead."""
    starts = s.tok_starts
    for n in s.nums:
        if bisect_right(starts, n.start) - 1 == tok_i:
            last = bisect_right(starts, n.end - 1) - 1
            return any(0 < j - last <= 2 for j in injury_idx)
    return False


def _coordinated(s: SentenceCtx, tok_i: int) -> bool:
    """Is the figure at ``tok_i`` joined by «و» to what precedes it («و3»، «و 3»، «وأربعة»)?

    The و must be a clitic, outside the number the numbers stage found in the token:
    «واحد» starts with و but is one word.
    """
    if s.norms[tok_i].startswith(_WA) and tally.clitic_wa(s, tok_i):
        return True
    return tok_i > 0 and s.norms[tok_i - 1] == _WA


def _with_proclitics(words: frozenset[str]) -> frozenset[str]:
    """``words`` and every form :meth:`hadath.events.context.SentenceCtx.token_forms` reduces to one of them
    by dropping a proclitic: the token norms that can hold one of ``words``."""
    return words | {p + w for p in PROCLITICS for w in words if len(p + w) > 3}


_DEATH_NORMS: Final = _with_proclitics(_DEATH_WORDS)
_INJURY_NORMS: Final = _with_proclitics(_INJURY_WORDS)
# the blaming words' forms as :func:`_word_idx` tests them (a token's norm in this set or its
# stem in _BLAMING): :func:`assign_actors` reads the four words before every actor span for
# them, and two set tests a word cost less than making the word's forms
_BLAMING_NORMS: Final = _with_proclitics(_BLAMING)
_SUPPORT_NORMS: Final = _with_proclitics(_SUPPORT_VERBS)  # the same for :func:`_support_verb`


def _word_idx(s: SentenceCtx, words: frozenset[str], norms: frozenset[str]) -> list[int]:
    """Indexes of the tokens one of whose forms is in ``words``; ``norms`` is
    :func:`_with_proclitics` of them: a token's forms (its norm, its stem, its norm without
    one proclitic) meet ``words`` exactly when its norm is in ``norms`` or its stem in
    ``words``, so two set tests in C skip most sentences and no forms are made."""
    if norms.isdisjoint(s.norms) and words.isdisjoint(s.stems):
        return []
    own, stems = s.norms, s.stems
    # an index loop (compiled: two list reads a token), not ``enumerate(zip(...))``'s tuples
    return [i for i in range(len(own)) if own[i] in norms or stems[i] in words]


def campaign_sized(s: SentenceCtx, fat: int | None) -> bool:
    """Is ``fat`` a vague count of hundreds or thousands («قتل المئات منهم»)? Said of the
    happening told before, it is rather a campaign's toll (a recalled battle, a war's dead):
    coreference (:data:`hadath.events.coref.CAMPAIGN_TOLL`) lends it to no earlier event."""
    if fat is None or fat < _CAMPAIGN_MIN:
        return False
    return any(getattr(n, "vague", False) and n.low is not None and n.low >= _CAMPAIGN_MIN for n in s.nums)


def _numbers_in(doc: Doc, s: SentenceCtx) -> list[tuple[int, float]]:
    """(token index, conservative value) of the counts in a sentence."""
    starts = s.tok_starts
    out: list[tuple[int, float]] = []
    if doc.numbers:
        campaign: bool | None = None
        for n in s.nums:
            if getattr(n, "percent", False):
                continue
            value = n.low
            if getattr(n, "vague", False):
                keys = normalize_key(n.text).split(" ")
                value = _VAGUE.get(keys[0], n.low)
                if len(keys) > 1 and n.low is not None and n.low > value:
                    value = n.low  # «عشرات الآلاف»: tens of thousands, not tens
                if value >= _CAMPAIGN_MIN:
                    if campaign is None:
                        campaign = not _CAMPAIGN.isdisjoint(s.norms) or not _CAMPAIGN.isdisjoint(s.stems)
                    if campaign:
                        continue  # «وإن القوات طاردتهم مرارا وقتل المئات منهم»: a campaign's dead, not this event's
            if value <= 0 or value != int(value):
                continue
            after = bisect_left(starts, n.end)
            if after < len(starts) and s.norms[after] in _DURATIONS:
                continue  # «يوسف خالد (25 عاماً)»، «بعد 3 أيام»: an age or a duration, no count of people
            out.append((max(0, bisect_right(starts, n.start) - 1), float(value)))
        return out
    for i, (norm, stem) in enumerate(zip(s.norms, s.stems, strict=True)):  # fallback before the numbers stage exists
        if norm.isdigit() and len(norm) < 5:
            out.append((i, float(norm)))
        elif stem in _VAGUE or norm in _VAGUE:
            out.append((i, float(_VAGUE.get(stem, _VAGUE.get(norm, 0)))))
    return out


def location(doc: Doc, s: SentenceCtx, group: list[Candidate], cache: dict[str, Any] | None = None,
             base: tuple[int, int] | None = None) -> Location | None:
    """The place the happening is anchored to: clause, then sentence; None rather than a guess.

    ``base`` (:func:`actor_base`) is where actor1 is stationed: a place there is the event's
    only when the sentence names no other and points at none («في البلدة»: the place fallback's).
    With ``cache`` (one per document), events of the same clauses share one answer.
    """
    first = min(c.clause for c in group)
    # a definite noun naming the happening again in a later clause («..., وقال الوزير إن الضربات
    # جاءت رسالة إلى النظام في دمشق») adds the speaker's words, not the happening's place
    told = [c.clause for c in group if c.clause == first or not _names_again(c)]
    last = max(told)
    if cache is None:
        return _location(doc, s, group, first, last, {}, base)
    talk = group[0].trigger.plover in {"CONSULT", "AGREE"}
    # a protest skips the places of its grievance (:func:`_grievance_object`): its own answer
    kind = min(c.tok for c in group) if talk else (-2 if group[0].trigger.plover == "PROTEST" else -1)
    key = (s.index, first, last, kind, base[0] if base is not None else -1)
    made: dict[tuple[int, int, int, int, int], Location | None] = cache.setdefault("locations", {})
    if key not in made:
        made[key] = _location(doc, s, group, first, last, cache.setdefault("location_of", {}), base)
    return made[key]


def _names_again(c: Candidate) -> bool:
    """Is ``c`` a definite noun of violence that names a happening told before («الضربات»)?"""
    return names_attack_again(c.sent.norms[c.tok])


_BASE_REACH: Final = 4
"""How many words after a base participle its place may start («المنتشرين في ريف إدلب»: 3)."""


def actor_base(s: SentenceCtx, spans: list[ActorSpan], target: Actor | None) -> tuple[int, int] | None:
    """Raw span of the words that say where an attacker is stationed, when a base participle
    follows an actor's name (role ``base`` in the geo stage's ``context_words.tsv``): «أن
    الإرهابيين المنتشرين في ريف إدلب الجنوبي استهدفوا الأحياء السكنية في البلدة» struck the
    town, from Idlib's countryside, and «القذائف التي أطلقها الإرهابيون المتمركزون في تل رفعت
    سقطت على حي سكني في المدينة» fell on the town. The ``target``'s (actor2's) base is where it
    was hit («قصف مواقع المسلحين المنتشرين في ريف إدلب»), so it is not one. None when there is none."""
    roles = load_context_words().of
    n = len(s.norms)
    for x in spans:
        k = x.tok_end
        if k >= n - 1 or (target is not None and x.actor.name == target.name) or "base" not in roles(s.norms[k]):
            continue
        stop = k + 1
        while stop < min(n, k + 1 + _BASE_REACH) and s.texts[stop] not in _CLAUSE_PUNCT:
            stop += 1
        return s.ends[k], s.ends[stop - 1]
    return None


_DUAL_HEADS: Final = frozenset(normalize_key(w) for w in (  # «في بلدتي كفرنبل ومعرة النعمان»: two places
    "بلدتي", "مدينتي", "قريتي", "محافظتي", "ولايتي", "ناحيتي", "منطقتي", "مخيمي", "حيي", "قضاءي", "قضائي"))
# each dual head, bare or after one proclitic («وبلدتي»): one set test a token, no slice made
_DUAL_FORMS: Final = _DUAL_HEADS | frozenset(p + w for p in PROCLITICS for w in _DUAL_HEADS)


def dual_places(doc: Doc, s: SentenceCtx, group: list[Candidate]) -> list[Location]:
    """The two places a dual head word names in the group's clauses, when both resolve: «غارات
    ... على بلدتي كفرنبل ومعرة النعمان» is Kafranbel and Ma'arrat al-Nu'man. ACLED codes one
    event per location, so the stage makes one event at each; [] for anything else."""
    norms = s.norms
    if _DUAL_FORMS.isdisjoint(norms):
        return []  # most sentences: no dual head at all (one pass in C)
    first = min(c.clause for c in group)
    last = max(c.clause for c in group)
    a = s.clause_starts[first]
    b = s.clause_stop(last)
    for i in range(a, min(b, len(norms)) - 1):
        if norms[i] not in _DUAL_FORMS:
            continue
        if i > 0 and norms[i - 1] in _BETWEEN:
            return []  # «على الطريق بين بلدتي كفرنبل ومعرة النعمان»: one place between the two
        one = _resolved_place_at(doc, s.tok_starts[i + 1])
        if one is None:
            return []
        two = _place_joined_after(doc, one.end)
        if two is None or two.place is one.place:
            return []
        pair = [one, two]
        if norms[i][:1] == _AND and i > a:
            # «تظاهروا في العاصمة الخرطوم ومدينتي أم درمان والخرطوم بحري»: a town joined
            # before the pair is a third place of the same list
            before = _resolved_place_ending(doc, s.ends[i - 1])
            if before is not None and _a_town(before) and before.place not in (one.place, two.place) \
                    and getattr(before.place, "country", None) == getattr(one.place, "country", None):
                pair.insert(0, before)
        return [location_of(m.place, m.text, m.precision or 1) for m in pair]
    return []


def _resolved_place_ending(doc: Doc, end: int) -> Any | None:
    """The resolved place mention (not inside an organisation's name) ending at raw ``end``."""
    return next((m for m in doc.entities if m.end == end and m.type in PLACE_TYPES
                 and m.place is not None and not m.in_org), None)


_IN_PLACE: Final = frozenset(normalize_key(w) for w in ("في", "وفي"))
_LISTED_MAX: Final = 6  # towns of one list «في بيروت وصيدا وطرابلس ...»
_TOWNS_HEADS: Final = frozenset(normalize_key(w) for w in ("مدن", "بلدات", "قرى", "مدينتي", "بلدتي", "قريتي"))


def listed_towns(doc: Doc, s: SentenceCtx, group: list[Candidate]) -> list[Location]:
    """The towns a protest's clauses list after «في» («تظاهر الآلاف في بيروت وصيدا وطرابلس»):
    ACLED codes a demonstration in each, so the stage makes one event at each. Only resolved
    towns (precision 1, not a region: «في دمشق وريفها» is one place and its countryside), of
    one country, joined by «و» or «،»; [] for fewer than two."""
    if group[0].trigger.plover != "PROTEST":
        return []
    norms = s.norms
    first = min(c.clause for c in group)
    last = max(c.clause for c in group)
    a = s.clause_starts[first]
    b = min(s.clause_stop(last), len(norms))
    for i in range(a, b - 1):
        if norms[i] not in _IN_PLACE:
            continue
        if norms[i + 1] in _TOWNS_HEADS and i + 2 < b:
            i += 1  # «في مدن درعا وحمص وحماة»
        one = _resolved_place_at(doc, s.tok_starts[i + 1])
        if one is None or not _a_town(one):
            continue
        towns = [one]
        end = one.end
        while len(towns) < _LISTED_MAX:
            nxt = _place_joined_after(doc, end, comma=True)
            if nxt is None or not _a_town(nxt) or nxt.place.country != one.place.country:
                break
            towns.append(nxt)
            end = nxt.end
        if len(towns) < 2 or len({id(m.place) for m in towns}) < len(towns):
            return []
        return [location_of(m.place, m.text, m.precision or 1) for m in towns]
    return []


def _place_joined_after(doc: Doc, end: int, comma: bool = False) -> Any | None:
    """The resolved place mention joined by «و» to the name ending at raw ``end`` («بلدتي كفرنبل
    ومعرة النعمان»), or with ``comma`` by «،» too («في مدن درعا وحمص، وحماة»); None else."""
    rest = doc.raw[end:end + 4]
    gap = len(rest) - len(rest.lstrip())
    sep = rest[gap:gap + 1]
    if sep == _AND:
        return _resolved_place_at(doc, end + gap + 1) or _resolved_place_at(doc, end + gap)
    if comma and sep in ("\u060c", ","):
        after = doc.raw[end + gap + 1:end + gap + 6]
        at = end + gap + 1 + len(after) - len(after.lstrip())
        return _resolved_place_at(doc, at) or (
            _resolved_place_at(doc, at + 1) if doc.raw[at:at + 1] == _AND else None)
    return None


def _a_town(m: Any) -> bool:
    """A resolved populated place named precisely (no region, no countryside)."""
    return (m.precision or 1) == 1 and m.place.kind in ("P", "C")


def _resolved_place_at(doc: Doc, start: int) -> Any | None:
    """The resolved place mention (not inside an organisation's name) starting at raw ``start``."""
    return next((m for m in doc.entities if m.start == start and m.type in PLACE_TYPES
                 and m.place is not None and not m.in_org), None)


def _to_location(place: Any, name_ar: str, precision: int, made: dict[tuple[int, str, int], Location]) -> Location:
    """``place.to_location(...)``, made once per place, form and precision in a document
    (``made`` is the document's): events at the same place share the one ``Location``."""
    key = (id(place), name_ar, precision)
    got = made.get(key)
    if got is None:
        got = made[key] = location_of(place, name_ar, precision)
    return got


def _location(doc: Doc, s: SentenceCtx, group: list[Candidate], first: int, last: int,
              made: dict[tuple[int, str, int], Location], base: tuple[int, int] | None = None) -> Location | None:
    talk = group[0].trigger.plover in {"CONSULT", "AGREE"}
    if not talk and not places_start_in(doc, s.span.start, s.span.end):
        # every span tried below lies in the sentence: with no resolved place in it, none is
        # found, and the origins, homes and speakers to skip need no reading (a third of the
        # benchmark's events; talks may take a place named elsewhere, :func:`_known_place_after`)
        return None
    a = s.clause_starts[first]
    b = s.clause_stop(last)
    said_end = _said_after(doc, s, group)
    spans = []
    if 0 <= a < b <= len(s.norms):
        if talk:
            # talks happen where the counterpart is («مع وجهاء عشائر تلعفر»), not where the
            # announcer's name points («قيادة عمليات نينوى»)
            first_tok = min(c.tok for c in group)
            if a <= first_tok < b:
                spans.append((s.tok_starts[first_tok], s.ends[b - 1]))
                known = _known_place_after(doc, s, first_tok, b, made)
                if known is not None:
                    return known
        said = _after_reporter(s, group, a)
        if said is not None:
            # «أعلنت وزارة الصحة التابعة للحوثيين في صنعاء أن مدنياً قُتل ... في مديرية مقبنة»:
            # what was said, before the reporter's place (which stands when nothing else does)
            spans.append((s.tok_starts[said], s.ends[b - 1]))
        spans.append((s.tok_starts[a], min(s.ends[b - 1], said_end)))
    spans.append((_meanwhile_open(s, first), min(_meanwhile_start(s, last), said_end)))
    hospital = False
    if base is None:
        # «استقدمت تعزيزات من الحسكة ومنبج باتجاه المنطقة»: whence, not where; for the build-up
        # and for a deed told beside it («هاجموا نقطة ... قبل أن تستقدم القوات تعزيزات من مدينة
        # الشحيل»), and never where either happened
        mobilised = [c for c in s.candidates if c.trigger.plover == _MOBILIZE]
        base = _origin(s, mobilised) if mobilised else None
        hospital = base is not None
    if base is None:
        base = _home_of(s, first, last)  # «عن 15 معتقلا من أبناء محافظة إب»: where they are from
    if base is None:
        base = _fled_to(s, first, last)  # «وإن آلاف الأسر نزحت نحو مدينة بابنوسة»: where they fled
    if base is None:
        base = _route(s)  # «قطار ... كان يقل نحو 440 راكبا من كويتا إلى بيشاور»: where it ran
        hospital = base is not None
    if base is None:
        base = _launch_origin(doc, s, first, last)  # «اعترضت صاروخاً أُطلق من اليمن»: whence it flew
        hospital = base is not None  # (never where it came down)
    if base is None:
        base = _mediators(s)  # «بوساطة من أعيان سوق الجمعة»: whence the mediators came
        hospital = base is not None
    if base is None:
        base = _taken_to_hospital(s, first, last)  # «نقل إلى المشفى الوطني في مدينة درعا»: where the wounded went
        hospital = base is not None
    if base is None and group[0].trigger.plover == "PROTEST":
        base = _grievance_object(s, first, last)  # «تظاهر آلاف المغاربة تضامنا مع غزة»: what, not where
        hospital = base is not None
    if base is None:
        base = _speaking_place(doc, s)  # «أعلنت موسكو أن ...»: the government that speaks
        hospital = base is not None  # (as the hospital: never where it happened)
    tries: list[tuple[int, int, tuple[int, int] | None]] = [(a, b, base) for a, b in spans]
    if base is not None and not hospital and not _points_at_place(doc, s.span.start, s.span.end):
        tries.append((s.span.start, s.span.end, None))  # nothing else named: where they were
    for a, b, skip in tries:
        try:
            found = place_for_span(doc, a, b, skip)
        except Exception:  # noqa: BLE001 - a geo bug must not drop the event
            found = None
        if found:
            place, precision, mention = found
            name_ar = mention.text if mention is not None else ""
            if place.kind == _ADMIN_KIND and mention is not None:
                city = _city_of_province(doc, place, mention, b)
                if city is not None:
                    # written «محافظة تعز», the city is its last word
                    place, precision, name_ar = city[0], city[1], name_ar.split()[-1]
            try:
                return _to_location(place, name_ar, precision or 1, made)
            except Exception:  # noqa: BLE001
                return None
    return None


_GRIEVANCE_WORDS: Final = 5  # words after the purpose cue its object may span: «تنديدا بالقصف الإسرائيلي على لبنان»
# words that open where the protest was, ending the grievance's words («تضامنا مع غزة في ساحة ...»)
_WHERE_WORDS: Final = frozenset(normalize_key(w) for w in (
    "في", "وفي", "أمام", "قرب", "وسط", "داخل", "عند", "قبالة", "بالقرب", "بمدينة", "ببلدة", "بساحة", "حيث"))


def _grievance_object(s: SentenceCtx, first: int, last: int) -> tuple[int, int] | None:
    """Raw span of what a protest is for or against, right after its purpose cue (cues.tsv kind
    purpose) in the group's clauses: «تظاهر آلاف المغاربة تضامنا مع غزة»، «ضد الحرب على غزة»،
    «تنديدا بالقصف الإسرائيلي على لبنان» name the grievance's place, not the protest's (the
    Moroccans marched in Morocco; ACLED leaves a protest unplaced rather than put it in Gaza).
    The span runs at most :data:`_GRIEVANCE_WORDS` words after the cue and stops at a word that
    opens where the protest was («تضامنا مع غزة في ساحة الأمم»: the square is the protest's
    place); «احتجاجا على انقطاع الكهرباء في البصرة» keeps Basra. None without a cue."""
    for cue in s.cues:
        if cue.kind != _PURPOSE or not first <= cue.clause <= last:
            continue
        stop = min(s.clause_stop(cue.clause), len(s.norms))
        k = bisect_left(s.tok_starts, cue.end)
        end = min(stop, k + _GRIEVANCE_WORDS)
        j = k
        while j < end and s.norms[j] not in _WHERE_WORDS:
            j += 1
        if j > k:
            return cue.start, s.ends[j - 1]
    return None


def _speaking_place(doc: Doc, s: SentenceCtx) -> tuple[int, int] | None:
    """Raw span of a country or capital that speaks in the sentence («أعلنت موسكو أن ...»،
    «قالت واشنطن إن ...»: the attribution stage names it "Government of X"): metonymy for a
    government, not the place of what it reports."""
    spans: list[tuple[int, int]] | None = doc.extras.get(_SPEAKING_PLACES)
    if spans is None:  # once per document
        spans = doc.extras[_SPEAKING_PLACES] = sorted(
            (m.start, m.end) for m in doc.extras.get("sources", ())
            if m.kind == "generic" and m.origin == "rule" and m.name.startswith(_GOVERNMENT_OF))
    for span in spans:
        if s.span.start <= span[0] < s.span.end:
            return span
    return None


_GOVERNMENT_OF: Final = "Government of "
_SPEAKING_PLACES: Final = "speaking_places"  # doc.extras key: the raw spans :func:`_speaking_place` looks in


def _after_reporter(s: SentenceCtx, group: list[Candidate], a: int) -> int | None:
    """The token after the complementiser («أن»، «إن») that opens what a reporter said, when it
    stands in the group's first clause (from token ``a``) before its first trigger."""
    comp = s.complementisers
    if comp is None:
        comp = s.complementisers = [i for i, norm in enumerate(s.norms) if norm in _COMPLEMENTISERS]
    if not comp:
        return None
    k = bisect_left(comp, min(c.tok for c in group))
    if not k or comp[k - 1] < a or comp[k - 1] + 1 >= len(s.norms):
        return None
    return comp[k - 1] + 1


_MEANWHILE: Final = frozenset(normalize_key(w) for w in ("فيما", "وفيما", "بينما", "وبينما"))


def _meanwhile_start(s: SentenceCtx, last: int) -> int:
    """Where the sentence's first clause after clause ``last`` that opens with «فيما/بينما»
    starts (raw), else the sentence's end: «..., فيما دانت وزارة الخارجية ... واستدعت السفير
    الإيراني في بغداد» tells another happening; its place is not the event's."""
    for k in range(last + 1, len(s.clause_starts)):
        i = s.clause_starts[k]
        if i + 1 < len(s.norms) and s.norms[i] in _MEANWHILE and s.norms[i + 1] not in _WHILE_NEXT:
            return s.tok_starts[i]
        # «...، مؤكدا أن العملية جاءت ردا على غارات جوية استهدفت العاصمة كابل»: what it answered
        stop = min(s.clause_stop(k), len(s.norms) - 1)
        for j in range(i, stop):
            if s.norms[j] in _IN_REPLY and s.norms[j + 1] in _ON:
                return s.tok_starts[j]
    return s.span.end


_IN_REPLY: Final = frozenset(normalize_key(w) for w in ("ردا", "رداً"))


def _meanwhile_open(s: SentenceCtx, first: int) -> int:
    """Where the «فيما/بينما» clause that holds clause ``first`` starts (raw) when another
    reporter speaks in it, else the sentence's start: «قتل ثمانية أشخاص في خاركيف، فيما أعلنت
    موسكو أنها أسقطت 37 مسيرة»: the drones were not downed in Kharkiv (but «بينما هاجم مجهولون
    ... في العاصمة» goes on in the Athens just named)."""
    for k in range(first, 0, -1):
        i = s.clause_starts[k]
        if i + 1 < len(s.norms) and s.norms[i] in _MEANWHILE and s.norms[i + 1] in _MEANWHILE_REPORTS:
            return s.tok_starts[i]
    return s.span.start


def _said_after(doc: Doc, s: SentenceCtx, group: list[Candidate]) -> int:
    """Where a comma and «وقال/وأكد ...» open a speaker's words after the group's triggers (raw),
    when the words before them name a place, else the sentence's end: «شن الطيران غارات ...
    بريف السويداء، وقال الوزير إن الضربات رسالة إلى النظام في دمشق»: Damascus is in the
    minister's words, not where the strikes fell (but «قتل جنديان أمس، وقال مصدر إنهما كانا في
    نقطة تفتيش في قضاء الطارمية»: the speaker says where)."""
    last = max(c.tok_end for c in group)
    norms = s.norms
    for i in range(last, len(norms)):
        if (norms[i] in _AND_SAID or norms[i] in _ADDING) and i > 0 and s.texts[i - 1] in (",", "\u060c"):
            cut = s.tok_starts[i]
            named = any(s.span.start <= m.start < cut and m.type in PLACE_TYPES and not m.in_org for m in s.ents)
            # «أن الدفاعات «تصدت لثماني مسيّرات»، مضيفاً أن قوات الجيش صدت هجوماً ... على مدينة
            # بابنوسة»: the participle adds another deed, and the place after it is that deed's
            adding = norms[i] in _ADDING
            other = adding and any(c.tok > i and not c.veto and c.trigger.plover == "ASSAULT" for c in s.candidates)
            if named or other:
                return cut
            if not adding:
                return s.span.end
    return s.span.end


# the participles of frames.tsv's «adding» row that add a new point, not all of them: «مؤكداً أن
# «القوة الصاروخية استهدفت تجمعاً ... في مأرب»» affirms the deed the place belongs to (the whole
# row, read from the data, lost Marib in the golden run)
_ADDING: Final = frozenset(normalize_key(w) for w in (  # (with or without the tanween: the key drops it)
    "مضيفا", "مضيفة", "مشيرا", "مشيرة", "موضحا", "موضحة", "لافتا", "لافتة"))


_AND_SAID: Final = frozenset(normalize_key(w) for w in (
    "وقال", "وقالت", "وأكد", "وأكدت", "وأضاف", "وأضافت", "وأوضح", "وأوضحت", "وأعلن", "وأعلنت", "وأشار", "وأشارت"))


_MEANWHILE_REPORTS: Final = frozenset(normalize_key(w) for w in (
    "قال", "قالت", "أعلن", "أعلنت", "أفاد", "أفادت", "ذكر", "ذكرت", "أكد", "أكدت", "يقول", "تقول", "أشار", "أشارت"))


# «بينما كان برفقة ...» (while he was), «فيما يبدو» (apparently): the same happening goes on
_WHILE_NEXT: Final = frozenset(normalize_key(w) for w in ("كان", "كانت", "كانوا", "كانا", "يبدو", "بدا"))


_TOWARD_WORDS: Final = frozenset(normalize_key(w) for w in ("باتجاه", "إلى", "نحو", "صوب"))
_ORIGIN_REACH: Final = 8  # words from the reinforcements' trigger to «من», and of the «من» phrase


def _origin(s: SentenceCtx, group: list[Candidate]) -> tuple[int, int] | None:
    """Raw span of the places reinforcements came from («استقدمت تعزيزات عسكرية من الحسكة ومنبج
    باتجاه المنطقة»): from the «من» after the trigger to a word of direction or the clause's end.
    ACLED places a build-up where the forces gather, not whence they came."""
    last = max(c.tok_end for c in group)
    stop = min(s.clause_stop(max(c.clause for c in group)), len(s.norms))
    for k in range(last, min(stop, last + _ORIGIN_REACH)):
        if s.norms[k] == _FROM:
            j = k + 1
            while j < min(stop, k + 1 + _ORIGIN_REACH) and s.norms[j] not in _TOWARD_WORDS:
                j += 1
            return (s.tok_starts[k], s.ends[j - 1]) if j > k + 1 else None
    return None


_ADMIN_KIND: Final = "A"  # gazetteer kind of a first-level division
# «المدينة» after a province named like its capital: «في محافظة تعز ... في حي الجحملية شرقي المدينة»
_THE_CITY: Final = frozenset(normalize_key(w) for w in ("المدينة", "بالمدينة", "والمدينة", "للمدينة"))
WORD: Final = re.compile(r"\w+")  # a word of raw text (place_fallback reads words with it too)
_NEIGHBOURHOOD: Final = frozenset(normalize_key(w) for w in ("حي", "بحي", "أحياء", "حارة", "شارع"))


def _city_of_province(doc: Doc, province: Place, mention: Mention, end: int) -> tuple[Place, int] | None:
    """The town a province is named after, and its precision, when «المدينة» follows the
    province's name in the event's span up to raw ``end`` («وفي محافظة تعز، قال مصدر طبي إن طفلة
    قُتلت ... في حي الجحملية شرقي المدينة»): Taiz the city, not anywhere in its province. A
    bearing from the city («في جبهة مقبنة غربي المدينة») is near it, not in it (precision 2),
    unless a neighbourhood of it is named."""
    words = [normalize_key(w) for w in WORD.findall(doc.raw, mention.end, end)]
    at = next((k for k, w in enumerate(words) if w in _THE_CITY), None)
    names = mention.text.split()
    if at is None or not names:
        return None
    towns = [p for p in load_gazetteer().candidates(normalize_key(names[-1]))
             if p.is_town and p.admin_key == province.admin_key]
    if not towns:
        return None
    near = at > 0 and words[at - 1] in DIRECTIONS and not _NEIGHBOURHOOD.intersection(words[:at])
    return max(towns, key=lambda p: p.population), 2 if near else 1


_MOBILIZE: Final = "MOBILIZE"  # the PLOVER type of a build-up of forces («استقدم تعزيزات»)
_LAUNCHED: Final = frozenset(normalize_key(w) for w in (
    "أطلق", "أطلقت", "أطلقا", "أطلقتا", "أطلقوا", "أطلقها", "أطلقه", "انطلق", "انطلقت", "انطلقا", "انطلقتا"))
_IN_WORDS: Final = frozenset({"في", "ب", "،"})  # between a place and the area holding it
_LAUNCH_REACH: Final = 3  # words from the verb of launching to its «من»: «أطلق صباح اليوم من ...»


def _launch_origin(doc: Doc, s: SentenceCtx, first: int, last: int) -> tuple[int, int] | None:
    """Raw span of the place a weapon was launched from («اعترضت الدفاعات الجوية صاروخاً أُطلق
    من اليمن»، «طائرة مسيرة انطلقت من جنوب لبنان باتجاه الجليل»): from the «من» after the verb
    to the first place named after it, within a few words and before a word of direction
    («أطلقت من لبنان سقطت ... قرب مستوطنة المطلة»: where it fell stays). ACLED places a strike
    or its interception where the weapon came down or was stopped, not whence it flew."""
    a, b = s.clause_starts[first], min(s.clause_stop(last), len(s.norms))
    for k in range(a, b):
        if s.norms[k] not in _LAUNCHED:
            continue
        for m in range(k + 1, min(b, k + 1 + _LAUNCH_REACH)):
            if s.norms[m] != _FROM:
                continue
            j = m + 1
            while j < min(b, m + 1 + _ORIGIN_REACH) and s.norms[j] not in _TOWARD_WORDS:
                j += 1
            if j == m + 1:
                return None
            lo, hi = s.tok_starts[m], s.ends[j - 1]
            places = sorted((e.start, e.end) for e in doc.entities if lo < e.start and e.end <= hi and e.type in PLACE_TYPES)
            if not places:
                return None
            end = places[0][1]
            for start, stop in places[1:]:  # «من منطقة الفيحاء في الضفة الشرقية»: the place and where it is
                if doc.raw[end:start].strip() not in _IN_WORDS:
                    break
                end = stop
            return lo, end
    return None


_SONS_OF: Final = frozenset(normalize_key(w) for w in ("أبناء", "وأبناء", "لأبناء", "بأبناء"))
# the notables of a place who mediated: «بوساطة من أعيان سوق الجمعة» (talks held with them are
# where they are: «اجتماعاً مع وجهاء عشائر تلعفر», :func:`_location`)
_NOTABLES: Final = frozenset(normalize_key(w) for w in ("أعيان", "وجهاء", "شيوخ"))
_MEDIATION: Final = frozenset(normalize_key(w) for w in ("بوساطة", "وساطة", "بوساطه"))
_SONS_REACH: Final = 3  # «أبناء محافظة إب»، «أبناء قرية ...»: the word, a head, the name


def _home_of(s: SentenceCtx, first: int, last: int) -> tuple[int, int] | None:
    """Raw span of «أبناء X» in the event's clauses («أفرجت جماعة الحوثي عن 15 معتقلا من أبناء
    محافظة إب»): the people's home, not where the event took place."""
    a, b = s.clause_starts[first], min(s.clause_stop(last), len(s.norms))
    for k in range(a, b):
        if s.norms[k] in _SONS_OF:
            j = min(b, k + 1 + _SONS_REACH)
            return (s.tok_starts[k], s.ends[j - 1]) if j > k + 1 else None
    return None


def _mediators(s: SentenceCtx) -> tuple[int, int] | None:
    """Raw span of «بوساطة من أعيان X» anywhere in the sentence («قبل أن يسلمه إلى طرف محايد
    بوساطة من أعيان سوق الجمعة»): the mediators' home, never where the event took place."""
    n = len(s.norms)
    for k in range(2, n):
        if s.norms[k] in _NOTABLES and s.norms[k - 1] == _FROM and s.norms[k - 2] in _MEDIATION:
            j = min(n, k + 2 + _SONS_REACH)  # «أعيان ووجهاء سوق الجمعة»: two words of notables
            return s.tok_starts[k], s.ends[j - 1]
    return None


_FLED: Final = frozenset(normalize_key(w) for w in (
    "نزح", "نزحت", "نزحوا", "فر", "فرت", "فروا", "لجأ", "لجأت", "لجأوا", "هرب", "هربت", "هربوا", "توجهت", "توجهوا"))
_FLED_REACH: Final = 4  # «نزحت نحو مدينة بابنوسة»: the direction word and the place after the verb


def _fled_to(s: SentenceCtx, first: int, last: int) -> tuple[int, int] | None:
    """Raw span of where people fled to («نزحت نحو مدينة بابنوسة»، «فروا إلى القرى المجاورة») in
    the event's clauses: a verb of fleeing, then «نحو/إلى/باتجاه/صوب» right after it."""
    a, b = s.clause_starts[first], min(s.clause_stop(last), len(s.norms))
    for k in range(a, b - 1):
        if s.norms[k] in _FLED and s.norms[k + 1] in _TOWARD_WORDS:
            j = min(b, k + 2 + _FLED_REACH)
            return s.tok_starts[k + 1], s.ends[j - 1]
    return None


# words that tell a vehicle's run or its passengers right before «من X إلى Y»
_TRAVEL: Final = frozenset(normalize_key(w) for w in (
    "يقل", "تقل", "يقلون", "راكبا", "راكب", "ركاب", "مسافرا", "مسافرين", "متجها", "متجهة", "قادما", "قادمة",
    "المتجه", "المتجهة", "القادم", "القادمة", "رحلة", "رحلته", "رحلتها", "طريقه", "طريقها", "طريقهم"))
_TRAVEL_REACH: Final = 3  # words from a travel word to «من»; and from «من» to «إلى»
_ROUTE_END: Final = 3  # words of the destination after «إلى»


def _route(s: SentenceCtx) -> tuple[int, int] | None:
    """Raw span of a vehicle's route in the sentence («قطار "جعفر إكسبريس" الذي كان يقل نحو 440
    راكبا من كويتا إلى بيشاور»): «من X إلى Y» after a word of travel or passengers. The towns
    it ran between are not where it was attacked."""
    norms = s.norms
    n = len(norms)
    for k in range(1, n - 2):
        if norms[k] != _FROM or not any(norms[j] in _TRAVEL for j in range(max(0, k - _TRAVEL_REACH), k)):
            continue
        to = next((j for j in range(k + 2, min(n, k + 2 + _TRAVEL_REACH)) if norms[j] in _INTO_ONLY), None)
        if to is not None:
            end = min(n, to + 1 + _ROUTE_END, s.clause_stop(s.clause_of(to)))
            return s.tok_starts[k], s.ends[end - 1]
    return None


_INTO_ONLY: Final = frozenset(normalize_key(w) for w in ("إلى", "الى"))
_CARRIED: Final = frozenset(normalize_key(w) for w in (
    "نقل", "نقلت", "نقلوا", "نقله", "نقلها", "نقلهم", "ونقل", "ونقلت", "ونقلوا", "أسعف", "أسعفت", "أسعفوا",
    "وأسعف", "وأسعفت", "وأسعفوا", "أدخل", "أدخلت", "أدخلوا", "يرقد", "يرقدون", "ترقد"))
_CARRIED_REACH: Final = 3  # «نقل على إثرها إلى»: words from the verb to «إلى/في»
_HOSPITALS: Final = frozenset(normalize_key(w) for w in (
    "مستشفى", "المستشفى", "مشفى", "المشفى", "مستشفيات", "المستشفيات", "مستوصف", "المستوصف", "مشافي", "المشافي"))
_HOSPITAL_REACH: Final = 6  # «إلى المشفى الوطني في مدينة درعا»: the hospital's name and its town
_INTO: Final = frozenset(normalize_key(w) for w in ("إلى", "الى", "في"))


def _taken_to_hospital(s: SentenceCtx, first: int, last: int) -> tuple[int, int] | None:
    """Raw span of the hospital the wounded were taken to («وإصابة ثالث بجروح خطيرة نقل على
    إثرها إلى المشفى الوطني في مدينة درعا»، «أسعفوا إلى مستشفى الرمادي») in the event's clauses:
    a verb of carrying or lying, «إلى/في» within :data:`_CARRIED_REACH` words, then a word for a
    hospital, in the event's clauses or a later one of its sentence («أصيب ثلاثة جنود في هجوم
    مسلح، نقلوا على إثره إلى مستشفى مدينة الرمادي»). The wounded are treated in the nearest big
    town, not where they were hit."""
    a, b = s.clause_starts[first], len(s.norms)
    for k in range(a, b - 2):
        if s.norms[k] not in _CARRIED:
            continue
        for j in range(k + 1, min(b - 1, k + 1 + _CARRIED_REACH)):
            if s.norms[j] in _INTO and s.norms[j + 1] in _HOSPITALS:
                end = min(b, j + 2 + _HOSPITAL_REACH)
                return s.tok_starts[j], s.ends[end - 1]
    return None


def _points_at_place(doc: Doc, start: int, end: int) -> bool:
    """Does raw ``[start, end)`` hold a place anaphor or an unresolved place name (the place
    fallback's test; imported here, where it is needed, as that module imports this one)?"""
    from hadath.events.place_fallback import points_at_place

    return points_at_place(doc, start, end, {})


def _places_by_form(doc: Doc) -> dict[str, Any]:
    """One-word resolved place mentions by normalised form (cached per document)."""
    key = (len(doc.entities), id(doc.entities))
    cached = doc.extras.get("_events_places_by_form")
    if cached is not None and cached[0] == key:
        return cached[1]  # type: ignore[no-any-return]
    by_form: dict[str, Any] = {}
    for m in doc.entities:
        place = getattr(m, "place", None)
        if place is not None and m.type in {"GPE", "LOC"} and not getattr(m, "in_org", False) and " " not in m.text:
            by_form.setdefault(normalize_key(m.text), m)
    doc.extras["_events_places_by_form"] = (key, by_form)
    return by_form


def _known_place_after(doc: Doc, s: SentenceCtx, a: int, b: int,
                       made: dict[tuple[int, str, int], Location]) -> Location | None:
    """A word in tokens ``[a, b)`` that the article names as a resolved place elsewhere.

    «مع وجهاء عشائر تلعفر»: NER may miss the town inside a tribe's name, but the article's
    other mentions of «تلعفر» were resolved; the same word form is the same town.
    """
    by_form = _places_by_form(doc)
    if not by_form:
        return None
    for stem, norm in zip(s.stems[a:b], s.norms[a:b], strict=True):
        known = by_form.get(stem) or by_form.get(norm)
        if known is not None and not (s.span.start <= known.start < s.span.end):
            try:
                return _to_location(known.place, known.text, getattr(known, "precision", None) or 1, made)
            except Exception:  # noqa: BLE001 - a geo bug must not drop the event
                return None
    return None


def source(doc: Doc, best: Candidate) -> Source | None:
    try:
        found = source_for(doc, best.start, best.end)
    except Exception:  # noqa: BLE001 - attribution bug must not drop the event
        return None
    return found if isinstance(found, Source) else None
