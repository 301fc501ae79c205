"""Reading inputs: text files, folders, JSONL, saved HTML, RSS/Atom; bad items become records."""

from __future__ import annotations

import json
from pathlib import Path

from hadath.ingest import sources
from hadath.ingest.sources import Item, ItemError, iter_paths

AR = "\u0642\u062a\u0644 \u062e\u0645\u0633\u0629 \u0645\u062f\u0646\u064a\u064a\u0646 \u0641\u064a \u063a\u0627\u0631\u0629 \u062c\u0648\u064a\u0629 \u0639\u0644\u0649 \u0645\u062f\u064a\u0646\u0629 \u0625\u062f\u0644\u0628"

HTML = """<!DOCTYPE html><html><head><title>page</title>
<meta property="article:published_time" content="2024-03-02T10:00:00Z">
<meta property="og:site_name" content="Enab Baladi"></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/news">أخبار</a></nav>
<article><h1>غارات على إدلب</h1>
<p>قتل خمسة مدنيين وأصيب آخرون بجروح أمس جراء غارات جوية شنتها طائرات حربية على مدينة إدلب، بحسب ما أفاد الدفاع المدني السوري.</p>
<p>وتشهد المنطقة تصعيدا عسكريا منذ أسابيع، وسط تحذيرات أممية من موجة نزوح جديدة، وطالبت منظمات حقوقية بفتح تحقيق مستقل في الهجوم.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire feed</title><link>https://example.org</link>
<item><title>غارات على إدلب</title><link>https://example.org/1</link>
<description>&lt;p&gt;قتل خمسة مدنيين في غارة جوية على مدينة إدلب.&lt;/p&gt;</description>
<pubDate>Sat, 02 Mar 2024 08:00:00 GMT</pubDate><guid>item-1</guid></item>
<item><title>بلا وصف</title><link>https://example.org/2</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>اشتباكات في مأرب</title><id>urn:x:1</id><link href="https://example.org/a"/>
<updated>2024-03-05T08:00:00Z</updated><summary>اندلعت اشتباكات عنيفة بين الطرفين في محيط مأرب.</summary></entry>
</feed>"""


def collect(*paths: Path | str, fetch: bool = False) -> tuple[list[Item], list[ItemError]]:
    out = list(iter_paths([str(p) for p in paths], fetch=fetch))
    return [i for i in out if isinstance(i, Item)], [e for e in out if isinstance(e, ItemError)]


def test_text_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "a" / "deep").mkdir()
    (tmp_path / "a" / "deep" / "two.txt").write_text(AR + " 2", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text(AR, encoding="utf-8")
    items, errors = collect(tmp_path / "a")
    assert [i.doc_id for i in items] == ["deep/two", "one"]
    assert items[1].text == AR and not errors


def test_bad_files_become_records(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes(AR.encode("cp1256"))
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    items, errors = collect(tmp_path, tmp_path / "missing.txt")
    assert not items
    reasons = " | ".join(e.reason for e in errors)
    assert "not valid UTF-8" in reasons and "empty" in reasons and "binary" in reasons
    assert "no such file" in reasons


def test_jsonl_lines_good_and_bad(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": AR, "published": "2024-03-02", "source": "SANA", "url": "https://e/1"}),
        "not json",
        json.dumps({"id": "x2"}),
        json.dumps({"id": "x3", "text": AR, "published": "yesterday"}),
        "",
        json.dumps({"text": AR + "!"}),
    ]
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items, errors = collect(p)
    assert [(i.doc_id, i.published, i.source, i.url) for i in items] == [
        ("x1", "2024-03-02", "SANA", "https://e/1"), ("in-6", None, None, None)]
    assert [e.origin.rsplit(":", 1)[1] for e in errors] == ["2", "3", "4"]
    assert "not valid JSON" in errors[0].reason and "'text'" in errors[1].reason and "published" in errors[2].reason


def test_saved_html_page(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    [item], errors = collect(p)
    assert not errors
    assert "\u0642\u062a\u0644 \u062e\u0645\u0633\u0629" in item.text  # main text kept
    assert "\u062c\u0645\u064a\u0639 \u0627\u0644\u062d\u0642\u0648\u0642" not in item.text  # footer dropped
    assert item.published == "2024-03-02"


def test_rss_and_atom_descriptions(tmp_path: Path) -> None:
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "feed.atom").write_text(ATOM, encoding="utf-8")
    items, errors = collect(tmp_path / "feed.rss", tmp_path / "feed.atom")
    assert [(i.doc_id, i.published, i.source, i.url) for i in items] == [
        ("item-1", "2024-03-02", "Wire feed", "https://example.org/1"),
        ("urn:x:1", "2024-03-05", "Atom wire", "https://example.org/a")]
    assert "<p>" not in items[0].text and items[0].text.startswith("\u063a\u0627\u0631\u0627\u062a")
    [err] = errors
    assert err.origin == "https://example.org/2" and "--fetch" in err.reason


def test_fetch_failure_is_a_per_item_record(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    def offline(url: str) -> bytes:
        raise OSError("network unreachable")

    monkeypatch.setattr(sources, "_download", offline)
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    items, errors = collect(tmp_path / "feed.rss", "https://example.org/feed.xml", fetch=True)
    assert not items
    assert [e.origin for e in errors] == ["https://example.org/1", "https://example.org/2",
                                          "https://example.org/feed.xml"]
    assert all("fetch failed" in e.reason for e in errors)


def test_fetch_success_extracts_the_linked_page(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(sources, "_download", lambda url: HTML.encode("utf-8"))
    (tmp_path / "feed.atom").write_text(ATOM, encoding="utf-8")
    [item], errors = collect(tmp_path / "feed.atom", fetch=True)
    assert not errors
    assert item.doc_id == "urn:x:1" and item.url == "https://example.org/a" and item.source == "Atom wire"
    assert "\u0642\u062a\u0644 \u062e\u0645\u0633\u0629" in item.text


def test_html_in_a_declared_arabic_charset(tmp_path: Path) -> None:
    page = HTML.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
    (tmp_path / "old.html").write_bytes(page.encode("cp1256"))
    [item], errors = collect(tmp_path / "old.html")
    assert not errors and "\u0642\u062a\u0644 \u062e\u0645\u0633\u0629" in item.text
    (tmp_path / "nodecl.html").write_bytes(HTML.encode("cp1256"))
    items, [err] = collect(tmp_path / "nodecl.html")
    assert not items and "UTF-8" in err.reason
