"""Business paper pasted as text: SAP screen, insurance claim, school enrolment, shipping label,
invoice, GDPR access reply, dating profile, property sale contract."""

from __future__ import annotations

import datetime as dt
import random
import string

import h9_values as v
from h9_common import addr_text, dob, has_iban, id_label, money_line, request, twin_line
from h9_phrases import BORN_PROSE, GREET, LANG_COUNTRY, THANKS, L
from h9_values import Doc, Person

BIC = {
    "HU": ("OTPVHUHB", "GIBAHUHB", "OKHBHUHB"),
    "EE": ("HABAEE2X", "EEUHEE2X", "LHVBEE22"),
    "LT": ("HABALT22", "CBVILT2X", "REVOLT21"),
    "HR": ("PBZGHR2X", "ZABAHR2X", "RZBHHR2X"),
}


VALID_UNTIL = {
    "hu": "érvényes",
    "vi": "có giá trị đến",
    "ms": "sah hingga",
    "en": "valid until",
    "af": "geldig tot",
    "et": "kehtib kuni",
    "lt": "galioja iki",
    "hr": "vrijedi do",
}


def _ident(rng: random.Random, d: Doc, lang: str, p: Person, ind: str = "") -> None:
    """The id line; sometimes with the card's expiry date right after it (a date that is not a birth date)."""
    nid = v.national_id(rng, p.country, p.dob, p.sex)
    d.t(f"{ind}{id_label(lang, nid)}: ").s("NATIONAL_ID", nid)
    if rng.random() < 0.35:
        d.t(f" ({VALID_UNTIL[lang]}: ").k(
            "OTHER_DATE", v.fmt_date(lang, v.rand_date(rng, 2027, 2036), rng.randint(0, 3))
        ).t(")")
    d.t("\n")


def _payment_ref(rng: random.Random, d: Doc, lang: str, order: str) -> None:
    """The bank-transfer reference each country prints on invoices: digits that identify a payment only."""
    c = LANG_COUNTRY[lang]
    if c == "EE":
        base = str(rng.randint(10**5, 10**9))
        total = sum(int(x) * (7, 3, 1)[i % 3] for i, x in enumerate(reversed(base)))
        d.t("Viitenumber: ").k("TXN_REF", base + str((10 - total % 10) % 10))
    elif c == "HR":
        d.t("Model i poziv na broj: ").k(
            "TXN_REF", f"HR00 {rng.randint(1000, 99999)}-{rng.randint(2024, 2026)}"
        )
    elif c == "LT":
        d.t("Įmokos kodas: ").k("TXN_REF", str(rng.randint(10**8, 10**9 - 1)))
    elif c == "HU":
        d.t("Közlemény: ").k("TXN_REF", order)
    elif c == "VN":
        d.t("Nội dung CK: TT ").k("TXN_REF", f"DH{rng.randint(10**6, 10**7)}")
    elif c == "MY":
        d.t("JomPAY Biller Code: ").k("TXN_REF", str(rng.randint(1000, 99999))).t("  Ref-1: ").k(
            "TXN_REF", str(rng.randint(10**9, 10**10 - 1))
        )
    else:
        d.t("EFT reference: ").k(
            "TXN_REF", f"{rng.choice(('KO', 'INV', 'ACC'))}{rng.randint(10**6, 10**8)}"
        )
    d.t("\n")


