"""The written files: JSONL lines parse as chat fine-tuning examples, the Parquet loads with
Hugging Face `datasets`, the manifest and the audit log say what the issue asks."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from consentry.datasets.pipeline import BuildOptions, build
from consentry.datasets.select import Filters
from consentry.store import audit, unit_of_work
from consentry.store.schema import exchanges
from tests.datasets.policies_fixture import POLICIES
from tests.datasets.storegen import Spec, load

SPEC = Spec(
    ("free", "pro", "team"),
    ((1, 1, "allow", "explicit"),),
    tuple((i % 3, i % 2, 10 + i, False, False) for i in range(12)),
    tuple(
        f"Question {i}: my email is person{i}@fastmail.com and my card 4539 1488 0343 6467, token "
        f"sk-proj-{'a' * 24}{i:04d}"
        for i in range(12)
    ),
)


@pytest.fixture
def dataset(engine, tmp_path):
    policy = POLICIES["chatgpt-2025"]
    with unit_of_work(engine) as conn:
        load(conn, policy, SPEC)
        m = build(conn, policy, tmp_path / "ds", options=BuildOptions(workers=1))
    return m


def test_jsonl_lines_are_chat_fine_tuning_examples(dataset):
    lines = (dataset.path / "train.jsonl").read_text().splitlines()
    assert len(lines) == dataset.records > 0
    for line in lines:
        rec = json.loads(line)
        assert set(rec) == {"messages"}
        roles = [m["role"] for m in rec["messages"]]
        assert roles in (["user", "assistant"], ["system", "user", "assistant"])
        assert all(isinstance(m["content"], str) and m["content"] for m in rec["messages"])


def test_parquet_loads_with_hugging_face_datasets(dataset, tmp_path):
    import datasets

    ds = datasets.load_dataset(
        "parquet",
        data_files=str(dataset.path / "train.parquet"),
        split="train",
        cache_dir=str(tmp_path / "hf-cache"),
    )
    assert ds.num_rows == dataset.records
    assert ds[0]["messages"][-1]["role"] == "assistant"
    jsonl_first = json.loads((dataset.path / "train.jsonl").read_text().splitlines()[0])
    assert ds[0]["messages"] == jsonl_first["messages"]


def test_nothing_personal_is_written(dataset, engine):
    text = "".join((dataset.path / name).read_text() for name in ("train.jsonl", "manifest.json"))
    assert "@fastmail.com" not in text and "4539 1488" not in text and "sk-proj-" not in text
    assert "<EMAIL>" in text and "<CARD>" in text and "<SECRET>" in text
    with engine.connect() as conn:
        ids = list(conn.execute(select(exchanges.c.exchange_id, exchanges.c.account_id)))
    manifest = (dataset.path / "manifest.json").read_text()
    assert all(f'"{acc}"' not in manifest and f'"{ex}"' not in manifest for ex, acc in ids)


def test_manifest_says_what_the_issue_asks(dataset, engine):
    m = json.loads((dataset.path / "manifest.json").read_text())
    assert (
        m["dataset_id"] == dataset.dataset_id
        and m["policy"]["sha256"] == POLICIES["chatgpt-2025"].sha256
    )
    assert m["counts"]["excluded"] == {"tier_requires_opt_in": 4}  # team tier, no explicit opt-in
    counts = m["redaction"]["counts"]
    assert (counts["CARD"], counts["EMAIL"], counts["SECRET"]) == (8, 8, 8)
    rec = m["records"][0]
    assert set(rec) == {
        "i",
        "exchange_id_hash",
        "account",
        "consent_basis",
        "policy_version",
        "sha256",
    }
    assert rec["account"].startswith("acct-") and m["merkle"]["root"] == dataset.merkle_root
    rai = {k for k in m["croissant"] if k.startswith("rai:")}
    assert {
        "rai:dataCollection",
        "rai:personalSensitiveInformation",
        "rai:dataUseCases",
        "rai:dataLimitations",
        "rai:dataBiases",
        "rai:dataPreprocessingProtocol",
    } <= rai
    assert "http://mlcommons.org/croissant/RAI/1.0" in m["croissant"]["conformsTo"]
    with engine.connect() as conn:
        built = audit.entries_for(conn, "dataset.built")
        assert audit.verify(conn).ok
    assert (
        built[-1]["merkle_root"] == dataset.merkle_root
        and built[-1]["manifest_sha256"] == dataset.manifest_sha256
    )


def test_explicit_only_and_a_second_build_into_the_same_folder(engine, tmp_path):
    from consentry.errors import ConsentryError

    policy = POLICIES["chatgpt-2025"]
    with unit_of_work(engine) as conn:
        load(conn, policy, SPEC)
        m = build(
            conn,
            policy,
            tmp_path / "x",
            Filters(explicit_only=True),
            options=BuildOptions(workers=1),
        )
        assert m.records == 4  # only a1 chose explicitly, before its exchanges
        with pytest.raises(ConsentryError, match="already holds a dataset"):
            build(conn, policy, tmp_path / "x", options=BuildOptions(workers=1))
