"""Labels, requests, notes, date forms, settings and public figures in the five languages."""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata

LANGS = ("en", "de", "fr", "es", "nl")

# Field labels: key -> (en, de, fr, es, nl).
_LABELS = {
    "given_name": ("First name", "Vorname", "Prénom", "Nombre", "Voornaam"),
    "family_name": ("Surname", "Nachname", "Nom", "Apellidos", "Achternaam"),
    "full_name": ("Name", "Name", "Nom complet", "Nombre completo", "Naam"),
    "birth_date": (
        "Date of birth",
        "Geburtsdatum",
        "Date de naissance",
        "Fecha de nacimiento",
        "Geboortedatum",
    ),
    "street": (
        "Street address",
        "Straße und Hausnummer",
        "Adresse",
        "Dirección",
        "Straat en huisnummer",
    ),
    "postcode_town": (
        "Postcode and town",
        "PLZ und Ort",
        "Code postal et ville",
        "Código postal y ciudad",
        "Postcode en plaats",
    ),
    "address": ("Home address", "Wohnanschrift", "Adresse du domicile", "Domicilio", "Woonadres"),
    "new_address": (
        "New address",
        "Neue Anschrift",
        "Nouvelle adresse",
        "Nueva dirección",
        "Nieuw adres",
    ),
    "phone": ("Phone", "Telefon", "Téléphone", "Teléfono", "Telefoon"),
    "mobile": ("Mobile", "Handy", "Portable", "Móvil", "Mobiel"),
    "email": ("E-mail", "E-Mail", "Courriel", "Correo electrónico", "E-mail"),
    "iban": (
        "IBAN for direct debit",
        "IBAN (Lastschrift)",
        "IBAN (prélèvement)",
        "IBAN (domiciliación)",
        "IBAN (incasso)",
    ),
    "card": ("Card number", "Kartennummer", "Numéro de carte", "Número de tarjeta", "Kaartnummer"),
    "ip": ("IP address", "IP-Adresse", "Adresse IP", "Dirección IP", "IP-adres"),
    "password": ("Password", "Passwort", "Mot de passe", "Contraseña", "Wachtwoord"),
    "token": ("Access token", "Zugangstoken", "Jeton d'accès", "Token de acceso", "Toegangstoken"),
    "key": ("API key", "API-Schlüssel", "Clé API", "Clave API", "API-sleutel"),
    "notes": ("Notes", "Bemerkungen", "Remarques", "Observaciones", "Opmerkingen"),
    "created": ("Created", "Erstellt", "Créé le", "Creado", "Aangemaakt"),
    "date": ("Date", "Datum", "Date", "Fecha", "Datum"),
    "rejected": (
        "Rejected earlier",
        "Früher abgelehnt",
        "Refusé auparavant",
        "Rechazado antes",
        "Eerder geweigerd",
    ),
    "company": ("Organisation", "Einrichtung", "Organisme", "Entidad", "Organisatie"),
    "company_address": (
        "Office address",
        "Geschäftsadresse",
        "Adresse du siège",
        "Dirección de la oficina",
        "Kantooradres",
    ),
    "hotline": ("Helpline", "Servicenummer", "Numéro vert", "Línea gratuita", "Servicenummer"),
    "role_email": ("Contact", "Kontakt", "Contact", "Contacto", "Contact"),
    "company_iban": (
        "Our account",
        "Unser Konto",
        "Notre compte",
        "Nuestra cuenta",
        "Onze rekening",
    ),
    "signup_ip": ("Sign-up IP", "Anmelde-IP", "IP d'inscription", "IP de registro", "Aanmeld-IP"),
    "server_ip": ("Server", "Server", "Serveur", "Servidor", "Server"),
    "amount": ("Amount", "Betrag", "Montant", "Importe", "Bedrag"),
}
_ID_LABEL = {
    "GB": "NHS number", "IE": "PPS number", "US": "SSN", "AU": "TFN", "NZ": "IRD number",
    "CA": "NAS", "DE": "Steuer-ID", "AT": "SV-Nummer", "CH": "AHV-Nr.", "FR": "N° de sécurité sociale",
    "BE": "Numéro national", "NL": "BSN", "ES": "DNI", "MX": "CURP", "CO": "NIT", "PE": "DNI/CUI",
    "EC": "Cédula", "AR": "CUIL",
}  # fmt: skip
_ID_LABEL_BE_NL = "Rijksregisternummer"


