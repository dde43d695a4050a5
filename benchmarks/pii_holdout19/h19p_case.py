"""One message's world for PII hold-out 19: its people, company, numbers, and the offset-keeping Doc.

A `Value` is a tuple of segments `(text, kind, kept)`; layouts write values through `Doc.put`
with their own escaping applied per segment, so a mark covers exactly what the format writes.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import h19p_numbers as num
import h19p_words as words
from h19p_world import COUNTRIES, FAMOUS

Seg = tuple[str, "str | None", bool]
Value = tuple[Seg, ...]

NUMBER_AFTER = {"DE", "AT", "CH", "BE", "ES", "IT", "PL", "PT", "BR", "AR", "CL", "MX", "CO"}
POSTCODE_AFTER = {"GB", "IE", "US", "AU", "NZ", "ZA", "BR"}
TLD = {
    "GB": "co.uk", "IE": "ie", "US": "com", "AU": "com.au", "NZ": "co.nz", "ZA": "co.za", "DE": "de",
    "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "LU": "lu", "ES": "es", "MX": "com.mx",
    "AR": "com.ar", "CL": "cl", "CO": "com.co", "IT": "it", "PT": "pt", "BR": "com.br", "PL": "pl",
}  # fmt: skip
ROLE_MAIL = ("info", "support", "service", "kontakt", "contacto", "office", "noreply", "billing")


def plain(text: str) -> Value:
    """Text that is neither a span nor a look-alike."""
    return ((text, None, False),)


def span(text: str, kind: str) -> Value:
    """Personal data: must be redacted."""
    return ((text, kind, False),)


def look(text: str, kind: str) -> Value:
    """A look-alike: must be kept."""
    return ((text, kind, True),)


def flat(value: Value) -> str:
    """The value's text without marks."""
    return "".join(seg[0] for seg in value)


def ascii_fold(text: str) -> str:
    """Strip diacritics and map the letters NFD cannot split (ł, ø, ß)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


class Doc:
    """Text built piece by piece; every mark's offsets are taken while it is appended."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[dict[str, object]] = []
        self.lookalikes: list[dict[str, object]] = []

    def text(self, s: str) -> None:
        self._parts.append(s)
        self._len += len(s)

    def put(self, value: Value, esc=None) -> None:  # noqa: ANN001 - any str -> str function
        """Append a value, escaping each segment; a marked segment is marked as written."""
        for text, kind, kept in value:
            written = esc(text) if esc else text
            start = self._len
            self.text(written)
            if kind:
                mark = {"kind": kind, "start": start, "end": self._len}
                (self.lookalikes if kept else self.spans).append(mark)

    def line(self, *values: Value | str, esc=None) -> None:  # noqa: ANN001
        """Append values and strings, then a newline."""
        for v in values:
            if isinstance(v, str):
                self.text(v)
            else:
                self.put(v, esc)
        self.text("\n")

    def result(self) -> str:
        return "".join(self._parts)


