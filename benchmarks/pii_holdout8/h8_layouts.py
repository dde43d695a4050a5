"""One function per layout: each writes one message into a Doc, labelling as it writes."""

from __future__ import annotations

import random
from datetime import date, timedelta

import h8_values as v
from h8_people import COMPANIES, GREEK_SCRIPT, STREETS, TOWNS
from h8_phrases import LANGS, date_text, spoken_date


class Ctx:
    """One message's language, country and random source, with makers of labelled pieces."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang
        self.t = LANGS.get(lang, {})
        self.country = self.t.get("country", rng.choice(["GB", "US"]))
        self.doc = v.Doc()

    def who(self) -> v.Person:
        return v.person(self.rng, self.country)

    def field(self, label: str, kind: str, value: str, sep: str = ": ", end: str = "\n") -> None:
        self.doc.add(f"{label}{sep}").span(kind, value).add(end)

    def look_field(self, label: str, kind: str, value: str, end: str = "\n") -> None:
        self.doc.add(f"{label}: ").look(kind, value).add(end)

    def other_date(self) -> str:
        return date_text(
            self.rng, self.lang, date(2025, 1, 1) + timedelta(days=self.rng.randint(0, 700))
        )

    def price(self) -> str:
        r = self.rng
        amount = f"{r.randint(12, 9800)},{r.randint(0, 99):02d}"
        return {"BR": f"R$ {amount}", "CZ": f"{amount} Kč", "GR": f"{amount} €", "RO": f"{amount} lei",
                "TR": f"{amount} TL", "ID": f"Rp {r.randint(10, 9999)}.{r.randint(0, 999):03d}",
                "PH": f"₱{r.randint(100, 99999):,}.00", "KE": f"KES {r.randint(100, 99999):,}"}.get(
            self.country, f"£{r.randint(5, 900)}.{r.randint(0, 99):02d}")  # fmt: skip

    def code(self, prefix: str, n: int) -> str:
        return prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def has_iban(self) -> bool:
        return self.country in v.IBAN_BODIES


BICS = {"BR": "BRASBRRJ", "CZ": "GIBACZPX", "GR": "ETHNGRAA", "RO": "BTRLRO22", "TR": "TGBATRIS"}


def _name_variant(c: Ctx, p: v.Person) -> str:
    if not p.family:
        return c.rng.choice([p.given, p.given.upper()])
    return c.rng.choice([p.full, p.full, f"{p.family.upper()} {p.given}", p.full.upper()])


def support_macro(c: Ctx) -> None:
    """A support agent's reply macro with the customer's data filled in, pasted for rewording."""
    p, t, r = c.who(), c.t, c.rng
    c.doc.add(t["ask"] + "\n\n---\n" + t["hi"] + " ").span("PERSON", p.given.split()[0]).add(
        ",\n\n"
    )
    c.doc.add("Ticket ").look("TICKET_ID", c.code("#", r.randint(8, 13))).add(" — ")
    c.doc.look("OTHER_DATE", c.other_date()).add("\n")
    c.field(t["email"], "EMAIL", v.email(r, p, c.country))
    c.field(t["phone"], "PHONE", v.phone(r, c.country))
    if r.random() < 0.7:
        c.doc.add("Login IP: ").span("IP_ADDRESS", v.ip(r)).add(" (").look("TIMESTAMP", _ts(c)).add(
            ")\n"
        )
    if r.random() < 0.35:
        c.doc.add("Card on file: ").span("CARD", v.card(r)).add(" (chargeback)\n")
    c.doc.add("Hotline: ").look("HOTLINE", _hotline(c)).add("\n")
    c.doc.add(f"{t['amount']}: ").look("PRICE", c.price()).add("\n\n" + t["bye"] + ",\n")
    agent = c.who()
    c.doc.span("PERSON", agent.full).add(f" – {r.choice(COMPANIES)}\n")


def _ts(c: Ctx) -> str:
    r = c.rng
    return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _hotline(c: Ctx) -> str:
    return {"BR": "0800 727 0110", "TR": "444 0 333", "CZ": "800 123 456", "RO": "*8989",
            "ID": "14045", "PH": "(02) 8888-8888", "KE": "*234#", "GR": "18 300"}.get(
        c.country, "0800 800 150")  # fmt: skip


def crm_export(c: Ctx) -> None:
    """A pipe-separated CRM export; the header says which column is which."""
    t, r = c.t, c.rng
    c.doc.add(
        t["ask"]
        + "\n\n| id | "
        + " | ".join([t["name"], t["dob"], t["phone"], t["email"], t["id"], "ltv"])
        + " |\n"
    )
    c.doc.add("|---|---|---|---|---|---|---|\n")
    for _ in range(r.randint(2, 3)):
        p, born = c.who(), v.birth_date(r)
        c.doc.add("| ").look("RECORD_ID", c.code("CRM-", 6)).add(" | ").span(
            "PERSON", _name_variant(c, p)
        )
        c.doc.add(" | ").span("DATE_OF_BIRTH", date_text(r, c.lang, born)).add(" | ")
        c.doc.span("PHONE", v.phone(r, c.country)).add(" | ").span(
            "EMAIL", v.email(r, p, c.country)
        )
        c.doc.add(" | ").span("NATIONAL_ID", v.national_id(r, c.country, p, born)).add(" | ")
        c.doc.look("PRICE", c.price()).add(" |\n")


def medical_form(c: Ctx) -> None:
    """An insurance claim / patient intake form copied from a PDF."""
    t, r = c.t, c.rng
    p, born = c.who(), v.birth_date(r)
    c.doc.add(t["ask"] + "\n\n")
    c.field(t["name"], "PERSON", _name_variant(c, p))
    c.field(t["dob"], "DATE_OF_BIRTH", date_text(r, c.lang, born))
    c.field(t["id"], "NATIONAL_ID", v.national_id(r, c.country, p, born))
    c.doc.add(t["addr"] + ":\n").span("ADDRESS", v.address(r, c.country, one_line=False)).add("\n")
    c.look_field(
        "ICD-10", "ICD_CODE", r.choice(["E11.9", "J45.909", "I10", "M54.5", "K21.0", "F41.1"])
    )
    c.look_field("PA", "BLOOD_PRESSURE", f"{r.randint(100, 160)}/{r.randint(60, 100)} mmHg")
    c.look_field("Policy", "POLICY_NO", c.code(r.choice(["POL-", "AP", "SG-"]), 9))
    c.look_field(t["date"], "OTHER_DATE", c.other_date())
    c.look_field(t["amount"], "PRICE", c.price())
    doctor = c.who()
    c.doc.add("Dr. ").span("PERSON", doctor.full).add(" — licence ").look(
        "LICENCE_NO", c.code("", 6)
    ).add("\n")


def hr_letter(c: Ctx) -> None:
    """A school or HR letter (employment certificate, enrolment) with the holder's details."""
    t, r = c.t, c.rng
    p, born = c.who(), v.birth_date(r)
    c.doc.add(t["ask"] + "\n\n" + r.choice(COMPANIES) + " — ").look(
        "OTHER_DATE", c.other_date()
    ).add("\n\n")
    c.doc.add(t["hi"] + ",\n\n").span("PERSON", p.full).add(f", {t['born']} ")
    c.doc.span("DATE_OF_BIRTH", date_text(r, c.lang, born)).add(f", {t['id']} ")
    c.doc.span("NATIONAL_ID", v.national_id(r, c.country, p, born)).add(", ")
    c.doc.span("ADDRESS", v.address(r, c.country)).add(".\n")
    c.doc.add("Salary: ").look("PRICE", c.price()).add("; ref. ").look(
        "LETTER_REF", c.code("HR/2025/", 4)
    ).add("\n")
    if c.has_iban():
        c.field("IBAN", "IBAN", v.iban(r, c.country))
        c.doc.add("BIC: ").look("BANK_BIC", BICS[c.country]).add("\n")
    else:
        c.doc.add("Card: ").span("CARD", v.card(r)).add("\n")
    c.doc.add("\n" + t["bye"] + ",\n").span("PERSON", c.who().full).add("\n")


