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
