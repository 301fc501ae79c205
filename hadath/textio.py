"""Bytes -> text for every entry point (CLI files, stdin, ingested files and feeds).

Strict UTF-8 (a BOM is allowed) with one-line reasons for what cannot be processed:
empty, binary (NUL bytes or many control characters) or mis-encoded input.
"""

from __future__ import annotations

import json
from typing import Any

from hadath.errors import InputError

_CONTROL_OK = frozenset("\n\r\t\f\v")
_MAX_CONTROLS = 8  # in the first 4 KiB; more means a binary file that happens to decode


def decode(data: bytes, label: str = "input") -> str:
    """Decode ``data`` as UTF-8 text or raise :class:`InputError` saying why not."""
    if not data.strip():
        raise InputError(f"{label}: input is empty")
    if b"\x00" in data:
        raise InputError(f"{label}: input looks binary (NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}: input is not valid UTF-8 (byte {exc.start}); convert it with iconv first") from exc
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in _CONTROL_OK)
    if controls > _MAX_CONTROLS:
        raise InputError(f"{label}: input looks binary (control characters), expected UTF-8 text")
    if not text.strip():
        raise InputError(f"{label}: input is empty")
    return text


def json_object(line: bytes, where: str) -> dict[str, Any]:
    """One JSONL line as a JSON object, or :class:`InputError` naming ``where`` it failed."""
    try:
        obj = json.loads(line.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{where}: not valid JSON ({exc.__class__.__name__})") from exc
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object")
    return obj
