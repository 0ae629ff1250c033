"""`kg serve`: the real server on a free port, spoken to over real HTTP (urllib).

One server serves the whole module (its worker processes take seconds to
start); the timeout test runs last because it kills a worker.
"""
from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import GraphLoadError, ServeError
from kg.serve import ServeOptions, make_server

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "sample.ttl"
PERSONS = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"
NAMES = ["Donald Trump", "Elon Musk", "Sam Altman"]
# 77^5 rows to count: minutes of work, far past the test server's timeout.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
LIMIT = 4096
TIMEOUT = 3.0


@pytest.fixture(scope="module")
def server():
    srv = make_server(SAMPLE, ServeOptions(port=0, timeout_s=TIMEOUT, max_request_bytes=LIMIT, workers=2))
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.close()


def _request(url, *, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read().decode("utf-8")


def _get(server, query, accept=None):
    url = f"{server.url}?{urllib.parse.urlencode({'query': query})}"
    return _request(url, headers={"Accept": accept} if accept else None)


def _names(body: str) -> list[str]:
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]


def test_serve_binds_to_loopback_by_default(server):
    assert ServeOptions().host == "127.0.0.1"
    assert server.server_address[0] == "127.0.0.1"
    assert server.url.startswith("http://127.0.0.1:") and server.url.endswith("/sparql")


def test_serve_get_gives_sparql_json_by_default(server):
    status, ctype, body = _get(server, PERSONS)
    assert (status, ctype) == (200, "application/sparql-results+json")
    assert _names(body) == NAMES


def test_serve_post_form(server):
    data = urllib.parse.urlencode({"query": PERSONS}).encode()
    status, _, body = _request(server.url, data=data, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and _names(body) == NAMES


def test_serve_post_sparql_query(server):
    status, _, body = _request(
        server.url, data=PERSONS.encode(), headers={"Content-Type": "application/sparql-query; charset=utf-8"}
    )
    assert status == 200 and _names(body) == NAMES


@pytest.mark.parametrize("accept, ctype, parser", [
    ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", ox.QueryResultsFormat.TSV),
    ("application/json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("text/html, application/xml;q=0.9, */*;q=0.8", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
])
def test_serve_negotiates_result_formats(server, accept, ctype, parser):
    status, got_type, body = _get(server, PERSONS, accept)
    assert (status, got_type) == (200, ctype)
    assert [s["name"].value for s in ox.parse_query_results(body, format=parser)] == NAMES


def test_serve_negotiates_csv(server):
    status, ctype, body = _get(server, PERSONS, "text/csv")
    assert (status, ctype) == (200, "text/csv; charset=utf-8")
    assert list(csv.reader(io.StringIO(body))) == [["name"], *[[n] for n in NAMES]]


def test_serve_ask(server):
    status, _, body = _get(server, "ASK { id:elon-musk kg:founded id:openai }")
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}


@pytest.mark.parametrize("accept, ctype, rdf_format", [
    (None, "text/turtle; charset=utf-8", "turtle"),
    ("text/turtle", "text/turtle; charset=utf-8", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
])
def test_serve_construct_gives_a_graph(server, accept, ctype, rdf_format):
    status, got_type, body = _get(server, "CONSTRUCT WHERE { ?p a kg:Person ; rdfs:label ?n }", accept)
    assert (status, got_type) == (200, ctype)
    graph = rdflib.Graph().parse(data=body, format=rdf_format)
    assert sorted(str(o) for o in graph.objects(None, rdflib.RDFS.label)) == NAMES


def test_serve_unacceptable_type_is_406(server):
    status, _, body = _get(server, PERSONS, "image/png")
    assert status == 406 and "application/sparql-results+json" in body


def test_serve_syntax_error_is_400_with_position(server):
    status, _, body = _get(server, "SELECT ?x WHERE { ?x kg:founded ")
    assert status == 400
    assert body.startswith("KG501: SPARQL syntax error at line 1, column 33")


@pytest.mark.parametrize("query", [
    "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <http://example.org/g>",
])
def test_serve_update_in_query_is_403(server, query):
    status, _, body = _get(server, query)
    assert status == 403 and "read-only" in body


def test_serve_update_form_field_and_update_type_are_403(server):
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    form = urllib.parse.urlencode({"update": update}).encode()
    assert _request(server.url, data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert _request(server.url, data=update.encode(), headers={"Content-Type": "application/sparql-update"})[0] == 403
    # and the graph is unchanged
    status, _, body = _get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "77"


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_serve_write_methods_are_405(server, method):
    status, _, _ = _request(server.url, data=b"<a> <b> <c> .", headers={"Content-Type": "text/turtle"}, method=method)
    assert status == 405


def test_serve_service_is_403(server):
    status, _, body = _get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert status == 403 and "SERVICE" in body


def test_serve_service_as_a_name_or_string_is_allowed(server):
    query = 'SELECT ?service WHERE { ?service rdfs:label "SERVICE LOAD" }'
    status, _, body = _get(server, query)
    assert status == 200 and json.loads(body)["results"]["bindings"] == []


def test_serve_oversized_body_is_413(server):
    query = "ASK { ?s ?p ?o }" + " " * LIMIT
    status, _, _ = _request(server.url, data=query.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 413


def test_serve_overlong_query_string_is_414(server):
    status, _, _ = _get(server, "ASK { ?s ?p ?o }" + " " * LIMIT)
    assert status == 414


@pytest.mark.parametrize("path, status", [("/sparql", 400), ("/sparql?query=a&query=b", 400), ("/other", 404)])
def test_serve_bad_requests(server, path, status):
    base = server.url.rsplit("/", 1)[0]
    assert _request(base + path)[0] == status


def test_serve_other_content_type_is_415(server):
    status, _, _ = _request(server.url, data=b"{}", headers={"Content-Type": "application/json"})
    assert status == 415


def test_serve_missing_graph_is_a_clear_error(tmp_path):
    with pytest.raises(GraphLoadError, match="does not exist"):
        make_server(tmp_path / "graph.ttl", ServeOptions(port=0))


def test_serve_port_in_use_is_a_clear_error(server):
    port = server.server_address[1]
    with pytest.raises(ServeError, match="pass another --port"):
        make_server(SAMPLE, ServeOptions(port=port, workers=1))


def test_serve_cli_prints_the_url_and_answers(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", str(SAMPLE), "--port", str(port), "--workers", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        line = proc.stdout.readline()
        assert line.startswith(f"SPARQL endpoint: http://127.0.0.1:{port}/sparql"), proc.stderr.read()
        url = f"http://127.0.0.1:{port}/sparql?{urllib.parse.urlencode({'query': PERSONS})}"
        status, _, body = _request(url)
        assert status == 200 and _names(body) == NAMES
    finally:
        proc.terminate()
        assert proc.wait(timeout=30) == 0  # SIGTERM is a clean shutdown


def test_serve_timeout_is_503_and_the_killed_worker_is_replaced(server):
    """Last in this file: it kills a worker."""
    started = time.monotonic()
    status, _, body = _get(server, ENDLESS)
    elapsed = time.monotonic() - started
    assert status == 503 and "timed out" in body
    assert TIMEOUT <= elapsed < TIMEOUT + 10
    # The other worker answers at once; a new one replaces the killed one.
    assert _get(server, "ASK { ?s ?p ?o }")[0] == 200
    deadline = time.monotonic() + 120
    while server.workers.idle < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert server.workers.idle == 2
