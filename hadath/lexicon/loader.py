"""Load and validate TSV lexicons.

Every shipped data file goes through :func:`load_tsv`, so bad data fails CI (a test loads
every file) rather than a user's run. Checks: header present and as expected, NFC text,
no presentation-form glyphs, no diacritics or tatweel, no empty required fields, no
duplicate keys. ``#`` lines are comments (provenance, licence).
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import regex

from hadath.errors import LexiconError
from hadath.text import chars as C

_BAD_CHARS = regex.compile(
    C.PRESENTATION_FORMS[:-1] + regex.escape(C.DIACRITICS + C.TATWEEL) + "]"
)
VARIANT_SEP = " | "


# Spellings every lexicon gets without listing them: Kurdish outlets (Rudaw, Kurdistan24)
# write «كوردستان», «الكوردستاني» where other Arabic media write «كردستان».
_SPELLINGS = (("\u0643\u0631\u062f\u0633\u062a\u0627\u0646", "\u0643\u0648\u0631\u062f\u0633\u062a\u0627\u0646"),)  # كردستان -> كوردستان


def split_variants(field: str) -> list[str]:
    """Split a ``variants`` field (``a | b | c``) into its non-empty items, each followed by
    its other regional spellings (``_SPELLINGS``) so analysts list a name once."""
    out: list[str] = []
    for v in field.split("|"):
        v = v.strip()
        if not v:
            continue
        out.append(v)
        for plain, other in _SPELLINGS:
            if plain in v:
                out.append(v.replace(plain, other))
    return list(dict.fromkeys(out)) if len(out) > 1 else out


@lru_cache(maxsize=64)
def _load(path: str, columns: tuple[str, ...], required: tuple[str, ...], unique: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{p}: cannot read lexicon ({exc})") from exc
    body = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    if not body:
        raise LexiconError(f"{p}: empty lexicon (no header row)")
    reader = csv.reader(body, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    if columns and tuple(header[: len(columns)]) != columns:
        raise LexiconError(f"{p}: header {header} does not start with {list(columns)}")
    rows: list[dict[str, str]] = []
    seen: dict[str, set[str]] = {u: set() for u in unique}
    # the character checks once over the whole file when it passes them (nearly always):
    # tabs and newlines are starters that compose with nothing, so a file in NFC has every
    # cell in NFC, and a file without a bad character has none in a cell. Only a file that
    # fails (perhaps in a comment) is checked cell by cell, to name the row or pass. Every
    # new process reads its lexicons: the cell checks were half of loading ner.clusters.tsv.
    text = "\n".join(body)
    cells_ok = unicodedata.is_normalized("NFC", text) and not _BAD_CHARS.search(text)
    for n, cells in enumerate(reader, start=2):
        if len(cells) > len(header):
            raise LexiconError(f"{p}: data row {n} has {len(cells)} fields, header has {len(header)}")
        cells = cells + [""] * (len(header) - len(cells))
        row = dict(zip(header, map(str.strip, cells), strict=True))
        if not cells_ok:
            _check_cells(p, n, row)
        for key in required:
            if not row.get(key):
                raise LexiconError(f"{p}: data row {n} has an empty {key!r}")
        for key in unique:
            values = split_variants(row[key]) if key == "variants" else [row[key]]
            for v in values:
                if v in seen[key]:
                    raise LexiconError(f"{p}: data row {n}: duplicate {key} {v!r}")
                seen[key].add(v)
        rows.append(row)
    return tuple(rows)


def _check_cells(p: Path, n: int, row: dict[str, str]) -> None:
    """Every cell of data row ``n`` in NFC, without diacritics, tatweel or presentation forms."""
    for key, value in row.items():
        if value and unicodedata.normalize("NFC", value) != value:
            raise LexiconError(f"{p}: data row {n}, column {key!r} is not NFC")
        if _BAD_CHARS.search(value):
            raise LexiconError(
                f"{p}: data row {n}, column {key!r} has diacritics, tatweel or presentation forms"
            )


def load_tsv(
    path: str | Path,
    columns: Iterable[str] = (),
    required: Iterable[str] = (),
    unique: Iterable[str] = (),
) -> tuple[dict[str, str], ...]:
    """Load a TSV lexicon as rows of ``{column: value}``; cached per path and arguments."""
    return _load(str(path), tuple(columns), tuple(required), tuple(unique))
