"""A stand-in OpenAI-compatible model: deterministic, no network, answers at once.

The gateway uses it in process when no upstream is configured (demo, tests), and tests and the
benchmark run it as a real server (`uvicorn consentry.gateway.echo:app`) to stand for the
model. It speaks the chat (plain, streamed, with tool calls), models and embeddings shapes.
A model named `slow-...` streams one word every 0.2 s (for tests of clients that leave)."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

MODELS = ("echo-1", "echo-2")


def _text(content: Any) -> str:
    if isinstance(content, list):
        return " ".join(str(p.get("text") or "") for p in content if isinstance(p, dict))
    return content if isinstance(content, str) else ""


def _reply(body: dict[str, Any]) -> tuple[str | None, list[dict[str, Any]] | None]:
    """(content, tool_calls): a tool call when tools are offered and no tool answered yet."""
    messages = body.get("messages") or [{}]
    last = messages[-1]
    tools = body.get("tools") or []
    if tools and last.get("role") != "tool":
        name = tools[0].get("function", {}).get("name", "tool")
        call = {"id": "call_" + uuid.uuid4().hex[:12], "type": "function"}
        call["function"] = {"name": name, "arguments": json.dumps({"words": 3})}
        return None, [call]
    prompt = _text(last.get("content"))
    return f"echo of a {len(prompt.split())}-word prompt to {body.get('model')}", None


def _usage(body: dict[str, Any], content: str | None) -> dict[str, int]:
    prompt = sum(len(_text(m.get("content")).split()) for m in body.get("messages") or [])
    completion = len((content or "").split()) or 1
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _bad(what: str) -> Response:
    """A real upstream's answer to a request it cannot use: 400 with an OpenAI error body."""
    error = {"message": f"echo cannot use this {what}", "type": "invalid_request_error"}
    return JSONResponse({"error": {**error, "param": None, "code": None}}, 400)


async def chat(request: Request) -> Response:
    body = json.loads(await request.body())
    try:
        content, calls = _reply(body)
    except (AttributeError, TypeError, KeyError, IndexError):
        return _bad("request")
    base = {"id": "chatcmpl-" + uuid.uuid4().hex[:16], "created": int(time.time())}
    base["model"] = body.get("model")
    if body.get("stream"):
        return StreamingResponse(
            _stream(body, base, content, calls), media_type="text/event-stream"
        )
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": None}
    if calls:
        message["tool_calls"] = calls
    choice = {"index": 0, "message": message, "logprobs": None}
    choice["finish_reason"] = "tool_calls" if calls else "stop"
    return JSONResponse(
        {
            **base,
            "object": "chat.completion",
            "choices": [choice],
            "usage": _usage(body, content),
            "system_fingerprint": "fp_echo",
        }
    )


async def _stream(
    body: dict[str, Any], base: dict[str, Any], content: str | None, calls: list | None
) -> AsyncIterator[bytes]:
    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
        doc = {**base, "object": "chat.completion.chunk"}
        doc["choices"] = [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]
        return b"data: " + json.dumps({**doc, **extra}).encode() + b"\n\n"

    yield chunk({"role": "assistant", "content": ""})
    if calls:
        for i, call in enumerate(calls):
            fn = call["function"]
            head = {"index": i, "id": call["id"], "type": "function"}
            yield chunk(
                {"tool_calls": [{**head, "function": {"name": fn["name"], "arguments": ""}}]}
            )
            yield chunk({"tool_calls": [{"index": i, "function": {"arguments": fn["arguments"]}}]})
    else:
        slow = str(body.get("model", "")).startswith("slow")
        for i, word in enumerate((content or "").split(" ")):
            if slow:
                await asyncio.sleep(0.2)
            yield chunk({"content": word if i == 0 else " " + word})
    yield chunk({}, "tool_calls" if calls else "stop")
    if (body.get("stream_options") or {}).get("include_usage"):
        doc = {**base, "object": "chat.completion.chunk", "choices": []}
        doc["usage"] = _usage(body, content)
        yield b"data: " + json.dumps(doc).encode() + b"\n\n"
    yield b"data: [DONE]\n\n"


async def models(_request: Request) -> Response:
    data = [{"id": m, "object": "model", "created": 0, "owned_by": "consentry"} for m in MODELS]
    return JSONResponse({"object": "list", "data": data})


async def embeddings(request: Request) -> Response:
    body = json.loads(await request.body())
    inputs = body.get("input")
    items = inputs if isinstance(inputs, list) else [inputs]
    data = [
        {"object": "embedding", "index": i, "embedding": [float(len(str(x)) % 7), 0.5, -0.25]}
        for i, x in enumerate(items)
    ]
    n = sum(len(str(x).split()) for x in items)
    return JSONResponse(
        {
            "object": "list",
            "data": data,
            "model": body.get("model"),
            "usage": {"prompt_tokens": n, "total_tokens": n},
        }
    )


app = Starlette(
    routes=[
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/embeddings", embeddings, methods=["POST"]),
    ]
)


def echo_transport() -> httpx.AsyncBaseTransport:
    """The echo model as an in-process transport (no socket)."""
    return httpx.ASGITransport(app=app)
