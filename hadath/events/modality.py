"""Hard modality rules: triggers that cannot report a real, specific happening.

The classifier (:mod:`hadath.events.model`) weighs soft evidence; these rules veto a trigger
outright when the grammar leaves no doubt, so that the detector stays right on text unlike
its training data:

* negation right before the trigger: «لم تقصف»، «لن ننسحب»
* denial governing it: «نفت الشرطة مقتل ...», anywhere in its clause
* a count left untold: «من دون أن تذكر عدد قتلى الجيش» tells no dead (nor whose they are)
* future: «سيقتحمون»، «سوف تنسحب»، «يعتزم الجيش اقتحام»
* intention: «يسعى الجيش إلى استعادة الخرطوم»، «تهدف العملية إلى السيطرة على ...»
* hypotheticals: «إذا هاجمت»، «لو انسحب»، «في حال اندلعت اشتباكات»
* questions: «هل قصفت ...؟»
* condemnation, threat, trial, anniversary and call nouns/verbs governing it:
  «أدانت الهجوم»، «هدد بقصف»، «قضية اغتيال»، «ذكرى اغتيال»، «دعا إلى التظاهر»; a verb of
  accusing governs its whole clause: «واتهم الأربعة الآخرون بأنهم ... أقدموا على تفجير سيارة
  مفخخة استهدفت موكب ...» tells a charge, however long the charge sheet
* accidents: «انفجار إطار»، «حادث سير»، and deaths in the same clause as one
* weapons that were disrupted: «فككت قوات الأمن عبوة ناسفة»
* a withdrawal told by where it went: «انسحبوا باتجاه سلسلة جبال حمرين» (ACLED's transfer of
  territory needs ground left: «انسحبوا من القرية»)
* weapons named as what a store or launcher holds: «تدمير منصتين لإطلاق الصواريخ»، «مخزنا
  للأسلحة والطائرات المسيرة» (the target of another event, not a firing)
* words inside an organisation's name (from NER): «حركة تحرير السودان»، «التجمع الشبابي»
* attacks counted in tens or more: «شهدت أفغانستان حوالي 140 هجوما انتحاريا» (a tally)
* operations summed over weeks, months or years: «ارتكبت عمليات قتل واسعة ... خلال الأشهر الستة
  الماضية» (a summary of many happenings, which ACLED codes one by one)
* what an inquiry looks into: «فتحت الشرطة تحقيقا في الهجوم» (the inquiry is the news)
* a happening its clause dates to the last century: «في سنة 1978، تم اغتيال ...»، «في
  الثمانينات» (history; not «منذ عام 1990», a comparison)
* an ability: «طائرة قادرة على مهاجمة السفن»، «بإمكانه شن هجمات» (what can be done, not what was)
* an indefinite happening a modal or an ability follows: «ضربات جوية يمكن أن تستهدف مطارات»،
  «مواجهات قد تكون مدمرة»، «طائرة بدون طيار قادرة على مهاجمة السفن» (a possibility; the definite
  «الهجوم قد يكون الأعنف» comments on one that happened)
* an attack as the purpose of something else: «لشن هجوم»، «لتفجير سيارة مفخخة»، «خططت لاغتيال»
* a protest lodged with a government: «احتجت مصر رسمياً أمس لدى إيران»، «قدمت الخارجية احتجاجا
  رسميا»، «مذكرة احتجاج» (diplomacy, not a demonstration)
* hostages freed: «حررت القوات الرهائن»، «أسفرت عن تحرير ثلاثة رهائن» (no ground taken)
* an attack ranked in a series by a demonstrative sentence: «وهذا ثالث هجوم انتحاري في كابل
  خلال أسبوع» (the attack told before, counted)
* a happening named as what would be repeated or is likened to (cues.tsv kind ``repeat``):
  «يخشى مراقبون ... تكرار مجازر الجنينة، حيث قتل ما بين 10 آلاف و15 ألف شخص»، «على غرار هجمات
  سبتمبر» recall a past happening, and so does the «حيث/حين/عندما» clause that tells it

Each rule returns the reason, kept on the candidate for debugging and tests.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from hadath.bisects import bisect_left
from hadath.events.context import Candidate, Cue, SentenceCtx
from hadath.events.lexicon import (
    ARREST_MODE,
    DRONE_WORDS,
    DROP_VERBS,
    HE_THAT,
    PARRY_VERBS,
    PROTEST_VERBS,
    QAD,
    RELATIVE_PRONOUNS,
    SINCE_STARTS,
    THE_WOUNDED,
)
from hadath.lexicon.actors import STATE_INTER
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.mentions import NOMINAL_ORIGINS, Mention
from hadath.paths import package_dir
from hadath.text.normalize import normalize_key
from hadath.text.recency import SINCE, comparison_words

# (cue kind, how many tokens before the trigger it may sit, plover types it vetoes or None for all)
_BEFORE_RULES: Final[tuple[tuple[str, int, frozenset[str] | None], ...]] = (
    ("negation", 2, None),
    ("denial", 7, None),
    ("unstated", 4, None),  # «من دون أن تذكر عدد قتلى الجيش»: the dead are not told, nor whose
    ("future", 3, None),
    ("intent", 3, None),
    ("hypothetical", 8, None),
    ("condemn", 5, None),
    ("trial", 3, None),
    ("anniversary", 4, None),  # «بعد مرور عام على اتفاق وقف إطلاق النار»: four words to the trigger
    ("threat", 4, frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT"})),
    ("call", 3, frozenset({"PROTEST", "AGREE", "CONSULT", "RETREAT", "CONCEDE"})),
    ("ability", 3, None),  # «طائرة قادرة على مهاجمة السفن»، «بإمكانه شن هجمات»: what can be done
)
_RULE_OF_KIND: Final = {kind: (reach, types) for kind, reach, types in _BEFORE_RULES}  # one rule per kind
_MODALS: Final = frozenset(normalize_key(w) for w in ("يمكن", "ربما", "سوف"))  # after an indefinite trigger: a possibility
_TO_BE: Final = frozenset(normalize_key(w) for w in ("يكون", "تكون"))
_MODAL_REACH: Final = 1  # words (an adjective) between the trigger and its modal, at most
_ARTICLE: Final = "\u0627\u0644"  # ال
_POSSIBLE_TYPES: Final = frozenset({"ASSAULT", "PROTEST"})
SCATTERED_VETO: Final = "scattered"  # a count summed over scattered happenings (:func:`_scattered_toll`)
JOY_VETO: Final = "joy"  # cues.tsv kind: a crowd out to celebrate («احتفالاً»، «ابتهاجاً»)
_JOY_AFTER: Final = 8  # words from a crowd's trigger to the celebration that says why it gathered
_JOY_BEFORE: Final = 3  # «للاحتفال ... تجمع»: the celebration named first
AUDIENCE_VETO: Final = "audience"  # cues.tsv kind: a crowd come to watch, cheer, welcome or visit («متفرج»، «المشجعين»)
_AUDIENCE_REACH: Final = 8  # words from a verb of gathering to the audience that gathered («تجمع في الملعب أكثر من خمسين ألف متفرج»)
_VETO_KINDS: Final = frozenset(_RULE_OF_KIND) | {"accident", "equipment", "habitual", "scattered", "overflight", JOY_VETO,
                                                  AUDIENCE_VETO}  # cues.tsv kinds a veto reads
# tokens after a noun trigger within which its habitual adjective may sit («القصف المتكرر»،
# «الغارات الإسرائيلية اليومية»: one adjective between)
_HABITUAL_REACH: Final = 1
_EQUIPMENT_REACH: Final = 6  # tokens from «معززة»/«برفقة»/«منصتين لإطلاق» to the weapon it lists
OVERFLIGHT_VETO: Final = "overflight"  # cues.tsv kind: aircraft flying, not striking
_OVERFLIGHT_REACH: Final = 3  # «تحليق [مكثف] لطائرات مسيرة»: the aircraft right after the flight
_WEAPON_MODES: Final = frozenset({"explosives", "heavy-weapons", "aerial", "suicide", "grenade", "chemical"})
# tokens from a disrupting word to the weapon it disrupted: «فككت قوى الأمن الداخلي (الأسايش)
# عبوة ناسفة» puts the force's name and its bracketed short name (brackets are tokens) between
_DISRUPT_REACH: Final = 8
# an incursion (triggers.tsv advance) is how the deed told after it in the sentence was done, not
# ground taken: «توغلت قوة إسرائيلية ... واعتقلت ثلاثة رعاة» (ACLED codes the arrests)
_INCURSION: Final = frozenset(normalize_key(w) for w in ("توغل", "توغلت", "توغلوا", "توغلا"))
_INCURSION_DEEDS: Final = frozenset({"arrest", "abduct", "raid", "destroy", "demolish"})
_INCURSION_REACH: Final = 20  # tokens from the incursion verb to the deed verb («... في قرية ...، واعتقلت»)
# «إبان سيطرة التنظيم»، «طوال فترة احتلالها»، «خلال سيطرته»: the control is the time frame of
# something else (a massacre found, a life recalled), not ground taken now. «خلال/أثناء» only
# with a possessed noun (control by someone named before): «خلال سيطرة القوات على البلدة» may
# tell today's taking.
_PERIOD: Final = frozenset(normalize_key(w) for w in ("إبان", "ابان", "طوال", "طيلة", "فترة", "سنوات", "عهد", "زمن"))
_DURING: Final = frozenset(normalize_key(w) for w in ("خلال", "أثناء"))
_POSSESSED: Final = ("\u0647", "\u0647\u0627", "\u0647\u0645")  # ه ها هم: «سيطرته»، «احتلالها»
_PERIOD_REACH: Final = 12  # words from an attack to the control period after it in its clause
# direction words right after a withdrawal: where the withdrawers went, not what they left
_TOWARD: Final = frozenset({"\u0628\u0627\u062a\u062c\u0627\u0647", "\u0646\u062d\u0648", "\u0627\u0644\u064a"})  # باتجاه نحو الى
_DAWN: Final = frozenset({"\u0641\u062c\u0631", "\u0627\u0644\u0641\u062c\u0631"})  # فجر الفجر
_DAWN_ADVERB: Final = frozenset(normalize_key(w) for w in ("فجرا", "فجراً"))
# prepositions that may follow «فجرا» (at dawn); a time word after it (cues.tsv kind time: «أمس»، «يوم
# الجمعة»، «صباح») is read from the sentence's cues (:func:`_time_at`)
_AFTER_ADVERB: Final = frozenset(normalize_key(w) for w in ("في", "على", "من", "قرب", "بعد", "قبل"))
_SIN: Final = "\u0633"
_PRESENT: Final = frozenset("\u064a\u062a\u0646")  # ي ت ن
_QUESTION: Final = frozenset({"?", "\u061f"})
_ORG: Final = "ORG"
# verbs of accusing among the trial cues (cues.tsv), and denials: what follows them up to a
# comma is the charge or what is denied, however far the deed stands from the verb («نفت قوات
# الدعم السريع في بيان نشرته على منصة «تلغرام» استهداف المدنيين»). On the training part of the
# gold data, triggers 4-20 words after an accusing verb in its clause are in 0 yes, 13 easy no
# and 2 difficult no sentences, and 8-20 words after a denial in 0 yes and 4 easy no; the
# trial (3 words) and denial (7) reaches caught none of them. Calls govern what they call for
# alike: PROTEST triggers 4-20 words after a call word (not «طالب», not after a relative
# pronoun) are in 0 yes, 5 easy no and 3 difficult no sentences.
_ACCUSE: Final = frozenset(normalize_key(w) for w in ("اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا", "يتهمون"))
_CLAUSE_REACH: Final = 20
# «طالب» is also a student; the relative pronouns before a call that a noun told already
_STUDENT: Final = frozenset({normalize_key("طالب")})
_COMMAS: Final = frozenset({",", "\u060c"})  # , ،
# nouns and verbs of attempting among the attempt cues (cues.tsv; not «فاشلة», which follows)
_ATTEMPT_WORDS: Final = frozenset(normalize_key(w) for w in (
    "محاولة", "محاولات", "محاولته", "محاولتها", "محاولتهم", "حاول", "حاولوا"))
_ATTEMPT_REACH: Final = 2  # «محاولة اغتيال»، «بمحاولة شن هجوم»
# verbs of suffering or surviving an attempt (the attack took place), and their clitic-bearing forms
_SURVIVE: Final = frozenset(normalize_key(w) for w in (
    "تعرض", "تعرضت", "تعرضوا", "تعرضه", "تعرضها", "نجا", "نجت", "نجوا", "ينجو", "تنجو", "نجاة", "نجاته", "نجاتها"))
_CONJ_CHARS: Final = "\u0648\u0641"  # و ف
_SURVIVE_REACH: Final = 20  # «نجا قائد قوات الحزام الأمني في مديرية المنصورة، صباح اليوم الأحد، من محاولة اغتيال»:
# the survivor with his post, the place and the day stand between (commas are tokens)
# temporal «after» words among the after cues (cues.tsv kind after; not the causal «جراء، بسبب»)
_AFTER_WORDS: Final = frozenset(normalize_key(w) for w in ("بعد", "إثر", "عقب", "غداة"))
_AFTER_REACH: Final = 3  # «بعد أن خطف»، «بعد يوم من مقتل»; further on, up to a comma in its clause
# «بعد ظهر أمس»، «بعد منتصف الليل»، «بعد حلول الظلام» are times of day, «وبعد ذلك انفجرت» is «then»
_NOT_GOVERNED: Final = frozenset(normalize_key(w) for w in (
    "ظهر", "الظهر", "منتصف", "الظهيرة", "حلول", "ذلك", "هذا", "ذاك", "قليل"))
_REPEAT_REACH: Final = 3  # «تكرار سيناريو مجزرة»: words from a repetition word to the happening it names
_RECALL_CLAUSE_REACH: Final = 8  # «تكرار مجازر الجنينة، حيث قتل»: to the verb of the clause telling it
_WHERE_WHEN: Final = frozenset(normalize_key(w) for w in ("حيث", "حين", "عندما"))
_TALLY_MODES: Final = frozenset({"attack", "suicide"})  # attack nouns a tally counts (see :func:`_tallied`)
_TALLY_MIN: Final = 10
# the last century (see :func:`_past_era`): decades, and the words a year 19xx follows
_DECADES: Final = frozenset(normalize_key(w) for w in (
    "الخمسينات", "الستينات", "السبعينات", "الثمانينات", "التسعينات",
    "الخمسينيات", "الستينيات", "السبعينيات", "الثمانينيات", "التسعينيات"))
_YEAR_WORDS: Final = frozenset(normalize_key(w) for w in ("عام", "العام", "سنة", "في", "خلال"))
_NOT_ERA: Final = frozenset(normalize_key(w) for w in ("منذ", "مواليد", "المولود", "المولودة", "ولد", "ولدت"))
_AGE: Final = normalize_key("عمر")  # «في الثمانينات من عمره»
# investigation words whose object («في، حول، بشأن» ...) a happening is (see :func:`_investigated`)
_INQUIRY: Final = frozenset(normalize_key(w) for w in (
    "تحقيق", "التحقيق", "تحقيقا", "تحقيقات", "التحقيقات", "للتحقيق", "بالتحقيق", "تحقيقه", "تحقيقها",
    "يحقق", "تحقق", "يحققون", "يتحرى", "تتحرى", "التحري", "التحريات", "تحريات"))
_ABOUT: Final = frozenset(normalize_key(w) for w in ("في", "حول", "بشأن", "بخصوص"))
# every norm :func:`_strip_wa` may bring to an :data:`_INQUIRY` word (the word, and it after «و» or
# «ف»): a window none of whose norms is here holds no investigation word
_INQUIRY_FORMS: Final = _INQUIRY | frozenset(ch + w for ch in _CONJ_CHARS for w in _INQUIRY)
_INQUIRY_ADJECTIVES: Final = 3  # words between the investigation word and «في» («التحقيقات القضائية والأمنية في»)
_INQUIRY_REACH: Final = 20  # words from the investigation word to the happening, at most (as a denial's, _CLAUSE_REACH)
# plural nouns of repeated operations a happening noun follows: «عمليات قتل»، «حملات اعتقال»
_MASS: Final = frozenset(normalize_key(w) for w in (
    "عمليات", "العمليات", "حملات", "الحملات", "موجة", "موجات", "سلسلة", "أعمال"))
# a span of time: «خلال»، «على مدى»، «على مدار»، «طوال»، «طيلة» before a plural unit of weeks or
# more («خلال الأشهر الستة الماضية»، «على مدى أسابيع»); «منذ بداية العام»، «منذ مطلع الشهر»
_SPAN: Final = frozenset(normalize_key(w) for w in ("خلال", "مدى", "مدار", "طوال", "طيلة"))
# every norm :func:`_strip_wa` may bring to «منذ» or a :data:`_SPAN` word (:func:`_period_toll`)
_PERIOD_FORMS: Final = frozenset({SINCE} | _SPAN | {ch + w for ch in _CONJ_CHARS for w in _SPAN | {SINCE}})
_LONG_UNITS: Final = frozenset(normalize_key(w) for w in (
    "أسابيع", "الأسابيع", "أشهر", "الأشهر", "شهور", "الشهور", "سنوات", "السنوات", "أعوام", "الأعوام"))
_SUMMARY_REACH: Final = 12  # words from the happening noun to the span of time, either side, in its clause
# a running toll (see :func:`_period_toll`): what «منذ» opens when it starts a period of the
# calendar or of a war («منذ بداية العام»، «منذ اندلاع النزاع»، «منذ الغزو»، «منذ عام 2004»), and
# the units of a month or more that «خلال، طوال ...» span («خلال الشهر الماضي»، «خلال العام»)
_SINCE_OUTBREAK: Final = frozenset(normalize_key(w) for w in (
    "اندلاع", "انطلاق", "الغزو", "غزو", "الاحتلال", "احتلال", "سقوط", "انهيار", "الحرب", "انتهاء", "نهاية"))
_YEAR_OPENERS: Final = frozenset(normalize_key(w) for w in ("عام", "العام", "سنة", "السنة"))
_MONTH_UNITS: Final = frozenset(normalize_key(w) for w in (
    "الشهر", "شهر", "الشهرين", "شهرين", "العام", "عام", "السنة", "سنة", "العامين", "السنتين")) | _LONG_UNITS
_TOLL_MODES: Final = frozenset({"casualty", "abduct"})
_TOLL_COUNT_REACH: Final = 3  # words between the death word and its count («قتل أكثر من ألفي مدني»)
_WAR_TOLL: Final = 10000  # «أسفرت الحرب عن مقتل عشرات الآلاف»: a war's toll, however the period is told
_COMPARE_REACH: Final = 5  # «أعنف هجوم انتحاري يشهده البلد منذ»: as recency's comparison reach
# a denial of a link to the deed («نفت كتائب حزب الله أي علاقة لها بهجوم بطائرة مسيرة استهدف
# قاعدة عين الأسد») denies the link, not the deed: past such a word the clause is not denied
_LINKS: Final = frozenset(normalize_key(w) for w in (
    "علاقة", "علاقته", "علاقتها", "علاقتهم", "صلة", "صلته", "صلتها", "صلتهم", "مسؤولية", "مسؤوليته",
    "مسؤوليتها", "مسؤوليتهم", "تورط", "تورطه", "تورطها", "تورطهم"))


# verbal nouns of attacking or of carrying out, as they follow the «ل» of purpose («لشن هجوم»,
# «لتفجير سيارة مفخخة»، «خططت لاغتيال الرئيس»، «للقيام بعمليات انتحارية»)
_PURPOSE_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "شن", "تنفيذ", "قيام", "تفجير", "اغتيال", "استهداف", "مهاجمة", "قصف", "اقتحام", "ضرب", "خطف", "اختطاف"))
_PURPOSE_REACH: Final = 2  # «لتنفيذ «عمل إرهابي»»: a quotation mark may stand between it and the attack noun
_LAM: Final = "\u0644"  # ل
_OBJECT_PRONOUNS: Final = ("\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647")  # هما هم ها ه
# verbs and nouns of result before a «ل» verbal noun: «مما أدى لقتل ...»، «نتيجة لاستهداف منزلهم»
# tell what happened; and verbal
# nouns of carrying out with their doer, after which «ل» marks the object («تنفيذه لاغتيال
# الوزير»: his carrying out of the killing)
_RESULT: Final = frozenset(normalize_key(w) for w in (
    "أدى", "أدت", "ادى", "ادت", "يؤدي", "تؤدي", "أديا", "نتيجة", "ونتيجة",
    "شنه", "شنها", "شنهم", "تنفيذه", "تنفيذها", "تنفيذهم"))
# ordinals before an attack noun, and the demonstratives or pronouns whose predicate they open
# («وهذا هو رابع هجوم»، «وهو ثاني هجوم»)
_ORDINALS: Final = frozenset(normalize_key(w) for w in (
    "أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "آخر"))
_DEMONSTRATIVES: Final = frozenset(normalize_key(w) for w in ("هذا", "هذه", "هو", "هي", "وهذا", "وهذه", "وهو", "وهي"))
_RANK_REACH: Final = 2  # «وهذا هو رابع»: the demonstrative and a pronoun before the ordinal
_RANKED_REACH: Final = 5  # «رابع هجوم انتحاري بسيارة مفخخة»: words from the ordinal to a trigger describing the attack
# a protest lodged with a government: the verb «احتج» and the noun «احتجاج» (normalised stems),
# «لدى» (with) after the verb, «رسمي» (official) after either, «مذكرة» (a note) before the noun
_LODGE_NOUNS: Final = frozenset(normalize_key(w) for w in ("احتجاج", "احتجاجا", "احتجاجه", "احتجاجها", "احتجاجات"))
_WITH: Final = normalize_key("لدى")
_OFFICIAL: Final = frozenset(normalize_key(w) for w in ("رسميا", "رسمي", "الرسمي", "رسمية"))
_OFFICIALLY: Final = normalize_key("رسميا")  # the adverb «رسمياً» (the tanwin is dropped by normalisation)
_NOTES: Final = frozenset(normalize_key(w) for w in ("مذكرة", "مذكرات", "رسالة"))
_LODGE_REACH: Final = 6  # «احتجت وزارة الخارجية المصرية رسميا أمس لدى إيران»: the protester and a day between
# hostages and captives a retaking word may free
_CAPTIVES: Final = frozenset(normalize_key(w) for w in (
    "رهائن", "الرهائن", "رهينة", "الرهينة", "رهينتين", "الرهينتين", "رهينتان", "الأسرى", "أسرى", "الأسيرين", "أسيرين", "المحتجزين", "محتجزين", "المختطفين", "مختطفين", "المخطوفين"))
_RESCUE_REACH: Final = 3  # «تحرير ثلاثة رهائن»، «حررت اسرائيل الرهائن»: a count or the doer may stand between
_WITHDRAWERS_REACH: Final = 2  # words of the withdrawers' own name between the verb and «باتجاه»
_FROM: Final = "\u0645\u0646"  # من: «انسحبوا من القرية» names the ground left


def _toward_after(norms: list[str], i: int) -> bool:
    """Does a direction word («باتجاه»، «نحو»، «إلى») follow the withdrawal verb ending at token
    ``i``, right away or after its subject («قبل أن ينسحب الباقون باتجاه»، «انسحب مقاتلو التنظيم
    نحو»), with no «من» (ground left) before it?"""
    for k in range(i, min(len(norms), i + 1 + _WITHDRAWERS_REACH)):
        w = norms[k]
        if w in _TOWARD:
            return True
        if w == _FROM or not w[:1].isalpha():
            return False
    return False


# heads of places and buildings named after a word («ساحة التحرير»، «ميدان الثورة»، «جسر الشهداء»)
_NAME_HEADS: Final = frozenset(normalize_key(w) for w in (
    "ساحة", "ميدان", "شارع", "جسر", "دوار", "مستشفى", "مدرسة", "جامعة", "مسجد", "جامع", "حي", "مخيم",
    "نصب", "مجمع", "مطار", "ملعب", "فندق", "سوق", "مركز", "قاعة"))
_CLITIC_LETTERS: Final = "\u0648\u0641\u0628\u0644\u0643"  # و ف ب ل ك


# a funeral's words before the dead it buries: the dead are a happening's told elsewhere
_MOURNED: Final = frozenset(normalize_key(w) for w in (
    "جثامين", "جثمان", "جثماني", "جنازة", "جنازات", "تشييع", "شيع", "شيعت", "وشيع", "وشيعت", "شيعوا",
    "وتشييع", "لتشييع", "دفن", "ودفن", "مراسم"))
_MOURNED_REACH: Final = 2  # «جثامين القتلى»، «تشييع جثامين الضحايا»: tokens from the funeral word


def _name_head(norm: str) -> bool:
    """Is ``norm`` (a proclitic or two aside: «وبساحة») the head of a named place?"""
    for _ in range(3):
        if norm in _NAME_HEADS:
            return True
        if len(norm) < 4 or norm[0] not in _CLITIC_LETTERS:
            return False
        norm = norm[1:]
    return False


_EXPLOSIVES: Final = "explosives"
_DISPERSAL: Final = "dispersal"
_DISPERSAL_MODES: Final = frozenset({_EXPLOSIVES, "firearms"})


def _means_of_dispersal(s: SentenceCtx, c: Candidate) -> bool:
    """Is the bomb or bullet word a means of dispersing a crowd: a dispersal cue (cues.tsv) that
    opens on the word («الرصاص المطاطي»، «قنابل الغاز»), or for a bomb word right after it
    («قنابل مسيلة للدموع»، «قنابل الغاز المسيل للدموع»: canisters of tear gas)?"""
    last = c.tok_end if c.trigger.mode == _EXPLOSIVES else c.tok
    return any(k.kind == _DISPERSAL and c.tok <= k.tok <= last for k in s.cues)


def veto(c: Candidate) -> str | None:
    """Why ``c`` cannot be a real, specific happening, or None."""
    s = c.sent
    if _SIN in c.prefix and c.key[:1] in _PRESENT:
        return "future"
    orgs, cues = _veto_index(s)
    for m in orgs:
        if m.start < c.start and (c.end < m.end or c.end == m.end and (
                m.origin not in NOMINAL_ORIGINS or getattr(m.actor, "inter", None) == STATE_INTER)):
            # «الجبهة الشعبية لتحرير فلسطين» names a group, it reports no liberation; «قوات
            # مكافحة الشغب» (its last word) names a force, not a riot (but a common noun for
            # an attacker may end in its trigger: «مهاجم انتحاري»; one for state forces not)
            return "name"
    if c.tok > 0 and c.key.startswith(_ARTICLE) and not c.prefix and _name_head(s.norms[c.tok - 1]):
        return "name"  # «في ساحة التحرير»، «شارع الثورة»، «مستشفى الشهداء»: a place named by the word
    if c.trigger.mode == "casualty" and c.trigger.pos == "noun" and any(
            s.norms[k] in _MOURNED for k in range(max(0, c.tok - _MOURNED_REACH), c.tok)):
        return "funeral"  # «وشيّع المئات جثامين القتلى الثلاثة»: the dead of a happening told before
    clause = c.clause
    if c.trigger.mode == "territory" and _frees_people(s, c):
        return "rescue"  # «حررت قواته 25 طالباً كانوا قد خطفوا»: captives freed, no ground taken
    if c.trigger.mode == "abduct" and any(o.trigger.mode == "territory" and o.tok < c.tok and _frees_people(s, o)
                                          for o in s.candidates):
        return "rescued"  # «... كانوا قد خطفوا من مدرستهم»: how the freed were taken, told before
    if s.norms[c.tok] in _ATTACK_VERBS and _attacked_in_words(s, c):
        return "verbal"  # «هاجم الرئيس ترامب وسائل الإعلام في تغريدة»: words, no violence
    if c.trigger.mode == "abduct" and _counted_dead_hostages(s, c):
        return "dead hostages"  # «مؤكدا مقتل 21 رهينة وأربعة جنود»: who died, no abduction told
    if c.trigger.mode == "destroy" and _own_weapons(s, c):
        return "disarmed"  # «أحرق نحو 30 مقاتلا من حزب العمال الكردستاني أسلحتهم»: no one's property destroyed
    if c.trigger.mode in _DISPERSAL_MODES and _means_of_dispersal(s, c):
        return "dispersal"  # «قنابل الغاز المسيل للدموع»، «الرصاص المطاطي»: no bombing, no live fire
    if c.trigger.mode == "disrupt" and _drone_drop(s, c) is not None:
        return "dropped"  # «أسقطت مسيرة أوكرانية عبوة ناسفة»: the drone dropped a bomb, none was downed
    # verbs of air defence disrupt only a weapon after them; else they block a road or a convoy
    # («اعترضت سيارة موكب النائب») or meet an attack («تصدت القوات لهجوم»)
    if c.trigger.mode == "disrupt" and c.key in PARRY_VERBS and not any(
            o.trigger.mode in _WEAPON_MODES and o.clause == clause and 0 < o.tok - c.tok <= _DISRUPT_REACH
            for o in s.candidates):
        return "unarmed"  # «اعترضت سيارة موكب النائب»، «تصدت القوات لهجوم»: no weapon was disrupted
    if c.trigger.plover == "PROTEST" and c.tok > 0 and _drops_from_aircraft(s, c.tok - 1):
        return "aircraft"  # «أسقطت مسيرة ...»: a drone, not a march
    if s.norms[c.tok] in _DAWN_ADVERB and c.tok_end == c.tok + 1 and (
            c.tok_end == len(s.norms) or not s.alpha[c.tok_end] or s.norms[c.tok_end] in _AFTER_ADVERB
            or _time_at(s, c.tok_end)
            or s.norms[c.tok_end][:1] == "\u0648"):
        return "dawn"  # «هاجموا القاعدة فجرا، وقتلوا ...»: at dawn; «فجرا نفسيهما» has its object next
    if c.key in _DAWN and c.tok_end < len(s.norms):
        if _time_at(s, c.tok_end):
            return "dawn"  # «فجر اليوم»، «فجر الجمعة»: dawn, not «فجّر» (blew up)
    if c.trigger.plover == "AGREE" and _per_agreement(s, c):
        return "reference"  # «على أن تنتهي هذه المهمة وفق اتفاق بين بغداد وواشنطن»: one in force
    if c.trigger.plover == "PROTEST" and _lodged(s, c):
        return "diplomatic"  # «احتجت مصر رسمياً أمس لدى إيران على سماح السلطات ...»
    if c.trigger.plover == "PROTEST" and _scheduled(s, c, cues):
        return "scheduled"  # «أعلنت التنسيقية خوض إضراب وطني ابتداء من الاثنين المقبل»
    if c.trigger.mode == "territory" and _frees_captives(s, c):
        return "rescue"  # «فقد حررت اسرائيل الرهائن من طائرة سابينا»: people freed, no ground taken
    if c.trigger.mode == "abduct" and any(o.trigger.mode == "territory" and 0 < c.tok - o.tok_end + 1 <= _RESCUE_REACH
                                          and _frees_captives(s, o) for o in s.candidates):
        return "rescue"  # «أسفرت عن تحرير ثلاثة رهائن»: the abduction is the freed hostages' past
    if c.trigger.mode == "territory" and c.key in _INCURSION and any(
            o.trigger.mode in _INCURSION_DEEDS and o.trigger.pos == "verb" and 0 < o.tok - c.tok <= _INCURSION_REACH
            for o in s.candidates):
        return "incursion"  # «توغلت قوة إسرائيلية في قرية ...، واعتقلت ثلاثة رعاة»: the arrests are the news
    if c.trigger.mode == "territory" and _control_period(s, c):
        return "during"  # «خلال سيطرته على المنطقة»: a period, not a taking
    if c.trigger.plover == "ASSAULT" and any(
            o.trigger.mode == "territory" and o.clause == c.clause and 0 < o.tok - c.tok <= _PERIOD_REACH
            and _control_period(s, o) for o in s.candidates):
        return "during"  # «يعتقد أنهم أعدموا على يد تنظيم داعش خلال سيطرته على المنطقة»: then, not now
    if c.trigger.mode == "withdraw" and _toward_after(s.norms, c.tok_end):
        return "movement"  # «انسحب المهاجمون باتجاه جبال حمرين»: a retreat, no ground handed over
    if c.trigger.mode in _TALLY_MODES and c.trigger.plover == "ASSAULT" and _tallied(s, c):
        return "tally"  # «شهدت أفغانستان حوالي 140 هجوما انتحاريا في العام 2006»
    if c.trigger.mode == "casualty" and _in_tallied(s, c):
        return "tally"  # «شهد عام 2023 أكثر من 650 هجوما، قتل فيها نحو ألف شخص»
    if c.trigger.plover == "ASSAULT" and _earlier_one(s, c):
        return "earlier"  # «إذ قُتل في ضربة سابقة على ريف حمص خمسة عناصر»: told as past
    if _summarised(s, c):
        return "summary"  # «ارتكبت عمليات قتل واسعة ... خلال الأشهر الستة الماضية»
    if c.trigger.plover == "ASSAULT" and c.trigger.mode in _TOLL_MODES and _period_toll(s, c):
        return "summary"  # «وقتل 76 صحافيا عراقيا منذ الغزو»، «قتل أكثر من ألفي مدني خلال الشهر الماضي»
    if c.trigger.plover == "ASSAULT" and _only_attempted(s, c):
        return "attempt"  # «اعتقلت الشرطة 46 طالبا لعلاقتهم بمحاولة شن هجوم انتحاري»
    if c.trigger.plover == "ASSAULT" and _ranked(s, c):
        return "ranked"  # «وهذا ثالث هجوم انتحاري في كابل خلال الأيام الثمانية الماضية»
    if c.trigger.plover == "ASSAULT" and _purposed(s, c):
        return "purpose"  # «كان يستعد لتسلم جهاز لشن هجوم انتحاري على القنصلية»
    if _repeated(s, c):
        return "recalled"  # «تكرار مجازر الجنينة، حيث قتل ...»: the past, named as what may recur
    if c.trigger.plover in _POSSIBLE_TYPES and _possible(s, c):
        return "possible"  # «ضربات جوية يمكن أن تستهدف مطارات عسكرية إذا ...»
    if c.trigger.plover in _POSSIBLE_TYPES and _past_era_of(s, c):
        return "era"  # «في سنة 1978، تم اغتيال وديع حداد»: history, not news
    if c.trigger.plover in _POSSIBLE_TYPES and _investigated(s, c):
        return "inquiry"  # «دخل مكتب التحقيقات الفدرالي على خط التحقيق اللبناني في حادث الاعتداء»
    if c.trigger.plover == "ASSAULT" and _comes_told(s, c):
        return "retold"  # «ويأتي الهجوم بعد يوم من مقتل مستوطن»: the attack told before, dated by another
    if c.trigger.plover == "ASSAULT" and _background_after(s, c):
        return "after"  # «وقال الحلف إن الانفجار جاء بعد يوم من مقتل 16 شخصا في هجوم انتحاري»
    if c.trigger.mode == "casualty" and _result_of_background(s, c):
        return "after"  # «بعد أسبوع من هجوم مسلح استهدف كنيسة ...، ما أسفر عن مقتل شخص»
    if c.trigger.plover == "ASSAULT" and _account_of_background(s, c):
        return "after"  # «بعد يومين من قصف مدرسة ...، بينما قال الجيش إنه قتل "ثمانية إرهابيين"»
    if c.trigger.plover == "ASSAULT" and c.trigger.mode in _WEAPON_MODES:
        for o in s.candidates:
            if o.trigger.mode == "disrupt" and o.clause == clause and 0 < c.tok - o.tok <= _DISRUPT_REACH \
                    and _drone_drop(s, o) is not c:
                return "disrupted"  # «فككت قوات الأمن سيارة مفخخة»: the bomb did not go off
        for cue in cues:
            if cue.kind == "equipment" and cue.clause == clause and 0 < c.tok - cue.tok <= _EQUIPMENT_REACH \
                    and not any(k.kind == "after" and cue.tok < k.tok < c.tok for k in s.cues):
                # «قوة معززة بجرافات وطائرات مسيرة اقتحمت»: drones came along, none struck;
                # «تدمير منصتين لإطلاق الصواريخ»: the rockets name what was hit. An after-word
                # between opens a new account: «حريق في مستودع ... بعد أن أصابته مسيرة»
                return "equipment"
            if cue.kind == OVERFLIGHT_VETO and cue.clause == clause and 0 < c.tok - cue.tok <= _OVERFLIGHT_REACH \
                    and c.trigger.pos != "verb":
                return OVERFLIGHT_VETO  # «وسط تحليق مكثف لطائرات مسيرة»: drones flew over, none is said to strike
    if _habitual(s, c, cues):
        return "habitual"  # «القصف المتكرر يثير الرعب بين السكان»: a pattern, no one happening
    if c.trigger.mode == "casualty" and _scattered_toll(s, c, cues) or _listed_with_scattered(s, c, cues) \
            or c.trigger.mode == ARREST_MODE and _scattered_toll(s, c, [k for k in cues if k.key in _MANY_OPERATIONS]):
        return SCATTERED_VETO  # «وثق المرصد مقتل 19 شخصا ... وذلك في حوادث متفرقة»: a day's count of many
    if _wounded_one_died(s, c):
        return "update"  # «ارتفعت الحصيلة إلى خمسة بعد وفاة أحد الجرحى متأثراً بجروحه»
    if c.trigger.plover == "ASSAULT" and _dead_listed(s, c):
        return "breakdown"  # «فإن القتلى هم: 19 من عناصر «قسد» ... و9 مدنيين قضوا برصاص قناصة»
    if c.trigger.plover == "PROTEST" and _celebrated(s, c, cues):
        return JOY_VETO  # «خرج آلاف السوريين إلى الشوارع احتفالاً بسقوط النظام»: a celebration, no protest
    if c.trigger.plover == "PROTEST" and _audience_gathered(s, c, cues):
        return AUDIENCE_VETO  # «وتجمع في الملعب أكثر من خمسين ألف متفرج»: spectators, no protest
    if c.trigger.mode == "strike" and " " not in c.key and c.key.startswith(_STRUCK_STEM) \
            and c.key.endswith(_OBJECT_PRONOUNS):
        return "beaten"  # «فاضربوه بالسيف»: a labour strike («أضرب عن العمل») takes no object, a beating does
    if c.trigger.plover == "PROTEST" and c.key in _GATHERING_FORMS and (reason := _no_gathering(s, c)) is not None:
        return reason  # «كما تجمع هذه النماذج ما بين الفن التقليدي والحديث»، «منسق عام التجمع»
    if c.trigger.plover == "PROTEST" and _feigned(s, c):
        return "feigned"  # «وتظاهر الرجل بالموت حتى غادر المسلحون»: he pretended, no one protested
    if c.trigger.plover == "PROTEST" and _protest_as_frame(s, c):
        return "frame"
    if c.trigger.plover == "PROTEST" and (reason := _other_sense(s, c)) is not None:
        return reason  # «انطلقت فعاليات تظاهرة ثقافية»، «انطلقت مسيرة المفاوضات»: a festival, a process
    if c.trigger.plover == "PROTEST" and _own_protest_ended(s, c):
        return ENDED_VETO  # «أنهى الأسير إضرابه عن الطعام»، «فك المعتصمون اعتصامهم»: its end, not a protest held  # «رفعت الحصار عن القرية إثر مظاهرات عنيفة»: the protest dates another report
    for cue in cues:
        dist = c.tok - cue.tok
        if cue.kind == "accident" and (cue.start <= c.start < cue.end or 0 <= dist <= 2 or -2 <= dist < 0):
            return "accident"
        if cue.kind == "accident" and c.trigger.mode == "casualty" and cue.clause == clause:
            return "accident"  # «مقتل شخصين جراء انفجار أسطوانة غاز»
        if dist <= 0:
            continue
        if cue.clause != clause:
            continue
        rule = _RULE_OF_KIND.get(cue.kind)
        if rule is not None and (dist <= rule[0] or dist <= _CLAUSE_REACH and _governs_clause(s, cue, c.tok)) \
                and (rule[1] is None or c.trigger.plover in rule[1]):
            if cue.kind == "negation" and not _negates(s, cue.tok, c.tok):
                continue
            if cue.kind == "call" and answering_verb(s, cue) is not None:
                continue  # «لبى آلاف العمال دعوة الاتحاد إلى الإضراب»: the call was heeded
            return cue.kind
    if s.question is None:
        s.question = _is_question(s)
    if s.question:
        return "question"
    return None


_GATHERING_FORMS: Final = frozenset(normalize_key(w) for w in ("تجمع", "التجمع", "تجمعات", "التجمعات"))
_BETWEEN: Final = normalize_key("بين")
_COMBINE_REACH: Final = 4  # «تجمع هذه النماذج ما بين»: words from the verb to «بين»
# after «تجمع»: a political grouping («التجمعات السياسية»، «التجمع الوطني الديمقراطي»)
_GROUPING_ADJECTIVES: Final = frozenset(normalize_key(w) for w in (
    "السياسية", "الحزبية", "النقابية", "الوطني", "الديمقراطي", "الدستوري", "الشبابي", "الإسلامي", "اليمني"))
# before «التجمع»: an office in the grouping («منسق عام التجمع»، «أركان التجمع»، «حزب التجمع»)
_GROUPING_OFFICES: Final = frozenset(normalize_key(w) for w in (
    "منسق", "عام", "رئيس", "أمين", "أركان", "قيادة", "عضو", "أعضاء", "زعيم", "حزب", "كوادر"))


def _no_gathering(s: SentenceCtx, c: Candidate) -> str | None:
    """«تجمع» that is no gathering: the verb of combining («كما تجمع هذه النماذج ما بين الفن
    التقليدي والحديث»: «بين» within :data:`_COMBINE_REACH` words) or a political grouping
    («التجمعات السياسية»، «منسق عام التجمع»، «حزب التجمع الوطني»). Training part of the gold data:
    3 easy no sentences so worded, and one yes whose «التجمع الشبابي» stands beside a gathering verb
    («وتجمع عشرات الفلسطينيين ... بدعوة من التجمع الشبابي»), which is judged on its own."""
    after = s.norms[c.tok_end:c.tok_end + _COMBINE_REACH]
    if c.trigger.pos == "verb" and not c.key.startswith(_ARTICLE) and _BETWEEN in after:
        between = c.tok_end + after.index(_BETWEEN)
        # a crowd or protesters before «بين» gathered there: «وتجمع المتظاهرون بين المبنيين»
        if not any(c.tok_end <= k.tok < between and k.kind == "crowd" for k in s.cues) \
                and not any(c.tok_end <= o.tok < between and o.trigger.plover == "PROTEST" for o in s.candidates):
            return "combine"
    if after and after[0] in _GROUPING_ADJECTIVES:
        return "grouping"
    if c.key.startswith(_ARTICLE) and c.tok > 0 and s.norms[c.tok - 1].lstrip(_CONJ_CHARS) in _GROUPING_OFFICES:
        return "grouping"
    return None


_STRUCK_STEM: Final = normalize_key("أضرب")  # «أضربوه»، «أضربه»: the verb of striking a blow, not of a strike
# what one feigns after «تظاهر» («تظاهر الرجل بالموت»، «تظاهروا بأنهم نيام»); the subject may stand between
_FEIGNED: Final = frozenset(normalize_key(w) for w in (
    "بأنه", "بأنها", "بأنهم", "بالموت", "بالمرض", "بالنوم", "بالإغماء", "بالجنون", "بالعمى", "بعدم",
    "بالإصابة", "بالبراءة", "بالجهل", "بالنسيان", "بالألم"))
# what one holds fast to after «اعتصم» («اعتصم الرئيس بالصمت»، «اعتصموا بحبل الله»): no sit-in
_HELD_TO: Final = frozenset(normalize_key(w) for w in ("بالصمت", "بحبل", "بالصبر", "بالله", "بالوحدة"))
_HOLD_STEMS: Final = tuple(normalize_key(w) for w in ("اعتصم", "يعتصم", "تعتصم"))
_FEIGN_REACH: Final = 4
_FEIGN_STEMS: Final = tuple(normalize_key(w) for w in ("تظاهر", "يتظاهر", "تتظاهر"))


def _feigned(s: SentenceCtx, c: Candidate) -> bool:
    """«تظاهر» with what is feigned after it is to pretend, not to demonstrate: «وتظاهر الرجل
    بالموت»، «تظاهر اللاعب بالإصابة»، «تظاهروا بأنهم نيام» (:data:`_FEIGNED`, within
    :data:`_FEIGN_REACH` words); «اعتصم» with what is held fast to is to cling, not to sit in:
    «اعتصم الرئيس بالصمت» (:data:`_HELD_TO`; «اعتصم العمال بمقر الشركة» sat in there)."""
    if c.trigger.pos != "verb":
        return False
    after = s.norms[c.tok_end:c.tok_end + _FEIGN_REACH]
    if c.key.lstrip("\u0648\u0641").startswith(_HOLD_STEMS):
        return any(w in _HELD_TO for w in after)  # «اعتصم الرئيس بالصمت»: he kept silent
    return c.key.startswith(_FEIGN_STEMS) and any(w in _FEIGNED for w in after)


_FRAME_WORDS: Final = _AFTER_WORDS | _DURING | frozenset({normalize_key("إبان")})
_FROM_FORMS: Final = frozenset({_FROM, "\u0648" + _FROM})  # من ومن: «من خلال» is by means of
_TOLD_KINDS: Final = frozenset({"crowd", "time"})  # cues.tsv kinds that tell a framing protest as news
# a relative clause right after a framing protest that tells where, how or by whom it was held
# («خلال تظاهرات شهدتها عدة مدن»، «مظاهرة جرت صباح أمس»، «مسيرة شارك فيها»)
_TOLD_VERBS: Final = frozenset(normalize_key(w) for w in (
    "شهدتها", "شهدها", "نظمها", "نظمتها", "نظموها", "فيها", "جرت", "عمت", "خرجت", "انطلقت", "اندلعت", "تخللتها"))
_TOLD_REACH: Final = 4  # tokens from the protest noun to its crowd or time («مظاهرة جديدة جرت صباح»)


def _protest_as_frame(s: SentenceCtx, c: Candidate) -> bool:
    """An indefinite protest noun right after «بعد، إثر، عقب، غداة، خلال، أثناء، إبان» is the time of
    what the sentence reports, not its news: «رفعت إسرائيل الحصار عن القرية إثر مظاهرات عنيفة»،
    «أصيب شرطيان بجروح خلال مظاهرة في وسط المدينة». The GSR's training part marks protest nouns
    framed so no (with the definite ones: 5 easy no, 2 difficult no, 2 ambiguous, and one yes that
    another protest word reports); the veto takes one easy no and one ambiguous sentence there.

    A definite one («خلال التظاهرة») refers to a protest told before, and its sentence may belong to
    that protest's evidence: the classifier weighs it. A protester noun («خلال المتظاهرين») and a
    protest noun with a clitic («بعد بمظاهرة») are not it, «من خلال» is by means of («عبروا عن غضبهم
    من خلال مظاهرات»), and a protest verb of the sentence is judged on its own. A protest told with
    its crowd, its protesters, its time or a clause of where and by whom it was held right after it
    is news of its own, however it is framed («اعتقلت 12 ناشطا خلال وقفة احتجاجية نظمها عشرات الشبان»،
    «خلال مظاهرة نظمها محتجون يساريون»، «وبعد مظاهرة جديدة جرت صباح أمس ...، أصيب متظاهر»، «أوقفت
    الشرطة عشرات الأشخاص خلال تظاهرات شهدتها عدة مدن»)."""
    if c.trigger.pos != "noun" or c.tok == 0 or c.prefix or c.key.startswith(_ARTICLE) or _protester_noun(s, c):
        return False
    before = s.norms[c.tok - 1]
    if before not in _FRAME_WORDS and not (before[:1] in _CONJ_CHARS and before[1:] in _FRAME_WORDS):
        return False
    if c.tok >= 2 and s.norms[c.tok - 2] in _FROM_FORMS:
        return False  # «عبروا عن غضبهم من خلال مظاهرات حاشدة»: by means of, not during
    last = min(len(s.norms), c.tok_end + _TOLD_REACH)
    return not any(k.kind in _TOLD_KINDS and k.clause == c.clause and 0 <= k.tok - c.tok_end < _TOLD_REACH
                   for k in s.cues) and not any(
        o is not c and 0 <= o.tok - c.tok_end < _TOLD_REACH and _protester_noun(s, o) for o in s.candidates) \
        and not any(s.norms[i] in _TOLD_VERBS for i in range(c.tok_end, last))


FESTIVAL_VETO: Final = "festival"  # cues.tsv kind: «ثقافية»، «رياضية» after «تظاهرة»: an event of culture or sport
COURSE_VETO: Final = "course"  # cues.tsv kind: «المفاوضات»، «حياته» after «مسيرة»: a course of affairs
_MARCH_STEM: Final = normalize_key("مسير")  # «مسيرة»، «مسيرات»، «المسيرة» (normalised)


def _other_sense(s: SentenceCtx, c: Candidate) -> str | None:
    """The protest noun in another sense, told by the word right after it: «تظاهرة ثقافية/رياضية»
    is a festival or a tournament, «مسيرة المفاوضات/السلام/التنمية»، «مسيرة حياته» the course of
    affairs or of a life. Both are common in today's news and the staging verbs that report
    protests report them too («انطلقت فعاليات تظاهرة ثقافية في وهران» was a protest at the
    rules' 0.70); a real protest's next word is its size, its people or its place («تظاهرة حاشدة»،
    «مسيرة العمال»، «مسيرة في»). The adjective (cues.tsv kind festival) may follow any protest
    noun but a protester noun; the construct noun (kind course) only «مسيرة», whose other sense it
    is."""
    if c.trigger.pos != "noun" or c.tok_end >= len(s.norms) or _protester_noun(s, c):
        return None
    for k in s.cues:
        if k.tok == c.tok_end and k.kind == FESTIVAL_VETO:
            return FESTIVAL_VETO
        if k.tok == c.tok_end and k.kind == COURSE_VETO and c.key.lstrip(_ARTICLE).startswith(_MARCH_STEM):
            return COURSE_VETO
    return None


ENDED_VETO: Final = "end"  # cues.tsv kind: a verb or noun of ending («أنهى»، «تعليق»، «فك»)
_ENDED_REACH: Final = 4  # «أنهى الأسير خضر عدنان إضرابه»: the subject and a name between verb and noun
# a protest or strike noun with its people's pronoun (triggers.tsv): whose protest it is
_OWN_PROTESTS: Final = frozenset(normalize_key(stem + pronoun) for stem in (
    "إضراب", "إضرابات", "اعتصام", "اعتصامات", "احتجاج", "احتجاجات", "تظاهرات", "مظاهرات")
    for pronoun in ("ه", "ها", "هم", "هما", "هن"))
# a preposition right before the noun makes it no object of the ending word («أوقفت الشرطة محتجين في اعتصامهم»)
_NOT_OBJECT: Final = frozenset(normalize_key(w) for w in ("في", "خلال", "أثناء", "من", "على", "عن", "إلى", "بعد"))


def _own_protest_ended(s: SentenceCtx, c: Candidate) -> bool:
    """A protest or strike noun that carries its people's pronoun as the object of a word of ending
    reports the end of their protest, not a protest held: «أنهى الأسير إضرابه عن الطعام بعد 40 يوما»،
    «فك المعتصمون اعتصامهم»، «قرر الأطباء تعليق إضرابهم». ACLED codes a protest on the days it is
    held; its end is no new one (and the classifier, which reads «إضرابه عن الطعام» as a strike under
    way, kept the first at 0.39). The ending word (cues.tsv kind end) stands at most
    :data:`_ENDED_REACH` tokens before the noun in its clause with no preposition right before the
    noun. A force ending someone else's sit-in («أنهت الشرطة اعتصام العمال») names it without its
    people's pronoun: a dispersal, judged as before. «رفع» and «علق» are left out of the ending
    words: «رفع المعتصمون لافتات»، «وعلق المتظاهرون ... لافتة» raise and hang banners."""
    if c.key.split()[0] not in _OWN_PROTESTS or c.tok == 0 or s.norms[c.tok - 1] in _NOT_OBJECT:
        return False
    return any(k.kind == ENDED_VETO and k.clause == c.clause and 0 < c.tok - k.tok <= _ENDED_REACH for k in s.cues)


def _protester_noun(s: SentenceCtx, c: Candidate) -> bool:
    """``c`` is a protester noun («متظاهرون»; generic_actors.tsv, role protester)."""
    return any(g.start == c.start and g.payloads[0].role == "protester" for g in s.generic or ())


# «المقبل»، «القادم» after a day or a period: the time is to come («يوم الجمعة المقبل»، «الأسبوع القادم»)
_NEXT: Final = frozenset(normalize_key(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة"))
_PERIOD_HEADS: Final = frozenset(normalize_key(w) for w in (
    "الأسبوع", "الشهر", "العام", "السنة", "الأيام", "الأسابيع", "الأشهر", "الموسم", "الفصل"))
_SCHEDULED_REACH: Final = 10  # tokens between a protest word and the day to come in its clause, either side


# «أسقط»، «ألقى» (to drop) with an aircraft right after it and a bomb after that: the aircraft is the
# verb's subject and the bomb its object («أسقطت مسيرة أوكرانية عبوة ناسفة على سيارتها»), a strike
# the aircraft right after the verb
_DROPPING_AIRCRAFT: Final = DRONE_WORDS | frozenset(normalize_key(w) for w in (
    "طائرة", "طائرات", "المسيرة", "الطائرة", "مروحية", "المروحية"))
_DROP_BOMB_REACH: Final = 4  # «مسيرة أوكرانية صغيرة عبوة»: words from the aircraft to the bomb


def _drops_from_aircraft(s: SentenceCtx, tok: int) -> bool:
    """Is token ``tok`` a dropping verb with an aircraft right after it («أسقطت مسيرة»)?"""
    return s.norms[tok] in DROP_VERBS and tok + 1 < len(s.norms) and s.norms[tok + 1] in _DROPPING_AIRCRAFT


def _drone_drop(s: SentenceCtx, c: Candidate) -> Candidate | None:
    """The bomb an aircraft drops as the subject of the verb ``c`` («أسقطت مسيرة ... عبوة ناسفة»),
    or None when ``c`` downs or defuses something («أسقطت الدفاعات الجوية مسيرة»)."""
    if not _drops_from_aircraft(s, c.tok):
        return None
    return next((o for o in s.candidates if o.trigger.mode == "explosives" and o.clause == c.clause
                 and 0 < o.tok - (c.tok + 1) <= _DROP_BOMB_REACH), None)


# «حرر» frees ground or people: these objects are people («حررت القوات 25 رهينة»)
_FREE_VERBS: Final = frozenset(normalize_key(w) for w in (
    "حرر", "حررت", "حرروا", "تحرير", "وحرر", "وحررت", "وحرروا", "وتحرير"))
_FREED_PEOPLE: Final = frozenset(normalize_key(w) for w in (
    "رهائن", "الرهائن", "رهينة", "الرهينة", "رهينتين", "مختطفين", "المختطفين", "مخطوفين", "المخطوفين",
    "مختطفا", "مخطوفا", "أسرى", "الأسرى", "أسيرا", "محتجزين", "المحتجزين", "طالبا", "طالبة", "طلاب",
    "الطلاب", "طالبات", "الطالبات", "تلميذا", "تلاميذ", "التلاميذ", "تلميذة", "أطفال", "الأطفال", "طفلا",
    "نساء", "امرأة", "أشخاص", "شخصا", "مدنيين", "المدنيين", "مدنيا", "عمال", "العمال", "صيادين", "الصيادين",
    # a hijacked train's, bus's or ship's («انتهاء عملية تحرير ركاب قطار خطفه انفصاليون»)
    "ركاب", "الركاب", "راكبا", "مسافرين", "المسافرين", "بحارة", "البحارة", "طاقم", "الطاقم", "مواطنين", "المواطنين"))
_FREED_REACH: Final = 5  # «حررت قوات الجيش 25 طالباً»: words from the verb to whom it freed


def _frees_people(s: SentenceCtx, c: Candidate) -> bool:
    """Does the freeing verb ``c`` («حرر»، «تحرير») free people, not ground? Its object, within
    :data:`_FREED_REACH` words in its clause, is a people noun before any place's head or name."""
    if s.norms[c.tok] not in _FREE_VERBS:
        return False
    for k in range(c.tok_end, min(len(s.norms), c.tok_end + _FREED_REACH)):
        if s.clause_of(k) != c.clause:
            return False
        norm = s.norms[k]
        if norm in _FREED_PEOPLE:
            return True
        if _name_head(norm) or any(m.start == s.tok_starts[k] for m in s.ents if m.type in _PLACE_ENTITY_TYPES):
            return False  # «حررت القوات بلدة ...»: ground
    return False


_PLACE_ENTITY_TYPES: Final = frozenset({"GPE", "LOC", "FAC"})


def _celebrated(s: SentenceCtx, c: Candidate, cues: list[Cue]) -> bool:
    """Is the crowd of the protest trigger ``c`` out to celebrate: a joy cue in its clause, a
    few words after it («خرج الآلاف إلى الشوارع في دمشق احتفالاً بسقوط النظام») or right
    before it, and no word in the clause that says they protested or demanded («احتجاجاً»،
    «تنديداً»، «مطالبين»: «تجمعوا احتفالاً ... ومطالبين بالإفراج عن المعتقلين» stays a protest)?"""
    if not any(cue.kind == JOY_VETO and cue.clause == c.clause and -_JOY_BEFORE <= cue.tok - c.tok <= _JOY_AFTER
               for cue in cues):
        return False
    a, b = s.clause_starts[c.clause], min(s.clause_stop(c.clause), len(s.norms))
    return not any(_strip_wa(s.norms[k]) in _PROTEST_PURPOSE for k in range(a, b))


def _audience_gathered(s: SentenceCtx, c: Candidate, cues: list[Cue]) -> bool:
    """Is the crowd of the gathering verb ``c`` («تجمع»، «احتشد»، «تجمهر»: triggers.tsv's protest
    verbs that say only that people came together) an audience: spectators, fans, pilgrims,
    welcomers or visitors (cues.tsv kind audience) a few words after the verb in its clause, or
    right before it («37 ألف متفرج تجمعوا في استاد خليفة»), and no word in the clause that gives
    them a grievance? «وتجمع في الملعب أكثر من خمسين ألف متفرج»، «واحتشد في المطار مئات
    المستقبلين» gathered to watch or welcome (ACLED codes neither); «تجمع مئات المشجعين أمام
    مقر الاتحاد احتجاجاً على ...» stays a protest. Verbs of demonstrating («تظاهر») and protest
    nouns keep their sense whoever does them."""
    if c.trigger.pos != "verb" or c.key.lstrip("\u0648\u0641")[:3] not in _GATHER_STEMS:
        return False
    if not any(cue.kind == AUDIENCE_VETO and cue.clause == c.clause and -_JOY_BEFORE <= cue.tok - c.tok <= _AUDIENCE_REACH
               for cue in cues) and not _worshippers(s, c) and not _left_a_place(s, c):
        return False
    a, b = s.clause_starts[c.clause], min(s.clause_stop(c.clause), len(s.norms))
    return not any(_strip_wa(s.norms[k]) in _PROTEST_PURPOSE for k in range(a, b))


# the first three letters of the verbs of gathering (normalised): تجمع، تجمعوا؛ احتشد؛ تجمهر; and of
# going out in numbers (triggers.tsv «خرج آلاف»), which says no more than that people came out
_GATHER_STEMS: Final = frozenset(normalize_key(w)[:3] for w in ("تجمع", "احتشد", "تجمهر", "خرج"))
# worshippers (cues.tsv kind populace: they often protest after prayers, so they are no audience cue)
_WORSHIPPERS: Final = frozenset(normalize_key(w) for w in ("المصلين", "المصلون", "مصلين", "مصلون"))
_WORSHIPPERS_REACH: Final = 3  # words from the verb to them: «خرج آلاف المصلين»، «تجمع مئات من المصلين»


def _worshippers(s: SentenceCtx, c: Candidate) -> bool:
    """The crowd of gathering or going-out verb ``c`` is worshippers, within
    :data:`_WORSHIPPERS_REACH` words after it: «خرج آلاف المصلين من المسجد بعد صلاة الجمعة» left
    prayers. With a grievance in the clause they protest («خرج آلاف المصلين ... تنديدا ب»;
    :func:`_audience_gathered` asks it), without one they are an audience of prayer."""
    stop = min(c.tok_end + _WORSHIPPERS_REACH, s.clause_stop(c.clause), len(s.norms))
    return any(s.norms[k] in _WORSHIPPERS for k in range(c.tok_end, stop))


_WENT_OUT: Final = normalize_key("خرج")  # triggers.tsv «خرج آلاف»، «خرج المئات»
_FROM_WORD: Final = normalize_key("من")
_LEFT_REACH: Final = 4  # «خرج المئات من المرضى من المستشفى»: tokens from the phrase to «من» and the place


def _left_a_place(s: SentenceCtx, c: Candidate) -> bool:
    """Did the crowd of «خرج آلاف/المئات» (``c``) come out of a place («خرج المئات من المرضى من
    المستشفى»، «خرج الآلاف من منازلهم»), not into the streets? «من» within :data:`_LEFT_REACH`
    tokens after the phrase, followed by a word that names no people (the partitive «خرج المئات
    من أبناء الجالية» names who came out). Without a grievance in the clause
    (:func:`_audience_gathered` asks it) they left a place, as worshippers leave a mosque."""
    if c.key.split()[0].lstrip("\u0648\u0641") != _WENT_OUT:
        return False
    people = {k.tok for k in s.cues if k.kind in {"populace", "crowd", "victim"}}
    people |= {bisect_left(s.tok_starts, g.start) for g in s.generic or ()}
    stop = min(c.tok_end + _LEFT_REACH, s.clause_stop(c.clause), len(s.norms) - 1)
    return any(s.norms[k] == _FROM_WORD and k + 1 not in people for k in range(c.tok_end, stop))


# words that give a crowd a grievance («احتجاجاً على»، «تنديداً بـ»، «للمطالبة بـ»، «رفضاً لـ»)
_PROTEST_PURPOSE: Final = frozenset(normalize_key(w) for w in (
    "احتجاجا", "احتجاج", "احتجاجات", "احتجاجية", "تنديدا", "منددين", "رفضا", "رافضين", "للمطالبة", "مطالبين",
    "مطالبة", "للتنديد", "للاحتجاج", "تظاهرة", "مظاهرة", "مظاهرات", "متظاهرين", "متظاهرون", "ضد", "إسقاط",
    "مسيرة", "مسيرات", "هتافات", "شعارات", "لافتات"))  # and a march or its chants: «في مسيرة»، «مرددين هتافات»


def _scheduled(s: SentenceCtx, c: Candidate, cues: list[Cue]) -> bool:
    """Is a day or period to come written near protest word ``c`` in its clause (``cues``: the
    sentence's vetoing cues, future among them; time words are read from all its cues): «أعلنت
    التنسيقية خوض إضراب وطني ... ابتداء من الاثنين المقبل»، «مسيرة الأسبوع القادم»? A protest
    dated to a day that has not come is planned, not reported (ACLED codes it when it happens).
    The future word must follow a time word (cues.tsv kind time: «الاثنين»، «يوم الجمعة») or a
    period noun: «الانتخابات المقبلة» dates nothing. On the training part of the gold data,
    PROTEST sentences with «المقبل/القادم» are 0 yes, 11 easy no."""
    norms = s.norms
    for cue in cues:
        if cue.kind != "future" or cue.key not in _NEXT or cue.clause != c.clause or cue.tok == 0:
            continue
        if abs(cue.tok - c.tok) > _SCHEDULED_REACH:
            continue
        head = cue.tok - 1
        if norms[head] in _PERIOD_HEADS or any(k.kind == "time" and k.tok == head for k in s.cues):
            return True
    return False


# an attack noun qualified as an earlier one («في ضربة سابقة»، «في هجوم سابق»): the sentence
# recalls a happening before the one reported
_ATTACK_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "ضربة", "ضربات", "غارة", "غارات", "هجوم", "هجمات", "قصف", "عملية", "عمليات", "تفجير", "اعتداء"))
_EARLIER: Final = frozenset(normalize_key(w) for w in ("سابقة", "سابق", "سابقتين", "سابقين"))
_EARLIER_REACH: Final = 6  # tokens between the trigger and «ضربة سابقة» in its clause, either side


