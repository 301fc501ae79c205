"""Every attribution data file loads through the validating loader."""

from __future__ import annotations

from hadath.attribution.lexicons import (
    SOURCES_TSV,
    counted_keys,
    counted_matcher,
    frame_matcher,
    source_lexicon,
    speaker_words,
    squash,
)

KINDS = {"monitor", "agency", "newspaper", "broadcaster", "official", "ngo", "un", "military", "group", "generic"}


def test_own_lexicons_load() -> None:
    assert len(frame_matcher()) > 100
    words = speaker_words()
    assert words.titles and words.orgs and words.stops and words.thats
    assert len(counted_matcher()) > 200
    keys = counted_keys()
    assert {"casualty", "person", "fighter", "status", "thing", "share", "link", "among"} <= set(keys)


def test_shipped_sources_lexicon_loads() -> None:
    assert SOURCES_TSV.exists(), "hadath/attribution/data/sources.tsv is missing"
    lex = source_lexicon()
    assert len(lex.matcher) > 50
    assert {e.kind for e in lex.by_key.values()} <= KINDS
    # the wire agencies are there, with their abbreviations found however they are dotted
    names = {e.name for e in lex.by_key.values()}
    assert "Reuters" in names
    assert lex.by_squashed.get(squash("أ. ف. ب")) is not None


def test_fixture_sources_lexicon(fixture_sources: str) -> None:
    lex = source_lexicon(fixture_sources)
    assert lex.by_squashed[squash("أ.ف.ب")].name == "Agence France-Presse"
    assert lex.by_key["المرصد"].name == "Syrian Observatory for Human Rights"
