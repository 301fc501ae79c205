"""Write N generated Arabic conflict reports as JSONL (id, text, published, source, url).

    python scripts/generate_articles.py 5000 -o /tmp/articles.jsonl [--seed 7]

Illustrative template text for benchmarks and tests; see hadath/ingest/synthetic.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hadath.ingest.synthetic import write_jsonl


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    write_jsonl(args.output, args.n, args.seed)


if __name__ == "__main__":
    main()
