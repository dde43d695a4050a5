"""Technical pastes: Jira ticket, Slack thread, CRM export as TSV, git log, psql \\x, logcat, Sentry."""

from __future__ import annotations

import random

import h9_values as v
from h9_common import addr_text, dob, has_iban, id_label, request, twin_line
from h9_phrases import GREET, LANG_COUNTRY, SAYS, L
from h9_values import Doc


def jira_ticket(rng: random.Random, d: Doc, lang: str) -> None:
    c = LANG_COUNTRY[lang]
    p, agent, agent2 = v.person(rng, lang), v.person(rng, lang), v.person(rng, lang)
    request(rng, d, lang)
    key = f"{rng.choice(('PAY', 'CS', 'SUP', 'CRM', 'OPS'))}-{rng.randint(100, 9999)}"
    d.k("TICKET_ID", key).t(
        f"  {rng.choice(('Card payment declined at checkout', 'Customer cannot log in', 'Refund not received', 'Address change not saved'))}\n"
    )
    d.t("Type: Bug    Priority: ").t(rng.choice(("High", "Medium", "Blocker"))).t(
        "    Status: In Progress\n"
    )
    d.t("Reporter: ").s("PERSON", agent.full).t("    Assignee: ").s("PERSON", agent2.full).t("\n")
    d.t("Created: ").k("TIMESTAMP", v.timestamp(rng)).t("    Affects Version/s: ").k(
        "VERSION", v.version(rng)
    ).t("\n\nDescription:\n")
    s = SAYS[lang]
    d.t("Customer ").s("PERSON", p.full).t(" (").s("EMAIL", p.email).t("), ")
    d.t(s["order_about"] + " ").k("ORDER_ID", v.order_id(rng, c)).t(" (").k(
        "PRICE", v.price(rng, lang)
    ).t(").\n")
    if rng.random() < 0.7:
        d.t(s["card_fail"] + " ").s("CARD", v.card(rng, c)).t("\n")
    d.t(s["ip"] + " ").s("IP_ADDRESS", v.public_ip(rng)).t(", gateway ").k(
        "PRIVATE_IP", v.private_ip(rng)
    ).t("\n")
    if rng.random() < 0.5:
        d.t("Status page: API edge ").k("PUBLIC_SERVER_IP", v.server_ip(rng)).t(" answered ").k(
            "HTTP_STATUS", "503 Service Unavailable"
        ).t("\n")
    d.t(s["call"] + " ").s("PHONE", v.phone(rng, c, p.phone_style)).t("\n")
    if rng.random() < 0.5:
        d.t(s["moved"] + " ").s("ADDRESS", addr_text(p)).t("\n")
    d.t("\nComment - ").s("PERSON", agent.full).t(", ").k("TIMESTAMP", v.timestamp(rng)).t(":\n")
    d.t(f"{GREET[lang]} ").s("PERSON", agent2.given).t(", trace ").k("TRACE_ID", v.sha(rng, 32)).t(
        " in build "
    ).k("VERSION", v.version(rng)).t(". ")
    if rng.random() < 0.4:
        d.t(s["pw"] + " ").s("SECRET", v.password(rng, p)).t(" ")
    d.t("Hotline on the receipt: ").k("HOTLINE", v.hotline(rng, c)).t("\n")
    if rng.random() < 0.6:
        twin_line(rng, d, lang, p)


