"""Load the cue lexicons and the country table (``kg/data/*.yaml``) once.

Everything language-specific that extraction needs lives in those data files;
this module only parses them into lookup structures.
"""
from __future__ import annotations

import functools
import gzip
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"

#: German month names and abbreviations (folded) → month number: dates in
#: datelines, and words that are never given names ("Mai", "Juni").
#: Lower-case words inside a person's name: "Ursula von der Leyen", "Vincent van Gogh".
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "la", "le", "zu", "bin", "al", "ten"})
MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "jän": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Compare form of a name: NFKC, casefold, ß→ss, no quotes, single spaces
    (cached: the same words are folded again and again)."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ß", "ss")
    text = "".join(ch for ch in text if ch not in "\"'«»„“”‚‘’`")
    return " ".join(text.split())


@dataclass(frozen=True)
class NounCue:
    """A noun that carries a relation (cues.yaml ``noun_cues``): "Zweifel an Y",
    "hält zehn Prozent an Y" (inverse: Y fundedBy the subject), "gewährt Y einen
    Kredit" (recipient: the verb's dative is the other side)."""
    predicate: str
    preps: tuple[str, ...]
    verbs: frozenset[str]      # governing verbs it needs; empty: any
    inverse: bool = False      # the clause subject is the relation's object
    recipient: bool = False    # the verb's bare dative is a target too
    agent_only: bool = False   # the actor is the noun's own "durch" phrase, never the clause subject


@dataclass(frozen=True)
class Country:
    label: str
    names: frozenset[str]       # folded label and aliases
    demonyms: tuple[str, ...]   # folded adjective stems
    prefixes: frozenset[str]    # compound prefixes such as "US"
    region: bool = False        # a region of a country (Tirol, Texas), not a state
    within: str | None = None   # the country a compass region lies in ("Nordirak": Irak)


#: First parts that make a region of a country: "Nordirak", "Ostukraine", "Südosttürkei".
_COMPASS_PREFIXES = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west")


def _compass_prefix(folded: str) -> str | None:
    if not folded.startswith(_COMPASS_PREFIXES):
        return None
    return next((p for p in _COMPASS_PREFIXES if folded.startswith(p) and len(folded) - len(p) >= 4), None)


@functools.cache
def _compass_region(prefix: str, country: Country) -> Country:
    """The region "Nordirak" of Irak (a country whose own name has a compass part,
    "Nordkorea", "Südafrika", is found by name before this is asked)."""
    label = prefix.capitalize() + country.label[:1].lower() + country.label[1:]
    return Country(label=label, names=frozenset({fold(label)}),
                   demonyms=tuple(prefix + stem for stem in country.demonyms), prefixes=frozenset(),
                   region=True, within=country.label)


def _noun_forms(folded: str) -> list[str]:
    """The word and its possible uninflected forms: "präsidenten" -> präsident,
    "gründern" -> gründer, "chefs" -> chef, "leiterinnen" -> leiterin."""
    forms = [folded]
    if folded.endswith("innen"):
        forms.append(folded[:-3])
    if folded.endswith(("en", "es")):
        forms.append(folded[:-2])
    if folded.endswith(("n", "s")):
        forms.append(folded[:-1])
    return forms


