"""Graph files: read any RDF file; write one graph as Turtle, N-Triples, TriG, JSON-LD and GraphML.

``read_graph`` is the one place a graph file is parsed (``kg evaluate``,
``kg html``); ``kg query`` and ``kg serve`` load into pyoxigraph instead.

Every file is written atomically (a temporary file in the same directory,
then ``os.replace``) and deterministically: the same graph gives the same
bytes on every run, whatever order its triples were added in.

- ``ttl``: Turtle with the prefixes of ``kg.query.PREFIXES``; rdflib's
  serializer orders subjects, predicates and objects by sorting.
- ``nt``: N-Triples, one line per triple, lines sorted.
- ``trig``: TriG with one named graph per ``kg:Article``, named by the
  article's IRI. It holds what that article states: each ``rdf:Statement``
  derived from it with the plain triple it describes (and the
  ``schema:MonetaryAmount`` node of an investment), and each ``kg:Claim``
  derived from it. Everything else (entities with types and labels, the
  articles themselves, attributes no statement backs) is in the default
  graph. A fact that two articles state is in both their graphs, so the
  union of all graphs is exactly the Turtle graph.
- ``jsonld``: JSON-LD compacted with the same prefixes, nodes sorted by ``@id``.
- ``graphml``: the entity-relation graph for Gephi and Cytoscape, written by
  networkx: nodes are entities (``label``, ``class``), edges are relations
  (``property``, ``evidence`` = how many statements back it, ``weight`` =
  the same number, for tools that size edges by weight).
"""
from __future__ import annotations

import io
import json
import logging
import os
import xml.sax
from collections import Counter
from pathlib import Path
from typing import Callable, Sequence

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.exceptions import ParserError
from rdflib.namespace import PROV
from rdflib.plugin import PluginException
from rdflib.util import guess_format

from kg.errors import GraphLoadError, OutputError
from kg.query import PREFIXES
from kg.vocab import ENTITY_CLASSES, KG, KG_NS, RELATIONS, SCHEMA

log = logging.getLogger(__name__)


def read_graph(path: str | Path) -> Graph:
    """Parse a graph file, in the format its suffix says (Turtle if unknown).

    A missing or malformed file fails with one ``GraphLoadError`` line, never
    a parser traceback.

    >>> len(read_graph(Path("tests/data/sample.ttl"))) > 50
    True
    """
    path = Path(path)
    if not path.is_file():
        raise GraphLoadError(
            f"graph file {path} not found; pass the Turtle file `kg build` wrote, e.g. out/graph.ttl"
        )
    graph = Graph()
    try:
        graph.parse(path, format=guess_format(str(path)) or "turtle")
    except (SyntaxError, ValueError, ParserError, PluginException, xml.sax.SAXException, UnicodeDecodeError) as err:
        detail = " ".join(str(err).split())[:200]
        raise GraphLoadError(
            f"cannot parse {path} as RDF ({err.__class__.__name__}: {detail}); "
            "pass an RDF file (.ttl, .nt, .trig, .jsonld) such as the one `kg build` wrote"
        ) from err
    return graph


def to_turtle(graph: Graph) -> bytes:
    """Canonical Turtle: the contract prefixes, everything sorted.

    >>> from rdflib import Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://w3id.org/kg/id/japan"), RDFS.label, Literal("Japan")))
    >>> print(to_turtle(g).decode())
    @prefix id: <https://w3id.org/kg/id/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <BLANKLINE>
    id:japan rdfs:label "Japan" .
    <BLANKLINE>
    <BLANKLINE>
    """
    return _with_prefixes(graph).serialize(format="turtle", encoding="utf-8")


def to_ntriples(graph: Graph) -> bytes:
    """N-Triples with the lines sorted.

    >>> from rdflib import Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://w3id.org/kg/id/b"), RDFS.label, Literal("B")))
    >>> _ = g.add((URIRef("https://w3id.org/kg/id/a"), RDFS.label, Literal("A")))
    >>> print(to_ntriples(g).decode(), end="")
    <https://w3id.org/kg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .
    <https://w3id.org/kg/id/b> <http://www.w3.org/2000/01/rdf-schema#label> "B" .
    """
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "".join(f"{line}\n" for line in sorted(set(lines)) if line.strip()).encode("utf-8")


def split_by_article(graph: Graph) -> tuple[Graph, dict[URIRef, Graph]]:
    """The default graph and one graph per article, as TriG writes them.

    >>> g = Graph().parse("tests/data/sample.ttl")
    >>> default, named = split_by_article(g)
    >>> [str(a) for a in named], len(default) + len(named[next(iter(named))]) == len(g)
    (['https://w3id.org/kg/id/article-a1'], True)
    """
    named: dict[URIRef, Graph] = {
        article: Graph() for article in sorted(graph.subjects(RDF.type, KG.Article))
    }
    placed: set = set()
    for node, article in graph.subject_objects(PROV.wasDerivedFrom):
        if article not in named:
            continue
        triples = set(graph.triples((node, None, None)))
        if (node, RDF.type, RDF.Statement) in graph:
            fact = (graph.value(node, RDF.subject), graph.value(node, RDF.predicate), graph.value(node, RDF.object))
            if fact in graph:
                triples.add(fact)
            if (fact[2], RDF.type, SCHEMA.MonetaryAmount) in graph:
                triples |= set(graph.triples((fact[2], None, None)))
        elif (node, RDF.type, KG.Claim) not in graph:
            continue
        for triple in triples:
            named[article].add(triple)
        placed |= triples
    default = Graph()
    for triple in graph:
        if triple not in placed:
            default.add(triple)
    return default, named