def slack_thread(rng: random.Random, d: Doc, lang: str) -> None:
    c = LANG_COUNTRY[lang]
    a, b, p = v.person(rng, lang), v.person(rng, lang), v.person(rng, lang)
    request(rng, d, lang)
    h, m = rng.randint(8, 17), rng.randint(0, 50)
    s = SAYS[lang]

    twelve = rng.random() < 0.5

    def head(who: v.Person, minute: int) -> None:
        shown = (
            f"{(h - 1) % 12 + 1}:{minute:02d} {'AM' if h < 12 else 'PM'}"
            if twelve
            else f"{h}:{minute:02d}"
        )
        d.s("PERSON", who.full).t("  ").k("TIME", shown).t("\n")

    head(a, m)
    typed = p.full.lower() if rng.random() < 0.3 else p.full  # chat is often typed in lower case
    d.t("@").s("PERSON", v.fold(b.given.split()[0]).lower()).t(f" {GREET[lang].lower()}, ").s(
        "PERSON", typed
    ).t(" ")
    d.s("PHONE", v.phone(rng, c, p.phone_style)).t(" - " + s["moved"] + " ").s(
        "ADDRESS", addr_text(p)
    ).t("\n")
    head(b, m + 2)
    d.t(s["ip"] + " ").s("IP_ADDRESS", v.public_ip(rng)).t(" (VPN ").k(
        "PRIVATE_IP", v.private_ip(rng)
    ).t("), ")
    d.t(s["order_about"] + " ").k("ORDER_ID", v.order_id(rng, c)).t(" :eyes:\n")
    r = rng.random()
    if r < 0.5:
        d.t(s["pw"] + " `").s("SECRET", v.password(rng, p)).t("`\n")
    elif r < 0.8:
        d.t(s["card_fail"] + " ").s("CARD", v.card(rng, c)).t("\n")
    head(a, m + 3)
    d.t(f"{L[lang]['dob_short']} ").s("DATE_OF_BIRTH", dob(rng, p, lang)).t(
        ", " + L[lang]["due"].lower() + " "
    ).k("OTHER_DATE", v.other_date(rng, lang)).t(". ")
    d.t(rng.choice(("Thread in #billing, ", "Zendesk macro updated, ", "See "))).k(
        "TICKET_ID", f"#{rng.randint(10000, 999999)}"
    ).t("\n")
    d.k("COMPANY", v.company(rng, c)[0]).t(" ").k("HOTLINE", v.hotline(rng, c)).t("\n")


def crm_tsv(rng: random.Random, d: Doc, lang: str) -> None:
    """Zendesk or Salesforce report copied from Excel: tab-separated, headers in the export's language."""
    c = L[lang]
    request(rng, d, lang)
    cols = [
        "Account ID",
        c["name"],
        c["email"],
        c["phone"],
        c["address"],
        c["dob"],
        c["order"],
        c["total"],
    ]
    d.t("\t".join(cols) + "\n")
    country = LANG_COUNTRY[lang]
    for _ in range(rng.randint(2, 4)):
        p = v.person(rng, lang)
        rid = "001" + "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
            for _ in range(15)
        )
        d.k("RECORD_ID", rid).t("\t").s(
            "PERSON", p.full if rng.random() < 0.7 else p.full.upper()
        ).t("\t").s("EMAIL", p.email).t("\t")
        d.s("PHONE", v.phone(rng, country, p.phone_style)).t("\t").s("ADDRESS", addr_text(p)).t(
            "\t"
        )
        d.s("DATE_OF_BIRTH", dob(rng, p, lang)).t("\t").k("ORDER_ID", v.order_id(rng, country)).t(
            "\t"
        ).k("PRICE", v.price(rng, lang)).t("\n")
    if rng.random() < 0.5:
        twin_line(rng, d, lang, p)
    d.t("\n" + rng.choice(("Exported by ", "Report owner: "))).s(
        "PERSON", v.person(rng, lang).full
    ).t(" on ").k("TIMESTAMP", v.timestamp(rng)).t("\n")


def git_date(rng: random.Random) -> str:
    """A date as `git log` prints it: Tue Mar 5 14:02:11 2024 +0100."""
    d = v.rand_date(rng, 2023, 2026)
    tz = rng.choice(("+0100", "+0200", "+0700", "+0800", "+0300"))
    return f"{d.strftime('%a %b')} {d.day} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {d.year} {tz}"


def git_log(rng: random.Random, d: Doc, lang: str) -> None:
    country = LANG_COUNTRY[lang]
    a, b, p = v.person(rng, lang), v.person(rng, lang), v.person(rng, lang)
    request(rng, d, lang)
    for who, msg in (
        (a, "fix(payments): handle declined cards"),
        (b, "chore: seed data for staging"),
    ):
        d.t("commit ").k("GIT_SHA", v.sha(rng)).t("\nAuthor: ").s("PERSON", v.fold(who.full)).t(
            " <"
        ).s("EMAIL", who.email).t(">\n")
        d.t("Date:   ").k("TIMESTAMP", git_date(rng)).t(f"\n\n    {msg} (").k(
            "TICKET_ID", f"PAY-{rng.randint(10, 999)}"
        ).t(")\n")
        if rng.random() < 0.4:
            d.t("    Co-authored-by: dependabot[bot] <").k("ROLE_EMAIL", "support@github.com").t(
                ">\n"
            )
        d.t("\n")
    d.t(
        "diff --git a/config/staging.env b/config/staging.env\n--- a/config/staging.env\n+++ b/config/staging.env\n"
    )
    d.t("-API_KEY=").k("PLACEHOLDER_SECRET", v.placeholder_secret(rng)).t("\n+API_KEY=").s(
        "SECRET", v.secret(rng)
    ).t("\n")
    d.t("+DB_URL=postgres://app:").s("SECRET", v.password(rng, a)).t("@").k(
        "PRIVATE_IP", v.private_ip(rng)
    ).t(":5432/shop\n")
    d.t("+ALLOWED_TEST_CLIENT=").k("DOC_IP", v.doc_ip(rng)).t("\n")
    d.t("diff --git a/tests/fixtures/customer.json b/tests/fixtures/customer.json\n+{\n")
    d.t('+  "name": "').s("PERSON", p.full).t('",\n+  "birth_date": "').s(
        "DATE_OF_BIRTH", p.dob.isoformat()
    ).t('",\n')
    d.t('+  "phone": "').s("PHONE", v.phone(rng, country, p.phone_style)).t('",\n')
    if has_iban(lang):
        d.t('+  "iban": "').s("IBAN", v.iban(rng, country)).t('",\n')
    else:
        d.t('+  "card": "').s("CARD", v.card(rng, country)).t('",\n')
    d.t('+  "national_id": "').s("NATIONAL_ID", v.national_id(rng, country, p.dob, p.sex)).t('",\n')
    d.t('+  "order": "').k("ORDER_ID", v.order_id(rng, country)).t('",\n+  "app_version": "').k(
        "VERSION", v.version(rng)
    ).t('"\n+}\n')


