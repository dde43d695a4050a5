"""The fourteen paste layouts of PII hold-out 19, each written as the tool that makes it writes it.

Every layout takes a drawn `Case` and a `Doc` and writes the same story in its own syntax and
escaping: Org-mode, AsciiDoc, TOML, Java .properties, syslog, HL7 v2, EDIFACT IFTMIN, SWIFT MT103,
PowerShell Format-List, mongosh output, Rails console, PHP var_dump, Telegram Desktop copy and raw
e-mail source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import h19p_words as words
from h19p_case import Case, Doc, Value, ascii_fold, flat, look, new_uuid, plain, span


@dataclass
class Field:
    """One record field: an identifier key, a human label and the value."""

    key: str
    label: str
    value: Value
    role: str = ""


# ---------------------------------------------------------------- the story as fields


def subject_fields(case: Case, dob_style: str = "local", split_town: bool = False) -> list[Field]:
    """The person the record is about."""
    s, lab, k = case.subject, case.labels, case.key
    out: list[Field] = []
    if case.rng.random() < 0.5:
        out += [
            Field(k("given_name", lab["given"]), lab["given"], case.name(s, "given")),
            Field(k("family_name", lab["family"]), lab["family"], span(s.family, "PERSON")),
        ]
    else:
        form = case.rng.choice(["full", "full", "upper", "comma"])
        out.append(Field(k("name", lab["name"]), lab["name"], case.name(s, form)))
    dob = case.local_date(s) if dob_style == "local" else case.dob(s, dob_style)
    out.append(Field(k("date_of_birth", lab["dob"]), lab["dob"], dob))
    out.append(Field(k("street", lab["street"]), lab["street"], case.street(s), "street"))
    if split_town:
        out.append(Field(k("postcode", "plz" if case.lang == "de" else ""), "PLZ", case.postcode(s), "postcode"))  # fmt: skip
        out.append(Field(k("city", ""), "Ort", plain(s.town), "city"))
    else:
        out.append(Field(k("town", lab["town"]), lab["town"], case.town(s)))
    out.append(Field(k("mobile", lab["phone"]), lab["phone"], span(s.phone, "PHONE")))
    if case.rng.random() < 0.5:
        out.append(Field(k("phone_home", ""), lab["phone"] + " 2", span(s.mobile, "PHONE")))
    out.append(Field(k("email", lab["email"]), lab["email"], span(s.email, "EMAIL")))
    if s.national_id:
        out.append(Field(k("national_id", case.id_label()), case.id_label(), span(s.national_id, "NATIONAL_ID")))  # fmt: skip
    key = "iban" if s.pay_kind == "IBAN" else "card_number"
    out.append(Field(k(key, lab["iban" if key == "iban" else "card"]), lab["iban" if key == "iban" else "card"], case.pay(s)))  # fmt: skip
    return out


def other_fields(case: Case, dob_style: str = "local") -> list[Field]:
    """The emergency contact, and in a kindergarten record the child with its birth date."""
    o, lab, k = case.other, case.labels, case.key
    out = [
        Field(
            k("contact_name", lab["contact"]),
            lab["contact"],
            case.name(o, case.rng.choice(["full", "given", "initial"])),
        ),  # fmt: skip
        Field(k("contact_phone", lab["cphone"]), lab["cphone"], span(o.phone, "PHONE")),
    ]
    if case.child:
        c = case.child
        dob = case.local_date(c) if dob_style == "local" else case.dob(c, dob_style)
        out += [
            Field(k("child_name", lab["child"]), lab["child"], case.name(c, "full")),
            Field(k("child_date_of_birth", ""), lab["child"] + " – " + lab["dob"], dob),
        ]
    return out


def staff_fields(case: Case) -> list[Field]:
    """The colleague who handles the record."""
    lab, k = case.labels, case.key
    return [
        Field(k("handled_by", lab["staff"]), lab["staff"], case.name(case.staff, "full")),
        Field(k("handler_email", ""), lab["email"], span(case.staff.email, "EMAIL")),
    ]


def company_fields(case: Case) -> list[Field]:
    """The business: its name, address, tax number, hotline, mailbox and account, all kept."""
    co, lab, k = case.company, case.labels, case.key
    out = [
        Field(k("company", lab["company"]), lab["company"], case.company_name()),
        Field(k("company_street", ""), lab["street"], case.company_street()),
        Field(k("company_town", ""), lab["town"], case.company_town()),
    ]
    if co.vat:
        out.append(Field(k("vat_id", lab["vat"]), lab["vat"], look(co.vat, "COMPANY_TAX_ID")))
    if co.hotline:
        out.append(Field(k("hotline", lab["hotline"]), lab["hotline"], look(co.hotline, "HOTLINE")))
    out.append(Field(k("support_email", lab["support"]), lab["support"], look(co.role_email, "ROLE_EMAIL")))  # fmt: skip
    if co.iban and case.rng.random() < 0.5:
        out.append(Field(k("creditor_iban", ""), "IBAN", look(co.iban, "COMPANY_IBAN")))
    return out


def ref_fields(case: Case, ts_style: str = "iso") -> list[Field]:
    """The setting's numbers, the record's creation time and the appointment date."""
    lab, k = case.labels, case.key
    out = [
        Field(key, kind.replace("_", " ").title(), look(val, kind)) for kind, key, val in case.refs
    ]
    out.append(Field(k("created_at", lab["created"]), lab["created"], look(case.timestamp(0, ts_style), "TIMESTAMP")))  # fmt: skip
    out.append(Field(k("appointment", lab["date"]), lab["date"], look(case.date_text(case.appointment, "local"), "OTHER_DATE")))  # fmt: skip
    return out


def tech_fields(case: Case) -> list[Field]:
    """What an integration keeps beside the record: a login IP, a key, and kept look-alikes."""
    out = [
        Field("last_login_ip", "IP", span(case.ip, "IP_ADDRESS")),
        Field("api_token", "Token", span(case.secret, "SECRET")),
        Field("smtp_password", "SMTP", look(case.placeholder, "PLACEHOLDER_SECRET")),
        Field("internal_host", "Host", look(case.private_ip, "PRIVATE_IP")),
        Field("docs_example_ip", "Example IP", look(case.doc_ip, "DOC_IP")),
    ]
    out += [Field(key, key, look(text, kind)) for kind, key, text in case.twins + case.extras]
    return out


def all_sections(case: Case, dob_style: str = "local", split_town: bool = False, ts_style: str = "iso") -> list[tuple[str, list[Field]]]:  # fmt: skip
    """The record in five sections, as most exports group it."""
    return [
        (words.SUBJECT[case.setting], subject_fields(case, dob_style, split_town)),
        ("contact", other_fields(case, dob_style)),
        ("company", company_fields(case) + staff_fields(case)),
        ("reference", ref_fields(case, ts_style)),
        ("integration", tech_fields(case)),
    ]


# ---------------------------------------------------------------- escapes


def esc_toml(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def esc_single(s: str) -> str:
    return s.replace("\\", "\\\\").replace("'", "\\'")


def esc_ruby(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def esc_props_ascii(s: str) -> str:
    """native2ascii: every character beyond ASCII as a \\uXXXX escape."""
    return "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in s)


def esc_hl7(s: str) -> str:
    table = {"\\": "\\E\\", "|": "\\F\\", "^": "\\S\\", "&": "\\T\\", "~": "\\R\\"}
    return "".join(table.get(c, c) for c in s)


def esc_edi(s: str) -> str:
    """EDIFACT release character before + : ' ?"""
    return "".join("?" + c if c in "+:'?" else c for c in s)


