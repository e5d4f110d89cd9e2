"""Requestor.send_external / asend_external: the storage PUT path (no key, no API headers, same retries)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from late import Clock
from late._http.request import ExternalRequest
from late._http.requestor import Requestor
from late.client.exceptions import LateServerError, LateValidationError

KEY = "sk_test_external_secret"
SIGNED = "https://bucket.storage.example/temp/a.png?X-Amz-Signature=s3cr3tsig&X-Amz-Expires=3600"


def _transport(handler: httpx.MockTransport, **kwargs: object) -> Requestor:
    return Requestor(
        "https://api.example/api",
        KEY,
        transport=handler,
        clock=Clock(sleep=lambda _s: None),
        default_headers={"X-Team": "t1"},
        **kwargs,  # type: ignore[arg-type]
    )


def test_external_request_sends_only_its_own_headers_and_the_url_as_given() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    t = _transport(httpx.MockTransport(handler))
    request = ExternalRequest(
        "put", SIGNED, headers={"Content-Type": "image/png", "Authorization": "Bearer leak"}, content=b"abc"
    )
    assert t.send_external(request).status_code == 200
    (sent,) = seen
    assert sent.method == "PUT"
    assert str(sent.url) == SIGNED
    assert "authorization" not in sent.headers
    assert "x-team" not in sent.headers
    assert not sent.headers["user-agent"].startswith("late-python")
    assert sent.headers["content-type"] == "image/png"
    assert sent.read() == b"abc"


def test_each_attempt_gets_a_fresh_body_from_the_factory() -> None:
    bodies: list[bytes] = []
    opened = 0

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        return httpx.Response(503 if len(bodies) < 3 else 200)

    def body() -> Iterator[bytes]:
        nonlocal opened
        opened += 1
        yield b"part1-"
        yield b"part2"

    t = _transport(httpx.MockTransport(handler))
    t.send_external(ExternalRequest("PUT", SIGNED, headers={"Content-Length": "11"}, content=body))
    assert opened == 3
    assert bodies == [b"part1-part2"] * 3


async def test_async_external_request_retries_with_a_fresh_body() -> None:
    bodies: list[bytes] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(await request.aread())
        return httpx.Response(502 if len(bodies) == 1 else 200)

    async def body() -> AsyncIterator[bytes]:
        yield b"async-"
        yield b"body"

    t = Requestor(
        "https://api.example/api", KEY, transport=httpx.MockTransport(handler), clock=Clock(asleep=_no_sleep)
    )
    async with t:
        response = await t.asend_external(ExternalRequest("PUT", SIGNED, content=body))
    assert response.status_code == 200
    assert bodies == [b"async-body", b"async-body"]


async def _no_sleep(_seconds: float) -> None:
    return None


def test_signed_query_is_not_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    t = _transport(httpx.MockTransport(lambda request: httpx.Response(500, text="storage down")))
    with caplog.at_level(logging.DEBUG, logger="late"), pytest.raises(LateServerError) as info:
        t.send_external(ExternalRequest("PUT", SIGNED, content=b"x"))
    assert "s3cr3tsig" not in str(info.value) and "s3cr3tsig" not in repr(info.value)
    assert "s3cr3tsig" not in caplog.text
    assert "bucket.storage.example/temp/a.png" in caplog.text


def test_connection_error_message_has_no_signed_query() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    t = _transport(httpx.MockTransport(handler), max_retries=0)
    with pytest.raises(Exception) as info:
        t.send_external(ExternalRequest("PUT", SIGNED, content=b"x"))
    assert "s3cr3tsig" not in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://bucket.storage.example/a.png",  # plain http off loopback: the file would travel in clear
        "https://user:pw@bucket.storage.example/a.png",
        "/relative/path",
        "ftp://bucket.storage.example/a.png",
    ],
)
def test_unsafe_external_urls_are_refused(url: str) -> None:
    with pytest.raises(LateValidationError) as info:
        ExternalRequest("PUT", url)
    assert info.value.param == "url"


def test_loopback_http_is_allowed() -> None:
    assert ExternalRequest("PUT", "http://127.0.0.1:8080/_sandbox/storage/k").url.startswith("http://127.")


def test_close_closes_the_external_client() -> None:
    t = _transport(httpx.MockTransport(lambda request: httpx.Response(200)))
    t.send_external(ExternalRequest("PUT", SIGNED, content=b"x"))
    t.close()
    with pytest.raises(Exception, match="closed"):
        t.send_external(ExternalRequest("PUT", SIGNED, content=b"x"))
