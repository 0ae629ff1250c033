"""Score a graph against a gold standard, exactly as ``shared/spec/GOLD.md`` says.

The scorer must judge any graph the same way, including graphs written by other
tools, so it matches by meaning rather than by our own IRIs: an entity is found
through its labels (normalised), and classes and properties are compared by
local name, so the namespace is free.

>>> from rdflib import Graph
>>> gold = parse_gold({"entities": {"musk": {"types": ["Person"], "names": ["Elon Musk"], "tier": "core"}}})
>>> g = Graph().parse(data='<urn:m> a <urn:x#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> "Elon Musk" .', format="turtle")
>>> evaluate(g, gold).entities.core_recall
1.0
"""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml
from rdflib import RDF, Graph, Literal
from rdflib.term import Node

from kg.errors import GoldFormatError
from kg.vocab import ATTRIBUTES, ENTITY_CLASSES, RELATIONS, SYMMETRIC_RELATIONS

log = logging.getLogger(__name__)

#: Tiers of a gold entity: core must be a typed node, minor may be, noise must not.
TIERS = ("core", "minor", "noise")
#: Local names of the properties whose values identify a node (GOLD.md, Matching).
LABEL_PROPERTIES = frozenset({"label", "prefLabel", "altLabel", "name"})
#: Relative tolerance for an investment amount.
AMOUNT_TOLERANCE = Decimal("0.01")

_GOLD_KEYS = frozenset({"entities", "facts", "optional_facts", "symmetric", "literals", "claims"})
_ENTITY_KEYS = frozenset({"types", "names", "tier", "wikidata"})
_LITERAL_KEYS = frozenset({"s", "p", "value", "currency"})
_CLAIM_KEYS = frozenset({"claimant", "about_any", "disputedBy"})
# Every quotation mark a German or Swiss article uses, plus the ASCII ones;
# NFKC has already folded the full-width forms onto these.
_QUOTES = re.compile("[\"'`´«»‹›„‚“”‘’‛‟]")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_YEAR = re.compile(r"^(-?\d{4})")

Fact = tuple[str, str, str]


# --- gold -------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEntity:
    """One real-world entity of the gold standard."""

    id: str
    types: tuple[str, ...]
    names: tuple[str, ...]
    tier: str
    wikidata: str | None = None


@dataclass(frozen=True)
class GoldLiteral:
    """An attribute fact; ``value`` is kept as text so no float rounding creeps in."""

    s: str
    p: str
    value: str
    currency: str | None = None


@dataclass(frozen=True)
class GoldClaim:
    """An attributed statement; ``disputed_by`` is None when nobody contradicts it."""

    claimant: str
    about_any: tuple[str, ...]
    disputed_by: str | None = None


@dataclass(frozen=True)
class Gold:
    """A validated gold standard. Build it with :func:`load_gold` or :func:`parse_gold`."""

    entities: tuple[GoldEntity, ...]
    facts: tuple[Fact, ...]
    optional_facts: tuple[Fact, ...] = ()
    symmetric: frozenset[str] = frozenset(SYMMETRIC_RELATIONS)
    literals: tuple[GoldLiteral, ...] = ()
    claims: tuple[GoldClaim, ...] = ()


