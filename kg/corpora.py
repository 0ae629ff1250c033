"""Training data: read the open German corpora into spaCy ``Doc`` objects.

Used only by ``python -m kg.train``; never at run time. Each reader returns
``CorpusDoc`` records (a gold ``Doc`` plus the split it belongs to and the
slice it is reported under), so the split is decided here, once, by fixed
rules (sentence index or a hash of the document id) and is reproducible.

NER label scheme (one scheme for all sources; see the model card):

============================  =======
source label                  kg
============================  =======
PER, person                   PER
ORG, organization(-company)   ORG
LOC, location(-city/-street/  LOC
-stop/-route)
OTH (GermEval), MISC          MISC
*deriv, *part (GermEval)      O
date, time, number, trigger,  O
org-position, ... (others)
============================  =======
"""
from __future__ import annotations

import csv
import hashlib
import json
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.errors import CorpusError

log = logging.getLogger(__name__)

TRAIN, DEV, TEST = "train", "dev", "test"

_LABEL_MAP = {
    "PER": "PER", "person": "PER",
    "ORG": "ORG", "organization": "ORG", "organization-company": "ORG",
    "LOC": "LOC", "location": "LOC", "location-city": "LOC",
    "location-street": "LOC", "location-stop": "LOC", "location-route": "LOC",
    "OTH": "MISC", "MISC": "MISC",
}


def map_label(label: str) -> str | None:
    """Map a source corpus label to PER/ORG/LOC/MISC, or None for 'not an entity'."""
    return _LABEL_MAP.get(label)


@dataclass(frozen=True)
class CorpusDoc:
    """One gold document with its split and the slice it is reported under."""

    doc: Doc
    split: str
    source: str
    news: bool = False


def _hash_split(key: str, test_pct: int, dev_pct: int) -> str:
    bucket = int(hashlib.sha1(key.encode("utf8")).hexdigest(), 16) % 100
    if bucket < test_pct:
        return TEST
    if bucket < test_pct + dev_pct:
        return DEV
    return TRAIN


def _spaces(words: list[str]) -> list[bool]:
    """Guess trailing whitespace for tokenised text (no space before punctuation)."""
    no_space_before = set(".,;:!?)]}»“\"'%")
    spaces = []
    for i, _ in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and not (len(nxt) == 1 and nxt in no_space_before))
    return spaces


def _require(path: Path) -> Path:
    if not path.is_file():
        raise CorpusError(f"corpus file {path} not found. Pass --corpora pointing at shared/corpora.")
    return path


# --- Universal Dependencies -------------------------------------------------

def _read_conllu_sentences(path: Path) -> Iterator[tuple[str, list[list[str]], list[tuple[int, int, str]]]]:
    """Yield (sent_id, token rows, multiword ranges) for each sentence."""
    sent_id, rows, mwts = "", [], []
    for line in _require(path).open(encoding="utf8"):
        line = line.rstrip("\n")
        if not line:
            if rows:
                yield sent_id, rows, mwts
            sent_id, rows, mwts = "", [], []
        elif line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        else:
            cols = line.split("\t")
            if "-" in cols[0]:
                start, end = cols[0].split("-")
                mwts.append((int(start), int(end), cols[1]))
            elif "." not in cols[0]:
                rows.append(cols)
    if rows:
        yield sent_id, rows, mwts


def _conllu_sentence_to_doc(vocab: Vocab, rows: list[list[str]], mwts: list[tuple[int, int, str]],
                            use_xpos: bool) -> Doc:
    """Build one gold Doc; a multiword token ("zum" = zu + dem) becomes one
    token carrying the annotation of its first part, as spaCy tokenises it."""
    merged_into: dict[int, int] = {}  # UD word id -> surface token index
    words, tokens = [], []  # tokens: (representative row, its parts) per surface token
    mwt_at = {start: (end, form) for start, end, form in mwts}
    wid = 1
    while wid <= len(rows):
        if wid in mwt_at:
            end, form = mwt_at[wid]
            parts = rows[wid - 1:end]
            # POS from the preposition, morphology (case) from the article part.
            row = list(parts[0])
            row[5] = parts[-1][5] if parts[-1][5] != "_" else row[5]
            for w in range(wid, end + 1):
                merged_into[w] = len(words)
            words.append(form)
            tokens.append((row, parts))
            wid = end + 1
        else:
            merged_into[wid] = len(words)
            words.append(rows[wid - 1][1])
            tokens.append((rows[wid - 1], [rows[wid - 1]]))
            wid += 1
    heads, deps, lemmas, pos, morphs, tags = [], [], [], [], [], []
    for i, (row, parts) in enumerate(tokens):
        # Head: the first part whose head lies outside the multiword token.
        head_id, dep = int(row[6]), row[7]
        for part in parts:
            h = int(part[6])
            if h == 0 or merged_into.get(h) != i:
                head_id, dep = h, part[7]
                break
        heads.append(i if head_id == 0 else merged_into[head_id])
        deps.append("ROOT" if head_id == 0 else dep)
        lemmas.append(row[2] if row[2] != "_" else row[1])
        pos.append(row[3])
        morphs.append("" if row[5] == "_" else row[5])
        tags.append(row[4] if row[4] != "_" else "")
    return Doc(vocab, words=words, spaces=_spaces(words), heads=heads, deps=deps,
               lemmas=lemmas, pos=pos, morphs=morphs, tags=tags if use_xpos else None,
               sent_starts=[True] + [False] * (len(words) - 1))


