"""A value named by a sibling member (red19).

Many record formats do not write a field as `name: value` but as a small object whose one
member names the field and whose other member holds it:

- AWS resource tags (`{"Key": "owner_email", "Value": "…"}`), Apple Wallet pass fields
  (`{"key": "birth_date", "label": "Date of birth", "value": "…"}`), HAR headers and query
  strings (`{"name": "…", "value": "…"}`), form-builder exports (`{"field": …, "value": …}`);
- Kubernetes' container env in YAML (`- name: DB_PASSWORD` / `  value: …`);
- pdftk's `dump_data_fields` blocks (`FieldName:` / `FieldNameAlt:` … `FieldValue:` between
  `---` lines).

The scan's view of the text (address_records.decoded_view) reads the value member's own name
(`value`, `FieldValue`) as the field name its sibling gives, so the keyed-field rules read the
value as that field. The name members are tried most specific first (`key`, then `field`,
`name`, `label`); the first one the field-name rules know decides. A name they do not know
(`{"name": "colour", "value": "blue"}`) changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consentry.redact import fields

# name members, most specific first (a Wallet pass's `key` is its program's name for the
# field; its `label` is what the pass shows, often upper-cased or abbreviated)
_NAME_ORDER = ("key", "fieldname", "field", "name", "label", "fieldnamealt")
_MAX_NAME = 80
# a flat JSON object (no nested object or array) with a value member
_JSON_OBJECT = re.compile(r"\{[^{}\[\]]{1,800}\}")
_JSON_NAME = re.compile(
    r"\"(key|name|label|field|fieldName)\"[ \t]*:[ \t]*\"([^\"\\\n]{1,80})\"", re.IGNORECASE
)
_JSON_VALUE = re.compile(r"\"(value|val)\"(?=[ \t]*:)", re.IGNORECASE)
# a YAML list item naming its field, with the value member on a following line indented
# under it (Kubernetes' env, Ansible's and Helm's name/value lists)
_YAML_ITEM = re.compile(
    r"(?m)^([ \t]*)-[ \t]+(?:(name|key)[ \t]*:[ \t]*[\"']?([^\s\"'#][^\n\"'#]{0,79}?)[\"']?[ \t]*"
    r"(?:\r?\n\1[ \t]+(?![ \t])(?!value[ \t]*:)[\w-]{1,30}[ \t]*:[^\n]*){0,3}"
    r"\r?\n\1[ \t]+(value)[ \t]*:)",
    re.IGNORECASE,
)
# pdftk's dump_data_fields: one field per block between `---` lines
_PDFTK_BLOCK = re.compile(r"(?m)^---[ \t]*\r?\n((?:(?!---[ \t]*\r?$)[^\n]*\n?){1,12})")
_PDFTK_NAME = re.compile(r"(?m)^(FieldName|FieldNameAlt):[ \t]*([^\n]{1,120}?)[ \t]*\r?$")
_PDFTK_VALUE = re.compile(r"(?m)^(FieldValue):")
# an AcroForm field's full name is its parents' names and its own, with XFA's indices
# (`topmostSubform[0].Page1[0].birth_date[0]`): the last part names the field
_INDEX = re.compile(r"\[\d+\]")


def _field_name(raw: str) -> str:
    """The field's own name in a dotted AcroForm/XFA path, without its indices."""
    return _INDEX.sub("", raw).rstrip(".").rsplit(".", 1)[-1]


def _choose(names: dict[str, str]) -> str | None:
    """The key-normalised name of the most specific name member the field-name rules know."""
    for member in _NAME_ORDER:
        raw = names.get(member)
        if raw is None:
            continue
        norm = fields.key_norm(_field_name(raw) if member.startswith("fieldname") else raw)
        if norm and fields.key_kind(norm) is not None:
            return norm
    return None


def _json_parts(text: str) -> Iterator[tuple[int, int, str]]:
    for obj in _JSON_OBJECT.finditer(text):
        value = _JSON_VALUE.search(text, obj.start(), obj.end())
        if value is None:
            continue
        names: dict[str, str] = {}
        for m in _JSON_NAME.finditer(text, obj.start(), obj.end()):
            names.setdefault(m.group(1).lower(), m.group(2))
        chosen = _choose(names)
        if chosen:
            yield value.start(1), value.end(1), chosen


def _yaml_parts(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _YAML_ITEM.finditer(text):
        chosen = _choose({m.group(2).lower(): m.group(3)})
        if chosen:
            yield m.start(4), m.end(4), chosen


def _pdftk_parts(text: str) -> Iterator[tuple[int, int, str]]:
    for block in _PDFTK_BLOCK.finditer(text):
        lo, hi = block.span(1)
        value = _PDFTK_VALUE.search(text, lo, hi)
        if value is None:
            continue
        names = {m.group(1).lower(): m.group(2) for m in _PDFTK_NAME.finditer(text, lo, hi)}
        chosen = _choose(names)
        if chosen:
            yield value.start(1), value.end(1), chosen


def sibling_parts(text: str) -> list[tuple[int, int, str]]:
    """Each value member's name, with the field name its sibling gives in its place."""
    parts: list[tuple[int, int, str]] = []
    if "FieldValue:" in text:
        parts += _pdftk_parts(text)
    if "alue" in text or "ALUE" in text or "val" in text:
        if "{" in text:
            parts += _json_parts(text)
        if "- " in text:
            parts += _yaml_parts(text)
    return parts
