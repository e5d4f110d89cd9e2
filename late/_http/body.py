"""Reading an answer the SDK cannot trust: bounded decoding, and connections that must not be pooled.

Decoding: httpx inflates each compressed chunk whole before anyone can count it, so a 2 KB
``Content-Encoding: gzip, gzip`` bomb becomes gigabytes in one call. :class:`Decoding` inflates with
``zlib``'s ``max_length`` instead: every stage hands on at most :data:`PIECE` bytes at a time, so the
reader counts decoded bytes as they come out and stops decoding as soon as the limit is passed.
Only ``gzip`` and ``deflate`` are decoded (the SDK sends ``Accept-Encoding: gzip, deflate``); other
codings are left as they are, as httpx does for codings it cannot decode.

Pooling: :func:`untrusted` says whether the connection an answer came on must be closed rather than
handed back to the pool: the answer was framed by both ``Content-Length`` and ``Transfer-Encoding``
(RFC 9112 6.3: a message that may be an attempt at request smuggling), or bytes followed the end of the
body (a ``Content-Length`` shorter than what was sent: those bytes would be read as the next call's
answer). :func:`close_connection`/:func:`aclose_connection` close the socket under the response
(httpcore's ``network_stream`` extension); httpcore then drops the connection when the response is
closed instead of keeping it for the next request.
"""

from __future__ import annotations

import contextlib
import re
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any, Final

import httpx

from late._exceptions import LateAPIError
from late._http.errors import error_class_for_status
from late._http.jsonutil import BODY_PREVIEW_CHARS, JSONParseError, loads_safely, truncate_text
from late._http.logs import logger

__all__ = [
    "ACCEPT_ENCODING",
    "DECIMAL",
    "DEFAULT_MAX_BODY_BYTES",
    "MAX_CODINGS",
    "PIECE",
    "BodyReader",
    "BodyTooLarge",
    "Decoding",
    "aclose_connection",
    "body_error",
    "close_connection",
    "decode_json",
    "untrusted",
]

#: What the SDK asks for: the codings :class:`Decoding` can bound.
ACCEPT_ENCODING: Final = "gzip, deflate"
#: Most decoded bytes a stage hands on at once.
PIECE: Final = 64 * 1024
#: More codings than this on one answer is refused (urllib3 stops at 5 as well).
MAX_CODINGS: Final = 5