@dataclass(frozen=True)
class Lexicon:
    roles: dict                # predicate -> {"nouns": set, "holder": str, ...}
    role_noun_index: dict      # noun -> predicate
    organization_nouns: frozenset[str]
    generic_organization_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    institution_heads: frozenset[str]
    place_bound_bodies: frozenset[str]
    product_nouns: frozenset[str]
    project_nouns: frozenset[str]
    place_nouns: frozenset[str]
    facility_nouns: frozenset[str]
    media_nouns: frozenset[str]
    media_titles: frozenset[str]
    place_chiefs: frozenset[str]
    organisation_name_endings: frozenset[str]  # "Bugün TV", "Washington Post": an organisation's name
    place_name_endings: frozenset[str]  # "Trump Tower", "Austria Center": a building's or a square's name
    named_group_nouns: frozenset[str]  # "Wendel-Gruppe", "RAG-Stiftung": the first part names the body
    sector_prefixes: frozenset[str]  # "Tech-Gruppe", "Medien-Holding": a trade, no name
    proposal_nouns: frozenset[str]  # "den Vorschlag", "diese Pläne": what someone just proposed
    proposal_verbs: frozenset[str]  # "X hatte neue Modelle gefordert": X put them up for debate
    department_prefixes: frozenset[str]  # "Personalchef", "Finanzchef": a department's chief leads no organisation
    press_prefixes: frozenset[str]  # "Kommunikationschef", "Pressechef": a spokesperson
    no_role_nouns: frozenset[str]  # "Ministerpräsident": ends in a role noun, holds no such role
    genitive_body_heads: frozenset[str]  # "die Kammer der Wirtschaftstreuhänder": a body's name
    seat_named_bodies: frozenset[str]  # "die Universität Salzburg": the place after the noun is part of the name
    region_nouns: frozenset[str]
    list_name_nouns: frozenset[str]  # "Team Stronach", "Liste Pilz": the noun is part of the name
    branch_prefixes: frozenset[str]  # "die Stadt-SPÖ": a branch, a body of its own
    branch_nouns: frozenset[str]  # "das Kiewer ORF-Büro": a site of the body, not its seat
    compass_nouns: frozenset[str]  # "im Südosten der Türkei": a part of a place
    place_group_nouns: frozenset[str]  # "die Städte Österreichs – A, B und C": places that lie in the genitive's
    kinship_nouns: frozenset[str]
    publication_nouns: frozenset[str]  # "des IS-Magazins Dabiq": the prefix's organisation owns the name
    person_titles: frozenset[str]
    national_bodies: frozenset[str]
    org_role_prefixes: frozenset[str]
    sub_organisation_endings: tuple[str, ...]
    company_organ_prefixes: tuple[str, ...]
    funding_nouns: frozenset[str]
    reciprocal_criticism_nouns: frozenset[str]
    rejection_verbs: dict      # lemma -> prepositions of the critic
    rejection_nouns: frozenset[str]
    possessive_nouns: dict     # noun -> predicate
    verbs: dict                # lemma -> (predicate, spec)
    verb_phrases: dict         # last word -> phrases of several words ("ins leben rufen")
    noun_cues: dict            # noun -> NounCue
    criticism_adjectives: frozenset[str]
    judgement_words: frozenset[str]
    naming_verbs: frozenset[str]
    criticism_adjective_preps: frozenset[str]
    negated_praise: frozenset[str]             # "nicht begeistert von Y": criticism only with a negation
    affair_nouns: frozenset[str]               # "empört über den Fall Badawi": Badawi is not criticised
    speech_verbs: frozenset[str]
    dispute_cues: tuple[str, ...]
    konjunktiv_forms: frozenset[str]
    source_preps: frozenset[str]
    investment_cues: frozenset[str]
    jobs_nouns: frozenset[str]
    founding_cues: frozenset[str]
    not_names: frozenset[str]  # abbreviations of common nouns: KI, CEO, ...
    scales: dict
    currencies: dict
    countries: tuple[Country, ...]  # and their regions (places.yaml), read alike

    def country_by_name(self, text: str) -> Country | None:
        """Country named by ``text``, genitive included ("Amerikas" → USA), or the
        compass region of one ("Nordirak", "der Ostukraine": regions within them)."""
        folded = fold(text)
        for country in self.countries:
            if folded in country.names or (folded.endswith("s") and folded[:-1] in country.names):
                return country
        prefix = _compass_prefix(folded)
        if prefix and " " not in folded and "-" not in folded:
            country = self.country_by_name(folded[len(prefix):])
            # by the country's own name, not an alias: "Nordamerika" is no part of the USA
            if country and not country.region and folded[len(prefix):].rstrip("s") == fold(country.label):
                return _compass_region(prefix, country)
        return None

    def country_by_demonym(self, word: str) -> Country | None:
        """``japanischen`` → Japan; ``US`` (compound prefix) → USA; ``nordirakischen``
        → the Nordirak, a region of Irak; ``oststeirischen`` → the Steiermark itself."""
        folded = fold(word)
        for country in self.countries:
            if word in country.prefixes:
                return country
            for stem in country.demonyms:
                if folded.startswith(stem) and len(folded) - len(stem) <= 2 and stem != "us":
                    return country
        prefix = _compass_prefix(folded)
        if prefix and word[:1].islower():
            rest = folded[len(prefix):]
            country = self.country_by_demonym(rest)
            if country and country.region and rest[:4] == fold(country.label)[:4]:
                return country  # "im oststeirischen Weiz": the east of a Land is still in it
            if country and not country.region and rest[:4] == fold(country.label)[:4]:
                return _compass_region(prefix, country)
        return None

    def place_of_demonym(self, word: str, text: str) -> Country | None:
        """The place a demonym in ``text`` points to: as ``country_by_demonym``, but a
        compass region only where the text names it ("im nordirakischen Dorf Sarkel"
        beside "im Nordirak"); else its country ("in der westsudanesischen Provinz
        Darfur": in the Sudan)."""
        country = self.country_by_demonym(word)
        if country and country.within and country.label not in text:
            return self.country_by_name(country.within)
        return country

    def institution(self, word: str) -> str | None:
        """The nominative of a public body's noun ("Außenministeriums" -> "Außenministerium"),
        or None: "Ärztekammer", "Gemeinderat", "US-Justizministerium" are; "Kammer" is not."""
        folded = fold(word)
        for form in (folded, folded[:-1] if folded.endswith("s") else None, folded[:-2] if folded.endswith("es") else None):
            if not form:
                continue
            base = form.split("-")[-1]
            if (base in self.institution_nouns and base not in self.institution_heads) or any(
                    base.endswith(head) and len(base) - len(head) >= 3 for head in self.institution_heads) \
                    or ("-" in form and base in self.institution_heads):
                return word[:len(word) - (len(folded) - len(form))]
        return None

    def noun_class(self, word: str) -> str | None:
        """Class a cue noun gives a name next to it, matching compound endings and
        inflected forms ("des Wirtschaftsforschungsinstituts", "der Banken")."""
        forms = _noun_forms(fold(word).split("-")[-1])
        # the longest matching ending decides: "Geheimdienst" is an organisation, "Dienst" a product
        best, best_length = None, 0
        for nouns, cls in ((self.project_nouns, "Project"), (self.product_nouns, "Product"),
                           (self.organization_nouns, "Organization")):
            for f in forms:
                length = max((len(n) for n in nouns if f == n or (f.endswith(n) and len(n) >= 4)), default=0)
                if length > best_length:
                    best, best_length = cls, length
        if best:
            return best
        # whole words, or compounds of the longer place nouns: "Halbinsel", "Hafenstadt"
        # (not of "Ort", "Tal", "Platz": "Sport", "Personal", "Arbeitsplatz")
        if any(f in self.place_nouns or any(f.endswith(n) and len(n) >= 5 and n != "platz" for n in self.place_nouns)
               for f in forms):
            return "Place"
        return None

    def seat_named_body(self, word: str) -> bool:
        """Whether a body of this noun is named by its seat after it ("Universität
        Salzburg", "Landesgericht Linz"); compounds count for the longer nouns
        ("Wirtschaftsuniversität"), not for "uni" ("Juni")."""
        base = fold(word).split("-")[-1]
        return base in self.seat_named_bodies or any(
            base.endswith(noun) and len(noun) >= 7 for noun in self.seat_named_bodies)

    def publication_noun(self, word: str) -> bool:
        """Whether the last part of this compound names something an organisation
        publishes or airs ("IS-Magazins", "ORF-Sendungen", "RBB-Sender")."""
        return any(form in self.publication_nouns for form in _noun_forms(fold(word).split("-")[-1]))

    def organization_head(self, word: str) -> str | None:
        """The organisation noun a word ends in, uninflected ("des Finanzministeriums"
        -> "ministerium", "Technologiekonzerne" -> "konzern"), or None."""
        for form in _noun_forms(fold(word).split("-")[-1]):
            for noun in sorted(self.organization_nouns, key=len, reverse=True):
                if form == noun or (form.endswith(noun) and len(noun) >= 4):
                    return noun
        return None

    def place_bound_body(self, name: str) -> bool:
        """Whether a bare name is a kind of body each country, Land or town has
        ("Innenministerium", "Landesregierung"), so it names no one body across articles;
        "US-Justizministerium" and "Bundesamt für Verfassungsschutz" are not."""
        if " " in name or "-" in name:
            return False
        folded = fold(name)
        return any(form.endswith(head) for form in _noun_forms(folded) for head in self.place_bound_bodies)

    def generic_organization_noun(self, word: str) -> bool:
        """Whether a noun can point back to any organisation ("der Konzern"), not
        only to one named with it ("die Regierung")."""
        head = self.organization_head(word)
        return head is not None and (head in self.generic_organization_nouns
                                     or any(head.endswith(n) and len(n) >= 4 for n in self.generic_organization_nouns))

    def role_of(self, word: str) -> str | None:
        """Predicate of a role noun, matching compound endings ("Vorstandschef")
        and inflected forms ("Präsidenten", "Gründern", "Chefs"). A deputy holds
        no role: "Vizepräsidentin", "Vize-Chef", "stellvertretender Vorsitzender"."""
        if word not in self._role_cache:
            role = self._find_role(word)
            self._role_cache[word] = None if role == "none" else role
        return self._role_cache[word]

    def _find_role(self, word: str) -> str | None:
        if fold(word).startswith(("vize", "stellvertret")) or "-vize" in fold(word):
            return None
        for folded in _noun_forms(fold(word).split("-")[-1]):
            if folded.endswith(tuple(self.no_role_nouns)):
                return "none"
            if folded in self.role_noun_index:
                return self.role_noun_index[folded]
            for noun in self._roles_longest_first:
                if len(noun) >= 4 and folded.endswith(noun):
                    role = self.role_noun_index[noun]
                    if role == "leads":
                        return self._department_role(folded[:-len(noun)]) or role
                    return role
        return None

    def _department_role(self, prefix: str) -> str | None:
        """The role a chief of a department holds, if ``prefix`` names one: none for
        "Personalchef", "Finanzchef", "Sektionschef" (they lead no organisation), a
        spokesperson's for "Kommunikationschef", "Pressechef"."""
        stem = prefix[:-1] if prefix.endswith("s") and prefix[:-1] in self.department_prefixes | self.press_prefixes \
            else prefix
        if stem in self.press_prefixes:
            return "spokespersonOf"
        if stem in self.department_prefixes:
            return "none"
        return None

    @functools.cached_property
    def _role_cache(self) -> dict[str, str | None]:
        """Words already looked up: the same words come back in every sentence."""
        return {}

    def role_prefix(self, word: str) -> str | None:
        """The part of an unhyphenated role compound before its role noun, capitalised:
        "Ärztekammerpräsident" -> "Ärztekammer", "Konzernchefs" -> "Konzern"; None when
        the word is no such compound or the rest is under three letters."""
        if "-" in word or not self.role_of(word):
            return None
        folded = fold(word)
        for form in _noun_forms(folded):
            for noun in self._roles_longest_first:
                if form.endswith(noun) and len(form) - len(noun) >= 3:
                    return word[:len(form) - len(noun)]
        return None

    def person_title(self, word: str) -> bool:
        """An office or occupation that titles a person: "Landeshauptmann",
        "Verteidigungsministerin", "Bildungsökonomen" (compound endings, inflected
        forms); never a word that also names a firm's kin ("Tochter")."""
        if not word[:1].isupper() or word.isupper():
            return False
        for folded in _noun_forms(fold(word).split("-")[-1]):
            if folded in self.person_titles or any(folded.endswith(t) and len(t) >= 5 for t in self.person_titles):
                return True
        return False

    @functools.cached_property
    def _roles_longest_first(self) -> list[str]:
        return sorted(self.role_noun_index, key=len, reverse=True)


