"""Which build of hadath's hot modules runs: pure Python, or the optional mypyc build.

``scripts/build_compiled.py`` (``make fast``) compiles the modules listed in
``scripts/compiled_modules.txt`` into ``build/compiled/`` beside the package, never next to the
``.py`` files: an editable checkout must never run a stale ``.so`` in place of edited source.
Importing :mod:`hadath` installs :class:`CompiledFinder` in front of the import system when
such a build exists; on the first import of a listed module it checks the build's stamp once
for the whole process:

* the Python that runs is the one the build was made for (version and ABI);
* the mypyc installed, if any, is the one that made it;
* every compiled source, and every hadath source they import, hashes as it did at build time.

Any mismatch, or ``HADATH_PURE=1`` in the environment, means pure Python for every module:
mypyc compiles them as one group whose modules call each other directly, so half a build
cannot run. The reason goes to the ``hadath.compiled`` debug log and to :func:`mode`, which
``hadath info`` and the benchmarks print. Never an error: the build only makes hadath faster,
and both give the same output (``tests/test_compiled.py``).

``HADATH_COMPILED_DIR`` points at another build directory (tests use it).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import re
import sys
import sysconfig
import threading
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ENV_PURE = "HADATH_PURE"
ENV_DIR = "HADATH_COMPILED_DIR"
STAMP = "stamp.json"
STAMP_FORMAT = 1
ROOT = Path(__file__).resolve().parent.parent  # the checkout: hadath/ and build/ are in it


def build_dir() -> Path:
    """Where the compiled build is looked for."""
    env = os.environ.get(ENV_DIR)
    return Path(env) if env else ROOT / "build" / "compiled"


def _installed_mypyc() -> str | None:
    """The installed mypy's version, read from its ``version.py`` (importing mypy costs ~50 ms
    and importlib.metadata more; a process start should not pay either)."""
    spec = importlib.util.find_spec("mypy")
    if spec is None or not spec.submodule_search_locations:
        return None
    try:
        text = (Path(next(iter(spec.submodule_search_locations))) / "version.py").read_text(encoding="utf-8")
    except OSError:
        return None
    found = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    return found.group(1) if found else None


def _check(stamp: dict[str, object], root: Path, where: Path) -> str | None:
    """Why the build described by ``stamp`` must not run, or None when it matches."""
    import hashlib  # noqa: PLC0415 - here, not at module level: ``import hadath`` stays cheap

    if stamp.get("format") != STAMP_FORMAT:
        return "stamp format differs"
    if stamp.get("python") != sys.version or stamp.get("ext_suffix") != sysconfig.get_config_var("EXT_SUFFIX"):
        return f"built for another Python ({stamp.get('python')!s:.20})"
    installed = _installed_mypyc()
    if installed is not None and installed != stamp.get("mypyc"):
        return f"built by mypyc {stamp.get('mypyc')}, {installed} is installed"
    sources = stamp.get("sources")
    modules = stamp.get("modules")
    if not isinstance(sources, dict) or not isinstance(modules, dict) or not modules:
        return "stamp lists no modules"
    for rel, digest in sources.items():
        try:
            data = (root / rel).read_bytes()
        except OSError:
            return f"{rel} is missing"
        if hashlib.sha256(data).hexdigest() != digest:
            return f"{rel} changed since the build"
    for path in [_group_file(stamp, where), *(_module_file(m, where) for m in modules)]:
        if not path.is_file():
            return f"{path.name} is missing from the build"
    return None


def _suffix() -> str:
    return str(sysconfig.get_config_var("EXT_SUFFIX"))


def _group_file(stamp: dict[str, object], where: Path) -> Path:
    return where / f"{stamp.get('group')}{_suffix()}"


def _module_file(name: str, where: Path) -> Path:
    parts = name.split(".")
    return where.joinpath(*parts[:-1], parts[-1] + _suffix())


class CompiledFinder:
    """Finds the listed hadath modules in the compiled build, once the build is verified;
    every other name, and every name when it is not, is left to the normal import system.
    (A plain class: ``sys.meta_path`` needs only ``find_spec``, and importing
    ``importlib.abc`` would cost ``import hadath`` ~12 ms.)"""

    def __init__(self, where: Path, root: Path = ROOT) -> None:
        self.where = where
        self.root = root
        self._lock = threading.Lock()
        self._stamp: dict[str, object] | None = None
        self._names: frozenset[str] | None = None
        self._files: dict[str, Path] | None = None  # None until decided; {} means pure Python
        self.reason = "no compiled module imported yet"

    def _listed(self) -> frozenset[str]:
        if self._names is None:
            import json  # noqa: PLC0415 - on the first hadath import only

            try:
                stamp = json.loads((self.where / STAMP).read_text(encoding="utf-8"))
                modules = stamp.get("modules") if isinstance(stamp, dict) else None
                self._stamp = stamp if isinstance(modules, dict) else None
            except (OSError, ValueError):
                self._stamp = None
            if self._stamp is None:
                self._names = frozenset()
                self._files = {}
                self.reason = f"no readable stamp in {self.where}"
            else:
                names = frozenset(m for m in self._stamp["modules"])  # type: ignore[union-attr]
                self._names = names | {str(self._stamp.get("group"))}
        return self._names

    def decide(self) -> dict[str, Path]:
        """The compiled files by module name ({} for pure Python), decided once."""
        with self._lock:
            self._listed()
            if self._files is None:
                assert self._stamp is not None
                why = _check(self._stamp, self.root, self.where)
                if why is None:
                    modules = self._stamp["modules"]
                    assert isinstance(modules, dict)
                    self._files = {m: _module_file(m, self.where) for m in modules}
                    self._files[str(self._stamp["group"])] = _group_file(self._stamp, self.where)
                    self.reason = f"{len(modules)} modules compiled by mypyc {self._stamp.get('mypyc')} in {self.where}"
                else:
                    self._files = {}
                    self.reason = f"compiled build not used: {why}"
                    import logging  # noqa: PLC0415 - only when the build is refused

                    logging.getLogger(__name__).debug("hadath runs pure Python: %s", why)
            return self._files

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith("hadath") or fullname not in self._listed():
            return None
        file = self.decide().get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


_finder: CompiledFinder | None = None
_why_pure = "not installed"


def install() -> None:
    """Put the finder in front of the import system when a build exists and pure Python is
    not asked for (called by ``hadath/__init__.py``; cheap: one ``stat`` until a listed
    module is imported)."""
    global _finder, _why_pure
    if _finder is not None:
        return
    if os.environ.get(ENV_PURE, "") not in ("", "0"):
        _why_pure = f"{ENV_PURE}={os.environ[ENV_PURE]}"
        return
    where = build_dir()
    if not (where / STAMP).is_file():
        _why_pure = f"no compiled build in {where} (make fast builds one)"
        return
    _finder = CompiledFinder(where)
    sys.meta_path.insert(0, _finder)


def active() -> bool:
    """Whether the listed modules run compiled in this process."""
    return _finder is not None and bool(_finder.decide())


def mode() -> str:
    """One line for humans: which build runs, and why."""
    if _finder is None:
        return f"pure Python ({_why_pure})"
    files = _finder.decide()
    return f"compiled ({_finder.reason})" if files else f"pure Python ({_finder.reason})"
