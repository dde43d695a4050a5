"""An answer named by the question before it (red19).

The rule: in a dialogue (chat lines, a call's transcript, its SRT cues) a turn that asks for a
field by its name — `Date of birth?`, `Und Ihr Geburtsdatum?`, `Et date de naissance ?`,
`¿Fecha de nacimiento?`, `Geboortedatum?` — makes the next turn of the other speaker, when it
is a bare value, that field. A question that names nothing, a turn by the same speaker, or
something said in between changes nothing; the speaker's label stays as it was read.
"""

from __future__ import annotations

import pytest

from consentry.redact.kinds import Kind
from tests.redact.helpers import covers, untouched

SRT = """12
00:00:41,100 --> 00:00:43,900
AGENT: Et date de naissance ?

13
00:00:44,200 --> 00:00:46,000
CLIENT: 14/02/1983.
"""


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Agent: Date of birth?\nCaller: 1983-02-14", "1983-02-14"),
        ("[09:14] Lea: Und Ihr Geburtsdatum?\n[09:15] Tom: 14.2.83", "14.2.83"),
        (SRT, "14/02/1983"),
        ("Agente: ¿Fecha de nacimiento?\nCliente: 14/02/1983", "14/02/1983"),
        ("Medewerker: Geboortedatum?\nBeller: 14-02-1983", "14-02-1983"),
    ],
)
def test_the_answer_is_the_field_the_question_named(text: str, value: str) -> None:
    assert covers(text, value, Kind.DATE_OF_BIRTH)


def test_a_secret_asked_for_is_the_secret() -> None:
    text = "Agent: Und Ihr Passwort?\nKunde: Zugvogel#7731"
    assert covers(text, "Zugvogel#7731", Kind.SECRET)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Agent: Order date?\nCaller: 2026-02-14", "2026-02-14"),
        ("Agent: Is that all?\nCaller: 14 boxes", "14 boxes"),
        ("Agent: Date of birth?\nAgent: 1983-02-14 is on file", "1983-02-14"),
        ("Agent: Date of birth?\nsorry, line dropped\nCaller: 14.02.2026", "14.02.2026"),
    ],
)
def test_no_field_question_or_no_answer_changes_nothing(text: str, value: str) -> None:
    assert not covers(text, value, Kind.DATE_OF_BIRTH)


def test_an_organisation_field_keeps_a_name_given_elsewhere() -> None:
    text = "Vorname: Reto\nNachname: Keller\nOrganisation: Umzüge Keller\n"
    assert covers(text, "Keller", Kind.PERSON)
    assert untouched(text, "Umzüge Keller")
