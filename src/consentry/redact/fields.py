"""Values named by their field: `"phone": "..."`, `DOB=...`, `Name: ...`, `| iban | ... |`, SQL
INSERT columns and CSV headers. The field name says the kind; the value only has to have
that kind's shape, so a number that would be too weak alone (a bare national id, a phone
without separators, a name in a log line) is still found where a record names it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from consentry.redact import addresses, personal_ids, phones
from consentry.redact import lexicon as lx
from consentry.redact import validators as v
from consentry.redact.gazetteer import known_name_word
from consentry.redact.kinds import Kind

Span = tuple[int, int, str]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
MARKS = lx.MARKS
_NON_WORD = lx.NON_KEY_WORD  # letters, their marks and digits of any script stay
_LETTERS = "àáâäãåçèéêëìíîïñòóôõöùúûüýÿ" + "".join(map(chr, range(0x100, 0x250)))
# Each letter to its base letter (é → e, ł → l, ğ → g), so `doğum_tarihi` and `dogum_tarihi` match
# the same key name; ß stays one letter (s), as before.
_ACCENTS = str.maketrans(
    {c: unicodedata.normalize("NFKD", c)[0] for c in _LETTERS}
    | {"ß": "s", "ø": "o", "đ": "d", "ı": "i", "ł": "l", "ħ": "h", "ŀ": "l", "ŧ": "t", "ĸ": "k"}
)


@lru_cache(maxsize=8192)
def key_kind(key: str) -> str | None:
    """The kind a field name announces (None: it announces nothing we redact). The words
    nearest the end of the key decide, the longest phrase first: `customer_phone` is a phone,
    `emailAddress` an e-mail address, `ip_address` an IP address."""
    norm = key_norm(key)
    if not norm or len(norm) > 48:
        return None
    if _REFERENCE_KEY.search(norm):
        return KEEP  # order_id, customer_number, Kundennummer: a reference, kept as it is
    if _ANTI_FORGERY_KEY.search(norm):
        return KEEP  # csrf_token: it guards one form's submission and logs no one in
    bare = _plain(norm)
    for rx, org_kind in ((lx.ORG_KEY, ORG_VALUE), (lx.ORG_SEAT_KEY, ORG_SEAT)):
        org = rx.search(bare)
        if org and not lx.NOT_ORG_OWNER.search(bare, 0, org.start() + 1):
            return org_kind  # company_iban, hotline, office: an organisation's, kept whole
    of = _OF_WHOM.match(norm)
    if of and of.group(1) != norm:  # `date de naissance du client`, `phone of the tenant`
        head = key_kind(of.group(1))
        if head == Kind.PERSON and lx.NOT_PERSON_KEY.search(norm):
            return None  # `name of the company`
        if head is not None:
            return head
    words = norm.split("_")
    plain = _plain(norm).split("_")
    # the phrase must end at the key's last word (or before a generic last word: `_number`)
    ends = [len(words)] + ([len(words) - 1] if len(words) > 1 and words[-1] in _GENERIC else [])
    for end in ends:
        for start in range(0, end):
            for ws in (words, plain):
                phrase = "_".join(ws[start:end])
                for kind, rx in lx.COMPILED_KEY_KINDS:
                    if rx.fullmatch(phrase):
                        if (
                            kind in (Kind.PERSON, PERSON_ROLE)
                            and lx.NOT_PERSON_KEY.search(norm)
                            and not lx.STRONG_PERSON_KEY.search(norm)
                        ):
                            return None
                        return kind
    if _SECRET_END.search(words[-1]):
        return Kind.SECRET  # PGPASSWORD, ROOTPASSWORD, dbpasswd, APIKEY, webhooksecret
    return None


def _plain(norm: str) -> str:
    """A key without accents: Latin letters by the table, other scripts by NFKD."""
    plain = norm.translate(_ACCENTS)
    if plain.isascii():
        return plain
    return "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))


# A field name that ends by saying whose value it is: the words before that decide.
_OF_WHOM = re.compile(
    r"(.+?)_(?:of|of_the|on|du|de|de_la|des|del|de_los|van|van_de|von|vom|der|des)_[a-z]+$"
)
_SECRET_END = re.compile(r"(?:password|passwd|passwort|kennwort|secret|apikey|authtoken)$")


# A role that is a person only when its value is a name the lists know (lexicon.KEY_KINDS).
PERSON_ROLE = "PERSON_ROLE"

# A postcode's or a town's field (lexicon.KEY_KINDS): a part of an address only in a record
# that has a street field too (`"postal_code": "6195"` beside `"line1": "Boulevard la Loi
# 235"`), and only with its postcode: a postcode narrows a street to a few houses, a town
# alone is shared by thousands (`"city": "Namur"` is kept; `"line2": "Boise, OR 49191"` is not).
ADDRESS_PART = "ADDRESS_PART"
# A postcode: Europe's digits, maybe with a country letter or a Dutch suffix; UK, Canada,
# Eircode, Argentina.
_POSTCODE = (
    r"(?:[A-Z]{1,2}-)?\d{3,5}(?:[ -]\d{2,4})?(?:[ ]?[A-Z]{2})?|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}"
    r"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]\d{4}[A-Z]{3}|[AC-FHKNPRTV-Y]\d[\dW][ ]?[AC-FHKNPRTV-Y\d]{4}"
)
_POSTCODE_VALUE = re.compile(_POSTCODE)
_POSTCODE_IN = re.compile(rf"(?<![\w-])(?:{_POSTCODE})(?![\w-])")
# ... or a town's name with its postcode, maybe its state (`Townsville VIC 7118`).
_PLACE_VALUE = re.compile(r"(?=.*?[^\W\d_]{2})[\w][\w'’.,()/ -]{1,58}")
# A street's field in the same record: its key (quoted, bracketed or bare) before a separator.
_STREET_KEY_NEAR = re.compile(
    r"(?i)(?<![a-z])(?:street|line_?1|address_?line_?1|address|adresse|anschrift|stra(?:ss|ß)e|"
    r"rue|calle|via|rua|straat|adres|indirizzo|direcci[oó]n|endere[cç]o|morada|ulica|gatuadress|"
    r"gateadresse|katuosoite)[\"'`\]]?[ \t]*(?:[:=,;\t|]|=>)"
)


def _street_near(text: str, start: int, end: int) -> bool:
    return _STREET_KEY_NEAR.search(text, max(0, start - 500), min(len(text), end + 300)) is not None


# Kept, not redacted: values under a field that names a reference number (an order, a
# customer, an invoice, a ticket). The finding wins overlaps (a customer number written like a
# phone number is not a phone) and is then dropped from the output.
KEEP = "KEEP"
# Kept whole: the value under a field that names it an organisation's (lexicon.ORG_KEY), be it
# an address, an IBAN, a phone line or the organisation's name.
ORG_VALUE = "ORG_VALUE"
# ... and the organisation's seat or premises, kept where the value is an address (has letters)
ORG_SEAT = "ORG_SEAT"
_REFERENCE_KEY = re.compile(
    r"(?:^|_)(?:order|customer|cust|client|invoice|ticket|member|membership|contract|policy|"
    r"booking|reservation|confirmation|tracking|shipment|reference|ref|sku|product|item|serial|"
    r"kunden|kunde|bestell|bestellung|rechnungs|rechnung|auftrags|auftrag|vertrags|mitglieds|"
    r"commande|facture|contrat|cliente|pedido|factura|contrato|klant|bestel|bestelling|factuur)"
    r"_?(?:id|no|nr|num|number|nummer|numero|ref|code)$"
    r"|^(?:kundennummer|kundennr|bestellnummer|rechnungsnummer|auftragsnummer|vertragsnummer|"
    r"mitgliedsnummer|klantnummer|ordernummer|bestelnummer|factuurnummer|numero_client|"
    r"numero_de_cliente|numero_de_pedido|numero_de_commande|order_id|orderid)$"
)
# An anti-forgery token (Django's csrfmiddlewaretoken, Rails's authenticity_token, an XSRF
# cookie's echo) is sent with a form so that another site cannot; it opens no account.
_ANTI_FORGERY_KEY = re.compile(
    r"(?:^|_)(?:csrf|xsrf)(?:_|$)|^csrfmiddlewaretoken$|^authenticity_token$"
)
_REFERENCE_VALUE = re.compile(r"#?[A-Za-z]{0,6}[ -]?\d[\d ./-]{3,30}\d")
_GENERIC = frozenset(
    [
        "number",
        "no",
        "nr",
        "num",
        "nummer",
        "numero",
        "número",
        "value",
        "val",
        "field",
        "str",
        "text",
        "raw",
        "iso",
        "utc",
        "1",
        "2",
    ]
)

# --- value shapes per kind --------------------------------------------------------------------
_NAME_TOKEN = r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?"
# (the words of one name are joined by spaces: a tab starts a TSV row's next cell)
NAME_VALUE = re.compile(rf"{_NAME_TOKEN}(?:,?[ ]+{_NAME_TOKEN}){{0,4}}")
_SHAPES = {
    Kind.EMAIL: re.compile(r"[^\s@\"'<>]+@[^\s@\"'<>]+\.[^\W\d_]{2,}"),
    Kind.PHONE: re.compile(r"\+?\(?\d[\d \-./()]{4,24}\d(?:[ \t]*(?:x|ext\.?)[ \t]*\d{1,6})?"),
    Kind.NATIONAL_ID: re.compile(r"[A-Za-z0-9][A-Za-z0-9 .\-/]{3,24}[A-Za-z0-9]"),
    Kind.IBAN: re.compile(r"[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,32}"),
    Kind.CARD: re.compile(r"\d(?:[ -]?\d){11,22}"),
    Kind.IP_ADDRESS: re.compile(r"[0-9A-Fa-f:.]{2,45}(?:%[\w.]+)?(?:/\d{1,3})?"),
    Kind.DATE_OF_BIRTH: None,  # set below (dates.DATE)
}
_PLACEHOLDER = re.compile(
    r"(?i)^(?:<[^>]*>|\*+|x+|null|none|nil|true|false|undefined|n/?a|-+|\$\{.*\}|\{\{.*\}\}|%\(.*\)s|\?|redacted)$"
)
# A weekday before a date value (`"dob": "Monday, 14 March 1988"`), and a date written as code
# around a string (`new Date('1990-05-03')`, `date.fromisoformat("1990-05-03")`).
_WEEKDAY_LEAD = re.compile(r"[^\W\d_]{2,12}\.?,?[ \t]+(?:(?:the|den|dem|der|le|el)[ \t]+)?")
_CODE_WRAP = re.compile(r"(?:new[ \t]+)?(?:[A-Za-z_][\w.]{0,30}\([ \t]*[\"']?)?")


def _date_value(text: str, pos: int) -> re.Match[str] | None:
    """The date a value begins with, after a weekday or a code wrapper if there is one."""
    from consentry.redact.dates import WEEKDAY_BEFORE, date_at

    day = _WEEKDAY_LEAD.match(text, pos)
    if day and WEEKDAY_BEFORE.search(text, pos, day.end()):
        pos = day.end()
    d = date_at(text, pos)
    if d is None:
        wrap = _CODE_WRAP.match(text, pos)  # matches the empty string at least
        d = date_at(text, wrap.end()) if wrap and wrap.end() > pos else None
    return d


_AUTH_SCHEME = re.compile(r"(?i)(?:bearer|basic|token|digest|apikey)[ \t]+(?=\S)")
_STATUS_WORDS = frozenset(
    [
        "ok",
        "error",
        "failed",
        "success",
        "pending",
        "active",
        "inactive",
        "enabled",
        "disabled",
        "unknown",
        "default",
        "test",
        "admin",
        "root",
        "guest",
        "anonymous",
        "system",
        "none",
        "null",
        "true",
        "false",
        "yes",
        "no",
    ]
)


def value_span(
    kind: str, text: str, start: int, end: int, *, strict_name: bool, street: bool | None = None
) -> Span | None:
    """The part of text[start:end] that is a value of `kind`, or None. `street`: whether the
    record has a street's field (None: look for one around the value)."""
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    raw = raw.strip()
    if not raw or _PLACEHOLDER.match(raw):
        return None
    s = start + lead
    if kind == KEEP:
        ref = _REFERENCE_VALUE.fullmatch(raw)
        return (s, s + len(raw), KEEP) if ref else None
    if kind == ORG_VALUE or (kind == ORG_SEAT and sum(c.isalpha() for c in raw) >= 3):
        return (s, s + len(raw.rstrip(".,;")), KEEP) if len(raw) <= 160 else None
    if kind == ORG_SEAT:
        kind = Kind.PHONE  # `Office: +44 20 7946 0123`: a signature's direct line
    if kind == Kind.SECRET:
        scheme = _AUTH_SCHEME.match(raw)
        if scheme:  # Authorization: Bearer <token>: the token is the secret
            s += scheme.end()
            raw = raw[scheme.end() :]
        token = raw.split()[0] if raw.split() else ""
        if len(token) < 6 or token.isalpha() and token.islower() and len(raw.split()) > 1:
            return None  # `password: please ask ...` is prose, not a password
        if not v.not_placeholder(raw if raw.startswith(("<", "{", "[")) else token):
            return None  # `<your-api-key>`, `${DB_PASSWORD}`, `changeme`
        return s, s + len(token), kind
    if kind == Kind.PERSON:
        return _name_value(raw, s, strict_name)
    if kind == PERSON_ROLE:
        span = _name_value(raw, s, True)
        if span and any(known_name_word(w) for w in raw[: span[1] - s].replace(",", " ").split()):
            return span
        return None
    if kind == Kind.ADDRESS:
        if "@" in raw or not (any(c.isdigit() for c in raw) and sum(c.isalpha() for c in raw) >= 3):
            return None
        return (s, s + len(raw.rstrip(".,;")), kind) if len(raw) <= 160 else None
    if kind == Kind.DATE_OF_BIRTH:
        m = _date_value(raw, 0)
        return (s, s + m.end(), kind) if m else None
    if kind == ADDRESS_PART:
        part = raw.rstrip(".,;")
        if len(part.split()) > 8 or not (
            _POSTCODE_VALUE.fullmatch(part)
            or _PLACE_VALUE.fullmatch(part)
            and _POSTCODE_IN.search(part)
        ):
            return None
        if not (street if street is not None else _street_near(text, s, s + len(part))):
            return None
        return s, s + len(part), Kind.ADDRESS
    shape = _SHAPES.get(kind)
    m = shape.match(raw) if shape else None
    if not m:
        return None
    val = m.group().rstrip(" -./")
    if kind == Kind.NATIONAL_ID and " " in val:
        # "AB 12 34 56 C" is one id; "31PQ64130 ce matin" is an id and then words
        keep: list[str] = []
        for tok in val.split(" "):
            if keep and not (any(c.isdigit() for c in tok) or tok.isupper() and len(tok) <= 3):
                break
            keep.append(tok)
        val = " ".join(keep).rstrip(" -./")
    if kind == Kind.IBAN:
        # the value ends where the IBAN ends, at its country's length (`Cuenta: <IBAN> 2 de la
        # factura`: the words after it are no part of it)
        val = val[: v.iban_span(val)].rstrip(" -")
    elif kind == Kind.CARD and v.card_span(val):
        val = val[: v.card_span(val)]  # (a network no rule knows keeps its whole value)
    digits = sum(c.isdigit() for c in val)
    ok = {
        Kind.EMAIL: v.mailbox_ok(val),
        Kind.PHONE: 6 <= digits <= 16 and not phones.toll_free(val, text, s),
        Kind.NATIONAL_ID: digits >= 4,
        Kind.IBAN: digits >= 8 and v.iban_span(val) > 0,
        Kind.CARD: 12 <= digits <= 19
        and v.luhn_ok(v.digits(val))
        and not v.published_test_card(val),
        Kind.IP_ADDRESS: v.ip_ok(val.split("/")[0]),
    }[kind]
    return (s, s + len(val), kind) if ok else None


