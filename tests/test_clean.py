"""Cleaning on the real seed pages, a hand-made furniture page and real derStandard articles."""
from __future__ import annotations

import csv
import doctest
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

import kg.clean
from kg.clean import CleanText, Dropped, clean

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = ROOT.parent / "shared" / "gold" / "seeds.yaml"
TENKGNAD = ROOT.parent / "shared" / "corpora" / "news" / "10kgnad-test.csv"


def _seed(prefix: str) -> str:
    return next(p for p in SEEDS if p.name.startswith(prefix)).read_text(encoding="utf-8")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _noise_names() -> list[str]:
    if not GOLD.exists():
        pytest.skip(f"gold standard {GOLD} not present")
    entities = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["entities"]
    return sorted({name for spec in entities.values() if spec["tier"] == "noise" for name in spec["names"]})


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_clean_seed_has_no_furniture_names(seed):
    text = _fold(clean(seed.read_text(encoding="utf-8")).text)
    left = [name for name in _noise_names() if re.search(rf"(?<!\w){re.escape(_fold(name))}(?!\w)", text)]
    assert left == []


@pytest.mark.parametrize(
    "prefix, sentence",
    [
        ("000", "Donald Trump: Beziehung zu Musk kriegt schon Risse"),
        ("000", "bei der auch OpenAI-Chef Sam Altman anwesend war"),
        ("000", "sagte Sprecherin Karoline Leavitt bei Fox News"),
        ("000", "Geraten Donald Trump und Elon Musk bereits in der ersten Woche der Präsidentschaft aneinander?"),
        ("000", "Die Freundschaft von Trump und Musk könnte wegen des KI-Deals Risse kriegen."),
        ("000", "Doch sein «xAI» hinkt OpenAI mit dem Flaggschiff ChatGPT deutlich hinterher."),
        ("001", "OpenAI-Chef Sam Altman (39) antwortete Musk unter dem Post"),
        ("001", "Musk ist mit seiner KI-Firma xAI direkter Konkurrent von OpenAI."),
        ("002", 'Musk: "Trump hat den Mund mal wieder zu voll genommen"'),
        ("002", "insbesondere durch Teslas Gigafactory in Shanghai."),
        ("003", "Trumps Wirtschaftspläne verärgern Elon Musk – erneuter Schlag für ihre Beziehung"),
        ("003", "zusammen mit dem US-Unternehmer Vivek Ramaswamy führen soll."),
        ("003", "landete bei knapp über 20.000 Zählern."),
        ("004", "sagte Sprecherin Karoline Leavitt im Fernsehsender Fox News."),
        ("004", "Microsoft-Chef Satya Nadella gab sich angesichts der Kontroverse gelassen."),
        ("004", "und bei Beratungen zu viel rede. (dpa/bearbeitet von tas)"),
    ],
)
def test_clean_seed_keeps_reporting(prefix, sentence):
    assert sentence in clean(_seed(prefix)).text


@pytest.mark.parametrize(
    "prefix, piece, reason",
    [
        ("000", "- keystone", "credit"),
        ("000", "Etienne Sticher", "duplicate-paragraph"),
        ("000", "Kommentare", "comments-section"),
        ("000", "User #2496 (nicht angemeldet)", "comments-section"),
        ("000", "Weiterlesen", "teaser-list"),
        ("000", "22 Interaktionen", "counter"),
        ("002", "https://edition.cnn.com/2025/01/22/tech/elon-musk-trump-stargate-openai/index.html", "link"),
        ("002", "0 von 6 Fischen", "rating"),
        ("002", "Ich mag doch keine Fische vergeben", "rating"),
        ("002", "Mehr von Eintagesfliege", "more-link"),
        ("003", "Bitte deaktivieren Sie Ihren Ad-Blocker", "ad-block"),
        ("003", "Unbegrenzter Zugang zu allen Berichten und Exklusiv-Artikeln", "ad-block"),
        ("003", "Rubriklistenbild: © IMAGO/Leigh Vogel", "credit"),
        ("004", "Mehr News zur US-Politik", "more-link"),
        ("004", "JTI zertifiziert", "editorial-box"),
    ],
)
def test_clean_seed_reports_why(prefix, piece, reason):
    assert Dropped(piece, reason) in clean(_seed(prefix)).dropped


def test_clean_seed_paragraphs_are_separated_by_blank_lines():
    result = clean(_seed("001"))
    assert isinstance(result, CleanText)
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0].startswith("Er gilt als einer der engsten Berater")
    assert paragraphs[3] == "Musk-Firma bleibt außen vor"
    assert len(paragraphs) == 9 and result.dropped == ()


PAGE = """Startseite > Politik > Ausland

Von Max Muster und Erika Beispiel, Berlin
Stand: 22.01.2025, 14:30 Uhr

Teilen
Facebook Twitter WhatsApp E-Mail
Lesezeit: 3 Min.

Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten.
Alle akzeptieren
Einstellungen

Streit um das Klimageld

Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen, das
die Förderung von Elektroautos neu regelt. Kanzler Olaf Scholz sagte,
man wolle damit den Absatz steigern.
Der Verband der Automobilindustrie begrüßte den Schritt. (Foto: dpa)

Die Ministerin bei einer Pressekonferenz in Berlin. Foto: Michael Kappeler/dpa

Anzeige

4 von 5 Sternen
Artikel bewerten

Mehr zum Thema
Scholz reist nach China
Habeck will Industriestrompreis

Newsletter abonnieren
Folgen Sie uns auf Facebook und Instagram.
"""


