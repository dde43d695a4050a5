"""Addresses across layouts (red17): an address's text as record formats escape it, and an
address split over a record's fields.

Two mechanisms, each from a published convention rather than from one writer's look:

- **The text as the format means it** (`decoded_view`). iCalendar (RFC 5545, 3.3.11) and
  vCard (RFC 6350, 3.4) write a comma inside a value as `\\,`, a semicolon as `\\;` and a line
  break as `\\n`; a URL's query string (application/x-www-form-urlencoded, WHATWG URL) writes a
  space as `+` and any other character as `%XX` bytes of UTF-8; HTML writes an apostrophe as
  `&#x27;`; PDF text and OCR break a word at a line's end with a hyphen (`boule-` / `vard`);
  LaTeX's `tabular` separates cells with `&` and ends rows with `\\\\`, Jira's wiki markup
  heads a table with `||Name||Address||`, Markdown sets a record's keys in bold (`- **town**:`).
  The scan reads the text with these read as what they stand for; each character of that
  reading knows where it came from, so the findings cut the text as written.
- **The postcode and town in the next field** (`next_field`). Forms, vCards, tables and
  key-value records give a street and its postcode and town as two fields (vCard's ADR:
  street, then locality, region and postal code as components; a form's street box, then its
  postcode-and-town box; a table's street cell, then the next cell). Where the value right
  after an address's field is a postal line — a postcode with a town, a state or a province,
  and nothing else — it is that address's last line. A postcode narrows a street to a few
  houses; a town alone (`Curaçao`, `Namur`) is shared by thousands and stays as it is.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from consentry.redact import answers, sibling_keys
from consentry.redact.address_parts import lowercase_word
from consentry.redact.kinds import Kind

# --- the text as the format means it ------------------------------------------------------------
_CARD_OR_CALENDAR = ("BEGIN:VCARD", "BEGIN:VCALENDAR")
# iCalendar's and vCard's escapes in a text value (RFC 5545 3.3.11, RFC 6350 3.4); outside a
# vCard or a calendar only a comma or a semicolon escaped before a blank (LaTeX's `\,` is a
# thin space between digits)
_FOLD = re.compile(r"\r?\n[ \t]")
_ICS_ALL = re.compile(r"\\[,;\\nN]")
_ICS_BLANK = re.compile(r"\\[,;](?=[ \t])")
_ICS_SAME = {"\\,": ",", "\\;": ";", "\\\\": "\\", "\\n": "\n", "\\N": "\n"}
# a query string's value: after `?` or `&` and a key's `=`, up to the next `&`, `#` or blank
_QUERY_VALUE = re.compile(r"(?<=[?&])[\w.\[\]-]{1,40}=([^&#\s\"'<>]{1,300})")
_QUERY_ESCAPE = re.compile(r"\+|(?:%[0-9A-Fa-f]{2})+")
# HTML's character references for quotes, apostrophes, ampersands and blanks (`d&#x27;Arlon`)
_HTML_REF = re.compile(r"&(?:#[0-9]{2,5}|#[xX][0-9A-Fa-f]{2,4}|amp|quot|apos|nbsp);")
# a word broken at the end of a line with a hyphen, as PDF text and OCR give it (`boule-` /
# `vard`): lower-case letters on both sides
_WRAP = re.compile(r"(?<=[a-zß-ÿ])-[ \t]?\r?\n[ \t]*(?=[a-zß-ÿ])")
# LaTeX's `tabular` (a letter's or a report's table): `&` between cells and `\\` at a row's end
# read as a tab and nothing, rules (`\hline`, booktabs' `\midrule`) dropped, the font commands
# around a cell's text (`\textbf{Name}`) dropped and escaped specials (`\&`, `\_`, `\#`, `\%`)
# read as themselves: its rows read as the tab-separated table or label-value lines they are
_TABULAR = re.compile(
    r"\\begin\{tabular[x*]?\}(?:\{[^{}\n]*\})?(?:\[[^\]\n]*\])?\{(?:[^{}\n]|\{[^{}\n]*\})*\}"
    r"(.*?)\\end\{tabular[x*]?\}",
    re.S,
)
_TEX_FONT = re.compile(
    r"\\(?:textbf|textit|textsc|texttt|textrm|emph|underline|mbox)\{([^{}\n]{0,80})\}"
)
_TEX_CELL = re.compile(r"[ \t]*(?<!\\)&[ \t]*")
_TEX_ROW_END = re.compile(r"[ \t]*\\\\(?:\[[^\]\n]*\])?[ \t]*")
_TEX_RULE = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^{}\n]*\})[ \t]*")
_TEX_ESCAPE = re.compile(r"\\([&%$#_{}])")
# Jira's and Confluence's wiki markup: a table's heading row is `||Name||Address||`, its rows
# `|Anna|…|`; the heading row read with single bars is the boxed table the rows already are
_WIKI_HEADING = re.compile(r"(?m)^[ \t]*\|\|[^\n]*\|\|[ \t]*\r?$")
# Markdown's (CommonMark's) emphasis around a record's key, at a line's start or after a list
# marker (`- **town**: Bern`, `* __Name__: …`, `1. **Born:** …`): the key read as a key
_MD_LEAD = r"(?m)^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?"
_MD_KEY = re.compile(_MD_LEAD + r"(\*\*|__|\*)(?=[^\s*])([^*\n:]{1,40}?)(?<=\S)\1(?=[ \t]*:)")
_MD_KEY_COLON = re.compile(_MD_LEAD + r"(\*\*|__|\*)(?=[^\s*])([^*\n:]{1,40}?:)\1(?=[ \t])")


def _tabular_parts(text: str) -> Iterator[tuple[int, int, str]]:
    for t in _TABULAR.finditer(text):
        lo, hi = t.span(1)
        for m in _TEX_FONT.finditer(text, lo, hi):
            yield m.start(), m.start(1), ""
            yield m.end(1), m.end(), ""
        for rx, rep in ((_TEX_CELL, "\t"), (_TEX_ROW_END, ""), (_TEX_RULE, "")):
            yield from ((m.start(), m.end(), rep) for m in rx.finditer(text, lo, hi))
        yield from ((m.start(), m.end(), m.group(1)) for m in _TEX_ESCAPE.finditer(text, lo, hi))


def _markdown_key_parts(text: str) -> Iterator[tuple[int, int, str]]:
    for rx in (_MD_KEY, _MD_KEY_COLON):
        for m in rx.finditer(text):
            yield m.start(1), m.end(1), ""
            yield m.end(2), m.end(), ""


def _wiki_parts(text: str) -> Iterator[tuple[int, int, str]]:
    for line in _WIKI_HEADING.finditer(text):
        pos = text.find("||", line.start(), line.end())
        while pos >= 0:
            yield pos, pos + 2, "|"
            pos = text.find("||", pos + 2, line.end())


class View(NamedTuple):
    """A text as its format means it, and where each of its characters came from."""

    text: str
    starts: list[int]
    ends: list[int]

    def back(self, found: Sequence[Any], make: type) -> list:
        """Findings in the view, at their places in the original text."""
        return [
            make(self.starts[f.start], self.ends[f.end - 1], *f[2:]) if f.end > f.start else f
            for f in found
        ]


def _query_parts(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _QUERY_VALUE.finditer(text):
        value = m.group(1)
        if "+" not in value and "%" not in value or "@" in value:
            continue  # (form encoding writes `@` as %40: a bare `@` is no encoded value's)
        for e in _QUERY_ESCAPE.finditer(text, m.start(1), m.end(1)):
            if e.group() == "+":
                yield e.start(), e.end(), " "
                continue
            raw = e.group()
            pos = e.start()
            # each character of the decoded run comes from its own bytes
            data = bytes(int(raw[k + 1 : k + 3], 16) for k in range(0, len(raw), 3))
            k = 0
            while k < len(data):
                for n in (1, 2, 3, 4):
                    try:
                        ch = data[k : k + n].decode("utf-8")
                    except UnicodeDecodeError:
                        continue
                    break
                else:
                    ch, n = "\ufffd", 1
                yield pos + 3 * k, pos + 3 * (k + n), ch
                k += n


def decoded_view(text: str) -> View | None:
    """text with vCard's and iCalendar's escapes, a query string's `+` and `%XX`, HTML's
    character references and hyphenated line wraps read as what they stand for, with the
    original offsets of each character; None when the text has none of them."""
    parts: list[tuple[int, int, str]] = []
    card = any(m in text for m in _CARD_OR_CALENDAR)
    if card:  # a folded line goes on after a line break and one blank (RFC 5545 3.1, RFC 6350 3.2)
        parts += [(m.start(), m.end(), "") for m in _FOLD.finditer(text)]
    if "\\" in text:
        ics = _ICS_ALL if card else _ICS_BLANK
        parts += [(m.start(), m.end(), _ICS_SAME[m.group()]) for m in ics.finditer(text)]
    if "=" in text and ("+" in text or "%" in text) and ("?" in text or "&" in text):
        parts += _query_parts(text)
    if "&" in text and ";" in text:
        parts += [(m.start(), m.end(), html.unescape(m.group())) for m in _HTML_REF.finditer(text)]
    if "-" in text and "\n" in text:
        parts += [(m.start(), m.end(), "") for m in _WRAP.finditer(text)]
    if "\\begin{tabular" in text:
        parts += _tabular_parts(text)
    if "||" in text:
        parts += _wiki_parts(text)
    if "*" in text or "__" in text:
        parts += _markdown_key_parts(text)
    parts += sibling_keys.sibling_parts(text)
    if "?" in text and ":" in text:
        parts += answers.answer_parts(text)
    if not parts:
        return None
    parts.sort()
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b, rep in parts:
        if a < pos:
            continue  # (overlapping readings: the first one stands)
        out.append(text[pos:a])
        starts.extend(range(pos, a))
        ends.extend(range(pos + 1, a + 1))
        out.append(rep)
        starts.extend([a] * len(rep))
        ends.extend([b] * len(rep))
        pos = b
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return View("".join(out), starts, ends)


# --- the postcode and town in the next field ----------------------------------------------------
# A postcode token: Europe's digits (with a country letter: L-1145, CH-4051, FL-9495), the
# Netherlands' 1016 GV, Sweden's 111 22, Poland's 00-950, Portugal's 1100-053, Brazil's
# 01310-200, Argentina's CPA C1043AAZ and its old code in brackets, the UK's, Ireland's Eircode,
# Canada's, Malta's three letters and four digits (SLM 1553), and the US ZIP+4.
_POSTCODE = (
    r"(?:\(?(?:[A-Z]{1,2}-)?\d{4,6}\)?|\d{4}[ ]?[A-Z]{2}(?![\w])|\d{3}[ ]\d{2}|\d{2}-\d{3}"
    r"|\d{4}-\d{3}|\d{5}-\d{3,4}|\(?[A-Z]\d{4}[A-Z]{3}\)?|\([A-Z]\d{4}\)"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d[\dW][ ][AC-FHKNPRTV-Y\d]{4}"
    r"|[A-Z]\d[A-Z][ ]\d[A-Z]\d|[A-Z]{3}[ ]\d{4})"
)
# the postcode's label (Mexico's and Spain's C.P., Brazil's CEP, Italy's CAP)
_CODE_LABEL = r"(?:(?:C\.[ ]?P\.|CP|CEP|CAP)[ ]?)"
# a town's word: capitalised (any Latin script), with its inner particles (Esch-sur-Alzette,
# St. Gallen, Den Haag, 's-Hertogenbosch), or a state's or province's abbreviation (MA, N.L.)
_WORD = r"(?:'s-)?[A-ZÀ-ÖØ-ÞĀ-Ž](?:[\w'’.-]|%[0-9A-F]{2})*|[A-Z]{2,3}|(?:[A-Z]\.){1,3}|de|la|le|les|sur|am|an|der|den|im|aan|upon|on|del|di"
_SEP = r"(?:,?[ ]{1,3})"
POSTAL_LINE = re.compile(
    rf"(?:{_CODE_LABEL}?{_POSTCODE}(?:{_SEP}(?:{_WORD})){{0,5}}"
    rf"|(?:{_WORD})(?:{_SEP}(?:{_WORD})){{0,4}}{_SEP}{_CODE_LABEL}?{_POSTCODE}(?:{_SEP}(?:{_WORD})){{0,2}})"
)
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]")
# What may stand between two fields of one record: blanks, one line break, quotes, a cell's or
# a component's delimiter, markup (`</td><td>`, `">` + `<label …>Town</label>` + `<input … value="`),
# a key and its `:` or `=` (`city: `, `&city=`, `"city": "`). No blank line, no sentence.
_GAP = re.compile(
    r"(?:[ \t]+|\r?\n(?![ \t]*\r?\n)|[\"'`,;|&]|/?>|<[^<>\n]{0,200}?\bvalue=[\"']|<[^<>\n]{0,200}>|(?<=>)[^<>\n=&]{1,40}(?=</)"
    # a key (maybe of a few words, as a form's label: `PLZ/Ort`, `Code postal et ville`) and
    # its separator, or a form's dot leaders (`Town . . . `)
    r"|[\w.\[\]/-]{1,40}(?:[ ]{1,2}[\w./-]{1,20}){0,4}[\"'`]?[ \t]*(?:=>|[:=]|(?:\.[ ]?){3,})"
    r"|(?:\.[ ]?){3,})"
)
_VALUE_END = re.compile(r"[\"'`<&;\t|\r\n]|\Z")
_MAX_GAP = 240
_MAX_VALUE = 60


def _gap_stops(text: str, pos: int, stop: int) -> list[int]:
    """Where a field may begin after pos (before stop): the end of each step of the field
    boundary that follows it, nearest first; empty when there is none."""
    out: list[int] = []
    end = pos
    while end < stop and len(out) < 24 and end - pos <= _MAX_GAP:
        m = _GAP.match(text, end, stop)
        if not m or m.end() == end:
            break
        end = m.end()
        if text[end - 1] in _FIELD_OPEN or text[end - 1] in " \t\n":
            out.append(end)
    if "\n\n" in text[pos:end] or "\n\r\n" in text[pos:end]:
        return []
    return out


# a field's value begins after a delimiter, a key's separator, a tag or a blank
_FIELD_OPEN = frozenset("\"'`,;|&>:=")
# the rest of a field after the street: more parts, each after a comma and capitalised, a
# place's or a unit's (`, Castletroy, Limerick`, `, Int. 3, Col. Roma Norte, Cuauhtémoc`), to
# the field's end (`…, 65 m²` is no part)
_REST_OF_FIELD = re.compile(
    r"(?:,[ ]{1,3}[A-ZÀ-ÖØ-ÞĀ-Ž(][^,\n\"'`<>&;|\t]{0,39}){1,6}[ ]*(?=[\"'`<&;\t|\r\n]|\Z)"
)


def _postal_value(text: str, pos: int, stop: int) -> int | None:
    """The end of a postal line that fills the whole field starting at pos, or None."""
    end = _VALUE_END.search(text, pos, min(stop, pos + _MAX_VALUE + 1))
    if end is None:
        return None
    value = text[pos : end.start()].rstrip(" .,")
    if not value or len(value) > _MAX_VALUE:
        return None
    m = POSTAL_LINE.fullmatch(value)
    if m is None or not _CAPITAL.search(value):
        return None
    return pos + len(value)


def next_field(text: str, kept: Sequence[Any], make: type) -> list:
    """kept (resolved findings in text order) with the postal line that follows an address in
    its record's next field made part of it (a finding of its own, as the field is)."""
    extra = []
    out = list(kept)
    dropped: set[int] = set()
    for i, f in enumerate(out):
        if f.kind != Kind.ADDRESS or i in dropped:
            continue
        nxt = i + 1
        end = f.end
        rest = _REST_OF_FIELD.match(text, end) if end < len(text) and text[end] == "," else None
        if rest and _in_field(text, f.start) and not lowercase_word(rest.group()):
            # a place named after a person (`Benito Juárez`) inside the field is the place
            while nxt < len(out) and out[nxt].start < rest.end() and out[nxt].kind in _PARTS:
                dropped.add(nxt)
                nxt += 1
            if nxt >= len(out) or out[nxt].start >= rest.end():
                end = rest.end()
                out[i] = make(f.start, end, f.kind, f.priority, f.source)
            else:
                dropped -= set(range(i + 1, nxt))
                nxt = i + 1
        stop = out[nxt].start if nxt < len(out) else len(text)
        for start in _gap_stops(text, end, stop):
            value_end = _postal_value(text, start, stop)
            if value_end is not None:
                extra.append(make(start, value_end, Kind.ADDRESS, f.priority, "address_next_field"))
                break
    if not extra and not dropped and out == list(kept):
        return list(kept)
    out = [f for k, f in enumerate(out) if k not in dropped]
    return sorted([*out, *extra], key=lambda f: f.start)


# what a field's rest may hold that another rule took for something else
_PARTS = frozenset({Kind.PERSON, Kind.ADDRESS, "LOCATION"})


_FIELD_START = re.compile(r"(?:[\"'`;|\t>=]|:[ \t]*|^)[ \t]*\Z", re.MULTILINE)


def _in_field(text: str, start: int) -> bool:
    """The address begins a field's value (after a delimiter, a tag, `=` or a key's colon)."""
    return _FIELD_START.search(text, max(0, start - 4), start) is not None
