"""Deduplication: exact (hash of the normalised text) and near-duplicate (MinHash LSH).

MinHash signatures are computed for many documents at once with numpy, using datasketch's
own permutations and finaliser (scheme `affine32`), so they are the signatures
`datasketch.MinHash.update_batch` would give for the same shingle hashes. A vectorised band
pass finds the documents that share at least one LSH band with another; only those go into
`datasketch.MinHashLSH`, which decides, in build order, which ones repeat an earlier record
(keeping the first). Documents alone in every band cannot be near-duplicates of anything.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SCHEME = "affine32"
_FMIX32 = (16, np.uint32(0x85EBCA6B), 13, np.uint32(0xC2B2AE35), 16)
SHINGLE_BYTES = 8  # shingles: 8 bytes starting at each word start
_MASKS = np.array([(1 << (8 * n)) - 1 for n in range(SHINGLE_BYTES)] + [2**64 - 1], dtype=np.uint64)


@dataclass(frozen=True)
class NearConfig:
    threshold: float = 0.8
    num_perm: int = 64
    seed: int = 1


def normalise(text: str) -> str:
    """Unicode-compatible, case-folded, whitespace-collapsed: the text exact dedupe compares."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def exact_keys(texts: Sequence[str]) -> list[bytes]:
    return [hashlib.blake2b(t.encode(), digest_size=16).digest() for t in texts]


def exact_duplicates(keys: Sequence[bytes]) -> list[int]:
    """Indices whose key was seen at an earlier index."""
    seen: set[bytes] = set()
    dups = []
    for i, k in enumerate(keys):
        if k in seen:
            dups.append(i)
        else:
            seen.add(k)
    return dups


def _fmix32(h: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX32
    h = h ^ (h >> s1)
    h = h * m1
    h = h ^ (h >> s2)
    h = h * m2
    return h ^ (h >> s3)


def shingle_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of the byte 8-grams that start at each word of each normalised text, for
    a batch at once; returns (hashes, offsets) where offsets[i] is text i's first hash."""
    buf = np.frombuffer(("\0".join(texts) + "\0" * (SHINGLE_BYTES + 1)).encode(), dtype=np.uint8)
    seps = np.flatnonzero(buf == 0)[: len(texts)]  # seps[i] = end of text i
    doc_starts = np.concatenate(([0], seps[:-1] + 1))
    prev = np.empty_like(buf)
    prev[0], prev[1:] = 0, buf[:-1]
    word = (buf != 32) & (buf != 0) & ((prev == 32) | (prev == 0))
    word[doc_starts] = True  # every text has at least one shingle, even an empty one
    word[seps[-1] + 1 :] = False
    starts = np.flatnonzero(word)
    doc = np.searchsorted(seps, starts, side="left")
    # The 8 bytes at each start as one uint64 (bytes past the text's end masked to zero).
    window = np.lib.stride_tricks.sliding_window_view(buf, SHINGLE_BYTES)[starts]
    v = np.ascontiguousarray(window).view("<u8").ravel()
    valid = np.minimum(seps[doc] - starts, SHINGLE_BYTES).astype(np.uint64)
    v &= _MASKS[valid]
    h = v * np.uint64(0x9E3779B97F4A7C15)
    h ^= h >> np.uint64(29)
    offsets = np.searchsorted(doc, np.arange(len(texts)), side="left")
    return (h >> np.uint64(32)).astype(np.uint32), offsets


def signatures(texts: Sequence[str], cfg: NearConfig) -> np.ndarray:
    """(len(texts), num_perm) uint32 MinHash signatures (datasketch affine32 semantics)."""
    a, b = MinHash(num_perm=cfg.num_perm, seed=cfg.seed, scheme=SCHEME).permutations
    a, b = a.astype(np.uint32), b.astype(np.uint32)
    out = np.empty((len(texts), cfg.num_perm), dtype=np.uint32)
    batch = 4096
    for lo in range(0, len(texts), batch):
        chunk = texts[lo : lo + batch]
        hashes, offsets = shingle_hashes(chunk)
        flat = _fmix32(hashes)
        tmp = np.empty_like(flat)
        with np.errstate(over="ignore"):
            for p in range(cfg.num_perm):  # one permutation at a time: contiguous and fast
                np.multiply(flat, a[p], out=tmp)
                tmp += b[p]
                out[lo : lo + len(chunk), p] = np.minimum.reduceat(tmp, offsets)
    return out


def near_duplicates(sigs: np.ndarray, cfg: NearConfig, skip: set[int] | None = None) -> list[int]:
    """Indices that are near-duplicates (estimated Jaccard >= threshold) of an earlier index."""
    skip = skip or set()
    lsh = MinHashLSH(threshold=cfg.threshold, num_perm=cfg.num_perm)
    candidates = _band_collisions(sigs, lsh.b, lsh.r)
    dups: list[int] = []
    kept: dict[int, LeanMinHash] = {}
    for i in candidates:
        if i in skip:
            continue
        m = LeanMinHash(seed=cfg.seed, hashvalues=sigs[i], scheme=SCHEME)
        if any(kept[j].jaccard(m) >= cfg.threshold for j in lsh.query(m)):
            dups.append(i)
            continue
        lsh.insert(i, m, check_duplication=False)
        kept[i] = m
    return dups


def _band_collisions(sigs: np.ndarray, bands: int, rows: int) -> list[int]:
    """Documents sharing at least one band with another document, in order."""
    # Each band's values are hashed to one uint64 (sorting those is several times faster than
    # sorting the raw band bytes). A hash collision can only add a candidate, which the exact
    # LSH pass then keeps; it never hides a real collision, so the result is the same.
    n = len(sigs)
    hit = np.zeros(n, dtype=bool)
    with np.errstate(over="ignore"):
        for band in range(bands):
            key = np.zeros(n, dtype=np.uint64)
            for col in range(band * rows, (band + 1) * rows):
                key ^= sigs[:, col].astype(np.uint64)
                key *= np.uint64(0x100000001B3)  # FNV-1a style mixing, per 32-bit value
                key ^= key >> np.uint64(29)
            _, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
            hit |= counts[inverse] > 1
    return np.flatnonzero(hit).tolist()
