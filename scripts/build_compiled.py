"""Build hadath's optional compiled modules with mypyc, outside the source tree.

The stages are flat profiles of small Python steps; compiling their modules to C with mypyc
runs the same code with fewer interpreter instructions (the figures per module group are in
``scripts/compiled_modules.txt``). The build goes to ``build/compiled/`` (git-ignored), never
next to the ``.py`` files, so an editable checkout can never import a stale ``.so`` in place of
edited source: ``hadath/compiled.py`` loads the build only while the stamp written here matches
the sources, the Python and the mypyc that made it, and runs pure Python otherwise.

    python scripts/build_compiled.py            # build (C files compiled --jobs at a time; an object whose C
                                                # file, headers and flags are unchanged is reused from build/compiled-work/)
    python scripts/build_compiled.py --check    # exit 0 if build/compiled/ is current, 1 if not; builds nothing
    python scripts/build_compiled.py --clean    # remove the build; hadath runs pure Python

Needs mypy (mypyc) and a C compiler with Python's headers. Exits 1 with one line on stderr
when the build cannot be made (no toolchain, a compile error); the old build is removed first,
so a failed build never leaves one that could be loaded.
"""

from __future__ import annotations

import argparse
import ast
import fcntl
import hashlib
import json
import os
import shutil
import sys
import sysconfig
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LIST = ROOT / "scripts" / "compiled_modules.txt"
OUT = ROOT / "build" / "compiled"
WORK = ROOT / "build" / "compiled-work"
GROUP = "hadath_native"  # the group's shared library is hadath_native__mypyc<EXT_SUFFIX>
STAMP = "stamp.json"
STAMP_FORMAT = 1


def listed_modules(path: Path = LIST) -> list[str]:
    """Source paths (relative to the repository root) named in the module list."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return out


def module_name(rel: str) -> str:
    """``hadath/events/stage.py`` -> ``hadath.events.stage``."""
    return rel[: -len(".py")].replace("/", ".")


def _source_of(module: str) -> str | None:
    """The source path of a hadath module (a package's ``__init__.py``), or None."""
    base = ROOT / Path(*module.split("."))
    if base.with_suffix(".py").is_file():
        return base.with_suffix(".py").relative_to(ROOT).as_posix()
    if (base / "__init__.py").is_file():
        return (base / "__init__.py").relative_to(ROOT).as_posix()
    return None


def _imports(rel: str) -> set[str]:
    """hadath modules a source file imports anywhere (inside functions and TYPE_CHECKING too):
    their declared types are compiled into the importer's C code."""
    tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
    package = module_name(rel).rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                mod = f"{base}.{node.module}" if node.module else base
            else:
                mod = node.module or ""
            found.add(mod)
            found.update(f"{mod}.{a.name}" for a in node.names)  # "from pkg import module"
    out = set()
    for name in found:
        if name == "hadath" or name.startswith("hadath."):
            parts = name.split(".")
            for k in range(1, len(parts) + 1):  # importing a.b.c runs a and a.b too
                src = _source_of(".".join(parts[:k]))
                if src:
                    out.add(src)
    return out


def dependencies(compiled: list[str]) -> list[str]:
    """Every hadath source the compiled modules import, transitively, that is not compiled
    itself: a change to one can change what the compiled code assumed, so it is stamped too."""
    seen = set(compiled)
    todo = list(compiled)
    while todo:
        for dep in _imports(todo.pop()):
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return sorted(seen - set(compiled))


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mypyc_version() -> str | None:
    try:
        from mypy.version import __version__  # noqa: PLC0415 - optional tool
    except ImportError:
        return None
    return __version__


def expected_stamp(compiled: list[str]) -> dict[str, object]:
    """The stamp a build of the current sources with the current toolchain would write."""
    return {
        "format": STAMP_FORMAT,
        "python": sys.version,
        "ext_suffix": sysconfig.get_config_var("EXT_SUFFIX"),
        "mypyc": mypyc_version(),
        "group": f"{GROUP}__mypyc",
        "modules": {module_name(rel): rel for rel in compiled},
        "sources": {rel: file_hash(ROOT / rel) for rel in compiled + dependencies(compiled)},
    }


def is_current(out: Path = OUT) -> tuple[bool, str]:
    """Whether ``out`` holds a build of the listed modules from the current sources."""
    try:
        stamp = json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False, f"no build in {out}"
    want = expected_stamp(listed_modules())
    if want["mypyc"] is None:  # as hadath/compiled.py: without mypy the build is not compared to one
        del want["mypyc"]
    for key, value in want.items():
        if stamp.get(key) != value:
            return False, f"{key} differs from the build's"
    return True, "current"


def _toolchain_problem() -> str | None:
    """Why a build cannot be attempted here, or None."""
    if mypyc_version() is None:
        return "mypy (mypyc) is not installed"
    include = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not include.is_file():
        return f"Python's C headers are missing ({include})"
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc})"
    return None


