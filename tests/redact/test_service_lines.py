"""Numbers that name no person: a business's toll-free service line (libphonenumber's number
type in the region it is read in) and network addresses outside the global internet are kept,
while a person's own number beside them is still found."""

from __future__ import annotations

import phonenumbers as pn
import pytest

from tests.redact.helpers import covers, untouched

T = pn.PhoneNumberType
# A service line and a person's own line in one message, in each region's language.
SENTENCES = {
    "GB": "Our helpline is {free}; if that fails ring me on {own}.",
    "US": "Call customer care at {free}, or text my cell {own}.",
    "DE": "Die Hotline erreichen Sie unter {free}, mich privat unter {own}.",
    "AT": "Servicenummer {free}, meine Handynummer {own}.",
    "FR": "Le service client est au {free}, mon portable au {own}.",
    "ES": "Atención al cliente: {free}. Mi móvil es {own}.",
    "NL": "De klantenservice is bereikbaar op {free}, mijn mobiel is {own}.",
    "IT": "Il numero verde è {free}, il mio cellulare {own}.",
    "BE": "Het gratis nummer is {free}, mijn gsm {own}.",
}
FORMATS = (pn.PhoneNumberFormat.NATIONAL, pn.PhoneNumberFormat.INTERNATIONAL)


def _example(region: str, kind: int, fmt: int) -> str:
    number = pn.example_number_for_type(region, kind)
    assert number is not None, f"libphonenumber has no example of {kind} for {region}"
    return pn.format_number(number, fmt)


@pytest.mark.parametrize("region", sorted(SENTENCES))
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_toll_free_line_is_kept_and_the_persons_own_number_found(region: str, fmt: int) -> None:
    free = _example(region, T.TOLL_FREE, fmt)
    own = _example(region, T.MOBILE, fmt)
    text = SENTENCES[region].format(free=free, own=own)
    assert untouched(text, free)
    assert covers(text, own, "PHONE")


@pytest.mark.parametrize("region", ("GB", "DE", "FR", "NL"))
def test_a_toll_free_line_under_a_phone_field_is_kept(region: str) -> None:
    free = _example(region, T.TOLL_FREE, pn.PhoneNumberFormat.NATIONAL)
    own = _example(region, T.FIXED_LINE, pn.PhoneNumberFormat.NATIONAL)
    text = f'{{"support_phone": "{free}", "phone": "{own}"}}'
    assert untouched(text, free)
    assert covers(text, own, "PHONE")


@pytest.mark.parametrize("kind", (T.PREMIUM_RATE, T.FIXED_LINE, T.MOBILE))
@pytest.mark.parametrize("region", ("GB", "DE", "FR"))
def test_lines_that_are_not_toll_free_are_found_after_a_cue(region: str, kind: int) -> None:
    number = _example(region, kind, pn.PhoneNumberFormat.INTERNATIONAL)
    text = f"phone: {number}"
    assert covers(text, number, "PHONE")
