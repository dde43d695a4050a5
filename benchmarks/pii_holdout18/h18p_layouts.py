"""The twelve layouts a record is pasted in; each writes through a Doc so marks stay exact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import h18p_words as w
from h18p_case import Case, Field
from h18p_doc import Doc, Seg, Val, flat, look, plain, span

Section = tuple[str, list[Field]]

# --- escaping as each format writes a value -------------------------------------------------


def json_esc(s: str) -> str:
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    return "".join(out)


def hl7_esc(s: str) -> str:
    table = {"\\": "\\E\\", "|": "\\F\\", "^": "\\S\\", "&": "\\T\\", "~": "\\R\\"}
    return "".join(table.get(ch, ch) for ch in s)


def csv_esc(s: str) -> str:
    return s.replace('"', '""')


def qp_html(s: str) -> str:
    """HTML-escaped, then quoted-printable (RFC 2045): `=` and every non-ASCII byte as `=XX`."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    out = []
    for ch in s:
        if ch == "=" or ord(ch) > 126:
            out.append("".join(f"={b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def q_word(s: str) -> str:
    """An RFC 2047 encoded word, as mail clients write a non-ASCII display name."""
    out = []
    for ch in s:
        if ch == " ":
            out.append("_")
        elif ord(ch) > 126 or ch in "=?_\"'":
            out.append("".join(f"={b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "=?UTF-8?Q?" + "".join(out) + "?="


def proto_octal(s: str) -> str:
    """Protocol Buffers text format without as_utf8: non-ASCII bytes as octal escapes."""
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) > 126:
            out.append("".join(f"\\{b:03o}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def split_lines(segs: list[Seg]) -> list[list[Seg]]:
    """Break segments at newlines; a value across a break becomes one mark per line."""
    lines: list[list[Seg]] = [[]]
    for s in segs:
        parts = (s if isinstance(s, str) else s.text).split("\n")
        for i, part in enumerate(parts):
            if i:
                lines.append([])
            if part:
                lines[-1].append(part if isinstance(s, str) else Val(s.kind, part, s.keep))
    return lines


# --- what a record holds ----------------------------------------------------------------------


def sections(
    c: Case, *, split_name: bool, split_addr: bool, multiline: bool, iso: bool, created: str = ""
) -> list[Section]:
    cfg = w.SETTINGS[c.setting]
    kw = {"split_name": split_name, "split_addr": split_addr, "multiline": multiline, "iso": iso}
    subj = c.person_fields(c.subject, cfg["subject"], **kw)  # type: ignore[arg-type]
    cont = c.person_fields(c.contact, cfg["contact"], **kw)  # type: ignore[arg-type]
    staff = [Field("full_name", w.label("full_name", c.lang), [c.name_full(c.staff, "gf")])]
    meta = c.ref_fields() + [
        Field(
            "created",
            w.label("created", c.lang),
            [look("TIMESTAMP", c.created_text(created or ("iso" if iso else "local")))],
        )
    ]
    out: list[Section] = [
        (c.roles[0], subj),
        (c.roles[1], cont),
        (c.roles[2], staff),
        ("ref", meta),
        ("org", c.company_fields()),
    ]
    if c.tech:
        out.append(("app", c.tech))
    return out


def notes_segs(c: Case, sep: str) -> list[Seg]:
    out: list[Seg] = []
    for i, n in enumerate(c.notes):
        if i:
            out.append(sep)
        out.extend(n)
    return out


def camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(p.capitalize() for p in rest)


# --- the layouts -------------------------------------------------------------------------------


def mime_email(c: Case, d: Doc) -> None:
    r = c.r
    sender = c.contact if "email" in c.contact.values else c.subject
    name = f"{sender.given} {sender.family}"
    d.add("From: ")
    if any(ord(ch) > 126 for ch in name) and r.random() < 0.7:
        d.put(span("PERSON", q_word(name)))
    else:
        d.add('"')
        d.put(span("PERSON", name))
        d.add('"')
    d.add(" <")
    d.put(span("EMAIL", sender.values["email"]))
    d.add(">\nTo: ")
    d.put(look("ROLE_EMAIL", c.role_email))
    d.add("\nSubject: ")
    _, kind, v = c.refs[0]
    d.put(look(kind, v))
    d.add("\nDate: ")
    d.put(
        look(
            "TIMESTAMP",
            c.created.strftime("%a, %d %b %Y %H:%M:%S ")
            + r.choice(["+0100", "+0000", "-0500", "+0200"]),
        )
    )
    d.add("\nMessage-ID: <")
    d.put(look("MESSAGE_ID", f"{r.getrandbits(64):016x}.{r.randint(1000, 9999)}"))
    d.add("@mail.gmail.com>\nReceived: from [")
    ip = c.subject.values.get("ip") or None
    if ip:
        d.add("IPv6:" if ":" in ip else "")  # RFC 5321 address literal
        d.put(span("IP_ADDRESS", ip))
    else:
        d.put(look("PRIVATE_IP", "192.168.1." + str(r.randint(2, 250))))
    boundary = f"000000000000{r.getrandbits(48):012x}"
    d.add(
        f'] by smtp.gmail.com with ESMTPSA\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="{boundary}"\n\n--{boundary}\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\n'
    )
    secs = sections(c, split_name=False, split_addr=r.random() < 0.4, multiline=False, iso=False)
    for title, fields in secs[:2]:
        d.add(f"{title}\n")
        for f in fields:
            d.add(f"{f.label}: ")
            d.puts(f.segs)
            d.add("\n")
        d.add("\n")
    d.puts(notes_segs(c, "\n"))
    d.add("\n\n-- \n")
    d.put(span("PERSON", name))
    if "phone" in sender.values:
        d.add("\n")
        d.put(span("PHONE", sender.values["phone"]))
    d.add(
        f'\n\n--{boundary}\nContent-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n<div dir=3D"ltr"><table>\n'
    )
    for f in secs[0][1]:
        d.add("<tr><td>" + qp_html(f.label) + "</td><td>")
        d.puts(f.segs, qp_html)
        d.add("</td></tr>\n")
    d.add(f"</table></div>\n\n--{boundary}--\n")


def hl7v2(c: Case, d: Doc) -> None:
    r = c.r
    s, k = c.subject, c.contact
    ts = c.created_text("hl7")
    d.add("MSH|^~\\&|")
    d.add(r.choice(["REGAPP", "MEDIDATA", "ORBIS", "CAREPOINT"]) + "|")
    d.put(look("COMPANY", c.company), hl7_esc)
    d.add("|||")
    d.put(look("TIMESTAMP", ts))
    d.add(f"||ADT^A04^ADT_A01|MSG{r.randint(10000, 99999)}|P|2.5.1\nEVN|A04|")
    d.put(look("TIMESTAMP", ts))
    d.add("\nPID|1||")
    _, kind, v = c.refs[0]
    d.put(look(kind, v), hl7_esc)
    d.add("^^^" + c.country + "^MR")
    if "id" in s.values:
        d.add("~")
        d.put(span("NATIONAL_ID", s.values["id"]), hl7_esc)
        d.add("^^^" + c.country + "^NN")
    d.add("||")
    d.put(span("PERSON", s.family), hl7_esc)
    d.add("^")
    d.put(span("PERSON", s.given), hl7_esc)
    d.add("^^^^^L||")
    d.put(span("DATE_OF_BIRTH", s.dob.strftime("%Y%m%d")))
    d.add("|" + ("F" if s.female else "M") + "|||")
    addr_owner = s if "address" in s.values else k if "address" in k.values else None
    if addr_owner is not None:
        street, town = addr_owner.values["address"].split("\n")
        d.put(span("ADDRESS", street), hl7_esc)
        d.add("^^")
        d.put(span("ADDRESS", town), hl7_esc)
        d.add("^^^" + c.country + "^H")
    d.add("||")
    if "phone" in s.values:
        d.put(span("PHONE", s.values["phone"]), hl7_esc)
        d.add("^PRN^" + ("CP" if s.values["phone_kind"] == "mobile" else "PH"))
    if "email" in s.values:
        d.add("~^NET^Internet^")
        d.put(span("EMAIL", s.values["email"]), hl7_esc)
    d.add("\nNK1|1|")
    d.put(span("PERSON", k.family), hl7_esc)
    d.add("^")
    d.put(span("PERSON", k.given), hl7_esc)
    d.add("|" + r.choice(["MTH", "FTH", "SPO", "CHD", "EMC"]) + "||")
    if "phone" in k.values:
        d.put(span("PHONE", k.values["phone"]), hl7_esc)
    if "email" in k.values:
        d.add("~^NET^Internet^")
        d.put(span("EMAIL", k.values["email"]), hl7_esc)
    d.add("\nPV1|1|O|")
    for key, kind, v in c.refs[1:2]:
        d.put(look(kind, v), hl7_esc)
        d.add("^" + key.upper())
    d.add("||||")
    d.put(span("PERSON", c.staff.family), hl7_esc)
    d.add("^")
    d.put(span("PERSON", c.staff.given), hl7_esc)
    d.add("\n")
    for p in (s, k):
        for acct, kind in (("iban", "IBAN"), ("card", "CARD")):
            if acct in p.values:
                d.add("ZPY|1|")  # a site-defined Z segment: how the account holder pays
                d.put(span("PERSON", p.family), hl7_esc)
                d.add("^")
                d.put(span("PERSON", p.given), hl7_esc)
                d.add(f"|{kind}|")
                d.put(span(kind, p.values[acct]), hl7_esc)
                d.add("\n")
    for i, n in enumerate(c.notes, 1):
        d.add(f"NTE|{i}||")
        d.puts(n, hl7_esc)
        d.add("\n")


def csv_multiline(c: Case, d: Doc) -> None:
    r = c.r
    sep = "," if c.lang == "en" else ";"
    secs = sections(
        c, split_name=r.random() < 0.5, split_addr=False, multiline=True, iso=r.random() < 0.3
    )
    rows = [(title, fields) for title, fields in secs[:2]]
    header: list[str] = []
    for _, fields in rows:
        for f in fields:
            if f.label not in header:
                header.append(f.label)
    role_h = {"en": "Role", "de": "Rolle", "fr": "Rôle", "es": "Rol", "nl": "Rol"}[c.lang]
    notes_h = w.label("notes", c.lang)
    ref_key, ref_kind, ref_v = c.refs[0]
    quote_all = r.random() < 0.4

    def cell(segs: list[Seg]) -> None:
        text = flat(segs)
        q = quote_all or any(ch in text for ch in (sep, '"', "\n"))
        if q:
            d.add('"')
        d.puts(segs, csv_esc)
        if q:
            d.add('"')

    d.add(sep.join([role_h, ref_key] + header + [notes_h]) + "\n")
    for i, (title, fields) in enumerate(rows):
        by = {f.label: f for f in fields}
        cell([title])
        d.add(sep)
        cell([look(ref_kind, ref_v)])
        for h in header:
            d.add(sep)
            if h in by:
                cell(by[h].segs)
        d.add(sep)
        if i == 0:
            cell(notes_segs(c, "\n"))
        d.add("\n")


def pdf_fields(c: Case, d: Doc) -> None:
    r = c.r
    secs = sections(c, split_name=True, split_addr=r.random() < 0.6, multiline=False, iso=False)
    page = 1
    for title, fields in secs[:5]:
        prefix = w.ident(title) if title not in ("ref", "org") else title
        for f in fields:
            d.add(
                f"---\nFieldType: Text\nFieldName: topmostSubform[0].Page{page}[0].{prefix}_{f.key}[0]\nFieldNameAlt: {f.label}\nFieldFlags: 0\nFieldValue: "
            )
            d.puts(f.segs)
            d.add("\nFieldJustification: Left\n")
        page += 1 if r.random() < 0.5 else 0
    yes = {"en": "Yes", "de": "Ja", "fr": "Oui", "es": "Si", "nl": "Ja"}[c.lang]
    d.add(
        f"---\nFieldType: Button\nFieldName: topmostSubform[0].Page{page}[0].consent[0]\nFieldFlags: 0\nFieldValue: {yes}\nFieldJustification: Left\nFieldStateOption: Off\nFieldStateOption: {yes}\n"
    )
    d.add(
        f"---\nFieldType: Text\nFieldName: topmostSubform[0].Page{page}[0].notes[0]\nFieldNameAlt: {w.label('notes', c.lang)}\nFieldFlags: 4096\nFieldValue: "
    )
    d.puts(notes_segs(c, " "))
    d.add("\nFieldJustification: Left\n")


_EMOJI = ["👋", "🙏", "😊", "👍", "📎", "✅", "🎻", "🚲", "☀️", "📚", "🏠", "💐", "🙂", "🤞", "❤️"]


def telegram_json(c: Case, d: Doc) -> None:
    r = c.r
    k = c.contact
    chat_id = r.randint(10**8, 10**10)
    t = c.created
    d.add('{\n "name": "')
    d.put(span("PERSON", f"{k.given} {k.family}"), json_esc)
    d.add(f'",\n "type": "personal_chat",\n "id": {chat_id},\n "messages": [\n')
    secs = sections(c, split_name=False, split_addr=False, multiline=True, iso=False)
    msgs: list[tuple[bool, list[Seg]]] = []
    opener = w.REQUESTS[c.lang][0].split("?")[0].split(".")[0].strip()
    msgs.append((True, [r.choice(_EMOJI) + " " + opener + " " + r.choice(_EMOJI)]))
    org_id = r.randint(10**8, 10**10)
    for title, fields in secs[:2]:
        segs: list[Seg] = [title + ":\n"]
        for f in fields:
            segs += [f.label + ": "] + f.segs + ["\n"]
        msgs.append((True, segs[:-1]))
    for n in c.notes:
        msgs.append((False, [*n, " " + r.choice(_EMOJI)]))
    for i, (from_contact, segs) in enumerate(msgs):
        t = t + dt.timedelta(seconds=r.randint(20, 900))
        d.add(f'  {{\n   "id": {4000 + i * 3},\n   "type": "message",\n   "date": "')
        d.put(look("TIMESTAMP", t.strftime("%Y-%m-%dT%H:%M:%S")))
        d.add('",\n   "date_unixtime": "')
        d.put(look("TIMESTAMP", str(int(t.replace(tzinfo=dt.timezone.utc).timestamp()))))
        d.add('",\n   "from": "')
        who = k if from_contact else c.staff
        if from_contact:
            d.put(span("PERSON", f"{who.given} {who.family}"), json_esc)
        else:
            d.put(look("COMPANY", c.company), json_esc)
        d.add('",\n   "from_id": "')
        if from_contact:  # a person's account id: neither redacted nor kept by this judge
            d.add(f"user{chat_id}")
        else:
            d.put(look("CHAT_USER_ID", f"user{org_id}"))
        d.add('",\n   "text": ')
        entity = {"PHONE": "phone", "EMAIL": "email"}
        has_entity = any(isinstance(s, Val) and s.kind in entity for s in segs)
        if not has_entity:
            d.add('"')
            d.puts(segs, json_esc)
            d.add('",\n   "text_entities": [\n    {\n     "type": "plain",\n     "text": "')
            d.puts(segs, json_esc)
            d.add('"\n    }\n   ]\n  }')
        else:
            parts: list[list[Seg]] = [[]]
            for s in segs:
                if isinstance(s, Val) and s.kind in entity:
                    parts.append([s])
                    parts.append([])
                else:
                    parts[-1].append(s)
            parts = [p for p in parts if p]
            for pass_no, name in enumerate(("text", "text_entities")):
                if pass_no:
                    d.add(',\n   "text_entities": ')
                d.add("[\n")
                for j, p in enumerate(parts):
                    if j:
                        d.add(",\n")
                    one = p[0]
                    if isinstance(one, Val) and one.kind in entity:
                        d.add(f'    {{\n     "type": "{entity[one.kind]}",\n     "text": "')
                        d.put(one, json_esc)
                        d.add('"\n    }')
                    elif name == "text":
                        d.add('    "')
                        d.puts(p, json_esc)
                        d.add('"')
                    else:
                        d.add('    {\n     "type": "plain",\n     "text": "')
                        d.puts(p, json_esc)
                        d.add('"\n    }')
                d.add("\n   ]")
            d.add("\n  }")
        d.add(",\n" if i < len(msgs) - 1 else "\n")
    d.add(" ]\n}\n")


def rst_grid(c: Case, d: Doc) -> None:
    r = c.r
    secs = sections(c, split_name=r.random() < 0.4, split_addr=False, multiline=True, iso=False)
    title = c.company
    d.put(look("COMPANY", title))
    d.add("\n" + "=" * len(title) + "\n\n")
    rows: list[tuple[str, list[list[Seg]]]] = []
    for sec_title, fields in secs[:5]:
        for f in fields:
            label = f.label if sec_title in ("ref", "org") else f"{sec_title} – {f.label}"
            rows.append((label, split_lines(f.segs)))
    rows.append((w.label("notes", c.lang), [n for n in c.notes]))
    h1 = {"en": "Field", "de": "Feld", "fr": "Champ", "es": "Campo", "nl": "Veld"}[c.lang]
    h2 = {"en": "Value", "de": "Wert", "fr": "Valeur", "es": "Valor", "nl": "Waarde"}[c.lang]
    w1 = max(len(h1), *(len(a) for a, _ in rows)) + 2
    w2 = max(len(h2), *(len(flat(line)) for _, lines in rows for line in lines)) + 2
    border = "+" + "-" * w1 + "+" + "-" * w2 + "+\n"
    d.add(
        border
        + "| "
        + h1.ljust(w1 - 1)
        + "| "
        + h2.ljust(w2 - 1)
        + "|\n"
        + "+"
        + "=" * w1
        + "+"
        + "=" * w2
        + "+\n"
    )
    for label, lines in rows:
        for i, line in enumerate(lines):
            d.add("| " + (label if i == 0 else "").ljust(w1 - 1) + "| ")
            d.puts(line)
            d.add(" " * (w2 - 1 - len(flat(line))) + "|\n")
        d.add(border)


def _toml_val(d: Doc, segs: list[Seg]) -> None:
    text = flat(segs)
    if (
        len(segs) == 1
        and isinstance(segs[0], Val)
        and segs[0].kind in ("DATE_OF_BIRTH", "TIMESTAMP")
        and text[:4].isdigit()
    ):
        d.put(segs[0])  # TOML local dates and date-times are unquoted
    elif "\n" in text:
        d.add('"""\n')
        d.puts(segs, lambda s: s.replace("\\", "\\\\").replace('"', '\\"'))
        d.add('"""')
    else:
        d.add('"')
        d.puts(segs, json_esc)
        d.add('"')


def toml_fixture(c: Case, d: Doc) -> None:
    r = c.r
    d.add(
        f"# fixtures/{c.setting}.toml — {w.REQUESTS['en'][2] if r.random() < 0.2 else 'seed data'}\n\n"
    )
    secs = sections(
        c,
        split_name=r.random() < 0.6,
        split_addr=r.random() < 0.5,
        multiline=True,
        iso=True,
        created="isoz",
    )
    names = ["subject", "contact", "staff", "meta", "organisation", "app"]
    for (_, fields), name in zip(secs, names, strict=False):
        d.add(f"[{c.setting}.{name}]\n")
        for f in fields:
            d.add(f"{f.key} = ")
            _toml_val(d, f.segs)
            d.add("\n")
        d.add("\n")
    d.add("notes = [\n")
    for n in c.notes:
        d.add('  "')
        d.puts(n, json_esc)
        d.add('",\n')
    d.add("]\n")


def powershell_list(c: Case, d: Doc) -> None:
    r = c.r
    fname = w.ident(c.roles[0]) + "_export.csv"
    d.add(
        f"PS C:\\Users\\{r.choice(['admin', 'sekretariat', 'office', 'gestion'])}> Import-Csv .\\{fname} -Delimiter ';' | Format-List\n\n"
    )
    secs = sections(c, split_name=True, split_addr=True, multiline=False, iso=False)
    for title, fields in secs[:3]:
        extra = [Field("role", "Role", [title])] + fields
        width = max(len(f.label) for f in extra)
        for f in extra:
            d.add(f.label.ljust(width) + " : ")
            d.puts(f.segs)
            d.add("\n")
        d.add("\n")
    d.add("PS C:\\> Get-Content .\\notes.txt\n")
    for n in c.notes:
        d.puts(n)
        d.add("\n")
    d.add("\nPS C:\\> $meta, $org | Format-List\n\n")
    for _title, fields in secs[3:5]:
        width = max(len(f.key) for f in fields)
        for f in fields:
            d.add(f.key.ljust(width) + " : ")
            d.puts(f.segs)
            d.add("\n")
        d.add("\n")


def protobuf_text(c: Case, d: Doc) -> None:
    r = c.r
    octal = r.random() < 0.5
    esc = proto_octal if octal else json_esc
    msg = "".join(p.capitalize() for p in c.setting.split("_"))
    d.add(f"# proto-file: {c.setting}/v1/{c.setting}.proto\n# proto-message: {msg}Record\n")
    secs = sections(c, split_name=True, split_addr=True, multiline=False, iso=True)
    d.add("create_time {\n  seconds: ")
    d.put(look("TIMESTAMP", str(int(c.created.replace(tzinfo=dt.timezone.utc).timestamp()))))
    d.add("\n}\n")
    for (_title, fields), name in zip(
        secs, ["subject", "contact", "staff", "meta", "organisation", "app"], strict=False
    ):
        d.add(f"{name} {{\n")
        for f in fields:
            seg = f.segs[0]
            if f.key == "birth_date" and isinstance(seg, Val) and r.random() < 0.6:
                y, m, day = seg.text.split("-")
                d.add("  birth_date { ")
                d.put(span("DATE_OF_BIRTH", f"year: {int(y)} month: {int(m)} day: {int(day)}"))
                d.add(" }\n")
                continue
            if f.key == "created":
                continue
            d.add(f'  {f.key}: "')
            d.puts(f.segs, esc)
            d.add('"\n')
        d.add("}\n")
    for n in c.notes:
        d.add('annotations: "')
        d.puts(n, esc)
        d.add('"\n')


def pkpass_json(c: Case, d: Doc) -> None:
    r = c.r
    slug = c.role_email.split("@")[1].split(".")[0]
    _, kind, serial = c.refs[0]
    d.add('{\n  "formatVersion": 1,\n  "passTypeIdentifier": "pass.')
    d.add(f"com.{slug}.member")
    d.add('",\n  "serialNumber": "')
    d.put(look(kind, serial), json_esc)
    team = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    d.add(f'",\n  "teamIdentifier": "{team}",\n  "organizationName": "')
    d.put(look("COMPANY", c.company), json_esc)
    d.add('",\n  "description": "')
    d.add(json_esc(c.roles[0]))
    d.add('",\n  "relevantDate": "')
    d.put(
        look(
            "TIMESTAMP",
            c.created.strftime("%Y-%m-%dT%H:%M:%S") + r.choice(["+01:00", "+02:00", "Z", "-05:00"]),
        )
    )
    d.add('",\n  "generic": {\n')
    secs = sections(c, split_name=False, split_addr=False, multiline=True, iso=r.random() < 0.5)
    subj, cont = secs[0][1], secs[1][1]
    groups = [
        ("primaryFields", subj[:1]),
        ("secondaryFields", subj[1:3]),
        ("auxiliaryFields", subj[3:5]),
        (
            "backFields",
            subj[5:]
            + cont
            + secs[4][1]
            + [Field("notes", w.label("notes", c.lang), notes_segs(c, "\n"))],
        ),
    ]
    for gi, (gname, fields) in enumerate(groups):
        d.add(f'    "{gname}": [')
        for i, f in enumerate(fields):
            d.add("\n" if i == 0 else ",\n")
            d.add(f'      {{ "key": "{f.key}", "label": "')
            d.add(json_esc(f.label.upper() if gname != "backFields" else f.label))
            d.add('", "value": "')
            d.puts(f.segs, json_esc)
            d.add('" }')
        d.add("\n    ]" if fields else "]")
        d.add(",\n" if gi < len(groups) - 1 else "\n")
    d.add('  },\n  "barcodes": [\n    {\n      "format": "PKBarcodeFormatQR",\n      "message": "')
    d.put(look(kind, serial), json_esc)
    d.add('",\n      "messageEncoding": "iso-8859-1"\n    }\n  ]\n}\n')


_ASK = {
    "en": ("{l}, please?", "And {l}?"),
    "de": ("{l}, bitte?", "Und {l}?"),
    "fr": ("{l}, s'il vous plaît ?", "Et {l} ?"),
    "es": ("¿{l}, por favor?", "¿Y {l}?"),
    "nl": ("{l}, alstublieft?", "En {l}?"),
}
_SPEAKER = {
    "en": ("AGENT", "CALLER"),
    "de": ("MITARBEITER", "ANRUFER"),
    "fr": ("CONSEILLER", "APPELANT"),
    "es": ("AGENTE", "LLAMANTE"),
    "nl": ("MEDEWERKER", "BELLER"),
}


def _wrap_cue(
    segs: list[Seg], width: int = 42
) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """A cue's text broken at one space past `width`, never inside a number-like mark."""
    sub = Doc()
    sub.puts(segs)
    text = sub.text()
    if len(text) > width:
        unbreakable = [
            (int(m["start"]), int(m["end"]))
            for m in sub.spans + sub.looks
            if m["kind"] not in ("PERSON", "ADDRESS", "COMPANY", "FAMOUS_PERSON", "COMPANY_ADDRESS")
        ]  # type: ignore[call-overload]
        for i in range(width, 0, -1):
            if text[i] == " " and not any(a <= i < b for a, b in unbreakable):
                text = text[:i] + "\n" + text[i + 1 :]
                break
    return text, sub.spans, sub.looks


def srt_transcript(c: Case, d: Doc) -> None:
    r = c.r
    agent, caller = _SPEAKER[c.lang]
    secs = sections(c, split_name=False, split_addr=False, multiline=False, iso=False)
    cues: list[list[Seg]] = []
    greet = {"en": "this is", "de": "hier ist", "fr": "ici", "es": "habla", "nl": "u spreekt met"}[
        c.lang
    ]
    cues.append(
        [f"{agent}: ", look("COMPANY", c.company), f", {greet} ", c.name_full(c.staff, "gf"), "."]
    )
    for i, f in enumerate(secs[0][1]):
        lab = (
            f.label
            if i == 0 or c.lang == "de" or not f.label[1:2].islower()
            else f.label[0].lower() + f.label[1:]
        )
        q = _ASK[c.lang][0 if i == 0 else 1].format(l=lab)
        cues.append([f"{agent}: {q[0].upper()}{q[1:]}" if q[0].isalpha() else f"{agent}: {q}"])
        cues.append([f"{caller}: ", *f.segs, "."])
    for n in c.notes[:2]:
        cues.append([f"{agent}: ", *n])
    t = 1.0 + r.random() * 3
    for i, segs in enumerate(cues, 1):
        dur = 1.5 + len(flat(segs)) / 15
        d.add(f"{i}\n")
        d.put(look("TIMECODE", _tc(t)))
        d.add(" --> " + _tc(t + dur))
        d.add("\n")
        text, spans_, looks_ = _wrap_cue(segs)
        d.merge(text, spans_, looks_)
        d.add("\n\n")
        t += dur + r.random()


def _tc(t: float) -> str:
    ms = int(round(t * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def graphql(c: Case, d: Doc) -> None:
    r = c.r
    op = "Update" + "".join(p.capitalize() for p in c.setting.split("_"))
    secs = sections(c, split_name=True, split_addr=True, multiline=False, iso=True, created="isoz")
    d.add(
        "POST /graphql HTTP/1.1\nHost: api."
        + c.role_email.split("@")[1]
        + "\nContent-Type: application/json\nAuthorization: Bearer "
    )
    if c.subject.secret_kind == "token":
        d.put(span("SECRET", c.subject.values["token"]))
    else:
        d.put(look("PLACEHOLDER_SECRET", "<token>"))
    d.add(
        '\n\n{\n  "operationName": "'
        + op
        + '",\n  "query": "mutation '
        + op
        + "($input: "
        + op
        + "Input!) { "
        + camel(c.setting)
        + '(input: $input) { id status } }",\n  "variables": {\n    "input": {\n'
    )
    for si, ((_, fields), name) in enumerate(
        zip(secs, ["subject", "contact", "staff", "meta", "organisation", "app"], strict=False)
    ):
        d.add(f'      "{name}": {{\n')
        for i, f in enumerate(fields):
            d.add(f'        "{camel(f.key)}": "')
            d.puts(f.segs, json_esc)
            d.add('"' + (",\n" if i < len(fields) - 1 else "\n"))
        d.add("      }" + (",\n" if si < len(secs) - 1 else "\n"))
    d.add('    }\n  }\n}\n\nHTTP/1.1 200 OK\n\n{"data": {"' + camel(c.setting) + '": {"id": "')
    d.put(
        look(
            "UUID",
            f"{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-4{r.getrandbits(12):03x}-a{r.getrandbits(12):03x}-{r.getrandbits(48):012x}",
        )
    )
    d.add('", "status": "OK"}}, "errors": [{"message": "')
    d.puts(c.notes[0], json_esc)
    d.add('"}]}\n')


LAYOUTS: dict[str, Callable[[Case, Doc], None]] = {
    "mime_email": mime_email,
    "hl7v2": hl7v2,
    "csv_multiline": csv_multiline,
    "pdf_fields": pdf_fields,
    "telegram_json": telegram_json,
    "rst_grid": rst_grid,
    "toml_fixture": toml_fixture,
    "powershell_list": powershell_list,
    "protobuf_text": protobuf_text,
    "pkpass_json": pkpass_json,
    "srt_transcript": srt_transcript,
    "graphql": graphql,
}
_ = plain
