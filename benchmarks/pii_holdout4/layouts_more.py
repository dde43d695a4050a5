"""More layouts: forwarded mail headers, Teams and free chat, form dumps, payment forms, PO boxes,
audit logs and OCR'd forms. `ALL` is every layout of the corpus."""

from __future__ import annotations

from collections.abc import Callable

from layouts import LAYOUTS, Ctx, _safe
from values import L, S

FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Sent", "To", "Cc", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Enviado", "Para", "CC", "Asunto"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Cc", "Oggetto"),
    "pt": ("-----Mensagem original-----", "De", "Enviada", "Para", "Cc", "Assunto"),
    "pl": ("-----Wiadomość oryginalna-----", "Od", "Wysłano", "Do", "DW", "Temat"),
    "sv": ("-----Ursprungligt meddelande-----", "Från", "Skickat", "Till", "Kopia", "Ämne"),
}
ROLES = (
    "Head of Operations",
    "Leiterin Einkauf",
    "Responsable RH",
    "Jefa de proyecto",
    "Teamleider klantenservice",
    "Senior Accountant",
    "Office Manager",
    "Responsabile vendite",
)


def outlook_forward(c: Ctx) -> str:
    a, b, d = c.person(), c.person(), c.person()
    w = FWD[c.lang]
    title = c.r.choice(
        [
            "Dr. ",
            "Prof. Dr. ",
            "",
            "",
            "Mag. " if c.v.loc.region == "AT" else "",
            "Ing. " if c.lang in ("es", "nl", "it") else "",
        ]
    )
    return c.request() + (
        f"{w[0]}\n{w[1]}: {c.pn(a, 'full')} <{c.mail(a)}>\n{w[2]}: {c.lk.ts()}\n"
        f"{w[3]}: {c.pn(b, c.r.choice(['full', 'last_first']))} <{c.mail(b)}>; {c.pn(d, 'full')} <{c.mail(d)}>\n"
        f"{w[4]}: {c.lk.company()}\n{w[5]}: {c.w('order')} {c.lk.order()} ({c.lk.date()})\n\n"
        f"{c.w('hi')} {c.first(b)},\n\n{c.lk.note()}\n\n{c.w('bye')}\n{title}{c.pn(a, 'full')}\n{c.r.choice(ROLES)} | {c.lk.company()}\n"
        f"M {c.tel()} | T {c.tel()}\n{c.addr(c.r.choice([' | ', ', ', chr(10)]))}\n"
    )


def teams_chat(c: Ctx) -> str:
    people = [c.person() for _ in range(c.r.randint(2, 3))]
    out = []
    for i in range(c.r.randint(4, 6)):
        p = people[i % len(people)]
        t = L(
            "timestamp",
            f"[{c.r.randint(8, 18):02d}:{c.r.randint(0, 59):02d}]"
            if c.r.random() < 0.5
            else f"{c.lk.v.other_date().strftime('%d.%m.')} {c.r.randint(8, 18)}:{c.r.randint(10, 59)}",
        )
        who = c.pn(p, c.r.choice(["last_first", "full", "full"]))
        msg = c.r.choice(
            [
                f"the client's mobile is {c.tel()}",
                f"can you send it to {c.mail()}?",
                f"{c.lk.ticket()} is still open, due {c.lk.date()}",
                f"new address for {c.pn(c.person(), 'full')}: {c.addr('one')}",
                f"{c.lk.thing()} is on tonight btw",
                f"deploying {c.lk.version()} now",
                f"{c.w('dob')} {c.dob()} — matches the form",
                "ok",
                f"thx {c.first(people[(i + 1) % len(people)], lower=True)}",
            ]
        )
        out.append(f"{t} {who}\n{msg}")
    return c.request() + "\n".join(out) + "\n"