@functools.cache
def lemma_lookup() -> dict[str, str]:
    """Word form → lemma table (spacy-lookups-data, MIT): a second opinion
    for irregular verbs the trained lemmatizer gets wrong ("wies" → "weisen")."""
    with gzip.open(DATA / "de_lemma_lookup.json.gz", "rt", encoding="utf8") as handle:
        table = json.load(handle)
    # past forms the table lacks where a noun of the same letters took the entry ("Griff")
    cues = yaml.safe_load((DATA / "cues.yaml").read_text(encoding="utf8"))
    for form, lemma in cues["missing_verb_forms"].items():
        table.setdefault(form, lemma)
    return table


def nominalised_adjective(word: str) -> str | None:
    """The "-e" form of a capitalised adjective used as a name ("Grünen" and "Grüne" ->
    "Grüne", "Freiheitlichen" -> "Freiheitliche"), by the lemma table: the word's
    lower-case form must be an adjective's. None for any other word."""
    if not (word[:1].isupper() and word[1:].islower() and word.endswith(("e", "en")) and len(word) >= 5):
        return None
    base = word[:-1] if word.endswith("en") else word
    lemma = lemma_lookup().get(base.lower() + "n")
    return base if lemma and lemma[:1].islower() and lemma != base.lower() + "n" else None


