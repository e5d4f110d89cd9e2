"""One request policy for every call, sync and async: retries, backoff, Retry-After, idempotency, deadline.

:class:`Transport` owns one pooled ``httpx.Client`` and one ``httpx.AsyncClient`` (each created on first
use) and sends :class:`ApiRequest` objects with :meth:`Transport.send` / :meth:`Transport.asend`. Both
return the 2xx ``httpx.Response`` (body already read, size-bounded) or raise the mapped
:class:`~late.client.exceptions.LateAPIError` subclass after retries.

Retry rules (the decision logic lives in ``late/client/_retry.py`` as pure functions):

* Retried: connection errors, timeouts, 408, 409 *with* ``Retry-After`` (``idempotency_conflict``), 429,
  500, 502, 503, 504. Not retried: every other status (501, 520-530 included; see ``RETRY_STATUSES``).
* Per-request mode: ``idempotent`` (GET/PUT/DELETE) and ``create`` (POST with an ``Idempotency-Key``, the
  same key on every attempt) follow the rules above; ``unsafe`` (any other POST) is retried only after
  ``ConnectError``/``ConnectTimeout``/``PoolTimeout``, when the request provably never reached the server,
  and after a 429, which turned it away unrun.
* Delay: ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date) when sent; a wait longer than
  ``max_retry_after`` (60 s) fails the call at once with the mapped error (``.retry_after`` set) instead
  of sleeping for minutes. Otherwise ``0.5 s * 2**n`` capped at 8 s, with full jitter.
* Pacing: before each attempt the client's :class:`~late.client._ratelimit.RateLimiter` (one per
  transport) may make it wait for a free slot of the API's rate limit, learned from the
  ``X-RateLimit-*`` headers of earlier answers (never longer than ``max_retry_after``; a wait past the
  deadline fails the call at once). Requests to other hosts are not paced.
* ``deadline`` bounds all attempts, sleeps and body reads together (default ``DEFAULT_DEADLINE``, 300 s,
  so a trickled answer ends); each attempt's timeout is clamped to what is left, and running out raises
  ``LateTimeoutError`` naming the deadline.
* A create whose attempt may have been carried out (``_retry.may_have_run``) ends with an error saying
  so and naming its ``Idempotency-Key`` (``.idempotency_key``), whatever the last attempt got.
* Bodies: decoded bytes are counted as they arrive, compressed ones inflated in bounded pieces, and a
  connection whose answer cannot be trusted is closed, not pooled (``_body``). Clients are built under
  one proxy rule for the API and the storage host, and httpx transports that do not verify TLS are
  refused (``_netconfig``).

Libraries evaluated (and why this is hand-written, ~150 lines of policy, no new dependency):

* ``httpx-retries`` (0.6): an httpx transport wrapper, so it sees methods, not our per-request modes
  (a ``create`` POST and an ``unsafe`` POST look the same); it clamps a long ``Retry-After`` to
  ``max_backoff_wait`` and sleeps instead of failing; no per-call deadline that fails with a clear error;
  ``time.sleep``/``asyncio.sleep`` are hard-wired (tests would need monkeypatching); the connect-vs-read
  distinction for unsafe POSTs is not expressible.
* ``tenacity`` (9.x): a good general engine (sync + async, injectable sleep, ``stop_after_delay``), but
  it retries *exceptions*, so every retryable response must be raised and unwrapped again; the deadline
  stop is checked after the sleep (it does not refuse a sleep that would overrun); and it would add a
  runtime dependency for what is one ``while`` loop over a pure decision function.
* ``stamina`` (26.x, on tenacity): the nicest API (backoff hooks may return a ``Retry-After`` float, so a
  hook returning ``False`` above the cap would work) but two extra dependencies, additive rather than full
  jitter, a process-global testing switch instead of per-instance injectable sleep/clock, and the same
  exception-only model.

None satisfies per-request idempotency modes, fail-fast above the ``Retry-After`` cap, a deadline that
fails with ``LateTimeoutError``, and one policy for sync and async without a new runtime dependency.

Logging: ``logging.getLogger("late")`` gets one DEBUG line per attempt (method, URL, status, attempt,
elapsed) and per retry; never headers, never the key. ``LATE_LOG=debug`` in the environment attaches a
stderr handler to that logger (once per process, when the first Transport is built).
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import math
import os
import random
import re
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType, TracebackType
from typing import Any, Final, Self, TypeVar
from urllib.parse import quote

import httpx

from . import _body, _deepjson, _netconfig
from ._jsonutil import BODY_PREVIEW_CHARS, JSONParseError, loads_safely, truncate_text
from ._ratelimit import RateLimiter, notify_wait
from ._retry import Decision, RetryMode, RetryPolicy, may_have_run
from .exceptions import (
    LateAPIError,
    LateAuthenticationError,
    LateClientClosedError,
    LateConnectionError,
    LateTimeoutError,
    LateValidationError,
    error_class_for_status,
    error_from_response,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_TIMEOUT",
    "ApiRequest",
    "ExternalRequest",
    "RequestOptions",
    "RetryMode",
    "RetryPolicy",
    "Transport",
    "check_idempotency_key",
    "decode_json",
    "new_idempotency_key",
    "quote_path_param",
]

logger = logging.getLogger("late")

DEFAULT_BASE_URL: Final = "https://getlate.dev/api"
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
#: Largest response body the SDK will read (decoded bytes). Bigger bodies fail with LateAPIError.
DEFAULT_MAX_BODY_BYTES: Final = 50 * 1024 * 1024
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_MAX_RETRY_AFTER: Final = 60.0
#: Seconds a whole call may take by default, every attempt, sleep and body read included, so that an
#: answer trickled a byte at a time still ends. Three 30 s attempts with two 60 s Retry-After waits fit.
DEFAULT_DEADLINE: Final = 300.0
#: A storage upload's default deadline grows by one second per this many bytes of the file.
UPLOAD_DEADLINE_BYTES_PER_SECOND: Final = 100 * 1024

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_KWARGS_KEYS = frozenset({"method", "url", "params", "json", "headers", "files", "content", "data"})
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost"})
_C = TypeVar("_C", httpx.Client, httpx.AsyncClient)


# --------------------------------------------------------------------------------------------------------
# Requests and options
# --------------------------------------------------------------------------------------------------------


def _is_unset(value: object) -> bool:
    """None, or the generated client's ``UNSET`` sentinel (class ``Unset``, falsy)."""
    return value is None or type(value).__name__ == "Unset"


