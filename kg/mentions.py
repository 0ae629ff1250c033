"""Entities stage, part 1: find the names an article mentions.

Four sources, from most to least direct:

1. the NER spans of the language pipeline, trimmed of articles, role nouns
   and quotes ("Sprecherin Karoline Leavitt" → "Karoline Leavitt");
2. the name part of hyphenated compounds whose other part is a cue noun or
   whose name is known ("OpenAI-Chef", "Softbank-Konzern", "US-Präsident");
3. public bodies a common noun names after a definite article ("der
   Ärztekammer", "des Außenministeriums"; ``institution_nouns`` in cues.yaml);
4. a second pass over every article with the names found anywhere in the
   collection (``gazetteer``), so a name tagged once is found everywhere,
   including genitive forms ("Musks", "Teslas").

Each mention also gets a type hint from a neighbouring cue noun ("Plattform
X" → Product, "Projekt Stargate" → Project), which resolution weighs above
the NER label.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from kg.lexicon import (MONTHS, NAME_PARTICLES, Lexicon, common_nouns, corpus_nouns, fold, is_legal_form, lemma_lookup,
                        load_lexicon, nominalised_adjective)
from typing import Sequence

from kg.names import german_nouns, given_names, surnames
from kg.nlp import is_dateline
from kg.records import Mention
from kg.resolve import ACRONYM, resolution_key

_NER_CLASS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
PERSON_ROLES = {"leads", "founded", "spokespersonOf", "advisorOf", "presidentOf"}
#: Model numbers after a product name: "10", "S7", "4S", "XC90" (not years).
_MODEL_NUMBER = re.compile(r"^(?:\d{1,2}[A-Za-z]?|[A-Z]{1,2}\d{1,3}[a-z]?)$")
#: Series numbers after a foreign product name: "Lumia 950", "Snapdragon 808", "Exynos 7420"
#: (not years: "Vision 2030").
_SERIES_NUMBER = re.compile(r"^(?!(?:19|20)\d\d$)\d{3,4}[A-Za-z]?$")
#: Words that go on a model's name after its number: "Galaxy S6 Edge", "iPhone 6 Plus".
_MODEL_SUFFIXES = frozenset({"Edge", "Plus", "Pro", "Max", "Mini", "Ultra", "Lite", "Air", "XL", "Active"})
_QUOTES = "\"'«»„“”‚‘’`"
_LEADING_WORDS = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
                  "einen", "sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr", "ihre",
                  "ihrer", "ihres", "ihrem", "ihren", "von", "vom", "zum", "zur", "im", "am", "beim",
                  "mein", "dein", "unser", "euer",
                  *(stem + ending for stem in ("mein", "dein", "unser", "eur")
                    for ending in ("e", "er", "es", "em", "en"))}
#: Words of grammar a tagger may call proper nouns at a sentence's start, and weekdays: never
#: a name on their own, so they never enter the collection's list of names ("Das", "Ein", "Montag").
_FUNCTION_WORDS = _LEADING_WORDS | {
    "er", "sie", "es", "wir", "man", "dies", "diese", "dieser", "dieses", "diesem", "diesen", "jene", "jener",
    "jenes", "jenem", "jenen", "auch", "aber", "und", "oder", "doch", "so", "wie", "wenn", "als", "nach", "vor",
    "mit", "für", "auf", "aus", "bei", "in", "an", "um", "zu", "über", "unter", "gegen", "nun", "dann", "da",
    "hier", "dort", "noch", "schon", "nur", "denn", "weil", "dass", "ob", "wer", "was", "wo", "kein", "keine",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}
_NAME_LIKE = re.compile(r"^[A-ZÄÖÜ0-9][\w&.'’+]*$|^[a-z]+[A-Z][\w]*$")


def looks_like_name(word: str) -> bool:
    """Capitalised, an acronym, or camel case ("xAI", "iPhone"); not a lowercase word."""
    return bool(_NAME_LIKE.match(word)) and any(ch.isalpha() for ch in word)


def _hyphenated_name(word: str) -> bool:
    """Capitalised parts joined by hyphens, the last no German noun: "Al-Umaliqa"
    (not "Tech-Konzern", "Billig-Tochter")."""
    parts = word.split("-")
    return len(parts) > 1 and all(looks_like_name(p) for p in parts) and not is_noun_form(parts[-1]) \
        and not _compound_common_noun(parts[-1])


def looks_like_acronym(word: str) -> bool:
    """"MGX", "xAI", "OpenAI": capitals inside one unhyphenated word."""
    return "-" not in word and sum(ch.isupper() for ch in word[1:]) >= 1 and not word.isdigit()


_WEEKDAYS = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "wochenende"}
#: seasons, a time after "im", "ab", "seit" ("im Herbst"), though "Herbst" and "Winter" are surnames too
_SEASONS = {"frühling", "frühjahr", "sommer", "herbst", "winter"}


def _season_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a season after a word of time: "im Herbst", "ab Sommer"."""
    return fold(doc[i].text) in _SEASONS and i > 0 and fold(doc[i - 1].text) in ("im", "ab", "seit", "bis", "vom")


