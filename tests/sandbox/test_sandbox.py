"""Behaviour of late.testing's sandbox, run both in process (httpx transport) and served over loopback."""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

import late.testing
from late.testing import user_id_for
from tests.support.sandbox_http import AUTH, ISO_Z, KEY, START, Env, assert_error, body, unique
from tests.support.values import unchecked

OTHER_KEY = "sk_test_beta"
OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")


def future(hours: float = 1) -> str:
    return (START + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------- auth and routing


def test_missing_key_is_401_missing_credentials(env: Env) -> None:
    response = env.client.get("/v1/posts", headers={"Authorization": ""})
    assert_error(response, 401, code="missing_credentials")
    assert response.json()["type"] == "authentication_error"


def test_key_not_starting_with_sk_is_401_invalid_credentials(env: Env) -> None:
    response = env.client.get("/v1/posts", headers={"Authorization": "Bearer pk_live_nope"})
    assert_error(response, 401, code="invalid_credentials")
    assert_error(env.client.get("/v1/posts", headers={"Authorization": "Basic sk_x"}), 401)


def test_explicit_api_keys_replace_the_sk_rule() -> None:
    sandbox = late.testing.sandbox(api_keys={"sk_only"})
    with httpx.Client(transport=sandbox, base_url="https://getlate.dev/api") as client:
        assert client.get("/v1/posts", headers={"Authorization": "Bearer sk_only"}).status_code == 200
        assert client.get("/v1/posts", headers={"Authorization": "Bearer sk_other"}).status_code == 401


def test_any_prefix_before_v1_is_accepted(env: Env) -> None:
    url = str(env.client.base_url).rstrip("/").removesuffix("/api")
    with httpx.Client(transport=env.client._transport, headers=AUTH) as bare:
        assert bare.get(url + "/v1/posts").status_code == 200
        assert bare.get(url + "/some/deep/prefix/v1/posts").status_code == 200
        assert bare.get(url + "/nothing-here").status_code == 404


def test_unknown_route_is_404_and_wrong_method_405(env: Env) -> None:
    assert_error(env.client.get("/v1/nope"), 404)
    assert_error(env.client.patch("/v1/posts", json={}), 405)


# --------------------------------------------------------------------------- create


def test_create_scheduled_post(env: Env) -> None:
    response = env.create(body("Hello", scheduledFor=future(2), tags=["a", "a", "b"]))
    assert response.status_code == 201
    data = response.json()
    assert data["message"] == "Post scheduled successfully"
    post = data["post"]
    assert OBJECT_ID.match(post["_id"])
    assert post["status"] == "scheduled"
    assert post["content"] == "Hello"
    assert post["scheduledFor"] == "2030-01-01T14:00:00.000Z"
    assert post["tags"] == ["a", "b"]
    assert post["userId"] == user_id_for(KEY)
    assert post["platforms"] == [{"platform": "twitter", "accountId": "acc_tw", "status": "pending"}]
    for key in ("createdAt", "updatedAt", "scheduledFor"):
        assert ISO_Z.match(post[key]), post[key]
    assert list(env.sandbox.posts) == [post["_id"]]


def test_publish_now_publishes_in_the_request(env: Env) -> None:
    data = body(scheduledFor=future(5), publishNow=True)
    data["platforms"].append({"platform": "linkedin", "accountId": "acc_li"})
    response = env.create(data)
    assert response.status_code == 201
    assert response.json()["message"] == "Post published successfully"
    post = response.json()["post"]
    assert post["status"] == "published"
    assert "scheduledFor" not in post
    assert ISO_Z.match(post["publishedAt"])
    for entry in post["platforms"]:
        assert entry["status"] == "published"
        assert entry["platformPostUrl"].startswith("https://")
        assert entry["platformPostId"]
    assert post["platforms"][1]["platformPostUrl"].startswith(
        "https://www.linkedin.com/feed/update/urn:li:share:"
    )


def test_is_draft_wins_and_no_schedule_means_draft(env: Env) -> None:
    assert env.create_ok(body(isDraft=True, publishNow=True, scheduledFor=future()))["status"] == "draft"
    assert env.create_ok(body())["status"] == "draft"
    draft = env.create_ok({"isDraft": True})  # drafts need neither content nor platforms
    assert draft["status"] == "draft" and draft["platforms"] == [] and draft["content"] == ""


def test_scheduled_for_in_the_past_publishes_synchronously(env: Env) -> None:
    post = env.create_ok(body(scheduledFor="2029-12-31T00:00:00Z"))
    assert post["status"] == "published"
    assert post["platforms"][0]["status"] == "published"


def test_scheduled_for_without_offset_is_local_time_in_timezone(env: Env) -> None:
    post = env.create_ok(body(scheduledFor="2030-01-15T10:00:00", timezone="America/New_York"))
    assert post["scheduledFor"] == "2030-01-15T15:00:00.000Z"
    assert post["timezone"] == "America/New_York"
    offset = env.create_ok(body(scheduledFor="2030-01-15T11:00:00+01:00", timezone="America/New_York"))
    assert offset["scheduledFor"] == "2030-01-15T10:00:00.000Z"


def test_unknown_timezone_is_400_only_when_scheduling(env: Env) -> None:
    assert_error(env.create(body(scheduledFor=future(), timezone="Mars/Olympus")), 400, "timezone")
    assert env.create_ok(body(timezone="Mars/Olympus"))["status"] == "draft"
    assert env.sandbox.posts and len(env.sandbox.posts) == 1


@pytest.mark.parametrize(
    ("data", "param"),
    [
        ({"platforms": [{"platform": "twitter", "accountId": "a"}], "publishNow": True}, "content"),
        ({"content": "x", "platforms": [], "publishNow": True}, "platforms"),
        ({"content": "x", "scheduledFor": "2031-01-01T00:00:00Z"}, "platforms"),
        ({"content": "x", "platforms": [{"platform": "myspace", "accountId": "a"}]}, "platforms[0].platform"),
        ({"content": "x", "platforms": [{"accountId": "a"}]}, "platforms[0].platform"),
        ({"content": "x", "platforms": [{"platform": "twitter"}]}, "platforms[0].accountId"),
        ({"content": "x", "platforms": ["twitter"]}, "platforms[0]"),
        ({"content": "x", "platforms": {"platform": "twitter"}}, "platforms"),
        (body(scheduledFor="next tuesday"), "scheduledFor"),
        (body(publishNow="yes"), "publishNow"),
        (body(content=unchecked(5)), "content"),
        (body(tags="a,b"), "tags"),
        (body(mediaItems=[{"url": "http://insecure.example/a.jpg"}]), "mediaItems[0].url"),
        (body(mediaItems=[{"type": "video", "url": "https://cdn.example/a.jpg"}]), "mediaItems[0].type"),
        (body(mediaItems=[{"type": "hologram", "url": "https://cdn.example/a"}]), "mediaItems[0].type"),
        (body(requiresApproval=True, publishNow=True, scheduledFor=future()), "requiresApproval"),
        (body(requiresApproval=True), "scheduledFor"),
    ],
)
def test_create_validation_errors_name_the_param(env: Env, data: dict[str, Any], param: str) -> None:
    assert_error(env.create(data), 400, param)
    assert env.sandbox.posts == {}


def test_create_rejects_bodies_that_are_not_json_objects(env: Env) -> None:
    for content in (b"{nope", b"[1, 2]", b""):
        response = env.client.post("/v1/posts", content=content, headers={"Content-Type": "application/json"})
        assert_error(response, 400)
    assert env.sandbox.posts == {}


def test_content_is_optional_with_media_or_custom_content(env: Env) -> None:
    media = env.create_ok(
        {
            "platforms": [{"platform": "instagram", "accountId": "acc_ig"}],
            "mediaItems": [{"url": "https://cdn.example/pic.png"}, {"url": ""}],
            "publishNow": True,
        }
    )
    assert media["status"] == "published"
    assert media["mediaItems"] == [{"url": "https://cdn.example/pic.png", "type": "image"}]
    custom = env.create_ok(
        {"platforms": [{"platform": "twitter", "accountId": "a", "customContent": "hi"}], "publishNow": True}
    )
    assert custom["platforms"][0]["customContent"] == "hi"


def test_queued_from_profile_takes_the_next_slot(env: Env) -> None:
    post = env.create_ok(body(queuedFromProfile="64f0a1b2c3d4e5f6a7b8c9d0"))
    assert post["status"] == "scheduled"
    assert post["scheduledFor"] == "2030-01-01T13:00:00.000Z"
    assert post["queuedFromProfile"] == "64f0a1b2c3d4e5f6a7b8c9d0"


def test_root_settings_are_merged_into_platform_data(env: Env) -> None:
    data = {
        "content": unique(),
        "platforms": [
            {"platform": "tiktok", "accountId": "tt", "platformSpecificData": {"allowComment": False}},
            {"platform": "facebook", "accountId": "fb"},
        ],
        "tiktokSettings": {"privacyLevel": "SELF_ONLY", "allowComment": True},
        "facebookSettings": {"draft": True},
        "isDraft": True,
    }
    post = env.create_ok(data)
    assert post["platforms"][0]["platformSpecificData"] == {
        "privacyLevel": "SELF_ONLY",
        "allowComment": False,
    }
    assert post["platforms"][1]["platformSpecificData"] == {"facebookSettings": {"draft": True}}


def test_tiktok_dry_run_creates_nothing(env: Env) -> None:
    data = {"content": "x", "platforms": [{"platform": "tiktok", "accountId": "tt"}], "dryRun": True}
    response = env.create(data)
    assert response.status_code == 200
    assert response.json() == {
        "dryRun": True,
        "canPublish": True,
        "tiktok": [{"accountId": "tt", "canPublish": True, "reason": "Sandbox: no TikTok limits apply"}],
    }
    assert_error(env.create(body(dryRun=True)), 400, "platforms")
    assert env.sandbox.posts == {}


# --------------------------------------------------------------------------- publishing outcomes


def test_failing_account_gives_partial_then_retry_publishes(env: Env) -> None:
    env.sandbox.failing_accounts["acc_bad"] = "Token expired"
    response = env.create(body(None, "acc_ok", "acc_bad", publishNow=True))
    assert response.status_code == 207
    data = response.json()
    assert data["post"]["status"] == "partial"
    assert "error" not in data
    assert data["platformResults"] == [
        {"platform": "twitter", "status": "published", "error": None},
        {"platform": "twitter", "status": "failed", "error": "Token expired"},
    ]
    failed_entry = data["post"]["platforms"][1]
    assert failed_entry["errorMessage"] == "Token expired"
    assert failed_entry["errorSource"] == "platform"
    post_id = data["post"]["_id"]

    still_failing = env.client.post(f"/v1/posts/{post_id}/retry")
    assert still_failing.status_code == 207
    assert still_failing.json()["post"]["status"] == "partial"

    del env.sandbox.failing_accounts["acc_bad"]
    retried = env.client.post(f"/v1/posts/{post_id}/retry")
    assert retried.status_code == 200
    assert retried.json()["message"] == "Post published successfully"
    assert retried.json()["post"]["status"] == "published"
    first_url = data["post"]["platforms"][0]["platformPostUrl"]
    assert retried.json()["post"]["platforms"][0]["platformPostUrl"] == first_url  # not re-published
    assert_error(env.client.post(f"/v1/posts/{post_id}/retry"), 400, code="invalid_resource_state")


def test_all_platforms_failing_is_207_failed(env: Env) -> None:
    env.sandbox.failing_accounts["acc_bad"] = "Nope"
    response = env.create(body(None, "acc_bad", publishNow=True))
    assert response.status_code == 207
    assert response.json()["post"]["status"] == "failed"
    assert response.json()["error"] == "All platforms failed"


def test_retry_only_failed_or_partial(env: Env) -> None:
    scheduled = env.create_ok(body(scheduledFor=future()))
    assert_error(env.client.post(f"/v1/posts/{scheduled['_id']}/retry"), 400)
    assert_error(env.client.post("/v1/posts/0123456789abcdef01234567/retry"), 404)


def test_scheduled_posts_publish_when_the_clock_passes(env: Env) -> None:
    post = env.create_ok(body(scheduledFor=future(2)))
    env.clock.advance(hours=1)
    assert env.client.get(f"/v1/posts/{post['_id']}").json()["post"]["status"] == "scheduled"
    env.clock.advance(hours=1, seconds=1)
    published = env.client.get(f"/v1/posts/{post['_id']}").json()["post"]
    assert published["status"] == "published"
    assert published["platforms"][0]["publishedAt"] == "2030-01-01T14:00:01.000Z"


def test_approval_flow(env: Env) -> None:
    post = env.create_ok(body(requiresApproval=True, scheduledFor=future()))
    assert post["status"] == "pending_approval"
    approved = env.client.post(f"/v1/posts/{post['_id']}/review", json={"decision": "approve"})
    assert approved.status_code == 200 and approved.json()["post"]["status"] == "scheduled"
    assert_error(env.client.post(f"/v1/posts/{post['_id']}/review", json={"decision": "approve"}), 409)
    other = env.create_ok(body(requiresApproval=True, scheduledFor=future()))
    rejected = env.client.post(f"/v1/posts/{other['_id']}/review", json={"decision": "reject"})
    assert rejected.json()["post"]["status"] == "draft"
    assert_error(env.client.post(f"/v1/posts/{other['_id']}/review", json={"decision": "maybe"}), 400)


# --------------------------------------------------------------------------- list


def make_posts(env: Env, n: int, **extra: Any) -> list[dict[str, Any]]:
    return [env.create_ok(body(scheduledFor=future(i + 1), **extra)) for i in range(n)]


def test_list_pagination(env: Env) -> None:
    posts = make_posts(env, 25)
    first = env.client.get("/v1/posts").json()
    assert first["pagination"]["page"] == 1
    assert first["pagination"]["limit"] == 10
    assert first["pagination"]["total"] == 25
    assert first["pagination"]["pages"] == 3
    # default sort: scheduled-desc
    assert [p["_id"] for p in first["posts"]] == [p["_id"] for p in reversed(posts)][:10]
    last = env.client.get("/v1/posts", params={"page": 3, "limit": 10}).json()
    assert len(last["posts"]) == 5
    assert last["pagination"]["nextCursor"] is None
    beyond = env.client.get("/v1/posts", params={"page": 9}).json()
    assert beyond["posts"] == [] and beyond["pagination"]["total"] == 25
    by_offset = env.client.get("/v1/posts", params={"offset": 20, "limit": 10}).json()
    assert by_offset["pagination"]["page"] == 3 and len(by_offset["posts"]) == 5
    empty = env.client.get("/v1/posts", params={"status": "failed"}).json()["pagination"]
    assert empty == {"page": 1, "limit": 10, "total": 0, "pages": 0, "nextCursor": None}


def test_list_cursor_walks_every_post_once(env: Env) -> None:
    posts = make_posts(env, 7)
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 3, "sortBy": "created-asc"}
    while True:
        page = env.client.get("/v1/posts", params=params).json()
        seen.extend(p["_id"] for p in page["posts"])
        cursor = page["pagination"]["nextCursor"]
        if cursor is None:
            break
        params["cursor"] = cursor
    assert seen == [p["_id"] for p in posts]
    assert_error(
        env.client.get("/v1/posts", params={"cursor": params["cursor"], "sortBy": "created-desc"}), 400
    )


