"""Checksums and plausibility checks that turn a pattern match into a finding.

Patterns find candidates cheaply; these functions keep the ones that are what they look like
(a card number passes Luhn, an IBAN passes mod-97, an IP address parses), which is where the
precision of the recognisers comes from.
"""

from __future__ import annotations

import ipaddress
import re

from stdnum import iban as stdnum_iban
from stdnum import isbn

_NON_DIGIT = re.compile(r"\D")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def digits(s: str) -> str:
    return _NON_DIGIT.sub("", s)


def luhn_ok(number: str) -> bool:
    """Luhn mod-10 over the digits of `number` (payment cards, Canadian SIN)."""
    total, alt = 0, False
    for ch in reversed(number):
        d = ord(ch) - 48
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        alt = not alt
    return total % 10 == 0


# Card networks by leading digits (IIN ranges) and the lengths each one issues.
_CARD_RULES = (
    (re.compile(r"^4"), (13, 16, 19)),  # Visa
    (re.compile(r"^(?:5[1-5]|2[2-7])"), (16,)),  # Mastercard
    (re.compile(r"^3[47]"), (15,)),  # American Express
    (re.compile(r"^3(?:0[0-5]|[689])"), (14, 16)),  # Diners Club
    (re.compile(r"^35"), (16, 17, 18, 19)),  # JCB
    (re.compile(r"^(?:6011|64[4-9]|65|62)"), (16, 17, 18, 19)),  # Discover, UnionPay
    (re.compile(r"^(?:50|5[6-9]|6)"), (16, 17, 18, 19)),  # Maestro
)


# Numbers that card networks and processors publish for testing payment forms: they charge no
# one, and documentation, fixtures and bug reports paste them. Sources: the testing pages of
# Stripe (docs.stripe.com/testing), PayPal Braintree (developer.paypal.com/braintree/docs/
# reference/general/testing) and Adyen (docs.adyen.com/development-resources/test-cards).
PUBLISHED_TEST_CARDS = frozenset(
    {
        "4111111111111111",  # Visa: Braintree, Adyen, PayPal and most gateways
        "4242424242424242",  # Visa: Stripe
        "4012888888881881",  # Visa: Braintree, PayPal
        "4000056655665556",  # Visa debit: Stripe
        "5555555555554444",  # Mastercard: Stripe, Braintree
        "5105105105105100",  # Mastercard: Stripe, PayPal
        "5200828282828210",  # Mastercard debit: Stripe
        "2223003122003222",  # Mastercard 2-series: Stripe
        "378282246310005",  # American Express: Stripe, Braintree, PayPal
        "371449635398431",  # American Express: Stripe, Braintree
        "6011111111111117",  # Discover: Stripe, Braintree
        "6011000990139424",  # Discover: Stripe
        "3056930009020004",  # Diners Club: Stripe
        "36227206271667",  # Diners Club (14 digits): Stripe
        "3566002020360505",  # JCB: Stripe
        "3530111333300000",  # JCB: Braintree, PayPal
        "6200000000000005",  # UnionPay: Stripe
    }
)


def published_test_card(text: str) -> bool:
    """The number is a card networks' or processors' published test number."""
    return digits(text) in PUBLISHED_TEST_CARDS


def card_ok(text: str) -> bool:
    d = digits(text)
    if len(set(d)) < 2 or not luhn_ok(d):
        return False
    return any(rule.match(d) and len(d) in lengths for rule, lengths in _CARD_RULES)


# ISO 13616 lengths of the IBAN by country (the countries in the SWIFT registry).
IBAN_LENGTHS = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BI": 27,
    "BR": 29,
    "BY": 28,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DJ": 27,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FK": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IQ": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LC": 32,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "LY": 25,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MN": 20,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NI": 28,
    "NL": 18,
    "NO": 15,
    "OM": 23,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "RU": 33,
    "SA": 24,
    "SC": 31,
    "SD": 18,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "SO": 23,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VA": 22,
    "VG": 24,
    "XK": 20,
    "YE": 30,
}