def rental_listing(c: Ctx) -> None:
    """A rental listing or booking note from a host, with the guest's details."""
    t, r = c.t, c.rng
    host, guest = c.who(), c.who()
    c.doc.add(t["ask"] + "\n\n").look("AREA", f"{r.randint(28, 140)} m²").add(", ")
    c.doc.look("PRICE", c.price()).add(" / month, ")
    c.doc.add("near ").look("STREET_ALONE", r.choice(STREETS[c.country])).add(", ")
    c.doc.look("TOWN_ALONE", r.choice(TOWNS[c.country])[2]).add("\n")
    c.doc.add(t["addr"] + ": ").span("ADDRESS", v.address(r, c.country)).add("\n")
    c.doc.add("Host: ").span("PERSON", host.full).add(" ").span("PHONE", v.phone(r, c.country)).add(
        "\n"
    )
    c.doc.add("Wi-Fi: ").look(
        "WIFI_NAME", f"{r.choice(COMPANIES).replace(' ', '')}_{r.randint(10, 99)}"
    )
    c.doc.add(f" / {t['pw']}: ").span("SECRET", v.password(r)).add("\n")
    c.doc.add("Router: ").look(
        "PRIVATE_IP", r.choice(["192.168.0.1", "192.168.1.1", "10.0.0.1"])
    ).add("\n")
    c.doc.add("Guest: ").span("PERSON", guest.full).add(", ").span(
        "EMAIL", v.email(r, guest, c.country)
    )
    c.doc.add(", check-in ").look("OTHER_DATE", c.other_date()).add("\n")


