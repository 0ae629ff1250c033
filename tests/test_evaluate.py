"""The scorer against hand-made gold and graphs; every expected figure is counted by hand.

The small gold has five core entities, one minor, one noise entity, four facts
(one symmetric), one optional fact, three literals and one disputed claim. The
perfect graph states all of it with provenance; each test changes one thing.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS

from kg.cli import main
from kg.errors import GoldFormatError, GraphLoadError
from kg.evaluate import evaluate, format_report, load_gold, normalize_name, parse_gold
from kg.formats import read_graph

KG = Namespace("https://w3id.org/kg/ontology#")
ID = Namespace("https://w3id.org/kg/id/")
DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[1]
SEEDS_GOLD = next(
    (p for p in (REPO / "shared" / "gold" / "seeds.yaml", REPO.parent / "shared" / "gold" / "seeds.yaml") if p.is_file()),
    None,
)

GOLD = {
    "entities": {
        "musk": {"types": ["Person"], "names": ["Elon Musk", "Musk"], "tier": "core"},
        "altman": {"types": ["Person"], "names": ["Sam Altman", "Altman"], "tier": "core"},
        "openai": {"types": ["Organization"], "names": ["OpenAI", "Open AI"], "tier": "core"},
        "xai": {"types": ["Organization"], "names": ["xAI"], "tier": "core"},
        "stargate": {"types": ["Project", "Organization"], "names": ["Stargate"], "tier": "core"},
        "japan": {"types": ["Place"], "names": ["Japan"], "tier": "minor"},
        "imago": {"types": [], "names": ["IMAGO"], "tier": "noise"},
    },
    "facts": [
        ["musk", "founded", "openai"],
        ["altman", "leads", "openai"],
        ["xai", "competitorOf", "openai"],
        ["stargate", "fundedBy", "openai"],
    ],
    "optional_facts": [["musk", "criticized", "altman"]],
    "symmetric": ["competitorOf"],
    "literals": [
        {"s": "stargate", "p": "investment", "value": 500000000000, "currency": "USD"},
        {"s": "stargate", "p": "jobs", "value": 100000},
        {"s": "openai", "p": "foundingDate", "value": "2015"},
    ],
    "claims": [{"claimant": "musk", "about_any": ["stargate"], "disputedBy": "altman"}],
}

PERFECT = """
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix id: <https://w3id.org/kg/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:a1 a kg:Article ; dcterms:identifier "a1.txt" .
id:musk a kg:Person ; rdfs:label "Elon Musk" ; skos:altLabel "Musks" .
id:altman a kg:Person ; rdfs:label "Sam Altman" .
id:openai a kg:Organization ; rdfs:label "OpenAI" ; kg:foundingDate "2015"^^xsd:gYear .
id:xai a kg:Organization ; rdfs:label "xAI" .
id:stargate a kg:Project ; rdfs:label "Stargate" ; kg:jobs 100000 ; kg:investment id:amount .
id:amount a schema:MonetaryAmount ; schema:value 500000000000.0 ; schema:currency "USD" .

id:musk kg:founded id:openai .
id:altman kg:leads id:openai .
id:xai kg:competitorOf id:openai .
id:stargate kg:fundedBy id:openai .

id:s1 a rdf:Statement ; rdf:subject id:musk ; rdf:predicate kg:founded ; rdf:object id:openai ;
    prov:wasDerivedFrom id:a1 ; kg:evidence "Musk gründete OpenAI." .
id:s2 a rdf:Statement ; rdf:subject id:altman ; rdf:predicate kg:leads ; rdf:object id:openai ;
    prov:wasDerivedFrom id:a1 ; kg:evidence "OpenAI-Chef Sam Altman." .
id:s3 a rdf:Statement ; rdf:subject id:xai ; rdf:predicate kg:competitorOf ; rdf:object id:openai ;
    prov:wasDerivedFrom id:a1 ; kg:evidence "xAI, ein Konkurrent von OpenAI." .
id:s4 a rdf:Statement ; rdf:subject id:stargate ; rdf:predicate kg:fundedBy ; rdf:object id:openai ;
    prov:wasDerivedFrom id:a1 ; kg:evidence "OpenAI finanziert Stargate." .