def iban_mod97(iban: str) -> bool:
    if not (iban.isascii() and iban.isalnum()):
        return False  # ISO 13616: Latin letters and digits only (`int(ch, 36)` reads no other)
    s = iban[4:] + iban[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def _iban_chars(text: str) -> tuple[str, list[int]]:
    """The text's leading IBAN characters in upper case (spaces and hyphens between groups
    skipped), and where in the text each one ends. An IBAN is ASCII letters and digits, so
    the first other letter (`Núm` after a Spanish IBAN in a PDF's text) ends it."""
    compact, ends = [], []
    for i, ch in enumerate(text):
        if ch.isascii() and ch.isalnum():
            compact.append(ch.upper())
            ends.append(i + 1)
        elif ch not in " -":
            break
    return "".join(compact), ends


def iban_registered_span(text: str) -> int:
    """Length of the text prefix that is an IBAN at exactly its country's registered length
    and ends a group (0 if none): a lower-case IBAN followed by words (`nl32-bunq-... t.n.v.`).
    Its account part must also have the country's registered shape (python-stdnum's IBAN
    registry: an Estonian one is all digits), or one hex id in 97 whose first letters name a
    country would pass (`ee929af0-8b75-4d61-a4c4-...`, a UUID)."""
    s, ends = _iban_chars(text)
    want = IBAN_LENGTHS.get(s[:2])
    if want is None or len(s) < want or not s[2:4].isdigit() or not iban_mod97(s[:want]):
        return 0
    if not stdnum_iban.is_valid(s[:want]):
        return 0
    end = ends[want - 1]
    return 0 if text[end : end + 1].isalnum() else end


def iban_span(text: str) -> int:
    """Length of the text prefix that is a valid IBAN (0 if none): the match may run on into
    following words, so the country's length decides where it ends. Only that length counts
    (ISO 13616's registry): a failed IBAN's prefix passes mod-97 at some other length once in
    97, and that prefix is no account (`ES04 5411 … 5727` failing its check, cut short)."""
    s, ends = _iban_chars(text)
    want = IBAN_LENGTHS.get(s[:2])
    if want is None or len(s) < want or not s[2:4].isdigit():
        return 0  # not a country of the IBAN registry, or too short for its country
    return ends[want - 1] if iban_mod97(s[:want]) else 0


def card_span(text: str) -> int:
    """Length of the longest prefix of a digit run that is a valid card number and ends at a
    group boundary (0 if none): a number written next to another one must not hide it."""
    ends = [
        i + 1
        for i, ch in enumerate(text)
        if ch.isdigit() and (i + 1 == len(text) or not text[i + 1].isdigit())
    ]
    for end in reversed(ends):
        if end < len(text) and (
            text[end].isalnum()
            or text[end] == "-"
            and end + 1 < len(text)
            and text[end + 1].isalnum()
        ):
            continue
        if card_ok(text[:end]):
            return end
    return 0


# Domains reserved for documentation and tests, where no one's mailbox can be: example.com,
# example.net and example.org with their subdomains, and the top-level domains .example, .test,
# .invalid and .localhost (RFC 2606, RFC 6761). The domain follows the last '@', however written.
_AT = re.compile(r"@|%40|&#0*64;|&#x0*40;|&commat;|[\])}>]")
_RESERVED_DOMAIN = re.compile(
    r"(?i)(?:^|\.)example\.(?:com|net|org)$|\.(?:example|test|invalid|localhost)$"
)


# Mailboxes of a role, not of a person: the names RFC 2142 reserves for an organisation's
# services (info, sales, support, abuse, postmaster, webmaster, ...), the no-reply senders, and
# the functions organisations commonly publish (contact, billing, privacy, press, jobs, and
# their common forms in other languages). An address of such a name is the organisation's, as
# its published phone line is; a person's mailbox at a role name is rare and left to its name.
ROLE_MAILBOXES = frozenset(
    [
        "info",
        "marketing",
        "sales",
        "support",
        "abuse",
        "noc",
        "security",
        "postmaster",
        "hostmaster",
        "usenet",
        "news",
        "webmaster",
        "www",
        "uucp",
        "ftp",
        "noreply",
        "no-reply",
        "no_reply",
        "donotreply",
        "do-not-reply",
        "do_not_reply",
        "mailer-daemon",
        "contact",
        "contacts",
        "hello",
        "help",
        "helpdesk",
        "service",
        "services",
        "customerservice",
        "customer-service",
        "customercare",
        "care",
        "enquiries",
        "enquiry",
        "inquiries",
        "inquiry",
        "office",
        "reception",
        "admissions",
        "billing",
        "invoices",
        "invoice",
        "accounts",
        "accounting",
        "orders",
        "order",
        "bookings",
        "booking",
        "reservations",
        "press",
        "media",
        "pr",
        "jobs",
        "careers",
        "recruiting",
        "recruitment",
        "hr",
        "privacy",
        "dpo",
        "gdpr",
        "legal",
        "compliance",
        "team",
        "feedback",
        "notifications",
        "alerts",
        "newsletter",
        "kontakt",
        "kundenservice",
        "contacto",
        "ventas",
        "soporte",
        "atendimento",
        "suporte",
        "vendas",
        "contatti",
        "assistenza",
        "ufficio",
        # the same functions in German, French, Spanish and Dutch: billing, accounting,
        # customer service (and France's after-sales `sav`), sales, orders, bookings, jobs,
        # press, data protection, the front office, help and complaints
        "rechnung",
        "rechnungen",
        "abrechnung",
        "facturation",
        "facture",
        "factures",
        "facturacion",
        "factura",
        "facturas",
        "facturatie",
        "factuur",
        "facturen",
        "buchhaltung",
        "comptabilite",
        "compta",
        "contabilidad",
        "boekhouding",
        "administratie",
        "administration",
        "administracion",
        "kundendienst",
        "kundenbetreuung",
        "serviceclient",
        "serviceclients",
        "relationclient",
        "sav",
        "atencionalcliente",
        "atencioncliente",
        "servicioalcliente",
        "klantenservice",
        "klantendienst",
        "klantcontact",
        "servicedesk",
        "vertrieb",
        "verkauf",
        "ventes",
        "commercial",
        "verkoop",
        "assistance",
        "ondersteuning",
        "bestellung",
        "bestellungen",
        "commande",
        "commandes",
        "pedido",
        "pedidos",
        "bestelling",
        "bestellingen",
        "buchung",
        "reservierung",
        "reservation",
        "reserva",
        "reservas",
        "reservering",
        "karriere",
        "bewerbung",
        "recrutement",
        "emploi",
        "rh",
        "empleo",
        "rrhh",
        "vacatures",
        "presse",
        "prensa",
        "pers",
        "datenschutz",
        "privacidad",
        "empfang",
        "sekretariat",
        "secretariat",
        "secretaria",
        "secretariaat",
        "accueil",
        "recepcion",
        "receptie",
        "hilfe",
        "aide",
        "ayuda",
        "hulp",
        "reklamation",
        "reclamation",
        "reclamaciones",
        "klachten",
    ]
)
# The names compared without the dots, dashes and underscores people put between words
# (`service-client`, `atencion.al.cliente`, `no_reply`).
_WORD_JOINS = re.compile(r"[._-]")
_ROLE_KEYS = frozenset(_WORD_JOINS.sub("", r) for r in ROLE_MAILBOXES)


_LOCAL_END = re.compile(
    r"[ \t\[({<]"
)  # where an escaped '@' begins: `info [at] ...`, `info(at)...`


def mailbox_ok(text: str) -> bool:
    """The address can be someone's: its domain is not one reserved for examples, and its
    name is not a role's (ROLE_MAILBOXES)."""
    parts = _AT.split(text)
    local = _LOCAL_END.split(parts[0].strip(), maxsplit=1)[0].lower()
    if _WORD_JOINS.sub("", local) in _ROLE_KEYS:
        return False
    return not _RESERVED_DOMAIN.search(parts[-1].strip().rstrip("."))


# The public DNS resolvers that configurations and troubleshooting pastes name (Google,
# Cloudflare, Quad9, OpenDNS, from their own setup pages): a service everyone uses, no one's
# machine.
PUBLIC_RESOLVERS = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "8.8.8.8",
        "8.8.4.4",
        "2001:4860:4860::8888",
        "2001:4860:4860::8844",
        "1.1.1.1",
        "1.0.0.1",
        "2606:4700:4700::1111",
        "2606:4700:4700::1001",
        "9.9.9.9",
        "149.112.112.112",
        "2620:fe::fe",
        "2620:fe::9",
        "208.67.222.222",
        "208.67.220.220",
    )
)


