"""Query stage: load a graph file into Oxigraph and run SPARQL on it.

The engine is `pyoxigraph <https://pyoxigraph.readthedocs.io>`_ (Oxigraph's
Python binding): it parses a million triples in seconds and evaluates SPARQL
1.1 queries in Rust, so ``kg query`` and ``kg serve`` stay fast on big graphs
where rdflib's pure-Python engine would not.

A graph file is read by its extension (``.ttl``, ``.nt``, ``.trig``,
``.jsonld``, ``.nq``). Queries see the union of all graphs as their default
graph, so a TriG file (one named graph per article) answers exactly like the
Turtle file of the same graph, and ``GRAPH ?g { ... }`` still works on it.

>>> store = load_store("tests/data/sample.ttl")
>>> result = run_query(store, "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name")
>>> [row[0].value for row in result.rows]
['Donald Trump', 'Elon Musk', 'Sam Altman']
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphLoadError, QueryError

log = logging.getLogger(__name__)

#: Prefixes every query may use without declaring them, and the ones used to
#: shorten IRIs in tables and in Turtle output. A query's own PREFIX wins.
PREFIXES = {
    "kg": "https://w3id.org/kg/ontology#",
    "id": "https://w3id.org/kg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
}

#: Graph file extensions ``load_store`` reads, and the parser for each.
GRAPH_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
}

#: Output formats of ``format_result``: the first four are for SELECT and ASK
#: results, the last two for CONSTRUCT and DESCRIBE results (graphs).
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_RESULT_FORMATS = ("turtle", "ntriples")

#: Keywords that only occur in SPARQL Update requests, never in queries.
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"}
)

_OX_RESULTS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_OX_GRAPH = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}

# One alternative per SPARQL token class that can hide a bare word: comments,
# the four kinds of string, IRIs, variables, language tags, prefixed names and
# blank node labels. Only the last group, a bare word, is a keyword.
_TOKEN = re.compile(
    r"""
      \#[^\n]*
    | '''(?:[^'\\]|\\.|'(?!''))*'''
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n]|\\.)*'
    | "(?:[^"\\\n]|\\.)*"
    | <[^<>"{}|^`\\\x00-\x20]*>
    | [?$]\w+
    | @[A-Za-z]+(?:-[A-Za-z0-9]+)*
    | (?:[^\W\d][\w.-]*)?:(?:[\w.:%-]|\\.)*
    | ([^\W\d]\w*)
    """,
    re.VERBOSE | re.DOTALL,
)
_XSD_STRING = PREFIXES["xsd"] + "string"
_QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_SYNTAX = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)


@dataclass(frozen=True)
class QueryResult:
    """What a query returned, fully read into memory.

    ``kind`` is ``"select"`` (``variables`` and ``rows`` of pyoxigraph terms,
    ``None`` where a variable is unbound), ``"ask"`` (``boolean``) or
    ``"graph"`` for CONSTRUCT and DESCRIBE (``triples``).
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()


def load_store(path: str | Path, store: ox.Store | None = None) -> ox.Store:
    """Read a graph file into ``store`` (a new in-memory store by default).

    The format comes from the extension (see ``GRAPH_FORMATS``). A missing,
    unreadable or malformed file raises ``GraphLoadError`` naming the file and,
    for syntax errors, the position.

    >>> len(load_store("tests/data/sample.ttl"))
    77
    >>> load_store("missing.ttl")
    Traceback (most recent call last):
    ...
    kg.errors.GraphLoadError: KG401: graph file missing.ttl does not exist; run `kg build` first or check the path
    """
    path = Path(path)
    fmt = GRAPH_FORMATS.get(path.suffix.lower())
    if fmt is None:
        valid = ", ".join(GRAPH_FORMATS)
        raise GraphLoadError(f"cannot tell the format of {path}: use a file ending in one of {valid}")
    if not path.is_file():
        raise GraphLoadError(f"graph file {path} does not exist; run `kg build` first or check the path")
    store = ox.Store() if store is None else store
    try:
        # bulk_load streams the file and skips the transaction log: several
        # times faster than Store.load on large graphs.
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as err:
        raise GraphLoadError(f"{path} is not valid {fmt.name}: {_one_line(str(err))}") from None
    except OSError as err:
        raise GraphLoadError(f"cannot read {path}: {err}") from None
    log.info("loaded %d quads from %s", len(store), path)
    return store


def read_query(arg: str) -> str:
    """The query text of a ``kg query`` argument: itself, or ``@file.rq``'s content.

    >>> read_query("ASK { ?s ?p ?o }")
    'ASK { ?s ?p ?o }'
    >>> read_query("@queries/who_founded_openai.rq").lstrip().startswith("#")
    True
    """
    if not arg.startswith("@"):
        return arg
    path = Path(arg[1:])
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise QueryError(
            f"cannot read query file {path}: {err.strerror}; pass SPARQL text or @path/to/file.rq"
        ) from None


def sparql_keywords(query: str) -> list[str]:
    """The bare words of a SPARQL text, upper-cased: its keywords and function names.

    Words inside strings, IRIs, comments, variables, language tags and
    prefixed names are skipped, so ``?service``, ``ex:load`` or ``"SERVICE"``
    are not keywords. Used to refuse updates and federated queries without
    running them.

    >>> sparql_keywords('SELECT ?load WHERE { ?s ex:service "LOAD" } # SERVICE')
    ['SELECT', 'WHERE']
    >>> sparql_keywords("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }")
    ['PREFIX', 'INSERT', 'DATA']
    """
    return [m.group(1).upper() for m in _keyword_matches(query)]


def _keyword_matches(query: str) -> list[re.Match]:
    return [m for m in _TOKEN.finditer(query) if m.group(1)]


def run_query(store: ox.Store, query: str) -> QueryResult:
    """Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query on ``store``.

    The prefixes of ``PREFIXES`` are predeclared. A syntax error raises
    ``QueryError`` with one line that gives line and column; an update
    (INSERT, DELETE, LOAD, ...) raises ``QueryError`` too: stores are
    read-only here.

    >>> store = load_store("tests/data/sample.ttl")
    >>> run_query(store, "ASK { id:elon-musk kg:founded id:openai }").boolean
    True
    >>> run_query(store, "SELECT ?x WHERE { ?x kg:founded }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: KG501: SPARQL syntax error at line 1, column 33: unexpected input near "}"; fix the query there
    """
    try:
        result = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = tuple(v.value for v in result.variables)
            rows = tuple(tuple(solution) for solution in result)  # values in variable order
            return QueryResult(kind="select", variables=names, rows=rows)
        return QueryResult(kind="graph", triples=tuple(result))
    except SyntaxError as err:
        update = UPDATE_KEYWORDS.intersection(sparql_keywords(query))
        if update:
            raise QueryError(
                f"this is a SPARQL Update ({', '.join(sorted(update))}); the graph is read-only here: "
                "use SELECT, ASK, CONSTRUCT or DESCRIBE"
            ) from None
        form = next((m for m in _keyword_matches(query) if m.group(1).upper() not in ("PREFIX", "BASE")), None)
        if form is not None and form.group(1).upper() not in _QUERY_FORMS:
            line = query.count("\n", 0, form.start()) + 1
            column = form.start() - (query.rfind("\n", 0, form.start()) + 1) + 1
            raise QueryError(
                f"SPARQL syntax error at line {line}, column {column}: a query starts with "
                f"{', '.join(_QUERY_FORMS)} (after PREFIX and BASE), not {form.group(1)}"
            ) from None
        raise QueryError(_syntax_message(str(err), query)) from None
    except OSError as err:
        raise QueryError(f"query failed: {_one_line(str(err))}") from None


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Write a result as text in ``fmt``.

    SELECT and ASK results: ``table`` (aligned columns, IRIs shortened with
    ``PREFIXES``), ``csv``, ``tsv``, ``json`` (SPARQL 1.1 Query Results JSON)
    or ``xml``. CONSTRUCT and DESCRIBE results are graphs: ``turtle`` or
    ``ntriples``, sorted; ``table`` means Turtle for them.

    >>> store = load_store("tests/data/sample.ttl")
    >>> result = run_query(store, "SELECT ?org ?date WHERE { ?org kg:foundingDate ?date }")
    >>> print(format_result(result))
    org       | date
    ----------+-----
    id:openai | 2015
    >>> print(format_result(result, "json"))
    {"head":{"vars":["org","date"]},"results":{"bindings":[{"org":{"type":"uri","value":"https://w3id.org/kg/id/openai"},"date":{"type":"literal","value":"2015","datatype":"http://www.w3.org/2001/XMLSchema#gYear"}}]}}
    >>> print(format_result(run_query(store, "CONSTRUCT WHERE { id:japan ?p ?o }")), end="")  # doctest: +NORMALIZE_WHITESPACE
    @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix kg: <https://w3id.org/kg/ontology#> .
    @prefix id: <https://w3id.org/kg/id/> .
    id:japan a kg:Place ;
        rdfs:label "Japan" .
    """
    if result.kind == "graph":
        fmt = "turtle" if fmt == "table" else fmt
        if fmt not in _OX_GRAPH:
            raise QueryError(
                f"CONSTRUCT and DESCRIBE give graphs, not {fmt}: use one of {', '.join(GRAPH_RESULT_FORMATS)}"
            )
        return _serialize_triples(result.triples, _OX_GRAPH[fmt])
    if fmt == "table":
        return _table(result)
    if fmt not in _OX_RESULTS:
        raise QueryError(
            f"SELECT and ASK give result tables, not {fmt}: use one of {', '.join(RESULT_FORMATS)}"
        )
    data = _results_json(result)
    if fmt == "json":
        return data
    converted = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return converted.serialize(format=_OX_RESULTS[fmt]).decode("utf-8")


def _serialize_triples(triples: tuple[ox.Triple, ...], fmt: ox.RdfFormat) -> str:
    ordered = sorted(set(triples), key=str)
    terms = [term for t in ordered for term in (t.subject, t.predicate, t.object)]
    iris = {term.value for term in terms if isinstance(term, ox.NamedNode)}
    iris |= {
        term.datatype.value for term in terms
        if isinstance(term, ox.Literal) and not term.language and term.datatype.value != _XSD_STRING
    }
    used = {prefix: ns for prefix, ns in PREFIXES.items() if any(iri.startswith(ns) for iri in iris)}
    return ox.serialize(ordered, format=fmt, prefixes=used).decode("utf-8")


def _results_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}, separators=(",", ":"))
    bindings = [
        {name: _term_json(term) for name, term in zip(result.variables, row, strict=True) if term is not None}
        for row in result.rows
    ]
    body = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _term_json(term.subject),
            "predicate": _term_json(term.predicate),
            "object": _term_json(term.object),
        },
    }


def _short(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return " ".join(term.value.split("\n"))
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            local = term.value[len(ns):]
            if term.value.startswith(ns) and re.fullmatch(r"[\w.-]*", local):
                return f"{prefix}:{local}"
    return str(term)


def _table(result: QueryResult) -> str:
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    cells = [list(result.variables)] + [[_short(t) for t in row] for row in result.rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(result.variables))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _syntax_message(error: str, query: str) -> str:
    match = _SYNTAX.match(error)
    if not match:
        return f"SPARQL syntax error: {_one_line(error)}; fix the query"
    line, column, detail = int(match.group(1)), int(match.group(2)), _one_line(match.group(3))
    if detail.startswith("expected one of "):
        # Oxigraph lists every token it would accept, character classes too:
        # short lists help, long ones do not.
        options = detail[len("expected one of "):].split(", ")
        detail = "unexpected input" if len(options) > 6 else detail
    lines = query.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    rest = text[max(column - 1, 0):].strip()[:30]
    where = f'near "{rest}"' if rest else "at the end of the line"
    return f"SPARQL syntax error at line {line}, column {column}: {detail} {where}; fix the query there"
