"""Overlaps: the stronger finding keeps its span; a name, address or place it cuts into keeps
what is left (trimmed, not dropped); a cut e-mail or card number is nothing and goes."""

from __future__ import annotations

import pytest

from consentry.redact.engine import Finding, _resolve


@pytest.mark.parametrize("weak_kind", ["PERSON", "ADDRESS", "LOCATION"])
def test_a_name_overlapping_a_stronger_finding_is_trimmed(weak_kind):
    strong = Finding(10, 20, "EMAIL", 80)
    weak = Finding(0, 14, weak_kind, 40)
    out = _resolve([weak, strong])
    assert out == [Finding(0, 10, weak_kind, 40), strong]


def test_a_name_on_both_sides_keeps_both_parts():
    strong = Finding(10, 14, "PHONE", 70)
    out = _resolve([Finding(0, 30, "PERSON", 40), strong])
    assert [(f.start, f.end, f.kind) for f in out] == [
        (0, 10, "PERSON"),
        (10, 14, "PHONE"),
        (14, 30, "PERSON"),
    ]


@pytest.mark.parametrize("atomic", ["EMAIL", "CARD", "PHONE", "IBAN"])
def test_a_cut_structured_finding_is_dropped(atomic):
    strong = Finding(0, 10, "SECRET", 95)
    out = _resolve([Finding(5, 20, atomic, 80), strong])
    assert out == [strong]


def test_findings_of_one_kind_merge():
    out = _resolve([Finding(0, 10, "ADDRESS", 60), Finding(5, 25, "ADDRESS", 88)])
    assert [(f.start, f.end) for f in out] == [(0, 25)]
