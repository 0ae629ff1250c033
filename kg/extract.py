"""Relations, attributes and claims stage: read facts off the parsed article.

Every rule is general and driven by the cue lexicons in ``kg/data/cues.yaml``:

* role nouns next to names: "OpenAI-Chef Sam Altman", "US-Präsident Donald
  Trump", "Sprecherin Karoline Leavitt", "Altman, Chef von OpenAI";
* demonyms and country prefixes before organisation nouns: "der japanische
  Softbank-Konzern", "US-Software-Hersteller Oracle" (basedIn);
* possessives: "seiner Plattform X" (owns), "seinen Konkurrenten Altman",
  "Teslas Gigafactory";
* verbs with their dependency-parse arguments, passive and coordination
  included: "Musk verklagte OpenAI", "Stargate wird von Softbank finanziert",
  "OpenAI, Oracle und Softbank investieren in Stargate";
* money amounts, job counts and founding years next to their cue words;
* reported speech (quotes, speech verbs, Konjunktiv I) as claims, and later
  rebuttals ("falsch", "widersprach") as ``disputedBy``.

Pronouns ("er") and role descriptors ("der Tesla-Boss") are resolved to the
most recent fitting person, and only facts whose subject and object classes
fit the contract's domain and range are kept.
"""
from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from kg.lexicon import MONTHS, Lexicon, fold, lemma_lookup, load_lexicon
from kg.mentions import PERSON_ROLES, corpus_nouns, doc_text, is_noun_form, region_unit_after
from kg.names import female_given_names, german_nouns, given_names
from kg.nlp import is_dateline
from kg.records import Attribute, Claim, Fact, Mention
from kg.resolve import Resolution, resolution_key

log = logging.getLogger(__name__)

P, O, PL, PJ, PD = "Person", "Organization", "Place", "Project", "Product"
ANY = (P, O, PL, PJ, PD)
#: Domain and range of every relation, from the graph contract.
SIGNATURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "founded": ((P, O), (O, PD, PJ)),
    "leads": ((P,), (O,)),
    "spokespersonOf": ((P,), (O,)),
    "advisorOf": ((P,), (P,)),
    "presidentOf": ((P,), (PL, O)),
    "owns": ((P, O), (O, PD, PL)),
    "developed": ((O, P), (PD,)),
    "basedIn": ((O,), (PL,)),
    "locatedIn": ((PL,), (PL,)),
    "fundedBy": ((PJ, O), (P, O)),
    "partnerOf": ((O,), (O,)),
    "competitorOf": ((P, O), (P, O)),
    "announced": ((P, O), (PJ, PD)),
    "criticized": ((P, O), ANY),
    "sued": ((P, O), (P, O)),
    "supported": ((P, O), (P, O, PJ)),
}
#: Prepositions before a seat: "in Linz", "im Burgenland", "auf den Bahamas", "auf Zypern".
_SEAT_PREPS = ("in", "im", "auf")
_SUBJ = ("nsubj", "nsubj:pass", "sb")
_PASSIVE_SUBJ = ("nsubj:pass",)
_OBJ = {"obj": ("obj", "oa", "dobj"), "iobj": ("iobj", "da")}
_OBL = ("obl", "nmod", "obl:arg", "obl:agent", "op", "mo", "pg")
_AGENT_PREPS = ("von", "vom", "durch")
#: subjects that name no one: "Wer will, kann ... übernehmen", "Man kritisierte ..."
_INDEFINITE_SUBJECTS = ("wer", "man", "jemand", "niemand")
#: Events: "in X" after "der Kongress des Y" is where the event was, not Y's seat.
_EVENT_NOUNS = ("kongress", "konferenz", "tagung", "gipfel", "treffen", "messe", "sitzung", "versammlung",
                "parteitag", "festival", "veranstaltung", "feier", "gala", "jahrestagung", "kongresses", "konferenzen",
                "gipfels", "treffens", "parteitags", "parteitages", "festivals")
#: Nouns of time that the parse takes for a subject in front of the verb ("Diese
#: Woche kündigte der Sender X an"): an accusative of time, never the actor.
_TIME_NOUNS = {"woche", "wochen", "monat", "monate", "jahr", "jahre", "tag", "tage", "abend", "morgen", "nacht",
               "wochenende", "zeit", "mal", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
               "sonntag", "frühling", "frühjahr", "sommer", "herbst", "winter", "vormittag", "nachmittag"}
#: "unter (der) Leitung von X": whoever is named after it leads the body before "unter"
_LEADERSHIP_NOUNS = ("leitung", "führung", "vorsitz", "regie")
_BELIEF_VERBS = {"glauben", "wissen", "vermuten", "meinen", "hoffen", "denken", "finden"}
_MALE_PRONOUNS = {"er", "ihn", "ihm", "seiner"}
_SYMMETRIC = {"partnerOf", "competitorOf"}
#: Verb forms that make a partnership a possibility, not a fact.
_HEDGING_FORMS = {"könnte", "könnten", "würde", "würden", "wäre", "wären", "möglich", "mögliche", "möglichen"}
_RECIPROCAL = {"gegenseitig", "einander", "wechselseitig"}
_NEGATIONS = {"nicht", "kein", "keine", "keinen", "keiner", "keinem", "keines", "nie", "niemals"}
_RELATIVE_PRONOUNS = {"der", "die", "das", "den", "dem", "welcher", "welche", "welches", "welchen", "welchem"}
#: Relative pronouns whose case tells their role: "der"/"welcher" nominative
#: (the subject), "den"/"dem" accusative or dative (an object). "die" and "das"
#: are either; with a name in the clause they are mostly the object ("die Trump vorstellte").
_SUBJECT_RELATIVES = {"der", "welcher"}
_OBJECT_RELATIVES = {"den", "dem", "welchen", "welchem"}
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
#: "Sozialminister", "US-Außenministerin", "Finanzministers": group 1 is the
#: ministry's name without "-ministerium" ("sozial", "us-außen").
_MINISTER_TITLE = re.compile(r"^(.{3,})minister(?:in|innen|s|n)?$")
_NUMBER = re.compile(r"^\d{1,3}(?:[.'’ ]\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")


def parse_number(text: str) -> Decimal | None:
    """German number: "100'000", "100.000", "100 000", "2,5" → Decimal."""
    text = text.strip()
    if not _NUMBER.match(text):
        return None
    text = re.sub(r"[.'’ ](?=\d{3}\b)", "", text).replace(",", ".")
    try:
        return Decimal(text)
    except ArithmeticError:
        return None


#: Prepositions of where something was said: "sagte X bei CNN", "schrieb X auf X".
_VENUE_PREPS = {"bei", "beim", "gegenüber", "auf", "im", "in", "vor"}
#: First words of a statement that points back: "Das ist letztklassig, meint X".
_FIRST_PERSON = {"ich", "wir", "mir", "mich", "uns", "unser", "unsere", "mein", "meine"}
_ANAPHORIC_OPENERS = {"das", "dies", "dieses", "diese", "es", "damit", "dazu", "davon"}
_DEFINITE = {"der", "die", "das", "dem", "den", "des"}


#: Endings of abstract nouns, which describe no person: "(die) Anforderung Ponta(s)" is a parse of
#: a genitive, and "die Forderung" elsewhere must not stand for him; "Breite Zusammenarbeit Pühringer",
#: a subheading run into the text, must not make "die Arbeit" him.
_ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "tum", "arbeit", "ik", "ie",
                     "enz", "anz", "ei", "ive")


def _descriptor_key(word: str) -> str:
    """Compare form of a descriptor noun: its last compound part, folded
    ("Tech-Milliardär" -> "milliardär")."""
    return fold(word).split("-")[-1]


def _feminine_dative(noun: Token) -> bool:
    """"Der Unterrichtsministerin": "der" before a feminine noun in the singular
    marks a dative (or genitive), never a subject. A name's gender is the tagger's
    guess ("Der NDR" came out feminine), so only a common noun's is believed."""
    morph = str(noun.morph)
    feminine = noun.pos_ == "NOUN" and ("Gender=Fem" in morph or fold(noun.text).endswith("in"))
    return feminine and "Number=Plur" not in morph and any(
        c.dep_ in ("det", "nk") and fold(c.text) == "der" for c in noun.children)


#: Endings of role nouns whose plural differs ("Präsident"/"Präsidenten", "Chefin"/"Chefinnen"):
#: such a title before a list of names belongs to the first name alone.
_SINGULAR_TITLE_ENDINGS = ("ent", "ant", "chef", "in", "tor", "ist", "at", "boss")


def _singular_title(word: str) -> bool:
    """A role noun in a form that is only singular: "Präsident", "SPÖ-Chefin"
    (not "Gründer" or "Vorsitzende", which may be plural)."""
    folded = fold(word)
    return folded.endswith(_SINGULAR_TITLE_ENDINGS) and not folded.endswith("innen")


def _governing_verb(tok: Token) -> Token:
    """The nearest verb (or the root) above a token."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


@dataclass(frozen=True)
class _RelativeReading:
    """Arguments of a cue verb read from a relative clause's word order."""

    actors: list[str]
    patients: list[str]
    after_preposition: bool  # "zu dem", "gegen die": the antecedent is no subject


@dataclass(frozen=True)
class _Proposal:
    """Something put up for debate in an article: who did, in which sentence, and
    the nouns that describe it (to recognise it when it comes up again)."""

    sent_index: int
    proposers: tuple[str, ...]
    words: frozenset[str]
    sentence: Span


@dataclass
class _ArticleState:
    """Per-article lookups: which tokens name which entity, and who was last."""

    doc: Doc
    article: str
    token_entity: dict[int, str] = field(default_factory=dict)      # whole-token names
    prefix_entity: dict[int, str] = field(default_factory=dict)     # "OpenAI" in "OpenAI-Chef"
    mentions: list[tuple[int, str]] = field(default_factory=list)   # (char offset, entity)
    sentence_subjects: dict[int, list[str]] = field(default_factory=dict)
    role_holders: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    descriptors: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # "milliardär" -> people
    proposals: list[_Proposal] = field(default_factory=list)  # in text order
    sentence_starts: list[int] = field(default_factory=list)  # start offset of each sentence, filled on first use

    def sentence_start(self, sent_index: int) -> int:
        """Character offset where sentence ``sent_index`` begins."""
        if not self.sentence_starts:
            self.sentence_starts = [sent.start_char for sent in self.doc.sents]
        return self.sentence_starts[sent_index]

    def mentions_before(self, char: int) -> list[tuple[int, str]]:
        """(offset, entity) of the names before ``char``, in text order."""
        return [(c, key) for c, key in self.mentions if c < char]


