"""The event stage's data: trigger lexicon, modality/context cues, generic actor nouns, place anaphors.

All four are TSV files under ``hadath/events/data`` validated by
:func:`hadath.lexicon.loader.load_tsv` and compiled once into Aho-Corasick matchers (cached
with ``lru_cache``, never module globals). Trigger rows list base forms; the common
inflections (past-tense suffixes for verbs, the article, dual and accusative for nouns) are
generated here so the data file stays readable: «قتل» also yields «قتلت، قتلوا، قتلا».
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Final

from hadath.errors import LexiconError
from hadath.lexicon.actors import actor_matcher
from hadath.lexicon.loader import load_tsv, split_variants
from hadath.lexicon.matcher import MultiMatcher, PhraseMatcher
from hadath.ner.lexicons import entity_matcher, sports_matcher
from hadath.paths import package_dir
from hadath.schema import EVENT_TYPES, PLOVER_TYPES
from hadath.text.normalize import normalize_key

DATA: Final = package_dir("hadath.events") / "data"

TRIGGER_COLUMNS: Final = ("name", "variants", "pos", "plover", "mode", "event_type", "sub_event_type", "specificity")
CUE_COLUMNS: Final = ("name", "variants", "kind")
ACTOR_COLUMNS: Final = ("name", "variants", "inter", "role")
PLACE_ANAPHOR_COLUMNS: Final = ("name", "variants", "kind")

_ALEF: Final = "\u0627"
_AL: Final = "\u0627\u0644"
_TA: Final = "\u062a"
_WAW: Final = "\u0648"
_HA: Final = "\u0647"  # ta marbuta after normalisation
_NUN: Final = "\u0646"
_YA: Final = "\u064a"
_MIM: Final = "\u0645"
_VERB_SUFFIXES: Final = (_TA, _WAW + _ALEF, _ALEF, _TA + _ALEF, _HA, _HA + _MIM, _TA + _HA, _TA + _HA + _MIM, _WAW + _HA)


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger row: the PLOVER type and mode and the ACLED type it defaults to."""

    name: str
    pos: str
    plover: str
    mode: str
    event_type: str
    sub_event_type: str
    specificity: int


@dataclass(frozen=True, slots=True)
class GenericActor:
    """A generic actor noun (مسلحون مجهولون، مدنيين، متظاهرون) with its ACLED inter code."""

    name: str
    inter: int
    role: str  # "armed" | "civilian" | "protester" | "rioter" | "state"


def _inflect(form: str, pos: str) -> list[str]:
    """Surface variants of a normalised base form (no duplicates, the form itself first)."""
    out = [form]
    single = " " not in form
    if single and not form.startswith(_AL):
        out.append(_AL + form)
        if pos == "verb" and not form.endswith((_ALEF, _HA)):
            out += [form + s for s in _VERB_SUFFIXES]
        if pos == "noun":
            if form.endswith(_HA):
                out += [form[:-1] + _TA + _ALEF + _NUN, form[:-1] + _TA + _YA + _NUN]
            elif not form.endswith((_ALEF, _TA)):
                out += [form + _ALEF, form + _YA + _NUN]
    elif pos == "phrase":
        out += _agreeing_forms(form)
    seen: dict[str, None] = {}
    for v in out:
        seen.setdefault(v, None)
    return list(seen)


def _dual_nominative(form: str, pos: str) -> list[str]:
    """The nominative dual of a one-word masculine trigger noun: «صاروخ» -> «صاروخان»، «هجوم» ->
    «هجومان» («وسقط صاروخان على بلدة سديروت»، «وقع هجومان انتحاريان»). :func:`_inflect` makes
    the genitive/accusative «صاروخين» (and the feminine duals) for every noun; the nominative
    of the subject position was missing, so «سقط صاروخان» had no trigger at all. Triggers
    only: the generic actor nouns' duals («مسلحان») are the arguments' matter."""
    if pos != "noun" or " " in form or form.startswith(_AL) or form.endswith((_ALEF, _TA, _HA)):
        return []
    return [form + _ALEF + _NUN]


