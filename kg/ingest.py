"""Ingest: turn files and folders into ``Article`` records.

Reads plain text (``.txt``), saved web pages (``.html``/``.htm``, main text and
metadata through trafilatura, offline) and JSON Lines (``.jsonl``, one article
per line). Anything that cannot be read as an article (a missing path, an empty
or binary file, a file over the size limit, a broken JSON line, the same text a
second time) comes out as a ``Skipped`` record with the reason, is logged, and
the rest goes on: one bad file never stops a run.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Musk kritisiert Stargate\\n\\nDer Unternehmer zweifelt an der Finanzierung.")
>>> _ = (folder / "b.pdf").write_bytes(b"%PDF-1.4")
>>> for item in read_articles([folder]):
...     print(type(item).__name__, item.id if hasattr(item, "id") else item.reason)
Article a.txt
Skipped unsupported file type '.pdf' (kg reads .htm, .html, .jsonl, .txt)
"""
from __future__ import annotations

import codecs
import dataclasses
import datetime
import hashlib
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.clean import byline_author, clean
from kg.lexicon import MONTHS

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".htm", ".html", ".jsonl", ".txt")
JSONL_FIELDS = ("title", "url", "date", "publisher", "author")

# Bytes read to decide whether a file is text at all.
_SNIFF_BYTES = 65536
# More C0 control bytes than this share (tab, newlines and form feed aside)
# means the file is not text.
_MAX_CONTROL_SHARE = 0.02
# Latin-1 decodes any bytes; its result is only text when almost no C1
# control characters (which no real text contains) come out of it.
_MAX_C1_SHARE = 0.001
# Metadata lines are looked for among the first and last lines of a text.
_HEAD_LINES = 15
_TAIL_LINES = 5
# A headline is short and does not end like a sentence; a Dachzeile (kicker)
# above it has at most a few words.
_TITLE_MAX_WORDS = 20
_TITLE_MAX_CHARS = 200
_KICKER_MAX_WORDS = 4
_DATE_LINE_MAX_WORDS = 5

