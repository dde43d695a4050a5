"""The layouts people paste: one function per layout, each writing into a Doc.

Structured layouts share one record builder (`fields`) and differ only in syntax; human layouts
(prose, e-mail, letter, chat) are drawn from the language's sentences in h13_phrases."""

from __future__ import annotations

import random
from collections.abc import Callable

import h13_people as P
import h13_phrases as W
import h13_values as V
from h13_doc import LOOK, PII, Ctx, Doc, Val

Field = tuple[str, Val]

PERSON_COLS = (
    "first",
    "last",
    "name",
    "dob",
    "address",
    "street",
    "postcode",
    "city",
    "phone",
    "email",
    "iban",
    "card",
    "nid",
    "ip",
    "password",
)
LOOK_COLS = (
    "order",
    "invoice",
    "ticket",
    "odate",
    "ostart",
    "employer",
    "tracking",
    "product",
    "created",
    "uuid",
    "branch",
    "brand",
    "geo",
)


def pick_cols(rng: random.Random, many: bool = False) -> list[str]:
    """Columns of one record type: who, when born, where, how to reach, and some business fields."""
    cols = ["first", "last"] if rng.random() < 0.6 else ["name"]
    if rng.random() < 0.8:
        cols.append("dob")
    if rng.random() < 0.55:
        cols.append("address")
    elif rng.random() < 0.8:
        cols += ["street", "postcode", "city"]
    extra = ["phone", "email", "iban", "nid", "ip", "card", "password"]
    w = [8, 9, 5, 4, 2, 2, 1]
    k = rng.randint(0 if many else 1, 2 if many else 4)
    for _ in range(k):
        c = rng.choices(extra, w)[0]
        if c not in cols:
            cols.append(c)
    looks = rng.sample(LOOK_COLS, rng.randint(2, 4))
    if rng.random() < 0.5:
        cols.insert(0, "uuid" if rng.random() < 0.4 else "id")
        looks = [x for x in looks if x != "uuid"]
    return cols + looks


def us_cols(ctx: Ctx, cols: list[str]) -> list[str]:
    """US people have no IBAN: their payment column is a card."""
    if ctx.country != "US":
        return cols
    return list(dict.fromkeys("card" if c == "iban" else c for c in cols))


CREATED = {
    "en": "Created",
    "de": "Erstellt am",
    "fr": "Créé le",
    "es": "Fecha de creación",
    "nl": "Aangemaakt op",
}


def key_namer(ctx: Ctx, style: str) -> Callable[[str], str]:
    """Field names of one record type: English snake or camel case, or the language's own."""
    chosen: dict[str, str] = {}

    def name(col: str) -> str:
        if col not in chosen:
            if col in ("id", "uuid"):
                chosen[col] = "id"
            elif col == "created":
                chosen[col] = (
                    CREATED[ctx.lang]
                    if style == "label"
                    else ctx.rng.choice(["created_at", "createdAt", "updated"])
                )
            elif col == "nid":
                chosen[col] = (
                    ctx.rng.choice(W.id_labels(ctx.country, ctx.lang))
                    if style == "label"
                    else W.ID_KEYS[ctx.country]
                )
            elif style == "local":
                chosen[col] = W.LOCAL_KEYS[ctx.lang][col]
            elif style == "label":
                chosen[col] = W.LABELS[ctx.lang][col][0]
            else:
                chosen[col] = ctx.rng.choice(W.EN_KEYS[col])
        return chosen[col]

    return name