def _agreeing_forms(form: str) -> list[str]:
    """A two-word feminine noun phrase in the dual and with the article, every word agreeing:
    «عبوة ناسفة» -> «عبوتان ناسفتان»، «عبوتين ناسفتين»، «العبوة الناسفة»، «العبوتين الناسفتين».
    Other phrases have no forms generated (their words need not agree)."""
    words = form.split(" ")
    if len(words) != 2 or not all(w.endswith(_HA) and not w.startswith(_AL) for w in words):
        return []
    nom = [w[:-1] + _TA + _ALEF + _NUN for w in words]
    gen = [w[:-1] + _TA + _YA + _NUN for w in words]
    return [" ".join(ws) for ws in (nom, gen, [_AL + w for w in words], [_AL + w for w in nom], [_AL + w for w in gen])]


@lru_cache(maxsize=1)
def triggers() -> PhraseMatcher[Trigger]:
    """The compiled trigger matcher; explicit forms win over generated ones."""
    rows = load_tsv(DATA / "triggers.tsv", TRIGGER_COLUMNS, TRIGGER_COLUMNS, ("name", "variants"))
    explicit: dict[str, Trigger] = {}
    generated: dict[str, Trigger] = {}
    for row in rows:
        if row["plover"] not in PLOVER_TYPES:
            raise LexiconError(f"triggers.tsv: {row['name']!r} has unknown PLOVER type {row['plover']!r}")
        if row["sub_event_type"] not in EVENT_TYPES.get(row["event_type"], ()):
            raise LexiconError(
                f"triggers.tsv: {row['name']!r}: {row['sub_event_type']!r} is not an ACLED sub-event of {row['event_type']!r}"
            )
        if row["pos"] not in {"verb", "noun", "phrase"}:
            raise LexiconError(f"triggers.tsv: {row['name']!r} has pos {row['pos']!r}, expected verb|noun|phrase")
        trig = Trigger(row["name"], row["pos"], row["plover"], row["mode"], row["event_type"],
                       row["sub_event_type"], int(row["specificity"]))
        for variant in split_variants(row["variants"]):
            key = normalize_key(variant)
            explicit.setdefault(key, trig)
            for form in _inflect(key, row["pos"])[1:] + _dual_nominative(key, row["pos"]):
                generated.setdefault(form, trig)
    table = dict(generated)
    table.update(explicit)
    return PhraseMatcher(table.items())


@lru_cache(maxsize=1)
def cues() -> PhraseMatcher[str]:
    """Modality/context cue matcher; payload is the cue kind (negation, future, time ...)."""
    rows = load_tsv(DATA / "cues.tsv", CUE_COLUMNS, CUE_COLUMNS, ("name", "variants"))
    entries: list[tuple[str, str]] = []
    for row in rows:
        for variant in split_variants(row["variants"]):
            entries.append((variant, row["kind"]))
    return PhraseMatcher(entries)


@lru_cache(maxsize=1)
def _generic_rows() -> tuple[tuple[GenericActor, tuple[str, ...]], ...]:
    """``generic_actors.tsv``: each row's actor and its Arabic variants, read once."""
    rows = load_tsv(DATA / "generic_actors.tsv", ACTOR_COLUMNS, ACTOR_COLUMNS, ("variants",))
    return tuple((GenericActor(row["name"], int(row["inter"]), row["role"]), tuple(split_variants(row["variants"])))
                 for row in rows)


@lru_cache(maxsize=1)
def generic_actor_rows() -> tuple[GenericActor, ...]:
    """Every row of ``generic_actors.tsv`` (its actor, without the variants)."""
    return tuple(actor for actor, _ in _generic_rows())


@lru_cache(maxsize=1)
def generic_actors() -> PhraseMatcher[GenericActor]:
    """Generic actor nouns, used when NER found no named actor in an argument slot."""
    entries: list[tuple[str, GenericActor]] = []
    for actor, variants in _generic_rows():
        for variant in variants:
            for form in _inflect(normalize_key(variant), "noun"):
                entries.append((form, actor))
    return PhraseMatcher(entries)


@lru_cache(maxsize=8)
def generic_actor(role: str) -> GenericActor | None:
    """The first generic actor row of ``role``: its name template («Protesters ({country})»)
    for people the text names by nationality rather than by a generic noun."""
    return next((actor for actor, _ in _generic_rows() if actor.role == role), None)


