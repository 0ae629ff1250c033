"""Draw a graph that ``kg`` wrote as one self-contained, offline HTML page.

The page is a vis-network view built with pyvis, but wrapped: pyvis 0.3.2 loads
vis-network and bootstrap from CDNs (a blank page offline) and copies a ``lib/``
folder into the working directory. Here pyvis only holds the nodes, edges and
options, and supplies the vis-network files it ships; the page itself comes from
``kg/data/html/`` with those files inlined, so it references nothing outside
itself and opens from disk with the network off.

Every string read from articles (labels, evidence, titles) travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped,
and the page's script turns it into DOM text nodes, never markup: a label such
as ``<img src=x onerror=alert(1)>`` is shown, not run.

>>> from pathlib import Path
>>> import tempfile
>>> from kg.formats import read_graph
>>> graph = read_graph(Path("tests/data/sample.ttl"))
>>> with tempfile.TemporaryDirectory() as tmp:
...     summary = write_html(graph, Path(tmp) / "graph.html", max_nodes=4)
>>> summary
HtmlSummary(nodes_drawn=4, edges_drawn=4, nodes_left_out=4)
"""
from __future__ import annotations

import base64
import difflib
import hashlib
import json
import logging
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from string import Template

import networkx as nx
import pyvis
import rdflib
from pyvis.network import Network
from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.errors import DrawError, OutputError
from kg.vocab import ENTITY_CLASSES, KG, RELATIONS, SCHEMA

log = logging.getLogger(__name__)

#: vis-network as shipped inside the pinned pyvis package (see pyproject.toml).
_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

#: Look of each node kind: vis shape and a colour from the Okabe-Ito palette,
#: which stays distinguishable for colour-blind readers.
_STYLE = {
    "Person": ("dot", "#0072B2"),
    "Organization": ("square", "#E69F00"),
    "Place": ("triangle", "#009E73"),
    "Project": ("diamond", "#CC79A7"),
    "Product": ("star", "#D55E00"),
    "Claim": ("box", "#F0E442"),
}

#: Edges from a claim node to the entities it links; named after the graph's
#: properties, so the property filter speaks the contract's vocabulary.
_CLAIM_LINKS = ("claimant", "about", "disputedBy")

#: Above this many nodes vis-network's "improved layout" (Kamada-Kawai seeding)
#: costs more than it helps and curved edges slow every frame.
_LARGE_GRAPH = 150

#: Physics runs only to settle the layout, then stops; iterations x nodes stays
#: about constant, so settling takes seconds whatever the size (2,000 nodes:
#: 30 iterations). All iterations run in one batch: vis-network's batches of
#: ``updateInterval`` steps cost far more between them than the steps do.
_STABILIZATION_WORK = 60_000
_STABILIZATION_MIN, _STABILIZATION_MAX = 30, 400

#: Fixed seed of vis-network's initial placement: same page, same picture.
_LAYOUT_SEED = 7

_CLAIM_LABEL_CHARS = 40


@dataclass(frozen=True)
class HtmlSummary:
    """What one ``write_html`` call drew, for the CLI's one-line report."""

    nodes_drawn: int
    edges_drawn: int
    nodes_left_out: int


@dataclass
class _Node:
    """An entity or claim, with everything its tooltip shows."""

    iri: str
    kind: str
    label: str
    alt_labels: list[str] = field(default_factory=list)
    attributes: list[list[str]] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    claim: dict | None = None


@dataclass(frozen=True)
class _Edge:
    source: str
    prop: str
    target: str

    @property
    def key(self) -> str:
        """A stable edge id: IRIs never contain spaces."""
        return f"{self.source} {self.prop} {self.target}"


@dataclass
class _View:
    """The drawable part of a graph: entities, claims, their links, and the
    provenance that tooltips show (articles are referenced by index)."""

    nodes: dict[str, _Node]
    edges: list[_Edge]
    evidence: dict[tuple[str, str, str], list[list]]  # [sentence, article index or -1]
    articles: list[dict]