def load_gold(path: str | Path) -> Gold:
    """Read and validate a gold YAML file.

    Every mistake is a :class:`~kg.errors.GoldFormatError` that names the file
    and the offending entry, because a typo in a gold file would otherwise
    silently change the scores.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise GoldFormatError(f"cannot read gold file {path}: {err}. Pass a readable UTF-8 YAML file.") from err
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise GoldFormatError(f"{path} is not valid YAML: {err}. Fix the syntax at the position shown.") from err
    return parse_gold(data, source=str(path))


def parse_gold(data: Any, *, source: str = "gold") -> Gold:
    """Validate an already parsed gold document (the YAML as Python objects).

    ``source`` names the document in error messages.

    >>> parse_gold({"entities": {}, "facts": [["a", "leads", "b"]]})
    Traceback (most recent call last):
    ...
    kg.errors.GoldFormatError: KG601: gold: facts[0] ['a', 'leads', 'b']: unknown entity id 'a'; declare it under entities:
    """
    return _GoldParser(source).parse(data)


class _GoldParser:
    """Checks one gold document; every error names ``source`` and the entry."""

    def __init__(self, source: str):
        self.source = source
        self.by_id: dict[str, GoldEntity] = {}

    def error(self, message: str) -> GoldFormatError:
        return GoldFormatError(f"{self.source}: {message}")

    def parse(self, data: Any) -> Gold:
        if not isinstance(data, Mapping):
            raise self.error("the gold file must be a YAML mapping with an 'entities' key (see GOLD.md)")
        unknown = sorted(str(k) for k in set(data) - _GOLD_KEYS)
        if unknown:
            raise self.error(f"unknown top-level key(s) {unknown}; allowed: {sorted(_GOLD_KEYS)}")
        if "entities" not in data:
            raise self.error("missing key 'entities'; every gold file lists its entities (see GOLD.md)")
        entities = self.entities(data["entities"])
        self.by_id = {e.id: e for e in entities}
        return Gold(
            entities=entities,
            facts=self.facts(data.get("facts"), "facts"),
            optional_facts=self.facts(data.get("optional_facts"), "optional_facts"),
            symmetric=self.symmetric(data.get("symmetric")),
            literals=self.literals(data.get("literals")),
            claims=self.claims(data.get("claims")),
        )

    def entities(self, raw: Any) -> tuple[GoldEntity, ...]:
        if not isinstance(raw, Mapping):
            raise self.error(f"entities must be a mapping id -> {{types, names, tier}}, got {raw!r}")
        out = []
        for eid, entry in raw.items():
            where = f"entities.{eid}"
            entry = self.mapping(entry, where, _ENTITY_KEYS, ("types", "names", "tier"))
            tier = entry["tier"]
            if tier not in TIERS:
                raise self.error(f"{where}: bad tier {tier!r}; use one of {list(TIERS)}")
            types = self.strings(entry["types"], f"{where}.types")
            for t in types:
                if t not in ENTITY_CLASSES:
                    raise self.error(f"{where}: unknown type {t!r}; use one of {list(ENTITY_CLASSES)}")
            if tier != "noise" and not types:
                raise self.error(f"{where}: a {tier} entity needs at least one type")
            names = self.strings(entry["names"], f"{where}.names")
            if not names:
                raise self.error(f"{where}: names must list at least one name")
            wikidata = entry.get("wikidata")
            if wikidata is not None and not isinstance(wikidata, str):
                raise self.error(f"{where}: wikidata must be a Q-id string like Q42, got {wikidata!r}")
            out.append(GoldEntity(str(eid), types, names, tier, wikidata))
        return tuple(out)

    def mapping(self, entry: Any, where: str, allowed: frozenset[str], required: tuple[str, ...]) -> Mapping:
        if not isinstance(entry, Mapping):
            raise self.error(f"{where}: must be a mapping with keys {list(required)}")
        extra = sorted(str(k) for k in set(entry) - allowed)
        if extra:
            raise self.error(f"{where}: unknown key(s) {extra}; allowed: {sorted(allowed)}")
        for key in required:
            if key not in entry:
                raise self.error(f"{where}: missing key '{key}'")
        return entry

    def strings(self, raw: Any, where: str) -> tuple[str, ...]:
        if not isinstance(raw, list):
            raise self.error(f"{where} must be a list, got {raw!r}")
        for item in raw:
            if not isinstance(item, str):
                # YAML turns NO, off, 2015 into bool/int: tell the user to quote them.
                raise self.error(f"{where}: {item!r} is not a string; put it in quotes")
        return tuple(raw)

    def predicate(self, p: Any, allowed: tuple[str, ...], where: str) -> None:
        if p not in allowed:
            raise self.error(f"{where}: unknown predicate {p!r}; use one of {list(allowed)}")

    def entity(self, eid: Any, where: str) -> None:
        if not isinstance(eid, str) or eid not in self.by_id:
            raise self.error(f"{where}: unknown entity id {eid!r}; declare it under entities:")
        if self.by_id[eid].tier == "noise":
            raise self.error(f"{where}: {eid!r} is a noise entity; facts and claims need core or minor entities")

    def symmetric(self, raw: Any) -> frozenset[str]:
        if raw is None:
            return frozenset(SYMMETRIC_RELATIONS)
        if not isinstance(raw, list):
            raise self.error(f"symmetric must be a list of predicates, got {raw!r}")
        for p in raw:
            self.predicate(p, RELATIONS, f"symmetric entry {p!r}")
        return frozenset(raw)

    def facts(self, raw: Any, key: str) -> tuple[Fact, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise self.error(f"{key} must be a list of [subject, predicate, object]")
        out = []
        for i, fact in enumerate(raw):
            where = f"{key}[{i}] {fact!r}"
            if not isinstance(fact, list) or len(fact) != 3:
                raise self.error(f"{where}: a fact is a list [subject, predicate, object]")
            s, p, o = fact
            self.entity(s, where)
            self.predicate(p, RELATIONS, where)
            self.entity(o, where)
            out.append((s, p, o))
        return tuple(out)

    def literals(self, raw: Any) -> tuple[GoldLiteral, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise self.error("literals must be a list of {s, p, value, currency?}")
        out = []
        for i, entry in enumerate(raw):
            where = f"literals[{i}] {entry!r}"
            entry = self.mapping(entry, where, _LITERAL_KEYS, ("s", "p", "value"))
            self.entity(entry["s"], where)
            p = entry["p"]
            self.predicate(p, ATTRIBUTES, where)
            value, currency = entry["value"], entry.get("currency")
            if p == "foundingDate":
                if isinstance(value, bool) or _year(value) is None:
                    raise self.error(f'{where}: foundingDate value must start with a year, like "2015"')
            elif p == "jobs":
                if isinstance(value, bool) or not isinstance(value, int):
                    raise self.error(f"{where}: jobs value must be a whole number, like 100000")
            elif _decimal(value) is None:
                raise self.error(f"{where}: investment value must be a number, like 500000000000")
            if currency is not None:
                if p != "investment":
                    raise self.error(f"{where}: only investment takes a currency")
                if not isinstance(currency, str) or not _CURRENCY.match(currency):
                    raise self.error(f"{where}: currency must be an ISO 4217 code like USD or EUR")
            out.append(GoldLiteral(entry["s"], p, str(value), currency))
        return tuple(out)

    def claims(self, raw: Any) -> tuple[GoldClaim, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise self.error("claims must be a list of {claimant, about_any, disputedBy?}")
        out = []
        for i, entry in enumerate(raw):
            where = f"claims[{i}] {entry!r}"
            entry = self.mapping(entry, where, _CLAIM_KEYS, ("claimant", "about_any"))
            self.entity(entry["claimant"], where)
            about = entry["about_any"]
            if not isinstance(about, list) or not about:
                raise self.error(f"{where}: about_any must be a non-empty list of entity ids")
            for eid in about:
                self.entity(eid, where)
            disputer = entry.get("disputedBy")
            if disputer is not None:
                self.entity(disputer, where)
            out.append(GoldClaim(entry["claimant"], tuple(about), disputer))
        return tuple(out)


# --- matching ---------------------------------------------------------------


def normalize_name(text: str) -> str:
    """Fold a name or label for comparison (GOLD.md, Matching).

    NFKC, then casefold (which also turns ß and ẞ into ss), then remove every
    kind of quotation mark and fold runs of whitespace into one space.

    >>> normalize_name("  Weißes   «Haus» ")
    'weisses haus'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _QUOTES.sub("", text)
    return " ".join(text.split())


