"""A value named by a sibling member (red19).

The rule: where a record writes a field as an object whose one member names the field (`key`,
`name`, `label`, `field`, `fieldName`, any case; the most specific one the field-name rules
know) and whose `value` / `Value` / `val` member holds it — AWS tags, Apple Wallet pass
fields, HAR headers, form-builder exports, Kubernetes' env in YAML, pdftk's `dump_data_fields`
blocks — the value is read as that field, and the finding covers exactly the value as
written. A name the rules do not know (`colour`, `LOG_LEVEL`, `Checkbox1`) changes nothing.
"""

from __future__ import annotations

import pytest

from consentry.redact.kinds import Kind
from tests.redact.helpers import REDACTOR, covers, untouched

WALLET = """{
  "generic": {
    "primaryFields": [ { "key": "holder_name", "label": "MEMBER", "value": "Ingrid Halvorsen" } ],
    "secondaryFields": [
      { "key": "dob", "label": "BORN", "value": "03.11.79" },
      { "key": "home_address", "label": "ADDRESS", "value": "Storgata 14, 0155 Oslo" },
      { "key": "tier", "label": "LEVEL", "value": "Gold Member" }
    ]
  }
}"""

AWS_TAGS = (
    '{"Tags": [{"Key": "Owner", "Value": "Rachel Okafor"},'
    ' {"Key": "CostCenter", "Value": "Marketing West"}, {"Key": "colour", "Value": "blue"}]}'
)

K8S_ENV = """    env:
      - name: POSTGRES_PASSWORD
        value: "pA55w0rd-Kestrel-91"
      - name: LOG_LEVEL
        value: debug
      - name: REPLICAS
        value: "3"
"""

PDFTK = """---
FieldType: Text
FieldName: form1[0].Page1[0].applicant_birth_date[0]
FieldNameAlt: Date of birth
FieldFlags: 0
FieldValue: 03/11/1979
FieldJustification: Left
---
FieldType: Text
FieldName: Text7
FieldNameAlt: Nachname
FieldValue: Halvorsen
---
FieldType: Button
FieldName: Checkbox1
FieldNameAlt: Agree to terms
FieldStateOption: Off
FieldValue: Yes
---
"""


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (WALLET, "Ingrid Halvorsen", Kind.PERSON),
        (WALLET, "03.11.79", Kind.DATE_OF_BIRTH),
        (WALLET, "Storgata 14, 0155 Oslo", Kind.ADDRESS),
        (AWS_TAGS, "Rachel Okafor", Kind.PERSON),
        (K8S_ENV, "pA55w0rd-Kestrel-91", Kind.SECRET),
        (PDFTK, "03/11/1979", Kind.DATE_OF_BIRTH),
        (PDFTK, "Halvorsen", Kind.PERSON),
    ],
)
def test_a_value_is_read_as_the_field_its_sibling_names(text: str, value: str, kind: str) -> None:
    assert covers(text, value, kind)


def test_the_finding_is_the_value_as_written() -> None:
    text = '[{"label": "Date of birth", "value": "1979-11-03"}]'
    found = REDACTOR.find(text)
    assert [(f.kind, text[f.start : f.end]) for f in found] == [(Kind.DATE_OF_BIRTH, "1979-11-03")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"name": "colour", "value": "blue"}', "blue"),
        ('{"key": "theme", "label": "Theme", "value": "Dark Forest"}', "Dark Forest"),
        (WALLET, "Gold Member"),
        (AWS_TAGS, "Marketing West"),
        (K8S_ENV, "debug"),
        (PDFTK, "Yes"),
    ],
)
def test_a_name_no_rule_knows_changes_nothing(text: str, value: str) -> None:
    assert untouched(text, value)


def test_the_key_decides_over_the_label() -> None:
    # the program's name says whose address it is; the pass's label only says `Address`
    text = '{"key": "office_address", "label": "Address", "value": "Kongens gate 2, 0153 Oslo"}'
    assert not covers(text, "Kongens gate 2, 0153 Oslo", Kind.ADDRESS)
    mine = '{"key": "home_address", "label": "Address", "value": "Kongens gate 2, 0153 Oslo"}'
    assert covers(mine, "Kongens gate 2, 0153 Oslo", Kind.ADDRESS)
