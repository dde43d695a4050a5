"""Personal values as people in each country write them: names, addresses, dates of birth,
phones, national ids, IBANs, cards, e-mails, IPs and credentials. Check digits come from
python-stdnum and phonenumbers, never from a hand-rolled table that could share our bugs."""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import string
import unicodedata
from dataclasses import dataclass

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.au import tfn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pt import cc as pt_cc
from stdnum.pt import nif as pt_nif
from stdnum.us import ssn

LOCALES = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_AU",
    "en_IN",
    "de_DE",
    "fr_FR",
    "es_ES",
    "nl_NL",
    "it_IT",
    "pt_PT",
)
REGION = {loc: loc[3:] for loc in LOCALES}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTHS_SPLIT = {k: v.split() for k, v in MONTHS.items()}

CITIES = {
    "US": ["Columbus", "Tucson", "Raleigh", "Boise", "Omaha", "Sacramento", "Tampa"],
    "GB": ["Leeds", "Bristol", "Norwich", "Cardiff", "Leicester", "York", "Glasgow"],
    "IE": ["Cork", "Galway", "Limerick", "Waterford", "Kilkenny", "Sligo", "Athlone"],
    "AU": ["Parramatta", "Geelong", "Hobart", "Ballarat", "Townsville", "Wollongong"],
    "IN": ["Pune", "Bengaluru", "Kochi", "Jaipur", "Lucknow", "Indore", "Coimbatore"],
    "DE": ["Bielefeld", "Freiburg im Breisgau", "Kassel", "Leipzig", "Regensburg", "Münster"],
    "FR": ["Lyon", "Nantes", "Saint-Étienne", "Clermont-Ferrand", "Rennes", "Aix-en-Provence"],
    "ES": ["Zaragoza", "Valladolid", "Alcalá de Henares", "Málaga", "Bilbao", "A Coruña"],
    "NL": ["Utrecht", "Den Haag", "'s-Hertogenbosch", "Groningen", "Zwolle", "Haarlem"],
    "IT": ["Bologna", "Reggio Emilia", "Bergamo", "Lecce", "Padova", "Sesto San Giovanni"],
    "PT": ["Braga", "Coimbra", "Vila Nova de Gaia", "Aveiro", "Setúbal", "Póvoa de Varzim"],
}
COUNTRIES = {
    "en": ["Germany", "Portugal", "Canada", "Japan", "Ireland", "Brazil"],
    "de": ["Österreich", "Frankreich", "Spanien", "Polen", "die Schweiz"],
    "fr": ["Belgique", "Allemagne", "Espagne", "Maroc", "Canada"],
    "es": ["Portugal", "Francia", "México", "Argentina", "Alemania"],
    "nl": ["België", "Duitsland", "Frankrijk", "Spanje", "Suriname"],
    "it": ["Francia", "Svizzera", "Germania", "Spagna", "Austria"],
    "pt": ["Espanha", "França", "Brasil", "Angola", "Suíça"],
}


@dataclass
class Person:
    first: str
    last: str
    full: str  # as written in this message
    title: str  # "Frau", "M.", "Dr" ... (not part of the span)


def fold(s: str) -> str:
    return (
        unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")
    )


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# --- names -----------------------------------------------------------------------------------------
_IE_GAELIC = [("Seán", "Ó Briain"), ("Aoife", "Ní Mhurchú"), ("Pádraig", "Mac Giolla"),
              ("Siobhán", "Ó Súilleabháin"), ("Caoimhe", "Nic Dhonnchadha"), ("Eoin", "Ó Ceallaigh")]  # fmt: skip
_APOS = {"en_IE": ["O'Sullivan", "O'Connor", "O'Neill", "McCarthy", "MacNamara"],
         "en_GB": ["O'Hara", "McAllister", "Fforde", "Smith-Wade"],
         "en_US": ["O'Malley", "McKenzie", "DeLuca", "Van Buren"],
         "en_AU": ["O'Keefe", "McGrath", "Nguyen", "Papadopoulos"]}  # fmt: skip
