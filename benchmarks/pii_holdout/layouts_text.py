"""Layouts people type or paste as prose: chat messages, e-mails, forms, transcripts, vCards."""

from __future__ import annotations

from pii_holdout import phrases
from pii_holdout.builder import Doc
from pii_holdout.context import Ctx
from pii_holdout.people import Persona


def _sentences(ctx: Ctx, n_secret: int, n_keep: int) -> list[str]:
    picks = ctx.rng.sample(phrases.SECRET_SENTENCES[ctx.lang], n_secret)
    picks += ctx.rng.sample(phrases.KEEP_SENTENCES[ctx.lang], n_keep)
    ctx.rng.shuffle(picks)
    return picks


def prose(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    if r.random() < 0.3:
        doc.add(ctx.pick(phrases.ASKS[ctx.lang]) + "\n\n")
    sents = _sentences(ctx, r.randint(2, 3), r.randint(2, 4))
    for i, s in enumerate(sents):
        if i:
            doc.add(r.choice([" ", " ", "\n", "\n\n"]))
        ctx.fill(doc, s)


# Mail clients' reply header around the quoted sender: (text before the name, text after).
QUOTE_LINE = {
    "en": ("On {when}, ", " wrote:"),
    "de": ("Am {when} schrieb ", ":"),
    "fr": ("Le {when}, ", " a écrit :"),
    "es": ("El {when}, ", " escribió:"),
    "nl": ("Op {when} schreef ", ":"),
}


def email(ctx: Ctx, doc: Doc) -> None:
    r, p, q = ctx.rng, ctx.p, ctx.q
    if r.random() < 0.4:
        doc.add(ctx.pick(phrases.ASKS[ctx.lang]) + "\n\n")
    doc.add("From: ").secret("PERSON", p.full).add(" <").secret("EMAIL", p.email).add(">\n")
    doc.add("To: ")
    if r.random() < 0.7:
        doc.secret("PERSON", q.full).add(" <").secret("EMAIL", q.email).add(">\n")
    else:
        doc.secret("EMAIL", q.email).add("\n")
    doc.add("Date: ").keep("timestamp", ctx.ts("rfc2822")).add("\n")
    doc.add("Subject: ")
    ctx.fill(doc, ctx.pick(phrases.SUBJECTS[ctx.lang]))
    doc.add("\n\n")
    ctx.fill(doc, ctx.pick(phrases.GREETINGS[ctx.lang]), who=q)
    doc.add("\n\n")
    for s in _sentences(ctx, r.randint(1, 2), r.randint(2, 3)):
        ctx.fill(doc, s).add(ctx.pick([" ", "\n"]))
    doc.add("\n\n" + ctx.pick(phrases.SIGNOFFS[ctx.lang]) + "\n")
    doc.secret("PERSON", p.full if r.random() < 0.7 else p.first).add("\n")
    if r.random() < 0.6:
        doc.keep(*ctx.look("company")).add("\n")
        if r.random() < 0.5:  # postal signature: street line, then postcode and city
            doc.secret("ADDRESS", p.street).add("\n" + _city_line(p) + "\n")
        doc.add(ctx.pick(["Tel. ", "T: ", "Mob. ", "Phone: ", "📞 "])).secret("PHONE", p.phone).add(
            "\n"
        )
    if r.random() < 0.3:
        before, after = QUOTE_LINE[ctx.lang]
        doc.add("\n" + before.format(when=ctx.ts("rfc2822"))).secret("PERSON", q.full).add(" <")
        doc.secret("EMAIL", q.email).add(">" + after + "\n> ")
        ctx.fill(doc, ctx.pick(phrases.KEEP_SENTENCES[ctx.lang]))
        doc.add("\n")


SPLIT_NAME = {
    "en": ("First name", "Last name"),
    "de": ("Vorname", "Nachname"),
    "fr": ("Prénom", "Nom"),
    "es": ("Nombre", "Apellidos"),
    "nl": ("Voornaam", "Achternaam"),
}


def form(ctx: Ctx, doc: Doc) -> None:
    r, p = ctx.rng, ctx.p
    sep = ctx.pick([": ", ":\t", " = ", ": "])
    bold = r.random() < 0.2

    def line(label: str) -> Doc:
        return doc.add(f"**{label}**{sep}" if bold else f"{label}{sep}")

    if r.random() < 0.4:
        doc.add(ctx.pick(phrases.ASKS[ctx.lang]) + "\n\n")
    fields = [
        "name",
        "dob",
        "address",
        "phone",
        "email",
        "id",
        "iban",
        "card",
        "order",
        "date",
        "ticket",
    ]
    keep = {"order", "date", "ticket"}
    chosen = [f for f in fields if r.random() < (0.8 if f in keep else 0.5)] or ["name", "dob"]
    for f in chosen:
        if f == "name":
            if r.random() < 0.4 and ctx.lang in SPLIT_NAME:
                first_label, last_label = SPLIT_NAME[ctx.lang]
                last = p.last.upper() if ctx.lang == "fr" and r.random() < 0.6 else p.last
                line(last_label).secret("PERSON", last).add("\n")
                line(first_label).secret("PERSON", p.first).add("\n")
            elif r.random() < 0.15:  # "SURNAME, Given" as registries and airlines print it
                line(ctx.label("name")).secret("PERSON", f"{p.last.upper()}, {p.first}").add("\n")
            else:
                line(ctx.label("name")).secret("PERSON", p.full).add("\n")
        elif f == "dob":
            line(ctx.label("dob")).secret("DATE_OF_BIRTH", p.dob).add("\n")
        elif f == "address":
            if r.random() < 0.5:
                line(ctx.label("address")).secret("ADDRESS", p.address).add("\n")
            else:
                line(ctx.label("address")).secret("ADDRESS", p.street).add("\n")
                line({"de": "PLZ / Ort", "fr": "CP / Ville", "es": "CP / Localidad", "nl": "Postcode / Plaats"}.get(ctx.lang, "City")).add(_city_line(p) + "\n")  # fmt: skip
        elif f == "phone":
            line(ctx.label("phone")).secret("PHONE", p.phone).add("\n")
        elif f == "email":
            line(ctx.label("email")).secret("EMAIL", p.email).add("\n")
        elif f == "id":
            line(ctx.idlabel()).secret("NATIONAL_ID", p.national_id).add("\n")
        elif f == "iban":
            line(ctx.label("iban")).secret("IBAN", p.iban).add("\n")
            if r.random() < 0.5:
                line("BIC").keep(*ctx.look("bic")).add("\n")
        elif f == "card":
            line(ctx.label("card")).secret("CARD", p.card).add("\n")
        elif f == "order":
            line(ctx.label("order")).keep(*ctx.look("order")).add("\n")
        elif f == "date":
            line(ctx.label("date")).keep(*ctx.look("date")).add("\n")
        else:
            line("Ticket").keep(*ctx.look("ticket")).add("\n")
    if r.random() < 0.5:
        line(ctx.label("password")).secret("SECRET", ctx.secret_value("PASSWORD")[1]).add("\n")
    line(ctx.pick(["Version", "App", "Build"])).keep(*ctx.look("version")).add("\n")
    if r.random() < 0.5:
        line(ctx.pick(["Tracking", "Sendung", "Colis", "Envío", "Pakket"])).keep(
            *ctx.look("tracking")
        ).add("\n")
    if r.random() < 0.4:
        line(ctx.pick(["Submitted", "Timestamp", "Zeitstempel"])).keep(*ctx.look("timestamp")).add(
            "\n"
        )


def _city_line(p: Persona) -> str:
    if p.country == "US":
        return f"{p.city}, {p.postcode}"
    if p.country == "GB":
        return f"{p.city} {p.postcode}"
    return f"{p.postcode} {p.city}"


def chat(ctx: Ctx, doc: Doc) -> None:
    """A support chat transcript pasted for summarising; speakers' names are people too."""
    r, p = ctx.rng, ctx.p
    doc.add(ctx.pick(phrases.ASKS[ctx.lang]) + "\n\n")
    agent = ctx.person()
    hh, mm = r.randint(8, 20), r.randint(0, 50)
    # the customer's turns carry their own data; the agent answers with references
    mine = r.sample(phrases.SECRET_SENTENCES[ctx.lang], r.randint(1, 3))
    theirs = r.sample(phrases.KEEP_SENTENCES[ctx.lang], r.randint(1, 3))
    turns = [t for pair in zip(mine, theirs, strict=False) for t in pair]
    longer = mine if len(mine) > len(theirs) else theirs
    turns += longer[min(len(mine), len(theirs)) :]
    for i, s in enumerate(turns):
        doc.add("[").keep("time", f"{hh:02d}:{mm + i:02d}").add("] ")
        if s in theirs:
            doc.secret("PERSON", agent.first).add(" (Agent): ")
        else:
            doc.secret("PERSON", p.first if r.random() < 0.6 else p.full).add(": ")
        ctx.fill(doc, s).add("\n")


def vcard(ctx: Ctx, doc: Doc) -> None:
    p = ctx.p
    y, m, d = p.born
    doc.add("BEGIN:VCARD\nVERSION:").keep("version", ctx.pick(["3.0", "4.0"])).add("\nFN:").secret(
        "PERSON", p.full
    )
    doc.add("\nN:").secret("PERSON", p.last).add(";").secret("PERSON", p.first).add(";;;\n")
    doc.add("TEL;TYPE=cell:").secret("PHONE", p.phone).add("\nEMAIL:").secret("EMAIL", p.email).add(
        "\n"
    )
    doc.add("ADR;TYPE=home:;;").secret("ADDRESS", p.street).add(
        f";{p.city};;{p.postcode};{p.country}\n"
    )
    doc.add("BDAY:").secret(
        "DATE_OF_BIRTH", f"{y}{m:02d}{d:02d}" if ctx.rng.random() < 0.5 else f"{y}-{m:02d}-{d:02d}"
    )
    doc.add("\nORG:").keep(*ctx.look("company")).add("\nREV:").keep("timestamp", ctx.ts()).add(
        "\nEND:VCARD\n"
    )


def markdown_table(ctx: Ctx, doc: Doc) -> None:
    r = ctx.rng
    doc.add(ctx.pick(phrases.ASKS[ctx.lang]) + "\n\n")
    cols = (
        ["name", "phone", "dob", "order", "tracking"]
        if r.random() < 0.5
        else ["name", "email", "address", "ticket", "timestamp"]
    )
    doc.add(
        "| "
        + " | ".join(ctx.label(c) if c in phrases.LABELS[ctx.lang] else c.title() for c in cols)
        + " |\n"
    )
    doc.add("|" + "---|" * len(cols) + "\n")
    for _ in range(r.randint(2, 4)):
        who = ctx.person()
        doc.add("| ")
        for i, c in enumerate(cols):
            if i:
                doc.add(" | ")
            if c == "name":
                doc.secret("PERSON", who.full)
            elif c == "phone":
                doc.secret("PHONE", who.phone)
            elif c == "dob":
                doc.secret("DATE_OF_BIRTH", who.dob)
            elif c == "email":
                doc.secret("EMAIL", who.email)
            elif c == "address":
                doc.secret("ADDRESS", who.address)
            else:
                doc.keep(*ctx.look(c))
        doc.add(" |\n")


LAYOUTS = {
    "prose": prose,
    "email": email,
    "form": form,
    "chat": chat,
    "vcard": vcard,
    "markdown_table": markdown_table,
}
