"""Train, evaluate and package kg's German spaCy pipeline: ``python -m kg.train``.

One command does it all, reproducibly (fixed splits, fixed seed):

1. convert the corpora (``kg.corpora``) into ``train.spacy`` / ``dev.spacy``
   and one held-out ``.spacy`` file per test slice;
2. train ``kg/training_configs/de_kg.cfg`` with ``spacy train``;
3. evaluate the best model on the held-out slices only;
4. copy it to ``kg/models/de_kg`` and write its model card beside it.

It also writes ``kg/data/corpus_nouns.txt``, the corpora's common nouns
(``--nouns-only`` does just that).

Training is never part of the tests or CI; 3,500 steps take about 45 minutes on two cores.
"""
from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

from kg import corpora as C
from kg.nlp import DEFAULT_MODEL_DIR

log = logging.getLogger("kg.train")

CONFIG = Path(__file__).parent / "training_configs" / "de_kg.cfg"
#: Common nouns of the tagged corpora, shipped as a lexicon (kg/data/README.md).
NOUN_LIST = Path(__file__).parent / "data" / "corpus_nouns.txt"
CORE_LABELS = ("PER", "ORG", "LOC")
#: UD training docs are repeated so the parser and morphologizer, which only
#: UD annotates, see enough updates beside the much larger NER corpora.
UD_OVERSAMPLE = 3


def convert(corpora: Path, workdir: Path) -> dict[str, int]:
    """Write train/dev DocBins and held-out test DocBins; return doc counts."""
    nlp = spacy.blank("de")
    docs = (C.read_ud(corpora, nlp.vocab) + C.read_germeval(corpora, nlp.vocab)
            + C.read_europarl(corpora, nlp.vocab) + C.read_mobie(corpora, nlp.vocab)
            + C.read_smartdata(corpora, nlp.make_doc))
    bins: dict[str, DocBin] = defaultdict(lambda: DocBin(store_user_data=False))
    counts: Counter[str] = Counter()
    for item in docs:
        if item.split == C.TEST:
            names = [f"test-{item.source}"] + ([f"test-{item.source}-news"] if item.news else [])
        else:
            names = [item.split]
        repeat = UD_OVERSAMPLE if item.split == C.TRAIN and item.source.startswith("ud") else 1
        for name in names:
            for _ in range(repeat):
                bins[name].add(item.doc)
            counts[f"{name}:{item.source}"] += 1
    workdir.mkdir(parents=True, exist_ok=True)
    for name, docbin in bins.items():
        docbin.to_disk(workdir / f"{name}.spacy")
    return dict(sorted(counts.items()))


def train(workdir: Path, max_steps: int | None) -> Path:
    """Run spaCy's trainer; return the directory of the best model."""
    from spacy.cli.train import train as spacy_train

    overrides = {"paths.train": str(workdir / "train.spacy"), "paths.dev": str(workdir / "dev.spacy")}
    if max_steps:
        overrides["training.max_steps"] = max_steps
    spacy_train(CONFIG, workdir / "model", overrides=overrides)
    return workdir / "model" / "model-best"


