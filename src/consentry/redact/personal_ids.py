"""Every personal-number scheme python-stdnum ships, by the names it is written under.

data/personal_ids.tsv (scripts/make_id_names.py) lists python-stdnum's modules of personal
numbers with the abbreviations and native names their documentation gives (`AMKA`, `NIK`,
`EGN`, `Rodné číslo`, `Isikukood`, `Henkilötunnus`, ...). A number right after one of those
names is that scheme's number when the scheme's validator passes it (check digits, date parts);
when it fails, it is a mistyped or made-up number and is kept. Modules are imported the first
time their name is seen.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from pathlib import Path
from typing import Any

from stdnum.exceptions import InvalidChecksum, ValidationError

from consentry.redact.lexicon import by_first_letter


def _rows() -> dict[str, tuple[str, ...]]:
    """Name (as written) -> the stdnum modules it names."""
    path = Path(__file__).with_name("data") / "personal_ids.tsv"
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, modules = line.split("\t")
        out[name] = modules.split(",")
    return {name: tuple(mods) for name, mods in out.items()}


SCHEMES = _rows()
# Abbreviations (no lower-case letter) are matched as written: `CNP`, `RČ`, `NIK` (not `nik`);
# names case-blind. Either as a whole word, maybe with `No.`, `nr`, `number`, `:` after it.
_ABBR = sorted((n for n in SCHEMES if not any(c.islower() for c in n)), key=lambda n: -len(n))
_NAMES = sorted((n for n in SCHEMES if any(c.islower() for c in n)), key=lambda n: -len(n))
CUE = re.compile(
    r"(?<!\w)(?:(?P<abbr>"
    + "|".join(re.escape(n) for n in _ABBR)
    + r")|(?i:(?P<name>"
    # grouped by first letter: under (?i) `re` tries each word of a flat list at every position
    + by_first_letter("|".join(r"\s+".join(re.escape(p) for p in n.split()) for n in _NAMES))
    + r")))(?![^\W\d_])(?i:[ \t]*(?:no\.?|nr\.?|n[°º]\.?|number|#))?[ \t]*[:=#|]?[ \t]*\Z"
)
# The same cue read backwards from s, without its two word-boundary tests: a `match` at one
# place of the reversed window, where CUE's `search` tries all 48 (the schemes' names are
# looked for before every long number; one in fifty has one). It matches whenever CUE does,
# so CUE runs only where it does.
_REVERSED = re.compile(
    r"[ \t]*[:=#|]?[ \t]*(?i:(?:\.?on|\.?rn|\.?[°º]n|rebmun|#)[ \t]*)?(?:"
    + "|".join(re.escape(n[::-1]) for n in _ABBR)
    + r"|(?i:"
    + "|".join(r"\s+".join(re.escape(p[::-1]) for p in reversed(n.split())) for n in _NAMES)
    + r"))"
)
_BY_LOWER = {re.sub(r"\s+", " ", n.lower()): mods for n, mods in SCHEMES.items()}
WORDS = tuple(SCHEMES)


@cache
def _module(name: str) -> Any:
    return importlib.import_module(name)


# A hint in brackets between a scheme's name and its colon (`Kennitala (rejected, check digit):`,
# `EGN (ЕГН):`): the name is read before it.
_HINT_BEFORE = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*[:=#|]?[ \t]*\Z")


def named_scheme(text: str, s: int) -> tuple[str, ...] | None:
    """The stdnum modules a scheme's name right before position s names (None: no name)."""
    tail = text[max(0, s - 4) : s].rstrip(" \t:=#|")
    if tail.endswith(")"):
        hint = _HINT_BEFORE.search(text, max(0, s - 40), s)
        s = hint.start() if hint else s
    lo = max(0, s - 48)
    if _REVERSED.match(text[lo:s][::-1]) is None:
        return None
    m = CUE.search(text, lo, s)
    if m is None:
        return None
    name = m.group("abbr") or m.group("name")
    return SCHEMES.get(name) or _BY_LOWER.get(re.sub(r"\s+", " ", name.lower()))


def key_scheme(key: str) -> tuple[str, ...] | None:
    """The schemes a field's name names (`CNP`, `AMKA`, `Cartão de Cidadão`, `SSS No.`)."""
    key = key.strip(" \t\"'`*_")
    return named_scheme(key, len(key))


def valid_for(modules: tuple[str, ...], number: str) -> bool:
    """Whether one of the schemes takes the number (its own compaction strips separators)."""
    return verdict(modules, number) == VALID


VALID, BAD_CHECK, OTHER = "valid", "bad_check", "other"


def verdict(modules: tuple[str, ...], number: str) -> str:
    """VALID when a scheme takes the number; BAD_CHECK when it has a scheme's shape and fails
    only its check digits (a mistyped or made-up number); OTHER when it fails for another reason
    (a length or a format of none of them, a range the scheme's list leaves out: `078-05-1120`)."""
    out = OTHER
    for mod in modules:
        try:
            _module(mod).validate(number)
            return VALID
        except InvalidChecksum:
            out = BAD_CHECK
        except (ValidationError, ImportError, ValueError):
            continue
    return out
