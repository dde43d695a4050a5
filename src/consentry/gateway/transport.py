"""How the gateway talks to an upstream: a transport with one method, `send`.

`HttpTransport` is the real one: whole answers through the lean keep-alive client of
http1.py (a fraction of aiohttp's CPU per request, itself a fraction of httpx's), streams
through aiohttp. `HttpxTransport` wraps any httpx transport: tests plug `httpx.MockTransport`
in, and the built-in echo model runs through `httpx.ASGITransport` without a socket. Both
raise `UpstreamUnreachable` when no answer came."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from consentry.gateway.http1 import Http1Client


class UpstreamUnreachable(Exception):
    """No HTTP answer (connection refused, timeout, broken stream); the message is a type name."""


@dataclass
class UpstreamResponse:
    """An answer: status, and the body read whole (`content`) or as lines (`lines()`)."""

    status: int
    content: bytes
    _lines: Any = None
    _close: Any = None

    async def lines(self) -> AsyncIterator[str]:
        """The streamed body line by line, without line endings."""
        try:
            async for line in self._lines:
                yield (
                    line.decode("utf-8", "replace").rstrip("\r\n")
                    if isinstance(line, bytes)
                    else line
                )
        except (TimeoutError, httpx.HTTPError, OSError, _aiohttp_error()) as exc:
            raise UpstreamUnreachable(type(exc).__name__) from None

    async def aclose(self) -> None:
        if self._close is not None:
            await self._close()
            self._close = None


class Transport(Protocol):
    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        *,
        stream: bool,
        timeout: float,
    ) -> UpstreamResponse: ...

    async def aclose(self) -> None: ...


def _aiohttp_error() -> type[Exception]:
    try:
        import aiohttp
    except ImportError:
        return httpx.HTTPError
    return aiohttp.ClientError


class HttpxTransport:
    def __init__(self, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.client = httpx.AsyncClient(
            transport=transport,
            limits=httpx.Limits(max_connections=256, max_keepalive_connections=64),
        )

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        *,
        stream: bool,
        timeout: float,
    ) -> UpstreamResponse:
        req = self.client.build_request(method, url, content=body, headers=headers, timeout=timeout)
        try:
            resp = await self.client.send(req, stream=stream)
        except httpx.HTTPError as exc:
            raise UpstreamUnreachable(type(exc).__name__) from None
        if stream:
            return UpstreamResponse(resp.status_code, b"", resp.aiter_lines(), resp.aclose)
        return UpstreamResponse(resp.status_code, resp.content)

    async def aclose(self) -> None:
        await self.client.aclose()


class HttpTransport:
    """Per event loop (created on first use): a pooled aiohttp session for streams, and the
    lean client for whole answers."""

    def __init__(self) -> None:
        self._session: Any = None
        self._lean: Http1Client | None = None
        self._loop: Any = None

    def _client(self) -> Any:
        import aiohttp

        loop = asyncio.get_running_loop()
        if self._session is None or self._loop is not loop:
            connector = aiohttp.TCPConnector(limit=256, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(connector=connector, auto_decompress=True)
            self._loop = loop
            self._lean = Http1Client()
        return self._session

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        *,
        stream: bool,
        timeout: float,
    ) -> UpstreamResponse:
        import aiohttp

        try:
            session = self._client()
            if not stream:
                assert self._lean is not None
                return UpstreamResponse(
                    *await self._lean.request(method, url, headers, body, timeout)
                )
            resp = await session.request(
                method, url, data=body, headers=headers, timeout=_stream_timeout(timeout)
            )
            return UpstreamResponse(resp.status, b"", resp.content, _closer(resp))
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise UpstreamUnreachable(type(exc).__name__) from None

    async def aclose(self) -> None:
        if self._lean is not None:
            self._lean.close()
            self._lean = None
        if self._session is not None:
            await self._session.close()
            self._session = None


@functools.lru_cache(maxsize=64)
def _stream_timeout(seconds: float) -> Any:
    """A stream may last; each read (and the connect) waits `seconds` at most."""
    import aiohttp

    return aiohttp.ClientTimeout(total=None, sock_connect=seconds, sock_read=seconds)


def _closer(resp: Any) -> Any:
    async def close() -> None:
        resp.release()

    return close


def default_transport() -> Transport:
    """aiohttp when installed (a core dependency), else httpx."""
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return HttpxTransport()
    return HttpTransport()
