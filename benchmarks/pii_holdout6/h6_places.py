"""Street addresses written the way each country writes them, as lines (joined by ', ' or newlines).

Towns are real; postcodes have the town's real leading digits or letters with invented rest;
street names are common ones of that country. Conventions covered: number before or after the
street, flats and floors, ordinals, abbreviations, PO boxes, lower-case writing.
"""

from __future__ import annotations

import random

STREETS = {
    "GB": [
        "High Street",
        "Station Road",
        "Church Lane",
        "Mill Lane",
        "Victoria Road",
        "Queen's Road",
        "Park Avenue",
        "Manor Close",
        "Kings Crescent",
        "Albert Terrace",
        "Willow Drive",
        "Green Lane",
    ],
    "US": [
        "Maple Ave",
        "Oak Street",
        "N Main St",
        "Elm St",
        "Washington Blvd",
        "Lakeview Dr",
        "W 34th Street",
        "Pine Ridge Rd",
        "Sunset Boulevard",
        "E 5th Ave",
        "Cedar Lane",
    ],
    "CA": ["King St W", "Yonge Street", "Rue Sainte-Catherine O", "Granville St", "Jasper Ave"],
    "IE": ["Seafield Road", "Main Street", "Griffith Avenue", "Strand Road", "Patrick Street"],
    "AU": ["Smith St", "George Street", "Bridge Rd", "Chapel St", "Oxford Street"],
    "IN": ["12th Cross Road", "MG Road", "Linking Road", "Anna Salai", "Park Street"],
    "DE": [
        "Hauptstraße",
        "Lindenstraße",
        "Bahnhofstr.",
        "Schillerstraße",
        "Goethestraße",
        "Am Markt",
        "Gartenweg",
        "Kastanienallee",
        "Friedrich-Ebert-Platz",
        "Rosenstraße",
        "Bergstr.",
        "Im Winkel",
    ],
    "AT": [
        "Mariahilfer Straße",
        "Hauptplatz",
        "Linzer Straße",
        "Schulgasse",
        "Wiedner Hauptstraße",
    ],
    "CH": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Rue du Rhône", "Via Nassa"],
    "FR": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "chemin des Vignes",
        "place du Marché",
        "allée des Tilleuls",
        "rue Victor Hugo",
        "impasse du Moulin",
    ],
    "BE": ["Rue de la Loi", "Kerkstraat", "Avenue Louise", "Stationsstraat", "Chaussée de Wavre"],
    "ES": [
        "Calle Mayor",
        "C/ Alcalá",
        "Avda. de la Constitución",
        "Calle de Toledo",
        "Paseo de Gracia",
        "Plaza España",
        "Calle Real",
        "Ronda de Segovia",
        "C/ San Vicente Mártir",
    ],
    "MX": ["Av. Insurgentes Sur", "Calle Morelos", "Av. Revolución", "Calle 5 de Mayo"],
    "NL": [
        "Kerkstraat",
        "Dorpsstraat",
        "Prinsengracht",
        "Molenweg",
        "Schoolstraat",
        "Julianalaan",
        "Oranjestraat",
        "Stationsplein",
        "Beukenlaan",
    ],
    "IT": [
        "Via Roma",
        "Via Garibaldi",
        "Corso Vittorio Emanuele II",
        "Via Dante Alighieri",
        "Piazza della Repubblica",
        "Viale dei Mille",
        "Via G. Verdi",
        "P.zza Cavour",
        "Vicolo del Pozzo",
    ],
    "PT": [
        "Rua Augusta",
        "Avenida da Liberdade",
        "Rua de Santa Catarina",
        "Travessa do Carmo",
        "Av. da Boavista",
    ],
    "BR": [
        "Rua das Flores",
        "Av. Paulista",
        "Rua XV de Novembro",
        "Rua Oscar Freire",
        "Av. Sete de Setembro",
    ],
    "PL": [
        "ul. Marszałkowska",
        "ul. Długa",
        "ul. Piłsudskiego",
        "al. Jerozolimskie",
        "ul. Mickiewicza",
        "ul. Kościuszki",
        "os. Tysiąclecia",
        "pl. Grunwaldzki",
    ],
    "SE": [
        "Storgatan",
        "Drottninggatan",
        "Kungsgatan",
        "Vasagatan",
        "Skolvägen",
        "Björkvägen",
        "Östra Hamngatan",
    ],
    "FI": ["Mannerheimintie", "Hämeenkatu", "Koulukatu", "Rantatie"],
    "DK": ["Nørrebrogade", "Vesterbrogade", "Strandvejen", "Skolevej"],
    "NO": ["Karl Johans gate", "Storgata", "Kirkeveien", "Bygdøy allé"],
    "CZ": ["Vinohradská", "Husova", "Masarykova", "Nádražní"],
    "TR": ["Atatürk Cad.", "İstiklal Caddesi", "Bağdat Cad.", "Cumhuriyet Mah. Gül Sok."],
}