def _trim(span: Span, lexicon: Lexicon) -> tuple[int, int] | None:
    """Token range of the name inside an NER span, without articles, role
    nouns or quotes in front and punctuation behind."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or fold(doc[start].text) in _LEADING_WORDS
                           or (doc[start].text[:1].islower() and not looks_like_name(doc[start].text))
                           or (end - start > 1 and doc[start].tag_ in ("PPER", "PRF", "PDS", "PIS"))
                           or (end - start > 1 and lexicon.role_of(doc[start].text))
                           or (end - start > 1 and lexicon.person_title(doc[start].text)
                               and doc[start].text not in given_names())):
        start += 1
    if all(fold(t.text) in _WEEKDAYS or fold(t.text) in MONTHS or t.pos_ == "ADP" for t in doc[start:end]) \
            or (end - start == 1 and _season_at(doc, start)):
        return None  # "Ab Mittwoch", "Montag", "im Herbst": a date, whatever the NER says
    for i in range(start, end):  # a span across a sentence end ("Kleiner Marco. Rubio") or a bracket
        if doc[i].text in (".", "!", "?", ";", ":", "(", ")"):
            end = i
            break
        if i > start and doc[i].text in ("am", "im", "vom", "seit", "ab", "bis") and i + 1 < end \
                and (fold(doc[i + 1].text) in _WEEKDAYS or fold(doc[i + 1].text) in MONTHS):
            end = i  # "der Arabischen Liga am Dienstag": a date after the name
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in _QUOTES):
        end -= 1
    while end - start > 1 and doc[end - 1].text.isalpha() and doc[end - 1].text.islower() \
            and doc[end - 1].pos_ in ("ADJ", "DET", "PRON", "ADV", "VERB", "AUX", "PART", "SCONJ", "CCONJ"):
        end -= 1  # "wird die KP weitere fünf Jahre anführen": the NER ran on into the sentence
    if end - start >= 2 and doc[end - 2].text.isupper() and len(doc[end - 2].text) >= 2 \
            and doc[end - 1].pos_ == "NOUN" and doc[end - 1].text in german_nouns() \
            and not is_legal_form(doc[end - 1].text):
        end -= 1  # "wirft der ÖVP Blockade vor": an acronym's name, then a common noun (not "IG Metall")
    if span.label_ == "PER" and end - start >= 3 and doc[end - 1].tag_ == "NN" and doc[end - 1].dep_ in ("obj", "iobj", "flat") \
            and doc[end - 1].text not in surnames() and doc[end - 1].text not in given_names() \
            and (doc[end - 1].text in german_nouns() or doc[end - 1].text in corpus_nouns()):
        end -= 1  # "warf Sebastian Kurz Versagen vor": a full name, then the verb's object
    if span.label_ != "PER" and end < len(doc) and _place_adjective(doc[end - 1]) and (
            doc[end].pos_ == "NOUN" or lexicon.role_of(doc[end].text) or lexicon.person_title(doc[end].text)):
        return None  # "New Yorker Niederlassung", "den Wiener FPÖ-Obmann": an adjective, not a name
    for i in range(start, min(end - 2, start + 2)):
        if _place_adjective(doc[i]) and (doc[i + 1].pos_ == "NOUN" or is_noun_form(doc[i + 1].text)
                                         or lexicon.person_title(doc[i + 1].text)) \
                and looks_like_name(doc[i + 2].text):
            start = i + 2  # "Wiener Anwaltskanzlei Lansky": the place and the descriptor are not the name
            break
    # A leading descriptor noun before a name is not part of it: "Software-Riese Oracle";
    # a registered company name keeps its words: "Energie Steiermark AG".
    after_cue_noun = False
    while end - start > 1 and not is_legal_form(doc[end - 1].text):
        if doc[start + 1].pos_ == "ADJ" and doc[start + 1].text[:1].isupper():
            break  # "Bundesverband Deutscher Versicherungskaufleute": the noun opens the name
        if fold(doc[start + 1].text) in ("für", "ohne", "of", "for"):
            break  # "Alternative für Deutschland", "Ärzte ohne Grenzen": so does this one
        if _initials_used(doc, start, end):
            break  # "Der Front National ... die FN-Chefin": the short form confirms the whole name
        if span.label_ == "PER" and doc[start].pos_ == "NOUN" and end - start >= 3 \
                and doc[start + 1].pos_ == "PROPN" and doc[start + 1].text in given_names() \
                and not (doc[start].tag_ == "NE" and doc[start].text in given_names()):
            start += 1  # "der legendäre Mentor Bill Campbell": a noun before a given name and surname
            # (not a first given name tagged as a noun: "Uwe Dieter Grebe")
            continue
        if span.label_ == "PER" and doc[start].text in given_names() and not lexicon.noun_class(doc[start].text):
            break  # "Rene Benko", "Elon Musk" with the given name tagged as a noun
        # "Die Daily Mail fügte hinzu": "Daily" is no German noun that could describe the name
        foreign_opening = _foreign_word(doc[start].text, loanwords=True) and not lexicon.noun_class(doc[start].text) \
            and not lexicon.person_title(doc[start].text) \
            and not (doc[start].text.endswith("s") and doc[start + 1].pos_ == "NOUN")  # not "Straches Facebook-Seite"
        if (doc[start].pos_ == "NOUN" or _person_noun_before_name(doc[start], end - start)) \
                and not foreign_opening and any(
                doc[i].pos_ == "PROPN" or any(ch.isdigit() for ch in doc[i].text)
                or looks_like_acronym(doc[i].text) for i in range(start + 1, end)):
            start += 1  # "Internetportal Check24" too
        elif lexicon.noun_class(doc[start].text) \
                and all(looks_like_name(doc[i].text) and not is_noun_form(doc[i].text) for i in range(start + 1, end)) \
                and (_genitive_cue_noun(doc[start].text, lexicon)
                     or (lexicon.noun_class(doc[start].text) in ("Product", "Project")
                         and _plain_cue_noun(doc[start].text, lexicon))
                     or all(looks_like_acronym(doc[i].text) or any(ch.isdigit() for ch in doc[i].text)
                            for i in range(start + 1, end))):
            # the tagger misreads some ("der Suchmaschine Bing" as PROPN + NOUN): a product
            # noun before words no German dictionary knows is a descriptor all the same; an
            # organisation noun only before a brand-like word ("dem Internetportal Check24";
            # "Bank Austria" is a name)
            start += 1
            after_cue_noun = True
        else:
            break
        while end - start > 1 and fold(doc[start].text) in _LEADING_WORDS:
            start += 1  # "Mentor von Apple": the preposition after the descriptor goes too
    # A genitive name before a noun is not part of the name: "Trumps Wirtschaftspläne".
    if end - start > 1 and doc[start].pos_ == "PROPN" and doc[start].text.endswith("s") \
            and not _genitive_cue_noun(doc[start].text, lexicon) \
            and (doc[start + 1].pos_ == "NOUN" or "-" in doc[start + 1].text
                 or (end - start == 2 and (_is_common_noun(doc[start + 1].text) or lexicon.person_title(doc[start + 1].text))
                     and doc[start].text not in given_names())) \
            and not is_legal_form(doc[start + 1].text) \
            and not (span.label_ == "PER" and doc[start].text in given_names()
                     and not is_noun_form(doc[start + 1].text)):
        # "Siemens AG" is one name; so is "Markus Abwerzger" (a given name, then no German noun)
        if start + 2 < end and all(doc[i].pos_ == "PROPN" for i in range(start + 2, end)) \
                and doc[start + 1].pos_ == "NOUN":
            start += 2  # "Trumps Tochter Ivanka Trump": the name after the noun (the genitive is found on its own)
        else:
            end = start + 1
    # "Mahrer" after "Harald Mahrer" in the same text: a surname, whatever the tagger says
    known_surname = end - start == 1 and any(len(e) > 1 and e.label_ == "PER" and e[-1].text == doc[start].text
                                             for e in doc.ents)
    if span.label_ == "PER" and end - start == 2 \
            and not any(part in given_names() for part in doc[start].text.split("-")) \
            and doc[start + 1].text in german_nouns() and doc[start + 1].text not in surnames():
        return None  # "Herbe Kritik an X kam ...": an adjective and a common noun, no name
    if span.label_ == "PER":
        for i in range(start + 1, end):
            if doc[i].is_punct or (doc[i].text[:1].islower() and doc[i].text not in NAME_PARTICLES
                                   and not re.match(r"[a-z]{1,3}-[A-Z]", doc[i].text)):  # "al-Baghdadi"
                end = i  # "Will zu Asylnovelle": a name has no lower-case words but particles
                break
        while end - start > 1 and (lexicon.role_of(doc[end - 1].text) or (
                doc[end - 1].text.endswith(_ABSTRACT_SUFFIXES) and is_noun_form(doc[end - 1].text)) or (
                end - start > 2 and doc[end - 1].text not in surnames()
                and (_compound_common_noun(doc[end - 1].text) or doc[end - 1].text in german_nouns()))):
            end -= 1  # "dass Hillary Clinton Präsidentin wird": the role is not the name; nor
            # an abstract noun after it ("löst bei Sonja Wehsely Empörung aus"), nor a common noun
            # after a full name ("leistete Angela Merkel Schützenhilfe")
        if not any(doc[i].pos_ == "PROPN" for i in range(start, end)) \
                and not (end - start > 1 and doc[start].text in given_names()) and not known_surname:
            return None  # "Künstliche Intelligenz" tagged as a person; "Sessions" after "Jeff Sessions" stays
    if span.label_ != "PER":
        while end - start > 1 and lexicon.person_title(doc[end - 1].text) and doc[end - 1].text not in given_names():
            end -= 1  # "über die Landesliste Klubobmann X": a person's title ends no organisation's name
    if start < end and not after_cue_noun and not known_surname and all(doc[i].pos_ == "NOUN" for i in range(start, end)) \
            and not any(looks_like_acronym(doc[i].text) for i in range(start, end)) \
            and not (span.label_ == "LOC" and end - start == 1 and start > 0
                     and doc[start - 1].text in ("in", "nach", "aus") and "-" not in doc[start].text
                     and not is_noun_form(doc[start].text) and not _compound_common_noun(doc[start].text)
                     and doc[start].text not in corpus_nouns() and doc[start].text not in lemma_lookup()):
        return None  # common nouns only: "Themen", "Joint Venture" (not a place the tagger called a noun: "Saalfelden")
    if start >= end:
        return None
    return start, end


#: Name particles after which a capital inside a surname is normal ("McCain", "DiCaprio").
_SURNAME_PARTICLES = ("Mc", "Mac", "O'", "O’", "Di", "De", "Da", "La", "Le", "Van", "Von", "Du")


def _country_word(token, lexicon: Lexicon) -> bool:
    """The nominative name of a country ("China", "Japan"; not "Jordan", which is
    Jordanien in German)."""
    country = lexicon.country_by_name(token.text)
    return country is not None and country.label == token.text


def _no_person_name(span: Span, lexicon: Lexicon) -> bool:
    """A name NER called a person that cannot be one: a country in it ("Japan
    Display", "Samsung Korea" — never "Paris Hilton": only countries count) or a
    single word with a capital inside ("GeekWire", "YouTube"; not "McCain"), or digits."""
    if len(span) > 1 and any(_country_word(t, lexicon) for t in span):
        return True
    if any(ch.isdigit() for t in span for ch in t.text):
        return True  # "Check24"
    word = span[0].text
    return len(span) == 1 and word[:1].isupper() and any(ch.isupper() for ch in word[1:]) \
        and not word.isupper() and "-" not in word and not word.startswith(_SURNAME_PARTICLES)


#: Endings of German abstract nouns, which are never part of a person's name.
_ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis")


def _local_thing(token, lexicon: Lexicon) -> bool:
    """A singular German common noun that names no kind of organisation, body or
    place ("Asylquartier", "Durchzugsverkehr", "Bergkäse"): after a place adjective
    it is a thing of that place, not a name. Plurals stay names ("Wiener Linien",
    "Salzburger Festspiele"), as do "Wiener Zeitung" and "Schweizer Rheintal"."""
    word = token.text
    abstract_first_part = any(joint in word[3:-3] for joint in ("ungs", "heits", "keits", "schafts", "tions"))
    if not (word[:1].isupper() and word[1:].islower()
            and (is_noun_form(word) or _compound_common_noun(word) or abstract_first_part)):
        return False
    if lexicon.noun_class(word) or lexicon.institution(word) or lexicon.role_of(word) or is_legal_form(word):
        return False
    return "Plur" not in token.morph.get("Number")


def _genitive_cue_noun(word: str, lexicon: Lexicon) -> bool:
    """A cue noun in the genitive ("des Nachrichtenmagazins Forbes", "des Konzerns"):
    a description before a name, never a name's first word ("Bank Austria" is a name)."""
    folded = fold(word)
    cue_nouns = lexicon.organization_nouns | lexicon.product_nouns | lexicon.project_nouns
    return word[1:].islower() and folded.endswith("s") and bool(lexicon.noun_class(word)) \
        and not any(folded.endswith(n) for n in cue_nouns)  # "Fonds", "Verbands-" stay


def _plain_cue_noun(word: str, lexicon: Lexicon) -> bool:
    """A cue noun as a whole word ("Suchmaschine", "Software-Riese", "Konzerne"), not
    a name that merely ends like one ("Volksbank", "Raiffeisenbank")."""
    folded = fold(word)
    return is_noun_form(word) or "-" in word or folded in lexicon.organization_nouns \
        or folded in lexicon.product_nouns or folded in lexicon.project_nouns


def _registered_name_start(doc: Doc, start: int, lexicon: Lexicon) -> int:
    """First token of a company name that ends in a legal form, when NER
    started it too late: "Die Energie Steiermark AG" tagged "Steiermark AG".
    Capitalised words right after an article belong to the name; a descriptor
    ("Konzern", "Chef") or anything else ends the search."""
    i = start
    while i > 0 and doc[i - 1].pos_ in ("NOUN", "PROPN") \
            and (looks_like_name(doc[i - 1].text) or _double_surname(doc[i - 1], tags=("PROPN", "NOUN"))) \
            and not doc[i - 1].ent_type_ \
            and not lexicon.noun_class(doc[i - 1].text) and not lexicon.role_of(doc[i - 1].text):
        i -= 1
    if i > 2 and fold(doc[i - 1].text) in ("und", "oder") and doc[i - 2].text.endswith("-") \
            and doc[i - 2].text[:1].isupper():
        # "Die Österreichische Bundes- und Industriebeteiligungen GmbH": a word cut short before
        # "und" shares the name's last noun, and a capitalised adjective before it opens the name
        i -= 2
        while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
                and fold(doc[i - 1].text) not in _LEADING_WORDS:
            i -= 1
        return i
    if i < start and i > 0 and fold(doc[i - 1].text) in ("der", "die", "das", "des", "dem", "den"):
        return i
    return start


def _place_adjective(token) -> bool:
    """"Wiener", "Yorker", "Grazer": a capitalised adjective formed from a place (not a
    double given name: "Hans-Werner")."""
    text = token.text
    return len(text) >= 5 and text.endswith("er") and text[:1].isupper() \
        and (token.pos_ in ("ADJ", "PROPN") or token.tag_ == "ADJA") \
        and not text.isupper() and not ("-" in text and all(part in given_names() for part in text.split("-")))


def _person_noun_before_name(token, span_length: int) -> bool:
    """"um Prediger Fethullah Gülen", "Politneuling Jimmy Morales": a noun for a person
    (in -er, -erin; or -ling, -ist before a given name), tagged a proper noun, before two
    more words ("Bank Austria" keeps its first word)."""
    if span_length < 3:
        return False
    if token.tag_ == "NN" and token.text.endswith(("er", "erin")) and _is_common_noun(token.text):
        return True
    nxt = token.doc[token.i + 1]
    return token.text[1:].islower() and token.text.endswith(("ling", "ist", "istin")) \
        and token.text not in given_names() and nxt.text in given_names()


def _is_common_noun(word: str) -> bool:
    """A capitalised German common noun ("Streik", "Kritik"), by the lemma table;
    not a second name part ("Benz" in "Mercedes-Benz")."""
    return len(word) >= 4 and word[:1].isupper() and word[1:].islower() and word in common_nouns()


def is_noun_form(word: str) -> bool:
    """A German noun by the lemma table, inflected ("Anschläge") and gender-inclusive
    forms ("ArbeitnehmerInnen", "Lehrer*innen") too. The table also holds some
    place names and surnames ("Wien", "Merkel"), so this never decides alone
    that a word is no name."""
    nouns = common_nouns()
    return word in nouns or lemma_lookup().get(word) in nouns \
        or re.sub(r"(?:[*:_]i|I)nnen$", "", word) in nouns


def _abbreviates_common_noun(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """An acronym in brackets right after a common noun that names no organisation
    and is no name itself: "Umweltverträglichkeits-Prüfung (UVP)", "Bruttoinlandsprodukt
    (BIP)". Kept: "Bundeswettbewerbsbehörde (BWB)" (an organisation noun), "Vereinte
    Nationen (UN)" (a name NER found)."""
    if end - start != 1 or start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    word = doc[start - 2]
    if not doc[start].text.isupper() or word.ent_type_ or word.pos_ != "NOUN":
        return False
    last = word.text.rpartition("-")[2]
    return is_noun_form(last if last[:1].isupper() else last.capitalize()) \
        and not lexicon.noun_class(word.text) and not lexicon.institution(word.text) \
        and not _organisation_noun_before(doc, start - 1, lexicon)


def doc_text(doc: Doc) -> str:
    """The document's text, joined once: spaCy rebuilds ``doc.text`` from its tokens on every access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def _mention(doc: Doc, article: str, start_char: int, end_char: int, label: str, source: str) -> Mention | None:
    raw = doc_text(doc)[start_char:end_char]
    text = raw.strip(_QUOTES + " \n\t").rstrip(".,;:!?")
    if not text or not any(ch.isalpha() for ch in text) or len(text) > 80 or "\n" in text or text.endswith("-"):
        return None  # (nor a word cut short: "Bundes-" of "Bundes- und Industriebeteiligungen GmbH")
    offset = raw.find(text)
    start = start_char + offset
    return Mention(article, start, start + len(text), text, label, source)


#: verbs of bringing goods to market: "Unter dem Namen X liefert/verkauft Y ..."
_SELLING_VERBS = frozenset({"liefern", "verkaufen", "anbieten", "vermarkten", "bringen", "vertreiben", "einführen",
                            "veröffentlichen", "starten"})


def type_hint(doc: Doc, start_token: int, end_token: int, lexicon: Lexicon) -> str | None:
    """Class a cue noun right before the name, or joined to it, gives it.

    "Plattform X", "KI-Chatbot ChatGPT", "Projekt mit dem Namen Stargate",
    "Stargate-Projekt", "der Software-Riese Oracle".
    """
    if start_token > 0:
        prev = doc[start_token - 1]
        cls = lexicon.noun_class(prev.text) if prev.text[:1].isupper() else None
        if cls and fold(prev.text) in lexicon.kinship_nouns \
                and (doc[start_token].ent_type_ == "PER" or doc[start_token].text in given_names()):
            return None  # "Trumps Tochter Ivanka": kin, not a company
        if cls == "Organization" and end_token - start_token >= 2 and doc[start_token].ent_type_ == "PER" \
                and doc[start_token].text in given_names() and lexicon.role_of(prev.text):
            return None  # "US-Starinvestor Warren Buffett": an investor or partner may be a person
        if cls and end_token - start_token >= 2 and doc[start_token].text in given_names() \
                and doc[end_token - 1].text.endswith("s"):
            return None  # "im Magna-Konzern Frank Stronachs": its owner in the genitive, a person
        if cls:
            return cls
        # "Projekt mit dem Namen Stargate"
        if start_token >= 4 and fold(prev.text) == "namen" and fold(doc[start_token - 3].text) == "mit":
            return lexicon.noun_class(doc[start_token - 4].text)
        # "Unter dem Namen Nexus Imprint liefert Google ...": what a firm sells under a name is a product
        if start_token >= 3 and fold(prev.text) == "namen" and fold(doc[start_token - 3].text) == "unter" \
                and {fold(prev.head.lemma_ or ""), fold(lemma_lookup().get(prev.head.text, ""))} & _SELLING_VERBS:
            return "Product"
    if end_token < len(doc):
        nxt = doc[end_token]
        if nxt.text.startswith("-") and len(nxt.text) > 1:
            return lexicon.noun_class(nxt.text)
        if start_token > 1 and doc[start_token - 1].text == "(" and nxt.text == ")" \
                and doc[start_token].text.isupper() and _organisation_noun_before(doc, start_token - 1, lexicon):
            return "Organization"
    return None


def _organisation_noun_before(doc: Doc, bracket: int, lexicon: Lexicon) -> bool:
    """Whether the words before an opening bracket spell out a body: "der Kommission
    für Menschenrechte und Nationale Versöhnung (CCDHRN)" (an organisation noun within
    eight words, no punctuation between)."""
    for tok in reversed(doc[max(0, bracket - 8):bracket]):
        if tok.is_punct:
            return False
        if tok.pos_ == "NOUN" and lexicon.noun_class(tok.text) == "Organization":
            return True
    return False


def ner_mentions(doc: Doc, article: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """Mentions from the NER spans and from hyphenated compounds."""
    lexicon = lexicon or load_lexicon()
    found: list[Mention] = []
    for ent in doc.ents:
        label = _NER_CLASS.get(ent.label_)
        if label is None:
            continue
        trimmed = _trim(ent, lexicon)
        if trimmed is None:
            continue
        start, end = trimmed
        if end + 2 < len(doc) and fold(doc[end - 1].text) == "für" and doc[end].text.endswith("-") \
                and fold(doc[end + 1].text) in ("und", "oder") and doc[end + 2].text[:1].isupper():
            end += 3  # "Institut für Rechts- und Kriminalsoziologie": the NER stopped at the cut word
        elif end - start > 1 and fold(doc[end - 1].text) in ("für", "und", "der", "des"):
            end -= 1  # a name does not end in a function word
        for extra in (0, 1, 2):  # "Limbach Installtec Gmbh": the NER stopped before the rest of the company name
            if end + extra < len(doc) and not is_legal_form(doc[end - 1].text) and is_legal_form(doc[end + extra].text) \
                    and all(t.text[:1].isupper() and t.text not in german_nouns() for t in doc[end:end + extra]):
                end += extra + 1
                break
        if is_legal_form(doc[end - 1].text):
            start = _registered_name_start(doc, start, lexicon)
        first = doc[start].text
        # An NER span that is one compound ("OpenAI-Chef", "US-Börse") is handled below.
        if end - start == 1 and "-" in first and (lexicon.role_of(first) or lexicon.noun_class(first)
                                                  or lexicon.person_title(first)
                                                  or lexicon.country_by_demonym(first.split("-")[0])):
            continue
        if end - start == 1 and fold(first) in lexicon.not_names:
            continue
        if end + 2 < len(doc) and doc[end].text == "(" and fold(doc[end + 1].text) in lexicon.not_names \
                and doc[end + 2].text == ")":
            continue  # "Künstliche Intelligenz (KI)": spelled out, a common abbreviation is a common noun
        if label in ("PER", "LOC") and end - start == 1 and first[1:].islower() and lexicon.noun_class(first) \
                and not _plain_cue_noun(first, lexicon) and first not in given_names():
            continue  # "Bildschirmhersteller", "Internetportal": a compound of a cue noun is a description
        if fold(doc[start].text) in MONTHS and all(t.like_num or t.is_punct or lexicon.person_title(t.text)
                                                   or lexicon.role_of(t.text) for t in doc[start + 1:end]):
            continue  # "März 2007": a date; "seit Mai Bundeskanzler": a date and an office
        if label in ("LOC", "PER") and end - start == 1 and first in german_nouns() and first not in surnames() \
                and first not in given_names() and not lexicon.country_by_name(first):
            continue  # "Die Abschaffung von Bargeld": a common noun, which no name inflects like
        if _abbreviates_common_noun(doc, start, end, lexicon):
            continue  # "Umweltverträglichkeits-Prüfung (UVP)": the short form of a thing, no organisation
        if label in ("PER", "LOC") and end - start == 1 and doc[start].tag_ == "NN" and first[1:].islower() \
                and is_noun_form(first) and not type_hint(doc, start, end, lexicon):
            continue  # "Razzien", "Haftbefehl": a German common noun the tagger calls one (parties
            # such as "die Grünen" are organisations and stay)
        if label == "PER" and end - start > 1 and _country_word(doc[end - 1], lexicon):
            end -= 1  # "Während Trump China als Feind betrachtet": two names run together
        end_char = doc[end - 1].idx + len(doc[end - 1].text)
        last_head, _, last_tail = doc[end - 1].text.rpartition("-")
        if label == "ORG" and end - start == 1 and last_head and looks_like_name(last_head.split("-")[-1]) \
                and (_is_common_noun(last_tail) or (len(last_tail) >= 4 and last_tail[1:].islower()
                                                   and last_tail in corpus_nouns())):
            # "Lufthansa-Streik", "Facebook-Account" (a noun of the corpora, loanwords
            # too): the organisation is the part before the noun (places and people
            # keep theirs: "Baden-Württemberg", "Müller-Wolf"; longer names theirs:
            # "Deutsche Presse-Agentur").
            end_char -= len(last_tail) + 1
        hint = type_hint(doc, start, end, lexicon)
        if label == "LOC" and end - start >= 2 and not hint and doc[end - 1].text[1:].islower() \
                and lexicon.noun_class(doc[end - 1].text) == "Organization":
            hint = "Organization"  # "des Ifo Instituts": a name ending in an organisation noun
        if is_legal_form(doc[end - 1].text):
            label, hint = "ORG", None  # "Flughafen Wien AG": a registered company, whatever NER says
        if _LOWERCASE_BRAND.match(first) and not hint:
            label = "Product"  # "iOS 9", which the NER may call a place
        if label in ("LOC", "PER") and end < len(doc) and _MODEL_NUMBER.match(doc[end].text) \
                and not lexicon.country_by_name(doc[end - 1].text):
            # "Windows 10", "Galaxy S7": a name with a model number is a product
            last_model = doc[end + 1] if end + 1 < len(doc) and doc[end + 1].text in _MODEL_SUFFIXES else doc[end]
            end_char, label, hint = last_model.idx + len(last_model.text), "Product", None
        if label == "ORG" and fold(doc[end - 1].text) in lexicon.genitive_body_heads \
                and _genitive_plural_after(doc, doc[end - 1]) is not None:
            # "der Österreichischen Akademie der Wissenschaften": the genitive is part of the name
            end_char = _genitive_plural_after(doc, doc[end - 1]).idx + len(_genitive_plural_after(doc, doc[end - 1]))
        if label == "PER" and end - start == 2 and _place_adjective(doc[start]) \
                and doc[start].text not in given_names() and _is_common_noun(doc[start + 1].text):
            continue  # "Tiroler Speck": a place adjective before a common noun names no one
        if label == "LOC" and end - start == 1 and end < len(doc) and _place_adjective(doc[start]) \
                and doc[start].text not in given_names() and "NN" in (doc[end].pos_[:2], doc[end].tag_) \
                and doc[end].text[:1].isupper():
            continue  # "die Wiener Unicredit-Tochter": the adjective of a place, not its name
        if label in ("ORG", "LOC") and end - start == 2 and _place_adjective(doc[start]) \
                and doc[start].text not in given_names() and (_local_thing(doc[start + 1], lexicon) or (
                    "-" in doc[start + 1].text and lexicon.role_of(doc[start + 1].text))):
            continue  # "das Erdberger Asylquartier", "der Schweizer Durchzugsverkehr": a thing of the place;
            # "der Wiener Unicredit-Tochter": a description (its first part is a name of its own)
        last = doc[end - 1].text
        if label == "LOC" and end - start > 1 and (lexicon.institution(last) or fold(last) in lexicon.institution_heads
                                                    or lexicon.noun_class(last) == "Organization"):
            label = "ORG"  # "der Oberste Gerichtshof": a body, whatever place the NER saw in it
        if label == "PER" and _no_person_name(doc[start:end], lexicon):
            label = "ORG"  # "Japan Display", "GeekWire": a firm the NER took for a person
        if start > ent.start and (lexicon.role_of(doc[start - 1].text) in PERSON_ROLES
                                  or lexicon.person_title(doc[start - 1].text)):
            label = "PER"  # "Microsoft-Chef Satya Nadella": whoever holds the role is a person
        elif label == "ORG" and start == ent.start and start > 0 and end - start >= 2 \
                and lexicon.role_of(doc[start - 1].text) in PERSON_ROLES and not doc[start - 1].text.endswith("s") \
                and all(looks_like_name(t.text) or t.text[:1].islower() and "-" in t.text for t in doc[start:end]) \
                and not _no_person_name(doc[start:end], lexicon) and not lexicon.noun_class(doc[end - 1].text) \
                and fold(doc[end - 1].text) not in lexicon.organisation_name_endings \
                and not is_legal_form(doc[end - 1].text):
            label = "PER"  # "von IS-Anführer Abu Bakr al-Baghdadi": the name after a chief's role is his
        if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].text[:1].isupper() \
                and doc[end].text[1:].islower() and fold(doc[end].text) in lexicon.organisation_name_endings \
                and (end < ent.end or not doc[end].ent_type_):
            # "der Amadeu Antonio Stiftung", "die Wagner Gruppe": the NER stopped before the word
            # that makes the name an organisation's, or the trim took it off a person's (and a
            # name word no dictionary knows before it is part of it)
            while start > 0 and doc[start - 1].pos_ in ("PROPN", "NOUN", "X") and not doc[start - 1].ent_type_ \
                    and not doc[start - 1].is_sent_start and looks_like_name(doc[start - 1].text) \
                    and not is_noun_form(doc[start - 1].text) and not lexicon.noun_class(doc[start - 1].text):
                start -= 1
            end_char, label, hint = doc[end].idx + len(doc[end].text), "ORG", None
        purpose = _purpose_after(doc, end) if label == "ORG" and doc[end - 1].pos_ == "NOUN" \
            and doc[end - 1].text[1:].islower() and end_char == doc[end - 1].idx + len(doc[end - 1].text) else None
        if purpose is not None:
            end_char = purpose.idx + len(purpose.text)  # "der Syrischen Beobachtungsstelle [für Menschenrechte]"
        mention = _mention(doc, article, doc[start].idx, end_char, hint or label, "ner")
        if mention:
            found.append(mention)
    found.extend(compound_mentions(doc, article, lexicon, known={}))
    found.extend(demonym_mentions(doc, article, lexicon, found))
    found.extend(cue_mentions(doc, article, lexicon, found))
    found.extend(source_mentions(doc, article, lexicon, found))
    found.extend(role_mentions(doc, article, lexicon, found))
    found.extend(institution_mentions(doc, article, lexicon, found))
    found.extend(national_name_mentions(doc, article, lexicon, found))
    found.extend(lowercase_brand_mentions(doc, article, lexicon, found))
    models = model_name_mentions(doc, article, lexicon, found)
    found = [m for m in found if not any(t.start <= m.start and m.end <= t.end for t in models)] + models
    spelled_out = spelled_out_mentions(doc, article, lexicon, found)
    found = [m for m in found if not any(t.start <= m.start and m.end <= t.end for t in spelled_out)] + spelled_out
    seated = seat_named_mentions(doc, article, lexicon, found)
    found = [m for m in found if not any(doc.char_span(t.start, t.end, alignment_mode="expand").start_char <= m.start
                                         and m.end <= t.end for t in seated)] + seated
    found.extend(bracketed_acronym_mentions(doc, article, found))
    found.extend(region_member_mentions(doc, article, lexicon, found))
    found.extend(bracket_list_mentions(doc, article, found))
    found.extend(country_mentions(doc, article, lexicon, found))
    found.extend(dateline_mentions(doc, article, found))
    lists = list_name_mentions(doc, article, lexicon)
    found = [m for m in found if not any(t.start <= m.start and m.end <= t.end for t in lists)] + lists
    return coordinated_mentions(doc, article, lexicon, found)


def country_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """Country names the NER missed, genitive included: "Türkeis Präsident Erdogan"."""
    covered = [(m.start, m.end) for m in existing]
    found = []
    for tok in doc:
        if not tok.text[:1].isupper() or len(tok.text) < 4 or "-" in tok.text \
                or any(s < tok.idx + len(tok) and tok.idx < e for s, e in covered):
            continue
        country = lexicon.country_by_name(tok.text)
        if country is not None and tok.text in (country.label, country.label + "s"):
            found.append(Mention(article, tok.idx, tok.idx + len(tok), tok.text, "LOC", "country"))
    return found


def list_name_mentions(doc: Doc, article: str, lexicon: Lexicon) -> list[Mention]:
    """Parties and lists named "Team X" or "Liste X" ("Team Stronach", "Liste Pilz"):
    the noun is part of the name, and the name after it is no person here."""
    found = []
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        if fold(token.text) not in lexicon.list_name_nouns or not token.text[:1].isupper() \
                or not looks_like_name(nxt.text) or (is_noun_form(nxt.text) and nxt.text not in surnames()) \
                or nxt.pos_ not in ("PROPN", "NOUN"):
            continue
        if nxt.text.endswith("s") and (nxt.ent_type_ in ("LOC", "ORG") or lexicon.country_by_name(nxt.text[:-1])):
            continue  # "auf der Liste Moskaus": whose list, not its name
        end = nxt
        if token.i + 2 < len(doc) and doc[token.i + 2].pos_ == "PROPN" and looks_like_name(doc[token.i + 2].text) \
                and nxt.text in given_names():
            end = doc[token.i + 2]  # "Liste Peter Pilz"
        mention = _mention(doc, article, token.idx, end.idx + len(end.text), "Organization", "list")
        if mention and fold(token.text) == "teams":  # "des Teams Stronach": named in the nominative
            mention = Mention(article, mention.start, mention.end, "Team" + mention.text[len("Teams"):],
                              mention.label, mention.source)
        found += [mention] if mention else []
    return found


def dateline_mentions(doc: Doc, article: str, existing: list[Mention]) -> list[Mention]:
    """The places of a dateline the NER missed: "Bozen – Im Prozess gegen ...",
    "Wien/Gumpoldskirchen – ...": where the story was filed."""
    covered = [(m.start, m.end) for m in existing]
    found = []
    for dash in doc:
        if not is_dateline(doc, dash.i):
            continue
        start = dash.i
        while start > 0 and not doc[start - 1].is_sent_end and not doc[start - 1].is_space \
                and doc[start - 1].text not in (".", "!", "?"):
            start -= 1
        parts: list[list] = [[]]
        for tok in doc[start:dash.i]:
            if tok.text == "/":
                parts.append([])
            else:
                parts[-1].append(tok)
        for part in parts:
            if not part or not all(looks_like_name(t.text) for t in part):
                continue
            begin, end = part[0].idx, part[-1].idx + len(part[-1].text)
            if not any(s < end and begin < e for s, e in covered):
                mention = _mention(doc, article, begin, end, "LOC", "dateline")
                found += [mention] if mention else []
    return found


def bracket_list_mentions(doc: Doc, article: str, existing: list[Mention]) -> list[Mention]:
    """Brands listed in brackets after a company, which NER misses for their odd
    spelling: "United Internet (1&1, GMX, Web.de)". Two or more items of one to
    two name-like words each; the company must be an organisation mention."""
    found = []
    org_ends = {m.end for m in existing if m.label in ("ORG", "Organization")}
    covered = [(m.start, m.end) for m in existing if m.label != "MISC"]
    for tok in doc[1:]:
        if tok.text != "(" or doc[tok.i - 1].idx + len(doc[tok.i - 1].text) not in org_ends:
            continue
        close = next((t.i for t in doc[tok.i + 1:tok.i + 16] if t.text == ")"), None)
        if close is None:
            continue
        items, current = [], []
        for t in doc[tok.i + 1:close + 1]:
            if t.text in (",", "und", "sowie", ")"):
                items.append(current)
                current = []
            else:
                current.append(t)
        if len(items) < 2 or any(not item or len(item) > 2 or not all(
                looks_like_name(t.text) or any(ch.isdigit() for ch in t.text) for t in item) for item in items):
            continue
        if any(all(re.fullmatch(r"\d+\.?", t.text) or fold(t.text) in MONTHS for t in item) for item in items):
            continue  # "der Copa del Rey (4. und 10. Februar)": dates, not brands
        for item in items:
            start, end = item[0].idx, item[-1].idx + len(item[-1].text)
            if not any(s < end and start < e for s, e in covered):  # "1&1" has no letter: no _mention
                found.append(Mention(article, start, end, doc_text(doc)[start:end], "ORG", "bracket"))
    return found


_DEFINITE = {"der", "die", "das", "des", "dem", "den", "vom", "beim", "im", "ins", "zum", "zur", "am"}


#: Endings of an association's name: "Gemeindebund", "Sparkassenverband", "Richtervereinigung".
_ASSOCIATION_ENDINGS = ("bund", "verband", "vereinigung")


def _association_prefix(prefix: str) -> str | None:
    """The association a role compound opens with ("Gemeindebundpräsident" ->
    "Gemeindebund", "Sparkassenverbandspräsident" -> "Sparkassenverband"), its
    linking "s" dropped; not a bare "Verband" or "Bundes-"."""
    name = prefix[:-1] if prefix.endswith("s") and fold(prefix[:-1]).endswith(_ASSOCIATION_ENDINGS) else prefix
    ending = next((e for e in _ASSOCIATION_ENDINGS if fold(name).endswith(e)), None)
    return name if ending and len(name) >= len(ending) + 3 else None


def institution_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """Public bodies named by a common noun after a definite article: "der Ärztekammer",
    "des Außenministeriums" (as "Außenministerium"), "vor dem Landgericht Köln" (with its
    place), and the first part of a role compound ("Landesschulratspräsident" ->
    "Landesschulrat"); a place adjective before the noun opens the name ("das Moskauer
    Außenministerium"), and names a facility as a place ("am Salzburger Flughafen"). Not when a name follows: "der Ärztegewerkschaft Asklepios"
    names Asklepios."""
    covered = [(m.start, m.end) for m in existing]
    found = []
    for token in doc:
        prefix = lexicon.role_prefix(token.text) if token.text[:1].isupper() else None
        body = (lexicon.institution(prefix) or _association_prefix(prefix)) if prefix else None
        if body and not any(s < token.idx + len(token) and token.idx < e for s, e in covered):
            # "Rechnungshofpräsident Josef Moser", "Landesschulratspräsident": the body has a head
            mention = _mention(doc, article, token.idx, token.idx + len(body), "Organization", "institution")
            if mention:
                found.append(mention)
            continue
        if token.i == 0 or token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isupper():
            continue
        # "das Moskauer Außenministerium": a place adjective opens the body's name
        first = doc[token.i - 1] if token.i >= 2 and _place_adjective(doc[token.i - 1]) else token
        if first is token and token.i >= 2 and doc[token.i - 1].pos_ == "ADJ" and doc[token.i - 1].text[:1].isupper() \
                and not lexicon.country_by_demonym(doc[token.i - 1].text):
            first = doc[token.i - 1]  # "der Oberste Gerichtshof": a capitalised adjective opens the name
        # "die rumänische Antikorruptionsstaatsanwaltschaft": a country adjective, not part of the name
        national = token.i >= 2 and first is token and doc[token.i - 1].pos_ == "ADJ" \
            and lexicon.country_by_demonym(doc[token.i - 1].text) is not None
        if fold(doc[first.i - (2 if national else 1)].text) not in _DEFINITE:
            continue
        if first.i < token.i and fold(token.text) in lexicon.facility_nouns and (
                token.i + 1 >= len(doc) or not doc[token.i + 1].ent_type_) \
                and not any(s < token.idx + len(token) and first.idx < e for s, e in covered):
            # "am Salzburger Flughafen": the place's airport, itself a place
            mention = _mention(doc, article, first.idx, token.idx + len(token), "Place", "institution")
            if mention:
                found.append(mention)
            continue
        genitive = _genitive_plural_after(doc, token) \
            if fold(token.text) in lexicon.genitive_body_heads or lexicon.institution(token.text) else None
        if genitive is not None and not any(s < genitive.idx + len(genitive) and first.idx < e for s, e in covered):
            # "der Hauptverband der Sozialversicherungsträger", "die Kammer der Wirtschaftstreuhänder"
            mention = _mention(doc, article, first.idx, genitive.idx + len(genitive), "Organization", "institution")
            if mention:
                found.append(mention)
            continue
        name = lexicon.institution(token.text)
        place = next((e for e in doc.ents if e.start == token.i + 1 and e.label_ == "LOC"
                      and e.root.head.i == token.i), None) \
            if name or fold(token.text) in lexicon.institution_heads else None
        # (the parse hangs the place on the body: "hatte die EU-Kommission Griechenland gedrängt" is two)
        head_part = token.text.split("-")[0]
        # a country's body: "EU-Kommission", "US-Justizministerium" (not "Anti-Korruptionsbehörde DNA")
        prefixed = "-" in token.text and name is not None \
            and (head_part.isupper() or lexicon.country_by_demonym(head_part) is not None)
        if place is not None and prefixed:
            place = None  # "dass die EU-Kommission Deutschland verklagt hat": a prefixed body takes no seat
        if name is None and place is not None:
            name = token.text  # "die Staatsanwaltschaft Wien": a bare head with its place is a name
        if not name or any(s < token.idx + len(token) and first.idx < e for s, e in covered):
            continue
        end_char = token.idx + len(name)
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if place is not None and name == token.text:
            end_char = place.end_char  # "Landgericht Köln"
        elif nxt is not None and (nxt.ent_type_ or nxt.pos_ == "PROPN") and not prefixed and not (
                nxt.ent_type_ == "LOC" and nxt.head.i != token.i and not nxt.ent_iob_ == "I"
                and not looks_like_acronym(nxt.text)):
            continue  # "der Ärztegewerkschaft Asklepios", "des Branchenverbands SMMT" name the body after
            # the noun (a place of its own is no name)
        elif nxt is not None and name == token.text and nxt.pos_ == "NOUN" and nxt.text[:1].isupper() \
                and nxt.head.i == token.i and nxt.dep_ in ("appos", "flat", "flat:name"):
            end_char = nxt.idx + len(nxt)  # "der Bundesvereinigung Logistik": a second noun ends the name
        mention = _mention(doc, article, first.idx, end_char, "Organization", "institution")
        if mention:
            found.append(mention)
    return found


def national_name_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """A country's adjective written with a capital inside a sentence opens a name, and
    the capitalised noun after it ends it: "der Österreichische Naturschutzbund", "die
    Schweizerische Nationalbank" (German writes adjectives small, except in names)."""
    covered = [(m.start, m.end) for m in existing]
    found = []
    for token in doc[:-1]:
        noun = doc[token.i + 1]
        if token.is_sent_start or not token.text[:1].isupper() or token.text.isupper() \
                or not fold(token.text).endswith(_ADJECTIVE_ENDINGS) or not lexicon.country_by_demonym(token.text):
            continue
        if noun.pos_ not in ("NOUN", "PROPN") or not noun.text[:1].isupper() or not noun.text[1:].islower() \
                or any(s < noun.idx + len(noun) and token.idx < e for s, e in covered):
            continue
        label = "Place" if lexicon.noun_class(noun.text) == "Place" else "Organization"
        last = _purpose_after(doc, noun.i + 1) or noun
        mention = _mention(doc, article, token.idx, last.idx + len(last), label, "national name")
        if mention:
            found.append(mention)
    return found


def _purpose_after(doc: Doc, i: int):
    """The last word of a purpose that is part of a body's name, "für" at ``i``:
    "die Syrische Beobachtungsstelle für Menschenrechte", "für religiöse Werke";
    None when no "für" and noun follow."""
    if i + 1 >= len(doc) or fold(doc[i].text) != "für":
        return None
    j = i + 1
    while j < len(doc) - 1 and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower():
        j += 1
    return doc[j] if doc[j].pos_ in ("NOUN", "PROPN") and doc[j].text[:1].isupper() else None


#: Endings of an inflected adjective formed from a country: "österreichisch-e", "deutsch-en".
_ADJECTIVE_ENDINGS = ("ische", "ischen", "ischer", "isches", "ischem", "sche", "schen", "scher", "sches")


def lowercase_brand_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """Brand names that open with a small letter, which the NER rarely sees as
    names: "iPhone", "iPads", "iOS", "iTunes" (products; a model number after one
    belongs to it: "iPhone 6", "iPhone 6 Plus")."""
    covered = [(m.start, m.end) for m in existing]
    found = []
    for token in doc:
        if not _LOWERCASE_BRAND.match(token.text) \
                or any(s < token.idx + len(token) and token.idx < e for s, e in covered):
            continue
        end = token.i + 1
        if end < len(doc) and _MODEL_NUMBER.match(doc[end].text):
            end += 1
            if end < len(doc) and doc[end].text in _MODEL_SUFFIXES:
                end += 1  # "iPhone 6 Plus"
        label = type_hint(doc, token.i, end, lexicon) or "Product"  # "die Firma eBay": a company
        mention = _mention(doc, article, token.idx, doc[end - 1].idx + len(doc[end - 1]), label, "brand")
        if mention:
            found.append(mention)
    return found


def model_name_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """Products named by a foreign name and a model number or letter: "das Galaxy
    S7", "dem im Sommer erschienenen OnePlus 2", "Grand Theft Auto 5", "OnePlus
    X". The NER misses them or takes the number for a firm. A German noun before
    the number is no name ("Artikel 5", "Plan B"), nor a cue noun ("das Smartphone
    Galaxy S7" is "Galaxy S7"), nor is a quantity ("2 Tore") or a file number ("1 R 77/15y");
    a name found already (the maker: "Samsung Galaxy S7") is left out of the
    product's, and so is a maker's genitive ("Qualcomms Snapdragon 808"). Mentions
    inside the product's name give way to it."""
    found = []
    for model in doc[1:]:
        suffixed = model.i + 1 < len(doc) and doc[model.i + 1].text in _MODEL_SUFFIXES
        after = model.i + 2 if suffixed else model.i + 1
        # "das Nexus 6P." with the sentence's full stop left on the number (a letter in it: not "1.")
        number = model.text[:-1] if model.text.endswith(".") and re.search(r"\d[A-Za-z]\.$", model.text) \
            and (after >= len(doc) or doc[after].is_sent_start or doc[after].text[:1].isupper()) else model.text
        if not (_MODEL_NUMBER.match(number) or _SERIES_NUMBER.match(number)
                or re.fullmatch(r"[A-Z]", number)) or model.is_sent_start \
                or (after < len(doc) and (doc[after].pos_ in ("NOUN", "PROPN") or doc[after].text in ("%", ".")
                                           or doc[after].text.startswith("/"))) \
                or any(m.start <= model.idx < m.end and m.source == "brand" for m in existing):
            continue  # ("iPhone 6" is named already)
        start = model.i
        series = bool(_SERIES_NUMBER.match(model.text))  # (not "Etwa 1500 bis 2000 Euro")
        while start > model.sent.start and model.i - start < 3 and looks_like_name(doc[start - 1].text) \
                and not any(m.start <= doc[start - 1].idx < m.end and m.label in ("ORG", "Organization", "PER", "LOC",
                                                                                  "Place", "Person") for m in existing) \
                and doc[start - 1].pos_ not in ("VERB", "AUX", "DET", "ADP", "PRON") \
                and not lexicon.noun_class(doc[start - 1].text) \
                and not (start < model.i and re.search(r"[^s]s$", doc[start - 1].text)) \
                and not (series and (doc[start - 1].is_sent_start or doc[start - 1].pos_ == "ADV")) \
                and (_foreign_word(doc[start - 1].text, loanwords=True) or (
                    doc[start - 1].pos_ == "PROPN" and not is_noun_form(doc[start - 1].text))):
            start -= 1
        if start == model.i or not any(_foreign_word(t.text, loanwords=True) for t in doc[start:model.i]) \
                or lexicon.country_by_name(doc[start].text) or doc[start].text in given_names():
            continue
        last = doc[after - 1]
        end_char = model.idx + len(number) if last.i == model.i else last.idx + len(last.text)
        mention = _mention(doc, article, doc[start].idx, end_char, "Product", "brand")
        if mention:
            found.append(mention)
    return found


#: "iPhone", "iPad", "iTunes", "eBay", "iOS"; not units ("mAh", "kWh") or codes ("sRGB").
_LOWERCASE_BRAND = re.compile(r"^(?:[ie][A-Z][a-z]{2,}s?|i[A-Z]{2,3})$")


def _genitive_plural_after(doc: Doc, head) -> object | None:
    """The plural common noun of "der/des" + noun right after ``head`` ("der
    Steuerzahler"); None otherwise."""
    i = head.i
    if i + 2 >= len(doc) or fold(doc[i + 1].text) not in ("der", "des"):
        return None
    noun = doc[i + 2]
    if noun.pos_ != "NOUN" or not noun.text[:1].isupper() or not noun.text[1:].islower() \
            or "Number=Plur" not in str(noun.morph) + str(doc[i + 1].morph):
        return None  # (a common noun, even one the NER labelled; not "der EU")
    return noun


#: Lowercase words a spelled-out name may have inside: "Institut für Höhere Studien".
_NAME_FUNCTION_WORDS = frozenset({"für", "der", "des", "und", "von", "zur", "zum", "de", "of", "for", "and", "the"})


def spelled_out_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """A name spelled out before its acronym in brackets, where its capitals spell
    the acronym: "Institut für Höhere Studien (IHS)", "Unabhängige Parteien-
    Transparenz-Senat (UPTS)", "Bundesamt für Verfassungsschutz (BfV)". NER
    often ends such a name at "für" or misses it; the acronym says where it
    starts. Mentions inside it give way to it."""
    found = []
    for bracket in doc[1:-2]:
        acronym = doc[bracket.i + 1].text
        if bracket.text != "(" or doc[bracket.i + 2].text != ")" or not 2 <= len(acronym) <= 6 \
                or fold(acronym) in lexicon.not_names or lexicon.role_of(acronym):
            continue
        compound = doc[bracket.i - 1]
        if compound.pos_ in ("NOUN", "PROPN") and _compound_initials(compound.text, acronym) \
                and not lexicon.country_by_name(acronym) and not _is_common_noun(acronym) \
                and not any(m.start <= compound.idx < m.end for m in existing):
            # "der Universitätenkonferenz (Uniko)", "das Arbeitsmarktservice (AMS)": one compound
            mention = _mention(doc, article, compound.idx, compound.idx + len(compound.text), "Organization", "acronym")
            if mention:
                found.append(mention)
            continue
        if not ACRONYM.match(acronym):
            continue
        for start in range(bracket.i - 1, max(bracket.sent.start, bracket.i - 9) - 1, -1):
            word = doc[start].text
            if doc[start].is_punct or not (word[:1].isupper() or fold(word) in _NAME_FUNCTION_WORDS):
                break
            if not word[:1].isupper() or doc[start].pos_ in ("DET", "ADP"):
                continue  # a name opens with a capitalised word ("Das Institut" starts at "Institut")
            words = [t.text for t in doc[start:bracket.i]]
            if _spelled_initials(words, acronym):
                span_start, span_end = doc[start].idx, doc[bracket.i - 1].idx + len(doc[bracket.i - 1].text)
                if lexicon.country_by_name(doc_text(doc)[span_start:span_end]) or any(
                        (m.start, m.end) == (span_start, span_end) for m in existing):
                    break
                mention = _mention(doc, article, span_start, span_end, "Organization", "acronym")
                if mention:
                    found.append(mention)
                break
    return found


def seat_named_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """Bodies named by their seat: "die Universität Salzburg", "Forscher der Uni
    Wien", "das Landesgericht Innsbruck", "der Technischen Universität Wien",
    "der Universität Tel Aviv". NER tends to take the place alone, often for an
    organisation, which makes the city a company; the name is the noun, a
    capitalised adjective before it, and the place. A German noun hyphened before
    the body is a description ("die Elite-Uni Stanford" is "Uni Stanford").
    Mentions inside the name's words give way to it."""
    found = []
    for head in doc[:-1]:
        if not head.text[:1].isupper() or head.pos_ not in ("NOUN", "PROPN") or not lexicon.seat_named_body(head.text):
            continue
        end = head.i + 1
        while end < len(doc) and end - head.i <= 3 and not doc[end].is_sent_start \
                and looks_like_name(doc[end].text) and (doc[end].ent_type_ != "PER" or doc[end].ent_iob_ == "I") \
                and (doc[end].pos_ == "PROPN" or doc[end].tag_ == "NE" or (
                    doc[end].text.endswith("er") and _place_adjective(doc[end]) and end + 1 < len(doc)
                    and doc[end + 1].pos_ == "PROPN")):
            end += 1  # "Tel Aviv", "Wiener Neustadt"
        if end == head.i + 1 or lexicon.role_of(doc[end - 1].text) or lexicon.person_title(doc[end - 1].text):
            continue
        start_char = head.idx
        prefix, _, _ = head.text.rpartition("-")
        if prefix and is_noun_form(prefix.split("-")[-1]):
            start_char = head.idx + len(prefix) + 1  # "Elite-Uni Stanford": the name is "Uni Stanford"
        elif head.i >= 2 and doc[head.i - 1].pos_ == "ADJ" and doc[head.i - 1].text[:1].isupper() \
                and not doc[head.i - 1].is_sent_start and not lexicon.country_by_demonym(doc[head.i - 1].text) \
                and not _place_adjective(doc[head.i - 1]):
            start_char = doc[head.i - 1].idx  # "der Technischen Universität Wien"
        end_char = doc[end - 1].idx + len(doc[end - 1].text)
        if any(m.start < end_char and start_char < m.end and (m.start < min(start_char, head.idx) or m.end > end_char)
               for m in existing):
            continue  # part of a longer name
        mention = _mention(doc, article, start_char, end_char, "Organization", "institution")
        if mention:
            found.append(mention)
    return found


def _spelled_initials(words: list[str], acronym: str) -> bool:
    """Whether the capitalised words (and hyphenated parts) of ``words`` begin with
    the acronym's letters in turn; a lowercase letter of the acronym may stand for a
    lowercase word ("BfV": Bundesamt für Verfassungsschutz)."""
    parts = [p for w in words for p in w.split("-") if p]
    capitals = "".join(p[0] for p in parts if p[0].isupper())
    with_small = "".join(p[0] for p in parts)
    return len(capitals) >= 2 and (capitals.upper() == acronym.upper() or with_small == acronym)


def _compound_initials(word: str, acronym: str) -> bool:
    """Whether an acronym is made of a single compound noun's parts: its first letter
    and then its other letters in order, later in the word ("Universitätenkonferenz":
    "Uniko", "Arbeitsmarktservice": "AMS"); the word much longer than the acronym."""
    folded, letters = fold(word), fold(acronym)
    if not word[:1].isupper() or not acronym[:1].isupper() or "-" in word or len(folded) < 2 * len(letters) + 4 \
            or not letters.isalpha() or folded[0] != letters[0] or folded.startswith(letters):
        return False
    position = 1
    for letter in letters[1:]:
        position = folded.find(letter, position) + 1
        if position == 0:
            return False
    return True


def bracketed_acronym_mentions(doc: Doc, article: str, existing: list[Mention]) -> list[Mention]:
    """An acronym in parentheses right after an organisation's name is that
    organisation too: "die Antikorruptionsstaatsanwaltschaft (DNA)" (resolution
    then makes the two one entity)."""
    covered = [(m.start, m.end) for m in existing]
    found = []
    for m in existing:
        if m.label not in ("ORG", "Organization"):
            continue
        match = _BRACKETED_ACRONYM.match(doc_text(doc), m.end)
        if match and not any(s < match.end(1) and match.start(1) < e for s, e in covered):
            mention = _mention(doc, article, match.start(1), match.end(1), "Organization", "acronym")
            if mention:
                found.append(mention)
                covered.append((mention.start, mention.end))
        # the short name first, the long one in brackets: "der Ukip (UK Independence Party)"
        before = _SHORT_NAME_BEFORE_BRACKET.search(doc_text(doc), max(0, m.start - 12), m.start)
        if before and before.group(1).upper() == _initials(m.text) \
                and not any(s < before.end(1) and before.start(1) < e for s, e in covered):
            mention = _mention(doc, article, before.start(1), before.end(1), "Organization", "acronym")
            if mention:
                found.append(mention)
                covered.append((mention.start, mention.end))
    return found


_SHORT_NAME_BEFORE_BRACKET = re.compile(r"\b([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5})\s*\(\s*$")


def region_unit_after(doc: Doc, i: int, lexicon: Lexicon) -> int | None:
    """Index of the name after "im Bezirk", "in der Gemeinde", "im Bundesstaat" starting
    at token ``i``, or None when the words there are not such a phrase."""
    if i < len(doc) and fold(doc[i].text) in ("im", "in") and i + 1 < len(doc):
        j = i + 1
        if fold(doc[i].text) == "in" and fold(doc[j].text) in ("der", "dem"):
            j += 1
        while j + 2 < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower():
            j += 1  # "in der nördlichen Provinz Aleppo"
        unit = fold(doc[j].text) if j < len(doc) else ""
        if "-" in unit and doc[j].text.split("-")[0].isupper():
            unit = unit.rsplit("-", 1)[-1]  # "im US-Bundesstaat New Mexico"
        if j + 1 < len(doc) and unit in lexicon.region_nouns and looks_like_name(doc[j + 1].text):
            return j + 1
    return None


def region_member_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """A word no lexicon knows before "im Bezirk Y", "im Bundesstaat Y" is a place
    there: "Auf der Handalm im Bezirk Deutschlandsberg". A German common noun
    before it ("der Unfall im Bezirk Y") is not."""
    covered = [(m.start, m.end) for m in existing]
    found = []
    for token in doc[1:-3]:
        if region_unit_after(doc, token.i + 1, lexicon) is None or token.pos_ not in ("NOUN", "PROPN", "X") \
                or not looks_like_name(token.text) or is_noun_form(token.text) or token.text.isupper() \
                or fold(token.text) in lexicon.not_names or lexicon.noun_class(token.text) \
                or any(s < token.idx + len(token) and token.idx < e for s, e in covered):
            continue
        mention = _mention(doc, article, token.idx, token.idx + len(token), "LOC", "region")
        if mention:
            found.append(mention)
    return found


def _double_surname(token, tags: tuple[str, ...] = ("PROPN",)) -> bool:
    """"Heinisch-Hosek", "Müller-Wolf", "Leipnik-Lundenburger": a word of two capitalised parts."""
    parts = token.text.split("-")
    return token.pos_ in tags and len(parts) == 2 and all(len(p) >= 2 and p[1:].islower() and p[:1].isupper()
                                                              for p in parts)


def role_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """The name right after a person's role noun or title, which NER misses when it is
    foreign: "Microsoft-Chef Satya Nadella", "Vorstandssprecher Christian Purrer".
    Up to three capitalised words, at least one of them a proper noun."""
    covered = [(m.start, m.end) for m in existing]
    found = []
    for token in doc[:-1]:
        titled = lexicon.person_title(token.text) and doc[token.i + 1].text in given_names()
        noun = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and "-" in token.text)  # "Ubuntu-Gründer" as tagged
        if not noun or (lexicon.role_of(token.text) not in PERSON_ROLES and not titled):
            continue  # "Unterrichtsministerin Gabriele Heinisch-Hosek": a title needs a given name after it
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and (looks_like_name(doc[end].text) or _double_surname(doc[end])) \
                and not looks_like_acronym(doc[end].text) and doc[end].pos_ in ("PROPN", "NOUN") \
                and not lexicon.role_of(doc[end].text) and fold(doc[end].text) not in lexicon.not_names:
            end += 1
        names = doc[token.i + 1:end]
        # one word after a role noun is as often a common noun as a surname, unless German has no such
        # word: "von Ubuntu-Gründer Shuttleworth"
        surname = len(names) == 1 and _foreign_word(names[0].text) and names[0].text not in given_names() \
            and not lexicon.country_by_name(names[0].text) and not lexicon.noun_class(names[0].text)
        if not surname and (len(names) < 2 or not any(t.pos_ == "PROPN" for t in names)):
            continue
        if any(s < names.end_char and names.start_char < e for s, e in covered):
            continue
        mention = _mention(doc, article, names.start_char, names.end_char, "Person", "role")
        if mention:
            found.append(mention)
    return found


#: Endings of German abstract nouns that no one-word name of a firm, body or
#: place has ("Fahrlässigkeit", "Sicherheit", "Rassismus", "Forderungen").
_ABSTRACT_NOUN_ENDINGS = ("keit", "heit", "ismus", "ungen")


def cue_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """A name right after a cue noun, which NER often misses when it is short
    or English: "Plattform X", "KI-Firma xAI", "Technologieunternehmen Microsoft"."""
    covered = [(m.start, m.end) for m in existing]
    found = []
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if fold(prev.text) == "namens" and token.i >= 2:
            prev = doc[token.i - 2]  # "ein neues Videospiel namens Agony": the noun before "namens" says what
        described = prev.i > 0 and doc[prev.i - 1].pos_ in ("ADJ", "DET") and doc[prev.i - 1].text[:1].islower()
        cls = lexicon.noun_class(prev.text) if prev.pos_ == "NOUN" or (prev.tag_ == "NN" and "-" in prev.text) or (
            prev.pos_ == "PROPN" and prev.text.split("-")[-1][1:].islower()  # "des IS-Magazins Dabiq" too
            and (described or not _plain_cue_noun(prev.text, lexicon))) else None
        # (a cue compound the tagger took for a name counts: "dem Internetportal Travel24"; so does a
        # plain one after a lowercase adjective: "im nordirakischen Dorf Sarkel", not "Bank Austria")
        word = token.text.rstrip(".")
        # the tagger may not know a foreign name ("Software-Firma Intuit" as ADV):
        # a capitalised word that is no German noun counts too
        unknown_word = (looks_like_name(word) or _hyphenated_name(word)) and not is_noun_form(word) \
            and token.pos_ not in ("VERB", "AUX", "DET", "ADP")
        if not cls or not (token.pos_ == "PROPN" or looks_like_acronym(word) or (len(word) == 1 and word.isupper())
                           or unknown_word):
            continue
        if token.pos_ == "PROPN" and not token.ent_type_ and word in corpus_nouns():
            continue  # "um auf die ungarische Regierung Druck auszuüben": a noun the tagger took for a name
        if word[1:].islower() and fold(word).endswith(_ABSTRACT_NOUN_ENDINGS):
            continue  # "warf den Behörden Fahrlässigkeit vor": an abstract noun, never a name
        if fold(prev.text) in lexicon.kinship_nouns and (token.ent_type_ == "PER" or word in given_names()):
            continue  # "Trumps Tochter Ivanka Trump": a daughter, not a subsidiary
        if fold(token.text) in lexicon.not_names or any(s < token.idx + len(token) and token.idx < e for s, e in covered):
            continue
        end = token.i + 1  # more name words: "Zeitung Le Soir", "Konzern General Electric"
        while end < len(doc) and end - token.i < 4 and not doc[end - 1].text.endswith(".") \
                and not doc[end].is_sent_start and looks_like_name(doc[end].text) \
                and (doc[end].pos_ == "PROPN" or (doc[end].pos_ == "NOUN" and not is_noun_form(doc[end].text)
                                                  and not _compound_common_noun(doc[end].text))) \
                and not lexicon.role_of(doc[end].text):
            end += 1  # (not "Hauptstadt Kairo Geschäftsabschlüsse": a compound noun follows)
        last = doc[end - 1]
        end_char = last.idx + len(last.text.rstrip(".")) if end > token.i + 1 else token.idx + len(word)
        begin = token.idx
        if cls == "Organization" and token.pos_ == "ADJ" and word.endswith("er"):
            begin = prev.idx  # "Bundesverband Deutscher Versicherungskaufleute": the noun opens the name
            if end == token.i + 1 and end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") \
                    and doc[end].text[:1].isupper():
                end_char = doc[end].idx + len(doc[end].text)  # the noun the adjective goes with
        mention = _mention(doc, article, begin, end_char, cls, "cue")
        if mention:
            found.append(mention)
    return found


#: Articles before a newspaper's or site's name: "so die Sun", "schrieb der Guardian".
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})


