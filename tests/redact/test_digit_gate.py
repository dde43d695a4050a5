"""The digit-bound anchored recognisers skip texts without a digit, and each anchor automaton
reads only the texts (and their neighbours) where its anchors can be: the findings are those of
the one scan of every anchor over every joined text, batch by batch, neighbours included."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consentry.redact.engine import (
    ANCHORED,
    AnchorScan,
    Finding,
    Redactor,
    _joined,
    _lower_same_length,
    _merged_windows,
    _per_text,
    _scan,
)
from consentry.redact.patterns import RECOGNISERS
from consentry.redact.requires import needs_digit


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d",
        r"a[0-9]b",
        r"(?:x\d|y[2-7])",
        r"(?i)street \d{1,5}",
        r"(?=[^\n]{0,80}\d)\w+",
        r"(?:no\.?[ \t]?)?\d{1,5}[A-Z]?",
        r"(?>\d+)x",
        r"x(?:,?\d){2,}",
    ],
)
def test_a_pattern_whose_every_match_holds_a_digit_is_digit_bound(pattern):
    assert needs_digit(re.compile(pattern))


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d*",
        r"a|\d",
        r"[^0-9]",
        r"\w+",
        r"(?!\d)x",
        r"[\d.]",
        r"(?:\d{0,3})x",
        r"[0-9A-F]{4}",
        r"(a)(?(1)\d|b)",
        r"\D",
    ],
)
def test_a_pattern_that_can_match_without_a_digit_is_not(pattern):
    assert not needs_digit(re.compile(pattern))


DIGIT_BOUND = [r for r in RECOGNISERS if needs_digit(r.pattern)]


def test_the_street_recognisers_are_digit_bound():
    # the anchors that ordinary prose is full of (gata, ring, tie, allé) belong to them
    names = {r.name for r in DIGIT_BOUND}
    assert {"address_north_east", "address_de_nl"} <= names


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=80))
def test_no_digit_bound_recogniser_matches_a_text_without_digits(text):
    for r in DIGIT_BOUND:
        assert r.pattern.search(text) is None, r.name


class EveryAnchorEverywhere(Redactor):
    """The plain way, as the engine did it before the gates: one automaton over all the joined
    texts, every window of every anchored recogniser scanned."""

    def _scan_anchored(self, recs, texts, sparse, *_told):  # type: ignore[no-untyped-def]
        joined, starts, sizes = _joined(texts)
        padded = "\n" + joined
        hits = AnchorScan(recs).positions(padded, _lower_same_length(padded))
        found: dict[int, list[Finding]] = {}
        for k, r in enumerate(recs):
            back, fwd = r.window
            raw = ((i - 1 - back, i - 1 + fwd) for i in hits.get(k, ()))
            for j, lo, hi in _per_text(_merged_windows(joined, raw), starts, sizes):
                got: list[Finding] = []
                _scan(r, texts[j], lo, hi, got)
                if got:
                    found.setdefault(j, []).extend(got)
        return found


PLAIN = EveryAnchorEverywhere()
RECS = PLAIN._by_scope[ANCHORED]


def _same(texts: list[str]) -> None:
    """The gated scan (as a sparse batch runs it) finds what the plain one finds, and so does
    the whole engine on the batch."""
    assert GATED._scan_anchored(RECS, texts, True) == PLAIN._scan_anchored(RECS, texts, True)
    assert GATED.find_batch(texts) == PLAIN.find_batch(texts)


GATED = Redactor()

PIECES = [
    "Storgata 12, 0155 Oslo",
    "Karl Johans gate",
    "Mannerheimintie 5 A 7",
    "Hauptstraße 5, 10115 Berlin",
    "Kerkstraat",
    "ring the bell at the Kerkstraat",
    "meet at the gata and the katu",
    "Apt 4B, 22 Baker St",
    "What is your address?",
    "What is your address?\n[09:22] Customer: omar, apt 3406, marina heights, dubai",
    "Tokyo Minato-ku",
    "1-2-3 Shibuya-ku, Tokyo 150-0002",
    "insert into users (name, phone) values ('Anna Weber', '+49 30 1234567')",
    "set_password('hunter22')",
    "curl -u admin:s3cret https://example.org",
    "\nr. Jan Novák",
    "kalo mire tu sa ne po",
    "x",
    "",
    "Brīvības iela 55",
    # matches that hold no anchor of their own: found only in a window from an anchor nearby,
    # which may be in the text before (a window reaches over the separator)
    "Storgata, 12",
    "Storgata\t5",
    "Storgata",
    "1-2-3 Shibuya-ku",
    "Minato-ku",
    "we met at the gate now",
    "Karl Johans gate\t12, 0155 Oslo",
    "Gangnam-gu\tTeheran-ro\t152",
    "ul. Marszałkowska 10/12",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map(" ".join),
        min_size=1,
        max_size=40,
    )
)
def test_gated_anchor_scans_find_what_the_full_scan_finds(texts):
    # neighbours matter: a window near a text's end reaches into the next text
    _same(texts)


def test_a_window_from_the_text_before_is_still_scanned():
    # '-ku' ends the first text (its anchor '-ku\n' takes the separator's line break); the
    # second text's address holds no anchor of its own (tabs), only that window reaches it
    texts = ["kalo Minato-ku", "Gangnam-gu\tTeheran-ro\t152"]
    assert PLAIN.find_batch(texts)[1]
    _same(texts)


def test_an_anchor_in_a_text_without_digits_still_opens_a_window_in_the_next():
    # ' gate ' is in the first text, which holds no digit; the street in the second is written
    # with a tab (no anchor of its own) and is found only through that window
    texts = ["we met at the gate now", "Karl Johans gate\t12, 0155 Oslo"]
    assert [f.source for f in PLAIN.find_batch(texts)[1]] == ["address_north_east"]
    _same(texts)
