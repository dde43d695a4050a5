"""The response ladder at the gateway: per request, only for the account on a rung, and nothing
the client could tell from an ordinary answer.

- throttle: a second, lower limit (the policy's `countermeasures.throttle`) on the same kind of
  limiter the gateway uses (Redis or in process), answered like any rate limit (429);
- degrade: the request asks for at most `max_tokens` and offers at most `max_tools` tools; the
  reply loses `reasoning_content` and <think>...</think> blocks, is cut to `max_tokens` words
  (finish_reason "length", as a capped answer ends) and keeps at most `max_tools` tool calls;
- mark: the reply's text is watermarked with the account's key (consentry.mark);
- block: refused at admission, as every block is (store.blocks);
- watch: nothing changes.

Streams get the same: chunks are rewritten as they pass (see `StreamMarker` for marking).
Which rung an account is on comes from a snapshot of the countermeasures table, reloaded every
`ttl` seconds (one query for all accounts on the ladder, off the request path's critical part)
and at once after `invalidate()`; a lookup is a dict read.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from typing import Any

import anyio
from sqlalchemy import Engine

from consentry.gateway.limits import Limiter, MemoryLimiter, RateLimit, RedisLimiter
from consentry.gateway.replies import Refused
from consentry.gateway.schema import Parsed
from consentry.policy import Policy
from consentry.policy.ladder import Degrade
from consentry.store import countermeasures as store_cm
from consentry.store.countermeasures import Enforced

TTL_SECONDS = 5.0
REASONING_FIELDS = ("reasoning_content", "reasoning", "reasoning_details")
THINK = re.compile(r"<(think|thinking|reasoning)>[\s\S]*?(?:</\1>\s*|\Z)", re.IGNORECASE)
_TAGS = ("<think>", "<thinking>", "<reasoning>")
_SENTENCE_END = re.compile(r"[.!?] (?=\S)")


@dataclass(frozen=True)
class Treatment:
    """What the gateway does to one request's reply."""

    rung: str
    degrade: Degrade
    key: bytes | None = None


class Countermeasures:
    """The rungs in force, cached, and the throttle limiter."""

    def __init__(
        self, engine: Engine, policy: Policy, limiter: Limiter, ttl: float = TTL_SECONDS
    ) -> None:
        self.engine, self.ttl = engine, ttl
        cm = policy.countermeasures
        self.degrade = cm.degrade if cm else Degrade()
        limit = RateLimit.parse(cm.throttle if cm else "10/minute")
        self.throttle: Limiter = (
            RedisLimiter(limiter.url, limit, prefix=f"{limiter.prefix}:throttle")
            if isinstance(limiter, RedisLimiter)
            else MemoryLimiter(limit)
        )
        self._rungs: dict[str, Enforced] = {}
        self._until = 0.0
        self.refresh()

    def refresh(self) -> None:
        """Reload the snapshot (blocking: a thread runs it on the request path)."""
        self._until = time.monotonic() + self.ttl
        with self.engine.connect() as conn:
            self._rungs = store_cm.enforced(conn)

    def invalidate(self) -> None:
        """The next lookup reloads (after a change made in this process)."""
        self._until = 0.0

    async def lookup(self, account_id: str) -> Enforced | None:
        if time.monotonic() >= self._until:
            await anyio.to_thread.run_sync(self.refresh)
        return self._rungs.get(account_id)


async def apply_request(
    cm: Countermeasures, account_id: str, p: Parsed, headers: dict[str, str]
) -> tuple[Parsed, dict[str, str], Treatment | None]:
    """Throttle, or shape the request for degrade; returns the treatment of its reply."""
    got = await cm.lookup(account_id)
    if got is None or got.rung in ("watch", "block"):
        return p, headers, None
    if got.rung == "throttle":
        verdict = await cm.throttle.ahit(account_id)
        remaining = min(
            int(headers.get("X-RateLimit-Remaining", verdict.remaining)), verdict.remaining
        )
        headers = {**headers, "X-RateLimit-Remaining": str(remaining)}
        if not verdict.allowed:
            headers["Retry-After"] = str(verdict.retry_after)
            raise Refused(
                429, "rate_limited", "rate limit reached for this account.", headers=headers
            )
        return p, headers, None
    if got.rung == "degrade":
        p = replace(p, forward=_degraded_request(p.forward, cm.degrade))
    return p, headers, Treatment(got.rung, cm.degrade, got.key)