def write_html(
    graph: rdflib.Graph,
    path: Path,
    *,
    focus: str | None = None,
    hops: int = 2,
    max_nodes: int | None = None,
) -> HtmlSummary:
    """Write ``graph`` as an interactive page to ``path`` (atomically).

    ``focus`` (a label, alternative name or IRI) draws only the entities within
    ``hops`` links of that entity; ``max_nodes`` keeps the best-connected nodes
    (nearest to the focus first) and the page lists what it left out.

    >>> import tempfile
    >>> from kg.formats import read_graph
    >>> graph = read_graph(Path("tests/data/sample.ttl"))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_html(graph, Path(tmp) / "g.html", focus="Musk", hops=1)
    HtmlSummary(nodes_drawn=3, edges_drawn=2, nodes_left_out=5)
    """
    if isinstance(hops, bool) or not isinstance(hops, int) or hops < 0:
        raise DrawError(f"hops must be a whole number >= 0, got {hops!r}; pass e.g. --hops 2")
    if max_nodes is not None and (
        isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1
    ):
        raise DrawError(
            f"max_nodes must be a whole number >= 1, got {max_nodes!r}; pass e.g. --max-nodes 500"
        )
    view = _read_view(graph)
    links = _link_graph(view)
    centrality = nx.degree_centrality(links) if len(links) > 1 else dict.fromkeys(links, 0.0)

    focus_iri = _find_focus(view, links, focus) if focus is not None else None
    candidates, keep = _select(view, links, focus_iri, hops, max_nodes)
    left_out = sorted(
        (view.nodes[iri] for iri in view.nodes if iri not in keep),
        key=lambda n: (n.label.casefold(), n.iri),
    )
    edges = [e for e in view.edges if e.source in keep and e.target in keep]
    if left_out:
        log.info("%d of %d nodes left out of the drawing", len(left_out), len(view.nodes))

    network = _build_network(view, keep, edges, centrality, focus_iri)
    notes = _notes(view, focus_iri, hops, candidates, len(keep), left_out)
    data = _page_data(view, network, keep, edges, left_out, focus_iri, notes)
    _write_atomically(Path(path), _render(data))
    return HtmlSummary(len(keep), len(edges), len(left_out))


# --- reading the graph -------------------------------------------------------


def _first(graph: rdflib.Graph, node, prop) -> str | None:
    """One value even where the graph holds several: the least, so the page
    never depends on rdflib's iteration order."""
    return min((str(v) for v in graph.objects(node, prop)), default=None)


def _local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _read_view(graph: rdflib.Graph) -> _View:
    article_index: dict[URIRef, int] = {}
    articles: list[dict] = []
    for art in sorted(graph.subjects(RDF.type, KG.Article)):
        article_index[art] = len(articles)
        articles.append({
            "id": _first(graph, art, DCTERMS.identifier) or _local_name(str(art)),
            "title": _first(graph, art, DCTERMS.title) or "",
            "publisher": _first(graph, art, DCTERMS.publisher) or "",
        })

    nodes: dict[str, _Node] = {}
    for kind in ENTITY_CLASSES:
        for ent in graph.subjects(RDF.type, KG[kind]):
            if not isinstance(ent, URIRef) or str(ent) in nodes:
                continue  # first class in ENTITY_CLASSES order wins
            nodes[str(ent)] = _Node(
                iri=str(ent),
                kind=kind,
                label=_first(graph, ent, RDFS.label) or _local_name(str(ent)),
                alt_labels=sorted({str(v) for v in graph.objects(ent, SKOS.altLabel)}),
                attributes=_attributes(graph, ent),
                articles=sorted(
                    article_index[a] for a in graph.subjects(SCHEMA.mentions, ent)
                    if a in article_index
                ),
            )

    edges: set[_Edge] = set()
    skipped = 0
    for prop in RELATIONS:
        for s, o in graph.subject_objects(KG[prop]):
            if str(s) in nodes and str(o) in nodes:
                edges.add(_Edge(str(s), prop, str(o)))
            else:
                skipped += 1
    if skipped:
        log.warning("%d relation triples skipped: an end is not a typed entity", skipped)

    for claim in graph.subjects(RDF.type, KG.Claim):
        iri = str(claim)
        text = sorted(str(v) for v in graph.objects(claim, KG.claimText))
        full = " ".join(text)
        short = full if len(full) <= _CLAIM_LABEL_CHARS else full[: _CLAIM_LABEL_CHARS - 1] + "…"
        parts = {}
        for prop in _CLAIM_LINKS:
            ends = sorted(str(v) for v in graph.objects(claim, KG[prop]) if str(v) in nodes)
            parts[prop] = [nodes[e].label for e in ends]
            edges.update(_Edge(iri, prop, end) for end in ends)
        nodes[iri] = _Node(
            iri=iri,
            kind="Claim",
            label=f"„{short}“" if short else _local_name(iri),
            articles=sorted(
                article_index[a] for a in graph.objects(claim, PROV.wasDerivedFrom)
                if a in article_index
            ),
            claim={
                "text": full,
                "claimant": parts["claimant"],
                "about": parts["about"],
                "disputedBy": parts["disputedBy"],
                "evidence": sorted(str(v) for v in graph.objects(claim, KG.evidence)),
            },
        )

    evidence: dict[tuple[str, str, str], set[tuple[str, int]]] = defaultdict(set)
    relation_iris = {KG[p]: p for p in RELATIONS}
    for stmt in graph.subjects(RDF.predicate, None):
        prop = relation_iris.get(graph.value(stmt, RDF.predicate))
        if prop is None:
            continue
        key = (str(graph.value(stmt, RDF.subject)), prop, str(graph.value(stmt, RDF.object)))
        sources = sorted(article_index[a] for a in graph.objects(stmt, PROV.wasDerivedFrom)
                         if a in article_index) or [-1]
        sentences = sorted(str(v) for v in graph.objects(stmt, KG.evidence)) or [""]
        evidence[key].update((s, a) for s in sentences for a in sources)

    return _View(nodes, sorted(edges, key=lambda e: e.key),
                 {key: [list(item) for item in sorted(items)] for key, items in evidence.items()},
                 articles)