_DE_PART = ["von", "von der", "zu", "van", "vom"]
_FR_PART = ["de", "de La", "du", "Le", "d'"]
_NL_PART = ["van", "van der", "van den", "de", "van 't", "ter", "ten"]
_IT_PART = ["De", "Di", "Della", "D'", "Lo", "La"]
_PT_PART = ["da", "dos", "de", "das", "do"]
_ES_PART = ["de la", "del", "de"]


TITLES = {  # (for women, for men, either): a title stays outside the name's span
    "en": (["Ms ", "Mrs "], ["Mr "], ["Dr "]), "de": (["Frau "], ["Herr "], ["Dr. "]),
    "fr": (["Mme "], ["M. "], ["Me ", "Dr "]), "es": (["Sra. ", "D.ª "], ["Sr. ", "D. "], ["Dr. "]),
    "pt": (["Sra. ", "Sra.ª D.ª "], ["Sr. "], ["Dr. "]), "nl": (["mevrouw ", "mw. "], ["meneer ", "dhr. "], ["dr. "]),
    "it": (["Sig.ra ", "Dott.ssa "], ["Sig. ", "Dott. "], ["Avv. "]),
}  # fmt: skip


def person(rng: random.Random, fk: Faker, loc: str) -> Person:
    lang = loc[:2]
    female = rng.random() < 0.5
    given = fk.first_name_female if female else fk.first_name_male
    first = given()
    last = fk.last_name()
    if loc in _APOS and rng.random() < 0.25:
        last = rng.choice(_APOS[loc])
    if loc == "en_IE" and rng.random() < 0.15:
        first, last = rng.choice(_IE_GAELIC)
    if lang == "de":
        r = rng.random()
        if r < 0.15:
            last = f"{rng.choice(_DE_PART)} {last}"
        elif r < 0.3:
            last = f"{last}-{fk.last_name()}"
    elif lang == "fr":
        if rng.random() < 0.2:
            p = rng.choice(_FR_PART)
            last = f"{p}{last}" if p.endswith("'") else f"{p} {last}"
        if rng.random() < 0.25:
            first = f"{first}-{given()}"
    elif lang == "es":
        last2 = fk.last_name()
        last = f"{last} {last2}" if rng.random() < 0.7 else f"{last} {rng.choice(_ES_PART)} {last2}"
        if rng.random() < 0.2:
            first = f"{first} {given()}"
    elif lang == "pt":
        mid = rng.choice(_PT_PART)
        last = f"{fk.last_name()} {last}" if rng.random() < 0.4 else f"{mid} {last}"
        if rng.random() < 0.4:
            first = f"{first} {given()}"
    elif lang == "nl":
        if rng.random() < 0.4 and " " not in last:
            last = f"{rng.choice(_NL_PART)} {last}"
    elif lang == "it" and rng.random() < 0.2:
        p = rng.choice(_IT_PART)
        last = f"{p}{last}" if p.endswith("'") else f"{p} {last}"
    women, men, either = TITLES[lang]
    title = rng.choice([*(women if female else men), *either, "", "", ""])
    if loc == "en_US" and title:
        title = title.rstrip() + ". "  # American usage: "Ms.", "Dr."
    style = rng.random()
    if lang == "fr" and style < 0.45:
        full = f"{first} {last.upper()}" if style < 0.25 else f"{last.upper()} {first}"
    elif lang == "it" and style < 0.2:
        full = f"{last.upper()} {first}"
    elif lang == "nl" and style < 0.25:
        initials = "".join(f"{p[0]}." for p in first.split("-"))
        full = (
            f"{initials} {last}"
            if rng.random() < 0.5
            else f"{initials}{fk.first_name()[0]}. {last}"
        )
    elif style < 0.15:
        full = f"{last}, {first}"
    elif lang == "en" and style < 0.25:
        full = f"{first} {fk.first_name()[0]}. {last}"
    else:
        full = f"{first} {last}"
    return Person(first, last, full, title)