def local_name(term: Node) -> str:
    """The part of an IRI after the last ``#`` or ``/``: namespaces are free.

    >>> from rdflib import URIRef
    >>> local_name(URIRef("https://schema.org/Person"))
    'Person'
    """
    text = str(term)
    return re.split(r"[#/]", text)[-1]


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _year(value: Any) -> str | None:
    match = _YEAR.match(str(value))
    return match.group(1) if match else None


class _Index:
    """The graph seen through the gold: which nodes are which entity."""

    def __init__(self, graph: Graph, gold: Gold):
        self.graph = graph
        by_name: dict[str, set[str]] = defaultdict(set)
        for entity in gold.entities:
            for name in entity.names:
                by_name[normalize_name(name)].add(entity.id)
        self.entity_nodes: dict[str, set[Node]] = defaultdict(set)
        self.node_entities: dict[Node, set[str]] = defaultdict(set)
        # (rank, label): the canonical rdfs:label / prefLabel / name before altLabels.
        self.labels: dict[Node, list[tuple[int, str]]] = defaultdict(list)
        self.types: dict[Node, set[str]] = defaultdict(set)
        for s, p, o in graph:
            if isinstance(o, Literal) and local_name(p) in LABEL_PROPERTIES:
                self.labels[s].append((int(local_name(p) == "altLabel"), str(o)))
                for eid in by_name.get(normalize_name(str(o)), ()):
                    self.entity_nodes[eid].add(s)
                    self.node_entities[s].add(eid)
            elif p == RDF.type and local_name(o) in ENTITY_CLASSES:
                self.types[s].add(local_name(o))

    def display(self, node: Node) -> str:
        """A node as a developer recognises it: its canonical label, else its IRI."""
        labels = self.labels.get(node)
        return min(labels)[1] if labels else str(node)

    def objects(self, node: Node, prop: str) -> list[Node]:
        return [o for p, o in self.graph.predicate_objects(node) if local_name(p) == prop]


