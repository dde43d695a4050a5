"""National identity numbers, confirmed by python-stdnum's validators (check digits, date
parts, allocated ranges). A format with a strong structure (SSN dashes, a NINO's letters, a
NIR's key, a DNI's letter) stands alone; a plain run of digits whose checksum passes by chance
one time in ten (BSN, Steuer-ID, PESEL, CPR) needs a cue word (BSN, Steuer-ID, PESEL, ...)
before it. A cue word also takes an id without a checksum (passport numbers)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from stdnum.ar import cuit
from stdnum.ar import dni as ar_dni
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.be import nn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.co import nit
from stdnum.cz import rc
from stdnum.de import idnr, stnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.fi import hetu
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import cc as pt_cc
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import ein, itin
from stdnum.us import ssn as us_ssn
from stdnum.vn import mst
from stdnum.za import idnr as za_idnr

from consentry.redact import lexicon as lx
from consentry.redact import personal_ids
from consentry.redact import validators as v
from consentry.redact.kinds import Kind

# (label, validator module, shape the candidate must have, needs a cue word)
RULES: tuple[tuple[str, Any, re.Pattern[str], bool], ...] = tuple(
    (label, mod, re.compile(shape), cue)
    for label, mod, shape, cue in (
        ("us_ssn", us_ssn, r"\d{3}-\d{2}-\d{4}", False),
        ("us_itin", itin, r"9\d{2}-[5-9]\d-\d{4}", False),
        ("us_ssn", us_ssn, r"\d{3} ?\d{2} ?\d{4}", True),
        ("gb_nino", v.NINO, r"[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]", False),
        ("fr_nir", nir, r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}", False),
        # Spain's DNI with its letter after a space or a dash, its digits maybe grouped by dots
        ("es_dni", dni, r"\d{8}[ -]?[A-Za-z]|\d{2}\.\d{3}\.\d{3}[ -]?[A-Za-z]", False),
        ("es_nie", nie, r"[XYZxyz]-?\d{7}-?[A-Za-z]", False),
        ("it_cf", codicefiscale, r"[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z]", False),
        ("ch_ssn", ch_ssn, r"756[. ]\d{4}[. ]\d{4}[. ]\d{2}", False),
        # the Americas and Asia in their usual writing: Brazil's CPF, Chile's RUT, Argentina's
        # CUIT/CUIL, Mexico's CURP, Korea's RRN (each with its check digit, and a date in two)
        ("br_cpf", cpf, r"\d{3}\.\d{3}\.\d{3}-\d{2}", False),
        ("cl_rut", rut, r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]", False),
        ("ar_cuit", cuit, r"(?:20|2[3-7]|30|33|34)-\d{8}-\d", False),
        ("mx_curp", curp, r"[A-Za-z]{4}\d{6}[HMhmXx][A-Za-z]{5}[0-9A-Za-z]\d", False),
        ("kr_rrn", rrn, r"\d{6}-[1-8]\d{6}", False),
        ("fi_hetu", hetu, r"\d{6}[-+Aa]\d{3}[0-9A-Ya-y]", False),
        ("se_pnr", personnummer, r"(?:\d{2})?\d{6}[-+]\d{4}", False),
        ("be_nn", nn, r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", False),
        ("de_idnr", idnr, r"\d{2} \d{3} \d{3} \d{3}", False),
        ("in_aadhaar", aadhaar, r"[2-9]\d{3}[ -]\d{4}[ -]\d{4}", False),
        ("ie_pps", pps, r"\d{7}[A-Wa-w][A-IWa-iw]?", False),
        # Portugal's Cartão de Cidadão: eight digits, a check digit, two letters and a check digit
        ("pt_cc", pt_cc, r"\d{8} ?\d ?[A-Za-z]{2}\d", False),
        ("de_idnr", idnr, r"\d{11}|\d{2}[ /]?\d{3}[ /]?\d{3}[ /]?\d{3}", True),
        ("nl_bsn", bsn, r"\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}", True),
        ("pl_pesel", pesel, r"\d{11}", True),
        ("gb_nhs", nhs, r"\d{3} ?\d{3} ?\d{4}", True),
        ("be_nn", nn, r"\d{11}|\d{6}[ -]?\d{3}[ .]?\d{2}", True),
        ("dk_cpr", cpr, r"\d{6}-?\d{4}", True),
        ("no_fnr", fodselsnummer, r"\d{6} ?\d{5}", True),
        ("at_vnr", vnr, r"\d{4} ?\d{6}", True),
        ("ch_ssn", ch_ssn, r"756\d{10}", True),
        ("in_aadhaar", aadhaar, r"[2-9]\d{11}", True),
        ("us_ein", ein, r"\d{2}-\d{7}", True),
        ("de_stnr", stnr, r"\d{2,3}/\d{3,4}/\d{4,5}", True),
        ("fr_nif", fr_nif, r"[0-3]\d ?\d{2} ?\d{3} ?\d{3} ?\d{3}", True),
        ("gb_utr", utr, r"\d{5} ?\d{5}", True),
        ("ca_sin", sin, r"\d{3}[ -]?\d{3}[ -]?\d{3}", True),  # 3-3-3 is how Spain writes phones
    )
)
# Ids of the Americas, Asia and more of Europe after their own cue word only (the same ids
# written without their separators, and ids whose plain digits pass a check by chance too
# often to stand alone): tried only when a cue word is there, so the many candidates that
# have none pay nothing for them. (label, validator module, shape)
CUED_RULES: tuple[tuple[str, Any, re.Pattern[str]], ...] = tuple(
    (label, mod, re.compile(shape))
    for label, mod, shape in (
        ("br_cpf", cpf, r"\d{3}[ .]?\d{3}[ .]?\d{3}[ -]?\d{2}"),
        ("cl_rut", rut, r"\d{1,2}[ .]?\d{3}[ .]?\d{3}[ -]?[\dkK]"),
        ("ar_cuit", cuit, r"\d{2}[ -]?\d{8}[ -]?\d"),
        ("ar_dni", ar_dni, r"\d{1,2}\.\d{3}\.\d{3}|\d{7,8}"),
        ("co_nit", nit, r"\d{3}[ .]?\d{3}[ .]?\d{3}[ -]?\d"),
        ("za_idnr", za_idnr, r"\d{6} ?\d{4} ?\d{2} ?\d"),
        ("pt_nif", pt_nif, r"\d{9}|\d{3} \d{3} \d{3}"),
        ("au_tfn", tfn, r"\d{3} ?\d{3} ?\d{2,3}"),
        ("tr_tckimlik", tckimlik, r"[1-9]\d{10}"),
        ("ro_cnp", cnp, r"[1-9]\d{12}"),
        ("cz_rc", rc, r"\d{6}[ /]?\d{3,4}"),
        ("kr_rrn", rrn, r"\d{6}[ -]?\d{7}"),
        ("cn_ric", ric, r"\d{17}[\dXx]"),
        ("se_pnr", personnummer, r"(?:\d{2})?\d{6} ?\d{4}"),
        ("be_nn", nn, r"\d{2}[ .]\d{2}[ .]\d{2}[ .-]?\d{3}[ .]?\d{2}"),
        ("de_rvnr", v.DE_RVNR, r"\d{2} ?\d{6} ?[A-Za-z] ?\d{2} ?\d"),
        ("es_nss", v.ES_NSS, r"\d{2}[ /-]?\d{7,8}[ /-]?\d{2}"),
        ("jp_in", jp_in, r"\d{4}[ -]?\d{4}[ -]?\d{4}"),
        ("vn_mst", mst, r"\d{10}(?:-\d{3})?"),
    )
)
_ANY_CUED_SHAPE = re.compile("|".join(dict.fromkeys(r[2].pattern for r in CUED_RULES)))
_SHAPES = tuple(dict.fromkeys(r[2].pattern for r in RULES))


def _kept_separators(mod: Any) -> str:
    """The spaces and dots the scheme's own compaction leaves in (US SSN: it strips dashes)."""
    compact = getattr(mod, "compact", None)
    return "".join(c for c in " ." if compact is None or c in compact(f"1{c}2"))