def _earlier_one(s: SentenceCtx, c: Candidate) -> bool:
    """Is an attack noun in ``c``'s clause, near it, qualified as earlier («قُتل في ضربة سابقة على
    ريف حمص خمسة عناصر»، «في هجوم سابق»)? The clause recalls a happening before the report's."""
    lo = max(s.clause_starts[c.clause], c.tok - _EARLIER_REACH)
    hi = min(s.clause_stop(c.clause), c.tok_end + _EARLIER_REACH)
    norms = s.norms
    for i in range(lo, hi - 1):
        if norms[i + 1] in _EARLIER and norms[i].lstrip("\u0648\u0641\u0628") in _ATTACK_NOUNS:
            return True
    return False


_DIED_OF: Final = normalize_key("متأثرا")[:-1]  # «متأثرا/متأثرة/متأثرين بجروحه»: died of wounds
_WOUNDED_REACH: Final = 4  # «وفاة أحد الجرحى [في المستشفى] متأثراً»


_THE_DEAD: Final = frozenset(normalize_key(w) for w in ("القتلى", "الضحايا", "القتيلين", "الشهداء"))
_THEY_ARE: Final = frozenset(normalize_key(w) for w in ("هم", "هما", "هن"))


def _dead_listed(s: SentenceCtx, c: Candidate) -> bool:
    """Does ``c`` come after «القتلى هم» in its sentence («ووفقاً للمرصد، فإن القتلى هم: 19 من
    عناصر «قسد»، و15 من مسلحي العشائر، و9 مدنيين ... قضوا برصاص قناصة»)? The definite dead
    are those of a happening told before; the sentence lists who they were and how they died
    (claims count them), it tells no new happening."""
    norms = s.norms
    if _THE_DEAD.isdisjoint(norms):
        return False  # (most sentences: one C-level set test, not a word-by-word walk a candidate)
    # (the word itself too: «القتلى» of «القتلى هم» counts the dead it lists)
    return any(norms[k] in _THE_DEAD and norms[k + 1] in _THEY_ARE for k in range(0, min(c.tok + 1, len(norms) - 1)))