TOWNS = {  # (town, postcode prefix)
    "GB": [
        ("Manchester", "M"),
        ("Leeds", "LS"),
        ("Bristol", "BS"),
        ("Glasgow", "G"),
        ("Cardiff", "CF"),
        ("Norwich", "NR"),
        ("York", "YO"),
        ("Brighton", "BN"),
        ("London", "SW"),
        ("London", "N"),
    ],
    "US": [
        ("Springfield, IL", "627"),
        ("Austin, TX", "787"),
        ("Portland, OR", "972"),
        ("Brooklyn, NY", "112"),
        ("Columbus, OH", "432"),
        ("San Diego, CA", "921"),
    ],
    "CA": [("Toronto, ON", "M5H"), ("Montréal, QC", "H2X"), ("Vancouver, BC", "V6B")],
    "IE": [("Dublin 3", "D03"), ("Cork", "T12"), ("Galway", "H91")],
    "AU": [("Fitzroy VIC", "30"), ("Surry Hills NSW", "20"), ("Brisbane QLD", "40")],
    "IN": [("Bengaluru", "5600"), ("Mumbai", "4000"), ("Chennai", "6000"), ("Kolkata", "7000")],
    "DE": [
        ("Berlin", "10"),
        ("Hamburg", "22"),
        ("München", "80"),
        ("Köln", "50"),
        ("Frankfurt am Main", "60"),
        ("Leipzig", "04"),
        ("Dresden", "01"),
        ("Stuttgart", "70"),
        ("Freiburg im Breisgau", "79"),
        ("Münster", "48"),
    ],
    "AT": [("Wien", "1"), ("Graz", "80"), ("Linz", "40"), ("Innsbruck", "60")],
    "CH": [("Zürich", "80"), ("Bern", "30"), ("Genève", "12"), ("Lugano", "69"), ("Basel", "40")],
    "FR": [
        ("Paris", "750"),
        ("Lyon", "6900"),
        ("Marseille", "130"),
        ("Toulouse", "310"),
        ("Nantes", "440"),
        ("Lille", "590"),
        ("Bordeaux", "330"),
        ("Strasbourg", "670"),
    ],
    "BE": [("Bruxelles", "10"), ("Antwerpen", "20"), ("Gent", "90"), ("Liège", "40")],
    "ES": [
        ("Madrid", "280"),
        ("Barcelona", "080"),
        ("Sevilla", "410"),
        ("Valencia", "460"),
        ("Zaragoza", "500"),
        ("Bilbao", "480"),
    ],
    "MX": [
        ("Ciudad de México, CDMX", "03"),
        ("Guadalajara, Jal.", "44"),
        ("Monterrey, N.L.", "64"),
    ],
    "NL": [
        ("Amsterdam", "10"),
        ("Utrecht", "35"),
        ("Rotterdam", "30"),
        ("Groningen", "97"),
        ("Eindhoven", "56"),
        ("Den Haag", "25"),
    ],
    "IT": [
        ("Roma", "001"),
        ("Milano", "201"),
        ("Torino", "101"),
        ("Napoli", "801"),
        ("Bologna", "401"),
        ("Firenze", "501"),
        ("Palermo", "901"),
    ],
    "PT": [("Lisboa", "1"), ("Porto", "4"), ("Coimbra", "30"), ("Braga", "47")],
    "BR": [
        ("São Paulo - SP", "01"),
        ("Rio de Janeiro - RJ", "20"),
        ("Curitiba - PR", "80"),
        ("Recife - PE", "50"),
    ],
    "PL": [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "80"), ("Wrocław", "5"), ("Poznań", "6")],
    "SE": [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75")],
    "FI": [("Helsinki", "00"), ("Tampere", "33"), ("Turku", "20")],
    "DK": [("København N", "22"), ("Aarhus C", "80"), ("Odense C", "50")],
    "NO": [("Oslo", "0"), ("Bergen", "50"), ("Trondheim", "70")],
    "CZ": [("Praha 10", "1"), ("Brno", "6"), ("Ostrava", "7")],
    "TR": [("Kadıköy/İstanbul", "34"), ("Çankaya/Ankara", "06"), ("Konak/İzmir", "35")],
}

L = "ABDEFGHJLNPQRSTUWXYZ"


