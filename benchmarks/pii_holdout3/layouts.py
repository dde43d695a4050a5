"""What people paste into a chat with an AI assistant: records, notes, invoices, exports,
tickets, logs, tracebacks, configs, dumps, sheets, mail threads, Markdown, transcripts,
letters, form posts and test fixtures. Each layout writes one block through `Msg`, which
records where every planted value and every look-alike lands."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import lookalikes as la
import values as v
from faker import Faker


@dataclass(frozen=True)
class Tok:
    kind: str
    text: str
    pii: bool
    check: str = ""  # the validator that must accept it (stdnum module, "luhn", "phone:XX")


def P(kind: str, text: str, check: str = "") -> Tok:
    return Tok(kind, text, True, check)


def L(kind: str, text: str) -> Tok:
    return Tok(kind, text, False)


@dataclass
class Msg:
    parts: list[str] = field(default_factory=list)
    n: int = 0
    spans: list[dict] = field(default_factory=list)
    looks: list[dict] = field(default_factory=list)

    def add(self, *items: str | Tok) -> Msg:
        for it in items:
            if isinstance(it, Tok):
                rec = {"kind": it.kind, "start": self.n, "end": self.n + len(it.text)}
                if it.pii:
                    self.spans.append(rec | {"value": it.text, "check": it.check})
                else:
                    self.looks.append(rec)
                it = it.text
            self.parts.append(it)
            self.n += len(it)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


LBL = {  # name, address, phone, email, iban, customer, order, invoice, due, amount, meeting, city-office
    "en": ["Name", "Address", "Phone", "Email", "IBAN", "Customer no.", "Order", "Invoice", "Due date", "Amount", "Meeting on", "office"],
    "de": ["Name", "Anschrift", "Telefon", "E-Mail", "IBAN", "Kundennr.", "Bestellung", "Rechnung", "Fällig am", "Betrag", "Termin am", "Standort"],
    "fr": ["Nom", "Adresse", "Tél.", "Courriel", "IBAN", "N° client", "Commande", "Facture", "Échéance", "Montant", "Rendez-vous le", "agence de"],
    "es": ["Nombre", "Dirección", "Tel.", "Correo", "IBAN", "N.º cliente", "Pedido", "Factura", "Vencimiento", "Importe", "Reunión el", "oficina de"],
    "nl": ["Naam", "Adres", "Tel.", "E-mail", "IBAN", "Klantnr.", "Bestelling", "Factuur", "Vervaldatum", "Bedrag", "Afspraak op", "vestiging"],
    "it": ["Nome", "Indirizzo", "Tel.", "Email", "IBAN", "Cod. cliente", "Ordine", "Fattura", "Scadenza", "Importo", "Riunione il", "sede di"],
    "pt": ["Nome", "Morada", "Telemóvel", "Email", "IBAN", "N.º cliente", "Encomenda", "Fatura", "Data de vencimento", "Valor", "Reunião a", "loja de"],
}  # fmt: skip
INTRO = {
    "en": ["Can you turn this into a clean table?", "Please summarise the following and draft a short reply.", "Why does this fail?",
           "Dedupe these rows and tell me what changed:", "Fix the formatting of this, keep all fields:", "hey quick one, can you check this"],
    "de": ["Kannst du das bitte in eine Tabelle umwandeln?", "Fasse bitte Folgendes zusammen:", "Warum schlägt das fehl?",
           "Formuliere eine höfliche Antwort darauf:", "Bitte Dubletten entfernen:"],
    "fr": ["Peux-tu mettre ça en tableau ?", "Résume ceci s'il te plaît :", "Pourquoi ça plante ?", "Rédige une réponse polie :",
           "Corrige la mise en forme, garde tous les champs :"],
    "es": ["¿Puedes pasar esto a una tabla?", "Resume esto, por favor:", "¿Por qué falla esto?", "Redacta una respuesta educada:",
           "Quita los duplicados:"],
    "nl": ["Kun je dit in een tabel zetten?", "Vat dit samen aub:", "Waarom gaat dit mis?", "Schrijf een nette reactie hierop:"],
    "it": ["Puoi metterlo in una tabella?", "Riassumi questo per favore:", "Perché fallisce?", "Scrivi una risposta cortese:"],
    "pt": ["Podes pôr isto numa tabela?", "Resume isto, por favor:", "Porque é que isto falha?", "Escreve uma resposta educada:"],
}  # fmt: skip


class Ctx:
    """One message's locale, randomness and writer, with makers for each kind of value."""

    def __init__(self, rng: random.Random, fakers: dict[str, Faker], loc: str, m: Msg) -> None:
        self.rng, self.fakers, self.loc, self.m = rng, fakers, loc, m
        self.fk = fakers[loc]
        self.lang = loc[:2]
        self.lbl = LBL[self.lang]

    # planted values
    def person(self) -> v.Person:
        return v.person(self.rng, self.fk, self.loc)

    def name(self, p: v.Person | None = None) -> Tok:
        return P("PERSON", (p or self.person()).full)

    def addr(self) -> tuple[Tok, Tok]:
        st, pc = v.address(self.rng, self.fk, self.loc)
        return P("ADDRESS", st), P("ADDRESS", pc)

    def dob(self) -> tuple[str, Tok]:
        return self.rng.choice(v.DOB_CUES[self.lang]), P(
            "DATE_OF_BIRTH", v.birth_date(self.rng, self.loc)
        )

    def phone(self) -> Tok:
        return P("PHONE", v.phone(self.rng, self.loc), "phone:" + v.REGION[self.loc])

    def ext(self) -> str:
        return (
            self.rng.choice(v.EXT[self.lang]) + str(self.rng.randint(10, 999))
            if self.rng.random() < 0.15
            else ""
        )

    def email(self, p: v.Person | None = None) -> Tok:
        return P("EMAIL", v.email(self.rng, self.fk, self.loc, p))

    def nid(self) -> tuple[str, Tok]:
        label, val, check = v.national_id(self.rng, self.loc)
        return label, P("NATIONAL_ID", val, check)

    def iban(self) -> Tok:
        return P("IBAN", v.iban(self.rng, self.fakers, self.loc), "iban")

    def card(self) -> Tok:
        return P("CARD", v.card(self.rng), "luhn")

    def ip(self) -> Tok:
        return P("IP_ADDRESS", v.ip(self.rng))

    def secret(self) -> tuple[str, Tok]:
        name, val = v.secret(self.rng, self.fk)
        return name, P("SECRET", val)

    # look-alikes
    def lk(self, kind: str) -> Tok:
        r, loc = self.rng, self.loc
        makers: dict[str, Callable[[], str]] = {
            "order": lambda: la.order_no(r), "invoice": lambda: la.invoice_no(r), "ticket": lambda: la.ticket(r),
            "tracking": lambda: la.tracking(r), "version": lambda: la.version(r), "hash": lambda: la.digest(r),
            "uuid": lambda: la.uid(r), "timestamp": lambda: la.timestamp(r), "date": lambda: la.date(r, loc),
            "amount": lambda: la.amount(r, loc), "coords": lambda: la.coords(r), "sku": lambda: la.sku(r),
            "isbn": lambda: la.isbn13(r), "formula": lambda: r.choice(la.FORMULAS), "http_status": lambda: r.choice(la.STATUS),
            "city": lambda: la.city(r, loc), "country": lambda: la.country(r, loc), "culture": lambda: la.culture(r, loc),
            "company": lambda: la.company(r, self.fk), "port": lambda: la.port(r), "bytes": lambda: la.byte_count(r),
            "code_id": lambda: r.choice(la.CODE_IDS), "bp": lambda: f"{r.randint(100, 170)}/{r.randint(60, 100)}",
        }  # fmt: skip
        return L(kind, makers[kind]())

    def pick(self, *opts):
        return self.rng.choice(opts)


