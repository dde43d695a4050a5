"""Dates of birth: a date next to a cue (born, DOB, geboren, né le, nacido, geboortedatum, ...).
A date alone is kept: timestamps, release dates and deadlines are not personal data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from consentry.redact import lexicon as lx
from consentry.redact import spoken
from consentry.redact.kinds import Kind

_D = r"(?:[12]\d|3[01]|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"
_Y = r"(?:1[89]\d\d|20\d\d|2[45]\d\d|13\d\d|14[0-4]\d)"
# (and the years of the Thai Buddhist era, 24xx-25xx, and of the Iranian calendar, 13xx-144x)
_ORD = r"(?:st|nd|rd|th|er|e|ème|º|°|\.)?"

_MON = rf"(?:{lx.MONTHS}|{lx.DOB_MONTHS})\.?"
# A time after an ISO date (1985-03-12T00:00:00Z, 1985-03-12 00:00:00): part of the value.
_TIME = r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?(?![\w:]))?"
# Dates written as code: date(1985, 3, 12), datetime(1985, 3, 12), LocalDate.of(1985, 3, 12),
# new Date(1985, 2, 12), DateTime(1985, 3, 12), make_date(1985, 3, 12).
_CODE_DATE = (
    r"(?:(?:datetime\.)?(?:date|datetime|DateTime|LocalDate\.of|new[ \t]+Date|make_date|Date)"
    rf"\([ \t]*{_Y}[ \t]*,[ \t]*\d{{1,2}}[ \t]*,[ \t]*\d{{1,2}}[ \t]*\))"
)
DATE = re.compile(
    rf"(?i:{_CODE_DATE}|{_Y}[-/.]{_M}[-/.]{_D}{_TIME}"
    rf"|{_Y}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
    rf"|{_M}[-/.]{_D}[-/.]{_Y}"
    rf"|{_D}\.?[ ]?[-/.][ ]?{_M}\.?[ ]?[-/.][ ]?(?:{_Y}|\d\d)"
    rf"|{_M}[-/]{_D}[-/]\d\d"
    rf"|(?:the[ \t]+)?{_D}{_ORD}[ \t]*(?:(?:de|of)[ \t]+)?{_MON}(?:[ \t]+del?[ \t]+|,?[ \t]+|[-/.]){_Y}"
    rf"|{_D}[-/]{_MON}[-/](?:{_Y}|\d\d)"
    rf"|{_MON}[ \t]+(?:the[ \t]+)?{_D}{_ORD},?[ \t]+{_Y}"
    rf"|{_D}{_ORD}[ \t]*{_MON}[ \t]+['’]\d\d"
    rf"|{_MON}[ \t]+{_D}{_ORD},?[ \t]+['’]\d\d"
    rf"|{_D}[ /.]{_M}[ /.]{_Y}"
    rf"|{_D}\.[ ]{_M}\.[ ]{_Y}"
    rf"|{_D}\.?[ ]?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.?[ ]?{_Y}"  # 12.III.1985, 12 III 1985
    # East Asia: year, month and day with their signs (1985年3月12日, 1985년 3월 12일) or dots
    # and spaces (1985. 3. 12.)
    rf"|{_Y}[ ]?[年년][ ]?{_M}[ ]?[月월][ ]?{_D}[ ]?[日일]?|{_Y}\.[ ]{_M}\.[ ]{_D}\.?"
    # an airline's or a passport zone's date: day, three letters of the month, year (02JUN59)
    rf"|{_D}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:{_Y}|\d\d)"
    rf"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2]){_Y}(?!\d)"
    # six digits, as Sweden writes a birth date (YYMMDD: 961027) and Denmark (DDMMYY)
    rf"|\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d(?!\d)"
    rf"|{_Y}\.?[ \t]+{_MON}[ \t]+{_D}\.?"  # year first (Hungarian): 1985. március 12.
    # CLDR's long dates of Vietnamese (`12 tháng 3 năm 1985`, `ngày 12 tháng 03, 1985`)
    rf"|{_D}[ \t]+(?:tháng|thang)[ \t]+{_M},?[ \t]+(?:(?:năm|nam)[ \t]+)?{_Y}"
    rf"|{_MON},?[ \t]+(?:de[ \t]+|del[ \t]+)?{_Y}"
    rf"|{_Y})(?!\d|[\w/.-]\d)"
    # Polish closes a year with `r.` (roku): 17.08.1999 r., 4 listopada 1995 r.
    r"(?:[ \t]r\.(?![\w.]))?"
)
# ... and the genealogists' star right before the date (German, Scandinavian: `*20.3.1956`;
# not a Markdown bullet, which a space follows, nor bold).
_CUE = re.compile(
    rf"(?i)(?<![\w.])(?:(?:{lx.script_guarded(lx.by_first_letter(lx.DOB_CUES))})(?=[\s:=,(.*：-]|$)|(?<![*\w])\*(?=\d))"
    # the cues of scripts without spaces between words, inside a run of letters (`患者の生年月日：`)
    rf"|(?:{lx.DOB_CUES_UNSPACED})(?=[\s:：=,(]|\d|$)"
)
_WEEKDAY = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|"
    r"segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mer|jeu|ven|sam|"
    r"dim|mié|jue|vie|sáb|dom|ma|wo|vr|za|zo"
)
# A weekday written before a date belongs to it ("Monday, 14 March 1988", "Mo., 14.03.1988",
# "lundi 14 mars", "el lunes 14 de marzo", "Dienstag, den 14.03.").
WEEKDAY_BEFORE = re.compile(
    rf"(?i)(?<![\w.])(?:{_WEEKDAY})\.?,?[ \t]+(?:(?:the|den|dem|der|le|el)[ \t]+)?\Z"
)


def with_weekday(text: str, start: int) -> int:
    """Where a date that begins at `start` begins with the weekday written before it."""
    w = WEEKDAY_BEFORE.search(text, max(0, start - 24), start)
    return w.start() if w else start


_LINK = (
    r"is|was|were|ist|war|est|était|es|era|fue|:|on|the|am|le|el|op|den|dem|der|het|de|día|dia|of|"
    r"il|è|é|foi|dnia|dne|dana|la|je|var|er|oli|"
    r"-?dat\.?:?|-?datum:?|"
    r"\([^)\n]{1,24}\)"  # a format hint: "Date of birth (DD/MM/YYYY): ..."
)
# A place between the cue and the date: born in Lyon on ..., né à Paris le ..., nacido en
# Sevilla el ..., geboren in Köln am ..., geboren te Utrecht op ...
_PLACE = rf"(?:(?:in|at|à|a|en|te|zu|em|no|na|nel|ad|w|we|v|ve|i|u)[ \t]+(?!(?i:{lx.MONTHS})\b)[A-ZÀ-ÞĀ-ſ][\w'’.-]*(?:[ -](?:(?:de|la|le|del|am|an|der|sur|aan|den)[ -])?[A-ZÀ-ÞĀ-ſ][\w'’.-]*){{0,3}}(?:,[ \t]*[A-ZÀ-ÞĀ-ſ][\w'’.-]*)?,?[\s]+)?"
_GAP = re.compile(
    rf"(?i)[\s:：=,\-*_]*(?:\([^)\n]{{1,24}}\)[\s:=,\-*_]*)?[\s:：=,(\-*_]*(?:(?:{_LINK})[\s,]+){{0,3}}(?-i:{_PLACE})(?:(?:{_LINK}|{_WEEKDAY}|in|im|en|nel|em|a|w|v|i|în|u)\.?[\s,]+){{0,3}}"
)
# Verb-final German and Dutch: "am 12. März 1985 (in Köln) geboren", "op 3 mei 1985 geboren".
_BEFORE_GEBOREN = re.compile(
    rf"(?i)(?:am|op|den|on)[ \t]+(?:(?:{_WEEKDAY})\.?,?[ \t]+)?(?:(?:dem|den|der)[ \t]+)?(?P<date>{DATE.pattern})(?:[ \t]+(?:in|te)[ \t]+[\w'’.-]+(?:[ -][\w'’.-]+){{0,2}})?[ \t]+(?:geboren|born)$"
)


def dates_of_birth(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The date right after a birth cue (a bare year only after 'born in' and its kin), or
    right before a verb-final 'geboren'."""
    text = m.string
    if m.group().lower() == "geboren":
        b = _BEFORE_GEBOREN.search(text, max(0, m.start() - 90), m.end())
        if b and not re.fullmatch(r"\d{4}", b.group("date")):
            yield with_weekday(text, b.start("date")), b.end("date"), Kind.DATE_OF_BIRTH
            return
    d = _date_after(text, m.end())
    place_word = _ENDS_IN_PLACE_WORD.search(m.group())
    if d is None and place_word:
        # "born in Lyon on ...": the cue's 'in' begins a place, not a year
        d = _date_after(text, m.start() + place_word.start() + 1)
    if d is None and _BIRTHDAY_CUE.search(m.group()):
        # a birthday is a day and a month: "birthday: March 14", "Geburtstag am 14.03."
        g = _GAP.match(text, m.end())
        d = _DAY_MONTH.match(text, g.end() if g else m.end())
        last = re.search(r"([^\W\d]+)\.$", d.group()) if d else None
        if d is not None and last and last.group(1).lower() not in _MONTH_ABBREVIATIONS:
            yield d.start(), d.end() - 1, Kind.DATE_OF_BIRTH  # the sentence's full stop
            return
    if d is None:
        a = _answer_after(text, m.end())
        if a is not None:
            yield a
        return
    if re.fullmatch(r"\d{4}", d.group()) and not _YEAR_CUE.match(m.group()):
        return  # a bare year only after 'born (in)', 'geboren', 'né(e) en', 'nacido en'
    if m.group() == "*" and text[d.end() : d.end() + 1] == "*":
        return  # `*12 March 2024*`: a date in Markdown italics, no birth star
    yield with_weekday(text, d.start()), d.end(), Kind.DATE_OF_BIRTH