# --- addresses ------------------------------------------------------------------------------------
_DE_STEM = ["Haupt", "Bahnhof", "Schiller", "Goethe", "Linden", "Kirch", "Garten", "Berliner",
            "Dorf", "Mühlen", "Eichendorff", "Friedrich-Ebert-", "Rosen", "Schloss"]  # fmt: skip
_FR_NAME = ["de la République", "Victor Hugo", "des Lilas", "du Moulin", "Jean Jaurès",
            "de Verdun", "Pasteur", "des Écoles", "du Général de Gaulle", "Saint-Exupéry"]  # fmt: skip
_ES_NAME = ["Mayor", "de Alcalá", "del Carmen", "de la Constitución", "San Vicente Mártir",
            "de Pío XII", "Real", "de Blasco Ibáñez", "Nueva", "del Sol"]  # fmt: skip
_IT_NAME = ["Roma", "Giuseppe Garibaldi", "Vittorio Emanuele II", "Dante Alighieri",
            "dei Mille", "XX Settembre", "Cavour", "della Repubblica", "San Francesco"]  # fmt: skip
_PT_NAME = ["Augusta", "da Liberdade", "do Carmo", "de Santa Catarina", "Almirante Reis",
            "dos Combatentes", "Dom João IV", "da Boavista", "25 de Abril"]  # fmt: skip
_NL_NAME = ["Kerk", "Prinsen", "Dorps", "Molen", "Wilhelmina", "Van Baerle", "Oranje",
            "Nieuwe Binnen", "Heren", "Koning"]  # fmt: skip
_EN_STREET = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Gardens",
              "Terrace", "Way", "Grove", "Place"]  # fmt: skip
_AU_STATE = ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT"]
_IT_PROV = ["MI", "RM", "TO", "BO", "NA", "FI", "BG", "PD"]


