"""Readers for the NER training/evaluation corpora in ``../shared/data/ner``.

Both corpora are read into :class:`Sentence` objects whose tokens look like running text:
NewsFANE (ANERcorp tokenisation) splits the conjunction «و», often ب ل ف, and pronoun
suffixes (ه ها هم ...) off as their own tokens, which real news never does, so they are
glued back: a lone proclitic onto the next token (which keeps its label), a suffix onto
the previous one. Training, evaluation and run
time then all see «والجيش» as one token, like :func:`hadath.text.segment.tokens` does.

Fine NewsFANE classes are mapped to the contract's coarse types (``../shared/README.md``):
PER, GPE (nations, cities, provinces), LOC (continents, water, natural regions), ORG,
NORP (``Group``), FAC (buildings, airports, paths), MISC (vehicles, works, products).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_PER = {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
        "Businessperson", "Lawyer", "Engineer", "Police"}
_GPE = {"Nation", "Population-Center", "State-or-Province", "County-or-District", "GPE-Cluster"}
_LOC = {"Continent", "Water-Body", "Land-Region-Natural", "Celestial"}
_ORG = {"Government", "Non-Governmental", "Sports", "Media", "Commercial", "Educational",
        "Medical-Science", "Religious_ORG", "Entertainment"}
_FAC = {"Building-Grounds", "Subarea-Facility", "Airport", "Path"}

_WOJOOD = {"PERS": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "FAC": "FAC"}

_LAM = "\u0644"
_AL = "\u0627\u0644"
# proclitics and pronoun suffixes NewsFANE writes as separate tokens
PREFIXES = frozenset({"\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0633"})  # و ف ب ل ك س
SUFFIXES = frozenset({"\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646",
                      "\u0646\u0627", "\u0643\u0645", "\u064a"})  # ه ها هم هما هن نا كم ي


def coarse_newsfane(fine: str) -> str:
    """Map a NewsFANE fine class to a contract entity type."""
    if fine in _PER:
        return "PER"
    if fine in _GPE:
        return "GPE"
    if fine in _LOC:
        return "LOC"
    if fine in _ORG:
        return "ORG"
    if fine == "Group":
        return "NORP"
    if fine in _FAC:
        return "FAC"
    return "MISC"


def score_type(t: str) -> str | None:
    """The type used for scoring: GPE and LOC merge; only PER, ORG, LOC are scored."""
    if t in ("GPE", "LOC"):
        return "LOC"
    if t in ("PER", "ORG"):
        return t
    return None


@dataclass
class Sentence:
    """Tokens of one sentence with coarse BIO labels (``O``, ``B-PER``, ``I-ORG`` ...)."""

    tokens: list[str]
    labels: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def offsets(self) -> list[tuple[int, int]]:
        """Character span of each token in :attr:`text`."""
        out, pos = [], 0
        for t in self.tokens:
            out.append((pos, pos + len(t)))
            pos += len(t) + 1
        return out

    def entities(self) -> list[tuple[int, int, str]]:
        """Gold entities as ``(first_token, last_token_exclusive, type)``."""
        return spans_from_bio(self.labels)


def spans_from_bio(labels: list[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if lab.startswith("I-") and start >= 0 and lab[2:] == typ:
            continue
        if start >= 0:
            out.append((start, i, typ))
            start = -1
        if lab != "O":
            start, typ = i, lab[2:]
    return out


def _merge_clitics(tokens: list[str], labels: list[str]) -> Sentence:
    """Glue split-off clitics back: «و الجيش» -> «والجيش», «عم ه» -> «عمه»."""
    toks: list[str] = []
    labs: list[str] = []
    glue_next = False
    for t, lab in zip(tokens, labels, strict=True):
        if glue_next and t[:1].isalpha():
            if toks[-1].endswith(_LAM) and t.startswith(_AL):  # ل + الاتحاد -> للاتحاد
                t = t[1:]
            toks[-1] += t
            labs[-1] = lab
            glue_next = False
            continue
        glue_next = False
        if t in SUFFIXES and toks and toks[-1][-1:].isalpha() and not lab.startswith("B-"):
            toks[-1] += t
            continue
        toks.append(t)
        labs.append(lab)
        if t in PREFIXES and lab == "O":
            glue_next = True
    return Sentence(toks, labs)


def read_newsfane(path: str | Path) -> list[Sentence]:
    """Read NewsFANE (tab-separated token/label, blank line between sentences)."""
    return list(_read(Path(path), "\t", None, coarse_newsfane))


def read_wojood(path: str | Path, nested: bool = True) -> list[Sentence]:
    """Read a Wojood file (space-separated, ``$#$`` ends a sentence).

    Wojood is nested: a token has one label column per layer, outermost first
    («نابلس I-OCC B-GPE»: the town inside «سكرتير اللجنة ... في نابلس», an occupation).
    With ``nested`` (the default) a token takes the outermost label of a type we keep, so
    a town, person or organisation inside an occupation, event or date phrase is still an
    entity; ``nested=False`` reads the first column only (inner names are then lost: the
    scorer counted a correctly found «نابلس» there as a false positive).
    """
    return list(_read(Path(path), " ", "$#$", lambda t: _WOJOOD.get(t, ""), nested))


def _read(path: Path, sep: str, eos: str | None, mapper: object, nested: bool = False) -> Iterator[Sentence]:
    assert callable(mapper)
    toks: list[str] = []
    labs: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split(sep)
        if not line.strip() or (eos is not None and parts[0] == eos):
            if toks:
                yield _merge_clitics(toks, labs)
            toks, labs = [], []
            continue
        if len(parts) < 2:
            continue
        tok, lab = parts[0], "O"
        for col in parts[1:] if nested else parts[1:2]:
            if col != "O" and col[:2] in ("B-", "I-"):
                typ = mapper(col[2:])
                if typ:
                    lab = f"{col[:2]}{typ}"
                    break
        if lab.startswith("I-") and (not labs or labs[-1] == "O" or labs[-1][2:] != lab[2:]):
            lab = "B-" + lab[2:]
        toks.append(tok)
        labs.append(lab)
    if toks:
        yield _merge_clitics(toks, labs)


BLOCK = 50


def split_newsfane(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Deterministic train/held-out split of NewsFANE.

    The corpus is cut into consecutive blocks of 50 sentences and every 5th block (the
    5th, 10th, ...) is held out. NewsFANE has no document markers; blocks keep most
    articles whole while spreading the held-out part over all its topics (politics,
    sport, culture, history).
    """
    train: list[Sentence] = []
    held: list[Sentence] = []
    for i, s in enumerate(sentences):
        (held if (i // BLOCK) % 5 == 4 else train).append(s)
    return train, held