def label(key: str, lang: str) -> str:
    return _LABELS[key][LANGS.index(lang)]


def id_label(lang: str, country: str) -> str:
    if country == "CH" and lang == "fr":
        return "N° AVS"
    if country == "CA" and lang == "en":
        return "SIN"
    return _ID_LABEL_BE_NL if (country == "BE" and lang == "nl") else _ID_LABEL[country]


def ident(s: str) -> str:
    """A label made an identifier, as spreadsheets and exports do (`fecha_de_nacimiento`)."""
    t = unicodedata.normalize("NFKD", s.lower().replace("ß", "ss"))
    t = "".join(c for c in t if c.isascii())
    out = "".join(c if c.isalnum() else "_" for c in t)
    while "__" in out:
        out = out.replace("__", "_")
    return out.strip("_")


# --- dates --------------------------------------------------------------------------------
_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
}


def date_text(
    r: random.Random, d: dt.date, lang: str, country: str, *, four_digit_year: bool = False
) -> str:
    """A date as the language writes it by hand or on a form."""
    m = _MONTHS[lang][d.month - 1]
    x = r.randrange(2 if four_digit_year else 3)
    if lang == "en":
        if country == "US":
            return [
                d.strftime("%m/%d/%Y"),
                f"{m} {d.day}, {d.year}",
                f"{d.month}/{d.day}/{d.year}",
            ][x]
        return [d.strftime("%d/%m/%Y"), f"{d.day} {m} {d.year}", f"{d.day} {m[:3]} {d.year}"][x]
    if lang == "de":
        return [
            d.strftime("%d.%m.%Y"),
            f"{d.day}. {m} {d.year}",
            f"{d.day}.{d.month}.{d.strftime('%y')}",
        ][x]
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [
            d.strftime("%d/%m/%Y"),
            f"{day} {m} {d.year}",
            d.strftime("%d.%m.%Y") if country in ("CH", "LU") else d.strftime("%d/%m/%y"),
        ][x]
    if lang == "es":
        return [d.strftime("%d/%m/%Y"), f"{d.day} de {m} de {d.year}", d.strftime("%d-%m-%Y")][x]
    return [d.strftime("%d-%m-%Y"), f"{d.day} {m} {d.year}", f"{d.day}-{d.month}-{d.year}"][x]


def iso(d: dt.date) -> str:
    return d.isoformat()


# --- requests ------------------------------------------------------------------------------
REQUESTS = {
    "en": [
        "Could you check this export before I send it to the new system?",
        "Please turn this into a short summary for the team meeting.",
        "Something in this file breaks the import. Can you spot it?",
        "Translate the field names into plain English, keep the values.",
        "Can you tidy this up? It came out of our old software like this.",
        "I need this as a table, one row per person.",
    ],
    "de": [
        "Kannst du den Export prüfen, bevor ich ihn ins neue System lade?",
        "Bitte fass das kurz für die Teambesprechung zusammen.",
        "Irgendwas in der Datei lässt den Import scheitern. Siehst du es?",
        "Mach daraus bitte eine ordentliche Tabelle.",
        "Das kam so aus der alten Software, kannst du es aufräumen?",
        "Welche Felder fehlen hier noch für den Antrag?",
    ],
    "fr": [
        "Tu peux vérifier cet export avant que je l'envoie au nouveau logiciel ?",
        "Peux-tu résumer ceci pour la réunion d'équipe ?",
        "Quelque chose dans ce fichier bloque l'import, tu vois quoi ?",
        "Mets-moi ça au propre sous forme de tableau, s'il te plaît.",
        "C'est sorti comme ça de l'ancien outil, tu peux le remettre en forme ?",
        "Quels champs manquent encore pour le dossier ?",
    ],
    "es": [
        "¿Puedes revisar esta exportación antes de subirla al sistema nuevo?",
        "Resúmeme esto para la reunión del equipo, por favor.",
        "Algo en este archivo hace fallar la importación. ¿Lo ves?",
        "Pásalo a una tabla, una fila por persona.",
        "Salió así del programa viejo, ¿me lo ordenas?",
        "¿Qué campos faltan todavía para el expediente?",
    ],
    "nl": [
        "Kun je deze export controleren voordat ik hem in het nieuwe systeem zet?",
        "Maak hier een korte samenvatting van voor het teamoverleg.",
        "Iets in dit bestand laat de import mislukken. Zie jij het?",
        "Zet dit om in een nette tabel, één rij per persoon.",
        "Dit kwam zo uit het oude pakket, kun je het opschonen?",
        "Welke velden ontbreken nog voor het dossier?",
    ],
}