def field_val(ctx: Ctx, p: P.Person, col: str, iso: bool, style: int | None = None) -> Val:
    r = ctx.rng
    if col == "first":
        return (PII, "PERSON", p.first)
    if col == "last":
        return (PII, "PERSON", p.last)
    if col == "name":
        return (PII, "PERSON", p.name_variant(r))
    if col == "dob":
        return (PII, "DATE_OF_BIRTH", p.dob.isoformat() if iso else ctx.date(p.dob, False, style))
    if col == "address":
        return (PII, "ADDRESS", p.addr.one_line(r))
    if col == "street":
        return (PII, "ADDRESS", p.addr.street_line(r))
    if col == "postcode":
        return (PII, "ADDRESS", p.addr.postcode)
    if col == "city":
        return (PII, "ADDRESS", p.addr.town)
    if col == "phone":
        return (PII, "PHONE", ctx.phone_of(structured=True))
    if col == "email":
        return (PII, "EMAIL", ctx.email_of(p, r.random() < 0.1))
    if col == "iban":
        return (PII, *ctx.iban_of())
    if col == "card":
        return (PII, "CARD", V.format_card(r, V.card(r)))
    if col == "nid":
        return (PII, "NATIONAL_ID", ctx.id_of(p))
    if col == "ip":
        return (PII, "IP_ADDRESS", V.public_ipv4(r) if r.random() < 0.8 else V.public_ipv6(r))
    if col == "password":
        return (PII, "SECRET", V.password(r))
    if col == "id":
        return (None, None, str(r.randint(1, 99999)))
    names = {
        "branch": "TOWN",
        "brand": "BRAND",
        "geo": "GEO",
        "order": "ORDER",
        "invoice": "INVOICE",
        "ticket": "TICKET",
        "odate": "ODATE",
        "ostart": "OSTART",
        "employer": "EMPLOYER",
        "tracking": "TRACK",
        "product": "PRODUCT",
        "created": "TS",
        "uuid": "UUID",
    }
    return ctx._draw(names[col])


def rows(ctx: Ctx, cols: list[str], n: int) -> list[list[Field]]:
    iso = ctx.rng.random() < 0.6
    style = ctx.rng.randrange(12) if ctx.rng.random() < 0.8 else None  # one form per column, mostly
    people = [ctx.p] + [P.person(ctx.rng, ctx.country, lang=ctx.lang) for _ in range(n - 1)]
    return [[(c, field_val(ctx, p, c, iso, style)) for c in cols] for p in people]


PICKUP = {
    "GB": ["Collect+ Co-op", "Amazon Locker", "InPost Locker"],
    "US": ["UPS Access Point", "Amazon Locker", "FedEx Office"],
    "IE": ["Parcel Motel", "InPost Locker", "Amazon Locker"],
    "DE": ["Packstation 112", "DHL Paketshop", "Hermes PaketShop"],
    "AT": ["Post Partner", "Hermes PaketShop", "Abholstation"],
    "CH": ["Post Filiale", "My Post 24", "PickPost"],
    "FR": ["Relais Colis", "Point Retrait La Poste", "Mondial Relay"],
    "BE": ["bpost Pick-up point", "Point relais", "PostNL-punt"],
    "ES": ["Punto Pack", "Correos Citypaq", "Oficina de Correos"],
    "NL": ["PostNL-punt", "DHL ServicePoint", "Pakketautomaat"],
}


def what(ctx: Ctx, key: str) -> str:
    return W.WHAT[ctx.lang][key]


# --- structured layouts -----------------------------------------------------------------------
def json_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    cols = us_cols(ctx, pick_cols(r))
    name = key_namer(ctx, r.choice(["en", "en", "local"]))
    recs = rows(ctx, cols, r.choice([1, 1, 1, 2]))
    many = len(recs) > 1
    doc.add("[\n" if many else "")
    for i, rec in enumerate(recs):
        ind = "    " if many else "  "
        doc.add(ind[:-2] + "{\n")
        for j, (c, v) in enumerate(rec):
            doc.add(f'{ind}"{name(c)}": ')
            if c == "id":
                doc.add(v[2])
            else:
                doc.add('"').put(v).add('"')
            doc.add(",\n" if j < len(rec) - 1 else "\n")
        doc.add(ind[:-2] + "}" + ("," if i < len(recs) - 1 else "") + "\n")
    doc.add("]\n" if many else "")