def _scattered_toll(s: SentenceCtx, c: Candidate, cues: list[Cue]) -> bool:
    """Does casualty ``c`` count dead that its sentence says fell in scattered happenings or
    across several provinces (cues.tsv kind ``scattered`` after it: «وثق المرصد مقتل 19 شخصا
    ... يوم أمس، بينهم 7 مدنيين، وذلك في حوادث متفرقة وعمليات عسكرية شهدتها عدة محافظات»)?
    A monitor's daily total sums many happenings, each told (or not) on its own; ACLED codes
    those, never the sum. Not when another trigger stands between the count and the cue: that
    one names the happening («قتل جندي في هجوم ... وقتل آخرون في حوادث متفرقة»، «مقتل 12 عنصرا
    خلال عمليات مداهمة ... في مناطق متفرقة»: scattered places of one operation are no cue)."""
    for cue in cues:
        if cue.kind == "scattered" and cue.tok > c.tok:
            return not any(o.trigger.mode != "casualty" and c.tok < o.tok < cue.tok for o in s.candidates)
    return False


_WA: Final = "\u0648"  # و
# scattered cues that sum arrests over a ministry's many operations («أوقفت مفارز للجيش 4 عناصر
# دعم ... في عمليات متفرقة عبر التراب الوطني»); arrests «من مناطق متفرقة في الضفة الغربية» are
# one night's raids in one region, which ACLED codes there
_MANY_OPERATIONS: Final = frozenset(normalize_key(w) for w in (
    "عمليات متفرقة", "عمليات منفصلة", "عبر التراب الوطني", "كامل التراب الوطني"))