# Notes written beside the record: each slot is filled with a kept value (or a span for {contact}).
NOTES = {
    "en": [
        "Rebooked for {other_date}, see ref {ref}.",
        "The old card {card_twin} was declined, new one is above.",
        "IBAN {iban_twin} bounced, typo on the paper form.",
        "Questions go to {role_email} or {hotline}.",
        "Meeting room named after {famous} (born {famous_dob}).",
        "Amount due: {amount} by {other_date}.",
        "The number {id_twin} on the first form fails the check, ignore it.",
        "Please call {contact_given} back before {other_date}.",
        "{staff_name} will bring the signed forms.",
    ],
    "de": [
        "Verschoben auf {other_date}, siehe Vorgang {ref}.",
        "Die alte Karte {card_twin} wurde abgelehnt, neue steht oben.",
        "IBAN {iban_twin} kam zurück, Zahlendreher auf dem Papierformular.",
        "Rückfragen an {role_email} oder {hotline}.",
        "Raum benannt nach {famous} (geb. {famous_dob}).",
        "Offener Betrag: {amount} bis {other_date}.",
        "Die Nummer {id_twin} vom Erstformular ist ungültig, bitte ignorieren.",
        "Bitte {contact_given} vor dem {other_date} zurückrufen.",
        "{staff_name} bringt die unterschriebenen Unterlagen mit.",
    ],
    "fr": [
        "Reporté au {other_date}, voir dossier {ref}.",
        "L'ancienne carte {card_twin} a été refusée, la nouvelle est au-dessus.",
        "L'IBAN {iban_twin} est revenu en erreur, faute de frappe sur le papier.",
        "Les questions vont à {role_email} ou au {hotline}.",
        "Salle baptisée {famous} (né(e) le {famous_dob}).",
        "Reste à payer : {amount} avant le {other_date}.",
        "Le numéro {id_twin} du premier formulaire est invalide, à ignorer.",
        "Rappeler {contact_given} avant le {other_date}.",
        "{staff_name} apporte les formulaires signés.",
    ],
    "es": [
        "Cambiado al {other_date}, ver referencia {ref}.",
        "La tarjeta anterior {card_twin} fue rechazada, la nueva está arriba.",
        "El IBAN {iban_twin} fue devuelto, error al copiar el formulario.",
        "Las dudas, a {role_email} o al {hotline}.",
        "La sala lleva el nombre de {famous} (nacido/a el {famous_dob}).",
        "Importe pendiente: {amount} antes del {other_date}.",
        "El número {id_twin} del primer formulario no es válido, no usarlo.",
        "Llamar a {contact_given} antes del {other_date}.",
        "{staff_name} trae los formularios firmados.",
    ],
    "nl": [
        "Verzet naar {other_date}, zie dossier {ref}.",
        "De oude kaart {card_twin} werd geweigerd, de nieuwe staat hierboven.",
        "IBAN {iban_twin} kwam terug, tikfout op het papieren formulier.",
        "Vragen naar {role_email} of {hotline}.",
        "Zaal vernoemd naar {famous} (geboren {famous_dob}).",
        "Openstaand bedrag: {amount} voor {other_date}.",
        "Het nummer {id_twin} op het eerste formulier klopt niet, negeren.",
        "{contact_given} terugbellen voor {other_date}.",
        "{staff_name} neemt de getekende formulieren mee.",
    ],
}