def _ner_scores(nlp, docs, labels) -> dict:
    """Exact-span NER scores by character offsets (independent of tokenisation)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    texts = [d.text for d in docs]
    for gold, pred in zip(docs, nlp.pipe(texts, batch_size=64)):
        g = {(e.start_char, e.end_char, e.label_) for e in gold.ents if e.label_ in labels}
        p = {(e.start_char, e.end_char, e.label_) for e in pred.ents if e.label_ in labels}
        for label in labels:
            gl = {x for x in g if x[2] == label}
            pl = {x for x in p if x[2] == label}
            tp[label] += len(gl & pl)
            fp[label] += len(pl - gl)
            fn[label] += len(gl - pl)

    def prf(t, f_p, f_n):
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "support": t + f_n}

    out = {"overall": prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))}
    out.update({label: prf(tp[label], fp[label], fn[label]) for label in labels})
    return out


def evaluate(model_dir: Path, workdir: Path) -> dict:
    """Score the model on every held-out slice; nothing here was trained on."""
    nlp = spacy.load(model_dir)
    results: dict[str, dict] = {}
    for path in sorted(workdir.glob("test-*.spacy")):
        name = path.stem[len("test-"):]
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if name.startswith("ud"):
            examples = [Example(nlp.make_doc(d.text), d) for d in docs]
            scores = nlp.evaluate(examples)
            keep = ("token_acc", "tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
            results[name] = {k: round(scores[k], 4) for k in keep if scores.get(k) is not None}
            results[name]["sentences"] = len(docs)
        else:
            results[name] = {"core": _ner_scores(nlp, docs, CORE_LABELS),
                             "all": _ner_scores(nlp, docs, CORE_LABELS + ("MISC",)),
                             "docs": len(docs)}
    ud_all = [d for p in sorted(workdir.glob("test-ud-*.spacy")) if not p.stem.endswith("news")
              for d in DocBin().from_disk(p).get_docs(nlp.vocab)]
    scores = nlp.evaluate([Example(nlp.make_doc(d.text), d) for d in ud_all])
    results["ud-all"] = {k: round(scores[k], 4) for k in
                         ("token_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las")}
    ner_all = [d for p in sorted(workdir.glob("test-*.spacy"))
               if not p.stem.startswith("test-ud") and not p.stem.endswith("news")
               for d in DocBin().from_disk(p).get_docs(nlp.vocab)]
    results["ner-all"] = {"core": _ner_scores(nlp, ner_all, CORE_LABELS),
                          "all": _ner_scores(nlp, ner_all, CORE_LABELS + ("MISC",))}
    return results


def package(model_dir: Path, target: Path, results: dict, counts: dict) -> None:
    """Copy the model into the package and write MODEL_CARD.md and scores.json beside it."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model_dir, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update({"name": "kg", "version": "0.1.0", "license": "CC BY-SA 4.0",
                 "description": "kg's German pipeline, trained on open corpora (see MODEL_CARD.md)"})
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True))
    (target / "scores.json").write_text(json.dumps({"heldout": results, "training_docs": counts},
                                                    indent=2, sort_keys=True))
    (target / "MODEL_CARD.md").write_text(model_card(results, counts, nlp_meta=meta))