FREE = {
    "en": (
        "hi, my name is {name} and I was born on {dob}. I moved to {addr} last month, can you help me write to my bank ({iban})? call me on {tel}",
        "my daughter {first} ({dob_w}) needs a letter for school. we live at {addr}. order {order} arrived on {date}",
        "write an email to {name} ({mail}) saying the {thing} tickets are {amount} and I'll pay by {date}",
    ),
    "de": (
        "hallo, ich bin {name}, geb. {dob}, wohne in der {addr}. Kannst du mir einen Widerspruch schreiben? Tel. {tel}",
        "Mein Sohn {first} ist am {dob_w} geboren, wir wohnen {addr}. Die Kita will bis {date} eine Antwort, Vorgang {order}.",
        "schreib bitte an {name} ({mail}), dass die Rechnung {order} über {amount} bis {date} bezahlt wird. IBAN {iban}",
    ),
    "fr": (
        "bonjour, je m'appelle {name}, née le {dob}, j'habite au {addr}. Peux-tu m'aider à écrire à la CAF ? tél {tel}",
        "mon fils {first} est né le {dob_w}, nous habitons {addr}. La mairie veut une réponse avant le {date} (dossier {order}).",
        "écris un mail à {name} ({mail}) pour dire que la facture {order} de {amount} sera payée le {date}. IBAN {iban}",
    ),
    "es": (
        "hola, soy {name}, nací el {dob} y vivo en {addr}. ¿me ayudas a escribir una reclamación? mi móvil es {tel}",
        "mi hija {first} nació el {dob_w}, vivimos en {addr}. El colegio pide respuesta antes del {date} (expediente {order}).",
        "escribe a {name} ({mail}) que la factura {order} de {amount} se paga el {date}. IBAN {iban}",
    ),
    "nl": (
        "hoi, ik ben {name}, geboren op {dob}, en woon op {addr}. Kun je een bezwaarbrief schrijven? bel me op {tel}",
        "mijn zoon {first} is geboren op {dob_w}, we wonen {addr}. De school wil voor {date} antwoord (kenmerk {order}).",
        "mail {name} ({mail}) dat factuur {order} van {amount} op {date} betaald wordt. IBAN {iban}",
    ),
    "it": (
        "ciao, sono {name}, nata il {dob}, abito in {addr}. mi aiuti a scrivere un reclamo? cell. {tel}",
        "scrivi a {name} ({mail}) che la fattura {order} di {amount} sarà pagata il {date}. IBAN {iban}",
    ),
    "pt": (
        "olá, sou {name}, nasci em {dob} e moro na {addr}. podes ajudar-me com uma reclamação? tlm {tel}",
        "escreve para {name} ({mail}) que a fatura {order} de {amount} será paga em {date}. IBAN {iban}",
    ),
    "pl": (
        "dzień dobry, nazywam się {name}, ur. {dob}, mieszkam: {addr}. Pomożesz napisać reklamację? tel. {tel}",
    ),
    "sv": (
        "hej, jag heter {name}, född {dob}, och bor på {addr}. kan du hjälpa mig skriva till Skatteverket? ring {tel}",
    ),
}


LOGIN = {  # people paste their own credentials and ids when asking for help
    "en": (
        "i can't log in. my email is {mail}, password {pw} — tried since {date}, what do I do?",
        "fill in this form for me: {name}, {dob}, {idl} {nid}, {addr}",
    ),
    "de": (
        "ich komm nicht mehr rein: Login {mail}, Passwort {pw}. Seit {date} geht nix, Vorgang {order}",
        "Füll bitte das Formular aus: {name}, geb. {dob}, {idl} {nid}, {addr}",
    ),
    "fr": (
        "je n'arrive plus à me connecter : identifiant {mail}, mot de passe {pw}. ça bloque depuis le {date}",
        "remplis ce formulaire : {name}, né le {dob}, {idl} {nid}, {addr}",
    ),
    "es": (
        "no puedo entrar: usuario {mail}, contraseña {pw}. desde el {date} no funciona",
        "rellena el formulario: {name}, {dob}, {idl} {nid}, {addr}",
    ),
    "nl": (
        "ik kan niet inloggen: {mail}, wachtwoord {pw}. sinds {date} lukt het niet",
        "vul dit formulier in: {name}, {dob}, {idl} {nid}, {addr}",
    ),
}


def free_chat(c: Ctx) -> str:
    p = c.person()
    low = c.r.random() < 0.35
    fields = {
        "name": c.pn(p, "lower" if low else "full"),
        "first": c.first(p, lower=low),
        "dob": c.dob(),
        "dob_w": c.dob("words"),
        "addr": c.addr("one"),
        "tel": c.tel(),
        "mail": c.mail(p),
        "iban": c.iban(),
        "order": c.lk.order(),
        "date": c.lk.date(),
        "thing": c.lk.thing(),
        "amount": c.lk.amount(),
        "pw": S("SECRET", c.v.secret("password")[1]),
    }
    fields["idl"], fields["nid"] = c.nid()
    return c.r.choice(FREE[c.lang] + LOGIN.get(c.lang, ())).format(**fields) + "\n"


