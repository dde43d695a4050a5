"""Words of PII hold-out 19: labels, requests, months, settings' nouns and chat lines per language.

Labels are what a form, a wiki page or a chat in that language calls the field; record keys in
code-like layouts are English snake case or the label made an identifier, drawn per message, as
real exports mix both.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "it", "pt", "pl")

LABELS: dict[str, dict[str, str]] = {
    "en": {"child": "Child", "name": "Name", "given": "First name", "family": "Surname", "dob": "Date of birth", "street": "Address", "town": "Postcode and town", "phone": "Phone", "email": "Email", "id": "ID number", "iban": "IBAN", "card": "Card number", "contact": "Emergency contact", "cphone": "Contact phone", "staff": "Handled by", "company": "Company", "vat": "VAT number", "hotline": "Helpline", "support": "Support mailbox", "date": "Appointment", "ref": "Reference", "note": "Note", "created": "Created"},
    "de": {"child": "Kind", "name": "Name", "given": "Vorname", "family": "Nachname", "dob": "Geburtsdatum", "street": "Straße", "town": "PLZ/Ort", "phone": "Telefon", "email": "E-Mail", "id": "Ausweisnummer", "iban": "IBAN", "card": "Kartennummer", "contact": "Notfallkontakt", "cphone": "Telefon Kontakt", "staff": "Bearbeitet von", "company": "Firma", "vat": "USt-IdNr.", "hotline": "Service-Hotline", "support": "Service-Postfach", "date": "Termin", "ref": "Aktenzeichen", "note": "Notiz", "created": "Erstellt"},
    "fr": {"child": "Enfant", "name": "Nom", "given": "Prénom", "family": "Nom de famille", "dob": "Date de naissance", "street": "Adresse", "town": "Code postal et ville", "phone": "Téléphone", "email": "Courriel", "id": "Numéro d'identification", "iban": "IBAN", "card": "Numéro de carte", "contact": "Personne à prévenir", "cphone": "Tél. contact", "staff": "Dossier suivi par", "company": "Société", "vat": "N° TVA", "hotline": "Service client", "support": "Adresse du service", "date": "Rendez-vous", "ref": "Référence", "note": "Remarque", "created": "Créé le"},
    "es": {"child": "Hijo/a", "name": "Nombre", "given": "Nombre", "family": "Apellidos", "dob": "Fecha de nacimiento", "street": "Domicilio", "town": "CP y localidad", "phone": "Teléfono", "email": "Correo", "id": "Documento", "iban": "IBAN", "card": "Tarjeta", "contact": "Contacto de emergencia", "cphone": "Tel. contacto", "staff": "Atendido por", "company": "Empresa", "vat": "NIF/RUT empresa", "hotline": "Línea de atención", "support": "Buzón de atención", "date": "Cita", "ref": "Referencia", "note": "Nota", "created": "Creado"},
    "it": {"child": "Bambino/a", "name": "Nome e cognome", "given": "Nome", "family": "Cognome", "dob": "Data di nascita", "street": "Indirizzo", "town": "CAP e città", "phone": "Telefono", "email": "E-mail", "id": "Codice identificativo", "iban": "IBAN", "card": "Numero carta", "contact": "Contatto di emergenza", "cphone": "Tel. contatto", "staff": "Pratica seguita da", "company": "Ragione sociale", "vat": "Partita IVA", "hotline": "Numero verde", "support": "Casella assistenza", "date": "Appuntamento", "ref": "Riferimento", "note": "Nota", "created": "Creato il"},
    "pt": {"child": "Criança", "name": "Nome", "given": "Nome próprio", "family": "Apelido", "dob": "Data de nascimento", "street": "Morada", "town": "Código postal e localidade", "phone": "Telefone", "email": "E-mail", "id": "N.º de identificação", "iban": "IBAN", "card": "Cartão", "contact": "Contacto de emergência", "cphone": "Tel. contacto", "staff": "Atendido por", "company": "Empresa", "vat": "NIPC/CNPJ", "hotline": "Linha de apoio", "support": "Apoio ao cliente", "date": "Marcação", "ref": "Referência", "note": "Observação", "created": "Criado em"},
    "pl": {"child": "Dziecko", "name": "Imię i nazwisko", "given": "Imię", "family": "Nazwisko", "dob": "Data urodzenia", "street": "Adres", "town": "Kod pocztowy i miejscowość", "phone": "Telefon", "email": "E-mail", "id": "Numer identyfikacyjny", "iban": "IBAN", "card": "Numer karty", "contact": "Osoba do kontaktu", "cphone": "Tel. kontaktowy", "staff": "Prowadzący", "company": "Firma", "vat": "NIP", "hotline": "Infolinia", "support": "Skrzynka obsługi", "date": "Termin", "ref": "Sygnatura", "note": "Uwagi", "created": "Utworzono"},
}  # fmt: skip

REQUESTS: dict[str, tuple[str, ...]] = {
    "en": ("Can you check this for mistakes before I send it on?", "Please turn this into a short summary for the team.", "Why does the import reject this one? Pasting the record:", "Could you translate the notes into plain English?"),
    "de": ("Kannst du das vor dem Weiterleiten auf Fehler prüfen?", "Bitte fasse das kurz fürs Team zusammen.", "Warum lehnt der Import diesen Datensatz ab? Hier der Auszug:", "Kannst du mir daraus eine saubere Tabelle machen?"),
    "fr": ("Tu peux vérifier s'il y a des erreurs avant que je transmette ?", "Merci de résumer ceci pour l'équipe.", "Pourquoi l'import refuse cette fiche ? Je colle l'extrait :", "Peux-tu en faire un tableau propre ?"),
    "es": ("¿Puedes revisar si hay errores antes de reenviarlo?", "Resúmelo en pocas líneas para el equipo, por favor.", "¿Por qué la importación rechaza este registro? Pego el extracto:", "¿Me lo pasas a una tabla limpia?"),
    "it": ("Puoi controllare se ci sono errori prima che lo inoltri?", "Riassumi questo per il team, per favore.", "Perché l'importazione scarta questo record? Incollo l'estratto:", "Me lo trasformi in una tabella ordinata?"),
    "pt": ("Podes ver se há erros antes de eu reencaminhar?", "Faz um resumo curto disto para a equipa, por favor.", "Porque é que a importação rejeita este registo? Colo o excerto:", "Consegues pôr isto numa tabela limpa?"),
    "pl": ("Możesz sprawdzić, czy nie ma błędów, zanim to prześlę dalej?", "Streść to krótko dla zespołu, proszę.", "Dlaczego import odrzuca ten rekord? Wklejam fragment:", "Zrobisz z tego porządną tabelę?"),
}  # fmt: skip

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"),
}  # fmt: skip

# Settings: the business noun per language (a company's name is brand + noun + legal form).
SETTINGS: dict[str, dict[str, str]] = {
    "freight_forwarding": {"en": "Freight", "de": "Spedition", "fr": "Transports", "es": "Transitarios", "it": "Spedizioni", "pt": "Transitários", "pl": "Spedycja"},
    "relocation_movers": {"en": "Removals", "de": "Umzüge", "fr": "Déménagements", "es": "Mudanzas", "it": "Traslochi", "pt": "Mudanças", "pl": "Przeprowadzki"},
    "dental_practice": {"en": "Dental Care", "de": "Zahnzentrum", "fr": "Cabinet Dentaire", "es": "Clínica Dental", "it": "Studio Dentistico", "pt": "Clínica Dentária", "pl": "Stomatologia"},
    "blood_donation": {"en": "Blood Service", "de": "Blutspendedienst", "fr": "Don du Sang", "es": "Banco de Sangre", "it": "Centro Trasfusionale", "pt": "Dádiva de Sangue", "pl": "Centrum Krwiodawstwa"},
    "kindergarten": {"en": "Early Learning", "de": "Kita", "fr": "Crèche", "es": "Escuela Infantil", "it": "Asilo Nido", "pt": "Creche", "pl": "Przedszkole"},
    "driving_school": {"en": "Driving School", "de": "Fahrschule", "fr": "Auto-École", "es": "Autoescuela", "it": "Autoscuola", "pt": "Escola de Condução", "pl": "Szkoła Jazdy"},
    "coworking_access": {"en": "Workspace", "de": "Coworking", "fr": "Coworking", "es": "Coworking", "it": "Coworking", "pt": "Cowork", "pl": "Coworking"},
    "solar_subsidy": {"en": "Solar", "de": "Solartechnik", "fr": "Énergie Solaire", "es": "Energía Solar", "it": "Fotovoltaico", "pt": "Energia Solar", "pl": "Fotowoltaika"},
    "debt_collection": {"en": "Collections", "de": "Inkasso", "fr": "Recouvrement", "es": "Cobranza", "it": "Recupero Crediti", "pt": "Cobranças", "pl": "Windykacja"},
    "event_ticketing": {"en": "Tickets", "de": "Tickets", "fr": "Billetterie", "es": "Boletos", "it": "Biglietteria", "pt": "Bilheteira", "pl": "Bilety"},
    "pension_fund": {"en": "Pension Trustees", "de": "Pensionskasse", "fr": "Caisse de Retraite", "es": "Fondo de Pensiones", "it": "Fondo Pensione", "pt": "Fundo de Pensões", "pl": "Fundusz Emerytalny"},
    "charity_donors": {"en": "Foundation", "de": "Stiftung", "fr": "Fondation", "es": "Fundación", "it": "Fondazione", "pt": "Fundação", "pl": "Fundacja"},
    "payroll_bureau": {"en": "Payroll Services", "de": "Lohnbüro", "fr": "Paie Services", "es": "Nóminas", "it": "Paghe e Contributi", "pt": "Processamento Salarial", "pl": "Biuro Płacowe"},
}  # fmt: skip

BRANDS = (
    "Meridian",
    "Nordlicht",
    "Alba",
    "Solaris",
    "Horizonte",
    "Brightwater",
    "Castellan",
    "Vega",
    "Aurora",
    "Kestrel",
    "Lumen",
    "Orion",
)

LEGAL = {
    "GB": "Ltd", "IE": "DAC", "US": "Inc.", "AU": "Pty Ltd", "NZ": "Ltd", "ZA": "(Pty) Ltd", "DE": "GmbH", "AT": "GmbH", "CH": "AG",
    "FR": "SAS", "BE": "SRL", "LU": "S.A.", "ES": "S.L.", "MX": "S.A. de C.V.", "AR": "S.R.L.", "CL": "SpA", "CO": "S.A.S.",
    "IT": "S.r.l.", "PT": "Lda.", "BR": "Ltda.", "PL": "Sp. z o.o.",
}  # fmt: skip

# Who the record is about, per setting (English; record keys and section names).
SUBJECT = {
    "freight_forwarding": "consignee", "relocation_movers": "customer", "dental_practice": "patient",
    "blood_donation": "donor", "kindergarten": "parent", "driving_school": "learner",
    "coworking_access": "member", "solar_subsidy": "applicant", "debt_collection": "debtor",
    "event_ticketing": "buyer", "pension_fund": "beneficiary", "charity_donors": "donor",
    "payroll_bureau": "employee",
}  # fmt: skip

# Chat lines for the messenger copy: (speaker, text with {slots}); 0 = the person, 1 = the staff.
CHAT: dict[str, tuple[tuple[int, str], ...]] = {
    "en": ((0, "Hi, it's {subject} about {ref}"), (1, "Hello! Can you confirm your date of birth and address?"), (0, "{dob}, {street}, {town}"), (1, "Thanks. Best number and email to reach you?"), (0, "{phone} or {email}"), (0, "my {idlabel} is {id} if you need it"), (0, "for the payment use {pay}"), (1, "Noted. If I can't reach you, who should I call?"), (0, "{contact}, {cphone}"), (1, "All set for {date}. Our helpline is {hotline} if anything changes.")),
    "de": ((0, "Hallo, hier ist {subject} wegen {ref}"), (1, "Guten Tag! Können Sie mir Geburtsdatum und Adresse bestätigen?"), (0, "{dob}, {street}, {town}"), (1, "Danke. Unter welcher Nummer und Mail erreiche ich Sie?"), (0, "{phone} oder {email}"), (0, "meine {idlabel} ist {id}, falls nötig"), (0, "Zahlung bitte über {pay}"), (1, "Notiert. Wen soll ich anrufen, falls ich Sie nicht erreiche?"), (0, "{contact}, {cphone}"), (1, "Alles eingetragen für {date}. Bei Änderungen: Hotline {hotline}.")),
    "fr": ((0, "Bonjour, c'est {subject} pour {ref}"), (1, "Bonjour ! Pouvez-vous confirmer votre date de naissance et votre adresse ?"), (0, "{dob}, {street}, {town}"), (1, "Merci. Quel numéro et quel courriel pour vous joindre ?"), (0, "{phone} ou {email}"), (0, "mon {idlabel} : {id} si besoin"), (0, "pour le paiement : {pay}"), (1, "C'est noté. Qui appeler si je ne vous joins pas ?"), (0, "{contact}, {cphone}"), (1, "C'est calé pour le {date}. Service client : {hotline}.")),
    "es": ((0, "Hola, soy {subject}, por lo de {ref}"), (1, "¡Hola! ¿Me confirma su fecha de nacimiento y domicilio?"), (0, "{dob}, {street}, {town}"), (1, "Gracias. ¿Un teléfono y un correo de contacto?"), (0, "{phone} o {email}"), (0, "mi {idlabel} es {id} por si lo necesitan"), (0, "para el pago usen {pay}"), (1, "Anotado. ¿A quién llamo si no le localizo?"), (0, "{contact}, {cphone}"), (1, "Queda para el {date}. Línea de atención: {hotline}.")),
    "it": ((0, "Buongiorno, sono {subject} per {ref}"), (1, "Buongiorno! Mi conferma data di nascita e indirizzo?"), (0, "{dob}, {street}, {town}"), (1, "Grazie. Un numero e una mail per contattarla?"), (0, "{phone} oppure {email}"), (0, "il mio {idlabel} è {id} se serve"), (0, "per il pagamento usate {pay}"), (1, "Segnato. Chi chiamo se non la trovo?"), (0, "{contact}, {cphone}"), (1, "Confermato per il {date}. Numero verde: {hotline}.")),
    "pt": ((0, "Olá, fala {subject} sobre {ref}"), (1, "Olá! Pode confirmar a data de nascimento e a morada?"), (0, "{dob}, {street}, {town}"), (1, "Obrigado. Qual o telefone e o e-mail para contacto?"), (0, "{phone} ou {email}"), (0, "o meu {idlabel} é {id} se precisarem"), (0, "para o pagamento usem {pay}"), (1, "Anotado. A quem ligo se não o encontrar?"), (0, "{contact}, {cphone}"), (1, "Fica marcado para {date}. Linha de apoio: {hotline}.")),
    "pl": ((0, "Dzień dobry, tu {subject} w sprawie {ref}"), (1, "Dzień dobry! Proszę potwierdzić datę urodzenia i adres."), (0, "{dob}, {street}, {town}"), (1, "Dziękuję. Pod jakim numerem i mailem mogę się kontaktować?"), (0, "{phone} albo {email}"), (0, "mój {idlabel}: {id}, gdyby był potrzebny"), (0, "płatność proszę z {pay}"), (1, "Zanotowane. Do kogo dzwonić, gdybym nie mógł się dodzwonić?"), (0, "{contact}, {cphone}"), (1, "Termin {date} potwierdzony. Infolinia: {hotline}.")),
}  # fmt: skip

# E-mail bodies: lines with {slots}, as a customer writes to the business.
MAIL: dict[str, tuple[str, ...]] = {
    "en": ("Dear {company} team,", "", "regarding {ref}: please update my details before {date}.", "New address: {street}, {town}", "Phone {phone}, born {dob}, {idlabel} {id}.", "Refunds to {pay}, please.", "If I'm away, {contact} ({cphone}) can sign for me.", "", "Kind regards,", "{subject}"),
    "de": ("Sehr geehrtes Team von {company},", "", "zu {ref}: bitte aktualisieren Sie meine Daten vor dem {date}.", "Neue Anschrift: {street}, {town}", "Telefon {phone}, geboren am {dob}, {idlabel} {id}.", "Erstattungen bitte auf {pay}.", "Falls ich nicht da bin, unterschreibt {contact} ({cphone}).", "", "Mit freundlichen Grüßen", "{subject}"),
    "fr": ("Madame, Monsieur,", "", "concernant {ref} : merci de mettre à jour mes coordonnées avant le {date}.", "Nouvelle adresse : {street}, {town}", "Tél. {phone}, né(e) le {dob}, {idlabel} {id}.", "Remboursements sur {pay}, s'il vous plaît.", "En mon absence, {contact} ({cphone}) peut signer.", "", "Cordialement,", "{subject}"),
    "es": ("Estimado equipo de {company}:", "", "sobre {ref}: les ruego actualicen mis datos antes del {date}.", "Nuevo domicilio: {street}, {town}", "Tel. {phone}, nacido/a el {dob}, {idlabel} {id}.", "Los reembolsos a {pay}, por favor.", "Si no estoy, firma {contact} ({cphone}).", "", "Un saludo,", "{subject}"),
    "it": ("Spett.le {company},", "", "in merito a {ref}: vi prego di aggiornare i miei dati entro il {date}.", "Nuovo indirizzo: {street}, {town}", "Tel. {phone}, nato/a il {dob}, {idlabel} {id}.", "Eventuali rimborsi su {pay}.", "Se sono assente firma {contact} ({cphone}).", "", "Cordiali saluti,", "{subject}"),
    "pt": ("Caros colegas da {company},", "", "relativamente a {ref}: peço que atualizem os meus dados antes de {date}.", "Nova morada: {street}, {town}", "Tel. {phone}, nascido/a a {dob}, {idlabel} {id}.", "Reembolsos para {pay}, por favor.", "Na minha ausência, assina {contact} ({cphone}).", "", "Cumprimentos,", "{subject}"),
    "pl": ("Szanowni Państwo z {company},", "", "w sprawie {ref}: proszę o aktualizację moich danych przed {date}.", "Nowy adres: {street}, {town}", "Tel. {phone}, ur. {dob}, {idlabel} {id}.", "Zwroty proszę na {pay}.", "Pod moją nieobecność podpisze {contact} ({cphone}).", "", "Z poważaniem", "{subject}"),
}  # fmt: skip

# A kept line about a public figure, per language: {famous} and {fdate}.
FAMOUS_LINE = {
    "en": "Reminder: the hall is named after {famous} (born {fdate}).",
    "de": "Zur Info: der Saal heißt nach {famous} (geb. {fdate}).",
    "fr": "Pour info : la salle porte le nom de {famous} (née/né le {fdate}).",
    "es": "Nota: la sala lleva el nombre de {famous} (nacida/o el {fdate}).",
    "it": "Nota: la sala è intitolata a {famous} (nata/o il {fdate}).",
    "pt": "Nota: a sala tem o nome de {famous} (nascida/o a {fdate}).",
    "pl": "Dla przypomnienia: sala nosi imię {famous} (ur. {fdate}).",
}  # fmt: skip