@pytest.mark.parametrize("sort", ["created-asc", "scheduled-desc"])
def test_a_cursor_names_a_position_so_deleting_walked_posts_skips_none(env: Env, sort: str) -> None:
    """As the real API's cursor: the posts after the last one handed out, not an offset."""
    posts = make_posts(env, 7)
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 2, "sortBy": sort}
    while True:
        page = env.client.get("/v1/posts", params=params).json()
        for post in page["posts"]:
            seen.append(post["_id"])
            assert env.client.delete(f"/v1/posts/{post['_id']}").status_code == 200
        cursor = page["pagination"]["nextCursor"]
        if cursor is None:
            break
        params["cursor"] = cursor
    assert sorted(seen) == sorted(p["_id"] for p in posts)  # an offset would have skipped 3 of them


def test_list_filters(env: Env) -> None:
    env.sandbox.account_profiles["acc_p"] = "64f0a1b2c3d4e5f6a7b8c9d0"
    draft = env.create_ok(body("draft about cats", tags=["pets"]))
    scheduled = env.create_ok(
        body("scheduled dogs", "acc_p", scheduledFor="2030-03-10T09:00:00Z", tags=["pets", "x"])
    )
    linkedin = [{"platform": "linkedin", "accountId": "64e1f0a9e2b5af0012ab34ef"}]
    published = env.create_ok({"content": "linkedin now", "platforms": linkedin, "publishNow": True})
    other_user = env.client.post(
        "/v1/posts", json=body("from beta"), headers={"Authorization": f"Bearer {OTHER_KEY}"}
    ).json()["post"]

    def ids(**params: Any) -> set[str]:
        response = env.client.get("/v1/posts", params=params)
        assert response.status_code == 200, response.text
        data = response.json()
        assert data["pagination"]["total"] == len(data["posts"])
        return {p["_id"] for p in data["posts"]}

    assert ids() == {draft["_id"], scheduled["_id"], published["_id"], other_user["_id"]}
    assert ids(status="draft") == {draft["_id"], other_user["_id"]}
    assert ids(status="published") == {published["_id"]}
    assert ids(platform="linkedin") == {published["_id"]}
    assert ids(accountId="64e1f0a9e2b5af0012ab34ef") == {published["_id"]}
    assert ids(accountId="0" * 24) == set()
    assert ids(createdBy=user_id_for(OTHER_KEY)) == {other_user["_id"]}
    assert ids(createdBy=user_id_for(KEY)) == {draft["_id"], scheduled["_id"], published["_id"]}
    assert ids(profileId="64f0a1b2c3d4e5f6a7b8c9d0") == {scheduled["_id"]}
    assert ids(profileId="all") == ids()
    assert ids(fromDate="2030-03-10", toDate="2030-03-10") == {scheduled["_id"]}
    assert ids(fromDate="2030-03-10T09:00:01Z") == set()
    assert ids(dateTo="2030-01-01") == {draft["_id"], published["_id"], other_user["_id"]}
    assert ids(fromDate="") == ids()
    assert ids(search="DOGS") == {scheduled["_id"]}
    assert ids(tags="pets") == {draft["_id"], scheduled["_id"]}
    assert ids(tags="pets,x") == {scheduled["_id"]}

    env.sandbox.set_hidden(draft["_id"])
    assert draft["_id"] not in ids()
    assert draft["_id"] in ids(includeHidden="true")


