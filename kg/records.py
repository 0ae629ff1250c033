"""The small frozen records that move between pipeline stages.

ingest -> ``Article``; mentions -> ``Mention``; resolve -> ``Entity``;
extract -> ``Fact``, ``Attribute``, ``Claim``; rdf turns them into triples.
Entity references are entity keys (``Entity.key``), never object identity,
so every record can be compared, sorted and hashed.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Mention:
    """A name in one article: character span, surface text and a type guess."""

    article: str
    start: int
    end: int
    text: str
    label: str          # PER, ORG, LOC, MISC (from NER) or a contract class (from cues)
    source: str         # "ner", "compound", "gazetteer"


@dataclass(frozen=True)
class Entity:
    """One real-world entity across all articles."""

    key: str                     # resolution key, stable for the same input
    cls: str                     # Person, Organization, Place, Project, Product
    label: str                   # canonical label: the fullest proper name
    alt_labels: tuple[str, ...]  # every other surface form seen
    articles: tuple[str, ...]    # ids of the articles that mention it


@dataclass(frozen=True, order=True)
class Fact:
    """A relation between two entities, as one article states it."""

    subject: str
    predicate: str
    object: str
    article: str
    evidence: str


@dataclass(frozen=True, order=True)
class Attribute:
    """A literal-valued fact: investment (amount + currency), jobs, foundingDate."""

    subject: str
    predicate: str
    value: str
    currency: str | None
    article: str
    evidence: str


@dataclass(frozen=True, order=True)
class Claim:
    """A statement attributed to a claimant, possibly disputed by others."""

    claimant: str
    about: tuple[str, ...]
    text: str
    disputed_by: tuple[str, ...]
    article: str
    evidence: str
