"""The shipped German pipeline: loading, clear errors, and hand-checked seed sentences."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kg.errors import ModelNotFound
from kg.nlp import load_pipeline


def test_nlp_default_pipeline_has_every_component(nlp):
    for name in ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp.pipe_names
    assert nlp.lang == "de"


def test_nlp_load_is_cached():
    assert load_pipeline() is load_pipeline()


def test_nlp_missing_package_is_a_clear_error():
    with pytest.raises(ModelNotFound, match=r"KG101: spaCy pipeline 'de_core_news_nonexistent' is not installed"):
        load_pipeline("de_core_news_nonexistent")


def test_nlp_directory_without_config_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFound, match="no config.cfg"):
        load_pipeline(tmp_path)


def test_nlp_cli_missing_model_prints_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", "seeds", "-o", str(tmp_path),
                           "--model", "de_core_news_nonexistent"], capture_output=True, text=True)
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert lines == ["Error: KG101: spaCy pipeline 'de_core_news_nonexistent' is not installed. Install its "
                     "package with pip (e.g. pip install ./de_core_news_lg-3.8.0.tar.gz), pass a pipeline "
                     "directory, or leave --model out to use kg's own German pipeline."]
    assert "Traceback" not in proc.stderr
    assert not list(tmp_path.iterdir())


# Real sentences from the seeds; the expected analyses were checked by hand.

def test_nlp_seed_sentence_entities(nlp):
    doc = nlp("Das Weiße Haus wies Musk zurecht allerdings, ohne ihn beim Namen zu nennen.")
    assert {(e.text, e.label_) for e in doc.ents} == {("Weiße Haus", "ORG"), ("Musk", "PER")}


def test_nlp_seed_sentence_person_and_subject(nlp):
    doc = nlp("Musk und OpenAI-Chef Sam Altman stecken mitten in einem eskalierenden Konflikt.")
    assert ("Sam Altman", "PER") in {(e.text, e.label_) for e in doc.ents}
    verb = next(t for t in doc if t.text == "stecken")
    assert "Musk" in {t.text for t in verb.children if t.dep_ == "nsubj"}


def test_nlp_seed_sentence_subject_and_prepositional_object(nlp):
    doc = nlp("Mehrfach klagte er seitdem gegen OpenAI, sieht eine Wettbewerbsverzerrung.")
    verb = next(t for t in doc if t.text == "klagte")
    assert [t.text for t in verb.children if t.dep_ == "nsubj"] == ["er"]
    obl = [t for t in verb.children if t.dep_ == "obl"]
    assert [t.text for t in obl] == ["OpenAI"]
    assert [c.text for c in obl[0].children if c.dep_ == "case"] == ["gegen"]


def test_nlp_line_break_ends_a_sentence(nlp):
    doc = nlp("Milliardenschweres KI-Projekt\n\nTrump verkündet den Bau neuer Datenzentren.")
    assert [s.text.strip() for s in doc.sents][:1] == ["Milliardenschweres KI-Projekt"]


def test_nlp_closing_quote_after_a_period_ends_a_sentence(nlp):
    # seeds/003: the parser ran the quote on into "Damit referiert Altman ..."
    doc = nlp("„Ich hoffe, dass du in deiner neuen Rolle vor allem USA in den Vordergrund stellen wirst.“ "
              "Damit referiert Altman auf Musks Rolle als Trumps Berater.")
    assert [s.text.strip() for s in doc.sents][-1] == "Damit referiert Altman auf Musks Rolle als Trumps Berater."
    # a quote followed by a comma goes on: "„Ich weiß nichts“, sagte er."
    assert len(list(nlp("„Ich weiß nichts“, sagte er.").sents)) == 1


def test_nlp_no_sentence_starts_after_a_word_inside_a_line(nlp):
    # left alone, the parser ended a sentence after "Samsung und Apple" and parsed both halves wrong
    doc = nlp("Samsung und Apple sind erbitterte Konkurrenten. Sie streiten seit Jahren.")
    assert [s.text.strip() for s in doc.sents] == ["Samsung und Apple sind erbitterte Konkurrenten.",
                                                  "Sie streiten seit Jahren."]
    assert doc[0].dep_ == "nsubj"


def test_nlp_dateline_ends_at_its_dash(nlp):
    # dev/kgnad 184: run into the sentence, "Wien" became the root of a wrong parse
    doc = nlp("Wien – Der ehemalige Shopbetreiber am Wiener Flughafen, Rakesh Sardana, hat die Flughafen Wien AG "
              "in New York auf Schadenersatz geklagt.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Wien –"
    assert next(t for t in doc if t.text == "Shopbetreiber").dep_ == "nsubj"
    # a dash inside a headline is no dateline
    doc = nlp("Indexbasierte Stromverträge erweisen sich als Renner – Kunden wechseln.")
    assert not any(s.text.strip().endswith("–") for s in doc.sents)


def test_nlp_a_dateline_and_a_subheading_run_into_the_text_end_their_sentences(nlp):
    # 10kGNAD runs teaser, dateline and subheadings into one line
    doc = nlp("Prozess gegen ehemaligen Landeshauptmann. Bozen – Im Prozess gegen ihn wurde verhandelt. "
              "Verschwiegenheitspflichten Auch der Präsident ist nicht begeistert. Laut Die Presse ist das so.")
    assert [s.text.strip() for s in doc.sents] == [
        "Prozess gegen ehemaligen Landeshauptmann.", "Bozen –", "Im Prozess gegen ihn wurde verhandelt.",
        "Verschwiegenheitspflichten", "Auch der Präsident ist nicht begeistert.", "Laut Die Presse ist das so."]


def test_nlp_a_model_name_with_its_full_stop_ends_a_sentence_an_initial_does_not(nlp):
    # the tokenizer keeps "C." and "G4." whole, as it does initials ("Samy A.")
    doc = nlp("Der Test lobte das Pixel C. Auch die Kamera des LG G4. Die Firma Samy A. Meier wurde genannt.")
    assert [s.text.strip() for s in doc.sents] == [
        "Der Test lobte das Pixel C.", "Auch die Kamera des LG G4.", "Die Firma Samy A. Meier wurde genannt."]
