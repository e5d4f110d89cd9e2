"""Requestor: retries, Retry-After, idempotency keys, deadline, secrets, hostile bodies; sync and async."""

from __future__ import annotations

import gzip
import io
import json
import logging
import time
from collections.abc import Iterator
from email.utils import formatdate

import httpx
import pytest

from late import Clock, Late
from late import _setup as late_setup
from late._http.body import decode_json
from late._http.request import ApiRequest, RequestOptions, new_idempotency_key, quote_path_param
from late._http.requestor import Requestor
from late.client.exceptions import (
    LateAPIError,
    LateAuthenticationError,
    LateClientClosedError,
    LateConflictError,
    LateConnectionError,
    LateNotFoundError,
    LateRateLimitError,
    LateServerError,
    LateTimeoutError,
    LateValidationError,
)
from tests.support.transport_fakes import (
    API_KEY,
    BASE,
    GET,
    NOW,
    UNSAFE_POST,
    FakeClock,
    Server,
    call,
    make,
    ok,
    status,
)

# ---- retries ---------------------------------------------------------------------------------------------


async def test_503_then_200(is_async: bool) -> None:
    server, clock = Server(status(503), ok()), FakeClock()
    resp = await call(make(server, clock), GET, None, is_async)
    assert resp.status_code == 200
    assert resp.json() == {"ok": True}
    assert server.calls == 2
    assert clock.delays == [0.5]  # first backoff ceiling 0.5 s, rand=1.0


async def test_429_retry_after_twice_then_200(is_async: bool) -> None:
    server, clock = (
        Server(status(429, {"Retry-After": "1"}), status(429, {"Retry-After": "1"}), ok()),
        FakeClock(),
    )
    resp = await call(make(server, clock), GET, None, is_async)
    assert resp.status_code == 200
    assert server.calls == 3
    assert clock.delays == [1.0, 1.0]


async def test_retry_after_http_date(is_async: bool) -> None:
    date = formatdate(NOW + 7, usegmt=True)
    server, clock = Server(status(503, {"Retry-After": date}), ok()), FakeClock()
    await call(make(server, clock), GET, None, is_async)
    assert clock.delays == [pytest.approx(7.0)]


async def test_retry_after_ms(is_async: bool) -> None:
    server, clock = Server(status(429, {"retry-after-ms": "250"}), ok()), FakeClock()
    await call(make(server, clock), GET, None, is_async)
    assert clock.delays == [0.25]


async def test_retry_after_over_cap_fails_at_once(is_async: bool) -> None:
    server, clock = Server(status(429, {"Retry-After": "120"}), ok()), FakeClock()
    with pytest.raises(LateRateLimitError) as info:
        await call(make(server, clock), GET, None, is_async)
    assert info.value.retry_after == 120.0
    assert info.value.status_code == 429
    assert server.calls == 1
    assert clock.delays == []


async def test_max_retry_after_is_configurable(is_async: bool) -> None:
    server, clock = Server(status(429, {"Retry-After": "120"}), ok()), FakeClock()
    resp = await call(make(server, clock, max_retry_after=300), GET, None, is_async)
    assert resp.status_code == 200
    assert clock.delays == [120.0]


async def test_backoff_is_exponential_and_capped(is_async: bool) -> None:
    server, clock = Server(status(502)), FakeClock()
    with pytest.raises(LateServerError):
        await call(make(server, clock, max_retries=6), GET, None, is_async)
    assert server.calls == 7
    assert clock.delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


async def test_full_jitter_uses_rand(is_async: bool) -> None:
    server, clock = Server(status(500), status(500), ok()), FakeClock()
    await call(make(server, clock, rand=lambda: 0.25), GET, None, is_async)
    assert clock.delays == [0.125, 0.25]


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422, 501, 520])
async def test_not_retried_statuses(code: int, is_async: bool) -> None:
    server, clock = Server(status(code), ok()), FakeClock()
    with pytest.raises(LateAPIError) as info:
        await call(make(server, clock), GET, None, is_async)
    assert info.value.status_code == code
    assert server.calls == 1
    assert clock.delays == []


