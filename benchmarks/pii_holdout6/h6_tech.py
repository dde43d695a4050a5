"""Technical pastes: tables and exports of people, logs, configuration, code and git history."""

from __future__ import annotations

import json
from urllib.parse import quote

import h6_ids as ids
import h6_looks as looks
import h6_people as people
from h6_doc import Ctx, Doc, Mark
from h6_phrases import DOB_KEYS


def table(c: Ctx, style: str) -> Doc:
    """CSV (with and without header), semicolon CSV, TSV, markdown table, SQL INSERT or JSON export of people."""
    d, lab, r = Doc(), c.p["lab"], c.rng
    dob_key = r.choice(DOB_KEYS)
    keys = [
        "id",
        "full_name",
        "email",
        "phone",
        "address",
        dob_key,
        "created_at",
        "last_order",
        "order_total",
        "updated_at",
    ]
    cols = [
        "id",
        lab["name"],
        lab["email"],
        lab["phone"],
        lab["addr"],
        dob_key,
        "created_at",
        "last_order",
        lab["amount"],
        "updated_at",
    ]
    rows = []
    for _ in range(r.randint(2, 5)):
        me = c.person()
        rows.append(
            [
                str(r.randint(1000, 99999)),
                c.name(me, variant=style != "md"),
                c.email(me),
                c.phone(),
                Mark("ADDRESS", ", ".join(c.addr_lines(0.02))),
                c.dob(),
                c.look("TIMESTAMP")
                if r.random() < 0.5
                else Mark("TIMESTAMP", looks.timestamp(r, "sql")),
                c.look("ORDER_NO"),
                c.look("PRICE"),
                Mark("TIMESTAMP", looks.timestamp(r, "iso")),
            ]
        )
    if style == "sql":
        d.t("INSERT INTO customers (" + ", ".join(keys) + ") VALUES\n")
        for i, row in enumerate(rows):
            d.add("  (")
            for j, v in enumerate(row):
                d.add(", " if j else "")
                d.add(v if j == 0 else "'")
                if j:
                    d.add(Mark(v.kind, v.text.replace("'", "''")) if "'" in v.text and v.pii else v)
                    d.add("'")
            d.add(");\n" if i == len(rows) - 1 else "),\n")
        return d
    if style == "json":
        d.add("[\n")
        for i, row in enumerate(rows):
            d.add("  {")
            for j, (k, v) in enumerate(zip(keys, row, strict=False)):
                d.add(", " if j else "")
                if j == 0:
                    d.add(f'"{k}": {v}')
                    continue
                d.add(f'"{k}": "')
                d.add(Mark(v.kind, json.dumps(v.text, ensure_ascii=False)[1:-1]))
                d.add('"')
            d.add("}" + (",\n" if i < len(rows) - 1 else "\n"))
        return d.add("]\n")
    delim = {"csv": ",", "csv_noheader": ",", "semicolon": ";", "tsv": "\t", "md": " | "}[style]
    if style != "csv_noheader":
        d.add(
            ("| " if style == "md" else "")
            + delim.join(cols)
            + (" |" if style == "md" else "")
            + "\n"
        )
        if style == "md":
            d.add("|" + "|".join("---" for _ in cols) + "|\n")
    for row in rows:
        d.add("| " if style == "md" else "")
        for j, v in enumerate(row):
            d.add(delim if j else "")
            if isinstance(v, str):
                d.add(v)
            elif delim == "," and ("," in v.text):
                d.add('"').add(v).add('"')
            else:
                d.add(v)
        d.add((" |" if style == "md" else "") + "\n")
    return d


