"""The twelve layouts of PII hold-out 11: one function each, writing into a Doc with marks."""

from __future__ import annotations

import datetime as dt
import random
import re
import string

import h11_people as pp
import h11_phrases as ph
import h11_values as v
from h11_checks import SPAN_KINDS as ck_span_kinds
from h11_values import Doc, Person

GED_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fill(d: Doc, tpl: str, vals: dict[str, tuple[str, str, str]]) -> None:
    """Write a template; each {slot} is (side, kind, text): side 's' a span, 'k' a look-alike, '' plain."""
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", tpl):
        d.t(tpl[pos : m.start()])
        side, kind, text = vals[m.group(1)]
        if side == "s":
            d.s(kind, text)
        elif side == "k":
            d.k(kind, text)
        else:
            d.t(text)
        pos = m.end()
    d.t(tpl[pos:])


def name_form(r: random.Random, p: Person, formal: bool = True) -> str:
    if p.country == "IL":
        return r.choice([p.full(), p.official()])
    forms = [p.official(), p.full(), p.initials(r)] if formal else [p.full(), p.given]
    return r.choice(forms)


def s10(r: random.Random, country: str) -> str:
    """UPU S10 item id: two letters, eight digits, the weights 8 6 4 2 3 5 9 7 check digit, country."""
    body = v._d(r, 8)
    c = 11 - sum(w * int(x) for w, x in zip((8, 6, 4, 2, 3, 5, 9, 7), body, strict=False)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{r.choice(['RR', 'CE', 'EE', 'LX', 'UA'])}{body}{c}{country}"


def tracking(r: random.Random, country: str) -> str:
    if country == "UA":
        return "20450" + v._d(r, 9)
    if country == "FI" and r.random() < 0.5:
        return "JJFI" + v._d(r, 20)
    return s10(r, country)


def ged_date(dd) -> str:
    return f"{dd.day} {GED_MONTHS[dd.month - 1]} {dd.year}"


def address_parts(r: random.Random, c: str) -> tuple[str, str, str, str]:
    """Street, building (with flat), postcode, town: the fields of a structured address."""
    town, pc = r.choice(pp.TOWNS[c])
    st = r.choice(pp.STREETS[c])
    house, flat = r.randint(1, 160), r.randint(1, 120)
    if c == "MT":
        pc = f"{pc} {r.randint(1000, 9999)}"
    if c == "IL":
        pc = pc + v._d(r, 7 - len(pc))
    bldg = {
        "LV": f"{house}-{flat}",
        "FI": f"{house} {r.choice('AB')} {flat}",
        "UA": f"{house}, кв. {flat}",
        "KZ": f"{house}, кв. {flat}",
        "MT": str(house),
        "IL": f"{house}/{flat}",
    }[c]
    return st, bldg, pc, town


# ---- 1 boarding pass with its decoded IATA BCBP barcode -------------------------------------------------

CARRIERS = [
    ("airBaltic", "BT", "657"),
    ("Finnair", "AY", "105"),
    ("El Al", "LY", "114"),
    ("Air Astana", "KC", "465"),
    ("LOT Polish Airlines", "LO", "080"),
    ("KM Malta Airlines", "KM", "643"),
]
HOME = {
    "UA": ["RZE", "KRK"],
    "KZ": ["ALA", "NQZ"],
    "LV": ["RIX"],
    "FI": ["HEL", "OUL"],
    "MT": ["MLA"],
    "IL": ["TLV"],
}
DEST = ["FRA", "AMS", "CDG", "IST", "VIE", "CPH", "ARN", "LHR", "BER", "PRG", "DXB", "WAW"]


def bcbp_boarding(r: random.Random, d: Doc, c: str, lang: str) -> None:
    L = pp.L[lang]
    p = v.person(r, c)
    home = {"LV": 0, "FI": 1, "IL": 2, "KZ": 3, "UA": 4, "MT": 5}[c]
    carrier, code, pref = CARRIERS[home] if r.random() < 0.8 else r.choice(CARRIERS)
    org, dst = r.choice(HOME[c]), r.choice(DEST)
    fl = f"{r.randint(1, 2999):04d}"
    day = v.some_date(r, 2026, 1)
    seat = f"{r.randint(1, 38):03d}{r.choice('ABCDEF')}"
    pnr = v.pnr(r)
    d.t(f"{carrier} · BOARDING PASS\n\nNAME / {L['name'].upper()}: ").s("PERSON", p.iata())
    d.t(
        f" {'MR' if p.male else 'MS'}\nFROM {org} TO {dst}   FLIGHT {code} {fl.lstrip('0')}   DATE "
    )
    d.k("OTHER_DATE", f"{day.day:02d}{GED_MONTHS[day.month - 1]}").t(
        f"   SEAT {seat.lstrip('0')}   GATE "
    )
    d.t(
        f"{r.choice('ABCD')}{r.randint(1, 30)}   BOARDING {r.randint(5, 22):02d}:{r.choice(['05', '20', '35', '50'])}\n"
    )
    d.t("PNR ").k("BOOKING_NO", pnr).t("   ETKT ").k("TICKET_NO", f"{pref} {v.num(r, 10)}")
    if r.random() < 0.6:
        d.t("   FQTV ").k("MEMBER_NO", f"{code} {v.num(r, 9)}")
    d.t("\n\nBCBP: M1")
    field = f"{p.iata():<20}"[:20]
    d.s("PERSON", field.rstrip()).t(field[len(field.rstrip()) :]).t("E")
    jul = day.timetuple().tm_yday
    d.k("BOOKING_NO", pnr).t(
        f" {org}{dst}{code} {fl}{jul:03d}Y{seat}{r.randint(1, 180):04d} 1{v._d(r, 2)}\n"
    )
    if r.random() < 0.7:
        d.t(f"\n{L['phone']}: ").s("PHONE", v.phone(r, c)).t(f"   {L['email']}: ").s(
            "EMAIL", v.email(r, p)
        )
    if r.random() < 0.6:
        dob = p.born
        d.t("\nAPIS DOCS DOB ").s(
            "DATE_OF_BIRTH", f"{dob.day:02d}{GED_MONTHS[dob.month - 1]}{dob.year % 100:02d}"
        )
        d.t(" / ISSUED ").k(
            "OTHER_DATE",
            f"{day.day:02d}{GED_MONTHS[(day.month + 3) % 12]}{(day.year - 4) % 100:02d}",
        )
    if r.random() < 0.3:
        kid = v.child(r, p)
        kid.born = v.some_date(r, 2025, 1)
        d.t("\nINF ").s("PERSON", kid.iata()).t(" DOB ")
        d.s(
            "DATE_OF_BIRTH",
            f"{kid.born.day:02d}{GED_MONTHS[kid.born.month - 1]}{kid.born.year % 100:02d}",
        )
    co = v.company(r, c)
    d.t("\n\nHelp desk: ").k("HOTLINE", co[3]).t(" · ").k("ROLE_EMAIL", v.role_email(r, co[1]))
    d.t("\nGate closes 20 min before departure. Printed ").k("TIMESTAMP", v.timestamp(r)).t("\n")


# ---- 2 marketplace chat ---------------------------------------------------------------------------


def marketplace_chat(r: random.Random, d: Doc, c: str, lang: str) -> None:
    P = ph.CHAT[lang]
    buyer = v.person(r, c)
    bh = f"{buyer.given} {buyer.family[0]}." if c != "IL" else buyer.given
    day = v.some_date(r, 2026, 1)
    clock = [r.randint(8, 20), r.randint(0, 50)]
    co = v.company(r, c, medical=False)
    shop = (
        r.random() < 0.3
    )  # a shop sells through the same chat: its name sits where a person's would
    sh, skind = (co[0], "COMPANY") if shop else (v.person(r, c).full(), "PERSON")

    def line(handle: str, kind: str = "PERSON") -> None:
        clock[1] += r.randint(1, 9)
        stamp = f"[{day:%d.%m.%Y} {clock[0] + clock[1] // 60:02d}:{clock[1] % 60:02d}] "
        d.t(stamp)
        (d.s if kind in ck_span_kinds else d.k)(kind, handle).t(": ")

    d.t(f"{P['site']} · #").k("PRODUCT_CODE", v.num(r, 9)).t("\n")
    line(bh)
    fill(d, P["ask"], {"item": ("", "", ph.ITEMS[lang])})
    d.t("\n")
    line(sh, skind)
    fill(d, P["price"], {"money": ("", "", ph.MONEY[lang])})
    d.t("\n")
    if r.random() < 0.5:
        line(bh)
        d.t(P["pay"] + "\n")
        line(sh, skind)
        key = "card" if "{card}" in P["mycard"] and not shop else "iban"
        val = v.card(r, c) if key == "card" else v.iban(r, c)
        kind = "ORG_IBAN" if shop else key.upper()
        tpl = P["mycard"] if "{" + key + "}" in P["mycard"] else "IBAN: {iban}"
        fill(d, tpl, {key: ("k" if shop else "s", kind, val)})
        d.t("\n")
    if r.random() < 0.7:
        line(bh)
        fill(d, P["addr"], {"address": ("s", "ADDRESS", v.address(r, c))})
        d.t("\n")
        line(bh)
        fill(d, P["tel"], {"phone": ("s", "PHONE", v.phone(r, c))})
        d.t("\n")
        line(sh, skind)
        post = v.company(r, c)
        fill(
            d,
            P["track"],
            {
                "track": ("k", "TRACKING_NO", tracking(r, c)),
                "coaddr": ("k", "COMPANY_ADDRESS", post[2]),
            },
        )
        d.t("\n")
    else:
        line(sh, skind)
        fill(d, P["meet"], {"street": ("k", "STREET_ALONE", v.street_alone(r, c))})
        d.t("\n")
    if r.random() < 0.4:
        line(bh)
        fill(d, P["gift"], {"gift": ("k", "CARD_BAD_LUHN", v.card_twin(r))})
        d.t("\n")
    line(sh, skind)
    fill(d, P["bye"], {"gname": ("s", "PERSON", buyer.greeting_name(formal=r.random() < 0.3))})
    d.t("\n\n")
    if shop:
        d.k("COMPANY", co[0]).t(" · ").k("HOTLINE", co[3]).t(" · ").k(
            "ROLE_EMAIL", v.role_email(r, co[1])
        ).t("\n")
    else:
        fill(
            d,
            P["sign"],
            {"name": ("s", "PERSON", sh), "since": ("", "", str(r.randint(2012, 2024)))},
        )
        d.t("\n")


# ---- 3 GEDCOM family tree -------------------------------------------------------------------------


def gedcom_export(r: random.Random, d: Doc, c: str, lang: str) -> None:
    me = v.person(r, c)
    d.t(f"0 HEAD\n1 SOUR {r.choice(['GRAMPS', 'MYHERITAGE', 'FTM'])}\n2 VERS ").k(
        "VERSION", v.version(r)
    )
    d.t("\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n1 DATE ").k(
        "OTHER_DATE", ged_date(v.some_date(r))
    )
    d.t("\n")
    gp = v.person(r, c, dt.date(1905, 1, 1) + dt.timedelta(days=r.randrange(365 * 35)))
    people = [(me, True), (gp, False)]
    if r.random() < 0.6:
        people.append((v.child(r, me), True))
    for i, (p, living) in enumerate(people, 1):
        given = f"{p.given} {p.patr}".strip()
        d.t(f"0 @I{i}@ INDI\n1 NAME ").s("PERSON", f"{given} /{p.family}/").t("\n2 GIVN ").s(
            "PERSON", given
        )
        d.t("\n2 SURN ").s("PERSON", p.family).t(
            f"\n1 SEX {'M' if p.male else 'F'}\n1 BIRT\n2 DATE "
        )
        born = p.born
        d.s("DATE_OF_BIRTH", ged_date(born)).t("\n2 PLAC ").k("TOWN_ALONE", v.town_alone(r, c)).t(
            "\n"
        )
        if not living:
            died = min(
                born + dt.timedelta(days=r.randint(60 * 365, 90 * 365)), dt.date(2024, 12, 31)
            )
            d.t("1 DEAT\n2 DATE ").k("OTHER_DATE", ged_date(died)).t("\n2 PLAC ").k(
                "TOWN_ALONE", v.town_alone(r, c)
            )
            d.t("\n")
        elif i == 1:
            d.t("1 RESI\n2 ADDR ").s("ADDRESS", v.address(r, c)).t("\n")
            if r.random() < 0.7:
                d.t("1 EMAIL ").s("EMAIL", v.email(r, p)).t("\n")
            if r.random() < 0.6:
                d.t("1 PHON ").s("PHONE", v.phone(r, c)).t("\n")
        d.t("1 _UID ").k("UUID", v.hexs(r, 32).upper()).t("\n1 CHAN\n2 DATE ").k(
            "OTHER_DATE", ged_date(v.some_date(r))
        )
        d.t("\n")
    if r.random() < 0.5:
        f_name, f_date = v.famous(r, c, lang)
        d.t("0 @N1@ NOTE Family legend says we are related to ").k("FAMOUS_PERSON", f_name).t(
            " (born "
        )
        d.k("FAMOUS_BIRTH_DATE", f_date).t(").\n")
    d.t("0 TRLR\n")


# ---- 4 SEPA credit transfer (pain.001) -------------------------------------------------------------

BICS = {
    "LV": ["HABALV22", "UNLALV2X", "RIKOLV2X", "PARXLV22"],
    "FI": ["NDEAFIHH", "OKOYFIHH", "DABAFIHH"],
    "MT": ["VALLMTMT", "MMEBMTMT", "APSBMTMT"],
}


def sepa_xml(r: random.Random, d: Doc, c: str, lang: str) -> None:
    assert c in BICS, "SEPA layout for SEPA countries only"
    co = v.company(r, c)
    ts = v.timestamp(r)
    d.t(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">\n'
    )
    d.t("  <CstmrCdtTrfInitn>\n    <GrpHdr>\n      <MsgId>").k("TXN_REF", f"MSG{v.num(r, 12)}").t(
        "</MsgId>\n"
    )
    d.t("      <CreDtTm>").k("TIMESTAMP", ts[:-1]).t("</CreDtTm>\n      <InitgPty><Nm>").k(
        "COMPANY", co[0]
    )
    d.t("</Nm></InitgPty>\n    </GrpHdr>\n    <PmtInf>\n      <ReqdExctnDt>")
    d.k("OTHER_DATE", v.some_date(r).isoformat()).t("</ReqdExctnDt>\n      <Dbtr><Nm>").k(
        "COMPANY", co[0]
    )
    d.t("</Nm></Dbtr>\n      <DbtrAcct><Id><IBAN>").k("ORG_IBAN", v.iban(r, c, grouped=False))
    d.t(
        f"</IBAN></Id></DbtrAcct>\n      <DbtrAgt><FinInstnId><BIC>{r.choice(BICS[c])}</BIC></FinInstnId></DbtrAgt>\n"
    )
    for _ in range(r.randint(1, 3)):
        p = v.person(r, c)
        d.t("      <CdtTrfTxInf>\n        <PmtId><EndToEndId>").k("TXN_REF", f"E2E-{v.num(r, 10)}")
        d.t(
            f'</EndToEndId></PmtId>\n        <Amt><InstdAmt Ccy="EUR">{r.randint(20, 4000)}.{r.randint(0, 99):02d}'
        )
        d.t("</InstdAmt></Amt>\n        <Cdtr>\n          <Nm>").s(
            "PERSON", r.choice([p.full(), p.official().upper()])
        )
        d.t("</Nm>\n          <PstlAdr>\n")
        st, bldg, pc, town = address_parts(r, c)
        if r.random() < 0.5:
            d.t("            <StrtNm>").s("ADDRESS", st).t("</StrtNm>\n            <BldgNb>").s(
                "ADDRESS", bldg
            )
            d.t("</BldgNb>\n            <PstCd>").s("ADDRESS", pc).t(
                "</PstCd>\n            <TwnNm>"
            ).s("ADDRESS", town)
            d.t(f"</TwnNm>\n            <Ctry>{c}</Ctry>\n")
        else:
            d.t(f"            <Ctry>{c}</Ctry>\n            <AdrLine>").s("ADDRESS", f"{st} {bldg}")
            d.t("</AdrLine>\n            <AdrLine>").s(
                "ADDRESS", f"{pc} {town}" if c != "LV" else f"{town}, {pc}"
            )
            d.t("</AdrLine>\n")
        d.t("          </PstlAdr>\n        </Cdtr>\n        <CdtrAcct><Id><IBAN>").s(
            "IBAN", v.iban(r, c, grouped=False)
        )
        d.t("</IBAN></Id></CdtrAcct>\n        <RmtInf><Ustrd>")
        d.t(r.choice(["Refund ", "Payroll ", "Claim "])).k(
            "INVOICE_NO", f"{r.randint(2024, 2026)}/{v.num(r, 5)}"
        )
        d.t("</Ustrd></RmtInf>\n      </CdtTrfTxInf>\n")
    if r.random() < 0.5:
        other = v.company(r, c)
        d.t("      <CdtTrfTxInf>\n        <Cdtr><Nm>").k("COMPANY", other[0]).t(
            "</Nm><PstlAdr><AdrLine>"
        )
        d.k("COMPANY_ADDRESS", other[2]).t(
            "</AdrLine></PstlAdr></Cdtr>\n        <CdtrAcct><Id><IBAN>"
        )
        d.k("ORG_IBAN", v.iban(r, c, grouped=False)).t(
            "</IBAN></Id></CdtrAcct>\n      </CdtTrfTxInf>\n"
        )
    d.t("    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>\n")


# ---- 5 SOAP request to a registry or insurer -------------------------------------------------------


def soap_payload(r: random.Random, d: Doc, c: str, lang: str) -> None:
    p = v.person(r, c)
    co = v.company(r, c)
    ns = r.choice(["reg", "ins", "tns", "ns2"])
    d.t('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ')
    d.t(
        f'xmlns:{ns}="urn:{co[1]}:registry:v{r.randint(1, 4)}">\n  <soapenv:Header>\n    <wsse:Security>\n'
    )
    d.t(
        f"      <wsse:UsernameToken>\n        <wsse:Username>svc_{co[1].split('.')[0].replace('-', '_')}"
    )
    d.t("</wsse:Username>\n        <wsse:Password>")
    if r.random() < 0.6:
        d.s("SECRET", v.password(r) if r.random() < 0.7 else v.secret(r))
    else:
        d.k("PLACEHOLDER_SECRET", v.placeholder(r))
    d.t("</wsse:Password>\n      </wsse:UsernameToken>\n      <wsu:Created>").k(
        "TIMESTAMP", v.timestamp(r)
    )
    d.t(f"</wsu:Created>\n    </wsse:Security>\n    <{ns}:RequestId>").k("UUID", v.uuid(r))
    d.t(f"</{ns}:RequestId>\n  </soapenv:Header>\n  <soapenv:Body>\n    <{ns}:SubmitApplication>\n")
    d.t(f"      <{ns}:Applicant>\n")
    fields = [("LastName", "PERSON", p.family), ("FirstName", "PERSON", p.given)]
    if p.patr:
        fields.append(("MiddleName", "PERSON", p.patr))
    idtag = {
        "UA": "Rnokpp",
        "KZ": "Iin",
        "IL": "TeudatZehut",
        "LV": "PersonasKods",
        "FI": "Hetu",
        "MT": "IdCardNo",
    }[c]
    fields += [
        ("BirthDate", "DATE_OF_BIRTH", p.born.isoformat()),
        (idtag, "NATIONAL_ID", v.national_id(r, p)),
        ("Phone", "PHONE", v.phone(r, c)),
        ("Email", "EMAIL", v.email(r, p)),
    ]
    if r.random() < 0.6:
        fields.append(("Address", "ADDRESS", v.address(r, c)))
    if r.random() < 0.5:
        fields.append(("Iban", "IBAN", v.iban(r, c, grouped=False)))
    if r.random() < 0.3:
        fields.append(("CardNumber", "CARD", v.card(r, c)))
    named = 3 if p.patr else 2
    rest = fields[named:]
    r.shuffle(rest)
    fields = fields[:named] + rest
    for tag, kind, val in fields:
        d.t(f"        <{ns}:{tag}>").s(kind, val).t(f"</{ns}:{tag}>\n")
    d.t(f"      </{ns}:Applicant>\n")
    if r.random() < 0.5 and c != "MT":
        d.t(f"      <{ns}:PreviousAttempt>\n        <{ns}:{idtag}>").k(
            "ID_BAD_CHECK", v.id_twin(r, p)
        )
        d.t(
            f"</{ns}:{idtag}>\n        <{ns}:Status>REJECTED_CHECKSUM</{ns}:Status>\n      </{ns}:PreviousAttempt>\n"
        )
    d.t(f"      <{ns}:Agency>").k("COMPANY", co[0]).t(f"</{ns}:Agency>\n      <{ns}:AgencyAddress>")
    d.k("COMPANY_ADDRESS", co[2]).t(f"</{ns}:AgencyAddress>\n      <{ns}:ClientIp>").s(
        "IP_ADDRESS", v.ip(r)
    )
    d.t(f"</{ns}:ClientIp>\n      <{ns}:Gateway>").k("PRIVATE_IP", v.private_ip(r)).t(
        f"</{ns}:Gateway>\n"
    )
    d.t(f"      <{ns}:SchemaVersion>").k("VERSION", v.version(r)).t(f"</{ns}:SchemaVersion>\n")
    d.t(f"    </{ns}:SubmitApplication>\n  </soapenv:Body>\n</soapenv:Envelope>\n")


# ---- 6 LDAP directory export ----------------------------------------------------------------------


def ldif_export(r: random.Random, d: Doc, c: str, lang: str) -> None:
    co = v.company(r, c)
    dc = ",".join(f"dc={x}" for x in co[1].split("."))
    d.t(f"# export of ou=people,{dc} ").k("TIMESTAMP", v.timestamp(r)).t("\nversion: 1\n")
    for _ in range(r.randint(1, 3)):
        p = v.person(r, c)
        g, f = p.lat_given, p.lat_family
        d.t(f"\ndn: uid=u{v.num(r, 5)},ou=people,{dc}\nobjectClass: inetOrgPerson\ncn: ").s(
            "PERSON", f"{g} {f}"
        )
        d.t("\nsn: ").s("PERSON", f).t("\ngivenName: ").s("PERSON", g).t("\n")
        if r.random() < 0.5:
            d.t("displayName: ").s("PERSON", f"{f.upper()} {g}").t("\n")
        loc = f"{g[0]}.{f}".lower().replace("'", "")
        d.t("mail: ").s("EMAIL", f"{loc}@{co[1]}").t("\nmobile: ").s("PHONE", v.phone(r, c)).t("\n")
        if c != "IL" and r.random() < 0.6:
            addr = pp.latin(c, v.address(r, c, block=True)).replace("\n", "$")
            d.t("homePostalAddress: ").s("ADDRESS", addr).t("\n")
        d.t("employeeNumber: ").k("EMPLOYEE_NO", v.num(r, 6)).t("\n")
        if r.random() < 0.5:
            d.t("userPassword: ").s("SECRET", v.password(r)).t("\n")
        else:
            d.t("userPassword: ").k(
                "HASH", "{SSHA}" + v._rand(r, 32, string.ascii_letters + string.digits + "+/")
            )
            d.t("\n")
        d.t("description: start ").k("OTHER_DATE", v.some_date(r, 2015, 10).isoformat()).t("\n")
    d.t(f"\ndn: cn=helpdesk,ou=roles,{dc}\nobjectClass: organizationalRole\ncn: helpdesk\nmail: ")
    d.k("ROLE_EMAIL", v.role_email(r, co[1])).t("\ntelephoneNumber: ").k("HOTLINE", co[3]).t("\n")
    if c != "IL":
        d.t("postalAddress: ").k("COMPANY_ADDRESS", pp.latin(c, co[2]).replace(", ", "$", 1)).t(
            "\n"
        )


# ---- 7 laboratory report --------------------------------------------------------------------------


def lab_report(r: random.Random, d: Doc, c: str, lang: str) -> None:
    L, B = pp.L[lang], ph.LAB[lang]
    p, doc = v.person(r, c), v.person(r, c)
    co = v.company(r, c, medical=True)
    d.k("COMPANY", co[0]).t(f" — {B['title']}\n").k("COMPANY_ADDRESS", co[2]).t(" · ").k(
        "HOTLINE", co[3]
    ).t(" · ")
    d.k("ROLE_EMAIL", v.role_email(r, co[1])).t("\n")
    if r.random() < 0.5:
        fill(d, ph.DIRECTIONS[lang], {"street": ("k", "STREET_ALONE", v.street_alone(r, c))})
        d.t("\n")
    d.t("\n")
    d.t(f"{L['patient']}: ").s("PERSON", name_form(r, p)).t(f"\n{L['dob']}: ").s(
        "DATE_OF_BIRTH", v.date_text(lang, p.born, r)
    )
    d.t(f"    {L['id']}: ").s("NATIONAL_ID", v.national_id(r, p)).t("\n")
    if r.random() < 0.6:
        d.t(f"{L['phone']}: ").s("PHONE", v.phone(r, c)).t("\n")
    taken = v.some_date(r, 2026, 1)
    d.t(f"{B['sample']} ").k("RECORD_NO", v.num(r, 10)).t(f"    {B['taken']}: ").k(
        "OTHER_DATE", v.date_text(lang, taken, r)
    )
    d.t(f" {r.randint(7, 11):02d}:{r.randint(0, 59):02d}\n{B['ref']}: {ph.DR[lang]} ").s(
        "PERSON", name_form(r, doc)
    ).t("\n\n")
    d.t(
        f"{B['unit']}\nHGB   {r.randint(110, 170)} g/L   130–170\nWBC   {r.randint(35, 110) / 10} 10^9/L   4.0–9.0\n"
    )
    d.t(f"GLU   {r.randint(38, 80) / 10} mmol/L   3.9–5.5\nCRP   <5 mg/L   0–5\nLIS ").k(
        "UUID", v.uuid(r)
    )
    d.t(f"\n\n{B['note']}\n")
    if r.random() < 0.3:
        kid = v.child(r, p)
        d.t(f"\n+ {L['patient']}: ").s("PERSON", name_form(r, kid)).t(f", {L['dob']} ")
        d.s("DATE_OF_BIRTH", v.date_text(lang, kid.born, r)).t(f" — {B['sample']} ").k(
            "RECORD_NO", v.num(r, 10)
        ).t("\n")


# ---- 8 password-manager export (Bitwarden CSV) -----------------------------------------------------


def vault_export(r: random.Random, d: Doc, c: str, lang: str) -> None:
    L = pp.L[lang]
    p = v.person(r, c)
    co = v.company(r, c)
    d.t(
        "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
    )
    rows = ["bank", "work", "router", "template", "identity", "card", "cloud", "wifi"]
    r.shuffle(rows)
    for row in rows[: r.randint(4, 7)]:
        if row == "bank":
            d.t("Finance,1,login,Internetbank,,,0,https://ib.bank.example,")
            pick = r.random()
            if pick < 0.4:
                d.s("NATIONAL_ID", v.national_id(r, p))
            elif pick < 0.7:
                d.s("EMAIL", v.email(r, p))
            else:
                d.s("PHONE", v.phone(r, c))
            d.t(",").s("SECRET", v.password(r)).t(",").s("SECRET", v.totp_seed(r)).t("\n")
        elif row == "work":
            d.t(f"Work,0,login,{co[1]},,,0,https://mail.{co[1]},").s(
                "EMAIL", v.email(r, p).split("@")[0] + "@" + co[1]
            )
            d.t(",").s("SECRET", v.password(r)).t(",\n")
        elif row == "router":
            d.t("Home,0,login,Router,,,0,http://").k("PRIVATE_IP", "192.168.1.1").t(",admin,").s(
                "SECRET", v.password(r)
            )
            d.t(",\n")
        elif row == "template":
            d.t("Imported,0,login,Example,,,0,https://example.com,user@example.com,").k(
                "PLACEHOLDER_SECRET", v.placeholder(r)
            )
            d.t(",\n")
        elif row == "identity":
            d.t('Personal,0,identity,Passport data,"').s("PERSON", p.official()).t(
                f"\n{L['dob']}: "
            )
            d.s("DATE_OF_BIRTH", v.date_text(lang, p.born, r)).t(f"\n{L['id']}: ").s(
                "NATIONAL_ID", v.national_id(r, p)
            )
            d.t(f"\n{L['addr']}: ").s("ADDRESS", v.address(r, c).replace('"', "")).t('",,0,,,,\n')
        elif row == "card":
            exp = f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"
            d.t('Finance,0,card,Visa,"').s("CARD", v.card(r, c)).t("\nexp ").k("CARD_EXPIRY", exp)
            if r.random() < 0.5:
                d.t("\nold gift card ").k("CARD_BAD_LUHN", v.card_twin(r))
            d.t('",,0,,,,\n')
        elif row == "cloud":
            d.t('Dev,0,note,AWS deploy,"access key ').s(
                "SECRET", "AKIA" + v._rand(r, 16, string.ascii_uppercase + "234567")
            )
            d.t("\nsecret ").s(
                "SECRET", v._rand(r, 40, string.ascii_letters + string.digits + "/+")
            )
            d.t("\nsample key in docs ").k("PLACEHOLDER_SECRET", "AKIAIOSFODNN7EXAMPLE").t(
                '",,0,,,,\n'
            )
        else:
            d.t(f'Home,0,note,Wi-Fi,"SSID {p.lat_family.upper()}_5G\nkey ').s(
                "SECRET", v.password(r)
            ).t('",,0,,,,\n')


# ---- 9 doctor's referral letter -------------------------------------------------------------------


def referral_letter(r: random.Random, d: Doc, c: str, lang: str) -> None:
    L = pp.L[lang]
    title, body = ph.REFERRAL[lang]
    p, doc = v.person(r, c), v.person(r, c)
    co = v.company(r, c, medical=True)
    d.k("COMPANY", co[0]).t("\n").k("COMPANY_ADDRESS", co[2]).t("\n").k("HOTLINE", co[3]).t("\n")
    if r.random() < 0.4:
        fill(d, ph.DIRECTIONS[lang], {"street": ("k", "STREET_ALONE", v.street_alone(r, c))})
        d.t("\n")
    d.t("\n")
    d.t(f"{title}    ").k("OTHER_DATE", v.date_text(lang, v.some_date(r, 2026, 1), r)).t("\n\n")
    d.t(f"{L['patient']}: ").s("PERSON", p.official()).t(f"\n{L['id']}: ").s(
        "NATIONAL_ID", v.national_id(r, p)
    )
    d.t(f"\n{L['addr']}: ").s("ADDRESS", v.address(r, c, block=r.random() < 0.4)).t(
        f"\n{L['phone']}: "
    )
    d.s("PHONE", v.phone(r, c)).t("\n\n")
    spec = v.person(r, c)
    _greet(d, lang, spec)
    fill(
        d,
        body,
        {
            "pname": ("s", "PERSON", name_form(r, p)),
            # the Ukrainian template writes "р. н." after the date itself
            "dob": (
                "s",
                "DATE_OF_BIRTH",
                f"{p.born:%d.%m.%Y}" if lang == "uk" else v.date_text(lang, p.born, r),
            ),
            "to": ("", "", ph.SPECIALIST[lang]),
            "reason": ("", "", ph.REASON[lang]),
            "clinic_mail": ("k", "ROLE_EMAIL", v.role_email(r, co[1])),
        },
    )
    d.t("\nICD-10: ").k("ICD_CODE", r.choice(["I20.8", "R06.0", "I10", "R07.4"])).t("\n\n")
    d.t(f"{L['bye']},\n{ph.DR[lang]} ").s("PERSON", name_form(r, doc)).t(" · ").k(
        "BADGE_NO", v.num(r, 6)
    ).t("\n")


def _greet(d: Doc, lang: str, p: Person) -> None:
    """The salutation to the specialist, as each language writes it (vocative where there is one)."""
    L = pp.L[lang]
    if lang in ("uk", "ru"):
        d.t(f"{L['dear_m'] if p.male else L['dear_f']} ").s("PERSON", p.greeting_name()).t(",\n")
    elif lang == "lv":
        d.t("Labdien, ").s("PERSON", p.greeting_name()).t("!\n")
    elif lang == "fi":
        d.t("Hei ").s("PERSON", p.given).t(",\n")
    elif lang in ("mt", "en"):
        d.t(f"{L['dear_m'] if p.male else L['dear_f']} Dr ").s("PERSON", p.family).t(",\n")
    else:
        d.t('לכבוד ד"ר ').s("PERSON", p.full()).t(",\n")


# ---- 10 issue-tracker Markdown table -----------------------------------------------------------------


def gh_issue_table(r: random.Random, d: Doc, c: str, lang: str) -> None:
    rep = v.person(r, c)
    d.t(f"### {r.choice(ph.ISSUE_INTRO)}\n\nReported by ").s(
        "PERSON", f"{rep.lat_given} {rep.lat_family}"
    )
    d.t(" · importer ").k("VERSION", "v" + v.version(r)).t(" (").k(
        "GIT_SHA", v.hexs(r, r.choice([7, 12, 40]))
    )
    d.t(")\nstaging db ").k("PRIVATE_IP", v.private_ip(r)).t(", resolver ").k(
        "PUBLIC_SERVER_IP", v.public_server_ip(r)
    )
    d.t(", fixture host ").k("DOC_IP", v.doc_ip(r)).t(
        "\n\n| id | name | dob | phone | email | last_ip | iban | status |\n"
    )
    d.t("|---|---|---|---|---|---|---|---|\n")
    for _ in range(r.randint(2, 4)):
        p = v.person(r, c)
        bad = r.random() < 0.35
        d.t(f"| {v.num(r, 5)} | ").s("PERSON", r.choice([p.full(), p.official()])).t(" | ")
        d.s("DATE_OF_BIRTH", r.choice([p.born.isoformat(), v.date_text(lang, p.born, r)])).t(" | ")
        d.s("PHONE", v.phone(r, c)).t(" | ").s("EMAIL", v.email(r, p)).t(" | ")
        if r.random() < 0.75:
            d.s("IP_ADDRESS", v.ip(r)).t(" | ")
        else:
            d.k("DOC_IP", v.doc_ip(r)).t(" | ")
        if bad:
            d.k("IBAN_BAD_CHECK", v.iban_twin(r, c)).t(" | rejected: checksum |\n")
        else:
            d.s("IBAN", v.iban(r, c)).t(" | ok |\n")
    d.t('\n```\nTraceback (most recent call last):\n  File "/srv/importer/rows.py", line ')
    d.t(f"{r.randint(40, 400)}, in parse_row\nValueError: checksum mismatch for ")
    if c == "MT":
        d.t("IBAN ").k("IBAN_BAD_CHECK", v.iban_twin(r, c))
    else:
        d.t("id ").k("ID_BAD_CHECK", v.id_twin(r, rep))
    d.t("\n```\ntrace ").k("TRACE_ID", v.hexs(r, 32)).t(" · sha256 of the file ").k(
        "HASH", v.hexs(r, 64)
    ).t("\n")


# ---- 11 OCR'd form with broken spacing ------------------------------------------------------------


def _ocr(r: random.Random, s: str, rate: float) -> str:
    """Scanner spacing: spaces dropped after a word or put inside one."""
    out = []
    for ch in s:
        if ch == " " and r.random() < rate:
            continue
        out.append(ch)
        if ch.isalpha() and r.random() < rate / 4:
            out.append(" ")
    return "".join(out).strip()


def ocr_spaced(r: random.Random, d: Doc, c: str, lang: str) -> None:
    L = pp.L[lang]
    p = v.person(r, c)
    co = v.company(r, c)
    rate = r.choice([0.15, 0.3, 0.5])

    def lab(key: str) -> None:
        d.t(_ocr(r, L[key] + ":", rate) + r.choice([" ", "", "  "]))

    d.k("COMPANY", co[0]).t("  " + _ocr(r, "F-" + v.num(r, 3), 0) + "\n")
    lab("family")
    d.s("PERSON", _ocr(r, p.family, rate)).t("\n")
    lab("given")
    d.s("PERSON", _ocr(r, p.given, rate)).t("\n")
    if p.patr:
        lab("patr")
        d.s("PERSON", _ocr(r, p.patr, rate)).t("\n")
    lab("dob")
    d.s("DATE_OF_BIRTH", _ocr(r, v.date_text(lang, p.born, r), rate)).t("\n")
    lab("id")
    d.s("NATIONAL_ID", v.national_id(r, p)).t("\n")
    lab("addr")
    d.s("ADDRESS", _ocr(r, v.address(r, c), rate)).t("\n")
    lab("phone")
    d.s("PHONE", _ocr(r, v.phone(r, c), rate)).t("\n")
    lab("iban")
    d.s("IBAN", _ocr(r, v.iban(r, c, grouped=True), rate)).t("\n")
    d.t("\n" + _ocr(r, co[0], rate / 2) + " · ").k("COMPANY_ADDRESS", _ocr(r, co[2], rate)).t(" · ")
    d.k("HOTLINE", co[3]).t("\n")
    d.k("OTHER_DATE", v.date_text(lang, v.some_date(r), r)).t("   ____________\n")


# ---- 12 community notice in prose ----------------------------------------------------------------------


def event_notice(r: random.Random, d: Doc, c: str, lang: str) -> None:
    f_name, f_date = v.famous(r, c, lang)
    co = v.company(r, c)
    p = v.person(r, c)
    fill(
        d,
        ph.NOTICE[lang],
        {
            "famous": ("k", "FAMOUS_PERSON", f_name),
            "fdate": ("k", "FAMOUS_BIRTH_DATE", f_date),
            "street": ("k", "STREET_ALONE", v.street_alone(r, c)),
            "company": ("k", "COMPANY", co[0]),
            "coaddr": ("k", "COMPANY_ADDRESS", co[2]),
            "hotline": ("k", "HOTLINE", co[3]),
            "name": ("s", "PERSON", name_form(r, p, formal=False)),
            "phone": ("s", "PHONE", v.phone(r, c)),
        },
    )
    d.t("\n")
    if r.random() < 0.4:
        d.t("\n").k("TOWN_ALONE", v.town_alone(r, c)).t(", ").k(
            "OTHER_DATE", v.date_text(lang, v.some_date(r), r)
        )
        d.t("\n")


LAYOUTS = {
    "bcbp_boarding": bcbp_boarding,
    "marketplace_chat": marketplace_chat,
    "gedcom_export": gedcom_export,
    "sepa_xml": sepa_xml,
    "soap_payload": soap_payload,
    "ldif_export": ldif_export,
    "lab_report": lab_report,
    "vault_export": vault_export,
    "referral_letter": referral_letter,
    "gh_issue_table": gh_issue_table,
    "ocr_spaced": ocr_spaced,
    "event_notice": event_notice,
}
