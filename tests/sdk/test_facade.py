"""The ``late`` facade against the in-process sandbox: validation, errors, dates, wire format, models, paging,
keys and lifecycle. Most tests run twice, through the sync method and its ``a*`` twin (the ``mode`` fixture).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

import late.testing
from late import (
    Late,
    LateAPIError,
    LateAuthenticationError,
    LateClientClosedError,
    LateConflictError,
    LateForbiddenError,
    LateNotFoundError,
    LateRateLimitError,
    LateServerError,
    LateValidationError,
    MediaType,
    Platform,
    PostStatus,
    TikTokPrivacyLevel,
)
from late.testing import Sandbox
from tests.support.facade import (
    KEY,
    TIKTOK_SETTINGS,
    Tap,
    assert_refused_before_sending,
    assert_unknown_keyword_is_type_error,
)
from tests.support.modes import call
from tests.support.values import present

TWITTER = [{"platform": Platform.TWITTER, "accountId": "acc_1"}]
LATER = "2030-07-01T09:00:00Z"
VIDEO = [{"type": MediaType.VIDEO, "url": "https://cdn.example.com/clip.mp4"}]
TIKTOK_OK = {
    "privacy_level": TikTokPrivacyLevel.PUBLIC_TO_EVERYONE,
    "allow_comment": True,
    "allow_duet": True,
    "allow_stitch": True,
    "content_preview_confirmed": True,
    "express_consent_given": True,
}


def wire_instant(text: str) -> str:
    """A ``scheduledFor`` as sent: always UTC ``...Z``, with milliseconds only when there are any."""
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z", text), text
    return text


def normalised(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with its root ``scheduledFor`` spelled by :func:`wire_instant`."""
    if "scheduledFor" in body:
        return {**body, "scheduledFor": wire_instant(body["scheduledFor"])}
    return body


async def create(client: Late, mode: str, **kwargs: Any) -> Any:
    kwargs.setdefault("content", "Hello")
    kwargs.setdefault("platforms", TWITTER)
    return await call(client, mode, "create", **kwargs)


# ------------------------------------------------------------------------ validation: nothing is sent


def tiktok_video(**changes: Any) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    """A create of a TikTok video post whose settings are ``TIKTOK_OK`` with ``changes`` (None: left out)."""
    settings = {k: v for k, v in {**TIKTOK_OK, **changes}.items() if v is not None}
    platforms = [{"platform": "tiktok", "accountId": "tt"}]
    return (
        "create",
        (),
        {"content": "Hi", "platforms": platforms, "media_items": VIDEO, "tiktok_settings": settings},
    )


INVALID_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any], str, str]] = [
    # (method, args, kwargs, param, a piece of the message)
    ("create", (), {"content": "Hi", "scheduled_for": LATER}, "platforms", "is_draft=True"),
    ("create", (), {"content": "Hi", "platforms": [], "publish_now": True}, "platforms", "at least one"),
    (
        "create",
        (),
        # (An entry with no accountId at all is filled in from the connected accounts: test_account_ids.)
        {"content": "Hi", "platforms": [{"platform": "twitter", "accountId": " "}]},
        "platforms[0].accountId",
        "non-empty",
    ),
    (
        "create",
        (),
        {"content": "Hi", "platforms": [{"platform": "twiter", "accountId": "a"}]},
        "platforms[0].platform",
        "did you mean 'twitter'",
    ),
    (
        "create",
        (),
        {"content": "Hi", "platforms": TWITTER, "publish_now": True, "is_draft": True},
        "publish_now",
        "contradict",
    ),
    ("list", (), {"limit": 0}, "limit", "between 1 and 500"),
    ("list", (), {"limit": 501}, "limit", "between 1 and 500"),
    ("list", (), {"page": 0}, "page", "at least 1"),
    ("list", (), {"date_from": "2024-1-1"}, "date_from", "YYYY-MM-DD"),
    (*tiktok_video(privacy_level=None), "tiktok_settings.privacy_level", "required"),
    (*tiktok_video(express_consent_given=False), "tiktok_settings.express_consent_given", "must be True"),
    (*tiktok_video(allow_duet=None), "tiktok_settings.allow_duet", "video"),
    ("get", ("",), {}, "post_id", "non-empty"),
    ("update", ("",), {"content": "x"}, "post_id", "non-empty"),
    ("delete", ("  ",), {}, "post_id", "non-empty"),
    ("retry", ("",), {}, "post_id", "non-empty"),
    ("create", (), {"content": "Hi", "platforms": TWITTER, "tags": ["ok", "t" * 101]}, "tags[1]", "100"),
]