def _format_number(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,}"


def _attributes(graph: rdflib.Graph, ent) -> list[list[str]]:
    """Investment, jobs and founding year as [name, shown value] pairs."""
    found = []
    for amount in graph.objects(ent, KG.investment):
        value = graph.value(amount, SCHEMA.value)
        if value is None:
            found.append(["investment", str(amount)])
            continue
        currency = str(graph.value(amount, SCHEMA.currency) or "")
        try:
            shown = _format_number(Decimal(str(value)))
        except InvalidOperation:
            shown = str(value)
        found.append(["investment", f"{shown} {currency}".strip()])
    for jobs in graph.objects(ent, KG.jobs):
        try:
            found.append(["jobs", _format_number(Decimal(str(jobs)))])
        except InvalidOperation:
            found.append(["jobs", str(jobs)])
    for date in graph.objects(ent, KG.foundingDate):
        found.append(["founded", str(date)])
    return sorted(found)


# --- choosing what to draw ---------------------------------------------------


def _link_graph(view: _View) -> nx.Graph:
    """Undirected links between drawable nodes: what "connected" means for
    centrality, neighbourhoods and --max-nodes."""
    links = nx.Graph()
    links.add_nodes_from(sorted(view.nodes))
    links.add_edges_from((e.source, e.target) for e in view.edges if e.source != e.target)
    return links


def _find_focus(view: _View, links: nx.Graph, focus: str) -> str:
    """The entity a --focus value names: IRI, label or alternative name
    (case-insensitive); among equals the best-connected wins."""
    if focus in view.nodes:
        return focus
    wanted = focus.strip().casefold()
    for names in (lambda n: [n.label], lambda n: n.alt_labels):
        hits = [n.iri for n in view.nodes.values()
                if n.kind != "Claim" and any(x.casefold() == wanted for x in names(n))]
        if hits:
            best = min(hits, key=lambda iri: (-links.degree(iri), iri))
            if len(hits) > 1:
                # a bare "Innenministerium" is one node per article: say how to pick another
                log.warning("%d entities are named %r; drawing the best-connected, %s. Pass another's IRI "
                            "to --focus to draw it: %s", len(hits), focus, best,
                            ", ".join(sorted(set(hits) - {best})))
            return best
    labels = sorted({n.label for n in view.nodes.values() if n.kind != "Claim"})
    close = difflib.get_close_matches(focus, labels, n=3, cutoff=0.6)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise DrawError(
        f"no entity is labelled {focus!r}.{hint} Pass --focus with an entity's label "
        "or one of its other names (see rdfs:label / skos:altLabel in the graph)."
    )