def _degraded_request(forward: bytes, d: Degrade) -> bytes:
    doc = json.loads(forward)
    field = "max_completion_tokens" if "max_completion_tokens" in doc else "max_tokens"
    asked = doc.get(field)
    doc[field] = min(asked, d.max_tokens) if isinstance(asked, int) and asked > 0 else d.max_tokens
    if isinstance(doc.get("tools"), list):
        doc["tools"] = doc["tools"][: d.max_tools]
        if not doc["tools"]:
            for key in ("tools", "tool_choice", "parallel_tool_calls"):
                doc.pop(key, None)
    if isinstance(doc.get("functions"), list):
        doc["functions"] = doc["functions"][: d.max_tools] or None
        if doc["functions"] is None:
            doc.pop("functions")
            doc.pop("function_call", None)
    return json.dumps(doc, ensure_ascii=False).encode()


def apply_reply(t: Treatment | None, doc: dict[str, Any]) -> dict[str, Any]:
    """The chat completion as this account is served it."""
    if t is None:
        return doc
    for choice in doc.get("choices") or ():
        message = choice.get("message") if isinstance(choice, dict) else None
        if not isinstance(message, dict):
            continue
        content = message.get("content")
        if t.rung == "degrade":
            if t.degrade.strip_reasoning:
                for key in REASONING_FIELDS:
                    message.pop(key, None)
                if isinstance(content, str):
                    content = THINK.sub("", content)
            if isinstance(content, str):
                content, cut = _cap_words(content, t.degrade.max_tokens)
                if cut:
                    choice["finish_reason"] = "length"
            if isinstance(message.get("tool_calls"), list):
                message["tool_calls"] = message["tool_calls"][: t.degrade.max_tools] or None
        elif t.rung == "mark" and t.key is not None and isinstance(content, str):
            content = _marker()(content, t.key)
        if isinstance(message.get("content"), str):
            message["content"] = content
    return doc


def apply_stored(t: Treatment | None, row: dict[str, Any]) -> dict[str, Any]:
    """A stored exchange replayed (Idempotency-Key) as this account was served it the first
    time (marking is deterministic), so a retry cannot fetch the unmarked answer."""
    text = row.get("response")
    if t is None or not isinstance(text, str):
        return row
    if t.rung == "mark" and t.key is not None:
        text = _marker()(text, t.key)
    elif t.rung == "degrade":
        text = THINK.sub("", text) if t.degrade.strip_reasoning else text
        text = _cap_words(text, t.degrade.max_tokens)[0]
    return {**row, "response": text}


def _cap_words(text: str, limit: int) -> tuple[str, bool]:
    """The text up to its `limit`-th word (whitespace kept), and whether it was cut."""
    for words, m in enumerate(re.finditer(r"\S+", text), start=1):
        if words > limit:
            return text[: m.start()].rstrip(), True
    return text, False


def _marker() -> Callable[[str, bytes], str]:
    from consentry.mark.watermark import mark  # loaded only when an account is marked

    return mark


# -- streams -------------------------------------------------------------------------------


class ThinkFilter:
    """Drops <think>...</think> (and <thinking>, <reasoning>) from text arriving in pieces."""

    def __init__(self) -> None:
        self.inside: str | None = None  # the closing tag awaited
        self.held = ""

    def feed(self, text: str) -> str:
        s, out = self.held + text, list[str]()
        self.held = ""
        while s:
            if self.inside:
                end = s.lower().find(self.inside)
                if end < 0:
                    self.held = _partial_tail(s, (self.inside,))
                    return "".join(out)
                s = s[end + len(self.inside) :].lstrip()
                self.inside = None
                continue
            low = s.lower()
            hits = [(low.find(tag), tag) for tag in _TAGS if low.find(tag) >= 0]
            if hits:
                at, tag = min(hits)
                out.append(s[:at])
                self.inside = "</" + tag[1:]
                s = s[at + len(tag) :]
                continue
            tail = _partial_tail(s, _TAGS)
            out.append(s[: len(s) - len(tail)])
            self.held = tail
            break
        return "".join(out)

    def flush(self) -> str:
        held, self.held = ("" if self.inside else self.held), ""
        return held


