"""Personas: a person's name, contact details, address and birth date written the way their
country writes them. Names come from Faker locales of many origins plus a few hand lists."""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass

from faker import Faker

from pii_holdout import ids

# Country whose formats a language's messages mostly use.
COUNTRIES = {"en": ("US", "GB"), "de": ("DE",), "fr": ("FR",), "es": ("ES",), "nl": ("NL",)}
HOME_LOCALE = {
    "US": "en_US",
    "GB": "en_GB",
    "DE": "de_DE",
    "FR": "fr_FR",
    "ES": "es_ES",
    "NL": "nl_NL",
}
OTHER_LOCALES = (
    "it_IT", "pl_PL", "tr_TR", "pt_BR", "en_IN", "vi_VN", "yo_NG", "ig_NG", "es_MX", "ro_RO",
    "en_IE", "fil_PH", "cs_CZ", "fi_FI", "de_AT", "fr_CA", "nl_BE", "pt_PT", "id_ID", "sv_SE",
)  # fmt: skip
EXTRA_NAMES = (
    ("Wei", "Zhang"), ("Fang", "Wang"), ("Jing", "Chen"), ("Yang", "Liu"), ("Xiaoming", "Li"),
    ("Mohammed", "Al-Farsi"), ("Fatima", "Benali"), ("Youssef", "El Amrani"), ("Aisha", "Haddad"),
    ("Mohamed", "Bouzid"), ("Nour", "El Khatib"), ("Min-jun", "Kim"), ("Ji-woo", "Park"),
    ("Haruki", "Sato"), ("Yui", "Tanaka"), ("Dmitri", "Volkov"), ("Olga", "Ivanova"),
    ("Mehmet", "Yılmaz"), ("Ayşe", "Demir"), ("Siobhán", "O'Sullivan"), ("Seán", "Ó Briain"),
    ("Kwame", "Mensah"), ("Chidi", "Okafor"), ("Thandiwe", "Nkosi"), ("Priya", "Raghunathan"),
    ("Arjun", "Venkataraman"), ("Nguyễn", "Thị Mai"), ("José María", "García-Márquez"),
    ("Zoë", "de Vries-Bakker"), ("Jean-Baptiste", "Le Goff"), ("Anne-Sophie", "de La Tour"),
    ("Björn", "Ståhlberg"), ("Małgorzata", "Wiśniewska"), ("Oluwaseun", "Adeyemi"),
    ("Tomás", "Ó Ceallaigh"), ("Rahel", "Tesfaye"), ("Giorgos", "Papadopoulos"),
)  # fmt: skip
TITLES = {
    "en": ("Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms"),
    "de": ("Herr", "Frau", "Dr.", "Herrn"),
    "fr": ("M.", "Mme", "Monsieur", "Madame"),
    "es": ("Sr.", "Sra.", "D.", "Dña.", "Don", "Doña"),
    "nl": ("dhr.", "mevr.", "meneer", "mevrouw", "heer"),
}
PROVIDERS = {
    "US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"),
    "GB": ("gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"),
    "DE": ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"),
    "FR": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"),
    "ES": ("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"),
    "NL": ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"),
}
WORK_DOMAINS = ("acme-logistics.com", "nordwind.de", "groupe-atlas.fr", "tecnored.es",
                "vanderlaan-bouw.nl", "brightpath.io", "example-corp.co.uk", "mediaplus.eu")  # fmt: skip

US_CITIES = (("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Portland", "OR", "97205"),
             ("Columbus", "OH", "43215"), ("Brooklyn", "NY", "11211"), ("San Jose", "CA", "95112"),
             ("Denver", "CO", "80203"), ("Atlanta", "GA", "30308"), ("Madison", "WI", "53703"),
             ("Tampa", "FL", "33602"), ("Boston", "MA", "02118"), ("Seattle", "WA", "98109"))  # fmt: skip
