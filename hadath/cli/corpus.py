"""Corpus commands: ``ingest``, ``events``, ``export``, ``correct`` (registered on the main app).

The library raises StoreError / InputError / ConfigError; here they become one line on
stderr and exit status 2. Progress goes to stderr, data and summaries to stdout.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from hadath.errors import HadathError

DbOpt = Annotated[str, typer.Option("--db", help="SQLAlchemy URL: sqlite:///hadath.db or postgresql://user@host/db.")]
DEFAULT_DB = "sqlite:///hadath.db"


def _debug() -> bool:
    from hadath.cli.app import _state

    return bool(_state.get("debug"))


def _fail(exc: HadathError) -> None:
    from hadath.cli.app import fail

    if _debug():
        raise exc
    fail(str(exc))


def _open(db: str) -> Any:
    from hadath.store.store import Store

    return Store(db)


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Text files, folders, JSONL, saved HTML pages, RSS/Atom files or URLs.")],
    db: DbOpt = DEFAULT_DB,
    fetch: Annotated[bool, typer.Option("--fetch", help="Fetch the page each RSS/Atom item links to.")] = False,
    workers: Annotated[int | None, typer.Option(help="Extraction processes (default: up to 2).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction.", hidden=True)] = 100,
) -> None:
    """Extract and store articles; already stored ones are skipped (content hash)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from hadath.ingest.runner import Ingester, plan
    from hadath.ingest.sources import iter_paths

    err = Console(stderr=True)
    try:
        with _open(db) as store:
            todo = plan(store, iter_paths(paths, fetch=fetch))
            # nothing new: no worker pool, no pipeline warm-up (a re-run is only the hash check)
            procs = workers if todo.pending else 1
            with Ingester(store, workers=procs, batch_size=batch_size) as ing:
                with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                              TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(),
                              TextColumn("{task.fields[new]} new, {task.fields[known]} stored, "
                                         "{task.fields[failed]} failed"),
                              console=err, disable=quiet, transient=False) as progress:
                    task = progress.add_task("ingest", total=todo.total, rate="-", new=0, known=0, failed=0)
                    counts = {"new": 0, "known": 0, "failed": 0}

                    def tick(status: str) -> None:
                        counts[status] += 1
                        t = progress.tasks[task]
                        rate = f"{t.speed:.0f}" if t.speed and counts["new"] else "-"
                        progress.update(task, advance=1, rate=rate, new=counts["new"], known=counts["known"],
                                        failed=counts["failed"])

                    report = ing.execute(todo, tick)
            stories = store.counts()["stories"]
    except HadathError as exc:
        _fail(exc)
        return
    for e in report.errors[:20]:
        err.print(f"hadath: skipped {e.reason}", markup=False, highlight=False)
    if len(report.errors) > 20:
        err.print(f"hadath: ... and {len(report.errors) - 20} more (see the ingest_errors table)")
    merged = f", {report.merged_events} merged events" if report.merged_events is not None else ""
    typer.echo(f"{report.new} new, {report.known} already stored, {report.failed} failed "
               f"({stories} stories{merged} in the store)")
    if report.failed:
        raise typer.Exit(1)


