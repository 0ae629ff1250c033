"""Entities stage, part 2: one entity per real-world thing across all articles.

Mentions are grouped by a folded key (case, ß, quotes, spaces and hyphens
ignored: "Open AI" = "OpenAI", "Softbank" = "SoftBank"); genitive forms join
their base name ("Musks" → "Musk"); country names and abbreviations join
through the country table ("US", "Amerika" → "USA"); a person's surname alone
joins the one full name that ends in it ("Musk" → "Elon Musk"); and within one
article a surname one letter off a more frequent one is read as a typo
("Altmann" → "Altman"). The class is a vote of NER labels and cue nouns; the
canonical label is the fullest, then most frequent, surface form.
"""
from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from kg.lexicon import (NAME_PARTICLES, Lexicon, common_nouns, fold, is_legal_form, lemma_lookup, load_lexicon,
                        nominalised_adjective)
from kg.records import Entity, Mention

log = logging.getLogger(__name__)

_LABEL_CLASS = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
_CUE_CLASSES = ("Organization", "Product", "Project", "Person", "Place")
#: A cue noun ("Plattform X") says more about the type than the NER label.
_CUE_WEIGHT = 3


#: An all-capital short name: "ADF", "ÖVP", "DOGE".
ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,5}$")
_ADJECTIVE_ENDING = re.compile(r"(?:e|en|em|er|es)$")


def _oblique_adjective(word: str) -> bool:
    """An adjective in a dative/genitive ending ("Weißen", "Vereinigten",
    "Deutschen"), not a noun that happens to end in -en ("Flughafen"), nor a
    noun's plural the lemma table knows only capitalised ("Kronen Zeitung")."""
    if word in lemma_lookup() and word.lower() not in lemma_lookup():
        return False
    return word.casefold().endswith(("ischen", "schen", "ichen", "igen", "ßen", "ssen", "ten", "nen", "alen",
                                     "ären", "ischem", "ßem", "tem"))


def resolution_key(text: str) -> str:
    """Grouping key: folded, without spaces, hyphens and dots, and with the
    case endings of leading adjectives removed ("Weißen Haus" = "Weiße Haus",
    "Deutschen Bank" = "Deutsche Bank").

    >>> resolution_key("Weißen Haus") == resolution_key("Das Weiße Haus"[4:]) == resolution_key("Weisses Haus")
    True
    """
    words = re.split(r"[\s-]+", fold(text).strip(" -"))  # "Deutsche-Bank-Chef" names the "Deutsche Bank"
    words = [_ADJECTIVE_ENDING.sub("", w) if i < len(words) - 1 and len(w) > 4 else w
             for i, w in enumerate(words)]
    return "".join(ch for ch in "".join(words) if ch not in "-.")


@dataclass(frozen=True)
class Resolution:
    entities: tuple[Entity, ...]
    mention_entity: dict  # Mention -> entity key
    by_key: dict          # entity key -> Entity