@lru_cache(maxsize=1)
def affiliation_phrases() -> tuple[str, ...]:
    """Normalised phrases that tie a victim to the group named after them («وهو عنصر في»،
    «وهم من عناصر»): ``affiliation.tsv``."""
    rows = load_tsv(DATA / "affiliation.tsv", ("name", "variants"), ("name", "variants"), ("name",))
    return tuple(normalize_key(v) for r in rows for v in split_variants(r["variants"]))


@lru_cache(maxsize=1)
def other_happening_words() -> frozenset[str]:
    """Normalised words that make a happening another one («هجوما آخر»، «غارات جديدة»):
    ``other_happening.tsv``."""
    rows = load_tsv(DATA / "other_happening.tsv", ("word", "note"), ("word", "note"), ("word",))
    return frozenset(normalize_key(r["word"]) for r in rows)


@lru_cache(maxsize=1)
def place_anaphors() -> PhraseMatcher[str]:
    """Place anaphor matcher (``place_anaphors.tsv``); payload is the kind (anaphor or near)."""
    rows = load_tsv(DATA / "place_anaphors.tsv", PLACE_ANAPHOR_COLUMNS, PLACE_ANAPHOR_COLUMNS, ("name",))
    return PhraseMatcher([(v, r["kind"]) for r in rows for v in split_variants(r["variants"])])


def event_matchers() -> MultiMatcher:
    """Triggers, cues, generic actor nouns and place anaphors as one automaton (one scan of
    an article; :func:`event_hits` gives its hits).

    Built from the four cached matchers, so it follows them when their caches are cleared.
    """
    return _combined(triggers(), cues(), generic_actors(), place_anaphors())


Hit = tuple[int, int, str, tuple[Any, ...], int]
"""A :meth:`PhraseMatcher.find_norm` hit: (start, end, key, payloads, prefix start), normalised offsets."""


def event_hits(text: str) -> list[list[Hit]]:
    """``event_matchers().find_norm(text)``: per matcher (triggers, cues, generic actors,
    place anaphors), its hits in the normalised ``text``; read-only lists.

    Read off :func:`article_hits`, the one scan of an article that the NER stage made first
    (the candidates and, later, the place fallback of one document read it again).
    """
    return _scan(article_matchers(), text)[_NER_LEXICONS:]


def article_hits(text: str) -> list[list[Hit]]:
    """The hits of :func:`article_matchers` in the normalised ``text``: the NER stage's name
    lexicons (entities, actors, sports) first, then :func:`event_hits`'s four; read-only lists.

    The NER stage and the events stage scan the same normalised text, and a scan costs about
    as much per character as per hit: one automaton for both (kept for the last few texts)
    scans an article once, not twice (~0.6M instructions an article compiled). Each part is
    what its own matcher gives (:class:`hadath.lexicon.matcher.MultiMatcher`).
    """
    return _scan(article_matchers(), text)


_NER_LEXICONS: Final = 3  # article_matchers(): the NER stage's three lexicons come first


def article_matchers() -> MultiMatcher:
    """The NER stage's entity, actor and sports lexicons and the events stage's four
    (:func:`event_matchers`) as one automaton, for :func:`article_hits`.

    Built from the cached matchers, so it follows them when their caches are cleared.
    """
    return _article_combined(entity_matcher(), actor_matcher(), sports_matcher(),
                             triggers(), cues(), generic_actors(), place_anaphors())


@lru_cache(maxsize=4)
def _scan(matchers: MultiMatcher, text: str) -> list[list[Hit]]:
    hits = matchers.find_norm(text)
    split = _split_shots(text)
    if split:
        # «أضرم شاب النار في نفسه»: the self-immolation, not the verb alone («أضرم»، destroy)
        selves = {(h[0], h[1]) for h in split if h[3][0].mode == SELF_HARM_MODE}
        own = [h for h in hits[_NER_LEXICONS] if (h[0], h[1]) not in selves] if selves else hits[_NER_LEXICONS]
        hits[_NER_LEXICONS] = sorted(own + split, key=lambda h: (h[0], -h[1]))
    return hits


