"""Quick start: the main flows of the Late Posts API, from scheduling a post to handling errors.

Run it with ``make demo`` (or ``python examples/quickstart.py``). It needs nothing else, and whatever
your environment holds (``LATE_API_KEY`` included) it runs against the SDK's sandbox, an in-memory copy
of the API (``late.testing.sandbox()``), where publishing to ``acc_broken`` fails so there is a post to
retry. Only ``make demo-live`` (``python examples/quickstart.py --live``) talks to the API that
``LATE_API_KEY`` and ``LATE_BASE_URL`` name, and it really posts: use a test account.
"""

from __future__ import annotations

import asyncio
import os
import struct
import sys
import tempfile
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import late.testing
from late import Late, MediaType, Platform, PostStatus, TikTokPrivacyLevel
from late.client.exceptions import LateAPIError, LateNotFoundError, LateValidationError

BROKEN_ACCOUNT = "acc_broken"  # in the sandbox, publishing to this account fails


def section(title: str) -> None:
    print(f"\n== {title} ==")


def make_client(live: bool) -> tuple[Late, late.testing.Sandbox | None]:
    """A client for the sandbox; for the configured API only when asked for (``--live``)."""
    if live:
        if not os.environ.get("LATE_API_KEY"):
            sys.exit("--live talks to the real API: set LATE_API_KEY (and LATE_BASE_URL if not getlate.dev)")
        return Late(), None  # reads LATE_API_KEY and LATE_BASE_URL
    sandbox = late.testing.sandbox()
    sandbox.failing_accounts[BROKEN_ACCOUNT] = "Token expired: reconnect the account"
    # The sandbox's own key and address: the environment's are for the real API, never used here.
    client = Late(api_key="sk_demo_quickstart", base_url="https://getlate.dev/api", transport=sandbox)
    return client, sandbox


