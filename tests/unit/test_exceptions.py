"""The exception tree and the mapping of HTTP responses onto it."""

from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from late.client.exceptions import (
    LateAPIError,
    LateAuthenticationError,
    LateConflictError,
    LateConnectionError,
    LateForbiddenError,
    LateNotFoundError,
    LateRateLimitError,
    LateServerError,
    LateTimeoutError,
    LateValidationError,
    error_class_for_status,
    error_from_response,
)

API_KEY = "sk_live_SECRET_abc123"
REQUEST = httpx.Request("GET", "https://getlate.dev/api/v1/posts/abc")


def _response(
    status: int, body: Any = None, *, text: str | None = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    hdrs = dict(headers or {})
    if text is not None:
        content = text.encode()
        hdrs.setdefault("content-type", "text/html")
    elif body is not None:
        content = json.dumps(body).encode()
        hdrs.setdefault("content-type", "application/json")
    else:
        content = b""
    return httpx.Response(status, content=content, headers=hdrs, request=REQUEST)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, LateValidationError),
        (401, LateAuthenticationError),
        (403, LateForbiddenError),
        (404, LateNotFoundError),
        (409, LateConflictError),
        (422, LateValidationError),
        (429, LateRateLimitError),
        (500, LateServerError),
        (502, LateServerError),
        (503, LateServerError),
        (504, LateServerError),
        (520, LateServerError),
        (530, LateServerError),
        (599, LateServerError),
        (418, LateAPIError),
        (405, LateAPIError),
        (410, LateAPIError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[LateAPIError]) -> None:
    err = error_from_response(_response(status, {"error": "boom", "type": "api_error", "code": "c1"}))
    assert type(err) is cls
    assert error_class_for_status(status) is cls
    assert err.status_code == status
    assert err.message == "boom"
    assert err.code == "c1"
    assert err.error_type == "api_error"
    assert isinstance(err, LateAPIError)


def test_envelope_fields_and_str() -> None:
    err = error_from_response(
        _response(
            404,
            {"error": "Post not found", "type": "not_found", "code": "not_found"},
            headers={"X-Request-Id": "req_123"},
        )
    )
    assert isinstance(err, LateNotFoundError)
    assert str(err) == "Post not found (404, code=not_found, request_id=req_123)"
    assert err.request_id == "req_123"
    assert err.body == {"error": "Post not found", "type": "not_found", "code": "not_found"}
    assert err.headers["x-request-id"] == "req_123"
    assert type(err.headers) is dict
    assert repr(err).startswith("LateNotFoundError(message='Post not found', status_code=404")


def test_param_is_read_from_envelope() -> None:
    err = error_from_response(
        _response(400, {"error": "content too long", "type": "invalid_request_error", "param": "content"})
    )
    assert isinstance(err, LateValidationError)
    assert err.param == "content"
    assert "param=content" in str(err)


def test_no_request_id_header() -> None:
    err = error_from_response(_response(500, {"error": "x"}))
    assert err.request_id is None
    assert "request_id" not in str(err)


@pytest.mark.parametrize(
    "body",
    [
        {"message": "Nested gone wrong"},
        {"error": {"message": "Nested gone wrong", "code": "c9"}},
        {"detail": "Nested gone wrong"},
    ],
)
def test_lenient_envelope_shapes(body: dict[str, Any]) -> None:
    err = error_from_response(_response(400, body))
    assert err.message == "Nested gone wrong"


def test_nested_error_code() -> None:
    err = error_from_response(_response(400, {"error": {"message": "m", "code": "c9", "param": "p"}}))
    assert (err.code, err.param) == ("c9", "p")


def test_html_502_from_proxy() -> None:
    html = "<html><body><h1>502 Bad Gateway</h1>" + "x" * 5000 + "</body></html>"
    err = error_from_response(_response(502, text=html))
    assert isinstance(err, LateServerError)
    assert err.message == "HTTP 502 from the server (body is not JSON)"
    assert isinstance(err.body, str)
    assert err.body.startswith("<html><body><h1>502 Bad Gateway</h1>")
    assert len(err.body) < 2100
    assert "Traceback" not in str(err) and "JSONDecodeError" not in str(err)


def test_short_html_body_kept_whole() -> None:
    err = error_from_response(_response(503, text="<h1>down</h1>"))
    assert err.body == "<h1>down</h1>"


def test_empty_body() -> None:
    err = error_from_response(_response(503))
    assert isinstance(err, LateServerError)
    assert err.message == "HTTP 503 from the server (empty body)"
    assert err.body is None


def test_json_without_message_uses_status() -> None:
    err = error_from_response(_response(418, {"weird": True}))
    assert type(err) is LateAPIError
    assert err.message == "HTTP 418 from the API"
    assert err.body == {"weird": True}


def test_deeply_nested_json_body_does_not_raise() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    err = error_from_response(_response(500, text=deep, headers={"content-type": "application/json"}))
    assert isinstance(err, LateServerError)
    assert "nested too deeply" in err.message
    assert isinstance(err.body, str) and len(err.body) < 2100


def test_non_utf8_body() -> None:
    resp = httpx.Response(500, content=b"\xff\xfe\x00garbage", request=REQUEST)
    err = error_from_response(resp)
    assert isinstance(err, LateServerError)
    assert err.status_code == 500
    assert isinstance(err.body, str)