# Public figures in their public role, with their published birth dates.
FAMOUS = {
    "en": [
        ("Charles Dickens", dt.date(1812, 2, 7)),
        ("Jane Austen", dt.date(1775, 12, 16)),
        ("Ada Lovelace", dt.date(1815, 12, 10)),
        ("Ernest Rutherford", dt.date(1871, 8, 30)),
    ],
    "de": [
        ("Clara Schumann", dt.date(1819, 9, 13)),
        ("Albert Einstein", dt.date(1879, 3, 14)),
        ("Johann Wolfgang von Goethe", dt.date(1749, 8, 28)),
        ("Hedy Lamarr", dt.date(1914, 11, 9)),
    ],
    "fr": [
        ("Victor Hugo", dt.date(1802, 2, 26)),
        ("Marie Curie", dt.date(1867, 11, 7)),
        ("Claude Debussy", dt.date(1862, 8, 22)),
        ("Édith Piaf", dt.date(1915, 12, 19)),
    ],
    "es": [
        ("Federico García Lorca", dt.date(1898, 6, 5)),
        ("Frida Kahlo", dt.date(1907, 7, 6)),
        ("Gabriel García Márquez", dt.date(1927, 3, 6)),
        ("Manuel de Falla", dt.date(1876, 11, 23)),
    ],
    "nl": [
        ("Vincent van Gogh", dt.date(1853, 3, 30)),
        ("Anne Frank", dt.date(1929, 6, 12)),
        ("Johan Cruijff", dt.date(1947, 4, 25)),
        ("Annie M.G. Schmidt", dt.date(1911, 5, 20)),
    ],
}