def read_ud(corpora: Path, vocab: Vocab, group: int = 8) -> list[CorpusDoc]:
    """UD German GSD (dev+test files) and PUD, split by sentence index.

    Held out (test): every 10th GSD sentence and every second PUD news
    sentence (the news slice). Dev: a disjoint 1-in-10 GSD sample and 1-in-10
    PUD wiki. Training sentences are grouped ``group`` at a time so the parser
    learns sentence boundaries. PUD's XPOS is not STTS, so it gives no tags.
    """
    buckets: dict[tuple[str, str, bool], list[Doc]] = {}
    for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"):
        is_pud = "pud" in name
        for idx, (sent_id, rows, mwts) in enumerate(_read_conllu_sentences(corpora / "ud" / name)):
            news = is_pud and sent_id.startswith("n")
            if is_pud:
                split = TEST if news and idx % 2 == 1 else DEV if (not news and idx % 10 == 0) else TRAIN
            else:
                split = TEST if idx % 10 == 0 else DEV if idx % 10 == 5 else TRAIN
            doc = _conllu_sentence_to_doc(vocab, rows, mwts, use_xpos=not is_pud)
            buckets.setdefault((split, "ud-pud" if is_pud else "ud-gsd", news), []).append(doc)
    out = []
    for (split, source, news), docs in sorted(buckets.items()):
        size = group if split == TRAIN else 1
        for i in range(0, len(docs), size):
            out.append(CorpusDoc(Doc.from_docs(docs[i:i + size]), split, source, news))
    return out


# --- NER corpora --------------------------------------------------------------

def _bio_doc(vocab: Vocab, words: list[str], labels: list[str], tags: list[str] | None = None) -> Doc:
    """Doc from tokens and BIO or IO labels (IO: an entity ends where the type changes)."""
    ents, start, cur = [], 0, None
    for i, raw in enumerate(labels + ["O"]):
        prefix, _, typ = raw.partition("-") if raw != "O" else ("O", "", "")
        label = map_label(typ) if typ else None
        if cur is not None and (prefix == "B" or label != cur):
            ents.append((start, i, cur))
            cur = None
        if label is not None and cur is None:
            start, cur = i, label
    doc = Doc(vocab, words=words, spaces=_spaces(words), tags=tags)
    doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in ents], default="outside")
    return doc


def _read_blocks(path: Path, sep: str | None) -> Iterator[list[list[str]]]:
    """Blank-line separated blocks of split lines (``sep`` None: any whitespace);
    GermEval '#' comment lines dropped."""
    block: list[list[str]] = []
    for line in _require(path).open(encoding="utf8"):
        line = line.rstrip("\n")
        if not line.strip():
            if block:
                yield block
            block = []
        elif sep == "\t" and line.startswith("#\t"):
            continue
        else:
            block.append(line.split(sep))
    if block:
        yield block


def read_germeval(corpora: Path, vocab: Vocab) -> list[CorpusDoc]:
    """GermEval 2014 (dev and test files; outer level), 10 % test, 10 % dev."""
    out = []
    for name in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        for idx, block in enumerate(_read_blocks(corpora / "ner" / "germeval2014" / name, "\t")):
            rows = [r for r in block if len(r) >= 3 and r[0].isdigit()]
            if not rows:
                continue
            split = TEST if idx % 10 == 0 else DEV if idx % 10 == 5 else TRAIN
            out.append(CorpusDoc(_bio_doc(vocab, [r[1] for r in rows], [r[2] for r in rows]), split, "germeval"))
    return out