TYPOS = [
    ("create", (), {"contnet": "Hi", "platforms": TWITTER}, "'contnet'; did you mean 'content'?"),
    ("update", ("abc",), {"scheduled": LATER}, "'scheduled'; did you mean 'scheduled_for'?"),
    ("list", (), {"statuses": "draft"}, "'statuses'; did you mean 'status'?"),
    ("get", ("abc",), {"timeuot": 3}, "'timeuot'; did you mean 'timeout'?"),
]


@pytest.mark.parametrize(("name", "args", "kwargs", "fragment"), TYPOS, ids=[t[0] for t in TYPOS])
async def test_an_unknown_keyword_is_pythons_type_error_not_an_api_error(
    client: Late,
    sandbox: Sandbox,
    mode: str,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    fragment: str,
) -> None:
    """A typo is a programming mistake: `except LateAPIError: continue` in a loop must not swallow it."""
    await assert_unknown_keyword_is_type_error(client, sandbox, mode, name, args, kwargs, fragment)


async def test_a_call_on_a_closed_client_is_its_own_error_not_a_network_failure(
    sandbox: Sandbox, mode: str
) -> None:
    from late import LateClientClosedError

    client = Late(api_key=KEY, transport=sandbox)
    if mode == "async":
        await client.aclose()
    client.close()
    with pytest.raises(LateClientClosedError) as info:
        await call(client, mode, "list")
    assert isinstance(info.value, RuntimeError) and not isinstance(info.value, LateAPIError)
    assert "has been closed" in str(info.value) and "new Late()" in str(info.value)
    assert sandbox.requests == []


@pytest.mark.parametrize(
    ("name", "args", "kwargs", "param", "fragment"),
    INVALID_CALLS,
    ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(INVALID_CALLS)],
)
async def test_invalid_calls_raise_before_sending_anything(
    client: Late,
    sandbox: Sandbox,
    mode: str,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    param: str,
    fragment: str,
) -> None:
    await assert_refused_before_sending(client, sandbox, mode, name, args, kwargs, param, fragment)


def test_a_draft_needs_no_platforms(client: Late, sandbox: Sandbox) -> None:
    """The counterpart of the first invalid call: with is_draft=True the same call is sent."""
    client.posts.create(content="Hi", is_draft=True)
    assert [p["status"] for p in sandbox.posts.values()] == ["draft"]


# ------------------------------------------------------------------------------------ error mapping

ERRORS = [
    (400, LateValidationError),
    (401, LateAuthenticationError),
    (403, LateForbiddenError),
    (404, LateNotFoundError),
    (409, LateConflictError),
    (422, LateValidationError),
    (429, LateRateLimitError),
    (500, LateServerError),
    (503, LateServerError),
    (520, LateServerError),
]


@pytest.mark.parametrize(("status", "cls"), ERRORS, ids=[str(s) for s, _ in ERRORS])
async def test_each_status_raises_its_exception(
    client: Late, sandbox: Sandbox, mode: str, status: int, cls: type[LateAPIError]
) -> None:
    sandbox.faults.add(
        "GET",
        "/v1/posts/{postId}",
        status=status,
        body={"error": f"the API says {status}", "code": f"code_{status}"},
        headers={"X-Request-Id": f"req_{status}", "Retry-After": "7"}
        if status == 429
        else {"X-Request-Id": f"req_{status}"},
    )
    with pytest.raises(cls) as info:
        await call(client, mode, "get", "abc")
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert err.message == f"the API says {status}"
    assert err.code == f"code_{status}"
    assert err.request_id == f"req_{status}"
    assert err.retry_after == (7.0 if status == 429 else None)
    assert [r.status for r in sandbox.requests] == [status]


async def test_a_502_with_an_html_page(client: Late, sandbox: Sandbox, mode: str) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    sandbox.faults.add("GET", "/v1/posts", status=502, body=page)
    with pytest.raises(LateServerError) as info:
        await call(client, mode, "list")
    assert info.value.status_code == 502
    assert info.value.message == "HTTP 502 from the server (body is not JSON)"
    assert info.value.body == page
    assert info.value.request_id is None


