"""The context layouts of hold-out 12 write through: random stream, country, people, shared values."""

from __future__ import annotations

import datetime as dt
import random

import h12_people as pp
import h12_values as hv
from h12_values import Doc, Person

COUNTRIES = ("KR", "JP", "CN", "TH", "AE", "IR")


class Ctx:
    """The message's random stream, country and people, and the shared writers of values."""

    def __init__(self, r: random.Random, country: str, latin: bool = False) -> None:
        self.r, self.c, self.latin = r, country, latin
        self.company = r.choice(pp.COMPANIES[country])

    def role(self, role: str) -> None:
        self.company = pp.COMPANIES[self.c][pp.ROLE_INDEX[role][self.c]]

    def plate(self) -> str:
        pat = self.r.choice(pp.PLATES[self.c])
        return "".join(str(self.r.randint(1, 9)) if ch in "9۹" else ch for ch in pat).translate(
            hv.PERSIAN_DIGITS if self.c == "IR" else {}
        )

    def person(self, child: bool = False, sex: str = "") -> Person:
        return hv.make_person(self.r, self.c, child, sex)

    def name(self, d: Doc, p: Person) -> None:
        d.s("PERSON", hv.name(p, self.r, self.latin))

    def addr(self, d: Doc, p: Person) -> None:
        d.s("ADDRESS", hv.address(p, self.r, self.latin))

    def phone(self, d: Doc, p: Person, fullwidth: bool = False) -> None:
        t = hv.phone_text(p.phone, self.c, self.r)
        if not self.latin and self.c in ("AE", "IR") and self.r.random() < 0.4:
            t = hv.native_digits(t, self.c)
        d.s("PHONE", t.translate(hv.FULLWIDTH) if fullwidth else t)

    def dob(self, d: Doc, p: Person) -> None:
        d.s("DATE_OF_BIRTH", hv.date_text(p.dob, self.c, self.r, self.latin))

    def nid(self, d: Doc, p: Person) -> None:
        v = p.nid
        if not self.latin and self.c == "IR" and self.r.random() < 0.5:
            v = hv.native_digits(v, "IR")
        d.s("NATIONAL_ID", v)

    def email(self, d: Doc, p: Person) -> None:
        d.s("EMAIL", p.email)

    def co(self, d: Doc) -> None:
        d.k("COMPANY", self.company[1] if self.latin else self.company[0])

    def co_addr(self, d: Doc) -> None:
        d.k("COMPANY_ADDRESS", self.company[2])

    def hotline(self, d: Doc) -> None:
        d.k("HOTLINE", self.company[4])

    def role_email(self, d: Doc, box: str = "") -> None:
        d.k(
            "ROLE_EMAIL",
            f"{box or self.r.choice(['support', 'cs', 'help', 'noreply'])}@{self.company[3]}",
        )

    def other_date(self, d: Doc, days: int = 0) -> None:
        when = dt.date(2025, 1, 1) + dt.timedelta(days=days or self.r.randrange(0, 690))
        d.k("OTHER_DATE", hv.date_text(when, self.c, self.r, self.latin))

    def num(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))


def stamp(x: Ctx) -> str:
    return f"2026-{x.r.randint(1, 11):02d}-{x.r.randint(1, 28):02d} {x.r.randint(0, 23):02d}:{x.r.randint(0, 59):02d}"