@pytest.mark.parametrize("code", [408, 500, 502, 503, 504])
async def test_retried_statuses(code: int, is_async: bool) -> None:
    server = Server(status(code), ok())
    await call(make(server), GET, None, is_async)
    assert server.calls == 2


async def test_retries_exhausted_raises_last_error(is_async: bool) -> None:
    server, clock = Server(status(503, body={"error": "down", "code": "maintenance"})), FakeClock()
    with pytest.raises(LateServerError) as info:
        await call(make(server, clock), GET, None, is_async)
    assert server.calls == 3  # max_retries=2 by default
    assert len(clock.delays) == 2
    assert info.value.code == "maintenance"


async def test_per_call_max_retries_zero(is_async: bool) -> None:
    server = Server(status(503), ok())
    with pytest.raises(LateServerError):
        await call(make(server), GET, RequestOptions(max_retries=0), is_async)
    assert server.calls == 1


async def test_transport_max_retries_zero(is_async: bool) -> None:
    server = Server(status(503), ok())
    with pytest.raises(LateServerError):
        await call(make(server, max_retries=0), GET, None, is_async)
    assert server.calls == 1


async def test_read_timeout_retried_then_mapped(is_async: bool) -> None:
    server = Server(httpx.ReadTimeout("read timed out"))
    with pytest.raises(LateTimeoutError) as info:
        await call(make(server), GET, None, is_async)
    assert server.calls == 3
    assert "Timed out waiting for the response" in str(info.value)
    assert "https://api.test/api/v1/posts" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


async def test_connect_error_mapped(is_async: bool) -> None:
    server = Server(httpx.ConnectError("[Errno 111] Connection refused"))
    with pytest.raises(LateConnectionError) as info:
        await call(make(server), GET, None, is_async)
    assert not isinstance(info.value, LateTimeoutError)
    assert info.value.status_code is None
    assert "Could not connect" in str(info.value) and "Connection refused" in str(info.value)


# ---- retry modes -----------------------------------------------------------------------------------------


async def test_unsafe_post_not_retried_after_503(is_async: bool) -> None:
    server = Server(status(503), ok())
    with pytest.raises(LateServerError):
        await call(make(server), UNSAFE_POST, None, is_async)
    assert server.calls == 1


async def test_unsafe_post_retried_after_429_which_turned_it_away_unrun(is_async: bool) -> None:
    server = Server(status(429, {"Retry-After": "1"}), ok())
    response = await call(make(server), UNSAFE_POST, None, is_async)
    assert response.status_code == 200
    assert server.calls == 2


async def test_unsafe_post_429_past_max_retry_after_fails_at_once(is_async: bool) -> None:
    server = Server(status(429, {"Retry-After": "3600"}), ok())
    with pytest.raises(LateRateLimitError):
        await call(make(server), UNSAFE_POST, None, is_async)
    assert server.calls == 1


@pytest.mark.parametrize("exc", [httpx.ReadError("reset"), httpx.ReadTimeout("slow"), httpx.WriteError("x")])
async def test_unsafe_post_not_retried_after_maybe_sent_error(exc: Exception, is_async: bool) -> None:
    server = Server(exc, ok())
    with pytest.raises(LateConnectionError):
        await call(make(server), UNSAFE_POST, None, is_async)
    assert server.calls == 1


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("t"), httpx.PoolTimeout("p")]
)
async def test_unsafe_post_retried_when_never_sent(exc: Exception, is_async: bool) -> None:
    server = Server(exc, ok())
    resp = await call(make(server), UNSAFE_POST, None, is_async)
    assert resp.status_code == 200
    assert server.calls == 2


async def test_create_keeps_the_same_idempotency_key(is_async: bool) -> None:
    req = ApiRequest(
        "POST",
        "/v1/posts",
        json={"content": "hi"},
        headers={"Idempotency-Key": "key-123"},
        retry_mode="create",
    )
    server = Server(status(503), httpx.ReadError("reset"), ok())
    resp = await call(make(server), req, None, is_async)
    assert resp.status_code == 200
    assert server.calls == 3
    assert [r.headers["idempotency-key"] for r in server.requests] == ["key-123"] * 3
    assert [json.loads(b) for b in server.bodies] == [{"content": "hi"}] * 3