def test_retry_after_seconds() -> None:
    err = error_from_response(_response(429, {"error": "slow down"}, headers={"Retry-After": "7"}))
    assert isinstance(err, LateRateLimitError)
    assert err.retry_after == 7.0
    assert "retry_after=7.0" in repr(err)


def test_retry_after_http_date() -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    err = error_from_response(
        _response(429, {"error": "slow down"}, headers={"Retry-After": format_datetime(when, usegmt=True)})
    )
    assert isinstance(err, LateRateLimitError)
    assert err.retry_after is not None
    assert 25 <= err.retry_after <= 31


def test_retry_after_date_in_past_is_zero() -> None:
    err = error_from_response(
        _response(429, {"error": "x"}, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    )
    assert err.retry_after == 0.0


def test_retry_after_ms_wins() -> None:
    err = error_from_response(
        _response(429, {"error": "x"}, headers={"retry-after-ms": "1500", "Retry-After": "9"})
    )
    assert err.retry_after == 1.5


@pytest.mark.parametrize("value", ["soon", "-5", "nan", "inf", ""])
def test_retry_after_garbage_is_none(value: str) -> None:
    err = error_from_response(_response(429, {"error": "x"}, headers={"Retry-After": value}))
    assert isinstance(err, LateRateLimitError)
    assert err.retry_after is None


def test_retry_after_absent() -> None:
    err = error_from_response(_response(429, {"error": "x"}))
    assert isinstance(err, LateRateLimitError)
    assert err.retry_after is None


def test_idempotency_conflict_409_has_retry_after() -> None:
    err = error_from_response(
        _response(409, {"error": "in progress", "code": "idempotency_conflict"}, headers={"Retry-After": "2"})
    )
    assert isinstance(err, LateConflictError)
    assert err.code == "idempotency_conflict"
    assert err.retry_after == 2.0


def test_local_validation_error_constructor() -> None:
    err = LateValidationError("limit must be between 1 and 100, got 0", param="limit")
    assert err.status_code is None
    assert err.param == "limit"
    assert err.message == "limit must be between 1 and 100, got 0"
    assert str(err) == "limit must be between 1 and 100, got 0 (param=limit)"
    err2 = LateValidationError.for_param("limit", "bad limit")
    assert isinstance(err2, LateValidationError)
    assert (err2.param, err2.message, err2.status_code) == ("limit", "bad limit", None)


def test_plain_message_str() -> None:
    assert str(LateConnectionError("Could not connect to https://x")) == "Could not connect to https://x"
    assert issubclass(LateTimeoutError, LateConnectionError)
    assert LateTimeoutError("t").status_code is None


def test_headers_are_copied_and_credentials_dropped() -> None:
    src = {"Authorization": f"Bearer {API_KEY}", "Set-Cookie": "s=1", "X-Request-Id": "r1"}
    err = LateAPIError("m", headers=src)
    assert err.headers == {"x-request-id": "r1"}
    src["X-Request-Id"] = "changed"
    assert err.headers == {"x-request-id": "r1"}


def test_echoed_authorization_header_is_dropped() -> None:
    resp = _response(
        401,
        {"error": "bad key"},
        headers={"Authorization": f"Bearer {API_KEY}", "Proxy-Authorization": API_KEY, "X-Request-Id": "r"},
    )
    err = error_from_response(resp)
    assert isinstance(err, LateAuthenticationError)
    assert "authorization" not in err.headers
    assert "proxy-authorization" not in err.headers
    for text in (str(err), repr(err), repr(err.headers), repr(err.body), repr(err.__dict__)):
        assert API_KEY not in text


def test_redact_scrubs_echoed_key() -> None:
    resp = _response(
        401,
        {"error": f"Invalid key {API_KEY}", "details": {"got": [API_KEY]}},
        headers={"X-Echo": API_KEY},
    )
    err = error_from_response(resp)
    assert API_KEY in str(err)  # the server echoed it...
    err.redact(API_KEY)
    for text in (str(err), repr(err), repr(err.headers), repr(err.body), repr(err.args)):
        assert API_KEY not in text
    assert "[REDACTED]" in err.message


def test_redact_none_is_noop() -> None:
    err = LateAPIError("x")
    err.redact(None)
    err.redact("")
    assert err.message == "x"


def test_pickle_round_trip() -> None:
    err = LateRateLimitError("slow", status_code=429, request_id="r", code="rate", retry_after=3.0)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is LateRateLimitError
    assert (back.message, back.status_code, back.request_id, back.code, back.retry_after) == (
        "slow",
        429,
        "r",
        "rate",
        3.0,
    )


def test_huge_message_is_truncated() -> None:
    err = error_from_response(_response(400, {"error": "e" * 50_000}))
    assert len(err.message) < 2100


def test_unread_streamed_response() -> None:
    resp = httpx.Response(500, stream=httpx.ByteStream(b'{"error": "x"}'), request=REQUEST)
    err = error_from_response(resp)
    assert isinstance(err, LateServerError)
    assert err.message == "HTTP 500 from the server (empty body)"


def test_redacting_a_body_nested_as_deep_as_json_allows_does_not_recurse() -> None:
    depth = 900  # json.loads accepts it; a recursive copy would not survive it
    text = '{"a":' * depth + '"sk_secret_key"' + "}" * depth
    response = httpx.Response(400, content=text.encode(), headers={"content-type": "application/json"})
    err = error_from_response(response)
    err.redact("sk_secret_key")
    node: Any = err.body
    for _ in range(depth):
        node = node["a"]
    assert node == "[REDACTED]"
