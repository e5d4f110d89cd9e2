"""The list filters and the operations on one post (edit, pin, unpin, unpublish, update_metadata, review),
sync and async, against the in-process sandbox: what goes on the wire, the typed answers, the API's rules,
local validation that sends nothing, and each operation's retry mode."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from late_api_client.models import (
    EditPostResponse200,
    PinPostResponse,
    PostGetResponse,
    UnpublishPostResponse200,
    UpdatePostMetadataResponse200,
)

import late
import late.testing
from late import (
    Clock,
    Late,
    LateConflictError,
    LateConnectionError,
    LateValidationError,
    Platform,
    PostStatus,
    validation,
)
from late.resources import _post_actions
from late.resources._base import CallOptions
from late.testing import Sandbox
from tests.support.facade import KEY, Tap, assert_refused_before_sending, assert_unknown_keyword_is_type_error
from tests.support.modes import call
from tests.support.values import present

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text())
LATER = datetime(2030, 7, 1, 9, 0, tzinfo=UTC)
FB_YT = [{"platform": "facebook", "accountId": "fb_1"}, {"platform": "youtube", "accountId": "yt_1"}]
VIDEO = [{"type": "video", "url": "https://cdn.example.com/clip.mp4"}]


async def walk(client: Late, mode: str, **filters: Any) -> list[str]:
    if mode == "sync":
        return [present(p.field_id) for p in client.posts.iter(**filters)]
    return [present(p.field_id) async for p in client.posts.aiter(**filters)]


def published(sandbox: Sandbox, platforms: list[dict[str, Any]] = FB_YT, **fields: Any) -> str:
    """A published post stored in the sandbox; its id."""
    now = sandbox.now().isoformat()
    entries = [
        {
            **p,
            "platformPostId": f"{p['platform']}_1",
            "platformPostUrl": "https://example.com/p/1",
            "publishedAt": now,
        }
        for p in platforms
    ]
    doc = sandbox.seed_post(content="Hello", status="published", platforms=entries, publishedAt=now, **fields)
    return str(doc["_id"])


# ------------------------------------------------------------------------------------------- list filters


async def test_every_list_filter_goes_on_the_wire(client: Late, sandbox: Sandbox, mode: str) -> None:
    response = await call(
        client,
        mode,
        "list",
        limit=500,
        offset=3,
        search="launch day",
        tags=["launch", "job"],
        sort_by="created_asc",
        source="zernio",
        account_id="0123456789abcdef01234567",
        fields=["status", "scheduled_for", "_id"],
    )
    assert response.pagination.limit == 500
    assert sandbox.requests[-1].query == (
        "limit=500&offset=3&fields=status%2CscheduledFor%2C_id&source=zernio&search=launch+day"
        "&tags=launch%2Cjob&sortBy=created-asc&accountId=0123456789abcdef01234567"
    )


async def test_list_filters_select_posts(client: Late, sandbox: Sandbox, mode: str) -> None:
    sandbox.seed_post(content="Launch day!", tags=["launch", "job"], scheduledFor="2030-01-01T00:00:00Z")
    sandbox.seed_post(content="Launch rehearsal", tags=["launch"], scheduledFor="2030-01-02T00:00:00Z")
    sandbox.seed_post(content="Other", tags=["job"], scheduledFor="2030-01-03T00:00:00Z")

    by_search = await call(client, mode, "list", search="launch")
    assert sorted(p.content for p in by_search.posts) == ["Launch day!", "Launch rehearsal"]
    by_tags = await call(client, mode, "list", tags=["launch", "job"])
    assert [p.content for p in by_tags.posts] == ["Launch day!"]
    oldest_first = await call(client, mode, "list", sort_by="scheduled-asc")
    assert [p.content for p in oldest_first.posts] == ["Launch day!", "Launch rehearsal", "Other"]
    after_one = await call(client, mode, "list", sort_by="scheduled-asc", offset=1, limit=1)
    assert [p.content for p in after_one.posts] == ["Launch rehearsal"]
    assert after_one.pagination.page == 2  # derived from the offset, as the spec says


@pytest.mark.parametrize(
    ("kwargs", "param", "fragment"),
    [
        ({"limit": 501}, "limit", "between 1 and 500"),
        ({"offset": -1}, "offset", "at least 0"),
        ({"offset": "3"}, "offset", "integer"),
        ({"search": 5}, "search", "string"),
        ({"tags": "launch"}, "tags", "list of strings"),
        ({"tags": ["t"] * 21}, "tags", "at most 20"),
        ({"tags": ["a", ""]}, "tags[1]", "empty"),
        ({"tags": ["a,b"]}, "tags[0]", "comma"),
        ({"sort_by": "newest"}, "sort_by", "scheduled-desc"),
        ({"source": "instagram"}, "source", "external"),
        ({"account_id": " "}, "account_id", "non-empty"),
        ({"fields": "status"}, "fields", "list of strings"),
        ({"cursor": "abc", "sort_by": "status"}, "cursor", "sort_by='status'"),
        ({"cursor": "abc", "source": "external"}, "cursor", "external"),
        ({"fields": ["status"], "source": "external"}, "fields", "external"),
    ],
)
async def test_bad_list_filters_send_nothing(
    client: Late, sandbox: Sandbox, mode: str, kwargs: dict[str, Any], param: str, fragment: str
) -> None:
    with pytest.raises(LateValidationError) as info:
        await call(client, mode, "list", **kwargs)
    assert info.value.param == param
    assert fragment in info.value.message
    with pytest.raises(LateValidationError):  # iter checks the same, before its first page
        await walk(client, mode, **kwargs)
    assert sandbox.requests == []


async def test_iter_follows_offsets_where_there_is_no_cursor(
    client: Late, sandbox: Sandbox, mode: str
) -> None:
    ids = [sandbox.seed_post(content=f"post {i}")["_id"] for i in range(7)]
    everything = await walk(client, mode, sort_by="status", limit=7)
    assert sorted(everything) == sorted(ids)
    walked = await walk(client, mode, sort_by="status", limit=2, offset=1)
    assert walked == everything[1:]  # every post after the first, in order, none twice
    queries = [r.query for r in sandbox.requests[1:]]
    assert queries == [f"limit=2&offset={n}&sortBy=status" for n in (1, 3, 5)]  # stops at total (7)


async def test_iter_from_an_offset_takes_the_cursor_once_given(
    client: Late, sandbox: Sandbox, mode: str
) -> None:
    for i in range(5):
        sandbox.seed_post(content=f"post {i}")
    walked = await walk(client, mode, limit=2, offset=1)
    assert len(walked) == len(set(walked)) == 4
    queries = [r.query for r in sandbox.requests]
    assert queries[0] == "limit=2&offset=1"
    assert all(q.startswith("limit=2&cursor=") for q in queries[1:])  # the cursor leads; no offset with it
    assert len(queries) == 2


async def test_iter_numbered_pages_without_a_cursor(client: Late, sandbox: Sandbox, mode: str) -> None:
    for i in range(5):
        sandbox.seed_post(content=f"post {i}")
    walked = await walk(client, mode, sort_by="platform", limit=2)
    assert len(walked) == len(set(walked)) == 5
    assert [r.query for r in sandbox.requests] == [f"page={n}&limit=2&sortBy=platform" for n in (1, 2, 3)]


# ------------------------------------------------------------------------------------ the new operations


async def test_edit(client: Late, sandbox: Sandbox, tap: Tap, mode: str) -> None:
    post_id = published(sandbox)
    response = await call(client, mode, "edit", post_id, platform=Platform.FACEBOOK, content="Fixed typo")
    assert isinstance(response, EditPostResponse200)
    assert response.success is True and response.id == "facebook_1"
    assert response.message == "facebook post edited successfully"
    assert tap.bodies[-1] == {"platform": "facebook", "content": "Fixed typo"}
    assert sandbox.posts[post_id]["platforms"][0]["customContent"] == "Fixed typo"
    assert sandbox.requests[-1].path == f"/v1/posts/{post_id}/edit"


async def test_edit_picks_an_account_and_x_gets_a_new_id(
    client: Late, sandbox: Sandbox, tap: Tap, mode: str
) -> None:
    post_id = published(
        sandbox, [{"platform": "twitter", "accountId": "tw_1"}, {"platform": "twitter", "accountId": "tw_2"}]
    )
    with pytest.raises(LateConflictError) as info:  # published to two X accounts: which one?
        await call(client, mode, "edit", post_id, platform="twitter", content="New")
    assert info.value.code == "ambiguous_account"
    response = await call(client, mode, "edit", post_id, platform="Twitter", content="New", account_id="tw_2")
    assert tap.bodies[-1] == {"platform": "twitter", "content": "New", "accountId": "tw_2"}
    assert response.id != "twitter_1"  # X assigns a new post id on edit


async def test_only_a_published_post_can_be_edited_pinned_or_unpublished(
    client: Late, sandbox: Sandbox, mode: str
) -> None:
    draft_id = sandbox.seed_post(content="Draft", platforms=FB_YT)["_id"]
    for name, kwargs in [
        ("edit", {"platform": "facebook", "content": "x"}),
        ("pin", {"platform": "facebook"}),
        ("unpin", {"platform": "facebook"}),
        ("unpublish", {"platform": "facebook"}),
        ("update_metadata", {"platform": "youtube", "title": "x"}),
    ]:
        with pytest.raises(LateValidationError) as info:
            await call(client, mode, name, draft_id, **kwargs)
        assert info.value.status_code == 400, name  # the API's answer, not a local check
        assert "not published" in info.value.message
    assert sandbox.posts[draft_id]["status"] == "draft"


async def test_pin_and_unpin(client: Late, sandbox: Sandbox, tap: Tap, mode: str) -> None:
    post_id = published(sandbox)
    pinned = await call(client, mode, "pin", post_id, platform="facebook", account_id="fb_1")
    assert isinstance(pinned, PinPostResponse)
    assert (pinned.success, pinned.pinned, pinned.platform_post_id) == (True, True, "facebook_1")
    assert tap.bodies[-1] == {"platform": "facebook", "accountId": "fb_1"}
    assert sandbox.posts[post_id]["platforms"][0]["pinned"] is True
    unpinned = await call(client, mode, "unpin", post_id, platform="facebook")
    assert (unpinned.pinned, unpinned.message) == (False, "Post unpinned from the Facebook Page")
    assert sandbox.posts[post_id]["platforms"][0]["pinned"] is False


async def test_pin_a_post_not_on_facebook(client: Late, sandbox: Sandbox, mode: str) -> None:
    post_id = published(sandbox, [{"platform": "linkedin", "accountId": "li_1"}])
    with pytest.raises(LateValidationError) as info:
        await call(client, mode, "pin", post_id, platform="facebook")
    assert (info.value.status_code, info.value.code) == (400, "platform_not_supported")


async def test_unpublish(client: Late, sandbox: Sandbox, tap: Tap, mode: str) -> None:
    post_id = published(sandbox)
    response = await call(client, mode, "unpublish", post_id, platform="youtube")
    assert isinstance(response, UnpublishPostResponse200)
    assert (response.success, response.message) == (True, "Post deleted from youtube successfully")
    assert tap.bodies[-1] == {"platform": "youtube"}
    assert sandbox.posts[post_id]["status"] == "partial"  # Facebook's copy is still up
    await call(client, mode, "unpublish", post_id, platform="facebook")
    assert sandbox.posts[post_id]["status"] == "cancelled"  # kept, as cancelled
    with pytest.raises(LateValidationError) as info:  # a repeat: nothing published there any more
        await call(client, mode, "unpublish", post_id, platform="facebook")
    assert info.value.status_code == 400


async def test_update_metadata(client: Late, sandbox: Sandbox, tap: Tap, mode: str) -> None:
    post_id = published(sandbox)
    response = await call(
        client,
        mode,
        "update_metadata",
        post_id,
        platform="youtube",
        title="New title",
        description="New description",
        tags=["seo", "tutorial"],
        category_id="27",
        privacy_status="UNLISTED",
        thumbnail_url="https://cdn.example.com/thumb.jpg",
        made_for_kids=False,
        contains_synthetic_media=True,
    )
    assert isinstance(response, UpdatePostMetadataResponse200)
    assert response.updated_fields == [name for name in tap.bodies[-1] if name != "platform"]
    assert tap.bodies[-1] == {
        "platform": "youtube",
        "title": "New title",
        "description": "New description",
        "tags": ["seo", "tutorial"],
        "categoryId": "27",
        "privacyStatus": "unlisted",
        "thumbnailUrl": "https://cdn.example.com/thumb.jpg",
        "madeForKids": False,
        "containsSyntheticMedia": True,
    }
    youtube = sandbox.posts[post_id]["platforms"][1]["platformSpecificData"]
    assert (youtube["title"], youtube["privacyStatus"]) == ("New title", "unlisted")


async def test_update_metadata_of_a_video_published_elsewhere(client: Late, tap: Tap, mode: str) -> None:
    response = await call(
        client,
        mode,
        "update_metadata",
        "_",
        platform="youtube",
        video_id="dQw4w9WgXcQ",
        account_id="yt_1",
        playlist_id="PL123",
    )
    assert (response.video_id, response.updated_fields) == ("dQw4w9WgXcQ", ["playlistId"])
    assert tap.bodies[-1] == {
        "platform": "youtube",
        "videoId": "dQw4w9WgXcQ",
        "accountId": "yt_1",
        "playlistId": "PL123",
    }


async def test_review(client: Late, sandbox: Sandbox, tap: Tap, mode: str) -> None:
    target = [{"platform": "twitter", "accountId": "tw_1"}]
    created = await call(
        client,
        mode,
        "create",
        content="Needs a yes",
        platforms=target,
        scheduled_for=LATER,
        requires_approval=True,
    )
    assert tap.bodies[-1]["requiresApproval"] is True
    assert created.post.status == PostStatus.PENDING_APPROVAL
    post_id = created.post.field_id
    approved = await call(client, mode, "review", post_id, decision="approve")
    assert isinstance(approved, PostGetResponse)
    assert present(approved.post).status == PostStatus.SCHEDULED
    assert tap.bodies[-1] == {"decision": "approve"}
    with pytest.raises(LateConflictError) as info:  # only a post pending approval can be reviewed
        await call(client, mode, "review", post_id, decision="reject")
    assert info.value.code == "invalid_resource_state"

    draft = await call(client, mode, "create", content="Draft for review", is_draft=True)
    submitted = await call(
        client,
        mode,
        "update",
        draft.post.field_id,
        requires_approval=True,
        platforms=target,
        scheduled_for=LATER,
    )
    assert submitted.post.status == PostStatus.PENDING_APPROVAL
    rejected = await call(client, mode, "review", draft.post.field_id, decision="Reject")
    assert rejected.post.status == PostStatus.DRAFT


# ---------------------------------------------------------------------------------------- bad input


PID = "0123456789abcdef01234567"
BAD_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any], str | None, str]] = [
    # Left out, a required argument is Python's TypeError (test_a_missing_required_argument_...);
    # given as None, the SDK names it.
    ("edit", (PID,), {"content": "x", "platform": None}, "platform", "needs platform"),
    ("edit", (PID,), {"platform": "twitter", "content": None}, "content", "needs content"),
    ("edit", (PID,), {"platform": "twitter", "content": " "}, "content", "non-empty"),
    ("edit", (PID,), {"platform": "instagram", "content": "x"}, "platform", "cannot edit"),
    ("edit", (PID,), {"platform": "x", "content": "x"}, "platform", "did you mean 'twitter'"),
    ("edit", (PID,), {"platform": "twitter", "content": "x", "account_id": ""}, "account_id", "non-empty"),
    ("edit", ("",), {"platform": "twitter", "content": "x"}, "post_id", "non-empty"),
    ("edit", ("../retry",), {"platform": "twitter", "content": "x"}, "post_id", "not a valid id"),
    ("pin", (PID,), {"platform": None}, "platform", "needs platform"),
    ("pin", (PID,), {"platform": "twitter"}, "platform", "supported: facebook"),
    ("unpin", (PID,), {"platform": Platform.LINKEDIN}, "platform", "supported: facebook"),
    ("unpin", (None,), {"platform": "facebook"}, "post_id", "string"),
    ("unpublish", (PID,), {"platform": "tiktok"}, "platform", "cannot unpublish"),
    ("unpublish", (PID,), {"platform": "instagram", "account_id": "a"}, "platform", "cannot unpublish"),
    ("update_metadata", (PID,), {"platform": "facebook", "title": "x"}, "platform", "supported: youtube"),
    ("update_metadata", (PID,), {"platform": "youtube"}, None, "at least one field"),
    ("update_metadata", (PID,), {"platform": "youtube", "title": "x" * 101}, "title", "at most 100"),
    ("update_metadata", (PID,), {"platform": "youtube", "tags": "seo"}, "tags", "list of strings"),
    ("update_metadata", (PID,), {"platform": "youtube", "tags": ["ok", "y" * 101]}, "tags[1]", "at most 100"),
    ("update_metadata", (PID,), {"platform": "youtube", "tags": ["y" * 90] * 6}, "tags", "at most 500"),
    (
        "update_metadata",
        (PID,),
        {"platform": "youtube", "privacy_status": "hidden"},
        "privacy_status",
        "unlisted",
    ),
    (
        "update_metadata",
        (PID,),
        {"platform": "youtube", "thumbnail_url": "thumb.jpg"},
        "thumbnail_url",
        "http",
    ),
    (
        "update_metadata",
        (PID,),
        {"platform": "youtube", "made_for_kids": "no"},
        "made_for_kids",
        "True or False",
    ),
    ("update_metadata", ("_",), {"platform": "youtube", "title": "x"}, "video_id", "needs video_id"),
    (
        "update_metadata",
        ("_",),
        {"platform": "youtube", "title": "x", "video_id": "v"},
        "account_id",
        "account_id",
    ),
    ("review", (PID,), {"decision": None}, "decision", "needs decision"),
    ("review", (PID,), {"decision": "maybe"}, "decision", "approve, reject"),
    ("review", (PID,), {"decision": True}, "decision", "string"),
    ("create", (), {"content": "x", "platforms": FB_YT, "requires_approval": True}, "scheduled_for", "needs"),
    (
        "create",
        (),
        {"content": "x", "is_draft": True, "requires_approval": True},
        "requires_approval",
        "is_draft",
    ),
    (
        "create",
        (),
        {"content": "x", "is_draft": True, "requires_approval": 1},
        "requires_approval",
        "True or",
    ),
]


@pytest.mark.parametrize(("name", "args", "kwargs", "param", "fragment"), BAD_CALLS)
async def test_bad_input_sends_nothing(
    client: Late,
    sandbox: Sandbox,
    mode: str,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    param: str | None,
    fragment: str,
) -> None:
    """The facade tests' check on these calls: a LateValidationError naming ``param``, nothing sent."""
    await assert_refused_before_sending(client, sandbox, mode, name, args, kwargs, param, fragment)


