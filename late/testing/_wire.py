"""A request as every sandbox handler sees it, and the answer it gives back.

These types know nothing of httpx or sockets, so that one sandbox serves two front ends:
:mod:`late.testing._transport` (in process) and :mod:`late.testing._server` (loopback HTTP) both turn
their request into these and send an :class:`Outcome` back their own way.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from late._http import deepjson as _deepjson
from late._http.jsonutil import JSONParseError, loads_safely
from late.testing._util import ApiError, bad_request

__all__ = [
    "MAX_JSON_BODY",
    "SANDBOX_HEADER",
    "Body",
    "BytesBody",
    "Ctx",
    "DigestBody",
    "Outcome",
    "RequestRecord",
    "StreamBody",
    "error_outcome",
    "error_response",
    "json_response",
]

#: Set on every answer the sandbox sends, so a test behind a proxy (Prism) can tell who answered.
SANDBOX_HEADER = "X-Late-Sandbox"
MAX_JSON_BODY = 16 * 1024 * 1024


class Body(Protocol):
    """A request body as the core sees it: read whole (API calls) or hashed as a stream (uploads)."""

    def read(self) -> bytes: ...

    def digest(self) -> tuple[int, str]:
        """Consume the body, returning (size in bytes, sha256 hex), without keeping it in memory."""
        ...


class BytesBody:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self) -> bytes:
        return self._data

    def digest(self) -> tuple[int, str]:
        return len(self._data), hashlib.sha256(self._data).hexdigest()


class StreamBody:
    """A body read lazily from an iterator of chunks."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks: Iterator[bytes] | None = iter(chunks)
        self._data: bytes | None = None

    def read(self) -> bytes:
        if self._data is None:
            self._data = b"".join(self._chunks or ())
            self._chunks = None
        return self._data

    def digest(self) -> tuple[int, str]:
        if self._data is not None:
            return len(self._data), hashlib.sha256(self._data).hexdigest()
        hasher = hashlib.sha256()
        size = 0
        for chunk in self._chunks or ():
            hasher.update(chunk)
            size += len(chunk)
        self._chunks = None
        self._data = b""
        return size, hasher.hexdigest()


class DigestBody:
    """A body already consumed and hashed by the transport (async uploads)."""

    def __init__(self, size: int, sha256: str) -> None:
        self._size = size
        self._sha256 = sha256

    def read(self) -> bytes:
        return b""

    def digest(self) -> tuple[int, str]:
        return self._size, self._sha256


@dataclass(frozen=True)
class RequestRecord:
    """One request the sandbox received.

    ``path`` has the base-URL prefix removed (``/v1/posts``); ``headers`` names are lower-case;
    ``status`` is the status the client received, ``None`` when it got no answer (dropped connection or
    in-process timeout); ``handled`` tells whether the API processed it (its effects happened).
    """

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    status: int | None
    handled: bool


@dataclass
class Outcome:
    """What the transport must do: answer, drop the connection, or (in process) time out."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    drop: bool = False
    timeout: bool = False


@dataclass
class Ctx:
    """One request on its way through the sandbox; routing and auth fill in the fields after ``parts``.

    ``pause`` is where a fault's hold or delay happens: the router calls it before the handler runs,
    except for a handler that must take a lock first (create: its Idempotency-Key).
    """

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: Body
    base: str
    pause: Callable[[], None]
    parts: list[str]
    params: dict[str, str] = field(default_factory=dict)  # the path's parameters: {"postId": ...}
    user_id: str = ""
    api_key: str = ""
    rate_headers: list[tuple[str, str]] = field(default_factory=list)  # the key's X-RateLimit-* headers

    def json(self, *, required: bool = True) -> dict[str, Any]:
        raw = self.body.read()
        if len(raw) > MAX_JSON_BODY:
            raise ApiError(413, "Request body too large", code="payload_too_large")
        if not raw.strip():
            if required:
                raise bad_request("Request body is required (a JSON object)", None, "missing_body")
            return {}
        try:
            data = loads_safely(raw)  # as the SDK reads answers: nesting up to orjson's 1,024 levels
        except JSONParseError:
            raise bad_request("Request body is not valid JSON", None, "invalid_json") from None
        if not isinstance(data, dict):
            raise bad_request("Request body must be a JSON object", None, "invalid_json")
        return data


def json_response(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Outcome:
    try:
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    except RecursionError:  # a post's metadata nested as deep as the SDK sends it
        body = _deepjson.dumps(payload)
    out = [("Content-Type", "application/json; charset=utf-8")]
    out.extend((headers or {}).items())
    return Outcome(status, out, body)


def error_response(err: ApiError) -> Outcome:
    return json_response(err.status, err.envelope(), err.headers)


def error_outcome(status: int, message: str, *, code: str) -> Outcome:
    """An error answer in the API's JSON envelope (for the server's own errors: a malformed request)."""
    return error_response(ApiError(status, message, code=code))
