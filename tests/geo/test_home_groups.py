"""An armed group of one country says where an ambiguous town is (hadath.geo.resolve,
``W_HOME_GROUP``): «ذيبان» is a town in Deir ez-Zor and one in Jordan; with «قسد» in the text
it is the Syrian one. The sentences are illustrative, written for these tests."""

from __future__ import annotations

import hadath


def _places(text: str) -> list[tuple[str, str | None]]:
    doc = hadath.extract(text, published="2024-05-13")
    return [(e.location.name, e.location.country) for e in doc.events if e.location is not None]


def test_the_sdf_puts_dhiban_in_syria() -> None:
    assert _places("اعتقلت «قسد» خمسة أشخاص في بلدة ذيبان أمس.") == [("Dhībān", "SY")]


def test_a_place_name_still_outweighs_a_group() -> None:
    # Hezbollah's men in a Syrian town: the town's own country, not the group's
    assert _places("قتل ثلاثة عناصر من حزب الله في غارة على مدينة القصير بريف حمص أمس.")[0][1] == "SY"