_KEPT = {label: _kept_separators(mod) for label, mod, *_rest in (*RULES, *CUED_RULES)}
# One test for every shape: the alternative that matches names the first rule worth trying.
_ANY_SHAPE = re.compile("|".join(f"({p})" for p in _SHAPES))
_FIRST_RULE = {
    g: min(k for k, r in enumerate(RULES) if r[2].pattern == p) for g, p in enumerate(_SHAPES, 1)
}
# One scan for every shape above (and ids after a cue word that have no checksum); never after a
# '+' (a phone number's country code). A comma and
# a digit after a number make it a decimal; after a letter (a DNI's, a NINO's) or a run of nine
# digits or more (no amount is written so) they are the next cell of a row.
CANDIDATE = (
    # an Italian tax code or a Mexican CURP (one prefix: each alternative costs at every letter)
    r"(?<![\w./+-])(?:[A-Za-z]{4}(?:[A-Za-z]{2}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z]|\d{6}[A-Za-z]{6}[0-9A-Za-z]\d)"
    # Spain's DNI with dots or a space before its letter, Germany's SV-Nummer
    r"|\d{2}(?:\.?\d{3}\.?\d{3}[ -]?[A-Za-z]| ?\d{6} ?[A-Z] ?\d{2} ?\d)(?![\w-])"
    r"|[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]"
    r"|[XYZxyz]-?\d{7}-?[A-Za-z]"
    r"|[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}"
    r"|\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}"
    r"|756\.\d{4}\.\d{4}\.\d{2}"
    r"|\d{8} ?\d ?[A-Z]{2}\d"
    r"|\d{2,18}(?:[ ./-]\d{2,8}){0,4}(?:[-+A]?[0-9A-Z]{1,2})?"
    r"|[A-Z]{1,3}-?\d{6,10}[A-Z]?)(?![\w-]|(?<=\d)(?<!\d{9})[.,]\d)"
)
# An Italian tax code holds no run of six digits, so the dense-digit scan never reaches it: its
# own candidate, looked for around any number.
# The pattern starts at the digits (the engine skips to them; a letter first is tried at every
# letter) and looks behind, at its end, for the six letters; `tax_code` reports the whole code.
TAX_CODE = r"\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z](?![\w-])(?<=(?<![\w./-])[A-Za-z]{6}.{10})"


