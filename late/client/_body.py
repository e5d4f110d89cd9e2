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

import zlib
from collections.abc import Iterable, Iterator
from typing import Any, Final

import httpx

__all__ = [
    "ACCEPT_ENCODING",
    "MAX_CODINGS",
    "PIECE",
    "Decoding",
    "aclose_connection",
    "close_connection",
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