def test_list_sort_and_fields(env: Env) -> None:
    late_post = env.create_ok(body(scheduledFor=future(10)))
    early_post = env.create_ok(body(scheduledFor=future(1)))
    asc = env.client.get("/v1/posts", params={"sortBy": "scheduled-asc"}).json()["posts"]
    assert [p["_id"] for p in asc] == [early_post["_id"], late_post["_id"]]
    created_desc = env.client.get("/v1/posts", params={"sortBy": "created-desc"}).json()["posts"]
    assert [p["_id"] for p in created_desc] == [early_post["_id"], late_post["_id"]]
    slim = env.client.get("/v1/posts", params={"fields": "status,scheduledFor"}).json()["posts"]
    assert all(set(p) == {"_id", "status", "scheduledFor"} for p in slim)
    ids_only = env.client.get("/v1/posts", params={"fields": "_id"}).json()["posts"]
    assert all(set(p) == {"_id"} for p in ids_only)
    assert_error(env.client.get("/v1/posts", params={"fields": "status,secret"}), 400, "fields")


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"stauts": "draft"}, "stauts"),
        ({"date_from": "2030-01-01"}, "date_from"),
        ({"limit": 0}, "limit"),
        ({"limit": 501}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"page": 0}, "page"),
        ({"offset": -1}, "offset"),
        ({"status": "lost"}, "status"),
        ({"sortBy": "random"}, "sortBy"),
        ({"includeHidden": "maybe"}, "includeHidden"),
        ({"fromDate": "2030-1-5"}, "fromDate"),
        ({"toDate": "2030-02-30"}, "toDate"),
        ({"profileId": "profile_999"}, "profileId"),
        ({"createdBy": "me"}, "createdBy"),
        ({"cursor": "!!!"}, "cursor"),
        ({"cursor": "WyJzY2hlZHVsZWQtZGVzYyIsICIyMDMwLTAxLTAxVDEwOjAwOjAwIiwgMV0"}, "cursor"),  # a naive time
        (
            {"cursor": "WyJzY2hlZHVsZWQtZGVzYyIsICIyMDMwLTAxLTAxVDEwOjAwOjAwKzAwOjAwIiwgMWU5OTld"},
            "cursor",
        ),  # 1e999 as the sequence
    ],
)
def test_list_rejects_bad_query(env: Env, params: dict[str, Any], param: str) -> None:
    response = env.client.get("/v1/posts", params=params)
    assert_error(response, 400, param)
    if param in {"stauts", "date_from"}:
        assert f"'{param}'" in response.json()["error"]
        assert "fromDate" in response.json()["error"]  # names the accepted parameters