_NO_PARAMS: Final[Mapping[str, Any]] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """One API call, independent of sync/async: what to send and how it may be retried.

    ``url`` is a path relative to the transport's ``base_url`` (``"/v1/posts/abc"``); absolute URLs,
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
        # Copies (a caller's dict must not change the request later), without None/UNSET values.
        object.__setattr__(self, "params", {k: v for k, v in self.params.items() if not _is_unset(v)})
        if self.headers:
            object.__setattr__(self, "headers", {k: v for k, v in self.headers.items() if not _is_unset(v)})
        if self.retry_mode not in ("idempotent", "create", "unsafe"):
            raise LateValidationError(f"unknown retry_mode {self.retry_mode!r}", param="retry_mode")

    @classmethod
    def from_kwargs(cls, kwargs: Mapping[str, Any], *, retry_mode: RetryMode | None = None) -> ApiRequest:
        """Build from a generated endpoint's ``_get_kwargs(...)`` dict (method/url/params/json/headers/...).

        ``None``/``UNSET`` params and headers are dropped. Without ``retry_mode``: GET/PUT/DELETE are
        ``idempotent``; a POST/PATCH is ``create`` when it carries an ``Idempotency-Key``, else ``unsafe``.
        """
        if not kwargs.keys() <= _KWARGS_KEYS:
            unknown = sorted(set(kwargs) - _KWARGS_KEYS)
            raise TypeError(f"ApiRequest.from_kwargs: unexpected keys {unknown}")
        method = str(kwargs["method"]).upper()
        raw_headers = kwargs.get("headers")
        headers = {str(k): str(v) for k, v in raw_headers.items() if not _is_unset(v)} if raw_headers else {}
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
            None if _is_unset(body) else body,
            None if _is_unset(content) else content,
            kwargs.get("files"),
            kwargs.get("data"),
            headers,
            retry_mode,
        )


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call overrides. ``None`` means "use the transport's setting".

    ``deadline`` (seconds) bounds the whole call: every attempt and every sleep between attempts.
    ``idempotency_key`` overrides the request's ``Idempotency-Key`` (kept the same on every attempt).
    """

    max_retries: int | None = None
    timeout: float | httpx.Timeout | None = None
    deadline: float | None = None
    idempotency_key: str | None = None
    extra_headers: Mapping[str, str] | None = None


_NO_OPTIONS: Final = RequestOptions()

#: A request body for :class:`ExternalRequest`: bytes, or a factory giving a fresh body for each attempt.
ExternalBody = bytes | Callable[[], Iterable[bytes] | AsyncIterable[bytes]]


