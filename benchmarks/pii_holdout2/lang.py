"""What differs between the five languages: locales, months, street conventions, titles, field
labels, greetings and sign-offs. Written from how these are used, not from any rule set."""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "nl")

LOCALES = {
    "en": ["en_US", "en_GB"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR"],
    "es": ["es_ES"],
    "nl": ["nl_NL", "nl_BE"],
}
# phone region and IBAN country that go with a locale
REGION = {
    "en_US": ("US", "GB"),
    "en_GB": ("GB", "GB"),
    "de_DE": ("DE", "DE"),
    "de_AT": ("AT", "AT"),
    "de_CH": ("CH", "CH"),
    "fr_FR": ("FR", "FR"),
    "es_ES": ("ES", "ES"),
    "nl_NL": ("NL", "NL"),
    "nl_BE": ("BE", "BE"),
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}

# date formats: %d %m %Y are zero-padded, %e %n unpadded day/month, %B month name, %b short
DATE_FORMATS = {
    "en_US": ["%m/%d/%Y", "%B %e, %Y", "%Y-%m-%d", "%n/%e/%Y", "%b %e, %Y"],
    "en_GB": ["%d/%m/%Y", "%e %B %Y", "%Y-%m-%d", "%e %b %Y", "%d.%m.%Y"],
    "de": ["%d.%m.%Y", "%e.%n.%Y", "%e. %B %Y", "%Y-%m-%d", "%d.%m.%Y"],
    "fr": ["%d/%m/%Y", "%e %B %Y", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"],
    "es": ["%d/%m/%Y", "%e de %B de %Y", "%d-%m-%Y", "%e/%n/%Y", "%d/%m/%Y"],
    "nl": ["%d-%m-%Y", "%e %B %Y", "%e-%n-%Y", "%d/%m/%Y", "%d-%m-%Y"],
}

TITLES = {  # (for women, for men)
    "en": (["Dr.", "Mrs", "Ms", "Ms.", "Mrs.", "Prof."], ["Dr.", "Mr", "Mr.", "Prof."]),
    "de": (["Frau", "Frau Dr.", "Dr.", "Prof. Dr."], ["Herr", "Herrn", "Dr.", "Herr Dr."]),
    "fr": (["Mme", "Madame", "Dr", "Me"], ["M.", "Monsieur", "Dr", "Me"]),
    "es": (["Sra.", "Dña.", "Dra.", "Doña"], ["Sr.", "D.", "Dr.", "Don"]),
    "nl": (["mevr.", "mevrouw", "mw.", "Dr."], ["dhr.", "de heer", "Dr.", "meneer"]),
}

GREET = {
    "en": [
        "Hi {FIRST},",
        "Hello {NAME},",
        "Dear {TNAME},",
        "Hey {FIRST}!",
        "Good morning {FIRST},",
    ],
    "de": [
        "Hallo {FIRST},",
        "Sehr geehrte(r) {TNAME},",
        "Liebe(r) {FIRST},",
        "Guten Tag {TNAME},",
        "Moin {FIRST},",
    ],
    "fr": [
        "Bonjour {FIRST},",
        "Bonjour {TNAME},",
        "Cher {FIRST},",
        "Chère {TNAME},",
        "Salut {FIRST} !",
    ],
    "es": [
        "Hola {FIRST}:",
        "Estimado/a {TNAME}:",
        "Buenos días {FIRST},",
        "Hola {NAME},",
        "Querida {FIRST}:",
    ],
    "nl": [
        "Hoi {FIRST},",
        "Beste {FIRST},",
        "Geachte {TNAME},",
        "Goedemiddag {TNAME},",
        "Hallo {NAME},",
    ],
}
SIGNOFF = {
    "en": ["Best,", "Thanks,", "Kind regards,", "Cheers,", "Many thanks,", "Regards,"],
    "de": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG", "Danke und Gruß"],
    "fr": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,", "Amicalement,"],
    "es": ["Un saludo,", "Saludos cordiales,", "Gracias,", "Atentamente,", "Un abrazo,"],
    "nl": ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt,", "Hartelijke groet,"],
}

# labels a person would type in a form or a note, per field
LABELS: dict[str, dict[str, list[str]]] = {
    "NAME": {
        "en": ["Name", "Full name", "Customer", "Contact", "Patient", "Account holder"],
        "de": ["Name", "Vor- und Nachname", "Kunde", "Ansprechpartner", "Kontoinhaber"],
        "fr": ["Nom", "Nom complet", "Client", "Contact", "Titulaire"],
        "es": ["Nombre", "Nombre completo", "Cliente", "Contacto", "Titular"],
        "nl": ["Naam", "Volledige naam", "Klant", "Contactpersoon", "Rekeninghouder"],
    },
    "EMAIL": {
        "en": ["Email", "E-mail", "Email address", "Contact email"],
        "de": ["E-Mail", "E-Mail-Adresse", "Mail"],
        "fr": ["E-mail", "Courriel", "Adresse e-mail", "Mail"],
        "es": ["Correo", "Correo electrónico", "Email", "E-mail"],
        "nl": ["E-mail", "E-mailadres", "Mail"],
    },
    "PHONE": {
        "en": ["Phone", "Mobile", "Tel", "Phone number", "Cell"],
        "de": ["Telefon", "Tel.", "Mobil", "Handy", "Telefonnummer"],
        "fr": ["Tél.", "Téléphone", "Portable", "Mobile", "Tel"],
        "es": ["Teléfono", "Tel.", "Móvil", "Tlf."],
        "nl": ["Telefoon", "Tel.", "Mobiel", "Telefoonnummer", "GSM"],
    },
    "ADDR": {
        "en": ["Address", "Street", "Street address", "Shipping address"],
        "de": ["Adresse", "Anschrift", "Straße", "Lieferadresse"],
        "fr": ["Adresse", "Adresse postale", "Adresse de livraison"],
        "es": ["Dirección", "Domicilio", "Dirección de envío"],
        "nl": ["Adres", "Straat", "Afleveradres", "Woonadres"],
    },
    "DOB": {
        "en": ["Date of birth", "DOB", "D.O.B.", "Birth date", "Born"],
        "de": ["Geburtsdatum", "Geb.-Datum", "geb.", "Geboren am"],
        "fr": ["Date de naissance", "Né(e) le", "Naissance", "Date de naiss."],
        "es": ["Fecha de nacimiento", "F. nacimiento", "Nacido/a el", "Fecha nac."],
        "nl": ["Geboortedatum", "Geb. datum", "Geboren op", "Geb."],
    },
    "NID": {
        "en": ["SSN", "Social Security No.", "NI number", "National Insurance number"],
        "de": ["Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr", "Steuer-IdNr."],
        "fr": ["N° de sécurité sociale", "NIR", "Numéro de sécu", "N° SS"],
        "es": ["DNI", "NIE", "DNI/NIE", "Documento"],
        "nl": ["BSN", "Burgerservicenummer", "Sofinummer"],
    },
    "IBAN": {
        "en": ["IBAN", "Bank account (IBAN)", "Account"],
        "de": ["IBAN", "Bankverbindung", "Konto (IBAN)"],
        "fr": ["IBAN", "RIB / IBAN", "Coordonnées bancaires"],
        "es": ["IBAN", "Cuenta bancaria", "Nº de cuenta"],
        "nl": ["IBAN", "Rekeningnummer", "Bankrekening"],
    },
    "CARD": {
        "en": ["Card number", "Credit card", "Card", "CC"],
        "de": ["Kartennummer", "Kreditkarte", "Karte"],
        "fr": ["Numéro de carte", "Carte bancaire", "CB"],
        "es": ["Número de tarjeta", "Tarjeta", "Tarjeta de crédito"],
        "nl": ["Kaartnummer", "Creditcard", "Kaart"],
    },
    "IP": {
        "en": ["IP", "IP address", "Client IP", "Source IP"],
        "de": ["IP", "IP-Adresse", "Quell-IP"],
        "fr": ["IP", "Adresse IP", "IP source"],
        "es": ["IP", "Dirección IP", "IP origen"],
        "nl": ["IP", "IP-adres", "Bron-IP"],
    },
    "PASSWORD": {
        "en": ["Password", "Pwd", "Temp password"],
        "de": ["Passwort", "Kennwort", "PW"],
        "fr": ["Mot de passe", "MDP", "Mdp"],
        "es": ["Contraseña", "Clave", "Password"],
        "nl": ["Wachtwoord", "Password", "WW"],
    },
    "APIKEY": {
        "en": ["API key", "Token", "Access key"],
        "de": ["API-Schlüssel", "API-Key", "Token"],
        "fr": ["Clé API", "Jeton", "Token"],
        "es": ["Clave API", "Token", "API key"],
        "nl": ["API-sleutel", "Token", "API key"],
    },
    # look-alikes
    "ORDER": {
        "en": ["Order #", "Order number", "Order ID"],
        "de": ["Bestellnummer", "Bestell-Nr.", "Auftragsnummer"],
        "fr": ["N° de commande", "Commande", "Réf. commande"],
        "es": ["Número de pedido", "Pedido", "Nº pedido"],
        "nl": ["Bestelnummer", "Ordernummer", "Bestelling"],
    },
    "TICKET": {
        "en": ["Ticket", "Case ID", "Ref"],
        "de": ["Ticket", "Vorgangsnummer", "Aktenzeichen"],
        "fr": ["Ticket", "N° de dossier", "Référence"],
        "es": ["Incidencia", "Nº de caso", "Referencia"],
        "nl": ["Ticket", "Zaaknummer", "Kenmerk"],
    },
    "INVOICE": {
        "en": ["Invoice", "Invoice no."],
        "de": ["Rechnungsnummer", "Rechnung Nr."],
        "fr": ["Facture n°", "N° de facture"],
        "es": ["Factura nº", "Nº de factura"],
        "nl": ["Factuurnummer", "Factuur nr."],
    },
    "TRACK": {
        "en": ["Tracking", "Tracking number"],
        "de": ["Sendungsnummer", "Trackingnummer"],
        "fr": ["N° de suivi", "Suivi colis"],
        "es": ["Nº de seguimiento", "Seguimiento"],
        "nl": ["Track & trace", "Zendingnummer"],
    },
    "DATE": {
        "en": ["Appointment", "Due date", "Delivery date", "Start date"],
        "de": ["Termin", "Fällig am", "Lieferdatum", "Vertragsbeginn"],
        "fr": ["Rendez-vous", "Échéance", "Date de livraison", "Date de début"],
        "es": ["Cita", "Vencimiento", "Fecha de entrega", "Fecha de alta"],
        "nl": ["Afspraak", "Vervaldatum", "Leverdatum", "Ingangsdatum"],
    },
    "PRICE": {
        "en": ["Amount", "Total", "Price"],
        "de": ["Betrag", "Summe", "Preis"],
        "fr": ["Montant", "Total", "Prix"],
        "es": ["Importe", "Total", "Precio"],
        "nl": ["Bedrag", "Totaal", "Prijs"],
    },
    "SKU": {
        "en": ["SKU", "Product code", "Item"],
        "de": ["Artikelnummer", "Art.-Nr.", "Produktcode"],
        "fr": ["Référence produit", "Réf.", "Code article"],
        "es": ["Referencia", "Código de producto", "Artículo"],
        "nl": ["Artikelnummer", "Productcode", "Art.nr."],
    },
    "REFNUM": {
        "en": ["Reference", "Customer no.", "Member ID"],
        "de": ["Kundennummer", "Vertragsnummer", "Mitgliedsnummer"],
        "fr": ["N° client", "N° de contrat", "N° adhérent"],
        "es": ["Nº de cliente", "Nº de contrato", "Nº de socio"],
        "nl": ["Klantnummer", "Contractnummer", "Lidnummer"],
    },
    "VERSION": {
        "en": ["Version", "App version", "Build"],
        "de": ["Version", "App-Version", "Build"],
        "fr": ["Version", "Version de l'app", "Build"],
        "es": ["Versión", "Versión de la app", "Build"],
        "nl": ["Versie", "App-versie", "Build"],
    },
    "UUID": {lang: ["Request ID", "Trace ID", "Session", "Correlation ID"] for lang in LANGS},
    "COMPANY": {
        "en": ["Company", "Employer", "Vendor"],
        "de": ["Firma", "Arbeitgeber", "Lieferant"],
        "fr": ["Société", "Employeur", "Fournisseur"],
        "es": ["Empresa", "Empleador", "Proveedor"],
        "nl": ["Bedrijf", "Werkgever", "Leverancier"],
    },
    "CITY": {
        "en": ["City", "Town"],
        "de": ["Ort", "Stadt"],
        "fr": ["Ville", "Commune"],
        "es": ["Ciudad", "Localidad"],
        "nl": ["Plaats", "Woonplaats"],
    },
    "QTY": {
        "en": ["Qty", "Quantity"],
        "de": ["Menge", "Anzahl"],
        "fr": ["Quantité", "Qté"],
        "es": ["Cantidad", "Uds."],
        "nl": ["Aantal", "Hoeveelheid"],
    },
}

# machine keys (JSON, YAML, CSV headers, SQL columns) per field
KEYS: dict[str, list[str]] = {
    "NAME": ["name", "full_name", "customer_name", "fullName", "contact", "holder"],
    "EMAIL": ["email", "e_mail", "mail", "contactEmail", "email_address"],
    "PHONE": ["phone", "mobile", "tel", "phoneNumber", "telefon", "msisdn"],
    "ADDR": ["street", "address_line1", "addressLine1", "strasse", "adresse", "street_address"],
    "DOB": ["dob", "date_of_birth", "birthDate", "birthdate", "geburtsdatum", "fecha_nacimiento"],
    "NID": ["ssn", "national_id", "tax_id", "nationalId", "id_number", "bsn"],
    "IBAN": ["iban", "bank_iban", "payout_iban", "accountIban"],
    "CARD": ["card_number", "pan", "cardNumber", "cc_number"],
    "IP": ["ip", "client_ip", "remote_addr", "ipAddress", "last_login_ip"],
    "PASSWORD": ["password", "passwd", "db_password", "pwd"],
    "APIKEY": ["api_key", "apiKey", "token", "access_token", "secret_key"],
    "ORDER": ["order_id", "orderId", "order_no", "bestellnummer"],
    "TICKET": ["ticket", "case_id", "ticketId"],
    "INVOICE": ["invoice_no", "invoiceNumber", "rechnung"],
    "TRACK": ["tracking", "tracking_code", "trackingNumber"],
    "DATE": ["appointment", "due_date", "delivery_date", "created", "start_date"],
    "PRICE": ["amount", "total", "price"],
    "SKU": ["sku", "product_code", "article"],
    "REFNUM": ["customer_no", "contract_no", "member_id", "ref"],
    "VERSION": ["version", "app_version", "build"],
    "UUID": ["request_id", "trace_id", "uuid", "correlationId"],
    "COMPANY": ["company", "employer", "vendor"],
    "CITY": ["city", "town", "ort", "ville"],
    "QTY": ["qty", "quantity", "count"],
    "HASH": ["sha256", "checksum", "etag", "commit"],
    "TS": ["created_at", "timestamp", "updated_at", "ts"],
}

# invented brand and product names (not people) for the company look-alikes
BRANDS = [
    "Nimbus Cloud",
    "Stratus 3000",
    "BlueFerry",
    "Kestrel Analytics",
    "Orbita Pay",
    "Lumen Desk",
    "Quarzo Telecom",
    "Velox Logistics",
    "Tandem CRM",
    "Polaris Energie",
    "Brightwater Labs",
    "Cobalt Insurance",
    "Helix Pharma",
    "Nordlicht Versand",
    "Marée Bleue",
    "Solera Hogar",
    "Fietsfabriek Noord",
]
