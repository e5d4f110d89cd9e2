"""The exception tree of the Late SDK.

Everything a call raises is a :class:`LateAPIError`::

    LateAPIError                      any failure; other 4xx statuses (e.g. 418) are raised as this class
    ├── LateValidationError           400, 422, and local checks failing before any request (no status)
    ├── LateAuthenticationError       401, and a missing API key when the client is built
    ├── LateForbiddenError            403
    ├── LateNotFoundError             404
    ├── LateConflictError             409 (duplicate content, ``idempotency_conflict``)
    ├── LateRateLimitError            429, with ``.retry_after`` in seconds
    ├── LateServerError               5xx, including statuses ``http.HTTPStatus`` does not know (520, 530)
    ├── LateConnectionError           the request got no HTTP response (DNS, refused, reset, TLS...)
    │   └── LateTimeoutError          connect/read/write/pool timeout, or the call's overall deadline
    ├── LateSpecMismatchError         the SDK's own fault: its generated client does not match the facade
    └── LateUnreadableValueError      a value of an answer that fails when its field is first used (also a
                                      ValueError; defined in ``late/_models.py``, beside the generated models)

Programming mistakes are Python's own errors, outside that tree, so that ``except LateAPIError``
around a loop of calls cannot swallow them: an unknown keyword argument is a ``TypeError``, and a call
on a closed client is a :class:`LateClientClosedError` (a ``RuntimeError``, as httpx raises), which a
retry wrapper for network failures will not retry.

This module imports nothing but the standard library, so every layer raises these without loading
httpx; mapping an HTTP answer or an httpx exception onto the tree is ``late/_http/errors.py``.

Secrets: an exception never holds request headers, and response headers that carry credentials
(``Authorization``, ``Proxy-Authorization``, ``Cookie``, ``Set-Cookie``) are dropped. The requestor also
calls :meth:`LateAPIError.redact` with the API key, so a server that echoes the key in a body or message
cannot leak it through ``str()``/``repr()``/``.body``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

__all__ = [
    "LateAPIError",
    "LateAuthenticationError",
    "LateClientClosedError",
    "LateConflictError",
    "LateConnectionError",
    "LateForbiddenError",
    "LateNotFoundError",
    "LateRateLimitError",
    "LateServerError",
    "LateSpecMismatchError",
    "LateTimeoutError",
    "LateValidationError",
]

#: Response headers never copied onto an exception.
_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


_REDACTED = "[REDACTED]"


class LateAPIError(Exception):
    """Base class of every error the SDK raises.

    Attributes:
        message: the human-readable message (the API's ``error`` text when it sent one).
        status_code: the HTTP status, or None when no response was received / the check was local.
        body: the parsed JSON body, or the raw (truncated) text when it was not JSON, or None.
        headers: a plain ``dict`` copy of the response headers (lower-case names), minus credentials.
        request_id: the ``X-Request-Id`` response header, when the API sent one.
        code: the API's stable machine-readable ``code``.
        param: the request field (or, for local validation, the Python argument) that caused the error.
        error_type: the API's ``type`` (``invalid_request_error``, ``rate_limit_error``...).
        retry_after: seconds the server asked to wait (``Retry-After``), when it sent one.
        idempotency_key: the ``Idempotency-Key`` the failed call sent (a create), else None. Passing it
            as ``idempotency_key=`` to the same call repeats it safely: a post the failed call made is
            returned, not made again. The message names it when an attempt may have been carried out.
    """

    default_message: ClassVar[str] = "Late API request failed"

    message: str
    status_code: int | None
    body: object
    headers: dict[str, str]
    request_id: str | None
    code: str | None
    param: str | None
    error_type: str | None
    retry_after: float | None
    idempotency_key: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: object = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        code: str | None = None,
        param: str | None = None,
        error_type: str | None = None,
        retry_after: float | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        self.message = str(message) if message else self.default_message
        self.status_code = status_code
        self.body = body
        self.headers = _safe_headers(headers)
        self.request_id = request_id
        self.code = code
        self.param = param
        self.error_type = error_type
        self.retry_after = retry_after
        self.idempotency_key = idempotency_key
        # Exception's own __init__, not the next class in a subclass's MRO (LateUnreadableValueError
        # also derives from a ValueError with another signature).
        Exception.__init__(self, self.message)

    def __str__(self) -> str:
        details: list[str] = []
        if self.status_code is not None:
            details.append(str(self.status_code))
        if self.code:
            details.append(f"code={self.code}")
        if self.param:
            details.append(f"param={self.param}")
        if self.request_id:
            details.append(f"request_id={self.request_id}")
        return f"{self.message} ({', '.join(details)})" if details else self.message

    def __repr__(self) -> str:
        # Only short, non-secret fields: never headers or body.
        fields = [f"message={self.message!r}"]
        for name in ("status_code", "code", "param", "request_id", "retry_after", "idempotency_key"):
            value = getattr(self, name)
            if value is not None:
                fields.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructor arguments: rebuild through _rebuild so pickling (multiprocessing) works.
        return (_rebuild, (type(self), self.message, self._state()))

    def _state(self) -> dict[str, Any]:
        return {
            "status_code": self.status_code,
            "body": self.body,
            "headers": self.headers,
            "request_id": self.request_id,
            "code": self.code,
            "param": self.param,
            "error_type": self.error_type,
            "retry_after": self.retry_after,
            "idempotency_key": self.idempotency_key,
        }

    def redact(self, secret: str | None) -> None:
        """Replace every occurrence of ``secret`` (the API key) in message, body and headers."""
        if not secret:
            return
        self.message = _scrub(self.message, secret)
        self.body = _scrub(self.body, secret)
        self.headers = {k: _scrub(v, secret) for k, v in self.headers.items()}
        self.args = (self.message,)


def _rebuild(cls: type[LateAPIError], message: str, state: dict[str, Any]) -> LateAPIError:
    err = cls.__new__(cls)
    LateAPIError.__init__(err, message, **state)
    return err


class LateValidationError(LateAPIError):
    """The request is invalid: a 400/422 from the API, or a local check that failed before any request.

    Local failures have ``status_code`` None and ``param`` naming the offending argument::

        raise LateValidationError("limit must be between 1 and 100, got 0", param="limit")
    """

    default_message = "Invalid request"

    @classmethod
    def for_param(cls, param: str, message: str) -> LateValidationError:
        """A local validation failure of argument ``param`` (nothing was sent)."""
        return cls(message, param=param)


class LateAuthenticationError(LateAPIError):
    """401 from the API, or no API key configured when the client was built."""

    default_message = "Authentication failed"


class LateForbiddenError(LateAPIError):
    """403: the key is valid but not allowed to do this."""

    default_message = "Permission denied"


class LateNotFoundError(LateAPIError):
    """404: the resource does not exist (or is not visible to this key)."""

    default_message = "Not found"


class LateConflictError(LateAPIError):
    """409: duplicate content, or ``idempotency_conflict`` while the original create is still running."""

    default_message = "Conflict"


class LateRateLimitError(LateAPIError):
    """429: too many requests. ``retry_after`` is the server's ``Retry-After`` in seconds, when sent."""

    default_message = "Rate limit exceeded"


class LateServerError(LateAPIError):
    """5xx: the server (or a proxy in front of it) failed."""

    default_message = "Server error"


class LateConnectionError(LateAPIError):
    """No HTTP response was received: DNS failure, connection refused or reset, TLS failure..."""

    default_message = "Connection error"


class LateTimeoutError(LateConnectionError):
    """A connect/read/write/pool timeout, or the call's overall ``deadline`` ran out."""

    default_message = "Request timed out"


class LateSpecMismatchError(LateAPIError):
    """The SDK does not match the API spec it was generated from: a bug in the SDK, not in the call.

    The facade uses a parameter, model or field that the generated client (``late_api_client``, built
    from ``openapi.yaml``) no longer has, typically after a regeneration from a changed spec. Nothing
    the caller passed is wrong, so this is never a :class:`LateValidationError`; it is not retried.
    ``__cause__`` is Python's original ``TypeError``/``AttributeError``/``ImportError``.
    """

    default_message = "The Late SDK does not match its API spec"


class LateClientClosedError(RuntimeError):
    """A call on a client after ``close()``/``aclose()`` (or its ``with`` block): make a new ``Late``."""

    def __init__(self) -> None:
        super().__init__("This Late client has been closed: create a new Late() to make more calls")


def _safe_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    if not headers:
        return {}
    return {str(k).lower(): str(v) for k, v in headers.items() if str(k).lower() not in _SENSITIVE_HEADERS}


def _scrub(value: Any, secret: str) -> Any:
    """A copy of ``value`` with ``secret`` replaced in every string; iterative, so a JSON body nested
    as deep as ``json.loads`` allows cannot raise RecursionError here."""

    def leaf(item: Any) -> Any:
        return item.replace(secret, _REDACTED) if isinstance(item, str) else item

    if not isinstance(value, dict | list):
        return leaf(value)
    top: Any = {} if isinstance(value, dict) else []
    stack: list[tuple[Any, Any]] = [(value, top)]
    while stack:
        source, target = stack.pop()
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            if isinstance(item, dict | list):
                copy: Any = {} if isinstance(item, dict) else []
                stack.append((item, copy))
            else:
                copy = leaf(item)
            if isinstance(target, dict):
                target[leaf(key)] = copy
            else:
                target.append(copy)
    return top
