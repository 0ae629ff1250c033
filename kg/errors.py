"""Every error `kg` raises, with a code and a message that says how to fix it.

Codes are stable so users can search for them. Library code raises these;
only the CLI turns them into one line on stderr and a non-zero exit.
"""
from __future__ import annotations


class KGError(Exception):
    """Base class: ``str(err)`` is the one line a user sees, code first."""

    code = "KG000"

    def __init__(self, message: str):
        super().__init__(f"{self.code}: {message}")


class ModelNotFound(KGError):
    code = "KG101"


class InputError(KGError):
    code = "KG201"


class OutputError(KGError):
    code = "KG301"


class GraphLoadError(KGError):
    code = "KG401"


class QueryError(KGError):
    code = "KG501"


class GoldFormatError(KGError):
    code = "KG601"


class CorpusError(KGError):
    code = "KG701"


class OntologyError(KGError):
    """The ontology or SHACL shapes cannot be found or used."""

    code = "KG801"


class DrawError(KGError):
    """The HTML graph cannot be drawn as asked (unknown --focus, bad --hops)."""

    code = "KG901"


class ServeError(KGError):
    """The SPARQL endpoint cannot start (address in use, bad limits)."""

    code = "KG502"
