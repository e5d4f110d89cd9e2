"""Pacing by the API's own rate-limit headers: one limiter per ``Late``, shared by its threads and tasks.

The API limits each key on a sliding window (60, 600 or 1,200 requests a minute, by tier) and reports it
on every answer: ``X-RateLimit-Limit`` (the window's size), ``X-RateLimit-Remaining`` (free slots after
this request) and ``X-RateLimit-Reset`` (the Unix time the next slot frees). :class:`RateLimiter` reads
them and makes a request wait *before* it is sent when the window is used up, instead of sending it into
a 429; the 429 + ``Retry-After`` handling of the retry policy stays as the safety net.

How (a sliding-window log, mirrored from the client's side):

* Every request the requestor sends takes a *reservation*: the time it may go. The limiter keeps these
  times (in order) and, once it knows the window's size ``limit`` and its length ``period``, gives a new
  request the earliest time at which fewer than ``limit`` of its own requests fall in the last
  ``period``: exactly the rule the server applies, so a burst of ``limit`` goes at once and each later
  request goes when the slot of the request ``limit`` places before it frees. When an answer arrives,
  its request's time becomes the answer's arrival (the server counted it at the latest then), and a
  request that waited checks its slot again on waking (:meth:`RateLimiter.recheck`), so slow answers
  (new connections, a loaded server) push the requests behind them back instead of into a 429.
* ``period`` is not a header: it is learned. The answer to request *k* with ``Remaining`` *r* says the
  window holds ``limit - r`` requests, the oldest being (in sending order) request ``k - (limit - r) + 1``,
  whose slot frees at ``Reset``; so ``period`` is about ``Reset - (when that request was sent)``. That
  reading is only trusted when every earlier request had been answered before *k* was sent (so none of
  them could still be uncounted, which would make the period look shorter than it is). ``Reset`` has
  whole-second resolution, so each observation is up to a second long; the limiter takes the smallest
  whole number of seconds seen (API windows are whole seconds), and falls back to the smallest raw
  observation (never too short) once a 429 says the guess was too eager.
* Other clients of the same key (another process, another ``Late``) show up as a window fuller than this
  client's own requests explain; that many extra slots are held until ``Reset``.
* An answer without the headers (a proxy, an older API) changes nothing: with no headers ever seen there
  is no pacing at all. Values that make no sense (not integers, negative, ``Remaining`` above ``Limit``,
  a ``Reset`` more than a day away) are ignored. A wait is never longer than ``max_retry_after``, and one
  that would pass the call's ``deadline`` fails the call at once with ``LateTimeoutError``.

Why no library does this: ``docs/design.md`` ("Pacing by the API's rate limit").
"""

from __future__ import annotations

import contextvars
import math
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from late._http.clock import Clock

__all__ = ["WAIT_LISTENER", "RateLimit", "RateLimiter", "parse_rate_limit"]

#: Largest window size believed (the API's top tier is 1,200 a minute).
_MAX_LIMIT: Final = 10_000_000
#: A ``Reset`` further than this from now is nonsense (the API's window is a minute).
_MAX_RESET_DISTANCE: Final = 86_400.0
#: Sent this long after the slot it re-uses frees: covers the gap between reserving and reaching the server.
_SEND_MARGIN: Final = 0.025
#: A shorter wait is none: not worth a sleep, and a clock may not even move by it.
_MIN_WAIT: Final = 0.001
#: Slack for reading a whole-second period: the client's two clocks, sampled apart, disagree by microseconds.
_CLOCK_TOLERANCE: Final = 0.01
#: A request sent this long ago without an answer no longer holds back the learning of the period.
_STALE_IN_FLIGHT: Final = 300.0
#: How many reservations to keep beyond ``limit`` (requests in flight whose answers identify old sends).
_KEEP_EXTRA: Final = 1024

#: Who hears about waits: a callable(seconds) set for the calls made in this context (``bulk_upload``
#: sets it around each row's create, per thread or task), told whenever a call is about to wait for the
#: rate limit (before sending, or after a 429) and for how long.
WAIT_LISTENER: contextvars.ContextVar[Callable[[float], None] | None] = contextvars.ContextVar(
    "late_rate_limit_wait_listener", default=None
)


def notify_wait(seconds: float) -> None:
    """Tell this context's :data:`WAIT_LISTENER` (if any) that a call waits ``seconds`` for the limit."""
    listener = WAIT_LISTENER.get()
    if listener is not None and seconds > 0:
        listener(seconds)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """The API's rate limit as its last answer reported it (``client.rate_limit``).

    ``limit``: requests allowed in the sliding window; ``remaining``: free slots after that answer's
    request; ``reset``: the Unix time (seconds) at which the next slot frees.
    """

    limit: int
    remaining: int
    reset: float

    @property
    def reset_at(self) -> datetime:
        """``reset`` as an aware UTC datetime."""
        return datetime.fromtimestamp(self.reset, UTC)


