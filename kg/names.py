"""Language pipeline stage: person names the statistical NER mislabels or misses.

The trained NER learned German names from its corpora, but news is full of
names it never saw ("Elon", "Satya", "Karoline") and it labels them ORG or
LOC, or not at all. Two general signals repair most of that, in the spaCy
component ``kg_person_names`` that runs right after ``ner``:

1. **Given names.** A given name from Faker's name lists (a maintained
   package, MIT, many locales) followed by capitalised name words is a
   person: "Elon Musk", "Karoline Leavitt", "Ursula von der Leyen".
2. **Document-level consistency.** Once a document names a person
   "Elon Musk", a bare "Musk" or "Musks" elsewhere in it is that person; and
   a name the NER labelled differently in one document takes its majority
   label there.
3. **Lists.** A capitalised word the lemma table does not know, listed right
   beside a name ("LG Display und Samsung", "Chrome oder Firefox"), is a
   name of the same kind: lists in news join like with like.

Nothing here knows a particular person: the lists are general resources.
"""
from __future__ import annotations

import functools
import importlib
import logging
import pkgutil
from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.lexicon import MONTHS, NAME_PARTICLES, common_nouns, fold, lemma_lookup, load_lexicon

log = logging.getLogger(__name__)

PERSON_NAMES = "kg_person_names"
_MAX_GIVEN_NAMES = 3
_MAX_SURNAME_WORDS = 2


@functools.cache
def given_names() -> frozenset[str]:
    """Given names of every Latin-script locale Faker knows, minus German common nouns.

    Faker's lists hold words that are also German nouns ("Rose", "Wolf") and
    month names ("Mai", "Juni"). The lemma table tells them apart: it lists a
    name only with its genitive ("Ursula" ← "Ursulas"), a noun with other
    inflected forms ("Rose" ← "Rosen", "Haus" ← "Häuser").
    """
    import faker.providers.person as person_providers

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            listed = vars(provider).get(attribute) if provider else None
            if isinstance(listed, (list, tuple, dict)):
                names.update(name for name in listed if _is_latin_name(name))
    names -= german_nouns()
    names -= {name for name in names if name.lower() in MONTHS}
    countries = _country_names()
    names -= {name for name in names if fold(name) in countries}  # "China" is an English given name
    log.debug("loaded %d given names from faker", len(names))
    return frozenset(names)


@functools.cache
def female_given_names() -> frozenset[str]:
    """Given names Faker lists only as women's ("Sonja", "Eva"; not "Andrea", which
    is a man's name in Italian): so a singular "sie" can find the woman it means."""
    import faker.providers.person as person_providers

    female: set[str] = set()
    male: set[str] = set()
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        provider = vars(getattr(module, "Provider", object))
        for attribute, names in (("first_names_female", female), ("first_names_male", male)):
            listed = provider.get(attribute)
            if isinstance(listed, (list, tuple, dict)):
                names.update(name for name in listed if _is_latin_name(name))
    return frozenset((female - male) & given_names())


@functools.cache
def surnames() -> frozenset[str]:
    """Surnames of every Latin-script locale Faker knows ("Fischer", "Koch", "Wolf"):
    a German noun on this list may still be a person's name."""
    import faker.providers.person as person_providers

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        listed = vars(getattr(module, "Provider", object)).get("last_names")
        if isinstance(listed, (list, tuple, dict)):
            names.update(name for name in listed if _is_latin_name(name))
    return frozenset(names)


def _country_names() -> set[str]:
    return {name for country in load_lexicon().countries for name in country.names}