_LISTED_REACH: Final = 4  # tokens from a scattered cue to a happening listed with it («... متفرقة وانفجار»)


def _listed_with_scattered(s: SentenceCtx, c: Candidate, cues: list[Cue]) -> bool:
    """Is ``c`` a happening listed with a scattered cue right before it, joined by «و»: «مقتل 14
    شخصاً ... وذلك في حوادث أمنية متفرقة وانفجار مخلفات حرب»? It names one more kind of the
    day's happenings the monitor summed, not one happening (:func:`_scattered_toll`)."""
    return c.prefix.startswith(_WA) and any(
        cue.kind == "scattered" and cue.clause == c.clause and 0 < c.tok - cue.tok <= _LISTED_REACH for cue in cues)


def _wounded_one_died(s: SentenceCtx, c: Candidate) -> bool:
    """Is ``c`` «died of wounds» told of one of the wounded counted before («بعد وفاة أحد الجرحى
    متأثراً بجروحه»: :data:`THE_WOUNDED` at most :data:`_WOUNDED_REACH` words before it)? His
    death revises the toll of the happening that wounded him (a toll update, which the
    attribution stage reads from «ارتفعت الحصيلة إلى ...»); it is no new happening, and its one
    dead would read as a rival, lower toll."""
    if not c.key.startswith(_DIED_OF):
        return False
    norms = s.norms
    return any(norms[k] in THE_WOUNDED for k in range(max(0, c.tok - _WOUNDED_REACH), c.tok))