def ipv4_parses(text: str) -> bool:
    try:
        ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return True


def ip_ok(text: str) -> bool:
    """An address that can point at someone's machine on the internet: it parses, and it is
    global (`ipaddress`'s is_global, from IANA's special-purpose registries) and no public
    resolver. Kept: loopback and unspecified (RFC 1122 3.2.1.3, RFC 4291 2.5.2-2.5.3),
    private networks (RFC 1918, RFC 4193), link-local, carrier-grade NAT (RFC 6598) and the
    documentation ranges (RFC 5737, RFC 3849): millions of networks reuse them, so alone they
    point at no one."""
    candidate = text.split("%", 1)[0].strip("[]")
    try:
        addr = ipaddress.ip_address(candidate)
    except ValueError:
        return False
    if not addr.is_global or addr in PUBLIC_RESOLVERS:
        return False
    if addr.version == 6:
        return candidate.count(":") >= 2 and any(c.isdigit() for c in candidate)
    return True


# Dates and times that digit-group patterns would otherwise take for phone numbers.
_DATE_LIKE = re.compile(
    r"^(?:(?:19|20)\d\d[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:19|20)?\d\d"
    r"|(?:0?[1-9]|1[0-2])[-./ ](?:0?[1-9]|[12]\d|3[01])[-./ ](?:19|20)?\d\d"
    r"|(?:19|20)\d\d[-–](?:19|20)\d\d)$"
)