def _n(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def postcode(rng: random.Random, cc: str, prefix: str) -> str:
    r = lambda n: _n(rng, n)  # noqa: E731
    if cc == "GB":
        return f"{prefix}{rng.randint(1, 28)} {r(1)}{rng.choice(L)}{rng.choice(L)}"
    if cc == "CA":
        return f"{prefix} {r(1)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{r(1)}"
    if cc == "IE":
        return (
            f"{prefix} {rng.choice('ACDEFHKNPRTVWXY')}{r(1)}{rng.choice('ACDEFHKNPRTVWXY')}{r(1)}"
        )
    if cc == "NL":
        return f"{prefix}{r(2)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    if cc == "PL":
        code = prefix + r(5 - len(prefix))
        return f"{code[:2]}-{code[2:]}"
    if cc == "PT":
        code = prefix + r(4 - len(prefix))
        return f"{code}-{r(3)}"
    if cc == "BR":
        return f"{prefix}{r(3)}-{r(3)}"
    if cc in ("SE", "CZ"):
        code = prefix + r(5 - len(prefix))
        return f"{code[:3]} {code[3:]}"
    width = {"US": 5, "IN": 6, "AU": 4, "AT": 4, "CH": 4, "BE": 4, "DK": 4, "NO": 4, "FI": 5}.get(
        cc, 5
    )
    return prefix + r(width - len(prefix))


def address_lines(rng: random.Random, cc: str) -> list[str]:
    """One street address as lines (street line first, town line last), in cc's convention."""
    street = rng.choice(STREETS[cc])
    town, prefix = rng.choice(TOWNS[cc])
    pc = postcode(rng, cc, prefix)
    no = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250)]))
    letter = rng.choice(["", "", "", "a", "b", "A", "B"])
    if cc in ("GB", "IE", "AU"):
        lines = [f"{no} {street}"]
        if rng.random() < 0.3:
            lines = [
                rng.choice(
                    [
                        f"Flat {rng.randint(1, 12)}",
                        f"Apartment {rng.randint(1, 40)}",
                        f"Unit {rng.randint(1, 9)}",
                    ]
                )
                + ", "
                + lines[0]
            ]
        lines.append(f"{town} {pc}" if cc != "IE" or rng.random() < 0.5 else town)
    elif cc in ("US", "CA"):
        unit = rng.choice(
            [
                "",
                "",
                f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
                f" Suite {rng.randint(100, 900)}",
                f" #{rng.randint(2, 40)}",
            ]
        )
        lines = [f"{rng.randint(10, 9999)} {street}{unit}", f"{town} {pc}"]
    elif cc == "IN":
        lines = [
            f"Flat {rng.randint(101, 904)}, {rng.choice(['Sai Residency', 'Green Park Apartments', 'Lotus Towers'])}",
            f"{rng.randint(1, 80)}, {street}",
            f"{town} {pc}",
        ]
    elif cc in ("FR",):
        num = no + rng.choice(["", "", "", " bis", " ter"])
        lines = [
            f"{num}{rng.choice([' ', ', '])}{street}",
            f"{pc} {town.upper() if rng.random() < 0.3 else town}",
        ]
        if rng.random() < 0.25:
            lines.insert(
                0,
                rng.choice(
                    [
                        f"Bât. {rng.choice('ABC')}, apt {rng.randint(1, 60)}",
                        f"Résidence Les Pins, esc. {rng.randint(1, 4)}",
                    ]
                ),
            )
    elif cc == "BE":
        box = rng.choice(
            [
                "",
                "",
                f" bus {rng.randint(1, 12)}",
                f" bte {rng.randint(1, 12)}",
                f"/{rng.randint(1, 9)}",
            ]
        )
        lines = [f"{street} {no}{box}", f"{pc} {town}"]
    elif cc == "ES":
        floor = rng.choice(
            [
                "",
                f", {rng.randint(1, 8)}º {rng.choice('ABCD')}",
                f", {rng.randint(1, 6)}.º izq.",
                f", piso {rng.randint(1, 9)}, puerta {rng.randint(1, 4)}",
                ", bajo",
            ]
        )
        lines = [f"{street}{rng.choice([', ', ' ', ', nº '])}{no}{floor}", f"{pc} {town}"]
    elif cc == "MX":
        lines = [
            f"{street} {rng.randint(1, 2500)}{rng.choice(['', f' Int. {rng.randint(1, 20)}'])}",
            f"Col. {rng.choice(['Roma Norte', 'Del Valle', 'Centro', 'Americana'])}",
            f"{pc} {town}",
        ]
    elif cc == "IT":
        num = no + rng.choice(
            [
                "",
                "",
                f"/{rng.choice('ABC')}",
                f", int. {rng.randint(1, 20)}",
                f", scala {rng.choice('AB')}",
            ]
        )
        prov = {
            "Roma": "RM",
            "Milano": "MI",
            "Torino": "TO",
            "Napoli": "NA",
            "Bologna": "BO",
            "Firenze": "FI",
            "Palermo": "PA",
        }[town]
        lines = [
            f"{street}{rng.choice([' ', ', '])}{num}",
            f"{pc}{_n(rng, 5 - len(pc))} {town} " + rng.choice([prov, f"({prov})"]),
        ]
    elif cc in ("PT", "BR"):
        extra = rng.choice(
            [
                "",
                f", {rng.randint(1, 9)}.º Esq.",
                f", {rng.randint(1, 9)}º Dto",
                f", apto {rng.randint(11, 190)}",
                f", bloco {rng.choice('ABC')}, apto {rng.randint(11, 99)}",
            ]
        )
        lines = [f"{street}, {'nº ' if rng.random() < 0.3 else ''}{no}{extra}"]
        lines += (
            [f"{rng.choice(['Centro', 'Jardins', 'Boa Viagem'])}, {town}", pc]
            if cc == "BR"
            else [f"{pc} {town}"]
        )
    elif cc == "PL":
        flat = rng.choice(
            [
                "",
                f"/{rng.randint(1, 120)}",
                f" m. {rng.randint(1, 80)}",
                f" lok. {rng.randint(1, 20)}",
            ]
        )
        lines = [f"{street} {no}{letter}{flat}", f"{pc} {town}"]
    elif cc in ("SE", "NO", "DK", "FI"):
        flat = {
            "SE": rng.choice(
                ["", "", f" lgh {rng.randint(1001, 1404)}", f", {rng.randint(1, 5)} tr"]
            ),
            "NO": rng.choice(["", f" H0{rng.randint(1, 4)}0{rng.randint(1, 4)}"]),
            "DK": rng.choice(
                [
                    "",
                    f", {rng.randint(1, 5)}. {rng.choice(['tv', 'th', 'mf'])}",
                    f", st. {rng.choice(['tv', 'th'])}",
                ]
            ),
            "FI": rng.choice(
                ["", f" {rng.choice('ABC')} {rng.randint(1, 60)}", f" as. {rng.randint(1, 40)}"]
            ),
        }[cc]
        lines = [f"{street} {no}{flat}", f"{pc} {town}"]
    elif cc == "CZ":
        lines = [f"{street} {rng.randint(100, 2500)}/{rng.randint(1, 240)}", f"{pc} {town}"]
    elif cc == "TR":
        lines = [
            f"{street} No: {rng.randint(1, 150)}{rng.choice(['', f' D: {rng.randint(1, 30)}', f'/{rng.randint(1, 12)}'])}",
            f"{pc} {town}",
        ]
    else:  # DE, AT, CH
        if cc == "AT" and rng.random() < 0.5:
            no = f"{no}/{rng.randint(1, 9)}/{rng.randint(1, 30)}"
        elif cc == "DE" and rng.random() < 0.15:
            no = f"{no}-{int(no) + 2}"
        else:
            no += letter
        lines = [
            f"{street} {no}",
            f"{'A-' if cc == 'AT' and rng.random() < 0.2 else ''}{pc} {town}",
        ]
        if rng.random() < 0.12:
            lines.insert(1, rng.choice(["Hinterhaus, 3. OG", "Whg. 12", "2. Stock links"]))
    if rng.random() < 0.07 and cc != "TR":
        lines = [ln.lower() for ln in lines]
    return lines


