"""Names where a record or a letter says a name comes: mail headers, salutations, sign-offs,
titles and introductions, in the five languages; a salutation to a group is no name."""

from __future__ import annotations

import pytest

from tests.redact.helpers import REDACTOR, covers, untouched

NAMES = ("Anna Schmidt", "Jan de Vries", "María José García", "Élodie Lefèvre", "Seán O'Brien")
HEADERS = ("From", "To", "Cc", "Von", "An", "De", "À", "Para", "Van", "Aan")
SALUTATIONS = (
    "Dear",
    "Hi",
    "Hallo",
    "Liebe",
    "Sehr geehrte Frau",
    "Bonjour",
    "Chère",
    "Hola",
    "Estimada",
    "Beste",
    "Geachte heer",
)
SIGN_OFFS = (
    "Best regards,",
    "Thanks,",
    "Mit freundlichen Grüßen",
    "Viele Grüße,",
    "Cordialement,",
    "Bien à vous,",
    "Saludos,",
    "Atentamente,",
    "Met vriendelijke groet,",
    "Groeten,",
)
INTROS = (
    "my name is",
    "mein Name ist",
    "ich heiße",
    "je m'appelle",
    "me llamo",
    "mi nombre es",
    "mijn naam is",
    "ik heet",
)
TITLES = ("Mr.", "Mrs", "Dr.", "Herr", "Frau", "M.", "Mme", "Sr.", "Sra.", "Dhr.", "Mevr.")


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("name", NAMES)
def test_name_in_a_mail_header(header, name):
    text = f"{header}: {name} <someone@example.org>\nSubject: hello\n\nbody"
    assert covers(text, name, "PERSON"), text


@pytest.mark.parametrize("greeting", SALUTATIONS)
@pytest.mark.parametrize("name", NAMES)
def test_name_after_a_salutation(greeting, name):
    text = f"{greeting} {name},\n\nthe documents are attached."
    assert covers(text, name, "PERSON"), text


@pytest.mark.parametrize("sign_off", SIGN_OFFS)
@pytest.mark.parametrize("name", NAMES)
def test_name_after_a_sign_off(sign_off, name):
    text = f"see you next week.\n\n{sign_off}\n{name}\n"
    assert covers(text, name, "PERSON"), text


@pytest.mark.parametrize("intro", INTROS)
@pytest.mark.parametrize("name", NAMES)
def test_name_after_an_introduction(intro, name):
    text = f"Hello, {intro} {name} and I need help."
    assert covers(text, name, "PERSON"), text


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("name", NAMES)
def test_name_after_a_title(title, name):
    text = f"Appointment with {title} {name} tomorrow."
    assert covers(text, name, "PERSON"), text


@pytest.mark.parametrize(
    "greeting",
    [
        "Hi team,",
        "Hallo zusammen,",
        "Bonjour à tous,",
        "Hola equipo,",
        "Hoi allemaal,",
        "Dear Sir or Madam,",
    ],
)
def test_a_salutation_to_a_group_names_nobody(greeting):
    text = f"{greeting}\n\nthe release is out."
    assert not [f for f in REDACTOR.find(text) if f.kind == "PERSON"], text
    assert untouched(text, "release")
