"""Fact scores of every gold set in ``dev/`` (and the seeds), in one process.

Usage: python benchmarks/eval_dev.py [--sets kgnad3,kgnad5] [--details DIR] [--model PATH]

Builds each set's articles in memory with ``kg.build.extract_graph`` (the model
is loaded once) and scores the graph with ``kg.evaluate`` exactly as
``kg evaluate`` does. Prints one line per set: precision, recall, F1, true
positives, false positives and gold facts.

``--details DIR`` writes each analysis set's missed facts and false positives
to ``DIR/<set>.txt`` and its Turtle to ``DIR/<set>.ttl``, for error analysis.
The blind sets (``--blind``, by default those named in ``dev/README.md``) are
scored but their details are never written: reading them would turn them into
analysis sets.
"""
from __future__ import annotations

import argparse
import logging
import time
from dataclasses import replace
from pathlib import Path

from kg.build import extract_graph
from kg.clean import clean
from kg.evaluate import format_report, evaluate, load_gold
from kg.ingest import Skipped, read_articles
from kg.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
BLIND = ("kgnad2", "kgnad4", "kgnad8")


def gold_sets(names: list[str] | None) -> list[tuple[str, Path, Path]]:
    """(name, article folder, gold file) for the seeds and every dev set with both."""
    sets = [("seeds", ROOT / "seeds", ROOT.parent / "shared" / "gold" / "seeds.yaml")]
    for gold in sorted((ROOT / "dev").glob("*.yaml"), key=lambda p: (len(p.stem), p.stem)):
        folder = gold.with_suffix("")
        if folder.is_dir():
            sets.append((gold.stem, folder, gold))
    if names:
        sets = [s for s in sets if s[0] in names]
    return [s for s in sets if s[2].exists()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma-separated set names (default: all)")
    parser.add_argument("--details", type=Path, help="folder for misses, false positives and Turtle")
    parser.add_argument("--blind", default=",".join(BLIND), help="sets whose details are never written")
    parser.add_argument("--model", help="pipeline name or path (default: the shipped model)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    blind = set(filter(None, args.blind.split(",")))
    nlp = load_pipeline(args.model)
    if args.details:
        args.details.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    totals = [0, 0, 0]
    for name, folder, gold_path in gold_sets(args.sets.split(",") if args.sets else None):
        articles = [replace(a, text=clean(a.text).text) for a in read_articles([folder])
                    if not isinstance(a, Skipped)]
        graph, _ = extract_graph(articles, nlp)
        report = evaluate(graph, load_gold(gold_path))
        facts = report.facts
        if name != "seeds":
            totals = [totals[0] + facts.tp, totals[1] + facts.fp, totals[2] + facts.gold_total]
        f1 = f"{facts.f1:.2f}" if facts.f1 is not None else "-"
        p = f"{facts.precision:.2f}" if facts.precision is not None else "-"
        r = f"{facts.recall:.2f}" if facts.recall is not None else "-"
        print(f"{name:9} P {p} R {r} F1 {f1}  tp {facts.tp:3} fp {facts.fp:3} gold {facts.gold_total:3}"
              + ("  (blind)" if name in blind else ""), flush=True)
        if args.details and name not in blind:
            (args.details / f"{name}.txt").write_text(format_report(report, details=True), encoding="utf-8")
            graph.serialize(args.details / f"{name}.ttl", format="turtle")
    tp, fp, gold = totals
    p, r = (tp / (tp + fp) if tp + fp else 0.0), (tp / gold if gold else 0.0)
    print(f"{'dev all':9} P {p:.2f} R {r:.2f} F1 {2 * p * r / (p + r) if p + r else 0:.2f}  "
          f"tp {tp:3} fp {fp:3} gold {gold:3}  ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