def _partial_tail(s: str, tags: tuple[str, ...]) -> str:
    """The end of `s` that could be the start of one of the tags (held for the next piece)."""
    low = s.lower()
    for n in range(min(len(s), max(len(t) for t in tags) - 1), 0, -1):
        if any(t.startswith(low[-n:]) for t in tags):
            return s[-n:]
    return ""


class StreamMarker:
    """Marks a streamed answer a sentence or a line at a time, so it still streams.

    Text is held until a boundary (a line end, or a sentence end followed by a space in a line
    with no code punctuation or quotes so far) outside an open code fence, curly quotation or
    display formula (a fenced block goes out whole once it closes); then the text since the last restart point is
    marked whole and only what was not yet sent goes out. Restart points are paragraph breaks
    (a blank line), where marking
    depends on nothing before (a mark's context is the previous word, across at most one line
    end), so the work per chunk stays bounded by the paragraph.
    If later text changes how earlier text reads (a line that turns out to be code), what was
    sent stays as sent and the rest goes out unmarked until the next restart point: a mark can
    be lost, code is never touched. An answer that opens with { or [ (maybe JSON, which marking
    leaves whole) is held to its end and marked whole.
    """

    _UNSAFE = re.compile(r"[`\"$;{}=()<>\\|\u201c\u201d]")

    def __init__(self, key: bytes, mark: Callable[[str, bytes], str] | None = None) -> None:
        self.key, self.mark = key, mark or _marker()
        self.raw = ""
        self.start = 0  # raw offset the next marking starts at
        self.sent = 0  # raw offset sent so far
        self.out = ""  # marked text sent since `start`

    def feed(self, text: str) -> str:
        self.raw += text
        if self.raw.lstrip()[:1] in ("{", "["):
            return ""
        b = self._boundary()
        if b <= self.sent or not self._closed(self.raw[:b]):
            return ""  # an open fence, quotation or formula: its end decides what it protects
        return self._emit(b)

    def flush(self) -> str:
        return self._emit(len(self.raw)) if len(self.raw) > self.sent else ""

    def _boundary(self) -> int:
        """The furthest point not yet sent where marking can stop: a line end, or a sentence
        end within a line that has no code punctuation or quotes so far."""
        raw = self.raw
        b = raw.rfind("\n", self.sent) + 1
        line_start = raw.rfind("\n") + 1
        if not self._UNSAFE.search(raw, line_start):
            for m in _SENTENCE_END.finditer(raw, max(line_start, self.sent)):
                b = max(b, m.end())
        return b

    def _emit(self, b: int) -> str:
        marked = self.mark(self.raw[self.start : b], self.key)
        if marked.startswith(self.out):
            new, self.out = marked[len(self.out) :], marked
        else:  # what was sent stays; the rest is sent as it came until a restart point
            new, self.out = self.raw[self.sent : b], "\0"
        self.sent = b
        if self.raw.endswith("\n\n", 0, b):  # emitted only where nothing is open
            self.start, self.out = b, ""
        return new

    @staticmethod
    def _closed(text: str) -> bool:
        """No code fence, display formula or curly quotation open at the end of `text`."""
        fences = sum(1 for line in text.split("\n") if line.lstrip().startswith(("```", "~~~")))
        return (
            fences % 2 == 0
            and text.count("$$") % 2 == 0
            and text.rfind("\u201c") <= text.rfind("\u201d")
        )


