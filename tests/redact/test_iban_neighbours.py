"""An IBAN is Latin letters and digits (ISO 13616): whatever letter of another alphabet, or
accented Latin letter, follows it in the text (a PDF's text runs the next word on after one
space, or none), the text is read without an error, a valid IBAN is found with its exact span,
and nothing of the next word is ever taken into an IBAN (also after one that fails its check:
the crash PII hold-out 16 found was such a twin, whose failed check sent the reader on into `Núm`)."""

from __future__ import annotations

import pytest
from stdnum import iban as stdnum_iban

from consentry.redact import default_redactor
from consentry.redact.kinds import Kind

# valid by python-stdnum (checked below), written in groups of four as printed
IBANS = [
    "ES91 2100 0418 4502 0005 1332",
    "DE89 3704 0044 0532 0130 00",
    "NL91 ABNA 0417 1643 00",
    "FR14 2004 1010 0505 0001 3M02 606",
    "GB82 WEST 1234 5698 7654 32",
    "BE71 0961 2345 6769",
]
# next words that start with a letter outside ASCII: accented Latin, Greek, Cyrillic, CJK, and
# a superscript digit (`isdigit` but no base-36 digit)
AFTER = ["Núm", "Ústí", "Ärger", "Élan", "Ωμέγα", "Жанр", "数字", "²"]


def _failing(iban: str) -> str:
    """The same IBAN with its check digits moved by one: fails ISO 7064 mod 97-10."""
    check = (int(iban[2:4]) + 1) % 100
    return f"{iban[:2]}{check:02d}{iban[4:]}"


@pytest.mark.parametrize("iban", IBANS)
@pytest.mark.parametrize("word", AFTER)
@pytest.mark.parametrize("gap", [" ", "", "\n"])
def test_iban_then_a_word_of_another_alphabet(iban: str, word: str, gap: str) -> None:
    assert stdnum_iban.is_valid(iban) and not stdnum_iban.is_valid(_failing(iban))
    red = default_redactor()
    for number, valid in ((iban, True), (_failing(iban), False)):
        text = f"Please transfer it to {number}{gap}{word} and keep the receipt"
        ibans = [(f.start, f.end) for f in red.find(text) if f.kind == Kind.IBAN]
        start = text.index(number)
        if not valid:
            assert all(s >= start and e <= start + len(number) for s, e in ibans)
        elif gap:
            assert ibans == [(start, start + len(number))]
        else:
            # run on without a break, the IBAN ends where its Latin characters end, or is not
            # read as one; nothing past it is taken
            assert all(s == start and e <= start + len(number) for s, e in ibans)
