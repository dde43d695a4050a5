"""Tables written in markup: LaTeX's `tabular` and Jira's (Confluence's) wiki tables.

The rule: a table is read as the table it is whatever its markup — LaTeX separates cells with
`&`, ends rows with `\\\\`, rules them with `\\hline` and sets labels in `\\textbf{…}`; Jira's
wiki markup heads a table with `||Label||Label||` and writes its rows `|value|value|` — so a
value under a label that names a kind is found as it is in a tab-separated or Markdown table,
and the finding covers exactly the value as written. Markup that is no table (`&` in an
`align` environment, `||` in code) reads as before, and a table of codes keeps its codes.
"""

from __future__ import annotations

import pytest

from consentry.redact import default_redactor
from consentry.redact.kinds import Kind

# (language, labels: name, date of birth, phone, address), values people would write
ROWS = {
    "en": (("Name", "Date of birth", "Phone", "Address"), "Olivia Marsh", "03/11/1979"),
    "de": (("Name", "Geburtsdatum", "Telefon", "Anschrift"), "Jonas Albrecht", "03.11.1979"),
    "fr": (("Nom", "Date de naissance", "Téléphone", "Adresse"), "Camille Roussel", "03/11/1979"),
    "es": (
        ("Nombre", "Fecha de nacimiento", "Teléfono", "Dirección"),
        "Lucía Ferrer",
        "03/11/1979",
    ),
    "nl": (("Naam", "Geboortedatum", "Telefoon", "Adres"), "Sanne de Wit", "03-11-1979"),
}
PHONE = {
    "en": "+44 7700 900123",
    "de": "+49 151 23456789",
    "fr": "+33 6 12 34 56 78",
    "es": "+34 612 345 678",
    "nl": "+31 6 12345678",
}
STREET = {
    "en": "14 Larkfield Road",
    "de": "Lindenstraße 12",
    "fr": "12 rue des Lilas",
    "es": "Calle Mayor 7",
    "nl": "Kerkstraat 12",
}


@pytest.fixture(scope="module")
def red():
    return default_redactor(ner=False)


def found(red, text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in red.find_batch([text])[0]}


def values(lang: str) -> tuple[tuple[str, ...], list[str]]:
    labels, name, dob = ROWS[lang]
    return labels, [name, dob, PHONE[lang], STREET[lang]]


def covered(hits: dict[str, str], value: str, kind: str) -> bool:
    return any(value in span and k == kind for span, k in hits.items())


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_a_label_value_tabular_is_read_as_label_value_lines(red, lang: str) -> None:
    labels, vals = values(lang)
    rows = "\n".join(
        f"\\textbf{{{k}}} & {v} \\\\ \\hline" for k, v in zip(labels, vals, strict=True)
    )
    text = f"\\begin{{tabular}}{{|l|p{{6cm}}|}}\n\\hline\n{rows}\n\\end{{tabular}}\n"
    hits = found(red, text)
    assert covered(hits, vals[0], Kind.PERSON)
    assert covered(hits, vals[1], Kind.DATE_OF_BIRTH)
    assert covered(hits, vals[2], Kind.PHONE)
    assert covered(hits, vals[3], Kind.ADDRESS)
    # the date's finding is the date as written, not its markup
    assert vals[1] in hits


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_a_tabular_with_a_heading_row_names_its_columns(red, lang: str) -> None:
    labels, vals = values(lang)
    head = " & ".join(f"\\textbf{{{k}}}" for k in labels[:2]) + " & Ref \\\\ \\midrule"
    row = f"{vals[0]} & {vals[1]} & A-1043 \\\\"
    text = f"\\begin{{tabular}}{{lll}}\n\\toprule\n{head}\n{row}\n\\bottomrule\n\\end{{tabular}}"
    hits = found(red, text)
    assert covered(hits, vals[0], Kind.PERSON)
    assert vals[1] in hits and hits[vals[1]] == Kind.DATE_OF_BIRTH
    assert not any("A-1043" in span for span in hits)


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_a_wiki_table_heading_names_its_columns(red, lang: str) -> None:
    labels, vals = values(lang)
    head = "||" + "||".join(labels) + "||"
    row = "|" + "|".join(vals) + "|"
    text = f"See the table:\n{head}\n{row}\n"
    hits = found(red, text)
    assert vals[0] in hits and hits[vals[0]] == Kind.PERSON
    assert vals[1] in hits and hits[vals[1]] == Kind.DATE_OF_BIRTH
    assert covered(hits, vals[2], Kind.PHONE)
    assert covered(hits, vals[3], Kind.ADDRESS)


def test_a_tabular_of_codes_keeps_its_codes(red) -> None:
    text = (
        "\\begin{tabular}{ll}\n\\textbf{Item} & \\textbf{Code} \\\\ \\hline\n"
        "Widget & WX-2041 \\\\\nGasket & GS-0007 \\\\\n\\end{tabular}"
    )
    assert found(red, text) == {}


def test_markup_that_is_no_table_reads_as_before(red) -> None:
    # an alignment ampersand outside a tabular, and `||` in code, are not tables
    maths = "\\begin{align}\nx & = 1979 \\\\\ny & = 2041\n\\end{align}"
    code = "if (a || b) { run(); }\n|| not a heading\n"
    for text in (maths, code):
        assert found(red, text) == {}


def test_findings_in_a_tabular_sit_on_the_text_as_written(red) -> None:
    text = "\\begin{tabular}{ll}\n\\textbf{Date of birth} & 03/11/1979 \\\\\n\\end{tabular}"
    (f,) = red.find_batch([text])[0]
    assert text[f.start : f.end] == "03/11/1979"


POSTAL = {
    "en": ("Town", "Leeds LS6 2AB"),
    "de": ("Ort", "50667 Köln"),
    "fr": ("Ville", "69003 Lyon"),
    "es": ("Ciudad", "28013 Madrid"),
    "nl": ("Woonplaats", "3511 LK Utrecht"),
}


@pytest.mark.parametrize("colon_inside", [False, True])
@pytest.mark.parametrize("lang", sorted(ROWS))
def test_a_markdown_records_bold_keys_are_keys(red, lang: str, colon_inside: bool) -> None:
    # `- **Town**: …` and `- **Town:** …`: CommonMark's strong emphasis around a key
    labels, vals = values(lang)
    town_key, town = POSTAL[lang]
    keys = [labels[0], labels[1], labels[3], town_key]
    rows = [vals[0], vals[1], vals[3], town]

    def item(k: str, v: str) -> str:
        return f"- **{k}:** {v}" if colon_inside else f"- **{k}**: {v}"

    text = "## Record\n\n" + "\n".join(item(k, v) for k, v in zip(keys, rows, strict=True)) + "\n"
    hits = found(red, text)
    assert covered(hits, vals[0], Kind.PERSON)
    assert vals[1] in hits and hits[vals[1]] == Kind.DATE_OF_BIRTH
    assert covered(hits, vals[3], Kind.ADDRESS)
    assert covered(hits, town, Kind.ADDRESS)


def test_emphasis_that_is_no_key_reads_as_before(red) -> None:
    text = "Use *args and **kwargs: both are fine.\n* **Note**: the build is green.\n"
    assert found(red, text) == {}
