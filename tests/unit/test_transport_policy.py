"""The pure retry policy (late._http.retry): decisions without I/O, clocks or sleeping."""

from __future__ import annotations

import httpx
import pytest

from late._http.retry import RETRY_STATUSES, Decision, RetryMode, RetryPolicy, is_retryable

REQ = httpx.Request("GET", "https://api.test/v1/posts")


def resp(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, headers=headers, request=REQ)


def decide(
    outcome: httpx.Response | httpx.HTTPError,
    mode: RetryMode = "idempotent",
    *,
    attempt: int = 1,
    elapsed: float = 0.0,
    deadline: float | None = None,
    max_retries: int | None = None,
    now: float = 1000.0,
) -> Decision:
    return RetryPolicy().decide(
        outcome,
        mode=mode,
        attempt=attempt,
        elapsed=elapsed,
        deadline=deadline,
        rand=1.0,
        max_retries=max_retries,
        now=now,
    )


def test_retry_statuses_are_exactly_the_documented_ones() -> None:
    assert frozenset({408, 429, 500, 502, 503, 504}) == RETRY_STATUSES


@pytest.mark.parametrize("mode", ["idempotent", "create"])
@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (resp(503), True),
        (resp(429), True),
        (resp(409), False),
        (resp(409, **{"Retry-After": "3"}), True),
        (resp(501), False),
        (resp(520), False),
        (resp(400), False),
        (httpx.ReadTimeout("x"), True),
        (httpx.ReadError("x"), True),
        (httpx.RemoteProtocolError("x"), True),
        (httpx.ConnectError("x"), True),
        (httpx.UnsupportedProtocol("x"), False),
        (httpx.DecodingError("x"), False),
    ],
)
def test_is_retryable_safe_modes(
    mode: RetryMode, outcome: httpx.Response | httpx.HTTPError, expected: bool
) -> None:
    assert is_retryable(outcome, mode) is expected


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (resp(503), False),
        (resp(429, **{"Retry-After": "1"}), True),  # turned away before it ran: safe to send again
        (httpx.ReadTimeout("x"), False),
        (httpx.WriteTimeout("x"), False),
        (httpx.ReadError("x"), False),
        (httpx.ConnectError("x"), True),
        (httpx.ConnectTimeout("x"), True),
        (httpx.PoolTimeout("x"), True),
    ],
)
def test_is_retryable_unsafe(outcome: httpx.Response | httpx.HTTPError, expected: bool) -> None:
    assert is_retryable(outcome, "unsafe") is expected


