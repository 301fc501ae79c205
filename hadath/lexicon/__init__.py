"""Lexicons as reviewable data files: a validating loader and Aho-Corasick phrase matching."""

from hadath.lexicon.loader import load_tsv
from hadath.lexicon.matcher import Match, PhraseMatcher

__all__ = ["Match", "PhraseMatcher", "load_tsv"]
