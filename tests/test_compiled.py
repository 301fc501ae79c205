"""The optional compiled build (mypyc, ``scripts/build_compiled.py``) and its guard.

The guard's decisions are tested on fake builds, so they run everywhere. When a current
build is present, the compiled and the pure-Python modules must give the same JSON for the
bundled sample and the test articles (each in its own process: a process runs one or the
other); without a build those tests skip and say so.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from hadath import compiled

ROOT = Path(__file__).resolve().parents[1]
SUFFIX = str(sysconfig.get_config_var("EXT_SUFFIX"))
LIST = ROOT / "scripts" / "compiled_modules.txt"


def _listed() -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in LIST.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def _fake_build(tmp_path: Path, **override: object) -> tuple[Path, Path]:
    """A checkout with one source module and a build of it whose stamp matches (the .so
    files are empty: the guard decides before anything is loaded)."""
    root = tmp_path / "checkout"
    (root / "hadath" / "events").mkdir(parents=True)
    src = root / "hadath" / "events" / "stage.py"
    src.write_text("X = 1\n", encoding="utf-8")
    where = tmp_path / "build"
    (where / "hadath" / "events").mkdir(parents=True)
    (where / "hadath" / "events" / f"stage{SUFFIX}").write_bytes(b"")
    (where / f"hadath_native__mypyc{SUFFIX}").write_bytes(b"")
    stamp: dict[str, object] = {
        "format": compiled.STAMP_FORMAT,
        "python": sys.version,
        "ext_suffix": SUFFIX,
        "mypyc": compiled._installed_mypyc(),
        "group": "hadath_native__mypyc",
        "modules": {"hadath.events.stage": "hadath/events/stage.py"},
        "sources": {"hadath/events/stage.py": hashlib.sha256(src.read_bytes()).hexdigest()},
    }
    stamp.update(override)
    (where / compiled.STAMP).write_text(json.dumps(stamp), encoding="utf-8")
    return root, where


def test_guard_accepts_a_matching_build(tmp_path: Path) -> None:
    root, where = _fake_build(tmp_path)
    finder = compiled.CompiledFinder(where, root)
    files = finder.decide()
    assert files["hadath.events.stage"] == where / "hadath" / "events" / f"stage{SUFFIX}"
    assert "hadath_native__mypyc" in files
    assert finder.find_spec("hadath.events.stage") is not None
    assert finder.find_spec("hadath.events.other") is None  # not listed: the source is imported
    assert finder.find_spec("json") is None


def test_guard_refuses_an_edited_source(tmp_path: Path) -> None:
    root, where = _fake_build(tmp_path)
    (root / "hadath" / "events" / "stage.py").write_text("X = 2\n", encoding="utf-8")
    finder = compiled.CompiledFinder(where, root)
    assert finder.decide() == {}
    assert finder.find_spec("hadath.events.stage") is None
    assert "hadath/events/stage.py changed" in finder.reason


@pytest.mark.parametrize("override, why", [
    ({"python": "2.7.18"}, "another Python"),
    ({"mypyc": "0.0.1"}, "mypyc 0.0.1"),
    ({"format": 0}, "format"),
    ({"sources": {"hadath/events/gone.py": "0" * 64}}, "gone.py is missing"),
])
def test_guard_refuses_a_stamp_that_does_not_match(tmp_path: Path, override: dict[str, object], why: str) -> None:
    if "mypyc" in override and compiled._installed_mypyc() is None:
        pytest.skip("mypy is not installed: the mypyc version is not compared")
    root, where = _fake_build(tmp_path, **override)
    finder = compiled.CompiledFinder(where, root)
    assert finder.decide() == {}
    assert why in finder.reason


def test_guard_refuses_a_build_missing_a_module(tmp_path: Path) -> None:
    root, where = _fake_build(tmp_path)
    (where / "hadath" / "events" / f"stage{SUFFIX}").unlink()
    finder = compiled.CompiledFinder(where, root)
    assert finder.decide() == {}
    assert "missing from the build" in finder.reason


def test_unreadable_stamp_means_pure_python(tmp_path: Path) -> None:
    root, where = _fake_build(tmp_path)
    (where / compiled.STAMP).write_text("{", encoding="utf-8")
    finder = compiled.CompiledFinder(where, root)
    assert finder.find_spec("hadath.events.stage") is None
    assert finder.decide() == {}


def _python(code: str, **env: str) -> str:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full,
                          cwd=ROOT, timeout=300, check=True)
    return proc.stdout


def test_hadath_pure_forces_pure_python() -> None:
    out = _python("import hadath.events.stage as s, hadath.compiled as c; print(c.mode()); print(s.__file__)",
                  HADATH_PURE="1")
    mode, file = out.splitlines()
    assert mode == "pure Python (HADATH_PURE=1)"
    assert file.endswith(".py")


def test_info_says_which_build_runs() -> None:
    out = _python("from hadath.cli.app import main; import sys; sys.argv = ['hadath', 'info']; main()")
    assert any(line.startswith("modules: compiled (") or line.startswith("modules: pure Python (")
               for line in out.splitlines()), out


def test_listed_modules_exist_and_find_data_through_their_package() -> None:
    """A compiled module's ``__file__`` is in build/compiled/; data is found with
    hadath.paths.package_dir (the build refuses otherwise, this says so before a build)."""
    listed = _listed()
    assert listed
    for rel in listed:
        path = ROOT / rel
        assert path.is_file(), rel
        assert not rel.endswith("__init__.py"), f"{rel}: a package's __init__ locates its data"
        assert "__file__" not in path.read_text(encoding="utf-8"), rel


def _build_state() -> tuple[bool, str]:
    out = _python("import hadath.compiled as c, hadath.events.stage; print(c.active()); print(c.mode())")
    active, mode = out.splitlines()
    return active == "True", mode


COMPARE = r"""
import json, sys
from pathlib import Path
import hadath
root = Path(sys.argv[1])
texts = [("sample", (root / "hadath/sample/article_ar.txt").read_text(encoding="utf-8"))]
texts += [(p.name, p.read_text(encoding="utf-8")) for p in sorted((root / "tests").rglob("*.txt"))[:6]]
for name, text in texts:
    print(hadath.extract(text, published="2024-05-15", doc_id=name).model_dump_json())
