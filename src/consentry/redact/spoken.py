"""Numbers and dates as a transcript writes them when they were spoken (English): `oh seven two,
five oh seven, seven five seven, six eight`, `the twenty seventh of april nineteen ninety one`.

A speech-to-text transcript of a support call spells out what the caller said. A run of seven
or more digit words is a phone number after a phone's cue (on its line or the line before) or
when it is ten digits or more long; a spoken date is a date of birth where a birth cue asks for
it (dates.py reads it as the answer on the next line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consentry.redact import lexicon as lx
from consentry.redact.kinds import Kind

_DIGIT = (
    r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double[ \t]+\w+|triple[ \t]+\w+)"
)
_DIGIT_WORDS = re.compile(_DIGIT, re.I)
DIGITS = re.compile(rf"(?i)(?<![\w-]){_DIGIT}(?:[ \t]*[,-]?[ \t]+{_DIGIT}){{6,20}}(?![\w-])")
# anchors: two digit words in a row, as every spoken number of seven digits holds (`seven five`,
# `two, five`); a digit word alone (`five`, `one`) is in too much prose to look around each
_WORDS = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ANCHORS = tuple(f"{a}{sep}{b}" for a in _WORDS for b in _WORDS for sep in (" ", ", ", "-"))


def _count(run: str) -> int:
    n = 0
    for w in _DIGIT_WORDS.findall(run):
        n += 3 if w.lower().startswith("triple") else 2 if w.lower().startswith("double") else 1
    return n


def phone_numbers(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    text = m.string
    digits = _count(m.group())
    if not 7 <= digits <= 15:
        return
    line = text.rfind("\n", 0, m.start())
    before = text[text.rfind("\n", 0, max(0, line)) + 1 : m.start()]  # this line and the last
    if digits >= 10 or lx.PHONE_CUE.search(before[-160:]):
        yield m.start(), m.end(), Kind.PHONE


_ORD = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth"
)
_UNIT = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_DAY = rf"(?:(?:twenty|thirty)[ -](?:{_ORD})|{_ORD}|\d{{1,2}}(?:st|nd|rd|th))"
_MONTH = r"january|february|march|april|may|june|july|august|september|october|november|december"
_YEAR = (
    rf"(?:nineteen|eighteen)[ -](?:(?:{_TENS})(?:[ -](?:{_UNIT}))?|{_TEENS}|(?:oh|o)[ -](?:{_UNIT})|hundred)"
    rf"|two[ -]thousand(?:[ -]and)?(?:[ -](?:{_UNIT}|{_TEENS}|twenty(?:[ -](?:{_UNIT}))?))?"
    rf"|twenty[ -](?:{_TEENS}|(?:oh|o)[ -](?:{_UNIT})|twenty(?:[ -](?:{_UNIT}))?)|\d{{4}}"
)
DATE = re.compile(
    rf"(?i)(?:the[ \t]+)?{_DAY}[ \t]+of[ \t]+(?:{_MONTH}),?[ \t]+(?:{_YEAR})"
    rf"|(?:{_MONTH})[ \t]+(?:the[ \t]+)?{_DAY},?[ \t]+(?:{_YEAR})"
)
