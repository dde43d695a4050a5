"""Dates of birth in eleven more Latin-script languages: a date in the language's usual writing
right after its birth cue (urodzony, narozen, född, født, syntynyt, doğum tarihi, született,
născut, rođen, ...) or in a field so named is a date of birth; the same date after that
language's words for a due date, an invoice or an appointment is kept."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, untouched

# language: (birth cues, dates in that language's usual writings, non-birth frames)
LANGUAGES = {
    "pl": (
        ("urodzony", "urodzona", "ur.", "data urodzenia:", "Data urodzenia", "urodziła się dnia"),
        ("12.03.1985", "12 marca 1985", "3 października 1979", "1985-03-12"),
        ("termin płatności {d}", "faktura z dnia {d}", "wizyta {d}"),
    ),
    "cs": (
        ("narozen", "narozena", "nar.", "datum narození:", "narodil se dne"),
        ("12. 3. 1985", "12.03.1985", "12. března 1985", "7. října 1979"),
        ("splatnost {d}", "faktura ze dne {d}", "schůzka {d}"),
    ),
    "sk": (
        ("narodený", "narodená", "dátum narodenia:"),
        ("12.03.1985", "12. marca 1985", "1. júna 1990"),
        ("splatnosť {d}", "objednávka z {d}"),
    ),
    "sv": (
        ("född", "född den", "födelsedatum:", "Födelsedatum"),
        ("1985-03-12", "12 mars 1985", "3 augusti 1979", "12/3/1985"),
        ("förfallodatum {d}", "faktura daterad {d}", "möte den {d}"),
    ),
    "da": (
        ("født", "født den", "fødselsdato:", "Fødselsdato"),
        ("12.03.1985", "12. marts 1985", "3. maj 1979", "12-03-1985"),
        ("forfaldsdato {d}", "faktura dateret {d}", "møde den {d}"),
    ),
    "no": (
        ("født", "født den", "fødselsdato:", "ble født"),
        ("12.03.1985", "12. mars 1985", "3. mai 1979"),
        ("forfallsdato {d}", "faktura datert {d}"),
    ),
    "fi": (
        ("syntynyt", "syntymäaika:", "Syntymäaika", "syntyi"),
        ("12.3.1985", "12. maaliskuuta 1985", "3. lokakuuta 1979"),
        ("eräpäivä {d}", "lasku päivätty {d}", "tapaaminen {d}"),
    ),
    "tr": (
        ("doğum tarihi:", "Doğum Tarihi", "dogum tarihi:", "doğdu"),
        ("12.03.1985", "12 Mart 1985", "3 Ekim 1979", "12/03/1985"),
        ("son ödeme tarihi {d}", "fatura tarihi {d}", "randevu {d}"),
    ),
    "hu": (
        ("született", "szül.", "születési dátum:", "Születési idő:"),
        ("1985. március 12.", "1985.03.12.", "1979. október 3."),
        ("fizetési határidő {d}", "számla kelte {d}"),
    ),
    "ro": (
        ("născut", "născută la", "data nașterii:", "Data nașterii", "data naşterii:"),
        ("12.03.1985", "12 martie 1985", "3 octombrie 1979"),
        ("scadența {d}", "factura din {d}"),
    ),
    "hr": (
        ("rođen", "rođena", "datum rođenja:", "Datum rođenja", "rođen dana"),
        ("12.03.1985.", "12. ožujka 1985.", "3. listopada 1979."),
        ("rok plaćanja {d}", "račun od {d}"),
    ),
}
CASES = [
    (lang, cue, d) for lang, (cues, dates, _) in LANGUAGES.items() for cue in cues for d in dates
]


@pytest.mark.parametrize(("lang", "cue", "date"), CASES)
def test_a_date_after_the_languages_birth_cue(lang, cue, date):
    text = f"Pacjent / patient: {cue} {date}, tel. w karcie"
    value = date.rstrip(".")
    assert covers(text, value, "DATE_OF_BIRTH"), (lang, text)


@pytest.mark.parametrize(
    ("lang", "frame", "date"),
    [
        (lang, frame, d)
        for lang, (_, dates, frames) in LANGUAGES.items()
        for frame in frames
        for d in dates
    ],
)
def test_the_same_date_after_other_words_is_kept(lang, frame, date):
    text = frame.format(d=date)
    assert untouched(text, date.rstrip(".")), (lang, text)


@pytest.mark.parametrize(
    "key",
    [
        "data_urodzenia",
        "dataUrodzenia",
        "datum_narození",
        "födelsedatum",
        "fødselsdato",
        "syntymäaika",
        "doğum_tarihi",
        "dogumTarihi",
        "születési_dátum",
        "data_nașterii",
        "datum_rođenja",
    ],
)
@pytest.mark.parametrize(
    "layout", ['{{"id": 7, "{k}": "1985-03-12"}}', "{k}=12.03.1985", "{k}: 12.03.1985"]
)
def test_a_field_named_date_of_birth_in_the_language(key, layout):
    text = layout.format(k=key)
    value = "1985-03-12" if "1985-03-12" in text else "12.03.1985"
    assert covers(text, value, "DATE_OF_BIRTH"), text


@pytest.mark.parametrize(
    "text",
    [
        "urodzony w Krakowie 12 marca 1985",
        "född i Göteborg den 12 mars 1985",
        "narozen v Brně 12. 3. 1985",
        "rođen u Splitu 12. ožujka 1985.",
    ],
)
def test_a_place_between_the_cue_and_the_date(text):
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert covers(text, text[start:].rstrip("."), "DATE_OF_BIRTH"), text


@pytest.mark.parametrize(
    "cue", ["urodzony w", "född", "født", "syntynyt", "született", "născut în", "rođen"]
)
def test_a_year_alone_counts_after_born(cue):
    text = f"{cue} 1985 r."
    assert covers(text, "1985", "DATE_OF_BIRTH"), text


@pytest.mark.parametrize(
    "label", ["**DOB:**", "*Date of birth*:", "__DOB__:", "**Data urodzenia:**"]
)
@pytest.mark.parametrize("date", ["12/03/1985", "12 March 1985", "1985-03-12"])
def test_a_cue_in_markdown_emphasis(label, date):
    text = f"- {label} {date}"
    assert covers(text, date, "DATE_OF_BIRTH"), text


@pytest.mark.parametrize("date", ["12.III.1985", "12 III 1985", "3.X.1979", "1.XII.2001"])
@pytest.mark.parametrize("cue", ["date of birth", "ur.", "született", "DOB:"])
def test_a_month_in_roman_numerals_after_a_birth_cue(cue, date):
    text = f"{cue} {date}"
    assert covers(text, date, "DATE_OF_BIRTH"), text


@pytest.mark.parametrize("text", ["chapter 12.III.1985 edition", "section 3 IV 2001 notes"])
def test_roman_numeral_dates_without_a_cue_are_kept(text):
    assert untouched(text, text.split(" ")[1]), text