def _name_value(raw: str, s: int, strict: bool) -> Span | None:
    if "@" in raw.split(maxsplit=1)[0]:
        return None  # `sender: anna.rossi@example.com`: an e-mail address, found as one
    m = NAME_VALUE.match(raw)
    if not m:
        return None
    val = m.group().rstrip(",.")
    words = val.replace(",", " ").split()
    if not words or len(val) < 2 or words[0].lower() in _STATUS_WORDS:
        return None
    if m.end() < len(raw) and raw[m.end()] in "_@/\\=:" or raw[m.end() : m.end() + 1].isdigit():
        return None  # jane_doe, svc-account/1: identifiers, not names
    if strict and not all(w[0].isupper() for w in words if w.lower() not in _PARTICLES):
        return None
    return (s, s + len(val), Kind.PERSON)


_PARTICLES = frozenset(lx.NAME_PARTICLES.replace("\\.?", "").lower().split("|"))

# --- key: value pairs -------------------------------------------------------------------------
# `key: value`, `key=value`, `key => value`, a tab, and on a form's line of its own `Key - value`.
SEPARATOR = re.compile(r"=>|:=|[:=|\t]|[ \t][-–][ \t]")
_DASH_SEP = frozenset("-–")
# What a form line may hold before its key: indentation, a list mark, Markdown emphasis.
_LINE_LEAD = re.compile(r"[ \t]*(?:[-*•][ \t]+)?[*_]{0,2}\Z")
# A key, maybe quoted, maybe with a hint in brackets after it: `First name(s):`,
# `Date of birth (DD/MM/YYYY):`, `Geburtsdatum (TT.MM.JJJJ):`.
# A key may be set in Markdown bold (`**Vorname**:`) and carry a gender ending (`Nacido/a:`).
_KEY_BEFORE = re.compile(
    rf"(\*\*|__|[\"'`]?)([^\W\d_][\w{MARKS}.\- ]{{0,40}}?(?:/[^\W\d_]{{1,2}})?)\1[ \t]*\Z"
)
_KEY_HINT = re.compile(r"[ \t]*\([^()\n]{1,24}\)[ \t]*\Z")
# A character that _KEY_BEFORE's match can never hold: the key starts after the last one.
_NOT_IN_KEY = re.compile(rf"[^\wÀ-ÿ{MARKS}.\- \t\"'`*/]")


