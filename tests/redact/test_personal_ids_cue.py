"""The stdnum schemes' name cue is searched fast (names grouped by first letter, a reversed
pre-check) and must find what the plain pattern finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from consentry.redact import lexicon as lx
from consentry.redact import personal_ids as pid

# the cue as first written: a flat list of names, searched over the whole window
_FLAT = re.compile(
    r"(?<!\w)(?:(?P<abbr>"
    + "|".join(re.escape(n) for n in pid._ABBR)
    + r")|(?i:(?P<name>"
    + "|".join(r"\s+".join(re.escape(p) for p in n.split()) for n in pid._NAMES)
    + r")))(?![^\W\d_])(?i:[ \t]*(?:no\.?|nr\.?|n[°º]\.?|number|#))?[ \t]*[:=#|]?[ \t]*\Z"
)

_NAMES = sorted(pid.SCHEMES)
_PIECES = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_NAMES).map(str.upper),
    st.sampled_from(_NAMES).map(str.lower),
    st.sampled_from(
        [" ", "\t", "\n", "  ", "No.", "nr", "N°", "nº", "Number", "#", ":", "=", "x", "1", "_"]
    ),
    st.sampled_from(["İ", "ſ", "K", "é", "-", ".", "Rodné", "číslo", "ID"]),
)


def _flat_scheme(text: str, s: int) -> tuple[str, ...] | None:
    m = _FLAT.search(text, max(0, s - 48), s)
    if m is None:
        return None
    name = m.group("abbr") or m.group("name")
    return pid.SCHEMES.get(name) or pid._BY_LOWER.get(re.sub(r"\s+", " ", name.lower()))


@given(st.lists(_PIECES, max_size=10).map("".join))
def test_the_fast_cue_names_the_same_scheme_as_the_flat_pattern(text: str) -> None:
    for s in range(len(text) + 1):
        assert pid.named_scheme(text, s) == _flat_scheme(text, s)


def test_every_schemes_name_passes_the_reversed_check() -> None:
    for name in pid.SCHEMES:
        for tail in ("", " ", " No.: ", "\tnr ", " number = ", " # "):
            text = f"see {name}{tail}"
            got = pid.named_scheme(text, len(text))
            assert got == _flat_scheme(text, len(text)), (name, tail)
            if len(name + tail) <= 48:  # (the cue is looked for in the 48 characters before)
                assert got is not None, (name, tail)


_CUE_TEXT = st.lists(
    st.sampled_from(
        ["tel", "телефон", "Тел.", "τηλέφωνο", "điện thoại", "ſms", "K", "İ", "ş", "č", "е", "ID"]
        + ["номер паспорта", "kimlik", "SSN", "dob", "дата рождения", " ", ":", "1", "x", "\n"]
    ),
    max_size=8,
).map("".join)


@given(_CUE_TEXT)
def test_the_script_guarded_cues_match_as_the_unguarded_ones(text: str) -> None:
    for words, tail in (
        (lx._ID_CUE_WORDS, ""),
        (lx.PHONE_CUES, r"(?!\w)"),
        (lx.STRONG_PHONE_CUES, r"(?!\w)"),
        (lx.DOB_CUES, ""),
    ):
        plain = re.compile(rf"(?i)(?<!\w)(?:{lx.by_first_letter(words)}){tail}")
        guarded = re.compile(
            rf"(?i)(?<!\w)(?:{lx.script_guarded(lx.by_first_letter(words))}){tail}"
        )
        assert [m.span() for m in plain.finditer(text)] == [
            m.span() for m in guarded.finditer(text)
        ]


def test_the_guard_leaves_branches_an_ascii_letter_can_match() -> None:
    # the Kelvin sign matches `k` under (?i): it is not put behind the non-ASCII test
    assert lx.script_guarded("\u212aa|еb|жc") == "\u212aa|(?=[^\\x00-\\x7f])(?:еb|жc)"
