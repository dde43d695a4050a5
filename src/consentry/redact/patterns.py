"""The recognisers: a pattern per format, the validator that confirms it, and a cheap gate.

General formats, not the ones a generator happens to produce: international and national
phone layouts, any IBAN country, card numbers in any grouping, IPv4 and IPv6, the key formats
of common providers plus generic `password=...` assignments and credentials in URLs.
Priority settles overlaps: a checksum-validated finding beats a looser one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from consentry.redact import validators as v


class Kind:
    SECRET = "SECRET"
    EMAIL = "EMAIL"
    CARD = "CARD"
    IBAN = "IBAN"
    NATIONAL_ID = "NATIONAL_ID"
    IP_ADDRESS = "IP_ADDRESS"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    PERSON = "PERSON"
    LOCATION = "LOCATION"

    STRUCTURED = (SECRET, EMAIL, CARD, IBAN, NATIONAL_ID, IP_ADDRESS, PHONE, ADDRESS)
    NER = (PERSON, LOCATION)


# Gates: a recogniser runs only on texts that pass its gate (most texts pass few of them).
DIGIT, AT, SECRETISH, COLON_HEX, ALWAYS = "digit", "at", "secret", "colonhex", "always"


@dataclass(frozen=True)
class Recogniser:
    kind: str
    pattern: re.Pattern[str]
    validate: Callable[[str], bool] = v.always
    gate: str = ALWAYS
    group: int = 0  # the group that is redacted (0: the whole match)
    priority: int = 50  # higher wins an overlap
    name: str = ""


def _r(kind: str, pattern: str, validate: Callable[[str], bool] = v.always, *, gate: str = ALWAYS,
       group: int = 0, priority: int = 50, flags: int = 0, name: str = "") -> Recogniser:
    return Recogniser(kind, re.compile(pattern, flags), validate, gate, group, priority, name or kind.lower())


_B = r"(?<![\w@.+-])"  # left boundary for tokens that may contain dots and dashes
_E = r"(?![\w-]|\.\w)"  # right boundary: a sentence's full stop may follow

SECRET_PATTERNS = (
    _r(Kind.SECRET, r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----",
       gate=SECRETISH, priority=100, name="private_key"),
    _r(Kind.SECRET, r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b", gate=SECRETISH, priority=95, name="aws_key_id"),
    _r(Kind.SECRET, r"\bgh[pousr]_[A-Za-z0-9]{30,255}\b", gate=SECRETISH, priority=95, name="github"),
    _r(Kind.SECRET, r"\bgithub_pat_[A-Za-z0-9_]{22,255}\b", gate=SECRETISH, priority=95, name="github_pat"),
    _r(Kind.SECRET, r"\bglpat-[A-Za-z0-9_-]{20,}", gate=SECRETISH, priority=95, name="gitlab"),
    _r(Kind.SECRET, r"\bxox[abposre]-[A-Za-z0-9-]{10,}", gate=SECRETISH, priority=95, name="slack"),
    _r(Kind.SECRET, r"https://hooks\.slack\.com/services/[A-Za-z0-9/]+", gate=SECRETISH, priority=95,
       name="slack_webhook"),
    _r(Kind.SECRET, r"\b(?:sk|rk|pk|whsec)_(?:live|test)_[A-Za-z0-9]{10,}", gate=SECRETISH, priority=95, name="stripe"),
    _r(Kind.SECRET, r"\bsk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}", gate=SECRETISH, priority=95,
       name="openai_anthropic"),
    _r(Kind.SECRET, r"\bAIza[0-9A-Za-z_-]{35}", gate=SECRETISH, priority=95, name="google_api"),
    _r(Kind.SECRET, r"\bya29\.[0-9A-Za-z_-]{20,}", gate=SECRETISH, priority=95, name="google_oauth"),
    _r(Kind.SECRET, r"\bSG\.[\w-]{16,32}\.[\w-]{20,64}", gate=SECRETISH, priority=95, name="sendgrid"),
    _r(Kind.SECRET, r"\b(?:npm_[A-Za-z0-9]{36}|pypi-[A-Za-z0-9_-]{50,}|hf_[A-Za-z0-9]{30,}|dop_v1_[a-f0-9]{64}"
       r"|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|SK[0-9a-f]{32}|key-[0-9a-z]{32})\b", gate=SECRETISH, priority=95,
       name="other_provider"),
    _r(Kind.SECRET, r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", gate=SECRETISH, priority=94,
       name="jwt"),
    _r(Kind.SECRET, r"(?i:\bbearer)\s+([A-Za-z0-9._~+/-]{16,}=*)", gate=SECRETISH, group=1, priority=93, name="bearer"),
    _r(Kind.SECRET, r"\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}://[^\s/:@\"'<>]{1,64}:([^\s/@\"'<>]{1,128})@", gate=SECRETISH,
       group=1, priority=96, name="url_password"),
    _r(Kind.SECRET, r"(?i:aws_secret_access_key|aws_secret)[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])",
       gate=SECRETISH, group=1, priority=96, name="aws_secret"),
    _r(Kind.SECRET, r"(?i:(?<![a-z0-9])(?:[a-z0-9]+[_-])*(?:password|passwd|pwd|passphrase|secret|secret[_-]?key|api[_-]?key|apikey|access[_-]?token"
       r"|auth[_-]?token|client[_-]?secret|private[_-]?key|token))[\"']?\s*(?:[:=]|=>|:=)\s*[\"']?"
       r"((?!<[A-Z_]+>)[^\s\"',;<>]{6,200})",
       gate=SECRETISH, group=1, priority=90, name="assignment"),
)

EMAIL = _r(
    Kind.EMAIL,
    r"(?<![\w.%+-])[\w][\w.%+-]{0,63}@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,24}(?![\w-])",
    gate=AT, priority=80,
)

CARD = _r(Kind.CARD, r"(?<![\w-])\d(?:[ -]?\d){12,22}", gate=DIGIT, priority=85)

IBAN = _r(Kind.IBAN, r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,32}", gate=DIGIT, priority=86)

NATIONAL_IDS = (
    _r(Kind.NATIONAL_ID, r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", v.ssn_ok, gate=DIGIT, priority=84, name="us_ssn"),
    _r(Kind.NATIONAL_ID, r"(?i:\b(?:ssn|social security(?: number| no\.?)?|sin|tin|bsn|steuer-?id|"
       r"national id(?: number)?|id number|passport(?: number| no\.?)?|personal number|"
       r"numéro de sécurité sociale|dni|nie|codice fiscale|aadhaar))\W{0,3}([A-Z0-9][A-Z0-9 -]{5,18}[A-Z0-9])\b",
       lambda s: sum(c.isdigit() for c in s) >= 6, gate=DIGIT, group=1, priority=83, name="context_id"),
    _r(Kind.NATIONAL_ID, r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", gate=DIGIT,
       priority=84, name="uk_nino"),
    _r(Kind.NATIONAL_ID, r"(?<![\w-])(?<!\d[ .-])\d{3}[ -]\d{3}[ -]\d{3}(?![\w-]| \d)", v.sin_ok, gate=DIGIT, priority=82,
       name="ca_sin"),
    _r(Kind.NATIONAL_ID, r"(?<![\w-])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w-])", v.nir_ok,
       gate=DIGIT, priority=84, name="fr_nir"),
    _r(Kind.NATIONAL_ID, r"\b[XYZ]?\d{7,8}-?[A-Z]\b", v.dni_ok, gate=DIGIT, priority=84, name="es_dni"),
    _r(Kind.NATIONAL_ID, r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b", gate=DIGIT, priority=84,
       name="it_codice_fiscale"),
    _r(Kind.NATIONAL_ID, r"(?<![\w-])(?<![\w\d][ .-])[2-9]\d{3} \d{4} \d{4}(?![\w-]| \d)", v.aadhaar_ok, gate=DIGIT, priority=84,
       name="in_aadhaar"),
)

IPV4 = _r(Kind.IP_ADDRESS, r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
          r"(?:/\d{1,2})?(?![\w]|\.\d)", gate=DIGIT, priority=81, name="ipv4")
IPV6 = _r(Kind.IP_ADDRESS, r"(?<![\w:.])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)[0-9A-Fa-f:]{2,39}"
          r"(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?:%[\w.]+)?(?:/\d{1,3})?(?![\w:])",
          lambda s: v.ip_ok(s.split("/")[0]), gate=COLON_HEX, priority=81, name="ipv6")

_S = r"[ \t.-]"  # separators inside a phone number (never a line break)
_PHONE_BODY = (
    r"(?:(?:\+|00)\d{1,3}" + _S + r"?(?:\(0\)" + _S + r"?)?(?:\(\d{1,5}\)" + _S + r"?)?\d{1,12}(?:" + _S
    + r"\d{1,8}){0,5}"
    r"|\(\d{1,5}\)" + _S + r"?\d{1,8}(?:" + _S + r"\d{1,8}){0,4}"
    r"|\d{1,5}(?:" + _S + r"\d{2,8}){1,5}"
    r"|\d{6,12}"
    r"|\d{2,5} ?\(\d{1,5}\) ?\d{2,8}(?:" + _S + r"\d{1,8}){0,3})"
)
_PHONE_EXT = r"(?:[ \t]*(?:x|ext\.?|extension|#)[ \t]*\d{1,6})?"
PHONE = _r(Kind.PHONE, r"(?<![\w+/.:=#-])" + _PHONE_BODY + _PHONE_EXT + r"(?![\w/]|\.\d|:\d)",
           gate=DIGIT, priority=70)
PHONE_CONTEXT = _r(
    Kind.PHONE,
    r"(?i:\b(?:phone|tel|telephone|mobile|cell|fax|call|whatsapp|sms|text me at|téléphone|telefon|tél|"
    r"handy|móvil|movil|cellulare|telefono|número|numero)\b\.?\s*(?:no\.?|number|nr\.?|#)?\s*[:=]?\s*)"
    r"(\+?\d{7,15})(?!\w)",
    gate=DIGIT, group=1, priority=71, name="phone_context",
)

_US_SUFFIX = (
    r"Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Alley|Aly|Crescent|Cres|Close|Grove|Gardens|Mews|"
    r"Row|Walk|Hill|Hills|Park|Ridge|Ridges|Port|Ports|Crossing|Xing|Pike|Loop|Run|Path|Pass|Plaza|Plz|Point|Pt|"
    r"Ville|Villages?|Manor|Manors|Mill|Mills|Estates?|Fields?|Falls|Forest|Forges?|Fork|Forks|Glen|Glens|"
    r"Green|Greens|Harbor|Harbors|Haven|Heights|Hts|Hollow|Island|Islands|Junction|Jct|Key|Keys|Knolls?|Lakes?|"
    r"Landing|Light|Lights|Lodge|Meadows?|Motorway|Mount|Mountains?|Orchard|Oval|Overpass|Parks?|Passage|Pines|"
    r"Plains?|Prairie|Radial|Ramp|Ranch|Rapids?|Rest|Route|Rue|Shoals?|Shores?|Skyway|Springs?|Spurs?|Stations?|"
    r"Stravenue|Streams?|Streets|Summit|Throughway|Trace|Track|Trafficway|Tunnel|Turnpike|Union|Unions|Valleys?|"
    r"Via|Viaduct|Views?|Vista|Wall|Ways|Wells?|Expressway|Expy|Extensions?|Freeway|Fwy|Cove|Coves|Creek|Curve|"
    r"Dale|Dam|Divide|Drives|Bypass|Camp|Canyon|Cape|Causeway|Center|Centers|Cliffs?|Club|Common|Commons|Corners?|"
    r"Course|Courts|Crest|Bay|Beach|Bend|Bluffs?|Bottom|Branch|Bridge|Brooks?|Burgs?|Anex|Arcade|Lock|Locks|Isle|"
    r"Flat|Flats|Ford|Fords|Fort|Garden|Gateway|Gtwy|Harbour|Neck|Burg|Grove|Groves|Inlet|Underpass|Ferry|Motorway"
)
ADDRESSES = (
    _r(Kind.ADDRESS, r"\b\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?\s+(?:[A-Z][\w'.-]*\s+){0,4}(?:" + _US_SUFFIX + r")\b\.?"
       r"(?:,?\s+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|#)\s*[\w-]{1,6})?",
       gate=DIGIT, priority=60, name="address_en"),
    _r(Kind.ADDRESS, r"\b(?:Flat|Apartment|Apt\.?|Suite|Unit)\s+\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'.-]*\s+){0,3}(?:"
       + _US_SUFFIX + r")\b\.?", gate=DIGIT, priority=61, name="address_unit_first"),
    _r(Kind.ADDRESS, r"\b(?:(?:Alte|Alter|Neue|Neuer|Große|Kleine|Obere|Untere|Am|An der|Im|Auf dem|Zum|Zur|St\.)\s)?"
       r"[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad)"
       r"\s+\d{1,4}(?:\s?[a-zA-Z]\b)?(?:/\d{1,4})?",
       gate=DIGIT, priority=60, name="address_de"),
    _r(Kind.ADDRESS, r"(?i:\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|place|allée|impasse|"
       r"quai|route|cours|passage|square|voie)\s+(?:(?:de|du|des|la|le|l'|d')\s*)*)[A-ZÀ-Ý][\w'À-ÿ-]*(?:[ -][\w'À-ÿ-]+){0,4}",
       gate=DIGIT, priority=60, name="address_fr"),
    _r(Kind.ADDRESS, r"\b(?:Calle|Avenida|Av\.|Paseo|Plaza|Camino|Carrer|Ronda|Via|Viale|Piazza|Corso|Largo|Vicolo|"
       r"Rua|Travessa|Straat|Laan|Plein|Gracht|Kade)\s+(?:(?:de|del|de la|di|della|dei|da|do|dos|das|van|der)\s+)*"
       r"[A-ZÀ-Ý][\w'À-ÿ-]*(?:\s+[A-ZÀ-Ý][\w'À-ÿ-]*){0,3},?\s+(?:n\.?\s?º?\s?)?\d{1,5}[A-Za-z]?\b",
       gate=DIGIT, priority=60, name="address_es_it_pt_nl"),
)

RECOGNISERS: tuple[Recogniser, ...] = (
    *SECRET_PATTERNS, EMAIL, CARD, IBAN, *NATIONAL_IDS, IPV4, IPV6, PHONE, PHONE_CONTEXT, *ADDRESSES,
)

# Markers that make a text worth running the secret patterns on (case-sensitive prefixes).
SECRET_MARKERS = re.compile(
    r"-----BEGIN|AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|glpat-|xox[abposre]-|hooks\.slack|_live_|_test_|sk-|"
    r"AIza|ya29\.|SG\.|npm_|pypi-|hf_|dop_v1_|shp|SK[0-9a-f]{8}|key-|eyJ|://"
)
SECRET_WORDS = ("password", "passwd", "pwd", "passphrase", "secret", "token", "api_key", "api-key", "apikey",
                "bearer", "private_key", "private-key", "aws_")
COLON_HEX_MARK = re.compile(r"[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:")