def form_dump(c: Ctx) -> str:
    p = c.person()
    street, pc, town = c.addr_parts()
    style = c.r.choice(["print_r", "kv", "multipart"])
    items = [
        ("first_name", S("PERSON", p.first)),
        ("last_name", S("PERSON", p.last)),
        ("email", c.mail(p)),
        ("phone", c.tel()),
        ("birthdate", c.dob(c.r.choice(["num", "iso"]))),
        ("street", S("ADDRESS", street)),
        ("zip", S("ADDRESS", pc)),
        ("city", S("ADDRESS", town)),
        ("newsletter", "1"),
        ("csrf_token", c.lk.sha()),
        ("submitted", c.lk.ts()),
    ]
    if style == "print_r":
        body = "Array\n(\n" + "".join(f"    [{k}] => {v}\n" for k, v in items) + ")\n"
    elif style == "kv":
        body = (
            f"POST /api/v1/signup HTTP/1.1\nHost: shop.example.net\nX-Request-Id: {c.lk.uuid()}\n\n"
            + "\n".join(f"{k}: {v}" for k, v in items)
            + "\n"
        )
    else:
        bound = "----WebKitFormBoundary" + "".join(
            c.r.choice("ABCDEFGHabcdefgh0123456789") for _ in range(16)
        )
        body = (
            "".join(
                f'--{bound}\nContent-Disposition: form-data; name="{k}"\n\n{v}\n' for k, v in items
            )
            + f"--{bound}--\n"
        )
    return c.request() + body


def payment_form(c: Ctx) -> str:
    p = c.person()
    exp = L("date", f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 31)}")
    return c.request() + (
        f"Name on card: {c.pn(p, c.r.choice(['full_upper', 'full']))}\nCard number: {c.card()}\nExpiry: {exp}\n"
        f"Billing address: {c.addr('one')}\nEmail for receipt: {c.mail(p)}\nAmount: {c.lk.amount()} ({c.lk.order()})\n"
    )


POBOX = {
    "en": ("PO Box {n}", "P.O. Box {n}"),
    "de": ("Postfach {n}", "Postfach {n}"),
    "fr": ("BP {n}", "Boîte postale {n}", "Case postale {n}"),
    "es": ("Apartado de Correos {n}", "Apdo. {n}", "Casilla {n}"),
    "nl": ("Postbus {n}", "Postbus {n}"),
    "it": ("Casella Postale {n}", "C.P. {n}"),
    "pt": ("Apartado {n}", "Caixa Postal {n}"),
    "pl": ("skr. poczt. {n}",),
    "sv": ("Box {n}",),
}


def po_box(c: Ctx) -> str:
    p = c.person()
    n = str(c.r.randint(10, 99999))
    if c.lang == "de":
        n = f"{n[:2]} {n[2:]}" if len(n) > 3 else n
    box = c.r.choice(POBOX[c.lang]).format(n=n)
    pc, town = c.v.postcode_town()
    town_line = c.v.loc.town_fmt.format(p=pc, t=town)
    return c.request() + (
        f"{c.pn(p)}\n{S('ADDRESS', box)}\n{S('ADDRESS', town_line)}\n\n{c.w('subj')} {c.lk.order()} / {c.lk.date()}\n"
        f"{c.w('tel')} {c.tel()} · {c.lk.company()} · {c.lk.amount()}\n"
    )


def audit_jsonl(c: Ctx) -> str:
    lines = []
    for _ in range(c.r.randint(3, 5)):
        p = c.person()
        while not _safe(p):
            p = c.person()
        ev = c.r.choice(["user.login", "user.update", "export.download", "password.reset"])
        extra = {
            "user.update": f', "changes": {{"phone": ["{c.tel()}", "{c.tel()}"], "name": "{c.pn(p, "full")}"}}',
            "user.login": f', "ua": "Firefox/{c.lk.version()}"',
            "export.download": f', "file": "{c.lk.ident()}", "bytes": {L("http", str(c.r.randint(1000, 9_999_999)))}',
            "password.reset": f', "token_id": "{c.lk.uuid()}"',
        }[ev]
        lines.append(
            f'{{"ts": "{c.lk.ts()}", "event": "{ev}", "actor": "{c.mail(p)}", "ip": "{c.ip()}"{extra}}}'
        )
    return c.request() + "\n".join(lines) + "\n"


