"""Pacing by the API's rate-limit headers (late/client/_ratelimit.py), on a fake clock.

The sandbox (``rate_limit=(size, seconds)``) and the client share one :class:`FakeTime`: a sleep moves
it forward, so windows of seconds pass in no real time. What the tests check is what the API saw: how
many requests it turned away (429), and when, on its own clock, they arrived.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import late.testing
from late import RateLimit
from late._http.ratelimit import WAIT_LISTENER, parse_rate_limit
from late.client.exceptions import LateRateLimitError, LateTimeoutError
from late.testing import Sandbox
from tests.support.fake_time import START, FakeTime, client_on


def limited(clock: FakeTime, size: int = 10, period: float = 5.0) -> Sandbox:
    return late.testing.sandbox(now=clock.dt, rate_limit=(size, period), dedup=False, publish_caps=False)


def create_kwargs(i: int) -> dict[str, Any]:
    return {
        "content": f"post {i}",
        "platforms": [{"platform": "twitter", "accountId": "acc"}],
        "is_draft": True,
    }


def turned_away(sandbox: Sandbox) -> int:
    return sum(r.status == 429 for r in sandbox.requests)


# ---- the headers -------------------------------------------------------------------------------------


def test_parse_reads_the_three_headers() -> None:
    headers = httpx.Headers(
        {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "7", "X-RateLimit-Reset": "1900000030"}
    )
    assert parse_rate_limit(headers, START) == RateLimit(60, 7, 1_900_000_030.0)


@pytest.mark.parametrize(
    ("limit", "remaining", "reset"),
    [
        ("-1", "0", "1900000030"),  # negative
        ("60", "-3", "1900000030"),
        ("60", "61", "1900000030"),  # more left than the window holds
        ("sixty", "1", "1900000030"),  # not numbers
        ("60", "1.5", "1900000030"),
        ("60", "1", "soon"),
        ("60", "1", "nan"),
        ("60", "1", "inf"),
        ("0", "0", "1900000030"),  # an empty window
        ("99999999999999", "1", "1900000030"),  # huge
        ("60", "1", "2900000000"),  # a reset years away
        ("60", "1", "1"),  # a reset decades ago (seconds, not a time)
    ],
)
def test_nonsense_headers_are_ignored(limit: str, remaining: str, reset: str) -> None:
    headers = httpx.Headers(
        {"X-RateLimit-Limit": limit, "X-RateLimit-Remaining": remaining, "X-RateLimit-Reset": reset}
    )
    assert parse_rate_limit(headers, START) is None


def test_client_rate_limit_shows_the_last_answer() -> None:
    clock = FakeTime()
    sandbox = limited(clock, size=10)
    client = client_on(sandbox, clock)
    assert client.rate_limit is None  # nothing seen yet
    client.posts.create(**create_kwargs(0))
    client.posts.create(**create_kwargs(1))
    seen = client.rate_limit
    assert seen is not None
    assert (seen.limit, seen.remaining) == (10, 8)
    assert seen.reset == 1_900_000_006.0  # the first request's slot frees 5 s after it, in whole seconds
    assert seen.reset_at == datetime.fromtimestamp(1_900_000_006, UTC)


# ---- pacing -----------------------------------------------------------------------------------------


def test_sequential_calls_wait_for_the_window_instead_of_a_429() -> None:
    clock = FakeTime()
    sandbox = limited(clock, size=10, period=5.0)
    client = client_on(sandbox, clock)
    for i in range(45):
        client.posts.create(**create_kwargs(i))
    assert turned_away(sandbox) == 0
    assert len(sandbox.requests) == 45
    # 45 requests through 10 per 5 s: four full windows to wait, each a little over 5 s.
    assert 20.0 <= clock.now - START <= 4 * 6.0
    assert client._requestor.limiter.period == 5.0  # learned from the headers alone


def test_without_headers_nothing_waits() -> None:
    clock = FakeTime()
    sandbox = late.testing.sandbox(now=clock.dt, dedup=False, publish_caps=False)  # no rate limit: no headers
    client = client_on(sandbox, clock)
    for i in range(30):
        client.posts.create(**create_kwargs(i))
    assert clock.sleeps == []
    assert client.rate_limit is None


def test_nonsense_headers_never_make_it_wait() -> None:
    clock = FakeTime()

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "99999999999"}
        return httpx.Response(
            200,
            json={"posts": [], "pagination": {"page": 1, "limit": 10, "total": 0, "pages": 0}},
            headers=headers,
        )

    client = client_on(httpx.MockTransport(answer), clock)
    for _ in range(20):
        client.posts.list()
    assert clock.sleeps == []
    assert client.rate_limit is None


def test_a_wait_is_never_longer_than_max_retry_after() -> None:
    clock = FakeTime()
    sandbox = limited(clock, size=2, period=50.0)
    client = client_on(sandbox, clock, max_retry_after=3.0, max_retries=0)
    client.posts.create(**create_kwargs(0))
    client.posts.create(**create_kwargs(1))
    with pytest.raises(LateRateLimitError) as info:  # waited 3 s, sent: the API still says no
        client.posts.create(**create_kwargs(2))
    assert info.value.retry_after is not None and info.value.retry_after > 3.0
    assert max(clock.sleeps) <= 3.0


def test_a_wait_past_the_deadline_fails_at_once_without_sending() -> None:
    clock = FakeTime()
    sandbox = limited(clock, size=2, period=30.0)
    client = client_on(sandbox, clock)
    client.posts.create(**create_kwargs(0))
    client.posts.create(**create_kwargs(1))
    with pytest.raises(LateTimeoutError, match="rate limit"):
        client.posts.create(**create_kwargs(2), deadline=10.0)
    assert len(sandbox.requests) == 2  # the third was never sent
    assert clock.sleeps == []
    client.posts.create(**create_kwargs(3), deadline=40.0)  # its slot was given back: this one waits ~30 s
    assert 30.0 <= sum(clock.sleeps) <= 31.0


def test_threads_share_one_limiter() -> None:
    clock = FakeTime()
    sandbox = limited(clock, size=8, period=5.0)
    client = client_on(sandbox, clock)
    errors: list[BaseException] = []

    def worker(start: int) -> None:
        try:
            for i in range(start, start + 10):
                client.posts.create(**create_kwargs(i))
        except BaseException as exc:  # pragma: no cover - the assertion below shows it
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n * 10,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len([r for r in sandbox.requests if r.status == 201]) == 40
    assert turned_away(sandbox) <= 1  # the first answers teach the window; at most one slips through


def test_tasks_share_one_limiter() -> None:
    clock = FakeTime()
    sandbox = limited(clock, size=10, period=5.0)
    client = client_on(sandbox, clock)

    async def main() -> None:
        todo = iter(range(60))

        async def worker() -> None:
            for i in todo:
                await client.posts.acreate(**create_kwargs(i))

        await asyncio.gather(*(worker() for _ in range(10)))

    asyncio.run(main())
    assert len([r for r in sandbox.requests if r.status == 201]) == 60
    assert turned_away(sandbox) == 0


def test_another_client_of_the_key_is_accounted_for() -> None:
    """A window fuller than this client's own requests explain: the difference is held until Reset."""
    clock = FakeTime()
    sandbox = limited(clock, size=10, period=5.0)
    other = client_on(sandbox, clock)
    client = client_on(sandbox, clock)
    for i in range(3):
        client.posts.create(**create_kwargs(i))  # learns the window (10 per 5 s)
    for i in range(6):
        other.posts.create(**create_kwargs(100 + i))  # six slots this client never saw
    for i in range(3, 12):
        client.posts.create(**create_kwargs(i))
    assert turned_away(sandbox) <= 1  # the first surprise costs at most one 429; then it paces


def test_waits_are_told_to_the_listener_of_the_context() -> None:
    clock = FakeTime()
    sandbox = limited(clock, size=3, period=5.0)
    client = client_on(sandbox, clock)
    heard: list[float] = []
    token = WAIT_LISTENER.set(heard.append)
    try:
        for i in range(7):
            client.posts.create(**create_kwargs(i))
    finally:
        WAIT_LISTENER.reset(token)
    assert heard and all(0 < s <= 6 for s in heard)
    assert sum(heard) == pytest.approx(sum(clock.sleeps))


def test_storage_uploads_are_not_paced() -> None:
    """A presigned PUT goes to the storage host, which the API's limit does not cover."""
    clock = FakeTime()
    sandbox = limited(clock, size=2, period=5.0)
    client = client_on(sandbox, clock)
    for i in range(2):
        client.media.upload(b"x" * 10, filename=f"{i}.jpg")
    # Two presigns (API) and two PUTs (storage): only the presigns count, so nothing waited.
    assert turned_away(sandbox) == 0
    assert clock.sleeps == []