id:c1 a kg:Claim ; kg:claimant id:musk ; kg:about id:stargate ; kg:claimText "Sie haben das Geld nicht." ;
    kg:disputedBy id:altman ; prov:wasDerivedFrom id:a1 .
"""


@pytest.fixture
def gold():
    return parse_gold(GOLD)


@pytest.fixture
def graph():
    return Graph().parse(data=PERFECT, format="turtle")


def _node(name: str) -> URIRef:
    return ID[name]


def _add_entity(g: Graph, name: str, cls: str, label: str) -> URIRef:
    node = _node(name)
    g.add((node, RDF.type, KG[cls]))
    g.add((node, RDFS.label, Literal(label)))
    return node


def _remove_fact(g: Graph, s: str, p: str, o: str) -> None:
    g.remove((_node(s), KG[p], _node(o)))
    for st in list(g.subjects(RDF.subject, _node(s))):
        if (st, RDF.predicate, KG[p]) in g and (st, RDF.object, _node(o)) in g:
            g.remove((st, None, None))


# --- the perfect graph ---------------------------------------------------------


def test_evaluate_perfect_graph_scores_full(graph, gold):
    report = evaluate(graph, gold)
    e, f = report.entities, report.facts
    assert (e.core_found, e.core_total, e.core_recall) == (5, 5, 1.0)
    assert (e.correct_nodes, e.typed_nodes, e.precision) == (5, 5, 1.0)
    assert (e.correctly_typed, e.typed_entities, e.type_accuracy) == (5, 5, 1.0)
    assert e.duplicates == 0 and e.noise_nodes == () and e.unknown_nodes == ()
    assert (f.tp, f.fp, f.fn) == (4, 0, 0)
    assert (f.precision, f.recall, f.f1) == (1.0, 1.0, 1.0)
    assert (report.literals_found, report.literals_total) == (3, 3)
    assert (report.claims_found, report.claims_total) == (1, 1)
    assert (report.claims_disputed, report.claims_disputable) == (1, 1)
    assert report.provenance == 1.0


def test_evaluate_format_report_key_figures_one_per_line(graph, gold):
    lines = format_report(evaluate(graph, gold)).splitlines()
    assert lines == [
        "entities: core recall 1.00 (5/5), precision 1.00 (5/5), type accuracy 1.00 (5/5), "
        "duplicates 0, noise nodes 0",
        "facts: P 1.00 R 1.00 F1 1.00 (tp 4, fp 0, fn 0)",
        "literals: 3/3",
        "claims: 1/1 found, 1/1 disputed",
        "provenance: 1.00",
    ]


def test_evaluate_namespaces_are_free(gold):
    """Another tool's graph with other namespaces scores the same: local names count."""
    ttl = (
        PERFECT.replace("https://w3id.org/kg/ontology#", "http://example.org/vocab/")
        .replace("http://www.w3.org/2000/01/rdf-schema#", "http://example.org/labels#")
        .replace("https://schema.org/", "http://schema.org/")
    )
    report = evaluate(Graph().parse(data=ttl, format="turtle"), gold)
    assert report.entities.core_recall == 1.0
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (4, 0, 0)
    assert report.literals_found == 3 and report.claims_disputed == 1 and report.provenance == 1.0


# --- facts -----------------------------------------------------------------------


def test_evaluate_missing_fact_lowers_recall(graph, gold):
    _remove_fact(graph, "altman", "leads", "openai")
    f = evaluate(graph, gold).facts
    assert (f.tp, f.fp, f.fn) == (3, 0, 1)
    assert f.precision == 1.0 and f.recall == 0.75
    assert f.f1 == pytest.approx(2 * 1.0 * 0.75 / 1.75)  # 0.857
    assert f.missed == (("altman", "leads", "openai"),)


