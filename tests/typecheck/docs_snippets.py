# ruff: noqa: B015, B018, F401, F841, I001
"""Every snippet of the Posts docs page, as a user would paste it into a typed program.

Two tests use this file: ``tests/sdk/test_docs_snippets.py`` runs each function against the in-process
sandbox and checks what it prints, and ``tests/typecheck/test_docs_typecheck.py`` runs ``mypy --strict``
on it. So each snippet is both executed and type-checked from this one copy.

Each function body is the docs' snippet verbatim (``# fmt: off`` keeps the formatter from touching it)
with one exception, allowed by the contract: where a snippet builds the client, it passes the sandbox as
``transport=``. Names a snippet takes from an earlier one (``client``, ``video_url``) are parameters, and
the imports the page made in earlier snippets are at the top of this file. Departures that mypy forces are
marked ``# not verbatim:``. ``response_types`` is not on the page: it pins, with ``assert_type``, the
types the page's "Response Types" section promises.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import assert_type

from late import Late, MediaType, Platform, Post, PostStatus
from late.testing import Sandbox
from late_api_client.models import PostsListResponsePagination


def type_safe_enums() -> None:
    # fmt: off
    from late import Platform, PostStatus, MediaType

    # Enums work like strings - these are equivalent:
    Platform.TWITTER == "twitter"  # True
    PostStatus.SCHEDULED == "scheduled"  # True
    # fmt: on


def basic_post(sandbox: Sandbox) -> None:
    # fmt: off
    from late import Late, Platform
    from datetime import datetime, timedelta

    client = Late(api_key="your_api_key", transport=sandbox)

    # Schedule a post for 1 hour from now
    response = client.posts.create(
        content="Hello from the Late Python SDK!",
        platforms=[
            {"platform": Platform.TWITTER, "accountId": "acc_123"}
        ],
        scheduled_for=datetime.now() + timedelta(hours=1)
    )

    print(response.post.field_id)
    # fmt: on


def publish_immediately(client: Late) -> None:
    # fmt: off
    post = client.posts.create(
        content="This goes live right now!",
        platforms=[{"platform": Platform.TWITTER, "accountId": "acc_123"}],
        publish_now=True
    )
    # fmt: on


def save_as_draft(client: Late) -> None:
    # fmt: off
    post = client.posts.create(
        content="Draft for later review",
        platforms=[{"platform": Platform.TWITTER, "accountId": "acc_123"}],
        is_draft=True
    )
    # fmt: on


def multi_platform_post(client: Late) -> None:
    # fmt: off
    post = client.posts.create(
        content="Cross-posting to multiple platforms!",
        platforms=[
            {"platform": Platform.TWITTER, "accountId": "tw_123"},
            {"platform": Platform.LINKEDIN, "accountId": "li_456"},
            {"platform": Platform.FACEBOOK, "accountId": "fb_789"}
        ],
        scheduled_for=datetime.now() + timedelta(days=1),
        timezone="America/New_York"
    )
    # fmt: on


def post_with_media(client: Late) -> None:
    # fmt: off
    from late import MediaType

    # First upload your media
    media_result = client.media.upload("product.jpg")
    image_url = media_result.files[0].url

    # Create post with media
    post = client.posts.create(
        content="Check out our new product!",
        platforms=[{"platform": Platform.INSTAGRAM, "accountId": "ig_123"}],
        media_items=[
            {"type": MediaType.IMAGE, "url": image_url}
        ],
        scheduled_for=datetime.now() + timedelta(hours=2)
    )
    # fmt: on


def platform_specific_content(client: Late) -> None:
    # fmt: off
    post = client.posts.create(
        content="Default content for all platforms",
        platforms=[
            {
                "platform": Platform.TWITTER,
                "accountId": "tw_123",
                "customContent": "Short version for Twitter! #late"
            },
            {
                "platform": Platform.LINKEDIN,
                "accountId": "li_456",
                "customContent": "Professional version with more detail for LinkedIn..."
            }
        ],
        scheduled_for=datetime.now() + timedelta(hours=1)
    )
    # fmt: on


def youtube_post(client: Late, video_url: str) -> None:
    # fmt: off
    post = client.posts.create(
        content="Video description goes here...",
        title="My YouTube Video Title",
        platforms=[{"platform": Platform.YOUTUBE, "accountId": "yt_123"}],
        media_items=[{"type": MediaType.VIDEO, "url": video_url}],
        tags=["tech", "tutorial", "python"],  # YouTube tags
        scheduled_for=datetime.now() + timedelta(hours=3)
    )
    # fmt: on


def tiktok_post(client: Late, video_url: str) -> None:
    # fmt: off
    from late import TikTokPrivacyLevel

    post = client.posts.create(
        content="TikTok video caption!",
        platforms=[{"platform": Platform.TIKTOK, "accountId": "tt_123"}],
        media_items=[{"type": MediaType.VIDEO, "url": video_url}],
        tiktok_settings={
            "privacy_level": TikTokPrivacyLevel.PUBLIC_TO_EVERYONE,  # Required
            "allow_comment": True,                                    # Required
            "allow_duet": True,                                       # Required for videos
            "allow_stitch": True,                                     # Required for videos
            "content_preview_confirmed": True,                        # Required, must be True
            "express_consent_given": True,                            # Required, must be True
        },
        scheduled_for=datetime.now() + timedelta(hours=1)
    )
    # fmt: on


def basic_listing(client: Late) -> None:
    # fmt: off
    # Get all posts (paginated)
    response = client.posts.list()

    for post in response.posts:
        print(f"{post.field_id}: {post.content[:50]}...")

    # Pagination info
    print(f"Page {response.pagination.page} of {response.pagination.pages}")
    # fmt: on


def filter_posts(client: Late) -> None:
    # fmt: off
    from late import PostStatus

    # Get scheduled posts only
    scheduled = client.posts.list(status=PostStatus.SCHEDULED)

    # Filter by platform
    twitter_posts = client.posts.list(platform=Platform.TWITTER)

    # Filter by date range
    recent = client.posts.list(
        date_from="2024-01-01",
        date_to="2024-01-31"
    )

    # Filter by profile
    profile_posts = client.posts.list(profile_id="profile_123")

    # Pagination
    page_2 = client.posts.list(page=2, limit=25)

    # Include hidden posts
    all_posts = client.posts.list(include_hidden=True)
    # fmt: on


def get_single_post(client: Late) -> None:
    # fmt: off
    response = client.posts.get("post_123")

    print(f"Content: {response.post.content}")
    print(f"Status: {response.post.status}")
    print(f"Scheduled for: {response.post.scheduledFor}")
    # fmt: on


def update_post(client: Late) -> None:
    # fmt: off
    # Update content
    client.posts.update(
        "post_123",
        content="Updated post content!"
    )

    # Reschedule
    client.posts.update(
        "post_123",
        scheduled_for=datetime.now() + timedelta(days=2),
        timezone="Europe/London"
    )

    # Update multiple fields
    client.posts.update(
        "post_123",
        content="New content",
        title="New title",
        tags=["updated", "tags"]
    )
    # fmt: on


def delete_post(client: Late) -> None:
    # fmt: off
    # Delete a draft or scheduled post
    response = client.posts.delete("post_123")
    print(response.message)
    # fmt: on


def retry_failed_post(client: Late) -> None:
    # fmt: off
    # Retry a failed post
    response = client.posts.retry("post_123")
    print(response.message)
    # fmt: on


def bulk_upload_from_csv(client: Late) -> None:
    # fmt: off
    # Validate first (dry run)
    validation = client.posts.bulk_upload("posts.csv", dry_run=True)

    if validation["success"]:
        print(f"Validation passed: {validation['totalRows']} posts ready")
        # Actually create the posts
        result = client.posts.bulk_upload("posts.csv")
        print(f"Created {result['created']} posts")
    else:
        print("Validation errors:")
        for error in validation["errors"]:
            print(f"  Row {error['row']}: {error['message']}")
    # fmt: on


def async_methods(sandbox: Sandbox) -> None:
    # fmt: off
    import asyncio
    from late import Late, Platform, PostStatus

    async def manage_posts() -> None:  # not verbatim: "-> None", which mypy --strict requires
        async with Late(api_key="your_api_key", transport=sandbox) as client:
            # List
            posts = await client.posts.alist(status=PostStatus.SCHEDULED)

            # Get
            post = await client.posts.aget("post_123")

            # Create
            new_post = await client.posts.acreate(
                content="Async post!",
                platforms=[{"platform": Platform.TWITTER, "accountId": "..."}],
                publish_now=True
            )

            # Update
            await client.posts.aupdate("post_123", content="Updated!")

            # Delete
            await client.posts.adelete("post_123")

            # Retry
            await client.posts.aretry("post_123")

    asyncio.run(manage_posts())
    # fmt: on


def error_handling(client: Late) -> None:
    # fmt: off
    from late.client.exceptions import (
        LateAPIError,
        LateNotFoundError,
        LateValidationError
    )

    try:
        post = client.posts.get("invalid_id")
    except LateNotFoundError:
        print("Post not found")
    except LateValidationError as e:
        print(f"Validation error: {e.message}")
    except LateAPIError as e:
        print(f"API error: {e.message}")
    # fmt: on


def response_types(client: Late) -> None:
    """The "Response Types" section, whose snippets elide the arguments (``create(...)``), pinned by type."""
    response = client.posts.create(
        content="Typed", platforms=[{"platform": Platform.TWITTER, "accountId": "acc_123"}], publish_now=True
    )
    assert_type(response.message, str | None)
    assert_type(response.post, Post | None)
    # The real spec leaves every response field optional (a media-only post has no content): a strictly
    # typed program narrows once, and each field is then what the page says, or None
    # (absent and null alike: no sentinel type to import).
    post = response.post
    assert post is not None
    assert_type(post.field_id, str | None)
    assert_type(post._id, str | None)
    assert_type(post.content, str | None)
    assert_type(post.status, PostStatus | None)
    assert_type(post.scheduledFor, datetime | None)
    post.platforms
    post.mediaItems
    got = client.posts.get("post_123").post
    assert got is not None
    when: datetime | None = got.scheduled_for  # issue 14: assignable as is, no narrowing against a sentinel
    print(when)

    listing = client.posts.list()
    assert_type(listing.posts, list[Post] | None)
    # Not late.Pagination: that export is the spec's plain Pagination schema, another class.
    assert_type(listing.pagination, PostsListResponsePagination | None)
    pagination = listing.pagination
    assert pagination is not None
    assert_type(pagination.page, int | None)
    assert_type(pagination.limit, int | None)
    assert_type(pagination.total, int | None)
    assert_type(pagination.pages, int | None)
    assert_type(client.posts.get("post_123").post, Post | None)
    assert_type(client.posts.retry("post_123").message, str | None)
    assert_type(client.posts.delete("post_123").message, str | None)
    for post in client.posts.iter(status=PostStatus.SCHEDULED, max_items=5):
        assert_type(post, Post)