def _month_names() -> frozenset[str]:
    """Month names of every CLDR locale (data/month_names.txt, written by
    scripts/make_month_names.py from Babel), lower case, with and without accents."""
    path = Path(__file__).with_name("data") / "month_names.txt"
    return frozenset(w for w in path.read_text(encoding="utf-8").split("\n") if w and w[0] != "#")


MONTH_NAMES = _month_names()
# A date written with a month's name in any language: the name is any word here, and is
# accepted when it is one of MONTH_NAMES (one set lookup instead of thousands of branches).
_WORD_MONTH = r"[^\s\d.,;:/()\[\]|'\"-]{2,24}"
_NAMED_DATE = re.compile(
    rf"(?i:(?:the[ \t]+)?{_D}{_ORD}[ \t]*(?:(?:de|of)[ \t]+)?(?P<m1>{_WORD_MONTH})\.?"
    rf"(?:[ \t]+del?[ \t]+|,?[ \t]+|[-/.]){_Y}"
    rf"|(?P<m2>{_WORD_MONTH})\.?[ \t]+(?:the[ \t]+)?{_D}{_ORD},?[ \t]+{_Y}"
    rf"|{_Y}\.?[ \t]+(?P<m3>{_WORD_MONTH})\.?[ \t]+{_D}\.?"
    # CLDR's long date of Lithuanian: year, `m.`, month, day, `d.` (`1985 m. kovo 12 d.`)
    rf"|{_Y}[ \t]+m\.[ \t]+(?P<m4>{_WORD_MONTH})[ \t]+{_D}[ \t]?d\.)(?!\d|[\w/.-]\d)"
    # a year's word after it (`12 марта 1985 г.`, `1985 m.`) is left out; Polish `r.` as DATE
    r"(?:[ \t]r\.(?![\w.]))?"
)


