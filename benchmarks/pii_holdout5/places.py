"""Postal addresses by each country's own convention: street words, house numbers, units, postcodes."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from .names import _w


@dataclass(frozen=True)
class Address:
    """An address as lines (how a label prints it), plus the parts a record keeps in separate fields."""

    lines: tuple[str, ...]
    street: str  # street, house number and unit: the part that points at one home
    postcode: str
    city: str

    def one_line(self, sep: str = ", ") -> str:
        return sep.join(self.lines)


def code(rng: random.Random, pattern: str) -> str:
    """'#' a digit, 'A' a capital letter, anything else as written."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        else:
            out.append(ch)
    return "".join(out)


def _num(rng: random.Random, top: int = 180) -> str:
    return str(rng.randint(1, top))


Fmt = Callable[[random.Random, str, str, str], Address]


@dataclass(frozen=True)
class Country:
    code: str
    langs: tuple[str, ...]
    cultures: tuple[str, ...]
    streets: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (city, postcode pattern)
    fmt: Fmt


def _us(rng, street, city, pc):
    unit = rng.choice(
        (
            "",
            "",
            f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
            f"Unit {_num(rng, 400)}",
            "Ste 200",
        )
    )
    line1 = f"{rng.randint(10, 9899)} {street}"
    if unit and rng.random() < 0.5:
        line1, unit = f"{line1} {unit}", ""
    lines = tuple(x for x in (line1, unit, f"{city} {pc}") if x)
    return Address(lines, ", ".join(x for x in (line1, unit) if x), pc, city)


def _uk(rng, street, city, pc):
    flat = rng.choice(
        ("", "", f"Flat {rng.randint(1, 12)}", f"{rng.choice(('Rose', 'Ivy', 'Orchard'))} Cottage")
    )
    line1 = f"{_num(rng, 240)} {street}"
    lines = tuple(x for x in (flat, line1, city, pc) if x)
    return Address(lines, ", ".join(x for x in (flat, line1) if x), pc, city)


def _ie(rng, street, city, pc):
    county = {
        "Ballincollig": "Co. Cork",
        "Galway": "Co. Galway",
        "Naas": "Co. Kildare",
        "Rathmines": "Dublin 6",
        "Bray": "Co. Wicklow",
    }[city]
    if rng.random() < 0.3:  # rural and older houses go by name, not number
        line1 = f"{rng.choice(('Rose Cottage', 'Ard na Gréine', 'The Old Rectory', 'Teach Mór'))}, {street}"
    else:
        line1 = f"{_num(rng, 90)} {street}"
    return Address((line1, city, county, pc), line1, pc, city)


def _de(rng, street, city, pc):
    n = rng.randint(1, 140)
    line1 = f"{street} {n}{rng.choice(('', '', '', 'a', 'b', ' c', f'-{n + 2}'))}"
    return Address((line1, f"{pc} {city}"), line1, pc, city)


def _at(rng, street, city, pc):
    line1 = f"{street} {_num(rng, 120)}" + rng.choice(
        ("", f"/{rng.randint(1, 9)}/{rng.randint(1, 30)}", f"/Top {rng.randint(1, 20)}")
    )
    return Address((line1, f"{pc} {city}"), line1, pc, city)


def _fr(rng, street, city, pc):
    num = _num(rng, 150) + rng.choice(("", "", " bis", " ter"))
    line1 = f"{num} {street}"
    extra = rng.choice(
        (
            "",
            "",
            f"Bât. {rng.choice('ABC')}, appt {rng.randint(1, 60)}",
            f"Résidence Les Tilleuls, esc. {rng.randint(1, 4)}",
        )
    )
    lines = tuple(
        x for x in (extra, line1, f"{pc} {city.upper() if rng.random() < 0.4 else city}") if x
    )
    return Address(lines, ", ".join(x for x in (extra, line1) if x), pc, city)


def _be(rng, street, city, pc):
    line1 = f"{street} {_num(rng, 200)}" + rng.choice(
        ("", "", f" bus {rng.randint(1, 12)}", f" boîte {rng.randint(1, 9)}")
    )
    return Address((line1, f"{pc} {city}"), line1, pc, city)


