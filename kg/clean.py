"""Cleaning: drop the page furniture around a news article, keep the reporting.

Scraped pages carry ad-block banners, comment sections, teaser lists, ratings,
photo credits and share buttons. None of it is content, and every name in it
(a photographer, a picture agency, a commenter) would otherwise become an
entity. The rules work on lines, because furniture comes as whole lines on
every site; they are described in ``docs/cleaning.md`` and the phrase lists
live in ``kg/data/furniture.yaml``. Every removed piece is returned with the
name of the rule that removed it, so a user can see why text went missing.

>>> result = clean("Musk kritisiert das Projekt\\n\\nDer Unternehmer äußerte Zweifel. - keystone\\n\\n12 Kommentare")
>>> result.text
'Musk kritisiert das Projekt\\n\\nDer Unternehmer äußerte Zweifel.'
>>> [(d.text, d.reason) for d in result.dropped]
[('- keystone', 'credit'), ('12 Kommentare', 'counter')]
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

DATA_FILE = Path(__file__).parent / "data" / "furniture.yaml"

# A line is prose (a sentence of reporting) when it has this many words and
# ends like a sentence, or is long enough to be a paragraph cut off mid-word.
_PROSE_MIN_WORDS = 4
_PARAGRAPH_WORDS = 15
# Closing marks that may follow the final punctuation of a sentence.
_SENTENCE_END = re.compile(r"[.!?…][\"'»«“”‘’)\]]*$")
# List markers and decorative arrows at the start of a line.
_BULLET = re.compile(r"^(?:[•●▪■□◦‣∙·►▶▸➤→*]|[-–—](?=\s))[\ufe0e\ufe0f]?\s*")
# Zero-width and formatting characters that only get in the way of matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f"))
# Banner lines are short, or speak to the reader or for the site and are
# shorter than a paragraph of reporting.
_ADDRESS = re.compile(r"\b(?:sie|ihr\w*|ihnen|du|dein\w*|dich|dir|wir|uns\w*)\b", re.IGNORECASE)
_BANNER_MAX_CHARS = 300
_SHORT_WORDS = 8
# A credit line has at most this many words; a credit at the end of a line
# is searched for in this many last characters.
_CREDIT_WORDS = 25
_CREDIT_TAIL_CHARS = 400
# A comments heading starts the comment section only after this share of the
# text; earlier it is a counter or jump link under the headline.
_COMMENTS_FROM = 0.5
# A teaser block after a "Weiterlesen" heading is at most this many lines.
_TEASER_MAX_LINES = 12
# Words a trailing link line may have ("Mehr Donald Trump", a tag), and what
# it may not contain.
_TRAILING_WORDS = 6
# A repeated sentence shorter than this may be style ("Nein."), not a copy.
_DUPLICATE_WORDS = 5
_NOT_A_LINK = re.compile(r"[\d,;:()\[\].!?…\"“”„»«]")


@dataclass(frozen=True)
class Dropped:
    """A piece of text the cleaner removed and the rule that removed it."""

    text: str
    reason: str


@dataclass(frozen=True)
class CleanText:
    """The article body without furniture, paragraphs split by blank lines."""

    text: str
    dropped: tuple[Dropped, ...]


@dataclass(frozen=True)
class _Rule:
    reason: str
    full: re.Pattern | None      # must match the whole line
    part: re.Pattern | None      # may match anywhere in the line
    weak: re.Pattern | None      # counts only next to a line of the same rule
    section: str | None          # "rest" or "teasers": the heading opens a section


@dataclass(frozen=True)
class _Furniture:
    rules: tuple[_Rule, ...]
    byline: re.Pattern
    credit_line: re.Pattern      # a whole line that is a credit
    credit_inline: re.Pattern    # "(Foto: dpa)" anywhere
    credit_tail: tuple[re.Pattern, ...]  # "- keystone", "© IMAGO/X", ". Foto: X" ending a line
    agency_only: re.Pattern      # "(dpa)", "dpa/AFP" alone on a line


def _alternation(patterns: list[str] | None) -> str | None:
    if not patterns:
        return None
    return "|".join(f"(?:{p})" for p in patterns)


def _compile(patterns: list[str] | None, *, whole: bool) -> re.Pattern | None:
    body = _alternation(patterns)
    if body is None:
        return None
    return re.compile(f"^(?:{body})$" if whole else body, re.IGNORECASE)


@functools.cache
def _furniture() -> _Furniture:
    """Parse ``furniture.yaml`` once; the patterns are compiled into one regex per group."""
    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    rules = tuple(
        _Rule(
            reason=spec["reason"],
            full=_compile(spec.get("full"), whole=True),
            part=_compile(spec.get("part"), whole=False),
            weak=_compile(spec.get("weak"), whole=False),
            section=spec.get("section"),
        )
        for spec in data["rules"]
    )
    # \b first: the engine then tries a name only where a word starts.
    agencies = rf"\b(?:{_alternation(data['agencies'])})"
    labels = rf"\b(?:{_alternation(data['credit_labels'])})"
    credit_line = re.compile(rf"^(?:{labels})\s*:", re.IGNORECASE)
    credit_inline = re.compile(rf"\((?:{labels})(?:\s*:[^()]{{0,100}})?\)|\((?:©|\(c\))[^()]{{0,100}}\)", re.IGNORECASE)
    # The credit at the end of a caption: a dash or bar and an agency, or a
    # copyright sign, or "Foto:" after the sentence ended; with the rest of
    # the credit chain ("/ Name | AGENCY") up to the end of the line.
    chain = r"(?:\s*[/|,;]\s*[^.!?/|,;]{1,60}){0,6}"
    credit_tail = (
        re.compile(rf"\s+[-–—|]\s*(?:{labels}\s*:\s*)?{agencies}\b{chain}\s*$", re.IGNORECASE),
        re.compile(rf"(?:{labels}\s*:\s*)?(?:©|\(c\)|copyright\b)[^.!?]{{0,150}}$", re.IGNORECASE),
        re.compile(rf"(?<=[.!?\"“”»«])\s*{labels}\s*:\s*[^.!?]{{1,100}}$", re.IGNORECASE),
    )
    agency_only = re.compile(rf"^\(?(?:{agencies})\b{chain}\)?$", re.IGNORECASE)
    byline = re.compile(f"^(?:{_alternation(data['bylines'])})$", re.IGNORECASE)
    return _Furniture(rules, byline, credit_line, credit_inline, credit_tail, agency_only)


def byline_author(line: str) -> str | None:
    """The name in a byline line such as "Von Max Muster, Berlin", else None.

    Shared with ingest, which reads the author of a plain-text article from it.

    >>> byline_author("Von Erika Beispiel und Max Muster, Berlin")
    'Erika Beispiel und Max Muster'
    >>> byline_author("Von Berlin nach München dauert es lange.") is None
    True
    """
    match = _furniture().byline.match(_normalize_line(line))
    return match.group("name") if match else None


def clean(article_text: str) -> CleanText:
    """Remove page furniture from one article's text.

    Keeps the headline, lead and body; returns every removed line or credit
    with the rule that removed it (see ``docs/cleaning.md``).

    >>> clean("Bitte deaktivieren Sie Ihren Ad-Blocker\\n\\nTrump kündigt ein KI-Projekt an.").text
    'Trump kündigt ein KI-Projekt an.'
    """
    lines = _unwrap(_split_blocks(article_text))
    dropped: list[tuple[int, Dropped]] = []
    lines = [_strip_credits(i, line, dropped) for i, line in enumerate(lines)]
    labels: list[str | None] = [None if line else "credit" for line in lines]
    for i, line in enumerate(lines):
        if labels[i] is None:
            labels[i] = _classify(line)
    _spread_zones(lines, labels)
    _mark_sections(lines, labels)
    _mark_teaser_counters(lines, labels)
    _mark_trailing_links(lines, labels)
    _mark_duplicates(lines, labels)

    kept = []
    for i, (line, label) in enumerate(zip(lines, labels)):
        if label is None:
            kept.append(line)
        elif line:
            dropped.append((i, Dropped(line, label)))
    dropped.sort(key=lambda item: item[0])
    result = CleanText("\n\n".join(kept), tuple(d for _, d in dropped))
    log.debug("cleaning kept %d lines, dropped %d pieces", len(kept), len(result.dropped))
    return result


def _normalize_line(line: str) -> str:
    """One spelling of white space: no invisible characters, no list markers."""
    line = _BULLET.sub("", line.translate(_INVISIBLE).strip())
    return " ".join(line.split())  # split() also breaks at no-break and other Unicode spaces


def _split_blocks(text: str) -> list[list[str]]:
    """Blocks of consecutive non-blank lines, each line normalized."""
    blocks: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = _normalize_line(raw)
        if line and _BULLET.match(raw.strip()) and blocks[-1]:
            blocks.append([line])           # a list item starts its own block
        elif line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _unwrap(blocks: list[list[str]]) -> list[str]:
    """Join hard-wrapped lines back into paragraphs; other lines stay lines.

    A block counts as hard-wrapped when most of its lines (but the last) stop
    without sentence punctuation at a long width of at most 100 characters and
    most lines after the first go on in lower case (mid-sentence), as
    plain-text mail and wire copy do; a list of headlines fails the last test.
    Inside such a block a line that ends a sentence well short of the width
    ends a paragraph.
    """
    lines: list[str] = []
    for block in blocks:
        body = block[:-1]
        open_ended = [line for line in body if not _SENTENCE_END.search(line)]
        goes_on = [line for line in block[1:] if line[0].islower()]
        width = max((len(line) for line in block), default=0)
        wrapped = (
            len(block) >= 2
            and len(open_ended) * 2 >= len(body)
            and len(goes_on) * 2 >= len(body)
            and sum(len(line) for line in body) >= 40 * len(body)
            and width <= 100
        )
        if not wrapped:
            lines.extend(block)
            continue
        paragraph = ""
        for line in block:
            if not paragraph:
                paragraph = line
            elif paragraph.endswith("-") and paragraph[-2:-1].isalpha():
                paragraph += line
            else:
                paragraph += " " + line
            if _SENTENCE_END.search(line) and len(line) < 0.75 * width:
                lines.append(paragraph)
                paragraph = ""
        if paragraph:
            lines.append(paragraph)
    return lines


def _strip_credits(index: int, line: str, dropped: list[tuple[int, Dropped]]) -> str:
    """Remove picture credits from a line; return what is left ("" if nothing).

    Also folds a line that is one phrase said twice ("X zertifiziert X
    zertifiziert", a badge's alt text next to its title) into one.
    """
    words = line.split()
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        line = " ".join(words[:half])
        dropped.append((index, Dropped(line, "repeated-phrase")))
    furniture = _furniture()
    short = len(words) <= _CREDIT_WORDS
    # "Vorbild: Dänemark hat das schon." is a sentence, "Foto: Max Muster/dpa" a credit.
    labelled = furniture.credit_line.match(line) and not _is_prose(line)
    if short and (labelled or furniture.agency_only.match(line)):
        dropped.append((index, Dropped(line, "credit")))
        return ""
    for match in furniture.credit_inline.finditer(line):
        dropped.append((index, Dropped(match.group(), "credit")))
    line = " ".join(furniture.credit_inline.sub(" ", line).split())
    # A caption credit is short: only the end of a long line is searched,
    # and each kind only when its sign is there (the search is the slow part).
    start = max(0, len(line) - _CREDIT_TAIL_CHARS)
    tail = line[start:].casefold()
    signs = (True, "©" in tail or "(c)" in tail or "copyright" in tail, ":" in tail)
    matches = [m for pattern, sign in zip(furniture.credit_tail, signs) if sign and (m := pattern.search(line, start))]
    if matches:
        match = min(matches, key=lambda m: m.start())
        dropped.append((index, Dropped(match.group().strip(), "credit")))
        line = line[: match.start()].rstrip()
    return line


def _classify(line: str) -> str | None:
    """The reason a single line is furniture on its own, or None.

    A phrase found inside a line (``part``) only counts when the line looks
    like a banner, not a paragraph of reporting about the same thing. A line
    longer than any banner is reporting.
    """
    if len(line) > _BANNER_MAX_CHARS:
        return None
    furniture = _furniture()
    banner = _banner_like(line)
    for rule in furniture.rules:
        if rule.full and rule.full.match(line):
            return rule.reason
        if banner and rule.part and rule.part.search(line):
            return rule.reason
    if furniture.byline.match(line):
        return "byline"
    return None


def _banner_like(line: str) -> bool:
    """Short, or speaking to the reader ("Sie", "du") or for the site ("wir") without being long."""
    short = len(line.split()) <= _SHORT_WORDS
    return short or (len(line) <= _BANNER_MAX_CHARS and bool(_ADDRESS.search(line)))


def _is_prose(line: str) -> bool:
    words = len(line.split())
    return words >= _PARAGRAPH_WORDS or (words >= _PROSE_MIN_WORDS and bool(_SENTENCE_END.search(line)))


def _spread_zones(lines: list[str], labels: list[str | None]) -> None:
    """Grow banners (ad-block, paywall, cookies, ratings) over their neighbours.

    A neighbour joins when it has a weak word of the same group and looks
    like a banner line, so a news paragraph about a price never does.
    """
    weak = {rule.reason: rule.weak for rule in _furniture().rules if rule.weak}
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if labels[i] is not None or not _banner_like(line):
                continue
            for j in (i - 1, i + 1):
                reason = labels[j] if 0 <= j < len(lines) else None
                pattern = weak.get(reason)
                if pattern is not None and pattern.search(line):
                    labels[i] = reason
                    changed = True
                    break


def _mark_sections(lines: list[str], labels: list[str | None]) -> None:
    """A comments heading late in the text takes the rest; a teaser heading its list."""
    heading_rules = [rule for rule in _furniture().rules if rule.section]
    total = sum(len(line) for line in lines) or 1
    position = 0
    for i, line in enumerate(lines):
        rule = next((r for r in heading_rules if r.full and r.full.match(line)), None)
        if rule is not None and rule.section == "rest" and position >= _COMMENTS_FROM * total:
            for j in range(i, len(lines)):
                labels[j] = labels[j] or rule.reason
            return
        if rule is not None and rule.section == "teasers":
            for j in range(i + 1, min(i + 1 + _TEASER_MAX_LINES, len(lines))):
                if _is_prose(lines[j]) or (j + 1 < len(lines) and _is_prose(lines[j + 1])):
                    break
                labels[j] = labels[j] or rule.reason
        position += len(line)


def _mark_teaser_counters(lines: list[str], labels: list[str | None]) -> None:
    """In a list of "title / 12 Interaktionen" pairs the titles go with the counters.

    Only where two counters are close: a single counter under a headline
    must not take the headline with it.
    """
    counters = [i for i, label in enumerate(labels) if label == "counter"]
    for k, i in enumerate(counters):
        neighbours = counters[max(0, k - 1):k] + counters[k + 1:k + 2]
        near = any(abs(i - other) <= 2 for other in neighbours)
        if near and i > 0 and labels[i - 1] is None and not _is_prose(lines[i - 1]):
            labels[i - 1] = "teaser-list"


def _mark_trailing_links(lines: list[str], labels: list[str | None]) -> None:
    """Short link lines after the last sentence ("Mehr Donald Trump", tags) go.

    A link line has a few words and nothing else: no digits, commas,
    brackets or final punctuation, so result tables, sign-offs with a date
    and list items stay. Only when some prose comes before them, so a text
    that is just a headline keeps it.
    """
    kept = [i for i, label in enumerate(labels) if label is None]
    if not any(_is_prose(lines[i]) for i in kept):
        return
    for i in reversed(kept):
        line = lines[i]
        if len(line.split()) > _TRAILING_WORDS or _NOT_A_LINK.search(line):
            return
        labels[i] = "trailing-links"


def _mark_duplicates(lines: list[str], labels: list[str | None]) -> None:
    """A line that repeats an earlier kept line word for word goes (pages often print the body twice).

    A short sentence said twice ("Nein.") can be style, so repeats go only
    when they are a paragraph or not a sentence at all (a name, a label).
    """
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if labels[i] is not None:
            continue
        key = " ".join(line.casefold().split())
        if key in seen and (len(line.split()) >= _DUPLICATE_WORDS or not _SENTENCE_END.search(line)):
            labels[i] = "duplicate-paragraph"
        seen.add(key)
