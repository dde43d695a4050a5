"""Machine text people paste: web server and app logs, code, stack traces, curl sessions."""

from __future__ import annotations

from pii_holdout import secrets_gen
from pii_holdout.builder import Doc
from pii_holdout.context import Ctx
from pii_holdout.layouts_data import _ask

PATHS = ("/", "/api/v1/orders", "/login", "/static/app.3f9c2b.js", "/checkout", "/api/v2/users/me", "/favicon.ico",
         "/wp-login.php", "/health", "/api/v1/invoices/export")  # fmt: skip
STATUS_BYTES = ((200, (200, 90000)), (304, (0, 0)), (404, (150, 600)), (500, (0, 2000)), (302, (0, 300)),
                (401, (40, 200)), (503, (100, 400)), (201, (50, 900)))  # fmt: skip


def _status_bytes(ctx: Ctx) -> str:
    code, (lo, hi) = ctx.pick(STATUS_BYTES)
    return f"{code} {ctx.rng.randint(lo, hi) if hi else 0}"


def access_log(ctx: Ctx, doc: Doc) -> None:
    """nginx/apache combined log lines; the client address is personal, the rest is not."""
    r = ctx.rng
    _ask(ctx, doc)
    for _ in range(r.randint(2, 5)):
        who = ctx.person() if r.random() < 0.5 else ctx.p
        doc.secret("IP_ADDRESS", who.ip).add(" - - [").keep("timestamp", ctx.ts("clf")).add('] "')
        method = ctx.pick(["GET", "GET", "POST", "PUT"])
        doc.add(f"{method} ")
        q = r.random()
        if q < 0.15:
            doc.add("/reset-password?email=").secret("EMAIL", who.email.replace("@", "%40")).add(
                "&token="
            ).secret("SECRET", secrets_gen.PROVIDERS["hex_secret"][1](r)[:32])
        elif q < 0.25:
            doc.add("/api/v1/search?api_key=").secret("SECRET", secrets_gen.api_key(r)[1])
        elif q < 0.45:
            doc.add("/api/v1/orders/").keep(*ctx.look("order"))
        else:
            doc.add(ctx.pick(PATHS))
        doc.add(f' HTTP/{ctx.pick(["1.1", "1.1", "2.0"])}" ').keep(
            "status_bytes", _status_bytes(ctx)
        )
        doc.add(
            f' "{ctx.pick(["-", "https://shop.example.com/cart", "https://www.google.com/"])}" "'
        ).keep(*ctx.look("user_agent")).add('"')
        if r.random() < 0.3:
            doc.add(" rt=").keep("duration", f"{r.random():.3f}")
        doc.add("\n")