def address(rng: random.Random, fk: Faker, loc: str) -> tuple[str, str]:
    """(street line, postcode-and-city line) in the country's own order and abbreviations."""
    reg = REGION[loc]
    city = rng.choice(CITIES[reg]) if rng.random() < 0.6 else fk.city()
    n = str(rng.randint(1, 240))
    if reg == "US":
        st = fk.street_address()
        return st, f"{city}, {fk.state_abbr()} {fk.zipcode()}"
    if reg == "GB":
        st = f"{n} {fk.last_name()} {rng.choice(_EN_STREET)}"
        if rng.random() < 0.3:
            st = f"Flat {rng.randint(1, 30)}, {st}"
        return st, f"{city} {fk.postcode()}"
    if reg == "IE":
        st = f"{n} {rng.choice(['Main', 'Church', 'Bridge', fk.last_name()])} {rng.choice(_EN_STREET)}"
        if rng.random() < 0.3:
            st = f"Apt {rng.randint(1, 40)}, {st}"
        key = f"{rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(1, 99):02d}"
        code = "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return (
            st,
            f"Co. {rng.choice(['Cork', 'Kerry', 'Mayo', 'Clare', 'Wicklow'])}, {key} {code}"
            if rng.random() < 0.3
            else f"{city}, {key} {code}",
        )
    if reg == "AU":
        st = (
            f"{n} {fk.last_name()} {rng.choice(['Street', 'St', 'Road', 'Rd', 'Parade', 'Avenue'])}"
        )
        if rng.random() < 0.35:
            st = (
                f"Unit {rng.randint(1, 40)}/{st}"
                if rng.random() < 0.5
                else f"{rng.randint(1, 40)}/{st}"
            )
        return st, f"{city} {rng.choice(_AU_STATE)} {rng.randint(2000, 7999)}"
    if reg == "IN":
        st = (
            f"{rng.choice(['Flat', 'H.No.', 'Plot No.', '#'])} {rng.randint(1, 900)}, "
            f"{fk.last_name()} {rng.choice(['Residency', 'Apartments', 'Nagar', 'Enclave'])}, "
            f"{_ordinal(rng.randint(1, 18))} {rng.choice(['Cross', 'Main', 'Block'])}"
        )
        return st, f"{city} - {rng.randint(110001, 855999)}"
    if reg == "DE":
        num = n + rng.choice(["", "", "", "a", "b", f"-{int(n) + 2}"])
        r = rng.random()
        if r < 0.5:
            st = f"{rng.choice(_DE_STEM)}{rng.choice(['straße', 'str.', 'weg', 'allee', 'ring', 'gasse'])} {num}"
        elif r < 0.7:
            st = f"{rng.choice(['Am Lindenhof', 'An der Mühle', 'Im Steinacker', 'Auf dem Kirchberg', 'Zum Sportplatz'])} {num}"
        else:
            st = f"{fk.street_name()} {num}"
        return st, f"{fk.postcode()} {city}"
    if reg == "FR":
        bis = rng.choice(["", "", "", " bis", " ter"])
        comma = rng.choice([",", ""])
        way = rng.choice(
            ["rue", "avenue", "boulevard", "bd", "allée", "impasse", "chemin", "place", "quai"]
        )
        st = f"{n}{bis}{comma} {way} {rng.choice(_FR_NAME)}"
        if rng.random() < 0.25:
            st = f"Bât. {rng.choice('ABCD')}, appt {rng.randint(1, 60)}, {st}"
        cedex = " CEDEX" if rng.random() < 0.1 else ""
        return st, f"{fk.postcode()} {city.upper() if rng.random() < 0.3 else city}{cedex}"
    if reg == "ES":
        way = rng.choice(["C/", "Calle", "Avda.", "Av.", "Pza.", "Paseo", "Ctra."])
        no = rng.choice([f", {n}", f" {n}", f", n.º {n}", f" nº {n}"])
        floor = rng.choice(["", "", f", {rng.randint(1, 9)}º {rng.choice('ABCD')}",
                            f", {rng.randint(1, 9)}.º {rng.choice(['izda.', 'dcha.', 'izq.'])}",
                            ", bajo"])  # fmt: skip
        return f"{way} {rng.choice(_ES_NAME)}{no}{floor}", f"{fk.postcode()} {city}"
    if reg == "NL":
        toev = rng.choice(["", "", "", "-1", " hs", " III", "A", " bis"])
        st = f"{rng.choice(_NL_NAME)}{rng.choice(['straat', 'gracht', 'laan', 'weg', 'plein', 'kade'])} {n}{toev}"
        pc = fk.postcode().replace(" ", "")
        pc = f"{pc[:4]} {pc[4:]}" if rng.random() < 0.7 else pc
        return st, f"{pc} {city}" if rng.random() < 0.7 else f"{pc}  {city.upper()}"
    if reg == "IT":
        way = rng.choice(["Via", "Viale", "Corso", "P.zza", "Piazza", "V.le", "Vicolo"])
        no = rng.choice([f" {n}", f", {n}", f", {n}/{rng.choice('ABC')}", f" n. {n}"])
        st = f"{way} {rng.choice(_IT_NAME)}{no}"
        if rng.random() < 0.2:
            st += f", scala {rng.choice('ABC')}, int. {rng.randint(1, 20)}"
        prov = rng.choice(_IT_PROV)
        return (
            st,
            f"{fk.postcode()} {city} ({prov})"
            if rng.random() < 0.6
            else f"{fk.postcode()} {city} {prov}",
        )
    way = rng.choice(["Rua", "R.", "Av.", "Avenida", "Travessa", "Largo", "Praça"])
    no = rng.choice([f", {n}", f" {n}", f", n.º {n}", f" nº {n}"])
    floor = rng.choice(
        [
            "",
            "",
            f", {rng.randint(1, 9)}.º Esq.",
            f", {rng.randint(1, 9)}.º Dto",
            ", r/c",
            f" - {rng.randint(1, 9)}º D",
        ]
    )
    return f"{way} {rng.choice(_PT_NAME)}{no}{floor}", f"{fk.postcode()} {city}"