@dataclass(frozen=True, slots=True)
class ExternalRequest:
    """A request to a host other than the API, e.g. the PUT of a file to a presigned storage URL.

    Sent by :meth:`Transport.send_external`/:meth:`Transport.asend_external` with the API calls' retry
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
        _validate_external_url(self.url)  # checked, but sent as given: a signed URL must not be re-encoded
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


# --------------------------------------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------------------------------------


def decode_json(response: httpx.Response, *, max_bytes: int = DEFAULT_MAX_BODY_BYTES) -> Any:
    """The response body as JSON, or a clean ``LateAPIError`` carrying the raw (truncated) body.

    Never lets ``JSONDecodeError``, ``RecursionError`` or ``UnicodeDecodeError`` escape. A 204 or an
    empty body decodes to ``None``.
    """
    raw = response.content
    if len(raw) > max_bytes:
        raise _body_error(
            response, f"Response body of {len(raw)} bytes exceeds the {max_bytes}-byte limit", raw
        )
    if not raw.strip():
        return None
    try:
        return loads_safely(raw)
    except JSONParseError as exc:
        raise _body_error(response, f"Could not decode the response from the API: {exc}", raw) from None


def _body_error(response: httpx.Response, message: str, raw: bytes) -> LateAPIError:
    cls = LateAPIError if response.is_success else error_class_for_status(response.status_code)
    preview = raw[: BODY_PREVIEW_CHARS * 4].decode(response.encoding or "utf-8", errors="replace")
    return cls(
        message,
        status_code=response.status_code,
        body=truncate_text(preview, BODY_PREVIEW_CHARS),
        headers=response.headers,
        request_id=response.headers.get("x-request-id") or None,
    )


#: A Content-Length as h11 reads it: ASCII digits only (str.isdigit also takes other scripts' digits).
_DECIMAL = re.compile(r"[0-9]+")


class _BodyTooLarge(Exception):
    def __init__(self, size: int, preview: bytes) -> None:
        super().__init__(size)
        self.size = size
        self.preview = preview


class _BodyReader:
    """Reads a streamed response's body, counting decoded bytes as they arrive, up to ``limit``
    (shared by sync and async).

    Whatever ``Content-Length``, ``Transfer-Encoding`` or ``Content-Encoding`` say, no more than
    ``limit`` decoded bytes (and as many on the wire) are ever held: a compressed body is inflated in
    bounded pieces (:class:`late.client._body.Decoding`), and reading stops at the first piece past
    the limit. The one exception is :attr:`framed`, where httpcore itself reads no more than a
    ``Content-Length`` within the limit.
    """

    def __init__(
        self,
        response: httpx.Response,
        limit: int,
        *,
        deadline_at: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.response = response
        self.stream = response.stream  # as the transport made it, before bound() wraps it
        self.limit = limit
        # A server trickling its body a byte at a time must not hold a call past its deadline: each
        # chunk read is bounded by the read timeout, and the deadline is checked between chunks.
        self.deadline_at = deadline_at
        self.clock = clock
        self.chunks: list[bytes] = []
        self.size = 0  # decoded bytes so far
        self.raw_size = 0  # bytes on the wire so far (decoding path)
        self.head = b""  # the start of the body, for an error's preview
        headers = response.headers
        declared = headers.get("content-length", "")
        coding = headers.get("content-encoding")
        if response.is_stream_consumed:  # built in process with its body (decoded by httpx): just measure
            coding, declared = None, ""
        decoding = _body.Decoding(coding) if coding else None  # too many codings: httpx.DecodingError
        self.decoding = None if decoding is None or decoding.identity else decoding
        has_length = _DECIMAL.fullmatch(declared) is not None
        chunked = "transfer-encoding" in headers
        #: Both a length and a Transfer-Encoding (RFC 9112 6.3): the connection is not reused.
        self.framing_conflict = chunked and declared != ""
        # A body announced as too large is refused at its first chunk, read only for the error's preview.
        self.declared_too_large: int | None = None
        if has_length and int(declared) > limit and self.decoding is None:
            self.declared_too_large = int(declared)
        #: Whether the body can be read in one go by a bounded stream (:meth:`bound`): its bytes on the
        #: wire are its content (nothing to decode) and it was not announced as too large.
        self.one_read = self.declared_too_large is None and self.decoding is None
        #: Nothing to count while reading: httpcore's HTTP/1.1 framing reads exactly the declared
        #: length, which is within the limit, and there is no deadline to check between chunks. Not
        #: with a Transfer-Encoding, which h11 frames by instead of the length. Only a response that
        #: came over HTTP/1.1 qualifies (a mock, WSGI or custom transport may send more than declared).
        self.framed = (
            self.one_read
            and deadline_at is None
            and has_length
            and not chunked
            and response.extensions.get("http_version") == b"HTTP/1.1"
        )

    def bound(self) -> None:
        """Make ``response.read()`` count what it reads: past ``limit``, ``_BodyTooLarge``."""
        if self.framed:
            return
        stream = self.response.stream
        assert isinstance(stream, httpx.SyncByteStream)
        self.response.stream = _BoundedStream(stream, self)

    def abound(self) -> None:
        """Make ``await response.aread()`` count what it reads: past ``limit``, ``_BodyTooLarge``."""
        if self.framed:
            return
        stream = self.response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        self.response.stream = _AsyncBoundedStream(stream, self)

    def check_read(self) -> httpx.Response:
        """The response after ``read()``: a body handed over already read (an in-process transport's
        ``httpx.Response(content=...)``) did not pass through the bounded stream, so it is measured here.
        """
        body = self.response.content
        if len(body) > self.limit:
            raise _BodyTooLarge(len(body), body[: BODY_PREVIEW_CHARS * 4])
        return self.response

    def _check_deadline(self) -> None:
        if self.deadline_at is not None and self.clock() > self.deadline_at:
            raise httpx.ReadTimeout("the call's deadline passed while the response body was being read")

    def _keep_head(self, chunk: bytes) -> None:
        wanted = BODY_PREVIEW_CHARS * 4 - len(self.head)
        if wanted > 0:
            self.head += chunk[:wanted]

    def _too_large(self, size: int, chunk: bytes) -> _BodyTooLarge:
        self._keep_head(chunk)
        return _BodyTooLarge(size, self.head)

    def count(self, chunk: bytes) -> None:
        """Count a chunk read through the bounded stream; keep the start of the body for a preview."""
        self._check_deadline()
        self.size += len(chunk)
        if self.size > self.limit:
            raise self._too_large(self.size, chunk)
        self._keep_head(chunk)

    def feed(self, raw: bytes) -> None:
        """Take a chunk as it came off the wire (``iter_raw``): decode it piece by piece, and count."""
        self._check_deadline()
        if self.decoding is None:
            self._take(raw)
            return
        self.raw_size += len(raw)
        if self.raw_size > self.limit:
            raise self._too_large(self.raw_size, b"")
        for piece in self.decoding.decode(raw):
            self._take(piece)

    def _take(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.declared_too_large is not None or self.size > self.limit:
            raise self._too_large(self.declared_too_large or self.size, chunk)
        self._keep_head(chunk)
        self.chunks.append(chunk)
        if self.decoding is not None:
            self._check_deadline()  # inflating a bomb to the limit takes time too

    def result(self) -> httpx.Response:
        """The response, its body read and within the limit (``_BodyTooLarge`` otherwise)."""
        return self.check_read() if self.one_read else self.finish()

    def finish(self) -> httpx.Response:
        """An equivalent, fully read response. The body is decoded, so ``Content-Encoding`` is dropped."""
        if self.declared_too_large is not None:  # announced too large, but no body came
            raise _BodyTooLarge(self.declared_too_large, b"")
        if self.decoding is not None:
            for piece in self.decoding.end():
                self._take(piece)
        old = self.response
        body = b"".join(self.chunks)
        self.chunks = []
        headers = old.headers.copy()
        if "content-encoding" in headers:
            del headers["content-encoding"]
            headers["content-length"] = str(len(body))
        new = httpx.Response(
            old.status_code,
            headers=headers,
            content=body,
            request=old.request,
            extensions=old.extensions,
            default_encoding=old.default_encoding,
        )
        with contextlib.suppress(RuntimeError):  # a response built in-process may have no elapsed time
            new.elapsed = old.elapsed
        return new

    def untrusted(self) -> bool:
        """Whether the connection this answer came on must be closed, not pooled (see ``_body``)."""
        reason = _body.untrusted(self.stream, framing_conflict=self.framing_conflict)
        if reason is not None:
            logger.debug("not reusing the connection of %s: %s", self.response.request.url, reason)
        return reason is not None


class _BoundedStream(httpx.SyncByteStream):
    """A response's stream that counts its bytes through a :class:`_BodyReader` (the size bound)."""

    def __init__(self, stream: httpx.SyncByteStream, reader: _BodyReader) -> None:
        self._stream = stream
        self._reader = reader

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._reader.count(chunk)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncBoundedStream(httpx.AsyncByteStream):
    """The async :class:`_BoundedStream`."""

    def __init__(self, stream: httpx.AsyncByteStream, reader: _BodyReader) -> None:
        self._stream = stream
        self._reader = reader

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._reader.count(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


# --------------------------------------------------------------------------------------------------------
# The transport
# --------------------------------------------------------------------------------------------------------


class _Secret:
    """Holds the API key; its repr never shows it (debuggers, ``vars()``, tracebacks with locals)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__


_log_setup_lock = threading.Lock()
_log_setup_done = False


def _configure_logging_from_env() -> None:
    """``LATE_LOG=debug`` (or info/warning/error) attaches one stderr handler to the "late" logger."""
    global _log_setup_done
    with _log_setup_lock:
        if _log_setup_done:
            return
        _log_setup_done = True
        level_name = os.environ.get("LATE_LOG", "").strip().upper()
        level = logging.getLevelNamesMapping().get(level_name)
        if level is None:
            return
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


def _validate_base_url(base_url: str | httpx.URL) -> httpx.URL:
    try:
        url = httpx.URL(str(base_url))
    except (httpx.InvalidURL, TypeError, ValueError):
        raise LateValidationError(
            f"base_url is not a valid URL: {str(base_url)!r}", param="base_url"
        ) from None
    if url.userinfo:
        raise LateValidationError("base_url must not contain credentials", param="base_url")
    if not url.host:
        raise LateValidationError(f"base_url has no host: {str(url)!r}", param="base_url")
    if url.scheme == "https":
        return url
    if url.scheme == "http" and _is_loopback(url.host):
        return url
    raise LateValidationError(
        f"base_url must use https (plain http is only allowed for loopback hosts): {str(url)!r}",
        param="base_url",
    )


def _validate_external_url(url: str | httpx.URL) -> httpx.URL:
    try:
        parsed = httpx.URL(str(url))
    except (httpx.InvalidURL, TypeError, ValueError):
        raise LateValidationError("external URL is not a valid URL", param="url") from None
    if parsed.userinfo:
        raise LateValidationError("external URL must not contain credentials", param="url")
    if not parsed.host:
        raise LateValidationError("external URL has no host", param="url")
    if parsed.scheme == "https" or (parsed.scheme == "http" and _is_loopback(parsed.host)):
        return parsed
    raise LateValidationError(
        f"external URL must use https (plain http only for loopback hosts), not {parsed.scheme!r}",
        param="url",
    )


def _loggable_url(url: httpx.URL) -> str:
    """The URL without its query: a presigned URL's query is a (short-lived) credential."""
    return str(url.copy_with(query=None, fragment=None))


class _SignedUrls(logging.Filter):
    """Keeps presigned URLs' queries out of httpx's own INFO line ("HTTP Request: PUT <url> ...").

    Only the URLs of storage requests in flight are rewritten; the user's other httpx logging is
    left as it is.
    """

    def __init__(self) -> None:
        super().__init__()
        self.in_flight: set[str] = set()

    @contextlib.contextmanager
    def hiding(self, url: str) -> Iterator[None]:
        key = str(httpx.URL(url))
        self.in_flight.add(key)
        try:
            yield
        finally:
            self.in_flight.discard(key)

    def filter(self, record: logging.LogRecord) -> bool:
        if self.in_flight and isinstance(record.args, tuple):
            record.args = tuple(
                _loggable_url(arg) if isinstance(arg, httpx.URL) and str(arg) in self.in_flight else arg
                for arg in record.args
            )
        return True


_SIGNED_URLS = _SignedUrls()
logging.getLogger("httpx").addFilter(_SIGNED_URLS)


def _is_loopback(host: str) -> bool:
    host = host.lower().strip("[]")
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _as_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise LateValidationError(
            f"timeout must be a positive number of seconds, got {value!r}", param="timeout"
        )
    return httpx.Timeout(float(value))


def _clamp_timeout(timeout: httpx.Timeout, remaining: float | None) -> httpx.Timeout:
    if remaining is None:
        return timeout

    def clamp(v: float | None) -> float:
        return remaining if v is None else min(v, remaining)

    return httpx.Timeout(
        connect=clamp(timeout.connect),
        read=clamp(timeout.read),
        write=clamp(timeout.write),
        pool=clamp(timeout.pool),
    )


def _longest_wait(timeout: httpx.Timeout) -> float:
    """The longest any one phase of an attempt may wait under ``timeout`` (inf if one is unbounded)."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return math.inf if None in phases else max(p for p in phases if p is not None)


def _as_deadline(value: object, param: str = "deadline") -> float | None:
    """A deadline in seconds (> 0; ``math.inf`` for none), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise LateValidationError(f"{param} must be > 0 seconds, got {value!r}", param=param)
    return float(value)


def _upload_allowance(request: ExternalRequest) -> float:
    """Seconds added to the default deadline of a storage upload: its length at the slowest rate allowed."""
    length = next((v for k, v in request.headers.items() if k.lower() == "content-length"), "")
    return int(length) / UPLOAD_DEADLINE_BYTES_PER_SECOND if _DECIMAL.fullmatch(length) else 0.0


def _check_max_retries(value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise LateValidationError(f"max_retries must be an int >= 0, got {value!r}", param="max_retries")


def _sdk_user_agent() -> str:
    try:
        from importlib.metadata import version

        ver = version("late-python")
    except Exception:
        ver = "unknown"
    return f"late-python/{ver} httpx/{httpx.__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"


class Transport:
    """The HTTP machinery shared by every call. Thread-safe for sync use; one event loop for async use.

    Args:
        base_url: API root; ``https`` required unless the host is loopback (127.0.0.0/8, ::1, localhost).
        api_key: sent as ``Authorization: Bearer <key>`` only to ``base_url``'s origin; never logged/shown.
        max_retries: retries after the first attempt (default 2, so up to 3 attempts).
        timeout: seconds or an ``httpx.Timeout`` (default 30 s, 10 s to connect).
        transport: an httpx transport used for the sync client if it is a ``BaseTransport`` and for the
            async client if it is an ``AsyncBaseTransport`` (``httpx.MockTransport`` and the sandbox
            are both).
        max_retry_after: the longest ``Retry-After`` the SDK will sleep for; longer fails at once.
        default_headers: extra headers on every request (cannot override ``Authorization``).
        max_body_bytes: the largest response body read (decoded); bigger fails with ``LateAPIError``.
        deadline: seconds a whole call may take unless the call says otherwise (default 300; None: no
            limit). A storage upload's default adds one second per 100 KiB of the file.
        sleep / asleep / clock / rand / wall_clock: injectable for tests (``time.sleep``, ``asyncio.sleep``,
            ``time.monotonic``, ``random.random``, ``time.time``).

    TLS verification is always on: there is deliberately no ``verify`` argument, and one of httpx's own
    transports with verification off is refused (``LateValidationError``, ``param="transport"``). What
    another custom transport does is its author's responsibility.
    """

    def __init__(
        self,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        api_key: str | None = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        default_headers: Mapping[str, str] | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
        sleep: Callable[[float], None] = time.sleep,
        asleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        _configure_logging_from_env()
        self.base_url = _validate_base_url(base_url)
        if not api_key or not isinstance(api_key, str):
            raise LateAuthenticationError(
                "No API key: pass api_key=... or set the LATE_API_KEY environment variable"
            )
        if api_key != api_key.strip() or not api_key.isascii() or not api_key.isprintable():
            raise LateValidationError(
                "api_key contains whitespace, control or non-ASCII characters", param="api_key"
            )
        self._api_key = _Secret(api_key)
        _check_max_retries(max_retries)
        if not max_retry_after >= 0:
            raise LateValidationError("max_retry_after must be >= 0", param="max_retry_after")
        if max_body_bytes <= 0:
            raise LateValidationError("max_body_bytes must be > 0", param="max_body_bytes")
        self.max_retries = max_retries
        self.timeout = _as_timeout(timeout)
        self._longest_wait = _longest_wait(self.timeout)
        deadline = _as_deadline(deadline)
        self.deadline = None if deadline == math.inf else deadline
        self.policy = RetryPolicy(max_retries=max_retries, max_retry_after=float(max_retry_after))
        self.max_body_bytes = max_body_bytes
        _netconfig.check_verifies(transport)
        self._transport = transport
        self._headers = {
            "User-Agent": _sdk_user_agent(),
            "Accept": "application/json",
            "Accept-Encoding": _body.ACCEPT_ENCODING,  # the codings decoded within the body limit
            **{k: v for k, v in (default_headers or {}).items() if k.lower() != "authorization"},
        }
        self._sleep = sleep
        self._asleep = asleep or _asyncio_sleep
        self._clock = clock
        self._rand = rand
        self._wall_clock = wall_clock
        #: Paces requests by the API's X-RateLimit-* headers (late/client/_ratelimit.py); one per client.
        self.limiter = RateLimiter(clock, wall_clock)
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self._aclient: httpx.AsyncClient | None = None
        self._external: dict[bool, httpx.Client] = {}  # by "the host is loopback" (never proxied)
        self._aexternal: dict[bool, httpx.AsyncClient] = {}
        self._aloop: object = None  # the event loop the async pools belong to
        self._closed = False

    def redact(self, err: LateAPIError) -> LateAPIError:
        """``err`` with this client's key scrubbed out (for errors raised above the transport)."""
        err.redact(self._api_key.get())
        return err

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, api_key='***', "
            f"max_retries={self.max_retries}, timeout={self.timeout!r})"
        )

    # ---- clients --------------------------------------------------------------------------------------

    def _build(self, cls: type[_C], *, api: bool, host: str) -> _C:
        """A new pooled client: the API's (base URL, headers) or a storage one (neither), both under one
        proxy rule: the environment's proxies, except for loopback hosts (see ``_netconfig``)."""
        is_async = issubclass(cls, httpx.AsyncClient)
        given: Any = self._transport
        if not isinstance(given, httpx.AsyncBaseTransport if is_async else httpx.BaseTransport):
            given = None
        direct = _is_loopback(host)
        extra: dict[str, Any] = (
            {"base_url": self.base_url, "headers": self._headers}
            if api
            else {"headers": {"Accept-Encoding": _body.ACCEPT_ENCODING}}  # the codings bounded when read
        )

        def factory() -> _C:
            transport: Any = given or (_netconfig.direct_transport(is_async) if direct else None)
            return cls(
                transport=transport,
                timeout=self.timeout,
                follow_redirects=False,  # a redirect must never carry the key anywhere
                trust_env=True,
                **extra,
            )

        return _netconfig.build_client(factory, proxied=given is None and not direct)

    def _sync_client(self) -> httpx.Client:
        if self._closed:
            raise LateClientClosedError
        with self._lock:
            if self._client is None:
                self._client = self._build(httpx.Client, api=True, host=self.base_url.host)
            return self._client

    def _follow_event_loop(self) -> None:
        """Drop async pools made on another event loop (caller holds the lock).

        An httpx.AsyncClient belongs to the loop it first ran on; a program that calls
        ``asyncio.run`` once per job with one client would otherwise get "Event loop is closed"
        from the second job on. The old pools' loop is gone or not running here, so their
        connections cannot be closed from this loop; they are dropped.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        if self._aloop is not loop:
            self._aclient = None
            self._aexternal = {}
            self._aloop = loop

    def _async_client(self) -> httpx.AsyncClient:
        if self._closed:
            raise LateClientClosedError
        with self._lock:
            self._follow_event_loop()
            if self._aclient is None:
                self._aclient = self._build(httpx.AsyncClient, api=True, host=self.base_url.host)
            return self._aclient

    def _external_client(self, url: str) -> httpx.Client:
        """The client for :class:`ExternalRequest`: no base URL, no default headers, never the key.
        One for loopback hosts (never proxied) and one for the others."""
        if self._closed:
            raise LateClientClosedError
        host = httpx.URL(url).host
        with self._lock:
            direct = _is_loopback(host)
            if direct not in self._external:
                self._external[direct] = self._build(httpx.Client, api=False, host=host)
            return self._external[direct]

    def _async_external_client(self, url: str) -> httpx.AsyncClient:
        if self._closed:
            raise LateClientClosedError
        host = httpx.URL(url).host
        with self._lock:
            self._follow_event_loop()
            direct = _is_loopback(host)
            if direct not in self._aexternal:
                self._aexternal[direct] = self._build(httpx.AsyncClient, api=False, host=host)
            return self._aexternal[direct]

    def close(self) -> None:
        """Close the sync connection pools. Async code closes its pools with :meth:`aclose` (or
        ``async with``), on the loop they belong to."""
        self._closed = True
        with self._lock:
            client, self._client = self._client, None
            external, self._external = self._external, {}
        for sync_client in (client, *external.values()):
            if sync_client is not None:
                sync_client.close()

    async def aclose(self) -> None:
        """Close both connection pools."""
        self.close()
        with self._lock:
            aclient, self._aclient = self._aclient, None
            aexternal, self._aexternal = self._aexternal, {}
        for async_client in (aclient, *aexternal.values()):
            if async_client is not None:
                await async_client.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # ---- sending: two tiny loops over one _Call ---------------------------------------------------------

    def send(self, request: ApiRequest, options: RequestOptions | None = None) -> httpx.Response:
        """Send with retries; the 2xx response (body read) or the mapped ``LateAPIError``."""
        return self._send(self._sync_client(), _Call(self, request, options))

    async def asend(self, request: ApiRequest, options: RequestOptions | None = None) -> httpx.Response:
        """Async :meth:`send`: the same policy, the same ``_Call``."""
        return await self._asend(self._async_client(), _Call(self, request, options))

    def send_external(
        self, request: ExternalRequest, options: RequestOptions | None = None
    ) -> httpx.Response:
        """:meth:`send` to another host (see :class:`ExternalRequest`): no key, no API headers."""
        with _SIGNED_URLS.hiding(request.url):
            return self._send(self._external_client(request.url), _Call(self, request, options))

    async def asend_external(
        self, request: ExternalRequest, options: RequestOptions | None = None
    ) -> httpx.Response:
        """Async :meth:`send_external`."""
        with _SIGNED_URLS.hiding(request.url):
            return await self._asend(self._async_external_client(request.url), _Call(self, request, options))

    def _send(self, client: httpx.Client, call: _Call) -> httpx.Response:
        while True:
            while wait := call.pace():  # the API's rate limit is used up: wait for a slot before sending
                self._sleep(wait)
            http_request = call.next_request(client)
            try:
                response = client.send(http_request, stream=True)
                call.saw(response)
                try:
                    reader = call.body_reader(response)
                    if reader.one_read:  # the common case: no decoding, so no rebuilt response
                        reader.bound()
                        response.read()
                    else:
                        for chunk in response.iter_raw():
                            reader.feed(chunk)
                    outcome: httpx.Response | httpx.HTTPError = reader.result()
                    if reader.untrusted():
                        _body.close_connection(response)
                finally:
                    response.close()
            except httpx.HTTPError as exc:
                outcome = exc
            except _BodyTooLarge as exc:
                raise call.too_large(response, exc) from None
            step = call.after(outcome)
            if isinstance(step, httpx.Response):
                return step
            self._sleep(step)

    async def _asend(self, client: httpx.AsyncClient, call: _Call) -> httpx.Response:
        while True:
            while wait := call.pace():
                await self._asleep(wait)
            http_request = call.next_request(client)
            try:
                response = await client.send(http_request, stream=True)
                call.saw(response)
                try:
                    reader = call.body_reader(response)
                    if reader.one_read:
                        reader.abound()
                        await response.aread()
                    else:
                        async for chunk in response.aiter_raw():
                            reader.feed(chunk)
                    outcome: httpx.Response | httpx.HTTPError = reader.result()
                    if reader.untrusted():
                        await _body.aclose_connection(response)
                finally:
                    await response.aclose()
            except httpx.HTTPError as exc:
                outcome = exc
            except _BodyTooLarge as exc:
                raise call.too_large(response, exc) from None
            step = call.after(outcome)
            if isinstance(step, httpx.Response):
                return step
            await self._asleep(step)


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use: sync programs never pay for importing asyncio."""
    import asyncio

    await asyncio.sleep(seconds)


def _redact_request(exc: httpx.HTTPError) -> None:
    """Blank the key in the httpx request an exception keeps: error reporters dump such objects."""
    try:
        request = exc.request
    except RuntimeError:  # an httpx error raised before a request was attached
        return
    if "authorization" in request.headers:
        request.headers["Authorization"] = "[REDACTED]"


class _Call:
    """The state of one logical call: headers (idempotency key) fixed once, attempts, time budget.

    All decisions are here or in :class:`RetryPolicy`; :meth:`Transport.send`/``asend`` only do I/O.
    """

    def __init__(
        self, transport: Transport, request: ApiRequest | ExternalRequest, options: RequestOptions | None
    ) -> None:
        opts = options or _NO_OPTIONS
        self.t = transport
        self.request = request
        self.max_retries = transport.max_retries if opts.max_retries is None else opts.max_retries
        _check_max_retries(self.max_retries)
        self.timeout = transport.timeout if opts.timeout is None else _as_timeout(opts.timeout)
        deadline = transport.deadline if opts.deadline is None else _as_deadline(opts.deadline)
        if opts.deadline is None and deadline is not None and isinstance(request, ExternalRequest):
            deadline += _upload_allowance(request)
        self.deadline = None if deadline == math.inf else deadline
        #: The Idempotency-Key every attempt sends (a create), else None.
        self.idempotency_key: str | None = None
        self.headers = self._headers(request, opts)
        self.start = transport._clock()
        self.attempt = 0
        self._url: httpx.URL | None = None  # the last attempt's URL; see last_url
        self._turned_away = False  # an attempt was answered 429 (an unsafe request is then sent again)
        self._ticket = -1  # this attempt's reservation with the rate limiter (-1: none)
        self._paced = -1  # the attempt count when that reservation was taken (so: for attempt + 1)
        self._waited = 0.0  # seconds this attempt has waited for the rate limit so far
        self._may_have_run = False  # an attempt of a non-idempotent request may have been carried out
        self._deep_body: bytes | None = None  # the JSON body, when json.dumps cannot encode it

    @property
    def last_url(self) -> str:
        """The last attempt's URL as text (an external request's without its query), "" before one.

        Computed when a log line or an error needs it, not on every attempt.
        """
        if self._url is None:
            return ""
        if isinstance(self.request, ExternalRequest):
            return _loggable_url(self._url)
        return str(self._url)

    def _headers(self, request: ApiRequest | ExternalRequest, opts: RequestOptions) -> dict[str, str]:
        if not (request.headers or opts.extra_headers or opts.idempotency_key is not None) and (
            request.retry_mode != "create"
        ):
            return {}  # the common GET: nothing to merge
        headers = {k: v for k, v in request.headers.items() if k.lower() != "authorization"}
        for k, v in (opts.extra_headers or {}).items():
            if k.lower() != "authorization":
                headers = {hk: hv for hk, hv in headers.items() if hk.lower() != k.lower()}
                headers[k] = v
        key = opts.idempotency_key
        existing = next((k for k in headers if k.lower() == "idempotency-key"), None)
        if key is not None:
            if existing is not None:
                del headers[existing]
        elif existing is not None:
            key = headers.pop(existing)
        elif request.retry_mode == "create":
            key = new_idempotency_key()
        if key is not None:
            headers["Idempotency-Key"] = self.idempotency_key = check_idempotency_key(key)
        return headers

    def elapsed(self) -> float:
        return self.t._clock() - self.start

    def pace(self) -> float:
        """Seconds to wait for the API's rate limit before the next attempt (0: send now).

        Never more than ``max_retry_after``; a wait that would pass the deadline raises instead.
        Requests to other hosts (storage uploads) are not counted.
        """
        if isinstance(self.request, ExternalRequest):
            return 0.0
        limiter = self.t.limiter
        if self._paced == self.attempt:  # woken from a wait: is the slot still free?
            wait = limiter.recheck(self._ticket, self.t.policy.max_retry_after - self._waited)
        else:
            wait, self._ticket = limiter.reserve(self.t.policy.max_retry_after)
            self._paced, self._waited = self.attempt, 0.0
        if wait <= 0:
            return 0.0
        self._waited += wait
        if self.deadline is not None and self.elapsed() + wait >= self.deadline:
            limiter.cancel(self._ticket)
            err = LateTimeoutError(
                f"Deadline of {self.deadline:g}s would pass while waiting {wait:.1f}s for the API's rate "
                f"limit before {self.request.method} {self.request.url} "
                + (f"(after {self.attempt} attempt(s))" if self.attempt else "(nothing was sent)")
            )
            raise self.t.redact(err)
        logger.debug(
            "waiting %.2fs for the rate limit before %s %s", wait, self.request.method, self.request.url
        )
        notify_wait(wait)
        return wait

    def saw(self, response: httpx.Response) -> None:
        """Feed an answer's rate-limit headers to the limiter (the body is not read yet)."""
        if self._ticket >= 0:
            self.t.limiter.observe(response.headers, self._ticket, response.status_code)

    def body_reader(self, response: httpx.Response) -> _BodyReader:
        deadline_at = None if self.deadline is None else self.start + self.deadline
        return _BodyReader(response, self.t.max_body_bytes, deadline_at=deadline_at, clock=self.t._clock)

    def next_request(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        self.attempt += 1
        remaining = None if self.deadline is None else self.deadline - self.elapsed()
        if remaining is not None and remaining <= 0:
            raise self._deadline_error(None)
        req = self.request
        if isinstance(req, ExternalRequest):  # another host: a fresh body, never the key
            external = client.build_request(
                req.method,
                req.url,
                content=req.body(),
                headers=self.headers,
                timeout=_clamp_timeout(self.timeout, remaining),
            )
            self._url = external.url
            return external
        _rewind_files(req.files)
        # The key goes in with the other headers (one header encoding per attempt) and comes out again
        # should the URL ever not be the API's origin (a valid ApiRequest path always is).
        deep = self._deep_body
        try:
            http_request = client.build_request(
                req.method,
                req.url,
                params=req.params or None,
                json=req.json if deep is None else None,
                content=req.content if deep is None else deep,
                data=req.data,
                files=req.files,
                headers={**self.headers, "Authorization": f"Bearer {self.t._api_key.get()}"},
                timeout=(
                    httpx.USE_CLIENT_DEFAULT  # the client's own timeout, without building a Timeout again
                    if self.timeout is self.t.timeout
                    and (remaining is None or remaining >= self.t._longest_wait)
                    else _clamp_timeout(self.timeout, remaining)
                ),
            )
        except RecursionError:  # JSON nested deeper than json.dumps recurses: encoded with a stack
            self._deep_body = _deepjson.dumps(req.json)
            self.headers = {**self.headers, "Content-Type": "application/json"}
            self.attempt -= 1
            return self.next_request(client)
        except httpx.InvalidURL as exc:  # e.g. longer than httpx sends (65,536 characters)
            raise LateValidationError(
                f"The request URL cannot be sent ({exc}); an id, cursor or filter is far too long",
                param="url",
            ) from None
        self._url = http_request.url
        if not _same_origin(self._url, self.t.base_url):
            del http_request.headers["Authorization"]
        return http_request

    def after(self, outcome: httpx.Response | httpx.HTTPError) -> httpx.Response | float:
        """The response to return, or seconds to sleep before the next attempt; raises to give up."""
        if self._ticket >= 0:
            self.t.limiter.settle(self._ticket)
        if isinstance(outcome, httpx.Response) and outcome.is_success:  # the policy's first rule
            if logger.isEnabledFor(logging.DEBUG):
                self._log_attempt(outcome.status_code, self.elapsed())
            return outcome
        if self.request.retry_mode != "idempotent" and not self._may_have_run:
            self._may_have_run = may_have_run(outcome)
        elapsed = self.elapsed()
        decision = self.t.policy.decide(
            outcome,
            mode=self.request.retry_mode,
            attempt=self.attempt,
            elapsed=elapsed,
            deadline=self.deadline,
            rand=self.t._rand(),
            max_retries=self.max_retries,
            now=self.t._wall_clock(),
        )
        if logger.isEnabledFor(logging.DEBUG):
            status = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
            self._log_attempt(status, elapsed)
        if decision.retry:
            if isinstance(outcome, httpx.Response) and outcome.status_code == 429:
                self._turned_away = True
                notify_wait(decision.delay)
            logger.debug("retrying %s %s in %.2fs", self.request.method, self.last_url, decision.delay)
            return decision.delay
        if isinstance(outcome, httpx.Response) and decision.reason == "success":
            return outcome
        raise self._final_error(outcome, decision)

    def _log_attempt(self, status: int | str, elapsed: float) -> None:
        logger.debug(
            "%s %s -> %s (attempt %d/%d, %.3fs)",
            self.request.method,
            self.last_url,
            status,
            self.attempt,
            self.max_retries + 1,
            elapsed,
        )

    def _final_error(self, outcome: httpx.Response | httpx.HTTPError, decision: Decision) -> LateAPIError:
        err = self._map(outcome)
        if decision.reason == "deadline":
            return self._deadline_error(err)
        self._say_if_it_may_have_run(err)
        if decision.reason == "retry_after_too_long":
            logger.debug(
                "not retrying %s %s: Retry-After %.0fs exceeds max_retry_after %.0fs",
                self.request.method,
                self.last_url,
                decision.retry_after or 0.0,
                self.t.policy.max_retry_after,
            )
        return err

    def _map(self, outcome: httpx.Response | httpx.HTTPError) -> LateAPIError:
        if isinstance(outcome, httpx.Response):
            err = error_from_response(outcome)
            if outcome.status_code == 404 and self.request.method.upper() == "DELETE" and self.attempt > 1:
                # The first attempt may have deleted it and lost the answer: say so, it changes what to do.
                err.message += " (an earlier attempt of this DELETE got no answer and may have deleted it)"
                err.args = (err.message,)
            elif self._turned_away and self.request.retry_mode == "unsafe" and outcome.is_client_error:
                # 429 should mean "not carried out"; should a server have done the work anyway, this
                # answer is about the repeat, and the caller must know to look before acting on it.
                err.message += (
                    " (an earlier attempt was answered 429 and this request was sent again: had that"
                    " attempt been carried out anyway, this answer is about the repeat)"
                )
                err.args = (err.message,)
        else:
            err = _error_from_exception(outcome, self.request.method, self.last_url, self._peer())
            _redact_request(outcome)
            err.__cause__ = outcome
        err.redact(self.t._api_key.get())
        return err

    def _peer(self) -> str:
        """Who a connection error failed to reach: the API, or the storage host of an external request."""
        if isinstance(self.request, ExternalRequest):
            return f"the storage host {httpx.URL(self.request.url).netloc.decode('ascii')}"
        return "the API"

    def _deadline_error(self, last: LateAPIError | None) -> LateTimeoutError:
        tail = f"; last error: {last}" if last is not None else ""
        attempts = self.attempt - (1 if last is None else 0)
        err = LateTimeoutError(
            f"Deadline of {self.deadline:g}s exceeded after {attempts} attempt(s) "
            f"of {self.request.method} {self.last_url or self.request.url}{tail}"
        )
        if last is not None:
            err.__cause__ = last
        self._say_if_it_may_have_run(err)
        err.redact(self.t._api_key.get())
        return err

    def _say_if_it_may_have_run(self, err: LateAPIError) -> None:
        """Give the final error of a create its key, and say when an attempt may have been carried out.

        A create whose answer was lost may have made the post; a later attempt's 503 or timeout does
        not change that. Its key repeats the call safely (the API replays the original), while a new
        call would make a duplicate. An unsafe request (no key) is not repeated after such an attempt.
        """
        err.idempotency_key = self.idempotency_key
        if not self._may_have_run:
            return
        if self.idempotency_key is not None:
            err.message += (
                " (an attempt may have reached the API and been carried out, so the post may exist:"
                f" repeat the call with idempotency_key={self.idempotency_key!r} to get it back"
                " without making a duplicate)"
            )
        else:
            err.message += (
                " (the request may have reached the API and been carried out: it was not repeated,"
                " so look at the post before trying again)"
            )
        err.args = (err.message,)

    def too_large(self, response: httpx.Response, exc: _BodyTooLarge) -> LateAPIError:
        err = _body_error(
            response,
            f"Response body exceeds the {self.t.max_body_bytes}-byte limit "
            f"({self.request.method} {self.last_url})",
            exc.preview,
        )
        err.redact(self.t._api_key.get())
        return err


def _same_origin(url: httpx.URL, base: httpx.URL) -> bool:
    return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)


def _rewind_files(files: Any) -> None:
    """Seek file objects in a multipart ``files`` spec back to 0 so a retry sends the whole file again."""
    if not files:
        return
    items: Iterable[Any] = files.values() if isinstance(files, Mapping) else files
    for item in items:
        value = item[1] if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) else item
        fileobj = value[1] if isinstance(value, tuple) and len(value) >= 2 else value
        seek = getattr(fileobj, "seek", None)
        seekable = getattr(fileobj, "seekable", None)
        if callable(seek) and (not callable(seekable) or seekable()):
            seek(0)


_TIMEOUT_WHAT: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "Timed out connecting",
    httpx.ReadTimeout: "Timed out waiting for the response",
    httpx.WriteTimeout: "Timed out sending the request",
    httpx.PoolTimeout: "Timed out waiting for a free connection from the pool",
}


def _error_from_exception(exc: httpx.HTTPError, method: str, url: str, peer: str = "the API") -> LateAPIError:
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