def read_europarl(corpora: Path, vocab: Vocab) -> list[CorpusDoc]:
    """German Europarl NER (IO labels in the last column, STTS tags in column 3)."""
    out = []
    for name, split in (("train.tsv", TRAIN), ("dev.tsv", DEV), ("test.tsv", TEST)):
        for block in _read_blocks(corpora / "ner" / "europarl" / name, "\t"):
            rows = [r for r in block if len(r) >= 5]
            if rows:
                doc = _bio_doc(vocab, [r[0] for r in rows], [r[-1] for r in rows], [r[2] for r in rows])
                out.append(CorpusDoc(doc, split, "europarl"))
    return out


def read_mobie(corpora: Path, vocab: Vocab) -> list[CorpusDoc]:
    """MobIE (CoNLL-2003 layout, fine-grained types mapped to PER/ORG/LOC)."""
    out = []
    for name, split in (("train.conll2003", TRAIN), ("dev.conll2003", DEV), ("test.conll2003", TEST)):
        for block in _read_blocks(corpora / "ner" / "mobie" / name, None):
            rows = [r for r in block if len(r) >= 4 and r[0] != "-DOCSTART-"]
            if rows:
                out.append(CorpusDoc(_bio_doc(vocab, [r[0] for r in rows], [r[-1] for r in rows]), split, "mobie"))
    return out


def read_smartdata(corpora: Path, tokenizer) -> list[CorpusDoc]:
    """SmartData JSON Lines with character offsets; 15 % test, 10 % dev by a hash of the id."""
    out = []
    path = _require(corpora / "ner" / "smartdata" / "smartdata-v1.jsonl")
    for line_no, line in enumerate(path.open(encoding="utf8"), 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            log.warning("smartdata line %d skipped: %s", line_no, err)
            continue
        doc = tokenizer(record["text"])
        spans: list[Span] = []
        for ent in sorted(record.get("entities", []), key=lambda e: (e["start"], -e["end"])):
            label = map_label(ent["type"])
            if label is None:
                continue
            span = doc.char_span(ent["start"], ent["end"], label=label, alignment_mode="expand")
            if span is not None and not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(span)
        doc.set_ents(spans, default="outside")
        split = _hash_split(record["id"], 15, 10)
        out.append(CorpusDoc(doc, split, "smartdata", news=record.get("source") == "news"))
    return out


def noun_forms(corpora: Path) -> list[str]:
    """Capitalised words the tagged corpora mark as common nouns (STTS ``NN``
    outside any entity) more often than as names: Europarl and MobIE (STTS
    column) and UD (XPOS, or UPOS NOUN in PUD). The lemma table lacks nouns
    whose every form is the lemma ("Zukunft", "Politik"); this list fills in,
    so that a word such as "Guardian" can be told from a German one."""
    as_noun: Counter[str] = Counter()
    as_name: Counter[str] = Counter()

    def count(word: str, noun: bool, name: bool) -> None:
        if len(word) >= 3 and word[:1].isupper() and word[1:].islower():
            if noun and not name:
                as_noun[word] += 1
            elif name:
                as_name[word] += 1

    for name in ("train.tsv", "dev.tsv", "test.tsv"):
        for block in _read_blocks(corpora / "ner" / "europarl" / name, "\t"):
            for row in block:
                if len(row) >= 5:
                    count(row[0], row[2] == "NN", row[2] == "NE" or row[-1] != "O")
    for name in ("train.conll2003", "dev.conll2003", "test.conll2003"):
        for block in _read_blocks(corpora / "ner" / "mobie" / name, None):
            for row in block:
                if len(row) >= 4 and row[0] != "-DOCSTART-":
                    count(row[0], row[1] == "NN", row[1] == "NE" or row[-1] != "O")
    for path in sorted((corpora / "ud").glob("*.conllu")):
        for _text, rows, _mwts in _read_conllu_sentences(path):
            for row in rows:
                count(row[1], row[4] == "NN" or (row[4] == "_" and row[3] == "NOUN"), row[3] == "PROPN")
    return sorted(word for word, n in as_noun.items() if n > as_name[word])


def read_news_texts(corpora: Path) -> Iterable[str]:
    """Raw 10kGNAD article texts (for speed benchmarks only; never for training)."""
    path = _require(corpora / "news" / "10kgnad-test.csv")
    with path.open(encoding="utf8", newline="") as handle:
        for row in csv.reader(handle, delimiter=";", quotechar="'"):
            if len(row) >= 2:
                yield row[1]