def _nl(rng, street, city, pc):
    line1 = f"{street} {_num(rng, 300)}" + rng.choice(("", "", "-1", " A", "-hs", " III"))
    pc = pc if rng.random() < 0.7 else pc.replace(" ", "")
    return Address((line1, f"{pc} {city if rng.random() < 0.7 else city.upper()}"), line1, pc, city)


def _es(rng, street, city, pc):
    door = rng.choice(
        (
            "",
            f", {rng.randint(1, 8)}º {rng.randint(1, 4)}ª",
            ", bajo",
            f", {rng.randint(1, 6)}º izq.",
            f", esc. B, {rng.randint(1, 9)}ºA",
        )
    )
    line1 = (
        f"{street}, {_num(rng, 120)}{door}"
        if rng.random() < 0.6
        else f"{street} {_num(rng, 120)}{door}"
    )
    return Address((line1, f"{pc} {city}"), line1, pc, city)


def _it(rng, street, city, pc):
    prov = {
        "Milano": "MI",
        "Roma": "RM",
        "Torino": "TO",
        "Napoli": "NA",
        "Bologna": "BO",
        "Firenze": "FI",
        "Palermo": "PA",
        "Bari": "BA",
    }[city]
    line1 = f"{street} {_num(rng, 150)}" if rng.random() < 0.5 else f"{street}, {_num(rng, 150)}"
    line1 += rng.choice(("", "", f", int. {rng.randint(1, 20)}", f", scala {rng.choice('ABC')}"))
    last = rng.choice((f"{pc} {city} {prov}", f"{pc} {city} ({prov})", f"{pc} - {city}"))
    return Address((line1, last), line1, pc, city)


def _pt(rng, street, city, pc):
    line1 = f"{street}, {_num(rng, 250)}" + rng.choice(
        ("", ", 2º Esq.", ", 3º Dto.", ", r/c", ", 1º Frente")
    )
    return Address((line1, f"{pc} {city}"), line1, pc, city)


def _br(rng, street, city, pc):
    uf, bairro = {
        "Rio de Janeiro": ("RJ", "Laranjeiras"),
        "São Paulo": ("SP", "Pinheiros"),
        "Belo Horizonte": ("MG", "Savassi"),
        "Porto Alegre": ("RS", "Moinhos de Vento"),
        "Salvador": ("BA", "Barra"),
        "Recife": ("PE", "Boa Viagem"),
        "Curitiba": ("PR", "Batel"),
    }[city]
    line1 = f"{street}, {_num(rng, 2000)}" + rng.choice(
        (
            "",
            f", apto {rng.randint(1, 20)}0{rng.randint(1, 8)}",
            f", casa {rng.randint(1, 4)}",
            f", bloco B, ap. {rng.randint(101, 1504)}",
        )
    )
    return Address(
        (line1, bairro, f"{city} - {uf}", f"CEP {pc}" if rng.random() < 0.5 else pc),
        line1,
        pc,
        city,
    )


def _pl(rng, street, city, pc):
    num = f"{_num(rng, 120)}" + rng.choice(
        (
            "",
            "",
            f"/{rng.randint(1, 80)}",
            f" m. {rng.randint(1, 80)}",
            "A",
            f"{rng.choice('ABC')}/{rng.randint(1, 40)}",
        )
    )
    line1 = f"{street} {num}"
    return Address((line1, f"{pc} {city}"), line1, pc, city)


def _se(rng, street, city, pc):
    line1 = f"{street} {_num(rng, 90)}{rng.choice(('', '', 'A', 'B'))}" + rng.choice(
        ("", "", f", lgh {rng.randint(1001, 1804)}")
    )
    return Address((line1, f"{pc} {city}"), line1, pc, city)


def _dk(rng, street, city, pc):
    line1 = f"{street} {_num(rng, 140)}" + rng.choice(
        (
            "",
            f", {rng.randint(1, 5)}. th.",
            f", {rng.randint(1, 5)}. tv.",
            ", st.",
            f", {rng.randint(1, 4)}. mf.",
        )
    )
    return Address((line1, f"{pc} {city}"), line1, pc, city)


