"""NER scorer: per-type and micro P/R/F1 on PER, ORG and LOC (GPE + LOC), exact spans.

Data: the NewsFANE directory (default ``../shared/data/ner/newsfane``; only its held-out
part is scored, see :func:`hadath.ner.corpus.split_newsfane`) or a Wojood file
(``../shared/data/ner/wojood_sample/val.txt``; nested layers flattened to the outermost
PER/ORG/GPE/LOC/NORP/FAC label, see :func:`hadath.ner.corpus.read_wojood`).

How it is computed: each gold sentence is turned back into running text (its tokens joined
by spaces, NewsFANE's split-off clitics glued back as real text writes them); runs of 50
consecutive sentences (the held-out blocks) are joined by line breaks into one document
and run through the segmenter and the NER stage exactly as at run time. A predicted entity covers
the gold tokens it overlaps; it is correct when its first and last token and its scored
type equal a gold entity's (exact span match at the corpus's token level, so «لبنان» and
«للعراق» count with their attached preposition as the corpus marks them). Nominal
mentions (origin ``generic``/``anaphor``: «الجيش»، «التنظيم») are not names and are not
scored.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hadath.doc import Doc
from hadath.eval.report import Report, prf, shared_path
from hadath.ner.corpus import (
    BLOCK,
    Sentence,
    read_newsfane,
    read_wojood,
    score_type,
    split_newsfane,
)

TYPES = ("PER", "ORG", "LOC")
DOC_SENTENCES = BLOCK  # consecutive sentences run together as one document


def predict(sentences: list[Sentence]) -> list[set[tuple[int, int, str]]]:
    """Entities the NER stage finds, per sentence, as ``(first_tok, end_tok, type)``.

    The sentences are run as one document (one line each), as consecutive corpus
    sentences mostly come from the same article: within-document coreference then works
    as it does at run time.
    """
    from hadath.ner.stage import NOMINAL, annotate

    bases: list[int] = []
    pos = 0
    for s in sentences:
        bases.append(pos)
        pos += len(s.text) + 1
    doc = Doc(raw="\n".join(s.text for s in sentences))
    doc.segment()
    annotate(doc)
    out: list[set[tuple[int, int, str]]] = [set() for _ in sentences]
    k = 0
    for m in doc.entities:
        t = score_type(m.type)
        if t is None or m.origin in NOMINAL:
            continue
        while k + 1 < len(bases) and bases[k + 1] <= m.start:
            k += 1
        offs = [(a + bases[k], b + bases[k]) for a, b in sentences[k].offsets()]
        cover = [i for i, (a, b) in enumerate(offs) if a < m.end and m.start < b]
        if cover:
            out[k].add((cover[0], cover[-1] + 1, t))
    return out


def load(data: str | None) -> tuple[str, list[Sentence]]:
    """The sentences to score and a label for the report."""
    p = shared_path("data", "ner", "newsfane", given=data)
    if p.is_dir() or p.name == "newsfane_train.txt":
        f = p / "newsfane_train.txt" if p.is_dir() else p
        _, held = split_newsfane(read_newsfane(f))
        return "NewsFANE held-out (every 5th block of 50 sentences)", held
    return f"Wojood {Path(p).name}", read_wojood(p)


def predict_crf(sentences: list[Sentence]) -> list[set[tuple[int, int, str]]]:
    """The CRF's own labels on the corpus tokens (no lexicon override, rules or coreference)."""
    from hadath.ner.corpus import spans_from_bio
    from hadath.ner.crf import corpus_inputs, tag_many

    labels = tag_many([corpus_inputs(s.tokens) for s in sentences])
    return [{(a, b, t) for a, b, typ in spans_from_bio(lab) if (t := score_type(typ))} for lab in labels]


def score(sentences: list[Sentence], mode: str = "stage") -> tuple[Counter[str], Counter[str], Counter[str]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for i in range(0, len(sentences), DOC_SENTENCES):
        group = sentences[i: i + DOC_SENTENCES]
        preds = predict_crf(group) if mode == "crf" else predict(group)
        for s, pred in zip(group, preds, strict=True):
            gold = {(a, b, t) for a, b, typ in s.entities() if (t := score_type(typ))}
            for e in pred & gold:
                tp[e[2]] += 1
            for e in pred - gold:
                fp[e[2]] += 1
            for e in gold - pred:
                fn[e[2]] += 1
    return tp, fp, fn


def evaluate(data: str | None = None, mode: str = "stage") -> Report:
    """Score the NER stage (``mode="stage"``) or the CRF alone (``mode="crf"``)."""
    label, sentences = load(data)
    tp, fp, fn = score(sentences, mode)
    what = "NER stage" if mode == "stage" else "CRF alone"
    rep = Report(f"{what} on {label}: {len(sentences)} sentences, exact spans",
                 ["type", "gold", "precision", "recall", "f1"])
    for t in TYPES:
        p, r, f = prf(tp[t], fp[t], fn[t])
        rep.rows.append([t, tp[t] + fn[t], p, r, f])
        rep.metrics[f"{t}_f1"] = f
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    rep.rows.append(["micro", sum(tp.values()) + sum(fn.values()), p, r, f])
    rep.metrics.update({"precision": p, "recall": r, "f1": f})
    rep.notes.append("GPE and LOC are scored together as LOC; see hadath/eval/ner.py for the method.")
    return rep