def psql_expanded(rng: random.Random, d: Doc, lang: str) -> None:
    country = LANG_COUNTRY[lang]
    request(rng, d, lang)
    d.t(
        "shop=> \\x\nExpanded display is on.\nshop=> SELECT * FROM customers WHERE last_name = 'x' LIMIT 2;\n"
    )
    for i in range(rng.randint(1, 2)):
        p = v.person(rng, lang)
        d.t(f"-[ RECORD {i + 1} ]---+-------------------------------\n")

        def row(key: str) -> None:
            d.t(f"{key:<15}| ")

        row("id")
        d.k("RECORD_ID", str(rng.randint(10000, 999999))).t("\n")
        row("first_name")
        d.s("PERSON", p.given).t("\n")
        row("last_name")
        d.s("PERSON", p.family).t("\n")
        row("birth_date")
        d.s("DATE_OF_BIRTH", p.dob.isoformat()).t("\n")
        row("personal_code")
        d.s("NATIONAL_ID", v.national_id(rng, country, p.dob, p.sex).replace(" ", "")).t("\n")
        row("email")
        d.s("EMAIL", p.email).t("\n")
        row("phone")
        d.s("PHONE", v.phone(rng, country, p.phone_style)).t("\n")
        row("address")
        d.s("ADDRESS", addr_text(p)).t("\n")
        if has_iban(lang):
            row("iban")
            d.s("IBAN", v.iban(rng, country)).t("\n")
        row("last_login_ip")
        d.s("IP_ADDRESS", v.public_ip(rng)).t("\n")
        row("avatar_etag")
        d.k("HASH", v.sha(rng, 32)).t("\n")
        row("created_at")
        d.k("TIMESTAMP", v.timestamp(rng)).t("\n")
        if rng.random() < 0.3:
            row("prev_code")
            d.k(
                "ID_BAD_CHECK" if country not in ("VN", "MY") else "ORDER_ID",
                v.bad_national_id(rng, country, p.dob, p.sex)
                if country not in ("VN", "MY")
                else v.order_id(rng, country),
            ).t("\n")
        row("request_uuid")
        d.k("UUID", v.uuid(rng)).t("\n")
        if rng.random() < 0.5:
            row("api_token")
            d.s("SECRET", v.secret(rng)).t("\n")
    d.t("\nshop=> ")


