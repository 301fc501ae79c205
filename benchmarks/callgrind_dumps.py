"""Reading the callgrind dumps the ``cg_*.py`` scripts leave: one dump a part of each article.

The scripts run under ``--dump-after`` so that callgrind writes ``OUT.1``, ``OUT.2`` ... in
order, one per part (stage or text-layer step) and article; this sums each part's totals.
"""

from __future__ import annotations

import re
from pathlib import Path


def part_totals(out: str, parts: list[str] | tuple[str, ...], articles: int = 0) -> tuple[int, dict[str, int]]:
    """(articles, instructions of each part summed over them) from the dumps ``out.*``.

    ``articles``: read only the last ``articles`` x parts dumps. Code that calls
    ``functools.reduce`` before the counted articles leaves dumps of its own first (importing
    numba does, ~2,800 of them), which are not a whole number of articles."""
    dumps = sorted(Path(out).parent.glob(Path(out).name + ".*"), key=lambda p: int(p.suffix[1:]))
    if articles:
        if len(dumps) < articles * len(parts):
            raise SystemExit(f"{len(dumps)} dumps are fewer than {articles} articles of {len(parts)} parts")
        dumps = dumps[len(dumps) - articles * len(parts):]
    if not dumps or len(dumps) % len(parts):
        raise SystemExit(f"{len(dumps)} dumps is not a whole number of articles of {len(parts)} parts")
    totals = dict.fromkeys(parts, 0)
    for k, path in enumerate(dumps):
        found = re.search(r"^totals: (\d+)", path.read_text(errors="replace"), re.M)
        if found is None:
            raise SystemExit(f"{path}: no totals line")
        totals[parts[k % len(parts)]] += int(found.group(1))
    return len(dumps) // len(parts), totals
