"""Turn the user's paths into articles: text files, folders, JSONL, saved HTML, RSS/Atom.

Every input item becomes either an :class:`Item` (text plus metadata) or an
:class:`ItemError` (where it came from and why it was rejected) — never a silent skip,
never an exception that ends the run. Decoding is strict UTF-8 (a BOM is allowed):
guessing an encoding for Arabic text silently produces mojibake that then gets "extracted".
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hadath.errors import InputError
from hadath.textio import decode, json_object

MAX_BYTES = 2_000_000
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FETCH_TIMEOUT_S = 15.0


@dataclass(frozen=True, slots=True)
class Item:
    """One article to ingest. ``origin`` says where it came from (path, path:line, URL)."""

    origin: str
    text: str
    doc_id: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ItemError:
    origin: str
    reason: str


Result = Item | ItemError


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES * 20 + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return data


def _date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a date-ish value (ISO string, struct_time), else None."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    s = str(value).strip()[:10]
    try:
        return dt.date.fromisoformat(s).isoformat()
    except ValueError:
        return None


def iter_paths(paths: Iterable[str], *, fetch: bool = False) -> Iterator[Result]:
    """Every item under ``paths`` (folders recursively, in sorted order, hidden files skipped)."""
    for raw in paths:
        if raw.startswith(("http://", "https://")):
            yield from read_feed_url(raw, fetch=fetch)
            continue
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield from read_file(f, base=p, fetch=fetch)
        elif p.exists():
            yield from read_file(p, base=p.parent, fetch=fetch)
        else:
            yield ItemError(raw, f"{raw}: no such file or folder")


def read_file(path: Path, *, base: Path | None = None, fetch: bool = False) -> Iterator[Result]:
    """Dispatch on the suffix (and, for .xml/.txt, on a sniff of the content)."""
    origin = str(path)
    try:
        data = _read(path)
    except InputError as exc:
        yield ItemError(origin, str(exc))
        return
    suffix = path.suffix.lower()
    head = data[:512].lstrip().lower()
    try:
        rel = str(path.relative_to(base)) if base else path.name
    except ValueError:
        rel = path.name
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(data, origin)
    elif suffix in FEED_SUFFIXES or head.startswith(b"<?xml") and (b"<rss" in data[:2048] or b"<feed" in data[:2048]):
        yield from read_feed(data, origin, fetch=fetch)
    elif suffix in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html")):
        yield read_html(data, origin, rel)
    else:
        try:
            text = decode(data, origin)
            if len(data) > MAX_BYTES:
                raise InputError(f"{origin}: over the size limit of {MAX_BYTES:,} bytes")
        except InputError as exc:
            yield ItemError(origin, str(exc))
            return
        yield Item(origin=origin, text=text, doc_id=str(Path(rel).with_suffix("")))


def read_jsonl(data: bytes, origin: str) -> Iterator[Result]:
    """Lines ``{"id", "text", "published"?, "source"?, "url"?, "title"?}``."""
    for n, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            obj = json_object(line, where)
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                raise InputError(f"{where}: missing or empty 'text'")
            pub = obj.get("published")
            if pub is not None and _date(pub) is None:
                raise InputError(f"{where}: 'published' must be YYYY-MM-DD")
            ident = obj.get("id")
            yield Item(origin=where, text=text, doc_id=str(ident) if ident is not None else f"{Path(origin).stem}-{n}",
                       published=_date(pub), source=_str(obj.get("source")), url=_str(obj.get("url")),
                       title=_str(obj.get("title")))
        except InputError as exc:
            yield ItemError(where, str(exc))


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, label: str) -> str:
    """UTF-8, or the charset the page declares in a ``<meta>`` tag (older Arabic sites
    still serve windows-1256). A page that is neither is rejected, not guessed at."""
    try:
        return decode(data, label)
    except InputError as exc:
        if "UTF-8" not in str(exc):
            raise
        m = _CHARSET.search(data[:4096])
        if not m:
            raise
        charset = m.group(1).decode("ascii", "replace")
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError) as exc2:
            raise InputError(f"{label}: not valid UTF-8 nor the declared charset {charset!r}") from exc2


def read_html(data: bytes, origin: str, doc_id: str) -> Result:
    """Main text, title, date and site name of a saved page (trafilatura)."""
    import trafilatura

    try:
        html = decode_html(data, origin)
    except InputError as exc:
        return ItemError(origin, str(exc))
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return ItemError(origin, f"{origin}: no main text found in the page")
    return Item(origin=origin, text=text, doc_id=str(Path(doc_id).with_suffix("")),
                published=_date(getattr(doc, "date", None)), source=getattr(doc, "sitename", None),
                url=getattr(doc, "url", None), title=getattr(doc, "title", None))


def _html_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries carry markup)."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        return str(lxml.html.fromstring(fragment).text_content()).strip()
    except Exception:  # lxml raises several types on junk fragments; fall back to the raw text
        return fragment.strip()


def read_feed(data: bytes | str, origin: str, *, fetch: bool = False) -> Iterator[Result]:
    """RSS/Atom items: title plus description/summary, or the linked page with ``fetch``."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield ItemError(origin, f"{origin}: not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
        return
    feed_title = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        where = link or f"{origin}#{n}"
        ident = entry.get("id") or link or f"{Path(origin).stem}-{n}"
        published = _date(entry.get("published_parsed") or entry.get("updated_parsed"))
        title = _html_text(entry.get("title", ""))
        if fetch:
            if not link:
                yield ItemError(where, f"{where}: item has no link to fetch")
                continue
            page = fetch_page(link)
            if isinstance(page, ItemError):
                yield page
                continue
            if page.published is None and published is not None:
                page = Item(page.origin, page.text, str(ident), published, feed_title, link, page.title or title)
            else:
                page = Item(page.origin, page.text, str(ident), page.published, feed_title, link, page.title or title)
            yield page
            continue
        summary = entry.get("summary") or entry.get("description") or ""
        if not summary and entry.get("content"):
            summary = entry["content"][0].get("value", "")
        body = _html_text(summary)
        text = "\n\n".join(p for p in (title, body) if p)
        if not body:
            yield ItemError(where, f"{where}: item has no description text (use --fetch to get the page)")
            continue
        yield Item(origin=where, text=text, doc_id=str(ident), published=published, source=feed_title,
                   url=link, title=title or None)


def _download(url: str) -> bytes:
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": "hadath-ingest/0.1"})
    with urllib.request.urlopen(req, timeout=FETCH_TIMEOUT_S) as resp:  # noqa: S310 (user asked)
        return resp.read(MAX_BYTES * 5)  # type: ignore[no-any-return]


def fetch_page(url: str) -> Result:
    """Download a page and extract it; any network failure is an ItemError for that item."""
    try:
        data = _download(url)
    except Exception as exc:  # urllib raises URLError, HTTPError, timeouts, ValueError ...
        return ItemError(url, f"{url}: fetch failed ({exc.__class__.__name__}: {exc})")
    return read_html(data, url, url.rstrip("/").rsplit("/", 1)[-1] or url)


def read_feed_url(url: str, *, fetch: bool) -> Iterator[Result]:
    try:
        data = _download(url)
    except Exception as exc:  # network failures become one error record
        yield ItemError(url, f"{url}: fetch failed ({exc.__class__.__name__}: {exc})")
        return
    yield from read_feed(data, url, fetch=fetch)
