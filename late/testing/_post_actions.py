"""The actions on one existing post, ``POST /v1/posts/{postId}/<action>``: edit, pin, unpin, unpublish,
update-metadata and review, as ``late/resources/_post_actions.py`` describes them on the SDK's side.

All but review act on one published platform entry; :func:`_published_entry` picks it, and answers
the ambiguous case (the post went out to several accounts of the platform) as the API does.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from late._http import deepjson as _deepjson
from late.testing import _validate as v
from late.testing._publishing import platform_post, publish_due
from late.testing._routes import Route
from late.testing._store import Store, StoredPost
from late.testing._util import ApiError, bad_request, iso
from late.testing._wire import Ctx, Outcome, json_response

__all__ = [
    "EDITABLE_PLATFORMS",
    "METADATA_FIELDS",
    "PRIVACY_STATUSES",
    "ROUTES",
    "UNPUBLISHABLE_PLATFORMS",
]

EDITABLE_PLATFORMS = frozenset(
    {
        "twitter",
        "discord",
        "facebook",
        "reddit",
        "linkedin",
        "telegram",
        "pinterest",
        "googlebusiness",
        "youtube",
        "slack",
    }
)
UNPUBLISHABLE_PLATFORMS = frozenset(
    {
        "threads",
        "facebook",
        "twitter",
        "linkedin",
        "youtube",
        "pinterest",
        "reddit",
        "bluesky",
        "googlebusiness",
        "telegram",
    }
)
PRIVACY_STATUSES = ("public", "private", "unlisted")
METADATA_FIELDS = (
    "title",
    "description",
    "tags",
    "categoryId",
    "privacyStatus",
    "thumbnailUrl",
    "madeForKids",
    "containsSyntheticMedia",
    "playlistId",
)


def review(store: Store, ctx: Ctx) -> Outcome:
    data = ctx.json()
    decision = data.get("decision")
    if decision not in ("approve", "reject"):  # (a tuple: the value may be a dict)
        raise bad_request("decision must be 'approve' or 'reject'", "decision")
    with store.lock:
        post = store.post_or_404(ctx.params["postId"])
        if post.doc["status"] != "pending_approval":
            raise ApiError(
                409,
                f"The post is not pending_approval (it is '{post.doc['status']}')",
                code="invalid_resource_state",
            )
        post.doc["status"] = "scheduled" if decision == "approve" else "draft"
        post.doc["updatedAt"] = iso(store.now())
        if decision == "approve":
            store.schedule(post)
            publish_due(store)
        return json_response(200, {"post": _deepjson.deepcopy(post.doc)})


def _published_entry(
    post: StoredPost,
    platform: str,
    account: str | None,
    *,
    verb: str,
    absent_code: str = "invalid_field_value",
) -> dict[str, Any]:
    if account is not None:
        v.require_str(account, "accountId", allow_empty=False)
    entries = [e for e in post.doc["platforms"] if e["platform"] == platform]
    if account is not None:
        entries = [e for e in entries if e["accountId"] == account]
    if not entries:
        raise bad_request(
            f"The post is not on {platform}" + (f" for account {account}" if account else ""),
            "platform",
            absent_code,
        )
    published = [e for e in entries if e.get("status") == "published"]
    if len(published) > 1:
        raise ApiError(
            409,
            f"The post was published to several {platform} accounts; send accountId to pick which to {verb}",
            code="ambiguous_account",
            param="accountId",
        )
    if not published:
        raise bad_request(f"The post is not published on {platform}", "platform", "invalid_resource_state")
    entry: dict[str, Any] = published[0]
    return entry


def edit(store: Store, ctx: Ctx) -> Outcome:
    data = ctx.json()
    platform = data.get("platform")
    if not isinstance(platform, str) or platform not in EDITABLE_PLATFORMS:
        raise bad_request(
            f"Editing published posts is not supported on '{platform}'",
            "platform",
            "platform_not_supported",
        )
    content = v.require_str(data.get("content"), "content", allow_empty=False)
    account = data.get("accountId")
    with store.lock:
        post = store.post_or_404(ctx.params["postId"])
        entry = _published_entry(post, platform, account, verb="edit")
        now = store.now()
        if platform == "twitter":
            # A seeded post may carry no publishedAt: then it counts from the post's own times.
            when = entry.get("publishedAt") or post.doc.get("publishedAt") or post.doc["createdAt"]
            published_at = v.parse_datetime(when, "publishedAt", None)
            if now - published_at > timedelta(hours=1):
                raise bad_request(
                    "X posts can only be edited within 1 hour of publishing",
                    "platform",
                    "edit_window_expired",
                )
            entry["platformPostId"], entry["platformPostUrl"] = platform_post(platform, store.ids)
        entry["customContent"] = content
        store.index(post)  # its fingerprint for the duplicate check changed with the text
        post.doc.setdefault("editHistory", []).append(
            {"platform": platform, "content": content, "editedAt": iso(now)}
        )
        post.doc["updatedAt"] = iso(now)
        return json_response(
            200,
            {
                "success": True,
                "id": entry["platformPostId"],
                "url": entry["platformPostUrl"],
                "message": f"{platform} post edited successfully",
            },
        )


def pin(store: Store, ctx: Ctx) -> Outcome:
    return _set_pin(store, ctx, True)


def unpin(store: Store, ctx: Ctx) -> Outcome:
    return _set_pin(store, ctx, False)


def _set_pin(store: Store, ctx: Ctx, pinned: bool) -> Outcome:
    data = ctx.json()
    verb = "pin" if pinned else "unpin"
    if data.get("platform") != "facebook":
        raise bad_request(f"Only Facebook posts can be {verb}ned", "platform", "platform_not_supported")
    with store.lock:
        post = store.post_or_404(ctx.params["postId"])
        entry = _published_entry(
            post, "facebook", data.get("accountId"), verb=verb, absent_code="platform_not_supported"
        )
        entry["pinned"] = pinned
        message = (
            "Post pinned to the top of the Facebook Page"
            if pinned
            else "Post unpinned from the Facebook Page"
        )
        return json_response(
            200,
            {
                "success": True,
                "pinned": pinned,
                "platformPostId": entry["platformPostId"],
                "message": message,
            },
        )


def unpublish(store: Store, ctx: Ctx) -> Outcome:
    data = ctx.json()
    platform = data.get("platform")
    if not isinstance(platform, str) or platform not in UNPUBLISHABLE_PLATFORMS:
        raise bad_request(
            f"Unpublishing is not supported on '{platform}'", "platform", "platform_not_supported"
        )
    with store.lock:
        post = store.post_or_404(ctx.params["postId"])
        entry = _published_entry(post, platform, data.get("accountId"), verb="unpublish")
        entry["status"] = "cancelled"
        statuses = {e.get("status") for e in post.doc["platforms"]}
        if statuses <= {"cancelled"}:
            post.doc["status"] = "cancelled"
        elif "published" in statuses:
            post.doc["status"] = "partial"
        post.doc["updatedAt"] = iso(store.now())
        return json_response(200, {"success": True, "message": f"Post deleted from {platform} successfully"})


def update_metadata(store: Store, ctx: Ctx) -> Outcome:
    """YouTube metadata, of a post's published video or (post id ``_``) of any video by ``videoId``."""
    post_id = ctx.params["postId"]
    data = ctx.json()
    if data.get("platform") != "youtube":
        raise bad_request(
            "Metadata updates are only supported for youtube", "platform", "platform_not_supported"
        )
    _check_metadata(data)
    updated = [name for name in METADATA_FIELDS if name in data]
    if not updated:
        raise bad_request(
            f"Send at least one of {', '.join(METADATA_FIELDS)}", None, "missing_required_field"
        )
    if post_id == "_":
        if not data.get("videoId") or not data.get("accountId"):
            raise bad_request("Direct mode needs videoId and accountId", "videoId", "missing_required_field")
        return json_response(
            200,
            {
                "success": True,
                "message": "YouTube video metadata updated successfully",
                "videoId": data["videoId"],
                "updatedFields": updated,
            },
        )
    with store.lock:
        post = store.post_or_404(post_id)
        entry = _published_entry(post, "youtube", data.get("accountId"), verb="update")
        psd = entry.setdefault("platformSpecificData", {})
        for name in updated:
            psd[name] = data[name]
        post.doc["updatedAt"] = iso(store.now())
    return json_response(
        200,
        {
            "success": True,
            "message": "YouTube video metadata updated successfully",
            "updatedFields": updated,
        },
    )


