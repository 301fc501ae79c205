"""The events stage: triggers -> modality -> classifier -> merged, typed, argued events.

1. :func:`hadath.events.context.candidates` finds trigger words and context cues.
2. :func:`hadath.events.modality.veto` drops triggers that grammar rules out (negated,
   future, hypothetical, condemned, on trial, accidents ...).
3. The classifier (:mod:`hadath.events.model`) scores the rest; below the threshold of its
   PLOVER type a trigger is a mention, not a report («منذ اغتيال الحريري»).
4. Triggers of one happening merge: within a clause, all violence triggers («غارة ... أدت
   إلى مقتل») make one event typed by the most specific trigger; protests, arrests, talks
   ... each merge among themselves.
5. Arguments (:mod:`hadath.events.arguments`) and ACLED sub-type decisions
   (:mod:`hadath.events.acled`) complete the event. Its date: :mod:`hadath.events.dating`
   (own clause, sentence, paragraph, then the story's date; never a background sentence's).
   Without a place of its own: :mod:`hadath.events.place_fallback` (the previous event's in
   the same paragraph, else an anchor the sentence points at; else null), after step 6.
6. An event its own sentence dates more than 90 days before publication is a recap, not a
   report, and is dropped (:mod:`hadath.events.recency`).
7. A later definite mention of the same happening («واستمرت الاشتباكات») folds into the
   earlier event (:mod:`hadath.events.coref`).

The scored candidates are not kept on the document (training and debugging call
:func:`score`): each candidate points back at its sentence context, which lists the
candidates, so keeping them left ~1,600 objects an article in reference cycles for the
garbage collector; the stage empties the contexts' candidate lists when it is done, and
the whole document is freed by reference counting.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any, Final

from hadath.bisects import bisect_left, bisect_right
from hadath.doc import Doc
from hadath.events import (
    acled,
    arguments,
    coref,
    dating,
    place_fallback,
    recency,
    responsibility,
    updates,
)
from hadath.events.context import Candidate, Memo, SentenceCtx, candidates, more_breaks
from hadath.events.draft import Event, Span
from hadath.events.features import candidate_features, conjoin, sentence_features, sentence_parts
from hadath.events.lexicon import (
    ARREST_MODE,
    ATTACK_MODES,
    CROWD_KINDS,
    DEMONSTRATIVES,
    DRONE_WORDS,
    EXCESSIVE_FORCE,
    HE_THAT,
    NEUTRALISE_MODE,
    PARRIED_IT,
    PARRY_VERBS,
    PEOPLE_KINDS,
    POPULACE,
    PROTEST_VERBS,
    QAD,
    SELF_HARM_MODE,
    SINCE_STARTS,
    SKIRMISHES,
    UNDERTAKE_KINDS,
    VERB_POS,
    generic_actor,
    other_happening_words,
)
from hadath.events.modality import OVERFLIGHT_VETO, SCATTERED_VETO, answering_verb, veto
from hadath.events.model import load_model
from hadath.events.tally import counted_people, dual_forms
from hadath.geo.gazetteer import load_gazetteer
from hadath.lexicon.actors import (
    ARMED_GROUP_INTER,
    ARMED_INTER,
    CIVILIAN_INTER,
    CROWD_INTER,
    STATE_INTER,
    country_name,
    fill_country,
    load_actors,
    nisba_index,
)
from hadath.mentions import PLACE_TYPES
from hadath.schema import Actor, Location
from hadath.schema import Span as ContractSpan
from hadath.text.chars import NAME_QUOTES, OPENING_QUOTES, QUOTE_NORM
from hadath.text.normalize import normalize_key
from hadath.text.recency import SINCE

# which triggers describe the same kind of happening (and so merge within a clause)
_FAMILY: Final = {
    "ASSAULT": "violence", "RETREAT": "territory-move", "CONCEDE": "concede", "PROTEST": "protest",
    "MOBILIZE": "mobilize", "AGREE": "agree", "CONSULT": "consult", "COOPERATE": "group",
    "THREATEN": "threaten", "COERCE": "coerce",
}
_AL: Final = "\u0627\u0644"
_AERIAL: Final = "aerial"
_REGAINS: Final = "Government regains territory"
_EXPLOSIVES: Final = "explosives"
_WEAPON_MODES: Final = frozenset({"heavy-weapons", _AERIAL, _EXPLOSIVES})
# checkpoints are listed as place cues in cues.tsv (حاجز، نقطة تفتيش); they are attack objects too
_OBJECT_KINDS: Final = frozenset({"object", "position"})  # cues.tsv: «حاجزاً»، «ثكنة» ...; «موقع»
_OBJECT_KEYS: Final = frozenset({"\u062d\u0627\u062c\u0632", "\u0646\u0642\u0637\u0647 \u062a\u0641\u062a\u064a\u0634",  # حاجز، نقطة تفتيش
                          "\u0645\u0648\u0627\u0642\u0639"})  # مواقع (a target marker row of its own)
_RELATIVES: Final = frozenset({"\u0627\u0644\u0630\u064a", "\u0627\u0644\u062a\u064a", "\u0627\u0644\u0630\u064a\u0646"})  # الذي التي الذين
_BACKGROUND_KINDS: Final = frozenset({"trial", "anniversary", "history", "condemn"})
_TALK_TYPES: Final = frozenset({"CONSULT", "AGREE"})
_PARTY_MARKERS: Final = frozenset({"\u0645\u0639", "\u0628\u064a\u0646"})  # مع بين
_RULE_MODES: Final = frozenset({"territory", "withdraw", "base", "reinforce"})
RULE_CONFIDENCE: Final = 0.7
_DEMONSTRATE: Final = "demonstrate"
_SUBJECT_REACH: Final = 2  # words between a protest verb's end and its subject's start, at most
_LAM: Final = "\u0644"
_BA: Final = "\u0628"
_CONJ: Final = "\u0648\u0641"  # و ف
# verbs of managing that take a verbal noun: تمكن (من) نجح (في) استطاع
_MANAGE: Final = ("\u062a\u0645\u0643\u0646", "\u0646\u062c\u062d", "\u0627\u0633\u062a\u0637\u0627\u0639")
_MANAGE_REACH: Final = 7  # tokens between the verb of managing and the verbal noun, at most («تمكنت مفارز هيئة الحشد الشعبي من تفكيك»)
_STAGED_MODES: Final = frozenset({_DEMONSTRATE, "strike"})
_STAGE_REACH: Final = 8  # tokens from a staging verb to the protest noun it governs, at most
_PROTESTER_REACH: Final = 2  # «خرجوا متظاهرين»، «نزل المتظاهرون»: the crowd right after the verb
_STAGE_KINDS: Final = frozenset({"stage", "goout", "erupt"})
_ERUPT_REACH: Final = 3  # «وانفجرت عدة مظاهرات»: a quantity word may stand between the verb and the noun
# nouns that name a protest in every sense: «تظاهرة»، «مسيرة» and «مظاهرة» are also festivals
# and rallies («تظاهرة المسرح اللبناني»، «نظمت حماس مسيرات حاشدة لمناصريها»), so a verb of
# organising (kind stage) makes a protest only of these, of strikes and of vigils
_PROTEST_MARKS: Final = (normalize_key("احتجاج"), normalize_key("اعتصام"), normalize_key("تضامني"),
                         normalize_key("صامت"), normalize_key("بالشموع"),  # and vigils: «وقفة صامتة»، «وقفة بالشموع»
                         normalize_key("بشري"), normalize_key("عصيان"))  # «سلسلة بشرية»، «عصيان مدني»
# a strike and a stand that people stage («نظمت عائلات المعتقلين وقفة أمام مقر الصليب الأحمر»)
_UNAMBIGUOUS_MODES: Final = frozenset({"strike", "stand"})
_DESTROY: Final = "destroy"
_CROWD_VERB_KINDS: Final = frozenset({"deed", "chant", "undertake"})  # cues.tsv: verbs a crowd is the subject of
_CROWD_DEED_MODES: Final = frozenset({"raid", "attack", "destroy", "riot", "clash"})  # trigger verbs a crowd may do
_RIOT_TOLL_MODES: Final = frozenset({"casualty", "clash", "firearms"})  # deaths, clashes and shots a riot's clause may tell beside its deeds
def _parried_it(c: Candidate) -> bool:
    """An interception whose object is the pronoun of a weapon named before it in the sentence,
    told by its speaker («إنه/إنها» before it): «أطلق الحوثيون صاروخاً باليستياً باتجاه إسرائيل،
    وقال الجيش الإسرائيلي إنه اعترضه»."""
    s = c.sent
    return c.key in PARRIED_IT and c.tok > 0 and s.norms[c.tok - 1] in HE_THAT \
        and any(o.trigger.mode in _WEAPON_MODES and o.tok < c.tok for o in s.candidates)


_VIOLENT_COERCE: Final = frozenset({"disrupt", "destroy", "blockade"})
_DISRUPT: Final = "disrupt"
_DOER_ROLES: Final = frozenset({"armed", "state"})
_PREPOSITIONS: Final = frozenset(normalize_key(w) for w in ("من", "عن", "في", "على", "إلى", "بعد", "قبل", "دون"))
_DISRUPT_VERBS: Final = frozenset(normalize_key(w) for w in (  # finite verbs among the defuse phrases (triggers.tsv)
    "فكك", "فككت", "فككوا", "أبطل مفعول", "أبطلت مفعول", "أحبط", "أحبطت", "أسقط", "أسقطت", "ضبطت أسلحة",
    "اعترضت الدفاعات", "اعترض صاروخا")) | PARRY_VERBS
_DETAINEE_REACH: Final = 4  # words from an arrest word to the count of detainees, at most
_OF_THEM: Final = frozenset({"\u0645\u0646\u0647\u0645", "\u0645\u0646\u0647\u0646"})  # منهم منهن
_PEOPLE_CUES: Final = frozenset({"victim", "crowd"})
_GOVERNED: Final = (_LAM, _BA)  # ل ب: a noun after them is governed, no subject
# verbs of gathering, not only in protest («تجمع الطلاب لحضور حفل التخرج»): with a people noun
# subject they need a purpose (:func:`_purpose_after`)
_GATHER_VERBS: Final = frozenset(normalize_key(w) for w in ("تجمع", "تجمعوا", "تجمعت", "احتشد", "احتشدوا", "احتشدت"))
_PROTEST_PURPOSE_KINDS: Final = frozenset({"purpose", "chant"})
_IN_FRONT: Final = frozenset({normalize_key("أمام")})
_ON_THE_STEPS: Final = [normalize_key("على"), normalize_key("سلالم")]  # «وقفة على سلالم نقابة الصحفيين»
_GATHERING_ROLES: Final = frozenset({"civilian", "protester"})  # generic_actors.tsv roles of people who may gather
_IN_PROTEST: Final = normalize_key("احتجاجا")  # the purpose noun «احتجاجا (على)»
_PRESENT_FIRST: Final = frozenset("\u064a\u0646")  # ي ن: «يغلق»، «نغلق» (a habit or a plan, not a report)
# cues.tsv kinds a verb opening a deed done in protest may have: a crowd's deed or chant, a light
# verb, staging, going out, keeping up (no reporting, calling, negation or modal word)
_DEED_CUE_KINDS: Final = frozenset({"deed", "chant", "undertake", "stage", "goout", "sustain"})
_ABDUCT: Final = "abduct"
_ASSASSINATE: Final = "assassination"
_CASUALTY: Final = "casualty"
_RIOT_REACH: Final = 8  # words from a clash word to the stone throwing of the clashes, at most
_TIME_GAP: Final = 8  # words from an attack verb to its object when a time adverbial stands between, at most
_IN: Final = "\u0627\u0646"  # ان (normalised إن/أن): a condition or complementiser right before the verb
_PRESENT: Final = frozenset("\u064a\u062a")  # ي ت: «يقتل»، «تقتل» tell of no one happening
_ABDUCT_VERBS: Final = frozenset(normalize_key(w) for w in (  # finite past verbs of abducting (triggers.tsv, abduct)
    "خطف", "خطفت", "خطفوا", "اختطف", "اختطفت", "اختطفوا"))
_RECALL_KINDS: Final = frozenset({"after", "history"})
# finite chant verbs (cues.tsv, kind chant) whose subject may be a counted crowd: «ردد أكثر من ألف شخص»
_CHANT_VERBS: Final = frozenset(normalize_key(w) for w in ("ردد", "رددت", "رددوا", "هتف", "هتفت", "هتفوا"))
# finite verbs of dispersing (cues.tsv, kinds dispersal and intervention) with an object after them
_DISPERSE_VERBS: Final = frozenset(normalize_key(w) for w in ("فرقت", "فرقوا", "فضت"))
_HUNGER: Final = " " + normalize_key("عن الطعام")  # a strike «عن الطعام» is a hunger strike
_STRIKE_NOUNS: Final = frozenset(normalize_key(w) for w in ("إضراب", "إضرابا", "إضرابات", "إضرابه", "إضرابهم", "إضرابها"))
_THAT: Final = frozenset({normalize_key("أن")})  # «أن» + a present verb: a subjunctive («يريد أن يتظاهر»)
_SUSTAIN_REACH: Final = 4  # «تشاركان أيضا في الإضراب»، «يواصل العمال إضرابهم»
# «إضرابه/إضرابها/إضرابهم»: a strike noun with the pronoun of who is on it
_OWN_STRIKE: Final = frozenset(normalize_key(w) for w in ("إضرابه", "إضرابها", "إضرابهم", "إضرابهما", "إضرابهن"))
_KEPT_UP_REACH: Final = 10  # «يواصل نحو ألف وخمسمئة أسير فلسطيني في سجون الاحتلال إضرابهم»
_DETAINEE: Final = "detainee"  # cues.tsv kind: «الأسير»، «أسير»، «المعتقلة»: people held, who may strike
_BEGIN_VERBS: Final = frozenset(normalize_key(w) for w in ("بدأ", "بدأت", "بدأوا", "خاض", "خاضت", "خاضوا"))  # cues.tsv kind sustain, past
# present «يخوض»: a strike under way as it is told («يخوض عشرات الأسرى ... إضرابا عن الطعام منذ أسبوعين»)
_WAGING_NOW: Final = frozenset(normalize_key(w) for w in ("يخوض", "تخوض", "يخوضون", "يخوضان", "تخوضان"))
# «دخل العمال في إضراب»، «شرع الأسرى في إضراب»: entering or starting, with «في» before the noun
_ENTERED: Final = frozenset(normalize_key(w) for w in ("دخل", "دخلت", "دخلوا", "دخلا", "شرع", "شرعت", "شرعوا"))
# «أعلن الأسرى الإضراب المفتوح عن الطعام»: a hunger strike is declared by those who go on it
_DECLARE_VERBS: Final = frozenset(normalize_key(w) for w in ("أعلن", "أعلنت", "أعلنوا"))
_HUNGER_REACH: Final = 3  # words from the strike noun to «عن الطعام» («الإضراب المفتوح عن الطعام»)
_IN_PREP: Final = normalize_key("في")
_NISBA_ACCUSATIVE: Final = "\u064a\u0627"  # يا: the singular nationality a count of 11 to 99 takes («25 فلسطينيا»)
_NISBA_PLURALS: Final = ("\u064a\u064a\u0646", "\u064a\u0648\u0646")  # يين يون: plural nationalities «عراقيين»، «باكستانيون»
_ARREST_VERBS: Final = frozenset(normalize_key(w) for w in (  # finite verbs of arresting (triggers.tsv, arrest)
    "اعتقل", "اعتقلت", "اعتقلوا", "يعتقل", "تعتقل", "احتجز", "احتجزت", "احتجزوا",
    "ألقى القبض", "ألقت القبض", "ألقوا القبض", "أوقف", "أوقفت", "أوقفوا"))


# finite past support verbs (a light verb carrying the attack noun: «شن مسلحون هجوما»، «نفذت
# الطائرات غارات»); the present «يشن» is as often a habit or a plan
_WAGE_VERBS: Final = frozenset(normalize_key(w) for w in (
    "شن", "شنت", "شنوا", "شنا", "شنتا", "نفذ", "نفذت", "نفذوا", "نفذا"))
# of those, the forms spelt like their verbal noun: «بمحاولة شن هجوم»، «في شن ضربات جوية» name
# no deed, so these count only as the first word of a clause or with «و»/«ف» («وشن مسلحون»)
_NOUN_LIKE: Final = frozenset(normalize_key(w) for w in ("شن", "نفذ"))
_WAGE_REACH: Final = 4  # words from the support verb to the attack noun (its subject may stand between)
# finite past verbs of suffering an attack: «تعرضت دورية للجيش لهجوم بعبوة ناسفة»
_SUFFER_VERBS: Final = frozenset(normalize_key(w) for w in ("تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا"))
_SUFFER_REACH: Final = 6  # «تعرض مقر حزب المؤتمر لهجوم»: the victim stands between
_SUFFER_FAR: Final = 20  # «تعرضت وزيرة الدولة بوزارة الطاقة، فلانة، حرم فلان نائب رئيس الحركة، لمحاولة اغتيال»
_SURVIVE_VERBS: Final = frozenset(normalize_key(w) for w in ("نجا", "نجت", "نجوا", "نجيا", "نجتا"))
_ATTEMPT: Final = normalize_key("محاولة")
_SUFFERED_ATTEMPT: Final = normalize_key("لمحاولة")
_MIN: Final = normalize_key("من")
# finite past verbs of meeting an attack («تصدت القوات لهجوم») and of repelling one («صدت هجوما»)
_MEET_VERBS: Final = frozenset(normalize_key(w) for w in ("تصدى", "تصدت", "تصدوا", "تصديا", "تصدتا"))
_REPEL_VERBS: Final = frozenset(normalize_key(w) for w in ("صد", "صدت", "صدوا", "صدا", "صدتا"))
# attack nouns a support verb carries or a victim suffers; not torture, rape or beating
# («تعرض للتعذيب» is 0 yes in the training part: allegations), nor «اعتداء» (also abuse)
_WAGED_MODES: Final = frozenset({"attack", "raid", "aerial", "heavy-weapons", "explosives", "suicide", "firearms", "grenade"})
_ABUSE: Final = normalize_key("اعتداء")
_PRONOUNS: Final = frozenset(normalize_key(w) for w in ("هو", "هي", "فهو", "وهو", "فهي", "وهي"))
# finite past verbs of striking whose armed subject tells the deed (see :func:`_doer_struck`)
# verbs of blowing up, a strike only with the bomb as object: «أن مقاتليها «فجروا عبوة ناسفة
# بآلية عسكرية»», not «فجرت القوات أبواب المنازل» (not «فجر»: also the dawn)
_DETONATING: Final = tuple(normalize_key(w) for w in ("فجرت", "فجروا"))
_BOMB_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "عبوة", "عبوات", "عبوتين", "عبوتان", "قنبلة", "قنابل", "لغما", "لغم", "ألغاما", "حزاما"))
_STRIKE_VERBS: Final = frozenset(normalize_key(w) for w in (
    "قصف", "قصفت", "قصفوا", "هاجم", "هاجمت", "هاجموا", "استهدف", "استهدفت", "استهدفوا", "خطف", "خطفت", "خطفوا", "اختطف", "اختطفت", "اختطفوا",
    "اغتال", "اغتالت", "اغتالوا", *_DETONATING))
_NOUN_LIKE_STRIKES: Final = frozenset(normalize_key(w) for w in ("قصف", "خطف"))  # also «قصفُ»، «خطفُ» (verbal nouns)
_CLASH: Final = "clash"
# feminine past verbs of moving through streets whose subject a march noun is (see :func:`_march_subject`)
_MARCH_SUBJECT_VERBS: Final = frozenset(normalize_key(w) for w in ("جابت", "طافت", "سارت", "زحفت", "توجهت"))
# finite past verbs of launching a projectile, and the words that aim it (see :func:`_launched_at`)
_LAUNCH_VERBS: Final = frozenset(normalize_key(w) for w in ("أطلق", "أطلقت", "أطلقوا", "أطلقا"))
_AIMED: Final = frozenset(normalize_key(w) for w in ("على", "باتجاه", "نحو", "صوب"))
_AIM_REACH: Final = 3  # «قذائف هاون على»، «صواريخ قسام باتجاه»: words from the projectile to its aim
# past verbs of turning into, and «إلى» (see :func:`_turned_into`)
_TURNING_VERBS: Final = frozenset(normalize_key(w) for w in ("تحول", "تحولت", "انقلب", "انقلبت"))
_INTO: Final = frozenset(normalize_key(w) for w in ("إلى", "الى"))
_TURNED_REACH: Final = 5  # «وتحولت جنازة القتيل إلى»: words from the verb to «إلى», its subject between
_RELATIVE_CLAUSE_REACH: Final = 4  # and a relative clause on the subject adds: «الذي قتل برصاص الشرطة»
_UNDERTAKE: Final = "undertake"  # cues.tsv: light verbs of doing («قام»، «أقدم»)
_ON: Final = normalize_key("على")
# self-immolation nouns (triggers.tsv row self-immolation), normalised: «إحراق نفسه»، «حرق نفسه»، «إضرام النار»
_IMMOLATION_NOUNS: Final = tuple(normalize_key(w) for w in ("إحراق", "حرق", "إضرام"))
_IMMOLATION_OBJECTS: Final = frozenset(normalize_key(w) for w in ("النار", "نفسه", "نفسها", "أنفسهم", "أنفسهما"))
_IMMOLATION_REACH: Final = 10  # «أضرم شاب النار في نفسه أمام مقر المحافظة احتجاجا على البطالة»: words to the purpose
# finite past verbs of clashing whose armed subject tells the clash (see :func:`_clash_joined`)
_CLASH_VERBS: Final = frozenset(normalize_key(w) for w in ("اشتبك", "اشتبكت", "اشتبكوا", "اشتبكا", "اشتبكتا"))
# a particle carrying the verb's subject as a pronoun («ولكنه هاجم السلطات»: he criticised the
# authorities): the actor after the verb is its object
_SUBJECT_PRONOUNS: Final = frozenset(normalize_key(w) for w in (
    "إنه", "إنها", "إنهم", "أنه", "أنها", "أنهم", "بأنه", "بأنها", "بأنهم", "لكنه", "لكنها", "لكنهم",
    "ولكنه", "ولكنها", "ولكنهم", "وأنه", "وأنها", "وأنهم", "فإنه", "فإنها", "فإنهم"))
# «إن، أن، بأن، وإن» (one normalised form each) before a reported deed's subject
_COMPLEMENTISERS: Final = frozenset(normalize_key(w) for w in ("أن", "بأن", "وأن", "وإن"))
# a speaker's own forces as the subject of a reported deed: «قال الجيش إن قواته قصفت»
_OWN_FORCES: Final = frozenset(normalize_key(w) for w in (
    "قواته", "قواتها", "قواتهم", "طائراته", "طائراتها", "مقاتلاته", "مقاتلاتها", "وحداته", "وحداتها",
    "عناصره", "عناصرها", "مقاتليه", "مقاتليها", "جنوده", "جنودها", "مدفعيته", "مدفعيتها"))
_WHEN: Final = frozenset(normalize_key(w) for w in ("عندما", "حين", "حينما", "لدى", "أثناء", "خلال", "لما"))
# a support verb with the attack noun's pronoun: «هجوم شنه مسلحون»، «غارة شنتها طائرة»
_DONE_BY: Final = frozenset(normalize_key(w) for w in (
    "شنه", "شنته", "شنوه", "شنها", "شنتها", "شنوها", "نفذه", "نفذته", "نفذوه", "نفذها", "نفذتها", "نفذوها",
    "نصبه", "نصبته", "نصبوه",
    # «طائرات مسيرة أطلقتها قوات الدعم السريع»، «قذيفة أطلقها الحوثيون»: launched by
    "أطلقه", "أطلقته", "أطلقوه", "أطلقها", "أطلقتها", "أطلقوها"))
_DEMOLISH: Final = "demolish"  # triggers.tsv: «دمر» (finite), an attack only with an armed doer and a military object
_EXECUTE: Final = "execution"  # triggers.tsv: «أعدم»، «إعدامات ميدانية»
# the execution row's nouns (the row is a verb's: its noun forms are listed as variants)
_EXECUTION_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "إعدام ميداني", "إعدامات ميدانية", "عمليات إعدام ميداني", "عمليات إعدام ميدانية", "تصفيات ميدانية"))
_CLOSING_QUOTES: Final = frozenset(('"', "»", "”", "'"))
_BI_HAQQ: Final = normalize_key("بحق")  # «إعدامات ميدانية بحق مدنيين»: against whom
_UNSUPPORTED: Final = "unsupported"  # the veto of a rule-only trigger whose rule does not hold
_NO_TRIGGER: Final = frozenset({_UNSUPPORTED, OVERFLIGHT_VETO})  # vetoes that leave no trigger behind
_CELEBRATING: Final = frozenset(normalize_key(w) for w in ("احتفالا", "احتفالاً", "ابتهاجا", "ابتهاجاً", "للاحتفال", "محتفلين", "احتفاء"))
_CELEBRATION_REACH: Final = 5  # words after «إلى الشوارع» where a celebration word tells the crowd's purpose
_STREETS: Final = "streets"  # triggers.tsv: «إلى الشوارع», a protest only after a verb of going out and its crowd
_STAND: Final = "stand"  # triggers.tsv: a bare «وقفة», a protest only when a verb of staging governs it
# «أوقف» arrests only people it counts after it («أوقفت الشرطة 47 مشتبهاً»); it also stops
# talks, works and fire («أوقفت الحكومة المفاوضات»): a rule-only row, whatever its mode
_DETAIN_ROW: Final = "arrest (detain)"
_RULE_ONLY: Final = frozenset({_DEMOLISH, NEUTRALISE_MODE, _STREETS, _STAND})  # trigger modes that no classifier score keeps without their rule
_DOER_REACH: Final = 3  # «دمرت وحدات من الجيش»: words before the doer's first, after the verb, at most
_MATERIEL_REACH: Final = 6  # words from the doer's first to the object destroyed, at most
_MATERIEL_KINDS: Final = frozenset({"object", "position", "equipment", "materiel"})  # cues.tsv kinds of military objects
_TARGET_NOUNS: Final = frozenset(normalize_key(w) for w in ("مقرات", "مقر", "معاقل", "تجمعات", "مواقع"))  # kind target nouns
_FIGHTER_STEMS: Final = tuple(normalize_key(w) for w in ("إرهابي", "مسلح", "مقاتل", "عنصر", "عناصر", "مسلحي", "مقاتلي"))
# verbs of marching and of joining, past tense, whose counted crowd subject makes a protest noun after them a protest
_MARCH_VERBS: Final = frozenset(normalize_key(w) for w in (
    "سار", "ساروا", "سارت", "جاب", "جابوا", "جابت", "زحف", "زحفوا", "زحفت", "توجه", "توجهوا", "توجهت",
    "شارك", "شاركوا", "شاركت"))


def _family(c: Candidate) -> str:
    t = c.trigger
    if t.plover == "COERCE" and t.mode in _VIOLENT_COERCE:
        return "violence"
    if t.mode == "handover":
        return "violence"
    return _FAMILY.get(t.plover, t.plover)


def score(doc: Doc) -> list[SentenceCtx]:
    """Candidates with veto reasons and probabilities (used by training too).

    ``c.features`` (the training instance) is filled only when
    ``doc.extras["keep_event_features"]`` is set, as the training script does.

    The classifier decides per sentence and PLOVER type: does this sentence report a real
    happening of this type? Its features are the sentence's plus the union of the features
    of its (non-vetoed) candidates of that type, exactly as the training instances are
    built; every candidate of the type gets that probability.
    """
    model = load_model()
    ctxs = candidates(doc)
    keep = bool(doc.extras.get("keep_event_features"))
    for s in ctxs:
        by_type: dict[str, list[Candidate]] = {}
        kin = _kin_clauses(s)
        for c in s.candidates:
            c.veto = veto(c)
            if not c.veto and c.trigger.mode == _TERRITORY and _materiel_taken(c):
                c.veto = _MATERIEL  # «واستولت على 12 مركبة قتالية»: spoils, not ground
            if not c.veto and c.trigger.plover == "ASSAULT" and c.clause in kin:
                c.veto = _KIN_KILLING  # «سيدة قتلت على يد زوجها»: a killing in the family, no political violence
            if not c.veto and c.trigger.plover == _RETREAT and _withdrawal_as_time(c):
                c.veto = _TIME_FRAME  # «استهدفت المهاجمين خلال انسحابهم»: when, not what
            if not c.veto and c.trigger.mode == ARREST_MODE and _criminal_charge(c):
                c.veto = _CRIMINAL  # «واعتقلت مطلوباً بجرم الاتجار بالمخدرات»: a crime, not politics
            if not c.veto and (c.trigger.mode in _RULE_ONLY or c.trigger.name == _DETAIN_ROW):
                # kept by its rule alone, and out of the classifier's instance: its features
                # would raise the sentence's other candidates («دون أن تشير إلى غارة بنجوين»)
                if _rule_only_holds(c):
                    c.prob = RULE_CONFIDENCE
                else:
                    c.veto = _UNSUPPORTED  # «دمرت السيول المنازل»، «تحييد لبنان»: no attack
                continue
            if not c.veto:
                by_type.setdefault(c.trigger.plover, []).append(c)
        if any(c.veto in _NO_TRIGGER for c in s.candidates):
            # no trigger at all, as before these rows: the sentence's features (co-occurring
            # triggers, their count) are those of its other words; drones flying over
            # («وسط تحليق مكثف لطائرات مسيرة») make a raid no likelier to be an attack
            s.candidates = [c for c in s.candidates if c.veto not in _NO_TRIGGER]
        if not by_type:
            continue
        head, stems, tail = sentence_parts(doc, s)
        for plover, cands in by_type.items():
            if len(cands) == 1:
                feats = candidate_features(cands[0])  # a candidate's features are unique
            else:
                own: dict[str, None] = {}
                for c in cands:
                    for f in candidate_features(c):  # a key set again keeps its place
                        own[f] = None
                feats = list(own)
            # the sentence's features follow the candidates' (they share none)
            prob = model.prob_of_z(model.z_sentence(plover, feats, head, stems, tail) + model.z_bias(plover))
            if keep:
                feats = feats + sentence_features(doc, s)
            attacks: list[Candidate] = []
            # the rules only raise a probability to RULE_CONFIDENCE, and their attacks matter
            # only below it: a sentence the classifier already trusts that much needs no rule
            ruled = prob < RULE_CONFIDENCE
            for c in cands:
                if keep:
                    c.features = conjoin(plover, feats)
                c.prob = prob
                if ruled and _rule_support(doc, c):
                    c.prob = max(c.prob, RULE_CONFIDENCE)
                    if c.trigger.mode in ATTACK_MODES:
                        attacks.append(c)
            if attacks and prob < RULE_CONFIDENCE:
                # the weapon after a rule's attack verb in its clause is the attack's
                # («استهدفوا ... ثكنة زرعيت بالأسلحة الصاروخية»): it types the attack
                for c in cands:
                    if c.trigger.mode in _WEAPON_MODES and any(a.clause == c.clause and a.tok < c.tok for a in attacks):
                        c.prob = max(c.prob, RULE_CONFIDENCE)
    return ctxs


def _rule_support(doc: Doc, c: Candidate) -> bool:
    """Patterns the gold data barely covers but that leave no doubt a happening is reported."""
    if c.trigger.mode in _RULE_MODES:
        return _finite(c) and _place_follows(doc, c)
    if c.trigger.mode == _AERIAL and _drone_hit(c):
        return True
    if c.trigger.mode in _WEAPON_MODES and _BA in c.prefix and c.tok > 0 and c.sent.norms[c.tok - 1] in _STRUCK_BY:
        return True  # «أن سفينة تجارية أصيبت بمقذوف مجهول غرب ميناء الحديدة»: hit by a weapon
    if c.trigger.plover == "ASSAULT" and _answered_with(c):
        return True
    if c.trigger.plover == "PROTEST" and (_counted_chant(c) or _dispersed(c) or _counted_march(c) or _march_subject(c)
                                          or _crowd_dispersed(c) or _turned_into(c) or _done_in_protest(c)
                                          or _call_answered(c) or _crowd_burned(c) or _chain_formed(c)
                                          or _joined_by_crowd(c) or _headline(c) or _went_on(doc, c)
                                          or _reported_deed(c)):
        return True
    if c.trigger.plover in _TALK_TYPES:
        return _party_follows(c) or _reached(c) or _signed(c)
    if c.trigger.mode in ATTACK_MODES and c.trigger.pos == "verb" and not c.key.startswith(_AL):
        return _object_follows(c) or _doer_struck(c)
    if c.trigger.mode == _DEMONSTRATE and c.trigger.pos == "verb" and not c.key.startswith(_AL):
        return _crowd_follows(c) or _demonstrated(c)
    if c.trigger.mode == _DEMONSTRATE and _crowd_against_force(c):
        return True
    if c.trigger.plover == "PROTEST" and c.trigger.mode in _STAGED_MODES and (c.trigger.pos == "noun" or c.trigger.mode == "strike"):
        return _staged(c) or _crowd_subject(c) or _sustained(c) or _staged_by(c)
    if c.trigger.mode == ARREST_MODE:
        return _detainees_follow(c) or _protesters_arrested(c) or _named_detainee(c)
    if c.trigger.mode == _RELEASE_MODE:
        return _captives_follow(c)
    if c.trigger.mode == _HANDOVER_MODE and c.trigger.pos in VERB_POS:
        return _ground_handed_over(c)
    if c.trigger.mode == _DISRUPT:
        return _weapon_follows(c) or _parried_it(c)
    if c.trigger.mode == _DESTROY:
        return _doer_follows(c)
    if c.trigger.mode == _ABDUCT:
        return _hostages_follow(c) or _doer_struck(c)
    if c.trigger.mode == _CASUALTY and c.trigger.name == _FOUND_KILLED and _body_found(c):
        return True
    if c.trigger.mode == _CASUALTY and _protester_killed(c):
        return True
    if c.trigger.mode == _CASUALTY and c.trigger.pos in VERB_POS:
        return _killed_counted_at(doc, c)
    if c.trigger.mode in _WAGED_MODES and c.trigger.plover == "ASSAULT":
        return _waged(c) or _suffered(c) or _repelled(c) or _doer_struck(c) or _done_by(c) or _launched_at(c)
    if c.trigger.mode == _ASSASSINATE:
        return _doer_struck(c) or _attempt_suffered(c)
    if c.trigger.mode == _EXECUTE and c.trigger.pos == "verb" and c.key in _EXECUTION_NOUNS:
        return _executed_against(c) or _waged(c) or _done_by(c)
    if c.trigger.mode == _EXECUTE and c.key in _EXECUTE_VERBS:
        return _group_executed(c)
    if c.trigger.mode == _CLASH:
        return _clash_joined(c) or _clash_between(c) or _toll_of_clash(c)
    if c.trigger.mode == SELF_HARM_MODE:
        return _immolated_in_protest(c)
    return False


# past verbs of protests going on or spreading, feminine as their plural subject: «تواصلت الاحتجاجات»
_WENT_ON: Final = frozenset(normalize_key(w) for w in (
    "تواصلت", "استمرت", "عمت", "تجددت", "اتسعت", "امتدت", "تصاعدت", "توسعت"))
# plural protest nouns that such a verb tells going on (a bare «المسيرات» may be drones)
_PROTESTS_PLURAL: Final = frozenset(normalize_key(w) for w in (
    "الاحتجاجات", "المظاهرات", "التظاهرات", "الاعتصامات", "الإضرابات"))
_DAY_COUNT: Final = normalize_key("لليوم")  # «لليوم العاشر»: the protests of another day


def _went_on(doc: Doc, c: Candidate) -> bool:
    """Protests said to go on or spread, with their place or their day: «تواصلت الاحتجاجات في مدينة
    جرادة لليوم العاشر»، «عمت التظاهرات مدن الجنوب العراقي لليوم الثالث». Wires lead with a day's
    protests so, the definite noun naming the movement, not one protest told before (ACLED codes
    each day's). The verb (:data:`_WENT_ON`) opens its clause right before the plural protest noun
    (:data:`_PROTESTS_PLURAL`) and is no background (no relative pronoun or after-word in the
    two words before it, no trial or history word before it); a place or «لليوم» follows the
    noun within :data:`_PLACE_AFTER` words. Training part: one such sentence, a yes («وقد امتدت
    الاحتجاجات إلى خارج الحدود اليونانية، اذ تظاهر ...»)."""
    s = c.sent
    if c.prefix or c.key not in _PROTESTS_PLURAL or c.tok == 0:
        return False
    v = c.tok - 1
    w = s.norms[v]
    if not (w in _WENT_ON or w[:1] in _CONJ and w[1:] in _WENT_ON) or not _opens_clause(s, v) \
            or _protest_recalled(s, v):
        return False
    if _subordinate_at(s, v):
        return False
    stop = min(len(s.norms), c.tok_end + _PLACE_AFTER)
    return _place_follows(doc, c) or any(s.norms[i] == _DAY_COUNT for i in range(c.tok_end, stop))


def _carrier(c: Candidate, verbs: frozenset[str], reach: int) -> bool:
    """A finite past verb of ``verbs`` at most ``reach`` words before ``c`` in its clause
    (with «و»/«ف» only: «لشن»، «بشن» are verbal nouns; see :data:`_NOUN_LIKE`), not told as
    background: no relative
    pronoun, «بعد، إثر» (kind after), «عندما، خلال» or a pronoun subject («فهو شن هجوم»: a
    nominal sentence, the verbal noun) within two words before it, and no trial,
    anniversary, history or condemnation word before it (:func:`_recalled`)."""
    s = c.sent
    first = max(s.clause_starts[c.clause], c.tok - reach)
    for v in range(c.tok - 1, first - 1, -1):
        w = s.norms[v]
        if w not in verbs and not (w[:1] in _CONJ and w[1:] in verbs):
            continue
        if _recalled(s, v):
            return False
        if w in _NOUN_LIKE and not _opens_clause(s, v):
            return False
        before = range(max(0, v - 2), v)
        if any(s.norms[i] in _RELATIVES or s.norms[i] in _PRONOUNS or s.norms[i] in _WHEN for i in before):
            return False
        return not any(k.kind == "after" and k.tok in before for k in s.cues)
    return False


_FOUND_KILLED: Final = "found killed"  # triggers.tsv: «مقتولا»، «جثة مقتول»
_BODY_NOUNS: Final = frozenset(normalize_key(w) for w in ("جثة", "جثث", "جثتي", "جثمان", "جثامين"))
_FOUND_REACH: Final = 6  # «عثر أهالي بلدة سرمدا شمالي إدلب على جثة شاب مقتولا»: the place may stand between


def _body_found(c: Candidate) -> bool:
    """A body found killed («عثر أهالي بلدة سرمدا على جثة شاب مقتولا بطلق ناري»، «عثرت الشرطة
    على جثة رجل مقتولا»): a finite verb of finding carries the participle (:func:`_carrier`:
    not background, not after «بعد»), and a body noun stands between. ACLED codes the killing
    (an attack by whoever did it) where the body was found."""
    s = c.sent
    if not _carrier(c, arguments.BODY_FINDERS, _FOUND_REACH + 4):
        return False
    first = max(s.clause_starts[c.clause], c.tok - _FOUND_REACH - 4)
    return any(s.norms[k] in _BODY_NOUNS or s.norms[k][1:] in _BODY_NOUNS for k in range(first, c.tok))


def _recalled(s: SentenceCtx, verb: int) -> bool:
    """Does a trial, anniversary, history or condemnation word before the deed's verb (token
    ``verb``) recall the deed («اتهم الأربعة بأنهم ... استهدفوا موكب»، «في ذكرى الهجوم الذي
    شنه ...»)? After the verb such a word tells what followed or what the deed was: «إن
    إسرائيل نفذت ضربة جوية في سورية هي الأولى من نوعها منذ العام 2003» (a first since),
    «شن مسلحون هجوما على حاجز للجيش، وأدانت الحكومة الهجوم» (the reaction), «قتلت القوة أربعة من
    المتهمين بالهجوم» (who the dead were), as for protests (:func:`_protest_recalled`)."""
    return any(k.kind in _BACKGROUND_KINDS and k.tok < verb for k in s.cues)


def _waged(c: Candidate) -> bool:
    """An attack noun a finite support verb carries reports the attack: «شن مسلحون هجوما على
    مركز للشرطة»، «إن المتمردين شنوا الهجوم على الموقع بسيارة مفخخة»، «نفذت الطائرات الحربية
    غارات». The noun alone («الهجوم») is as often a mention; the verb tells that someone did
    it. Not a relative clause («الوحدة التي نفذت الهجوم»: background to another report), a
    purpose or verbal noun («لشن هجوم»، «فهو شن هجوم»), nor a verb after «بعد» (see
    :func:`_carrier`); negated, future or hypothetical verbs are vetoed before this."""
    return _carrier(c, _WAGE_VERBS, _WAGE_REACH)


def _done_by(c: Candidate) -> bool:
    """An indefinite attack noun that a support verb with its pronoun describes reports the
    attack and names its doer: «في هجوم شنه مسلحون صوماليون»، «غارة جوية شنتها طائرة أميركية»،
    «هجوم انتحاري نفذته امرأة أمس»، «عقب هجوم مسلح نفذه مجهولون فجر أمس».

    The verb and its pronoun («شنه»: waged it) make a descriptive clause of the indefinite noun
    (Arabic needs no relative pronoun after an indefinite head): a specific attack that someone
    carried out. The definite «الهجوم الذي شنه ...» refers back to an attack known already (the
    training part: 1 yes / 3 easy no / 2 difficult no), while the indefinite form is 7 yes / 0
    easy no / 1 difficult no there. The verb (:data:`_DONE_BY`) comes right after the noun or
    after one adjective («هجوم صاروخي شنه»); no trial, anniversary or history word before the
    noun (:func:`_recalled`).
    """
    if c.key.startswith(_AL) or c.trigger.pos == "verb" and c.key in _STRIKE_VERBS:
        return False
    s = c.sent
    if _recalled(s, c.tok):
        return False
    n = len(s.norms)
    k, last = c.tok_end, c.tok_end + 2
    while k < min(n, last):
        if s.norms[k] in _DONE_BY:
            return True
        if s.norms[k] in _CLOSING_QUOTES:
            last += 1  # «"إعدامات ميدانية" نفذها عناصر ...»: the noun quoted
        elif not s.alpha[k]:
            return False
        k += 1
    return False


_EXECUTE_VERBS: Final = frozenset(normalize_key(w) for w in ("أعدم", "أعدمت", "أعدموا"))


def _group_executed(c: Candidate) -> bool:
    """«أعدم تنظيم داعش ثلاثة رعاة»: a non-state armed group (a named one, or unnamed gunmen)
    right after a finite verb of executing killed people (ACLED's attack on civilians); a state
    that executes («أعدمت السلطات ...») carries out a sentence, which ACLED does not code."""
    s = c.sent
    if _LAM in c.prefix or _BA in c.prefix or c.tok_end >= len(s.tok_starts) or _subordinate_or_recalled(c):
        return False
    at = s.tok_starts[c.tok_end]
    if any(g.start == at and g.payloads[0].role == "armed" for g in s.generic or ()):
        return True
    return any(m.start == at and getattr(getattr(m, "actor", None), "inter", None) in ARMED_GROUP_INTER for m in s.ents)


def _executed_against(c: Candidate) -> bool:
    """Field executions «بحق» someone report the killings: «وثق المرصد "إعدامات ميدانية" بحق
    مدنيين في بانياس»، «عمليات إعدام ميدانية بحق أسرى». The noun alone is as often a charge or a
    record («اتهامات بإعدامات ميدانية»); the victims after «بحق» (quote marks may close the noun
    first) make it a deed. Not recalled by a trial, anniversary or history word before it
    (:func:`_recalled`)."""
    s = c.sent
    if _recalled(s, c.tok):
        return False
    for k in range(c.tok_end, min(len(s.norms), c.tok_end + 2)):
        if s.norms[k] == _BI_HAQQ:
            return True
        if s.alpha[k]:
            return False
    return False


def _suffered(c: Candidate) -> bool:
    """A finite verb of suffering with the attack noun as its «ل» object reports the attack:
    «تعرضت دورية للجيش لهجوم بعبوة ناسفة»، «تعرضت المنطقة الخضراء لهجوم بقذائف المورتر». The
    same verb with torture, rape or abuse («تعرض للتعذيب»، «تعرض لاعتداء») tells allegations as
    often as deeds and stays with the classifier; «عندما تعرض المتظاهرون لإطلاق النار» and
    «إثر تعرض قواتها» tell the background of another report (see :func:`_carrier`)."""
    if _LAM not in c.prefix or c.key.removeprefix(_AL).startswith(_ABUSE):
        return False
    return _carrier(c, _SUFFER_VERBS, _SUFFER_REACH) or _reported_suffering(c)


# «أبلغت عن تعرضها لهجوم»: the verbal noun of suffering with its pronoun, what a report tells
_SUFFERING_NOUNS: Final = frozenset(normalize_key(w) for w in ("تعرضها", "تعرضه", "تعرضهم", "تعرضهما"))
_REPORTED_BY: Final = frozenset(normalize_key(w) for w in (
    "أبلغت", "أبلغ", "أبلغوا", "أفادت", "أفاد", "أعلنت", "أعلن", "أكدت", "أكد"))
_ABOUT: Final = frozenset(normalize_key(w) for w in ("عن", "ب"))


def _reported_suffering(c: Candidate) -> bool:
    """«أن سفينة تجارية أبلغت عن تعرضها لهجوم بصاروخ غرب ميناء الحديدة»: a ship (or a post) that
    reports having been attacked, the verbal noun of suffering right before the attack noun and
    a verb of reporting with «عن» right before it (UKMTO's notices: the attack took place)."""
    s = c.sent
    k = c.tok - 1
    if k < 2 or s.norms[k] not in _SUFFERING_NOUNS or s.norms[k - 1] not in _ABOUT:
        return False
    return s.norms[k - 2] in _REPORTED_BY and not _recalled(s, k - 2)


def _attempt_suffered(c: Candidate) -> bool:
    """An attempt on someone's life that a finite verb of suffering or surviving governs reports
    it, however long the victim's description between them: «تعرضت وزيرة الدولة بوزارة الطاقة،
    فلانة، حرم فلان نائب رئيس الحركة، لمحاولة اغتيال»، «نجا محافظ المدينة صباح اليوم من محاولة
    اغتيال» (the attempt took place: ACLED codes an attack that missed its target as one).
    «ل» on «محاولة» right before the assassination noun marks the object of «تعرض», «من محاولة»
    that of «نجا»; the verb stands at most :data:`_SUFFER_FAR` words before in the clause and is
    not background (:func:`_carrier`: «بعد تعرض»، «الذي تعرض»، «عندما تعرض»; trial and history
    words before it). One attempt only: «تعرضت لمحاولات اغتيال» is a record, not a happening.
    Training part of the gold data: 2 yes (one missed at 0.05), no no."""
    s = c.sent
    if c.tok < 2 or c.prefix:
        return False
    attempt = s.norms[c.tok - 1]
    if attempt == _SUFFERED_ATTEMPT:
        return _carrier(c, _SUFFER_VERBS, _SUFFER_FAR)
    if attempt == _ATTEMPT and s.norms[c.tok - 2] == _MIN:
        return _carrier(c, _SURVIVE_VERBS, _SUFFER_FAR)
    return False


def _repelled(c: Candidate) -> bool:
    """A finite verb of repelling with the attack noun as its object reports the attack and
    the fight: «تصدت القوات الحكومية لهجوم عنيف شنته ميليشيا الحوثي»، «صدت قوات الدعم السريع
    هجوما شنه الجيش» (ACLED: an armed clash, the attacker actor1, the force that met it
    actor2; :func:`hadath.events.arguments.assign_actors`). «تصدى» takes its object with «ل»,
    «صد» without; not told as background (:func:`_carrier`)."""
    verbs = _MEET_VERBS if _LAM in c.prefix else _REPEL_VERBS
    return _carrier(c, verbs, _SUFFER_REACH)


def _killed_counted_at(doc: Doc, c: Candidate) -> bool:
    """A past verb of killing with its counted dead and a place right after it reports one
    happening: «قتل شخصان في القامشلي»، «قتل ثلاثة مدنيين في قصف على بلدة ...»، «استشهد
    شابان في جنين». Short items like these carry none of the context the classifier was
    trained to trust. The dead are a count of people (:func:`_counted_people_follow`) or a
    dual noun («شخصان»، «عنصرين») right after the verb; a place within five words after the
    verb. Not the present («يقتل»), a noun, a verb after a relative pronoun, «بعد»/«منذ» or a
    conditional «إن», or a sentence that recalls a trial, an anniversary or history.
    """
    if _LAM in c.prefix or c.key.startswith(_AL) or c.key[:1] in _PRESENT:
        return False
    s = c.sent
    if any(s.norms[i] in _RELATIVES for i in range(max(0, c.tok - 2), c.tok)):
        return False
    if c.tok > 0 and s.norms[c.tok - 1] == _IN:
        return False  # «أنهم إن قتلوا عشرات الأطفال»: if they killed, a condition
    if any(cue.kind in _RECALL_KINDS and 0 < c.tok - cue.tok <= 2 or cue.kind in _BACKGROUND_KINDS for cue in s.cues):
        return False
    two = dual_forms()
    dual = any(s.norms[i] in two or s.norms[i][:1] in _CONJ and s.norms[i][1:] in two
               for i in range(c.tok_end, min(len(s.norms), c.tok_end + 2)))
    return (dual or _counted_people_follow(c)) and _place_follows(doc, c)


def _protester_killed(c: Candidate) -> bool:
    """A killing word with a protester right after it, in a sentence that tells the fire or the
    dispersal that killed him, reports the killing: «أطلقت قوات مكافحة الشغب الغاز المسيل للدموع
    والرصاص الحي لتفريق المتظاهرين، ما أدى إلى مقتل متظاهر» (ACLED's *Excessive force against
    protesters*). A protest's dead carry little of the context the classifier was trained to
    trust, and a sentence that opens «وبعد نحو ساعتين» reads to it as background. The protester
    noun (generic_actors.tsv, role protester) stands right after the word; the sentence holds a
    dispersal cue (cues.tsv: «لتفريق»، «الغاز المسيل للدموع») or a firearms trigger before
    the word; no relative pronoun right before the word, and no trial, anniversary, history or
    condemnation word before it (:func:`_protest_recalled`: «في ذكرى مقتل متظاهر»)."""
    s = c.sent
    if c.tok_end >= len(s.norms) or _LAM in c.prefix:
        return False
    nxt = s.tok_starts[c.tok_end]
    if not any(g.start == nxt and g.payloads[0].role == "protester" for g in s.generic or ()):
        return False
    if c.tok > 0 and s.norms[c.tok - 1] in _RELATIVES or _protest_recalled(s, c.tok):
        return False
    return any(k.kind == "dispersal" for k in s.cues) or any(
        o.trigger.mode == "firearms" and o.tok < c.tok for o in s.candidates)


def _hostages_follow(c: Candidate) -> bool:
    """A finite abduction verb with a count of people right after it reports abductions.

    «اختطفوا سبعة جنود آخرين»، «واختطف 9 عراقيين في العملية»: as for arrests
    (:func:`_detainees_follow`), a count of people after it (:func:`_counted_people_follow`).
    Not after «بعد»، «منذ» or a relative pronoun («بعد أن خطف متشددون
    13 شاحنة»، «منذ خطف اثنين من مواطنيها» recall one), and nouns («الخطف») are left to the
    classifier.
    """
    if _LAM in c.prefix or c.key not in _ABDUCT_VERBS:
        return False
    s = c.sent
    if any(s.norms[i] in _RELATIVES for i in range(max(0, c.tok - 2), c.tok)):
        return False
    if any(cue.kind in _RECALL_KINDS and 0 < c.tok - cue.tok <= 2 for cue in s.cues):
        return False
    return _counted_people_follow(c)


_ASIDE_REACH: Final = 5  # «، صباح اليوم الثلاثاء،»: a time aside's tokens, commas included


def _aside_words(s: SentenceCtx, lo: int, hi: int) -> int:
    """Tokens of a time aside between commas in ``[lo, hi)`` («، صباح اليوم الثلاثاء،»): the
    commas and the time words (cues.tsv kind time) between them; 0 when there is none."""
    texts = s.texts
    commas = [k for k in range(lo, min(hi, len(texts))) if texts[k] in ("\u060c", ",")]
    if len(commas) < 2:
        return 0
    a, b = commas[0], commas[1]
    times = {cue.tok for cue in s.cues if cue.kind == "time"}
    inside = range(a + 1, b)
    if not inside or not any(k in times for k in inside) or b - a + 1 > _ASIDE_REACH:
        return 0
    return b - a + 1


def _object_start(c: Candidate) -> tuple[int, int]:
    """Where the object of an arrest or release word ``c`` may start: right after it, or after
    the armed or state subject right after it («اعتقلت قوى الأمن الداخلي في حمص ثلاثة أشخاص»);
    and the tokens of a time phrase between commas there («أوقفت قوات الأمن، صباح اليوم، ...»)."""
    s = c.sent
    start = c.tok_end
    if start < len(s.tok_starts):
        end = _doer_end(s, s.tok_starts[start])
        if end > 0:
            start = bisect_left(s.tok_starts, end)
    return start, _aside_words(s, start, start + _DETAINEE_REACH + _ASIDE_REACH)


def _count_window_end(c: Candidate) -> int:
    """The last token where a count of the people an arrest or release takes may start: within
    :data:`_DETAINEE_REACH` words of :func:`_object_start` (a three-word subject and a place may
    stand between), a time phrase between commas aside."""
    start, aside = _object_start(c)
    return start + _DETAINEE_REACH + aside


def _counted_people_follow(c: Candidate) -> bool:
    """A count within :data:`_DETAINEE_REACH` words after ``c`` (a time phrase between commas
    aside: «أوقفت قوات الأمن، صباح اليوم، 47 شخصاً») with a person right after it:
    a person cue (cues.tsv kinds victim, crowd), a generic actor noun («متظاهرا»، «مسلحين») or a
    plural nationality («عراقيين»). Uses the count positions
    :func:`hadath.events.features.sentence_features` filled in."""
    s = c.sent
    last = _count_window_end(c)
    people = {cue.tok for cue in s.cues if cue.kind in _PEOPLE_CUES}
    starts = s.tok_starts
    people.update(bisect_right(starts, g.start) - 1 for g in s.generic or ())
    nisba = s.nisba_toks
    if nisba is None:  # once per sentence: the rules ask for several of its candidates
        nisba = s.nisba_toks = [i for i, stem in enumerate(s.stems) if stem.endswith(_NISBA_PLURALS)]
    people.update(nisba)
    people.update(i for i in range(c.tok_end, min(len(s.norms), last + _SUBJECT_REACH + 1)) if s.norms[i] in _SUSPECTS
                  or s.norms[i].endswith(_NISBA_ACCUSATIVE) and s.norms[i] in nisba_index())  # «25 فلسطينيا»
    return any(c.tok_end <= i <= last and any(i < j <= e + _SUBJECT_REACH for j in people) for i, e in _counts(s))


_HANDOVER_MODE: Final = "handover"  # triggers.tsv
# facilities handed over with the ground: «تسلمت قوات الأمن العام سد تشرين من قسد»
_HANDED: Final = frozenset(normalize_key(w) for w in (
    "سد", "السد", "حقل", "حقول", "معبر", "المعبر", "مطار", "المطار", "قاعدة", "مدينة", "بلدة", "قرية", "منطقة",
    "حي", "مبنى", "مقر", "مقرات", "سجن", "مخيم", "مواقع", "موقع", "نقاط", "ثكنة", "معسكر", "قرى", "مناطق"))
_HANDOVER_REACH: Final = 8  # tokens from the verb of taking over to the «من» of the side that gave up the ground


def _ground_handed_over(c: Candidate) -> bool:
    """A verb of taking over (تسلمت، استلمت) with ground or a facility as its object (a place
    named, or a word of :data:`_HANDED`) and then «من» and a named side: «تسلمت قوات الأمن العام
    السورية سد تشرين من قوات سوريا الديمقراطية بموجب الاتفاق» (ACLED: non-violent transfer of
    territory). «تسلم الرئيس رسالة من نظيره» hands over no ground."""
    s = c.sent
    stop = min(len(s.norms), c.tok_end + _HANDOVER_REACH, s.clause_stop(c.clause))
    ground = -1
    for k in range(c.tok_end, stop):
        w = s.norms[k]
        if ground < 0 and (w in _HANDED or s.stems[k] in _HANDED
                           or any(m.type in PLACE_TYPES and s.tok_starts[k] <= m.start < s.ends[k] for m in s.ents)):
            ground = k
        elif ground >= 0 and w == _MIN:
            a = s.tok_starts[k]
            return any(m.actor is not None and a < m.start <= a + _SIDE_AFTER_FROM for m in s.ents)
    return False


_SIDE_AFTER_FROM: Final = 8  # characters from «من» to the side's name («من قوات ...»)


_AIR_STRIKE: Final = "Air/drone strike"
_SHELLING: Final = "Shelling/artillery/missile attack"
# states whose «قصف» beyond the countries next to them is done from the air (their guns reach
# no farther): the state's ISO code -> where its artillery may also fire
_AIR_POWERS: Final = {
    "IL": frozenset({"IL", "LB", "SY", "PS", "EG", "JO"}),
    "US": frozenset({"US"}),
    "GB": frozenset({"GB"}),
    "FR": frozenset({"FR"}),
}


def _struck_from_afar(actor: Actor | None, location: Location | None) -> bool:
    """Is ``actor`` the military of an air power (:data:`_AIR_POWERS`) and ``location`` in a
    country its guns do not reach? Then its «قصف» there was an air strike (ACLED)."""
    if actor is None or location is None or not actor.name.startswith(arguments.MILITARY) or not actor.country:
        return False
    near = _AIR_POWERS.get(actor.country)
    return near is not None and bool(location.country) and location.country not in near

_CRIMINAL: Final = "criminal"
# what an arrest is for when it is police work, not politics (ACLED codes only politically
# relevant arrests): drugs, smuggling, theft, fraud
_CRIMES: Final = frozenset(normalize_key(w) for w in (
    "المخدرات", "مخدرات", "بالمخدرات", "الحشيش", "حبوب", "تهريب", "التهريب", "بتهريب", "السرقة", "سرقة",
    "بسرقة", "الاحتيال", "احتيال", "النصب", "تزوير", "التزوير", "الابتزاز", "بالبشر", "الاتجار"))
_CRIME_REACH: Final = 14  # tokens after the arrest (or the raid before it) to what the arrested are charged with


def _criminal_charge(c: Candidate) -> bool:
    """Does a crime word follow the arrest in its clause: «واعتقلت مطلوباً بجرم الاتجار
    بالمخدرات»، «اعتقلت ثلاثة أشخاص يشتبه في تورطهم بعمليات تهريب وقود»?"""
    s = c.sent
    stop = min(len(s.norms), c.tok_end + _CRIME_REACH)
    for k in range(c.tok_end, stop):
        if s.norms[k] in _CRIMES or s.stems[k] in _CRIMES:
            # «بتهمة تهريب الأسلحة»: arms smuggling feeds the fighting, no mere crime
            return not (k + 1 < len(s.norms) and s.norms[k + 1] in _ARMS)
    return False


_ARMS: Final = frozenset(normalize_key(w) for w in ("الأسلحة", "أسلحة", "السلاح", "سلاح", "الذخائر", "ذخائر", "المتفجرات"))


_RELEASE_MODE: Final = "release"  # triggers.tsv
_RELEASE_VERBS: Final = frozenset(normalize_key(w) for w in (
    "أفرج", "أفرجت", "أفرجوا", "أطلق سراح", "أطلقت سراح", "أطلقوا سراح"))
# people held whom a release frees: «أفرجت جماعة الحوثي عن 153 أسيراً»
_CAPTIVES: Final = frozenset(normalize_key(w) for w in (
    "أسيرا", "أسرى", "أسير", "أسيرين", "معتقلا", "معتقلين", "معتقلون", "سجينا", "سجناء", "سجينين",
    "محتجزا", "محتجزين", "رهينة", "رهائن", "مختطفا", "مختطفين", "موقوفا", "موقوفين"))


def _captives_follow(c: Candidate) -> bool:
    """A finite verb of releasing with a count of captives after it reports the release: «أفرجت
    جماعة الحوثي عن 153 أسيراً من القوات الحكومية» (ACLED: strategic development). Not the noun
    («طالبت بالإفراج عن ...» asks for one), nor a release with no count («أفرج عنه»)."""
    if c.key not in _RELEASE_VERBS or _LAM in c.prefix:
        return False
    s = c.sent
    last = _count_window_end(c)
    return any(c.tok_end <= i <= last and any(s.norms[j] in _CAPTIVES for j in range(i + 1, min(len(s.norms), e + _SUBJECT_REACH + 1)))
               for i, e in _counts(s)) or _counted_people_follow(c)


# people held as suspects: «اعتقلت ... أربعة متهمين بالإرهاب»، «خمسة مشتبه بهم»، «ثلاثة مطلوبين»;
# and those held for what they say: «اعتقلت قوات الأمن 12 ناشطا»، «ثلاثة صحفيين»
_SUSPECTS: Final = frozenset(normalize_key(w) for w in (
    "متهمين", "متهما", "متهمون", "مشتبه", "مشتبها", "مطلوبين", "مطلوبا", "مطلوبون",
    "ناشطا", "ناشطين", "ناشطون", "ناشطات", "صحفيا", "صحفيين", "صحافيا", "صحافيين", "معارضا", "معارضين",
    # young men, as raids' arrests are told: «واعتقلت ثمانية شبان»
    "شبان", "شابا", "شابين", "شابان", "فتية", "فتيان",
    # staff and aid workers: «اعتقلت جماعة الحوثي 11 موظفا من موظفي الأمم المتحدة»
    "موظفا", "موظفين", "موظفي", "عمال", "عاملا", "عاملين"))


def _counts(s: SentenceCtx) -> list[tuple[int, int]]:
    """(first, last) token of each count in the sentence (percentages aside).

    A count may take several words («أكثر من ألف»، «نحو 500»): the people counted follow its
    last word («ردد أكثر من ألف شخص»), not its first. Uses the count positions
    :func:`hadath.events.features.sentence_features` filled in, or fills them itself in a
    sentence whose triggers are all rule-only (no features were made: «نظمت عائلات المعتقلين
    وقفة أمام ...»).
    """
    starts = s.tok_starts
    ends = [bisect_left(starts, n.end) - 1 for n in s.nums if not n.percent]
    if len(s.num_toks) != len(ends):
        s.num_toks = [bisect_right(starts, n.start) - 1 for n in s.nums if not n.percent]
    return [(i, max(i, e)) for i, e in zip(s.num_toks, ends, strict=True)]


def _doer_follows(c: Candidate) -> bool:
    """A finite verb of destroying with its doer right after it reports the destruction.

    «أحرق مسلحون منازل عدد من المدنيين»، «هدمت القوات الإسرائيلية منزلا»: Arabic news puts
    the verb first, its subject next (an armed or state noun, or a named armed actor). Nouns
    («إحراق»، «تخريب»), a verb whose next word is not such an actor («أحرق نفسه») and
    protesters' burning («أحرق المتظاهرون إطارات»: a riot, typed with the protest) are left
    to the classifier.
    """
    if _LAM in c.prefix or c.key not in arguments.DESTROY_VERBS:
        return False
    s = c.sent
    if c.tok_end >= len(s.tok_starts) or c.tok and s.norms[c.tok - 1] in _PREPOSITIONS:
        return False  # «منع جنودهم من نهب الناس»: a verbal noun after a preposition
    at = s.tok_starts[c.tok_end]
    if any(g.start == at and g.payloads[0].role in _DOER_ROLES for g in s.generic or ()):
        return True
    return any(m.start == at and getattr(getattr(m, "actor", None), "inter", None) in ARMED_INTER for m in s.ents)


_STATE_STRIKES: Final = frozenset(normalize_key(w) for w in ("قصفت", "استهدفت", "ضربت"))
_COUNTRY_KIND: Final = "N"  # gazetteer kind of a country
# targets a state strikes («قصفت إسرائيل مواقع للحوثيين»); «هاجمت إيران الاتفاق» attacks in words
_STRUCK_TARGETS: Final = frozenset(normalize_key(w) for w in (
    "مواقع", "أهداف", "منشآت", "مقرات", "مخازن", "مستودعات", "ميناء", "مطار", "قاعدة", "معسكرات", "مراكز",
    "منصات", "بنى", "البنية"))
_TARGET_REACH: Final = 3  # words from the country to what it struck


def _state_struck(s: SentenceCtx, c: Candidate) -> bool:
    """«قصفت الولايات المتحدة مواقع للحوثيين في صعدة»: a country's name right after a verb of
    striking, then a military target, is its forces striking (ACLED: the state's military)."""
    if c.tok_end >= len(s.tok_starts):
        return False
    at = s.tok_starts[c.tok_end]
    country = next((m for m in s.ents if m.start == at and m.place is not None and m.place.kind == _COUNTRY_KIND), None)
    if country is None:
        return False
    k = bisect_left(s.tok_starts, country.end)
    return any(s.norms[j] in _STRUCK_TARGETS for j in range(k, min(len(s.norms), k + _TARGET_REACH)))


def _doer_at(s: SentenceCtx, at: int, end: bool = False) -> bool:
    """Does an armed or state actor (a generic armed/state noun or a named armed actor) start
    at raw offset ``at`` (or end there, with ``end``)?"""
    for g in s.generic or ():
        if (g.end if end else g.start) == at and g.payloads[0].role in _DOER_ROLES:
            return True
    return any((m.end if end else m.start) == at and getattr(getattr(m, "actor", None), "inter", None) in ARMED_INTER
               for m in s.ents)


def _doer_end(s: SentenceCtx, at: int) -> int:
    """The raw end of the longest armed or state actor (as :func:`_doer_at`) starting at raw
    offset ``at``; 0 when none starts there."""
    end = 0
    for g in s.generic or ():
        if g.start == at and g.payloads[0].role in _DOER_ROLES:
            end = max(end, g.end)
    for m in s.ents:
        if m.start == at and getattr(getattr(m, "actor", None), "inter", None) in ARMED_INTER:
            end = max(end, m.end)
    return end


def _subordinate_or_recalled(c: Candidate) -> bool:
    """Is the verb in a relative, time or subject-pronoun clause (a word of these right before
    it), or a deed a trial, anniversary or history word recalls? Then a rule that reads a
    realised attack off the verb and its doer does not apply (:func:`_doer_struck`,
    :func:`_military_destroyed`)."""
    s = c.sent
    before = range(max(0, c.tok - 2), c.tok)
    if any(s.norms[i] in _RELATIVES or s.norms[i] in _WHEN or s.norms[i] in _SUBJECT_PRONOUNS for i in before):
        return True
    return any(cue.kind in _RECALL_KINDS and cue.tok in before for cue in s.cues) or _recalled(s, c.tok)


def _doer_struck(c: Candidate, verbs: frozenset[str] = _STRIKE_VERBS) -> bool:
    """A finite past verb of attacking, shelling, storming, abducting or assassinating with its
    armed doer as subject reports the deed: «قصفت قوات الجيش مواقع للمتمردين»، «اختطف مسلحون
    مجهولون مهندسا»، «اقتحم مسلحو حماس منزل ...». Arabic news puts the verb first and its subject
    next, as for destroying (:func:`_doer_follows`); after «إن/أن» the subject comes first: «قالت
    الشرطة إن مسلحين هاجموا مسجدا»، and a self-report names its own forces by a possessive:
    «قال الجيش إن قواته قصفت مواقع». Short reports like these carry none of the context the
    classifier was trained to trust (a single trigger scores low: «قصفت قوات الجيش ...» 0.15).

    Not a relative clause, a time clause or a verb after «بعد» (:data:`_RELATIVES`,
    :data:`_WHEN`, kinds after and history within two words before: «عندما هاجم مسلحون البرلمان»
    recalls), a deed a trial, anniversary or history word before it recalls (:func:`_recalled`),
    nor «قصف/خطف» spelt like their verbal noun but at a clause's start. Training part of the
    gold data: 11 yes, 1 easy no, 4 difficult no sentences (all but one scored above the
    threshold already: the rule is for text unlike the training sentences)."""
    s = c.sent
    if _LAM in c.prefix or _BA in c.prefix or c.key not in verbs:
        return False
    if c.key in _DETONATING and not any(o.tok == c.tok_end and o.trigger.mode == _EXPLOSIVES for o in s.candidates) \
            and not (c.tok_end < len(s.norms) and s.norms[c.tok_end] in _BOMB_NOUNS):
        return False  # «فجروا عبوة شديدة الانفجار»: the bomb noun alone is its object too
    if _said_of_self(c):
        return not _recalled(s, c.tok)
    if _subordinate_or_recalled(c):
        return False
    if c.key in _NOUN_LIKE_STRIKES and not _opens_clause(s, c.tok):
        return False
    if c.tok_end < len(s.tok_starts) and _doer_at(s, s.tok_starts[c.tok_end]):
        return True
    if c.key in _STATE_STRIKES and _state_struck(s, c):
        return True
    if c.tok < 2:
        return False
    own = c.tok - 1
    if s.norms[own] == QUOTE_NORM and own >= 2:
        own -= 1  # «أن مقاتليها «فجروا ...»»: the deed in the group's own words
    if s.norms[own] in _OWN_FORCES and s.norms[own - 1] in _COMPLEMENTISERS:
        return True
    # «إن مسلحين مجهولين اختطفوا»: a doer ending right before the verb, «إن/أن» before it
    prev_end = s.tok_starts[c.tok - 1] + len(s.texts[c.tok - 1])
    for m in [*(s.generic or ()), *s.ents]:
        if m.end == prev_end and _doer_at(s, prev_end, end=True):
            first = bisect_right(s.tok_starts, m.start) - 1
            if first >= 1 and s.norms[first - 1] in _COMPLEMENTISERS:
                return True
    return False


def _said_of_self(c: Candidate) -> bool:
    """«وأعلن الجيش الباكستاني أنه قصف مواقع للمسلحين»، «قالت حركة الشباب إنها استهدفت قاعدة
    عسكرية»: an armed or state speaker reports its own deed, the verb right after «أنه/إنها»
    (whose pronoun is its subject, so «قصف» is the verb, not its noun) with an object after it
    (not a preposition: «قالت الشرطة إنه خطف من منزله» is the passive, a victim). Elsewhere a
    pronoun particle before the verb («ولكنه هاجم السلطات») says nothing of an armed doer."""
    s = c.sent
    b = c.tok_end
    if c.tok < 1 or s.norms[c.tok - 1] not in HE_THAT or b >= len(s.norms) or not s.alpha[b] \
            or s.norms[b] in _PREPOSITIONS or s.norms[b][:1] in (_LAM, _BA):
        return False
    return _speaker_doer(s, c.tok - 1)


def _speaker_doer(s: SentenceCtx, particle: int) -> bool:
    """An armed or state doer (:func:`_doer_at`) between the last reporting cue («قال، أعلن»)
    before token ``particle`` («أنه/إنها») and it: the reporting verb's subject, whom the
    particle's pronoun names as the reported verb's subject («أعلن الجيش أنه قصف ...»)."""
    reports = [cue.tok for cue in s.cues if cue.kind == "report" and cue.tok < particle]
    if not reports:
        return False
    first = s.tok_starts[max(reports) + 1] if max(reports) + 1 < particle else None
    if first is None:
        return False
    last = s.tok_starts[particle]
    return any(first <= m.start and m.end <= last and _doer_at(s, m.end, end=True) for m in [*(s.generic or ()), *s.ents])


def _clash_joined(c: Candidate) -> bool:
    """A finite past verb of clashing with its armed or state subject reports the clash:
    «اشتبك مسلحون مع قوات الأمن في مدينة الرمادي»، «اشتبكت قوات الجيش مع عناصر من حركة
    الشباب»، «قالت الشرطة إن مسلحين اشتبكوا مع دورية لها». The verb and its subject tell that
    two armed sides fought (ACLED's Armed clash) as a striking verb and its doer tell a strike
    (:func:`_doer_struck`, whose conditions hold here too: not in a relative or time clause,
    not recalled), while the noun «اشتباكات» is as often a mention. A short report like these
    scores under the threshold (0.27): the training part holds one finite clash verb.

    Not when protesters are in the clause («اشتبكت الشرطة مع متظاهرين»): police and
    protesters clashing is a riot or an intervention, which ACLED types with the protest, and
    the annotators mark the demonstration, not the clash (training part: 4 yes / 39 easy no
    for PROTEST)."""
    s = c.sent
    if c.key not in _CLASH_VERBS:
        return False
    for g in s.generic or ():
        if g.payloads[0].role == "protester" and s.clause_of(bisect_right(s.tok_starts, g.start) - 1) == c.clause:
            return False
    return _doer_struck(c, _CLASH_VERBS)


_BETWEEN: Final = normalize_key("بين")
_OCCUR_VERBS: Final = frozenset(normalize_key(w) for w in (
    "تجددت", "تجدد", "اندلعت", "اندلع", "دارت", "دار", "احتدمت", "اشتدت", "استمرت", "تواصلت", "وقعت", "جرت"))
_OCCUR_REACH: Final = 2  # «تجددت المعارك العنيفة»: the verb right before the noun or its adjective
# «المعارك العنيفة، أمس السبت، بين»، «اشتباكات عنيفة بالأسلحة الثقيلة والمتوسطة، ليل الاثنين
# الثلاثاء، بين»: tokens from the noun to «بين»
_SIDES_REACH: Final = 10
_WA_LETTER: Final = "\u0648"  # و: the second side joined


def _clash_between(c: Candidate) -> bool:
    """A clash noun that a finite verb of breaking out or going on carries, with its two sides
    after «بين» in the clause: «تجددت المعارك العنيفة، أمس السبت، بين القوات الحكومية وجماعة
    الحوثيين»، «دارت اشتباكات بين الجيش وقوات الدعم السريع». The verb tells it happened (not
    background, not after «بعد»: :func:`_carrier`), «بين ... و» names who fought. A dateline
    before such a lead («مأرب – «العربي الجديد»:») took its sentence-start features away."""
    if c.trigger.pos != "noun" or not _carrier(c, _OCCUR_VERBS, _OCCUR_REACH):
        return False
    return _sides_follow(c)
def _sides_follow(c: Candidate) -> bool:
    """Does «بين» follow the clash noun within :data:`_SIDES_REACH` words, with a second side
    joined by «و» later in its clause («بين القوات الحكومية وجماعة الحوثيين»)?"""
    s = c.sent
    stop = min(len(s.norms), c.tok_end + _SIDES_REACH + 1)
    for k in range(c.tok_end, stop):
        if s.norms[k] == _BETWEEN:
            # «و» on the second side's name, or alone before its marks («و«جهاز الردع»»)
            return any(s.norms[j][:1] == _WA_LETTER and (len(s.norms[j]) > 2 or s.norms[j] == _WA_LETTER
                                                        and s.texts[j + 1:j + 2] and s.texts[j + 1] in NAME_QUOTES)
                       for j in range(k + 2, s.clause_stop(s.clause_of(k))))
    return False


_TOLL_NOUNS: Final = frozenset(normalize_key(w) for w in ("حصيلة", "وحصيلة", "بحصيلة"))
_DEAD_NOUN_ROW: Final = "killing (noun)"  # triggers.tsv: «قتيلا»، «قتلى»


def _toll_of_clash(c: Candidate) -> bool:
    """A clash noun whose toll is given, with its two sides after «بين», reports the clash:
    «أعلن مركز طب الطوارئ ارتفاع حصيلة الاشتباكات بين اللواء 444 وجهاز الردع إلى 55
    قتيلا»، «بلغت حصيلة المواجهات بين الجيش والمسلحين 12 قتيلا». The toll counts the dead of
    one fight between named sides (ACLED's Armed clash, its fatalities the figure given), not
    a mention: the toll noun governs the clash noun right before it, and a counted-dead noun
    follows in the sentence. A bare «المعارك» without sides or dead stays the classifier's."""
    s = c.sent
    if c.trigger.pos != "noun" or c.tok == 0 or s.norms[c.tok - 1] not in _TOLL_NOUNS:
        return False
    if not any(o.trigger.name == _DEAD_NOUN_ROW and o.tok > c.tok for o in s.candidates):
        return False
    return _sides_follow(c)


_FORCE_REACH: Final = 3  # tokens from the crowd word to the force after «و» («وقوات مكافحة الشغب»)


def _crowd_against_force(c: Candidate) -> bool:
    """An indefinite protester noun as one side of clashes with a state force: «شهدت مناوشات
    بين محتجين وقوات مكافحة الشغب». The clash noun, «بين», the crowd, then «و» and the police
    or army (a state generic noun) within :data:`_FORCE_REACH` tokens: a confrontation of a
    crowd with the police, which ACLED types with the protest (the clash rules leave it to the
    protest: :func:`_clash_joined`)."""
    s = c.sent
    if c.key.startswith(_AL) or not _protester(c) or c.tok < 2:
        return False
    if s.norms[c.tok - 1] != _BETWEEN or s.norms[c.tok - 2] not in SKIRMISHES:
        return False
    lo, hi = s.tok_starts[c.tok_end] if c.tok_end < len(s.tok_starts) else s.span.end, \
        s.ends[min(len(s.ends), c.tok_end + _FORCE_REACH) - 1]
    return any(lo <= g.start < hi and g.payloads[0].role == "state" for g in s.generic or ())


_DISRUPTED: Final = "Disrupted weapons use"


def _force_clashed(group: list[Candidate], spans: list[arguments.ActorSpan]) -> arguments.ActorSpan | None:
    """The state force a crowd of the group clashed with («مواجهات بين محتجين غاضبين والجيش
    اللبناني»: :func:`_crowd_against_force`), by its actor span after the crowd word; None when
    no crowd of the group met one. ACLED makes that force the protest's actor2 and the protest
    one with intervention (or a violent demonstration, when the crowd's deeds say so)."""
    for c in group:
        if c.trigger.mode == _DEMONSTRATE and _crowd_against_force(c):
            hi = c.tok_end + _FORCE_REACH + 1  # the force's first word within reach after «و»
            for x in spans:
                if x.role == "state" and c.tok_end <= x.tok < hi:
                    return x
        met = _force_met_with(c, spans)
        if met is not None:
            return met
    return None


_WITH: Final = normalize_key("مع")


def _force_met_with(c: Candidate, spans: list[arguments.ActorSpan]) -> arguments.ActorSpan | None:
    """The state force after «مع» that the protester subject ``c`` of a clause-opening clash verb
    met: «اشتبك محتجون مع قوات الأمن في وسط البصرة» (:func:`_crowd_verb`), within
    :data:`_FORCE_REACH` tokens after the crowd."""
    s = c.sent
    v = _crowd_verb(c)
    if v is None or s.norms[v].lstrip(_CONJ) not in _CLASH_VERBS:
        return None
    for x in spans:
        if x.role == "state" and c.tok_end < x.tok <= c.tok_end + _FORCE_REACH and s.norms[x.tok - 1] == _WITH:
            return x
    return None


def _immolated_in_protest(c: Candidate) -> bool:
    """Setting oneself on fire with a protest purpose after it reports a protest: «أضرم شاب النار
    في نفسه أمام مقر المحافظة احتجاجا على البطالة»، «لم يتورع أحد الشبان عن إحراق نفسه احتجاجا
    على الظلم». The purpose (cues.tsv kind purpose: «احتجاجا على»، «تنديدا ب») tells a political
    act, which the trigger row types a Peaceful protest by its single protester (PLOVER's
    PROTEST; ACLED counts a self-immolation in protest among demonstrations); without it the
    act may be a private despair and is left to the classifier. Within
    :data:`_IMMOLATION_REACH` words in the clause; not a purpose «لإحراق نفسه» itself, and a
    threatened or negated act is vetoed before this (:mod:`hadath.events.modality`). Training
    part of the gold data: one self-immolation in protest (yes, scored 0.06 cross-validated),
    one promised without a purpose (easy no)."""
    if _LAM in c.prefix:
        return False
    s = c.sent
    return any(cue.kind == "purpose" and cue.clause == c.clause and 0 < cue.tok - c.tok <= _IMMOLATION_REACH
               for cue in s.cues)


def _weapon_follows(c: Candidate) -> bool:
    """A disrupting deed with its weapon after it in the clause reports disrupted weapons use.

    «فككت قوى الأمن الداخلي (الأسايش) عبوة ناسفة»، «تمكنت من اكتشاف وتفجير 23 عبوة ناسفة»:
    the weapon trigger (a device, a shell, a drone) is the one :func:`hadath.events.modality.veto`
    marks «disrupted» because this word came before it; the classifier, trained on assaults
    and protests, scores such sentences low. The word must be a finite verb, or a verbal
    noun after a verb of managing («تمكنت من اكتشاف وتفجير»): «نفى الجيش قيام حركة مسلحة
    بإسقاط طائرة» is a denied claim, «لتفكيك» a purpose, «التفكيك» a topic.
    """
    if _LAM in c.prefix or _BA in c.prefix or c.key.startswith(_AL):
        return False
    if c.key not in _DISRUPT_VERBS and not _managed(c) and not _announced_before(c, _DOWNING_ANNOUNCED, _DOWNING_REACH):
        return False
    if any(o.veto == "disrupted" and o.clause == c.clause and o.tok > c.tok for o in c.sent.candidates):
        return True
    return c.key in _DOWNING and _drones_counted_after(c)


_DOWNING: Final = frozenset(normalize_key(w) for w in ("أسقط", "أسقطت", "أسقطوا"))
_DRONES_REACH: Final = 6  # words from the verb of downing to the drones («الدفاعات الجوية الروسية 40 مسيرة»)


def _drones_counted_after(c: Candidate) -> bool:
    """«أسقطت الدفاعات الجوية الروسية 40 مسيرة أوكرانية»: a bare «مسيرة» (a march, or a drone)
    counted or with a nationality after a verb of downing is a drone, though no drone phrase
    matched it («أسقط المتظاهرون صورة الرئيس خلال مسيرة» downed none)."""
    s = c.sent
    stop = min(s.clause_stop(c.clause), c.tok_end + _DRONES_REACH, len(s.norms))
    counts = {n.end for n in s.nums}
    nisbas = nisba_index()
    return any(s.norms[k] in DRONE_WORDS and (
        k > 0 and s.ends[k - 1] in counts or k + 1 < len(s.norms) and s.norms[k + 1] in nisbas)
        for k in range(c.tok_end, stop))


# «أعلن الجيش الوطني إسقاط طائرة مسيرة»: a disrupting verbal noun announced tells it was downed
_DOWNING_ANNOUNCED: Final = frozenset(normalize_key(w) for w in ("أعلن", "وأعلن", "أعلنت", "وأعلنت"))
_DOWNING_REACH: Final = 4  # the verb, its subject, the noun


def _announced_before(c: Candidate, verbs: frozenset[str], reach: int, proclitics: str = "") -> bool:
    """A verb of announcing (one of ``verbs`` once ``proclitics`` are stripped) within ``reach``
    tokens before ``c`` in its clause, whose object ``c`` is: «أعلن الجيش الوطني إسقاط طائرة
    مسيرة»، «وأعلنت المديرية ... توقيف خمسة أشخاص» tell what was done."""
    s = c.sent
    lo = max(s.clause_starts[c.clause], c.tok - reach)
    return any(s.norms[i].lstrip(proclitics) in verbs for i in range(lo, c.tok))


def _managed(c: Candidate) -> bool:
    """A verb of managing (تمكن، نجح، استطاع) within :data:`_MANAGE_REACH` tokens before ``c``
    in its clause: «تمكنت القوات من تفكيك»."""
    s = c.sent
    first = max(s.clause_starts[c.clause], c.tok - _MANAGE_REACH)
    return any(s.norms[i].lstrip(_CONJ).startswith(_MANAGE) for i in range(first, c.tok))


def _detainees_follow(c: Candidate) -> bool:
    """An arrest word with a count of people right after it reports arrests.

    «أعلنت وزارة الداخلية أن قوات الأمن اعتقلت سبعة مسلحين»: a finite arrest verb, a number
    within :data:`_DETAINEE_REACH` words (the subject may stand between) with a person right
    after it (:func:`_counted_people_follow`: «اعتقلت الشرطة عشرين متظاهرا»). The classifier,
    trained on assaults and protests, scores such sentences low. Nouns are left to it:
    «المعتقلين» are detainees of any date, «أمر القاضي باعتقال ثلاثة ضباط» is an order, and
    «داهمت» a raid.
    """
    if _LAM in c.prefix:
        return False
    if c.key not in _ARREST_VERBS and not _seized_by_split_verb(c) and not _announced_arrest(c) \
            and not _resulted_arrest(c) and not _passive_done(c):
        return False
    return (_counted_people_follow(c) or _one_suspect_follows(c)) and not _over_a_period(c)


# one person held as a suspect, the object of an arrest verb (indefinite accusative singular)
_ONE_SUSPECT: Final = frozenset(normalize_key(w) for w in ("مشتبها", "مطلوبا", "متهما"))
_ONE_SUSPECT_REACH: Final = 2  # words from the verb (or its subject) to the suspect, at most («في حمص»)


def _one_suspect_follows(c: Candidate) -> bool:
    """«أوقفت قوى الأمن الداخلي مشتبها به في تنفيذ الهجوم»: one suspect, no count, as the
    verb's object (after its subject, a place phrase at most between)."""
    s = c.sent
    start, aside = _object_start(c)
    start += aside
    return any(s.norms[i] in _ONE_SUSPECT for i in range(start, min(len(s.norms), start + _ONE_SUSPECT_REACH + 1)))


# «تم»: the passive of a verbal noun after it («تم اعتقال خمسة»، «وتم إلقاء القبض على»)
_DONE: Final = frozenset(normalize_key(w) for w in ("تم", "وتم", "فتم", "تمت", "وتمت"))


def _passive_done(c: Candidate) -> bool:
    """Is the verbal noun ``c`` the passive of «تم» right before it, a finite deed («وتم اعتقال
    خمسة إرهابيين»)? Not under a background cue before it (a trial recalls it)."""
    s = c.sent
    return not c.prefix and c.tok > 0 and s.norms[c.tok - 1] in _DONE and not _recalled(s, c.tok - 1)


_ARREST_NOUNS: Final = frozenset(normalize_key(w) for w in ("اعتقال", "توقيف", "احتجاز"))
_NAMED_REACH: Final = 5  # tokens from the detaining actor's end to the named detainee («آمر اللواء 444 محمود حمزة»)


def _named_detainee(c: Candidate) -> bool:
    """An arrest noun with its doer right after it and a named person after the doer, in one
    clause: «إثر احتجاز جهاز الردع آمر اللواء 444 محمود حمزة في مطار معيتيقة»، «بعد اعتقال
    الأمن الوطني الناشط أحمد علي». The verbal noun's agent and object tell who detained whom,
    as «احتجز جهاز الردع ...» would; told as the cause of fighting it is still a detention
    that happened (ACLED codes it: an arrest, or an abduction by a non-state group). A noun
    with no doer («طالب باحتجاز المتهمين») or no named detainee stays the classifier's."""
    if _LAM in c.prefix or c.key not in _ARREST_NOUNS:
        return False
    s = c.sent
    if c.tok_end >= len(s.tok_starts):
        return False
    at = s.tok_starts[c.tok_end]
    doers = [m for m in s.ents if m.start == at and getattr(getattr(m, "actor", None), "inter", None) in ARMED_INTER]
    if not doers:
        return False
    after = bisect_left(s.tok_starts, doers[0].end)
    for m in s.ents:
        if m.type != "PER" or m.start < doers[0].end:
            continue
        k = bisect_left(s.tok_starts, m.start)
        if k - after <= _NAMED_REACH and s.clause_of(k) == c.clause:
            return True
    return False


_ANNOUNCE: Final = frozenset(normalize_key(w) for w in ("أعلن", "أعلنت", "أعلنوا", "أفاد", "أفادت", "أفادوا"))
_ANNOUNCE_REACH: Final = 8  # tokens from «أعلنت» to the arrest noun (the announcer and «في بيان» between)
_TAKEN_REACH: Final = 14  # from «أعلنت» to «السيطرة»: the announcer's long name and «، في وقت لاحق،»


def _announced_arrest(c: Candidate) -> bool:
    """An indefinite arrest noun as the object of «أعلن» (or «أفاد ب») in its clause: «وأعلنت
    المديرية العامة لقوى الأمن الداخلي في بيان توقيف خمسة أشخاص»، «أفاد نادي الأسير باعتقال 15
    شخصاً» tell arrests made, as «اعتقلت» would."""
    return c.key in _ARREST_NOUNS and _announced_before(c, _ANNOUNCE, _ANNOUNCE_REACH, "\u0648\u0641")


# «أسفرت عن» / «أدت إلى»: what an operation resulted in, right before an arrest noun
_RESULTED_IN: Final = {
    normalize_key("عن"): frozenset(normalize_key(w) for w in ("أسفرت", "أسفر", "وأسفرت", "وأسفر", "أسفرتا")),
    normalize_key("إلى"): frozenset(normalize_key(w) for w in ("أدت", "أدى", "وأدت", "وأدى")),
}


def _resulted_arrest(c: Candidate) -> bool:
    """An arrest noun as what an operation resulted in: «نفذت عملية إنزال جوي في صحراء الأنبار
    أسفرت عن اعتقال خمسة إرهابيين» tells arrests made, as «اعتقلت» would."""
    if c.key not in _ARREST_NOUNS or c.tok < 2:
        return False
    s = c.sent
    verbs = _RESULTED_IN.get(s.norms[c.tok - 1])
    if verbs is None or s.norms[c.tok - 2] not in verbs:
        return False
    # «مواجهات بين الشرطة ومئات المتظاهرين، ما أدى إلى توقيف 200 شخص»: arrests that end a
    # protest or a clash are that event's outcome (protest with intervention), not one of their own
    return not any(o.tok < c.tok and (o.trigger.plover == "PROTEST" or o.trigger.mode in _CROWD_MEETING_MODES)
                   for o in s.candidates)


_CROWD_MEETING_MODES: Final = frozenset({"clash", "riot", "mob"})


_DURING: Final = normalize_key("خلال")
_PERIODS: Final = frozenset(normalize_key(w) for w in (
    "الأسبوع", "الأسبوعين", "الأسابيع", "أسبوع", "أسبوعين", "الشهر", "الشهرين", "الأشهر", "الشهور", "شهر",
    "أشهر", "العام", "السنة", "الأعوام", "السنوات", "الفترة", "عام"))
_PERIOD_REACH: Final = 8  # tokens after the arrest word to «خلال الأسبوع الماضي»


_PERIOD_STARTS: Final = SINCE_STARTS | frozenset(normalize_key(w) for w in ("مستهل", "أول"))


def _over_a_period(c: Candidate) -> bool:
    """Arrests summed over a week or more («اعتقلت الأجهزة الأمنية 23 متهماً بالإرهاب خلال
    الأسبوع الماضي»): a tally of many operations, not one event (ACLED codes each arrest
    operation on its day and place); «خلال الساعات الماضية» or «خلال عملية دهم» keeps it."""
    s = c.sent
    end = min(len(s.norms) - 1, c.tok_end + _PERIOD_REACH)
    if any(s.norms[i] == _DURING and s.norms[i + 1] in _PERIODS for i in range(c.tok_end, end)):
        return True
    # «نفذت منذ مطلع العام أكثر من 2500 عملية، أوقفت خلالها نحو 4 آلاف مشتبه به»
    return any(s.norms[i] == SINCE and s.norms[i + 1] in _PERIOD_STARTS for i in range(0, c.tok - 1))


_SEIZE: Final = normalize_key("القبض على")
_THREW: Final = frozenset(normalize_key(w) for w in ("ألقى", "ألقت", "ألقوا", "وألقى", "وألقت", "وألقوا"))
_SPLIT_REACH: Final = 6  # «ألقت مفارز وكالة الاستخبارات القبض على»: the subject between the verb's parts


def _seized_by_split_verb(c: Candidate) -> bool:
    """«القبض على» whose «ألقى» comes before it in its clause with the subject between:
    «ألقت قوات الأمن القبض على أربعة إرهابيين» is the finite arrest verb «ألقت القبض»."""
    if c.key != _SEIZE:
        return False
    s = c.sent
    first = max(s.clause_starts[c.clause], c.tok - _SPLIT_REACH)
    return any(s.norms[k] in _THREW for k in range(first, c.tok))


def _crowd_follows(c: Candidate) -> bool:
    """A protest verb with its crowd subject right after it reports one protest.

    Arabic news puts the verb first: «تظاهر مئات ...»، «احتشد المتظاهرون ...»، «تجمع نحو
    500 متظاهر»، «تجمع عدد من أنصار الحريري». The subject is a crowd word or a vague quantity
    («عدد من»; cues.tsv, kinds crowd and some) or a protester noun
    (triggers.tsv) within two words, or a count of people (a crowd, protester or person
    noun, kind victim, right after it); «تجمع المصادر على ...» (agree) and «تجمع 3 أيام»
    have none. Uses the count positions :func:`hadath.events.features.sentence_features`
    filled in.
    """
    s = c.sent
    if c.tok and s.norms[c.tok - 1] in _THAT:
        return False  # «لم تستطع أن تجمع أكثر من خمسين متظاهرا»: a subjunctive, no report
    if _recalled_when(s, c.tok):
        return False  # «في الذكرى الخامسة لانطلاق الحراك ... حين خرج مئات الآلاف إلى ساحة التحرير»
    last = c.tok_end + _SUBJECT_REACH
    crowd = [cue.tok for cue in s.cues if cue.kind in CROWD_KINDS]
    crowd += [o.tok for o in s.candidates if o.trigger.plover == "PROTEST" and o.trigger.pos == "noun"]
    if any(c.tok_end <= i <= last for i in crowd):
        return True
    # a place phrase may come first: «واحتشد في ساحة التحرير عشرات الآلاف من المتظاهرين». Only
    # after a singular verb (a plural one holds its subject: «وتجمعوا امام المنزل الذي احتله عشرات
    # المستوطنين»), and no relative pronoun between (whose clause the crowd would be in)
    if c.tok_end < len(s.norms) and s.norms[c.tok_end] in _PLACE_PREPOSITIONS and not c.key.endswith(_PLURAL_PAST):
        stop = min(last + _PLACE_PHRASE, s.clause_stop(c.clause) - 1)
        for k in range(c.tok_end, stop + 1):
            if s.norms[k] in _RELATIVES:
                break
            if k in crowd:
                return True
    # «احتج» is also to object in words («احتج سكان الحي على قرار البلدية»): with a people noun
    # subject, only a verb of demonstrating, sitting in or gathering tells that people gathered
    if c.key not in PROTEST_VERBS and _LAM not in c.prefix and _BA not in c.prefix and _opens_clause(s, c.tok) \
            and any(c.tok_end <= i <= last for i in _people_nouns(s)) \
            and (c.key.lstrip(_CONJ) not in _GATHER_VERBS or _purpose_after(c)):
        return True  # «تظاهرت نساء أمام مقر المحكمة»، «اعتصم أهالي المفقودين»، «تجمع ذوو المعتقلين»
    # a count is a crowd only when people are counted: «تظاهر 300 شخص»، not «تجمع 3 أيام»
    people = crowd + [cue.tok for cue in s.cues if cue.kind == "victim"]
    if any(c.tok_end <= i <= last and any(i < j <= e + _SUBJECT_REACH for j in people) for i, e in _counts(s)):
        return True
    return _reported_crowd_before(c)


# the finite past of demonstrating and sitting in, whatever the subject (see :func:`_demonstrated`)
_DEMONSTRATED: Final = frozenset(normalize_key(w) for w in (
    "تظاهر", "تظاهرت", "تظاهروا", "تظاهرن", "تظاهرا", "اعتصم", "اعتصمت", "اعتصموا", "اعتصمن", "اعتصما"))


def _demonstrated(c: Candidate) -> bool:
    """«تظاهر» or «اعتصم» in the past tense, opening its clause, reports a protest whoever its
    subject is: «تظاهرت جمعيات مسيحية في العاصمة برن دعما لإسرائيل»، «واعتصم موظفو البلدية أمام
    مكتب المحافظ». Unlike «احتج» (also to object in words) or «تجمع» (also to gather or agree),
    the two verbs name a demonstration or a sit-in and nothing else; the training part of the gold
    data holds 9 yes, 3 ambiguous and 1 difficult no sentences where one opens a clause, no easy no.
    Not after «أن» (a subjunctive), in a clause of «حين، عندما» recalling the past, after a
    relative pronoun or an after-word within two words («الذين تظاهروا»، «بعد أن اعتصموا»: the
    background of another report). «تظاهر بالموت» (he feigned death) is vetoed before
    (:func:`hadath.events.modality._feigned`).
    The modality vetoes (future, call, negation ...) have run before any rule."""
    s = c.sent
    if c.key.lstrip(_CONJ) not in _DEMONSTRATED or _LAM in c.prefix or _BA in c.prefix or not _opens_clause(s, c.tok):
        return False
    if c.tok and s.norms[c.tok - 1] in _THAT or _recalled_when(s, c.tok):
        return False
    return not _subordinate_at(s, c.tok)


def _recalled_when(s: SentenceCtx, verb: int) -> bool:
    """Is the verb at token ``verb`` in a clause of «حين، عندما» (:data:`_WHEN`, right before it,
    «و» aside) of a sentence that recalls an anniversary, history or a trial before it? «في الذكرى
    الخامسة لانطلاق «انتفاضة تشرين»، يتساءل الناشطون عما بقي من الحراك ... حين خرج مئات الآلاف»
    tells when the recalled happening was, not a new one; «في ذكرى مقتله، تظاهر الآلاف» (no «حين»)
    and «أصيب ثلاثة عندما تظاهر مئات» (nothing recalled) are reports."""
    if verb == 0 or s.norms[verb - 1].removeprefix("\u0648") not in _WHEN:
        return False
    return _protest_recalled(s, verb)


# prepositions that open a place phrase between a protest verb and its crowd subject
_PLACE_PREPOSITIONS: Final = frozenset(normalize_key(w) for w in (
    "في", "أمام", "قرب", "وسط", "داخل", "عند", "حول", "قبالة", "بالقرب"))
_PLACE_PHRASE: Final = 2  # words a place phrase adds to the subject's reach («في ساحة التحرير»، «أمام مبنى المحافظة»)


def _reported_crowd_before(c: Candidate) -> bool:
    """A counted crowd right after «أن/إن» and before its plural protest verb: «وقال سكان إن مئات
    من أهالي القرية تظاهروا أمس أمام مبنى المحافظة». Reported speech puts the subject first
    (:func:`_subject_before`: a count, crowd word or vague quantity; the verb agrees in the plural
    past), and the report tells that they did. Not «احتجوا» (to object in words as well) nor a
    verb of gathering without a purpose after it («إن آلاف الحجاج تجمعوا في عرفات»)."""
    s = c.sent
    if c.key in PROTEST_VERBS:
        return False
    words = _subject_before(s, c.tok)
    if words is None or words[0] == 0 or s.norms[words[0] - 1] not in _COMPLEMENTISERS:
        return False
    # protesters who gathered need no purpose: «وأفاد شهود بأن مئات المتظاهرين تجمعوا أمام البرلمان»
    return c.key.lstrip(_CONJ) not in _GATHER_VERBS or _purpose_after(c) or any(
        words[0] <= o.tok < words[1] and _protester(o) for o in s.candidates)


def _reported_deed(c: Candidate) -> bool:
    """A counted crowd right after «أن/إن» and before the plural past of a road block, a riot deed
    or a strike reports the protest, as before a protest verb (:func:`_reported_crowd_before`):
    «وقالت مصادر محلية إن عشرات المحتجين أغلقوا الطريق الرئيسي»، «وذكرت الوكالة أن آلاف العمال
    أضربوا عن العمل». A strike verb needs what is withheld after it (:func:`_withheld_after`:
    «أضربوا» alone may be a beating); nothing recalls it (trial, anniversary, history words)."""
    if c.trigger.mode not in _REPORTED_DEED_MODES or not c.key.split()[0].endswith(_PLURAL_PAST):
        return False
    s = c.sent
    words = _subject_before(s, c.tok)
    if words is None or words[0] == 0 or s.norms[words[0] - 1] not in _COMPLEMENTISERS or _protest_recalled(s, c.tok):
        return False
    return c.trigger.mode != "strike" or _withheld_after(c)


_REPORTED_DEED_MODES: Final = frozenset({"riot", "strike"})


def _done_in_protest(c: Candidate) -> bool:
    """A deed people did «احتجاجا على» something is their protest: «أغلق التجار محالهم احتجاجا
    على فرض ضرائب جديدة»، «أغلق عشرات من سائقي سيارات الأجرة الطريق المؤدي إلى المطار احتجاجا على
    رفع أسعار الوقود»، «علق المحامون عملهم في المحاكم احتجاجا على اعتقال زميلهم» (ACLED: a peaceful
    protest, a closure of shops or a work stoppage included).

    The purpose noun (this candidate, «احتجاجا») follows, in its clause or the one before, the
    verb that opens that clause, and the verb's subject right after it (a time word may stand
    between) names people: a crowd word, a count of people or a people noun
    (:func:`_people_nouns`). A state, a party or a ministry as subject lodges a protest or mourns
    («استدعت الخارجية السفير احتجاجا»، «أعلنت الحركة الحداد احتجاجا»: no people noun), and a
    present verb («يغلق التجار محالهم احتجاجا كل أسبوع») a habit; the verb is no reporting,
    calling, negation or other modal cue, and no trial or history word recalls it. Training part
    of the gold data: no purpose after a deed with a people subject (the one after a deed is
    «أعلنت حركة فتح اليوم حدادا شاملا ... احتجاجا», an easy no the rule leaves)."""
    return _protest_deed_verb(c) is not None


def _protest_deed_verb(c: Candidate) -> int | None:
    """The token of the verb whose deed ``c`` («احتجاجا») says was done in protest (see
    :func:`_done_in_protest`)."""
    if c.key != _IN_PROTEST or _LAM in c.prefix:
        return None
    s = c.sent
    k = c.clause
    if s.clause_starts[k] == c.tok and k > 0:
        k -= 1  # «أغلق التجار محالهم، احتجاجا على ...»
    v = s.clause_starts[k]
    w = s.norms[v]
    if v + 1 >= c.tok or not s.alpha[v] or w.startswith(_AL) or w.lstrip(_CONJ)[:1] in _PRESENT_FIRST or w in _PREPOSITIONS:
        return None
    if any(cue.tok == v and cue.kind not in _DEED_CUE_KINDS for cue in s.cues) or _protest_recalled(s, v):
        return None
    if any(o.tok == v and o.trigger.plover != "PROTEST" for o in s.candidates):
        return None  # «قتل ... احتجاجا»: another happening's verb
    return v if _people_subject(s, v, c.tok - 1) else None


def _people_subject(s: SentenceCtx, v: int, limit: int) -> bool:
    """Does the subject right after verb ``v`` (a time word may stand between; before token
    ``limit``) name people: a crowd word, a people noun (:func:`_people_nouns`) or a count of
    people? («أغلق التجار»، «بدأ مئات الأسرى»، «أغلق عشرات من سائقي»)"""
    subj = v + 1
    if any(cue.kind == "time" and cue.tok == subj for cue in s.cues):
        subj += 1  # «أغلق أمس التجار»
    last = min(subj + _SUBJECT_REACH, limit)
    crowd = [cue.tok for cue in s.cues if cue.kind in CROWD_KINDS] + _people_nouns(s)
    if any(subj <= i <= last for i in crowd):
        return True
    people = crowd + [cue.tok for cue in s.cues if cue.kind == "victim"]
    return any(subj <= i <= last and any(i < j <= e + _SUBJECT_REACH for j in people) for i, e in _counts(s))


def _purpose_after(c: Candidate) -> bool:
    """A protest's purpose or chant after ``c`` in its sentence (cues.tsv kinds purpose, chant:
    «احتجاجا على»، «للمطالبة ب»، «تضامنا مع»، «مرددين هتافات»): what makes people who gathered
    («تجمع أهالي الضحايا في المستشفى لمعرفة مصير أبنائهم» did not) or a stand protesters."""
    return any(cue.kind in _PROTEST_PURPOSE_KINDS and cue.tok >= c.tok_end for cue in c.sent.cues)


def _people_nouns(s: SentenceCtx) -> list[int]:
    """The tokens that open a noun naming a group of people who may gather: a civilian or
    protester noun (generic_actors.tsv: «أهالي»، «سكان»، «نساء»، «طلاب») or a noun of people named by
    their work or kin (cues.tsv kind populace: «ذوو»، «عائلات»، «سائقو»، «المعلمون»، «أنصار»).

    After a finite protest verb such a subject is the crowd that gathered, as a crowd word is
    (:func:`_crowd_follows`): a report's verb of demonstrating or sitting in with people as its
    subject tells that they did. Armed and state nouns are left out: «تجمعت قوات الأمن» is no
    protest. A noun after «ل» or «ب» is governed by them, no subject («قذيفة على تجمع للمواطنين»);
    the populace words start with neither letter."""
    out = [cue.tok for cue in s.cues if cue.kind == POPULACE and s.norms[cue.tok][:1] not in _GOVERNED]
    out += [bisect_right(s.tok_starts, g.start) - 1 for g in s.generic or ()
            if g.payloads[0].role in _GATHERING_ROLES and not any(p in g.prefix for p in _GOVERNED)]
    return out


def _counted_chant(c: Candidate) -> bool:
    """A chant verb that opens its clause with a counted crowd as its subject reports a protest.

    «وفي كراتشي، ردد أكثر من ألف شخص «الموت لرشدي» أمام مسجد ...، وقال المتظاهرون ...»: a
    crowd of people counted by the report brings a new gathering into the story, as after a
    protest verb (:func:`_crowd_follows`); the protest word elsewhere in the sentence is kept
    with it. The verb is a finite chant verb (:data:`_CHANT_VERBS`) at the head of its clause,
    its subject a count of people or a crowd word («آلاف») within :data:`_SUBJECT_REACH` words. The
    definite «وردد المتظاهرون هتافات» tells a detail of a protest already reported (the
    annotators mark those no) and has no count; trials and anniversaries recall one.
    """
    s = c.sent
    if _protest_recalled(s, c.tok):
        return False
    protesters = [o.tok for o in s.candidates if o.trigger.plover == "PROTEST" and _protester(o)]
    for cue in s.cues:
        if cue.kind != "chant" or cue.key not in _CHANT_VERBS or not _opens_clause(s, cue.tok) or not _finite_cue(s, cue):
            continue
        last = cue.tok + 1 + _SUBJECT_REACH
        # crowd words and counts; a vague «العديد من المتظاهرين» is some of a crowd already told of
        crowd = [k.tok for k in s.cues if k.kind == "crowd"]
        if any(cue.tok < i <= last for i in crowd):
            return True
        # counted people: a crowd or person noun, or a protester noun («نحو ألف متظاهر»)
        people = crowd + [k.tok for k in s.cues if k.kind in _PEOPLE_CUES] + protesters
        if any(cue.tok < i <= last and any(i < j <= e + _SUBJECT_REACH for j in people) for i, e in _counts(s)):
            return True
    return False


def _chanting_crowd(doc: Doc, best: Candidate, actor1: Actor | None) -> Actor | None:
    """The counted crowd of a clause-opening chant verb (:func:`_counted_chant`) as the
    protesters, where the protest's actor1 is only a protester noun after it that tells what
    they said: «وفي كراتشي، ردد أكثر من ألف شخص «الموت لرشدي» أمام مسجد ...، وقال
    المتظاهرون إنهم ...» -> Protesters worded «أكثر من ألف شخص» (was «المتظاهرون»): the crowd
    the report counts is who protested, the later noun only names them again."""
    if actor1 is not None and (actor1.text != best.text or not actor1.name.startswith(_PROTESTERS_WORD)):
        return None
    s = best.sent
    if not _protester(best):
        return None
    for cue in s.cues:
        if cue.kind != "chant" or cue.key not in _CHANT_VERBS or cue.tok >= best.tok \
                or not _opens_clause(s, cue.tok) or not _finite_cue(s, cue):
            continue
        words = _subject_words(s, cue.tok + 1, best.tok)
        if words is None or not any(cue.tok < i < words[1] for i, _ in _counts(s)) \
                and not any(k.kind == "crowd" and words[0] <= k.tok < words[1] for k in s.cues):
            continue  # «وردد المتظاهرون هتافات»: no count, a detail of the protest told before
        text = doc.raw[s.tok_starts[words[0]]:s.ends[words[1] - 1]]
        return _crowd_actor("protester", text, actor1.country if actor1 is not None else None)
    return None


def _crowd_that_went_out(doc: Doc, best: Candidate, group: list[Candidate], actor1: Actor | None) -> Actor | None:
    """The counted crowd before a plural verb of going out, where the protest's actor1 is only the
    protester noun after the verb that tells how they went out: «لقد دوت أصوات مليوني لبناني خرجوا
    متظاهرين» -> Protesters worded «مليوني لبناني» (was «متظاهرين»), «وخرج آلاف السودانيين
    متظاهرين» -> «آلاف السودانيين»: «متظاهرين» is the verb's state (حال), the crowd between the
    verb and it (:func:`_subject_words`) or right before the plural verb (:func:`_subject_before`)
    its subject."""
    if actor1 is None or not actor1.name.startswith(_PROTESTERS_WORD):
        return None
    s = best.sent
    for c in group:
        if c.veto or not _protester(c) or normalize_key(actor1.text) != normalize_key(c.text) or c.tok == 0 \
                or c.key.startswith(_AL) or any(k.tok == c.tok - 1 and k.kind in CROWD_KINDS for k in s.cues) \
                or any(i <= c.tok - 1 <= e for i, e in _counts(s)):
            continue  # «خرج آلاف المتظاهرين»: the counted protesters are the subject itself
        verb = next((cue.tok for cue in s.cues if cue.kind == "goout" and cue.clause == c.clause
                     and 0 < c.tok - cue.tok <= _STAGE_REACH and _finite_cue(s, cue)), None)
        if verb is None:
            continue
        words = _subject_words(s, verb + 1, c.tok) if verb + 1 < c.tok else _subject_before(s, verb)
        if words is not None:
            return _crowd_actor("protester", doc.raw[s.tok_starts[words[0]]:s.ends[words[1] - 1]], actor1.country)
    return None


_WENT_OUT: Final = normalize_key("خرج")  # triggers.tsv «خرج آلاف»، «خرج المئات»: the verb and its crowd


def _went_out_crowd(doc: Doc, best: Candidate) -> str | None:
    """The crowd words of a «خرج آلاف/المئات» trigger (triggers.tsv), without the verb: «خرج الآلاف
    في شوارع الخرطوم» -> «الآلاف» (the protesters' text was the whole phrase, and the verb is no
    part of who protested). Sliced from the input, so its offsets hold."""
    if best.tok_end - best.tok != 2 or best.key.split()[0].lstrip(_CONJ) != _WENT_OUT:
        return None
    return doc.raw[best.sent.tok_starts[best.tok + 1]:best.end]


# words of where a protest was held, before the building's name: «أمام مقر نقابة»، «على سلالم نقابة»
_VENUE: Final = frozenset(normalize_key(w) for w in ("أمام", "مقر", "سلالم", "مبنى"))


def _stagers_not_the_place(doc: Doc, best: Candidate, group: list[Candidate], spans: list[arguments.ActorSpan],
                           actor1: Actor | None) -> Actor | None:
    """The crowd that staged a protest noun, where the protest's actor1 is a people noun after the
    noun, in the words of where it was held (:data:`_VENUE`): «ونظم العشرات من النشطاء وقفة على سلالم نقابة
    الصحفيين» -> Protesters worded «العشرات من النشطاء» (was Journalists (Egypt), «الصحفيين» of the
    syndicate's steps). The staging verb's subject before the noun (:func:`_crowd_phrase`, for a
    noun :func:`_staged` holds) names who protested; a generic noun after the noun names a place
    or a cause."""
    if actor1 is None or best.trigger.pos != "noun" or not _staged(best):
        return None
    span = next((x for x in spans if x.actor is actor1 or x.generic and x.actor.text == actor1.text), None)
    if span is None or not span.generic or span.tok < best.tok_end \
            or not any(best.sent.norms[k] in _VENUE for k in range(best.tok_end, span.tok)):
        return None  # only a people noun in where it was held («أمام مقر نقابة المعلمين»)
    words = _crowd_phrase(group)
    s = best.sent
    if words is None or words[1] > best.tok:
        return None
    country = actor1.country if actor1.country else doc.country
    return _crowd_actor("protester", doc.raw[s.tok_starts[words[0]]:s.ends[words[1] - 1]], country)


def _staging_crowd(doc: Doc, best: Candidate, group: list[Candidate], spans: list[arguments.ActorSpan],
                   actor1: Actor | None) -> Actor | None:
    """The people who staged a protest noun in the relative verb right after it, where the
    protest's actor1 is only a protester noun later in the sentence: «فرقت قوات الأمن اعتصاما نظمه
    مئات الأساتذة المتعاقدين ...، ما أسفر عن إصابة عدد من المحتجين» -> Protesters worded «مئات
    الأساتذة المتعاقدين» (was «المحتجين», the wounded): the verb's subject says who protested
    (:func:`_organiser_words`, people only: a named organisation behind the protest is its
    associate, :func:`_organisation_behind`); the later noun names them again."""
    if actor1 is None or not actor1.name.startswith(_PROTESTERS_WORD):
        return None
    span = next((x for x in spans if x.actor is actor1 or x.generic and x.actor.text == actor1.text), None)
    if span is None or not span.generic:
        return None
    words = _organiser_words(group, people_only=True)
    s = best.sent
    if words is None or span.tok < words[1]:
        return None  # the protester noun is the staging verb's subject, or before it
    country = actor1.country if actor1.country else doc.country
    return _crowd_actor("protester", doc.raw[s.tok_starts[words[0]]:s.ends[words[1] - 1]], country)


def _counted_march(c: Candidate) -> bool:
    """A counted crowd that marches or joins, with a protest word after the verb in its clause,
    reports a protest: «شارك المئات في مسيرة سلمية وسط المدينة»، «سار آلاف المتظاهرين نحو
    السفارة»، «وتوجه نحو 300 محتج إلى مقر المحافظة». A light verb of doing (cues.tsv kind
    undertake) counts too when the protest word is its complement (:func:`_complement_of_light_verb`:
    «وقام العشرات من النشطاء بالاعتصام داخل مقر الحزب»، «أقدم مئات العمال على الإضراب»), as
    an indefinite protester subject of it does already (:func:`_crowd_subject`); the training
    part holds neither form with a count.

    As for chants (:func:`_counted_chant`), the count brings a new gathering into the story
    (ACLED: any demonstration, a march or a rally included, is a protest), while the definite
    «وسار المتظاهرون نحو السفارة» tells a detail of a protest already reported (the GSR's
    training part: 1 yes / 3 easy no / 3 difficult no for those; none with a count). The verb
    (:data:`_MARCH_VERBS`, past tense) opens its clause and is not background (no relative
    pronoun or «بعد» right before it: :func:`_finite_cue`); a time word may stand between it
    and its subject, a crowd word («آلاف»، «المئات») or a count of people within
    :data:`_SUBJECT_REACH` words; no trial, anniversary or history word before it. A verb
    without a protest word («شارك المئات في تشييع») reports no protest.
    """
    return _march_verb(c) is not None


def _march_verb(c: Candidate) -> int | None:
    """The token of the verb of marching, joining or doing whose counted crowd ``c`` tells of
    (see :func:`_counted_march`)."""
    s = c.sent
    first = s.clause_starts[c.clause]
    crowd = [k.tok for k in s.cues if k.kind == "crowd"]
    people = crowd + [k.tok for k in s.cues if k.kind in _PEOPLE_CUES]
    people += [o.tok for o in s.candidates if o.trigger.plover == "PROTEST" and o.trigger.pos == "noun"]
    light = {k.tok for k in s.cues if k.kind == _UNDERTAKE} if _complement_of_light_verb(c) else set()
    for v in range(first, c.tok):
        w = s.norms[v]
        if v not in light and w not in _MARCH_VERBS and not (w[:1] in _CONJ and w[1:] in _MARCH_VERBS):
            continue
        if v not in light and _reported_marchers(s, v):
            return v  # «وقالت الشرطة إن نحو خمسة آلاف شخص شاركوا في المسيرة»
        if not _opens_clause(s, v) or _protest_recalled(s, v):
            continue
        if _subordinate_at(s, v):
            continue
        subj = v + 1
        if any(cue.kind == "time" and cue.tok == subj for cue in s.cues):
            subj += 1  # «شارك أمس المئات»
        last = subj + _SUBJECT_REACH
        if any(subj <= i <= min(last, c.tok) for i in crowd if i != c.tok):
            return v
        if any(subj <= i <= last and i < c.tok and any(i < j <= e + _SUBJECT_REACH for j in people)
               for i, e in _counts(s)):
            return v
    return None


def _joined_by_crowd(c: Candidate) -> bool:
    """A protest that a counted crowd joined, the crowd told after it: «وشارك في المسيرة أكثر من
    ألفي شخص»، «وشارك في المظاهرة التي دعت إليها أحزاب المعارضة نحو عشرة آلاف شخص»، «شاركت في
    الاعتصام مئات النساء». Arabic puts the prepositional phrase before a long subject; the
    verb-first order with the crowd right after the verb is :func:`_counted_march`'s. As there,
    the count brings a new gathering into the story (ACLED: a march or a rally is a
    demonstration) and makes the sentence report it, not recall it.

    The protest noun (this candidate: no protester noun, no «ل»/«ب» before it) comes right after
    «في», which comes right after a past verb of joining (:data:`_JOIN_VERBS`; a time word may
    stand between: «شارك أمس في») that opens its clause and is not recalled (no relative pronoun
    or «بعد» right before it, no trial, anniversary or history word before it); a crowd word
    («آلاف»، «المئات») or a count of people follows the noun in its clause within
    :data:`_JOINED_REACH` words (a relative clause may stand between). «شارك في المؤتمر أكثر
    من ألفي شخص» names no protest. Training part of the gold data: the order is absent (one
    ambiguous «مظاهرة اليمين المتطرف ... التي شارك فيها حوالي 15 ألف متظاهر», a relative verb)."""
    if c.trigger.pos != "noun" or c.trigger.plover != "PROTEST" or _protester(c) or _LAM in c.prefix or _BA in c.prefix:
        return False
    s = c.sent
    last = min(c.tok_end + _JOINED_REACH, s.clause_stop(c.clause), len(s.norms))
    if not c.key.startswith(_AL) and _joined_relative(s, c):
        # «وشهدت المدينة أمس تظاهرة شارك فيها نحو ألف شخص»: an indefinite noun's relative clause
        # needs no pronoun; the crowd follows «شارك فيها»
        return _crowd_within(s, c.tok_end, last)
    at = c.tok - 1
    if at < 1 or s.norms[at] != _FI:
        return False
    v = at - 1
    if any(cue.kind == "time" and cue.tok == v for cue in s.cues):
        v -= 1  # «وشارك أمس في المسيرة»
    w = s.norms[v] if v >= 0 else ""
    if w not in _JOIN_VERBS and not (w[:1] in _CONJ and w[1:] in _JOIN_VERBS):
        return False
    if not _opens_clause(s, v) or _protest_recalled(s, v) or _subordinate_at(s, v):
        return False
    return _crowd_within(s, c.tok_end, last)


def _joined_relative(s: SentenceCtx, c: Candidate) -> bool:
    """«شارك فيها/فيه» right after the protest noun ``c`` (an adjective or a place may stand
    between: «مسيرة حاشدة شارك فيها»، «مظاهرة حاشدة في العاصمة شارك فيها»; no punctuation), with
    no trial, anniversary or history word before the noun."""
    for v in range(c.tok_end, min(c.tok_end + _RELATIVE_REACH, len(s.norms) - 1)):
        if not s.alpha[v]:
            return False
        if s.norms[v] in _JOIN_VERBS and s.norms[v + 1] in _IN_IT:
            return not _protest_recalled(s, c.tok)
    return False


def _crowd_within(s: SentenceCtx, first: int, last: int) -> bool:
    """A crowd word («آلاف»، «المئات») or a count of people (a crowd, person or protest noun
    after it) from token ``first`` up to ``last``."""
    crowd = [k.tok for k in s.cues if k.kind == "crowd"]
    if any(first <= i < last for i in crowd):
        return True
    people = crowd + [k.tok for k in s.cues if k.kind in _PEOPLE_CUES]
    people += [o.tok for o in s.candidates if o.trigger.plover == "PROTEST" and o.trigger.pos == "noun"]
    return any(first <= i < last and any(i < j <= e + _SUBJECT_REACH for j in people) for i, e in _counts(s))


_RELATIVE_REACH: Final = 4  # words from the protest noun to «شارك فيها», at most
_IN_IT: Final = frozenset(normalize_key(w) for w in ("فيها", "فيه"))
_JOIN_VERBS: Final = frozenset(normalize_key(w) for w in ("شارك", "شاركت", "شاركوا"))
_FI: Final = normalize_key("في")
_JOINED_REACH: Final = 8  # «في المظاهرة التي دعت إليها أحزاب المعارضة نحو عشرة آلاف شخص»


def _headline(c: Candidate) -> bool:
    """A headline that opens with an indefinite protest noun or a counted crowd of protesters and
    says where or against what: «مظاهرات في القاهرة احتجاجا على ارتفاع الأسعار»، «اعتصام لعمال
    النسيج في المحلة الكبرى»، «5 آلاف متظاهر ضد «الناتو» وأميركا في بيشاور»، «آلاف المتظاهرين في
    شوارع أثينا». Arabic prose opens no sentence with an indefinite subject and no verb (the
    headline style does), so the noun reports the protest as a verb would. The noun (this
    candidate, no article, no clitic; a protester noun may follow a crowd word or count that opens
    the sentence) is followed within :data:`_HEADLINE_REACH` words by «ضد» or a protest purpose
    (cues.tsv kind purpose), or by a place preposition when the noun names protesters or a protest
    in every sense (:data:`_PROTEST_MARKS`, a strike, a stand); no call, future, threat, hypothetical, negation,
    question, trial, anniversary or history word in the sentence («دعوات لمظاهرات»، «مظاهرات
    الجمعة المقبلة» are calls and plans; a timeline «17 مارس: مظاهرة ...» opens with a date).
    Training part of the gold data: none opens with such a noun (one difficult no «مظاهرة في
    الضفة الغربية احتجاجاً على الجدار الفاصل * نعلين ـ ا.ف.ب: وقعت صدامات ...», whose body tells
    clashes)."""
    if c.trigger.pos != "noun" or c.trigger.mode not in _HEADLINE_MODES or c.prefix or c.key.startswith(_AL) and not _protester(c):
        return False
    s = c.sent
    if c.tok > 0:
        if not _protester(c):
            return False
        crowd = {k.tok for k in s.cues if k.kind == "crowd"} | {k for i, e in _counts(s) for k in range(i, e + 1)}
        if not all(k in crowd for k in range(c.tok)) or 0 not in crowd:
            return False  # «آلاف المتظاهرين»، «5 آلاف متظاهر»: only the crowd before it
    elif c.key.startswith(_AL):
        return False
    if any(k.kind in _HEADLINE_DOUBTS for k in s.cues):
        return False
    last = min(c.tok_end + _HEADLINE_REACH, len(s.norms))
    if any(s.norms[k] == _AGAINST for k in range(c.tok_end, last)) \
            or any(k.kind == "purpose" and c.tok_end <= k.tok < last for k in s.cues):
        return True
    # a place alone for a protester noun or a noun that names a protest in every sense: «مسيرة
    # للسيارات الكلاسيكية في أبوظبي» is a rally, «مظاهرة ثقافية في ...» a festival
    sure = _protester(c) or c.trigger.mode != _DEMONSTRATE or any(m in c.key for m in _PROTEST_MARKS)
    return sure and any(s.norms[k] in _PLACE_PREPOSITIONS for k in range(c.tok_end, last))


_HEADLINE_MODES: Final = frozenset({_DEMONSTRATE, "stand", "strike"})
_HEADLINE_REACH: Final = 4  # «مسيرة حاشدة في الرباط تضامنا»، «اعتصام لعمال النسيج في»
_HEADLINE_DOUBTS: Final = frozenset({"call", "future", "threat", "hypothetical", "negation", "question", "trial",
                                     "anniversary", "history", "intent", "denial"})
_AGAINST: Final = normalize_key("ضد")


def _reported_marchers(s: SentenceCtx, v: int) -> bool:
    """A counted crowd right after «أن/إن» and before the plural verb of marching or joining
    ``v``: «وقالت الشرطة إن نحو خمسة آلاف شخص شاركوا في المسيرة». Reported speech puts the
    subject first (:func:`_subject_before`), as for a protest verb (:func:`_reported_crowd_before`);
    no trial, anniversary or history word recalls it."""
    words = _subject_before(s, v)
    return words is not None and words[0] > 0 and s.norms[words[0] - 1] in _COMPLEMENTISERS \
        and not _protest_recalled(s, v)


def _launched_at(c: Candidate) -> bool:
    """Projectiles an armed side launched at a target report a shelling or missile attack:
    «وأطلق مقاتلو حركة الشباب قذائف على القصر الرئاسي»، «أطلقت الفصائل صواريخ باتجاه
    المستوطنات»، «قال الجيش إن قواته أطلقت صاروخا على ...». A finite past verb of launching
    carries the projectile noun (:func:`_carrier`: not relative, purpose or background), its
    armed or state subject right after it (or the speaker's own forces after «إن»), and
    «على، باتجاه، نحو» aims it within :data:`_AIM_REACH` words: without an aim it is as often
    a test («أطلقت كوريا الشمالية صاروخين قصيري المدى»). Training part of the gold data: the
    verb with a projectile after it, 5 yes (all found) / 1 difficult no (that test)."""
    if c.trigger.mode != "heavy-weapons" or c.trigger.pos != "noun" or c.key.startswith(_AL):
        return False
    if not _carrier(c, _LAUNCH_VERBS, _WAGE_REACH):
        return False
    s = c.sent
    n = len(s.norms)
    if not any(s.norms[k] in _AIMED for k in range(c.tok_end, min(n, c.tok_end + _AIM_REACH))):
        return False
    for v in range(c.tok - 1, max(s.clause_starts[c.clause], c.tok - _WAGE_REACH) - 1, -1):
        w = s.norms[v]
        if w in _LAUNCH_VERBS or w[:1] in _CONJ and w[1:] in _LAUNCH_VERBS:
            if v + 1 < c.tok and _doer_at(s, s.tok_starts[v + 1]):
                return True
            return v >= 2 and s.norms[v - 1] in _OWN_FORCES and s.norms[v - 2] in _COMPLEMENTISERS
    return False


def _march_subject(c: Candidate) -> bool:
    """An indefinite march or demonstration as the subject of a verb of moving through streets
    reports it: «وجابت مسيرة حاشدة شوارع المدينة»، «وطافت مظاهرات أحياء البلدة القديمة»،
    «وتوجهت مسيرة من أمام المسجد إلى مقر المحافظة». Like a protest breaking out («اندلعت
    احتجاجات», cues.tsv kind erupt, :func:`_staged`) the indefinite noun brings a new
    gathering into the story (ACLED: a march is a demonstration), while «جابت المسيرة الشوارع»
    tells the route of one already reported. The feminine verb (:data:`_MARCH_SUBJECT_VERBS`)
    opens its clause and is not background (:func:`_finite_cue`); a time word or a quantity
    («عدة») may stand between it and the noun (:data:`_ERUPT_REACH`). Training part of the
    gold data: none indefinite; the definite or background ones (4 difficult no) stay with
    the classifier."""
    if c.trigger.pos != "noun" or c.key.startswith(_AL) or c.trigger.mode != _DEMONSTRATE or _protester(c):
        return False
    s = c.sent
    return _opening_verb_before(c, _MARCH_SUBJECT_VERBS, max(s.clause_starts[c.clause], c.tok - _ERUPT_REACH), c.tok - 1)


def _turned_into(c: Candidate) -> bool:
    """A gathering that turned into a protest reports the protest: «وتحولت جنازة القتيل إلى
    مظاهرة غاضبة ضد قوات الاحتلال»، «تحول تشييع الضحايا إلى مسيرة احتجاجية». The verb of turning
    (:data:`_TURNING_VERBS`, past tense, opening its clause, not background) and its subject come at
    most :data:`_TURNED_REACH` words before «إلى», and the indefinite protest noun right after it:
    ACLED codes the protest a funeral or a rally became (the definite «تحولت المظاهرة إلى»
    tells one already reported). Training part of the gold data: none."""
    if c.trigger.pos != "noun" or c.key.startswith(_AL) or c.trigger.mode != _DEMONSTRATE or _protester(c):
        return False
    s = c.sent
    if c.tok < 2 or s.norms[c.tok - 1] not in _INTO:
        return False
    first = c.tok - 1 - _TURNED_REACH
    if any(s.norms[i] in _RELATIVES for i in range(max(0, first), c.tok - 1)):
        first -= _RELATIVE_CLAUSE_REACH  # «تحولت جنازة الشاب الذي قتل برصاص الشرطة إلى مظاهرة»
    return _opening_verb_before(c, _TURNING_VERBS, max(s.clause_starts[c.clause], first), c.tok - 2)


def _opening_verb_before(c: Candidate, verbs: frozenset[str], first: int, last: int) -> bool:
    """Does the nearest of ``verbs`` (or «و/ف» + one) from token ``last`` back to ``first`` open
    its clause as a report, not background: no trial or history word before it, no relative
    pronoun or «بعد» right before it (:func:`_march_subject`, :func:`_turned_into`)?"""
    s = c.sent
    for v in range(last, first - 1, -1):
        w = s.norms[v]
        if w not in verbs and not (w[:1] in _CONJ and w[1:] in verbs):
            continue
        if not _opens_clause(s, v) or _protest_recalled(s, v):
            return False
        return not _subordinate_at(s, v)
    return False


def _complement_of_light_verb(c: Candidate) -> bool:
    """Is protest word ``c`` the complement of a light verb: a verbal noun after «ب» («قاموا
    بالاعتصام») or after «على» («أقدموا على الإضراب»)? Elsewhere in the clause a protest word
    is not what «قام/أقدم» did («قام مئات الجنود بحملة دهم ... بعد المظاهرة»)."""
    if c.trigger.pos != "noun" and c.trigger.mode != "strike":
        return False
    if _BA in c.prefix:
        return True
    return c.tok > 0 and c.sent.norms[c.tok - 1] == _ON


def _rule_only_holds(c: Candidate) -> bool:
    """Does the rule that a rule-only trigger (:data:`_RULE_ONLY`, :data:`_DETAIN_ROW`) needs hold?"""
    if c.trigger.name == _DETAIN_ROW:
        return _detainees_follow(c)
    if c.trigger.mode == _DEMOLISH:
        return _military_destroyed(c)
    if c.trigger.mode == _STREETS:
        return _streets_verb(c) is not None
    if c.trigger.mode == _STAND:
        # «نظمت عائلات المعتقلين وقفة أمام مقر الصليب الأحمر»، «وقفة ... تضامنا مع»: a stand in
        # front of a building or for a cause; not «وقفة تأبينية في ذكرى»، «وقفة احتفالية بمناسبة»
        # «وقفة على سلالم نقابة الصحفيين»: Cairo's steps of protest, in front of the building too
        # «خرج عشرات الآلاف في «مليونية» جديدة»: a million-man march is a protest by its name
        return _staged(c) and (_purpose_after(c) or c.tok_end < len(c.sent.norms) and c.sent.norms[c.tok_end] in _IN_FRONT
                               or c.sent.norms[c.tok_end:c.tok_end + 2] == _ON_THE_STEPS
                               or c.key.removeprefix(_AL) in _MILLION_MARCHES)
    return _fighters_neutralised(c)


_MILLION_MARCHES: Final = frozenset(normalize_key(w) for w in ("مليونية", "مليونيات"))  # triggers.tsv, protest procession


def _streets_verb(c: Candidate) -> Any:
    """The verb of going out whose crowd took to the streets: «خرج الآلاف إلى شوارع المدينة
    مطالبين برحيل الرئيس»، «ونزل آلاف المحتجين إلى الشوارع في طهران أمس».

    «إلى الشوارع» names no protest by itself («ستضطر لزيادة عدد الشرطة في الشوارع», «ينتقل
    الحوار من الغرف إلى الشوارع»), but after a past verb of going out (cues.tsv kind goout,
    finite: :func:`_finite_cue`; at most :data:`_STAGE_REACH` words before it in its clause) with
    a crowd or people subject between them (:func:`_subject_words`: «الآلاف»، «مئات الطلاب»،
    «المتظاهرون») or a counted crowd before its plural (:func:`_subject_before`: «قال شهود إن
    مئات الشبان خرجوا إلى الشوارع», as reported speech puts the subject first), it is the
    report's way of saying a crowd demonstrated (ACLED: a peaceful protest). Not when the sentence recalls it (:func:`_protest_recalled`), nor for a pronoun
    subject («ثم خرجوا إلى الشوارع»: told before). Training part of the gold data: one such
    sentence, with a protester noun that is found already («ونزل المتظاهرون الى الشوارع», yes);
    «الذين خرجوا الى الشوارع» (ambiguous) is a relative clause."""
    s = c.sent
    if not s.num_toks and s.nums:  # the count positions, before sentence_parts fills them (as score runs this first)
        s.num_toks = [bisect_right(s.tok_starts, n.start) - 1 for n in s.nums if not n.percent]
    verbs = [cue for cue in s.cues if cue.kind == "goout" and cue.clause == c.clause
             and 0 < c.tok - cue.tok <= _STAGE_REACH and _finite_cue(s, cue)]
    if not verbs:
        return None
    verb = max(verbs, key=lambda cue: cue.tok)
    if _protest_recalled(s, verb.tok):
        return None
    if _subject_words(s, bisect_left(s.tok_starts, verb.end), c.tok) is None and _subject_before(s, verb.tok) is None:
        return None
    stop = min(s.clause_stop(c.clause), c.tok_end + _CELEBRATION_REACH)
    if any(s.norms[i] in _CELEBRATING for i in range(c.tok_end, stop)):
        return None  # «خرج الآلاف إلى الشوارع احتفالا بفوز المنتخب»: a celebration
    return verb


def _military_destroyed(c: Candidate) -> bool:
    """A finite verb of destroying with an armed or state doer and a military object reports an
    attack: «دمرت وحدات من الجيش السوري مقرات للإرهابيين في ريف إدلب»، «دمر مقاتلو الحركة
    دبابتين للجيش»، «قال الجيش إن قواته دمرت مواقع للمتمردين».

    Armed forces destroy enemy positions, hideouts, vehicles or stores by fighting or firing
    on them (ACLED: a clash or a strike, by the means the report names; the verb alone names
    none, so an armed clash unless a more specific trigger of the clause types it). Without
    the doer the verb tells of damage («دمرت السيول المنازل»، «ودمر المنزل المستهدف»: the
    result of an attack told by its own trigger, if any), and without a military object of
    property («دمرت القوات الإسرائيلية منزلا»: a demolition, :data:`_DESTROY`'s «هدم»). The
    doer (:func:`_doer_at`) starts at most :data:`_DOER_REACH` words after the verb, the object
    (cues.tsv kinds object, position, equipment, materiel; «مقرات، مواقع، معاقل») at most
    :data:`_MATERIEL_REACH` words after the doer's first; or, after «إن/أن», the verb's subject is
    the speaker's own forces («إن قواته دمرت»). Not a relative or time clause, nor a recalled deed
    (as :func:`_doer_struck`). The GSR holds none of these.
    """
    s = c.sent
    if _LAM in c.prefix or _BA in c.prefix or c.key.startswith(_AL):
        return False
    if _subordinate_or_recalled(c):
        return False
    objects = [cue.tok for cue in s.cues if cue.clause == c.clause
               and (cue.kind in _MATERIEL_KINDS or cue.kind == "target" and cue.key in _TARGET_NOUNS)]
    if c.tok >= 2 and s.norms[c.tok - 1] in _OWN_FORCES and s.norms[c.tok - 2] in _COMPLEMENTISERS:
        return any(c.tok_end <= t <= c.tok_end + _SUBJECT_REACH for t in objects)
    n = len(s.tok_starts)
    for d in range(c.tok_end, min(n, c.tok_end + _DOER_REACH + 1)):
        if _doer_at(s, s.tok_starts[d]):
            return any(d < t <= d + _MATERIEL_REACH for t in objects)
        if not s.alpha[d]:
            return False
    return False


def _fighters_neutralised(c: Candidate) -> bool:
    """«حيدت، تحييد» with a count of fighters after it reports fighters killed or captured in an
    attack: «أعلنت وزارة الدفاع التركية تحييد 12 إرهابيا في شمال العراق»، «حيدت قواتنا خمسة من
    عناصر التنظيم» (the Turkish ministry's word; ACLED codes such reports as fighting).
    Without the count the word is political: «تحييد لبنان عن الصراعات» (keeping a country
    out), «حيدت المؤسسة العسكرية». The count (:func:`_counts`) starts at most
    :data:`_DETAINEE_REACH` words after the word (the subject may stand between), and the word
    right after its last word, or after «من» there, is a fighter noun (:data:`_FIGHTER_STEMS`:
    «إرهابيين»، «مسلحا»، «عناصر»). The masculine «حيد» is not listed: «وحيد» is a name. A
    purpose («لتحييد») is a plan.
    """
    if _LAM in c.prefix:
        return False
    s = c.sent
    if not s.num_toks and s.nums:  # the count positions, before sentence_parts fills them
        s.num_toks = [bisect_right(s.tok_starts, n.start) - 1 for n in s.nums if not n.percent]
    last = c.tok_end + _DETAINEE_REACH
    n = len(s.stems)
    for i, e in _counts(s):
        if not c.tok_end <= i <= last:
            continue
        k = e + 1
        if k < n and s.norms[k] == _MIN:
            k += 1  # «خمسة من عناصر الحزب»
        if k < n and s.stems[k].startswith(_FIGHTER_STEMS):
            return True
    return False


def _dispersed(c: Candidate) -> bool:
    """An indefinite protest noun that a finite verb of dispersing governs reports the protest.

    «فرقت الشرطة السودانية مستخدمة الغاز المسيل للدموع مظاهرة نظمها حزب البعث»: the object
    introduces a protest the report has not told before (and its dispersal: ACLED's *Protest
    with intervention*). The definite «فرقت الشرطة المتظاهرين» and the verbal noun «لتفريق
    المتظاهرين» tell a detail of a protest already reported (1 yes / 21 easy no in the training
    part); «محاولتها تفريق مظاهرة» is a verbal noun too. The verb (:data:`_DISPERSE_VERBS`)
    comes at most :data:`_STAGE_REACH` tokens before the noun in its clause (its subject and
    instrument may stand between), with no relative pronoun or «بعد» right before it, and no
    trial, anniversary or history word before it in its clause («اتهم الشرطة بأنها فرقت
    مظاهرة»); one after the noun describes its people («للتنديد بإعدام الرئيس الراحل»).
    An indefinite protester noun is such an object too: «فرقت الشرطة متظاهرين أمام مقر الحكومة»
    brings new protesters into the story as «اقتحم متظاهرون» does (:func:`_crowd_subject`; the
    training part holds none).
    """
    if c.trigger.pos != "noun" or c.key.startswith(_AL) or _LAM in c.prefix:
        return False
    s = c.sent
    if _background_before(c):
        return False
    return any(cue.key in _DISPERSE_VERBS and cue.clause == c.clause and 0 < c.tok - cue.tok <= _STAGE_REACH
               and _finite_cue(s, cue) for cue in s.cues)


def _crowd_dispersed(c: Candidate) -> bool:
    """A counted crowd that a finite verb of dispersing governs reports its protest.

    «فرقت الشرطة مئات المتظاهرين أمام البرلمان»، «فرّقت قوات الدرك، اليوم، بالغاز المسيل للدموع
    مئات المعلمين الذين حاولوا الاعتصام أمام مبنى رئاسة الوزراء»: the count brings a new gathering
    into the story, as after a verb of chanting or marching (:func:`_counted_chant`,
    :func:`_counted_march`), and its dispersal makes it ACLED's *Protest with intervention*;
    the uncounted «فرقت الشرطة المتظاهرين» tells a detail of a protest already reported
    (:func:`_dispersed`). The verb (:data:`_DISPERSE_VERBS`, finite, not recalled) comes at most
    :data:`_DISPERSED_REACH` tokens before the count (its subject, a time and the instrument
    may stand between); the protest word (a protester noun or a protest noun, this candidate)
    at most :data:`_CROWD_WORD_REACH` tokens after the count's last word, with people counted.
    """
    s = c.sent
    verbs = [cue.tok for cue in s.cues if cue.key in _DISPERSE_VERBS and cue.tok < c.tok and _finite_cue(s, cue)
             and not _protest_recalled(s, cue.tok)]
    if not verbs:
        return False
    crowd = [k.tok for k in s.cues if k.kind == "crowd"]  # «مئات»، «آلاف»: a crowd by itself
    people = crowd + [k.tok for k in s.cues if k.kind in _PEOPLE_CUES] + [c.tok]
    for i, e in _counts(s):
        if e < c.tok <= e + _CROWD_WORD_REACH and any(0 < i - v <= _DISPERSED_REACH for v in verbs) \
                and (i in crowd or any(i < j <= e + _SUBJECT_REACH for j in people)):
            return True
    return False


_DISPERSED_REACH: Final = 12  # «فرّقت قوات الدرك الأردنية، اليوم الخميس، بالغاز المسيل للدموع مئات»
_CROWD_WORD_REACH: Final = 4  # «مئات المعلمين الذين حاولوا الاعتصام»


def _sustained(c: Candidate) -> bool:
    """A strike that someone is on, joins or keeps up reports the strike.

    «يضرب عن الطعام منذ أسبوع»، «معتقلون مضربون عن الطعام» (a hunger strike's verb or
    participle, triggers.tsv) and «تشاركان أيضا في الإضراب عن الطعام»، «يواصل العمال إضرابهم»
    (a strike noun after a verb of joining, keeping up or starting, cues.tsv kind sustain, in
    the present tense too: a strike lasts, so «تشارك» tells one under way, while «ينظم مسيرة»
    is as often a plan). The verb comes at most :data:`_SUSTAIN_REACH` tokens before the noun
    in its clause. Negated, threatened or future strikes are vetoed before this
    (:mod:`hadath.events.modality`); a trial, anniversary or history word before it in its
    clause recalls one (after it, «منذ أسبوع» says how long it has lasted).
    """
    if (c.trigger.mode != "strike" and not _own_protest(c)) or _LAM in c.prefix:
        return False
    s = c.sent
    if _background_before(c):
        return False
    if c.key.endswith(_HUNGER) and not c.key.startswith(_AL) and c.key.split()[0] not in _STRIKE_NOUNS:
        return True  # «يضرب عن الطعام»، «مضربون عن الطعام»
    return any(cue.kind == "sustain" and cue.clause == c.clause and 0 < c.tok - cue.tok <= _SUSTAIN_REACH
               and _finite_cue(s, cue) for cue in s.cues) or _strike_entered(c) or _strike_begun(c) or _own_strike_kept_up(c) \
        or _hunger_strike_declared(c) or _struck_from_work(c)


# a protest noun with its people's pronoun: «اعتصامهم»، «احتجاجاتهم» (triggers.tsv), a protest under way
_OWN_PROTEST_ENDINGS: Final = (normalize_key("هم"), normalize_key("ها"))


def _own_protest(c: Candidate) -> bool:
    """A protest noun that carries its people's pronoun («واصل مئات العمال اعتصامهم المفتوح»،
    «واصل المحتجون احتجاجاتهم») is a protest those people are on, kept up or joined as a strike
    is (:func:`_sustained`): a sit-in lasts like a strike, and the pronoun says whose it is."""
    return c.trigger.mode == _DEMONSTRATE and c.trigger.pos == "noun" and c.key.endswith(_OWN_PROTEST_ENDINGS)


_STRUCK: Final = frozenset(normalize_key(w) for w in ("أضرب", "أضربت", "أضربوا", "أضربن", "أضربا"))
_FROM: Final = normalize_key("عن")
# what a strike withholds: «أضرب المعلمون عن العمل»، «أضربت الكوادر الصحية عن الدوام»
_WITHHELD: Final = frozenset(normalize_key(w) for w in ("العمل", "الدراسة", "الدوام", "التدريس", "الطعام"))
_WITHHELD_REACH: Final = 6  # words from the verb to «عن»: «أضرب الأطباء المقيمون في المستشفيات العامة عن العمل»


def _struck_from_work(c: Candidate) -> bool:
    """«أضرب» in the past, opening its clause, with «عن العمل/الدراسة/الدوام» after it reports a
    strike: «أضرب المعلمون في المدارس الحكومية عن العمل لليوم الثالث». The verb names a strike
    only with what is withheld (the bare «أضرب» is also «to strike, hit», and «فاضربوه» is vetoed
    as a beating, :mod:`hadath.events.modality`), so «عن» and the withheld noun must follow within
    :data:`_WITHHELD_REACH` words in its clause. Wires tell strikes so; the 2007-08 training part
    holds one such verb, in a relative clause («الأيام التي أضرب خلالها عن العمل»), which stays
    background: not after «أن», a relative pronoun or an after-word within two words, as for
    :func:`_demonstrated`."""
    s = c.sent
    if c.key.lstrip(_CONJ) not in _STRUCK or c.prefix.strip(_CONJ) or not _opens_clause(s, c.tok):
        return False
    if c.tok and s.norms[c.tok - 1] in _THAT or _recalled_when(s, c.tok):
        return False
    if _subordinate_at(s, c.tok):
        return False
    return _withheld_after(c)


def _withheld_after(c: Candidate) -> bool:
    """«عن» and what a strike withholds («العمل، الدراسة، الدوام») within :data:`_WITHHELD_REACH`
    words after the strike verb ``c`` in its clause."""
    s = c.sent
    stop = min(s.clause_stop(c.clause), c.tok_end + _WITHHELD_REACH, len(s.norms) - 1)
    return any(s.norms[i] == _FROM and s.norms[i + 1] in _WITHHELD for i in range(c.tok_end, stop))


def _hunger_strike_declared(c: Candidate) -> bool:
    """«وأعلن الأسرى الإداريون في سجن عوفر الإضراب المفتوح عن الطعام رفضا لاعتقالهم»: prisoners or
    people who declare a hunger strike go on it as they declare it (Palestinian wires: «أعلن
    الأسير ... الإضراب عن الطعام»). The strike noun is the object of a past verb of declaring
    (:data:`_DECLARE_VERBS`) that opens its clause at most :data:`_KEPT_UP_REACH` words before it,
    with no «أن» between (what a declared report says: «أعلنت مصلحة السجون أن الأسير أنهى
    إضرابه»), its subject people or prisoners (:func:`_people_subject`, cues.tsv kind detainee),
    and «عن الطعام» at most :data:`_HUNGER_REACH` words after the noun. A general strike
    declared («أعلنت النقابة الإضراب العام») is as often one set for a later day: not this rule."""
    return _declaring_verb(c) is not None


def _declaring_verb(c: Candidate) -> int | None:
    """The token of the verb that declares the hunger strike ``c`` (see :func:`_hunger_strike_declared`)."""
    s = c.sent
    about, food = _HUNGER.split()
    if c.trigger.mode != "strike" or not (c.key.endswith(_HUNGER) or any(
            s.norms[i] == about and s.norms[i + 1] == food
            for i in range(c.tok_end, min(len(s.norms) - 1, c.tok_end + _HUNGER_REACH)))):
        return None
    first = max(s.clause_starts[c.clause], c.tok - _KEPT_UP_REACH)
    for v in range(c.tok - 1, first - 1, -1):
        if s.norms[v].lstrip(_CONJ) not in _DECLARE_VERBS:
            continue
        if any(s.norms[i] in _COMPLEMENTISERS for i in range(v + 1, c.tok)) or not _opens_clause(s, v) \
                or _protest_recalled(s, v) or any(s.norms[i] in _RELATIVES for i in range(max(0, v - 2), v)):
            return None
        if _people_subject(s, v, c.tok - 1) or any(k.kind == _DETAINEE and v < k.tok < c.tok for k in s.cues):
            return v
        return None
    return None


def _own_strike_kept_up(c: Candidate) -> bool:
    """«ويواصل نحو ألف وخمسمئة أسير فلسطيني في سجون الاحتلال إضرابهم المفتوح عن الطعام»، «ويواصل
    الأسير خضر عدنان إضرابه عن الطعام»: a strike noun whose pronoun is the subject of the verb of
    keeping up or joining before it (cues.tsv kind sustain, opening its clause, no background)
    when that subject names people (:func:`_people_subject`) or prisoners (cues.tsv kind
    detainee: «الأسير»، «ألف أسير»: a hunger strike is a prisoner's protest). The
    pronoun ties the strike to the subject, so the subject, where they are held and a name may
    stand between: at most :data:`_KEPT_UP_REACH` tokens (:func:`_sustained` reaches
    :data:`_SUSTAIN_REACH` for any strike noun)."""
    return _keeping_verb(c) is not None


def _keeping_verb(c: Candidate) -> int | None:
    """The token of the verb of keeping up a strike whose subject the strike noun's pronoun
    names (see :func:`_own_strike_kept_up`), if there is one."""
    if c.trigger.mode != "strike" or c.key.split()[0] not in _OWN_STRIKE:
        return None
    s = c.sent
    for cue in s.cues:
        if cue.kind != "sustain" or cue.clause != c.clause or not 0 < c.tok - cue.tok <= _KEPT_UP_REACH:
            continue
        if _opens_clause(s, cue.tok) and _finite_cue(s, cue) and not _protest_recalled(s, cue.tok) \
                and (_people_subject(s, cue.tok, c.tok - 1)
                     or any(k.kind == _DETAINEE and cue.tok < k.tok < c.tok for k in s.cues)):
            return cue.tok
    return None


def _call_answered(c: Candidate) -> bool:
    """A protest or strike that a heeded call called for took place: «ولبى آلاف العمال في تونس
    دعوة الاتحاد العام التونسي للشغل إلى الإضراب العام»، «واستجاب التجار في الخليل لدعوة الإضراب
    الشامل» (see :func:`_heeding_verb`). Training part of the gold data: no heeded call."""
    return _heeding_verb(c) is not None


def _heeding_verb(c: Candidate) -> tuple[int, int] | None:
    """The tokens of the verb of heeding and of the call it heeds, when ``c`` is what the call
    asks for: a call (cues.tsv kind call) at most :data:`_STAGE_REACH` tokens before ``c`` in
    its clause, a past verb of heeding before the call (:func:`hadath.events.modality.answering_verb`)
    that opens its clause, is no background (a relative pronoun or «بعد» before it, a trial or
    history word) and has people as its subject (:func:`_people_subject`: «لبى آلاف العمال»، not
    «استجابت الحكومة لدعوة الحوار»). Negated and future verbs of heeding are not listed."""
    s = c.sent
    for call in s.cues:
        if call.kind != "call" or call.clause != c.clause or not 0 < c.tok - call.tok <= _STAGE_REACH:
            continue
        verb = answering_verb(s, call)
        if verb is None or not _opens_clause(s, verb.tok) or not _finite_cue(s, verb) \
                or _protest_recalled(s, verb.tok) or not _people_subject(s, verb.tok, call.tok - 1):
            continue
        return verb.tok, call.tok
    return None


def _strike_begun(c: Candidate) -> bool:
    """«وبدأ مئات الأسرى في السجون الإسرائيلية إضرابا مفتوحا عن الطعام»: a past verb of starting
    or waging (:data:`_BEGIN_VERBS`, finite, opening its clause) whose subject names people
    (:func:`_people_subject`), and an indefinite strike noun at most :data:`_STAGE_REACH` words
    after it (the subject and where they are stand between; :func:`_sustained` reaches four).
    «بدأت الحكومة مفاوضات لإنهاء إضراب المعلمين» has no people subject. Training part of the
    gold data: no starting verb with a strike noun."""
    if c.key.startswith(_AL):
        return False
    s = c.sent
    for cue in s.cues:
        if cue.kind != "sustain" or cue.key not in _BEGIN_VERBS | _WAGING_NOW or cue.clause != c.clause \
                or not _SUSTAIN_REACH < c.tok - cue.tok <= _STAGE_REACH:
            continue
        if _opens_clause(s, cue.tok) and _finite_cue(s, cue) and _people_subject(s, cue.tok, c.tok - 1):
            return True
    return False


def _strike_entered(c: Candidate) -> bool:
    """«ودخل عمال شركة النفط في إضراب مفتوح»، «دخل مئات الأسرى في إضراب عن الطعام»: a past verb of
    entering with its subject between it and «في» right before the strike noun (the cue «دخل
    في» of kind sustain matches only with nothing between). At most :data:`_SUSTAIN_REACH` tokens
    from the verb, in the noun's clause, not after a relative pronoun or «بعد» (:func:`_finite_cue`'s
    test, on the verb's token); up to :data:`_KEPT_UP_REACH` when the verb opens its clause and its
    subject names people («ودخل أطباء المستشفيات الحكومية في السودان في إضراب شامل»)."""
    s = c.sent
    if c.tok < 2 or s.norms[c.tok - 1] != _IN_PREP:
        return False
    tf = s.token_forms()
    first = max(s.clause_starts[c.clause], c.tok - 1 - _KEPT_UP_REACH)
    for k in range(c.tok - 2, first - 1, -1):
        if tf[k] & _ENTERED:
            if c.tok - 1 - k > _SUSTAIN_REACH and not (_opens_clause(s, k) and _people_subject(s, k, c.tok - 2)):
                return False  # far from its noun, the verb needs its people subject: «ودخل مئات الأسرى في سجون ... في إضراب»
            return not any(s.norms[i] in _RELATIVES or any(q.kind == "after" and q.tok == i for q in s.cues)
                           for i in range(max(0, k - 2), k))
    return False


def _strike_verb(c: Candidate) -> int | None:
    """The token of the clause-opening verb of entering or beginning (:data:`_ENTERED`,
    :data:`_BEGIN_VERBS`) before a strike noun that :func:`_strike_entered` or
    :func:`_strike_begun` (or the verb right before it, :func:`_sustained`) reports, whose subject
    went on strike."""
    if not _sustained(c):
        return None
    s = c.sent
    tf = s.token_forms()
    for k in range(c.tok - 1, s.clause_starts[c.clause] - 1, -1):
        if (tf[k] & _ENTERED or s.norms[k].lstrip(_CONJ) in _BEGIN_VERBS) and _opens_clause(s, k):
            return k
    return None


def _background_before(c: Candidate) -> bool:
    """A trial, anniversary, history or condemnation word before ``c`` in its clause."""
    return any(k.kind in _BACKGROUND_KINDS and k.clause == c.clause and k.tok < c.tok for k in c.sent.cues)


# «وقفة احتجاجية نظمها عشرات الشبان»: a verb of staging right after the noun, its object the noun
_STAGED_BY: Final = frozenset(normalize_key(w) for w in (
    "نظمها", "نظمتها", "نظمه", "نظمته", "نفذها", "نفذتها", "نفذه", "نفذته", "أقامها", "أقامتها"))


def _staged_by(c: Candidate) -> bool:
    """An indefinite protest noun that a past verb of staging right after it takes as its object
    («خلال وقفة احتجاجية نظمها عشرات الشبان أمام مقر الحكومة المحلية»): the verb's subject
    staged it, as «نظم العشرات وقفة» tells (:func:`_staged`; the same test of the noun)."""
    s = c.sent
    return (not c.key.startswith(_AL) and c.tok_end < len(s.norms) and s.norms[c.tok_end] in _STAGED_BY
            and _unambiguous(c))


def _staged(c: Candidate) -> bool:
    """A protest noun that a past-tense verb of staging governs reports one protest.

    «نظم العشرات من سكان مدينة مصراتة وقفة احتجاجية أمام مقر المجلس البلدي»، «خرجت امس
    مظاهرات في مدن ...»، «نزل المتظاهرون الى الشوارع»: the verb (cues.tsv, kinds stage and
    goout; past tense only, as the present «على أن ينظم التيار مسيرة غدا» is as often a
    plan) comes at most :data:`_STAGE_REACH` tokens before the noun in its clause (its
    subject may stand between). A verb of breaking out (kind erupt: «اندلعت احتجاجات»،
    «وانفجرت عدة مظاهرات») counts for an indefinite protest noun at most
    :data:`_ERUPT_REACH` tokens after it: new protests, while «وجرت التظاهرات بهدوء» and
    «اندلعت الاحتجاجات» tell of ones already reported. After a verb of organising, holding or joining (kind stage)
    the noun must name a protest in every sense (:func:`_unambiguous`: «نظمت حماس مسيرات
    حاشدة لمناصريها» is a rally), unless people staged it (:func:`_people_staged`: «نظم طلاب
    جامعة بيرزيت مسيرة تضامنا مع الأسرى»). A protester noun counts only right after a verb of going
    out («خرجوا متظاهرين»): «شارك المتظاهرون في ...» and «كانوا يخرجون ... ويلقون القبض على
    المتظاهرين» name the crowd, not the protest. Not when a relative pronoun or «بعد، إثر»
    comes right before the verb (background), or the sentence recalls a trial or anniversary.
    """
    s = c.sent
    protester = any(g.start == c.start and g.payloads[0].role == "protester" for g in s.generic or ())
    reach = _PROTESTER_REACH if protester else _STAGE_REACH
    for cue in s.cues:
        if cue.kind not in _STAGE_KINDS or cue.clause != c.clause or not 0 < _staging_gap(s, cue.tok, c.tok) <= reach:
            continue
        if cue.kind == "erupt" and (protester or c.key.startswith(_AL) or c.tok - cue.tok > _ERUPT_REACH):
            continue  # «اندلعت احتجاجات»، «انفجرت عدة مظاهرات»: new protests (not «جرت التظاهرات بهدوء»)
        if cue.kind == "stage" and (protester or not (_unambiguous(c) or _people_staged(s, cue.tok, c.tok))):
            continue
        if not _finite_cue(s, cue):
            continue
        return not _protest_recalled(s, cue.tok)
    return False


def _staging_gap(s: SentenceCtx, verb: int, noun: int) -> int:
    """Tokens from a staging verb to its protest noun, not counting a time aside between commas
    (:func:`_aside_words`) or an opening quotation mark right before the noun: «خرج عشرات الآلاف
    من السودانيين، أمس الخميس، في «مليونية» جديدة» is five words from verb to noun."""
    gap = noun - verb
    if gap <= 1:
        return gap
    if s.texts[noun - 1] in _OPENING_QUOTES:
        gap -= 1
    return gap - _aside_words(s, verb + 1, noun)


_OPENING_QUOTES: Final = frozenset(OPENING_QUOTES)  # « “ "


def _people_staged(s: SentenceCtx, verb: int, noun: int) -> bool:
    """Did people stage the march or demonstration (token ``noun``) that the staging verb (token
    ``verb``, opening its clause) governs? A party, movement or government that organises a
    «مسيرة» may hold a rally for its supporters («نظمت حماس مسيرات حاشدة لمناصريها»، «نظمت الحكومة
    مظاهرة تأييدا لقرار»); people named by their work, kin or number as its subject
    (:func:`_people_subject`: «نظم طلاب الجامعة مسيرة»، «نظم المئات من أهالي الأسرى مسيرة») took to
    the street themselves, unless they celebrate («مسيرة كشفية احتفالا بعيد الاستقلال»)."""
    return _opens_clause(s, verb) and _people_subject(s, verb, noun - 1) \
        and not any(w in _CELEBRATING for w in s.norms[noun:])


def _protest_recalled(s: SentenceCtx, tok: int) -> bool:
    """Does a trial, anniversary, history or condemnation word before the protest's verb or word
    (token ``tok``) recall the protest? After it, such a word tells the protest's message, its
    occasion, duration or place: «تظاهر الآلاف في تعز ينددون بقصف الأحياء السكنية» (the attack
    it names is vetoed as condemned), «قام متظاهرون ... بالاحتجاج على إجراءات ... لحل أزمة النفايات
    المستعصية منذ شهرين»، «خرج الآلاف في مسيرة بمناسبة ذكرى ...» are protests."""
    return any(k.kind in _BACKGROUND_KINDS and k.tok < tok for k in s.cues)


def _protester(c: Candidate) -> bool:
    """The candidate is a protester noun («متظاهرون»، «محتجين»; generic_actors.tsv, role protester)."""
    return any(g.start == c.start and g.payloads[0].role == "protester" for g in c.sent.generic or ())


def _crowd_subject(c: Candidate) -> bool:
    """An indefinite protester noun as the subject of the verb that opens its clause introduces
    a protest: «اقتحم متظاهرون مبنى البرلمان»، «أقدم امس متظاهرون غاضبون على قطع الطريق»،
    «قام متظاهرون في ضواحي نابولي بالاحتجاج».

    Arabic puts the verb first and its subject right after it (a time word may stand between);
    an indefinite subject brings a new crowd into the story, so the sentence reports the
    protest, while the definite «ورشق المتظاهرون ...» tells a detail of one already reported
    (the annotators mark those no: 8 yes / 25 easy no in the training part). The verb must be
    one of a crowd's deeds or chants (cues.tsv kinds deed, chant), a light verb of doing (kind
    undertake: «قام»، «أقدم»), or a verb of storming, attacking or destroying (triggers.tsv);
    «وقال متظاهرون»، «وتمكن متظاهرون»، «وكان متظاهرون» are none of these. It must open its
    clause (first word, after punctuation or «قد»): «بعدما رشق متظاهرون»، «حيث حاول متظاهرون»
    recall or explain.
    """
    return _crowd_verb(c) is not None


def _crowd_verb(c: Candidate) -> int | None:
    """The token of the verb whose indefinite (or counted: «مئات المحتجين») protester subject ``c``
    is (see :func:`_crowd_subject`)."""
    s = c.sent
    if c.trigger.pos != "noun" or not _protester(c):
        return None
    v = c.tok - 1
    if c.key.startswith(_AL):
        # «اقتحم مئات المحتجين مبنى المحافظة»: a crowd word before the definite noun counts a
        # new crowd (the training part's «ورشق مئات المتظاهرين» are yes and found already)
        if c.prefix or v < 1 or not any(cue.kind == "crowd" and cue.tok == v for cue in s.cues):
            return None
        v -= 1
    if v > 0 and any(cue.kind == "time" and cue.tok == v for cue in s.cues):
        v -= 1  # «أقدم امس متظاهرون»
    if v < 0 or not (_opens_clause(s, v) or _where_in_place(c, v)) or _protest_recalled(s, v):
        return None
    if any(cue.tok == v and cue.kind in _CROWD_VERB_KINDS for cue in s.cues) or _deed_verbs(s, v):
        return v
    return None


_WHERE: Final = normalize_key("حيث")


def _where_in_place(c: Candidate, v: int) -> bool:
    """Is the verb at ``v`` right after a locative «حيث» that follows a place name («وامتدت
    التحركات إلى صيدا، حيث نفذ ...، وإلى بيروت حيث قطع محتجون طريق الرينغ»)? The clause tells
    what happened there; after anything else «حيث» explains («حيث حاول متظاهرون»)."""
    s = c.sent
    if v < 2 or s.norms[v - 1] != _WHERE:
        return False
    end = s.ends[v - 2]
    return any(m.end == end and m.type in PLACE_TYPES for m in s.ents)


def _deed_verbs(s: SentenceCtx, v: int) -> list[Candidate]:
    """Trigger verbs of storming, attacking, destroying, rioting or clashing that are token ``v``
    («اشتبك محتجون مع قوات الأمن»: the clash row lists its verbs among its nouns, :data:`_CLASH_VERBS`)."""
    return [o for o in s.candidates if o.tok == v and o.tok_end == v + 1
            and (o.trigger.pos in VERB_POS or o.key in _CLASH_VERBS)
            and o.trigger.mode in _CROWD_DEED_MODES and not o.key.startswith(_AL)]


# what a crowd burns as a sign, not as damage: pictures, flags, effigies («أحرق متظاهرون صور المرشد»)
_SYMBOLS: Final = frozenset(normalize_key(w) for w in (
    "صور", "صورا", "صورة", "الصور", "علم", "العلم", "أعلام", "الأعلام", "أعلاما", "علما", "دمية", "دمى",
    "مجسم", "مجسما", "مجسمات", "لافتات", "لافتة", "اللافتات", "رايات", "راية"))


def _violent_deeds(s: SentenceCtx, v: int, c: Candidate) -> list[Candidate]:
    """The crowd deeds of verb token ``v`` (:func:`_deed_verbs`) that make a protest violent: not
    burning what stands for someone right after the crowd word ``c`` («وأحرق متظاهرون صور المرشد
    الإيراني»، «أحرقوا العلم الإسرائيلي»: ACLED codes burning flags or pictures as a peaceful
    protest; property set on fire is a violent demonstration)."""
    deeds = _deed_verbs(s, v)
    if not deeds or c.tok_end >= len(s.norms) or s.norms[c.tok_end] not in _SYMBOLS:
        return deeds
    return [d for d in deeds if d.trigger.mode != _DESTROY]


_UNDERTAKEN_REACH: Final = 3  # words from the crowd word to «على»: «أقدم محتجون غاضبون على»


def _undertook_deed(s: SentenceCtx, v: int, c: Candidate) -> bool:
    """The light verb «أقدم» at token ``v``, whose crowd subject is ``c``, takes a deed of storming,
    attacking, burning or rioting after «على»: «أقدم محتجون على إضرام النار في مقر حزب» burned it as
    «أضرم محتجون النار» would (:func:`_deed_verbs`): ACLED's *Violent demonstration*. The deed's
    verbal noun (a trigger of :data:`_CROWD_DEED_MODES`) stands right after «على», and «على» at most
    :data:`_UNDERTAKEN_REACH` words after the crowd word."""
    if not any(cue.tok == v and cue.kind == _UNDERTAKE for cue in s.cues):
        return False
    ala = next((k for k in range(c.tok_end, min(c.tok_end + _UNDERTAKEN_REACH, len(s.norms))) if s.norms[k] == _ON), None)
    return ala is not None and any(o.tok == ala + 1 and o.trigger.mode in _CROWD_DEED_MODES for o in s.candidates)


def _opens_clause(s: SentenceCtx, i: int) -> bool:
    """Token ``i`` opens its clause: the clause's first token, or right after punctuation or «قد»."""
    if i == 0 or i == s.clause_starts[s.clause_of(i)]:
        return True
    prev = s.norms[i - 1]
    return not s.alpha[i - 1] or prev.lstrip(_CONJ) == QAD


def _unambiguous(c: Candidate) -> bool:
    """The protest noun names a protest in every sense: a strike, or a word of protest, sit-in or
    solidarity stand («وقفة احتجاجية»، «اعتصاما»، «وقفة تضامنية»)."""
    return c.trigger.mode in _UNAMBIGUOUS_MODES or any(m in c.key for m in _PROTEST_MARKS)


def _finite_cue(s: SentenceCtx, cue: Any) -> bool:
    """No relative pronoun or «بعد، إثر» within two words before the cue's verb (:func:`_subordinate_at`)."""
    return not _subordinate_at(s, cue.tok)


def _subordinate_at(s: SentenceCtx, v: int) -> bool:
    """A relative pronoun or an after-word («بعد، إثر», cues.tsv kind after) within the two words
    before the verb at token ``v``: «الذي نظم المظاهرة»، «بعد أن خرج المتظاهرون» recall a protest
    as background to another report."""
    return any(s.norms[i] in _RELATIVES or any(k.kind == "after" and k.tok == i for k in s.cues)
               for i in range(max(0, v - 2), v))


def _object_follows(c: Candidate) -> bool:
    """A finite attack verb with a concrete object reports one attack: «هاجموا حاجزا للجيش»,
    also with a time adverbial between them («استهدفوا عند الرابعة من بعد ظهر اليوم ثكنة»).

    «هجمات» (noun) or «يهاجم» in a general statement have no such object right after.
    """
    s = c.sent
    if c.tok > 0 and s.norms[c.tok - 1] in _RELATIVES:
        return False  # «التفجير الذي استهدف دورية»: background to another noun, not a new report
    if _recalled(s, c.tok):
        return False  # «اتهم الأربعة بأنهم ... استهدفت موكب»: a trial or anniversary recalls it
    objects = [cue.tok for cue in s.cues if cue.kind in _OBJECT_KINDS or cue.key in _OBJECT_KEYS]
    if any(c.tok_end <= t <= c.tok_end + 1 for t in objects):
        return True
    if c.tok_end < len(s.norms) and _place_at(s, s.tok_starts[c.tok_end]):
        return True  # «أن قوات الدعم السريع قصفت الفاشر»: the town itself, no preposition, was hit
    if any(t == c.tok_end + 1 and not s.alpha[c.tok_end] for t in objects):
        return True  # «استهدفوا "موقع المالكية ..."»: the object's name opens a quotation
    # «استهدفوا عند الرابعة من بعد ظهر اليوم ثكنة زرعيت»: a time adverbial between verb and object
    times = [cue.tok for cue in s.cues if cue.kind == "time"]
    return any(c.tok_end + 1 < t <= c.tok_end + _TIME_GAP and any(c.tok_end <= k < t for k in times)
               and all(s.alpha[i] for i in range(c.tok_end, t)) for t in objects)


def _place_at(s: SentenceCtx, start: int) -> bool:
    """Does a place mention start at raw ``start`` (the word carries no preposition: «الفاشر»,
    not «بالفاشر»)?"""
    return any(m.start == start and m.type in PLACE_TYPES for m in s.ents)


def _party_follows(c: Candidate) -> bool:
    """Talks with a stated counterpart report a happening: «مفاوضات تجري مع وجهاء العشائر».

    «مع» or «بين» within four words after the trigger names who talks to whom; a bare
    «المفاوضات» («تعثر المفاوضات») does not.
    """
    tf = c.sent.token_forms()
    last = min(len(tf), c.tok_end + 4)
    return any(not tf[i].isdisjoint(_PARTY_MARKERS) for i in range(c.tok_end, last))


_REACHED: Final = frozenset(normalize_key(w) for w in ("توصل", "توصلت", "توصلا", "توصلتا", "توصلوا"))  # past: a report
_REACHING: Final = normalize_key("التوصل")  # the verbal noun, a report only after an announcing verb
_ANNOUNCED: Final = frozenset(normalize_key(w) for w in ("أعلن", "أعلنت", "أعلنوا", "أكد", "أكدت"))
# «دعا إلى التوصل»، «أمل في التوصل»، «حث على التوصل»، «عدم التوصل»: the reaching is wished or denied
_NOT_REACHED: Final = frozenset(normalize_key(w) for w in ("إلى", "في", "على", "عدم", "دون", "بعد"))
_REACH_GAP: Final = 4  # words between «توصلت» and «إلى اتفاق», at most («توصلت الأطراف المتحاربة إلى»)


_SIGNED: Final = frozenset(normalize_key(w) for w in (
    "وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "ووقع", "ووقعت", "ووقعا", "ووقعوا", "أبرم", "أبرمت", "أبرما", "أبرموا",
    "وأبرم", "وأبرمت"))
_SIGN_REACH: Final = 12  # words from the verb to the agreement: «وقّعت الحكومة اليمنية وجماعة الحوثي في مسقط، برعاية أممية، اتفاقاً»
_SIGNED_FORMS: Final = frozenset(normalize_key(w) for w in ("اتفاقا", "اتفاقاً", "اتفاقية", "اتفاق", "مذكرة"))


def _signed(c: Candidate) -> bool:
    """An agreement a past verb of signing or concluding governs as its object («وقّعت الحكومة
    اليمنية وجماعة الحوثي في مسقط، برعاية أممية، اتفاقاً لتبادل نحو 200 أسير»، «أبرم الطرفان
    اتفاقية»): the parties, the place and a sponsor may stand between, commas too, within
    :data:`_SIGN_REACH` words of its sentence. The agreement word bare (no «ب/ل», no article:
    «بعد الاتفاق» names one signed before); the classifier, trained on assaults and protests,
    scores such sentences low. A present, future or denied signing («سيوقع»، «لم يوقع») has no
    past verb here."""
    if c.trigger.plover != "AGREE" or c.prefix or c.key.startswith(_AL):
        return False
    s = c.sent
    if s.norms[c.tok] not in _SIGNED_FORMS:
        return False
    for i in range(c.tok - 1, max(-1, c.tok - 1 - _SIGN_REACH), -1):
        if s.norms[i] in _SIGNED:
            return i == 0 or s.norms[i - 1] not in _NOT_SIGNED
    return False


_NOT_SIGNED: Final = frozenset(normalize_key(w) for w in ("لم", "لن", "ما", "أن", "قد"))  # «أن وقع» is another verb's object


def _reached(c: Candidate) -> bool:
    """An agreement reported as reached: «إلى» + the agreement word, after a past «توصل»
    («توصلت الأطراف إلى اتفاق») or after the verbal noun «التوصل» that an announcing verb
    before it reports («أعلن المجلس في بيان، فجر اليوم، التوصل إلى اتفاق لوقف إطلاق النار
    يقضي بتسليم ...»). The classifier, trained on assaults and protests, scores such sentences
    low, and the terms after the agreement name no party («بين»، «مع») for
    :func:`_party_follows`. A wish, a call or a failure («دعا إلى التوصل»، «عدم التوصل»،
    «للتوصل»، «لم يتوصل») is no agreement."""
    if c.trigger.plover != "AGREE" or c.tok < 2:
        return False
    s = c.sent
    if s.norms[c.tok - 1] not in _INTO:
        return False
    first = max(s.clause_starts[c.clause], c.tok - 1 - _REACH_GAP)
    for i in range(c.tok - 2, first - 1, -1):
        if s.norms[i].lstrip(_CONJ) in _REACHED:
            return True
        if s.norms[i] == _REACHING:
            return (i == 0 or s.norms[i - 1] not in _NOT_REACHED) \
                and any(s.norms[k].lstrip(_CONJ) in _ANNOUNCED for k in range(i))
    return False


# passive verbs of being hit, right before «ب» + a weapon («أصيبت بمقذوف»، «استهدفت بصاروخ»)
# «ردت قواتها باستهداف»: a finite verb of answering whose «ب» object is an attack
_ANSWERED: Final = frozenset(normalize_key(w) for w in ("ردت", "رد", "ردوا", "وردت", "ورد", "فردت", "فرد"))


def _answered_with(c: Candidate) -> bool:
    """«وأضافت الوزارة أن قواتها ردت باستهداف تجمعات الميليشيا بالمدفعية»: a force answered
    with the attack, a deed told as done (not «سترد بقصف», whose verb is no past form listed)."""
    s = c.sent
    return _BA in c.prefix and c.tok > 0 and s.norms[c.tok - 1] in _ANSWERED and not _recalled(s, c.tok - 1)


_STRUCK_BY: Final = frozenset(normalize_key(w) for w in ("أصيبت", "أصيب", "وأصيبت", "وأصيب"))
# verbs of hitting written into the drone phrases of triggers.tsv («مسيرة استهدفت»، «أصابته مسيرة»)
_DRONE_HIT_VERBS: Final = frozenset(normalize_key(w) for w in (
    "استهدفت", "قصفت", "هاجمت", "أصابته", "أصابتها", "ضربته", "ضربتها"))


def _drone_hit(c: Candidate) -> bool:
    """A drone phrase that is its own clause's verb and subject tells a strike: «اندلع حريق في
    مستودع للوقود بعد أن أصابته مسيرة أخرى»، «مسيرة استهدفت سيارة». The classifier, which
    reads the sentence as a whole, may score it low beside a disrupted drone («تصدت
    المضادات لمسيرات ...، فيما ... أصابته مسيرة أخرى»); the vetoes still apply. Not after a
    relative pronoun: «المسيرة التي استهدفت» recalls the strike to say something else."""
    words = c.key.split()
    if len(words) != 2 or not any(w in DRONE_WORDS or w[2:] in DRONE_WORDS for w in words):
        return False
    if not any(w in _DRONE_HIT_VERBS for w in words):
        return False
    s = c.sent
    return not (c.tok > 0 and s.norms[c.tok - 1] in _RELATIVES)


def _finite(c: Candidate) -> bool:
    """The trigger reports a deed: a finite verb, or a verbal noun after a verb of managing.

    «سيطرت القوات على القرية» and «تمكنت القوات من السيطرة على القرية» report a happening;
    «المعارك للسيطرة على كيسمايو» (in order to control) and «مشروعه الاستيلاء على السلطة» do
    not, though a place follows them all. A purpose «ل» or the article marks the noun readings.
    """
    if _LAM in c.prefix:
        return False
    if not c.key.startswith(_AL):
        # «يواجه الجيش صعوبات في استعادة السيطرة على دارفور»: a verbal noun a preposition
        # governs is no deed, unless a verb of managing governs it («تمكنت القوات من استعادة»)
        return c.tok == 0 or c.sent.norms[c.tok - 1] not in _GOVERNING_PREPS or _managed(c)
    # «تمكنت قوات النظام من السيطرة»; «وأعلنت وزارة الدفاع ...، في وقت لاحق، السيطرة الكاملة
    # على منطقة أبو سليم»: ground announced as taken is taken
    return _managed(c) or c.trigger.mode == _TERRITORY and _announced_before(c, _ANNOUNCE, _TAKEN_REACH, "\u0648\u0641")


_GOVERNING_PREPS: Final = frozenset(normalize_key(w) for w in ("في", "من", "عن", "حول", "بشأن", "إلى", "الى", "لأجل"))


def _place_follows(doc: Doc, c: Candidate) -> bool:
    """Territory and base triggers the GSR data barely covers: trust the rule when a place follows.

    «سيطرت قوات النظام على قرية الحويز» reports a happening; «السيطرة على الوضع» does not.
    """
    s = c.sent
    last = min(len(s.norms), c.tok_end + _PLACE_AFTER)
    if last <= c.tok_end:
        return False
    if c.trigger.mode == _TERRITORY and c.trigger.pos in VERB_POS and not c.key.startswith(_AL) \
            and _place_taken_after_subject(c):
        return True
    a, b = s.ends[c.tok_end - 1], s.ends[last - 1]
    if any(a <= m.start < b and m.type in PLACE_TYPES for m in s.ents):
        return True
    if any(cue.kind == "place" and c.tok_end <= cue.tok < last for cue in s.cues):
        return True
    return c.trigger.mode == _TERRITORY and _ground_taken(c)


_TERRITORY: Final = "territory"
_PLACE_AFTER: Final = 5  # tokens after a territory or base trigger to its place
_TAKER_REACH: Final = 8  # tokens from a verb of taking to the «على» of its object, its subject between


def _place_taken_after_subject(c: Candidate) -> bool:
    """«سيطرت قوات تابعة لحكومة الوحدة الوطنية على حي أبو سليم»: the verb's subject stands
    between it and «على», and a place (or a place's head and its name) right after «على» is the
    ground taken («وسيطرت القضية تماما على خطب صلاة الجمعة في الخرطوم» takes none)."""
    s = c.sent
    stop = min(len(s.norms), c.tok_end + _TAKER_REACH, s.clause_stop(c.clause))
    for k in range(c.tok_end, stop):
        if s.norms[k] != _ON or k + 1 >= len(s.norms):
            continue
        a = s.tok_starts[k + 1]
        b = s.ends[min(len(s.norms), k + 3) - 1]  # the place, or its head and the place
        return any(a <= m.start < b and m.type in PLACE_TYPES for m in s.ents)
    return False


# ground a force takes: «استعادت القوات الحكومية السيطرة على مواقع في جبهة الخنجر»، «سيطرت على تلال»
_GROUND: Final = frozenset(normalize_key(w) for w in (
    "مواقع", "موقع", "موقعا", "تلة", "تلال", "التلة", "التلال", "جبل", "جبال", "مرتفعات", "سلسلة",
    "قرى", "بلدات", "مناطق", "أحياء", "مدن", "نقاط", "نقطة", "معسكر", "معسكرات", "قاعدة", "مطار",
    "جبهة", "محور", "أراض", "أراضي", "مساحات", "كيلومترات", "كيلومترا", "مربعا",
    # a force's base: «سيطرتها الكاملة على مقر قيادة الفرقة السادسة»، «على ثكنة»، «على الحامية»
    "مقر", "مقرات", "ثكنة", "ثكنات", "حامية", "الحامية", "المقرات", "الثكنات",
    # a named place by its head, the name unknown to the gazetteer: «سيطرت قوات النخبة الحضرمية على
    # مديرية غيل بن يمين»
    "مديرية", "مدينة", "بلدة", "قرية", "ناحية", "قضاء", "حي", "مخيم",
    # definite after a quantity: «استعاد الجيش السيطرة على عدد من القرى»
    "المواقع", "التلال", "المرتفعات", "القرى", "البلدات", "الأحياء", "النقاط", "المعسكرات",
    # a group's strongholds: «سيطرت على آخر معاقل تنظيم «داعش» في سلسلة جبال كال مسكاد»
    "معاقل", "معقل", "المعاقل", "المعقل", "معاقله", "معاقلها", "معقله", "معقلها", "وادي", "الوادي"))
_GROUND_REACH: Final = 8  # tokens after a territory verb to the ground it took (the subject may stand between)


def _among(w: str, words: frozenset[str]) -> bool:
    """Is the normalised word, or the word after its «و»/«ب» («وقرى»، «بمواقع»), in ``words``?"""
    return w in words or (w[:1] in "\u0648\u0628" and w[1:] in words)


def _ground_taken(c: Candidate) -> bool:
    """Ground named by its kind after a territory verb in its clause («استعادت القوات الحكومية
    السيطرة على مواقع في جبهة الخنجر»، «أعلن الجيش تحرير قرى عدة»): positions, hills, villages,
    districts. «السيطرة على الوضع» or «على الحدود» name none; «مواقع التواصل» is no ground."""
    s = c.sent
    last = min(s.clause_stop(c.clause), c.tok_end + _GROUND_REACH)
    for i in range(c.tok_end, last):
        if _among(s.norms[i], _GROUND):
            return i + 1 >= len(s.norms) or not s.norms[i + 1].startswith(_SOCIAL)
    return False


_SOCIAL: Final = normalize_key("التواصل")  # «مواقع التواصل الاجتماعي»
_MATERIEL: Final = "materiel"
# what a force seizes that is no ground: vehicles, weapons, ammunition, money
_SPOILS: Final = frozenset(normalize_key(w) for w in (
    "مركبة", "مركبات", "آلية", "آليات", "عربة", "عربات", "دبابة", "دبابات", "سيارة", "سيارات", "أسلحة",
    "سلاح", "ذخائر", "ذخيرة", "معدات", "عتاد", "أموال", "شحنة", "شحنات", "مخازن", "مستودعات",
    "المركبات", "الآليات", "العربات", "الدبابات", "السيارات", "الأسلحة", "الذخائر", "المعدات", "العتاد"))
_SPOILS_REACH: Final = 4  # tokens from the verb to the thing seized («استولت على 12 مركبة قتالية»)


def _materiel_taken(c: Candidate) -> bool:
    """Does a territory verb take vehicles, weapons or supplies rather than ground («استولوا على
    أسلحة وآليات»، «واستولت على 12 مركبة قتالية»)? ACLED codes no change of territory for them."""
    s = c.sent
    last = min(s.clause_stop(c.clause), c.tok_end + _SPOILS_REACH, len(s.norms))
    for i in range(c.tok_end, last):
        w = s.norms[i]
        if _among(w, _GROUND):
            return False
        if _among(w, _SPOILS):
            return True
    return False


_KIN_KILLING: Final = "kin killing"
_BY_HAND: Final = frozenset(normalize_key(w) for w in ("يد", "أيدي", "برصاص", "بسكين", "بيد"))
_ONE_PERSON: Final = frozenset(normalize_key(w) for w in (  # «قتل رجل زوجته»: who killed his own
    "رجل", "شاب", "امرأة", "سيدة", "مواطن", "مواطنة", "شخص", "فتى", "فتاة", "أب", "أم", "زوج", "زوجة"))
_KIN: Final = frozenset(normalize_key(w) for w in (
    "زوجها", "زوجته", "طليقها", "طليقته", "شقيقها", "شقيقه", "شقيقتها", "شقيقته", "أخيها", "أخيه", "والدها",
    "والده", "والدتها", "والدته", "ابنها", "ابنه", "عمها", "عمه", "خالها", "خاله", "أبيها", "أبيه"))


def _kin_clauses(s: SentenceCtx) -> set[int]:
    """The clauses of ``s`` that tell a killing in the family: ACLED codes no domestic violence,
    and the clause's other words of violence («قتل رجل زوجته طعناً») are that killing's too.

    A kin word right after «يد»، «برصاص»، «بسكين» («سيدة قتلت على يد زوجها»، «قتل شاب برصاص
    شقيقه»), read once a clause; or a finite verb of violence whose one-person subject's relative
    is its object («قتل رجل زوجته»، «قتلت امرأة ابنها»), also after «أقدم ... على» («أقدم رجل
    على قتل زوجته»)."""
    assault = [c for c in s.candidates if c.trigger.plover == "ASSAULT"]
    out: set[int] = set()
    if not assault or _KIN.isdisjoint(s.norms):
        return out  # each test below reads a kin word: one C pass tells most sentences have none
    for clause in {c.clause for c in assault}:
        lo, hi = s.clause_starts[clause], min(s.clause_stop(clause), len(s.norms))
        if any(s.norms[k] in _KIN and s.norms[k - 1] in _BY_HAND for k in range(max(lo, 1), hi)):
            out.add(clause)
    for c in assault:
        k = c.tok_end + 1
        if c.clause not in out and c.trigger.pos == "verb" and not c.key.startswith(_AL) \
                and k < min(s.clause_stop(c.clause), len(s.norms)) and s.norms[k] in _KIN \
                and s.norms[c.tok_end] in _ONE_PERSON:
            out.add(c.clause)
        elif c.clause not in out and c.tok >= 3 and c.tok_end < min(s.clause_stop(c.clause), len(s.norms)) \
                and s.norms[c.tok_end] in _KIN and s.norms[c.tok - 1] == _ON and s.norms[c.tok - 2] in _ONE_PERSON \
                and s.norms[c.tok - 3] in _UNDERTOOK:
            out.add(c.clause)  # «أقدم رجل على قتل زوجته طعناً»
    return out


_UNDERTOOK: Final = frozenset(normalize_key(w) for w in ("أقدم", "أقدمت", "وأقدم", "وأقدمت"))


_RETREAT: Final = "RETREAT"
_TIME_FRAME: Final = "time frame"
# a withdrawal told as the time of another deed: «استهدفت المهاجمين خلال انسحابهم»، «نهبوا مخزن
# الأسلحة قبل انسحابهم»
_TIME_PREPS: Final = frozenset(normalize_key(w) for w in (
    "خلال", "أثناء", "اثناء", "عند", "لدى", "قبل", "قبيل", "بعد", "بعيد", "عقب", "إثر", "اثر"))


def _withdrawal_as_time(c: Candidate) -> bool:
    """Is an indefinite withdrawal noun («انسحابهم»، «انسحاب المسلحين») the object of a
    preposition of time? It dates another deed; ACLED codes no withdrawal of it."""
    s = c.sent
    return c.tok > 0 and not c.key.startswith(_AL) and s.norms[c.tok - 1] in _TIME_PREPS


def annotate(doc: Doc) -> None:
    """Assign ``doc.events``."""
    ctxs = score(doc)
    model = load_model()
    events: list[Event] = []
    cache: dict[str, Any] = {}
    dates = dating.EventDates(doc)
    recaps = recency.Recaps(doc)
    for s in ctxs:
        kept = [c for c in s.candidates if not c.veto and c.prob >= model.threshold(c.trigger.plover)]
        if not kept:
            summed = [c for c in s.candidates if c.veto == SCATTERED_VETO]
            if summed:
                # «وثق المرصد مقتل 19 شخصا يوم أمس الأحد ... في حوادث متفرقة»: the day's total is
                # no event, but its day is that of the happenings listed after it
                dates.date_for(s, summed, summed[0])
                dates.done(s)
            continue
        if len(kept) > 1 and s.norms and s.norms[0] in _TURN_IN:
            kept = [c for c in kept if not _turn_noun(s, c)] or kept
        if len(kept) > 1 and any(c.trigger.mode in _RULE_ONLY for c in kept):
            kept = [c for c in kept if not _told_otherwise(c, kept)]
        groups: dict[tuple[int, str], list[Candidate]] = {}
        for c in kept:
            groups.setdefault((c.clause, _family(c)), []).append(c)
        groups = _join_protest_arrests(_join_riot_deeds(_join_casualty_clauses(groups)))
        spans: list[arguments.ActorSpan] | None = None  # once per sentence, shared by its events
        kinds = {cue.kind for cue in s.cues}
        owned = [frozenset(c.clause for c in group) for group in groups.values()]
        told: list[tuple[list[Candidate], Event]] = []  # this sentence's events so far
        for (_, fam), group in sorted(groups.items(), key=lambda kv: kv[1][0].start):
            best = _best(group, fam)
            dated = dates.date_for(s, group, best)
            if _names_happening(best) and dates.planned(s, group, best):
                continue  # «أعلن ... عن إضراب عام ... الأسبوع المقبل»: announced, not happened
            _note_kind(cache, group, best, fam)
            if fam == "protest" and _turned_violent(s, best):
                cache.setdefault(coref.TURNED, set()).add(best.start)
            if fam == "protest" and _pluperfect(s, best):
                cache.setdefault(coref.PLUPERFECT, set()).add(best.start)
            if recaps.is_recap(s.span.start, s.span.end, dated[0]):
                continue  # dated long ago (:mod:`hadath.events.recency`): no need to work out the rest
            if spans is None:
                spans = arguments.actor_spans(doc, s, cache)
            mine = frozenset(c.clause for c in group)
            taken = frozenset().union(*(o for o in owned if o != mine)) - mine if len(owned) > 1 else frozenset()
            ev = _event(doc, s, group, best, dated, spans, kinds, fam, cache, taken)
            if ev.actor1 is None:
                doer = _doer_of_same_deed(group, told)
                if doer is not None and (ev.actor2 is None or ev.actor2.name != doer.name):
                    ev = ev.model_copy(update={"actor1": doer})
            told.append((group, ev))
            places = (arguments.dual_places(doc, s, group) or arguments.listed_towns(doc, s, group)
                      if ev.location is not None else [])
            events += _per_place(doc, ev, places) if places else [ev]
        dates.done(s)
    events = _forces_met_after(doc, ctxs, events, cache)
    _note_crowds_met_again(ctxs, events, cache)
    events = responsibility.credit_claims(doc, ctxs, events, cache)  # «أعلنت الحركة مسؤوليتها عن الهجوم»
    events = responsibility.credit_self_reports(doc, ctxs, events, cache)  # «أعلن حزب الله أنه استهدف»
    events = recency.drop_background(doc, events)  # running tallies (the recaps are gone already)
    doc.extras[coref.TOLL_ONLY] = cache.get(coref.TOLL_ONLY, set())
    doc.extras[coref.GENERIC] = cache.get(coref.GENERIC, set())
    doc.extras[coref.TURNED] = cache.get(coref.TURNED, set())
    doc.extras[coref.PLUPERFECT] = cache.get(coref.PLUPERFECT, set())
    doc.extras[coref.MET_AGAIN] = cache.get(coref.MET_AGAIN, set())
    doc.extras[coref.CAMPAIGN_TOLL] = cache.get(coref.CAMPAIGN_TOLL, set())
    events = updates.apply_updates(doc, coref.merge_coreferent(doc, place_fallback.fill_locations(doc, events)))
    contract_spans: dict[tuple[int, int], ContractSpan] = {}
    doc.events = [ev.contract(contract_spans) for ev in events]  # the contract's models, made once the events are final
    for s in ctxs:
        s.candidates = []


_STRIKE_NOUN: Final = normalize_key("إضراب")


def _doer_of_same_deed(group: list[Candidate], told: list[tuple[list[Candidate], Event]]) -> Actor | None:
    """The actor1 of an earlier event of the sentence whose deed word (a row of ``triggers.tsv``,
    not a casualty word) the group names again, as a noun or a verb:
    «بأن عناصر من «الدعم السريع» اقتحموا المستشفى ...، مشيرة إلى أن أكثر من 60 مدنياً قُتلوا
    خلال اقتحام الأحياء الشرقية»: the storming that killed them is the one the RSF's men did."""
    names = {c.trigger.name for c in group if c.trigger.mode != _CASUALTY}
    for other, ev in reversed(told):
        if ev.actor1 is not None and any(o.trigger.name in names for o in other):
            return ev.actor1
    return None


def _told_otherwise(c: Candidate, kept: list[Candidate]) -> bool:
    """A rule-only trigger (:data:`_RULE_ONLY`) in a clause whose violence another kept trigger
    (not a casualty word) tells adds nothing to it and would type or place it by the wrong word:
    «قالت الوزارة إن قواتها حيدت خمسة من عناصر الحزب في قنديل، دون أن تشير إلى غارة بنجوين»
    (the strike named is the one reported before, which coreference finds), «دمرت القوات مواقع
    للمسلحين بالمدفعية» (the shelling types it)."""
    return c.trigger.mode in _RULE_ONLY and any(
        o.clause == c.clause and _family(o) == "violence" and o.trigger.mode not in _RULE_ONLY
        and o.trigger.mode != _CASUALTY for o in kept)


def _names_happening(c: Candidate) -> bool:
    """Is ``c`` a noun that names the happening («إضراب»، «مسيرة»، «هجوم»), not a finite verb
    nor a noun for its people («المتظاهرون»)?"""
    if c.trigger.mode == "strike":
        return _STRIKE_NOUN in c.key
    return c.trigger.pos == "noun" and not _protester(c)


_TURN_IN: Final = frozenset(normalize_key(w) for w in ("في", "وفي", "ففي"))  # «وفي هجوم آخر»
_OPENING_ENDS: Final = frozenset({"\u060c", ","})  # the comma that closes «وفي أخطر هذه الهجمات،»


_RANKED_REACH: Final = 3  # «وفي أخطر هذه الهجمات»: the noun's token, at most


def _turn_noun(s: SentenceCtx, c: Candidate) -> bool:
    """Is ``c`` the noun of the phrase that opens the sentence as a turn to another happening
    («وفي هجوم آخر، هاجم مسلحون من تنظيم داعش نقطة تفتيش ...») or to one of the happenings just
    told («وفي أخطر هذه الهجمات، اقتحم مقاتلون من قوات الدعم السريع بلدة كتم»)? It announces the
    happening the sentence then tells; the sentence's verbs carry it, with their subjects and
    objects (the noun in a clause of its own named no actor: actor1 was lost)."""
    if c.tok == 1 and c.tok_end < len(s.norms) and s.norms[c.tok_end] in other_happening_words():
        return True
    return 1 < c.tok <= _RANKED_REACH and s.norms[c.tok - 1] in DEMONSTRATIVES and c.tok_end < len(s.norms) \
        and s.texts[c.tok_end] in _OPENING_ENDS


def _join_casualty_clauses(groups: dict[tuple[int, str], list[Candidate]]) -> dict[tuple[int, str], list[Candidate]]:
    """A clause holding only casualty words joins the violence clause before it.

    «قصفت الطائرات البلدة، ما أدى إلى مقتل خمسة» is one happening even if a clause break
    falls between the strike and the deaths.
    """
    keys = sorted(k for k in groups if k[1] == "violence")
    out = dict(groups)
    for prev, cur in zip(keys, keys[1:], strict=False):
        if prev not in out or cur not in out:
            continue
        if all(c.trigger.mode == "casualty" or _the_blast(c) for c in out[cur]):
            out[prev] = out[prev] + out.pop(cur)
    return out


_BLASTS: Final = frozenset(normalize_key(w) for w in ("الانفجار", "التفجير", "الإنفجار"))


def _the_blast(c: Candidate) -> bool:
    """A definite explosion noun («الانفجار»، «التفجير») names the blast the sentence has told:
    «إن «مجموعة إرهابية» استهدفت دورية قرب نوى، مشيراً إلى أن الانفجار أسفر عن استشهاد عنصر»
    is one happening, the attack the explosion, as its casualty clause is
    (:func:`_join_casualty_clauses`)."""
    return c.trigger.mode == "explosives" and c.end - c.start <= 9 and c.sent.norms[c.tok] in _BLASTS


def _join_riot_deeds(groups: dict[tuple[int, str], list[Candidate]]) -> dict[tuple[int, str], list[Candidate]]:
    """Property destruction in a protest's clause is the protesters' riot, not a second event.

    «أحرق محتجون غاضبون مقر المجلس البلدي احتجاجا على تردي الخدمات» is one violent
    demonstration (ACLED: Riots), not a peaceful protest beside a property destruction whose
    victims are the protesters. A violence group joins when it holds the riot's deeds —
    destruction triggers, or the verbs whose indefinite protester subject the protest is
    (:func:`_crowd_verb`: «اقتحم متظاهرون مبنى البرلمان» is no armed clash) — and besides
    them only deaths, clashes and shots: «وهاجم محتجون مركزا للشرطة ... وقتل شرطي» is one violent
    demonstration with one death (ACLED codes the riot and counts its dead; it was an
    *Excessive force against protesters* whose killer was the policeman). A killing or
    attack in the clause without the crowd's deed stays an event of its own.
    """
    out = groups
    for clause, fam in list(groups):
        if fam != "protest" or (clause, "violence") not in groups:
            continue
        deeds = groups[(clause, "violence")]
        crowd_verbs = {v for p in groups[(clause, fam)] if (v := _crowd_verb(p)) is not None}
        riot = [c for c in deeds if c.trigger.plover == "COERCE" and c.trigger.mode == _DESTROY
                or c.tok in crowd_verbs and c in _deed_verbs(c.sent, c.tok)]
        if riot and all(c in riot or c.trigger.mode in _RIOT_TOLL_MODES for c in deeds):
            if out is groups:
                out = dict(groups)
            out[(clause, "protest")] = out[(clause, "protest")] + out.pop((clause, "violence"))
    return out


def _join_protest_arrests(groups: dict[tuple[int, str], list[Candidate]]) -> dict[tuple[int, str], list[Candidate]]:
    """Arrests of the protesters in the protest's sentence are the protest's intervention.

    «تظاهر عشرات الأشخاص ... قبل أن تعتقل الشرطة العسكرية خمسة من المحتجين» is one event,
    ACLED's *Protest with intervention* (the codebook names arrests among the interventions),
    not a peaceful protest beside an Arrests event. The arrest group joins the protest when a
    protester noun («المحتجين»، «متظاهرين») or «منهم» follows an arrest word within
    :data:`_DETAINEE_REACH` words: arrests of other people in the sentence stay their own.
    """
    protests = [k for k in groups if k[1] == "protest"]
    if not protests:
        return groups
    out = groups
    for key, group in groups.items():
        if key[1] != "coerce" or not all(c.trigger.mode == ARREST_MODE for c in group):
            continue
        if any(_protesters_follow(c) for c in group):
            near = [k for k in protests if k[0] <= key[0] and k in out][-1:]
        else:
            # «اعتقلت قوات الأمن 12 ناشطاً خلال وقفة احتجاجية نظمها عشرات المعلمين»: arrests made
            # during a protest told after them
            near = [k for k in protests if k[0] >= key[0] and k in out and _during(out[k])][:1]
        if not near:
            continue
        if out is groups:
            out = dict(groups)
        target = near[0]
        out[target] = out[target] + out.pop(key)
    return out


_WHILE_HELD: Final = frozenset(normalize_key(w) for w in ("خلال", "أثناء", "اثناء"))


def _during(group: list[Candidate]) -> bool:
    """Is a protest noun of ``group`` right after «خلال/أثناء» (during it)?"""
    return any(c.trigger.pos == "noun" and c.tok > 0 and c.sent.norms[c.tok - 1] in _WHILE_HELD for c in group)


def _protesters_arrested(c: Candidate) -> bool:
    """A finite arrest verb with protesters after it, after a protest verb in its sentence:
    «تظاهر مئات الطلاب ... واعتقلت قوات الأمن عددا منهم» (joined to the protest by
    :func:`_join_protest_arrests`). A protest noun is not enough: «تعاملت الشرطة مع المتظاهرين
    ... واعتقلت أعدادا منهم» in a quote reports no protest of its own."""
    if _LAM in c.prefix or c.key not in _ARREST_VERBS:
        return False
    return _protesters_follow(c) and any(o.trigger.mode == _DEMONSTRATE and o.trigger.pos == "verb" and o.tok < c.tok
                                         for o in c.sent.candidates)


def _protesters_follow(c: Candidate) -> bool:
    """A protester noun or «منهم» within :data:`_DETAINEE_REACH` words after the arrest word."""
    s = c.sent
    last = c.tok_end + _DETAINEE_REACH
    if any(o.trigger.plover == "PROTEST" and o.trigger.pos == "noun" and c.tok_end <= o.tok <= last for o in s.candidates):
        return True
    starts = s.tok_starts
    if any(g.payloads[0].role == "protester" and c.tok_end <= bisect_right(starts, g.start) - 1 <= last
           for g in s.generic or ()):
        return True
    return any(s.norms[i] in _OF_THEM for i in range(c.tok_end, min(len(s.norms), last + 1)))


def _stone_throwers(s: SentenceCtx, best: Candidate) -> Candidate | None:
    """A riot word («رشقوا»، «بالحجارة») after a clash word, in its clause or the relative
    clause right after it, within :data:`_RIOT_REACH` words: the clashes are with stone
    throwers («قبل أن تندلع مواجهات مع الشبان الذين رشقوا الآليات بالحجارة»)."""
    if best.trigger.mode != "clash":
        return None
    last = best.tok_end + _RIOT_REACH
    for c in s.candidates:
        if c.trigger.mode == "riot" and best.tok_end <= c.tok <= last and c.clause - best.clause <= 1 and not c.veto:
            return c
    return None


_CROWD_ROLES: Final = {"Protests": "protester", "Riots": "rioter"}


def _the_crowd(doc: Doc, best: Candidate, group: list[Candidate], event_type: str,
               location: Location | None) -> Actor | None:
    """ACLED's actor1 of a protest or riot whose crowd the text names in no words it knows
    («نظّم العشرات من الخريجين العاطلين عن العمل وقفة احتجاجية»): the protesters (rioters)
    of the place, written as the words that name the crowd (:func:`_crowd_noun`,
    :func:`_crowd_phrase`), else as the protest word."""
    country = location.country if location is not None and location.country else doc.country
    text = _crowd_noun(best)
    if text is None:
        words = _crowd_phrase(group) or _organiser_words(group)
        if words is not None:
            s = best.sent
            text = doc.raw[s.tok_starts[words[0]]:s.ends[words[1] - 1]]
    if text is None:
        text = _crowd_named_in_clause(best, group) or _went_out_crowd(doc, best)
    return _crowd_actor(_CROWD_ROLES[event_type], text or best.text, country)


_STONED_VERBS: Final = frozenset(normalize_key(w) for w in ("رشق", "رشقوا", "رشقت", "ورشق", "ورشقوا", "ورشقت"))
_STONED_REACH: Final = 2  # words from «رشقوا» to the force it names («رشقوا عناصر الأمن»)


def _force_stoned(group: list[Candidate], spans: list[arguments.ActorSpan]) -> Actor | None:
    """The state force a riot's crowd threw stones at, named right after the verb («ورشقوا قوات
    الأمن بالحجارة»): ACLED's actor2 of the violent demonstration, whom the rioters fought."""
    for c in group:
        if c.trigger.mode != _RIOT_MODE or c.key not in _STONED_VERBS:
            continue
        for x in spans:
            if x.role == "state" and x.actor.inter == STATE_INTER and not x.actor.name.startswith("Government") \
                    and x.clause == c.clause and 0 <= x.tok - c.tok_end < _STONED_REACH:
                return x.actor
    return None


_CROWD_NOUN_KINDS: Final = frozenset({"rioter", "protester"})  # generic_actors.tsv roles of a crowd


def _crowd_named_in_clause(best: Candidate, group: list[Candidate]) -> str | None:
    """The words of a crowd noun (generic_actors.tsv, roles rioter and protester) in the clauses
    of the group, the nearest before its main trigger: «حيث أحرق شبان غاضبون إطارات السيارات ورشقوا قوات
    الأمن بالحجارة» is the young men's riot, not the tyres'."""
    s = best.sent
    clauses = {c.clause for c in group}
    for g in reversed(s.generic or ()):
        if g.start >= best.start or g.payloads[0].role not in _CROWD_NOUN_KINDS:
            continue
        k = bisect_right(s.tok_starts, g.start) - 1
        if k >= 0 and s.clause_of(k) in clauses:
            return g.text
    return None


_PHRASE_MAX: Final = 6  # words of a crowd subject, at most («المئات من أبناء العشائر العربية»)
# words that end a verb's subject: prepositions and place words after it
_SUBJECT_STOPS: Final = _PREPOSITIONS | frozenset(normalize_key(w) for w in (
    "الى", "أمام", "وسط", "قرب", "ضد", "عند", "حول", "داخل", "خارج", "أثناء", "خلال", "حيث", "الذين", "الذي", "التي"))
_PARTITIVE: Final = normalize_key("من")
_PLURAL_PAST: Final = "\u0648\u0627"  # وا: «تظاهروا»، «خرجوا»


def _crowd_phrase(group: list[Candidate]) -> tuple[int, int] | None:
    """The tokens [a, b) of the crowd that a protest's verb has as its subject, right after it:
    «تظاهر مئات الصرب»، «اعتصم نحو 400 طالب جامعي»، «خرج المئات من أبناء العشائر العربية في
    تظاهرة»، «نظم العشرات من الخريجين وقفة احتجاجية». The verb is a finite protest verb of the
    group or the past verb of staging or going out that governs its protest noun
    (:func:`_staged`); Arabic puts the verb first, so its subject runs from the word after it
    (or after «أمس») to a preposition, a place or time word, another cue or trigger, or the
    protest noun, :data:`_PHRASE_MAX` words at most. It names people only with a count, a crowd
    or vague quantity word or a people noun (cues.tsv kinds crowd, some, victim) or a
    protester noun in it; «من» goes on only after one of those («المئات من أبناء»).

    :func:`hadath.events.arguments._crowd_phrase` makes a counted crowd right after the verb
    that types the event its actor1 (an actor with its own span); this one only words the
    generic crowd of an event left without one: a riot typed by its deed («أحرقوا»), a noun
    a staging verb governs, or a count whose noun is also a cue («400 طالب»)."""
    for c in group:
        if c.trigger.plover != "PROTEST" or c.veto:
            continue
        s = c.sent
        strike_noun = c.trigger.mode == "strike" and c.key.split()[0] in _STRIKE_NOUNS  # a verb row's noun
        if (heeded := _heeding_verb(c)) is not None:
            # «لبى آلاف العمال دعوة الاتحاد إلى الإضراب»: who heeded the call, not who made it
            first, stop, v = heeded[0] + 1, heeded[1], heeded[0]
        elif (kept := _keeping_verb(c)) is not None or (kept := _declaring_verb(c)) is not None:
            # «ويواصل الأسير خضر عدنان إضرابه عن الطعام»: whom the strike's pronoun names (or who
            # declared it: «أعلن الأسرى الإداريون ... الإضراب عن الطعام»), a
            # prisoner by his name too, up to where he is held («في سجون الاحتلال»)
            stop = next((k for k in range(kept + 1, c.tok) if s.norms[k] in _SUBJECT_STOPS), c.tok)
            words = _subject_words(s, kept + 1, stop)
            if words is None and 0 < stop - kept - 1 <= _PHRASE_MAX:
                words = kept + 1, stop
            if words is not None:
                return words
            continue
        elif c.trigger.pos == "verb" and not c.key.startswith(_AL) and c.trigger.mode in _STAGED_MODES and not strike_noun:
            first, stop, v = c.tok_end, s.clause_stop(c.clause), c.tok
        elif (c.trigger.pos == "noun" or strike_noun) and _staged(c):
            verb = max((cue for cue in s.cues if cue.kind in _STAGE_KINDS and cue.clause == c.clause and cue.tok < c.tok),
                       key=lambda cue: cue.tok)
            first, stop, v = bisect_left(s.tok_starts, verb.end), c.tok, verb.tok
        elif strike_noun and (entered := _strike_verb(c)) is not None:
            # «ودخل الأسير ماهر الأخرس في إضراب»، «وبدأ الأسير خليل العواودة إضرابا»: who entered or began it
            first, v = entered + 1, entered
            stop = next((k for k in range(first, c.tok) if s.norms[k] in _SUBJECT_STOPS), c.tok)
        elif c.trigger.mode == _STREETS and (verb := _streets_verb(c)) is not None:
            first, stop, v = bisect_left(s.tok_starts, verb.end), c.tok, verb.tok
        elif c.trigger.pos == "noun" and (march := _march_verb(c)) is not None:
            # «وشارك المئات من أنصار الحزب في مسيرة»: the counted crowd that marched or joined
            first, stop, v = march + 1, c.tok, march
        elif c.key == _IN_PROTEST and (deed := _protest_deed_verb(c)) is not None:
            # «أغلق التجار محالهم احتجاجا»: the deed's subject, up to the end of its construct
            # chain (its object follows it)
            words = _subject_words(s, deed + 1, c.tok, chain=True)
            if words is not None:
                return words
            continue
        elif c.trigger.mode == _RIOT_MODE and (deed := _riot_deed_verb(c)) is not None:
            # «وأضرم شبان غاضبون النار في إطارات السيارات»: the crowd that did the deed, not its object
            words = _subject_words(s, deed + 1, c.tok, chain=True) or _crowd_noun_at(s, deed + 1, c.tok)
            if words is not None:
                return words
            continue
        elif c.trigger.mode == SELF_HARM_MODE:
            verb = _immolation_verb(c)
            if verb is not None:
                first, stop = bisect_left(s.tok_starts, verb.end), c.tok
                if stop > first and s.norms[stop - 1] in _UNDERTAKE_PREPOSITIONS:
                    stop -= 1  # «أقدم شاب على إحراق نفسه»: the verb's preposition is no part of its subject
            elif c.trigger.pos == "verb" and not c.key.startswith(_AL):
                # «أضرم شاب النار في نفسه»، «أحرق شاب نفسه»: the subject between the verb and its object
                first, stop = c.tok_end, s.clause_stop(c.clause)
                stop = next((k for k in range(first, stop) if s.norms[k] in _IMMOLATION_OBJECTS), stop)
            else:
                continue
            words = _subject_words(s, first, stop, persons=True)
            if words is not None:
                return words
            continue
        else:
            continue
        words = _subject_words(s, first, stop) or _subject_before(s, v) or _prisoner_subject(s, first, stop)
        if words is not None:
            return words
    return None


def _prisoner_subject(s: SentenceCtx, first: int, stop: int) -> tuple[int, int] | None:
    """A prisoner the verb has as its subject, with his name: «ونفذ الأسير محمد القيق إضرابا عن
    الطعام» -> «الأسير محمد القيق». One person is no crowd (:func:`_subject_words`), but a prisoner's
    hunger strike is his protest. The words run from a detainee word (cues.tsv kind detainee) at
    ``first`` to a stop word or ``stop``, :data:`_PHRASE_MAX` words at most."""
    if not any(k.kind == _DETAINEE and k.tok == first for k in s.cues):
        return None
    end = next((k for k in range(first + 1, stop) if s.norms[k] in _SUBJECT_STOPS or not s.alpha[k]), stop)
    return (first, end) if 0 < end - first <= _PHRASE_MAX else None


# «مسيرة دعت إليها الجماعة»، «مظاهرة شارك فيها آلاف»: a verb and the preposition carrying the
# protest noun's pronoun, the verb's subject who called or joined it (:func:`_organiser_words`)
_CALLED_OR_JOINED: Final = frozenset(normalize_key(w) for w in (
    "دعا", "دعت", "دعتا", "شارك", "شاركت", "شاركوا"))
_TO_OR_IN_IT: Final = frozenset(normalize_key(w) for w in ("إليها", "إليه", "فيها", "فيه"))
_ORGANISER_REACH: Final = 2  # words between the protest noun and the verb («مسيرات ضخمة نظمتها»)


def _organiser_words(group: list[Candidate], people_only: bool = False) -> tuple[int, int] | None:
    """The tokens [a, b) of who staged, called or joined a protest, named in the relative verb
    right after its noun: «فرقت الشرطة مظاهرة نظمها حزب البعث العربي الاشتراكي»، «اعتصاما نفذه
    العشرات من الخريجين»، «مسيرة دعت إليها النقابات»، «مسيرة شارك فيها آلاف المواطنين».

    Arabic gives the people of an indefinite protest noun in the verb that takes the noun's
    pronoun (:data:`_STAGED_BY`; «دعا إليها»، «شارك فيها»), at most :data:`_ORGANISER_REACH`
    words after it (an adjective between: «اعتصاما مفتوحا نفذه»). Its subject says who protested:
    a crowd or people phrase (:func:`_subject_words`), else a named organisation (the entity that
    starts right there: a party's or a union's protesters). ACLED's actor1 stays the protesters
    of the place (:func:`_the_crowd`); these are the words that name them, where the protest
    word alone names no one. ``people_only``: the crowd or people phrase alone, no organisation."""
    for c in group:
        if c.trigger.plover != "PROTEST" or c.trigger.pos != "noun" or c.veto:
            continue
        s = c.sent
        stop = s.clause_stop(c.clause)
        for v in range(c.tok_end, min(stop, c.tok_end + _ORGANISER_REACH + 1)):
            w = s.norms[v]
            if w in _STAGED_BY:
                first = v + 1
            elif w in _CALLED_OR_JOINED and v + 1 < stop and s.norms[v + 1] in _TO_OR_IN_IT:
                first = v + 2
            elif s.alpha[v] and w not in _SUBJECT_STOPS and not any(o.tok == v for o in s.candidates):
                continue  # an adjective of the noun («ضخمة»، «مفتوحا»)
            else:
                break
            if first >= stop:
                break
            if any(cue.tok == first and cue.kind == "time" for cue in s.cues):
                first += 1  # «نظمها امس ...»
            words = _subject_words(s, first, stop)
            if words is not None:
                return words
            if people_only:
                break
            at = s.tok_starts[first] if first < len(s.tok_starts) else -1
            ent = next((m for m in s.ents if m.start == at and m.type == "ORG"), None)
            if ent is not None:
                return first, min(stop, bisect_left(s.tok_starts, ent.end))
            break
    return None


_CROWD_NOUN_ROLES: Final = frozenset({"rioter", "protester", "civilian"})  # generic nouns of a crowd's people
_RIOT_MODE: Final = "riot"  # triggers.tsv mode of the rioting words («أعمال شغب»، «إطارات السيارات»)


def _riot_deed_verb(c: Candidate) -> int | None:
    """The token of the crowd's deed verb («أضرم»، «أحرق»، «قطع»; cues.tsv kind deed) that opens
    the clause of the rioting word ``c``, its object or the thing it was done to («وأضرم شبان
    غاضبون النار في إطارات السيارات»): the verb's subject, right after it, is the crowd."""
    s = c.sent
    v = s.clause_starts[c.clause]
    if v >= c.tok - 1 or s.norms[v].startswith(_AL) or not any(cue.tok == v and cue.kind == "deed" for cue in s.cues):
        return None
    return v


_FORM_VERBS: Final = frozenset(normalize_key(w) for w in ("شكل", "شكلت", "شكلوا"))
_HUMAN: Final = normalize_key("بشري")  # «سلسلة بشرية»، «سلاسل بشرية»


def _chain_formed(c: Candidate) -> bool:
    """A human chain that people formed: «وشكل عدة مئات من المتظاهرين في هدوء سلسلة بشرية على
    مشارف مطار يريفان للاحتجاج على زيارة غل»، «شكل طلاب الجامعة سلسلة بشرية». The verb of forming
    (not a staging cue: «بشكل» is a manner) opens the chain's clause at most :data:`_STAGE_REACH`
    words before it, its subject people (:func:`_people_subject`); a chain of people is a protest
    in every sense. Not told as background, nor recalled. Training part: 1 yes, no other."""
    if _HUMAN not in c.key or c.trigger.pos != "noun":
        return False
    s = c.sent
    v = s.clause_starts[c.clause]
    if not 0 < c.tok - v <= _STAGE_REACH or s.norms[v].lstrip(_CONJ) not in _FORM_VERBS and s.norms[v] not in _FORM_VERBS:
        return False
    before = range(max(0, v - 2), v)
    if any(s.norms[i] in _RELATIVES or s.norms[i] in _WHEN for i in before) or _protest_recalled(s, v):
        return False
    return _people_subject(s, v, c.tok - 1)


_PARTICLES_QAD: Final = frozenset(normalize_key(w) for w in ("قد", "وقد", "فقد"))
_WHERE_WORDS: Final = frozenset(normalize_key(w) for w in ("حيث", "وحيث"))


def _crowd_burned(c: Candidate) -> bool:
    """A rioting word («إطارات مطاطية»، «إطارات السيارات») that a crowd's finite past deed opening
    its clause did, its subject protesters or people right after it: «وأضرم المتظاهرون النار في
    اطارات مطاطية»، «وقد احرق المتظاهرون في مخيمات لاجئين اخرى ... إطارات السيارات»، «وأغلق محتجون
    الطريق بالإطارات المشتعلة». The crowd that burned tyres or blocked roads is reported doing it
    (ACLED's violent demonstration). Not a present verb (a habit, a plan), not told as background
    (a relative pronoun, «حيث»، «عندما» or «بعد، إثر» right before the verb: «بعد ان سد المتظاهرون
    الطرقات بالاطارات المشتعلة»، «حيث أشعل المتظاهرون الإطارات»), nor recalled by a trial,
    anniversary or history word. Training part of the gold data: 3 yes, 1 difficult no («واحرق
    متظاهرون ليلا محطة وقود ... ثم رشقوا قوى الامن بالحجارة»), 1 ambiguous, no easy no; nested
    cross-validated PROTEST F1 0.836 -> 0.859 with it (0.836 without)."""
    if c.trigger.mode != _RIOT_MODE or c.trigger.pos == "verb":
        return False
    s = c.sent
    v = s.clause_starts[c.clause]
    if v < c.tok - 1 and s.norms[v] in _PARTICLES_QAD:
        v += 1  # «وقد احرق المتظاهرون»
    if v >= c.tok - 1 or s.norms[v].startswith(_AL) or s.norms[v].lstrip(_CONJ)[:1] in _PRESENT \
            or not any(cue.tok == v and cue.kind == "deed" for cue in s.cues):
        return False
    before = range(max(0, v - 2), v)
    if any(s.norms[i] in _RELATIVES or s.norms[i] in _WHEN or s.norms[i] in _WHERE_WORDS for i in before) \
            or any(k.kind == "after" and k.tok in before for k in s.cues) or _protest_recalled(s, v):
        return False
    subj = _crowd_noun_at(s, v + 1, c.tok)
    if subj is not None:
        return any(g.start == s.tok_starts[subj[0]] and g.payloads[0].role in _UPRISING_ROLES for g in s.generic or ())
    return _people_subject(s, v, c.tok - 1)


_UPRISING_ROLES: Final = frozenset({"rioter", "protester"})  # a civilian noun alone («أهالي») may be the burned's owner


def _crowd_noun_at(s: SentenceCtx, first: int, stop: int) -> tuple[int, int] | None:
    """The tokens of a rioter, protester or civilian noun (generic_actors.tsv: «شبان غاضبون»،
    «محتجون»، «أهالي») that starts at token ``first`` (after a time word), ending before ``stop``."""
    if any(cue.tok == first and cue.kind == "time" for cue in s.cues):
        first += 1
    if first >= min(stop, len(s.tok_starts)):
        return None
    at = s.tok_starts[first]
    for g in s.generic or ():
        if g.start == at and g.payloads[0].role in _CROWD_NOUN_ROLES:
            end = bisect_left(s.tok_starts, g.end)
            return (first, end) if end <= stop else None
    return None


def _subject_before(s: SentenceCtx, v: int) -> tuple[int, int] | None:
    """The crowd right before a protest verb (token ``v``), its subject when the verb follows it:
    «قال شهود إن آلاف المصريين تظاهروا أمام البرلمان»، «مليوني لبناني خرجوا متظاهرين» (reported
    speech and relative-less descriptions put the subject first), the verb in the plural past
    that agrees with it. The words run back from the verb, at most :data:`_PHRASE_MAX`, through words that are no stop, trigger or punctuation,
    and start at a count, a crowd word or a vague quantity (cues.tsv kinds crowd, some): «آلاف
    المصريين»، «مئات من الطلاب»; a bare noun before the verb («المتظاهرون تجمعوا») is left to the
    protester nouns. A protester noun within the words is no stop («إن مئات المتظاهرين تجمعوا»:
    the counted protesters are the subject)."""
    if not s.norms[v].endswith(_PLURAL_PAST):
        return None  # only a plural past verb agrees with a crowd before it («تظاهروا»، «خرجوا»)
    counted = {k for i, e in _counts(s) for k in range(i, e + 1)}
    starts = {cue.tok for cue in s.cues if cue.kind in CROWD_KINDS}
    trig = {o.tok for o in s.candidates if not _protester(o)}
    first = None
    for k in range(v - 1, max(-1, v - 1 - _PHRASE_MAX), -1):
        w = s.norms[k]
        if not (s.alpha[k] or w[:1].isdigit()) or (w in _SUBJECT_STOPS and w != _PARTITIVE) or k in trig:
            break
        if k in counted or k in starts:
            first = k
    if first is None:
        return _pluperfect_subject(s, v, counted, starts)
    while first > 0 and first - 1 in counted:
        first -= 1  # «نحو 400»: the count's first word
    end = v - 1 if v - 1 > first and s.norms[v - 1] == QAD else v  # «وكان نحو 100 ألف معلم قد بدأوا»
    return first, end


_KANA: Final = frozenset(normalize_key(w) for w in ("كان", "وكان", "كانت", "وكانت", "فكان"))
_PLUPERFECT_REACH: Final = 12  # words between «كان» and «قد», at most


def _pluperfect_subject(s: SentenceCtx, v: int, counted: set[int], starts: set[int]) -> tuple[int, int] | None:
    """The subject between «كان» and «قد» before a plural past protest verb (token ``v``): «وكان
    المئات من الخريجين العاطلين عن العمل وأصحاب العقود قد خرجوا في تظاهرة». The pluperfect frames
    its subject on both sides, so it may hold prepositions and more words than a subject found by
    walking back (:func:`_subject_before`); it starts at a count, a crowd word or a vague
    quantity right after «كان» (``counted``, ``starts``)."""
    if v < 3 or s.norms[v - 1] != QAD:
        return None
    for k in range(v - 2, max(-1, v - 2 - _PLUPERFECT_REACH), -1):
        if s.norms[k] in _KANA:
            first = k + 1
            if first < v - 1 and (first in counted or first in starts) and all(s.alpha[i] or s.norms[i][:1].isdigit()
                                                                              for i in range(first, v - 1)):
                return first, v - 1
            return None
        if not s.alpha[k] and not s.norms[k][:1].isdigit():
            return None
    return None


_UNDERTAKE_PREPOSITIONS: Final = frozenset(normalize_key(w) for w in ("على", "عن", "ب"))  # «أقدم على»، «لم يتورع عن»


def _immolation_verb(c: Candidate) -> Any:
    """The verb of undertaking or not hesitating whose complement a self-immolation noun is:
    «وأقدم شاب عاطل عن العمل على إحراق نفسه»، «لم يتورع أحد الشبان عن إحراق نفسه» (cues.tsv
    kinds undertake and litotes, the last before the noun in its clause); None for the verb
    form, whose subject follows it («أضرم شاب النار في نفسه»)."""
    if c.key.startswith(_AL) or not any(c.key.startswith(p) for p in _IMMOLATION_NOUNS):
        return None
    s = c.sent
    verbs = [cue for cue in s.cues if cue.kind in UNDERTAKE_KINDS and cue.clause == c.clause and cue.tok < c.tok]
    return max(verbs, key=lambda cue: cue.tok) if verbs else None


def _subject_words(s: SentenceCtx, first: int, stop: int, persons: bool = False,
                   chain: bool = False) -> tuple[int, int] | None:
    """The people-naming words from token ``first`` (see :func:`_crowd_phrase`), before ``stop``;
    with ``persons``, a noun that counts one person names people too («شاب»، «أحد»:
    counted_people.tsv), as one man may set himself on fire. With ``chain`` the words end with
    the first definite one, the end of a construct chain («عشرات من سائقي سيارات الأجرة»،
    «التجار»): the subject of a transitive verb, whose object comes next («أغلق التجار محالهم»)."""
    cue_at: dict[int, str] = {}
    for cue in s.cues:
        cue_at.setdefault(cue.tok, cue.kind)
    if cue_at.get(first) == "time":
        first += 1  # «خرج أمس المئات»
    counted = {k for i, e in _counts(s) for k in range(i, e + 1)}  # «نحو 400»: every word of a count
    trig = {o.tok for o in s.candidates}
    protesters = {bisect_right(s.tok_starts, g.start) - 1 for g in s.generic or () if g.payloads[0].role == "protester"}
    one_person = counted_people().one if persons else frozenset()
    people = False
    i = first
    while i < min(stop, first + _PHRASE_MAX) and i < len(s.norms):
        w = s.norms[i]
        kind = cue_at.get(i)
        if i in counted or kind in PEOPLE_KINDS or i in protesters or persons and w in one_person:
            people = True
        elif w == _PARTITIVE:
            if not people:
                break
        elif not s.alpha[i] or w in _SUBJECT_STOPS or (i in trig and i not in protesters):
            break
        elif kind is not None and i - 1 not in counted:
            break  # a cue ends the subject, except the noun a count counts («400 طالب»: طالب is also «demanded»)
        i += 1
        if chain and people and w.startswith(_AL):
            break
    return (first, i) if people and i > first else None


_DEFINITE: Final = "\u0627\u0644"  # ال
_SOUND_PLURALS: Final = ("\u064a\u0646", "\u0648\u0646")  # ين ون
_SOUND_PLURAL_MIN: Final = 6  # «المحامين»: ال, a stem of two letters or more, the ending


def _crowd_noun(best: Candidate) -> str | None:
    """The people a protest word is said of, written right after it: the noun in construct
    after a protest noun («اعتصام العاملين»، «إضراب المعلمين»، «مظاهرة المحامين») or the subject
    after a finite protest verb («اعتصم المحامون»). A definite masculine sound plural names
    people (not a place or a day: an entity or a time word there is skipped, «احتجاجات البحرين»،
    «مظاهرة الاثنين»); its text is then the crowd's, as ACLED's actor1 says who protested,
    where the protest word alone says nothing of them."""
    s = best.sent
    i = best.tok_end
    if i >= len(s.norms) or not s.alpha[i]:
        return None
    w = s.norms[i]
    if not (w.startswith(_DEFINITE) and w.endswith(_SOUND_PLURALS) and len(w) >= _SOUND_PLURAL_MIN):
        return None
    if any(cue.tok == i and cue.kind == "time" for cue in s.cues):
        return None
    start, end = s.tok_starts[i], s.ends[i]
    if any(m.start < end and start < m.end for m in s.ents):
        return None
    return s.texts[i]


_RIOTS: Final = "Riots"
_PROTESTERS: Final = "Protesters ("  # the generic protesters' name, filled with a country
_PROTESTERS_WORD: Final = "Protesters"  # the generic protesters' name, with or without a country


def _organisation_behind(doc: Doc, best: Candidate, group: list[Candidate], args: arguments.Arguments,
                         spans: list[arguments.ActorSpan], event_type: str, location: Location | None) -> arguments.Arguments:
    """ACLED's actor1 of a protest (riot) is always its crowd: the protesters (rioters) of the
    place; a named party, union or movement that staged, called or joined it is an associated
    actor. «ونظمت جماعة الإخوان المسلمين في عمان مسيرة حاشدة تنديدا بالعدوان»: Protesters
    (Jordan), worded as the organisation (or as the crowd a protest verb names, :func:`_crowd_phrase`:
    «دخل أساتذة التعليم الثانوي في إضراب ... استجابة لدعوة النقابة»), with the Muslim Brotherhood associated. Only a named,
    unarmed actor (not a generic noun, a state force or an armed group: «اعتدى عناصر من الحزب على
    المتظاهرين» is no one's protest) is moved. One that reports the protest before «أن»
    («أعلنت لجان المقاومة في كوستي أن قوات الأمن اعتقلت 12 ناشطا خلال وقفة احتجاجية نظمها عشرات
    الشبان») is its source, neither protester nor associate: the crowd is worded as the text
    names it (:func:`_the_crowd`)."""
    a1 = args.actor1
    if a1 is None or a1.inter in ARMED_INTER:
        return args
    span = next((x for x in spans if x.actor is a1), None)
    if span is None or span.generic:
        return args
    s = best.sent
    if span.clause <= best.clause and any(s.norms[i] in _COMPLEMENTISERS for i in range(span.tok_end, best.tok)):
        crowd = _the_crowd(doc, best, group, event_type, location)
        return args if crowd is None else arguments.Arguments(crowd, args.actor2, args.assoc, args.spans)
    country = location.country if location is not None and location.country else doc.country
    text = a1.text
    words = _crowd_phrase(group)
    if words is not None and not (words[0] < span.tok_end and span.tok < words[1]):
        # «دخل أساتذة التعليم الثانوي في إضراب ... استجابة لدعوة النقابة»: the crowd the text
        # names is who protested, the union behind it only its associate
        text = doc.raw[s.tok_starts[words[0]]:s.ends[words[1] - 1]]
    crowd = _crowd_actor(_CROWD_ROLES[event_type], text, country)
    if crowd is None:
        return args
    assoc = [a1, *(a for a in args.assoc or [] if a.name != a1.name)]
    return arguments.Arguments(crowd, args.actor2, assoc, args.spans)


_REGION_PRECISION: Final = 3
_OFFICE_WORDS: Final = frozenset(normalize_key(w) for w in ("مبنى", "ديوان", "مقر", "مجلس", "دائرة"))
_PROVINCE_WORDS: Final = frozenset(normalize_key(w) for w in ("محافظة", "ولاية"))


def _seat_of_office(doc: Doc, s: SentenceCtx, region: Location) -> Location | None:
    """The town a protest at a province's building stood in: «تظاهر مئات العراقيين أمام مبنى ديوان
    محافظة الديوانية» was in the city of Diwaniyah, not anywhere in al-Qadisiyah (ACLED codes the
    town). The sentence names the region as «محافظة X» right after a word for an office or its
    building (:data:`_OFFICE_WORDS`), and a town of the same name lies in that region (the
    governorate named after its seat); None else («مبنى محافظة ذي قار», whose seat is Nasiriyah)."""
    for m in doc.entities:
        if m.start < s.span.start or m.end > s.span.end or m.place is None or m.place.geonameid != region.geonameid:
            continue
        words = m.text.split()
        before = [normalize_key(w) for w in doc.raw[max(s.span.start, m.start - 32):m.start].split()]
        if len(words) > 1 and normalize_key(words[0]) in _PROVINCE_WORDS:
            name = " ".join(words[1:])  # «محافظة الديوانية» is the mention
        elif len(before) > 1 and before[-1] in _PROVINCE_WORDS:
            name, before = m.text, before[:-1]  # «محافظة» before the mention «البصرة»
        else:
            continue
        if not before or before[-1] not in _OFFICE_WORDS:
            continue
        towns = [p for p in load_gazetteer().candidates(normalize_key(name))
                 if p.is_town and p.country == m.place.country and p.admin1 == m.place.admin1]
        if towns:
            town = max(towns, key=lambda p: p.population)
            return town.to_location(name, 1)
    return None


def _civilians_as_crowd(doc: Doc, args: arguments.Arguments, spans: list[arguments.ActorSpan], event_type: str,
                        location: Location | None) -> arguments.Arguments:
    """ACLED's actor1 of a protest (riot) is its crowd, protesters (rioters), never civilians: a
    crowd named by who its people are («نظم مئات الممرضين وقفة احتجاجية»: Health Workers;
    «الصحفيين»، «النساء», actor rows of inter 7) is Protesters (Morocco) worded as the text names
    it, and the group it is made of an associated actor, as ACLED codes it; plain civilians
    («مئات المواطنين») are protesters only. Groups whose own rows are protesters' (teachers,
    students, workers: inter 6) stay as they are. A crowd already worded as a phrase («اعتصم
    عشرات الممرضين»: Protesters) takes the group its words name as associated actor too."""
    a1 = args.actor1
    if a1 is not None and a1.name.startswith((_PROTESTERS_WORD, _RIOTERS_WORD)):
        group = _group_within(doc, a1, args, spans)
        if group is not None and all(a.name != group.name for a in args.assoc or []):
            return arguments.Arguments(a1, args.actor2, [group, *(args.assoc or [])], args.spans)
        return args
    if a1 is None or a1.inter not in _CROWD_OR_CIVILIAN or a1.name.split(" (", 1)[0] not in _civilian_groups():
        return args
    country = a1.country or (location.country if location is not None else None)
    crowd = _crowd_actor(_CROWD_ROLES[event_type], a1.text, country)
    if crowd is None:
        return args
    group = Actor(name=a1.name, text=a1.text, inter=CIVILIAN_INTER, country=a1.country)
    assoc = [group, *(a for a in args.assoc or [] if a.name != a1.name)]
    return arguments.Arguments(crowd, args.actor2, assoc, args.spans)


_CROWD_OR_CIVILIAN: Final = CROWD_INTER | {CIVILIAN_INTER}
_RIOTERS_WORD: Final = "Rioters"


def _group_within(doc: Doc, a1: Actor, args: arguments.Arguments, spans: list[arguments.ActorSpan]) -> Actor | None:
    """The civilian group (:func:`_civilian_groups`) whose noun heads the crowd phrase ``a1``: the
    phrase's span among the event's actor spans ends on the group's noun, after a count or «من»
    («عشرات الممرضين»، «العشرات من الصحفيين»)."""
    groups = _civilian_groups()
    for a, b in args.spans or []:
        if doc.raw[a:b] != a1.text:
            continue
        for x in spans:
            if a <= x.start and x.end == b and x.actor.inter == CIVILIAN_INTER and x.actor.name.split(" (", 1)[0] in groups:
                before = doc.raw[a:x.start].split()
                if not before or normalize_key(before[-1]) in _COUNT_WORDS or before[-1].isdigit():
                    return Actor(name=x.actor.name, text=x.actor.text, inter=CIVILIAN_INTER,
                                 country=x.actor.country or a1.country)
    return None


# what may stand right before the group noun that heads a crowd phrase: a count or the partitive
# «من» (not «أهالي»: «العشرات من أهالي المعتقلين» are the prisoners' relatives)
_COUNT_WORDS: Final = frozenset(normalize_key(w) for w in (
    "عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "من", "ألف", "ألفي", "نحو", "حوالي"))


@lru_cache(maxsize=1)
def _civilian_groups() -> frozenset[str]:
    """The names (without the country) of the actor rows for groups of civilians by who they are
    (inter 7, not plain civilians: «Health Workers»، «Journalists»، «Women»)."""
    return frozenset(e.name.split(" (", 1)[0] for e in load_actors()
                     if e.generic and e.inter == CIVILIAN_INTER and not e.name.startswith("Civilians"))


_TO_DISPERSE: Final = normalize_key("لتفريق")  # «لتفريقهم»، «لتفريق المتظاهرين»: the purpose of the fire


def _fired_to_disperse(s: SentenceCtx, best: Candidate, spans: list[arguments.ActorSpan],
                       args: arguments.Arguments) -> arguments.Arguments:
    """Whom a state force killed or wounded while firing to disperse protesters are protesters:
    «إن المحتجين حاولوا اقتحام مبنى المحافظة، فأطلقت قوات الأمن الرصاص الحي لتفريقهم، ما أدى إلى
    مقتل شخصين»: ACLED's *Excessive force against protesters* (acled.decide types it by a
    protester actor2), not an attack on civilians «شخصين». The fire's purpose «لتفريق» (cues.tsv
    kind dispersal) stands in the deed's clause or the one after it, the sentence names the
    protesters (a protester noun), actor1 is a state force and actor2 a generic civilian noun."""
    a1, a2 = args.actor1, args.actor2
    if a1 is None or a1.inter != STATE_INTER or a2 is None or a2.inter != CIVILIAN_INTER:
        return args
    if not any(k.kind == "dispersal" and k.key.startswith(_TO_DISPERSE) and 0 <= k.clause - best.clause <= 1
               for k in s.cues):
        return args
    crowd = next((x for x in spans if x.role == "protester" and x.generic and x.tok < best.tok), None)
    victims = next((x for x in spans if x.actor is a2), None)
    if crowd is None or victims is None or not victims.generic:
        return args
    protesters = _crowd_actor("protester", a2.text, a2.country)
    return args if protesters is None else arguments.Arguments(a1, protesters, args.assoc, args.spans)


_REMOTE_MODES: Final = frozenset({"explosives", "aerial", "suicide", "heavy-weapons"})  # triggers.tsv modes
_HIT_SIDES: Final = frozenset({STATE_INTER, CIVILIAN_INTER})  # what actor2 may be read as: the force, a bystander noun
_HIT_REACH: Final = 3  # words from the casualty word to the protester noun: «أصيب عدد من المحتجين»


def _protesters_hit(s: SentenceCtx, group: list[Candidate], spans: list[arguments.ActorSpan],
                    args: arguments.Arguments) -> arguments.Arguments:
    """Protesters wounded or killed by a state force's fire are its actor2, the force its actor1:
    «أصيب ثلاثة متظاهرين بالرصاص الحي عندما أطلقت قوات الأمن النار على مسيرة» read no victim
    (a protester noun is a protest word, not a civilian one) and the force as actor2, an *Armed
    clash* with nobody; ACLED codes *Excessive force against protesters* (acled.decide types it
    by the protester actor2). The protester noun (generic, a count may stand before it) comes at
    most :data:`_HIT_REACH` words after a casualty word (cues.tsv kind casualty or a casualty
    trigger of the group) in a clause of the group, or before it as its subject, a word between at
    most («بأن متظاهرا توفي متأثرا بجروحه»: the force that wounded him may be told in another
    sentence; «إن متظاهرين اثنين قتلا»). Actor1 must be none or a state force, actor2 none, a
    state force (then actor1) or a civilian noun misread as the victims («وقال مسعفون إن
    متظاهرين اثنين قتلا برصاص قوات الأمن»: the medics who told it)."""
    a1, a2 = args.actor1, args.actor2
    if a1 is not None and a1.inter != STATE_INTER or a2 is not None and a2.inter not in _HIT_SIDES:
        return args
    if a1 is not None and a2 is not None and a2.inter == STATE_INTER:
        return args
    if a2 is not None and a2.inter == CIVILIAN_INTER and a1 is None:
        return args  # bystanders hurt by no named force: «قتل 5 مدنيين وأصيب متظاهران»
    if any(c.trigger.mode in _REMOTE_MODES for c in group):
        return args  # a bomb or an air strike that hit protesters is no force used against them
    clauses = {c.clause for c in group}
    hits = [k.tok for k in s.cues if k.kind == "casualty" and k.clause in clauses]
    hits += [c.tok for c in group if c.trigger.mode == "casualty"]
    crowd = next((x for x in spans if x.role == "protester" and x.generic and x.clause in clauses
                  and x.actor.name.startswith(_PROTESTERS_WORD)  # not «الموظفين» (a labour group) shot
                  and any(0 < x.tok - h <= _HIT_REACH or 0 <= h - x.tok_end <= 1 for h in hits)), None)
    if crowd is None:
        return args
    force = a1 if a1 is not None else (a2 if a2 is not None and a2.inter == STATE_INTER else None)
    return arguments.Arguments(force, crowd.actor, args.assoc, args.spans)


def _crowd_actor(role: str, text: str, country: str | None) -> Actor | None:
    """The generic crowd of ``role`` (protester, rioter; generic_actors.tsv) of ``country``,
    written as ``text``: «Rioters (Iraq)»."""
    template = generic_actor(role)
    if template is None:
        return None
    return Actor(name=fill_country(template.name, country_name(country)), text=text,
                 inter=template.inter, country=country)


def _as_riot(doc: Doc, s: SentenceCtx, throw: Candidate, spans: list[arguments.ActorSpan],
             args: arguments.Arguments) -> tuple[acled.Typing, arguments.Arguments]:
    """Clashes with stone throwers as ACLED codes them: Riots, Mob violence (no demonstration
    is reported), the throwers as rioters of the place (their noun right before the riot
    word, «الشبان الذين رشقوا», else the riot word) and the force they fought as actor2 (a
    state force the sentence names, else the one the arguments found)."""
    who = throw
    for c in s.candidates:
        if c.trigger.mode == "riot" and c.tok < throw.tok and c.clause == throw.clause:
            who = c
    text = s.texts[who.tok]
    k = who.tok - 1
    while k >= 0 and s.norms[k] in _RELATIVES:
        k -= 1
    if k >= 0 and who.tok - k <= 2 and s.alpha[k]:
        text = s.texts[k]  # «الشبان» of «الشبان الذين رشقوا»
    rioters = _crowd_actor("rioter", text, doc.country)
    force = next((x.actor for x in spans if x.actor.inter == STATE_INTER), None)
    if force is None:
        force = args.actor1 if args.actor1 is not None and args.actor1.inter == STATE_INTER else args.actor2
    return (acled.Typing("Riots", "Mob violence", "PROTEST"),
            arguments.Arguments(rioters, force, args.assoc, args.spans))


MET_SENTENCES: Final = 2  # sentences after a protest in which the force that met it may be named
_MET_KINDS: Final = frozenset({"intervention", "dispersal"})
_ARRESTS: Final = "Arrests"
_MET_TYPES: Final = frozenset({"Protests", "Riots"})


def _forces_met_after(doc: Doc, ctxs: list[SentenceCtx], events: list[Event], cache: dict[str, Any]) -> list[Event]:
    """A protest or riot with no force against it takes the state force a following sentence
    has disperse or meet the crowd: «اقتحم محتجون مبنى مجلس المحافظة ... وتصدت قوات مكافحة
    الشغب للمحتجين بالغاز المسيل للدموع» (ACLED's actor2 is the police, one sentence on).

    Up to :data:`MET_SENTENCES` sentences after the event's, at most one paragraph break away;
    the sentence must hold an intervention or dispersal word and name a state force. A
    peaceful protest so met becomes a protest with intervention.
    """
    if not events:
        return events
    by_start = {s.span.start: k for k, s in enumerate(ctxs)}
    # sentences with happenings of their own; an arrest is none («وتدخلت قوات الدرك ... لتفريق
    # المحتجين، فيما أعلنت مديرية الأمن العام توقيف 11 شخصاً»: the force that met the crowd)
    told = {ev.evidence[-1].start for ev in events if ev.evidence and ev.sub_event_type != _ARRESTS}
    out = []
    for ev in events:
        if ev.event_type in _MET_TYPES and ev.actor2 is None and ev.evidence and (
                ev.sub_event_type != EXCESSIVE_FORCE):
            k = by_start.get(ev.evidence[-1].start)
            force, met, where = _force_met(doc, ctxs, k, cache, told, ev.location) if k is not None else (None, False, None)
            update: dict[str, Any] = {}
            if force is not None:
                if ev.location is not None:
                    force = arguments.local_generic(doc, force, ev.location.country) or force
                update["actor2"] = force
            if (force is not None or met) and ev.sub_event_type == "Peaceful protest":
                update["sub_event_type"] = "Protest with intervention"
            if update and where is not None:
                # the words that tell the force met the crowd support the event too; its own
                # sentence's span stays last
                made: dict[tuple[int, int], Span] = cache.setdefault("spans", {})
                update["evidence"] = [*ev.evidence[:-1], _span(made, where.span.start, where.span.end), ev.evidence[-1]]
            if update:
                ev = ev.model_copy(update=update)
        out.append(ev)
    return out


_AGAIN_REACH: Final = 4  # words from the verb of dispersing to the protest it names again («فرقت قوات الدرك الاعتصام»)
_THEM: Final = ("\u0647\u0645", "\u0647\u0627", "\u0647\u0646", "\u0647")  # هم ها هن ه: «لتفريقهم»، «فضتها»
_CROWD_REACH: Final = 2  # words from a count («مئات»، «عدد من») to the protester noun it counts


def _crowd_met_again(s: SentenceCtx) -> bool:
    """Does the sentence have a crowd told before dispersed or shot at: a dispersal cue of one
    word with an object pronoun («لتفريقهم»، «فضتها»; cues.tsv kind dispersal), or a definite protester
    or protest noun («لتفريق المتظاهرين»، «على المحتجين»، «فض الاعتصام») that no count or
    vague quantity right before it makes a new crowd («لتفريق مئات المحتجين»)? The sentence
    then tells what befell the protest reported before it, not a protest of its own."""
    if not any(k.kind == "dispersal" for k in s.cues):
        return False
    if any(k.kind == "dispersal" and " " not in k.key and k.key.endswith(_THEM) for k in s.cues):
        return True
    counts = [k.tok for k in s.cues if k.kind in _COUNT_KINDS] + [a for a, _ in _counts(s)]
    for o in s.candidates:
        if o.trigger.plover != "PROTEST" or o.trigger.pos != "noun" or not o.key.startswith(_AL):
            continue
        if not any(0 < o.tok - k <= _CROWD_REACH for k in counts):
            return True
    return False


_COUNT_KINDS: Final = frozenset({"crowd", "some"})  # cues.tsv: «مئات»، «آلاف»; «عدد من»، «مجموعة من»


def _note_crowds_met_again(ctxs: list[SentenceCtx], events: list[Event], cache: dict[str, Any]) -> None:
    """Note in ``cache[coref.MET_AGAIN]`` the sentences of the protests met by force
    (intervention, excessive force) and of the arrests whose crowd was told before
    (:func:`_crowd_met_again`): :func:`hadath.events.coref.merge_met_later` folds the peaceful
    telling of that crowd into the former, and the latter into the crowd's event."""
    by_start = {s.span.start: s for s in ctxs}
    for ev in events:
        if (ev.sub_event_type in _MET_SUBTYPES or ev.sub_event_type == _ARRESTS) and ev.evidence:
            s = by_start.get(ev.evidence[-1].start)
            if s is not None and _crowd_met_again(s):
                cache.setdefault(coref.MET_AGAIN, set()).add(s.span.start)


_MET_SUBTYPES: Final = frozenset({"Protest with intervention", EXCESSIVE_FORCE})


def _dispersed_again(s: SentenceCtx) -> bool:
    """Does the sentence tell a protest told before dispersed, by a finite verb of dispersing
    (:data:`_DISPERSE_VERBS`) with the definite protest noun as its object (not «المتظاهرين»,
    who may be another crowd), at most
    :data:`_AGAIN_REACH` words after it: «وفرقت قوات الدرك الاعتصام بعد ساعتين»؟ It names the
    happening again, as «الهجوم» does an attack (:data:`hadath.events.lexicon.THE_ATTACK_NOUNS`),
    so it may follow the protest by a paragraph more than other news of the force."""
    for cue in s.cues:
        if cue.key in _DISPERSE_VERBS and _finite_cue(s, cue) and any(
                o.trigger.plover == "PROTEST" and o.trigger.pos == "noun" and o.key.startswith(_AL) and not _protester(o)
                and 0 < o.tok - cue.tok <= _AGAIN_REACH for o in s.candidates):
            return True
    return False


def _places_in(doc: Doc, a: int, b: int) -> list[Any]:
    """The resolved places (gazetteer records) named in raw ``[a, b)``, outside names of bodies."""
    return [m for m in doc.entities if a <= m.start and m.end <= b and m.type in PLACE_TYPES
            and m.place is not None and not m.in_org]


def _elsewhere(doc: Doc, s: SentenceCtx, protest: SentenceCtx, here: Location | None) -> bool:
    """Does the sentence name a resolved place that is not where the protest was: another
    country, or another town when the protest's is a town («ففي قرية بلعين ... لتفريق المتظاهرين»
    after a protest in Diwaniyah)? Its dispersal is another crowd's. Places the protest's own
    sentence names are the protest's («في شوارع مديريتي المنصورة والشيخ عثمان» of Aden)."""
    if here is None:
        return False
    places = _places_in(doc, s.span.start, s.span.end)
    if not places:
        return False
    own = {m.place.geonameid for m in _places_in(doc, protest.span.start, protest.span.end)}
    for m in places:
        p = m.place
        if p.geonameid in own:
            continue
        if p.country != here.country:
            return True
        if here.geo_precision == 1 and (m.precision or 1) == 1 and p.is_town and p.geonameid != here.geonameid:
            return True
    return False


def _force_met(doc: Doc, ctxs: list[SentenceCtx], k: int, cache: dict[str, Any],
               told: set[int], here: Location | None = None) -> tuple[Actor | None, bool, SentenceCtx | None]:
    """The state force named in the first of the next :data:`MET_SENTENCES` sentences after
    ``ctxs[k]`` that has the crowd dispersed or met, and whether one of them has the crowd told
    before dispersed though it names no state force (:func:`_crowd_met_again`: «قبل أن يطلق حراس
    المبنى الرصاص في الهواء لتفريقهم»: a protest with intervention, its force unnamed). Nothing
    when a paragraph break too many (two for the protest dispersed by name again or its crowd
    by pronoun, :func:`_dispersed_again`), or a sentence that reports a happening of its own
    («وفي مدينة تعز، تظاهر مئات المحتجين ... قبل أن تفرقهم قوات الأمن»: another protest, its own
    force), or one that names another place (:func:`_elsewhere`), comes first."""
    end, at = ctxs[k].span.end, ctxs[k].index
    where: SentenceCtx | None = None  # the sentence that has the crowd met though it names no force
    for s in ctxs[k + 1 : k + 1 + MET_SENTENCES]:
        if s.span.start in told or _elsewhere(doc, s, ctxs[k], here):
            break
        if s.index - at > MET_SENTENCES or more_breaks(doc, end, s.span.start, 1):
            # (only sentences with a trigger have a context: count the others too) a paragraph
            # further, only the dispersal of the protest named again: «وفرقت قوات الدرك الاعتصام»
            if s.index - at > MET_SENTENCES + 1 or more_breaks(doc, end, s.span.start, 2) or not (
                    _dispersed_again(s) or _crowd_met_again(s)):
                break
        if any(cue.kind in _MET_KINDS for cue in s.cues):
            force = next((x.actor for x in arguments.actor_spans(doc, s, cache) if x.role == "state"
                          and x.actor.inter == STATE_INTER and not x.actor.name.startswith("Government")), None)
            if force is not None:
                return force, True, s
            if where is None and _crowd_met_again(s):
                where = s
    return None, where is not None, where


_DESTRUCTION: Final = "Looting/property destruction"
_NON_STATE_ARMED: Final = ARMED_INTER - {STATE_INTER}


def _per_place(doc: Doc, ev: Event, places: list[Location]) -> list[Event]:
    """One event per place of «في بلدتي X و Y» (ACLED codes one event per location), each with
    its unnamed actors of its place's country; a toll given for both is shared out as evenly as
    it goes, the first place taking the odd one (ACLED divides a summed toll among the events
    it covers)."""
    out = []
    left = ev.fatalities
    for k, loc in enumerate(places):
        share = None if left is None or ev.fatalities is None else -(-left // (len(places) - k))
        if left is not None and share is not None:
            left -= share
        out.append(ev.model_copy(update={
            "location": loc, "fatalities": share,
            "actor1": arguments.local_generic(doc, ev.actor1, loc.country),
            "actor2": arguments.local_generic(doc, ev.actor2, loc.country)}))
    return out


def _arrested_by(doc: Doc, s: SentenceCtx, group: list[Candidate], spans: list[arguments.ActorSpan],
                 args: arguments.Arguments) -> arguments.Arguments:
    """The force that arrested protesters (the protest absorbed its arrests,
    :func:`_join_protest_arrests`) is the one that intervened, actor2 («أن قوات الأمن اعتقلت 12
    ناشطا خلال وقفة احتجاجية نظمها عشرات الشبان أمام مقر الحكومة المحلية»: the security forces,
    not the government whose building the crowd stood before)."""
    arrest = next(c for c in group if c.trigger.mode == ARREST_MODE)
    by = arguments.assign_actors(s, arrest, [arrest], spans, doc).actor1
    if by is None or by.inter != STATE_INTER or by.name.startswith("Government") or by is args.actor1:
        return args
    return arguments.Arguments(args.actor1, by, args.assoc, args.spans)


_INTERVENTION_CUES: Final = frozenset({"dispersal", "intervention"})  # cues.tsv: «الغاز المسيل للدموع»، «لتفريق»، «قمع»
_INTERVENER_REACH: Final = 4  # words between the force and the dispersal cue («وأطلقت قوات الأمن الغاز المسيل للدموع»)


def _crowd_no_actor2(s: SentenceCtx, spans: list[arguments.ActorSpan],
                     args: arguments.Arguments) -> arguments.Arguments:
    """A protest's actor2 is whoever intervened, never a crowd of protesters: «خرجت مواكب حاشدة في
    الخرطوم ...، وأطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين» read the crowd the gas
    was fired at as actor2, and the protest's crowd is its actor1 already (ACLED: actor2 the
    force that intervened, else none). The force is a state actor span within
    :data:`_INTERVENER_REACH` words of a dispersal or intervention cue (cues.tsv) in its clause,
    the nearest; with none, actor2 is left empty."""
    a2 = args.actor2
    if a2 is None or a2.inter not in CROWD_INTER:
        return args
    best: tuple[int, arguments.ActorSpan] | None = None
    for k in s.cues:
        if k.kind not in _INTERVENTION_CUES:
            continue
        for x in spans:
            gap = abs(x.tok - k.tok)
            if x.role == "state" and x.clause == k.clause and gap <= _INTERVENER_REACH and (best is None or gap < best[0]):
                best = (gap, x)
    return arguments.Arguments(args.actor1, best[1].actor if best else None, args.assoc, args.spans)


def _force_first(args: arguments.Arguments) -> arguments.Arguments:
    """Excessive force against protesters as ACLED orders it: actor1 the force that used it,
    actor2 the crowd, however the sentence orders them («فرقت قوات الأمن بالقوة تظاهرة ...
    ما أدى إلى مقتل متظاهرين اثنين» read the crowd of the protest word as its actor1)."""
    a1, a2 = args.actor1, args.actor2
    if a1 is None or a1.inter not in CROWD_INTER or (a2 is not None and a2.inter in CROWD_INTER):
        return args
    return arguments.Arguments(a2, a1, args.assoc, args.spans)


def _crowd_side(args: arguments.Arguments) -> Actor | None:
    """The protesters or rioters among a clash's two sides, when the other side is no armed
    group (a state force or unknown): «وقتل متظاهر ... خلال المواجهات» are not two armies."""
    sides = [a for a in (args.actor1, args.actor2) if a is not None]
    crowd = next((a for a in sides if a.inter in CROWD_INTER), None)
    if crowd is None or any(a.inter in _NON_STATE_ARMED for a in sides):
        return None
    return crowd


def _protesters_clash(args: arguments.Arguments, plover: str) -> tuple[acled.Typing, arguments.Arguments]:
    """Clashes of protesters with a force as ACLED codes them: a violent demonstration, the
    crowd as actor1 and the force (if named) as actor2. The PLOVER type stays the clash's
    (ASSAULT: force was used); only ACLED's typing follows the crowd."""
    crowd = _crowd_side(args)
    other = args.actor2 if crowd is args.actor1 else args.actor1
    return (acled.Typing("Riots", "Violent demonstration", plover),
            arguments.Arguments(crowd, other, args.assoc, args.spans))


def _best(group: list[Candidate], fam: str) -> Candidate:
    """The trigger that types the event: the most specific, then the most probable."""
    # a protest that absorbed its arrests (:func:`_join_protest_arrests`) stays typed by its own words
    pool = [c for c in group if c.trigger.plover == "PROTEST"] if fam == "protest" else group
    # between equals, the blast told again says how: «استهدفت دورية ... الانفجار» tells a bomb
    # (:func:`_the_blast`)
    return max(pool or group, key=lambda c: (c.trigger.specificity, c.prob, _the_blast(c)))


_TURN_REACH: Final = 2  # words from «تحولت إلى» to the clash or riot word it names, at most
_VIOLENT_TURNS: Final = frozenset({"clash", "riot"})


def _turned_violent(s: SentenceCtx, best: Candidate) -> bool:
    """The protest's sentence says it turned into clashes or a riot after the protest word:
    «وكان المئات قد خرجوا في تظاهرة سلمية ... قبل أن تتحول إلى مواجهات» (cues.tsv kind turn,
    then a clash or riot trigger within :data:`_TURN_REACH` words, vetoed or not: «قبل أن»
    tells the order, not a doubt). :func:`hadath.events.coref.merge_crowd_clashes` folds such
    a protest into the violent demonstration it became."""
    for cue in s.cues:
        if cue.kind == "turn" and cue.tok > best.tok:
            last = bisect_left(s.tok_starts, cue.end) + _TURN_REACH
            if any(o.trigger.mode in _VIOLENT_TURNS and cue.tok < o.tok <= last for o in s.candidates):
                return True
    return False


def _pluperfect(s: SentenceCtx, best: Candidate) -> bool:
    """Is the protest told in the pluperfect, «كان» opening its clause and «قد» before its word:
    «وكان المئات من الخريجين ... قد خرجوا في تظاهرة صباح أمس»? Arabic news tells so what had
    happened before the lead's news (the crowd gathered, then the police fired):
    :func:`hadath.events.coref.merge_pluperfect_protests` folds such a protest into the
    intervention told before it."""
    first = s.clause_starts[best.clause]
    if s.norms[first] not in _KANA:
        return False
    return any(s.norms[k] == QAD for k in range(first + 1, min(best.tok, first + 2 + _PLUPERFECT_REACH)))


_GRIEVANCE_KINDS: Final = frozenset({"purpose", "after"})  # cues.tsv: «احتجاجا على»، «تنديدا ب»; «إثر»، «على خلفية»
_GRIEVANCE_REACH: Final = 1  # words between the cue's end and the killing noun, at most («احتجاجا على مقتل»)


def _grievance(c: Candidate) -> bool:
    """A killing named as what a protest is against or followed: a casualty noun right after a
    purpose or cause cue («تظاهر مئات الطلاب احتجاجا على مقتل زميل لهم برصاص الشرطة»، «للتنديد
    باغتيال ...»، «على خلفية مقتل شاب»). That death is the protest's grievance, told before; the
    protest met no force for it, so it makes no *Excessive force against protesters*. The verb
    («قتل متظاهر») and nouns far from the cue still count."""
    if c.trigger.pos != "noun":
        return False
    s = c.sent
    for cue in s.cues:
        if cue.kind in _GRIEVANCE_KINDS and cue.tok < c.tok:
            end = bisect_left(s.tok_starts, cue.end)  # the token after the cue
            if 0 <= c.tok - end <= _GRIEVANCE_REACH:
                return True
    return False


_PICTURES: Final = frozenset(normalize_key(w) for w in (
    "صور", "صورا", "صورة", "وصور", "وصورا", "الصور", "لافتات", "لافتة", "اللافتات", "شعارات", "رايات"))
_DISPLAY_REACH: Final = 3  # words from a picture word or a chant or banner verb to the killing noun, at most


def _displayed(c: Candidate) -> bool:
    """A killing noun that protesters carry or chant about: «رافعين صور ضحايا المجزرة»، «وصورا
    للمجازر الإسرائيلية»، «لافتات تندد بالمجزرة». Pictures, banners and slogans name what the
    protest is about, told before; no force met the protest, so it makes no *Excessive force
    against protesters* (as :func:`_grievance` for a purpose cue). A picture word or a chant
    cue (cues.tsv kind chant: «رافعين»، «مرددين») at most :data:`_DISPLAY_REACH` words before
    the noun in its clause."""
    if c.trigger.pos != "noun":
        return False
    s = c.sent
    lo = max(s.clause_starts[c.clause], c.tok - _DISPLAY_REACH)
    tf = s.token_forms()
    return any(tf[i] & _PICTURES for i in range(lo, c.tok)) or any(
        cue.kind == "chant" and lo <= cue.tok < c.tok for cue in s.cues)


def _note_kind(cache: dict[str, Any], group: list[Candidate], best: Candidate, fam: str) -> None:
    """Remember events of casualty words alone and bare attack nouns, for :mod:`hadath.events.coref`."""
    if fam == "violence" and all(c.trigger.mode == "casualty" for c in group):
        cache.setdefault(coref.TOLL_ONLY, set()).add(best.start)  # «مؤكدا مقتل خمسة»: a toll, no deed named
    elif best.trigger.mode in ATTACK_MODES and best.trigger.pos == "noun":
        cache.setdefault(coref.GENERIC, set()).add(best.start)  # «الهجوم»: names no way of attacking


def _span(made: dict[tuple[int, int], Span], a: int, b: int) -> Span:
    """One Span per offset pair and document: the sentence's is every one of its events'.
    (A module function, not a closure in _event: compiled by mypyc, a named inner function and
    its environment refer to each other, a reference cycle per event that only the garbage
    collector frees: tests/test_pipeline_garbage.py.)"""
    got = made.get((a, b))
    if got is None:
        got = made[(a, b)] = Span(a, b)
    return got


def _iso(day: dt.date) -> str:
    return day.isoformat()


# A day's ISO form, made once a process: an article's events fall on a few days, and
# ``date.isoformat`` formats through ``PyUnicode_FromFormat`` (~4.5k instructions a call, ~0.13M
# an article on the benchmark articles, compiled)
_ISO: Final[Memo[dt.date, str]] = Memo(_iso)


def _event(doc: Doc, s: SentenceCtx, group: list[Candidate], best: Candidate, dated: dating.Dated,
           spans: list[arguments.ActorSpan], kinds: set[str], fam: str, cache: dict[str, Any],
           taken: frozenset[int] = frozenset()) -> Event:
    date, tprec = dated
    args = arguments.assign_actors(s, best, group, spans, doc)
    if fam == "protest":
        args.actor1 = _chanting_crowd(doc, best, args.actor1) or _crowd_that_went_out(doc, best, group, args.actor1) \
            or _stagers_not_the_place(doc, best, group, spans, args.actor1) \
            or _staging_crowd(doc, best, group, spans, args.actor1) or args.actor1
    local_kinds = set(kinds)
    if fam == "protest" and any(c.trigger.mode == ARREST_MODE for c in group):
        local_kinds.add("intervention")
        args = _arrested_by(doc, s, group, spans, args)
    if fam == "protest" and any(c.trigger.mode == "casualty" and not _grievance(c) and not _displayed(c)
                                for c in s.candidates if not c.veto):
        if any(x.role == "protester" for x in spans):
            local_kinds.add("killed_protesters")
    if fam == "protest" and any((v := _crowd_verb(c)) is not None and (_violent_deeds(s, v, c) or _undertook_deed(s, v, c))
                                for c in group):
        local_kinds.add(acled.VIOLENT_CROWD)  # «اقتحم متظاهرون مبنى البرلمان»: the crowd stormed it
    if fam == "protest":
        force = _force_clashed(group, spans)
        if force is not None:
            local_kinds.add("intervention")
            if args.actor2 is None:
                args.actor2 = force.actor
        elif args.actor2 is None:
            args.actor2 = _force_stoned(group, spans)
        args = _crowd_no_actor2(s, spans, args)
    if fam == "violence":
        args = _protesters_hit(s, group, spans, _fired_to_disperse(s, best, spans, args))
    typing = acled.decide(best, group, local_kinds, args.actor1, args.actor2)
    if fam == "violence" and typing.sub_event_type == "Armed clash":
        throw = _stone_throwers(s, best)
        if throw is not None:
            typing, args = _as_riot(doc, s, throw, spans, args)
        elif (best.trigger.mode == "clash" or (args.actor1 is not None and args.actor1.inter in CROWD_INTER)) \
                and _crowd_side(args) is not None:
            # «مثيري الشغب هاجموا مركزا للشرطة»: a crowd that attacks is no armed group either
            typing, args = _protesters_clash(args, typing.plover)
    if typing.sub_event_type == _DESTRUCTION and args.actor1 is not None and args.actor1.inter in CROWD_INTER:
        # «وأضرم آلاف المتظاهرين النيران في ... مراكز للشرطة»: a crowd's destruction is a violent
        # demonstration (ACLED), its target no side
        typing = acled.Typing("Riots", "Violent demonstration", typing.plover)
        args = arguments.Arguments(args.actor1, None, args.assoc, args.spans)
    if typing.event_type == _RIOTS and args.actor1 is not None and args.actor1.name.startswith(_PROTESTERS):
        # «تظاهر مئات ... قبل أن يتوجه عدد من المحتجين إلى منزل عميد البلدية ويضرموا النار فيه»:
        # ACLED names the crowd of a riot rioters, whatever the report called them
        rioters = _crowd_actor("rioter", args.actor1.text, args.actor1.country)
        if rioters is not None:
            args = arguments.Arguments(rioters, args.actor2, args.assoc, args.spans)
    if typing.sub_event_type == EXCESSIVE_FORCE:
        args = _force_first(args)
    fat = arguments.fatalities(doc, s, group, kinds, taken) if fam in {"violence", "protest"} else None
    if fat is None and fam == "violence" and arguments.assassinated_one(s, group):
        fat = 1  # «اغتيال الناشط حسين العطار»: one named man killed
    if fam == "protest" and typing.sub_event_type == "Peaceful protest" or typing.sub_event_type == _DISRUPTED and fat:
        # (a weapon disrupted killed no one: «أسقطت طائرة مسيرة ...، مشيرة إلى مقتل 6 من
        # عناصرها» counts the fighting's dead, which the claims keep)
        fat = None
    if arguments.campaign_sized(s, fat):
        cache.setdefault(coref.CAMPAIGN_TOLL, set()).add(best.start)
    made: dict[tuple[int, int], Span] = cache.setdefault("spans", {})
    location = arguments.location(doc, s, group, cache, arguments.actor_base(s, spans, args.actor2))
    if fam == "protest" and location is not None and location.geo_precision == _REGION_PRECISION:
        location = _seat_of_office(doc, s, location) or location
    if args.actor1 is None and typing.event_type in _CROWD_ROLES and typing.sub_event_type != EXCESSIVE_FORCE:
        args.actor1 = _the_crowd(doc, best, group, typing.event_type, location)
    if typing.event_type in _CROWD_ROLES and typing.sub_event_type != EXCESSIVE_FORCE:
        args = _organisation_behind(doc, best, group, args, spans, typing.event_type, location)
        args = _civilians_as_crowd(doc, args, spans, typing.event_type, location)
    if typing.sub_event_type == _REGAINS and location is not None and args.actor1 is not None \
            and args.actor1.country and location.country == doc.country and args.actor1.country != location.country:
        # ACLED: a foreign state's forces that take ground overtake it, as a non-state actor
        # would (Israel's army in a Syrian village; Russia's in Ukraine): no government regains.
        # Only where the report is set: elsewhere the force's country may be the focus's guess
        typing = acled.Typing(typing.event_type, "Non-state actor overtakes territory", typing.plover)
    if typing.sub_event_type == _SHELLING and _struck_from_afar(args.actor1, location):
        # «قصفت إسرائيل ميناء الحديدة»: no gun reaches Yemen from Israel; its aircraft did
        typing = acled.Typing(typing.event_type, _AIR_STRIKE, typing.plover)
    if location is not None:
        args.actor1 = arguments.local_generic(doc, args.actor1, location.country)
        args.actor2 = arguments.local_generic(doc, args.actor2, location.country)
    if typing.sub_event_type == _DISRUPTED and args.actor2 is None and args.actor1 is not None \
            and any(c.key in PARRIED_IT for c in group):
        # «أطلق الحوثيون صاروخاً باليستياً ...، وقال الجيش الإسرائيلي إنه اعترضه»: the side that
        # launched the weapon the group names before the interception
        launch = min((c.tok for c in group if c.trigger.mode in _WEAPON_MODES), default=-1)
        launchers = [x for x in spans if x.tok < launch and x.role == "armed" and x.actor.name != args.actor1.name]
        if launchers:
            args.actor2 = launchers[-1].actor
    if typing.sub_event_type == _AIR_STRIKE:
        # «أعلنت وزارة الداخلية العراقية مقتل ثلاثة إرهابيين بضربة جوية نفذتها طائرات F-16»: the
        # ministry announces, the air force strikes (police fly no warplanes)
        args.actor1 = arguments.air_force_for(args.actor1)
    evidence = [_span(made, best.start, best.end)]
    evidence += [_span(made, c.start, c.end) for c in sorted(group, key=lambda c: c.start) if c is not best]
    evidence += [_span(made, a, b) for a, b in (args.spans or [])]
    evidence.append(_span(made, s.span.start, s.span.end))
    return Event(
        event_type=typing.event_type,
        sub_event_type=typing.sub_event_type,
        plover_type=typing.plover,
        actor1=args.actor1,
        actor2=args.actor2,
        assoc_actors=args.assoc or [],
        location=location,
        event_date=_ISO[date] if date is not None else None,
        time_precision=tprec if date is not None else 3,
        fatalities=fat,
        source=arguments.source(doc, best),
        evidence=evidence,
        confidence=round(max(c.prob for c in group), 3),
    )


def stages() -> list[Any]:
    from hadath.pipeline import FunctionStage

    return [FunctionStage("events", annotate, frozenset({"events"}), frozenset({"sentences", "tokens"}))]
