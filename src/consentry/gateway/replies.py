"""The gateway's answers: OpenAI-shaped errors (never echoing the request's text), the
consent decision as a body extension and headers, the upstream's own errors, and replays of
requests already stored (Idempotency-Key)."""

from __future__ import annotations

import json
import time
from typing import Any

from fastapi.responses import JSONResponse, Response

from consentry.gateway import jsonio
from consentry.gateway.transport import UpstreamResponse
from consentry.policy import Decision


class JSON(JSONResponse):
    """JSON as UTF-8 (orjson); ASCII escapes if the model's text holds lone surrogates."""

    def render(self, content: Any) -> bytes:
        return jsonio.dumps(content)


class Refused(Exception):
    """A request answered with an OpenAI-style error; `record` stores it as a refusal."""

    def __init__(
        self, status: int, code: str, message: str, *, record: bool = True, headers: Any = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.record, self.headers = status, code, record, headers or {}


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSON:
    kind = "invalid_request_error" if status < 500 else "server_error"
    body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    return JSON(body, status, headers=headers)


def decision_headers(exchange_id: str, d: Decision) -> dict[str, str]:
    headers = {
        "X-Consentry-Exchange-Id": exchange_id,
        "X-Consentry-Training-Eligible": "true" if d.eligible else "false",
        "X-Consentry-Reason": d.reason,
        "X-Consentry-Policy-Version": d.policy_version,
    }
    if d.retain_until:
        headers["X-Consentry-Retain-Until"] = d.retain_until.isoformat()
    return headers


def decision_body(exchange_id: str, d: Decision) -> dict[str, Any]:
    return {
        "exchange_id": exchange_id,
        "training_eligible": d.eligible,
        "reason": d.reason,
        "policy_version": d.policy_version,
        "retain_until": d.retain_until.isoformat() if d.retain_until else None,
    }


def upstream_error(resp: UpstreamResponse, content: bytes) -> Response:
    """The upstream's error as it sent it (status and OpenAI error body)."""
    try:
        doc = jsonio.load(content)
    except (ValueError, RecursionError):
        doc = None
    if isinstance(doc, dict) and "error" in doc:
        return JSON(doc, resp.status)
    return error_response(resp.status, "upstream_error", f"the model answered HTTP {resp.status}.")


def replayed(row: dict[str, Any], headers: dict[str, str], *, stream: bool) -> Response:
    """The answer to a retried request whose exchange is already stored (Idempotency-Key), in
    the shape the retry asked for."""
    d = Decision(row["eligible"], row["reason"], row["policy_version"], row["retain_until"], "")
    extra = {"Idempotent-Replayed": "true", **decision_headers(row["exchange_id"], d)}
    base = {"id": row["exchange_id"], "created": int(time.time()), "model": row["model"]}
    usage = {
        "prompt_tokens": row["input_tokens"],
        "completion_tokens": row["output_tokens"],
        "total_tokens": row["input_tokens"] + row["output_tokens"],
    }
    if stream:
        delta = {"role": "assistant", "content": row["response"]}
        chunks = [
            {
                **base,
                "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": delta, "finish_reason": "stop"}],
            },
            {
                **base,
                "object": "chat.completion.chunk",
                "choices": [],
                "usage": usage,
                "consentry": decision_body(row["exchange_id"], d),
            },
        ]
        body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
        return Response(body, media_type="text/event-stream", headers={**headers, **extra})
    message = {"role": "assistant", "content": row["response"]}
    doc = {
        **base,
        "object": "chat.completion",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": usage,
        "consentry": decision_body(row["exchange_id"], d),
    }
    return JSON(doc, headers={**headers, **extra})