@pytest.mark.parametrize(
    ("name", "kwargs", "missing"),
    [("edit", {"content": "x"}, "'platform'"), ("pin", {}, "'platform'"), ("review", {}, "'decision'")],
)
async def test_a_missing_required_argument_is_pythons_type_error(
    client: Late, sandbox: Sandbox, mode: str, name: str, kwargs: dict[str, Any], missing: str
) -> None:
    """The signature says what is required; leaving it out is a programming mistake, not an API error."""
    with pytest.raises(TypeError, match=f"missing 1 required keyword-only argument: {missing}") as info:
        await call(client, mode, name, PID, **kwargs)
    assert not isinstance(info.value, late.LateAPIError)
    assert sandbox.requests == []


TYPOS = [
    ("list", (), {"sortBy": "status"}, "'sortBy'; did you mean 'sort_by'?"),
    ("edit", (PID,), {"platform": "twitter", "content": "x", "accountId": "a"}, "'accountId'"),
    ("pin", (PID,), {"platform": "facebook", "acount_id": "a"}, "'acount_id'; did you mean 'account_id'?"),
    ("update_metadata", (PID,), {"platform": "youtube", "privacy": "public"}, "'privacy'"),
    ("review", (PID,), {"desicion": "approve"}, "'desicion'; did you mean 'decision'?"),
]