# fmt: off
# --- layouts --------------------------------------------------------------------------------------
def record(c: Ctx) -> None:
    lb, m = c.lbl, c.m
    p = c.person()
    st, pc = c.addr()
    cue, dob = c.dob()
    idl, nid = c.nid()
    sep = c.pick(": ", ":\t", " - ", " = ")
    m.add(f"{lb[5]}{sep}", c.lk("order" if c.rng.random() < 0.3 else "ticket"), "\n")
    m.add(f"{lb[0]}{sep}", c.name(p), "\n", f"{lb[1]}{sep}", st, ", ", pc, "\n")
    m.add(f"{cue.strip().rstrip(':')}{sep}", dob, "\n", f"{lb[2]}{sep}", c.phone(), c.ext(), "\n")
    m.add(f"{lb[3]}{sep}", c.email(p), "\n", f"{idl}{sep}", nid, "\n")
    if c.rng.random() < 0.5:
        m.add(f"{lb[4]}{sep}", c.iban(), "\n")
    elif c.rng.random() < 0.5:
        m.add(f"Visa/MC{sep}", c.card(), "\n")
    m.add(f"{lb[10]} ", c.lk("date"), f" ({lb[11]} ", c.lk("city"), ")\n")
    m.add("created ", c.lk("timestamp"), " · app ", c.lk("version"), "\n")


