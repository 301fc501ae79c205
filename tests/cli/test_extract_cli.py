"""The contract's ``hadath extract``: outputs, exit codes 0/1/2 and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cli_support import run_cli

ARTICLE = "قتل خمسة مدنيين أمس في غارة جوية على مدينة إدلب، بحسب المرصد السوري لحقوق الإنسان."


def test_single_file(tmp_path: Path) -> None:
    f = tmp_path / "report.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    res = run_cli("extract", str(f), "--published", "2024-03-02")
    assert res.code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["id"] == "report"
    assert doc["published"] == "2024-03-02"
    for key in ("entities", "events", "quotes", "claims", "conflicts"):
        assert isinstance(doc[key], list)
    assert res.stdout.count("\n") == 1  # exactly one JSON document, compact


def test_stdin_with_id_and_pretty() -> None:
    res = run_cli("extract", "-", "--id", "abc", "--pretty", input=ARTICLE)
    assert res.code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["id"] == "abc" and doc["published"] is None
    assert res.stdout.count("\n") > 5


def test_spans_point_into_the_input(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    doc = json.loads(run_cli("extract", str(f)).stdout)
    for ent in doc["entities"]:
        assert ARTICLE[ent["start"] : ent["end"]] == ent["text"]
    for ev in doc["events"]:
        for sp in ev["evidence"]:
            assert 0 <= sp["start"] < sp["end"] <= len(ARTICLE)


def test_not_utf8_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("caf\xe9 ".encode("latin-1") * 10)
    res = run_cli("extract", str(f))
    assert res.code == 2
    assert res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1 and "UTF-8" in res.stderr


def test_empty_binary_missing_and_oversize_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    big = tmp_path / "big.txt"
    big.write_text("قتل " * 400, encoding="utf-8")
    for args, needle in (
        ((str(empty),), "empty"),
        ((str(binary),), "binary"),
        ((str(tmp_path / "nope.txt"),), "no such file"),
        ((str(big), "--max-size", "1000"), "size limit"),
    ):
        res = run_cli("extract", *args)
        assert res.code == 2, (args, res.stderr)
        assert needle in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1


def test_bad_published_date_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    res = run_cli("extract", str(f), "--published", "yesterday")
    assert res.code == 2 and "YYYY-MM-DD" in res.stderr


def test_jsonl_batch_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": ARTICLE, "published": "2024-03-02"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": 42}),
        json.dumps({"id": "e", "text": "اشتباكات في حلب", "source": "SANA"}, ensure_ascii=False),
    ]
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = run_cli("extract", "--jsonl", str(f))
    assert res.code == 1
    out = res.documents()
    assert len(out) == 5
    assert [o.get("id") for o in out] == ["a", None, "c", "d", "e"]
    assert "error" not in out[0] and "error" not in out[4]
    assert "JSON" in out[1]["error"]
    assert "text" in out[2]["error"] and "string" in out[3]["error"]


def test_jsonl_all_good_exits_0() -> None:
    line = json.dumps({"id": "x", "text": ARTICLE}, ensure_ascii=False)
    res = run_cli("extract", "--jsonl", "-", input=line + "\n" + line + "\n")
    assert res.code == 0
    assert [d["id"] for d in res.documents()] == ["x", "x"]


def test_schema_command_prints_json_schema() -> None:
    res = run_cli("schema")
    assert res.code == 0
    schema = json.loads(res.stdout)
    assert "Event" in json.dumps(schema)


def test_cli_help_loads_no_pipeline() -> None:
    """The CLI starts fast because ``--help`` (and argument errors) import no stage, model or
    database code; the start-up time itself is measured by benchmarks/bench_extract.py, not here."""
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from hadath.cli.app import app\n"
        "assert CliRunner().invoke(app, ['--help']).exit_code == 0\n"
        "heavy = ('numpy', 'ahocorasick', 'pycrfsuite', 'sqlalchemy', 'hadath.pipeline', 'hadath.ner',"
        " 'hadath.geo', 'hadath.events', 'hadath.attribution', 'hadath.store')\n"
        "print(' '.join(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == ""


def test_every_command_is_documented() -> None:
    res = run_cli("--help")
    for cmd in ("extract", "schema", "demo", "eval"):
        assert cmd in res.stdout


def test_demo_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "demo.json"
    res = run_cli("demo", "-o", str(out))
    assert res.code == 0, res.stderr
    from cli_support import validate_document

    validate_document(json.loads(out.read_text(encoding="utf-8")))
    assert "Events" in res.stdout


def test_jsonl_with_two_workers_keeps_order(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"d{i}", "text": ARTICLE}, ensure_ascii=False) for i in range(7)]
    lines.insert(3, "[1, 2]")
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = run_cli("extract", "--jsonl", str(f), "--workers", "2")
    assert res.code == 1
    out = res.documents()
    assert [o.get("id") for o in out] == ["d0", "d1", "d2", None, "d3", "d4", "d5", "d6"]
    assert "JSON object" in out[3]["error"]
    single = run_cli("extract", "--jsonl", str(f)).documents()
    assert single == out
