"""Values to plant: personal data that is valid by its real-world rules, and look-alikes that
share its shape but are not personal data. Every function takes a random.Random (and where it
needs one a Faker) so that a corpus depends on its seed alone."""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import string

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.us import ssn

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- payment cards -------------------------------------------------------------------------------
def card(rng: random.Random) -> str:
    """A Luhn-valid card number in the grouping its brand is printed with."""
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "maestro"])
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "discover": ("6011", 16),
        "maestro": (rng.choice(["6759", "5018", "6304"]), 16),
    }[brand]
    body = prefix + digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    sep = rng.choice([" ", " ", "-", ""])
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    out, i = [], 0
    for g in groups:
        out.append(number[i : i + g])
        i += g
    return sep.join(out)


def bad_luhn(rng: random.Random, n: int = 16) -> str:
    """n digits that fail the Luhn check (a reference number, not a card)."""
    body = rng.choice("3456") + digits(rng, n - 2)
    good = int(luhn.calc_check_digit(body))
    return body + str((good + rng.randint(1, 9)) % 10)


# --- IBAN ----------------------------------------------------------------------------------------
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _bban(rng: random.Random, cc: str) -> str:
    if cc == "DE":
        return digits(rng, 18)
    if cc == "AT":
        return digits(rng, 16)
    if cc == "CH":
        return digits(rng, 17)
    if cc == "LU":
        return digits(rng, 3) + digits(rng, 13)
    if cc == "NL":
        return rng.choice(NL_BANKS) + digits(rng, 10)
    if cc == "GB":
        return rng.choice(GB_BANKS) + digits(rng, 14)
    if cc == "FR":
        bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        return bank + branch + account + _fr_rib_key(bank, branch, account)
    if cc == "ES":
        raw = digits(rng, 8) + "00" + digits(rng, 10)
        return raw[:8] + ccc.calc_check_digits(raw) + raw[10:]
    if cc == "BE":
        bank = rng.choice(["001", "063", "068", "310", "363", "539", "735", "750", "973"])
        head = bank + digits(rng, 7)
        check = int(head) % 97 or 97
        return f"{head}{check:02d}"
    raise ValueError(cc)


def iban(rng: random.Random, cc: str) -> str:
    """A valid IBAN of country cc, printed in groups of four or as one string."""
    for _ in range(50):
        bban = _bban(rng, cc)
        number = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(number):
            break
    else:  # pragma: no cover - every country above has a construction that validates
        raise RuntimeError(cc)
    if rng.random() < 0.6:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return number


# --- national identifiers ------------------------------------------------------------------------
def us_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        num = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(num):
            sep = rng.choice(["-", "-", "-", " ", ""])
            return sep.join((num[:3], num[3:5], num[5:]))


def uk_nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    return f"{pre}{d}{suf}"


def de_steuer_id(rng: random.Random) -> str:
    while True:
        num = str(rng.randint(1, 9)) + digits(rng, 10)
        if idnr.is_valid(num):
            break
    if rng.random() < 0.5:
        return f"{num[:2]} {num[2:5]} {num[5:8]} {num[8:]}"
    return num