def hr_note(c: Ctx) -> None:
    p, boss = c.person(), c.person()
    st, pc = c.addr()
    idl, nid = c.nid()
    t = {
        "en": ("1:1 with ", " on ", ". New home address: ", ". Mobile ", ". Salary review: ", " from ", ". Manager: ", "."),
        "de": ("Gespräch mit ", " am ", ". Neue Anschrift: ", ". Handy ", ". Gehaltsanpassung: ", " ab ", ". Vorgesetzte/r: ", "."),
        "fr": ("Entretien avec ", " le ", ". Nouvelle adresse : ", ". Portable ", ". Révision salariale : ", " à compter du ", ". Manager : ", "."),
        "es": ("Reunión con ", " el ", ". Nueva dirección: ", ". Móvil ", ". Revisión salarial: ", " desde el ", ". Responsable: ", "."),
        "nl": ("Gesprek met ", " op ", ". Nieuw adres: ", ". Mobiel ", ". Salarisherziening: ", " per ", ". Leidinggevende: ", "."),
        "it": ("Colloquio con ", " il ", ". Nuovo indirizzo: ", ". Cellulare ", ". Revisione RAL: ", " dal ", ". Responsabile: ", "."),
        "pt": ("Reunião com ", " a ", ". Nova morada: ", ". Telemóvel ", ". Revisão salarial: ", " a partir de ", ". Chefia: ", "."),
    }[c.lang]  # fmt: skip
    m = c.m
    m.add(t[0], p.title, c.name(p), t[1], c.lk("date"), t[2], st, ", ", pc, t[3], c.phone())
    m.add(t[4], c.lk("amount"), t[5], c.lk("date"), f". {idl}: ", nid, t[6], boss.title, c.name(boss), t[7],
          "\n")
    if c.rng.random() < 0.5:
        cue, dob = c.dob()
        m.add(f"({cue}", dob, ")\n")


def medical(c: Ctx) -> None:
    p, doc = c.person(), c.person()
    cue, dob = c.dob()
    t = {
        "en": ("Patient: ", "Referred by Dr ", "BP ", "Follow-up ", "Contact: "),
        "de": ("Patient/in: ", "Überweisung durch Dr. ", "RR ", "Wiedervorstellung ", "Kontakt: "),
        "fr": ("Patient : ", "Adressé par le Dr ", "TA ", "Contrôle le ", "Contact : "),
        "es": ("Paciente: ", "Derivado por Dr. ", "TA ", "Revisión ", "Contacto: "),
        "nl": ("Patiënt: ", "Verwezen door dr. ", "RR ", "Controle ", "Contact: "),
        "it": ("Paziente: ", "Inviato dal Dott. ", "PA ", "Controllo ", "Recapito: "),
        "pt": ("Utente: ", "Referenciado pelo Dr. ", "TA ", "Consulta de seguimento ", "Contacto: "),
    }[c.lang]  # fmt: skip
    m = c.m
    m.add(t[0], c.name(p), f", {cue}", dob, "\n", t[1], c.name(doc), "\n")
    m.add(t[2], c.lk("bp"), " mmHg, HbA1c 6.", str(c.rng.randint(1, 9)), "%, ", c.lk("formula"),
          " 500 mg\n")
    m.add(t[3], c.lk("date"), " (lab ref ", c.lk("ticket"), ")\n", t[4], c.phone(), " / ", c.email(p), "\n")
    if c.rng.random() < 0.4:
        idl, nid = c.nid()
        m.add(f"{idl}: ", nid, "\n")


def invoice(c: Ctx) -> None:
    lb, m = c.lbl, c.m
    p = c.person()
    st, pc = c.addr()
    m.add(c.lk("company"), "\n", f"{lb[7]} ", c.lk("invoice"), " · ", c.lk("date"), "\n\n")
    m.add(p.title, c.name(p), "\n", st, "\n", pc, "\n\n")
    for _ in range(c.rng.randint(1, 3)):
        m.add(c.lk("sku"), f"  {c.fk.word()} x{c.rng.randint(1, 9)}  ", c.lk("amount"), "\n")
    m.add(f"\n{lb[8]}: ", c.lk("date"), f"\n{lb[4]}: ", c.iban(), "\n")
    if c.rng.random() < 0.3:
        m.add("Card: ", c.card(), "\n")