# Settings: roles (subject, contact, staff) per language and which personal fields the subject has.
SETTINGS = {
    "daycare": {
        "roles": {
            "en": ("Child", "Parent", "Key worker"),
            "de": ("Kind", "Elternteil", "Bezugserzieherin"),
            "fr": ("Enfant", "Parent", "Éducatrice"),
            "es": ("Niño/a", "Madre/padre", "Educadora"),
            "nl": ("Kind", "Ouder", "Mentor"),
        },
        "subject": ("birth_date", "address"),
        "contact": ("phone", "email", "iban", "id"),
        "tech": False,
    },
    "driving_school": {
        "roles": {
            "en": ("Learner", "Emergency contact", "Instructor"),
            "de": ("Fahrschüler/in", "Notfallkontakt", "Fahrlehrer"),
            "fr": ("Élève", "Contact d'urgence", "Moniteur"),
            "es": ("Alumno/a", "Contacto de emergencia", "Profesor"),
            "nl": ("Leerling", "Noodcontact", "Instructeur"),
        },
        "subject": ("birth_date", "address", "phone", "email", "id", "card"),
        "contact": ("phone",),
        "tech": False,
    },
    "removals": {
        "roles": {
            "en": ("Customer", "Contact on the day", "Crew lead"),
            "de": ("Kunde", "Ansprechpartner vor Ort", "Teamleiter"),
            "fr": ("Client", "Contact sur place", "Chef d'équipe"),
            "es": ("Cliente", "Contacto el día", "Jefe de equipo"),
            "nl": ("Klant", "Contact op de dag", "Ploegleider"),
        },
        "subject": ("address", "new_address", "phone", "email", "card"),
        "contact": ("phone",),
        "tech": False,
    },
    "solar_grant": {
        "roles": {
            "en": ("Applicant", "Co-owner", "Installer"),
            "de": ("Antragsteller/in", "Miteigentümer/in", "Installateur"),
            "fr": ("Demandeur", "Copropriétaire", "Installateur"),
            "es": ("Solicitante", "Copropietario/a", "Instalador"),
            "nl": ("Aanvrager", "Mede-eigenaar", "Installateur"),
        },
        "subject": ("birth_date", "address", "id", "iban", "phone", "email", "ip"),
        "contact": ("email",),
        "tech": True,
    },
    "funeral": {
        "roles": {
            "en": ("Deceased", "Next of kin", "Funeral director"),
            "de": ("Verstorbene/r", "Angehörige/r", "Bestatter"),
            "fr": ("Défunt(e)", "Proche", "Conseiller funéraire"),
            "es": ("Difunto/a", "Familiar", "Director funerario"),
            "nl": ("Overledene", "Nabestaande", "Uitvaartleider"),
        },
        "subject": ("birth_date", "address", "id"),
        "contact": ("phone", "email", "iban", "address"),
        "tech": False,
    },
    "music_school": {
        "roles": {
            "en": ("Pupil", "Parent", "Teacher"),
            "de": ("Schüler/in", "Erziehungsberechtigte/r", "Lehrkraft"),
            "fr": ("Élève", "Responsable légal", "Professeur"),
            "es": ("Alumno/a", "Tutor/a", "Profesor/a"),
            "nl": ("Leerling", "Ouder", "Docent"),
        },
        "subject": ("birth_date",),
        "contact": ("phone", "email", "iban", "address"),
        "tech": False,
    },
    "library": {
        "roles": {
            "en": ("Member", "Guarantor", "Librarian"),
            "de": ("Leser/in", "Bürge", "Bibliothekarin"),
            "fr": ("Lecteur", "Garant", "Bibliothécaire"),
            "es": ("Socio/a", "Avalista", "Bibliotecaria"),
            "nl": ("Lid", "Borg", "Bibliothecaris"),
        },
        "subject": ("birth_date", "address", "email", "phone", "password", "ip"),
        "contact": ("phone",),
        "tech": True,
    },
    "blood_donation": {
        "roles": {
            "en": ("Donor", "GP", "Nurse"),
            "de": ("Spender/in", "Hausarzt", "Pflegekraft"),
            "fr": ("Donneur", "Médecin traitant", "Infirmière"),
            "es": ("Donante", "Médico de cabecera", "Enfermera"),
            "nl": ("Donor", "Huisarts", "Verpleegkundige"),
        },
        "subject": ("birth_date", "address", "phone", "id", "email"),
        "contact": ("phone",),
        "tech": False,
    },
    "condo": {
        "roles": {
            "en": ("Owner", "Tenant", "Property manager"),
            "de": ("Eigentümer/in", "Mieter/in", "Hausverwaltung"),
            "fr": ("Copropriétaire", "Locataire", "Syndic"),
            "es": ("Propietario/a", "Inquilino/a", "Administrador"),
            "nl": ("Eigenaar", "Huurder", "Beheerder"),
        },
        "subject": ("address", "iban", "email", "phone"),
        "contact": ("phone", "email"),
        "tech": False,
    },
    "charity": {
        "roles": {
            "en": ("Donor", "Gift aid contact", "Fundraiser"),
            "de": ("Spender/in", "Ansprechpartner", "Fundraiserin"),
            "fr": ("Donateur", "Contact", "Chargée de collecte"),
            "es": ("Donante", "Contacto", "Captadora"),
            "nl": ("Donateur", "Contactpersoon", "Fondsenwerver"),
        },
        "subject": ("birth_date", "address", "email", "iban", "card", "id"),
        "contact": ("email",),
        "tech": False,
    },
    "bike_sharing": {
        "roles": {
            "en": ("Rider", "Referrer", "Support agent"),
            "de": ("Nutzer/in", "Geworben von", "Support"),
            "fr": ("Usager", "Parrain", "Conseiller"),
            "es": ("Usuario/a", "Referido por", "Agente"),
            "nl": ("Gebruiker", "Aangebracht door", "Medewerker"),
        },
        "subject": ("birth_date", "email", "phone", "card", "ip", "secret"),
        "contact": ("email",),
        "tech": True,
    },
    "research_panel": {
        "roles": {
            "en": ("Panellist", "Household member", "Panel manager"),
            "de": ("Teilnehmer/in", "Haushaltsmitglied", "Panelbetreuung"),
            "fr": ("Panéliste", "Membre du foyer", "Responsable panel"),
            "es": ("Panelista", "Miembro del hogar", "Gestora del panel"),
            "nl": ("Panellid", "Gezinslid", "Panelbeheerder"),
        },
        "subject": ("birth_date", "address", "email", "phone", "ip", "iban", "password"),
        "contact": ("birth_date",),
        "tech": True,
    },
}