def key_floor(head: str) -> int:
    """Where a search for the key before a separator can start: after the last character no
    key holds (found in the reversed text), so the search does not try every position."""
    m = _NOT_IN_KEY.search(head[::-1])
    return len(head) - m.start() if m else 0


# A full stop that ends a sentence (not an abbreviation such as St., Str., Apt., Nr.): a
# word of four or more letters, or a number, then ". " and a capital or the end.
_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_]{4})|(?<=\d))\.(?=[ \t]+\S|[ \t]*$)")
# What goes on an address after a full stop (no sentence starts there): a floor in Roman
# numerals (`Váci utca 101. IV/6`), a number (`Schillerstr. 30`), an abbreviation with its stop
# (`Rákóczi út 1. fsz. 3.`, `6. em. 16.`).
_ADDRESS_GOES_ON = re.compile(r"[ \t]+(?:[IVX]{1,4}/|\d|[^\W\d_]{1,5}\.)")
# The next key of a log line (a word, not a time: `dob=1990-05-03 00:00:00 status=ok`).
_NEXT_KEY = re.compile(r"[ \t,;&]+[^\W\d][\w.-]{0,29}[ \t]*[:=]|[ \t]{2,}|[ \t]*<[^>]*@")
_ADDRESS_TAIL = re.compile(
    addresses.TAIL
    + r"|,[ \t]*(?:\d{1,3}[ºª°]?[ \t]?[A-Za-z]?|(?:Apt|Suite|Unit|Flat|piso|planta)\.?[ \t]*[\w-]{1,6})(?=[,.;\s]|$)"
)
# Kinds whose value may run on past a comma or an abbreviation's full stop (an organisation's
# value is often its address: `office=Av. Diagonal 640, 08017 Barcelona`)
_ADDRESS_LIKE = frozenset([Kind.ADDRESS, ORG_VALUE, ORG_SEAT])
_CONTROL_NAME = re.compile(
    r"<(?:input|select|textarea|option|param|meta)\b[^<>]*?\bname=[\"']([^\"'<>]{1,60})[\"']",
    re.IGNORECASE,
)
_ORG_REST = re.compile(r"(?:,[ \t]*[^,\n\r;|<>\"'`]{1,48}){1,5}(?=[\r\n;|<>\"'`]|$)")
_PROSE = re.compile(r"\b[a-z]{4,}[ \t]+[a-z]{4,}\b")
# A record's Italian address keys: there a `via` key names the street, elsewhere it names a
# route (`"via": "SMTP"`).
_ITALIAN_RECORD = re.compile(
    r"(?i)[\"'\s,{](?:civico|numero_civico|n_civico|cap|comune|provincia|citt[aà]|frazione)[\"']?[ \t]*[:=]"
)
# Field names of the street alone (its number and town in other fields).
_STREET_KEY = re.compile(
    r"(?:^|_)(?:street|street_name|strasse|straße|strassenname|rue|nom_de_rue|calle|nombre_de_calle|via|"
    r"rua|logradouro|straat|straatnaam|via_e_piazza|nome_via|ulica|gatuadress|gata|gatunamn)$"
)
_STREET_VALUE = re.compile(
    r"(?:(?i:rue|avenue|boulevard|via|viale|piazza|calle|avenida|rua|ul\.|al\.)[ \t]+[\w'’.-]+"
    r"|[A-ZÀ-ÞĄĆĘŁŃŚŹŻ][\w'’.-]*)(?:[ \t]+[\w'’.-]+){0,5}"
    r"|[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|"
    r"straat|laan|gracht|plein|kade|singel|dijk)"
)
# HTTP field names (the IANA Hypertext Transfer Protocol Field Name Registry's common ones, any
# `X-` or `Sec-` field, HTTP/2 pseudo-headers): HAR files and API dumps write every header as
# `{"name": "Set-Cookie", "value": ...}`, and such a `name` names a header, not a person.
_HTTP_FIELD = re.compile(
    r"(?i)(?:(?:x|sec)-[a-z0-9-]{1,60}|:(?:authority|method|path|scheme|status)|"
    r"accept(?:-(?:charset|encoding|language|ranges|patch|post))?|"
    r"access-control-[a-z-]{1,40}|age|allow|alt-svc|authorization|cache-control|connection|"
    r"content-(?:disposition|encoding|language|length|location|range|security-policy|type)|"
    r"cookie|date|dnt|etag|expect|expires|forwarded|from|host|"
    r"if-(?:match|modified-since|none-match|range|unmodified-since)|keep-alive|last-modified|"
    r"link|location|max-forwards|origin|permissions-policy|pragma|priority|"
    r"proxy-(?:authenticate|authorization)|range|referer|referrer-policy|retry-after|server|"
    r"server-timing|set-cookie|strict-transport-security|te|trailer|transfer-encoding|upgrade|"
    r"upgrade-insecure-requests|user-agent|vary|via|warning|www-authenticate)"
)
_STRICT_PERSON_KEYS = re.compile(
    r"(?:^|_)(?:name|customer|client|contact|author|sender|recipient|owner|holder|person|"
    r"guest|student|tenant|patient|employee|assignee|reporter|requester|attendee|passenger|"
    r"applicant|beneficiary|kunde|klant|titular|titulaire|naam|nom|nombre|first|last|given|"
    r"family|forenames?|spouse|mother|father|guardian|witness|signer|insured|autor|auteur|"
    r"inhaber|cliente|paciente|contacto|medewerker|aanvrager)$"
)