def travel_booking(c: Ctx) -> None:
    """An airline e-ticket receipt: PNR, ticket number and flight look like ids but are not a person."""
    t, r = c.t, c.rng
    c.doc.add(t["ask"] + "\n\nE-TICKET RECEIPT\nBooking ref (PNR): ")
    c.doc.look(
        "BOOKING_REF", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    ).add("\n")
    for _ in range(r.randint(1, 2)):
        p = c.who()
        c.doc.add("Passenger: ").span(
            "PERSON", f"{(p.family or p.given).upper()}/{p.given.upper()}"
        )
        c.doc.add(" " + r.choice(["MS", "MRS"] if p.female else ["MR"]))
        c.doc.add(" — ticket ").look(
            "ETICKET_NO", c.code(r.choice(["047-", "235-", "390-", "232-"]), 10)
        ).add("\n")
    c.doc.add("Flight ").look(
        "FLIGHT_NO",
        r.choice(["TK", "LA", "OK", "A3", "RO", "GA", "PR", "KQ"]) + str(r.randint(100, 2999)),
    )
    c.doc.add(" on ").look("OTHER_DATE", c.other_date()).add(", seat ").look(
        "SEAT", f"{r.randint(1, 40)}{r.choice('ABCDEF')}"
    ).add("\n")
    lead = c.who()
    c.field("Contact", "PHONE", v.phone(r, c.country))
    c.field("Email", "EMAIL", v.email(r, lead, c.country))
    born = v.birth_date(r)
    c.field(
        "DOB",
        "DATE_OF_BIRTH",
        f"{born.day:02d}{date(2000, born.month, 1).strftime('%b').upper()}{born.year % 100:02d}",
    )
    c.doc.add("Paid with ").look("MASKED_CARD", f"**** **** **** {r.randint(1000, 9999)}").add(
        " — "
    ).look("PRICE", c.price()).add("\n")


def bank_statement(c: Ctx) -> None:
    """A bank statement pasted as text: holder block, transfers with counterparties' names."""
    t, r = c.t, c.rng
    holder = c.who()
    c.doc.add(t["ask"] + "\n\n").span("PERSON", holder.full.upper()).add("\n")
    c.doc.span("ADDRESS", v.address(r, c.country, one_line=False)).add("\n")
    if c.has_iban():
        c.field("IBAN", "IBAN", v.iban(r, c.country))
    else:
        c.field("Card", "CARD", v.card(r))
    c.doc.add("Period: ").look("OTHER_DATE", c.other_date()).add(" – ").look(
        "OTHER_DATE", c.other_date()
    ).add("\n")
    for _ in range(r.randint(1, 3)):
        c.doc.look("OTHER_DATE", c.other_date()).add("  TRANSF ")
        c.doc.span("PERSON", c.who().full.upper()).add("  ").look("TXN_REF", c.code("FT", 10)).add(
            "  "
        )
        c.doc.look("PRICE", c.price()).add("\n")
    if r.random() < 0.5:
        c.doc.add("Internet banking login from ").span("IP_ADDRESS", v.ip(r)).add(" at ").look(
            "TIMESTAMP", _ts(c)
        ).add("\n")
    c.doc.add("Balance: ").look("PRICE", c.price()).add("\n")
    if c.has_iban():
        c.doc.add("Old account (closed): ").look(
            "IBAN_BAD_CHECK", v.iban(r, c.country, valid=False)
        ).add("\n")
    else:
        c.doc.add("Declined card: ").look("CARD_BAD_LUHN", v.card(r, luhn_valid=False)).add("\n")


