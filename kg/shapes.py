"""Check a graph against the SHACL shapes of the graph contract.

``ontology/`` at the repository root is the single source of the OWL ontology
(``kg.ttl``) and the SHACL shapes (``shapes.ttl``); packaging must ship that
folder next to the ``kg`` package so both are found from here.

>>> from rdflib import Graph
>>> validate(Graph()).conforms
True
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Graph
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import OntologyError

log = logging.getLogger(__name__)

#: Where the ontology and shapes live (the repository's ``ontology/`` folder).
ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


@dataclass(frozen=True)
class ValidationResult:
    """Whether a graph conforms, and one readable line per violation (sorted)."""

    conforms: bool
    messages: tuple[str, ...]


def _parse(path: Path) -> Graph:
    if not path.is_file():
        raise OntologyError(
            f"{path} is missing. Reinstall kg from a checkout that has the ontology/ folder (pip install -e .)."
        )
    return Graph().parse(path, format="turtle")


def load_ontology() -> Graph:
    """A fresh copy of the OWL ontology ``ontology/kg.ttl``, e.g. to publish with a graph."""
    return _parse(ONTOLOGY_FILE)


@functools.lru_cache(maxsize=1)
def _shapes() -> Graph:
    # Parsed once per process: validate() is called once per built graph and in many tests.
    return _parse(SHAPES_FILE)


def validate(graph: Graph) -> ValidationResult:
    """Validate ``graph`` against ``ontology/shapes.ttl``.

    No inference is run and the ontology is not merged in: the contract says
    what the graph itself must hold (explicit types, labels and provenance),
    so a node has to carry ``kg:Person`` itself rather than have it inferred.
    """
    try:
        import pyshacl
    except ImportError as err:
        raise OntologyError("validating a graph needs pyshacl: pip install 'kg[test]' or pip install pyshacl") from err
    conforms, results, _ = pyshacl.validate(graph, shacl_graph=_shapes(), inference="none")
    messages = tuple(sorted(_describe(results, r, graph) for r in results.subjects(RDF.type, SH.ValidationResult)))
    log.info("SHACL validation: %s, %d violation(s)", "conforms" if conforms else "does not conform", len(messages))
    return ValidationResult(bool(conforms), messages)


def _describe(results: Graph, result: Node, data: Graph) -> str:
    """One line per violation: focus node, path, message and offending value."""

    def short(term: Node | None) -> str:
        return term.n3(data.namespace_manager) if term is not None else ""

    focus = short(results.value(result, SH.focusNode))
    path = short(results.value(result, SH.resultPath))
    value = results.value(result, SH.value)
    message = results.value(result, SH.resultMessage) or short(results.value(result, SH.sourceConstraintComponent))
    line = f"{focus} {path}: {message}" if path else f"{focus}: {message}"
    return f"{line} (value {short(value)})" if value is not None else line