US_STREETS = ("Maple", "Oak", "Elm", "Washington", "Lincoln", "Main", "Park", "Cedar", "Sunset",
              "Mission", "Highland", "Jefferson", "Lakeview", "Pine", "Franklin", "Hillcrest")  # fmt: skip
US_SUFFIX = ("St", "St.", "Street", "Ave", "Ave.", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive",
             "Ln", "Lane", "Way", "Ct", "Pl")  # fmt: skip
GB_PLACES = (("London", "NW1 6XE"), ("Manchester", "M1 4BT"), ("Leeds", "LS6 2AB"),
             ("Bristol", "BS8 1TH"), ("Glasgow", "G12 8QQ"), ("Cardiff", "CF10 3AT"),
             ("Oxford", "OX1 2JD"), ("Brighton", "BN1 3FD"), ("Edinburgh", "EH3 9DR"))  # fmt: skip
GB_STREETS = ("Baker Street", "Victoria Road", "High Street", "Church Lane", "Station Road",
              "Kingsway", "Mill Lane", "Queen's Drive", "Albert Terrace", "Park Crescent",
              "Grove Avenue", "Elm Close")  # fmt: skip
DE_PLACES = (("10115", "Berlin"), ("80331", "München"), ("20095", "Hamburg"), ("50667", "Köln"),
             ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"),
             ("01067", "Dresden"), ("28195", "Bremen"), ("90402", "Nürnberg"), ("48143", "Münster"))  # fmt: skip
DE_STREETS = ("Hauptstraße", "Hauptstr.", "Goethestraße", "Schillerstr.", "Bahnhofstraße",
              "Lindenallee", "Am Marktplatz", "Gartenweg", "Berliner Straße", "Kirchgasse",
              "Friedrich-Ebert-Str.", "Rosenweg", "Am Lindenhof", "Sonnenstraße", "Mühlenweg",
              "Karl-Marx-Allee", "Kastanienallee", "Dorfstr.")  # fmt: skip
FR_PLACES = (("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"), ("33000", "Bordeaux"),
             ("59000", "Lille"), ("31000", "Toulouse"), ("44000", "Nantes"), ("67000", "Strasbourg"),
             ("06000", "Nice"), ("35000", "Rennes"))  # fmt: skip
FR_STREETS = ("rue de la République", "rue des Lilas", "avenue Victor Hugo", "boulevard Voltaire",
              "rue du Faubourg Saint-Antoine", "allée des Tilleuls", "place de la Mairie",
              "chemin des Vignes", "rue Jean Jaurès", "bd Haussmann", "av. de la Gare",
              "impasse des Roses", "quai de la Loire")  # fmt: skip
ES_PLACES = (("28013", "Madrid"), ("08001", "Barcelona"), ("46002", "Valencia"), ("41004", "Sevilla"),
             ("29015", "Málaga"), ("48001", "Bilbao"), ("50001", "Zaragoza"), ("15003", "A Coruña"),
             ("03002", "Alicante"), ("18009", "Granada"))  # fmt: skip
ES_STREETS = ("Calle Mayor", "C/ Mayor", "Calle de Alcalá", "C/ Gran Vía", "Avda. de la Constitución",
              "Avenida Diagonal", "Paseo de Gracia", "Calle del Pez", "C/ San Vicente",
              "Plaza de España", "Calle Real", "Ronda de Segovia", "c/ Sierpes")  # fmt: skip
NL_PLACES = (("1017 GC", "Amsterdam"), ("3011 AD", "Rotterdam"), ("2511 CV", "Den Haag"),
             ("3511 LN", "Utrecht"), ("5611 AZ", "Eindhoven"), ("9711 LM", "Groningen"),
             ("6811 DJ", "Arnhem"), ("2311 EZ", "Leiden"), ("4811 XJ", "Breda"))  # fmt: skip
NL_STREETS = ("Kerkstraat", "Prinsengracht", "Hoofdweg", "Dorpsstraat", "Stationsplein",
              "Molenlaan", "Julianalaan", "Burgemeester de Withstraat", "Oudegracht", "Lange Voorhout",
              "Van Goghstraat", "Nieuwe Binnenweg", "Korte Putstraat")  # fmt: skip

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
}  # fmt: skip