_GROUP = re.compile(r"\d+")
_EXT_TAIL = re.compile(r"(?i)\s*(?:x|ext\.?|extension|#)\s*\d+$")
_EXT_END = re.compile(r"(?i)[ \t]*(?:x|ext\.?|extension|#)[ \t]*\d{1,6}$")


def _may_have_extension(text: str) -> bool:
    """Every extension marker holds an x or a #: most candidates skip the extension search."""
    return "x" in text or "X" in text or "#" in text


def _separators(body: str) -> set[str]:
    """The separators between digit groups (brackets and a `(0)` are not separators)."""
    return {c for c in " .-" if c in body}


_ISBN_TOKEN = re.compile(r"97[89](?:[ -]?\d){10}(?![\d])")


def isbn13_at(text: str, start: int) -> bool:
    """A valid ISBN-13 (978/979, check digit) begins at `start`: a book, not an id or a phone."""
    m = _ISBN_TOKEN.match(text, start)
    return m is not None and bool(isbn.is_valid(m.group()))


def _without_extension(body: str) -> str:
    if _may_have_extension(body):
        ext = _EXT_TAIL.search(body)
        if ext:
            return body[: ext.start()]
    return body


def not_a_phone(text: str) -> bool:
    """Shapes that are never phone numbers: dates, decimals, amounts with thousands groups.
    An extension (`ext. 398`) is no part of the shape, and no amount or decimal is written
    with a leading 0 and another digit (`0419.239.016`, `06.12695282`: trunk prefixes)."""
    body = _without_extension(text.strip())
    if _DATE_LIKE.match(body) or _DATE_LIKE.match(body.split(" ")[-1]):
        return True
    if body[:1] == "0" and body[1:2].isdigit():
        return False
    groups = _GROUP.findall(body)
    seps = _separators(body)
    if "." in seps and (len(seps) > 1 or len(groups) < 3):
        return True
    intl = body.startswith(("+", "00", "("))
    return not intl and len(groups) >= 3 and all(len(g) == 3 for g in groups[1:]) and seps == {"."}


def phone_ok(text: str) -> bool:
    """A run of digit groups is a phone number unless it is too short or long, a date, or a
    number written with thousands separators."""
    body = _without_extension(text.strip())
    d = digits(body)
    if not 7 <= len(d) <= 15 or len(set(d)) < 3:
        return False
    if not_a_phone(body):
        return False  # a date; 19.99 2010 or 143.621238: decimals; 1.234.567: an amount
    groups = _GROUP.findall(body)
    intl = body.startswith(("+", "00", "("))
    if len(groups) == 1 and not intl:
        # A bare digit run: national numbers with a trunk 0 (9-11 digits) or 10-11 digits not
        # starting with 1 (Unix times do); shorter or other runs need a context word.
        return (d[0] == "0" and d[1] != "0" and 9 <= len(d) <= 11) or (
            len(d) in (10, 11) and d[0] in "23456789"
        )
    return True


def phone_span(text: str) -> int:
    """Length of the longest prefix that is a phone number ending at a digit group (0 if
    none): `+39 0961075234 2025-2025` is a number followed by a year range."""
    if _may_have_extension(text):
        ext = _EXT_END.search(text.rstrip())
        if ext and phone_ok(text[: ext.start()]):
            return len(text.rstrip())
    for end in reversed(_group_ends(text)):
        if end < len(text) and text[end].isalnum():
            continue
        if phone_ok(text[:end]):
            return end
    return 0


