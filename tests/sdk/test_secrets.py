"""The API key stays put: never in a repr, an exception, a log line or a cassette, never sent to storage.

Each test first makes sure the key was really in play (the sandbox accepts only this key, so a call that
succeeded sent it), then looks for it where it must not be.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import traceback
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import vcr
import yaml

from late import Late
from late.client.exceptions import LateAPIError, LateAuthenticationError, LateConnectionError, LateServerError
from late.testing import Sandbox, serve_in_thread
from tests.support.harness import (
    API_KEY,
    IN_PROCESS_URL,
    POST_ITEM,
    POSTS,
    Harness,
    exception_chain,
    harness_for,
)

CASSETTES = Path(__file__).parents[1] / "cassettes"


@pytest.fixture(params=["sync", "async"])
async def h(request: pytest.FixtureRequest) -> AsyncIterator[Harness]:
    async for harness in harness_for(request.param == "async", served=False):
        harness.sandbox.api_keys = {API_KEY}  # only this key works: a successful call proves it was sent
        yield harness


def _assert_no_key(text: str) -> None:
    assert API_KEY not in text
    assert "Bearer" not in text


def test_client_repr_hides_the_key() -> None:
    client = Late(API_KEY, base_url=IN_PROCESS_URL, transport=Sandbox())
    assert client._requestor._api_key.get() == API_KEY
    for text in (repr(client), str(client), repr(client._requestor), repr(vars(client._requestor))):
        _assert_no_key(text)
    assert IN_PROCESS_URL in repr(client)


async def _errors(h: Harness) -> list[LateAPIError]:
    """Three failed calls: a 500 whose body echoes the key, a dropped connection, a rejected key."""
    h.sandbox.faults.add("GET", POSTS, status=500, body={"error": f"bad token {API_KEY}"}, times=3)
    h.sandbox.faults.add("GET", POST_ITEM, drop=True, times=3)
    errors: list[LateAPIError] = []
    for expected, call in [
        (LateServerError, h.call("posts.list")),
        (LateConnectionError, h.call("posts.get", "p1")),
        (LateAuthenticationError, h.call("posts.list", client=h.new_client(api_key=API_KEY + "_revoked"))),
    ]:
        with pytest.raises(expected) as info:
            await call
        errors.append(info.value)
    return errors


async def test_exceptions_never_show_the_key(h: Harness) -> None:
    server_error, dropped, rejected = await _errors(h)
    assert any(API_KEY in (r.headers.get("authorization") or "") for r in h.sandbox.requests)
    assert server_error.body == {"error": "bad token [REDACTED]"}  # redacted, not dropped
    assert isinstance(dropped.__cause__, httpx.HTTPError)  # the httpx error (with its request) is chained
    for err in (server_error, dropped, rejected):
        for exc in exception_chain(err):
            _assert_no_key(f"{exc!r} {exc}")
            if isinstance(exc, httpx.RequestError):
                _assert_no_key(repr(exc.request))
                _assert_no_key(repr(dict(exc.request.headers)))  # what an error reporter would dump
        _assert_no_key("".join(traceback.format_exception(err)))
        _assert_no_key(repr(err.body) + repr(err.headers) + err.message)


async def test_debug_log_never_shows_the_key(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="late")
    h.sandbox.faults.add("POST", POSTS, status=503)
    h.sandbox.faults.add("POST", POSTS, drop=True, after=True)
    h.sandbox.faults.add("GET", POSTS, status=429, headers={"Retry-After": "1"})
    post_id = (await h.create()).post.field_id
    await h.call("posts.list")
    await _errors(h)

    lines = [record.getMessage() for record in caplog.records if record.name.startswith("late")]
    assert any("retrying POST" in line for line in lines)
    assert any("-> 429" in line for line in lines)
    assert any("-> 500" in line for line in lines)
    assert len(h.sandbox.posts) == 1 and post_id in h.sandbox.posts
    for line in lines:
        _assert_no_key(line)
        assert "authorization" not in line.lower()


def test_late_log_debug_stderr_never_shows_the_key() -> None:
    script = textwrap.dedent(
        """
        import late.testing
        from late import Late
        from late.client.exceptions import LateNotFoundError

        sandbox = late.testing.sandbox(api_keys=[__KEY__])
        sandbox.faults.add("POST", "/v1/posts", status=503, headers={"retry-after-ms": "1"})
        client = Late(base_url="https://sandbox.invalid/api", transport=sandbox)  # the key from LATE_API_KEY
        post = client.posts.create(content="hi", platforms=[{"platform": "twitter", "accountId": "a1"}])
        try:
            client.posts.get("missing")
        except LateNotFoundError:
            pass
        print(post.post.field_id, len(sandbox.posts))
        """
    ).replace("__KEY__", repr(API_KEY))
    env = {**os.environ, "LATE_LOG": "debug", "LATE_API_KEY": API_KEY}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[1] == "1"
    assert "retrying POST" in done.stderr and "-> 404" in done.stderr
    _assert_no_key(done.stderr + done.stdout)


def _cassette_problems(path: Path) -> list[str]:
    """Where a cassette holds the key or any Authorization header."""
    text = path.read_text(errors="replace")
    problems = [
        f"{path.name}: {word}" for word in (API_KEY, "Bearer", "sk_test_cassette_key") if word in text
    ]
    for interaction in (yaml.safe_load(text) or {}).get("interactions", []):
        headers = interaction.get("request", {}).get("headers", {})
        problems += [f"{path.name}: {name} header" for name in headers if name.lower() == "authorization"]
    return problems


def test_checked_in_cassettes_hold_no_key() -> None:
    problems = [p for path in sorted(CASSETTES.glob("*.yaml")) for p in _cassette_problems(path)]
    assert problems == []


def test_recorded_cassette_holds_no_key(tmp_path: Path) -> None:
    """Records with vcrpy as ``make record`` does (served sandbox, the ``authorization`` header filtered)."""
    recorder = vcr.VCR(
        cassette_library_dir=str(tmp_path), record_mode="all", filter_headers=["authorization"]
    )
    with serve_in_thread() as server:
        server.sandbox.api_keys = {API_KEY}
        with recorder.use_cassette("secrets.yaml"), Late(API_KEY, base_url=server.url + "/api") as client:
            client.posts.create(content="hi", platforms=[{"platform": "twitter", "accountId": "a1"}])
            with pytest.raises(LateAPIError):
                client.posts.get("missing")
    cassette = tmp_path / "secrets.yaml"
    recorded = yaml.safe_load(cassette.read_text())["interactions"]
    assert [(i["request"]["method"], i["response"]["status"]["code"]) for i in recorded] == [
        ("POST", 201),
        ("GET", 404),
    ]
    assert _cassette_problems(cassette) == []


async def test_storage_put_never_carries_the_key(h: Harness) -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    result = await h.call("media.upload", data, filename="photo.png")

    (upload,) = h.sandbox.uploads.values()
    assert upload.size == len(data)  # the sandbox answers 403 to a PUT carrying Authorization
    assert result.files[0].url == upload.public_url
    presign = [r for r in h.sandbox.requests if r.path == "/v1/media/presign"]
    storage = [r for r in h.sandbox.requests if r.path.startswith("/_sandbox/storage/")]
    assert [r.headers["authorization"] for r in presign] == [f"Bearer {API_KEY}"]
    assert [r.status for r in storage] == [200]
    assert all("authorization" not in r.headers for r in storage)


def test_httpx_info_log_never_shows_a_presigned_urls_query(caplog: pytest.LogCaptureFixture) -> None:
    from late._http.request import ExternalRequest
    from late._http.requestor import Requestor

    signed = "https://bucket.storage.example/k/file.png?X-Amz-Signature=SIGSECRET&X-Amz-Credential=AKIA123"
    transport = Requestor(
        "https://getlate.dev/api",
        API_KEY,
        transport=httpx.MockTransport(lambda request: httpx.Response(200)),
    )
    caplog.set_level(logging.INFO, logger="httpx")
    transport.send_external(ExternalRequest("PUT", signed, content=b"bytes"))
    transport.close()
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert any("PUT https://bucket.storage.example/k/file.png" in line for line in lines), lines
    assert not any("SIGSECRET" in line or "AKIA123" in line for line in lines), lines
