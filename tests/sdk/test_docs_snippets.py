"""Every snippet of the Posts docs page runs as written against the in-process sandbox.

The snippets live once, verbatim, in ``tests/typecheck/docs_snippets.py`` (which mypy also checks);
here each one runs with what it needs seeded (``post_123`` in the status the snippet requires, a video
URL, ``product.jpg``, ``posts.csv``), and the test checks what it printed and what the sandbox received.
The client is the docs' ``Late(api_key="your_api_key")`` with ``transport=sandbox`` added.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import late.testing
from late import Late, LateNotFoundError, MediaType, Platform, PostStatus, TikTokPrivacyLevel
from late.testing import Sandbox

DOCS_KEY = "your_api_key"
VIDEO_URL = "https://cdn.example.com/videos/launch.mp4"
FUTURE = "2099-01-01T09:00:00.000Z"


def _load_snippets() -> ModuleType:
    path = Path(__file__).parents[1] / "typecheck" / "docs_snippets.py"
    spec = importlib.util.spec_from_file_location("docs_snippets", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


snippets = _load_snippets()


@pytest.fixture
def sandbox() -> Sandbox:
    # The docs' key is not an sk_ key: allow it. profile_123 is the profile of acc_123 (the filter snippet).
    return late.testing.sandbox(api_keys=[DOCS_KEY], account_profiles={"acc_123": "profile_123"})


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Late]:
    with Late(api_key=DOCS_KEY, transport=sandbox) as client:
        yield client


def seed_post_123(sandbox: Sandbox, status: str, account: str = "acc_123", **fields: Any) -> None:
    extra = {"scheduledFor": FUTURE} if status == "scheduled" else {}
    sandbox.seed_post(
        "post_123",
        api_key=DOCS_KEY,
        content="Launch day",
        status=status,
        platforms=[{"platform": "twitter", "accountId": account}],
        **{**extra, **fields},
    )


def only_post(sandbox: Sandbox) -> dict[str, Any]:
    posts = list(sandbox.posts.values())
    assert len(posts) == 1, posts
    return posts[0]


def instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def assert_wall_clock(sent: str, before: datetime, after: datetime, delta: timedelta, zone: str) -> None:
    """``sent`` is ``datetime.now() + delta`` (taken between ``before`` and ``after``) read in ``zone``."""
    low = (before + delta).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
    high = (after + delta).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
    assert low - timedelta(milliseconds=1) <= instant(sent) <= high, (sent, low, high)


# --------------------------------------------------------------------------------------------- enums


def test_type_safe_enums() -> None:
    snippets.type_safe_enums()
    assert Platform.TWITTER == "twitter"
    assert PostStatus.SCHEDULED == "scheduled"


@pytest.mark.parametrize(
    ("member", "value"),
    [
        (Platform.TWITTER, "twitter"),
        (Platform.INSTAGRAM, "instagram"),
        (Platform.FACEBOOK, "facebook"),
        (Platform.LINKEDIN, "linkedin"),
        (Platform.TIKTOK, "tiktok"),
        (Platform.YOUTUBE, "youtube"),
        (Platform.PINTEREST, "pinterest"),
        (Platform.REDDIT, "reddit"),
        (Platform.BLUESKY, "bluesky"),
        (Platform.THREADS, "threads"),
        (Platform.GOOGLE_BUSINESS, "googlebusiness"),
        (PostStatus.DRAFT, "draft"),
        (PostStatus.SCHEDULED, "scheduled"),
        (PostStatus.PUBLISHING, "publishing"),
        (PostStatus.PUBLISHED, "published"),
        (PostStatus.FAILED, "failed"),
        (PostStatus.PARTIAL, "partial"),
        (TikTokPrivacyLevel.PUBLIC_TO_EVERYONE, "PUBLIC_TO_EVERYONE"),
        (TikTokPrivacyLevel.MUTUAL_FOLLOW_FRIENDS, "MUTUAL_FOLLOW_FRIENDS"),
        (TikTokPrivacyLevel.FOLLOWER_OF_CREATOR, "FOLLOWER_OF_CREATOR"),
        (TikTokPrivacyLevel.SELF_ONLY, "SELF_ONLY"),
    ],
)
def test_the_pages_enum_tables(member: str, value: str) -> None:
    assert member == value
    assert f"{member}" == value


# -------------------------------------------------------------------------------------------- create


def test_basic_post(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    before = datetime.now()
    snippets.basic_post(sandbox)
    after = datetime.now()
    post = only_post(sandbox)
    assert capsys.readouterr().out == f"{post['_id']}\n"
    assert post["status"] == "scheduled"
    assert post["content"] == "Hello from the Late Python SDK!"
    assert [(e["platform"], e["accountId"]) for e in post["platforms"]] == [("twitter", "acc_123")]
    # A naive datetime.now() + 1h is the machine's local time: exactly one hour from now.
    low, high = before.astimezone(UTC) + timedelta(hours=1), after.astimezone(UTC) + timedelta(hours=1)
    assert low - timedelta(milliseconds=1) <= instant(post["scheduledFor"]) <= high


def test_publish_immediately(client: Late, sandbox: Sandbox) -> None:
    snippets.publish_immediately(client)
    post = only_post(sandbox)
    assert post["status"] == "published"
    assert post["platforms"][0]["status"] == "published"
    assert post["content"] == "This goes live right now!"


def test_save_as_draft(client: Late, sandbox: Sandbox) -> None:
    snippets.save_as_draft(client)
    post = only_post(sandbox)
    assert post["status"] == "draft"
    assert "scheduledFor" not in post


def test_multi_platform_post_reads_the_time_in_new_york(client: Late, sandbox: Sandbox) -> None:
    before = datetime.now()
    snippets.multi_platform_post(client)
    after = datetime.now()
    post = only_post(sandbox)
    assert [e["platform"] for e in post["platforms"]] == ["twitter", "linkedin", "facebook"]
    assert [e["accountId"] for e in post["platforms"]] == ["tw_123", "li_456", "fb_789"]
    assert post["timezone"] == "America/New_York"
    assert post["status"] == "scheduled"
    assert_wall_clock(post["scheduledFor"], before, after, timedelta(days=1), "America/New_York")


def test_post_with_media(
    client: Late, sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"
    (tmp_path / "product.jpg").write_bytes(image)
    monkeypatch.chdir(tmp_path)
    snippets.post_with_media(client)
    [upload] = sandbox.uploads.values()
    assert upload.size == len(image)
    post = only_post(sandbox)
    assert post["mediaItems"] == [{"type": "image", "url": upload.public_url}]
    assert post["platforms"][0]["platform"] == "instagram"


def test_platform_specific_content(client: Late, sandbox: Sandbox) -> None:
    snippets.platform_specific_content(client)
    post = only_post(sandbox)
    assert post["content"] == "Default content for all platforms"
    assert [e["customContent"] for e in post["platforms"]] == [
        "Short version for Twitter! #late",
        "Professional version with more detail for LinkedIn...",
    ]


def test_youtube_post(client: Late, sandbox: Sandbox) -> None:
    snippets.youtube_post(client, VIDEO_URL)
    post = only_post(sandbox)
    assert post["title"] == "My YouTube Video Title"
    assert post["tags"] == ["tech", "tutorial", "python"]
    assert post["mediaItems"][0]["type"] == MediaType.VIDEO
    assert post["mediaItems"][0]["url"] == VIDEO_URL
    assert post["status"] == "scheduled"


def test_tiktok_post_sends_camel_case_settings(client: Late, sandbox: Sandbox) -> None:
    snippets.tiktok_post(client, VIDEO_URL)
    [entry] = only_post(sandbox)["platforms"]
    assert entry["platform"] == "tiktok"
    assert entry["platformSpecificData"] == {
        "privacyLevel": "PUBLIC_TO_EVERYONE",
        "allowComment": True,
        "allowDuet": True,
        "allowStitch": True,
        "contentPreviewConfirmed": True,
        "expressConsentGiven": True,
    }


# ---------------------------------------------------------------------------------------------- list


def test_basic_listing(client: Late, sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    long_text = "A post whose text runs well past the fifty characters the listing shows"
    ids = [
        sandbox.seed_post(content=text, status="draft", api_key=DOCS_KEY)["_id"]
        for text in ("Short one", long_text)
    ]
    snippets.basic_listing(client)
    lines = capsys.readouterr().out.splitlines()
    assert sorted(lines[:-1]) == sorted([f"{ids[0]}: Short one...", f"{ids[1]}: {long_text[:50]}..."])
    assert lines[-1] == "Page 1 of 1"


def test_filter_posts_sends_each_filter(client: Late, sandbox: Sandbox) -> None:
    snippets.filter_posts(client)
    queries = [(r.path, r.query, r.status) for r in sandbox.requests]
    assert queries == [
        ("/v1/posts", "status=scheduled", 200),
        ("/v1/posts", "platform=twitter", 200),
        ("/v1/posts", "fromDate=2024-01-01&toDate=2024-01-31", 200),
        ("/v1/posts", "profileId=profile_123", 200),
        ("/v1/posts", "page=2&limit=25", 200),
        ("/v1/posts", "includeHidden=true", 200),
    ]


# ------------------------------------------------------------------------------------- get / update


def test_get_a_single_post(client: Late, sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    seed_post_123(sandbox, "scheduled")
    snippets.get_single_post(client)
    assert capsys.readouterr().out == (
        "Content: Launch day\nStatus: scheduled\nScheduled for: 2099-01-01 09:00:00+00:00\n"
    )


def test_update_a_post(client: Late, sandbox: Sandbox) -> None:
    seed_post_123(sandbox, "scheduled")
    before = datetime.now()
    snippets.update_post(client)
    after = datetime.now()
    assert [(r.method, r.path, r.status) for r in sandbox.requests] == [
        ("PUT", "/v1/posts/post_123", 200)
    ] * 3
    post = sandbox.posts["post_123"]
    assert (post["content"], post["title"], post["tags"]) == ("New content", "New title", ["updated", "tags"])
    assert post["timezone"] == "Europe/London"
    assert post["status"] == "scheduled"
    assert_wall_clock(post["scheduledFor"], before, after, timedelta(days=2), "Europe/London")


# ------------------------------------------------------------------------------------ delete / retry


def test_delete_a_post(client: Late, sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    seed_post_123(sandbox, "scheduled")
    snippets.delete_post(client)
    assert capsys.readouterr().out == "Post deleted successfully\n"
    assert "post_123" not in sandbox.posts


def test_retry_a_failed_post(client: Late, sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    seed_post_123(sandbox, "failed")
    snippets.retry_failed_post(client)
    assert capsys.readouterr().out == "Post published successfully\n"
    assert sandbox.posts["post_123"]["status"] == "published"


DOCS_CSV_AS_WRITTEN = """content,platform,account_id,scheduled_for,title,media_url,tags
"Hello world!",twitter,acc123,2024-12-25T10:00:00Z,,,
"LinkedIn post",linkedin,acc456,2024-12-25T11:00:00Z,My Title,,tag1|tag2
"With media",instagram,acc789,2024-12-25T12:00:00Z,,https://example.com/image.jpg,
"""
# The page's rows with their 2024 dates moved to next year's Christmas: the API would publish the
# rows as written at once, which the SDK refuses (test_the_docs_csv_as_written_is_refused_row_by_row).
DOCS_CSV = DOCS_CSV_AS_WRITTEN.replace("2024-12-25", f"{date.today().year + 1}-12-25")


def test_bulk_upload_from_csv(
    client: Late,
    sandbox: Sandbox,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "posts.csv").write_text(DOCS_CSV)
    monkeypatch.chdir(tmp_path)
    snippets.bulk_upload_from_csv(client)
    assert capsys.readouterr().out == "Validation passed: 3 posts ready\nCreated 3 posts\n"
    posts = sorted(sandbox.posts.values(), key=lambda p: p["content"])
    assert [p["content"] for p in posts] == ["Hello world!", "LinkedIn post", "With media"]
    assert [p["platforms"][0]["accountId"] for p in posts] == ["acc123", "acc456", "acc789"]


def test_the_docs_csv_as_written_is_refused_row_by_row(
    client: Late,
    sandbox: Sandbox,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its 2024 dates have passed: the API would publish all three at once, so the dry run says so."""
    (tmp_path / "posts.csv").write_text(DOCS_CSV_AS_WRITTEN)
    monkeypatch.chdir(tmp_path)
    snippets.bulk_upload_from_csv(client)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Validation errors:"
    assert [line.split(":")[0].strip() for line in out[1:]] == ["Row 2", "Row 3", "Row 4"]
    assert all(
        "is in the past, and the API publishes a post whose time has passed at once" in x for x in out[1:]
    )
    assert sandbox.requests == []  # nothing sent