# --- results ----------------------------------------------------------------


@dataclass(frozen=True)
class EntityScores:
    """Entity figures; ratios are None where their denominator is zero."""

    core_total: int
    core_found: int
    core_recall: float | None
    typed_nodes: int
    correct_nodes: int
    precision: float | None
    typed_entities: int
    correctly_typed: int
    type_accuracy: float | None
    duplicates: int
    #: Core entity ids without a typed node.
    missed_core: tuple[str, ...]
    #: (entity id, accepted types, node types found) for each type mistake.
    wrong_types: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]
    #: (entity id, node IRIs) for each entity with more than one node.
    duplicate_nodes: tuple[tuple[str, tuple[str, ...]], ...]
    #: (noise entity id, node IRI, label) for each node of a noise entity.
    noise_nodes: tuple[tuple[str, str, str], ...]
    #: (node IRI, label) of typed nodes that are no core or minor entity.
    unknown_nodes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class FactScores:
    """Relation figures: ``tp`` and ``fp`` count graph triples, ``fn`` gold facts."""

    tp: int
    fp: int
    fn: int
    gold_total: int
    precision: float | None
    recall: float | None
    f1: float | None
    #: Gold facts not in the graph, as (subject id, predicate, object id).
    missed: tuple[Fact, ...]
    #: Graph triples that are neither gold nor optional facts, as labels.
    false_positives: tuple[Fact, ...]