async def test_create_without_key_gets_one_reused_on_retries(is_async: bool) -> None:
    req = ApiRequest("POST", "/v1/posts", json={}, retry_mode="create")
    server = Server(status(502), ok())
    await call(make(server), req, None, is_async)
    keys = [r.headers.get("idempotency-key") for r in server.requests]
    assert keys[0] and keys[0] == keys[1]


async def test_option_idempotency_key_overrides(is_async: bool) -> None:
    req = ApiRequest("POST", "/v1/posts", json={}, headers={"idempotency-key": "old"}, retry_mode="create")
    server = Server(status(502), ok())
    await call(make(server), req, RequestOptions(idempotency_key="mine"), is_async)
    assert [r.headers.get_list("idempotency-key") for r in server.requests] == [["mine"], ["mine"]]


async def test_each_logical_call_gets_a_new_generated_key(is_async: bool) -> None:
    req = ApiRequest("POST", "/v1/posts", json={}, retry_mode="create")
    server = Server(ok())
    t = make(server)
    await call(t, req, None, is_async)
    await call(t, req, None, is_async)
    assert server.requests[0].headers["idempotency-key"] != server.requests[1].headers["idempotency-key"]


async def test_409_idempotency_conflict_with_retry_after_is_retried(is_async: bool) -> None:
    req = ApiRequest("POST", "/v1/posts", json={}, headers={"Idempotency-Key": "k"}, retry_mode="create")
    conflict = status(409, {"Retry-After": "2"}, {"error": "in progress", "code": "idempotency_conflict"})
    server, clock = Server(conflict, ok()), FakeClock()
    resp = await call(make(server, clock), req, None, is_async)
    assert resp.status_code == 200
    assert clock.delays == [2.0]


async def test_409_duplicate_without_retry_after_is_not_retried(is_async: bool) -> None:
    req = ApiRequest("POST", "/v1/posts", json={}, headers={"Idempotency-Key": "k"}, retry_mode="create")
    server = Server(status(409, body={"error": "duplicate content"}), ok())
    with pytest.raises(LateConflictError) as info:
        await call(make(server), req, None, is_async)
    assert info.value.message == "duplicate content"
    assert server.calls == 1


async def test_create_retry_resends_whole_file(is_async: bool) -> None:
    data = b"0123456789" * 100
    req = ApiRequest(
        "POST",
        "/v1/media",
        files={"file": ("a.bin", io.BytesIO(data), "application/octet-stream")},
        headers={"Idempotency-Key": "k"},
        retry_mode="create",
    )
    server = Server(status(503), ok())
    await call(make(server), req, None, is_async)
    assert server.calls == 2
    assert all(data in body for body in server.bodies)


# ---- deadline --------------------------------------------------------------------------------------------


async def test_deadline_refuses_a_sleep_that_would_overrun(is_async: bool) -> None:
    server, clock = Server(status(503, {"Retry-After": "5"}), ok()), FakeClock()
    with pytest.raises(LateTimeoutError) as info:
        await call(make(server, clock), GET, RequestOptions(deadline=3), is_async)
    assert "Deadline of 3s exceeded" in str(info.value)
    assert isinstance(info.value.__cause__, LateServerError)
    assert server.calls == 1
    assert clock.delays == []


async def test_deadline_spent_by_slow_attempts(is_async: bool) -> None:
    clock = FakeClock()

    def slow_503(request: httpx.Request) -> httpx.Response:
        clock.now += 4.0  # the attempt itself took 4 s
        return status(503)

    server = Server(slow_503)
    with pytest.raises(LateTimeoutError) as info:
        await call(make(server, clock, max_retries=10), GET, RequestOptions(deadline=10), is_async)
    assert "Deadline of 10s" in str(info.value)
    # 4 s + 0.5 s sleep + 4 s + 1 s sleep = 9.5 s: the 3rd attempt only gets the 0.5 s left as its timeout
    # (the mock ignores it and takes 4 s; then a 2 s sleep would pass the deadline, so the call fails).
    assert server.calls == 3
    assert server.requests[2].extensions["timeout"]["read"] == pytest.approx(0.5)
    assert server.requests[0].extensions["timeout"]["read"] == 10.0


