"""Hand-written people, streets and towns per country and language, and how each country writes
an address. Kept apart from the number makers so that a reader can check the conventions alone."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Locale:
    """Where a message's people live: names, streets, towns, mail providers and address style."""

    given: tuple[str, ...]
    family: tuple[str, ...]
    streets: tuple[str, ...]
    towns: tuple[tuple[str, ...], ...]  # postcode, town, then extras (district, state, colony)
    mail: tuple[str, ...]
    style: str


def _loc(given: str, family: str, streets: str, towns: str, mail: str, style: str) -> Locale:
    """One locale from `;`-separated lists (towns as `postcode|town|extra`), short to write."""
    return Locale(
        tuple(given.split(";")),
        tuple(family.split(";")),
        tuple(streets.split(";")),
        tuple(tuple(t.split("|")) for t in towns.split(";")),
        tuple(mail.split(";")),
        style,
    )


LOCALES: dict[str, Locale] = {
    "en-GB": _loc(
        "Oliver;Amelia;Harjit;Chidi;Fiona;Rhys;Siobhan;Tomasz;Priya;Callum",
        "Hughes;Okafor;Patel;Kowalczyk;MacLeod;Thornton;Ahmed;Llewellyn;Fitzgerald-Ward;Baxter",
        "Mill Lane;Station Road;Kingsway;Albert Terrace;Bramble Close;St Mary's Walk",
        "BS3 4DF|Bristol;LS6 2QA|Leeds;CF24 3AA|Cardiff;EH7 5JA|Edinburgh;NG7 1FB|Nottingham",
        "gmail.com;outlook.com;btinternet.com;yahoo.co.uk",
        "gb",
    ),
    "en-IE": _loc(
        "Aoife;Ciarán;Niamh;Oisín;Saoirse;Darragh;Gráinne;Tadhg;Olga;Emeka",
        "Ó Briain;Byrne;Murphy;Ní Dhomhnaill;Kavanagh;Doyle;McCarthy;Brennan;Nowak;Adeyemi",
        "Seafield Road;Main Street;Ballymun Road;Church View;Ashgrove Park;Griffith Avenue",
        "D03 X2K7|Dublin 3|Clontarf;T12 R5CP|Cork|Ballintemple;H91 E2K3|Galway|Salthill;"
        "V94 T9PX|Limerick|Castletroy;A91 K584|Dundalk|Blackrock",
        "gmail.com;eircom.net;hotmail.com;icloud.com",
        "ie",
    ),
    "en-US": _loc(
        "Jordan;Emily;Marcus;Guadalupe;Tyler;Aisha;Brandon;Mei;DeShawn;Kaitlyn",
        "Johnson;Ramirez;Nguyen;Washington;Kowalski;Goldberg;O'Neill;Patel;Jackson;Hernandez",
        "Maple Ave;Oak Street;Elm Drive;Lincoln Blvd;Sunset Court;W 12th St",
        "43215|Columbus|OH;78704|Austin|TX;97214|Portland|OR;30307|Atlanta|GA;02139|Cambridge|MA",
        "gmail.com;yahoo.com;comcast.net;icloud.com",
        "us",
    ),
    "en-NZ": _loc(
        "Aroha;Liam;Mereana;Nikau;Olivia;Tane;Grace;Sione;Ruby;Hemi",
        "Ngata;Wilson;Tuilagi;Parata;Smith;Walker;Te Aho;Fonoti;Henare;Chen",
        "Karaka Street;Ponsonby Road;Kowhai Grove;Rimu Road;Tui Crescent;Cuba Street",
        "1011|Auckland|Ponsonby;6011|Wellington|Te Aro;8011|Christchurch|Sydenham;"
        "3204|Hamilton|Frankton;9016|Dunedin|Roslyn",
        "xtra.co.nz;gmail.com;outlook.co.nz;slingshot.co.nz",
        "nz",
    ),
    "en-ZA": _loc(
        "Thabo;Naledi;Pieter;Anele;Lerato;Johan;Zanele;Sipho;Fatima;Kagiso",
        "Nkosi;van der Merwe;Dlamini;Botha;Mokoena;Naidoo;Pretorius;Khumalo;Adams;Mthembu",
        "Jacaranda Street;Jan Smuts Avenue;Long Street;Protea Road;Kloof Street;Church Street",
        "0081|Pretoria|Menlo Park;2196|Johannesburg|Rosebank;8001|Cape Town|Gardens;"
        "4001|Durban|Berea;9301|Bloemfontein|Westdene",
        "gmail.com;mweb.co.za;telkomsa.net;webmail.co.za",
        "za",
    ),
    "en-MT": _loc(
        "Maria;Joseph;Rebecca;Kurt;Nicole;Clayton;Roberta;Matthew;Graziella;Luke",
        "Borg;Camilleri;Vella;Farrugia;Zammit;Galea;Grech;Micallef;Azzopardi;Spiteri",
        "Triq il-Kbira;Triq San Pawl;Triq il-Mitħna;Triq Dun Karm;Triq il-Wied;Triq tal-Ħriereb",
        "NXR 1234|Naxxar;ATD 1411|Attard;SLM 1553|Sliema;MST 2160|Mosta;BKR 4010|Birkirkara",
        "gmail.com;maltanet.net;go.net.mt;hotmail.com",
        "mt",
    ),
    "de-DE": _loc(
        "Lukas;Anna;Mehmet;Katharina;Jonas;Aleksandra;Felix;Ayşe;Niklas;Sophie",
        "Müller;Schneider;Yılmaz;Becker;Hoffmann;Nowak;Wagner;Schäfer;Kaya;von Bergen",
        "Hauptstraße;Lindenallee;Am Mühlbach;Goethestraße;Schillerplatz;Bahnhofstraße",
        "69117|Heidelberg;50667|Köln;04109|Leipzig;80331|München;28195|Bremen",
        "gmx.de;web.de;t-online.de;posteo.de",
        "de",
    ),
    "de-AT": _loc(
        "Florian;Johanna;Stefan;Lena;Dragan;Magdalena;Tobias;Elif;Matthias;Verena",
        "Gruber;Huber;Pichler;Steiner;Moser;Novak;Hofer;Jovanović;Leitner;Eder",
        "Praterstraße;Mariahilfer Straße;Landstraßer Hauptstraße;Herrengasse;Linzer Gasse;Sporgasse",
        "1020|Wien;1070|Wien;5020|Salzburg;8010|Graz;4020|Linz",
        "gmx.at;aon.at;chello.at;gmail.com",
        "at",
    ),
    "de-CH": _loc(
        "Luca;Nina;Reto;Seraina;Dominik;Mirjam;Andrin;Leonie;Besart;Corinne",
        "Meier;Keller;Brunner;Gerber;Baumann;Frei;Zürcher;Krasniqi;Schmid;Widmer",
        "Bahnhofstrasse;Seefeldstrasse;Dorfstrasse;Rosenweg;Kirchgasse;Zürichstrasse",
        "8008|Zürich;3011|Bern;4051|Basel;6003|Luzern;9000|St. Gallen",
        "bluewin.ch;gmx.ch;sunrise.ch;hispeed.ch",
        "ch",
    ),
    "de-LI": _loc(
        "Marco;Sandra;Patrick;Nadine;Thomas;Martina;Elias;Carmen;Manuel;Andrea",
        "Büchel;Frick;Hasler;Kaiser;Marxer;Ospelt;Beck;Wohlwend;Vogt;Matt",
        "Landstrasse;Äulestrasse;Kirchstrasse;Im Rietacker;Fürst-Franz-Josef-Strasse;Essanestrasse",
        "9490|Vaduz;9494|Schaan;9495|Triesen;9496|Balzers;9487|Gamprin-Bendern",
        "adon.li;supra.net;gmail.com;bluewin.ch",
        "li",
    ),
    "de-LU": _loc(
        "Laurent;Nathalie;Gilles;Mireille;Joao;Tom;Sandrine;Ben;Carole;Sven",
        "Schmit;Weber;Hoffmann;Wagner;Muller;Reuter;Ferreira;Kieffer;Thill;Gonçalves",
        "rue des Aubépines;avenue de la Liberté;rue de Hollerich;route d'Arlon;rue du Fossé;Haaptstrooss",
        "1145|Luxembourg;4001|Esch-sur-Alzette;9001|Ettelbruck;5201|Sandweiler;8001|Strassen",
        "pt.lu;internet.lu;gmail.com;vo.lu",
        "lu",
    ),
    "fr-FR": _loc(
        "Camille;Mathéo;Inès;Hugo;Yasmine;Théo;Chloé;Karim;Manon;Quentin",
        "Martin;Dubois;Lefèvre;Benali;Moreau;Nguyen;Fontaine;Girard;Traoré;Le Goff",
        "rue des Lilas;avenue Jean-Jaurès;boulevard Voltaire;impasse des Tilleuls;"
        "place de la République;rue Victor-Hugo",
        "69003|Lyon;75011|Paris;13006|Marseille;33000|Bordeaux;59000|Lille",
        "orange.fr;free.fr;laposte.net;sfr.fr",
        "fr",
    ),
    "fr-BE": _loc(
        "Maxime;Louise;Nicolas;Elise;Mehdi;Justine;Arnaud;Fatou;Cédric;Pauline",
        "Dupont;Lambert;Renard;El Amrani;Jacobs;Collignon;Lemaire;Mertens;Delvaux;Ndiaye",
        "Rue de la Station;Avenue Louise;Chaussée de Waterloo;Rue des Champs;Place Saint-Lambert;Rue Haute",
        "1300|Wavre;1050|Ixelles;4000|Liège;5000|Namur;6000|Charleroi",
        "skynet.be;proximus.be;gmail.com;voo.be",
        "be",
    ),
    "fr-CH": _loc(
        "Julien;Océane;Loïc;Camille;Yannick;Mélanie;Noah;Laetitia;Kevin;Elodie",
        "Rochat;Favre;Bonvin;Perrin;Cuénod;Chappuis;Monnier;Da Silva;Pittet;Gaillard",
        "Rue du Simplon;Avenue de la Gare;Chemin des Vignes;Rue de Lausanne;Route de Genève;Rue du Marché",
        "1006|Lausanne;1201|Genève;2000|Neuchâtel;1700|Fribourg;1950|Sion",
        "bluewin.ch;netplus.ch;gmail.com;romandie.com",
        "ch",
    ),
    "fr-LU": _loc(
        "Laurent;Nathalie;Gilles;Mireille;Joao;Tom;Sandrine;Ben;Carole;Sven",
        "Schmit;Weber;Hoffmann;Wagner;Muller;Reuter;Ferreira;Kieffer;Thill;Gonçalves",
        "rue des Aubépines;avenue de la Liberté;rue de Hollerich;route d'Arlon;rue du Fossé;boulevard Royal",
        "1145|Luxembourg;4001|Esch-sur-Alzette;9001|Ettelbruck;5201|Sandweiler;8001|Strassen",
        "pt.lu;internet.lu;gmail.com;vo.lu",
        "lu",
    ),
    "fr-MC": _loc(
        "Louis;Charlotte;Stéphane;Caroline;Marco;Elena;Philippe;Sophie;Lorenzo;Amélie",
        "Boisson;Pastor;Gastaud;Médecin;Rossi;Notari;Fissore;Bertrand;Marquet;Vatrican",
        "avenue de Grande-Bretagne;boulevard des Moulins;rue Grimaldi;avenue Princesse-Grace;"
        "rue Comte-Félix-Gastaldi;boulevard d'Italie",
        "98000|Monaco|Le Millefiori;98000|Monaco|Le Mirabeau;98000|Monaco|Les Caravelles;"
        "98000|Monaco|Villa Les Pins;98000|Monaco|Le Schuylkill",
        "monaco.mc;gmail.com;orange.fr;libello.com",
        "mc",
    ),
    "es-ES": _loc(
        "Lucía;Hugo;Martina;Javier;Aitana;Iker;Nerea;Mohamed;Carmen;Álvaro",
        "García López;Fernández Ruiz;Martínez Sanz;Rodríguez;Pérez Gil;Sánchez de la Torre;"
        "Navarro;Oliveira;El Idrissi;Iglesias",
        "C/ Mayor;Avda. de la Constitución;Calle de Alcalá;Paseo de Gracia;Plaza del Pilar;Calle Larios",
        "28013|Madrid;08007|Barcelona;41004|Sevilla;50003|Zaragoza;29015|Málaga",
        "gmail.com;hotmail.es;telefonica.net;yahoo.es",
        "es",
    ),
    "es-MX": _loc(
        "José Luis;Guadalupe;Diego;Ximena;Alejandro;Fernanda;Emiliano;Itzel;Ricardo;Mariana",
        "Hernández Cruz;López Ramírez;Martínez Ortiz;González;Flores Vázquez;Chávez;Morales;"
        "Reyes Mendoza;Jiménez;Castillo",
        "Av. Insurgentes Sur;Calle Durango;Av. Revolución;Calle Hidalgo;Calz. de Tlalpan;Av. Juárez",
        "03940|Benito Juárez|CDMX|Col. Crédito Constructor;06700|Cuauhtémoc|CDMX|Col. Roma Norte;"
        "44160|Guadalajara|Jal.|Col. Americana;64000|Monterrey|N.L.|Col. Centro;"
        "72000|Puebla|Pue.|Col. Centro",
        "gmail.com;hotmail.com;prodigy.net.mx;outlook.com",
        "mx",
    ),
    "es-AR": _loc(
        "Martín;Sofía;Facundo;Valentina;Agustín;Camila;Nicolás;Lucía;Matías;Florencia",
        "González;Rodríguez;Fernández;López;Gómez;Pérez;Romero;Sosa;Giménez;Di Stefano",
        "Av. Corrientes;Av. Santa Fe;Calle Florida;Av. Rivadavia;Thames;Bv. Oroño",
        "C1043AAZ|CABA;C1425BGH|CABA;X5000|Córdoba;S2000|Rosario;M5500|Mendoza",
        "gmail.com;hotmail.com.ar;fibertel.com.ar;yahoo.com.ar",
        "ar",
    ),
    "es-PE": _loc(
        "Luis;Rosa;Jorge;Milagros;Carlos;Ana Lucía;Renzo;Fiorella;Percy;Yolanda",
        "Quispe Mamani;Flores;Huamán;Rojas Vargas;Chávez;Torres;Mendoza;Ramos;Castillo;Salazar",
        "Av. Arequipa;Jr. de la Unión;Av. Javier Prado Este;Calle Los Pinos;Av. Larco;Jr. Ucayali",
        "15046|Lima|Lince;15074|Lima|Miraflores;15036|Lima|San Isidro;04001|Arequipa|Cercado;"
        "08002|Cusco|Wanchaq",
        "gmail.com;hotmail.com;yahoo.es;outlook.com",
        "pe",
    ),
    "es-EC": _loc(
        "Andrés;Gabriela;Santiago;Daniela;Byron;Karina;Mateo;Paola;Wilson;Estefanía",
        "Andrade;Mora;Zambrano;Cevallos;Vera;Guamán;Espinoza;Pazmiño;Villacís;Carrión",
        "Av. Amazonas;Av. 9 de Octubre;Calle García Moreno;Av. de los Shyris;Calle Larrea;Av. Remigio Crespo",
        "170135|Quito;090313|Guayaquil;010107|Cuenca;130105|Manta;180103|Ambato",
        "gmail.com;hotmail.com;yahoo.com;outlook.es",
        "ec",
    ),
    "nl-NL": _loc(
        "Daan;Sanne;Mohammed;Fleur;Thijs;Noor;Bas;Esra;Jeroen;Lieke",
        "de Vries;Jansen;van den Berg;Bakker;El Khatib;Visser;Smit;Meijer;Yıldız;van Dijk",
        "Prinsengracht;Dorpsstraat;Kerkweg;Oudegracht;Kastanjelaan;Molenweg",
        "1016 GV|Amsterdam;3511 AB|Utrecht;9711 LN|Groningen;5611 AA|Eindhoven;2512 CK|Den Haag",
        "ziggo.nl;kpnmail.nl;gmail.com;hotmail.nl",
        "nl",
    ),
    "nl-BE": _loc(
        "Lotte;Wout;Jana;Arne;Fien;Sander;Yasmina;Pieter-Jan;Ine;Bram",
        "Peeters;Janssens;Maes;Claes;Vermeulen;De Smet;Van den Broeck;Aerts;Öztürk;Wouters",
        "Kerkstraat;Stationsstraat;Molenstraat;Kouter;Lange Nieuwstraat;Dorpsplein",
        "2000|Antwerpen;9000|Gent;3000|Leuven;8000|Brugge;3500|Hasselt",
        "telenet.be;skynet.be;gmail.com;hotmail.be",
        "be",
    ),
    "nl-CW": _loc(
        "Shurendy;Giselle;Raymond;Jandyra;Kevin;Naomi;Jurick;Sharelly;Dennis;Ilse",
        "Martina;Isenia;Doran;Cijntje;Rosaria;Wiels;Pieternella;Statia;de Windt;Girigorie",
        "Kaya Grandi;Schottegatweg Oost;Kaya Flamboyan;Santa Rosaweg;Kaya Kakina;Penstraat",
        "|Willemstad|Otrobanda;|Willemstad|Pietermaai;|Willemstad|Punda;|Sint Michiel;|Barber",
        "gmail.com;hotmail.com;onenet.cw;flamingo.cw",
        "cw",
    ),
}

