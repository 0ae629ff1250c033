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
