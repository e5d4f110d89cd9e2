"""``deadline=`` bounds the body read too: a server trickling its body cannot hold a call past it."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from late._http.request import ApiRequest, RequestOptions
from late._http.requestor import Requestor
from late.client.exceptions import LateTimeoutError

BODY = b'{"ok": true}'


@pytest.fixture
def trickle_url() -> Iterator[str]:
    """A loopback server that sends its headers at once, then one body byte every 0.15 s."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(65536)
                head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(BODY)}\r\n\r\n"
                conn.sendall(head.encode())
                for byte in BODY:
                    if stop.wait(0.15):
                        return
                    try:
                        conn.sendall(bytes([byte]))
                    except OSError:
                        break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join(timeout=5)
    server.close()


def test_sync_deadline_bounds_a_trickled_body(trickle_url: str) -> None:
    transport = Requestor(trickle_url, "sk_test_trickle", max_retries=0)
    with pytest.raises(LateTimeoutError):  # the whole body takes ~1.8 s; the deadline is 0.5 s
        transport.send(ApiRequest("GET", "/v1/posts"), RequestOptions(deadline=0.5))
    transport.close()


def test_async_deadline_bounds_a_trickled_body(trickle_url: str) -> None:
    async def main() -> None:
        transport = Requestor(trickle_url, "sk_test_trickle", max_retries=0)
        try:
            await transport.asend(ApiRequest("GET", "/v1/posts"), RequestOptions(deadline=0.5))
        finally:
            await transport.aclose()

    with pytest.raises(LateTimeoutError):
        asyncio.run(main())


def test_without_a_deadline_the_trickled_body_arrives(trickle_url: str) -> None:
    transport = Requestor(trickle_url, "sk_test_trickle", max_retries=0)
    started = time.monotonic()
    assert transport.send(ApiRequest("GET", "/v1/posts")).content == BODY
    assert time.monotonic() - started > 1.0  # it really was trickled: the server is what the tests say
    transport.close()