async def test_deadline_clamps_attempt_timeout(is_async: bool) -> None:
    server = Server(ok())
    await call(make(server), GET, RequestOptions(deadline=2.5), is_async)
    assert server.requests[0].extensions["timeout"] == {
        "connect": 2.5,
        "read": 2.5,
        "write": 2.5,
        "pool": 2.5,
    }


async def test_per_call_timeout(is_async: bool) -> None:
    server = Server(ok())
    await call(make(server), GET, RequestOptions(timeout=httpx.Timeout(5.0, connect=1.0)), is_async)
    assert server.requests[0].extensions["timeout"] == {
        "connect": 1.0,
        "read": 5.0,
        "write": 5.0,
        "pool": 5.0,
    }


def test_default_timeout_is_explicit() -> None:
    server = Server(ok())
    make(server).send(GET)
    assert server.requests[0].extensions["timeout"] == {
        "connect": 10.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }


# ---- base_url, key, headers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "http://getlate.dev/api",
        "ftp://127.0.0.1",
        "https://user:pw@getlate.dev",
        "nope",
    ],
)
def test_bad_base_url_rejected(url: str) -> None:
    with pytest.raises(LateValidationError) as info:
        Requestor(url, API_KEY)
    assert info.value.param == "base_url"
    assert info.value.status_code is None


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://127.5.0.1", "http://localhost:4010", "http://[::1]:80", BASE]
)
def test_loopback_http_and_https_accepted(url: str) -> None:
    t = Requestor(url, API_KEY)
    assert str(t.base_url).startswith(url.split("://")[0])
    t.close()


@pytest.mark.parametrize("key", [None, ""])
def test_missing_key(key: str | None) -> None:
    with pytest.raises(LateAuthenticationError):
        Requestor(BASE, key)


def test_key_with_newline_rejected_without_echo() -> None:
    with pytest.raises(LateValidationError) as info:
        Requestor(BASE, "sk_abc\r\nX-Evil: 1")
    assert info.value.param == "api_key"
    assert "sk_abc" not in str(info.value)


async def test_bearer_header_sent_and_not_overridable(is_async: bool) -> None:
    server = Server(ok())
    t = make(server, default_headers={"Authorization": "Bearer other", "X-Extra": "1"})
    req = ApiRequest("GET", "/v1/posts", headers={"Authorization": "Bearer evil"})
    await call(t, req, RequestOptions(extra_headers={"authorization": "x", "X-Trace": "t"}), is_async)
    sent = server.requests[0].headers
    assert sent.get_list("authorization") == [f"Bearer {API_KEY}"]
    assert sent["x-extra"] == "1" and sent["x-trace"] == "t"
    assert sent["user-agent"].startswith("late-python/")


def test_key_never_in_repr_or_vars() -> None:
    t = make(Server(ok()))
    assert API_KEY not in repr(t)
    assert API_KEY not in str(t)
    assert API_KEY not in repr(vars(t))
    assert "api_key='***'" in repr(t)


async def test_key_never_in_errors_even_when_echoed(is_async: bool) -> None:
    echo = httpx.Response(
        401,
        json={"error": f"Invalid API key {API_KEY}", "echo": {"authorization": f"Bearer {API_KEY}"}},
        headers={"Authorization": f"Bearer {API_KEY}", "X-Echo": API_KEY, "X-Request-Id": "req_1"},
    )
    with pytest.raises(LateAuthenticationError) as info:
        await call(make(Server(echo)), GET, None, is_async)
    err = info.value
    assert err.request_id == "req_1"
    for text in (str(err), repr(err), repr(err.body), repr(err.headers), repr(err.args)):
        assert API_KEY not in text
    assert "[REDACTED]" in err.message