def _fi(rng, street, city, pc):
    line1 = f"{street} {_num(rng, 80)}" + rng.choice(
        ("", f" {rng.choice('ABC')} {rng.randint(1, 40)}", f" as. {rng.randint(1, 40)}")
    )
    return Address((line1, f"{pc} {city}"), line1, pc, city)


def _in(rng, street, city, pc):
    house = rng.choice(
        (
            f"Flat {rng.randint(1, 12)}0{rng.randint(1, 9)}, {rng.choice(('Sai Krupa Apartments', 'Prestige Lakeside Habitat', 'Green Park Residency', 'Shanti Niketan'))}",
            f"H.No. {rng.randint(1, 12)}-{rng.randint(1, 9)}-{rng.randint(10, 400)}/{rng.randint(1, 90)}",
            f"No. {rng.randint(1, 300)}",
            f"#{rng.randint(10, 999)}, {rng.randint(1, 20)}th Cross",
        )
    )
    locality = {
        "Bengaluru": "Indiranagar",
        "Hyderabad": "Banjara Hills",
        "Chennai": "T. Nagar",
        "Mumbai": "Andheri West",
        "Pune": "Kothrud",
        "New Delhi": "Lajpat Nagar",
        "Kolkata": "Salt Lake",
    }[city]
    line1 = f"{house}, {street}"
    lines = (line1, locality, f"{city} - {pc}" if rng.random() < 0.5 else f"{city} {pc}")
    return Address(lines, line1, pc, city)


def _cn(rng, street, city, pc):
    district = {
        "Shanghai": "Xuhui District",
        "Beijing": "Chaoyang District",
        "Shenzhen": "Nanshan District",
        "Guangzhou": "Tianhe District",
        "Hangzhou": "Xihu District",
    }[city]
    line1 = f"Room {rng.randint(1, 30)}0{rng.randint(1, 9)}, Building {rng.randint(1, 12)}, {_num(rng, 999)} {street}"
    return Address((line1, district, f"{city} {pc}"), line1, pc, city)


def _jp(rng, street, city, pc):
    ward = {
        "Tokyo": ("Meguro-ku", "Meguro"),
        "Osaka": ("Kita-ku", "Umeda"),
        "Kyoto": ("Sakyo-ku", "Shimogamo"),
        "Yokohama": ("Naka-ku", "Yamate-cho"),
        "Sapporo": ("Chuo-ku", "Minami 3-jo Nishi"),
    }[city]
    block = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    bldg = rng.choice(("", f" {street} #{rng.randint(1, 12)}0{rng.randint(1, 9)}"))
    line1 = f"{block} {ward[1]}{bldg}"
    return Address((line1, f"{ward[0]}, {city} {pc}"), line1, pc, city)


def _kr(rng, street, city, pc):
    gu = {
        "Seoul": "Gangnam-gu",
        "Busan": "Haeundae-gu",
        "Incheon": "Yeonsu-gu",
        "Daegu": "Suseong-gu",
    }[city]
    line1 = f"{_num(rng, 300)}, {street}" + rng.choice(
        ("", f", Apt {rng.randint(101, 112)}-{rng.randint(101, 2504)}")
    )
    return Address((line1, f"{gu}, {city} {pc}"), line1, pc, city)


def _vn(rng, street, city, pc):
    ward = {
        "Hà Nội": ("Phường Dịch Vọng", "Quận Cầu Giấy"),
        "TP. Hồ Chí Minh": ("Phường Bến Nghé", "Quận 1"),
        "Đà Nẵng": ("Phường Thạch Thang", "Quận Hải Châu"),
    }[city]
    line1 = rng.choice(
        (
            f"Số {_num(rng, 200)} {street}",
            f"{_num(rng, 200)} {street}",
            f"Số {rng.randint(1, 80)}, Ngõ {rng.randint(10, 300)} {street}",
        )
    )
    return Address((line1, ward[0], ward[1], city), line1, pc, city)