def sap_screen(rng: random.Random, d: Doc, lang: str) -> None:
    """SAP GUI 'Display Business Partner' screen copied as text; fields padded to columns."""
    c = LANG_COUNTRY[lang]
    p = v.person(rng, lang, form=1)
    request(rng, d, lang)
    d.t("Display Organization/Person: Business Partner ").k(
        "RECORD_ID", str(rng.randint(1000000, 1999999))
    ).t("   Grouping: Z001\n\n")
    f = lambda lab: d.t(f"  {lab:<22}")  # noqa: E731
    f("First name")
    d.s("PERSON", p.given).t("\n")
    f("Last name")
    d.s("PERSON", p.family).t("\n")
    f("Date of Birth")
    d.s("DATE_OF_BIRTH", v.fmt_date("et" if lang not in ("lt", "hu") else lang, p.dob, 0)).t("\n")
    f("Street/House number")
    d.s("ADDRESS", p.addr[0].rstrip(",")).t("\n")
    f("Postal Code/City")
    d.s("ADDRESS", ", ".join(p.addr[1:])).t("\n")
    f("Telephone")
    d.s("PHONE", v.phone(rng, c, p.phone_style)).t("   Ext. ").k(
        "EXTENSION", str(rng.randint(10, 999))
    ).t("\n")
    f("E-Mail")
    d.s("EMAIL", p.email).t("\n")
    f(id_label(lang, "x" * 9))
    nid = v.national_id(rng, c, p.dob, p.sex)
    d.s("NATIONAL_ID", nid).t("\n\n  Payment Transactions\n")
    if has_iban(lang):
        f("IBAN")
        d.s("IBAN", v.iban(rng, c)).t("   SWIFT/BIC ").k("BANK_BIC", rng.choice(BIC[c])).t("\n")
    else:
        f("Payment card")
        d.s("CARD", v.card(rng, c)).t("   Valid to ").k(
            "CARD_EXPIRY", f"{rng.randint(1, 12):02d}/{rng.randint(2026, 2031)}"
        ).t("\n")
    f("Sales Order")
    d.k("ORDER_ID", str(rng.randint(4500000000, 4599999999))).t("   Net value ").k(
        "PRICE", v.price(rng, lang)
    ).t("\n")
    f("Created on")
    d.k("OTHER_DATE", v.other_date(rng, lang)).t("   Changed by BATCH_IDOC\n")
    if rng.random() < 0.7:
        twin_line(rng, d, lang, p)


def insurance_claim(rng: random.Random, d: Doc, lang: str) -> None:
    c = LANG_COUNTRY[lang]
    lab = L[lang]
    p = v.person(rng, lang)
    ins = v.company(rng, c)
    request(rng, d, lang)
    d.k("COMPANY", ins[0]).t(" | ").k("COMPANY_ADDRESS", ins[1]).t(" | ").k(
        "HOTLINE", v.hotline(rng, c)
    ).t("\n")
    d.t(f"{lab['policy']}: ").k(
        "POLICY_NO",
        f"{rng.choice(('KGFB', 'CASCO', 'HOME', 'PA'))}-{rng.randint(10**7, 10**8 - 1)}",
    ).t(f"    {lab['claim']}: ").k(
        "RECORD_ID", f"{rng.randint(2023, 2026)}/{rng.randint(10000, 99999)}"
    ).t("\n\n")
    d.t(f"{lab['name']}: ").s("PERSON", p.full if rng.random() < 0.6 else p.full.upper()).t("\n")
    d.t(f"{lab['dob']}: ").s("DATE_OF_BIRTH", dob(rng, p, lang)).t("\n")
    _ident(rng, d, lang, p)
    d.t(f"{lab['address']}: ").s("ADDRESS", addr_text(p, "\n" + " " * (len(lab["address"]) + 2))).t(
        "\n"
    )
    d.t(f"{lab['mobile']}: ").s("PHONE", v.phone(rng, c, p.phone_style)).t("    ").t(
        f"{lab['email']}: "
    ).s("EMAIL", p.email).t("\n")
    d.t("Incident date: ").k("OTHER_DATE", v.other_date(rng, lang)).t(" ").k(
        "TIME", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    ).t(", near ").k("STREET_ALONE", v.street_alone(rng, c)).t(", ").k(
        "TOWN_ALONE", v.town_alone(rng, c)
    ).t("\n")
    d.t("Claimed amount: ").k("PRICE", v.price(rng, lang)).t("\n")
    money_line(rng, d, lang, p)
    if rng.random() < 0.5:
        w = v.person(rng, lang)
        d.t("Witness: ").s("PERSON", w.full).t(", ").s("PHONE", v.phone(rng, c, w.phone_style)).t(
            "\n"
        )
    if rng.random() < 0.7:
        twin_line(rng, d, lang, p)


