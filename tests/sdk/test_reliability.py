"""The reliability guarantees, end to end: the ``Late`` facade against the sandbox's fault injection.

Every test runs sync and async (one body, parametrized over a runner), most in process and several
over a real loopback socket too (``serve_in_thread``). Each shows the outcome the user sees AND what
the API saw: the posts stored on the sandbox and the requests it received.

Test hook: :meth:`Harness.new_client` gives each client the harness's :class:`late.Clock`, whose sleeps
are recorded. They sleep for real only up to ``Harness.sleep_cap`` seconds (0 by default), so no test
waits out a backoff or a ``Retry-After``; the recorded values are what the SDK asked for. With
``Harness.fake_time`` set, the clock's time moves only by what the SDK slept.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

import late.testing
from late import Clock, Late
from late._http.body import DEFAULT_MAX_BODY_BYTES
from late.client.exceptions import (
    LateAPIError,
    LateConnectionError,
    LateNotFoundError,
    LateRateLimitError,
    LateServerError,
    LateTimeoutError,
    LateValidationError,
)
from late.testing import Sandbox
from tests.support.harness import (
    ACCOUNT,
    API_KEY,
    POST_ITEM,
    POST_RETRY,
    POSTS,
    Harness,
    exception_chain,
    harness_for,
)
from tests.support.values import present

HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


class ConnectFirst(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the sandbox: the first ``failures`` requests fail with ``ConnectError`` (they never reach it)."""

    def __init__(self, sandbox: Sandbox, failures: int = 1) -> None:
        self.sandbox = sandbox
        self.failures = failures
        self.attempts = 0

    def _connect(self, request: httpx.Request) -> None:
        self.attempts += 1
        if self.attempts <= self.failures:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._connect(request)
        return self.sandbox.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._connect(request)
        return await self.sandbox.handle_async_request(request)


@pytest.fixture(params=["sync", "async"])
async def h(request: pytest.FixtureRequest) -> AsyncIterator[Harness]:
    """In process, sync or async."""
    async for harness in harness_for(request.param == "async", served=False):
        yield harness


@pytest.fixture(params=["sync-in-process", "async-in-process", "sync-served", "async-served"])
async def hs(request: pytest.FixtureRequest) -> AsyncIterator[Harness]:
    """In process and served over a real loopback socket, sync and async."""
    async for harness in harness_for(request.param.startswith("async"), request.param.endswith("served")):
        yield harness


# ---------------------------------------------------------------------------------------------------------
# Creates: retried with the same Idempotency-Key, never posted twice
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "headers", "times", "expected_sleeps"),
    [
        pytest.param(503, {}, 1, None, id="503-backoff"),
        pytest.param(429, {"Retry-After": "1"}, 2, [1.0, 1.0], id="429-retry-after-1"),
    ],
)
async def test_transient_status_then_success_creates_one_post(
    h: Harness, status: int, headers: dict[str, str], times: int, expected_sleeps: list[float] | None
) -> None:
    h.sandbox.faults.add("POST", POSTS, status=status, headers=headers, times=times)

    created = await h.create()

    assert list(h.sandbox.posts) == [created.post.field_id]
    creates = h.creates()
    assert [r.status for r in creates] == [status] * times + [201]
    assert len({r.headers["idempotency-key"] for r in creates}) == 1
    if expected_sleeps is None:  # no Retry-After: jittered backoff, at most 0.5 s before the first retry
        assert len(h.sleeps) == 1 and 0.0 <= h.sleeps[0] <= 0.5
    else:
        assert h.sleeps == expected_sleeps


async def test_retry_after_beyond_cap_fails_at_once(h: Harness) -> None:
    h.sandbox.faults.add("POST", POSTS, status=429, headers={"Retry-After": "120"}, times=5)

    with pytest.raises(LateRateLimitError) as info:
        await h.create()

    assert info.value.retry_after == 120
    assert info.value.status_code == 429
    assert h.sandbox.posts == {}
    assert len(h.creates()) == 1
    assert h.sleeps == []


async def test_connection_dropped_after_create_replays_the_original(hs: Harness) -> None:
    hs.sandbox.faults.add("POST", POSTS, drop=True, after=True)

    created = await hs.create()

    assert list(hs.sandbox.posts) == [created.post.field_id]
    first, retry = hs.creates()
    assert (first.handled, first.status) == (True, None)  # processed, then the connection dropped
    assert retry.status == 200  # the API's idempotent replay, not a second 201
    assert first.headers["idempotency-key"] == retry.headers["idempotency-key"]


