"""Names, streets, towns and postal conventions of the eighteen countries (short hand-written lists)."""

from __future__ import annotations

import random
import string
import unicodedata

LANG_COUNTRIES = {
    "en": ("GB", "IE", "US", "AU", "NZ"),
    "de": ("DE", "AT", "CH", "LI"),
    "fr": ("FR", "BE", "CH", "LU", "CA"),
    "es": ("ES", "MX", "CO", "PE", "EC", "AR"),
    "nl": ("NL", "BE"),
}

# Given names (women, men) and family names per population; each country mixes the long-settled
# population with the origins that live there.
_GIVEN_F = {
    "en": [
        "Siobhan",
        "Chloe",
        "Priya",
        "Grace",
        "Aroha",
        "Megan",
        "Olivia",
        "Fatima",
        "Keisha",
        "Ngaire",
        "Hannah",
        "Aisling",
        "Mei",
        "Zofia",
    ],
    "de": [
        "Annika",
        "Lea",
        "Büşra",
        "Johanna",
        "Maja",
        "Dragana",
        "Lena",
        "Katharina",
        "Fabienne",
        "Selin",
        "Ursula",
        "Irina",
    ],
    "fr": [
        "Léa",
        "Manon",
        "Aïcha",
        "Chloé",
        "Inès",
        "Maëlle",
        "Geneviève",
        "Nathalie",
        "Fanny",
        "Yasmina",
        "Élodie",
        "Mélissa",
    ],
    "es": [
        "Lucía",
        "María José",
        "Valentina",
        "Ximena",
        "Camila",
        "Guadalupe",
        "Rocío",
        "Nayeli",
        "Daniela",
        "Itzel",
        "Mariana",
        "Ainhoa",
    ],
    "nl": [
        "Sanne",
        "Femke",
        "Noor",
        "Saskia",
        "Fenna",
        "Yara",
        "Anouk",
        "Lotte",
        "Hatice",
        "Elif",
        "Marieke",
        "Ilse",
    ],
}
_GIVEN_M = {
    "en": [
        "Ciarán",
        "Oliver",
        "Rajesh",
        "Tane",
        "Declan",
        "Marcus",
        "Connor",
        "Tomasz",
        "Wiremu",
        "Ethan",
        "Kwame",
        "Liam",
        "Hamish",
        "Arjun",
    ],
    "de": [
        "Lukas",
        "Jonas",
        "Emre",
        "Florian",
        "Matthias",
        "Nikola",
        "Benedikt",
        "Tobias",
        "Reto",
        "Mehmet",
        "Severin",
        "Dariusz",
    ],
    "fr": [
        "Théo",
        "Mathis",
        "Karim",
        "Loïc",
        "Étienne",
        "Mamadou",
        "Jérôme",
        "Gaëtan",
        "Benoît",
        "Yanis",
        "Mathieu",
        "Hugo",
    ],
    "es": [
        "Santiago",
        "Alejandro",
        "Joaquín",
        "Mateo",
        "Diego",
        "Íñigo",
        "Julián",
        "Sebastián",
        "Emiliano",
        "Tomás",
        "Andrés",
        "Yupanqui",
    ],
    "nl": [
        "Daan",
        "Bram",
        "Sem",
        "Joris",
        "Mohamed",
        "Pieter",
        "Thijs",
        "Wout",
        "Jelle",
        "Mustafa",
        "Koen",
        "Ruben",
    ],
}
_FAMILY = {
    "GB": [
        "Whitfield",
        "Okafor",
        "Patel",
        "Hughes",
        "Ashworth",
        "Khan",
        "Pemberton",
        "Nowak",
        "Barraclough",
        "Sutherland",
    ],
    "IE": [
        "Ó Súilleabháin",
        "Byrne",
        "Fitzgerald",
        "Mac Giolla",
        "Kavanagh",
        "Nolan",
        "Dunne",
        "Kowalczyk",
        "O'Donoghue",
        "Brennan",
    ],
    "US": [
        "Delgado",
        "Washington",
        "Nguyen",
        "Kowalski",
        "Brooks",
        "Ramirez",
        "Schultz",
        "Oyelaran",
        "Hollister",
        "Park",
    ],
    "AU": [
        "Papadopoulos",
        "Nguyen",
        "McAllister",
        "Tran",
        "Harrington",
        "Singh",
        "Costa",
        "Walsh",
        "Dimitriou",
        "Blackwood",
    ],
    "NZ": [
        "Te Rangi",
        "Ngata",
        "Faleolo",
        "Whittaker",
        "Tupou",
        "Hēnare",
        "Kingsbury",
        "Lemalu",
        "Chen",
        "Paewai",
    ],
    "DE": [
        "Schröder",
        "Yılmaz",
        "Hoffmann",
        "Kowalewski",
        "Brandt",
        "Nguyen",
        "Weißgerber",
        "Albrecht",
        "Öztürk",
        "Lindemann",
    ],
    "AT": [
        "Gruber",
        "Huber",
        "Pichler",
        "Jovanović",
        "Moser",
        "Leitner",
        "Steinbauer",
        "Kaya",
        "Wallner",
        "Hofer",
    ],
    "CH": [
        "Brunner",
        "Gerber",
        "Bachmann",
        "Krasniqi",
        "Ammann",
        "Schneeberger",
        "Ferreira",
        "Zürcher",
        "Meier",
        "Baumgartner",
    ],
    "LI": [
        "Büchel",
        "Frommelt",
        "Marxer",
        "Ospelt",
        "Kaiser",
        "Wohlwend",
        "Beck",
        "Vogt",
        "Matt",
        "Hasler",
    ],
    "FR": [
        "Lefèvre",
        "Benali",
        "Moreau",
        "Diallo",
        "Rousseau",
        "Nguyen",
        "Garnier",
        "Traoré",
        "Chevalier",
        "Da Silva",
    ],
    "BE": [
        "Dubois",
        "Peeters",
        "El Amrani",
        "Janssens",
        "Lambert",
        "Maes",
        "Van den Broeck",
        "Kabongo",
        "De Smet",
        "Yıldız",
    ],
    "LU": [
        "Weber",
        "Schmit",
        "Pereira",
        "Hoffmann",
        "Wagner",
        "Gonçalves",
        "Reuter",
        "Kieffer",
        "Muller",
        "Thill",
    ],
    "CA": [
        "Tremblay",
        "Gagnon",
        "Bouchard",
        "Côté",
        "Pierre-Louis",
        "Lavoie",
        "Bergeron",
        "Nguyen",
        "Ouellet",
        "Haddad",
    ],
    "ES": [
        "García Ortega",
        "Fernández",
        "Etxeberria",
        "Rodríguez Sanz",
        "Navarro",
        "El Idrissi",
        "Popescu",
        "Martínez de la Fuente",
        "Vidal",
        "Quintana",
    ],
    "MX": [
        "Hernández",
        "Ramírez Solís",
        "Xolalpa",
        "Gutiérrez",
        "Castañeda",
        "Tzec",
        "Morales",
        "Villarreal",
        "Chávez",
        "Domínguez",
    ],
    "CO": [
        "Restrepo",
        "Cárdenas",
        "Mosquera",
        "Ospina",
        "Valencia",
        "Bermúdez",
        "Zapata",
        "Arango",
        "Rentería",
        "Quintero",
    ],
    "PE": [
        "Quispe",
        "Mamani",
        "Huamán",
        "Vargas Llosa",
        "Torres",
        "Chávez",
        "Flores",
        "Kanashiro",
        "Ccori",
        "Salazar",
    ],
    "EC": [
        "Andrade",
        "Cevallos",
        "Guamán",
        "Zambrano",
        "Paredes",
        "Villacís",
        "Chiriboga",
        "Tituaña",
        "Moreira",
        "Espinoza",
    ],
    "AR": [
        "González",
        "Fernández",
        "Rossi",
        "Kaplan",
        "Benítez",
        "Ferraro",
        "Gómez",
        "Sosa",
        "Schwarz",
        "Romero",
    ],
    "NL": [
        "de Vries",
        "Jansen",
        "van der Berg",
        "Bakker",
        "Öztürk",
        "Visser",
        "El Khatib",
        "Smit",
        "Ramdin",
        "Kuipers",
    ],
}
_FAMILY_BE_NL = [
    "Peeters",
    "Janssens",
    "Maes",
    "Claes",
    "Wouters",
    "Goossens",
    "Vermeulen",
    "Aydın",
    "Van Damme",
    "De Clercq",
]


