"""Full names in running text without a model: a listed given name followed by a surname (after
particles such as van der, de la, von) is a name in every language's sentences; a given name
that is also an ordinary word counts only before a listed surname, and a word that names a
place or a thing is never a surname. Other written forms: SURNAME, Given; ALL-CAPS names; an
initial before a listed surname; a given name as a transcript speaker's label."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, untouched

NAMES = {
    "en": ("Emily Carter", "James O'Connor", "Sarah-Jane Miller"),
    "de": ("Jürgen Weber", "Anja Hoffmann", "Karl-Heinz Schröder"),
    "fr": ("Marie-Claire Dubois", "Étienne Lefèvre", "Camille Girard"),
    "es": ("María José García López", "Álvaro Núñez", "Lucía Fernández"),
    "nl": ("Pieter van der Berg", "Sanne de Vries", "Joris Jansen"),
}
FRAMES = {
    "en": ("Yesterday {x} called about the invoice.", "Please forward this to {x} today."),
    "de": ("Ich habe gestern mit {x} gesprochen.", "{x} kommt morgen vorbei."),
    "fr": ("J'ai parlé avec {x} hier soir.", "{x} participera à la réunion."),
    "es": ("Ayer hablé con {x} sobre el pedido.", "{x} vendrá mañana."),
    "nl": ("Ik heb gisteren met {x} gesproken.", "{x} komt morgen langs."),
}


@pytest.mark.parametrize(
    ("lang", "name", "frame"),
    [(lang, n, f) for lang, names in NAMES.items() for n in names for f in FRAMES[lang]],
)
def test_given_name_and_surname_in_a_sentence_of_each_language(lang, name, frame):
    text = frame.format(x=name)
    assert covers(text, name, "PERSON"), text


@pytest.mark.parametrize(
    "phrase",
    [
        "Will Call",  # ambiguous given name, then a word that is no listed surname
        "Grace Period",
        "Mark Down",
        "Virginia Beach",  # given names before a place or a thing
        "Victoria Station",
        "Emily Street",
        "Julia Set",
    ],
)
def test_given_names_that_are_words_or_places_are_kept(phrase):
    text = f"We looked at {phrase} yesterday."
    assert untouched(text, phrase), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient: SCHMIDT, Anna", "SCHMIDT, Anna"),
        ("Ordered by Garcia, Maria; shipped", "Garcia, Maria"),
        ("Signed: ANNA SCHMIDT", "ANNA SCHMIDT"),
        ("contact J. Smith about it", "J. Smith"),
        ("Anna: the build failed\nBen: retry it", "Anna"),
        ("[10:02] <Maria> ok then", "Maria"),
    ],
)
def test_names_in_other_written_forms(text, name):
    assert covers(text, name, "PERSON"), text


@pytest.mark.parametrize(
    "text", ["HTTP ERROR 500", "Note: this is fine", "U.S. Army", "Berlin, Paris"]
)
def test_capitals_that_are_no_names_are_kept(text):
    assert untouched(text, text.split()[0]), text
