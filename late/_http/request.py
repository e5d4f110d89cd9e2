"""What one call sends, independent of sync/async: the request objects, their options, and their checks.

:class:`ApiRequest` is a call to the API (a path under the base URL), :class:`ExternalRequest` one to
another host (a presigned storage URL), :class:`RequestOptions` a call's overrides. Keys and path
parameters are checked here, before anything is sent.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final
from urllib.parse import quote

import httpx

from late._exceptions import LateValidationError
from late._http.retry import RetryMode
from late._http.urls import validate_external_url

__all__ = [
    "MAX_IDEMPOTENCY_KEY_LENGTH",
    "NO_OPTIONS",
    "ApiRequest",
    "ExternalBody",
    "ExternalRequest",
    "RequestOptions",
    "check_idempotency_key",
    "new_idempotency_key",
    "quote_path_param",
]

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_KWARGS_KEYS = frozenset({"method", "url", "params", "json", "headers", "files", "content", "data"})


_NO_PARAMS: Final[Mapping[str, Any]] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """One API call, independent of sync/async: what to send and how it may be retried.

    ``url`` is a path relative to the requestor's ``base_url`` (``"/v1/posts/abc"``); absolute URLs,
    ``//host`` and ``.``/``..`` segments are refused so a request can never leave the API host.
    """

    method: str
    url: str
    params: Mapping[str, Any] = field(default_factory=dict)
    json: Any = None
    content: bytes | str | None = None
    files: Any = None
    data: Mapping[str, Any] | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    retry_mode: RetryMode = "idempotent"

    def __post_init__(self) -> None:
        object.__setattr__(self, "method", self.method.upper())
        _check_relative_path(self.url)
        # Copies (a caller's dict must not change the request later), without None values.
        object.__setattr__(self, "params", {k: v for k, v in self.params.items() if v is not None})
        if self.headers:
            object.__setattr__(self, "headers", {k: v for k, v in self.headers.items() if v is not None})
        if self.retry_mode not in ("idempotent", "create", "unsafe"):
            raise LateValidationError(f"unknown retry_mode {self.retry_mode!r}", param="retry_mode")

    @classmethod
    def from_kwargs(cls, kwargs: Mapping[str, Any], *, retry_mode: RetryMode | None = None) -> ApiRequest:
        """Build from a generated endpoint's ``_get_kwargs(...)`` dict (method/url/params/json/headers/...).

        ``None`` params and headers are dropped. Without ``retry_mode``: GET/PUT/DELETE are
        ``idempotent``; a POST/PATCH is ``create`` when it carries an ``Idempotency-Key``, else ``unsafe``.
        """
        if not kwargs.keys() <= _KWARGS_KEYS:
            unknown = sorted(set(kwargs) - _KWARGS_KEYS)
            raise TypeError(f"ApiRequest.from_kwargs: unexpected keys {unknown}")
        method = str(kwargs["method"]).upper()
        raw_headers = kwargs.get("headers")
        headers = {str(k): str(v) for k, v in raw_headers.items() if v is not None} if raw_headers else {}
        if retry_mode is None:
            if method in _IDEMPOTENT_METHODS:
                retry_mode = "idempotent"
            elif any(k.lower() == "idempotency-key" for k in headers):
                retry_mode = "create"
            else:
                retry_mode = "unsafe"
        body = kwargs.get("json")
        content = kwargs.get("content")
        return cls(  # positional, in field order: __post_init__ copies params and checks the path
            method,
            str(kwargs["url"]),
            kwargs.get("params") or _NO_PARAMS,
            body,
            content,
            kwargs.get("files"),
            kwargs.get("data"),
            headers,
            retry_mode,
        )


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call overrides. ``None`` means "use the requestor's setting".

    ``deadline`` (seconds) bounds the whole call: every attempt and every sleep between attempts.
    ``idempotency_key`` overrides the request's ``Idempotency-Key`` (kept the same on every attempt).
    """

    max_retries: int | None = None
    timeout: float | httpx.Timeout | None = None
    deadline: float | None = None
    idempotency_key: str | None = None
    extra_headers: Mapping[str, str] | None = None


NO_OPTIONS: Final = RequestOptions()

#: A request body for :class:`ExternalRequest`: bytes, or a factory giving a fresh body for each attempt.
ExternalBody = bytes | Callable[[], Iterable[bytes] | AsyncIterable[bytes]]


