"""What must never show, and what the SDK logs: the key, presigned URLs' queries, the "late" logger.

``logging.getLogger("late")`` gets one DEBUG line per attempt (method, URL, status, attempt, elapsed) and
per retry; never headers, never the key. ``LATE_LOG=debug`` in the environment attaches a stderr handler
to that logger, and :data:`SIGNED_URLS` is added to httpx's logger: both in ``late/_setup.py``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import httpx

from late._http.urls import loggable_url

__all__ = ["SIGNED_URLS", "Secret", "logger", "redact_request"]

logger = logging.getLogger("late")


class Secret:
    """Holds the API key; its repr never shows it (debuggers, ``vars()``, tracebacks with locals)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__


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
                loggable_url(arg) if isinstance(arg, httpx.URL) and str(arg) in self.in_flight else arg
                for arg in record.args
            )
        return True


SIGNED_URLS = _SignedUrls()


def redact_request(exc: httpx.HTTPError) -> None:
    """Blank the key in the httpx request an exception keeps: error reporters dump such objects."""
    try:
        request = exc.request
    except RuntimeError:  # an httpx error raised before a request was attached
        return
    if "authorization" in request.headers:
        request.headers["Authorization"] = "[REDACTED]"
