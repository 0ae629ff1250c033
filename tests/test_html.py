"""kg.html: what the offline graph page draws, escapes, leaves out and writes.

The page's data is read back from the JSON block it embeds; the expected nodes
and edges are worked out from the graph with SPARQL, not with kg.html's code.
``tests/test_html_browser.py`` checks the same page in a real browser.
"""
from __future__ import annotations

import json
import random
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.cli import main
from kg.errors import DrawError, GraphLoadError, OutputError
from kg.formats import read_graph
from kg.html import HtmlSummary, write_html
from kg.vocab import ENTITY_CLASSES, ID, KG, KG_NS, RELATIONS, SCHEMA

SAMPLE = Path(__file__).parent / "data" / "sample.ttl"
XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS_ALT = "</script><script>window.__kgPwned = 1</script>"
XSS_EVIDENCE = "<b onmouseover=alert(2)>fett</b> & \u2028 gesagt"
XSS_TITLE = "<script>alert(3)</script> Titel"
KG_TERMS = Namespace(KG_NS)


# --- graphs ------------------------------------------------------------------


def add_xss_entity(graph: Graph) -> URIRef:
    """A Person whose names, evidence and article title are all markup."""
    ent, art, stmt = ID["xss-person"], ID["article-xss"], ID["stmt-xss"]
    target = next(iter(sorted(graph.subjects(RDF.type, KG.Organization))), None)
    graph.add((ent, RDF.type, KG.Person))
    graph.add((ent, RDFS.label, Literal(XSS_LABEL)))
    graph.add((ent, SKOS.altLabel, Literal(XSS_ALT)))
    graph.add((art, RDF.type, KG.Article))
    graph.add((art, DCTERMS.identifier, Literal("xss.txt")))
    graph.add((art, DCTERMS.title, Literal(XSS_TITLE)))
    graph.add((art, SCHEMA.mentions, ent))
    if target is not None:
        graph.add((ent, KG.criticized, target))
        for p, o in ((RDF.type, RDF.Statement), (RDF.subject, ent), (RDF.predicate, KG.criticized),
                     (RDF.object, target), (PROV.wasDerivedFrom, art),
                     (KG.evidence, Literal(XSS_EVIDENCE))):
            graph.add((stmt, p, o))
    return ent


def synthetic_graph(n: int, seed: int = 1) -> Graph:
    """A graph of ``n`` entities shaped like ``kg build`` output: a scale-free
    skeleton (a few hubs, many leaves, like news graphs), every relation with
    its reified statement, articles that mention the entities."""
    rng = random.Random(seed)
    graph = Graph()
    articles = [ID[f"article-{i}"] for i in range(max(1, n // 20))]
    for i, art in enumerate(articles):
        graph.add((art, RDF.type, KG.Article))
        graph.add((art, DCTERMS.identifier, Literal(f"{i:04d}.txt")))
    entities = [ID[f"entity-{i}"] for i in range(n)]
    for i, ent in enumerate(entities):
        graph.add((ent, RDF.type, KG[ENTITY_CLASSES[i % len(ENTITY_CLASSES)]]))
        graph.add((ent, RDFS.label, Literal(f"Entity {i}")))
        graph.add((rng.choice(articles), SCHEMA.mentions, ent))
    skeleton = nx.barabasi_albert_graph(n, 2, seed=seed)
    for k, (u, v) in enumerate(sorted(skeleton.edges())):
        prop = KG[RELATIONS[k % len(RELATIONS)]]
        graph.add((entities[u], prop, entities[v]))
        stmt = ID[f"stmt-{k}"]
        for p, o in ((RDF.type, RDF.Statement), (RDF.subject, entities[u]), (RDF.predicate, prop),
                     (RDF.object, entities[v]), (PROV.wasDerivedFrom, rng.choice(articles)),
                     (KG.evidence, Literal(f"Satz {k}."))):
            graph.add((stmt, p, o))
    return graph


def expected_drawing(graph: Graph) -> tuple[set[str], set[tuple[str, str, str]]]:
    """Entities + claims, and relations + claim links, straight from SPARQL."""
    classes = " ".join(f"kg:{c}" for c in (*ENTITY_CLASSES, "Claim"))
    nodes = {str(r.n) for r in graph.query(
        f"SELECT ?n WHERE {{ VALUES ?c {{ {classes} }} ?n a ?c }}", initNs={"kg": KG_TERMS})}
    props = " ".join(f"kg:{p}" for p in (*RELATIONS, "claimant", "about", "disputedBy"))
    edges = {(str(r.s), str(r.p).rsplit("#", 1)[1], str(r.o)) for r in graph.query(
        f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {props} }} ?s ?p ?o }}", initNs={"kg": KG_TERMS})
        if str(r.s) in nodes and str(r.o) in nodes}
    return nodes, edges