@pytest.mark.parametrize(("name", "args", "kwargs", "fragment"), TYPOS, ids=[t[0] for t in TYPOS])
async def test_an_unknown_keyword_is_a_type_error(
    client: Late,
    sandbox: Sandbox,
    mode: str,
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    fragment: str,
) -> None:
    """The facade tests' check: Python's TypeError with a did-you-mean, and nothing sent."""
    await assert_unknown_keyword_is_type_error(client, sandbox, mode, name, args, kwargs, fragment)


# ------------------------------------------------------------------------------------------ retry modes


@pytest.mark.parametrize(
    ("name", "kwargs", "retry_mode"),
    [
        ("edit", {"platform": "facebook", "content": "x"}, "unsafe"),
        ("pin", {"platform": "facebook"}, "idempotent"),
        ("unpin", {"platform": "facebook"}, "idempotent"),
        ("unpublish", {"platform": "facebook"}, "unsafe"),
        ("update_metadata", {"platform": "youtube", "title": "x"}, "idempotent"),
        ("update_metadata", {"platform": "youtube", "playlist_id": "PL1"}, "unsafe"),
        ("review", {"decision": "approve"}, "unsafe"),
    ],
)
def test_each_operation_has_its_retry_mode(
    client: Late, name: str, kwargs: dict[str, Any], retry_mode: str
) -> None:
    operation = getattr(client.posts, "_" + name)(PID, kwargs)
    assert operation.request.method == "POST"
    assert operation.request.retry_mode == retry_mode


