"""Write src/consentry/redact/data/personal_ids.tsv: python-stdnum's personal-number schemes and
the names each is written under.

python-stdnum documents every module with a first line `ABBR, ABBR2 (Native name, English
description).`; the abbreviations and the native names are what a form or a letter writes
before the number (`AMKA`, `Αριθμός Μητρώου Κοινωνικής Ασφάλισης`, `NIK`, `Rodné číslo`). A
module is a person's number when that line names a person, a citizen, an individual, a birth,
an identity or a social or health insurance, and not a company, a VAT number, a security or a
bank account. One line per name: `name<TAB>module,module,...`, with every module documented
under that name (a number passes when one of them takes it).

    python scripts/make_id_names.py
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from pathlib import Path

import stdnum

OUT = Path(__file__).resolve().parents[1] / "src/consentry/redact/data/personal_ids.tsv"
_PERSONAL = re.compile(
    r"(?i)person(?!a jur)|citizen|individual|birth|identity|identif\w* (?:number|code|nr)|"
    r"social (?:security|insurance)|health|resident|national (?:identi|number)|insurance"
)
_NOT_PERSONAL = re.compile(
    r"(?i)compan|value added|\bvat\b|business|enterprise|\bentit|securit(?:y|ies) identif|iban|bank|account|"
    r"library|music|book|serial|container|equipment|mobile|maritime|energy|creditor|drug|school|"
    r"student|legal|trade|invoice|organi[sz]ation|association|excise|financial|release|audio"
)
# English words that some schemes are abbreviated as (Japan's `IN`, Kenya's and Thailand's `PIN`):
# never a cue by themselves.
_WORDS = frozenset(
    {"in", "pin", "id", "id number", "no", "nr", "ni", "cc", "ci", "nn", "tin", "ric no"}
    | {"personal identification number"}  # a PIN's name too
)
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|an)")
# A code documented for persons and organisations both (Iceland's kennitala) is a person's too.
_BOTH = re.compile(r"(?i)personal and organi[sz]ation")
# Names a scheme is written under that its module's first line leaves out. The Unique Master
# Citizen Number of the former Yugoslavia (stdnum.si.emso validates its 13 digits, mod 11 over
# weights 7..2 twice, with no region check) is EMŠO in Slovenia and JMBG / ЈМБГ in Serbia,
# Bosnia and Herzegovina and Montenegro, EMBG / ЕМБГ in North Macedonia (Wikipedia, "Unique
# Master Citizen Number"; the Slovenian Central Population Register Act, ZCRP, art. 7).
ALIASES = {"stdnum.si.emso": ("EMŠO", "EMSO", "JMBG", "ЈМБГ", "EMBG", "ЕМБГ")}


def names_of(first_line: str) -> list[str]:
    """The abbreviations before the brackets and the names inside them but the last (English)."""
    head, _, rest = first_line.partition("(")
    inside = rest.rsplit(")", 1)[0]
    parts = [p.strip() for p in re.split(r",| or ", head)]
    inner = [p.strip() for p in inside.split(",")]
    parts += inner[:-1] if len(inner) > 1 else []
    out = []
    for p in parts:
        p = p.strip(" .\"'")
        if re.fullmatch(r"(?i)sometimes .*|a |the ", p) or len(p) < 2 or p.lower() in _WORDS:
            continue
        if _NATIONALITY.fullmatch(p):
            continue
        out.append(p)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    personal: set[str] = set()
    schemes: dict[str, list[str]] = {}  # a name -> every module documented under it
    for info in pkgutil.walk_packages(stdnum.__path__, "stdnum."):
        if info.ispkg:
            continue
        try:
            mod = importlib.import_module(info.name)
        except ImportError:
            continue
        first = " ".join((mod.__doc__ or "").strip().split("\n\n")[0].split())
        if not hasattr(mod, "is_valid"):
            continue
        for name in names_of(first):
            schemes.setdefault(name, []).append(info.name)
            if _PERSONAL.search(first) and (_BOTH.search(first) or not _NOT_PERSONAL.search(first)):
                personal.add(name)
        for name in ALIASES.get(info.name, ()):
            schemes.setdefault(name, []).append(info.name)
            personal.add(name)
    # a name of a personal scheme, with every scheme written under it (`NIF`: France's personal
    # number and Portugal's and Spain's tax numbers): a number passes if one of them takes it
    rows = [f"{name}\t{','.join(schemes[name])}" for name in sorted(personal)]
    header = f"# python-stdnum {stdnum.__version__}: scripts/make_id_names.py\n"
    args.out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} schemes to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
