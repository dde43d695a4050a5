"""Checksummed values for hold-out 6: cards, IBANs, national ids, secrets, and their broken twins.

Every valid value is made by sampling a candidate of the real format and keeping it only if
python-stdnum accepts it, so the corpus never trusts its own checksum code.
"""

from __future__ import annotations

import base64
import importlib
import json
import random
import string
from collections.abc import Callable

from stdnum import iban as std_iban
from stdnum import luhn

DIGITS = string.digits
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _until(rng: random.Random, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    for _ in range(20000):
        value = make()
        if ok(value):
            return value
    raise RuntimeError("no valid value after 20000 candidates; the candidate format is wrong")


# --- payment cards -------------------------------------------------------------------------

CARD_PREFIXES = (
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("36", 14),
    ("35", 16),
    ("4", 19),
    ("6759", 19),
)
TEST_CARDS = ("4242424242424242", "4111111111111111", "5555555555554444", "378282246310005")


def card_digits(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + chars(rng, DIGITS, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number) and number not in TEST_CARDS
    return number


def bad_card_digits(rng: random.Random) -> str:
    good = card_digits(rng)
    wrong = str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return good[:-1] + wrong


def show_card(rng: random.Random, number: str) -> str:
    if len(number) == 15 or len(number) == 14:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    return rng.choice([" ", " ", "-", ""]).join(groups)


# --- IBAN ----------------------------------------------------------------------------------

# BBAN shapes: d = digit, A = upper letter, c = upper alnum (the national layouts, simplified).
BBAN = {
    "DE": "dddddddddddddddddd",
    "AT": "dddddddddddddddd",
    "CH": "dddddcccccccccccc",
    "FR": "ddddddddddcccccccccccdd",
    "BE": "dddddddddddd",
    "NL": "AAAAdddddddddd",
    "ES": "dddddddddddddddddddd",
    "IT": "Addddddddddcccccccccccc",
    "PT": "ddddddddddddddddddddd",
    "PL": "dddddddddddddddddddddddd",
    "SE": "dddddddddddddddddddd",
    "FI": "dddddddddddddd",
    "DK": "dddddddddddddd",
    "NO": "ddddddddddd",
    "CZ": "dddddddddddddddddddd",
    "GB": "AAAAdddddddddddddd",
    "IE": "AAAAdddddddddddddd",
    "TR": "ddddddcccccccccccccccc",
    "LU": "dddccccccccccccc",
    "BR": "dddddddddddddddddddddddAc",
}
NL_BANKS = ("ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ")
GB_BANKS = ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG")
IE_BANKS = ("AIBK", "BOFI", "IPBS", "ULSB")


def _bban(rng: random.Random, cc: str) -> str:
    shape = BBAN[cc]
    out = "".join(
        {"d": rng.choice(DIGITS), "A": rng.choice(UPPER), "c": rng.choice(DIGITS * 6 + UPPER)}[s]
        for s in shape
    )
    banks = {"NL": NL_BANKS, "GB": GB_BANKS, "IE": IE_BANKS}.get(cc)
    if banks:
        out = rng.choice(banks) + out[4:]
    return out


def iban_compact(rng: random.Random, cc: str) -> str:
    def make() -> str:
        bban = _bban(rng, cc)
        return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban

    return _until(rng, make, std_iban.is_valid)


def bad_iban_compact(rng: random.Random, cc: str) -> str:
    good = iban_compact(rng, cc)
    check = int(good[2:4])
    wrong = f"{(check + rng.randint(1, 40)) % 97 + 2:02d}"
    bad = good[:2] + wrong + good[4:]
    return bad if not std_iban.is_valid(bad) else bad_iban_compact(rng, cc)


def show_iban(rng: random.Random, compact: str) -> str:
    if rng.random() < 0.65:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


# --- national ids --------------------------------------------------------------------------


def _date_digits(rng: random.Random, year: int, month: int, day: int, order: str) -> str:
    parts = {"Y": f"{year % 100:02d}", "M": f"{month:02d}", "D": f"{day:02d}"}
    return "".join(parts[c] for c in order)


def _cand(rng: random.Random, cc: str, dob: tuple[int, int, int]) -> str:
    y, m, d = dob
    r = lambda n: chars(rng, DIGITS, n)  # noqa: E731
    if cc == "GB":
        return rng.choice("456") + r(9)
    if cc == "US":
        return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if cc == "DE":
        ten = list(rng.sample(DIGITS[1:], 1) + rng.sample(DIGITS, 8))
        ten.insert(rng.randint(1, 9), ten[rng.randint(0, 8)])
        return "".join(ten[:10]) + r(1)
    if cc == "FR":
        return (
            rng.choice("12")
            + _date_digits(rng, y, m, 1, "YM")
            + f"{rng.randint(1, 95):02d}"
            + r(6)
            + r(2)
        )
    if cc == "ES":
        return r(8) + rng.choice(UPPER)
    if cc == "ES_NIE":
        return rng.choice("XYZ") + r(7) + rng.choice(UPPER)
    if cc in ("NL", "BE_NL"):
        return r(9)
    if cc == "IT":
        mon = "ABCDEHLMPRST"[m - 1]
        day = d + (40 if rng.random() < 0.5 else 0)
        return (
            chars(rng, "BCDFGLMNPRSTVZ", 6)
            + f"{y % 100:02d}"
            + mon
            + f"{day:02d}"
            + rng.choice("ABCDEFGHLMZ")
            + r(3)
            + rng.choice(UPPER)
        )
    if cc == "PT":
        return rng.choice("123") + r(8)
    if cc == "BR":
        return r(11)
    if cc == "PL":
        mm = m + (20 if y >= 2000 else 0)
        return f"{y % 100:02d}{mm:02d}{d:02d}" + r(5)
    if cc == "SE":
        return _date_digits(rng, y, m, d, "YMD") + rng.choice("-+"[:1]) + r(4)
    if cc == "FI":
        return (
            f"{d:02d}{m:02d}{y % 100:02d}"
            + ("A" if y >= 2000 else "-")
            + r(3)
            + rng.choice(DIGITS + "ABCDEFHJKLMNPRSTUVWXY")
        )
    if cc == "DK":
        return f"{d:02d}{m:02d}{y % 100:02d}-" + r(4)
    if cc == "NO":
        return f"{d:02d}{m:02d}{y % 100:02d}" + rng.choice("0123") + r(4)
    if cc == "BE":
        return f"{y % 100:02d}{m:02d}{d:02d}" + r(5)
    if cc == "CZ":
        mm = m + (50 if rng.random() < 0.5 else 0)
        return f"{y % 100:02d}{mm:02d}{d:02d}/" + r(4)
    if cc == "CH":
        return "756" + r(10)
    if cc == "AT":
        return r(4) + f"{d:02d}{m:02d}{y % 100:02d}"
    if cc == "TR":
        return rng.choice(DIGITS[1:]) + r(10)
    if cc == "IE":
        return r(7) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW")
    raise KeyError(cc)


ID_MODULES = {
    "GB": "gb.nhs",
    "US": "us.ssn",
    "DE": "de.idnr",
    "FR": "fr.nir",
    "ES": "es.dni",
    "ES_NIE": "es.nie",
    "NL": "nl.bsn",
    "BE_NL": "nl.bsn",
    "IT": "it.codicefiscale",
    "PT": "pt.nif",
    "BR": "br.cpf",
    "PL": "pl.pesel",
    "SE": "se.personnummer",
    "FI": "fi.hetu",
    "DK": "dk.cpr",
    "NO": "no.fodselsnummer",
    "BE": "be.nn",
    "CZ": "cz.rc",
    "CH": "ch.ssn",
    "AT": "at.vnr",
    "TR": "tr.tckimlik",
    "IE": "ie.pps",
}


def id_module(cc: str):
    return importlib.import_module("stdnum." + ID_MODULES[cc])


def national_id(rng: random.Random, cc: str, dob: tuple[int, int, int]) -> str:
    """A valid id, written the way people usually write it (stdnum's format where it has one)."""
    mod = id_module(cc)
    compact = _until(rng, lambda: mod.compact(_cand(rng, cc, dob)), mod.is_valid)
    if hasattr(mod, "format") and cc not in ("DE", "IT") and rng.random() < 0.6:
        return mod.format(compact)
    return compact


def bad_national_id(rng: random.Random, cc: str, dob: tuple[int, int, int]) -> str:
    mod = id_module(cc)
    good = mod.compact(national_id(rng, cc, dob))
    for pos in range(len(good) - 1, -1, -1):
        if good[pos].isdigit():
            for k in range(1, 10):
                bad = good[:pos] + str((int(good[pos]) + k) % 10) + good[pos + 1 :]
                if not mod.is_valid(bad):
                    return bad
    raise RuntimeError("could not break " + cc)


# --- secrets -------------------------------------------------------------------------------

B32 = UPPER + "234567"
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(rng: random.Random, sub: str) -> str:
    head = _b64url(b'{"alg":"HS256","typ":"JWT"}')
    iat, exp = 1760000000 + rng.randint(0, 9**7), 1770000000 + rng.randint(0, 9**7)
    body = _b64url(json.dumps({"sub": sub, "iat": iat, "exp": exp}, separators=(",", ":")).encode())
    return f"{head}.{body}.{chars(rng, B64URL, 43)}"


def pem_key(rng: random.Random) -> str:
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    b64 = ALNUM + "+/"
    lines = [chars(rng, b64, 64) for _ in range(rng.randint(4, 9))]
    lines.append(chars(rng, b64, rng.randint(8, 60)) + "=" * rng.randint(0, 2))
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def password(rng: random.Random) -> str:
    style = rng.randrange(5)
    words = [
        "Sommer",
        "Winter",
        "Hund",
        "soleil",
        "gato",
        "Kwiatek",
        "Blomma",
        "dragon",
        "Amsterdam",
        "Primavera",
        "Lisboa",
        "Tottenham",
        "Malmo",
        "Katze",
        "estrela",
    ]
    if style == 0:
        return rng.choice(words) + str(rng.randint(1960, 2025)) + rng.choice("!?#$%.")
    if style == 1:
        return chars(rng, ALNUM + "!@#%^&*", rng.randint(12, 24))
    if style == 2:
        return "-".join(
            rng.choice(
                [
                    "correct",
                    "horse",
                    "battery",
                    "staple",
                    "purple",
                    "monkey",
                    "dishwasher",
                    "lantern",
                    "velvet",
                    "orbit",
                ]
            )
            for _ in range(4)
        )
    if style == 3:
        return rng.choice(words).lower() + chars(rng, DIGITS, 3) + rng.choice(UPPER)
    return chars(rng, ALNUM, 32)


def api_key(rng: random.Random) -> str:
    """A credential in one of the shapes providers actually issue."""
    return rng.choice(
        [
            lambda: "AKIA" + chars(rng, B32, 16),
            lambda: "ghp_" + chars(rng, ALNUM, 36),
            lambda: "github_pat_11" + chars(rng, UPPER + DIGITS, 20) + "_" + chars(rng, ALNUM, 59),
            lambda: "glpat-" + chars(rng, ALNUM + "-_", 20),
            lambda: (
                f"xoxb-{chars(rng, DIGITS, 12)}-{chars(rng, DIGITS, 13)}-{chars(rng, ALNUM, 24)}"
            ),
            lambda: "sk_live_" + chars(rng, ALNUM, 24),
            lambda: "rk_live_" + chars(rng, ALNUM, 34),
            lambda: "sk-proj-" + chars(rng, ALNUM + "-_", 48),
            lambda: "sk-ant-api03-" + chars(rng, ALNUM + "-_", 93) + "AA",
            lambda: "AIza" + chars(rng, ALNUM + "-_", 35),
            lambda: "SG." + chars(rng, ALNUM + "-_", 22) + "." + chars(rng, ALNUM + "-_", 43),
            lambda: "SK" + chars(rng, HEX, 32),
            lambda: "hf_" + chars(rng, ALNUM, 34),
            lambda: "npm_" + chars(rng, ALNUM, 36),
            lambda: chars(rng, HEX, 32),
            lambda: "dop_v1_" + chars(rng, HEX, 64),
        ]
    )()


def aws_secret(rng: random.Random) -> str:
    return chars(rng, ALNUM + "+/", 40)


# --- look-alike identifiers ----------------------------------------------------------------


def git_sha(rng: random.Random, short: bool = False) -> str:
    return chars(rng, HEX, 7 if short else 40)


def uuid4(rng: random.Random) -> str:
    h = chars(rng, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def isbn13(rng: random.Random) -> str:
    from stdnum import ean, isbn  # noqa: F401

    body = rng.choice(["978", "979"]) + chars(rng, DIGITS, 9)
    number = body + ean.calc_check_digit(body)
    assert isbn.is_valid(number)
    return rng.choice(
        [number, f"{number[:3]}-{number[3]}-{number[4:8]}-{number[8:12]}-{number[12]}"]
    )
