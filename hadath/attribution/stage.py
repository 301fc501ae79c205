"""The attribution stage: reporting sources, quotations, claims and conflicts.

Assigns ``doc.extras["sources"]`` (:class:`~hadath.attribution.sources.SourceMention`),
``doc.extras["outlet"]`` (the article's own outlet as a ``Source``), ``doc.quotes``,
``doc.claims`` and ``doc.conflicts``. Later stages (events) call :func:`source_for`.

The small records made per article (phrase units, speakers, source mentions, quotation mark
pairs, claim keys) are slotted dataclasses with ``unsafe_hash=True`` rather than frozen: a
frozen dataclass sets every field through ``object.__setattr__``, four times the cost of a
plain one, and an article makes a few hundred of them. Equality and hashing are the same
(by fields); nothing changes them after they are made.
"""

from __future__ import annotations

from hadath.attribution.claims import find_claims
from hadath.attribution.conflicts import find_conflicts
from hadath.attribution.index import build_index
from hadath.attribution.lexicons import source_lexicon
from hadath.attribution.quotes import find_quotes
from hadath.attribution.sources import SourceMention, compute_outlet, find_sources, source_for
from hadath.attribution.speakers import NameRegistry, skip_titles
from hadath.doc import Doc
from hadath.ner.lexicons import given_names
from hadath.pipeline import FunctionStage, Stage
from hadath.text.normalize import normalize_key

__all__ = ["SourceMention", "annotate", "source_for", "stages"]


def _with_given_name(raw: str, start: int) -> int:
    """Where a person's name starts when NER took the family name only: «رئيس «مكتب توثيق
    الشهداء في درعا» عمر الحريري» gives «الحريري» (the marks before cut the name off), but the
    listed given name right before it is his («عمر»), so a later «الحريري» is «عمر الحريري»."""
    j = start
    while j > 0 and raw[j - 1] == " ":
        j -= 1
    i = j
    while i > 0 and raw[i - 1].isalpha():
        i -= 1
    if i < j < start and normalize_key(raw[i:j]) in given_names():
        return i
    return start


def annotate(doc: Doc, sources_path: str | None = None) -> Doc:
    """Run attribution on ``doc``; ``sources_path`` swaps in another sources lexicon (tests)."""
    ix = build_index(doc, sources_path)
    names = NameRegistry()
    for m in doc.entities:
        if m.type == "PER":
            names.add(doc.raw[_with_given_name(doc.raw, skip_titles(ix, m.start, m.end)) : m.end])
        elif m.type == "ORG" and m.canonical:
            names.add_org(m.text, m.canonical, m.start)
            if not m.canonical.isascii():
                # NER's Arabic canonical a sources row holds («لجنة أطباء السودان»): a later
                # «اللجنة» NER links to it speaks under the row's English name
                entry = ix.lex.by_key.get(normalize_key(m.canonical))
                if entry is not None:
                    names.named.setdefault(m.canonical, entry.name)
    for sm in ix.sources:
        names.add_org(sm.text, sm.payloads[0].name, sm.start)
    doc.quotes = []
    mentions = find_sources(ix, names)
    doc.extras["sources"] = mentions
    doc.extras["frames"] = [f.start for f in ix.frames if f.payloads[0].kind in ("verb", "transmit", "haal")]
    doc.extras["outlet"] = compute_outlet(doc, mentions, source_lexicon(sources_path) if sources_path else None)
    doc.quotes = find_quotes(ix, names, mentions)
    claims, infos = find_claims(ix)
    doc.claims = claims
    doc.extras["claim_info"] = infos
    outlet = doc.extras["outlet"]
    doc.conflicts = find_conflicts(claims, infos, outlet.name if outlet is not None else None)
    return doc


def _run(doc: Doc) -> None:
    annotate(doc)


def stages() -> list[Stage]:
    return [
        FunctionStage(
            "attribution",
            _run,
            assigns=frozenset({"quotes", "claims", "conflicts"}),
            requires=frozenset({"sentences", "tokens"}),
        )
    ]
