"""Cross-account prompt similarity: MinHash over masked word shingles, banded into LSH buckets.

Each account contributes a few masked prompt openings (features.account_sample). Near-
duplicate openings land in a shared bucket of at least one band; a bucket filled by many
accounts is a shared structure (one pipeline's wrapper around ever-changing questions), one
filled by one account's own prompts is repetition. The MinHash is the classic scheme
(datasketch's: h(x) = (a·x + b) mod p over 32-bit shingle hashes), computed for all prompts at
once with numpy rather than one Python call per shingle, so 100k prompts take about a second.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

PERMS = 32
BANDS = 8  # ... of PERMS // BANDS rows: two openings sharing ~60% of shingles usually meet
SHINGLE = 3  # words per shingle
_PRIME = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)


def _shingles(masked: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(prompt index, 32-bit shingle hash) for every word 3-gram of every masked opening."""
    words = pc.utf8_split_whitespace(pa.array(masked.fillna(""), pa.string()))
    lens = pc.list_value_length(words).to_numpy(zero_copy_only=False).astype(np.int64)
    flat = pc.list_flatten(words)
    if len(flat) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.uint64)
    # each distinct word hashed once (a few hundred thousand), not each of the ~40 per prompt
    codes = pc.dictionary_encode(flat)
    if isinstance(codes, pa.ChunkedArray):
        codes = codes.combine_chunks()
    vocab = codes.dictionary.to_numpy(zero_copy_only=False).astype(object)
    tok = pd.util.hash_array(vocab).astype(np.uint64)[codes.indices.to_numpy()]
    owner = np.repeat(np.arange(len(lens)), lens)
    k = SHINGLE
    if len(tok) < k:
        return owner, tok & _MAX32
    h = tok[: len(tok) - k + 1].copy()
    for j in range(1, k):
        h = h * np.uint64(1_000_003) ^ tok[j : len(tok) - k + 1 + j]
    same = owner[: len(tok) - k + 1] == owner[k - 1 :]
    idx, sh = owner[: len(tok) - k + 1][same], h[same]
    # a prompt shorter than a shingle is one shingle of its words
    short = np.flatnonzero((lens > 0) & (lens < k))
    if len(short):
        first = np.concatenate([[0], np.cumsum(lens)[:-1]])[short]
        idx = np.concatenate([idx, short])
        sh = np.concatenate([sh, tok[first]])
    order = np.argsort(idx, kind="stable")
    return idx[order], sh[order] & _MAX32


def minhash(masked: pd.Series, seed: int = 1) -> np.ndarray:
    """(prompts, PERMS) MinHash signatures; an empty prompt gets the maximum everywhere."""
    idx, sh = _shingles(masked)
    n = len(masked)
    sig = np.full((n, PERMS), np.iinfo(np.uint64).max, np.uint64)
    if len(sh) == 0:
        return sig
    rng = np.random.default_rng(seed)
    a = rng.integers(1, int(_PRIME), PERMS, dtype=np.uint64)
    b = rng.integers(0, int(_PRIME), PERMS, dtype=np.uint64)
    starts = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]])
    owners = idx[starts]
    hv = np.empty_like(sh)
    high = np.empty_like(sh)
    for p in range(PERMS):
        # (sh * a + b) mod p, wrapping modulo 2^64 first (still a fine hash family); the mod
        # of the Mersenne prime 2^61 - 1 by shifts and masks, as exact as `%` and far cheaper
        np.multiply(sh, a[p], out=hv)
        np.add(hv, b[p], out=hv)
        np.right_shift(hv, np.uint64(61), out=high)
        np.bitwise_and(hv, _PRIME, out=hv)
        np.add(hv, high, out=hv)
        np.subtract(hv, _PRIME, out=hv, where=hv >= _PRIME)
        sig[owners, p] = np.minimum.reduceat(hv, starts)
    return sig


def _band_keys(sig: np.ndarray) -> np.ndarray:
    """(prompts, BANDS) int64 keys: each band's rows folded into one hash."""
    rows = PERMS // BANDS
    keys = np.empty((len(sig), BANDS), np.int64)
    for band in range(BANDS):
        part = sig[:, band * rows : (band + 1) * rows]
        h = np.full(len(sig), np.uint64(band + 1), np.uint64)
        for j in range(rows):
            h = (h * np.uint64(0x9E3779B97F4A7C15)) ^ part[:, j]
        keys[:, band] = h.view(np.int64)
    return keys