def q_word(s: str) -> str:
    """RFC 2047 Q encoding of a header phrase, only when it holds non-ASCII."""
    if s.isascii():
        return s
    out = []
    for byte in s.encode("utf-8"):
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "=?UTF-8?Q?" + "".join(out) + "?="


def upper_ascii(s: str) -> str:
    return ascii_fold(s).upper()


# ---------------------------------------------------------------- layouts


def org_mode(doc: Doc, case: Case) -> None:
    """An Org-mode heading with a properties drawer, a contacts table and a logbook."""
    subj = words.SUBJECT[case.setting]
    ref_kind, _, ref_val = case.refs[0]
    doc.line(f"#+TITLE: {words.SETTINGS[case.setting][case.lang]} ", look(ref_val, ref_kind))
    doc.line("#+DATE: ", look(case.created.strftime("<%Y-%m-%d %a>"), "TIMESTAMP"))
    doc.line("* TODO ", case.name(case.subject, "full"), f" :{subj}:")
    doc.line("  :PROPERTIES:")
    for f in subject_fields(case) + ref_fields(case)[1:]:
        doc.line(f"  :{f.key.upper()}: ", f.value)
    doc.line("  :END:")
    doc.line("** ", plain(case.labels["contact"]))
    rows = other_fields(case) + staff_fields(case)
    doc.line("| Feld | Wert |" if case.lang == "de" else "| Field | Value |")
    doc.line("|------+------|")
    for f in rows:
        doc.line(f"| {f.label} | ", f.value, " |")
    doc.line("** ", plain(case.labels["company"]))
    for f in company_fields(case):
        doc.line(f"- {f.label} :: ", f.value)
    doc.line("** Log")
    doc.line('- State "DONE"       from "TODO"       ', look(case.timestamp(3, "[%Y-%m-%d %a %H:%M]"), "TIMESTAMP"))  # fmt: skip
    doc.line(
        "- Note taken on ", look(case.timestamp(5, "[%Y-%m-%d %a %H:%M]"), "TIMESTAMP"), " \\\\"
    )
    doc.line("  ", case.famous_line())
    for f in tech_fields(case)[2:]:
        doc.line(f"  - {f.key}: ", f.value)


def asciidoc(doc: Doc, case: Case) -> None:
    """An AsciiDoc page: header with author line, a labelled list, a table and an admonition."""
    doc.line("= ", case.company_name(), " – ", look(case.refs[0][2], case.refs[0][0]))
    doc.line(case.name(case.staff, "full"), " <", span(case.staff.email, "EMAIL"), ">")
    doc.line(":revdate: ", look(case.created.date().isoformat(), "OTHER_DATE"))
    doc.line(":toc:")
    doc.text("\n")
    doc.line("== ", plain(words.SUBJECT[case.setting].title()))
    doc.text("\n")
    doc.line("[horizontal]")
    for f in subject_fields(case):
        doc.line(f"{f.label}:: ", f.value)
    doc.text("\n")
    doc.line(f"== {case.labels['contact']}")
    doc.text("\n")
    doc.line('[cols="1,2",options="header"]')
    doc.line("|===")
    doc.line("|Feld |Wert" if case.lang == "de" else "|Field |Value")
    for f in other_fields(case) + company_fields(case)[3:] + ref_fields(case):
        doc.line(f"|{f.label} |", f.value)
    doc.line("|===")
    doc.text("\n")
    doc.line("NOTE: ", case.famous_line())
    doc.text("\n")
    doc.line("[source,ini]")
    doc.line("----")
    for f in tech_fields(case):
        doc.line(f"{f.key} = ", f.value)
    doc.line("----")
    doc.line("// ", case.company_street(), ", ", case.company_town())