_DATE_PATTERNS = (
    re.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>[A-Za-zäÄ]{3,9})\.?\s+(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
)
_LABELLED = re.compile(
    r"^(?P<label>quelle|source|url|link|herausgeber|verlag|publisher|erschienen (?:in|bei|auf))\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_URL = re.compile(r"^https?://\S+$")
_SENTENCE_END = re.compile(r"[.,;:][\"'»«“”‘’)\]]*$")


@dataclass(frozen=True)
class Article:
    """One input document: its id, its raw main text and what it says about itself.

    ``id`` is the file name (relative to the folder it was found in), with
    ``#<line>`` for JSON Lines; it is the article's identifier in the graph.
    """

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None          # ISO 8601 date, YYYY-MM-DD
    url: str | None = None
    source_path: str = ""


@dataclass(frozen=True)
class Skipped:
    """An input that gave no article, and why (shown to the user, counted by the caller)."""

    path: str
    reason: str


def read_articles(
    paths: Iterable[Path | str] | Path | str, *, max_bytes: int = 20_000_000
) -> Iterator[Article | Skipped]:
    """Read every article under ``paths``: files, or folders searched recursively.

    Yields an ``Article`` per document and a ``Skipped`` per input that is not
    one, in a stable order (arguments in order, folder contents sorted).
    Files over ``max_bytes`` are skipped without being read. The same text
    twice (after Unicode and white-space normalization) is kept once.

    >>> [item.reason for item in read_articles("no/such/file.txt")]
    ['no such file or folder']
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    first_id_of_text: dict[str, str] = {}
    used_ids: set[str] = set()
    articles = skipped = 0
    for given in paths:
        for item in _read_path(Path(given), max_bytes):
            if isinstance(item, Article):
                item = _unique(item, used_ids, first_id_of_text)
            if isinstance(item, Skipped):
                skipped += 1
                log.warning("skipped %s: %s", item.path, item.reason)
            else:
                articles += 1
                log.debug("read %s (%d characters)", item.id, len(item.text))
            yield item
    log.info("read %d articles, skipped %d inputs", articles, skipped)


def _unique(article: Article, used_ids: set[str], first_id_of_text: dict[str, str]) -> Article | Skipped:
    """Drop a second copy of the same text; keep ids unique across arguments."""
    fingerprint = _fingerprint(article.text)
    if fingerprint in first_id_of_text:
        return Skipped(_display(article), f"duplicate of {first_id_of_text[fingerprint]} (same text)")
    if article.id in used_ids:
        # Two folders with the same file name: the path as given tells them apart.
        fragment = article.id.partition("#")[2]
        new_id = Path(article.source_path).as_posix() + (f"#{fragment}" if fragment else "")
        log.info("article id %s is taken; using %s", article.id, new_id)
        article = dataclasses.replace(article, id=new_id)
    used_ids.add(article.id)
    first_id_of_text[fingerprint] = article.id
    return article


def _display(article: Article) -> str:
    fragment = article.id.partition("#")[2]
    return article.source_path + (f"#{fragment}" if fragment else "")


def _fingerprint(text: str) -> str:
    normal = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def _read_path(path: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    if path.is_dir():
        for file, ident in _walk(path):
            yield from _read_file(file, ident, max_bytes)
    elif path.is_file():
        yield from _read_file(path, path.name, max_bytes)
    elif path.exists():
        yield Skipped(str(path), "not a regular file or folder")
    else:
        yield Skipped(str(path), "no such file or folder")


def _walk(folder: Path) -> Iterator[tuple[Path, str]]:
    """Files under ``folder``, sorted, with their path relative to it as id.

    Hidden files and folders (``.git``, ``.DS_Store``) are not inputs and are
    passed over without a record.
    """
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith("."):
                file = Path(root, name)
                found.append((file.relative_to(folder).as_posix(), file))
    for ident, file in sorted(found):
        yield file, ident


def _read_file(path: Path, ident: str, max_bytes: int) -> Iterator[Article | Skipped]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Skipped(str(path), f"unsupported file type '{path.suffix}' (kg reads {', '.join(SUPPORTED_SUFFIXES)})")
        return
    size = path.stat().st_size
    if size > max_bytes:
        yield Skipped(str(path), f"file is {size} bytes, over the limit of {max_bytes} (raise max_bytes to read it)")
        return
    if size == 0:
        yield Skipped(str(path), "empty file")
        return
    data = path.read_bytes()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, ident, data)
    elif suffix == ".txt":
        text = _decode(path, data)
        if isinstance(text, Skipped):
            yield text
        elif not text.strip():
            yield Skipped(str(path), "empty file (only white space)")
        else:
            yield _article(ident, text, str(path))
    else:
        yield _read_html(path, ident, data)


def _decode(path: Path, data: bytes) -> str | Skipped:
    """Bytes to text: UTF-8 (or a UTF-16/32 with BOM), else Windows-1252, else Latin-1.

    The fallbacks are logged, because a wrong guess garbles umlauts.
    """
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                return Skipped(str(path), f"undecodable: starts like {codec.upper()} but is not ({err.reason})")
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return Skipped(str(path), "binary file (contains NUL bytes)")
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\v\x1b") + sample.count(b"\x7f")
    if controls > _MAX_CONTROL_SHARE * len(sample):
        return Skipped(str(path), "binary file (mostly non-text bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        log.warning("%s is not UTF-8; read it as Windows-1252", path)
        return text
    except UnicodeDecodeError:
        pass
    text = data.decode("latin-1")
    c1 = sum(1 for ch in text if "\x80" <= ch <= "\x9f")
    if c1 > _MAX_C1_SHARE * len(text):
        return Skipped(str(path), "undecodable: not UTF-8, Windows-1252 or Latin-1 text (save it as UTF-8)")
    log.warning("%s is not UTF-8 or Windows-1252; read it as Latin-1", path)
    return text


def _read_jsonl(path: Path, ident: str, data: bytes) -> Iterator[Article | Skipped]:
    """One article per line; a bad line is skipped with its number, the rest read."""
    text = _decode(path, data)
    if isinstance(text, Skipped):
        yield text
        return
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{path}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"line {number}: not valid JSON ({err.msg} at column {err.colno})")
            continue
        problem = _jsonl_problem(record)
        if problem:
            yield Skipped(where, f"line {number}: {problem}")
            continue
        given = {name: record.get(name) and record[name].strip() for name in JSONL_FIELDS}
        yield _article(f"{ident}#{number}", record["text"], str(path), **given)
    if not found:
        yield Skipped(str(path), "empty file (no JSON lines)")


def _jsonl_problem(record: object) -> str | None:
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        return "no 'text' field with the article text"
    for name in JSONL_FIELDS:
        if record.get(name) is not None and not isinstance(record[name], str):
            return f"field '{name}' must be a string, got {type(record[name]).__name__}"
    return None


def _read_html(path: Path, ident: str, data: bytes) -> Article | Skipped:
    """Main text and metadata of a saved web page, by trafilatura (no network access).

    Comments and tables are left out: neither is reporting in sentences.
    """
    import trafilatura  # imported here: loading it takes a second and only HTML needs it

    if b"\x00" in data[:_SNIFF_BYTES]:
        return Skipped(str(path), "binary file (contains NUL bytes)")
    document = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False
    )
    if document is None or not (document.text or "").strip():
        return Skipped(str(path), "no article text found in the HTML page")
    return _article(
        ident,
        document.text,
        str(path),
        title=document.title,
        publisher=document.sitename,
        author=document.author,
        date=document.date,
        url=document.url,
    )


def _article(ident: str, text: str, source_path: str, **given: str | None) -> Article | Skipped:
    """An ``Article`` with the metadata the source gave, else what the text states.

    A text that is nothing but page furniture (a cookie banner saved as a
    page) is no article and is skipped here, before it reaches the graph.
    """
    cleaned = clean(text).text
    if not cleaned:
        fragment = ident.partition("#")[2]
        where = source_path + (f"#{fragment}" if fragment else "")
        return Skipped(where, "no article text: only page furniture (see docs/cleaning.md)")
    meta = _text_metadata(text, cleaned)
    meta.update({name: value for name, value in given.items() if value})
    return Article(id=ident, text=text, source_path=source_path, **meta)


def _text_metadata(text: str, cleaned: str) -> dict[str, str | None]:
    """Title, author, date, publisher and URL where a plain text states them.

    Nothing is guessed: the title is the first line that survives cleaning
    when it looks like a headline; the author comes from a byline ("Von Max
    Muster"); the date from a short date line ("22. Januar 2025, 14:30
    Uhr"); publisher and URL from labelled lines ("Quelle: ...", "URL: ...").
    """
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    edges = lines[:_HEAD_LINES] + lines[-_TAIL_LINES:]
    meta: dict[str, str | None] = {
        "title": _title(cleaned),
        "author": next((name for name in map(byline_author, lines[:_HEAD_LINES]) if name), None),
        "date": next((date for date in map(_date_line, edges) if date), None),
        "publisher": None,
        "url": None,
    }
    if lines and _URL.match(lines[0]):
        meta["url"] = lines[0]
    for line in edges:
        match = _LABELLED.match(line)
        if not match:
            continue
        value = match.group("value").strip()
        if _URL.match(value):
            meta["url"] = meta["url"] or value
        elif match.group("label").lower() not in ("url", "link") and len(value.split()) <= 6:
            meta["publisher"] = meta["publisher"] or value
    return meta


def _title(cleaned: str) -> str | None:
    """The headline: the first cleaned paragraph, if short and not a sentence.

    A Dachzeile (a topic line of a few words above the headline) is passed
    over when a longer headline follows it.
    """
    paragraphs = cleaned.split("\n\n")
    heads = [p for p in paragraphs[:2] if _headline_like(p)]
    if not heads or heads[0] != paragraphs[0]:
        return None
    kicker, *rest = [len(h.split()) for h in heads]
    if rest and kicker <= _KICKER_MAX_WORDS and kicker < rest[0]:
        return heads[1]
    return heads[0]


def _headline_like(line: str) -> bool:
    return (
        len(line.split()) <= _TITLE_MAX_WORDS
        and len(line) <= _TITLE_MAX_CHARS
        and "\n" not in line
        and not _SENTENCE_END.search(line)
    )


def _date_line(line: str) -> str | None:
    """The date of a line that is a date ("Stand: 22.01.2025, 14:30 Uhr"), as YYYY-MM-DD.

    Besides the date such a line has only a few words (a label, a weekday,
    "Uhr") and is no sentence, so "Am 3.5.2024 starb er." gives nothing.
    """
    for pattern in _DATE_PATTERNS:
        match = pattern.search(line)
        if not match:
            continue
        rest = line[: match.start()] + " " + line[match.end():]
        if len(re.findall(r"[^\W\d]+", rest)) > _DATE_LINE_MAX_WORDS or re.search(r"[^\W\d][.!?]$", rest.strip()):
            return None
        month = match.group("m")
        month_number = int(month) if month.isdigit() else MONTHS.get(month.lower())
        if month_number is None:
            continue
        try:
            return datetime.date(int(match.group("y")), month_number, int(match.group("d"))).isoformat()
        except ValueError:
            continue
    return None
