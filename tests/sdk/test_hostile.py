"""Hostile answers and configurations (issue #12): each case against a hostile loopback server or the
sandbox, asserting the exception class and message, what the server received, and memory where the
case is about memory.

``RawServer`` is a loopback HTTP/1.1 server whose answers are scripted raw bytes, so it can lie about
framing, send bombs, trickle, smuggle and act as a proxy. Memory is measured in a fresh subprocess
(its own peak RSS), the server staying in this process.
"""

from __future__ import annotations

import contextlib
import copy
import gzip
import itertools
import json
import math
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import late.testing
from late import Clock, Late
from late._http.body import DEFAULT_MAX_BODY_BYTES
from late._http.call import Call as _Call
from late._http.request import ApiRequest, ExternalRequest, RequestOptions
from late._http.requestor import DEFAULT_DEADLINE, Requestor
from late.client.exceptions import (
    LateAPIError,
    LateConnectionError,
    LateTimeoutError,
    LateValidationError,
)
from late.testing import serve_in_thread
from tests.support.modes import in_mode
from tests.support.values import present

API_KEY = "sk_test_hostile_51c0ffee"
ACCOUNT = "acc_hostile"
MIB = 1024 * 1024

#: What a script returns for one request: bytes to send, an iterable of pieces (sent until the client
#: goes away), or None to close the connection without answering.
Answer = bytes | Iterable[bytes] | None


