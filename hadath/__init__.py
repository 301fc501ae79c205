"""hadath: structured, sourced, geolocated conflict-event data from Arabic news text.

    >>> import hadath
    >>> doc = hadath.extract("قتل خمسة مدنيين في غارة جوية على مدينة إدلب أمس", published="2024-03-02")
    >>> doc.events[0].event_type                                    # doctest: +SKIP
    'Explosions/Remote violence'
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from hadath import compiled as _compiled

__version__ = "0.1.0"

# The optional mypyc build of the hot modules (build/compiled/), used only while it matches
# the sources exactly; see hadath/compiled.py.
_compiled.install()

if TYPE_CHECKING:
    from hadath.schema import Document


def extract(text: str, published: str | dt.date | None = None, *, doc_id: str = "doc",
            source: str | None = None) -> Document:
    """Extract entities, events, quotes, claims and conflicts from one Arabic text.

    Raises :class:`hadath.errors.InputError` for input that cannot be processed.
    """
    from hadath.convert import to_document
    from hadath.pipeline import run

    return to_document(run(text, doc_id=doc_id, published=published, source=source))


__all__ = ["__version__", "extract"]