async def test_create_timing_out_after_processing_creates_one_post(hs: Harness) -> None:
    """In process the sandbox creates the post, then the client times out; served, the handler is still
    working when the client's 0.1 s timeout fires (the retry may see ``409 idempotency_conflict`` with
    ``Retry-After: 1`` until the original finishes) and then gets the replay."""
    hs.sleep_cap = 0.5
    hs.sandbox.faults.add("POST", POSTS, delay=0.3)
    client = hs.new_client(timeout=0.1, max_retries=6)

    created = await hs.create(client=client)

    assert list(hs.sandbox.posts) == [created.post.field_id]
    creates = hs.creates()
    statuses = [r.status for r in creates]  # in the order the sandbox finished them
    # the original: None in process (timed out), 201 served (answered to a client that had given up)
    assert statuses.count(None) + statuses.count(201) == 1
    assert statuses.count(200) == 1  # the replay the client returned
    assert set(statuses) <= {None, 201, 200, 409}
    assert len({r.headers["idempotency-key"] for r in creates}) == 1


@pytest.mark.parametrize("served", [False, True], ids=["in-process", "served"])
async def test_fifty_concurrent_acreates_with_faults_post_each_once(served: bool) -> None:
    async for h in harness_for(is_async=True, served=served):
        for i in range(10):  # 10 of the 50 creates meet a fault (the first to arrive), alternating kinds
            if i % 2:
                h.sandbox.faults.add("POST", POSTS, status=503)
            else:
                h.sandbox.faults.add("POST", POSTS, drop=True, after=True)
        client = h.new_client(max_retries=4)
        h.sandbox.publish_caps = None  # 50 posts at once to one account: past the API's 25 an hour

        results = await asyncio.gather(*(h.create(client=client) for _ in range(50)))

        ids = [r.post.field_id for r in results]
        assert len(set(ids)) == 50
        assert set(ids) == set(h.sandbox.posts)
        assert h.sandbox.faults.pending == []
        creates = h.creates()
        assert len(creates) == 60  # each fault cost exactly one more attempt
        dropped = [r.headers["idempotency-key"] for r in creates if r.status is None]
        replayed = {r.headers["idempotency-key"] for r in creates if r.status == 200}
        assert len(dropped) == 5 and set(dropped) <= replayed  # each drop's retry got the original back


# ---------------------------------------------------------------------------------------------------------
# A create that failed but may have run: the error says so and names the key that repeats it safely
# ---------------------------------------------------------------------------------------------------------

MAY_EXIST = "so the post may exist: repeat the call with idempotency_key="


@pytest.mark.parametrize(
    ("faults", "error", "posts_made"),
    [
        pytest.param([{"drop": True, "after": True, "times": 3}], LateConnectionError, 1, id="dropped-x3"),
        pytest.param(
            [{"drop": True, "after": True}, {"status": 503, "times": 2}],
            LateServerError,
            1,
            id="lost-then-503",
        ),
        pytest.param(
            [{"drop": True, "after": True}, {"status": 429, "headers": {"Retry-After": "0"}, "times": 2}],
            LateRateLimitError,
            1,
            id="lost-then-429",
        ),
        pytest.param([{"status": 500, "after": True, "times": 3}], LateServerError, 1, id="500-after-work"),
    ],
)
async def test_a_failed_create_that_may_have_run_names_its_key(
    hs: Harness, faults: list[dict[str, Any]], error: type[LateAPIError], posts_made: int
) -> None:
    for fault in faults:
        hs.sandbox.faults.add("POST", POSTS, **fault)

    with pytest.raises(error) as info:
        await hs.create(content="lost answer")

    err = info.value
    creates = hs.creates()
    key = creates[0].headers["idempotency-key"]
    assert len(creates) == 3 and {r.headers["idempotency-key"] for r in creates} == {key}
    assert err.idempotency_key == key
    assert f"{MAY_EXIST}{key!r}" in err.message and f"{MAY_EXIST}{key!r}" in str(err)
    assert len(hs.sandbox.posts) == posts_made

    # Repeating the call with that key gets the post back and makes no second one.
    again = await hs.create(content="lost answer", idempotency_key=key)
    assert list(hs.sandbox.posts) == [again.post.field_id]


