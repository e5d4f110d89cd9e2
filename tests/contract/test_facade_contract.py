"""Every facade method, sync and async, goes through Prism (request and response validation against
openapi.yaml) in front of the served sandbox. Any violation fails the test.

The client is a plain ``Late(api_key=..., base_url=<Prism>)``; its transport is the default httpx one,
wrapped only to hand every response to the conftest's ``violation_of`` check (Prism's ``sl-violations``
header, or an answer Prism made up instead of the sandbox's).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from late import (
    Late,
    LateAPIError,
    LateAuthenticationError,
    LateConflictError,
    LateNotFoundError,
    LateValidationError,
    MediaType,
    Platform,
    PostStatus,
    TikTokPrivacyLevel,
)
from late.testing import SandboxServer
from tests.support.values import present

Check = Callable[[httpx.Response], "str | None"]


@dataclass
class Checked(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The default httpx transports, with every response checked for contract violations."""

    violation_of: Check
    problems: list[str] = field(default_factory=list)
    seen: int = 0
    sync: httpx.HTTPTransport = field(default_factory=httpx.HTTPTransport)
    async_: httpx.AsyncHTTPTransport = field(default_factory=httpx.AsyncHTTPTransport)

    def _check(self, request: httpx.Request, response: httpx.Response) -> None:
        self.seen += 1
        problem = self.violation_of(response)
        if problem is not None:
            self.problems.append(f"{request.method} {request.url.path}: {problem}")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.sync.handle_request(request)
        response.read()
        self._check(request, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.async_.handle_async_request(request)
        await response.aread()
        self._check(request, response)
        return response

    def close(self) -> None:
        self.sync.close()

    async def aclose(self) -> None:
        await self.async_.aclose()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def checked(violation_of: Check) -> Iterator[Checked]:
    checked = Checked(violation_of)
    yield checked
    assert checked.problems == [], "\n".join(checked.problems)
    assert checked.seen > 0


@pytest.fixture
async def client(prism_base_url: str, contract_api_key: str, checked: Checked) -> AsyncIterator[Late]:
    # Prism serves the spec's paths without the servers' /api prefix: the base URL is Prism's root.
    async with Late(
        api_key=contract_api_key, base_url=prism_base_url, transport=checked, max_retries=0
    ) as client:
        yield client


@pytest.fixture
def sandbox(served_sandbox: SandboxServer) -> Iterator[SandboxServer]:
    served_sandbox.sandbox.failing_accounts.clear()
    yield served_sandbox
    served_sandbox.sandbox.failing_accounts.clear()
    served_sandbox.sandbox.faults.clear()


async def call(client: Late, mode: str, name: str, *args: Any, **kwargs: Any) -> Any:
    """``client.posts.<name>(...)`` or ``await client.posts.a<name>(...)``."""
    if mode == "sync":
        return getattr(client.posts, name)(*args, **kwargs)
    return await getattr(client.posts, "a" + name)(*args, **kwargs)


def unique(label: str) -> str:
    """Content the session-wide sandbox has not seen (it refuses duplicate content with a 409)."""
    return f"{label} {uuid.uuid4().hex[:10]}"


def soon(hours: float) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


TWITTER = [{"platform": Platform.TWITTER, "accountId": "acc_contract"}]
VIDEO = [{"type": MediaType.VIDEO, "url": "https://cdn.example.com/videos/launch.mp4"}]


async def test_create_every_kind(client: Late, mode: str) -> None:
    scheduled = await call(
        client, mode, "create", content=unique("scheduled"), platforms=TWITTER, scheduled_for=soon(2)
    )
    assert scheduled.post.status == PostStatus.SCHEDULED
    now = await call(client, mode, "create", content=unique("now"), platforms=TWITTER, publish_now=True)
    assert now.post.status == PostStatus.PUBLISHED
    draft = await call(client, mode, "create", content=unique("draft"), is_draft=True)
    assert draft.post.status == PostStatus.DRAFT
    multi = await call(
        client,
        mode,
        "create",
        content=unique("multi"),
        platforms=[
            {"platform": Platform.TWITTER, "accountId": "tw_contract"},
            {"platform": Platform.LINKEDIN, "accountId": "li_contract", "customContent": unique("linkedin")},
            {"platform": "facebook", "accountId": "fb_contract", "scheduledFor": datetime(2031, 1, 15, 9, 0)},
        ],
        scheduled_for=datetime(2031, 1, 15, 8, 0),
        timezone="America/New_York",
        tags=["contract"],
        hashtags=["#late"],
        mentions=["@late"],
        metadata={"campaign": "contract"},
        crossposting_enabled=False,
    )
    assert multi.post.scheduledFor == datetime(2031, 1, 15, 13, 0, tzinfo=UTC)
    youtube = await call(
        client,
        mode,
        "create",
        content=unique("youtube"),
        title="My YouTube Video Title",
        platforms=[{"platform": Platform.YOUTUBE, "accountId": "yt_contract"}],
        media_items=VIDEO,
        tags=["tech", "tutorial", "python"],
        scheduled_for=soon(3),
    )
    assert youtube.post.title == "My YouTube Video Title"
    tiktok = await call(
        client,
        mode,
        "create",
        content=unique("tiktok"),
        platforms=[{"platform": Platform.TIKTOK, "accountId": "tt_contract"}],
        media_items=VIDEO,
        tiktok_settings={
            "privacy_level": TikTokPrivacyLevel.PUBLIC_TO_EVERYONE,
            "allow_comment": True,
            "allow_duet": False,
            "allow_stitch": True,
            "content_preview_confirmed": True,
            "express_consent_given": True,
        },
        scheduled_for=soon(1),
    )
    assert tiktok.post.status == PostStatus.SCHEDULED


async def test_list_and_iter(client: Late, mode: str) -> None:
    for i in range(5):  # enough for max_items=5 even when this test runs alone
        await call(
            client, mode, "create", content=unique(f"listed {i}"), platforms=TWITTER, scheduled_for=soon(4)
        )
    listing = await call(
        client,
        mode,
        "list",
        page=1,
        limit=2,
        status=PostStatus.SCHEDULED,
        platform=Platform.TWITTER,
        date_from="2020-01-01",
        date_to="2099-12-31",
        include_hidden=False,
    )
    assert len(listing.posts) == 2
    assert listing.pagination.pages >= 2
    if mode == "sync":
        walked = [p.field_id for p in client.posts.iter(status="scheduled", limit=2, max_items=5)]
    else:
        walked = [p.field_id async for p in client.posts.aiter(status="scheduled", limit=2, max_items=5)]
    assert len(walked) == len(set(walked)) == 5


async def test_list_with_the_newer_filters(client: Late, mode: str) -> None:
    tag = unique("contract-tag").replace(" ", "-")
    for i in range(3):
        await call(
            client,
            mode,
            "create",
            content=unique(f"filtered {i}"),
            platforms=TWITTER,
            scheduled_for=soon(6 + i),
            tags=[tag, "contract"],
        )
    listing = await call(
        client,
        mode,
        "list",
        limit=500,
        offset=1,
        search="filtered",
        tags=[tag, "contract"],
        sort_by="scheduled-asc",
        source="zernio",
        account_id="0123456789abcdef01234567",
        fields=["content", "status"],
    )
    assert listing.posts == []  # no post went out through that account
    listing = await call(
        client, mode, "list", offset=1, tags=[tag], sort_by="scheduled-asc", fields=["content", "status"]
    )
    assert len(listing.posts) == 2
    if mode == "sync":
        walked = [p.field_id for p in client.posts.iter(tags=[tag], sort_by="status", limit=1)]
    else:
        walked = [p.field_id async for p in client.posts.aiter(tags=[tag], sort_by="status", limit=1)]
    assert len(walked) == len(set(walked)) == 3


async def test_operations_on_a_published_post(client: Late, mode: str) -> None:
    published = await call(
        client,
        mode,
        "create",
        content=unique("published"),
        platforms=[
            {"platform": Platform.FACEBOOK, "accountId": "fb_contract"},
            {"platform": Platform.YOUTUBE, "accountId": "yt_contract"},
        ],
        media_items=VIDEO,
        publish_now=True,
    )
    post_id = published.post.field_id
    edited = await call(client, mode, "edit", post_id, platform="facebook", content=unique("edited"))
    assert edited.success is True
    pinned = await call(client, mode, "pin", post_id, platform="facebook", account_id="fb_contract")
    assert pinned.pinned is True
    unpinned = await call(client, mode, "unpin", post_id, platform="facebook")
    assert unpinned.pinned is False
    metadata = await call(
        client,
        mode,
        "update_metadata",
        post_id,
        platform="youtube",
        title="Contract title",
        description="Contract description",
        tags=["contract"],
        category_id="22",
        privacy_status="private",
        thumbnail_url="https://cdn.example.com/thumb.jpg",
        made_for_kids=False,
        contains_synthetic_media=False,
        playlist_id="PLcontract",
    )
    assert len(metadata.updated_fields) == 9
    direct = await call(
        client,
        mode,
        "update_metadata",
        "_",
        platform="youtube",
        video_id="vid",
        account_id="yt_contract",
        title="Direct",
    )
    assert direct.video_id == "vid"
    unpublished = await call(client, mode, "unpublish", post_id, platform="youtube")
    assert unpublished.success is True
    with pytest.raises(LateValidationError) as info:  # a 400 the spec lists, with its JSON error body
        await call(client, mode, "pin", post_id, platform="facebook", account_id="fb_other")
    assert info.value.status_code == 400


async def test_review(client: Late, mode: str) -> None:
    pending = await call(
        client,
        mode,
        "create",
        content=unique("review"),
        platforms=TWITTER,
        scheduled_for=soon(7),
        requires_approval=True,
    )
    assert pending.post.status == PostStatus.PENDING_APPROVAL
    approved = await call(client, mode, "review", pending.post.field_id, decision="approve")
    assert approved.post.status == PostStatus.SCHEDULED
    with pytest.raises(LateConflictError):  # a 409 the spec lists: no longer pending approval
        await call(client, mode, "review", pending.post.field_id, decision="reject")


async def test_get_update_delete(client: Late, mode: str) -> None:
    created = await call(
        client, mode, "create", content=unique("edit me"), platforms=TWITTER, scheduled_for=soon(5)
    )
    post_id = created.post.field_id
    got = await call(client, mode, "get", post_id)
    assert got.post.field_id == post_id
    updated = await call(
        client,
        mode,
        "update",
        post_id,
        content=unique("edited"),
        title="New title",
        tags=["updated", "tags"],
        scheduled_for=datetime.now() + timedelta(days=2),
        timezone="Europe/London",
    )
    assert updated.post.title == "New title"
    deleted = await call(client, mode, "delete", post_id)
    assert deleted.message == "Post deleted successfully"
    with pytest.raises(LateNotFoundError):
        await call(client, mode, "get", post_id)


async def test_retry(client: Late, mode: str, sandbox: SandboxServer) -> None:
    sandbox.sandbox.failing_accounts["acc_contract_down"] = "Token expired"
    platforms = [{"platform": Platform.TWITTER, "accountId": "acc_contract_down"}]
    failed = await call(
        client, mode, "create", content=unique("retry"), platforms=platforms, publish_now=True
    )
    assert failed.post.status == PostStatus.FAILED
    still_failing = await call(client, mode, "retry", failed.post.field_id)  # a 207
    assert still_failing.post.status == PostStatus.FAILED
    sandbox.sandbox.failing_accounts.clear()
    retried = await call(client, mode, "retry", failed.post.field_id)
    assert retried.post.status == PostStatus.PUBLISHED


async def test_accounts_and_profiles(client: Late, mode: str) -> None:
    """The accounts and profiles listings, and a create that fills in an accountId.

    Not a cursor page (``limit`` alone): its ``pagination`` ``{limit, nextCursor}`` matches both members
    of the spec's ``oneOf [Pagination, AccountCursorPagination]`` (Pagination requires nothing), which
    Prism rightly calls invalid: a defect of the upstream spec, not of the sandbox or the SDK.
    """
    if mode == "sync":
        every = client.accounts.list()
        paged = client.accounts.list(platform="twitter", status="connected", page=1, limit=1)
        counted = client.accounts.list(status="connected", include_status_counts=True)
        walked = [a.field_id for a in client.accounts.iter(limit=3)]
        profiles = client.profiles.list(limit=1, skip=0, include_over_limit=False)
        made = client.posts.create(
            content=unique("auto id"), platforms=[{"platform": "linkedin"}], is_draft=True
        )
    else:
        every = await client.accounts.alist()
        paged = await client.accounts.alist(platform="twitter", status="connected", page=1, limit=1)
        counted = await client.accounts.alist(status="connected", include_status_counts=True)
        walked = [a.field_id async for a in client.accounts.aiter(limit=3)]
        profiles = await client.profiles.alist(limit=1, skip=0, include_over_limit=False)
        made = await client.posts.acreate(
            content=unique("auto id"), platforms=[{"platform": "linkedin"}], is_draft=True
        )
    assert len(every.accounts) >= 8 and walked == [a.field_id for a in every.accounts]
    assert [a.field_id for a in paged.accounts] == ["acc_123"]
    assert counted.status_counts.disconnected == 1  # type: ignore[union-attr]
    assert present(profiles.profiles)[0].field_id == "profile_123" and profiles.total == 2
    assert made.post.platforms[0].account_id == "li_456"  # type: ignore[union-attr, index]


async def test_error_answers_conform_too(client: Late, mode: str) -> None:
    with pytest.raises(LateNotFoundError):
        await call(client, mode, "get", "0123456789abcdef01234567")
    content = unique("twice")
    await call(client, mode, "create", content=content, platforms=TWITTER, publish_now=True)
    with pytest.raises(LateConflictError):
        await call(client, mode, "create", content=content, platforms=TWITTER, publish_now=True)
    published = await call(
        client, mode, "create", content=unique("published"), platforms=TWITTER, publish_now=True
    )
    with pytest.raises(LateValidationError) as info:
        await call(client, mode, "delete", published.post.field_id)
    assert info.value.status_code == 400


async def test_a_rejected_key(prism_base_url: str, checked: Checked, mode: str) -> None:
    # The sandbox takes any sk_ key: this one is refused by the sandbox (not by Prism) with a 401.
    async with Late(
        api_key="not_a_late_key", base_url=prism_base_url, transport=checked, max_retries=0
    ) as client:
        with pytest.raises(LateAuthenticationError) as info:
            await call(client, mode, "list")
    assert info.value.status_code == 401


async def test_the_check_sees_a_violation(
    client: Late, mode: str, checked: Checked, sandbox: SandboxServer
) -> None:
    """The harness is not vacuous: an answer that breaks the spec is caught (and then forgiven here)."""
    sandbox.sandbox.faults.add("GET", "/v1/posts", status=200, body={"posts": "not a list"})
    with pytest.raises(LateAPIError):
        await call(client, mode, "list")
    assert len(checked.problems) == 1 and "GET /v1/posts" in checked.problems[0]
    checked.problems.clear()
