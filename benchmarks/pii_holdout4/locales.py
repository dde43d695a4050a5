"""How each locale writes streets, towns, dates and national identifiers.

Conventions come from how these are written in the wild (post office address rules, national
form layouts), not from any redactor.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from stdnum import luhn
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.be import nn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.se import personnummer
from stdnum.us import ssn

EN_M = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
DE_M = [
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
]
AT_M = ["jänner"] + DE_M[1:]
FR_M = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
ES_M = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
NL_M = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
IT_M = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
PT_M = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
PL_M = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
SV_M = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


@dataclass(frozen=True)
class Locale:
    code: str
    lang: str
    faker: str
    region: str
    iban_country: str
    street_patterns: tuple[str, ...]
    street_bases: tuple[str, ...]
    street_fmt: str  # {s} street, {n} number, {u} unit
    units: tuple[str, ...]
    postcode: str  # 9 digit, A letter
    towns: tuple[str, ...]
    town_fmt: str
    months: list[str]
    date_words: str
    date_num: tuple[str, ...]
    mail_domains: tuple[str, ...]
    national_id: Callable[[Any], tuple[str, str]]
    particles: tuple[str, ...] = ()
    compound: bool = False
    num_suffix: tuple[str, ...] = ("a", "b")
    extra: dict[str, Any] = field(default_factory=dict)


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _brute(
    r: random.Random,
    body: Callable[[], str],
    ok: Callable[[str], bool],
    alphabet: str = string.digits,
    width: int = 1,
) -> str:
    for _ in range(500):
        b = body()
        tails = [""]
        for _ in range(width):
            tails = [t + a for t in tails for a in alphabet]
        r.shuffle(tails)
        for t in tails:
            if ok(b + t):
                return b + t
    raise RuntimeError("no valid national id")


def _yymmdd(r: random.Random) -> str:
    return f"{r.randint(40, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def id_us(v: Any) -> tuple[str, str]:
    r = v.rng
    while True:
        s = f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if ssn.is_valid(s):
            return r.choice(
                ["SSN", "Social Security No.", "SSN#"]
            ), s if r.random() < 0.8 else s.replace("-", "")


def id_gb(v: Any) -> tuple[str, str]:
    r = v.rng
    if r.random() < 0.5:
        n = _brute(r, lambda: _d(r, 9), nhs.is_valid)
        return "NHS number", nhs.format(n) if r.random() < 0.7 else n
    a = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
    d = _d(r, 6)
    return "NI number", r.choice(
        [f"{a} {d[:2]} {d[2:4]} {d[4:]} {r.choice('ABCD')}", f"{a}{d}{r.choice('ABCD')}"]
    )


def id_ie(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: _d(r, 7), pps.is_valid, "ABCDEFGHIJKLMNOPQRSTUVW")
    return r.choice(["PPS No.", "PPSN"]), n


def id_au(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: _d(r, 8), tfn.is_valid)
    return "TFN", f"{n[:3]} {n[3:6]} {n[6:]}"


def id_ca(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: r.choice("1234567") + _d(r, 7), sin.is_valid)
    return r.choice(["SIN", "NAS"]), r.choice(
        [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n]
    )


def id_de(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: r.choice("123456789") + _d(r, 9), idnr.is_valid)
    return r.choice(["Steuer-ID", "Steuerliche IdNr.", "IdNr"]), r.choice(
        [n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"]
    )


def id_at(v: Any) -> tuple[str, str]:
    r = v.rng
    birth = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(40, 99):02d}"
    serial = f"{r.randint(100, 999)}"
    n = (
        next(serial + c + birth for c in string.digits if vnr.is_valid(serial + c + birth))
        if any(vnr.is_valid(serial + c + birth) for c in string.digits)
        else "1237010180"
    )
    return r.choice(["SVNR", "Sozialversicherungsnr.", "VSNR"]), r.choice([n, f"{n[:4]} {n[4:]}"])


def id_ch(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: "756" + _d(r, 9), ch_ssn.is_valid)
    return r.choice(["AHV-Nr.", "AVS", "AHV"]), ch_ssn.format(n)


def id_fr(v: Any) -> tuple[str, str]:
    r = v.rng
    body = f"{r.choice('12')}{r.randint(40, 99):02d}{r.randint(1, 12):02d}{r.choice(['75', '69', '13', '33', '59', '44', '31', '67'])}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
    n = body + nir.calc_check_digits(body)
    return r.choice(["N° de sécurité sociale", "NIR", "n° SS", "Numéro de sécu"]), r.choice(
        [nir.format(n), n]
    )


def id_be(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: _yymmdd(r) + f"{r.randint(1, 997):03d}", nn.is_valid, width=2)
    return r.choice(["Rijksregisternummer", "N° national", "NN", "RRN"]), r.choice(
        [nn.format(n), n, f"{n[:6]}-{n[6:9]}-{n[9:]}"]
    )


def id_es(v: Any) -> tuple[str, str]:
    r = v.rng
    if r.random() < 0.7:
        n = _brute(r, lambda: _d(r, 8), dni.is_valid, string.ascii_uppercase)
        return "DNI", r.choice(
            [n, f"{n[:8]}-{n[8]}", f"{int(n[:8]):,}".replace(",", ".") + "-" + n[8]]
        )
    n = _brute(r, lambda: r.choice("XYZ") + _d(r, 7), nie.is_valid, string.ascii_uppercase)
    return "NIE", r.choice([n, f"{n[0]}-{n[1:8]}-{n[8]}"])


def id_mx(v: Any) -> tuple[str, str]:
    r = v.rng
    up = string.ascii_uppercase
    cons = "BCDFGHJLMNPRSTVZ"

    def body() -> str:
        return (
            r.choice(cons)
            + r.choice("AEIOU")
            + r.choice(up)
            + r.choice(up)
            + _yymmdd(r)
            + r.choice("HM")
            + r.choice(["DF", "JC", "NL", "PL", "VZ", "MC", "GT", "YN"])
            + r.choice(cons)
            + r.choice(cons)
            + r.choice(cons)
            + r.choice(string.digits)
        )

    return "CURP", _brute(r, body, curp.is_valid)


def id_ar(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: r.choice(["20", "27", "23"]) + _d(r, 8), cuit.is_valid)
    return r.choice(["CUIL", "CUIT"]), r.choice([cuit.format(n), n])


def id_co(v: Any) -> tuple[str, str]:
    r = v.rng  # the Colombian cédula has no check digit; written with dots
    return r.choice(
        ["C.C.", "cédula", "CC"]
    ), f"{r.randint(10, 1099):,}.{r.randint(0, 999):03d}.{r.randint(0, 999):03d}".replace(",", ".")


def id_cl(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: str(r.randint(5_000_000, 25_000_000)), rut.is_valid, string.digits + "K")
    return "RUT", r.choice([rut.format(n), n[:-1] + "-" + n[-1]])


def id_nl(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: r.choice("123456") + _d(r, 7), bsn.is_valid)
    return r.choice(["BSN", "burgerservicenummer", "BSN-nummer"]), r.choice(
        [n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}"]
    )


def id_it(v: Any) -> tuple[str, str]:
    r = v.rng
    up = "BCDFGHLMNPRSTVZ"
    body = (
        "".join(r.choice(up) for _ in range(3))
        + "".join(r.choice(up + "AEIOU") for _ in range(3))
        + f"{r.randint(40, 99):02d}"
        + r.choice("ABCDEHLMPRST")
        + f"{r.randint(1, 28) + r.choice([0, 40]):02d}"
        + r.choice("ABCDEFGHILMZ")
        + f"{r.randint(1, 999):03d}"
    )
    n = body + codicefiscale.calc_check_digit(body)
    return r.choice(["Codice fiscale", "C.F.", "CF"]), n if r.random() < 0.8 else n.lower()


def id_pt(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: r.choice("123") + _d(r, 7), nif.is_valid)
    return r.choice(["NIF", "Contribuinte n.º"]), r.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def id_br(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(r, lambda: _d(r, 9), cpf.is_valid, width=2)
    return "CPF", r.choice([cpf.format(n), n])


def id_pl(v: Any) -> tuple[str, str]:
    r = v.rng
    return "PESEL", _brute(r, lambda: _yymmdd(r) + _d(r, 4), pesel.is_valid)


def id_se(v: Any) -> tuple[str, str]:
    r = v.rng
    n = _brute(
        r, lambda: _yymmdd(r) + _d(r, 3), lambda s: luhn.is_valid(s) and personnummer.is_valid(s)
    )
    return r.choice(["personnummer", "pers.nr"]), r.choice(
        [f"{n[:6]}-{n[6:]}", f"19{n[:6]}-{n[6:]}", f"19{n}"]
    )


EN_PAT = (
    "{n} Street",
    "{n} St",
    "{n} Road",
    "{n} Rd",
    "{n} Avenue",
    "{n} Ave",
    "{n} Lane",
    "{n} Drive",
    "{n} Dr.",
    "{n} Close",
    "{n} Crescent",
    "{n} Blvd",
    "{n} Way",
    "{n} Court",
)
EN_BASES = (
    "Maple",
    "Oak",
    "Church",
    "Mill",
    "Station",
    "High",
    "Park",
    "Victoria",
    "Elm",
    "Cedar",
    "Kingsway",
    "Willow",
    "Queen",
    "Lakeview",
    "Hawthorn",
)
DE_PAT = (
    "{n}straße",
    "{n}str.",
    "{n}weg",
    "{n}gasse",
    "Am {n}",
    "{n}platz",
    "{n}allee",
    "{n}ring",
    "{n}-Straße",
    "Im {n}",
)
DE_BASES = (
    "Haupt",
    "Bahnhof",
    "Linden",
    "Kirch",
    "Schiller",
    "Goethe",
    "Garten",
    "Berg",
    "Rosen",
    "Mühlen",
    "Wald",
    "Schul",
    "Birken",
    "Friedhof",
)
CH_PAT = ("{n}strasse", "{n}str.", "{n}weg", "{n}gasse", "{n}platz", "Im {n}", "{n}rain")
FR_PAT = (
    "rue {n}",
    "rue de la {n}",
    "avenue {n}",
    "av. {n}",
    "boulevard {n}",
    "bd {n}",
    "allée des {n}",
    "impasse {n}",
    "chemin de la {n}",
    "place {n}",
    "rue du Général {n}",
    "quai {n}",
)
FR_BASES = (
    "Victor Hugo",
    "Jean Jaurès",
    "Pasteur",
    "République",
    "Gambetta",
    "Tilleuls",
    "Paix",
    "Gare",
    "Liberté",
    "Moulin",
    "Lilas",
    "Foch",
)
ES_PAT = (
    "Calle {n}",
    "C/ {n}",
    "C/{n}",
    "Avda. de {n}",
    "Avenida {n}",
    "Av. {n}",
    "Plaza de {n}",
    "Pza. {n}",
    "Paseo de {n}",
    "Pº {n}",
    "Camino {n}",
    "Ronda de {n}",
    "Travesía {n}",
)
ES_BASES = (
    "Mayor",
    "Alcalá",
    "Cervantes",
    "la Constitución",
    "San Juan",
    "Gran Vía",
    "los Olivos",
    "Goya",
    "Colón",
    "Real",
    "Toledo",
    "Santa Ana",
)
LA_PAT = (
    "Av. {n}",
    "Avenida {n}",
    "Calle {n}",
    "Jr. {n}",
    "Calz. {n}",
    "Blvd. {n}",
    "Carrera {n}",
    "Pasaje {n}",
)
LA_BASES = (
    "Insurgentes Sur",
    "Reforma",
    "Corrientes",
    "Santa Fe",
    "Juárez",
    "Hidalgo",
    "Morelos",
    "Rivadavia",
    "San Martín",
    "Belgrano",
    "Libertador",
)
NL_PAT = (
    "{n}straat",
    "{n}weg",
    "{n}laan",
    "{n}plein",
    "{n}gracht",
    "{n}kade",
    "{n}dijk",
    "{n}singel",
    "Van {n}straat",
    "{n}hof",
)
NL_BASES = (
    "Kerk",
    "Dorps",
    "Molen",
    "School",
    "Keizers",
    "Prinsen",
    "Heren",
    "Stations",
    "Lange",
    "Nieuwe",
    "Beuken",
    "Eiken",
    "Wilhelmina",
)
IT_PAT = (
    "Via {n}",
    "via {n}",
    "V.le {n}",
    "Viale {n}",
    "Piazza {n}",
    "P.zza {n}",
    "Corso {n}",
    "C.so {n}",
    "Vicolo {n}",
    "Largo {n}",
)
IT_BASES = (
    "Roma",
    "Garibaldi",
    "Mazzini",
    "Dante Alighieri",
    "Cavour",
    "XX Settembre",
    "Verdi",
    "Matteotti",
    "Vittorio Emanuele II",
    "dei Mille",
)
PT_PAT = (
    "Rua {n}",
    "R. {n}",
    "Avenida {n}",
    "Av. {n}",
    "Travessa {n}",
    "Largo {n}",
    "Praça {n}",
    "Alameda {n}",
    "Estrada {n}",
)
PT_BASES = (
    "Augusta",
    "da Liberdade",
    "das Flores",
    "de Santa Catarina",
    "Paulista",
    "Sete de Setembro",
    "XV de Novembro",
    "dos Bandeirantes",
    "do Carmo",
)
PL_PAT = ("ul. {n}", "ul. {n}", "al. {n}", "os. {n}", "pl. {n}", "ulica {n}")
PL_BASES = (
    "Marszałkowska",
    "Długa",
    "Piłsudskiego",
    "Mickiewicza",
    "Kościuszki",
    "Polna",
    "Lipowa",
    "Słowackiego",
    "Jana Pawła II",
    "Ogrodowa",
)
SV_PAT = ("{n}gatan", "{n}vägen", "{n}torget", "{n}stigen", "{n}backen", "{n}allén")
SV_BASES = (
    "Stor",
    "Kyrko",
    "Drottning",
    "Skol",
    "Järnvägs",
    "Strand",
    "Björk",
    "Ring",
    "Sveavägen",
    "Ekeby",
    "Hamn",
)

EN_DOM = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me")


def _loc(**kw: Any) -> Locale:
    return Locale(**kw)


_LIST = [
    _loc(
        code="en-US",
        lang="en",
        faker="en_US",
        region="US",
        iban_country="GB",
        street_patterns=EN_PAT,
        street_bases=EN_BASES,
        street_fmt="{n} {s} {u}",
        units=("Apt {a}{b}", "Apt. {c}", "Suite {c}0", "Unit {a}", "#{c}"),
        postcode="99999",
        towns=(
            "Springfield, IL",
            "Austin, TX",
            "Columbus, OH",
            "Portland, OR",
            "Tucson, AZ",
            "Raleigh, NC",
            "Madison, WI",
            "Boise, ID",
        ),
        town_fmt="{t} {p}",
        months=EN_M,
        date_words="{M} {d}, {y}",
        date_num=("%m/%d/%Y", "%m-%d-%Y", "%m/%d/%Y"),
        mail_domains=EN_DOM + ("comcast.net", "att.net"),
        national_id=id_us,
    ),
    _loc(
        code="en-GB",
        lang="en",
        faker="en_GB",
        region="GB",
        iban_country="GB",
        street_patterns=EN_PAT,
        street_bases=EN_BASES,
        street_fmt="{u} {n} {s}",
        units=("Flat {a},", "Flat {a}{b},", "Apartment {c},"),
        postcode="",
        towns=(
            "London",
            "Manchester",
            "Leeds",
            "Bristol",
            "Cardiff",
            "Edinburgh",
            "Glasgow",
            "Birmingham",
            "Sheffield",
        ),
        town_fmt="{t} {p}",
        months=EN_M,
        date_words="{o} {M} {y}",
        date_num=("%d/%m/%Y", "%d/%m/%Y", "%d.%m.%Y"),
        mail_domains=EN_DOM + ("btinternet.com", "sky.com", "yahoo.co.uk"),
        national_id=id_gb,
    ),
    _loc(
        code="en-IE",
        lang="en",
        faker="en_IE",
        region="IE",
        iban_country="IE",
        street_patterns=EN_PAT,
        street_bases=EN_BASES,
        street_fmt="{u} {n} {s}",
        units=("Apt {c},",),
        postcode="D9A 9A99",
        towns=("Dublin 8", "Cork", "Galway", "Limerick", "Dublin 4"),
        town_fmt="{t}, {p}",
        months=EN_M,
        date_words="{d} {M} {y}",
        date_num=("%d/%m/%Y",),
        mail_domains=EN_DOM + ("eircom.net",),
        national_id=id_ie,
    ),
    _loc(
        code="en-AU",
        lang="en",
        faker="en_AU",
        region="AU",
        iban_country="GB",
        street_patterns=EN_PAT,
        street_bases=EN_BASES,
        street_fmt="{u}{n} {s}",
        units=("Unit {a}/", "{a}/"),
        postcode="9999",
        towns=(
            "Fitzroy VIC",
            "Newtown NSW",
            "Bondi NSW",
            "Fremantle WA",
            "South Brisbane QLD",
            "Glenelg SA",
        ),
        town_fmt="{t} {p}",
        months=EN_M,
        date_words="{d} {M} {y}",
        date_num=("%d/%m/%Y", "%d/%m/%y"),
        mail_domains=EN_DOM + ("bigpond.com", "optusnet.com.au"),
        national_id=id_au,
    ),
    _loc(
        code="en-CA",
        lang="en",
        faker="en_CA",
        region="CA",
        iban_country="GB",
        street_patterns=EN_PAT,
        street_bases=EN_BASES,
        street_fmt="{u}{n} {s}",
        units=("{c}-", "Suite {c}, "),
        postcode="",
        towns=(
            "Toronto ON",
            "Ottawa ON",
            "Calgary AB",
            "Vancouver BC",
            "Halifax NS",
            "Winnipeg MB",
        ),
        town_fmt="{t}  {p}",
        months=EN_M,
        date_words="{M} {d}, {y}",
        date_num=("%Y-%m-%d", "%d/%m/%Y"),
        mail_domains=EN_DOM + ("rogers.com", "shaw.ca", "sympatico.ca"),
        national_id=id_ca,
    ),
    _loc(
        code="de-DE",
        lang="de",
        faker="de_DE",
        region="DE",
        iban_country="DE",
        street_patterns=DE_PAT,
        street_bases=DE_BASES,
        street_fmt="{s} {n}{u}",
        units=(", {a}. OG", ", Whg. {c}", ", Hinterhaus", " (Hof)"),
        postcode="99999",
        towns=(
            "Berlin",
            "Hamburg",
            "München",
            "Köln",
            "Frankfurt am Main",
            "Leipzig",
            "Dresden",
            "Bielefeld",
            "Freiburg im Breisgau",
            "Halle (Saale)",
        ),
        town_fmt="{p} {t}",
        months=DE_M,
        date_words="{d}. {M} {y}",
        date_num=("%d.%m.%Y", "%d.%m.%Y", "%d.%m.%y"),
        mail_domains=("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"),
        national_id=id_de,
        particles=("von", "von der", "zu"),
        num_suffix=("a", "b", " a", "-12"),
    ),
    _loc(
        code="de-AT",
        lang="de",
        faker="de_AT",
        region="AT",
        iban_country="AT",
        street_patterns=DE_PAT,
        street_bases=DE_BASES,
        street_fmt="{s} {n}{u}",
        units=("/{a}/{c}", "/Top {c}", "/Stiege {a}/Tür {c}"),
        postcode="9999",
        towns=("Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt am Wörthersee"),
        town_fmt="{p} {t}",
        months=AT_M,
        date_words="{d}. {M} {y}",
        date_num=("%d.%m.%Y", "%d.%m.%y"),
        mail_domains=("gmx.at", "aon.at", "a1.net", "chello.at", "gmail.com"),
        national_id=id_at,
        particles=("von",),
    ),
    _loc(
        code="de-CH",
        lang="de",
        faker="de_CH",
        region="CH",
        iban_country="CH",
        street_patterns=CH_PAT,
        street_bases=DE_BASES,
        street_fmt="{s} {n}{u}",
        units=(", 2. Stock", " (Hinterhaus)"),
        postcode="CH-9999",
        towns=("Zürich", "Bern", "Basel", "Luzern", "Winterthur", "St. Gallen"),
        town_fmt="{p} {t}",
        months=DE_M,
        date_words="{d}. {M} {y}",
        date_num=("%d.%m.%Y",),
        mail_domains=("bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com"),
        national_id=id_ch,
    ),
    _loc(
        code="fr-FR",
        lang="fr",
        faker="fr_FR",
        region="FR",
        iban_country="FR",
        street_patterns=FR_PAT,
        street_bases=FR_BASES,
        street_fmt="{u}{n}, {s}",
        units=("Bât. {b}, ", "Appt {c}, ", "Résidence les Pins, ", "{a}e étage, "),
        postcode="99999",
        towns=(
            "Paris",
            "Lyon",
            "Marseille",
            "Toulouse",
            "Nantes",
            "Lille",
            "Bordeaux",
            "Saint-Étienne",
            "Aix-en-Provence",
        ),
        town_fmt="{p} {t}",
        months=FR_M,
        date_words="{d} {m} {y}",
        date_num=("%d/%m/%Y", "%d/%m/%Y", "%d.%m.%Y", "%d/%m/%y"),
        mail_domains=("orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com"),
        national_id=id_fr,
        particles=("de", "de la", "Le", "du"),
        num_suffix=(" bis", " ter", "bis"),
    ),
    _loc(
        code="fr-BE",
        lang="fr",
        faker="fr_BE",
        region="BE",
        iban_country="BE",
        street_patterns=("Rue {n}", "Avenue {n}", "Chaussée de {n}", "Place {n}", "Boulevard {n}"),
        street_bases=(
            "Louise",
            "Waterloo",
            "la Loi",
            "Namur",
            "Charleroi",
            "la Station",
            "Tervueren",
        ),
        street_fmt="{s} {n}{u}",
        units=(" bte {a}", " boîte {c}", "/{c}"),
        postcode="9999",
        towns=("Bruxelles", "Liège", "Namur", "Charleroi", "Ixelles", "Mons", "Wavre"),
        town_fmt="{p} {t}",
        months=FR_M,
        date_words="{d} {m} {y}",
        date_num=("%d/%m/%Y", "%d-%m-%Y"),
        mail_domains=("skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be"),
        national_id=id_be,
        particles=("de", "Van", "De"),
    ),
    _loc(
        code="fr-CH",
        lang="fr",
        faker="fr_CH",
        region="CH",
        iban_country="CH",
        street_patterns=("Rue {n}", "Avenue {n}", "Chemin des {n}", "Route de {n}"),
        street_bases=("Lausanne", "Genève", "Vergers", "Marché", "Mont-Blanc", "Cerisiers"),
        street_fmt="{s} {n}{u}",
        units=(", case postale {c}",),
        postcode="9999",
        towns=("Genève", "Lausanne", "Fribourg", "Neuchâtel", "Sion", "Carouge GE"),
        town_fmt="{p} {t}",
        months=FR_M,
        date_words="{d} {m} {y}",
        date_num=("%d.%m.%Y", "%d/%m/%Y"),
        mail_domains=("bluewin.ch", "romandie.com", "gmail.com"),
        national_id=id_ch,
    ),
    _loc(
        code="fr-CA",
        lang="fr",
        faker="fr_CA",
        region="CA",
        iban_country="FR",
        street_patterns=("rue {n}", "boul. {n}", "avenue {n}", "ch. {n}", "rang {n}"),
        street_bases=(
            "Sainte-Catherine Ouest",
            "Saint-Denis",
            "René-Lévesque",
            "Sherbrooke Est",
            "des Érables",
            "Principale",
        ),
        street_fmt="{n}, {s}{u}",
        units=(", app. {c}", ", bureau {c}0"),
        postcode="",
        towns=(
            "Montréal (Québec)",
            "Québec (Québec)",
            "Laval (Québec)",
            "Gatineau QC",
            "Sherbrooke QC",
        ),
        town_fmt="{t}  {p}",
        months=FR_M,
        date_words="{d} {m} {y}",
        date_num=("%Y-%m-%d", "%d/%m/%Y"),
        mail_domains=("videotron.ca", "bell.net", "hotmail.com", "gmail.com"),
        national_id=id_ca,
    ),
    _loc(
        code="es-ES",
        lang="es",
        faker="es_ES",
        region="ES",
        iban_country="ES",
        street_patterns=ES_PAT,
        street_bases=ES_BASES,
        street_fmt="{s}, {n}{u}",
        units=(
            ", {a}º {b}",
            ", {a}.º {a}.ª",
            ", bajo",
            ", esc. {b}, {a}º dcha.",
            ", ático",
            ", {a}º izq.",
        ),
        postcode="99999",
        towns=(
            "Madrid",
            "Barcelona",
            "Valencia",
            "Sevilla",
            "Zaragoza",
            "Málaga",
            "Bilbao",
            "Alcalá de Henares",
            "Palma",
        ),
        town_fmt="{p} {t}",
        months=ES_M,
        date_words="{d} de {m} de {y}",
        date_num=("%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y"),
        mail_domains=("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"),
        national_id=id_es,
        compound=True,
        num_suffix=(" bis", "B"),
    ),
    _loc(
        code="es-MX",
        lang="es",
        faker="es_MX",
        region="MX",
        iban_country="ES",
        street_patterns=LA_PAT,
        street_bases=LA_BASES,
        street_fmt="{s} {n}{u}",
        units=(" Int. {c}", " Depto. {c}0{a}", ", Col. Del Valle", ", Col. Roma Norte"),
        postcode="99999",
        towns=(
            "Ciudad de México, CDMX",
            "Guadalajara, Jal.",
            "Monterrey, N.L.",
            "Puebla, Pue.",
            "Mérida, Yuc.",
        ),
        town_fmt="C.P. {p}, {t}",
        months=ES_M,
        date_words="{d} de {m} de {y}",
        date_num=("%d/%m/%Y", "%d-%m-%Y"),
        mail_domains=("gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx"),
        national_id=id_mx,
        compound=True,
    ),
    _loc(
        code="es-AR",
        lang="es",
        faker="es_AR",
        region="AR",
        iban_country="ES",
        street_patterns=LA_PAT,
        street_bases=LA_BASES,
        street_fmt="{s} {n}{u}",
        units=(", piso {a} depto. {b}", " {a}° {b}", ", PB"),
        postcode="A9999AAA",
        towns=("CABA", "Córdoba", "Rosario, Santa Fe", "La Plata", "Mendoza"),
        town_fmt="{p} {t}",
        months=ES_M,
        date_words="{d} de {m} de {y}",
        date_num=("%d/%m/%Y", "%d/%m/%y"),
        mail_domains=("gmail.com", "hotmail.com.ar", "fibertel.com.ar", "yahoo.com.ar"),
        national_id=id_ar,
        compound=True,
    ),
    _loc(
        code="es-CO",
        lang="es",
        faker="es_CO",
        region="CO",
        iban_country="ES",
        street_patterns=(
            "Calle {n}",
            "Carrera {n}",
            "Cra. {n}",
            "Cl. {n}",
            "Av. Calle {n}",
            "Diagonal {n}",
        ),
        street_bases=("45", "7", "15", "100", "72", "26", "19 Sur"),
        street_fmt="{s} # {n}{u}",
        units=("-{c}", "-{c} Apto {a}0{a}", "-{c} Torre {a}", " - {c}"),
        postcode="999999",
        towns=("Bogotá, D.C.", "Medellín, Antioquia", "Cali, Valle del Cauca", "Barranquilla"),
        town_fmt="{t} {p}",
        months=ES_M,
        date_words="{d} de {m} de {y}",
        date_num=("%d/%m/%Y",),
        mail_domains=("gmail.com", "hotmail.com", "une.net.co"),
        national_id=id_co,
        compound=True,
        num_suffix=("A", "B", " Bis"),
    ),
    _loc(
        code="es-CL",
        lang="es",
        faker="es_CL",
        region="CL",
        iban_country="ES",
        street_patterns=LA_PAT,
        street_bases=("Providencia", "Apoquindo", "Vicuña Mackenna", "Los Leones", "Irarrázaval"),
        street_fmt="{s} {n}{u}",
        units=(", depto. {c}0{a}", ", of. {c}"),
        postcode="9999999",
        towns=("Providencia, Santiago", "Las Condes, Santiago", "Viña del Mar", "Concepción"),
        town_fmt="{t}",
        months=ES_M,
        date_words="{d} de {m} de {y}",
        date_num=("%d-%m-%Y", "%d/%m/%Y"),
        mail_domains=("gmail.com", "vtr.net", "hotmail.com"),
        national_id=id_cl,
        compound=True,
    ),
    _loc(
        code="nl-NL",
        lang="nl",
        faker="nl_NL",
        region="NL",
        iban_country="NL",
        street_patterns=NL_PAT,
        street_bases=NL_BASES,
        street_fmt="{s} {n}{u}",
        units=("-II", " hs", "-3", " A", "-bis"),
        postcode="9999 AA",
        towns=(
            "Amsterdam",
            "Rotterdam",
            "Utrecht",
            "Den Haag",
            "Eindhoven",
            "Groningen",
            "Zwolle",
            "'s-Hertogenbosch",
        ),
        town_fmt="{p}  {t}",
        months=NL_M,
        date_words="{d} {m} {y}",
        date_num=("%d-%m-%Y", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"),
        mail_domains=(
            "ziggo.nl",
            "kpnmail.nl",
            "hotmail.nl",
            "gmail.com",
            "xs4all.nl",
            "planet.nl",
        ),
        national_id=id_nl,
        particles=("van", "de", "van der", "van den", "ter", "van de"),
        num_suffix=("a", " B", "-1"),
    ),
    _loc(
        code="nl-BE",
        lang="nl",
        faker="nl_BE",
        region="BE",
        iban_country="BE",
        street_patterns=NL_PAT,
        street_bases=NL_BASES,
        street_fmt="{s} {n}{u}",
        units=(" bus {a}", " bus {c}", "/{a}"),
        postcode="9999",
        towns=("Antwerpen", "Gent", "Brugge", "Leuven", "Mechelen", "Hasselt", "Sint-Niklaas"),
        town_fmt="{p} {t}",
        months=NL_M,
        date_words="{d} {m} {y}",
        date_num=("%d/%m/%Y", "%d.%m.%Y"),
        mail_domains=("telenet.be", "skynet.be", "proximus.be", "gmail.com"),
        national_id=id_be,
        particles=("Van", "De", "Vanden", "Van de"),
    ),
    _loc(
        code="it-IT",
        lang="it",
        faker="it_IT",
        region="IT",
        iban_country="IT",
        street_patterns=IT_PAT,
        street_bases=IT_BASES,
        street_fmt="{s}, {n}{u}",
        units=(" int. {a}", ", scala {b}", " - piano {a}"),
        postcode="99999",
        towns=(
            "Roma (RM)",
            "Milano (MI)",
            "Torino (TO)",
            "Napoli (NA)",
            "Bologna (BO)",
            "Firenze (FI)",
            "Bari",
        ),
        town_fmt="{p} {t}",
        months=IT_M,
        date_words="{d} {m} {y}",
        date_num=("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"),
        mail_domains=("libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "pec.it"),
        national_id=id_it,
        particles=("De", "Di", "Lo", "La", "Del"),
        num_suffix=("/A", "/B", " bis"),
    ),
    _loc(
        code="pt-PT",
        lang="pt",
        faker="pt_PT",
        region="PT",
        iban_country="PT",
        street_patterns=PT_PAT,
        street_bases=PT_BASES,
        street_fmt="{s}, {n}{u}",
        units=(", {a}.º Esq.", ", {a}.º Dto.", ", R/C", ", {a}º {b}"),
        postcode="9999-999",
        towns=("Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Vila Nova de Gaia"),
        town_fmt="{p} {t}",
        months=PT_M,
        date_words="{d} de {m} de {y}",
        date_num=("%d/%m/%Y", "%d-%m-%Y"),
        mail_domains=("sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"),
        national_id=id_pt,
        compound=True,
        particles=("da", "dos", "de"),
    ),
    _loc(
        code="pt-BR",
        lang="pt",
        faker="pt_BR",
        region="BR",
        iban_country="PT",
        street_patterns=PT_PAT,
        street_bases=PT_BASES,
        street_fmt="{s}, {n}{u}",
        units=(", apto {c}", ", apt. {a}0{a}", ", casa {a}", ", bloco {b} apto {c}", " - Centro"),
        postcode="99999-999",
        towns=(
            "São Paulo - SP",
            "Rio de Janeiro - RJ",
            "Belo Horizonte - MG",
            "Curitiba - PR",
            "Porto Alegre/RS",
            "Recife/PE",
        ),
        town_fmt="CEP {p} - {t}",
        months=PT_M,
        date_words="{d} de {m} de {y}",
        date_num=("%d/%m/%Y",),
        mail_domains=("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br"),
        national_id=id_br,
        compound=True,
        particles=("da", "dos", "de"),
    ),
    _loc(
        code="pl-PL",
        lang="pl",
        faker="pl_PL",
        region="PL",
        iban_country="PL",
        street_patterns=PL_PAT,
        street_bases=PL_BASES,
        street_fmt="{s} {n}{u}",
        units=("/{c}", " m. {c}", " lok. {c}"),
        postcode="99-999",
        towns=("Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Lublin"),
        town_fmt="{p} {t}",
        months=PL_M,
        date_words="{d} {m} {y}",
        date_num=("%d.%m.%Y", "%d.%m.%Y r.", "%d-%m-%Y"),
        mail_domains=("wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"),
        national_id=id_pl,
    ),
    _loc(
        code="sv-SE",
        lang="sv",
        faker="sv_SE",
        region="SE",
        iban_country="SE",
        street_patterns=SV_PAT,
        street_bases=SV_BASES,
        street_fmt="{s} {n}{u}",
        units=(" lgh 1{a}0{a}", ", {a} tr", " B"),
        postcode="999 99",
        towns=("Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro"),
        town_fmt="{p}  {t}",
        months=SV_M,
        date_words="{d} {m} {y}",
        date_num=("%Y-%m-%d", "%Y-%m-%d", "%d/%m/%Y"),
        mail_domains=("telia.com", "gmail.com", "hotmail.se", "bredband.net"),
        national_id=id_se,
    ),
]
LOCALES = {x.code: x for x in _LIST}
# how often each locale is drawn: the five main languages carry most of the corpus
WEIGHTS = {
    "en-US": 9,
    "en-GB": 8,
    "en-IE": 2,
    "en-AU": 3,
    "en-CA": 3,
    "de-DE": 9,
    "de-AT": 4,
    "de-CH": 4,
    "fr-FR": 9,
    "fr-BE": 4,
    "fr-CH": 3,
    "fr-CA": 3,
    "es-ES": 8,
    "es-MX": 4,
    "es-AR": 3,
    "es-CO": 2,
    "es-CL": 2,
    "nl-NL": 8,
    "nl-BE": 5,
    "it-IT": 4,
    "pt-PT": 3,
    "pt-BR": 4,
    "pl-PL": 3,
    "sv-SE": 3,
}