# --- reading the page back ----------------------------------------------------


def page_data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.DOTALL)
    return json.loads(block.group(1))


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside <style>."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def tags(path: Path) -> _Tags:
    parser = _Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture()
def sample() -> Graph:
    return read_graph(SAMPLE)


@pytest.fixture()
def page(tmp_path) -> Path:
    return tmp_path / "graph.html"


# --- what is drawn ------------------------------------------------------------


def test_html_draws_every_entity_relation_and_claim(sample, page):
    summary = write_html(sample, page)
    data = page_data(page)
    nodes, edges = expected_drawing(sample)
    assert {n["id"] for n in data["nodes"]} == nodes
    assert {(e["from"], e["kgProp"], e["to"]) for e in data["edges"]} == edges
    assert summary == HtmlSummary(len(nodes), len(edges), 0)
    assert all(e["arrows"] == "to" and e["label"] == e["kgProp"] for e in data["edges"])


def test_html_styles_nodes_by_class_and_sizes_by_centrality(sample, page):
    write_html(sample, page)
    nodes = {n["id"]: n for n in page_data(page)["nodes"]}
    shapes = {n["kgClass"]: n["shape"] for n in nodes.values()}
    assert len(set(shapes.values())) == len(shapes)  # one shape per class
    assert shapes["Claim"] == "box"
    degree = nx.degree_centrality(nx.Graph([(s, o) for s, _, o in expected_drawing(sample)[1]]))
    by_value = sorted(nodes, key=lambda i: nodes[i]["value"])
    assert by_value == sorted(nodes, key=lambda i: degree[i])
    assert nodes[str(ID["claim-1"])]["label"].startswith("„Sie haben das Geld")


def test_html_tooltips_carry_names_attributes_articles_and_evidence(sample, page):
    write_html(sample, page)
    data = page_data(page)
    tips = {n["label"]: n["tip"] for n in data["nodes"]}
    assert tips["Elon Musk"]["kind"] == "Person"
    assert tips["Elon Musk"]["alt"] == ["Musk", "Musks"]
    assert ["investment", "500,000,000,000 USD"] in tips["Stargate"]["attrs"]
    assert ["jobs", "100,000"] in tips["Stargate"]["attrs"]
    assert tips["OpenAI"]["attrs"] == [["founded", "2015"]]
    article = data["articles"][tips["Japan"]["articles"][0]]
    assert article == {"id": "a1.txt", "title": "Trump kündigt Stargate an",
                       "publisher": "Beispielzeitung"}
    claim = tips["„Sie haben das Geld dafür gar nicht.“"]["claim"]
    assert claim["claimant"] == ["Elon Musk"] and claim["disputedBy"] == ["Sam Altman"]
    assert claim["about"] == ["SoftBank", "Stargate"]
    founded = next(e for e in data["edges"] if e["kgProp"] == "founded")
    assert founded["tip"]["evidence"] == [["Musk gründete OpenAI 2015 gemeinsam mit Sam Altman.", 0]]


def test_html_draws_claim_links_in_their_own_style(sample, page):
    write_html(sample, page)
    data = page_data(page)
    claim_links = [e for e in data["edges"] if e["kgProp"] in ("claimant", "about", "disputedBy")]
    assert len(claim_links) == 4
    assert all(e["dashes"] is True for e in claim_links)
    assert not any(e.get("dashes") for e in data["edges"] if e not in claim_links)
    assert {p["name"]: p["claimLink"] for p in data["properties"]}["about"] is True


def test_html_skips_relations_to_untyped_nodes(sample, page, caplog):
    sample.add((ID["elon-musk"], KG.owns, ID["not-an-entity"]))
    summary = write_html(sample, page)
    assert summary.edges_drawn == len(expected_drawing(sample)[1])
    assert "1 relation triples skipped" in caplog.text