@pytest.fixture
def retrying(sandbox: Sandbox) -> Iterator[Late]:
    """A client that retries once, and skips its backoff sleeps (a clock that does not wait)."""

    async def no_sleep(seconds: float) -> None:
        return None

    clock = Clock(sleep=lambda seconds: None, asleep=no_sleep)
    with Late(api_key=KEY, transport=sandbox, max_retries=1, clock=clock) as client:
        yield client


async def test_a_pin_whose_answer_was_lost_is_repeated(retrying: Late, sandbox: Sandbox, mode: str) -> None:
    post_id = published(sandbox)
    sandbox.faults.add("POST", "/v1/posts/{postId}/pin", drop=True, after=True)  # it ran; the answer is lost
    response = await call(retrying, mode, "pin", post_id, platform="facebook")
    assert response.pinned is True
    assert [r.handled for r in sandbox.requests] == [True, True]  # pinning twice is still pinned


async def test_an_edit_whose_answer_was_lost_is_not_repeated(
    retrying: Late, sandbox: Sandbox, mode: str
) -> None:
    post_id = published(sandbox)
    sandbox.faults.add("POST", "/v1/posts/{postId}/edit", drop=True, after=True)
    with pytest.raises(LateConnectionError) as info:
        await call(retrying, mode, "edit", post_id, platform="facebook", content="Once")
    assert "may have reached the API and been carried out" in info.value.message
    assert len(sandbox.requests) == 1  # one edit, one history entry
    assert len(sandbox.posts[post_id]["editHistory"]) == 1


