"""Records whose ``__init__`` is written out in a dataclass (see :mod:`hadath.mentions`; the
``dataclasses`` module keeps a class's own ``__init__``, and ``init=False`` says so) must set every
field they declare: a field added to the class but not to its ``__init__`` would
be missing on every record made. Read from the source, so the check is the same for the pure
and the compiled build."""

from __future__ import annotations

import ast
from pathlib import Path

import hadath

PACKAGE = Path(hadath.__file__).resolve().parent


def _written_init_classes() -> list[tuple[str, ast.ClassDef]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            dataclass = any(ast.unparse(d.func if isinstance(d, ast.Call) else d) == "dataclass" for d in node.decorator_list)
            written = any(isinstance(f, ast.FunctionDef) and f.name == "__init__" for f in node.body)
            if dataclass and written:
                found.append((f"{path.relative_to(PACKAGE.parent)}:{node.name}", node))
    return found


def test_the_hot_records_have_written_inits() -> None:
    names = {name.rsplit(":", 1)[1] for name, _ in _written_init_classes()}
    assert {"Mention", "NumberMention", "DateMention", "Candidate", "SentenceCtx", "ActorSpan",
            "Typing", "MarkPair", "_Before"} <= names


def test_every_written_init_sets_every_field() -> None:
    for name, cls in _written_init_classes():
        fields = [st.target.id for st in cls.body if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name)
                  and not ast.unparse(st.annotation).startswith(("ClassVar", "Final"))]
        init = next((f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
        assert init is not None
        assigned = {t.attr for st in ast.walk(init) if isinstance(st, ast.Assign) for t in st.targets
                    if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"}
        missing = [f for f in fields if f not in assigned]
        assert not missing, f"{name}.__init__ does not set {missing}"
        params = [a.arg for a in init.args.args[1:] + init.args.kwonlyargs]
        assert all(p in fields for p in params), f"{name}.__init__ takes a parameter that is no field"
        assert [p for p in fields if p in params] == params, f"{name}.__init__ parameters are not in field order"