def legal_filing(c: Ctx) -> None:
    """A court filing header: the case number is public and not a person's id."""
    t, r = c.t, c.rng
    p, born = c.who(), v.birth_date(r)
    n = r.randint(100, 99999)
    case = {
        "BR": ("Processo nº ", f"{r.randint(1000000, 9999999)}-{r.randint(10, 99)}.2024.8.26.{r.randint(1, 999):04d}"),
        "RO": ("Dosar nr. ", f"{n}/3/2024"), "TR": ("Esas No: ", f"2024/{n}"), "CZ": ("sp. zn. ", f"12 C {n}/2024"),
        "GR": ("Ar. Katathesis ", f"{n}/2024"),
    }.get(c.country, ("Case No. ", f"E{n} of 2024"))  # fmt: skip
    c.doc.add(t["ask"] + "\n\n" + case[0]).look("COURT_CASE_NO", case[1]).add("\n")
    c.doc.add("Claimant: ").span("PERSON", p.full).add(f", {t['id']} ")
    c.doc.span("NATIONAL_ID", v.national_id(r, c.country, p, born)).add(f", {t['born']} ")
    c.doc.span("DATE_OF_BIRTH", date_text(r, c.lang, born)).add(", ")
    c.doc.span("ADDRESS", v.address(r, c.country)).add("\n")
    c.doc.add("Defendant: ").look("COMPANY", r.choice(COMPANIES))
    if c.country == "BR":
        c.doc.add(", CNPJ ").look("COMPANY_TAX_ID", v.cnpj(r))
    counsel = c.who()
    c.doc.add("\nCounsel: ").span("PERSON", counsel.full).add(", ").span(
        "EMAIL", v.email(r, counsel, c.country)
    ).add("\n")
    if c.country in v.CHECKED_ID_COUNTRIES:
        c.doc.add("(wrong number in the first filing: ").look(
            "ID_BAD_CHECK", v.bad_national_id(r, c.country)
        ).add(")\n")
    c.doc.add("Claim value: ").look("PRICE", c.price()).add("; hearing ").look(
        "OTHER_DATE", c.other_date()
    ).add("\n")


def sms_export(c: Ctx) -> None:
    """A WhatsApp chat export: '[dd/mm/yy, hh:mm] Name: text' lines, an OTP forwarded by mistake."""
    t, r = c.t, c.rng
    a, b = c.who(), c.who()
    c.doc.add(t["ask"] + "\n\n")
    lines = [
        lambda: c.doc.add(f"{t['hi']}! {t['phone']}: ").span("PHONE", v.phone(r, c.country)),
        lambda: c.doc.add(t["code"] + " ").span("SECRET", v.otp(r)).add(" (do not share)"),
        lambda: c.doc.add(f"{t['addr']}: ").span("ADDRESS", v.address(r, c.country)),
        lambda: (
            c.doc.add("ok, order ")
            .look("ORDER_ID", c.code("#", 9))
            .add(" paid ")
            .look("PRICE", c.price())
        ),
        lambda: c.doc.add("mail: ").span("EMAIL", v.email(r, a, c.country)),
        lambda: (
            c.doc.add("version ")
            .look(
                "VERSION",
                f"{r.randint(2, 25)}.{r.randint(0, 30)}.{r.randint(0, 99)}.{r.randint(1, 250)}",
            )
            .add(" of the app crashes")
        ),
        lambda: c.doc.add(f"{t['pw']} wifi: ").span("SECRET", v.password(r)),
    ]
    for i in range(r.randint(3, 5)):
        speaker = a if i % 2 == 0 else b
        c.doc.add(
            f"[{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/25, {r.randint(0, 23):02d}:{r.randint(0, 59):02d}] "
        )
        c.doc.span("PERSON", speaker.given.split()[0] if r.random() < 0.5 else speaker.full).add(
            ": "
        )
        r.choice(lines)()
        c.doc.add("\n")