@pytest.mark.parametrize("exc", [httpx.ConnectError(f"boom {API_KEY}"), httpx.ReadTimeout(f"slow {API_KEY}")])
async def test_key_never_in_connection_errors(exc: Exception, is_async: bool) -> None:
    with pytest.raises(LateConnectionError) as info:
        await call(make(Server(exc), max_retries=0), GET, None, is_async)
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)


async def test_deadline_error_has_no_key(is_async: bool) -> None:
    server = Server(status(503, {"Retry-After": "5"}, {"error": f"echo {API_KEY}"}))
    with pytest.raises(LateTimeoutError) as info:
        await call(make(server), GET, RequestOptions(deadline=1), is_async)
    assert API_KEY not in str(info.value)


async def test_logs_attempts_without_key(is_async: bool, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="late")
    server = Server(status(503), ok())
    await call(make(server), ApiRequest("GET", "/v1/posts", params={"limit": 5}), None, is_async)
    late_records = [r for r in caplog.records if r.name == "late"]
    messages = [r.getMessage() for r in late_records]
    assert any("GET https://api.test/api/v1/posts?limit=5 -> 503 (attempt 1/3" in m for m in messages)
    assert any("-> 200 (attempt 2/3" in m for m in messages)
    assert any(m.startswith("retrying GET") for m in messages)
    everything = caplog.text + repr([(r.msg, r.args) for r in caplog.records])
    assert API_KEY not in everything
    assert "authorization" not in everything.lower()


def test_a_clock_must_be_a_late_clock() -> None:
    """``Late(clock=...)`` takes a :class:`late.Clock`; a bare function is refused before any request."""
    with pytest.raises(LateValidationError) as info:
        Late(api_key=API_KEY, clock=time.monotonic)  # type: ignore[arg-type]
    assert info.value.param == "clock"
    assert Late(api_key=API_KEY)._requestor.clock == Clock()  # None: the system's


def test_late_log_env_attaches_stderr_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("late")
    before = list(logger.handlers)
    old_level = logger.level
    monkeypatch.setenv("LATE_LOG", "debug")
    monkeypatch.setattr(late_setup, "_done", False)
    try:
        make(Server(ok()))
        make(Server(ok()))  # only once
        added = [h for h in logger.handlers if h not in before]
        assert len(added) == 1
        assert isinstance(added[0], logging.StreamHandler)
        assert logger.level == logging.DEBUG
    finally:
        for h in logger.handlers[:]:
            if h not in before:
                logger.removeHandler(h)
        logger.setLevel(old_level)


def test_no_late_log_no_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("late")
    before = list(logger.handlers)
    monkeypatch.delenv("LATE_LOG", raising=False)
    monkeypatch.setattr(late_setup, "_done", False)
    make(Server(ok()))
    assert logger.handlers == before


# ---- requests and paths ----------------------------------------------------------------------------------


def test_quote_path_param_encodes_traversal() -> None:
    assert quote_path_param("../../v1/accounts", "post_id") == "..%2F..%2Fv1%2Faccounts"
    assert quote_path_param("a b?c#d%e", "post_id") == "a%20b%3Fc%23d%25e"
    assert quote_path_param("abc123", "post_id") == "abc123"


@pytest.mark.parametrize("value", ["", "  ", ".", ".."])
def test_quote_path_param_rejects(value: str) -> None:
    with pytest.raises(LateValidationError) as info:
        quote_path_param(value, "post_id")
    assert info.value.param == "post_id"


async def test_encoded_path_param_stays_on_its_endpoint(is_async: bool) -> None:
    server = Server(ok())
    req = ApiRequest("GET", "/v1/posts/" + quote_path_param("../../v1/accounts", "post_id"))
    await call(make(server), req, None, is_async)
    assert server.requests[0].url.raw_path == b"/api/v1/posts/..%2F..%2Fv1%2Faccounts"


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.test/x",
        "//evil.test/x",
        "v1/posts",
        "/v1/../accounts",
        "/v1/./posts",
        "/a\\b",
        "/v1/posts/",
        "/v1//posts",
    ],
)
def test_api_request_refuses_paths_that_leave_the_api(url: str) -> None:
    with pytest.raises(LateValidationError) as info:
        ApiRequest("GET", url)
    assert info.value.param == "url"