# ------------------------------------------------------------------------------------------ one place


def test_each_parameter_list_is_the_generated_body_model() -> None:
    """The signature users see, the checks the SDK runs and the generated body model (the spec) name the
    same fields, and the spec's required fields are the signature's required keywords: a field the spec
    adds or drops fails here until the operation follows."""
    import inspect

    import attrs
    from late_api_client import models

    from late.resources.posts import Posts

    bodies = {
        "edit": models.EditPostBody,
        "pin": models.PinPostRequest,
        "unpin": models.PinPostRequest,
        "unpublish": models.UnpublishPostBody,
        "update_metadata": models.UpdatePostMetadataBody,
        "review": models.ReviewPostBody,
    }
    options = set(CallOptions.__annotations__)
    for name, body in bodies.items():
        action = _post_actions.actions()[name]
        params = inspect.signature(getattr(Posts, name)).parameters.values()
        keyword = {p.name: p for p in params if p.kind is p.KEYWORD_ONLY and p.name not in options}
        fields = {f.name for f in attrs.fields(body)} - {"additional_properties"}
        assert set(keyword) == set(action.checks) == fields, name
        required = {validation.snake_case(n) for n in spec_body(name)["required"]}
        no_default = {n for n, p in keyword.items() if p.default is inspect.Parameter.empty}
        assert set(action.required) == required == no_default, name


