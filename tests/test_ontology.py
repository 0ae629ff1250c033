"""The OWL ontology declares the whole vocabulary; the SHACL shapes accept the
sample graph and reject hand-broken copies of it, each broken in one way."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.shapes import SHAPES_FILE, load_ontology, validate
from kg.vocab import ATTRIBUTES, ENTITY_CLASSES, ID_NS, KG, KG_NS, RELATIONS, SYMMETRIC_RELATIONS

SAMPLE = Path(__file__).parent / "data" / "sample.ttl"
SCHEMA = Namespace("https://schema.org/")
ID = Namespace(ID_NS)
TERMS = sorted(KG.__annotations__)
CLASSES = (*ENTITY_CLASSES, "Article", "Claim")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture
def sample() -> Graph:
    return Graph().parse(SAMPLE, format="turtle")


# --- ontology --------------------------------------------------------------------


def test_ontology_documents_stable_namespaces(ontology):
    comment = str(ontology.value(URIRef(KG_NS.rstrip("#")), RDFS.comment))
    assert (URIRef(KG_NS.rstrip("#")), RDF.type, OWL.Ontology) in ontology
    assert KG_NS in comment and ID_NS in comment and "stable" in comment


@pytest.mark.parametrize("name", TERMS)
def test_ontology_declares_every_vocab_term(ontology, name):
    term = KG[name]
    kinds = set(ontology.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, f"{name} is not declared"
    langs = {label.language for label in ontology.objects(term, RDFS.label)}
    assert {"en", "de"} <= langs
    assert ontology.value(term, RDFS.comment) is not None


def test_ontology_declares_nothing_beyond_vocab(ontology):
    """kg/vocab.py and the ontology list the same terms: no term only one side knows."""
    declared = {str(s)[len(KG_NS):] for s in ontology.subjects() if str(s).startswith(KG_NS)}
    assert declared == set(TERMS)


def test_ontology_kinds_of_terms(ontology):
    for name in CLASSES:
        assert (KG[name], RDF.type, OWL.Class) in ontology
    for name in (*RELATIONS, "investment", "claimant", "about", "disputedBy"):
        assert (KG[name], RDF.type, OWL.ObjectProperty) in ontology, name
    for name in ("jobs", "foundingDate", "claimText", "evidence"):
        assert (KG[name], RDF.type, OWL.DatatypeProperty) in ontology, name
    symmetric = {str(s)[len(KG_NS):] for s in ontology.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == set(SYMMETRIC_RELATIONS)


@pytest.mark.parametrize(
    ("name", "schema_class"),
    [
        ("Person", "Person"),
        ("Organization", "Organization"),
        ("Place", "Place"),
        ("Project", "Project"),
        ("Product", "Product"),
        ("Article", "Article"),
        ("Claim", "Claim"),
    ],
)
def test_ontology_classes_align_to_schema_org(ontology, name, schema_class):
    aligned = set(ontology.objects(KG[name], OWL.equivalentClass)) | set(ontology.objects(KG[name], RDFS.subClassOf))
    assert SCHEMA[schema_class] in aligned


@pytest.mark.parametrize("name", ENTITY_CLASSES)
def test_ontology_entity_classes_match_wikidata(ontology, name):
    matches = list(ontology.objects(KG[name], SKOS.exactMatch))
    assert any(str(m).startswith("http://www.wikidata.org/entity/Q") for m in matches)


def test_ontology_article_and_claim_are_prov_entities(ontology):
    for name in ("Article", "Claim"):
        assert (KG[name], RDFS.subClassOf, PROV.Entity) in ontology


def _classes(ontology: Graph, node) -> set[str]:
    """Local names of a domain/range: a class or an owl:unionOf list of classes."""
    union = ontology.value(node, OWL.unionOf)
    members = list(ontology.items(union)) if union is not None else [node]
    return {str(m).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for m in members}


@pytest.mark.parametrize(
    ("name", "domain", "range_"),
    [
        ("founded", {"Person", "Organization"}, {"Organization", "Product", "Project"}),
        ("leads", {"Person"}, {"Organization"}),
        ("presidentOf", {"Person"}, {"Place", "Organization"}),
        ("fundedBy", {"Project", "Organization"}, {"Person", "Organization"}),
        ("partnerOf", {"Organization"}, {"Organization"}),
        ("investment", {"Project", "Organization"}, {"MonetaryAmount"}),
        ("jobs", {"Project"}, {"integer"}),
        ("foundingDate", {"Organization"}, {"gYear", "date"}),
        ("evidence", None, {"string"}),
    ],
)
def test_ontology_domains_and_ranges(ontology, name, domain, range_):
    if domain is not None:
        assert _classes(ontology, ontology.value(KG[name], RDFS.domain)) == domain
    assert _classes(ontology, ontology.value(KG[name], RDFS.range)) == range_


def test_ontology_every_relation_has_domain_and_range(ontology):
    for name in (*RELATIONS, *ATTRIBUTES):
        assert ontology.value(KG[name], RDFS.domain) is not None, name
        assert ontology.value(KG[name], RDFS.range) is not None, name


def test_ontology_shapes_use_only_declared_terms(ontology):
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(KG_NS)}
    assert used and all((t, RDF.type, None) in ontology for t in used)


# --- shapes ------------------------------------------------------------------------


def test_shapes_sample_graph_conforms(sample):
    result = validate(sample)
    assert result.conforms, result.messages
    assert result.messages == ()


def _wrong_range(g: Graph) -> None:
    g.add((ID["elon-musk"], KG.leads, ID["japan"]))
    g.add((ID["stmt-x"], RDF.subject, ID["elon-musk"]))
    g.add((ID["stmt-x"], RDF.predicate, KG.leads))
    g.add((ID["stmt-x"], RDF.object, ID["japan"]))
    g.add((ID["stmt-x"], PROV.wasDerivedFrom, ID["article-a1"]))
    g.add((ID["stmt-x"], KG.evidence, Literal("Musk führt Japan.")))


def _wrong_domain(g: Graph) -> None:
    g.add((ID["japan"], KG.basedIn, ID["japan"]))


def _no_provenance(g: Graph) -> None:
    g.remove((ID["stmt-1"], PROV.wasDerivedFrom, None))


def _provenance_not_article(g: Graph) -> None:
    g.set((ID["stmt-1"], PROV.wasDerivedFrom, ID["japan"]))


def _no_evidence(g: Graph) -> None:
    g.remove((ID["stmt-2"], KG.evidence, None))


def _two_subjects(g: Graph) -> None:
    g.add((ID["stmt-2"], RDF.subject, ID["japan"]))


def _no_statement(g: Graph) -> None:
    g.remove((ID["stmt-3"], None, None))


def _two_labels(g: Graph) -> None:
    g.add((ID["elon-musk"], RDFS.label, Literal("Musk")))


def _no_label(g: Graph) -> None:
    g.remove((ID["japan"], RDFS.label, None))


def _number_alt_label(g: Graph) -> None:
    g.add((ID["japan"], SKOS.altLabel, Literal(42)))


def _bad_currency(g: Graph) -> None:
    g.set((ID["amount-stargate-500000000000-usd"], SCHEMA.currency, Literal("US$")))


def _value_not_decimal(g: Graph) -> None:
    g.set((ID["amount-stargate-500000000000-usd"], SCHEMA.value, Literal("500 Milliarden")))


def _investment_literal(g: Graph) -> None:
    g.set((ID["stargate"], KG.investment, Literal("500 Milliarden Dollar")))


def _jobs_string(g: Graph) -> None:
    g.set((ID["stargate"], KG.jobs, Literal("100.000")))


def _founding_date_string(g: Graph) -> None:
    g.set((ID["openai"], KG.foundingDate, Literal("2015")))


def _no_identifier(g: Graph) -> None:
    g.remove((ID["article-a1"], DCTERMS.identifier, None))


def _claim_two_claimants(g: Graph) -> None:
    g.add((ID["claim-1"], KG.claimant, ID["donald-trump"]))


def _claim_no_about(g: Graph) -> None:
    g.remove((ID["claim-1"], KG.about, None))


def _claim_no_text(g: Graph) -> None:
    g.remove((ID["claim-1"], KG.claimText, None))


def _claim_no_article(g: Graph) -> None:
    g.remove((ID["claim-1"], PROV.wasDerivedFrom, None))


@pytest.mark.parametrize(
    ("breaks", "fragment"),
    [
        (_wrong_range, "id:elon-musk kg:leads: the object of kg:leads must be typed Organization (value id:japan)"),
        (_wrong_domain, "id:japan: the subject of kg:basedIn must be typed Organization"),
        (_no_provenance, "id:stmt-1 prov:wasDerivedFrom: a statement needs prov:wasDerivedFrom"),
        (_provenance_not_article, "id:stmt-1 prov:wasDerivedFrom"),
        (_no_evidence, "id:stmt-2 kg:evidence: a statement needs a kg:evidence"),
        (_two_subjects, "id:stmt-2 rdf:subject"),
        (_no_statement, "id:softbank kg:basedIn: this relation triple has no rdf:Statement"),
        (_two_labels, "id:elon-musk rdfs:label: an entity has exactly one rdfs:label"),
        (_no_label, "id:japan rdfs:label"),
        (_number_alt_label, "id:japan skos:altLabel"),
        (_bad_currency, "schema:currency: a MonetaryAmount has exactly one schema:currency, an ISO 4217 code"),
        (_value_not_decimal, "schema:value"),
        (_investment_literal, "id:stargate kg:investment"),
        (_jobs_string, "id:stargate kg:jobs: kg:jobs is an xsd:integer"),
        (_founding_date_string, "id:openai kg:foundingDate"),
        (_no_identifier, "id:article-a1 dcterms:identifier"),
        (_claim_two_claimants, "id:claim-1 kg:claimant"),
        (_claim_no_about, "id:claim-1 kg:about"),
        (_claim_no_text, "id:claim-1 kg:claimText"),
        (_claim_no_article, "id:claim-1 prov:wasDerivedFrom"),
    ],
)
def test_shapes_broken_graph_does_not_conform(sample, breaks: Callable[[Graph], None], fragment):
    breaks(sample)
    result = validate(sample)
    assert not result.conforms
    assert any(fragment in m for m in result.messages), result.messages


def test_shapes_accepts_founding_date_as_date(sample):
    sample.set((ID["openai"], KG.foundingDate, Literal("2015-12-11", datatype=XSD.date)))
    assert validate(sample).conforms


def test_shapes_accepts_node_with_two_entity_classes(sample):
    """Stargate as Project and Organization still fits every domain and range."""
    sample.add((ID["stargate"], RDF.type, KG.Organization))
    assert validate(sample).conforms