def test_list_limit_500_is_accepted(env: Env) -> None:
    make_posts(env, 3)
    data = env.client.get("/v1/posts", params={"limit": 500}).json()
    assert data["pagination"]["limit"] == 500 and data["pagination"]["pages"] == 1


# --------------------------------------------------------------------------- get, update, delete


def test_get_post_and_404s(env: Env) -> None:
    post = env.create_ok()
    response = env.client.get(f"/v1/posts/{post['_id']}")
    assert response.status_code == 200
    assert response.json() == {"post": post}
    assert_error(env.client.get("/v1/posts/0123456789abcdef01234567"), 404)
    assert_error(env.client.get("/v1/posts/invalid_id"), 404)


def test_update_scheduled_post(env: Env) -> None:
    post = env.create_ok(body(scheduledFor=future()))
    env.clock.advance(minutes=5)
    response = env.client.put(
        f"/v1/posts/{post['_id']}", json={"content": "Updated!", "scheduledFor": future(3), "title": "T"}
    )
    assert response.status_code == 200
    assert response.json()["message"] == "Post updated successfully"
    updated = response.json()["post"]
    assert updated["content"] == "Updated!" and updated["title"] == "T"
    assert updated["scheduledFor"] == "2030-01-01T15:00:00.000Z"
    assert updated["status"] == "scheduled"
    assert updated["updatedAt"] == "2030-01-01T12:05:00.000Z" != updated["createdAt"]
    assert env.client.get(f"/v1/posts/{post['_id']}").json()["post"] == updated


