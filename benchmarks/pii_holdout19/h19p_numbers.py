"""Numbers of PII hold-out 19: personal ones valid by their schemes, kept ones that look alike.

Every check digit comes from python-stdnum: the generator draws the free digits, then tries the
check positions until stdnum accepts the number, so no scheme's arithmetic is coded twice here.
Phones are drawn around libphonenumber's example prefixes and kept only when libphonenumber says
the number is valid for its region and of the wanted type.
"""

from __future__ import annotations

import ipaddress
import itertools
import random
import string
from datetime import date

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import ean, iban, isin, iso6346, iso11649, lei, luhn
from stdnum.ar import cuit
from stdnum.at import uid as at_uid
from stdnum.at import vnr
from stdnum.au import abn, tfn
from stdnum.be import nn
from stdnum.be import vat as be_vat
from stdnum.br import cnpj, cpf
from stdnum.ch import ssn as ch_ssn
from stdnum.ch import uid as ch_uid
from stdnum.cl import rut
from stdnum.co import nit
from stdnum.de import idnr
from stdnum.de import vat as de_vat
from stdnum.es import cif, dni
from stdnum.es import vat as es_vat
from stdnum.fr import nir, tva
from stdnum.gb import nhs
from stdnum.gb import vat as gb_vat
from stdnum.ie import pps
from stdnum.ie import vat as ie_vat
from stdnum.iso7064 import mod_97_10
from stdnum.it import codicefiscale, iva
from stdnum.lu import tva as lu_tva
from stdnum.mx import curp, rfc
from stdnum.nz import ird
from stdnum.pl import nip, pesel
from stdnum.pt import nif
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

DIGITS = string.digits
ALNUM = string.ascii_uppercase + string.digits

# Person ids by country (None: the country has no id here). Tests use the same table's modules.
ID_SCHEMES = {
    "GB": nhs, "IE": pps, "US": us_ssn, "AU": tfn, "NZ": ird, "ZA": za_idnr, "DE": idnr, "AT": vnr,
    "CH": ch_ssn, "FR": nir, "BE": nn, "ES": dni, "MX": curp, "AR": cuit, "CL": rut, "CO": nit,
    "IT": codicefiscale, "PT": nif, "BR": cpf, "PL": pesel,
}  # fmt: skip
VAT_SCHEMES = {
    "GB": gb_vat, "IE": ie_vat, "AU": abn, "DE": de_vat, "AT": at_uid, "CH": ch_uid, "FR": tva,
    "BE": be_vat, "LU": lu_tva, "ES": es_vat, "MX": rfc, "AR": cuit, "CL": rut, "CO": nit, "IT": iva,
    "PT": nif, "BR": cnpj, "PL": nip, "NZ": ird,
}  # fmt: skip


def digits(rng: random.Random, n: int, first: str = DIGITS) -> str:
    """`n` random digits, the first drawn from `first`."""
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def complete(body: str, holes: list[int], alphabet: str, ok) -> str:
    """Fill the positions `holes` of `body` with the first combination `ok` accepts."""
    chars = list(body)
    for combo in itertools.product(alphabet, repeat=len(holes)):
        for pos, ch in zip(holes, combo, strict=True):
            chars[pos] = ch
        cand = "".join(chars)
        if ok(cand):
            return cand
    raise ValueError("no check digit fits")


def retry(draw):
    """Call `draw` until it returns: some bodies admit no check digit (mod 11 giving 10)."""
    for _ in range(10_000):
        try:
            return draw()
        except ValueError:
            continue
    raise ValueError("no valid number drawn")


# ---------------------------------------------------------------- national ids


