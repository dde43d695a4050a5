"""Layouts people paste into a chat: each returns one marked message (see values.S and values.L).

A layout writes the request (sometimes none), then the pasted material. Whatever is personal is
marked with S, whatever only looks personal with L; everything else is plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from looks import Looks
from phrases import EN_REQ, P
from values import L, Person, S, Values


class Ctx:
    """Shortcuts over one message's values, look-alikes and phrases."""

    def __init__(self, v: Values) -> None:
        self.v, self.r, self.lk = v, v.rng, Looks(v)
        self.lang = v.loc.lang
        self.ph = P[self.lang]

    def w(self, key: str) -> str:
        return self.r.choice(self.ph[key])

    def request(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.15:
            return ""
        if r.random() < 0.45:
            return self.lk.note() + "\n\n"
        req = r.choice(EN_REQ) if (x < 0.45 or self.lang == "en") else self.w("req")
        if r.random() < 0.15:
            req = req.lower()
        return req + r.choice(["\n\n", "\n", "\n```\n", "\n\n---\n"])

    # marked personal values
    def person(self) -> Person:
        return self.v.person()

    def pn(self, p: Person, style: str | None = None) -> str:
        return S("PERSON", self.v.name(p, style))

    def first(self, p: Person, lower: bool = False) -> str:
        return S("PERSON", p.first.lower() if lower else p.first)

    def addr(self, sep: str = "\n") -> str:
        a, b = self.v.address()
        if sep == "one":
            return S("ADDRESS", f"{a}, {b}")
        return S("ADDRESS", a) + sep + S("ADDRESS", b)

    def addr_parts(self) -> tuple[str, str, str]:
        """(street, postcode, town) for forms and JSON that split an address."""
        a, _ = self.v.address()
        pc, town = self.v.postcode_town()
        return a, pc, town

    def dob(self, kind: str | None = None) -> str:
        return S("DATE_OF_BIRTH", self.v.date_text(self.v.birth(), kind))

    def dob_iso(self) -> str:
        return S("DATE_OF_BIRTH", self.v.birth().isoformat())

    def tel(self) -> str:
        return S("PHONE", self.v.phone())

    def mail(self, p: Person | None = None, domain: str | None = None) -> str:
        return S("EMAIL", self.v.email(p, domain))

    def iban(self) -> str:
        return S("IBAN", self.v.iban())

    def card(self) -> str:
        return S("CARD", self.v.card())

    def nid(self) -> tuple[str, str]:
        label, val = self.v.national_id()
        return label, S("NATIONAL_ID", val)

    def ip(self) -> str:
        return S("IP_ADDRESS", self.v.ip())

    def secret(self, kind: str | None = None) -> tuple[str, str]:
        name, val = self.v.secret(kind)
        return name, S("SECRET", val)

    def other_date(self) -> str:
        return self.lk.date()

    def born(self, p: Person) -> str:
        return self.w("born_f" if p.female else "born_m")


def _safe(p: Person) -> bool:
    return all(c not in p.full for c in "\"'\\")


# --- e-mail, letters, documents ------------------------------------------------------------------
def email_thread(c: Ctx) -> str:
    r = c.r
    a, b = c.person(), c.person()
    sender_mail = c.v.email(a)
    quoted = (
        f"{c.w('hi')} {c.first(b)},\n\n"
        f"{c.w('order')} {c.lk.order()}: {c.w('due')} {c.other_date()}. {c.lk.amount()}.\n"
        f"{c.w('tel')} {c.tel()}\n\n{c.w('bye')}\n{c.pn(a)}\n{c.lk.company()}\n"
    )
    q = "\n".join("> " + line if line else ">" for line in quoted.split("\n"))
    when = c.lk.ts()
    who = f"{c.pn(a, 'full')} <{S('EMAIL', sender_mail)}>"
    heads = {
        "en": f"On {when}, {who} wrote:",
        "de": f"Am {when} schrieb {who}:",
        "fr": f"Le {when}, {who} a écrit :",
        "es": f"El {when}, {who} escribió:",
        "nl": f"Op {when} schreef {who}:",
        "it": f"Il giorno {when} {who} ha scritto:",
        "pt": f"Em {when}, {who} escreveu:",
        "pl": f"W dniu {when} {who} napisał:",
        "sv": f"Den {when} skrev {who}:",
    }
    head = heads[c.lang] if r.random() < 0.75 else heads["en"]
    reply = (
        f"{c.w('subj')} {c.lk.ticket()} / {c.lk.title()}\n\n{c.w('hi')} {c.first(a)},\n\n"
        f"{c.w('addr')} {c.addr(', ')}\n{c.w('dob')} {c.dob()}\n\n"
        f"{c.w('bye')}\n{c.pn(b)}\n{c.w('tel')} {c.tel()} | {c.mail(b)}\n{c.w('sig')}\n\n{head}\n{q}"
    )
    return c.request() + reply


def letter(c: Ctx) -> str:
    a, b = c.person(), c.person()
    label, nid = c.nid()
    salut = (
        {
            "en": "Mr",
            "de": "Herrn",
            "fr": "Monsieur",
            "es": "D.",
            "nl": "Dhr.",
            "it": "Sig.",
            "pt": "Sr.",
            "pl": "Pan",
            "sv": "",
        }[c.lang]
        if not b.female
        else {
            "en": "Ms",
            "de": "Frau",
            "fr": "Madame",
            "es": "Dña.",
            "nl": "Mevr.",
            "it": "Sig.ra",
            "pt": "Sra.",
            "pl": "Pani",
            "sv": "",
        }[c.lang]
    )
    return c.request() + (
        f"{c.pn(a)}\n{c.addr()}\n{c.tel()}\n\n{c.lk.company()}\n{salut} {c.pn(b)}\n{c.addr()}\n\n"
        f"{c.lk.city()}, {c.other_date()}\n\n{c.w('subj')} {c.w('order')} {c.lk.order()}\n\n{c.w('hi')}\n\n"
        f"{label}: {nid}, {c.w('dob')} {c.dob()}. {c.lk.amount()} — {c.w('due')} {c.other_date()}.\n"
        f"{c.w('iban')} {c.iban()} (BIC {c.lk.bic()})\n\n{c.w('bye')}\n\n{c.pn(a, 'full')}"
    )


def cv(c: Ctx) -> str:
    p = c.person()
    head = {
        "en": ("CURRICULUM VITAE", "Experience", "Education"),
        "de": ("LEBENSLAUF", "Berufserfahrung", "Ausbildung"),
        "fr": ("CURRICULUM VITAE", "Expérience professionnelle", "Formation"),
        "es": ("CURRÍCULUM VITAE", "Experiencia", "Formación"),
        "nl": ("CURRICULUM VITAE", "Werkervaring", "Opleiding"),
        "it": ("CURRICULUM VITAE", "Esperienza", "Istruzione"),
        "pt": ("CURRÍCULO", "Experiência", "Formação"),
        "pl": ("CV", "Doświadczenie", "Wykształcenie"),
        "sv": ("CV", "Erfarenhet", "Utbildning"),
    }[c.lang]
    return c.request() + (
        f"{head[0]}\n\n{c.pn(p, c.r.choice(['full', 'full_upper']))}\n{c.addr(c.r.choice([chr(10), ' · ', ', ']))}\n"
        f"{c.tel()} · {c.mail(p)} · linkedin.com/in/{L('identifier', 'profile-' + str(c.r.randint(1000, 99999)))}\n"
        f"{c.w('dob')} {c.dob()}\n\n{head[1]}\n{c.lk.date()} – {c.lk.date()}  {c.lk.company()}, {c.lk.city()}\n"
        f"  • {c.lk.ident()} rollout, {c.lk.measure()}\n{c.lk.date()} – {c.lk.date()}  {c.lk.company()}\n\n{head[2]}\n"
        f"{c.r.randint(1995, 2020)} {c.lk.company()}\n"
    )


def hr_note(c: Ctx) -> str:
    p, m = c.person(), c.person()
    label, nid = c.nid()
    return c.request() + (
        f"{c.w('name')} {c.pn(p, 'last_first')}\n{c.w('dob')} {c.dob()}\n{label}: {nid}\n{c.w('iban')} {c.iban()}\n"
        f"{c.w('addr')} {c.addr('one')}\nManager: {c.pn(m)} ({c.lk.ticket()})\n"
        f"Start: {c.other_date()} · {c.lk.amount()} · {c.w('due')} {c.other_date()}\n"
    )


MED = {
    "en": ("BP", "Follow-up", "Rx", "Dr."),
    "de": ("RR", "Wiedervorstellung am", "Medikation:", "Dr. med."),
    "fr": ("TA", "Contrôle le", "Traitement :", "Dr"),
    "es": ("TA", "Revisión el", "Tratamiento:", "Dra."),
    "nl": ("RR", "Controle op", "Medicatie:", "dr."),
    "it": ("PA", "Controllo il", "Terapia:", "Dott."),
    "pt": ("TA", "Consulta em", "Medicação:", "Dr."),
    "pl": ("RR", "Kontrola", "Leki:", "lek."),
    "sv": ("BT", "Återbesök", "Läkemedel:", "Dr"),
}


def medical(c: Ctx) -> str:
    p, d = c.person(), c.person()
    label, nid = c.nid()
    w = MED[c.lang]
    r = c.r
    bp = L("measure", f"{r.randint(100, 165)}/{r.randint(60, 100)} mmHg")
    pulse = L("measure", f"{r.randint(52, 110)} {r.choice(['bpm', '/min'])}")
    drug = L(
        "product",
        f"{r.choice(['Ibuprofen', 'Metformin', 'Ramipril', 'Amoxicillin', 'Pantoprazol', 'Levothyroxin'])} {r.choice([5, 20, 40, 400, 500, 600])} mg",
    )
    return c.request() + (
        f"{c.pn(p, r.choice(['upper_last', 'last_first', 'full']))}, {c.w('dob')} {c.dob()}\n"
        f"{label} {nid}\n{c.w('tel')} {c.tel()}\n"
        f"{w[0]} {bp}, {pulse}. {w[1]} {c.other_date()} ({w[3]} {c.pn(d, r.choice(['initial', 'full']))}).\n"
        f"{w[2]} {drug} {L('measure', r.choice(['1-0-1', '1-0-0', '2x/d', 'b.i.d.']))}\n"
    )


def support_ticket(c: Ctx) -> str:
    p = c.person()
    return c.request() + (
        f"Ticket {c.lk.ticket()} | Priority: P{c.r.randint(1, 4)} | Created {c.lk.ts()}\n"
        f"Customer: {c.pn(p)} <{c.mail(p)}>\nPhone: {c.tel()}\nOrder: {c.lk.order()}  Tracking: {c.lk.tracking()}\n"
        f"Shipping to: {c.addr('one')}\nCard on file: {c.card()}\n\n"
        f"Customer says the {c.lk.product()} arrived broken; app {c.lk.version()} crashes. Refund {c.lk.amount()}?\n"
        f"Login from {c.ip()} at {c.lk.ts()}.\n"
    )


# --- tables and exports --------------------------------------------------------------------------
def _sep(c: Ctx) -> str:
    return "," if c.lang == "en" else c.r.choice([";", ";", ","])


def csv_export(c: Ctx) -> str:
    s = _sep(c)
    cols = {
        "en": "first_name,last_name,email,phone,date_of_birth,street,postcode,city,customer_id,created_at",
        "de": "Vorname,Nachname,E-Mail,Telefon,Geburtsdatum,Straße,PLZ,Ort,Kundennr,Angelegt",
        "fr": "Prénom,Nom,Courriel,Téléphone,Date de naissance,Adresse,CP,Ville,N° client,Créé le",
        "es": "Nombre,Apellidos,Email,Teléfono,Fecha nacimiento,Dirección,CP,Ciudad,ID cliente,Alta",
        "nl": "Voornaam,Achternaam,E-mail,Telefoon,Geboortedatum,Straat,Postcode,Plaats,Klantnr,Aangemaakt",
        "it": "Nome,Cognome,Email,Telefono,Data nascita,Indirizzo,CAP,Città,Cod cliente,Creato",
        "pt": "Nome,Apelido,Email,Telefone,Data nascimento,Morada,CP,Localidade,Cliente,Criado",
        "pl": "Imię,Nazwisko,Email,Telefon,Data urodzenia,Ulica,Kod,Miasto,Nr klienta,Utworzono",
        "sv": "Förnamn,Efternamn,E-post,Telefon,Födelsedatum,Gata,Postnr,Ort,Kundnr,Skapad",
    }[c.lang].replace(",", s)
    rows = [cols]
    for _ in range(c.r.randint(2, 5)):
        p = c.person()
        street, pc, town = c.v.street_name(), *c.v.postcode_town()
        street = f"{street} {c.r.randint(1, 99)}"
        q = '"' if s in street or s in town or c.r.random() < 0.2 else ""
        rows.append(
            s.join(
                [
                    S("PERSON", p.first),
                    S("PERSON", p.last),
                    c.mail(p),
                    c.tel(),
                    c.dob(c.r.choice(["num", "iso"])),
                    f"{q}{S('ADDRESS', street)}{q}",
                    S("ADDRESS", pc),
                    f"{q}{S('ADDRESS', town)}{q}",
                    c.lk.order(),
                    c.lk.ts(),
                ]
            )
        )
    return c.request() + "\n".join(rows) + "\n"


def tsv_sheet(c: Ctx) -> str:
    head = "Name\tMobile\tIBAN\tBirthday\tAmount\tDue"
    rows = [head]
    for _ in range(c.r.randint(2, 4)):
        p = c.person()
        rows.append(
            "\t".join([c.pn(p), c.tel(), c.iban(), c.dob("num"), c.lk.amount(), c.other_date()])
        )
    return c.request() + "\n".join(rows)


def markdown_table(c: Ctx) -> str:
    rows = ["| Name | E-mail | Phone | Team | Ticket |", "|---|---|---|---|---|"]
    for _ in range(c.r.randint(2, 5)):
        p = c.person()
        rows.append(f"| {c.pn(p)} | {c.mail(p)} | {c.tel()} | {c.lk.company()} | {c.lk.ticket()} |")
    return (
        c.request()
        + "\n".join(rows)
        + f"\n\nSprint ends {c.other_date()}, release {c.lk.version()}.\n"
    )


# --- data formats --------------------------------------------------------------------------------
def _j(marked: str) -> str:
    """A marked string value inside JSON quotes (values never hold quotes or backslashes)."""
    return f'"{marked}"'


def json_payload(c: Ctx) -> str:
    p = c.person()
    while not _safe(p):
        p = c.person()
    street, pc, town = c.addr_parts()
    ind = c.r.choice([2, 4, 0])
    nl = "\n" if ind else ""
    pad = " " * ind
    own = {
        "de": ("vorname", "nachname", "geb_datum", "anschrift", "strasse", "plz", "ort"),
        "es": ("nombre", "apellidos", "fecha_nac", "direccion", "calle", "cp", "ciudad"),
        "fr": ("prenom", "nom", "date_naissance", "adresse", "rue", "code_postal", "ville"),
        "nl": (
            "voornaam",
            "achternaam",
            "geboortedatum",
            "adres",
            "straat",
            "postcode",
            "woonplaats",
        ),
        "it": ("nome", "cognome", "data_nascita", "indirizzo", "via", "cap", "citta"),
        "pt": ("nome", "sobrenome", "data_nascimento", "endereco", "logradouro", "cep", "cidade"),
    }
    key = c.r.choice(
        [
            ("firstName", "lastName", "birthDate", "address", "street", "zip", "city"),
            ("first_name", "last_name", "dob", "billing_address", "line1", "postal_code", "city"),
            own.get(
                c.lang,
                ("given_name", "family_name", "date_of_birth", "address", "street", "zip", "city"),
            ),
        ]
    )
    items = [
        f'"id": {_j(c.lk.uuid())}',
        f'"{key[0]}": {_j(S("PERSON", p.first))}',
        f'"{key[1]}": {_j(S("PERSON", p.last))}',
        f'"email": {_j(c.mail(p))}',
        f'"phone": {_j(c.tel())}',
        f'"{key[2]}": {_j(c.dob_iso() if c.r.random() < 0.7 else c.dob("num"))}',
        f'"{key[3]}": {{{nl}{pad * 2}"{key[4]}": {_j(S("ADDRESS", street))},{nl}{pad * 2}"{key[5]}": {_j(S("ADDRESS", pc))},'
        f'{nl}{pad * 2}"{key[6]}": {_j(S("ADDRESS", town))},{nl}{pad * 2}"country": "{c.v.loc.region}"{nl}{pad}}}',
        f'"created_at": {_j(c.lk.ts())}',
        f'"order_total": {L("amount", str(c.r.randint(100, 99999) / 100))}',
        f'"client_ip": {_j(c.ip())}',
        f'"app_version": {_j(c.lk.version())}',
    ]
    body = "{" + nl + ("," + nl).join(pad + i for i in items) + nl + "}"
    broken = c.r.random() < 0.3
    if broken:  # what "fix this JSON" is about: a trailing comma
        body = body[: -1 - len(nl)] + "," + nl + "}"
    return c.request() + body + "\n"


def fhir(c: Ctx) -> str:
    p = c.person()
    while not _safe(p):
        p = c.person()
    street, pc, town = c.addr_parts()
    label, nid = c.nid()
    res = (
        '{\n  "resourceType": "Patient",\n  "id": '
        + _j(c.lk.uuid())
        + ',\n  "meta": {"versionId": "'
        + L("version", str(c.r.randint(1, 9)))
        + '", "lastUpdated": '
        + _j(c.lk.ts())
        + "},\n"
        '  "identifier": [{"system": "urn:oid:1.2.'
        + L("identifier", str(c.r.randint(100, 999)))
        + '", "value": '
        + _j(nid)
        + "}],\n"
        '  "name": [{"use": "official", "family": '
        + _j(S("PERSON", p.last))
        + ', "given": ['
        + _j(S("PERSON", p.first))
        + "]}],\n"
        '  "telecom": [{"system": "phone", "value": '
        + _j(c.tel())
        + '}, {"system": "email", "value": '
        + _j(c.mail(p))
        + "}],\n"
        '  "gender": "'
        + ("female" if p.female else "male")
        + '",\n  "birthDate": '
        + _j(c.dob_iso())
        + ",\n"
        '  "address": [{"line": ['
        + _j(S("ADDRESS", street))
        + '], "city": '
        + _j(S("ADDRESS", town))
        + ', "postalCode": '
        + _j(S("ADDRESS", pc))
        + ', "country": "'
        + c.v.loc.region
        + '"}]\n}'
    )
    return c.request() + res + "\n"


def env_file(c: Ctx) -> str:
    lines = [
        f"# {c.lk.company()} staging — {c.lk.date()}",
        f"APP_VERSION={c.lk.version()}",
        f"PORT={c.lk.port()}",
    ]
    for _ in range(c.r.randint(2, 4)):
        name, val = c.secret(
            c.r.choice(
                [
                    "aws",
                    "github",
                    "slack",
                    "stripe",
                    "openai",
                    "anthropic",
                    "google",
                    "sendgrid",
                    "twilio",
                    "gitlab",
                    "hf",
                    "npm",
                ]
            )
        )
        lines.append(f"{name}={val}")
    pw = c.v.secret("password")[1]
    user = c.r.choice(["app", "postgres", "svc_billing", "admin"])
    lines.append(f"DATABASE_URL=postgres://{user}:{S('SECRET', pw)}@db.internal:{c.lk.port()}/prod")
    lines.append(f"ADMIN_EMAIL={c.mail()}")
    lines.append(f"BUILD_SHA={c.lk.sha()}")
    return c.request() + "\n".join(lines) + "\n"


def k8s_secret(c: Ctx) -> str:
    name, val = c.secret(c.r.choice(["aws_secret", "openai", "stripe", "github_pat", "jwt"]))
    _, pw = c.secret("password")
    return c.request() + (
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-api\n  labels:\n    app.kubernetes.io/version: "'
        + c.lk.version()
        + '"\ntype: Opaque\nstringData:\n  '
        + name
        + ": "
        + val
        + '\n  DB_PASSWORD: "'
        + pw
        + '"\n'
        "  SMTP_USER: "
        + c.mail()
        + "\n---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n"
        "      containers:\n        - image: registry.example.net/billing@sha256:"
        + L("hash", "".join(c.r.choice("0123456789abcdef") for _ in range(64)))
        + "\n          ports:\n            - containerPort: "
        + c.lk.port()
        + "\n"
    )


def docker_compose(c: Ctx) -> str:
    _, pw = c.secret("password")
    name, key = c.secret(c.r.choice(["openai", "anthropic", "hf", "google"]))
    return c.request() + (
        "services:\n  db:\n    image: postgres:"
        + L("version", f"{c.r.randint(13, 17)}.{c.r.randint(1, 6)}")
        + "\n    environment:\n"
        "      POSTGRES_PASSWORD: "
        + pw
        + '\n    ports:\n      - "'
        + c.lk.port()
        + ':5432"\n  worker:\n    environment:\n'
        "      - " + name + "=" + key + "\n      - NOTIFY_TO=" + c.mail() + "\n"
    )


def yaml_profile(c: Ctx) -> str:
    p = c.person()
    street, pc, town = c.addr_parts()
    return c.request() + (
        f'user:\n  id: {c.lk.uuid()}\n  name: {c.pn(p)}\n  email: {c.mail(p)}\n  mobile: "{c.tel()}"\n  birthday: {c.dob_iso()}\n'
        f'  address:\n    street: {S("ADDRESS", street)}\n    postcode: "{S("ADDRESS", pc)}"\n    city: {S("ADDRESS", town)}\n'
        f"plan:\n  renews: {c.lk.date()}\n  price: {c.lk.amount()}\n"
    )


def sql_insert(c: Ctx) -> str:
    rows = []
    for _ in range(c.r.randint(1, 4)):
        p = c.person()
        while not _safe(p):
            p = c.person()
        label, nid = c.nid()
        rows.append(
            f"  ({L('order', str(c.r.randint(1000, 99999)))}, '{c.pn(p, 'full')}', '{c.mail(p)}', '{c.dob_iso()}', '{nid}', '{c.lk.ts()}')"
        )
    return (
        c.request()
        + "INSERT INTO customers (id, full_name, email, birth_date, tax_id, created_at) VALUES\n"
        + ",\n".join(rows)
        + ";\n"
    )


def sql_result(c: Ctx) -> str:
    rows = [
        " id  | name | phone | iban | last_login_ip",
        "-----+------+-------+------+---------------",
    ]
    for _ in range(c.r.randint(2, 4)):
        p = c.person()
        rows.append(
            f" {L('order', str(c.r.randint(10, 9999)))} | {c.pn(p)} | {c.tel()} | {c.iban()} | {c.ip()}"
        )
    return c.request() + "\n".join(rows) + f"\n({len(rows) - 2} rows)\n"


# --- logs and code -------------------------------------------------------------------------------
def nginx_log(c: Ctx) -> str:
    lines = []
    for _ in range(c.r.randint(3, 6)):
        path = c.r.choice(
            [
                "/api/v2/orders/" + c.lk.order(),
                "/static/app." + c.lk.sha() + ".js",
                "/login",
                "/health",
                "/invoice/" + c.lk.uuid(),
            ]
        )
        lines.append(
            f'{c.ip()} - - [{c.lk.ts()}] "GET {path} HTTP/1.1" {c.lk.status()} "-" "Mozilla/5.0 Chrome/{c.lk.version()}"'
        )
    lines.append(
        f'{c.ip()} - - [{c.lk.ts()}] "GET /reset?email={c.mail()} HTTP/1.1" {c.lk.status()} "-" "curl/{c.lk.version()}"'
    )
    return c.request() + "\n".join(lines) + "\n"


def app_log(c: Ctx) -> str:
    p = c.person()
    lines = [
        f"{c.lk.ts()} INFO  [checkout] order={c.lk.order()} user={c.mail(p)} total={c.lk.amount()}",
        f"{c.lk.ts()} WARN  [auth] failed login for {c.mail()} from {c.ip()} (attempt 3)",
        f'{c.lk.ts()} DEBUG [kyc] payload name="{c.pn(p, "full")}" dob={c.dob_iso()} phone={c.tel()}',
        f"{c.lk.ts()} INFO  [worker] job {c.lk.uuid()} done in {L('measure', str(c.r.randint(10, 999)) + 'ms')}",
        f"{c.lk.ts()} AUDIT actor={c.mail()} action=export target={c.lk.ident()} rows={L('measure', str(c.r.randint(10, 99999)))}",
    ]
    c.r.shuffle(lines)
    return c.request() + "\n".join(lines) + "\n"


def stack_trace(c: Ctx) -> str:
    p = c.person()
    while not _safe(p):
        p = c.person()
    label, nid = c.nid()
    line = lambda: L("measure", str(c.r.randint(10, 900)))  # noqa: E731
    return c.request() + (
        "Traceback (most recent call last):\n"
        f'  File "/srv/app/billing/{c.lk.ident()}", line {line()}, in charge\n'
        f"    resp = client.charge(card='{c.card()}', amount={L('amount', str(c.r.randint(100, 9999)))})\n"
        f'  File "/usr/lib/python3.12/site-packages/payments/api.py", line {line()}, in request\n'
        f"ValueError: customer {{'name': '{c.pn(p, 'full')}', 'email': '{c.mail(p)}', 'national_id': '{nid}'}} rejected "
        f"(request id {c.lk.uuid()})\n"
    )


def git_log(c: Ctx) -> str:
    out = []
    for _ in range(c.r.randint(2, 3)):
        a, b = c.person(), c.person()
        out.append(
            f"commit {L('hash', ''.join(c.r.choice('0123456789abcdef') for _ in range(40)))}\n"
            f"Author: {c.pn(a, 'full')} <{c.mail(a)}>\nDate:   {c.lk.gitdate()}\n\n"
            f"    Fix {c.lk.ident()} for {c.lk.version()} ({c.lk.ticket()})\n\n"
            f"    Signed-off-by: {c.pn(a, 'full')} <{c.mail(a)}>\n    Co-authored-by: {c.pn(b, 'full')} <{c.mail(b)}>\n"
        )
    return c.request() + "\n".join(out)


# --- cards and calendars -------------------------------------------------------------------------
def vcard(c: Ctx) -> str:
    p = c.person()
    street, pc, town = c.addr_parts()
    return c.request() + (
        f"BEGIN:VCARD\nVERSION:{L('version', '3.0')}\nN:{S('PERSON', p.last)};{S('PERSON', p.first)};;;\nFN:{c.pn(p, 'full')}\n"
        f"ORG:{c.lk.company()}\nTEL;TYPE=CELL:{c.tel()}\nEMAIL;TYPE=HOME:{c.mail(p)}\n"
        f"ADR;TYPE=HOME:;;{S('ADDRESS', street)};{S('ADDRESS', town)};;{S('ADDRESS', pc)};{c.v.loc.region}\n"
        f"BDAY:{S('DATE_OF_BIRTH', c.v.birth().strftime(c.r.choice(['%Y%m%d', '%Y-%m-%d'])))}\nREV:{c.lk.ts()}\nEND:VCARD\n"
    )


def ical(c: Ctx) -> str:
    a, b = c.person(), c.person()
    d = c.v.other_date().strftime("%Y%m%d")
    return c.request() + (
        f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:{c.lk.uuid()}\nDTSTART:{L('timestamp', d + 'T090000Z')}\nSUMMARY:{c.lk.title()} review\n"
        f"ORGANIZER;CN={c.pn(a, 'full')}:mailto:{c.mail(a)}\nATTENDEE;CN={c.pn(b, 'full')};RSVP=TRUE:mailto:{c.mail(b)}\n"
        f"LOCATION:{c.addr('one')}\nDESCRIPTION:Dial-in {c.tel()}\nEND:VEVENT\nEND:VCALENDAR\n"
    )


# --- chat exports --------------------------------------------------------------------------------
def whatsapp(c: Ctx) -> str:
    a, b = c.person(), c.person()
    lines = []
    d = c.v.other_date()
    minutes = sorted(c.r.sample(range(7 * 60, 24 * 60), 8))
    for i in range(c.r.randint(4, 7)):
        who = c.pn(a if i % 2 == 0 else b, c.r.choice(["full", "full"]))
        t = f"{d.strftime('%d/%m/%Y' if c.lang != 'en' or c.v.loc.region != 'US' else '%m/%d/%y')}, {minutes[i] // 60:02d}:{minutes[i] % 60:02d}"
        msg = c.r.choice(
            [
                f"my new address is {c.addr('one')}",
                f"call me {c.tel()}",
                f"{c.w('dob')} {c.dob()}",
                f"ok 👍 {c.lk.amount()}",
                f"tracking {c.lk.tracking()}",
                f"see you {c.other_date()}",
                f"listening to {c.lk.thing()} lol",
                f"mail: {c.mail()}",
                f"IBAN {c.iban()}",
                f"card is {c.card()} exp {L('date', f'{c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}')}",
            ]
        )
        lines.append(f"[{L('timestamp', t)}] {who}: {msg}")
    return c.request() + "\n".join(lines) + "\n"


def slack(c: Ctx) -> str:
    a, b = c.person(), c.person()
    return c.request() + (
        f"{c.first(a, lower=c.r.random() < 0.5)}  {L('timestamp', f'{c.r.randint(8, 18)}:{c.r.randint(10, 59)}')}\n"
        f"hey @{c.first(b, lower=True)} can you check why {c.mail()} gets {c.lk.status()} on {c.lk.ident()}?\n"
        f"{c.first(b)}  {L('timestamp', f'{c.r.randint(8, 18)}:{c.r.randint(10, 59)}')}\n"
        f"their ip is {c.ip()}, build {c.lk.version()}, sha {c.lk.sha()}. customer phone {c.tel()}\n"
    )


# --- forms, labels, paper ------------------------------------------------------------------------
def ocr_id(c: Ctx) -> str:
    p = c.person()
    label, nid = c.nid()
    a, b = c.v.address()
    return c.request() + (
        f"{c.lk.company(upper=True)}\nN0M / SURNAME\n{S('PERSON', p.last.upper())}\nPRENOM / GIVEN NAMES\n{S('PERSON', p.first.upper())}\n"
        f"DATE OF BIRTH / {c.w('dob').upper()}\n{S('DATE_OF_BIRTH', c.v.date_text(c.v.birth(), 'num'))}\n{label.upper()} {nid}\n"
        f"{S('ADDRESS', a.upper())}\n{S('ADDRESS', b.upper())}\nEXPIRY {c.other_date()}   DOC {c.lk.product()}\n"
    )


def shipping_label(c: Ctx) -> str:
    p, s = c.person(), c.person()
    return c.request() + (
        f"FROM: {c.pn(s, 'initial')}, {c.lk.company()}\nTO:\n{c.pn(p, c.r.choice(['full_upper', 'full']))}\n{c.addr()}\n{c.tel()}\n"
        f"{c.lk.tracking()}  {L('measure', str(c.r.randint(1, 30)) + ',' + str(c.r.randint(0, 9)) + ' kg')}  Ref {c.lk.order()}\n"
        f"Packed by {c.lk.ident()} · {c.other_date()}\n"
    )


def invoice(c: Ctx) -> str:
    p = c.person()
    return c.request() + (
        f"{c.lk.company()}\n{c.w('order')} {c.lk.order()} — {c.other_date()}\n\nBill to: {c.pn(p)}\n{c.addr()}\n\n"
        f"{c.lk.product()}  {c.lk.title()}  ISBN {c.lk.isbn()}  {c.lk.amount()}\n{c.lk.product()}  {c.lk.amount()}\n"
        f"Paid: {L('card_last4', c.r.choice(['Visa', 'Mastercard', 'Amex']) + ' •••• ' + str(c.r.randint(1000, 9999)))}\n"
        f"Total {c.lk.amount()}  {c.w('due')} {c.other_date()}\n{c.w('iban')} {c.iban()}  BIC {c.lk.bic()}\n"
    )


RENT = {
    "en": ("TENANCY AGREEMENT", "Landlord", "Tenant", "Premises", "Rent", "from", "deposit to"),
    "de": ("MIETVERTRAG", "Vermieter", "Mieter", "Mietobjekt", "Miete", "ab", "Kaution an"),
    "fr": (
        "CONTRAT DE BAIL",
        "Bailleur",
        "Locataire",
        "Logement",
        "Loyer",
        "à compter du",
        "dépôt de garantie sur",
    ),
    "es": (
        "CONTRATO DE ARRENDAMIENTO",
        "Arrendador",
        "Arrendatario",
        "Vivienda",
        "Renta",
        "desde el",
        "fianza a",
    ),
    "nl": ("HUUROVEREENKOMST", "Verhuurder", "Huurder", "Gehuurde", "Huur", "vanaf", "borg naar"),
    "it": (
        "CONTRATTO DI LOCAZIONE",
        "Locatore",
        "Conduttore",
        "Immobile",
        "Canone",
        "dal",
        "deposito su",
    ),
    "pt": (
        "CONTRATO DE ARRENDAMENTO",
        "Senhorio",
        "Arrendatário",
        "Imóvel",
        "Renda",
        "a partir de",
        "caução para",
    ),
    "pl": ("UMOWA NAJMU", "Wynajmujący", "Najemca", "Lokal", "Czynsz", "od", "kaucja na"),
    "sv": ("HYRESAVTAL", "Hyresvärd", "Hyresgäst", "Lägenhet", "Hyra", "från", "deposition till"),
}
SCHOOL = {
    "en": (
        "Riverside Primary School",
        "Northfield Academy",
        "report",
        "Pupil",
        "Parent contact",
        "Maths",
        "Reading",
        "Class teacher",
    ),
    "de": (
        "Grundschule am Park",
        "Gesamtschule Süd",
        "Zeugnis",
        "Schüler/in",
        "Erziehungsberechtigte",
        "Mathematik",
        "Lektüre",
        "Klassenlehrer/in",
    ),
    "fr": (
        "École élémentaire des Tilleuls",
        "Collège du Parc",
        "bulletin",
        "Élève",
        "Contact parents",
        "Mathématiques",
        "Lecture",
        "Professeur principal",
    ),
    "es": (
        "CEIP Los Olivos",
        "IES Río Tajo",
        "boletín",
        "Alumno/a",
        "Contacto familia",
        "Matemáticas",
        "Lectura",
        "Tutor/a",
    ),
    "nl": (
        "Basisschool De Regenboog",
        "OBS De Linde",
        "rapport",
        "Leerling",
        "Contact ouders",
        "Rekenen",
        "Lezen",
        "Mentor",
    ),
    "it": (
        "Istituto Comprensivo Nord",
        "Scuola Primaria Arcobaleno",
        "pagella",
        "Alunno/a",
        "Contatto genitori",
        "Matematica",
        "Lettura",
        "Docente",
    ),
    "pt": (
        "Escola Básica do Parque",
        "Colégio Horizonte",
        "avaliação",
        "Aluno/a",
        "Contacto EE",
        "Matemática",
        "Leitura",
        "Diretor de turma",
    ),
    "pl": (
        "Szkoła Podstawowa nr 12",
        "Liceum nr 3",
        "świadectwo",
        "Uczeń",
        "Kontakt rodzic",
        "Matematyka",
        "Lektura",
        "Wychowawca",
    ),
    "sv": (
        "Ekbackeskolan",
        "Norrskolan",
        "omdöme",
        "Elev",
        "Vårdnadshavare",
        "Matematik",
        "Läsning",
        "Mentor",
    ),
}


def rental(c: Ctx) -> str:
    a, b = c.person(), c.person()
    label, nid = c.nid()
    w = RENT[c.lang]
    return c.request() + (
        f"{w[0]} / {c.lk.order()}\n{w[1]}: {c.pn(a)}, {c.addr('one')}\n{w[2]}: {c.pn(b)}, {c.born(b)} {c.dob()}, "
        f"{label} {nid}\n{w[3]}: {c.addr('one')}, {L('measure', str(c.r.randint(28, 140)) + ' m²')}\n"
        f"{w[4]} {c.lk.amount()} {w[5]} {c.other_date()}; {w[6]} {c.iban()}\n"
    )


def school_report(c: Ctx) -> str:
    p, t = c.person(), c.person()
    w = SCHOOL[c.lang]
    return c.request() + (
        f"{L('school', c.r.choice(w[:2]))} — {w[2]} {c.lk.date()}\n{w[3]}: {c.pn(p)} ({c.born(p)} {c.dob()})\n"
        f"{w[4]}: {c.tel()}, {c.mail()}\n{w[5]} {L('measure', str(c.r.randint(1, 6)))}, {w[6]}: {c.lk.title()}\n"
        f"{w[7]}: {c.pn(t, c.r.choice(['initial', 'full', 'short']))}\n"
    )


LAYOUTS: dict[str, Callable[[Ctx], str]] = {
    f.__name__: f
    for f in (
        email_thread,
        letter,
        cv,
        hr_note,
        medical,
        support_ticket,
        csv_export,
        tsv_sheet,
        markdown_table,
        json_payload,
        fhir,
        env_file,
        k8s_secret,
        docker_compose,
        yaml_profile,
        sql_insert,
        sql_result,
        nginx_log,
        app_log,
        stack_trace,
        git_log,
        vcard,
        ical,
        whatsapp,
        slack,
        ocr_id,
        shipping_label,
        invoice,
        rental,
        school_report,
    )
}

__all__ = ["LAYOUTS", "Ctx"]