def _refuse_file_paths(compiled: list[str]) -> None:
    """A compiled module's ``__file__`` is in build/compiled/, where no data files are: data
    must be found with hadath.paths.package_dir (from the package's never-compiled __init__)."""
    bad = [rel for rel in compiled if "__file__" in (ROOT / rel).read_text(encoding="utf-8")]
    if bad:
        raise SystemExit(f"build_compiled: {', '.join(bad)} use __file__; "
                         "find data with hadath.paths.package_dir instead")


def _object_key(src: Path, command: list[str], salt: str) -> str:
    """What an object file was compiled from: the C file, every header beside it (mypyc's
    group headers, which each C file includes), the compiler command and the toolchain."""
    h = hashlib.sha256(salt.encode())
    h.update(json.dumps(command).encode())
    h.update(src.read_bytes())
    for header in sorted(src.parent.glob("*.h")):
        h.update(header.name.encode())
        h.update(header.read_bytes())
    return h.hexdigest()


def _parallel_build_ext(jobs: int, timings: dict[str, float]) -> type:
    """A ``build_ext`` that compiles an extension's C files ``jobs`` at a time, and reuses an
    object whose inputs are unchanged.

    mypyc's group is ONE extension of ~60 C files (a file a module, multi_file), and
    ``build_ext --parallel`` only runs whole extensions in parallel, so the group compiled on
    one core (163 s of 194 s). Here every C file is a job: the largest first (the longest
    one bounds the wall time), at most ``jobs`` compilers at once across all extensions (one
    semaphore, since ``build_ext --parallel`` also compiles the small per-module shims in
    threads). An object is kept when its key (``_object_key``: C source, the headers beside it,
    the command, the Python and mypyc) matches the one stored beside it: a rebuild after an
    edit that leaves mypyc's group headers unchanged compiles only the edited modules' files.
    Compile seconds per file go to ``timings``. (The compiler's ``compile`` is replaced on the
    instance build_ext made: setuptools can hold two copies of distutils' CCompiler class.)"""
    from setuptools.command.build_ext import build_ext  # noqa: PLC0415 - build-time only

    limit = threading.BoundedSemaphore(jobs)
    salt = f"{sys.version}|{mypyc_version()}"

    def compile(self: Any, sources: list[str], output_dir: str | None = None, macros: Any = None,
                include_dirs: list[str] | None = None, debug: bool = False, extra_preargs: list[str] | None = None,
                extra_postargs: list[str] | None = None, depends: list[str] | None = None) -> list[str]:
        macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs)
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)
        todo = [(obj, *build[obj]) for obj in objects if obj in build]
        todo.sort(key=lambda job: -os.path.getsize(job[1]))

        def one(job: tuple[str, str, str]) -> None:
            obj, src, ext = job
            key = _object_key(Path(src), [*self.compiler_so, *cc_args, *extra_postargs], salt)
            stored = Path(obj + ".key")
            if os.path.isfile(obj) and stored.is_file() and stored.read_text() == key:
                return
            stored.unlink(missing_ok=True)
            with limit:
                t = time.monotonic()
                self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)
                timings[Path(src).name] = time.monotonic() - t
            stored.write_text(key)

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = [pool.submit(one, job) for job in todo]
            try:
                for future in futures:
                    future.result()
            except BaseException:  # the first compile error stops the build
                pool.shutdown(cancel_futures=True)
                raise
        return objects

    class ParallelBuildExt(build_ext):  # type: ignore[misc]
        def build_extension(self, ext: Any) -> None:
            self.compiler.compile = compile.__get__(self.compiler)
            super().build_extension(ext)

    return ParallelBuildExt