def _ordinal(n: int) -> str:
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10 if n not in (11, 12, 13) else 0, 'th') }"


# --- dates ----------------------------------------------------------------------------------------
def write_date(rng: random.Random, loc: str, y: int, m: int, d: int, *, iso_ok: bool = True) -> str:
    """A calendar date the way this country writes it by hand or in forms."""
    lang = loc[:2]
    mon = MONTHS_SPLIT[lang][m - 1]
    yy = f"{y % 100:02d}"
    if iso_ok and rng.random() < 0.1:
        return f"{y:04d}-{m:02d}-{d:02d}"
    r = rng.random()
    if loc == "en_US":
        opts = [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{mon} {d}, {y}",
            f"{m}/{d}/{yy}",
            f"{mon[:3]} {d}, {y}",
        ]
    elif lang == "en":
        th = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")
        opts = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {mon} {y}",
            f"{d}{th} {mon} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {mon[:3]} {y}",
            f"{d:02d}/{m:02d}/{yy}",
        ]
    elif lang == "de":
        opts = [
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y}",
            f"{d}. {mon} {y}",
            f"{d:02d}.{m:02d}.{yy}",
            f"{d}.{m}.{yy}",
        ]
    elif lang == "fr":
        dd = "1er" if d == 1 else str(d)
        opts = [
            f"{d:02d}/{m:02d}/{y}",
            f"{dd} {mon} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}/{m:02d}/{yy}",
        ]
    elif lang in ("es", "pt"):
        opts = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} de {mon} de {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m}/{yy}",
        ]
    elif lang == "nl":
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}"]
    else:  # it
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{yy}"]
    return opts[int(r * len(opts))]


def birth_date(rng: random.Random, loc: str) -> str:
    y, m, d = rng.randint(1938, 2007), rng.randint(1, 12), rng.randint(1, 28)
    return write_date(rng, loc, y, m, d)


def other_date(rng: random.Random, loc: str) -> str:
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    return write_date(rng, loc, y, m, d)


DOB_CUES = {
    "en": ["DOB: ", "Date of birth: ", "born ", "D.O.B. ", "Birthdate: ", "date of birth "],
    "de": ["geb. ", "geboren am ", "Geburtsdatum: ", "* ", "Geb.-Datum: "],
    "fr": ["né le ", "née le ", "date de naissance : ", "né(e) le ", "Date de naissance: "],
    "es": ["fecha de nacimiento: ", "nacido el ", "nacida el ", "F. nac.: ", "Fecha nac. "],
    "nl": ["geboren op ", "geboortedatum: ", "geb. ", "Geboortedatum "],
    "it": ["nato il ", "nata il ", "data di nascita: ", "nato/a il ", "Data di nascita "],
    "pt": ["data de nascimento: ", "nascido em ", "nascida a ", "DN: ", "Data de nasc.: "],
}


