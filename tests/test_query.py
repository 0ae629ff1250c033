"""kg.query and `kg query` on the hand-written sample graph.

Every expected answer below was read off tests/data/sample.ttl by hand: three
persons (Donald Trump, Elon Musk, Sam Altman), Musk founded OpenAI, Stargate is
funded by SoftBank and has a 500000000000 USD investment, one claim by Musk
about SoftBank and Stargate that Sam Altman disputes, five rdf:Statements all
derived from a1.txt, 77 triples in all.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import GraphLoadError, QueryError
from kg.formats import write_graph
from kg.query import format_result, load_store, read_query, run_query, sparql_keywords

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "sample.ttl"
QUERIES = REPO / "queries"
PERSONS = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return load_store(SAMPLE)


def test_query_load_store_counts_every_triple(store):
    assert len(store) == 77


@pytest.mark.parametrize("fmt", ["nt", "trig", "jsonld"])
def test_query_load_store_reads_other_formats_with_the_same_answers(tmp_path, fmt):
    from rdflib import Graph

    (path,) = write_graph(Graph().parse(SAMPLE), tmp_path, [fmt])
    other = load_store(path)
    result = run_query(other, PERSONS)
    assert [row[0].value for row in result.rows] == ["Donald Trump", "Elon Musk", "Sam Altman"]
    # TriG puts article facts in named graphs; the union default graph still sees them.
    assert run_query(other, "ASK { id:elon-musk kg:founded id:openai }").boolean is True
    count = run_query(other, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert count.rows[0][0].value == "77"


def test_query_load_store_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(GraphLoadError, match="does not exist; run `kg build` first"):
        load_store(tmp_path / "graph.ttl")


def test_query_load_store_unknown_extension_lists_the_known_ones(tmp_path):
    path = tmp_path / "graph.xyz"
    path.write_text("")
    with pytest.raises(GraphLoadError, match=r"\.ttl, \.nt, \.trig"):
        load_store(path)


def test_query_load_store_malformed_turtle_names_file_and_position(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b "unterminated .\n')
    with pytest.raises(GraphLoadError) as err:
        load_store(path)
    message = str(err.value)
    assert message.startswith("KG401: ") and "bad.ttl is not valid Turtle" in message
    assert "\n" not in message


def test_query_select_returns_variables_and_rows(store):
    result = run_query(store, PERSONS)
    assert result.kind == "select" and result.variables == ("name",)
    assert [row[0].value for row in result.rows] == ["Donald Trump", "Elon Musk", "Sam Altman"]


def test_query_select_unbound_values_are_none(store):
    result = run_query(store, "SELECT ?p ?alt WHERE { ?p a kg:Place OPTIONAL { ?p skos:altLabel ?alt } }")
    assert result.rows == ((ox.NamedNode("https://w3id.org/kg/id/japan"), None),)


@pytest.mark.parametrize("query, expected", [
    ("ASK { id:elon-musk kg:founded id:openai }", True),
    ("ASK { id:openai kg:founded id:elon-musk }", False),
])
def test_query_ask(store, query, expected):
    result = run_query(store, query)
    assert result.kind == "ask" and result.boolean is expected


def test_query_construct_gives_sorted_turtle(store):
    result = run_query(store, "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }")
    assert result.kind == "graph" and len(result.triples) == 3
    text = format_result(result, "turtle")
    assert text.index("donald-trump") < text.index("elon-musk") < text.index("sam-altman")
    parsed = ox.Store()
    parsed.load(text, format=ox.RdfFormat.TURTLE)
    assert len(parsed) == 3


def test_query_describe_returns_the_node(store):
    result = run_query(store, "DESCRIBE id:japan")
    assert result.kind == "graph"
    assert {t.predicate.value.rsplit("#", 1)[-1] for t in result.triples} == {"type", "label"}


@pytest.mark.parametrize("query, line, column", [
    ("SELECT ?x WHERE {\n  ?x kg:founded\n}", 3, 1),
    ("SELECT ?x WHERE { ?x kg:founded ", 1, 33),
    ("PREFIX ex: <http://example.org/>\n  SELEKT ?x WHERE { ?x ?p ?o }", 2, 3),
])
def test_query_syntax_error_is_one_line_with_position(store, query, line, column):
    with pytest.raises(QueryError) as err:
        run_query(store, query)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"KG501: SPARQL syntax error at line {line}, column {column}:")


@pytest.mark.parametrize("update", [
    "INSERT DATA { id:a kg:founded id:b }",
    "PREFIX ex: <http://example.org/> DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
])
def test_query_update_is_refused_and_changes_nothing(store, update):
    with pytest.raises(QueryError, match="SPARQL Update .* read-only"):
        run_query(store, update)
    assert len(store) == 77


@pytest.mark.parametrize("query, keywords", [
    ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", ["SELECT", "WHERE", "SERVICE"]),
    ('SELECT ?service WHERE { ?s ex:load "SERVICE LOAD" }', ["SELECT", "WHERE"]),
    ("SELECT * { ?s ?p 'it''s' } # LOAD <x>\n", ["SELECT"]),
    ('ASK { ?s ?p """multi\nline SERVICE""" }', ["ASK"]),
    ("ASK { ?s <http://example.org/SERVICE> ?o . ?s ?p 'x'@load }", ["ASK"]),
    ("ASK { _:service ?p ?o }", ["ASK"]),
    ("sElEcT * { ?s ?p ?o } lImIt 1", ["SELECT", "LIMIT"]),
])
def test_query_sparql_keywords_skip_strings_iris_comments_and_names(query, keywords):
    assert sparql_keywords(query) == keywords


def test_query_read_query_from_file_and_missing_file(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert read_query(f"@{path}") == "ASK { ?s ?p ?o }"
    assert read_query("ASK {}") == "ASK {}"
    with pytest.raises(QueryError, match="cannot read query file"):
        read_query(f"@{tmp_path / 'missing.rq'}")


def test_query_format_table_aligns_columns_and_shortens_iris(store):
    result = run_query(store, "SELECT ?p ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name")
    assert format_result(result, "table").splitlines() == [
        "p               | name",
        "----------------+-------------",
        "id:donald-trump | Donald Trump",
        "id:elon-musk    | Elon Musk",
        "id:sam-altman   | Sam Altman",
    ]
    assert format_result(run_query(store, "ASK { ?s ?p ?o }"), "table") == "true"


def test_query_format_json_is_sparql_results_json(store):
    query = ("SELECT ?amount ?cur ?none WHERE { ?m schema:value ?amount ; schema:currency ?cur "
             "OPTIONAL { ?m kg:x ?none } }")
    data = json.loads(format_result(run_query(store, query), "json"))
    assert data["head"]["vars"] == ["amount", "cur", "none"]
    assert data["results"]["bindings"] == [{
        "amount": {"type": "literal", "value": "500000000000", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"},
        "cur": {"type": "literal", "value": "USD"},
    }]
    assert json.loads(format_result(run_query(store, "ASK { ?s ?p ?o }"), "json")) == {"head": {}, "boolean": True}


def test_query_format_csv_and_tsv(store):
    result = run_query(store, "SELECT ?p ?alt WHERE { ?p skos:altLabel ?alt } ORDER BY ?p ?alt")
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0] == ["p", "alt"]
    assert rows[1:3] == [["https://w3id.org/kg/id/donald-trump", "Trump"], ["https://w3id.org/kg/id/elon-musk", "Musk"]]
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0] == "?p\t?alt"
    assert tsv[1] == '<https://w3id.org/kg/id/donald-trump>\t"Trump"'
    assert len(tsv) == 6  # header + 5 alternative labels


@pytest.mark.parametrize("fmt, parser", [("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                                         ("tsv", ox.QueryResultsFormat.TSV)])
def test_query_formats_parse_back_to_the_same_rows(store, fmt, parser):
    result = run_query(store, "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s")
    parsed = ox.parse_query_results(format_result(result, fmt), format=parser)
    assert [tuple(solution[v] for v in result.variables) for solution in parsed] == list(result.rows)


def test_query_format_refuses_mismatched_kinds(store):
    with pytest.raises(QueryError, match="use one of table"):
        format_result(run_query(store, PERSONS), "turtle")
    with pytest.raises(QueryError, match="use one of turtle, ntriples"):
        format_result(run_query(store, "CONSTRUCT WHERE { ?s a kg:Place }"), "csv")


#: What each example query answers on the sample, read off sample.ttl by hand.
EXPECTED = {
    "who_founded_openai.rq": [("Elon Musk", "Person")],
    "stargate_funding.rq": [("SoftBank", "500000000000", "USD")],
    "stargate_critics.rq": [("Elon Musk", "Sie haben das Geld dafür gar nicht.", "Sam Altman")],
    "musk_leads_or_owns.rq": [],
    "fact_provenance.rq": [
        ("Donald Trump", "announced", "Stargate", None, None, "a1.txt", "Trump kündigte Stargate an."),
        ("Elon Musk", "founded", "OpenAI", None, None, "a1.txt", "Musk gründete OpenAI 2015 gemeinsam mit Sam Altman."),
        ("SoftBank", "basedIn", "Japan", None, None, "a1.txt", "Der japanische Softbank-Konzern investiert."),
        ("Stargate", "fundedBy", "SoftBank", None, None, "a1.txt", "Stargate wird von Softbank finanziert."),
        ("Stargate", "investment", None, "500000000000", "USD", "a1.txt",
         "Sie wollen 500 Milliarden Dollar investieren."),
    ],
}


def test_query_examples_are_all_checked():
    assert sorted(p.name for p in QUERIES.glob("*.rq")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_examples_answer_the_sample(store, name):
    result = run_query(store, read_query(f"@{QUERIES / name}"))
    values = [tuple(None if t is None else t.value for t in row) for row in result.rows]
    assert values == EXPECTED[name]


def test_query_cli_prints_csv_from_a_query_file():
    out = CliRunner().invoke(main, ["query", str(SAMPLE), f"@{QUERIES / 'who_founded_openai.rq'}", "--format", "csv"])
    assert out.exit_code == 0, out.output
    # CliRunner turns CSV's \r\n line ends into \n.
    assert out.output.splitlines() == ["founder,class", "Elon Musk,Person"]


def test_query_cli_construct_prints_turtle():
    out = CliRunner().invoke(main, ["query", str(SAMPLE), "CONSTRUCT WHERE { id:japan rdfs:label ?l }"])
    assert out.exit_code == 0, out.output
    assert out.output.endswith('id:japan rdfs:label "Japan" .\n')


def test_query_cli_syntax_error_is_one_line_and_exit_1():
    out = CliRunner().invoke(main, ["query", str(SAMPLE), "SELECT ?x WHERE { ?x kg:founded "])
    assert out.exit_code == 1
    assert out.output.strip().splitlines() == [
        "Error: KG501: SPARQL syntax error at line 1, column 33: unexpected input at the end of the line; "
        "fix the query there"
    ]