def to_trig(graph: Graph) -> bytes:
    """TriG: the default graph, then one named graph per article (see module doc).

    Each graph's body is the canonical Turtle of that part, so TriG is as
    deterministic as Turtle. Bodies are not indented: indenting would change
    multi-line literals.
    """
    default, named = split_by_article(graph)
    header = [line for line in _turtle_lines(graph) if line.startswith("@prefix")]
    parts = ["\n".join(header), _body(default)]
    nm = _with_prefixes(Graph()).namespace_manager
    for article, part in named.items():
        parts.append(f"{article.n3(nm)} {{\n{_body(part)}\n}}")
    return ("\n\n".join(p for p in parts if p) + "\n").encode("utf-8")


def to_jsonld(graph: Graph) -> bytes:
    """JSON-LD compacted with the contract prefixes; nodes and values sorted."""
    data = json.loads(_with_prefixes(graph).serialize(format="json-ld", context=PREFIXES, auto_compact=True))
    # rdflib leaves out "@graph" when there is a single node.
    nodes = data.get("@graph", [{k: v for k, v in data.items() if k != "@context"}] if len(data) > 1 else [])
    canonical = {
        "@context": PREFIXES,
        "@graph": sorted((_sorted_values(node) for node in nodes), key=lambda n: n.get("@id", "")),
    }
    return (json.dumps(canonical, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def to_graphml(graph: Graph) -> bytes:
    """The entity-relation graph as GraphML (see module doc).

    >>> import networkx as nx
    >>> g = nx.read_graphml(io.BytesIO(to_graphml(Graph().parse("tests/data/sample.ttl"))))
    >>> g.nodes["https://w3id.org/kg/id/elon-musk"]["label"], g.nodes["https://w3id.org/kg/id/elon-musk"]["class"]
    ('Elon Musk', 'Person')
    >>> [(d["property"], d["evidence"]) for _, _, d in g.out_edges("https://w3id.org/kg/id/elon-musk", data=True)]
    [('founded', 1)]
    """
    import networkx as nx  # imported here: only GraphML output needs it

    classes: dict = {}
    for cls in ENTITY_CLASSES:
        for node in graph.subjects(RDF.type, KG[cls]):
            classes.setdefault(node, cls)
    evidence = Counter(
        (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        for st in graph.subjects(RDF.type, RDF.Statement)
    )
    edges = sorted(
        (s, KG[name], o)
        for name in RELATIONS
        for s, o in graph.subject_objects(KG[name])
        if not isinstance(o, Literal)
    )
    nodes = set(classes) | {s for s, _, _ in edges} | {o for _, _, o in edges}

    out = nx.MultiDiGraph()
    for node in sorted(nodes):
        labels = sorted(str(label) for label in graph.objects(node, RDFS.label))
        out.add_node(str(node), label=labels[0] if labels else str(node), **{"class": classes.get(node, "")})
    for s, p, o in edges:
        name = p[len(KG_NS):]
        count = evidence[(s, p, o)]
        out.add_edge(str(s), str(o), key=name, property=name, evidence=count, weight=count)
    buffer = io.BytesIO()
    nx.write_graphml(out, buffer, encoding="utf-8")
    return buffer.getvalue()


#: Output format name (also the file extension) → serializer.
WRITERS: dict[str, Callable[[Graph], bytes]] = {
    "ttl": to_turtle,
    "nt": to_ntriples,
    "trig": to_trig,
    "jsonld": to_jsonld,
    "graphml": to_graphml,
}
FORMATS = tuple(WRITERS)


def write_graph(graph: Graph, out_dir: Path, formats: Sequence[str], stem: str = "graph") -> list[Path]:
    """Write ``graph`` to ``out_dir/<stem>.<format>`` for each format; return the paths.

    Formats are checked before anything is written; an unknown one raises
    ``OutputError`` listing the valid ones (``FORMATS``).

    >>> import tempfile
    >>> g = Graph().parse("tests/data/sample.ttl")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [p.name for p in write_graph(g, Path(tmp), ["ttl", "graphml"])]
    ['graph.ttl', 'graph.graphml']
    >>> write_graph(g, Path("out"), ["ttl", "rdfxml"])
    Traceback (most recent call last):
    ...
    kg.errors.OutputError: KG301: unknown output format 'rdfxml': choose from ttl, nt, trig, jsonld, graphml (e.g. --format ttl,nt)
    """
    wanted = list(dict.fromkeys(f.strip().lower() for f in formats))
    for fmt in wanted:
        if fmt not in WRITERS:
            raise OutputError(
                f"unknown output format {fmt!r}: choose from {', '.join(FORMATS)} (e.g. --format ttl,nt)"
            )
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        log.warning("the graph has blank nodes: their labels may differ between runs")
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"cannot create {out_dir}: {err.strerror}; choose another output directory") from None
    paths = []
    for fmt in wanted:
        path = out_dir / f"{stem}.{fmt}"
        _write_atomically(path, WRITERS[fmt](graph))
        log.info("wrote %s", path)
        paths.append(path)
    return paths


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OutputError(
            f"cannot write {path}: {err.strerror}; check the directory's permissions and free space"
        ) from None


def _with_prefixes(graph: Graph) -> Graph:
    # A copy with exactly our prefixes, so the output does not depend on what
    # the caller happened to bind.
    out = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns)
    for triple in graph:
        out.add(triple)
    return out


def _turtle_lines(graph: Graph) -> list[str]:
    return to_turtle(graph).decode("utf-8").splitlines()


def _body(graph: Graph) -> str:
    return "\n".join(line for line in _turtle_lines(graph) if not line.startswith("@prefix")).strip("\n")


def _sorted_values(node: dict) -> dict:
    return {
        key: sorted(value, key=lambda v: json.dumps(v, sort_keys=True)) if isinstance(value, list) else value
        for key, value in node.items()
    }
