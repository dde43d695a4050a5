"""Streaming: relay the upstream's server-sent events chunk by chunk while assembling the reply
that will be captured, and notice a client that leaves.

Starlette only watches for a disconnect on older ASGI servers; `SSEResponse` always does, so a
client that closes the connection cancels the relay and the exchange is captured as partial."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import anyio
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from consentry.gateway import jsonio


@dataclass
class Assembled:
    """What the chunks of one streamed reply add up to (choice 0)."""

    content: list[str] = field(default_factory=list)
    tool_calls: dict[int, dict[str, Any]] = field(default_factory=dict)
    usage: Mapping[str, Any] | None = None
    chunks: int = 0

    def add(self, data: str) -> None:
        try:
            doc = jsonio.load(data)
        except (ValueError, RecursionError):
            return
        if not isinstance(doc, dict):
            return
        self.chunks += 1
        if isinstance(doc.get("usage"), dict):
            self.usage = doc["usage"]
        for choice in doc.get("choices") or ():
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            if isinstance(delta.get("content"), str):
                self.content.append(delta["content"])
            for tc in delta.get("tool_calls") or ():
                if isinstance(tc, dict):
                    self._tool_delta(tc)

    def _tool_delta(self, tc: dict[str, Any]) -> None:
        call = self.tool_calls.setdefault(
            int(tc.get("index", 0)), {"id": None, "type": "function", "function": {}}
        )
        if tc.get("id"):
            call["id"] = tc["id"]
        fn = tc.get("function") or {}
        if fn.get("name"):
            call["function"]["name"] = fn["name"]
        if isinstance(fn.get("arguments"), str):
            call["function"]["arguments"] = call["function"].get("arguments", "") + fn["arguments"]

    def text(self) -> str | None:
        calls = [self.tool_calls[i] for i in sorted(self.tool_calls)]
        return reply_text("".join(self.content) if self.content else None, calls)


def reply_text(content: str | None, tool_calls: list[Any] | None) -> str | None:
    """The reply as stored: its text, then its tool calls as JSON (so a captured exchange
    holds what the model actually answered)."""
    if not tool_calls:
        return content
    calls = json.dumps(tool_calls, ensure_ascii=False, separators=(",", ":"))
    return f"{content}\n{calls}" if content else calls


class SSEResponse(StreamingResponse):
    """A streaming response that stops (cancelling its iterator) when the client leaves.
    `on_close` runs at the end in every case (the iterator's own cleanup does not run if the
    client left before its first chunk)."""

    def __init__(self, content: Any, *, on_close: Any = None, **kw: Any) -> None:
        super().__init__(content, **kw)
        self.on_close = on_close

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            async with anyio.create_task_group() as tg:

                async def run(func: Any) -> None:
                    await func()
                    tg.cancel_scope.cancel()

                tg.start_soon(run, partial(self.stream_response, send))
                await run(partial(self.listen_for_disconnect, receive))
        finally:
            if self.on_close is not None:
                self.on_close()
