"""Write src/consentry/redact/data/month_names.txt: the month names of every locale CLDR knows.

The dates-of-birth recogniser reads a date written with a month's name in any language after a
birth cue (`Tanggal Lahir: 18 Maret 1974`, `Ημ. γέννησης: 24 Σεπτεμβρίου 1997`). The names come
from the Unicode CLDR through Babel (`pip install babel`): for each of its locales, the wide and
abbreviated month names in their format context (the genitive in Greek, Slavic and Baltic
languages: `Σεπτεμβρίου`, `września`) and their stand-alone context (the nominative), lower case,
and each also without its accents. Names with digits (`9月`, written as numbers) and of fewer
than three letters are left out: a number date is read by the date patterns themselves.
Greek and Cyrillic names are also written in Latin letters, as chats and forms without those
keyboards write them (`Septemvriou`, `marta`): Greek by ELOT 743 (ISO 843's transcription),
Cyrillic by the common passport transliteration (ICAO Doc 9303's table).

Run once when Babel's CLDR version changes; the file is data and ships with the package, so
Babel is not needed at run time:

    pip install babel && python scripts/make_month_names.py
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

# (a name with these is one the date pattern cannot read as one word: left out)
_PUNCT = frozenset(".,;:/()[]|'\"-")
OUT = Path(__file__).resolve().parents[1] / "src/consentry/redact/data/month_names.txt"


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# ELOT 743 / ISO 843 (transcription; the diphthongs first)
_GREEK = [
    ("ου", "ou"),
    ("αυ", "av"),
    ("ευ", "ev"),
    ("ηυ", "iv"),
    ("μπ", "mp"),
    ("ντ", "nt"),
    ("γγ", "ng"),
    ("γκ", "gk"),
    ("θ", "th"),
    ("χ", "ch"),
    ("ψ", "ps"),
    ("α", "a"),
    ("β", "v"),
    ("γ", "g"),
    ("δ", "d"),
    ("ε", "e"),
    ("ζ", "z"),
    ("η", "i"),
    ("ι", "i"),
    ("κ", "k"),
    ("λ", "l"),
    ("μ", "m"),
    ("ν", "n"),
    ("ξ", "x"),
    ("ο", "o"),
    ("π", "p"),
    ("ρ", "r"),
    ("σ", "s"),
    ("ς", "s"),
    ("τ", "t"),
    ("υ", "y"),
    ("φ", "f"),
    ("ω", "o"),
]
# ICAO Doc 9303 (machine-readable passports), Russian, Ukrainian, Bulgarian and Serbian letters
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґђјљњћџ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "ie",
            "y",
            "",
            "e",
            "iu",
            "ia",
            "i",
            "i",
            "ie",
            "g",
            "d",
            "j",
            "lj",
            "nj",
            "c",
            "dz",
        ],
        strict=True,
    )
)


def latin(word: str) -> str | None:
    """The word in Latin letters if it is Greek or Cyrillic (None otherwise)."""
    base = fold(word)
    if all("\u0370" <= c <= "\u03ff" or not c.isalpha() for c in base):
        for g, lat in _GREEK:
            base = base.replace(g, lat)
        return base
    if all("\u0400" <= c <= "\u04ff" or not c.isalpha() for c in word):
        return "".join(_CYRILLIC.get(c, c) for c in word)
    return None


def names() -> list[str]:
    try:
        from babel import Locale
        from babel.localedata import locale_identifiers
    except ImportError:
        raise SystemExit("babel is not installed: pip install babel") from None
    out: set[str] = set()
    for ident in locale_identifiers():
        loc = Locale.parse(ident)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in loc.months.get(context, {}).get(width, {}).values():
                    word = name.strip().rstrip(".").lower()
                    if len(word) < 3 or any(c.isdigit() or c in _PUNCT for c in word):
                        continue
                    out.add(word)
                    out.add(fold(word))
                    lat = latin(word)
                    if lat and len(lat) >= 3:
                        out.add(lat)
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    words = names()
    from babel import __version__

    header = (
        f"# month names of every CLDR locale (Babel {__version__}); scripts/make_month_names.py\n"
    )
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} month names to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