async def test_a_real_404_from_the_sandbox(client: Late, mode: str) -> None:
    with pytest.raises(LateNotFoundError) as info:
        await call(client, mode, "get", "0123456789abcdef01234567")
    assert info.value.message == "Post not found"
    assert info.value.param == "postId"


async def test_the_api_key_never_reaches_an_error(client: Late, sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.add("GET", "/v1/posts", status=400, body={"error": f"bad key {KEY}"})
    with pytest.raises(LateValidationError) as info:
        await call(client, mode, "list")
    assert KEY not in str(info.value) + repr(info.value) + info.value.message + json.dumps(info.value.body)


# ------------------------------------------------------------------------------------------ date rules

NY, LONDON = "America/New_York", "Europe/London"
DATE_CASES: list[tuple[datetime | str, str | None, str]] = [
    # aware: the instant, whatever timezone= says
    (datetime(2030, 1, 15, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo")), None, "2030-01-15T01:00:00Z"),
    (datetime(2030, 1, 15, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo")), NY, "2030-01-15T01:00:00Z"),
    (datetime(2030, 1, 15, 10, 0, 0, 123456, tzinfo=UTC), None, "2030-01-15T10:00:00.123Z"),
    # naive + timezone: wall-clock time there
    (datetime(2030, 7, 1, 9, 0), NY, "2030-07-01T13:00:00Z"),
    (datetime(2030, 1, 15, 9, 0), NY, "2030-01-15T14:00:00Z"),
    (datetime(2030, 7, 1, 9, 0), LONDON, "2030-07-01T08:00:00Z"),
    (datetime(2030, 1, 15, 9, 0), LONDON, "2030-01-15T09:00:00Z"),
    # a repeated (fall-back) hour: its first occurrence, still on summer time; fold=1 the second
    (datetime(2030, 11, 3, 1, 30), NY, "2030-11-03T05:30:00Z"),
    (datetime(2030, 11, 3, 1, 30, fold=1), NY, "2030-11-03T06:30:00Z"),
    (datetime(2030, 10, 27, 1, 30), LONDON, "2030-10-27T00:30:00Z"),
    # strings: an offset is the instant; without one, wall-clock time in timezone=
    ("2030-07-01T09:00:00+02:00", None, "2030-07-01T07:00:00Z"),
    ("2030-07-01T09:00:00+02:00", NY, "2030-07-01T07:00:00Z"),
    ("2030-07-01T09:00:00Z", LONDON, "2030-07-01T09:00:00Z"),
    ("2030-07-01T09:00:00", LONDON, "2030-07-01T08:00:00Z"),
    ("2030-07-01 09:00", NY, "2030-07-01T13:00:00Z"),
]


@pytest.mark.parametrize(
    ("value", "zone", "sent"), DATE_CASES, ids=[f"{c[2]}-{c[1]}-{i}" for i, c in enumerate(DATE_CASES)]
)
async def test_scheduled_for_is_sent_as_the_exact_instant(
    client: Late, tap: Tap, mode: str, value: datetime | str, zone: str | None, sent: str
) -> None:
    extra = {"timezone": zone} if zone else {}
    response = await create(client, mode, scheduled_for=value, **extra)
    [body] = tap.bodies
    assert wire_instant(body["scheduledFor"]) == sent
    assert body.get("timezone") == zone
    assert response.post.scheduledFor == datetime.fromisoformat(sent.replace("Z", "+00:00"))


@pytest.mark.parametrize(
    ("value", "zone"),
    [(datetime(2030, 3, 10, 2, 30), NY), (datetime(2030, 3, 31, 1, 30), LONDON), ("2030-03-10T02:30:00", NY)],
    ids=["new-york", "london", "string"],
)
async def test_a_time_in_the_dst_gap_is_refused(
    client: Late, sandbox: Sandbox, mode: str, value: datetime | str, zone: str
) -> None:
    with pytest.raises(LateValidationError) as info:
        await create(client, mode, scheduled_for=value, timezone=zone)
    assert info.value.param == "scheduled_for"
    assert "does not exist in " + zone in info.value.message
    assert sandbox.requests == []


async def test_an_unknown_timezone_is_refused_with_a_suggestion(
    client: Late, sandbox: Sandbox, mode: str
) -> None:
    with pytest.raises(LateValidationError) as info:
        await create(client, mode, scheduled_for=datetime(2030, 7, 1, 9), timezone="America/New_Yrok")
    assert info.value.param == "timezone"
    assert "did you mean 'America/New_York'" in info.value.message
    assert sandbox.requests == []


async def test_a_platform_entry_scheduled_for_follows_the_same_rules(
    client: Late, tap: Tap, mode: str
) -> None:
    platforms = [
        {"platform": "twitter", "accountId": "a", "scheduledFor": datetime(2030, 7, 1, 9, 0)},
        {"platform": "linkedin", "accountId": "b", "scheduled_for": "2030-07-01T09:00:00+02:00"},
        {"platform": "facebook", "accountId": "c", "scheduledFor": datetime(2030, 7, 1, 9, tzinfo=UTC)},
    ]
    await create(client, mode, platforms=platforms, timezone=NY)
    [body] = tap.bodies
    assert [wire_instant(e["scheduledFor"]) for e in body["platforms"]] == [
        "2030-07-01T13:00:00Z",
        "2030-07-01T07:00:00Z",
        "2030-07-01T09:00:00Z",
    ]


async def test_a_platform_entry_in_the_dst_gap_names_the_entry(
    client: Late, sandbox: Sandbox, mode: str
) -> None:
    platforms = [{"platform": "twitter", "accountId": "a", "scheduledFor": datetime(2030, 3, 10, 2, 30)}]
    with pytest.raises(LateValidationError) as info:
        await create(client, mode, platforms=platforms, timezone=NY)
    assert info.value.param == "platforms[0].scheduledFor"
    assert sandbox.requests == []


async def test_update_follows_the_date_rules(client: Late, sandbox: Sandbox, tap: Tap, mode: str) -> None:
    post_id = sandbox.seed_post(content="x", status="draft", api_key=KEY)["_id"]
    await call(client, mode, "update", post_id, scheduled_for=datetime(2030, 7, 1, 9, 0), timezone=LONDON)
    [body] = tap.bodies
    assert body.keys() == {"timezone", "scheduledFor"}
    assert (body["timezone"], wire_instant(body["scheduledFor"])) == (LONDON, "2030-07-01T08:00:00Z")


LOCAL_SCRIPT = """
import json, sys
from datetime import datetime
import late.testing
from late import Late
tap = []
sandbox = late.testing.sandbox()
with Late(api_key="sk_test_local", transport=sandbox) as client:
    post = client.posts.create(content="Local", platforms=[{"platform": "twitter", "accountId": "a"}],
                               scheduled_for=datetime(2030, 7, 1, 9, 0))
print(json.dumps([post.post.scheduledFor.isoformat(), list(sandbox.posts.values())[0]["scheduledFor"]]))
"""


@pytest.mark.parametrize(
    ("tz", "sent"),
    [
        ("America/New_York", "2030-07-01T13:00:00"),
        ("Asia/Kolkata", "2030-07-01T03:30:00"),
        ("UTC", "2030-07-01T09:00:00"),
    ],
)
def test_a_naive_time_without_timezone_is_the_machines_local_time(tz: str, sent: str) -> None:
    """Run in a child process whose local zone is ``TZ`` (the SDK reads it as ``datetime.now()`` does)."""
    env = {**os.environ, "TZ": tz}
    env.pop("LATE_API_KEY", None)
    out = subprocess.run(
        [sys.executable, "-c", LOCAL_SCRIPT], env=env, capture_output=True, text=True, timeout=60, check=True
    ).stdout
    model, stored = json.loads(out)
    assert model == sent + "+00:00"
    assert stored == sent + ".000Z"


# ---------------------------------------------------------------------------------------- wire format


async def test_unset_arguments_are_not_sent(client: Late, sandbox: Sandbox, tap: Tap, mode: str) -> None:
    created = await create(client, mode, scheduled_for=LATER)
    await create(client, mode, content="Now", publish_now=True)
    await call(client, mode, "update", created.post.field_id, content="Changed")
    await call(client, mode, "list")
    assert [normalised(b) for b in tap.bodies[:3]] == [
        {
            "content": "Hello",
            "platforms": [{"platform": "twitter", "accountId": "acc_1"}],
            "scheduledFor": LATER,
        },
        {"content": "Now", "platforms": [{"platform": "twitter", "accountId": "acc_1"}], "publishNow": True},
        {"content": "Changed"},
    ]
    assert tap.bodies[3] is None
    assert sandbox.requests[3].query == ""


async def test_every_create_argument_reaches_the_wire_in_camel_case(
    client: Late, tap: Tap, mode: str
) -> None:
    await create(
        client,
        mode,
        title="T",
        platforms=[
            {
                "platform": "tiktok",
                "account_id": "tt",
                "custom_content": "C",
                "platform_specific_data": {"x": 1},
            }
        ],
        media_items=[{"type": "video", "url": "https://cdn.example.com/v.mp4", "alt_text": "A"}],
        scheduled_for=LATER,
        timezone="UTC",
        tags=["a"],
        hashtags=["#b"],
        mentions=["@c"],
        crossposting_enabled=False,
        metadata={"k": "v"},
        tiktok_settings={**TIKTOK_OK, "video_cover_timestamp_ms": 1500, "auto_add_music": False},
        queued_from_profile="0123456789abcdef01234567",
    )
    [body] = tap.bodies
    assert normalised(body) == {
        "content": "Hello",
        "title": "T",
        "platforms": [
            {"platform": "tiktok", "accountId": "tt", "customContent": "C", "platformSpecificData": {"x": 1}}
        ],
        "mediaItems": [{"type": "video", "url": "https://cdn.example.com/v.mp4", "altText": "A"}],
        "scheduledFor": LATER,
        "timezone": "UTC",
        "tags": ["a"],
        "hashtags": ["#b"],
        "mentions": ["@c"],
        "crosspostingEnabled": False,
        "metadata": {"k": "v"},
        "tiktokSettings": {
            "privacyLevel": "PUBLIC_TO_EVERYONE",
            "allowComment": True,
            "allowDuet": True,
            "allowStitch": True,
            "contentPreviewConfirmed": True,
            "expressConsentGiven": True,
            "videoCoverTimestampMs": 1500,
            "autoAddMusic": False,
        },
        "queuedFromProfile": "0123456789abcdef01234567",
    }


@pytest.mark.parametrize("platform", [Platform.LINKEDIN, "linkedin", "LinkedIn"])
async def test_platform_enum_or_string(
    client: Late, sandbox: Sandbox, tap: Tap, mode: str, platform: str
) -> None:
    await create(client, mode, platforms=[{"platform": platform, "accountId": "li"}], scheduled_for=LATER)
    await call(client, mode, "list", platform=platform)
    assert tap.bodies[0]["platforms"][0]["platform"] == "linkedin"
    assert type(tap.bodies[0]["platforms"][0]["platform"]) is str
    assert sandbox.requests[1].query == "platform=linkedin"


@pytest.mark.parametrize("status", [PostStatus.DRAFT, "draft", "Draft"])
async def test_status_filter_enum_or_string(client: Late, sandbox: Sandbox, mode: str, status: str) -> None:
    await create(client, mode, is_draft=True)
    await create(client, mode, content="Other", scheduled_for=LATER)
    response = await call(client, mode, "list", status=status)
    assert [p.status for p in response.posts] == [PostStatus.DRAFT]
    assert sandbox.requests[-1].query == "status=draft"


async def test_list_filters_reach_the_query(client: Late, sandbox: Sandbox, mode: str) -> None:
    await call(
        client,
        mode,
        "list",
        page=2,
        limit=5,
        status=PostStatus.SCHEDULED,
        platform=Platform.TWITTER,
        profile_id="0123456789abcdef01234567",
        created_by="89abcdef0123456789abcdef",
        date_from="2030-01-01",
        date_to=datetime(2030, 1, 31).date(),
        include_hidden=True,
    )
    assert sandbox.requests[0].query == (
        "page=2&limit=5&status=scheduled&platform=twitter&profileId=0123456789abcdef01234567"
        "&createdBy=89abcdef0123456789abcdef&fromDate=2030-01-01&toDate=2030-01-31&includeHidden=true"
    )


# ---------------------------------------------------------------------------------------- the models


async def test_response_models(client: Late, sandbox: Sandbox, mode: str) -> None:
    response = await create(client, mode, scheduled_for=LATER)
    post = response.post
    stored = sandbox.posts[post.field_id]
    assert post._id == post.field_id == stored["_id"]
    assert response.message == "Post scheduled successfully"
    assert isinstance(post.status, PostStatus)
    assert post.status is PostStatus.SCHEDULED
    assert post.scheduledFor == datetime(2030, 7, 1, 9, tzinfo=UTC)
    assert post.scheduledFor.utcoffset() == timedelta(0)
    assert post.platforms[0].platform == "twitter"
    assert post.mediaItems == []
    as_dict = response.to_dict()
    assert as_dict["message"] == "Post scheduled successfully"
    assert as_dict["post"]["_id"] == stored["_id"]
    assert as_dict["post"]["status"] == "scheduled"
    assert datetime.fromisoformat(as_dict["post"]["scheduledFor"]) == datetime(2030, 7, 1, 9, tzinfo=UTC)
    fetched = await call(client, mode, "get", post.field_id)
    assert fetched.post.to_dict() == post.to_dict()


async def test_an_unknown_status_from_the_server_comes_through(
    client: Late, sandbox: Sandbox, mode: str
) -> None:
    post_id = sandbox.seed_post(content="x", status="quarantined", api_key=KEY)["_id"]
    post = (await call(client, mode, "get", post_id)).post
    assert post.status == "quarantined"
    assert isinstance(post.status, str) and isinstance(post.status, PostStatus)
    assert not post.status.is_known
    assert post.to_dict()["status"] == "quarantined"
    listed = await call(client, mode, "list")
    assert [p.status for p in listed.posts] == ["quarantined"]


async def test_delete_and_retry_answers(client: Late, sandbox: Sandbox, mode: str) -> None:
    sandbox.failing_accounts["acc_1"] = "Token expired"
    failed = await create(client, mode, publish_now=True)
    assert failed.post.status == PostStatus.FAILED
    del sandbox.failing_accounts["acc_1"]
    retried = await call(client, mode, "retry", failed.post.field_id)
    assert retried.message == "Post published successfully"
    assert retried.post.status == PostStatus.PUBLISHED
    draft = await create(client, mode, is_draft=True)
    deleted = await call(client, mode, "delete", draft.post.field_id)
    assert deleted.message == "Post deleted successfully"
    assert draft.post.field_id not in sandbox.posts


# ---------------------------------------------------------------------------------------- auto-paging


@pytest.fixture
def posts_25(sandbox: Sandbox) -> list[str]:
    return [sandbox.seed_post(content=f"Post {i}", status="draft", api_key=KEY)["_id"] for i in range(25)]


async def walk(client: Late, mode: str, **kwargs: Any) -> list[str]:
    if mode == "sync":
        return [present(p.field_id) for p in client.posts.iter(**kwargs)]
    return [present(p.field_id) async for p in client.posts.aiter(**kwargs)]


async def test_iter_walks_every_page(client: Late, sandbox: Sandbox, mode: str, posts_25: list[str]) -> None:
    seen = await walk(client, mode, limit=10, status="draft")
    assert sorted(seen) == sorted(posts_25)
    queries = [r.query for r in sandbox.requests]
    assert len(queries) == 3 and queries[0] == "page=1&limit=10&status=draft"
    assert all(q.startswith("limit=10&cursor=") and q.endswith("&status=draft") for q in queries[1:])


async def test_iter_skips_nothing_when_the_walked_posts_are_deleted(
    client: Late, sandbox: Sandbox, mode: str, posts_25: list[str]
) -> None:
    """The walk follows the API's cursor, a position: numbered pages would skip 12 of these 25."""
    seen: list[str] = []
    if mode == "sync":
        for post in client.posts.iter(limit=10, status="draft"):
            seen.append(present(post.field_id))
            client.posts.delete(seen[-1])
    else:
        async for post in client.posts.aiter(limit=10, status="draft"):
            seen.append(present(post.field_id))
            await client.posts.adelete(seen[-1])
    assert sorted(seen) == sorted(posts_25)
    assert sandbox.posts == {}


async def test_iter_stops_at_max_items(
    client: Late, sandbox: Sandbox, mode: str, posts_25: list[str]
) -> None:
    seen = await walk(client, mode, limit=10, max_items=12)
    assert len(seen) == len(set(seen)) == 12
    assert len(sandbox.requests) == 2
    assert await walk(client, mode, max_items=0) == []
    assert len(sandbox.requests) == 2


async def test_iter_on_an_empty_account_asks_once(client: Late, sandbox: Sandbox, mode: str) -> None:
    assert await walk(client, mode) == []
    assert len(sandbox.requests) == 1


# ---------------------------------------------------------------------------------------- key handling


def test_no_key_anywhere_names_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LATE_API_KEY", raising=False)
    with pytest.raises(LateAuthenticationError, match="LATE_API_KEY"):
        Late()


def test_the_key_and_base_url_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox
) -> None:
    monkeypatch.setenv("LATE_API_KEY", "sk_test_from_env")
    monkeypatch.setenv("LATE_BASE_URL", "https://late.example.test/custom")
    with Late(transport=sandbox) as client:
        assert client.base_url == "https://late.example.test/custom"
        client.posts.list()
    [request] = sandbox.requests
    assert request.headers["authorization"] == "Bearer sk_test_from_env"
    assert request.headers["host"] == "late.example.test"
    assert request.path == "/v1/posts" and request.status == 200


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    monkeypatch.setenv("LATE_API_KEY", "sk_test_from_env")
    monkeypatch.setenv("LATE_BASE_URL", "https://late.example.test/custom")
    with Late(
        api_key="sk_test_argument", base_url="https://other.example.test/api", transport=sandbox
    ) as client:
        client.posts.list()
    [request] = sandbox.requests
    assert request.headers["authorization"] == "Bearer sk_test_argument"
    assert request.headers["host"] == "other.example.test"


def test_the_default_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LATE_BASE_URL", raising=False)
    assert Late(api_key=KEY).base_url == "https://getlate.dev/api"


def test_the_key_is_never_shown(client: Late) -> None:
    shown = repr(client) + str(client) + repr(client.posts) + repr(vars(client))
    assert KEY not in shown
    assert "getlate.dev" in repr(client)


# --------------------------------------------------------------------------------------------- lifecycle


def test_with_closes_the_pool(sandbox: Sandbox) -> None:
    tap = Tap(sandbox)
    with Late(api_key=KEY, transport=tap) as client:
        client.posts.list()
        assert not tap.closed
    assert tap.closed
    with pytest.raises(LateClientClosedError, match="closed"):
        client.posts.list()
    assert len(sandbox.requests) == 1


async def test_async_with_closes_the_pools(sandbox: Sandbox) -> None:
    tap = Tap(sandbox)
    async with Late(api_key=KEY, transport=tap) as client:
        await client.posts.alist()
        client.posts.list()
        assert not tap.aclosed and not tap.closed
    assert tap.aclosed and tap.closed
    with pytest.raises(LateClientClosedError, match="closed"):
        await client.posts.alist()
    assert len(sandbox.requests) == 2


def test_fixed_offsets_count_as_aware(client: Late, tap: Tap) -> None:
    client.posts.create(
        content="x",
        platforms=TWITTER,
        scheduled_for=datetime(2030, 7, 1, 9, tzinfo=timezone(timedelta(hours=-3))),
    )
    assert wire_instant(tap.bodies[0]["scheduledFor"]) == "2030-07-01T12:00:00Z"


def test_content_may_be_left_out_when_every_platform_or_the_media_carries_the_post() -> None:
    sandbox = late.testing.sandbox()
    client = Late(api_key="sk_test_content", transport=sandbox)
    custom = [
        {"platform": "twitter", "accountId": "a", "customContent": "tw"},
        {"platform": "linkedin", "accountId": "b", "customContent": "li"},
    ]
    assert present(client.posts.create(platforms=custom, publish_now=True).post).status == "published"
    media = [{"url": "https://cdn.example.com/a.jpg"}]
    one = [{"platform": "twitter", "accountId": "c"}]
    assert present(
        client.posts.create(content="", platforms=one, media_items=media, publish_now=True).post
    ).field_id
    sent = len(sandbox.requests)
    with pytest.raises(LateValidationError) as info:
        client.posts.create(
            platforms=[custom[0], {"platform": "facebook", "accountId": "d"}], publish_now=True
        )
    assert info.value.param == "content"
    assert len(sandbox.requests) == sent


def test_bad_nested_input_is_a_validation_error_naming_it() -> None:
    sandbox = late.testing.sandbox()
    client = Late(api_key="sk_test_nested", transport=sandbox)
    entry = {"platform": "twitter", "accountId": "a"}
    with pytest.raises(LateValidationError) as info:
        client.posts.create(content="x", platforms=[entry], metadata={"at": datetime.now()}, publish_now=True)
    assert info.value.param == "metadata"
    bad = {**entry, "platformSpecificData": {"threadItems": "not a list"}}
    with pytest.raises(LateValidationError) as info:
        client.posts.create(content="x", platforms=[bad], publish_now=True)
    assert info.value.param == "platforms[0].platformSpecificData"
    assert sandbox.requests == []


def test_iter_treats_page_none_as_the_first_page() -> None:
    client = Late(api_key="sk_test_iter", transport=late.testing.sandbox())
    client.posts.create(content="x", platforms=[{"platform": "twitter", "accountId": "a"}], is_draft=True)
    assert len(list(client.posts.iter(page=None))) == 1


def test_an_unreadable_2xx_create_says_it_succeeded_and_how_to_get_the_post_back() -> None:
    key = "sk_test_unreadable_0123"

    def handler(request: httpx.Request) -> httpx.Response:  # echoes the key into a body the models reject
        return httpx.Response(201, json={"post": {"_id": "p1", "note": key, "scheduledFor": "garbage"}})

    client = Late(api_key=key, base_url="https://getlate.dev/api", transport=httpx.MockTransport(handler))
    with pytest.raises(LateAPIError) as info:
        client.posts.create(
            content="x", platforms=[{"platform": "twitter", "accountId": "a"}], idempotency_key="job-42"
        )
    err = info.value
    assert err.status_code == 201
    assert "succeeded" in err.message and "idempotency_key='job-42'" in err.message
    assert key not in repr(err.body) and key not in str(err)


def test_a_tiktok_post_without_tiktok_settings_is_refused_before_sending(client: Late, tap: Tap) -> None:
    targets = [
        {"platform": "twitter", "accountId": "tw_1"},
        {"platform": Platform.TIKTOK, "accountId": "tt_1"},
    ]
    with pytest.raises(LateValidationError) as info:
        client.posts.create(content="Hi", platforms=targets, publish_now=True)
    assert info.value.param == "tiktok_settings"
    assert "platforms[1] is TikTok" in info.value.message and "is_draft=True" in info.value.message
    assert tap.bodies == []  # nothing was sent

    # What the docs' TikTok example sends, a draft, or settings the target carries itself: all go.
    client.posts.create(content="One", platforms=targets, publish_now=True, tiktok_settings=TIKTOK_SETTINGS)
    client.posts.create(content="Two", platforms=targets, is_draft=True)
    own = {**targets[1], "platformSpecificData": {"privacyLevel": "SELF_ONLY", "draft": True}}
    client.posts.create(content="Three", platforms=[own], scheduled_for="2030-01-01T10:00:00Z")
    assert len(tap.bodies) == 3
    assert "tiktokSettings" in tap.bodies[0] and "tiktokSettings" not in tap.bodies[1]


def test_a_tiktok_post_that_the_api_saves_as_a_draft_needs_no_settings(client: Late, tap: Tap) -> None:
    """No scheduled_for, publish_now or queued_from_profile: the API saves a draft."""
    client.posts.create(content="Later", platforms=[{"platform": "tiktok", "accountId": "tt_1"}])
    assert len(tap.bodies) == 1
    # A time on the platform entry alone schedules it: then the settings are needed.
    timed = {"platform": "tiktok", "accountId": "tt_1", "scheduled_for": "2031-01-01T10:00:00Z"}
    with pytest.raises(LateValidationError, match="requires tiktok_settings"):
        client.posts.create(content="Timed", platforms=[timed])
    assert len(tap.bodies) == 1


def test_iter_stops_with_an_error_when_the_api_repeats_a_cursor() -> None:
    """The posts of the page that repeats it are handed out; the error comes only if more are needed."""

    def handler(request: httpx.Request) -> httpx.Response:
        first = request.url.params.get("cursor") is None
        ids = ["p1", "p2"] if first else ["p3", "p4"]
        posts = [{"_id": i, "content": "c", "status": "draft"} for i in ids]
        page = {"page": 1, "limit": 2, "total": 9, "pages": 5, "nextCursor": "A"}
        return httpx.Response(200, json={"posts": posts, "pagination": page})

    with Late(
        api_key=KEY, base_url="https://getlate.dev/api", transport=httpx.MockTransport(handler)
    ) as client:
        seen: list[str] = []
        with pytest.raises(LateAPIError, match="already given"):
            seen.extend(present(p.field_id) for p in client.posts.iter(limit=2))
        assert seen == ["p1", "p2", "p3", "p4"]
        assert [p.field_id for p in client.posts.iter(limit=2, max_items=4)] == seen  # no page needed
