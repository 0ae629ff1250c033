"""kg: German news articles in, an RDF knowledge graph with provenance out.

The public Python API mirrors the CLI:

>>> import kg
>>> nlp = kg.load_pipeline()           # the German pipeline shipped with kg
>>> "ner" in nlp.pipe_names
True
"""
from __future__ import annotations

import logging

from kg.errors import KGError

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["KGError", "load_pipeline"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # spaCy is imported only when the pipeline is wanted, so `kg query` and
    # `kg serve` start without paying for it.
    if name == "load_pipeline":
        from kg.nlp import load_pipeline

        return load_pipeline
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
