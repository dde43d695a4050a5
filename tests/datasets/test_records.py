"""The build's fast JSONL encoding is byte for byte the canonical line verify re-computes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from consentry.datasets import records as rec

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@given(st.one_of(st.none(), st.just(""), texts), texts, texts)
def test_record_line_equals_the_canonical_line(system, user, assistant):
    assert rec.record_line(system, user, assistant) == rec.line(
        rec.messages(system, user, assistant)
    )


def test_record_line_escapes_like_json():
    tricky = 'quote " backslash \\ newline \n tab \t nul \x00 del \x7f line-sep \u2028 emoji \U0001f600 é'
    assert rec.record_line(tricky, tricky, tricky) == rec.line(rec.messages(tricky, tricky, tricky))
