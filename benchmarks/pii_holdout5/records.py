"""Structured pastes: JSON, YAML, .env, CSV, spreadsheets, SQL, logs, HTTP dumps, git logs, code."""

from __future__ import annotations

import random

from . import dates, net
from . import lookalikes as L
from .doc import Doc, Piece, keep, pii
from .labels import keys
from .persona import Persona

Value = str | Piece | int | list


def _dob(rng: random.Random, p: Persona, iso: bool = True) -> Piece:
    text = (
        p.dob.isoformat()
        if iso or rng.random() < 0.5
        else dates.write(rng, p.dob, p.lang, us=p.country == "US")
    )
    return pii("DATE_OF_BIRTH", text)


def _json(doc: Doc, value: Value, indent: int, step: int) -> None:
    """Write `value` as JSON; a list of (key, value) pairs is an object, other lists are arrays."""
    pad, inner = " " * indent, " " * (indent + step)
    nl = "\n" if step else " "
    if isinstance(value, list) and value and isinstance(value[0], tuple):
        doc.add("{" + nl)
        for i, (k, v) in enumerate(value):
            doc.add(f'{inner if step else ""}"{k}": ')
            _json(doc, v, indent + step, step)
            doc.add(("," if i < len(value) - 1 else "") + nl)
        doc.add((pad if step else "") + "}")
    elif isinstance(value, list):
        doc.add("[" + nl)
        for i, v in enumerate(value):
            doc.add(inner if step else "")
            _json(doc, v, indent + step, step)
            doc.add(("," if i < len(value) - 1 else "") + nl)
        doc.add((pad if step else "") + "]")
    elif isinstance(value, int):
        doc.add(str(value))
    else:
        doc.add('"').add(value).add('"')


def _person_fields(rng: random.Random, p: Persona, k: dict[str, str], split_address: bool) -> list:
    fields: list = [
        ("id", L.uuid_(rng)) if rng.random() < 0.5 else ("customer_id", rng.randint(10000, 999999))
    ]
    if rng.random() < 0.6:
        fields += [
            (k["first"], pii("PERSON", p.name.given)),
            (k["last"], pii("PERSON", p.name.family)),
        ]
    else:
        fields.append((k["name"], pii("PERSON", p.name.full)))
    fields += [(k["email"], pii("EMAIL", p.email)), (k["phone"], pii("PHONE", p.phone))]
    if rng.random() < 0.7:
        fields.append((k["dob"], _dob(rng, p)))
    if split_address:  # the street line points at a home; a postcode or a town alone does not
        fields.append(
            (
                k["address"],
                [
                    (k["street"], pii("ADDRESS", p.address.street)),
                    (k["zip"], p.address.postcode),
                    (k["city"], p.address.city),
                ],
            )
        )
    else:
        fields.append((k["address"], pii("ADDRESS", p.address.one_line())))
    return fields


