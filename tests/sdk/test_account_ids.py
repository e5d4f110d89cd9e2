"""A platform entry without accountId: the one connected account of that platform, from one cached call."""

from __future__ import annotations

import types
from typing import Any

import pytest

import late.testing
from late import Clock, Late, LateServerError, LateTimeoutError, LateValidationError
from late.resources import _account_ids
from tests.support.values import present

LATER = "2030-05-01T10:00:00Z"


# `sandbox` and `client` (a Late on it) are tests/conftest.py's fixtures.


def accounts_calls(sandbox: late.testing.Sandbox) -> int:
    return sum(1 for request in sandbox.requests if request.path == "/v1/accounts")


def test_the_one_connected_account_is_filled_in(client: Late, sandbox: late.testing.Sandbox) -> None:
    answer = client.posts.create(
        content="No ids needed",
        platforms=[{"platform": "linkedin"}, {"platform": "Facebook", "customContent": "Hi FB"}],
        scheduled_for=LATER,
    )
    (stored,) = sandbox.posts.values()
    assert [(e["platform"], e["accountId"]) for e in stored["platforms"]] == [
        ("linkedin", "li_456"),
        ("facebook", "fb_789"),
    ]
    assert stored["platforms"][1]["customContent"] == "Hi FB"  # the rest of the entry is kept
    assert present(answer.post).status == "scheduled"
    (query,) = [r.query for r in sandbox.requests if r.path == "/v1/accounts"]
    assert query == "status=connected"


def test_one_accounts_call_serves_many_creates(client: Late, sandbox: late.testing.Sandbox) -> None:
    for n in range(3):
        client.posts.create(content=f"post {n}", platforms=[{"platform": "youtube"}], is_draft=True)
    client.posts.create(
        content="snake", platforms=[{"platform": "tiktok", "account_id": None}], is_draft=True
    )
    assert accounts_calls(sandbox) == 1
    assert [p["platforms"][0]["accountId"] for p in sandbox.posts.values()] == ["yt_123"] * 3 + ["tt_123"]


def test_the_cache_expires(
    client: Late, sandbox: late.testing.Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]
    monkeypatch.setattr(_account_ids, "time", types.SimpleNamespace(monotonic=lambda: now[0]))
    client.posts.create(content="a", platforms=[{"platform": "linkedin"}], is_draft=True)
    now[0] += _account_ids.CACHE_SECONDS - 1
    client.posts.create(content="b", platforms=[{"platform": "linkedin"}], is_draft=True)
    assert accounts_calls(sandbox) == 1
    now[0] += 2
    sandbox.accounts.add_account("li_new", "linkedin", "profile_123", connected=False)  # not usable
    client.posts.create(content="c", platforms=[{"platform": "linkedin"}], is_draft=True)
    assert accounts_calls(sandbox) == 2


