"""The lean upstream client (gateway/http1.py) against a raw socket server: keep-alive reuse,
a kept-alive connection the server closed, `Connection: close`, chunked and gzip answers,
and a timeout."""

from __future__ import annotations

import asyncio
import gzip

import pytest

from consentry.gateway.http1 import Closed, Http1Client

HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"


def _answer(body: bytes, *extra: bytes) -> bytes:
    return HEAD + b"".join(extra) + b"content-length: %d\r\n\r\n" % len(body) + body


async def _serve(answers: list[bytes], seen: list[bytes]):  # noqa: ANN202
    """A server answering the n-th request (counted over all connections) with answers[n];
    b"" closes the connection without answering; b"hang" never answers."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            size = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
            seen.append(head + await reader.readexactly(size))
            out = answers[min(len(seen), len(answers)) - 1]
            if out == b"hang":
                await asyncio.sleep(10)
            if not out:
                writer.close()
                return
            writer.write(out)
            await writer.drain()
            if b"connection: close" in out:
                writer.close()
                return

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1/x"


def _run(answers: list[bytes], n: int, timeout: float = 5.0) -> tuple[list, list[bytes]]:
    seen: list[bytes] = []

    async def main() -> list:
        server, url = await _serve(answers, seen)
        client = Http1Client()
        out = []
        for _ in range(n):
            try:
                out.append(await client.request("POST", url, {"A": "b"}, b'{"q":1}', timeout))
            except (TimeoutError, OSError) as exc:
                out.append(type(exc))
        client.close()
        server.close()
        return out

    return asyncio.run(main()), seen


def test_keeps_the_connection_and_sends_what_it_was_given() -> None:
    out, seen = _run([_answer(b'{"ok":1}')], 3)
    assert out == [(200, b'{"ok":1}')] * 3
    assert seen[0].startswith(b"POST /v1/x HTTP/1.1\r\nHost: 127.0.0.1:")
    assert b"\r\nA: b\r\n" in seen[0] and seen[0].endswith(b'\r\n\r\n{"q":1}')


def test_a_closed_kept_alive_connection_is_replaced_and_close_is_honoured() -> None:
    close = _answer(b"1", b"connection: close\r\n")
    out, seen = _run([_answer(b"0"), b"", close, _answer(b"3")], 3)
    # the 2nd request met a closed connection and went again on a fresh one; the 3rd answer
    # said close, so the last request opened another
    assert out == [(200, b"0"), (200, b"1"), (200, b"3")] and len(seen) == 4


def test_chunked_gzip_and_close_delimited_answers_are_read_whole() -> None:
    chunked = HEAD + b"transfer-encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
    zipped = _answer(gzip.compress(b'{"z":1}'), b"content-encoding: gzip\r\n")
    until_close = HEAD + b'connection: close\r\n\r\n{"c":1}'
    out, _ = _run([chunked, zipped, until_close], 3)
    assert out == [(200, b"abcde"), (200, b'{"z":1}'), (200, b'{"c":1}')]


def test_no_answer_is_a_timeout_and_a_fresh_connection_that_closes_is_an_error() -> None:
    out, _ = _run([b"hang"], 1, timeout=0.2)
    assert out == [TimeoutError]
    out, _ = _run([b""], 1)
    assert out == [Closed]
    assert issubclass(Closed, OSError)  # the transport reports it as upstream_unreachable


@pytest.mark.parametrize("answer", [b"HTTP/1.1 abc\r\n\r\n", b"garbage\r\n\r\n"])
def test_a_malformed_answer_is_an_error(answer: bytes) -> None:
    out, _ = _run([answer], 1)
    assert out == [Closed]
