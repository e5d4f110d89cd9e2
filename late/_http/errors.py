"""From what httpx raised or the API answered to the SDK's exception tree (``late/_exceptions.py``).

:func:`error_from_response` reads a non-2xx answer's error envelope; :func:`error_from_exception` names
what went wrong on the wire (a timeout, a refused connection) and where.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from late._exceptions import (
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
)
from late._http.jsonutil import BODY_PREVIEW_CHARS, JSONParseError, loads_safely, truncate_text
from late._http.retry import parse_retry_after

__all__ = ["error_class_for_status", "error_from_exception", "error_from_response"]

#: Bodies larger than this are not parsed as JSON when building an error (only a preview is kept).
_MAX_ERROR_BODY_BYTES = 1_000_000


_STATUS_CLASSES: dict[int, type[LateAPIError]] = {
    400: LateValidationError,
    401: LateAuthenticationError,
    403: LateForbiddenError,
    404: LateNotFoundError,
    409: LateConflictError,
    422: LateValidationError,
    429: LateRateLimitError,
}


def error_class_for_status(status_code: int) -> type[LateAPIError]:
    """The exception class for an HTTP status (any 5xx, known to ``HTTPStatus`` or not, is a server error)."""
    cls = _STATUS_CLASSES.get(status_code)
    if cls is not None:
        return cls
    if 500 <= status_code <= 599:
        return LateServerError
    return LateAPIError


def error_from_response(response: httpx.Response) -> LateAPIError:
    """Build the exception for a non-2xx response. Never raises: a broken body only changes the message.

    The message is the API's ``error`` text from the envelope ``{error, type, code, param}``; the shapes
    ``{"message": ...}`` and ``{"error": {"message": ..., "code": ...}}`` are read too. A body that is not
    JSON (an HTML page from a proxy) gives ``"HTTP 502 from the server (body is not JSON)"`` with the raw
    text, truncated to 2,000 characters, on ``.body``.
    """
    status = response.status_code
    cls = error_class_for_status(status)
    headers = response.headers
    try:
        raw = response.content
    except httpx.ResponseNotRead:  # a streamed response nobody read: report it without the body
        raw = b""

    body: object = None
    note: str | None = None
    envelope: Mapping[str, Any] = {}
    if not raw.strip():
        note = "empty body"
    elif len(raw) > _MAX_ERROR_BODY_BYTES:
        note = f"body of {len(raw)} bytes not parsed"
        body = truncate_text(_text_of(response, raw[: BODY_PREVIEW_CHARS * 4]), BODY_PREVIEW_CHARS)
    else:
        try:
            body = loads_safely(raw)
        except JSONParseError as exc:
            note = "body is not JSON" if "not JSON" in str(exc) else str(exc)
            body = truncate_text(_text_of(response, raw), BODY_PREVIEW_CHARS)
        else:
            envelope = _envelope(body)

    message = _str_field(envelope, "message")
    if message is None:
        message = f"HTTP {status} from {'the server' if status >= 500 else 'the API'}"
        if note:
            message += f" ({note})"
    return cls(
        truncate_text(message, BODY_PREVIEW_CHARS),
        status_code=status,
        body=body,
        headers=headers,
        request_id=headers.get("x-request-id") or None,
        code=_str_field(envelope, "code"),
        param=_str_field(envelope, "param"),
        error_type=_str_field(envelope, "type"),
        retry_after=parse_retry_after(headers),
    )


def _envelope(body: object) -> dict[str, Any]:
    """Flatten the error envelope shapes we accept into ``{message, code, param, type}``."""
    if not isinstance(body, dict):
        return {}
    out: dict[str, Any] = {}
    error = body.get("error")
    if isinstance(error, dict):  # {"error": {"message": ..., "code": ..., "type": ...}}
        out.update({k: error.get(k) for k in ("message", "code", "param", "type")})
        if out.get("message") is None and isinstance(error.get("error"), str):
            out["message"] = error["error"]
    elif isinstance(error, str):
        out["message"] = error
    for key in ("message", "code", "param", "type"):
        if out.get(key) is None:
            out[key] = body.get(key)
    if out.get("message") is None and isinstance(body.get("detail"), str):
        out["message"] = body["detail"]
    return out


def _str_field(envelope: Mapping[str, Any], key: str) -> str | None:
    value = envelope.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _text_of(response: httpx.Response, raw: bytes) -> str:
    encoding = response.charset_encoding or "utf-8"
    try:
        return raw.decode(encoding, errors="replace")
    except LookupError:  # an unknown charset name from the server
        return raw.decode("utf-8", errors="replace")


_TIMEOUT_WHAT: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "Timed out connecting",
    httpx.ReadTimeout: "Timed out waiting for the response",
    httpx.WriteTimeout: "Timed out sending the request",
    httpx.PoolTimeout: "Timed out waiting for a free connection from the pool",
}


def error_from_exception(exc: httpx.HTTPError, method: str, url: str, peer: str = "the API") -> LateAPIError:
    """Map an httpx exception to the SDK's tree, with what happened and the URL (never headers).

    ``peer`` names who could not be reached: "the API", or "the storage host <host>" for an upload.
    """
    detail = str(exc).strip()
    suffix = f": {detail}" if detail else ""
    if isinstance(exc, httpx.TimeoutException):
        what = next((m for cls, m in _TIMEOUT_WHAT.items() if isinstance(exc, cls)), "Timed out")
        return LateTimeoutError(f"{what} ({method} {url})")
    if isinstance(exc, httpx.ConnectError):
        return LateConnectionError(f"Could not connect to {peer} ({method} {url}){suffix}")
    if isinstance(exc, httpx.TransportError):
        return LateConnectionError(f"Network error ({type(exc).__name__}) during {method} {url}{suffix}")
    return LateAPIError(f"HTTP error ({type(exc).__name__}) during {method} {url}{suffix}")
