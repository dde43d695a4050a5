"""Phone numbers: candidates from the scan, confirmed by libphonenumber (`phonenumbers`).

International numbers (+, 00) must have a length their country uses; national numbers must
be valid numbers (libphonenumber's number-type patterns) of a region tried in the order the
text's language suggests. A number
written without separators needs a trunk prefix or a cue word (phone, Telefon, téléphone,
teléfono, telefoon, ...); after order, ticket, invoice or build words it is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import phonenumbers as pn

from consentry.redact import ids, language, personal_ids
from consentry.redact import lexicon as lx
from consentry.redact import validators as v
from consentry.redact.kinds import Kind

_STATUS_BYTES = re.compile(r"^[1-5]\d\d[ \t]+\d+$")
_HTTPISH = re.compile(r"(?i)(?:\"|HTTP/\d(?:\.\d)?\"?|status[=: ]*|code[=: ]*)[ \t]*$")
_GROUPS = re.compile(r"\d+")
_IBAN_HEAD = re.compile(r"(?i)\b[a-z]{2}\d{2}(?:[ -]?[a-z0-9]{4})*[ -]?[a-z0-9]{0,4}$")
_CARD_GROUPS = re.compile(r"^\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}$|^\d{4}([ -])\d{6}\2\d{4,5}$")
_SSN_SHAPE = re.compile(r"^\d{3}-\d{2}-\d{4}$")  # written like a US SSN: never a phone number
_CLAUSE_END = re.compile(r"[()\[\]{};|\n\t]")
# Regions whose national numbers carry no trunk 0, and the digit counts they are written with.
_NO_TRUNK = {"US": (10, 11), "CA": (10, 11), "ES": (9,), "IT": (9, 10, 11)}
_NO_TRUNK_LENGTHS = frozenset(n for lengths in _NO_TRUNK.values() for n in lengths)
# Postcodes written with a dash (US ZIP+4, Brazil's CEP, Portugal's): after a state code or
# "CEP", or before the town they belong to, they are no phone numbers.
# A Brazilian mobile number is written 91234-5678 too: five and four digits are a ZIP+4 only
# right after a state code.
_POSTCODE_SHAPE = re.compile(r"^\d{5}-\d{3}$|^\d{4}-\d{3}$")
_POSTCODE_BEFORE = re.compile(r"(?:\bCEP|\bC\.P\.|\bZIP|\b[A-Z]{2})[ \t:,.-]*$")
_ZIP4 = re.compile(r"^\d{5}-\d{4}$")
_STATE_BEFORE = re.compile(r"\b[A-Z]{2}[ \t]+$")
_TOWN_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zà-ÿ]")
# Six digits after a town that follows a comma (`, București 030031`, `, Moscow 125009`): the
# postcode of Romania, Russia, Belarus or Kazakhstan, written after its town.
_SIX_DIGITS = re.compile(r"^\d{6}$")
_TOWN_BEFORE = re.compile(r",[ \t]*[A-ZÀ-ÞĀ-Ž][\wÀ-ž-]+[ \t]+$")
# Seven digits after a town that follows a house number and a comma (`Herzl St 15, Tel Aviv
# 6473925`): Israel's postcode, written after its town.
_SEVEN_DIGITS = re.compile(r"^\d{7}$")
_STREET_TOWN_BEFORE = re.compile(
    r"\d{1,4}[A-Za-z]?,[ \t]*([A-ZÀ-ÞĀ-Ž][\wÀ-ž-]+(?:[ \t][A-ZÀ-ÞĀ-Ž][\wÀ-ž-]+){0,2}),?[ \t]+$"
)
# Four dotted groups with a build number of four or five digits third: a Windows-style version
# (major.minor.build.revision: 10.0.19045.3803), never a phone number.
_BUILD_VERSION = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4,5}\.\d{1,5}$")
# A dotted quad: where it parses as an IPv4 address it is one (found or kept as such).
_QUAD = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
# A long reference in dash-joined groups (an order number 138-2036507-2038648): a phone number
# that the next group of four or more digits continues is a piece of it.
_CONTINUED = re.compile(r"-\d{4,}")
# Groups of digits joined by dots, a group of three first (no date starts so), as Portugal
# and Belgium write phone numbers (and everyone amounts).
_DOTTED = re.compile(r"\d{3}\.\d{2,3}(?:\.\d{2,3}){1,2}")
# The digit groups joined by a space, a dot or a dash on either side of a match: the number it
# was read from (`value=41 627 502 920`, whose `627 502 920` alone is a Spanish mobile).
_RUN_BEFORE = re.compile(r"(?<![\w.-])(?:\d+[ .-])+\Z")
_RUN_AFTER = re.compile(r"(?:[ .-]\d+)+(?![\w.:/-]|[.,]\d)")
_STATUS_PAIR = re.compile(r"^(?:10[0-3]|2[0-2]\d|30[0-8]|4[0-5]\d|50\d|51[01])[ \t]+\d{1,7}$")


def phone_spans(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    text = m.string
    s, e = m.span()
    n = v.phone_span(text[s:e] + text[e : e + 1])
    cand = text[s : s + n] if n else text[s:e]
    before = text[max(0, s - 40) : s]
    if _STATUS_BYTES.match(cand) and _HTTPISH.search(before):
        return  # "GET / HTTP/1.1" 200 5123: a status and a byte count
    if cand[:2] == "97" and v.isbn13_at(text, s):
        return  # a book's ISBN-13
    if _IBAN_HEAD.search(before) or _CARD_GROUPS.match(cand) or _SSN_SHAPE.match(cand):
        return  # the rest of an IBAN or a card number in groups of four that failed its check
    town = _SEVEN_DIGITS.match(cand) and _STREET_TOWN_BEFORE.search(before)
    if town and not lx.PHONE_CUE.fullmatch(town.group(1)):
        return  # a postcode after its town, even `Tel Aviv` (`Office 3, Tel 5551234` is a phone)
    clause = _CLAUSE_END.split(before[-28:])[-1]  # a cue in another cell or line says nothing
    cue = lx.PHONE_CUE.search(clause) is not None
    if not cue and (
        _POSTCODE_SHAPE.match(cand)
        and (_POSTCODE_BEFORE.search(before) or _TOWN_AFTER.match(text, s + len(cand)))
        or _ZIP4.match(cand)
        and _STATE_BEFORE.search(before)
        or _SIX_DIGITS.match(cand)
        and _TOWN_BEFORE.search(before)
    ):
        return
    if _BUILD_VERSION.match(cand) or _QUAD.match(cand) and v.ipv4_parses(cand):
        return  # a version, or a network address (found or kept as one, never a phone)
    end = _confirm(cand, text, s, cue)
    if not end:
        return
    if not cand.startswith(("+", "00")) and _CONTINUED.match(text, s + end):
        return  # 138-2036507 of the order number 138-2036507-2038648
    if _failed_number(text, s, s + end, cue and lx.STRONG_PHONE_CUE.search(clause) is not None):
        return
    # the costlier context test only for numbers that passed (most candidates do not)
    if lx.NOT_PHONE_CUE.search(before) and not lx.STRONG_PHONE_CUE.search(clause):
        return
    if not cue and not cand.startswith(("+", "00")):
        schemes = personal_ids.named_scheme(text, s)
        if schemes and personal_ids.verdict(schemes, cand[:end]) != personal_ids.OTHER:
            return  # `Rodné číslo: ...`, `Kennitala: ...`: that scheme's number (its check decides)
    if toll_free(cand[:end], text, s):
        return  # a business's free service line, no one's own phone
    yield s, s + end, Kind.PHONE


def _failed_number(text: str, s: int, e: int, says_phone: bool) -> bool:
    """The number the match belongs to is a card in groups of four or an id in its scheme's own
    writing that failed its check (Luhn, check digits). A piece cut from such a number is no
    phone; the whole is none when no region read here takes it and no word that says "phone"
    (not a bare `number`, `Nummer`, `numéro`) names it."""
    before = _RUN_BEFORE.search(text, max(0, s - 24), s)
    after = _RUN_AFTER.match(text, e)
    whole = text[before.start() if before else s : after.end() if after else e]
    if ids.CARD_RUN.fullmatch(whole):
        return True
    if not ids.failed_id(whole):
        return False
    piece = whole != text[s:e]
    if piece:
        return True
    digits = v.digits(whole)
    return not says_phone and not any(valid_national(digits, r) for r in _EVERY_REGION)


# Every region whose national numbers are read here, whatever the text's language (a JSON
# paste in English may hold Mexican numbers written 222 738 8108, a GB NHS number's grouping).
_EVERY_REGION = tuple(
    dict.fromkeys([*(r for rs in language.REGIONS.values() for r in rs), *language.ALL_REGIONS])
)


def toll_free(number: str, text: str, s: int) -> bool:
    """libphonenumber's number type is toll free (0800, 1-800, 900 in Spain, ...), where the
    number is read: its country when written internationally, else the first region of the
    text's languages (`language.regions`) in which it is a valid number. Businesses rent such
    lines for their customers; people do not have them."""
    digits = v.digits(number)
    stripped = number.lstrip("(")
    if stripped.startswith(("+", "00")):
        intl = digits[2:] if stripped.startswith("00") else digits
        try:
            parsed = pn.parse("+" + intl, None)
        except pn.NumberParseException:
            return False
        return pn.number_type(parsed) == pn.PhoneNumberType.TOLL_FREE
    for region in language.regions(text[max(0, s - 200) : s + 200]):
        try:
            parsed = pn.parse(digits, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number_for_region(parsed, region):
            return pn.number_type(parsed) == pn.PhoneNumberType.TOLL_FREE
    return False


def _confirm(cand: str, text: str, s: int, cue: bool) -> int:
    """Length of the confirmed phone number at the start of cand (0: not a phone number)."""
    digits = v.digits(cand)
    if not 6 <= len(digits) <= 17 or len(set(digits)) < 3:
        return 0
    if v.not_a_phone(cand) and not (cue and _DOTTED.fullmatch(cand)):
        return 0  # a date, a decimal, an amount; after a phone's cue `912.589.470` is a number
    if not cue and _STATUS_PAIR.match(cand):
        return 0  # 404 63044: an HTTP status and a byte count
    stripped = cand.lstrip("(")
    groups = _GROUPS.findall(cand)
    if stripped.startswith(("+", "00")):
        intl = digits[2:] if stripped.startswith("00") else digits
        return len(cand) if _possible_international(intl) or cue and v.phone_ok(cand) else 0
    if len(groups) == 1 and not cue and digits[0] != "0":
        return 0  # a bare run of digits is a phone number only with a trunk 0 or a cue word
    trunk = digits[0] == "0" or cand[0] == "("
    # no region can take it (no cue, no trunk 0, no length a trunkless region writes): the
    # language need not be guessed
    if cue or trunk or len(digits) in _NO_TRUNK_LENGTHS:
        for region in language.regions(text[max(0, s - 200) : s + 200]):
            if not (cue or trunk or len(digits) in _NO_TRUNK.get(region, ())):
                continue
            if valid_national(digits, region):
                return len(cand)
    if cue:
        return len(cand) if v.phone_ok(cand) or 7 <= len(digits) <= 15 else 0
    # Formatted like a phone number (groups, trunk 0 or an area code in brackets) even where
    # the number is not allocated: fictional and test numbers are still someone's format.
    if len(groups) >= 2 and v.phone_ok(cand) and (cand[0] in "0(" or len(digits) >= 10):
        return len(cand)
    return 0


# libphonenumber's metadata, read once per region: a national number is valid when it matches
# one of the region's number types (fixed line, mobile, toll free, ...), the test behind
# `phonenumbers.is_valid_number`, here without parsing the candidate again for every region.
_TYPES = (
    "fixed_line",
    "mobile",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "personal_number",
    "voip",
    "pager",
    "uan",
    "voicemail",
)


@cache
def _region(region: str) -> tuple[str, re.Pattern[str], frozenset[int]]:
    md = pn.PhoneMetadata.metadata_for_region(region)
    if md is None or md.general_desc is None:
        raise ValueError(f"libphonenumber has no metadata for region {region!r}")
    pats = [
        desc.national_number_pattern
        for desc in (getattr(md, t, None) for t in _TYPES)
        if desc is not None and desc.national_number_pattern
    ]
    lengths = frozenset(md.general_desc.possible_length or ())
    return md.national_prefix or "", re.compile("(?:" + "|".join(pats) + ")"), lengths


def valid_national(digits: str, region: str) -> bool:
    """A number as written nationally (with its trunk prefix, if the region has one)."""
    prefix, types, _lengths = _region(region)
    nsn = digits[len(prefix) :] if prefix and digits.startswith(prefix) else digits
    if prefix and nsn is digits and region not in _NO_TRUNK:
        return False
    return types.fullmatch(nsn) is not None


def _possible_international(digits: str) -> bool:
    """+CC and a national number of a length that country uses (a trunk 0 written as (0)
    or by mistake after the country code is allowed)."""
    for n in (1, 2, 3):
        regions = pn.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:n]) if digits[:n] else -1)
        if not regions:
            continue
        rest = digits[n:]
        for region in regions[:3]:
            if region == "001":
                continue
            prefix, _types, lengths = _region(region)
            nsn = rest[len(prefix) :] if prefix and rest.startswith(prefix) else rest
            if len(nsn) in lengths:
                return True
        return False
    return False