def _csv(c: Ctx, sep: str) -> None:
    lb, m = c.lbl, c.m
    m.add(sep.join([lb[5], lb[0], lb[3], lb[2], lb[1], lb[6], "created"]), "\n")
    for _ in range(c.rng.randint(2, 4)):
        p = c.person()
        st, pc = c.addr()
        q = '"' if sep == "," and "," in p.full + st.text else ""
        m.add(c.lk("order"), sep, q, c.name(p), q, sep, c.email(p), sep, c.phone(), sep, q, st, q, sep,
              c.lk("amount"), sep, c.lk("timestamp"), "\n")


def crm_csv(c: Ctx) -> None:
    _csv(c, "," if c.lang == "en" else ";")


def tsv_sheet(c: Ctx) -> None:
    """A payroll sheet pasted from a spreadsheet: tab-separated, one person a row."""
    lb, m = c.lbl, c.m
    idl = v.national_id(c.rng, c.loc)[0]
    m.add("\t".join([lb[0], v.DOB_CUES[c.lang][-1].strip(" :"), idl, lb[4], lb[9], lb[8]]), "\n")
    for _ in range(c.rng.randint(2, 4)):
        _, dob = c.dob()
        m.add(c.name(), "\t", dob, "\t", c.nid()[1], "\t", c.iban(), "\t", c.lk("amount"), "\t",
              c.lk("date"), "\n")


def support_ticket(c: Ctx) -> None:
    p, agent = c.person(), c.person()
    m = c.m
    m.add("Ticket ", c.lk("ticket"), " | P2 | ", c.lk("timestamp"), "\n")
    m.add("Requester: ", c.name(p), " <", c.email(p), ">\n")
    said = {"en": ("Customer says parcel ", " never arrived; order "), "de": ("Kunde meldet, Paket ", " kam nie an; Bestellung "),
            "fr": ("Le client signale que le colis ", " n'est jamais arrivé ; commande "), "es": ("El cliente dice que el paquete ", " no llegó; pedido "),
            "nl": ("Klant meldt dat pakket ", " nooit is aangekomen; bestelling "), "it": ("Il cliente dice che il pacco ", " non è mai arrivato; ordine "),
            "pt": ("O cliente diz que a encomenda ", " nunca chegou; pedido ")}[c.lang]  # fmt: skip
    m.add(said[0], c.lk("tracking"), said[1], c.lk("order"), " (", c.lk("amount"), ").\n")
    if c.rng.random() < 0.5:
        m.add("They pasted their card in chat: ", c.card(), " — please purge.\n")
    else:
        st, pc = c.addr()
        m.add("Redeliver to ", st, ", ", pc, ". Call back on ", c.phone(), c.ext(), ".\n")
    m.add("Assigned: ", c.name(agent), "\n")


def log_excerpt(c: Ctx) -> None:
    m = c.m
    for _ in range(c.rng.randint(2, 4)):
        if c.rng.random() < 0.6:
            m.add(c.ip(), ' - - [', c.lk("timestamp"), '] "GET /api/v2/orders/', c.lk("order"), ' HTTP/1.1" 200 ', c.lk("bytes"), ' "-" "Mozilla/5.0"\n')  # fmt: skip
        else:
            m.add(c.lk("timestamp"), " INFO auth.login ok user=", c.email(), " src=", c.ip(), " req=",
                  c.lk("uuid"), "\n")
    m.add(c.lk("timestamp"), " WARN upstream ", c.lk("http_status"), " after 3 retries (pool port ",
          c.lk("port"), ")\n")


def stack_trace(c: Ctx) -> None:
    m = c.m
    m.add("Traceback (most recent call last):\n")
    m.add('  File "/srv/app/billing/tasks.py", line ', str(c.rng.randint(20, 400)), ", in ",
          c.lk("code_id"), "\n")
    m.add("    charge(customer, amount)\n")
    m.add('  File "/srv/app/billing/sepa.py", line ', str(c.rng.randint(20, 400)), ", in charge\n")
    k = c.rng.random()
    if k < 0.4:
        m.add("ValueError: mandate rejected for IBAN '", c.iban(), "' (customer ", c.lk("order"), ")\n")
    elif k < 0.7:
        m.add("stripe.error.CardError: card '", c.card(), "' declined; request ", c.lk("uuid"), "\n")
    else:
        m.add("KeyError: 'phone' for ", c.email(), " at commit ", c.lk("hash"), "\n")
    m.add("(worker ", c.lk("version"), ", build ", c.lk("hash"), ")\n")