def _habitual(s: SentenceCtx, c: Candidate, cues: list[Cue]) -> bool:
    """Is trigger ``c`` (a noun: a verb takes no adjective) qualified as repeated or daily (cues.tsv kind ``habitual``) right
    after it, or after one more word of it («القصف المتكرر»، «الغارات الإسرائيلية اليومية»،
    «هجمات متكررة»)? Such a noun names a pattern of violence, not a happening ACLED codes."""
    for cue in cues:
        if cue.kind == "habitual" and cue.clause == c.clause and \
                c.tok_end <= cue.tok <= c.tok_end + _HABITUAL_REACH and all(s.alpha[c.tok_end:cue.tok]):
            return True
    return False


def _repeated(s: SentenceCtx, c: Candidate) -> bool:
    """Is ``c`` the past happening a repetition or likeness word names («تكرار مجازر»، «على غرار
    هجمات»: at most :data:`_REPEAT_REACH` tokens before it), or the clause that tells that
    happening («... مجازر الجنينة، حيث قتل»: «حيث/حين/عندما» right before ``c``, at most
    :data:`_RECALL_CLAUSE_REACH` tokens after the word)?"""
    for cue in s.cues:
        if cue.kind != "repeat" or cue.tok >= c.tok:
            continue
        dist = c.tok - cue.tok
        if dist <= _REPEAT_REACH:
            return True
        if dist <= _RECALL_CLAUSE_REACH and s.norms[c.tok - 1].lstrip(_CONJ_CHARS) in _WHERE_WHEN:
            return True
    return False