def toml(doc: Doc, case: Case) -> None:
    """A TOML export: tables per section, TOML local dates unquoted, an inline address table."""
    doc.line("# export ", look(case.timestamp(0), "TIMESTAMP"))
    split = case.rng.random() < 0.5
    for name, fields in all_sections(case, "iso", split):
        doc.text("\n")
        doc.line(f"[{name}]")
        for f in fields:
            if f.value[0][1] == "DATE_OF_BIRTH":
                doc.line(f"{f.key} = ", f.value)
            elif f.role == "street" and split:
                doc.text('address = { street = "')
                doc.put(f.value, esc_toml)
                doc.text('", ')
            elif f.role == "postcode" and split:
                doc.text('postcode = "')
                doc.put(f.value, esc_toml)
                doc.text('", ')
            elif f.role == "city" and split:
                doc.line('city = "', f.value, '" }', esc=esc_toml)
            else:
                doc.line(f'{f.key} = "', f.value, '"', esc=esc_toml)
    doc.text("\n")
    doc.line("# ", case.famous_line())


def java_properties(doc: Doc, case: Case) -> None:
    """A .properties file as Properties.store writes it: date comment, dotted keys, \\u escapes."""
    escape = esc_props_ascii if case.rng.random() < 0.5 else None
    doc.line("#", case.company_name(), " CRM export", esc=escape)
    doc.line("#", look(case.timestamp(0, "%a %b %d %H:%M:%S UTC %Y"), "TIMESTAMP"))
    for name, fields in all_sections(case, case.rng.choice(["iso", "local"])):
        for f in fields:
            key = (
                name + "." + "".join(w.title() if i else w for i, w in enumerate(f.key.split("_")))
            )
            doc.line(f"{key}=", f.value, esc=escape)
    doc.line("# ", case.famous_line(), esc=escape)


def syslog(doc: Doc, case: Case) -> None:
    """Mail-server and application lines (RFC 3164 or RFC 5424) around a profile update."""
    s = case.subject
    rfc5424 = case.rng.random() < 0.4
    host = case.company.domain.split(".")[0][:12]
    pid = case.rng.randint(1000, 32000)
    queue = "".join(case.rng.choice("0123456789ABCDEF") for _ in range(11))

    def head(minute: int, prog: str) -> Value:
        if rfc5424:
            return look(case.timestamp(minute, "%Y-%m-%dT%H:%M:%S.000Z"), "TIMESTAMP") + plain(f" {host} {prog} {pid} - - ")  # fmt: skip
        return look(case.timestamp(minute, "%b %d %H:%M:%S"), "TIMESTAMP") + plain(f" {host} {prog}[{pid}]: ")  # fmt: skip

    pri = "<22>1 " if rfc5424 else ""
    doc.line(
        pri, head(0, "postfix/smtpd"), "connect from unknown[", span(case.ip, "IP_ADDRESS"), "]"
    )
    doc.line(pri, head(0, "postfix/smtpd"), f"{queue}: client=unknown[", span(case.ip, "IP_ADDRESS"), "], sasl_method=LOGIN, sasl_username=", span(s.email, "EMAIL"))  # fmt: skip
    doc.line(pri, head(0, "postfix/qmgr"), f"{queue}: from=<", span(s.email, "EMAIL"), f">, size={case.rng.randint(2000, 90000)}, nrcpt=1 (queue active)")  # fmt: skip
    doc.line(pri, head(1, "postfix/local"), f"{queue}: to=<", look(case.company.role_email, "ROLE_EMAIL"), ">, relay=local, status=sent (delivered to mailbox)")  # fmt: skip
    fields = subject_fields(case, "iso") + other_fields(case, "iso") + ref_fields(case)[:-2]
    parts: list[Value] = []
    for f in fields:
        text = flat(f.value)
        quote = '"' if " " in text or "," in text else ""
        parts.append(plain(f" {f.key}={quote}") + f.value + plain(quote))
    doc.line(pri, head(2, "portal"), "profile_update", *parts)
    doc.line(pri, head(2, "portal"), "assigned handler=\"", case.name(case.staff, "full"), "\" company=\"", case.company_name(), "\"")  # fmt: skip
    doc.line(pri, head(3, "sshd"), "Accepted publickey for deploy from ", look(case.doc_ip, "DOC_IP"), f" port {case.rng.randint(30000, 65000)} ssh2")  # fmt: skip
    doc.line(pri, head(3, "portal"), "WARN config reload smtp_password=", look(case.placeholder, "PLACEHOLDER_SECRET"), " api_token=", span(case.secret, "SECRET"), " backend=", look(case.private_ip, "PRIVATE_IP"))  # fmt: skip
    for kind, key, text in case.twins + case.extras:
        doc.line(pri, head(4, "portal"), f"validation {key}=", look(text, kind))


