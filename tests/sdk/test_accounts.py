"""client.accounts and client.profiles: listing, filters, paging, validation, sync and async."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from late_api_client.models import Pagination

import late
import late.testing
from late import Late, LateValidationError, Platform
from tests.support.values import present

# `sandbox` and `client` (a Late on it) are tests/conftest.py's fixtures.


def ids(accounts: Any) -> list[str]:
    return [account.field_id for account in accounts]


def test_the_docs_example_accounts_are_listed(client: Late) -> None:
    page = client.accounts.list()
    assert isinstance(page, late.AccountsListResponse)
    assert ids(page.accounts) == [
        "acc_123",
        "fb_789",
        "ig_123",
        "li_456",
        "th_123",
        "tt_123",
        "tw_123",
        "yt_123",
    ]
    assert page.pagination is None  # no page, limit or cursor: every account at once
    twitter = page.accounts[0]
    assert isinstance(twitter, late.SocialAccount)
    assert twitter.platform == Platform.TWITTER
    assert twitter.username == "latedemo"
    assert isinstance(twitter.profile_id, late.Profile)  # populated, as the API lists it
    assert twitter.profile_id.field_id == "profile_123"


def test_filters_by_platform_profile_status_and_search(client: Late) -> None:
    assert ids(client.accounts.list(platform=Platform.TWITTER).accounts) == ["acc_123", "tw_123"]
    assert ids(client.accounts.list(platform="Twitter", profile_id="profile_456").accounts) == ["tw_123"]
    assert ids(client.accounts.list(status="disconnected").accounts) == ["th_123"]
    assert "th_123" not in ids(client.accounts.list(status="connected").accounts)
    assert ids(client.accounts.list(search="acme").accounts) == ["tw_123"]
    assert ids(client.accounts.list(search="li_456").accounts) == ["li_456"]  # an exact account id
    counts = client.accounts.list(include_status_counts=True).status_counts
    assert counts is not None
    assert (counts.all_, counts.disconnected) == (8, 1)


def test_offset_and_cursor_pages(client: Late) -> None:
    first = client.accounts.list(page=1, limit=3)
    assert ids(first.accounts) == ["acc_123", "fb_789", "ig_123"]
    assert isinstance(first.pagination, Pagination)  # numbered pages: total and pages
    assert (first.pagination.total, first.pagination.pages) == (8, 3)

    cursor_page = client.accounts.list(limit=5)
    cursor = cursor_page.pagination["nextCursor"]  # type: ignore[index]
    assert isinstance(cursor, str)
    rest = client.accounts.list(limit=5, cursor=cursor)
    assert ids(rest.accounts) == ["tt_123", "tw_123", "yt_123"]
    assert rest.pagination["nextCursor"] is None  # type: ignore[index]


def test_iter_walks_every_page(client: Late, sandbox: late.testing.Sandbox) -> None:
    before = len(sandbox.requests)
    assert len(ids(client.accounts.iter(limit=3))) == 8
    assert len(sandbox.requests) - before == 3  # 3 + 3 + 2: the last page says it is the last
    assert ids(client.accounts.iter(limit=3, max_items=4)) == ["acc_123", "fb_789", "ig_123", "li_456"]
    # A walk may start at a cursor from list(): it follows the cursors from there.
    cursor = client.accounts.list(limit=6).pagination["nextCursor"]  # type: ignore[index]
    assert ids(client.accounts.iter(limit=6, cursor=cursor)) == ["tw_123", "yt_123"]


async def test_async_twins(client: Late) -> None:
    page = await client.accounts.alist(platform="linkedin")
    assert ids(page.accounts) == ["li_456"]
    walked = [account.field_id async for account in client.accounts.aiter(limit=2, max_items=3)]
    assert walked == ["acc_123", "fb_789", "ig_123"]
    profiles = await client.profiles.alist()
    assert [p.field_id for p in present(profiles.profiles)] == ["profile_123", "profile_456"]


def test_profiles_default_first_with_paging_and_filters(client: Late) -> None:
    listed = client.profiles.list()
    assert isinstance(listed, late.ProfilesListResponse)
    first = present(listed.profiles)[0]
    assert isinstance(first, late.Profile)
    assert (first.field_id, first.name, first.is_default, first.account_count) == (
        "profile_123",
        "Personal Brand",
        True,
        7,
    )
    assert listed.total is None
    page = client.profiles.list(limit=1, skip=1)
    assert [p.field_id for p in present(page.profiles)] == ["profile_456"]
    assert (page.total, page.skip, page.limit) == (2, 1, 1)
    assert [p.field_id for p in present(client.profiles.list(name="Acme Client").profiles)] == ["profile_456"]


def test_the_sandbox_takes_added_accounts_and_can_start_empty(sandbox: late.testing.Sandbox) -> None:
    sandbox.accounts.add_account("64e1f0a9e2b5af0012ab34aa", "bluesky", "profile_789", username="me.bsky")
    with Late(api_key="sk_test_accounts", transport=sandbox) as client:
        bluesky = client.accounts.list(platform="bluesky").accounts
        assert ids(bluesky) == ["64e1f0a9e2b5af0012ab34aa"]
        assert "profile_789" in [p.field_id for p in present(client.profiles.list().profiles)]
    empty = late.testing.sandbox(demo_accounts=False)
    with Late(api_key="sk_test_accounts", transport=empty) as client:
        assert client.accounts.list().accounts == []
        assert client.profiles.list().profiles == []


def test_posts_profile_filter_knows_the_seeded_profiles(client: Late) -> None:
    client.posts.create(
        content="mine", platforms=[{"platform": "linkedin", "accountId": "li_456"}], is_draft=True
    )
    client.posts.create(
        content="acme's", platforms=[{"platform": "twitter", "accountId": "tw_123"}], is_draft=True
    )
    assert [p.content for p in present(client.posts.list(profile_id="profile_123").posts)] == ["mine"]
    assert [p.content for p in present(client.posts.list(profile_id="profile_456").posts)] == ["acme's"]


@pytest.mark.parametrize(
    ("call", "param", "words"),
    [
        (lambda c: c.accounts.list(platform="twiter"), "platform", "did you mean 'twitter'"),
        (lambda c: c.accounts.list(status="healthy"), "status", "connected, disconnected"),
        (lambda c: c.accounts.list(category="adz"), "category", "did you mean 'ads'"),
        (lambda c: c.accounts.list(limit=501), "limit", "between 1 and 500"),
        (lambda c: c.accounts.list(limit=True), "limit", "must be an integer"),
        (lambda c: c.accounts.list(page=0), "page", "at least 1"),
        (lambda c: c.accounts.list(search=""), "search", "non-empty"),
        (lambda c: c.accounts.list(search="x" * 101), "search", "at most 100"),
        (lambda c: c.accounts.list(page=2, limit=5, cursor="abc"), "cursor", "cannot be combined"),
        (lambda c: list(c.accounts.iter(max_items=-1)), "max_items", ">= 0"),
        (lambda c: c.profiles.list(limit=0), "limit", "between 1 and 1000"),
        (lambda c: c.profiles.list(skip=-1), "skip", "at least 0"),
        (lambda c: c.profiles.list(external_id=""), "external_id", "non-empty"),
    ],
)
def test_bad_input_names_the_argument_and_sends_nothing(
    client: Late, sandbox: late.testing.Sandbox, call: Any, param: str, words: str
) -> None:
    with pytest.raises(LateValidationError) as caught:
        call(client)
    assert caught.value.param == param
    assert words in caught.value.message
    assert sandbox.requests == []


def test_an_unknown_keyword_is_a_type_error(client: Late, sandbox: late.testing.Sandbox) -> None:
    with pytest.raises(TypeError, match="did you mean 'profile_id'"):
        client.accounts.list(profile="p")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="did you mean 'external_id'"):
        client.profiles.list(externalId="t")  # type: ignore[call-arg]
    assert sandbox.requests == []


def test_the_sandbox_refuses_what_the_api_refuses(sandbox: late.testing.Sandbox) -> None:
    with httpx.Client(transport=sandbox, base_url="https://getlate.dev/api") as http:
        auth = {"Authorization": "Bearer sk_test_accounts"}
        assert http.get("/v1/accounts").status_code == 401
        assert http.get("/v1/accounts", params={"colour": "red"}, headers=auth).status_code == 400
        assert (
            http.get("/v1/accounts", params={"page": 1}, headers=auth).status_code == 400
        )  # page needs limit
        assert http.get("/v1/accounts", params={"cursor": "nope"}, headers=auth).status_code == 400
        assert http.get("/v1/accounts", params={"excludeHidden": "maybe"}, headers=auth).status_code == 400
        assert http.get("/v1/profiles", params={"limit": 0}, headers=auth).status_code == 400
        assert http.post("/v1/accounts", headers=auth).status_code == 405


# --- cassettes ---------------------------------------------------------------------------------------


@pytest.mark.cassette
async def test_accounts_and_profiles_cassette(cassette: str, mode: str) -> None:
    async with Late(api_key="sk_test_cassette_key_0123456789", base_url=cassette, max_retries=0) as client:
        if mode == "sync":
            accounts = client.accounts.list(platform="twitter")
            profiles = client.profiles.list()
        else:
            accounts = await client.accounts.alist(platform="twitter")
            profiles = await client.profiles.alist()
    assert ids(accounts.accounts) == ["acc_123", "tw_123"]
    assert [p.name for p in present(profiles.profiles)] == ["Personal Brand", "Acme Client"]