# Company names per setting and language: `{s}` is a family name (person-like brands kept as COMPANY).
COMPANY_NAMES = {
    "daycare": {
        "en": ["Little Acorns Nursery", "{s} Day Nursery"],
        "de": ["Kita Sonnenblume", "Kinderhaus {s}"],
        "fr": ["Crèche Les Petits Loups", "Micro-crèche {s}"],
        "es": ["Escuela Infantil Los Girasoles", "Guardería {s}"],
        "nl": ["Kinderopvang De Boomhut", "Kinderdagverblijf {s}"],
    },
    "driving_school": {
        "en": ["{s} School of Motoring", "RoadReady Driving"],
        "de": ["Fahrschule {s}", "Fahrschule Grünes Licht"],
        "fr": ["Auto-école {s}", "Auto-école du Centre"],
        "es": ["Autoescuela {s}", "Autoescuela Semáforo"],
        "nl": ["Rijschool {s}", "Rijschool De Rotonde"],
    },
    "removals": {
        "en": ["{s} & Sons Removals", "Swift Move Ltd"],
        "de": ["Umzüge {s}", "Zügelfix"],
        "fr": ["Déménagements {s}", "Cartons & Co"],
        "es": ["Mudanzas {s}", "Mudanzas Rápidas"],
        "nl": ["Verhuisbedrijf {s}", "Verhuizers Op Tijd"],
    },
    "solar_grant": {
        "en": ["Sunward Energy", "{s} Solar"],
        "de": ["Solartechnik {s}", "Sonnenstrom Süd"],
        "fr": ["Soleil Énergie", "{s} Photovoltaïque"],
        "es": ["Energía Solar del Sur", "Instalaciones {s}"],
        "nl": ["Zonnepanelen {s}", "ZonOpDak"],
    },
    "funeral": {
        "en": ["{s} Funeral Directors", "Evergreen Funerals"],
        "de": ["Bestattungshaus {s}", "Pietät Lindenhof"],
        "fr": ["Pompes funèbres {s}", "Funérarium du Parc"],
        "es": ["Funeraria {s}", "Tanatorio La Paz"],
        "nl": ["Uitvaartzorg {s}", "Uitvaartcentrum De Linde"],
    },
    "music_school": {
        "en": ["{s} Academy of Music", "Riverside Music School"],
        "de": ["Musikschule {s}", "Städtische Musikschule"],
        "fr": ["Conservatoire {s}", "École de musique La Clé"],
        "es": ["Conservatorio {s}", "Escuela de Música Allegro"],
        "nl": ["Muziekschool {s}", "Muziekschool De Toonladder"],
    },
    "library": {
        "en": ["Central Library", "{s} Memorial Library"],
        "de": ["Stadtbibliothek", "Bücherei {s}"],
        "fr": ["Médiathèque municipale", "Bibliothèque {s}"],
        "es": ["Biblioteca Pública Municipal", "Biblioteca {s}"],
        "nl": ["Openbare Bibliotheek", "Bibliotheek {s}"],
    },
    "blood_donation": {
        "en": ["Regional Blood Service", "{s} Donor Centre"],
        "de": ["Blutspendedienst Nord", "Blutspendezentrum {s}"],
        "fr": ["Centre de don du sang", "Maison du don {s}"],
        "es": ["Centro de Transfusión", "Banco de Sangre {s}"],
        "nl": ["Bloedbank Regio Midden", "Donorcentrum {s}"],
    },
    "condo": {
        "en": ["{s} Property Management", "Harbourside Owners' Association"],
        "de": ["Hausverwaltung {s}", "WEG Parkblick"],
        "fr": ["Syndic {s}", "Copropriété Les Tilleuls"],
        "es": ["Administración de Fincas {s}", "Comunidad de Propietarios Mirador"],
        "nl": ["VvE Parkzicht", "Beheer {s}"],
    },
    "charity": {
        "en": ["Hearth & Home Trust", "{s} Foundation"],
        "de": ["Stiftung {s}", "Hilfswerk Brückenbau"],
        "fr": ["Fondation {s}", "Solidarité Partage"],
        "es": ["Fundación {s}", "Asociación Manos Unidas del Barrio"],
        "nl": ["Stichting {s}", "Stichting Samen Sterk"],
    },
    "bike_sharing": {
        "en": ["PedalPoint", "CycleHop"],
        "de": ["RadRunde", "Velotaxi {s}"],
        "fr": ["Vélo'Cité", "RoueLibre"],
        "es": ["BiciYa", "Pedalea"],
        "nl": ["FietsFlits", "Trappers"],
    },
    "research_panel": {
        "en": ["OpinionWorks Panel", "{s} Research"],
        "de": ["Meinungsbild Panel", "Institut {s}"],
        "fr": ["PanelVoix", "Études {s}"],
        "es": ["Panel Opina", "Estudios {s}"],
        "nl": ["PanelStem", "Onderzoeksbureau {s}"],
    },
}
ROLE_LOCALS = {
    "en": ["info", "enquiries", "office", "support"],
    "de": ["info", "kontakt", "verwaltung", "service"],
    "fr": ["contact", "accueil", "secretariat", "service.client"],
    "es": ["info", "contacto", "administracion", "atencion"],
    "nl": ["info", "klantenservice", "administratie", "contact"],
}

