"""`consentry attribute` finds the key a suspect's outputs carry and no other, writes evidence a
peer can read (JSON, STIX 2.1 linked to the detector's campaign), and refuses bad input with
one line that repeats no text."""

from __future__ import annotations

import json
import random
from datetime import datetime, timezone

import pytest
import stix2

from consentry.mark import mark
from tests.cli import run_cli
from tests.mark.test_watermark import _answer

KEYS = {f"campaign-{i}": random.Random(i).randbytes(16) for i in range(40)}
RIGHT = "campaign-7"
SECRET = "Zyzzyva-never-in-errors"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """Outputs that carry campaign-7's marks (a fixed small sample), the key file, and a
    detector bundle that names the campaign."""
    folder = tmp_path_factory.mktemp("attr")
    rng = random.Random(2)
    outputs = folder / "outputs.jsonl"
    outputs.write_text(
        "".join(json.dumps({"text": mark(_answer(rng), KEYS[RIGHT])}) + "\n" for _ in range(25))
    )
    keys = folder / "keys.json"
    keys.write_text(json.dumps({k: v.hex() for k, v in KEYS.items()}))
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    producer = stix2.Identity(name="consentry distillation detector", identity_class="system")
    camp = stix2.Campaign(name="C-7", created=now, modified=now)
    ind = stix2.Indicator(
        name="address used by C-7",
        pattern="[ipv4-addr:value = '203.0.113.7']",
        pattern_type="stix",
        valid_from=now,
    )
    rel = stix2.Relationship(ind, "indicates", camp)
    indicators = folder / "indicators.stix.json"
    indicators.write_text(stix2.Bundle(producer, camp, ind, rel).serialize())
    return folder, outputs, keys, indicators, {"campaign": camp.id, "indicator": ind.id}


def test_attribute_finds_the_right_key_and_no_other(sample):
    folder, outputs, keys, indicators, ids = sample
    out = folder / "evidence"
    proc = run_cli(
        "attribute",
        "--outputs", str(outputs),
        "--keys", str(keys),
        "--campaign", "C-7",
        "--indicators", str(indicators),
        "--out", str(out),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert f"found: {RIGHT} " in proc.stdout
    body = json.loads((out / "attribution.json").read_text())
    assert body["found"] == [RIGHT]
    assert body["keys_tested"] == len(KEYS)
    scores = {s["key_id"]: s for s in body["scores"]}
    assert scores[RIGHT]["p_value"] < 1e-12
    assert all(s["p_value"] * len(KEYS) > 1e-6 for k, s in scores.items() if k != RIGHT)
    assert scores[RIGHT]["tokens"] > 0 and scores[RIGHT]["scored"] > 50
    bundle = stix2.parse((out / "attribution.stix.json").read_text(), allow_custom=False)
    report = next(o for o in bundle.objects if o.type == "report")
    assert ids["campaign"] in report.object_refs and ids["indicator"] in report.object_refs
    note = next(o for o in bundle.objects if o.type == "note")
    assert RIGHT in note.content


def test_served_answers_are_read_and_named_in_the_evidence(sample, tmp_path):
    """--served: the answers the campaign was served, as the model wrote them (the fixture's
    answers before marking); the right key is still the only one found, and the evidence names
    the served file by hash and count."""
    _, outputs, keys, _, _ = sample
    rng = random.Random(2)
    served = tmp_path / "served.jsonl"
    served.write_text("".join(json.dumps({"text": _answer(rng)}) + "\n" for _ in range(25)))
    out = tmp_path / "e"
    proc = run_cli(
        "attribute",
        "--outputs", str(outputs),
        "--keys", str(keys),
        "--served", str(served),
        "--out", str(out),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    body = json.loads((out / "attribution.json").read_text())
    assert body["found"] == [RIGHT]
    assert body["served"]["texts"] == 25 and len(body["served"]["sha256"]) == 64
    missing = run_cli(
        "attribute",
        "--outputs", str(outputs),
        "--keys", str(keys),
        "--served", str(tmp_path / "nope.jsonl"),
    )  # fmt: skip
    assert missing.returncode == 2 and "cannot read --served" in missing.stderr


def test_unmarked_outputs_find_no_key(sample, tmp_path):
    _, _, keys, _, _ = sample
    rng = random.Random(9)
    outputs = tmp_path / "plain.jsonl"
    outputs.write_text("".join(json.dumps({"text": _answer(rng)}) + "\n" for _ in range(25)))
    proc = run_cli(
        "attribute", "--outputs", str(outputs), "--keys", str(keys), "--out", str(tmp_path / "e")
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "e" / "attribution.json").read_text())["found"] == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (f'{{"text": "fine"}}\nnot json {SECRET}\n', "line 2 is not JSON"),
        (f'{{"output": "{SECRET}"}}\n', "no string field 'text'"),
        ('{"text": 42}\n', "no string field 'text'"),
        ("\n\n", "holds no outputs"),
    ],
)
def test_bad_outputs_are_one_line_errors(sample, tmp_path, content, expected):
    _, _, keys, _, _ = sample
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content)
    out = tmp_path / "attribution"
    proc = run_cli("attribute", "--outputs", str(bad), "--keys", str(keys), "--out", str(out))
    assert proc.returncode == 2
    assert expected in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert SECRET not in proc.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("keys_text", "expected"),
    [
        ("{not json", "is not JSON"),
        ("{}", "non-empty object"),
        ('{"k": "zz-not-hex"}', "is not a hex string"),
        ('{"k": "abcd"}', "shorter than 16 bytes"),
    ],
)
def test_bad_keys_are_one_line_errors(sample, tmp_path, keys_text, expected):
    _, outputs, _, _, _ = sample
    keys = tmp_path / "keys.json"
    keys.write_text(keys_text)
    proc = run_cli("attribute", "--outputs", str(outputs), "--keys", str(keys))
    assert proc.returncode == 2
    assert expected in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "zz-not-hex" not in proc.stderr


def test_missing_files_and_unknown_campaign_are_one_line_errors(sample, tmp_path):
    _, outputs, keys, indicators, _ = sample
    proc = run_cli("attribute", "--outputs", str(tmp_path / "nope.jsonl"), "--keys", str(keys))
    assert proc.returncode == 2 and "cannot read --outputs" in proc.stderr
    proc = run_cli(
        "attribute",
        "--outputs", str(outputs),
        "--keys", str(keys),
        "--campaign", "C-404",
        "--indicators", str(indicators),
        "--out", str(tmp_path / "e"),
    )  # fmt: skip
    assert proc.returncode == 2 and "C-404" in proc.stderr and "is not in" in proc.stderr
    assert not (tmp_path / "e").exists()  # refused before anything is written
