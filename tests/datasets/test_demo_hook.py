"""The hook `consentry demo` calls: it runs on the demo's store and shows erasure reaching a set."""

from __future__ import annotations

import io

from rich.console import Console

from consentry.demo import STEPS, Demo, step_datasets


def test_dataset_demo_on_the_demo_store(tmp_path):
    console = Console(file=io.StringIO(), width=120)
    d = Demo(out=tmp_path, console=console)
    for step in STEPS[: STEPS.index(step_datasets) + 1]:
        step(d)
    facts = d.facts
    text = console.file.getvalue()
    assert facts["records_v1"] > facts["records_v2"] >= 1
    assert facts["verify_after_erasure_failures"] >= 1 and facts["users_to_tell"] == ["ada"]
    assert (
        "ada.lovelace@fastmail.com"
        not in (tmp_path / "datasets" / "dataset-v1" / "train.jsonl").read_text()
    )
    assert "verify: ok" in text and "when the dataset was built" not in text