def _wait(seconds: float, max_wait: float) -> float:
    """A wait of ``seconds``, at most ``max_wait``; under a millisecond is none (a clock's rounding)."""
    wait = min(seconds, max_wait)
    return wait if wait >= _MIN_WAIT else 0.0


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    raw = headers.get(name)
    if raw is None:
        return None
    text = raw.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 12:  # no sign, no fraction, not absurd
        return None
    return int(text)


def parse_rate_limit(headers: Mapping[str, str], now: float) -> RateLimit | None:
    """The three ``X-RateLimit-*`` headers as a :class:`RateLimit`, or None when absent or nonsense.

    ``now`` is the wall-clock time (Unix seconds) a ``Reset`` is judged against. ``headers`` lookups must
    be case-insensitive (an ``httpx.Headers``) or use lower-case names.
    """
    limit = _int_header(headers, "x-ratelimit-limit")
    remaining = _int_header(headers, "x-ratelimit-remaining")
    raw_reset = headers.get("x-ratelimit-reset")
    if limit is None or remaining is None or raw_reset is None:
        return None
    if not 1 <= limit <= _MAX_LIMIT or remaining > limit:
        return None
    try:
        reset = float(raw_reset.strip())
    except ValueError:
        return None
    if not math.isfinite(reset) or abs(reset - now) > _MAX_RESET_DISTANCE:
        return None
    return RateLimit(limit, remaining, reset)


