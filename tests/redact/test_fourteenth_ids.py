"""Fourteenth pass on issue 11 (red14): a value under a national id's key is redacted only when
the check of a scheme that fits passes it, in every layout; a number that fails every fitting
scheme is a mistyped or made-up number and is kept. Numbers are built here from each scheme's
rule (python-stdnum's validators decide which check digit passes), never copied from a corpus."""

from __future__ import annotations

import pytest
from stdnum.exceptions import InvalidChecksum

from consentry.redact import personal_ids
from tests.redact.helpers import covers, found, untouched


def _pair(module: str, base: str, at: int) -> tuple[str, str]:
    """A number the scheme takes and one that fails only its check digit, differing in the
    digit at `at` (the check digit's place)."""
    mod = personal_ids._module(module)
    good = bad = None
    for d in "0123456789":
        cand = base[:at] + d + base[at + 1 :]
        try:
            mod.validate(cand)
            good = good or cand
        except InvalidChecksum:
            bad = bad or cand
        except Exception:  # noqa: BLE001 - another failure (a check that would be 10): neither
            continue
    assert good and bad, (module, base)
    return good, bad


# (key as a form writes it, module, a number with a free check digit, where that digit is)
SCHEMES = [
    ("Kennitala", "stdnum.is_.kennitala", "2103754309", 8),  # DDMMYY-RRCX, C the check
    ("EMŠO", "stdnum.si.emso", "1207981500010", 12),  # DDMMYYYRRBBBK
    ("JMBG", "stdnum.si.emso", "0311966710020", 12),  # the same Yugoslav scheme in Serbia
    ("EGN", "stdnum.bg.egn", "7104126580", 9),
    ("Rodné číslo", "stdnum.sk.rc", "8557121230", 9),  # a woman's month + 50, mod 11
]
LAYOUTS = [
    "{key}: {value}\n",
    "{key} (as on the card): {value}\n",  # a hint in brackets between the key and its colon
    "Contract 7781\n{key:<16}| {value}\nplan            | basic\n",  # an aligned record
    "Customer record\n{key}  =  {value}\n",
]


@pytest.mark.parametrize(("key", "module", "base", "at"), SCHEMES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_id_under_its_schemes_key_is_redacted_only_when_its_check_passes(
    key, module, base, at, layout
):
    good, bad = _pair(module, base, at)
    text = layout.format(key=key, value=good)
    assert covers(text, good, "NATIONAL_ID"), found(text)
    text = layout.format(key=key, value=bad)
    assert untouched(text, bad), found(text)  # neither an id nor a phone


@pytest.mark.parametrize("key", ["National ID", "Personal number", "ID No."])
def test_a_key_that_names_no_scheme_redacts_what_a_named_scheme_would_reject(key):
    """`National ID: ...` names no scheme: a number there is redacted even when one country's
    scheme rejects it (it may be the id of a country python-stdnum has no scheme for); under
    that scheme's own name it is kept."""
    good, bad = _pair("stdnum.bg.egn", "7104126580", 9)
    assert covers(f"{key}: {good}\n", good, "NATIONAL_ID")
    assert covers(f"{key}: {bad}\n", bad, "NATIONAL_ID"), found(f"{key}: {bad}\n")
    assert untouched(f"EGN: {bad}\n", bad)


def test_a_key_that_names_no_scheme_still_takes_a_number_no_scheme_shapes():
    """A document number no scheme of python-stdnum describes (letters and digits) is no
    failed check: under an id's key it is redacted as before."""
    text = "National ID: XK 48213 LV\n"
    assert covers(text, "XK 48213 LV", "NATIONAL_ID"), found(text)


def test_a_hint_does_not_hide_the_scheme_from_a_phone_lookalike():
    """A ten-digit rodné číslo failing its check is not a phone either."""
    _, bad = _pair("stdnum.sk.rc", "8557121230", 9)
    for text in (f"RČ: {bad}\n", f"Rodné číslo (kópia): {bad}\n"):
        assert untouched(text, bad), found(text)
    assert covers("Tel.: 0905 123 456\n", "0905 123 456", "PHONE")


def test_the_yugoslav_citizen_number_has_its_names():
    """JMBG (Serbia, Bosnia and Herzegovina, Montenegro), EMBG (North Macedonia) and EMŠO
    (Slovenia) name one scheme; Kennitala names Iceland's."""
    for name in ("JMBG", "ЈМБГ", "EMBG", "EMŠO"):
        assert personal_ids.key_scheme(name) == ("stdnum.si.emso",)
    assert personal_ids.key_scheme("Kennitala") == ("stdnum.is_.kennitala",)


# --- fixed-width tables: values under their column's name, no delimiter ---------------------------
def _table(header: list[str], rows: list[list[str]], gap: int = 3) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) + gap for i in range(len(header))]
    lines = [
        "".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in [header, *rows]
    ]
    return "\n".join(lines) + "\n"


FW_HEADER = ["REF", "FULL NAME", "BIRTH DATE", "PHONE", "STATUS"]
FW_ROWS = [
    ["40017", "OKAFOR ADAEZE", "19880314", "+44 7700 900123", "ACTIVE"],
    ["40018", "Lindqvist Maja", "1991-05-22", "+46 70 123 45 67", "CLOSED"],
]


