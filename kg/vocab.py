"""The graph vocabulary of ``shared/spec/CONTRACT.md`` as rdflib namespaces.

``KG`` is a ``DefinedNamespace`` with ``_fail = True``: a typo in a term is an
AttributeError at import time, never a silent new IRI. The ontology that
declares these terms is ``ontology/kg.ttl``.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

#: Namespace of the ontology terms (classes and properties).
KG_NS = "https://w3id.org/kg/ontology#"
#: Namespace of entity, claim and statement nodes minted by ``kg.rdf.mint_iri``.
ID_NS = "https://w3id.org/kg/id/"

SCHEMA = Namespace("https://schema.org/")
ID = Namespace(ID_NS)


class KG(DefinedNamespace):
    """Classes and properties fixed by the graph contract."""

    _NS = Namespace(KG_NS)
    _fail = True

    # classes
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Project: URIRef
    Product: URIRef
    Article: URIRef
    Claim: URIRef
    # relations
    founded: URIRef
    leads: URIRef
    spokespersonOf: URIRef
    advisorOf: URIRef
    presidentOf: URIRef
    owns: URIRef
    developed: URIRef
    basedIn: URIRef
    locatedIn: URIRef
    fundedBy: URIRef
    partnerOf: URIRef
    competitorOf: URIRef
    announced: URIRef
    criticized: URIRef
    sued: URIRef
    supported: URIRef
    # attributes
    investment: URIRef
    jobs: URIRef
    foundingDate: URIRef
    # claims and provenance
    claimant: URIRef
    about: URIRef
    claimText: URIRef
    disputedBy: URIRef
    evidence: URIRef


#: Entity classes, in the order used for display and tie-breaking.
ENTITY_CLASSES = ("Person", "Organization", "Place", "Project", "Product")

#: Relation properties of the contract (local names).
RELATIONS = (
    "founded", "leads", "spokespersonOf", "advisorOf", "presidentOf", "owns",
    "developed", "basedIn", "locatedIn", "fundedBy", "partnerOf",
    "competitorOf", "announced", "criticized", "sued", "supported",
)

#: Relations whose direction carries no meaning.
SYMMETRIC_RELATIONS = ("partnerOf", "competitorOf")

#: Attribute properties (literal or MonetaryAmount valued).
ATTRIBUTES = ("investment", "jobs", "foundingDate")