def hl7_v2(doc: Doc, case: Case) -> None:
    """An HL7 v2.5 ADT^A04 registration: MSH, EVN, PID, NK1, PV1, IN1, DG1 or OBX, NTE."""
    s, o, e = case.subject, case.other, esc_hl7
    ts = case.timestamp(0, "%Y%m%d%H%M%S")
    fac = upper_ascii(case.company.name.split()[0])[:10]
    doc.line("MSH|^~\\&|PRAXIS|", case.company_name(), "|HIS|", plain(fac), "|", look(ts, "TIMESTAMP"), "||ADT^A04^ADT_A01|", look(f"MSG{case.rng.randint(10000, 99999)}", "MESSAGE_ID"), f"|P|2.5.1|||AL|NE|{case.cc}|UNICODE UTF-8", esc=e)  # fmt: skip
    doc.line("EVN|A04|", look(ts, "TIMESTAMP"), esc=e)
    pid_id: list[Value | str] = []
    if s.national_id:
        pid_id = ["~", span(s.national_id, "NATIONAL_ID"), f"^^^{case.cc}^NN"]
    upper = case.rng.random() < 0.5
    fam = s.family.upper() if upper else s.family
    given = s.given.upper() if upper else s.given
    doc.line(
        f"PID|1||{case.rng.randint(100000, 999999)}^^^{fac}^MR", *pid_id, "||",
        span(fam, "PERSON"), "^", span(given, "PERSON"), "^^^^^L||", case.dob(s, "compact"),
        f"|{'F' if s.female else 'M'}|||", case.street(s), "^^", plain(s.town), "^^",
        case.postcode(s), f"^{case.cc}^H||", span(s.phone, "PHONE"), "^PRN^CP~^NET^Internet^",
        span(s.email, "EMAIL"), "~", span(s.mobile, "PHONE"), "^PRN^PH", esc=e,
    )  # fmt: skip
    rel = case.rng.choice(["SPO^Spouse", "MTH^Mother", "FND^Friend"])
    doc.line("NK1|1|", span(o.family, "PERSON"), "^", span(o.given, "PERSON"), f"|{rel}^HL70063||", span(o.phone, "PHONE"), esc=e)  # fmt: skip
    doc.line(f"PV1|1|O|{fac}^^^{fac}||||{case.rng.randint(1000, 9999)}^", span(case.staff.family, "PERSON"), "^", span(case.staff.given, "PERSON"), "^^^Dr.|||||||||||", look(case.refs[-1][2], case.refs[-1][0]), esc=e)  # fmt: skip
    ins = case.company
    doc.line("IN1|1|BASIC|", look(f"{case.rng.randint(100000000, 999999999)}", "INSURER_ID"), "|", case.company_name(), "|", case.company_street(), "^^", plain(ins.town), "^^", look(ins.postcode, "COMPANY_ADDRESS"), "||", look(ins.hotline or ins.role_email, "HOTLINE" if ins.hotline else "ROLE_EMAIL"), esc=e)  # fmt: skip
    if case.setting == "dental_practice":
        doc.line("DG1|1||", look(case.refs[0][2], case.refs[0][0]), "^^I10|||A", esc=e)
        doc.line("PR1|1||", look(case.refs[1][2], case.refs[1][0]), "^^CDT||", look(case.appointment.strftime("%Y%m%d"), "OTHER_DATE"), esc=e)  # fmt: skip
    else:
        doc.line("OBX|1|ST|882-1^ABO+Rh group^LN||", plain(case.rng.choice(["A+", "0-", "B+", "AB+", "0+"])), "|||||F", esc=e)  # fmt: skip
        doc.line("OBX|2|ST|DIN^Donation number^L||", look(case.refs[0][2], case.refs[0][0]), "|||||F", esc=e)  # fmt: skip
    doc.line("NTE|1|L|", case.famous_line(), esc=e)


def edifact(doc: Doc, case: Case) -> None:
    """A UN/EDIFACT IFTMIN booking: interchange header, parties, contacts, goods, equipment."""
    s, e = case.subject, esc_edi
    up = case.rng.random() < 0.6

    def nm(text: str) -> str:
        return text.upper() if up else text

    gln_from = _gln(case)
    doc.line("UNA:+.? '")
    doc.line("UNB+UNOC:3+", look(gln_from, "GLN"), ":14+", look(_gln(case), "GLN"), ":14+", look(case.created.strftime("%y%m%d:%H%M"), "TIMESTAMP"), f"+{case.rng.randint(1000, 9999)}'")  # fmt: skip
    doc.line("UNH+1+IFTMIN:D:04A:UN'")
    doc.line("BGM+610+", look(case.refs[0][2], case.refs[0][0]), "+9'", esc=e)
    doc.line("DTM+137:", look(case.created.strftime("%Y%m%d%H%M"), "TIMESTAMP"), ":203'")
    doc.line("DTM+2:", look(case.appointment.strftime("%Y%m%d"), "OTHER_DATE"), ":102'")
    doc.line("NAD+CZ+", look(gln_from, "GLN"), "::9++", look(nm(case.company.name), "COMPANY"), "+", look(nm(case.company.street), "COMPANY_ADDRESS"), "+", plain(nm(case.company.town)), "++", look(case.company.postcode, "COMPANY_ADDRESS"), f"+{case.cc}'", esc=e)  # fmt: skip
    doc.line("CTA+IC+:", span(nm(case.staff.full()), "PERSON"), "'", esc=e)
    doc.line("COM+", span(case.staff.email, "EMAIL"), ":EM'", esc=e)
    if case.company.hotline:
        doc.line("COM+", look(case.company.hotline, "HOTLINE"), ":TE'", esc=e)
    doc.line("NAD+CN+++", span(nm(s.full()), "PERSON"), "+", span(nm(s.street), "ADDRESS"), "+", plain(nm(s.town)), "++", case.postcode(s), f"+{case.cc}'", esc=e)  # fmt: skip
    doc.line("CTA+CN+:", span(nm(s.full()), "PERSON"), "'", esc=e)
    doc.line("COM+", span(s.phone, "PHONE"), ":TE'", esc=e)
    doc.line("COM+", span(s.email, "EMAIL"), ":EM'", esc=e)
    id_part: list[Value | str] = [f"{case.id_label()} ", span(s.national_id, "NATIONAL_ID"), ":"] if s.national_id else []  # fmt: skip
    doc.line("FTX+CUS+++", *id_part, f"{case.labels['dob']} ", case.local_date(s), "'", esc=e)
    doc.line("CTA+AG+:", case.name(case.other, "full"), "'", esc=e)
    doc.line("COM+", span(case.other.phone, "PHONE"), ":TE'", esc=e)
    doc.line("FTX+DEL+++", case.famous_line(), "'", esc=e)
    for kind, _, val in case.refs[1:]:
        doc.line("RFF+AAQ:" if kind == "CONTAINER_NO" else "RFF+ZZZ:", look(val, kind), "'", esc=e)
    doc.line("GID+1+", plain(str(case.rng.randint(1, 40))), ":CT'")
    doc.line(f"UNT+{20 + len(case.refs)}+1'")
    doc.line(f"UNZ+1+{case.rng.randint(1000, 9999)}'")