async def test_a_create_timing_out_after_the_work_names_its_key(h: Harness) -> None:
    """In process, a ``delay`` fault processes the create and then raises ReadTimeout, every attempt."""
    h.sandbox.faults.add("POST", POSTS, delay=0.01, times=3)

    with pytest.raises(LateTimeoutError) as info:
        await h.create()

    assert info.value.idempotency_key == h.creates()[0].headers["idempotency-key"]
    assert MAY_EXIST in info.value.message
    assert len(h.sandbox.posts) == 1


async def test_a_deadline_after_a_lost_answer_names_the_key(h: Harness) -> None:
    h.fake_time = True
    h.sandbox.faults.add("POST", POSTS, drop=True, after=True)
    h.sandbox.faults.add("POST", POSTS, status=503, headers={"Retry-After": "3"}, times=5)

    with pytest.raises(LateTimeoutError, match="Deadline of 5s exceeded") as info:
        await h.create(deadline=5, max_retries=9)

    assert MAY_EXIST in info.value.message and info.value.idempotency_key is not None
    assert len(h.sandbox.posts) == 1


async def test_a_create_refused_without_running_does_not_say_it_may_exist(h: Harness) -> None:
    h.sandbox.faults.add("POST", POSTS, status=503, times=3)

    with pytest.raises(LateServerError) as info:
        await h.create()

    err = info.value
    assert "may exist" not in err.message
    assert err.idempotency_key == h.creates()[0].headers["idempotency-key"]  # still there to repeat it
    assert h.sandbox.posts == {}


async def test_a_bulk_row_whose_answer_was_lost_says_so_with_its_key(h: Harness, tmp_path: Any) -> None:
    csv = tmp_path / "rows.csv"
    header = "content,platform,account_id,scheduled_for"
    csv.write_text(f"{header}\nbulk lost,twitter,{ACCOUNT},2030-12-25T10:00:00Z\n")
    h.sandbox.faults.add("POST", POSTS, drop=True, after=True, times=3)

    result = await h.call("posts.bulk_upload", str(csv))

    (row_error,) = result["errors"]
    key = h.creates()[0].headers["idempotency-key"]
    assert f"{MAY_EXIST}{key!r}" in row_error["message"]
    assert len(h.sandbox.posts) == 1


# ---------------------------------------------------------------------------------------------------------
# posts.retry: an unsafe POST
# ---------------------------------------------------------------------------------------------------------


async def _failed_post(h: Harness) -> str:
    h.sandbox.failing_accounts[ACCOUNT] = "sandbox: the platform is down"
    created = await h.create()
    post_id: str = created.post.field_id
    assert h.sandbox.posts[post_id]["status"] == "failed"
    del h.sandbox.failing_accounts[ACCOUNT]
    return post_id


@pytest.mark.parametrize(
    ("fault", "error", "status_after"),
    [
        pytest.param({"status": 503}, LateServerError, "failed", id="503"),
        pytest.param({"drop": True, "after": True}, LateConnectionError, "published", id="drop-after"),
    ],
)
async def test_unsafe_retry_is_not_retried_once_the_server_saw_it(
    h: Harness, fault: dict[str, Any], error: type[LateAPIError], status_after: str
) -> None:
    post_id = await _failed_post(h)
    h.sandbox.faults.add("POST", POST_RETRY, **fault)

    with pytest.raises(error):
        await h.call("posts.retry", post_id)

    assert len(h.seen("POST", f"{POSTS}/{post_id}/retry")) == 1
    assert h.sleeps == []
    assert len(h.sandbox.posts) == 1
    assert h.sandbox.posts[post_id]["status"] == status_after  # 503: never ran; drop-after: ran once


async def test_unsafe_retry_is_retried_after_a_429_which_did_not_run_it(h: Harness) -> None:
    post_id = await _failed_post(h)
    h.sandbox.faults.add("POST", POST_RETRY, status=429, headers={"Retry-After": "0"})

    result = await h.call("posts.retry", post_id)

    assert result.post.status == "published"
    assert len(h.seen("POST", f"{POSTS}/{post_id}/retry")) == 2  # the 429, then the one that ran
    assert len(h.sandbox.posts) == 1


