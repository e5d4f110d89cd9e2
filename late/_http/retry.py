"""The retry policy as pure functions: no I/O, no clock, no sleeping, so sync and async share it verbatim.

:class:`RetryPolicy.decide` looks at one attempt's outcome (an ``httpx.Response`` or the ``httpx`` exception
it raised), the request's retry mode, the attempt number and the time budget, and says what to do next:
return the response, retry after N seconds, or give up (and why). The requestor's two loops only send,
sleep and ask. The rules and why they are hand-written: ``docs/design.md`` ("Retries").
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Literal

import httpx

__all__ = [
    "NOT_SENT_ERRORS",
    "RETRY_STATUSES",
    "Decision",
    "RetryMode",
    "RetryPolicy",
    "is_retryable",
    "may_have_run",
    "parse_retry_after",
]

RetryMode = Literal["idempotent", "create", "unsafe"]
"""How a request may be retried: ``docs/design.md`` ("Retries", per-request mode)."""

#: Statuses worth another attempt (and a 409 with ``Retry-After``); the others, and why: ``docs/design.md``.
RETRY_STATUSES: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})

#: Failures that happen before a single byte of the request reached the server: safe to retry any request.
NOT_SENT_ERRORS: tuple[type[httpx.HTTPError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)

#: Failures after the request may have been (partly) received: retried only for idempotent/create requests.
MAYBE_SENT_ERRORS: tuple[type[httpx.HTTPError], ...] = (
    httpx.TimeoutException,  # read/write timeouts
    httpx.NetworkError,  # read/write errors, connection reset
    httpx.RemoteProtocolError,  # server closed the connection without a response
)

Outcome = httpx.Response | httpx.HTTPError

StopReason = Literal["success", "not_retryable", "retries_exhausted", "retry_after_too_long", "deadline"]


#: Statuses that say the request was turned away unrun (``docs/design.md``, "A create that may have run").
_TURNED_AWAY_STATUSES = frozenset({408, 429, 501, 503})


def may_have_run(outcome: Outcome) -> bool:
    """Whether the API may have carried out a request after this outcome of one attempt (the rule:
    ``docs/design.md``, "A create that may have run"). A 2xx is the result itself; a 4xx was refused."""
    if isinstance(outcome, httpx.HTTPError):
        return not isinstance(outcome, NOT_SENT_ERRORS)
    status = outcome.status_code
    if status >= 500:
        return status not in _TURNED_AWAY_STATUSES
    return status == 409 and parse_retry_after(outcome.headers) is not None


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do after an attempt: ``retry`` after ``delay`` seconds, or stop for ``reason``."""

    retry: bool
    delay: float = 0.0
    reason: StopReason | None = None
    retry_after: float | None = None


def is_retryable(outcome: Outcome, mode: RetryMode, retry_statuses: frozenset[int] = RETRY_STATUSES) -> bool:
    """Whether this outcome may be retried at all for a request of this mode (budget aside)."""
    if isinstance(outcome, httpx.HTTPError):
        if isinstance(outcome, NOT_SENT_ERRORS):
            return True
        return mode != "unsafe" and isinstance(outcome, MAYBE_SENT_ERRORS)
    status = outcome.status_code
    if mode == "unsafe":  # the server answered, so it saw the request; a 429 says it did not run it
        return status == 429
    if status == 409:
        return parse_retry_after(outcome.headers) is not None
    return status in retry_statuses


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retry budget and backoff: capped exponential backoff with full jitter, ``Retry-After`` honoured
    up to ``max_retry_after`` (the rules: ``docs/design.md``, "Retries")."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_statuses: frozenset[int] = RETRY_STATUSES

    def backoff(self, retry_index: int, rand: float) -> float:
        """Full-jitter delay before retry number ``retry_index`` (0-based); ``rand`` is uniform in [0, 1)."""
        ceiling = min(self.max_delay, self.initial_delay * (2.0 ** min(retry_index, 62)))
        return max(0.0, min(1.0, rand)) * ceiling

    def decide(
        self,
        outcome: Outcome,
        *,
        mode: RetryMode,
        attempt: int,
        elapsed: float,
        deadline: float | None,
        rand: float,
        max_retries: int | None = None,
        now: float | None = None,
    ) -> Decision:
        """Decide after ``attempt`` (1-based) took the call to ``elapsed`` seconds of its ``deadline``.

        ``now`` is the wall-clock time (epoch seconds) used for ``Retry-After`` HTTP dates.
        """
        budget = self.max_retries if max_retries is None else max_retries
        if isinstance(outcome, httpx.Response) and outcome.is_success:
            return Decision(retry=False, reason="success")
        retry_after = (
            parse_retry_after(outcome.headers, now=now) if isinstance(outcome, httpx.Response) else None
        )
        if not is_retryable(outcome, mode, self.retry_statuses):
            return Decision(retry=False, reason="not_retryable", retry_after=retry_after)
        if attempt > budget:
            return Decision(retry=False, reason="retries_exhausted", retry_after=retry_after)
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return Decision(retry=False, reason="retry_after_too_long", retry_after=retry_after)
            delay = retry_after
        else:
            delay = self.backoff(attempt - 1, rand)
        if deadline is not None and (not math.isfinite(elapsed + delay) or elapsed + delay >= deadline):
            return Decision(retry=False, delay=delay, reason="deadline", retry_after=retry_after)
        return Decision(retry=True, delay=delay, retry_after=retry_after)


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, or None.

    Reads ``retry-after-ms`` (milliseconds, as sent by some gateways and read by openai-python) first,
    then ``Retry-After`` as either delta-seconds or an HTTP date (RFC 9110 section 10.2.3). A date in the
    past gives 0.0. Garbage, negative, NaN or infinite values give None (the caller falls back to backoff).
    ``headers`` lookups must be case-insensitive (an ``httpx.Headers``) or use lower-case keys.
    """
    raw_ms = _header(headers, "retry-after-ms")
    if raw_ms is not None:
        try:
            ms = float(raw_ms)
        except ValueError:
            ms = math.nan
        if math.isfinite(ms) and ms >= 0:
            return ms / 1000.0
    raw = _header(headers, "retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000" parses as naive; HTTP dates are always GMT
        when = when.replace(tzinfo=UTC)
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.title())
    return value