def _strict_name(kind: str, norm: str) -> bool:
    """`name`, `customer`, a party (`buyer`, `Vevő`): capitalised values only; `full_name`,
    `voornaam`: any casing."""
    if kind != Kind.PERSON or lx.STRONG_PERSON_KEY.search(norm):
        return False
    return bool(_STRICT_PERSON_KEYS.search(norm) or lx.PARTY_KEY.search(norm))


def _company_party(norm: str, value: str, block: bool = False) -> bool:
    """A party's value (or a block's under its label) that is a company (`Buyer: Nordic Trading
    AB`, `SENDER:` / `Kauri Freight Ltd`), not a person."""
    if not (block or lx.PARTY_KEY.search(norm)):
        return False
    return bool(lx.LEGAL_FORMS.search(value) or lx.PARTY_NOT_PERSON.search(value))


# A key set by subscript: a quoted name in brackets before `=` (not `==`); PHP's print_r writes
# it unquoted before `=>` (`[birthdate] => 1941-02-23`).
_SUBSCRIPT_KEY = re.compile(r"\[[ \t]*([\"']?)([A-Za-z_][\w.-]{0,40})\1[ \t]*\][ \t]*\Z")


# A box's code on a form: a letter or a number, maybe with dotted sub-numbers (`C.1.1`, `7a`, `B`).
_BOX_CODE = re.compile(r"[ \t]*(?:[A-Z]|\d{1,2}[a-z]?)(?:\.\d{1,2}){0,3}\.?[ \t]*")