def logcat(rng: random.Random, d: Doc, lang: str) -> None:
    country = LANG_COUNTRY[lang]
    p = v.person(rng, lang)
    request(rng, d, lang)
    pid, tid = rng.randint(1000, 32000), rng.randint(1000, 32000)
    mo, dd = rng.randint(1, 12), rng.randint(1, 28)

    clock = [rng.randint(0, 22 * 3600) * 1000]

    def line(level: str, tag: str) -> None:
        clock[0] += rng.randint(2, 900)
        ms = clock[0]
        ts = f"{mo:02d}-{dd:02d} {ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
        d.k("TIMESTAMP", ts).t("  ").k("PID", str(pid)).t(f"  {tid} {level} {tag:<12}: ")

    line("D", "OkHttp")
    d.t("--> POST https://api.").t(rng.choice(("bolt", "shop", "pay", "app"))).t(
        ".example/v2/login\n"
    )
    line("D", "OkHttp")
    d.t("Authorization: Bearer ").s("SECRET", v.secret(rng)).t("\n")
    line("D", "OkHttp")
    d.t('{"email":"').s("EMAIL", p.email).t('","password":"').s("SECRET", v.password(rng, p)).t(
        '"}\n'
    )
    line("D", "OkHttp")
    d.t("<-- ").k("HTTP_STATUS", rng.choice(("200 OK", "401 Unauthorized", "201 Created"))).t(
        f" ({rng.randint(40, 900)}ms)\n"
    )
    line("I", "ProfileRepo")
    d.t("loaded user name=").s("PERSON", p.full).t(" phone=").s(
        "PHONE", v.phone(rng, country, p.phone_style)
    ).t(" dob=").s("DATE_OF_BIRTH", p.dob.isoformat()).t("\n")
    line("W", "PaymentSheet")
    if rng.random() < 0.6:
        d.t("tokenize failed for pan=").s(
            "CARD", v.card(rng, country).replace(" ", "").replace("-", "")
        ).t("\n")
    else:
        d.t("card=").k("MASKED_CARD", f"**** **** **** {rng.randint(1000, 9999)}").t(" exp=").k(
            "CARD_EXPIRY", f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
        ).t("\n")
    line("I", "NetMonitor")
    d.t("client ip ").s("IP_ADDRESS", v.public_ip(rng)).t(", dev server ").k(
        "PRIVATE_IP", v.private_ip(rng)
    ).t(", resolver ").k("PUBLIC_SERVER_IP", v.server_ip(rng)).t("\n")
    line("E", "AndroidRuntime")
    d.t("FATAL EXCEPTION: main, versionName=").k("VERSION", v.version(rng)).t("\n")


def sentry_event(rng: random.Random, d: Doc, lang: str) -> None:
    country = LANG_COUNTRY[lang]
    p = v.person(rng, lang)
    request(rng, d, lang)
    d.t("TypeError: Cannot read properties of undefined (reading 'postcode')\n")
    d.t("Event ID: ").k("EVENT_ID", v.sha(rng, 32)).t("    Release: ").k(
        "VERSION", v.version(rng)
    ).t("\n")
    d.t(f"  at submitCheckout (checkout.js:{rng.randint(10, 900)}:{rng.randint(2, 80)})\n\nUSER\n")
    d.t("  id          ").k("RECORD_ID", str(rng.randint(10000, 9999999))).t("\n")
    d.t("  username    ").s(
        "PERSON", v.fold(f"{p.given.split()[0]}.{p.family.split()[-1]}").lower()
    ).t("\n")
    d.t("  email       ").s("EMAIL", p.email).t("\n")
    d.t("  ip_address  ").s("IP_ADDRESS", v.public_ip(rng)).t("\n\nREQUEST\n  POST /api/checkout\n")
    d.t("  Cookie: sessionid=").s("SECRET", v.sha(rng, 32)).t("; _ga=").k(
        "ANALYTICS_ID", f"GA1.2.{rng.randint(10**8, 10**9)}.{rng.randint(10**9, 2 * 10**9)}"
    ).t("\n")
    d.t('  Body: {"fullName": "').s("PERSON", p.full).t('", "phone": "').s(
        "PHONE", v.phone(rng, country, p.phone_style)
    ).t('", ')
    d.t('"street": "').s("ADDRESS", p.addr[0]).t('", ')
    if rng.random() < 0.6:
        d.t('"cardNumber": "').s("CARD", v.card(rng, country)).t('", ')
    d.t('"birthDate": "').s("DATE_OF_BIRTH", dob(rng, p, lang)).t('"}\n\nBREADCRUMBS\n')
    d.k("TIMESTAMP", v.timestamp(rng)).t("  xhr  GET /api/cart ").k("HTTP_STATUS", "200 OK").t("\n")
    d.k("TIMESTAMP", v.timestamp(rng)).t("  ui.click  button#pay  order ").k(
        "ORDER_ID", v.order_id(rng, country)
    ).t("\n")
    d.t("TAGS  browser: Chrome ").k(
        "VERSION", f"{rng.randint(110, 131)}.0.{rng.randint(5000, 6999)}.{rng.randint(10, 200)}"
    ).t("  server_name: ").k("PRIVATE_IP", v.private_ip(rng)).t("\n")
    if rng.random() < 0.3:
        nid = v.national_id(rng, country, p.dob, p.sex)
        d.t(id_label(lang, nid) + " (from form): ").s("NATIONAL_ID", nid).t("\n")