COUNTRIES_BY_LANG: dict[str, tuple[str, ...]] = {
    "en": ("GB", "IE", "US", "NZ", "ZA", "MT"),
    "de": ("DE", "AT", "CH", "LI", "LU"),
    "fr": ("FR", "BE", "CH", "LU", "MC"),
    "es": ("ES", "MX", "AR", "PE", "EC"),
    "nl": ("NL", "BE", "CW"),
}

_COUNTRY_NAMES = {"LU": "Luxembourg", "CW": "Curaçao", "LI": "Liechtenstein", "MC": "Monaco"}


def _number(rng: random.Random) -> str:
    """A house number, now and then with a letter or `bis`-like suffix left to the caller."""
    return str(rng.choice((rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 260))))


def _gb(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    flat = rng.choice(("", "", f"Flat {rng.randint(1, 12)}, ", f"{rng.randint(1, 9)}A "))
    return [f"{flat}{_number(rng)} {street}", town[1], town[0]]


def _ie(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    apt = rng.choice(("", f"Apt {rng.randint(1, 40)}, ", "No. "))
    return [f"{apt}{_number(rng)} {street}", f"{town[2]}, {town[1]}", town[0]]


def _us(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    unit = rng.choice(
        ("", f" Apt {rng.randint(1, 9)}{rng.choice('ABCD')}", f" Unit {rng.randint(100, 420)}")
    )
    return [f"{rng.randint(100, 9899)} {street}{unit}", f"{town[1]}, {town[2]} {town[0]}"]


def _nz(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    unit = rng.choice(("", f"{rng.randint(1, 8)}/", f"Flat {rng.randint(1, 6)}, "))
    return [f"{unit}{_number(rng)} {street}", town[2], f"{town[1]} {town[0]}"]


def _za(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    complex_ = rng.choice(("", f"Unit {rng.randint(1, 30)} Protea Gardens, "))
    return [f"{complex_}{_number(rng)} {street}", town[2], f"{town[1]}, {town[0]}"]


def _mt(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    house = rng.choice(("", "'Dar il-Ward', ", f"Flat {rng.randint(1, 9)}, ", "'Santa Marija', "))
    return [f"{house}{_number(rng)}, {street}", f"{town[1]} {town[0]}"]


def _de(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    lines = [f"{street} {_number(rng)}{rng.choice(('', '', 'a', 'b'))}"]
    note = rng.choice(("", "", "", "3. OG links", "Hinterhaus", "bei Schulz", "EG rechts"))
    return lines + ([note] if note else []) + [f"{town[0]} {town[1]}"]


def _at(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    door = rng.choice(
        (
            f"/{rng.randint(1, 4)}/{rng.randint(1, 24)}",
            f"/{rng.randint(1, 30)}",
            f" Top {rng.randint(1, 20)}",
            "",
        )
    )
    return [f"{street} {_number(rng)}{door}", f"{town[0]} {town[1]}"]


def _ch(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    co = rng.choice(("", "", "Wohnung 3", "2. Stock"))
    return (
        [f"{street} {_number(rng)}"]
        + ([co] if co else [])
        + [f"{rng.choice(('', 'CH-'))}{town[0]} {town[1]}"]
    )


def _li(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    return [f"{street} {_number(rng)}", f"{rng.choice(('', 'FL-', 'LI-'))}{town[0]} {town[1]}"]


def _lu(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    return [f"{_number(rng)}, {street}", f"L-{town[0]} {town[1]}"]


def _fr(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    suffix = rng.choice(("", "", " bis", " ter"))
    floor = rng.choice(
        (
            "",
            "",
            f"Bât. {rng.choice('ABC')}, {rng.randint(2, 6)}e étage",
            "Résidence Les Acacias, appt 14",
        )
    )
    return (
        [f"{_number(rng)}{suffix} {street}"] + ([floor] if floor else []) + [f"{town[0]} {town[1]}"]
    )


def _be(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    word = "bte" if street.startswith(("Rue", "Avenue", "Chaussée", "Place")) else "bus"
    box = rng.choice(("", "", f" {word} {rng.randint(1, 12)}", f"/{rng.randint(1, 9)}"))
    return [f"{street} {_number(rng)}{box}", f"{town[0]} {town[1]}"]


def _mc(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    return [f"{town[2]}", f"{_number(rng)} {street}", f"{town[0]} {town[1]}"]


def _es(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    floor = rng.choice(
        (
            "",
            f", {rng.randint(1, 8)}º {rng.choice(('izq.', 'dcha.', 'A', 'B', '2ª'))}",
            ", bajo",
            ", ático",
        )
    )
    return [f"{street}, {_number(rng)}{floor}", f"{town[0]} {town[1]}"]


def _mx(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    inner = rng.choice(("", f", Int. {rng.randint(1, 12)}", f", Depto. {rng.randint(101, 804)}"))
    return [
        f"{street} {rng.randint(10, 2400)}{inner}",
        f"{town[3]}, {town[1]}",
        f"C.P. {town[0]}, {town[2]}",
    ]


def _ar(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    floor = rng.choice(
        (
            "",
            f", piso {rng.randint(1, 14)}, depto. {rng.choice('ABCDE')}",
            f" {rng.randint(1, 9)}º {rng.choice('ABC')}",
        )
    )
    return [f"{street} {rng.randint(100, 4800)}{floor}", f"({town[0]}) {town[1]}"]


def _pe(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    dpto = rng.choice(("", f", Dpto. {rng.randint(101, 1204)}", f" Int. {rng.randint(1, 9)}"))
    return [f"{street} {rng.randint(100, 3400)}{dpto}", f"{town[2]}, {town[1]} {town[0]}"]


def _ec(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    corner = rng.choice(("Av. Naciones Unidas", "Calle Veintimilla", "Av. Colón", "Calle Sucre"))
    return [
        f"{street} N{rng.randint(12, 58)}-{rng.randint(10, 180)} y {corner}",
        f"{town[1]} {town[0]}",
    ]


def _nl(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    extra = rng.choice(("", "", "-1", " hs", " II", "A", "-bis"))
    return [f"{street} {_number(rng)}{extra}", f"{town[0]}{rng.choice(('  ', ' '))}{town[1]}"]


def _cw(rng: random.Random, street: str, town: tuple[str, ...]) -> list[str]:
    place = f"{town[1]}, {town[2]}" if len(town) > 2 else town[1]
    return [f"{street} {_number(rng)}", place, "Curaçao"]


_STYLES = {
    "gb": _gb, "ie": _ie, "us": _us, "nz": _nz, "za": _za, "mt": _mt, "de": _de, "at": _at,
    "ch": _ch, "li": _li, "lu": _lu, "fr": _fr, "be": _be, "mc": _mc, "es": _es, "mx": _mx,
    "ar": _ar, "pe": _pe, "ec": _ec, "nl": _nl, "cw": _cw,
}  # fmt: skip


def address_lines(rng: random.Random, locale: Locale) -> list[str]:
    """A private address in its country's convention, one string per written line."""
    lines = _STYLES[locale.style](rng, rng.choice(locale.streets), rng.choice(locale.towns))
    return [line for line in lines if line]


def country_name(country: str) -> str:
    """The country line some people add to an address abroad."""
    return _COUNTRY_NAMES.get(country, "")