#: Endings of German nouns the lemma table may lack ("Polizei", "Verhandler"): a word
#: with one is not taken for a foreign name.
_GERMAN_NOUN_ENDINGS = ("er", "ei", "ung", "heit", "keit", "schaft", "tum", "nis", "ion", "tät", "ismus", "ien",
                        "innen", "chen", "ling")


def _initials_used(doc: Doc, start: int, end: int) -> bool:
    """Whether the article uses the initials of the words from ``start`` to ``end``
    as a name, alone or in a compound: "FN" or "FN-Chefin" for "Front National"."""
    initials = "".join(t.text[:1] for t in doc[start:end])
    return len(initials) >= 2 and initials.isupper() and any(
        t.text == initials or t.text.startswith(initials + "-") for t in doc if t.i < start or t.i >= end)


def _foreign_word(word: str, loanwords: bool = False) -> bool:
    """A capitalised word German does not have: "Guardian", "Telegraph", "Sun".
    With ``loanwords``, also one the tagged corpora use as a German noun
    ("University", "Community")."""
    return looks_like_name(word) and not is_noun_form(word) and not _compound_common_noun(word) \
        and word not in lemma_lookup() and word.lower() not in lemma_lookup() \
        and (loanwords or word not in corpus_nouns()) and not fold(word).endswith(_GERMAN_NOUN_ENDINGS)