def nginx_log(c: Ctx) -> Doc:
    d, r = Doc(), c.rng
    for _ in range(r.randint(3, 7)):
        status, _reason = r.choice(looks.STATUS)
        d.t(
            '{ip} - - [{ts}] "',
            ip=c.ip() if r.random() < 0.9 else c.look("LOOPBACK_IP"),
            ts=Mark("TIMESTAMP", looks.timestamp(r, "nginx")),
        )
        path = r.choice(
            [
                "/api/v2/orders/{o}",
                "/static/app.{h}.js",
                "/login?next=%2Faccount",
                "/track/{tr}",
                "/newsletter/unsubscribe?email={e}",
                "/health",
            ]
        )
        d.add(r.choice(["GET", "POST", "GET"]) + " ")
        d.t(
            path,
            o=c.look("ORDER_NO"),
            h=Mark("GIT_SHA", ids.git_sha(r, True)),
            tr=c.look("TRACKING_NO"),
            e=Mark("EMAIL", quote(people.email_of(r, c.person()), safe="")),
        )
        d.t(
            ' HTTP/1.1" {st} {b} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{v}"\n',
            st=Mark("HTTP_STATUS", status),
            b=Mark("BYTE_COUNT", str(r.randint(0, 99999))),
            v=Mark(
                "VERSION", f"{r.randint(109, 131)}.0.{r.randint(5000, 6800)}.{r.randint(1, 200)}"
            ),
        )
    return d


def json_log(c: Ctx) -> Doc:
    d, r = Doc(), c.rng
    for _ in range(r.randint(2, 5)):
        me = c.person()
        d.t(
            '{{"ts":"{ts}","level":"{lv}","msg":"{msg}","user":"{e}","client_ip":"{ip}","request_id":"{u}","latency_ms":{ms},"build":"{v}"}}\n',
            ts=Mark("TIMESTAMP", looks.timestamp(r, "iso")),
            lv=r.choice(["info", "warn", "error"]),
            msg=r.choice(
                [
                    "login succeeded",
                    "password reset requested",
                    "payment declined",
                    "profile updated",
                ]
            ),
            e=c.email(me),
            ip=c.ip(),
            u=c.look("UUID"),
            ms=str(r.randint(3, 2400)),
            v=c.look("GIT_SHA"),
        )
    return d


def app_log(c: Ctx) -> Doc:
    d, r = Doc(), c.rng
    me = c.person()
    lts = looks.timestamp
    d.t(
        '{ts} INFO  [worker-{w}] checkout: start order={o} customer="{n}" amount={pr}\n',
        ts=Mark("TIMESTAMP", lts(r, "py")),
        w=str(r.randint(1, 8)),
        o=c.look("ORDER_NO"),
        n=c.name(me),
        pr=c.look("PRICE"),
    )
    d.t(
        "{ts} DEBUG [worker-{w}] shipping to {a} phone={ph}\n",
        ts=Mark("TIMESTAMP", lts(r, "py")),
        w="3",
        a=c.addr(),
        ph=c.phone(),
    )
    d.t(
        "{ts} ERROR [worker-{w}] db: could not connect using {cs}\n",
        ts=Mark("TIMESTAMP", lts(r, "py")),
        w="3",
        cs=c.conn_string(),
    )
    d.t(
        'Traceback (most recent call last):\n  File "/srv/app/venv/lib/python3.11/site-packages/psycopg/connection.py", line {ln}, in connect\n'
        'psycopg.OperationalError: connection failed: FATAL:  password authentication failed for user "app" (request {u})\n',
        ln=str(r.randint(40, 900)),
        u=c.look("UUID"),
    )
    return d


def config(c: Ctx) -> Doc:
    d, r = Doc(), c.rng
    admin = c.person()
    style = r.choice(["env", "yaml", "ini"])
    items = [
        ("DATABASE_URL", c.conn_string()),
        ("SECRET_KEY", Mark("SECRET", ids.chars(r, ids.ALNUM + "-_", 50))),
        ("STRIPE_API_KEY", c.secret()),
        ("SMTP_PASSWORD", c.password()),
        ("ADMIN_EMAIL", c.email(admin)),
        ("SUPPORT_EMAIL", c.look("PLACEHOLDER_EMAIL")),
        ("AWS_ACCESS_KEY_ID", c.look("EXAMPLE_KEY")),
        ("GITHUB_TOKEN", c.look("SECRET_REFERENCE")),
        ("BIND_HOST", c.look("LOOPBACK_IP")),
        ("APP_VERSION", c.look("VERSION")),
        ("SENTRY_RELEASE", c.look("GIT_SHA")),
        ("JWT", Mark("SECRET", ids.jwt(r, str(r.randint(1, 99999))))),
    ]
    r.shuffle(items)
    if style == "ini":
        d.add("[app]\n")
    for k, v in items[: r.randint(5, len(items))]:
        key = k.lower() if style != "env" else k
        d.t(
            "{k}"
            + {"env": "=", "yaml": ": ", "ini": " = "}[style]
            + ('"{v}"' if style == "yaml" and r.random() < 0.5 else "{v}")
            + "\n",
            k=key,
            v=v,
        )
    return d