SELF_HARM_MODE: Final = "self-harm"  # triggers.tsv: the self-immolation row's mode


# «وأطلق مسلحون النار على سيارة»، «فتح حارس النار على الموكب»: Arabic puts the subject between
# the verb and its object, so the shoot row's «أطلق النار»، «فتح النار» (matched as written)
# miss the commonest order of a report. The verb with at most three words and then «النار» (no
# punctuation between) is that trigger, its span the verb alone (the subject stays outside it).
_NO_PUNCT_WORD: Final = r"[^\s\u060c,.\u061b:!?\u061f\u00ab\u00bb\"()]+"
_SPLIT_SHOT: Final = re.compile(r"(?<!\S)([\u0648\u0641]?)((?:\u0627\u0637\u0644\u0642|\u0641\u062a\u062d)"  # (و|ف)? اطلق|فتح
                         r"(?:\u062a|\u0648\u0627)?)((?: " + _NO_PUNCT_WORD + r"){1,3})"  # ت|وا, 1-3 words
                         r" (\u0627\u0644\u0646\u0627\u0631)(?!\S)")  # النار
# «أضرم شاب النار في نفسه»، «وأشعلت امرأة النار في نفسها»: the self-immolation row's «أضرم النار
# في نفسه» split by its subject in the same way (up to four words: «أضرم عاطل عن العمل النار»).
_SPLIT_SELF: Final = re.compile(r"(?<!\S)([\u0648\u0641]?)((?:\u0627\u0636\u0631\u0645|\u0627\u0634\u0639\u0644)"  # (و|ف)? اضرم|اشعل
                         r"(?:\u062a|\u0648\u0627)?)((?: " + _NO_PUNCT_WORD + r"){1,4})"  # ت|وا, 1-4 words
                         r" (\u0627\u0644\u0646\u0627\u0631 \u0641\u064a "  # النار في
                         r"(?:\u0646\u0641\u0633\u0647\u0627|\u0646\u0641\u0633\u0647|\u0627\u0646\u0641\u0633\u0647\u0645))(?!\S)")  # نفسها|نفسه|انفسهم

# «فجر انتحاري نفسه»، «فجرت امرأة نفسها»، «فجر 3 انتحاريين أنفسهم»: the suicide row's «فجر نفسه»
# split by its bomber (up to three words).
_SPLIT_BLAST: Final = re.compile(r"(?<!\S)([\u0648\u0641]?)(\u0641\u062c\u0631(?:\u062a|\u0648\u0627)?)"  # (و|ف)? فجر(ت|وا)?
                          r"((?: " + _NO_PUNCT_WORD + r"){1,3})"  # 1-3 words
                          r" (\u0646\u0641\u0633\u0647\u0627|\u0646\u0641\u0633\u0647|\u0627\u0646\u0641\u0633\u0647\u0645)(?!\S)")  # نفسها|نفسه|انفسهم


# Each split pattern with the verb stems its verb group starts with (none overlapping another,
# nor a stem starting one letter after another) and a piece of text every match of it holds.
_SPLITS: Final = (
    (_SPLIT_SHOT, ("\u0627\u0637\u0644\u0642", "\u0641\u062a\u062d"), " \u0627\u0644\u0646\u0627\u0631"),  # اطلق فتح; « النار»
    (_SPLIT_SELF, ("\u0627\u0636\u0631\u0645", "\u0627\u0634\u0639\u0644"),  # اضرم اشعل
     " \u0627\u0644\u0646\u0627\u0631 \u0641\u064a "),  # « النار في »
    (_SPLIT_BLAST, ("\u0641\u062c\u0631",), "\u0646\u0641\u0633"),  # فجر; «نفس» (نفسه، نفسها، انفسهم)
)
_SPLIT_CONJ: Final = "\u0648\u0641"  # و ف, the conjunction the patterns allow before the verb