def tax_code(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """An Italian tax code that passes its check character."""
    s = m.start() - 6
    if codicefiscale.is_valid(m.string[s : m.end()]):
        yield s, m.end(), Kind.NATIONAL_ID


_CUE_NEAR = 36
_SPACES_DOTS = re.compile(r"[ .]")
# Every cue word holds two letters in a row; the cue regex is tried only where they are.
_CUE_LETTERS = re.compile(r"[^\W\d_]{2}")
_DIGIT = re.compile(r"\d")
# Every shape in RULES holds at least this many digits, and so must a document number below.
_MIN_DIGITS = 6


def _valid(label: str, mod: Any, cand: str) -> bool:
    """The scheme's check; the spaces or dots people type between groups removed when the
    scheme's own compaction keeps them (it strips only the separators it knows: an SSN's dashes)."""
    if mod.is_valid(cand):
        return True
    kept = _KEPT[label]
    return bool(kept) and any(c in cand for c in kept) and mod.is_valid(_SPACES_DOTS.sub("", cand))


# Every scheme above that publishes how its numbers are written (python-stdnum's `format`),
# with the shape its rule reads; one test of all shapes first (most phone numbers fit none).
_FORMATTED: tuple[tuple[re.Pattern[str], Any], ...] = tuple(
    dict.fromkeys(
        [(shape, mod) for _label, mod, shape, *_cue in RULES if hasattr(mod, "format")]
        + [(shape, mod) for _label, mod, shape in CUED_RULES if hasattr(mod, "format")]
    )
)
_ANY_FORMATTED = re.compile("|".join(dict.fromkeys(shape.pattern for shape, _mod in _FORMATTED)))


def failed_id(number: str) -> bool:
    """The number is written exactly as a scheme's own `format` writes its numbers (`756.1234.
    5678.97`, `12 345 678 901`, `12.34.56-789.01`) and fails only that scheme's check digits: a
    mistyped or made-up id, no one's id and no phone number either."""
    if not _ANY_FORMATTED.fullmatch(number):
        return False
    for shape, mod in _FORMATTED:
        if not shape.fullmatch(number):
            continue
        try:
            if mod.format(mod.compact(number)) != number:
                continue
            mod.validate(number)
        except InvalidChecksum:
            return True
        except (ValidationError, ValueError, IndexError):
            continue
    return False


# Four groups of four digits with one separator: how a payment card is written. An id is never
# cut out of it (a card that failed its Luhn check is a look-alike, not a shorter id).
CARD_RUN = re.compile(r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}")


def national_ids(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    text = m.string
    s, e = m.span()
    whole = text[s:e].rstrip(" ")
    if len(_DIGIT.findall(whole)) < _MIN_DIGITS:
        return  # most candidates (years, times, counts): no id shape and no document number
    if whole[:2] == "97" and v.isbn13_at(text, s):
        return  # a book's ISBN-13, cut into groups that an id's shape would fit
    if CARD_RUN.fullmatch(whole):
        return
    schemes = (
        personal_ids.named_scheme(text, s) if _CUE_LETTERS.search(text, max(0, s - 48), s) else None
    )
    verdict = personal_ids.verdict(schemes, whole) if schemes else personal_ids.OTHER
    if verdict == personal_ids.BAD_CHECK:
        # a scheme of python-stdnum named right before (`Kennitala:`, `EGN`, `Rodné číslo`)
        # whose check digits the number fails: mistyped or made up, kept, whatever other
        # country's shape it also has (a kennitala is written like a Danish CPR number)
        return
    cue: str | None = None
    # the whole candidate first, then shorter ones that end at a group boundary
    cuts = [len(whole)] + [i for i in range(len(whole) - 1, 5, -1) if whole[i] in " .-/"]
    for cut in cuts:
        cand = whole[:cut]
        first = _ANY_SHAPE.fullmatch(cand)
        if not first:
            continue  # one test instead of one per rule for the many candidates that fit none
        for label, mod, shape, needs_cue in RULES[_FIRST_RULE[first.lastindex or 0] :]:
            if not shape.fullmatch(cand):
                continue
            if needs_cue:
                if cue is None:
                    cue = _cue_words(text, s) or _cue_after(text, s + len(whole))
                if not cue or not _cue_fits(label, cue):
                    continue
            if _valid(label, mod, cand):
                yield s, s + cut, Kind.NATIONAL_ID
                return
    fits = [whole[:cut] for cut in cuts if _ANY_CUED_SHAPE.fullmatch(whole, 0, cut)]
    if fits:  # the cue is looked for only when a shape of the list fits
        if cue is None:
            cue = _cue_words(text, s) or _cue_after(text, s + len(whole))
        for cand in fits if cue else ():
            for label, mod, shape in CUED_RULES:
                if _cue_fits(label, cue) and shape.fullmatch(cand) and _valid(label, mod, cand):
                    yield s, s + len(cand), Kind.NATIONAL_ID
                    return
    if verdict == personal_ids.VALID:
        # a scheme of python-stdnum named right before (`AMKA`, `NIK`, `EGN`, `Rodné číslo`):
        # its number when its check passes (otherwise, as after any cue word below)
        yield s, e, Kind.NATIONAL_ID
        return
    plain = whole.replace(".", "") if _DOTTED_BSN.fullmatch(whole) else whole
    if len(plain) in _ROW_ID_LENGTHS and plain.isdigit() and _row_id(text, s, e, plain):
        yield s, s + len(whole), Kind.NATIONAL_ID
        return
    cand = whole
    adjacent = _cued(text, s, near=14)
    if (adjacent or " " not in cand and _cued(text, s, 24)) and not _CHECKED_CUE.search(
        text[max(0, s - 24) : s]
    ):
        yield s, e, Kind.NATIONAL_ID  # a cue word right before: a passport or id number


# Cue words of ids that carry a check digit: a number after one that fails its check is not
# that id (a mistyped or made-up BSN, SSN or Steuer-ID is kept).
CHECKED_CUES = (
    r"steuer-?id|steuer-?identifikationsnummer|idnr|nir|insee|sécurité sociale|dni|nie|nif|bsn|"
    r"burgerservicenummer|sofinummer|pesel|personnummer|cpr|codice fiscale|aadhaar|ahv|avs|"
    r"fødselsnummer|henkilötunnus|hetu|rijksregisternummer|nhs(?: number)?|"
    r"sv-?nummer|sv-?nr|rentenversicherungs\w*|versicherungsnummer|seguridad social|"
    r"cpf|rut|cuit|cuil|curp|tfn|cnp|kimlik|tckn|rrn|nit|contribuinte|insz|niss|uid|vsnr|mst|"
    r"individual number|mã số thuế|ma so thue|tax code|n° national"
)
CHECKED_CUE_TAIL = r"(?:\W{0,6}|\s+(?:number\s+)?(?:is|was|ist|est|es|is)\W{0,4})$"
# (only ever asked whether it matches: grouping the words by first letter changes no answer)
_CHECKED_CUE = re.compile(rf"(?i)(?<!\w)(?:{lx.by_first_letter(CHECKED_CUES)}){CHECKED_CUE_TAIL}")


_BRACKETED = re.compile(r"[ \t]*\(([^()\n]{2,40})\)")


def _cue_after(text: str, e: int) -> str:
    """The id's name in brackets right after it (`9618.06.163 (sofinummer)`), lower case."""
    b = _BRACKETED.match(text, e)
    if b is None:
        return ""
    found = lx.ID_CUE.findall(b.group(1))
    return found[-1].lower() if found else ""


def _cue_words(text: str, s: int, near: int = _CUE_NEAR) -> str:
    """The id cue word before position s, lower case ('' if none)."""
    before = text[max(0, s - near) : s]
    if not _CUE_LETTERS.search(before):
        return ""  # most candidates follow digits and punctuation (logs, rows): no word at all
    found = lx.ID_CUE.findall(before)
    return found[-1].lower() if found else ""


# Which cue words name which id: a cue names one kind of number, so "BSN 123456782" is tried
# as a BSN only (an SSN's rules would pass many BSN-shaped numbers). Generic cues fit all.
_CUE_FOR = {
    "us_ssn": r"ssn|social security",
    "gb_nhs": r"nhs",
    "jp_in": r"individual number",
    "vn_mst": r"mst|mã số thuế|ma so thue|tax code",
    "de_idnr": r"steuer|idnr|identifikationsnummer",
    "nl_bsn": r"bsn|burgerservice|sofi",
    "pl_pesel": r"pesel",
    "be_nn": r"rijksregister|national number|numéro national|n° national|insz|niss|rrn",
    "dk_cpr": r"cpr",
    "no_fnr": r"fødselsnummer|personnummer|personal number",
    "at_vnr": r"sozialversicherung|svnr|vsnr|vnr|sv-?nummer|sv-?nr",
    "ch_ssn": r"ahv|avs",
    "in_aadhaar": r"aadhaar|uid",
    "ca_sin": r"sin|nas|social insurance",
    "br_cpf": r"cpf",
    "cl_rut": r"rut|run",
    "ar_cuit": r"cuit|cuil",
    "ar_dni": r"dni|documento",
    "co_nit": r"nit",
    "pt_nif": r"nif|contribuinte",
    "au_tfn": r"tfn|tax file",
    "tr_tckimlik": r"kimlik|tckn",
    "ro_cnp": r"cnp",
    "cz_rc": r"rodn|rč|r\.č",
    "kr_rrn": r"rrn|resident registration|주민",
    "cn_ric": r"身份|resident identity|citizen id",
    "se_pnr": r"personnummer|personal number",
    "de_rvnr": r"sozialversicherung|rentenversicherung|versicherungsnummer|sv-?nummer|sv-?nr|rvnr",
    "es_nss": r"seguridad social|nss|afiliaci",
    "us_ein": r"ein|employer",
    "de_stnr": r"steuernummer",
    "fr_nif": r"fiscal|nif|spi",
    "gb_utr": r"utr|taxpayer",
}
_CUE_RX = {label: re.compile(rx) for label, rx in _CUE_FOR.items()}
_GENERIC_CUE = re.compile(
    r"national id|id number|id ?no\.?|id-?nr\.?|tax id|tin|personal number|identifikationsnummer"
)


def _cue_fits(label: str, cue: str) -> bool:
    rx = _CUE_RX.get(label)
    return rx is None or bool(rx.search(cue)) or bool(_GENERIC_CUE.fullmatch(cue))


def _cued(text: str, s: int, near: int = _CUE_NEAR) -> bool:
    before = text[max(0, s - near) : s]
    return _CUE_LETTERS.search(before) is not None and lx.ID_CUE.search(before) is not None


# Documents whose numbers have no public check digit (passports, driving licences, identity
# cards): a token of letters and digits right after the document's name in any of the five
# languages is its number ("passport no. C01X00T47", "numéro de passeport : 12AB34567").
DOCUMENT_CUE = re.compile(
    r"(?i)(?<![\w])(?:passport|passeport|pasaporte|paspoort|reisepass|pass(?:port)?nummer|"
    r"driver'?s?[ \t]licen[cs]e|driving[ \t]licen[cs]e|licen[cs]e[ \t]number|f(?:ü|ue)hrerschein|"
    r"permis[ \t]de[ \t]conduire|carnet[ \t]de[ \t]conducir|permiso[ \t]de[ \t]conducir|rijbewijs|"
    r"id[ \t-]?card|identity[ \t]card|personalausweis|ausweis|carte[ \t]d'identit[ée]|"
    r"carte[ \t]nationale[ \t]d'identit[ée]|cni|documento[ \t]de[ \t]identidad|identiteitskaart|"
    r"id[ \t-]kaart|identiteitsbewijs|medicare|"
    r"rentenversicherungs\w*|krankenversicherten\w*|versichertennummer|"
    # Latin America's identity card (Colombia's cédula de ciudadanía, C.C.), India's PAN
    r"c[ée]dula(?:[ \t]+de[ \t]+(?:ciudadan[ií]a|identidad))?|(?-i:C\.C\.|PAN|RFC)(?:[ \t]+card)?|"
    r"seguridad[ \t]social|tax[ \t](?:id|number|file[ \t]number)|steuernummer|num[ée]ro[ \t]fiscal|nss)"
    r"(?:[ \t]*(?:no\.?|nr\.?|n[°º]\.?|#|number|nummer|num[ée]ro|n[úu]mero|id))?"
    r"(?:[ \t]+(?:is|ist|est|es|was|lautet|:))?[ \t]*[:=#]?[ \t]*[\"']?"
)
_DOC_TOKEN = re.compile(
    r"(?=[A-Za-z0-9.-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[-.](?=[A-Za-z0-9])){5,17}(?![\w-])"
)
DOCUMENT_ANCHORS = (
    "passport",
    "passeport",
    "passnummer",
    "reisepass",
    "paspoort",
    "pasaporte",
    "license",
    "licence",
    "hrerschein",
    "permis de",
    "carnet de",
    "permiso de",
    "rijbewijs",
    "id card",
    "id-card",
    "idcard",
    "identity card",
    "ausweis",
    "carte d",
    "cni ",
    "cni:",
    "documento de",
    "identiteits",
    "id-kaart",
    "id kaart",
    "medicare",
    "versicherungs",
    "versicherten",
    "seguridad social",
    "tax id",
    "tax number",
    "tax file",
    "steuernummer",
    "fiscal",
    "nss",
    "cédula",
    "cedula",
    "c.c.",
    "pan",
    "rfc",
)


def document_numbers(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The number right after a document's name: letters and digits, at least two digits."""
    t = _DOC_TOKEN.match(m.string, m.end())
    if t and sum(c.isdigit() for c in t.group()) >= 2 and not t.group().isalpha():
        yield t.start(), t.end(), Kind.NATIONAL_ID


# A bare national id in a row with no header: a whole cell of a delimited row (not its first:
# a row's key), its digits passing the scheme's check, in a row that says which country (a
# postcode, an IBAN, a phone prefix or a street word of it) and holds personal data besides (a
# name, a date, an e-mail, a phone number, a street and number). A checksum alone passes one
# number in eleven by chance, so the row, not the digits, must say that this is the country's id.
_ROW_ID_LENGTHS = frozenset({9, 11})
_DOTTED_BSN = re.compile(r"\d{4}\.\d{2}\.\d{3}")  # how Dutch forms group a BSN
_CELL_AROUND = re.compile(r"[,;\t|][ \t]*[\"']?\Z")
_CELL_AFTER = re.compile(r"[\"']?[ \t]*(?:[,;\t|]|\r?\n|\Z)")
_ROW_COUNTRY = {
    9: (
        bsn,
        re.compile(
            r"(?<![\w])\d{4}[ ]?[A-Z]{2}(?![\w])|\bNL\d{2}[ ]?[A-Z]{4}[ ]?\d{4}|\+31|(?<![\d])06[- ]?\d{8}"
            r"|(?i:straat|laan|gracht|plein|kade|singel|steeg|dreef|lei|baan|weg|markt|hof)\b|@[\w.-]+\.nl\b"
        ),
    ),
    11: (
        idnr,
        re.compile(
            r"\bDE\d{2}[ ]?\d{4}|\+49|@[\w.-]+\.de\b|(?i:stra(?:ss|ß)e|str\.|weg|platz|gasse|allee)\b"
            r"|(?<![\w])\d{5}[\"']?[ \t]*[,;\t|]?[ \t]*[\"']?[A-ZÄÖÜ][a-zäöüß]+"
        ),
    ),
}
_ROW_PERSON = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b"
    r"|(?:^|[,;\t|][ \t]*[\"']?)[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?(?:[ \t]+(?:van|de|der|den|von|zu)){0,2}"
    r"[ \t]+[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
    r"(?=[\"']?[ \t]*(?:[,;\t|]|$))"
    # a phone number or a street and house number in a cell of their own
    r"|(?:^|[,;\t|])[ \t]*[\"']?(?:\+\d{2}|0)\d{1,3}(?:[ -]?\d{2,4}){2,4}[\"']?[ \t]*(?=[,;\t|]|$)"
    r"|(?:^|[,;\t|])[ \t]*[\"']?[A-ZÀ-Þ][a-zß-ÿ]+(?:[ \t][a-zß-ÿ]+)?[ \t]\d{1,4}(?:[ -]?[A-Za-z])?[\"']?[ \t]*(?=[,;\t|]|$)",
    re.MULTILINE,
)


def _row_id(text: str, s: int, e: int, digits: str) -> bool:
    """A Dutch BSN (nine digits) or a German Steuer-ID (eleven) alone in a cell of a row whose
    other cells say the country and hold personal data."""
    if not _CELL_AROUND.search(text, max(0, s - 4), s) or not _CELL_AFTER.match(text, e):
        return False
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    row = text[line_start : line_end if line_end >= 0 else len(text)]
    mod, country = _ROW_COUNTRY[len(digits)]
    if not mod.is_valid(digits):
        return False
    rest = row[: s - line_start] + " " + row[e - line_start :]
    return country.search(rest) is not None and _ROW_PERSON.search(rest) is not None
