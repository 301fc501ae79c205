"""Reading user input safely: bytes -> text with one-line errors for bad input."""

from __future__ import annotations

import sys
from pathlib import Path

from hadath.errors import InputError
from hadath.textio import decode


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