class RateLimiter:
    """The client side of the API's sliding window; thread-safe, shared by sync and async calls.

    :meth:`reserve` before each request (how long to wait, and a ticket), :meth:`observe` with each
    answer's headers. ``clock`` is the client's (its monotonic and wall time; a test's fake one).
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock.monotonic
        self._wall_clock = clock.wall
        self._lock = threading.Lock()
        self._last: RateLimit | None = None
        self._last_ticket = -1  # the ticket whose answer set ``_last``
        # Per reservation, in ticket order (``_first`` is the ticket of index 0): when its request went
        # (or will go; a lower bound of when the server counted it) and when its slot is taken to have
        # been used (its answer's arrival once answered: an upper bound). Monotonic seconds.
        self._sent: deque[float] = deque()
        self._times: deque[float] = deque()
        self._first = 0
        self._next = 0
        self._period_whole: float | None = None  # the smallest whole-second period observed
        self._period_raw: float | None = None  # the smallest raw observation: never shorter than the truth
        self._eager = False  # a 429 came with headers: the whole-second guess was too short
        # Requests not answered yet: ticket -> when reserved (waiting or in flight)...
        self._pending: dict[int, float] = {}
        # ...and those sent: ticket -> (when sent, whether every earlier one was over by then).
        self._in_flight: dict[int, tuple[float, bool]] = {}
        self._foreign = 0  # slots held by other clients of the key...
        self._foreign_until = -math.inf  # ...until this monotonic time

    # ---- what users see --------------------------------------------------------------------------

    @property
    def current(self) -> RateLimit | None:
        """The limits the latest answer reported, or None before any answer carried them."""
        return self._last

    @property
    def period(self) -> float | None:
        """The window's length as learned so far (seconds), or None."""
        with self._lock:
            return self._period()

    def _period(self) -> float | None:
        whole, raw = self._period_whole, self._period_raw
        if whole is not None and whole >= 1 and not self._eager:
            return whole
        return raw

    # ---- before sending --------------------------------------------------------------------------

    def reserve(self, max_wait: float) -> tuple[float, int]:
        """Take the next slot: ``(seconds to wait before sending, ticket)``; the wait is <= ``max_wait``."""
        with self._lock:
            now = self._clock()
            index = len(self._times)
            wait = _wait(self._slot(now, index) - now, max_wait)
            ticket = self._next
            self._next += 1
            self._sent.append(now + wait)
            self._times.append(now + wait)
            self._pending[ticket] = now
            if wait == 0:
                self._sending(ticket, now)
            keep = (self._last.limit if self._last is not None else 0) + _KEEP_EXTRA
            while len(self._times) > keep:
                self._sent.popleft()
                self._times.popleft()
                self._first += 1
            return wait, ticket

    def recheck(self, ticket: int, max_wait: float) -> float:
        """After waiting: how much longer the request holding ``ticket`` must wait (0: send it now).

        What was learned meanwhile (answers arriving later than planned, other clients) moves its slot.
        """
        with self._lock:
            now = self._clock()
            index = ticket - self._first
            if not 0 <= index < len(self._times):
                return 0.0
            wait = _wait(self._slot(now, index) - now, max_wait)
            self._sent[index] = self._times[index] = now + wait
            if wait == 0:
                self._sending(ticket, now)
            return wait

    def _sending(self, ticket: int, now: float) -> None:
        pending = self._pending
        stale = [t for t, at in pending.items() if at < now - _STALE_IN_FLIGHT]
        for t in stale:  # reserved long ago and never settled (a cancelled task): no longer in the way
            del pending[t]
            self._in_flight.pop(t, None)
        self._in_flight[ticket] = (now, not any(t < ticket for t in pending))

    def settle(self, ticket: int) -> None:
        """The request holding ``ticket`` is over (answered or failed)."""
        with self._lock:
            self._pending.pop(ticket, None)
            self._in_flight.pop(ticket, None)

    def cancel(self, ticket: int) -> None:
        """Give a reservation back (its request was not sent)."""
        with self._lock:
            index = ticket - self._first
            if 0 <= index < len(self._times):
                self._sent[index] = self._times[index] = -math.inf
            self._pending.pop(ticket, None)

    def _slot(self, now: float, index: int) -> float:
        """The earliest time the request at ``index`` (of ``_times``) may go, behind those before it."""
        last = self._last
        times = self._times
        at = max(now, times[index - 1]) if index > 0 else now  # first come, first served
        if last is None:
            return at  # no headers seen: no pacing
        limit = last.limit
        period = self._period()
        if period is None:  # the period is not known yet: only the server's own numbers
            if last.remaining - len(self._in_flight) <= 0:  # those in flight may not be counted yet
                at = max(at, self._to_monotonic(last.reset, now))
            return at
        if index >= limit:
            at = max(at, times[index - limit] + period + _SEND_MARGIN)
        foreign = self._foreign if at < self._foreign_until else 0
        if foreign > 0:
            own = limit - foreign
            if own <= 0:
                at = max(at, self._foreign_until)
            elif index >= own:
                at = max(at, min(self._foreign_until, times[index - own] + period + _SEND_MARGIN))
        return at

    def _to_monotonic(self, wall: float, now: float) -> float:
        return now + (wall - self._wall_clock())

    # ---- after an answer -------------------------------------------------------------------------

    def observe(self, headers: Mapping[str, str], ticket: int, status: int) -> None:
        """Learn from an answer to the request holding ``ticket`` (any status; 429s included)."""
        seen = parse_rate_limit(headers, self._wall_clock())
        if seen is None:
            return
        with self._lock:
            now = self._clock()
            index = ticket - self._first
            known = 0 <= index < len(self._times)
            turned_away = status == 429 and seen.remaining == 0  # by the window (not by a publish cap)
            if known and turned_away:  # not counted by the server: it holds no slot
                self._sent[index] = self._times[index] = -math.inf
            elif known and self._times[index] < now:
                self._times[index] = now  # its slot was taken by now at the latest
            self._last = seen  # the latest answer has the server's latest count
            self._last_ticket = ticket
            if turned_away:
                self._eager = True
            reset = self._to_monotonic(seen.reset, now)
            in_window = seen.limit - seen.remaining
            _, clean = self._in_flight.pop(ticket, (now, False))
            self._pending.pop(ticket, None)
            if known and not turned_away and (clean or in_window == 1):
                self._learn_period(index, in_window, reset)
            self._count_foreign(ticket, in_window, reset, now)

    def _time_of(self, ticket: int) -> float | None:
        """When the request holding ``ticket`` went (None: forgotten or given back)."""
        index = ticket - self._first
        if 0 <= index < len(self._sent) and ticket < self._next:
            value = self._sent[index]
            return value if math.isfinite(value) else None
        return None

    def _learn_period(self, index: int, in_window: int, reset: float) -> None:
        """The answer to the request at ``index`` found ``in_window`` requests in the window, the oldest
        of which (ours, if no one else uses the key) frees at ``reset``."""
        sent = self._sent
        while index >= 0:  # the in_window-th request back from this one, skipping those not counted
            if sent[index] > -math.inf:
                in_window -= 1
                if in_window == 0:
                    break
            index -= 1
        if index < 0:
            return
        observed = reset - sent[index]
        if not 0 < observed <= _MAX_RESET_DISTANCE:
            return
        if self._period_raw is None or observed < self._period_raw:
            self._period_raw = observed
        whole = float(math.floor(observed + _CLOCK_TOLERANCE))
        if whole >= 1 and (self._period_whole is None or whole < self._period_whole):
            self._period_whole = whole

    def _count_foreign(self, ticket: int, in_window: int, reset: float, now: float) -> None:
        """Slots in the server's window that none of our requests explains belong to someone else.

        Ours: every request sent in the period before this one, up to now (later ones may have been
        counted first), so a request in flight is never taken for someone else's.
        """
        period = self._period()
        sent = self._time_of(ticket)
        if period is None or sent is None:
            return
        own = sum(1 for value in reversed(self._sent) if sent - period < value <= now)
        foreign = in_window - own
        if foreign > 0:
            self._foreign, self._foreign_until = foreign, reset
        else:
            self._foreign, self._foreign_until = 0, -math.inf