def events(
    db: DbOpt = DEFAULT_DB,
    since: Annotated[str | None, typer.Option(help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option(help="Country: ISO2, ISO3 or name.")] = None,
    admin1: Annotated[str | None, typer.Option(help="First-level region, e.g. Idlib.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="ACLED event type or sub-event type.")] = None,  # noqa: A002
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name.")] = None,
    source: Annotated[str | None, typer.Option(help="Part of a source's or outlet's name.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """List merged events (all reports of one event as one row) with filters."""
    import datetime as dt
    import json

    from rich.console import Console
    from rich.table import Table

    from hadath.errors import InputError
    from hadath.export.countries import find_country
    from hadath.store.store import EventFilter

    try:
        for name, val in (("--since", since), ("--until", until)):
            if val is not None:
                try:
                    dt.date.fromisoformat(val)
                except ValueError as exc:
                    raise InputError(f"{name} {val!r} is not YYYY-MM-DD") from exc
        iso2 = None
        if country:
            c = find_country(country)
            if c is None:
                raise InputError(f"unknown country {country!r}; give an ISO code or an English name")
            iso2 = c.iso2
        flt = EventFilter(since=since, until=until, country=iso2, admin1=admin1, type=type, actor=actor, source=source)
        with _open(db) as store:
            rows = store.merged_events(flt, limit=limit)
    except HadathError as exc:
        _fail(exc)
        return
    if as_json:
        for ev in rows:
            typer.echo(json.dumps(ev, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} merged event(s)" + (f" (first {limit})" if len(rows) == limit else ""))
    for col in ("id", "date", "type", "actors", "place", "deaths", "reports", "sources"):
        table.add_column(col, overflow="fold", no_wrap=col in {"id", "date", "deaths", "reports"})
    for ev in rows:
        loc = ev.get("location") or {}
        actors = " vs ".join(a["name"] for a in (ev.get("actor1"), ev.get("actor2")) if a) or "-"
        place = ", ".join(p for p in (loc.get("name"), loc.get("admin1"), loc.get("country")) if p) or "-"
        deaths = "-" if ev.get("fatalities") is None else str(ev["fatalities"])
        if ev.get("conflicts"):
            deaths += " *"
        table.add_row(ev["event_id_cnty"], ev.get("event_date") or "-", ev["sub_event_type"], actors, place,
                      deaths, _reports(ev), "; ".join(ev.get("sources") or []))
    Console().print(table)
    if any(ev.get("conflicts") for ev in rows):
        Console(stderr=True).print("* reports disagree on the figure; the lowest is shown (ACLED rule)")


def _reports(ev: dict[str, Any]) -> str:
    n, stories = len(ev.get("reports") or []), ev.get("n_stories") or 1
    return f"{n} ({stories} stories)" if stories > 1 else str(n)


def export(
    format: Annotated[str, typer.Option("--format", "-f", help="acled-csv | jsonl | geojson | parquet")],  # noqa: A002
    db: DbOpt = DEFAULT_DB,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default: stdout; parquet needs one).")] = None,
) -> None:
    """Export merged events (with corrections applied) as ACLED CSV, JSONL, GeoJSON or Parquet."""
    from hadath.errors import ConfigError
    from hadath.export.writers import FORMATS
    from hadath.export.writers import export as write

    try:
        if format not in FORMATS:
            raise ConfigError(f"unknown --format {format!r}; choose one of {', '.join(FORMATS)}")
        if format == "parquet" and output is None:
            raise ConfigError("parquet is a binary format: give an output file with -o")
        if output is not None and not output.parent.exists():
            raise ConfigError(f"-o {output}: folder {output.parent} does not exist")
        with _open(db) as store:
            rows = store.merged_events()
        n = write(rows, format, output if output is not None else sys.stdout)
    except HadathError as exc:
        _fail(exc)
        return
    if output is not None:
        typer.echo(f"hadath: wrote {n} events to {output}", err=True)


def correct(
    event_id: Annotated[str, typer.Argument(help="Merged event id as listed by `hadath events`, e.g. SYR123.")],
    field: Annotated[str, typer.Argument(help="Field to correct, e.g. fatalities, actor1, event_date, deleted.")],
    value: Annotated[str, typer.Argument(help="The right value.")],
    author: Annotated[str, typer.Option(help="Who makes the correction.")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Correct one field of a merged event; kept apart from machine output and applied on read and export."""
    try:
        with _open(db) as store:
            store.add_correction(event_id, field, value, author, note)
    except HadathError as exc:
        _fail(exc)
        return
    typer.echo(f"corrected {event_id} {field} = {value}")


def reextract(
    db: DbOpt = DEFAULT_DB,
    everything: Annotated[bool, typer.Option("--all", help="Re-extract every article, not only those "
                                                           "extracted by another hadath version.")] = False,
    workers: Annotated[int | None, typer.Option(help="Extraction processes (default: up to 2).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Run the current pipeline again over stored articles; people's corrections are kept."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    import hadath
    from hadath.ingest.runner import Ingester

    try:
        with _open(db) as store:
            todo = len(store.stale_articles(everything))
            with Ingester(store, workers=workers if todo else 1) as ing, Progress(
                    TextColumn("re-extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=Console(stderr=True), disable=quiet or not todo) as progress:
                task = progress.add_task("re-extract", total=todo)
                report = ing.reextract(everything, lambda _s: progress.advance(task))
            corrections = store.counts()["corrections"]
    except HadathError as exc:
        _fail(exc)
        return
    merged = f", {report.merged_events} merged events" if report.merged_events is not None else ""
    typer.echo(f"re-extracted {report.new} articles with hadath {hadath.__version__}, {report.failed} failed"
               f"{merged}; {corrections} corrections kept")
    if report.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the main ``hadath`` app."""
    app.command()(ingest)
    app.command()(events)
    app.command()(export)
    app.command()(correct)
    app.command()(reextract)