AMOUNT_FORM = {"en": "{c}{v}", "de": "{v} {c}", "fr": "{v} {c}", "es": "{v} {c}", "nl": "{c} {v}"}
CURRENCY = {
    "GB": "£",
    "IE": "€",
    "US": "$",
    "AU": "A$",
    "NZ": "NZ$",
    "DE": "€",
    "AT": "€",
    "CH": "CHF",
    "LI": "CHF",
    "FR": "€",
    "BE": "€",
    "LU": "€",
    "CA": "$",
    "ES": "€",
    "MX": "MXN",
    "CO": "COP",
    "PE": "S/",
    "EC": "USD",
    "AR": "ARS",
    "NL": "€",
}


def amount(r: random.Random, lang: str, country: str) -> str:
    v = r.randint(5, 4800) + r.randint(0, 99) / 100
    if lang in ("en",) or country in ("MX", "PE", "EC"):
        s = f"{v:,.2f}"
    else:
        s = (
            f"{v:,.2f}".replace(",", " ")
            .replace(".", ",")
            .replace(" ", "." if lang != "fr" else "\u202f")
        )
    return AMOUNT_FORM[lang].format(c=CURRENCY[country], v=s)


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _isbn13(r: random.Random) -> str:
    body = "978" + r.choice(["0", "1", "3", "2", "84", "90"]) + _d(r, 8)
    body = body[:12]
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{(10 - s % 10) % 10}"


