"""``hadath`` command line. Library errors become one-line messages and contract exit codes:
0 ok, 1 some batch lines failed, 2 bad input or usage. Tracebacks only with ``--debug``.
"""

from __future__ import annotations

import importlib
import os
import stat
import sys
from pathlib import Path
from typing import Annotated

import typer

from hadath.errors import HadathError

app = typer.Typer(
    name="hadath",
    help="Arabic conflict news -> structured, sourced, geolocated event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score hadath on the shared data and print a table.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

_state = {"debug": False}


def fail(message: str, code: int = 2) -> None:
    """Print one line on stderr and exit with ``code``."""
    typer.echo(f"hadath: error: {message}", err=True)
    raise typer.Exit(code)


@app.callback()
def _main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    _state["debug"] = debug


def _doc_json(doc: object, pretty: bool) -> str:
    from hadath.schema import Document

    assert isinstance(doc, Document)
    return doc.model_dump_json(indent=2 if pretty else None)


@app.command()
def extract(
    file: Annotated[str | None, typer.Argument(help="UTF-8 text file, or - for stdin.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (anchors relative dates).")] = None,
    doc_id: Annotated[str | None, typer.Option("--id", help="Document id (default: file name).")] = None,
    jsonl: Annotated[str | None, typer.Option("--jsonl", help="JSONL input file (or -), one document a line.")] = None,
    pretty: Annotated[bool, typer.Option(help="Indented JSON for humans.")] = False,
    max_size: Annotated[int, typer.Option(help="Size limit of one document in bytes.")] = 2_000_000,
    workers: Annotated[int, typer.Option(help="Processes for --jsonl (2 on a 2-core machine doubles throughput).")] = 1,
) -> None:
    """Extract entities, events, quotes, claims and conflicts as JSON."""
    from hadath.cli.io import read_input

    if jsonl is not None:
        if file is not None:
            fail("give either FILE or --jsonl, not both")
        code = _extract_jsonl(jsonl, max_size, workers)
        raise typer.Exit(code)
    if file is None:
        fail("missing FILE (use - for stdin, or --jsonl FILE)")
        return
    import hadath

    try:
        text = read_input(file, max_size)
        ident = doc_id or (Path(file).stem if file != "-" else "stdin")
        doc = hadath.extract(text, published=published, doc_id=ident)
    except HadathError as exc:
        if _state["debug"]:
            raise
        fail(str(exc))
    typer.echo(_doc_json(doc, pretty))


def _extract_jsonl(path: str, max_size: int, workers: int) -> int:
    from hadath.batch import process_lines

    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        fail(f"{path}: cannot open ({exc.strerror})")
        return 2
    bad = 0
    # the lines come as UTF-8 bytes (hadath.batch.process_line): written to the binary stream
    # under stdout, with nothing encoded again; the text layer is flushed first, so nothing
    # written to it before comes after them
    sys.stdout.flush()
    out = sys.stdout.buffer
    try:
        is_file = stat.S_ISREG(os.fstat(stream.fileno()).st_mode)  # a file may be read ahead, a pipe not
    except (OSError, ValueError):
        is_file = False
    with stream:
        for line, ok in process_lines(stream, max_size, workers, ahead=is_file):
            bad += not ok
            out.write(line + b"\n")
            out.flush()
    if bad:
        typer.echo(f"hadath: {bad} line(s) failed; see the error records in the output", err=True)
    return 1 if bad else 0


@app.command()
def info() -> None:
    """Version, Python, and which build of the hot modules runs (compiled or pure Python)."""
    import platform

    import hadath
    from hadath import compiled

    typer.echo(f"hadath {hadath.__version__} ({Path(hadath.__file__ or '').parent})")
    typer.echo(f"python {platform.python_version()} ({sys.executable})")
    typer.echo(f"modules: {compiled.mode()}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output Document."""
    from hadath.schema import json_schema

    typer.echo(json_schema())


@app.command()
def demo(
    output: Annotated[Path, typer.Option("-o", help="Where to write the JSON.")] = Path("demo-output.json"),
) -> None:
    """Extract events from the bundled sample article and print a readable summary."""
    from hadath.cli.demo import run_demo

    run_demo(output)


def _run_eval(name: str, data: str | None, **opts: object) -> None:
    from rich.console import Console
    from rich.table import Table

    try:
        mod = importlib.import_module(f"hadath.eval.{name}")
        report = mod.evaluate(data, **opts)
    except HadathError as exc:
        if _state["debug"]:
            raise
        fail(str(exc))
    table = Table(title=report.title)
    for c in report.columns:
        table.add_column(c)
    for r in report.rows:
        table.add_row(*[f"{v:.3f}" if isinstance(v, float) else str(v) for v in r])
    console = Console()
    console.print(table)
    for note in report.notes:
        console.print(note)


DataOpt = Annotated[str | None, typer.Option("--data", help="Path to the shared data (default: ../shared/...).")]


@eval_app.command("numbers")
def eval_numbers(data: DataOpt = None) -> None:
    """Share of Duckling's Arabic numeral expressions read correctly."""
    _run_eval("numbers", data)


@eval_app.command("dates")
def eval_dates(data: DataOpt = None) -> None:
    """Share of Duckling's day-grain and coarser time expressions resolved correctly."""
    _run_eval("dates", data)


@eval_app.command("ner")
def eval_ner(data: DataOpt = None) -> None:
    """Entity P/R/F1 on the held-out NewsFANE part (or a Wojood file)."""
    _run_eval("ner", data)


@eval_app.command("actors")
def eval_actors(data: DataOpt = None) -> None:
    """Actor country/role agreement with the event gold standard's CAMEO codes."""
    _run_eval("actors", data)


@eval_app.command("geo")
def eval_geo(data: DataOpt = None) -> None:
    """Geocoding accuracy on the place gold file."""
    _run_eval("geo", data)


@eval_app.command("events")
def eval_events(data: DataOpt = None) -> None:
    """Sentence-level P/R/F1 for ASSAULT and PROTEST on the event gold standard."""
    _run_eval("events", data)


def _register_optional() -> None:
    for module in ("hadath.cli.corpus",):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError:
            continue
        mod.register(app)


_register_optional()


def main() -> None:
    try:
        app()
    except HadathError as exc:  # a library error that escaped a command
        if _state["debug"]:
            raise
        typer.echo(f"hadath: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("hadath: interrupted", err=True)
        sys.exit(130)
