"""A scorer's result: a titled table plus notes, printable by the CLI and testable."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hadath.errors import ConfigError

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@dataclass
class Report:
    title: str
    columns: list[str]
    rows: list[list[object]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)

    def as_text(self) -> str:
        lines = [self.title, "\t".join(self.columns)]
        lines += ["\t".join(_fmt(c) for c in r) for r in self.rows]
        lines += self.notes
        return "\n".join(lines)


def _fmt(v: object) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def shared_path(*parts: str, given: str | Path | None = None) -> Path:
    """Locate shared data: ``given`` if set, else ``../shared/...`` next to the project."""
    p = Path(given) if given else SHARED.joinpath(*parts)
    if not p.exists():
        raise ConfigError(f"{p}: data not found; pass --data with the path to ../shared/{'/'.join(parts)}")
    return p


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