OCR = {
    "en": ("APPLICATION FORM", "Surname", "Forename(s)", "Date of Birth", "Home Address"),
    "de": ("ANTRAG AUF WOHNGELD", "Familienname", "Vorname(n)", "Geburtsdatum", "Anschrift"),
    "fr": (
        "FORMULAIRE DE DEMANDE",
        "Nom de naissance",
        "Prénom(s)",
        "Date de naissance",
        "Adresse",
    ),
    "es": ("SOLICITUD", "Apellidos", "Nombre", "Fecha de nacimiento", "Domicilio"),
    "nl": ("AANVRAAGFORMULIER", "Achternaam", "Voornamen", "Geboortedatum", "Adres"),
    "it": ("MODULO DI RICHIESTA", "Cognome", "Nome", "Data di nascita", "Indirizzo"),
    "pt": ("FORMULÁRIO", "Apelido", "Nome(s)", "Data de nascimento", "Morada"),
    "pl": ("WNIOSEK", "Nazwisko", "Imiona", "Data urodzenia", "Adres"),
    "sv": ("ANSÖKAN", "Efternamn", "Förnamn", "Födelsedatum", "Adress"),
}


def ocr_form(c: Ctx) -> str:
    p = c.person()
    w = OCR[c.lang]
    a, b = c.v.address()
    label, nid = c.nid()
    brk = c.r.choice([" ", "\n", "\n\n", "  "])
    upper = c.r.random() < 0.5
    fix = (lambda s: s.upper()) if upper else (lambda s: s)
    return c.request() + (
        f"{w[0]}\n{c.lk.company(upper=upper)}    Az. {c.lk.order()}\n"
        f"1. {w[1]}:{brk}{S('PERSON', fix(p.last))}   2. {w[2]}:{brk}{S('PERSON', fix(p.first))}\n"
        f"3. {w[3]}{brk}{c.dob('num')}     {label.upper()}:{brk}{nid}\n"
        f"4. {w[4]}\n{S('ADDRESS', fix(a))}\n{S('ADDRESS', fix(b))}\n"
        f"Eingang / received {c.lk.date()}  |_| |x|  {c.lk.product()}\n"
    )


def curl_cmd(c: Ctx) -> str:
    p = c.person()
    while not _safe(p):
        p = c.person()
    name, tok = c.secret(c.r.choice(["jwt", "jwt", "openai", "github", "stripe"]))
    auth = f"Bearer {tok}" if name != "STRIPE_SECRET_KEY" else f"Basic {tok}"
    return c.request() + (
        f"curl -X POST https://api.{c.r.choice(['shop', 'crm', 'billing'])}.example.com/v{L('version', str(c.r.randint(1, 3)))}/customers \\\n"
        f'  -H "Authorization: {auth}" \\\n  -H "Content-Type: application/json" \\\n'
        f'  -d \'{{"name": "{c.pn(p, "full")}", "email": "{c.mail(p)}", "phone": "{c.tel()}"}}\'\n\n'
        f"HTTP/1.1 {c.lk.status()}\nx-request-id: {c.lk.uuid()}\n"
    )


def shell_session(c: Ctx) -> str:
    _, pw = c.secret("password")
    _, key = c.secret("pem")
    user = c.r.choice(["root", "deploy", "admin", "backup"])
    return c.request() + (
        f"$ mysql -h db{L('port', str(c.r.randint(1, 9)))}.internal -u {user} -p{pw} shop -e 'select count(*) from orders'\n"
        f"| {L('measure', str(c.r.randint(1000, 99999)))} |\n$ ssh -p {c.lk.port()} {user}@{c.ip()}\n"
        f'Load key "id_rsa": invalid format\n$ cat id_rsa\n{key}\n'
    )


ALL: dict[str, Callable[[Ctx], str]] = dict(LAYOUTS) | {
    f.__name__: f
    for f in (
        curl_cmd,
        shell_session,
        outlook_forward,
        teams_chat,
        free_chat,
        form_dump,
        payment_form,
        po_box,
        audit_jsonl,
        ocr_form,
    )
}