def write_png(path: Path, width: int = 16, height: int = 16) -> Path:
    """Write a small solid-colour PNG: an image file to upload, made on the spot."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\x2a\x7f\xd4" * width  # filter byte, then RGB pixels
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * height))
    path.write_bytes(png + chunk(b"IEND", b""))
    return path


def write_posts_csv(path: Path) -> Path:
    """Write a small posts.csv in the docs' format: one post per row."""
    day = (datetime.now(UTC) + timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
    rows = [
        ("Monday tip: batch your posts", "twitter", "acc_123", day, "", "tips"),
        ("Our weekly roundup is out", "linkedin", "li_456", day + timedelta(hours=2), "Weekly roundup", ""),
        ("Behind the scenes", "twitter", "acc_123", day + timedelta(hours=4), "", "team|culture"),
    ]
    lines = ["content,platform,account_id,scheduled_for,title,media_url,tags"]
    for content, platform, account, when, title, tags in rows:
        lines.append(f'"{content}",{platform},{account},{when:%Y-%m-%dT%H:%M:%SZ},{title},,{tags}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> None:
    client, sandbox = make_client(live="--live" in argv)
    print(f"Using {'the in-memory sandbox' if sandbox is not None else client.base_url}")
    with client:
        section("Create a scheduled post")
        scheduled = client.posts.create(
            content="Hello from the Late Python SDK!",
            platforms=[{"platform": Platform.TWITTER, "accountId": "acc_123"}],
            scheduled_for=datetime.now() + timedelta(hours=1),  # naive: your machine's local time
        )
        print(f"{scheduled.message}: {scheduled.post.field_id}")
        print(f"  status {scheduled.post.status}, goes out at {scheduled.post.scheduledFor} (UTC)")

        section("Publish immediately")
        now = client.posts.create(
            content="This goes live right now!",
            platforms=[{"platform": Platform.TWITTER, "accountId": "acc_123"}],
            publish_now=True,
        )
        print(f"{now.message}: {now.post.field_id} is {now.post.status}")

        section("Save a draft")
        draft = client.posts.create(content="Draft for later review", is_draft=True)
        print(f"{draft.message}: {draft.post.field_id} is {draft.post.status}")

        section("Multi-platform post, in New York time")
        # 9:00 tomorrow on New York's clock, whatever the machine's zone: the SDK sends the exact instant.
        tomorrow_9am = (datetime.now() + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
        multi = client.posts.create(
            content="Cross-posting to multiple platforms!",
            platforms=[
                {"platform": Platform.TWITTER, "accountId": "tw_123"},
                {"platform": Platform.LINKEDIN, "accountId": "li_456"},
                {"platform": Platform.FACEBOOK, "accountId": "fb_789"},
            ],
            scheduled_for=tomorrow_9am,
            timezone="America/New_York",
        )
        targets = ", ".join(str(p.platform) for p in multi.post.platforms or [])
        print(f"{multi.post.field_id} to {targets}")
        print(f"  09:00 America/New_York on {tomorrow_9am:%Y-%m-%d} is {multi.post.scheduledFor} (UTC)")

        section("Platform-specific content")
        custom = client.posts.create(
            content="Default content for all platforms",
            platforms=[
                {"platform": "twitter", "accountId": "tw_123", "customContent": "Short version! #late"},
                {
                    "platform": "linkedin",
                    "accountId": "li_456",
                    "customContent": "The longer, professional one.",
                },
            ],
            scheduled_for=datetime.now() + timedelta(hours=2),
        )
        for target in custom.post.platforms or []:
            print(f"  {target.platform}: {target.custom_content}")

        section("TikTok video with its required settings")
        tiktok = client.posts.create(
            content="TikTok video caption!",
            platforms=[{"platform": Platform.TIKTOK, "accountId": "tt_123"}],
            media_items=[{"type": MediaType.VIDEO, "url": "https://cdn.example.com/videos/launch.mp4"}],
            tiktok_settings={
                "privacy_level": TikTokPrivacyLevel.PUBLIC_TO_EVERYONE,
                "allow_comment": True,
                "allow_duet": True,
                "allow_stitch": True,
                "content_preview_confirmed": True,
                "express_consent_given": True,
            },
            scheduled_for=datetime.now() + timedelta(hours=3),
        )
        print(f"{tiktok.message}: {tiktok.post.field_id}")

        section("List posts with filters")
        listing = client.posts.list(status=PostStatus.SCHEDULED, limit=10)
        for post in listing.posts:
            print(f"  {post.field_id}: {post.content[:40]}")
        pages = listing.pagination
        print(f"Page {pages.page} of {pages.pages} ({pages.total} scheduled)")
        on_twitter = sum(1 for _ in client.posts.iter(platform=Platform.TWITTER))
        print(f"{on_twitter} posts target Twitter (posts.iter walks every page)")

        section("Get a post")
        got = client.posts.get(scheduled.post.field_id)
        print(f"Content: {got.post.content}")
        print(f"Status: {got.post.status}")
        print(f"Scheduled for: {got.post.scheduledFor}")

        section("Update a post")
        updated = client.posts.update(
            scheduled.post.field_id,
            content="Updated post content!",
            scheduled_for=datetime.now() + timedelta(days=2),
            timezone="Europe/London",
        )
        print(f"{updated.message}: now {updated.post.content!r} at {updated.post.scheduledFor} (UTC)")

        section("Delete a post")
        print(client.posts.delete(draft.post.field_id).message)

        section("Retry a failed post")
        failed = client.posts.create(
            content="Going out to an account whose token expired",
            platforms=[{"platform": Platform.TWITTER, "accountId": BROKEN_ACCOUNT}],
            publish_now=True,
        )
        print(f"{failed.message}: {failed.post.field_id} is {failed.post.status}")
        if sandbox is not None:
            sandbox.failing_accounts.pop(BROKEN_ACCOUNT)  # the user reconnects the account...
        try:
            retried = client.posts.retry(failed.post.field_id)
            print(f"Retried: {retried.message}")
        except LateAPIError as e:
            print(f"Retry refused: {e.message}")

        section("Error handling")
        try:
            client.posts.get("post_that_does_not_exist")
        except LateNotFoundError as e:
            print(f"Post not found ({e.status_code}): {e.message}")
        try:
            client.posts.list(limit=1000)
        except LateValidationError as e:
            print(f"Validation error, nothing was sent: {e.message}")

        with tempfile.TemporaryDirectory() as tmp:
            section("Upload media, then post it")
            image = write_png(Path(tmp) / "launch.png")
            media_result = client.media.upload(image)  # presign, then the bytes go straight to storage
            uploaded = media_result.files[0]
            print(f"Uploaded {uploaded.filename} ({uploaded.size} bytes, {uploaded.content_type})")
            print(f"  public URL: {uploaded.url}")
            if sandbox is not None and uploaded.key is not None:
                print(f"  the sandbox's storage received {sandbox.uploads[uploaded.key].size} bytes")
            with_image = client.posts.create(
                content="Our launch, in one picture",
                platforms=[{"platform": Platform.INSTAGRAM, "accountId": "ig_123"}],
                media_items=[{"type": MediaType.IMAGE, "url": media_result.files[0].url}],
                scheduled_for=datetime.now() + timedelta(hours=5),
            )
            attached = with_image.post.media_items or []
            print(f"{with_image.message}: {with_image.post.field_id} with {len(attached)} image")

            section("Bulk upload from a CSV")
            csv_path = write_posts_csv(Path(tmp) / "posts.csv")
            checked = client.posts.bulk_upload(csv_path, dry_run=True)  # validates every row, sends nothing
            verdict = "all valid" if checked["success"] else f"{len(checked['errors'])} invalid"
            print(f"Dry run: {checked['totalRows']} rows, {verdict}, nothing sent")
            result = client.posts.bulk_upload(csv_path)
            print(f"Created {result['created']} of {result['totalRows']} posts")
            for made in result.get("posts", []):
                print(f"  row {made['row']}: {made['id']}")
            for error in result["errors"]:
                print(f"  row {error['row']} failed: {error['message']}")
            if not result["errors"]:
                print("No errors (re-running the same file would not post twice)")

        section("Async")
        print(asyncio.run(async_summary(client, scheduled.post.field_id)))


async def async_summary(client: Late, post_id: str) -> str:
    """Every method has an ``a*`` twin; here two calls run concurrently."""
    listing, post = await asyncio.gather(client.posts.alist(), client.posts.aget(post_id))
    await client.aclose()  # close the async pool inside the event loop that used it
    return f"{listing.pagination.total} posts in all; {post_id} is {post.post.status}"


if __name__ == "__main__":
    main(sys.argv[1:])
