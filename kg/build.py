"""``kg build``: articles in, knowledge graph out — the stages wired together.

ingest → clean → language pipeline → mentions → resolve → extract → rdf →
outputs. ``extract_graph`` is the pure part (articles and a pipeline in, an
rdflib Graph out); ``build`` adds reading files and writing outputs.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

from rdflib import Graph
from spacy.language import Language
from tqdm import tqdm

from kg.clean import Dropped, clean
from kg.errors import InputError
from kg.extract import Extractor
from kg.ingest import Article, Skipped, read_articles
from kg.mentions import acronym_links, drop_contained, former_name_links, gazetteer_mentions, known_names, ner_mentions
from kg.nlp import load_pipeline
from kg.rdf import build_graph, merge_claims
from kg.resolve import resolve

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    """What a build did: the graph, counts for the summary, files written."""

    graph: Graph
    articles: int
    skipped: tuple[Skipped, ...]
    entities: int
    facts: int
    claims: int
    seconds: float
    dropped: tuple[tuple[str, tuple[Dropped, ...]], ...]  # (article id, furniture dropped)
    outputs: tuple[Path, ...]


def extract_graph(articles: Sequence[Article], nlp: Language, *, progress: bool = False) -> tuple[Graph, dict]:
    """Run every extraction stage over cleaned articles; return the graph and counts."""
    docs = list(tqdm(nlp.pipe((a.text for a in articles), batch_size=16), total=len(articles),
                     desc="parsing", unit="article", disable=None if progress else True))
    first = [ner_mentions(doc, a.id) for a, doc in zip(articles, docs)]
    names = known_names(docs, first)
    all_mentions, former_names, acronyms = [], [], []
    per_article = []
    for a, doc, mentions in zip(articles, docs, first):
        ms = drop_contained(mentions + gazetteer_mentions(doc, a.id, names, mentions))
        renamed, links = former_name_links(doc, a.id, ms)
        ms += renamed
        per_article.append((a.id, doc, ms))
        all_mentions.extend(ms)
        former_names.extend(links)
        acronyms.extend(acronym_links(doc, ms))
    resolution = resolve(all_mentions, same_as=former_names, acronyms=acronyms)
    facts, attributes, claims = Extractor(resolution).extract(per_article)
    claims = merge_claims(claims)
    graph = build_graph(list(articles), list(resolution.entities), facts, attributes, claims)
    counts = {"entities": len(resolution.entities), "facts": len({(f.subject, f.predicate, f.object) for f in facts}),
              "claims": len(claims)}
    return graph, counts


def build(paths: Iterable[Path | str], out_dir: Path | str, *, model: str | None = None,
          formats: Sequence[str] = ("ttl",), html: bool = True, progress: bool = False) -> BuildResult:
    """Read articles from files and folders, build the graph, write the outputs.

    Bad inputs are skipped with a logged reason and listed in the result;
    outputs are written to temporary files and renamed, so a failed build
    leaves no half-written file.
    """
    started = time.perf_counter()
    paths = list(paths)
    nlp = load_pipeline(model)
    articles, skipped, dropped = [], [], []
    for item in read_articles(paths):
        if isinstance(item, Skipped):  # kg.ingest has logged the reason
            skipped.append(item)
            continue
        cleaned = clean(item.text)
        dropped.append((item.id, cleaned.dropped))
        articles.append(replace(item, text=cleaned.text))
    if not articles:
        raise InputError(f"no article could be read from {', '.join(map(str, paths))} "
                         f"({len(skipped)} skipped, reasons above); pass .txt, .html or .jsonl files or folders")
    log.info("read %d articles, skipped %d", len(articles), len(skipped))
    graph, counts = extract_graph(articles, nlp, progress=progress)
    from kg.formats import write_graph

    out = Path(out_dir)
    outputs = list(write_graph(graph, out, formats))
    if html:
        from kg.html import write_html

        write_html(graph, out / "graph.html")
        outputs.append(out / "graph.html")
    return BuildResult(graph, len(articles), tuple(skipped), counts["entities"], counts["facts"],
                       counts["claims"], time.perf_counter() - started, tuple(dropped), tuple(outputs))