def _gln(case: Case) -> str:
    import h19p_numbers as num

    return num.gln(case.rng)


def swift_mt103(doc: Doc, case: Case) -> None:
    """A SWIFT MT103 as a bank portal shows it, then the officer's note with the contact details."""
    s, co, rng = case.subject, case.company, case.rng
    person_pays = case.setting in ("debt_collection", "charity_donors")
    banks = ("DEUTDEFF", "COBADEFF", "BNPAFRPP", "CAIXESBB", "UNCRITMM", "BPKOPLPW", "CGDIPTPL", "UBSWCHZH", "GIBAATWW", "BBRUBEBB", "AIBKIE2D", "NWBKGB2L", "BCEELULL", "ITAUBRSP")  # fmt: skip

    def bic() -> str:
        return rng.choice(banks)

    doc.line("{1:F01", plain(bic()), "XXXX0000000000}{2:I103", plain(bic()), "XXXXN}{3:{121:", look(new_uuid(rng), "UUID"), "}}{4:")  # fmt: skip
    doc.line(":20:", look(f"TRN{rng.randint(10**9, 10**10)}", "TRANSACTION_REF"))
    doc.line(":23B:CRED")
    amount = f"{rng.randint(20, 4000)},{rng.randint(0, 99):02d}"
    doc.line(
        ":32A:",
        look(case.appointment.strftime("%y%m%d"), "OTHER_DATE"),
        "EUR",
        look(amount, "AMOUNT"),
    )
    payer_iban = flat(case.pay(s)).replace(" ", "")
    co_iban = (co.iban or "").replace(" ", "")
    person = [span(upper_ascii(s.full()), "PERSON"), span(upper_ascii(s.street), "ADDRESS"), span(upper_ascii(case.town_line(s.postcode, s.town)), "ADDRESS")]  # fmt: skip
    firm = [look(upper_ascii(co.name), "COMPANY"), look(upper_ascii(co.street), "COMPANY_ADDRESS"), look(upper_ascii(case.town_line(co.postcode, co.town)), "COMPANY_ADDRESS")]  # fmt: skip
    ordering = (span(payer_iban, "IBAN"), person) if person_pays else (look(co_iban, "COMPANY_IBAN"), firm)  # fmt: skip
    beneficiary = (look(co_iban, "COMPANY_IBAN"), firm) if person_pays else (span(payer_iban, "IBAN"), person)  # fmt: skip
    doc.line(":50K:/", ordering[0])
    for v in ordering[1]:
        doc.line(v)
    doc.line(":52A:", plain(bic()))
    doc.line(":59:/", beneficiary[0])
    for v in beneficiary[1]:
        doc.line(v)
    ref = next(((k, v) for k, _, v in case.refs if k == "CREDITOR_REF"), (case.refs[-1][0], case.refs[-1][2]))  # fmt: skip
    doc.line(":70:/RFB/", look(ref[1].replace(" ", ""), ref[0]))
    doc.line(":71A:SHA")
    doc.line("-}")
    doc.text("\n")
    lab = case.labels
    doc.line(f"{lab['note']} ({words.SUBJECT[case.setting]}): ", f"{lab['dob']} ", case.local_date(s), f", {lab['phone']} ", span(s.phone, "PHONE"), f", {lab['email']} ", span(s.email, "EMAIL"))  # fmt: skip
    if s.national_id:
        doc.line(f"{case.id_label()}: ", span(s.national_id, "NATIONAL_ID"))
    for kind, key, text in case.twins:
        doc.line(
            f"{key}: ", look(text.replace(" ", "") if kind == "IBAN_BAD_CHECK" else text, kind)
        )
    doc.line(
        f"{lab['staff']}: ", case.name(case.staff, "full"), " – ", span(case.staff.email, "EMAIL")
    )
    doc.line(f"{lab['support']}: ", look(co.role_email, "ROLE_EMAIL"))


