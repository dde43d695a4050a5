"""Redaction: golden cases (text -> exact findings), validators, and the pii extra."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from consentry.redact import Redactor, default_redactor
from consentry.redact import validators as v

CASES = yaml.safe_load((Path(__file__).parent / "redaction_cases.yaml").read_text())
REDACTOR = Redactor()


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_golden_case(case):
    found = [[f.kind, case["text"][f.start : f.end]] for f in REDACTOR.find(case["text"])]
    assert found == case["expect"]


def test_placeholders_and_counts():
    text, counts = REDACTOR.redact("mail a@b.io or a@b.io, call +1 212 555 0100")
    assert text == "mail <EMAIL> or <EMAIL>, call <PHONE>"
    assert counts == {"EMAIL": 2, "PHONE": 1}
    assert REDACTOR.redact(None) == (None, {})


@pytest.mark.parametrize(
    ("fn", "good", "bad"),
    [
        (v.luhn_ok, "79927398713", "79927398710"),
        (v.card_ok, "5555 5555 5555 4444", "5555 5555 5555 4445"),
        (v.iban_mod97, "DE89370400440532013000", "DE89370400440532013001"),
        (v.ip_ok, "2a00:1450:4001:82b::200e", "fe80::1%eth0"),
        (v.NINO.is_valid, "AB 12 34 56 C", "BG 12 34 56 C"),
        (v.not_a_phone, "15.03.2024", "030 1234567"),
    ],
)
def test_validators(fn, good, bad):
    assert fn(good) and not fn(bad)


def test_names_and_places_with_the_pii_extra():
    # The test command installs the pii extra (README, .ci/run): without it this fails, loudly.
    from consentry.redact.ner import load_spacy_model

    try:
        load_spacy_model()
    except Exception as exc:  # noqa: BLE001 - any import or model failure means the same
        pytest.fail(f"the pii extra is not usable ({exc}); pip install -e '.[dev,pii]'")
    text, counts = default_redactor(ner=True).redact(
        "Yesterday Maria Gonzalez flew from Madrid to Berlin."
    )
    assert counts["PERSON"] == 1 and counts["LOCATION"] == 2
    assert "Maria" not in text and "Madrid" not in text


def test_missing_model_names_the_extra(monkeypatch):
    import builtins

    from consentry.errors import ConsentryError
    from consentry.redact import ner

    real, real_module = builtins.__import__, ner.importlib.import_module

    def hiding(imp):
        def imp_without_models(name, *args, **kwargs):
            if name in ner.MODEL_PACKAGES:
                raise ImportError(name)
            return imp(name, *args, **kwargs)

        return imp_without_models

    # Only the model packages disappear; other lazy imports (pydantic's) still work.
    monkeypatch.setattr(builtins, "__import__", hiding(real))
    monkeypatch.setattr(ner.importlib, "import_module", hiding(real_module))
    with pytest.raises(ConsentryError, match=r"consentry\[pii\]"):
        ner.load_spacy_model()