def _possible(s: SentenceCtx, c: Candidate) -> bool:
    """Is indefinite trigger ``c`` the subject of a modal or an ability right after it (an
    adjective may stand between: «ضربات جوية يمكن أن تستهدف»، «مواجهات قد تكون مدمرة لها»،
    «هجمات ربما تطال»، «طائرة بدون طيار قادرة على مهاجمة السفن»)? A
    possibility, not a report (GSR training part: 0 yes / 5 easy no with a modal after an attack
    noun). A definite noun with a modal comments on a happening already told («الهجوم قد يكون
    الأعنف منذ سنوات»), and «قد» before a past verb reports one («قد أسفر»): only the modals of
    :data:`_MODALS` count, and «قد» only before «يكون/تكون»."""
    if c.key.startswith(_ARTICLE):
        return False
    norms = s.norms
    n = len(norms)
    able = {cue.tok for cue in s.cues if cue.kind == "ability"}
    for k in range(c.tok_end, min(n, c.tok_end + _MODAL_REACH + 1)):
        w = norms[k]
        if w in _MODALS or w == QAD and k + 1 < n and norms[k + 1] in _TO_BE or k in able:
            return True
        if not s.alpha[k]:
            return False
    return False


def _time_at(s: SentenceCtx, tok: int) -> bool:
    """Does a time word (cues.tsv kind time: «أمس»، «اليوم»، «الجمعة»، «صباح») start at token ``tok``?"""
    return any(cue.kind == "time" and cue.tok == tok for cue in s.cues)


def _control_period(s: SentenceCtx, c: Candidate) -> bool:
    """Is territory trigger ``c`` a period of control («إبان سيطرة التنظيم»، «خلال سيطرته على
    المنطقة») rather than a taking? See :data:`_PERIOD`."""
    if c.tok == 0:
        return False
    before = s.norms[c.tok - 1]
    if before in _PERIOD:
        return True
    # the raw word: normalised «سيطرة» ends in «ه» like «سيطرته»
    return before in _DURING and c.tok_end == c.tok + 1 and s.texts[c.tok].endswith(_POSSESSED)


def _only_attempted(s: SentenceCtx, c: Candidate) -> bool:
    """An attack right after a word of attempting (cues.tsv kind attempt: «محاولة اغتيال»، «حاول
    تفجير طائرة»، «بمحاولة شن هجوم انتحاري») names what someone tried, not what happened: the
    attempt is on trial, foiled, condemned or recalled («أدانت ... المحاولات الفاشلة لتفجير
    سيارات مفخخة»). Not when someone suffered or survived it («تعرضت الوزيرة لمحاولة اغتيال»،
    «نجا المحافظ من محاولة اغتيال»: an attack took place; with «لمحاولة», the verb of
    suffering anywhere before it in its clause), nor when a violent trigger that is not
    vetoed or a casualty word comes before the attempt word («أصيب الوزير في محاولة اغتيال»).
    Training part of the gold data: sentences all of whose violent triggers follow such a word
    within :data:`_ATTEMPT_REACH` words are 1 yes («تعرضت ... لمحاولة اغتيال», which the
    exception keeps) and 10 easy or difficult no."""
    for cue in s.cues:
        if cue.kind != "attempt" or cue.key not in _ATTEMPT_WORDS or not 0 < c.tok - cue.tok <= _ATTEMPT_REACH:
            continue
        first = max(0, cue.tok - _SURVIVE_REACH)
        if s.norms[cue.tok].startswith(_LAM):
            # «ل» marks the object of a verb of suffering however long its subject: «تعرضت
            # وزيرة الدولة بوزارة الطاقة، فلانة، حرم فلان نائب رئيس الحركة، لمحاولة اغتيال»
            first = s.clause_starts[cue.clause]
        if any(s.norms[i].lstrip(_CONJ_CHARS) in _SURVIVE or s.norms[i] in _SURVIVE for i in range(first, cue.tok + 1)):
            continue
        if any(o.tok < cue.tok and o.trigger.plover == "ASSAULT" and not o.veto for o in s.candidates):
            continue
        if any(k.kind == "casualty" and k.tok < cue.tok for k in s.cues):
            continue
        return True
    return False


def _lodged(s: SentenceCtx, c: Candidate) -> bool:
    """Is ``c`` a protest lodged with a government rather than a demonstration? «احتجت مصر
    رسمياً أمس لدى إيران»، «احتجت وزارة الخارجية لدى السفير»: the verb with «لدى» (with: whom
    the protest is lodged with) within :data:`_LODGE_REACH` words of its clause, or the adverb
    «رسميا» (a street protest takes «أمام», in front of: «احتج عشرات الصحفيين أمام مبنى التلفزيون
    الرسمي» is one); «قدمت احتجاجا رسميا»، «سلمت مذكرة احتجاج»: the
    noun with «رسمي» right after it or «مذكرة» right before it. ACLED codes demonstrations,
    not diplomacy. Training part of the gold data: 1 difficult no, 1 easy no (negated)."""
    w = s.norms[c.tok].lstrip(_CONJ_CHARS) if c.tok_end == c.tok + 1 else ""
    after = s.norms[c.tok_end:min(len(s.norms), c.tok_end + _LODGE_REACH)]
    if w in PROTEST_VERBS or s.norms[c.tok] in PROTEST_VERBS:
        for x in after:
            if x in _COMMAS:
                return False
            if x == _WITH or x == _OFFICIALLY:
                return True  # «رسميا» the adverb; «أمام مبنى التلفزيون الرسمي» is a building's adjective
        return False
    if w in _LODGE_NOUNS or s.norms[c.tok] in _LODGE_NOUNS:
        return bool(after) and after[0] in _OFFICIAL or c.tok > 0 and s.norms[c.tok - 1] in _NOTES
    return False


def _frees_captives(s: SentenceCtx, c: Candidate) -> bool:
    """Does a retaking word free people rather than ground? «حرر»، «تحرير»، «استعاد» with
    hostages or captives as their object within :data:`_RESCUE_REACH` words («اشتبكوا مع متمردين
    ... أسفرت عن تحرير ثلاثة رهائن»، «حررت اسرائيل الرهائن») tell a rescue: ACLED's territory
    events need territory taken, and the clash or raid of the rescue is its own trigger; the
    hostage noun so freed tells their abduction as the past, no abduction now. Training
    part of the gold data: 4 sentences, 1 yes (whose other triggers stay), 1 easy no (kept as
    a retaking by the territory rule), 2 difficult no."""
    last = min(len(s.norms), c.tok_end + _RESCUE_REACH)
    return any(s.norms[i] in _CAPTIVES for i in range(c.tok_end, last))


def _strip_wa(norm: str) -> str:
    """``norm`` without a leading «و» or «ف» conjunction («وخلال»، «ومنذ»)."""
    return norm[1:] if len(norm) > 3 and norm[0] in _CONJ_CHARS else norm


# «وفق اتفاق»، «بموجب اتفاق»، «وفقاً لاتفاق»، «حسب الاتفاق»: the terms of an agreement in force
_PER_TERMS: Final = frozenset(normalize_key(w) for w in (
    "وفق", "وفقا", "وفقاً", "بموجب", "حسب", "بحسب", "طبقا", "طبقاً", "بمقتضى", "تطبيقا", "تطبيقاً", "تنفيذا",
    "تنفيذاً", "ضمن", "خرق", "خرقا", "خرقاً", "انتهاك", "انتهاكا", "انتهاكاً", "بنود", "شروط", "إطار", "بإطار"))


def _per_agreement(s: SentenceCtx, c: Candidate) -> bool:
    """An agreement named as the terms something follows or breaks («وفق اتفاق بين بغداد
    وواشنطن»، «بموجب اتفاق وقف إطلاق النار»، «وفقاً لاتفاق»، «في خرق لاتفاق الهدنة»، «ضمن
    اتفاق التسوية»): an agreement in force, told as a reference; no new one was reached. The
    word right before the agreement word (which carries «ل» after «وفقاً»، «تطبيقاً»، «خرقاً»), or
    before the word «اتفاق» that the agreement word names («بموجب اتفاق وقف إطلاق النار»)."""
    k = c.tok - 1
    if k > 0 and s.norms[k].lstrip(_LAM) in _AGREEMENT_HEADS:
        k -= 1
    return k >= 0 and s.norms[k] in _PER_TERMS


_AGREEMENT_HEADS: Final = frozenset(normalize_key(w) for w in ("اتفاق", "اتفاقية", "الاتفاق", "الاتفاقية", "اتفاقيه"))


def _summarised(s: SentenceCtx, c: Candidate) -> bool:
    """A happening noun after a plural noun of repeated operations (:data:`_MASS`: «عمليات قتل»،
    «حملات اعتقال») told over a span of weeks or more in its clause («خلال الأشهر الستة الماضية»، «خلال شهر تشرين الأول»،
    «على مدى أسابيع»، «منذ بداية العام») sums many happenings: a rights report's «ارتكبت عمليات
    قتل واسعة بحق المدنيين ... خلال الأشهر الستة الماضية» is no one event dated the day of
    publication; ACLED codes the incidents one by one, as the report goes on to tell them.
    Narrow on purpose: a single attack noun over a period («شن هجوما خلال الأسبوع») is left to the
    classifier and the dating rules."""
    if c.tok == 0 or _strip_wa(s.norms[c.tok - 1]) not in _MASS:
        return False
    first = s.clause_starts[c.clause]
    last = s.clause_stop(c.clause)
    lo, hi = max(first, c.tok - _SUMMARY_REACH), min(last, c.tok_end + _SUMMARY_REACH)
    for i in range(lo, hi):
        w = _strip_wa(s.norms[i])
        if w in _SPAN and any(s.norms[k] in _MONTH_UNITS for k in range(i + 1, min(hi, i + 3))):
            return True  # «خلال الأشهر»، «على مدى أسابيع»، «طوال السنوات الماضية»، «خلال شهر تشرين الأول»
        if w == SINCE and i + 1 < hi and s.norms[i + 1] in SINCE_STARTS:
            return True  # «منذ بداية العام»
    return False


def _period_toll(s: SentenceCtx, c: Candidate) -> bool:
    """A count of dead or abducted over a period of a month or more is a running toll, not
    one happening: «وقتل 76 صحافيا عراقيا منذ الغزو»، «قتل أكثر من ألفي مدني في العراق خلال
    الشهر الماضي»، «ولقي أكثر من 40 صحفيا حتفهم منذ اندلاع النزاع»، «واختطف أكثر من مائة أجنبي
    منذ عام 2004». ACLED codes the incidents, never a period's total (a statistic); with a
    publication date :mod:`hadath.events.recency` drops such a toll when «منذ» opens a date more than
    a week back, but the words tell it without one, and «خلال الشهر الماضي» is a month, not a day.

    The count is a figure within :data:`_TOLL_COUNT_REACH` words of the trigger (not a
    percentage); the period, in the trigger's clause within :data:`_SUMMARY_REACH` words either
    side, is «منذ» before the start of the calendar or of a war («منذ بداية العام»، «منذ اندلاع
    الحرب»، «منذ الغزو»، «منذ عام 2004»، «منذ 2011») or «خلال، على مدى، طوال، طيلة» before a unit
    of a month or more («خلال الشهر الماضي»، «خلال الأشهر الستة»). Not after a comparison («في
    أعنف هجوم منذ عام 2019»، «الأعلى خلال العام»: how long since the last such day), nor «منذ
    ساعات»، «خلال اليومين الماضيين» (one happening going on). A count of ten thousand or more
    is a war's toll whether or not the period is told («حرب أودت بحياة عشرات الآلاف»، «أسفرت
    الحرب عن مقتل عشرات الآلاف»). Training part of the gold data: 1 easy no, no yes sentence."""
    if not s.nums:
        return False
    starts = s.tok_starts
    counted = False
    for n in s.nums:
        if n.percent:
            continue
        first = bisect_left(starts, n.start + 1) - 1
        last = bisect_left(starts, n.end) - 1
        if 0 <= first - c.tok_end < _TOLL_COUNT_REACH or 0 < c.tok - last <= _TOLL_COUNT_REACH:
            if n.low is not None and n.low >= _WAR_TOLL:
                return True
            counted = True
            break
    if not counted:
        return False
    norms = s.norms
    lo = max(s.clause_starts[c.clause], c.tok - _SUMMARY_REACH)
    hi = min(s.clause_stop(c.clause), c.tok_end + _SUMMARY_REACH)
    if _PERIOD_FORMS.isdisjoint(norms[lo:hi - 1]):
        return False  # no «منذ، خلال ...» in reach (most candidates): one set test, not _strip_wa a word
    for i in range(lo, hi - 1):
        w = _strip_wa(norms[i])
        nxt = norms[i + 1]
        if w == SINCE:
            period = nxt in SINCE_STARTS or nxt in _SINCE_OUTBREAK or (nxt[:2] == "20" or nxt[:2] == "19") and nxt.isdigit() \
                or nxt in _YEAR_OPENERS and i + 2 < hi and norms[i + 2].isdigit()
        elif w in _SPAN:
            period = nxt in _MONTH_UNITS  # «على مدى» is read at «مدى»
        else:
            continue
        if period and not any(_strip_wa(norms[k]) in comparison_words() for k in range(max(lo, i - _COMPARE_REACH), i)):
            return True
    return False