PATHS = {
    "edit": "/v1/posts/{postId}/edit",
    "pin": "/v1/posts/{postId}/pin",
    "unpin": "/v1/posts/{postId}/unpin",
    "unpublish": "/v1/posts/{postId}/unpublish",
    "update_metadata": "/v1/posts/{postId}/update-metadata",
    "review": "/v1/posts/{postId}/review",
}


def spec_body(method: str) -> dict[str, Any]:
    """The JSON body schema openapi.yaml gives the operation behind ``posts.<method>``."""
    schema = SPEC["paths"][PATHS[method]]["post"]["requestBody"]["content"]["application/json"]["schema"]
    while "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return dict(schema)


def test_the_sandbox_supports_what_the_spec_lists() -> None:
    from late.testing import _pages, _post_actions

    assert set(spec_body("edit")["properties"]["platform"]["enum"]) == _post_actions.EDITABLE_PLATFORMS
    unpublish = spec_body("unpublish")["properties"]["platform"]["enum"]
    assert set(unpublish) == _post_actions.UNPUBLISHABLE_PLATFORMS
    metadata = spec_body("update_metadata")["properties"]
    assert set(_post_actions.METADATA_FIELDS) == set(metadata) - {"platform", "videoId", "accountId"}
    assert set(_post_actions.PRIVACY_STATUSES) == set(metadata["privacyStatus"]["enum"])
    assert set(_pages.SORTS) == set(
        next(p for p in SPEC["paths"]["/v1/posts"]["get"]["parameters"] if p.get("name") == "sortBy")[
            "schema"
        ]["enum"]
    )