def _cf_part(word: str, is_given: bool) -> str:
    """Three letters of an Italian codice fiscale from a surname or a given name."""
    import unicodedata

    plain = "".join(
        c for c in unicodedata.normalize("NFD", word.upper()) if c.isalpha() and c.isascii()
    )
    cons = [c for c in plain if c not in "AEIOU"]
    vows = [c for c in plain if c in "AEIOU"]
    if is_given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def _curp_letters(family: str, given: str) -> str:
    """The four name letters that open a Mexican CURP."""
    import unicodedata

    def plain(w: str) -> str:
        return "".join(
            c for c in unicodedata.normalize("NFD", w.upper()) if c.isalpha() and c.isascii()
        )

    fam = family.split()
    f1, f2 = plain(fam[0]), plain(fam[1]) if len(fam) > 1 else "X"
    g = plain(given.split()[-1] if given.split()[0] in ("JOSÉ", "José", "Juan", "María") else given)
    vowel = next((c for c in f1[1:] if c in "AEIOU"), "X")
    return f1[0] + vowel + f2[0] + g[0]


def national_id(
    rng: random.Random, cc: str, dob: date, female: bool, family: str, given: str
) -> str:
    """A valid person id of country `cc` (compact form), tied to the birth date where it carries one."""
    yymmdd = dob.strftime("%y%m%d")
    if cc == "GB":
        return retry(lambda: complete(digits(rng, 9, "4") + "0", [9], DIGITS, nhs.is_valid))
    if cc == "IE":
        return retry(
            lambda: complete(digits(rng, 7) + "X", [7], "ABCDEFGHIJKLMNOPQRSTUVW", pps.is_valid)
        )
    if cc == "US":
        while True:
            num = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
            if us_ssn.is_valid(num):
                return num
    if cc == "AU":
        return retry(lambda: complete(digits(rng, 8, "1234567") + "0", [8], DIGITS, tfn.is_valid))
    if cc == "NZ":
        return retry(lambda: complete(digits(rng, 8, "1") + "0", [8], DIGITS, ird.is_valid))
    if cc == "ZA":
        serial = rng.randint(5000, 9999) if not female else rng.randint(0, 4999)
        return complete(f"{yymmdd}{serial:04d}080", [12], DIGITS, za_idnr.is_valid)
    if cc == "DE":
        while True:
            body = digits(rng, 10, "123456789")
            if len(set(body)) == 9:  # one digit twice, one missing: the Steuer-ID rule
                try:
                    return complete(body + "0", [10], DIGITS, idnr.is_valid)
                except ValueError:
                    continue
    if cc == "AT":
        return retry(
            lambda: complete(
                digits(rng, 3, "123456789") + "0" + dob.strftime("%d%m%y"),
                [3],
                DIGITS,
                vnr.is_valid,
            )
        )
    if cc == "CH":
        return retry(lambda: complete("756" + digits(rng, 9) + "0", [12], DIGITS, ch_ssn.is_valid))
    if cc == "FR":
        dept = rng.choice(["75", "69", "13", "31", "59", "33", "44", "2A", "93"])
        body = f"{2 if female else 1}{dob:%y%m}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        return body + nir.calc_check_digits(body)
    if cc == "BE":
        serial = rng.randrange(2 if female else 1, 998, 2)
        body = f"{yymmdd}{serial:03d}"
        # mod 97 over the nine digits, with a leading 2 for people born from 2000 on
        check = 97 - int(("2" if dob.year >= 2000 else "") + body) % 97
        return f"{body}{check:02d}"
    if cc == "ES":
        body = digits(rng, 8, "0123456789")
        return body + dni.calc_check_digit(body)
    if cc == "MX":
        head = _curp_letters(family, given) + yymmdd + ("M" if female else "H")
        head += rng.choice(["DF", "JC", "NL", "PL", "YN", "GT"])
        head += "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3))
        head += "0" if dob.year < 2000 else "A"
        for _ in range(50):
            try:
                cand = head + curp.calc_check_digit(head + "0")
            except Exception:  # noqa: BLE001 - stdnum refuses some name letter combinations
                cand = ""
            if cand and curp.is_valid(cand):
                return cand
            head = (
                head[:13] + "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3)) + head[16]
            )
        raise ValueError("no CURP")
    if cc == "AR":
        while True:
            body = ("27" if female else "20") + digits(rng, 8, "123")
            try:
                return body + cuit.calc_check_digit(body)
            except Exception:  # noqa: BLE001 - check 10 has no digit: draw again
                continue
    if cc == "CL":
        body = str(rng.randint(8_000_000, 26_000_000))
        return body + rut.calc_check_digit(body)
    if cc == "CO":
        body = str(rng.randint(10_000_000, 1_099_999_999))
        return body + nit.calc_check_digit(body)
    if cc == "IT":
        months = "ABCDEHLMPRST"
        day = dob.day + (40 if female else 0)
        comune = rng.choice(["F205", "H501", "L219", "A944", "F839", "D612", "G273"])
        body = (
            _cf_part(family, False)
            + _cf_part(given.split()[0], True)
            + f"{dob:%y}{months[dob.month - 1]}{day:02d}{comune}"
        )
        return body + codicefiscale.calc_check_digit(body)
    if cc == "PT":
        body = digits(rng, 8, "12")
        return complete(body + "0", [8], DIGITS, nif.is_valid)
    if cc == "BR":
        body = digits(rng, 9)
        return (
            body + cpf.calc_check_digits(body)
            if hasattr(cpf, "calc_check_digits")
            else complete(body + "00", [9, 10], DIGITS, cpf.is_valid)
        )
    if cc == "PL":
        month = dob.month + (20 if dob.year >= 2000 else 0)
        sex = rng.choice("02468" if female else "13579")
        body = f"{dob:%y}{month:02d}{dob:%d}{digits(rng, 3)}{sex}"
        return body + str(pesel.calc_check_digit(body))
    raise KeyError(cc)


