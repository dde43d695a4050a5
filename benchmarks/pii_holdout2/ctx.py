"""One message's world: its language and locale, the people in it, and the placeholders that
templates use. A placeholder resolves to pieces (role, kind, text); role "pii" is planted data,
"look" a look-alike and "" plain text. Templates write placeholders as {NAME}, {EMAIL2} (the
digit picks a person of the message) and literal look-alikes as {=ADDRESS:high street}."""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable

from faker import Faker

from . import lang as L
from . import values as V
from .doc import Doc

Piece = tuple[str, str, str]

FREE_MAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.net", "posteo.de", "bluewin.ch"],
    "fr": [
        "orange.fr",
        "free.fr",
        "laposte.net",
        "gmail.com",
        "sfr.fr",
        "hotmail.fr",
        "wanadoo.fr",
    ],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "telenet.be"],
}
TLD = {
    "en": [".com", ".co.uk", ".io", ".org"],
    "de": [".de", ".at", ".ch", ".com"],
    "fr": [".fr", ".com", ".be"],
    "es": [".es", ".com", ".cat"],
    "nl": [".nl", ".be", ".com"],
}
STREETS = {
    "en_US": [
        "Main St",
        "Oak Avenue",
        "Maple Drive",
        "Elm Street",
        "Washington Blvd",
        "Park Ave",
        "Cedar Lane",
        "Sunset Boulevard",
        "Pennsylvania Ave NW",
        "Lake Shore Dr",
        "Mission Street",
        "Ridge Road",
    ],
    "en_GB": [
        "High Street",
        "Church Road",
        "Station Road",
        "Victoria Road",
        "Baker Street",
        "Mill Lane",
        "Queens Road",
        "King's Road",
        "Park Avenue",
        "The Crescent",
        "Manor Close",
    ],
    "de": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Schillerstraße",
        "Gartenweg",
        "Lindenallee",
        "Am Markt",
        "Berliner Straße",
        "Goethestr.",
        "Kirchplatz",
        "Dorfstraße",
        "Mühlenweg",
        "Friedrichstraße",
        "Schulgasse",
        "Bahnhofstr.",
    ],
    "fr": [
        "rue de la Paix",
        "rue Victor Hugo",
        "avenue des Champs-Élysées",
        "boulevard Saint-Michel",
        "rue du Moulin",
        "allée des Tilleuls",
        "place de la République",
        "rue Jean Jaurès",
        "chemin des Vignes",
        "impasse des Lilas",
        "quai de la Loire",
    ],
    "es": [
        "Calle Mayor",
        "C/ Alcalá",
        "Avenida de la Constitución",
        "Paseo de Gracia",
        "Calle del Carmen",
        "Plaza de España",
        "Calle Real",
        "Avda. Diagonal",
        "Calle San Vicente",
        "Ronda de Atocha",
        "Camino de los Huertos",
    ],
    "nl": [
        "Kerkstraat",
        "Dorpsstraat",
        "Prinsengracht",
        "Hoofdweg",
        "Molenweg",
        "Stationsstraat",
        "Laan van Meerdervoort",
        "Julianastraat",
        "Markt",
        "Schoolstraat",
        "Beukenlaan",
        "Brugstraat",
    ],
}
NID_TYPES: dict[str, tuple[Callable, list[str]]] = {
    "ssn": (V.us_ssn, ["SSN", "Social Security No.", "SSN#", "social security number"]),
    "nino": (V.uk_nino, ["NI number", "National Insurance No.", "NINO", "NI No"]),
    "steuerid": (
        V.de_steuer_id,
        ["Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr.", "Steuer-IdNr."],
    ),
    "nir": (V.fr_nir, ["N° de sécurité sociale", "NIR", "numéro de sécu", "N° SS"]),
    "dni": (V.es_dni, ["DNI", "NIF", "D.N.I.", "número de DNI"]),
    "nie": (V.es_nie, ["NIE", "N.I.E.", "número de NIE"]),
    "bsn": (V.nl_bsn, ["BSN", "burgerservicenummer", "BSN-nummer", "sofinummer"]),
    "cf": (None, ["codice fiscale", "Codice Fiscale", "C.F."]),  # type: ignore[dict-item]
}
LOCALE_NID = {
    "en_US": "ssn",
    "en_GB": "nino",
    "de_DE": "steuerid",
    "de_AT": "steuerid",
    "de_CH": "steuerid",
    "fr_FR": "nir",
    "es_ES": "dni",
    "nl_NL": "bsn",
    "nl_BE": "bsn",
}
PLACE = re.compile(r"\{(=[A-Z_]+:[^}]*|[A-Z_]+[0-9]?)\}")
_FAKERS: dict[str, Faker] = {}


def faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("æ", "ae").replace("ø", "o")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Ctx:
    def __init__(self, lang: str, seed: int) -> None:
        self.lang = lang
        self.rng = random.Random(seed)
        self.locale = self.rng.choice(L.LOCALES[lang])
        self.region, self.iban_cc = L.REGION[self.locale]
        self.fake = faker(self.locale)
        self.fake.seed_instance(seed)
        self._people: dict[int, dict] = {}

    # --- helpers ---------------------------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def label(self, field: str) -> str:
        return self.pick(L.LABELS[field][self.lang])

    def key(self, field: str) -> str:
        return self.pick(L.KEYS[field])

    def date(self, d: dt.date) -> str:
        fmts = L.DATE_FORMATS.get(self.locale) or L.DATE_FORMATS[self.lang]
        fmt = self.pick(fmts)
        months = L.MONTHS[self.lang].split()
        name = months[d.month - 1]
        short = name[:3] + ("." if self.lang != "en" and len(name) > 4 else "")
        day = str(d.day)
        if self.lang == "fr" and d.day == 1 and "%B" in fmt:
            day = "1er"
        return (
            fmt.replace("%d", f"{d.day:02d}")
            .replace("%m", f"{d.month:02d}")
            .replace("%Y", str(d.year))
            .replace("%e", day)
            .replace("%n", str(d.month))
            .replace("%B", name)
            .replace("%b", short)
        )

    def birth_date(self) -> dt.date:
        return dt.date(1940, 1, 1) + dt.timedelta(days=self.rng.randint(0, 67 * 365))

    def other_date(self) -> dt.date:
        return dt.date(2023, 1, 1) + dt.timedelta(days=self.rng.randint(0, 5 * 365))

    def person(self, n: int) -> dict:
        if n not in self._people:
            f = self.fake
            female = self.rng.random() < 0.5
            first = f.first_name_female() if female else f.first_name_male()
            last = f.last_name()
            if self.lang == "es" and self.rng.random() < 0.6:
                last = f"{last} {f.last_name()}"
            self._people[n] = {"first": first, "last": last, "female": female}
        return self._people[n]

    def person_attr(self, n: int, attr: str, make: Callable[[dict], str]) -> str:
        p = self.person(n)
        if attr not in p:
            p[attr] = make(p)
        return p[attr]

    # --- planted values --------------------------------------------------------------------------
    def email(self, p: dict) -> str:
        first = re.sub(r"[^a-z-]", "", ascii_fold(p["first"]).lower())
        last = re.sub(r"[^a-z-]", "", ascii_fold(p["last"]).lower())
        r = self.rng.random()
        local = (
            f"{first}.{last}"
            if r < 0.35
            else f"{first[0]}.{last}"
            if r < 0.5
            else f"{first}{last}"
            if r < 0.6
            else f"{first}_{last}{self.rng.randint(1, 99)}"
            if r < 0.7
            else f"{last}.{first}"
            if r < 0.78
            else f"{first}+{self.pick(['shop', 'news', 'work', 'bank'])}"
            if r < 0.84
            else f"{first[0]}{last}"
            if r < 0.92
            else f"{first}{self.rng.randint(70, 2005)}"
        )
        if self.rng.random() < 0.55:
            domain = self.pick(FREE_MAIL[self.lang])
        else:
            domain = ascii_fold(self.fake.domain_word()).lower() + self.pick(TLD[self.lang])
            if self.rng.random() < 0.15:
                domain = self.pick(["mail.", "corp.", "eu."]) + domain
        out = f"{local}@{domain}"
        return out.upper() if self.rng.random() < 0.03 else out

    def address(self) -> str:
        loc, rng = self.locale, self.rng
        key = loc if loc in STREETS else self.lang
        street = self.pick(STREETS[key]) if rng.random() < 0.55 else self.fake.street_name()
        num = str(rng.choice([rng.randint(1, 60), rng.randint(1, 250), rng.randint(1, 2500)]))
        if loc == "en_US":
            base = f"{num} {street}"
            r = rng.random()
            if r < 0.2:
                return f"{base}, Apt {rng.randint(1, 40)}{self.pick(['', 'B', 'C'])}"
            if r < 0.3:
                return f"{base} Suite {rng.randint(100, 990)}"
            if r < 0.4:
                return f"Apt {rng.randint(1, 30)}, {base}"
            return base
        if loc == "en_GB":
            if rng.random() < 0.15:
                num += self.pick("ABC")
            base = f"{num} {street}"
            return f"Flat {rng.randint(1, 30)}, {base}" if rng.random() < 0.25 else base
        if self.lang == "de":
            if rng.random() < 0.2:
                num += self.pick("abc")
            base = f"{street} {num}"
            r = rng.random()
            if r < 0.1:
                return f"{base}, {rng.randint(1, 5)}. OG"
            if r < 0.17 and loc == "de_AT":
                return f"{base}/{rng.randint(1, 9)}/{rng.randint(1, 30)}"
            return base
        if self.lang == "fr":
            if street[0].isupper():
                street = (
                    street[0].lower() + street[1:]
                    if street.split()[0] in {"Rue", "Avenue"}
                    else street
                )
            ext = self.pick(["", "", "", " bis", " ter"])
            sep = self.pick([" ", ", "])
            base = f"{num}{ext}{sep}{street}"
            if rng.random() < 0.12:
                return f"Bât. {self.pick('ABC')}, {base}"
            return base
        if self.lang == "es":
            base = f"{street} {num}" if rng.random() < 0.6 else f"{street}, {num}"
            r = rng.random()
            if r < 0.45:
                floor = rng.randint(1, 9)
                unit = self.pick(["A", "B", "C", "D", "izq.", "dcha.", "1ª", "2ª"])
                return f"{base}, {floor}º {unit}"
            return base
        # nl
        suffix = self.pick(["", "", "", "", "bis", "a", " A", "-1", "-H", " hs", "-2"])
        return f"{street} {num}{suffix}"

    def nid(self, p: dict) -> tuple[str, str]:
        kind = LOCALE_NID[self.locale]
        r = self.rng.random()
        if r < 0.1:
            kind = "cf"
        elif self.lang == "es" and r < 0.4:
            kind = "nie"
        elif r < 0.18:
            kind = self.pick(["ssn", "nino", "steuerid", "nir", "dni", "bsn"])
        fn, labels = NID_TYPES[kind]
        label = self.pick(labels)
        if kind == "cf":
            return label, V.it_codice_fiscale(
                self.rng, ascii_fold(p["first"]), ascii_fold(p["last"])
            )
        return label, fn(self.rng)

    def iban(self) -> str:
        cc = self.iban_cc
        if self.rng.random() < 0.2:
            cc = self.pick(["DE", "FR", "ES", "NL", "BE", "GB", "AT", "CH", "LU"])
        return V.iban(self.rng, cc)

    def phone(self) -> str:
        region = self.region
        if self.rng.random() < 0.12:
            region = self.pick(["US", "GB", "DE", "FR", "ES", "NL", "BE", "AT", "CH"])
        return V.phone(self.rng, region)

    # --- look-alikes -----------------------------------------------------------------------------
    def price(self) -> str:
        amount = self.rng.choice([self.rng.randint(1, 99), self.rng.randint(100, 9999)])
        cents = self.rng.randint(0, 99)
        if self.lang == "en":
            cur = "£" if self.locale == "en_GB" else "$"
            return f"{cur}{amount:,}.{cents:02d}"
        grouped = f"{amount:,}".replace(",", "." if self.lang != "fr" else "\u202f")
        if self.lang == "nl":
            return self.pick([f"€ {grouped},{cents:02d}", f"€{grouped},{cents:02d}"])
        cur = "CHF" if self.locale == "de_CH" else "€"
        return self.pick([f"{grouped},{cents:02d} {cur}", f"{grouped},{cents:02d}\u00a0{cur}"])

    def order(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return V.digits(self.rng, self.rng.choice([7, 8, 9, 10]))
        if r < 0.55:
            return f"{self.pick(['A', 'BE', 'ORD', 'WEB', 'AMZ'])}-{V.digits(self.rng, 7)}"
        if r < 0.75:
            return f"{V.digits(self.rng, 3)}-{V.digits(self.rng, 7)}-{V.digits(self.rng, 7)}"
        return f"#{V.digits(self.rng, 5)}"

    def ticket(self) -> str:
        return self.pick(
            [
                f"INC{V.digits(self.rng, 7)}",
                f"{self.pick(['JIRA', 'OPS', 'SUP', 'BUG', 'PAY'])}-{self.rng.randint(10, 9999)}",
                f"#{self.rng.randint(1000, 999999)}",
                f"CS{V.digits(self.rng, 8)}",
            ]
        )

    def invoice(self) -> str:
        y = self.rng.randint(2022, 2026)
        return self.pick(
            [
                f"INV-{y}-{V.digits(self.rng, 5)}",
                f"RE-{y}-{V.digits(self.rng, 4)}",
                f"F{y}{V.digits(self.rng, 6)}",
                f"{y}/{V.digits(self.rng, 4)}",
            ]
        )

    def tracking(self) -> str:
        return self.pick(
            [
                V.ups_tracking(self.rng),
                "JJD" + V.digits(self.rng, 18),
                V.digits(self.rng, 12),
                f"{self.pick(['LX', 'RR', 'CP'])}{V.digits(self.rng, 9)}{self.pick(['DE', 'FR', 'NL', 'ES'])}",
                "3S" + V.chars(self.rng, V.UPPER_DIGITS, 13),
            ]
        )

    def sku(self) -> str:
        return self.pick(
            [
                f"SKU-{V.digits(self.rng, 5)}-{self.pick(['XS', 'S', 'M', 'L', 'XL'])}",
                f"{V.chars(self.rng, 'ABCDEFGHKLMNPRSTWXYZ', 3)}-{V.digits(self.rng, 4)}",
                f"{V.digits(self.rng, 3)}.{V.digits(self.rng, 3)}.{V.digits(self.rng, 2)}",
                f"B0{V.chars(self.rng, V.UPPER_DIGITS, 8)}",
            ]
        )

    def refnum(self) -> tuple[str, str]:
        r = self.rng.random()
        if r < 0.4:
            return "CARD", V.bad_luhn(self.rng, 16)
        if r < 0.7:
            return "NATIONAL_ID", V.bad_check(self.rng, "bsn")
        return "NATIONAL_ID", V.bad_check(self.rng, "idnr")

    def timestamp(self) -> str:
        d = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=self.rng.randint(0, 3 * 365 * 86400))
        ms = self.rng.randint(0, 999)
        return self.pick(
            [
                d.strftime("%Y-%m-%dT%H:%M:%SZ"),
                d.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}",
                d.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}+01:00",
                d.strftime("%d/%b/%Y:%H:%M:%S +0100"),
            ]
        )

    def timestamp_clf(self) -> str:
        d = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=self.rng.randint(0, 3 * 365 * 86400))
        return d.strftime("%d/%b/%Y:%H:%M:%S ") + self.pick(["+0000", "+0100", "+0200"])

    def http_date(self) -> str:
        d = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=self.rng.randint(0, 3 * 365 * 86400))
        return d.strftime("%a, %d %b %Y %H:%M:%S GMT")

    def city(self) -> str:
        return self.fake.city()

    def company(self) -> str:
        return self.pick(L.BRANDS)

    def qty(self) -> str:
        n = self.rng.randint(1, 500)
        unit = {
            "en": ["pcs", "units", "kg", "boxes"],
            "de": ["Stück", "Stk.", "kg", "Kartons"],
            "fr": ["pièces", "unités", "kg", "cartons"],
            "es": ["unidades", "uds.", "kg", "cajas"],
            "nl": ["stuks", "st.", "kg", "dozen"],
        }[self.lang]
        return f"{n} {self.pick(unit)}"

    # --- placeholder resolution ------------------------------------------------------------------
    def resolve(self, name: str) -> list[Piece]:
        if name.startswith("="):
            kind, _, text = name[1:].partition(":")
            return [("look", kind, text)]
        if name in ("IPV4", "IPV6", "VERSION4"):
            n, base = 1, name
        else:
            n = int(name[-1]) if name[-1].isdigit() else 1
            base = name.rstrip("0123456789")
        p = self.person(n)
        pa = self.person_attr
        rng = self.rng
        if base == "NAME":
            return [("pii", "PERSON", f"{p['first']} {p['last']}")]
        if base == "FIRST":
            return [("pii", "PERSON", p["first"])]
        if base == "LAST":
            return [("pii", "PERSON", p["last"])]
        if base == "LASTFIRST":
            last = p["last"].upper() if rng.random() < 0.3 else p["last"]
            return [("pii", "PERSON", f"{last}, {p['first']}")]
        if base == "TNAME":
            title = self.pick(L.TITLES[self.lang][0 if p["female"] else 1])
            who = p["last"] if rng.random() < 0.6 else f"{p['first']} {p['last']}"
            return [("", "", title + " "), ("pii", "PERSON", who)]
        if base == "EMAIL":
            return [("pii", "EMAIL", pa(n, "email", self.email))]
        if base == "PHONE":
            return [("pii", "PHONE", pa(n, "phone", lambda _p: self.phone()))]
        if base == "ADDR":
            return [("pii", "ADDRESS", pa(n, "addr", lambda _p: self.address()))]
        if base == "POSTTOWN":
            return [("", "", f"{self.fake.postcode()} {self.fake.city()}")]
        if base == "DOB":
            return [("pii", "DATE_OF_BIRTH", pa(n, "dob", lambda _p: self.date(self.birth_date())))]
        if base == "DOBISO":
            iso = pa(n, "dobiso", lambda _p: self.birth_date().isoformat())
            return [("pii", "DATE_OF_BIRTH", iso)]
        if base == "NIDLABEL":
            return [("", "", pa(n, "nidlabel", lambda q: self._nid(n, q)[0]))]
        if base == "NID":
            return [("pii", "NATIONAL_ID", pa(n, "nid", lambda q: self._nid(n, q)[1]))]
        if base == "IBAN":
            return [("pii", "IBAN", pa(n, "iban", lambda _p: self.iban()))]
        if base == "CARD":
            return [("pii", "CARD", pa(n, "card", lambda _p: V.card(rng)))]
        if base == "IP":
            return [("pii", "IP_ADDRESS", V.ipv6(rng) if rng.random() < 0.3 else V.ipv4(rng))]
        if base == "IPV4":
            return [("pii", "IP_ADDRESS", V.ipv4(rng))]
        if base == "IPV6":
            return [("pii", "IP_ADDRESS", V.ipv6(rng))]
        if base == "PASSWORD":
            return [("pii", "SECRET", V.password(rng, self.fake))]
        if base == "APIKEY":
            return [("pii", "SECRET", V.api_key(rng))]
        if base == "TOKEN":
            tok = (
                V.jwt(rng, ascii_fold(p["first"]).lower())
                if rng.random() < 0.5
                else V.opaque_token(rng)
            )
            return [("pii", "SECRET", tok)]
        if base == "AWSKEY":
            return [
                ("pii", "SECRET", "AKIA" + V.chars(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))
            ]
        if base == "AWSSECRET":
            return [("pii", "SECRET", V.aws_secret(rng))]
        if base == "DSN":
            before, pw, after = V.dsn(rng, self.fake)
            return [("", "", before), ("pii", "SECRET", pw), ("", "", after)]
        # look-alikes
        looks: dict[str, tuple[str, Callable[[], str]]] = {
            "ORDER": ("PHONE", self.order),
            "TICKET": ("NATIONAL_ID", self.ticket),
            "INVOICE": ("NATIONAL_ID", self.invoice),
            "TRACK": ("IBAN", self.tracking),
            "VERSION": ("IP_ADDRESS", lambda: V.version(rng, rng.choice([3, 3, 3, 3, 4]))),
            "VERSION4": ("IP_ADDRESS", lambda: V.version(rng, 4)),
            "UUID": ("SECRET", lambda: V.uuid(rng)),
            "HASH": ("SECRET", lambda: V.hexstr(rng, 64)),
            "GITSHA": ("SECRET", lambda: V.hexstr(rng, rng.choice([7, 40]))),
            "HEX": ("SECRET", lambda: "0x" + V.hexstr(rng, rng.choice([8, 12, 16]))),
            "TS": ("DATE_OF_BIRTH", self.timestamp),
            "DATE": ("DATE_OF_BIRTH", lambda: self.date(self.other_date())),
            "PRICE": ("CARD", self.price),
            "QTY": ("PHONE", self.qty),
            "BYTES": ("PHONE", lambda: str(rng.randint(200, 99_999_999))),
            "ISBN": ("PHONE", lambda: V.isbn13(rng)),
            "SKU": ("NATIONAL_ID", self.sku),
            "COMPANY": ("PERSON", self.company),
            "CITY": ("ADDRESS", self.city),
            "HTTPDATE": ("DATE_OF_BIRTH", lambda: self.http_date()),
            "DATEISO": ("DATE_OF_BIRTH", lambda: self.other_date().isoformat()),
            "MS": ("PHONE", lambda: f"{rng.randint(1, 9999)}ms"),
        }
        if base == "REFNUM":
            kind, val = self.refnum()
            return [("look", kind, val)]
        if base in looks:
            kind, make = looks[base]
            return [("look", kind, make())]
        raise KeyError(name)

    def _nid(self, n: int, p: dict) -> tuple[str, str]:
        if "nid_pair" not in p:
            p["nid_pair"] = self.nid(p)
        return p["nid_pair"]

    def value(self, name: str) -> str:
        return "".join(t for _r, _k, t in self.resolve(name))

    def render(self, doc: Doc, template: str) -> Doc:
        pos = 0
        for m in PLACE.finditer(template):
            doc.add(template[pos : m.start()])
            for role, kind, text in self.resolve(m.group(1)):
                doc.put(role, kind, text)
            pos = m.end()
        return doc.add(template[pos:])

    def field(self, doc: Doc, field: str) -> Doc:
        """Append the value of a form field (one of lang.LABELS' keys)."""
        return self.render(doc, "{" + FIELD_PLACE.get(field, field) + "}")


FIELD_PLACE = {"PASSWORD": "PASSWORD", "APIKEY": "APIKEY"}
