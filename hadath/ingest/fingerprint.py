"""Content hashes (exact re-ingest) and MinHash signatures (near-duplicate stories).

The content hash is the sha256 of the text after a light normalisation (NFC, invisible
marks dropped, whitespace collapsed), so re-saving a page with other line breaks is still
"already stored". The MinHash is taken over character 5-grams of the aggressive MATCH
normalisation, so an outlet that re-spells «أ/ا» or strips diacritics from a wire story
still lands in the same story. Shingles are hashed with a vectorised rolling hash
(numpy), which keeps a 700-word article well under a millisecond.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

import numpy as np
import regex

from hadath.text import chars as C
from hadath.text.normalize import Profile, normalize

SHINGLE = 5
NUM_PERM = 64
DUP_THRESHOLD = 0.7
"""Estimated Jaccard similarity of 5-gram sets above which two articles are one story.
Re-written leads, added bylines and trimmed endings of one wire story stay above it;
two different reports of similar events from the same template text fall below."""

_INVISIBLE = regex.compile("[" + "".join(C.INVISIBLES) + "]")
_MASK32 = np.uint64(0xFFFFFFFF)


def clean_text(text: str) -> str:
    """NFC, invisible marks removed, runs of whitespace collapsed, stripped."""
    return " ".join(_INVISIBLE.sub("", unicodedata.normalize("NFC", text)).split())


def content_hash(text: str) -> str:
    """sha256 hex of :func:`clean_text` — the identity of an article in the store."""
    return hashlib.sha256(clean_text(text).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """NUM_PERM multiply-add-shift hash functions (fixed seed: signatures are stored)."""
    rng = np.random.RandomState(1)
    a = rng.randint(1, 2**63 - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64) | np.uint64(1)
    b = rng.randint(0, 2**63 - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
    return a, b


def shingle_hashes(text: str, k: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the character k-grams of the MATCH-normalised text."""
    norm = " ".join(normalize(text, Profile.MATCH).text.split())
    cps = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(cps) < k:
        cps = np.concatenate([cps, np.zeros(k - len(cps), dtype=np.uint64)])
    h = np.zeros(len(cps) - k + 1, dtype=np.uint64)
    base = np.uint64(1_000_003)
    with np.errstate(over="ignore"):
        for j in range(k):  # k vector passes, not a loop over characters
            h = h * base + cps[j : len(cps) - k + 1 + j]
        h = (h * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(32)
    return h


class Signature:
    """A MinHash signature (NUM_PERM 32-bit minima), shaped as datasketch's LSH expects."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray) -> None:
        self.hashvalues = hashvalues

    def __len__(self) -> int:
        return len(self.hashvalues)

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)


def signature(text: str) -> Signature:
    """The MinHash of the text's 5-gram set: min over shingles of ((a*h + b) mod 2^64) >> 32."""
    a, b = _permutations()
    h = shingle_hashes(text)
    with np.errstate(over="ignore"):
        phv = (h[:, None] * a[None, :] + b[None, :]) >> np.uint64(32)
    return Signature(phv.min(axis=0).astype(np.uint32))


def to_bytes(m: Signature) -> bytes:
    return m.hashvalues.astype("<u4").tobytes()


def from_bytes(data: bytes) -> Signature:
    return Signature(np.frombuffer(data, dtype="<u4").astype(np.uint32))


class StoryIndex:
    """MinHash LSH over stored articles: which earlier article (hence story) is this one
    a near-duplicate of? LSH proposes candidates; the estimated Jaccard confirms them."""

    def __init__(self, threshold: float = DUP_THRESHOLD) -> None:
        from datasketch import MinHashLSH  # imported here: it pulls in scipy, ~1 s of start-up

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._items: dict[int, tuple[Signature, int]] = {}

    def __len__(self) -> int:
        return len(self._items)

    def add(self, article_id: int, story_id: int, m: Signature) -> None:
        if article_id in self._items:
            return
        self._lsh.insert(article_id, m)
        self._items[article_id] = (m, story_id)

    def story_of(self, m: Signature) -> int | None:
        """The story id of the most similar stored article above the threshold, if any."""
        best: tuple[float, int] | None = None
        for key in self._lsh.query(m):
            other, story = self._items[key]
            sim = m.jaccard(other)
            if sim >= self.threshold and (best is None or (sim, -story) > (best[0], -best[1])):
                best = (sim, story)
        return best[1] if best else None