@pytest.mark.parametrize("gap", [2, 5])
def test_a_fixed_width_table_names_each_value_by_its_column(gap):
    """A mainframe export, `column -t` or a printed report: each value under a column that
    names a kind is that kind's, in any casing; the other columns are kept."""
    text = "Customer export\n" + _table(FW_HEADER, FW_ROWS, gap)
    for row in FW_ROWS:
        assert covers(text, row[1], "PERSON"), found(text)
        assert covers(text, row[2], "DATE_OF_BIRTH"), found(text)
        assert untouched(text, row[0]) and untouched(text, row[4])


def test_a_fixed_width_table_that_names_no_kind_keeps_its_values():
    text = _table(["SKU", "ITEM", "QTY", "SHIPPED"], [["A-17", "Blue Widget", "4", "20240314"]])
    assert untouched(text, "Blue Widget") and untouched(text, "20240314"), found(text)


def test_a_line_that_is_not_aligned_to_the_header_ends_the_table():
    """Prose after a table is no row of it: its words do not start at the columns."""
    text = _table(FW_HEADER, FW_ROWS[:1]) + "Batch run 20240101 closed with no errors\n"
    assert covers(text, "OKAFOR ADAEZE", "PERSON")
    assert untouched(text, "20240101"), found(text)
    aligned = _table(FW_HEADER, FW_ROWS[:1] + [["40019", "Batch", "20240101", "-", "-"]])
    assert covers(aligned, "20240101", "DATE_OF_BIRTH")  # the same words as a row are read


def test_a_fixed_width_national_id_column_keeps_a_failing_number():
    good, bad = _pair("stdnum.bg.egn", "7104126580", 9)
    text = _table(["NO", "EGN", "CITY"], [["1", good, "Sofia"], ["2", bad, "Varna"]])
    assert covers(text, good, "NATIONAL_ID"), found(text)
    assert untouched(text, bad), found(text)


# --- a date of birth between a name and the rest of the person's record -----------------------
RECORDS = [
    "SUMMONS\nTomasz Wróbel, 02.09.1979, ulica Polna 14, 00-625 Warszawa\n",
    "Parties:\nAmelia Hart, 14 March 1983, 27 Tainui Road, Ōtaki 5512\n",
    "[09:12] client: Tomasz Wróbel, 1979-09-02, tomasz.wrobel@poczta.fm\n",
]


@pytest.mark.parametrize("text", RECORDS)
def test_a_date_between_a_name_and_its_record_is_a_date_of_birth(text):
    """`<name>, <date>, <address / e-mail / id>`: one line of a register or a summons, in any
    language: the date is the person's date of birth."""
    date = text.split(", ")[1]
    assert covers(text, date, "DATE_OF_BIRTH"), found(text)


def test_a_signature_date_after_a_name_is_kept():
    """A letter's closing line `<name>, <date>` is its date of writing: nothing of the person's
    record follows, so the date is kept."""
    text = "Kind regards,\nAmelia Hart, 14 March 2024\n"
    assert untouched(text, "14 March 2024"), found(text)
    text = "Amelia Hart, 14 March 2024, approved the plan.\n"
    assert untouched(text, "14 March 2024"), found(text)


# --- a form's box code with its field's name in brackets --------------------------------------
def test_a_box_code_with_its_fields_name_in_brackets_names_the_value():
    """The EU registration certificate's harmonised codes (`C.1.1 (surname):`), a tax form's
    box (`7a (date of birth):`): the name in brackets names the field."""
    text = (
        "A (registration no.): KA 4471 BT\nC.1.1 (surname): OKONJO\nC.1.2 (given name): AMARA\n"
        "7a (date of birth): 04.11.1979\nB (first registration): 12.03.2019\n"
    )
    assert covers(text, "OKONJO", "PERSON") and covers(text, "AMARA", "PERSON"), found(text)
    assert covers(text, "04.11.1979", "DATE_OF_BIRTH"), found(text)
    assert untouched(text, "12.03.2019") and untouched(text, "KA 4471 BT"), found(text)


def test_a_hint_after_a_word_key_is_still_only_a_hint():
    """`Name (optional): ...`: the key is the word before the hint, not the hint."""
    text = "Nickname (optional): Starlight\nColour (name): Teal Blue\n"
    assert untouched(text, "Teal Blue"), found(text)


# --- a transcript's lower-case speaker labels -------------------------------------------------
def test_a_lower_case_speaker_label_that_spells_a_name_found_is_a_person():
    """IRC logs and chat exports write `[14:02] nick: ...`: a nick that is a word of a name the
    text writes in full is that person, on every line."""
    text = (
        "[14:02] Mirte (Support): Could you confirm your full name?\n"
        "[14:03] tomasz: Tomasz Wróbel, thanks\n[14:04] tomasz: done\n"
    )
    spans = [(k, v) for k, v in found(text) if k == "PERSON"]
    assert spans.count(("PERSON", "tomasz")) == 2, found(text)


def test_log_levels_and_roles_are_no_speakers():
    text = (
        "[12:00:01] info: worker started for Anna Weber\n[12:00:02] warn: queue slow\n"
        "[12:00:03] system: retry\n[12:00:04] bot: ok\n"
    )
    for label in ("info", "warn", "system", "bot"):
        assert untouched(text, label), found(text)


def test_a_single_timed_line_is_no_transcript():
    text = "[09:15] tomasz: see ticket 4471, Tomasz Wróbel asked\n"
    assert untouched(text, "tomasz"), found(text)