def _check_metadata(data: Mapping[str, Any]) -> None:
    """The fields of an update-metadata body, as the spec types and bounds them: a 400 naming the field."""
    from late_api_client.constraints import BODY_PROPERTIES

    bounds = BODY_PROPERTIES.get("updatePostMetadata", {})
    for name in ("videoId", "accountId", "title", "description", "categoryId", "playlistId", "thumbnailUrl"):
        if name in data:
            text = v.require_str(data[name], name)
            most = bounds.get(name, {}).get("maxLength")
            if most is not None and len(text) > most:
                raise bad_request(f"{name} may have at most {most} characters", name)
    for name in ("madeForKids", "containsSyntheticMedia"):
        if name in data:
            v.require_bool(data[name], name)
    if "tags" in data:
        item_max = bounds.get("tags", {}).get("items", {}).get("maxLength")
        for tag in v.require_str_list(data["tags"], "tags"):
            if item_max is not None and len(tag) > item_max:
                raise bad_request(f"Each tag may have at most {item_max} characters", "tags")
    if "privacyStatus" in data and data["privacyStatus"] not in PRIVACY_STATUSES:
        raise bad_request(f"privacyStatus must be one of {', '.join(PRIVACY_STATUSES)}", "privacyStatus")
    if "thumbnailUrl" in data and not str(data["thumbnailUrl"]).startswith(("https://", "http://")):
        raise bad_request("thumbnailUrl must be a public http(s) URL", "thumbnailUrl")


ROUTES = (
    Route("POST", "/v1/posts/{postId}/edit", edit),
    Route("POST", "/v1/posts/{postId}/pin", pin),
    Route("POST", "/v1/posts/{postId}/unpin", unpin),
    Route("POST", "/v1/posts/{postId}/review", review),
    Route("POST", "/v1/posts/{postId}/unpublish", unpublish),
    Route("POST", "/v1/posts/{postId}/update-metadata", update_metadata),
)