def model_card(results: dict, counts: dict, nlp_meta: dict) -> str:
    """Render the model card from the held-out figures the evaluation produced."""
    def ud_row(name, label):
        r = results.get(name, {})
        cols = ("token_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las")
        return f"| {label} | " + " | ".join(f"{r[c]:.3f}" if c in r else "–" for c in cols) + " |"

    def ner_rows(name, label):
        r = results.get(name)
        if not r:
            return []
        rows = []
        for scheme in ("core", "all"):
            s = r[scheme]
            per = ", ".join(f"{k} {v['f']:.3f}" for k, v in s.items() if k != "overall")
            o = s["overall"]
            rows.append(f"| {label} ({'PER/ORG/LOC' if scheme == 'core' else '+MISC'}) | "
                        f"{o['p']:.3f} | {o['r']:.3f} | {o['f']:.3f} | {o['support']} | {per} |")
        return rows

    ner_lines = []
    for name, label in (("smartdata-news", "**SmartData news (held-out docs)**"), ("ner-all", "all NER test sets"),
                        ("germeval", "GermEval 2014"), ("europarl", "Europarl"), ("mobie", "MobIE"),
                        ("smartdata", "SmartData (all sources)")):
        ner_lines += ner_rows(name, label)
    train_counts = "\n".join(f"| {k} | {v} |" for k, v in counts.items())
    return f"""# Model card: kg German pipeline (`de_kg`)

Trained by `python -m kg.train` from the open corpora in `shared/corpora`;
every figure below was written by that command's evaluation step, on
held-out data the model never saw in training or model selection.

Pipeline: {", ".join(nlp_meta.get("pipeline", []))} (spaCy {nlp_meta.get("spacy_version", "")}),
one shared CNN encoder (width 128, depth 4, hash embeddings of NORM, PREFIX,
SUFFIX, SHAPE; no pretrained vectors). Sentence boundaries come from the parser.

## Data and licenses

| corpus | used for | license |
|---|---|---|
| UD German-GSD (dev+test files) | tagger (STTS), morphologizer (UPOS+features), lemmatizer, parser | CC BY-SA 4.0 |
| UD German-PUD | same (its XPOS is not STTS, so no tags); news half partly held out | CC BY-SA 3.0 |
| GermEval 2014 NER | NER | CC BY 4.0 |
| German Europarl NER (Faruqui & Padó) | NER, STTS tags | CC BY 4.0 |
| MobIE | NER | CC BY 4.0 |
| DFKI SmartData v1 | NER | CC BY 4.0 (research use noted by the authors) |

Because of CC BY-SA training data, the model is distributed under CC BY-SA 4.0.

## NER label scheme

| source labels | kg label |
|---|---|
| PER, person | PER |
| ORG, organization, organization-company | ORG |
| LOC, location, location-city, -street, -stop, -route | LOC |
| OTH (GermEval), MISC (Europarl) | MISC |
| GermEval *deriv / *part, and date, time, number, trigger, org-position, ... | not an entity |

## Splits

Fixed rules, in `kg/corpora.py`: GSD every 10th sentence test, the next 1-in-10
dev; PUD every second news sentence test; GermEval 1-in-10 test, 1-in-10 dev;
Europarl and MobIE their own dev/test files; SmartData 15 % test / 10 % dev by
a hash of the document id. UD training sentences are grouped 8 per document
and repeated {UD_OVERSAMPLE}x.

| split:source | documents |
|---|---|
{train_counts}

## Held-out accuracy: tagging, lemmas, parsing

| test set | token | UPOS | morph | lemma | UAS | LAS |
|---|---|---|---|---|---|---|
{ud_row("ud-all", "UD held-out (GSD + PUD news)")}
{ud_row("ud-gsd", "GSD held-out")}
{ud_row("ud-pud-news", "**PUD news (held-out)**")}

## Held-out accuracy: named entities (exact spans)

| test set | P | R | F1 | gold entities | F1 per label |
|---|---|---|---|---|---|
{chr(10).join(ner_lines)}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.train", description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"),
                        help="folder of the open corpora (default ../shared/corpora)")
    parser.add_argument("--workdir", type=Path, default=Path("training"),
                        help="where converted data and checkpoints go (default training/)")
    parser.add_argument("--output", type=Path, default=DEFAULT_MODEL_DIR,
                        help=f"where the packaged model goes (default {DEFAULT_MODEL_DIR})")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument("--skip-train", action="store_true",
                        help="re-evaluate and re-package the last trained model")
    parser.add_argument("--nouns-only", action="store_true",
                        help=f"only write the corpus noun list ({NOUN_LIST.name}) and stop")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if not args.corpora.is_dir():
        print(f"Error: corpora folder {args.corpora} not found; pass --corpora", file=sys.stderr)
        return 1
    started = time.time()
    nouns = C.noun_forms(args.corpora)
    NOUN_LIST.write_text("\n".join(nouns) + "\n", encoding="utf8")
    log.info("wrote %d corpus nouns to %s", len(nouns), NOUN_LIST)
    if args.nouns_only:
        return 0
    counts = convert(args.corpora, args.workdir)
    log.info("converted corpora: %s", counts)
    model_dir = args.workdir / "model" / "model-best"
    if not args.skip_train:
        model_dir = train(args.workdir, args.max_steps)
    results = evaluate(model_dir, args.workdir)
    log.info("held-out results: %s", json.dumps(results, indent=1))
    package(model_dir, args.output, results, counts)
    log.info("packaged %s in %.0f min", args.output, (time.time() - started) / 60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
