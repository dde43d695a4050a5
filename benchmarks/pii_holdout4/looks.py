"""Things that look like personal data and are not: the redactor must leave them alone."""

from __future__ import annotations

import string
import uuid

from stdnum import ean, isbn
from values import L, Values

THINGS = (  # street-like and name-like titles of things: songs, shows, albums, films, bands
    "Penny Lane",
    "Abbey Road",
    "Sesame Street",
    "Coronation Street",
    "Baker Street",
    "Lindenstraße",
    "Sesamstraße",
    "Rue des Boutiques Obscures",
    "Calle 13",
    "Elm Street",
    "Melrose Place",
    "Wisteria Lane",
    "Desolation Row",
    "Killing Eve",
    "Tatort",
    "Mulholland Drive",
    "Ventura Highway",
    "La Casa de Papel",
    "Goede tijden, slechte tijden",
    "Straße der Sehnsucht",
    "Avenue Q",
    "Downing Street Memo",
)
TITLES = (
    "The Silent Harbour",
    "Der Vorleser",
    "Cien años de soledad",
    "Le Petit Prince",
    "Het Achterhuis",
    "Bohemian Rhapsody",
    "Dancing Queen",
    "Clean Code",
    "Designing Data-Intensive Applications",
    "Die Verwandlung",
    "Amélie",
    "Volver",
    "The Midnight Library",
    "Il nome della rosa",
)
IDENTS = (
    "getAnnaConfig()",
    "handle_emma_webhook",
    "MariaDbPool",
    "karl_scheduler.py",
    "PaulaRetryPolicy",
    "test_sophie_fixture",
    "JuliaSetRenderer",
    "lucas_migration_0042",
    "ThomasAlgorithm",
    "fetchNoahFeed",
    "MartinCrossValidator",
    "MaxHeap",
    "victor_layout.css",
    "ElenaClient",
    "HugoTheme",
)
BRANDS = (
    "Nordwind",
    "Bluepeak",
    "Solvia",
    "Tecnova",
    "Brightline",
    "Alpina",
    "Cobalt",
    "Helix",
    "Lumen",
    "Orbis",
    "Quantix",
    "Verdant",
    "Zenith",
    "Atlas",
    "Mosaic",
    "Polaris",
    "Cascade",
    "Vortex",
    "Ember",
    "Nimbus",
    "Kiwa",
    "Datavia",
)
SECTORS = (
    "Logistics",
    "Software",
    "Solutions",
    "Consulting",
    "Systems",
    "Media",
    "Energy",
    "Foods",
    "Labs",
    "Digital",
    "Health",
    "Logistik",
    "Immobilien",
    "Services",
    "Technologies",
    "Transportes",
    "Conseil",
    "Bouw",
    "Verde",
)
SUFFIX = {
    "en": ("Ltd", "Inc.", "LLC", "plc", "Pty Ltd"),
    "de": ("GmbH", "AG", "GmbH & Co. KG", "e.K."),
    "fr": ("SAS", "SARL", "SA", "Sàrl"),
    "es": ("S.L.", "S.A.", "S.A. de C.V.", "SRL", "SpA"),
    "nl": ("B.V.", "BV", "NV", "VOF"),
    "it": ("S.r.l.", "S.p.A.", "srl"),
    "pt": ("Lda.", "S.A.", "Ltda.", "ME"),
    "pl": ("Sp. z o.o.", "S.A."),
    "sv": ("AB", "HB"),
}
MEASURES = (
    "72 kg",
    "1,82 m",
    "120/80 mmHg",
    "37,8 °C",
    "5 mg",
    "2 x 500 mg",
    "98 % SpO2",
    "68 bpm",
    "185 cm",
    "3,5 kg",
    "0.5 mL",
    "12 mmol/l",
    "45 m²",
    "220 V",
    "16 GB RAM",
)