@pytest.mark.parametrize(
    "piece, reason",
    [
        ("Startseite > Politik > Ausland", "navigation"),
        ("Von Max Muster und Erika Beispiel, Berlin", "byline"),
        ("Stand: 22.01.2025, 14:30 Uhr", "dateline"),
        ("Teilen", "share"),
        ("Facebook Twitter WhatsApp E-Mail", "share"),
        ("Lesezeit: 3 Min.", "navigation"),
        ("Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten.", "cookie-banner"),
        ("Alle akzeptieren", "cookie-banner"),
        ("Einstellungen", "cookie-banner"),
        ("(Foto: dpa)", "credit"),
        ("Foto: Michael Kappeler/dpa", "credit"),
        ("Anzeige", "navigation"),
        ("4 von 5 Sternen", "rating"),
        ("Artikel bewerten", "rating"),
        ("Mehr zum Thema", "teaser-list"),
        ("Scholz reist nach China", "teaser-list"),
        ("Habeck will Industriestrompreis", "teaser-list"),
        ("Newsletter abonnieren", "newsletter"),
        ("Folgen Sie uns auf Facebook und Instagram.", "share"),
    ],
)
def test_clean_page_drops_furniture(piece, reason):
    assert Dropped(piece, reason) in clean(PAGE).dropped


def test_clean_page_keeps_headline_and_unwraps_body():
    assert clean(PAGE).text.split("\n\n") == [
        "Streit um das Klimageld",
        "Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen, das die Förderung von "
        "Elektroautos neu regelt. Kanzler Olaf Scholz sagte, man wolle damit den Absatz steigern.",
        "Der Verband der Automobilindustrie begrüßte den Schritt.",
        "Die Ministerin bei einer Pressekonferenz in Berlin.",
    ]


def test_clean_list_of_headlines_is_not_unwrapped():
    text = (
        "Die Regierung legt ihren Haushalt vor und streicht Subventionen für Landwirte.\n\n"
        "Weiterlesen\n"
        "Trump droht China mit neuen Zöllen auf Autos und Stahl\n"
        "Musk verlässt die Regierung nach einem Streit mit Bessent\n"
        "Die Börsen in Asien schließen mit deutlichen Verlusten\n"
    )
    result = clean(text)
    assert result.text == "Die Regierung legt ihren Haushalt vor und streicht Subventionen für Landwirte."
    assert [d.reason for d in result.dropped] == ["teaser-list"] * 4


def test_clean_body_printed_twice_is_kept_once():
    body = "Musk kritisiert das Projekt Stargate scharf.\n\nAltman widerspricht ihm auf X deutlich."
    result = clean(body + "\n\n" + body)
    assert result.text == body
    assert [d.reason for d in result.dropped] == ["duplicate-paragraph"] * 2


def test_clean_short_repeated_exclamation_is_style_and_stays():
    text = "Bam!\n\nDer Stürmer trifft in der letzten Minute zum Ausgleich.\n\nBam!"
    assert clean(text).text.count("Bam!") == 2


def test_clean_comments_heading_near_top_takes_only_itself():
    text = (
        "Kommentare\n\nMusk kritisiert das Projekt Stargate scharf, schrieb er am Mittwoch.\n\n"
        "Altman widerspricht ihm und lädt ihn zur Baustelle in Texas ein."
    )
    result = clean(text)
    assert result.text.startswith("Musk kritisiert") and result.text.endswith("Texas ein.")
    assert result.dropped == (Dropped("Kommentare", "comments-section"),)


def test_clean_reporting_about_ad_blockers_stays():
    text = (
        "Immer mehr Menschen nutzen einen Ad-Blocker, sagt der Verband der Verleger.\n\n"
        "Die Zeitungen verlieren dadurch Werbeeinnahmen, Abos kosten oft 9,99 € im Monat."
    )
    assert clean(text).text == text


def test_clean_caption_credit_chain_is_stripped_but_caption_kept():
    text = (
        "Der Präsident sprach vor Anhängern in Washington. © picture alliance / AP | Evan Vucci\n\n"
        "Er kündigte neue Zölle an. - AFP"
    )
    result = clean(text)
    assert result.text == "Der Präsident sprach vor Anhängern in Washington.\n\nEr kündigte neue Zölle an."
    assert [d.text for d in result.dropped] == ["© picture alliance / AP | Evan Vucci", "- AFP"]


def test_clean_empty_text():
    assert clean("") == CleanText("", ())
    assert clean(" \n\n \t") == CleanText("", ())


def _tenkgnad_sample(every: int = 10) -> list[tuple[str, str]]:
    if not TENKGNAD.exists():
        pytest.skip(f"corpus {TENKGNAD} not present")
    with TENKGNAD.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";", quotechar="'"))
    return rows[::every]


def test_clean_real_articles_lose_little():
    """derStandard articles are clean; as one paragraph per sentence they must survive almost whole."""
    total = lost = 0
    for _label, text in _tenkgnad_sample():
        paragraphs = "\n\n".join(re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])", text))
        kept = clean(paragraphs).text
        assert len(kept) > 0.8 * len(paragraphs), kept[:200]
        total += len(paragraphs)
        lost += len(paragraphs) - len(kept)
    assert lost < 0.05 * total


def test_clean_docstring_examples():
    assert doctest.testmod(kg.clean).failed == 0
