"""Documents people paste whole: e-mails with signatures, forms, notes, labels, invoices, chats."""

from __future__ import annotations

import random

from . import dates
from . import lookalikes as L
from .doc import Doc, keep, pii
from .labels import LABELS
from .names import PUBLIC_FIGURES, variant
from .persona import Persona

BODY = {
    "en": ("regarding order ", "was refunded on"),
    "de": ("zu Ihrer Bestellung ", "wurde erstattet am"),
    "fr": ("concernant la commande ", "a été remboursée le"),
    "es": ("sobre el pedido ", "se reembolsó el"),
    "nl": ("over bestelling ", "is terugbetaald op"),
    "it": ("riguardo all'ordine ", "è stato rimborsato il"),
    "pt": ("sobre o pedido ", "foi reembolsado em"),
    "pl": ("w sprawie zamówienia ", "zwrócono dnia"),
}
TITLES = (
    "Account Manager",
    "Head of Operations",
    "Senior Data Engineer",
    "Office Manager",
    "Sales Director",
    "HR Business Partner",
)


def _address_lines(rng: random.Random, doc: Doc, p: Persona, upper: bool = False) -> None:
    """The address over several lines, as on an envelope: one span across the line breaks."""
    text = "\n".join(p.address.lines)
    doc.add(pii("ADDRESS", text.upper() if upper else text))