def build(out: Path, jobs: int, opt_level: str) -> None:
    compiled = listed_modules()
    problem = _toolchain_problem()
    if problem:
        raise SystemExit(f"build_compiled: cannot build ({problem}); hadath runs pure Python")
    _refuse_file_paths(compiled)
    stamp = expected_stamp(compiled)
    shutil.rmtree(out, ignore_errors=True)  # no old build may outlive a failed one
    staging = out.with_name(out.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    WORK.mkdir(parents=True, exist_ok=True)

    from mypyc.build import mypycify  # noqa: PLC0415 - optional tool, checked above
    from setuptools import Distribution  # noqa: PLC0415

    t0 = time.monotonic()
    os.chdir(ROOT)  # mypy reads pyproject.toml's [tool.mypy] and names modules from here
    extensions = mypycify(compiled, target_dir=str(WORK / "c"), group_name=GROUP,
                          multi_file=True, opt_level=opt_level)
    t1 = time.monotonic()
    # Distribution() rather than setup(): setup() would read pyproject.toml's [project] table,
    # which older setuptools reject; only build_ext runs here.
    timings: dict[str, float] = {}
    dist = Distribution({"name": "hadath-compiled", "ext_modules": extensions,
                         "cmdclass": {"build_ext": _parallel_build_ext(jobs, timings)}})
    dist.script_args = ["build_ext", "--build-lib", str(staging), "--build-temp", str(WORK / "obj"),
                        "--parallel", str(jobs)]
    dist.parse_command_line()
    dist.run_commands()
    t2 = time.monotonic()
    if expected_stamp(compiled)["sources"] != stamp["sources"]:
        shutil.rmtree(staging, ignore_errors=True)
        raise SystemExit("build_compiled: sources changed during the build; run it again")
    stamp["built"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    stamp["seconds"] = {"mypyc": round(t1 - t0, 1), "cc": round(t2 - t1, 1), "jobs": jobs,
                        "compiled": len(timings), "compile_sum": round(sum(timings.values()), 1)}
    slowest = sorted(timings.items(), key=lambda kv: -kv[1])[:5]
    (staging / STAMP).write_text(json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    staging.rename(out)
    print(f"build_compiled: {len(compiled)} modules into {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out} "
          f"(mypyc {t1 - t0:.0f} s, C compiler {t2 - t1:.0f} s: {len(timings)} files compiled, {jobs} at a time; "
          f"slowest {', '.join(f'{name} {sec:.0f} s' for name, sec in slowest) or 'none'})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 0 if the build is current, else 1")
    ap.add_argument("--clean", action="store_true", help="remove the build")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--opt", default="3", help="C optimisation level (default 3)")
    args = ap.parse_args()
    out = args.out.resolve()
    if args.check:
        ok, why = is_current(out)
        print(f"build_compiled: {why}")
        raise SystemExit(0 if ok else 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.parent / ".compiled.lock", "w") as lock:  # one build at a time
        fcntl.flock(lock, fcntl.LOCK_EX)
        if args.clean:
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(WORK, ignore_errors=True)
            return
        build(out, args.jobs, args.opt)


if __name__ == "__main__":
    main()