def test_html_empty_graph_gives_an_empty_page(page):
    assert write_html(Graph(), page) == HtmlSummary(0, 0, 0)
    assert page_data(page)["nodes"] == []


# --- offline and escaping -------------------------------------------------------


def test_html_page_references_no_external_resource(sample, page):
    write_html(sample, page)
    parsed = tags(page)
    for tag, attrs in parsed.tags:
        assert not {"src", "href", "srcset", "data", "action"} & set(attrs), (tag, attrs)
        assert tag not in ("link", "iframe", "img", "object", "embed", "base"), tag
    styles = "".join(parsed.styles)
    assert "@import" not in styles
    assert set(re.findall(r"url\(\s*['\"]?(\w+):", styles)) <= {"data"}
    csp = next(a["content"] for t, a in parsed.tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    scripts = csp.split("script-src", 1)[1].split(";", 1)[0].split()
    assert len(scripts) == 2 and all(s.startswith("'sha256-") for s in scripts)


def test_html_does_not_write_a_lib_folder_or_anything_else(sample, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "site"
    out.mkdir()
    (out / "graph.html").write_text("old")
    write_html(sample, out / "graph.html")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["graph.html", "site"]
    assert (out / "graph.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_html_escapes_markup_from_articles(sample, page):
    ent = add_xss_entity(sample)
    write_html(sample, page)
    text = page.read_text(encoding="utf-8")
    for raw in (XSS_LABEL, XSS_ALT, XSS_TITLE, "<b onmouseover"):
        assert raw not in text
    assert "\u2028" not in text.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert [t for t, _ in tags(page).tags].count("script") == 3  # data, vis-network, page
    data = page_data(page)
    node = next(n for n in data["nodes"] if n["id"] == str(ent))
    assert node["label"] == XSS_LABEL and node["tip"]["alt"] == [XSS_ALT]
    assert XSS_TITLE in [a["title"] for a in data["articles"]]
    edge = next(e for e in data["edges"] if e["from"] == str(ent))
    assert edge["tip"]["evidence"][0][0] == XSS_EVIDENCE


def test_html_output_is_byte_identical_for_the_same_graph(sample, tmp_path):
    shuffled = Graph()
    triples = sorted(sample)
    random.Random(3).shuffle(triples)
    for triple in triples:
        shuffled.add(triple)
    write_html(sample, tmp_path / "a.html", max_nodes=6)
    write_html(shuffled, tmp_path / "b.html", max_nodes=6)
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


# --- focus and max-nodes --------------------------------------------------------


@pytest.mark.parametrize("focus", ["Elon Musk", "elon musk", "Musks", str(ID["elon-musk"])])
@pytest.mark.parametrize("hops", [0, 1, 2, 3])
def test_html_focus_draws_the_neighbourhood(sample, page, focus, hops):
    nodes, edges = expected_drawing(sample)
    links = nx.Graph([(s, o) for s, _, o in edges])
    near = set(nx.single_source_shortest_path_length(links, str(ID["elon-musk"]), cutoff=hops))
    summary = write_html(sample, page, focus=focus, hops=hops)
    data = page_data(page)
    assert {n["id"] for n in data["nodes"]} == near
    assert {(e["from"], e["kgProp"], e["to"]) for e in data["edges"]} == {
        e for e in edges if e[0] in near and e[2] in near}
    assert data["focus"] == str(ID["elon-musk"])
    assert summary.nodes_left_out == len(nodes) - len(near)
    assert data["notes"][0] == f"Showing the {hops}-hop neighbourhood of Elon Musk ({len(near)} nodes)."


def test_html_focus_on_a_shared_label_says_how_to_pick_another(page, caplog):
    graph = Graph()
    for slug, person in (("innenministerium-wien", "mikl-leitner"), ("innenministerium-berlin", "de-maiziere")):
        graph.add((ID[slug], RDF.type, KG.Organization))
        graph.add((ID[slug], RDFS.label, Literal("Innenministerium")))
        graph.add((ID[person], RDF.type, KG.Person))
        graph.add((ID[person], RDFS.label, Literal(person)))
        graph.add((ID[person], KG.leads, ID[slug]))
    graph.add((ID["de-maiziere"], KG.criticized, ID["mikl-leitner"]))
    write_html(graph, page, focus="Innenministerium", hops=1)
    assert page_data(page)["focus"] == str(ID["innenministerium-berlin"])  # the best-connected (a tie: by IRI)
    assert str(ID["innenministerium-wien"]) in caplog.text
    write_html(graph, page, focus=str(ID["innenministerium-wien"]), hops=0)
    assert page_data(page)["focus"] == str(ID["innenministerium-wien"])


def test_html_unknown_focus_suggests_a_label(sample, page):
    with pytest.raises(DrawError, match=r"KG901.*Did you mean: Elon Musk\?"):
        write_html(sample, page, focus="Elon Muks")
    assert not page.exists()


@pytest.mark.parametrize("max_nodes", [1, 3, 5, 8, 20])
def test_html_max_nodes_keeps_the_best_connected(sample, page, max_nodes):
    nodes, edges = expected_drawing(sample)
    links = nx.Graph([(s, o) for s, _, o in edges])
    degree = dict(links.degree())
    summary = write_html(sample, page, max_nodes=max_nodes)
    data = page_data(page)
    drawn = {n["id"] for n in data["nodes"]}
    assert len(drawn) == min(max_nodes, len(nodes))
    assert min((degree[i] for i in drawn), default=0) >= max(
        (degree[i] for i in nodes - drawn), default=0)
    assert summary.nodes_left_out == len(data["leftOut"]) == len(nodes) - len(drawn)
    if summary.nodes_left_out:
        assert data["notes"] == [
            f"Showing the {len(drawn)} best-connected of {len(nodes)} nodes.",
            f"{len(nodes) - len(drawn)} of {len(nodes)} nodes left out (listed below).",
        ]
    else:
        assert data["notes"] == []
    assert all(e["from"] in drawn and e["to"] in drawn for e in data["edges"])


@pytest.mark.parametrize("options", [{"hops": -1}, {"hops": True}, {"hops": 1.5},
                                     {"max_nodes": 0}, {"max_nodes": "5"}])
def test_html_rejects_bad_options(sample, page, options):
    with pytest.raises(DrawError, match="KG901"):
        write_html(sample, page, **options)


# --- files ----------------------------------------------------------------------


def test_html_read_graph_explains_bad_input(tmp_path):
    with pytest.raises(GraphLoadError, match=r"KG401.*not found"):
        read_graph(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is <not turtle", encoding="utf-8")
    with pytest.raises(GraphLoadError, match=r"KG401: cannot parse .*bad\.ttl") as err:
        read_graph(bad)
    assert "\n" not in str(err.value)


def test_html_missing_output_folder_is_an_output_error(sample, tmp_path):
    with pytest.raises(OutputError, match="KG301"):
        write_html(sample, tmp_path / "nope" / "graph.html")
    assert list(tmp_path.iterdir()) == []


# --- size -----------------------------------------------------------------------


def test_html_2000_nodes_are_written_quickly_with_bounded_physics(tmp_path):
    graph = synthetic_graph(2000)
    started = time.perf_counter()
    summary = write_html(graph, tmp_path / "big.html")
    seconds = time.perf_counter() - started
    assert summary.nodes_drawn == 2000 and summary.edges_drawn == 3996
    assert seconds < 20, f"write_html took {seconds:.1f}s for 2,000 nodes"
    options = page_data(tmp_path / "big.html")["options"]
    stabilization = options["physics"]["stabilization"]
    assert stabilization["iterations"] * 2000 <= 60_000 + 2000
    assert options["layout"]["improvedLayout"] is False
    assert options["edges"]["smooth"]["enabled"] is False


# --- command line ---------------------------------------------------------------


def test_html_cli_writes_the_page_and_reports(tmp_path):
    out = tmp_path / "g.html"
    result = CliRunner().invoke(main, ["html", str(SAMPLE), "-o", str(out), "--focus", "Elon Musk",
                                       "--hops", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {out}: 3 nodes, 2 edges drawn, 5 nodes left out"
    assert out.is_file()


def test_html_cli_turns_errors_into_one_line(tmp_path):
    result = CliRunner().invoke(main, ["html", str(SAMPLE), "-o", str(tmp_path / "g.html"),
                                       "--focus", "Nobody Known"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: KG901: no entity is labelled 'Nobody Known'")