def yaml_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    cols = us_cols(ctx, pick_cols(r))
    name = key_namer(ctx, r.choice(["en", "local"]))
    recs = rows(ctx, cols, r.choice([1, 1, 2]))
    doc.add(r.choice(["customers:\n", "users:\n", "contacts:\n", "# fixtures\npeople:\n"]))
    q = r.random() < 0.4
    for rec in recs:
        for j, (c, v) in enumerate(rec):
            doc.add("  - " if j == 0 else "    ").add(f"{name(c)}: ")
            quote = q or v[2].startswith(("#", "*", "{", "["))
            doc.add('"' if quote else "").put(v).add('"' if quote else "").add("\n")


def xml_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    cols = us_cols(ctx, pick_cols(r))
    name = key_namer(ctx, "en")
    recs = rows(ctx, cols, r.choice([1, 2]))
    doc.add('<?xml version="1.0" encoding="UTF-8"?>\n<customers>\n')
    for rec in recs:
        doc.add("  <customer>\n")
        for c, v in rec:
            tag = name(c).replace(" ", "")
            if v[2].find("&") >= 0 or v[2].find("<") >= 0:
                continue
            doc.add(f"    <{tag}>").put(v).add(f"</{tag}>\n")
        doc.add("  </customer>\n")
    doc.add("</customers>\n")


def env_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    p = ctx.p
    user = V.ascii_fold(p.first).lower()
    doc.add(r.choice(["# .env\n", "# production\n", ""])).add(
        "APP_ENV=production\nAPP_VERSION="
    ).put(ctx.val("VERSION")).add("\n")
    doc.add("DB_HOST=").put(ctx.val("PRIVIP")).add(f"\nDB_USER={user}\nDB_PASSWORD=").pii(
        "SECRET", V.password(r)
    ).add("\n")
    doc.add("DATABASE_URL=postgres://app:").pii("SECRET", V.rand_str(r, 24)).add("@").put(
        ctx.fresh("PRIVIP")
    ).add(":5432/shop\n")
    for key in r.sample(sorted(V.SECRET_SHAPES), r.randint(1, 3)):
        doc.add(f"{key}=").pii("SECRET", V.secret(r, V.SECRET_SHAPES[key])).add("\n")
    doc.add("SMTP_PASSWORD=").put(ctx.val("PLACEHOLDER")).add("\nRESOLVER=").put(
        ctx.val("DNS")
    ).add("\n")
    doc.add("ADMIN_EMAIL=").pii("EMAIL", ctx.email_of(p, work=True)).add('\nADMIN_NAME="').pii(
        "PERSON", p.full()
    ).add('"\n')
    doc.add("SUPPORT_EMAIL=").put(ctx.val("ROLEMAIL")).add("\n")
    if r.random() < 0.6:
        doc.add("# on-call: ").pii("PERSON", p.first).add(" ").pii("PHONE", ctx.phone_of()).add(
            "\n"
        )
    if r.random() < 0.5:
        doc.add("TEST_IBAN=").put(ctx.val("BADIBAN")).add("  # fails the check on purpose\n")
    if r.random() < 0.7:
        doc.add("# billing contact: ").pii("PERSON", ctx.p2.full()).add(", ").pii(
            "ADDRESS", ctx.addr(ctx.p2)
        ).add("\n")
        doc.add("# born ").pii("DATE_OF_BIRTH", ctx.date(ctx.p2.dob, words=False)).add(
            " (needed for the KYC check)\n"
        )


def sql_value(v: Val) -> Val:
    return (v[0], v[1], v[2].replace("'", "''"))


