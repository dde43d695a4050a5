"""An organisation's own contact block: its address, phone lines and account are a legal person's
data, which GDPR Recital 14 leaves outside personal data, so they are kept.

A block is the organisation's when it names no person and carries one of the marks that business
letters, footers and signatures print for a company:
- a line that is the company's name with its legal form last (`Robert Bosch GmbH`, `Tous S.L.`,
  `Jansen B.V.`): the forms of the registers of the issue's countries (Companies House, the
  Handelsregister, the RCS, the Registro Mercantil, the KvK);
- a commercial register's or VAT number (`HRB 12345`, `KvK 12345678`, `SIREN`, `CIF`, `Company
  No.`, `USt-IdNr.`, `N° TVA`), which those countries' laws make a company's letters print;
- the signature delimiter of RFC 3676 (`-- `) followed by lines whose only mailbox is a role's
  (`info@`, `service-client@`; validators.mailbox_ok).
A block with a person's name or a person's mailbox found in it keeps every finding: a signer's
direct line, address and account stay redacted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from consentry.redact import validators as v
from consentry.redact.kinds import Kind

# The kinds an organisation's block gives for itself.
_ORG_KINDS = frozenset({Kind.ADDRESS, Kind.PHONE, Kind.IBAN})
# What shows a person in the block: then nothing in it is kept.
_PERSON_KINDS = frozenset({Kind.PERSON, Kind.EMAIL, Kind.DATE_OF_BIRTH, Kind.NATIONAL_ID})
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_LEGAL_FORM = (
    r"(?:GmbH(?:[ \t]&[ \t]Co\.?[ \t]KG)?|AG|KG|OHG|UG|KGaA|SE|e\.[ \t]?K\.|"
    r"S\.?A\.?S?U?|SARL|S\.?à[ \t]?r\.?l\.?|EURL|SNC|S\.?L\.?U?\.?|S\.?A\.?U\.?|S\.?Coop\.?|"
    r"B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|Ltd\.?|Limited|PLC|plc|LLP|LLC|Inc\.?)"
)
# A company's name with its legal form last, alone on its line: capitalised words, short
# particles between them (`Bakkerij van Dam B.V.`; a sentence's `bei` or `und` is no name's).
_LEGAL_FORM_LINE = re.compile(
    rf"(?:(?:[^\W\d_a-zß-ÿ][\w&'’.,-]*|[a-zà-ÿ]{{1,3}}|&)[ \t]+){{1,6}}{_LEGAL_FORM}[ \t]*"
)
# A commercial register's or VAT number's label, then its number.
_REGISTER_TEXT = (
    r"(?<!\w)(?:HR[AB]|Amtsgericht|USt-?Id(?:Nr)?\.?|KvK(?:-?nummer|-?nr\.?)?|BTW(?:-?nr\.?|"
    r"-?nummer)?|SIRE[NT]|RCS|N°[ \t]?TVA|TVA[ \t]intracommunautaire|CIF|"
    r"Company[ \t](?:No\.?|number|reg(?:istration)?[ \t]no\.?)|VAT[ \t](?:No\.?|number|reg\.?))"
    r"[ \t:.#]*(?:[A-Z]{1,2})?[ \t]?\d"
)
_REGISTER = re.compile(rf"(?i:{_REGISTER_TEXT})")
_SIG_DELIMITER = "--"
# Any of the marks, to pass over most texts without reading their blocks.
_ANY_MARK = re.compile(
    rf"(?m)^(?:[ \t]*>)*[ \t]?--[ \t]?\r?$|[ \t]{_LEGAL_FORM}[ \t]*\r?$|(?i:{_REGISTER_TEXT})"
)
_MAILBOX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...


F = TypeVar("F", bound=_Span)


def _blocks(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of non-blank lines (a mail quote's `>` marks taken off): start, end, the lines."""
    out: list[tuple[int, int, list[str]]] = []
    pos, start = 0, -1
    lines: list[str] = []
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        body = _QUOTE.sub("", line, count=1)
        if body.strip() and body.rstrip() != _SIG_DELIMITER:
            if start < 0:
                start, lines = pos, []
            lines.append(body.strip())
        elif start >= 0:
            out.append((start, pos, lines))
            start = -1
        if body.rstrip() == _SIG_DELIMITER:
            out.append((pos, pos, [_SIG_DELIMITER]))
        pos += len(raw)
    if start >= 0:
        out.append((start, pos, lines))
    return out


def _marked(lines: Sequence[str], after_delimiter: bool) -> bool:
    """The block carries an organisation's mark: its first line the company's name with its
    legal form, a register's number, or a role's mailbox as a signature's only one."""
    if _LEGAL_FORM_LINE.fullmatch(lines[0]) or any(_REGISTER.search(line) for line in lines):
        return True
    if after_delimiter:
        boxes = [m.group() for line in lines for m in _MAILBOX.finditer(line)]
        return bool(boxes) and not any(v.mailbox_ok(b) for b in boxes)
    return False


def organisation_blocks(text: str, kept: list[F]) -> list[F]:
    """The findings without an organisation's own address, phones and account in its block."""
    if not any(f.kind in _ORG_KINDS for f in kept) or not _ANY_MARK.search(text):
        return kept
    drop: list[tuple[int, int]] = []
    after_delimiter = False
    for start, end, lines in _blocks(text):
        if lines == [_SIG_DELIMITER]:
            after_delimiter = True
            continue
        inside = [f for f in kept if start <= f.start and f.end <= end]
        if (
            any(f.kind in _ORG_KINDS for f in inside)
            and not any(f.kind in _PERSON_KINDS for f in inside)
            and _marked(lines, after_delimiter)
        ):
            drop.append((start, end))
        after_delimiter = False
    if not drop:
        return kept
    return [
        f for f in kept if f.kind not in _ORG_KINDS or not any(a <= f.start < b for a, b in drop)
    ]
