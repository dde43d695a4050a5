"""Layouts for PII hold-out 7: the places real pastes put personal data.

Each layout writes one message into a `Doc` from pieces: a plain string is text, a ("KIND", value)
pair is a span that must be redacted, and a ("~FAMILY", value) pair is a look-alike that must be kept.
Offsets are computed while the text is assembled, so they are exact by construction.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

import h7_values as v

Piece = str | tuple[str, str]


@dataclass
class Doc:
    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)
    lookalikes: list[dict[str, object]] = field(default_factory=list)
    size: int = 0

    def add(self, *pieces: Piece) -> None:
        for piece in pieces:
            if isinstance(piece, str):
                text = piece
            else:
                kind, text = piece
                target = self.lookalikes if kind.startswith("~") else self.spans
                target.append(
                    {"kind": kind.lstrip("~"), "start": self.size, "end": self.size + len(text)}
                )
            self.parts.append(text)
            self.size += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


ASK = {
    "en": [
        "Can you help me fix this?",
        "Why does this fail?",
        "Please clean this up:",
        "what's wrong here",
    ],
    "de": ["Kannst du mir helfen, das zu beheben?", "Warum schlägt das fehl?", "Bitte aufräumen:"],
    "fr": ["Tu peux m'aider à corriger ça ?", "Pourquoi ça plante ?", "Peux-tu résumer ceci :"],
    "es": ["¿Me ayudas a arreglar esto?", "¿Por qué falla esto?", "Resúmeme esto, por favor:"],
    "nl": ["Kun je me helpen dit op te lossen?", "Waarom gaat dit mis?", "Vat dit samen aub:"],
    "it": ["Mi aiuti a sistemare questo?", "Perché non funziona?", "Riassumi questo:"],
    "pt": [
        "Podes ajudar-me a corrigir isto?",
        "Porque é que isto falha?",
        "Resume isto, por favor:",
    ],
    "pl": ["Możesz mi pomóc to naprawić?", "Dlaczego to nie działa?", "Streść to proszę:"],
    "sv": [
        "Kan du hjälpa mig att fixa det här?",
        "Varför fungerar inte det här?",
        "Sammanfatta detta:",
    ],
    "da": ["Kan du hjælpe mig med at rette dette?", "Hvorfor fejler det her?"],
    "fi": ["Voitko auttaa korjaamaan tämän?", "Miksi tämä ei toimi?"],
}
WORDS = {  # name, address, phone, email labels per language
    "en": ("Name", "Address", "Phone", "Email"),
    "de": ("Name", "Anschrift", "Telefon", "E-Mail"),
    "fr": ("Nom", "Adresse", "Téléphone", "Courriel"),
    "es": ("Nombre", "Dirección", "Teléfono", "Correo"),
    "nl": ("Naam", "Adres", "Telefoon", "E-mail"),
    "it": ("Nome", "Indirizzo", "Telefono", "Email"),
    "pt": ("Nome", "Morada", "Telefone", "Email"),
    "pl": ("Imię i nazwisko", "Adres", "Telefon", "E-mail"),
    "sv": ("Namn", "Adress", "Telefon", "E-post"),
    "da": ("Navn", "Adresse", "Telefon", "E-mail"),
    "fi": ("Nimi", "Osoite", "Puhelin", "Sähköposti"),
}


def ask(rng: random.Random, lang: str) -> str:
    return rng.choice(ASK[lang])


def ts(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def version(rng: random.Random) -> str:
    return f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"


def http_dump(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    d.add(
        ask(rng, lang),
        " The API keeps returning ",
        ("~HTTP_STATUS", rng.choice(["422", "401 Unauthorized", "HTTP/1.1 500"])),
        "\n\n```\n",
    )
    d.add(
        rng.choice(["POST", "PUT", "PATCH"]),
        " /api/v2/customers/",
        ("~RECORD_ID", str(rng.randint(10000, 999999))),
        " HTTP/1.1\n",
    )
    d.add("Host: api.", rng.choice(["shopwave.io", "crm.internal", "billing.example.com"]), "\n")
    d.add(
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/",
        ("~VERSION", f"{rng.randint(110, 132)}.0"),
        "\n",
    )
    d.add("Authorization: Bearer ", ("SECRET", v.secret(rng)), "\n")
    d.add(
        "Cookie: _ga=",
        ("~ANALYTICS_ID", f"GA1.2.{rng.randint(10**8, 10**9)}.{rng.randint(10**9, 2 * 10**9)}"),
        "; sessionid=",
        ("SECRET", v.hexstr(rng, 32)),
        "\n",
    )
    d.add(
        "X-Forwarded-For: ",
        ("IP_ADDRESS", v.ipv4(rng)),
        ", ",
        ("~PRIVATE_IP", f"10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}"),
        "\n",
    )
    d.add(
        "X-Request-ID: ",
        ("~UUID", v.uuid4(rng)),
        "\nContent-Type: application/json\nContent-Length: ",
        ("~BYTE_COUNT", str(rng.randint(80, 900))),
        "\n\n",
    )
    d.add(
        '{"first_name": "',
        ("PERSON", first),
        '", "last_name": "',
        ("PERSON", last),
        '", "email": "',
        ("EMAIL", v.email(rng, first, last)),
        '", "phone": "',
        ("PHONE", v.phone(rng, lang)),
        '", "plan": "',
        ("~PRODUCT_CODE", rng.choice(["PRO-12M", "BASIC-M", "TEAM-50"])),
        '"}\n```\n',
    )
    d.add(
        "Response: ",
        ("~HTTP_STATUS", "HTTP/1.1 422 Unprocessable Entity"),
        "\nDate: ",
        ("~TIMESTAMP", "Mon, 07 Dec 2026 09:14:22 GMT"),
        "\n",
    )


def k8s_yaml(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    d.add(
        ask(rng, lang),
        " The pod crashloops.\n\n```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing-api\n",
    )
    d.add(
        "  annotations:\n    owner: ",
        ("EMAIL", v.email(rng, first, last)),
        "\n    commit: ",
        ("~GIT_SHA", v.hexstr(rng, 40)),
        "\nspec:\n  replicas: 3\n",
    )
    d.add(
        "  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/billing:",
        ("~VERSION", version(rng)),
        "\n",
    )
    d.add(
        '          env:\n            - name: DATABASE_URL\n              value: "',
        ("SECRET", f"postgresql://billing:{v.password(rng)}@db.prod.svc:5432/billing"),
        '"\n',
    )
    d.add(
        "            - name: STRIPE_KEY\n              value: ",
        ("SECRET", "sk_live_" + v.hexstr(rng, 24)),
        "\n",
    )
    d.add(
        "            - name: SENTRY_DSN_PLACEHOLDER\n              value: ",
        ("~PLACEHOLDER_SECRET", rng.choice(v.DOC_KEYS)),
        "\n",
    )
    d.add(
        "          resources:\n            limits:\n              memory: ",
        ("~BYTE_COUNT", f"{rng.choice([256, 512, 1024])}Mi"),
        "\n```\n",
    )


def compose_env(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    d.add(
        "docker-compose.yml\n\n```yaml\nservices:\n  db:\n    image: postgres:",
        ("~VERSION", f"{rng.randint(13, 17)}.{rng.randint(0, 5)}"),
        "\n",
    )
    d.add(
        "    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ",
        ("SECRET", v.password(rng)),
        "\n",
    )
    d.add(
        "  mailer:\n    image: bytemark/smtp\n    environment:\n      RELAY_USERNAME: ",
        ("EMAIL", v.email(rng, first, last)),
        "\n",
    )
    d.add(
        "      RELAY_PASSWORD: ",
        ("SECRET", v.password(rng)),
        '\n    ports:\n      - "',
        ("~PORT_MAPPING", "587:25"),
        '"\n```\n',
        ask(rng, lang),
        "\n",
    )


def terraform(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    d.add(
        ask(rng, lang),
        '\n\n```hcl\nprovider "aws" {\n  region     = "eu-central-1"\n  access_key = "',
        ("SECRET", "AKIA" + v._token(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        '"\n',
    )
    d.add(
        '  secret_key = "',
        ("SECRET", v.secret(rng) if rng.random() < 0.3 else v._token(rng, 40)),
        '"\n}\n\n',
    )
    d.add(
        'resource "aws_instance" "bastion" {\n  ami           = "',
        ("~CLOUD_ID", "ami-" + v.hexstr(rng, 17)),
        '"\n  instance_type = "t3.micro"\n',
    )
    d.add(
        '  tags = {\n    Owner = "',
        ("EMAIL", v.email(rng, first, last)),
        '"\n    CostCenter = "',
        ("~PRODUCT_CODE", f"CC-{rng.randint(1000, 9999)}"),
        '"\n  }\n}\n\n',
    )
    d.add(
        'resource "aws_security_group_rule" "ssh" {\n  cidr_blocks = ["',
        ("IP_ADDRESS", v.ipv4(rng)),
        '/32", "',
        ("~PRIVATE_IP", "10.20.0.0/16"),
        '"]\n}\n```\n',
    )


def gh_actions(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    d.add(
        ask(rng, lang),
        "\n\n```yaml\nname: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-",
        ("~VERSION", "24.04"),
        "\n",
    )
    d.add(
        "    env:\n      NPM_TOKEN: ",
        ("~PLACEHOLDER_SECRET", "${{ secrets.NPM_TOKEN }}"),
        "\n      SLACK_WEBHOOK: https://hooks.slack.com/services/",
        (
            "SECRET",
            f"T0{v._token(rng, 8).upper()}/B0{v._token(rng, 8).upper()}/{v._token(rng, 24)}",
        ),
        "\n",
    )
    d.add(
        "    steps:\n      - uses: actions/checkout@",
        ("~GIT_SHA", v.hexstr(rng, 40)),
        "\n      - run: |\n",
    )
    d.add(
        '          git config user.name "',
        ("PERSON", f"{first} {last}"),
        '"\n          git config user.email "',
        ("EMAIL", v.email(rng, first, last)),
        '"\n',
    )
    d.add(
        '          echo "//registry.npmjs.org/:_authToken=',
        ("SECRET", "npm_" + v._token(rng, 36)),
        '" > ~/.npmrc\n```\n',
    )


def jupyter(rng: random.Random, lang: str, d: Doc) -> None:
    rows = [(v.person(rng, lang)) for _ in range(2)]
    d.add(
        ask(rng, lang),
        '\n{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": ',
        ("~RECORD_ID", str(rng.randint(3, 60))),
        ',\n   "metadata": {},\n   "outputs": [],\n   "source": [\n',
    )
    d.add('    "import pandas as pd\\n",\n    "df = pd.DataFrame({\\n",\n')
    d.add(
        "    \"    'name': ['",
        ("PERSON", f"{rows[0][0]} {rows[0][1]}"),
        "', '",
        ("PERSON", f"{rows[1][0]} {rows[1][1]}"),
        "'],\\n\",\n",
    )
    d.add(
        "    \"    'email': ['",
        ("EMAIL", v.email(rng, *rows[0])),
        "', '",
        ("EMAIL", v.email(rng, *rows[1])),
        "'],\\n\",\n",
    )
    d.add(
        "    \"    'iban': ['",
        ("IBAN", v.iban(rng, lang)),
        "', '",
        ("~INVALID_IBAN", v.iban(rng, lang, valid=False)),
        "'],\\n\",\n",
    )
    d.add(
        '    "})"\n   ]\n  }\n ],\n "metadata": {"kernelspec": {"name": "python3"}, "language_info": {"version": "',
        ("~VERSION", f"3.{rng.randint(9, 13)}.{rng.randint(0, 9)}"),
        '"}},\n "nbformat": 4\n}\n',
    )


def traceback_locals(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    d.add(
        'Traceback (most recent call last):\n  File "/srv/app/payments/charge.py", line ',
        ("~LINE_NUMBER", str(rng.randint(20, 400))),
        ", in charge\n",
    )
    d.add(
        "    resp = gateway.capture(card_number, amount)\n    card_number = '",
        ("CARD", v.card(rng)),
        "'\n    amount = ",
        ("~PRICE", f"Decimal('{rng.randint(5, 900)}.{rng.randint(0, 99):02d}')"),
        "\n",
    )
    d.add(
        "    customer = <Customer id=",
        ("~RECORD_ID", str(rng.randint(1000, 99999))),
        " name='",
        ("PERSON", f"{first} {last}"),
        "' email='",
        ("EMAIL", v.email(rng, first, last)),
        "'>\n",
    )
    d.add(
        "    client_ip = '",
        ("IP_ADDRESS", v.ipv6(rng) if rng.random() < 0.3 else v.ipv4(rng)),
        "'\n    idempotency_key = '",
        ("~UUID", v.uuid4(rng)),
        "'\n",
    )
    d.add(
        '  File "/usr/lib/python3/site-packages/stripe/api_requestor.py", line ',
        ("~LINE_NUMBER", str(rng.randint(100, 900))),
        ", in request\n",
    )
    d.add(
        "stripe.error.CardError: Request req_",
        ("~REQUEST_ID", v._token(rng, 14)),
        ": Your card was declined.\n\n",
        ask(rng, lang),
        "\n",
    )


def har(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    mail = v.email(rng, first, last)
    d.add(
        ask(rng, lang),
        ' (copied from devtools)\n\n{\n  "startedDateTime": "',
        ("~TIMESTAMP", ts(rng)),
        '",\n  "request": {\n    "method": "POST",\n',
    )
    d.add(
        '    "url": "https://login.',
        rng.choice(["mijnbank.nl", "kundenportal.de", "moncompte.fr"]),
        '/session",\n    "headers": [\n',
    )
    d.add(
        '      {"name": "cookie", "value": "JSESSIONID=',
        ("SECRET", v._token(rng, 32, "0123456789ABCDEF")),
        '"},\n',
    )
    d.add(
        '      {"name": "x-client-version", "value": "', ("~VERSION", version(rng)), '"}\n    ],\n'
    )
    d.add(
        '    "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "username=',
        ("EMAIL", mail.replace("@", "%40")),
        "&password=",
        (
            "SECRET",
            v.password(rng)
            .replace("!", "%21")
            .replace("#", "%23")
            .replace("@", "%40")
            .replace("&", "%26"),
        ),
        '"}\n  },\n',
    )
    d.add(
        '  "response": {"status": ',
        ("~HTTP_STATUS", str(rng.choice([302, 401, 403]))),
        ', "bodySize": ',
        ("~BYTE_COUNT", str(rng.randint(200, 5000))),
        "},\n",
    )
    d.add(
        '  "serverIPAddress": "',
        ("~PUBLIC_SERVER_IP", rng.choice(["151.101.1.69", "104.16.132.229", "142.250.74.46"])),
        '"\n}\n',
    )


def chat_export(rng: random.Random, lang: str, d: Doc) -> None:
    a, b = v.person(rng, lang), v.person(rng, lang)
    if rng.random() < 0.5:
        d.add(
            ask(rng, lang),
            '\n[\n  {"type": "message", "user": "',
            ("~CHAT_USER_ID", "U0" + v._token(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
            '", "user_name": "',
            ("PERSON", f"{a[0].lower()}.{a[1].lower().replace(' ', '')}"),
            '",\n',
        )
        d.add(
            '   "text": "new hire starts monday, send the laptop to ',
            ("ADDRESS", v.address(rng, lang).replace("\n", ", ")),
            ' pls", "ts": "',
            ("~TIMESTAMP", f"17{rng.randint(10**7, 10**8 - 1)}.{rng.randint(100000, 999999)}"),
            '"},\n',
        )
        d.add(
            '  {"type": "message", "user_name": "',
            ("PERSON", f"{b[0]} {b[1]}"),
            '", "text": "ok, her mobile is ',
            ("PHONE", v.phone(rng, lang)),
            " right? ticket ",
            ("~TICKET_ID", f"IT-{rng.randint(1000, 9999)}"),
            '"}\n]\n',
        )
    else:
        d.add(
            ask(rng, lang),
            "\n\n[",
            ("~TIMESTAMP", f"{rng.randint(8, 17)}:{rng.randint(10, 59)}"),
            "] ",
            ("PERSON", f"{a[1]}, {a[0]}"),
            "\n",
        )
        d.add(
            "Can someone reset the VPN for ",
            ("PERSON", f"{b[0]} {b[1]}"),
            "? her laptop is on ",
            ("IP_ADDRESS", v.ipv4(rng)),
            "\n[",
            ("~TIMESTAMP", f"{rng.randint(8, 17)}:{rng.randint(10, 59)}"),
            "] ",
            ("PERSON", f"{b[1]}, {b[0]}"),
            "\n",
        )
        d.add(
            "temp pw is ",
            ("SECRET", v.password(rng)),
            " - change it after login. Meeting moved to ",
            ("~NON_BIRTH_DATE", f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"),
            "\n",
        )


def pdf_form(rng: random.Random, lang: str, d: Doc) -> None:
    name, addr, tel, mail = WORDS[lang]
    first, last = v.person(rng, lang)
    b = v.birth(rng)
    street_addr = v.address(rng, lang)
    cut = street_addr.find(" ", len(street_addr) // 2)
    if cut > 0:
        street_addr = street_addr[:cut] + "\n" + street_addr[cut + 1 :]
    d.add(
        ask(rng, lang),
        "\n\nFORM ",
        (
            "~FORM_NUMBER",
            f"{rng.choice(['A', 'HR', 'K'])}-{rng.randint(10, 99)}/{rng.randint(2019, 2026)}",
        ),
        "   Page 1 of 2\n",
    )
    d.add(f"1. {name} (surname, given names)   ", ("PERSON", f"{last.upper()},\n{first}"), "\n")
    d.add(
        f"2. {v.DOB_CUE[lang][-1]} ",
        ("DATE_OF_BIRTH", v.date_text(rng, b, lang)),
        "     3. ID no. ",
        ("NATIONAL_ID", v.national_id(rng, lang, b)),
        "\n",
    )
    d.add(f"4. {addr}  ", ("ADDRESS", street_addr), "\n")
    d.add(
        f"5. {tel} ",
        ("PHONE", v.phone(rng, lang)),
        f"   6. {mail} ",
        ("EMAIL", v.email(rng, first, last)),
        "\n",
    )
    d.add(
        "7. Date of application ",
        ("~NON_BIRTH_DATE", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"),
        "   Ref. ",
        ("~RECORD_ID", str(rng.randint(10**6, 10**7))),
        "\n",
    )


def ocr_letter(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    company = rng.choice(v.COMPANIES)
    d.add(
        ask(rng, lang),
        " (scanned letter)\n\n",
        ("~COMPANY", company),
        " Kundenservice · Postfach · ",
        ("~PRICE", "0,14 €/Min."),
        "\n\n",
    )
    d.add(
        ("PERSON", f"{first} {last}"),
        "\n",
        ("ADDRESS", v.address(rng, lang)),
        "\n\nRef.: ",
        ("~RECORD_ID", f"{rng.randint(100, 999)}/{rng.randint(10000, 99999)}"),
        "   ",
        ("~NON_BIRTH_DATE", f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2026"),
        "\n\n",
    )
    split = max(2, len(last) // 2)
    hyphenated = f"{last[:split]}-\n{last[split:]}"
    d.add(
        rng.choice(
            [
                "Dear Mr./Ms. ",
                "Sehr geehrte/r Frau/Herr ",
                "Madame, Monsieur ",
                "Estimado/a Sr./Sra. ",
            ]
        ),
        ("PERSON", hyphenated),
        ",\n",
    )
    d.add(
        "we confirm receipt of your payment of ",
        ("~PRICE", f"{rng.randint(10, 999)},{rng.randint(0, 99):02d} EUR"),
        " from ac-\ncount ",
        ("IBAN", v.iban(rng, lang)),
        ". Our re-\nference account ",
        ("~INVALID_IBAN", v.iban(rng, lang, valid=False)),
        " is closed.\n",
    )


def spreadsheet(rng: random.Random, lang: str, d: Doc) -> None:
    name, addr, tel, mail = WORDS[lang]
    d.add(ask(rng, lang), "\n\n")
    header = rng.random() < 0.7
    if header:
        d.add(f"order_id\t{name}\t{mail}\t{tel}\tDOB\ttotal\tshipped\n")
    for _ in range(rng.randint(2, 4)):
        first, last = v.person(rng, lang)
        b = v.birth(rng)
        d.add(
            ("~ORDER_ID", f"SO-{rng.randint(100000, 999999)}"),
            "\t",
            ("PERSON", f"{first} {last}"),
            "\t",
            ("EMAIL", v.email(rng, first, last)),
            "\t",
            ("PHONE", v.phone(rng, lang)),
            "\t",
            ("DATE_OF_BIRTH", f"{b.year}-{b.month:02d}-{b.day:02d}"),
            "\t",
            ("~PRICE", f"{rng.randint(5, 400)}.{rng.randint(0, 99):02d}"),
            "\t",
            ("~NON_BIRTH_DATE", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"),
            "\n",
        )
    if not header:
        d.add("(columns: order, name, mail, phone, birthday, total, ship date)\n")


def access_log(rng: random.Random, lang: str, d: Doc) -> None:
    d.add(ask(rng, lang), "\n\n")
    for _ in range(rng.randint(2, 4)):
        first, last = v.person(rng, lang)
        if rng.random() < 0.5:
            d.add(
                ("IP_ADDRESS", v.ipv4(rng)),
                " - - [",
                (
                    "~TIMESTAMP",
                    f"07/Dec/2026:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0100",
                ),
                '] "GET /unsubscribe?email=',
                ("EMAIL", v.email(rng, first, last)),
                ' HTTP/1.1" ',
                ("~HTTP_STATUS", rng.choice(["200", "302", "404"])),
                " ",
                ("~BYTE_COUNT", str(rng.randint(200, 90000))),
                "\n",
            )
        else:
            d.add(
                '{"level":"warn","ts":"',
                ("~TIMESTAMP", ts(rng)),
                '","msg":"login failed","user":"',
                ("EMAIL", v.email(rng, first, last)),
                '","remote_addr":"',
                ("IP_ADDRESS", v.ipv4(rng)),
                '","trace_id":"',
                ("~TRACE_ID", v.hexstr(rng, 32)),
                '"}\n',
            )


def sql_insert(rng: random.Random, lang: str, d: Doc) -> None:
    d.add(
        ask(rng, lang),
        "\n\nINSERT INTO patients (id, full_name, birth_date, national_id, street, phone, created_at) VALUES\n",
    )
    for i in range(rng.randint(1, 3)):
        first, last = v.person(rng, lang)
        b = v.birth(rng)
        sep = ",\n" if i else ""
        d.add(
            sep,
            "(",
            ("~RECORD_ID", str(rng.randint(100, 9999))),
            ", '",
            ("PERSON", f"{first} {last}".replace("'", "''")),
            "', '",
            ("DATE_OF_BIRTH", f"{b.year}-{b.month:02d}-{b.day:02d}"),
            "', '",
            ("NATIONAL_ID", v.national_id(rng, lang, b)),
            "', '",
            ("ADDRESS", v.address(rng, lang).replace("\n", ", ").replace("'", "''")),
            "', '",
            ("PHONE", v.phone(rng, lang)),
            "', '",
            ("~TIMESTAMP", ts(rng).replace("T", " ").rstrip("Z")),
            "')",
        )
    d.add(';\nERROR:  duplicate key value violates unique constraint "patients_pkey"\n')


def email_thread(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    other = v.person(rng, lang)
    b = v.birth(rng)
    d.add(
        ask(rng, lang),
        "\n\n-----Original Message-----\nFrom: ",
        ("PERSON", f"{first} {last}"),
        " <",
        ("EMAIL", v.email(rng, first, last)),
        ">\n",
    )
    d.add(
        "Sent: ",
        (
            "~TIMESTAMP",
            f"Friday, {rng.randint(1, 28)} November 2026 {rng.randint(8, 18)}:{rng.randint(10, 59)}",
        ),
        "\nTo: support@",
        rng.choice(["insurer.example", "clinic-nord.de"]),
        "\n",
    )
    d.add(
        "Subject: claim ",
        ("~TICKET_ID", f"CLM-{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}"),
        "\n\nHello,\nmy son ",
        ("PERSON", f"{other[0]} {last}"),
        " (",
        v.DOB_CUE[lang][0],
        " ",
        ("DATE_OF_BIRTH", v.date_text(rng, b, lang)),
        ") ",
    )
    d.add(
        "had his appointment on ",
        ("~NON_BIRTH_DATE", f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026"),
        ". Please refund to ",
        ("IBAN", v.iban(rng, lang)),
        ".\n\n",
    )
    d.add(
        "Best regards\n",
        ("PERSON", f"{first} {last}"),
        "\n",
        ("ADDRESS", v.address(rng, lang)),
        "\nMob. ",
        ("PHONE", v.phone(rng, lang)),
        "\n",
    )
    d.add(
        "This e-mail may be confidential. Do not reply to ",
        ("~PLACEHOLDER_EMAIL", rng.choice(v.EXAMPLE_EMAILS)),
        ".\n",
    )


def prose_lookalikes(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    d.add(
        ask(rng, lang),
        " Draft for our newsletter:\n\n",
        ("~FAMOUS_PERSON", rng.choice(v.FAMOUS)),
        " would have loved how ",
        ("~COMPANY", rng.choice(v.COMPANIES)),
        " rebuilt its app (v",
        ("~VERSION", version(rng)),
        "). ",
    )
    d.add(
        "Analysts on ",
        ("~STREET_AS_THING", rng.choice(v.STREET_AS_THING)),
        " expect ",
        ("~PRICE", f"€{rng.randint(2, 90)}.{rng.randint(0, 9)}m"),
        " revenue; the book (ISBN ",
        ("~ISBN", v.isbn13(rng)),
        ") ships ",
        ("~NON_BIRTH_DATE", f"{rng.randint(1, 28)} March 2027"),
        ".\n",
    )
    d.add(
        "Our office is at ",
        ("~COORDINATES", f"{rng.uniform(40, 60):.5f}, {rng.uniform(-5, 25):.5f}"),
        ". Test card ",
        ("~INVALID_CARD", v.card(rng, valid=False)),
        ", sample ID ",
        ("~INVALID_ID", v.invalid_id(rng, lang, v.birth(rng))),
        ".\n",
    )
    d.add("Questions: ", ("PERSON", f"{first} {last}"), ", ", ("PHONE", v.phone(rng, lang)), "\n")


def env_file(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    d.add(
        ask(rng, lang),
        "\n\n# .env.production\nAPP_VERSION=",
        ("~VERSION", version(rng)),
        "\nAWS_ACCESS_KEY_ID=",
        ("~PLACEHOLDER_SECRET", "AKIAIOSFODNN7EXAMPLE"),
        "\n",
    )
    d.add(
        "OPENAI_API_KEY=",
        ("SECRET", v.secret(rng)),
        "\nREDIS_URL=",
        ("SECRET", f"redis://:{v.password(rng)}@cache.internal:6379/0"),
        "\n",
    )
    d.add(
        "ADMIN_EMAIL=",
        ("EMAIL", v.email(rng, first, last)),
        "\nSESSION_SECRET=",
        ("~PLACEHOLDER_SECRET", "changeme"),
        "\nBUILD_HASH=",
        ("~HASH", v.hexstr(rng, 64)),
        "\n",
    )


def invoice(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    b = v.birth(rng)
    d.add(
        ask(rng, lang),
        "\n\n| Field | Value |\n|---|---|\n| Invoice no. | ",
        ("~ORDER_ID", f"INV-{rng.choice(['2026'])}-{rng.randint(1000, 9999)}"),
        " |\n",
    )
    d.add(
        "| Customer | ",
        ("PERSON", f"{first} {last}"),
        " |\n| Ship to | ",
        ("ADDRESS", v.address(rng, lang).replace("\n", ", ")),
        " |\n",
    )
    d.add(
        "| Card | ",
        ("CARD", v.card(rng)),
        " |\n| Tracking | ",
        (
            "~TRACKING_NUMBER",
            f"1Z{v._token(rng, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{rng.randint(10**9, 10**10 - 1)}",
        ),
        " |\n",
    )
    d.add(
        "| Total | ",
        ("~PRICE", f"{rng.randint(10, 2000)},{rng.randint(0, 99):02d} €"),
        " |\n| VAT ID | ",
        ("~COMPANY_TAX_ID", f"DE{rng.randint(10**8, 10**9 - 1)}"),
        " |\n",
    )
    d.add(
        "| Customer ",
        v.DOB_CUE[lang][-1].rstrip(":"),
        " | ",
        ("DATE_OF_BIRTH", v.date_text(rng, b, lang)),
        " |\n",
    )


def cv(rng: random.Random, lang: str, d: Doc) -> None:
    first, last = v.person(rng, lang)
    b = v.birth(rng)
    d.add(
        ask(rng, lang),
        " Improve my CV:\n\n",
        ("PERSON", f"{first.upper()} {last.upper()}"),
        "\n",
        ("ADDRESS", v.address(rng, lang)),
        " · ",
        ("PHONE", v.phone(rng, lang)),
        " · ",
        ("EMAIL", v.email(rng, first, last)),
        "\n",
    )
    d.add(
        rng.choice(v.DOB_CUE[lang]),
        " ",
        ("DATE_OF_BIRTH", v.date_text(rng, b, lang)),
        "\n\nEXPERIENCE\n",
        ("~NON_BIRTH_DATE", f"{rng.randint(2015, 2020)}"),
        "–",
        ("~NON_BIRTH_DATE", "2026"),
        "  Data engineer, ",
        ("~COMPANY", rng.choice(v.COMPANIES)),
        "\n",
    )
    d.add(
        "  Migrated Spark ",
        ("~VERSION", f"{rng.randint(2, 3)}.{rng.randint(0, 5)}"),
        " jobs; cut costs by ",
        ("~PRICE", f"${rng.randint(20, 400)}k"),
        "/year\n",
    )


LAYOUTS: tuple[tuple[str, Callable[[random.Random, str, Doc], None]], ...] = (
    ("http_dump", http_dump),
    ("k8s_yaml", k8s_yaml),
    ("compose_env", compose_env),
    ("terraform", terraform),
    ("gh_actions", gh_actions),
    ("jupyter", jupyter),
    ("traceback_locals", traceback_locals),
    ("har", har),
    ("chat_export", chat_export),
    ("pdf_form", pdf_form),
    ("ocr_letter", ocr_letter),
    ("spreadsheet", spreadsheet),
    ("access_log", access_log),
    ("sql_insert", sql_insert),
    ("email_thread", email_thread),
    ("prose_lookalikes", prose_lookalikes),
    ("env_file", env_file),
    ("invoice", invoice),
    ("cv", cv),
)