def _foreign_name_end(doc: Doc, start: int, lexicon: Lexicon) -> int:
    """The end of a name of words German does not have, from ``start``:
    "Guardian", "Daily Mail", "Financial Times" (``start`` when there is none)."""
    end = start
    # after a first foreign word, a name may go on with a German one: "Daily Mail", "Washington Post"
    while end < len(doc) and end - start < 4 and (_foreign_word(doc[end].text.rstrip(".")) or (
            end > start and doc[end].pos_ == "PROPN" and looks_like_name(doc[end].text.rstrip(".")))) \
            and doc[end].pos_ not in ("VERB", "AUX", "ADP", "DET", "PRON") \
            and fold(doc[end].text) not in lexicon.not_names and doc[end].text not in given_names() \
            and not lexicon.role_of(doc[end].text) and not lexicon.person_title(doc[end].text) \
            and not lexicon.noun_class(doc[end].text) and not lexicon.country_by_name(doc[end].text):
        end += 1
        if doc[end - 1].text.endswith("."):
            break
    return end


def _reports_after(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """Whether the article at ``i`` opens the source of a report: after ", so",
    "laut", or a finite verb of saying ("schrieb der Guardian")."""
    if i < 1:
        return False
    prev = doc[i - 1]
    if fold(prev.text) in lexicon.source_preps:
        return True
    if fold(prev.text) == "so" and i >= 2 and doc[i - 2].text in (",", "–", "—", "-", ":"):
        return True
    return prev.pos_ in ("VERB", "AUX") and prev.tag_.endswith("FIN") \
        and fold(prev.lemma_) in lexicon.speech_verbs


def source_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """Newspapers, agencies and sites that a report is attributed to, which NER
    misses when the name is foreign: "so die Sun und der Telegraph", "schrieb
    der Guardian", "Die Daily Mail fügte hinzu"; and newspaper names of a
    capitalised word and a newspaper noun anywhere ("die Süddeutsche Zeitung",
    "der Tiroler Tageszeitung"). A bare name after "so" or "laut" may be a
    person's ("so Griss"), so only a name with an article counts there."""
    covered = [(m.start, m.end) for m in existing]
    found: list[Mention] = []

    def add(start: int, end: int) -> bool:
        begin, stop = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text.rstrip("."))
        if any(s < stop and begin < e for s, e in covered):
            return (begin, stop) in covered  # named already: "so die Sun" with "Sun" found by NER
        mention = _mention(doc, article, begin, stop, "ORG", "source")
        if mention:
            found.append(mention)
            covered.append((begin, stop))
        return mention is not None

    listed_end = -1  # where the last source name ended: "so die Sun und der Telegraph"
    for token in doc[:-1]:
        title = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if title is not None and fold(title.text) in lexicon.media_titles and title.text[:1].isupper() \
                and fold(token.text) in lexicon.source_preps and not title.is_sent_start:
            add(title.i, title.i + 1)  # "laut Kurier"
            continue
        if fold(token.text) not in _ARTICLES:
            continue
        end = _foreign_name_end(doc, token.i + 1, lexicon)
        if end == token.i + 1 and title is not None and fold(title.text) in lexicon.media_titles \
                and title.text[:1].isupper():
            end = token.i + 2  # "berichtete der Kurier", "so die Presse"
        if end == token.i + 1:
            continue
        in_list = listed_end == token.i - 1 and fold(doc[token.i - 1].text) in ("und", "sowie")
        speaks_next = token.is_sent_start and end < len(doc) and doc[end].pos_ in ("VERB", "AUX") \
            and doc[end].tag_.endswith("FIN") and fold(doc[end].lemma_) in lexicon.speech_verbs
        if (in_list or speaks_next or _reports_after(doc, token.i, lexicon)) and add(token.i + 1, end):
            listed_end = end
    for token in doc[1:]:
        if fold(token.text) not in lexicon.media_nouns or not token.text[:1].isupper():
            continue
        start = token.i
        while start > token.i - 3 and start - 1 > doc[token.i].sent.start and looks_like_name(doc[start - 1].text) \
                and (doc[start - 1].pos_ in ("ADJ", "PROPN") or doc[start - 1].tag_ in ("ADJA", "NE")) \
                and fold(doc[start - 1].text) not in _ARTICLES:
            start -= 1
        if start == token.i and token.i >= 1 and doc[token.i - 1].pos_ == "NOUN" and looks_like_name(doc[token.i - 1].text) \
                and (token.i == 1 or doc[token.i - 1].is_sent_start or fold(doc[token.i - 2].text) in _ARTICLES
                     or fold(doc[token.i - 2].text) in _DEFINITE):
            start -= 1  # "der Kronen Zeitung": German joins two nouns into one word; apart, they are a name
        if start < token.i:
            add(start, token.i + 1)
    return found


