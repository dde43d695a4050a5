"""Dates of birth of the tenth pass, each written from its rule:

- the answer to a question that asks for the name and the date of birth gives the name first
  and the date at the end of its line;
- Polish closes a year with `r.`, which belongs to the date;
- the cues forms abbreviate (`DN:`, `D.T.:`, `Date de naiss.`) and the first person of Polish
  (`urodziłam się`, `urodziłem się`);
- the genealogists' star right before a date (`*20.3.1956`), not a Markdown bullet or italics;
- six digits after a birth cue or under a birth field (Sweden's YYMMDD, Denmark's DDMMYY);
- PHP's print_r (`[birthdate] => ...`) names its values as `key: value` does;
- a tab ends a town's cell: the next cell's day is no district number.
The same dates in frames that are not about birth are kept.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, found, untouched

DATES = ("16th September 1986", "1977-12-04", "12/01/54", "Dec 5, 1959", "25-1-1993", "16.11.82")
QUESTIONS = (
    "Can I have your full name and date of birth?",
    "Mag ik uw naam en geboortedatum?",
    "Pode indicar o nome e a data de nascimento?",
    "Können Sie mir Ihren Namen und Ihr Geburtsdatum nennen?",
    "Pouvez-vous me donner vos nom et date de naissance ?",
)
NAMES = ("Jake McCarthy", "O'Hara, Clifford", "Leah van den Hoogers")


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("date", DATES)
def test_answer_gives_name_then_date(question: str, name: str, date: str) -> None:
    text = f"[8:14] Anna (agent): {question}\n[8:15] customer: {name}, {date}\n[8:21] customer: thanks\n"
    assert covers(text, date, "DATE_OF_BIRTH")


@pytest.mark.parametrize("date", DATES)
def test_answer_to_another_question_is_kept(date: str) -> None:
    text = f"[8:14] Anna (agent): When was the order placed?\n[8:15] customer: ACME Ltd, {date}\n"
    assert not [v for k, v in found(text) if k == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("date", ("17.08.1999", "4 listopada 1995", "14.02.1958"))
@pytest.mark.parametrize(
    "cue", ("data urodzenia", "Ur.:", "urodziłam się", "urodziłem się", "urodzony")
)
def test_polish_year_mark_belongs_to_the_date(date: str, cue: str) -> None:
    text = f"{cue} {date} r., mieszkam w Krakowie"
    assert covers(text, f"{date} r.", "DATE_OF_BIRTH")


@pytest.mark.parametrize("cue", ("DN:", "(DN:", "D.T.:", "Date de naiss.", "DATE DE NAISS."))
@pytest.mark.parametrize("date", ("26/06/1969", "22.08.58", "1987-08-24"))
def test_abbreviated_form_cues(cue: str, date: str) -> None:
    text = f"Nome: Inês Lima\n{cue} {date}\nTelemóvel: 920 237 870\n"
    assert covers(text, date, "DATE_OF_BIRTH")


@pytest.mark.parametrize("date", ("20.3.1956", "24. April 1985", "12. Januar 1946", "21.06.44"))
@pytest.mark.parametrize(
    "frame", ("Moin Linh,\n\n*{d}. Meine Steuer-ID", "[15:43] Niklas: *{d}\n", "Basel. *{d}. ich")
)
def test_genealogical_star_before_a_date(date: str, frame: str) -> None:
    text = frame.format(d=date)
    assert covers(text, date, "DATE_OF_BIRTH")


@pytest.mark.parametrize("date", ("2024-05-01", "12.03.2025", "12 March 2024"))
def test_markdown_bullet_or_bold_before_a_date_is_kept(date: str) -> None:
    for text in (f"* {date} released v2\n", f"**{date}** release notes\n", f"*{date}* release\n"):
        assert untouched(text, date)


@pytest.mark.parametrize("digits", ("961027", "620127", "030109", "210399"))
@pytest.mark.parametrize(
    "frame",
    ("född {v}\n", "födelsedatum: {v}\n", "Födelsedatum = {v}\n", '"BIRTHDT": "{v}"', "født {v}\n"),
)
def test_six_digit_birth_date_after_its_cue(digits: str, frame: str) -> None:
    text = frame.format(v=digits)
    assert covers(text, digits, "DATE_OF_BIRTH")


@pytest.mark.parametrize("digits", ("961027", "620127"))
def test_six_digits_without_a_birth_cue_are_no_date_of_birth(digits: str) -> None:
    for text in (f"order {digits} shipped", f"ticket #{digits}", f"personnummer: {digits}-0358"):
        assert not [v for k, v in found(text) if k == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("key", "value", "kind"),
    (
        ("birthdate", "1941-02-23", "DATE_OF_BIRTH"),
        ("first_name", "Benthe", "PERSON"),
        ("email", "benthe@example.nl", "EMAIL"),
        ("street", "Van de Bruijnstraat 169", "ADDRESS"),
    ),
)
def test_php_print_r_names_its_values(key: str, value: str, kind: str) -> None:
    text = f"Array\n(\n    [newsletter] => 1\n    [{key}] => {value}\n    [submitted] => 2025-08-31\n)\n"
    assert covers(text, value, kind)
    assert untouched(text, "2025-08-31")


@pytest.mark.parametrize(
    ("address", "date"),
    (
        ("Kungsgatan 158, 751 51 Uppsala", "17 februari 1980"),
        ("Chaussée de Wavre 35 bus 1, 2070 Antwerpen", "24 novembre 1967"),
        ("Julianalaan 21, 3000 NM Rotterdam", "25 augustus 1980"),
    ),
)
def test_tab_ends_the_towns_cell(address: str, date: str) -> None:
    text = f"name\temail\taddress\tdate_of_birth\tsignup\nAnna\ta@example.com\t{address}\t{date}\t2023-02-13\n"
    assert covers(text, date, "DATE_OF_BIRTH")
    assert not [v for k, v in found(text) if k == "ADDRESS" and "\t" in v]


def test_district_after_the_town_with_a_space() -> None:
    text = "Adresa: Vinohradská 2467/209, 188 63 Praha 10\n"
    assert covers(text, "Praha 10", "ADDRESS")