def date_at(text: str, pos: int) -> re.Match[str] | None:
    """The date that begins at pos: DATE's forms, or a day, a year and a month's name of any
    language CLDR knows."""
    d = DATE.match(text, pos)
    if d is not None and not _BARE_YEAR.fullmatch(d.group()):
        return d
    n = _NAMED_DATE.match(text, pos)
    if n is not None:
        name = next(g for g in n.group("m1", "m2", "m3", "m4") if g).lower()
        if name in MONTH_NAMES:
            return n
    return d


# A record written as one line of prose: a person's name, their date of birth, then what else
# identifies them (`<name>, <date>, <address>`, `<name>, <date>., <id number>`): court
# summonses, registers, KYC replies, party lists in contracts write a person so in any language.
_AFTER_NAME = re.compile(r",[ \t]*")
_FULL_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_THEN_MORE = re.compile(r"\.?,[ \t]*")


def after_name(text: str, end: int) -> tuple[int, int, int] | None:
    """The date right after a name that ends at `end`, written `, <date>,` with a year of four
    digits (start, end of the date, where the record goes on); None: no such date."""
    sep = _AFTER_NAME.match(text, end)
    if sep is None:
        return None
    d = date_at(text, sep.end())
    if d is None or _BARE_YEAR.fullmatch(d.group()) or not _FULL_YEAR.search(d.group()):
        return None
    more = _THEN_MORE.match(text, d.end())
    return (d.start(), d.end(), more.end()) if more else None