def _key_before(text: str, sep_start: int, sep: str) -> str | None:
    """The key written right before a separator (None: no key word ends there)."""
    dash = sep[-2] in _DASH_SEP if len(sep) == 3 else False
    if dash and sep_start - text.rfind("\n", 0, sep_start) > 50:
        return None  # a dash far into a line: a sentence's, not a form's
    head = text[max(0, sep_start - 48) : sep_start]
    if head.endswith((")", ") ")):  # a hint after the key: `Szül. idő (szülő):`
        hint = _KEY_HINT.search(head)
        if hint and _BOX_CODE.fullmatch(
            text, text.rfind("\n", 0, sep_start) + 1, sep_start - len(head) + hint.start()
        ):
            # a form's box code with its field's name in brackets: the EU registration
            # certificate's `C.1.1 (surname):` (Council Directive 1999/37/EC's harmonised codes),
            # a tax form's `7a (date of birth):`
            return hint.group().strip(" \t()")
        head = head[: hint.start()] if hint else head
    # (psql's expanded display and other aligned forms pad the key to a column: `first_name     |`)
    before = head.rstrip(" \t")[-4:].rstrip("\"'`*")[-2:]
    if not before or not (
        before[-1].isalpha() or before[-1] in "_-." or before[-1].isdigit() and before[0].isalpha()
    ):
        return None  # 10:22:33, a=1: no key word ends right before the separator (address1 does)
    km = _KEY_BEFORE.search(head, key_floor(head))
    if not km:
        return None
    if dash:
        # `Name - Kilian Seifert`: a dash separates a key only on a line of a form, the key first
        line = text.rfind("\n", 0, sep_start) + 1
        if not _LINE_LEAD.fullmatch(text, line, sep_start - len(head) + km.start()):
            return None
    return km.group(2)


_CELL_TEXT = re.compile(r"[^\t\r\n]*")


def _header_cell_after(text: str, pos: int) -> bool:
    """The cell after a tab names a field too: a header row (`Naam\tGeboortedatum\t...`), no
    key and its value."""
    cell = _CELL_TEXT.match(text, pos)
    return cell is not None and cell.end() > pos and key_kind(cell.group()) is not None


_RULE_LINE = re.compile(r"\r?\n[ \t]*\|?[ \t]*:?-{3,}")


