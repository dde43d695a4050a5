"""Hand-written names, places and the way each country writes an address, a phone number and a date.

The lists are small and typed out by hand (no Faker locales): common given names and surnames of
many cultures, real towns with plausible postcodes, and common street names of each country.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

NAMES = {
    "en": (
        [
            "Oliver",
            "Amelia",
            "Jack",
            "Charlotte",
            "Harry",
            "Sophie",
            "Liam",
            "Grace",
            "Ethan",
            "Chloe",
            "Megan",
            "Rhys",
            "Siobhan",
            "Callum",
            "Ava",
            "Jordan",
            "Brianna",
            "Tyler",
        ],
        [
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Evans",
            "Thomas",
            "Walsh",
            "O'Brien",
            "McAllister",
            "Fitzgerald",
            "Hughes",
            "Campbell",
            "Robinson",
            "Baker",
            "Clarke",
        ],
    ),
    "de": (
        [
            "Lukas",
            "Anna",
            "Jonas",
            "Lea",
            "Felix",
            "Marie",
            "Maximilian",
            "Hannah",
            "Jürgen",
            "Ursula",
            "Sabine",
            "Torsten",
            "Katrin",
            "Niklas",
            "Greta",
            "Björn",
        ],
        [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Hoffmann",
            "Schäfer",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Zimmermann",
            "von Arnim",
        ],
    ),
    "fr": (
        [
            "Camille",
            "Louis",
            "Chloé",
            "Hugo",
            "Léa",
            "Gabriel",
            "Manon",
            "Théo",
            "Élodie",
            "Jean-Pierre",
            "Marie-Claire",
            "Mathis",
            "Inès",
            "Benoît",
            "Océane",
        ],
        [
            "Martin",
            "Bernard",
            "Dubois",
            "Thomas",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Lefèvre",
            "Garnier",
            "Fontaine",
            "Rousseau",
            "Chevalier",
            "Le Gall",
            "Mercier",
        ],
    ),
    "es": (
        [
            "Lucía",
            "Hugo",
            "Martina",
            "Pablo",
            "Sofía",
            "Alejandro",
            "Carmen",
            "Javier",
            "Valentina",
            "José Luis",
            "María José",
            "Iker",
            "Nerea",
            "Guadalupe",
        ],
        [
            "García",
            "Fernández",
            "González",
            "Rodríguez",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Ruiz",
            "Hernández",
            "Díaz",
            "Moreno",
            "Álvarez",
            "Romero",
            "Navarro",
            "Iglesias",
        ],
    ),
    "nl": (
        [
            "Daan",
            "Emma",
            "Sem",
            "Julia",
            "Lucas",
            "Sanne",
            "Bram",
            "Fenna",
            "Thijs",
            "Anouk",
            "Joost",
            "Maartje",
            "Wouter",
            "Lieke",
        ],
        [
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "van Leeuwen",
            "Janssens",
        ],
    ),
    "it": (
        [
            "Francesco",
            "Sofia",
            "Alessandro",
            "Giulia",
            "Lorenzo",
            "Aurora",
            "Matteo",
            "Chiara",
            "Giuseppe",
            "Rosaria",
            "Davide",
            "Federica",
            "Gianluca",
            "Martina",
        ],
        [
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
            "Mancini",
            "Costa",
            "Giordano",
            "Lombardi",
        ],
    ),
    "pt": (
        [
            "João",
            "Maria",
            "Rodrigo",
            "Beatriz",
            "Tiago",
            "Inês",
            "Gonçalo",
            "Leonor",
            "Ana Clara",
            "Thiago",
            "Larissa",
            "Gabriel",
            "Fernanda",
            "Luís",
        ],
        [
            "Silva",
            "Santos",
            "Ferreira",
            "Pereira",
            "Oliveira",
            "Costa",
            "Rodrigues",
            "Martins",
            "Sousa",
            "Fernandes",
            "Gonçalves",
            "Carvalho",
            "Almeida",
            "Ribeiro",
            "Nascimento",
        ],
    ),
    "pl": (
        [
            "Jakub",
            "Zuzanna",
            "Antoni",
            "Julia",
            "Szymon",
            "Maja",
            "Wojciech",
            "Agnieszka",
            "Krzysztof",
            "Małgorzata",
            "Paweł",
            "Katarzyna",
            "Łukasz",
            "Grzegorz",
        ],
        [
            "Nowak",
            "Kowalski",
            "Wiśniewski",
            "Wójcik",
            "Kowalczyk",
            "Kamiński",
            "Lewandowski",
            "Zieliński",
            "Szymański",
            "Woźniak",
            "Dąbrowski",
            "Kozłowska",
            "Jankowska",
            "Mazur",
        ],
    ),
    "sv": (
        [
            "Erik",
            "Astrid",
            "Lars",
            "Ingrid",
            "Oskar",
            "Elsa",
            "Anders",
            "Maja",
            "Nils",
            "Sofia",
            "Björn",
            "Linnea",
            "Gustav",
            "Agnes",
        ],
        [
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
            "Svensson",
            "Gustafsson",
            "Lindqvist",
            "Bergström",
            "Lundgren",
            "Sjöberg",
        ],
    ),
    "fi": (
        ["Aino", "Eero", "Helmi", "Juho", "Sanna", "Ville", "Kaisa", "Matti"],
        ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen"],
    ),
    "da": (
        ["Mette", "Søren", "Freja", "Rasmus", "Ida", "Mikkel", "Signe"],
        ["Jensen", "Nielsen", "Hansen", "Pedersen", "Christensen", "Sørensen", "Møller"],
    ),
    "cs": (
        ["Jan", "Tereza", "Petr", "Eliška", "Tomáš", "Lucie", "Jiří"],
        ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý"],
    ),
    "tr": (
        ["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Mustafa", "Fatma"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın"],
    ),
    "no": (
        ["Ingrid", "Håkon", "Sigrid", "Eirik", "Kari", "Ola"],
        ["Hansen", "Johansen", "Olsen", "Larsen", "Haugen", "Berg", "Solberg"],
    ),
    # cultures that live everywhere: used in every country's messages
    "in": (
        ["Priya", "Arjun", "Ananya", "Rohan", "Lakshmi", "Vikram", "Sneha", "Rahul"],
        ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Chatterjee", "Krishnamurthy"],
    ),
    "zh": (
        ["Wei", "Xiaoming", "Li Na", "Jun", "Mei", "Hao", "Yuxin"],
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhao"],
    ),
    "vi": (["Minh", "Thảo", "Huy", "Linh", "Quang"], ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"]),
    "ng": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Tunde"],
        ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Ogunleye"],
    ),
    "ar": (
        ["Mohammed", "Fatima", "Youssef", "Layla", "Omar", "Amira", "Karim", "Nour"],
        ["Haddad", "El Amrani", "Mansour", "Al-Sayed", "Benali", "Khoury", "Saleh"],
    ),
    "jp": (
        ["Yuki", "Haruto", "Sakura", "Ren", "Aoi"],
        ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto"],
    ),
    "kr": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun"], ["Kim", "Park", "Choi", "Jung", "Kang"]),
    "uk": (
        ["Oleksandr", "Olena", "Dmytro", "Iryna", "Andriy"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk"],
    ),
    "gr": (
        ["Giorgos", "Eleni", "Dimitris", "Katerina"],
        ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis"],
    ),
    "so": (["Abdi", "Hodan", "Faisal", "Ayaan"], ["Warsame", "Abdullahi", "Farah", "Hassan"]),
}
WORLD = ("in", "zh", "vi", "ng", "ar", "jp", "kr", "uk", "gr", "so")


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    culture: str
    family_first: bool = False

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"


def person(rng: random.Random, lang: str) -> Person:
    culture = rng.choice(WORLD) if rng.random() < 0.3 or lang not in NAMES else lang
    given, family = NAMES[culture]
    g, f = rng.choice(given), rng.choice(family)
    if culture == "es" and rng.random() < 0.5:
        f = f"{f} {rng.choice(family)}"
    if culture == "pt" and rng.random() < 0.4:
        f = f"{rng.choice(family)} {f}"
    return Person(g, f, culture, culture in ("zh", "kr", "vi", "jp") and rng.random() < 0.5)


def name_variants(p: Person) -> list[str]:
    """Ways a name appears in records: full, family-first, upper-case surname, initial."""
    return [
        p.full,
        p.full,
        f"{p.family}, {p.given}",
        f"{p.given} {p.family.upper()}",
        f"{p.given[0]}. {p.family}",
    ]


def email_of(rng: random.Random, p: Person) -> str:
    import unicodedata

    def ascii_(s: str) -> str:
        s = (
            s.replace("ł", "l")
            .replace("Ł", "L")
            .replace("ø", "o")
            .replace("ß", "ss")
            .replace("ı", "i")
        )
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        return "".join(c for c in s.lower() if c.isalnum() or c in "-")

    g, f = ascii_(p.given), ascii_(p.family.split()[-1])
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}{rng.randint(1, 99)}",
            f"{f}.{g}",
            f"{g}_{f}{rng.randint(70, 99)}",
            f"{g}+{rng.choice(['shop', 'news', 'work'])}",
            f"{g[0]}.{f}",
            f"{g}{f}",
        ]
    )
    domain = rng.choice(
        [
            "gmail.com",
            "outlook.com",
            "web.de",
            "gmx.de",
            "orange.fr",
            "free.fr",
            "hotmail.es",
            "libero.it",
            "sapo.pt",
            "wp.pl",
            "o2.pl",
            "telia.com",
            "icloud.com",
            "yahoo.co.uk",
            "ziggo.nl",
            "kpnmail.nl",
            "uol.com.br",
            "protonmail.com",
            "posteo.de",
            "seznam.cz",
            "bluewin.ch",
            "mail.dk",
            "nordlicht-software.de",
            "groupe-altair.fr",
            "unizar.es",
            "ed.ac.uk",
            "stud.uni-heidelberg.de",
            "kliniken-sued.de",
        ]
    )
    out = f"{local}@{domain}"
    return out.upper() if rng.random() < 0.04 else out


# --- dates -----------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
}


def birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1938, 2007), rng.randint(1, 12), rng.randint(1, 28)


def write_date(rng: random.Random, lang: str, cc: str, ymd: tuple[int, int, int]) -> str:
    """A date as people in that language write it, in one of several common styles."""
    y, m, d = ymd
    month = MONTHS.get(lang, MONTHS["en"]).split()[m - 1]
    styles: list[str]
    if cc == "US":
        styles = [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{month} {d}, {y}",
            f"{m}/{d}/{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    elif lang == "en":
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        styles = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {month} {y}",
            f"{d}{suffix} {month} {y}",
            f"{d} {month[:3]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}-{m:02d}-{y}",
        ]
    elif lang in ("de", "fi", "cs", "tr", "da", "no", "pl"):
        sep = {"de": ". ", "fi": " ", "cs": ". ", "tr": " ", "da": ". ", "no": ". ", "pl": " "}[
            lang
        ]
        styles = [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y}",
            f"{d}{sep}{month} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
        ]
    elif lang in ("es", "pt"):
        styles = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} de {month} de {y}",
            f"{d}/{m}/{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    elif lang == "sv":
        styles = [f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}", f"{y % 100:02d}{m:02d}{d:02d}"]
    else:  # fr, it, nl
        styles = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {month} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}/{y}",
        ]
        if lang == "fr" and d == 1:
            styles.append(f"1er {month} {y}")
    return rng.choice(styles)


# --- phones ----------------------------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random, cc: str) -> str:
    r = lambda n: _d(rng, n)  # noqa: E731
    pick = {
        "GB": [
            f"07{r(3)} {r(6)}",
            f"+44 7{r(3)} {r(6)}",
            f"020 {r(4)} {r(4)}",
            f"+44 (0)161 {r(3)} {r(4)}",
            f"0113 {r(3)} {r(4)}",
        ],
        "US": [
            f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{r(4)}",
            f"+1 {rng.randint(201, 989)}-{rng.randint(200, 999)}-{r(4)}",
            f"{rng.randint(201, 989)}.{rng.randint(200, 999)}.{r(4)}",
        ],
        "CA": [
            f"({rng.randint(204, 905)}) {rng.randint(200, 999)}-{r(4)}",
            f"+1 416 {rng.randint(200, 999)} {r(4)}",
        ],
        "IE": [f"08{rng.choice('35679')} {r(3)} {r(4)}", f"+353 1 {r(3)} {r(4)}"],
        "AU": [f"04{r(2)} {r(3)} {r(3)}", f"+61 4{r(2)} {r(3)} {r(3)}", f"(02) {r(4)} {r(4)}"],
        "IN": [f"+91 9{r(4)} {r(5)}", f"+91-98{r(3)}-{r(5)}", f"0{r(2)}-{r(8)}"],
        "DE": [
            f"+49 30 {r(8)}",
            f"0171 {r(7)}",
            f"+49 (0)89 {r(3)} {r(3)} {r(2)}",
            f"0151/{r(8)}",
            f"069 {r(2)} {r(2)} {r(2)}-{r(2)}",
            f"+49 152 {r(4)} {r(4)}",
        ],
        "AT": [f"+43 664 {r(7)}", f"0676 {r(3)} {r(4)}", f"+43 1 {r(3)} {r(2)} {r(2)}"],
        "CH": [
            f"+41 79 {r(3)} {r(2)} {r(2)}",
            f"044 {r(3)} {r(2)} {r(2)}",
            f"078 {r(3)} {r(2)} {r(2)}",
        ],
        "FR": [
            f"06 {r(2)} {r(2)} {r(2)} {r(2)}",
            f"+33 6 {r(2)} {r(2)} {r(2)} {r(2)}",
            f"01.{r(2)}.{r(2)}.{r(2)}.{r(2)}",
            f"+33 (0)7 {r(2)} {r(2)} {r(2)} {r(2)}",
            f"07{r(8)}",
        ],
        "BE": [
            f"+32 47{r(1)} {r(2)} {r(2)} {r(2)}",
            f"0498 {r(2)} {r(2)} {r(2)}",
            f"02 {r(3)} {r(2)} {r(2)}",
        ],
        "ES": [
            f"6{r(2)} {r(3)} {r(3)}",
            f"+34 6{r(2)} {r(3)} {r(3)}",
            f"91 {r(3)} {r(2)} {r(2)}",
            f"+34 93 {r(3)} {r(4)}",
        ],
        "MX": [f"+52 55 {r(4)} {r(4)}", f"55 {r(4)} {r(4)}", f"+52 1 33 {r(4)} {r(4)}"],
        "NL": [
            f"06-{r(8)}",
            f"+31 6 {r(8)}",
            f"020 {r(3)} {r(4)}",
            f"+31 (0)30 {r(3)} {r(4)}",
            f"06 {r(2)} {r(2)} {r(2)} {r(2)}",
        ],
        "IT": [f"+39 3{r(2)} {r(3)} {r(4)}", f"3{r(2)} {r(7)}", f"02 {r(4)} {r(4)}", f"06-{r(8)}"],
        "PT": [f"+351 9{r(2)} {r(3)} {r(3)}", f"9{r(2)} {r(3)} {r(3)}", f"21 {r(3)} {r(4)}"],
        "BR": [f"(11) 9{r(4)}-{r(4)}", f"+55 21 9{r(4)}-{r(4)}", f"(41) 3{r(3)}-{r(4)}"],
        "PL": [
            f"+48 {rng.choice('5678')}{r(2)} {r(3)} {r(3)}",
            f"{rng.choice('5678')}{r(2)}-{r(3)}-{r(3)}",
            f"(22) {r(3)} {r(2)} {r(2)}",
        ],
        "SE": [
            f"070-{r(3)} {r(2)} {r(2)}",
            f"+46 70 {r(3)} {r(2)} {r(2)}",
            f"08-{r(3)} {r(3)} {r(2)}",
            f"073 {r(3)} {r(2)} {r(2)}",
        ],
        "FI": [f"040 {r(3)} {r(4)}", f"+358 50 {r(3)} {r(4)}", f"09 {r(4)} {r(3)}"],
        "DK": [f"+45 {r(2)} {r(2)} {r(2)} {r(2)}", f"{r(2)} {r(2)} {r(2)} {r(2)}"],
        "NO": [f"+47 9{r(2)} {r(2)} {r(3)}", f"4{r(2)} {r(2)} {r(3)}"],
        "CZ": [f"+420 60{r(1)} {r(3)} {r(3)}", f"777 {r(3)} {r(3)}"],
        "TR": [
            f"0532 {r(3)} {r(2)} {r(2)}",
            f"+90 5{r(2)} {r(3)} {r(2)} {r(2)}",
            f"(0212) {r(3)} {r(2)} {r(2)}",
        ],
    }[cc]
    return rng.choice(pick)