def test_draft_stays_draft_unless_is_draft_false(env: Env) -> None:
    draft = env.create_ok(body())
    kept = env.client.put(f"/v1/posts/{draft['_id']}", json={"scheduledFor": future()}).json()["post"]
    assert kept["status"] == "draft" and kept["scheduledFor"] == "2030-01-01T13:00:00.000Z"
    promoted = env.client.put(f"/v1/posts/{draft['_id']}", json={"isDraft": False, "scheduledFor": future(2)})
    assert promoted.json()["post"]["status"] == "scheduled"
    now = env.client.put(f"/v1/posts/{draft['_id']}", json={"publishNow": True})
    assert now.json()["post"]["status"] == "published"


def test_promoting_a_draft_validates_it(env: Env) -> None:
    draft = env.create_ok({"isDraft": True})
    response = env.client.put(f"/v1/posts/{draft['_id']}", json={"isDraft": False, "scheduledFor": future()})
    assert_error(response, 400, "platforms")
    assert env.client.get(f"/v1/posts/{draft['_id']}").json()["post"]["status"] == "draft"


def test_update_only_editable_statuses(env: Env) -> None:
    published = env.create_ok(body(publishNow=True))
    assert_error(env.client.put(f"/v1/posts/{published['_id']}", json={"content": "x"}), 400)
    recycling = {"recycling": {"gap": 2, "gapFreq": "week"}}
    response = env.client.put(f"/v1/posts/{published['_id']}", json=recycling)
    assert response.status_code == 200
    assert response.json()["post"]["recycling"]["gap"] == 2
    assert response.json()["post"]["content"] == published["content"]
    pending = env.create_ok(body(requiresApproval=True, scheduledFor=future()))
    assert_error(env.client.put(f"/v1/posts/{pending['_id']}", json={"content": "x"}), 400)
    env.sandbox.failing_accounts["acc_bad"] = "boom"
    failed = env.create(body(None, "acc_bad", publishNow=True)).json()["post"]
    fixed = env.client.put(f"/v1/posts/{failed['_id']}", json={"content": "fixed"})
    assert fixed.status_code == 200 and fixed.json()["post"]["status"] == "failed"
    assert_error(env.client.put("/v1/posts/0123456789abcdef01234567", json={"content": "x"}), 404)


def test_update_settings_need_platforms(env: Env) -> None:
    post = env.create_ok(body(scheduledFor=future()))
    response = env.client.put(f"/v1/posts/{post['_id']}", json={"tiktokSettings": {"draft": True}})
    assert_error(response, 400, "platforms")


def test_delete(env: Env) -> None:
    draft = env.create_ok()
    response = env.client.delete(f"/v1/posts/{draft['_id']}")
    assert response.status_code == 200 and response.json() == {"message": "Post deleted successfully"}
    assert_error(env.client.get(f"/v1/posts/{draft['_id']}"), 404)
    assert_error(env.client.delete(f"/v1/posts/{draft['_id']}"), 404)
    published = env.create_ok(body(publishNow=True))
    assert_error(env.client.delete(f"/v1/posts/{published['_id']}"), 400)
    assert list(env.sandbox.posts) == [published["_id"]]


# --------------------------------------------------------------------------- idempotency and dedup


def test_idempotency_key_replays_the_original_post(env: Env) -> None:
    first = env.create(body("original", scheduledFor=future()), **{"Idempotency-Key": "k-1"})
    assert first.status_code == 201
    again = env.create(body("a different body", publishNow=True), **{"Idempotency-Key": "k-1"})
    assert again.status_code == 200
    assert again.json()["message"] == "Post already exists (idempotent retry)"
    assert again.json()["post"] == first.json()["post"]
    assert len(env.sandbox.posts) == 1
    other = env.create(body("another post"), **{"Idempotency-Key": "k-2"})
    assert other.status_code == 201 and len(env.sandbox.posts) == 2


def test_idempotency_keys_expire_after_24h_and_are_per_user(env: Env) -> None:
    env.create_ok(None)
    first = env.create(body("p1"), **{"Idempotency-Key": "k"})
    beta = env.client.post(
        "/v1/posts", json=body("p2"), headers={"Idempotency-Key": "k", "Authorization": f"Bearer {OTHER_KEY}"}
    )
    assert beta.status_code == 201 and beta.json()["post"]["_id"] != first.json()["post"]["_id"]
    env.clock.advance(hours=24, seconds=1)
    later = env.create(body("p3"), **{"Idempotency-Key": "k"})
    assert later.status_code == 201 and later.json()["post"]["content"] == "p3"


def test_idempotency_key_is_released_when_the_first_request_failed(env: Env) -> None:
    assert_error(env.create(body(scheduledFor="garbage"), **{"Idempotency-Key": "k-f"}), 400)
    retry = env.create(body(scheduledFor=future()), **{"Idempotency-Key": "k-f"})
    assert retry.status_code == 201


def test_idempotency_key_longer_than_255_is_400(env: Env) -> None:
    assert_error(env.create(body(), **{"Idempotency-Key": "k" * 256}), 400, "Idempotency-Key")
    assert env.create(body(), **{"Idempotency-Key": "k" * 255}).status_code == 201


