"""The validating loader rejects bad data, and every shipped data file passes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.errors import LexiconError
from hadath.lexicon.loader import load_tsv, split_variants

PACKAGE = Path(__file__).resolve().parents[2] / "hadath"


def _write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "lex.tsv"
    p.write_text(body, encoding="utf-8")
    return p


def test_loads_rows_and_skips_comments(tmp_path: Path) -> None:
    p = _write(tmp_path, "# provenance: test\nid\tname\tvariants\na\tAleppo\tحلب | حلب الشهباء\n")
    rows = load_tsv(p, columns=("id", "name", "variants"), required=("id",), unique=("id", "variants"))
    assert rows == ({"id": "a", "name": "Aleppo", "variants": "حلب | حلب الشهباء"},)
    assert split_variants(rows[0]["variants"]) == ["حلب", "حلب الشهباء"]


@pytest.mark.parametrize(
    "body, message",
    [
        ("id\tname\n", None),
        ("id\tname\na\t\n", "empty 'name'"),
        ("id\tname\na\tx\na\ty\n", "duplicate id"),
        ("id\tname\na\tحَلب\n", "diacritics"),
        ("id\tname\na\tحلـب\n", "tatweel"),
        ("id\tname\na\t\ufef7\n", "presentation"),
        ("id\tname\na\tx\tsurplus\n", "fields"),
        ("key\tname\na\tx\n", "header"),
        ("id\tname\na\tA\u0301\n", "NFC"),
    ],
)
def test_rejects_bad_rows(tmp_path: Path, body: str, message: str | None) -> None:
    p = _write(tmp_path, body)
    if message is None:
        assert load_tsv(p, columns=("id", "name")) == ()
        return
    with pytest.raises(LexiconError, match=message):
        load_tsv(p, columns=("id", "name"), required=("id", "name"), unique=("id",))


def test_character_checks_name_the_row_and_ignore_comments(tmp_path: Path) -> None:
    # the checks run once over the whole file; a file that fails them is checked cell by
    # cell: the error names the row, and a bad character in a comment only is no error
    p = _write(tmp_path, "# حَلب in a comment, A\u0301 too\nid\tname\na\tx\nb\tحَلب\n")
    with pytest.raises(LexiconError, match="data row 3, column 'name' has diacritics"):
        load_tsv(p, columns=("id", "name"))
    q = tmp_path / "ok.tsv"
    q.write_text("# حَلب in a comment, A\u0301 too\nid\tname\na\tx\n", encoding="utf-8")
    assert load_tsv(q, columns=("id", "name")) == ({"id": "a", "name": "x"},)


def test_missing_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read"):
        load_tsv(tmp_path / "nope.tsv")


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.tsv")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_every_shipped_tsv_is_valid(path: Path) -> None:
    rows = load_tsv(path)
    assert rows, f"{path} has no data rows"
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().startswith("#"), f"{path}: start with # lines naming provenance and licence"