# --------------------------------------------------------------------------------------------- async

ASYNC_CALLS = [
    ("GET", "/v1/posts"),
    ("GET", "/v1/posts/post_123"),
    ("POST", "/v1/posts"),
    ("PUT", "/v1/posts/post_123"),
    ("DELETE", "/v1/posts/post_123"),
    ("POST", "/v1/posts/post_123/retry"),
]


def test_async_methods_as_written_retry_the_post_they_deleted(sandbox: Sandbox) -> None:
    """The page's async snippet deletes post_123 and then retries it: against the API that is a 404.

    Everything before the retry works (the update leaves the failed post failed; the delete removes it).
    """
    sandbox.failing_accounts["acc_down"] = "Account disconnected"
    seed_post_123(sandbox, "failed", account="acc_down")
    with pytest.raises(LateNotFoundError, match="Post not found"):
        snippets.async_methods(sandbox)
    calls = [(r.method, r.path) for r in sandbox.requests]
    assert calls == ASYNC_CALLS
    assert [r.status for r in sandbox.requests] == [200, 200, 201, 200, 200, 404]
    assert "post_123" not in sandbox.posts
    [created] = sandbox.posts.values()
    assert (created["content"], created["status"]) == ("Async post!", "published")


def test_async_methods_complete_when_the_post_survives_the_delete(sandbox: Sandbox) -> None:
    """The same snippet, the DELETE answered as the API would but without deleting: every call succeeds."""
    sandbox.failing_accounts["acc_down"] = "Account disconnected"
    seed_post_123(sandbox, "failed", account="acc_down")
    sandbox.faults.add(
        "DELETE", "/v1/posts/post_123", status=200, body={"message": "Post deleted successfully"}
    )
    snippets.async_methods(sandbox)
    assert [(r.method, r.path) for r in sandbox.requests] == ASYNC_CALLS
    # The retry publishes to the still-failing account again: a 207 the SDK returns as a PostRetryResponse.
    assert [r.status for r in sandbox.requests] == [200, 200, 201, 200, 200, 207]
    post = sandbox.posts["post_123"]
    assert (post["content"], post["status"]) == ("Updated!", "failed")


