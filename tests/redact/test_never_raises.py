"""The redactor reads any text without raising: a batch that stops on one message stops the
dataset build. The texts put what reaches deep into the recognisers (IBAN, card, phone and id
shapes, valid and failing their checks, field keys, mail and address parts) right before and
after words of other scripts, accented Latin, digits of other scripts and symbols, with and
without separators: the places where Unicode letters meet ASCII-only checks (PII hold-out 16
found one, a failed IBAN followed by `Núm`)."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consentry.redact import default_redactor

SHAPES = [
    "ES91 2100 0418 4502 0005 1332",
    "ES92 2100 0418 4502 0005 1332",
    "DE89370400440532013000",
    "DE90370400440532013000",
    "gb82 west 1234 5698 7654 32",
    "4111 1111 1111 1111",
    "4111-1111-1111-1112",
    "+49 30 1234567",
    "0612345678",
    "756.1234.5678.97",
    "756.1234.5678.98",
    "1 85 05 78 006 084 36",
    "user@example.org",
    "info@",
    "Straße 12",
    "10.0.0.1",
    "2001:db8::1",
    "IBAN:",
    "Tel.",
    "DOB",
]
WORDS = ["Núm", "Ústí", "Élan", "Ωμέγα", "Жанр", "数字", "٣٤٥", "²³", "ǅ", "ﬁ", "İ", "ß", "\u200b"]
SEPARATORS = ["", " ", "\n", "-", ".", ":"]
RED = default_redactor()


def _checked(texts: list[str]) -> None:
    for text, found in zip(texts, RED.find_batch(texts), strict=True):
        assert all(0 <= f.start < f.end <= len(text) for f in found)


def test_every_shape_next_to_every_script() -> None:
    """Each shape with each separator and each word, after it and before it (one batch)."""
    combos = list(itertools.product(SHAPES, SEPARATORS, WORDS))
    _checked([f"see {s}{sep}{w} now" for s, sep, w in combos])
    _checked([f"{w}{sep}{s}" for s, sep, w in combos])
    redacted, _counts = RED.redact_many([f"{s} {w}" for s, _sep, w in combos])
    assert all(r is not None for r in redacted)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(SHAPES + WORDS), st.sampled_from(SEPARATORS)), max_size=12)
)
def test_any_mix_of_shapes_and_scripts_is_read(parts: list[tuple[str, str]]) -> None:
    _checked(["".join(p + s for p, s in parts)])
