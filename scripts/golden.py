"""Golden outputs: prove a speed change left every extracted document unchanged.

Extracts a fixed set of texts (the benchmark's 700-word articles, the bundled sample, the
test-suite articles, and, when ``../shared`` is present, the event gold sentences grouped
into documents) and writes one JSON document a line, or compares against such a file.

    # baseline from the code in /work/main, then compare the code in this checkout
    PYTHONPATH=/work/main python scripts/golden.py --write /tmp/golden-base.jsonl
    PYTHONPATH=. python scripts/golden.py --compare /tmp/golden-base.jsonl

``--stage`` limits the comparison to one part of the document (entities, events, quotes,
claims, conflicts, sources) so a stage's owner sees their own differences first.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def texts() -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from articles import make_articles  # noqa: PLC0415 - benchmark helper, not a package

    out = [(f"bench-{i}", t) for i, t in enumerate(make_articles(30, seed=11))]
    sample = ROOT / "hadath" / "sample" / "article_ar.txt"
    out.append(("sample", sample.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "tests").rglob("*.txt")):
        out.append((f"tests/{path.relative_to(ROOT / 'tests')}", path.read_text(encoding="utf-8")))
    gsr = SHARED / "data" / "events" / "arabic_event_gsr"
    if not gsr.exists():
        print(f"warning: {gsr} not found: the event gold sentences are left out "
              "(run from a checkout with ../shared beside it for the full 344 documents)", file=sys.stderr)
    for name in ("assault_dev.csv", "protest_dev.csv"):
        path = gsr / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            rows = [r["text"] for r in csv.DictReader(f)]
        for i in range(0, len(rows), 12):
            out.append((f"{name}:{i}", "\n\n".join(rows[i:i + 12])))
    return out


def extract_all() -> list[dict]:
    import hadath  # noqa: PLC0415 - imported after PYTHONPATH decides which checkout

    docs = []
    for doc_id, text in texts():
        doc = hadath.extract(text, published="2024-05-15")
        d = json.loads(doc.model_dump_json())
        d["_golden_id"] = doc_id
        docs.append(d)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--write", type=Path)
    g.add_argument("--compare", type=Path)
    ap.add_argument("--stage", help="compare only this top-level field")
    ap.add_argument("--show", type=int, default=3, help="differences to print")
    args = ap.parse_args()
    import hadath  # noqa: PLC0415

    print(f"hadath from {Path(hadath.__file__).parent}", file=sys.stderr)
    docs = extract_all()
    if args.write:
        with args.write.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"wrote {len(docs)} documents to {args.write}")
        return 0
    base = [json.loads(line) for line in args.compare.read_text(encoding="utf-8").splitlines()]
    # matched by id: a test article added since the base was written is new input, not a
    # changed output (it is listed, not compared); a document that disappeared is a failure
    new_by_id = {d["_golden_id"]: d for d in docs}
    base_ids = {b["_golden_id"] for b in base}
    added = [i for i in new_by_id if i not in base_ids]
    missing = [b["_golden_id"] for b in base if b["_golden_id"] not in new_by_id]
    if added:
        print(f"{len(added)} documents not in the base (not compared): {', '.join(added)}")
    if missing:
        print(f"{len(missing)} base documents missing: {', '.join(missing)}")
        return 1
    fields = [args.stage] if args.stage else sorted({k for d in base for k in d} - {"_golden_id"})
    bad = 0
    for b in base:
        d = new_by_id[b["_golden_id"]]
        for field in fields:
            if b.get(field) != d.get(field):
                bad += 1
                if bad <= args.show:
                    print(f"{b['_golden_id']}: {field} differs")
                    print("  base:", json.dumps(b.get(field), ensure_ascii=False)[:600])
                    print("  new: ", json.dumps(d.get(field), ensure_ascii=False)[:600])
    print(f"{len(base)} documents, {bad} field differences")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