def format_id(rng: random.Random, cc: str, num: str) -> str:
    """The id as people write it in `cc`: separators where the country prints them, or bare."""
    if cc not in ID_STYLES or rng.random() >= 0.7:
        return num
    return ID_STYLES[cc](num)


def _dotted(num: str) -> str:
    """Thousands dots and a dash before the check character (Chile, Colombia)."""
    return f"{int(num[:-1]):,}".replace(",", ".") + "-" + num[-1]


ID_STYLES = {
    "GB": lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", "US": lambda n: f"{n[:3]}-{n[3:5]}-{n[5:]}",
    "AU": lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", "NZ": lambda n: f"{n[:-6]}-{n[-6:-3]}-{n[-3:]}",
    "DE": lambda n: f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", "AT": lambda n: f"{n[:4]} {n[4:]}",
    "CH": lambda n: f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}",
    "FR": lambda n: f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}",
    "BE": lambda n: f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
    "AR": lambda n: f"{n[:2]}-{n[2:10]}-{n[10:]}", "CL": _dotted, "CO": _dotted,
    "PT": lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", "BR": lambda n: f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}",
    "ZA": lambda n: f"{n[:6]} {n[6:10]} {n[10:]}",
}  # fmt: skip


def bad_id(rng: random.Random, cc: str, num: str) -> str:
    """The id with its check character changed (a US SSN: area 666) so that the scheme refuses it."""
    scheme = ID_SCHEMES[cc]
    if cc == "US":  # no check digit: area 666 is never issued
        return "666" + num[3:]
    last = num[-1]
    pool = ALNUM if last.isalpha() else DIGITS
    for ch in rng.sample(pool, len(pool)):
        cand = num[:-1] + ch
        if ch != last and not scheme.is_valid(cand):
            return cand
    raise ValueError("no failing twin")


# ---------------------------------------------------------------- money

# BBAN patterns: n digit, a upper letter, c upper alphanumeric; national check positions in BBAN.
BBAN = {
    "GB": ("4a14n", []), "IE": ("4a14n", []), "DE": ("18n", []), "AT": ("16n", []),
    "CH": ("5n12c", []), "FR": ("10n11c2n", []), "BE": ("12n", [10, 11]),
    "LU": ("3n13c", []), "ES": ("20n", [8, 9]), "IT": ("1a10n12c", []),
    "PT": ("21n", []), "BR": ("23n1a1c", []), "PL": ("24n", []),
}  # fmt: skip
BANK_CODES = {
    "GB": ["NWBK601613", "BARC200415", "MIDL400515", "LOYD309634"],
    "IE": ["AIBK931152", "BOFI900017"], "DE": ["37040044", "10050000", "50010517", "70150000"],
    "AT": ["19043", "20111", "12000"], "CH": ["00762", "00230", "08390"],
    "ES": ["2100", "0049", "0182"], "PL": ["10901014", "11602202", "10203017"],
}  # fmt: skip