# Schools, many named after people: the name is an institution's, kept.
SCHOOLS = {
    "HU": (
        "Kossuth Lajos Általános Iskola",
        "Petőfi Sándor Gimnázium",
        "Budapesti Fazekas Mihály Gyakorló Gimnázium",
    ),
    "VN": ("Trường THCS Nguyễn Du", "Trường Tiểu học Lê Văn Tám", "Trường THPT Chu Văn An"),
    "MY": ("SK Taman Tun Dr Ismail", "SMK Taman Desa", "SJK(C) Chung Hwa"),
    "ZA": ("Laerskool Waterkloof", "Rondebosch Boys' High School", "Sir John Adamson High School"),
    "EE": ("Tallinna Reaalkool", "Tartu Hugo Treffneri Gümnaasium", "Gustav Adolfi Gümnaasium"),
    "LT": (
        "Vilniaus Žirmūnų gimnazija",
        "Kauno Jono Jablonskio gimnazija",
        "Vilniaus Simono Daukanto progimnazija",
    ),
    "HR": ("OŠ Ivana Gorana Kovačića", "XV. gimnazija", "OŠ Augusta Šenoe"),
}
BANKS = {
    "VN": ("Vietcombank", "Techcombank", "VPBank", "BIDV"),
    "MY": ("Maybank", "CIMB Bank", "Public Bank", "RHB Bank"),
    "ZA": ("Standard Bank", "FNB", "Capitec", "Absa"),
}
SALUTE = {
    "hu": "Tisztelt",
    "vi": "Kính gửi",
    "ms": "Tuan/Puan",
    "en": "Dear",
    "af": "Geagte",
    "et": "Lugupeetud",
    "lt": "Gerb.",
    "hr": "Poštovani/a",
}


def school_enrolment(rng: random.Random, d: Doc, lang: str) -> None:
    c = LANG_COUNTRY[lang]
    lab = L[lang]
    child = v.person(rng, lang, 2011, 2019)
    parent = v.person(rng, lang, 1972, 1990)
    request(rng, d, lang)
    d.t(f"{lab['school']}: ").k("COMPANY", rng.choice(SCHOOLS[c])).t(
        f"    Class {rng.randint(1, 8)}.{rng.choice('ABC')}\n"
    )
    d.t(f"{lab['child']}: ").s("PERSON", child.full).t("\n")
    d.t(f"{lab['dob']}: ").s("DATE_OF_BIRTH", dob(rng, child, lang)).t("\n")
    _ident(rng, d, lang, child)
    d.t(f"{lab['address']}: ").s("ADDRESS", addr_text(parent)).t("\n")
    d.t(f"{lab['parent']}: ").s("PERSON", parent.full).t(", ").s(
        "PHONE", v.phone(rng, c, parent.phone_style)
    ).t(", ").s("EMAIL", parent.email).t("\n")
    if rng.random() < 0.5:
        d.t(f"{lab['dob_short']} ({lab['parent'].split()[0].lower()}): ").s(
            "DATE_OF_BIRTH", dob(rng, parent, lang)
        ).t("\n")
    d.t("Start: ").k("OTHER_DATE", v.other_date(rng, lang)).t("    Fee: ").k(
        "PRICE", v.price(rng, lang)
    ).t("    Form ").k(
        "RECORD_ID", f"ENR-{rng.randint(2024, 2026)}-{rng.randint(100, 9999):04d}"
    ).t("\n")
    d.t("Bus stop: ").k("STREET_ALONE", v.street_alone(rng, c)).t("\n")
    if has_iban(lang) and rng.random() < 0.6:
        d.t(f"{lab['iban']} ({lab['parent'].split()[0].lower()}): ").s(
            "IBAN", v.iban_written(rng, v.iban(rng, c))
        ).t("\n")


