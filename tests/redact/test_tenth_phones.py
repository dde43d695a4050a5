"""Phone numbers of the tenth pass, each written from its rule:

- a number with its extension is judged without the extension (`21 924 1439 ext. 398`);
- a leading 0 and another digit is a trunk prefix: no amount or decimal is written so
  (`0419.239.016`, `06.12695282`); after a phone's cue word, groups joined by dots with three
  digits first are a number (`Celular: 912.589.470`), while a date after it stays a date;
- a trunk 0 and five digits may open a number (`081096-89858`, `015670 975956`);
- the cue words of more languages (Tlf., Tfn, Kom., komórka, mobilní, puh., dial-in);
- digits after a '+' are a phone number, never a card or an id that passes its check by chance;
- in a row, a number that ends a cell is never a house number of the next cell's street.
"""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, found, untouched


@pytest.mark.parametrize(
    "number", ("21 924 1439", "020 7946 0018", "0612 345 678", "06 12 34 56 78")
)
@pytest.mark.parametrize("ext", (" ext. 398", " ext 12", " x204", " extension 7"))
@pytest.mark.parametrize("cue", ("Call back on", "Phone:", "Tel."))
def test_number_with_its_extension(number: str, ext: str, cue: str) -> None:
    text = f"{cue} {number}{ext}.\nAssigned: the team"
    assert covers(text, number, "PHONE")


@pytest.mark.parametrize("number", ("0419.239.016", "0483.327.391", "06.12695282", "0470.12.34.56"))
@pytest.mark.parametrize(
    "frame", ("Contact: {v} / jo@example.net", "| Zalando | {v} | last contact", "My number: {v}\n")
)
def test_dotted_number_with_a_trunk_zero(number: str, frame: str) -> None:
    text = frame.format(v=number)
    assert covers(text, number, "PHONE")


@pytest.mark.parametrize("cue", ("Celular:", "Telemóvel", "Tel.", "Phone:"))
@pytest.mark.parametrize("number", ("912.589.470", "912.58.94.70", "351.912.589.470"))
def test_dotted_groups_after_a_phone_cue(cue: str, number: str) -> None:
    text = f"{cue} {number}\nTravessa do Carmo, 28"
    assert covers(text, number, "PHONE")


# (in prose: after a form's `Phone:` the field names the kind and the value is not checked)
@pytest.mark.parametrize("cue", ("Celular", "Tel.", "call me on"))
@pytest.mark.parametrize("date", ("12.03.1985", "1985.03.12"))
def test_a_date_after_a_phone_cue_stays_a_date(cue: str, date: str) -> None:
    assert not [v for k, v in found(f"{cue} {date}") if k == "PHONE"]


@pytest.mark.parametrize("amount", ("1.234.567", "12.345.678", "1.234"))
def test_dotted_amount_without_cue_is_kept(amount: str) -> None:
    text = f"Total: {amount} EUR"
    assert untouched(text, amount)


@pytest.mark.parametrize(
    "number", ("081096-89858", "081252 00754", "074470 74545", "015670 975956")
)
@pytest.mark.parametrize(
    "frame", ("Mobile {v}. Salary review", 'x@example.com,{v},"Plot No. 93"', "Kontakt: {v}, danke")
)
def test_trunk_zero_and_five_digits_open_a_number(number: str, frame: str) -> None:
    text = frame.format(v=number)
    assert covers(text, number, "PHONE")


@pytest.mark.parametrize(
    "cue", ("Tlf.", "Tlf:", "Tfn", "Kom.:", "komórka", "mobilní", "puh.", "Dial-in")
)
@pytest.mark.parametrize("number", ("28 44 61 15", "12 425 98 38", "777 282 137", "3125333183"))
def test_cue_words_of_more_languages(cue: str, number: str) -> None:
    text = f"{cue} {number}\n"
    assert covers(text, number, "PHONE")


@pytest.mark.parametrize(
    "number", ("+4915177965097", "+49 1512 4991873", "+48 540 712 347", "+4930123456789")
)
@pytest.mark.parametrize(
    "frame", ("{v} · trost@example.de", ";gudula79@web.de;{v};Hauptgasse 1-3;")
)
def test_digits_after_a_plus_are_a_phone_number(number: str, frame: str) -> None:
    text = frame.format(v=number)
    assert covers(text, number, "PHONE")


@pytest.mark.parametrize(
    ("number", "street"),
    (
        ("52 971 24 68", "pl. Grunwaldzki 70 m. 59"),
        ("078 194 69 91", "Avenue de la Gare 25 c"),
        ("+32 476 18 46 03", "Avenue Louise 23, 2058 Antwerpen"),
        ("079 367 54 31", "Chemin des Crêts 42"),
    ),
)
def test_number_ending_a_cell_is_no_house_number(number: str, street: str) -> None:
    header = "first\tlast\temail\tphone\tstreet\tzip\tcity"
    text = f"{header}\nAnna\tNowak\tanna@example.com\t{number}\t{street}\t61-756\tPoznań\n"
    assert covers(text, number, "PHONE")
