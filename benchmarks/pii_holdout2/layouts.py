"""The shapes messages come in when people paste them into a chatbot. Each layout builds one
Doc from a Ctx; planted values and look-alikes are appended as labelled pieces."""

from __future__ import annotations

from collections.abc import Callable

from . import lang as L
from . import sentences as S
from .ctx import Ctx
from .doc import Doc

PII_FIELDS = ["NAME", "EMAIL", "PHONE", "ADDR", "DOB", "NID", "IBAN", "CARD", "IP"]
LOOK_FIELDS = [
    "ORDER",
    "TICKET",
    "INVOICE",
    "TRACK",
    "DATE",
    "PRICE",
    "SKU",
    "REFNUM",
    "VERSION",
    "UUID",
    "COMPANY",
    "CITY",
    "QTY",
    "HASH",
    "TS",
]
EXTRA_LABELS = {
    "HASH": ["SHA-256", "Checksum", "Commit"],
    "TS": ["Created", "Timestamp", "Last update"],
}
LEAD = {
    "en": [
        "Why does this fail?",
        "Can you explain this?",
        "What's wrong here?",
        "Help me clean this up:",
        "Here's what I have:",
    ],
    "de": [
        "Warum schlägt das fehl?",
        "Kannst du mir das erklären?",
        "Was ist hier falsch?",
        "Hilf mir, das aufzuräumen:",
        "Das hier habe ich:",
    ],
    "fr": [
        "Pourquoi ça plante ?",
        "Tu peux m'expliquer ça ?",
        "Qu'est-ce qui ne va pas ici ?",
        "Aide-moi à nettoyer ça :",
        "Voici ce que j'ai :",
    ],
    "es": [
        "¿Por qué falla esto?",
        "¿Me lo explicas?",
        "¿Qué está mal aquí?",
        "Ayúdame a limpiar esto:",
        "Esto es lo que tengo:",
    ],
    "nl": [
        "Waarom gaat dit mis?",
        "Kun je dit uitleggen?",
        "Wat klopt hier niet?",
        "Help me dit op te schonen:",
        "Dit heb ik:",
    ],
}


def emit(doc: Doc, ctx: Ctx, place: str, esc: Callable[[str], str] | None = None) -> Doc:
    for role, kind, text in ctx.resolve(place):
        doc.put(role, kind, esc(text) if esc else text)
    return doc


def choose_fields(
    ctx: Ctx, n_pii: tuple[int, int], n_look: tuple[int, int], cued: bool = True
) -> list[str]:
    """Fields for a record; without a cue (no label or key) a date of birth is only a date,
    so it is not planted there."""
    rng = ctx.rng
    pool = PII_FIELDS if cued else [f for f in PII_FIELDS if f != "DOB"]
    pii = rng.sample(pool, rng.randint(*n_pii))
    if "NAME" not in pii and rng.random() < 0.8:
        pii[0:0] = ["NAME"]
    look = rng.sample(LOOK_FIELDS, rng.randint(*n_look))
    fields = pii + look
    head = fields[:1]
    rest = fields[1:]
    rng.shuffle(rest)
    return head + rest


def field_label(ctx: Ctx, field: str, n: int) -> str:
    if field == "NID":
        return ctx.value(f"NIDLABEL{n}")
    if field in L.LABELS:
        return ctx.label(field)
    return ctx.pick(EXTRA_LABELS[field])


def field_key(ctx: Ctx, field: str) -> str:
    return ctx.key(field)


def lead(ctx: Ctx, doc: Doc) -> None:
    if ctx.rng.random() < 0.85:
        doc.add(ctx.pick(LEAD[ctx.lang]) + "\n\n")


def ask(ctx: Ctx, doc: Doc) -> None:
    ctx.render(doc, ctx.pick(S.ASK[ctx.lang]))


def sentences(ctx: Ctx, doc: Doc, k: int, sep: str = " ") -> None:
    for i, s in enumerate(ctx.rng.sample(S.SENTENCES[ctx.lang], k)):
        if i:
            doc.add(sep)
        ctx.render(doc, s)


# --- prose ---------------------------------------------------------------------------------------
def prose(ctx: Ctx) -> Doc:
    doc = Doc()
    sentences(ctx, doc, ctx.rng.randint(4, 7))
    doc.add("\n\n")
    ask(ctx, doc)
    return doc


