"""Shared fixtures: the shipped pipeline, the seeds graph built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = next((p for p in (ROOT / "shared" / "gold" / "seeds.yaml", ROOT.parent / "shared" / "gold" / "seeds.yaml")
             if p.is_file()), None)


SAMPLE_GRAPH = ROOT / "tests" / "data" / "sample.ttl"
BUILT_GRAPH = ROOT / "out" / "graph.ttl"


@pytest.fixture(params=[SAMPLE_GRAPH, BUILT_GRAPH], ids=["sample", "built"])
def graph_path(request) -> Path:
    """The hand-written sample graph and the committed seeds graph."""
    if not request.param.is_file():
        pytest.skip(f"{request.param} not built yet (run `kg build seeds -o out`)")
    return request.param


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """`kg build seeds` run once through the library; tests read its result."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seeds-out")
    return build([SEEDS], out, formats=["ttl"], html=False), out
