"""«واحد» after the noun it qualifies is an adjective, no count of the dead
(hadath.events.arguments.fatalities): «قتل خمسة أشخاص من عائلة واحدة» is five dead, not six.

The sentences are illustrative, written for these tests.
"""

from __future__ import annotations

import hadath


def tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in hadath.extract(text, published="2024-07-10").events]


def test_one_family_or_one_day_adds_no_dead() -> None:
    assert tolls("قتل خمسة أشخاص من عائلة واحدة في قصف على المدينة أمس.") == [5]
    assert tolls("قتل سبعة أشخاص في يوم واحد في قصف على المدينة.") == [7]


def test_one_dead_is_still_counted() -> None:
    assert tolls("قتل مدني واحد في قصف على المدينة أمس.") == [1]
    assert tolls("قتل شخص واحد وأصيب ثلاثة في قصف على المدينة أمس.") == [1]
