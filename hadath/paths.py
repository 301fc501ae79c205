"""Where a hadath package's data files are.

A module compiled by ``scripts/build_compiled.py`` is loaded from ``build/compiled/``, so its
``__file__`` names a place that holds no data file. A package's ``__init__.py`` is never
compiled: its ``__file__`` is always in the source tree, beside the package's data. Modules
therefore find their data from their package, never from their own ``__file__`` (the build
refuses a listed module that reads ``__file__``).
"""

from __future__ import annotations

import importlib
from pathlib import Path


def package_dir(package: str) -> Path:
    """The source directory of ``package`` (a dotted name such as ``"hadath.events"``)."""
    file = importlib.import_module(package).__file__
    if file is None:  # a namespace package: hadath has none
        raise ImportError(f"{package} has no __init__.py to locate its data by")
    return Path(file).resolve().parent