@dataclass(frozen=True)
class Report:
    """Every figure of GOLD.md plus what a developer needs to act on them."""

    entities: EntityScores
    facts: FactScores
    literals_found: int
    literals_total: int
    #: The literals not found, as (subject id, predicate, value, currency or "").
    missed_literals: tuple[tuple[str, str, str, str], ...]
    claims_found: int
    claims_total: int
    claims_disputed: int
    claims_disputable: int
    provenance: float | None
    #: Correct facts whose rdf:Statement lacks wasDerivedFrom or evidence, as labels.
    facts_without_provenance: tuple[Fact, ...]

    def as_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data (tuples become lists)."""
        return json.loads(json.dumps(asdict(self)))


def _ratio(num: int, den: int) -> float | None:
    """None when there is nothing to divide by: no figure beats a made-up one."""
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


# --- scoring ----------------------------------------------------------------


def evaluate(graph: Graph, gold: Gold) -> Report:
    """Score ``graph`` against ``gold`` and return every figure of GOLD.md."""
    index = _Index(graph, gold)
    entities = _score_entities(index, gold)
    facts, correct = _score_facts(index, gold)
    literals_found, missed_literals = _score_literals(index, gold)
    found, disputed = _score_claims(index, gold)
    with_prov, without = _score_provenance(index, correct)
    report = Report(
        entities=entities,
        facts=facts,
        literals_found=literals_found,
        literals_total=len(gold.literals),
        missed_literals=missed_literals,
        claims_found=found,
        claims_total=len(gold.claims),
        claims_disputed=disputed,
        claims_disputable=sum(1 for c in gold.claims if c.disputed_by is not None),
        provenance=_ratio(with_prov, len(correct)),
        facts_without_provenance=without,
    )
    log.info("evaluated %d triples: facts F1 %s", len(graph), facts.f1)
    return report


def _score_entities(index: _Index, gold: Gold) -> EntityScores:
    real = [e for e in gold.entities if e.tier != "noise"]
    core = [e for e in real if e.tier == "core"]
    missed_core = tuple(e.id for e in core if not any(n in index.types for n in index.entity_nodes[e.id]))

    typed_entities = correctly_typed = 0
    wrong_types = []
    for entity in real:
        typed = [n for n in index.entity_nodes[entity.id] if n in index.types]
        if not typed:
            continue
        typed_entities += 1
        # Every class the nodes claim must be accepted: a node typed both
        # Person and Organization is not a right answer for a Person.
        found_types = set().union(*(index.types[n] for n in typed))
        if found_types <= set(entity.types):
            correctly_typed += 1
        else:
            wrong_types.append((entity.id, entity.types, tuple(sorted(found_types))))

    real_ids = {e.id for e in real}
    typed_nodes = sorted(index.types, key=str)
    unknown = tuple(
        (str(n), index.display(n)) for n in typed_nodes if not index.node_entities.get(n, set()) & real_ids
    )
    duplicate_nodes = tuple(
        (e.id, tuple(sorted(str(n) for n in index.entity_nodes[e.id])))
        for e in real
        if len(index.entity_nodes[e.id]) > 1
    )
    noise_nodes = tuple(
        (e.id, str(n), index.display(n))
        for e in gold.entities
        if e.tier == "noise"
        for n in sorted(index.entity_nodes[e.id], key=str)
    )
    correct_nodes = len(typed_nodes) - len(unknown)
    return EntityScores(
        core_total=len(core),
        core_found=len(core) - len(missed_core),
        core_recall=_ratio(len(core) - len(missed_core), len(core)),
        typed_nodes=len(typed_nodes),
        correct_nodes=correct_nodes,
        precision=_ratio(correct_nodes, len(typed_nodes)),
        typed_entities=typed_entities,
        correctly_typed=correctly_typed,
        type_accuracy=_ratio(correctly_typed, typed_entities),
        duplicates=len(duplicate_nodes),
        missed_core=missed_core,
        wrong_types=tuple(wrong_types),
        duplicate_nodes=duplicate_nodes,
        noise_nodes=noise_nodes,
        unknown_nodes=unknown,
    )


def _score_facts(index: _Index, gold: Gold) -> tuple[FactScores, list[tuple[Node, str, Node]]]:
    """Match relation triples to gold facts; also return the correct triples.

    A triple is keyed by (subject, predicate local name, object); a symmetric
    predicate stated in both directions is one triple.
    """
    triples: dict[tuple, tuple[Node, str, Node]] = {}
    for s, p, o in index.graph:
        pred = local_name(p)
        if pred not in RELATIONS or isinstance(o, Literal):
            continue
        key = (pred, *sorted((s, o), key=str)) if pred in gold.symmetric else (s, pred, o)
        triples.setdefault(key, (s, pred, o))

    def matches(s: Node, pred: str, o: Node, facts: Iterable[Fact]) -> set[Fact]:
        subj, obj = index.node_entities.get(s, set()), index.node_entities.get(o, set())
        hits = set()
        for fs, fp, fo in facts:
            if fp != pred:
                continue
            if (fs in subj and fo in obj) or (pred in gold.symmetric and fs in obj and fo in subj):
                hits.add((fs, fp, fo))
        return hits

    found: set[Fact] = set()
    correct, false_pos = [], []
    for key in sorted(triples, key=lambda k: tuple(map(str, k))):
        s, pred, o = triples[key]
        hits = matches(s, pred, o, gold.facts)
        if hits:
            found |= hits
            correct.append((s, pred, o))
        elif not matches(s, pred, o, gold.optional_facts):
            false_pos.append((index.display(s), pred, index.display(o)))
    missed = tuple(f for f in gold.facts if f not in found)
    precision = _ratio(len(correct), len(correct) + len(false_pos))
    recall = _ratio(len(gold.facts) - len(missed), len(gold.facts))
    scores = FactScores(
        tp=len(correct),
        fp=len(false_pos),
        fn=len(missed),
        gold_total=len(gold.facts),
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        missed=missed,
        false_positives=tuple(false_pos),
    )
    return scores, correct


def _literal_found(index: _Index, lit: GoldLiteral) -> bool:
    for node in index.entity_nodes[lit.s]:
        for value in index.objects(node, lit.p):
            if lit.p == "investment":
                amounts = [_decimal(v) for v in index.objects(value, "value")]
                currencies = {str(c).upper() for c in index.objects(value, "currency")}
                want = Decimal(lit.value)
                if lit.currency is not None and lit.currency not in currencies:
                    continue
                if any(a is not None and abs(a - want) <= AMOUNT_TOLERANCE * abs(want) for a in amounts):
                    return True
            elif lit.p == "jobs":
                if _decimal(value) == Decimal(lit.value):
                    return True
            elif _year(value) is not None and _year(value) == _year(lit.value):
                return True
    return False


def _score_literals(index: _Index, gold: Gold) -> tuple[int, tuple[tuple[str, str, str, str], ...]]:
    missed = tuple(
        (lit.s, lit.p, lit.value, lit.currency or "") for lit in gold.literals if not _literal_found(index, lit)
    )
    return len(gold.literals) - len(missed), missed


def _score_claims(index: _Index, gold: Gold) -> tuple[int, int]:
    claim_nodes = [s for s, o in index.graph.subject_objects(RDF.type) if local_name(o) == "Claim"]
    found = disputed = 0
    for claim in gold.claims:
        claimants = index.entity_nodes[claim.claimant]
        about = set().union(*(index.entity_nodes[a] for a in claim.about_any))
        matching = [
            n
            for n in claim_nodes
            if set(index.objects(n, "claimant")) & claimants and set(index.objects(n, "about")) & about
        ]
        if not matching:
            continue
        found += 1
        if claim.disputed_by is not None:
            disputers = index.entity_nodes[claim.disputed_by]
            if any(set(index.objects(n, "disputedBy")) & disputers for n in matching):
                disputed += 1
    return found, disputed


def _score_provenance(index: _Index, correct: list[tuple[Node, str, Node]]) -> tuple[int, tuple[Fact, ...]]:
    """Count correct triples that an rdf:Statement with source and evidence describes.

    A symmetric triple's statement may run in either direction.
    """
    statements: dict[tuple[Node, str, Node], list[Node]] = defaultdict(list)
    for st, s in index.graph.subject_objects(RDF.subject):
        for p in index.graph.objects(st, RDF.predicate):
            for o in index.graph.objects(st, RDF.object):
                statements[(s, local_name(p), o)].append(st)
    with_prov, without = 0, []
    for s, pred, o in correct:
        nodes = statements.get((s, pred, o), []) + statements.get((o, pred, s), [])
        if any(index.objects(st, "wasDerivedFrom") and index.objects(st, "evidence") for st in nodes):
            with_prov += 1
        else:
            without.append((index.display(s), pred, index.display(o)))
    return with_prov, tuple(without)


# --- input and output ------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def format_report(report: Report, *, details: bool = False) -> str:
    """The key figures, one per line; with ``details``, what to fix after them."""
    e, f = report.entities, report.facts
    lines = [
        f"entities: core recall {_fmt(e.core_recall)} ({e.core_found}/{e.core_total}), "
        f"precision {_fmt(e.precision)} ({e.correct_nodes}/{e.typed_nodes}), "
        f"type accuracy {_fmt(e.type_accuracy)} ({e.correctly_typed}/{e.typed_entities}), "
        f"duplicates {e.duplicates}, noise nodes {len(e.noise_nodes)}",
        f"facts: P {_fmt(f.precision)} R {_fmt(f.recall)} F1 {_fmt(f.f1)} (tp {f.tp}, fp {f.fp}, fn {f.fn})",
        f"literals: {report.literals_found}/{report.literals_total}",
        f"claims: {report.claims_found}/{report.claims_total} found, "
        f"{report.claims_disputed}/{report.claims_disputable} disputed",
        f"provenance: {_fmt(report.provenance)}",
    ]
    if details:
        sections = [
            ("missed core entities", [f"  {eid}" for eid in e.missed_core]),
            ("wrong types", [f"  {eid}: {', '.join(got)} (want {' or '.join(want)})" for eid, want, got in e.wrong_types]),
            ("duplicate nodes", [f"  {eid}: {', '.join(nodes)}" for eid, nodes in e.duplicate_nodes]),
            ("noise nodes", [f"  {label} ({eid}): {node}" for eid, node, label in e.noise_nodes]),
            ("typed nodes not in gold", [f"  {label}: {node}" for node, label in e.unknown_nodes]),
            ("missed facts", [f"  {s} {p} {o}" for s, p, o in f.missed]),
            ("false-positive facts", [f"  {s} {p} {o}" for s, p, o in f.false_positives]),
            ("missed literals", [f"  {s} {p} {v} {c}".rstrip() for s, p, v, c in report.missed_literals]),
            ("facts without provenance", [f"  {s} {p} {o}" for s, p, o in report.facts_without_provenance]),
        ]
        for title, items in sections:
            if items:
                lines += ["", f"{title} ({len(items)}):", *items]
    return "\n".join(lines)
