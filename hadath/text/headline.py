"""The article's headline, when the text starts with one.

Users paste articles as the site shows them: a title line, then (often) a dateline, then the
report. The title sums up the lead happenings («قتلى وجرحى في اشتباكات عنيفة بريف منبج
ومسيّرة تركية تستهدف سيارة قرب القامشلي») in the telegraphic present of headlines, without
date, source or full names; the body tells the same happenings properly. ACLED codes from
the body, so the events stage folds a headline's happening into the body's telling of it
(:func:`hadath.events.coref.merge_headline`).

A headline is the first line of the text when more text follows it, it is short
(:data:`MAX_WORDS`) and it does not end like a sentence (a period, a question or
exclamation mark, a colon: «طرابلس (رويترز) - قتل 12 شخصا ...» ends with a period, it is the
lead, not a title).
"""

from __future__ import annotations

MAX_WORDS = 30
_SENTENCE_END = frozenset(".!?:\u061f\u06d4")  # . ! ? : ؟ ۔


def headline_span(raw: str) -> tuple[int, int] | None:
    """Raw ``(start, end)`` of the headline, or None when the text does not open with one."""
    start = len(raw) - len(raw.lstrip())
    nl = raw.find("\n", start)
    if nl < 0 or not raw[nl:].strip():
        return None
    end = start + len(raw[start:nl].rstrip())
    line = raw[start:end]
    if not line or line[-1] in _SENTENCE_END or len(line.split()) > MAX_WORDS:
        return None
    return start, end
