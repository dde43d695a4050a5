"""Cue words in English, German, French, Spanish, Dutch, Italian and Portuguese: the context that tells a number,
a date or a capitalised word what it is. Data only; the recognisers read it.

A deployment adds a language by adding its words to these tuples (and, for names in prose,
a spaCy model to `ner.MODELS`).
"""

from __future__ import annotations

import re


def _top_level(alternation: str) -> list[str]:
    """The alternatives of a regex alternation, split at the `|` outside brackets."""
    out, depth, cur, i = [], 0, "", 0
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            cur += alternation[i : i + 2]
            i += 2
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    return [*out, cur]


def by_first_letter(alternation: str) -> str:
    """The same alternation grouped by first ASCII letter (`s(?:sn|in)|n(?:ie|if)`): under
    `(?i)` the `re` engine has no quick test of a branch's first character, so a flat list of
    seventy words costs seventy tries at every word start; grouped, it costs about fifteen.
    Each group keeps its words' order, so the same text matches the same way."""
    groups: dict[str, list[str]] = {}
    for alt in _top_level(alternation):
        head = alt[0].lower() if alt[:1].isascii() and alt[:1].isalpha() else alt
        groups.setdefault(head, []).append(alt)
    return "|".join(
        f"{head}(?:{'|'.join(a[1:] for a in alts)})" if len(head) == 1 else "|".join(alts)
        for head, alts in groups.items()
    )


def _ascii_never(head: str) -> bool:
    """No ASCII character matches head under `(?i)` (`е`, `č`, `ش`; not the Kelvin sign)."""
    rx = re.compile("(?i)" + re.escape(head))
    return not any(rx.fullmatch(chr(i)) for i in range(128))


def script_guarded(alternation: str) -> str:
    """The same alternation (for `re`, under `(?i)`) with each run of consecutive branches that
    begin with a letter no ASCII character matches put behind one test that the next character
    is not ASCII: at an ASCII letter the `re` engine skips the run with that one test instead of
    trying its forty branches of other scripts one by one. Branches keep their order, so the
    same text matches the same way. (`re` only: RE2 has no look-ahead.)"""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) > 1:
            out.append(r"(?=[^\x00-\x7f])(?:" + "|".join(run) + ")")
        else:
            out.extend(run)
        run.clear()

    for alt in _top_level(alternation):
        head = alt[:1]
        if head and not head.isascii() and _ascii_never(head):
            run.append(alt)
        else:
            flush()
            out.append(alt)
    flush()
    return "|".join(out)