def _split_starts(text: str, stems: tuple[str, ...]) -> list[int]:
    """Where a split pattern whose verb starts with one of ``stems`` can match, in order: each
    place a stem starts, or the «و»/«ف» right before it.

    The regex, searching the whole text, tries the conjunction's place first, and at the stem's
    own place its look-behind fails after a letter: one place a stem is tried. Found with
    ``str.find``, which skips through the text in C, instead of the regex, which no literal
    starts, trying every character: ~1.2M instructions an article a pattern (5% of the events
    stage, compiled, for the shots alone) for phrases most articles never write."""
    starts: list[int] = []
    for stem in stems:
        at = text.find(stem)
        while at >= 0:
            starts.append(at - 1 if at and text[at - 1] in _SPLIT_CONJ else at)
            at = text.find(stem, at + len(stem))
    starts.sort()
    return starts


def _split_shots(text: str) -> list[Hit]:
    """Hits of the shoot, self-immolation and suicide-bombing triggers whose verb and object a
    subject splits (normalised offsets); the key is the phrase as the lexicon lists it («اطلق
    النار»، «اضرم النار في نفسه»، «فجر نفسه»), so the classifier reads it as the written-together
    phrase. Each pattern's matches as its ``finditer`` finds them (leftmost, none overlapping),
    tried only in a text that holds its piece and where a match can start (:func:`_split_starts`)."""
    out: list[Hit] = []
    for pattern, stems, piece in _SPLITS:
        if piece not in text:
            continue
        end = 0
        for at in _split_starts(text, stems):
            if at < end:
                continue
            m = pattern.match(text, at)
            if m is None:
                continue
            end = m.end()
            key = m.group(2) + " " + m.group(4)
            found = triggers().find_norm(key)
            if found and found[0][2] == key:
                out.append((m.start(2), m.end(2), key, (_as_verb(found[0][3][0]),), m.start(1)))
    return out


@lru_cache(maxsize=8)
def _as_verb(t: Trigger) -> Trigger:
    """The phrase's trigger read as a verb: its subject follows it (ACLED's actor1,
    :func:`hadath.events.arguments.assign_actors`), as after «هاجم مسلحون»."""
    return replace(t, pos="verb")


@lru_cache(maxsize=1)
def _combined(*matchers: PhraseMatcher[Any]) -> MultiMatcher:
    return MultiMatcher(matchers)


@lru_cache(maxsize=1)
def _article_combined(*matchers: PhraseMatcher[Any]) -> MultiMatcher:
    return MultiMatcher(matchers)


# Definite nouns of a violent happening that name one told before («صدت الهجوم»، «قتلى
# الاشتباكات»، «لصواريخ العدوان»، «إن الضربات استهدفت»): the place fallback lends such a trigger
# the happening's place, and coreference reads a trigger they stand by as definite.
THE_ATTACK_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "الهجوم", "الهجمات", "الاعتداء", "العدوان", "القصف", "الغارة", "الغارات", "الضربة", "الضربات",
    "التفجير", "الانفجار", "الكمين", "الاشتباكات", "المعارك", "الاقتحام", "التوغل"))


def names_attack_again(word: str) -> bool:
    """Is the normalised ``word`` one of :data:`THE_ATTACK_NOUNS`, «و»/«ف» aside («والهجوم»)?"""
    return word in THE_ATTACK_NOUNS or (word[:1] in ("\u0648", "\u0641") and word[1:] in THE_ATTACK_NOUNS)


# The wounded counted before («بعد وفاة أحد الجرحى»): their deaths revise a toll (modality's
# «died of wounds» veto, arguments' count of the dead).
THE_WOUNDED: Final = frozenset(normalize_key(w) for w in (
    "الجرحى", "المصابين", "الجريحين", "جرحى", "المصابون"))
