"""Structured layouts people paste: JSON, YAML, .env, SQL, CSV and psql output."""

from __future__ import annotations

from urllib.parse import quote

from pii_holdout import phrases, secrets_gen
from pii_holdout.builder import Doc
from pii_holdout.context import Ctx
from pii_holdout.people import Persona
from pii_holdout.tree import K, S, to_json, to_xml, to_yaml

KEYS = {
    "en": {"name": ("name", "full_name", "customerName"), "first": ("first_name", "firstName", "given_name"),
           "last": ("last_name", "lastName", "surname"), "dob": ("dob", "birth_date", "date_of_birth", "birthDate", "DOB"),
           "phone": ("phone", "mobile", "phone_number", "tel"), "email": ("email", "e_mail", "contactEmail"),
           "address": ("address", "street", "street_address", "addr1")},
    "de": {"name": ("name", "kunde", "fullName"), "first": ("vorname", "first_name"), "last": ("nachname", "last_name"),
           "dob": ("geburtsdatum", "geb_datum", "dob", "birth_date"), "phone": ("telefon", "handy", "phone"),
           "email": ("email", "mail"), "address": ("strasse", "anschrift", "address")},
    "fr": {"name": ("nom_complet", "client", "name"), "first": ("prenom", "first_name"), "last": ("nom", "last_name"),
           "dob": ("date_naissance", "date_de_naissance", "dob"), "phone": ("telephone", "tel", "portable"),
           "email": ("courriel", "email"), "address": ("adresse", "address")},
    "es": {"name": ("nombre_completo", "cliente", "name"), "first": ("nombre", "first_name"), "last": ("apellidos", "last_name"),
           "dob": ("fecha_nacimiento", "fecha_nac", "dob"), "phone": ("telefono", "movil", "phone"),
           "email": ("correo", "email"), "address": ("direccion", "domicilio", "address")},
    "nl": {"name": ("naam", "klant", "name"), "first": ("voornaam", "first_name"), "last": ("achternaam", "last_name"),
           "dob": ("geboortedatum", "geb_datum", "dob"), "phone": ("telefoon", "mobiel", "phone"),
           "email": ("email", "e_mail"), "address": ("adres", "straat", "address")},
}  # fmt: skip
LOOK_COLS = {"order_no": "order", "tracking": "tracking", "amount": "amount", "customer_no": "customer_no", "ticket": "ticket",
             "invoice": "invoice", "sku": "product_code"}  # fmt: skip
SECRET_COLS = ("email", "phone", "dob", "ip", "national_id", "address")
ID_KEYS = {"US": "ssn", "GB": "ni_number", "DE": "steuer_id", "FR": "nir", "ES": "dni", "NL": "bsn"}


def _key(ctx: Ctx, name: str) -> str:
    return ctx.pick(KEYS[ctx.lang][name])


def record(ctx: Ctx, who: Persona, rich: bool = True) -> dict:
    """A customer/user record as an app would hold it, with look-alike bookkeeping fields."""
    r = ctx.rng
    rec: dict = {"id": r.randint(1000, 999999)}
    if r.random() < 0.5:
        rec["uuid"] = K(*ctx.look("uuid"))
    if r.random() < 0.5:
        rec[_key(ctx, "name")] = S("PERSON", who.full)
    else:
        rec[_key(ctx, "first")] = S("PERSON", who.first)
        rec[_key(ctx, "last")] = S("PERSON", who.last)
    rec[_key(ctx, "email")] = S("EMAIL", who.email)
    if r.random() < 0.7:
        rec[_key(ctx, "phone")] = S("PHONE", who.phone)
    if r.random() < 0.6:
        rec[_key(ctx, "dob")] = S("DATE_OF_BIRTH", who.dob)
    if rich and r.random() < 0.6:
        rec["address"] = {
            "street": S("ADDRESS", who.street),
            "postcode": who.postcode,
            "city": who.city,
            "country": who.country,
        }
    elif r.random() < 0.4:
        rec[_key(ctx, "address")] = S("ADDRESS", who.address)
    if r.random() < 0.45:
        rec[ID_KEYS[who.country]] = S("NATIONAL_ID", who.national_id)
    if r.random() < 0.35:
        rec["iban"] = S("IBAN", who.iban)
    if r.random() < 0.2:
        rec["card_number"] = S("CARD", who.card)
    if r.random() < 0.4:
        rec["last_login_ip"] = S("IP_ADDRESS", who.ip)
    rec["created_at"] = K(*ctx.look("timestamp"))
    if rich and r.random() < 0.6:
        rec["orders"] = [
            {"order_id": K(*ctx.look("order")), "sku": K(*ctx.look("product_code")), "status": ctx.pick(["shipped", "pending", "refunded"]),
             "tracking": K(*ctx.look("tracking"))}
            for _ in range(r.randint(1, 2))
        ]  # fmt: skip
    if r.random() < 0.5:
        rec["app_version"] = K(*ctx.look("version"))
    if r.random() < 0.4:
        rec["customer_no"] = K(*ctx.look("customer_no"))
    if r.random() < 0.4:
        rec["updated_at"] = K(*ctx.look("timestamp"))
    if r.random() < 0.3:
        rec["geo"] = K(*ctx.look("coordinates"))
    return rec