# --- field names --------------------------------------------------------------------------
# A field (JSON/YAML key, env variable, log field, SQL/CSV column, form label) names what its
# value is. Keys are normalised to lower-case words joined by '_' (camelCase split) before
# these patterns are searched in them.
KEY_KINDS: tuple[tuple[str, str], ...] = (
    (
        "DATE_OF_BIRTH",
        r"dob|d_o_b|birth|birth_?day|birth_?date|date_of_birth|day_of_birth|born|geburt|geburtsdat\w*|geburtstag\w*|geburtsjahr|geburts_\w+|geburtdatum|geb_datum|gebdat\w*|naissance|"
        r"born_on|born_at|birth_?dt|dt_of_birth|bday|b_day|birthdate_utc|dob_date|date_birth|"
        r"geboren_am|geboren_op|geb|fnac|fec_nac|fecha_nac\w*|nacimiento_fecha|"
        r"date_de_naissance|nacimiento|fecha_de_nacimiento|fecha_nac|f_nac|geboorte\w*|"
        r"geboren|verjaardag|cumpleanos|anniversaire|do_b|naiss|date_naiss|date_de_naiss|geb_dat|"
        r"b_date|fecha_de_nac|nacido|nacida|birth_year|"
        # the gender-inclusive forms of a form's label: `Né(e) le`, `Nacido/a`, `Geboren/e`
        r"nee?_e(?:_le)?|ne_le|nee_le|nacid[oa]_[oa](?:_el)?|nacid[oa]_el|nascid[oa]_[oa](?:_em)?|"
        r"nat[oa]_[oa](?:_il)?|year_of_birth|geburtsjahr|jahrgang|"
        r"annee_de_naissance|ano_de_nacimiento|geboortejaar|geboortedag|date_of_birth_\w+|"
        # Italian and Portuguese
        r"data_di_nascita|data_nascita|data_nasc|dt_nascita|nascita|nato_il|nata_il|nato_a_il|"
        r"data_de_nascimento|data_nascimento|dt_nascimento|dt_nasc|nascimento|nascido_em|"
        r"ano_de_nascimento|anno_di_nascita|compleanno|aniversario|data_de_nasc|dt_de_nasc|"
        # Polish, Czech, Slovak, Nordic, Finnish, Turkish, Hungarian, Romanian, Croatian
        r"data_urodzenia|data_ur|rok_urodzenia|urodzony|urodzona|datum_narozeni|datum_narození|"
        r"datum_nar|rok_narozeni|datum_narodenia|fodelsedatum|födelsedatum|"
        r"fodelsedag|födelsedag|fodelsear|födelseår|fodselsdato|fødselsdato|fodselsdag|fødselsdag|"
        r"syntymaaika|syntymäaika|syntymapaiva|syntymäpäivä|syntymavuosi|syntymävuosi|"
        r"dogum_tarihi|doğum_tarihi|dogum_yili|doğum_yılı|dogum_gunu|doğum_günü|"
        r"szuletesi_datum|születési_dátum|szuletesi_ido|születési_idő|szul_datum|"
        # Vietnamese forms abbreviate ngày sinh as NS: a field name only, as a cue in prose
        # its two letters would open a window in every text that holds them
        r"ns|"
        r"data_nasterii|data_nașterii|data_naşterii|datum_rodjenja|datum_rođenja|datum_rodenja",
    ),
    (
        "SECRET",
        r"password|passwd|pwd|pass|passphrase|secret|secret_key|api_key|apikey|access_key|auth|auth_key|"
        r"authorization|x_api_key|private_token|session_token|session_key|signing_key|"
        r"access_token|auth_token|refresh_token|token|client_secret|private_key|credentials?|"
        r"passwort|kennwort|mot_de_passe|mdp|contrasena|contraseña|clave|wachtwoord|"
        r"(?:encryption|master|license|licence|signing|app|consumer|shared|hmac|aes|crypt|cookie|"
        r"webhook|jwt|session|secret|private|deploy|ssh|gpg|pgp|account|storage|sas|subscription|"
        r"service|bot|admin|root|db|database|smtp|mail|ftp|ldap|vault|wifi|wlan|router)_?"
        r"(?:key|secret|token|pass|password|passwd|pwd|pin)(?:_base|_id)?|"
        r"secret_key_base|"
        r"connection_?string|conn_?str|pin|pin_?code|passcode|otp|totp_?secret|mfa_?secret|"
        r"cle|cle_api|cle_secrete|geheim|geheimnis|schlussel|zugangsdaten|codigo_secreto|sleutel|"
        r"geheime_sleutel|pincode|pw|\w+_pw|zugangscode|clave_api|token_secreto|id_rsa|id_ed25519|"
        r"sa_key|service_account_key|chiave|chiave_api|senha|palavra_passe|codice_segreto|"
        # the password word of Polish, Czech and Slovak, Swedish, Danish, Norwegian, Finnish,
        # Turkish, Hungarian, Romanian and Croatian (matched without their accents too)
        r"haslo|heslo|losenord|adgangskode|passord|salasana|sifre|jelszo|parola_de_acces|lozinka",
    ),
    (
        "EMAIL",
        r"e?mail|email_address|e_mail|courriel|correo|correo_electronico|mailadres|posta_elettronica|"
        r"indirizzo_email|endereco_de_email|endereco_email|correio_eletronico",
    ),
    (
        "PHONE",
        r"(?:phone|tel|telephone|mobile|cell|fax|handy|mobil)(?:_?(?:number|no|nr|num))?|"
        r"phone|phone_number|tel|telephone|telefon|telefonnummer|telefono|telefoon|telefoonnummer|"
        r"mobile|mobil|mobiel|movil|cell|cellphone|handy|fax|portable|gsm|whatsapp|"
        r"numero_de_telephone|numero_de_telefono|rufnummer|msisdn|contact_number|"
        r"cellulare|cell|numero_di_telefono|recapito_telefonico|telemovel|telemóvel|"
        r"numero_de_telefone|telefone|contacto_telefonico",
    ),
    (
        "NATIONAL_ID",
        r"ssn|social_security(_number)?|sin|nino|ni_number|national_insurance(_number)?|"
        r"national_id|id_number|tax_id|tin|steuer_id|steuerid|steuer_idnr|steueridentifikationsnummer|"
        r"idnr|id_nr|nid|steuer_id_nr|n_ss|no_ss|num_ss|numero_ss|n_secu|no_secu|num_secu|"
        r"personalausweis\w*|ausweisnummer|sozialversicherungsnummer|svnr|nir|insee|"
        r"numero_de_securite_sociale|secu|dni|nie|nif|nss|bsn|burgerservicenummer|sofinummer|"
        r"passport(_number|_no)?|reisepass\w*|passeport|pasaporte|paspoort\w*|pesel|personnummer|"
        r"cpr|codice_fiscale|aadhaar|pps|ahv|avs|"
        r"steuernummer|securite_sociale|numero_securite_sociale|passnummer|reisepassnummer|"
        r"id_card|identity_card|identity_(?:number|no)|numero_d?_?identite|carte_d?_?identite|"
        r"cedula|curp|rfc|cuil|cuit|rut|numero_fiscal|"
        r"driv(?:er|ing)_licen[cs]e(?:_(?:number|no))?|licen[cs]e_number|f(?:u|ue|ü)hrerschein\w*|"
        r"permis_de_conduire|licencia_de_conducir|carnet_de_conducir|rijbewijs\w*|"
        r"nhs(?:_number|_no)?|itin|identiteitskaart|id_kaart|"
        r"tfn|tax_file_number|vsnr|rrn|rijksregisternummer|insz|niss|numero_national|"
        r"mst|ma_so_thue|individual_number|"
        r"document_?(?:number|no)|dokumentnummer|documentnummer|numero_(?:de_)?documento",
    ),
    (
        "IBAN",
        r"iban|bank_account|account_number|kontonummer|rekeningnummer|numero_de_compte|cuenta",
    ),
    (
        "CARD",
        r"card|card_number|credit_card|cc|cc_number|pan|kartennummer|carte|tarjeta|kaartnummer",
    ),
    (
        "IP_ADDRESS",
        r"ip|ip_addr(ess)?|ipv4|ipv6|client_ip|remote_ip|remote_addr|src_ip|dst_ip|source_ip|"
        r"x_forwarded_for|x_real_ip|peer|ip_adresse|adresse_ip|direccion_ip",
    ),
    (
        "ADDRESS",
        r"address|addr|street|street_address|address_line_?\d|line_?1|home_address|"
        r"address_?\d|addr_?\d|street_?\d|adresse_?\d|direccion_?\d|indirizzo_?\d|endereco_?\d|"
        r"street_house|street_and_house|hausnummer|strasse_und_hausnummer|strasse_hausnummer|strasse_nr|straat_en_huisnummer|"
        r"straatnaam_en_huisnummer|via_e_numero_civico|indirizzo_e_civico|rua_e_numero|"
        r"billing_address|shipping_address|mailing_address|postal_address|residence|"
        r"adresse|anschrift|strasse|straße|wohnort|domicile|direccion|domicilio|calle|"
        r"adres|straat|woonadres|rue|"
        r"indirizzo|indirizzo_di_residenza|residenza|domicilio|morada|endereco|endereço|rua|"
        r"logradouro|residencia|morada_fiscal|indirizzo_residenza|sede|"
        r"adresse_postale|adresse_de_livraison|adresse_livraison|adresse_de_facturation|"
        r"adresse_facturation|indirizzo_di_spedizione|indirizzo_spedizione|indirizzo_di_consegna|"
        r"direccion_envio|direccion_de_envio|direccion_postal|direccion_de_entrega|"
        r"endereco_de_entrega|endereco_entrega|endereco_postal|morada_de_entrega|"
        r"lieferadresse|rechnungsadresse|wohnadresse|postanschrift|privatadresse|heimadresse|"
        r"afleveradres|postadres|factuuradres|bezorgadres|huisadres|woonplaats_adres|"
        r"ulica|adres_zamieszkania|adres_korespondencyjny|gatuadress|gatuadres|utdelningsadress|"
        r"postadress|bostadsadress|adress|hemadress",
    ),
    # The postcode's and the town's own fields: a part of an address where a record has a
    # street field too (fields.value_span).
    (
        "ADDRESS_PART",
        r"zip|zip_?code|post_?code|postal_?code|postleitzahl|plz|cap|code_?postal|cp|"
        r"codigo_?postal|cod_postal|cep|kod_pocztowy|postnummer|postnr|postinumero|psc|"
        r"iranyitoszam|line_?2|address_line_?2|city_line|postcode_city|zip_city|plz_ort|"
        r"city|town|ort|stadt|ville|ciudad|localidad|poblacion|citta|comune|cidade|localidade|"
        r"woonplaats|plaats|stad|miejscowosc|miasto|kaupunki|paikkakunta|obec|mesto|sehir|"
        r"varos|oras|grad|municipio|municipality|locality|suburb|postal_town",
    ),
    (
        "PERSON",
        r"name|full_name|fullname|first_name|firstname|given_name|last_name|lastname|surname|"
        r"family_name|middle_name|display_name|customer(_name)?|client(_name)?|contact(_name)?|"
        r"patient(_name)?|employee(_name)?|author|sender|recipient|owner_name|holder|"
        r"card_?holder|account_holder|beneficiary|signatory|signed_by|assignee|reporter|"
        r"requester|attendee|guest|passenger|student|tenant|applicant|person|"
        r"vorname|nachname|familienname|kunde|ansprechpartner|empfanger|empfaenger|absender|"
        r"nom|prenom|nom_de_famille|destinataire|expediteur|titulaire|"
        r"nombre|apellidos?|nombre_completo|titular|remitente|destinatario|"
        r"naam|voornaam|achternaam|volledige_naam|klant|afzender|ontvanger|"
        r"first|last|given|family|forenames?|middle_initial|policy_?holder|insured|next_of_kin|"
        r"emergency_contact|spouse|mother|father|guardian|witness|signer|attn|"
        r"kundenname|patientenname|kontaktperson|verfasser|autor|inhaber|karteninhaber|"
        r"kontoinhaber|mitarbeiter|antragsteller|nom_complet|auteur|interlocuteur|"
        r"beneficiaire|cliente|paciente|contacto|empleado|solicitante|klantnaam|contactpersoon|"
        r"rekeninghouder|medewerker|aanvrager|geslachtsnaam|patient_naam|"
        # Italian and Portuguese
        r"nome|cognome|nominativo|nome_completo|nome_e_cognome|intestatario|richiedente|"
        r"destinatario|mittente|paziente|dipendente|referente|sobrenome|apelido|apelidos|"
        r"primeiro_nome|ultimo_nome|nome_proprio|utente|requerente|funcionario|remetente|"
        r"geburtsname|nom_de_naissance|nom_naissance|maiden_name|meisjesnaam|tussenvoegsel|"
        r"apellido_de_soltera|cognome_da_nubile|nome_de_solteira",
    ),
    (
        # Roles that name a person in a ticket or a record, but also a program, a branch or a
        # company (`owner: root`, `agent: Mozilla/5.0`, `parent: main`): their value must hold a
        # name the lists know.
        "PERSON_ROLE",
        r"created_by|updated_by|modified_by|changed_by|approved_by|reviewed_by|closed_by|owner|"
        r"staff|manager|supervisor|agent|rep|sales_rep|doctor|physician|nurse|teacher|driver|"
        r"partner|parent|child|technician|engineer|consultant|advisor|adviser|"
        r"bearbeiter|sachbearbeiter|betreuer|arzt|ärztin|arztin|berater|"
        r"médecin|medecin|conseiller|conseillère|gestionnaire|"
        r"médico|medico|asesor|gestor|encargado|behandelaar|arts|adviseur|begeleider|"
        r"responsabile|incaricato|operatore|tecnico|consulente|responsavel|atendente",
    ),
)
# Field names that are a person's name whatever word comes before them (`user_full_name`,
# `account_holder`, `company_contact_person`).
STRONG_PERSON_KEY = re.compile(
    r"(?:full|first|last|given|family|middle|display)_?name$|surname$|(?:^|_)holder$|inhaber$|"
    r"titular$|titulaire$|houder$|contact_?person$|kontaktperson$|contactpersoon$|"
    r"(?:^|_)(?:vorname|nachname|familienname|prenom|nom_de_famille|apellidos?|voornaam|"
    r"achternaam|nombre_completo|volledige_naam|cognome|nominativo|nome_completo|sobrenome|"
    r"apelidos?|nome_e_cognome|intestatario)$"
)
# Words that make a key name something else: `file_name`, `host_name`, `user_name` (a login).
NOT_PERSON_KEY = re.compile(
    r"(?:^|_)(?:file|host|app|service|package|pkg|project|repo|branch|table|column|field|model|"
    r"class|func|function|method|module|key|bucket|db|database|queue|topic|event|metric|tag|label|"
    r"product|company|org|organisation|organization|team|city|country|domain|server|cluster|node|"
    r"pod|container|image|job|task|role|group|type|kind|brand|item|dataset|index|schema|tool|env|"
    r"var|path|dir|folder|device|browser|os|region|zone|plan|tier|status|state|user|login|screen|"
    r"nick|handle|account|bank|store|shop|site|page|style|font|theme|color|layer|step|stage|"
    r"container|volume|network|cert|certificate|feature|flag|test|suite|case|span|trace|"
    r"street|firma|empresa|entreprise|bedrijf|ville|stadt|ciudad|stad|pays|land|pais|"
    r"azienda|ditta|citta|cidade|paese|file|prodotto|produto)(?:_|$)"
)