class _Inflater:
    """One ``gzip``/``deflate`` stage; output in pieces of at most :data:`PIECE` bytes."""

    __slots__ = ("_first", "_raw_fallback", "_z")

    def __init__(self, coding: str) -> None:
        gzip = coding == "gzip"
        self._z = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)
        self._first = True
        self._raw_fallback = not gzip  # deflate is sent both with and without its zlib header

    def decode(self, data: bytes) -> Iterator[bytes]:
        while not self._z.eof:  # after the end of the stream, the rest is ignored (as httpx does)
            try:
                out = self._z.decompress(data, PIECE)
            except zlib.error as exc:
                if self._first and self._raw_fallback:
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._first = False
                    continue
                raise httpx.DecodingError(f"the response body could not be decoded: {exc}") from None
            self._first = False
            data = self._z.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < PIECE:
                return

    def pipe(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            yield from self.decode(piece)

    def pipe_to_end(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        yield from self.pipe(pieces)
        yield from self.decode(b"")  # what zlib still holds: bounded, as all input was offered in pieces


class Decoding:
    """The ``Content-Encoding`` of one answer, undone stage by stage in bounded pieces."""

    __slots__ = ("_stages",)

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        codings = [c for c in codings if c in ("gzip", "deflate")]
        if len(codings) > MAX_CODINGS:
            raise httpx.DecodingError(
                f"the response declares {len(codings)} content codings; at most {MAX_CODINGS} are decoded"
            )
        self._stages = [_Inflater(c) for c in reversed(codings)]  # the last coding applied comes off first

    @property
    def identity(self) -> bool:
        """Nothing to decode: the bytes on the wire are the body."""
        return not self._stages

    def decode(self, raw: bytes) -> Iterator[bytes]:
        """The decoded pieces of ``raw``, made as they are asked for (a consumer that stops, stops them)."""
        pieces: Iterable[bytes] = (raw,)
        for stage in self._stages:
            pieces = stage.pipe(pieces)
        return iter(pieces)

    def end(self) -> Iterator[bytes]:
        """What the stages still hold once the body has ended."""
        pieces: Iterable[bytes] = ()
        for stage in self._stages:
            pieces = stage.pipe_to_end(pieces)
        return iter(pieces)


def _h11_state(stream: Any) -> Any:
    """httpcore's h11 connection under a streamed httpx response (private attributes: None if absent).

    httpx's BoundSyncStream/BoundAsyncStream -> its transport's ResponseStream -> httpcore's
    PoolByteStream -> HTTP11ConnectionByteStream -> HTTP11Connection, which holds the h11 state.
    A custom transport's stream has none of these: nothing to check there.
    """
    try:
        return stream._stream._httpcore_stream._stream._connection._h11_state
    except AttributeError:
        return None


def untrusted(stream: Any, *, framing_conflict: bool) -> str | None:
    """Why the connection of a fully read answer must not be reused, or None.

    ``stream`` is the response's stream as httpx made it (before the SDK wrapped it);
    ``framing_conflict``: the answer had both ``Content-Length`` and ``Transfer-Encoding``.
    """
    if framing_conflict:
        return "the answer had both Content-Length and Transfer-Encoding"
    trailing = getattr(_h11_state(stream), "trailing_data", None)
    if isinstance(trailing, tuple) and trailing and trailing[0]:
        return f"{len(trailing[0])} bytes followed the end of the answer"
    return None


def close_connection(response: httpx.Response) -> None:
    """Close the socket under a response, so httpcore discards its connection instead of pooling it."""
    stream = response.extensions.get("network_stream")
    close = getattr(stream, "close", None)
    if callable(close):
        close()


async def aclose_connection(response: httpx.Response) -> None:
    """The async :func:`close_connection`."""
    stream = response.extensions.get("network_stream")
    aclose = getattr(stream, "aclose", None)
    if callable(aclose):
        await aclose()


#: Largest response body the SDK will read (decoded bytes). Bigger bodies fail with LateAPIError.
DEFAULT_MAX_BODY_BYTES: Final = 50 * 1024 * 1024


def decode_json(response: httpx.Response, *, max_bytes: int = DEFAULT_MAX_BODY_BYTES) -> Any:
    """The response body as JSON, or a clean ``LateAPIError`` carrying the raw (truncated) body.

    Never lets ``JSONDecodeError``, ``RecursionError`` or ``UnicodeDecodeError`` escape. A 204 or an
    empty body decodes to ``None``.
    """
    raw = response.content
    if len(raw) > max_bytes:
        raise body_error(
            response, f"Response body of {len(raw)} bytes exceeds the {max_bytes}-byte limit", raw
        )
    if not raw.strip():
        return None
    try:
        return loads_safely(raw)
    except JSONParseError as exc:
        raise body_error(response, f"Could not decode the response from the API: {exc}", raw) from None


def body_error(response: httpx.Response, message: str, raw: bytes) -> LateAPIError:
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
DECIMAL = re.compile(r"[0-9]+")


class BodyTooLarge(Exception):
    def __init__(self, size: int, preview: bytes) -> None:
        super().__init__(size)
        self.size = size
        self.preview = preview


class BodyReader:
    """Reads a streamed response's body, counting decoded bytes as they arrive, up to ``limit``
    (shared by sync and async).

    Whatever ``Content-Length``, ``Transfer-Encoding`` or ``Content-Encoding`` say, no more than
    ``limit`` decoded bytes (and as many on the wire) are ever held: a compressed body is inflated in
    bounded pieces (:class:`Decoding`), and reading stops at the first piece past
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
        decoding = Decoding(coding) if coding else None  # too many codings: httpx.DecodingError
        self.decoding = None if decoding is None or decoding.identity else decoding
        has_length = DECIMAL.fullmatch(declared) is not None
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
        """Make ``response.read()`` count what it reads: past ``limit``, ``BodyTooLarge``."""
        if self.framed:
            return
        stream = self.response.stream
        assert isinstance(stream, httpx.SyncByteStream)
        self.response.stream = _BoundedStream(stream, self)

    def abound(self) -> None:
        """Make ``await response.aread()`` count what it reads: past ``limit``, ``BodyTooLarge``."""
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
            raise BodyTooLarge(len(body), body[: BODY_PREVIEW_CHARS * 4])
        return self.response

    def _check_deadline(self) -> None:
        if self.deadline_at is not None and self.clock() > self.deadline_at:
            raise httpx.ReadTimeout("the call's deadline passed while the response body was being read")

    def _keep_head(self, chunk: bytes) -> None:
        wanted = BODY_PREVIEW_CHARS * 4 - len(self.head)
        if wanted > 0:
            self.head += chunk[:wanted]

    def _too_large(self, size: int, chunk: bytes) -> BodyTooLarge:
        self._keep_head(chunk)
        return BodyTooLarge(size, self.head)

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
        """The response, its body read and within the limit (``BodyTooLarge`` otherwise)."""
        return self.check_read() if self.one_read else self.finish()

    def finish(self) -> httpx.Response:
        """An equivalent, fully read response. The body is decoded, so ``Content-Encoding`` is dropped."""
        if self.declared_too_large is not None:  # announced too large, but no body came
            raise BodyTooLarge(self.declared_too_large, b"")
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
        """Whether the connection this answer came on must be closed, not pooled (see :func:`untrusted`)."""
        reason = untrusted(self.stream, framing_conflict=self.framing_conflict)
        if reason is not None:
            logger.debug("not reusing the connection of %s: %s", self.response.request.url, reason)
        return reason is not None


class _BoundedStream(httpx.SyncByteStream):
    """A response's stream that counts its bytes through a :class:`BodyReader` (the size bound)."""

    def __init__(self, stream: httpx.SyncByteStream, reader: BodyReader) -> None:
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

    def __init__(self, stream: httpx.AsyncByteStream, reader: BodyReader) -> None:
        self._stream = stream
        self._reader = reader

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._reader.count(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()