def powershell_list(doc: Doc, case: Case) -> None:
    """Get-ADUser ... | Format-List, names right-padded to one column, as PowerShell prints them."""
    s, rng = case.subject, case.rng
    sam = ascii_fold(s.given[0] + s.family.split()[0]).lower().replace("'", "")
    dc = case.company.domain.split(".")[0].replace("-", "")
    doc.line(f"PS C:\\Users\\admin> Get-ADUser -Identity {sam} -Properties * | Format-List")
    doc.text("\n")
    lab = case.labels
    desc: list[Value | str] = [f"{lab['dob']} ", case.local_date(s)]
    if s.national_id:
        desc += [f"; {case.id_label()} ", span(s.national_id, "NATIONAL_ID")]
    rows: list[tuple[str, list[Value | str]]] = [
        ("City", [plain(s.town)]),
        ("Company", [case.company_name()]),
        ("Country", [plain(case.cc)]),
        ("Description", desc),
        ("DisplayName", [case.name(s, rng.choice(["full", "comma"]))]),
        ("DistinguishedName", ["CN=", case.name(s, "full"), f",OU=Users,DC={dc},DC=local"]),
        ("EmailAddress", [span(s.email, "EMAIL")]),
        ("EmployeeID", [plain(f"{rng.randint(1000, 99999):06d}")]),
        ("GivenName", [case.name(s, "given")]),
        ("HomePhone", [span(s.mobile, "PHONE")]),
        (
            "info",
            [
                f"{lab['contact']}: ",
                case.name(case.other, "full"),
                ", ",
                span(case.other.phone, "PHONE"),
                *_child_note(case),
                "; initial password: ",
                span(case.secret, "SECRET"),
            ],
        ),  # fmt: skip
        ("LastLogonDate", [look(case.timestamp(0, _ps_time(case)), "TIMESTAMP")]),  # fmt: skip
        ("Manager", ["CN=", case.name(case.staff, "full"), f",OU=Staff,DC={dc},DC=local"]),
        ("MobilePhone", [span(s.phone, "PHONE")]),
        ("ObjectGUID", [look(new_uuid(rng), "UUID")]),
        ("Office", [case.company_street()]),
        (
            "OfficePhone",
            [look(case.company.hotline, "HOTLINE") if case.company.hotline else plain("")],
        ),
        ("PostalCode", [case.postcode(s)]),
        ("SamAccountName", [plain(sam)]),
        (
            "SID",
            [
                look(
                    f"S-1-5-21-{rng.randint(10**9, 4 * 10**9)}-{rng.randint(10**9, 4 * 10**9)}-{rng.randint(10**8, 10**9)}-{rng.randint(1100, 9999)}",
                    "SID",
                )
            ],
        ),  # fmt: skip
        ("StreetAddress", [case.street(s)]),
        ("Surname", [span(s.family, "PERSON")]),
        (
            "whenCreated",
            [look(case.timestamp(-60 * 24 * 30, _ps_time(case)), "TIMESTAMP")],
        ),  # fmt: skip
    ]
    width = max(len(name) for name, _ in rows)
    for name, parts in rows:
        doc.line(name.ljust(width) + " : ", *parts)
    doc.text("\n")
    ref_kind, _, ref_val = case.refs[0]
    doc.line(f"PS C:\\Users\\admin> # {lab['ref']} ", look(ref_val, ref_kind), f", {lab['iban' if s.pay_kind == 'IBAN' else 'card']} ", case.pay(s))  # fmt: skip
    for kind, key, text in case.twins + case.extras:
        doc.line(f"PS C:\\Users\\admin> # {key} ", look(text, kind))


def _child_note(case: Case) -> list[Value | str]:
    """`; Child: name, birth date` where the record has a child."""
    if not case.child:
        return []
    return [
        f"; {case.labels['child']}: ",
        case.name(case.child, "full"),
        ", ",
        case.local_date(case.child),
    ]


def _child_line(case: Case) -> list[Value | str]:
    """`Child: name, birth date` on a line of its own."""
    note = _child_note(case)
    return [str(note[0]).removeprefix("; "), *note[1:]]


def _ps_time(case: Case) -> str:
    """PowerShell prints dates in the culture of the admin's machine."""
    if case.cc == "US":
        return "%m/%d/%Y %I:%M:%S %p"
    return (
        "%d.%m.%Y %H:%M:%S" if case.lang in ("de", "pl") or case.cc == "CH" else "%d/%m/%Y %H:%M:%S"
    )


def mongo_shell(doc: Doc, case: Case) -> None:
    """mongosh output: unquoted keys, single-quoted strings, ObjectId and ISODate wrappers."""
    s, rng = case.subject, case.rng
    coll = words.SUBJECT[case.setting] + "s"
    doc.line(f"rs0 [primary] crm> db.{coll}.find({{ email: '", span(s.email, "EMAIL"), "' })", esc=esc_single)  # fmt: skip
    doc.line("[")
    doc.line("  {")
    doc.line(f"    _id: ObjectId('{rng.getrandbits(96):024x}'),")
    for section, fields in all_sections(case, "iso", rng.random() < 0.5):
        doc.line(f"    {_camel(section)}: {{")
        for f in fields:
            key = _camel(f.key)
            if f.value[0][1] == "DATE_OF_BIRTH":
                doc.line(f"      {key}: ISODate('", f.value, "T00:00:00.000Z'),")
            elif f.value[0][1] == "TIMESTAMP":
                doc.line(f"      {key}: ISODate('", f.value, "'),")
            else:
                doc.line(f"      {key}: '", f.value, "',", esc=esc_single)
        doc.line("    },")
    doc.line("    note: '", case.famous_line(), "'", esc=esc_single)
    doc.line("  }")
    doc.line("]")