def test_evaluate_wrong_direction_is_false_positive_and_miss(graph, gold):
    _remove_fact(graph, "musk", "founded", "openai")
    graph.add((_node("openai"), KG.founded, _node("musk")))
    graph.add((_node("musk"), SKOS.altLabel, Literal("A. Musk")))  # rdfs:label is shown, not this
    f = evaluate(graph, gold).facts
    assert (f.tp, f.fp, f.fn) == (3, 1, 1)
    assert (f.precision, f.recall, f.f1) == (0.75, 0.75, 0.75)
    assert f.false_positives == (("OpenAI", "founded", "Elon Musk"),)
    assert f.missed == (("musk", "founded", "openai"),)


def test_evaluate_symmetric_fact_matches_reversed(graph, gold):
    graph.remove((_node("xai"), KG.competitorOf, _node("openai")))
    graph.add((_node("openai"), KG.competitorOf, _node("xai")))
    f = evaluate(graph, gold).facts
    assert (f.tp, f.fp, f.fn) == (4, 0, 0)


def test_evaluate_symmetric_fact_both_ways_counts_once(graph, gold):
    graph.add((_node("openai"), KG.competitorOf, _node("xai")))
    f = evaluate(graph, gold).facts
    assert (f.tp, f.fp, f.fn) == (4, 0, 0)


def test_evaluate_non_symmetric_reversed_is_not_matched(gold):
    """Only predicates listed under symmetric: may be reversed."""
    asym = parse_gold({**GOLD, "symmetric": []})
    g = Graph().parse(data=PERFECT, format="turtle")
    g.remove((_node("xai"), KG.competitorOf, _node("openai")))
    g.add((_node("openai"), KG.competitorOf, _node("xai")))
    f = evaluate(g, asym).facts
    assert (f.tp, f.fp, f.fn) == (3, 1, 1)


def test_evaluate_optional_fact_is_not_counted(graph, gold):
    graph.add((_node("musk"), KG.criticized, _node("altman")))
    f = evaluate(graph, gold).facts
    assert (f.tp, f.fp, f.fn) == (4, 0, 0)
    graph.add((_node("altman"), KG.criticized, _node("musk")))  # not optional: a false positive
    f = evaluate(graph, gold).facts
    assert (f.tp, f.fp, f.fn) == (4, 1, 0)
    assert f.precision == 0.8
    assert f.false_positives == (("Sam Altman", "criticized", "Elon Musk"),)


def test_evaluate_ignores_non_contract_predicates_and_literals(graph, gold):
    graph.add((_node("musk"), URIRef("http://example.org/likes"), _node("altman")))
    graph.add((_node("musk"), KG.leads, Literal("OpenAI")))
    f = evaluate(graph, gold).facts
    assert (f.tp, f.fp, f.fn) == (4, 0, 0)


# --- entities ----------------------------------------------------------------------


def test_evaluate_duplicate_node(graph, gold):
    _add_entity(graph, "musk-2", "Person", "Musk")
    e = evaluate(graph, gold).entities
    assert e.duplicates == 1
    assert e.duplicate_nodes == (("musk", (str(_node("musk")), str(_node("musk-2")))),)
    assert (e.correct_nodes, e.typed_nodes, e.precision) == (6, 6, 1.0)
    assert e.core_recall == 1.0


def test_evaluate_noise_and_unknown_nodes_lower_precision(graph, gold):
    _add_entity(graph, "imago", "Organization", "IMAGO")
    _add_entity(graph, "europa", "Place", "Europa")
    graph.add((_node("credit"), SKOS.altLabel, Literal("Imago")))  # untyped, still a noise node
    e = evaluate(graph, gold).entities
    assert (e.correct_nodes, e.typed_nodes) == (5, 7)
    assert e.precision == pytest.approx(5 / 7)
    assert e.noise_nodes == (
        ("imago", str(_node("credit")), "Imago"),
        ("imago", str(_node("imago")), "IMAGO"),
    )
    assert e.unknown_nodes == ((str(_node("europa")), "Europa"), (str(_node("imago")), "IMAGO"))


def test_evaluate_minor_entity_counts_as_correct_node(graph, gold):
    _add_entity(graph, "japan", "Place", "Japan")
    e = evaluate(graph, gold).entities
    assert (e.correct_nodes, e.typed_nodes) == (6, 6)
    assert (e.correctly_typed, e.typed_entities) == (6, 6)
    assert e.core_total == 5  # minor entities are not required


