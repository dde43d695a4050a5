"""Labels, requests, date forms and public figures per language; the kept numbers of each setting."""

from __future__ import annotations

import random
import string

LANG_COUNTRIES = {
    "en": ["GB", "IE", "US", "CA"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH", "CA", "LU"],
    "es": ["ES", "MX", "AR", "CL", "UY"],
    "nl": ["NL", "BE"],
}

_LABELS = {
    "en": "name first_name surname street town date_of_birth phone email id_number iban card ip password api_key",
    "de": "Name Vorname Nachname Straße Ort Geburtsdatum Telefon E-Mail Ausweisnummer IBAN Kreditkarte IP Passwort API-Schlüssel",
    "fr": "nom prénom nom_de_famille adresse ville date_de_naissance téléphone courriel numéro_national IBAN carte IP mot_de_passe clé_api",
    "es": "nombre nombre_pila apellidos domicilio localidad fecha_nacimiento teléfono correo documento IBAN tarjeta IP contraseña clave_api",
    "nl": "naam voornaam achternaam straat woonplaats geboortedatum telefoon e-mail bsn_rijksregister IBAN creditcard IP wachtwoord api_sleutel",
}
_KEYS = [
    "name",
    "first",
    "last",
    "street",
    "town",
    "dob",
    "phone",
    "email",
    "id",
    "iban",
    "card",
    "ip",
    "password",
    "token",
]
LABELS = {lang: dict(zip(_KEYS, text.split(), strict=True)) for lang, text in _LABELS.items()}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def date_text(rng: random.Random, lang: str, country: str, ymd: tuple[int, int, int]) -> str:
    """A date in one of the forms the language writes by hand or a machine prints."""
    y, m, d = ymd
    month = MONTHS[lang].split()[m - 1]
    forms = {
        "en": [f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}"]
        if country != "US"
        else [f"{month} {d}, {y}", f"{m}/{d}/{y}"],
        "de": [f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}", f"{d}.{m}.{y % 100:02d}"],
        "fr": [f"{d:02d}/{m:02d}/{y}", f"{'1er' if d == 1 else d} {month} {y}"],
        "es": [f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}", f"{d}-{m}-{y}"],
        "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}"],
    }[lang] + [f"{y}-{m:02d}-{d:02d}"]
    return rng.choice(forms)


DOB_CUES = {"en": "born", "de": "geb.", "fr": "né(e) le", "es": "nacido/a el", "nl": "geboren op"}

FAMOUS = {
    "en": [("Florence Nightingale", (1820, 5, 12)), ("Ada Lovelace", (1815, 12, 10))],
    "de": [("Clara Schumann", (1819, 9, 13)), ("Albert Einstein", (1879, 3, 14))],
    "fr": [("Marie Curie", (1867, 11, 7)), ("Louis Pasteur", (1822, 12, 27))],
    "es": [("Frida Kahlo", (1907, 7, 6)), ("Santiago Ramón y Cajal", (1852, 5, 1))],
    "nl": [("Aletta Jacobs", (1854, 2, 9)), ("Vincent van Gogh", (1853, 3, 30))],
}
FAMOUS_LINE = {
    "en": ("Our {domain} wing is named after ", ", born "),
    "de": ("Unser Haus trägt den Namen von ", ", geboren am "),
    "fr": ("Le bâtiment porte le nom de ", ", né(e) le "),
    "es": ("El edificio lleva el nombre de ", ", nacido/a el "),
    "nl": ("Het gebouw is vernoemd naar ", ", geboren op "),
}

DOMAINS = ("hospital_lab", "residence_permit", "university_admissions", "marketplace_dispute", "mortgage_estate",
           "car_insurance", "genealogy", "church_volunteer", "vet_clinic", "gym", "elder_care")  # fmt: skip