# The next line of a transcript or a chat: a speaker's label or a time, maybe a filler, then the
# answer (`agent: and your date of birth` / `caller: yeah it's the 27th of April 1991`).
_NEXT_LINE_LEAD = re.compile(
    r"[ \t]*\r?\n[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^\n:?]{1,32}:[ \t]+)?"
    r"(?i:(?:um|uh|er|yeah|yes|sure|so|ok|okay|it's|it is|its|that's|that is|that'd be)[, \t]+){0,3}"
)
_LINE_END = re.compile(r"[ \t.!,]*(?:\r?\n|\Z)")


def _answer_after(text: str, pos: int) -> tuple[int, int, str] | None:
    """A date that is the whole answer on the line after a cue that ends its line, written or
    spoken (`the twenty seventh of april nineteen ninety one`)."""
    nl = text.find("\n", pos, pos + 40)
    if nl < 0 or _HAS_DIGIT.search(text, pos, nl):
        return None
    lead = _NEXT_LINE_LEAD.match(text, nl - 1 if text[nl - 1 : nl] == "\r" else nl)
    if lead is None:
        return None
    d = date_at(text, lead.end()) or spoken.DATE.match(text, lead.end())
    if d is None or _BARE_YEAR.fullmatch(d.group()) or not _LINE_END.match(text, d.end()):
        return None
    return d.start(), d.end(), Kind.DATE_OF_BIRTH


_HAS_DIGIT = re.compile(r"\d")


def _date_after(text: str, pos: int) -> re.Match[str] | None:
    g = _GAP.match(text, pos)
    at = g.end() if g else pos
    d = date_at(text, at)
    if d is None:
        # one or two lower-case words of any language between the cue and a full date (`lahir
        # tanggal 17-09-1987`, `alizaliwa tarehe 1 Mei 1987`, `ipinanganak noong Agosto 19`)
        for k, w in enumerate(_WORD.finditer(text, at, min(len(text), at + 40))):
            if k == 2 or w.start() != at or w.group()[0].isupper():
                break
            at = w.end()
            d = date_at(text, at)
            if d is not None:
                if _BARE_YEAR.fullmatch(d.group()):
                    d = None
                break
    return d if d and d.start() - pos <= 64 else None


_WORD = re.compile(r"[^\W\d_]{1,14}\.?[ \t]+")
_BARE_YEAR = re.compile(r"\d{4}")