def _camel(key: str) -> str:
    parts = key.split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def rails_console(doc: Doc, case: Case) -> None:
    """A Rails 7 console session: the query log, then the record's inspect, one attribute a line."""
    rng = case.rng
    model = words.SUBJECT[case.setting].title()
    table = words.SUBJECT[case.setting] + "s"
    ref_kind, _, ref_val = case.refs[0]
    doc.line(f"irb(main):001> r = {model}.find_by(reference: \"", look(ref_val, ref_kind), "\")", esc=esc_ruby)  # fmt: skip
    doc.line(f'  {model} Load ({rng.randint(1, 9)}.{rng.randint(0, 9)}ms)  SELECT "{table}".* FROM "{table}" WHERE "{table}"."reference" = $1 LIMIT $2  [["reference", "', look(ref_val, ref_kind), '"], ["LIMIT", 1]]', esc=esc_ruby)  # fmt: skip
    doc.line("=>")
    doc.line(f"#<{model}:0x0000{rng.getrandbits(44):011x}")
    doc.line(f" id: {rng.randint(100, 99999)},")
    fields = subject_fields(case, "rails", rng.random() < 0.5) + other_fields(case, "rails") + staff_fields(case)  # fmt: skip
    for f in fields:
        if f.value[0][1] == "DATE_OF_BIRTH":
            doc.line(f" {f.key}: ", f.value, ",")
        else:
            doc.line(f' {f.key}: "', f.value, '",', esc=esc_ruby)
    doc.line(' current_sign_in_ip: "', span(case.ip, "IP_ADDRESS"), '",')
    doc.line(' last_sign_in_ip: "', look(case.private_ip, "PRIVATE_IP"), '",')
    doc.line(' encrypted_password: "', look("[FILTERED]", "PLACEHOLDER_SECRET"), '",')
    doc.line(' api_token: "', span(case.secret, "SECRET"), '",')
    created = case.created
    doc.line(" created_at: ", look(created.strftime("%a, %d %b %Y %H:%M:%S.%f000 UTC +00:00"), "TIMESTAMP"), ",")  # fmt: skip
    doc.line(" updated_at: ", look(created.strftime("%a, %d %b %Y %H:%M:%S.%f000 UTC +00:00"), "TIMESTAMP"), ">")  # fmt: skip
    doc.line("irb(main):002> r.company")
    doc.line(f"=> #<Company:0x0000{rng.getrandbits(44):011x} id: {rng.randint(1, 99)}, ", *_inline_ruby(company_fields(case)), ">")  # fmt: skip
    doc.line("irb(main):003> r.notes.pluck(:body)")
    doc.line(
        '=> ["', case.famous_line(), '", ', *_inline_ruby(tech_fields(case)[4:], array=True), "]"
    )
    doc.line("irb(main):004> ")


def _inline_ruby(fields: list[Field], array: bool = False) -> list[Value | str]:
    """Ruby inspect pairs (`key: "value"`) or array items, joined with commas."""
    out: list[Value | str] = []
    for i, f in enumerate(fields):
        if i:
            out.append(", ")
        prefix = '"' if array else f'{f.key}: "'
        out += [prefix, f.value, '"']
    return out


def php_var_dump(doc: Doc, case: Case) -> None:
    """PHP var_dump of the request array: string(N) counts bytes, nested arrays indent by two."""
    sections = all_sections(case, case.rng.choice(["iso", "local"]), case.rng.random() < 0.4)
    doc.line(f"array({len(sections) + 1}) {{")
    for name, fields in sections:
        doc.line(f'  ["{name}"]=>')
        doc.line(f"  array({len(fields)}) {{")
        for f in fields:
            size = len(flat(f.value).encode("utf-8"))
            doc.line(f'    ["{f.key}"]=>')
            doc.line(f'    string({size}) "', f.value, '"')
        doc.line("  }")
    note = case.famous_line()
    doc.line('  ["note"]=>')
    doc.line(f'  string({len(flat(note).encode("utf-8"))}) "', note, '"')
    doc.line("}")


def telegram_copy(doc: Doc, case: Case) -> None:
    """Messages copied out of Telegram Desktop: `Name, [dd.mm.yyyy hh:mm]` then the text."""
    s, st = case.subject, case.staff
    stamp = (
        "[%d/%m/%Y %H:%M]" if case.lang in ("en", "fr", "es", "it", "pt") else "[%d.%m.%Y %H:%M]"
    )
    if case.cc == "US":
        stamp = "[%m/%d/%Y %I:%M %p]"
    speaker_form = case.rng.choice(["full", "full", "given"])
    slots = _slots(case)
    for i, (who, line) in enumerate(words.CHAT[case.lang]):
        person = s if who == 0 else st
        doc.line(case.name(person, speaker_form if who == 0 else "full"), ", ", look(case.timestamp(i, stamp), "TIMESTAMP"))  # fmt: skip
        _template(doc, line, slots)
        doc.text("\n")
    if case.child:
        doc.line(case.name(s, speaker_form), ", ", look(case.timestamp(11, stamp), "TIMESTAMP"))
        doc.line(*_child_line(case))
    doc.line(case.name(st, "full"), ", ", look(case.timestamp(12, stamp), "TIMESTAMP"))
    doc.line(case.famous_line())
    for kind, key, text in case.twins:
        doc.line(f"({key}: ", look(text, kind), ")")


