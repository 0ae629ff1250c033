"""Language pipeline stage: load the German spaCy pipeline kg ships with.

The default pipeline is package data (``kg/models/de_kg``), trained by
``python -m kg.train`` from the open corpora; nothing is ever downloaded.
"""
from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

import spacy
from spacy.language import Language

from kg.errors import ModelNotFound
from kg.names import PERSON_NAMES

log = logging.getLogger(__name__)

SENTENCE_HINTS = "kg_sentence_hints"
_CLOSING_QUOTES = {"“", "”", "\"", "»", "«", "'", "’"}


@Language.component(SENTENCE_HINTS, assigns=["token.is_sent_start"])
def sentence_hints(doc):
    """Sentence starts the parser misses, set before it runs.

    A line break ends a sentence: headlines, bylines and list items have no
    final period, and the parser would otherwise run them into the next line.
    A capitalised word after a closing quote that follows . ! or ? starts one:
    ``… wirst.“ Damit referiert Altman``. A dateline ends at its dash:
    ``Wien/Graz – Schirnhofer hat …``; run into the sentence, the place
    becomes the root of a wrong parse.

    And no sentence starts inside a line after a word: the parser, left to
    itself, ends "Samsung und Apple | sind erbitterte Konkurrenten." after
    the subject and parses both halves wrong.
    """
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        if is_dateline(doc, token.i):
            nxt.is_sent_start = True
        elif token.i > 0 and doc[token.i - 1].text in (".", "!", "?") and token.is_alpha \
                and token.text[:1].isupper() and token.text not in _SENTENCE_OPENERS \
                and token.tag_ not in _FUNCTION_TAGS and nxt.text in _SENTENCE_OPENERS:
            nxt.is_sent_start = True  # a subheading run into the text: "... Verschwiegenheitspflichten Auch der"
        elif re.fullmatch(r"[A-Z][A-Za-z0-9]{0,2}\.", token.text) and nxt.text in _SENTENCE_OPENERS:
            nxt.is_sent_start = True  # a model name's full stop kept on its token: "vom Pixel C. Auch die SPÖ"
        elif token.is_space and "\n" in token.text:
            nxt.is_sent_start = True
        elif "\n" in token.whitespace_:
            nxt.is_sent_start = True
        elif token.text in _CLOSING_QUOTES and token.i > 0 and doc[token.i - 1].text in (".", "!", "?") \
                and nxt.text[:1].isupper():
            nxt.is_sent_start = True
        elif not token.is_punct and not token.is_space and not nxt.is_space \
                and not token.text.endswith((".", "-")):  # "Google & Co. Im Valley", "Frankfurt am Main- Die"
            nxt.is_sent_start = False
    return doc


_DATELINE_DASHES = {"–", "—", "-"}
#: Words that open a sentence and, capitalised, nothing else: after a lone word that follows a
#: full stop they show a subheading run into the text ("... Verschwiegenheitspflichten Auch der").
_SENTENCE_OPENERS = {"Auch", "Im", "In", "Es", "Er", "Wir", "Doch", "Aber", "Nach", "Für", "Mit", "Bei", "Am",
                     "Seit", "Laut", "Zudem", "Dabei", "Damit", "So", "Wie", "Wenn", "Als", "Dass", "Ein", "Eine",
                     "Der", "Die", "Das", "Den", "Dem"}
#: Tags of words that may open a sentence before such a word: "Laut Die Presse" is no subheading.
_FUNCTION_TAGS = {"APPR", "APPRART", "ART", "KON", "KOUS", "KOKOM", "ADV", "PPER", "PDS", "PIS", "PWAV", "PWS",
                  "PTKNEG", "VAFIN", "VMFIN"}
_DATELINE_MAX_WORDS = 4


#: Capitalised words that open a sentence but never a dateline: "Der Chef – Peter Müller – sagte".
_NO_DATELINE_WORDS = {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Er", "Sie", "Es", "Wir",
                      "Ich", "Auch", "Doch", "Aber", "Und", "So", "Im", "In", "Am", "Bei", "Mit", "Nach", "Für"}


def is_dateline(doc, dash: int) -> bool:
    """Capitalised place words ("Wien", "Mountain View", "Wien/Moskau") from a
    line start, or from the full stop of a teaser run into the text ("...
    Parteienfinanzierung. Bozen – Im Prozess"), up to this dash, followed by a
    capitalised word."""
    if doc[dash].text not in _DATELINE_DASHES or dash + 1 >= len(doc):
        return False
    start = dash
    while start > 0 and not (doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_
                             or doc[start - 1].text in (".", "!", "?")):
        start -= 1
    words = doc[start:dash]
    return 0 < len(words) <= _DATELINE_MAX_WORDS and doc[dash + 1].text[:1].isupper() \
        and all((w.text[:1].isupper() and w.text not in _NO_DATELINE_WORDS) or w.text == "/" for w in words)


def _with_kg_components(nlp: Language) -> Language:
    """Add kg's rule components to a loaded pipeline: sentence hints before
    the parser, person-name repair (``kg.names``) after the NER."""
    if SENTENCE_HINTS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(SENTENCE_HINTS, before=before) if before else nlp.add_pipe(SENTENCE_HINTS, first=True)
    if "ner" in nlp.pipe_names and PERSON_NAMES not in nlp.pipe_names:
        nlp.add_pipe(PERSON_NAMES, after="ner")
    return nlp

#: Where the trained pipeline lives inside the installed package.
DEFAULT_MODEL_DIR = Path(__file__).parent / "models" / "de_kg"
DEFAULT_MODEL = "de_kg"


def load_pipeline(name_or_path: str | Path | None = None) -> Language:
    """Load a spaCy pipeline: kg's own by default, or any installed one.

    ``name_or_path`` is None or ``"de_kg"`` for the shipped model, the name of
    an installed spaCy package (``"de_core_news_lg"``) or a directory written
    by ``nlp.to_disk``. Loaded pipelines are cached per argument, so calling
    this twice costs one load.

    >>> nlp = load_pipeline()
    >>> "ner" in nlp.pipe_names and "parser" in nlp.pipe_names
    True
    """
    key = str(name_or_path) if name_or_path is not None else DEFAULT_MODEL
    return _load_cached(key)


@functools.lru_cache(maxsize=4)
def _load_cached(key: str) -> Language:
    if key == DEFAULT_MODEL:
        path = DEFAULT_MODEL_DIR
        if not (path / "config.cfg").is_file():
            raise ModelNotFound(
                f"kg's German pipeline is missing from {path}. Reinstall kg "
                "(pip install -e .) or train it with: python -m kg.train"
            )
        log.info("loading pipeline from %s", path)
        return _with_kg_components(spacy.load(path))
    path = Path(key)
    if path.exists():
        if not (path / "config.cfg").is_file():
            raise ModelNotFound(
                f"{path} is not a spaCy pipeline directory (no config.cfg). "
                "Pass a directory written by nlp.to_disk() or an installed package name."
            )
        return _with_kg_components(spacy.load(path))
    if not spacy.util.is_package(key):
        raise ModelNotFound(
            f"spaCy pipeline '{key}' is not installed. Install its package with pip "
            "(e.g. pip install ./de_core_news_lg-3.8.0.tar.gz), pass a pipeline "
            "directory, or leave --model out to use kg's own German pipeline."
        )
    try:
        return _with_kg_components(spacy.load(key))
    except (OSError, ValueError) as err:  # broken or incompatible package
        raise ModelNotFound(f"spaCy pipeline '{key}' could not be loaded: {err}") from err