#: Words that join the members of a list: "Spar und Rewe", "sowohl Billa als auch Hofer".
_LIST_JOINERS = frozenset({",", "und", "oder", "sowie", "auch", "bzw"})


def coordinated_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """Names listed with organisations are organisations: "Nationalbank, Wifo und
    IHS", "Spar und Rewe", "sowohl Billa als auch Hofer". A one-word name no
    lexicon knows, joined by a list word to an organisation's mention, is added
    as one; a one-word person mention there, with no given name before it and
    no person of that surname in the text, becomes one ("Wifo")."""
    by_start = {m.start: m for m in existing}
    by_end = {m.end: m for m in existing}
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PER" and len(e) > 1}
    out = list(existing)

    def lone_word(token) -> bool:
        return _foreign_word(token.text) and token.text not in given_names() and token.text not in surnames \
            and fold(token.text) not in lexicon.not_names and not lexicon.country_by_name(token.text) \
            and not (token.i > 0 and doc[token.i - 1].text in given_names())

    def organisation_beside(token) -> bool:
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        left = before is not None and fold(before.text) in _LIST_JOINERS and token.i >= 2 \
            and by_end.get(doc[token.i - 2].idx + len(doc[token.i - 2].text))
        right = after is not None and fold(after.text) in _LIST_JOINERS and token.i + 2 < len(doc) \
            and by_start.get(doc[token.i + 2].idx)
        return any(m and m.label in ("ORG", "Organization") for m in (left, right))

    for token in doc:
        if not lone_word(token) or not organisation_beside(token):
            continue
        mention = by_start.get(token.idx)
        if mention is None:
            if any(m.start < token.idx + len(token.text) and token.idx < m.end for m in existing):
                continue
            new = _mention(doc, article, token.idx, token.idx + len(token.text), "ORG", "list")
            if new:
                out.append(new)
        elif mention.label == "PER" and mention.end == token.idx + len(token.text):
            out[out.index(mention)] = Mention(article, mention.start, mention.end, mention.text, "ORG", "list")
    return out


