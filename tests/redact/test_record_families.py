"""Families of layouts where a record's structure says what a value is (sixth pass on issue
11): result tables, form labels, transcripts, vCards, minutes, a name written again. Each
test states the family's rule and tries it in several languages and shapes, with look-alikes
that the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, found, untouched

# --- tables: psql and MySQL result boxes, header cells with marks ---------------------------


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("dob", "1979-04-17"),
        ("Né(e) le", "17/04/1979"),
        ("Nacido/a", "17-04-1979"),
        ("Geboren am", "17.04.1979"),
        ("birthDate", "4/17/1979"),
    ],
)
def test_a_date_under_a_birth_column_of_a_psql_result_is_a_date_of_birth(header, value):
    text = (
        f"app=> SELECT {header}, name, shipped FROM customers;\n"
        f" {header:<11}| name          | shipped\n"
        "------------+---------------+------------\n"
        f" {value:<11}| Oskar Lindqvist | 2024-02-01\n"
        "(1 row)\n"
    )
    assert covers(text, value, "DATE_OF_BIRTH")
    assert covers(text, "Oskar Lindqvist", "PERSON")
    assert untouched(text, "2024-02-01")  # a date under a column that names no birth


def test_a_mysql_box_reads_its_header_across_the_rule_lines():
    text = (
        "+------------+-----------------+-------+\n"
        "| dob        | national_id     | qty   |\n"
        "+------------+-----------------+-------+\n"
        "| 1983-11-02 | 123-45-6789     | 3     |\n"
        "+------------+-----------------+-------+\n"
    )
    assert covers(text, "1983-11-02", "DATE_OF_BIRTH")
    assert covers(text, "123-45-6789", "NATIONAL_ID")


@pytest.mark.parametrize("marked", ["N° de commande", "Order #", "Konto (IBAN)", "Nº pedido"])
def test_a_header_cell_with_a_number_sign_or_a_hint_keeps_the_table_readable(marked):
    text = (
        f"| Nom complet | {marked} | Naissance |\n"
        "|---|---|---|\n"
        "| Wiebke Harms | 5512 | 3 mars 1966 |\n"
    )
    assert covers(text, "3 mars 1966", "DATE_OF_BIRTH")
    assert untouched(text, "5512")


# --- form labels: Markdown bold, `=`, a dash on a form's line ----------------------------------


@pytest.mark.parametrize(
    ("label", "value", "kind"),
    [
        ("**Vorname**:", "Wiebke", "PERSON"),
        ("**Apellidos**:", "Ibarra Sáez", "PERSON"),
        ("**Geboortedatum** =", "1962-08-30", "DATE_OF_BIRTH"),
        ("__Date de naissance__:", "30/08/1962", "DATE_OF_BIRTH"),
        ("Nacido/a:\t", "30/08/1962", "DATE_OF_BIRTH"),
        ("Name -", "Joris Verhoeven", "PERSON"),
        ("Geburtsdatum –", "30.08.1962", "DATE_OF_BIRTH"),
    ],
)
def test_a_form_label_names_its_value_however_the_form_marks_it(label, value, kind):
    text = f"Bitte prüfen:\n\n{label} {value}\n**Status**: offen\n"
    assert covers(text, value, kind)


def test_a_dash_in_a_sentence_is_no_form_label():
    text = "We met the client - Wiebke was late. Release - 2024-01-01 went out."
    assert untouched(text, "2024-01-01")


# --- transcripts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp", ["[09:14] ", "[2025-03-02 09:14] ", "(09:14) ", "09:14:55 ", "09:14 - "]
)
@pytest.mark.parametrize("speaker", ["Oskar Lindqvist", "Thibaut Roux", "Almudena Ibarra Sáez"])
def test_the_speaker_after_a_time_stamp_is_a_person(stamp, speaker):
    text = f"{stamp}{speaker}: the parcel never came\n{stamp}Agent: sorry to hear that\n"
    assert covers(text, speaker, "PERSON")
    assert untouched(text, "Agent")


def test_a_speakers_role_in_brackets_is_not_part_of_the_name():
    text = "[10:02] Kalinda (Agent): the refund is on its way\n[10:03] System: session closed\n"
    assert ("PERSON", "Kalinda") in found(text)
    assert untouched(text, "Agent")
    assert untouched(text, "System")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Can you confirm your date of birth?", "14 February 1971"),
        ("Können Sie mir Ihr Geburtsdatum nennen?", "14.02.1971"),
        ("Pouvez-vous confirmer votre date de naissance ?", "14/02/1971"),
        ("¿Me indica su fecha de nacimiento?", "14 de febrero de 1971"),
        ("Wat is uw geboortedatum?", "14-02-1971"),
    ],
)
def test_a_reply_that_is_only_a_date_after_a_question_for_the_birth_date(question, answer):
    text = f"[11:20] Maren: {question}\n[11:21] Oskar Lindqvist: {answer}\n[11:22] Maren: ok\n"
    assert covers(text, answer, "DATE_OF_BIRTH")


def test_a_date_given_in_reply_to_another_question_is_kept():
    text = "[11:20] Maren: When is the release date?\n[11:21] Oskar: 14 February 2026\n"
    assert untouched(text, "14 February 2026")


# --- vCards ------------------------------------------------------------------------------------


def test_a_vcards_structured_name_and_street_are_found_by_their_components():
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Ibarra Sáez;Almudena;;;\nFN:Almudena Ibarra Sáez\n"
        "ORG:Kestrel Freight\nADR;TYPE=HOME:;;Calle del Olmo 14\\, 2º B;Soria;;42002;\n"
        "END:VCARD\n"
    )
    assert covers(text, "N:Ibarra Sáez"[2:], "PERSON")
    assert covers(text, ";Almudena;"[1:-1], "PERSON")
    assert covers(text, "Calle del Olmo 14\\, 2º B", "ADDRESS")
    assert untouched(text, "Kestrel Freight")
    # the postcode is part of the address (tenth pass); the town alone is kept
    assert covers(text, "42002", "ADDRESS")
    assert untouched(text, "Soria")


# --- minutes: attendees and action items -----------------------------------------------------


@pytest.mark.parametrize(
    "label", ["Attendees", "Teilnehmende", "Participants", "Asistentes", "Aanwezig"]
)
def test_every_name_on_an_attendee_list_is_a_person(label):
    text = f"{label}: Oskar Lindqvist, Thibaut Roux, Dr. Wiebke Harms and Joris Verhoeven\n"
    for name in ("Oskar Lindqvist", "Thibaut Roux", "Wiebke Harms", "Joris Verhoeven"):
        assert covers(text, name, "PERSON"), name


def test_an_attendee_list_keeps_teams():
    text = "Attendees: Marketing, Platform Team, Oskar Lindqvist\n"
    assert untouched(text, "Marketing")
    assert untouched(text, "Platform Team")


@pytest.mark.parametrize(
    "line",
    [
        "- [ ] Thomas calls the customer back",
        "- [x] Sabine ruft den Kunden an",
        "* [ ] Camille appelle le client",
        "- [ ] Lucía llama al cliente",
    ],
)
def test_an_action_items_owner_is_a_person(line):
    text = f"## Actions\n{line}\n- [ ] Budget 1.200 € approved\n"
    owner = line.split("] ")[1].split()[0]
    assert covers(text, owner, "PERSON")
    assert untouched(text, "Budget")


# --- the person a date of birth belongs to ----------------------------------------------------


@pytest.mark.parametrize(
    "cue",
    ["born", "(DOB", "né le", "née le", "geboren am", "geb.", "nacido/a el", "nacida el"],
)
def test_the_name_right_before_a_birth_cue_is_a_person(cue):
    sep = " " if cue.startswith("(") else ", "
    text = f"Our records say Almudena Ibarra Sáez{sep}{cue} 03/05/1958 asked for a copy."
    assert covers(text, "Almudena Ibarra Sáez", "PERSON")


def test_a_place_before_a_birth_cue_is_no_person():
    text = "Ich bin in Berlin, geboren am 3.4.1980."
    assert untouched(text, "Berlin")


# --- a name written again ----------------------------------------------------------------------


def test_a_name_found_once_is_redacted_where_it_recurs():
    text = "From: Joris Verhoeven <jv@example.nl>\n\nPlease send it to Joris Verhoeven, thanks."
    spans = [s for k, s in found(text) if k == "PERSON"]
    assert spans.count("Joris Verhoeven") == 2


def test_a_word_of_a_name_recurs_alone_but_not_inside_a_firm():
    text = (
        "Dear Wiebke Klein,\n\nwe asked Wiebke to sign. The parcel from Calvin Klein and "
        "Klein & Partner is late."
    )
    assert ("PERSON", "Wiebke") in found(text)
    assert untouched(text, "Calvin Klein")
    assert untouched(text, "Klein & Partner")


# --- keys and ids in rows ----------------------------------------------------------------------


@pytest.mark.parametrize("key", ["address1", "addressLine1", "street_line2", "adresse1"])
def test_a_key_that_ends_in_a_digit_names_its_value(key):
    text = f'{{"{key}": "Lindenweg 12", "city": "Kassel"}}'
    assert covers(text, "Lindenweg 12", "ADDRESS")


def test_a_structured_id_before_the_next_cell_of_a_row():
    text = "Oskar Lindqvist,12345678Z,3d79f0a1,AB 12 34 56 C,42\n"
    assert covers(text, "12345678Z", "NATIONAL_ID")  # a DNI with its letter
    assert covers(text, "AB 12 34 56 C", "NATIONAL_ID")  # a NINO


def test_a_decimal_with_a_comma_is_no_id():
    text = "Der Betrag war 12345678,50 EUR."
    assert untouched(text, "12345678,50")


# --- secrets said in a sentence ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "secret"),
    [
        ("the password I set was {v} but it fails", "Gx7!mq2LpZ"),
        ("Das Passwort für die Datenbank ist {v}, bitte nicht teilen.", "Gx7!mq2LpZ"),
        ("Le mot de passe de la base est {v}, merci.", "Gx7!mq2LpZ"),
        ("La contraseña de la base de datos es {v}, no la compartáis.", "Gx7!mq2LpZ"),
        ("Het wachtwoord van de database is {v}, niet doorsturen.", "Gx7!mq2LpZ"),
        ("The reset generated token {v}.", "q8ZfT3kLm2Xw9RbN4vYp7HsD1cJe"),
        ("Der Reset hat das Token {v} erzeugt.", "q8ZfT3kLm2Xw9RbN4vYp7HsD1cJe"),
        ("Le reset a produit le jeton {v}.", "q8ZfT3kLm2Xw9RbN4vYp7HsD1cJe"),
    ],
)
def test_a_secret_named_in_a_sentence_whoever_it_belongs_to(sentence, secret):
    text = sentence.format(v=secret)
    assert covers(text, secret, "SECRET")


@pytest.mark.parametrize(
    "text",
    [
        "The password for the account was reset yesterday.",
        "The token endpoint is documented; the password field is required.",
        "Request token lifetime is configurable.",
    ],
)
def test_talk_about_passwords_and_tokens_keeps_its_words(text):
    assert found(text) == []


@pytest.mark.parametrize("scheme", ["redis", "amqp", "postgresql"])
def test_a_url_password_with_an_empty_user(scheme):
    text = f"DATABASE_URL={scheme}://:Wq9!zR2pLm@db.internal:6379/0"
    assert covers(text, "Wq9!zR2pLm", "SECRET")


# --- versions and long references are no phones or addresses ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "APP_VERSION='1.20.5061.1349'",
        "Since the update to 10.0.19045.3803 it crashes.",
        "Seit dem Update auf 19.26.18470.1500 stürzt es ab.",
    ],
)
def test_a_windows_style_build_number_is_no_phone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Environment: app 16.8.21.12, client 185.23.77.14",
        '"Mozilla/5.0 (X11; Linux x86_64; rv:1.35.30.19) Gecko/20100101" from 185.23.77.14',
        "BUILD_VERSION=4.2.10.7 on 185.23.77.14",
    ],
)
def test_a_dotted_quad_after_an_app_a_browser_revision_or_a_version_key_is_a_version(text):
    assert [k for k, _v in found(text)] == ["IP_ADDRESS"]
    assert covers(text, "185.23.77.14", "IP_ADDRESS")


def test_a_phone_shaped_head_of_a_longer_order_number_is_kept():
    text = "Order 138-2036507-2038648 never arrived; call me on 415-555-0132."
    assert untouched(text, "138-2036507-2038648")
    assert covers(text, "415-555-0132", "PHONE")


# --- US street suffixes after a street's name -----------------------------------------------


@pytest.mark.parametrize(
    "street",
    ["56 Perkins Parks", "16 Megan Radial", "39 Philip Club", "7 Cedar Falls", "95 Beverley Lakes"],
)
def test_the_usps_suffixes_after_a_streets_own_name(street):
    text = f"Please ship it to {street}, Springfield, IL 62704 by Friday."
    assert covers(text, street, "ADDRESS")


@pytest.mark.parametrize(
    "text", ["We visited 3 Lakes and 12 Falls.", "HTTP/1.1 502 Bad Gateway", "Top 5 Springs"]
)
def test_a_number_before_a_suffix_word_alone_is_no_street(text):
    assert found(text) == []


# --- names after kin and work roles, salutations for either gender, more scripts' letters -------


@pytest.mark.parametrize(
    "phrase",
    [
        "Please tell my daughter {n} that",
        "Bitte sag meiner Tochter {n} Bescheid",
        "Résume ça pour ma responsable {n} demain",
        "Mi hijo {n} necesita su propia cuenta",
        "Vat dit samen voor mijn leidinggevende {n} morgen",
        # however many blanks people leave, tabs too, and the role written in capitals
        "Write a card for my  sister {n} please",
        "Nota para\tmi\tjefa {n}",
        "Ask MY MOTHER {n} first",
    ],
)
@pytest.mark.parametrize("name", ["Oskar Lindqvist", "Teodora"])
def test_a_name_after_a_kin_or_work_role_with_a_possessive(phrase, name):
    text = phrase.format(n=name)
    assert covers(text, name, "PERSON")


@pytest.mark.parametrize(("joiner", "firm"), [("von", "Carrefour"), ("de", "El Corte Inglés")])
def test_where_the_person_works_is_not_part_of_the_name(joiner, firm):
    text = f"Fass das für meine Chefin Wiebke Harms {joiner} {firm} zusammen."
    assert covers(text, "Wiebke Harms", "PERSON")
    assert untouched(text, firm)


def test_a_kin_word_before_a_verb_is_no_name():
    assert found("My son Is sick and my wife Has the flu.") == []


@pytest.mark.parametrize(
    "greeting",
    ["Cher/Chère", "Estimado/a", "Liebe(r)", "Sehr geehrte(r)", "Buenos días,", "Querido/a"],
)
def test_a_salutation_written_for_either_gender_or_with_a_comma(greeting):
    text = f"{greeting} Teodora,\n\nthe parcel is late."
    assert covers(text, "Teodora", "PERSON")


@pytest.mark.parametrize("name", ["Nguyễn Thị Mai", "Louise McConaghy", "Trần Văn Minh"])
def test_names_with_vietnamese_letters_and_mc_are_read_whole(name):
    text = f"Best regards,\n{name}\n"
    assert covers(text, name, "PERSON")


# --- a login with its password, a key after a question, camelCase keys ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "My login is ana@example.org and my password {v}, but it fails.",
        "Mijn login is ana@example.nl en mijn wachtwoord {v}, maar het faalt.",
        "Mon identifiant est ana@example.fr et mon mot de passe {v}, mais rien.",
        "Mi usuario es ana@example.es y la contraseña {v}, pero falla.",
        "Mein Login ist ana@example.de, Passwort {v}, aber nichts geht.",
    ],
)
def test_a_password_given_with_its_login_needs_no_verb(sentence):
    text = sentence.format(v="Gx7!mq2LpZ")
    assert covers(text, "Gx7!mq2LpZ", "SECRET")


def test_a_word_after_and_my_password_is_no_secret():
    assert found("I forgot my login and my password yesterday.") == []


@pytest.mark.parametrize(
    "question",
    [
        "Is this key safe to paste in Slack?",
        "¿Es seguro compartir esta clave?",
        "Ist dieser Schlüssel ok?",
    ],
)
def test_a_key_shown_right_after_a_question_about_it(question):
    text = f"{question} 9f2c4e1a7b3d5f60a8c2e4b6d1f3a5c7e9b0d2f4\n"
    assert covers(text, "9f2c4e1a7b3d5f60a8c2e4b6d1f3a5c7e9b0d2f4", "SECRET")


def test_an_id_after_a_question_that_names_no_key_is_kept():
    text = "Is this request id right? 2f1c6a0e-0d8a-4b7e-9a55-77c1e0a1f3b2\n"
    assert untouched(text, "2f1c6a0e-0d8a-4b7e-9a55-77c1e0a1f3b2")


def test_a_camel_case_key_is_read_in_a_batch_as_alone():
    texts = ['const char* kDbPass = "Welc0me987";'] + ["plain text without keys"] * 40
    from tests.redact.helpers import REDACTOR

    batch = REDACTOR.find_batch(texts)[0]
    assert [(f.kind, texts[0][f.start : f.end]) for f in batch] == [("SECRET", "Welc0me987")]


# --- ids named after them, PostgreSQL key details ------------------------------------------------


@pytest.mark.parametrize(("value", "scheme"), [("123456782", "BSN"), ("1234.56.782", "sofinummer")])
def test_an_id_with_its_schemes_name_in_brackets_after_it(value, scheme):
    text = f"Het nummer {value} ({scheme}) hoort bij mij."
    assert covers(text, value, "NATIONAL_ID")


def test_a_number_with_other_words_in_brackets_is_kept():
    text = "Bestelling 123456782 (open) staat nog open."
    assert untouched(text, "123456782")


def test_a_postgresql_key_detail_names_its_values_by_column():
    text = (
        "ERROR: duplicate key value violates unique constraint\n"
        "DETAIL: Key (email, order_id)=(ana.silva@sapo.pt, 5512) already exists.\n"
        "Caused by: PSQLException: Key (nid)=(123456782) already exists.\n"
    )
    assert covers(text, "123456782", "NATIONAL_ID")
    assert covers(text, "ana.silva@sapo.pt", "EMAIL")
    assert untouched(text, "5512")