# --- phones ---------------------------------------------------------------------------------------
def phone(rng: random.Random, loc: str) -> str:
    reg = REGION[loc]
    t = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(reg, t)
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(500):
        keep = rng.randint(1, 3)
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        try:
            num = phonenumbers.parse(cand, reg)
        except phonenumbers.NumberParseException:  # e.g. a draw that starts with "00"
            continue
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.region_code_for_number(num) == reg
            and "555" not in cand[3:6]
        ):
            break
    else:  # pragma: no cover - every region above yields valid numbers quickly
        num = ex
    cc = str(num.country_code)
    F = phonenumbers.PhoneNumberFormat
    r = rng.random()
    nat = phonenumbers.format_number(num, F.NATIONAL)
    intl = phonenumbers.format_number(num, F.INTERNATIONAL)
    if r < 0.35:
        out = nat
    elif r < 0.6:
        out = intl
    elif r < 0.7:
        out = phonenumbers.format_number(num, F.E164)
    elif r < 0.8 and reg not in ("US", "AU"):  # where "00" is the international prefix
        out = "00" + intl[1:]
    elif r < 0.9 or reg in ("US", "AU"):
        sep = rng.choice([".", "-", "/", ""])
        out = nat.replace(" ", sep) if "(" not in nat else nat
    else:
        rest = intl.split(" ", 1)[1]
        out = (
            f"+{cc} (0){rest}"
            if reg in ("GB", "DE", "NL", "AU", "IE")
            else f"+{cc}-{rest.replace(' ', '-')}"
        )
    return out


EXT = {"en": [" ext. ", " x", " ext ", " (ext. "], "de": [" Durchwahl ", " App. ", "-"],
       "fr": [" poste "], "es": [" ext. "], "nl": [" toestel "], "it": [" int. "], "pt": [" ext. "]}  # fmt: skip


# --- national ids -----------------------------------------------------------------------------------
def _try(rng: random.Random, make, ok) -> str:
    for _ in range(5000):
        c = make()
        if ok(c):
            return c
    raise RuntimeError("no valid identifier after 5000 tries")  # pragma: no cover


def national_id(rng: random.Random, loc: str) -> tuple[str, str, str]:
    """(label as the country writes it, value, stdnum module name for validation)"""
    reg = REGION[loc]
    if reg == "US":
        v = _try(
            rng,
            lambda: f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}",
            ssn.is_valid,
        )
        return (
            rng.choice(["SSN", "Social Security No.", "SS#"]),
            ssn.format(v) if rng.random() < 0.8 else v,
            "us.ssn",
        )
    if reg == "GB":
        if rng.random() < 0.5:
            v = _try(rng, lambda: digits(rng, 10), _nhs_ok)
            return "NHS number", f"{v[:3]} {v[3:6]} {v[6:]}" if rng.random() < 0.7 else v, "gb.nhs"
        a = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        while a in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            a = "AB"
        d = digits(rng, 6)
        s = rng.choice("ABCD")
        return (
            rng.choice(["NI number", "National Insurance No", "NINO"]),
            (f"{a} {d[:2]} {d[2:4]} {d[4:]} {s}" if rng.random() < 0.5 else f"{a}{d}{s}"),
            "gb.nino",
        )
    if reg == "IE":
        v = _try(
            rng,
            lambda: (
                digits(rng, 7)
                + rng.choice(string.ascii_uppercase[:23])
                + rng.choice(["", "", "A", "W"])
            ),
            pps.is_valid,
        )
        return rng.choice(["PPSN", "PPS No.", "PPS number"]), v, "ie.pps"
    if reg == "AU":
        v = _try(rng, lambda: digits(rng, 9), tfn.is_valid)
        return "TFN", f"{v[:3]} {v[3:6]} {v[6:]}" if rng.random() < 0.6 else v, "au.tfn"
    if reg == "IN":
        if rng.random() < 0.6:
            v = _try(rng, lambda: str(rng.randint(2, 9)) + digits(rng, 11), aadhaar.is_valid)
            return (
                rng.choice(["Aadhaar", "Aadhaar No.", "UID"]),
                aadhaar.format(v) if rng.random() < 0.7 else v,
                "in_.aadhaar",
            )
        v = _try(
            rng,
            lambda: (
                "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
                + rng.choice("PCHFATBLJG")
                + rng.choice(string.ascii_uppercase)
                + digits(rng, 4)
                + rng.choice(string.ascii_uppercase)
            ),
            pan.is_valid,
        )
        return "PAN", v, "in_.pan"
    if reg == "DE":
        v = _try(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), idnr.is_valid)
        return (
            rng.choice(["Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr."]),
            idnr.format(v) if rng.random() < 0.4 else v,
            "de.idnr",
        )
    if reg == "FR":
        body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        v = body + nir.calc_check_digits(body)
        assert nir.is_valid(v)
        return (
            rng.choice(["N° de sécurité sociale", "NIR", "n° SS"]),
            nir.format(v) if rng.random() < 0.6 else v,
            "fr.nir",
        )
    if reg == "ES":
        if rng.random() < 0.7:
            b = digits(rng, 8)
            return rng.choice(["DNI", "NIF", "D.N.I."]), b + dni.calc_check_digit(b), "es.dni"
        b = rng.choice("XYZ") + digits(rng, 7)
        return (
            "NIE",
            _try(rng, lambda: b + rng.choice(string.ascii_uppercase), nie.is_valid),
            "es.nie",
        )
    if reg == "NL":
        v = _try(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 8), bsn.is_valid)
        return rng.choice(["BSN", "burgerservicenummer", "BSN-nummer"]), v, "nl.bsn"
    if reg == "IT":
        L = string.ascii_uppercase
        b = ("".join(rng.choice(L) for _ in range(6)) + f"{rng.randint(0, 99):02d}" + rng.choice("ABCDEHLMPRST")
             + f"{rng.choice([rng.randint(1, 28), rng.randint(41, 68)]):02d}" + rng.choice(L) + digits(rng, 3))  # fmt: skip
        v = b + codicefiscale.calc_check_digit(b)
        assert codicefiscale.is_valid(v), v
        return rng.choice(["Codice fiscale", "C.F.", "CF"]), v, "it.codicefiscale"
    if rng.random() < 0.6:
        v = _try(rng, lambda: rng.choice("123") + digits(rng, 8), pt_nif.is_valid)
        return (
            rng.choice(["NIF", "Contribuinte", "NIF/NIPC"]),
            v if rng.random() < 0.6 else f"{v[:3]} {v[3:6]} {v[6:]}",
            "pt.nif",
        )
    b = digits(rng, 9) + "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
    v = b + pt_cc.calc_check_digit(b)
    return rng.choice(["Cartão de Cidadão", "CC n.º"]), pt_cc.format(v), "pt.cc"