def sql_insert(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    cols = us_cols(ctx, pick_cols(r, many=True))
    name = key_namer(ctx, r.choice(["en", "local"]))
    recs = rows(ctx, cols, r.randint(2, 3))
    table = r.choice(
        ["customers", "users", "patients", "members", "kunden", "clients", "clientes", "klanten"]
    )
    doc.add(f"INSERT INTO {table} ({', '.join(name(c) for c in cols)}) VALUES\n")
    for i, rec in enumerate(recs):
        doc.add("  (")
        for j, (c, v) in enumerate(rec):
            if c == "id":
                doc.add(v[2])
            else:
                doc.add("'").put(sql_value(v)).add("'")
            doc.add(", " if j < len(rec) - 1 else "")
        doc.add(")" + (",\n" if i < len(recs) - 1 else ";\n"))


def sql_result(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    cols = us_cols(ctx, pick_cols(r, many=True))
    name = key_namer(ctx, r.choice(["en", "local"]))
    recs = rows(ctx, cols, r.randint(2, 3))
    widths = [max(len(name(c)), *(len(rec[k][1][2]) for rec in recs)) for k, c in enumerate(cols)]
    mysql = r.random() < 0.4
    doc.add(
        f"SELECT {', '.join(name(c) for c in cols)} FROM customers WHERE created_at > '2024-01-01';\n"
    )
    if mysql:
        sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.add(
            sep
            + "| "
            + " | ".join(name(c).ljust(w) for c, w in zip(cols, widths, strict=True))
            + " |\n"
            + sep
        )
    else:
        doc.add(
            " " + " | ".join(name(c).ljust(w) for c, w in zip(cols, widths, strict=True)) + "\n"
        )
        doc.add("-" + "-+-".join("-" * w for w in widths) + "-\n")
    for rec in recs:
        doc.add("| " if mysql else " ")
        for k, (_c, v) in enumerate(rec):
            doc.put(v).add(" " * (widths[k] - len(v[2])))
            doc.add(" | " if k < len(rec) - 1 else (" |\n" if mysql else "\n"))
    if mysql:
        doc.add(sep + f"{len(recs)} rows in set (0.01 sec)\n")
    else:
        doc.add(f"({len(recs)} rows)\n")


def csv_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    cols = us_cols(ctx, pick_cols(r, many=True))
    name = key_namer(ctx, r.choice(["en", "local", "label"]))
    recs = rows(ctx, cols, r.randint(2, 3))
    sep = r.choice([",", ";", "\t"])
    doc.add(sep.join(name(c) for c in cols) + "\n")
    for rec in recs:
        for j, (_c, v) in enumerate(rec):
            quote = sep in v[2] or (sep != "\t" and r.random() < 0.2)
            doc.add('"' if quote else "").put(v).add('"' if quote else "")
            doc.add(sep if j < len(rec) - 1 else "\n")


def markdown_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    cols = us_cols(ctx, pick_cols(r, many=True))
    name = key_namer(ctx, "label")
    recs = rows(ctx, cols, r.randint(2, 3))
    doc.add(
        "| " + " | ".join(name(c) for c in cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n"
    )
    for rec in recs:
        doc.add("| ")
        for j, (_c, v) in enumerate(rec):
            doc.put(v).add(" | " if j < len(rec) - 1 else " |\n")


def form_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    cols = [c for c in us_cols(ctx, pick_cols(r)) if c not in ("id", "uuid")]
    name = key_namer(ctx, "label")
    dots = r.random() < 0.25
    iso = r.random() < 0.2
    for c in cols:
        label = (
            r.choice(W.LABELS[ctx.lang][c]) if c in W.LABELS[ctx.lang] and c != "nid" else name(c)
        )
        doc.add(label + (" " + "." * r.randint(3, 12) + " " if dots else ": "))
        doc.put(field_val(ctx, ctx.p, c, iso)).add("\n")
    if r.random() < 0.5:
        doc.add("\n" + r.choice(W.LABELS[ctx.lang]["name"]) + " 2: ").pii(
            "PERSON", ctx.p2.full()
        ).add(", ")
        doc.pii("DATE_OF_BIRTH", ctx.date(ctx.p2.dob, words=False)).add("\n")
    doc.add("[x] ").put(ctx.val("ODATE")).add("\n")


CODE_KEYS = ("name", "dob", "email", "phone", "address", "iban")


def code_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    p = ctx.p
    style = r.choice(["py", "js", "java", "php"])
    vals: list[tuple[str, Val]] = [
        ("name", (PII, "PERSON", p.full())),
        ("dob", (PII, "DATE_OF_BIRTH", p.dob.isoformat())),
        ("email", (PII, "EMAIL", ctx.email_of(p))),
        ("phone", (PII, "PHONE", ctx.phone_of(structured=True))),
        ("address", (PII, "ADDRESS", ctx.addr())),
        ("card" if ctx.country == "US" else "iban", (PII, *ctx.iban_of())),
    ]
    r.shuffle(vals)
    vals = vals[: r.randint(3, 6)]
    if style == "py":
        doc.add('import requests\n\nAPI_KEY = "').pii("SECRET", V.secret(r, r.randrange(8))).add(
            '"\n'
        )
        doc.add('BASE = "https://').put(ctx.val("PRIVIP")).add(':8080/api/v2"\n\n')
        doc.add("def test_create_customer():\n    payload = {\n")
        for k, v in vals:
            doc.add(f'        "{k}": "').put(v).add('",\n')
        doc.add(
            '    }\n    r = requests.post(f"{BASE}/customers", json=payload, headers={"X-Api-Key": API_KEY})\n'
        )
        doc.add('    assert r.status_code == 201, r.text\n    assert not iban_valid("').put(
            ctx.val("BADIBAN")
        ).add('")\n')
    elif style == "js":
        doc.add("const client = new Client({ token: '").pii(
            "SECRET", V.secret(r, r.randrange(8))
        ).add("' });\n\nconst user = {\n")
        for k, v in vals:
            q = '"' if "'" in v[2] else "'"
            doc.add(f"  {k}: {q}").put(v).add(f"{q},\n")
        doc.add("  orderId: '").put(ctx.val("ORDER")).add("',\n  appVersion: '").put(
            ctx.val("VERSION")
        ).add("',\n};\n")
        doc.add("await client.users.create(user); // ").put(ctx.val("HTTP")).add(
            " since yesterday\n"
        )
    elif style == "java":
        doc.add("Customer c = Customer.builder()\n")
        for k, v in vals:
            doc.add(f'    .{k}("').put(v).add('")\n')
        doc.add('    .traceId("').put(ctx.val("UUID")).add('")\n    .build();\n')
        doc.add("// commit ").put(ctx.val("GITSHA")).add(" broke this\n")
    else:
        doc.add("<?php\n$customer = [\n")
        for k, v in vals:
            q = '"' if "'" in v[2] else "'"
            doc.add(f"    '{k}' => {q}").put(v).add(f"{q},\n")
        doc.add("    'card' => '").put(ctx.val("BADCARD")).add("', // test card, fails Luhn\n];\n")
        doc.add("$db = new PDO('mysql:host=").put(ctx.val("PRIVIP")).add(
            ";dbname=shop', 'shop', '"
        ).pii("SECRET", V.password(r)).add("');\n")


def log_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    p = ctx.p
    email = ctx.email_of(p)
    ip = V.public_ipv4(r)
    lvl = ["INFO", "WARN", "ERROR", "DEBUG"]
    style = r.randrange(4)
    for _ in range(r.randint(3, 6)):
        doc.look("TIMESTAMP", ctx.timestamp(style)).add(
            f" {r.choice(lvl):5} [{r.choice(['http-nio-8080-exec-3', 'worker-2', 'main', 'celery@web-1'])}] "
        )
        k = r.randrange(10)
        if k == 0:
            doc.add("login ok user=").pii("EMAIL", email).add(" ip=").pii("IP_ADDRESS", ip).add(
                ' ua="Mozilla/5.0 Chrome/'
            ).put(ctx.fresh("VERSION")).add('"\n')
        elif k == 1:
            doc.add("order ").put(ctx.fresh("ORDER")).add(' created for customer_name="').pii(
                "PERSON", p.full()
            ).add('"\n')
        elif k == 2:
            doc.add("GET /api/customers/").put(ctx.fresh("UUID")).add(" -> ").put(
                ctx.fresh("HTTP")
            ).add(f" {r.randint(120, 48000)} bytes {r.randint(3, 900)}ms\n")
        elif k == 3:
            doc.add(f"{r.choice(W.LOG_MSG[ctx.lang])}: ").pii("ADDRESS", p.addr.one_line(r)).add(
                "\n"
            )
        elif k == 4:
            doc.add("kyc check dob=").pii("DATE_OF_BIRTH", p.dob.isoformat()).add(" id=").pii(
                "NATIONAL_ID", ctx.id_of(p)
            ).add("\n")
        elif k == 5:
            doc.add("upstream ").put(ctx.fresh("PRIVIP")).add(" resolver ").put(ctx.val("DNS")).add(
                " build "
            ).put(ctx.fresh("GITSHA")).add("\n")
        elif k == 6:
            doc.add("sms sent to ").pii("PHONE", ctx.phone_of()).add(" template=delivery_eta\n")
        elif k == 7:
            doc.add("id validation failed value=").put(ctx.fresh("BADID")).add(" reason=checksum\n")
        elif k == 8:
            doc.add("geo lookup ").put(ctx.fresh("PRIVIP")).add(" -> ").put(ctx.fresh("COORD")).add(
                " store="
            ).put(ctx.fresh("TOWN")).add("\n")
        else:
            doc.add("release ").put(ctx.fresh("VERSION")).add(" deployed by ").pii(
                "PERSON", ctx.p2.first
            ).add(" (").put(ctx.fresh("GITSHA")).add(")\n")
    if r.random() < 0.7:
        doc.add('Traceback (most recent call last):\n  File "/srv/app/billing.py", line ')
        doc.add(f"{r.randint(20, 400)}, in charge\n    mandate = Mandate(iban=customer.iban)\n")
        doc.add("ValueError: invalid IBAN checksum: '").put(ctx.val("BADIBAN")).add("' (customer ")
        doc.pii("PERSON", ctx.p2.full()).add(", born ").pii(
            "DATE_OF_BIRTH", ctx.p2.dob.isoformat()
        ).add(")\n")


def http_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    p = ctx.p
    curl = r.random() < 0.5
    heredoc = False
    if not curl:
        doc.add("POST /v1/customers HTTP/1.1\nHost: api.").add(
            r.choice(["shop", "crm", "booking"])
        ).add(".internal\n")
        doc.add("Authorization: Bearer ").pii("SECRET", V.secret(r, r.randrange(8))).add(
            "\nContent-Type: application/json\nX-Forwarded-For: "
        )
        doc.pii("IP_ADDRESS", V.public_ipv4(r)).add(", ").put(ctx.val("PRIVIP")).add(
            "\nX-Request-Id: "
        ).put(ctx.val("UUID")).add("\n\n")
    else:
        doc.add("curl -X POST https://api.example-shop.").add(P.DOMAINS[ctx.country]).add(
            "/v1/customers \\\n  -H 'Authorization: Bearer "
        )
        heredoc = "'" in p.full() + p.addr.street
        doc.pii("SECRET", V.secret(r, r.randrange(8))).add(
            "' \\\n  -H 'Content-Type: application/json' \\\n  "
        )
        doc.add("-d @- <<'JSON'\n" if heredoc else "-d '")
    doc.add('{"name": "').pii("PERSON", p.full()).add('", "birthDate": "').pii(
        "DATE_OF_BIRTH", p.dob.isoformat()
    )
    doc.add('", "email": "').pii("EMAIL", ctx.email_of(p)).add('", "address": "').pii(
        "ADDRESS", p.addr.one_line(r)
    )
    end = ("\nJSON\n" if heredoc else "'\n") if curl else "\n"
    doc.add('", "orderRef": "').put(ctx.val("ORDER")).add('"}' + end)
    doc.add("\nHTTP/1.1 ").put(ctx.val("HTTP")).add("\nDate: ").add(
        "Mon, 04 Mar 2024 10:12:55 GMT\nServer: nginx/"
    ).put(ctx.val("VERSION"))
    doc.add('\n\n{"error": "validation_failed", "field": "iban", "value": "').put(
        ctx.val("BADIBAN")
    ).add('", "trace": "').put(ctx.val("HASH")).add('"}\n')


# --- human layouts ----------------------------------------------------------------------------
def sentences(ctx: Ctx, doc: Doc, facts: int, looks: int, sep: str = " ") -> None:
    r = ctx.rng
    chosen = [("f", t) for t in r.sample(W.FACTS[ctx.lang], facts)] + [
        ("l", t) for t in r.sample(W.LOOKS[ctx.lang], looks)
    ]
    r.shuffle(chosen)
    for i, (_, t) in enumerate(chosen):
        ctx.fill(doc, t)
        doc.add(sep if i < len(chosen) - 1 else "")


def prose(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    sentences(ctx, doc, r.randint(2, 4), r.randint(2, 4), r.choice([" ", " ", "\n"]))
    doc.add("\n")


def signature(ctx: Ctx, doc: Doc, formal: bool = False) -> None:
    r = ctx.rng
    p = ctx.p
    doc.add(r.choice(W.SIGNOFF[ctx.lang][: 2 if formal else None]) + "\n")
    doc.pii("PERSON", p.full() if r.random() < 0.8 else p.first).add("\n")
    if r.random() < 0.5:
        doc.pii("ADDRESS", ctx.addr(lines=True)).add("\n")
    if r.random() < 0.7:
        doc.add(r.choice(["Tel. ", "Mob: ", "M ", "T: ", ""])).pii("PHONE", ctx.phone_of()).add(
            "\n"
        )
    if r.random() < 0.3:
        doc.add(r.choice(W.JOB_TITLES[ctx.lang]) + " | ").put(ctx.val("EMPLOYER")).add(" | ")
        doc.pii("EMAIL", ctx.email_of(p, work=True)).add("\n")


def email_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    p = ctx.p
    b = P.person(r, ctx.country, lang=ctx.lang)
    frm, to, sent, subj = W.MAIL_HEADERS[ctx.lang if r.random() < 0.6 else "en"]
    doc.add(f"{frm}: ").pii("PERSON", p.full()).add(" <").put(ctx.val("EMAIL")).add(f">\n{to}: ")
    if r.random() < 0.5:
        doc.put(ctx.val("ROLEMAIL"))
    else:
        doc.pii("PERSON", b.full()).add(" <").pii("EMAIL", ctx.email_of(b)).add(">")
    when = (
        ctx.mail_date()
        if frm == "From"
        else f"{ctx.other_date()} {r.randint(7, 22):02d}:{r.randrange(60):02d}"
    )
    doc.add(f"\n{'Date' if frm == 'From' else sent}: ").look("TIMESTAMP", when).add(f"\n{subj}: ")
    ctx.fill(doc, r.choice(W.SUBJECT[ctx.lang])).add("\n\n")
    ctx.fill(doc, r.choice(W.GREET[ctx.lang]), **ctx.addressee(b)).add("\n\n")
    sentences(ctx, doc, r.randint(2, 3), r.randint(1, 3))
    doc.add("\n\n")
    signature(ctx, doc)
    if r.random() < 0.6:
        company_footer(ctx, doc)


def company_footer(ctx: Ctx, doc: Doc) -> None:
    """The quoted earlier message's footer: the company's address, line, mailbox and account."""
    r = ctx.rng
    ca = P.address(r, ctx.country, pobox_rate=0.2, lang=ctx.lang)
    doc.add("\n> -- \n> ").put(ctx.val("BRAND")).add(" · ").look(
        "COMPANY_ADDRESS", ca.one_line(r).replace("\n", " ")
    ).add("\n> ")
    doc.put(ctx.val("HOTLINE")).add(" · ").put(ctx.val("ROLEMAIL")).add("\n")
    if r.random() < 0.5:
        doc.add("> IBAN ").put(ctx.val("ORGIBAN")).add("\n")


def letter_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    p = ctx.p
    doc.pii("PERSON", p.full()).add("\n").pii("ADDRESS", ctx.addr(lines=True)).add("\n\n")
    comp = ctx.val("EMPLOYER") if r.random() < 0.5 else ctx.val("BRAND")
    doc.put(comp).add("\n")
    ca = P.address(r, ctx.country, pobox_rate=0.3, lang=ctx.lang)
    doc.look("COMPANY_ADDRESS", "\n".join(ca.lines(r))).add("\n")
    if r.random() < 0.4:
        doc.add("Tel. ").put(ctx.val("HOTLINE")).add("\n")
    doc.add("\n")
    doc.add(f"{p.addr.town}, " if r.random() < 0.5 else "").put(ctx.val("ODATE")).add("\n\n")
    formal = [g for g in W.GREET[ctx.lang] if "{LAST}" in g or "{" not in g]
    ctx.fill(doc, r.choice(formal), **ctx.addressee(P.person(r, ctx.country, lang=ctx.lang))).add(
        "\n\n"
    )
    ctx.fill(doc, r.choice(W.LETTER_OPEN[ctx.lang]))
    doc.add(" ")
    sentences(ctx, doc, r.randint(1, 2), r.randint(1, 2))
    doc.add("\n\n")
    signature(ctx, doc, formal=True)


def chat_layout(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    a, b = ctx.p, P.person(r, ctx.country, lang=ctx.lang)
    names = [a.full() if r.random() < 0.5 else a.first, b.full() if r.random() < 0.5 else b.first]
    style = r.choice(["wa", "teams", "plain"])
    lines = W.CHAT[ctx.lang]
    start = r.choice([0, 2])  # a question comes before its answer
    end = start + r.randint(5, 9)
    end += end == 11  # the birthday question keeps its answer
    for i, t in enumerate(lines[start:end]):
        who = names[(i + 1) % 2]
        ts = (LOOK, "TIMESTAMP", ctx.chat_time(style))
        if style == "wa":
            doc.add("[").put(ts).add("] ").pii("PERSON", who).add(": ")
        elif style == "teams":
            doc.pii("PERSON", who).add("  ").put(ts).add("\n")
        else:
            doc.pii("PERSON", who).add(": ")
        if i == 0 and r.random() < 0.4:
            doc.add(r.choice(["hey ", "hi ", "hoi ", "hola ", "salut ", "na "])).pii(
                "PERSON", names[0].split()[0].lower()
            ).add(" ")
        ctx.fill(doc, t).add("\n")


LAYOUTS: dict[str, tuple[str, Callable[[Ctx, Doc], None]]] = {
    "prose": ("prose", prose),
    "email": ("email", email_layout),
    "letter": ("letter", letter_layout),
    "chat_transcript": ("chat", chat_layout),
    "form": ("form", form_layout),
    "json": ("json", json_layout),
    "yaml": ("yaml", yaml_layout),
    "xml": ("xml", xml_layout),
    "env_file": ("env", env_layout),
    "sql_insert": ("sql", sql_insert),
    "sql_result": ("sql", sql_result),
    "csv_sheet": ("csv", csv_layout),
    "markdown_table": ("table", markdown_layout),
    "app_log": ("log", log_layout),
    "http_request": ("http", http_layout),
    "code": ("code", code_layout),
}
