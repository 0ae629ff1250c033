"""Words per second of the whole language pipeline, one process and all cores.

Usage: python benchmarks/bench_pipeline.py [--corpora ../shared/corpora] [--model de_kg]
Prints figures; it is not a test (timings vary with the machine's load).
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from kg.corpora import read_news_texts
from kg.nlp import load_pipeline


def words_per_second(nlp, texts: list[str], n_process: int) -> tuple[float, int]:
    started = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32, n_process=n_process))
    return words / (time.perf_counter() - started), words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    nlp = load_pipeline(args.model)
    sets = {"seeds": [p.read_text(encoding="utf8") for p in sorted(args.seeds.glob("*.txt"))],
            "10kGNAD test (1,028 articles)": list(read_news_texts(args.corpora))}
    cores = os.cpu_count() or 1
    for name, texts in sets.items():
        for n_process in sorted({1, cores}):
            wps, words = words_per_second(nlp, texts, n_process)
            print(f"{name}: {words} words, {n_process} process(es): {wps:,.0f} words/s")


if __name__ == "__main__":
    main()
