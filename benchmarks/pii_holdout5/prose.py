"""Chat prose: people asking an assistant for help and pasting their own details into the request."""

from __future__ import annotations

import random

from . import dates, net
from . import lookalikes as L
from .doc import Doc, Piece, pii
from .names import variant
from .persona import Persona

# Slots: name, given, other (another person), other_family, addr, phone, email, dob, idlabel, id,
# iban, card, ip, pw, key; kept: order, ticket, tracking, date, amount, company, city, version,
# http, hash, uuid, product, isbn, measure, port, ts.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "wifi for the guests: network FRITZ!Box 7590 password {pw} - write a welcome note for {other}",
        "Booked the hotel under {name} with card {card}, but they charged {amount} twice. Write a dispute to my bank please.",
        "Can you find a cheaper edition of ISBN {isbn}? Ship to {name}, {addr}.",
        "my home router shows {ip} as public ip and since {version} nothing on port {port} works, any idea?",
        "Hi, can you help me write a complaint to {company}? My order {order} from {date} never arrived. My name is {name}, delivery address {addr}. You can reach me on {phone} or {email}.",
        "please fix the grammar: Dear Sir or Madam, I, {name}, born on {dob}, would like to apply for the flat advertised on {date}. My {idlabel} is {id} and I currently live at {addr}.",
        "my mum {other} needs to register with the GP. Her DOB is {dob} and her mobile is {phone}. What else should I bring?",
        "can u translate this into german for my landlord: hi its {given}, the heating at {addr} is broken again since {date}, call me {phone} thx",
        "Write a short LinkedIn summary for me: {name}, date of birth {dob}, 8 years at {company} in {city}, reachable at {email}.",
        "I need to pay rent of {amount} to {other}, IBAN {iban}, reference {ticket}. Is that enough for a SEPA transfer?",
        "why was my card {card} declined?? tried to pay {amount} at {company} and the site just showed {http}",
        "The server at {ip} keeps rejecting my ssh login on port {port} after upgrading to {version}. My password is {pw}, what am I doing wrong?",
        "Summarise this for the insurer: on {date} the courier left parcel {tracking} ({measure}) outside {addr} instead of handing it to {name}. Contact: {email}",
        "my kid {child} (born {child_dob}) starts school in September, can you draft an email to the school office? our address is {addr} and my number is {phone}",
        "I got a letter saying my {idlabel} {id} was used to open an account at {company}. I'm {name}, {email}. What should I do first?",
        "Help me fill the visa form. Surname: {family} Given names: {given_only} Date of birth: {dob} Home address: {addr} Phone: {phone}",
    ),
    "de": (
        "Ich komme nicht mehr in mein Konto {email}, das Passwort {pw} wird abgelehnt. Was kann ich tun?",
        "Meine Kreditkarte {card} wurde zweimal mit {amount} belastet. Schreib eine Reklamation an die Bank, Karteninhaber {name}.",
        "Mein Router hat die IP {ip} und seit dem Update auf {version} geht Port {port} nicht mehr.",
        "Hallo, kannst du mir helfen, eine Kündigung an {company} zu schreiben? Ich heiße {name}, wohne in der {addr} und bin am {dob} geboren. Meine Kundennummer ist {order}.",
        "bitte formell umformulieren: Sehr geehrte Frau {other_family}, anbei meine {idlabel} {id} und meine neue Bankverbindung {iban}. Viele Grüße {name}",
        "mein handy: {phone}, mail {email} – schreib mir bitte eine antwort an den vermieter, die heizung in der {addr} ist seit dem {date} kaputt",
        "Kannst du einen Lebenslauf-Kopf machen? {name}, geb. {dob}, {addr}, Tel. {phone}, {email}",
        "Mein Kind {child} (geboren am {child_dob}) braucht eine Entschuldigung für die Schule, krank seit dem {date}. Unterschrift {name}",
        "Wie überweise ich {amount} an {other}? IBAN {iban}, Verwendungszweck {ticket}.",
        "Die Paketnummer ist {tracking}, das Paket ({measure}) sollte an {addr} gehen. Bitte formuliere eine Beschwerde an DHL.",
    ),
    "fr": (
        "je n'arrive plus à me connecter avec {email}, mon mot de passe c'est {pw}, il dit mot de passe incorrect",
        "Ma carte {card} a été débitée deux fois de {amount}, pouvez-vous rédiger une réclamation ? Titulaire : {name}",
        "Bonjour, pouvez-vous m'aider à rédiger une lettre de résiliation pour {company} ? Je m'appelle {name}, né(e) le {dob}, domicilié(e) au {addr}. Mon numéro client : {order}.",
        "corrige stp : Madame {other_family}, veuillez trouver ci-joint mon RIB ({iban}) et mon {idlabel} : {id}. Cordialement, {name}",
        "mon tel c'est le {phone} et mon mail {email}, j'ai commandé le {date} chez {company} pour {amount} et toujours rien",
        "Mon enfant {child}, né(e) le {child_dob}, doit s'inscrire à la cantine. Pouvez-vous écrire un mail à la mairie ? Nous habitons {addr}.",
        "J'ai reçu un colis {tracking} adressé à {name}, {addr}, mais ce n'est pas moi. Que faire ?",
        "Traduis en anglais : Je soussigné(e) {name}, né(e) le {dob}, atteste sur l'honneur...",
    ),
    "es": (
        "No puedo entrar con {email}, mi contraseña es {pw} y me da error {http}. ¿Qué hago?",
        "Me cobraron {amount} dos veces en la tarjeta {card}. Titular: {name}. ¿Cómo reclamo?",
        "Hola, necesito una carta para el casero. Me llamo {name}, nací el {dob} y vivo en {addr}. Mi {idlabel} es {id}.",
        "¿Puedes revisar este correo? Estimado Sr. {other_family}: le adjunto mi número de cuenta {iban} para la devolución de {amount} del pedido {order}. Un saludo, {given}",
        "mi móvil es el {phone} y mi correo {email}, el paquete {tracking} no ha llegado a {addr}",
        "Redacta una autorización: yo, {name}, con {idlabel} {id}, autorizo a {other} a recoger mi paquete en {company}.",
        "tengo que inscribir a {child}, que nació el {child_dob}, ¿qué papeles necesito para el colegio? vivimos en {addr}",
    ),
    "nl": (
        "Inloggen met {email} lukt niet meer, wachtwoord {pw} wordt geweigerd. Wat moet ik doen?",
        "Er is twee keer {amount} van mijn creditcard {card} afgeschreven. Kun je een bezwaar schrijven? Kaarthouder {name}",
        "Hoi, kun je helpen met een brief aan de gemeente? Ik ben {name}, geboren op {dob}, en woon op {addr}. Mijn {idlabel} is {id}.",
        "kan je dit netjes maken: Beste {other}, het bedrag van {amount} mag naar {iban} t.n.v. {name}. Groet, {given}",
        "m'n nummer is {phone}, mail {email}. bestelling {order} van {date} is nooit geleverd, wat nu?",
        "Schrijf een afmelding voor de sportclub voor {child} (geb. {child_dob}). Adres: {addr}.",
        "Het pakket {tracking} is bij de buren op {addr} afgegeven. Kun je een klacht opstellen namens {name}?",
    ),
    "it": (
        "non riesco ad accedere con {email}, la password è {pw} ma dice credenziali errate",
        "Mi hanno addebitato due volte {amount} sulla carta {card}, intestata a {name}. Scrivi il reclamo alla banca.",
        "Ciao, mi aiuti a scrivere una PEC? Sono {name}, {born_it} {dob}, residente in {addr}, {idlabel} {id}.",
        "Gentile Dott.ssa {other_family}, le invio l'IBAN {iban} per il rimborso di {amount}. Cordiali saluti, {name}",
        "il mio cell è {phone}, email {email}; l'ordine {order} del {date} non è mai arrivato, scrivi tu il reclamo",
        "Devo iscrivere {child} (nato/a il {child_dob}) all'asilo. Abitiamo in {addr}. Cosa scrivo nella domanda?",
        "traduci in inglese: il pacco {tracking} indirizzato a {name}, {addr}, risulta consegnato ma non è arrivato",
    ),
    "pt": (
        "não consigo entrar com {email}, minha senha é {pw} e aparece {http}",
        "Cobraram {amount} duas vezes no meu cartão {card}. Titular: {name}. Me ajuda a contestar?",
        "Olá, pode me ajudar a escrever uma reclamação? Meu nome é {name}, nasci em {dob}, moro na {addr}, {idlabel} {id}.",
        "Prezado Sr. {other_family}, segue meu IBAN {iban} para a devolução de {amount}. Atenciosamente, {name}",
        "meu celular é {phone} e o email {email}, o pedido {order} de {date} não chegou até hoje",
        "Preciso de uma declaração: eu, {name}, nascido em {dob}, residente em {addr}, declaro que...",
        "a encomenda {tracking} foi entregue em {addr} mas ninguém recebeu, como reclamo? sou {given}",
    ),
    "pl": (
        "Nie mogę się zalogować na {email}, hasło {pw} nie działa. Co robić?",
        "Z karty {card} pobrano dwa razy {amount}. Napisz reklamację do banku, posiadacz karty: {name}.",
        "Cześć, pomożesz napisać pismo do spółdzielni? Nazywam się {name}, {born_pl} {dob}, mieszkam przy {addr}, PESEL {id}.",
        "Szanowna Pani {other_family}, w załączniku przesyłam numer konta {iban} do zwrotu {amount}. Z poważaniem, {name}",
        "mój numer to {phone}, mail {email}, paczka {tracking} miała przyjść na {addr} i nie doszła",
        "Napisz usprawiedliwienie dla dziecka {child} (ur. {child_dob}), nie było go w szkole od {date}. Podpis: {name}",
        "Zamówienie {order} z {date} na kwotę {amount} nie dotarło. Dane: {name}, {addr}, tel. {phone}",
    ),
}