@functools.cache
def corpus_nouns() -> frozenset[str]:
    """Common nouns of the tagged training corpora (``corpus_nouns.txt``, written by
    ``python -m kg.train``): German nouns the lemma table lacks ("Zukunft")."""
    return frozenset((DATA / "corpus_nouns.txt").read_text(encoding="utf8").split())


@functools.cache
def common_nouns() -> frozenset[str]:
    """Capitalised lemmas of the lookup table: the nouns German text uses."""
    return frozenset(lemma for lemma in lemma_lookup().values() if lemma[:1].isupper())


@functools.cache
def load_lexicon() -> Lexicon:
    cues = yaml.safe_load((DATA / "cues.yaml").read_text(encoding="utf8"))
    places = yaml.safe_load((DATA / "places.yaml").read_text(encoding="utf8"))
    roles = {pred: {**spec, "nouns": frozenset(fold(n) for n in spec["nouns"])}
             for pred, spec in cues["roles"].items()}
    role_index = {noun: pred for pred, spec in roles.items() for noun in spec["nouns"]}
    possessive = {fold(n): pred for pred, nouns in cues["possessive_nouns"].items() for n in nouns}
    verbs = {}
    for pred, spec in cues["verbs"].items():
        for lemma in spec["lemmas"]:
            verbs[fold(lemma)] = (spec.get("predicate", pred), spec)
    countries = tuple(
        Country(label=c["label"],
                names=frozenset(fold(n) for n in [c["label"], *c.get("aliases", [])]),
                demonyms=tuple(fold(d) for d in c.get("demonyms", [])),
                prefixes=frozenset(c.get("prefixes", [])), region=region)
        for key, region in (("countries", False), ("regions", True)) for c in places[key])
    fs = lambda key: frozenset(fold(w) for w in cues[key])  # noqa: E731
    return Lexicon(
        roles=roles, role_noun_index=role_index,
        organization_nouns=fs("organization_nouns"),
        generic_organization_nouns=fs("generic_organization_nouns"),
        institution_nouns=fs("institution_nouns"), institution_heads=fs("institution_heads"), place_bound_bodies=fs("place_bound_bodies"), product_nouns=fs("product_nouns"),
        project_nouns=fs("project_nouns"), place_nouns=fs("place_nouns"), facility_nouns=fs("facility_nouns"),
        media_nouns=fs("media_nouns"), media_titles=fs("media_titles"), place_chiefs=fs("place_chiefs"), organisation_name_endings=fs("organisation_name_endings"),
        place_name_endings=fs("place_name_endings"), named_group_nouns=fs("named_group_nouns"),
        sector_prefixes=fs("sector_prefixes"), proposal_nouns=fs("proposal_nouns"), proposal_verbs=fs("proposal_verbs"),
        department_prefixes=fs("department_prefixes"), press_prefixes=fs("press_prefixes"),
        no_role_nouns=fs("no_role_nouns"),
        genitive_body_heads=fs("genitive_body_heads"), seat_named_bodies=fs("seat_named_bodies"),
        region_nouns=fs("region_nouns"), place_group_nouns=fs("place_group_nouns"),
        compass_nouns=fs("compass_nouns"), branch_prefixes=fs("branch_prefixes"),
        branch_nouns=fs("branch_nouns"),
        list_name_nouns=fs("list_name_nouns"), kinship_nouns=fs("kinship_nouns"),
        publication_nouns=fs("publication_nouns"),
        person_titles=fs("person_titles"), national_bodies=fs("national_bodies"),
        org_role_prefixes=fs("org_role_prefixes"),
        sub_organisation_endings=tuple(sorted(fs("sub_organisation_endings"))),
        company_organ_prefixes=tuple(sorted(fs("company_organ_prefixes"))),
        funding_nouns=fs("funding_nouns"), possessive_nouns=possessive, verbs=verbs,
        verb_phrases={last: tuple(sorted(p for p in verbs if " " in p and p.split()[-1] == last))
                      for last in {p.split()[-1] for p in verbs if " " in p}},
        reciprocal_criticism_nouns=fs("reciprocal_criticism_nouns"),
        rejection_verbs={fold(v): tuple(fold(p) for p in preps) for v, preps in cues["rejection_verbs"].items()},
        rejection_nouns=fs("rejection_nouns"),
        noun_cues={fold(n): NounCue(spec.get("predicate", pred), tuple(spec["preps"]),
                                    frozenset(fold(v) for v in spec.get("verbs", [])),
                                    spec.get("inverse", False), spec.get("recipient", False),
                                    spec.get("agent_only", False))
                   for pred, spec in cues["noun_cues"].items()
                   for n in spec["nouns"]},
        criticism_adjectives=frozenset(fold(w) for w in cues["criticism_adjectives"]["words"]),
        judgement_words=fs("judgement_words"), naming_verbs=fs("naming_verbs"),
        criticism_adjective_preps=frozenset(fold(w) for w in cues["criticism_adjectives"]["preps"]),
        negated_praise=frozenset(fold(w) for w in cues["criticism_adjectives"]["negated_praise"]),
        affair_nouns=fs("affair_nouns"),
        speech_verbs=fs("speech_verbs"), konjunktiv_forms=fs("konjunktiv_forms"),
        source_preps=fs("source_preps"), dispute_cues=tuple(fold(w) for w in cues["dispute_cues"]),
        investment_cues=fs("investment_cues"), jobs_nouns=fs("jobs_nouns"),
        founding_cues=fs("founding_cues"),
        not_names=fs("not_names"),
        scales={fold(k): v for k, v in cues["scales"].items()},
        currencies={fold(k): v for k, v in cues["currencies"].items()},
        countries=countries)


#: Company legal forms: a span ending in one is a registered name, whole.
_LEGAL_FORMS = {"ag", "gmbh", "se", "kg", "ohg", "mbh", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "corp",
                "corp.", "sa", "s.a.", "nv", "n.v.", "spa", "s.p.a.", "holding", "group", "gruppe"}


def is_legal_form(word: str) -> bool:
    """A company's legal form, alone or closing a compound: "AG", "GmbH",
    "HandelsgmbH", "Holding-AG"."""
    folded = fold(word)
    return folded in _LEGAL_FORMS or (len(folded) > 5 and folded.endswith("gmbh")) \
        or folded.rpartition("-")[2] in _LEGAL_FORMS and "-" in folded
