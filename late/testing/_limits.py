"""The sandbox's limits, as the API applies them: request throughput per key, publish caps per account.

:class:`RequestWindow`: an optional sliding-window rate limit per API key (``sandbox(rate_limit=(60, 60.0))``,
``python -m late.testing.serve --rate-limit 60/60``). Every answer to an authenticated request carries
``X-RateLimit-Limit``, ``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (the Unix time, whole seconds
rounded up, at which the oldest request in the window leaves it); past the limit the request is not
carried out and the answer is 429 with ``Retry-After`` (whole seconds, at least 1). Turned-away requests
do not count. Without a rate limit the sandbox sends none of these headers.

:class:`PublishCaps`: the per-account caps of ``late/_publish_caps.py`` (on by default, ``publish_caps=False``
to turn them off), checked when a post that will publish (scheduled, published now, pending approval) is
created: each platform entry counts at the time it will publish (its own ``scheduledFor``, the post's, or
now). A day's cap (UTC day) or the hourly cap full at that time is a 429 (``code: rate_limited``,
``details.scope`` ``daily_publish_cap`` / ``hourly_publish_cap``; ``Retry-After`` only when the post was
to go out now). A TikTok entry over its 15-per-kind trailing 24 hours is held instead: its
``scheduledFor`` moves to when the oldest post of its kind leaves the window, and it publishes then.
Deleting a post frees what it counted; an update that reschedules a post is not re-counted (a known
simplification). All of it runs on the sandbox's clock (``now=``, e.g. a ``FakeClock``).
"""

from __future__ import annotations

import bisect
import math
import threading
from collections import deque
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from late._publish_caps import (
    DAY,
    HOUR,
    HOURLY_CAP,
    TIKTOK_CAP_PER_KIND,
    busiest_hour,
    daily_cap,
    tiktok_kind,
)
from late.testing._util import ApiError, iso

__all__ = ["PublishCaps", "RequestWindow", "parse_rate_limit_option"]


def parse_rate_limit_option(value: object) -> tuple[int, float]:
    """``(requests, seconds)`` checked: a whole number >= 1 and a positive, finite number of seconds."""
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise ValueError(f"rate_limit must be (requests, seconds), got {value!r}")
    size, period = value
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ValueError(f"rate_limit's size must be a whole number >= 1, got {size!r}")
    if isinstance(period, bool) or not isinstance(period, int | float) or not 0 < period < math.inf:
        raise ValueError(f"rate_limit's period must be a positive number of seconds, got {period!r}")
    return size, float(period)


class RequestWindow:
    """A sliding-window log per API key: at most ``size`` requests in any ``period`` seconds."""

    def __init__(self, size: int, period: float) -> None:
        self.size, self.period = parse_rate_limit_option((size, period))
        self._logs: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def admit(self, key: str, clock: Callable[[], float]) -> list[tuple[str, str]]:
        """Count a request of ``key`` now (``clock``: Unix seconds): its headers, or ``ApiError(429)``.

        The clock is read under the lock, so the log stays in time order however threads interleave.
        """
        with self._lock:
            now = clock()
            log = self._logs.setdefault(key, deque())
            while log and log[0] <= now - self.period:
                log.popleft()
            if len(log) >= self.size:
                frees = log[0] + self.period
                headers = self._headers(0, frees)
                wait = max(1, math.ceil(frees - now))
                raise ApiError(
                    429,
                    f"Rate limit exceeded: {self.size} requests per {self.period:g} seconds. "
                    f"Retry after {wait} seconds.",
                    code="rate_limited",
                    headers={**dict(headers), "Retry-After": str(wait)},
                )
            log.append(now)
            return self._headers(self.size - len(log), log[0] + self.period)

    def _headers(self, remaining: int, frees: float) -> list[tuple[str, str]]:
        return [
            ("X-RateLimit-Limit", str(self.size)),
            ("X-RateLimit-Remaining", str(remaining)),
            ("X-RateLimit-Reset", str(math.ceil(frees))),
        ]

    def reset(self) -> None:
        with self._lock:
            self._logs.clear()


def _day_bounds(at: float) -> tuple[float, float]:
    start = datetime.fromtimestamp(at, UTC).replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
    return start, start + DAY


