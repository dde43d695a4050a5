"""Exact and near-duplicate removal; our vectorised signatures are datasketch's."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash

from consentry.datasets import dedupe as dd


def test_signatures_equal_datasketch_update_batch():
    texts = [
        dd.normalise(t)
        for t in ("Hello  World, this is a test", "", "x", "ünïcode tëxt ﬁne", "a b c d e f g")
    ]
    cfg = dd.NearConfig()
    sigs = dd.signatures(texts, cfg)
    hashes, offsets = dd.shingle_hashes(texts)
    ends = list(offsets[1:]) + [len(hashes)]
    for i in range(len(texts)):
        m = MinHash(num_perm=cfg.num_perm, seed=cfg.seed, scheme=dd.SCHEME, hashfunc=lambda x: x)
        m.update_batch([int(h) for h in hashes[offsets[i] : ends[i]]])
        assert np.array_equal(m.hashvalues, sigs[i])


def test_exact_duplicates_ignore_case_and_spacing():
    texts = [dd.normalise(t) for t in ("Hello world", "hello   WORLD", "Hello there")]
    assert dd.exact_duplicates(dd.exact_keys(texts)) == [1]


def test_near_duplicates_keep_the_first():
    base = " ".join(f"word{i}" for i in range(120))
    texts = [
        dd.normalise(t)
        for t in (
            base,
            "something else entirely " * 5,
            base + " plus one",
            base.replace("word42 ", "w42 "),
        )
    ]
    cfg = dd.NearConfig()
    assert dd.near_duplicates(dd.signatures(texts, cfg), cfg) == [2, 3]


def test_unrelated_texts_are_kept():
    rng = np.random.default_rng(1)
    texts = [" ".join(f"t{x}" for x in rng.integers(0, 100_000, 60)) for _ in range(500)]
    cfg = dd.NearConfig()
    assert dd.near_duplicates(dd.signatures(texts, cfg), cfg) == []


def test_band_collisions_find_exactly_the_shared_bands():
    rng = np.random.default_rng(3)
    sigs = rng.integers(0, 2**32, (3000, 64), dtype=np.uint64).astype(np.uint32)
    sigs[100:130] = sigs[0:30]  # whole signatures repeated
    sigs[500:520, 11:22] = sigs[900:920, 11:22]  # one band shared
    expected = set()
    for band in range(5):
        seen: dict[bytes, list[int]] = {}
        for i, row in enumerate(sigs[:, band * 11 : (band + 1) * 11]):
            seen.setdefault(row.tobytes(), []).append(i)
        expected |= {i for group in seen.values() if len(group) > 1 for i in group}
    assert dd._band_collisions(sigs, 5, 11) == sorted(expected)
