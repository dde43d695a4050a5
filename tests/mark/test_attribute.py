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
from tests.mark.test_watermark import _answer, memorizer

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


def _attribute_served(outputs, keys, served, out):  # noqa: ANN001, ANN202
    """`consentry attribute` against the served answers; the evidence it wrote."""
    proc = run_cli(
        "attribute",
        "--outputs", str(outputs),
        "--keys", str(keys),
        "--served", str(served),
        "--out", str(out),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return json.loads((out / "attribution.json").read_text())


def test_served_answers_are_read_and_named_in_the_evidence(sample, tmp_path):
    """--served: the answers the campaign was served, as the model wrote them (the fixture's
    answers before marking); the right key is still the only one found, and the evidence names
    the served file by hash and count."""
    _, outputs, keys, _, _ = sample
    rng = random.Random(2)
    served = tmp_path / "served.jsonl"
    served.write_text("".join(json.dumps({"text": _answer(rng)}) + "\n" for _ in range(25)))
    body = _attribute_served(outputs, keys, served, tmp_path / "e")
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


def test_probes_are_written_then_their_continuations_attributed(sample, tmp_path):
    """--write-probes cuts the served answers before their choice points; outputs that continue
    them ({prompt, text} lines) are read after their prompts: a suspect that learned the marked
    answers gives the right key and no other, one that learned them unmarked gives none, and
    the evidence counts the prompted outputs."""
    _, _, keys, _, _ = sample
    rng = random.Random(2)
    originals = [_answer(rng) for _ in range(25)]  # the fixture's answers, before marking
    served = tmp_path / "served.jsonl"
    served.write_text("".join(json.dumps({"text": t}) + "\n" for t in originals))
    probes_file = tmp_path / "probes.jsonl"
    proc = run_cli(
        "attribute", "--served", str(served), "--write-probes", str(probes_file)
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    prompts = [json.loads(line)["prompt"] for line in probes_file.read_text().splitlines()]
    assert len(prompts) > 20 and all(any(t.startswith(p) for t in originals) for p in prompts)
    for name, corpus, found in (
        ("marked", [mark(t, KEYS[RIGHT]) for t in originals], [RIGHT]),
        ("unmarked", originals, []),
    ):
        complete = memorizer(corpus)
        outputs = tmp_path / f"{name}.jsonl"
        outputs.write_text(
            "".join(json.dumps({"prompt": p, "text": complete(p)}) + "\n" for p in prompts)
        )
        body = _attribute_served(outputs, keys, served, tmp_path / name)
        assert body["found"] == found, name
        assert body["outputs"]["prompted"] == len(prompts)
        assert "continue prompts" in body["test"]


def test_probe_errors_are_one_line(sample, tmp_path):
    _, _, keys, _, _ = sample
    no_served = run_cli("attribute", "--write-probes", str(tmp_path / "p.jsonl"))
    assert no_served.returncode == 2 and "needs --served" in no_served.stderr
    nothing = run_cli("attribute", "--keys", str(keys))
    assert nothing.returncode == 2 and "give --outputs" in nothing.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "fine", "prompt": [SECRET]}) + "\n")
    proc = run_cli("attribute", "--outputs", str(bad), "--keys", str(keys))
    assert proc.returncode == 2 and "'prompt' that is not a string" in proc.stderr
    assert SECRET not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