def _tr(rng, street, city, pc):
    district = {
        "İstanbul": "Kadıköy",
        "Ankara": "Çankaya",
        "İzmir": "Karşıyaka",
        "Bursa": "Nilüfer",
    }[city]
    line1 = f"{street} No:{_num(rng, 140)}" + rng.choice(
        ("", f" D:{rng.randint(1, 20)}", f"/{rng.randint(1, 20)}", f" Daire {rng.randint(1, 20)}")
    )
    mah = rng.choice(("Caferağa Mah.", "Moda Mah.", "Kızılay Mah.", "Bostanlı Mah."))
    return Address((f"{mah} {line1}", f"{pc} {district}/{city}"), f"{mah} {line1}", pc, city)


def _ng(rng, street, city, pc):
    line1 = rng.choice(
        (
            f"Plot {_num(rng, 60)}, {street}",
            f"No. {_num(rng, 60)} {street}",
            f"{_num(rng, 60)} {street}",
            f"Flat {rng.randint(1, 8)}, Block {rng.randint(1, 12)}, {street}",
        )
    )
    area = {
        "Lagos": "Victoria Island",
        "Abuja": "Wuse II",
        "Enugu": "Independence Layout",
        "Ibadan": "Bodija",
        "Port Harcourt": "GRA Phase 2",
    }[city]
    return Address((line1, area, f"{city} {pc}" if rng.random() < 0.4 else city), line1, pc, city)


def _ae(rng, street, city, pc):
    line1 = rng.choice(
        (
            f"Villa {_num(rng, 90)}, {street}",
            f"Apt {rng.randint(1, 40)}0{rng.randint(1, 9)}, {rng.choice(('Marina Heights Tower', 'Al Khail Heights', 'Sky Gardens'))}, {street}",
        )
    )
    area = {"Dubai": "Al Barsha 2", "Abu Dhabi": "Al Reem Island", "Sharjah": "Al Majaz 3"}[city]
    return Address((line1, area, f"{city}, UAE"), line1, "", city)


def _mx(rng, street, city, pc):
    line1 = f"{street} {_num(rng, 2000)}" + rng.choice(
        ("", f", Int. {rng.randint(1, 12)}", f" Depto. {rng.randint(101, 804)}")
    )
    col = {
        "Ciudad de México": ("Col. Roma Norte", "CDMX"),
        "Guadalajara": ("Col. Americana", "Jal."),
        "Monterrey": ("Col. del Valle", "N.L."),
        "Puebla": ("Col. La Paz", "Pue."),
    }[city]
    return Address((line1, col[0], f"{pc} {city}, {col[1]}"), line1, pc, city)


def _ar(rng, street, city, pc):
    line1 = f"{street} {_num(rng, 4000)}" + rng.choice(
        (
            "",
            f", piso {rng.randint(1, 14)} depto {rng.choice('ABCDEF')}",
            f" {rng.randint(1, 9)}º {rng.choice('ABC')}",
        )
    )
    return Address((line1, f"{pc} {city}"), line1, pc, city)


def _ca(rng, street, city, pc):
    prov = {
        "Toronto": "ON",
        "Montréal": "QC",
        "Vancouver": "BC",
        "Calgary": "AB",
        "Halifax": "NS",
        "Ottawa": "ON",
    }[city]
    unit = rng.choice(("", f"{rng.randint(100, 2400)}-", f"Suite {rng.randint(100, 1900)}, "))
    line1 = f"{unit}{_num(rng, 4000)} {street}"
    return Address((line1, f"{city} {prov} {pc}"), line1, pc, city)


def _au(rng, street, city, pc):
    state = {
        "Melbourne": "VIC",
        "Sydney": "NSW",
        "Brisbane": "QLD",
        "Perth": "WA",
        "Adelaide": "SA",
        "Hobart": "TAS",
    }[city]
    unit = rng.choice(("", f"Unit {rng.randint(1, 40)}, ", f"{rng.randint(1, 30)}/"))
    line1 = f"{unit}{_num(rng, 300)} {street}"
    suburb = {
        "Melbourne": "Fitzroy",
        "Sydney": "Surry Hills",
        "Brisbane": "Paddington",
        "Perth": "Subiaco",
        "Adelaide": "Norwood",
        "Hobart": "Sandy Bay",
    }[city]
    return Address(
        (line1, f"{suburb.upper() if rng.random() < 0.5 else suburb} {state} {pc}"), line1, pc, city
    )