def _edit_distance_one(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diffs = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diffs += 1
            if diffs > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return diffs + (len(b) - j) + (len(a) - i) <= 1


def resolve(mentions: list[Mention], lexicon: Lexicon | None = None,
            same_as: Sequence[tuple[Mention, Mention]] = (),
            acronyms: Sequence[tuple[Mention, Mention]] = ()) -> Resolution:
    """Group mentions into typed entities with canonical labels.

    ``same_as`` pairs (current name, former name) the text itself equates
    ("X, vormals Twitter"); the former name joins the current one's entity.
    ``acronyms`` pairs (name, acronym in parentheses right after it) from
    ``kg.mentions.acronym_links``; the acronym joins the name unless it is a
    person's ("Schelling (ÖVP)" is his party).
    """
    lexicon = lexicon or load_lexicon()
    keys = {resolution_key(m.text) for m in mentions}

    def base_key(m: Mention) -> str:
        country = lexicon.country_by_name(m.text)
        if country:
            return resolution_key(country.label)
        key = resolution_key(m.text)
        adjective = nominalised_adjective(m.text) if m.label in ("ORG", "Organization") else None
        if adjective:
            return resolution_key(adjective)  # "die Grünen", "Grüne": one party
        for suffix in ("s", "'", "’"):
            if key.endswith(suffix) and key[:-1] in keys and len(key) > 3:
                return key[:-1]
        return key

    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[base_key(m)].append(m)

    # Person surnames -> the one full name ending in them; a company's name
    # without its legal form -> the registered name ("Zielpunkt" -> "Zielpunkt GmbH").
    def is_person(ms: list[Mention]) -> bool:
        return sum(m.label in ("PER", "Person") for m in ms) * 2 > len(ms)

    full_names: dict[str, set[str]] = defaultdict(set)
    registered: dict[str, set[str]] = defaultdict(set)
    for key, ms in groups.items():
        words = max((m.text for m in ms), key=len).split()
        if len(words) >= 2 and is_person(ms):
            full_names[resolution_key(words[-1])].add(key)
            for i in range(1, len(words) - 1):
                if words[i].lower() in NAME_PARTICLES:
                    # a surname with particles: "Van der Bellen", "von der Leyen" (and its
                    # genitive, "Van der Bellens")
                    full_names[resolution_key(" ".join(words[i:]))].add(key)
                    full_names[resolution_key(" ".join(words[i:])) + "s"].add(key)
                    break
            if words[-1].endswith("s") and resolution_key(words[-1][:-1]) in keys:
                # only the genitive was seen in full ("Rudolf Kemlers"), the surname bare ("Kemler")
                full_names[resolution_key(words[-1][:-1])].add(key)
        elif len(words) >= 2 and is_legal_form(words[-1]) and not is_person(ms):
            registered[resolution_key(" ".join(words[:-1]))].add(key)
    # Within one article, a public body's short form is its fuller name there:
    # "Justizministerium" is "US-Justizministerium", "Landgericht" is "Landgericht Köln".
    for key, ms in groups.items():
        text = max((m.text for m in ms), key=len)
        head, _, rest = text.partition("-")
        if rest and lexicon.institution(rest) and lexicon.country_by_demonym(head):
            short = resolution_key(rest)
        elif len(text.split()) == 2 and lexicon.institution(text.split()[0]):
            short = resolution_key(text.split()[0])
        else:
            continue
        if short in groups and {m.article for m in groups[short]} <= {m.article for m in ms}:
            registered[short].add(key)
    # Within one article, an organisation's or product's name is the short form of a longer
    # one there that opens with it or adds a country's adjective ("Fiat Chrysler" of "Fiat
    # Chrysler Automobiles", "Bundesbank" of "Deutsche Bundesbank") or its maker's name
    # ("Edge" of "Microsoft Edge").
    longer_in: dict[str, set[str]] = defaultdict(set)
    for key, ms in groups.items():
        text = max((m.text for m in ms), key=len)
        words = text.split()
        cls = _mention_class(ms)
        if len(words) < 2 or cls not in ("Organization", "Product"):
            continue
        # a short form of two words or more, or one before a lower-case tail ("Hauptverband der
        # Sozialversicherungsträger"); not one before another name ("ÖVP Wien", "Kapsch TrafficCom":
        # a branch or a sister company)
        shorts = [" ".join(words[:n]) for n in range(1, len(words))
                  if n >= 2 or words[n][:1].islower()] if cls == "Organization" else []
        # (a Land's adjective marks a branch or a body of its own: "die Salzburger SPÖ" is no
        # longer name of the SPÖ)
        country = lexicon.country_by_demonym(words[0])
        # (not for a kind of body every country has: "das österreichische Innenministerium" names
        # no "Innenministerium" of another article, which may be Bahrain's)
        national = country is not None and not country.region and len(words) == 2 \
            and not lexicon.institution(words[1])
        if (country is not None and not country.region) or cls == "Product":
            shorts.append(" ".join(words[1:]))
        for short_text in shorts:
            short = resolution_key(short_text)
            # "Deutsche Bundesbank" and "die Bundesbank" in another article: the national
            # adjective is the one word more, so one body (when the collection has one such)
            anywhere = national and short_text == " ".join(words[1:])
            if short != key and short in groups and _mention_class(groups[short]) == cls \
                    and (anywhere or {m.article for m in groups[short]} <= {m.article for m in ms}):
                longer_in[short].add(key)
    for short, longer in longer_in.items():
        if len(longer) == 1 and short not in registered:
            registered[short] |= longer
    alias: dict[str, str] = {}
    for key, ms in groups.items():
        person = full_names.get(key, set()) - {key}
        company = registered.get(key, set()) - {key}
        if len(company) == 1 and (not person or not is_person(ms)):
            # "Pfeiffer und Zielpunkt" beside "Pfeiffer HandelsgmbH" and "Georg Pfeiffer":
            # the bare name's own labels decide between the company and the person
            alias[key] = next(iter(company))
        elif len(person) == 1 and not _mostly_organisation(ms):
            alias[key] = next(iter(person))  # not "Apple" for a name the NER ran on: "Mentor von Apple"

    # Typos: within one article, a person name one edit away from a more frequent one.
    per_article: dict[str, Counter] = defaultdict(Counter)
    for key, ms in groups.items():
        if is_person(ms):
            for m in ms:
                per_article[m.article][alias.get(key, key)] += 1
    surname = {key: resolution_key(fold(max((m.text for m in ms), key=len)).split()[-1])
               for key, ms in groups.items()}
    for counts in per_article.values():
        for rare, n_rare in counts.items():
            for common, n_common in counts.items():
                # (a tie between two long spellings, "Baschar al-Assad" and "Bashar al-Assad", goes to
                # the first in sort order, so the choice is the same in every build)
                more = n_common > n_rare or (n_common == n_rare and len(rare) >= 10 and common < rare)
                if (more and len(rare) >= 5 and rare not in alias and rare != common
                        and (_edit_distance_one(rare, common) or _edit_distance_one(rare, surname.get(common, "")))):
                    alias[rare] = common

    # "Allied Democratic Forces (ADF)", "Flughafen Wien AG (VIE)": an acronym in
    # parentheses right after a name (not a person's: "Schelling (ÖVP)" is a party) is that name.
    for name, short in acronyms:
        spelled = "".join(w if w.isupper() else w[:1].upper() for w in name.text.split()) == short.text
        if spelled or (name.label != "PER" and not is_person(groups[base_key(name)])):
            # (a name whose initials are the acronym is no person, whatever the NER said)
            short_key, name_key = base_key(short), base_key(name)
            if short_key != name_key and short_key not in alias:
                alias[short_key] = name_key

    for current, former in same_as:
        current_key, former_key = base_key(current), base_key(former)
        if current_key != former_key and former_key not in alias:
            alias[former_key] = current_key

    def final(key: str) -> str:
        seen = set()
        while key in alias and key not in seen:
            seen.add(key)
            key = alias[key]
        return key

    merged: dict[str, list[Mention]] = defaultdict(list)
    for key, ms in groups.items():
        merged[final(key)].extend(ms)
    # A bare "Innenministerium" in Vienna's article and in Bahrain's is two bodies: such a
    # name is one entity per article, keyed "name@article" (unless the article's fuller name
    # took it above).
    for key in sorted(merged):
        ms = merged[key]
        articles = sorted({m.article for m in ms})
        if lexicon.place_bound_body(max((m.text for m in ms), key=len)):
            del merged[key]
            for article in articles:
                merged[f"{key}@{article}"] = [m for m in ms if m.article == article]

    entities, mention_entity = [], {}
    for key in sorted(merged):
        ms = _named_mentions(merged[key], lexicon)
        cls = _vote_class(ms, lexicon) if ms else None
        if cls is None:
            log.debug("dropped untyped name %r", merged[key][0].text)
            continue
        label = _canonical_label(ms, lexicon, cls)
        # "die Thomson-Reuters-Tochter" names "Thomson Reuters", as the name is written on its own
        spaced = {m.text.replace("-", " ") for m in ms if m.source == "compound" and "-" in m.text
                  and all(part[:1].isupper() and part[1:].islower() for part in m.text.split("-"))}
        forms = sorted(({m.text for m in ms} | spaced) - {label})
        entity = Entity(key=key, cls=cls, label=label, alt_labels=tuple(forms),
                        articles=tuple(sorted({m.article for m in ms})))
        entities.append(entity)
        for m in ms:
            mention_entity[m] = key
    return Resolution(tuple(entities), mention_entity, {e.key: e for e in entities})


def _mention_class(ms: list[Mention]) -> str | None:
    """The class most of a name's mentions carry ("ORG" and "Organization" alike; a
    name re-found without a class, "KNOWN", has no vote)."""
    votes = Counter(_LABEL_CLASS.get(m.label, m.label) for m in ms if m.label != "KNOWN")
    return votes.most_common(1)[0][0] if votes else None


def _mostly_organisation(ms: list[Mention]) -> bool:
    """Whether a name's mentions call it an organisation at least twice as often as a person."""
    org = sum(m.label in ("ORG", "Organization") for m in ms)
    return org >= 2 and org > 2 * sum(m.label in ("PER", "Person") for m in ms)


def _named_mentions(ms: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The mentions that name the entity, in any order of articles.

    A common-noun abbreviation ("KI", "DNA") names something only in an
    article that also gives the entity a real name, as "Antikorruptions-
    staatsanwaltschaft (DNA)" does; "DNA-Daten" elsewhere is the molecule.
    """
    named_in = {m.article for m in ms if fold(m.text) not in lexicon.not_names}
    return [m for m in ms if m.article in named_in]


def _vote_class(ms: list[Mention], lexicon: Lexicon) -> str | None:
    if lexicon.country_by_name(ms[0].text):
        return "Place"
    longest = max((m.text for m in ms), key=len).split()
    if len(longest) >= 2 and fold(longest[-1]) in lexicon.organisation_name_endings:
        return "Organization"  # "Bugün TV", "die Washington Post", which the NER may call a person
    if len(longest) >= 2 and fold(longest[-1]) in lexicon.place_name_endings:
        return "Place"  # "im Trump Tower", "im Austria Center": a building, whoever it is named after
    surnames = {m.text.split()[-1] for m in ms if m.label in ("PER", "Person") and len(m.text.split()) > 1}
    votes: Counter[str] = Counter()
    for m in ms:
        if m.source == "compound" and m.text in surnames:
            continue  # "den Sobotka-Plan" of "Wolfgang Sobotka": his plan, he is no plan
        if m.label in _LABEL_CLASS and (m.source != "gazetteer" or not any(o.source != "gazetteer" for o in ms)):
            # a name re-found by the gazetteer only repeats the label the NER gave it elsewhere
            votes[_LABEL_CLASS[m.label]] += 1
        elif m.label in _CUE_CLASSES:
            votes[m.label] += _CUE_WEIGHT
    if not votes:
        if all(ACRONYM.match(m.text) for m in ms):
            # "Regierungsorganisation DOGE": an acronym the NER skipped but the
            # tagger called a proper noun is, in news, nearly always an organisation
            return "Organization"
        return None
    best = max(votes.items(), key=lambda kv: (kv[1], -_CUE_CLASSES.index(kv[0])))
    full_names = {m.text.split()[-1] for m in ms if m.label in ("PER", "Person") and len(m.text.split()) > 1
                  and not any(fold(word) in lexicon.organization_nouns | lexicon.organisation_name_endings
                              for word in m.text.split())}  # not "Raiffeisen Bank Aval"
    if best[0] != "Person" and votes["Person"] == best[1] \
            and any(m.text in full_names or m.text[:-1] in full_names for m in ms if len(m.text.split()) == 1):
        # "Fidel Castro" once and "Castros" once against "Castro" twice as an organisation:
        # a full name the NER calls a person outweighs its surname alone
        return "Person"
    return best[0]


def _canonical_label(ms: list[Mention], lexicon: Lexicon, cls: str) -> str:
    """The fullest proper name: most words, then most frequent, then alphabetical."""
    if cls == "Place":
        country = lexicon.country_by_name(ms[0].text)
        if country:
            return country.label
    counts = Counter(m.text for m in ms)
    keys = {resolution_key(t) for t in counts}
    if cls == "Person":
        # "Rudolf Kemlers" beside a bare "Kemler" named as a person: the full name in the
        # nominative (not "Steve Jobs" beside the "Job" of a game's title)
        person_keys = {resolution_key(m.text) for m in ms if m.label in ("PER", "Person")}
        counts = Counter(t[:-1] if len(t.split()) > 1 and t.endswith("s")
                         and resolution_key(t.split()[-1][:-1]) in person_keys else t for t in counts.elements())
    words = [t.split() for t in counts]
    if cls != "Person" and all(len(w) > 1 and _oblique_adjective(w[0]) for w in words):
        # Only oblique forms seen ("im Weißen Haus"): name it in the nominative.
        # (the genitive "des Deutschen Bundestags" gives way to "dem Deutschen Bundestag")
        best = max(counts, key=lambda t: (not (t.endswith("s") and t[:-1] in counts), counts[t], t))
        first, rest = best.split(" ", 1)
        return f"{first[:-1]} {rest}"

    def inflected(text: str) -> bool:
        k = resolution_key(text)
        oblique = len(text.split()) > 1 and _oblique_adjective(text.split()[0])  # "Weißen Haus"
        return (k[-1:] in ("s", "'", "’") and k[:-1] in keys) or oblique

    if cls != "Person":
        # "der Österreichischen Akademie der Wissenschaften" beside its acronym: the long name, in the
        # nominative, is the fuller one (not for a plural noun: "die Vereinten Nationen")
        counts = Counter(f"{t.split()[0][:-1]} {t.split(' ', 1)[1]}"
                         if len(t.split()) > 2 and inflected(t) and _oblique_adjective(t.split()[0])
                         and t.split()[0].endswith("en") and not t.split()[1].endswith("n") else t
                         for t in counts.elements())
        # "des Instituts für Höhere Studien": a genitive noun before "für" goes back to its nominative
        counts = Counter(_nominative_head(t) for t in counts.elements())
    return max(counts, key=lambda t: (not inflected(t), len(t.split()), counts[t], t[:1].isupper(), t))


def _nominative_head(name: str) -> str:
    """"Instituts für Höhere Studien" -> "Institut für Höhere Studien": a first noun
    in the genitive ("-s", "-es") before a lowercase word or a genitive plural
    adjective ("Verbands Österreichischer Zeitungen"), where the lemma table knows
    the noun without it."""
    words = name.split(" ")
    genitive_adjective = words[1].endswith(("ischer", "licher", "iger")) if len(words) > 1 else False
    if len(words) < 3 or not (words[1].islower() or genitive_adjective) or not words[0].endswith("s"):
        return name  # (and "Verbands Österreichischer Zeitungen": a genitive plural adjective after it)
    for cut in (1, 2):
        if words[0][:-cut] in common_nouns():
            return " ".join([words[0][:-cut], *words[1:]])
    return name