# --- context words before a value -----------------------------------------------------------
PHONE_CUES = (
    r"phone|tel|tel\.|telephone|mobile|mob|cell|fax|call|ring|text|whatsapp|sms|hotline|"
    r"telefon|telefonisch|handy|mobil|mobilnummer|rufnummer|ruf|anrufen|erreichbar|"
    r"téléphone|telephone|tél|portable|appeler|appelez|joindre|numéro|"
    r"teléfono|telefono|móvil|movil|celular|llamar|llámame|llamame|número|numero|"
    r"telefoon|telefoonnummer|mobiel|bellen|bel|nummer|"
    r"cellulare|cell\.|chiamare|chiamami|telefonare|telefone|telemóvel|telemovel|ligar|liga-me|"
    r"ligue|celular|"
    # Danish and Norwegian, Swedish, Polish, Czech, Finnish; a conference's dial-in (not
    # Turkish `cep`: Brazil's postcode is a CEP)
    r"tlf|tlf\.|tfn|kom\.|komórka|komorka|mobilní|mobilni|puh\.|puhelin|dial-in"
)
PHONE_CUE = re.compile(rf"(?i)(?<!\w)(?:{by_first_letter(PHONE_CUES)})(?!\w)")
# The cue words above that say "phone" (not only "number"): these win over an order or
# customer word ("phone no. 030 ..."), the bare number words do not ("numéro client 06 ...").
STRONG_PHONE_CUES = (
    r"phone|tel|tel\.|telephone|mobile|mob|cell|fax|call|whatsapp|sms|hotline|"
    r"telefon|handy|mobil|mobilnummer|rufnummer|anrufen|téléphone|tél|portable|appeler|appelez|"
    r"teléfono|telefono|móvil|movil|celular|llamar|llámame|llamame|telefoon|telefoonnummer|mobiel|"
    r"bellen|bel|cellulare|telefone|telemóvel|telemovel|ligar|"
    r"tlf|tlf\.|tfn|kom\.|komórka|komorka|mobilní|mobilni|puh\.|puhelin|dial-in"
)
STRONG_PHONE_CUE = re.compile(rf"(?i)(?<!\w)(?:{by_first_letter(STRONG_PHONE_CUES)})(?!\w)")
# Words after which a number is an order, ticket, invoice or build id, not a phone number.
NOT_PHONE_CUES = (
    r"order|orders|ticket|invoice|inv|ref|reference|case|issue|incident|tracking|"
    r"shipment|parcel|sku|item|article|product|serial|batch|lot|build|version|release|job|run|"
    r"pid|port|bytes|size|status|code|err|error|errno|id|uid|gid|no\.|nr\.|#|"
    r"bestellung|bestellnummer|auftrag|auftragsnummer|rechnung|rechnungsnummer|vorgang|kundennummer|"
    r"commande|facture|dossier|référence|reference|pedido|factura|expediente|referencia|"
    r"bestelling|bestelnummer|factuur|zaak|kenmerk|ordernummer|"
    r"customer|client|account|acct|member|membership|contract|policy|subscriber|patient|loyalty|"
    r"kunde|kunden|kundennr|mitglied|mitglieds|vertrag|vertrags|police|versicherungsschein|"
    r"cliente|contrat|adhérent|abonné|socio|contrato|póliza|poliza|abonado|"
    r"klant|klantnummer|lid|lidmaatschap|contractnummer|polis|polisnummer|"
    r"bestell|rechnungs|auftrags|kunden|referenz|vorgangs|tracking|sendungs|"
    r"order|invoice|ticket|booking|reservation|confirmation|buchung|réservation|reserva|boeking|"
    r"ordine|ordini|fattura|pratica|spedizione|prenotazione|codice|articolo|"
    r"encomenda|fatura|processo|envio|reserva|artigo|protocolo|isbn|issn|"
    r"incidencia|incidente|solicitud|caso|chamado|ocorrência|ocorrencia|segnalazione|richiesta|"
    r"melding|storing|störung|anfrage|demande"
)
_NOT_PHONE_TAIL = (
    r"(?:[ \t_-]?(?:number|numbers|no\.?|nr\.?|num\.?|nummer|numéro|numero|número|n\.?[°º]\.?|n\.|id|#|code|ref)"
    r")?"
    r"\W{0,4}$"
)
# (only ever asked whether it matches: grouping the words changes no answer)
NOT_PHONE_CUE = re.compile(rf"(?i)(?<!\w)(?:{by_first_letter(NOT_PHONE_CUES)}){_NOT_PHONE_TAIL}")
# Words that name a bank account an organisation's, right before its IBAN ("the company
# account", `Firmenkonto`, `compte de la société`, `cuenta de la empresa`, `bedrijfsrekening`):
# a legal person's account is not personal data (GDPR Recital 14), as its hotline is not.
_COMPANY_ACCOUNT_WORDS = (
    r"(?:company|business|corporate|firm)(?:'s)?[ \t]+(?:bank[ \t]+)?account|"
    r"firmenkonto|gesch(?:ä|ae)ftskonto|unternehmenskonto|"
    r"compte[ \t]+(?:de[ \t]+la[ \t]+soci(?:é|e)t(?:é|e)|de[ \t]+l'entreprise|professionnel|"
    r"de[ \t]+la[ \t]+firme)|"
    r"cuenta[ \t]+(?:de[ \t]+la[ \t]+empresa|de[ \t]+empresa|corporativa|de[ \t]+la[ \t]+compa(?:ñ|n)(?:í|i)a)|"
    r"bedrijfsrekening|zakelijke[ \t]+rekening|rekening[ \t]+van[ \t]+het[ \t]+bedrijf"
)
# (the words, then at most a few more before the number: `company account IBAN:`)
COMPANY_ACCOUNT = re.compile(rf"(?i)(?<!\w)(?:{_COMPANY_ACCOUNT_WORDS})[^\n\d.;]{{0,16}}\Z")
# Field names that say the value is an organisation's, not a person's: its seat or office
# (`office`, `registered_office`, `Firmensitz`, `siège social`, `domicilio social`,
# `Vestigingsadres`), its account (`company_iban`, `Firmenkonto`), its service line (`hotline`,
# `Servicenummer`, `centralita`) and the employer itself. Business records and letters print these
# for a legal person, which GDPR Recital 14 leaves outside personal data; a person's direct line,
# mailbox or home address is under other names. (matched on the normalised key, accents removed)
_ORG_OWNER = (
    r"company|business|corporate|firm|organi[sz]ation|org|employer|office|head_office|"
    r"headquarters|hq|branch|store|shop|firmen|firma|unternehmens|unternehmen|geschafts|betriebs|"
    r"arbeitgeber|societe|entreprise|employeur|empresa|sociedad|bedrijfs|bedrijf|werkgever|kantoor"
)
_ORG_THING = (
    r"address|addr|adresse|anschrift|adres|direccion|iban|account|bank_account|konto|rekening"
)
# (the phrase ends the key, as in fields.key_kind: `RE-2024-1 company_iban` in a log line)
ORG_KEY = re.compile(
    rf"(?:^|_)(?:(?:{_ORG_OWNER})_?(?:{_ORG_THING})|(?:{_ORG_THING})_(?:du_|de_la_|de_l_|der_|van_het_)?"
    rf"(?:{_ORG_OWNER})|"
    r"hotline|helpline|service_line|switchboard|servicenummer|service_nummer|"
    r"kundenservice|kundendienst|service_client|centralita|atencion_al_cliente|klantenservice|"
    r"employer|company|company_name|arbeitgeber|employeur|empresa|werkgever|"
    # the organisation a form's or a record's field names (vCard's ORG, a form's
    # `Organisation` / `Einrichtung` / `Organisatie` / `Entidad` box)
    r"organi[sz]ation|organi[sz]ation_name|org_name|organisme|organisatie|einrichtung|"
    r"institution|entidad|"
    r"firmenkonto|geschaftskonto|unternehmenskonto|bedrijfsrekening|zakelijke_rekening)\Z"
)
# An organisation's seat or premises: kept where its value is an address (a bare `Office:` in a
# signature may also label a person's direct line)
ORG_SEAT_KEY = re.compile(
    r"(?:^|_)(?:office|head_office|registered_office|headquarters|"
    r"firmensitz|geschaftssitz|unternehmenssitz|niederlassung|"
    r"siege|siege_social|adresse_du_siege|domicilio_social|sede|sede_social|"
    r"vestigingsadres|bezoekadres|hoofdkantoor|statutaire_zetel)\Z"
)
# ... unless a word before it makes it a person's: a home office, the writer's own (`my office`,
# `unser Büro`; a person writes so of the workplace or of a family's account)
NOT_ORG_OWNER = re.compile(
    r"(?:^|_)(?:home|private|privat|personal|my|our|mein|meine|unser|unsere|mon|ma|mes|notre|"
    r"mi|mis|nuestra|nuestro|mijn|ons|onze)_?\Z"
)
_ID_CUE_WORDS = (
    r"social security|national insurance|national id|id number|"
    # "ID number" as forms abbreviate it (`3. ID no. 59060938783`, `ID-Nr.`), as a label of its
    # own: after a word it is that word's id (`Order ID no.`, `Kunden-ID-Nr.`)
    r"id(?<![\w-][ \t]id)(?<!\w-id)(?:[ \t]?no(?:\.|(?![^\W\d_]))|-?nr(?:\.|(?![^\W\d_])))|"
    r"tax id|steuer-?id|steuer-?identifikationsnummer|steuernummer|identifikationsnummer|"
    r"personalausweis|ausweis|sozialversicherungs\w*|sécurité sociale|securite sociale|"
    r"numéro fiscal|burgerservicenummer|sofinummer|sofi-nummer|passport|"
    r"reisepass|passeport|pasaporte|paspoort|personnummer|personal number|"
    r"codice fiscale|aadhaar|fødselsnummer|fødselsnr|henkilötunnus|rijksregisternummer|"
    r"social insurance|numéro national|national number|sv-?nummer|sv-?nr|contribuinte|"
    r"rentenversicherungs\w*|versicherungsnummer|seguridad social|n[úu]mero de afiliaci[óo]n|"
    r"tax file number|kimlik|rodné číslo|resident registration number|身份证号?|"
    # Japan's Individual Number (My Number), Vietnam's tax code, Belgium's national number as forms abbreviate it
    r"individual number|mã số thuế|ma so thue|tax code|n° national|"
    r"(?-i:RUN|RČ|R\.Č\.)"
)
# abbreviations: a whole word, not the start of one ("since", "nascido", "niet", "tiny")
_ID_CUE_ABBREVIATIONS = (
    r"ssn|sin|nas|nino|tin|idnr|nir|insee|dni|nie|nif|nss|bsn|pesel|cpr|pps|ahv|avs|hetu|"
    r"fnr|cpf|rut|cuit|cuil|curp|rfc|tfn|tckn|cnp|rrn|insz|niss|nit|nhs|uid|vsnr|mst"
)
ID_CUE = re.compile(
    rf"(?i)(?<!\w)(?:{by_first_letter(_ID_CUE_WORDS)}|"
    rf"(?:{by_first_letter(_ID_CUE_ABBREVIATIONS)})(?![^\W\d_]))"
)
# The same words as one flat list, as written: tests check the grouped form against it.
ID_CUE_FLAT = re.compile(rf"(?i)(?<!\w)(?:{_ID_CUE_WORDS}|(?:{_ID_CUE_ABBREVIATIONS})(?![^\W\d_]))")