def test_evaluate_type_mismatch(graph, gold):
    graph.remove((_node("musk"), RDF.type, KG.Person))
    graph.add((_node("musk"), RDF.type, KG.Organization))
    e = evaluate(graph, gold).entities
    assert (e.correctly_typed, e.typed_entities, e.type_accuracy) == (4, 5, 0.8)
    assert e.wrong_types == (("musk", ("Person",), ("Organization",)),)
    assert e.core_recall == 1.0  # still found, only typed wrongly


def test_evaluate_any_listed_type_is_accepted(graph, gold):
    graph.add((_node("stargate"), RDF.type, KG.Organization))  # Project and Organization both listed
    graph.add((_node("altman"), RDF.type, KG.Organization))  # Person only: a hedge is wrong
    e = evaluate(graph, gold).entities
    assert (e.correctly_typed, e.typed_entities) == (4, 5)
    assert e.wrong_types == (("altman", ("Person",), ("Organization", "Person")),)


def test_evaluate_untyped_node_is_not_found(graph, gold):
    graph.remove((_node("xai"), RDF.type, KG.Organization))
    e = evaluate(graph, gold).entities
    assert (e.core_found, e.core_total) == (4, 5)
    assert e.missed_core == ("xai",)
    assert e.typed_nodes == 4


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("«Elon  Musk»", "elon musk"),
        ("„Elon Musk“", "elon musk"),
        ("‚Elon‘ ’Musk’", "elon musk"),
        ('"Elon" \'Musk\'', "elon musk"),
        ("Weiße Haus", "weisse haus"),
        ("WEISSE\u00a0HAUS", "weisse haus"),
        ("\uff2f\uff50\uff45\uff4e\uff21\uff29", "openai"),  # full-width letters, folded by NFKC
    ],
)
def test_evaluate_normalize_name(label, expected):
    assert normalize_name(label) == expected


def test_evaluate_label_matching_uses_normalised_alt_and_pref_labels(gold):
    g = Graph()
    g.add((_node("m"), RDF.type, KG.Person))
    g.add((_node("m"), SKOS.prefLabel, Literal("«ELON MUSK»", lang="de")))
    g.add((_node("o"), RDF.type, KG.Organization))
    g.add((_node("o"), URIRef("https://schema.org/name"), Literal("Open  AI")))
    e = evaluate(g, gold).entities
    assert (e.core_found, e.correct_nodes, e.typed_nodes) == (2, 2, 2)


# --- literals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "currency", "found"),
    [
        ("500000000000.0", "USD", True),
        ("504900000000", "USD", True),  # 0.98 % off
        ("495100000000", "USD", True),
        ("505100000000", "USD", False),  # 1.02 % off
        ("500000000000", "EUR", False),
        ("500000000000", "usd", True),
    ],
)
def test_evaluate_investment_within_one_percent(graph, gold, value, currency, found):
    amount = _node("amount")
    graph.remove((amount, None, None))
    graph.add((amount, URIRef("https://schema.org/value"), Literal(value, datatype=XSD.decimal)))
    graph.add((amount, URIRef("https://schema.org/currency"), Literal(currency)))
    report = evaluate(graph, gold)
    assert report.literals_found == (3 if found else 2)
    if not found:
        assert report.missed_literals == (("stargate", "investment", "500000000000", "USD"),)


def test_evaluate_investment_without_gold_currency_matches_any(graph):
    gold = parse_gold({**GOLD, "literals": [{"s": "stargate", "p": "investment", "value": 5e11}]})
    graph.set((_node("amount"), URIRef("https://schema.org/currency"), Literal("EUR")))
    assert evaluate(graph, gold).literals_found == 1


@pytest.mark.parametrize(
    ("prop", "value", "found"),
    [
        ("jobs", Literal(100000), True),
        ("jobs", Literal("100000", datatype=XSD.integer), True),
        ("jobs", Literal(100001), False),
        ("foundingDate", Literal("2015-12-11", datatype=XSD.date), True),
        ("foundingDate", Literal("2016", datatype=XSD.gYear), False),
    ],
)
def test_evaluate_jobs_and_founding_date_compare_values(graph, gold, prop, value, found):
    subject = _node("stargate" if prop == "jobs" else "openai")
    graph.set((subject, KG[prop], value))
    assert evaluate(graph, gold).literals_found == (3 if found else 2)