# triggers.tsv mode of «حيدت، تحييد» (the Turkish ministry's word for killing or capturing):
# arguments read the counted people after it as its victims, ACLED typing reads it as an air
# strike when it is by air, and no classifier score keeps it without its rule.
NEUTRALISE_MODE: Final = "neutralise"
# ACLED's sub-event type of protesters killed or shot: acled types it, coreference and the stage
# order its actors (actor1 the force, actor2 the crowd)
EXCESSIVE_FORCE: Final = "Excessive force against protesters"
ARREST_MODE: Final = "arrest"  # triggers.tsv mode of the arrest rows («اعتقلت»)
ATTACK_MODES: Final = frozenset({"attack", "raid"})  # triggers.tsv: attacking that says nothing of the weapon
VERB_POS: Final = frozenset({"verb", "phrase"})  # trigger parts of speech that take a subject after them
# cues.tsv kinds of the words for people: crowd words and vague quantities («آلاف»، «عدد من»),
# people named by their work or kin («ذوو»، «سائقو»، «المعلمون»), and the victims' words
CROWD_KINDS: Final = frozenset({"crowd", "some"})
POPULACE: Final = "populace"
PEOPLE_KINDS: Final = CROWD_KINDS | {"victim", POPULACE}
# cues.tsv kinds of the verbs of doing a deed: light verbs («قام»، «أقدم») and litotes («لم يتورع»)
UNDERTAKE_KINDS: Final = frozenset({"undertake", "litotes"})
# Words for clashes: indefinite («شهدت مناوشات بين محتجين وقوات الأمن», a crowd met by a force)
# and definite («خلال المواجهات», a death told in clashes already told); the two must agree.
SKIRMISHES: Final = frozenset(normalize_key(w) for w in ("مواجهات", "اشتباكات", "صدامات", "مناوشات"))
THE_SKIRMISHES: Final = frozenset(_AL + w for w in SKIRMISHES)
# The words after «منذ» (text.recency.SINCE) that start a period of the calendar («منذ بداية العام»،
# «منذ مطلع الشهر»): a toll or an arrest count summed since then is not one event's (modality's
# veto of a running summary, stage's arrests over a period).
SINCE_STARTS: Final = frozenset(normalize_key(w) for w in ("بداية", "مطلع", "بدء"))
# Function words several events modules read alike.
# «أنه، إنه، بأنه» and the feminine: a complementiser whose pronoun is the reported verb's subject
THE_ATTACKERS: Final = frozenset(normalize_key(w) for w in ("المهاجمين", "المهاجمون"))
"""«the attackers»: the side that attacked in the attack already told (armed_anaphors.tsv has them too)."""
HE_THAT: Final = frozenset(p + normalize_key(w) for p in ("", "\u0628") for w in ("أنه", "إنه", "أنها", "إنها"))
# «هذا الهجوم»، «تلك الاشتباكات»: a demonstrative before a trigger points back at a happening told
DEMONSTRATIVES: Final = frozenset(normalize_key(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين"))
RELATIVE_PRONOUNS: Final = frozenset(normalize_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))
QAD: Final = normalize_key("قد")  # the particle before a past verb («كان ... قد بدأوا»)
# «احتج» and its forms: to protest in words (a note lodged) as much as in the street
PROTEST_VERBS: Final = frozenset(normalize_key(w) for w in ("احتج", "احتجت", "احتجوا", "يحتج", "تحتج", "يحتجون"))


# «أسقط»، «ألقى» (to drop): with an aircraft right after them they tell a bomb dropped from it
# («أسقطت مسيرة أوكرانية عبوة ناسفة»), where «مسيرة» (a march elsewhere) is a drone
DROP_VERBS: Final = frozenset(normalize_key(w) for w in ("أسقطت", "أسقط", "وأسقطت", "وأسقط", "ألقت", "ألقى", "وألقت"))
DRONE_WORDS: Final = frozenset(normalize_key(w) for w in ("مسيرة", "مسيرات", "درون"))
# verbs of air defence among the defuse phrases (triggers.tsv): they disrupt a weapon only with one
# after them («تصدت الدفاعات الجوية لطائرتين مسيرتين»، «اعترضت القبة الحديدية صاروخين»), and meet
# a strike coming in (:mod:`hadath.events.modality`, :mod:`hadath.events.coref`)
PARRY_VERBS: Final = frozenset(normalize_key(w) for w in ("اعترضت", "اعترض", "تصدت", "تصدى", "التصدي"))
# verbs of downing or intercepting with the weapon as their pronoun: «وقال الجيش الإسرائيلي إنه
# اعترضه» (triggers.tsv defuse; the weapon was named before, :func:`hadath.events.stage._parried_it`)
PARRIED_IT: Final = frozenset(normalize_key(w) for w in (
    "اعترضه", "اعترضها", "اعترضته", "اعترضتها", "أسقطه", "أسقطها", "أسقطته", "أسقطتها"))
