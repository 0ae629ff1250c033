"""Benchmark: load a generated 1M-triple graph into Oxigraph and time queries.

    python benchmarks/bench_query.py                  # 1,000,000 triples
    python benchmarks/bench_query.py --triples 200000 --rdflib

The graph has the contract's shape (see shared/spec/CONTRACT.md): typed,
labelled entities; articles with identifiers, titles and mentions; relations
asserted plainly and reified as rdf:Statement with prov:wasDerivedFrom and
kg:evidence; investments as schema:MonetaryAmount; claims. It is generated
from a fixed seed, so every run measures the same graph, and it contains the
seeds' entities (OpenAI, Stargate, Elon Musk, ...) so that the example
queries in queries/ have answers. Prints figures; not a test.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.query import load_store, read_query, run_query  # noqa: E402
from kg.vocab import ENTITY_CLASSES, ID_NS, KG_NS, RELATIONS  # noqa: E402

PREFIXES = f"""@prefix kg: <{KG_NS}> .
@prefix id: <{ID_NS}> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .

"""
EXPANSIONS = {
    "kg:": KG_NS, "id:": ID_NS, "rdf:": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs:": "http://www.w3.org/2000/01/rdf-schema#", "skos:": "http://www.w3.org/2004/02/skos/core#",
    "prov:": "http://www.w3.org/ns/prov#", "dcterms:": "http://purl.org/dc/terms/",
    "schema:": "https://schema.org/",
}
#: The seeds' entities and facts, so the example queries find something.
KNOWN = [("elon-musk", "Person", "Elon Musk"), ("sam-altman", "Person", "Sam Altman"),
         ("openai", "Organization", "OpenAI"), ("softbank", "Organization", "SoftBank"),
         ("tesla", "Organization", "Tesla"), ("stargate", "Project", "Stargate")]
KNOWN_FACTS = [("elon-musk", "founded", "openai"), ("sam-altman", "leads", "openai"),
               ("stargate", "fundedBy", "softbank"), ("stargate", "fundedBy", "openai"),
               ("elon-musk", "leads", "tesla"), ("elon-musk", "criticized", "stargate")]
EXTRA_QUERIES = {
    "count triples": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "facts per relation": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?st rdf:predicate ?p } GROUP BY ?p ORDER BY DESC(?n)",
    "top 10 mentioned": (
        "SELECT ?e (COUNT(?a) AS ?n) WHERE { ?a schema:mentions ?e } GROUP BY ?e ORDER BY DESC(?n) LIMIT 10"
    ),
    "2-hop from OpenAI": (
        "SELECT DISTINCT ?x WHERE { id:openai ?p ?y . ?y ?q ?x . FILTER(isIRI(?x)) } LIMIT 1000"
    ),
}


def generate(target: int, seed: int = 42) -> list[tuple[str, str, str]]:
    """About ``target`` triples (prefixed names and Turtle literals), deterministic."""
    rng = random.Random(seed)
    triples: list[tuple[str, str, str]] = []
    add = triples.append
    n_entities = max(target // 50, 50)
    n_articles = max(target // 200, 10)
    entities = [f"id:{slug}" for slug, _, _ in KNOWN] + [f"id:e{i}" for i in range(n_entities)]
    for slug, cls, label in KNOWN:
        add((f"id:{slug}", "a", f"kg:{cls}"))
        add((f"id:{slug}", "rdfs:label", f'"{label}"'))
    for i in range(n_entities):
        add((f"id:e{i}", "a", f"kg:{rng.choice(ENTITY_CLASSES)}"))
        add((f"id:e{i}", "rdfs:label", f'"Entity {i}"'))
        add((f"id:e{i}", "skos:altLabel", f'"E{i}"'))
    for a in range(n_articles):
        add((f"id:article-{a}", "a", "kg:Article"))
        add((f"id:article-{a}", "dcterms:identifier", f'"{a:03d}_bench.txt"'))
        add((f"id:article-{a}", "dcterms:title", f'"Artikel {a}"'))
        for e in rng.sample(entities, 8):
            add((f"id:article-{a}", "schema:mentions", e))
    facts = [(f"id:{s}", f"kg:{p}", f"id:{o}") for s, p, o in KNOWN_FACTS]
    n = 0
    while len(triples) < target:
        if facts:
            s, p, o = facts.pop()
        else:
            s, o = rng.sample(entities, 2)
            p = f"kg:{rng.choice(RELATIONS)}"
        article = f"id:article-{rng.randrange(n_articles)}"
        add((s, p, o))
        st = f"id:stmt-{n}"
        add((st, "a", "rdf:Statement"))
        add((st, "rdf:subject", s))
        add((st, "rdf:predicate", p))
        add((st, "rdf:object", o))
        add((st, "prov:wasDerivedFrom", article))
        add((st, "kg:evidence", f'"Satz {n}: {s[3:]} {p[3:]} {o[3:]}."'))
        if n % 50 == 0:
            amount = f"id:amount-{n}"
            add((s, "kg:investment", amount))
            add((amount, "a", "schema:MonetaryAmount"))
            add((amount, "schema:value", f"{rng.randrange(1, 500) * 1_000_000_000}.0"))
            add((amount, "schema:currency", '"USD"'))
        if n % 40 == 0:
            claim = f"id:claim-{n}"
            add((claim, "a", "kg:Claim"))
            add((claim, "kg:claimant", s))
            add((claim, "kg:about", "id:stargate" if n % 400 == 0 else o))
            add((claim, "kg:claimText", f'"Behauptung {n}"'))
            add((claim, "kg:disputedBy", rng.choice(entities)))
            add((claim, "prov:wasDerivedFrom", article))
        n += 1
    return triples


def _expand(term: str) -> str:
    if term == "a":
        return "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    if term.startswith('"') or term[0].isdigit():
        return term if term.startswith('"') else f'"{term}"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    prefix, local = term.split(":", 1)
    return f"<{EXPANSIONS[prefix + ':']}{local}>"


def write_files(triples: list[tuple[str, str, str]], directory: Path) -> tuple[Path, Path]:
    ttl, nt = directory / "bench.ttl", directory / "bench.nt"
    with ttl.open("w", encoding="utf-8") as fh:
        fh.write(PREFIXES)
        fh.writelines(f"{s} {p} {o} .\n" for s, p, o in triples)
    with nt.open("w", encoding="utf-8") as fh:
        fh.writelines(f"{_expand(s)} {_expand(p)} {_expand(o)} .\n" for s, p, o in triples)
    return ttl, nt


def timed(label: str, func, *args, rows: bool = False):
    start = time.perf_counter()
    value = func(*args)
    count = f"{len(value.rows):>9,} rows" if rows else ""
    print(f"{label:<36} {time.perf_counter() - start:8.3f} s{count}", flush=True)
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="graph size (default 1,000,000)")
    parser.add_argument("--rdflib", action="store_true", help="also time rdflib parsing the Turtle (slow)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        triples = timed("generate", generate, args.triples)
        ttl, nt = timed("write Turtle and N-Triples", write_files, triples, Path(tmp))
        print(f"{len(triples):,} triple lines; Turtle {ttl.stat().st_size / 1e6:.0f} MB, "
              f"N-Triples {nt.stat().st_size / 1e6:.0f} MB")
        del triples  # free the memory before loading
        timed("load N-Triples into Oxigraph", load_store, nt)
        store = timed("load Turtle into Oxigraph", load_store, ttl)
        print(f"store holds {len(store):,} distinct triples")
        queries = {p.stem: read_query(f"@{p}") for p in sorted((REPO / "queries").glob("*.rq"))}
        queries.update(EXTRA_QUERIES)
        for name, query in queries.items():
            timed(f"query {name}", run_query, store, query, rows=True)
        if args.rdflib:
            import rdflib

            timed("load Turtle into rdflib", rdflib.Graph().parse, ttl)


if __name__ == "__main__":
    main()
