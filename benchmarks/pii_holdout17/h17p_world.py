"""Hand-written names, streets, towns and companies per country, and each country's address forms."""

from __future__ import annotations

import random

# country: (given names, family names, streets, (postcode, town) pairs, companies with their address)
WORLD: dict[str, tuple[list[str], list[str], list[str], list[tuple[str, str]], list[tuple[str, str]]]] = {
    "GB": (["Siobhan", "Priya", "Tomasz", "Gareth", "Amara", "Callum"], ["Whitfield", "Okonkwo", "Nowak", "Pritchard", "Bhatt", "MacLeod"],
           ["Elmwood Road", "Cavendish Street", "Holloway Lane", "Brunswick Terrace"], [("LS6 2QT", "Leeds"), ("CF24 4HQ", "Cardiff"), ("G12 8QQ", "Glasgow")],
           [("Bupa", "1 Angel Court, London EC2R 7HJ"), ("Aviva", "8 Surrey Street, Norwich NR1 3NG")]),
    "IE": (["Aoife", "Cillian", "Niamh", "Oisín", "Gráinne"], ["Ó Súilleabháin", "Fitzgerald", "Byrne", "Mac Giolla Phádraig", "Kowalczyk"],
           ["Griffith Avenue", "Bóthar na Trá", "Ballyhooly Road", "Church Street"], [("D09 K2X4", "Dublin 9"), ("T23 E6TD", "Cork"), ("H91 TK33", "Galway")],
           [("Laya Healthcare", "Eastgate Road, Little Island, Cork T45 E181"), ("FBD Insurance", "FBD House, Bluebell, Dublin 12")]),
    "US": (["Keisha", "Mateo", "Ngozi", "Brandon", "Mei-Ling"], ["Washington", "Hernández", "Adeyemi", "Kowalski", "O'Brien"],
           ["Maple Avenue", "W 47th Street", "Peachtree Road NE", "Sunset Drive"], [("OH 43215", "Columbus"), ("GA 30305", "Atlanta"), ("MN 55414", "Minneapolis")],
           [("Kaiser Permanente", "1 Kaiser Plaza, Oakland, CA 94612"), ("Geico", "5260 Western Avenue, Chevy Chase, MD 20815")]),
    "CA": (["Harpreet", "Émilie", "Connor", "Farah", "Jean-Philippe"], ["Dhillon", "Tremblay", "MacDonald", "Haddad", "Gagnon"],
           ["Rue Saint-Denis", "Queen Street West", "Boulevard René-Lévesque", "Avenue du Mont-Royal"], [("H2J 2K9", "Montréal (Québec)"), ("G1R 4P5", "Québec (Québec)"), ("M6J 1H4", "Toronto ON")],
           [("Desjardins", "100 rue des Commandeurs, Lévis (Québec) G6V 7N5"), ("Intact Assurance", "2020 boul. Robert-Bourassa, Montréal (Québec) H3A 2A5")]),
    "DE": (["Jannik", "Leonie", "Emre", "Dragana", "Friederike"], ["Schäfer", "Yılmaz", "Kowalczyk", "von der Heide", "Brandtner"],
           ["Kastanienallee", "Hauptstraße", "Am Fischmarkt", "Lindenweg"], [("10437", "Berlin"), ("50667", "Köln"), ("04109", "Leipzig")],
           [("Techniker Krankenkasse", "Bramfelder Straße 140, 22305 Hamburg"), ("HUK-COBURG", "Bahnhofsplatz, 96444 Coburg")]),
    "AT": (["Florian", "Magdalena", "Ivana", "Lukas", "Theresa"], ["Huber", "Gruber", "Petrović", "Pichler", "Wimmer"],
           ["Gumpendorfer Straße", "Mariahilfer Straße", "Linzer Gasse", "Herrengasse"], [("1060", "Wien"), ("5020", "Salzburg"), ("8010", "Graz")],
           [("Wiener Städtische", "Schottenring 30, 1010 Wien"), ("ÖGK", "Wienerbergstraße 15-19, 1100 Wien")]),
    "CH": (["Reto", "Nadia", "Urs", "Valentina", "Mathieu", "Céline"], ["Küng", "Baumgartner", "Rossi", "Favre", "Bühler", "Dubois"],
           ["Bahnhofstrasse", "Rue de Lausanne", "Dorfstrasse", "Chemin des Vignes"], [("8004", "Zürich"), ("1003", "Lausanne"), ("3011", "Bern"), ("1201", "Genève")],
           [("Helsana", "Zürichstrasse 130, 8600 Dübendorf"), ("La Mobilière", "Bundesgasse 35, 3001 Bern")]),
    "FR": (["Maëlle", "Karim", "Bastien", "Océane", "Moussa"], ["Lefèvre", "Benali", "Da Silva", "Le Goff", "Diallo"],
           ["rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "impasse du Moulin"], [("69007", "Lyon"), ("35000", "Rennes"), ("13005", "Marseille")],
           [("MAIF", "200 avenue Salvador Allende, 79000 Niort"), ("Cerballiance", "10 rue de Lisbonne, 75008 Paris")]),
    "BE": (["Wout", "Fatima", "Anke", "Jérôme", "Lotte", "Mehdi"], ["Peeters", "El Amrani", "Vandenbroucke", "Dupont", "De Smet", "Lambert"],
           ["Kerkstraat", "Rue de la Station", "Meir", "Chaussée de Wavre"], [("2000", "Antwerpen"), ("9000", "Gent"), ("1050", "Ixelles"), ("4000", "Liège")],
           [("AG Insurance", "Boulevard Émile Jacqmain 53, 1000 Bruxelles"), ("Synlab", "Alexander Fleminglaan 3, 2660 Hoboken")]),
    "LU": (["Gilles", "Joana", "Laurent", "Mireille"], ["Schmit", "Ferreira", "Weber", "Hoffmann"],
           ["rue de Hollerich", "route d'Arlon", "boulevard de la Pétrusse"], [("L-1741", "Luxembourg"), ("L-4240", "Esch-sur-Alzette")],
           [("Foyer Assurances", "12 rue Léon Laval, L-3372 Leudelange"), ("CNS", "125 route d'Esch, L-1471 Luxembourg")]),
    "NL": (["Sanne", "Daan", "Yasmina", "Bram", "Priscilla"], ["de Vries", "Bakker", "El Idrissi", "van den Berg", "Kwakman"],
           ["Prinsengracht", "Laan van Meerdervoort", "Biltstraat", "Oudegracht"], [("1016 GV", "Amsterdam"), ("2517 AA", "Den Haag"), ("3581 KS", "Utrecht")],
           [("Zilveren Kruis", "Handelsweg 2, 3707 NH Zeist"), ("Centraal Beheer", "Prins Willem-Alexanderlaan 651, 7311 NT Apeldoorn")]),
    "ES": (["Iñaki", "Lucía", "Nerea", "Jordi", "Rocío"], ["García Ortega", "Etxeberria", "Puig i Ferrer", "Domínguez", "Benítez Ruiz"],
           ["calle de Alcalá", "carrer de Mallorca", "avenida de la Constitución", "calle Mayor"], [("28009", "Madrid"), ("08013", "Barcelona"), ("41004", "Sevilla")],
           [("Mapfre", "Carretera de Pozuelo 52, 28222 Majadahonda"), ("Sanitas", "calle Ribera del Loira 52, 28042 Madrid")]),
    "MX": (["Guadalupe", "Jesús", "Ximena", "Alejandro", "Citlali"], ["Hernández López", "Ramírez", "Xochitl Cruz", "Navarro", "Sánchez Vega"],
           ["Av. Insurgentes Sur", "Calle Durango", "Av. Revolución", "Calle 5 de Mayo"], [("06700", "Col. Roma Norte, CDMX"), ("44100", "Guadalajara, Jal."), ("64000", "Monterrey, N.L.")],
           [("GNP Seguros", "Av. Cerro de las Torres 395, Col. Campestre Churubusco, 04200 CDMX"), ("Mercado Libre", "Av. Insurgentes Sur 1602, 03940 CDMX")]),
    "AR": (["Florencia", "Santiago", "Agustina", "Matías", "Milagros"], ["Fernández", "Giménez", "Rossi", "Kaplan", "Acosta"],
           ["Av. Corrientes", "calle Thames", "Av. Pellegrini", "calle Bolívar"], [("C1414", "CABA"), ("S2000", "Rosario, Santa Fe"), ("X5000", "Córdoba")],
           [("OSDE", "Av. Leandro N. Alem 1067, C1001AAF CABA"), ("La Caja", "Av. Fernando Fader 3833, C1430 CABA")]),
    "CL": (["Constanza", "Benjamín", "Javiera", "Vicente"], ["Muñoz", "Rojas", "Contreras", "Soto"],
           ["Av. Providencia", "calle Huérfanos", "Av. Grecia"], [("7500000", "Providencia, Santiago"), ("2340000", "Valparaíso")],
           [("Isapre Colmena", "Av. Las Condes 11287, Santiago"), ("Clínica Alemana", "Av. Vitacura 5951, Vitacura")]),
    "UY": (["Martina", "Facundo", "Valentina", "Nicolás"], ["Pereira", "Rodríguez", "Silveira", "Olivera"],
           ["Av. 18 de Julio", "Bulevar Artigas", "calle Sarandí"], [("11200", "Montevideo"), ("20000", "Maldonado")],
           [("BSE", "Av. Libertador 1465, 11100 Montevideo"), ("Médica Uruguaya", "Av. 8 de Octubre 2492, Montevideo")]),
}  # fmt: skip

# country -> (flat/floor notes, street-first?)
_UNITS = {
    "GB": ["Flat 3", "Flat 2B"], "IE": ["Apt 4", "Apartment 12"], "US": ["Apt 5C", "Unit 210"], "CA": ["app. 3", "#204"],
    "DE": ["3. OG", "Hinterhaus"], "AT": ["/2/14", "Top 9"], "CH": ["c/o Küng", "2. Stock"], "FR": ["2e étage", "Bât. C"],
    "BE": ["bus 2", "bte 11"], "LU": ["2e étage"], "NL": ["-2", " hs"], "ES": ["3º izq.", "bajo B", "ático"],
    "MX": ["Int. 4", "Depto. 302"], "AR": ["piso 4, depto. B", "PB C"], "CL": ["depto. 1203", "of. 5"], "UY": ["apto. 701", "apto. 3"],
}  # fmt: skip
_NUMBER_FIRST = {"GB", "IE", "US", "CA", "FR", "LU"}


def person(rng: random.Random, country: str) -> tuple[str, str]:
    """A given and a family name of `country`."""
    given, family = WORLD[country][0], WORLD[country][1]
    return rng.choice(given), rng.choice(family)


def address(rng: random.Random, country: str) -> tuple[str, str]:
    """A street line and a postcode-and-town line in the country's convention."""
    street, towns = rng.choice(WORLD[country][2]), WORLD[country][3]
    postcode, town = rng.choice(towns)
    number = str(rng.randint(1, 180)) + (
        rng.choice(["", "", "a", " bis"]) if country in ("FR", "BE", "NL", "DE") else ""
    )
    unit = rng.choice(_UNITS[country]) if rng.random() < 0.5 else ""
    if country in _NUMBER_FIRST:
        line = f"{number} {street}"
        line = (
            f"{unit}, {line}"
            if unit and country in ("GB", "IE")
            else (f"{line}, {unit}" if unit else line)
        )
    elif country in ("AT", "NL") and unit.startswith(("/", "-", " ")):
        line = f"{street} {number}{unit}"
    else:
        sep = (
            ", " if country in ("ES", "MX", "AR", "CL", "UY", "BE") and rng.random() < 0.5 else " "
        )
        line = f"{street}{sep}{number}" + (f", {unit}" if unit else "")
    if country in ("US", "CA") and not town.endswith(")") and country == "US":
        return line, f"{town}, {postcode}"
    if country in ("GB", "IE", "CA"):
        return line, f"{town} {postcode}"
    if country == "CH" and rng.random() < 0.3:
        postcode = "CH-" + postcode
    return line, f"{postcode} {town}"


def company(rng: random.Random, country: str) -> tuple[str, str]:
    """A real company of the country and its published address (both kept)."""
    return rng.choice(WORLD[country][4])


def street_town(rng: random.Random, country: str) -> str:
    """A town alone (kept): a branch or a meeting point, not a person's address."""
    return rng.choice(WORLD[country][3])[1].split(",")[0].split(" (")[0]