@dataclass
class Persona:
    first: str
    last: str
    title: str
    email: str
    phone: str
    address: str  # street line with postcode and city
    street: str  # street line only
    postcode: str
    city: str
    dob: str
    born: tuple[int, int, int]
    national_id: str
    iban: str
    card: str
    card_network: str
    ip: str
    country: str = "US"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class PersonaFactory:
    """Makes personas for one language from a seeded random source (deterministic per seed)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fakers: dict[str, Faker] = {}

    def _faker(self, locale: str) -> Faker:
        if locale not in self.fakers:
            f = Faker(locale)
            f.seed_instance(self.rng.randint(0, 2**31))
            self.fakers[locale] = f
        return self.fakers[locale]

    def name(self, country: str) -> tuple[str, str]:
        r = self.rng.random()
        if r < 0.12:
            return self.rng.choice(EXTRA_NAMES)
        f = self._faker(HOME_LOCALE[country] if r < 0.7 else self.rng.choice(OTHER_LOCALES))
        first, last = f.first_name(), f.last_name()
        if country == "ES" and self.rng.random() < 0.6:
            last = f"{last} {self._faker('es_ES').last_name()}"
        if self.rng.random() < 0.06:
            first = f"{first} {f.first_name()}"
        return first, last

    def email(self, first: str, last: str, country: str) -> str:
        a, b = _ascii(first).split()[0], _ascii(last).replace(" ", "")
        r = self.rng
        local = r.choice(
            [f"{a}.{b}", f"{a[0]}{b}", f"{a}_{b}{r.randint(1, 99)}", f"{a}{b[0]}", f"{b}.{a}",
             f"{a}.{b}{r.randint(60, 99)}", f"{a[0]}.{b}"]
        ).lower()  # fmt: skip
        domain = r.choice(PROVIDERS[country]) if r.random() < 0.75 else r.choice(WORK_DOMAINS)
        return f"{local}@{domain}"

    def make(self, lang: str, country: str | None = None) -> Persona:
        r = self.rng
        country = country or r.choice(COUNTRIES[lang])
        first, last = self.name(country)
        street, postcode, city, address = self.address(country)
        y, m, d = r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28)
        iban_country = country if country != "US" and r.random() < 0.8 else r.choice(["DE", "FR", "ES", "NL", "BE", "AT", "GB", "IE", "LU"])  # fmt: skip
        network, card = ids.card_text(r)
        return Persona(
            first=first,
            last=last,
            title=r.choice(TITLES[lang]),
            email=self.email(first, last, country),
            phone=self.phone(country),
            address=address,
            street=street,
            postcode=postcode,
            city=city,
            dob=self.date(lang, country, (y, m, d)),
            born=(y, m, d),
            national_id=ids.national_id(r, country, (y, m, d)),
            iban=ids.iban_text(r, iban_country),
            card=card,
            card_network=network,
            ip=self.ip(),
            country=country,
        )

    # --- formats ------------------------------------------------------------------------------

    def date(self, lang: str, country: str, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        r = self.rng
        month = MONTHS[lang][m - 1]
        if lang == "en":
            opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{month} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                    f"{d} {month[:3]} {y}", f"{month[:3]} {d} {y}"] if country == "US" else [
                    f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}",
                    f"{d}th {month} {y}" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16) else f"{d} {month[:3]} {y}"]  # fmt: skip
        elif lang == "de":
            opts = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {month} {y}", f"{y}-{m:02d}-{d:02d}",
                    f"{d:02d}.{m:02d}.{str(y)[2:]}"]  # fmt: skip
        elif lang == "fr":
            opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{'1er' if d == 1 else d} {month} {y}",
                    f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}"]  # fmt: skip
        elif lang == "es":
            opts = [f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}",
                    f"{d:02d}-{m:02d}-{y}"]  # fmt: skip
        else:
            opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                    f"{d}-{m}-{y}"]  # fmt: skip
        return r.choice(opts)

    def ip(self) -> str:
        r = self.rng
        if r.random() < 0.25:
            head = r.choice(
                ["2a02:810d", "2001:16b8", "2a01:cb00", "2a0c:5a80", "2607:f8b0", "2a02:a46f"]
            )
            tail = ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(r.choice([2, 4, 6])))
            return (
                f"{head}:{tail}"
                if tail.count(":") == 5
                else f"{head}:{tail}::{r.randint(1, 0xFFFF):x}"
            )
        while True:
            a = r.randint(2, 223)
            if a not in (10, 100, 127, 169, 172, 192, 198, 203):
                return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def phone(self, country: str) -> str:
        r = self.rng

        def dg(n: int) -> str:
            return "".join(r.choice(string.digits) for _ in range(n))

        if country == "US":
            area = r.choice(
                ["212", "415", "646", "312", "617", "512", "206", "305", "404", "720", "503"]
            )
            ex, line = str(r.randint(200, 999)), dg(4)
            return r.choice([f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}",
                             f"+1 {area} {ex} {line}", f"+1-{area}-{ex}-{line}", f"{area}{ex}{line}",
                             f"1 ({area}) {ex}-{line}"])  # fmt: skip
        if country == "GB":
            if r.random() < 0.6:
                n = "7" + r.choice(["700", "911", "723", "891", "450", "832", "507", "958"]) + dg(6)
                return r.choice([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}",
                                 f"0{n}", f"+44{n}"])  # fmt: skip
            n = r.choice(["20", "161", "113", "117", "131"])
            rest = dg(10 - len(n))
            return r.choice([f"0{n} {rest[:-4]} {rest[-4:]}", f"+44 {n} {rest[:-4]} {rest[-4:]}",
                             f"(0{n}) {rest}"])  # fmt: skip
        if country == "DE":
            if r.random() < 0.55:
                pre = r.choice(
                    ["151", "152", "157", "160", "162", "170", "171", "172", "176", "178"]
                )
                sub = dg(7 if pre in ("160", "170", "171") else 8)
            else:
                pre, sub = (
                    r.choice(["30", "89", "40", "221", "69", "711", "341", "351"]),
                    dg(r.choice([6, 7, 8])),
                )
            return r.choice([f"0{pre} {sub}", f"0{pre}-{sub}", f"0{pre}/{sub}", f"+49 {pre} {sub}",
                             f"+49 (0){pre} {sub}", f"+49{pre}{sub}", f"0049 {pre} {sub}",
                             f"0{pre} {sub[:3]} {sub[3:]}", f"(0{pre}) {sub}"])  # fmt: skip
        if country == "FR":
            n = r.choice("1234567") + dg(8)
            pairs = " ".join(n[i : i + 2] for i in range(1, 9, 2))
            return r.choice([f"0{n[0]} {pairs}", f"0{n[0]}.{pairs.replace(' ', '.')}", f"0{n}",
                             f"+33 {n[0]} {pairs}", f"+33{n}", f"+33 (0){n[0]} {pairs}", f"0033 {n[0]} {pairs}",
                             f"0{n[0]}-{pairs.replace(' ', '-')}"])  # fmt: skip
        if country == "ES":
            if r.random() < 0.6:
                n = r.choice(["6", "6", "6", "71", "72", "73", "74"])
                n += dg(9 - len(n))
                return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"+34 {n[:3]} {n[3:6]} {n[6:]}",
                                 f"+34{n}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0034 {n}"])  # fmt: skip
            n = r.choice(["91", "93", "96", "95", "94"]) + dg(7)
            return r.choice([f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+34 {n[:2]} {n[2:5]} {n[5:]}", n,
                             f"{n[:3]} {n[3:6]} {n[6:]}"])  # fmt: skip
        if country == "NL":
            if r.random() < 0.6:
                n = r.choice("12345") + dg(7)
                return r.choice([f"06-{n}", f"06 {n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                                 f"+31 6 {n}", f"+31 6 {n[:4]} {n[4:]}", f"+316{n}", f"0031 6 {n}",
                                 f"06{n}"])  # fmt: skip
            area = r.choice(["20", "10", "70", "30", "40", "50"])
            n = dg(7)
            return r.choice([f"0{area}-{n}", f"0{area} {n[:3]} {n[3:]}", f"+31 {area} {n[:3]} {n[3:]}",
                             f"+31 (0){area} {n}", f"0{area} {n}"])  # fmt: skip
        raise ValueError(country)

    def address(self, country: str) -> tuple[str, str, str, str]:
        """(street line, postcode, city, full one-line address) in the country's convention."""
        r = self.rng
        if country == "US":
            city, state, zipc = r.choice(US_CITIES)
            num = str(r.randint(1, 9800))
            name = r.choice(US_STREETS) if r.random() < 0.7 else _ordinal(r.randint(1, 125))
            street = (
                f"{num} {r.choice(['', '', 'N ', 'W ', 'E ', 'S '])}{name} {r.choice(US_SUFFIX)}"
            )
            if r.random() < 0.3:
                street += r.choice([f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}",
                                    f", Suite {r.randint(100, 900)}", f" Apt. {r.randint(1, 30)}"])  # fmt: skip
            return street, zipc, city, f"{street}, {city}, {state} {zipc}"
        if country == "GB":
            city, pc = r.choice(GB_PLACES)
            num = r.choice(
                [
                    str(r.randint(1, 250)),
                    f"{r.randint(1, 250)}{r.choice('AB')}",
                    f"Flat {r.randint(1, 12)}, {r.randint(1, 90)}",
                ]
            )
            street = f"{num} {r.choice(GB_STREETS)}"
            return street, pc, city, f"{street}, {city} {pc}"
        if country == "DE":
            pc, city = r.choice(DE_PLACES)
            num = r.choice(
                [
                    str(r.randint(1, 180)),
                    f"{r.randint(1, 90)}{r.choice('abc')}",
                    f"{r.randint(1, 40)}-{r.randint(41, 60)}",
                ]
            )
            street = f"{r.choice(DE_STREETS)} {num}"
            return street, pc, city, f"{street}, {pc} {city}"
        if country == "FR":
            pc, city = r.choice(FR_PLACES)
            num = f"{r.randint(1, 180)}{r.choice(['', '', '', ' bis', ' ter'])}"
            street = f"{num}{r.choice([' ', ', '])}{r.choice(FR_STREETS)}"
            return street, pc, city, f"{street}, {pc} {city}"
        if country == "ES":
            pc, city = r.choice(ES_PLACES)
            num = str(r.randint(1, 220))
            floor = r.choice(
                [
                    "",
                    "",
                    f", {r.randint(1, 9)}º {r.choice('ABCD')}",
                    f", {r.randint(1, 8)}º {r.randint(1, 4)}ª",
                    ", bajo",
                    f" {r.randint(1, 6)}-{r.choice('ABCDI')}",
                ]
            )
            street = f"{r.choice(ES_STREETS)}{r.choice([', ', ' ', ', nº '])}{num}{floor}"
            return street, pc, city, f"{street}, {pc} {city}"
        if country == "NL":
            pc, city = r.choice(NL_PLACES)
            num = r.choice(
                [
                    str(r.randint(1, 300)),
                    f"{r.randint(1, 200)}-{r.choice(['II', 'III', 'hs', '1'])}",
                    f"{r.randint(1, 120)}{r.choice('ABC')}",
                    f"{r.randint(1, 80)} bis",
                ]
            )
            street = f"{r.choice(NL_STREETS)} {num}"
            return street, pc, city, f"{street}, {pc} {city}"
        raise ValueError(country)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("ł", "l").replace("Ł", "L")
    folded = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in folded if c.isalnum() or c == " ").strip() or "user"