# -------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("status", "body", "printed"),
    [
        (None, None, "Post not found"),
        (422, {"error": "postId is malformed"}, "Validation error: postId is malformed"),
        (403, {"error": "This key may not read posts"}, "API error: This key may not read posts"),
    ],
    ids=["not-found", "validation", "other-api-error"],
)
def test_error_handling(
    client: Late,
    sandbox: Sandbox,
    capsys: pytest.CaptureFixture[str],
    status: int | None,
    body: dict[str, str] | None,
    printed: str,
) -> None:
    if status is not None:
        sandbox.faults.add("GET", "/v1/posts/invalid_id", status=status, body=body)
    snippets.error_handling(client)
    assert capsys.readouterr().out == printed + "\n"
    assert [(r.path, r.status) for r in sandbox.requests] == [("/v1/posts/invalid_id", status or 404)]


def test_response_types_hold_at_run_time(client: Late, sandbox: Sandbox) -> None:
    """``response_types`` (the page's Response Types section, pinned for mypy) also runs."""
    sandbox.failing_accounts["acc_down"] = "Account disconnected"
    seed_post_123(sandbox, "failed", account="acc_down")  # still failed after the retry (207): deletable
    snippets.response_types(client)
    assert "post_123" not in sandbox.posts
    assert [r.status for r in sandbox.requests] == [201, 200, 200, 200, 207, 200, 200]