# --- claims --------------------------------------------------------------------------


def test_evaluate_claim_without_dispute_is_found_not_disputed(graph, gold):
    graph.remove((_node("c1"), KG.disputedBy, None))
    report = evaluate(graph, gold)
    assert (report.claims_found, report.claims_disputed, report.claims_disputable) == (1, 0, 1)


def test_evaluate_claim_about_other_entity_is_not_found(graph, gold):
    graph.set((_node("c1"), KG.about, _node("openai")))
    report = evaluate(graph, gold)
    assert (report.claims_found, report.claims_disputed) == (0, 0)


def test_evaluate_claim_disputed_by_wrong_person(graph, gold):
    graph.set((_node("c1"), KG.disputedBy, _node("xai")))
    report = evaluate(graph, gold)
    assert (report.claims_found, report.claims_disputed) == (1, 0)


# --- provenance ----------------------------------------------------------------------


def test_evaluate_provenance_missing_evidence(graph, gold):
    graph.remove((_node("s2"), KG.evidence, None))
    report = evaluate(graph, gold)
    assert report.provenance == 0.75
    assert report.facts_without_provenance == (("Sam Altman", "leads", "OpenAI"),)


def test_evaluate_provenance_missing_statement(graph, gold):
    graph.remove((_node("s1"), None, None))
    graph.remove((_node("s4"), PROV.wasDerivedFrom, None))
    report = evaluate(graph, gold)
    assert report.provenance == 0.5


def test_evaluate_provenance_of_reversed_symmetric_statement(graph, gold):
    """A symmetric fact asserted one way may be reified the other way."""
    graph.set((_node("s3"), RDF.subject, _node("openai")))
    graph.set((_node("s3"), RDF.object, _node("xai")))
    assert evaluate(graph, gold).provenance == 1.0


def test_evaluate_empty_graph_has_no_made_up_figures(gold):
    report = evaluate(Graph(), gold)
    assert report.entities.core_recall == 0.0
    assert report.entities.precision is None and report.facts.precision is None
    assert report.facts.recall == 0.0 and report.facts.f1 is None and report.provenance is None
    assert "provenance: n/a" in format_report(report)


# --- gold files ----------------------------------------------------------------------


def _with(path: list, value):
    """A copy of GOLD with the entry at ``path`` replaced (or deleted when value is ...)."""
    data = yaml.safe_load(yaml.safe_dump(GOLD))
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is ...:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (_with(["facts", 0], ["musk", "founded", "opnai"]), "facts[0] ['musk', 'founded', 'opnai']: unknown entity id 'opnai'"),
        (_with(["facts", 1], ["altman", "heads", "openai"]), "unknown predicate 'heads'"),
        (_with(["optional_facts", 0], ["musk", "criticized"]), "optional_facts[0]"),
        (_with(["facts", 0], ["imago", "founded", "openai"]), "'imago' is a noise entity"),
        (_with(["entities", "musk", "tier"], "main"), "entities.musk: bad tier 'main'"),
        (_with(["entities", "musk", "names"], ...), "entities.musk: missing key 'names'"),
        (_with(["entities", "musk", "types"], ["Human"]), "unknown type 'Human'"),
        (_with(["entities", "musk", "types"], []), "entities.musk: a core entity needs at least one type"),
        (_with(["entities", "musk", "names"], ["Musk", False]), "False is not a string; put it in quotes"),
        (_with(["entities", "musk", "nmes"], ["Musk"]), "entities.musk: unknown key(s) ['nmes']"),
        (_with(["entities"], ...), "missing key 'entities'"),
        (_with(["fact"], []), "unknown top-level key(s) ['fact']"),
        (_with(["symmetric"], ["partner"]), "unknown predicate 'partner'"),
        (_with(["literals", 0, "p"], "investments"), "literals[0]"),
        (_with(["literals", 0, "currency"], "Dollar"), "ISO 4217"),
        (_with(["literals", 1, "value"], "100k"), "jobs value must be a whole number"),
        (_with(["literals", 2], {"s": "openai", "p": "foundingDate"}), "missing key 'value'"),
        (_with(["claims", 0, "about_any"], []), "about_any must be a non-empty list"),
        (_with(["claims", 0, "disputedBy"], "nobody"), "unknown entity id 'nobody'"),
        ([1, 2, 3], "must be a YAML mapping"),
    ],
)
def test_evaluate_bad_gold_raises_gold_format_error(data, fragment):
    with pytest.raises(GoldFormatError) as err:
        parse_gold(data)
    assert str(err.value).startswith("KG601: gold: ")
    assert fragment in str(err.value)


