"""Errors hadath raises. The library never prints or exits; the CLI maps these to exit codes.

Messages are one line and say what to do next.
"""


class HadathError(Exception):
    """Base class of every error hadath raises on purpose."""


class InputError(HadathError):
    """The input document cannot be processed (not UTF-8, empty, binary, too large ...)."""


class LexiconError(HadathError):
    """A shipped or user lexicon file is malformed."""


class StoreError(HadathError):
    """The event store cannot be opened, migrated or written."""


class ConfigError(HadathError):
    """A setting or option has an invalid value."""
