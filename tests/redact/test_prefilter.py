"""The RE2 set pre-check and the windows around anchors change what is scanned, never what is
found: on generated mixed texts, the engine's findings are the findings of every recogniser run
on the whole text (then a name's recurrences, as the engine adds them), batch by batch
(PII-dense and sparse batches) and text by text."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consentry.redact.address_records import decoded_view
from consentry.redact.engine import (
    Finding,
    _dense,
    _resolve,
    _scan,
    _with_layout,
    _with_recurrences,
)
from consentry.redact.fields import KEEP
from tests.redact import (
    test_addresses,
    test_batch,
    test_dates_of_birth,
    test_lookalikes,
    test_names,
    test_national_ids,
    test_phones,
    test_secrets,
)
from tests.redact.helpers import REDACTOR

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import redaction_corpus_hard  # noqa: E402 - the development corpus's generator, seeded here

Span = tuple[int, int, str]


def plain(text: str) -> list[Span]:
    """Every recogniser over the whole text: no pre-check, no anchors, no windows. The text is
    read as its format means it (the decoded view), as the engine reads it."""
    view = decoded_view(text)
    read = view.text if view else text
    found: list[Finding] = []
    for r in REDACTOR.recognisers:
        _scan(r, read, 0, len(read), found)
    kept = _with_layout(read, [f for f in _resolve(found) if f.kind != KEEP])
    if any(f.kind == "PERSON" for f in kept):
        kept = _with_recurrences(read, kept)  # a name found once, wherever it recurs
    if view:
        kept = view.back(kept, Finding)
    return [(f.start, f.end, f.kind) for f in kept]


def spans(findings: list[list[Finding]]) -> list[list[Span]]:
    """Spans and kinds (which of two recognisers that found the same span is not compared)."""
    return [[(f.start, f.end, f.kind) for f in fs] for fs in findings]


def _values() -> list[str]:
    out = list(test_batch._texts())
    out += [n for _lang, (cues, nums) in test_phones.NATIONAL.items() for n in cues + nums]
    out += list(test_phones.INTERNATIONAL)
    out += [v for vals, cues in test_national_ids.SCHEMES.values() for v in [*vals, *cues]]
    out += list(test_national_ids.DOCUMENT_NUMBERS)
    out += [w for words in test_national_ids.DOCUMENT_WORDS.values() for w in words]
    out += [
        f.format(v=v) for fs in test_secrets.SAID.values() for f in fs for v in test_secrets.VALUES
    ]
    out += list(test_names.NAMES) + list(test_names.TITLES) + list(test_names.HEADERS)
    out += ["SCHMIDT, Anna", "Anne-Marie: ok", "J. O'Brien", "ANNA SCHMIDT", "Jean DUPONT"]
    out += test_addresses.NUMBER_FIRST + test_addresses.NUMBER_AFTER
    out += [c for cs in test_dates_of_birth.CUES.values() for c in cs]
    out += list(test_lookalikes.LOOKALIKES)
    return sorted(set(out))


VALUES = _values()
GLUE = st.sampled_from([" ", "\n", ", ", "\t", ": ", " and ", "; ", "\n\n", " - ", "="])
NOISE = st.text(alphabet="aAbBeEnNsSxX019@.:-_/ \n(+)#'", max_size=12)
PIECE = st.one_of(st.sampled_from(VALUES), st.sampled_from(VALUES).map(str.upper), NOISE)


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(PIECE, GLUE), min_size=1, max_size=8))
    return "".join(p + g for p, g in parts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts(), min_size=1, max_size=160))
def test_fragments_mixed_find_what_every_recogniser_finds_on_the_whole_text(batch):
    assert spans(REDACTOR.find_batch(batch)) == [plain(t) for t in batch]


@settings(max_examples=4, deadline=None)
@given(st.integers(0, 10_000))
def test_a_generated_corpus_finds_the_same_batched_dense_sparse_and_whole(seed):
    msgs = [m["text"] for m in redaction_corpus_hard.make(150, seed)]
    clean = [f"just an ordinary line number {i} of chat, nothing in it" for i in range(300)]
    sparse = [t for pair in zip(clean, msgs + msgs, strict=False) for t in pair]
    assert _dense(msgs) and not _dense(sparse)  # both paths of the pre-check are taken
    want = [plain(t) for t in msgs]
    assert sum(map(len, want)) > len(msgs)  # the corpus holds findings to lose
    assert spans(REDACTOR.find_batch(msgs)) == want
    assert spans(REDACTOR.find_batch(sparse))[1::2][: len(msgs)] == want
    assert spans([REDACTOR.find(t) for t in msgs[:30]]) == want[:30]
