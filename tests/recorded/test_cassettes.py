"""Every facade method, sync and async, replayed from a vcrpy cassette (``tests/cassettes``).

``make record`` re-records them against the served sandbox (``scripts/record.py``). So that a recording
does not depend on the order the tests run in, each test lists only what it created: its posts go to a
platform no other cassette test uses, and the content names the test and the mode (the sandbox refuses
the same content twice to one account). Times are fixed (2030), never ``now``; the post ids the tests
use come from the recorded answers, so replays match on method, path and query alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from late import Late, Platform, PostStatus
from tests.support.modes import call
from tests.support.values import present

CASSETTES = Path(__file__).parents[1] / "cassettes"
TEST_KEY = (
    "sk_test_cassette_key_0123456789"  # tests/conftest.py's (not importable: tests/contract has one too)
)

# scripts/record.py makes publishing to this account fail in the recording sandbox.
FAILING_ACCOUNT = "acc_cassette_failing"
LATER = datetime(2030, 7, 1, 9, 0, tzinfo=UTC)

cassette_test = pytest.mark.cassette


@pytest.fixture
def client(cassette: str) -> Iterator[Late]:
    with Late(api_key=TEST_KEY, base_url=cassette, max_retries=0) as client:
        yield client


async def create(client: Late, mode: str, what: str, **kwargs: Any) -> Any:
    kwargs.setdefault("platforms", [{"platform": Platform.TWITTER, "accountId": "acc_cassette"}])
    return await call(client, mode, "create", content=f"Cassette {what} ({mode})", **kwargs)


@cassette_test
async def test_create_scheduled(client: Late, mode: str) -> None:
    response = await create(client, mode, "scheduled", scheduled_for=LATER)
    assert response.message == "Post scheduled successfully"
    assert response.post.status == PostStatus.SCHEDULED
    assert response.post.scheduledFor == LATER
    assert response.post.content == f"Cassette scheduled ({mode})"


@cassette_test
async def test_create_publish_now(client: Late, mode: str) -> None:
    response = await create(client, mode, "now", publish_now=True)
    assert response.message == "Post published successfully"
    assert response.post.status == PostStatus.PUBLISHED
    assert response.post.platforms[0].status == "published"


@cassette_test
async def test_create_draft(client: Late, mode: str) -> None:
    response = await create(client, mode, "draft", is_draft=True, platforms=[])
    assert response.message == "Post saved as draft"
    assert response.post.status == PostStatus.DRAFT


@cassette_test
async def test_create_multi_platform_with_timezone(client: Late, mode: str) -> None:
    platforms = [
        {"platform": Platform.TWITTER, "accountId": "tw_cassette"},
        {"platform": "linkedin", "accountId": "li_cassette"},
        {"platform": Platform.FACEBOOK, "accountId": "fb_cassette"},
    ]
    response = await create(
        client,
        mode,
        "multi",
        platforms=platforms,
        scheduled_for=datetime(2030, 7, 1, 9, 0),
        timezone="America/New_York",
    )
    post = response.post
    assert [p.platform for p in post.platforms] == ["twitter", "linkedin", "facebook"]
    assert post.timezone == "America/New_York"
    assert post.scheduledFor == datetime(2030, 7, 1, 13, 0, tzinfo=UTC)


@cassette_test
async def test_list_with_filters(client: Late, mode: str) -> None:
    platform = {"sync": "pinterest", "async": "reddit"}[mode]
    target = [{"platform": platform, "accountId": f"acc_{platform}"}]
    scheduled = await create(client, mode, "listed", platforms=target, scheduled_for=LATER)
    await create(client, mode, "unlisted draft", platforms=target, is_draft=True)
    response = await call(client, mode, "list", status=PostStatus.SCHEDULED, platform=platform, limit=5)
    assert [p.field_id for p in response.posts] == [scheduled.post.field_id]
    assert (response.pagination.page, response.pagination.limit, response.pagination.total) == (1, 5, 1)
    assert response.pagination.pages == 1


@cassette_test
async def test_get(client: Late, mode: str) -> None:
    created = await create(client, mode, "get", scheduled_for=LATER)
    response = await call(client, mode, "get", created.post.field_id)
    assert response.post.to_dict() == created.post.to_dict()


@cassette_test
async def test_update(client: Late, mode: str) -> None:
    created = await create(client, mode, "update", scheduled_for=LATER)
    response = await call(
        client,
        mode,
        "update",
        created.post.field_id,
        content=f"Cassette updated ({mode})",
        title="New title",
        tags=["updated"],
        scheduled_for=datetime(2030, 7, 2, 9, 0),
        timezone="Europe/London",
    )
    assert response.message == "Post updated successfully"
    post = response.post
    assert (post.content, post.title, post.tags) == (f"Cassette updated ({mode})", "New title", ["updated"])
    assert post.scheduledFor == datetime(2030, 7, 2, 8, 0, tzinfo=UTC)
    assert post.status == PostStatus.SCHEDULED


@cassette_test
async def test_delete(client: Late, mode: str) -> None:
    created = await create(client, mode, "delete", scheduled_for=LATER)
    response = await call(client, mode, "delete", created.post.field_id)
    assert response.message == "Post deleted successfully"


@cassette_test
async def test_retry(client: Late, mode: str) -> None:
    failing = [{"platform": Platform.TWITTER, "accountId": FAILING_ACCOUNT}]
    created = await create(client, mode, "retry", platforms=failing, publish_now=True)
    assert created.post.status == PostStatus.FAILED
    response = await call(client, mode, "retry", created.post.field_id)
    # The account still fails: the API answers 207 with the post, which the SDK returns.
    assert response.message == "Retry completed but publishing did not fully succeed"
    assert response.post.status == PostStatus.FAILED
    assert response.post.platforms[0].error_message == "Sandbox: this account always fails to publish"


@cassette_test
async def test_iter_walks_every_page(client: Late, mode: str) -> None:
    platform = {"sync": "bluesky", "async": "threads"}[mode]
    target = [{"platform": platform, "accountId": f"acc_{platform}"}]
    created = [
        (await create(client, mode, f"page {i}", platforms=target, is_draft=True)).post.field_id
        for i in range(5)
    ]
    if mode == "sync":
        walked = [present(p.field_id) for p in client.posts.iter(platform=platform, limit=2)]
        capped = [p.field_id for p in client.posts.iter(platform=platform, limit=2, max_items=3)]
    else:
        walked = [present(p.field_id) async for p in client.posts.aiter(platform=platform, limit=2)]
        capped = [p.field_id async for p in client.posts.aiter(platform=platform, limit=2, max_items=3)]
    assert sorted(walked) == sorted(created)
    assert len(capped) == 3 and set(capped) <= set(created)


@cassette_test
async def test_list_with_the_newer_filters(client: Late, mode: str) -> None:
    tag = f"cassette-{mode}"
    first = await create(client, mode, "filtered one", scheduled_for=LATER, tags=[tag, "newer-filters"])
    second = await create(
        client, mode, "filtered two", scheduled_for=datetime(2030, 7, 2, 9, 0, tzinfo=UTC), tags=[tag]
    )
    response = await call(
        client,
        mode,
        "list",
        search=f"filtered one ({mode})",
        tags=[tag, "newer-filters"],
        sort_by="created-asc",
        fields=["content", "status", "tags"],
    )
    assert [p.field_id for p in response.posts] == [first.post.field_id]
    assert response.posts[0].tags == [tag, "newer-filters"]
    assert response.posts[0].scheduled_for is None  # only the fields asked for (and _id) came back
    oldest_first = await call(client, mode, "list", tags=[tag], sort_by="scheduled-asc", offset=1, limit=1)
    assert [p.field_id for p in oldest_first.posts] == [second.post.field_id]
    assert (oldest_first.pagination.page, oldest_first.pagination.total) == (2, 2)


async def publish(client: Late, mode: str, what: str, platforms: list[dict[str, Any]]) -> str:
    """A post published now on ``platforms``; its id."""
    response = await create(client, mode, what, platforms=platforms, publish_now=True)
    assert response.post.status == PostStatus.PUBLISHED
    return str(response.post.field_id)


@cassette_test
async def test_edit(client: Late, mode: str) -> None:
    post_id = await publish(client, mode, "edit", [{"platform": "facebook", "accountId": "fb_cassette_edit"}])
    response = await call(
        client, mode, "edit", post_id, platform=Platform.FACEBOOK, content=f"Edited ({mode})"
    )
    assert (response.success, response.message) == (True, "facebook post edited successfully")
    assert response.url.startswith("https://www.facebook.com/")


@cassette_test
async def test_pin_and_unpin(client: Late, mode: str) -> None:
    post_id = await publish(client, mode, "pin", [{"platform": "facebook", "accountId": "fb_cassette_pin"}])
    pinned = await call(client, mode, "pin", post_id, platform="facebook")
    assert (pinned.success, pinned.pinned) == (True, True)
    unpinned = await call(client, mode, "unpin", post_id, platform="facebook", account_id="fb_cassette_pin")
    assert (unpinned.pinned, unpinned.platform_post_id) == (False, pinned.platform_post_id)


@cassette_test
async def test_unpublish(client: Late, mode: str) -> None:
    post_id = await publish(client, mode, "unpublish", [{"platform": "threads", "accountId": "th_cassette"}])
    response = await call(client, mode, "unpublish", post_id, platform=Platform.THREADS)
    assert (response.success, response.message) == (True, "Post deleted from threads successfully")
    assert (await call(client, mode, "get", post_id)).post.status == "cancelled"


@cassette_test
async def test_update_metadata(client: Late, mode: str) -> None:
    youtube = [{"platform": "youtube", "accountId": "yt_cassette"}]
    response = await create(
        client,
        mode,
        "metadata",
        platforms=youtube,
        publish_now=True,
        media_items=[{"type": "video", "url": "https://cdn.example.com/cassette.mp4"}],
    )
    post_id = response.post.field_id
    updated = await call(
        client,
        mode,
        "update_metadata",
        post_id,
        platform="youtube",
        title="Cassette title",
        tags=["cassette"],
        privacy_status="unlisted",
    )
    assert updated.updated_fields == ["title", "tags", "privacyStatus"]
    direct = await call(
        client,
        mode,
        "update_metadata",
        "_",
        platform="youtube",
        video_id="vid123",
        account_id="yt_cassette",
        made_for_kids=False,
    )
    assert (direct.video_id, direct.updated_fields) == ("vid123", ["madeForKids"])


@cassette_test
async def test_review(client: Late, mode: str) -> None:
    pending = await create(client, mode, "review", scheduled_for=LATER, requires_approval=True)
    assert pending.post.status == PostStatus.PENDING_APPROVAL
    approved = await call(client, mode, "review", pending.post.field_id, decision="approve")
    assert approved.post.status == PostStatus.SCHEDULED
    assert approved.post.field_id == pending.post.field_id


# ------------------------------------------------------------------------------------- the cassettes

SECRETS = re.compile(rf"{re.escape(TEST_KEY)}|bearer|authorization|sk_test", re.IGNORECASE)


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.glob("*.yaml"))


def test_every_cassette_test_has_its_cassette() -> None:
    names = {p.name for p in cassette_files()}
    recorded = [
        name
        for name, value in list(globals().items())
        if name.startswith("test_") and any(m.name == "cassette" for m in getattr(value, "pytestmark", []))
    ]
    assert len(recorded) == 16
    for test in recorded:
        for mode_id in ("sync", "async"):
            assert f"{test}_{mode_id}.yaml" in names, f"run `make record`: {test}[{mode_id}] has no cassette"


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: p.name)
def test_no_cassette_holds_a_secret(path: Path) -> None:
    text = path.read_text()
    assert "interactions:" in text
    found = SECRETS.search(text)
    assert found is None, f"{path.name} holds {found.group(0)!r}" if found else ""
