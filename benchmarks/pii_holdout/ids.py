"""Numbers with the real world's check digits (cards, IBANs, national ids, ISBN/EAN), written
from the public specifications so the corpus does not depend on the redactor's validators."""

from __future__ import annotations

import random
import string


def luhn_digit(body: str) -> str:
    """Check digit that makes body+digit pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


# network: (prefixes, length, grouping)
CARD_NETWORKS: dict[str, tuple[tuple[str, ...], int, tuple[int, ...]]] = {
    "visa": (("4",), 16, (4, 4, 4, 4)),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2307", "2720"), 16, (4, 4, 4, 4)),
    "amex": (("34", "37"), 15, (4, 6, 5)),
    "discover": (("6011", "644", "65"), 16, (4, 4, 4, 4)),
    "jcb": (("3528", "3589"), 16, (4, 4, 4, 4)),
    "diners": (("36", "38"), 14, (4, 6, 4)),
    "maestro": (("6759", "5018"), 16, (4, 4, 4, 4)),
    "unionpay": (("62",), 16, (4, 4, 4, 4)),
}


def card(rng: random.Random, network: str | None = None) -> tuple[str, str]:
    """A Luhn-valid card number as (network, digits)."""
    network = network or rng.choice(list(CARD_NETWORKS))
    prefixes, length, _ = CARD_NETWORKS[network]
    body = rng.choice(prefixes)
    body += "".join(rng.choice(string.digits) for _ in range(length - 1 - len(body)))
    return network, body + luhn_digit(body)


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(digits[pos : pos + size])
        pos += size
    if pos < len(digits):
        out.append(digits[pos:])
    return sep.join(p for p in out if p)


def card_text(rng: random.Random, network: str | None = None) -> tuple[str, str]:
    network, digits = card(rng, network)
    sep = rng.choice([" ", " ", "-", "", " "])
    return network, group(digits, CARD_NETWORKS[network][2], sep)


def luhn_broken(rng: random.Random) -> str:
    """A 16-digit grouped number that fails Luhn (a look-alike, not a card)."""
    _, digits = card(rng, "visa")
    last = str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return group(digits[:-1] + last, (4, 4, 4, 4), rng.choice([" ", "-"]))


# --- IBAN -------------------------------------------------------------------------------------


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_from_bban(country: str, bban: str) -> str:
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_dc(bank: str, branch: str, account: str) -> str:
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def d(s: str) -> str:
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return "0" if v == 11 else "1" if v == 10 else str(v)

    return d("00" + bank + branch) + d(account)


def _nl_account(rng: random.Random) -> str:
    while True:  # the old Dutch "elfproef" on the 10-digit account
        acc = "0" + str(rng.randint(1, 9)) + _digits(rng, 8)
        if sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0:
            return acc


IBAN_BANKS = {
    "NL": ("ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "ASNB", "KNAB"),
    "GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"),
    "BE": (),
    "DE": (),
}


def iban(rng: random.Random, country: str) -> str:
    """A mod-97-valid IBAN; national check digits too where the country has them."""
    if country == "DE":
        bban = rng.choice(["10070000", "50010517", "37040044", "20041133", "12030000"]) + _digits(
            rng, 10
        )
    elif country == "FR":
        bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        bban = bank + branch + account + _fr_rib_key(bank, branch, account)
    elif country == "ES":
        bank = rng.choice(["2100", "0049", "0182", "0081", "2080", "1465"])
        branch, account = _digits(rng, 4), _digits(rng, 10)
        bban = bank + branch + _es_dc(bank, branch, account) + account
    elif country == "NL":
        bban = rng.choice(IBAN_BANKS["NL"]) + _nl_account(rng)
    elif country == "GB":
        bban = rng.choice(IBAN_BANKS["GB"]) + _digits(rng, 6) + _digits(rng, 8)
    elif country == "BE":
        bank = rng.choice(
            ["001", "068", "310", "363", "735", "737", "050", "063", "096", "103", "143", "645"]
        )
        bank_acc = bank + _digits(rng, 7)
        check = int(bank_acc) % 97 or 97
        bban = f"{bank_acc}{check:02d}"
    elif country == "AT":
        bban = _digits(rng, 16)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + _digits(rng, 14)
    elif country == "LU":
        bban = _digits(rng, 16)
    elif country == "CH":
        bban = _digits(rng, 17)
    elif country == "PT":
        bban = _digits(rng, 21)
    else:
        raise ValueError(country)
    return iban_from_bban(country, bban)


def iban_text(rng: random.Random, country: str) -> str:
    raw = iban(rng, country)
    style = rng.random()
    if style < 0.45:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style < 0.5:
        return raw.lower()
    return raw


def iban_broken(rng: random.Random, country: str) -> str:
    raw = iban(rng, country)
    bad = raw[:2] + f"{(int(raw[2:4]) + rng.randint(1, 40)) % 97 + 2:02d}" + raw[4:]
    return " ".join(bad[i : i + 4] for i in range(0, len(bad), 4))


# --- national ids -----------------------------------------------------------------------------


def us_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    raw = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{raw[:3]}{sep}{raw[3:5]}{sep}{raw[5:]}"


def uk_nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{prefix}{digits}{suffix}"


def _mod11_10(body: str) -> str:
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10 or 10
        product = (s * 2) % 11
    return str((11 - product) % 10)


def de_steuer_id(rng: random.Random) -> str:
    """German tax id: 11 digits, one digit repeated in the first ten, ISO 7064 MOD 11,10."""
    while True:
        pool = rng.sample(string.digits, 9)
        dup = rng.choice(pool)
        body = pool + [dup]
        rng.shuffle(body)
        if body[0] != "0":
            break
    raw = "".join(body) + _mod11_10("".join(body))
    if rng.random() < 0.4:
        return f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}"
    return raw


def fr_nir(rng: random.Random, born: tuple[int, int, int] | None = None) -> str:
    """French social security number (NIR) with its 97-complement key."""
    sex = rng.choice("12")
    year = born[0] % 100 if born else rng.randint(40, 99)
    month = born[1] if born else rng.randint(1, 12)
    dept = rng.choice(["75", "69", "13", "33", "59", "92", "93", "31", "44", "67", "06"])
    commune, order = f"{rng.randint(1, 999):03d}", f"{rng.randint(1, 999):03d}"
    body = f"{sex}{year:02d}{month:02d}{dept}{commune}{order}"
    key = f"{97 - int(body) % 97:02d}"
    if rng.random() < 0.6:
        return f"{sex} {year:02d} {month:02d} {dept} {commune} {order} {key}"
    return body + key


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(rng: random.Random) -> str:
    if rng.random() < 0.25:  # NIE for foreign residents
        prefix = rng.choice("XYZ")
        num = _digits(rng, 7)
        letter = _DNI_LETTERS[int(str("XYZ".index(prefix)) + num) % 23]
        sep = rng.choice(["", "-"])
        return f"{prefix}{sep}{num}{sep}{letter}"
    num = f"{rng.randint(1000000, 99999999):08d}"
    return num + rng.choice(["", "", "-", " "]) + _DNI_LETTERS[int(num) % 23]


def nl_bsn(rng: random.Random) -> str:
    while True:
        d = _digits(rng, 8)
        if d[0] == "0":
            continue
        s = sum(int(c) * (9 - i) for i, c in enumerate(d))
        last = s % 11
        if last < 10:
            raw = d + str(last)
            if rng.random() < 0.3:
                return f"{raw[:4]}.{raw[4:6]}.{raw[6:]}"
            return raw


def bsn_broken(rng: random.Random) -> str:
    raw = nl_bsn(rng).replace(".", "")
    return raw[:-1] + str((int(raw[-1]) + 1) % 10)


def national_id_broken(rng: random.Random, lang: str) -> str:
    """A national-id-shaped number that its country's rules reject (wrong check digit or
    a range never issued): a look-alike, not an id."""
    if lang == "en" and rng.random() < 0.5:
        area = rng.choice(["000", "666", str(rng.randint(900, 999))])
        return f"{area}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    if lang == "en":
        return (
            rng.choice(["BG", "GB", "NK", "TN", "ZZ", "DA", "FY", "QQ"])
            + _digits(rng, 6)
            + rng.choice("ABCD")
        )
    if lang == "de":
        raw = de_steuer_id(rng).replace(" ", "")
        return raw[:-1] + str((int(raw[-1]) + rng.randint(1, 9)) % 10)
    if lang == "fr":
        raw = fr_nir(rng).replace(" ", "")
        key = (int(raw[-2:]) + rng.randint(1, 50)) % 97 + 1
        return f"{raw[:-2]}{key:02d}" if f"{key:02d}" != raw[-2:] else raw[:-2] + "00"
    if lang == "es":
        num = f"{rng.randint(1000000, 99999999):08d}"
        right = _DNI_LETTERS[int(num) % 23]
        return num + rng.choice([c for c in _DNI_LETTERS if c != right])
    return bsn_broken(rng)


def national_id(rng: random.Random, country: str, born: tuple[int, int, int]) -> str:
    if country == "US":
        return us_ssn(rng)
    if country == "GB":
        return uk_nino(rng)
    if country in {"DE", "AT"}:
        return de_steuer_id(rng)
    if country in {"FR", "BE"}:
        return fr_nir(rng, born)
    if country == "ES":
        return es_dni(rng)
    if country == "NL":
        return nl_bsn(rng)
    raise ValueError(country)


# --- look-alike numbers with real check digits ------------------------------------------------


def isbn13(rng: random.Random) -> str:
    body = rng.choice(["978", "979"]) + _digits(rng, 9)
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    raw = body + str(check)
    return f"{raw[:3]}-{raw[3]}-{raw[4:7]}-{raw[7:12]}-{raw[12]}"


def ean13(rng: random.Random) -> str:
    body = rng.choice(["400", "300", "840", "871", "590"]) + _digits(rng, 9)
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def ups_tracking(rng: random.Random) -> str:
    return (
        "1Z"
        + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))
        + (_digits(rng, 10))
    )


def dhl_tracking(rng: random.Random) -> str:
    return "00340434" + _digits(rng, 12)
