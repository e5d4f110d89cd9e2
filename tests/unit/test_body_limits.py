"""The response body limits (``max_body_bytes``, ``decode_json``'s cap): exactly the limit is read, one
byte more is refused, whatever the framing; the error keeps the status's class, a bounded preview and the
request id. The rules that mutation testing (target ``body-limits``) checks against these tests."""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from late._http.body import DEFAULT_MAX_BODY_BYTES, decode_json
from late._http.jsonutil import BODY_PREVIEW_CHARS
from late.client.exceptions import LateAPIError, LateServerError
from tests.support.transport_fakes import GET, Server, call, make

LIMIT = 1000
PREVIEW_BYTES = BODY_PREVIEW_CHARS * 4


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent in the given chunks, with no Content-Length: only counting can bound it."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk


def test_the_default_limit_is_50_mib() -> None:
    assert DEFAULT_MAX_BODY_BYTES == 50 * 1024 * 1024


def test_decode_json_reads_a_body_of_exactly_the_limit_and_refuses_one_byte_more() -> None:
    def resp(content: bytes, code: int = 200) -> httpx.Response:
        return httpx.Response(
            code,
            content=content,
            headers={"X-Request-Id": "req_1"},
            request=httpx.Request("GET", "https://a/"),
        )

    exact = b'"' + b"x" * (LIMIT - 2) + b'"'
    assert decode_json(resp(exact), max_bytes=LIMIT) == "x" * (LIMIT - 2)
    with pytest.raises(LateAPIError) as excinfo:
        decode_json(resp(exact + b" "), max_bytes=LIMIT)
    err = excinfo.value
    assert err.message == f"Response body of {LIMIT + 1} bytes exceeds the {LIMIT}-byte limit"
    assert type(err) is LateAPIError  # a 2xx answer: not a status error
    assert (err.status_code, err.request_id) == (200, "req_1")
    assert isinstance(err.body, str) and err.body.startswith('"xxx')
    with pytest.raises(LateServerError):  # the class of the answer's status
        decode_json(resp(exact + b" ", 503), max_bytes=LIMIT)
    assert decode_json(resp(b"  \n"), max_bytes=LIMIT) is None


async def test_a_streamed_body_of_exactly_the_limit_is_read(is_async: bool) -> None:
    stream = Chunks(b"x" * 600, b"y" * 400)
    server = Server(lambda request: httpx.Response(200, stream=stream))
    response = await call(make(server, max_body_bytes=LIMIT), GET, None, is_async)
    assert response.content == b"x" * 600 + b"y" * 400


async def test_a_streamed_body_one_byte_over_is_refused_at_that_chunk_with_its_start_as_preview(
    is_async: bool,
) -> None:
    stream = Chunks(b"a" * 600, b"b" * 401, b"c" * 100, b"d" * 100)
    server = Server(lambda request: httpx.Response(200, stream=stream, headers={"X-Request-Id": "r2"}))
    with pytest.raises(LateAPIError) as excinfo:
        await call(make(server, max_body_bytes=LIMIT), GET, None, is_async)
    err = excinfo.value
    assert err.message == f"Response body exceeds the {LIMIT}-byte limit (GET https://api.test/api/v1/posts)"
    assert stream.pulled == 2  # nothing read past the chunk that crossed the limit
    assert err.body == "a" * 600 + "b" * 401
    assert err.request_id == "r2"
    assert server.calls == 1  # not retried


async def test_the_preview_of_a_large_body_is_its_first_bytes(is_async: bool) -> None:
    big = bytes(range(97, 123)) * 1000  # 26,000 bytes of a-z
    stream = Chunks(big[:5000], big[5000:])
    server = Server(lambda request: httpx.Response(200, stream=stream))
    with pytest.raises(LateAPIError) as excinfo:
        await call(make(server, max_body_bytes=20_000), GET, None, is_async)
    body = excinfo.value.body
    assert isinstance(body, str)
    assert big.decode().startswith(body.removesuffix("…")[:BODY_PREVIEW_CHARS])


async def test_a_body_announced_larger_than_the_limit_is_refused_without_reading_it(is_async: bool) -> None:
    stream = Chunks(b"x" * 10, b"x" * 10)
    server = Server(
        lambda request: httpx.Response(503, stream=stream, headers={"Content-Length": str(LIMIT + 1)})
    )
    with pytest.raises(LateServerError) as excinfo:
        await call(make(server, max_body_bytes=LIMIT, max_retries=0), GET, None, is_async)
    assert excinfo.value.message.startswith(f"Response body exceeds the {LIMIT}-byte limit")
    assert stream.pulled <= 1


async def test_a_compressed_body_is_bounded_on_its_decoded_size(is_async: bool) -> None:
    fits = gzip.compress(b"0" * LIMIT)
    server = Server(httpx.Response(200, content=fits, headers={"Content-Encoding": "gzip"}))
    response = await call(make(server, max_body_bytes=LIMIT), GET, None, is_async)
    assert response.content == b"0" * LIMIT
    assert response.headers["content-length"] == str(LIMIT)  # the decoded length
    over = gzip.compress(b"0" * (LIMIT + 1))
    server = Server(httpx.Response(200, content=over, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(LateAPIError, match=f"exceeds the {LIMIT}-byte limit"):
        await call(make(server, max_body_bytes=LIMIT), GET, None, is_async)


async def test_a_compressed_body_whose_declared_length_is_over_the_limit_is_still_read_when_it_fits(
    is_async: bool,
) -> None:
    # Content-Length counts the compressed bytes: with an encoding, only the decoded size is compared.
    payload = b"1" * 100
    compressed = gzip.compress(payload)
    server = Server(
        httpx.Response(200, content=compressed, headers={"Content-Encoding": "gzip"}),
    )
    response = await call(make(server, max_body_bytes=len(compressed) - 1 + 100), GET, None, is_async)
    assert response.content == payload
