"""Ingest on the seeds and on small real files written for each case."""
from __future__ import annotations

import doctest
import json
import logging
import random
import time
from pathlib import Path

import pytest

import kg.ingest
from kg.ingest import Article, Skipped, read_articles

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

BODY = (
    "Der Unternehmer Elon Musk hat das neue KI-Projekt von US-Präsident Donald Trump kritisiert. "
    "Die Finanzierung sei nicht gesichert, schrieb er auf seiner Plattform X."
)

HTML = """<html><head><title>Streit um KI-Projekt | Beispielzeitung</title>
<meta property="og:site_name" content="Beispielzeitung"><meta name="author" content="Max Muster">
<meta property="article:published_time" content="2025-01-23T10:00:00+01:00">
<link rel="canonical" href="https://www.beispielzeitung.de/politik/ki-projekt-123.html"></head>
<body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Streit um KI-Projekt</h1>
<p>Der Unternehmer Elon Musk hat das neue KI-Projekt von US-Präsident Donald Trump kritisiert.
Die Finanzierung sei nicht gesichert, schrieb er am Mittwoch auf seiner Plattform X.</p>
<p>OpenAI-Chef Sam Altman widersprach ihm umgehend und lud Musk zu einem Besuch der ersten Baustelle
in Texas ein. Die Investitionen sollen insgesamt 500 Milliarden Dollar betragen.</p>
</article><footer>Impressum Datenschutz</footer></body></html>"""


def _read(*paths, **kwargs) -> tuple[list[Article], list[Skipped]]:
    items = list(read_articles(paths, **kwargs))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


def test_ingest_seed_folder_gives_five_articles_by_file_name():
    articles, skipped = _read(SEEDS)
    assert skipped == []
    assert [a.id for a in articles] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(a.source_path.endswith(a.id) and a.text for a in articles)


@pytest.mark.parametrize(
    "prefix, title",
    [
        ("000", "Donald Trump: Beziehung zu Musk kriegt schon Risse"),
        ("001", None),  # starts with a paragraph, no headline
        ("002", 'Musk: "Trump hat den Mund mal wieder zu voll genommen"'),
        ("003", "Trumps Wirtschaftspläne verärgern Elon Musk – erneuter Schlag für ihre Beziehung"),
        ("004", None),
    ],
)
def test_ingest_seed_title_is_the_headline_line(prefix, title):
    (article,) = [a for a in read_articles(SEEDS) if a.id.startswith(prefix)]
    assert article.title == title
    # the seeds state no byline, date line or publisher: nothing is guessed
    assert (article.author, article.date, article.publisher, article.url) == (None, None, None, None)


def test_ingest_single_path_string_is_accepted():
    articles = list(read_articles(str(SEEDS / "001_b2d6bd927496cc09.txt")))
    assert [a.id for a in articles] == ["001_b2d6bd927496cc09.txt"]


def test_ingest_txt_metadata_from_byline_and_date_line(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Klimapolitik\nRegierung beschließt neues Klimageld\n"
        "Von Erika Beispiel, Berlin\nStand: 22.01.2025, 14:30 Uhr\n\n" + BODY + "\n\nQuelle: Beispielzeitung\n",
        encoding="utf-8",
    )
    (article,) = read_articles([tmp_path])
    assert article.title == "Regierung beschließt neues Klimageld"
    assert article.author == "Erika Beispiel"
    assert article.date == "2025-01-22"
    assert article.publisher == "Beispielzeitung"


def test_ingest_windows_1252_text_is_read_with_a_warning(tmp_path, caplog):
    (tmp_path / "alt.txt").write_bytes("Müller äußerte sich „deutlich“ zur Straße – 5 €.".encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        (article,) = read_articles([tmp_path])
    assert article.text == "Müller äußerte sich „deutlich“ zur Straße – 5 €."
    assert "Windows-1252" in caplog.text


def test_ingest_utf16_with_bom_is_text_not_binary(tmp_path):
    (tmp_path / "u16.txt").write_bytes("Grüße aus Köln, sagte der Bürgermeister.".encode("utf-16"))
    (article,) = read_articles([tmp_path])
    assert article.text == "Grüße aus Köln, sagte der Bürgermeister."


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\n\t \n", "empty file (only white space)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file (contains NUL bytes)"),
        ("noise.txt", bytes(b for b in random.Random(7).randbytes(4096) if b), "binary file (mostly non-text bytes)"),
        ("garbled.txt", b"Text \x81\x8d\x90\x9d " * 40, "undecodable: not UTF-8, Windows-1252 or Latin-1 text (save it as UTF-8)"),
        ("page.html", b"<html><head><title>Leer</title></head><body></body></html>", "no article text found in the HTML page"),
        ("nav.html", b"<html><body><nav>Startseite</nav></body></html>", "no article text: only page furniture (see docs/cleaning.md)"),
        ("banner.txt", "Bitte deaktivieren Sie Ihren Ad-Blocker\n\nJetzt für nur 0,99 € testen".encode(), "no article text: only page furniture (see docs/cleaning.md)"),
    ],
)
def test_ingest_unreadable_file_is_skipped_with_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    articles, skipped = _read(tmp_path)
    assert skipped == [Skipped(str(tmp_path / name), reason)]
    assert [a.id for a in articles] == ["good.txt"]


