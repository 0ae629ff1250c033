"""Shared fixtures: the shipped pipeline, the seeds graph built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = next((p for p in (ROOT / "shared" / "gold" / "seeds.yaml", ROOT.parent / "shared" / "gold" / "seeds.yaml")
             if p.is_file()), None)


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