def test_idempotency_conflict_while_the_original_is_in_progress(env: Env) -> None:
    release = threading.Event()
    fault = env.sandbox.faults.add("POST", "/v1/posts", hold=release)
    results: list[httpx.Response] = []
    worker = threading.Thread(
        target=lambda: results.append(
            env.create(body("slow", scheduledFor=future()), **{"Idempotency-Key": "k-slow"})
        )
    )
    worker.start()
    try:
        assert fault.reached.wait(5)
        conflict = env.create(body("slow", scheduledFor=future()), **{"Idempotency-Key": "k-slow"})
        assert_error(conflict, 409, code="idempotency_conflict")
        assert conflict.headers["Retry-After"] == "1"
        assert env.sandbox.posts == {}
    finally:
        release.set()
        worker.join(5)
    assert results[0].status_code == 201
    replay = env.create(body("slow"), **{"Idempotency-Key": "k-slow"})
    assert replay.status_code == 200 and replay.json()["post"]["_id"] == results[0].json()["post"]["_id"]


def test_duplicate_content_is_409_within_24h(env: Env) -> None:
    original = env.create_ok(body("same words", scheduledFor=future()))
    duplicate = env.create(body("same words", scheduledFor=future(2)))
    assert_error(duplicate, 409, code="duplicate_content")
    assert duplicate.json()["details"] == {
        "accountId": "acc_tw",
        "platform": "twitter",
        "existingPostId": original["_id"],
    }
    assert env.create(body("same words", "another_account", scheduledFor=future())).status_code == 201
    assert env.create(body("same words", isDraft=True)).status_code == 201  # drafts are not checked
    env.clock.advance(hours=24)
    assert env.create(body("same words", scheduledFor=future(30))).status_code == 201


def test_same_x_request_id_returns_the_original_instead_of_409(env: Env) -> None:
    original = env.create(body("rid", scheduledFor=future()), **{"x-request-id": "r-1"}).json()["post"]
    replay = env.create(body("rid", scheduledFor=future()), **{"x-request-id": "r-1"})
    assert replay.status_code == 200 and replay.json()["post"]["_id"] == original["_id"]
    assert_error(env.create(body("rid", scheduledFor=future()), **{"x-request-id": "r-2"}), 409)
    assert len(env.sandbox.posts) == 1


def test_deleting_frees_the_content(env: Env) -> None:
    post = env.create_ok(body("again", scheduledFor=future()))
    env.client.delete(f"/v1/posts/{post['_id']}")
    assert env.create(body("again", scheduledFor=future())).status_code == 201


def test_dedup_can_be_switched_off() -> None:
    sandbox = late.testing.sandbox(dedup=False)
    with httpx.Client(transport=sandbox, base_url="https://h/api", headers=AUTH) as client:
        for _ in range(2):
            assert client.post("/v1/posts", json=body("same", publishNow=True)).status_code == 201
    assert len(sandbox.posts) == 2


# --------------------------------------------------------------------------- faults


def test_status_faults_are_consumed_in_order(env: Env) -> None:
    env.sandbox.faults.add("POST", "/v1/posts", status=503, headers={"Retry-After": "1"}, times=2)
    env.sandbox.faults.add("POST", "/v1/posts", status=429, headers={"Retry-After": "7"})
    statuses = []
    for _ in range(4):
        response = env.create(body("faulty"))
        statuses.append(response.status_code)
        if response.status_code == 503:
            assert response.headers["Retry-After"] == "1"
            assert response.json()["code"] == "temporarily_unavailable"
        if response.status_code == 429:
            assert response.headers["Retry-After"] == "7"
            assert response.json()["type"] == "rate_limit_error"
    assert statuses == [503, 503, 429, 201]
    assert len(env.sandbox.posts) == 1
    log = [(r.method, r.path, r.status, r.handled) for r in env.sandbox.requests]
    assert log == [
        ("POST", "/v1/posts", 503, False),
        ("POST", "/v1/posts", 503, False),
        ("POST", "/v1/posts", 429, False),
        ("POST", "/v1/posts", 201, True),
    ]
    assert env.sandbox.faults.pending == []


def test_html_502_and_unusual_status(env: Env) -> None:
    env.sandbox.faults.add(path="/v1/posts", status=502, body="<html><body>Bad gateway</body></html>")
    env.sandbox.faults.add("GET", status=520, body=b"", content_type="text/plain")
    response = env.client.get("/v1/posts")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "Bad gateway" in response.text
    odd = env.client.get("/v1/posts")
    assert odd.status_code == 520 and odd.content == b""
    assert env.client.get("/v1/posts").status_code == 200


def test_fault_matching_by_method_and_path_template(env: Env) -> None:
    post = env.create_ok()
    env.sandbox.faults.add("DELETE", "/v1/posts/{postId}", status=500)
    assert env.client.get(f"/v1/posts/{post['_id']}").status_code == 200
    assert env.client.post("/v1/posts", json=body()).status_code == 201
    assert_error(env.client.delete(f"/v1/posts/{post['_id']}"), 500)
    assert env.client.delete(f"/v1/posts/{post['_id']}").status_code == 200