def test_backoff_ceiling_and_jitter() -> None:
    p = RetryPolicy()
    assert [p.backoff(n, 1.0) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert p.backoff(3, 0.0) == 0.0
    assert p.backoff(3, 0.5) == 2.0
    assert p.backoff(10_000, 1.0) == 8.0  # no overflow


def test_success() -> None:
    d = decide(resp(201))
    assert (d.retry, d.reason) == (False, "success")


def test_retry_after_seconds_used_as_delay() -> None:
    d = decide(resp(429, **{"Retry-After": "4"}))
    assert (d.retry, d.delay, d.retry_after) == (True, 4.0, 4.0)


def test_retry_after_over_cap_stops() -> None:
    d = decide(resp(429, **{"Retry-After": "61"}))
    assert (d.retry, d.reason, d.retry_after) == (False, "retry_after_too_long", 61.0)


def test_retry_after_at_cap_is_slept() -> None:
    d = decide(resp(429, **{"Retry-After": "60"}))
    assert (d.retry, d.delay) == (True, 60.0)


def test_retry_after_http_date_uses_now() -> None:
    d = decide(resp(503, **{"Retry-After": "Thu, 01 Jan 1970 00:16:50 GMT"}), now=1000.0)
    assert d.delay == pytest.approx(10.0)


def test_exhausted() -> None:
    d = decide(resp(503), attempt=3)
    assert (d.retry, d.reason) == (False, "retries_exhausted")
    assert decide(resp(503), attempt=3, max_retries=5).retry is True
    assert decide(resp(503), attempt=1, max_retries=0).reason == "retries_exhausted"


def test_deadline() -> None:
    assert decide(resp(503), elapsed=9.8, deadline=10.0).reason == "deadline"
    assert decide(resp(503), elapsed=9.0, deadline=10.0).retry is True  # 9 + 0.5 < 10


def test_not_retryable_keeps_retry_after() -> None:
    d = decide(resp(503, **{"Retry-After": "2"}), mode="unsafe")
    assert (d.retry, d.reason, d.retry_after) == (False, "not_retryable", 2.0)


# ------------------------------------------------------------------ rules pinned by mutation testing


def test_the_first_retry_waits_up_to_the_initial_delay_and_each_later_one_doubles_it() -> None:
    # rand=1.0 is the top of the jitter range: the delay is the ceiling itself.
    assert [decide(resp(503), attempt=n, max_retries=9).delay for n in (1, 2, 3, 4, 5, 6)] == [
        0.5,
        1.0,
        2.0,
        4.0,
        8.0,
        8.0,
    ]


def test_a_retry_that_would_end_exactly_at_the_deadline_is_not_made() -> None:
    # 9.5 s spent + the 0.5 s first backoff = the 10 s deadline: no time would be left for the attempt.
    d = decide(resp(503), elapsed=9.5, deadline=10.0)
    assert (d.retry, d.reason, d.delay) == (False, "deadline", 0.5)
    assert decide(resp(503), elapsed=9.4999, deadline=10.0).retry is True


def test_a_non_finite_elapsed_time_stops_at_the_deadline() -> None:
    assert decide(resp(503), elapsed=float("inf"), deadline=10.0).reason == "deadline"
    assert decide(resp(503), elapsed=float("nan"), deadline=10.0).reason == "deadline"
    # Without a deadline, the time spent does not matter.
    assert decide(resp(503), elapsed=1e9, deadline=None).retry is True


def test_a_custom_retry_statuses_set_replaces_the_default_one() -> None:
    policy = RetryPolicy(retry_statuses=frozenset({418}))

    def custom(code: int) -> Decision:
        return policy.decide(resp(code), mode="idempotent", attempt=1, elapsed=0, deadline=None, rand=1.0)

    assert (custom(418).retry, custom(418).delay) == (True, 0.5)
    assert (custom(503).retry, custom(503).reason) == (False, "not_retryable")
    assert is_retryable(resp(418), "idempotent", frozenset({418})) is True
    assert is_retryable(resp(503), "create", frozenset({418})) is False


def test_the_policy_defaults_are_the_documented_ones() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.initial_delay, policy.max_delay, policy.max_retry_after) == (
        2,
        0.5,
        8.0,
        60.0,
    )
    assert policy.retry_statuses == RETRY_STATUSES
    assert Decision(retry=True) == Decision(retry=True, delay=0.0, reason=None, retry_after=None)


def test_jitter_outside_zero_to_one_is_clamped() -> None:
    p = RetryPolicy()
    assert p.backoff(0, -3.0) == 0.0
    assert p.backoff(0, 7.0) == 0.5
    assert RetryPolicy(initial_delay=2.0, max_delay=3.0).backoff(0, 1.0) == 2.0
    assert RetryPolicy(initial_delay=2.0, max_delay=3.0).backoff(1, 1.0) == 3.0


def test_a_decision_carries_the_retry_after_it_was_given() -> None:
    d = decide(resp(503, **{"Retry-After": "2"}), attempt=3)
    assert (d.retry, d.reason, d.retry_after) == (False, "retries_exhausted", 2.0)
    d = decide(resp(503, **{"Retry-After": "2"}), elapsed=9.0, deadline=10.0)
    assert (d.retry, d.reason, d.delay, d.retry_after) == (False, "deadline", 2.0, 2.0)
    # An exception carries no Retry-After, and is retried on the backoff.
    d = decide(httpx.ReadTimeout("x"))
    assert (d.retry, d.delay, d.retry_after) == (True, 0.5, None)
    # A success is returned however the budget stands.
    assert decide(resp(200), attempt=99).reason == "success"


def test_a_conflict_is_retried_only_with_retry_after_and_never_for_an_unsafe_post() -> None:
    assert is_retryable(resp(409, **{"Retry-After": "1"}), "create") is True
    assert is_retryable(resp(409, **{"Retry-After": "1"}), "unsafe") is False
    assert is_retryable(resp(409, **{"Retry-After": "1"}), "idempotent", frozenset()) is True
    assert is_retryable(resp(429), "unsafe", frozenset()) is True


# Mutants that `make mutation` leaves alive, judged equivalent (no input can tell them apart):
# - backoff: ``min(retry_index, 62)`` -> ``63``: the exponent is capped only so that ``2.0 ** n`` never
#   overflows; 2**63 is as finite as 2**62, and either times initial_delay is far above max_delay.
# - decide: ``math.isfinite(elapsed + delay)`` -> ``elapsed - delay``: delay is always finite (a backoff,
#   or a Retry-After no longer than max_retry_after), so both are finite exactly when elapsed is.