def config(c: Ctx) -> None:
    m = c.m
    m.add("# .env — ", c.pick("staging", "prod", "local"), "\n")
    for _ in range(c.rng.randint(1, 3)):
        name, tok = c.secret()
        q = c.pick("", '"', "'")
        m.add(f"{name}={q}", tok, f"{q}\n")
    user = c.pick("app", "shop", "svc_orders", "postgres")
    pw = P("SECRET", v.rs(c.rng, c.rng.randint(12, 24), v.AN + "!*-_"))
    m.add(f"DATABASE_URL=postgresql://{user}:", pw, "@db.internal:", c.lk("port"), "/shop\n")
    m.add("APP_VERSION=", c.lk("version"), "\nIMAGE=registry.example.com/shop@",
          L("hash", "sha256:" + v.rs(c.rng, 64, la.HEX)), "\n")
    m.add("REDIS_URL=redis://cache:", c.lk("port"), "/0\n")


def sql_dump(c: Ctx) -> None:
    m = c.m
    m.add("INSERT INTO customers (id, first_name, last_name, email, phone, birth_date, street, city_line, created_at) VALUES\n")
    rows = c.rng.randint(1, 3)
    for i in range(rows):
        p = c.person()
        st, pc = c.addr()
        y, mo, d = c.rng.randint(1940, 2006), c.rng.randint(1, 12), c.rng.randint(1, 28)
        esc = lambda s: s.replace("'", "''")  # noqa: E731 - SQL quoting, as a dump writes it
        m.add(f"  ({c.rng.randint(1000, 99999)}, '", P("PERSON", esc(p.first)), "', '", P("PERSON", esc(p.last)), "', '",
              c.email(p), "', '", c.phone(), "', '", P("DATE_OF_BIRTH", f"{y}-{mo:02d}-{d:02d}"), "', '",
              P("ADDRESS", esc(st.text)), "', '", P("ADDRESS", esc(pc.text)), "', '", c.lk("timestamp"), "')",
              ",\n" if i < rows - 1 else ";\n")  # fmt: skip


def email_thread(c: Ctx) -> None:
    a, b = c.person(), c.person()
    m = c.m
    m.add("From: ", c.name(a), " <", c.email(a), ">\nTo: ", c.name(b), " <", c.email(b), ">\n")
    m.add("Date: ", c.lk("timestamp"), "\nX-Request-Id: ", c.lk("uuid"), "\nSubject: Re: ", c.lbl[6], " ",
          c.lk("order"), "\n\n")
    hi = {
        "en": "Hi ",
        "de": "Hallo ",
        "fr": "Bonjour ",
        "es": "Hola ",
        "nl": "Hoi ",
        "it": "Ciao ",
        "pt": "Olá ",
    }[c.lang]
    m.add(hi, P("PERSON", b.first), ",\n", c.pick("see below, ", "ok — ", "thanks, "), c.lbl[10].lower(),
          " ", c.lk("date"), ". ")
    m.add(c.pick("My number: ", "Tel: ", "Reach me on "), c.phone(), "\n\n")
    wrote = {"en": ("On ", ", ", " wrote:"), "de": ("Am ", " schrieb ", ":"), "fr": ("Le ", ", ", " a écrit :"),
             "es": ("El ", ", ", " escribió:"), "nl": ("Op ", " schreef ", ":"), "it": ("Il ", " ", " ha scritto:"),
             "pt": ("Em ", ", ", " escreveu:")}[c.lang]  # fmt: skip
    m.add(wrote[0], c.lk("date"), wrote[1], c.name(b), wrote[2], "\n")
    st, pc = c.addr()
    depth = c.pick("> ", "> > ")
    ship = {"en": ("Could you ship to ", "Tracking so far: "), "de": ("Bitte liefern an ", "Sendungsnummer bisher: "),
            "fr": ("Merci de livrer au ", "Suivi : "), "es": ("¿Podéis enviarlo a ", "Seguimiento: "),
            "nl": ("Graag leveren op ", "Track & trace: "), "it": ("Potete spedire in ", "Tracking: "),
            "pt": ("Podem enviar para ", "Seguimento: ")}[c.lang]  # fmt: skip
    m.add(depth, ship[0], st, "\n", depth, pc, "\n", depth, ship[1], c.lk("tracking"), "\n")
    if c.rng.random() < 0.5:
        m.add(depth, "Refund to ", c.iban(), " please.\n")
    m.add(depth, "-- \n", depth, c.name(b), " | ", c.lk("company"), "\n")