def app_log(ctx: Ctx, doc: Doc) -> None:
    """Application logs in key=value and JSON-lines style."""
    r = ctx.rng
    _ask(ctx, doc)
    svc = ctx.pick(["auth", "billing", "checkout", "notify", "crm-sync"])
    for _ in range(r.randint(3, 5)):
        who = ctx.person() if r.random() < 0.4 else ctx.p
        if r.random() < 0.25:
            doc.add('{"ts": "').keep("timestamp", ctx.ts()).add(
                f'", "level": "info", "svc": "{svc}", "msg": "user updated", "user": "'
            )
            doc.secret("EMAIL", who.email).add('", "ip": "').secret("IP_ADDRESS", who.ip).add(
                '", "req": "'
            ).keep(*ctx.look("uuid")).add('"}\n')
            continue
        if r.random() < 0.25:  # Rust env_logger: the module path looks like IPv6
            doc.add("[").keep("timestamp", ctx.ts()).add(
                f" {ctx.pick(['INFO ', 'WARN ', 'ERROR'])} "
            ).keep(*ctx.look("code_ipv6_like")).add("] ")
        else:
            doc.keep("timestamp", ctx.ts("log")).add(
                f" {ctx.pick(['INFO ', 'WARN ', 'ERROR', 'DEBUG'])} [{svc}] "
            )
        k = r.random()
        if k < 0.2:
            doc.add("login ok user=").secret("EMAIL", who.email)
            if ":" in who.ip:
                doc.add(" ip=").secret("IP_ADDRESS", who.ip)
            else:  # address and source port glued together
                doc.add(" remote=").secret("IP_ADDRESS", who.ip).add(f":{r.randint(1024, 65535)}")
            doc.add(" session=").keep(*ctx.look("uuid"))
        elif k < 0.35:
            doc.add("payment declined card=").secret("CARD", who.card).add(" amount=").keep(
                *ctx.look("amount")
            ).add(" code=").keep(*ctx.look("error_code"))
        elif k < 0.5:
            doc.add('profile change name="').secret("PERSON", who.full).add('" dob=').secret(
                "DATE_OF_BIRTH", who.dob
            ).add(" phone=").secret("PHONE", who.phone)
        elif k < 0.6:
            doc.add("db connect failed url=postgres://app:").secret(
                "SECRET", secrets_gen.password(r).replace("@", "%40")
            ).add("@db:").keep(*ctx.look("port")).add("/prod retry_in=").keep(*ctx.look("duration"))
        elif k < 0.7:
            doc.add("sepa mandate created iban=").secret("IBAN", who.iban.replace(" ", "")).add(
                " bic="
            ).keep(*ctx.look("bic")).add(" ref=").keep(*ctx.look("invoice"))
        elif k < 0.8:
            doc.add("upstream ").keep(*ctx.look("http_status")).add(" from billing-api ").keep(
                *ctx.look("version")
            ).add(" pid=").keep(*ctx.look("pid"))
        elif k < 0.9:
            doc.add("shipment created order=").keep(*ctx.look("order")).add(" tracking=").keep(
                *ctx.look("tracking")
            ).add(' to="').secret("ADDRESS", who.address).add('"')
        else:
            doc.add("auth header Authorization: Bearer ").secret("SECRET", secrets_gen.jwt(r))
        doc.add(f" trace={secrets_gen.git_sha(r, 16)}\n" if r.random() < 0.3 else "\n")


