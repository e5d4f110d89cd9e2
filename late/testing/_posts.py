"""The posts themselves, as ``late/resources/posts.py`` calls them: create (and its dry run), get, update,
delete, retry, sync-external and bulk-upload; and :func:`seed`, a post stored without a request.

Create and update decide a post's status from the fields sent (draft, scheduled, publishing now,
pending approval) and publish through ``_publishing.py``; the list is in ``_pages.py`` and the actions
on a published post in ``_post_actions.py``.
"""

from __future__ import annotations

from typing import Any

from late._http import deepjson as _deepjson
from late.testing import _validate as v
from late.testing._post_fields import (
    apply_fields,
    merge_platforms,
    new_post_doc,
    next_slot,
    parse_fields,
    schedule_times,
    validate_publishable,
)
from late.testing._publishing import publish, publish_response
from late.testing._routes import Route, user_id_for
from late.testing._store import Store, StoredPost
from late.testing._util import ApiError, bad_request, iso
from late.testing._wire import Ctx, Outcome, json_response

__all__ = ["EDITABLE_STATUSES", "RETRYABLE_STATUSES", "ROUTES", "seed"]

EDITABLE_STATUSES = frozenset({"draft", "scheduled", "failed", "partial", "cancelled"})
RETRYABLE_STATUSES = frozenset({"failed", "partial"})


def seed(store: Store, post_id: str | None, api_key: str, fields: dict[str, Any]) -> dict[str, Any]:
    """See :meth:`late.testing._sandbox.SandboxCore.seed_post`."""
    with store.lock:
        now = store.now()
        doc = new_post_doc(post_id if post_id is not None else store.ids(), user_id_for(api_key), now)
        doc.update(_deepjson.deepcopy(fields))
        status = doc["status"]
        entry_status = status if status in {"failed", "published"} else "pending"
        for entry in doc["platforms"]:
            entry.setdefault("status", entry_status)
        post = StoredPost(doc, doc["userId"], now)
        when = v.parse_datetime(doc["scheduledFor"], "scheduledFor", None) if "scheduledFor" in doc else None
        post.due = [when for _ in doc["platforms"]]
        store.put(post)
        return _deepjson.deepcopy(doc)


def _replayed(doc: dict[str, Any]) -> Outcome:
    return json_response(
        200, {"message": "Post already exists (idempotent retry)", "post": _deepjson.deepcopy(doc)}
    )


def create(store: Store, ctx: Ctx) -> Outcome:
    key = ctx.headers.get("idempotency-key")
    if key is not None and len(key) > 255:
        raise bad_request("Idempotency-Key must be at most 255 characters", "Idempotency-Key")
    slot = (ctx.user_id, key) if key else None
    if slot is not None:
        with store.lock:
            replay = store.idempotency.claim(slot, store.now(), store.posts.__contains__)
            if replay is not None:
                return _replayed(store.posts[replay].doc)
    try:
        ctx.pause()
        with store.lock:
            outcome, post_id = _create_locked(store, ctx, slot is not None)
            if slot is not None and post_id is not None:
                store.idempotency.record(slot, post_id, store.now())
            elif slot is not None:
                store.idempotency.forget(slot)  # no post made (a dry run, a replayed duplicate)
        return outcome
    except BaseException:
        if slot is not None:
            with store.lock:
                store.idempotency.release(slot)
        raise


