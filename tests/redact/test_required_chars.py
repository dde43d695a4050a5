"""The character gates (cost13): a pre-check set skips an ASCII text that holds none of the
characters every match of its patterns must hold, and a recogniser skips a region without the
few characters its every match holds. Both are proofs from the parse tree
(requires.required_chars); these tests check the proof both ways, that no pattern matches a
text without its characters, and that the gated paths find what the plain ones find."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consentry.redact import engine
from consentry.redact.engine import Redactor, _check_set, _gate, _prefiltered, _region_needs
from consentry.redact.patterns import RECOGNISERS
from consentry.redact.requires import required_chars


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"a:b", ":"),  # a letter is commoner in prose than ':'
        (r"x@y|z@w", "@"),
        (r"(?:key|id)[ \t]*[:=]", ":="),
        (r"(?i)password[ \t]*=", "="),
        (r"(?i)(?-i:[A-C])x", "ABC"),
        (r"(?=[^\n]*;)\w+", ";"),
        (r"(?:\d{2}){1,3}[0-9]", "0123456789"),
        (r"(?>q)", "q"),
    ],
)
def test_what_every_match_holds_is_proven(pattern, chars):
    assert required_chars(pattern) == frozenset(chars)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # a category proves nothing
        r"a?",
        r"x|\d",  # one branch without a proof
        r"[^:]",
        r"(?i)k",  # case-blind: `k` also matches the Kelvin sign
        r"(?i)[a-z]:?",
        r"(?!:)y*",
        r"[[:alpha:]]",  # RE2's POSIX class is literals to Python's parser: not read at all
        r"(a)?(?(1):|;)",
        r"(?:key)?$",
    ],
)
def test_a_pattern_without_such_characters_proves_none(pattern):
    assert required_chars(pattern) is None


def test_a_look_behind_counts_only_when_asked():
    assert required_chars(r"(?<=:)\w") == frozenset(":")
    assert required_chars(r"(?<=:)\w", behind=False) is None
    assert required_chars(r"(?<=:)x", behind=False) == frozenset("x")


PROVEN = [(r, _region_needs(r.pattern)) for r in RECOGNISERS]
PROVEN = [(r, need) for r, need in PROVEN if need]


def test_the_long_windows_have_a_proof():
    # the windows that spill over into the next texts (a key block's, an SQL statement's)
    names = {r.name for r, _need in PROVEN}
    assert {"private_key", "private_key_cut", "sql_columns", "ipv4", "email"} <= names


PROSE = st.text(
    alphabet=st.sampled_from(string.ascii_letters + string.digits + string.punctuation + " \t\n"),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(PROSE)
def test_no_recogniser_matches_a_region_without_its_characters(text):
    for r, need in PROVEN:
        bare = text.translate({ord(c): None for c in need})
        assert r.pattern.search(bare) is None, r.name


def _plain_prefiltered(texts, patterns):  # type: ignore[no-untyped-def]
    """Every pattern's own set on every text: no gate, no shared sets."""
    out: list[list[int]] = [[] for _ in patterns]
    for k, p in enumerate(patterns):
        match = _check_set((p,)).Match
        for i, t in enumerate(texts):
            if t and match(t):
                out[k].append(i)
    return out


RED = Redactor()
CHECKS = tuple(c for _s, c in RED._sets[False])
GATED = [(s, c) for s, c in RED._sets[False] if _gate((c,)) is not None]


def test_the_short_pre_checks_and_the_cues_are_gated():
    scopes = {s for s, _c in GATED}
    assert {"cue", "caps", "name_forms", "at", "dense_digits"} <= scopes


@settings(max_examples=300, deadline=None)
@given(PROSE)
def test_no_pre_check_matches_an_ascii_text_without_its_characters(text):
    for _s, c in GATED:
        gate = _gate((c,)).decode()
        bare = text.translate({ord(ch): None for ch in gate})
        assert not _check_set((c,)).Match(bare)


SAMPLES = [
    "ring the bell at the kerkstraat",
    "Dear Anna, see you at 5",
    "kalo mire tu sa ne po",
    "password: hunter22",
    "email me at anna@example.org",
    "INSERT INTO users (name) VALUES ('Anna')",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----",
    "Storgata 12, 0155 Oslo",
    "Brīvības iela 55",
    "٣٤٥ شارع",
    "id: ７８９",
    "x",
    "",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(SAMPLES), PROSE), min_size=40, max_size=90))
def test_the_gated_pre_check_pass_finds_what_each_set_alone_finds(texts):
    assert _prefiltered(texts, CHECKS) == _plain_prefiltered(texts, CHECKS)


class Untold(Redactor):
    """The anchored scan without what the pre-check pass told it (which texts hold 0-9, which
    hold an anchor of the group that needs no digit): it finds both out itself, as before."""

    def _scan_anchored(self, recs, texts, sparse, *_told):  # type: ignore[no-untyped-def]
        return super()._scan_anchored(recs, texts, sparse)


UNTOLD = Untold()
OTHER_DIGITS = ["Storgata \u0661\u0662, Oslo", "Hauptstra\u00dfe \u0665", "Kerkstraat \u0967\u0968"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(SAMPLES + OTHER_DIGITS), PROSE), min_size=40, max_size=90)
)
def test_the_region_test_and_the_told_answers_change_no_finding(texts):
    gated = RED.find_batch(texts)
    assert gated == UNTOLD.find_batch(texts)
    saved = dict(engine._NEEDS)
    try:
        for r in RECOGNISERS:
            engine._NEEDS[id(r)] = (r, ())  # no characters proven for any pattern
        plain = RED.find_batch(texts)
    finally:
        engine._NEEDS.clear()
        engine._NEEDS.update(saved)
    assert gated == plain


def test_a_digit_of_another_script_still_opens_the_digit_bound_windows():
    # the pre-check set says which texts hold 0-9; another script's digit is looked for apart
    batch = ["kalo mire tu sa ne po"] * 40 + OTHER_DIGITS
    found = RED.find_batch(batch)
    assert found == UNTOLD.find_batch(batch)
    for text, fs in zip(OTHER_DIGITS, found[40:], strict=True):
        assert not re.search("[0-9]", text)
        assert [(f.start, f.end, f.kind) for f in fs] == [(0, len(text), "ADDRESS")]