def markdown(c: Ctx) -> None:
    m = c.m
    m.add("## ", c.pick("Onboarding", "Team", "Contacts"), " — ", c.lk("date"), "\n\n")
    m.add(f"| {c.lbl[0]} | {c.lbl[3]} | {c.lbl[2]} |\n|---|---|---|\n")
    for _ in range(c.rng.randint(2, 4)):
        p = c.person()
        m.add("| ", c.name(p), " | ", c.email(p), " | ", c.phone(), " |\n")
    m.add("\nBudget ", c.lk("amount"), " (", c.lk("company"), "). See ", c.lk("ticket"), "; release ",
          c.lk("version"), " ships ", c.lk("date"), ". Read *", c.lk("culture"), "* notes.\n")


def chat_transcript(c: Ctx) -> None:
    agent, cust = c.person(), c.person()
    m = c.m
    st, pc = c.addr()
    cue, dob = c.dob()
    h = c.rng.randint(8, 20)
    ask = {"en": "Can I have your full name and date of birth?", "de": "Können Sie mir Ihren Namen und Ihr Geburtsdatum nennen?",
           "fr": "Pouvez-vous me donner vos nom et date de naissance ?", "es": "¿Me indica su nombre completo y fecha de nacimiento?",
           "nl": "Mag ik uw naam en geboortedatum?", "it": "Mi dà nome e data di nascita?", "pt": "Pode indicar o nome e a data de nascimento?"}[c.lang]  # fmt: skip
    m.add(f"[{h}:0{c.rng.randint(0, 9)}] ", P("PERSON", agent.first), " (agent): ", ask, "\n")
    m.add(f"[{h}:1{c.rng.randint(0, 9)}] customer: ", c.name(cust), ", ",
          cue if c.rng.random() < 0.4 else "", dob, "\n")
    if c.rng.random() < 0.35:
        m.add(f"[{h}:1{c.rng.randint(0, 9)}] customer: card is ", c.card(), " exp 0",
              str(c.rng.randint(1, 9)), "/2", str(c.rng.randint(6, 9)), "\n")
    m.add(f"[{h}:2{c.rng.randint(0, 9)}] customer: ",
          c.pick("i moved, new place is ", "address is ", "send it to "), st, " ", pc, "\n")
    m.add(f"[{h}:3{c.rng.randint(0, 9)}] ", P("PERSON", agent.first), " (agent): Thanks! Order ",
          c.lk("order"), " is at our ", c.lk("city"), " hub, parcel ", c.lk("tracking"), " ships ",
          c.lk("date"), ".\n")


def letter(c: Ctx) -> None:
    s, r = c.person(), c.person()
    m = c.m
    st, pc = c.addr()
    m.add(c.name(s), "\n", st, "\n", pc, "\n\n", c.lk("company"), "\n\n", c.lk("city"), ", ", c.lk("date"),
          "\n\n")
    sal = {"en": ("Dear ", ","), "de": ("Sehr geehrte/r ", ","), "fr": ("Madame, Monsieur ", ","),
           "es": ("Estimado/a ", ":"), "nl": ("Geachte ", ","), "it": ("Gentile ", ","),
           "pt": ("Exmo.(a) ", ",")}[c.lang]  # fmt: skip
    m.add(f"{c.lbl[7]} ", c.lk("invoice"), f" / {c.lbl[6]} ", c.lk("order"), "\n\n", sal[0], r.title,
          P("PERSON", r.last), sal[1], "\n")
    debit = {"en": "please debit ", "de": "bitte buchen Sie von ", "fr": "merci de prélever sur ", "es": "adeuden en ",
             "nl": "graag afschrijven van ", "it": "addebitate sul conto ", "pt": "debitem na conta "}[c.lang]  # fmt: skip
    m.add(debit, c.iban(), " ", c.lk("amount"), ".\n")
    idl, nid = c.nid()
    m.add(f"{idl}: ", nid, "\n\n", c.name(s), "\n")