@functools.cache
def german_nouns() -> frozenset[str]:
    """Capitalised lemmas with an inflected form other than the genitive -s: common
    nouns ("Bargeld" ← "Bargeldes"), not names ("Wien" ← "Wiens" only)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for form, lemma in lemma_lookup().items():
        if lemma[:1].isupper():
            forms[lemma].add(form)
    return frozenset(lemma for lemma, inflected in forms.items()
                     if inflected - {lemma, lemma + "s", lemma + "'", lemma + "es"})


def _is_latin_name(word: str) -> bool:
    return len(word) >= 2 and word[:1].isupper() and word[1:].islower() \
        and all(ch.isalpha() and ord(ch) < 0x250 for ch in word)


def _is_name_word(token) -> bool:
    """A capitalised word that can be part of a name: a proper noun, or any
    capitalised word the lemma table does not know as a common noun."""
    text = token.text
    if not (text[:1].isupper() and any(ch.isalpha() for ch in text)) or "-" in text[1:]:
        return False
    if len(text) > 1 and text.isupper():
        return False  # an acronym or unit: "Mio CHF", "Sam AG"
    if token.pos_ == "PROPN":
        return True
    return token.pos_ != "VERB" and text not in lemma_lookup() and text.rstrip("s") not in lemma_lookup()


def _noun_compound(word: str) -> bool:
    """A German noun or a compound ending in one of five letters or more ("Asylnovelle");
    not "Leyen", "Guttenberg"."""
    nouns = common_nouns()
    return any(word[i:].capitalize() in nouns for i in range(0, len(word) - 4))


def _is_given_name(word: str, names: frozenset[str]) -> bool:
    """A given name, double names too: "Heinz-Christian", "Jean-Claude"."""
    return word in names or ("-" in word and all(part in names for part in word.split("-")))


def _given_name_spans(doc: Doc, names: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges "given name(s) [particles] surname(s)", longest first match."""
    spans = []
    i = 0
    while i < len(doc):
        if not _is_given_name(doc[i].text, names):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < _MAX_GIVEN_NAMES and _is_given_name(doc[end].text, names) \
                and end + 1 < len(doc) and _is_name_word(doc[end + 1]):
            end += 1
        surname_end = end
        while surname_end < len(doc) and doc[surname_end].text in NAME_PARTICLES:
            surname_end += 1
        if surname_end > end and (surname_end >= len(doc) or _noun_compound(doc[surname_end].text)):
            i += 1  # "Will zu Asylnovelle": a German noun after a particle continues no name
            continue
        words = 0
        # No sentence-start test: the parser sometimes starts a sentence at
        # "Musk" in "Elon Musk"; punctuation and line breaks are no name words.
        while surname_end < len(doc) and words < _MAX_SURNAME_WORDS and _is_name_word(doc[surname_end]):
            surname_end += 1
            words += 1
            if doc[surname_end - 1].text.lower() in NAME_PARTICLES:
                # a capitalised particle opens the surname: "Alexander Van der Bellen"
                inner = surname_end
                while inner < len(doc) and doc[inner].text in NAME_PARTICLES:
                    inner += 1
                # after "Van der" any capitalised word is the surname, a German noun too ("Molen")
                if inner > surname_end and inner < len(doc) and doc[inner].text[:1].isupper() \
                        and doc[inner].text[1:].islower() and doc[inner].pos_ != "VERB":
                    surname_end, words = inner + 1, words + 1
                    break
        if words:
            spans.append((i, surname_end))
            i = surname_end
        else:
            i += 1
    return spans


def _apply_given_names(doc: Doc, ents: list[Span], names: frozenset[str]) -> list[Span]:
    for start, end in _given_name_spans(doc, names):
        overlapping = [e for e in ents if e.start < end and e.end > start]
        if any(e.end > end for e in overlapping):
            continue  # part of a longer name: "Max Planck Gesellschaft"
        if any(e.label_ == "PER" and e.start <= start and e.end >= end for e in overlapping):
            continue  # already a person, perhaps with a role in front the mentions stage trims
        ents = [e for e in ents if e not in overlapping]
        ents.append(Span(doc, start, end, label="PER"))
    return ents


def _surname_forms(ents: list[Span], names: frozenset[str]) -> set[str]:
    """Surnames of the persons a document names as "Given Surname", with the genitive.

    Only names that open with a known given name count: the NER also calls
    "Fox News" or "Trump China" a person, and their last words are no surnames.
    """
    forms = set()
    for ent in ents:
        if ent.label_ == "PER" and len(ent) >= 2 and _is_given_name(ent[0].text, names) and _is_name_word(ent[-1]):
            surname = ent[-1].text
            forms.update({surname, surname + "s", surname + "'"} if not surname.endswith("s") else {surname})
    return forms