def to_second(template: str) -> str:
    for k in ("FIRST", "NAME", "TNAME", "LAST"):
        template = template.replace("{" + k + "}", "{" + k + "2}")
    return template


def email(ctx: Ctx) -> Doc:
    doc = Doc()
    rng = ctx.rng
    if rng.random() < 0.7:
        ctx.render(doc, "From: {NAME} <{EMAIL}>\n")
        ctx.render(doc, "To: {NAME2} <{EMAIL2}>\n")
        if rng.random() < 0.5:
            ctx.render(doc, "Cc: {EMAIL3}\n")
        ctx.render(doc, rng.choice(["Date: {HTTPDATE}\n", "Sent: {TS}\n"]))
        doc.add("Subject: ")
        ctx.render(doc, ctx.pick(S.SUBJECT[ctx.lang]) + "\n\n")
    else:
        lead(ctx, doc)
    ctx.render(doc, to_second(ctx.pick(L.GREET[ctx.lang])) + "\n\n")
    sentences(ctx, doc, rng.randint(3, 5))
    doc.add("\n\n" + ctx.pick(L.SIGNOFF[ctx.lang]) + "\n")
    ctx.render(doc, "{NAME}\n")
    if rng.random() < 0.7:
        ctx.render(doc, "{COMPANY}\n")
        ctx.render(doc, ctx.label("PHONE") + ": {PHONE}\n")
        ctx.render(doc, "{ADDR}, {POSTTOWN}\n")
    return doc


def ticket(ctx: Ctx) -> Doc:
    doc = Doc()
    t = {
        "en": ("Reporter", "Priority", "Created", "Description", "Environment", "High"),
        "de": ("Melder", "Priorität", "Erstellt", "Beschreibung", "Umgebung", "Hoch"),
        "fr": ("Demandeur", "Priorité", "Créé le", "Description", "Environnement", "Haute"),
        "es": ("Solicitante", "Prioridad", "Creado", "Descripción", "Entorno", "Alta"),
        "nl": ("Melder", "Prioriteit", "Aangemaakt", "Omschrijving", "Omgeving", "Hoog"),
    }[ctx.lang]
    ctx.render(doc, "{TICKET} — ")
    ctx.render(doc, ctx.pick(S.SUBJECT[ctx.lang]) + "\n")
    ctx.render(doc, f"{t[0]}: {{NAME}} ({{EMAIL}})\n{t[1]}: {t[5]}\n{t[2]}: {{TS}}\n\n")
    doc.add(f"{t[3]}:\n")
    sentences(ctx, doc, ctx.rng.randint(3, 5))
    ctx.render(doc, f"\n\n{t[4]}: app {{VERSION}}, client {{IP}}, {{UUID}}\n")
    return doc


def chat(ctx: Ctx) -> Doc:
    doc = Doc()
    qa = {
        "en": [
            "Can you confirm your date of birth?",
            "What's the email on the account?",
            "And the street address?",
            "Which number can we call you on?",
        ],
        "de": [
            "Können Sie mir Ihr Geburtsdatum bestätigen?",
            "Welche E-Mail-Adresse ist hinterlegt?",
            "Und die Straße mit Hausnummer?",
            "Unter welcher Nummer erreichen wir Sie?",
        ],
        "fr": [
            "Pouvez-vous confirmer votre date de naissance ?",
            "Quelle est l'adresse e-mail du compte ?",
            "Et votre adresse (rue et numéro) ?",
            "À quel numéro peut-on vous joindre ?",
        ],
        "es": [
            "¿Me confirma su fecha de nacimiento?",
            "¿Qué correo tiene la cuenta?",
            "¿Y la dirección (calle y número)?",
            "¿En qué número le podemos llamar?",
        ],
        "nl": [
            "Kunt u uw geboortedatum bevestigen?",
            "Welk e-mailadres hoort bij het account?",
            "En het adres (straat en huisnummer)?",
            "Op welk nummer kunnen we u bellen?",
        ],
    }[ctx.lang]
    answers = ["{DOB}", "{EMAIL}", "{ADDR}", "{PHONE}"]
    h, m = ctx.rng.randint(8, 20), ctx.rng.randint(0, 40)
    who = ["{NAME}", "{FIRST2}"]

    def line(speaker: int, text: str) -> None:
        nonlocal m
        m += ctx.rng.randint(0, 2)
        doc.add(f"[{h:02d}:{m:02d}] ")
        ctx.render(doc, who[speaker] + ": " + text + "\n")

    for s in ctx.rng.sample(S.SENTENCES[ctx.lang], ctx.rng.randint(2, 3)):
        line(0, s)
    for i in ctx.rng.sample(range(4), ctx.rng.randint(2, 4)):
        line(1, qa[i])
        line(0, answers[i])
    close = {
        "en": "Thanks, I've opened case {TICKET} for you; the refund of {PRICE} should arrive by {DATE}.",
        "de": "Danke, ich habe den Vorgang {TICKET} angelegt; die Erstattung über {PRICE} kommt bis {DATE}.",
        "fr": "Merci, j'ai ouvert le dossier {TICKET} ; le remboursement de {PRICE} arrivera d'ici le {DATE}.",
        "es": "Gracias, he abierto el caso {TICKET}; el reembolso de {PRICE} llegará antes del {DATE}.",
        "nl": "Dank u, ik heb zaak {TICKET} aangemaakt; de terugbetaling van {PRICE} volgt vóór {DATE}.",
    }[ctx.lang]
    line(1, close)
    return doc