def form_post(c: Ctx) -> None:
    p = c.person()
    st, pc = c.addr()
    y, mo, d = c.rng.randint(1945, 2006), c.rng.randint(1, 12), c.rng.randint(1, 28)
    dob = (
        f"{y}-{mo:02d}-{d:02d}"
        if c.rng.random() < 0.6
        else v.write_date(c.rng, c.loc, y, mo, d, iso_ok=False)
    )
    fields: list[tuple[str, Tok | str | bool]] = [
        ("firstName", P("PERSON", p.first)), ("lastName", P("PERSON", p.last)), ("email", c.email(p)),
        ("phone", c.phone()), ("dateOfBirth", P("DATE_OF_BIRTH", dob)), ("street", st), ("postcodeCity", pc),
        ("iban", c.iban()), ("consent", True), ("submittedAt", c.lk("timestamp")), ("formId", c.lk("uuid")),
    ]  # fmt: skip
    c.rng.shuffle(fields)
    m = c.m
    m.add("POST /forms/signup ", c.lk("http_status"), "\n{\n")
    for i, (k, val) in enumerate(fields):
        end = ",\n" if i < len(fields) - 1 else "\n"
        if isinstance(val, Tok):
            m.add(f'  "{k}": "', val, f'"{end}')
        else:
            m.add(f'  "{k}": {json.dumps(val)}{end}')
    m.add("}\n")


def code_fixture(c: Ctx) -> None:
    p = c.person()
    m = c.m
    m.add("@pytest.fixture\ndef customer():\n    return Customer(\n")
    m.add('        name="', P("PERSON", p.full.replace('"', "")), '",\n        email="', c.email(p), '",\n')
    m.add('        card="', c.card(), '",\n        ip="', c.ip(), '",\n    )\n\n')
    m.add("def test_", c.lk("code_id"), "(customer):\n    assert customer.", c.lk("code_id"),
          "() is None\n")
    m.add('    assert customer.request_id == "', c.lk("uuid"), '"\n')
    name, tok = c.secret()
    m.add(f'\nos.environ["{name}"] = "', tok, '"\n')


def prose_mix(c: Ctx) -> None:
    """A plain chat message mixing one personal fact with public and business ones."""
    p = c.person()
    st, pc = c.addr()
    t = {
        "en": ("My landlord ", " wants the deposit sent to ", " but the flat is at ", "; he keeps citing ", " rules. ISBN of the tenancy guide: "),
        "de": ("Mein Vermieter ", " will die Kaution auf ", " aber die Wohnung liegt in der ", "; er zitiert ständig ", ". ISBN des Mietratgebers: "),
        "fr": ("Mon propriétaire ", " veut la caution sur ", " mais l'appartement est au ", " ; il cite sans cesse ", ". ISBN du guide : "),
        "es": ("Mi casero ", " quiere la fianza en ", " pero el piso está en ", "; no para de citar ", ". ISBN de la guía: "),
        "nl": ("Mijn verhuurder ", " wil de borg op ", " maar de woning is aan de ", "; hij haalt steeds ", " aan. ISBN van de gids: "),
        "it": ("Il mio padrone di casa ", " vuole la cauzione su ", " ma l'appartamento è in ", "; cita sempre ", ". ISBN della guida: "),
        "pt": ("O meu senhorio ", " quer a caução no ", " mas a casa é na ", "; está sempre a citar ", ". ISBN do guia: "),
    }[c.lang]  # fmt: skip
    c.m.add(t[0], c.name(p), t[1], c.iban(), t[2], st, ", ", pc, t[3], c.lk("culture"), t[4], c.lk("isbn"),
          ".\n")
    c.m.add("(", c.lk("coords"), " · ", c.lk("country"), " · ", c.lk("company"), ")\n")


def release_notes(c: Ctx) -> None:
    """No personal data at all: a changelog full of versions, digests and dates."""
    m = c.m
    m.add("## ", c.lk("company"), " ", c.lk("version"), " — ", c.lk("date"), "\n\n")
    m.add("- Fixed import of ", c.lk("sku"), " catalogues (", c.lk("ticket"), ")\n")
    m.add("- Bumped openssl to ", c.lk("version"), " (", c.lk("hash"), ")\n")
    m.add("- Default port is now ", c.lk("port"), "; payloads over ", c.lk("bytes"),
          " bytes are streamed\n")
    m.add("- Artefact checksum: ", L("hash", v.rs(c.rng, 64, la.HEX)), "\n")
    m.add("- Next release: ", c.lk("date"), "\n")


def ops_incident(c: Ctx) -> None:
    """No personal data: an incident summary with ids, status lines and places."""
    m = c.m
    m.add("Incident ", c.lk("ticket"), " — ", c.lk("timestamp"), "\n")
    m.add(c.lk("http_status"), " from the edge in ", c.lk("city"), " for ", str(c.rng.randint(3, 90)),
          " min; ")
    m.add("orders ", c.lk("order"), " and ", c.lk("order"), " affected (", c.lk("amount"), ").\n")
    m.add("trace_id=", c.lk("uuid"), " rolled back to ", c.lk("version"), " at ", c.lk("hash"), "\n")
    m.add("Postmortem due ", c.lk("date"), "; ", c.lk("code_id"), " disabled meanwhile.\n")