def slots(rng: random.Random, p: Persona, other: Persona, lang: str) -> dict[str, str | Piece]:
    sep = rng.choice((", ", ", ", ", ", " ", "\n"))
    idlabel, idval = p.national_id or ("", "")
    female = p.name.given.endswith("a")  # Polish and Italian given names: a fair guess at grammar
    child_dob = dates.birth_date(rng).replace(
        year=rng.randint(2009, 2021), day=1 + rng.randrange(28)
    )
    return {
        "born_pl": "urodziłam się" if female else "urodziłem się",
        "born_it": "nata il" if female else "nato il",
        "child": pii(
            "PERSON",
            f"{other.name.given} {p.name.family}" if rng.random() < 0.5 else other.name.given,
        ),
        "child_dob": pii("DATE_OF_BIRTH", dates.write(rng, child_dob, lang, us=p.country == "US")),
        "name": pii("PERSON", variant(rng, p.name) if rng.random() < 0.3 else p.name.full),
        "given": pii("PERSON", p.name.given),
        "given_only": pii("PERSON", p.name.given),
        "family": pii("PERSON", p.name.family),
        "other": pii("PERSON", other.name.full if rng.random() < 0.6 else other.name.given),
        "other_family": pii("PERSON", other.name.family),
        "addr": pii("ADDRESS", p.address.one_line(sep)),
        "phone": pii("PHONE", p.phone),
        "email": pii("EMAIL", p.email),
        "dob": pii("DATE_OF_BIRTH", dates.write(rng, p.dob, lang, us=p.country == "US")),
        "idlabel": idlabel,
        "id": pii("NATIONAL_ID", idval),
        "iban": pii("IBAN", p.iban),
        "card": pii("CARD", p.card),
        "ip": pii("IP_ADDRESS", p.ip),
        "pw": pii("SECRET", net.password(rng)),
        "order": L.order_no(rng),
        "ticket": L.ticket(rng),
        "tracking": L.tracking(rng),
        "date": L.event_date(rng, lang),
        "amount": L.amount(rng, lang),
        "company": L.company(rng),
        "city": L.city(rng),
        "version": L.version(rng),
        "http": L.http_status(rng),
        "port": L.port(rng),
        "measure": L.measurement(rng),
        "isbn": L.isbn_(rng),
    }


def chat(rng: random.Random, doc: Doc, p: Persona, other: Persona, lang: str) -> None:
    """A request in the user's language; `id` templates only where the person's country has one."""
    choices = [t for t in TEMPLATES[lang] if p.national_id or "{id}" not in t]
    doc.fill(rng.choice(choices), **slots(rng, p, other, lang))