def test_from_kwargs_drops_none_and_infers_mode() -> None:
    """``None`` params and headers are dropped (the generated client's ``UNSET`` is ``None``)."""
    req = ApiRequest.from_kwargs(
        {"method": "get", "url": "/v1/posts", "params": {"limit": 10, "status": None, "page": None, "q": ""}}
    )
    assert req.method == "GET"
    assert dict(req.params) == {"limit": 10, "q": ""}
    assert req.retry_mode == "idempotent"
    post = ApiRequest.from_kwargs(
        {
            "method": "post",
            "url": "/v1/posts",
            "json": {"a": 1},
            "headers": {"Idempotency-Key": "k", "x": None},
        }
    )
    assert post.retry_mode == "create"
    assert dict(post.headers) == {"Idempotency-Key": "k"}
    assert post.json == {"a": 1}
    assert ApiRequest.from_kwargs({"method": "post", "url": "/v1/posts/x/retry"}).retry_mode == "unsafe"
    assert (
        ApiRequest.from_kwargs({"method": "post", "url": "/v1/x"}, retry_mode="create").retry_mode == "create"
    )
    assert ApiRequest.from_kwargs({"method": "delete", "url": "/v1/posts/x"}).retry_mode == "idempotent"


def test_from_kwargs_rejects_unknown_keys() -> None:
    with pytest.raises(TypeError, match="cookies"):
        ApiRequest.from_kwargs({"method": "get", "url": "/v1/x", "cookies": {}})


def test_api_request_is_frozen() -> None:
    req = ApiRequest("GET", "/v1/posts")
    with pytest.raises(AttributeError):
        req.method = "POST"  # type: ignore[misc]


def test_new_idempotency_key() -> None:
    a, b = new_idempotency_key(), new_idempotency_key()
    assert a != b
    assert len(a) == 36 and a[14] == "4"


@pytest.mark.parametrize(
    "opts",
    [RequestOptions(max_retries=-1), RequestOptions(deadline=0), RequestOptions(idempotency_key="x" * 256)],
)
def test_bad_options_rejected_before_sending(opts: RequestOptions) -> None:
    server = Server(ok())
    with pytest.raises(LateValidationError):
        make(server).send(ApiRequest("POST", "/v1/posts", retry_mode="create"), opts)
    assert server.calls == 0


# ---- hostile bodies --------------------------------------------------------------------------------------


