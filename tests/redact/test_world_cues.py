"""Families of the twelfth pass, each written from its rule and parametrised over the world data
the rule reads (world.py's rows, CLDR's month names, python-stdnum's schemes and their own
documented examples), not over single cases of a corpus:

- a date after a birth cue or under a birth field of any listed language is a date of birth;
  the same date after an invoice's word is kept;
- a date written with a month's name of any CLDR locale after a birth cue is a date of birth;
  a made-up word in the month's place is no month;
- a number after the name of a python-stdnum personal scheme is an id when the scheme's own
  documented valid example is it, and kept when it is the scheme's documented bad checksum;
- a value under a password's field of any language is a secret, also when the field names what
  it opens (`... wifi`);
- a code of four to eight digits after a one-time code's name of any language is a secret;
- a number after a phone cue of any language is a phone number;
- a transcript's spoken phone number and spoken date are found after their cue.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from consentry.redact import ids, personal_ids, world
from tests.redact.helpers import covers, found, untouched

_DATES = ("12.03.1985", "1985-03-12", "12/03/1985")


def _words(rows, langs=None):
    return [
        (lang, w)
        for lang, ws in rows
        for w in ws.split("|")
        if (langs is None or lang in langs) and lang not in world.UNSPACED_LANGS
    ]


@pytest.mark.parametrize(("lang", "cue"), _words(world.DOB))
@pytest.mark.parametrize("date", _DATES)
def test_a_date_after_a_birth_cue_of_any_language(lang: str, cue: str, date: str) -> None:
    text = f"Jina / name: A. B.\n{cue}: {date}\nthanks"
    assert covers(text, date, "DATE_OF_BIRTH"), (lang, text)


@pytest.mark.parametrize(
    ("cue", "date"),
    [
        ("生年月日", "1985年3月12日"),
        ("出生日期", "1985年03月12日"),
        ("생년월일", "1985년 3월 12일"),
        ("วันเกิด", "12/03/2528"),
    ],
)
def test_a_date_after_a_birth_cue_of_an_unspaced_script(cue: str, date: str) -> None:
    for sep in ("：", ": ", " "):
        text = f"患者{cue}{sep}{date}\n"
        assert covers(text, date, "DATE_OF_BIRTH"), text


@pytest.mark.parametrize("date", _DATES)
def test_the_same_date_after_an_invoice_word_is_kept(date: str) -> None:
    for frame in ("Invoice date: {d}", "Fatura tarihi {d}", "Tarehe ya ankara: {d}"):
        text = frame.format(d=date)
        assert untouched(text, date), text


_MONTHS = sorted(
    w
    for w in (Path(personal_ids.__file__).with_name("data") / "month_names.txt")
    .read_text(encoding="utf-8")
    .split("\n")
    if w and not w.startswith("#") and not re.search(r"[\s.,/()'\"-]", w)
)


@pytest.mark.parametrize("month", _MONTHS[::37])
def test_a_month_name_of_any_cldr_locale_after_a_birth_cue(month: str) -> None:
    date = f"12 {month} 1985"
    for cue in ("Date of birth:", "Дата рождения:", "Tanggal lahir:"):
        text = f"{cue} {date}\n"
        assert covers(text, date, "DATE_OF_BIRTH"), text


def test_a_made_up_word_in_a_months_place_is_no_month() -> None:
    text = "Date of birth: 12 Zorblatt 1985\n"
    assert not [v for k, v in found(text) if k == "DATE_OF_BIRTH" and "Zorblatt" in v]


def _examples() -> list[tuple[str, str, str, str]]:
    """(name, module, documented valid number, documented bad checksum) for each scheme name
    (not those that name an identity document too, whose number the document rule takes with
    no check: `Cedula`)."""
    out = []
    for name, modules in personal_ids.SCHEMES.items():
        if ids.DOCUMENT_CUE.match(name + " 1"):
            continue
        for mod_name in modules:
            doc = importlib.import_module(mod_name).__doc__ or ""
            good = re.findall(r">>> validate\('([^']+)'\)\n'", doc)
            bad = re.findall(r">>> validate\('([^']+)'\)\nTraceback[^>]*InvalidChecksum", doc)
            if good and bad and (good[0] + bad[0]).isdigit():
                out.append((name, mod_name, good[0], bad[0]))
                break
    return out


@pytest.mark.parametrize(("name", "module", "good", "bad"), _examples())
def test_a_number_after_its_stdnum_schemes_name(
    name: str, module: str, good: str, bad: str
) -> None:
    for frame in ("{n}: {v}\n", "{n} {v}, issued"):
        text = frame.format(n=name, v=good)
        assert covers(text, good, "NATIONAL_ID"), (module, text)
        text = frame.format(n=name, v=bad)
        assert not [v for k, v in found(text) if k == "NATIONAL_ID"], (module, text)


@pytest.mark.parametrize(("lang", "word"), _words(world.PASSWORD))
def test_a_value_under_a_password_field_of_any_language(lang: str, word: str) -> None:
    for key in (word, f"{word} wifi"):
        text = f"{key}: Kx9!mRt2qa\nok"
        assert covers(text, "Kx9!mRt2qa", "SECRET"), (lang, text)


@pytest.mark.parametrize(("lang", "word"), _words(world.OTP))
def test_a_code_after_a_one_time_codes_name(lang: str, word: str) -> None:
    text = f"{word}: 482913 (do not share)"
    assert covers(text, "482913", "SECRET"), (lang, text)
    text = f"{word} 12 minutes"
    assert not [v for k, v in found(text) if k == "SECRET"], (lang, text)


@pytest.mark.parametrize(("lang", "word"), _words(world.PHONE))
def test_a_number_after_a_phone_cue_of_any_language(lang: str, word: str) -> None:
    text = f"{word}: 0912 345 678\n"
    assert covers(text, "0912 345 678", "PHONE"), (lang, text)


@pytest.mark.parametrize(
    "spoken",
    (
        "oh seven two, five oh seven, seven five seven, six eight",
        "nine one three three four six three nine one three",
        "zero seven one six three eight four two eight four one",
    ),
)
def test_a_spoken_phone_number_after_its_cue(spoken: str) -> None:
    text = f"agent: best contact number\ncaller: {spoken}\nagent: thanks"
    assert covers(text, spoken, "PHONE"), text


def test_counting_words_without_a_cue_are_no_phone() -> None:
    text = "the recipe: one two three four five six seven steps"
    assert not [v for k, v in found(text) if k == "PHONE"]


@pytest.mark.parametrize(
    "spoken",
    (
        "the twenty seventh of april nineteen ninety one",
        "the first of december two thousand and five",
        "march the 3rd, nineteen eighty",
    ),
)
def test_a_spoken_date_answering_a_birth_cue(spoken: str) -> None:
    text = f"agent: and your date of birth\ncaller: yeah it's {spoken}\nagent: thanks"
    assert covers(text, spoken, "DATE_OF_BIRTH"), text
    text = f"agent: and the date of the accident\ncaller: {spoken}\n"
    assert untouched(text, spoken), text


@pytest.mark.parametrize("number", ("0 (532) 158 93 01", "0 (212) 555 01 47"))
def test_a_trunk_zero_before_an_area_code_in_brackets(number: str) -> None:
    text = f"Host: Ayşe Kaya {number}\nWi-Fi"
    assert covers(text, number, "PHONE"), text