def _apply_surnames(doc: Doc, ents: list[Span], names: frozenset[str]) -> list[Span]:
    surnames = _surname_forms(ents, names)
    if not surnames:
        return ents
    covered = {i for e in ents for i in range(e.start, e.end)}
    result = []
    nouns = common_nouns()
    for ent in ents:
        if len(ent) == 1 and ent.text in surnames and ent.label_ != "PER":
            ent = Span(doc, ent.start, ent.end, label="PER")
        elif len(ent) > 1 and ent[0].text in surnames and ent.label_ != "PER" \
                and all(t.text in nouns for t in ent[1:]):
            ent = Span(doc, ent.start, ent.start + 1, label="PER")  # "Corbyns Benehmen" read as one name
        result.append(ent)
    for token in doc:
        if token.i not in covered and token.text in surnames and _is_name_word(token):
            result.append(Span(doc, token.i, token.i + 1, label="PER"))
    return result


def _apply_majority_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    """The same name with two labels in one document takes the one most mentions have.

    Never PER: a single word the NER calls a person twice and a place once
    ("China") is more often a place; persons come from the two name signals.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    for ent in ents:
        votes[ent.text][ent.label_] += 1
    majority = {}
    for text, counts in votes.items():
        ranked = counts.most_common()
        if len(ranked) > 1 and ranked[0][1] > ranked[1][1] and ranked[0][0] != "PER":
            majority[text] = ranked[0][0]
    return [Span(doc, e.start, e.end, label=majority[e.text]) if e.text in majority else e for e in ents]


_LIST_JOINERS = {",", "und", "oder", "sowie"}


def _unknown_capitalised(token) -> bool:
    """A capitalised word the lemma table knows neither as a word nor as the
    end of a compound ("Samsung", "Firefox"; not "Betriebsrat", not "Kosten")."""
    text = token.text
    if not (len(text) >= 3 and text[:1].isupper() and text.isalpha() and not text.isupper()):
        return False
    lookup = lemma_lookup()
    if text in lookup or text.lower() in lookup or text.rstrip("s") in lookup or text in common_nouns():
        return False
    return not any(text[i:].capitalize() in lookup or text[i:].capitalize() in common_nouns()
                   for i in range(3, len(text) - 3))


def _list_partners(doc: Doc, i: int, start_of: dict, end_of: dict) -> list[Span] | None:
    """The names listed with the single word at ``i`` ("Sony, Toshiba und Hitachi"),
    or None when any other member of its list is no name."""
    partners = []
    j = i + 1
    while j + 1 < len(doc) and doc[j].text in _LIST_JOINERS:
        name = start_of.get(j + 1)
        if name is None:
            break
        partners.append(name)
        j = name.end
    j = i - 1
    while j >= 1 and doc[j].text in _LIST_JOINERS:
        name = end_of.get(j)
        if name is None:
            break
        partners.append(name)
        j = name.start - 1
    members_end = max([i + 1] + [p.end for p in partners])
    members_start = min([i] + [p.start for p in partners])
    before, after = members_start - 1, members_end
    while before >= 0 and doc[before].is_space:
        before -= 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    for k in (before, after):
        if 0 <= k < len(doc) and (doc[k].text in _LIST_JOINERS or doc[k].text[:1].isupper() or doc[k].like_num):
            return None  # the list goes on with no name, or the word is part of a longer name
    return partners or None


def _apply_list_members(doc: Doc, ents: list[Span]) -> list[Span]:
    start_of = {e.start: e for e in ents}
    end_of = {e.end: e for e in ents}
    covered = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for token in doc:
        if token.i in covered or not _unknown_capitalised(token):
            continue
        partners = _list_partners(doc, token.i, start_of, end_of)
        labels = {p.label_ for p in partners or ()}
        if len(labels) == 1 and labels <= {"PER", "ORG", "LOC"}:
            added.append(Span(doc, token.i, token.i + 1, label=labels.pop()))
    return ents + added


class PersonNames:
    """The ``kg_person_names`` component; the name lists load once, when the pipeline is built."""

    def __init__(self, names: frozenset[str]):
        self.names = names

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        ents = _apply_given_names(doc, ents, self.names)
        ents = _apply_surnames(doc, ents, self.names)
        ents = _apply_majority_labels(doc, ents)
        ents = _apply_list_members(doc, ents)
        doc.ents = sorted(ents, key=lambda e: e.start)
        return doc


@Language.factory(PERSON_NAMES, assigns=["doc.ents"], requires=["doc.ents"])
def make_person_names(nlp: Language, name: str) -> PersonNames:
    """Repair the NER's person names with given-name lists and document consistency."""
    return PersonNames(given_names())