@dataclass
class Person:
    """A private person as one message knows them."""

    given: str
    family: str
    female: bool
    dob: date
    email: str = ""
    phone: str = ""
    mobile: str = ""
    national_id: str = ""
    street: str = ""
    postcode: str = ""
    town: str = ""
    pay: str = ""
    pay_kind: str = ""

    def full(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class Company:
    """The business the message is about; everything here is kept."""

    name: str
    street: str
    postcode: str
    town: str
    domain: str
    vat: str | None
    hotline: str | None
    role_email: str
    iban: str | None


@dataclass
class Case:
    """Everything one message may write, drawn once so that every layout tells the same story."""

    rng: random.Random
    lang: str
    cc: str
    setting: str
    layout: str
    subject: Person
    other: Person
    staff: Person
    company: Company
    refs: list[tuple[str, str, str]]
    created: datetime
    appointment: date
    ip: str
    secret: str
    placeholder: str
    private_ip: str
    doc_ip: str
    twins: list[tuple[str, str, str]]  # (kind, key, text)
    extras: list[tuple[str, str, str]]  # test cards, example IBANs, fictional phones
    famous: tuple[str, str]
    ascii_keys: bool = True
    child: Person | None = None
    labels: dict[str, str] = field(default_factory=dict)
    tick: int = 0

    # ------------------------------------------------------------ name and date forms

    def name(self, p: Person, form: str = "full") -> Value:
        """A person's name as one PERSON span, in a form people write."""
        text = {
            "full": p.full(),
            "upper": f"{p.family.upper()} {p.given}",
            "comma": f"{p.family}, {p.given}",
            "initial": f"{p.given[0]}. {p.family}",
            "given": p.given,
            "ascii_upper": ascii_fold(p.full()).upper(),
        }[form]
        return span(text, "PERSON")

    def dob(self, p: Person, style: str = "local") -> Value:
        """A birth date as the language writes it, or in a machine form."""
        return span(self.date_text(p.dob, style), "DATE_OF_BIRTH")

    def date_text(self, d: date, style: str) -> str:
        """Dates in local numeric or written form, ISO, HL7, Rails or SWIFT form."""
        if style == "iso":
            return d.isoformat()
        if style == "compact":
            return d.strftime("%Y%m%d")
        if style == "rails":
            return d.strftime("%a, %d %b %Y")
        if style == "written":
            month = words.MONTHS[self.lang][d.month - 1]
            if self.lang == "en":
                return (
                    f"{month} {d.day}, {d.year}" if self.cc == "US" else f"{d.day} {month} {d.year}"
                )
            if self.lang in ("es", "pt"):
                return f"{d.day} de {month} de {d.year}"
            if self.lang == "de":
                return f"{d.day}. {month} {d.year}"
            return f"{d.day} {month} {d.year}"
        if self.cc == "US":
            return d.strftime("%m/%d/%Y")
        if self.lang in ("de", "pl") or self.cc == "CH":
            return d.strftime("%d.%m.%Y")
        return d.strftime("%d/%m/%Y")

    def local_date(self, p: Person) -> Value:
        """Birth date: numeric three times in four, else written."""
        return self.dob(p, "written" if self.rng.random() < 0.25 else "local")

    # ------------------------------------------------------------ addresses

    def town_line(self, postcode: str, town: str) -> str:
        """Postcode and town in the country's order."""
        if self.cc == "BR":
            return f"{town}, {postcode}"
        if self.cc in POSTCODE_AFTER:
            return f"{town} {postcode}" if self.cc != "IE" else f"{town}, {postcode}"
        if self.cc == "CH" and self.rng.random() < 0.3:
            return f"CH-{postcode} {town}"
        return f"{postcode} {town}"

    def street(self, p: Person) -> Value:
        return span(p.street, "ADDRESS")

    def town(self, p: Person) -> Value:
        return span(self.town_line(p.postcode, p.town), "ADDRESS")

    def postcode(self, p: Person) -> Value:
        """The postcode alone (when a format gives it its own field) is part of the address."""
        return span(p.postcode, "ADDRESS")

    def id_label(self) -> str:
        return COUNTRIES[self.cc].id_label or self.labels["id"]

    def pay(self, p: Person) -> Value:
        return span(p.pay, p.pay_kind)

    def key(self, english: str, label: str) -> str:
        """A record key: English snake case, or the language's label made an identifier."""
        if self.ascii_keys or not label:
            return english
        ident = "".join(c if c.isalnum() else "_" for c in ascii_fold(label).lower()).strip("_")
        while "__" in ident:
            ident = ident.replace("__", "_")
        return ident or english

    def company_name(self) -> Value:
        return look(self.company.name, "COMPANY")

    def company_street(self) -> Value:
        return look(self.company.street, "COMPANY_ADDRESS")

    def company_town(self) -> Value:
        return look(self.town_line(self.company.postcode, self.company.town), "COMPANY_ADDRESS")

    def famous_line(self) -> Value:
        """A sentence naming a public figure and their published birth date: both kept."""
        template = words.FAMOUS_LINE[self.lang]
        name, born = self.famous
        born_d = date.fromisoformat(born)
        head, rest = template.split("{famous}")
        mid, tail = rest.split("{fdate}")
        return (
            plain(head)
            + look(name, "FAMOUS_PERSON")
            + plain(mid)
            + look(self.date_text(born_d, "local"), "FAMOUS_BIRTH_DATE")
            + plain(tail)
        )

    def timestamp(self, minutes: int = 0, style: str = "iso") -> str:
        """The creation time moved on by `minutes`, plus a few seconds that only ever grow."""
        self.tick += self.rng.randint(0, 4)
        t = self.created + timedelta(minutes=minutes, seconds=self.tick)
        if style == "iso":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "space":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        return t.strftime(style)


# ---------------------------------------------------------------- drawing a case

SETTING_REFS = {
    "freight_forwarding": ("SSCC", "CONTAINER_NO", "HS_CODE", "BOOKING_NO"),
    "relocation_movers": ("MOVE_ORDER", "CONTAINER_NO", "INVENTORY_REF"),
    "dental_practice": ("ICD10_CODE", "TREATMENT_CODE", "APPOINTMENT_ID"),
    "blood_donation": ("DONATION_NO", "BAG_LOT", "APPOINTMENT_ID"),
    "kindergarten": ("CONTRACT_NO", "GROUP_CODE", "AMOUNT"),
    "driving_school": ("COURSE_NO", "INVOICE_NO", "AMOUNT"),
    "coworking_access": ("BADGE_NO", "DESK_CODE", "MEMBERSHIP_NO"),
    "solar_subsidy": ("APPLICATION_NO", "PANEL_GTIN", "METER_NO"),
    "debt_collection": ("CASE_NO", "CREDITOR_REF", "INVOICE_NO"),
    "event_ticketing": ("ORDER_NO", "TICKET_BARCODE", "AMOUNT"),
    "pension_fund": ("FUND_ISIN", "FUND_LEI", "POLICY_NO"),
    "charity_donors": ("CAMPAIGN_CODE", "CREDITOR_REF", "CHARITY_REG_NO"),
    "payroll_bureau": ("PAYROLL_RUN", "COST_CENTRE", "EMPLOYER_NO"),
}  # fmt: skip


def ref_value(rng: random.Random, kind: str, cc: str) -> str:
    """One of the settings' own numbers: no one's personal data."""
    d = num.digits
    makers = {
        "SSCC": lambda: num.sscc(rng),
        "CONTAINER_NO": lambda: num.container(rng),
        "HS_CODE": lambda: rng.choice(
            ["9403.60.10", "8471.30.00", "6204.62.31", "9401.61.00", "8516.60.80"]
        ),
        "BOOKING_NO": lambda: "BKG" + d(rng, 9),
        "MOVE_ORDER": lambda: f"UM-2026-{d(rng, 5)}",
        "INVENTORY_REF": lambda: f"INV/{rng.randint(10, 99)}/{d(rng, 4)}",
        "ICD10_CODE": lambda: rng.choice(["K02.1", "K04.0", "K05.3", "K08.1", "K00.6", "K03.6"]),
        "TREATMENT_CODE": lambda: rng.choice(["D2740", "D0120", "D1110", "D2391", "D7140"]),
        "APPOINTMENT_ID": lambda: f"APT-{d(rng, 7)}",
        "DONATION_NO": lambda: f"{rng.choice('ABGW')}{d(rng, 4)} 26 {d(rng, 6)}",
        "BAG_LOT": lambda: f"LOT {rng.randint(1, 9)}{rng.choice('ABCDEFGH')}{d(rng, 5)}",
        "CONTRACT_NO": lambda: f"BV-{rng.randint(2024, 2026)}-{d(rng, 4)}",
        "GROUP_CODE": lambda: f"GR-{rng.choice(['A', 'B', 'C', 'D'])}{rng.randint(1, 9)}",
        "AMOUNT": lambda: (
            f"{rng.randint(40, 2400)},{rng.randint(0, 99):02d} {'EUR' if cc not in ('GB', 'US', 'AU', 'NZ', 'ZA', 'MX', 'AR', 'CL', 'CO', 'BR', 'PL', 'CH') else {'GB': 'GBP', 'US': 'USD', 'AU': 'AUD', 'NZ': 'NZD', 'ZA': 'ZAR', 'MX': 'MXN', 'AR': 'ARS', 'CL': 'CLP', 'CO': 'COP', 'BR': 'BRL', 'PL': 'PLN', 'CH': 'CHF'}[cc]}"
        ),
        "COURSE_NO": lambda: f"KURS-{rng.randint(1, 52):02d}/{d(rng, 3)}",
        "INVOICE_NO": lambda: (
            f"{rng.choice(['RE', 'INV', 'FA', 'FT'])}-{rng.randint(2025, 2026)}-{d(rng, 6)}"
        ),
        "BADGE_NO": lambda: f"B{d(rng, 8)}",
        "DESK_CODE": lambda: f"D-{rng.randint(1, 6)}.{rng.randint(1, 40):02d}",
        "MEMBERSHIP_NO": lambda: f"M-{d(rng, 6)}",
        "APPLICATION_NO": lambda: f"APP-{rng.randint(2025, 2026)}-{d(rng, 6)}",
        "PANEL_GTIN": lambda: num.gtin(rng),
        "METER_NO": lambda: f"1{rng.choice(['EMH', 'ESY', 'ITF', 'LOG'])}00{d(rng, 8)}",
        "CASE_NO": lambda: f"{rng.choice(['AZ', 'EXP', 'CASE'])} {d(rng, 6)}/{rng.randint(24, 26)}",
        "CREDITOR_REF": lambda: num.creditor_ref(rng),
        "ORDER_NO": lambda: f"#{d(rng, 9)}",
        "TICKET_BARCODE": lambda: num.gtin(rng),
        "FUND_ISIN": lambda: num.fund_isin(rng, cc),
        "FUND_LEI": lambda: num.company_lei(rng),
        "POLICY_NO": lambda: f"P{d(rng, 9)}",
        "CAMPAIGN_CODE": lambda: (
            f"{rng.choice(['XMAS', 'WINTER', 'SOS', 'EDU'])}{rng.randint(24, 26)}-{d(rng, 3)}"
        ),
        "CHARITY_REG_NO": lambda: d(rng, 7, "123456789"),
        "PAYROLL_RUN": lambda: f"2026-{rng.randint(1, 12):02d}/{rng.randint(1, 3)}",
        "COST_CENTRE": lambda: f"KST {d(rng, 4)}",
        "EMPLOYER_NO": lambda: f"{d(rng, 8)}",
    }
    return makers[kind]()


def _person(rng: random.Random, cc: str, adult: bool = True) -> Person:
    c = COUNTRIES[cc]
    female = rng.random() < 0.5
    given = rng.choice(c.female if female else c.male)
    family = rng.choice(c.family)
    if cc == "PL" and female:  # Polish surnames in -ski/-cki take -ska/-cka for women
        family = family[:-1] + "a" if family.endswith(("ski", "cki")) else family
    if adult:
        dob = date(rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28))
    else:
        dob = date(rng.randint(2020, 2023), rng.randint(1, 12), rng.randint(1, 28))
    return Person(given, family, female, dob)