def _ranked(s: SentenceCtx, c: Candidate) -> bool:
    """An attack noun ranked by an ordinal in the predicate of a demonstrative or pronoun
    («وهذا ثالث هجوم انتحاري في كابل خلال الأيام الثمانية الماضية»، «وهذا هو رابع هجوم تشنه
    القاعدة باليمن»، «وهو ثاني هجوم يستهدف الجيش») counts a happening the text has told: the
    sentence classifies it in a series and reports nothing new (in an article it would be a
    second copy of the lead's attack, as the indefinite noun is no retelling coreference
    reads). The triggers after the ordinal in its clause, up to a comma, describe the same
    attack («بسيارة مفخخة»), within :data:`_RANKED_REACH` words. Not «أول من أمس», nor «في ثاني هجوم خلال أسبوع» after a report («قتل 11 شخصا ...
    في ثاني هجوم انتحاري»: a preposition, not a demonstrative, opens it). Training part of
    the gold data: 1 easy no and 1 difficult no; no yes sentence holds the construction."""
    first = s.clause_starts[c.clause]
    for o in range(c.tok - 1, max(first, c.tok - _RANKED_REACH - 1), -1):
        w = s.norms[o]
        if w in _COMMAS:
            return False
        if w in _ORDINALS and s.norms[o + 1] != _FROM and any(s.norms[d] in _DEMONSTRATIVES for d in range(max(first, o - _RANK_REACH), o)):
            return True
    return False


def _purpose_noun(norm: str) -> bool:
    """Is ``norm`` a verbal noun of :data:`_PURPOSE_NOUNS` with the «ل» of purpose
    («لشن»، «وللتفجير»، «لاغتياله»)?"""
    if len(norm) > 3 and norm[0] in _CONJ_CHARS:
        norm = norm[1:]
    if not norm.startswith(_LAM):
        return False
    base = norm[2:] if norm.startswith(_LAM + _LAM) else norm[1:]  # «للتفجير» is ل + التفجير
    if base in _PURPOSE_NOUNS:
        return True
    return any(base.endswith(p) and base[:-len(p)] in _PURPOSE_NOUNS for p in _OBJECT_PRONOUNS)


def _purposed(s: SentenceCtx, c: Candidate) -> bool:
    """An attack named as the purpose of something else is no report of it: «كان يستعد لتسلم
    جهاز لشن هجوم انتحاري»، «اعترافات ... بتلقيها تمويلا لتفجير سيارة مفخخة»، «خلية خططت
    لاغتيال الرئيس»، «حشد قواته استعدادا لشن هجوم». The «ل» of purpose on a verbal noun of
    attacking or carrying out (:data:`_PURPOSE_NOUNS`) tells what someone meant, planned or
    prepared; whether it happened is not said. The verbal noun is the trigger itself
    («لاغتيال») or governs it within :data:`_PURPOSE_REACH` words («لشن هجوم»، «لتنفيذ عمليات
    انتحارية»). Not after a verb of suffering («تعرضت الآلية للتفجير»: it happened to them;
    see :data:`_SURVIVE`) in the clause before it, nor right after a word of result («مما أدى
    لقتل ...»، «نتيجة لاستهداف منزلهم») or a verbal noun with its doer («تنفيذهم لاغتيال»: «ل» marks the object).
    Training part of the gold data: sentences holding such a word are 0 yes (but for one
    «تعرض لقصف», which the exception keeps), 38 easy no and 5 difficult no."""
    first = max(s.clause_starts[c.clause], c.tok - _PURPOSE_REACH)
    for i in range(c.tok, first - 1, -1):
        if not _purpose_noun(s.norms[i]):
            continue
        before = range(s.clause_starts[c.clause], i)
        if any(s.norms[j] in _SURVIVE or s.norms[j].lstrip(_CONJ_CHARS) in _SURVIVE for j in before):
            return False
        if i > 0 and (s.norms[i - 1] in _RESULT or s.norms[i - 1].lstrip(_CONJ_CHARS) in _RESULT):
            return False
        return True
    return False


# cue kinds that, told before an after-word, make what follows it their cause: «أصيب أربعة مدنيين إثر
# انفجار سيارة مفخخة» (casualty), «اندلع حريق في مستودع للوقود بعد أن أصابته مسيرة» (accident
# words name the fire or the collapse a strike caused)
_TOLD_BEFORE_CAUSE: Final = frozenset({"casualty", "accident"})


def _background_after(s: SentenceCtx, c: Candidate) -> bool:
    """A violent happening after «بعد، إثر، عقب، غداة» in a sentence that tells nothing violent
    before that word is the background of the sentence's news, not its report: «دعت الحكومة
    الإسرائيلية السلطة إلى محاربة النشطاء ... إثر مقتل جنديين في هجوم مسلح»، «تفتتح غدا دورة
    الألعاب ... بعد الاعتداء الذي أدى إلى مقتل 16 شرطيا». The happening was reported when it
    happened; here it dates a statement, a visit or a measure. The word governs
    :data:`_AFTER_REACH` words, and further on its clause up to a comma («عقب مقتل ثلاثة من
    عناصرها في هجوم مسلح»), as a verb of accusing does (:func:`_governs_clause`).

    Not when a violent trigger that is not vetoed itself (the stage vetoes a sentence's
    candidates in order: «وسط مخاوف من وقوع هجمات، بعد الاعتداء الذي ...» fears no deed) or a
    casualty word (cues.tsv kind casualty: «أصيب أربعة مدنيين إثر انفجار سيارة مفخخة») or the
    damage it did (kind accident: «اندلع حريق ... بعد أن أصابته مسيرة») comes before the word,
    nor «بعد ظهر/منتصف/حلول» (a time of day) or «بعد ذلك» (then). Nor when
    the word's clause dates the happening to the story's days (cues.tsv kind time: «أمس»،
    «اليوم»، a weekday): «وشلت الحركة في المدينة بعد انفجار سيارة مفخخة أمس» tells yesterday's
    bombing by what it did; undated, or dated back («الأسبوع الماضي»، «في يوليو الماضي»), it
    is background. Training part of the gold data: sentences all of whose violent triggers this
    vetoes are 0 yes, 23 easy no and 5 difficult no."""
    for cue in s.cues:
        if cue.kind != "after" or cue.key not in _AFTER_WORDS or c.tok <= cue.tok:
            continue
        far = c.tok - cue.tok > _AFTER_REACH
        if far and (c.tok - cue.tok > _CLAUSE_REACH or cue.clause != c.clause
                    or any(w in _COMMAS for w in s.norms[cue.tok + 1:c.tok])):
            continue
        if cue.tok + 1 < len(s.norms) and s.norms[cue.tok + 1] in _NOT_GOVERNED:
            continue
        if any(o.tok < cue.tok and o.trigger.plover == "ASSAULT" and not o.veto and not _comes_after(s, o.tok, cue.tok)
               for o in s.candidates):
            continue
        dated_back = _dated_back(s, cue.tok)  # «بعد أسبوع من هجوم ... أثناء قداس الأحد»: that Sunday's
        # «بعد يوم من مقتل»: the day measures the time between, it dates nothing
        measure = cue.tok + 1 if _measured_back(s, cue.tok) else -1
        if any(k.kind in _TOLD_BEFORE_CAUSE and k.tok < cue.tok or not dated_back and k.kind == "time" and k.tok > cue.tok
               and k.tok != measure and k.clause == cue.clause for k in s.cues):
            continue
        return True
    return False


_ATTACK_VERBS: Final = frozenset(normalize_key(w) for w in (
    "هاجم", "هاجمت", "هاجموا", "وهاجم", "وهاجمت", "وهاجموا", "يهاجم", "تهاجم"))
# where words attack: «في خطاب»، «في تغريدة»، «خلال مؤتمر صحفي»
_SPEECH_MEDIA: Final = frozenset(normalize_key(w) for w in (
    "خطاب", "كلمة", "تصريح", "تصريحات", "مقابلة", "تغريدة", "تغريدات", "منشور", "مؤتمر", "حديث", "مقال",
    "افتتاحية", "جلسة", "تدوينة"))
_IN_DURING: Final = frozenset(normalize_key(w) for w in ("في", "خلال", "عبر"))
_HARSHLY: Final = frozenset(normalize_key(w) for w in ("بشدة", "بعنف"))
_VERBAL_REACH: Final = 10  # words after the verb where the medium of the words may stand


def _attacked_in_words(s: SentenceCtx, c: Candidate) -> bool:
    """Is «هاجم» an attack in words: a speech, a tweet or a statement its medium in its clause
    («هاجمت إيران الاتفاق النووي في خطاب أمام البرلمان»), or «بشدة» after it?"""
    stop = min(s.clause_stop(c.clause), len(s.norms), c.tok_end + _VERBAL_REACH)
    for k in range(c.tok_end, stop):
        w = s.norms[k]
        if w in _HARSHLY:
            return True
        if k > 0 and s.norms[k - 1] in _IN_DURING and (w in _SPEECH_MEDIA or w[1:] in _SPEECH_MEDIA and w[0] in "وف"):
            return True
    return False


_HOSTAGE_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "رهينة", "رهائن", "مخطوف", "مخطوفين", "المخطوفين", "الرهائن", "مختطفين", "المختطفين"))
_DEATH_BEFORE_COUNT: Final = frozenset(normalize_key(w) for w in (
    "مقتل", "قتل", "قتلت", "مصرع", "وفاة", "ومقتل", "بمقتل", "لمقتل", "إعدام", "وإعدام", "بإعدام"))


def _counted_dead_hostages(s: SentenceCtx, c: Candidate) -> bool:
    """Is the hostage noun ``c`` the dead a death word counts, «مقتل 21 رهينة»? It says who
    died; the hostage-taking, when the report tells it, has its own verb («خطفه انفصاليون»)."""
    k = c.tok - 1
    if k < 1 or s.norms[k - 1] not in _DEATH_BEFORE_COUNT or s.norms[c.tok] not in _HOSTAGE_NOUNS:
        return False
    at = s.tok_starts[k]
    return any(n.start == at for n in s.nums)


# a group's own arms, with the possessive pronoun of the doers: «أسلحتهم»، «سلاحها»
_OWN_WEAPONS: Final = frozenset(normalize_key(w) for w in (
    "أسلحتهم", "أسلحته", "أسلحتها", "سلاحهم", "سلاحه", "سلاحها", "أسلحتهن", "ذخائرهم", "أسلحتنا", "سلاحنا"))
_OWN_WEAPONS_REACH: Final = 10  # words from the verb of burning to its object, the doers between


def _own_weapons(s: SentenceCtx, c: Candidate) -> bool:
    """Is the object of a verb of burning or destroying the doers' own weapons, in its clause?
    Fighters burning their arms in a disarmament ceremony destroy no one's property (ACLED's
    Looting/property destruction is done to others)."""
    end = min(len(s.norms), c.tok_end + _OWN_WEAPONS_REACH)
    for k in range(c.tok_end, end):
        if s.norms[k] in _COMMAS:
            return False
        if s.norms[k] in _OWN_WEAPONS:
            return True
    return False


# «ويأتي الهجوم بعد يوم من مقتل مستوطن»: the story's happening, told again, "comes after" the one
# that follows the after-word
_COMES: Final = frozenset(normalize_key(w) for w in (
    "يأتي", "ويأتي", "تأتي", "وتأتي", "جاء", "وجاء", "جاءت", "وجاءت"))


def _comes_told(s: SentenceCtx, c: Candidate) -> bool:
    """Is ``c`` a definite attack noun, the subject of «يأتي / جاء» before an after-word («ويأتي
    الهجوم بعد يوم من ...»، «وجاء القصف عقب ...»)? It names the story's happening, told before,
    to date it by another: no new event, and the words after it are the other one's."""
    if not s.norms[c.tok].startswith(_ARTICLE):
        return False
    return any(k.kind == "after" and k.key in _AFTER_WORDS and _comes_after(s, c.tok, k.tok) for k in s.cues)


def _comes_after(s: SentenceCtx, tok: int, after: int) -> bool:
    """Is the trigger at ``tok`` the subject of «يأتي / جاء» right before the after-word at
    ``after`` («ويأتي الهجوم بعد يوم من ...»، «إن الانفجار جاء بعد ...»)? It dates the story's
    happening by the one after the word, which is background all the same."""
    if after - tok > 2:
        return False
    return (0 < tok and s.norms[tok - 1] in _COMES) or (after - tok == 2 and s.norms[tok + 1] in _COMES)


_TOLL_CLAUSE: Final = frozenset(normalize_key(w) for w in (
    "ما", "مما", "أسفر", "أسفرت", "وأسفر", "وأسفرت", "أدى", "أدت", "وأدى", "وأدت", "أوقع", "أوقعت"))
# «وأسفر حينها عن مقتل ستة جنود»: "back then", the background happening's own time
_THEN_WORDS: Final = frozenset(normalize_key(w) for w in ("حينها", "حينذاك", "آنذاك", "يومها", "وقتها", "وقتذاك"))
_RESULT_REACH: Final = 18  # tokens from the background happening's trigger to its toll
_RESULT_PREFIXES: Final = frozenset(normalize_key(w)[:4] for w in ("أسفر", "أدى", "أوقع"))  # «أسفر عن مقتل»


