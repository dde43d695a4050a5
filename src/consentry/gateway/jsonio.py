"""JSON on the gateway's hot path: orjson (several times faster than the standard library),
falling back to the standard library wherever orjson is stricter, so what the gateway accepts,
forwards and answers does not change (a lone surrogate escape, an integer over 64 bits, NaN)."""

from __future__ import annotations

import json
from typing import Any

import orjson


def loads(raw: bytes | str) -> tuple[Any, bool]:
    """(document, strict): strict is True when orjson read it, i.e. the text is plain JSON
    (UTF-8, no NaN/Infinity, no lone surrogates) and can be forwarded as it came. Raises
    ValueError or RecursionError, as json.loads does, when neither can read it."""
    try:
        return orjson.loads(raw), True
    except orjson.JSONDecodeError:
        return json.loads(raw), False


def load(raw: bytes | str) -> Any:
    return loads(raw)[0]


def dumps(doc: Any) -> bytes:
    """Compact UTF-8 JSON; ASCII escapes where the text holds lone surrogates."""
    try:
        return orjson.dumps(doc)
    except TypeError:  # orjson.JSONEncodeError: surrogates, integers over 64 bits
        return json.dumps(doc, separators=(",", ":")).encode()
