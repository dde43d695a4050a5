"""Identifiers and counter-based randomness, built column-wise so no string is made per row.

Every id family (accounts, keys, conversations, exchanges) uses the same format for every
population, so an id never tells which population made it.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

ALPHABET = np.frombuffer(
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", dtype=np.uint8
)
HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLD = np.uint64(0x9E3779B97F4A7C15)


def fixed_width_strings(chars: np.ndarray) -> pa.StringArray:
    """An (n, width) uint8 matrix of ASCII as an Arrow string array, without Python strings."""
    n, width = chars.shape
    offsets = np.arange(n + 1, dtype=np.int32) * np.int32(width)
    data = np.ascontiguousarray(chars).tobytes()
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets.tobytes()), pa.py_buffer(data))


def _with_prefix(prefix: str, body: np.ndarray) -> np.ndarray:
    pre = np.frombuffer(prefix.encode("ascii"), dtype=np.uint8)
    out = np.empty((body.shape[0], len(pre) + body.shape[1]), dtype=np.uint8)
    out[:, : len(pre)] = pre
    out[:, len(pre) :] = body
    return out


def random_ids(rng: np.random.Generator, n: int, prefix: str, length: int) -> pa.StringArray:
    """n random base62 ids such as 'acct_7Hq…'; collisions are negligible at the lengths used."""
    body = ALPHABET[rng.integers(0, 62, size=(n, length), dtype=np.uint8)]
    return fixed_width_strings(_with_prefix(prefix, body))


def random_hex(rng: np.random.Generator, n: int, prefix: str, length: int) -> pa.StringArray:
    """n random lowercase hex strings (payment fingerprints look like opaque hashes)."""
    body = HEX[rng.integers(0, 16, size=(n, length), dtype=np.uint8)]
    return fixed_width_strings(_with_prefix(prefix, body))


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: a bijective scramble of uint64 keys (counter-based randomness)."""
    z = (x.astype(np.uint64) + _GOLD).astype(np.uint64)
    z = (z ^ (z >> np.uint64(30))) * _M1
    z = (z ^ (z >> np.uint64(27))) * _M2
    return z ^ (z >> np.uint64(31))


def hash_keys(*parts: np.ndarray | int) -> np.ndarray:
    """Combine integer key columns into one well-mixed uint64 per row."""
    h = np.zeros(1, dtype=np.uint64)
    for p in parts:
        h = mix64(h ^ np.asarray(p).astype(np.uint64))
    return h


def hashed_ids(keys: np.ndarray, prefix: str, length: int = 22) -> pa.StringArray:
    """Deterministic base62 ids from uint64 keys: the same key always gives the same id."""
    n = len(keys)
    out = np.empty((n, length), dtype=np.uint8)
    a = mix64(keys)
    b = mix64(a ^ np.uint64(0x5851F42D4C957F2D))
    half = length // 2
    for j, word in ((0, a), (half, b)):
        w = word.copy()
        for i in range(half if j == 0 else length - half):
            out[:, j + i] = ALPHABET[(w % np.uint64(62)).astype(np.intp)]
            w //= np.uint64(62)
    return fixed_width_strings(_with_prefix(prefix, out))


def unit_floats(keys: np.ndarray) -> np.ndarray:
    """Uniform [0, 1) floats from uint64 keys."""
    return (mix64(keys) >> np.uint64(11)).astype(np.float64) * (1.0 / (1 << 53))