async def test_unsafe_retry_is_retried_after_a_connect_error(h: Harness) -> None:
    post_id = await _failed_post(h)
    flaky = ConnectFirst(h.sandbox)
    client = h.new_client(transport=flaky)

    result = await h.call("posts.retry", post_id, client=client)

    assert result.post.status == "published"
    assert flaky.attempts == 2  # the first never reached the server
    assert len(h.seen("POST", f"{POSTS}/{post_id}/retry")) == 1
    assert len(h.sleeps) == 1
    assert len(h.sandbox.posts) == 1


# ---------------------------------------------------------------------------------------------------------
# Errors on reads: proxies' HTML pages, unknown statuses, hostile bodies
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "times", "requests", "succeeds"),
    [
        pytest.param(502, 1, 2, True, id="502-once-retried"),
        pytest.param(502, 3, 3, False, id="502-persists"),
        pytest.param(520, 1, 1, False, id="520-not-retried"),
    ],
)
async def test_non_json_error_page_on_get(
    h: Harness, status: int, times: int, requests: int, succeeds: bool
) -> None:
    post_id = (await h.create()).post.field_id
    h.sandbox.faults.add("GET", POST_ITEM, status=status, body=HTML_502, times=times)

    if succeeds:
        assert (await h.call("posts.get", post_id)).post.field_id == post_id
    else:
        with pytest.raises(LateServerError) as info:
            await h.call("posts.get", post_id)
        err = info.value
        assert err.status_code == status
        assert err.body == HTML_502
        assert not any(isinstance(e, json.JSONDecodeError) for e in exception_chain(err))

    assert len(h.seen("GET")) == requests
    assert len(h.sandbox.posts) == 1


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        pytest.param(200, b"[" * (DEFAULT_MAX_BODY_BYTES + 1), LateAPIError, id="too-large"),
        pytest.param(200, "[" * 100_000 + "]" * 100_000, LateAPIError, id="deep-json-200"),
        pytest.param(400, "[" * 100_000 + "]" * 100_000, LateValidationError, id="deep-json-400"),
    ],
)
async def test_hostile_body_fails_cleanly(h: Harness, status: int, body: str | bytes, error: type) -> None:
    h.sandbox.faults.add("GET", POSTS, status=status, body=body, content_type="application/json")

    with pytest.raises(LateAPIError) as info:
        await h.call("posts.list")

    err = info.value
    assert type(err) is error
    assert err.status_code == status
    assert isinstance(err.body, str) and err.body.startswith("[[[")
    assert len(err.body) < 2_100 and "truncated" in err.body
    assert not any(isinstance(e, RecursionError | json.JSONDecodeError) for e in exception_chain(err))
    assert len(h.seen("GET")) == 1


# ---------------------------------------------------------------------------------------------------------
# Budgets: deadline and max_retries
# ---------------------------------------------------------------------------------------------------------


async def test_deadline_bounds_attempts_and_sleeps(h: Harness) -> None:
    """Time only moves when the SDK sleeps (an injected clock): 503 + Retry-After 2 under a 5 s deadline
    gives attempts at t=0, 2 and 4; the next would start at 6, so the call fails without sleeping again."""
    h.fake_time = True
    h.sandbox.faults.add("GET", POSTS, status=503, headers={"Retry-After": "2"}, times=100)

    with pytest.raises(LateTimeoutError, match=r"Deadline of 5s exceeded after 3 attempt"):
        await h.call("posts.list", deadline=5, max_retries=50)

    assert h.sleeps == [2.0, 2.0]
    assert len(h.seen("GET")) == 3


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_deadline_on_served_sandbox_with_slow_responses(is_async: bool) -> None:
    """Real time on loopback: every answer takes 0.2 s; a 0.3 s deadline stops the call after a bounded
    number of attempts even though 50 retries are allowed."""
    async for h in harness_for(is_async, served=True):
        h.sleep_cap = 0.05
        h.sandbox.faults.add("GET", POSTS, status=503, delay=0.2, times=100)

        with pytest.raises(LateTimeoutError, match=r"Deadline of 0\.3s exceeded"):
            await h.call("posts.list", deadline=0.3, max_retries=50)

        assert 1 <= len(h.seen("GET")) <= 3


@pytest.mark.parametrize(
    ("client_kwargs", "call_kwargs"),
    [({}, {"max_retries": 0}), ({"max_retries": 0}, {})],
    ids=["per-call", "on-client"],
)
async def test_max_retries_zero(
    h: Harness, client_kwargs: dict[str, Any], call_kwargs: dict[str, Any]
) -> None:
    h.sandbox.faults.add("POST", POSTS, status=503)

    with pytest.raises(LateServerError):
        await h.create(client=h.new_client(**client_kwargs), **call_kwargs)

    assert len(h.creates()) == 1
    assert h.sleeps == []
    assert h.sandbox.posts == {}