def _header_row(text: str, pos: int, delim: str) -> bool:
    """The line holding pos is a table's header: besides its first, two more of its cells
    name a kind (`id<TAB>Namn<TAB>E-post<TAB>Telefon<TAB>Adress`)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    cells = text[a : len(text) if b < 0 else b].split(delim)
    if len(cells) < 4 or len(cells) > 40:
        return False
    return sum(key_kind(c.strip(" *`\"'")) is not None for c in cells[:12]) >= 3


def _rule_below(text: str, pos: int) -> bool:
    """The line holding pos has a Markdown rule (`|---|---|`) under it: it is a header row."""
    nl = text.find("\n", pos)
    return nl >= 0 and _RULE_LINE.match(text, nl) is not None


# A label on a line of its own and the value on the next (a shipping label's or a letter's
# block: `RECIPIENT:` / `ANNA SCHMIDT` / `...`): for a person, an address, a birth date.
_BLOCK_KINDS = frozenset([Kind.PERSON, Kind.ADDRESS])
_LABEL_LINE = re.compile(r"[ \t]*[^\W\d_][^\n:]{0,40}\Z")
_NEXT_LINE_VALUE = re.compile(r"\r?\n[ \t]*(?=[^\W\d_][^\n:=|\t]{1,80}(?:\r?\n|\Z))")


def _value_below(text: str, sep_start: int, pos: int) -> int:
    """Where the value on the line under a label line starts (-1: none there: the label shares
    its line with other text, or the next line is blank or another key)."""
    line = text.rfind("\n", 0, sep_start) + 1
    if not _LABEL_LINE.match(text[line:sep_start]):
        return -1
    below = _NEXT_LINE_VALUE.match(text, pos)
    return below.end() if below else -1


def keyed_values(m: re.Match[str]) -> Iterator[Span]:
    """Spans for the value after one separator, when the key before it names a kind."""
    text, sep_start, pos = m.string, m.start(), m.end()
    if m.group() == ":" and text[pos : pos + 2] == "//":
        return  # a URL scheme
    sub = None
    if (m.group() == "=>" or m.group() == "=" and text[pos : pos + 1] != "=") and text[
        max(0, sep_start - 4) : sep_start
    ].rstrip().endswith("]"):
        sub = _SUBSCRIPT_KEY.search(text, max(0, sep_start - 48), sep_start)
    if sub:  # `os.environ["DB_PASSWORD"] = ...`, `config['api_key'] = ...`, `[email] => ...`
        key = sub.group(2)
    else:
        key = _key_before(text, sep_start, m.group())
        if key is None:
            return
    if " " in key.strip() and len(key.split()) > 4:
        key = " ".join(key.split()[-4:])
    if key.lower() == "value" and m.group() == "=":
        # an HTML form's control (`<input name="date_of_birth" value="…">`): the control's name
        # is its field's name (the HTML standard's form data set is its name and its value)
        named = _CONTROL_NAME.search(text, max(0, text.rfind("<", 0, sep_start)), sep_start)
        if named is None or "\n" in text[named.start() : sep_start]:
            return
        key = named.group(1)
    kind = key_kind(key)
    if (
        kind is None
        and "via" in key.lower()
        and key_norm(key) == "via"
        and _ITALIAN_RECORD.search(text, max(0, sep_start - 300), sep_start + 300)
    ):
        kind = Kind.ADDRESS  # `"via": "Garibaldi 5"` beside `"civico"`, `"cap"` or `"comune"`
    if kind is None or kind == Kind.PERSON and m.group() == "\t" and _header_cell_after(text, pos):
        return  # (a name's key: the value read from a header row would be a name's shape)
    if m.group() in "|\t" and (_rule_below(text, pos) or _header_row(text, pos, m.group())):
        return  # a table's header row: its cells are field names, no values
    n = len(text)
    while pos < n and text[pos] in " \t":
        pos += 1
    below = m.group() == ":" and kind in _BLOCK_KINDS and text[pos : pos + 1] in ("\n", "\r")
    if below:
        pos = _value_below(text, sep_start, pos)
        if pos < 0:
            return
    if pos < n and text[pos] in "\"'`":
        q = text[pos]
        close = text.find(q, pos + 1, pos + 400)
        nl = text.find("\n", pos + 1, pos + 400)
        if close < 0 or 0 <= nl < close:
            return
        start, end = pos + 1, close
    else:
        end = pos
        stop = min(n, pos + 200)
        while end < stop and text[end] not in "\n\r\"'`,;{}[]|&<>\x00":
            end += 1
        nk = _NEXT_KEY.search(text, pos, end)
        if nk:
            end = nk.start()
        sentence = _SENTENCE_END.search(text, pos, end)
        while sentence and kind in _ADDRESS_LIKE and _ADDRESS_GOES_ON.match(text, sentence.end()):
            # `Váci utca 101. IV/6`, `Rákóczi út 1. fsz. 3.`, `Schillerstr. 30`: no sentence's end
            sentence = _SENTENCE_END.search(text, sentence.end(), end)
        if sentence:  # "adresse : 12 rue X. Merci ...": the value ends with its sentence
            end = sentence.start() + 1
        start = pos
    if kind in _ADDRESS_LIKE and text[end : end + 1] == "," and text[start:end].strip():
        # "address: 12 Main St, Springfield, IL 62704": the town and postcode after a comma
        for _ in range(3):
            tail = _ADDRESS_TAIL.match(text, end)
            if not tail or tail.end() == end:
                break
            end = tail.end()
    if kind in (ORG_SEAT, ORG_VALUE) and text[end : end + 1] == ",":
        # `Registered office: Unit 9 Protea Gardens, 25 Jacaranda Street, Pretoria, 0081`: an
        # organisation's address runs to its line's end (no prose after it)
        rest = _ORG_REST.match(text, end)
        if rest and not _PROSE.search(rest.group()):
            end = rest.end()
    if kind == Kind.DATE_OF_BIRTH and text[end : end + 1] in (",", ".", " "):
        # "August 5, 1987", "Mo., 14.03.1988": the comma belongs to it; "1. Mai 2003", "23 sept.
        # 2001": the full stop of a day or a month is no sentence's end
        d = _date_value(text, start + len(text[start:end]) - len(text[start:end].lstrip()))
        if d and d.end() > end:
            end = d.end()
    norm = key_norm(key)
    strict = _strict_name(kind, norm)
    if kind == Kind.PERSON and norm == "name" and _HTTP_FIELD.fullmatch(text[start:end].strip()):
        return  # a header in a HAR or API dump: {"name": "Set-Cookie", "value": "..."}
    span = value_span(kind, text, start, end, strict_name=strict)
    if span and kind == Kind.PERSON and _company_party(norm, text[span[0] : span[1]], below):
        return
    if span and kind == Kind.NATIONAL_ID and not _scheme_ok(key, text[span[0] : span[1]]):
        return  # `AMKA: <a number its check fails>`: mistyped or made up, kept
    if span is None and kind == Kind.ADDRESS and _STREET_KEY.search(norm):
        # a field that names the street holds one, with its number in another field or none
        street = _STREET_VALUE.fullmatch(text[start:end].strip())
        if street:
            s = start + len(text[start:end]) - len(text[start:end].lstrip())
            span = (s, s + len(street.group()), kind)
    if span:
        yield span


# --- a screen form: labels in one column, values in the next, no separator ---------------------
# SAP GUI's display screens, mainframe and terminal forms, and their copies in a chat or a ticket
# write each field as `  First name            Sipho`: the label, two or more blanks, the value,
# the values of a block starting in one column. A label's line counts only with a neighbour in the
# same layout whose value starts in the same column (one padded line in prose is no form).
# (the label's words are read without backtracking: runs of its characters and single blanks)
SCREEN_LINE = re.compile(
    r"(?m)^[ \t]{0,8}([^\W\d_](?:[\w.\-/()'’]|[ ](?=[\w.\-/()'’]))*+)[ \t]{2,}(?=[^ \t\r\n])"
)
_VALUE_GAP = re.compile(r"[ \t]{3,}|\t")


def _screen_line(text: str, a: int) -> re.Match[str] | None:
    """The form line that starts at a (None: none does)."""
    return SCREEN_LINE.match(text, a) if 0 <= a < len(text) else None


def screen_form_values(m: re.Match[str]) -> Iterator[Span]:
    """The value beside a label that names a kind, on a line of an aligned form."""
    text = m.string
    label = m.group(1)
    if len(label) > 40 or not (label[-1].isalnum() or label[-1] == ")"):
        return
    kind = key_kind(label)
    if kind is None or kind == KEEP:
        return
    a = m.start()
    col = m.end() - a
    prev_end = a - 1
    prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1 if prev_end > 0 else -1
    next_start = text.find("\n", m.end())
    aligned = False
    for b in (prev_start if prev_end > 0 else -1, next_start + 1 if next_start >= 0 else -1):
        n = _screen_line(text, b)
        if n is not None and n.end() - b == col:
            aligned = True
            break
    if not aligned:
        return
    nl = text.find("\n", m.end())
    end = len(text) if nl < 0 else nl
    gap = _VALUE_GAP.search(text, m.end(), end)
    if gap:
        end = gap.start()
    street = None
    if kind == ADDRESS_PART:
        lo = max(0, a - 400)
        street = any(
            key_kind(f.group(1)) == Kind.ADDRESS
            for f in SCREEN_LINE.finditer(text[lo : min(len(text), end + 400)])
        )
    norm = key_norm(m.group(1))
    span = value_span(kind, text, m.end(), end, strict_name=_strict_name(kind, norm), street=street)
    if span and kind == Kind.PERSON and _company_party(norm, text[span[0] : span[1]]):
        return
    if span and kind == Kind.NATIONAL_ID and not _scheme_ok(m.group(1), text[span[0] : span[1]]):
        return
    if span:
        yield span


_NUMBER_ONLY = re.compile(r"[\d .\-/]+")


def _column_value(
    kind: str, name: str, text: str, start: int, end: int, street: bool
) -> Span | None:
    """A table cell under a column that names a kind, checked as a value of that kind; a
    national id must not fail the check digits of the scheme its column names."""
    span = value_span(kind, text, start, end, strict_name=False, street=street)
    if span and (kind != Kind.NATIONAL_ID or _scheme_ok(name, text[span[0] : span[1]])):
        return span
    return None


def _scheme_ok(key: str, value: str) -> bool:
    """A number (digits and separators) under a field named for a python-stdnum scheme must not
    fail that scheme's check digits. A field that names no scheme (`national id`, `ID No.`)
    says nothing of which check applies: a number there is redacted, for another country's
    scheme would reject the ids of countries python-stdnum has no scheme for (Philippine SSS
    numbers failed a ten-digit scheme's check)."""
    if not _NUMBER_ONLY.fullmatch(value):
        return True
    schemes = personal_ids.key_scheme(key)
    return schemes is None or personal_ids.verdict(schemes, value) != personal_ids.BAD_CHECK


# --- markup and code: <dob>...</dob>, setLastName("..."), with_birth_date('...') ------------------
XML_ELEMENT = re.compile(r"<([A-Za-z][\w.:-]{0,40})(?:[ \t][^<>\n]{0,200})?>([^<>\n]{1,200})</\1>")
SETTER = re.compile(
    r"(?<![A-Za-z0-9])(?:set|with|put)_?([A-Z][A-Za-z0-9]{1,40}|[a-z][a-z0-9_]{1,40})"
    r"\([ \t]*([\"'])([^\"'\n]{1,160})\2[ \t]*\)"
)


# A part of a multipart/form-data body (an HTTP request as a browser sends a form): the part's
# name, its headers, a blank line, then the value.
FORM_DATA_PART = re.compile(
    r"(?i:content-disposition):[ \t]*form-data;[ \t]*name=\"([^\"\r\n]{1,60})\"[^\r\n]*\r?\n"
    r"(?:[\w-]{1,40}:[^\r\n]*\r?\n){0,3}\r?\n([^\r\n]{1,200})"
)


def tagged_values(m: re.Match[str]) -> Iterator[Span]:
    """The text of an XML element, the argument of a setter or the value of a form's part,
    when its name names a kind (`<dob>`, `<lastName>`, `setBirthDate("...")`, `name="dob"`)."""
    key = m.group(1).rsplit(":", 1)[-1]
    kind = key_kind(key)
    if kind is None or kind == Kind.PERSON and key_norm(key) == "name":
        return  # <name>, setName(...): projects, threads and widgets have names too
    value = m.lastindex or 0
    span = value_span(kind, m.string, m.start(value), m.end(value), strict_name=True)
    if span:
        yield span


def key_norm(key: str) -> str:
    return _NON_WORD.sub("_", _CAMEL.sub("_", key.strip()).lower()).strip("_")


# --- tables: SQL INSERT columns, CSV/TSV/Markdown headers -----------------------------------------
INSERT = re.compile(r"(?is)insert\s+into\s+[\w.\"`\[\]]+\s*\(([^)]{1,800})\)\s*values\s*")
_TUPLE = re.compile(r"\(((?:'(?:[^']|'')*'|\"[^\"]*\"|[^()'\"])*)\)\s*,?\s*")
# A cell: quoted, or bare up to the next comma. SQL writes a typed literal (`DATE '1973-02-04'`,
# `TIMESTAMP '...'`) and prefixed strings (SQL Server's `N'José'`, PostgreSQL's `E'...'`): the
# value is the quoted part.
_CELL = re.compile(
    r"\s*(?:(?i:date|timestamp|time|n|e)[ \t]*(?='))?('(?:[^']|'')*'|\"[^\"]*\"|[^,]*?)\s*(?:,|$)"
)


def sql_values(m: re.Match[str]) -> Iterator[Span]:
    """Columns of an INSERT name the kind of each value in every row that follows."""
    text = m.string
    kinds = [key_kind(c.strip().strip('"`[]')) for c in m.group(1).split(",")]
    if not any(kinds):
        return
    street = Kind.ADDRESS in kinds
    pos = m.end()
    while True:
        t = _TUPLE.match(text, pos)
        if not t:
            return
        cells = list(_cells(text, t.start(1), t.end(1)))
        if len(cells) == len(kinds):
            for (cs, ce), kind in zip(cells, kinds, strict=True):
                if kind:
                    span = value_span(kind, text, cs, ce, strict_name=False, street=street)
                    if span:
                        yield span
        pos = t.end()


def _cells(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    pos = lo
    while pos <= hi:
        c = _CELL.match(text, pos, hi)
        if not c or c.end() == pos and pos >= hi:
            return
        cs, ce = c.span(1)
        if ce > cs and text[cs] in "'\"" and text[ce - 1] == text[cs]:
            cs, ce = cs + 1, ce - 1
        yield cs, ce
        if c.end() >= hi:
            return
        pos = c.end()


_DELIMS = (",", ";", "\t", "|")
# A column name: words, with the abbreviation marks and hints headers carry (`N° SS`, `Né(e) le`,
# `Order #`, `Konto (IBAN)`, `Date/heure`).
_HEADER_CELL = re.compile(r"[^\W\d_][\w .\-()#°º/'’]{0,40}")


# A header pasted into a chat may follow its request on the same line (`Vat dit samen aub:
# Naam\tGeboortedatum\t...`): after a colon or a question mark, in a line of tab-separated cells.
HEADER_LINE = re.compile(
    r"(?m)^(?:[^\t\n|:?]{1,80}[:?][ \t]+(?=[^\n]*\t))?(?P<cells>[ \t]*\|?[ \t]*[^\W\d_][\w .\-()#°º/'’]{0,40}(?:[ \t]*[,;\t|][ \t]*[^\W\d_][\w .\-()#°º/'’]{0,40})+[ \t]*\|?[ \t]*)\r?$"
)
# the rule under a header and around a box: Markdown (`|---|:--|`), psql (`----+----`), MySQL
# (`+----+----+`)
_RULE_CHARS = frozenset("|-:+= ")


def table_rows(m: re.Match[str]) -> Iterator[Span]:
    """A header line of field names, then rows split the same way: each cell under a column
    that names a kind is checked as a value of that kind (CSV, TSV, Markdown tables)."""
    text = m.string
    nl = text.find("\n", m.end() + 1)
    rule = text[m.end() + 1 : len(text) if nl < 0 else nl].strip()
    # psql's header has bars only between its columns and a `----+----` rule under it
    psql = bool(rule) and set(rule) <= _RULE_CHARS and "+" in rule
    header = _header(m.group("cells").strip(), 1 if psql else 3)
    if header is None:
        return
    delim, kinds, names = header
    street = Kind.ADDRESS in kinds
    boxed = m.group("cells").lstrip().startswith("|")
    pos = m.end() + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        row = text[pos:end].rstrip("\r")
        if delim == "|" and row.strip() and set(row.strip()) <= _RULE_CHARS:
            pos = end + 1
            continue
        cells = _split(row, pos, delim, boxed)
        if len(cells) != len(kinds):
            return
        for (cs, ce), kind, name in zip(cells, kinds, names, strict=True):
            if kind and (span := _column_value(kind, name, text, cs, ce, street)):
                yield span
        pos = end + 1


# --- an HTML table: a row of header cells names the columns of the rows under it --------------
# (the HTML standard's `th` cells head their column; each `td` under one is that field's value)
HTML_HEADER = re.compile(
    r"(?i)<tr\b[^<>]{0,80}>[ \t\r\n]*((?:<th\b[^<>]{0,80}>[^<>]{0,60}</th>[ \t\r\n]*){2,40})</tr>"
)
_HTML_HEAD_CELL = re.compile(r"(?i)<th\b[^<>]{0,80}>([^<>]{0,60})</th>")
_HTML_ROW = re.compile(
    r"(?i)[ \t\r\n]*<tr\b[^<>]{0,80}>((?:[ \t\r\n]*<td\b[^<>]{0,80}>[^<>]{0,300}</td>)+)[ \t\r\n]*</tr>"
)
_HTML_CELL = re.compile(r"(?i)<td\b[^<>]{0,80}>([^<>]{0,300})</td>")


def html_table_rows(m: re.Match[str]) -> Iterator[Span]:
    """Each cell of the rows under an HTML table's header row, checked as a value of the kind
    its column's header names (cells holding markup of their own are not read)."""
    text = m.string
    names = [h.group(1).strip() for h in _HTML_HEAD_CELL.finditer(m.group(1))]
    kinds = [key_kind(n) if n else None for n in names]
    if not any(kinds):
        return
    street = Kind.ADDRESS in kinds
    pos = m.end()
    while True:
        row = _HTML_ROW.match(text, pos)
        if row is None:
            return
        cells = [c.span(1) for c in _HTML_CELL.finditer(text, row.start(1), row.end(1))]
        if len(cells) == len(kinds):
            for (cs, ce), kind, name in zip(cells, kinds, names, strict=True):
                if kind and (span := _column_value(kind, name, text, cs, ce, street)):
                    yield span
        pos = row.end()


# --- a fixed-width table: column names set apart by two or more blanks, values under them -------
# Mainframe and COBOL record exports, `column -t`, printed reports and psql/mysql output without
# rules align each value under its column's name, with no delimiter at all. A header line: three
# or more column names (words, single blanks inside), two or more blanks between them.
FIXED_HEADER = re.compile(
    r"(?m)^(?P<cells>[ \t]{0,8}[^\W\d_][^\s:=|,;]*+(?:[ ][^\s:=|,;]++)*+"
    r"(?:[ ]{2,}[^\W\d_][^\s:=|,;]*+(?:[ ][^\s:=|,;]++)*+){2,})[ \t]*\r?$"
)
_FIXED_CELL = re.compile(r"[^\W\d_][^\s]*(?:[ ][^\s]+)*")


def fixed_width_rows(m: re.Match[str]) -> Iterator[Span]:
    """Each value of a fixed-width table's rows under a column that names a kind: the row's text
    from its column's first character to the next column's, read only on rows aligned to the
    header (a value starts at two or more of its columns, after a blank)."""
    text = m.string
    cols = [(c.start(), c.group()) for c in _FIXED_CELL.finditer(m.group("cells"))]
    if len(cols) < 3 or any(len(name) > 40 for _, name in cols):
        return
    kinds = [key_kind(name) for _, name in cols]
    if not any(k and k != KEEP for k in kinds):
        return
    street = Kind.ADDRESS in kinds
    pos = m.end() + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        row = text[pos:end].rstrip("\r")
        if not row.strip():
            return
        starts = sum(
            1
            for c, _ in cols
            if c < len(row) and row[c] not in " \t" and (c == 0 or row[c - 1] in " \t")
        )
        if starts < 2 or "\t" in row:
            return  # prose after the table, or another layout
        for i, (c, name) in enumerate(cols):
            kind = kinds[i]
            if not kind or kind == KEEP or c >= len(row):
                continue
            stop = cols[i + 1][0] if i + 1 < len(cols) else len(row)
            if row[c] in " \t" or c and row[c - 1] not in " \t":
                continue  # no value under this column, or the last one ran into it
            if span := _column_value(kind, name, text, pos + c, pos + min(stop, len(row)), street):
                yield span
        pos = end + 1


def _header(line: str, bars: int = 3) -> tuple[str, list[str | None], list[str]] | None:
    for d in _DELIMS:
        if line.count(d) < (bars if d == "|" else 1):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(d)]
        if len(cells) < 2 or not all(_HEADER_CELL.fullmatch(c) for c in cells):
            continue
        kinds = [key_kind(c) for c in cells]
        if any(kinds):
            return d, kinds, cells
    return None


def _split(row: str, base: int, delim: str, boxed: bool = True) -> list[tuple[int, int]]:
    """Cell spans of one row; a quoted cell may hold the delimiter (CSV quoting). A table whose
    header has no outer bars (psql's output) has none on its rows either."""
    off = 0
    if delim == "|" and boxed:
        if not row.strip().startswith("|"):
            return []
        off = row.index("|") + 1
        row = row.rstrip().rstrip("|")
    out, i, n = [], off, len(row)
    while i <= n:
        j = i
        while j < n and row[j] in " \t" and row[j] != delim:
            j += 1
        if j < n and row[j] == '"':
            close = row.find('"', j + 1)
            while close >= 0 and row[close + 1 : close + 2] == '"':
                close = row.find('"', close + 2)
            if close < 0:
                return []
            out.append((base + j + 1, base + close))
            nxt = row.find(delim, close + 1)
        else:
            nxt = row.find(delim, i)
            out.append((base + i, base + (n if nxt < 0 else nxt)))
        if nxt < 0:
            break
        i = nxt + len(delim)
    return out


# --- PostgreSQL's detail of a key violation: `Key (email, nid)=(a@b.c, 123456782) already exists`
PG_KEY = re.compile(r"Key \(([\w\", ]{1,120})\)=\(([^()\n]{1,300})\)")


def pg_key_values(m: re.Match[str]) -> Iterator[Span]:
    """Each value of the key under its column's name."""
    cols = [c.strip().strip('"') for c in m.group(1).split(",")]
    vals = m.group(2).split(", ")
    if len(cols) != len(vals):
        return
    pos = m.start(2)
    for col, val in zip(cols, vals, strict=True):
        kind = key_kind(col)
        if kind and kind != KEEP:
            span = value_span(kind, m.string, pos, pos + len(val), strict_name=False)
            if span:
                yield span
        pos += len(val) + 2