class PublishCaps:
    """What each account publishes when, for the caps. The caller holds the sandbox's lock."""

    def __init__(self) -> None:
        self._times: dict[str, list[float]] = {}  # accountId -> publish times (sorted)
        self._tiktok: dict[tuple[str, str], list[float]] = {}  # (accountId, kind) -> publish times (sorted)
        self._counted: dict[str, list[tuple[str, str | None, float]]] = {}  # post id -> what it counted

    def admit(self, post_id: str, doc: Mapping[str, Any], due: list[Any], now: datetime) -> bool:
        """Check and count a new post's entries; raises ``ApiError(429)`` when a cap is full.

        ``due``: each entry's publish time (a datetime, or None for "now"), changed in place for a held
        TikTok entry (whose ``scheduledFor`` moves too). True when an entry was held.
        """
        now_ts = now.timestamp()
        plans: list[tuple[str, str | None, float]] = []
        held = False
        kinds = [str(item.get("type", "")) for item in doc.get("mediaItems") or [] if isinstance(item, dict)]
        for index, entry in enumerate(doc["platforms"]):
            account, platform = str(entry["accountId"]), str(entry["platform"])
            when = due[index] if index < len(due) and due[index] is not None else now
            at = max(when.timestamp(), now_ts)
            times = self._times.get(account, [])
            cap = daily_cap(platform)
            kind: str | None = None
            if cap is not None:
                start, end = _day_bounds(at)
                if bisect.bisect_left(times, end) - bisect.bisect_left(times, start) >= cap:
                    self._refuse("daily_publish_cap", account, platform, cap, end, at, now_ts)
            else:
                kind = tiktok_kind(kinds)
                release = self._tiktok_release(account, kind, at)
                if release > at:
                    at = release
                    due[index] = datetime.fromtimestamp(at, UTC)
                    entry["scheduledFor"] = iso(due[index])
                    held = True
            if busiest_hour(times, at) >= HOURLY_CAP:
                first = bisect.bisect_right(times, at - HOUR)
                frees = times[first] + HOUR if first < len(times) else at + HOUR
                self._refuse("hourly_publish_cap", account, platform, HOURLY_CAP, frees, at, now_ts)
            plans.append((account, kind, at))
        for account, kind, at in plans:
            bisect.insort(self._times.setdefault(account, []), at)
            if kind is not None:
                bisect.insort(self._tiktok.setdefault((account, kind), []), at)
        self._counted[post_id] = plans
        return held

    def _tiktok_release(self, account: str, kind: str, at: float) -> float:
        """When a TikTok post of ``kind`` wanted at ``at`` can go: ``at``, or when its window has room."""
        times = self._tiktok.get((account, kind), [])
        while True:
            lo = bisect.bisect_right(times, at - DAY)
            hi = bisect.bisect_right(times, at)
            if hi - lo < TIKTOK_CAP_PER_KIND:
                return at
            at = times[hi - TIKTOK_CAP_PER_KIND] + DAY + 0.001  # the oldest that must leave, plus 1 ms

    @staticmethod
    def _refuse(
        scope: str, account: str, platform: str, cap: int, frees: float, at: float, now: float
    ) -> None:
        what = "a day (UTC)" if scope == "daily_publish_cap" else "an hour"
        headers: dict[str, str] = {}
        if at <= now + 1:  # going out now: say when it could
            headers["Retry-After"] = str(max(1, math.ceil(frees - now)))
        raise ApiError(
            429,
            f"Publish cap reached: {cap} posts {what} for {platform} account {account} "
            f"at {iso(datetime.fromtimestamp(at, UTC))}.",
            code="rate_limited",
            details={"scope": scope, "accountId": account, "platform": platform, "limit": cap},
            headers=headers,
        )

    def forget(self, post_id: str) -> None:
        """A deleted post no longer counts."""
        for account, kind, at in self._counted.pop(post_id, ()):
            _remove(self._times.get(account), at)
            if kind is not None:
                _remove(self._tiktok.get((account, kind)), at)

    def reset(self) -> None:
        self._times.clear()
        self._tiktok.clear()
        self._counted.clear()


def _remove(times: list[float] | None, at: float) -> None:
    if times:
        index = bisect.bisect_left(times, at)
        if index < len(times) and times[index] == at:
            del times[index]
