"""The parts of an address around the street that the country patterns leave: sub-units,
neighbourhoods and districts, town, province and postcode (twelfth pass on issue 11).

Every country writes an address as a street line followed by smaller or larger parts, each
after a comma or a dash: `Rua Augusta, 529, bloco C, ap. 46 – Jardim Paulista, São Paulo – SP,
CEP 01415-000`, `Jl. Merdeka No. 83, RT 008/RW 10, Kel. Gubeng, Kec. Gubeng, Surabaya 60281`,
`529 Mabini Street, Brgy. San Isidro, Antipolo City, Rizal 1870`, `Caferağa Mah. Lale Sokak No:
76 D: 4, 34710 Kadıköy/İstanbul`. The street patterns find the street; this step runs after the
overlaps are resolved and extends each address over the parts that follow it on the same line
while each is one of:

- a sub-unit: a word for a block, lot, house, building, entrance, stair, floor, flat or door and
  its number (`bloco C`, `ap. 46`, `RT 008/RW 10`, `D: 4`, `et. 3`, `Blk 34`);
- an administrative division: a word for a village, ward, neighbourhood, district, county,
  commune or province and its name (`Kel. Gubeng`, `Brgy. San Isidro`, `Mah.`, `Quận 1`);
- a place: one to four capitalised words (any script), maybe a province after a slash or a
  dash, maybe a postcode before or after it (`Surabaya 60281`, `34710 Kadıköy/İstanbul`,
  `São Paulo – SP`);
- a postcode, maybe after its name (`CEP 01415-000`, `PIN 560001`, `27676-00100`).

It stops at the end of the line, at a word in lower case that is no part's, and at any other
finding (a phone, a name, a date after the address stay what they are). The same words put a
sub-unit written before the street into the address (`Hse No. 55, Kindaruma Road`, `Blk 34 Lot
10, Rockwell Drive`), and a P.O. box's number is the box's even where it looks like a phone
(`P.O. Box 27676-00100, Nairobi`: Kenya's box number and postcode).

World data: the words for these units and divisions are those of the countries' own address
standards and postal guides, collected from the Universal Postal Union's addressing pages
(upu.int, "Postal addressing systems in member countries") and Wikipedia's "Address" articles
per country; they are listed with their languages below.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from consentry.redact.fields import key_kind
from consentry.redact.kinds import Kind
from consentry.redact.lexicon import by_first_letter

# Sub-units (a number or a letter follows). Grouped by language; abbreviations with and
# without their full stop.
UNIT_WORDS = (
    # English (UPU S42 secondary unit designators, Commonwealth and Philippine usage)
    r"apt|apartment|flat|unit|suite|ste|room|rm|floor|fl|level|lvl|block|blk|bldg|building|"
    r"lot|plot|phase|house|hse|door|entrance|stair|tower|twr|wing|villa|shop|"
    # Portuguese and Spanish
    r"bloco|bl|casa|ap|apto|apt[oº]|apartamento|andar|sala|lote|lt|quadra|qd|conj|conjunto|"
    r"torre|piso|puerta|pta|depto|dpto|departamento|portal|esc|escalera|manzana|mz|"
    # Indonesian and Malay (Rukun Tetangga / Rukun Warga), Tagalog
    r"rt|rw|blok|gedung|lantai|kav|kavling|no|nomor|"
    # Turkish (daire, kat, blok), Romanian (bloc, scara, etaj, apartament), Czech and Slovak
    r"d|daire|kat|bina|bloc|sc|scara|et|etaj|ap\.|apartament|vchod|byt|podlazi|poschodie|"
    # Italian, French, German, Dutch, Polish, Greek (latin), Nordic
    r"scala|int|interno|piano|bat|bât|bâtiment|appt|étage|etage|esc|stiege|stock|top|whg|"
    r"wohnung|bus|lok|lokal|m|mieszkanie|kl|klatka|diam|orofos|lgh|lägenhet|leil|"
    # Vietnamese, Thai (latin)
    r"ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|soi|moo|mu"
)
# Administrative divisions below or around a town (a name follows).
ADMIN_WORDS = (
    # Indonesia (kelurahan, kecamatan, kabupaten, desa, kota, provinsi), Philippines (barangay,
    # purok, sitio, subdivision), Malaysia (taman, kampung)
    r"kel|kelurahan|kec|kecamatan|kab|kabupaten|desa|kota|prov|provinsi|dusun|"
    r"brgy|bgy|barangay|purok|sitio|subd|subdivision|taman|kampung|kg|"
    # Turkey (mahalle, ilçe, il), Kenya and Tanzania (estate, ward, county), India
    r"mah|mahallesi|mh|mahalle|ilçe|ilce|semt|köyü|koyu|"
    r"estate|ward|county|district|dist|division|sector|sec|sub-county|village|vill|"
    r"taluk|tehsil|mandal|nagar|colony|layout|"
    # Latin America and Iberia, France, Italy
    r"col|colonia|bairro|barrio|bo|urb|urbanización|urbanizacion|fracc|fraccionamiento|"
    r"distrito|comuna|municipio|mun|alcaldía|alcaldia|delegación|delegacion|corregimiento|"
    r"quartier|qt|arrondissement|arr|frazione|fraz|località|loc|"
    # Romania, Czechia, Poland, Balkans, Greece (latin)
    r"jud|județul|judetul|sat|municipiul|oraș|oras|okres|obec|gmina|gm|powiat|woj|"
    r"województwo|opština|opstina|općina|opcina|nomos|dimos|"
    # Vietnam, Thailand, Cambodia, China (pinyin), Japan (romaji), Korea
    r"phường|phuong|p|quận|quan|q|huyện|huyen|xã|xa|tỉnh|tinh|tp|thành phố|"
    r"tambon|tb|amphoe|amp|khet|khwaeng|changwat|sangkat|khan|"
    r"qu|jiedao|zhen|xiang|cun|chome|chō|cho|ku|gun|shi|dong|gu|eup|myeon|ri"
)
# The same words grouped by first letter for the patterns below (under `(?i)` the `re` engine
# tries every word of a flat list at every position; an address's lead is searched word by word).
_UNITS = by_first_letter(UNIT_WORDS)
_ADMINS = by_first_letter(ADMIN_WORDS)
_UP = r"[^\W\d_a-zß-öø-ÿ]"  # a letter that is not a Latin lower-case one: a capital, or any
# letter of a script without case is not wanted either, so it is checked in code below
_NAME_WORD = r"[^\W\d_](?:[^\W\d_²³]|['’.-])*"  # letters only: `IT45752090592` is no place
_PLACE_WORD = (
    rf"(?:{_NAME_WORD}|(?:de|da|do|dos|das|di|del|de la|la|le|les|el|al|sur|am|an)(?=[ \t]))"
)
_PLACE = rf"{_NAME_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}}"
_CODE = r"\d{3,6}(?:[- ]\d{2,5})?"
_CODE_NAME = r"(?:(?:CEP|PIN|PLZ|ZIP|C\.?P\.?|T\.?K\.?|PSČ|PSC|Kode[ \t]Pos|Postcode|Post[ \t]?code|Cod[ \t]poștal)[:.]?[ \t]*)"
_END = r"(?=[ \t]*(?:[,;|)]|[ \t][-–—][ \t]|\r?\n|\Z|\.(?:[ \t]|\r?\n|\Z)))"

_UNIT = rf"(?i:{_UNITS})\.?(?:[ \t]*(?:No|Nr|Nº|N°)\.?)?(?:[ \t]*:[ \t]*|[ \t]+)[\w]{{1,5}}(?:[/-][\w]{{1,5}})*(?:[ \t]*/[ \t]*(?i:{_UNITS})\.?[ \t]*\w{{1,5}})?"
_ADMIN = rf"(?i:{_ADMINS})\.?[ \t]+(?:{_PLACE}|\d{{1,3}})"
_PLACE_PART = (
    rf"(?:{_CODE_NAME}?{_CODE}[ \t]+)?{_PLACE}(?:[ \t]*[/-][ \t]*{_NAME_WORD}|[ \t]+[-–—][ \t]+[A-Z]{{2,3}}(?![\w]))?"
    rf"(?:[ \t]+{_CODE_NAME}?{_CODE}(?![\w-]))?"
)
_POSTCODE = rf"{_CODE_NAME}?{_CODE}(?![\w-])(?:[ \t]+(?![a-zß-öø-ÿ]){_PLACE})?"
# a comma and a blank (a CSV row's cells have none between them), or a dash between blanks
_SEP = r"(?:,[ \t]+|[ \t]+[-–—][ \t]+)"

PART = re.compile(
    rf"{_SEP}(?:(?P<unit>{_UNIT})|(?P<admin>{_ADMIN})|(?P<code>{_POSTCODE})|(?P<place>{_PLACE_PART})){_END}"
)
# the first part of a line under the street line (`sector 2, București 020082`)
LINE_START = re.compile(
    rf"\r?\n[ \t]*(?:(?P<unit>{_UNIT})|(?P<admin>{_ADMIN})|(?P<code>{_POSTCODE})|(?P<place>{_PLACE_PART})){_END}"
)
_LINE_REST = re.compile(r"[ \t.]*(?=\r?\n|\Z)")
_HAS_CODE = re.compile(r"(?<![\w-])\d{3,6}(?:[- ]\d{2,5})?(?![\w-])")
# a sub-unit right after the number, with no comma (`No: 76 D: 4`, `Lot 10 Blk 3`)
UNIT_NEXT = re.compile(rf"[ \t]+(?:{_UNIT}){_END}")
# the street line's last word is the start of a part the street pattern cut (`Street, Brgy`)
_LAST_UNIT = re.compile(r"[ \t]+([^\W\d_]{1,12})\.?\Z")
_UNIT_ONLY = re.compile(rf"(?i:{_UNITS}|{_ADMINS})")
# sub-units written before the street (`Hse No. 55, `, `Blk 34 Lot 10, `, `Unit 31A, `), from a
# word's start (not `D` + `e/City` inside `Postal Code/City`)
BEFORE = re.compile(
    rf"(?<![^\W_])(?:(?i:{_UNITS})\.?(?:[ \t]*(?:No|Nr|Nº)\.?)?[ \t]*[\w]{{1,5}}(?:[/-]\w{{1,5}})?,?[ \t]+)+\Z"
)
# ... and a sub-unit's word right before the number the street pattern started at (`Lot 10`)
BEFORE_NUMBER = re.compile(
    rf"(?<![^\W_])(?:(?i:{_UNITS})\.?(?:[ \t]*(?:No|Nr|Nº)\.?)?[ \t]*\w{{1,5}}[ \t]+)*"
    rf"(?i:{_UNITS})\.?(?:[ \t]*(?:No|Nr|Nº)\.?)?[ \t]*\Z"
)
# A building's or a house's name written before the street, as the postal guides put it on
# the line above the street or before it after a comma: France's and Monaco's residences and
# buildings (AFNOR XP Z10-011's third line: `Résidence Les Acacias`, `Le Millefiori`, `Villa
# Les Pins`), Spain's and Italy's (`Edificio Sol`, `Palazzo Reale`), Malta's named houses, which
# Malta Post writes in quotes (`'Dar il-Ward'`, `"Santa Marija"`).
BUILDING = re.compile(
    r"(?<![\w'’])(?:'[A-ZÀ-Þ][^'\n,]{1,30}'|\"[A-ZÀ-Þ][^\"\n,]{1,30}\"|"
    r"(?:Le|La|Les|L'|L’|Villa|Résidence|Residence|Résidences|Immeuble|Palais|Bâtiment|Bât\.|"
    r"Edificio|Edif\.|Torre|Palazzo|Dar)[ \t]+"
    r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:de|du|des|di|del|la|le|les)?[ \t]*[A-ZÀ-Þ][\w'’-]*){0,2})"
    r"(?:,[ \t]*|[ \t]*\r?\n[ \t]*)\Z"
)
_BUILDING_REACH = 48
# between two parts of one address found apart: a comma or a dash, or a line break (an
# address block's street line and its postal line)
_GAP = re.compile(r"[ \t]*(?:[,–—-][ \t]*)?(?:\r?\n[ \t]*)?")
_BOX_END = re.compile(
    r"(?i)(?:p\.?[ \t]?o\.?[ \t]?box|post[ \t]?office[ \t]box|sanduku[ \t]la[ \t]posta|s\.?l\.?p\.?)[ \t.:]*\Z"
)
_MAX_PARTS = 7


def lowercase_word(part: str) -> bool:
    """A part whose words are prose, not a place: a Latin word in lower case that is longer
    than a particle (`and`, `then`, `the tenant`)."""
    for w in re.findall(r"[^\W\d_]+", part):
        if w[0].islower() and w.isascii() and len(w) > 3 and not _UNIT_ONLY.fullmatch(w):
            return True
    return False


def _extend(text: str, end: int, stop: int) -> int:
    """The end of the parts after end, before stop (the next finding or the line's end)."""
    for _ in range(_MAX_PARTS):
        if end >= stop or text[end] not in ", \t":
            break  # (both patterns begin with a blank or a comma: no call for most ends)
        m = UNIT_NEXT.match(text, end, stop) or PART.match(text, end, stop)
        if not m or m.end() > stop:
            break
        if lowercase_word(m.group().lstrip(" \t,-–—")):
            break
        if m.re is PART and m.group("place") and not _capitalised(m.group("place")):
            break
        end = m.end()
    return end


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    if nl < 0:
        return len(text)
    return nl - 1 if nl > 0 and text[nl - 1] == "\r" else nl


def _grow(text: str, end: int, limit: int, block: bool) -> int:
    """The end of the address after its parts on its line and the lines under it."""
    end = _extend(text, end, min(limit, _line_end(text, end)))
    for _ in range(2):  # a town line, then a country line, under the street
        more = _next_line(text, end, limit, block)
        if more == end:
            break
        end = more
    return end


# Where the street pattern's match may have cut a part: its last separator (`529 Mabini
# Street, Brgy` + `. San Isidro`; `..., 34710 Kadıköy` + `/İstanbul`); the parts are read again
# from there, and the longer reading wins.
_LAST_SEP = re.compile(r"(?:,[ \t]+|[ \t]+[-–—][ \t]+|[ \t]*\r?\n[ \t]*)(?=[^,\n]{1,40}\Z)")


def _next_line(text: str, end: int, limit: int, block: bool) -> int:
    """The end of the line after end when that whole line is parts of the address (a town or
    district line under the street: it must hold a postcode or a division's word), else end."""
    blank = _LINE_REST.match(text, end)
    if not blank:
        return end
    # (after the full stop a house number may end with: `Széchenyi tér 164.` / `1137 Budapest`)
    first = LINE_START.match(text, blank.end(), limit)
    if (
        not first
        or lowercase_word(first.group())
        or (first.group("place") and not _capitalised(first.group("place")))
    ):
        return end
    nl = text.find("\n", first.end())
    stop = min(limit, len(text) if nl < 0 else nl)
    pos = _extend(text, first.end(), stop)
    rest = _LINE_REST.match(text, pos)
    line = text[first.start() : pos]
    if not rest:
        return end
    if not (_HAS_CODE.search(line) or first.group("admin") or first.group("unit")) and not (
        block
        and first.group("place")
        and pos == first.end()
        and len(line.split()) <= 3
        and not any(key_kind(w) for w in line.split())
    ):
        return end  # (a town alone on its line closes a postal block: `Nyali` / `Mombasa`)
    return pos


def _capitalised(place: str) -> bool:
    """A place's first word starts with a capital (of any script with case) or a digit."""
    for w in place.split():
        c = w[0]
        return c.isdigit() or c.isupper()
    return False


def _grown(text: str, start: int, end: int, limit: int, block: bool) -> int:
    """The longest reading of the parts after an address found from start to end: from its
    end, from its last separator, and from a sub-unit's word it ends with."""
    grown = _grow(text, end, limit, block)
    cut = _LAST_SEP.search(text, max(start + 1, end - 48), end)
    if cut:
        grown = max(grown, _grow(text, cut.start(), limit, block))
    unit = _LAST_UNIT.search(text, max(start + 1, end - 16), end)
    if unit and _UNIT_ONLY.fullmatch(unit.group(1)):  # `No: 76 D` + `: 4`
        grown = max(grown, _grow(text, unit.start(), limit, block))
    return grown


# a place the `pii` extra's model found inside the parts is one of them, not a stop
_PLACE_KIND = "LOCATION"


def _next(out: list, k: int) -> int | None:
    """The index of the next finding after k that is not a model's place."""
    for j in range(k + 1, len(out)):
        if out[j] is not None and out[j].kind != _PLACE_KIND:
            return j
    return None


def _blank_before(text: str, lo: int, start: int) -> bool:
    return start > lo and text[start - 1] in " \t"


def extend(text: str, kept: Sequence[Any], make: type) -> list:
    """kept (resolved findings in text order) with each address widened over its parts."""
    out: list = list(kept)
    changed = False
    for i, f in enumerate(out):
        if f is None or f.kind != Kind.ADDRESS:
            continue
        j = _next(out, i)
        start, end = f.start, f.end
        if (
            j is not None
            and out[j].kind == Kind.PHONE
            and _BOX_END.search(text, f.start, f.end)
            and text[f.end : out[j].start].strip(" \t") == ""
        ):
            end = out[j].end  # `P.O. Box 27676-00100`: the box's number, not a phone
            out[j] = None
            j = _next(out, j)
        line = text.rfind("\n", 0, start) + 1
        lead = text[line:start]
        block = not lead.strip() or bool(BEFORE.fullmatch(lead) or BEFORE_NUMBER.fullmatch(lead))
        for _ in range(3):
            limit = out[j].start if j is not None else len(text)
            end = max(end, _grown(text, start, end, limit, block))
            merged = False
            while j is not None and out[j].kind == Kind.ADDRESS:
                gap = _GAP.match(text, end, out[j].start)
                if gap is None or gap.end() != out[j].start:
                    break  # two parts of one address found apart: one address
                end, merged = max(end, out[j].end), True
                out[j] = None
                j = _next(out, j)
            if not merged:
                break
        prev = next((p for p in reversed(out[:i]) if p is not None and p.kind != _PLACE_KIND), None)
        lo = max(line, prev.end if prev else 0, start - 40)
        # (BEFORE ends in a blank: only a blank right before the address can end its match)
        before = BEFORE.search(text, lo, start) if _blank_before(text, lo, start) else None
        if before is None and text[start : start + 1].isdigit():
            before = BEFORE_NUMBER.search(text, lo, start)
        if before and before.group().strip() and not lowercase_word(before.group()):
            start = before.start()
        # a building's or a house's name before the street, on its line or the line above
        building = BUILDING.search(
            text, max(prev.end if prev else 0, start - _BUILDING_REACH), start
        )
        if building:
            start = building.start()
        if (start, end) != (f.start, f.end):
            out[i] = make(start, end, f.kind, f.priority, f.source)
            changed = True
            for k, g in enumerate(out):
                if g is not None and g.kind == _PLACE_KIND and g.start < end and start < g.end:
                    out[k] = None
    if not changed and None not in out:
        return list(kept)
    return sorted((f for f in out if f is not None), key=lambda f: f.start)