def code(c: Ctx) -> Doc:
    d, r = Doc(), c.rng
    kind = r.choice(["py", "curl", "js", "pem", "test"])
    if kind == "py":
        d.t(
            'import requests  # requests=={v}\n\nAPI_KEY = "{k}"\nresp = requests.post(\n    "https://api.example.com/v1/customers",\n'
            '    headers={{"Authorization": f"Bearer {{API_KEY}}"}},\n    json={{"email": "{e}", "name": "{n}"}},\n)\n'
            "print(resp.status_code)  # always {st}, see commit {sha}\n",
            v=c.look("VERSION"),
            k=c.secret(),
            e=c.email(p := c.person()),
            n=c.name(p),
            st=Mark("HTTP_STATUS", r.choice(["401", "403", "500"])),
            sha=c.look("GIT_SHA"),
        )
    elif kind == "curl":
        d.t(
            "curl -s -u {u}:{pw} https://jenkins.internal/job/deploy/buildWithParameters \\\n  -H 'Authorization: Bearer {tok}' -d version={v}\n"
            "HTTP/1.1 {st}\n",
            u=Mark("PERSON", c.person().given.lower()) if r.random() < 0.3 else "deploy",
            pw=c.password(),
            tok=Mark("SECRET", ids.jwt(r, str(r.randint(1, 9999)))),
            v=c.look("VERSION"),
            st=Mark("HTTP_STATUS", "403 Forbidden"),
        )
    elif kind == "js":
        d.t(
            "const client = new Client({{\n  connectionString: '{cs}',\n  ssl: true,\n}});\n// test card for staging: {tc}\n"
            "const stripe = require('stripe')('{sk}');\n",
            cs=c.conn_string(),
            tc=c.look("TEST_CARD"),
            sk=c.secret(),
        )
    elif kind == "test":
        d.t(
            "my validator test fails on the last case, why?\n\n"
            '@pytest.mark.parametrize("value", ["{b1}", "{b2}", "{b3}"])\n'
            "def test_rejects_bad_checksums(value):\n    assert not is_valid(value)\n\n"
            'def test_accepts_stripe_test_card():\n    assert is_valid("{tc}")  # fixture {u}\n',
            b1=c.look("CARD_BAD_LUHN"),
            b2=c.look("IBAN_BAD_CHECK"),
            b3=c.look("ID_BAD_CHECK"),
            tc=c.look("TEST_CARD"),
            u=c.look("UUID"),
        )
    else:
        d.t(
            "why does ssh say 'invalid format'? this is my deploy key (fingerprint SHA256:{h}):\n\n{k}\n",
            h=Mark("HASH", ids.chars(r, ids.ALNUM + "+/", 43)),
            k=Mark("SECRET", ids.pem_key(r)),
        )
    return d


def git_log(c: Ctx) -> Doc:
    """`git log` output pasted to ask about a change: authors are people, the rest is identifiers."""
    d, r = Doc(), c.rng
    lts = looks.timestamp
    for _ in range(r.randint(2, 4)):
        a = c.person()
        d.t(
            "commit {sha}\nAuthor: {n} <{e}>\nDate:   {ts}\n\n    {msg} {v} (#{pr})\n\n",
            sha=Mark("GIT_SHA", ids.git_sha(r)),
            n=c.name(a),
            e=c.email(a) if r.random() < 0.8 else c.look("PLACEHOLDER_EMAIL"),
            ts=Mark("TIMESTAMP", lts(r, "mail")),
            msg=r.choice(
                [
                    "fix: bump lodash to",
                    "chore(deps): update django to",
                    "feat: release",
                    "revert to",
                ]
            ),
            v=c.look("VERSION"),
            pr=str(r.randint(100, 9999)),
        )
    return d