def code(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    p = ctx.p
    _ask(ctx, doc)
    k = r.random()
    if k < 0.35:
        env, key = secrets_gen.api_key(r)
        doc.add("```python\nimport requests\n\n").add(f'{env} = "').secret("SECRET", key).add(
            '"  # TODO move to vault\n\n'
        )
        doc.add(
            'resp = requests.post(\n    "https://api.example.com/v2/customers",\n    headers={"Authorization": f"Bearer {'
        )
        doc.add(env + '}"},\n    json={"name": "').secret("PERSON", p.full).add(
            '", "email": "'
        ).secret("EMAIL", p.email)
        doc.add('", "phone": "').secret("PHONE", p.phone).add(
            '"},\n    timeout=10,\n)\nif resp.status_code == 503:  # '
        )
        doc.keep("http_status", "Service Unavailable").add(
            "\n    retry()\nprint(requests.__version__)  # "
        ).keep(*ctx.look("version")).add("\n```\n")
    elif k < 0.55:
        y, m, d = p.born
        doc.add('def test_signup(client):\n    user = make_user(\n        name="').secret(
            "PERSON", p.full
        )
        doc.add('",\n        birth_date=date(').secret("DATE_OF_BIRTH", f"{y}, {m}, {d}").add(
            '),\n        iban="'
        ).secret("IBAN", p.iban)
        doc.add('",\n        street="').secret("ADDRESS", p.street).add(
            '",\n    )\n    assert client.post("/signup", json=user).status_code == 201\n'
        )
        doc.add("    assert user.id == ").keep(*ctx.look("uuid")).add("\n")
    elif k < 0.75:
        doc.add("```cpp\n#include <vector>\nusing ").keep(*ctx.look("code_ipv6_like")).add(
            ";\n\nint main() {\n    auto it = "
        )
        doc.keep(*ctx.look("code_ipv6_like")).add('();\n    const char* kDbPass = "').secret(
            "SECRET", secrets_gen.password(r)
        ).add('";\n')
        doc.add('    const char* kOwner = "').secret("PERSON", p.full).add(
            '";  // ask before changing\n    double area = '
        ).keep("math", "3.14159 * r * r")
        doc.add(";\n    return ").keep(*ctx.look("code_ipv6_like")).add("(area);\n}\n```\n")
    else:
        doc.add("const config = {\n  host: '").keep(*ctx.look("version")).add(
            "'.startsWith('1') ? 'a' : 'b',\n  stripeKey: '"
        ).secret("SECRET", secrets_gen.PROVIDERS["stripe"][1](r))
        doc.add("',\n  support: { name: '").secret("PERSON", p.full.replace("'", "\\'")).add(
            "', email: '"
        ).secret("EMAIL", p.email).add("' },\n  sentryRelease: '").keep(*ctx.look("hex_hash"))
        doc.add("',\n};\n")


def stack_trace(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    p = ctx.p
    _ask(ctx, doc)
    if r.random() < 0.5:
        doc.add(
            'Traceback (most recent call last):\n  File "/srv/app/billing/charge.py", line 142, in charge\n    resp = gateway.charge(card, amount)\n'
        )
        doc.add(
            '  File "/usr/lib/python3.11/site-packages/payments/client.py", line 381, in request\n    raise CardError(msg)\n'
        )
        m = r.random()
        if m < 0.35:
            doc.add("payments.errors.CardError: card ").secret("CARD", p.card).add(
                " declined for "
            ).secret("EMAIL", p.email).add(" (request ").keep(*ctx.look("uuid")).add(")\n")
        elif m < 0.7:
            doc.add("ValueError: could not parse date of birth ").secret(
                "DATE_OF_BIRTH", p.dob
            ).add(" for customer ").secret("PERSON", p.full).add("\n")
        else:
            doc.add("requests.exceptions.HTTPError: ").keep(*ctx.look("http_status")).add(
                " for url: https://api.example.com/v1/users?phone="
            ).secret("PHONE", p.phone.replace(" ", "%20").replace("+", "%2B")).add("\n")
    else:
        doc.add(
            'Exception in thread "main" java.lang.IllegalArgumentException: Invalid IBAN: '
        ).secret("IBAN", p.iban).add("\n")
        doc.add(
            "\tat com.acme.billing.IbanValidator.validate(IbanValidator.java:57)\n\tat com.acme.billing.CustomerService.update(CustomerService.java:212)\n"
        )
        doc.add(
            'Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "users_email_key"\n'
        )
        doc.add("  Detail: Key (email)=(").secret("EMAIL", p.email).add(
            ") already exists.\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)\n"
        )
        doc.add("\t... 42 more\n[build ").keep(*ctx.look("build")).add(", commit ").keep(
            *ctx.look("hex_hash")
        ).add("]\n")


def http_request(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    p = ctx.p
    _ask(ctx, doc)
    doc.add(
        'curl -X POST https://api.example.com/v1/users \\\n  -H "Authorization: Bearer '
    ).secret("SECRET", secrets_gen.api_key(r)[1])
    doc.add('" \\\n  -H "Content-Type: application/json" \\\n  -d \'{"email": "').secret(
        "EMAIL", p.email
    ).add('", "password": "').secret("SECRET", secrets_gen.password(r))
    doc.add('", "dob": "').secret("DATE_OF_BIRTH", "{}-{:02d}-{:02d}".format(*p.born)).add(
        "\"}'\n\nHTTP/1.1 "
    ).keep(*ctx.look("http_status"))
    doc.add("\nX-Request-Id: ").keep(*ctx.look("uuid")).add("\nDate: ").keep(
        "timestamp", ctx.ts("rfc2822")
    ).add("\nServer: ").keep(*ctx.look("version")).add("\n")
    if r.random() < 0.4:
        doc.add("X-Forwarded-For: ").secret("IP_ADDRESS", p.ip).add("\n")


LAYOUTS = {
    "access_log": access_log,
    "app_log": app_log,
    "code": code,
    "stack_trace": stack_trace,
    "http_request": http_request,
}
