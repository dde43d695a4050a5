"""Dates of birth: a date next to a cue (born, DOB, geboren, né le, nacido, geboortedatum, ...).
A date alone is kept: timestamps, release dates and deadlines are not personal data."""

from __future__ import annotations

import re
from collections.abc import Iterator

from consentry.redact import lexicon as lx
from consentry.redact.kinds import Kind

_D = r"(?:[12]\d|3[01]|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"
_Y = r"(?:1[89]\d\d|20\d\d)"
_ORD = r"(?:st|nd|rd|th|er|e|ème|º|°|\.)?"
DATE = re.compile(
    rf"(?i:{_Y}[-/.]{_M}[-/.]{_D}"
    rf"|{_M}[-/.]{_D}[-/.]{_Y}"
    rf"|{_D}\.?[ ]?[-/.][ ]?{_M}\.?[ ]?[-/.][ ]?(?:{_Y}|\d\d)"
    rf"|{_D}{_ORD}[ \t]*(?:de[ \t]+)?(?:{lx.MONTHS})\.?(?:[ \t]+de[ \t]+|,?[ \t]+){_Y}"
    rf"|(?:{lx.MONTHS})\.?[ \t]+{_D}{_ORD},?[ \t]+{_Y}"
    rf"|{_D}[ /.]{_M}[ /.]{_Y}"
    rf"|{_Y})(?!\d|[\w/.-]\d)"
)
_CUE = re.compile(rf"(?i)(?<![\w.])(?:{lx.DOB_CUES})(?=[\s:=,(-]|$)")
_GAP = re.compile(r"(?i)[\s:=,(\-]*(?:(?:on|the|am|le|el|op|den|de|día|dia|:)[\s,]+){0,2}")


def dates_of_birth(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The date right after a birth cue (a bare year only after 'born in' and its kin)."""
    text = m.string
    g = _GAP.match(text, m.end())
    pos = g.end() if g else m.end()
    d = DATE.match(text, pos)
    if not d or d.start() - m.end() > 24:
        return
    if re.fullmatch(r"\d{4}", d.group()) and not _YEAR_CUE.match(m.group()):
        return  # a bare year only after 'born (in)', 'geboren', 'né(e) en', 'nacido en'
    yield d.start(), d.end(), Kind.DATE_OF_BIRTH


CUE = _CUE
# Literal stems of the cues above (lower case), for the scan that finds where to look.
CUE_ANCHORS = (
    "born",
    "b.",
    "dob",
    "d.o.b",
    "birth",
    "geboren",
    "geb.",
    "geburts",
    "né",
    "naissance",
    "nacid",
    "nacimiento",
    "f. nac",
    "cumpleaños",
    "geboorte",
    "verjaardag",
    "anniversaire",
)
_YEAR_CUE = re.compile(r"(?i)born|geboren|née?|nacid")