class RawServer:
    """A loopback server answering request number ``n`` (0-based, over all connections) with
    ``script(n, head)``; records each connection and each request's head (request line + headers)."""

    def __init__(self, script: Callable[[int, bytes], Answer], tls: ssl.SSLContext | None = None) -> None:
        self.script = script
        self.tls = tls
        self.connections = 0
        self.heads: list[bytes] = []
        self.received = b""  # everything received, across connections
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _read_request(self, conn: socket.socket, buffer: bytes) -> tuple[bytes, bytes] | None:
        while b"\r\n\r\n" not in buffer:
            data = conn.recv(65536)
            if not data:
                return None
            with self._lock:
                self.received += data
            buffer += data
        head, rest = buffer.split(b"\r\n\r\n", 1)
        length = next(
            (
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            ),
            0,
        )
        while len(rest) < length:
            data = conn.recv(65536)
            if not data:
                return None
            with self._lock:
                self.received += data
            rest += data
        return head, rest[length:]

    def _serve(self, raw: socket.socket) -> None:
        conn: socket.socket = raw
        try:
            if self.tls is not None:
                conn = self.tls.wrap_socket(raw, server_side=True)
            conn.settimeout(10)
            buffer = b""
            while not self._stop.is_set():
                request = self._read_request(conn, buffer)
                if request is None:
                    return
                head, buffer = request
                with self._lock:
                    n = len(self.heads)
                    self.heads.append(head)
                answer = self.script(n, head)
                if answer is None:
                    return
                for piece in [answer] if isinstance(answer, bytes) else answer:
                    conn.sendall(piece)
        except (OSError, ssl.SSLError):
            return
        finally:
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def http_answer(body: bytes, *headers: str, status: str = "200 OK", length: int | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/json", *headers]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def post_body(post_id: str) -> bytes:
    """A real ``GET /v1/posts/{id}`` answer body (from the sandbox), with the post's id replaced."""
    sandbox = late.testing.sandbox()
    client = Late(API_KEY, base_url="https://sandbox.invalid/api", transport=sandbox)
    made = client.posts.create(content="hostile", platforms=[{"platform": "twitter", "accountId": ACCOUNT}])
    raw = client._requestor.send(ApiRequest("GET", f"/v1/posts/{present(made.post).field_id}")).content
    data = json.loads(raw)
    data["post"]["_id"] = post_id
    return json.dumps(data).encode()


@contextlib.asynccontextmanager
async def sandbox_client(served: bool) -> AsyncIterator[tuple[Late, late.testing.Sandbox]]:
    """A ``Late`` on a new sandbox, in process or served on loopback, and the sandbox."""
    sandbox = late.testing.sandbox()
    with contextlib.ExitStack() as stack:
        if served:
            server = stack.enter_context(serve_in_thread(sandbox))
            client = Late(API_KEY, base_url=server.url + "/api")
        else:
            client = Late(API_KEY, base_url="https://sandbox.invalid/api", transport=sandbox)
        async with client:
            yield client, sandbox


async def create(is_async: bool, client: Late, **kwargs: Any) -> Any:
    """``posts.create`` (or ``acreate``) of a post on one Twitter account."""
    return await in_mode(
        is_async, client, "posts.create", platforms=[{"platform": "twitter", "accountId": ACCOUNT}], **kwargs
    )


# ---------------------------------------------------------------------------------------------------------
# 2. The body cap holds: decoded bytes counted as they arrive, whatever the headers say (memory measured)
# ---------------------------------------------------------------------------------------------------------

READER = r"""
import asyncio, json, sys
from late import Late

base_url, mode = sys.argv[1:3]

def peak_kib():
    # VmHWM, this process's own peak: ru_maxrss would start at the forking parent's size
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))

client = Late(api_key="sk_test_memory_hostile", base_url=base_url, max_retries=0)

async def main():
    client._requestor._async_client()  # the pool (and its SSL context) before measuring
    before = peak_kib()
    try:
        await client.posts.aget("p1")
    except Exception as exc:
        return before, exc
    return before, None

if mode == "sync":
    client._requestor._sync_client()
    before = peak_kib()
    try:
        client.posts.get("p1")
        error = None
    except Exception as exc:
        error = exc
else:
    before, error = asyncio.run(main())
after = peak_kib()
print(json.dumps({"before": before, "after": after, "type": type(error).__name__, "message": str(error)}))
"""


def _chunked(total: int, piece: bytes) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
        sent += len(piece)
    yield b"0\r\n\r\n"


def _zeros_gzip(size: int) -> bytes:
    """gzip of ``size`` zero bytes, made a MiB at a time."""
    z = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(MIB)
    parts = [z.compress(block) for _ in range(size // MIB)]
    parts.append(z.flush())
    return b"".join(parts)


@pytest.fixture(scope="module")
def gzip_gzip_bomb() -> bytes:
    """``Content-Encoding: gzip, gzip`` of 1 GiB of zeros: a few KiB on the wire."""
    return gzip.compress(_zeros_gzip(1024 * MIB), 9)


def _bombs(gzip_gzip_bomb: bytes) -> dict[str, Callable[[int, bytes], Answer]]:
    head_cl_te = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    return {
        # 300 MiB framed by chunks, announced as 100 bytes: the old fast path trusted the length
        "content-length-and-chunked-300mib": lambda n, head: itertools.chain(
            [head_cl_te], _chunked(300 * MIB, b"[" * MIB)
        ),
        "gzip-gzip-bomb-1gib": lambda n, head: http_answer(
            gzip_gzip_bomb, "Content-Encoding: gzip, gzip", length=len(gzip_gzip_bomb)
        ),
    }


@pytest.mark.skipif(sys.platform != "linux", reason="reads VmHWM from /proc/self/status")
@pytest.mark.parametrize("case", ["content-length-and-chunked-300mib", "gzip-gzip-bomb-1gib"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_hostile_body_is_refused_at_the_cap_with_peak_memory_under_twice_the_cap(
    gzip_gzip_bomb: bytes, case: str, mode: str
) -> None:
    with RawServer(_bombs(gzip_gzip_bomb)[case]) as server:
        done = subprocess.run(
            [sys.executable, "-c", READER, server.url + "/api", mode],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        requests = len(server.heads)

    growth_mib = (report["after"] - report["before"]) / 1024
    print(f"{case} {mode}: peak RSS grew {growth_mib:.1f} MiB (cap {DEFAULT_MAX_BODY_BYTES // MIB} MiB)")
    assert growth_mib < 2 * DEFAULT_MAX_BODY_BYTES / MIB
    assert report["type"] == "LateAPIError"
    assert f"Response body exceeds the {DEFAULT_MAX_BODY_BYTES}-byte limit (GET " in report["message"]
    assert requests == 1  # refused, not retried


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),  # deflate with its zlib header
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # and raw, as some servers send it
        ("gzip, gzip", lambda b: gzip.compress(gzip.compress(b))),
        ("identity", lambda b: b),
    ],
    ids=["gzip", "deflate-zlib", "deflate-raw", "gzip-gzip", "identity"],
)
async def test_compressed_answers_are_decoded_piece_by_piece(
    is_async: bool, encoding: str, encode: Callable[[bytes], bytes]
) -> None:
    body = post_body("ENCODED")
    wire = encode(body)
    with RawServer(
        lambda n, head: http_answer(wire, f"Content-Encoding: {encoding}", length=len(wire))
    ) as srv:
        async with Late(API_KEY, base_url=srv.url + "/api") as client:
            got = await in_mode(is_async, client, "posts.get", "ENCODED")
        assert b"accept-encoding: gzip, deflate" in srv.heads[0].lower()
    assert got.post.field_id == "ENCODED"


async def test_a_body_past_the_cap_after_decoding_is_refused_on_a_smaller_cap(is_async: bool) -> None:
    """The same rule at a small cap, in process: a 64 KiB body gzipped to a few hundred bytes."""
    wire = gzip.compress(b"[" * 65536)
    with RawServer(lambda n, head: http_answer(wire, "Content-Encoding: gzip", length=len(wire))) as srv:
        transport = Requestor(srv.url, API_KEY, max_retries=0, max_body_bytes=10_000)
        with pytest.raises(LateAPIError, match="Response body exceeds the 10000-byte limit") as info:
            if is_async:
                await transport.asend(ApiRequest("GET", "/v1/posts"))
            else:
                transport.send(ApiRequest("GET", "/v1/posts"))
        await transport.aclose()
        assert len(srv.heads) == 1
    assert isinstance(info.value.body, str) and info.value.body.startswith("[[[")


@pytest.mark.parametrize(
    ("encoding", "wire", "detail"),
    [
        ("gzip, " * 5 + "gzip", gzip.compress(b"{}"), "declares 6 content codings; at most 5"),
        ("gzip", b"\x1f\x8b not gzip at all", "could not be decoded"),
    ],
    ids=["six-codings", "corrupt-gzip"],
)
async def test_an_undecodable_answer_is_an_sdk_error(
    is_async: bool, encoding: str, wire: bytes, detail: str
) -> None:
    with RawServer(
        lambda n, head: http_answer(wire, f"Content-Encoding: {encoding}", length=len(wire))
    ) as srv:
        async with Late(API_KEY, base_url=srv.url + "/api") as client:
            with pytest.raises(LateAPIError, match=detail) as info:
                await in_mode(is_async, client, "posts.get", "p1")
        assert len(srv.heads) == 1  # not retried
    assert "DecodingError" in info.value.message


# ---------------------------------------------------------------------------------------------------------
# 8. A connection whose answer cannot be trusted is closed, not pooled
# ---------------------------------------------------------------------------------------------------------


def _smuggler(first: bytes) -> Callable[[int, bytes], Answer]:
    fresh = post_body("FRESH")

    def script(n: int, head: bytes) -> Answer:
        return first if n == 0 else http_answer(fresh, length=len(fresh))

    return script


def _short_length() -> bytes:
    """A post announced with a Content-Length that ends where a second, smuggled answer begins."""
    real, smuggled = post_body("REAL"), post_body("SMUGGLED")
    return http_answer(real, length=len(real)) + http_answer(smuggled, length=len(smuggled))


def _length_and_chunked() -> bytes:
    real = post_body("REAL")
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked"
    )
    return (head + "\r\n\r\n").encode() + b"".join(_chunked(len(real), real))


@pytest.mark.parametrize(
    ("first", "connections"),
    [
        pytest.param(
            lambda: http_answer(post_body("REAL"), length=len(post_body("REAL"))), 1, id="clean-reused"
        ),
        pytest.param(_short_length, 2, id="short-content-length"),
        pytest.param(_length_and_chunked, 2, id="content-length-and-chunked"),
    ],
)
async def test_an_untrusted_answer_closes_its_connection(
    is_async: bool, first: Callable[[], bytes], connections: int
) -> None:
    with RawServer(_smuggler(first())) as srv:
        async with Late(API_KEY, base_url=srv.url + "/api") as client:
            one = await in_mode(is_async, client, "posts.get", "p1")
            two = await in_mode(is_async, client, "posts.get", "p2")
        assert len(srv.heads) == 2
        assert srv.connections == connections  # a clean answer keeps its connection: the test sees reuse

    assert one.post.field_id == "REAL"
    assert two.post.field_id == "FRESH"  # never "SMUGGLED": those bytes went with the closed connection


async def test_a_body_refused_at_the_cap_closes_its_connection(is_async: bool) -> None:
    big = b"[" * 20_000
    fresh = post_body("FRESH")
    answers = [http_answer(big, length=len(big) + 50), http_answer(fresh, length=len(fresh))]
    with RawServer(lambda n, head: answers[min(n, 1)]) as srv:
        client = Late(API_KEY, base_url=srv.url + "/api", max_retries=0)
        client._requestor.max_body_bytes = 10_000
        with pytest.raises(LateAPIError, match="exceeds the 10000-byte limit"):
            await in_mode(is_async, client, "posts.get", "p1")
        assert (await in_mode(is_async, client, "posts.get", "p2")).post.field_id == "FRESH"
        await client.aclose()
        assert srv.connections == 2


# ---------------------------------------------------------------------------------------------------------
# 7. Every call has an overall deadline by default
# ---------------------------------------------------------------------------------------------------------


def _trickle(body: bytes, every: float) -> Callable[[int, bytes], Answer]:
    """Headers at once, then one body byte every ``every`` seconds (until the client goes away)."""

    def pieces() -> Iterator[bytes]:
        yield http_answer(b"", length=len(body))
        for byte in body:
            time.sleep(every)
            yield bytes([byte])

    return lambda n, head: pieces()


def test_the_default_deadline_is_documented_and_on() -> None:
    assert DEFAULT_DEADLINE == 300.0
    assert Late(API_KEY).__dict__["_requestor"].deadline == 300.0
    assert Late(API_KEY, deadline=12.5)._requestor.deadline == 12.5
    assert Late(API_KEY, deadline=None)._requestor.deadline is None
    with pytest.raises(LateValidationError) as info:
        Late(API_KEY, deadline=0)
    assert info.value.param == "deadline"


async def test_a_trickled_answer_ends_at_the_default_deadline(is_async: bool) -> None:
    """A fake clock that moves 70 s per reading: the default 300 s deadline passes after a few body bytes
    (one byte every 10 ms on the wire), and the call ends with LateTimeoutError instead of running on."""
    ticks = iter(range(0, 10**9, 70))
    with RawServer(_trickle(post_body("SLOW"), 0.01)) as srv:
        client = Late(API_KEY, base_url=srv.url + "/api", clock=Clock(monotonic=lambda: float(next(ticks))))
        with pytest.raises(LateTimeoutError, match="Deadline of 300s exceeded after 1 attempt") as info:
            await in_mode(is_async, client, "posts.get", "p1")
        await client.aclose()
        assert len(srv.heads) == 1
    assert "GET http://127.0.0.1" in info.value.message


@pytest.mark.parametrize("where", ["client", "call"])
async def test_a_trickled_answer_ends_at_a_configured_deadline(is_async: bool, where: str) -> None:
    with RawServer(_trickle(post_body("SLOW"), 0.05)) as srv:  # the whole body would take minutes
        client_options: dict[str, Any] = {"deadline": 0.4} if where == "client" else {}
        client = Late(API_KEY, base_url=srv.url + "/api", **client_options)
        kwargs = {"deadline": 0.4} if where == "call" else {}
        with pytest.raises(LateTimeoutError, match=r"Deadline of 0\.4s exceeded"):
            await in_mode(is_async, client, "posts.get", "p1", **kwargs)
        await client.aclose()
        assert len(srv.heads) == 1


def test_an_uploads_default_deadline_grows_with_its_size() -> None:
    transport = Requestor("https://api.invalid", API_KEY)
    put = ExternalRequest("PUT", "https://storage.invalid/f", headers={"Content-Length": str(1024 * MIB)})
    assert _Call(transport, put, None).deadline == DEFAULT_DEADLINE + 1024 * MIB / (100 * 1024)
    assert _Call(transport, put, RequestOptions(deadline=5)).deadline == 5
    assert _Call(transport, ApiRequest("GET", "/v1/posts"), None).deadline == DEFAULT_DEADLINE
    assert (
        _Call(transport, ApiRequest("GET", "/v1/posts"), RequestOptions(deadline=math.inf)).deadline is None
    )


# ---------------------------------------------------------------------------------------------------------
# 6. One proxy rule: the environment's proxies, never for loopback, for the API and the storage alike
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[RawServer]:
    """A recording 'proxy' that answers everything 502, set as every proxy variable."""
    with RawServer(lambda n, head: http_answer(b"", status="502 Bad Gateway", length=0)) as server:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.setenv(name, server.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        yield server


async def test_loopback_api_and_storage_are_never_proxied(is_async: bool, proxy: RawServer) -> None:
    with serve_in_thread() as server:
        async with Late(API_KEY, base_url=server.url + "/api") as client:
            uploaded = await in_mode(is_async, client, "media.upload", b"\xff\xd8 jpeg", filename="a.jpg")
            await create(
                is_async,
                client,
                content="via no proxy",
                media_items=[{"type": "image", "url": uploaded.files[0].url}],
            )
        assert len(server.sandbox.uploads) == 1
        assert len(server.sandbox.posts) == 1
    assert proxy.heads == [] and proxy.connections == 0


async def test_other_hosts_go_through_the_environments_proxy_for_the_api_and_the_storage(
    is_async: bool, proxy: RawServer
) -> None:
    transport = Requestor("https://api.invalid/api", API_KEY, max_retries=0)
    put = ExternalRequest("PUT", "https://storage.invalid/up?X-Amz-Signature=s3cr3t", content=b"bytes")
    with pytest.raises(LateConnectionError) as api_error:
        await transport.asend(ApiRequest("GET", "/v1/posts")) if is_async else transport.send(
            ApiRequest("GET", "/v1/posts")
        )
    with pytest.raises(LateConnectionError) as storage_error:
        await transport.asend_external(put) if is_async else transport.send_external(put)
    await transport.aclose()

    assert [h.split(b"\r\n")[0] for h in proxy.heads] == [
        b"CONNECT api.invalid:443 HTTP/1.1",
        b"CONNECT storage.invalid:443 HTTP/1.1",
    ]
    assert b"s3cr3t" not in proxy.received and API_KEY.encode() not in proxy.received  # a tunnel: TLS inside
    assert "ProxyError" in api_error.value.message and "ProxyError" in storage_error.value.message


# ---------------------------------------------------------------------------------------------------------
# 3. TLS verification cannot be turned off through one of httpx's transports
# ---------------------------------------------------------------------------------------------------------


def _unverified_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


@pytest.mark.parametrize(
    "make",
    [
        lambda: httpx.HTTPTransport(verify=False),
        lambda: httpx.AsyncHTTPTransport(verify=False),
        lambda: httpx.HTTPTransport(verify=_unverified_context()),
        lambda: httpx.HTTPTransport(proxy="http://127.0.0.1:9", verify=False),
    ],
    ids=["sync-verify-false", "async-verify-false", "cert-none-context", "proxied-verify-false"],
)
def test_a_transport_that_does_not_verify_is_refused(make: Callable[[], Any]) -> None:
    with pytest.raises(LateValidationError, match="does not verify TLS certificates") as info:
        Late(API_KEY, transport=make())
    assert info.value.param == "transport"


def test_a_verifying_transport_and_a_custom_ca_are_accepted() -> None:
    for transport in (httpx.HTTPTransport(), httpx.HTTPTransport(verify=ssl.create_default_context())):
        assert Late(API_KEY, transport=transport).base_url == "https://getlate.dev/api"


def test_a_custom_transport_is_its_authors_responsibility() -> None:
    """Documented: the SDK cannot see inside a transport that is not httpx's own (the sandbox, a mock, a
    wrapper); such a wrapper around an unverified transport is accepted."""

    class Wrapper(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport(verify=False)

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return self.inner.handle_request(request)

    Late(API_KEY, transport=Wrapper())


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    return ctx


async def test_a_self_signed_server_never_gets_the_key(is_async: bool, self_signed: ssl.SSLContext) -> None:
    with RawServer(lambda n, head: http_answer(post_body("TAKEN"), length=None), tls=self_signed) as srv:
        async with Late(API_KEY, base_url=f"https://127.0.0.1:{srv.port}/api", max_retries=0) as client:
            with pytest.raises(LateConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
                await in_mode(is_async, client, "posts.get", "p1")
        assert srv.heads == []  # no request was ever decrypted, so no key


# ---------------------------------------------------------------------------------------------------------
# 4. Bad input and bad configuration are SDK errors naming the argument or setting, before sending
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("served", [False, True], ids=["in-process", "served"])
@pytest.mark.parametrize(
    "key",
    ["ключ", "a\r\nX: 1", "tab\there", "del\x7f", "with space", "x" * 256, ""],
    ids=["non-ascii", "crlf", "tab", "del", "space", "256-chars", "empty"],
)
async def test_a_bad_idempotency_key_is_refused_before_sending(
    is_async: bool, served: bool, key: str
) -> None:
    async with sandbox_client(served) as (client, sandbox):
        with pytest.raises(LateValidationError, match="idempotency_key") as info:
            await create(is_async, client, content="keyed", idempotency_key=key)
        assert info.value.param == "idempotency_key"
        assert sandbox.requests == [] and sandbox.posts == {}


async def test_a_255_character_visible_ascii_key_is_sent(is_async: bool) -> None:
    sandbox = late.testing.sandbox()
    key = "".join(chr(33 + i % 94) for i in range(255))
    async with Late(API_KEY, base_url="https://sandbox.invalid/api", transport=sandbox) as client:
        await create(is_async, client, content="long key", idempotency_key=key)
    assert [r.headers["idempotency-key"] for r in sandbox.requests] == [key]
    assert len(sandbox.posts) == 1


@pytest.mark.parametrize(
    ("op", "args", "kwargs", "param"),
    [
        ("posts.get", ("p" * 70_000,), {}, "post_id"),
        ("posts.delete", ("p" * 70_000,), {}, "post_id"),
        ("posts.list", (), {"cursor": "c" * 70_000}, "cursor"),
        ("posts.list", (), {"profile_id": "x" * 70_000}, "url"),
    ],
    ids=["get-id", "delete-id", "cursor", "filter"],
)
async def test_an_id_cursor_or_filter_too_long_for_a_url_is_refused(
    is_async: bool, op: str, args: tuple[Any, ...], kwargs: dict[str, Any], param: str
) -> None:
    sandbox = late.testing.sandbox()
    async with Late(API_KEY, base_url="https://sandbox.invalid/api", transport=sandbox) as client:
        with pytest.raises(LateValidationError) as info:
            await in_mode(is_async, client, op, *args, **kwargs)
    assert info.value.param == param
    assert "too long" in info.value.message or "characters long" in info.value.message
    assert sandbox.requests == []


def test_socksio_is_not_installed() -> None:
    """The next test's premise (so it cannot pass for the wrong reason)."""
    with pytest.raises(ImportError):
        __import__("socksio")


async def test_a_socks_proxy_without_socksio_is_named(
    is_async: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ALL_PROXY", "socks5://user:pr0xyp4ss@127.0.0.1:1080")
    async with Late(API_KEY, base_url="https://api.invalid/api") as client:
        with pytest.raises(LateValidationError, match="socksio") as info:
            await in_mode(is_async, client, "posts.get", "p1")
    assert info.value.param == "ALL_PROXY"
    assert "ALL_PROXY='socks5://127.0.0.1:1080'" in info.value.message
    assert "pr0xyp4ss" not in str(info.value) and "pr0xyp4ss" not in repr(info.value)


@pytest.mark.parametrize("content", [None, b"not a certificate\n"], ids=["missing", "garbage"])
async def test_a_bad_ssl_cert_file_is_named(
    is_async: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "ca.pem"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setenv("SSL_CERT_FILE", str(path))
    async with Late(API_KEY, base_url="https://api.invalid/api") as client:
        with pytest.raises(LateValidationError) as info:
            await in_mode(is_async, client, "posts.get", "p1")
    assert info.value.param == "SSL_CERT_FILE"
    assert f"SSL_CERT_FILE={str(path)!r} cannot be loaded" in info.value.message


# ---------------------------------------------------------------------------------------------------------
# 5. Deep metadata: create, repr and deepcopy at 1,020 levels
# ---------------------------------------------------------------------------------------------------------


def _deep(levels: int) -> dict[str, Any]:
    top: dict[str, Any] = {"level": 1}
    node = top
    for level in range(2, levels + 1):
        node["next"] = {"level": level}
        node = node["next"]
    return top


def _depth(value: Any) -> int:
    depth = 0
    while isinstance(value, dict):
        depth, value = depth + 1, value.get("next")
    return depth


@pytest.mark.parametrize("served", [False, True], ids=["in-process", "served"])
async def test_metadata_nested_1020_levels_is_created_read_logged_and_copied(
    is_async: bool, served: bool
) -> None:
    async with sandbox_client(served) as (client, sandbox):
        created = await create(is_async, client, content="deep", metadata=_deep(1020))
        fetched = await in_mode(is_async, client, "posts.get", created.post.field_id)

    (stored,) = sandbox.posts.values()
    assert _depth(stored["metadata"]) == 1020
    for response in (created, fetched):
        text = repr(response)
        assert "'level': 1020" in text and text.count("{") > 1020
        twin = copy.deepcopy(response)
        assert twin is not response and repr(twin) == text
        assert _depth(twin.post.metadata.to_dict()) == 1020
    assert len(sandbox.posts) == 1


def test_deep_metadata_that_is_not_json_is_refused_by_name() -> None:
    cyclic: dict[str, Any] = {"a": {}}
    cyclic["a"]["back"] = cyclic
    client = Late(API_KEY, base_url="https://sandbox.invalid/api", transport=late.testing.sandbox())
    for value, problem in [(cyclic, "circular reference"), ({"x": math.nan}, "nan is not a JSON number")]:
        with pytest.raises(LateValidationError, match=problem) as info:
            client.posts.create(
                content="x", platforms=[{"platform": "twitter", "accountId": ACCOUNT}], metadata=value
            )
        assert info.value.param == "metadata"


def test_the_hostile_server_is_what_the_tests_say() -> None:
    """The script runs per request, connections are counted, and an answer can be cut (None)."""
    with RawServer(lambda n, head: None if n else http_answer(b"{}", length=2)) as srv:
        with httpx.Client() as plain:
            assert plain.get(srv.url + "/x").content == b"{}"
            with pytest.raises(httpx.RemoteProtocolError):
                plain.get(srv.url + "/y")
        assert [h.split(b"\r\n")[0] for h in srv.heads] == [b"GET /x HTTP/1.1", b"GET /y HTTP/1.1"]
        assert srv.connections == 1


def test_the_stack_based_json_writer_writes_what_httpx_would() -> None:
    from late._http import deepjson as _deepjson
    from late._http.jsonutil import loads_safely

    value = {"a": [1, 2.5, 'é\n"', None, True, (3, 4)], 1: "int key", None: {}, "e": []}
    assert _deepjson.dumps(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    assert _depth(loads_safely(_deepjson.dumps(_deep(1020)))) == 1020