REQUESTS = {
    "en": (
        "Can you turn this {d} export into a short summary for the team?",
        "what's wrong with this? ({d})",
        "Please check these {d} details for mistakes before I send them on.",
    ),
    "de": (
        "Kannst du mir diesen Auszug ({d}) kurz zusammenfassen?",
        "Warum klappt das nicht? ({d})",
        "Bitte prüf die Angaben ({d}) auf Fehler, bevor ich sie weiterschicke.",
    ),
    "fr": (
        "Tu peux me résumer cet extrait ({d}) en trois lignes ?",
        "c'est quoi le souci ici ? ({d})",
        "Peux-tu vérifier ces infos ({d}) avant que je les transmette ?",
    ),
    "es": (
        "¿Me ayudas a resumir este extracto ({d}) para el equipo?",
        "¿qué está mal acá? ({d})",
        "Revisa estos datos ({d}) antes de que los reenvíe, porfa.",
    ),
    "nl": (
        "Kun je dit overzicht ({d}) kort samenvatten voor het team?",
        "wat gaat hier mis? ({d})",
        "Wil je deze gegevens ({d}) nakijken voor ik ze doorstuur?",
    ),
}
_KEPT = {
    "en": "company company_address hotline contact ref_old company_iban iban_rejected card_declined due amount",
    "de": "Firma Firmenadresse Hotline Kontakt Alt-Nr Firmen-IBAN IBAN_abgelehnt Karte_abgelehnt fällig Betrag",
    "fr": "société adresse_société hotline contact ancien_n° IBAN_société IBAN_refusé carte_refusée échéance montant",
    "es": "empresa dirección_empresa línea_gratuita contacto ref_anterior IBAN_empresa IBAN_rechazado tarjeta_rechazada vencimiento importe",
    "nl": "bedrijf bedrijfsadres hotline contact oud_nr IBAN_bedrijf IBAN_geweigerd kaart_geweigerd vervaldatum bedrag",
}
KEPT_LABELS = {
    lang: dict(zip(_KEPT["en"].split(), text.split(), strict=True)) for lang, text in _KEPT.items()
}
ROLE_MAILBOXES = (
    "info",
    "support",
    "admissions",
    "claims",
    "noreply",
    "secretariaat",
    "kundenservice",
    "accueil",
    "atencion",
)

_SETTING_NUMBERS = {
    "hospital_lab": (("SAMPLE_NO", "LAB-{y}-{n6}"), ("ICD_CODE", "{L}{n2}.{n1}")),
    "residence_permit": (("CASE_NO", "{y}/{n5}-{L}"), ("FORM_CODE", "Form {L}{n1}")),
    "university_admissions": (
        ("APPLICATION_NO", "APP-{y}-{n5}"),
        ("COURSE_CODE", "{L}{L}{L}-{n4}"),
    ),
    "marketplace_dispute": (("LISTING_ID", "{n10}"), ("ORDER_NO", "{n3}-{n7}-{n7}")),
    "mortgage_estate": (("LOAN_NO", "HYP-{n8}"), ("LISTING_ID", "OBJ-{n5}")),
    "car_insurance": (("CLAIM_NO", "CLM{y}{n6}"), ("POLICY_NO", "POL-{n3} {n3} {n4}")),
    "genealogy": (("ARCHIVE_REF", "fol. {n2}r, no. {n3}"), ("RECORD_REF", "{L}{L}-{n4}-{n2}")),
    "church_volunteer": (("EVENT_REF", "EV-{n4}"), ("ROOM_NO", "{L}{n3}")),
    "vet_clinic": (("VACCINE_LOT", "Lot {L}{n5}{L}"), ("INVOICE_NO", "VET-{n6}")),
    "gym": (("CONTRACT_NO", "MB-{n7}"), ("CLASS_CODE", "{L}{L}{n2}")),
    "elder_care": (("ROOM_NO", "{n3}{L}"), ("INVOICE_NO", "{y}-{n5}")),
}


def _fill(rng: random.Random, pattern: str) -> str:
    """Expand {nK} (K digits), {L} (a capital) and {y} (a recent year) in a number pattern."""
    out = pattern.replace("{y}", str(rng.randint(2019, 2026)))
    while "{L}" in out:
        out = out.replace("{L}", rng.choice(string.ascii_uppercase), 1)
    for k in range(10, 0, -1):
        while f"{{n{k}}}" in out:
            out = out.replace(f"{{n{k}}}", "".join(rng.choice(string.digits) for _ in range(k)), 1)
    return out


def setting_numbers(rng: random.Random, domain: str) -> list[tuple[str, str]]:
    """The setting's own kept numbers (kind, text), one of each."""
    return [(kind, _fill(rng, pattern)) for kind, pattern in _SETTING_NUMBERS[domain]]


def version(rng: random.Random) -> str:
    """A version string (kept)."""
    return f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"


def uuid_text(rng: random.Random) -> str:
    """A UUID-shaped request id (kept)."""
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def git_sha(rng: random.Random) -> str:
    """A short or full commit id (kept)."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 40])))


def amount(rng: random.Random, lang: str) -> str:
    """A money amount in the language's form (kept)."""
    whole, cents = rng.randint(12, 4800), rng.randint(0, 99)
    return f"€{whole}.{cents:02d}" if lang == "en" else f"{whole},{cents:02d} €"


PASSWORD_WORDS = [
    "Sommer",
    "Bailey",
    "Lisboa",
    "Feyenoord",
    "Milou",
    "Schatzi",
    "Boca",
    "Poupette",
    "Dragon",
]