@dataclass(frozen=True, slots=True)
class ExternalRequest:
    """A request to a host other than the API, e.g. the PUT of a file to a presigned storage URL.

    Sent by :meth:`Requestor.send_external`/:meth:`Requestor.asend_external` with the API calls' retry
    policy, timeouts and (test) transport, on a separate client that has no base URL and no default
    headers: the request never carries ``Authorization`` (the API key must not leave for a third-party
    host) nor the SDK's ``User-Agent``/``Accept``; only ``headers`` are sent.

    ``url`` is absolute, ``https`` (plain ``http`` only for loopback hosts), without credentials. Its
    query (a presigned URL's signature) is never logged nor put in an error message.

    ``content``: bytes, or a callable returning a *fresh* body for each attempt (an iterable of bytes for
    ``send_external``, an async iterable for ``asend_external``), so a retry re-sends the whole body
    from its start. A streamed body needs a ``Content-Length`` header to avoid chunked encoding.
    """

    method: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    content: ExternalBody | None = None
    retry_mode: RetryMode = "idempotent"

    def __post_init__(self) -> None:
        object.__setattr__(self, "method", self.method.upper())
        validate_external_url(self.url)  # checked, but sent as given: a signed URL must not be re-encoded
        if self.retry_mode not in ("idempotent", "create", "unsafe"):
            raise LateValidationError(f"unknown retry_mode {self.retry_mode!r}", param="retry_mode")

    def body(self) -> bytes | Iterable[bytes] | AsyncIterable[bytes] | None:
        """The body for one attempt (a new stream from the factory each time)."""
        return self.content() if callable(self.content) else self.content


def new_idempotency_key() -> str:
    """A fresh key for one logical create call (a UUID4, well under the API's 255-character limit)."""
    return str(uuid.uuid4())


#: The API's limit on an ``Idempotency-Key`` (the spec: ``maxLength: 255``).
MAX_IDEMPOTENCY_KEY_LENGTH: Final = 255
#: Visible ASCII (RFC 9110 ``VCHAR``): what a header value can carry unchanged by every hop.
_VISIBLE_ASCII = re.compile(r"[\x21-\x7e]+")


def check_idempotency_key(key: object, param: str = "idempotency_key") -> str:
    """``key`` if it can be sent as an ``Idempotency-Key``: 1 to 255 visible ASCII characters.

    Anything else (spaces, tabs, CR/LF, DEL, non-ASCII) is a ``LateValidationError`` naming ``param``,
    raised before any request: such a key would be refused by httpx, sent raw, or changed on the way.
    """
    if not isinstance(key, str):
        raise LateValidationError(f"{param} must be a string, got {type(key).__name__}", param=param)
    if not 1 <= len(key) <= MAX_IDEMPOTENCY_KEY_LENGTH:
        raise LateValidationError(
            f"{param} must be 1 to {MAX_IDEMPOTENCY_KEY_LENGTH} characters, got {len(key)}", param=param
        )
    if not _VISIBLE_ASCII.fullmatch(key):
        raise LateValidationError(
            f"{param} may hold only visible ASCII characters (letters, digits, punctuation; no spaces, "
            "control or non-ASCII characters), such as a UUID",
            param=param,
        )
    return key


def quote_path_param(value: str, param: str) -> str:
    """Percent-encode ``value`` for use as one path segment: ``/``, ``?``, ``#``, ``%`` are all encoded.

    ``"../../v1/accounts"`` becomes ``"..%2F..%2Fv1%2Faccounts"``. Empty, ``"."`` and ``".."`` (which
    would address another endpoint even when encoded) raise ``LateValidationError(param=param)``.
    """
    if not isinstance(value, str):
        raise LateValidationError(f"{param} must be a string, got {type(value).__name__}", param=param)
    if not value.strip():
        raise LateValidationError(f"{param} must not be empty", param=param)
    if value in (".", ".."):
        raise LateValidationError(f"{param} must not be {value!r}", param=param)
    return quote(value, safe="")


#: An empty, "." or ".." segment of a path starting with "/" (one regex search instead of a split).
_BAD_SEGMENT = re.compile(r"/(?:\.{1,2})?(?:/|$)")


def _check_relative_path(url: str) -> None:
    if not url.startswith("/") or url.startswith("//") or "\\" in url or "://" in url:
        raise LateValidationError(f"request path must start with a single '/', got {url!r}", param="url")
    path = url.split("?", 1)[0].split("#", 1)[0]
    if _BAD_SEGMENT.search(path):
        # "..": another endpoint; "": an empty path parameter ("/v1/posts/" would list instead of get)
        raise LateValidationError(
            f"request path must not contain empty, '.' or '..' segments: {url!r}", param="url"
        )
