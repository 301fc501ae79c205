"""Reading user input safely: bytes -> text with one-line errors for bad input."""

from __future__ import annotations

import sys
from pathlib import Path

from hadath.errors import InputError

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def read_input(path: str, max_bytes: int) -> str:
    """Read ``path`` (or ``-`` for stdin) as UTF-8 text, rejecting binary and oversize input."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            p = Path(path)
            if p.is_dir():
                raise InputError(f"{path}: is a directory, not a text file")
            with p.open("rb") as fh:
                data = fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if len(data) > max_bytes:
        raise InputError(f"{path}: input is over the size limit of {max_bytes:,} bytes (raise it with --max-size)")
    return decode(data, path)


def decode(data: bytes, label: str = "input") -> str:
    if not data.strip():
        raise InputError(f"{label}: input is empty")
    if b"\x00" in data:
        raise InputError(f"{label}: input looks binary (NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}: input is not valid UTF-8 (byte {exc.start}); convert it with iconv first") from exc
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in _CONTROL_OK)
    if controls > 8:
        raise InputError(f"{label}: input looks binary (control characters), expected UTF-8 text")
    if not text.strip():
        raise InputError(f"{label}: input is empty")
    return text