def _email(rng: random.Random, p: Person, domain: str) -> str:
    g = "".join(ch for ch in ascii_fold(p.given).lower() if ch.isalpha())
    f = "".join(ch for ch in ascii_fold(p.family).lower() if ch.isalpha())
    local = rng.choice(
        [f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}.{g}", f"{g}_{f}"]
    )
    return f"{local}@{domain}"


def _street(rng: random.Random, cc: str) -> str:
    """A street line with the house number where the country puts it, and a flat where people add one."""
    street = rng.choice(COUNTRIES[cc].streets)
    house = str(rng.randint(1, 240))
    extra = {
        "GB": lambda: f"Flat {rng.randint(1, 9)}, {house} {street}",
        "US": lambda: (
            f"{house}{rng.randint(0, 99)} {street} Apt {rng.randint(1, 9)}{rng.choice('ABC')}"
        ),
        "AU": lambda: f"Unit {rng.randint(1, 12)}/{house} {street}",
        "NZ": lambda: f"{rng.randint(1, 6)}/{house} {street}",
        "DE": lambda: f"{street} {house}{rng.choice(['', 'a', 'b'])}, {rng.randint(1, 5)}. OG",
        "AT": lambda: f"{street} {house}/{rng.randint(1, 4)}/{rng.randint(1, 20)}",
        "FR": lambda: (
            f"{house} {rng.choice(['bis ', 'ter ', ''])}{street}, Bât. {rng.choice('ABC')}"
        ),
        "BE": lambda: f"{street} {house} bte {rng.randint(1, 12)}",
        "LU": lambda: f"{house}, {street}",
        "ES": lambda: (
            f"{street} {house}, {rng.randint(1, 8)}º {rng.choice(['izq.', 'dcha.', 'B', 'A'])}"
        ),
        "IT": lambda: f"{street} {house}, int. {rng.randint(1, 20)}",
        "PT": lambda: f"{street} {house}, {rng.randint(1, 6)}.º {rng.choice(['Esq.', 'Dto.'])}",
        "BR": lambda: f"{street}, {house}, apto {rng.randint(11, 154)}",
        "PL": lambda: (
            f"{street} {house}{rng.choice(['', '/' + str(rng.randint(1, 60)), ' m. ' + str(rng.randint(1, 60))])}"
        ),
        "AR": lambda: (
            f"{street} {house * 1}{rng.randint(0, 9)}, piso {rng.randint(1, 12)}, depto. {rng.choice('ABCD')}"
        ),
        "CL": lambda: f"{street} {house}{rng.randint(0, 9)}, depto. {rng.randint(101, 1504)}",
        "MX": lambda: (
            f"{street} {house}, Col. {rng.choice(['Roma Norte', 'Del Valle', 'Centro', 'Narvarte'])}"
        ),
        "CO": lambda: (
            f"{street} # {rng.randint(1, 99)}-{rng.randint(1, 99)}, Apto {rng.randint(101, 1204)}"
        ),
    }
    if cc in extra and rng.random() < 0.5:
        return extra[cc]()
    if cc in NUMBER_AFTER:
        return f"{street} {house}" if cc not in ("BR",) else f"{street}, {house}"
    if cc == "LU":
        return f"{house}, {street}"
    return f"{house} {street}"