def json_record(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    k = keys(rng, lang)
    step = rng.choice((2, 2, 4, 0))
    records = []
    for p in people[: rng.randint(1, 3)]:
        f = _person_fields(rng, p, k, split_address=rng.random() < 0.6)
        f += [
            ("created_at", L.timestamp(rng)),
            ("last_order", L.order_no(rng)),
            ("status", rng.choice(("active", "pending", "churned"))),
        ]
        if rng.random() < 0.3:
            f.append(("last_ip", pii("IP_ADDRESS", p.ip)))
        if rng.random() < 0.2 and p.iban:
            f.append(("iban", pii("IBAN", p.iban)))
        records.append(f)
    doc.add(
        rng.choice(
            (
                "",
                "here is the API response, why is the dob off by one?\n",
                "Parse this and give me a table:\n",
                "```json\n",
            )
        )
    )
    _json(doc, records if len(records) > 1 else records[0], 0, step)
    doc.add(rng.choice(("", "\n```", "\n")))


def yaml_config(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    p = people[0]
    doc.add(
        "my docker compose won't start, config below\n\nservice:\n  image: registry.local/billing:"
    ).add(L.version(rng)).add("\n  port: ").add(L.port(rng))
    doc.add("\ndatabase:\n  host: db.internal\n  user: billing\n  ").add(
        rng.choice(
            (
                "password",
                "passwd",
                "db_password",
                "pwd",
                "passwort",
                "mot_de_passe",
                "contrasena",
                "wachtwoord",
                "haslo",
                "senha",
            )
        )
    ).add(": ").add(pii("SECRET", net.password(rng)))
    doc.add("\nsmtp:\n  from: ").add(pii("EMAIL", p.email)).add("\n  ").add(
        rng.choice(("api_key", "apiKey", "token", "secret_key"))
    ).add(": ").add(pii("SECRET", net.api_key(rng)))
    doc.add("\nadmin:\n  name: ").add(pii("PERSON", p.name.full)).add('\n  phone: "').add(
        pii("PHONE", p.phone)
    ).add('"\n')
    doc.add("build:\n  commit: ").add(L.hash_(rng)).add("\n")


def env_file(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    doc.add(rng.choice(("why does python-dotenv not pick this up?\n\n", ".env:\n", "")))
    entries = [
        (
            rng.choice(
                (
                    "STRIPE_SECRET_KEY",
                    "OPENAI_API_KEY",
                    "GITHUB_TOKEN",
                    "AWS_SECRET_ACCESS_KEY",
                    "SENDGRID_KEY",
                    "SLACK_BOT_TOKEN",
                )
            ),
            pii("SECRET", net.api_key(rng)),
        ),
        (
            rng.choice(("DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "ADMIN_PASS")),
            pii("SECRET", net.password(rng)),
        ),
        ("APP_PORT", L.port(rng)),
        ("APP_VERSION", L.version(rng)),
        ("SUPPORT_EMAIL", pii("EMAIL", people[0].email)),
        ("REQUEST_TIMEOUT_MS", keep("MEASUREMENT", str(rng.choice((3000, 15000, 30000))))),
        ("BUILD_ID", L.uuid_(rng)),
    ]
    rng.shuffle(entries)
    for key, val in entries:
        q = rng.choice(("", '"')) if isinstance(val, Piece) and val.kind == "SECRET" else ""
        doc.add(f"{key}={q}").add(val).add(f"{q}\n")


def _table(rng: random.Random, doc: Doc, people: list[Persona], lang: str, sep: str) -> None:
    k = keys(rng, lang)
    cols = [
        k["first"],
        k["last"],
        k["email"],
        k["phone"],
        k["street"],
        k["zip"],
        k["city"],
        k["dob"],
        "signup",
        "total",
    ]
    doc.add(sep.join(cols) + "\n")
    for p in people:
        row: list = [
            pii("PERSON", p.name.given),
            pii("PERSON", p.name.family),
            pii("EMAIL", p.email),
            pii("PHONE", p.phone),
            pii("ADDRESS", p.address.street),
            p.address.postcode,
            p.address.city,
            _dob(rng, p, iso=False),
            L.event_date(rng, lang),
            L.amount(rng, lang),
        ]
        for i, cell in enumerate(row):
            text = cell.text if isinstance(cell, Piece) else cell
            quote = '"' if sep in text or "," in text and sep == "," else ""
            doc.add(quote).add(cell).add(quote)
            doc.add(sep if i < len(row) - 1 else "\n")


def csv_export(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    doc.add(rng.choice(("CRM export, can you dedupe these?\n", "clean up this csv:\n", "")))
    _table(rng, doc, people, lang, "," if lang == "en" or rng.random() < 0.5 else ";")


def spreadsheet(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    doc.add(
        rng.choice(
            (
                "Pasted from Excel – sort by city please:\n",
                "make a mail merge from this sheet\n",
                "",
            )
        )
    )
    _table(rng, doc, people, lang, "\t")


def sql_insert(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    k = keys(rng, lang)
    doc.add(
        f"INSERT INTO customers ({k['name']}, {k['email']}, {k['phone']}, {k['dob']}, {k['address']}, created_at) VALUES\n"
    )
    for i, p in enumerate(people):
        q = lambda s: s.replace("'", "''")  # noqa: E731 - SQL doubles the quote, the span covers it as written
        doc.add("  ('").add(pii("PERSON", q(p.name.full))).add("', '").add(
            pii("EMAIL", p.email)
        ).add("', '").add(pii("PHONE", p.phone))
        doc.add("', DATE '").add(pii("DATE_OF_BIRTH", p.dob.isoformat())).add("', '").add(
            pii("ADDRESS", q(p.address.one_line()))
        ).add("', '")
        doc.add(L.timestamp(rng)).add("')" + ("," if i < len(people) - 1 else ";") + "\n")
    doc.add(
        rng.choice(
            (
                '-- ERROR: duplicate key value violates unique constraint "customers_email_key"\n',
                "why is this slow on 2M rows?",
                "",
            )
        )
    )


def app_log(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    doc.add(rng.choice(("prod is throwing these, any idea?\n", "Logs:\n", "")))
    for p in people:
        doc.add(L.timestamp(rng)).add(rng.choice((" INFO ", " WARN ", " ERROR "))).add(
            f"[{rng.choice(('auth', 'checkout', 'mailer', 'api'))}] "
        )
        kind = rng.randrange(5)
        if kind == 0:
            doc.add("login ok user=").add(pii("EMAIL", p.email)).add(" ip=").add(
                pii("IP_ADDRESS", p.ip)
            ).add(" req=").add(L.uuid_(rng))
        elif kind == 1:
            doc.add("payment declined for card=").add(pii("CARD", p.card)).add(" amount=").add(
                L.amount(rng, "en")
            ).add(" order=").add(L.order_no(rng))
        elif kind == 2:
            doc.add('SMTPRecipientsRefused: {"').add(pii("EMAIL", p.email)).add(
                '": (550, "mailbox unavailable")} name="'
            ).add(pii("PERSON", p.name.full)).add('"')
        elif kind == 3:
            doc.add("sms to ").add(pii("PHONE", p.phone)).add(" failed: ").add(
                L.http_status(rng)
            ).add(" after ").add(keep("MEASUREMENT", f"{rng.randint(20, 30000)} ms"))
        else:
            doc.add("profile update uid=").add(str(rng.randint(1000, 99999))).add(" dob=").add(
                _dob(rng, p)
            ).add(' addr="').add(pii("ADDRESS", p.address.one_line())).add('"')
        doc.add("\n")


def access_log(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    doc.add(rng.choice(("nginx log, who is hammering us?\n", "")))
    for p in people * rng.randint(1, 2):
        d = dates.recent_date(rng)
        doc.add(pii("IP_ADDRESS", p.ip)).add(" - - [").add(
            keep(
                "TIMESTAMP",
                f"{d:%d/%b/%Y}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000",
            )
        ).add('] "')
        path = rng.choice(("/api/v1/orders/", "/account/", "/static/app."))
        doc.add(f"{rng.choice(('GET', 'POST'))} {path}").add(
            keep("ORDER_NO", str(rng.randint(10**6, 10**10)))
            if "orders" in path
            else str(rng.randint(1, 999))
        ).add(' HTTP/1.1" ')
        doc.add(
            keep(
                "STATUS_BYTES", f"{rng.choice((200, 200, 304, 404, 500))} {rng.randint(120, 99999)}"
            )
        )
        doc.add(' "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n')


def http_dump(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    p = people[0]
    doc.add(
        "request that fails:\n\nPOST /v2/customers HTTP/1.1\nHost: api.shopcore.io\nAuthorization: Bearer "
    ).add(pii("SECRET", net.api_key(rng)))
    doc.add("\nX-Forwarded-For: ").add(pii("IP_ADDRESS", p.ip)).add("\nX-Request-Id: ").add(
        L.uuid_(rng)
    ).add("\nContent-Type: application/json\n\n")
    _json(
        doc,
        [
            ("name", pii("PERSON", p.name.full)),
            ("email", pii("EMAIL", p.email)),
            ("phone", pii("PHONE", p.phone)),
        ],
        0,
        0,
    )
    doc.add("\n\nresponse: HTTP/1.1 ").add(L.http_status(rng)).add("\n")


def git_log(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    doc.add("which of these commits broke the build?\n\n")
    for p in people:
        doc.add("commit ").add(
            keep("HASH", "".join(rng.choice("0123456789abcdef") for _ in range(40)))
        ).add("\nAuthor: ")
        doc.add(pii("PERSON", p.name.full)).add(" <").add(pii("EMAIL", p.email)).add(
            ">\nDate:   "
        ).add(L.timestamp(rng))
        doc.add(f"\n\n    {rng.choice(('Fix', 'Bump', 'Revert'))} parser for ").add(
            L.version(rng)
        ).add(" (").add(L.ticket(rng)).add(")\n\n")


def code_snippet(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    p = people[0]
    doc.add("```python\nimport requests\n\n# TODO move to vault\n")
    doc.add(f'{rng.choice(("API_KEY", "TOKEN", "secret", "client_secret"))} = "').add(
        pii("SECRET", net.api_key(rng))
    ).add('"\n')
    doc.add('BASE = "https://api.partner.example:').add(L.port(rng)).add('/v1"\n\ntest_user = {\n')
    doc.add('    "name": "').add(pii("PERSON", p.name.full)).add('",\n    "email": "').add(
        pii("EMAIL", p.email)
    ).add('",\n')
    doc.add('    "birthday": "').add(pii("DATE_OF_BIRTH", p.dob.isoformat())).add(
        '",\n    "sku": "'
    ).add(L.product_code(rng)).add('",\n}\n')
    doc.add(
        'resp = requests.post(f"{BASE}/users", json=test_user, timeout=10)\nassert resp.status_code == 201, resp.text\n```\n'
    )
    doc.add(rng.choice(("it fails with ", "I get "))).add(L.http_status(rng)).add(", why?")


def vcard(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    p = people[0]
    a = p.address
    doc.add("convert this contact to CSV:\nBEGIN:VCARD\nVERSION:3.0\nN:").add(
        pii("PERSON", p.name.family)
    ).add(";").add(pii("PERSON", p.name.given)).add(";;;\nFN:")
    doc.add(pii("PERSON", p.name.full)).add("\nTEL;TYPE=CELL:").add(pii("PHONE", p.phone)).add(
        "\nEMAIL;TYPE=HOME:"
    ).add(pii("EMAIL", p.email))
    doc.add("\nADR;TYPE=HOME:;;").add(pii("ADDRESS", a.street)).add(
        f";{a.city};;{a.postcode};{p.country}\nBDAY:"
    ).add(pii("DATE_OF_BIRTH", p.dob.strftime(rng.choice(("%Y-%m-%d", "%Y%m%d")))))
    doc.add("\nREV:").add(L.timestamp(rng)).add("\nEND:VCARD")