def _group_ends(text: str) -> list[int]:
    """Where each run of digits ends."""
    if text.isascii():
        return [m.end() for m in _GROUP.finditer(text)]
    return [
        i + 1
        for i, ch in enumerate(text)
        if ch.isdigit() and (i + 1 == len(text) or not text[i + 1].isdigit())
    ]


def always(_text: str) -> bool:
    return True


class NINO:
    """UK National Insurance number (python-stdnum has none): the prefixes HMRC never issues
    are refused, the suffix is A-D."""

    _SHAPE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
    _NEVER = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})

    @classmethod
    def is_valid(cls, text: str) -> bool:
        s = _NON_ALNUM.sub("", text).upper()
        return bool(cls._SHAPE.fullmatch(s)) and s[:2] not in cls._NEVER


class DE_RVNR:
    """German pension insurance number (Rentenversicherungsnummer, the SV-Nummer): area, the
    birth date as ddmmyy, the surname's initial, a serial and a check digit; python-stdnum has
    none, so only the shape and the date are checked (a cue word must name it)."""

    _SHAPE = re.compile(r"(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{3})")

    @classmethod
    def is_valid(cls, text: str) -> bool:
        m = cls._SHAPE.fullmatch(_NON_ALNUM.sub("", text).upper())
        if not m:
            return False
        day, month = int(m.group(2)), int(m.group(3))
        return 1 <= month <= 12 and (1 <= day <= 31 or 51 <= day <= 81)  # +50: a second number


class ES_NSS:
    """Spain's social security number (número de la Seguridad Social): the province, the
    number, and two check digits, the rest of province and number divided by 97."""

    @staticmethod
    def is_valid(text: str) -> bool:
        d = digits(text)
        if len(d) not in (11, 12):
            return False
        province, number, check = int(d[:2]), int(d[2:-2]), int(d[-2:])
        if province > 53 and province not in (66,):
            return False
        base = province * 10**8 + number if number >= 10**7 else province * 10**7 + number
        return base % 97 == check or (province * 10**8 + number) % 97 == check


# Values that stand in for a secret in documentation and templates: "<your-api-key>",
# "${DB_PASSWORD}", "{{ secret }}", "YOUR_TOKEN_HERE", "changeme", "********", "xxxx"; and
# references to where a secret is kept: an environment lookup (`os.environ['API_KEY']`, also
# cut at its bracket), a secret store's reference (`vault:secret/data/app#password`,
# `env:STRIPE_KEY`, 1Password's `op://vault/item/field`).
_SECRET_PLACEHOLDER = re.compile(
    r"(?i)^(?:<[^>]*>|\{\{.*\}\}|\$\{.*\}|\$[A-Z_][A-Z0-9_]*|%\(.*\)s|\[.*\]|%[A-Z_]+%|"
    r"(?:process\.env|os\.environ|os\.getenv|getenv)(?:[.\[(].*)?|(?:env|ENV|secrets?)[.\[(].*|"
    r"(?:vault|env):[\w./#-]+|op://[^\s/]+/[^\s/]+/\S+|"
    r"(.)\1{3,}|[*x.•#-]{3,}|"
    r".*(?:your|changeme|change[_-]?me|change[_-]?this|placeholder|redacted|dummy|"
    r"replace|insert|todo|fixme|_here|xxx|\*\*\*|\.\.\.|notreal|not[_-]?a[_-]?real|fake|"
    r"secret[_-]?goes|put[_-]?|enter[_-]?|setme|set[_-]?me|<|>).*)$"
)
_ALL_CAPS_NAME = re.compile(r"^[A-Z][A-Z_]*_[A-Z_]+$|^[A-Z]{3,}$")


def not_documentation_key(value: str) -> bool:
    """Not one of AWS's documented example credentials, which all end in `EXAMPLE` or
    `EXAMPLEKEY` (`AKIAIOSFODNN7EXAMPLE`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`) so that no
    real key can be one; tutorials and config samples everywhere copy them."""
    return not value.rstrip("\"'`").endswith(("EXAMPLE", "EXAMPLEKEY"))


def not_placeholder(value: str) -> bool:
    """The value is a real secret, not a placeholder or a reference to one."""
    s = value.strip().strip("\"'`")
    return (
        bool(s)
        and not _SECRET_PLACEHOLDER.match(s)
        and not _ALL_CAPS_NAME.match(s)
        and not_documentation_key(s)
    )