def _resp(content: bytes, code: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(code, content=content, headers=headers, request=httpx.Request("GET", BASE))


def test_decode_json_ok_and_empty() -> None:
    assert decode_json(_resp(b'{"a": [1, 2]}')) == {"a": [1, 2]}
    assert decode_json(_resp(b"", 204)) is None


def test_decode_json_deep_nesting() -> None:
    deep = b"[" * 200_000 + b"]" * 200_000
    with pytest.raises(LateAPIError) as info:
        decode_json(_resp(deep, headers={"X-Request-Id": "req_9"}))
    err = info.value
    assert "nested too deeply" in err.message
    assert err.request_id == "req_9"
    assert isinstance(err.body, str) and len(err.body) < 2100


def test_decode_json_html() -> None:
    with pytest.raises(LateAPIError) as info:
        decode_json(_resp(b"<html>oops</html>"))
    assert "not JSON" in info.value.message
    assert info.value.body == "<html>oops</html>"
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_decode_json_too_big() -> None:
    with pytest.raises(LateAPIError) as info:
        decode_json(_resp(b'{"a": "' + b"x" * 5000 + b'"}'), max_bytes=1000)
    assert "exceeds the 1000-byte limit" in info.value.message


async def test_transport_refuses_huge_body(is_async: bool) -> None:
    server = Server(httpx.Response(200, content=b"x" * 5000))
    with pytest.raises(LateAPIError) as info:
        await call(make(server, max_body_bytes=1000), GET, None, is_async)
    assert "exceeds the 1000-byte limit" in info.value.message
    assert server.calls == 1


def test_transport_refuses_huge_streamed_body_without_content_length() -> None:
    produced: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(100):
            produced.append(i)
            yield b"y" * 100

    server = Server(lambda request: httpx.Response(200, content=chunks()))
    with pytest.raises(LateAPIError) as info:
        make(server, max_body_bytes=1000).send(GET)
    assert "exceeds" in info.value.message
    assert len(produced) < 20  # stopped reading early


async def test_gzip_bomb_bounded_on_decoded_size(is_async: bool) -> None:
    bomb = gzip.compress(b"0" * 2_000_000)
    server = Server(httpx.Response(200, content=bomb, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(LateAPIError):
        await call(make(server, max_body_bytes=100_000), GET, None, is_async)


async def test_gzip_body_decoded(is_async: bool) -> None:
    payload = json.dumps({"posts": list(range(100))}).encode()
    server = Server(httpx.Response(200, content=gzip.compress(payload), headers={"Content-Encoding": "gzip"}))
    resp = await call(make(server), GET, None, is_async)
    assert decode_json(resp) == {"posts": list(range(100))}
    assert "content-encoding" not in resp.headers


async def test_html_502_from_proxy_is_server_error(is_async: bool) -> None:
    html = httpx.Response(
        502, content=b"<html><h1>502 Bad Gateway</h1></html>", headers={"content-type": "text/html"}
    )
    with pytest.raises(LateServerError) as info:
        await call(make(Server(html), max_retries=0), GET, None, is_async)
    assert info.value.message == "HTTP 502 from the server (body is not JSON)"
    assert info.value.body == "<html><h1>502 Bad Gateway</h1></html>"


async def test_404_maps_with_request_id(is_async: bool) -> None:
    resp = httpx.Response(
        404, json={"error": "Post not found", "code": "not_found"}, headers={"X-Request-Id": "r7"}
    )
    with pytest.raises(LateNotFoundError) as info:
        await call(make(Server(resp)), ApiRequest("GET", "/v1/posts/x"), None, is_async)
    assert str(info.value) == "Post not found (404, code=not_found, request_id=r7)"


# ---- lifecycle -------------------------------------------------------------------------------------------


def test_sync_context_manager_closes() -> None:
    server = Server(ok())
    with make(server) as t:
        t.send(GET)
    with pytest.raises(LateClientClosedError, match="closed"):
        t.send(GET)


async def test_async_context_manager_closes() -> None:
    server = Server(ok())
    async with make(server) as t:
        await t.asend(GET)
        client = t._aclient
        assert client is not None
    assert client.is_closed
    with pytest.raises(LateClientClosedError, match="closed"):
        await t.asend(GET)


async def test_one_pooled_client_per_side() -> None:
    t = make(Server(ok()))
    t.send(GET)
    first = t._client
    t.send(GET)
    assert t._client is first
    await t.asend(GET)
    a_first = t._aclient
    await t.asend(GET)
    assert t._aclient is a_first and a_first is not None
    await t.aclose()


def test_a_body_longer_than_its_content_length_is_still_bounded_on_a_custom_transport() -> None:
    """Only httpcore's HTTP/1.1 framing reads exactly Content-Length; other transports are counted."""
    pulled: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(100):
            pulled.append(i)
            yield b"x" * 1024

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-length": "10"}, stream=_Chunks(chunks()))

    t = make(server, max_body_bytes=10 * 1024)
    with pytest.raises(LateAPIError, match="exceeds"):
        t.send(ApiRequest("GET", "/v1/posts"))
    assert len(pulled) <= 12  # stopped at the limit, not after all 100 KiB


class _Chunks(httpx.SyncByteStream):
    def __init__(self, it: Iterator[bytes]) -> None:
        self._it = it

    def __iter__(self) -> Iterator[bytes]:
        yield from self._it


async def test_an_unsafe_post_repeated_after_a_429_says_so_when_the_repeat_is_refused(is_async: bool) -> None:
    server = Server(status(429, {"Retry-After": "0"}), status(400))
    with pytest.raises(LateValidationError) as info:
        await call(make(server), UNSAFE_POST, None, is_async)
    assert "answered 429 and this request was sent again" in info.value.message
    assert server.calls == 2