def email_thread(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    me, them = people[0], people[-1]
    t = LABELS[lang]
    doc.add(
        rng.choice(("Can you make this reply more polite?\n\n", "summarise this thread\n\n", ""))
    )
    doc.add("From: ").add(pii("PERSON", them.name.full)).add(" <").add(
        pii("EMAIL", them.email)
    ).add(">\nTo: ").add(pii("EMAIL", me.email))
    doc.add("\nSubject: Re: ").add(L.ticket(rng)).add("\nDate: ").add(L.timestamp(rng)).add(
        f"\n\n{t['hello']} "
    ).add(pii("PERSON", me.name.given)).add(",\n\n")
    about, state = BODY[lang]
    doc.add(about).add(L.order_no(rng)).add(" – ").add(L.amount(rng, lang)).add(f" {state} ").add(
        L.event_date(rng, lang)
    ).add(".\n\n")
    doc.add(t["regards"] + "\n").add(
        pii("PERSON", variant(rng, them.name) if rng.random() < 0.3 else them.name.full)
    ).add(f"\n{rng.choice(TITLES)} | ").add(L.company(rng)).add("\n")
    doc.add(f"{t['phone']}: ").add(pii("PHONE", them.landline)).add(f" | {t['mobile']}: ").add(
        pii("PHONE", them.phone)
    ).add("\n")
    if rng.random() < 0.6:
        doc.add(pii("ADDRESS", them.address.one_line(rng.choice((", ", " · ", " | "))))).add("\n")


def form(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    p = people[0]
    t = LABELS[lang]
    colon = rng.choice((": ", ":\t", " : ", ": "))
    doc.add(
        rng.choice(("Check this form for mistakes:\n", "translate the labels to English:\n", ""))
    )
    names = [(t["last"], pii("PERSON", p.name.family)), (t["first"], pii("PERSON", p.name.given))]
    if rng.random() < 0.3:
        names = [(t["name"], pii("PERSON", p.name.full))]
    rows = [
        *names,
        (
            t["dob"] if rng.random() < 0.6 else t["dob_short"],
            pii("DATE_OF_BIRTH", dates.write(rng, p.dob, lang, us=p.country == "US")),
        ),
        (t["address"], pii("ADDRESS", p.address.one_line(rng.choice((", ", " "))))),
        (t["phone"], pii("PHONE", p.phone)),
        (t["email"], pii("EMAIL", p.email)),
    ]
    if p.national_id:
        rows.append((p.national_id[0], pii("NATIONAL_ID", p.national_id[1])))
        rows.append(
            (t["issued"], L.event_date(rng, lang))
        )  # dates on an id card that are not births
        if rng.random() < 0.5:
            rows.append(
                (
                    t["valid"],
                    keep("DATE", dates.write(rng, dates.recent_date(rng).replace(year=2031), lang)),
                )
            )
    if rng.random() < 0.5 and p.iban:
        rows.append((t["iban"], pii("IBAN", p.iban)))
    rows.append((t["date"], L.event_date(rng, lang)))
    for label, val in rows:
        doc.add(f"{label}{colon}").add(val).add("\n")


MEDICAL = {  # seen, weight, temperature, referred by, contact
    "en": ("Seen", "weight", "temp", "Ref. by Dr", "Contact"),
    "de": ("Vorstellung am", "Gewicht", "Temp.", "Überweisung durch Dr.", "Kontakt"),
    "fr": ("Vu(e) le", "poids", "T°", "Adressé(e) par le Dr", "Contact"),
    "es": ("Consulta", "peso", "T.ª", "Derivado por la Dra.", "Contacto"),
    "it": ("Visita del", "peso", "TC", "Inviato dal dott.", "Recapito"),
    "nl": ("Gezien op", "gewicht", "temp.", "Verwezen door dr.", "Contact"),
}


def medical_note(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    p, doctor = people[0], people[-1]
    t = LABELS[lang]
    seen, weight, temp, ref, contact = MEDICAL[lang]
    doc.add(rng.choice(("Rewrite as a referral letter:\n", "make this note shorter\n", "")))
    doc.add(f"{t['patient']}: ").add(pii("PERSON", p.name.full)).add(f", {t['dob_short']} ")
    doc.add(pii("DATE_OF_BIRTH", dates.write(rng, p.dob, lang, us=p.country == "US")))
    doc.add(f"\n{seen} ").add(L.event_date(rng, lang)).add(f". RR 128/84, {weight} ")
    doc.add(keep("MEASUREMENT", f"{rng.randint(48, 120)} kg")).add(f", {temp} ")
    doc.add(
        keep(
            "MEASUREMENT",
            f"{rng.randint(36, 39)}{',' if lang != 'en' else '.'}{rng.randint(0, 9)} °C",
        )
    )
    doc.add(f". Metformin 500 mg 1-0-1. {ref} ").add(pii("PERSON", doctor.name.family))
    doc.add(f".\n{contact}: ").add(pii("PHONE", p.phone))
    if p.national_id and rng.random() < 0.6:
        doc.add(f", {p.national_id[0]} ").add(pii("NATIONAL_ID", p.national_id[1]))
    doc.add("\n")


def hr_note(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    p, manager = people[0], people[-1]
    doc.add("draft an offer letter from these notes:\n- candidate: ").add(
        pii("PERSON", p.name.full)
    ).add(" (").add(pii("EMAIL", p.email)).add(")\n- born ")
    doc.add(pii("DATE_OF_BIRTH", dates.write(rng, p.dob, "en", us=p.country == "US"))).add(
        "\n- start date: "
    ).add(L.event_date(rng, "en")).add("\n- salary: ").add(L.amount(rng, "en"))
    doc.add(" gross\n- reports to ").add(pii("PERSON", manager.name.full)).add("\n- home: ").add(
        pii("ADDRESS", p.address.one_line())
    ).add("\n")
    if p.iban:
        doc.add("- payroll IBAN: ").add(pii("IBAN", p.iban)).add("\n")
    if p.national_id:
        doc.add(f"- {p.national_id[0]}: ").add(pii("NATIONAL_ID", p.national_id[1])).add("\n")


def shipping_label(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    p = people[0]
    t = LABELS[lang]
    upper = rng.random() < 0.4
    doc.add(
        rng.choice(("why was this returned to sender?\n\n", "OCR from the label:\n", ""))
        + t["ship_to"]
        + ":\n"
    )
    doc.add(pii("PERSON", p.name.full.upper() if upper else p.name.full)).add("\n")
    _address_lines(rng, doc, p, upper)
    doc.add("\nTel: ").add(pii("PHONE", p.phone)).add("\n\nTracking: ").add(L.tracking(rng)).add(
        f"\n{t['weight']}: "
    ).add(keep("MEASUREMENT", f"{rng.randint(1, 30)}.{rng.randint(0, 9)} kg"))
    doc.add(f"\n{t['order']}: ").add(L.order_no(rng)).add("\n")


def invoice(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    p = people[0]
    t = LABELS[lang]
    doc.add(f"{t['invoice']} ").add(L.order_no(rng)).add(f"\n{t['date']}: ").add(
        L.event_date(rng, lang)
    ).add(f"\n\n{t['bill_to']}:\n").add(pii("PERSON", p.name.full)).add("\n")
    _address_lines(rng, doc, p)
    doc.add("\n\n").add(L.product_code(rng)).add("  x1  ").add(L.amount(rng, lang)).add("\n").add(
        L.isbn_(rng) if rng.random() < 0.3 else L.product_code(rng)
    ).add("  x2  ").add(L.amount(rng, lang))
    doc.add(f"\n{t['total']}: ").add(L.amount(rng, lang)).add("\n")
    if p.iban and rng.random() < 0.6:
        doc.add("Direct debit from ").add(pii("IBAN", p.iban)).add("\n")
    elif rng.random() < 0.5:
        doc.add("Paid by card ").add(pii("CARD", p.card)).add("\n")
    doc.add(rng.choice(("\nIs the VAT right?", "\nturn this into JSON", "")))


def crm_notes(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    doc.add("Summarise these CRM notes for the weekly call:\n")
    for p in people:
        doc.add("• ").add(pii("PERSON", variant(rng, p.name))).add(" | ").add(L.company(rng)).add(
            " | "
        ).add(pii("EMAIL", p.email)).add(" | ").add(pii("PHONE", p.phone))
        doc.add(" | last contact ").add(L.event_date(rng, "en")).add(" – ").add(
            rng.choice(("wants a quote for ", "complained about ", "asked about renewal of "))
        ).add(L.product_code(rng)).add("\n")


SUPPORT = {  # agent, customer, hello, parcel never came, confirm name and address, my birth date, ticket opened
    "en": (
        "Agent",
        "Customer",
        "Hello, how can I help?",
        "my parcel {} never came",
        "Can you confirm your name and address?",
        "and my dob is {} if you need it",
        "Thanks. I've opened {}.",
    ),
    "de": (
        "Mitarbeiter",
        "Kunde",
        "Hallo, wie kann ich helfen?",
        "mein paket {} ist nie angekommen",
        "Können Sie mir Name und Anschrift bestätigen?",
        "geburtsdatum {} falls nötig",
        "Danke, ich habe {} angelegt.",
    ),
    "fr": (
        "Conseiller",
        "Client",
        "Bonjour, que puis-je faire pour vous ?",
        "mon colis {} n'est jamais arrivé",
        "Pouvez-vous confirmer votre nom et votre adresse ?",
        "et je suis né(e) le {} si besoin",
        "Merci, j'ai ouvert le dossier {}.",
    ),
    "es": (
        "Agente",
        "Cliente",
        "Hola, ¿en qué puedo ayudarle?",
        "mi paquete {} nunca llegó",
        "¿Me confirma su nombre y dirección?",
        "y mi fecha de nacimiento es {} por si acaso",
        "Gracias, he abierto la incidencia {}.",
    ),
    "nl": (
        "Medewerker",
        "Klant",
        "Hallo, waarmee kan ik helpen?",
        "mijn pakket {} is nooit aangekomen",
        "Kunt u uw naam en adres bevestigen?",
        "en mijn geboortedatum is {} als dat nodig is",
        "Bedankt, ik heb {} aangemaakt.",
    ),
    "it": (
        "Operatore",
        "Cliente",
        "Buongiorno, come posso aiutarla?",
        "il mio pacco {} non è mai arrivato",
        "Mi conferma nome e indirizzo?",
        "e la mia data di nascita è {} se serve",
        "Grazie, ho aperto la pratica {}.",
    ),
    "pt": (
        "Atendente",
        "Cliente",
        "Olá, como posso ajudar?",
        "minha encomenda {} nunca chegou",
        "Pode confirmar seu nome e endereço?",
        "e minha data de nascimento é {} se precisar",
        "Obrigado, abri o chamado {}.",
    ),
    "pl": (
        "Konsultant",
        "Klient",
        "Dzień dobry, w czym mogę pomóc?",
        "moja paczka {} nie dotarła",
        "Proszę potwierdzić imię, nazwisko i adres.",
        "data urodzenia {} jeśli trzeba",
        "Dziękuję, założyłem zgłoszenie {}.",
    ),
}


def chat_transcript(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    p, agent = people[0], people[-1]
    who, me, hello, lost, confirm, born, opened = SUPPORT[lang]
    lower = rng.random() < 0.5  # customers often type in lower case
    clock = lambda: f"[{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}]"  # noqa: E731

    def agent_says(text: str) -> Doc:
        return doc.add(f"{clock()} {who} ").add(pii("PERSON", agent.name.given)).add(f": {text}")

    doc.add("Support chat, rate the agent:\n")
    agent_says(hello).add("\n")
    before, after = lost.split("{}")
    doc.add(f"{clock()} {me}: {before}").add(L.tracking(rng)).add(f"{after}\n")
    agent_says(confirm).add("\n")
    name = p.name.full.lower() if lower else p.name.full
    address = p.address.one_line(" ").lower() if lower else p.address.one_line(" ")
    doc.add(f"{clock()} {me}: ").add(pii("PERSON", name)).add(", ").add(
        pii("ADDRESS", address)
    ).add("\n")
    before, after = born.split("{}")
    doc.add(f"{clock()} {me}: {before}").add(
        pii("DATE_OF_BIRTH", dates.write(rng, p.dob, lang, us=p.country == "US"))
    )
    doc.add(f"{after}\n")
    before, after = opened.split("{}")
    agent_says(before).add(L.ticket(rng)).add(f"{after}\n")


def whatsapp_export(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    a, b = people[0], people[-1]
    doc.add("what did we agree on? (group chat export)\n")
    for who, line in (
        (a, "can you send me your address for the invite"),
        (b, None),
        (a, "and your number? mine changed"),
        (b, "tel"),
    ):
        d = dates.recent_date(rng)
        doc.add(
            keep("TIMESTAMP", f"{d:%d/%m/%Y}, {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}")
        ).add(" - ").add(pii("PERSON", who.name.full)).add(": ")
        if line is None:
            doc.add(pii("ADDRESS", b.address.one_line(rng.choice((", ", " ", "\n")))))
        elif line == "tel":
            doc.add(pii("PHONE", b.phone))
        else:
            doc.add(line)
        doc.add("\n")


def tech_question(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    """No personal data at all: the strings people paste from their machines, all to be kept."""
    doc.add("After upgrading to ").add(L.version(rng)).add(" the health check on port ").add(
        L.port(rng)
    ).add(" returns ").add(L.http_status(rng))
    doc.add(". Request id ").add(L.uuid_(rng)).add(", image digest ").add(L.hash_(rng)).add(
        ", at "
    ).add(L.timestamp(rng)).add(". Payload was ")
    doc.add(L.measurement(rng)).add(". Build ").add(L.version(rng)).add(" was fine. Ticket ").add(
        L.ticket(rng)
    ).add(".")


def news(rng: random.Random, doc: Doc, people: list[Persona], lang: str) -> None:
    """A news paragraph: public figures, companies and cities named in public life are kept."""
    first, second = rng.sample(PUBLIC_FIGURES, 2)
    doc.add("Summarise: ").add(keep("PUBLIC_FIGURE", first)).add(" met ").add(
        keep("PUBLIC_FIGURE", second)
    ).add(" in ").add(L.city(rng)).add(" on ").add(L.event_date(rng, "en"))
    doc.add(". Shares of ").add(L.company(rng)).add(" rose after it reported revenue of ").add(
        L.amount(rng, "en")
    ).add(", while ").add(L.company(rng))
    doc.add(" announced a new plant near ").add(L.city(rng)).add(".")
