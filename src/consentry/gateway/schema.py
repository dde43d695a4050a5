"""Request shapes: only what the gateway itself needs is validated; every other OpenAI field
(temperature, tool_choice, response_format, ...) is kept and forwarded as sent.

The text that will be stored is checked here too: PostgreSQL cannot hold NUL characters and
no database can hold lone surrogates, so such a request is a 422, before the model is called."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from consentry.gateway import jsonio

MAX_ITEMS = 2048
SURROGATE = re.compile("[\ud800-\udfff]")
CONSENTRY_FIELDS = ("conversation_id", "incognito")


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str = Field(max_length=64)
    text: str | None = None


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None


class ChatRequest(BaseModel):
    """OpenAI chat completions, plus consentry's `conversation_id` and `incognito`."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=128)
    messages: list[Message] = Field(min_length=1, max_length=MAX_ITEMS)
    stream: bool | None = False
    tools: list[dict[str, Any]] | None = Field(None, max_length=128)
    conversation_id: str | None = Field(None, min_length=1, max_length=128)
    incognito: bool = False


class EmbeddingsRequest(BaseModel):
    """OpenAI embeddings; recorded, never eligible for training."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=128)
    input: str | list[str] | list[int] | list[list[int]] = Field(
        description="Text, texts, or token arrays.", max_length=MAX_ITEMS
    )


class BadRequest(Exception):
    """A request the gateway refuses with 4xx; the message names the field, never its value."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Parsed:
    """A validated request: the fields the gateway reads, and the body to forward."""

    model: str
    stream: bool
    forward: bytes
    prompt: str
    system_prompt: str | None
    tool_count: int
    has_image: bool
    conversation_id: str | None
    incognito: bool


def _load(raw: bytes) -> tuple[dict[str, Any], bool]:
    """The body as a JSON object, and whether it is plain JSON that can be forwarded as sent."""
    try:
        doc, strict = jsonio.loads(raw)
    except (ValueError, RecursionError):
        raise BadRequest("body: not valid JSON (UTF-8, not nested too deeply).") from None
    if not isinstance(doc, dict):
        raise BadRequest("body: expected a JSON object.")
    return doc, strict


def _validate(model: type[BaseModel], doc: dict[str, Any]) -> BaseModel:
    try:
        return model.model_validate(doc)
    except (ValidationError, RecursionError) as exc:
        if isinstance(exc, RecursionError):
            raise BadRequest("body: nested too deeply.") from None
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise BadRequest(f"{where}: {first['msg']}{more}") from None


def _forward(raw: bytes, doc: dict[str, Any], strict: bool) -> bytes:
    """The body to send upstream: as the client sent it when it is plain JSON without
    consentry's own fields (the usual case), else rewritten without them."""
    if strict and not any(f in doc for f in CONSENTRY_FIELDS):
        return raw
    doc = json.loads(raw)  # exactly as sent (orjson reads integers over 64 bits as floats)
    for field in CONSENTRY_FIELDS:
        doc.pop(field, None)
    try:
        return json.dumps(doc, ensure_ascii=False, allow_nan=False).encode()
    except (ValueError, UnicodeEncodeError, RecursionError):
        raise BadRequest(
            "body: holds a number out of range or text that is not valid Unicode."
        ) from None


def storable(text: str | None, where: str) -> str | None:
    """Text as the store will keep it, or a 422 naming where the problem is."""
    if text is None:
        return None
    if "\x00" in text:
        raise BadRequest(f"{where}: contains a NUL character (U+0000); remove it.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequest(f"{where}: contains a lone surrogate (not valid Unicode).") from None
    return text


def text_of(content: str | list[ContentPart] | None) -> str:
    if isinstance(content, list):
        return "\n".join(p.text for p in content if p.text is not None)
    return content or ""


def parse_chat(raw: bytes) -> Parsed:
    doc, strict = _load(raw)
    req: ChatRequest = _validate(ChatRequest, doc)  # type: ignore[assignment]
    users = [m for m in req.messages if m.role == "user"]
    system = [text_of(m.content) for m in req.messages if m.role in ("system", "developer")]
    images = any(
        isinstance(m.content, list) and any("image" in p.type for p in m.content)
        for m in req.messages
    )
    return Parsed(
        model=storable(req.model, "model") or "",
        stream=bool(req.stream),
        forward=_forward(raw, doc, strict),
        prompt=storable(text_of(users[-1].content) if users else "", "messages") or "",
        system_prompt=storable("\n\n".join(system), "messages") if system else None,
        tool_count=len(req.tools or ()),
        has_image=images,
        conversation_id=storable(req.conversation_id, "conversation_id"),
        incognito=req.incognito,
    )


def parse_embeddings(raw: bytes) -> Parsed:
    doc, strict = _load(raw)
    req: EmbeddingsRequest = _validate(EmbeddingsRequest, doc)  # type: ignore[assignment]
    items = req.input if isinstance(req.input, list) else [req.input]
    text = "\n".join(x for x in items if isinstance(x, str))
    return Parsed(
        model=storable(req.model, "model") or "",
        stream=False,
        forward=_forward(raw, doc, strict),
        prompt=storable(text, "input") or "",
        system_prompt=None,
        tool_count=0,
        has_image=False,
        conversation_id=None,
        incognito=False,
    )


def safe_reply_text(text: str | None) -> str | None:
    """The model's text made storable: NUL becomes U+FFFD, lone surrogates are replaced."""
    if text is None:
        return None
    text = text.replace("\x00", "\ufffd")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = SURROGATE.sub("\ufffd", text)
    return text
