"""The served sandbox answering malformed HTTP: a bad Content-Length, a chunked body, an oversized one,
a status without a reason phrase. Raw sockets on loopback, each read bounded by a timeout."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest

import late.testing
from late.testing import serve_in_thread
from late.testing._wire import MAX_JSON_BODY

AUTH = "Authorization: Bearer sk_test_edges\r\n"


@pytest.fixture
def sandbox() -> late.testing.Sandbox:
    return late.testing.sandbox()


@pytest.fixture
def address(sandbox: late.testing.Sandbox) -> Iterator[tuple[str, int]]:
    with serve_in_thread(sandbox) as server:
        host, port = server.url.removeprefix("http://").split(":")
        yield host, int(port)


def exchange(address: tuple[str, int], raw: bytes) -> bytes:
    """Send ``raw`` on a new connection and read until the server closes it or 5 s pass."""
    with socket.create_connection(address, timeout=5) as conn:
        conn.sendall(raw)
        received = b""
        try:
            while chunk := conn.recv(65536):
                received += chunk
                if b"\r\n\r\n" in received and b"Connection: close" not in received:
                    head, _, body = received.partition(b"\r\n\r\n")
                    length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
                    if len(body) >= length:
                        break
        except TimeoutError:
            pass
    return received


@pytest.mark.parametrize("length", [b"abc", b"-5"])
def test_an_invalid_content_length_is_a_400_and_the_connection_is_closed(
    address: tuple[str, int], length: bytes
) -> None:
    answer = exchange(
        address, b"POST /v1/posts HTTP/1.1\r\nHost: x\r\nContent-Length: " + length + b"\r\n\r\n"
    )
    assert answer.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert b"Connection: close" in answer
    assert answer.endswith(
        b'{"error":"invalid Content-Length","type":"invalid_request_error","code":"invalid_request"}'
    )


def test_a_json_body_over_the_limit_is_a_413_before_it_is_read(address: tuple[str, int]) -> None:
    head = f"POST /v1/posts HTTP/1.1\r\nHost: x\r\n{AUTH}Content-Length: {MAX_JSON_BODY + 1}\r\n\r\n"
    answer = exchange(address, head.encode())
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert answer.endswith(
        b'"error":"Request body too large","type":"invalid_request_error","code":"payload_too_large"}'
    )


def test_a_chunked_json_body_with_trailers_is_read_whole(
    address: tuple[str, int], sandbox: late.testing.Sandbox
) -> None:
    body = json.dumps({"content": "chunked", "isDraft": True}).encode()
    half = len(body) // 2
    chunks = b"".join(
        f"{len(part):x};ext=1\r\n".encode() + part + b"\r\n" for part in (body[:half], body[half:])
    )
    raw = (
        (
            f"POST /v1/posts HTTP/1.1\r\nHost: x\r\n{AUTH}Content-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        ).encode()
        + chunks
        + b"0\r\nX-Trailer: 1\r\n\r\n"
    )
    answer = exchange(address, raw)
    assert answer.startswith(b"HTTP/1.1 201 ")
    assert [post["content"] for post in sandbox.posts.values()] == ["chunked"]


def test_a_status_without_a_standard_reason_phrase_is_sent_as_unknown(
    address: tuple[str, int], sandbox: late.testing.Sandbox
) -> None:
    sandbox.faults.add("GET", "/v1/posts", status=599, body={"error": "odd"})
    answer = exchange(
        address, f"GET /v1/posts HTTP/1.1\r\nHost: x\r\n{AUTH}Connection: close\r\n\r\n".encode()
    )
    assert answer.startswith(b"HTTP/1.1 599 Unknown\r\n")
    assert answer.endswith(b'{"error":"odd"}') or answer.endswith(b'{"error": "odd"}')


def test_a_dropped_answer_closes_the_connection_without_a_byte(
    address: tuple[str, int], sandbox: late.testing.Sandbox
) -> None:
    fault = sandbox.faults.add("GET", "/v1/posts", drop=True)
    answer = exchange(address, f"GET /v1/posts HTTP/1.1\r\nHost: x\r\n{AUTH}\r\n".encode())
    assert answer == b""
    assert fault.hits == 1
