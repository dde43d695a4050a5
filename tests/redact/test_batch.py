"""The batch path (an RE2 set of pre-checks, texts joined for the anchor scans) finds exactly
what the one-text path finds: a pre-check may only ever let too much through, never too little."""

from __future__ import annotations

from consentry.redact.engine import PREFILTER_MIN
from tests.redact import (
    test_addresses,
    test_dates_of_birth,
    test_fields,
    test_lookalikes,
    test_names,
)
from tests.redact.helpers import REDACTOR


def _texts() -> list[str]:
    out = []
    for layout in test_fields.LAYOUTS.values():
        for keys, value in test_fields.FIELDS.values():
            out.append(layout.format(k=keys[0], K=keys[0].upper(), v=value))
    out += [f.format(a=s) for s in test_addresses.NUMBER_AFTER for f in test_addresses.FRAMES]
    out += [
        f"{c} {d}" for cs in test_dates_of_birth.CUES.values() for c in cs for d in ("12.03.1985",)
    ]
    out += [
        f"{g} {n},\n\nok.\n\n{s}\n{n}\n"
        for g in test_names.SALUTATIONS
        for s in test_names.SIGN_OFFS[:2]
        for n in test_names.NAMES[:2]
    ]
    out += [
        layout.format(v=v)
        for layout in test_lookalikes.LAYOUTS
        for v in test_lookalikes.LOOKALIKES[:5]
    ]
    out += ["just some ordinary chat text without anything personal in it"] * 40
    return out


def test_batch_finds_what_single_texts_find():
    texts = _texts()
    assert len(texts) >= PREFILTER_MIN  # the pre-checked path
    batch = REDACTOR.find_batch(texts)
    single = [REDACTOR.find(t) for t in texts]
    assert sum(map(len, single)) > 100
    assert batch == single