def test_several_accounts_are_listed_and_nothing_is_created(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    with pytest.raises(LateValidationError) as caught:
        client.posts.create(content="Which one?", platforms=[{"platform": "twitter"}], is_draft=True)
    assert caught.value.param == "platforms[0].accountId"
    assert "2 twitter accounts are connected" in caught.value.message
    assert "acc_123 (@latedemo, Personal Brand)" in caught.value.message
    assert "tw_123 (@acme, Acme Client)" in caught.value.message
    assert sandbox.posts == {}


def test_none_connected_says_which_platforms_are(client: Late, sandbox: late.testing.Sandbox) -> None:
    for platform in ("pinterest", "threads"):  # threads: th_123 exists but needs reconnecting
        with pytest.raises(LateValidationError) as caught:
            client.posts.create(content="x", platforms=[{"platform": platform}], is_draft=True)
        assert f"no {platform} account is connected" in caught.value.message
        assert (
            "connected platforms: facebook, instagram, linkedin, tiktok, twitter, youtube"
            in caught.value.message
        )
    assert sandbox.posts == {}


def test_a_call_that_fails_anyway_asks_for_no_accounts(client: Late, sandbox: late.testing.Sandbox) -> None:
    with pytest.raises(LateValidationError) as caught:
        client.posts.create(
            content="x",
            platforms=[{"platform": "linkedin"}],
            scheduled_for="2030-01-01 10:00",
            timezone="Mars/Base",
        )
    assert caught.value.param == "timezone"
    with pytest.raises(LateValidationError) as caught:
        client.posts.create(content="x", platforms=[{"platform": "twiter"}], is_draft=True)
    assert "did you mean 'twitter'" in caught.value.message
    assert sandbox.requests == []


def test_entries_with_ids_need_no_call(client: Late, sandbox: late.testing.Sandbox) -> None:
    client.posts.create(
        content="x", platforms=[{"platform": "twitter", "accountId": "acc_123"}], is_draft=True
    )
    assert accounts_calls(sandbox) == 0


async def test_async_create_resolves_too(client: Late, sandbox: late.testing.Sandbox) -> None:
    answer = await client.posts.acreate(content="async", platforms=[{"platform": "instagram"}], is_draft=True)
    assert answer.post.platforms[0].account_id == "ig_123"  # type: ignore[union-attr, index]
    await client.posts.acreate(content="async 2", platforms=[{"platform": "instagram"}], is_draft=True)
    assert accounts_calls(sandbox) == 1
    with pytest.raises(LateValidationError, match="2 twitter accounts"):
        await client.posts.acreate(content="x", platforms=[{"platform": "twitter"}], is_draft=True)
    assert sandbox.posts.keys() and all(p["content"] != "x" for p in sandbox.posts.values())


def test_the_resolving_create_is_one_description_for_sync_async_and_raw(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    """The describing view (what acreate and with_raw_response run) hands back the accounts step, not an
    answer: the executor runs it, then builds the create."""
    describing: Any = client.posts._describing  # its methods answer descriptions: no public type says so
    described = describing.create(content="d", platforms=[{"platform": "linkedin"}], is_draft=True)
    assert isinstance(described, late.resources._base.Prepared)
    assert sandbox.requests == []  # describing sends nothing
    raw = late.with_raw_response(client.posts.create)(
        content="raw", platforms=[{"platform": "linkedin"}], is_draft=True
    )
    assert raw.status_code == 201
    assert present(present(raw.parse().post).platforms)[0].account_id == "li_456"
    assert accounts_calls(sandbox) == 1
    # now cached: the description is the create itself
    again = describing.create(content="d", platforms=[{"platform": "linkedin"}], is_draft=True)
    assert isinstance(again, late.resources._base.Operation)


def test_update_fills_in_the_one_connected_account_too(client: Late, sandbox: late.testing.Sandbox) -> None:
    made = client.posts.create(
        content="x", platforms=[{"platform": "twitter", "accountId": "acc_123"}], is_draft=True
    )
    post_id = present(present(made.post).field_id)
    changed = client.posts.update(post_id, platforms=[{"platform": "facebook", "customContent": "Hi FB"}])
    assert [(e.platform, e.account_id) for e in present(present(changed.post).platforms)] == [
        ("facebook", "fb_789")
    ]
    assert sandbox.posts[post_id]["platforms"][0]["customContent"] == "Hi FB"
    puts = sum(1 for r in sandbox.requests if r.method == "PUT")
    with pytest.raises(LateValidationError) as caught:
        client.posts.update(post_id, platforms=[{"platform": "twitter"}])
    assert caught.value.param == "platforms[0].accountId" and "2 twitter accounts" in caught.value.message
    assert sandbox.posts[post_id]["platforms"][0]["accountId"] == "fb_789"  # nothing was sent
    with pytest.raises(LateValidationError) as caught:
        client.posts.update("", platforms=[{"platform": "linkedin"}])
    assert caught.value.param == "post_id"  # checked before the accounts are asked for
    assert sum(1 for r in sandbox.requests if r.method == "PUT") == puts and accounts_calls(sandbox) == 1


async def test_async_update_and_the_tiktok_dry_run_resolve_too(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    made = await client.posts.acreate(
        content="x", platforms=[{"platform": "twitter", "accountId": "acc_123"}], is_draft=True
    )
    post_id = present(present(made.post).field_id)
    changed = await client.posts.aupdate(post_id, platforms=[{"platform": "instagram"}])
    assert present(present(changed.post).platforms)[0].account_id == "ig_123"
    settings = {
        "privacy_level": "PUBLIC_TO_EVERYONE",
        "allow_comment": True,
        "content_preview_confirmed": True,
        "express_consent_given": True,
    }
    verdict = client.posts.tiktok_dry_run(
        content="x", platforms=[{"platform": "tiktok"}], publish_now=True, tiktok_settings=settings
    )
    assert [item.account_id for item in present(verdict.tiktok)] == ["tt_123"]
    assert accounts_calls(sandbox) == 1  # one cached call served all three


def _timed_client(sandbox: late.testing.Sandbox) -> tuple[Late, list[float]]:
    """A client retrying twice on a clock that only moves when it waits (each wait recorded)."""
    now, waits = [1000.0], []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    clock = Clock(monotonic=lambda: now[0], wall=lambda: now[0], sleep=sleep)
    return Late(api_key="sk_test_ids", transport=sandbox, max_retries=2, clock=clock), waits


def test_the_accounts_call_keeps_the_calls_max_retries(sandbox: late.testing.Sandbox) -> None:
    client, _ = _timed_client(sandbox)
    made = client.posts.create(
        content="x", platforms=[{"platform": "twitter", "accountId": "acc_123"}], is_draft=True
    )
    post_id = present(present(made.post).field_id)
    sandbox.faults.add("GET", "/v1/accounts", status=503, headers={"Retry-After": "0"}, times=1)
    with pytest.raises(LateServerError):
        client.posts.update(post_id, platforms=[{"platform": "linkedin"}], max_retries=0)
    assert [(r.method, r.status) for r in sandbox.requests[-1:]] == [("GET", 503)]  # once, and no PUT


def test_the_calls_deadline_bounds_the_accounts_call_and_the_update_together(
    sandbox: late.testing.Sandbox,
) -> None:
    client, waits = _timed_client(sandbox)
    made = client.posts.create(
        content="x", platforms=[{"platform": "twitter", "accountId": "acc_123"}], is_draft=True
    )
    post_id = present(present(made.post).field_id)
    sandbox.faults.add("GET", "/v1/accounts", status=503, headers={"Retry-After": "3"}, times=1)
    sandbox.faults.add("PUT", f"/v1/posts/{post_id}", status=503, headers={"Retry-After": "3"}, times=1)
    with pytest.raises(LateTimeoutError):  # 3 s of its 5 went to the accounts: 2 left, not another 3
        client.posts.update(post_id, platforms=[{"platform": "linkedin"}], deadline=5)
    assert waits == [3.0]
    assert [(r.method, r.status) for r in sandbox.requests[-3:]] == [("GET", 503), ("GET", 200), ("PUT", 503)]


def test_two_entries_of_one_platform_get_the_accounts_answer_not_a_stand_in(
    client: Late, sandbox: late.testing.Sandbox
) -> None:
    with pytest.raises(LateValidationError) as caught:
        client.posts.create(
            content="x", platforms=[{"platform": "twitter"}, {"platform": "twitter"}], is_draft=True
        )
    assert "2 twitter accounts are connected" in caught.value.message and "<" not in caught.value.message
    with pytest.raises(LateValidationError) as caught:
        client.posts.create(
            content="x", platforms=[{"platform": "linkedin"}, {"platform": "linkedin"}], is_draft=True
        )
    assert caught.value.param == "platforms[1]" and "'li_456' again" in caught.value.message
    with pytest.raises(LateValidationError) as caught:  # the post id is checked before the platform name
        client.posts.update("", platforms=[{"platform": "linkdin"}])
    assert caught.value.param == "post_id"
    assert sandbox.posts == {} and all(r.method == "GET" for r in sandbox.requests)