_NORDIC = ("nordic",)
COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        Country(
            "US",
            ("en",),
            (
                "english",
                "english",
                "indian",
                "chinese",
                "korean",
                "vietnamese",
                "nigerian",
                "spanish",
            ),
            _w(
                "N Oak St, Maple Avenue, W 43rd Street, Sunset Blvd, Elm Dr, Pine Ridge Rd, Lakeshore Dr, Martin Luther King Jr Blvd, S Main St, Old Country Road, NE 82nd Ave"
            ),
            (
                ("Springfield, IL", "627##"),
                ("Austin, TX", "787##"),
                ("Portland, OR", "972##"),
                ("Brooklyn, NY", "112##"),
                ("Columbus, OH", "432##"),
                ("San Jose, CA", "951##"),
                ("Raleigh, NC", "276##"),
            ),
            _us,
        ),
        Country(
            "GB",
            ("en",),
            ("english", "english", "indian", "nigerian", "arabic", "polish", "irish"),
            _w(
                "Kingsley Road, Church Lane, Victoria Street, The Crescent, Mill Lane, High Street, Station Road, Ashfield Close, Queen's Parade, Elm Grove"
            ),
            (
                ("Leeds", "LS# #AA"),
                ("Manchester", "M## #AA"),
                ("London", "SE## #AA"),
                ("Bristol", "BS# #AA"),
                ("Glasgow", "G## #AA"),
                ("Cardiff", "CF## #AA"),
                ("Norwich", "NR# #AA"),
            ),
            _uk,
        ),
        Country(
            "IE",
            ("en",),
            ("irish", "irish", "english", "polish", "nigerian"),
            _w(
                "Ashgrove Park, Main Street, Bóthar na Trá, Church Road, Lower Baggot Street, Cois Abhann, Castle View"
            ),
            (
                ("Ballincollig", "P31 A#A#"),
                ("Galway", "H91 A#A#"),
                ("Naas", "W91 A#A#"),
                ("Rathmines", "D06 A#A#"),
                ("Bray", "A98 A#A#"),
            ),
            _ie,
        ),
        Country(
            "DE",
            ("de",),
            ("german", "german", "german", "turkish", "polish", "arabic"),
            _w(
                "Schillerstraße, Goethestr., Hauptstraße, Bahnhofstraße, Am Mühlbach, Lindenallee, Kastanienweg, Friedrich-Ebert-Platz, Im Wiesengrund, Rosenstr., Hinter der Kirche, Kurfürstendamm, An der Alster"
            ),
            (
                ("Berlin", "10###"),
                ("München", "80###"),
                ("Hamburg", "20###"),
                ("Köln", "50###"),
                ("Frankfurt am Main", "60###"),
                ("Leipzig", "04###"),
                ("Freiburg im Breisgau", "79###"),
                ("Münster", "48###"),
            ),
            _de,
        ),
        Country(
            "AT",
            ("de",),
            ("german", "german", "turkish"),
            _w(
                "Mariahilfer Straße, Landstraßer Hauptstraße, Herrengasse, Linzer Gasse, Kaiserstraße, Am Heumarkt"
            ),
            (
                ("Wien", "1##0"),
                ("Graz", "80#0"),
                ("Salzburg", "50#0"),
                ("Linz", "40#0"),
                ("Innsbruck", "60#0"),
            ),
            _at,
        ),
        Country(
            "CH",
            ("de", "fr", "it"),
            ("german", "french", "italian"),
            _w(
                "Bahnhofstrasse, Seefeldstrasse, Rue du Rhône, Avenue de la Gare, Via Nassa, Spalenberg, Chemin des Crêts"
            ),
            (
                ("Zürich", "80##"),
                ("Genève", "12##"),
                ("Basel", "40##"),
                ("Lausanne", "10##"),
                ("Lugano", "69##"),
                ("Bern", "30##"),
            ),
            _de,
        ),
        Country(
            "FR",
            ("fr",),
            ("french", "french", "french", "arabic", "portuguese"),
            _w(
                "rue des Lilas, avenue Jean Jaurès, boulevard Voltaire, chemin du Moulin, place de la République, rue du Faubourg Saint-Antoine, impasse des Acacias, allée des Peupliers, quai de la Loire"
            ),
            (
                ("Paris", "750##"),
                ("Lyon", "6900#"),
                ("Marseille", "130##"),
                ("Toulouse", "310##"),
                ("Nantes", "440##"),
                ("Lille", "590##"),
                ("Aix-en-Provence", "13090"),
                ("Rennes", "350##"),
            ),
            _fr,
        ),
        Country(
            "BE",
            ("fr", "nl"),
            ("flemish", "french", "arabic"),
            _w(
                "Rue de la Loi, Kerkstraat, Chaussée de Waterloo, Meir, Avenue Louise, Veldstraat, Rue Haute, Grote Markt"
            ),
            (
                ("Bruxelles", "1000"),
                ("Antwerpen", "20#0"),
                ("Gent", "9000"),
                ("Liège", "4000"),
                ("Leuven", "3000"),
                ("Namur", "5000"),
            ),
            _be,
        ),
        Country(
            "NL",
            ("nl",),
            ("dutch", "dutch", "dutch", "turkish", "arabic"),
            _w(
                "Prinsengracht, Dorpsstraat, Oudegracht, Kerkstraat, Laan van Meerdervoort, Van Woustraat, Stationsweg, Nieuwe Binnenweg, 1e Helmersstraat"
            ),
            (
                ("Amsterdam", "10## AA"),
                ("Utrecht", "35## AA"),
                ("Rotterdam", "30## AA"),
                ("Den Haag", "25## AA"),
                ("Groningen", "97## AA"),
                ("Eindhoven", "56## AA"),
            ),
            _nl,
        ),
        Country(
            "ES",
            ("es",),
            ("spanish", "spanish", "spanish", "arabic"),
            _w(
                "Calle Mayor, C/ de Alcalá, Avda. de la Constitución, Paseo de Gracia, Calle Real, Plaza del Pilar, Rambla de Catalunya, C/ Sant Antoni Maria Claret, Travesía de la Paz"
            ),
            (
                ("Madrid", "280##"),
                ("Sevilla", "410##"),
                ("Barcelona", "080##"),
                ("Valencia", "460##"),
                ("Bilbao", "480##"),
                ("Zaragoza", "500##"),
            ),
            _es,
        ),
        Country(
            "IT",
            ("it",),
            ("italian", "italian", "italian", "arabic"),
            _w(
                "Via Garibaldi, Piazza Navona, Corso Vittorio Emanuele II, Viale dei Mille, Via Roma, Vicolo del Moro, Via dei Coronari, Largo Augusto, Via XX Settembre"
            ),
            (
                ("Milano", "201##"),
                ("Roma", "001##"),
                ("Torino", "101##"),
                ("Napoli", "801##"),
                ("Bologna", "401##"),
                ("Firenze", "501##"),
                ("Palermo", "901##"),
                ("Bari", "701##"),
            ),
            _it,
        ),
        Country(
            "PT",
            ("pt",),
            ("portuguese", "portuguese", "brazilian"),
            _w(
                "Rua Augusta, Av. da Boavista, Rua de Santa Catarina, Travessa do Carmo, Avenida da Liberdade, Largo do Rato"
            ),
            (
                ("Lisboa", "1###-###"),
                ("Porto", "4###-###"),
                ("Braga", "47##-###"),
                ("Coimbra", "30##-###"),
                ("Faro", "80##-###"),
            ),
            _pt,
        ),
        Country(
            "BR",
            ("pt",),
            ("brazilian", "brazilian", "brazilian", "japanese", "italian"),
            _w(
                "Rua das Laranjeiras, Av. Paulista, Rua Oscar Freire, Avenida Atlântica, Rua XV de Novembro, Rua da Bahia, Travessa São José"
            ),
            (
                ("Rio de Janeiro", "22###-###"),
                ("São Paulo", "01###-###"),
                ("Belo Horizonte", "30###-###"),
                ("Porto Alegre", "90###-###"),
                ("Salvador", "40###-###"),
                ("Recife", "51###-###"),
                ("Curitiba", "80###-###"),
            ),
            _br,
        ),
        Country(
            "PL",
            ("pl",),
            ("polish",),
            _w(
                "ul. Marszałkowska, al. Jerozolimskie, ul. Piotrkowska, os. Tysiąclecia, ul. Długa, pl. Grunwaldzki, ul. Mickiewicza, al. Niepodległości, ul. 3 Maja"
            ),
            (
                ("Warszawa", "00-###"),
                ("Kraków", "31-###"),
                ("Łódź", "90-###"),
                ("Wrocław", "50-###"),
                ("Gdańsk", "80-###"),
                ("Poznań", "61-###"),
            ),
            _pl,
        ),
        Country(
            "SE",
            ("en",),
            _NORDIC,
            _w("Drottninggatan, Storgatan, Kungsgatan, Vasavägen, Sveavägen, Götgatan"),
            (
                ("Stockholm", "11# ##"),
                ("Göteborg", "41# ##"),
                ("Malmö", "21# ##"),
                ("Uppsala", "75# ##"),
            ),
            _se,
        ),
        Country(
            "NO",
            ("en",),
            _NORDIC,
            _w("Storgata, Karl Johans gate, Thorvald Meyers gate, Bygdøy allé, Kirkeveien"),
            (("Oslo", "0###"), ("Bergen", "50##"), ("Trondheim", "70##"), ("Stavanger", "40##")),
            _se,
        ),
        Country(
            "DK",
            ("en",),
            _NORDIC,
            _w("Nørrebrogade, Vesterbrogade, Strandvejen, Jægersborggade, Åboulevard"),
            (
                ("København N", "2200"),
                ("Aarhus C", "8000"),
                ("Odense C", "5000"),
                ("Frederiksberg C", "1###"),
            ),
            _dk,
        ),
        Country(
            "FI",
            ("en",),
            _NORDIC,
            _w("Mannerheimintie, Hämeenkatu, Aleksanterinkatu, Fredrikinkatu, Kauppakatu"),
            (("Helsinki", "00###"), ("Tampere", "33###"), ("Turku", "20###"), ("Espoo", "02###")),
            _fi,
        ),
        Country(
            "IN",
            ("en",),
            ("indian",),
            _w(
                "14th Cross Road, MG Road, Nehru Street, Link Road, Anna Salai, 2nd Main Road, Sardar Patel Marg, Gandhi Nagar Road"
            ),
            (
                ("Bengaluru", "5600##"),
                ("Hyderabad", "5000##"),
                ("Chennai", "6000##"),
                ("Mumbai", "4000##"),
                ("Pune", "4110##"),
                ("New Delhi", "1100##"),
                ("Kolkata", "7000##"),
            ),
            _in,
        ),
        Country(
            "CN",
            ("en",),
            ("chinese",),
            _w(
                "Zhongshan Road, Huaihai Middle Road, Jianguo Road, Nanjing West Road, Keyuan South Road, Wensan Road"
            ),
            (
                ("Shanghai", "2000##"),
                ("Beijing", "1000##"),
                ("Shenzhen", "5180##"),
                ("Guangzhou", "5106##"),
                ("Hangzhou", "3100##"),
            ),
            _cn,
        ),
        Country(
            "JP",
            ("en",),
            ("japanese",),
            _w("Sunny Heights, Maison Meguro, Palace Court, Grand Forest"),
            (
                ("Tokyo", "153-####"),
                ("Osaka", "530-####"),
                ("Kyoto", "606-####"),
                ("Yokohama", "231-####"),
                ("Sapporo", "064-####"),
            ),
            _jp,
        ),
        Country(
            "KR",
            ("en",),
            ("korean",),
            _w("Teheran-ro 84-gil, Gangnam-daero, Haeundae-ro, Songdo-dong, Dalgubeol-daero"),
            (("Seoul", "06###"), ("Busan", "48###"), ("Incheon", "21###"), ("Daegu", "42###")),
            _kr,
        ),
        Country(
            "VN",
            ("en",),
            ("vietnamese",),
            _w("Phố Cầu Giấy, Nguyễn Huệ, Lê Lợi, Đường Trần Phú, Phố Huế, Đường Bạch Đằng"),
            (("Hà Nội", "100000"), ("TP. Hồ Chí Minh", "700000"), ("Đà Nẵng", "550000")),
            _vn,
        ),
        Country(
            "TR",
            ("en",),
            ("turkish",),
            _w(
                "Atatürk Cad., Bağdat Caddesi, Kazım Özalp Sok., Cumhuriyet Bulvarı, Moda Cad., Gazi Mustafa Kemal Blv."
            ),
            (("İstanbul", "34###"), ("Ankara", "06###"), ("İzmir", "35###"), ("Bursa", "16###")),
            _tr,
        ),
        Country(
            "NG",
            ("en",),
            ("nigerian",),
            _w(
                "Adeola Odeku Street, Okpara Avenue, Awolowo Road, Adetokunbo Ademola Crescent, Ring Road, Aminu Kano Crescent"
            ),
            (
                ("Lagos", "101###"),
                ("Abuja", "900###"),
                ("Enugu", "400###"),
                ("Ibadan", "200###"),
                ("Port Harcourt", "500###"),
            ),
            _ng,
        ),
        Country(
            "AE",
            ("en",),
            ("arabic", "arabic", "indian"),
            _w(
                "Street 14, Al Wasl Road, Sheikh Zayed Road, Al Khaleej Street, 2nd December Street"
            ),
            (("Dubai", ""), ("Abu Dhabi", ""), ("Sharjah", "")),
            _ae,
        ),
        Country(
            "MX",
            ("es",),
            ("spanish",),
            _w(
                "Av. Insurgentes Sur, Calle Orizaba, Av. Chapultepec, Calle Durango, Paseo de la Reforma, Av. Vallarta"
            ),
            (
                ("Ciudad de México", "06###"),
                ("Guadalajara", "44###"),
                ("Monterrey", "64###"),
                ("Puebla", "72###"),
            ),
            _mx,
        ),
        Country(
            "AR",
            ("es",),
            ("spanish", "italian"),
            _w("Av. Corrientes, Av. Santa Fe, Calle Florida, Av. Rivadavia, Bv. Oroño, Av. Colón"),
            (
                ("CABA", "C1###AAA"),
                ("Rosario", "S2000AAA"),
                ("Córdoba", "X5000AAA"),
                ("Mendoza", "M5500AAA"),
            ),
            _ar,
        ),
        Country(
            "CA",
            ("en", "fr"),
            ("english", "french", "chinese", "indian"),
            _w(
                "King St W, Rue Saint-Paul O, Robson Street, Bank Street, 17 Ave SW, Spring Garden Rd"
            ),
            (
                ("Toronto", "M#A #A#"),
                ("Montréal", "H#A #A#"),
                ("Vancouver", "V#A #A#"),
                ("Calgary", "T#A #A#"),
                ("Halifax", "B#A #A#"),
                ("Ottawa", "K#A #A#"),
            ),
            _ca,
        ),
        Country(
            "AU",
            ("en",),
            ("english", "chinese", "vietnamese", "indian"),
            _w(
                "Smith Street, George St, Brunswick Road, Oxford Street, Hay St, The Parade, Battery Point Rd"
            ),
            (
                ("Melbourne", "3###"),
                ("Sydney", "2###"),
                ("Brisbane", "4###"),
                ("Perth", "6###"),
                ("Adelaide", "5###"),
                ("Hobart", "7###"),
            ),
            _au,
        ),
    )
}

# Countries whose people write in each language of the corpus (English carries everyone else).
BY_LANG: dict[str, tuple[str, ...]] = {
    lang: tuple(c.code for c in COUNTRIES.values() if lang in c.langs)
    for lang in ("en", "de", "fr", "es", "nl", "it", "pt", "pl")
}


def address(rng: random.Random, country: Country) -> Address:
    city, pattern = rng.choice(country.cities)
    return country.fmt(rng, rng.choice(country.streets), city, code(rng, pattern))
