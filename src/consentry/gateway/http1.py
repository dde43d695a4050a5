"""A lean HTTP/1.1 client for the upstream's plain JSON answers: pooled keep-alive connections,
one request at a time on each, the answer read whole and parsed by httptools (uvicorn's parser).

It exists for the hot path's CPU: a general client (aiohttp, httpx) spends several times
what the request itself costs on sessions, middlewares, cookie jars and header objects, and on
two cores that is most of a proxy's budget. Streams stay with aiohttp (see transport.py)."""

from __future__ import annotations

import asyncio
import ssl
import zlib
from collections.abc import Mapping
from urllib.parse import urlsplit

import httptools

MAX_IDLE = 64  # idle keep-alive connections kept per upstream host
USER_AGENT = "User-Agent: consentry-gateway\r\n"


class Closed(ConnectionError):
    """The connection closed before a whole answer came."""


class _Connection(asyncio.Protocol):
    """One keep-alive connection; `fetch` sends a request and waits for its whole answer."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.closed = False
        self.got_bytes = False
        self._reset()

    def _reset(self) -> None:
        self.body: list[bytes] = []
        self.encoding = b""
        self.framed = False  # a length or chunks say where the answer ends (else: at close)
        self.status = 0  # set once the answer's head is read

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.got_bytes = True
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(Closed(f"bad HTTP answer ({type(exc).__name__})"))
            self.close()

    def on_header(self, name: bytes, value: bytes) -> None:
        name = name.lower()
        if name == b"content-encoding":
            self.encoding = value.strip().lower()
        elif name in (b"content-length", b"transfer-encoding"):
            self.framed = True

    def on_headers_complete(self) -> None:
        self.status = self.parser.get_status_code()

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        waiter, self.waiter = self.waiter, None
        if not self.parser.should_keep_alive():
            self.close()
        self._answer(waiter)

    def _answer(self, waiter: asyncio.Future[tuple[int, bytes]] | None) -> None:
        if waiter is None or waiter.done():
            return
        try:
            waiter.set_result((self.status, _decoded(self.encoding, self.body)))
        except zlib.error:
            waiter.set_exception(Closed("undecodable compressed answer"))

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.status and not self.framed and exc is None:  # an answer that ends at close
            waiter, self.waiter = self.waiter, None
            self._answer(waiter)
        self._fail(Closed("connection closed"))

    def eof_received(self) -> bool | None:
        self.closed = True
        return None

    def _fail(self, exc: Exception) -> None:
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_exception(exc)

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    async def fetch(self, request: bytes) -> tuple[int, bytes]:
        assert self.transport is not None
        self._reset()
        self.got_bytes = False
        self.waiter = asyncio.get_running_loop().create_future()
        self.transport.write(request)
        return await self.waiter


def _decoded(encoding: bytes, body: list[bytes]) -> bytes:
    data = b"".join(body)
    if encoding in (b"", b"identity"):
        return data
    if encoding in (b"gzip", b"x-gzip", b"deflate"):  # we ask for none; a server may insist
        return zlib.decompress(data, 47)  # 32 + 15: gzip or zlib header, detected
    raise zlib.error(f"unsupported content-encoding {encoding!r}")


class Http1Client:
    """Keep-alive pools per (scheme, host, port), on the event loop that uses them."""

    def __init__(self) -> None:
        self._idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self._ssl: ssl.SSLContext | None = None

    async def request(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes | None, timeout: float
    ) -> tuple[int, bytes]:
        """(status, body). Raises TimeoutError, OSError or Closed when no whole answer came."""
        parts = urlsplit(url)
        https = parts.scheme == "https"
        host = parts.hostname or ""
        port = parts.port or (443 if https else 80)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        head = [f"{method} {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n{USER_AGENT}"]
        head += [f"{k}: {v}\r\n" for k, v in headers.items()]
        payload = body or b""
        head.append(f"Content-Length: {len(payload)}\r\n\r\n")
        raw = "".join(head).encode("latin-1") + payload
        key = (parts.scheme, host, port)
        async with asyncio.timeout(timeout):
            while True:
                conn, reused = await self._acquire(key, https)
                try:
                    status, content = await conn.fetch(raw)
                except Closed:
                    # A kept-alive connection the server closed as we sent: try a fresh one.
                    if reused and not conn.got_bytes:
                        conn.close()
                        continue
                    raise
                except BaseException:
                    conn.close()  # a timeout or cancel mid-answer: the connection is unusable
                    raise
                self._release(key, conn)
                return status, content

    async def _acquire(self, key: tuple[str, str, int], https: bool) -> tuple[_Connection, bool]:
        idle = self._idle.get(key)
        while idle:
            conn = idle.pop()
            if not conn.closed:
                return conn, True
        if https and self._ssl is None:
            self._ssl = ssl.create_default_context()
        _, conn = await asyncio.get_running_loop().create_connection(
            _Connection, key[1], key[2], ssl=self._ssl if https else None
        )
        return conn, False

    def _release(self, key: tuple[str, str, int], conn: _Connection) -> None:
        if conn.closed:
            return
        idle = self._idle.setdefault(key, [])
        if len(idle) >= MAX_IDLE:
            conn.close()
        else:
            idle.append(conn)

    def close(self) -> None:
        for idle in self._idle.values():
            for conn in idle:
                conn.close()
        self._idle.clear()