def _s10(rng: random.Random, c: str) -> str:
    """UPU S10 tracking number: two letters, 8 digits, mod 11 check digit, country code."""
    body = "".join(rng.choice(string.digits) for _ in range(8))
    r = 11 - sum(int(x) * w for x, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    chk = {10: 0, 11: 5}.get(r, r)
    return f"{rng.choice(('RR', 'CP', 'LX', 'EE'))}{body}{chk}{c}"


def shipping_label(rng: random.Random, d: Doc, lang: str) -> None:
    c = LANG_COUNTRY[lang]
    lab = L[lang]
    p = v.person(rng, lang)
    co = v.company(rng, c)
    request(rng, d, lang)
    d.t(f"{lab['sender'].upper()}:\n").k("COMPANY", co[0]).t("\n").k("COMPANY_ADDRESS", co[1]).t(
        "\nTel. "
    ).k("HOTLINE", v.hotline(rng, c)).t("\n\n")
    d.t(f"{lab['recipient'].upper()}:\n").s(
        "PERSON", p.full.upper() if rng.random() < 0.6 else p.full
    ).t("\n")
    d.s("ADDRESS", "\n".join(p.addr).upper() if rng.random() < 0.5 else "\n".join(p.addr)).t("\n")
    d.t("Tel: ").s("PHONE", v.phone(rng, c, p.phone_style)).t("\n\n")
    d.t("Tracking: ").k("TRACKING_NO", _s10(rng, c)).t("   ").k(
        "WEIGHT", f"{rng.randint(1, 30)},{rng.randint(0, 9)} kg"
    ).t("\n")
    d.t(f"{lab['order']}: ").k("ORDER_ID", v.order_id(rng, c)).t("   ").k(
        "OTHER_DATE", v.other_date(rng, lang)
    ).t("\n")
    d.t("COD: ").k("PRICE", v.price(rng, lang)).t("\n")
    if rng.random() < 0.5:
        d.t(rng.choice(("Leave with neighbour: ", "Alt. contact: "))).s(
            "PERSON", v.person(rng, lang).full
        ).t("\n")


INVOICE_WORD = {
    "hu": "SZÁMLA",
    "vi": "HÓA ĐƠN",
    "ms": "INVOIS",
    "en": "TAX INVOICE",
    "af": "BELASTINGFAKTUUR",
    "et": "ARVE",
    "lt": "SĄSKAITA FAKTŪRA",
    "hr": "RAČUN",
}


def invoice(rng: random.Random, d: Doc, lang: str) -> None:
    c = LANG_COUNTRY[lang]
    lab = L[lang]
    p = v.person(rng, lang)
    co = v.company(rng, c)
    request(rng, d, lang)
    number = f"{rng.choice(('SZ', 'INV', 'HD', 'A'))}-{rng.randint(2024, 2026)}/{rng.randint(1, 99999):05d}"
    d.t(INVOICE_WORD[lang] + " ").k("INVOICE_NO", number).t("\n")
    issued = v.rand_date(rng, 2023, 2026)
    due = issued + dt.timedelta(days=rng.choice((8, 14, 15, 30)))
    d.t(f"{lab['date']}: ").k("OTHER_DATE", v.fmt_date(lang, issued, rng.randint(0, 3))).t(
        f"    {lab['due']}: "
    )
    d.k("OTHER_DATE", v.fmt_date(lang, due, rng.randint(0, 3))).t("\n\n")
    d.t(f"{lab['buyer']}: ").s("PERSON", p.full).t("\n").s("ADDRESS", "\n".join(p.addr)).t("\n")
    d.s("EMAIL", p.email).t(" | ").s("PHONE", v.phone(rng, c, p.phone_style)).t("\n\n")
    for _ in range(rng.randint(2, 4)):
        sku = rng.choice(
            (
                f"SKU-{rng.randint(10000, 99999)}",
                f"{rng.randint(10**12, 10**13 - 1)}",
                f"{rng.choice(string.ascii_uppercase)}{rng.randint(100, 999)}-{rng.choice(string.ascii_uppercase)}{rng.randint(10, 99)}",
            )
        )
        d.k("PRODUCT_CODE", sku).t(f"  x{rng.randint(1, 5)}  ").k("PRICE", v.price(rng, lang)).t(
            "\n"
        )
    d.t(f"{lab['total']}: ").k("PRICE", v.price(rng, lang)).t("\n")
    _payment_ref(rng, d, lang, number)
    if has_iban(lang) and rng.random() < 0.6:
        d.t("Direct debit mandate from ").s("IBAN", v.iban_written(rng, v.iban(rng, c))).t("\n")
    else:
        d.t("Paid by card ").k(
            "MASKED_CARD", f"{rng.choice(('****', 'XXXX', '•••• ••••'))} {rng.randint(1000, 9999)}"
        ).t("\n")
    d.t("\n--\n").k("COMPANY", co[0]).t(" · ").k("COMPANY_ADDRESS", co[1]).t(" · Tax no. ").k(
        "COMPANY_TAX_ID", co[2]
    ).t(" · ").k("ROLE_EMAIL", co[3]).t(" · ").k("HOTLINE", v.hotline(rng, c)).t("\n")
    if rng.random() < 0.7:
        twin_line(rng, d, lang, p)


GDPR_INTRO = {
    "hu": "Az Ön {date} napján kelt hozzáférési kérelmére (GDPR 15. cikk) az alábbi adatokat kezeljük:",
    "vi": "Theo yêu cầu truy cập dữ liệu ngày {date}, chúng tôi đang lưu các thông tin sau:",
    "ms": "Merujuk permintaan akses data anda bertarikh {date}, kami menyimpan maklumat berikut:",
    "en": "Further to your subject access request of {date} (POPIA s23), we hold the following:",
    "af": "Na aanleiding van u versoek van {date} (POPIA a23) hou ons die volgende inligting:",
    "et": "Vastuseks teie {date} andmepäringule (IKÜM art 15) töötleme järgmisi andmeid:",
    "lt": "Atsakydami į jūsų {date} prašymą (BDAR 15 str.), tvarkome šiuos duomenis:",
    "hr": "Vezano uz vaš zahtjev za pristup od {date} (GDPR čl. 15.), obrađujemo sljedeće podatke:",
}


def gdpr_reply(rng: random.Random, d: Doc, lang: str) -> None:
    c = LANG_COUNTRY[lang]
    lab = L[lang]
    p = v.person(rng, lang)
    co = v.company(rng, c)
    request(rng, d, lang)
    d.k("COMPANY", co[0]).t(", ").k("COMPANY_ADDRESS", co[1]).t("\n").t(f"{lab['date']}: ").k(
        "OTHER_DATE", v.other_date(rng, lang)
    ).t("\n\n")
    d.t(f"{SALUTE[lang]} ").s("PERSON", p.full).t(",\n\n")
    intro = GDPR_INTRO[lang]
    pre, post = intro.split("{date}")
    d.t(pre).k("OTHER_DATE", v.other_date(rng, lang)).t(post + "\n")
    d.t(f"- {lab['name']}: ").s("PERSON", p.full).t("\n- ").t(f"{lab['dob']}: ").s(
        "DATE_OF_BIRTH", dob(rng, p, lang)
    ).t("\n")
    d.t(f"- {lab['address']}: ").s("ADDRESS", addr_text(p)).t("\n- ").t(f"{lab['phone']}: ").s(
        "PHONE", v.phone(rng, c, p.phone_style)
    ).t("\n")
    d.t(f"- {lab['email']}: ").s("EMAIL", p.email).t("\n- Customer no.: ").k(
        "RECORD_ID", f"C{rng.randint(10**6, 10**7)}"
    ).t("\n")
    d.t("- Logins:\n")
    for _ in range(rng.randint(1, 3)):
        d.t("    ").k("TIMESTAMP", v.timestamp(rng)).t("  ").s("IP_ADDRESS", v.public_ip(rng)).t(
            "  Android app "
        ).k("VERSION", v.version(rng)).t("\n")
    d.t("- Card on file: ").k("MASKED_CARD", f"**** {rng.randint(1000, 9999)}").t("\n- Orders: ").k(
        "ORDER_ID", v.order_id(rng, c)
    ).t(" (").k("PRICE", v.price(rng, lang)).t(")\n\n")
    d.t("Data protection officer: ").k("ROLE_EMAIL", f"dpo@{co[3].split('@')[1]}").t(", ").k(
        "HOTLINE", v.hotline(rng, c)
    ).t("\n")


def dating_profile(rng: random.Random, d: Doc, lang: str) -> None:
    c = LANG_COUNTRY[lang]
    p, q = v.person(rng, lang, 1985, 2004), v.person(rng, lang, 1985, 2004)
    request(rng, d, lang)
    d.s("PERSON", p.given.split()[0]).t(", ").k("AGE", str(2026 - p.dob.year)).t(" · ").k(
        "TOWN_ALONE", v.town_alone(rng, c)
    ).t(" · ").k("HEIGHT", f"{rng.randint(155, 195)} cm").t("\n")
    d.t(rng.choice(("Hiking, coffee, ", "Dogs > cats. ", "Looking for a gym buddy. "))).t(
        "Favourite spot: "
    ).k("STREET_ALONE", v.street_alone(rng, c)).t(".\n")
    d.t(rng.choice(("WhatsApp: ", "Text me ", "Viber "))).s(
        "PHONE", v.phone(rng, c, p.phone_style)
    ).t("\n")
    if rng.random() < 0.5:
        d.t("Birthday ").s("DATE_OF_BIRTH", dob(rng, p, lang)).t(" :)\n")
    d.t("\n--- chat ---\n").s("PERSON", q.given.split()[0]).t(": ").t(f"{GREET[lang]} ").s(
        "PERSON", p.given.split()[0]
    ).t("! ")
    d.t(rng.choice(("my email: ", "mail me: "))).s("EMAIL", q.email).t("\n")
    d.s("PERSON", p.given.split()[0]).t(": ").t(f"{THANKS[lang]}! ")
    if rng.random() < 0.5:
        d.t("I live at ").s("ADDRESS", addr_text(p)).t(", come at ").k(
            "TIME", f"{rng.randint(17, 21)}:{rng.choice(('00', '30'))}"
        ).t("\n")
    else:
        d.t("see you ").k("OTHER_DATE", v.other_date(rng, lang)).t(" at ").k(
            "COMPANY", rng.choice(("Starbucks", "Costa Coffee", "Vapiano", "Hard Rock Cafe"))
        ).t("\n")


def hu_day_suffix(day: int) -> str:
    """Hungarian 'on the Nth' suffix after a day number, by vowel harmony of the spoken number."""
    if day in (10, 20, 30):
        return "-én" if day == 10 else "-án"
    return "-án" if day % 10 in (2, 3, 6, 8) else "-én"


MOTHER = {
    "hu": "anyja neve",
    "vi": "họ tên mẹ",
    "ms": "nama ibu",
    "en": "mother's name",
    "af": "moeder se naam",
    "et": "ema nimi",
    "lt": "motinos vardas",
    "hr": "ime majke",
}


def property_contract(rng: random.Random, d: Doc, lang: str) -> None:
    c = LANG_COUNTRY[lang]
    lab = L[lang]
    request(rng, d, lang)
    d.t("1. ")
    parties = []
    for role in ("seller", "buyer"):
        p = v.person(rng, lang)
        m = v.person(rng, lang, 1925, 1975, sex="f")
        parties.append(p)
        before, after = BORN_PROSE[lang]
        d.t(f"{lab[role]}: ").s("PERSON", p.full).t(f" ({before}").s(
            "DATE_OF_BIRTH",
            v.fmt_date(lang, p.dob, 2).rstrip(".")
            if after
            else v.fmt_date(lang, p.dob, rng.randint(0, 3)),
        ).t(f"{hu_day_suffix(p.dob.day) if lang == 'hu' else after}, {MOTHER[lang]}: ").s(
            "PERSON", m.full
        ).t(", ")
        nid = v.national_id(rng, c, p.dob, p.sex)
        home = addr_text(p)
        d.t(f"{id_label(lang, nid)}: ").s("NATIONAL_ID", nid).t(f"), {lab['address'].lower()}: ").s(
            "ADDRESS", home
        )
        d.t("\n" if home.endswith(".") else ".\n")
        d.t(f"{lab['phone']}: ").s("PHONE", v.phone(rng, c, p.phone_style)).t("\n")
    prop = v.address(rng, c)
    d.t("2. Property: ").s("ADDRESS", ", ".join(prop)).t(", land registry no. ").k(
        "LAND_REGISTRY_NO", f"{rng.randint(1000, 39999)}/{rng.randint(1, 40)}"
    ).t(", area ").k("AREA", f"{rng.randint(28, 160)} m²").t(".\n")
    d.t("3. Price: ").k("PRICE", v.price(rng, lang, big=True)).t(", payable by ").k(
        "OTHER_DATE", v.other_date(rng, lang)
    ).t(" to the seller's account")
    if has_iban(lang):
        d.t(" ").s("IBAN", v.iban_written(rng, v.iban(rng, c))).t(".\n")
    else:
        d.t(" at ").k("COMPANY", rng.choice(BANKS[c])).t(".\n")
    lawyer = v.person(rng, lang)
    co = v.company(rng, c)
    d.t("Countersigned: dr. ").s("PERSON", lawyer.full).t(", attorney, ").k(
        "COMPANY_ADDRESS", co[1]
    ).t(", ").k("OTHER_DATE", v.other_date(rng, lang)).t("\n")
    if rng.random() < 0.6:
        twin_line(rng, d, lang, parties[0])
