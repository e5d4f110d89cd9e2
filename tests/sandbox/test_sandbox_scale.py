"""The sandbox at scale: due-post publishing and duplicate checks do not walk every stored post per request.

No timing: the tests count the work. ``post.due`` (a post's per-platform due times) is read whenever the
sandbox checks whether a post is due, and ``fingerprint`` runs for each platform entry the duplicate-content
check compares; both are counted while thousands of scheduled posts are created. A walk over every
scheduled (or stored) post on each request makes those counts grow with n², in the millions for 5,000
posts; the heap of due times and the fingerprint index keep them linear.

The rest checks that the lazily invalidated heap publishes exactly what the walk did: a rescheduled,
deleted, drafted or re-seeded post is published at its current time, never at a stale one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

import late.testing
from late.testing import FakeClock, Sandbox, _store

AUTH = {"Authorization": "Bearer sk_test_scale"}
START = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
N = 5_000


def at(minutes: float) -> str:
    return (START + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class Counted:
    """Counts reads of ``_Post.due`` (the due check) while installed; writes go through unchanged."""

    def __init__(self) -> None:
        self.reads = 0

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = "_counted_" + name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        self.reads += 1
        return obj.__dict__[self.name]

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value


@pytest.fixture
def due_reads(monkeypatch: pytest.MonkeyPatch) -> Counted:
    counter = Counted()
    counter.__set_name__(_store.StoredPost, "due")
    monkeypatch.setattr(_store.StoredPost, "due", counter, raising=False)
    return counter


@pytest.fixture
def fingerprints(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = _store.fingerprint

    def counting(doc: dict[str, Any], entry: dict[str, Any]) -> tuple[str, str, str]:
        calls[0] += 1
        return real(doc, entry)

    monkeypatch.setattr(_store, "fingerprint", counting)
    return calls


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def sandbox(clock: FakeClock) -> Sandbox:
    return late.testing.sandbox(now=clock, seed=7, publish_caps=False)  # thousands of posts for one account


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sandbox, base_url="https://getlate.dev/api", headers=AUTH) as c:
        yield c


def create(client: httpx.Client, content: str, when: str | None = None, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"content": content, "platforms": [{"platform": "twitter", "accountId": "acc"}]}
    if when is not None:
        data["scheduledFor"] = when
    data.update(extra)
    response = client.post("/v1/posts", json=data)
    assert response.status_code in (200, 201), response.text
    post: dict[str, Any] = response.json()["post"]
    return post


def status(client: httpx.Client, post_id: str) -> str:
    return str(client.get(f"/v1/posts/{post_id}").json()["post"]["status"])


def test_thousands_of_scheduled_creates_do_linear_work(
    client: httpx.Client, sandbox: Sandbox, clock: FakeClock, due_reads: Counted, fingerprints: list[int]
) -> None:
    ids = [create(client, f"scale {i}", at(10 + i % 97))["_id"] for i in range(N)]
    assert len(set(ids)) == N
    # Every request would have re-read the due times of every scheduled post: ~N²/2 = 12.5 million reads.
    assert due_reads.reads <= 4 * N, due_reads.reads
    # ...and fingerprinted every stored post's entries to look for a duplicate: ~12.5 million again.
    assert fingerprints[0] <= 4 * N, fingerprints[0]
    assert sandbox.run_due() == 0  # nothing is due yet

    due_reads.reads = 0
    clock.advance(minutes=60)  # the posts due at +10..+60 min (52 of every 97) come due
    published = sandbox.run_due()
    assert published == sum(1 for i in range(N) if 10 + i % 97 <= 60)
    assert due_reads.reads <= 4 * published + 10, due_reads.reads
    assert sandbox.run_due() == 0

    clock.advance(days=1)
    assert sandbox.run_due() == N - published
    assert all(p["status"] == "published" for p in sandbox.posts.values())


def test_rescheduled_posts_publish_at_their_new_time_only(client: httpx.Client, clock: FakeClock) -> None:
    later = create(client, "moved later", at(10))["_id"]
    earlier = create(client, "moved earlier", at(60))["_id"]
    assert client.put(f"/v1/posts/{later}", json={"scheduledFor": at(30)}).status_code == 200
    assert client.put(f"/v1/posts/{earlier}", json={"scheduledFor": at(20)}).status_code == 200
    clock.advance(minutes=15)
    assert (status(client, later), status(client, earlier)) == ("scheduled", "scheduled")
    clock.advance(minutes=10)  # +25
    assert (status(client, later), status(client, earlier)) == ("scheduled", "published")
    clock.advance(minutes=10)  # +35
    assert status(client, later) == "published"


def test_deleted_and_drafted_posts_never_publish(
    client: httpx.Client, sandbox: Sandbox, clock: FakeClock
) -> None:
    deleted = create(client, "deleted", at(10))["_id"]
    drafted = create(client, "drafted", at(10))["_id"]
    kept = create(client, "kept", at(10))["_id"]
    assert client.delete(f"/v1/posts/{deleted}").status_code == 200
    assert client.put(f"/v1/posts/{drafted}", json={"isDraft": True}).status_code == 200
    clock.advance(minutes=11)
    assert sandbox.run_due() == 1
    posts = sandbox.posts
    assert deleted not in posts
    assert (posts[drafted]["status"], posts[kept]["status"]) == ("draft", "published")
    # The draft scheduled again publishes at its new time.
    rescheduled = client.put(f"/v1/posts/{drafted}", json={"isDraft": False, "scheduledFor": at(20)})
    assert rescheduled.status_code == 200
    assert sandbox.run_due() == 0
    clock.advance(minutes=10)
    assert sandbox.run_due() == 1 and status(client, drafted) == "published"


def test_a_reseeded_id_follows_its_new_schedule(sandbox: Sandbox, clock: FakeClock) -> None:
    platforms = [{"platform": "twitter", "accountId": "acc"}]
    sandbox.seed_post("post_1", status="scheduled", scheduledFor=at(10), platforms=platforms, content="a")
    sandbox.seed_post("post_1", status="scheduled", scheduledFor=at(30), platforms=platforms, content="b")
    clock.advance(minutes=20)
    assert sandbox.run_due() == 0
    assert sandbox.posts["post_1"]["status"] == "scheduled"
    clock.advance(minutes=20)
    assert sandbox.run_due() == 1
    assert sandbox.posts["post_1"]["status"] == "published"


def test_per_platform_times_publish_each_entry_when_it_is_due(
    client: httpx.Client, sandbox: Sandbox, clock: FakeClock
) -> None:
    platforms = [
        {"platform": "twitter", "accountId": "tw", "scheduledFor": at(10)},
        {"platform": "linkedin", "accountId": "li", "scheduledFor": at(40)},
    ]
    post = create(client, "staggered", platforms=platforms)
    assert post["status"] == "scheduled"
    clock.advance(minutes=20)
    assert sandbox.run_due() == 1
    doc = sandbox.posts[post["_id"]]
    assert doc["status"] == "scheduled"
    assert [e["status"] for e in doc["platforms"]] == ["published", "pending"]
    assert sandbox.run_due() == 0  # the published entry is not due again
    clock.advance(minutes=30)
    assert sandbox.run_due() == 1
    doc = sandbox.posts[post["_id"]]
    assert doc["status"] == "published"
    assert [e["publishAttempts"] for e in doc["platforms"]] == [1, 1]


def test_a_failed_entry_is_retried_with_the_next_due_entry(
    client: httpx.Client, sandbox: Sandbox, clock: FakeClock
) -> None:
    sandbox.failing_accounts["bad"] = "boom"
    platforms = [
        {"platform": "twitter", "accountId": "bad", "scheduledFor": at(10)},
        {"platform": "linkedin", "accountId": "li", "scheduledFor": at(40)},
    ]
    post = create(client, "half failing", platforms=platforms)
    clock.advance(minutes=20)
    assert sandbox.run_due() == 1
    assert [e["status"] for e in sandbox.posts[post["_id"]]["platforms"]] == ["failed", "pending"]
    assert sandbox.run_due() == 0  # a failed entry alone does not make the post due
    del sandbox.failing_accounts["bad"]
    clock.advance(minutes=30)
    assert sandbox.run_due() == 1
    doc = sandbox.posts[post["_id"]]
    assert doc["status"] == "published"
    assert [e["publishAttempts"] for e in doc["platforms"]] == [2, 1]


def test_approved_posts_join_the_schedule(client: httpx.Client, sandbox: Sandbox, clock: FakeClock) -> None:
    post = create(client, "needs approval", at(10), requiresApproval=True)
    clock.advance(minutes=20)
    assert sandbox.run_due() == 0 and status(client, post["_id"]) == "pending_approval"
    approved = client.post(f"/v1/posts/{post['_id']}/review", json={"decision": "approve"})
    assert approved.json()["post"]["status"] == "published"  # already due: published on approval


def test_reset_forgets_the_schedule(client: httpx.Client, sandbox: Sandbox, clock: FakeClock) -> None:
    create(client, "forgotten", at(10))
    sandbox.reset()
    clock.advance(hours=1)
    assert sandbox.run_due() == 0 and sandbox.posts == {}


def duplicate_of(client: httpx.Client, content: str, when: str) -> str:
    """Create a post that must be refused as a duplicate; the id of the post it duplicates."""
    data = {
        "content": content,
        "platforms": [{"platform": "twitter", "accountId": "acc"}],
        "scheduledFor": when,
    }
    response = client.post("/v1/posts", json=data)
    assert response.status_code == 409, response.text
    return str(response.json()["details"]["existingPostId"])


def test_duplicate_check_still_finds_the_first_match(client: httpx.Client) -> None:
    first = create(client, "same words", at(10))
    create(client, "other words", at(10))
    assert duplicate_of(client, "same words", at(20)) == first["_id"]
    # An edited post is found under its new content, and no longer under its old one.
    assert client.put(f"/v1/posts/{first['_id']}", json={"content": "edited words"}).status_code == 200
    assert create(client, "same words", at(30))["status"] == "scheduled"
    assert duplicate_of(client, "edited words", at(40)) == first["_id"]