# --- dates of birth -------------------------------------------------------------------------
DOB_CUES = (
    r"born(?:\s+on|\s+in)?|b\.|dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthdate|birthday|"
    r"birth|year\s+of\s+birth|"
    r"geboren(?:\s+am|\s+op)?|geb\.(?:\s+am)?|geburtsdatum|geburtstag|geb\.-datum|geb\.\s*datum|"
    r"geburtsjahr|geb\.?-?dat(?:um|\.)?|"
    r"née?\s+le|née?\(e\)\s+le|né\(e\)\s+le|née?\s+en|née?|né\(e\)|date\s+de\s+naissance|"
    r"date\s+naiss\.?|date\s+de\s+naiss\.?|ddn|naissance|année\s+de\s+naissance|anniversaire|"
    r"nacid[oa](?:/[oa])?(?:\s+el|\s+en)?|naci[óo](?:\s+el|\s+en)?|nací|fecha\s+de\s+nacimiento|"
    r"fecha\s+(?:de\s+)?nac\.?|f(?:ec)?\.\s*(?:de\s+)?nac(?:imiento|\.)?|fec\.?\s+nac\.?|nacimiento|año\s+de\s+nacimiento|cumpleaños|"
    r"geboortedatum|geboren\s+op|geboortejaar|geb\.\s*datum|verjaardag|"
    # Italian and Portuguese
    r"(?-i:[Nn]at[oa])(?:/a)?(?:\s+il|\s+nel)?|data\s+di\s+nascita|data\s+nascita|luogo\s+e\s+data\s+di\s+nascita|"
    r"anno\s+di\s+nascita|compleanno|d\.\s?n\.|(?-i:DN)|"
    r"nascid[oa](?:/a)?(?:\s+em)?|nasci(?:\s+em)?|nasceu(?:\s+em)?|"
    r"data\s+de\s+nascimento|data\s+nasc\.?|dt\.?\s+nasc\.?|nasc\.|ano\s+de\s+nascimento|aniversário|aniversario|"
    # Polish, Czech and Slovak
    r"urodzon[ya](?:\s+dnia)?|urodził(?:a|am|em)?\s+się(?:\s+dnia)?|ur\.|data\s+urodzenia|data\s+ur\.|"
    r"rok\s+urodzenia|narozen[aá]?|narodil(?:a)?\s+se|nar\.|datum\s+narození|datum\s+narozeni|"
    r"rok\s+narození|narodený|narodená|narodil(?:a)?\s+sa|dátum\s+narodenia|datum\s+narodenia|"
    # Swedish, Danish, Norwegian, Finnish
    r"född(?:\s+den)?|föddes(?:\s+den)?|födelsedatum|födelsedag|födelseår|"
    r"født(?:\s+den)?|ble\s+født|fødselsdato|fødselsdag|fødselsår|"
    r"syntynyt|syntyi|syntymäaika|syntymäpäivä|syntymävuosi|"
    # Turkish, Hungarian, Romanian, Croatian/Serbian/Bosnian
    r"doğum\s+tarihi|dogum\s+tarihi|d\.\s?tarihi|(?-i:D\.\s?T\.)|doğum\s+yılı|doğum\s+günü|doğdu|"
    r"született|szül\.|születési\s+dátum|születési\s+idő|születési\s+év|születésnap|"
    r"născut[ăa]?|nascut[ăa]?|născut[ăa]?\s+la|data\s+nașterii|data\s+naşterii|data\s+nasterii|"
    r"rođen[ai]?|roden[ai]?|datum\s+rođenja|datum\s+rodjenja|datum\s+rodenja|rođ\."
)
MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|"
    r"janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"januari|februari|maart|mei|augustus|"
    r"janv|févr|fevr|avr|juil|déc|dez|okt|mrt|ene|abr|ago|dic|mär|mrz|sept|jän|jaen|feber|set|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"gen|mag|giu|lug|ott|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|out"
)
# Month names of more languages, read only where a birth cue stands before the date (some are
# also given names or ordinary words: Maj, Mart, Ekim, which must stay names elsewhere).
DOB_MONTHS = (
    # Polish (genitive, as written in dates) and Czech / Slovak
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|"
    r"października|pazdziernika|listopada|grudnia|"
    r"ledna|února|unora|března|brezna|dubna|května|kvetna|června|cervna|července|cervence|"
    r"srpna|září|zari|října|rijna|listopadu|prosince|"
    r"januára|februára|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra|"
    # Swedish, Danish, Norwegian
    r"augusti|maj|marts|"
    # Finnish (partitive, as written in dates)
    r"tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|"
    r"syyskuuta|lokakuuta|marraskuuta|joulukuuta|"
    # Turkish
    r"ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|"
    r"kasım|kasim|aralık|aralik|"
    # Hungarian
    r"január|február|március|április|május|június|július|augusztus|szeptember|október|"
    # Romanian
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    # Croatian
    r"siječnja|sijecnja|veljače|veljace|ožujka|ozujka|travnja|svibnja|lipnja|srpnja|kolovoza|"
    r"rujna|listopada|studenoga|studenog|prosinca"
)