def _select(view: _View, links: nx.Graph, focus_iri: str | None, hops: int,
            max_nodes: int | None) -> tuple[int, set[str]]:
    """How many nodes the focus allows, and the ones kept of those."""
    if focus_iri is None:
        distance = dict.fromkeys(view.nodes, 0)
    else:
        distance = nx.single_source_shortest_path_length(links, focus_iri, cutoff=hops)
    if max_nodes is None or len(distance) <= max_nodes:
        return len(distance), set(distance)
    ranked = sorted(
        distance,
        key=lambda iri: (distance[iri], -links.degree(iri), view.nodes[iri].label.casefold(), iri),
    )
    return len(distance), set(ranked[:max_nodes])


# --- building the page -------------------------------------------------------


def _build_network(view: _View, keep: set[str], edges: list[_Edge],
                   centrality: dict[str, float], focus_iri: str | None) -> Network:
    """The pyvis model of the drawing. Only its data and options are used; its
    own HTML writer is what this module replaces."""
    net = Network(directed=True)
    order = {kind: i for i, kind in enumerate((*ENTITY_CLASSES, "Claim"))}
    for node in sorted((view.nodes[i] for i in keep),
                       key=lambda n: (order[n.kind], n.label.casefold(), n.iri)):
        shape, color = _STYLE[node.kind]
        options = {
            "kgClass": node.kind,
            "value": round(centrality.get(node.iri, 0.0), 6),
        }
        if node.kind == "Claim":
            options["font"] = {"size": 12, "face": "sans-serif", "color": "#222222",
                               "strokeWidth": 0}
            options["color"] = {"background": color, "border": "#8a7d00"}
        if node.iri == focus_iri:
            options["borderWidth"] = 4
        net.add_node(node.iri, label=node.label, shape=shape, color=options.pop("color", color),
                     **options)

    pair_count: dict[frozenset, int] = defaultdict(int)
    for edge in edges:
        pair = frozenset((edge.source, edge.target))
        nth = pair_count[pair]
        pair_count[pair] += 1
        options = {"id": edge.key, "kgProp": edge.prop, "label": edge.prop}
        if nth:  # several edges between one pair: fan them out so labels stay readable
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 + 0.2 * nth}
        if edge.prop in _CLAIM_LINKS:
            options.update(dashes=True, color={"color": "#9a9a9a"}, width=1)
        net.add_edge(edge.source, edge.target, **options)

    large = len(keep) > _LARGE_GRAPH
    iterations = max(_STABILIZATION_MIN,
                     min(_STABILIZATION_MAX, _STABILIZATION_WORK // max(len(keep), 1)))
    net.options = {
        "autoResize": True,
        "layout": {"randomSeed": _LAYOUT_SEED, "improvedLayout": not large},
        "nodes": {
            # labels of large graphs appear once zoomed in enough to read them
            "scaling": {"min": 10, "max": 40,
                        "label": {"enabled": False, "drawThreshold": 9 if large else 5}},
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"color": "#7a8a99", "highlight": "#c0392b", "hover": "#c0392b"},
            "font": {"size": 11, "face": "sans-serif", "align": "middle", "color": "#444444",
                     "strokeWidth": 3, "strokeColor": "#ffffff"},
            "smooth": {"enabled": not large, "type": "continuous", "roundness": 0.3},
            "scaling": {"label": {"drawThreshold": 12 if large else 5}},
            "width": 1.5,
        },
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140,
                          "springConstant": 0.03, "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": iterations,
                              "updateInterval": iterations, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False,
                        "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }
    return net


def _node_tip(node: _Node) -> dict:
    tip = {"kind": node.kind, "label": node.label, "alt": node.alt_labels,
           "attrs": node.attributes, "articles": node.articles}
    if node.claim is not None:
        tip["claim"] = node.claim
    return tip


def _notes(view: _View, focus_iri: str | None, hops: int, candidates: int, kept: int,
           left_out: list[_Node]) -> list[str]:
    """What the page says about a partial drawing, so no reader mistakes it
    for the whole graph."""
    notes = []
    if focus_iri is not None:
        notes.append(f"Showing the {hops}-hop neighbourhood of {view.nodes[focus_iri].label}"
                     f" ({candidates} nodes).")
    if kept < candidates:
        nearest = " (nearest first)" if focus_iri is not None else ""
        notes.append(f"Showing the {kept} best-connected{nearest} of {candidates} nodes.")
    if left_out:
        notes.append(f"{len(left_out)} of {len(view.nodes)} nodes left out (listed below).")
    return notes


def _page_data(view: _View, net: Network, keep: set[str], edges: list[_Edge],
               left_out: list[_Node], focus_iri: str | None, notes: list[str]) -> dict:
    nodes, net_edges, _heading, _height, _width, options = net.get_network_data()
    for node in nodes:
        node["tip"] = _node_tip(view.nodes[node["id"]])
    for edge in net_edges:
        key = (edge["from"], edge["kgProp"], edge["to"])
        edge["tip"] = {
            "prop": edge["kgProp"],
            "from": view.nodes[edge["from"]].label,
            "to": view.nodes[edge["to"]].label,
            "evidence": view.evidence.get(key, []),
            "claimLink": edge["kgProp"] in _CLAIM_LINKS,
        }

    kinds = sorted({n.kind for n in view.nodes.values()},
                   key=(*ENTITY_CLASSES, "Claim").index)
    props = sorted({e.prop for e in view.edges},
                   key=lambda p: (p in _CLAIM_LINKS, p))
    drawn_kinds = defaultdict(int)
    for iri in keep:
        drawn_kinds[view.nodes[iri].kind] += 1
    drawn_props = defaultdict(int)
    for edge in edges:
        drawn_props[edge.prop] += 1
    return {
        "nodes": nodes,
        "edges": net_edges,
        "options": json.loads(options),
        "articles": view.articles,
        "classes": [{"name": k, "shape": _STYLE[k][0], "color": _STYLE[k][1],
                     "count": drawn_kinds[k]} for k in kinds],
        "properties": [{"name": p, "claimLink": p in _CLAIM_LINKS, "count": drawn_props[p]}
                       for p in props],
        "focus": focus_iri,
        "notes": notes,
        "leftOut": [n.label for n in left_out],
        "totals": {"nodes": len(view.nodes), "edges": len(view.edges)},
    }


def _script_json(data: dict) -> str:
    """JSON that is inert inside a <script> block, whatever the strings hold."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _asset(name: str) -> str:
    return resources.files("kg").joinpath("data", "html", name).read_text(encoding="utf-8")


def _inline(text: str, tag: str, origin: str) -> str:
    """Guard against a bundled file closing its own inline block early."""
    if f"</{tag}" in text.lower():
        raise OutputError(f"{origin} contains '</{tag}' and cannot be inlined; "
                          "reinstall the pinned pyvis==0.3.2")
    return text


def _csp_hash(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def _render(data: dict) -> str:
    """The page. Its Content-Security-Policy allows exactly its two scripts (by
    hash), so even markup that slipped into the page could run no handler."""
    vis_js = _inline((_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
                     "script", "vis-network.min.js")
    page_js = _inline(_asset("page.js"), "script", "page.js")
    vis_css = (_VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    return Template(_asset("page.html")).substitute(
        script_hashes=f"{_csp_hash(vis_js)} {_csp_hash(page_js)}",
        vis_css=_inline(vis_css, "style", "vis-network.css"),
        page_css=_inline(_asset("page.css"), "style", "page.css"),
        vis_js=vis_js,
        page_js=page_js,
        data=_script_json(data),
    )


def _write_atomically(path: Path, text: str) -> None:
    """Temporary file next to the target, then ``os.replace``: a reader never
    sees half a page, and nothing is written anywhere else."""
    if not path.parent.is_dir():
        raise OutputError(f"directory {path.parent} does not exist; create it or pass "
                          "another -o path")
    tmp = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="\n", dir=path.parent,
                                         prefix=f".{path.name}.", suffix=".tmp",
                                         delete=False) as handle:
            tmp = handle.name
            handle.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as err:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise OutputError(f"cannot write {path} ({err.strerror}); check the path and "
                          "its permissions") from err
    log.info("wrote %s (%d bytes)", path, len(text.encode("utf-8")))