def _bban(rng: random.Random, pattern: str) -> str:
    """Random characters following an IBAN registry pattern like `5n12c`."""
    out = []
    letters = rng.random() < 0.15  # most alphanumeric account numbers are all digits
    for count, kind in _pattern_parts(pattern):
        pool = {"n": DIGITS, "a": string.ascii_uppercase, "c": ALNUM}[kind]
        if kind == "c":
            pool = DIGITS * 20 + string.ascii_uppercase if letters else DIGITS
        out.append("".join(rng.choice(pool) for _ in range(count)))
    return "".join(out)


def _pattern_parts(pattern: str) -> list[tuple[int, str]]:
    parts, num = [], ""
    for ch in pattern:
        if ch.isdigit():
            num += ch
        else:
            parts.append((int(num), ch))
            num = ""
    return parts


_RIB_LETTERS = {c: str(v) for v, group in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], 1) for c in group}  # fmt: skip


def national_check(cc: str, bban: str) -> str:
    """Set the national check characters that stdnum's IBAN check does not verify.

    France: RIB key, 97 - (89 bank + 15 branch + 3 account) mod 97, account letters as digits.
    Italy: CIN, the codice fiscale's odd/even letter sum over ABI, CAB and account.
    Portugal: NIB check digits, ISO 7064 mod 97-10 over the first 19 digits.
    """
    if cc == "FR":
        account = "".join(_RIB_LETTERS.get(c, c) for c in bban[10:21])
        key = 97 - (89 * int(bban[:5]) + 15 * int(bban[5:10]) + 3 * int(account)) % 97
        return bban[:21] + f"{key:02d}"
    if cc == "IT":
        return codicefiscale.calc_check_digit(bban[1:]) + bban[1:]
    if cc == "PT":
        return bban[:19] + mod_97_10.calc_check_digits(bban[:19])
    return bban


def make_iban(rng: random.Random, cc: str) -> str:
    """A valid IBAN of `cc` (compact), national check digits included where the country has them."""
    pattern, holes = BBAN[cc]
    while True:
        bban = _bban(rng, pattern)
        if cc in BANK_CODES:
            code = rng.choice(BANK_CODES[cc])
            bban = code + bban[len(code) :]
        if cc == "BR":
            bban = bban[:-2] + rng.choice("CP") + "1"
        if cc == "PL":  # the sort code carries its own check digit (weights 3 9 7 1 3 9 7)
            bban = rng.choice(BANK_CODES["PL"]) + bban[8:]
        bban = national_check(cc, bban)

        def ok(b: str) -> bool:
            return iban.is_valid(cc + iban.calc_check_digits(cc + "00" + b) + b)

        try:
            bban = complete(
                bban, [h for h in holes], DIGITS if cc != "IT" else string.ascii_uppercase, ok
            )
        except ValueError:
            continue
        full = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(full):
            return full


def bad_iban(rng: random.Random, num: str) -> str:
    """An IBAN with its two check digits changed so that mod 97 fails."""
    while True:
        cand = num[:2] + f"{rng.randint(2, 98):02d}" + num[4:]
        if cand != num and not iban.is_valid(cand):
            return cand


def format_iban(rng: random.Random, num: str) -> str:
    """Printed (groups of four) or electronic form."""
    if rng.random() < 0.6:
        return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
    return num