# ---------------------------------------------------------------------------------------------------------
# Where requests go: path parameters and TLS
# ---------------------------------------------------------------------------------------------------------


async def test_path_traversal_in_post_id_is_refused_locally(h: Harness) -> None:
    with pytest.raises(LateValidationError) as info:
        await h.call("posts.get", "../../v1/accounts")

    assert info.value.param == "post_id"
    assert h.sandbox.requests == []


async def test_percent_in_post_id_is_encoded_into_one_segment(h: Harness) -> None:
    with pytest.raises(LateNotFoundError):
        await h.call("posts.get", "..%2F..%2Fv1%2Faccounts")

    (record,) = h.sandbox.requests
    # The SDK sent /v1/posts/..%252F..%252Fv1%252Faccounts; the API decodes it once, to one post id.
    assert (record.method, record.path, record.status) == ("GET", "/v1/posts/..%2F..%2Fv1%2Faccounts", 404)


@pytest.mark.parametrize(
    ("base_url", "allowed"),
    [
        ("http://getlate.dev/api", False),
        ("http://10.0.0.1/api", False),
        ("http://127.0.0.1:1234/api", True),
        ("http://localhost:1234/api", True),
        ("http://[::1]:1234/api", True),
        ("https://getlate.dev/api", True),
    ],
)
def test_plain_http_only_for_loopback(base_url: str, allowed: bool) -> None:
    if allowed:
        with Late(API_KEY, base_url=base_url) as client:
            assert client.base_url.rstrip("/") == base_url
    else:
        with pytest.raises(LateValidationError, match="https") as info:
            Late(API_KEY, base_url=base_url)
        assert info.value.param == "base_url"


def test_tls_verification_cannot_be_turned_off() -> None:
    assert "verify" not in inspect.signature(Late).parameters
    with pytest.raises(TypeError, match="verify"):
        Late(API_KEY, verify=False)  # type: ignore[call-arg]


def test_a_delete_whose_answer_was_lost_says_so_on_the_retried_404() -> None:
    sandbox = late.testing.sandbox()
    client = Late(api_key="sk_test_lost_delete", transport=sandbox, clock=Clock(sleep=lambda seconds: None))
    post = client.posts.create(
        content="x", platforms=[{"platform": "twitter", "accountId": "a"}], is_draft=True
    )
    sandbox.faults.add("DELETE", "/v1/posts/{postId}", drop=True, after=True)  # deleted, answer lost
    with pytest.raises(LateNotFoundError) as info:
        client.posts.delete(present(present(post.post).field_id))
    assert "may have deleted it" in info.value.message
    assert present(post.post).field_id not in sandbox.posts


def test_an_update_that_publishes_is_not_repeated_after_its_answer_was_lost() -> None:
    """A second PUT after a first that published would be refused (a 400 hiding a success)."""
    sandbox = late.testing.sandbox()
    client = Late(api_key="sk_test_lost_publish", transport=sandbox, clock=Clock(sleep=lambda seconds: None))
    created = client.posts.create(
        content="x",
        platforms=[{"platform": "twitter", "accountId": "a"}],
        scheduled_for="2030-01-01T10:00:00Z",
    )
    post_id = present(present(created.post).field_id)
    sandbox.faults.add("PUT", "/v1/posts/{postId}", drop=True, after=True)  # published, answer lost
    with pytest.raises(LateConnectionError) as info:
        client.posts.update(post_id, publish_now=True)
    assert "may have reached the API and been carried out" in info.value.message
    assert sandbox.posts[post_id]["status"] == "published"
    puts = [r for r in sandbox.requests if r.method == "PUT"]
    assert len(puts) == 1

    # Any other update stays an idempotent PUT: retried after the same fault, and it succeeds.
    draft = client.posts.create(
        content="y", platforms=[{"platform": "twitter", "accountId": "a"}], is_draft=True
    )
    draft_id = present(present(draft.post).field_id)
    sandbox.faults.add("PUT", "/v1/posts/{postId}", drop=True, after=True)
    assert present(client.posts.update(draft_id, content="z").post).content == "z"