_MONTH_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "janv",
        "févr",
        "fevr",
        "avr",
        "juil",
        "déc",
        "dez",
        "okt",
        "mrt",
        "ene",
        "abr",
        "ago",
        "dic",
        "mär",
        "mrz",
        "jän",
        "gen",
        "mag",
        "giu",
        "lug",
        "ott",
        "set",
        "fev",
        "out",
        "dez",
    ]
)
_BIRTHDAY_CUE = re.compile(
    r"(?i)birthday|geburtstag|anniversaire|cumpleaños|verjaardag|compleanno|aniversário|aniversario"
)
_DAY_MONTH = re.compile(
    rf"(?i:(?:the[ \t]+)?{_D}{_ORD}[ \t]*(?:(?:de|of)[ \t]+)?{_MON}|{_MON}[ \t]+(?:the[ \t]+)?{_D}{_ORD}"
    rf"|{_D}\.[ ]?{_M}\.|{_D}/{_M}(?![/\d]))(?![\w])"
)
_ENDS_IN_PLACE_WORD = re.compile(r"(?i)\s(?:in|en|em)$")
CUE = _CUE
# Literal stems of the cues above (lower case), for the scan that finds where to look.
CUE_ANCHORS = (
    "born",
    "b.",
    "dob",
    "d.o.b",
    "birth",
    "geboren",
    "geb.",
    "geburts",
    "né",
    "naissance",
    "nacid",
    "nacimiento",
    "f. nac",
    "f. de nac",
    "fecha de nac",
    "fecha nac",
    "fec. nac",
    "fec.nac",
    "nació",
    "nacio",
    "nací",
    "ddn",
    "naiss",
    "cumpleaños",
    "geboorte",
    "verjaardag",
    "anniversaire",
    "nato ",
    "nata ",
    "nato/",
    "nata,",
    "nascita",
    "d.n.",
    "d. n.",
    "compleanno",
    "nascid",
    "nasci ",
    "nasceu",
    "nascimento",
    "nasc.",
    "aniversário",
    "aniversario",
    "urodz",
    "ur.",
    "data ur",
    "narozen",
    "narození",
    "narodil",
    "narodená",
    "narodený",
    "narodenia",
    "nar.",
    "född",
    "födelse",
    "født",
    "fødsels",
    "syntyny",
    "syntyi",
    "syntymä",
    "doğ",
    "dogum",
    "d. tarihi",
    "d.tarihi",
    "szület",
    "szül.",
    "născut",
    "nascut",
    "nașterii",
    "naşterii",
    "nasterii",
    "rođ",
    "rodjenja",
    "rodenja",
    "roden",
    "dn:",
    "d.t.",
    "date de naiss",
    *(f"*{d}" for d in "0123456789"),
    *lx.DOB_CUE_ANCHORS,
)
CUE_ANCHORS = tuple(dict.fromkeys(CUE_ANCHORS))  # the world's words repeat some listed above
_YEAR_CUE = re.compile(
    r"(?i)born|geboren|née?|nacid|naci[óo]|year of birth|geburtsjahr|année de naissance|año de|geboortejaar|"
    r"nat[oa]|nascid|nasci|nasceu|anno di nascita|ano de nascimento|"
    r"urodz|rok urodzenia|narozen|narodil|narodený|narodená|rok narození|född|födelseår|født|"
    r"fødselsår|syntyn|syntyi|syntymävuosi|doğum yılı|doğdu|született|születési év|născut|nascut|"
    r"rođen|roden"
)


# A transcript's answer: the line after a question that asks for the date of birth holds a date
# at its end, maybe after its speaker's label (`Can you confirm your date of birth?` / `[10:31] Norman
# Khan: 27 February 2005`). The pattern starts at the question mark; the emit reads the question.
# The answer may give the name asked for with it first (`Can I have your full name and date of
# birth?` / `[8:15] customer: O'Hara, Clifford, 12/01/54`).
ANSWER = re.compile(
    rf"\?[ \t]*\r?\n[ \t]*(?:[^\n]{{1,80}}?:[ \t]+)?(?:[^\n\d?]{{1,60}}?,[ \t]*)?"
    rf"(?P<date>{DATE.pattern})[ \t.!]*(?:\r?\n|\Z)"
)


def answered_date(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    text, q = m.string, m.start()
    line = text[text.rfind("\n", 0, q) + 1 : q]
    if _CUE.search(line[-100:]):
        yield m.start("date"), m.end("date"), Kind.DATE_OF_BIRTH