class Looks:
    def __init__(self, v: Values) -> None:
        self.v, self.r = v, v.rng

    def order(self) -> str:
        r = self.r
        y = r.choice([2024, 2025, 2026])
        return L(
            "order",
            r.choice(
                [
                    f"{r.randint(100000, 9999999)}",
                    f"ORD-{y}-{r.randint(1, 99999):05d}",
                    f"INV-{y}-{r.randint(1, 9999):04d}",
                    f"RE-{y}{r.randint(1, 12):02d}-{r.randint(100, 999)}",
                    f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                    f"A{r.randint(10000000, 99999999)}",
                    f"F{y}/{r.randint(1, 9999):04d}",
                    f"CMD-{r.randint(10**7, 10**8)}",
                ]
            ),
        )

    def ticket(self) -> str:
        r = self.r
        return L(
            "ticket",
            r.choice(
                [
                    f"#{r.randint(1000, 999999)}",
                    f"INC{r.randint(10**6, 10**7):07d}",
                    f"{r.choice(['OPS', 'SUP', 'HR', 'PAY'])}-{r.randint(10, 9999)}",
                    f"CS{r.randint(10**8, 10**9)}",
                ]
            ),
        )

    def tracking(self) -> str:
        r = self.r
        an = string.ascii_uppercase + string.digits
        return L(
            "tracking",
            r.choice(
                [
                    "1Z" + "".join(r.choice(an) for _ in range(16)),
                    f"JJD{r.randint(10**17, 10**18 - 1)}",
                    f"{r.choice(['LX', 'RR', 'CX', 'LY'])}{r.randint(10**8, 10**9 - 1)}{r.choice(['DE', 'FR', 'NL', 'ES', 'CH'])}",
                    f"{r.randint(10**11, 10**12 - 1)}",
                    f"3S{''.join(r.choice(an) for _ in range(11))}",
                ]
            ),
        )

    def version(self) -> str:
        r = self.r
        return L(
            "version",
            r.choice(
                [
                    f"v{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 40)}",
                    f"{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(0, 99)}",
                    f"10.0.{r.randint(17000, 26000)}.{r.randint(100, 5000)}",
                    f"{r.randint(1, 130)}.0.{r.randint(1000, 6999)}.{r.randint(10, 250)}",
                    f"{r.randint(2019, 2026)}.{r.randint(1, 12)}.{r.randint(0, 9)}",
                ]
            ),
        )

    def sha(self) -> str:
        r = self.r
        n = r.choice([7, 8, 12, 40, 40, 64])
        return L("hash", "".join(r.choice("0123456789abcdef") for _ in range(n)))

    def uuid(self) -> str:
        return L("uuid", str(uuid.UUID(int=self.r.getrandbits(128), version=4)))

    def ts(self) -> str:
        r, d = self.r, self.v.other_date()
        t = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return L(
            "timestamp",
            r.choice(
                [
                    f"{d.isoformat()}T{t}Z",
                    f"{d.isoformat()} {t}",
                    f"{d.isoformat()}T{t}.{r.randint(0, 999):03d}+01:00",
                    d.strftime("%d/%b/%Y:") + t + " +0100",
                    f"{int(r.randint(1_700_000_000, 1_790_000_000))}",
                ]
            ),
        )

    def gitdate(self) -> str:
        r, d = self.r, self.v.other_date()
        return L(
            "timestamp",
            d.strftime("%a %b ")
            + f"{d.day} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {d.year} "
            + r.choice(["+0100", "+0200", "-0500", "+0000"]),
        )

    def date(self) -> str:
        return L("date", self.v.date_text(self.v.other_date()))

    def amount(self) -> str:
        r = self.r
        x = r.randint(100, 999999) / 100
        en = f"{x:,.2f}"
        eu = en.replace(",", "_").replace(".", ",").replace("_", ".")
        cur = {
            "US": [f"${en}", f"USD {en}", f"${int(x)}"],
            "GB": [f"£{en}", f"GBP {en}"],
            "IE": [f"€{en}", f"EUR {en}"],
            "AU": [f"${en}", f"AUD {en}"],
            "CA": [f"${en}", f"{eu} $", f"CAD {en}"],
            "DE": [f"{eu} €", f"{eu} EUR", f"EUR {eu}", f"{int(x)},- €"],
            "AT": [f"€ {eu}", f"{eu} EUR"],
            "CH": [f"CHF {en.replace(',', chr(39))}", f"Fr. {int(x)}.–"],
            "FR": [f"{eu} €", f"{eu} EUR"],
            "BE": [f"{eu} €", f"€ {eu}"],
            "ES": [f"{eu} €", f"{eu} EUR"],
            "MX": [f"${en} MXN", f"${en}"],
            "AR": [f"${eu}", f"ARS {eu}"],
            "CO": [f"${eu} COP", f"${eu}"],
            "CL": [f"${int(x * 100):,} CLP".replace(",", ".")],
            "NL": [f"€ {eu}", f"EUR {eu}", f"€{int(x)},-"],
            "IT": [f"€ {eu}", f"{eu} euro"],
            "PT": [f"{eu} €", f"{eu} EUR"],
            "BR": [f"R$ {eu}"],
            "PL": [f"{eu} zł", f"{eu} PLN"],
            "SE": [f"{eu} kr", f"{eu} SEK"],
        }[self.v.loc.region]
        return L("amount", r.choice(cur))

    def coords(self) -> str:
        r = self.r
        return L(
            "coords",
            f"{r.uniform(36, 60):.{r.choice([4, 5, 6])}f}, {r.uniform(-9, 24):.{r.choice([4, 5, 6])}f}",
        )

    def product(self) -> str:
        r = self.r
        b = "".join(r.choice(string.digits) for _ in range(12))
        return L(
            "product",
            r.choice(
                [
                    f"SKU-{r.randint(1000, 9999)}-{r.choice('ABCXYZ')}",
                    b + ean.calc_check_digit(b),
                    f"{r.choice(['XPS', 'MBP', 'TP', 'ROG'])}-{r.randint(10, 99)}{r.choice('ABC')}{r.randint(100, 999)}",
                    f"ART.{r.randint(100000, 999999)}",
                    f"{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(10, 99)}",
                ]
            ),
        )

    def isbn(self) -> str:
        r = self.r
        b = (
            "978"
            + str(r.choice([0, 1, 2, 3, 84, 88, 90]))
            + "".join(r.choice(string.digits) for _ in range(12))
        )
        b = b[:12]
        n = b + ean.calc_check_digit(b)
        return L("isbn", isbn.format(n) if r.random() < 0.6 else n)

    def port(self) -> str:
        return L(
            "port",
            str(self.r.choice([5432, 6379, 8080, 8443, 3000, 9200, 27017, 3306, 5672, 11211])),
        )

    def measure(self) -> str:
        return L("measure", self.r.choice(MEASURES))

    def company(self, upper: bool = False) -> str:
        r = self.r
        name = (
            f"{r.choice(BRANDS)} {r.choice(SECTORS)} {r.choice(SUFFIX[self.v.loc.lang])}"
            if r.random() < 0.6
            else f"{r.choice(BRANDS)} {r.choice(SUFFIX[self.v.loc.lang])}"
        )
        return L("company", name.upper() if upper else name)

    def city(self) -> str:
        t = self.r.choice(self.v.loc.towns)
        return L("city", t.split(",")[0].split(" (")[0])

    def title(self) -> str:
        return L("title", self.r.choice(TITLES))

    def thing(self) -> str:
        return L("thing", self.r.choice(THINGS))

    def ident(self) -> str:
        return L("identifier", self.r.choice(IDENTS))

    def bic(self) -> str:
        r = self.r
        return L(
            "bic",
            r.choice(
                [
                    "COBADEFFXXX",
                    "INGBNL2A",
                    "BNPAFRPP",
                    "CAIXESBBXXX",
                    "GEBABEBB",
                    "UBSWCHZH80A",
                    "BCITITMM",
                    "RABONL2U",
                    "DEUTDEDBBER",
                ]
            ),
        )

    def status(self) -> str:
        r = self.r
        return L(
            "http",
            f"{r.choice([200, 200, 201, 204, 301, 304, 404, 500, 502])} {r.randint(0, 98000)}",
        )

    def note(self) -> str:
        """A line people add around a paste, full of numbers that are not personal."""
        r = self.r
        lang = self.v.loc.lang
        d = self.date
        pool = {
            "en": [
                f"(ref {self.order()}, needed by {d()})",
                f"Context: we ship {self.version()} on {d()}, budget {self.amount()}.",
                f"PS {self.company()} sells the {self.product()} for {self.amount()}",
                f"ticket {self.ticket()} / build {self.sha()}",
            ],
            "de": [
                f"(Vorgang {self.order()}, bis {d()} bitte)",
                f"Zur Info: Release {self.version()} am {d()}, Budget {self.amount()}.",
                f"Lieferung {self.tracking()} kam am {d()} bei {self.company()} an.",
            ],
            "fr": [
                f"(dossier {self.order()}, pour le {d()})",
                f"Pour info : version {self.version()} le {d()}, budget {self.amount()}.",
                f"Colis {self.tracking()} ({self.company()}) livré le {d()}",
            ],
            "es": [
                f"(expediente {self.order()}, para el {d()})",
                f"Para contexto: versión {self.version()} el {d()}, presupuesto {self.amount()}.",
                f"Envío {self.tracking()} de {self.company()} entregado el {d()}",
            ],
            "nl": [
                f"(kenmerk {self.order()}, graag voor {d()})",
                f"Ter info: release {self.version()} op {d()}, budget {self.amount()}.",
                f"Pakket {self.tracking()} van {self.company()} bezorgd op {d()}",
            ],
        }.get(
            lang,
            [
                f"({self.order()} · {d()} · {self.amount()})",
                f"{self.company()} {self.version()} {d()}",
            ],
        )
        return r.choice(pool)

    def any(self) -> str:
        return self.r.choice(
            [
                self.order,
                self.ticket,
                self.version,
                self.sha,
                self.uuid,
                self.ts,
                self.date,
                self.amount,
                self.product,
                self.company,
                self.city,
                self.title,
                self.thing,
                self.ident,
                self.measure,
                self.isbn,
                self.coords,
                self.tracking,
            ]
        )()