def test_drop_before_processing(env: Env) -> None:
    env.sandbox.faults.add("POST", "/v1/posts", drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        env.create(body(), **{"Idempotency-Key": "k-drop"})
    assert env.sandbox.posts == {}
    record = env.sandbox.requests[-1]
    assert (record.status, record.handled) == (None, False)
    assert env.create(body(), **{"Idempotency-Key": "k-drop"}).status_code == 201


def test_drop_after_processing_then_idempotent_retry(env: Env) -> None:
    env.sandbox.faults.add("POST", "/v1/posts", drop=True, after=True)
    data = body("exactly once", publishNow=True)
    with pytest.raises(httpx.RemoteProtocolError):
        env.create(data, **{"Idempotency-Key": "k-once"})
    assert len(env.sandbox.posts) == 1  # the post WAS created
    record = env.sandbox.requests[-1]
    assert (record.status, record.handled) == (None, True)
    retry = env.create(data, **{"Idempotency-Key": "k-once"})
    assert retry.status_code == 200
    assert retry.json()["post"]["_id"] == next(iter(env.sandbox.posts))
    assert len(env.sandbox.posts) == 1
    # Without a key, the same retry is stopped by the duplicate-content check.
    env.sandbox.faults.add("POST", "/v1/posts", drop=True, after=True)
    with pytest.raises(httpx.RemoteProtocolError):
        env.create(body("twice?", publishNow=True))
    assert_error(env.create(body("twice?", publishNow=True)), 409, code="duplicate_content")


def test_status_fault_after_processing(env: Env) -> None:
    env.sandbox.faults.add("POST", "/v1/posts", status=503, after=True)
    data = body(scheduledFor=future())
    assert env.create(data, **{"Idempotency-Key": "k-503"}).status_code == 503
    assert len(env.sandbox.posts) == 1
    assert env.create(data, **{"Idempotency-Key": "k-503"}).status_code == 200
    assert len(env.sandbox.posts) == 1


def test_delay_times_out_after_processing(env: Env) -> None:
    env.sandbox.faults.add("POST", "/v1/posts", delay=0.6)
    data = body("timeout", scheduledFor=future())
    with pytest.raises(httpx.ReadTimeout):
        env.client.post("/v1/posts", json=data, headers={"Idempotency-Key": "k-t"}, timeout=0.2)
    deadline = time.monotonic() + 5
    while not env.sandbox.posts and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(env.sandbox.posts) == 1
    retry = env.create(data, **{"Idempotency-Key": "k-t"})
    assert retry.status_code == 200 and len(env.sandbox.posts) == 1


def test_fault_rules_validate_their_arguments(env: Env) -> None:
    with pytest.raises(ValueError):
        env.sandbox.faults.add("GET", "/v1/posts")
    with pytest.raises(ValueError):
        env.sandbox.faults.add(status=503, drop=True)
    with pytest.raises(ValueError):
        env.sandbox.faults.add(status=503, times=0)
    assert len(env.sandbox.faults) == 0


# --------------------------------------------------------------------------- media


def presign(env: Env, **data: Any) -> httpx.Response:
    return env.client.post(
        "/v1/media/presign", json={"filename": "clip.mp4", "contentType": "video/mp4", **data}
    )


def test_presign_then_put_bytes(env: Env) -> None:
    response = presign(env, filename="my clip.mp4", size=11)
    assert response.status_code == 200
    data = response.json()
    assert data["expiresIn"] == 3600
    assert re.match(r"^temp/\d+_[a-z0-9]{6}_my_clip\.mp4$", data["key"])
    assert data["publicUrl"].startswith("https://") and data["publicUrl"].endswith(data["key"])
    base = str(env.client.base_url).rstrip("/")
    assert data["uploadUrl"] == f"{base}/_sandbox/storage/{data['key']}"
    with httpx.Client(transport=env.client._transport) as storage:
        put = storage.put(data["uploadUrl"], content=b"hello world", headers={"Content-Type": "video/mp4"})
    assert put.status_code == 200
    upload = env.sandbox.uploads[data["key"]]
    assert upload.size == 11
    assert upload.sha256 == hashlib.sha256(b"hello world").hexdigest()
    assert upload.uploaded_content_type == "video/mp4"
    post = env.create_ok(
        {
            "content": "with media",
            "platforms": [{"platform": "youtube", "accountId": "yt"}],
            "mediaItems": [{"url": data["publicUrl"]}],
            "publishNow": True,
        }
    )
    assert post["mediaItems"][0]["type"] == "video"


def test_storage_put_with_authorization_is_403(env: Env) -> None:
    data = presign(env).json()
    with httpx.Client(transport=env.client._transport) as storage:
        response = storage.put(data["uploadUrl"], content=b"x", headers=AUTH)
        assert response.status_code == 403
        assert env.sandbox.uploads[data["key"]].size is None
        unknown = data["uploadUrl"].replace(data["key"], "temp/never_presigned.mp4")
        assert storage.put(unknown, content=b"x").status_code == 403
        env.clock.advance(hours=1)
        assert storage.put(data["uploadUrl"], content=b"x").status_code == 403


def test_storage_streams_chunked_bodies(env: Env) -> None:
    data = presign(env).json()
    chunk = bytes(range(256)) * 256

    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield chunk

    with httpx.Client(transport=env.client._transport) as storage:
        assert storage.put(data["uploadUrl"], content=chunks()).status_code == 200
    upload = env.sandbox.uploads[data["key"]]
    assert upload.size == 40 * len(chunk)
    assert upload.sha256 == hashlib.sha256(chunk * 40).hexdigest()


@pytest.mark.parametrize(
    ("data", "param", "code"),
    [
        ({"filename": "", "contentType": "video/mp4"}, "filename", "missing_required_field"),
        ({"contentType": "video/mp4"}, "filename", "missing_required_field"),
        ({"filename": "a.bin"}, "contentType", "missing_required_field"),
        (
            {"filename": "a.bin", "contentType": "application/octet-stream"},
            "contentType",
            "INVALID_FIELD_VALUE",
        ),
        ({"filename": "a.mp4", "contentType": "video/mp4", "size": 6 * 1024**3}, "size", None),
        ({"filename": "a.mp4", "contentType": "video/mp4", "size": 0}, "size", None),
    ],
)
def test_presign_validation(env: Env, data: dict[str, Any], param: str, code: str | None) -> None:
    assert_error(env.client.post("/v1/media/presign", json=data), 400, param, code)
    assert env.sandbox.uploads == {}


def test_media_prepare_and_upload_direct(env: Env) -> None:
    prepared = env.client.post(
        "/v1/media/prepare", json={"url": "https://cdn.example/v.mov", "target": "threads"}
    )
    assert prepared.status_code == 200
    assert prepared.json()["mediaType"] == "video" and prepared.json()["changed"] is False
    assert_error(
        env.client.post("/v1/media/prepare", json={"url": "https://a/b.jpg", "target": "myspace"}), 400
    )
    not_multipart = env.client.post("/v1/media/upload-direct", content=b"x")
    assert_error(not_multipart, 400, "file", "missing_required_field")  # more in test_sandbox_fidelity.py


# --------------------------------------------------------------------------- other post operations


def test_published_post_operations(env: Env) -> None:
    data = {
        "content": unique("multi"),
        "platforms": [
            {"platform": "facebook", "accountId": "fb"},
            {"platform": "twitter", "accountId": "tw"},
            {"platform": "youtube", "accountId": "yt"},
        ],
        "mediaItems": [{"url": "https://cdn.example/v.mp4"}],
        "publishNow": True,
    }
    post = env.create_ok(data)
    pid = post["_id"]
    pin = env.client.post(f"/v1/posts/{pid}/pin", json={"platform": "facebook"})
    assert pin.json() == {
        "success": True,
        "pinned": True,
        "platformPostId": post["platforms"][0]["platformPostId"],
        "message": "Post pinned to the top of the Facebook Page",
    }
    assert env.client.post(f"/v1/posts/{pid}/unpin", json={"platform": "facebook"}).json()["pinned"] is False
    assert_error(env.client.post(f"/v1/posts/{pid}/pin", json={"platform": "twitter"}), 400)

    edit = env.client.post(f"/v1/posts/{pid}/edit", json={"platform": "twitter", "content": "fixed typo"})
    assert edit.status_code == 200 and edit.json()["success"] is True
    assert edit.json()["id"] != post["platforms"][1]["platformPostId"]  # X assigns a new id
    env.clock.advance(hours=2)
    assert_error(
        env.client.post(f"/v1/posts/{pid}/edit", json={"platform": "twitter", "content": "again"}), 400
    )

    meta = env.client.post(f"/v1/posts/{pid}/update-metadata", json={"platform": "youtube", "title": "New"})
    assert meta.json()["updatedFields"] == ["title"]
    assert_error(env.client.post(f"/v1/posts/{pid}/update-metadata", json={"platform": "youtube"}), 400)

    assert env.client.post(f"/v1/posts/{pid}/unpublish", json={"platform": "twitter"}).status_code == 200
    assert env.client.get(f"/v1/posts/{pid}").json()["post"]["status"] == "partial"
    for platform in ("facebook", "youtube"):
        assert env.client.post(f"/v1/posts/{pid}/unpublish", json={"platform": platform}).status_code == 200
    assert env.client.get(f"/v1/posts/{pid}").json()["post"]["status"] == "cancelled"
    assert env.client.delete(f"/v1/posts/{pid}").status_code == 200


def test_operations_on_unpublished_or_ambiguous_posts(env: Env) -> None:
    draft = env.create_ok(body())
    assert_error(env.client.post(f"/v1/posts/{draft['_id']}/unpublish", json={"platform": "twitter"}), 400)
    two = env.create_ok(body(None, "tw1", "tw2", publishNow=True))
    response = env.client.post(f"/v1/posts/{two['_id']}/unpublish", json={"platform": "twitter"})
    assert_error(response, 409, "accountId", "ambiguous_account")
    picked = env.client.post(
        f"/v1/posts/{two['_id']}/unpublish", json={"platform": "twitter", "accountId": "tw2"}
    )
    assert picked.status_code == 200
    assert_error(env.client.post(f"/v1/posts/{two['_id']}/unpublish", json={"platform": "instagram"}), 400)


def test_bulk_upload_is_a_400_and_sync_external_is_empty(env: Env) -> None:
    bulk = env.client.post("/v1/posts/bulk-upload", files={"file": ("p.csv", b"content\nx\n")})
    assert_error(bulk, 400, "file", code="not_supported_in_sandbox")
    synced = env.client.post("/v1/posts/sync-external", json={"accountId": "64e1f0a9e2b5af0012ab34de"})
    assert synced.json() == {"synced": {"postsFound": 0, "postsSynced": 0, "skipped": False}, "posts": []}
    located = env.client.post("/v1/posts/sync-external", json={"accountId": "a", "url": "https://x.com/1"})
    assert located.json()["found"] is False and located.json()["post"] is None
    assert_error(env.client.post("/v1/posts/sync-external", json={}), 400, "accountId")


def test_request_log_and_reset(env: Env) -> None:
    env.create(body(), **{"Idempotency-Key": "k-log"})
    env.client.get("/v1/posts", params={"status": "draft"})
    records = env.sandbox.requests
    assert [(r.method, r.path, r.status) for r in records] == [
        ("POST", "/v1/posts", 201),
        ("GET", "/v1/posts", 200),
    ]
    assert records[0].headers["idempotency-key"] == "k-log"
    assert records[1].query == "status=draft"
    env.sandbox.reset()
    assert env.sandbox.posts == {} and env.sandbox.requests == []


def test_concurrent_creates_are_all_stored(env: Env) -> None:
    env.sandbox.publish_caps = None  # 60 posts to one account within the hour: past the API's cap

    def worker(n: int) -> None:
        for i in range(10):
            assert env.create(body(f"thread {n} post {i}", scheduledFor=future())).status_code == 201

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    posts = env.sandbox.posts
    assert len(posts) == 60 and len({p["_id"] for p in posts.values()}) == 60


def test_path_segments_are_decoded_once(env: Env) -> None:
    env.sandbox.seed_post("a/b", content="slash in the id")
    response = env.client.get("/v1/posts/a%2Fb")
    assert response.status_code == 200 and response.json()["post"]["content"] == "slash in the id"
    assert_error(env.client.get("/v1/posts/a%252Fb"), 404)
    assert env.sandbox.requests[-1].path == "/v1/posts/a%2Fb"
