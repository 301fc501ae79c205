"""``hadath demo``: run the bundled illustrative article and show what came out."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

SAMPLE_PUBLISHED = "2024-05-15"


def sample_text() -> str:
    return resources.files("hadath.sample").joinpath("article_ar.txt").read_text(encoding="utf-8")


def run_demo(output: Path) -> None:
    import hadath

    console = Console(width=max(Console().width, 150))
    text = sample_text()
    doc = hadath.extract(text, published=SAMPLE_PUBLISHED, doc_id="sample-tal-afar")
    output.write_text(doc.model_dump_json(indent=2), encoding="utf-8")

    console.rule("[bold]hadath demo: illustrative wire report on fighting near Tal Afar")
    console.print(f"published {SAMPLE_PUBLISHED}; {len(text.split())} words")

    ev = Table(title=f"Events ({len(doc.events)})", show_lines=True)
    for c in ("type / sub-type", "actor1", "actor2", "where", "when", "killed", "according to", "evidence"):
        ev.add_column(c, overflow="fold")
    for e in doc.events:
        where = f"{e.location.name} ({e.location.country}, p{e.location.geo_precision})" if e.location else "-"
        evidence = " … ".join(text[s.start : s.end] for s in e.evidence[:1])
        ev.add_row(
            f"{e.event_type}\n{e.sub_event_type}\n[{e.plover_type}]",
            e.actor1.name if e.actor1 else "-",
            e.actor2.name if e.actor2 else "-",
            where,
            f"{e.event_date or '-'} (p{e.time_precision})",
            "-" if e.fatalities is None else str(e.fatalities),
            e.source.name if e.source else "-",
            evidence[:120],
        )
    console.print(ev)

    ent = Table(title=f"Entities ({len(doc.entities)})")
    for c in ("text", "type", "canonical", "place"):
        ent.add_column(c)
    for m in doc.entities:
        place = f"{m.geo.name} {m.geo.latitude:.3f},{m.geo.longitude:.3f}" if m.geo else ""
        ent.add_row(m.text, m.type, m.canonical or "", place)
    console.print(ent)

    qt = Table(title=f"Quotes ({len(doc.quotes)})", show_lines=True)
    for c in ("speaker", "via", "words"):
        qt.add_column(c, overflow="fold")
    for q in doc.quotes:
        qt.add_row(q.speaker_canonical or q.speaker, q.via or "", text[q.start : q.end])
    console.print(qt)

    cl = Table(title=f"Claims ({len(doc.claims)})")
    for col in ("#", "subject", "quantity", "unit", "source"):
        cl.add_column(col)
    for i, claim in enumerate(doc.claims):
        qn = claim.quantity
        qty = f"{qn.low:g}" if qn.low == qn.high else f"{qn.low:g}–{qn.high:g}"
        cl.add_row(str(i), claim.subject, ("~" if qn.approximate else "") + qty, claim.unit or "",
                   claim.source.name if claim.source else "")
    console.print(cl)
    for cf in doc.conflicts:
        console.print(f"[yellow]conflict[/] claims {cf.claims[0]} and {cf.claims[1]}: {cf.reason}")
    console.print(f"\nJSON written to [bold]{output.resolve()}[/]")