def _create_locked(store: Store, ctx: Ctx, has_idempotency_key: bool) -> tuple[Outcome, str | None]:
    data = ctx.json()
    now = store.now()
    if data.get("dryRun") is True:
        return _dry_run(data), None
    fields = parse_fields(data)
    requires_approval = fields.get("requiresApproval") is True
    is_draft = fields.get("isDraft") is True
    publish_now = fields.get("publishNow") is True
    queued = fields.get("queuedFromProfile")
    if requires_approval and (is_draft or publish_now or queued or fields.get("queueId")):
        raise bad_request(
            "requiresApproval cannot be combined with isDraft, publishNow, queuedFromProfile or queueId",
            "requiresApproval",
        )
    doc = new_post_doc(store.ids(), ctx.user_id, now)
    apply_fields(doc, fields)
    times = schedule_times(doc, fields)
    when = times.earliest(doc)

    publish = False
    if requires_approval:
        if when is None:
            raise bad_request(
                "requiresApproval needs scheduledFor, at the root or on every platform",
                "scheduledFor",
                "missing_required_field",
            )
        status = "pending_approval"
    elif is_draft:
        status = "draft"
    elif publish_now:
        status, publish = "publishing", True
    elif when is not None:
        status, publish = ("publishing", True) if when <= now else ("scheduled", False)
    elif queued:
        when = next_slot(now)
        status = "scheduled"
    else:
        status = "draft"
    if when is not None and not publish_now:
        doc["scheduledFor"] = iso(when)
    doc["status"] = status
    if status != "draft":
        validate_publishable(doc)
    post = StoredPost(doc, ctx.user_id, now, request_id=ctx.headers.get("x-request-id"))
    post.due = [t or when for t in times.entries]

    if status != "draft" and store.dedup:
        duplicate = store.find_duplicate(doc, now)
        if duplicate is not None:
            existing, entry = duplicate
            request_id = ctx.headers.get("x-request-id")
            if not has_idempotency_key and request_id and request_id == existing.request_id:
                return _replayed(existing.doc), None
            raise ApiError(
                409,
                "This exact content is already scheduled, publishing, or was posted to this account "
                "within the last 24 hours.",
                code="duplicate_content",
                details={
                    "accountId": entry["accountId"],
                    "platform": entry["platform"],
                    "existingPostId": existing.doc["_id"],
                },
            )

    for entry in doc["platforms"]:
        entry["status"] = "pending"
    caps = store.publish_caps
    if caps is not None and status != "draft" and caps.admit(doc["_id"], doc, post.due, now) and publish:
        post.held = {i for i, due in enumerate(post.due) if due is not None and due > now}
    store.put(post)
    if publish:
        return publish_response(store, post, now, created=True), doc["_id"]
    message = {
        "draft": "Post saved as draft",
        "scheduled": "Post scheduled successfully",
        "pending_approval": "Post submitted for approval",
    }[status]
    return json_response(201, {"message": message, "post": _deepjson.deepcopy(doc)}), doc["_id"]


def _dry_run(data: dict[str, Any]) -> Outcome:
    platforms = v.parse_platforms(data.get("platforms", []))
    tiktok = [e for e in platforms if e["platform"] == "tiktok"]
    if not tiktok:
        raise bad_request("dryRun needs at least one tiktok entry in platforms", "platforms")
    verdicts = [
        {"accountId": e["accountId"], "canPublish": True, "reason": "Sandbox: no TikTok limits apply"}
        for e in tiktok
    ]
    return json_response(200, {"dryRun": True, "canPublish": True, "tiktok": verdicts})


def get(store: Store, ctx: Ctx) -> Outcome:
    with store.lock:
        post = store.post_or_404(ctx.params["postId"])
        return json_response(200, {"post": _deepjson.deepcopy(post.doc)})


def update(store: Store, ctx: Ctx) -> Outcome:
    data = ctx.json()
    with store.lock:
        post = store.post_or_404(ctx.params["postId"])
        now = store.now()
        doc = post.doc
        current = doc["status"]
        if current == "published":
            extra = sorted(set(data) - {"recycling"})
            if extra:
                raise ApiError(
                    400,
                    "Published posts cannot be modified (only their recycling config can be updated); "
                    "use POST /v1/posts/{postId}/edit to edit the published text.",
                    code="invalid_resource_state",
                    param=extra[0],
                )
            fields = parse_fields(data)
            updated = _deepjson.deepcopy(doc)
            apply_fields(updated, fields)
            updated["updatedAt"] = iso(now)
            post.doc = updated
            store.index(post)
            return json_response(
                200, {"message": "Post updated successfully", "post": _deepjson.deepcopy(updated)}
            )
        if current not in EDITABLE_STATUSES:
            raise ApiError(
                400,
                f"Cannot update a post with status '{current}'. Only draft, scheduled, failed, partial "
                "and "
                "cancelled posts can be updated.",
                code="invalid_resource_state",
            )
        fields = parse_fields(data)
        if ("tiktokSettings" in fields or "facebookSettings" in fields) and "platforms" not in fields:
            raise bad_request("tiktokSettings and facebookSettings need a platforms array", "platforms")
        requires_approval = fields.get("requiresApproval") is True
        is_draft_flag = fields.get("isDraft")
        publish_now = fields.get("publishNow") is True
        queued = fields.get("queuedFromProfile")
        if requires_approval:
            if current != "draft":
                raise ApiError(
                    409,
                    f"requiresApproval can only be sent on a draft (the post is '{current}')",
                    code="invalid_resource_state",
                    param="requiresApproval",
                )
            if is_draft_flag is True or publish_now or queued or fields.get("queueId"):
                raise bad_request(
                    "requiresApproval cannot be combined with isDraft, publishNow, "
                    "queuedFromProfile or queueId",
                    "requiresApproval",
                )
        updated = _deepjson.deepcopy(doc)
        if "platforms" in fields:
            fields["platforms"] = merge_platforms(doc["platforms"], fields["platforms"])
        apply_fields(updated, fields)
        times = schedule_times(updated, fields)
        when = times.earliest(updated)
        if when is not None:
            updated["scheduledFor"] = iso(when)
        schedule_sent = "scheduledFor" in fields or bool(queued)
        publish = False
        if requires_approval:
            if when is None:
                raise bad_request(
                    "requiresApproval needs scheduledFor", "scheduledFor", "missing_required_field"
                )
            status = "pending_approval"
        elif is_draft_flag is True:
            status = "draft"
        elif current in {"draft", "cancelled"} and is_draft_flag is None:
            status = current
        elif publish_now:
            status, publish = "publishing", True
        elif schedule_sent or (is_draft_flag is False and current in {"draft", "cancelled"}):
            if when is None and queued:
                when = next_slot(now)
                updated["scheduledFor"] = iso(when)
            if when is None:
                raise bad_request(
                    "Send scheduledFor, publishNow: true or queuedFromProfile to schedule the post",
                    "scheduledFor",
                    "missing_required_field",
                )
            status, publish = ("publishing", True) if when <= now else ("scheduled", False)
        else:
            status = current
        if status != "draft":
            validate_publishable(updated)
        if status in {"scheduled", "publishing"}:
            for entry in updated["platforms"]:
                if entry.get("status") != "published":
                    entry["status"] = "pending"
                    for key in ("errorMessage", "errorCategory", "errorSource"):
                        entry.pop(key, None)
        for entry in updated["platforms"]:
            entry.setdefault("status", "pending")
        updated["status"] = status
        updated["updatedAt"] = iso(now)
        post.doc = updated
        post.due = [t or when for t in times.entries]
        store.schedule(post)
        store.index(post)
        if publish:
            return publish_response(store, post, now, created=False)
        return json_response(
            200, {"message": "Post updated successfully", "post": _deepjson.deepcopy(updated)}
        )