def _result_of_background(s: SentenceCtx, c: Candidate) -> bool:
    """Is casualty trigger ``c`` the toll of a happening the sentence gave as background
    (:func:`_background_after`): a result clause («ما أسفر عن مقتل»، «مما أدى إلى مقتل») of the
    violent trigger before it, which was vetoed so? The toll is that happening's too."""
    words = [w for w in s.norms[max(0, c.tok - 3):c.tok] if w not in _THEN_WORDS][-2:]
    if not (c.key[:4] in _RESULT_PREFIXES or any(w in _TOLL_CLAUSE for w in words)):
        return False
    before = [o for o in s.candidates if o.tok < c.tok and o.trigger.plover == "ASSAULT" and o.trigger.mode != "casualty"]
    if not before:
        return False
    o = max(before, key=lambda o: o.tok)
    return o.veto == "after" and c.tok - o.tok <= _RESULT_REACH


_BACKGROUND_VETOES: Final = frozenset({"after", "retold"})


def _account_of_background(s: SentenceCtx, c: Candidate) -> bool:
    """Is ``c`` a speaker's own account («قال الجيش إنه قتل ...») in a sentence whose violent
    happenings before it are all background (vetoed «after»/«retold»)? «وتأتي الغارة بعد يومين
    من قصف مدرسة ...، قالت وزارة الصحة إنه أوقع 14 قتيلا، بينما قال الجيش الإسرائيلي إنه قتل
    "ثمانية إرهابيين"»: the army tells the background shelling, not a new deed."""
    if c.tok == 0 or s.norms[c.tok - 1] not in HE_THAT:
        return False
    before = [o for o in s.candidates if o.tok < c.tok and o.trigger.plover == "ASSAULT"]
    return bool(before) and all(o.veto in _BACKGROUND_VETOES for o in before)


# «بعد أسبوع من»، «عقب شهرين من»: a week or more between the happening and the news (after
# «بعد أيام من غارات ... يوم الخميس الماضي» the weekday may still be this week's)
_WEEK_OR_MORE: Final = frozenset(normalize_key(w) for w in (
    "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "عام", "عامين", "سنة", "سنوات"))


_FROM_ON: Final = frozenset({_FROM, normalize_key("على")})
_SHORT_SPANS: Final = frozenset(normalize_key(w) for w in ("يوم", "يومين", "أيام", "ساعة", "ساعات", "ساعتين"))


def _measured_back(s: SentenceCtx, tok: int) -> bool:
    """Does a span of time and «من / على» follow the after-word at ``tok`` («بعد يوم من»، «بعد
    ساعات على»، «بعد أسبوع من»)?"""
    norms = s.norms
    return tok + 2 < len(norms) and norms[tok + 2] in _FROM_ON and (
        norms[tok + 1] in _SHORT_SPANS or norms[tok + 1] in _WEEK_OR_MORE)


def _dated_back(s: SentenceCtx, tok: int) -> bool:
    """Does the after-word at ``tok`` measure a week or more back to the happening («وتأتي الحملة
    بعد أسبوع من هجوم ...»)? A weekday after it then names that day, not one of the story's."""
    norms = s.norms
    return tok + 2 < len(norms) and norms[tok + 1] in _WEEK_OR_MORE and norms[tok + 2] == _FROM


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """The last word of every month name in ``hadath/text/data/months.tsv`` («يونيو»، «حزيران»،
    «الثاني» of «كانون الثاني»), normalised: before a year they date it («يونيو 1988»)."""
    rows = load_tsv(package_dir("hadath.text") / "data" / "months.tsv", ("name", "variants", "month", "ambiguous"),
                    ("name", "variants", "month"), ("name",))
    return frozenset(normalize_key(v.split()[-1]) for r in rows for v in split_variants(r["variants"]))


def _after_month(norms: list[str], first: int, i: int) -> bool:
    """Is the year at token ``i`` written after a month name, maybe with its other name in
    brackets between («في أغسطس 1990»، «12 مارس (آذار) 1993»، «28 يونيو (حزيران) 1988:»)?"""
    months = _month_words()
    if norms[i - 1] in months:
        return True
    return i - 2 >= first and norms[i - 1] == ")" and norms[i - 2] in months


def _past_era_of(s: SentenceCtx, c: Candidate) -> bool:
    """:func:`_past_era`, once per clause: it reads the clause alone, and a clause often holds
    several candidates (each read its every token again)."""
    eras = s.eras
    if eras is None:
        eras = s.eras = {}
    got = eras.get(c.clause)
    if got is None:
        got = eras[c.clause] = _past_era(s, c)
    return got


def _past_era(s: SentenceCtx, c: Candidate) -> bool:
    """Does the clause of ``c`` date it to the last century: a year 19xx after «عام، العام،
    سنة، في» («في سنة 1978، تم اغتيال»، «ثم تعرض عام 1986 لمحاولة اختطاف») or after a month
    name («في سبتمبر (أيلول) 1970 خطفت الجبهة ...»، «28 يونيو (حزيران) 1988: مقتل ...», a
    chronology's line) or a decade («الثمانينات»، «التسعينيات»)? A news report of conflict tells this week's happenings; one
    dated decades back is history recalled (ACLED codes events as they are reported, and the
    recency filter, :mod:`hadath.events.recency`, drops old dates only when ``published`` is
    given). Not «منذ عام 1990» (a comparison or a duration: «أعنف هجوم منذ عام 1990» is today's
    attack, :func:`hadath.text.recency.compared_since`), a birth year («من مواليد 1990»), nor
    an age («في الثمانينات من عمره»). Training part of the gold data: ASSAULT sentences with a
    19xx year or a decade, 0 yes / 37 easy no / 8 difficult no; a year after a month name, 0 yes /
    2 easy no / 5 difficult no (and 4 easy no PROTEST)."""
    norms = s.norms
    first = s.clause_starts[c.clause]
    last = s.clause_stop(c.clause)
    if c.clause > 0 and norms[first - 1] == ":":
        first = s.clause_starts[c.clause - 1]  # «28 يونيو (حزيران) 1988: مقتل ...»: a chronology's date
    for i in range(first, last):
        w = norms[i]
        if w in _DECADES:
            if not (i + 1 < last and norms[i + 1] == _FROM and i + 2 < last and norms[i + 2].startswith(_AGE)):
                return True
        elif len(w) == 4 and w.isdigit() and w.startswith("19") and i > first and (
                _strip_wa(norms[i - 1]) in _YEAR_WORDS or _after_month(norms, first, i)):
            before = {_strip_wa(norms[k]) for k in range(max(first, i - 3), i - 1)}
            if not before & _NOT_ERA:
                return True
    return False


def _investigated(s: SentenceCtx, c: Candidate) -> bool:
    """Is ``c`` what an inquiry looks into: an investigation word (:data:`_INQUIRY`: «التحقيق»،
    «تحقيقات»، «يحقق»، «تتحرى»), «في، حول، بشأن» after it (its adjectives may stand between:
    «التحقيق اللبناني في»، «التحقيقات القضائية والأمنية في», agreeing with it in definiteness),
    then the happening, in its clause with no comma between? «فتحت الشرطة تحقيقا في الهجوم»، «دخل مكتب التحقيقات
    الفدرالي على خط التحقيق اللبناني في حادث الاعتداء على سيارة دبلوماسية»: the happening
    was reported when it took place; the sentence reports the inquiry (ACLED codes no event
    for an investigation, as for a trial, cues.tsv kind trial, whose «التحقيق في» vetoes only
    within three words). The preposition right after the word or its adjectives keeps out
    «تحقيق السلام في المنطقة» (achieving peace: a construct, whose definite noun does not agree
    with the indefinite «تحقيق» as an adjective would). Training part of
    the gold data: ASSAULT sentences with such an inquiry, 0 yes / 19 easy no / 1 difficult
    no."""
    first = s.clause_starts[c.clause]
    lo = max(first, c.tok - _INQUIRY_REACH)
    if _INQUIRY_FORMS.isdisjoint(s.norms[lo:c.tok]):
        return False  # no investigation word in reach (most candidates): one set test, not _strip_wa a word
    for i in range(c.tok - 1, lo - 1, -1):
        w = s.norms[i]
        if w in _COMMAS:
            return False
        if _strip_wa(w) not in _INQUIRY:
            continue
        definite = _strip_wa(w).startswith(_ARTICLE)
        for k in range(i + 1, min(c.tok, i + 2 + _INQUIRY_ADJECTIVES)):
            if s.norms[k] in _ABOUT:
                return True
            if _strip_wa(s.norms[k]).startswith(_ARTICLE) != definite:
                return False  # «تحقيق السلام في»: achieving peace, a construct, not an inquiry's adjective
        return False
    return False


def _tallied(s: SentenceCtx, c: Candidate) -> bool:
    """An attack noun counted in tens or more names a tally, not one happening: «شهدت أفغانستان
    حوالي 140 هجوما انتحاريا في العام 2006»، «وقوع 199 هجوما للقراصنة»، «شن مقاتلو طالبان حوالي
    مائة هجوم انتحاري منذ بداية العام». The count (:data:`_TALLY_MIN` or more, not a percentage)
    ends right before the trigger («140 هجوما انتحاريا»; not «قتل 20 وأصيب 70 في هجوم انتحاري»).
    Weapons are not counted here: «أكثر من عشرين قذيفة هاون» fired at once are one shelling.
    Training part: 0 yes, 2 easy no, 3 difficult no."""
    if c.trigger.pos == "verb" or not s.nums:
        return False
    starts = s.tok_starts
    for n in s.nums:
        if n.percent or n.low < _TALLY_MIN:
            continue
        last = bisect_left(starts, n.end) - 1
        if last == c.tok - 1:
            return True
    return False


_IN_THEM: Final = frozenset(normalize_key(w) for w in ("فيها", "خلالها", "جراءها", "بسببها", "فيهما"))


def _in_tallied(s: SentenceCtx, c: Candidate) -> bool:
    """A death told of the tallied attacks by a pronoun: «شهد عام 2023 أكثر من 650 هجوما في
    باكستان، قتل فيها نحو ألف شخص». The dead are the tally's, not one happening's."""
    i = c.tok_end
    if i >= len(s.norms) or s.norms[i] not in _IN_THEM:
        return False
    return any(o.tok < c.tok and o.trigger.mode in _TALLY_MODES and o.trigger.plover == "ASSAULT"
               and _tallied(s, o) for o in s.candidates)


def _governs_clause(s: SentenceCtx, cue: Cue, tok: int) -> bool:
    """A denial, a verb of accusing or a call governs the words after it up to ``tok``: what is
    denied, charged or called for («في دعوة للشعب للمشاركة في مظاهرة اليوم»، «وطالبت الحركة
    الجماهير الفلسطينية بتسيير مسيرات احتجاجية»). Not «طالب», also a student («تظاهر نحو
    مائة طالب أمام السفارة»), nor a call in a relative clause («التجمع الذي دعت إليه الرابطة»:
    the rally called for took place). Only up to the first comma («نفت وزارة الدفاع ... استهداف أي مناطق سكنية،
    مؤكدة أن وحداتها استهدفت مقرات ...، مشيرة إلى مقتل مدنيين اثنين»: what the denier goes on
    to state is no denial), and a denial only up to a word of link or responsibility
    (:data:`_LINKS`)."""
    if cue.kind == "call":
        if cue.key in _STUDENT or cue.tok > 0 and s.norms[cue.tok - 1] in RELATIVE_PRONOUNS:
            return False
    elif cue.kind == "trial" and cue.key not in _ACCUSE or cue.kind not in ("trial", "denial"):
        return False
    between = s.norms[cue.tok + 1:tok]
    if any(w in _COMMAS for w in between):
        return False
    return cue.kind != "denial" or not any(w in _LINKS for w in between)


ANSWER: Final = "answer"  # cues.tsv kind of the past verbs of heeding a call («لبى»، «استجاب»)
_ANSWER_REACH: Final = 8  # «لبى آلاف العمال والموظفين في تونس أمس دعوة»: subject, place and time between


def answering_verb(s: SentenceCtx, call: Cue) -> Cue | None:
    """The cue of a past verb of heeding a call (cues.tsv kind answer: «لبى»، «استجاب») in the
    call's clause, at most :data:`_ANSWER_REACH` tokens before it, if there is one.

    A call governs what it calls for («دعت النقابة إلى الإضراب»: no strike yet), but a call that
    people heeded tells the deed done: «لبى آلاف العمال دعوة الاتحاد إلى الإضراب العام»،
    «استجاب التجار لدعوة الإضراب». Only the past verbs are listed, so «لم يستجب» and «سيلبي»
    heed nothing; whether the verb's subject names people is
    :func:`hadath.events.stage._call_answered`'s to say."""
    for k in s.cues:
        if k.kind == ANSWER and k.clause == call.clause and 0 < call.tok - k.tok <= _ANSWER_REACH:
            return k
    return None


def _veto_index(s: SentenceCtx) -> tuple[list[Mention], list[Cue]]:
    """Per sentence, once: its organisation mentions and the cues a rule can act on.

    Most cues (time words, reporting verbs, places ...) never veto; leaving them out of
    the per-candidate loop changes no answer, as the loop skips them anyway.
    """
    got = s.veto_index
    if got is None:
        got = s.veto_index = ([m for m in s.ents if m.type == _ORG],
                              [cue for cue in s.cues if cue.kind in _VETO_KINDS])
    return got


def _negates(s: SentenceCtx, neg: int, trig: int) -> bool:
    """A negation particle negates the trigger if only its verb/adverb stands between them."""
    return all(t[:1].isalpha() for t in s.texts[neg + 1 : trig])


def _is_question(s: SentenceCtx) -> bool:
    norms = s.norms
    last = norms[-1] if norms else ""
    return last in _QUESTION or any(n in _QUESTION for n in norms[-3:])
