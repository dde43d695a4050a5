"""The layouts of hold-out 10: one function per paste place, each filling a Doc."""

from __future__ import annotations

import random
from collections.abc import Callable

import h10_people as pp
import h10_phrases as ph
import h10_values as vv
from h10_values import Doc, Person

Ctx = tuple[random.Random, str, str]  # rng, country, lang


def field(
    d: Doc, label: str, kind: str | None, value: str, look: bool = False, end: str = "\n"
) -> None:
    d.add(f"{label}: ")
    if kind is None:
        d.add(value)
    elif look:
        d.look(kind, value)
    else:
        d.span(kind, value)
    d.add(end)


def name_form(rng: random.Random, p: Person) -> str:
    r = rng.random()
    if r < 0.2 and p.country != "IS":  # an Icelandic patronymic is not put first
        return f"{p.surname.upper()} {p.given}"
    if r < 0.3:
        return p.full.upper()
    return p.full


def company(rng: random.Random, country: str) -> tuple[str, str, str]:
    return rng.choice(pp.COMPANIES[country])


def company_id(rng: random.Random, country: str) -> str:
    """A company's registry or tax number; Icelandic ones are kennitala with day + 40 (not a person's)."""
    if country == "IS":
        stem = f"{rng.randint(41, 68)}{rng.randint(1, 12):02d}{rng.randint(60, 99)}{vv.nd(rng, 2)}"
        return f"{stem[:6]}-{stem[6:]}{vv.nd(rng, 1)}{rng.choice('90')}"
    return vv.nd(rng, {"SK": 8, "SI": 10, "RS": 9, "BG": 9}[country])


def company_block(d: Doc, rng: random.Random, country: str, role: int | None = None) -> str:
    companies = pp.COMPANIES[country]
    name, addr, domain = companies[role] if role is not None else rng.choice(companies)
    d.look("COMPANY", name).add("\n").look("COMPANY_ADDRESS", addr).add("\n")
    d.add(f"{pp.COMPANY_ID_LABEL[country]}: ").look("COMPANY_TAX_ID", company_id(rng, country)).add(
        " | "
    )
    d.look("ROLE_EMAIL", f"{rng.choice(['info', 'podpora', 'kontakt', 'help'])}@{domain}").add(
        " | "
    )
    d.look("HOTLINE", rng.choice(pp.HOTLINES[country])).add("\n")
    return name


def dob_field(d: Doc, ctx: Ctx, p: Person, label: str | None = None) -> None:
    rng, _, lang = ctx
    field(d, label or pp.LABELS[lang]["dob"], "DATE_OF_BIRTH", vv.dob_text(p, lang, rng))


def twin_line(d: Doc, ctx: Ctx) -> None:
    """A kept look-alike that fails the rule it imitates: gift card, mistyped IBAN or id."""
    rng, country, lang = ctx
    r = rng.random()
    if r < 0.34:
        d.add("Gift card no.: ").look("CARD_BAD_LUHN", vv.card_twin(rng)).add("\n")
    elif r < 0.67:
        d.add(f"{pp.LABELS[lang]['iban']} (returned, invalid): ").look(
            "IBAN_BAD_CHECK", vv.iban_twin(rng, country)
        ).add("\n")
    else:
        other = vv.person(rng, country)
        d.add(f"{pp.LABELS[lang]['id']} (rejected, check digit): ").look(
            "ID_BAD_CHECK", vv.national_id_twin(rng, other)
        ).add("\n")