def band_keys(masked: pd.Series, chunk: int = 10_000) -> tuple[np.ndarray, np.ndarray]:
    """(prompts, BANDS) LSH keys and which prompts are empty, computed `chunk` prompts at a
    time: the signatures and word lists of millions of openings never exist at once, and one
    chunk's shingle hashes stay in the processor's cache through the PERMS passes over them
    (a third less time than chunks of 500k)."""
    which, keys, empty = _distinct_keys(masked, chunk)
    return keys[which], empty[which]


def _distinct_keys(
    masked: pd.Series, chunk: int = 10_000
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(which distinct opening each prompt is, LSH keys and emptiness of each distinct one):
    each distinct opening is hashed once (a template's openings recur across its accounts)."""
    which, distinct = pd.factorize(masked.fillna(""))
    distinct = pd.Series(distinct)
    keys = np.empty((len(distinct), BANDS), np.int64)
    empty = np.empty(len(distinct), bool)
    for lo in range(0, len(distinct), chunk):
        sig = minhash(distinct.iloc[lo : lo + chunk])
        keys[lo : lo + chunk] = _band_keys(sig)
        empty[lo : lo + chunk] = (sig == np.iinfo(np.uint64).max).all(axis=1)
    return which, keys, empty


# Who owns an account, for owner_overlap: an organisation, and the payment instrument billing
# it (a company card, a reseller's or an operator's card shared by a few accounts).
OWNERS = ("org_id", "payment_fingerprint")


@dataclass(frozen=True)
class Similarity:
    # shared_prompt_share, shared_prompt_accounts, self_repeat_share, shared_prompt_rare,
    # owner_overlap
    per_account: pd.DataFrame
    # a (the account's row in the index given to analyse), bucket, n: buckets shared by
    # several accounts, one row per (account, bucket)
    buckets: pd.DataFrame


def _owner_codes(owners: pd.DataFrame | None, accounts: pd.Index) -> list[np.ndarray]:
    """Per kind of owner (OWNERS), each sampled account's owner code, -1 for none or for an
    owner no other sampled account has (nobody to overlap with)."""
    if owners is None:
        return []
    out = []
    for col in OWNERS:
        if col not in owners.columns:
            continue
        code, _ = pd.factorize(owners[col].reindex(accounts))
        n = np.bincount(code[code >= 0], minlength=1)
        out.append(np.where((code >= 0) & (n[np.maximum(code, 0)] >= 2), code, -1))
    return out


def _mates(bucket: np.ndarray, owner: np.ndarray, acc: np.ndarray, n_acc: int) -> np.ndarray:
    """Per prompt (one band's bucket codes, its account's owner code, -1 for none, and account
    code): whether another account of the same owner has a prompt in its bucket."""
    ok = owner >= 0
    out = np.zeros(len(bucket), bool)
    if not ok.any():
        return out
    # (bucket, owner) as one code, then distinct accounts per code
    bo, _ = pd.factorize(bucket[ok].astype(np.int64) * (int(owner.max()) + 1) + owner[ok])
    pairs = np.unique(bo.astype(np.int64) * n_acc + acc[ok])
    out[ok] = np.bincount(pairs // n_acc, minlength=int(bo.max()) + 1)[bo] >= 2
    return out


def analyse(
    sample: pd.DataFrame,
    index: pd.Index,
    min_accounts: int = 3,
    owners: pd.DataFrame | None = None,
) -> Similarity:
    """Per account: share of sampled openings that other accounts also send (near-duplicates),
    how many others share them (log), and the share repeating the account's own openings;
    plus the (account, bucket) pairs of buckets at least `min_accounts` accounts share, which
    the campaign graph links accounts through (accounts as rows of `index`, the profile's).

    With `owners` (per account id, the OWNERS columns): `owner_overlap`, the share of its
    sampled openings that another account of the same owner (organisation or payment
    instrument) also sends, near-duplicate; NaN where no other sampled account has its owner.
    A product's seats work one small set of fixed tasks (a grader's few questions, a team's
    document layouts), so its accounts overlap; an operation that splits a prompt bank among
    its accounts, each its own stretch, never does."""
    cols = [
        "shared_prompt_share",
        "shared_prompt_accounts",
        "self_repeat_share",
        "shared_prompt_rare",
        "owner_overlap",
    ]
    if sample.empty:
        return Similarity(
            pd.DataFrame(columns=cols),
            pd.DataFrame(
                {"a": np.zeros(0, np.int32), "bucket": np.zeros(0, np.int64), "n": np.zeros(0)}
            ),
        )
    which, keys, empty = _distinct_keys(sample.m)
    acc_codes, accounts = pd.factorize(sample.account_id)
    others = np.zeros(len(sample))
    self_rep = np.zeros(len(sample), bool)
    owner = [c[acc_codes] for c in _owner_codes(owners, accounts)]
    owned = np.zeros(len(sample), bool)  # the account has an owner-mate in the sample
    for o in owner:
        owned |= o >= 0
    overlap = np.zeros(len(sample), bool)
    frames = []
    live = ~empty[which]
    which = which[live]
    acc_live = acc_codes[live].astype(np.int64)
    for band in range(BANDS):
        key = keys[which, band]  # one band at a time: never the (prompts, BANDS) keys
        k_code, k_uniq = pd.factorize(key)
        # distinct accounts per bucket, and rows whose (bucket, account) occurs more than once
        pair = k_code.astype(np.int64) * len(accounts) + acc_live
        pairs, inv, reps = np.unique(pair, return_inverse=True, return_counts=True)
        n_acc = np.bincount(pairs // len(accounts), minlength=len(k_uniq))[k_code]
        others[live] = np.maximum(others[live], n_acc - 1)
        self_rep[live] |= reps[inv] >= 2
        for o in owner:
            overlap[live] |= _mates(k_code, o[live], acc_live, len(accounts))
        # (account, bucket, uses) of the buckets min_accounts accounts share, one row per pair
        kept = np.bincount(pairs // len(accounts), minlength=len(k_uniq)) >= min_accounts
        shared = kept[pairs // len(accounts)]
        frames.append(
            (
                (pairs[shared] % len(accounts)).astype(np.int32),
                k_uniq[pairs[shared] // len(accounts)],
                reps[shared].astype(np.int32),
            )
        )
        del key, k_code, pair, pairs, inv, reps, n_acc, kept, shared
    # shared with a few others says more than shared with thousands (a public prompt): each
    # shared opening weighs by its inverse popularity, log(accounts / senders) over log(accounts
    # / 3), the weight of an opening three accounts send
    n_all = max(len(accounts), 4)
    rare = np.where(
        others >= 2, np.clip(np.log(n_all / (others + 1)) / np.log(n_all / 3), 0.0, 1.0), 0.0
    )
    g = pd.DataFrame(
        {
            "acc": acc_codes,
            "shared": others >= 2,
            "others": np.log1p(others),
            "self": self_rep,
            "rare": rare,
            # over the live openings of accounts with an owner-mate only
            "overlap": np.where(live & owned, overlap, np.nan),
        }
    )
    per = g.groupby("acc").agg(
        shared_prompt_share=("shared", "mean"),
        shared_prompt_accounts=("others", "mean"),
        self_repeat_share=("self", "mean"),
        shared_prompt_rare=("rare", "mean"),
        owner_overlap=("overlap", "mean"),
    )
    per.index = accounts[per.index]
    del g, which, keys
    acc, key, uses = (np.concatenate(x) for x in zip(*frames, strict=True))
    del frames
    order = np.lexsort((key, acc))  # by account, then bucket (a bucket key may recur by band)
    acc, key, uses = acc[order], key[order], uses[order]
    first = np.flatnonzero(np.r_[True, (acc[1:] != acc[:-1]) | (key[1:] != key[:-1])])
    first = first[: len(acc)]  # none when no bucket is shared
    n = np.add.reduceat(uses, first) if len(first) else uses
    rows = index.get_indexer(accounts)[acc[first]]
    ok = rows >= 0
    buckets = pd.DataFrame({"a": rows[ok].astype(np.int32), "bucket": key[first][ok], "n": n[ok]})
    return Similarity(per, buckets)
