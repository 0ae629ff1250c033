"""kg.formats: every output format parses back to the same graph.

Graphs are compared as graphs (rdflib.compare.isomorphic), never as strings,
except where byte-identical output is the point. The `graph_path` fixture is
the sample, plus out/graph.ttl when a build has written one.
"""
from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from kg.errors import OutputError
from kg.vocab import ENTITY_CLASSES, RELATIONS
from kg.formats import FORMATS, split_by_article, to_graphml, to_ntriples, to_turtle, write_graph

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "sample.ttl"
KG = "https://w3id.org/kg/ontology#"
ID = "https://w3id.org/kg/id/"


@pytest.fixture
def graph(graph_path) -> Graph:
    return Graph().parse(graph_path)


@pytest.mark.parametrize("fmt, rdflib_format", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_formats_round_trip_to_the_same_graph(tmp_path, graph, fmt, rdflib_format):
    (path,) = write_graph(graph, tmp_path, [fmt])
    assert path == tmp_path / f"graph.{fmt}"
    again = Graph().parse(path, format=rdflib_format)
    assert len(again) == len(graph)
    assert isomorphic(again, graph)


def test_formats_trig_union_is_the_graph_with_one_named_graph_per_article(tmp_path, graph):
    (path,) = write_graph(graph, tmp_path, ["trig"])
    dataset = Dataset()
    dataset.parse(path, format="trig")
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, graph)
    articles = set(graph.subjects(RDF.type, URIRef(KG + "Article")))
    named = {g.identifier for g in dataset.graphs() if g.identifier != dataset.default_graph.identifier}
    assert named == articles


def test_formats_trig_article_graph_holds_what_the_article_states():
    graph = Graph().parse(SAMPLE)
    default, named = split_by_article(graph)
    article = URIRef(ID + "article-a1")
    assert list(named) == [article]
    part = named[article]
    # By hand: 5 statements x 6 triples, the 4 plain relations plus the
    # investment triple, the 3 triples of the amount node, the claim's 8.
    assert len(part) == 30 + 5 + 3 + 8
    assert (URIRef(ID + "elon-musk"), URIRef(KG + "founded"), URIRef(ID + "openai")) in part
    assert (URIRef(ID + "claim-1"), PROV.wasDerivedFrom, article) in part
    assert not set(default.subjects(RDF.type, RDF.Statement))
    assert (URIRef(ID + "elon-musk"), RDF.type, URIRef(KG + "Person")) in default
    assert (article, RDF.type, URIRef(KG + "Article")) in default
    # kg:jobs has no statement backing it, so it stays in the default graph.
    assert (URIRef(ID + "stargate"), URIRef(KG + "jobs"), None) in default
    assert len(default) + len(part) == len(graph)


def test_formats_turtle_is_byte_identical_whatever_the_insertion_order(graph):
    triples = sorted(graph)
    random.Random(7).shuffle(triples)
    shuffled = Graph()
    for triple in triples:
        shuffled.add(triple)
    assert to_turtle(graph) == to_turtle(graph) == to_turtle(shuffled)


def test_formats_turtle_is_byte_identical_across_processes(tmp_path):
    code = (
        "import sys; from pathlib import Path; from rdflib import Graph; from kg.formats import write_graph; "
        "write_graph(Graph().parse(sys.argv[1]), Path(sys.argv[2]), ['ttl', 'trig', 'jsonld', 'nt', 'graphml'])"
    )
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, str(SAMPLE), str(out)], check=True, env=env, cwd=REPO)
        outputs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outputs[0] == outputs[1]
    assert sorted(outputs[0]) == sorted(f"graph.{fmt}" for fmt in FORMATS)


def test_formats_ntriples_lines_are_sorted(graph):
    lines = to_ntriples(graph).decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(graph)


def test_formats_jsonld_loads_and_lists_nodes_by_id(tmp_path, graph):
    (path,) = write_graph(graph, tmp_path, ["jsonld"])
    data = json.loads(path.read_text(encoding="utf-8"))
    ids = [node["@id"] for node in data["@graph"]]
    assert ids == sorted(ids)
    assert data["@context"]["kg"] == KG


def test_formats_graphml_is_the_entity_relation_graph():
    g = nx.read_graphml(io.BytesIO(to_graphml(Graph().parse(SAMPLE))))
    # By hand: 7 typed entities; 4 relation triples, each with one statement.
    assert g.number_of_nodes() == 7
    assert {d["class"] for _, d in g.nodes(data=True)} == {"Person", "Organization", "Place", "Project"}
    edges = sorted((g.nodes[u]["label"], d["property"], g.nodes[v]["label"], d["evidence"])
                   for u, v, d in g.edges(data=True))
    assert edges == [
        ("Donald Trump", "announced", "Stargate", 1),
        ("Elon Musk", "founded", "OpenAI", 1),
        ("SoftBank", "basedIn", "Japan", 1),
        ("Stargate", "fundedBy", "SoftBank", 1),
    ]


def test_formats_graphml_file_loads_with_networkx(tmp_path, graph):
    (path,) = write_graph(graph, tmp_path, ["graphml"])
    g = nx.read_graphml(path)
    entities = {str(s) for cls in ENTITY_CLASSES for s in graph.subjects(RDF.type, URIRef(KG + cls))}
    assert entities <= set(g.nodes)
    relations = sum(1 for name in RELATIONS for _ in graph.triples((None, URIRef(KG + name), None)))
    assert g.number_of_edges() == relations


def test_formats_unknown_format_lists_the_valid_ones_and_writes_nothing(tmp_path):
    with pytest.raises(OutputError, match="unknown output format 'rdfxml': choose from ttl, nt, trig, jsonld, graphml"):
        write_graph(Graph().parse(SAMPLE), tmp_path, ["ttl", "rdfxml"])
    assert list(tmp_path.iterdir()) == []


def test_formats_write_replaces_old_files_and_leaves_no_temp_files(tmp_path):
    (tmp_path / "graph.ttl").write_text("old")
    paths = write_graph(Graph().parse(SAMPLE), tmp_path, ["ttl", " NT ", "ttl"], stem="kg")
    assert [p.name for p in paths] == ["kg.ttl", "kg.nt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "kg.nt", "kg.ttl"]
    assert (tmp_path / "graph.ttl").read_text() == "old"


def test_formats_unwritable_directory_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OutputError, match="cannot create"):
        write_graph(Graph().parse(SAMPLE), blocker / "out", ["ttl"])