# Published test and example numbers: valid by their check digits, no one's account.
TEST_CARDS = ("4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210", "378282246310005", "6011111111111117", "4111111111111111")  # fmt: skip
EXAMPLE_IBANS = ("GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "ES9121000418450200051332", "IT60X0542811101000000123456", "PL61109010140000071219812874", "PT50000201231234567890154", "BE71096123456769", "IE29AIBK93115212345678", "CH9300762011623852957", "AT611904300234573201")  # fmt: skip


def make_card(rng: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard or Amex number that is no published test card."""
    while True:
        brand = rng.random()
        if brand < 0.45:
            body = "4" + digits(rng, 14)
        elif brand < 0.65:
            body = str(rng.randint(51, 55)) + digits(rng, 13)
        elif brand < 0.8:
            body = str(rng.randint(2221, 2720)) + digits(rng, 11)
        else:
            body = rng.choice("47") and "3" + rng.choice("47") + digits(rng, 12)
        num = body + luhn.calc_check_digit(body)
        if num not in TEST_CARDS:
            return num


def bad_card(rng: random.Random, num: str) -> str:
    """The card with its last digit changed: Luhn fails."""
    last = int(num[-1])
    return num[:-1] + str((last + rng.randint(1, 9)) % 10)


def format_card(rng: random.Random, num: str) -> str:
    """Grouped as printed (Amex 4-6-5), or bare."""
    if rng.random() < 0.35:
        return num
    sep = rng.choice(" -") if rng.random() < 0.3 else " "
    if len(num) == 15:
        return sep.join((num[:4], num[4:10], num[10:]))
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


# ---------------------------------------------------------------- phones

FICTIONAL = {  # ranges regulators set aside for drama and documentation
    "GB": ("+447700900", "+442079460", "+441614960"),
    "US": ("+1212555010", "+1312555010", "+1415555010"),
    "AU": ("+61491570", "+61255501", "+61370100"),
    "FR": ("+33199001", "+33639980"),
}


def make_phone(rng: random.Random, cc: str, mobile: bool) -> phonenumbers.PhoneNumber:
    """A number valid for `cc` of the wanted type, drawn around libphonenumber's example prefix."""
    want = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(cc, want)
    nsn = phonenumbers.national_significant_number(example)
    fictional = FICTIONAL.get(cc, ())
    while True:
        keep = rng.randint(1, 2) if mobile else rng.randint(2, 3)
        cand = nsn[:keep] + "".join(rng.choice(DIGITS) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse(f"+{example.country_code}{cand}")
        kind = phonenumbers.number_type(num)
        e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        if (
            phonenumbers.is_valid_number_for_region(num, cc)
            and kind in (want, PhoneNumberType.FIXED_LINE_OR_MOBILE)
            and not e164.startswith(fictional)
        ):
            return num


def make_toll_free(rng: random.Random, cc: str) -> phonenumbers.PhoneNumber | None:
    """A company's toll-free line, typed TOLL_FREE by libphonenumber (None where there is none)."""
    example = phonenumbers.example_number_for_type(cc, PhoneNumberType.TOLL_FREE)
    if example is None:
        return None
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(500):
        keep = min(len(nsn) - 3, 4)
        cand = nsn[:keep] + "".join(rng.choice(DIGITS) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse(f"+{example.country_code}{cand}")
        if phonenumbers.number_type(num) == PhoneNumberType.TOLL_FREE:
            return num
    return None


def format_phone(rng: random.Random, num: phonenumbers.PhoneNumber) -> str:
    """International, national, E.164, `00` or national without spaces."""
    style = rng.random()
    if style < 0.3:
        return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if style < 0.6:
        return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    if style < 0.75:
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    if style < 0.88:
        # `00` is the international prefix in most, not all, of these countries (US 011, AU 0011,
        # BR and CO carrier codes): written only where the country itself dials it.
        text = "00" + phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)[1:]
        region = phonenumbers.region_code_for_number(num)
        if phonenumbers.parse(text, region) == num:
            return text
        return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    return "".join(ch for ch in nat if ch.isdigit() or ch == "+")


def fictional_phone(rng: random.Random, cc: str) -> str | None:
    """A number from a range set aside for fiction, written nationally (None for other countries)."""
    if cc == "GB":
        return rng.choice(["07700 900", "020 7946 0", "0161 496 0"]) + f"{rng.randint(0, 999):03d}"
    if cc == "US":
        return f"({rng.choice(['212', '312', '415'])}) 555-01{rng.randint(0, 99):02d}"
    if cc == "AU":
        return "0491 570 " + rng.choice(["006", "156", "157", "158", "159", "110", "313", "737"])
    if cc == "FR":
        return (
            rng.choice(["01 99 00 ", "06 39 98 "])
            + f"{rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
        )
    return None


# ---------------------------------------------------------------- network and secrets


def public_ip(rng: random.Random) -> str:
    """A global unicast address (IPv4 mostly, some IPv6)."""
    while True:
        if rng.random() < 0.8:
            addr: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv4Address(
                rng.getrandbits(32)
            )
        else:
            addr = ipaddress.IPv6Address(
                (0x2A02 << 112) | rng.getrandbits(100) << 12 | rng.getrandbits(12)
            )
        if addr.is_global and not addr.is_multicast:
            return addr.compressed


def doc_ip(rng: random.Random) -> str:
    """An address from the documentation ranges (RFC 5737, RFC 3849)."""
    if rng.random() < 0.85:
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{rng.randint(1, 254)}"
    return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"


def private_ip(rng: random.Random) -> str:
    """A private (RFC 1918) address."""
    return rng.choice(
        [
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        ]
    )


def secret(rng: random.Random) -> str:
    """A credential as vendors shape them, or a password a person chose."""
    lower = string.ascii_lowercase + string.digits
    mixed = string.ascii_letters + string.digits
    pick = rng.randrange(6)
    if pick == 0:
        return "sk_live_" + "".join(rng.choice(mixed) for _ in range(24))
    if pick == 1:
        return "ghp_" + "".join(rng.choice(mixed) for _ in range(36))
    if pick == 2:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if pick == 3:
        return (
            "xoxb-"
            + digits(rng, 12)
            + "-"
            + digits(rng, 13)
            + "-"
            + "".join(rng.choice(mixed) for _ in range(24))
        )
    if pick == 4:
        return "".join(rng.choice(lower) for _ in range(32))
    word = rng.choice(["Sommer", "Lisboa", "Tatra", "Gauchito", "Kiwi", "Marzo", "Soleil"])
    return f"{word}{rng.randint(10, 99)}{rng.choice('!?#$%&*')}{rng.choice(['x', 'Q', 'z', 'K'])}{rng.randint(100, 999)}"


PLACEHOLDERS = ("<your-api-key>", "${SMTP_PASSWORD}", "REPLACE_ME", "********", "xxxxxxxxxxxxxxxx", "{{ vault_db_password }}", "%(DB_PASS)s")  # fmt: skip


# ---------------------------------------------------------------- the settings' own numbers


def sscc(rng: random.Random) -> str:
    """An 18-digit GS1 serial shipping container code (GS1 mod 10)."""
    body = "0" + "40" + digits(rng, 14)
    return body + ean.calc_check_digit(body)


def gln(rng: random.Random) -> str:
    """A company's 13-digit GS1 global location number."""
    body = rng.choice(["40", "50", "76", "80", "84", "59"]) + digits(rng, 10)
    return body + ean.calc_check_digit(body)


def gtin(rng: random.Random) -> str:
    """A product's EAN-13."""
    body = rng.choice(["40", "50", "76", "80", "84", "59", "77"]) + digits(rng, 10)
    return body + ean.calc_check_digit(body)


def container(rng: random.Random) -> str:
    """An ISO 6346 container number."""
    body = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU"]) + digits(rng, 6)
    return body + iso6346.calc_check_digit(body)


def creditor_ref(rng: random.Random) -> str:
    """An ISO 11649 RF creditor reference."""
    body = digits(rng, rng.randint(8, 14))
    return iso11649.format(complete("RF00" + body, [2, 3], DIGITS, iso11649.is_valid))


def fund_isin(rng: random.Random, cc: str) -> str:
    """A fund's ISIN (LU and IE host most funds)."""
    country = rng.choice(
        ["LU", "IE", cc if cc in ("DE", "FR", "IT", "ES", "PT", "AT", "CH", "GB") else "LU"]
    )
    body = country + digits(rng, 9)
    return body + isin.calc_check_digit(body)


def company_lei(rng: random.Random) -> str:
    """A legal entity identifier (ISO 17442)."""
    body = "".join(rng.choice(ALNUM) for _ in range(18))
    return complete(body + "00", [18, 19], DIGITS, lei.is_valid)


def company_vat(rng: random.Random, cc: str) -> str | None:
    """A company's tax or VAT number of `cc`, valid by stdnum (None where none is drawn)."""
    if cc == "DE":
        return retry(
            lambda: "DE" + complete(digits(rng, 8, "123456789") + "0", [8], DIGITS, de_vat.is_valid)
        )
    if cc == "AT":
        return retry(
            lambda: (
                "ATU"
                + complete(digits(rng, 7) + "0", [7], DIGITS, lambda c: at_uid.is_valid("U" + c))
            )
        )
    if cc == "CH":
        return retry(
            lambda: ch_uid.format(
                complete("CHE" + digits(rng, 8) + "0", [11], DIGITS, ch_uid.is_valid)
            )
        )
    if cc == "FR":
        siren = complete(digits(rng, 8, "3456789") + "0", [8], DIGITS, luhn.is_valid)
        return complete("FR00" + siren, [2, 3], DIGITS, tva.is_valid)
    if cc == "BE":
        return retry(
            lambda: (
                "BE"
                + complete("0" + digits(rng, 7, "4789") + "00", [8, 9], DIGITS, be_vat.is_valid)
            )
        )
    if cc == "LU":
        return retry(
            lambda: "LU" + complete(digits(rng, 6, "12") + "00", [6, 7], DIGITS, lu_tva.is_valid)
        )
    if cc == "ES":
        return retry(
            lambda: (
                "ES" + complete(rng.choice("AB") + digits(rng, 7) + "0", [8], DIGITS, cif.is_valid)
            )
        )
    if cc == "IT":
        return retry(
            lambda: (
                "IT"
                + complete(
                    digits(rng, 7, "01") + f"{rng.randint(1, 100):03d}0", [10], DIGITS, iva.is_valid
                )
            )
        )
    if cc == "PT":
        return retry(lambda: "PT" + complete(digits(rng, 8, "5") + "0", [8], DIGITS, nif.is_valid))
    if cc == "PL":
        return retry(
            lambda: "PL" + complete(digits(rng, 9, "123456789") + "0", [9], DIGITS, nip.is_valid)
        )
    if cc == "GB":
        return retry(
            lambda: (
                "GB" + complete(digits(rng, 7, "123456789") + "00", [7, 8], DIGITS, gb_vat.is_valid)
            )
        )
    if cc == "IE":
        return retry(
            lambda: (
                "IE"
                + complete(
                    digits(rng, 7, "123456789") + "A",
                    [7],
                    "ABCDEFGHIJKLMNOPQRSTUVW",
                    ie_vat.is_valid,
                )
            )
        )
    if cc == "AU":
        return retry(
            lambda: abn.format(
                complete(digits(rng, 9, "123456789") + "00", [0, 1], DIGITS, abn.is_valid)
            )
        )
    if cc == "BR":
        body = digits(rng, 8) + "0001"
        return cnpj.format(body + cnpj.calc_check_digits(body))
    if cc == "AR":
        while True:
            body = "30" + digits(rng, 8, "5678")
            try:
                return cuit.format(body + cuit.calc_check_digit(body))
            except Exception:  # noqa: BLE001 - check 10 has no digit: draw again
                continue
    if cc == "CL":
        body = str(rng.randint(76_000_000, 77_999_999))
        return rut.format(body + rut.calc_check_digit(body))
    if cc == "CO":
        body = "9" + digits(rng, 8)
        return nit.format(body + nit.calc_check_digit(body))
    return None
