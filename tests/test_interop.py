"""The graph loads unchanged into other RDF tools: Oxigraph, rapper, serdi.

rapper (Debian raptor2-utils) and serdi (Debian serdi) are strict Turtle
parsers installed by .ci/run. Where one is missing the test is skipped with
the reason, except in CI (env CI=true), where a missing parser fails.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.formats import write_graph
from kg.query import PREFIXES, load_store, read_query, run_query

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "sample.ttl"
QUERIES = sorted((REPO / "queries").glob("*.rq"))
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("decimal", "integer", "double", "float")}


@pytest.fixture
def written(graph_path, tmp_path) -> dict[str, Path]:
    """The graph as `kg build` writes it, in every RDF format."""
    graph = rdflib.Graph().parse(graph_path)
    return {p.suffix[1:]: p for p in write_graph(graph, tmp_path, ["ttl", "nt", "trig", "jsonld"])}


def _binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is not installed; .ci/run must apt-get install it")
        pytest.skip(f"{name} not installed (apt-get install {'raptor2-utils' if name == 'rapper' else name})")
    return path


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "jsonld"])
def test_interop_oxigraph_loads_the_same_triple_count_as_rdflib(written, graph_path, fmt):
    expected = len(rdflib.Graph().parse(graph_path))
    store = load_store(written[fmt])
    distinct = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    assert int(distinct.rows[0][0].value) == expected
    if fmt != "trig":  # TriG repeats a fact in each article graph that states it
        assert len(store) == expected


def _rdflib_value(term):
    if term is None:
        return None
    if isinstance(term, rdflib.Literal) and str(term.datatype) in NUMERIC:
        return Decimal(str(term)).normalize()
    return str(term)


def _oxigraph_value(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype.value in NUMERIC:
        return Decimal(term.value).normalize()
    return term.value


@pytest.mark.parametrize("query_path", QUERIES, ids=[p.stem for p in QUERIES])
def test_interop_oxigraph_and_rdflib_give_the_same_answers(graph_path, query_path):
    """Same rows, compared by value: Oxigraph writes 500000000000.0 as 500000000000."""
    query = read_query(f"@{query_path}")
    ours = run_query(load_store(graph_path), query)
    theirs = rdflib.Graph().parse(graph_path).query(query, initNs=PREFIXES)
    assert [str(v) for v in theirs.vars] == list(ours.variables)
    assert sorted(map(repr, (tuple(map(_rdflib_value, row)) for row in theirs))) == sorted(
        map(repr, (tuple(map(_oxigraph_value, row)) for row in ours.rows))
    )


@pytest.mark.parametrize("fmt, syntax", [("ttl", "turtle"), ("nt", "ntriples"), ("trig", "trig")])
def test_interop_rapper_accepts_the_files(written, graph_path, fmt, syntax):
    rapper = _binary("rapper")
    run = subprocess.run([rapper, "-i", syntax, "-c", str(written[fmt])], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "error" not in run.stderr.lower() and "warning" not in run.stderr.lower(), run.stderr
    count = int(re.search(r"returned (\d+) (?:triples|statements)", run.stderr).group(1))
    if fmt != "trig":
        assert count == len(rdflib.Graph().parse(graph_path))


@pytest.mark.parametrize("fmt, syntax", [("ttl", "turtle"), ("nt", "ntriples")])
def test_interop_serdi_accepts_the_files(written, graph_path, fmt, syntax):
    serdi = _binary("serdi")
    run = subprocess.run([serdi, "-i", syntax, "-o", "ntriples", str(written[fmt])], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stderr, run.stderr
    assert len(run.stdout.splitlines()) == len(rdflib.Graph().parse(graph_path))