def test_evaluate_load_gold_names_file(tmp_path):
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(_with(["facts", 1], ["altman", "heads", "openai"])), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold\.yaml: facts\[1\]"):
        load_gold(path)


def test_evaluate_load_gold_unreadable_yaml(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("entities: {musk: [\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="not valid YAML"):
        load_gold(path)
    with pytest.raises(GoldFormatError, match="cannot read gold file"):
        load_gold(tmp_path / "missing.yaml")


def test_evaluate_load_gold_round_trips(tmp_path, gold):
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(GOLD, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert load_gold(path) == gold


def test_evaluate_load_graph_error(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(GraphLoadError):
        read_graph(path)


# --- the real gold and the CLI -------------------------------------------------------


@pytest.mark.skipif(SEEDS_GOLD is None, reason="shared/gold/seeds.yaml is not available")
def test_evaluate_seeds_gold_loads():
    gold = load_gold(SEEDS_GOLD)
    assert len(gold.entities) == 50
    assert sum(e.tier == "core" for e in gold.entities) == 20
    assert (len(gold.facts), len(gold.optional_facts), len(gold.literals), len(gold.claims)) == (33, 12, 5, 1)
    assert gold.symmetric == {"partnerOf", "competitorOf"}


@pytest.mark.skipif(SEEDS_GOLD is None, reason="shared/gold/seeds.yaml is not available")
def test_evaluate_sample_graph_against_seeds_gold():
    """sample.ttl has 7 of the 20 core entities, 4 of the 33 facts, 3 of 5 literals and the claim."""
    report = evaluate(read_graph(DATA / "sample.ttl"), load_gold(SEEDS_GOLD))
    e, f = report.entities, report.facts
    assert (e.core_found, e.core_total, e.correct_nodes, e.typed_nodes) == (7, 20, 7, 7)
    assert (f.tp, f.fp, f.fn) == (4, 0, 29)
    assert (report.literals_found, report.claims_found, report.claims_disputed) == (3, 1, 1)
    assert report.provenance == 1.0


def test_evaluate_cli_prints_figures_and_json(tmp_path):
    gold_path = tmp_path / "gold.yaml"
    gold_path.write_text(yaml.safe_dump(GOLD), encoding="utf-8")
    graph_path = tmp_path / "graph.ttl"
    graph = Graph().parse(data=PERFECT, format="turtle")
    _remove_fact(graph, "altman", "leads", "openai")
    graph.serialize(graph_path, format="turtle")
    runner = CliRunner()

    result = runner.invoke(main, ["evaluate", str(graph_path), str(gold_path), "--details"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1] == "facts: P 1.00 R 0.75 F1 0.86 (tp 3, fp 0, fn 1)"
    assert "missed facts (1):" in lines and "  altman leads openai" in lines

    result = runner.invoke(main, ["evaluate", "--json", str(graph_path), str(gold_path)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["facts"]["recall"] == 0.75 and figures["facts"]["missed"] == [["altman", "leads", "openai"]]
    assert figures["entities"]["core_recall"] == 1.0 and figures["provenance"] == 1.0


def test_evaluate_cli_bad_gold_is_one_line_error(tmp_path):
    gold_path = tmp_path / "gold.yaml"
    gold_path.write_text("entities: {a: {types: [Persn], names: [A], tier: core}}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(DATA / "sample.ttl"), str(gold_path)])
    assert result.exit_code == 1
    assert "KG601" in result.output and "unknown type 'Persn'" in result.output
