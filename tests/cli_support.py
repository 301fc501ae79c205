"""Test helpers: the CLI runner validates every document it sees against the JSON Schema.

A module of its own (not conftest.py) so that its name never collides with a stage's conftest.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT.parent / "shared").resolve()


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    from hadath.schema import Document

    schema = Document.model_json_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def validate_document(obj: dict) -> None:
    """Raise if ``obj`` is not a valid contract Document (JSON Schema + span invariants)."""
    _validator().validate(obj)


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    def documents(self) -> list[dict]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def run_cli(*args: str, input: bytes | str | None = None, timeout: float = 120) -> CliResult:
    """Run ``python -m hadath ARGS`` for real; validate every emitted Document."""
    data = input.encode("utf-8") if isinstance(input, str) else input
    proc = subprocess.run(
        [sys.executable, "-m", "hadath", *args],
        input=data,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
    )
    res = CliResult(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
    assert "Traceback" not in res.stderr, res.stderr
    if args and args[0] == "extract" and res.stdout.strip():
        text = res.stdout.strip()
        objs = [json.loads(text)] if not any(a == "--jsonl" for a in args) else res.documents()
        for obj in objs:
            if "error" not in obj:
                validate_document(obj)
    return res