def delete(store: Store, ctx: Ctx) -> Outcome:
    with store.lock:
        post_id = ctx.params["postId"]
        post = store.post_or_404(post_id)
        if post.doc["status"] == "published":
            raise ApiError(
                400,
                "Cannot delete published posts. Use POST /v1/posts/{postId}/unpublish instead.",
                code="invalid_resource_state",
            )
        store.forget(post_id)
        return json_response(200, {"message": "Post deleted successfully"})


def retry(store: Store, ctx: Ctx) -> Outcome:
    with store.lock:
        post = store.post_or_404(ctx.params["postId"])
        status = post.doc["status"]
        if status == "publishing":
            raise ApiError(409, "Post is currently publishing", code="invalid_resource_state")
        if status not in RETRYABLE_STATUSES:
            raise ApiError(
                400,
                f"Only failed or partial posts can be retried (the post is '{status}')",
                code="invalid_resource_state",
            )
        now = store.now()
        for entry in post.doc["platforms"]:
            if entry.get("status") == "failed":
                entry["status"] = "pending"
                entry["publishAttempts"] = 0
        publish(store, post, now)
        doc = _deepjson.deepcopy(post.doc)
        if doc["status"] == "published":
            return json_response(200, {"message": "Post published successfully", "post": doc})
        error = "All platforms failed" if doc["status"] == "failed" else "Some platforms failed"
        body = {
            "message": "Retry completed but publishing did not fully succeed",
            "error": error,
            "post": doc,
        }
        return json_response(207, body)


def sync_external(store: Store, ctx: Ctx) -> Outcome:
    data = ctx.json()
    account = data.get("accountId")
    if not isinstance(account, str) or not account:
        raise bad_request("accountId is required", "accountId", "missing_required_field")
    synced = {"postsFound": 0, "postsSynced": 0, "skipped": False}
    if data.get("url") or data.get("postId"):
        return json_response(200, {"synced": synced, "found": False, "post": None})
    return json_response(200, {"synced": synced, "posts": []})


def bulk_upload(store: Store, ctx: Ctx) -> Outcome:
    # A 400 (a status the spec lists for this operation, with its ErrorResponse body), not a 501 it
    # does not list: the sandbox has no profiles to resolve the CSV's `profiles` column against.
    raise bad_request(
        "The sandbox does not process CSV bulk uploads (it has no profiles to resolve the profiles "
        "column against); create the posts one by one, or use posts.bulk_upload, which does.",
        "file",
        "not_supported_in_sandbox",
    )


ROUTES = (
    Route("POST", "/v1/posts", create, pauses_itself=True),
    Route("POST", "/v1/posts/bulk-upload", bulk_upload),
    Route("POST", "/v1/posts/sync-external", sync_external),
    Route("GET", "/v1/posts/{postId}", get),
    Route("PUT", "/v1/posts/{postId}", update),
    Route("DELETE", "/v1/posts/{postId}", delete),
    Route("POST", "/v1/posts/{postId}/retry", retry),
)