def person_names(r: random.Random, lang: str, country: str) -> tuple[str, str, bool]:
    """(given, family, female) drawn from the country's population."""
    female = r.random() < 0.5
    given = r.choice((_GIVEN_F if female else _GIVEN_M)[lang])
    fams = _FAMILY_BE_NL if (country == "BE" and lang == "nl") else _FAMILY[country]
    return given, r.choice(fams), female


# --- places ---------------------------------------------------------------------------------
_STREETS = {
    "GB": [
        "Beaconsfield Road",
        "Kirkgate",
        "Wellington Crescent",
        "Mill Lane",
        "Ashgrove Terrace",
        "Chapel Street",
    ],
    "IE": [
        "Griffith Avenue",
        "Main Street",
        "Clonliffe Road",
        "Bóthar na Trá",
        "Ashfield Park",
        "Church View",
    ],
    "US": [
        "Maple Avenue",
        "W 34th Street",
        "Old Mill Rd",
        "Harrison Blvd",
        "Lakeview Dr",
        "Elm Street",
    ],
    "AU": [
        "Glenferrie Road",
        "Bourke Street",
        "Kooyong Parade",
        "Wattle Grove",
        "Banksia Court",
        "High Street",
    ],
    "NZ": [
        "Karangahape Road",
        "Tui Street",
        "Ponsonby Road",
        "Kōwhai Crescent",
        "Riddiford Street",
        "Totara Avenue",
    ],
    "DE": [
        "Lindenstraße",
        "Am Mühlbach",
        "Hauptstr.",
        "Goethestraße",
        "Friedrich-Ebert-Allee",
        "Kastanienweg",
    ],
    "AT": [
        "Neubaugasse",
        "Mariahilfer Straße",
        "Grazbachgasse",
        "Linzer Straße",
        "Ottakringer Str.",
        "Wiedner Hauptstraße",
    ],
    "CH": [
        "Bahnhofstrasse",
        "Rue du Simplon",
        "Seestrasse",
        "Chemin des Vignes",
        "Dorfstrasse",
        "Rue de Lausanne",
    ],
    "LI": [
        "Landstrasse",
        "Äulestrasse",
        "Feldkircher Strasse",
        "Zollstrasse",
        "Im Gapetsch",
        "Essanestrasse",
    ],
    "FR": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "impasse des Tilleuls",
        "allée des Cerisiers",
    ],
    "BE": [
        "rue de la Station",
        "avenue Louise",
        "rue du Moulin",
        "chaussée de Wavre",
        "rue des Champs",
        "place Flagey",
    ],
    "LU": [
        "rue de Hollerich",
        "boulevard Royal",
        "rue des Romains",
        "route d'Arlon",
        "rue Principale",
        "montée de Clausen",
    ],
    "CA": [
        "rue Saint-Denis",
        "boulevard René-Lévesque",
        "avenue du Parc",
        "rue Beaubien",
        "chemin Sainte-Foy",
        "rue Principale",
    ],
    "ES": [
        "Calle de Alcalá",
        "Avda. de la Constitución",
        "C/ Mayor",
        "Paseo de Gràcia",
        "Calle San Vicente",
        "Ronda de Toledo",
    ],
    "MX": [
        "Av. Insurgentes Sur",
        "Calle Durango",
        "Av. Juárez",
        "Calle Morelos",
        "Privada de los Pinos",
        "Calzada de Tlalpan",
    ],
    "CO": [
        "Calle 72",
        "Carrera 15",
        "Calle 10",
        "Carrera 43A",
        "Avenida Calle 26",
        "Transversal 6",
    ],
    "PE": [
        "Av. Arequipa",
        "Jr. Huallaga",
        "Calle Los Pinos",
        "Av. José Larco",
        "Jr. de la Unión",
        "Av. Brasil",
    ],
    "EC": [
        "Av. Amazonas",
        "Av. 6 de Diciembre",
        "Calle Juan León Mera",
        "Av. de los Shyris",
        "Calle García Moreno",
        "Av. Eloy Alfaro",
    ],
    "AR": ["Av. Corrientes", "Thames", "Av. Rivadavia", "Gurruchaga", "Av. Santa Fe", "Humboldt"],
    "NL": [
        "Kerkstraat",
        "Prinsengracht",
        "Laan van Meerdervoort",
        "Vondelstraat",
        "Dorpsstraat",
        "Oudegracht",
    ],
}
_STREETS_BE_NL = [
    "Kerkstraat",
    "Stationsstraat",
    "Nieuwstraat",
    "Brugsesteenweg",
    "Kortrijksestraat",
    "Meir",
]
_TOWNS = {
    "GB": [
        ("Leeds", "LS6"),
        ("Bristol", "BS7"),
        ("Manchester", "M14"),
        ("Norwich", "NR2"),
        ("Cardiff", "CF24"),
        ("York", "YO31"),
    ],
    "IE": [
        ("Dublin 9", "D09"),
        ("Cork", "T12"),
        ("Galway", "H91"),
        ("Limerick", "V94"),
        ("Dublin 6", "D06"),
        ("Sligo", "F91"),
    ],
    "US": [
        ("Austin", "TX", "787"),
        ("Portland", "OR", "972"),
        ("Columbus", "OH", "432"),
        ("Madison", "WI", "537"),
        ("Tucson", "AZ", "857"),
        ("Raleigh", "NC", "276"),
    ],
    "AU": [
        ("Hawthorn", "VIC", "3122"),
        ("Paddington", "NSW", "2021"),
        ("Fremantle", "WA", "6160"),
        ("New Farm", "QLD", "4005"),
        ("Norwood", "SA", "5067"),
        ("Sandy Bay", "TAS", "7005"),
    ],
    "NZ": [
        ("Grey Lynn, Auckland", "1021"),
        ("Newtown, Wellington", "6021"),
        ("Riccarton, Christchurch", "8041"),
        ("Hamilton East, Hamilton", "3216"),
        ("Roslyn, Dunedin", "9010"),
        ("Tauranga", "3110"),
    ],
    "DE": [
        ("Leipzig", "04"),
        ("Köln", "50"),
        ("Freiburg im Breisgau", "79"),
        ("Bremen", "28"),
        ("Nürnberg", "90"),
        ("Kassel", "34"),
    ],
    "AT": [
        ("Wien", "1"),
        ("Graz", "80"),
        ("Linz", "40"),
        ("Innsbruck", "60"),
        ("Salzburg", "50"),
        ("Klagenfurt", "90"),
    ],
    "CH": [
        ("Bern", "30"),
        ("Lausanne", "10"),
        ("Winterthur", "84"),
        ("Luzern", "60"),
        ("Genève", "12"),
        ("St. Gallen", "90"),
    ],
    "LI": [
        ("Vaduz", "9490"),
        ("Schaan", "9494"),
        ("Triesen", "9495"),
        ("Balzers", "9496"),
        ("Eschen", "9492"),
        ("Mauren", "9493"),
    ],
    "FR": [
        ("Lyon", "690"),
        ("Nantes", "440"),
        ("Toulouse", "310"),
        ("Lille", "590"),
        ("Montpellier", "340"),
        ("Rennes", "350"),
    ],
    "BE": [
        ("Bruxelles", "10"),
        ("Liège", "40"),
        ("Namur", "50"),
        ("Charleroi", "60"),
        ("Ixelles", "10"),
        ("Mons", "70"),
    ],
    "LU": [
        ("Luxembourg", "1"),
        ("Esch-sur-Alzette", "4"),
        ("Differdange", "4"),
        ("Ettelbruck", "9"),
        ("Dudelange", "3"),
        ("Strassen", "8"),
    ],
    "CA": [
        ("Montréal", "H2"),
        ("Québec", "G1"),
        ("Sherbrooke", "J1"),
        ("Gatineau", "J8"),
        ("Laval", "H7"),
        ("Trois-Rivières", "G9"),
    ],
    "ES": [
        ("Madrid", "280"),
        ("Valencia", "460"),
        ("Bilbao", "480"),
        ("Sevilla", "410"),
        ("Zaragoza", "500"),
        ("Barcelona", "080"),
    ],
    "MX": [
        ("Ciudad de México", "Col. Roma Norte", "06700"),
        ("Guadalajara", "Col. Americana", "44160"),
        ("Monterrey", "Col. Obispado", "64060"),
        ("Puebla", "Col. La Paz", "72160"),
        ("Mérida", "Col. García Ginerés", "97070"),
        ("Oaxaca", "Col. Reforma", "68050"),
    ],
    "CO": [
        ("Bogotá D.C.", "110"),
        ("Medellín", "050"),
        ("Cali", "760"),
        ("Barranquilla", "080"),
        ("Bucaramanga", "680"),
        ("Manizales", "170"),
    ],
    "PE": [
        ("Miraflores, Lima", "15074"),
        ("San Isidro, Lima", "15073"),
        ("Cusco", "08002"),
        ("Arequipa", "04001"),
        ("Barranco, Lima", "15063"),
        ("Trujillo", "13001"),
    ],
    "EC": [
        ("Quito", "170"),
        ("Guayaquil", "090"),
        ("Cuenca", "010"),
        ("Ambato", "180"),
        ("Loja", "110"),
        ("Manta", "130"),
    ],
    "AR": [
        ("CABA", "C1414"),
        ("Córdoba", "X5000"),
        ("Rosario", "S2000"),
        ("Mendoza", "M5500"),
        ("La Plata", "B1900"),
        ("CABA", "C1425"),
    ],
    "NL": [
        ("Utrecht", "35"),
        ("Amsterdam", "10"),
        ("Groningen", "97"),
        ("Eindhoven", "56"),
        ("Haarlem", "20"),
        ("Zwolle", "80"),
    ],
}
_TOWNS_BE_NL = [
    ("Antwerpen", "20"),
    ("Gent", "90"),
    ("Leuven", "30"),
    ("Brugge", "80"),
    ("Hasselt", "35"),
    ("Mechelen", "28"),
]
_UP = string.ascii_uppercase


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def address(r: random.Random, lang: str, country: str) -> tuple[str, str]:
    """(street line, postcode-and-town line) in the country's postal convention, as people write them."""
    be_nl = country == "BE" and lang == "nl"
    st = r.choice(_STREETS_BE_NL if be_nl else _STREETS[country])
    town = r.choice(_TOWNS_BE_NL if be_nl else _TOWNS[country])
    n = r.randint(1, 180)
    x = r.random()
    if country == "GB":
        line = f"Flat {r.randint(1, 9)}{r.choice('ABC')}, {n} {st}" if x < 0.3 else f"{n} {st}"
        pc = f"{town[1]} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
        return line, f"{town[0]} {pc}" if r.random() < 0.5 else f"{town[0].upper()}\u0020{pc}"
    if country == "IE":
        line = f"Apt {r.randint(1, 40)}, {n} {st}" if x < 0.3 else f"{n} {st}"
        code = town[1] + " " + "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return line, f"{town[0]}, {code}"
    if country == "US":
        unit = r.choice(
            ["", f" Apt {r.randint(1, 9)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}"]
        )
        return f"{r.randint(100, 9999)} {st}{unit}", f"{town[0]}, {town[1]} {town[2]}{_d(r, 2)}"
    if country == "AU":
        line = f"Unit {r.randint(1, 20)}/{n} {st}" if x < 0.4 else f"{n} {st}"
        return line, f"{town[0].upper() if r.random() < 0.5 else town[0]} {town[1]} {town[2]}"
    if country == "NZ":
        line = f"{r.randint(1, 9)}/{n} {st}" if x < 0.4 else f"{n} {st}"
        return line, f"{town[0]} {town[1]}"
    if country == "DE":
        extra = r.choice(["", "a", "b", ", 2. OG", ", Hinterhaus"]) if x < 0.4 else ""
        return f"{st} {n}{extra}", f"{town[1]}{_d(r, 3)} {town[0]}"
    if country == "AT":
        line = (
            f"{st} {n}/{r.randint(1, 4)}/{r.randint(1, 24)}"
            if x < 0.5
            else f"{st} {n}, Top {r.randint(1, 30)}"
        )
        pc = f"1{r.randint(1, 23):02d}0" if town[0] == "Wien" else town[1] + _d(r, 4 - len(town[1]))
        return line, f"{pc} {town[0]}"
    if country in ("CH", "LI"):
        pc = town[1] if country == "LI" else town[1] + _d(r, 2)
        prefix = ("CH-" if country == "CH" else "FL-") if r.random() < 0.35 else ""
        return f"{st} {n}", f"{prefix}{pc} {town[0]}"
    if country == "FR":
        mod = r.choice(["", " bis", " ter"]) if x < 0.3 else ""
        line = f"{n}{mod} {st}"
        if r.random() < 0.25:
            line = f"Bât. {r.choice('ABCD')}, {line}"
        return line, f"{town[1]}{_d(r, 2)} {town[0].upper() if r.random() < 0.5 else town[0]}"
    if country == "BE":
        box = (
            (" bus " if be_nl else r.choice([" bte ", " boîte "])) + str(r.randint(1, 12))
            if x < 0.4
            else ""
        )
        return f"{st} {n}{box}", f"{town[1]}{_d(r, 2)} {town[0]}"
    if country == "LU":
        return f"{n}, {st}", f"L-{town[1]}{_d(r, 3)} {town[0]}"
    if country == "CA":
        unit = f", app. {r.randint(1, 12)}" if x < 0.4 else ""
        pc = f"{town[1]}{r.choice('ABCEGHJKLMNPRSTVXY')} {_d(r, 1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{_d(r, 1)}"
        return f"{n}{r.choice(['', ','])} {st}{unit}", f"{town[0]} (Québec) {pc}"
    if country == "ES":
        floor = r.choice(
            [
                f", {r.randint(1, 9)}º {r.choice(['A', 'B', 'izq.', 'dcha.'])}",
                ", bajo B",
                ", ático",
                "",
            ]
        )
        return f"{st}, {n}{floor}", f"{town[1]}{_d(r, 2)} {town[0]}"
    if country == "MX":
        inner = f" Int. {r.randint(1, 20)}" if x < 0.4 else ""
        return f"{st} {n}{inner}, {town[1]}", f"C.P. {town[2]}, {town[0]}"
    if country == "CO":
        apto = f", Apto {r.randint(101, 1204)}" if x < 0.5 else ""
        return (
            f"{st} # {r.randint(1, 99)}-{r.randint(1, 99):02d}{apto}",
            f"{town[0]} {town[1]}{_d(r, 3)}",
        )
    if country == "PE":
        dpto = f", Dpto. {r.randint(101, 902)}" if x < 0.5 else ""
        return f"{st} {n * 7}{dpto}", f"{town[0]} {town[1]}"
    if country == "EC":
        return (
            f"{st} N{r.randint(20, 60)}-{r.randint(10, 200)} y {r.choice(['Colón', 'Orellana', 'Whymper', 'Portugal'])}",
            f"{town[1]}{_d(r, 3)} {town[0]}",
        )
    if country == "AR":
        depto = f", piso {r.randint(1, 12)}, depto. {r.choice('ABCDEF')}" if x < 0.5 else ""
        return (
            f"{st} {n * 13}{depto}",
            f"{town[1]}{_d(r, 0)}{r.choice(_UP)}{r.choice(_UP)}{r.choice(_UP)} {town[0]}"
            if r.random() < 0.5
            else f"{town[1]} {town[0]}",
        )
    if country == "NL":
        suffix = r.choice(["", "-2", " hs", "A", "-III", " bis"]) if x < 0.4 else ""
        sep = "  " if r.random() < 0.3 else " "
        return (
            f"{st} {n}{suffix}",
            f"{town[1]}{_d(r, 2)} {r.choice(_UP)}{r.choice(_UP)}{sep}{town[0].upper() if r.random() < 0.3 else town[0]}",
        )
    raise ValueError(country)