async def test_the_sandbox_refuses_bad_metadata(sandbox: Sandbox) -> None:
    post_id = published(sandbox)
    async with httpx.AsyncClient(transport=sandbox, base_url="https://sandbox.test/api") as http:
        for body, param in [
            ({"platform": "youtube", "title": "x" * 101}, "title"),
            ({"platform": "youtube", "tags": ["x" * 101]}, "tags"),
            ({"platform": "youtube", "tags": "seo"}, "tags"),
            ({"platform": "youtube", "privacyStatus": "hidden"}, "privacyStatus"),
            ({"platform": "youtube", "madeForKids": "yes"}, "madeForKids"),
            ({"platform": "youtube", "thumbnailUrl": "thumb.jpg"}, "thumbnailUrl"),
        ]:
            answer = await http.post(
                f"/v1/posts/{post_id}/update-metadata", json=body, headers={"Authorization": f"Bearer {KEY}"}
            )
            assert answer.status_code == 400, body
            assert answer.json()["param"] == param


def test_public_names_of_the_new_answers() -> None:
    assert late.PostEditResponse is EditPostResponse200
    assert late.PostPinResponse is PinPostResponse
    assert late.PostUnpublishResponse is UnpublishPostResponse200
    assert late.PostUpdateMetadataResponse is UpdatePostMetadataResponse200