def _slots(case: Case) -> dict[str, Value]:
    """Values for the chat and mail templates."""
    s, o = case.subject, case.other
    return {
        "subject": case.name(s, "full"),
        "ref": look(case.refs[0][2], case.refs[0][0]),
        "dob": case.local_date(s),
        "street": case.street(s),
        "town": case.town(s),
        "phone": span(s.phone, "PHONE"),
        "email": span(s.email, "EMAIL"),
        "idlabel": plain(case.id_label()),
        "id": span(s.national_id, "NATIONAL_ID") if s.national_id else plain("—"),
        "pay": case.pay(s),
        "contact": case.name(o, "full"),
        "cphone": span(o.phone, "PHONE"),
        "date": look(case.date_text(case.appointment, "local"), "OTHER_DATE"),
        "hotline": look(case.company.hotline, "HOTLINE")
        if case.company.hotline
        else look(case.company.role_email, "ROLE_EMAIL"),  # fmt: skip
        "company": case.company_name(),
    }


def _template(doc: Doc, template: str, slots: dict[str, Value], esc: Callable[[str], str] | None = None) -> None:  # fmt: skip
    """Write `template`, putting each `{slot}` value with its marks."""
    rest = template
    while "{" in rest:
        head, tail = rest.split("{", 1)
        name, rest = tail.split("}", 1)
        doc.text(head)
        doc.put(slots[name], esc)
    doc.text(rest)


def eml_source(doc: Doc, case: Case) -> None:
    """Raw e-mail source (Show original): Received chain, RFC 2047 From, then the plain body."""
    s, co, rng = case.subject, case.company, case.rng
    date_hdr = case.timestamp(0, "%a, %d %b %Y %H:%M:%S +0000")
    doc.line("Return-Path: <", span(s.email, "EMAIL"), ">")
    doc.line("Received: from [", look(case.private_ip, "PRIVATE_IP"), "] (unknown [", span(case.ip, "IP_ADDRESS"), "])")  # fmt: skip
    doc.line(f"\tby mx.{co.domain} (Postfix) with ESMTPSA id {rng.getrandbits(40):010X}")
    doc.line("\tfor <", look(co.role_email, "ROLE_EMAIL"), ">; ", look(date_hdr, "TIMESTAMP"))
    doc.line("Received: from relay (relay.example.net [", look(case.doc_ip, "DOC_IP"), "])")
    doc.line(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={s.email.split('@')[1]}; s=s{rng.randint(2020, 2026)};")  # fmt: skip
    doc.line(f"\tbh={_b64(rng, 44)}")
    doc.line("Message-ID: <", look(new_uuid(rng), "UUID"), f"@{s.email.split('@')[1]}>")
    doc.line("Date: ", look(date_hdr, "TIMESTAMP"))
    encode = rng.random() < 0.6
    name_text = s.full()
    doc.line("From: ", span(q_word(name_text) if encode else name_text, "PERSON"), " <", span(s.email, "EMAIL"), ">")  # fmt: skip
    doc.line("To: ", look(co.role_email, "ROLE_EMAIL"))
    doc.line("Subject: ", plain(q_word(case.labels["ref"]) if encode else case.labels["ref"]), " ", look(case.refs[0][2], case.refs[0][0]))  # fmt: skip
    doc.line("MIME-Version: 1.0")
    doc.line("Content-Type: text/plain; charset=UTF-8; format=flowed")
    doc.line("Content-Transfer-Encoding: 8bit")
    doc.line("X-Originating-IP: [", span(case.ip, "IP_ADDRESS"), "]")
    doc.text("\n")
    slots = _slots(case)
    for line in words.MAIL[case.lang]:
        _template(doc, line, slots)
        doc.text("\n")
    doc.line(span(s.phone, "PHONE"))
    if case.child:
        doc.line("P.S. ", *_child_line(case))
    doc.text("\n")
    doc.line("-- ")
    doc.line(case.famous_line())


def _b64(rng, n: int) -> str:  # noqa: ANN001
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(alphabet) for _ in range(n - 1)) + "="


LAYOUTS: dict[str, Callable[[Doc, Case], None]] = {
    "org_mode": org_mode,
    "asciidoc": asciidoc,
    "toml": toml,
    "java_properties": java_properties,
    "syslog": syslog,
    "hl7_v2": hl7_v2,
    "edifact_iftmin": edifact,
    "swift_mt103": swift_mt103,
    "powershell_list": powershell_list,
    "mongo_shell": mongo_shell,
    "rails_console": rails_console,
    "php_var_dump": php_var_dump,
    "telegram_copy": telegram_copy,
    "eml_source": eml_source,
}

# Layouts tied to the settings whose systems speak them; the rest fit every setting.
LAYOUT_SETTINGS = {
    "hl7_v2": ("dental_practice", "blood_donation"),
    "edifact_iftmin": ("freight_forwarding", "relocation_movers"),
    "swift_mt103": ("debt_collection", "pension_fund", "charity_donors", "payroll_bureau"),
    "powershell_list": ("coworking_access", "payroll_bureau", "driving_school", "kindergarten"),
}