#: Role nouns after which a demonym gives a country: "der ugandische Präsident X",
#: "den südkoreanischen Konkurrenten LG Display", "die italienische Mutter Unicredit".
_DEMONYM_ROLES = ("presidentOf", "competitorOf", "partnerOf", "owns", "subsidiaryOf")


#: Last parts of German place names that are nouns too: "Ingolstadt", "Kaindorf", "Wolfsburg".
_PLACE_NAME_ENDINGS = {"stadt", "dorf", "burg", "berg", "heim", "hausen", "feld", "bach", "brück", "brücken",
                       "furt", "kirchen", "hafen", "au", "tal", "see", "land", "markt", "stein", "hof", "wald"}


@functools.cache
def _compound_common_noun(word: str) -> bool:
    """A German compound of nouns ("Staatsfernsehen", "Landeshauptstadt",
    "Charterfluglinie", "Blockadepolitik": its last noun may be one the lemma
    table lacks), not a town's name whose last part is a noun too ("Ingolstadt",
    "Regensburg")."""
    for cut in range(3, len(word) - 3):
        head, rest = word[cut:].capitalize(), word[:cut]
        if fold(head) in _PLACE_NAME_ENDINGS or not (is_noun_form(head) or head in corpus_nouns()):
            continue
        forms = [rest] + [rest[:-1]] * rest.endswith(("s", "n")) + [rest[:-2]] * rest.endswith(("es", "en"))
        if any(len(form) >= 3 and is_noun_form(form) or len(form) >= 6 and _compound_common_noun(form.capitalize())
               for form in forms):
            return True
    return False


def _common_noun_head(word: str) -> bool:
    """A compound ending in a common noun of five letters or more that ends no town's
    name, whatever comes before it: "Digitalbranche", "Leitindex" (not "Ingolstadt")."""
    for cut in range(3, len(word) - 4):
        head = word[cut:].capitalize()
        if fold(head) not in _PLACE_NAME_ENDINGS and (is_noun_form(head) or head in corpus_nouns()):
            return True
    return False


