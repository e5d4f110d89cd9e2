"""Publishing: how a post's platform entries go out, now or when their time comes.

Create, update, retry and review all publish, and so does every request (the scheduled posts that came
due since the last one): one place decides what a publish does to a post, so each endpoint answers the
same statuses for the same outcome.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from late._http import deepjson as _deepjson
from late.testing._store import Store, StoredPost
from late.testing._util import IdFactory, iso
from late.testing._wire import Outcome, json_response

__all__ = ["platform_post", "publish", "publish_due", "publish_response"]


def publish(store: Store, post: StoredPost, now: datetime, only_due: bool = False) -> list[dict[str, Any]]:
    """Publish the post's pending entries (``only_due``: those whose time has come); per-entry results.

    Publishing succeeds except to an account in ``failing_accounts``. The post's status follows from
    its entries', and it re-enters the due heap if entries are still pending.
    """
    doc = post.doc
    results: list[dict[str, Any]] = []
    for index, entry in enumerate(doc["platforms"]):
        if entry.get("status") in {"published", "cancelled"}:
            continue
        if only_due or index in post.held:
            due = post.due[index] if index < len(post.due) else None
            if due is None or due > now:
                continue
        entry["publishAttempts"] = int(entry.get("publishAttempts", 0)) + 1
        failure = store.failing_accounts.get(entry["accountId"])
        if failure is not None:
            entry.update(
                status="failed",
                errorMessage=failure,
                errorCategory="platform_rejected",
                errorSource="platform",
            )
            results.append({"platform": entry["platform"], "status": "failed", "error": failure})
            continue
        for key in ("errorMessage", "errorCategory", "errorSource"):
            entry.pop(key, None)
        post_id, url = platform_post(entry["platform"], store.ids)
        entry.update(status="published", platformPostId=post_id, platformPostUrl=url, publishedAt=iso(now))
        results.append({"platform": entry["platform"], "status": "published", "error": None})
    statuses = [e.get("status") for e in doc["platforms"]]
    if "pending" in statuses:
        doc["status"] = "scheduled"
    elif all(s in {"published", "cancelled"} for s in statuses) and "published" in statuses:
        doc["status"] = "published"
        doc["publishedAt"] = iso(now)
    elif "published" in statuses:
        doc["status"] = "partial"
    else:
        doc["status"] = "failed"
    doc["updatedAt"] = iso(now)
    store.schedule(post)
    return results


def publish_response(store: Store, post: StoredPost, now: datetime, *, created: bool) -> Outcome:
    """Publish now and answer as create or update does: 201/200, or 207 when a platform failed."""
    results = publish(store, post, now)
    doc = post.doc
    if doc["status"] == "published" or (doc["status"] == "scheduled" and post.held):
        return json_response(
            201 if created else 200,
            {"message": "Post published successfully", "post": _deepjson.deepcopy(doc)},
        )
    what = "Post created" if created else "Post updated"
    outcome = "publishing failed" if doc["status"] == "failed" else "some platforms failed"
    body: dict[str, Any] = {
        "post": _deepjson.deepcopy(doc),
        "message": f"{what} but {outcome}",
        "platformResults": results,
    }
    if doc["status"] == "failed":
        body["error"] = "All platforms failed"
    return json_response(207, body)


def publish_due(store: Store) -> int:
    """Publish the due entries of every scheduled post with a pending entry due by now; how many posts.

    Each post is published at most once per call, as a walk over every post would.
    """
    if not store.has_due_times():
        return 0
    now = store.now()
    published = 0
    for post in store.pop_due(now):
        publish(store, post, now, only_due=True)  # re-enters the heap if entries are still pending
        published += 1
    return published


# platform -> (post id, public URL) as each platform spells them. In a template, {dN} is N random
# digits, {tN} a random N-character token, {id} the post id and {platform} the platform.
_PLATFORM_POSTS: dict[str, tuple[str, str]] = {
    "twitter": ("{d19}", "https://twitter.com/i/web/status/{id}"),
    "linkedin": ("urn:li:share:{d19}", "https://www.linkedin.com/feed/update/{id}"),
    "facebook": ("{d15}_{d15}", "https://www.facebook.com/{id}"),
    "instagram": ("{d17}", "https://www.instagram.com/p/{t11}/"),
    "youtube": ("{t11}", "https://www.youtube.com/watch?v={id}"),
    "tiktok": ("{d19}", "https://www.tiktok.com/@sandbox/video/{id}"),
    "threads": ("{d17}", "https://www.threads.net/post/{t11}"),
    "pinterest": ("{d18}", "https://www.pinterest.com/pin/{id}/"),
    "bluesky": ("{t13}", "https://bsky.app/profile/sandbox.bsky.social/post/{id}"),
    "reddit": ("{t7}", "https://www.reddit.com/comments/{id}/"),
    "telegram": ("{d6}", "https://t.me/sandbox/{id}"),
}
_OTHER_PLATFORM_POST = ("{d16}", "https://{platform}.example.com/posts/{id}")
_RANDOM_FIELD = re.compile(r"\{([dt])(\d+)\}")


def platform_post(platform: str, ids: IdFactory) -> tuple[str, str]:
    """A made-up (platform post id, public URL) for a published entry."""

    def fill(template: str, post_id: str = "") -> str:
        random = _RANDOM_FIELD.sub(
            lambda m: ids.digits(int(m[2])) if m[1] == "d" else ids.token(int(m[2])), template
        )
        return random.replace("{id}", post_id).replace("{platform}", platform)

    id_template, url_template = _PLATFORM_POSTS.get(platform, _OTHER_PLATFORM_POST)
    post_id = fill(id_template)
    return post_id, fill(url_template, post_id)