# --- names in records -------------------------------------------------------------------------
HEADER_WORDS = (
    r"from|to|cc|bcc|reply-to|sender|recipient|attn|attention|von|an|kopie|absender|empfänger|"
    r"de|à|a|para|expéditeur|destinataire|remitente|destinatario|van|aan|afzender|ontvanger|"
    r"author|signed-off-by|co-authored-by|reviewed-by|reported-by|da|mittente|destinatario|"
    r"remetente"
)
SALUTATIONS = (
    r"dear|hi|hello|hey|good morning|good afternoon|hallo|liebe|lieber|moin|servus|"
    r"sehr geehrte|sehr geehrter|guten tag|bonjour|bonsoir|salut|cher|chère|coucou|"
    r"hola|buenos días|buenas tardes|estimado|estimada|querido|querida|"
    r"beste|geachte|hoi|dag|goedemorgen|goedemiddag|"
    r"gentile|gentilissim[oa]|egregi[oa]|car[oa]|carissim[oa]|buongiorno|buonasera|salve|ciao|"
    r"prezad[oa]|olá|ola|bom dia|boa tarde|boa noite|estimad[oa]|querid[oa]|exm[oa]\.?|ex\.m[oa]"
)
# Forms that address either gender (`Cher/Chère`, `Estimado/a`, `Liebe(r)`, `Sehr geehrte/r`) and
# a comma after a greeting of the time of day (`Buenos días, Charo:`): what may follow a salutation
# before the name.
SALUTATION_TAIL = r"(?:/[^\W\d_]{1,6}|\([^\W\d_]{1,2}\))?,?"
# Kin and people at work, after a possessive (`my daughter Rael`, `meine Chefin Anatolij Wilms`,
# `ma responsable Dayamai Tak`, `mi hijo Teo`, `mijn leidinggevende Dean van der Stael`): the
# capitalised words after them are a name, one word too.
KIN_ROLE_WORDS = (
    "son", "daughter", "wife", "husband", "partner", "mother", "father", "brother", "sister",
    "manager", "boss",
    "sohn", "tochter", "frau", "mann", "partnerin", "mutter", "vater", "bruder", "schwester",
    "chef", "chefin", "vorgesetzte", "vorgesetzter", "vorgesetzten",
    "fils", "fille", "femme", "mari", "compagne", "compagnon", "mère", "père", "frère", "sœur",
    "soeur", "responsable", "patron", "patronne",
    "hijo", "hija", "esposa", "esposo", "marido", "mujer", "pareja", "madre", "padre", "hermano",
    "hermana", "jefe", "jefa",
    "zoon", "dochter", "vrouw", "echtgenote", "echtgenoot", "moeder", "vader", "broer", "zus",
    "leidinggevende", "baas",
    "figlio", "figlia", "moglie", "marito", "fratello", "sorella", "capo",
    "filho", "filha", "mulher", "chefe", "irmão", "irmã",
)  # fmt: skip
KIN_ROLES = (
    r"(?:my|our|mein|meine|meinem|meinen|meiner|unser|unsere|mon|ma|notre|mi|nuestr[oa]|mijn|onze|"
    r"il mio|la mia|mio|mia|meu|minha|o meu|a minha)[ \t]+"
    r"(?:" + "|".join(KIN_ROLE_WORDS) + ")"
)
SIGN_OFFS = (
    r"best regards|kind regards|warm regards|warmest regards|regards|best wishes|best|thanks|"
    r"thank you|many thanks|thanks again|with thanks|cheers|sincerely|yours sincerely|"
    r"yours faithfully|yours truly|respectfully|yours|all the best|all best|take care|talk soon|"
    r"love|rgds|brgds|br|kr|thx|"
    r"schöne grüße|herzliche grüsse|liebe grüsse|viele grüsse|beste grüsse|freundliche grüsse|"
    r"gruss|tschüss|tschüs|bis bald|hochachtungsvoll|"
    r"à bientôt|a bientot|bisous|bonne journée|bien amicalement|sincères salutations|"
    r"un cordial saludo|reciba un cordial saludo|muchas gracias|hasta pronto|hasta luego|besos|"
    r"abrazos|con cariño|cordialmente|"
    r"met hartelijke groet|hartelijke groeten|mvg|m\.v\.g|gr|groet|hoogachtend|tot ziens|"
    r"alvast bedankt|dank je wel|"
    r"ciao|saluti|cordiali saluti|distinti saluti|"
    r"mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|beste grüße|"
    r"liebe grüße|herzliche grüße|grüße|gruß|lg|vg|mfg|danke|"
    r"cordialement|bien cordialement|bien à vous|amicalement|bises|merci|salutations|"
    r"saludos|un saludo|saludos cordiales|atentamente|un abrazo|gracias|"
    r"met vriendelijke groeten|met vriendelijke groet|vriendelijke groeten|vriendelijke groet|hartelijke groeten|groeten|groetjes|"
    r"hartelijke groet|bedankt|"
    r"un caro saluto|cari saluti|un saluto|con i migliori saluti|i migliori saluti|grazie|grazie mille|"
    r"a presto|cordialmente|in fede|buona giornata|"
    r"atenciosamente|cumprimentos|com os melhores cumprimentos|melhores cumprimentos|"
    r"com os meus cumprimentos|obrigad[oa]|muito obrigad[oa]|abraços|abraço|um abraço|beijos|"
    r"até breve|saudações|att\.?"
)
TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herrn|Herr|Frau|Hr|Fr|M|Mme|Mlle|Me|Sr|Sra|Srta|Don|Doña|"
    r"Madame|Monsieur|Mademoiselle|Señor|Señora|Señorita|heer|mevrouw|meneer|"
    r"Dhr|Mevr|Mevrouw|Meneer|Dott|Sig|Sig\.ra|"
    r"Dra|Dres|Lic|Lcda|Lcdo|Ing|Dipl\.-Ing|Mag|Pr|Drs|Ir|Mw|Rev|Capt|Col|Sgt|Hon|Dña|Mgr|Mtre|"
    r"Signor|Signora|Signorina|Sig\.na|Sigg|Dott\.ssa|Dottor|Dottoressa|Avv|Arch|Geom|Rag|Prof\.ssa|"
    r"Senhor|Senhora|Sr\.ª|Sra\.ª|Exmo|Exma|Eng|Enga|Eng\.ª|Dr\.ª"
)
# Titles written in lower case mid-sentence, always with their full stop (dhr. Jansen, mevr. de
# Jong, el sr. García, chez mme Martin).
TITLES_LOWER = (
    r"dhr|mevr|mw|drs|ir|sr|sra|srta|mme|mlle|dr|dra|prof|hr|fr|mr|mrs|ms|"
    r"med|dent|vet|phil|jur|rer\. nat|habil|"  # Dr. med., Dr. rer. nat.
    r"sig|sig\.ra|dott|dott\.ssa|avv|ing|exmo|exma|eng"
)
SELF_INTRO = (
    r"my name is|i am called|call me|this is|ich heiße|ich heisse|mein name ist|ich bin|"
    r"je m'appelle|je m’appelle|mon nom est|je suis|me llamo|mi nombre es|soy|"
    r"mijn naam is|ik heet|ik ben|signed|unterschrieben von|signé|"
    r"mi chiamo|il mio nome è|il mio nome e|sono|"
    r"chamo-me|me chamo|o meu nome é|meu nome é|o meu nome e|meu nome e|sou o|sou a"
)
# Words for a person's role before a full name in prose ("our customer Anna Schmidt", "Patientin
# Maria Huber", "la cliente Lucía Gómez", "collega Pieter Bakker"): two capitalised words after
# one of them are a name, listed or not.
PERSON_ROLES = (
    r"customer|patient|employee|colleague|co-worker|coworker|tenant|applicant|candidate|"
    r"passenger|student|"
    r"kunde|kundin|patient|patientin|mitarbeiter|mitarbeiterin|kollege|kollegin|mieter|mieterin|"
    r"bewerber|bewerberin|ansprechpartner|ansprechpartnerin|"
    r"cliente|patiente|employé|employée|collègue|locataire|candidat|candidate|"
    r"paciente|empleado|empleada|compañero|compañera|inquilino|inquilina|"
    r"klant|patiënt|medewerker|medewerkster|collega|huurder|sollicitant|"
    r"il cliente|la cliente|paziente|collega|dipendente|inquilino|inquilina|il signor|la signora|"
    r"o cliente|a cliente|paciente|colega|funcionário|funcionária|inquilino|o senhor|a senhora"
)