def _ask(ctx: Ctx, doc: Doc) -> None:
    if ctx.rng.random() < 0.5:
        doc.add(ctx.pick(phrases.ASKS[ctx.lang]) + "\n\n")


def json_doc(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    _ask(ctx, doc)
    fence = r.random() < 0.5
    if fence:
        doc.add("```json\n")
    kind = r.random()
    if kind < 0.6:
        to_json(doc, record(ctx, ctx.p), indent=ctx.pick([2, 4, None]))
    elif kind < 0.8:
        to_json(doc, {"data": [record(ctx, ctx.person(), rich=False) for _ in range(r.randint(2, 3))],
                      "meta": {"request_id": K(*ctx.look("uuid")), "took": K(*ctx.look("duration")), "page": 1}}, indent=2)  # fmt: skip
    else:
        to_json(doc, {"access_token": S("SECRET", secrets_gen.jwt(r)), "refresh_token": S("SECRET", secrets_gen.PROVIDERS["hex_secret"][1](r)),
                      "token_type": "Bearer", "expires_in": 3600, "user": {"email": S("EMAIL", ctx.p.email), "name": S("PERSON", ctx.p.full)},
                      "server": K(*ctx.look("version")), "trace_id": K(*ctx.look("hex_hash"))}, indent=2)  # fmt: skip
    doc.add("\n```\n" if fence else "\n")


def yaml_doc(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    _ask(ctx, doc)
    if r.random() < 0.5:
        env, key = secrets_gen.api_key(r)
        cfg = {
            "version": K("version", f"{r.randint(2, 3)}.{r.randint(0, 9)}"),
            "database": {"host": "db.internal", "port": K(*ctx.look("port")), "user": "app", "password": S("SECRET", secrets_gen.password(r))},
            "smtp": {"username": S("EMAIL", ctx.p.email), "password": S("SECRET", secrets_gen.password(r))},
            "integrations": {env.lower(): S("SECRET", key), "webhook_secret": K(*ctx.look("placeholder"))},
            "image": K(*ctx.look("image_digest")),
            "admin_contact": S("PERSON", ctx.p.full),
        }  # fmt: skip
        if r.random() < 0.3:
            cfg["tls"] = {"key": S("SECRET", secrets_gen.private_key(r))}
        to_yaml(doc, cfg)
    else:
        to_yaml(
            doc,
            {"customers": [record(ctx, ctx.person(), rich=False) for _ in range(r.randint(1, 3))]},
        )


def xml_doc(ctx: Ctx, doc: Doc) -> None:
    """A SOAP-style or export XML record, as pasted from an integration's logs."""
    _ask(ctx, doc)
    doc.add('<?xml version="1.0" encoding="UTF-8"?>\n')
    to_xml(doc, ctx.pick(["customer", "Kunde", "client", "cliente", "klant"]), record(ctx, ctx.p))


def env_file(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    _ask(ctx, doc)
    doc.add(f"# {ctx.pick(['.env', 'production', 'staging settings', 'copied from the server'])}\n")
    doc.add("APP_VERSION=").keep(
        "version", f"{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 20)}"
    ).add("\nPORT=").keep(*ctx.look("port")).add("\n")
    for _ in range(r.randint(1, 3)):
        env, key = secrets_gen.api_key(r)
        qt = ctx.pick(["", "", '"'])
        doc.add(f"{env}={qt}").secret("SECRET", key).add(qt + "\n")
    user = ctx.pick(["app", "postgres", "admin", "svc_billing"])
    scheme, port = ctx.pick(
        [("postgresql", "5432"), ("mysql", "3306"), ("mongodb", "27017"), ("redis", "6379")]
    )
    host = ctx.pick(
        ["db.internal", "prod.example.net", "mydb.c9akciq32.eu-west-1.rds.amazonaws.com"]
    )
    doc.add(f"DATABASE_URL={scheme}://{user}:").secret(
        "SECRET", quote(secrets_gen.password(r), safe="")
    )
    doc.add(f"@{host}:").keep("port_number", port).add("/app\n")
    if r.random() < 0.6:
        doc.add("SMTP_USER=").secret("EMAIL", ctx.p.email).add("\nSMTP_PASSWORD=").secret(
            "SECRET", secrets_gen.password(r)
        ).add("\n")
    doc.add("REDIS_PASSWORD=").keep(*ctx.look("placeholder")).add("\n")
    doc.add("GIT_SHA=").keep("hex_hash", secrets_gen.git_sha(r)).add("\n")
    if r.random() < 0.5:
        doc.add('ADMIN_NAME="').secret("PERSON", ctx.p.full).add('"\nADMIN_PHONE=').secret(
            "PHONE", ctx.p.phone
        ).add("\n")


def _sql_str(value: str) -> str:
    return value.replace("'", "''")


def sql_insert(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    _ask(ctx, doc)
    cols = ["id", "customer_no", "first_name", "last_name", "email", "phone", "birth_date", "street", "iban", "national_id",
            "last_order", "plan_version", "created_at", "updated_at"]  # fmt: skip
    cols = [
        c for c in cols if c in ("id", "first_name", "last_name", "created_at") or r.random() < 0.55
    ]
    table = ctx.pick(["customers", "users", "patients", "kunden", "clientes", "klanten"])
    doc.add(f"INSERT INTO {table} ({', '.join(cols)}) VALUES\n")
    rows = r.randint(1, 3)
    for i in range(rows):
        who = ctx.person() if i else ctx.p
        doc.add("  (")
        for j, c in enumerate(cols):
            if j:
                doc.add(", ")
            if c == "id":
                doc.add(str(r.randint(1, 99999)))
                continue
            doc.add("'")
            if c in ("created_at", "updated_at"):
                doc.keep("timestamp", ctx.ts())
            elif c in ("customer_no", "last_order", "plan_version"):
                doc.keep(
                    *ctx.look(
                        {
                            "customer_no": "customer_no",
                            "last_order": "order",
                            "plan_version": "version",
                        }[c]
                    )
                )
            elif c == "national_id":
                doc.secret("NATIONAL_ID", who.national_id)
            elif c == "birth_date":
                y, m, d = who.born
                doc.secret("DATE_OF_BIRTH", f"{y}-{m:02d}-{d:02d}")
            else:
                kind, attr = {"first_name": ("PERSON", "first"), "last_name": ("PERSON", "last"), "email": ("EMAIL", "email"),
                              "phone": ("PHONE", "phone"), "street": ("ADDRESS", "street"), "iban": ("IBAN", "iban")}[c]  # fmt: skip
                doc.secret(kind, _sql_str(getattr(who, attr)))
            doc.add("'")
        doc.add(")" + (",\n" if i < rows - 1 else ";\n"))
    if r.random() < 0.5:
        doc.add("-- migration ").keep(*ctx.look("hex_hash")).add(" applied ").keep(
            "timestamp", ctx.ts()
        ).add("\n")


def _cells(ctx: Ctx, who: Persona, cols: list[str]) -> list[tuple[str | None, str, bool]]:
    out: list[tuple[str | None, str, bool]] = []
    for c in cols:
        if c == "id":
            out.append((None, str(ctx.rng.randint(1, 99999)), False))
        elif c in LOOK_COLS:
            out.append((*ctx.look(LOOK_COLS[c]), False))
        elif c == "national_id":
            out.append(("NATIONAL_ID", who.national_id, True))
        elif c == "updated":
            out.append(("timestamp", ctx.ts(), False))
        else:
            kind, attr = {"name": ("PERSON", "full"), "email": ("EMAIL", "email"), "phone": ("PHONE", "phone"),
                          "dob": ("DATE_OF_BIRTH", "dob"), "ip": ("IP_ADDRESS", "ip"), "city": (None, "city"),
                          "address": ("ADDRESS", "address")}[c]  # fmt: skip
            out.append((kind, getattr(who, attr), kind is not None))
    return out


def sql_result(ctx: Ctx, doc: Doc) -> None:
    """Query output as psql or the mysql client print it, padded to column widths."""
    r = ctx.rng
    _ask(ctx, doc)
    cols = ["id", "name"] + r.sample(SECRET_COLS, 2) + r.sample([*LOOK_COLS, "updated", "city"], 3)
    r.shuffle(cols)
    mysql = r.random() < 0.4
    since = f"{r.randint(2022, 2025)}-{r.randint(1, 12):02d}-01"
    prompt = "mysql>" if mysql else "app=>"
    doc.add(f"{prompt} SELECT {', '.join(cols)} FROM customers WHERE created_at > '")
    doc.keep("date", since).add("' LIMIT 5;\n")
    rows = [_cells(ctx, ctx.person(), cols) for _ in range(r.randint(2, 4))]
    widths = [max(len(c), *(len(row[i][1]) for row in rows)) for i, c in enumerate(cols)]
    edge, inner = ("| ", " | ") if mysql else (" ", " | ")
    rule = (
        "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        if mysql
        else "-+-".join("-" * w for w in widths).join("--") + "\n"
    )
    if mysql:
        doc.add(rule)
    doc.add(
        edge
        + inner.join(c.ljust(w) for c, w in zip(cols, widths, strict=True))
        + (" |\n" if mysql else "\n")
    )
    doc.add(rule)
    for row in rows:
        doc.add(edge)
        for i, ((kind, value, secret), w) in enumerate(zip(row, widths, strict=True)):
            if i:
                doc.add(inner)
            if kind is None:
                doc.add(value)
            elif secret:
                doc.secret(kind, value)
            else:
                doc.keep(kind, value)
            doc.add(" " * (w - len(value)))
        doc.add(" |\n" if mysql else "\n")
    if mysql:
        doc.add(rule + f"{len(rows)} rows in set (0.0{r.randint(0, 9)} sec)\n")
    else:
        doc.add(f"({len(rows)} rows)\n")


def csv_doc(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    _ask(ctx, doc)
    sep = ";" if ctx.lang != "en" and r.random() < 0.6 else ","
    cols = ["id", "name"] + r.sample(SECRET_COLS, 2) + r.sample([*LOOK_COLS, "updated", "city"], 3)
    doc.add(sep.join(cols) + "\n")
    for _ in range(r.randint(2, 5)):
        for i, (kind, value, secret) in enumerate(_cells(ctx, ctx.person(), cols)):
            if i:
                doc.add(sep)
            q = '"' if sep in value or '"' in value else ""
            doc.add(q)
            if kind is None:
                doc.add(value)
            elif secret:
                doc.secret(kind, value)
            else:
                doc.keep(kind, value)
            doc.add(q)
        doc.add("\n")


LAYOUTS = {
    "json": json_doc,
    "xml": xml_doc,
    "yaml": yaml_doc,
    "env": env_file,
    "sql_insert": sql_insert,
    "sql_result": sql_result,
    "csv": csv_doc,
}
