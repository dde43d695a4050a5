"""Dates of birth: a date in any of the languages' usual writings right after a birth cue
(born, DOB, geboren, né le, nacido el, geboortedatum, ...) is a date of birth; the same date
without the cue (a deadline, a release, a timestamp) is kept."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, untouched

CUES = {
    "en": ("born on", "born", "DOB:", "D.O.B.", "date of birth:", "Date of Birth", "birthday:"),
    "de": ("geboren am", "geb.", "Geburtsdatum:", "geboren"),
    "fr": ("né le", "née le", "né(e) le", "date de naissance :"),
    "es": ("nacido el", "nacida el", "fecha de nacimiento:"),
    "nl": ("geboren op", "geboortedatum:", "Geboortedatum"),
}
DATES = {
    "en": ("March 12, 1985", "12 March 1985", "03/12/1985", "1985-03-12", "12/3/1985"),
    "de": ("12.03.1985", "12. März 1985", "1985-03-12", "2.3.1985"),
    "fr": ("12 mars 1985", "1er avril 1979", "12/03/1985"),
    "es": ("12 de marzo de 1985", "12/03/1985", "12-03-1985"),
    "nl": ("12 maart 1985", "12-03-1985", "12/03/1985"),
}


@pytest.mark.parametrize(
    ("lang", "cue", "date"),
    [(lang, cue, d) for lang, cues in CUES.items() for cue in cues for d in DATES[lang]],
)
def test_date_after_a_birth_cue_in_its_language(lang, cue, date):
    text = f"Patient: {cue} {date}, seen today"
    assert covers(text, date, "DATE_OF_BIRTH"), (lang, text)


@pytest.mark.parametrize("date", sorted({d for ds in DATES.values() for d in ds}))
@pytest.mark.parametrize(
    "frame", ["due {d}", "released on {d}.", "Termin am {d}", "échéance le {d}", "2024 report: {d}"]
)
def test_date_without_a_birth_cue_is_kept(date, frame):
    text = frame.format(d=date)
    assert untouched(text, date), text


@pytest.mark.parametrize("cue", ["born in", "geboren", "née en", "nacido en"])
def test_a_year_alone_counts_only_after_born(cue):
    text = f"{cue} 1985 in a small town"
    assert covers(text, "1985", "DATE_OF_BIRTH"), text
    assert untouched("in 1985 we moved", "1985")


PLACE_FRAMES = {
    "en": ("I was born in Leeds on {d}.", "born in New York City on {d}"),
    "de": ("geboren in Köln am {d}", "Ich bin am {d} in Köln geboren."),
    "fr": ("née à Lyon le {d}", "né à Saint-Étienne le {d}"),
    "es": ("nacida en Sevilla el {d}", "nació en San Sebastián el {d}"),
    "nl": ("geboren te Utrecht op {d}", "Ik ben op {d} geboren."),
}


@pytest.mark.parametrize(
    ("lang", "frame", "date"),
    [(lang, f, d) for lang, frames in PLACE_FRAMES.items() for f in frames for d in DATES[lang]],
)
def test_a_place_between_the_cue_and_the_date_or_a_verb_final_cue(lang, frame, date):
    text = frame.format(d=date)
    assert covers(text, date, "DATE_OF_BIRTH"), text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB 1985-03-12T00:00:00Z", "1985-03-12T00:00:00Z"),
        ('{"birthDate": "1985-03-12T00:00:00.000Z"}', "1985-03-12T00:00:00.000Z"),
        ("dob: 19850312", "19850312"),
        ("DOB: 12031985", "12031985"),
        ("My date of birth is 03-Mar-1985", "03-Mar-1985"),
        ("born on the 3rd of March, 1985", "3rd of March, 1985"),
        ("born on Tuesday, 3 March 1985", "3 March 1985"),
        ("Date of birth (DD/MM/YYYY): 12/03/1985", "12/03/1985"),
        ("born in March 1985", "March 1985"),
        ("geboren im März 1985", "März 1985"),
        ("nacido en marzo de 1985", "marzo de 1985"),
        ("Geb.-Dat.: 12.03.1985", "12.03.1985"),
        ("Fec. Nac.: 12/03/1985", "12/03/1985"),
        ("DDN: 03/03/1985", "03/03/1985"),
        ("| date_naissance | August 5, 1987 |", "August 5, 1987"),
    ],
)
def test_other_writings_of_the_date_and_the_cue(text, date):
    assert covers(text, date, "DATE_OF_BIRTH"), text


@pytest.mark.parametrize(
    "text", ["in March 2024 we shipped", "released in May 2021", "im März 2024"]
)
def test_a_month_and_year_without_a_birth_cue_is_kept(text):
    assert untouched(text, text.split()[-3] if "we" in text else text.split()[-2]), text