def shop_talk(c: Ctx) -> None:
    """No personal data: a purchase, a delivery, a reagent, a show and a trip."""
    m = c.m
    lb = c.lbl
    m.add(f"{lb[6]} ", c.lk("order"), ": 3x ", c.lk("sku"), " @ ", c.lk("amount"), ", ", c.lk("company"),
          "\n")
    m.add("Tracking ", c.lk("tracking"), ", ", lb[8].lower(), " ", c.lk("date"), "\n")
    m.add(c.lk("formula"), " 0.1 M, ISBN ", c.lk("isbn"), ", site ", c.lk("coords"), "\n")
    m.add(c.pick("Watching ", "Heute ", "Ce soir ", "Esta noche ", "Vanavond ", "Stasera ", "Hoje "), c.lk("culture"),
          " → ", c.lk("country"), " / ", c.lk("city"), "\n")  # fmt: skip


def meeting_note(c: Ctx) -> None:
    """No personal data: a planning note with dates, places, firms and money."""
    m, lb = c.m, c.lbl
    m.add(f"{lb[10]} ", c.lk("date"), " 14:30, ", c.lk("company"), f" ({lb[11]} ", c.lk("city"), ")\n")
    m.add("- Q3 ", c.lk("amount"), " vs ", c.lk("amount"), "; go-live ", c.lk("date"), "\n")
    m.add("- Rollout ", c.lk("version"), " to ", c.lk("country"), "; tickets ", c.lk("ticket"), ", ",
          c.lk("ticket"), "\n")
    m.add("- Offsite near ", c.lk("coords"), ", after the ", c.lk("culture"), " quiz\n")


def curl_session(c: Ctx) -> None:
    """A pasted terminal session: a bearer token on the command line, a customer in the reply."""
    p = c.person()
    name, tok = c.secret()
    m = c.m
    m.add("$ curl -s -H 'Authorization: Bearer ", tok, "' \\\n    https://api.", c.pick("shop", "crm", "billing"),
          ".example.com/v", str(c.rng.randint(1, 3)), "/customers/", c.lk("uuid"), "\n")  # fmt: skip
    m.add(c.lk("http_status"), "\ncontent-length: ", c.lk("bytes"), "\n\n")
    st, pc = c.addr()
    m.add('{"id": "', c.lk("uuid"), '", "name": "', c.name(p), '", "email": "', c.email(p), '",\n')
    m.add(' "address": {"line1": "', st, '", "line2": "', pc, '"}, "last_ip": "', c.ip(), '",\n')
    m.add(' "plan": "pro", "since": "', c.lk("timestamp"), '", "client": "', c.lk("version"), '"}\n')


# fmt: on
LAYOUTS: dict[str, Callable[[Ctx], None]] = {
    "curl_session": curl_session,
    "meeting_note": meeting_note,
    "release_notes": release_notes,
    "ops_incident": ops_incident,
    "shop_talk": shop_talk,
    "record": record,
    "hr_note": hr_note,
    "medical": medical,
    "invoice": invoice,
    "crm_csv": crm_csv,
    "tsv_sheet": tsv_sheet,
    "support_ticket": support_ticket,
    "log_excerpt": log_excerpt,
    "stack_trace": stack_trace,
    "config": config,
    "sql_dump": sql_dump,
    "email_thread": email_thread,
    "markdown": markdown,
    "chat_transcript": chat_transcript,
    "letter": letter,
    "form_post": form_post,
    "code_fixture": code_fixture,
    "prose_mix": prose_mix,
}  # fmt: skip


def message(rng: random.Random, fakers: dict[str, Faker], loc: str, layout: str) -> Msg:
    m = Msg()
    c = Ctx(rng, fakers, loc, m)
    if rng.random() < 0.6:
        lang = "en" if rng.random() < 0.25 else c.lang
        m.add(rng.choice(INTRO[lang]), rng.choice(["\n\n", "\n", " "]))
    if rng.random() < 0.15:
        fence = rng.choice(["```", "~~~"])
        m.add(fence + "\n")
        LAYOUTS[layout](c)
        m.add(fence)
    else:
        LAYOUTS[layout](c)
    if rng.random() < 0.2:
        m.add(
            "\n",
            rng.choice(["thx", "Danke!", "merci", "gracias", "bedankt", "grazie", "obrigado", " "]),
        )
    return m