"""


def test_compiled_and_pure_give_the_same_json() -> None:
    active, mode = _build_state()
    if not active:
        pytest.skip(f"no current compiled build ({mode}); `make fast` builds one")
    run = [sys.executable, "-c", COMPARE, str(ROOT)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    fast = subprocess.run(run, capture_output=True, text=True, env=env, timeout=600, check=True).stdout
    pure = subprocess.run(run, capture_output=True, text=True, env={**env, "HADATH_PURE": "1"},
                          timeout=600, check=True).stdout
    assert len(fast.splitlines()) == 7
    for a, b in zip(fast.splitlines(), pure.splitlines(), strict=True):
        assert json.loads(a) == json.loads(b)


NO_CYCLES = r"""
import gc, sys
from pathlib import Path
import hadath
root = Path(sys.argv[1])
text = (root / "hadath/sample/article_ar.txt").read_text(encoding="utf-8")
hadath.extract(text, published="2024-05-15")
gc.collect(); gc.freeze(); gc.set_debug(gc.DEBUG_SAVEALL)
hadath.extract(text, published="2024-05-15")
gc.collect()
print(sorted({type(o).__qualname__ for o in gc.garbage})[:10], len(gc.garbage))
"""


@pytest.mark.parametrize("pure", [False, True], ids=["compiled", "pure"])
def test_an_extraction_leaves_no_cyclic_garbage(pure: bool) -> None:
    # the batch path collects the young generations after each line (hadath.batch): it should
    # find nothing. A nested function under mypyc keeps its caller's environment (and the
    # document it holds) in a reference cycle: ~500 objects an article, ~0.4 ms of collection
    if not pure:
        active, mode = _build_state()
        if not active:
            pytest.skip(f"no current compiled build ({mode}); `make fast` builds one")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if pure:
        env["HADATH_PURE"] = "1"
    out = subprocess.run([sys.executable, "-c", NO_CYCLES, str(ROOT)], capture_output=True, text=True,
                         env=env, timeout=300, check=True).stdout
    assert out.strip().endswith(" 0"), out


def test_a_current_build_runs_every_listed_module_compiled() -> None:
    active, mode = _build_state()
    if not active:
        pytest.skip(f"no current compiled build ({mode}); `make fast` builds one")
    names = [rel[: -len(".py")].replace("/", ".") for rel in _listed()]
    code = ("import importlib, sys; names = sys.argv[1:]\n"
            "for n in names: print(n, importlib.import_module(n).__file__)")
    out = subprocess.run([sys.executable, "-c", code, *names], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300, check=True).stdout
    for line in out.splitlines():
        name, file = line.split(" ", 1)
        assert file.endswith(SUFFIX) and "build" in Path(file).parts, line


def _build_script():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_compiled", ROOT / "scripts" / "build_compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_parallel_build_compiles_every_file_once_and_only_what_changed(tmp_path: Path) -> None:
    """The build's build_ext compiles an extension's C files as separate jobs and keeps an
    object whose C file, headers and command are unchanged: a second build compiles nothing,
    an edited file is compiled again, an edited header recompiles every file beside it."""
    setuptools = pytest.importorskip("setuptools")
    bc = _build_script()
    if bc._toolchain_problem() not in (None, "mypy (mypyc) is not installed"):
        pytest.skip(f"no C toolchain: {bc._toolchain_problem()}")
    src = tmp_path / "c"
    src.mkdir()
    (src / "shared.h").write_text("#define ONE 1\n", encoding="utf-8")
    (src / "a.c").write_text('#include "shared.h"\nint a(void) { return ONE; }\n', encoding="utf-8")
    (src / "b.c").write_text('#include "shared.h"\nint b(void) { return ONE + 1; }\n', encoding="utf-8")
    (src / "m.c").write_text(
        "#include <Python.h>\n"
        'static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "m", NULL, -1, NULL};\n'
        "PyMODINIT_FUNC PyInit_m(void) { return PyModule_Create(&def); }\n", encoding="utf-8")

    def build() -> list[str]:  # as scripts/build_compiled.py: a new output directory, kept objects
        lib = tmp_path / f"lib{len(list(tmp_path.glob('lib*')))}"
        timings: dict[str, float] = {}
        ext = setuptools.Extension("m", [str(src / n) for n in ("m.c", "a.c", "b.c")], include_dirs=[str(src)])
        dist = setuptools.Distribution({"name": "m", "ext_modules": [ext],
                                        "cmdclass": {"build_ext": bc._parallel_build_ext(2, timings)}})
        dist.script_args = ["build_ext", "--build-lib", str(lib), "--build-temp", str(tmp_path / "obj"),
                            "--parallel", "2"]
        dist.parse_command_line()
        dist.run_commands()
        assert (lib / f"m{SUFFIX}").is_file()
        return sorted(timings)

    assert build() == ["a.c", "b.c", "m.c"]
    assert build() == []
    (src / "b.c").write_text('#include "shared.h"\nint b(void) { return ONE + 2; }\n', encoding="utf-8")
    assert build() == ["b.c"]
    (src / "shared.h").write_text("#define ONE 2\n", encoding="utf-8")
    assert build() == ["a.c", "b.c", "m.c"]


def test_fast_extra_brings_every_stub_the_build_type_checks_with() -> None:
    """`make demo` installs only the `fast` extra, and mypyc type-checks before it compiles:
    a stub package missing there made every fresh-clone demo fall back to pure Python."""
    import tomllib  # noqa: PLC0415 - only this test reads the project file

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    stubs = {req for req in extras["test"] if req.startswith("types-")}
    assert stubs, "the test extra lists the stub packages mypy needs"
    assert stubs <= set(extras["fast"])
