"""Small helpers every sandbox module shares: time formatting, ids, the fake clock, the error type."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = [
    "ApiError",
    "FakeClock",
    "IdFactory",
    "iso",
    "utc",
]


def utc(value: datetime) -> datetime:
    """An aware UTC datetime (a naive one is taken as UTC)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def iso(value: datetime) -> str:
    """ISO 8601 in UTC with milliseconds and ``Z``, as the API (JavaScript ``toISOString``) writes it."""
    value = utc(value)
    # Not strftime("%Y"): glibc writes year 112 as "112", which is not an RFC 3339 date-time.
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}:"
        f"{value.second:02d}.{value.microsecond // 1000:03d}Z"
    )


class FakeClock:
    """A settable clock for :func:`late.testing.sandbox` (``now=FakeClock(...)``). Thread-safe."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = utc(start) if start is not None else datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, value: datetime) -> None:
        with self._lock:
            self._now = utc(value)

    def advance(self, delta: timedelta | None = None, /, **kwargs: float) -> datetime:
        """Move forward by ``delta`` or by ``timedelta(**kwargs)`` (``clock.advance(hours=2)``)."""
        step = delta if delta is not None else timedelta(**kwargs)
        with self._lock:
            self._now += step
            return self._now


class IdFactory:
    """24-char hex ids shaped like MongoDB ObjectIds: 4-byte timestamp, 5 random bytes, 3-byte counter."""

    def __init__(self, rng: random.Random, now: Callable[[], datetime]) -> None:
        self._rng = rng
        self._now = now
        self._machine = rng.getrandbits(40)
        self._counter = rng.getrandbits(24)

    def __call__(self) -> str:
        self._counter = (self._counter + 1) & 0xFFFFFF
        seconds = int(utc(self._now()).timestamp()) & 0xFFFFFFFF
        return f"{seconds:08x}{self._machine:010x}{self._counter:06x}"

    def digits(self, n: int) -> str:
        return "".join(str(self._rng.randrange(10)) for _ in range(n))

    def token(self, n: int) -> str:
        return "".join(self._rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


class ApiError(Exception):
    """An error answer in the API's envelope ``{error, type, code, param, details}``."""

    _TYPES: Mapping[int, str] = {
        400: "invalid_request_error",
        401: "authentication_error",
        403: "permission_error",
        404: "not_found",
        405: "invalid_request_error",
        409: "invalid_request_error",
        413: "invalid_request_error",
        429: "rate_limit_error",
    }

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,
        details: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.type = type or self._TYPES.get(status, "api_error")
        self.details = dict(details) if details else None
        self.headers = dict(headers or {})

    def envelope(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.message, "type": self.type}
        if self.code is not None:
            body["code"] = self.code
        if self.param is not None:
            body["param"] = self.param
        if self.details is not None:
            body["details"] = self.details
        return body


def bad_request(message: str, param: str | None = None, code: str = "invalid_field_value") -> ApiError:
    return ApiError(400, message, code=code, param=param)