class _Content:
    """The content of one streamed reply, rewritten piece by piece for its treatment."""

    def __init__(self, t: Treatment) -> None:
        self.t = t
        self.think = ThinkFilter() if t.rung == "degrade" and t.degrade.strip_reasoning else None
        self.marker = StreamMarker(t.key) if t.rung == "mark" and t.key else None
        self.words = 0
        self.cut = False

    def feed(self, text: str) -> str:
        if self.think is not None:
            text = self.think.feed(text)
        return self._out(text)

    def flush(self) -> str:
        text = self.think.flush() if self.think is not None else ""
        out = self._out(text)
        return out + (self.marker.flush() if self.marker is not None else "")

    def _out(self, text: str) -> str:
        if self.t.rung == "degrade":
            if self.cut:
                return ""
            capped, self.cut = _cap_words(text, self.t.degrade.max_tokens - self.words)
            self.words += len(capped.split())
            if self.cut:
                return capped
            return text
        if self.marker is not None:
            return self.marker.feed(text)
        return text


def apply_stream(t: Treatment | None, events: AsyncIterator[str]) -> AsyncIterator[str]:
    """The SSE events of a streamed reply as this account is served them."""
    if t is None or t.rung not in ("degrade", "mark"):
        return events
    return _rewrite(t, events)


async def _rewrite(t: Treatment, events: AsyncIterator[str]) -> AsyncIterator[str]:
    content = _Content(t)
    last: dict[str, Any] | None = None
    flushed = False
    try:
        async for event in events:
            lines = []
            for line in event.split("\n"):
                data = line[5:].strip() if line.startswith("data:") else None
                doc = _chunk(data)
                if doc is None:
                    if data is not None and not flushed:  # [DONE], an error, the decision
                        flushed = True
                        rest = content.flush()
                        if rest and last is not None:
                            lines.append("data: " + json.dumps(_extra(last, rest)))
                            lines.append("")
                    lines.append(line)
                    continue
                last = doc
                finishing = _rewrite_chunk(doc, t, content, flushed)
                if finishing:
                    flushed = True
                lines.append("data: " + json.dumps(doc, ensure_ascii=False))
            yield "\n".join(lines)
        if not flushed and last is not None:
            rest = content.flush()
            if rest:
                yield "data: " + json.dumps(_extra(last, rest)) + "\n\n"
    finally:
        aclose = getattr(events, "aclose", None)
        if aclose is not None:
            await aclose()


def _chunk(data: str | None) -> dict[str, Any] | None:
    """A chat completion chunk with choices, or None (anything else passes through as is)."""
    if not data or data == "[DONE]":
        return None
    try:
        doc = json.loads(data)
    except ValueError:
        return None
    if not isinstance(doc, dict) or not doc.get("choices") or "consentry" in doc:
        return None
    return doc


def _rewrite_chunk(doc: dict[str, Any], t: Treatment, content: _Content, flushed: bool) -> bool:
    """Rewrite one chunk in place; True when it carried the finish (the rest was flushed)."""
    finishing = False
    for choice in doc["choices"]:
        if not isinstance(choice, dict) or choice.get("index", 0) != 0:
            continue
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            continue
        if t.rung == "degrade" and t.degrade.strip_reasoning:
            for key in REASONING_FIELDS:
                delta.pop(key, None)
        text = delta.get("content")
        if isinstance(text, str):
            delta["content"] = content.feed(text)
        if t.rung == "degrade":
            calls = delta.get("tool_calls")
            if isinstance(calls, list):
                kept = [c for c in calls if int(c.get("index", 0)) < t.degrade.max_tools]
                if kept:
                    delta["tool_calls"] = kept
                else:
                    delta.pop("tool_calls")
        if choice.get("finish_reason") and not flushed:
            finishing = True
            rest = content.flush()
            if rest:
                delta["content"] = (delta.get("content") or "") + rest
            if content.cut:
                choice["finish_reason"] = "length"
    return finishing


def _extra(last: dict[str, Any], text: str) -> dict[str, Any]:
    """A content chunk shaped like the stream's own, for text held to the end."""
    return {
        **{k: v for k, v in last.items() if k in ("id", "object", "created", "model")},
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
    }
