"""Personal values and their harmless look-alikes, written the way each locale writes them.

Every check digit comes from python-stdnum or Luhn, every phone number is valid for
`phonenumbers` in the writing used. Values are returned as plain strings; the layouts mark them.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from faker import Faker
from locales import LOCALES, Locale
from stdnum import iban as std_iban
from stdnum import luhn


# --- marking --------------------------------------------------------------------------------------
def S(kind: str, value: str) -> str:  # noqa: N802 - a span, short because layouts use it a lot
    return f"\x01{kind}\x02{value}\x03"


def L(kind: str, value: str) -> str:  # noqa: N802 - a look-alike
    return f"\x04{kind}\x02{value}\x03"


# --- people ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _complete(
    rng: random.Random,
    make: Callable[[], str],
    ok: Callable[[str], bool],
    tail: str = string.digits,
    width: int = 1,
) -> str:
    """Append the check characters that make `ok` true (stdnum decides), drawing a new body if none."""
    for _ in range(200):
        body = make()
        cands = [body + t for t in _tails(tail, width)]
        rng.shuffle(cands)
        for c in cands:
            if ok(c):
                return c
    raise RuntimeError("no valid check digits found")


def _tails(alphabet: str, width: int) -> list[str]:
    out = [""]
    for _ in range(width):
        out = [o + a for o in out for a in alphabet]
    return out


class Values:
    """All value makers for one locale, drawing from one seeded `random.Random` and Faker."""

    def __init__(self, loc: Locale, rng: random.Random, fake: Faker) -> None:
        self.loc, self.rng, self.fake = loc, rng, fake

    # names -------------------------------------------------------------------------------------
    def person(self) -> Person:
        r, f = self.rng, self.fake
        female = r.random() < 0.5
        first = f.first_name_female() if female else f.first_name_male()
        last = f.last_name()
        if self.loc.particles and r.random() < 0.25 and " " not in last:
            last = f"{r.choice(self.loc.particles)} {last}"
        if self.loc.compound and r.random() < 0.6 and " " not in last:
            second = f.last_name()
            last = f"{last} {second}" if r.random() < 0.7 else f"{last}-{second}"
        elif r.random() < 0.08 and " " not in last:
            last = f"{last}-{f.last_name()}"
        if r.random() < 0.07:
            first = f"{first}-{f.first_name_female() if female else f.first_name_male()}"
        return Person(first.replace("'", "’"), last.replace("'", "’"), female)

    def name(self, p: Person, style: str | None = None) -> str:
        """One person written the way a form, a signature or a chat writes them."""
        r = self.rng
        style = style or r.choice(
            ["full"] * 6 + ["last_first", "upper_last", "initial", "full_upper", "mid"]
        )
        if style == "last_first":
            return f"{p.last}, {p.first}"
        if style == "upper_last":
            return (
                f"{p.last.upper()} {p.first}"
                if self.loc.lang == "fr"
                else f"{p.first} {p.last.upper()}"
            )
        if style == "initial":
            return f"{p.first[0]}. {p.last}"
        if style == "full_upper":
            return p.full.upper()
        if style == "mid":
            return f"{p.first} {r.choice(string.ascii_uppercase)}. {p.last}"
        if style == "short":  # first name and initial, the way chat apps show people
            return f"{p.first} {p.last[0]}."
        if style == "lower":
            return p.full.lower()
        return p.full

    # addresses ---------------------------------------------------------------------------------
    def street_name(self) -> str:
        loc, r = self.loc, self.rng
        own = loc.code == "es-CO" or r.random() < 0.5
        base = r.choice(loc.street_bases) if own else self.fake.last_name()
        return r.choice(loc.street_patterns).format(n=base)

    def address(self) -> tuple[str, str]:
        """(street line, postcode-and-town line) in the locale's order."""
        loc, r = self.loc, self.rng
        street = self.street_name()
        num = str(r.randint(1, 240)) + (r.choice(loc.num_suffix) if r.random() < 0.15 else "")
        unit = (
            r.choice(loc.units).format(a=r.randint(1, 12), b=r.choice("ABCDEF"), c=r.randint(1, 40))
            if loc.units and (loc.code == "es-CO" or r.random() < 0.35)
            else ""
        )
        line1 = loc.street_fmt.format(s=street, n=num, u=unit).strip().rstrip(",")
        line1 = " ".join(line1.split()).replace(" ,", ",")
        pc, town = self.postcode_town()
        return line1, loc.town_fmt.format(p=pc, t=town)

    def postcode_town(self) -> tuple[str, str]:
        loc, r = self.loc, self.rng
        town = r.choice(loc.towns)
        first_digit = loc.postcode.find("9")
        pc = "".join(
            r.choice(string.digits if i != first_digit else "123456789")
            if c == "9"
            else r.choice("ABCDEFGHJKLMNPRSTUVWXZ")
            if c == "A"
            else c
            for i, c in enumerate(loc.postcode)
        )
        if loc.code == "en-GB":
            pc = f"{r.choice(['SW', 'N', 'E', 'M', 'B', 'LS', 'EH', 'BS', 'CF', 'G'])}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if loc.code == "en-CA" or loc.code == "fr-CA":
            pc = f"{r.choice('HKMJVT')}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1, 9)}"
        return pc, town

    # dates of birth ----------------------------------------------------------------------------
    def birth(self) -> dt.date:
        return dt.date(1938, 1, 1) + dt.timedelta(days=self.rng.randint(0, 70 * 365))

    def date_text(self, d: dt.date, kind: str | None = None) -> str:
        """A date written numerically or in words, as this locale writes it."""
        loc, r = self.loc, self.rng
        kind = kind or r.choice(["num"] * 4 + ["words", "words", "iso", "short", "abbr", "loose"])
        if kind == "iso":
            return d.isoformat()
        if kind == "abbr":  # 12 Mar 1985, 12-Mar-1985, Mar 12, 1985
            m = loc.months[d.month - 1][:3].capitalize()
            if loc.lang == "pl":
                return d.strftime("%d.%m.%Y")
            if loc.lang == "en":
                return r.choice(
                    [
                        f"{d.day} {m} {d.year}",
                        f"{d.day:02d}-{m}-{d.year}",
                        f"{m} {d.day}, {d.year}",
                        f"{d.day}-{m.upper()}-{d.year % 100:02d}",
                    ]
                )
            full = loc.months[d.month - 1]
            dot = "." if len(full) > 4 else ""  # mai, juni, mayo stay whole
            m = m if dot else full.capitalize()
            return (
                f"{d.day} {m.lower()}{dot} {d.year}"
                if loc.lang in ("fr", "es", "nl", "it", "pt", "sv")
                else f"{d.day}. {m}{dot} {d.year}"
            )
        if kind == "loose":  # no leading zeros, the way people type dates in chat
            if loc.code == "en-US":
                return f"{d.month}/{d.day}/{r.choice([d.year, d.year % 100])}"
            sep = {"de": ".", "pl": ".", "nl": "-", "sv": "-"}.get(loc.lang, "/")
            if loc.lang == "sv":
                return f"{d.year}-{d.month}-{d.day}"
            return f"{d.day}{sep}{d.month}{sep}{r.choice([d.year, d.year % 100])}"
        if kind == "words":
            m = loc.months[d.month - 1]
            return loc.date_words.format(
                d=d.day,
                m=m,
                M=m.capitalize(),
                y=d.year,
                o=_ordinal(d.day) if loc.lang == "en" else d.day,
            )
        fmt = r.choice(loc.date_num)
        if kind == "short":
            fmt = fmt.replace("%Y", "%y")
        out = d.strftime(fmt)
        if r.random() < 0.3 and loc.lang in ("de", "en", "fr", "es", "nl") and "%d" in fmt:
            out = (
                out.replace(f"{d.day:02d}", str(d.day), 1)
                if out.startswith(f"{d.day:02d}")
                else out
            )
        return out

    def other_date(self) -> dt.date:
        return dt.date(2024, 1, 1) + dt.timedelta(days=self.rng.randint(0, 3 * 365))

    # phones -----------------------------------------------------------------------------------
    def phone(self) -> str:
        r = self.rng
        region = self.loc.region
        ntype = r.choice(
            [phonenumbers.PhoneNumberType.MOBILE] * 2 + [phonenumbers.PhoneNumberType.FIXED_LINE]
        )
        ex = phonenumbers.example_number_for_type(region, ntype)
        nsn = str(ex.national_number)
        for _ in range(500):
            keep = max(2, len(nsn) - 7)
            cand = nsn[:keep] + _digits(r, len(nsn) - keep)
            num = phonenumbers.PhoneNumber(
                country_code=ex.country_code,
                national_number=int(cand),
                italian_leading_zero=ex.italian_leading_zero,
            )
            if (
                phonenumbers.is_valid_number(num)
                and phonenumbers.region_code_for_number(num) == region
            ):
                break
        else:
            num = ex
        text = self._phone_text(num)
        back = phonenumbers.parse(text, region)
        if back.national_number != num.national_number or not phonenumbers.is_valid_number(back):
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return text

    def _phone_text(self, num: phonenumbers.PhoneNumber) -> str:
        r, F = self.rng, phonenumbers.PhoneNumberFormat
        intl = phonenumbers.format_number(num, F.INTERNATIONAL)
        nat = phonenumbers.format_number(num, F.NATIONAL)
        styles = ["intl", "intl", "nat", "nat", "nat", "e164", "bare", "00"]
        styles += {
            "fr": ["dots", "dots"],
            "de": ["slash", "paren0"],
            "en": ["dash"],
            "nl": ["dash", "paren0"],
            "es": ["dots"] if self.loc.region == "ES" else [],
            "it": ["dots"],
            "sv": ["dash"],
        }.get(self.loc.lang, [])
        style = r.choice(styles)
        if style == "slash" and nat.startswith("0") and " " in nat:
            head, tail = nat.split(" ", 1)
            return f"{head}/{tail.replace(' ', '')}"
        if style == "intl":
            return intl
        if style == "e164":
            return phonenumbers.format_number(num, F.E164)
        if style == "00":
            return "00" + intl[1:]
        if style == "bare":
            return "".join(c for c in nat if c.isdigit())
        if style == "dots":
            return nat.replace(" ", ".").replace("-", ".")
        if style == "dash":
            return nat.replace(" ", "-")
        if style == "paren0" and nat.startswith("0"):
            cc = intl.split(" ")[0]
            return f"{cc} (0){intl[len(cc) :]}"
        return nat

    # e-mail -----------------------------------------------------------------------------------
    def email(self, p: Person | None = None, domain: str | None = None) -> str:
        r = self.rng
        p = p or self.person()
        fl = _ascii(p.first).lower().replace(" ", "-").split("-")[0] or "info"
        la = _ascii(p.last).lower().replace(" ", "").replace("-", "") or "mail"
        local = r.choice(
            [
                f"{fl}.{la}",
                f"{fl[0]}{la}",
                f"{fl}{r.randint(1, 99)}",
                f"{la}.{fl}",
                f"{fl}_{la}",
                f"{fl}.{la}{r.randint(60, 99)}",
                f"{fl[0]}.{la}",
            ]
        )
        return f"{local}@{domain or r.choice(self.loc.mail_domains)}"

    # numbers ----------------------------------------------------------------------------------
    def iban(self, country: str | None = None) -> str:
        r = self.rng
        cc = country or self.loc.iban_country
        length = {
            "DE": 18,
            "AT": 16,
            "CH": 17,
            "FR": 23,
            "BE": 12,
            "ES": 20,
            "NL": 14,
            "IT": 23,
            "PT": 21,
            "PL": 24,
            "SE": 20,
            "GB": 18,
            "IE": 18,
            "LU": 16,
        }[cc]

        def body() -> str:
            if cc == "NL":
                return r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + _digits(r, 10)
            if cc in ("GB", "IE"):
                return r.choice(["NWBK", "BARC", "HBUK", "LOYD", "AIBK", "BOFI"]) + _digits(r, 14)
            if cc == "IT":
                return r.choice(string.ascii_uppercase) + _digits(r, 22)
            return _digits(r, length)

        for _ in range(2000):
            b = body()
            cand = cc + std_iban.calc_check_digits(cc + "00" + b) + b
            if std_iban.is_valid(cand):
                break
        else:
            raise RuntimeError("no IBAN")
        style = r.random()
        if style < 0.55:
            return std_iban.format(cand)
        if style < 0.85:
            return cand
        return std_iban.format(cand).replace(" ", "-") if cc != "NL" else cand.lower()

    def card(self) -> str:
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "mc", "amex"])
        prefix = {
            "visa": "4",
            "mc": str(r.choice([51, 52, 53, 54, 55, 2221, 2720])),
            "amex": r.choice(["34", "37"]),
        }[kind]
        n = 15 if kind == "amex" else 16
        body = prefix + _digits(r, n - len(prefix) - 1)
        num = body + luhn.calc_check_digit(body)
        style = r.choice(["space", "space", "dash", "bare"])
        if style == "bare":
            return num
        sep = " " if style == "space" else "-"
        groups = (
            [num[:4], num[4:10], num[10:]]
            if kind == "amex"
            else [num[i : i + 4] for i in range(0, 16, 4)]
        )
        return sep.join(groups)

    def national_id(self) -> tuple[str, str]:
        """(label the locale uses, value with valid check digits)."""
        return self.loc.national_id(self)

    def ip(self) -> str:
        r = self.rng
        if r.random() < 0.2:
            return (
                ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(8))
                if r.random() < 0.4
                else f"2a02:{r.randint(0x100, 0xFFF):x}:{r.randint(1, 0xFFFF):x}::{r.randint(1, 0xFFF):x}"
            )
        first = r.choice(
            [
                31,
                37,
                46,
                62,
                77,
                78,
                81,
                84,
                88,
                91,
                93,
                95,
                109,
                151,
                176,
                178,
                185,
                188,
                201,
                213,
                217,
            ]
        )
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    # secrets ----------------------------------------------------------------------------------
    def secret(self, kind: str | None = None) -> tuple[str, str]:
        """(a variable name a config would give it, the secret)."""
        r = self.rng
        an = string.ascii_letters + string.digits
        rnd = lambda n, a=an: "".join(r.choice(a) for _ in range(n))  # noqa: E731
        kinds = {
            "aws": (
                "AWS_ACCESS_KEY_ID",
                lambda: "AKIA" + rnd(16, string.ascii_uppercase + "234567"),
            ),
            "aws_secret": ("AWS_SECRET_ACCESS_KEY", lambda: rnd(40, an + "+/")),
            "github": ("GITHUB_TOKEN", lambda: r.choice(["ghp_", "gho_", "ghs_"]) + rnd(36)),
            "github_pat": ("GH_PAT", lambda: "github_pat_" + rnd(22) + "_" + rnd(59)),
            "slack": (
                "SLACK_BOT_TOKEN",
                lambda: f"xoxb-{_digits(r, 12)}-{_digits(r, 13)}-{rnd(24)}",
            ),
            "stripe": (
                "STRIPE_SECRET_KEY",
                lambda: r.choice(["sk_live_", "rk_live_"]) + rnd(r.choice([24, 99])),
            ),
            "openai": ("OPENAI_API_KEY", lambda: "sk-proj-" + rnd(48, an + "-_")),
            "anthropic": ("ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + rnd(93, an + "-_") + "AA"),
            "google": ("GOOGLE_MAPS_API_KEY", lambda: "AIza" + rnd(35, an + "-_")),
            "sendgrid": (
                "SENDGRID_API_KEY",
                lambda: "SG." + rnd(22, an + "-_") + "." + rnd(43, an + "-_"),
            ),
            "twilio": ("TWILIO_AUTH_TOKEN", lambda: rnd(32, "0123456789abcdef")),
            "gitlab": ("GITLAB_TOKEN", lambda: "glpat-" + rnd(20, an + "-_")),
            "hf": ("HF_TOKEN", lambda: "hf_" + rnd(34)),
            "npm": ("NPM_TOKEN", lambda: "npm_" + rnd(36)),
            "password": (
                "DB_PASSWORD",
                lambda: (
                    r.choice(["Sommer", "Winter", "Bonjour", "Hola", "Welkom", "P@ss"])
                    + rnd(r.randint(4, 10), an + "!#%&*?")
                    + r.choice(["!", "#", "2025", "$"])
                ),
            ),
            "jwt": (
                "JWT",
                lambda: (
                    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                    + rnd(r.randint(60, 140), an + "-_")
                    + "."
                    + rnd(43, an + "-_")
                ),
            ),
            "pem": (
                "PRIVATE_KEY",
                lambda: (
                    "-----BEGIN "
                    + r.choice(
                        ["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"]
                    )
                    + "-----\n"
                    + "\n".join(rnd(64, an + "+/") for _ in range(r.randint(3, 7)))
                    + "\n"
                    + rnd(r.randint(8, 60), an + "+/")
                    + "=\n-----END PRIVATE KEY-----"
                ),
            ),
        }
        k = kind or r.choice(list(kinds))
        name, make = kinds[k]
        val = make()
        if k == "pem":  # the END line names the same type as the BEGIN line
            typ = val.split("-----")[1][len("BEGIN ") :]
            val = val.replace("END PRIVATE KEY", "END " + typ)
        return name, val


def _ascii(s: str) -> str:
    import unicodedata

    out = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in out if c.isalnum() or c in " -")


def _ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def values_for(code: str, seed: int) -> Values:
    loc = LOCALES[code]
    fake = Faker(loc.faker)
    fake.seed_instance(seed)
    return Values(loc, random.Random(seed), fake)
