"""The scan's shortcuts find what the plain way finds: the one-pass anchor search finds every
occurrence of every anchor, the key search that starts late finds the same key, and a
PII-dense batch (where the combined pre-check is skipped) finds what single texts find."""

from __future__ import annotations

import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from consentry.redact import lexicon as lx
from consentry.redact.engine import ANCHORED, LONGER_LOWER, AnchorScan, _dense, _lower_same_length
from consentry.redact.fields import _KEY_BEFORE, key_floor
from consentry.redact.patterns import RECOGNISERS
from tests.redact import test_batch
from tests.redact.helpers import REDACTOR

ANCHORED_RECS = [r for r in RECOGNISERS if r.gate == ANCHORED]
SCAN = AnchorScan(ANCHORED_RECS)
ANCHORS = sorted({a for r in ANCHORED_RECS for a in r.anchors})


def _naive(text: str) -> dict[int, list[int]]:
    """Every start of every anchor, one substring search per anchor."""
    low = text.lower()
    out: dict[int, list[int]] = {}
    for k, r in enumerate(ANCHORED_RECS):
        hay = low if r.lower else text
        hits = sorted(m.start() for a in r.anchors for m in re.finditer(f"(?={re.escape(a)})", hay))
        if hits:
            out[k] = hits
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(ANCHORS),
            st.sampled_from(ANCHORS).map(str.upper),
            st.text(alphabet="abcdefghijklmnopqrstuvwxyz -_.:=/@", max_size=6),
        ),
        max_size=12,
    )
)
def test_one_pass_finds_every_anchor_occurrence(parts):
    text = "".join(parts)  # anchors next to each other, overlapping, in both casings
    got = {k: sorted(v) for k, v in SCAN.positions(text, text.lower()).items()}
    assert got == _naive(text)


def test_one_pass_finds_overlapping_anchors_of_different_recognisers():
    text = "password=hunter22 and my access token is x"
    got = SCAN.positions(text, text.lower())
    names = {ANCHORED_RECS[k].name for k in got}
    # 'password=' (connection strings), 'password' (assignments and prose), 'token is'
    assert {"connection_string", "assignment", "password_prose"} <= names


def test_the_scan_goes_to_a_worker_process_and_finds_the_same_there():
    # a build pickles the redactor to its workers; the automaton is built again from the anchors
    text = "My wife Rael set the password=hunter22; ma mère Odile, mi hijo Teo"
    moved = pickle.loads(pickle.dumps(SCAN))
    assert moved.positions(text, text.lower()) == SCAN.positions(text, text.lower())
    assert moved.positions(text, text.lower()) == _naive(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab Z_.-\t\"'`,:;(é1\n", max_size=48))
def test_key_search_from_the_floor_finds_the_same_key(head):
    full = _KEY_BEFORE.search(head)
    late = _KEY_BEFORE.search(head, key_floor(head))
    assert (full and (full.span(), full.groups())) == (late and (late.span(), late.groups()))


DENSE = [t for t in test_batch._texts() if re.search(r"\d{6}|@", t)] + [
    "bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1 here, call +49 30 1234567",
    "discord MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs ok 030 1234567",
]


def test_a_pii_dense_batch_finds_what_single_texts_find():
    texts = DENSE * (1 + 200 // len(DENSE))
    # the dense path: the anchored scope's pre-check is left out of the set
    assert _dense(texts)
    batch = REDACTOR.find_batch(texts)
    single = [REDACTOR.find(t) for t in texts]
    assert sum(map(len, single)) > len(texts) // 2
    assert batch == single
    assert any(f.source == "bot_tokens" for fs in batch for f in fs)


def test_the_characters_that_lower_longer_are_all_listed():
    longer = "".join(chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1)
    assert longer == LONGER_LOWER


@given(st.text(alphabet=st.sampled_from("aZİ iÄß\n-7")))
def test_lowering_keeps_every_offset(text):
    low = _lower_same_length(text)
    assert len(low) == len(text)
    assert low == "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_CUE_PIECES = st.sampled_from(
    [
        "ssn",
        "SSN",
        "ſſn",
        "bsn",
        "BSN-",
        "Steuer-ID",
        "tckn",
        "RČ",
        "rč",
        "R.Č.",
        "身份证号",
        "NIT",
        "Kimlik",
        "sozialversicherungsnummer",
        "x",
        "_",
        " ",
        "1",
        "é",
        "İ",
        "K",
        ":",
        "nr",
    ]
)


@given(st.lists(_CUE_PIECES, max_size=8).map("".join))
def test_the_cue_words_grouped_by_first_letter_match_as_the_flat_list(window):
    assert lx.ID_CUE.findall(window) == lx.ID_CUE_FLAT.findall(window)


_PHONE_PIECES = st.sampled_from(
    [
        "tel",
        "Tel.",
        "TÉL",
        "phone",
        "order",
        "Bestellnummer",
        "no.",
        "#",
        "ref",
        "móvil",
        "client",
        "numéro",
        "ſms",
        "x",
        " ",
        ":",
        "1",
        "_",
        "-",
        "é",
        "\n",
    ]
)
_FLAT_PHONE = {
    "PHONE_CUE": re.compile(rf"(?i)(?<!\w)(?:{lx.PHONE_CUES})(?!\w)"),
    "STRONG_PHONE_CUE": re.compile(rf"(?i)(?<!\w)(?:{lx.STRONG_PHONE_CUES})(?!\w)"),
    "NOT_PHONE_CUE": re.compile(rf"(?i)(?<!\w)(?:{lx.NOT_PHONE_CUES}){lx._NOT_PHONE_TAIL}"),
}


@given(st.lists(_PHONE_PIECES, max_size=8).map("".join))
def test_the_phone_cue_words_grouped_find_what_the_flat_lists_find(window):
    for name, flat in _FLAT_PHONE.items():
        assert bool(getattr(lx, name).search(window)) == bool(flat.search(window)), name


_CUE_WINDOW_PIECES = st.sampled_from(
    [
        "wohne",
        "Adresse",
        "ship it to",
        "send them to",
        "in der",
        "aan de",
        "office",
        "bsn",
        "Steuer-ID",
        "nhs number",
        "is",
        " ",
        ": ",
        "\n",
        "x",
        "é",
        "büro",
        "1",
        "ſhip",
        "AM",
        "op",
    ]
)


@given(st.lists(_CUE_WINDOW_PIECES, max_size=8).map("".join))
def test_the_address_and_checked_id_cues_grouped_find_what_the_flat_lists_find(window):
    from consentry.redact import addresses, ids

    flat_address = re.compile(rf"(?i)(?:{addresses.ADDRESS_CUES}){addresses.ADDRESS_CUE_TAIL}")
    flat_checked = re.compile(rf"(?i)(?<!\w)(?:{ids.CHECKED_CUES}){ids.CHECKED_CUE_TAIL}")
    assert bool(addresses._ADDRESS_CUE.search(window)) == bool(flat_address.search(window))
    assert bool(ids._CHECKED_CUE.search(window)) == bool(flat_checked.search(window))


def test_no_recogniser_lists_an_anchor_twice():
    # the scan reports a position once; an anchor listed twice (a world word that repeats a
    # listed one) would only make the plain search above count it twice
    for r in ANCHORED_RECS:
        assert len(set(r.anchors)) == len(r.anchors), r.name