# Capitalised words that a salutation or sign-off can be followed by and that are no name.
NOT_NAMES = frozenset(
    [
        "team",
        "all",
        "everyone",
        "everybody",
        "there",
        "folks",
        "guys",
        "friends",
        "support",
        "sir",
        "madam",
        "colleagues",
        "customer",
        "customers",
        "user",
        "users",
        "admin",
        "admins",
        "world",
        "again",
        "both",
        "you",
        "thanks",
        "thank",
        "regards",
        "best",
        "sales",
        "zusammen",
        "kollegen",
        "kolleginnen",
        "leute",
        "alle",
        "damen",
        "herren",
        "tous",
        "toutes",
        "madame",
        "monsieur",
        "équipe",
        "equipe",
        "todos",
        "todas",
        "equipo",
        "amigos",
        "allemaal",
        "iedereen",
        "team",
        "heer",
        "mevrouw",
        "collega",
        "collega's",
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "for",
        "from",
        "to",
        "on",
        "in",
        "at",
        "of",
        "with",
        "by",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "herr",
        "frau",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "tomorrow",
        "yesterday",
        "morning",
        "afternoon",
        "evening",
        "night",
        "ok",
        "okay",
        "yes",
        "no",
        "please",
        "hi",
        "hello",
        "dear",
        "hey",
        "tutti",
        "colleghi",
        "amici",
        "signori",
        "equipa",
        "equipe",
        "senhores",
        "amigos",
        "pessoal",
        "ragazzi",
    ]
)
NAME_PARTICLES = (
    r"van|von|de|der|den|del|della|di|da|do|du|des|dos|das|la|le|ten|ter|zu|y|e|af|al|bin|binti|ibn|st\.?|"
    r"el|ben|abu|op|in|'t|Ó|Ní|Uí|Mac|Nic"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PARTICLE_WORDS = _words(
    "van von de der den del della di da do du des dos das la le ten ter zu y van't 't"
)
# Particles that are also given names or words (Ben, Al, El, Mac): a particle only between a
# given name and a surname (Nadia El Amrani, Omar Ben Ali, Seán Ó Briain, Aoife Ní Bhriain).
INNER_PARTICLES = _words("el al ben bin ibn abu bint o ni ui mac nic")  # folded: Ó is 'o'
# Given names that are also ordinary words, places or products in one of the five languages:
# before a surname from the list only ("Will Smith", not "Will Call"; "Rosa Díaz", not
# "Rosa Parks"-less "Rosa Farbe").
AMBIGUOUS_GIVEN = _words(
    # English words
    "will may mark bill art rich guy dean chase hunter king lane lee long love major page "
    "ray rose ruby young joy hope faith grace golden royal son june april august summer "
    "autumn dawn eve iris ivy jade lily amber crystal holly honey pearl robin sandy sunny "
    "misty rusty sky star starr angel baby lady queen noble china india asia paris santa "
    "moon sun song sage reed gay fern olive pansy poppy violet daisy hazel heath clay cliff "
    "dale glen brook bell belle berry cherry ginger candy carol ebony jewel ivory rain river "
    "storm stormy tiger wolf unity destiny harmony melody charity felicity patience prudence "
    "mercy merry many marry miss mac man mason miles max jack frank pat sue don van jan les "
    "del sol see else grant drew price ward lance gene sterling rob bob dick nick chuck "
    "buck rod bud wade kit tiny trey mo hall penny summer echo alpha omega delta nova luna "
    "aurora vera victoria virginia georgia carolina florence sydney austin houston jackson "
    "charlotte orlando denver dallas phoenix savannah madison chelsea kent lincoln "
    "china ok in an so my on to ha he la le li ma mi na nu pa su ta tu ty un vi wm yi yu "
    "ai ja so lu ka do king queen prince duke earl baron "
    # products, languages, services
    "julia ada hugo alexa siri django jenkins pascal swift mercedes dell cassandra jasper "
    "elixir ember apollo athena atlas mercury neptune juno diana ares "
    # German, French, Spanish, Dutch words
    "kai heide linde mai till roman ernst otto marine noel noël constance aimée ange "
    "victoire lorraine rosa luz paz cruz dolores consuelo soledad pilar amparo esperanza "
    "gloria reyes jesus jesús santiago salvador rosario guadalupe mar alba nieves asuncion "
    "asunción concepcion concepción carmen nacho mei floor harm bas roos "
    # given names of other communities that are words too
    "long gang ping tao bo sun fang chao jun can per ole thor saga beat job ion milan said "
    "fatima larissa gaia hung kim lam tan "
    # places that are given names too
    "jordan israel kenya chad adelaide regina alexandria cleveland eugene tyler raleigh marion "
    "brittany dakota montana nevada africa america italia"
)
# Words that follow a given name in the names of places and things, never as a surname.
NOT_SURNAMES = _words(
    "street st avenue ave road rd lane drive square center centre valley hills heights "
    "springs falls creek point harbor harbour port north south east west beach city county "
    "station park university college school hospital airport hotel church bridge lake river "
    "mountain island bay set gems pipeline server studio code cloud platform framework api "
    "sdk app apps tool tools mall market stadium arena museum library theater theatre "
    "foundation institute company corp inc ltd gmbh ag sa bv llc group holdings bank "
    "airlines hall house tower building plaza court club award awards prize day night "
    "weekend week year month edition version release update notes team support service "
    "services project program programme protocol report system systems network strasse "
    "straße platz weg allee gasse bahnhof universität krankenhaus kirche schule rue place "
    "gare église eglise université universite école ecole calle plaza avenida estación "
    "estacion universidad iglesia escuela straat plein laan kerk station universiteit school "
    "the and of for with from call down up out off over period date time list work check help test "
    "mode type line"
)
# Thing words that no surname spells: as the last word of a name a model found, they make the
# whole a thing (Acrobat Reader, the Turing Award); Hall, House or Bank may be surnames.
THING_LAST = _words(
    "museum museo musée musee foundation stiftung fondation fundación fundacion stichting "
    "institute institut instituto award awards prize preis prix premio company corp "
    "corporation inc ltd llc plc gmbh ag sas sarl bv nv srl spa group gruppe groupe grupo "
    "hotel inn center centre zentrum university universität université universidad "
    "universiteit college hospital klinik clinic clinique library bibliothek theatre theater "
    "stadium stadion arena airport flughafen reader studio studios disease syndrome theorem "
    "transform algorithm equation conjecture"
)
# Words that, right after a full name, make it the name of a thing (the Vincent van Gogh Museum,
# the Hilton Garden Inn, Parkinson's disease, the Turing Award, Acrobat Reader): THING_LAST and
# the thing words that are surnames too (Hall, House, Bank, Park).
THING_AFTER = THING_LAST | _words(
    "aeropuerto avenue aéroport bahnhof bank bar beer brand brands bridge brücke building burger "
    "cafe café casa church collection constant cup distance ecole école effect église escuela "
    "estate fragrance garden gardens gare gin hall haus house huis iglesia jeans kerk kirche law "
    "lecture maison medal memorial method park perfume principle pub restaurant road scale "
    "school schule shop stakes station store stores strasse straße street théâtre tower trophy "
    "turm universite vodka whiskey whisky"
)


# --- names that a record's structure announces (names.ATTENDEES, names.BEFORE_BIRTH) -----------
# The label of a meeting's attendee list.
ATTENDEE_WORDS = (
    r"attendees|participants|present|teilnehmende|teilnehmer|teilnehmer\*innen|teilnehmerinnen|"
    r"anwesend|anwesende|asistentes|participantes|presentes|présents|presents|"
    r"aanwezig|aanwezigen|deelnemers|partecipanti|presenti|invités|invitados|genodigden"
)
# A birth cue written right after the person's name: `X, born`, `X (né le`, `X, nacido/a el`.
BIRTH_AFTER_NAME = (
    r"born|b\.|dob|d\.o\.b\.?|date of birth|née?|né\(e\)|geboren|geb\.|"
    r"nacid[oa](?:/[oa])?|nat[oa]|nascid[oa](?:/[oa])?"
)
BIRTH_AFTER_NAME_ANCHORS = (
    "born",
    "dob",
    "d.o.b",
    "date of birth",
    "né",
    "née",
    "geboren",
    "geb.",
    "nacido",
    "nacida",
    "nato",
    "nata",
    "nascido",
    "nascida",
)


# --- cue words of more languages (world.py), folded into the lists above ------------------------
# The rows of world.py add the labels and words of 50 more languages to the field names
# (KEY_KINDS), the birth cues (DOB_CUES), the id cues (ID_CUE) and the phone cues (PHONE_CUES).
from consentry.redact import world as _world  # noqa: E402 (data only; it imports nothing back)


def _fold(word: str) -> str:
    """A word without its accents (NFKD, combining marks dropped), as fields.key_kind folds."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# The combining marks of the scripts that write vowels with them (Devanagari to Sinhala, Thai,
# Lao, Myanmar, Khmer; Hebrew and Arabic points; Latin accents): part of a word, though `re`'s
# \w leaves them out (`पासवर्ड`).
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
)
NON_KEY_WORD = re.compile(rf"[^\w{MARKS}]+|_+")


def _key_forms(words: list[str]) -> str:
    """Words as field names: lower case, runs of other characters as `_`, with and without
    accents (a field name is searched in that form: fields.key_norm)."""
    forms: dict[str, None] = {}
    for w in words:
        key = NON_KEY_WORD.sub("_", w.lower()).strip("_")
        if len(key) >= 2:
            forms[key] = None
            forms[_fold(key)] = None
    return "|".join(re.escape(k) for k in sorted(forms, key=lambda k: (-len(k), k)))


def _prose(words: list[str]) -> str:
    """Words as prose cues: escaped, any run of blanks between their parts."""
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words)


def _grouped(words: list[str], tail: str = "") -> str:
    """Words as top-level alternatives that `by_first_letter` groups: those that begin with an
    ASCII letter one by one (it groups them), the others by their first letter here (`д(?:ата
    рождения|ата рожд.)`), so that the `re` engine tries a handful of branches at a letter."""
    ascii_first: list[str] = []
    other: dict[str, list[str]] = {}
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        if w[:1].isascii():
            ascii_first.append(_prose([w]) + tail)
        else:
            other.setdefault(w[0], []).append(_prose([w[1:]]) if len(w) > 1 else "")
    out = ascii_first + [f"{re.escape(c)}(?:{'|'.join(rests)}){tail}" for c, rests in other.items()]
    return "|".join(out)


def _stdnum_names() -> list[str]:
    """The names of python-stdnum's personal-number schemes (data/personal_ids.tsv)."""
    from pathlib import Path

    path = Path(__file__).with_name("data") / "personal_ids.tsv"
    return [r.split("\t")[0] for r in path.read_text(encoding="utf-8").splitlines() if "\t" in r]


_SECRET_WORDS = _world.words(_world.PASSWORD) + _world.words(_world.OTP)
_WORLD_KEYS = {
    "DATE_OF_BIRTH": _key_forms(_world.words(_world.DOB)),
    "SECRET": _key_forms(_SECRET_WORDS)
    # a password's field named for what it opens (`heslo wifi`, `şifre router`, `WLAN-Passwort`)
    + "|(?:"
    + _key_forms(_world.words(_world.PASSWORD))
    + "|"
    + dict(KEY_KINDS)["SECRET"]
    + ")_(?:wifi|wi_fi|wlan|router|hotspot|net|network|email|mail|account|admin|app|portal)",
    "NATIONAL_ID": _key_forms(_world.words(_world.ID) + _stdnum_names()),
    "PHONE": _key_forms(_world.words(_world.PHONE)),
}
KEY_KINDS = tuple(
    (kind, f"{rx}|{_WORLD_KEYS[kind]}" if kind in _WORLD_KEYS else rx) for kind, rx in KEY_KINDS
)

_SPACED_DOB = [
    w for lang, ws in _world.DOB if lang not in _world.UNSPACED_LANGS for w in ws.split("|")
]
_UNSPACED_DOB = [
    w for lang, ws in _world.DOB if lang in _world.UNSPACED_LANGS for w in ws.split("|")
]
DOB_CUES = DOB_CUES + "|" + _grouped(_SPACED_DOB)
# Birth cues of scripts written without spaces: found inside a run of letters (dates.CUE).
DOB_CUES_UNSPACED = _prose(sorted(set(_UNSPACED_DOB), key=lambda w: (-len(w), w)))
DOB_CUE_ANCHORS = tuple(sorted({w.lower() for w in _SPACED_DOB + _UNSPACED_DOB}))

_ID_WORLD = [w for w in _world.words(_world.ID) if w not in _world.ID_CAPITALS]
_ID_CAPS = sorted(_world.ID_CAPITALS, key=lambda w: (-len(w), w))
# (whole words: `NIN` is no cue in `GRONINGEN`)
_ID_CUE_WORDS = (
    _ID_CUE_WORDS
    + "|"
    + _grouped(_ID_WORLD, r"(?![^\W\d_])")
    + "|(?-i:"
    + _prose([w.upper() for w in _ID_CAPS])
    + r")(?![^\W\d_])"
)
# (the world's words of other scripts each behind one test: script_guarded)
ID_CUE = re.compile(
    rf"(?i)(?<!\w)(?:{script_guarded(by_first_letter(_ID_CUE_WORDS))}|"
    rf"(?:{by_first_letter(_ID_CUE_ABBREVIATIONS)})(?![^\W\d_]))"
)
ID_CUE_FLAT = re.compile(rf"(?i)(?<!\w)(?:{_ID_CUE_WORDS}|(?:{_ID_CUE_ABBREVIATIONS})(?![^\W\d_]))")

PHONE_CUES = PHONE_CUES + "|" + _grouped(_world.words(_world.PHONE))
PHONE_CUE = re.compile(rf"(?i)(?<!\w)(?:{script_guarded(by_first_letter(PHONE_CUES))})(?!\w)")
STRONG_PHONE_CUES = STRONG_PHONE_CUES + "|" + _grouped(_world.words(_world.PHONE))
STRONG_PHONE_CUE = re.compile(
    rf"(?i)(?<!\w)(?:{script_guarded(by_first_letter(STRONG_PHONE_CUES))})(?!\w)"
)

# --- twelfth pass (redact12b): field names for a person's name and address in many languages ----
# The words for "name", "full name", "first name", "surname" and "address" in 48 languages, as
# the translation tables of Wiktionary's entries *name*, *full name*, *surname* and *address*
# give them (and the labels the same languages' official forms print: passport and ID-card
# application forms, census forms), written as field names (lower case, words joined by `_`,
# matched with and without accents by `fields.key_kind`). Ordinary words that are a field name
# only in one language and something else in English (Turkish `ad`, Afrikaans `van`) are left
# out: a key must not take `ad: Summer sale` for a name. A short word that starts common English
# words (`nume` in *number*, `ten`, `nev`) ends in `\b`: the field scope's pre-check, which reads
# a key word as a prefix, then does not send every text with `number,` or `never,` to it.
WORLD_PERSON_KEYS = (
    # Albanian, Basque, Catalan, Welsh, Irish, Maltese, Esperanto
    r"emri\b|emer\b|mbiemri|emri_i_plote|izena|abizena|abizenak|izen_abizenak|cognoms?|nom_i_cognoms|"
    r"enw|enw_llawn|cyfenw|ainm|sloinne|isem\b|kunjom|nomo\b|familia_nomo|"
    # Slavic (Latin script): Czech, Slovak, Polish, Slovenian, Croatian, Bosnian, Serbian
    r"jmeno|jméno|prijmeni|příjmení|cele_jmeno|jmeno_a_prijmeni|meno\b|priezvisko|meno_a_priezvisko|"
    r"imie|imię|nazwisko|imie_i_nazwisko|imię_i_nazwisko|ime\b|priimek|ime_in_priimek|prezime|"
    r"ime_i_prezime|ime_prezime|"
    # Nordic and Baltic, Finnish, Estonian, Hungarian
    r"navn|fornavn|efternavn|etternavn|fulde_navn|fullt_navn|namn|fornamn|förnamn|efternamn|"
    r"fullstandigt_namn|nafn|fornafn|eftirnafn|nimi|etunimi|sukunimi|koko_nimi|eesnimi|perenimi|"
    r"perekonnanimi|vards|vārds|uzvards|uzvārds|vardas|pavarde|pavardė|vardas_pavarde|"
    r"nev\b|név\b|vezeteknev|vezetéknév|keresztnev|keresztnév|utonev|utónév|teljes_nev|teljes_név|"
    # Romanian, Greek (script and transliterated), Turkish, Azerbaijani
    r"nume\b|prenume|nume_complet|numele|nume_si_prenume|numele_complet|"
    r"όνομα|ονομα|επώνυμο|επωνυμο|ονοματεπώνυμο|ονοματεπωνυμο|onoma|eponymo|onomateponymo|"
    r"adi\b|adı|soyad|soyadi|soyadı|ad_soyad|adi_soyadi|adı_soyadı|isim|isim_soyisim|soyisim|"
    r"tam_ad|tam_adi|ad_ve_soyad|adı_ve_soyadı|soyadı_adı|ad_soyadi|"
    # Indonesian and Malay, Tagalog, Swahili, Zulu and Xhosa, Hausa, Yoruba, Amharic (latin)
    r"nama\b|nama_lengkap|nama_depan|nama_belakang|nama_penuh|nama_keluarga|nama_pelanggan|"
    r"nama_pasien|nama_karyawan|nama_penumpang|pangalan|buong_pangalan|unang_pangalan|"
    r"apelyido|apelido|gitnang_pangalan|jina|jina_kamili|jina_la_kwanza|jina_la_ukoo|"
    r"jina_la_mteja|jina_la_mgonjwa|igama|isibongo|igama_eligcwele|suna\b|cikakken_suna|"
    r"oruko|orúkọ|"
    # Vietnamese, Hindi and Urdu (latin), Afrikaans, Icelandic-like forms above
    r"ten\b|tên\b|ho_ten|họ_tên|ho_va_ten|họ_và_tên|naam_poora|pura_naam|volle_naam|"
    # Cyrillic: Russian, Ukrainian, Bulgarian, Serbian, Macedonian
    r"имя|фамилия|отчество|фио|ф_и_о|полное_имя|ім_я|імя|прізвище|піб|име|презиме|"
    r"име_и_презиме|собствено_име|"
    # Arabic, Persian, Hebrew, Hindi, Thai, Chinese, Japanese, Korean, Georgian, Armenian
    r"الاسم|اسم|الاسم_الكامل|اسم_العائلة|نام|نام_خانوادگی|שם|שם_מלא|שם_משפחה|שם_פרטי|"
    r"नाम|पूरा_नाम|उपनाम|ชื่อ|นามสกุล|ชื่อ_นามสกุล|姓名|名字|姓|氏名|名前|이름|성명|성|"
    r"სახელი|გვარი|անուն|ազգանուն|"
    # English legal and travel roles that hold a person's name in a filing or a booking
    r"claimant|plaintiff|petitioner|counsel|traveller|traveler|pax\b|lead_passenger|"
    r"deceased|testator|heir\b|employee_full_name"
)
WORLD_ADDRESS_KEYS = (
    r"adresa|adresă|adresa_de_domiciliu|adresy|adres_zamieszkania|adresas|aadress|adrese|"
    r"osoite|kotiosoite|cim\b|cím\b|lakcim|lakcím|naslov|bydliste|bydliště|trvale_bydliste|"
    r"adressi|adresse_bolig|bostadsadress|heimilisfang|postadress|"
    r"διεύθυνση|διευθυνση|dieythynsi|dieuthinsi|odos|οδός|"
    r"adresi|ikamet|ikametgah|ikamet_adresi|ev_adresi|acik_adres|açık_adres|"
    r"alamat|alamat_lengkap|alamat_rumah|alamat_domisili|tirahan|address_sa|anwani|"
    r"anwani_ya_makazi|makazi|ikheli|dia_chi|địa_chỉ|"
    r"адрес|адреса|адрес_проживания|місце_проживання|"
    r"العنوان|عنوان|כתובת|पता|ที่อยู่|地址|住所|주소|მისამართი|հասցե"
)
# --- thirteenth pass: the parties a form or a contract names, in the same languages ------------
# A sale's seller and buyer, a parcel's recipient and sender, a pupil and their parent or
# guardian, and a mother's or father's name on an identity or school form (the labels official
# forms print: land and vehicle sale contracts, postal consignment notes, school enrolment and
# ID-card application forms; words from Wiktionary's translation tables of *seller*, *buyer*,
# *recipient*, *sender*, *parent*, *guardian*, *pupil* and *mother's name*). A party may be a
# company (`Buyer: ACME Ltd`): the value must be capitalised words with no legal form
# (fields.PARTY_KEY, LEGAL_FORMS). English *vendor* and *customer*-like words that name shops and
# programs are left out, and so are words that are common words elsewhere (Dutch `koper` also
# means copper, but a copper is no capitalised name after a colon either).
WORLD_PARTY_KEYS = (
    # English
    r"seller|buyer|purchaser|consignee|addressee|parent|parents|parent_guardian|"
    r"guardian_name|mother_s_name|mothers_name|mother_name|father_s_name|fathers_name|"
    r"father_name|mother_s_maiden_name|child_s_name|childs_name|child_name|pupil|pupil_name|"
    r"learner|learner_name|student_name|landlord|lessor|lessee|"
    # German, French, Spanish, Dutch, Italian, Portuguese
    r"verkaufer|verkäufer|kaufer|käufer|erziehungsberechtigte[rn]?|vendeur|acheteur|acquereur|"
    r"acquéreur|representant_legal|vendedor|comprador|verkoper|koper|ouder|voogd|venditore|"
    r"acquirente|genitore|tutore|"
    # Hungarian (a name's label: `anyja neve`, `gyermek neve`)
    r"elado|eladó|vevo|vevő|cimzett|címzett|felado|feladó|szulo|szülő|gondviselo|gondviselő|"
    r"szulo_gondviselo|szülő_gondviselő|anyja_neve|apja_neve|gyermek_neve|tanulo_neve|tanuló_neve|"
    r"anyja_szuletesi_neve|"
    # Vietnamese
    r"ben_ban|bên_bán|ben_mua|bên_mua|nguoi_ban|người_bán|nguoi_mua|người_mua|nguoi_nhan|"
    r"người_nhận|nguoi_gui|người_gửi|phu_huynh|phụ_huynh|ho_ten_me|họ_tên_mẹ|ho_ten_cha|"
    r"họ_tên_cha|ho_ten_hoc_sinh|họ_tên_học_sinh|ten_me|tên_mẹ|ten_cha|tên_cha|"
    # Malay and Indonesian, Tagalog, Swahili
    r"penjual|pembeli|penerima|pengirim|penjaga|ibu_bapa|orang_tua|wali_murid|nama_ibu|"
    r"nama_ibu_kandung|nama_bapa|nama_ayah|nama_pelajar|nama_murid|nama_siswa|nagbebenta|"
    r"mamimili|tatanggap|magulang|muuzaji|mnunuzi|mpokeaji|mtumaji|mzazi|mlezi|jina_la_mama|"
    # Baltic: Lithuanian, Latvian, Estonian
    r"pardavejas|pardavėjas|pirkejas|pirkėjas|gavejas|gavėjas|siuntejas|siuntėjas|globejas|"
    r"globėjas|tevai|tėvai|mokinio_vardas|motinos_vardas_pavarde|tevo_vardas|tėvo_vardas|"
    r"pardevejs|pārdevējs|pircejs|pircējs|sanemejs|saņēmējs|sutitajs|sūtītājs|"
    r"muuja|müüja|ostja|saaja|saatja|lapsevanem|eestkostja|ema_nimi|isa_nimi|opilase_nimi|"
    r"õpilase_nimi|"
    # Slavic (Latin script): Croatian, Serbian, Bosnian, Slovenian, Czech, Slovak, Polish
    r"prodavatelj|prodavac|prodavač|kupac|primatelj|primalac|posiljatelj|pošiljatelj|roditelj|"
    r"skrbnik|staratelj|ime_majke|ime_oca|ime_ucenika|ime_učenika|prodajalec|kupec|prejemnik|"
    r"prodavajici|prodávající|kupujici|kupující|prijemce|příjemce|odesilatel|odesílatel|"
    r"zakonny_zastupce|zákonný_zástupce|jmeno_matky|jméno_matky|predavajuci|predávajúci|"
    r"kupujuci|kupujúci|prijemca|príjemca|sprzedajacy|sprzedający|kupujacy|kupujący|"
    r"odbiorca|nadawca|opiekun|opiekun_prawny|imie_matki|imię_matki|imie_ojca|imię_ojca|"
    # Romanian, Turkish, Greek
    r"vanzator|vânzător|vinzator|cumparator|cumpărător|expeditor|parinte|părinte|numele_mamei|"
    r"satici|satıcı|alici|alıcı|gonderen|gönderen|veli|anne_adi|anne_adı|baba_adi|baba_adı|"
    r"ogrenci_adi|öğrenci_adı|πωλητής|πωλητης|αγοραστής|αγοραστης|παραλήπτης|παραληπτης|"
    r"αποστολέας|αποστολεας|κηδεμόνας|κηδεμονας|"
    # Nordic, Finnish, Afrikaans
    r"saljare|säljare|kopare|köpare|mottagare|avsandare|avsändare|vardnadshavare|"
    r"vårdnadshavare|saelger|sælger|selger|kober|køber|kjoper|kjøper|modtager|mottaker|"
    r"afsender|avsender|foraelder|forælder|foresatt|vaerge|værge|verge|myyja|myyjä|ostaja|"
    r"vastaanottaja|lahettaja|lähettäjä|huoltaja|aidin_nimi|äidin_nimi|koper_naam|"
    r"ouer_voog|moeder_se_naam|leerder_naam"
)
KEY_KINDS = (
    *KEY_KINDS,
    ("PERSON", WORLD_PERSON_KEYS + "|" + WORLD_PARTY_KEYS),
    ("ADDRESS", WORLD_ADDRESS_KEYS),
)
# A party's field: its value must be capitalised words (fields.keyed_values), no company.
PARTY_KEY = re.compile(rf"(?:^|_)(?:{WORLD_PARTY_KEYS})$")
# A company's legal form or an organisation's word (a party, an addressee or a signer that is
# a company, not a person): Companies House, the EU's and ASEAN's company registers' suffixes.
LEGAL_FORMS = re.compile(
    r"(?i)(?<![\w])(?:ltd|llc|inc|corp|co|gmbh|ag|kg|sa|sas|sarl|srl|spa|bv|nv|plc|pty|oy|ab|as|"
    r"a\.s|s\.r\.o|sp|z\.o\.o|pt|tbk|cv|ltda|eireli|bhd|sdn|kft|zrt|bank|group|team|office|"
    r"department|dept|support|service|services|limited|company|university|hospital|clinic|"
    r"hotel|school|ministry|council)(?![\w])"
)
# ... and more of the legal forms of the languages above (a party's value only)
PARTY_NOT_PERSON = re.compile(
    r"(?i)(?<![\w])(?:uab|oü|d\.o\.o|d\.d|nyrt|jsc|tnhh|cty|c[oô]ng[ \t]+ty|as|sia|sdn|bhd|"
    r"pt|cv|kft|zrt|bt|srl|sa|ltd|llc|inc|gmbh|ag|bv|nv|plc|pty|oy|ab)(?![\w])"
)
STRONG_PERSON_KEY = re.compile(
    STRONG_PERSON_KEY.pattern
    + r"|(?:^|_)(?:nama_lengkap|buong_pangalan|jina_kamili|ονοματεπώνυμο|ονοματεπωνυμο|"
    r"ad_soyad|adı_soyadı|adi_soyadi|nume_complet|nume_si_prenume|imie_i_nazwisko|"
    r"ime_i_prezime|jmeno_a_prijmeni|prijmeni|příjmení|nazwisko|priezvisko|sukunimi|"
    r"etternavn|efternavn|efternamn|vezeteknev|vezetéknév|фамилия|фио|ho_ten|họ_tên)$"
)

# Greetings that open a letter or a message before the addressee's name, in 45 more languages
# (Wiktionary's translation tables of *hello*, *dear* (in letters) and *good morning*; forms
# written without their diacritics too). Left out: greetings that are also a common word or a
# street's word in another language (Polish `droga` is a road, Finnish `moi` is French, Kenya's
# `Moi Avenue`).
WORLD_SALUTATIONS = (
    # Nordic, Baltic, Finnish, Icelandic
    r"hej|hejsan|kära|kaera|god morgon|god dag|hei|kjære|kjaere|kære|kaere|hyvä|hyva|terve|"
    r"halló|hallo|kæri|tere|lugupeetud|sveiki|labdien|cienījamais|cienijamais|labas|gerbiamas|"
    r"gerbiamoji|mielas|mieloji|"
    # Slavic (Latin script), Hungarian, Romanian, Albanian, Maltese, Celtic, Basque, Catalan
    r"cześć|czesc|witam|dzień dobry|dzien dobry|szanown[ya]|szanowni|ahoj|dobrý den|dobry den|"
    r"dobrý deň|dobry den|vážen[ýá]|vazen[ya]|mil[ýá]|mil[ya]|bok|zdravo|poštovan[ia]|poštovani|"
    r"postovan[ia]|dragi|dobar dan|živjo|zivjo|spoštovan[ia]|spostovan[ia]|szia|sziasztok|"
    r"kedves|tisztelt|jó napot|jo napot|bună|buna|bună ziua|buna ziua|stimate|stimată|stimata|"
    r"dragă|draga|dragi|përshëndetje|pershendetje|i dashur|e dashur|għeżież|ghezież|bongu|"
    r"a chara|dia dhuit|annwyl|helo|shwmae|kaixo|benvolgut|benvolguda|bon dia|bos días|bos dias|"
    # Turkish, Azerbaijani, Greek (script and transliterated)
    r"merhaba|sayın|sayin|sevgili|selam|iyi günler|iyi gunler|salam|hörmətli|hormetli|"
    r"kalimera|kalimera sas|kalispera|geia sou|geia sas|agapite|agapiti|αγαπητέ|αγαπητή|"
    r"καλημέρα|γεια σας|γεια σου|"
    # Indonesian and Malay, Tagalog, Swahili, Vietnamese, Hausa, Yoruba, Zulu, Amharic (latin)
    r"halo|hai|selamat pagi|selamat siang|selamat sore|selamat malam|yth\.|kepada yth\.|"
    r"kumusta|magandang umaga|magandang hapon|magandang araw|mahal na|hujambo|jambo|mpendwa|"
    r"xin chào|xin chao|chào|chao|kính gửi|kinh gui|thân gửi|than gui|sannu|bawo|sawubona|"
    # Cyrillic, Arabic, Hebrew, Persian, Hindi (latin and script)
    r"здравствуйте|привет|добрый день|уважаемый|уважаемая|дорогой|дорогая|вітаю|привіт|"
    r"шановний|шановна|здравейте|уважаеми|уважаема|мирхаба|"
    r"marhaba|ahlan|as-salamu alaykum|assalamualaikum|مرحبا|عزيزي|عزيزتي|shalom|שלום|"
    r"namaste|नमस्ते|priya|प्रिय|salaam"
)
# grouped by first letter: under `(?i)` a flat list of two hundred greetings costs two hundred
# tries at every line's start
SALUTATIONS = by_first_letter(SALUTATIONS + "|" + WORLD_SALUTATIONS)

# "born" written right after the person's name in 30 more languages (Wiktionary's translation
# table of *born*, masculine and feminine; with and without diacritics), and Swahili's everyday
# greeting *habari* (left out above, it also means "news": it counts only at a message's start,
# before a capitalised name and a comma, as every greeting does).
WORLD_BIRTH_AFTER_NAME = (
    "lahir",  # Indonesian, Malay
    "ipinanganak",  # Tagalog
    "alizaliwa",  # Swahili
    "doğdu",
    "dogdu",
    "doğum tarihi",  # Turkish
    "γεννήθηκε",
    "gennithike",  # Greek
    "născut",
    "născută",
    "nascut",
    "nascuta",  # Romanian
    "narozen",
    "narozena",
    "narodený",
    "narodená",
    "narodeny",
    "narodena",  # Czech, Slovak
    "urodzony",
    "urodzona",  # Polish
    "született",
    "szuletett",  # Hungarian
    "syntynyt",  # Finnish
    "född",
    "fodd",
    "født",
    "fodt",  # Swedish, Danish, Norwegian
    "rođen",
    "rođena",
    "roden",
    "rodena",  # Croatian, Bosnian, Serbian
    "rojen",
    "rojena",  # Slovenian
    "родился",
    "родилась",
    "народився",
    "народилася",  # Russian, Ukrainian
    "sinh ngày",
    "sinh ngay",  # Vietnamese
    "gimęs",
    "gimusi",
    "dzimis",
    "dzimusi",
    "sündinud",  # Lithuanian, Latvian, Estonian
    "lindur",
    "nascut",
    "nascuda",
    "jaioa",
    "ganwyd",
    "rugadh",
    "gebore",  # Albanian, Catalan, Basque, Welsh, Irish, Afrikaans
)
BIRTH_AFTER_NAME = BIRTH_AFTER_NAME + "|" + "|".join(re.escape(w) for w in WORLD_BIRTH_AFTER_NAME)
SALUTATIONS = SALUTATIONS + "|habari|salamu"

# Compiled once, after every block above has added its field names.
COMPILED_KEY_KINDS = tuple((kind, re.compile(rf"(?:{rx})")) for kind, rx in KEY_KINDS)