def _nhs_ok(v: str) -> bool:
    s = sum(int(c) * (10 - i) for i, c in enumerate(v[:9]))
    chk = 11 - s % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(v[9])


def nino_ok(v: str) -> bool:
    c = v.replace(" ", "")
    return (
        len(c) == 9
        and c[:2].isalpha()
        and c[2:8].isdigit()
        and c[8] in "ABCD"
        and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    )


def nhs_ok(v: str) -> bool:
    c = v.replace(" ", "")
    return len(c) == 10 and c.isdigit() and _nhs_ok(c)


# --- money ----------------------------------------------------------------------------------------
IBAN_LOCALE = {"GB": "en_GB", "IE": "en_IE", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES",
               "NL": "nl_NL", "IT": "it_IT", "PT": "pt_PT"}  # fmt: skip


def iban(rng: random.Random, fakers: dict[str, Faker], loc: str) -> str:
    reg = REGION[loc]
    src = IBAN_LOCALE.get(reg) or IBAN_LOCALE[rng.choice(["DE", "NL", "FR", "IE"])]
    v = fakers[src].iban()
    assert std_iban.is_valid(v), v
    return std_iban.format(v) if rng.random() < 0.6 else v


def card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "maestro"])
    pre, n = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
              "amex": (rng.choice(["34", "37"]), 15), "maestro": (rng.choice(["6759", "5018", "6761"]), 16)}[brand]  # fmt: skip
    body = pre + digits(rng, n - len(pre) - 1)
    v = body + luhn.calc_check_digit(body)
    sep = rng.choice([" ", " ", "-", ""])
    if n == 15:
        return f"{v[:4]}{sep}{v[4:10]}{sep}{v[10:]}"
    return sep.join(v[i : i + 4] for i in range(0, 16, 4))