class Extractor:
    """Extract facts from parsed articles, given the resolved entities."""

    def __init__(self, resolution: Resolution, lexicon: Lexicon | None = None):
        self.resolution = resolution
        self.lexicon = lexicon or load_lexicon()

    # --- lookups -------------------------------------------------------------

    def cls(self, key: str) -> str:
        return self.resolution.by_key[key].cls

    def fits(self, subject: str, predicate: str, obj: str) -> bool:
        domain, rng = SIGNATURES[predicate]
        return subject != obj and self.cls(subject) in domain and self.cls(obj) in rng

    def _state(self, doc: Doc, article: str, mentions: list[Mention]) -> _ArticleState:
        state = _ArticleState(doc, article)
        text = doc.text
        # a longer name takes its words from a name inside it: "der Privatfirma Walan ICC", not "ICC"
        for m in sorted(mentions, key=lambda m: m.start - m.end):
            key = self.resolution.mention_entity.get(m)
            if key is None:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            rest = text[m.end:span.end_char]
            # "Musks" names Musk, and so does "G5." with the full stop the tokenizer left on it;
            # "OpenAI-Chef" does not
            whole = rest in ("", "s", "'", "’", "'s", "’s", ".")
            for tok in span:
                if whole:
                    state.token_entity.setdefault(tok.i, key)
                else:
                    state.prefix_entity.setdefault(tok.i, key)
            state.mentions.append((m.start, key))
        state.mentions.sort()
        # "Ärztekammerpräsident Thomas Szekeres": a name of this article before the role noun
        forms = {resolution_key(form): key for key in sorted(set(state.token_entity.values()))
                 for form in (self.resolution.by_key[key].label, *self.resolution.by_key[key].alt_labels)}
        for tok in doc:
            if tok.i not in state.token_entity and tok.i not in state.prefix_entity:
                prefix = self.lexicon.role_prefix(tok.text)
                if prefix and resolution_key(prefix) in forms:
                    state.prefix_entity[tok.i] = forms[resolution_key(prefix)]
        return state

    def _last_country(self, state: _ArticleState, before_char: int, sentence_start: int) -> str | None:
        """The country named last before ``before_char``, in this sentence or the one
        before (a country's own name, not a town or region)."""
        window = [(c, k) for c, k in state.mentions_before(before_char)
                  if c >= sentence_start - 400 and self.cls(k) == PL]
        for _, key in reversed(window):
            if self.lexicon.country_by_name(self.resolution.by_key[key].label):
                return key
        return None

    def _last_person(self, state: _ArticleState, before_char: int, sent_index: int,
                     exclude: set[str] = frozenset()) -> str | None:
        """Antecedent of "er"/"sein": a recent sentence subject, else the last person named;
        never a woman by her given name ("Laura Rudas holte Bilalic, er wurde ...")."""
        def male(key: str) -> bool:
            return self.cls(key) == P and key not in exclude \
                and self.resolution.by_key[key].label.split()[0] not in female_given_names()
        for idx in range(sent_index, max(-1, sent_index - 3), -1):
            for key in reversed(state.sentence_subjects.get(idx, [])):
                if male(key):
                    return key
            if idx == sent_index:  # "Rudas holte Bilalic in die Zentrale, er wurde ...": the man just named
                sent_start = state.sentence_start(sent_index)
                for char, key in reversed(state.mentions):
                    if sent_start <= char < before_char and male(key):
                        return key
        for char, key in reversed(state.mentions):
            if char < before_char and male(key):
                return key
        return None

    def _last_feminine(self, state: _ArticleState, pronoun: Token) -> str | None:
        """Antecedent of a singular "sie": the last organisation or woman (by her given
        name) named before it in its sentence or the one before; a man in between is
        passed over, anyone else ends the search."""
        sent = pronoun.sent
        start = state.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        for char, key in reversed(state.mentions):
            if char >= pronoun.idx or char < start:
                continue
            cls = self.cls(key)
            if cls == O:
                return key
            if cls == P:
                first = self.resolution.by_key[key].label.split()[0]
                if first in female_given_names():
                    return key
                if first in given_names():
                    continue  # "Werner Faymann": not "sie"
                return None
        return None

    def referents(self, tok: Token, state: _ArticleState, sent_index: int, depth: int = 0,
                  role_conjuncts: bool = True) -> list[str]:
        """Entities an argument token stands for: its name, its appositive
        name, its conjuncts, a pronoun's antecedent or a role descriptor's holder.

        ``role_conjuncts=False`` leaves out conjuncts that bring their own role
        noun: the founders in "Apple-Gründer Steve Jobs und Google-Chef Larry
        Page" are Steve Jobs alone.
        """
        if depth > 4:
            return []
        if self._dateline(tok, state):  # "Warschau – Der Parteichef X hat ...", parsed as a conjunct of the place
            return [k for c in tok.children if c.dep_ in ("conj", "cj", "appos") and c.i > tok.i
                    for k in self.referents(c, state, sent_index, depth + 1)]
        found: list[str] = []
        if tok.text == "Sie" and tok.i > tok.sent.start and not tok.doc[tok.i - 1].is_punct:
            return []  # "Warum kritisieren Sie ...": the reader or interviewee addressed, never a name before
        if tok.i in state.token_entity:
            found.append(state.token_entity[tok.i])
        elif tok.pos_ == "NOUN" and fold(tok.lemma_ or tok.text) == "land" and "Number=Plur" not in str(tok.morph) \
                and any(fold(c.text) in ("das", "dem", "des") for c in tok.children if c.dep_ == "det") \
                and not any(c.dep_ in ("amod", "nmod", "appos") for c in tok.children):
            # "hat die OECD dem Land Versäumnisse vorgeworfen": the country just named
            country = self._last_country(state, tok.idx, tok.sent.start_char)
            if country:
                found.append(country)
        elif fold(tok.text) in ("beide", "beiden") and tok.dep_ in _SUBJ:
            # "Die beiden waren Freunde": the last two people named
            people: list[str] = []
            for _, key in reversed(state.mentions_before(tok.idx)):
                if self.cls(key) == P and key not in people:
                    people.append(key)
                if len(people) == 2:
                    found.extend(people)
                    break
        elif tok.pos_ == "PRON" and fold(tok.text) == "sie" and tok.dep_ in _SUBJ and tok.sent.start > 0 \
                and any("Number=Plur" in str(t.morph) for t in (tok.head, *tok.head.children) if t.pos_ == "AUX"
                        or t.i == tok.head.i):
            # "Die Allied Democratic Forces (ADF) sind ... Sie wurden 1995 gegründet": plural
            # "sie" is the one organisation the previous sentence named
            previous = tok.doc[tok.sent.start - 1].sent
            orgs = list(dict.fromkeys(state.token_entity[t.i] for t in previous
                                      if t.i in state.token_entity and self.cls(state.token_entity[t.i]) == O))
            if len(orgs) == 1:
                found.append(orgs[0])
        elif tok.pos_ == "PRON" and fold(tok.text) == "sie" and tok.dep_ in _SUBJ and tok.i > tok.sent.start - 1 \
                and any("Number=Sing" in str(t.morph) for t in (tok.head, *tok.head.children)
                        if t.pos_ == "AUX" or t.i == tok.head.i) \
                and not any("Number=Plur" in str(t.morph) for t in (tok.head, *tok.head.children)
                            if t.pos_ == "AUX" or t.i == tok.head.i):
            # "Die SPÖ tagte am Montag. Sie kritisierte die ÖVP", "Ministerin Sonja X ... Sie warf ...":
            # a singular "sie" is the last woman or organisation named, in this sentence or the one before
            key = self._last_feminine(state, tok)
            if key:
                found.append(key)
        elif tok.pos_ == "PRON" and fold(tok.text) in _MALE_PRONOUNS:
            # an object "ihn"/"ihm" is never its own clause's subject (that would be "sich")
            exclude = set() if tok.dep_ in _SUBJ else set(self._subjects_of(_governing_verb(tok), state, sent_index))
            key = self._last_person(state, tok.idx, sent_index, exclude=exclude)
            if key:
                found.append(key)
        elif tok.pos_ == "PRON" and tok.head.dep_ in ("acl:relcl", "acl", "rc") and tok.head.head.i != tok.head.i:
            antecedent = self._name_before_relative(tok, state)
            if antecedent and tok.head.head.i not in state.token_entity:
                found.append(antecedent)  # "Kritik von X, Heinz Patzelt, der ...": the name before the comma
            else:
                found.extend(self.referents(tok.head.head, state, sent_index, depth + 1))  # "..., das er gründete"
        elif tok.i in state.prefix_entity and self.lexicon.role_of(tok.text) \
                and not any(c.dep_ in ("appos", "flat", "flat:name") and c.i in state.token_entity
                            for c in tok.children) \
                and self._role_holder(state, state.prefix_entity[tok.i], self.lexicon.role_of(tok.text)):
            # "der OpenAI-Chef" alone; with a name beside it ("Google-Chef Larry Page") the name counts
            found.append(self._role_holder(state, state.prefix_entity[tok.i], self.lexicon.role_of(tok.text)))
        elif tok.i in state.prefix_entity and self.lexicon.noun_class(tok.text) == O \
                and self.cls(state.prefix_entity[tok.i]) == O \
                and not any(c.dep_ in ("appos", "flat", "flat:name") and c.i in state.token_entity
                            for c in tok.children):
            found.append(state.prefix_entity[tok.i])  # "dem japanischen Softbank-Konzern"
        elif "-" in tok.text and tok.pos_ in ("NOUN", "PROPN") \
                and fold(tok.text.rsplit("-", 1)[-1]) in self.lexicon.proposal_nouns \
                and (tok.i in state.prefix_entity or self._named_in_article(tok.text.split("-")[0], state)):
            # "kritisierten den Sobotka-Plan": the plan is Sobotka's; "vom Mitterlehner-Leitl-Vorstoß": both men's
            owners = [state.prefix_entity.get(tok.i)] + [self._named_in_article(part, state)
                                                         for part in tok.text.split("-")[:-1]]
            found.extend(k for k in dict.fromkeys(owners) if k and self.cls(k) in (P, O))
        else:
            # common noun head: "der Software-Riese Oracle", "Partner Microsoft"
            project_noun = tok.pos_ == "NOUN" and self.lexicon.noun_class(tok.text) == PJ
            amount = fold(tok.text) in self.lexicon.currencies  # "2,5 Mrd. Euro von Nokia" names no one
            role = self.lexicon.role_of(tok.text) if tok.pos_ == "NOUN" else None
            for child in [] if amount else tok.children:
                if child.dep_ in ("appos", "flat", "flat:name", "nmod", "nk", "pnc") and child.i > tok.i \
                        and child.i in state.token_entity:
                    if child.dep_ == "nmod" and self._preposition(child) not in (None, "von"):
                        continue  # "Kritik an der ÖVP", "der Konzern aus Wien": not the ÖVP, not Wien
                    if role in PERSON_ROLES and child.dep_ == "nmod" and self.cls(state.token_entity[child.i]) in (O, PL):
                        # "der Präsident der Wirtschaftskammer": its holder, not the chamber, acts
                        holder = self._role_holder(state, state.token_entity[child.i], role)
                        found += [holder] if holder else []
                        break
                    if project_noun and self.cls(state.token_entity[child.i]) != PJ \
                            and self._preposition(child) in ("von", None) and child.dep_ == "nmod":
                        continue  # "ein Investitionsplan von OpenAI": OpenAI pays for it, it is not the plan
                    # the name and its own conjuncts: "Apple-Gründer Steve Jobs und Google-Chef Larry Page"
                    found.extend(self.referents(child, state, sent_index, depth + 1, role_conjuncts))
                    break
            if not found and not amount and tok.pos_ == "NOUN":
                # "die Aussagen von Innenminister Wolfgang Sobotka": the person the title names
                for child in tok.children:
                    if child.dep_ == "nmod" and child.i > tok.i and child.pos_ == "NOUN" \
                            and self._preposition(child) in (None, "von") and self.lexicon.person_title(child.text):
                        found.extend(k for k in self.referents(child, state, sent_index, depth + 1, role_conjuncts)
                                     if self.cls(k) == P)
                        break
            nxt = tok.i + 1
            if not found and nxt < len(tok.doc) and nxt in state.token_entity and tok.pos_ in ("NOUN", "PROPN"):
                found.append(state.token_entity[nxt])
            if not found and tok.pos_ in ("NOUN", "PROPN") and tok.i not in state.prefix_entity:
                person = self._described_person(tok, state)
                if person:
                    found.append(person)
            if not found and tok.pos_ == "NOUN" and self.lexicon.noun_class(tok.text) in (O, PD) \
                    and (tok.i not in state.prefix_entity or self.cls(state.prefix_entity[tok.i]) != O) \
                    and not self._unknown_name_compound(tok, state):
                if "Number=Plur" in str(tok.morph):
                    found.extend(self._described_group(tok, state, self.lexicon.noun_class(tok.text)))
                else:
                    key = self._described_entity(tok, state, sent_index, self.lexicon.noun_class(tok.text))
                    if key:
                        found.append(key)
            if not found and tok.pos_ == "NOUN" and self.lexicon.noun_class(tok.text) is None:
                key = self._named_by_its_noun(tok, state)
                if key:
                    found.append(key)
            if not found and tok.pos_ == "NOUN" and self.lexicon.noun_class(tok.text) == PJ:
                projects = self._article_entities(state, PJ)
                if len(projects) == 1:  # "das Projekt", "das KI-Projekt": the article's one project
                    found.append(projects[0])
        for child in tok.children:
            if child.dep_ in ("conj", "cj") and (role_conjuncts or not (
                    self.lexicon.role_of(child.text) or self.lexicon.person_title(child.text))) \
                    and not any(c.dep_ == "cc" and c.tag_ == "KOKOM" for c in child.children):
                # (not "X als Niessls Stellvertreter": "als" compares, it joins no second name)
                found.extend(self.referents(child, state, sent_index, depth + 1, role_conjuncts))
        if tok.i in state.token_entity and self.cls(state.token_entity[tok.i]) == P \
                and any(c.dep_ in ("conj", "cj") and c.i in state.token_entity for c in tok.children):
            # "Michael Laver, Ken Benoit und John Garry": a list whose middle name the parse made an apposition
            found.extend(state.token_entity[c.i] for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                         and c.i in state.token_entity and self.cls(state.token_entity[c.i]) == P
                         and c.doc[c.i - 1].text == ",")
        return list(dict.fromkeys(found))

    def _named_in_article(self, word: str, state: _ArticleState) -> str | None:
        """The entity this article names by ``word`` alone or as its last word
        ("Leitl" for "Christoph Leitl"), if exactly one."""
        folded = fold(word)
        keys = {key for _, key in state.mentions
                if any(fold(name).split()[-1:] == [folded] for name in (self.resolution.by_key[key].label,
                                                                         *self.resolution.by_key[key].alt_labels))}
        return keys.pop() if len(keys) == 1 else None

    def _name_before_relative(self, pronoun: Token, state: _ArticleState) -> str | None:
        """The person or organisation named right before ", der ...": in German the
        antecedent stands before the comma, wherever the parse hung the clause."""
        i = pronoun.i
        if pronoun.tag_ != "PRELS" or i < 2 or pronoun.doc[i - 1].text != ",":
            return None
        key = state.token_entity.get(i - 2)
        return key if key and self.cls(key) in (P, O) else None

    @staticmethod
    def _dateline(tok: Token, state: _ArticleState) -> bool:
        """A place opening a sentence before a dash ("Wien – Das dritte Nein ...",
        "Wien/Graz – ..."): where the report was filed, never an argument, whatever
        the parse attached it to."""
        key = state.token_entity.get(tok.i)
        if key is None:
            return False
        i = tok.i
        while i + 1 < len(tok.doc) and (state.token_entity.get(i + 1) == key or tok.doc[i + 1].text == "/"
                                        or (tok.doc[i].text == "/" and i + 1 in state.token_entity)):
            i += 1
        start = tok.i
        while start > tok.sent.start and (state.token_entity.get(start - 1) == key or tok.doc[start - 1].text == "/"
                                          or tok.doc[start].text == "/"):
            start -= 1
        return start == tok.sent.start and i + 1 < len(tok.doc) and tok.doc[i + 1].text in ("–", "—", "-")

    def _described_people(self, state: _ArticleState) -> list[tuple[str, str, bool]]:
        """(descriptor, person, office) for each common noun right before a person's
        name: "der Milliardär Elon Musk", "US-Unternehmer Vivek Ramaswamy", and
        offices ("Premier Victor Ponta", so "den Premier" later is Ponta), which
        hold only within their article: another article's premier is another man."""
        found = []
        for tok in state.doc[:-1]:
            key = state.token_entity.get(tok.i + 1)
            if (tok.pos_ == "NOUN" or tok.tag_ == "NN") and key and self.cls(key) == P \
                    and tok.i not in state.token_entity and not fold(tok.text).endswith(_ABSTRACT_ENDINGS) \
                    and not self._genitive_name_at(tok.i + 1, state):  # "Die Initiative Della Vedovas": his
                bare = re.sub(r"^(?:vize|ex-|co-|ko-)", "", fold(tok.text)).capitalize()
                office = bool(self.lexicon.role_of(tok.text) or self.lexicon.role_of(bare))
                # (a "Vizepräsidentin" is an office too: another article's "Präsidentin" is someone else)
                if office and tok.i in state.prefix_entity:
                    continue  # "SPÖ-Chef X": "der Chef" may be any organisation's
                found.append((_descriptor_key(tok.text), key, office))
        return found

    def _described_person(self, tok: Token, state: _ArticleState) -> str | None:
        """The one person a definite descriptor stands for: "der Tech-Milliardär",
        "der Multimilliardär" after "der Milliardär Elon Musk" (this article
        first, then the collection); None when it could be more than one."""
        if not any(c.dep_ in ("det", "nk") and fold(c.text) in _DEFINITE for c in tok.children):
            return None
        noun = _descriptor_key(tok.text)
        for table in (state.descriptors, self._global_descriptors):
            # "der Multimilliardär" after "Milliardär X"; "der Minister" after "Finanzminister X"
            people = {p for known, ps in table.items() if len(known) >= 5 and len(noun) >= 5
                      and (noun.endswith(known) or known.endswith(noun)) for p in ps}
            if len(people) == 1:
                return next(iter(people))
            if people:
                return None
        return None

    def _described_entity(self, tok: Token, state: _ArticleState, sent_index: int, cls: str) -> str | None:
        """The organisation or product a definite descriptor points back to:
        "Das Unternehmen, das seit 2010 Geely gehört" after a paragraph on
        Volvo, "dem Windows-Hersteller" in an article about Microsoft.

        The antecedent is the last sentence subject of that class in this or
        the two previous sentences, else the last name of that class before
        the descriptor in the article; None when the article named none.
        """
        if not any(c.dep_ in ("det", "nk") and fold(c.text) in _DEFINITE for c in tok.children) \
                or "Number=Plur" in str(tok.morph):
            return None
        if cls == O and not self.lexicon.generic_organization_noun(tok.text):
            fits = lambda key: self._named_with(key, self.lexicon.organization_head(tok.text), state)  # noqa: E731
        else:
            fits = lambda key: True  # noqa: E731
        for idx in range(sent_index - 1, max(-1, sent_index - 3), -1):
            for key in reversed(state.sentence_subjects.get(idx, [])):
                if self.cls(key) == cls:
                    return key if fits(key) else None
        for char, key in reversed(state.mentions_before(tok.idx)):
            if self.cls(key) == cls:
                return key if fits(key) else None
        return None

    def _named_by_its_noun(self, tok: Token, state: _ArticleState) -> str | None:
        """The organisation named before whose name holds this noun, which a definite
        article makes a short form of it: "der Syrischen Beobachtungsstelle für
        Menschenrechte ... der in Großbritannien ansässigen Beobachtungsstelle"."""
        if not any(c.dep_ in ("det", "nk") and fold(c.text) in _DEFINITE for c in tok.children) \
                or len(tok.text) < 6 or "-" in tok.text:
            return None
        # the word as the name has it (the tagger's number is unreliable here), or its lemma when singular
        words = {fold(tok.text)} | ({fold(tok.lemma_)} if tok.lemma_ and "Number=Plur" not in str(tok.morph) else set())
        for _, key in reversed(state.mentions_before(tok.idx)):
            entity = self.resolution.by_key[key]
            if self.cls(key) == O and any(words & set(fold(label).split()) for label in (entity.label, *entity.alt_labels)):
                return key
        return None

    def _named_with(self, key: str, noun: str | None, state: _ArticleState) -> bool:
        """Whether an organisation was named with this noun, so that "die Partei"
        or "das Ministerium" can point back to it: in its name ("Finanzministerium"),
        right before it ("die Partei SPÖ") or as a compound on it ("SPÖ-Partei")."""
        if noun is None:
            return False
        entity = self.resolution.by_key[key]
        if any(noun in fold(label) for label in (entity.label, *entity.alt_labels)):
            return True
        for tok in state.doc:
            if self.lexicon.organization_head(tok.text) != noun:
                continue
            if state.prefix_entity.get(tok.i) == key or state.token_entity.get(tok.i + 1) == key:
                return True
        return False

    def _described_group(self, tok: Token, state: _ArticleState, cls: str) -> list[str]:
        """The names a definite plural descriptor points back to: "Die deutschen
        Autohersteller hatten Here übernommen" after "den Eigentümern Audi, BMW
        und Daimler" -- the last list of two or more names of that class
        before it in the article."""
        if not any(c.dep_ in ("det", "nk") and fold(c.text) in _DEFINITE for c in tok.children):
            return []
        sents = list(state.doc.sents)
        here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
        for sent in reversed(sents[:here + 1]):
            starts = [t.i for t in sent if t.i < tok.i and t.i in state.token_entity
                      and state.token_entity.get(t.i - 1) != state.token_entity[t.i]]
            groups = [[k for k in self._listed_names(i, state) if self.cls(k) == cls] for i in starts]
            groups = [g for g in groups if len(g) >= 2]
            if groups:
                return groups[0]  # the first start of the last list covers all of it
        return []

    def _role_holder(self, state: _ArticleState, org: str, predicate: str) -> str | None:
        holders = state.role_holders.get((org, predicate)) or self._global_roles.get((org, predicate))
        if holders and len(holders) == 1:
            return next(iter(holders))
        return None

    # --- public ----------------------------------------------------------------

    def extract(self, docs: list[tuple[str, Doc, list[Mention]]]) -> tuple[list[Fact], list[Attribute], list[Claim]]:
        """Facts, attributes and claims of all articles (two passes: roles first,
        so "der Tesla-Boss" in one article finds the "Tesla-Chef" named in another)."""
        self._global_roles: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._global_descriptors: dict[str, set[str]] = defaultdict(set)
        states = []
        for article, doc, mentions in docs:
            state = self._state(doc, article, mentions)
            for noun, person, office in self._described_people(state):
                state.descriptors[noun].add(person)
                if not office:
                    self._global_descriptors[noun].add(person)
            for fact in self._role_facts(state):
                if fact.predicate in ("leads", "founded", "spokespersonOf", "presidentOf"):
                    self._global_roles[(fact.object, fact.predicate)].add(fact.subject)
                    state.role_holders[(fact.object, fact.predicate)].add(fact.subject)
            states.append(state)
        facts, attributes, claims = [], [], []
        for state in states:
            f, a, c = self._extract_article(state)
            facts += f
            attributes += a
            claims += c
        return sorted(set(facts)), sorted(set(attributes)), sorted(set(claims))

    def _extract_article(self, state: _ArticleState) -> tuple[list[Fact], list[Attribute], list[Claim]]:
        facts: list[Fact] = []
        named_seats: list[Fact] = []  # a seat read off the name: "Syrische Beobachtungsstelle" in Syria
        stated_seats: list[Fact] = []  # a seat the text states: "die in Großbritannien ansässige ..."
        for si, sent in enumerate(state.doc.sents):
            subjects = []
            for tok in sent:
                if tok.dep_ in _SUBJ:
                    subjects += [k for k in self.referents(tok, state, si) if self.cls(k) in (P, O)]
            state.sentence_subjects[si] = subjects
            facts += self._verb_facts(sent, si, state)
            facts += self._noun_cue_facts(sent, si, state)
            facts += self._adjective_cue_facts(sent, si, state)
            facts += self._judgement_facts(sent, si, state)
            facts += self._reciprocal_facts(sent, si, state)
            facts += self._rejection_facts(sent, si, state)
            facts += self._funding_noun_facts(sent, si, state)
            facts += self._possessive_facts(sent, si, state)
            facts += self._based_in_facts(sent, state)
            named_seats += self._name_place_facts(sent, state)
            facts += self._brand_facts(sent, si, state)
            facts += self._located_in_facts(sent, si, state)
            facts += self._lies_in_facts(sent, si, state)
            stated_seats += self._seat_facts(sent, si, state)
            facts += self._city_adjective_facts(sent, state)
            facts += self._bracketed_brand_facts(sent, state)
            facts += self._led_under_facts(sent, state)
            facts += self._minister_facts(sent, state)
            state.proposals += self._proposals(sent, si, state)
        stated = {f.subject for f in stated_seats if f.predicate == "basedIn"}
        facts += stated_seats + [f for f in named_seats if f.predicate != "basedIn" or f.subject not in stated]
        facts += self._role_facts(state)
        attributes = self._attributes(state, facts)
        claims = self._claims(state)
        return facts, attributes, claims

    def _state_name(self, key: str) -> bool:
        """Whether an entity is a sovereign state of the country table."""
        country = self.lexicon.country_by_name(self.resolution.by_key[key].label)
        return country is not None and not country.region

    def _fact(self, s: str, p: str, o: str, state: _ArticleState, sent: Span | str) -> list[Fact]:
        if p in ("partnerOf", "competitorOf") and s > o:
            s, o = o, s
        if not self.fits(s, p, o):
            return []
        if p == "locatedIn" and self._state_name(s) and self._state_name(o):
            return []  # "der Einmarsch der Türkei in Syrien": a country lies in no other
        evidence = " ".join((sent if isinstance(sent, str) else sent.text).split())
        if p == "sued" and self.fits(s, "criticized", o):
            # a lawsuit is an accusation: whoever sues someone criticises them
            return [Fact(s, p, o, state.article, evidence), Fact(s, "criticized", o, state.article, evidence)]
        return [Fact(s, p, o, state.article, evidence)]

    # --- role nouns -------------------------------------------------------------

    def _minister_facts(self, sent: Span, state: _ArticleState) -> list[Fact]:
        """"Sozialminister Alois Stöger" leads the Sozialministerium, where the article
        names that ministry ("Im Sozialministerium wird gerechnet"): a minister's title
        is the ministry's name with "-minister" for "-ministerium"."""
        ministries = {}
        for key in dict.fromkeys(state.token_entity.values()):
            if self.cls(key) == O:
                label = fold(self.resolution.by_key[key].label)
                if label.endswith("ministerium"):
                    ministries[label[:-len("ministerium")]] = key
        out = []
        if not ministries:
            return out
        for tok in sent:  # "aus dem Infrastrukturministerium von Alois Stöger": the minister's ministry
            ministry = state.token_entity.get(tok.i)
            if ministry in ministries.values() and tok.i + 2 < sent.end and fold(tok.doc[tok.i + 1].text) == "von":
                person = state.token_entity.get(tok.i + 2)
                if person and self.cls(person) == P:
                    out += self._fact(person, "leads", ministry, state, sent)
        for tok in sent:
            match = _MINISTER_TITLE.match(fold(tok.text))
            holder = state.token_entity.get(tok.i + 1)
            if match and holder and self.cls(holder) == P and match.group(1) in ministries:
                out += self._fact(holder, "leads", ministries[match.group(1)], state, sent)
        return out

    def _role_facts(self, state: _ArticleState) -> list[Fact]:
        doc, out = state.doc, []
        sents = list(doc.sents)
        for si, sent in enumerate(sents):
            for tok in sent:
                role = self.lexicon.role_of(tok.text)
                if not role or (tok.i > 0 and fold(doc[tok.i - 1].text).startswith("stellvertret")):
                    continue  # "der stellvertretende Vorsitzende" holds no chair
                holders = self._names_after(tok, state)
                partner = self._role_partner(tok)
                if not holders and partner is not None and partner.i < tok.i:
                    holders = self._names_after(partner, state)  # "X, Geschäftsführer und Gründer der Y"
                named_after = bool(holders)
                from_subject = False
                linked = tok.dep_ not in _SUBJ and any(
                    c.dep_ == "cop" or (c.dep_ == "case" and fold(c.text) in ("unter", "zu", "zum", "zur", "als"))
                    for c in tok.children)
                named_before_als = self._person_before_als(tok, state)
                if not holders and named_before_als:
                    # "der Auftritt Christian Kerns als designierter SPÖ-Vorsitzender": the name before "als"
                    holders = [named_before_als]
                if not holders and role in ("founded", "advisorOf", "leads", "partnerOf", "competitorOf",
                                            "spokespersonOf") \
                        and tok.pos_ == "NOUN" and linked:
                    # "Musk war einst unter den OpenAI-Gründern", "X war lange Exklusivpartner von Y"
                    verb = _governing_verb(tok)
                    objects = [c for c in verb.children if c.dep_ in _OBJ["obj"] and c.i != tok.i
                               and (c.pos_ in ("PROPN", "PRON") or c.i in state.token_entity
                                    or (c.text[:1].isupper() and not is_noun_form(c.text)
                                        and c.text not in corpus_nouns()))] \
                        if any(c.dep_ == "case" and fold(c.text) == "als" for c in tok.children) else []
                    own_subjects = [c for c in tok.children if c.dep_ in _SUBJ]
                    if objects:  # "holte Faymann den Neddy als Pressesprecher": the one taken on, not the boss
                        holders = [k for c in objects for k in self.referents(c, state, si)
                                   if self.cls(k) in SIGNATURES[role][0]]
                    elif own_subjects:  # "Rudas holte Bilalic, er wurde Kommunikationschef": the noun's own subject
                        holders = [k for c in own_subjects for k in self.referents(c, state, si)
                                   if self.cls(k) in SIGNATURES[role][0]]
                        from_subject = True
                    else:
                        holders = [k for k in self._subjects_of(verb, state, si) if self.cls(k) in SIGNATURES[role][0]]
                        from_subject = True
                if not holders and role in ("competitorOf", "partnerOf") and tok.i in state.prefix_entity:
                    # "Apples Spotify-Konkurrent": the genitive owner competes with the prefix
                    holders = [state.token_entity[c.i] for c in tok.children
                               if (c.dep_ in ("nmod:poss", "det:poss") or (c.dep_ == "compound" and c.text.endswith("s")))
                               and c.i < tok.i and c.i in state.token_entity
                               and self.cls(state.token_entity[c.i]) == O]
                if not holders:  # "seinem engsten Berater, dem Milliardär Elon Musk"
                    holders = [k for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                               and not (c.i == tok.i + 1 and c.i in state.token_entity
                                        and self._genitive_name_at(c.i, state))
                               for k in self.referents(c, state, si) if self.cls(k) == P]
                if not holders:  # "der Chef des Zulieferers AVL List, Uwe Dieter Grebe, ...": the name set
                    # off right after the body's words, wherever the parse hung it
                    holders = [state.token_entity[after + 1] for c in tok.children
                               if c.dep_ in ("nmod", "ag") and c.i > tok.i
                               and self._preposition(c) in (None, "von", "vom")
                               for after in [max(t.i for t in c.subtree) + 1]
                               if after + 1 < sent.end and doc[after].text == ","
                               and after + 1 in state.token_entity and self.cls(state.token_entity[after + 1]) == P
                               and (after + 2 >= len(doc) or doc[after + 2].is_punct
                                    or state.token_entity.get(after + 2) == state.token_entity[after + 1])][:1]
                if not holders:  # "vom Rektor der Universität Salzburg, Heinrich Schmidinger": the name set
                    # off after the body, the parse hanging it on the body
                    # (a genitive's or "von"'s body: not "der Chef der EVP-Fraktion im Europaparlament, X")
                    holders = [k for c in tok.children if c.dep_ in ("nmod", "ag") and c.i > tok.i
                               and self._preposition(c) in (None, "von", "vom")
                               and c.i in state.token_entity and self.cls(state.token_entity[c.i]) == O
                               for a in c.children if a.dep_ == "appos" and doc[a.i - 1].text == ","
                               for k in self.referents(a, state, si) if self.cls(k) == P]
                if not holders and tok.head.i != tok.i and any(fold(c.text) == "als" for c in tok.children):
                    # "Musks Rolle als Trumps-Berater": the role's holder is what "als" attaches it to
                    holders = [k for k in self.referents(tok.head, state, si) if self.cls(k) == P]
                if not holders and tok.i - 3 >= sent.start and doc[tok.i - 1].pos_ == "DET" \
                        and doc[tok.i - 2].text == "," and tok.i - 3 in state.token_entity \
                        and (tok.i + 1 >= sent.end or doc[tok.i + 1].text not in (",", "und")):
                    # "Die ARE, eine Tochtergesellschaft der BIG, buchte ...": set off after the name,
                    # whatever the parse made of it (a second subject)
                    holders = [state.token_entity[tok.i - 3]]
                if not holders and tok.i > sent.start and tok.pos_ == "NOUN" and doc[tok.i - 1].text.endswith("s") \
                        and tok.i - 1 in state.token_entity and self.cls(state.token_entity[tok.i - 1]) in (PL, O):
                    # "Ecuadors Präsident hatte ..." after "Präsident Rafael Correa": the one person
                    # this article gave that title
                    titled = state.descriptors.get(_descriptor_key(tok.text), set())
                    holders = list(titled) if len(titled) == 1 else []
                if not holders:
                    continue
                if role in ("competitorOf", "partnerOf") and all(self.cls(h) == P for h in holders):
                    # "Musk ist mit seiner KI-Firma xAI Konkurrent von OpenAI": the firm competes
                    firms = [k for c in (*tok.children, *_governing_verb(tok).children)
                             if self._preposition(c) == "mit" for k in self.referents(c, state, si) if self.cls(k) == O]
                    holders = firms or holders
                others = []
                inner = self.lexicon.role_prefix(tok.text.split("-", 1)[-1]) if "-" in tok.text else None
                if inner and fold(inner).endswith(self.lexicon.sub_organisation_endings):
                    continue  # "ÖVP-Wirtschaftsbundpräsident", "SPÖ-Klubchef": the role is at a part of it
                inner_body = self._body_between(tok.text, inner) if inner else None
                if inner_body:  # "EU-Kommissionspräsident": the EU-Kommission's, not the EU's
                    others.append(inner_body)
                elif inner and fold(inner).rstrip("s") in self.lexicon.institution_nouns:
                    continue  # "EU-Kommissionspräsident" where no EU-Kommission is named: not the EU's
                elif tok.i in state.prefix_entity:
                    if not (role in ("competitorOf", "partnerOf") and self.cls(state.prefix_entity[tok.i]) == O
                            and any(c.tag_ == "PPOSAT" or c.dep_ == "det:poss" for c in tok.children)):
                        others.append(state.prefix_entity[tok.i])
                    # (not "seiner ÖVP-Kontrahentin X": the party is hers, the rival is the man "sein" names)
                elif "-" in tok.text:
                    country = self.lexicon.country_by_demonym(tok.text.split("-")[0])
                    if country:
                        others += [k for k, e in self.resolution.by_key.items() if e.label == country.label]
                if role == "presidentOf" and tok.i > 0 and tok.i - 1 in state.token_entity \
                        and (tok.doc[tok.i - 1].pos_ == "ADJ" or (
                            tok.doc[tok.i - 1].text.endswith("s") and self.cls(state.token_entity[tok.i - 1]) == PL)):
                    others.append(state.token_entity[tok.i - 1])  # "der ugandische Präsident X", "Türkeis Präsident X"
                for child in tok.children:  # "Chef von OpenAI", "Trumps engster Ratgeber"
                    if self._preposition(child) in ("zu", "zum", "zur", "gegenüber"):
                        continue  # "Kommunikationschef X zum STANDARD": whom he spoke to
                    if self._preposition(child) in ("in", "im") and child.i in state.token_entity \
                            and self.cls(state.token_entity[child.i]) == PL:
                        continue  # "der Besuch von Präsident Barack Obama in Vietnam": where he is
                    if child.dep_ in ("nmod", "obl", "ag", "pg", "nmod:poss", "det:poss", "det") \
                            and child.i in state.token_entity and state.token_entity[child.i] not in holders:
                        others.append(state.token_entity[child.i])
                    elif child.dep_ in ("nmod", "ag") and child.i > tok.i and child.i in state.prefix_entity \
                            and self.lexicon.noun_class(child.text) == O \
                            and self.cls(state.prefix_entity[child.i]) == O:
                        others.append(state.prefix_entity[child.i])  # "Chef des Ifo-Instituts": the Ifo
                    elif child.dep_ in ("nmod", "ag") and child.i > tok.i and child.pos_ in ("NOUN", "PROPN") \
                            and self.lexicon.noun_class(child.text) == O:
                        # "Chef der Ärztegewerkschaft Asklepios": the organisation the descriptor names;
                        # "Sprecher der Kommission für Menschenrechte (CCDHRN)": the one its acronym names
                        others += [k for c in child.children if c.dep_ in ("appos", "flat", "nk") and c.i > child.i
                                   for k in self.referents(c, state, si) if self.cls(k) == O] or [
                            k for k in [self._bracketed_acronym_after(child, state)] if k]
                    elif child.dep_ in ("nmod", "ag") and child.i > tok.i and child.pos_ == "NOUN" \
                            and self.lexicon.person_title(child.text):
                        # "Berater des Londoner Ex-Bürgermeisters Boris Johnson": the person the title names
                        others += [k for c in child.children if c.dep_ in ("appos", "flat", "nk") and c.i > child.i
                                   for k in self.referents(c, state, si) if self.cls(k) == P]
                    elif child.dep_ in ("det:poss", "nmod:poss") and child.pos_ in ("DET", "PRON") \
                            and fold(child.text).startswith("sein") and role in ("advisorOf", "competitorOf", "supported"):
                        # "seinem engsten Berater": the person "sein" refers to
                        owner = self._last_person(state, child.idx, si, exclude=set(holders))
                        if owner:
                            others.append(owner)
                    elif child.dep_ in ("det:poss", "nmod:poss") and child.pos_ in ("DET", "PRON") \
                            and fold(child.text).startswith("ihr") and role in ("advisorOf", "competitorOf", "supported") \
                            or (child.tag_ == "PPOSAT" and fold(child.text).startswith("ihr")
                                and role in ("advisorOf", "competitorOf", "supported")):
                        # "richtet Wehsely ihrem Gegenspieler X aus": "ihr" is her or their, so
                        # only the person who is this clause's subject
                        others += [k for k in self._subjects_of(_governing_verb(tok), state, si)
                                   if self.cls(k) == P and k not in holders][:1]
                if not others:
                    described = self._organisation_after_descriptor(tok, state)
                    others += [described] if described and described not in holders else []
                if not others and partner is not None:
                    # "Gründer und Geschäftsführer der Agentur Vienna Digital": both roles are held there
                    others += [k for k in self._organisations_of_role(partner, state, si) if k not in holders]
                if not others and role in ("leads", "presidentOf", "spokespersonOf", "founded"):
                    # "die ÖVP und ihr Chef Reinhold Mitterlehner", "Siemens hat seinen Chef verloren"
                    owner = self._possessive_owner(tok, state)
                    if owner and self.cls(owner) != O:
                        continue  # "Angela Merkel und ihr Sprecher": a person's, no organisation's
                    if owner and owner not in holders:
                        others.append(owner)
                if not others and role in ("partnerOf", "competitorOf") and not from_subject:
                    # "OpenAI wird vom Partner Microsoft unterstützt"
                    others += [k for k in self._subjects_of(_governing_verb(tok), state, si) if k not in holders]
                if not others and role == "fundedBy":
                    projects = self._article_entities(state, PJ)
                    others += projects[:1] if len(projects) == 1 else []
                nearest = self.lexicon.roles[role].get("nearest_org")
                prefix = self.lexicon.role_prefix(tok.text)
                of_an_org = role in ("leads", "presidentOf", "spokespersonOf") and prefix is not None \
                    and fold(prefix) in self.lexicon.org_role_prefixes  # "Verbandspräsident", "Parteichef"
                if not others and of_an_org:  # "Verbandspräsident": the article's "...verband"
                    stem = fold(prefix).rstrip("s")
                    others += sorted({k for k in state.token_entity.values() if self.cls(k) == O
                                      and stem in fold(self.resolution.by_key[k].label)})[:1]
                if role == "competitorOf" and not named_after:
                    nearest = None  # "X ist vor Apple als neuem Konkurrenten auf der Hut": no firm just named
                # (a "Verbandschef" or "Kammerpräsident" heads a body so named, never just the
                # organisation named nearest: "in der EU ..., erklärte Verbandschef Klaus Milke")
                named_kind = of_an_org and fold(prefix).rstrip("s") in ("verband", "verein", "kammer")
                if not others and not named_kind \
                        and (nearest is True or of_an_org or (nearest and fold(tok.text) in nearest)) \
                        and not self._held_at_unnamed_body(tok, state):
                    key = self._nearest_org(state, sents, si, tok, article_wide=not of_an_org)
                    if key:
                        others.append(key)
                spec = self.lexicon.roles[role]
                if role in ("partnerOf", "competitorOf") and all(self.cls(h) == O for h in holders):
                    # a firm's rival or partner is no person ("Volvo-Chef X ist vor Apple und Google als
                    # neuen Konkurrenten auf der Hut": no rivalry with X)
                    others = [k for k in others if self.cls(k) != P]
                if not others and linked and role in ("partnerOf", "competitorOf") and len(holders) >= 2 \
                        and "Number=Plur" in str(tok.morph):
                    # "Samsung und Apple sind erbitterte Konkurrenten": each of the other
                    out += [f for a in holders for b in holders if a < b for f in self._fact(a, role, b, state, sent)]
                for other in others:
                    if spec.get("prefix_class") and self.cls(other) != spec["prefix_class"]:
                        continue
                    for holder in holders:
                        s, o = (holder, other) if spec["holder"] == "subject" else (other, holder)
                        out += self._fact(s, spec.get("predicate", role), o, state, sent)
            # "<Product>-Konzern Org": the organisation developed the product.
            for tok in sent:
                if tok.i in state.prefix_entity and self.lexicon.noun_class(tok.text) == O \
                        and self.cls(state.prefix_entity[tok.i]) == PD:
                    holders = self._names_after(tok, state)
                    if not holders:  # "Nadella will dem Windows-Hersteller seinen Stempel aufdrücken"
                        holders = [k for k in [self._described_entity(tok, state, si, O)] if k]
                    for holder in holders:
                        out += self._fact(holder, "developed", state.prefix_entity[tok.i], state, sent)
                # "des IS-Magazins Dabiq": the organisation in front owns the publication
                if tok.i in state.prefix_entity and self.cls(state.prefix_entity[tok.i]) == O \
                        and self.lexicon.publication_noun(tok.text):
                    for owned in self._names_after(tok, state):
                        if owned != state.prefix_entity[tok.i] and self.cls(owned) in (O, PD):
                            out += self._fact(state.prefix_entity[tok.i], "owns", owned, state, sent)
        return out

    def _bracketed_acronym_after(self, noun: Token, state: _ArticleState) -> str | None:
        """The organisation an acronym in brackets names after a body's spelled-out
        name: "der Kommission für Menschenrechte und Nationale Versöhnung (CCDHRN)"
        (by word order: the parse often breaks such names)."""
        doc, i = noun.doc, noun.i + 1
        while i < noun.sent.end and i - noun.i <= 8 and i not in state.token_entity and (
                doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN") or fold(doc[i].text) in ("für", "und")):
            i += 1
        key = state.token_entity.get(i + 1)
        if i + 2 < noun.sent.end and doc[i].text == "(" and doc[i + 2].text == ")" and key and self.cls(key) == O:
            return key
        return None

    def _body_between(self, word: str, inner: str) -> str | None:
        """The organisation a hyphenated role compound names in full: "EU-Kommission"
        in "EU-Kommissionspräsident" (the part before the hyphen and the one before
        the role noun, without a joining "s")."""
        head = word.split("-", 1)[0]
        forms = {resolution_key(f"{head}-{inner}"), resolution_key(f"{head}-{inner[:-1]}")} \
            if inner.endswith("s") else {resolution_key(f"{head}-{inner}")}
        return next((k for k, e in self.resolution.by_key.items() if e.cls == O
                     and forms & {resolution_key(n) for n in (e.label, *e.alt_labels)}), None)

    def _held_at_unnamed_body(self, role: Token, state: _ArticleState) -> bool:
        """A role noun whose genitive or "von" names a body no entity stands for:
        "Geschäftsführer des Presserats", "Geschäftsführer von 88.6". Its holder
        leads that body, not the organisation named last; a descriptor ("Chef
        des Konzerns") or a company's organ ("Vorsitzender des Vorstands") does
        point back to it."""
        doc, end = role.doc, role.sent.end
        first = role.text.split("-")[0]
        if "-" in role.text and role.i not in state.prefix_entity and first[:1].isupper() and first[1:].islower() \
                and first not in corpus_nouns() and first.rstrip("s") not in corpus_nouns() \
                and not self.lexicon.noun_class(first) and fold(first).rstrip("s") not in self.lexicon.org_role_prefixes:
            return True  # "Pentagon-Sprecher Peter Cook": he speaks for the Pentagon, which no entity stands for
        i = role.i + 1
        if i >= end or fold(doc[i].text) not in ("des", "der", "von", "vom", "eines", "einer"):
            return False  # (and "Sprecher eines der Senate im Presserat")
        i += 1
        while i < end and (doc[i].pos_ in ("DET", "ADJ") and doc[i].text[:1].islower()):
            i += 1
        if i >= end or i in state.token_entity or i in state.prefix_entity:
            return False
        word = doc[i].text
        if doc[i].like_num:
            return True
        return word[:1].isupper() and doc[i].pos_ in ("NOUN", "PROPN") and self.lexicon.noun_class(word) is None \
            and not fold(word).startswith(self.lexicon.company_organ_prefixes)

    def _role_partner(self, role: Token) -> Token | None:
        """The role noun joined to this one by "und"/"sowie" right before or after
        it, by word order ("Geschäftsführer und Gründer", "Gründer sowie Chef"), or None."""
        doc = role.doc
        for joiner, other in ((role.i + 1, role.i + 2), (role.i - 1, role.i - 2)):
            if role.sent.start <= min(joiner, other) and max(joiner, other) < role.sent.end \
                    and fold(doc[joiner].text) in ("und", "sowie") and doc[other].pos_ == "NOUN" \
                    and self.lexicon.role_of(doc[other].text):
                return doc[other]
        return None

    def _organisations_of_role(self, role: Token, state: _ArticleState, si: int) -> list[str]:
        """The organisations a role noun's own genitive or "von" names: an entity
        hung on it ("Chef von OpenAI"), a descriptor with its name ("der Agentur
        Third Man"), or one by word order after it."""
        found = []
        for child in role.children:
            if child.dep_ in ("nmod", "obl") and child.i > role.i and child.i in state.token_entity \
                    and self.cls(state.token_entity[child.i]) == O:
                found.append(state.token_entity[child.i])
            elif child.dep_ == "nmod" and child.i > role.i and child.pos_ in ("NOUN", "PROPN") \
                    and self.lexicon.noun_class(child.text) == O:
                found += [k for c in child.children if c.dep_ in ("appos", "flat", "nk") and c.i > child.i
                          for k in self.referents(c, state, si) if self.cls(k) == O]
        described = self._organisation_after_descriptor(role, state) if not found else None
        return found + ([described] if described else [])

    def _organisation_after_descriptor(self, role: Token, state: _ArticleState) -> str | None:
        """The organisation a genitive descriptor right after a role noun names, by
        word order where the parse hung the name elsewhere: "Generaldirektor des
        Stahlkonzerns Voestalpine", "Der Vorsitzende der Gewerkschaft Verdi"."""
        doc, end = role.doc, role.sent.end
        i = role.i + 1
        if i >= end or fold(doc[i].text) not in ("des", "der"):
            return None
        i += 1
        while i < end and doc[i].pos_ == "ADJ" and doc[i].text[:1].islower():
            i += 1  # "des österreichischen Stahlkonzerns"
        if i + 1 >= end or doc[i].pos_ not in ("NOUN", "PROPN") or self.lexicon.noun_class(doc[i].text) != O:
            return None
        name = state.token_entity.get(i + 1)
        if name is None or state.token_entity.get(i) == name or self.cls(name) != O:
            return None
        return name

    @staticmethod
    def _unknown_name_compound(tok: Token, state: _ArticleState) -> bool:
        """"Die Sofacy-Gruppe": a descriptor compounded with a name the collection does
        not know stands for that unknown group, never for the organisation named before."""
        head, _, rest = tok.text.partition("-")
        return bool(rest) and bool(tok.ent_type_) and tok.i not in state.prefix_entity and len(head) >= 3 \
            and head[:1].isupper() and not is_noun_form(head)  # the NER saw a name in it, the tagger a noun

    @staticmethod
    def _possessive_owner(tok: Token, state: _ArticleState) -> str | None:
        """Whom a possessive before a role noun points to, by word order: "ihr"/"sein"
        right before the noun (adjectives may come between), or a relative "dessen"/
        "deren" after a comma, and the nearest name before it in the sentence ("Die
        SPÖ und ihr Chef Werner Faymann": the SPÖ; "Merkel und ihr Sprecher": Merkel;
        "die UETD, deren Vorsitzender Aslan"). None without such a word or name."""
        doc = tok.doc
        i = tok.i - 1
        while i > tok.sent.start and doc[i].pos_ == "ADJ":
            i -= 1
        possessive = doc[i].tag_ == "PPOSAT" and fold(doc[i].text).startswith(("ihr", "sein"))
        relative = fold(doc[i].text) in ("dessen", "deren") and i > tok.sent.start and doc[i - 1].text == ","
        if not (possessive or relative):  # "Siemens, dessen Chef Joe Kaeser": the name before the comma
            return None
        for j in range(i - 1, tok.sent.start - 1, -1):
            key = state.token_entity.get(j)
            if key is not None:
                return key
        return None

    def _person_before_als(self, tok: Token, state: _ArticleState) -> str | None:
        """The person named right before "als" that opens this role noun's phrase
        ("Christian Kerns als designierter SPÖ-Vorsitzender"), or None."""
        i = tok.i - 1
        while i > tok.sent.start and tok.doc[i].pos_ in ("ADJ", "DET", "ADV"):
            i -= 1
        if i <= tok.sent.start or fold(tok.doc[i].text) != "als":
            return None
        key = state.token_entity.get(i - 1)
        start = i - 1
        while start - 1 >= tok.sent.start and state.token_entity.get(start - 1) == key:
            start -= 1
        if start > tok.sent.start and tok.doc[start - 1].pos_ == "ADP":
            return None  # "war sie unter Pröll als Landesgeschäftsführerin tätig": he was her chief
        return key if key and self.cls(key) == P else None

    def _genitive_name_at(self, i: int, state: _ArticleState) -> bool:
        """Whether the name starting at token ``i`` is written in the genitive there
        ("Konvičkas" of Konvička), no form of it ending so."""
        key, doc = state.token_entity[i], state.doc
        end = i
        while end + 1 < len(doc) and state.token_entity.get(end + 1) == key:
            end += 1
        last = doc[end].text
        entity = self.resolution.by_key[key]
        return self.cls(key) == P and last.endswith("s") and len(last) > 3 and entity.label.split()[-1] != last \
            and any(form.split()[-1] == last[:-1] for form in (entity.label, *entity.alt_labels))

    def _names_after(self, tok: Token, state: _ArticleState) -> list[str]:
        """The name right after a role noun ("Sprecherin Karoline Leavitt"), in
        apposition before it, or the subject when the noun is a copula's
        predicate ("Hauptträger sind OpenAI, Oracle und Softbank")."""
        # "X ist SPÖ-Chef", and "X ist Bundeskanzler und SPÖ-Chef" (the copula on the first conjunct)
        predicate = tok.head if tok.dep_ in ("conj", "cj") and tok.head.i < tok.i else tok
        for child in predicate.children:
            if child.dep_ in ("nsubj", "sb") and any(c.dep_ == "cop" for c in predicate.children) \
                    and (child.pos_ != "NOUN" or child.i in state.token_entity):
                # (not "Hauptaktionär der OMV ist der Konzern X": a role noun is no name)
                return self.referents(child, state, 0)
        nxt_tok = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt_tok is not None and nxt_tok.pos_ == "AUX" and fold(nxt_tok.lemma_) == "sein" and tok.i == tok.sent.start:
            # "Hauptträger sind OpenAI, Softbank und Oracle": every name after the copula
            return list(dict.fromkeys(state.token_entity[t.i] for t in tok.sent
                                      if t.i > nxt_tok.i and t.i in state.token_entity))
        after_copula = self._name_after_fronted_role(tok, state)
        if after_copula is not None:
            return self._listed_names(after_copula, state)
        nxt = tok.i + 1
        if nxt + 1 < len(tok.doc) and fold(tok.doc[nxt].text) in ("wie", "–", "—", ":") and nxt + 1 in state.token_entity:
            nxt += 1  # "Konkurrenten wie LG Display und Samsung", "ukrainischen Banken – Privatbank und Ukreximbank"
        if nxt < len(tok.doc) and nxt in state.token_entity and self._genitive_name_at(nxt, state):
            return []  # "Ein Sprecher Konvičkas": the man he speaks for, not the speaker
        if nxt < len(tok.doc) and nxt in state.token_entity:
            named = self.referents(tok.doc[nxt], state, 0, role_conjuncts=False) or [state.token_entity[nxt]]
            if _singular_title(tok.text):
                # "Wirtschaftskammerpräsident Christoph Leitl und Reinhold Mitterlehner": the title is one man's
                return named[:1]
            return list(dict.fromkeys(named + self._listed_names(nxt, state)))
        if nxt + 2 < tok.sent.end and fold(tok.doc[nxt].text) == "und" and nxt + 2 in state.token_entity \
                and nxt + 1 not in state.token_entity and self.cls(state.token_entity[nxt + 2]) == P \
                and tok.doc[nxt + 1].pos_ == "NOUN" and tok.doc[nxt + 1].text[:1].isupper():
            return [state.token_entity[nxt + 2]]  # "OeNB-Gouverneur und EZB-Rat Ewald Nowotny": one man's titles
        first = next(t for t in tok.subtree if not t.is_punct)  # the parse may hang the comma on the noun
        set_off = first.i - 1 > tok.head.i and tok.doc[first.i - 1].text == ","
        if tok.head.i < tok.i and tok.head.i in state.token_entity and (tok.dep_ == "appos" or (
                tok.dep_ == "nmod" and set_off) or (
                tok.dep_ in ("conj", "cj") and (tok.doc[tok.i - 1].text == "," or set_off)
                and not any(c.dep_ in ("cc", "cd") for c in tok.children))):
            # "Elon Musk, Trumps engster Ratgeber"; "Erich Schönleitner, Geschäftsführer der
            # Pfeiffer HandelsgmbH" and "Sonja Hammerschmid, die neue Vorsitzende der Uniko" parsed
            # as conjuncts
            return [state.token_entity[tok.head.i]]
        org_at = nxt + 2 if nxt + 2 < len(tok.doc) and tok.doc[nxt + 1].pos_ == "DET" else nxt + 1
        if nxt < len(tok.doc) and fold(tok.doc[nxt].text) in ("des", "der", "von", "im", "beim", "bei") \
                and tok.i > tok.sent.start and tok.doc[tok.i - 1].pos_ in ("DET", "CCONJ", "ADJ") \
                and (fold(tok.doc[nxt].text) in ("des", "der") or (
                    org_at in state.token_entity and self.cls(state.token_entity[org_at]) in (O, PL))):
            # "Chef des Instituts DIW, Marcel Fratzscher,", "der Chef von Vodafone, der Österreicher
            # Hannes Ametsreiter,", "Die Vorsitzende im Hauptverband der X, Ulrike Rabmer-Koller,",
            # "der Sprecher bei der Erste Group, Peter Klein,": the person in commas after the organisation
            i, end = nxt + 1, min(nxt + 10, tok.sent.end - 1)
            while i < end:
                t = tok.doc[i]
                if t.text == "(":  # "Chef der Ukip (UK Independence Party), Nigel Farage"
                    close = next((j for j in range(i + 1, min(i + 8, tok.sent.end)) if tok.doc[j].text == ")"), None)
                    if close is None:
                        break
                    end, i = min(end + close + 1 - i, tok.sent.end - 1), close + 1
                    continue
                if t.text == ",":
                    key = self._holder_in_apposition(t.i, state, (P,) if self.lexicon.role_of(tok.text) in PERSON_ROLES
                                                     else (P, O))
                    if key:
                        return [key]
                    break
                if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") and fold(t.text) not in ("für", "und"):
                    break  # (a spelled-out name goes on: "der Kommission für Menschenrechte und Y")
                i += 1
        if nxt < len(tok.doc) and tok.doc[nxt].text == ",":
            # "ihrem Gegenspieler, dem Wiener Ärztekammerpräsidenten Thomas Szekeres,": an
            # apposition set off by commas that the parse hung elsewhere
            for t in tok.doc[nxt + 1:min(nxt + 6, tok.sent.end)]:
                if t.i in state.token_entity:
                    return [state.token_entity[t.i]] if t.i > nxt + 1 and fold(tok.doc[nxt + 1].text) in _DEFINITE \
                        else []
                if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or t.text == ",":
                    break
        if self.lexicon.role_of(tok.text) and self._predicate_after_copula(tok):
            # "Christian Kern ist seit Mai Bundeskanzler und SPÖ-Chef", however parsed
            return self._front_names(tok, state)
        comma = tok.i - 2 if tok.i >= 1 and tok.doc[tok.i - 1].tag_ == "ART" else tok.i - 1  # not a relative "der"
        before = comma - 1
        if before >= tok.sent.start and tok.doc[comma].text == "," and before in state.token_entity \
                and self.cls(state.token_entity[before]) == P and nxt < tok.sent.end \
                and fold(tok.doc[nxt].text) in ("des", "der", "von", "vom"):
            # "Das sagte Karl Huber, Präsident des Verbands X, am Montag", "erklärte X, der
            # Vorsitzende der Partei Y", the role parsed as the verb's: the person before the comma
            return [state.token_entity[before]]
        return []

    def _holder_in_apposition(self, comma: int, state: _ArticleState, classes: tuple[str, ...] = (P,)) -> str | None:
        """The person (or, for ``classes`` with organisations, the firm: "die Tochter
        von Siemens, Osram,") named right after ``comma``, bare or after "der"/"die"
        and up to two describing words ("der Österreicher Hannes Ametsreiter"), with
        a comma or the sentence end after the name (not a relative clause: "der
        Kanzler Kern traf")."""
        doc = state.doc
        i = comma + 1
        if i < len(doc) and fold(doc[i].text) in ("der", "die") and i not in state.token_entity:
            i += 1
            words = 0
            while i < len(doc) and i not in state.token_entity and doc[i].pos_ in ("ADJ", "NOUN") and words < 2:
                i, words = i + 1, words + 1
            if not words and not (i in state.token_entity and self.cls(state.token_entity[i]) == O and O in classes):
                return None
        key = state.token_entity.get(i)
        if key is None or self.cls(key) not in classes:
            return None
        end = i
        while end < len(doc) and state.token_entity.get(end) == key:
            end += 1
        return key if i == comma + 1 or end >= len(doc) or doc[end].text == "," or doc[end].is_sent_end else None

    def _predicate_after_copula(self, tok: Token) -> bool:
        """Whether a role noun is the predicate of its sentence's first verb, the
        copula: "X ist seit Mai Bundeskanzler und SPÖ-Chef" (only time phrases,
        titles, adjectives and "und" in between; not "X ist mit dem SPÖ-Chef ...")."""
        sent = tok.sent
        copula = next((t for t in sent if t.pos_ in ("VERB", "AUX")), None)
        if copula is None or copula.i >= tok.i or fold(copula.lemma_) != "sein" or not copula.tag_.endswith("FIN"):
            return False
        between = sent.doc[copula.i + 1:tok.i]
        for t in between:
            if t.pos_ == "ADP" and not (fold(t.text) == "seit" and t.i + 1 < tok.i
                                        and (t.nbor().like_num or fold(t.nbor().text) in MONTHS)):
                return False
            if t.pos_ in ("NOUN", "PROPN") and not (self.lexicon.person_title(t.text) or self.lexicon.role_of(t.text)
                                                    or fold(t.text) in MONTHS):
                return False  # "X ist Freund der SPÖ-Chefin"
            if t.pos_ not in ("ADP", "ADV", "ADJ", "DET", "CCONJ", "NOUN", "PROPN", "NUM") or t.text == ",":
                return False
        return all(t.pos_ != "DET" or fold(t.text) in ("ein", "eine", "der", "die") for t in between)

    @staticmethod
    def _name_after_fronted_role(tok: Token, state: _ArticleState) -> int | None:
        """"Chef von Siemens ist seit 2013 Joe Kaeser", "Größter Aktionär der OMV ist
        die Staatsholding ÖBIB": a role phrase opening the sentence, then the copula,
        then the holder's name; the index of that name, or None."""
        sent, doc = tok.sent, tok.doc
        if any(t.pos_ not in ("ADJ", "DET", "ADV") and t.tag_ not in ("ADJA", "ART") for t in doc[sent.start:tok.i]):
            return None
        copula = next((t for t in doc[tok.i + 1:sent.end] if t.pos_ in ("AUX", "VERB", "PUNCT")
                       or t.text == ","), None)
        if copula is None or copula.pos_ != "AUX" or fold(copula.lemma_) != "sein" \
                or tok.i + 1 in state.token_entity:
            return None  # "Volvo-Chef Hakan Samuelsson ist ...": the name stands before the copula
        for t in doc[copula.i + 1:min(copula.i + 8, sent.end)]:
            if t.i in state.token_entity and t.pos_ != "ADJ" \
                    and not any(c.dep_ == "case" for c in t.children):  # not "der mexikanische Konzern", "vor Apple"
                return t.i
            if t.pos_ not in ("DET", "ADJ", "NOUN", "ADP", "NUM", "ADV"):
                return None
        return None

    @staticmethod
    def _names_listed_before(last: int, state: _ArticleState) -> list[str]:
        """Names listed by word order ending at token ``last``: "FPÖ und die ÖVP" read
        back from "ÖVP" (articles skipped)."""
        doc, names, i = state.doc, [], last
        start = doc[last].sent.start
        while i >= start and i in state.token_entity:
            names.append(state.token_entity[i])
            while i >= start and state.token_entity.get(i) == names[-1]:
                i -= 1  # to the start of this name
            if i >= start and doc[i].pos_ == "DET":
                i -= 1
            if i >= start and fold(doc[i].text) in ("und", "sowie", ","):
                i -= 1
            else:
                break
            if i >= start and doc[i].pos_ == "DET" and i not in state.token_entity:
                i -= 1
        return list(dict.fromkeys(names))

    @staticmethod
    def _listed_names(first: int, state: _ArticleState) -> list[str]:
        """Names listed by word order from token ``first``: "Audi, BMW und Daimler"
        (the parse often hangs the list's parts on different heads)."""
        doc = state.doc
        names = [state.token_entity[first]]
        i = first
        while True:
            while i + 1 < len(doc) and state.token_entity.get(i + 1) == names[-1]:
                i += 1  # to the end of this name
            if i + 1 < len(doc) and doc[i + 1].text == "(":
                close = next((t.i for t in doc[i + 2:i + 8] if t.text == ")"), None)
                i = close if close is not None else i  # "Spar (30 Prozent) und Rewe": skip the aside
            if i + 2 < len(doc) and doc[i + 1].text in (",", "und", "sowie", "oder") \
                    and i + 2 in state.token_entity and state.token_entity[i + 2] not in names:
                names.append(state.token_entity[i + 2])
                i += 2
            else:
                return names

    def _nearest_org(self, state: _ArticleState, sents: list[Span], si: int, tok: Token,
                     article_wide: bool = True) -> str | None:
        """The organisation a role noun without one is held at: the last named in this
        sentence before the noun or in the previous one; with ``article_wide``, else
        the only one the article has named so far."""
        previous = si - 1
        if previous > 0 and sents[previous][-1].text in ("–", "—", "-") and is_dateline(state.doc, sents[previous][-1].i):
            previous -= 1  # "Warschau –" is a dateline: the sentence before it counts
        window = [t for t in sents[si] if t.i < tok.i] + (list(sents[previous]) if si else [])
        for t in sorted(window, key=lambda t: -t.i if t.sent == tok.sent else -t.i + 10**6):
            key = state.token_entity.get(t.i) or state.prefix_entity.get(t.i)
            if key and self.cls(key) == O and not self._bracketed(t):
                return key
        if not article_wide:
            return None
        # further back only when the article so far names one organisation ("wie das
        # Unternehmen mitteilte ... so Vorstandssprecher X")
        before = {key for i, key in (*state.token_entity.items(), *state.prefix_entity.items())
                  if i < tok.i and self.cls(key) == O}
        return before.pop() if len(before) == 1 else None

    # --- verbs --------------------------------------------------------------------

    @staticmethod
    def _lemma_candidates(tok: Token) -> list[str]:
        """What a verb's lemma may be: the lemmatizer's, the lookup table's, and the
        forms both miss ("gehörend" → gehören; "gewährt" read as währen → gewähren)."""
        candidates = [fold(tok.lemma_ or tok.text)]
        looked_up = lemma_lookup().get(tok.text) or lemma_lookup().get(tok.text.lower())
        if looked_up:
            candidates.append(fold(looked_up))
        if candidates[0].endswith("end"):
            candidates.append(candidates[0][:-1])  # present participle: "gehörend" -> gehören
        if tok.tag_ == "VVPP" and fold(tok.text).startswith("ge"):
            candidates += ["ge" + c for c in candidates if not c.startswith("ge")]
        if (tok.tag_ in ("VVFIN", "VVINF") or tok.pos_ == "VERB") and fold(tok.text).endswith("en"):
            candidates.append(fold(tok.text))  # "lehnen ... ab": a plural's form is the infinitive
        return candidates

    def _verb_lemma(self, tok: Token) -> str:
        """The cue-lexicon lemma of a verb, particle joined ("kündigte ... an" →
        ankündigen, "redet ... schlecht" → schlechtreden); the lookup table is
        asked too, since the trained lemmatizer misses irregular forms."""
        candidates = self._lemma_candidates(tok)
        # a phrase whose last word is this verb, its other words in the clause:
        # "brachte X auf den Markt" -> "auf den markt bringen", "rief X ins Leben"
        clause = {fold(t.text) for t in tok.children for t in t.subtree}
        particles = [fold(c.text) for c in tok.children if c.dep_ in ("compound:prt", "svp")]
        for lemma in candidates + [p + lemma for p in particles for lemma in candidates]:
            for phrase in self.lexicon.verb_phrases.get(lemma, ()):
                if set(phrase.split()[:-1]) <= clause:
                    return phrase
        for lemma in candidates:
            for child in tok.children:
                joined = fold(child.text) + lemma
                if child.dep_ in ("compound:prt", "svp") or (child.dep_ == "advmod" and joined in self.lexicon.verbs):
                    lemma = joined
            if lemma in self.lexicon.verbs or f"sich {lemma}" in self.lexicon.verbs or lemma in self.lexicon.speech_verbs:
                return lemma
        # A separable particle the parse did not attach: "wies Musk zurecht", later in the clause.
        for later in tok.doc[tok.i + 1:tok.sent.end]:
            if later.is_punct or later.pos_ in ("CCONJ", "SCONJ", "VERB", "AUX"):
                break
            if later.pos_ in ("ADP", "ADV", "ADJ", "PART"):
                for lemma in candidates:
                    if fold(later.text) + lemma in self.lexicon.verbs:
                        return fold(later.text) + lemma
        # with its particle it is another verb: "gehörte der Regierung an" is no "gehören"
        return "".join(particles[:1]) + candidates[-1]

    def _verb_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        out = []
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            lemma = self._verb_lemma(tok)
            # a reflexive use may have a cue of its own: "X empört sich über Y", but "X empört Y"
            reflexive = f"sich {lemma}" if any(c.tag_ == "PRF" for c in tok.children) else None
            cue = self.lexicon.verbs.get(reflexive) if reflexive else None
            cue = cue or self.lexicon.verbs.get(lemma)
            if cue is None:
                continue
            predicate, spec = cue
            if any(fold(c.text) in ("nicht", "nie", "niemals") for c in tok.children) \
                    or (tok.i > sent.start and fold(tok.doc[tok.i - 1].text) in ("nicht", "nie", "niemals")):
                continue  # "dass er die Kandidatur von Jeremic nicht unterstützen würde": taken back
            evidence = sent
            passive = any(c.dep_ in ("aux:pass",) or c.dep_ in _PASSIVE_SUBJ for c in tok.children) \
                or (tok.tag_ == "VVPP" and tok.dep_ in ("amod", "acl") and not self._finite_in_relative_clause(tok)
                    and not self._perfect_in_relative_clause(tok))
            actors, patients = [], []
            subjects = self._subjects_of(tok, state, si)
            doc = tok.doc
            if tok.i - 2 >= sent.start and doc[tok.i - 1].text == "," and tok.i - 2 in state.token_entity \
                    and tok.i + 1 < sent.end and fold(doc[tok.i + 1].text) in _AGENT_PREPS:
                # "Die FPÖ, unterstützt von der ÖVP, forderte ...": a participle set off by commas
                passive, subjects = True, self._names_listed_before(tok.i - 2, state)
            (patients if passive else actors).extend(subjects)
            children = list(tok.children)
            first_object = min((c.i for c in children if c.dep_ in _OBJ["obj"]), default=len(tok.doc))
            if any(t.pos_ == "ADP" and fold(t.text) in spec.get("blocking_preps", []) and t.i < first_object
                   and (t.head.head == tok or t.head.head.head == tok) for t in tok.subtree):
                # "führte zu einem Zerwürfnis zwischen SPÖ und ÖVP": what it led to, not whom
                # (but "führte die ÖVP zum Wahlsieg")
                continue
            # a participle before its noun; "gründete" tagged as one is a parse error, not a participle
            attributive = tok.dep_ in ("amod", "acl") and tok.i < tok.head.i \
                and (tok.tag_ == "VVPP" or re.search(r"end(e|en|er|es|em)?$", fold(tok.text)) is not None)
            if attributive:
                # "der [zu Facebook gehörende] Dienst": the parse often hangs the
                # participle's own arguments on the noun it modifies
                children += [c for c in tok.head.children if c.i < tok.i and c.dep_ in ("nmod", "obl")]
                if not passive:
                    actors.extend(self.referents(tok.head, state, si))
            carried_by_noun = False
            for child in children:
                if child.dep_ in _SUBJ or self._genitive_modifier(child, state):
                    continue
                elif any(child.dep_ in _OBJ[k] for k in spec.get("objects", []) if k in _OBJ):
                    cue = self.lexicon.noun_cues.get(fold(child.lemma_ or child.text)) \
                        or self.lexicon.noun_cues.get(fold(child.text))
                    if child.pos_ == "NOUN" and cue and cue.predicate != predicate:
                        carried_by_noun = True  # "übernimmt die Führung der ÖVP": the noun carries the relation
                        continue
                    patients.extend(self.referents(child, state, si))
                elif child.dep_ == "obl:arg" and "iobj" in spec.get("objects", []) \
                        and self._preposition(child) is None:
                    patients.extend(self.referents(child, state, si))  # a bare dative: "dem Autobauer Geely gehört"
                elif child.dep_ in _OBL or child.pos_ == "ADP":
                    prep = self._preposition(child)
                    if passive and (prep in _AGENT_PREPS or prep in spec.get("agent_preps", [])):
                        actors.extend(self.referents(child, state, si))
                    elif prep in spec.get("object_preps", []):
                        patients.extend(self.referents(child, state, si))
            if carried_by_noun and not patients:
                continue
            if lemma in spec.get("inverse_lemmas", []) and any(
                    fold(t.text) in spec.get("object_preps", []) and t.dep_ == "case" and t.head.pos_ == "NOUN"
                    and (not self.referents(t.head, state, si) or "Number=Plur" in str(t.head.morph))
                    for t in sent):
                # "Zu den Interessenten gehören Google und Verizon": the owner is no one named; "Der Iran
                # gehört zu den Erzfeinden des IS": one of a group, no one's property
                continue
            prep_in_clause = False
            # an argument of the wrong class is a parse error, not an argument: "am Wiener Flughafen"
            domain, rng = SIGNATURES[predicate]
            if spec.get("inverse") or lemma in spec.get("inverse_lemmas", []):
                domain, rng = rng, domain
            actors = [k for k in actors if self.cls(k) in domain]
            patients = [k for k in patients if self.cls(k) in rng]
            # an object only where the parse puts one ("hatte die AKP gewarnt"): word order
            # guesses badly for verbs mostly used without ("warnte X vor einer Katastrophe")
            guess_objects = not spec.get("parsed_object_only")
            if not guess_objects and tok.i > sent.start and doc[tok.i - 1].text in (",", "“", "\"", "«"):
                continue  # "..., warnt Rupert Wolff, Präsident des ÖRAK": it frames a quote, warns no one
            if predicate == "criticized" and actors and not patients and "obj" in spec.get("objects", []) \
                    and guess_objects:
                # "kritisiert die Manipulation von Suchergebnissen durch Google": criticising
                # what someone does criticises them
                for child in children:
                    # the object, or a second "subject" the parse made of it: "X kritisiert die
                    # vom Regierungspartner SPÖ forcierte Verschärfung"
                    misread_object = child.dep_ in _SUBJ and not self.referents(child, state, si)
                    if (child.dep_ in _OBJ["obj"] or misread_object) and child.pos_ == "NOUN" \
                            and child.i not in state.token_entity:
                        patients += [state.token_entity[t.i] for t in child.subtree if t.i != child.i
                                     and t.i in state.token_entity and self.cls(state.token_entity[t.i]) in (P, O)
                                     and state.token_entity[t.i] not in actors
                                     and not self._party_after_person(t, state)]
                        # the parse often hangs "durch Google" on the verb
                        patients += [k for c in children if self._preposition(c) == "durch"
                                     for k in self.referents(c, state, si) if self.cls(k) in (P, O)]
                patients = list(dict.fromkeys(patients))
                if not patients and si > 0 and any(self._points_to_proposal(c) for c in children):
                    # "FPÖ und ÖVP haben ... vorgeschlagen. Die SPÖ hat dies als wirkungslos
                    # zurückgewiesen": what was just proposed, and so its proposers (the
                    # evidence is both sentences)
                    patients = [k for k in dict.fromkeys(state.sentence_subjects.get(si - 1, []))
                                if k not in actors]
                    previous = doc[sent.start - 1].sent
                    evidence = doc[previous.start:sent.end] if patients else sent
            if lemma in spec.get("clause_target_for", []) and actors and not set(patients) - set(actors):
                # "X kritisierte, dass die ÖVP ...", "Die ÖVP blockiere ..., kritisierte X":
                # the fault is stated in a clause, and its subject is the one criticised
                patients = [k for c in children if c.dep_ == "ccomp"
                            for k in self._clause_subject_targets(c, state) if k not in actors]
            front = self._coordinated_front(tok, state) if not passive and not attributive else None
            if front:  # "Die SPÖ und die ÖVP kritisierten die FPÖ", whatever the parse made of it
                actors = [k for k in front if self.cls(k) in domain]
                patients = [k for k in patients if k not in front] or [
                    k for k in self._linear_arguments(tok, state, set(front))[1] if self.cls(k) in rng]
            if not passive and not attributive and actors and not patients and guess_objects:
                split = self._second_subject_as_object(tok, state, si)
                if split:
                    actors = [k for k in split[0] if self.cls(k) in domain]
                    patients = [k for k in split[1] if self.cls(k) in rng]
            if not passive and not attributive and actors and not patients and guess_objects:
                front = self._misread_front_name(tok, state)
                if front and front not in actors and self.cls(front) in domain:
                    actors, patients = [front], [k for k in actors if self.cls(k) in rng]
            if not passive and not attributive:
                relative = self._relative_clause_arguments(tok, state, si)
                if relative and (relative.after_preposition or not (actors and patients)):
                    # a pronoun after a preposition is never the subject, whatever the
                    # parse says: "Thomas Cook, zu dem Condor gehört"
                    actors, patients = relative.actors, relative.patients
            taken_over_thing = predicate == "owns" and not patients and any(
                c.dep_ in _OBJ["obj"] and c.pos_ == "NOUN" and c.i not in state.token_entity
                and self.lexicon.noun_class(c.text) is None for c in children)
            indefinite_subject = any(t.dep_ in _SUBJ and fold(t.text) in _INDEFINITE_SUBJECTS
                                     for t in doc[sent.start:tok.i])
            if not passive and not attributive and not (actors and patients) and not taken_over_thing \
                    and not (indefinite_subject and not actors):
                # (nor "Wer will, kann seine Lieder von Soundcloud übernehmen": no one takes anything over)
                # (not "DDB übernimmt die Leadfunktion für den Markenauftritt von Zipfer": the parsed
                # object is a thing, and the name after it no company bought)
                if spec.get("linear", "object_preps" not in spec):
                    linear_actors, linear_patients = self._linear_arguments(tok, state, set(actors) | set(patients))
                else:  # "klagte Musk gegen Altman" with the verb parsed as an adjective
                    linear_actors, linear_patients = self._linear_arguments(
                        tok, state, set(actors) | set(patients), preps=tuple(spec["object_preps"]))
                    prep_in_clause = bool(linear_patients)
                    if not linear_patients and "obj" in spec.get("objects", []) and guess_objects:
                        # "Das Weiße Haus wies Musk zurecht": a plain object; never a place,
                        # which after such verbs is where it happened
                        linear_actors, linear_patients = self._linear_arguments(
                            tok, state, set(actors) | set(patients))
                        linear_patients = [k for k in linear_patients if self.cls(k) != PL]
                if linear_actors and set(linear_patients) & set(actors):
                    actors = linear_actors  # word order overrules a parse that made the object the subject
                actors = actors or linear_actors
                patients = patients or linear_patients
            proposal = None
            if predicate == "criticized" and not passive and not attributive and actors and not patients:
                proposal = self._debated_proposal(tok, children, spec, si, actors, state)
                if proposal:  # the evidence is both sentences
                    patients = [k for k in proposal.proposers if self.cls(k) in rng]
                    evidence = doc[proposal.sentence.start:sent.end] if proposal.sent_index == si - 1 \
                        else f"{proposal.sentence.text} … {sent.text}"
            if lemma in spec.get("require_prep_for", []) and not proposal and not prep_in_clause and not any(
                    self._preposition(c) in spec.get("object_preps", []) for c in children):
                continue
            if tok.dep_ in ("amod", "acl") and passive and tok.head.i in state.token_entity:
                patients.append(state.token_entity[tok.head.i])  # "das von X finanzierte Projekt"
            if not passive and actors and patients and any(
                    c.dep_ in _SUBJ and c.i < tok.i and _feminine_dative(c)
                    and set(self.referents(c, state, si)) == set(actors) for c in children) \
                    and all(self.cls(k) in domain for k in patients) and all(self.cls(k) in rng for k in actors):
                actors, patients = patients, actors  # "Der Ministerin X wirft die SPÖ Versagen vor"
            inverse = spec.get("inverse") or lemma in spec.get("inverse_lemmas", [])
            if len(set(actors)) >= 2 and any(fold(t.text) in _RECIPROCAL for t in tok.sent[max(0, tok.i - tok.sent.start - 3):]
                                             if t.head == tok or t.head.head == tok):
                # "FPÖ und Grüne warfen sich gegenseitig Versagen vor": each did it to the other
                out += [f for a in dict.fromkeys(actors) for b in dict.fromkeys(actors) if a != b
                        and self.cls(b) in rng for f in self._fact(a, predicate, b, state, sent)]
                continue
            for a in dict.fromkeys(actors):
                for p in dict.fromkeys(patients):
                    s, o = (p, a) if inverse else (a, p)
                    out += self._fact(s, predicate, o, state, evidence)
        return out

    def _clause_subject_targets(self, clause: Token, state: _ArticleState) -> list[str]:
        """The people and organisations a reported clause is about: its subject,
        or the names inside a subject that is a common noun ("die Regierung von
        Viktor Orbán breche das Recht")."""
        targets = []
        for subject in (c for c in clause.children if c.dep_ in _SUBJ):
            # names only: a description ("die involvierte Bank") may point anywhere
            targets += [state.token_entity[t.i] for t in subject.subtree if t.i in state.token_entity
                        and self.cls(state.token_entity[t.i]) in (P, O)]
        return list(dict.fromkeys(targets))

    @staticmethod
    def _finite_in_relative_clause(verb: Token) -> bool:
        """A verb the tagger took for a participle that ends a relative clause of its
        own: "Taschner, der Mahrers Projekt unterstützt," ("unterstützt", "kritisiert",
        "verklagt" are both). Not with an auxiliary in the clause ("..., die von X
        unterstützt wird") and not where the verb is not last."""
        doc = verb.doc
        comma = verb.i - 1
        while comma > verb.sent.start and doc[comma].text != "," and not doc[comma].is_punct:
            comma -= 1
        if doc[comma].text != "," or comma + 2 > verb.i or fold(doc[comma + 1].text) not in _RELATIVE_PRONOUNS:
            return False
        if verb.i + 1 < verb.sent.end and not doc[verb.i + 1].is_punct:
            return False
        return not any(t.pos_ == "AUX" for t in doc[comma + 2:verb.i + 2] if t.i < verb.sent.end)

    def _points_to_proposal(self, child: Token) -> bool:
        """An object that refers back to what the previous sentence said was
        proposed: "dies", "das", "den Vorschlag", "diese Pläne" (no name in it)."""
        if child.dep_ not in _OBJ["obj"]:
            return False
        if child.pos_ in ("PRON", "DET"):  # "dies" is tagged either
            return fold(child.text) in ("dies", "das", "diese", "dieses", "diesen")
        return child.pos_ == "NOUN" and fold(child.lemma_ or child.text) in self.lexicon.proposal_nouns \
            and any(fold(c.text) in _DEFINITE or fold(c.text).startswith("dies") for c in child.children) \
            and not any(c.dep_ in ("nmod", "nmod:poss", "det:poss", "appos") for c in child.children)

    def _proposals(self, sent: Span, si: int, state: _ArticleState) -> list[_Proposal]:
        """What this sentence puts up for debate: the subject of a proposal verb with
        a thing or a clause for object ("Stöger hatte neue Modelle gefordert"), or
        the owner of a proposal noun ("Stögers Forderung", "die von Schelling
        erhobene Forderung", "Pläne von Innenminister Sobotka", "der Sobotka-Plan")."""
        found = []
        for tok in sent:
            proposers: list[str] = []
            described: list[Token] = []
            if tok.pos_ == "VERB" and self._verb_lemma(tok) in self.lexicon.proposal_verbs:
                things = [c for c in tok.children if c.i not in state.token_entity and (
                    c.dep_ in _OBJ["obj"] or c.dep_ in ("ccomp", "xcomp") or self._preposition(c) == "für")]
                if not things:  # "und neue Modelle gefordert hatte", the nouns parsed as conjuncts elsewhere
                    start = tok.i
                    while start > sent.start and fold(tok.doc[start - 1].text) not in (",", "und", "oder") \
                            and not tok.doc[start - 1].is_sent_start:
                        start -= 1
                    things = [t for t in tok.doc[start:tok.i] if t.pos_ == "NOUN" and t.head.i != t.i
                              and t.head.i not in range(start, tok.i)]
                if things:
                    proposers = self._subjects_of(tok, state, si)
                    described = [t for c in things for t in c.subtree]
            elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in state.token_entity \
                    and fold(tok.text.rsplit("-", 1)[-1]) in self.lexicon.proposal_nouns:
                proposers = self._proposal_owners(tok, state, si)
                described = list(tok.subtree)
            proposers = [k for k in dict.fromkeys(proposers) if self.cls(k) in (P, O)]
            if proposers:
                words = frozenset(fold(form.rsplit("-", 1)[-1]) for t in described
                                  if t.pos_ == "NOUN" and t.i not in state.token_entity
                                  for form in (t.text, t.lemma_) if form)
                found.append(_Proposal(si, tuple(proposers), words, sent))
        return found

    def _proposal_owners(self, noun: Token, state: _ArticleState, si: int) -> list[str]:
        """Whose a proposal noun is: a name in the genitive or after "von", before or
        after it, the agent of a participle before it ("die von X erhobene
        Forderung") or the first part of a compound ("der Sobotka-Plan"); never a
        party in brackets after a person."""
        if "-" in noun.text:
            return self.referents(noun, state, si)
        owners = []
        for child in noun.children:
            if child.dep_ in ("nmod", "nmod:poss", "det:poss") and self._preposition(child) in (None, "von"):
                owners += self.referents(child, state, si)
        doc = noun.doc
        start = noun.left_edge.i
        if not owners and start + 2 < noun.i and doc[start].pos_ == "DET" and fold(doc[start + 1].text) == "von" \
                and doc[noun.i - 1].pos_ in ("ADJ", "VERB"):
            # "die von Finanzminister X erhobene Forderung", however the parse hung the "von"
            owners += [state.token_entity[t.i] for t in doc[start + 2:noun.i] if t.i in state.token_entity][:1]
        return [k for k in owners if not any(state.token_entity.get(t.i) == k and self._party_after_person(t, state)
                                              for t in noun.subtree)]

    def _debated_proposal(self, verb: Token, children: list[Token], spec: dict, si: int,
                          actors: list[str], state: _ArticleState) -> _Proposal | None:
        """The proposal a criticism without a named target is aimed at: "Die IV wandte
        sich dagegen", "lehnt dies ab", "sprach sich gegen kürzere Arbeitszeiten aus"
        (a noun of the proposal again), "..., kritisierte Leitl" (framing a quote
        in an article that debates a proposal). The latest proposal of the last
        eight sentences that is not the critic's own."""
        recent = [p for p in reversed(state.proposals) if p.sent_index < si and si - p.sent_index <= 8
                  and not set(p.proposers) & set(actors)]
        if not recent:
            return None
        preps = spec.get("object_preps", [])
        doc = verb.doc
        end = verb.i + 1
        while end < verb.sent.end and not doc[end].is_punct:
            end += 1
        if any(fold(t.text) == "dagegen" for t in doc[verb.i + 1:end]):  # "wandte sich entschieden dagegen"
            return recent[0]
        for child in children:
            if self._points_to_proposal(child):
                return recent[0]
            if child.pos_ != "NOUN" or not (child.dep_ in _OBJ["obj"] or self._preposition(child) in preps) \
                    or any(t.i in state.token_entity for t in child.subtree):
                continue
            if fold(child.text.rsplit("-", 1)[-1]) in self.lexicon.proposal_nouns:
                return recent[0]
            nouns = [fold(form.rsplit("-", 1)[-1]) for t in child.subtree if t.pos_ == "NOUN"
                     for form in (t.text, t.lemma_) if form]
            for proposal in recent:
                if any(len(a) >= 6 and len(b) >= 6 and (a in b or b in a) for a in nouns for b in proposal.words):
                    return proposal
        framing = self._verb_lemma(verb) in spec.get("clause_target_for", []) and verb.i > verb.sent.start \
            and doc[verb.i - 1].text in (",", "\"", "“", "”") and not any(c.dep_ in _OBJ["obj"] for c in children)
        return recent[0] if framing else None

    @staticmethod
    def _perfect_in_relative_clause(verb: Token) -> bool:
        """A participle with "hat"/"hatte" right after it at a relative clause's end
        is active: "Tesla, die Elon Musk gegründet hat," (not "das X gegründete Werk")."""
        doc = verb.doc
        return verb.i + 1 < verb.sent.end and doc[verb.i + 1].pos_ == "AUX" \
            and fold(doc[verb.i + 1].lemma_ or doc[verb.i + 1].text) in ("haben", "hab") \
            and (verb.i + 2 >= verb.sent.end or doc[verb.i + 2].is_punct)

    def _relative_clause_arguments(self, verb: Token, state: _ArticleState,
                                   si: int) -> _RelativeReading | None:
        """Word-order reading of a relative clause the parse missed.

        "Musk, der Trump im Wahlkampf unterstützte," or "einer KI-Initiative,
        die Trump im Weißen Haus vorstellte": the clause runs from a comma and
        a relative pronoun to the verb at its end; the word before the comma is
        the antecedent, names in the clause outside prepositional phrases the
        other argument, names after "zusammen mit" more subjects. A pronoun
        after a preposition ("Thomas Cook, zu dem Condor gehört") makes the
        antecedent that preposition's argument. None where the words do not
        have that shape.
        """
        doc = verb.doc
        comma = verb.i - 1
        while comma > verb.sent.start and doc[comma].text != "," and not doc[comma].is_punct:
            comma -= 1
        if doc[comma].text != "," or comma + 2 > verb.i or comma == verb.sent.start:
            return None
        after_preposition = doc[comma + 1].pos_ == "ADP" and comma + 3 < verb.i
        pronoun = fold(doc[comma + 1 + after_preposition].text)
        if pronoun not in _RELATIVE_PRONOUNS:
            return None
        end = verb.i + 1
        while end < verb.sent.end and doc[end].pos_ in ("AUX", "VERB", "PART"):
            end += 1
        if end < verb.sent.end and not doc[end].is_punct:
            return None  # the verb does not end the clause
        if any(fold(t.lemma_) == "werden" for t in doc[comma + 2:end]):
            return None  # passive: the roles are the other way round
        antecedents = self.referents(doc[comma - 1], state, si)
        if not antecedents:
            return None
        inside, partners = [], []
        in_phrase = False
        k = comma + 2 + after_preposition
        while k < verb.i:
            t = doc[k]
            if fold(t.text) == "zusammen" and k + 1 < verb.i and fold(doc[k + 1].text) == "mit":
                partners = [state.token_entity[j] for j in range(k + 2, verb.i) if j in state.token_entity]
                break
            if t.pos_ == "ADP":
                in_phrase = True
            elif k in state.token_entity and not in_phrase:
                inside.append(state.token_entity[k])
            if in_phrase and t.pos_ in ("NOUN", "PROPN") and doc[k + 1].pos_ not in ("NOUN", "PROPN"):
                in_phrase = False
            k += 1
        inside = [key for key in dict.fromkeys(inside) if key not in antecedents]
        if not inside:
            return None
        if pronoun in _SUBJECT_RELATIVES and not after_preposition:
            return _RelativeReading(antecedents + partners, inside, False)
        return _RelativeReading(inside + partners, antecedents, after_preposition)

    def _genitive_modifier(self, tok: Token, state: _ArticleState) -> bool:
        """"Trumps" in "Trumps KI-Projekt": a genitive name before a noun owns the
        argument, it is not one (even where the parse makes it an object)."""
        key = state.token_entity.get(tok.i)
        if key is None or not tok.text.endswith("s") or tok.i + 1 >= len(tok.doc):
            return False
        nxt = tok.doc[tok.i + 1]
        label_words = fold(self.resolution.by_key[key].label).split()
        return fold(tok.text) not in label_words and nxt.pos_ in ("NOUN", "PROPN") \
            and nxt.i not in state.token_entity and nxt.text[:1].isupper()

    def _linear_arguments(self, verb: Token, state: _ArticleState, known: set[str],
                          preps: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
        """Word-order fallback when the parse gives a cue verb no arguments:
        within the verb's clause, a name before the verb is the subject and the
        next name after it the object ("X gründete Y"); with none before, the
        first name after the verb is the subject ("Im Jahr 2023 gründete Musk
        seine Firma xAI"). Clauses end at punctuation and conjunctions."""
        doc = verb.doc
        start = verb.i
        while start > verb.sent.start and not (doc[start - 1].is_punct or doc[start - 1].pos_ in ("CCONJ", "SCONJ")):
            start -= 1
        end = verb.i + 1
        while end < verb.sent.end and not (doc[end].is_punct or doc[end].pos_ in ("CCONJ", "SCONJ")):
            end += 1
        if any(fold(t.lemma_) == "werden" for t in doc[start:end]):
            return [], []  # passive: word order does not give the roles
        bracket = self._sentence_bracket(verb, state, known) if not preps else None
        if bracket:
            return bracket
        if preps:  # the object is the name right after one of the verb's prepositions
            for i in range(verb.i + 1, end - 1):
                if fold(doc[i].text) in preps:
                    target = None
                    for j in range(i + 1, min(i + 4, end)):
                        if j in state.token_entity:
                            target = state.token_entity[j]
                            break
                        if doc[j].pos_ not in ("DET", "ADJ", "NUM"):
                            break  # "warnte vor Risiken in Italien": the object is the risks
                    subject = next((state.token_entity[j] for j in range(start, i)
                                    if j in state.token_entity and j != verb.i), None)
                    if target and subject and target != subject:
                        return [subject], [target]
                    break
            return [], []
        before = list(dict.fromkeys(state.token_entity[i] for i in range(start, verb.i) if i in state.token_entity))
        after = list(dict.fromkeys(state.token_entity[i] for i in range(verb.i + 1, end)
                                   if i in state.token_entity and state.token_entity[i] not in known))
        subject_in_front = any(c.dep_ in _SUBJ and start <= c.i < verb.i for c in verb.children)
        if (known & set(before) or (known and subject_in_front)) and after:
            return [], after[:1]  # the parse found the subject before the verb ("Er kritisierte X")
        subjects_before = [state.token_entity[i] for i in range(start, verb.i) if i in state.token_entity
                           and not (doc[i].text.endswith("s") and doc[i + 1].pos_ == "NOUN"
                                    and i + 1 not in state.token_entity)]  # not "Altmans Firma"
        if subjects_before and not after and known and not known & set(subjects_before):
            return subjects_before[-1:], []  # the parse found the object only: "Mitterlehner rüffelt Lopatka"
        in_front = [k for k in before if not self._in_prepositional_phrase(k, start, verb.i, state)]
        if in_front and after:
            return in_front[-1:], after[:1]
        if before and after and known:
            return [], after[:1]  # "In Wien warf die SPÖ der ÖVP ... vor": the parse found the subject
        if not in_front and len(after) >= 2:
            return after[:1], after[1:2]  # "Neben Strache klagt Christandl auch Gudenus"
        return [], []

    @staticmethod
    def _in_prepositional_phrase(key: str, start: int, end: int, state: _ArticleState) -> bool:
        """Whether every mention of an entity between ``start`` and ``end`` follows a
        preposition (articles and adjectives between): "Neben Strache klagt X" names
        no subject."""
        doc = state.doc
        firsts = [i for i in range(start, end) if state.token_entity.get(i) == key
                  and state.token_entity.get(i - 1) != key]
        for first in firsts:
            j = first - 1
            while j >= start and doc[j].pos_ in ("DET", "ADJ"):
                j -= 1
            if j < start or doc[j].pos_ != "ADP":
                return False
        return bool(firsts)

    def _second_subject_as_object(self, verb: Token, state: _ArticleState,
                                  si: int) -> tuple[list[str], list[str]] | None:
        """Subject and object of a main clause the parse gave two subjects: "Der
        Konzern verklagte daraufhin die Deutsche Bahn". A finite verb in second
        place has one subject; the one in front is it, the one after the verb is
        the object, unless its article marks a nominative ("der", "ein") or the
        front's a dative ("Der Ministerin"). A root verb the tagger called an
        adjective ("Donald Trump attackierte Hillary Clinton") is finite too; so is the
        auxiliary in second place of a participle ("Arsenal-Trainer Arsene Wenger hat die
        UEFA kritisiert")."""
        finite = verb
        if not (verb.tag_.endswith("FIN") or (verb.pos_ == "VERB" and verb.dep_ == "ROOT" and verb.tag_ == "ADJA")):
            finite = next((c for c in verb.children if c.dep_ == "aux" and c.tag_.endswith("FIN") and c.i < verb.i),
                          None)
            if finite is None:
                return None
        subjects = [c for c in verb.children if c.dep_ in _SUBJ
                    and (c.pos_ in ("NOUN", "PROPN", "PRON") or self.referents(c, state, si))]
        front = [c for c in subjects if c.i < finite.i]
        back = [c for c in subjects if c.i > finite.i]
        if len(front) != 1 or len(back) != 1 or front[0].i < verb.sent.start:
            return None
        # the front phrase may carry an apposition or a bracket ("Michael Häupl (SPÖ)"), not a clause
        own = {t.i for t in front[0].subtree}
        if any((t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ")) and t.i not in own
               for t in verb.doc[front[0].i + 1:finite.i]):
            return None
        if any(c.dep_ in ("det", "nk") and fold(c.text) in ("der", "ein") for c in back[0].children):
            return None
        if _feminine_dative(front[0]):  # "Der Ministerin X wirft Y Versagen vor": Y is the subject
            front, back = back, front
        actors, patients = self.referents(front[0], state, si), self.referents(back[0], state, si)
        if not actors or not patients or set(actors) & set(patients):
            return None
        return actors, patients

    @staticmethod
    def _coordinated_front(verb: Token, state: _ArticleState) -> list[str] | None:
        """Names joined by "und" in front of a main clause's finite verb in second
        place: "Die SPÖ und die ÖVP kritisierten ...". A verb in second place has one
        phrase before it, so these are its subject; the parse often takes the
        conjunct for the object. None unless the front is only those names."""
        sent, doc = verb.sent, verb.doc
        if not verb.tag_.endswith("FIN") or any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:verb.i]):
            return None
        front = doc[sent.start:verb.i]
        if not any(fold(t.text) in ("und", "sowie") for t in front):
            return None
        keys = []
        for t in front:
            if t.i in state.token_entity:
                keys.append(state.token_entity[t.i])
            elif not (t.pos_ == "DET" or fold(t.text) in ("und", "sowie", ",")):
                return None
        keys = list(dict.fromkeys(keys))
        return keys if len(keys) >= 2 else None

    @staticmethod
    def _front_names(tok: Token, state: _ArticleState) -> list[str]:
        """The names that alone fill the front of ``tok``'s main clause, before the
        sentence's first, finite verb ("Siemens", "Siemens und Alstom"): its subject,
        whatever the parse says."""
        sent = tok.sent
        finite = next((t for t in sent if t.pos_ in ("VERB", "AUX")), None)
        if finite is None or finite.i <= sent.start or not finite.tag_.endswith("FIN") or finite.i > tok.i:
            return []
        front = sent.doc[sent.start:finite.i]
        if any(t.i not in state.token_entity and t.pos_ != "DET" and fold(t.text) not in ("und", "sowie", ",")
               for t in front):
            return []
        return list(dict.fromkeys(state.token_entity[t.i] for t in front if t.i in state.token_entity))

    @staticmethod
    def _misread_front_name(verb: Token, state: _ArticleState) -> str | None:
        """The name before a finite verb in second place that the parse did
        not take for a noun ("Sessions unterstützt Donald Trump": "Sessions"
        read as an adverb, Trump as the subject); None otherwise."""
        sent = verb.sent
        front = list(sent.doc[sent.start:verb.i])
        if not front or not verb.tag_.endswith("FIN") or any(t.i not in state.token_entity for t in front):
            return None
        keys = {state.token_entity[t.i] for t in front}
        if len(keys) != 1 or any(t.pos_ in ("NOUN", "PROPN") or t.dep_ in _SUBJ for t in front):
            return None
        return keys.pop()

    def _sentence_bracket(self, verb: Token, state: _ArticleState,
                          known: set[str]) -> tuple[list[str], list[str]] | None:
        """Word order of a main clause with an auxiliary: "Der Shopbetreiber,
        Rakesh Sardana, hat die Flughafen Wien AG (VIE) in New York auf
        Schadenersatz geklagt". The names before the finite auxiliary are the
        subject (the last person or organisation), the first name between it
        and the participle the object; after an adverbial phrase in front
        ("Im Streit mit X hat Y Z geklagt") the first name after the auxiliary
        is the subject. Parentheses and appositions inside do
        not end the clause. None unless the verb ends the sentence's first
        clause and the auxiliary is the sentence's first verb."""
        if verb.tag_ not in ("VVPP", "VVINF", "VVIZU"):
            return None
        sent = verb.sent
        finite = next((t for t in sent if t.pos_ in ("VERB", "AUX")), None)
        if finite is None or finite.i >= verb.i or finite.pos_ != "AUX" or finite.tag_ not in ("VAFIN", "VMFIN") \
                or any(t.pos_ == "SCONJ" or t.tag_ in ("PRELS", "PWS", "PWAV") for t in sent if t.i < finite.i):
            return None
        if any(t.pos_ in ("VERB", "AUX") or t.pos_ in ("CCONJ", "SCONJ") or t.text in (";", ":")
               for t in sent if finite.i < t.i < verb.i):
            return None  # another clause in between
        first = sent.start
        dash = next((t.i for t in sent if t.i < finite.i and t.text in ("–", "—", "-")), None)
        if dash is not None and all(t.pos_ == "PROPN" or t.text == "/" for t in sent.doc[first:dash]):
            first = dash + 1  # a dateline ("Berlin –") is no part of the clause
        before = [state.token_entity[i] for i in range(first, finite.i)
                  if i in state.token_entity and self.cls(state.token_entity[i]) in (P, O)]
        if sent.doc[first].pos_ == "ADP":
            before = []  # "Im Rechtsstreit mit X hat Kohl den Autor geklagt": the subject follows the auxiliary
        depth, after = 0, []
        for t in sent:
            if not finite.i < t.i < verb.i:
                continue
            depth += t.text == "("
            depth -= t.text == ")"
            key = state.token_entity.get(t.i)
            # a name the parse took for the subject is the object when another stands in front
            if key and depth == 0 and key not in before and (key not in known or (before and not known & set(before))):
                after.append(key)
        if before and after:
            return before[-1:], after[:1]
        if sent.doc[first].pos_ == "ADP" and len(after) >= 2 and self.cls(after[0]) in (P, O):
            return after[:1], after[1:2]
        return None

    def _noun_cue_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        """Relations carried by a noun: "X äußerte Zweifel an der Finanzierung des
        Projekts" (criticized), "X war an der Gründung von Y beteiligt" (founded)."""
        out = []
        for tok in sent:
            cue = self.lexicon.noun_cues.get(fold(tok.lemma_ or tok.text)) or \
                self.lexicon.noun_cues.get(fold(tok.text)) or self._compound_criticism_cue(tok.text)
            seat_of = state.prefix_entity.get(tok.i)
            if not cue and seat_of and self.cls(seat_of) == O:  # "die Baumax-Zentrale in Klosterneuburg"
                cue = self.lexicon.noun_cues.get(fold(tok.text).rsplit("-", 1)[-1])
            if not cue or tok.pos_ != "NOUN":
                continue
            predicate, preps = cue.predicate, cue.preps
            verb = _governing_verb(tok)
            copula = {fold(c.lemma_) for c in tok.children if c.dep_ == "cop"}  # "X ist Teil von Y"
            if cue.verbs and not cue.verbs & {fold(self._verb_lemma(verb)), *self._lemma_candidates(verb), *copula}:
                continue  # "forderte den Rücktritt von Y", not "nach dem Rücktritt von Y"
            # "Kritik an Schelling kam auch von den Grünen": with the cue noun as the
            # subject, whoever it comes from is the actor
            agents = [k for c in verb.children if self._preposition(c) in _AGENT_PREPS
                      for k in self.referents(c, state, si)]
            actors = agents if tok.dep_ in _SUBJ and agents else self._subjects_of(verb, state, si) or agents
            if tok.dep_ in _SUBJ and not agents and (cue.verbs or not actors):
                # "Weitere Anteile an X halten die Y und die Z", "Scharfe Kritik an X übte die Y": the cue
                # noun fronted as the "subject", the holders or critics are the verb's object
                actors = [k for c in verb.children if c.dep_ in _OBJ["obj"] for k in self.referents(c, state, si)]
            front = self._front_names(tok, state) if verb.i == verb.sent.root.i else []
            if front and (not actors or set(actors) < set(front)):
                actors = front  # "Siemens [und Alstom] haben eine Partnerschaft vereinbart", misparsed
            if cue.agent_only:  # "der Kauf von WhatsApp durch Facebook"
                actors = [k for c in tok.children if self._preposition(c) == "durch"
                          for k in self.referents(c, state, si)]
            targets = []
            for child in tok.children:
                if "gen" in preps and child.dep_ in ("nmod", "ag") and child.i > tok.i and self._preposition(child) is None:
                    targets += self.referents(child, state, si)
                if self._preposition(child) in preps:
                    targets += self.referents(child, state, si)
                    for grandchild in child.children:  # "an der Finanzierung des Projekts"
                        if grandchild.dep_ in ("nmod", "ag"):
                            targets += self.referents(grandchild, state, si)
            if not targets and tok.dep_ in _OBJ["obj"] and (predicate in ("criticized", "sued") or cue.verbs):
                # "erhob Anklage gegen den Premier X", "will ihre Beteiligung an X ausbauen",
                # with the preposition hung on the verb
                targets += [k for c in verb.children if c.i > tok.i and self._preposition(c) in preps
                            for k in self.referents(c, state, si)]
            if cue.recipient:
                # "X gewährt der Voestalpine einen Kredit": the bare dative, which the parse
                # also reads as a second subject or an adverb ("hatte Zielpunkt einen Kredit gegeben")
                targets += [k for c in verb.children if c.i != tok.i and self._preposition(c) is None
                            and (c.dep_ in ("iobj", "obl:arg") or (c.dep_ in (*_SUBJ, "advmod") and c.i > verb.i))
                            for k in self.referents(c, state, si) if k not in actors]
            if predicate == "basedIn" and "-" in tok.text and seat_of and self.cls(seat_of) == O:
                actors = [seat_of]  # the seat is the prefix's, whoever the clause is about
                place = state.token_entity.get(tok.i + 2) if tok.i + 2 < len(sent.doc) and fold(sent.doc[tok.i + 1].text) == "in" else None
                if not targets and place and self.cls(place) == PL:
                    targets = [place]  # "hat die Siemens-Zentrale in München verkauft": the place hung on the verb
            if targets and not actors and tok.i in state.prefix_entity and predicate in ("criticized", "sued") \
                    and self.cls(state.prefix_entity[tok.i]) in (P, O):
                actors = [state.prefix_entity[tok.i]]  # "die DNA-Ermittlungen gegen Sova", "FPÖ-Kritik an X"
            parties = [k for c in tok.children if self._preposition(c) in ("zwischen", "von", "aus")
                       for k in self.referents(c, state, si)] if predicate in _SYMMETRIC else []
            hedged = any(fold(t.text) in _HEDGING_FORMS for t in sent)  # "könnten eine Koalition suchen"
            if len(set(parties)) >= 2 and not hedged:  # "eine Zusammenarbeit zwischen OpenAI, SoftBank und
                # Oracle", "die Koalition von SPÖ, ÖVP und Grünen"
                actors, targets = parties, parties
            if not targets and predicate in _SYMMETRIC and len(set(actors)) >= 2:
                targets = actors  # "Siemens und Alstom haben eine Partnerschaft vereinbart": with each other
            for actor in actors:
                for target in dict.fromkeys(targets):
                    s, o = (target, actor) if cue.inverse else (actor, target)
                    if s != o:
                        out += self._fact(s, predicate, o, state, sent)
        return out

    def _compound_criticism_cue(self, word: str):
        """The criticism or lawsuit cue a compound ends in: "Korruptionsanklagen",
        "DNA-Ermittlungen", "Sammelklage" (only these: "Besitz" is no "Sitz")."""
        folded = fold(word).rsplit("-", 1)[-1]
        for noun, cue in self.lexicon.noun_cues.items():
            if cue.predicate in ("criticized", "sued") and len(noun) >= 5 and folded.endswith(noun):
                return cue
        return None

    def _adjective_cue_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        """"X zeigte sich empört über Y", "X ist verärgert über Y", "X ist vom Vorstoß
        von Y nicht begeistert": the subject of the clause criticized the person or
        organisation after the preposition, or the one whose doing it names."""
        out = []
        for tok in sent:
            word = fold(tok.text)
            if tok.pos_ not in ("ADJ", "ADV", "VERB"):
                continue
            if word in self.lexicon.negated_praise:
                before = {fold(t.text) for t in sent.doc[max(sent.start, tok.i - 3):tok.i]}
                if not before & {"nicht", "wenig", "kaum", "keineswegs", "keinesfalls", "gar nicht"}:
                    continue
            elif word not in self.lexicon.criticism_adjectives:
                continue
            verb = _governing_verb(tok) if tok.pos_ != "VERB" or tok.dep_ != "ROOT" else tok
            critics = [k for k in self._subjects_of(verb, state, si) if self.cls(k) in (P, O)]
            if not critics and len(set(state.sentence_subjects.get(si, []))) == 1:
                critics = state.sentence_subjects[si]  # "Der Verband WWF zeigte sich empört", "zeigte" misparsed
            facing = any(c.dep_ in ("compound:prt", "svp") and fold(c.text) == "gegenüber" for c in verb.children)
            targets = []
            for c in (*tok.children, *verb.children):
                # "X steht dem Kaufprogramm der EZB kritisch gegenüber": the dative, however parsed
                faced = facing and (c.dep_ in (*_OBJ["obj"], *_OBJ["iobj"], "obl:arg", *_SUBJ)
                                    or (c.dep_ == "obl" and self._preposition(c) is None)) \
                    and not set(self.referents(c, state, si)) & set(critics)
                if not faced and self._preposition(c) not in self.lexicon.criticism_adjective_preps \
                        or fold(c.lemma_ or c.text) in self.lexicon.affair_nouns:
                    continue
                direct = [k for k in self.referents(c, state, si)
                          if self.cls(k) in (P, O, PD) or (self.cls(k) == PL and self._state_name(k))]
                # "empört über die Pläne von Shell": criticising what someone does criticises them
                # (an owner, not a name beside the noun: "entsetzt über den Fall Badawi")
                targets += direct or ([state.token_entity[t.i] for t in c.subtree if t.i != c.i
                                       and t.i in state.token_entity and self.cls(state.token_entity[t.i]) in (P, O)
                                       and not (t.head.i == c.i and t.dep_ not in ("nmod", "nmod:poss", "det:poss"))]
                                      if c.pos_ == "NOUN" and c.i not in state.token_entity else [])
            targets = [k for k in targets if k not in critics]
            out += [f for critic in critics for target in dict.fromkeys(targets)
                    for f in self._fact(critic, "criticized", target, state, sent)]
        return out

    def _judgement_word(self, tok: Token) -> bool:
        """A word of harsh judgement ("schändlich", "eine Schande", "Hetzer") that no
        negation takes back ("nicht unfähig", "keine Gefahr")."""
        if tok.pos_ not in ("ADJ", "NOUN", "ADV"):
            return False
        forms = {fold(tok.lemma_ or tok.text), fold(tok.text), re.sub(r"(e|en|er|es|em)$", "", fold(tok.text))}
        if not forms & self.lexicon.judgement_words:
            return False
        return not any(fold(t.text) in _NEGATIONS for t in (*tok.children, *tok.doc[max(tok.sent.start, tok.i - 2):tok.i]))

    def _judged(self, tok: Token, state: _ArticleState, si: int) -> list[str]:
        """Whom a judgement word judges: the subject it is said of ("Die Regierung von X
        sei unfähig", "X ist ein Lügner"), or the noun it qualifies ("schändliches
        Benehmen Corbyns"), with that noun's owner ("Corbyns Benehmen")."""
        nouns = [c for c in tok.children if c.dep_ in _SUBJ] \
            or [g for c in tok.children if c.dep_ == "cop" for g in c.children if g.dep_ in _SUBJ]
        # (the parse may hang the subject on the copula: "Schändlich [sei Corbyns Benehmen]")
        if not nouns and tok.head.i != tok.i and any(c.dep_ == "cop" for c in tok.head.children):
            # "Trumps Kandidatur sei schrecklich für die Politik", parsed with "Politik" as the predicate
            nouns = [c for c in tok.head.children if c.dep_ in _SUBJ]
        if not nouns and tok.pos_ != "NOUN":  # "... sei [schrecklich für die Politik]", parsed apart
            copula = next((t for t in tok.doc[max(tok.sent.start, tok.i - 2):tok.i]
                           if t.pos_ == "AUX" and fold(t.lemma_) == "sein"), None)
            nouns = [c for c in copula.children if c.dep_ in _SUBJ] if copula is not None else []
        if not nouns and tok.pos_ != "NOUN" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            nouns = [tok.head]  # "schändliches Benehmen", "Schändlich sei Corbyns Benehmen"
        judged = []
        for noun in nouns:
            judged += self.referents(noun, state, si)
            judged += [k for c in noun.children if c.dep_ in ("nmod", "nmod:poss", "det:poss", "ag", "det", "compound")
                       or (c.dep_ == "dep" and c.i < noun.i)  # "Trumps Kandidatur", a genitive left unlabelled
                       for k in self.referents(c, state, si)]
        return [k for k in dict.fromkeys(judged) if self.cls(k) in (P, O)]

    def _judgement_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        """Harsh words said about someone: "Schändlich sei Corbyns Benehmen, so die Sun",
        "Die Regierung von X sei unfähig, sagte Y" (the speaker criticized them), and
        "X bezeichnete Y als Bedrohung", "X nannte Y einen Hetzer"."""
        words = [t for t in sent if self._judgement_word(t)]
        if not words:
            return []
        out = []
        for verb in {_governing_verb(t) for t in words}:
            if self._verb_lemma(verb) not in self.lexicon.naming_verbs:
                continue
            critics = [k for k in self._subjects_of(verb, state, si) if self.cls(k) in (P, O)]
            # "Hallervorden nennt Erdogan einen Terroristen": the parse may take the one named for
            # a second subject after the verb
            second_subject = any(c.dep_ in _SUBJ and c.i < verb.i for c in verb.children)
            judged = [k for c in verb.children if (c.dep_ in _OBJ["obj"] or c.dep_ == "obl:arg"
                                                   or (second_subject and c.dep_ in _SUBJ and c.i > verb.i))
                      and self._preposition(c) is None and not any(self._judgement_word(t) for t in c.subtree)
                      for k in self.referents(c, state, si) if self.cls(k) in (P, O, PL)]
            out += [f for critic in critics for target in judged if target != critic
                    for f in self._fact(critic, "criticized", target, state, sent)]
        if out:
            return out
        speaker, _about = self._speech(sent, si, state)
        if speaker is None:
            return []
        speakers = self._sources_after_so(sent, state) or [speaker]
        for word in words:
            if word.dep_ == "advmod" and self._verb_lemma(word.head) in self.lexicon.speech_verbs:
                continue  # "X hatte sich rassistisch geäußert": how X spoke, not what X said of anyone
            out += [f for critic in speakers for target in self._judged(word, state, si) if target not in speakers
                    for f in self._fact(critic, "criticized", target, state, sent)]
        return out

    def _sources_after_so(self, sent: Span, state: _ArticleState) -> list[str]:
        """All the sources a statement ends with: "..., so die Sun und der Telegraph"
        (each said it; neither is what was said about)."""
        doc = sent.doc
        so = next((t.i for t in sent if fold(t.text) == "so" and t.i > sent.start and doc[t.i - 1].text == ","), None)
        if so is None:
            return []
        sources = []
        for t in doc[so + 1:sent.end]:
            if t.i in state.token_entity:
                sources.append(state.token_entity[t.i])
            elif not (t.pos_ == "DET" or fold(t.text) in ("und", "sowie", ",", ".") or t.is_punct):
                if sources:
                    break
        return [k for k in dict.fromkeys(sources) if self.cls(k) in (P, O)]

    def _reciprocal_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        """"Rubio und Trump lieferten sich einen Schlagabtausch", "ein Wortgefecht
        zwischen X und Y", "X und Y warfen sich gegenseitig Versagen vor": each party
        criticized the other."""
        out = []
        for tok in sent:
            mutual_verb = tok.pos_ in ("VERB", "AUX") \
                and self.lexicon.verbs.get(self._verb_lemma(tok), ("",))[0] == "criticized" \
                and any(fold(t.text) in ("gegenseitig", "einander", "wechselseitig") for t in tok.sent
                        if t.head.i == tok.i or t.head.head.i == tok.i)
            if not mutual_verb and (tok.pos_ != "NOUN"
                                    or fold(tok.text) not in self.lexicon.reciprocal_criticism_nouns):
                continue
            parties = [k for c in tok.children if self._preposition(c) == "zwischen"
                       for k in self.referents(c, state, si)]
            if len(set(parties)) < 2:
                parties = self._subjects_of(_governing_verb(tok), state, si)
            parties = [k for k in dict.fromkeys(parties) if self.cls(k) in (P, O)]
            for a in parties:
                for b in parties:
                    if a != b:
                        out += self._fact(a, "criticized", b, state, sent)
        return out

    def _rejection_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        """"Die von Finanzminister Schelling erhobene Forderung stößt bei X auf
        Ablehnung", "Der Plan erntete Kritik von X": X criticized the subject,
        or, when the subject is a thing, the people and organisations named in
        it (who made the demand)."""
        out = []
        for verb in sent:
            particle = "".join(fold(c.text) for c in verb.children if c.dep_ in ("compound:prt", "svp"))
            critic_preps = self.lexicon.rejection_verbs.get(particle + fold(verb.lemma_))  # "löst ... aus"
            if not critic_preps or verb.pos_ not in ("VERB", "AUX"):
                continue
            if not any(t.pos_ == "NOUN" and fold(t.lemma_ or t.text) in self.lexicon.rejection_nouns
                       for t in verb.subtree):
                continue
            critics = [k for t in verb.subtree if t.head.i in (verb.i, *(c.i for c in verb.children))
                       and self._preposition(t) in critic_preps
                       for k in self.referents(t, state, si) if self.cls(k) in (P, O)]
            if not any(self.cls(k) == P for k in critics):
                # word order when the parse is lost: "löst bei Wiens Stadträtin Sonja Wehsely
                # Empörung aus" (the person named right after the preposition)
                people = [state.token_entity[t.i] for prep in sent if fold(prep.text) in critic_preps
                          for t in prep.doc[prep.i + 1:min(prep.i + 6, sent.end)]
                          if t.i in state.token_entity and self.cls(state.token_entity[t.i]) == P]
                critics = people[:1] or critics
            targets = []
            subjects = [c for c in verb.children if c.dep_ in _SUBJ and not self._dateline(c, state)]
            for subject in subjects:
                found = [k for k in self.referents(subject, state, si) if self.cls(k) in (P, O)]
                if not found:
                    found = [state.token_entity[t.i] for t in subject.subtree if t.i in state.token_entity
                             and self.cls(state.token_entity[t.i]) in (P, O)][:1]
                targets += found
            if not subjects:  # the parse took a dateline for the subject: the first name before the verb
                targets += [state.token_entity[t.i] for t in sent if t.i < verb.i and t.i in state.token_entity
                            and not self._dateline(t, state) and self.cls(state.token_entity[t.i]) in (P, O)][:1]
            for critic in dict.fromkeys(critics):
                for target in dict.fromkeys(targets):
                    out += self._fact(critic, "criticized", target, state, sent)
        return out

    def _funding_noun_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        """"Investitionsplan von OpenAI, Oracle und Softbank", "das Joint Venture von
        OpenAI und Softbank": the project the noun stands for is funded by each."""
        out = []
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN") or fold(tok.text) not in self.lexicon.funding_nouns:
                continue
            named = [c for c in tok.children if c.dep_ in ("nmod", "ag") and c.i > tok.i
                     and self._preposition(c) in ("von", None)]
            funders = [k for c in named
                       for k in self.referents(c, state, si)
                       + (self._listed_names(c.i, state) if c.i in state.token_entity else [])
                       if self.cls(k) in (P, O)]
            if not funders:
                continue
            projects = [k for k in self.referents(tok, state, si) if self.cls(k) == PJ]
            if not projects:
                known = self._article_entities(state, PJ)
                projects = known if len(known) == 1 else []
            for project in projects:
                for funder in dict.fromkeys(funders):
                    out += self._fact(project, "fundedBy", funder, state, sent)
        return out

    def _subjects_of(self, verb: Token, state: _ArticleState, si: int) -> list[str]:
        """Subjects of a verb; a coordinated verb without one shares its head's
        ("Das Weiße Haus hat reagiert und Musk zurechtgewiesen")."""
        subjects = [c for c in verb.children if c.dep_ in _SUBJ]
        if verb.tag_.endswith("FIN") and any(c.i < verb.i for c in subjects) and any(c.i > verb.i for c in subjects):
            # "Rubio sagte Trump zu": two "subjects" around a finite verb in second
            # place; the one before it is the subject, the other an object, unless
            # the one before is an accusative of time ("Diese Woche kündigte der Sender X ... an")
            front = [c for c in subjects if c.i < verb.i and fold(c.text) not in _TIME_NOUNS]
            subjects = front or [c for c in subjects if c.i > verb.i]
        found = [k for c in subjects for k in self.referents(c, state, si)]
        if not found and verb.dep_ in ("ccomp", "xcomp", "advcl") and verb.head.i != verb.i \
                and (verb.tag_ in ("VVIZU", "VVINF") or any(c.tag_ == "PTKZU" for c in verb.children)):
            # "Rubio sagte zu, ihn zu unterstützen": a zu-infinitive's subject is its head's
            return self._subjects_of(verb.head, state, si)
        if not found:  # "hatte Campbell an der Spitze gestanden": the parse hangs the subject on the auxiliary
            found = [k for aux in verb.children if aux.dep_ in ("aux", "aux:pass") for c in aux.children
                     if c.dep_ in _SUBJ for k in self.referents(c, state, si)]
        if not found and verb.dep_ in ("conj", "cj") and verb.head.i != verb.i:
            found = [k for c in verb.head.children if c.dep_ in _SUBJ for k in self.referents(c, state, si)]
        if not found and not subjects and verb.tag_.endswith("FIN"):
            # "Seit Juncker die EU-Kommission anführt": the conjunction taken for a preposition
            # and the subject for its object, in a clause with its verb at the end
            found = [k for c in verb.children if c.dep_ == "obl" and c.i < verb.i
                     and self._preposition(c) in ("seit", "während", "bis")
                     and (verb.i + 1 == len(verb.doc) or verb.doc[verb.i + 1].is_punct)
                     for k in self.referents(c, state, si) if self.cls(k) in (P, O)]
        for child in verb.children:  # "Musk zusammen mit dem Unternehmer X"
            if self._preposition(child) == "mit" and any(fold(c.text) == "zusammen" for c in child.children):
                found += self.referents(child, state, si)
        return list(dict.fromkeys(found))

    @staticmethod
    def _preposition(tok: Token) -> str | None:
        if tok.pos_ == "ADP":
            return fold(tok.text)
        for child in tok.children:
            if child.dep_ in ("case", "ac") or child.pos_ == "ADP":
                return fold(child.text)
        return None

    # --- possessives, demonyms, places -------------------------------------------

    def _possessive_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        out = []
        for tok in sent:
            noun = fold(tok.text).split("-")[-1]
            # "seine Streaming-Dienste X und Y": plurals too
            forms = [noun] + ([noun[:-1]] if noun.endswith(("e", "n", "s")) else []) \
                + ([noun[:-2]] if noun.endswith(("en", "es")) else [])
            predicate = next((self.lexicon.possessive_nouns[f] for f in forms if f in self.lexicon.possessive_nouns), None)
            if not predicate and self.lexicon.noun_class(tok.text) != O:
                # "Videoplattform", "Betriebssysteme": compounds of the nouns (not "Geheimdienst": a body)
                predicate = next((p for f in forms for n, p in self.lexicon.possessive_nouns.items()
                                  if len(n) >= 5 and f.endswith(n)), None)
            if not predicate:
                continue
            named = self._names_after(tok, state)
            if not named:
                continue
            owner = None
            det = [c for c in tok.children if fold(c.text).startswith(("sein", "ihr")) and c.i < tok.i]
            if det:
                owner = self._clause_subject(tok, state, si) or self._possessor(state, tok, si)
            elif tok.i > 0 and tok.i - 1 in state.token_entity and tok.doc[tok.i - 1].text.endswith("s"):
                owner = state.token_entity[tok.i - 1]  # "Teslas Gigafactory"
            elif tok.i in state.prefix_entity and self.cls(state.prefix_entity[tok.i]) == O:
                owner = state.prefix_entity[tok.i]  # "die Google-Videoplattform YouTube"
                named = [k for k in named if self.cls(k) != PL]  # "das VW-Werk Wolfsburg" is a place
            if not owner:
                continue
            for name in named:
                if predicate == "advisorOf_inverse":
                    out += self._fact(name, "advisorOf", owner, state, sent)
                else:
                    out += self._fact(owner, predicate, name, state, sent)
                if predicate == "developed":  # "seinem Betriebssystem ScreenOS": the maker's, and it owns it
                    out += self._fact(owner, "owns", name, state, sent)
        # "sein xAI": a possessive directly on a name
        for tok in sent:
            if tok.i in state.token_entity and self.cls(state.token_entity[tok.i]) in (O, PD) \
                    and not self.lexicon.seat_named_body(tok.text):  # "seiner Uni Columbia": where he studied
                if any(c.i < tok.i and fold(c.text).startswith(("sein", "ihr")) and c.pos_ in ("DET", "PRON")
                       for c in tok.children):
                    subjects = [c for c in _governing_verb(tok).children if c.dep_ in _SUBJ]
                    if subjects and not any(self.referents(c, state, si) for c in subjects):
                        continue  # "Die Bürger sollen sich ihre EU zurückerobern": theirs, no one named
                    owner = self._clause_subject(tok, state, si) or self._possessor(state, tok, si)
                    if owner:
                        out += self._fact(owner, "owns", state.token_entity[tok.i], state, sent)
        # "Teslas Gigafactory": a genitive name before another name
        for tok in sent:
            if tok.i + 1 < len(tok.doc) and tok.i in state.token_entity and tok.text.endswith("s") \
                    and tok.i + 1 in state.token_entity:
                owner, owned = state.token_entity[tok.i], state.token_entity[tok.i + 1]
                if owner != owned and fold(self.resolution.by_key[owner].label) != fold(tok.text):
                    out += self._fact(owner, "owns", owned, state, sent)
        return out

    def _possessor(self, state: _ArticleState, tok: Token, si: int) -> str | None:
        """Who "sein"/"ihr" points to when the clause subject is unknown: a
        person who is a subject in the same sentence, else the last one named."""
        for key in state.sentence_subjects.get(si, []):
            if self.cls(key) == P:
                return key
        for t in tok.sent:  # "Auf seiner Plattform X kritisiert Musk ...": the person in the sentence
            key = state.token_entity.get(t.i)
            if key and self.cls(key) == P:
                return key
        return self._last_person(state, tok.idx, si)

    def _clause_subject(self, tok: Token, state: _ArticleState, si: int) -> str | None:
        head = _governing_verb(tok)
        for child in head.children:
            if child.dep_ in _SUBJ:
                refs = [k for k in self.referents(child, state, si) if self.cls(k) in (P, O)]
                if refs:
                    return refs[0]
        return None

    def _based_in_facts(self, sent: Span, state: _ArticleState) -> list[Fact]:
        """"der japanische Softbank-Konzern", "US-Software-Hersteller Oracle", "den
        südkoreanischen Konkurrenten LG Display" (organisations only: basedIn)."""
        out = []
        for tok in sent:
            org = state.token_entity.get(tok.i)
            after = state.token_entity.get(tok.i + 1)
            if org and after and org != after and self.cls(org) == O and self.cls(after) == PL \
                    and tok.doc[tok.i + 1].text.endswith("s") and tok.i + 1 < sent.end \
                    and self.lexicon.country_by_name(self.resolution.by_key[after].label) \
                    and tok.doc[tok.i + 1].text != self.resolution.by_key[after].label:
                out += self._fact(org, "basedIn", after, state, sent)  # "der Oberste Gerichtshof Nordkoreas"
            country = None
            if "-" in tok.text and tok.text.split("-")[0].isupper() \
                    and self.lexicon.country_by_demonym(tok.text.split("-")[0]):
                country = self.lexicon.country_by_demonym(tok.text.split("-")[0])
                noun = tok  # "der US-Telekomkonzern Verizon", whatever the tagger made of the compound
            elif tok.pos_ == "ADJ" or tok.tag_ == "ADJA" or (fold(tok.text).endswith("er") and any(
                    fold(tok.text) in c.demonyms for c in self.lexicon.countries)):  # "der Tiroler Konzern"
                country = self.lexicon.place_of_demonym(tok.text, doc_text(state.doc))
                noun = tok.head if tok.head.i > tok.i else (tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok)
                if tok.i + 1 < len(tok.doc) and self.lexicon.noun_class(tok.doc[tok.i + 1].text) == O:
                    noun = tok.doc[tok.i + 1]  # "der Tiroler Kristallkonzern Swarovski", however parsed
            elif "-" in tok.text and tok.text.split("-")[0].isupper():
                country = self.lexicon.country_by_demonym(tok.text.split("-")[0])
                noun = tok
            if not country and tok.pos_ == "NOUN" and self.lexicon.noun_class(tok.text) == O:
                # "die CIA, der Auslandsgeheimdienst der USA": an organisation of a country
                countries = [state.token_entity[c.i] for c in tok.children if c.dep_ == "nmod" and c.i > tok.i
                             and c.i in state.token_entity and self.cls(state.token_entity[c.i]) == PL
                             and not any(g.dep_ == "case" for g in c.children)
                             and self.lexicon.country_by_name(self.resolution.by_key[state.token_entity[c.i]].label)]
                out += [f for org in self._names_after(tok, state) if self.cls(org) == O and countries
                        for f in self._fact(org, "basedIn", countries[0], state, sent)]
                continue
            if not country:
                continue
            places = [k for k, e in self.resolution.by_key.items() if e.label == country.label and e.cls == PL]
            if not places:
                continue
            named = state.token_entity.get(noun.i)
            if named and noun is tok and self.cls(named) == O and named not in places:
                out += self._fact(named, "basedIn", places[0], state, sent)  # "das US-Verteidigungsministerium"
                continue
            if named and noun is not tok and self.cls(named) == PL and named not in places \
                    and state.token_entity.get(tok.i) != named:
                out += self._fact(named, "locatedIn", places[0], state, sent)  # "im oberösterreichischen Steyr"
                continue
            if named and noun.i == tok.i + 1 and self.cls(named) == O and named not in places \
                    and state.token_entity.get(tok.i) != named and not country.region:
                # (not "in der niederösterreichischen ÖVP": a Land branch of the party)
                out += self._fact(named, "basedIn", places[0], state, sent)  # "im amerikanischen Sundance TV"
                continue
            if self._place_noun(noun.text):  # "der ukrainischen Schwarzmeerhalbinsel Krim", "US-Bundesstaat Texas"
                out += [f for name in self._names_after(noun, state) if self.cls(name) == PL and name not in places
                        for f in self._fact(name, "locatedIn", places[0], state, sent)]
                continue
            if self.lexicon.noun_class(noun.text) != O and self.lexicon.role_of(noun.text) \
                    not in ("competitorOf", "partnerOf", "owns", "subsidiaryOf"):
                continue  # "der japanische Konzern X", "den südkoreanischen Konkurrenten X"
            orgs = []
            if noun.i in state.prefix_entity and fold(noun.text).split("-")[-1] not in self.lexicon.branch_nouns:
                orgs.append(state.prefix_entity[noun.i])  # (not "das Kiewer ORF-Büro": a site of the ORF)
            orgs += [org for org in self._names_after(noun, state) if not self._own_demonym(org, tok, sent, state)]
            for org in orgs:
                out += self._fact(org, "basedIn", places[0], state, sent)
        return out

    def _own_demonym(self, org: str, demonym: Token, sent: Span, state: _ArticleState) -> bool:
        """Whether a name listed after a demonym's noun has an adjective of origin of its
        own: "der chinesischen Behörde TENAA und der amerikanischen FCC" (the FCC is
        no Chinese body)."""
        first = next((t for t in sent if state.token_entity.get(t.i) == org and t.i > demonym.i), None)
        if first is None or first.i - 1 <= demonym.i:
            return False
        before = first.doc[first.i - 1]
        return before.pos_ == "ADJ" and self.lexicon.place_of_demonym(before.text, doc_text(state.doc)) is not None

    def _name_place_facts(self, sent: Span, state: _ArticleState) -> list[Fact]:
        """"die Universität Salzburg", "der Österreichische Naturschutzbund", "die Deutsche
        Bank": an organisation whose name ends in a place or opens with a country's
        adjective is based there (where the place is a node of the collection)."""
        out = []
        runs: list[list[Token]] = []
        for tok in sent:
            key = state.token_entity.get(tok.i)
            if key and runs and state.token_entity.get(runs[-1][-1].i) == key and runs[-1][-1].i == tok.i - 1:
                runs[-1].append(tok)
            elif key:
                runs.append([tok])
        for run in runs:
            org = state.token_entity[run[0].i]
            if len(run) < 2 or self.cls(org) != O:
                continue
            stated_seat = any(fold(t.text).startswith(("ansässig", "beheimatet")) for t in sent)
            country = (self.lexicon.country_by_demonym(run[0].text)
                       if run[0].text[:1].isupper() and not stated_seat else None) \
                or self.lexicon.country_by_name(run[-1].text)  # (not "die in London ansässige Syrische ...")
            label = country.label if country else run[-1].text
            if not country and label in german_nouns():
                continue  # "die Bad Bank": a noun, whatever else the collection made a place of
            place = next((k for k, e in self.resolution.by_key.items()
                          if e.cls == PL and e.label == label and k != org), None)
            if place:
                out += self._fact(org, "basedIn", place, state, sent)
        return out

    def _brand_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        """"Microsoft Edge", "Samsung Galaxy S6": a product named with its maker's
        name first was developed by that maker (where the maker is a node); so
        was one followed by "von" and an organisation ("das iPhone 6S von Apple")."""
        out = []
        for key in dict.fromkeys(state.token_entity[t.i] for t in sent if t.i in state.token_entity):
            entity = self.resolution.by_key[key]
            if entity.cls != "Product":
                continue
            words = entity.label.split(" ")
            maker = next((k for n in range(len(words) - 1, 0, -1) if not words[n].isdigit()  # not "Windows 10"
                          for k, e in self.resolution.by_key.items()
                          if e.cls == O and k != key and " ".join(words[:n]) in (e.label, *e.alt_labels)), None)
            if maker:
                out += self._fact(maker, "developed", key, state, sent)
        # "das iPhone 6S von Apple", "das Nexus 6P von Google": the maker right after the product
        doc = state.doc
        for tok in sent[:-2]:
            key = state.token_entity.get(tok.i)
            if key is None or self.cls(key) != PD or state.token_entity.get(tok.i + 1) == key \
                    or fold(doc[tok.i + 1].text) not in ("von", "vom"):
                continue
            at = tok.i + 3 if doc[tok.i + 2].pos_ == "DET" else tok.i + 2
            if at + 1 < sent.end and at not in state.token_entity and self.lexicon.noun_class(doc[at].text) == O \
                    and (doc[at].pos_ == "NOUN" or doc[at].tag_ == "NN"):
                at += 1  # "das Headset Oculus Rift von Facebook-Tochter Oculus VR": the firm the noun describes
            maker = state.token_entity.get(at) if at < sent.end else None
            if maker and maker != key and self.cls(maker) == O:
                out += self._fact(maker, "developed", key, state, sent)
        # "zwei neue Smartphones von Google – das Nexus 5X und das Nexus 6P": the products listed
        # after a product noun with its maker
        for tok in sent[:-4]:
            if tok.pos_ != "NOUN" or self.lexicon.noun_class(tok.text) != PD or fold(doc[tok.i + 1].text) != "von":
                continue
            at = tok.i + 3 if doc[tok.i + 2].pos_ == "DET" else tok.i + 2
            maker = state.token_entity.get(at)
            if maker is None or self.cls(maker) != O:
                continue
            after = at
            while after < sent.end and state.token_entity.get(after) == maker:
                after += 1
            if after >= sent.end - 1 or doc[after].text not in ("–", "—", ":"):
                continue
            listed_products = []
            for listed in sent[after + 1 - sent.start:]:
                key = state.token_entity.get(listed.i)
                if key is not None and self.cls(key) == PD:
                    listed_products.append(key)
                elif key is None and listed.pos_ not in ("DET", "ADJ", "CCONJ", "PUNCT"):
                    break
            for key in dict.fromkeys(listed_products):
                out += self._fact(maker, "developed", key, state, sent)
        # "Unter dem Namen Nexus Imprint liefert Google ...": the seller makes what it sells under a name
        for tok in sent[2:-1]:
            if fold(tok.text) != "namen" or fold(doc[tok.i - 2].text) != "unter":
                continue
            key = state.token_entity.get(tok.i + 1)
            if key is None or self.cls(key) != PD:
                continue
            verb = _governing_verb(tok)
            for maker in self._subjects_of(verb, state, si):
                if self.cls(maker) == O and maker != key:
                    out += self._fact(maker, "developed", key, state, sent)
        # "Apples iMessage": the maker's name in the genitive right before the product, or with
        # words that describe it between ("Apples derzeit größtes iPhone")
        for tok in sent[1:]:
            key = state.token_entity.get(tok.i)
            if key is None or self.cls(key) != PD or state.token_entity.get(tok.i - 1) == key:
                continue
            at = tok.i - 1
            while at > sent.start and tok.i - at <= 3 and at not in state.token_entity \
                    and doc[at].pos_ in ("ADJ", "ADV") and doc[at].text[:1].islower():
                at -= 1
            before = doc[at]
            if not before.text.endswith("s") or len(before.text) < 3 or not before.text[:1].isupper():
                continue
            maker = state.token_entity.get(before.i) or next(
                (k for k, e in self.resolution.by_key.items()
                 if e.cls == O and before.text[:-1] in (e.label, *e.alt_labels)), None)
            if maker and maker != key and self.cls(maker) == O:
                out += self._fact(maker, "developed", key, state, sent)
        # the maker named with its product also owns it: "Samsungs Galaxy S6" (the contract's cue
        # for owns: "Teslas Gigafactory") is Samsung's product as much as its work
        return [f for fact in out for f in (fact, *self._fact(fact.subject, "owns", fact.object, state, sent))]

    def _city_adjective_facts(self, sent: Span, state: _ArticleState) -> list[Fact]:
        """"die Wiener Anwaltskanzlei Lansky" (basedIn Wien), "am New Yorker Flughafen
        JFK" (locatedIn New York): a place adjective in -er before a name, where
        the place is named in the collection."""
        out = []
        doc = state.doc
        for tok in sent:
            place = self._place_of_adjective(tok)
            if not place:
                continue
            after = tok.i + 1
            while after < min(tok.i + 3, len(doc)) and doc[after].pos_ == "ADJ" and doc[after].text.islower():
                after += 1  # "der Wiener pennalen Burschenschaft Vandalia"
            if after < len(doc) and after not in state.token_entity and after not in state.prefix_entity \
                    and (doc[after].pos_ == "NOUN" or is_noun_form(doc[after].text)):
                after += 1  # one descriptor noun between: "Wiener Anwaltskanzlei Lansky"
            if tok.i in state.token_entity:  # the adjective opens the name: "Wiener Austria Center"
                named = state.token_entity[tok.i]
                rest = fold(self.resolution.by_key[named].label).split()[1:]
                body = rest and (rest[-1] in self.lexicon.facility_nouns or self.lexicon.institution(rest[-1]))
                if not rest or (any(is_noun_form(w.capitalize()) for w in rest) and not body):
                    continue  # "Pariser Anschläge": an event, not something based there (but
                    # "Salzburger Flughafen", "Moskauer Außenministerium" are)
            elif after in state.prefix_entity and self.lexicon.role_of(doc[after].text.rpartition("-")[2]):
                # "die Wiener Unicredit-Tochter Bank Austria": the daughter is in Wien, not Unicredit
                named = state.token_entity.get(after + 1)
            elif after in state.prefix_entity and fold(doc[after].text).split("-")[-1] in self.lexicon.branch_nouns:
                continue  # "des Wiener ORF-Korrespondentenbüros": a site of the ORF, not its seat
            elif after < len(doc) and after not in state.prefix_entity and self.lexicon.role_of(doc[after].text):
                continue  # "Der Wiener Kommunikationsberater Yussi Pick": a role, whatever the NER made of it
            else:
                named = state.token_entity.get(after) or state.prefix_entity.get(after)
            if not named or named == place:
                continue
            words = self.resolution.by_key[named].label.split()
            if len(words) > 1 and words[0] != tok.text and words[0][:1].isupper() and words[0].endswith("er") \
                    and getattr(self.resolution.by_key.get(resolution_key(words[0][:-2])), "cls", None) == PL:
                continue  # "die Grazer SPÖ" in an article on "der Salzburger SPÖ": another branch, not this one
            if after == tok.i + 1 and named in self._branched_names:
                continue  # "die Grazer SPÖ" where the collection names "die Salzburger SPÖ": a branch's place
            if self.cls(named) == O:
                out += self._fact(named, "basedIn", place, state, sent)
            elif self.cls(named) == PL:
                out += self._fact(named, "locatedIn", place, state, sent)
        return out

    @functools.cached_property
    def _branched_names(self) -> frozenset[str]:
        """Entities the collection also names with a place's adjective in front, as an
        entity of its own: the SPÖ where "Salzburger SPÖ" is one (a party's branches)."""
        labels = {e.label: k for k, e in self.resolution.by_key.items()}
        return frozenset(labels[words[1]] for e in self.resolution.by_key.values()
                         for words in [e.label.split()] if len(words) == 2 and words[1] in labels
                         and words[0][:1].isupper() and words[0].endswith("er") and e.cls == O)

    def _place_of_adjective(self, tok: Token) -> str | None:
        """Entity key of the place a capitalised -er adjective is formed from
        ("Wiener" -> Wien, "New Yorker" -> New York), if the collection names it."""
        text = tok.text
        if len(text) < 5 or not text.endswith("er") or not text[:1].isupper() or tok.i == tok.sent.start:
            return None
        candidates = [text[:-2]]
        if text[:-2].endswith("n") and not text[:-2].endswith("en"):
            candidates.append(text[:-3] + "en")  # "Bozner" of Bozen, "Dresdner" of Dresden
        if tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper():
            candidates.insert(0, f"{tok.doc[tok.i - 1].text} {text[:-2]}")  # "New Yorker"
        for name in candidates:
            entity = self.resolution.by_key.get(resolution_key(name))
            if entity and entity.cls == PL:
                return entity.key
        return None

    def _party_after_person(self, tok: Token, state: _ArticleState) -> bool:
        """A bracketed organisation right after a person's name: "Gerald Klug (SPÖ)"
        names his party, not a second target."""
        before = tok.i - 2
        return tok.i in state.token_entity and self.cls(state.token_entity[tok.i]) == O \
            and before >= 0 and tok.doc[tok.i - 1].text == "(" and before in state.token_entity \
            and self.cls(state.token_entity[before]) == P

    @staticmethod
    def _bracketed(tok: Token) -> bool:
        """Inside brackets in its sentence: "United Internet (1&1, GMX, Web.de)" names
        the company, not its brands, as the one being written about."""
        for t in reversed(tok.doc[tok.sent.start:tok.i]):
            if t.text in ("(", ")"):
                return t.text == "("
        return False

    def _led_under_facts(self, sent: Span, state: _ArticleState) -> list[Fact]:
        """"Der Front National unter Marine Le Pen", "die ÖVP unter Parteichef
        Mitterlehner", "die Expertengruppe unter (der) Leitung von X": the
        organisation right before "unter" is led by the person after it (not "unter
        Pröll als Landesgeschäftsführerin", where the person is someone's superior)."""
        out = []
        doc = sent.doc
        for tok in sent:
            if fold(tok.text) != "unter" or tok.i == sent.start or tok.i + 1 >= sent.end:
                continue
            org = state.token_entity.get(tok.i - 1)
            if not org or self.cls(org) != O:
                continue
            first = tok.i - 1
            while first > sent.start and state.token_entity.get(first - 1) == org:
                first -= 1
            if first - 2 >= sent.start and fold(doc[first - 1].text) in ("der", "des") and doc[first - 2].pos_ == "NOUN":
                continue  # "eine Expertengruppe der Caritas unter Leitung von X": the group's head, not the Caritas'
            j = tok.i + 1
            if fold(doc[j].text) in ("der", "dem") and j + 1 < sent.end:
                j += 1
            if fold(doc[j].text) in _LEADERSHIP_NOUNS and j + 2 < sent.end and fold(doc[j + 1].text) in ("von", "des"):
                j += 2  # "unter (der) Leitung von X", "unter dem Vorsitz des X"
            elif j != tok.i + 1:
                continue
            while j < sent.end and j not in state.token_entity and doc[j].pos_ == "NOUN" \
                    and (self.lexicon.role_of(doc[j].text) or self.lexicon.person_title(doc[j].text)):
                j += 1  # "unter Parteichef Mitterlehner"
            person = state.token_entity.get(j)
            if not person or self.cls(person) != P:
                continue
            end = j
            while end + 1 < sent.end and state.token_entity.get(end + 1) == person:
                end += 1
            if end + 1 < sent.end and fold(doc[end + 1].text) == "als":
                continue
            out += self._fact(person, "leads", org, state, sent)
        return out

    def _bracketed_brand_facts(self, sent: Span, state: _ArticleState) -> list[Fact]:
        """"United Internet (1&1, GMX, Web.de)": two or more names in brackets right
        after a company are its brands and firms (owns). One name there is a short
        form or a ticker ("Flughafen Wien AG (VIE)") and says nothing."""
        out = []
        doc = state.doc
        for tok in sent:
            if tok.text != "(" or tok.i == 0 or state.token_entity.get(tok.i - 1) is None:
                continue
            owner = state.token_entity[tok.i - 1]
            close = next((t.i for t in doc[tok.i + 1:min(tok.i + 16, sent.end)] if t.text == ")"), None)
            if close is None or self.cls(owner) != O:
                continue
            inside = doc[tok.i + 1:close]
            if any(not (t.i in state.token_entity or t.text in (",", "und", "sowie")) for t in inside):
                continue  # "(30 Prozent)", "(SPÖ)": not a list of names
            names = list(dict.fromkeys(state.token_entity[t.i] for t in inside if t.i in state.token_entity))
            if len(names) >= 2:
                for name in names:
                    if name != owner:
                        out += self._fact(owner, "owns", name, state, sent)
        return out

    def _place_noun(self, word: str) -> bool:
        """A noun for a kind of place, compounds too: "Halbinsel", "Hafenstadt", "Bundesstaat"."""
        folded = fold(word).split("-")[-1]
        return self.lexicon.noun_class(word) == PL or any(
            folded.endswith(n) and len(n) >= 5 for n in self.lexicon.region_nouns)

    def _region_with_article(self, im: Token) -> bool:
        """Whether "im" is followed by a country or region of the table that takes an article:
        "Hebron im Westjordanland", "Mossul im Irak" (after "im", other names are too often
        a building or a month to read as a place that holds the one before)."""
        nxt = im.doc[im.i + 1]
        return fold(im.text) == "im" and nxt.pos_ == "PROPN" and self.lexicon.country_by_name(nxt.text) is not None

    def _located_in_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        """"die Gigafactory in Shanghai": a place, "in", another place; "auf der Handalm
        im Bezirk Deutschlandsberg", "in Chappaqua im Bundesstaat New York": a place, an
        administrative unit, another place; "nach Ulm (Deutschland)": a place in brackets
        after a place or an organisation; "In Bolivien will er in Santa Cruz eine Messe
        halten": a town after a country the sentence opens with."""
        out = []
        doc = sent.doc
        country = state.token_entity.get(sent.start + 1) if len(sent) > 3 and fold(sent[0].text) == "in" else None
        if country and self.cls(country) == PL and self.lexicon.country_by_name(doc[sent.start + 1].text):
            for tok in sent[2:-1]:
                if tok.is_punct:
                    break  # only in the clause the country opens: not "In Tirol ..., zudem präsent in Wien"
                town = state.token_entity.get(tok.i + 1)
                if fold(tok.text) == "in" and town and town != country and self.cls(town) == PL \
                        and doc[tok.i + 1].tag_ == "NE" and doc[tok.i + 1].text not in corpus_nouns() \
                        and not self.lexicon.country_by_name(doc[tok.i + 1].text):
                    out += self._fact(town, "locatedIn", country, state, sent)
        for tok in sent:
            if tok.text == "(" and tok.i > 0 and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")":
                a, b = state.token_entity.get(tok.i - 1), state.token_entity.get(tok.i + 1)
                if a and b and a != b and self.cls(b) == PL and self.cls(a) in (PL, O):
                    out += self._fact(a, "locatedIn" if self.cls(a) == PL else "basedIn", b, state, sent)
                continue
            if fold(tok.text) == "aus" and tok.i > 0:
                out += self._origin_facts(tok, state, sent, si)
                continue
            if fold(tok.text) in self.lexicon.place_group_nouns:
                out += self._listed_places_facts(tok, state, sent)
                continue
            if tok.i >= sent.start + 3 and tok.i + 1 < sent.end and tok.pos_ == "NOUN" \
                    and doc[tok.i - 1].pos_ == "DET" and doc[tok.i - 2].text == "," and self._place_noun(tok.text):
                # "nahe Maimana, der Hauptstadt der Provinz Faryab", "Kiew, die Hauptstadt der Ukraine":
                # the place set off before the noun lies in the place of its genitive
                at = tok.i + 1
                genitive = fold(doc[at].text) in ("der", "des")
                at += genitive
                if not genitive and fold(doc[at].text) in ("in", "im") and at + 1 < sent.end:
                    # "in Keldale, einem Dorf im englischen Yorkshire": the place it lies in
                    at += 1 + (fold(doc[at].text) == "in" and fold(doc[at + 1].text) in ("der", "dem"))
                    while at + 1 < sent.end and doc[at].pos_ == "ADJ" and doc[at].text[:1].islower():
                        at += 1
                    genitive = True
                if at + 1 < sent.end and fold(doc[at].text) in self.lexicon.region_nouns:
                    at += 1
                part, whole = state.token_entity.get(tok.i - 3), state.token_entity.get(at)
                if part and whole and part != whole and self.cls(part) == PL and self.cls(whole) == PL \
                        and (genitive or doc[at].text.endswith("s")):
                    out += self._fact(part, "locatedIn", whole, state, sent)
                continue
            if tok.i > sent.start and tok.i + 1 < sent.end and doc[tok.i - 1].text.endswith("s") \
                    and tok.pos_ == "NOUN" and self._place_noun(tok.text):
                # "Ägyptens Hauptstadt Kairo", "Syriens zweitgrößte Stadt Aleppo"
                whole, part = state.token_entity.get(tok.i - 1), state.token_entity.get(tok.i + 1)
                if whole and part and whole != part and self.cls(whole) == PL and self.cls(part) == PL:
                    out += self._fact(part, "locatedIn", whole, state, sent)
                continue
            if fold(tok.text) in ("der", "des") and tok.i > sent.start and tok.pos_ == "DET":
                # "dem Einwandererviertel Jardins der korsischen Hauptstadt Ajaccio": a place and the
                # place noun of another in the genitive
                part, at = state.token_entity.get(tok.i - 1), tok.i + 1
                while at < sent.end - 1 and doc[at].pos_ == "ADJ" and doc[at].text[:1].islower():
                    at += 1
                whole = state.token_entity.get(at + 1) if at < sent.end - 1 and self._place_noun(doc[at].text) else None
                if part and whole and part != whole and self.cls(part) == PL and self.cls(whole) == PL:
                    out += self._fact(part, "locatedIn", whole, state, sent)
                continue
            if fold(tok.text) not in ("in", "im") or tok.i == 0 or tok.i + 1 >= len(tok.doc):
                continue
            last = tok.i - 1
            if tok.i >= 4 and doc[tok.i - 1].text == ")" and doc[tok.i - 3].text == "(" \
                    and state.token_entity.get(tok.i - 2) in (None, state.token_entity.get(tok.i - 4)) \
                    and self._after_preposition(tok.i - 4, state):
                last = tok.i - 4  # "an der Sigmund-Freud-Privatuniversität (SFU) in Wien": past its short form
                # (not "hat die Flughafen Wien AG (VIE) in New York geklagt": where it was sued)
            elif tok.i >= 4 and doc[tok.i - 1].text == ")" and doc[tok.i - 3].text == "(" \
                    and state.token_entity.get(tok.i - 4) is None and state.token_entity.get(tok.i - 2) \
                    and self.cls(state.token_entity[tok.i - 2]) == O and self._spelled_out_after_article(tok.i - 4, sent):
                last = tok.i - 2  # "des Instituts für Nationales Gedenken (IPN) in Warschau": a name only its short form gave
                b = state.token_entity.get(tok.i + 1)
                if b and self.cls(b) == PL:
                    out += self._fact(state.token_entity[last], "basedIn", b, state, sent)
                continue
            a = state.token_entity.get(last)
            if a and self.cls(a) == PL and fold(tok.text) == "im" and tok.i + 2 < len(doc) \
                    and fold(doc[tok.i + 1].text) in self.lexicon.compass_nouns:
                # "Cizre im Südosten der Türkei", "Aleppo im Norden Syriens"
                at = tok.i + 3 if fold(doc[tok.i + 2].text) in ("der", "des") else tok.i + 2
                whole = state.token_entity.get(at)
                if whole and whole != a and self.cls(whole) == PL:
                    out += self._fact(a, "locatedIn", whole, state, sent)
                continue
            unit = region_unit_after(tok.doc, tok.i, self.lexicon)
            if unit is not None and doc[tok.i - 1].pos_ == "NOUN" \
                    and any(t.pos_ == "ADJ" for t in doc[tok.i + 1:unit]):
                continue  # "Missstände in der verschuldeten Gemeinde Rom": a common noun the NER took for a place
            b = state.token_entity.get(unit if unit is not None else tok.i + 1) \
                if unit is not None or fold(tok.text) == "in" or self._region_with_article(tok) else None
            if a and b and a != b and self.cls(a) == PL and self.cls(b) == PL:
                out += self._fact(a, "locatedIn", b, state, sent)
            elif a and b and a != b and self.cls(a) == O and self.cls(b) == PL and unit is None \
                    and self._organisation_in_place(last, a, state):
                out += self._fact(a, "basedIn", b, state, sent)
        return out

    def _listed_places_facts(self, noun: Token, state: _ArticleState, sent: Span) -> list[Fact]:
        """"die fünf größten Städte Österreichs – Salzburg, Graz und Linz –": the places
        listed after a plural place noun and a place in the genitive lie in that place."""
        doc = noun.doc
        region = state.token_entity.get(noun.i + 1)
        if region is None or self.cls(region) != PL:
            return []
        i = noun.i + 1
        while i + 1 < sent.end and state.token_entity.get(i + 1) == region:
            i += 1  # to the end of the region's name
        if i + 2 >= sent.end or doc[i + 1].text not in ("–", "—", "-", ":", ",", "(") \
                or (i + 2) not in state.token_entity:
            return []
        places = [k for k in self._listed_names(i + 2, state) if k != region]
        if len(places) < 2 or any(self.cls(k) != PL for k in places):
            return []  # a list of places, not "Städte Österreichs, sagte X"
        return [f for k in places for f in self._fact(k, "locatedIn", region, state, sent)]

    @staticmethod
    def _after_preposition(last: int, state: _ArticleState) -> bool:
        """Whether the name ending at token ``last`` follows a preposition and an
        article ("an der Sigmund-Freud-Privatuniversität") or a genitive article
        ("nach Erkenntnissen des Instituts für Nationales Gedenken")."""
        first = last
        while first > 0 and state.token_entity.get(first - 1) == state.token_entity.get(last):
            first -= 1
        if first >= 1 and fold(state.doc[first - 1].text) in ("des", "eines"):
            # not "auf dem 32C3-Kongress des Chaos Computer Clubs (CCC) in Hamburg": where the event was
            return first < 2 or not fold(state.doc[first - 2].text).endswith(_EVENT_NOUNS)
        return first >= 2 and state.doc[first - 1].pos_ == "DET" and state.doc[first - 2].pos_ == "ADP"

    @staticmethod
    def _spelled_out_after_article(last: int, sent: Span) -> bool:
        """Whether the words up to token ``last`` are a spelled-out name after a
        genitive article or a preposition and an article ("des Instituts für
        Nationales Gedenken", "an der Universität für Bodenkultur")."""
        doc, first = sent.doc, last
        while first > sent.start and first > last - 8 and doc[first].pos_ != "DET":
            first -= 1
        if doc[first].pos_ != "DET" or first == last:
            return False
        if not all(t.text[:1].isupper() or fold(t.text) in ("für", "der", "des", "und", "von") for t in doc[first + 1:last + 1]):
            return False
        if fold(doc[first].text) in ("des", "eines"):
            return first == sent.start or not fold(doc[first - 1].text).endswith(_EVENT_NOUNS)
        return first > sent.start and doc[first - 1].pos_ == "ADP"

    @staticmethod
    def _organisation_in_place(last: int, org: str, state: _ArticleState) -> bool:
        """"von der Cosa Nostra in Sizilien": "in" and a place right after an
        organisation's name (its last token at ``last``) that follows an article
        (however the parse attached the phrase); not what an organisation has or
        does somewhere ("der Umsatz von Siemens in China", "Apple investiert in
        Irland": no article)."""
        doc = state.doc
        first = last
        while first > 0 and state.token_entity.get(first - 1) == org:
            first -= 1
        before = doc[first - 1] if first > 0 else None
        return before is not None and before.pos_ == "DET" and before.tag_ == "ART"

    def _origin_facts(self, aus: Token, state: _ArticleState, sent: Span, si: int) -> list[Fact]:
        """"Der Stahlkonzern Voestalpine aus Linz", "Audi aus dem bayerischen
        Ingolstadt": an organisation's name right before "aus" and a place is
        based there; so is the one a definite company noun points back to ("das
        Unternehmen aus Montabaur", "gegen den Konzern aus Cupertino"). Not after
        "von" ("Smartphones von Samsung aus China": where the goods come from) nor
        before a verb particle ("zog sich aus X zurück")."""
        doc = aus.doc
        org = state.token_entity.get(aus.i - 1)
        before = doc[aus.i - 1]
        if org is None and before.i in state.prefix_entity and self.lexicon.noun_class(before.text) == O:
            org = state.prefix_entity[before.i]  # "die Wendel-Gruppe aus Frankreich"
        elif org is None and before.pos_ == "NOUN" and "-" not in before.text \
                and self.lexicon.generic_organization_noun(before.text):
            org = self._described_entity(before, state, si, O)
        if not org or self.cls(org) != O or aus.head.i == aus.i:
            return []
        first = aus.i - 1
        while first > sent.start and state.token_entity.get(first - 1) == org:
            first -= 1
        if first > sent.start and fold(doc[first - 1].text) in ("von", "vom"):
            return []
        j = aus.i + 1
        while j < sent.end and (doc[j].pos_ == "DET" or (doc[j].pos_ == "ADJ" and doc[j].text[:1].islower())):
            j += 1  # "aus dem bayerischen Ingolstadt": the town, not the region of the adjective
        place = state.token_entity.get(j)
        if not place or self.cls(place) != PL:
            return []
        # "zog sich aus X zurück": "aus" belongs to the verb; not "Die Huber GmbH aus Linz meldete
        # Insolvenz an", where the parse hangs the place on the name
        on_name = first <= aus.head.head.i < aus.i and aus.head.dep_ in ("nmod", "appos")
        if not on_name and any(c.dep_ == "compound:prt" for c in _governing_verb(aus).children):
            return []
        return self._fact(org, "basedIn", place, state, sent)

    def _seat_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        """"Voestalpine mit Sitz in Linz", "der in München ansässige Konzern
        Siemens", "Siemens ist in München beheimatet": the organisation is based
        in the place, however the parse attached the phrase."""
        out = []
        doc = sent.doc
        seat_nouns = {n for n, cue in self.lexicon.noun_cues.items() if cue.predicate == "basedIn"}
        for tok in sent:
            if fold(tok.text) in seat_nouns and tok.i > sent.start and fold(doc[tok.i - 1].text) == "mit":
                place = self._place_after_in(tok.i + 1, sent, state)
                org = next((state.token_entity[i] for i in range(tok.i - 2, max(sent.start, tok.i - 5) - 1, -1)
                            if i in state.token_entity), None)
                described = tok.i - 5 >= sent.start and self.lexicon.noun_class(doc[tok.i - 2].text) == O \
                    and doc[tok.i - 3].pos_ == "DET" and doc[tok.i - 4].text == ","
                if described:  # "die Brookings Institution, eine Denkfabrik mit Sitz in X"
                    org = state.token_entity.get(tok.i - 5) or org
                    if tok.i - 5 not in state.token_entity and doc[tok.i - 5].pos_ == "NOUN":
                        org = state.token_entity.get(tok.i - 6) or org  # the NER's name lacks "Institution"
                if org and place and self.cls(org) == O:
                    out += self._fact(org, "basedIn", place, state, sent)
            elif fold(tok.lemma_ or tok.text) in ("ansässig", "beheimatet", "angesiedelt") \
                    or fold(tok.text).startswith(("ansässig", "beheimatet")):
                place = next((k for i in range(max(sent.start, tok.i - 6), tok.i) if fold(doc[i].text) in _SEAT_PREPS
                              for k in [self._place_after_in(i, sent, state)] if k), None)
                if place is None:
                    continue
                if tok.dep_ in ("amod", "acl") and tok.head.i > tok.i:  # "der in München ansässige Konzern X"
                    orgs = self.referents(tok.head, state, si)
                else:  # "Siemens ist in München ansässig"
                    orgs = self._subjects_of(_governing_verb(tok) if tok.pos_ != "ADJ" or tok.dep_ != "ROOT" else tok,
                                             state, si)
                out += [f for org in orgs if self.cls(org) == O for f in self._fact(org, "basedIn", place, state, sent)]
        return out

    def _place_after_in(self, i: int, sent: Span, state: _ArticleState) -> str | None:
        """The place named after "in"/"im"/"auf" at token ``i`` ("in Linz", "im
        oberösterreichischen Leonding", "in der Stadt Graz", "auf den Bahamas")."""
        doc = sent.doc
        if i >= sent.end or fold(doc[i].text) not in _SEAT_PREPS:
            return None
        j = i + 1
        while j < sent.end and (doc[j].pos_ == "DET" or (doc[j].pos_ == "ADJ" and doc[j].text[:1].islower())
                                or (self._place_noun(doc[j].text) and j not in state.token_entity)):
            j += 1
        key = state.token_entity.get(j)
        return key if key and self.cls(key) == PL else None

    def _lies_in_facts(self, sent: Span, si: int, state: _ArticleState) -> list[Fact]:
        """"Die Stadt Salzburg liegt in Österreich", "X befindet sich im Bezirk Y":
        a place that is the subject of "liegen"/"sich befinden" is located in the
        place after "in"."""
        out = []
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX") or fold(verb.lemma_) not in ("liegen", "befinden"):
                continue
            places = [k for c in verb.children if self._preposition(c) in ("in", "im")
                      for k in self.referents(c, state, si) if self.cls(k) == PL]
            # the subject is the place itself ("Die Stadt Salzburg"), not a thing of it ("Das Werk von Opel")
            subjects = [k for c in verb.children if c.dep_ in _SUBJ
                        and (c.i in state.token_entity or self.lexicon.noun_class(c.text) == PL)
                        for k in self.referents(c, state, si) if self.cls(k) == PL]
            out += [f for subject in subjects for place in places
                    for f in self._fact(subject, "locatedIn", place, state, sent)]
        return out

    # --- attributes ----------------------------------------------------------------

    def _amounts(self, sent: Span) -> list[tuple[Decimal, str | None, Token]]:
        """(value, currency or None, number token) for each number in the sentence."""
        out = []
        toks = list(sent)
        for i, tok in enumerate(toks):
            value = parse_number(tok.text)
            if value is None:
                continue
            j = i + 1
            if j < len(toks) and fold(toks[j].text).rstrip(".") in self.lexicon.scales:
                value *= self.lexicon.scales[fold(toks[j].text).rstrip(".")]
                j += 1
            currency = None
            if j < len(toks) and fold(toks[j].text) in self.lexicon.currencies:
                currency = self.lexicon.currencies[fold(toks[j].text)]
                j += 1
            elif i > 0 and toks[i - 1].text in ("$", "€", "£"):
                currency = self.lexicon.currencies[toks[i - 1].text]
            out.append((value, currency, toks[j] if j < len(toks) else tok))
        return out

    def _article_entities(self, state: _ArticleState, cls: str) -> list[str]:
        seen = []
        for _, key in state.mentions:
            if self.cls(key) == cls and key not in seen:
                seen.append(key)
        return seen

    def _attributes(self, state: _ArticleState, facts: list[Fact]) -> list[Attribute]:
        out = []
        projects = self._article_entities(state, PJ)
        for si, sent in enumerate(state.doc.sents):
            evidence = " ".join(sent.text.split())
            in_sent = [state.token_entity[t.i] for t in sent if t.i in state.token_entity]
            sent_projects = [k for k in in_sent if self.cls(k) == PJ]
            target = sent_projects[0] if sent_projects else (projects[0] if len(projects) == 1 else None)
            words = {fold(t.text) for t in sent} | {fold(t.lemma_) for t in sent}
            for value, currency, after in self._amounts(sent):
                if currency and target and (words & self.lexicon.investment_cues) and value >= 1_000_000:
                    out.append(Attribute(target, "investment", str(value.normalize().quantize(Decimal(1))),
                                         currency, state.article, evidence))
                if currency is None and fold(after.text) in self.lexicon.jobs_nouns and target \
                        and value == value.to_integral_value() and value >= 10:
                    out.append(Attribute(target, "jobs", str(int(value)), None, state.article, evidence))
            if words & self.lexicon.founding_cues:
                years = [t.text for t in sent if _YEAR.match(t.text)]
                founded_orgs = [f.object for f in facts if f.predicate == "founded" and f.evidence == evidence]
                orgs = founded_orgs or [k for k in in_sent if self.cls(k) == O] or [
                    k for t in sent if t.dep_ in _SUBJ for k in self.referents(t, state, si) if self.cls(k) == O]
                if len(set(years)) == 1 and len(set(orgs)) == 1:
                    out.append(Attribute(orgs[0], "foundingDate", years[0], None, state.article, evidence))
        return out

    # --- claims ------------------------------------------------------------------------

    def _claims(self, state: _ArticleState) -> list[Claim]:
        claims: list[Claim] = []
        sents = list(state.doc.sents)
        lead_in: tuple[str, Span] | None = None  # "Die Reaktion der Flughafen Wien AG:" before its statement
        last_speaker: tuple[int, str] | None = None  # (sentence index, speaker) of the last reported speech
        for si, sent in enumerate(sents):
            speaker, about = self._speech(sent, si, state)
            evidence = " ".join(sent.text.split())
            if not speaker and lead_in:
                speaker = lead_in[0]
                about = [state.token_entity[t.i] for t in sent if t.i in state.token_entity]
                evidence = " ".join(f"{lead_in[1].text} {sent.text}".split())
            if not speaker and last_speaker and si - last_speaker[0] <= 2 and self._konjunktiv(sent):
                # indirect speech goes on without a new verb of saying: "Here sei eine Alternative, ..."
                speaker = last_speaker[1]
                about = [state.token_entity[t.i] for t in sent if t.i in state.token_entity]
            lead_in = self._lead_in(sent, state)
            if speaker:
                last_speaker = (si, speaker)
            if not speaker:
                continue
            text = self._quoted(sent) or evidence
            folded = fold(evidence)
            rebuttal = any(cue in folded for cue in self.lexicon.dispute_cues)
            earlier = [c for c in claims if c.claimant != speaker]
            if rebuttal and earlier:
                target = earlier[-1]
                claims[claims.index(target)] = Claim(target.claimant, target.about, target.text,
                                                     tuple(sorted(set(target.disputed_by) | {speaker})),
                                                     target.article, target.evidence)
                continue
            if len(re.findall(r"\w+", text)) < 3:
                continue  # "Musk: \"" — a headline cut at its colon says nothing yet
            about = [k for k in about if k != speaker]
            if not about and claims and claims[-1].claimant == speaker:
                continue
            if not about and si > 0 and fold(sent[0].text) in _ANAPHORIC_OPENERS:
                # "Das ist letztklassig, meint Schatz": about what the sentence before named
                about = [state.token_entity[t.i] for t in sents[si - 1] if t.i in state.token_entity]
                about = [k for k in about if k != speaker]
            if not about:
                # "Sie haben das Geld nicht": about what the next sentence names
                nxt = sents[si + 1] if si + 1 < len(sents) else None
                about = [state.token_entity[t.i] for t in nxt if t.i in state.token_entity] if nxt else []
                about = [k for k in about if k != speaker]
            if about:
                claims.append(Claim(speaker, tuple(sorted(set(about))), text, (), state.article, evidence))
        return claims

    def _konjunktiv(self, sent: Span) -> bool:
        """Konjunktiv I, the mood of reported speech: "habe", "sei", "gebe"."""
        return any(("Mood=Sub" in str(t.morph) or fold(t.text) in self.lexicon.konjunktiv_forms)
                   for t in sent if t.pos_ in ("AUX", "VERB"))

    def _lead_in(self, sent: Span, state: _ArticleState) -> tuple[str, Span] | None:
        """(speaker, sentence) for a verbless sentence that ends in a colon and
        names a person or organisation: "Die Reaktion der Flughafen Wien AG:"."""
        last = [t for t in sent if not t.is_space]
        if not last or last[-1].text != ":" or any(t.pos_ in ("VERB", "AUX") for t in sent):
            return None
        named = [state.token_entity[t.i] for t in sent if t.i in state.token_entity
                 and self.cls(state.token_entity[t.i]) in (P, O)]
        return (named[-1], sent) if named else None

    def _speech(self, sent: Span, si: int, state: _ArticleState) -> tuple[str | None, list[str]]:
        """Speaker and the entities of what they said, for reported speech."""
        has_quote = any(t.text in "«»„“”\"" for t in sent)
        konjunktiv = self._konjunktiv(sent)
        colon = next((t.i for t in sent if t.text == ":"), None)
        statement = state.doc[colon + 1:sent.end] if colon is not None else None
        if colon is not None and colon < sent.end - 1 \
                and not any(t.pos_ in ("VERB", "AUX") for t in state.doc[sent.start:colon]) \
                and (any(t.text in "«»„“”\"" or fold(t.text) in _FIRST_PERSON for t in statement)
                     or self._konjunktiv(statement)):
            # "Musk: „Sie haben das Geld nicht“" - but not a topic headline, "Trump: Beziehung kriegt Risse"
            # a verbless lead-in names the speaker: "Die Reaktion der Flughafen Wien AG: Man weise ... zurück"
            named = [state.token_entity[i] for i in range(sent.start, colon) if i in state.token_entity
                     and self.cls(state.token_entity[i]) in (P, O)]
            if named:
                about = [state.token_entity[t.i] for t in state.doc[colon:sent.end]
                         if t.i in state.token_entity and state.token_entity[t.i] != named[-1]]
                return named[-1], list(dict.fromkeys(about))
        for tok in sent:  # "..., so Vorstandssprecher Christian Purrer: ..."
            if fold(tok.text) == "so" and tok.i > sent.start and tok.doc[tok.i - 1].text == ",":
                named = next((state.token_entity[t.i] for t in tok.doc[tok.i + 1:min(tok.i + 4, sent.end)]
                              if t.i in state.token_entity), None)
                if named and self.cls(named) in (P, O):
                    about = [state.token_entity[t.i] for t in sent
                             if t.i in state.token_entity and state.token_entity[t.i] != named]
                    return named, list(dict.fromkeys(about))
        for tok in sent:  # "laut Hochegger", "dem Sprecher zufolge"
            if fold(tok.text) in self.lexicon.source_preps:
                sources = [k for k in self.referents(tok.head if tok.dep_ == "case" else tok, state, si)
                           if self.cls(k) in (P, O)]
                if sources:
                    about = [state.token_entity[t.i] for t in sent
                             if t.i in state.token_entity and state.token_entity[t.i] != sources[0]]
                    return sources[0], list(dict.fromkeys(about))
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and self._verb_lemma(t) in self.lexicon.speech_verbs]
        # ", sagte Rubio" / "Rubio sagte: ..." mark reported speech where the quotes were lost
        framed = any(v.i > sent.start and v.doc[v.i - 1].text in ",:" or
                     any(t.text == ":" for t in v.doc[v.i + 1:sent.end]) or
                     any(fold(t.text) == "wie" and t.doc[t.i - 1].text == "," for t in v.doc[sent.start + 1:v.i])
                     for v in verbs)  # ", wie die Gründer ... sagten"
        if not (has_quote or konjunktiv or framed):
            return None, []
        # A verb of saying beats one of believing ("X habe an Y geglaubt, schrieb Z"),
        # and a named speaker beats a pronoun ("Musk spottete, er wisse ...").
        subjects = sorted(((c, v) for v in verbs for c in v.children if c.dep_ in _SUBJ),
                          key=lambda cv: (self._verb_lemma(cv[1]) in _BELIEF_VERBS, cv[0].pos_ == "PRON", cv[0].i))
        for child, _verb in subjects:
            refs = [k for k in self.referents(child, state, si) if self.cls(k) in (P, O)]
            if refs:
                speaker = refs[0]
                # where it was said is not what it is about: "sagte Rubio bei CNN"
                venue = {t.i for c in _verb.children if c.dep_ in _OBL and self._preposition(c) in _VENUE_PREPS
                         for t in c.subtree}
                about = [state.token_entity[t.i] for t in sent
                         if t.i in state.token_entity and state.token_entity[t.i] != speaker
                         and not (child.left_edge.i <= t.i <= child.right_edge.i) and t.i not in venue]
                for t in sent:  # "Ich wäre nicht die richtige Wahl für ihn, sagte Rubio"
                    # (not a subject: "Das wisse er aus guter Quelle, behauptete Musk" is Musk himself)
                    if t.pos_ == "PRON" and fold(t.text) in _MALE_PRONOUNS and t.i not in venue and t.dep_ not in _SUBJ \
                            and not (child.left_edge.i <= t.i <= child.right_edge.i):
                        other = self._last_person(state, t.idx, si, exclude={speaker})
                        if other:
                            about.append(other)
                return speaker, list(dict.fromkeys(about))
        return None, []

    @staticmethod
    def _quoted(sent: Span) -> str | None:
        """The longest quotation in the sentence (a quoted name is shorter than what was said)."""
        quotes = [m.group(1).strip() for m in re.finditer(r"[«„“\"]([^«»„“”\"]{8,})[»“”\"]", sent.text)]
        return max(quotes, key=len) if quotes else None