def setting_refs(r: random.Random, setting: str, year: int) -> list[tuple[str, str, str]]:
    """The setting's own numbers: (key, KIND, value); all kept."""
    u = string.ascii_uppercase
    if setting == "daycare":
        return [
            ("enrolment_no", "ENROLMENT_NO", f"KT-{year}-{_d(r, 4)}"),
            ("group", "ROOM_NO", f"G{r.randint(1, 6)}.{_d(r, 2)}"),
        ]
    if setting == "driving_school":
        return [
            ("lesson_no", "LESSON_NO", f"{_d(r, 2)} {_d(r, 4)} {_d(r, 3)}"),
            ("exam_no", "EXAM_NO", f"PR {year}/{_d(r, 3)} {_d(r, 3)}"),
        ]
    if setting == "removals":
        return [
            ("quote_no", "QUOTE_NO", f"Q-{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"),
            ("volume", "AMOUNT", f"{r.randint(8, 60)} m³"),
        ]
    if setting == "solar_grant":
        return [
            ("grant_ref", "GRANT_REF", f"GR/{year}/{_d(r, 7)}"),
            ("meter_no", "METER_NO", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"),
            ("serial_no", "SERIAL_NO", f"{_d(r, 2)}{r.choice(u)}{_d(r, 1)}-{_d(r, 4)}-{_d(r, 4)}"),
        ]
    if setting == "funeral":
        return [
            ("file_ref", "FILE_REF", f"{r.choice(u)}{r.choice(u)}-{year}/{_d(r, 5)}"),
            ("plot_no", "PLOT_NO", f"{r.choice('ABCDEF')}-{r.randint(1, 40):02d}-{_d(r, 4)}"),
        ]
    if setting == "music_school":
        return [
            (
                "course_code",
                "COURSE_CODE",
                f"{r.choice(['VIO', 'PNO', 'GTR', 'FLT', 'CEL'])}-{r.choice(['A', 'B', 'C'])}{r.randint(1, 3)}-{_d(r, 2)}",
            ),
            ("instrument_no", "SERIAL_NO", f"No. {_d(r, 4)}-{_d(r, 2)}-{_d(r, 2)}"),
        ]
    if setting == "library":
        return [
            ("member_no", "MEMBER_NO", f"{_d(r, 1)} {_d(r, 4)} {_d(r, 5)} {_d(r, 4)}"),
            ("isbn", "ISBN", _isbn13(r)),
        ]
    if setting == "blood_donation":
        return [
            ("donation_no", "DONATION_NO", f"{r.choice(u)}{_d(r, 4)} {str(year)[2:]} {_d(r, 6)}"),
            ("haemoglobin", "MEASUREMENT", f"{r.randint(120, 165) / 10} g/dL"),
        ]
    if setting == "condo":
        return [
            ("unit_no", "UNIT_NO", f"{r.choice(['W', 'L', 'B'])}{r.randint(1, 40):02d}"),
            ("share", "SHARE", f"{r.randint(20, 180)}/1000"),
        ]
    if setting == "charity":
        return [
            ("donor_no", "DONOR_NO", f"D-{_d(r, 8)}"),
            ("receipt_no", "RECEIPT_NO", f"{year}-RC-{_d(r, 3)} {_d(r, 3)}"),
            ("charity_reg", "REG_NO", _d(r, 7)),
        ]
    if setting == "bike_sharing":
        return [
            ("bike_id", "BIKE_ID", f"BK {_d(r, 3)} {_d(r, 3)}"),
            ("last_position", "COORDINATES", f"{r.uniform(-40, 55):.5f}, {r.uniform(-80, 20):.5f}"),
            (
                "app_version",
                "VERSION",
                f"{r.randint(2, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}.{r.randint(100, 999)}",
            ),
        ]
    if setting == "research_panel":
        return [
            ("panel_id", "PANEL_ID", f"P-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}"),
            ("survey_id", "SURVEY_ID", f"SV{str(year)[2:]}-{_d(r, 4)}"),
        ]
    raise ValueError(setting)


PASSWORD_WORDS = [
    "sunflower",
    "tulpe",
    "mariposa",
    "fiets",
    "soleil",
    "kangaroo",
    "bergsee",
    "limonada",
    "zeilboot",
    "chocolat",
]