def pharmacy_label(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    L = pp.LABELS[lang]
    p, doc = vv.person(rng, country), vv.person(rng, country)
    company_block(d, rng, country, 1)
    d.add("Rx #").look("RX_NO", f"{vv.nd(rng, 4)}-{vv.nd(rng, 6)}").add("\n")
    field(d, "Patient", "PERSON", name_form(rng, p))
    dob_field(d, ctx, p)
    if rng.random() < 0.6:
        field(d, L["id"], "NATIONAL_ID", vv.national_id(rng, p))
    d.look("DRUG", rng.choice(pp.DRUGS)).add(" — 1-0-1, ").look(
        "PACK_SIZE", f"{rng.choice([20, 28, 30, 60])} tbl."
    ).add("\n")
    d.add(f"{L['doctor']}: {rng.choice(['MUDr.', 'dr.', 'Dr.'])} ").span("PERSON", doc.short).add(
        "\n"
    )
    field(d, L["date"], "OTHER_DATE", vv.other_date(rng, lang), look=True)
    field(d, "EXP", "OTHER_DATE", f"{rng.randint(1, 12):02d}/{rng.randint(2027, 2029)}", look=True)
    d.add("SMS: ").span("PHONE", vv.phone(rng, country)).add("   ").look(
        "MONEY", vv.money(rng, country)
    ).add("\n")
    if rng.random() < 0.4:
        d.add(f"{L['addr']} (rozvoz/delivery): ").span("ADDRESS", vv.address(p, rng)).add("\n")


def utility_bill(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    L = pp.LABELS[lang]
    p = vv.person(rng, country)
    company_block(d, rng, country, 0)
    d.add("Invoice ").look("INVOICE_NO", f"{rng.randint(2025, 2026)}{vv.nd(rng, 8)}").add("\n")
    d.span("PERSON", name_form(rng, p)).add("\n").span(
        "ADDRESS", vv.address(p, rng, block=True)
    ).add("\n\n")
    d.add("Customer no.: ").look("CUSTOMER_NO", vv.nd(rng, 10)).add("  Meter: ").look(
        "METER_NO", f"{vv.nd(rng, 2)}ZPS{vv.nd(rng, 10)}"
    ).add("\n")
    d.add("Period: ").look("OTHER_DATE", vv.other_date(rng, lang)).add(" – ").look(
        "OTHER_DATE", vv.other_date(rng, lang)
    ).add("\n")
    d.add("Consumption: ").look("MEASURE", f"{rng.randint(80, 900)} kWh").add("\n")
    field(d, L["amount"], "MONEY", vv.money(rng, country), look=True)
    field(d, L["due"], "OTHER_DATE", vv.other_date(rng, lang), look=True)
    field(d, L["ref"], "TXN_REF", vv.nd(rng, 10), look=True)
    d.add("Supplier account: ").look("ORG_IBAN", vv.iban(rng, country)).add("\n")
    d.add(f"Direct debit from {L['iban']}: ").span("IBAN", vv.iban(rng, country)).add("\n")
    d.add("e-invoice: ").span("EMAIL", vv.email(rng, p)).add("\n")
    if rng.random() < 0.5:
        twin_line(d, ctx)


def parking_fine(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    p, officer = vv.person(rng, country), vv.person(rng, country)
    authority, vehicle, keeper, fine, who, appeal, sms = ph.FINE[lang]
    d.add(f"{authority} / ").look("TOWN_ALONE", p.town).add("\nNo. ").look(
        "CASE_NO", f"PP-{vv.nd(rng, 5)}/{rng.randint(2025, 2026)}"
    ).add("\n")
    d.add(f"{vehicle}: ").look("PLATE_NO", vv.plate(rng, country)).add(", ").look(
        "STREET_ALONE", rng.choice(pp.STREETS[country])
    ).add(", ")
    d.look(
        "TIMESTAMP", f"{vv.other_date(rng, lang)} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
    ).add("\n")
    d.add(f"{keeper}: ").span("PERSON", name_form(rng, p)).add(", ").span(
        "ADDRESS", vv.address(p, rng)
    ).add("\n")
    field(d, pp.LABELS[lang]["id"], "NATIONAL_ID", vv.national_id(rng, p))
    d.add(f"{fine}: ").look("MONEY", vv.money(rng, country)).add(" → ").look(
        "ORG_IBAN", vv.iban(rng, country)
    )
    d.add(f", {pp.LABELS[lang]['ref']} ").look("TXN_REF", vv.nd(rng, 10)).add("\n")
    d.add(f"{who}: ").span("PERSON", officer.short).add(" #").look("BADGE_NO", vv.nd(rng, 4)).add(
        "\n"
    )
    if rng.random() < 0.6:
        d.add("Paid online: card ").span("CARD", vv.card(rng)).add(" exp ").look(
            "CARD_EXPIRY", f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
        ).add("\n")
    d.add(f"{appeal}: ").look("HOTLINE", rng.choice(pp.HOTLINES[country])).add(f"; {sms} ")
    d.span("PHONE", vv.phone(rng, country)).add("\n")


def vehicle_registration(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    L = pp.LABELS[lang]
    p = vv.person(rng, country)
    d.add("CERTIFICATE OF REGISTRATION / Part I\n")
    field(d, "A (plate)", "PLATE_NO", vv.plate(rng, country), look=True)
    field(d, "B (first registration)", "OTHER_DATE", vv.other_date(rng, lang), look=True)
    field(d, "C.1.1 (surname)", "PERSON", p.surname.upper())
    field(d, "C.1.2 (given name)", "PERSON", p.given.upper())
    field(d, "C.1.3 (address)", "ADDRESS", vv.address(p, rng))
    dob_field(d, ctx, p, "C.1.4 " + L["dob"])
    field(d, "C.1.5 " + L["id"], "NATIONAL_ID", vv.national_id(rng, p))
    field(d, "E (VIN)", "VIN", vv.vin(rng), look=True)
    field(d, "F.1 (max mass)", "WEIGHT", f"{rng.randint(1200, 3500)} kg", look=True)
    field(d, "P.1 (cc)", "MEASURE", f"{rng.randint(998, 2998)} cm3", look=True)
    d.add("Insurer: ").look(
        "COMPANY", rng.choice(["Allianz", "Generali", "Triglav", "Sjóvá", "DDOR"])
    ).add(", policy ").look("POLICY_NO", vv.nd(rng, 10)).add("\n")
    if rng.random() < 0.6:
        field(d, L["phone"], "PHONE", vv.phone(rng, country))
    if rng.random() < 0.3:
        twin_line(d, ctx)


def hotel_registration(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    L = pp.LABELS[lang]
    p = vv.person(rng, country)
    company_block(d, rng, country, 3)
    d.add("GUEST REGISTRATION CARD  Room ").look("ROOM_NO", str(rng.randint(101, 699))).add(
        "  Booking "
    ).look("BOOKING_NO", f"{rng.choice('HBX')}{vv.nd(rng, 9)}").add("\n")
    field(d, L["name"], "PERSON", name_form(rng, p))
    dob_field(d, ctx, p)
    field(d, L["id"] + " / ID document", "NATIONAL_ID", vv.national_id(rng, p))
    field(d, L["addr"], "ADDRESS", vv.address(p, rng))
    field(d, L["email"], "EMAIL", vv.email(rng, p))
    field(d, L["phone"], "PHONE", vv.phone(rng, country))
    d.add("Arrival ").look("OTHER_DATE", vv.other_date(rng, lang)).add("  Departure ").look(
        "OTHER_DATE", vv.other_date(rng, lang)
    ).add("\n")
    if rng.random() < 0.5:
        kid = vv.person(rng, country, young=True)
        kid.surname = p.surname
        d.add("Child: ").span("PERSON", kid.given).add(", ").span(
            "DATE_OF_BIRTH", vv.dob_text(kid, lang, rng)
        ).add("\n")
    d.add("Guarantee card: ").span("CARD", vv.card(rng)).add(" exp ").look(
        "CARD_EXPIRY", f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
    ).add("\n")
    d.add("Guest Wi-Fi password: ").look(
        "PUBLIC_WIFI_KEY", f"{rng.choice(['Welcome', 'Guest', 'Gost'])}{rng.randint(2024, 2026)}"
    ).add("\n")


def deposit_claim(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    L = pp.LABELS[lang]
    tenant, landlord = vv.person(rng, country), vv.person(rng, country)
    flat = vv.person(rng, country)
    moved, on, lease, deposit, to, meters, new_addr, tel = ph.DEPOSIT[lang]
    d.add(f"{L['hello']} ").span(
        "PERSON", landlord.given if rng.random() < 0.6 else landlord.short
    ).add(",\n\n")
    d.add(moved).span("ADDRESS", vv.address(flat, rng)).add(on).look(
        "OTHER_DATE", vv.other_date(rng, lang)
    )
    d.add(lease).look("OTHER_DATE", vv.other_date(rng, lang)).add(deposit).look(
        "MONEY", vv.money(rng, country)
    ).add(to)
    d.span("IBAN", vv.iban(rng, country)).add(meters).look("METER_NO", vv.nd(rng, 8)).add(
        " = "
    ).look("MEASURE", f"{rng.randint(1000, 40000)} kWh").add("\n")
    d.add(new_addr).span("ADDRESS", vv.address(tenant, rng)).add(tel).span(
        "PHONE", vv.phone(rng, country)
    ).add(".\n")
    d.add(f"{L['thanks']},\n").span("PERSON", tenant.full).add("\n")
    if rng.random() < 0.5:
        d.add(f"{L['id']}: ").span("NATIONAL_ID", vv.national_id(rng, tenant)).add("  ").span(
            "EMAIL", vv.email(rng, tenant)
        ).add("\n")
    if rng.random() < 0.4:
        twin_line(d, ctx)


def payroll_slip(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    L = pp.LABELS[lang]
    p = vv.person(rng, country)
    company_block(d, rng, country)
    d.add("PAYSLIP ").look(
        "PAY_PERIOD", f"{rng.randint(1, 12):02d}/{rng.choice([2025, 2026])}"
    ).add("\n")
    d.add("Employee: ").span("PERSON", name_form(rng, p)).add("  No. ").look(
        "EMPLOYEE_NO", vv.nd(rng, 6)
    ).add("\n")
    field(d, L["id"], "NATIONAL_ID", vv.national_id(rng, p))
    dob_field(d, ctx, p)
    field(d, L["addr"], "ADDRESS", vv.address(p, rng))
    d.add("Gross ").look("MONEY", vv.money(rng, country)).add("  Net ").look(
        "MONEY", vv.money(rng, country)
    ).add("  Hours ").look("MEASURE", f"{rng.randint(120, 184)} h").add("\n")
    d.add("Health insurer: ").look(
        "COMPANY",
        rng.choice(["VšZP", "Dôvera", "ZZZS", "RFZO", "NZOK", "Sjúkratryggingar Íslands"]),
    ).add("\n")
    d.add("Paid to: ").span("IBAN", vv.iban(rng, country)).add(" on ").look(
        "OTHER_DATE", vv.other_date(rng, lang)
    ).add("\n")
    d.add("HR contact: ").look("ROLE_EMAIL", "payroll@" + company(rng, country)[2]).add("\n")
    if rng.random() < 0.4:
        twin_line(d, ctx)


def court_summons(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    L = pp.LABELS[lang]
    p, judge = vv.person(rng, country), vv.person(rng, country)
    title, case, plaintiff, hearing, room, judge_word, registry = ph.SUMMONS[lang]
    court = {
        "SK": "Okresný súd Bratislava I",
        "SI": "Okrajno sodišče v Ljubljani",
        "RS": "Prvi osnovni sud u Beogradu",
        "BG": "Sofiyski rayonen sad",
        "IS": "Héraðsdómur Reykjavíkur",
    }[country]
    d.look("COURT", court).add(f"\n{case} ").look(
        "CASE_NO", f"{rng.randint(1, 40)}C/{rng.randint(10, 999)}/{rng.randint(2024, 2026)}"
    ).add(f"\n\n{title}\n")
    d.span("PERSON", name_form(rng, p)).add(", ").span(
        "DATE_OF_BIRTH", vv.dob_text(p, lang, rng)
    ).add(", ")
    d.span("ADDRESS", vv.address(p, rng)).add("\n")
    born = L["born_f"] if p.female else L["born_m"]
    d.add(f"({born} ").span("DATE_OF_BIRTH", vv.dob_text(p, lang, rng, "words")).add(
        f", {L['id']} "
    ).span("NATIONAL_ID", vv.national_id(rng, p)).add(")\n")
    d.add(f"{plaintiff}: ").look("COMPANY", company(rng, country)[0]).add("\n")
    d.add(f"{hearing}: ").look("OTHER_DATE", vv.other_date(rng, lang)).add(", ").look(
        "TIME", f"{rng.randint(8, 14)}:{rng.choice(['00', '30'])}"
    ).add(f", {room} ").look("ROOM_NO", str(rng.randint(1, 60))).add("\n")
    d.add(f"{judge_word}: ").span("PERSON", judge.short).add(f"\n{registry}: ").look(
        "HOTLINE", rng.choice(pp.HOTLINES[country])
    ).add("\n")


def vet_record(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    L = pp.LABELS[lang]
    owner, vet = vv.person(rng, country), vv.person(rng, country)
    chip_cc = {"SK": "703", "SI": "705", "RS": "688", "BG": "100", "IS": "352"}[country]
    d.add("Patient: ").look("PET_NAME", rng.choice(pp.PETS)).add(", ").look(
        "BREED", rng.choice(pp.BREEDS)
    ).add("\n")
    age = rng.randint(1, 14)
    pet_born = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{2025 - age}" + (
        "." if lang == "sr" else ""
    )
    d.add(f"{L['dob']} (pet): ").look("PET_BIRTH_DATE", pet_born).add("  Age: ").look(
        "AGE", f"{age} y"
    ).add("\n")
    d.add("Microchip: ").look("MICROCHIP_NO", chip_cc + vv.nd(rng, 12)).add("  Weight: ").look(
        "WEIGHT", f"{rng.randint(3, 42)},{rng.randint(0, 9)} kg"
    ).add("\n")
    field(d, L["owner"], "PERSON", name_form(rng, owner))
    field(d, L["addr"], "ADDRESS", vv.address(owner, rng))
    field(d, L["phone"], "PHONE", vv.phone(rng, country))
    if rng.random() < 0.6:
        field(d, L["email"], "EMAIL", vv.email(rng, owner))
    d.add("Vaccination (rabies): ").look("OTHER_DATE", vv.other_date(rng, lang)).add(
        ", batch "
    ).look("PRODUCT_CODE", f"{rng.choice('ABKR')}{vv.nd(rng, 6)}").add("\n")
    d.add("Vet: ").span("PERSON", vet.short).add("\nPaid: ").look("MONEY", vv.money(rng, country))
    if rng.random() < 0.5:
        d.add(" by card ").span("CARD", vv.card(rng))
    d.add("\n")


def gym_membership(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    L = pp.LABELS[lang]
    p, buddy = vv.person(rng, country), vv.person(rng, country)
    company_block(d, rng, country, 2)
    d.add("Membership ").look("MEMBER_NO", f"M{vv.nd(rng, 7)}").add("  start ").look(
        "OTHER_DATE", vv.other_date(rng, lang)
    ).add("\n")
    field(d, L["name"], "PERSON", name_form(rng, p))
    dob_field(d, ctx, p)
    field(d, L["addr"], "ADDRESS", vv.address(p, rng))
    field(d, L["email"], "EMAIL", vv.email(rng, p))
    field(d, L["phone"], "PHONE", vv.phone(rng, country))
    d.add("Height ").look("HEIGHT", f"{rng.randint(155, 200)} cm").add(", weight ").look(
        "WEIGHT", f"{rng.randint(50, 110)} kg"
    ).add("\n")
    d.add("Monthly fee ").look("MONEY", vv.money(rng, country)).add(" by direct debit ").span(
        "IBAN", vv.iban(rng, country)
    ).add("\n")
    d.add("Emergency contact: ").span("PERSON", buddy.short).add(" ").span(
        "PHONE", vv.phone(rng, country)
    ).add("\n")
    d.add("App login: ").span("EMAIL", vv.email(rng, p)).add(" / password ").span(
        "SECRET", vv.secret(rng, "pw")
    ).add("\n")
    d.add("Signed up from IP ").span("IP_ADDRESS", vv.public_ip(rng)).add(" (kiosk ").look(
        "PRIVATE_IP", vv.private_ip(rng)
    ).add(")\n")


def kyc_chat(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    p, agent = vv.person(rng, country), vv.person(rng, country)
    ts = f"{rng.randint(8, 22):02d}:{rng.randint(10, 59)}"
    d.add("[").look("TIME", ts).add("] ").span("PERSON", agent.given).add(
        " (Support): Hi, ticket "
    ).look("TICKET_NO", f"#{vv.nd(rng, 7)}").add(
        ". To finish KYC I need your full name, date of birth and ID number.\n"
    )
    d.add("[").look("TIME", ts).add("] ").span("PERSON", p.given.lower()).add(": ").span(
        "PERSON", p.full
    ).add(", ")
    d.span("DATE_OF_BIRTH", vv.dob_text(p, lang, rng)).add(", ").span(
        "NATIONAL_ID", vv.national_id(rng, p)
    ).add("\n")
    d.add("[").look("TIME", ts).add("] ").span("PERSON", p.given.lower()).add(": address ").span(
        "ADDRESS", vv.address(p, rng)
    ).add("\n")
    d.add("[").look("TIME", ts).add("] ").span("PERSON", p.given.lower()).add(
        ": deposit failed on card "
    ).span("CARD", vv.card(rng)).add(", tx ").look("HASH", "0x" + vv.hexid(rng, 64)).add("\n")
    d.add("[").look("TIME", ts).add("] ").span("PERSON", p.given.lower()).add(
        ": withdrawing to "
    ).look(
        "WALLET_ADDR",
        "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38)),
    ).add("\n")
    d.add("[").look("TIME", ts).add("] ").span("PERSON", agent.given).add(
        " (Support): I see logins from "
    ).span("IP_ADDRESS", vv.public_ip(rng)).add(" and ").span("IP_ADDRESS", vv.public_ip(rng))
    d.add(" (our probe ").look("DOC_IP", vv.doc_ip(rng)).add("). Never share your API key.\n")
    d.add("[").look("TIME", ts).add("] ").span("PERSON", p.given.lower()).add(
        ": oops, I pasted it in the bot: "
    ).span("SECRET", vv.secret(rng, "key")).add("\n")
    d.add("[").look("TIME", ts).add("] ").span("PERSON", agent.given).add(
        " (Support): revoked. Request id "
    ).look("UUID", vv.uuid(rng)).add("\n")


def customs_declaration(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    L = pp.LABELS[lang]
    p = vv.person(rng, country)
    d.add("CUSTOMS DECLARATION (postal consignment)\nMRN: ").look(
        "CUSTOMS_MRN",
        f"{rng.randint(25, 26)}{country}{vv.nd(rng, 6)}{rng.choice('ABCDEFGH')}{vv.nd(rng, 7)}",
    ).add("\n")
    d.add("Consignor: ").look(
        "COMPANY", rng.choice(["AliExpress Seller 4412", "Amazon EU S.à r.l.", "Zalando SE"])
    ).add(", ")
    d.look(
        "COMPANY_ADDRESS",
        rng.choice(
            ["38 avenue John F. Kennedy, L-1855 Luxembourg", "Valeska-Gert-Straße 5, 10243 Berlin"]
        ),
    ).add("\n")
    d.add("EORI: ").look("COMPANY_TAX_ID", f"LU{vv.nd(rng, 8)}").add("\n")
    field(d, "Consignee", "PERSON", name_form(rng, p))
    field(d, L["addr"], "ADDRESS", vv.address(p, rng, block=rng.random() < 0.4))
    field(d, L["id"], "NATIONAL_ID", vv.national_id(rng, p))
    field(d, L["phone"], "PHONE", vv.phone(rng, country))
    field(d, L["email"], "EMAIL", vv.email(rng, p))
    d.add("Goods: HS ").look("HS_CODE", f"{vv.nd(rng, 4)}.{vv.nd(rng, 2)}").add(", ").look(
        "WEIGHT", f"{rng.randint(1, 9)},{rng.randint(0, 9)} kg"
    ).add(", value ").look("MONEY", vv.money(rng, country)).add("\n")
    d.add("Tracking: ").look(
        "TRACKING_NO",
        f"{rng.choice(['LX', 'RR', 'CP'])}{vv.nd(rng, 9)}{rng.choice(['CN', 'DE', 'LU'])}",
    ).add("\n")
    if rng.random() < 0.6:
        d.add("Duty paid by card ").span("CARD", vv.card(rng)).add("\n")


def fixed_width_export(d: Doc, ctx: Ctx) -> None:
    rng, country, lang = ctx
    d.add(f"HDR{country}CUST  BATCH{vv.nd(rng, 6)}\n")
    d.add(f"{'REC':<6}{'NAME':<28}{'ID':<15}{'BIRTH':<12}{'IBAN':<30}{'PHONE':<18}EMAIL\n")
    for _ in range(rng.randint(2, 4)):
        p = vv.person(rng, country)
        rec = vv.nd(rng, 5)
        name = vv.fold(f"{p.surname} {p.given}").upper()
        nid = "".join(c for c in vv.national_id(rng, p) if c.isdigit())
        dob = f"{p.year:04d}{p.month:02d}{p.day:02d}"
        iban = vv.iban(rng, country).replace(" ", "")
        ph = vv.phone(rng, country).replace(" ", "")
        d.look("RECORD_NO", rec).add(" " * (6 - len(rec)))
        d.span("PERSON", name).add(" " * (28 - len(name)))
        d.span("NATIONAL_ID", nid).add(" " * (15 - len(nid)))
        d.span("DATE_OF_BIRTH", dob).add(" " * (12 - len(dob)))
        d.span("IBAN", iban).add(" " * (30 - len(iban)))
        d.span("PHONE", ph).add(" " * max(1, 18 - len(ph)))
        d.span("EMAIL", vv.email(rng, p).upper()).add("\n")
    d.add(f"TRL{rng.randint(2, 4):06d}  ").look(
        "TIMESTAMP",
        f"{rng.choice([2025, 2026])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
    ).add("  CHK ").look("HASH", vv.hexid(rng, 32)).add("\n")


LAYOUTS: dict[str, Callable[[Doc, Ctx], None]] = {
    "pharmacy_label": pharmacy_label,
    "utility_bill": utility_bill,
    "parking_fine": parking_fine,
    "vehicle_registration": vehicle_registration,
    "hotel_registration": hotel_registration,
    "deposit_claim": deposit_claim,
    "payroll_slip": payroll_slip,
    "court_summons": court_summons,
    "vet_record": vet_record,
    "gym_membership": gym_membership,
    "kyc_chat": kyc_chat,
    "customs_declaration": customs_declaration,
    "fixed_width_export": fixed_width_export,
}
TECHNICAL = ("kyc_chat", "fixed_width_export", "gym_membership")


def portal_log(d: Doc, ctx: Ctx, who: str) -> None:
    """A copied audit trail from the self-service portal, in English as such tools are."""
    rng, country, lang = ctx
    d.add("\n--- portal audit ---\n")
    d.look(
        "TIMESTAMP",
        f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
    )
    d.add(" login ok user=").span("EMAIL", who).add(" ip=").span(
        "IP_ADDRESS", vv.public_ip(rng)
    ).add(" via ").look("PRIVATE_IP", vv.private_ip(rng)).add("\n")
    if rng.random() < 0.6:
        d.add("password reset token=").span(
            "SECRET", vv.secret(rng, rng.choice(["token", "jwt"]))
        ).add("\n")
    else:
        d.add("db_password=").look(
            "PLACEHOLDER_SECRET", rng.choice(["${DB_PASSWORD}", "********", "<changeme>"])
        ).add(" resolver ").look(
            "PUBLIC_SERVER_IP", rng.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9"])
        ).add("\n")
    d.add("trace ").look("TRACE_ID", vv.hexid(rng, 32)).add(" status ").look(
        "HTTP_STATUS", rng.choice(["200 OK", "302 Found", "404 Not Found"])
    ).add("\n")
