"""RDF stage: turn entities, facts, attributes and claims into an rdflib Graph.

Every relation and attribute is asserted plainly and described by one
``rdf:Statement`` per article that states it (``prov:wasDerivedFrom`` the
article, ``kg:evidence`` the sentence). All IRIs come from ``mint_iri``:
derived from labels and content, never from counters or time, so the same
input always gives the same graph.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.ingest import Article
from kg.records import Attribute, Claim, Entity, Fact
from kg.vocab import ID, KG, SCHEMA

_SLUG = re.compile(r"[^a-z0-9]+")
#: Letters that Unicode does not decompose into a base letter and a mark, spelled
#: out the way their languages do, so "Wałęsa" gets "walesa", not "wa-esa".
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i",
                               "ħ": "h", "ŧ": "t", "ŀ": "l"})


def mint_iri(kind: str, *parts: str) -> URIRef:
    """The one place IRIs are made: readable slug for entities and articles,
    a content hash for statements, claims and amounts.

    >>> str(mint_iri("entity", "Weißes Haus"))
    'https://w3id.org/kg/id/weisses-haus'
    >>> str(mint_iri("entity", "Lech Wałęsa"))
    'https://w3id.org/kg/id/lech-walesa'
    >>> str(mint_iri("article", "000_6944c2d918e45e6c.txt"))
    'https://w3id.org/kg/id/article-000-6944c2d918e45e6c-txt'
    """
    if kind in ("entity", "article"):
        text = unicodedata.normalize("NFKD", parts[0].replace("ß", "ss").casefold().translate(_UNDECOMPOSED))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        slug = _SLUG.sub("-", text).strip("-")
        if not slug:
            slug = hashlib.sha1(parts[0].encode("utf8")).hexdigest()[:12]
        return ID[slug] if kind == "entity" else ID[f"article-{slug}"]
    digest = hashlib.sha1("\x1f".join(parts).encode("utf8")).hexdigest()[:16]
    return ID[f"{kind}-{digest}"]


def entity_iris(entities: Iterable[Entity]) -> dict[str, URIRef]:
    """IRI per entity key; a slug clash (rare) gets the class name appended. A body named
    only in one article's scope (a bare "Innenministerium", key "...@article") gets the
    article's name appended, so each article's ministry keeps its IRI whatever else is built."""
    out, used = {}, set()
    for entity in sorted(entities, key=lambda e: (e.label, e.cls, e.key)):
        _, scoped, article = entity.key.partition("@")
        iri = mint_iri("entity", f"{entity.label} {Path(article).stem}" if scoped else entity.label)
        if iri in used:
            iri = mint_iri("entity", f"{entity.label} {entity.cls} {entity.key}")
        used.add(iri)
        out[entity.key] = iri
    return out


def build_graph(articles: list[Article], entities: list[Entity], facts: list[Fact],
                attributes: list[Attribute], claims: list[Claim]) -> Graph:
    """The knowledge graph of the contract, with reified provenance."""
    g = Graph()
    for prefix, ns in (("kg", KG._NS), ("id", ID), ("schema", SCHEMA), ("skos", SKOS), ("prov", PROV),
                       ("dcterms", DCTERMS), ("owl", OWL)):
        g.bind(prefix, ns)
    article_iri = {}
    for article in articles:
        iri = mint_iri("article", article.id)
        article_iri[article.id] = iri
        g.add((iri, RDF.type, KG.Article))
        g.add((iri, DCTERMS.identifier, Literal(article.id)))
        for prop, value in ((DCTERMS.title, article.title), (DCTERMS.publisher, article.publisher),
                            (DCTERMS.creator, article.author), (DCTERMS.date, article.date),
                            (SCHEMA.url, article.url)):
            if value:
                g.add((iri, prop, Literal(value)))
    iris = entity_iris(entities)
    for entity in entities:
        iri = iris[entity.key]
        g.add((iri, RDF.type, KG[entity.cls]))
        g.add((iri, RDFS.label, Literal(entity.label)))
        for alt in entity.alt_labels:
            g.add((iri, SKOS.altLabel, Literal(alt)))
        for article in entity.articles:
            if article in article_iri:
                g.add((article_iri[article], SCHEMA.mentions, iri))

    def reify(s: URIRef, p: URIRef, o, article: str, evidence: str) -> None:
        g.add((s, p, o))
        stmt = mint_iri("stmt", str(s), str(p), str(o), article)
        g.add((stmt, RDF.type, RDF.Statement))
        g.add((stmt, RDF.subject, s))
        g.add((stmt, RDF.predicate, p))
        g.add((stmt, RDF.object, o))
        g.add((stmt, PROV.wasDerivedFrom, article_iri[article]))
        g.add((stmt, KG.evidence, Literal(evidence)))

    for fact in facts:
        reify(iris[fact.subject], KG[fact.predicate], iris[fact.object], fact.article, fact.evidence)
    for attr in attributes:
        subject = iris[attr.subject]
        if attr.predicate == "investment":
            amount = mint_iri("amount", str(subject), attr.value, attr.currency or "")
            g.add((amount, RDF.type, SCHEMA.MonetaryAmount))
            g.add((amount, SCHEMA.value, Literal(Decimal(attr.value), datatype=XSD.decimal)))
            g.add((amount, SCHEMA.currency, Literal(attr.currency)))
            reify(subject, KG.investment, amount, attr.article, attr.evidence)
        elif attr.predicate == "jobs":
            reify(subject, KG.jobs, Literal(int(attr.value), datatype=XSD.integer), attr.article, attr.evidence)
        elif attr.predicate == "foundingDate":
            reify(subject, KG.foundingDate, Literal(attr.value, datatype=XSD.gYear), attr.article, attr.evidence)
    for claim in claims:
        iri = mint_iri("claim", claim.claimant, claim.text, claim.article)
        g.add((iri, RDF.type, KG.Claim))
        g.add((iri, KG.claimant, iris[claim.claimant]))
        for about in claim.about:
            g.add((iri, KG.about, iris[about]))
        g.add((iri, KG.claimText, Literal(claim.text)))
        for who in claim.disputed_by:
            g.add((iri, KG.disputedBy, iris[who]))
        g.add((iri, PROV.wasDerivedFrom, article_iri[claim.article]))
        g.add((iri, KG.evidence, Literal(claim.evidence)))
    return g


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """One claim per (claimant, text, article); disputes and topics united."""
    merged: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        merged[(c.claimant, c.text, c.article)].append(c)
    out = []
    for (claimant, text, article), group in sorted(merged.items()):
        out.append(Claim(claimant, tuple(sorted({a for c in group for a in c.about})), text,
                         tuple(sorted({d for c in group for d in c.disputed_by})), article, group[0].evidence))
    return out