PO_BOX = {
    "GB": "PO Box {n}",
    "US": "P.O. Box {n}",
    "IE": "PO Box {n}",
    "AU": "PO Box {n}",
    "CA": "PO Box {n}",
    "DE": "Postfach {n}",
    "AT": "Postfach {n}",
    "CH": "Postfach {n}",
    "FR": "BP {n}",
    "BE": "Boîte postale {n}",
    "ES": "Apartado de Correos {n}",
    "MX": "Apartado Postal {n}",
    "NL": "Postbus {n}",
    "IT": "Casella Postale {n}",
    "PT": "Apartado {n}",
    "BR": "Caixa Postal {n}",
    "PL": "skrytka pocztowa {n}",
    "SE": "Box {n}",
    "FI": "PL {n}",
    "DK": "Postboks {n}",
    "NO": "Postboks {n}",
    "CZ": "P. O. Box {n}",
    "TR": "PK {n}",
    "IN": "PO Box {n}",
}


def po_box_lines(rng: random.Random, cc: str) -> list[str]:
    town, prefix = rng.choice(TOWNS[cc])
    return [
        PO_BOX[cc].format(n=rng.randint(2, 9999)),
        f"{postcode(rng, cc, prefix)} {town}"
        if cc not in ("GB", "US", "CA", "AU", "IE", "IN")
        else f"{town} {postcode(rng, cc, prefix)}",
    ]
