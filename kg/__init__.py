"""kg: German news articles in, an RDF knowledge graph with provenance out.

The public Python API mirrors the CLI:

>>> import kg
>>> nlp = kg.load_pipeline()           # the German pipeline shipped with kg
>>> sorted(nlp.pipe_names)[:2]
['attribute_ruler', 'lemmatizer']
"""
from __future__ import annotations

import logging

from kg.errors import KGError
from kg.nlp import load_pipeline

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["KGError", "load_pipeline"]
__version__ = "0.1.0"