# --- internet -------------------------------------------------------------------------------------
_MAIL = {"en_US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com"],
         "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"],
         "en_IE": ["eircom.net", "gmail.com", "outlook.ie"], "en_AU": ["bigpond.com", "optusnet.com.au", "gmail.com"],
         "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
         "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "es_ES": ["gmail.com", "telefonica.net", "hotmail.es"],
         "nl_NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com"], "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
         "pt_PT": ["sapo.pt", "gmail.com", "clix.pt", "netcabo.pt"]}  # fmt: skip


def email(rng: random.Random, fk: Faker, loc: str, p: Person | None = None) -> str:
    first = fold(p.first if p else fk.first_name()).replace("-", "")
    last = fold((p.last if p else fk.last_name()).split()[-1]).replace("'", "")
    dom = rng.choice(_MAIL[loc]) if rng.random() < 0.6 else fold(fk.domain_name())
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(1, 99)}",
                        f"{last}.{first[0]}", f"{first}{rng.randint(70, 99)}", f"{first}.{last}+{rng.choice(['news', 'shop', 'work'])}"])  # fmt: skip
    return f"{local}@{dom}"


_PRIVATE = [ipaddress.ip_network(n) for n in ("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/3", "192.0.2.0/24")]  # fmt: skip


def ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        words = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(5)]
        a = ipaddress.IPv6Address(f"2a02:{words[0]}:{words[1]}:{words[2]}::{words[3]}:{words[4]}")
        return a.compressed
    while True:
        a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if not any(a in n for n in _PRIVATE):
            return str(a)


# --- credentials ------------------------------------------------------------------------------------
AN = string.ascii_letters + string.digits


def rs(rng: random.Random, n: int, alphabet: str = AN) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def secret(rng: random.Random, fk: Faker) -> tuple[str, str]:
    """(the variable name a developer would give it, the credential)"""
    r = rng.randrange(11)
    if r == 0:
        return "AWS_ACCESS_KEY_ID", "AKIA" + rs(rng, 16, string.ascii_uppercase + "234567")
    if r == 1:
        return "AWS_SECRET_ACCESS_KEY", rs(rng, 40, AN + "/+")
    if r == 2:
        return "GITHUB_TOKEN", rng.choice(["ghp_", "gho_", "ghs_"]) + rs(rng, 36)
    if r == 3:
        return "STRIPE_SECRET_KEY", rng.choice(["sk_live_", "rk_live_"]) + rs(
            rng, rng.randint(24, 99)
        )
    if r == 4:
        return "SLACK_BOT_TOKEN", f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{rs(rng, 24)}"
    if r == 5:
        return "OPENAI_API_KEY", "sk-proj-" + rs(rng, 48, AN + "-_")
    if r == 6:
        return "GOOGLE_MAPS_KEY", "AIza" + rs(rng, 35, AN + "-_")
    if r == 7:
        head = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        body = _b64url(
            json.dumps(
                {"sub": digits(rng, 8), "iat": rng.randint(1_700_000_000, 1_760_000_000)}
            ).encode()
        )
        return "ACCESS_TOKEN", f"{head}.{body}.{_b64url(rng.randbytes(32))}"
    if r == 8:
        return "SENDGRID_API_KEY", f"SG.{rs(rng, 22, AN + '-_')}.{rs(rng, 43, AN + '-_')}"
    if r == 9:
        return "DJANGO_SECRET_KEY", rs(rng, 50, AN + "!@#%^&*(-_=+)")
    w = fk.word().capitalize() + rng.choice("!$%&#") + digits(rng, rng.randint(2, 4)) + fk.word()
    return "DB_PASSWORD", w