def test_ingest_huge_file_is_skipped_without_reading_it(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: 50 MB of size, no data written
    start = time.perf_counter()
    (item,) = read_articles([huge])
    assert time.perf_counter() - start < 1.0
    assert item == Skipped(str(huge), "file is 50000000 bytes, over the limit of 20000000 (raise max_bytes to read it)")


def test_ingest_max_bytes_is_the_callers_choice(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    assert isinstance(next(read_articles([tmp_path], max_bytes=10)), Skipped)
    assert isinstance(next(read_articles([tmp_path], max_bytes=10_000)), Article)


def test_ingest_same_text_twice_keeps_the_first(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("  " + BODY.replace(" ", "\n", 3) + "\n", encoding="utf-8")
    articles, skipped = _read(tmp_path)
    assert [a.id for a in articles] == ["a.txt"]
    assert skipped == [Skipped(str(tmp_path / "b.txt"), "duplicate of a.txt (same text)")]


def test_ingest_html_page_main_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (article,) = read_articles([tmp_path])
    assert article.id == "page.html"
    assert article.title == "Streit um KI-Projekt"
    assert article.author == "Max Muster"
    assert article.date == "2025-01-23"
    assert article.publisher == "Beispielzeitung"
    assert article.url == "https://www.beispielzeitung.de/politik/ki-projekt-123.html"
    assert "OpenAI-Chef Sam Altman widersprach ihm umgehend" in article.text
    assert "Startseite" not in article.text and "Impressum" not in article.text


def test_ingest_jsonl_bad_line_is_skipped_rest_read(tmp_path):
    lines = [
        json.dumps({"text": BODY, "title": "Musk kritisiert Trump", "url": "https://example.org/1",
                    "date": "2025-01-23", "publisher": "Beispielzeitung", "author": "Max Muster"}),
        '{"text": "kaputt", ',
        "",
        json.dumps({"title": "ohne Text"}),
        json.dumps({"text": "Altman widerspricht Musk auf der Plattform X.", "date": 2025}),
        json.dumps(["kein", "Objekt"]),
        json.dumps({"text": "Altman widerspricht Musk auf der Plattform X und lädt ihn nach Texas ein."}),
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, skipped = _read(tmp_path)
    assert [a.id for a in articles] == ["news.jsonl#1", "news.jsonl#7"]
    first = articles[0]
    assert (first.title, first.url, first.date, first.publisher, first.author) == (
        "Musk kritisiert Trump", "https://example.org/1", "2025-01-23", "Beispielzeitung", "Max Muster"
    )
    assert [(s.path, s.reason) for s in skipped] == [
        (f"{path}#2", "line 2: not valid JSON (Expecting property name enclosed in double quotes at column 20)"),
        (f"{path}#4", "line 4: no 'text' field with the article text"),
        (f"{path}#5", "line 5: field 'date' must be a string, got int"),
        (f"{path}#6", "line 6: expected a JSON object, got list"),
    ]


def test_ingest_missing_path_is_skipped_and_others_still_read(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    missing = tmp_path / "nicht-da.txt"
    articles, skipped = _read(missing, tmp_path / "a.txt")
    assert skipped == [Skipped(str(missing), "no such file or folder")]
    assert [a.id for a in articles] == ["a.txt"]


def test_ingest_folder_is_recursive_sorted_and_skips_other_types(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text(BODY + " Zwei.", encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY + " Eins.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref: refs/heads/main", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00")
    articles, skipped = _read(tmp_path)
    assert [a.id for a in articles] == ["a.txt", "b/z.txt"]
    assert skipped == [
        Skipped(str(tmp_path / "notes.pdf"), "unsupported file type '.pdf' (kg reads .htm, .html, .jsonl, .txt)")
    ]


def test_ingest_same_file_name_in_two_folders_gets_two_ids(tmp_path):
    for folder, extra in (("one", " Eins."), ("two", " Zwei.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(BODY + extra, encoding="utf-8")
    articles, _ = _read(tmp_path / "one", tmp_path / "two")
    assert [a.id for a in articles] == ["a.txt", (tmp_path / "two" / "a.txt").as_posix()]


def test_ingest_docstring_examples():
    assert doctest.testmod(kg.ingest).failed == 0