def demonym_mentions(doc: Doc, article: str, lexicon: Lexicon, existing: list[Mention]) -> list[Mention]:
    """The country or region of a demonym before an organisation noun, a head of
    state or a place ("der japanische Softbank-Konzern", "der Tiroler
    Kristallkonzern", "der ugandische Präsident X", "im oberösterreichischen
    Steyr" mention Japan, Tirol, Uganda, Oberösterreich), so basedIn, presidentOf
    and locatedIn have a place to point to. A name no lexicon knows right after
    "in"/"im" and such an adjective is a place there ("Steyr")."""
    covered = [(m.start, m.end) for m in existing]
    found = []
    for token in doc[:-1]:
        if token.text[:1].islower():
            if token.pos_ != "ADJ":
                continue
        elif not (fold(token.text).endswith("er") and any(fold(token.text) in c.demonyms for c in lexicon.countries)):
            continue  # capitalised, only the -er form itself: "Tiroler", "Schweizer"
        country = lexicon.place_of_demonym(token.text, doc_text(doc))
        if not country:
            continue
        nxt = doc[token.i + 1]
        before = token.i - 1 if token.i > 0 and fold(doc[token.i - 1].text) not in ("dem", "der") else token.i - 2
        place_after = before >= 0 and fold(doc[before].text) in ("im", "in", "ins", "aus", "nach", "vom") \
            and looks_like_name(nxt.text) and nxt.pos_ in ("PROPN", "NOUN", "X") and not is_noun_form(nxt.text) \
            and nxt.text not in corpus_nouns() and fold(nxt.text) not in lexicon.not_names and lexicon.noun_class(nxt.text) in (None, "Place") \
            and not _compound_common_noun(nxt.text) \
            and not (lexicon.noun_class(nxt.text) == "Place" and nxt.i + 1 < len(doc)
                     and looks_like_name(doc[nxt.i + 1].text) and doc[nxt.i + 1].pos_ in ("PROPN", "NOUN"))
        # ("in der chinesischen Hafenstadt Dalian": the place noun describes the name after it)
        # a capitalised one ("Tiroler") only before a cue noun and a name: "Tiroler Tageszeitung" is a name
        named_after = token.text[:1].islower() or (token.i + 2 < len(doc) and looks_like_name(doc[token.i + 2].text))
        if (lexicon.noun_class(nxt.text) in ("Organization", "Place") or lexicon.role_of(nxt.text) in _DEMONYM_ROLES) \
                and named_after or place_after or any(m.start == nxt.idx and m.label == "LOC" for m in existing):
            found.append(Mention(article, token.idx, token.idx + len(token.text), country.label, "LOC", "demonym"))
        if place_after and not any(s < nxt.idx + len(nxt) and nxt.idx < e for s, e in covered) \
                and not _common_noun_head(nxt.text):  # not "aus der österreichischen Digitalbranche"
            ending = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
            if ending is not None and fold(ending.text) in lexicon.organisation_name_endings:
                # "im amerikanischen Sundance TV": a channel, not a place
                mention = _mention(doc, article, nxt.idx, ending.idx + len(ending), "Organization", "demonym")
                found += [mention] if mention else []
                continue
            mention = _mention(doc, article, nxt.idx, nxt.idx + len(nxt), "LOC", "demonym")
            if mention:
                found.append(mention)
    return found


def _named_after_person(parts: list[str], lexicon: Lexicon) -> str | None:
    """The class of a body or place named after a person in one hyphenated word:
    a given name, more name words, then an organisation or place noun
    ("Max-Planck-Institut", "Sigmund-Freud-Privatuniversität", "Karl-Marx-Platz");
    None for anything else ("Ex-KPÖ-Chef", "Bundes-SPÖ")."""
    if len(parts) < 3 or parts[0] not in given_names() or not all(
            looks_like_name(p) and p[1:].islower() for p in parts[:-1]):
        return None
    cls = lexicon.noun_class(parts[-1])
    return cls if cls in ("Organization", "Place") and parts[-1][1:].islower() else None


def compound_mentions(doc: Doc, article: str, lexicon: Lexicon, known: dict[str, str]) -> list[Mention]:
    """Names that are the first part of a hyphenated compound.

    Kept when the first part is a country prefix ("US-Präsident") or a name
    ``known`` from elsewhere in the collection (folded name → label), so
    "Tech-Konzern" or "Mega-Programm" never become entities.
    """
    found = []
    for token in doc:
        if "-" not in token.text or token.text.startswith("-"):
            continue
        head, _, rest = token.text.partition("-")
        parts, source = token.text.split("-"), "compound"
        named_after = _named_after_person(parts, lexicon)
        if named_after:  # "die Sigmund-Freud-Privatuniversität", "das Max-Planck-Institut": one name
            mention = _mention(doc, article, token.idx, token.idx + len(token.text), named_after, source)
            if mention:
                found.append(mention)
            continue
        if len(parts) == 2 and fold(head) in lexicon.branch_prefixes and known.get(resolution_key(rest)) == "ORG" \
                and looks_like_acronym(rest):
            # "die Stadt-SPÖ", "die Landes-ÖVP": a branch of the party, a body of its own
            mention = _mention(doc, article, token.idx, token.idx + len(token.text), "Organization", source)
            if mention:
                found.append(mention)
            continue
        several = len(parts) >= 3 and lexicon.role_of(parts[-1]) is not None \
            and all(looks_like_name(p) and fold(p) not in lexicon.not_names and (_foreign_word(p) or (
                len(p) >= 4 and p[1:].islower() and p not in german_nouns() and p not in corpus_nouns()
                and not lexicon.country_by_name(p))) for p in parts[:-1])
        if several:  # (not "Ex-KPÖ-Chef")
            head, rest = "-".join(parts[:-1]), parts[-1]  # "Air-Force-Sprecherin": the Air Force's
        for cut in range(len(parts) - 1, 1, -1):  # "IG-Metall-Vorsitzende": a known name of several parts
            # (written with spaces elsewhere: "Deutsche-Bank-Chef" for the "Deutsche Bank", whose
            # adjective ending the key drops only when it stands alone)
            if {resolution_key("-".join(parts[:cut])), resolution_key(" ".join(parts[:cut]))} & known.keys() \
                    and all(looks_like_name(p) for p in parts[:cut]):
                # it replaces the first part alone, which the first pass took for the name
                head, rest, source = "-".join(parts[:cut]), "-".join(parts[cut:]), "gazetteer"
                break
        if not rest or not (source == "gazetteer" or several or looks_like_name(head)) or len(head) < 2:
            continue
        party = head.endswith("en") and lexicon.role_of(rest) == "leads" \
            and (lemma_lookup().get(head.lower()) or "")[:1].islower()  # "Grünen-Chefin": a party named by an adjective
        if head[1:].islower() and head.lower() in lemma_lookup() and resolution_key(head) not in known and not party:
            continue  # "Billig-Tochter", "Klein-Anleger": an adjective or other German word, no name
        country = lexicon.country_by_demonym(head) if head.isupper() else None
        cls = lexicon.noun_class(rest)
        role = lexicon.role_of(rest)
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if country and (lexicon.institution(rest) or fold(rest) in lexicon.national_bodies) \
                and not (nxt is not None and (nxt.pos_ == "PROPN" or nxt.ent_type_)):
            # "das US-Verteidigungsministerium", "die US-Streitkräfte": one organisation (and the country)
            mention = _mention(doc, article, token.idx, token.idx + len(token.text), "Organization", "compound")
            if mention:
                found.append(mention)
        inner = lexicon.role_prefix(rest) if role else None
        body = inner[:-1] if inner and inner.endswith("s") else inner
        if body and fold(body) in lexicon.institution_nouns | lexicon.national_bodies \
                and (country or resolution_key(head) in known or looks_like_acronym(head)):
            # "EU-Kommissionspräsident", "US-Notenbankchef": the role names the body, "EU-Kommission"
            mention = _mention(doc, article, token.idx, token.idx + len(head) + 1 + len(body), "Organization",
                               "compound")
            if mention:
                found.append(mention)
        if country:
            label = "LOC"
        elif role == "developed" and (resolution_key(head) in known or looks_like_acronym(head)):
            label = "Product"  # "ChatGPT-Entwickler": what a developer develops is a product
        elif resolution_key(head) in known:
            label = cls or known[resolution_key(head)]
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if cls and nxt is not None and looks_like_name(nxt.text) and (nxt.pos_ == "PROPN" or _foreign_word(nxt.text)):
                # "der ChatGPT-Konzern OpenAI": OpenAI is the company; "die Google-Software AlphaGo"
                # (a name the tagger did not know): Google is the maker
                label = known[resolution_key(head)]
                if cls == "Product" and label in ("PER", "KNOWN"):
                    label = "Organization"  # "das Blackberry-Smartphone Venice": the maker, whatever the NER said
            if label == "KNOWN" and role in ("leads", "spokespersonOf", "founded", "owns"):
                label = "ORG"  # "Tesla-Chef": whoever has a chief is an organisation
            elif label == "LOC" and role in ("leads", "founded") \
                    and not lexicon.country_by_name(head) and not lexicon.country_by_demonym(head):
                label = "Organization"  # "Novomatic-Vorstandsvorsitzender": a place has no board, the NER erred
        elif party:
            label = "ORG"
        elif cls in ("Product", "Organization") and nxt is not None and nxt.pos_ == "PROPN" \
                and looks_like_name(nxt.text) and (looks_like_acronym(head) or _foreign_word(head)) \
                and not lexicon.country_by_name(nxt.text) and not lexicon.institution(rest) \
                and nxt.ent_type_ != "PER" and nxt.text not in given_names() \
                and not is_noun_form(head) and fold(head) not in lexicon.not_names \
                and not lexicon.country_by_demonym(head) and not lexicon.country_by_name(head) \
                and fold(head) not in lexicon.sector_prefixes:
            # "der Google-Browser Chrome", "beim RBB-Sender Radioeins": the maker or owner, though
            # named nowhere else (a maker whatever the NER says elsewhere, as below)
            label = "Organization" if cls == "Product" else "ORG"
        elif _named_group(head, rest, lexicon):
            if fold(rest) in lexicon.sub_organisation_endings:
                # "die Turnauer-Stiftung": a body of its own, named after someone
                mention = _mention(doc, article, token.idx, token.idx + len(token.text), "Organization", source)
                if mention:
                    found.append(mention)
                continue
            label = "Organization"  # "die Wendel-Gruppe", "die Sofacy-Gruppe": the name is the group's
        elif role in ("leads", "spokespersonOf", "founded", "presidentOf", "fundedBy", "subsidiaryOf", "owns",
                      "competitorOf") \
                and not is_noun_form(head) \
                and fold(head) not in lexicon.not_names and not lexicon.country_by_demonym(head):
            # "ÖGB-Präsident", "SPÖ-Bundesgeschäftsführer": a name, not a noun, has a chief; a chief or
            # founder says so more surely than NER ("Novomatic-Vorstandsvorsitzender", Novomatic a "place")
            label = "Organization" if role in ("leads", "founded") and not lexicon.country_by_name(head) else "ORG"
            if head.endswith("en") and _compound_common_noun(head[:-1]):
                head = head[:-1]  # "Eurogruppen-Chef": the linking "n" is no part of the Eurogruppe's name
        else:
            continue  # "Tech-Konzern", "KI-Firma": the first part is a common noun
        mention = _mention(doc, article, token.idx, token.idx + len(head), label, source)
        if mention:
            found.append(mention)
    return found


def _named_group(head: str, rest: str, lexicon: Lexicon) -> bool:
    """"Wendel-Gruppe", "RAG-Stiftung": a group, holding or foundation whose first part
    is a word no German dictionary has and no sector ("Tech-Gruppe", "Medien-Holding",
    "Versicherungs-Gruppe"), so a name."""
    if fold(rest) not in lexicon.named_group_nouns or fold(head) in lexicon.sector_prefixes:
        return False
    if head.endswith("s") and (is_noun_form(head[:-1]) or fold(head[:-1]) in lexicon.sector_prefixes):
        return False  # "Beratungs-Gruppe": a noun with its linking s
    return len(head) >= 3 and (looks_like_acronym(head) or _foreign_word(head)) \
        and fold(head) not in lexicon.not_names and not lexicon.country_by_demonym(head)