MAIL_DOMAINS = {
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "sky.com"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "AT": ["gmx.at", "aon.at", "chello.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch"],
    "LI": ["adon.li", "gmx.ch", "bluewin.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be"],
    "LU": ["pt.lu", "internet.lu", "gmail.com"],
    "CA": ["videotron.ca", "hotmail.com", "sympatico.ca"],
    "ES": ["telefonica.net", "gmail.com", "hotmail.es"],
    "MX": ["prodigy.net.mx", "hotmail.com", "gmail.com"],
    "CO": ["une.net.co", "hotmail.com", "gmail.com"],
    "PE": ["hotmail.com", "gmail.com", "speedy.com.pe"],
    "EC": ["hotmail.com", "gmail.com", "andinanet.net"],
    "AR": ["fibertel.com.ar", "hotmail.com.ar", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "xs4all.nl"],
}


def ascii_fold(s: str) -> str:
    """Lower case, accents dropped, as people make a mailbox name from their own."""
    special = str.maketrans(
        {
            "ß": "ss",
            "ø": "o",
            "æ": "ae",
            "œ": "oe",
            "ł": "l",
            "đ": "d",
            "ı": "i",
            "ð": "d",
            "þ": "th",
        }
    )
    t = unicodedata.normalize("NFKD", s.lower().translate(special))
    return "".join(c for c in t if c.isascii() and (c.isalnum() or c in " -'"))


def email(r: random.Random, country: str, given: str, family: str) -> str:
    g = ascii_fold(given).replace(" ", "").replace("'", "")
    f = ascii_fold(family).replace(" ", "").replace("'", "").replace("-", "")
    local = r.choice(
        [
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{g}{r.randint(1, 99)}",
            f"{f}.{g}",
            f"{g}_{f}{r.randint(60, 99)}",
        ]
    )
    return local + "@" + r.choice(MAIL_DOMAINS[country])