def fr_nir(rng: random.Random) -> str:
    body = (
        rng.choice("12")
        + f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
        + f"{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    )
    num = body + nir.calc_check_digits(body)
    assert nir.is_valid(num)
    if rng.random() < 0.5:
        return f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"
    return num


def es_dni(rng: random.Random) -> str:
    body = digits(rng, 8)
    num = body + dni.calc_check_digit(body)
    assert dni.is_valid(num)
    return num if rng.random() < 0.7 else f"{body}-{num[-1]}"


def es_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    num = body + nie.calc_check_digit(body)
    assert nie.is_valid(num)
    return num if rng.random() < 0.7 else f"{body[0]}-{body[1:]}-{num[-1]}"


def nl_bsn(rng: random.Random) -> str:
    while True:
        num = str(rng.randint(1, 9)) + digits(rng, 8)
        if bsn.is_valid(num):
            break
    return num if rng.random() < 0.75 else f"{num[:4]}.{num[4:6]}.{num[6:]}"


_CF_MONTHS = "ABCDEHLMPRST"
_BELFIORE = ["H501", "F205", "L219", "A944", "G273", "D612", "F839", "C351", "L736", "A662"]


def _cf_letters(word: str, first_name: bool) -> str:
    word = "".join(c for c in word.upper() if c.isascii() and c.isalpha())
    cons = [c for c in word if c not in "AEIOU"]
    vows = [c for c in word if c in "AEIOU"]
    if first_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def it_codice_fiscale(rng: random.Random, first: str, last: str) -> str:
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    body = (
        _cf_letters(last, False)
        + _cf_letters(first, True)
        + f"{rng.randint(40, 99):02d}"
        + rng.choice(_CF_MONTHS)
        + f"{day:02d}"
        + rng.choice(_BELFIORE)
    )
    num = body + codicefiscale.calc_check_digit(body)
    assert codicefiscale.is_valid(num)
    return num


def bad_check(rng: random.Random, kind: str) -> str:
    """A digit string of a national-id length that fails that id's check."""
    while True:
        if kind == "bsn":
            num = str(rng.randint(1, 9)) + digits(rng, 8)
            if not bsn.is_valid(num):
                return num
        else:
            num = str(rng.randint(1, 9)) + digits(rng, 10)
            if not idnr.is_valid(num):
                return num


# --- network -------------------------------------------------------------------------------------
def ipv4(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.25:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if r < 0.4:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.5:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice([31, 46, 62, 77, 81, 84, 85, 88, 91, 93, 109, 145, 176, 185, 212, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02", "2a01", "2001", "2a00", "2003", "2a0a", "fe80", "2c0f"])
    if head == "fe80":
        groups = ["fe80", "0", "0", "0"] + [f"{rng.getrandbits(16):x}" for _ in range(4)]
    else:
        groups = [head] + [f"{rng.getrandbits(16):x}" for _ in range(3)]
        tail = [f"{rng.getrandbits(16):x}" for _ in range(4)]
        if rng.random() < 0.5:
            tail[:2] = ["0", "0"]
        groups += tail
    addr = ipaddress.IPv6Address(":".join(groups))
    return addr.exploded if rng.random() < 0.15 else str(addr)


# --- phones --------------------------------------------------------------------------------------
_PN_TYPES = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]


def phone(rng: random.Random, region: str) -> str:
    """A valid phone number of region, written the way people there write it."""
    ptype = rng.choice(_PN_TYPES)
    example = phonenumbers.example_number_for_type(region, ptype)
    nsn = str(example.national_number)
    for _ in range(200):
        keep = min(len(nsn) - 5, rng.choice([1, 2, 3]))
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(example.country_code) + cand)
        if phonenumbers.is_valid_number(num) and "555" not in cand[:6]:
            break
    else:
        num = example
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    r = rng.random()
    if r < 0.25:
        return intl
    if r < 0.35:
        return e164
    if r < 0.45:  # national digits, no separators at all
        return "".join(c for c in nat if c.isdigit())
    style = rng.random()
    if region == "FR" and style < 0.4:
        return nat.replace(" ", ".")
    if region == "DE" and style < 0.4:
        area, _, rest = nat.partition(" ")
        return f"{area}/{rest.replace(' ', '')}"
    if region == "DE" and style < 0.55:
        cc = str(num.country_code)
        return f"+{cc} (0){nat[1:]}"
    if region == "NL" and style < 0.5:
        area, _, rest = nat.partition(" ")
        return f"{area}-{rest.replace(' ', '')}"
    if region == "US" and style < 0.4:
        d = "".join(c for c in nat if c.isdigit())
        return rng.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])
    if region == "ES" and style < 0.3:
        d = "".join(c for c in nat if c.isdigit())
        return f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"
    return nat