def draw_case(rng: random.Random, lang: str, cc: str, setting: str, layout: str) -> Case:
    """Draw one message's people, company and numbers."""
    c = COUNTRIES[cc]
    subject = _person(rng, cc)
    subject.email = _email(rng, subject, rng.choice(c.mail))
    subject.phone = num.format_phone(rng, num.make_phone(rng, cc, mobile=True))
    subject.mobile = num.format_phone(rng, num.make_phone(rng, cc, mobile=False))
    subject.street = _street(rng, cc)
    subject.postcode, subject.town = rng.choice(c.towns)
    has_id = cc in num.ID_SCHEMES
    if has_id:
        raw = num.national_id(rng, cc, subject.dob, subject.female, subject.family, subject.given)
        subject.national_id = num.format_id(rng, cc, raw)
    if c.iban and (layout == "swift_mt103" or rng.random() < 0.7):
        raw_pay = num.make_iban(rng, cc)
        subject.pay, subject.pay_kind = num.format_iban(rng, raw_pay), "IBAN"
    else:
        raw_pay = num.make_card(rng)
        subject.pay, subject.pay_kind = num.format_card(rng, raw_pay), "CARD"
    child = None
    if setting == "kindergarten":
        child = _person(rng, cc, adult=False)
        child.family = subject.family
    other = _person(rng, cc)
    other.phone = num.format_phone(rng, num.make_phone(rng, cc, mobile=True))
    staff = _person(rng, cc)

    brand = rng.choice(words.BRANDS)
    noun = words.SETTINGS[setting][lang]
    co_row = rng.choice(c.companies)
    domain = f"{brand.lower()}-{ascii_fold(noun).lower().replace(' ', '')}.{TLD[cc]}"
    staff.email = _email(rng, staff, domain)
    toll = num.make_toll_free(rng, cc)
    company = Company(
        name=f"{brand} {noun} {words.LEGAL[cc]}",
        street=co_row[1],
        postcode=co_row[2],
        town=co_row[3],
        domain=domain,
        vat=num.company_vat(rng, cc),
        hotline=num.format_phone(rng, toll) if toll else None,
        role_email=f"{rng.choice(ROLE_MAIL)}@{domain}",
        iban=num.format_iban(rng, num.make_iban(rng, cc)) if c.iban else None,
    )
    refs = [(kind, kind.lower(), ref_value(rng, kind, cc)) for kind in SETTING_REFS[setting]]
    created = datetime(2026, rng.randint(1, 11), rng.randint(1, 28), rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59))  # fmt: skip
    appointment = (created + timedelta(days=rng.randint(2, 60))).date()

    twins: list[tuple[str, str, str]] = []
    if has_id and rng.random() < 0.6:
        twins.append(
            ("ID_BAD_CHECK", "rejected_id", num.format_id(rng, cc, num.bad_id(rng, cc, raw)))
        )
    if subject.pay_kind == "IBAN":
        twins.append(
            ("IBAN_BAD_CHECK", "rejected_iban", num.format_iban(rng, num.bad_iban(rng, raw_pay)))
        )
    else:
        twins.append(
            ("CARD_BAD_LUHN", "declined_card", num.format_card(rng, num.bad_card(rng, raw_pay)))
        )
    extras: list[tuple[str, str, str]] = []
    if rng.random() < 0.5:
        extras.append(
            ("TEST_CARD", "sandbox_card", num.format_card(rng, rng.choice(num.TEST_CARDS)))
        )
    else:
        extras.append(
            (
                "EXAMPLE_IBAN",
                "iban_placeholder",
                num.format_iban(rng, rng.choice(num.EXAMPLE_IBANS)),
            )
        )
    fict = num.fictional_phone(rng, cc)
    if fict:
        extras.append(("FICTIONAL_PHONE", "demo_phone", fict))
    case = Case(
        rng=rng, lang=lang, cc=cc, setting=setting, layout=layout, subject=subject, other=other,
        staff=staff, company=company, refs=refs, created=created, appointment=appointment,
        ip=num.public_ip(rng), secret=num.secret(rng), placeholder=rng.choice(num.PLACEHOLDERS),
        private_ip=num.private_ip(rng), doc_ip=num.doc_ip(rng), twins=twins, extras=extras,
        famous=rng.choice(FAMOUS[lang]), ascii_keys=rng.random() < 0.6, child=child,
        labels=words.LABELS[lang],
    )  # fmt: skip
    return case


def new_uuid(rng: random.Random) -> str:
    """A UUID4 from the message's own generator (deterministic)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