def notes(ctx: Ctx) -> Doc:
    doc = Doc()
    title, att, act, nxt = S.NOTES[ctx.lang]
    ctx.render(doc, f"# {title} {{DATE}}\n\n{att}: {{NAME}}, {{NAME2}}, {{TNAME3}}, {{NAME4}}\n\n")
    sentences(ctx, doc, ctx.rng.randint(2, 3), sep="\n- ")
    doc.add(f"\n\n## {act}\n")
    for item in ctx.rng.sample(S.NOTE_ITEMS[ctx.lang], ctx.rng.randint(3, 5)):
        ctx.render(doc, "- [ ] " + item + "\n")
    ctx.render(doc, f"\n{nxt}: {{DATE}}\n")
    return doc


# --- records -------------------------------------------------------------------------------------
def form(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    sep = ctx.pick([": ", ": ", ":\t", " = ", " - "])
    for n in range(1, ctx.rng.choice([2, 2, 3])):
        if n > 1:
            doc.add("\n")
        for f in choose_fields(ctx, (4, 7), (3, 6)):
            doc.add(field_label(ctx, f, n) + sep)
            emit(doc, ctx, f"{f}{n}")
            doc.add("\n")
    return doc


def _json_value(doc: Doc, ctx: Ctx, place: str, quote: bool = True) -> None:
    if quote:
        doc.add('"')
    emit(doc, ctx, place, lambda s: s.replace("\\", "\\\\").replace('"', '\\"'))
    if quote:
        doc.add('"')


def json_doc(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    pretty = ctx.rng.random() < 0.7
    nl = "\n" if pretty else ""
    ind = (lambda d: "  " * d) if pretty else (lambda d: "")
    sp = " " if pretty else ""
    groups = {
        "customer": ["NAME", "EMAIL", "PHONE", "DOB", "NID"],
        "address": ["ADDR", "CITY"],
        "payment": ["IBAN", "CARD", "PRICE", "INVOICE"],
        "order": ["ORDER", "SKU", "QTY", "TRACK", "DATE"],
        "meta": ["UUID", "IP", "TS", "VERSION"],
    }
    records = ctx.rng.choice([1, 1, 2])
    doc.add("{" + nl)
    doc.add(ind(1) + '"' + ctx.pick(["data", "results", "customers", "items"]) + f'":{sp}[' + nl)
    for r in range(1, records + 1):
        doc.add(ind(2) + "{" + nl)
        names = [g for g in groups if ctx.rng.random() < 0.8] or ["customer"]
        for gi, g in enumerate(names):
            doc.add(ind(3) + f'"{g}":{sp}{{' + nl)
            fs = groups[g]
            for fi, f in enumerate(fs):
                doc.add(ind(4) + f'"{field_key(ctx, f)}":{sp}')
                _json_value(doc, ctx, f"{f}{r}")
                doc.add(("," if fi < len(fs) - 1 else "") + nl)
            doc.add(ind(3) + "}" + ("," if gi < len(names) - 1 else "") + nl)
        doc.add(ind(2) + "}" + ("," if r < records else "") + nl)
    doc.add(ind(1) + "]" + nl + "}")
    return doc


def _yaml_scalar(doc: Doc, ctx: Ctx, place: str) -> None:
    pieces = ctx.resolve(place)
    text = "".join(t for _r, _k, t in pieces)
    q = (
        any(c in text for c in "#:{}[]&*!|>'%@`,\"")
        or text[:1] in "-?0123456789+"
        or ctx.rng.random() < 0.3
    )
    if q:
        doc.add('"')
    for role, kind, t in pieces:
        doc.put(role, kind, t.replace("\\", "\\\\").replace('"', '\\"') if q else t)
    if q:
        doc.add('"')


def yaml_doc(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    doc.add("# " + ctx.pick(["config/production.yml", "values.yaml", "fixtures/users.yml"]) + "\n")
    doc.add("database:\n  url: ")
    _yaml_scalar(doc, ctx, "DSN")
    doc.add("\n  password: ")
    _yaml_scalar(doc, ctx, "PASSWORD")
    doc.add("\napi:\n  key: ")
    _yaml_scalar(doc, ctx, "APIKEY")
    doc.add("\n  version: ")
    _yaml_scalar(doc, ctx, "VERSION")
    doc.add("\nusers:\n")
    for n in range(1, ctx.rng.randint(2, 4)):
        fields = choose_fields(ctx, (3, 5), (1, 3))
        for i, f in enumerate(fields):
            doc.add(("  - " if i == 0 else "    ") + field_key(ctx, f) + ": ")
            _yaml_scalar(doc, ctx, f"{f}{n}")
            doc.add("\n")
    return doc


def env(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    comment = {
        "en": "# production credentials - do not commit",
        "de": "# Zugangsdaten Produktion – nicht committen",
        "fr": "# identifiants de prod - ne pas committer",
        "es": "# credenciales de producción - no subir",
        "nl": "# productie-inloggegevens - niet committen",
    }[ctx.lang]
    lines = [
        ("DATABASE_URL", "DSN"),
        ("DB_PASSWORD", "PASSWORD"),
        ("STRIPE_SECRET_KEY", "APIKEY"),
        ("AWS_ACCESS_KEY_ID", "AWSKEY"),
        ("AWS_SECRET_ACCESS_KEY", "AWSSECRET"),
        ("JWT_SECRET", "TOKEN"),
        ("OPENAI_API_KEY", "APIKEY"),
        ("ADMIN_EMAIL", "EMAIL"),
        ("SUPPORT_PHONE", "PHONE"),
        ("ALLOWED_IP", "IP"),
        ("APP_VERSION", "VERSION"),
        ("BUILD_SHA", "GITSHA"),
        ("INSTANCE_ID", "UUID"),
        ("RELEASE_DATE", "DATEISO"),
        ("MAX_UPLOAD_BYTES", "BYTES"),
        ("TIMEOUT", "MS"),
    ]
    doc.add(comment + "\n")
    for key, place in ctx.rng.sample(lines, ctx.rng.randint(8, 13)):
        q = ctx.pick(["", "", '"', "'"])
        doc.add(f"{key}={q}")
        emit(doc, ctx, place)
        doc.add(q + "\n")
    doc.add("PORT=8080\nLOG_LEVEL=info\n")
    return doc


def _cell(doc: Doc, ctx: Ctx, place: str, sep: str) -> None:
    pieces = ctx.resolve(place)
    text = "".join(t for _r, _k, t in pieces)
    q = sep in text or '"' in text
    if q:
        doc.add('"')
    for role, kind, t in pieces:
        doc.put(role, kind, t.replace('"', '""'))
    if q:
        doc.add('"')


def csv_doc(ctx: Ctx, header: bool = True) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    sep = ";" if ctx.lang != "en" and ctx.rng.random() < 0.6 else ","
    fields = choose_fields(ctx, (4, 6), (3, 5), cued=header)
    if header:
        keys = [
            field_key(ctx, f) if ctx.rng.random() < 0.5 else field_label(ctx, f, 1) for f in fields
        ]
        doc.add(sep.join(keys) + "\n")
    for n in range(1, ctx.rng.randint(3, 6)):
        for i, f in enumerate(fields):
            if i:
                doc.add(sep)
            _cell(doc, ctx, f"{f}{n}", sep)
        doc.add("\n")
    return doc


def csv_noheader(ctx: Ctx) -> Doc:
    return csv_doc(ctx, header=False)


def sql(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    fields = choose_fields(ctx, (4, 6), (3, 5))
    cols = ", ".join(field_key(ctx, f) for f in fields)
    table = ctx.pick(["customers", "users", "kunden", "clients", "clientes", "klanten", "orders"])
    doc.add(f"INSERT INTO {table} (id, {cols}) VALUES\n")
    rows = ctx.rng.randint(2, 5)
    for n in range(1, rows + 1):
        doc.add(f"  ({ctx.rng.randint(1, 99999)}")
        for f in fields:
            doc.add(", '")
            emit(doc, ctx, f"{f}{n}", lambda s: s.replace("'", "''"))
            doc.add("'")
        doc.add(")" + ("," if n < rows else ";") + "\n")
    return doc


def markdown(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    fields = choose_fields(ctx, (3, 5), (2, 4))
    doc.add("| " + " | ".join(field_label(ctx, f, 1) for f in fields) + " |\n")
    doc.add("|" + "---|" * len(fields) + "\n")
    for n in range(1, ctx.rng.randint(3, 6)):
        doc.add("|")
        for f in fields:
            doc.add(" ")
            emit(doc, ctx, f"{f}{n}", lambda s: s.replace("|", "\\|"))
            doc.add(" |")
        doc.add("\n")
    return doc


def vcard(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)

    def esc(s: str) -> str:
        return s.replace(",", "\\,").replace(";", "\\;")

    for n in range(1, ctx.rng.randint(2, 3)):
        doc.add("BEGIN:VCARD\nVERSION:3.0\nN:")
        emit(doc, ctx, f"LAST{n}", esc)
        doc.add(";")
        emit(doc, ctx, f"FIRST{n}", esc)
        doc.add(";;;\nFN:")
        emit(doc, ctx, f"NAME{n}", esc)
        doc.add("\nORG:")
        emit(doc, ctx, f"COMPANY{n}", esc)
        doc.add("\nTEL;TYPE=CELL:")
        emit(doc, ctx, f"PHONE{n}")
        doc.add("\nEMAIL;TYPE=INTERNET:")
        emit(doc, ctx, f"EMAIL{n}")
        doc.add("\nADR;TYPE=HOME:;;")
        emit(doc, ctx, f"ADDR{n}", esc)
        doc.add(";")
        emit(doc, ctx, f"CITY{n}", esc)
        doc.add(f";;{ctx.fake.postcode()};\nBDAY:")
        emit(doc, ctx, f"DOBISO{n}")
        doc.add("\nREV:")
        emit(doc, ctx, f"TS{n}")
        doc.add("\nEND:VCARD\n")
    return doc


def http(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    path = ctx.pick(["/api/v2/customers", "/v1/payments", "/graphql", "/api/users/me", "/checkout"])
    host = ctx.fake.domain_word()
    doc.add(
        f"POST {path} HTTP/1.1\nHost: api.{host}.{ctx.pick(['io', 'com', 'de', 'fr', 'nl', 'es'])}\n"
    )
    doc.add("Authorization: Bearer ")
    emit(doc, ctx, "TOKEN")
    doc.add("\nX-Forwarded-For: ")
    emit(doc, ctx, "IP")
    doc.add("\nX-Request-ID: ")
    emit(doc, ctx, "UUID")
    doc.add("\nUser-Agent: ")
    doc.add(ctx.pick(["ShopApp/", "okhttp/", "python-requests/", "axios/"]))
    emit(doc, ctx, "VERSION")
    doc.add("\nContent-Type: application/json\nContent-Length: ")
    emit(doc, ctx, "BYTES")
    if ctx.rng.random() < 0.5:
        doc.add("\nCookie: sessionid=")
        emit(doc, ctx, "APIKEY")
    doc.add("\n\n{")
    fields = choose_fields(ctx, (3, 5), (1, 3))
    for i, f in enumerate(fields):
        doc.add(("" if i == 0 else ", ") + f'"{field_key(ctx, f)}": ')
        _json_value(doc, ctx, f)
    doc.add("}\n\n")
    status = ctx.pick(
        [
            "HTTP/1.1 422 Unprocessable Entity",
            "HTTP/1.1 500 Internal Server Error",
            "HTTP/2 401",
            "HTTP/1.1 409 Conflict",
        ]
    )
    doc.look("PHONE", status)
    doc.add("\nDate: ")
    emit(doc, ctx, "HTTPDATE")
    doc.add("\nContent-Length: ")
    emit(doc, ctx, "BYTES")
    doc.add("\n")
    return doc


def nginx(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    for n in range(1, ctx.rng.randint(4, 8)):
        emit(doc, ctx, "IP")
        doc.add(" - - [")
        doc.look("DATE_OF_BIRTH", ctx.timestamp_clf())
        method, path = ctx.pick(
            [
                ("GET", "/account?email={EMAIL%d}"),
                ("POST", "/login"),
                ("GET", "/orders/{ORDER}"),
                ("GET", "/static/app.{GITSHA}.js"),
                ("GET", "/track/{TRACK}"),
                ("PUT", "/api/users/{UUID}"),
            ]
        )
        doc.add(f'] "{method} ')
        ctx.render(doc, path.replace("%d", str(n)))
        doc.add(' HTTP/1.1" ')
        doc.look("PHONE", ctx.pick(["200", "200", "302", "404", "500", "401"]))
        doc.add(" ")
        emit(doc, ctx, "BYTES")
        doc.add(' "-" "Mozilla/5.0 (X11; Linux x86_64; rv:')
        emit(doc, ctx, "VERSION")
        doc.add(') Gecko/20100101"\n')
    return doc


def applog(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    msgs = [
        "INFO  [http-nio-8080-exec-{W}] UserService - login ok user={EMAIL} ip={IP} took {MS}",
        "WARN  [worker-{W}] PaymentService - charge failed card={CARD} amount={PRICE} order={ORDER}",
        "ERROR [worker-{W}] PayoutJob - IBAN rejected: {IBAN} (customer {NAME}, invoice {INVOICE})",
        "DEBUG [main] DataSource - connecting to {DSN}",
        "INFO  [worker-{W}] SignupController - new user {NAME} <{EMAIL}> phone={PHONE} dob={DOBISO}",
        "INFO  [scheduler] Release {VERSION} deployed, build {GITSHA}, trace={UUID}",
        "WARN  [http-nio-8080-exec-{W}] RateLimiter - {IP} exceeded quota ({BYTES} bytes)",
        "INFO  [worker-{W}] ShippingService - label created tracking={TRACK} to {ADDR}",
        "ERROR [worker-{W}] KycCheck - id mismatch nid={NID} name={NAME}",
    ]
    for i in range(ctx.rng.randint(5, 8)):
        emit(doc, ctx, "TS")
        doc.add(" ")
        ctx.render(
            doc,
            ctx.pick(msgs)
            .replace("{W}", str(ctx.rng.randint(1, 16)))
            .replace("}", f"{i % 3 + 1}}}"),
        )
        doc.add("\n")
    return doc


def jsonlog(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    for i in range(1, ctx.rng.randint(3, 6)):
        doc.add('{"ts":"')
        emit(doc, ctx, "TS")
        doc.add(f'","level":"{ctx.pick(["info", "warn", "error"])}","msg":"')
        doc.add(ctx.pick(["user updated", "payment failed", "login", "profile saved"]))
        doc.add('","user":{"name":')
        _json_value(doc, ctx, f"NAME{i}")
        doc.add(',"email":')
        _json_value(doc, ctx, f"EMAIL{i}")
        if ctx.rng.random() < 0.5:
            doc.add(',"phone":')
            _json_value(doc, ctx, f"PHONE{i}")
        doc.add('},"ip":')
        _json_value(doc, ctx, "IP")
        doc.add(',"trace_id":')
        _json_value(doc, ctx, "UUID")
        doc.add(',"duration_ms":')
        doc.look("PHONE", str(ctx.rng.randint(1, 30000)))
        doc.add(',"order":')
        _json_value(doc, ctx, "ORDER")
        doc.add("}\n")
    return doc


def stacktrace(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    if ctx.rng.random() < 0.5:
        doc.add('Traceback (most recent call last):\n  File "/srv/app/billing/service.py", line ')
        doc.add(f"{ctx.rng.randint(10, 900)}, in charge\n    resp = client.charge(customer=")
        _json_value(doc, ctx, "EMAIL")
        doc.add(", iban=")
        _json_value(doc, ctx, "IBAN")
        doc.add(
            ')\n  File "/usr/lib/python3.12/site-packages/payments/api.py", line 381, in request\n'
        )
        doc.add('    raise AuthenticationError(f"Invalid API key provided: {key}")\n')
        doc.add("payments.errors.AuthenticationError: Invalid API key provided: ")
        emit(doc, ctx, "APIKEY")
        doc.add("\n\nDuring handling of the above exception, another exception occurred:\n")
        doc.add('psycopg.OperationalError: connection to server at "')
        emit(doc, ctx, "IPV4")
        doc.add('", port 5432 failed: FATAL:  password authentication failed for user "')
        doc.add(ctx.fake.user_name())
        doc.add('"\n  (request ')
        emit(doc, ctx, "UUID")
        doc.add(", release ")
        emit(doc, ctx, "VERSION")
        doc.add(")\n")
    else:
        doc.add("java.lang.IllegalStateException: duplicate customer ")
        emit(doc, ctx, "NAME")
        doc.add(" <")
        emit(doc, ctx, "EMAIL")
        doc.add(">, phone ")
        emit(doc, ctx, "PHONE")
        doc.add("\n\tat com.shop.crm.CustomerService.create(CustomerService.java:")
        doc.add(f"{ctx.rng.randint(20, 400)})\n\tat com.shop.crm.Api.post(Api.java:88)\n")
        doc.add("Caused by: org.postgresql.util.PSQLException: Key (nid)=(")
        emit(doc, ctx, "NID")
        doc.add(
            ") already exists.\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)\n"
        )
        doc.add("\t... 42 common frames omitted\n# heap at ")
        emit(doc, ctx, "HEX")
        doc.add(", build ")
        emit(doc, ctx, "GITSHA")
        doc.add(", ")
        emit(doc, ctx, "TS")
        doc.add("\n")
    return doc


def python_code(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    doc.add('import requests\n\nAPI_KEY = "')
    emit(doc, ctx, "APIKEY")
    doc.add('"\nBASE = "https://api.')
    doc.add(ctx.fake.domain_word() + ".io/v")
    emit(doc, ctx, "VERSION")
    doc.add('"\nMAGIC = ')
    emit(doc, ctx, "HEX")
    doc.add("\n\ncustomer = {\n")
    for f in choose_fields(ctx, (3, 6), (2, 3)):
        doc.add(f'    "{field_key(ctx, f)}": ')
        _json_value(doc, ctx, f)
        doc.add(",\n")
    doc.add(
        '}\n\n\ndef test_signup():\n    r = requests.post(BASE + "/signup", json=customer, headers={"X-Api-Key": API_KEY})\n'
    )
    doc.add('    assert r.status_code == 201, r.text\n    assert r.json()["id"] == "')
    emit(doc, ctx, "UUID")
    doc.add('"\n')
    return doc


def js_code(ctx: Ctx) -> Doc:
    doc = Doc()
    lead(ctx, doc)
    doc.add("const config = {\n  apiKey: '")
    emit(doc, ctx, "APIKEY")
    doc.add("',\n  dbUrl: '")
    emit(doc, ctx, "DSN")
    doc.add("',\n  release: '")
    emit(doc, ctx, "VERSION")
    doc.add("',\n};\n\nconst user = {\n")
    for f in choose_fields(ctx, (3, 6), (2, 3)):
        doc.add(f"  {field_key(ctx, f)}: '")
        emit(doc, ctx, f, lambda s: s.replace("'", "\\'"))
        doc.add("',\n")
    doc.add("};\n\nawait fetch(`${BASE}/orders/")
    emit(doc, ctx, "ORDER")
    doc.add("`, {\n  headers: { Authorization: 'Bearer ")
    emit(doc, ctx, "TOKEN")
    doc.add("' },\n});\n")
    return doc


LAYOUTS: dict[str, Callable[[Ctx], Doc]] = {
    "prose": prose,
    "email": email,
    "ticket": ticket,
    "chat": chat,
    "meeting_notes": notes,
    "form": form,
    "json": json_doc,
    "yaml": yaml_doc,
    "env": env,
    "csv": csv_doc,
    "csv_noheader": csv_noheader,
    "sql": sql,
    "markdown": markdown,
    "vcard": vcard,
    "http": http,
    "nginx_log": nginx,
    "app_log": applog,
    "json_log": jsonlog,
    "stacktrace": stacktrace,
    "python": python_code,
    "javascript": js_code,
}