# --- secrets -------------------------------------------------------------------------------------
def _b64url(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def jwt(rng: random.Random, subject: str) -> str:
    head = _b64url({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}).rstrip("=")
    iat = rng.randint(1_730_000_000, 1_790_000_000)
    body = _b64url({"sub": subject, "iat": iat, "exp": iat + 3600}).rstrip("=")
    return f"{head}.{body}.{chars(rng, B64URL, 43)}"


def password(rng: random.Random, fake) -> str:
    r = rng.random()
    if r < 0.35:
        word = fake.word().capitalize()
        return f"{word}{rng.randint(1, 2026)}{rng.choice('!?#$%&*')}"
    if r < 0.6:
        return chars(rng, ALNUM + "!#$%&*+-=?@^_", rng.randint(12, 24))
    if r < 0.8:
        return "-".join(fake.word() for _ in range(rng.randint(3, 4)))
    return chars(rng, ALNUM, rng.randint(16, 32))


def api_key(rng: random.Random) -> str:
    k = rng.randrange(12)
    if k == 0:
        return "AKIA" + chars(rng, string.ascii_uppercase + "234567", 16)
    if k == 1:
        return "ghp_" + chars(rng, ALNUM, 36)
    if k == 2:
        return "github_pat_11" + chars(rng, UPPER_DIGITS, 20) + "_" + chars(rng, ALNUM, 59)
    if k == 3:
        return f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{chars(rng, ALNUM, 24)}"
    if k == 4:
        return rng.choice(["sk_live_", "rk_live_"]) + chars(rng, ALNUM, rng.choice([24, 99]))
    if k == 5:
        return "sk-proj-" + chars(rng, B64URL, 48) + "T3BlbkFJ" + chars(rng, B64URL, 48)
    if k == 6:
        return "AIza" + chars(rng, B64URL, 35)
    if k == 7:
        return f"SG.{chars(rng, B64URL, 22)}.{chars(rng, B64URL, 43)}"
    if k == 8:
        return "hf_" + chars(rng, ALNUM, 34)
    if k == 9:
        return "sk-ant-api03-" + chars(rng, B64URL, 93) + "AA"
    if k == 10:
        return "glpat-" + chars(rng, B64URL, 20)
    return chars(rng, "0123456789abcdef", 32)


def aws_secret(rng: random.Random) -> str:
    return chars(rng, ALNUM + "/+", 40)


def opaque_token(rng: random.Random) -> str:
    return chars(rng, ALNUM, rng.choice([32, 40, 48, 64]))


def dsn(rng: random.Random, fake) -> tuple[str, str, str]:
    """A connection string split as (before, password, after): the password is the secret."""
    user = fake.user_name()
    pw = chars(rng, ALNUM + "!*-_", rng.randint(10, 20))
    host = rng.choice(["db", "pg-main", "mysql01", "cluster0", "cache", "primary"])
    domain = fake.domain_word() + rng.choice([".internal", ".local", ".prod.net", ".io"])
    db = fake.word()
    r = rng.randrange(6)
    if r == 0:
        return f"postgresql://{user}:", pw, f"@{host}.{domain}:5432/{db}"
    if r == 1:
        return f"mysql://{user}:", pw, f"@{host}.{domain}:3306/{db}"
    if r == 2:
        cluster = chars(rng, "abcdefghij", 5)
        return f"mongodb+srv://{user}:", pw, f"@{host}.{cluster}.mongodb.net/{db}?retryWrites=true"
    if r == 3:
        return "redis://:", pw, f"@{host}.{domain}:6379/0"
    if r == 4:
        return f"amqp://{user}:", pw, f"@{host}.{domain}:5672/%2F"
    return (
        f"Server=tcp:{host}.{domain},1433;Database={db};User ID={user};Password=",
        pw,
        ";Encrypt=True;",
    )


# --- look-alikes ---------------------------------------------------------------------------------
def uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexstr(rng: random.Random, n: int) -> str:
    return chars(rng, "0123456789abcdef", n)


def isbn13(rng: random.Random) -> str:
    body = rng.choice(["978", "979"]) + digits(rng, 9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    num = body + str((10 - total % 10) % 10)
    if rng.random() < 0.6:
        return f"{num[:3]}-{num[3]}-{num[4:7]}-{num[7:12]}-{num[12]}"
    return num


def ups_tracking(rng: random.Random) -> str:
    return "1Z" + chars(rng, UPPER_DIGITS, 6) + digits(rng, 10)


def version(rng: random.Random, parts: int = 3) -> str:
    """A release number; four parts as in build numbers (10.0.19045.3803, 4.2.1.7)."""
    nums = [str(rng.randint(0, 24))] + [str(rng.randint(0, 40)) for _ in range(parts - 1)]
    if parts == 4 and rng.random() < 0.5:
        nums[2:] = [str(rng.randint(100, 22000)), str(rng.randint(0, 4000))]
    return ".".join(nums)
