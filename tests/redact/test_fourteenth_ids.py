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