def _holder_genitive_before(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether a role noun and a genitive article come right before ``start``:
    "Präsident der Caritas", "Chef des Verbunds" (the role is held at a body); or a chief's
    or spokesman's role and "für", "bei" or "von": "Marketingchefin für Acer"."""
    if start < 2 or doc[start - 2].pos_ not in ("NOUN", "PROPN"):
        return False
    role = lexicon.role_of(doc[start - 2].text)
    if fold(doc[start - 1].text) in ("der", "des"):
        return role is not None
    # (a department's chief too: "Marketingchefin für Acer" works at Acer)
    chief = role in ("leads", "spokespersonOf", "presidentOf") or fold(doc[start - 2].text).endswith(("chef", "chefin"))
    return fold(doc[start - 1].text) in ("für", "bei", "von") and chief


def _class_in_apposition_after(doc: Doc, end: int, lexicon: Lexicon) -> str | None:
    """The class a "one of the ..." apposition right after a name gives it: "Acer, einer
    der größten Gerätehersteller weltweit" (an organisation)."""
    if end + 3 >= len(doc) or doc[end].text != "," or fold(doc[end + 1].text) not in ("einer", "eine", "eines") \
            or fold(doc[end + 2].text) not in ("der", "des"):
        return None
    i = end + 3
    while i < len(doc) and doc[i].pos_ in ("ADJ", "ADV") and doc[i].text[:1].islower():
        i += 1  # "der größten", "der weltweit führenden"
    if i >= len(doc) or doc[i].pos_ != "NOUN":
        return None
    return lexicon.noun_class(doc[i].text)


#: a preposition merged with an article ("im Herbst"): never before a person's bare surname
_CONTRACTED_ARTICLES = {"im", "am", "vom", "zum", "zur", "beim", "ins", "ans"}


def gazetteer_mentions(doc: Doc, article: str, names: dict[str, str], existing: list[Mention],
                       lexicon: Lexicon | None = None) -> list[Mention]:
    """Find every known name (folded form → label) not yet covered, genitive included."""
    lexicon = lexicon or load_lexicon()
    covered = [(m.start, m.end) for m in existing]
    found = []
    max_len = 4
    i = 0
    tokens = list(doc)
    while i < len(tokens):
        matched = False
        for length in range(min(max_len, len(tokens) - i), 0, -1):
            span = doc[i:i + length]
            text = span.text
            if not looks_like_name(tokens[i].text):
                break
            if any(t.text in (".", "!", "?", ";", ":", ",") for t in span):
                continue  # never across punctuation: "Kleiner Marco. Rubio sagte"
            if length == 1 and _place_adjective(tokens[i]) and i + 1 < len(tokens) \
                    and tokens[i + 1].text[:1].isupper() and (names.get(resolution_key(tokens[i].text[:-2])) in (
                        "LOC", "Place") or lexicon.country_by_demonym(tokens[i].text)):
                continue  # "dem Wiener Ärztekammerpräsident": a place's adjective, whatever it named elsewhere
            candidates = [resolution_key(text)]
            if text.endswith("s") and len(text) > 3:
                candidates.append(resolution_key(text[:-1]))
            for key in candidates:
                if key in names and length == 1 and (_season_at(doc, i) or (
                        names[key] == "KNOWN" and i > 0
                        and fold(tokens[i - 1].text) in _CONTRACTED_ARTICLES and is_noun_form(text))):
                    break  # "im Herbst": the season, though a "Hanna Herbst" is named elsewhere
                if key in names:
                    start = span.start_char
                    end = span.end_char if key == candidates[0] else span.end_char - 1
                    longer = length > 1 and names[key] != "KNOWN" and all(looks_like_name(t.text) for t in span) and all(
                        start <= s and e <= end for s, e in covered if s < end and start < e)
                    if (longer or not any(s < end and start < e for s, e in covered)) \
                            and not _abbreviates_common_noun(doc, span.start, span.end, lexicon):
                        hint = type_hint(doc, span.start, span.end, lexicon)
                        if not hint and names[key] == "KNOWN" and _holder_genitive_before(doc, span.start, lexicon) \
                                and not lexicon.country_by_name(text) and not is_noun_form(text) \
                                and not lexicon.noun_class(text) and not _place_adjective(doc[span.start]) \
                                and not (span.end < len(doc) and doc[span.end].pos_ == "PROPN"):
                            hint = "Organization"  # "Präsident der Caritas": what a role is held at
                        if not hint and names[key] == "KNOWN" and key == candidates[0]:
                            hint = _class_in_apposition_after(doc, span.end, lexicon)
                        if not hint and names[key] == "KNOWN" and span.start >= 2 \
                                and fold(doc[span.start - 1].text) == "von" \
                                and fold(doc[span.start - 2].text) in lexicon.place_chiefs:
                            hint = "Place"  # "Bürgermeister von Hallwang": a mayor's town
                        if not hint and key != candidates[0] and names[key] == "KNOWN" and span.end < len(doc) \
                                and not lexicon.noun_class(span.text[:-1]) and not is_noun_form(span.text[:-1]) \
                                and any(m.start == doc[span.end].idx and m.label == "Product" and m.source == "brand"
                                        for m in existing):
                            hint = "Organization"  # "Qualcomms Snapdragon 808": the maker of a product
                        if not hint and names[key] == "KNOWN" and span.start >= 2 \
                                and fold(doc[span.start - 1].text) in ("von", "vom") \
                                and any(m.end == doc[span.start - 2].idx + len(doc[span.start - 2].text)
                                        and m.label == "Product" for m in existing):
                            hint = "Organization"  # "jenen Snapdragon 810 von Qualcomm": the maker after it
                        mention = _mention(doc, article, start, end, hint or names[key], "gazetteer")
                        if mention:
                            found.append(mention)
                            covered.append((start, end))
                    matched = True
                    break
            if matched:
                i += length
                break
        if not matched:
            i += 1
    found.extend(m for m in compound_mentions(doc, article, lexicon, names)
                 if not any(s < m.end and m.start < e and not (m.source == "gazetteer" and m.start <= s and e <= m.end)
                            for s, e in [(x.start, x.end) for x in existing]))
    found.extend(brand_product_mentions(doc, article, names, existing + found, lexicon))
    return found


def brand_product_mentions(doc: Doc, article: str, names: dict[str, str], existing: list[Mention],
                           lexicon: Lexicon) -> list[Mention]:
    """A company's name followed by words no German text uses otherwise, or by a
    model number, names one of its products: "Microsoft Edge", "Sky Go", "Samsung
    Galaxy S6", "Volvo C30" (whatever the NER made of them); not "Volvo Anfang"
    (a German noun), "Lufthansa Cargo" or "Bugün TV" (organisation endings),
    "Google Deutschland" (a place) or "Apple Google" (another name)."""
    found = []
    for token in doc[:-1]:
        if names.get(resolution_key(token.text)) not in ("ORG", "Organization") or not looks_like_name(token.text) \
                or (doc[token.i + 1].ent_type_ == "PER" and token.text in surnames()) \
                or (token.i > 0 and doc[token.i - 1].text[:1].isupper() and doc[token.i - 1].ent_type_) \
                or _place_adjective(token) or (token.text.endswith("s") and resolution_key(token.text[:-1]) in names) \
                or not token.text[-1].isalnum():
            continue  # not "Wiener Stephansdom" (a place's adjective), "Microsofts Server" (a genitive),
            # "schildert PwC. In Summe" (a sentence's end), "Lee Sedol" (a person the NER saw)
        end = token.i + 1
        if doc[end].text.isdigit():
            continue  # "Windows 10", "ORB 55 Prozent": a version of one product, or a figure
        while end < len(doc) and end - token.i <= 3 and _product_word(doc[end], names, lexicon):
            end += 1
        if end == token.i + 1 or any(s < doc[end - 1].idx + len(doc[end - 1]) and token.idx < e
                                     and not (token.idx <= s and e <= doc[end - 1].idx + len(doc[end - 1]))
                                     for s, e in [(m.start, m.end) for m in existing]):
            continue  # nothing after the name, or a longer name around it ("Deutsche Bank AG")
        mention = _mention(doc, article, token.idx, doc[end - 1].idx + len(doc[end - 1]), "Product", "brand")
        if mention:
            found.append(mention)
    return found


def _product_word(token, names: dict[str, str], lexicon: Lexicon) -> bool:
    """A word that can follow a company's name in a product's: a model number ("S6",
    "C30"), or a capitalised word that is no German word, place, legal form,
    organisation ending, title or name of its own (nor a coined "TrafficCom":
    a sister company's name, as often as a product's)."""
    text = token.text
    if token.is_sent_start:
        return False
    if _MODEL_NUMBER.match(text) or (text[:1].isupper() and any(ch.isdigit() for ch in text) and len(text) <= 6):
        return True
    if text.endswith("s") and len(text) > 4 and not _foreign_word(text[:-1]):
        return False  # "Anonymous Websites attackiert": the plural of a loanword, no product's name
    return text.isalpha() and text[1:].islower() and _foreign_word(text) and not lexicon.country_by_name(text) \
        and not is_legal_form(text) and fold(text) not in lexicon.organisation_name_endings \
        and fold(text) not in MONTHS and not lexicon.person_title(text) and not lexicon.role_of(text) \
        and not lexicon.noun_class(text) and text not in given_names() and text not in surnames() \
        and names.get(resolution_key(text)) in (None, "KNOWN")


def drop_contained(mentions: list[Mention]) -> list[Mention]:
    """Without the mentions that lie inside a longer known name found by the
    gazetteer: "Japan" (LOC) in "Japan Display zufolge", where the collection
    knows the company "Japan Display"; nor those inside or on a product named
    after its maker ("Sky Online", which the NER took for a person)."""
    longer = [m for m in mentions if m.source == "gazetteer"]
    brands = [m for m in mentions if m.source == "brand"]
    return [m for m in mentions if not any(g.article == m.article and g.start <= m.start and m.end <= g.end
                                           and (g.start, g.end) != (m.start, m.end) for g in longer)
            and not any(b.article == m.article and b.start <= m.start and m.end <= b.end and m.source != "brand"
                        for b in brands)]




def known_names(docs: Sequence, mentions: Sequence[Sequence[Mention]]) -> dict[str, str]:
    """Folded name → label for the collection's second pass: every NER name,
    plus proper nouns the tagger saw standalone (so "Tesla" in "Teslas" makes
    "Tesla-Chef" a mention), labelled by the NER label they most often had."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for ms in mentions:
        for m in ms:
            if m.source == "ner" and len(m.text) >= 2:
                votes[resolution_key(m.text)][m.label] += 1
    names = {name: counts.most_common(1)[0][0] for name, counts in sorted(votes.items())
             if name not in _FUNCTION_WORDS}
    for ms in mentions:
        for m in ms:
            base = nominalised_adjective(m.text) if m.source == "ner" and names.get(resolution_key(m.text)) == "ORG" \
                else None
            if base:  # "die Grünen" found, so "FPÖ und Grüne" names them too
                names.setdefault(resolution_key(base), "ORG")
                names.setdefault(resolution_key(base + "n"), "ORG")
    lexicon = load_lexicon()
    words: dict[str, bool] = {}  # folded proper noun → seen right before a noun ("Teslas Gigafactory")
    for doc in docs:
        for tok in doc:
            if (tok.pos_ == "PROPN" and len(tok.text) >= 2 and "-" not in tok.text and tok.text[:1].isupper()) \
                    or looks_like_acronym(tok.text):
                before_noun = tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")
                word = resolution_key(tok.text)
                if word in _FUNCTION_WORDS or lexicon.role_of(tok.text):
                    continue  # (nor a role: "der Koalitionspartner SPÖ", "Kommunikationsberater")
                if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text in corpus_nouns():
                    continue  # "auf die Regierung Druck ausüben": a common noun the tagger took for a name
                words[word] = words.get(word, False) or before_noun
    for word, before_noun in sorted(words.items()):
        if word.endswith("s") and len(word) > 3 and word[:-1] not in _FUNCTION_WORDS \
                and (before_noun or word[:-1] in words or word[:-1] in names) \
                and (not word.endswith(("us", "ss")) or word[:-1] in words or word[:-1] in names):
            # "Teslas" names Tesla; "Oculus Rift" and "Asus Zenfone" are no genitives of an "Oculu"
            names.setdefault(word[:-1], "KNOWN")
        else:
            names.setdefault(word, "KNOWN")  # "dem Fonds Cerberus": a name of its own
    return names


#: "X, vormals Twitter", "Meta (früher Facebook)": the name after the cue is a former name of the one before.
_FORMER_NAME = re.compile(r"(?P<name>[A-ZÄÖÜ][\w&.-]*)\s*[,(]\s*(?:vormals|ehemals|früher|zuvor|formerly)\s*$")


def former_name_links(doc: Doc, article: str,
                      mentions: Sequence[Mention]) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """(current, former) name pairs the text joins with "vormals", "ehemals", "früher".

    The current name is often too short for the NER ("X"); where no mention
    covers it, a new one is made with the former name's label. A person's
    "vormals" names a former party, never a former name. Returns the new
    mentions and the pairs.
    """
    by_end = {m.end: m for m in mentions}
    new, links = [], []
    for former in sorted(mentions, key=lambda m: (m.start, m.end)):
        window_start = max(0, former.start - 60)
        match = _FORMER_NAME.search(doc_text(doc)[window_start:former.start])
        if not match:
            continue
        end = window_start + match.end("name")
        current = by_end.get(end)
        if (current is not None and current.label in ("PER", "Person")) or match.group("name") in surnames():
            continue  # "Helmut Naderer (vormals FPÖ, danach BZÖ)": a person's former party, not a name
        if current is None:
            current = _mention(doc, article, window_start + match.start("name"), end, former.label, "former-name")
            if current is None:
                continue
            new.append(current)
            by_end[end] = current
        links.append((current, former))
    return new, links


_OPENING_PARENTHESIS = re.compile(r"^\s*\(\s*$")
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*([A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,5})\s*\)")


def acronym_links(doc: Doc, mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(name, acronym) pairs written "Allied Democratic Forces (ADF)" or "Ukip
    (UK Independence Party)": only a parenthesis between them, never a comma
    ("Audi, BMW und Daimler")."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    pairs = []
    for first, second in zip(ordered, ordered[1:]):
        if first.end > second.start or not _OPENING_PARENTHESIS.match(doc_text(doc)[first.end:second.start]):
            continue
        if ACRONYM.match(second.text) or _spelled_initials(first.text.split(), second.text) \
                or _compound_initials(first.text, second.text):
            pairs.append((first, second))  # (also "Bundesamt für Verfassungsschutz (BfV)")
        elif _initials(second.text) == first.text.upper() and 2 <= len(first.text) <= 6:
            pairs.append((second, first))  # "Ukip (UK Independence Party)": the name spelled out after it
    # elsewhere in the article, an acronym of an organisation's initials: "Raiffeisen Bank
    # International" ... "die RBI"
    long_names = {_initials(m.text): m for m in ordered  # (whatever the NER called a long name)
                  if m.label not in ("LOC", "Place") and (len(m.text.split()) >= 3 or (
                      len(m.text.split()) == 2 and m.label not in ("PER", "Person")
                      and m.text.split()[0] not in given_names()))}
    for m in ordered:
        if m.label in ("ORG", "Organization", "KNOWN") and ACRONYM.match(m.text) and m.text in long_names:
            pairs.append((long_names[m.text], m))
    return list(dict.fromkeys(pairs))


def _initials(name: str) -> str:
    """"UK Independence Party" -> "UKIP": first letters, acronyms kept whole."""
    return "".join(w if w.isupper() else w[:1].upper() for w in name.split())