def voice_transcript(c: Ctx) -> None:
    """A call-centre speech-to-text transcript: e-mail, phone and date of birth are spelled out."""
    r = c.rng
    p, born = c.who(), v.birth_date(r)
    agent = c.who()
    c.doc.add("Clean up this call transcript please:\n\n")
    c.doc.add("agent: thank you for calling, my name is ").span("PERSON", agent.given.lower()).add(
        ", can I take your name\n"
    )
    c.doc.add("caller: yeah it's ").span("PERSON", p.full.lower()).add("\n")
    c.doc.add("agent: and your date of birth\ncaller: ").span(
        "DATE_OF_BIRTH", spoken_date(born)
    ).add("\n")
    c.doc.add("agent: best contact number\ncaller: ").span(
        "PHONE", v.spoken_phone(r, c.country)
    ).add("\n")
    c.doc.add("agent: and email\ncaller: it's ").span("EMAIL", v.spoken_email(r, p)).add("\n")
    c.doc.add("agent: first line of the address\ncaller: ").span(
        "ADDRESS", v.address(r, c.country)
    ).add("\n")
    c.doc.add("agent: I can see order number ").look("ORDER_ID", " ".join(c.code("", 8))).add(
        " from "
    )
    c.doc.look("OTHER_DATE", f"the {r.choice(['third', 'ninth', 'twelfth'])} of june").add(
        ", refund of "
    )
    c.doc.look("PRICE", f"{r.choice(['forty', 'sixty', 'ninety'])} nine pounds").add(", allow ")
    c.doc.look("DURATION", f"{r.choice(['three to five', 'five', 'ten'])} working days").add("\n")


def mixed_script(c: Ctx) -> None:
    """A Greek message switching between Greek script and Latin transliteration (Greeklish)."""
    r = c.rng
    given, family = r.choice(GREEK_SCRIPT)
    p, born = c.who(), v.birth_date(r)
    c.doc.add("Μπορείς να το μεταφράσεις στα αγγλικά;\n\nΟνοματεπώνυμο: ").span(
        "PERSON", f"{given} {family}"
    ).add("\n")
    c.doc.add("Σύζυγος / spouse: ").span("PERSON", p.full.upper()).add("\nΑΜΚΑ: ").span(
        "NATIONAL_ID", v.national_id(r, "GR", p, born)
    ).add("\n")
    c.doc.add("Ημ. γέννησης: ").span("DATE_OF_BIRTH", f"{born.day}/{born.month}/{born.year}").add(
        "\n"
    )
    c.doc.add("Διεύθυνση: ").span("ADDRESS", v.address(r, "GR")).add("\n")
    c.doc.add("Κινητό: ").span("PHONE", v.phone(r, "GR")).add(" — ΑΦΜ εταιρείας ").look(
        "COMPANY_TAX_ID", c.code("EL0", 8)
    ).add("\n")
    c.doc.add("Ραντεβού: ").look("OTHER_DATE", f"{r.randint(1, 28)}/{r.randint(1, 12)}/2026").add(
        " ώρα "
    ).look("TIME", f"{r.randint(8, 20)}:{r.choice(['00', '30'])}").add("\n")
    c.doc.add("IBAN: ").span("IBAN", v.iban(r, "GR")).add("\n")


LAYOUTS = {
    "support_macro": (support_macro, 110), "crm_export": (crm_export, 90), "medical_form": (medical_form, 100),
    "hr_letter": (hr_letter, 100), "rental_listing": (rental_listing, 90), "travel_booking": (travel_booking, 90),
    "bank_statement": (bank_statement, 100), "legal_filing": (legal_filing, 90), "sms_export": (sms_export, 110),
    "voice_transcript": (voice_transcript, 60), "mixed_script": (mixed_script, 40),
}  # fmt: skip
