"""National identity numbers, confirmed by python-stdnum's validators (check digits, date
parts, allocated ranges). A format with a strong structure (SSN dashes, a NINO's letters, a
NIR's key, a DNI's letter) stands alone; a plain run of digits whose checksum passes by chance
one time in ten (BSN, Steuer-ID, PESEL, CPR) needs a cue word (BSN, Steuer-ID, PESEL, ...)
before it. A cue word also takes an id without a checksum (passport numbers)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from stdnum.at import vnr
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.us import ssn as us_ssn

from consentry.redact import lexicon as lx
from consentry.redact import validators as v
from consentry.redact.kinds import Kind

# (label, validator module, shape the candidate must have, needs a cue word)
RULES: tuple[tuple[str, Any, re.Pattern[str], bool], ...] = tuple(
    (label, mod, re.compile(shape), cue)
    for label, mod, shape, cue in (
        ("us_ssn", us_ssn, r"\d{3}-\d{2}-\d{4}", False),
        ("us_ssn", us_ssn, r"\d{3} ?\d{2} ?\d{4}", True),
        ("gb_nino", v.NINO, r"[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]", False),
        ("fr_nir", nir, r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}", False),
        ("es_dni", dni, r"\d{8}-?[A-Za-z]", False),
        ("es_nie", nie, r"[XYZxyz]-?\d{7}-?[A-Za-z]", False),
        ("it_cf", codicefiscale, r"[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z]", False),
        ("ch_ssn", ch_ssn, r"756\.\d{4}\.\d{4}\.\d{2}", False),
        ("fi_hetu", hetu, r"\d{6}[-+Aa]\d{3}[0-9A-Ya-y]", False),
        ("se_pnr", personnummer, r"(?:\d{2})?\d{6}[-+]\d{4}", False),
        ("be_nn", nn, r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", False),
        ("de_idnr", idnr, r"\d{2} \d{3} \d{3} \d{3}", False),
        ("in_aadhaar", aadhaar, r"[2-9]\d{3}[ -]\d{4}[ -]\d{4}", False),
        ("ie_pps", pps, r"\d{7}[A-Wa-w][A-IWa-iw]?", False),
        ("de_idnr", idnr, r"\d{11}|\d{2}[ /]?\d{3}[ /]?\d{3}[ /]?\d{3}", True),
        ("nl_bsn", bsn, r"\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}", True),
        ("pl_pesel", pesel, r"\d{11}", True),
        ("gb_nhs", nhs, r"\d{3} ?\d{3} ?\d{4}", True),
        ("be_nn", nn, r"\d{11}|\d{6}[ -]?\d{3}[ .]?\d{2}", True),
        ("dk_cpr", cpr, r"\d{6}-?\d{4}", True),
        ("no_fnr", fodselsnummer, r"\d{6} ?\d{5}", True),
        ("at_vnr", vnr, r"\d{4} ?\d{6}", True),
        ("ch_ssn", ch_ssn, r"756\d{10}", True),
        ("in_aadhaar", aadhaar, r"[2-9]\d{11}", True),
        ("ca_sin", sin, r"\d{3}[ -]?\d{3}[ -]?\d{3}", True),  # 3-3-3 is how Spain writes phones
    )
)
_ANY_SHAPE = re.compile("|".join(f"(?:{p})" for p in dict.fromkeys(r[2].pattern for r in RULES)))
# One scan for every shape above (and ids after a cue word that have no checksum).
CANDIDATE = (
    r"(?<![\w./-])(?:[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z]"
    r"|[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]"
    r"|[XYZxyz]-?\d{7}-?[A-Za-z]"
    r"|[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}"
    r"|\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}"
    r"|756\.\d{4}\.\d{4}\.\d{2}"
    r"|\d{2,13}(?:[ ./-]\d{2,6}){0,4}(?:[-+A]?[0-9A-Z]{1,2})?"
    r"|[A-Z]{1,3}-?\d{6,10}[A-Z]?)(?![\w-]|[.,]\d)"
)
_CUE_NEAR = 36


def national_ids(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    text = m.string
    s, e = m.span()
    whole = text[s:e].rstrip(" ")
    cue: bool | None = None
    # the whole candidate first, then shorter ones that end at a group boundary
    cuts = [len(whole)] + [i for i in range(len(whole) - 1, 5, -1) if whole[i] in " .-/"]
    for cut in cuts:
        cand = whole[:cut]
        if not _ANY_SHAPE.fullmatch(cand):
            continue  # one test instead of one per rule for the many candidates that fit none
        for _label, mod, shape, needs_cue in RULES:
            if not shape.fullmatch(cand):
                continue
            if needs_cue:
                if cue is None:
                    cue = _cued(text, s)
                if not cue:
                    continue
            if mod.is_valid(cand):
                yield s, s + cut, Kind.NATIONAL_ID
                return
    cand = whole
    adjacent = _cued(text, s, near=14)
    if sum(c.isdigit() for c in cand) >= 6 and (adjacent or " " not in cand and _cued(text, s, 24)):
        yield s, e, Kind.NATIONAL_ID  # a cue word right before: a passport or id number


def _cued(text: str, s: int, near: int = _CUE_NEAR) -> bool:
    before = text[max(0, s - near) : s]
    return lx.ID_CUE.search(before) is not None
