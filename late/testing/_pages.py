"""``GET /v1/posts``: the filters, the sorts, and the pages and cursors the SDK's ``_pages.py`` walks.

The cursor is a keyset cursor, as the API's is: it names a position in the order, not an offset, so
posts created or deleted during a walk neither repeat nor skip a post (``PageWalk`` relies on that).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl
from zoneinfo import ZoneInfo

from late_api_client.models import post as _post_model

from late._http import deepjson as _deepjson
from late.testing import _validate as v
from late.testing._routes import Route
from late.testing._store import Store, StoredPost
from late.testing._util import bad_request
from late.testing._wire import Ctx, Outcome, json_response

__all__ = ["LIST_FIELDS", "LIST_PARAMS", "POST_STATUSES", "ROUTES", "SORTS", "list_posts"]

POST_STATUSES = (
    "draft",
    "pending_approval",
    "scheduled",
    "publishing",
    "published",
    "partial",
    "failed",
    "cancelled",
)
LIST_PARAMS = (
    "page",
    "limit",
    "offset",
    "cursor",
    "fields",
    "source",
    "status",
    "platform",
    "profileId",
    "createdBy",
    "fromDate",
    "toDate",
    "dateFrom",
    "dateTo",
    "includeHidden",
    "search",
    "tags",
    "tag",
    "sortBy",
    "accountId",
)
# The fields ``fields=`` may name: the Post schema's properties, read off the model generated from the
# spec (its template emits them as _PROPERTY_NAMES), so a regenerated spec moves them with it.
LIST_FIELDS: frozenset[str] = _post_model._PROPERTY_NAMES
SORTS = ("scheduled-desc", "scheduled-asc", "created-desc", "created-asc", "status", "platform")
OBJECT_ID_RE = re.compile(r"^[0-9a-f]{24}$")
DATE_ONLY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def list_posts(store: Store, ctx: Ctx) -> Outcome:
    params: dict[str, str] = {}
    for name, value in parse_qsl(ctx.query, keep_blank_values=True):
        if name not in LIST_PARAMS:
            raise bad_request(
                f"Unknown query parameter '{name}'. Accepted parameters: {', '.join(LIST_PARAMS)}",
                name,
                "unknown_parameter",
            )
        params[name] = value
    limit = _list_int(params, "limit") or 10
    page = _list_int(params, "page") or 1
    offset = _list_int(params, "offset")
    sort = params.get("sortBy") or "scheduled-desc"
    if sort not in SORTS:
        raise bad_request(f"sortBy must be one of {', '.join(SORTS)}", "sortBy")
    source = params.get("source") or "zernio"
    if source not in {"zernio", "external"}:
        raise bad_request("source must be zernio or external", "source")
    status = params.get("status") or None
    if status is not None and status not in POST_STATUSES:
        raise bad_request(f"status must be one of {', '.join(POST_STATUSES)}", "status")
    include_hidden = _parse_bool(params.get("includeHidden"), "includeHidden")
    profile = params.get("profileId") or None
    if profile == "all":
        profile = None
    for id_param in ("profileId", "createdBy", "accountId"):
        id_value = profile if id_param == "profileId" else params.get(id_param) or None
        known = id_param == "profileId" and id_value in store.account_profiles.values()
        if id_value is not None and not known and not OBJECT_ID_RE.match(id_value):
            raise bad_request(f"{id_param} must be a 24-character hex id", id_param)
    from_date = _parse_date_param(params, "fromDate", "dateFrom", end=False)
    to_date = _parse_date_param(params, "toDate", "dateTo", end=True)
    tag_text = params.get("tags") or params.get("tag") or ""
    tags = [t for t in (s.strip() for s in tag_text.split(",")) if t]
    if len(tags) > 20:
        raise bad_request("tags accepts at most 20 tags", "tags")
    fields = [f.strip() for f in (params.get("fields") or "").split(",") if f.strip()]
    for field_name in fields:
        if field_name not in LIST_FIELDS:
            raise bad_request(
                f"Unknown field '{field_name}' in fields. Accepted: {', '.join(sorted(LIST_FIELDS))}",
                "fields",
            )
    if source == "external" and (fields or params.get("cursor")):
        raise bad_request("fields and cursor are not available with source=external", "source")
    cursor = params.get("cursor") or None
    after: tuple[datetime, int] | None = None
    if cursor is not None:
        if sort in {"status", "platform"}:
            raise bad_request(f"cursor is not available with sortBy={sort}", "cursor")
        after = _decode_cursor(cursor, sort)

    with store.lock:
        if source == "external":
            return json_response(
                200, {"posts": [], "pagination": {"page": page, "limit": limit, "total": 0, "pages": 0}}
            )
        search = (params.get("search") or "").lower()
        created_by = params.get("createdBy") or None
        account = params.get("accountId") or None
        platform = params.get("platform") or None
        matched: list[StoredPost] = []
        for post in store.posts.values():
            doc = post.doc
            if not include_hidden and doc.get("metadata", {}).get("hidden") is True:
                continue
            if status is not None and doc["status"] != status:
                continue
            if platform is not None and all(e["platform"] != platform for e in doc["platforms"]):
                continue
            if account is not None and all(e["accountId"] != account for e in doc["platforms"]):
                continue
            if created_by is not None and post.user_id != created_by:
                continue
            if profile is not None and profile not in _profiles_of(store, doc):
                continue
            when = _sort_time(post)
            if from_date is not None and when < from_date:
                continue
            if to_date is not None and when > to_date:
                continue
            if (
                search
                and search not in doc.get("content", "").lower()
                and search not in doc.get("title", "").lower()
            ):
                continue
            if tags and not set(tags) <= set(doc.get("tags", [])):
                continue
            matched.append(post)
        matched = _sorted(matched, sort)
        total = len(matched)
        if after is not None:  # the posts after the cursor's, however the list changed since
            start = _first_after(matched, sort, after)
        else:
            start = offset if offset is not None else (page - 1) * limit
        window = matched[start : start + limit]
        posts = [_project(p.doc, fields) for p in window]
    has_more = start + limit < total
    pagination: dict[str, Any] = {
        "page": start // limit + 1,
        "limit": limit,
        "total": total,
        "pages": v.pages_for(total, limit),
        "nextCursor": _encode_cursor(sort, _sort_key(window[-1], sort))
        if has_more and window and sort not in {"status", "platform"}
        else None,
    }
    return json_response(200, {"posts": posts, "pagination": pagination})


ROUTES = (Route("GET", "/v1/posts", list_posts),)


def _profiles_of(store: Store, doc: dict[str, Any]) -> set[str]:
    profiles = {
        store.account_profiles[e["accountId"]]
        for e in doc["platforms"]
        if e["accountId"] in store.account_profiles
    }
    if doc.get("queuedFromProfile"):
        profiles.add(doc["queuedFromProfile"])
    return profiles


def _parse_bool(value: str | None, param: str) -> bool:
    if value is None or value == "":
        return False
    if value.lower() in {"true", "1"}:
        return True
    if value.lower() in {"false", "0"}:
        return False
    raise bad_request(f"{param} must be true or false", param)


def _parse_date_param(params: Mapping[str, str], name: str, alias: str, *, end: bool) -> datetime | None:
    raw = params.get(name) or params.get(alias) or ""
    if not raw:
        return None
    param = name if params.get(name) else alias
    if DATE_ONLY_RE.match(raw):
        try:
            day = datetime.strptime(raw, "%Y-%m-%d").replace(tzinfo=ZoneInfo("UTC"))
        except ValueError:
            raise bad_request(
                f"{param} '{raw}' is not a valid date (YYYY-MM-DD)", param, "invalid_date"
            ) from None
        return day.replace(hour=23, minute=59, second=59, microsecond=999999) if end else day
    if "T" not in raw:
        raise bad_request(
            f"{param} '{raw}' must be a zero-padded YYYY-MM-DD date or an ISO 8601 datetime",
            param,
            "invalid_date",
        )
    return v.parse_datetime(raw, param, None)


def _list_int(params: Mapping[str, str], name: str) -> int | None:
    """An integer query parameter of ``GET /v1/posts`` within the spec's bounds (read from the generated
    constraints, so the sandbox and the SDK move together when the spec does); None when not given."""
    from late_api_client.constraints import PARAMETERS

    if not params.get(name):
        return None
    bounds = PARAMETERS["listPosts"].get(name, {})
    return v.parse_int(params[name], name, minimum=bounds.get("minimum", 0), maximum=bounds.get("maximum"))


def _encode_cursor(sort: str, key: tuple[datetime, int]) -> str:
    """A keyset cursor: the sort and the last post's (time, creation order)."""
    text = json.dumps([sort, key[0].isoformat(), key[1]])
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple[datetime, int]:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        cursor_sort, when, seq = json.loads(text)
        key = (datetime.fromisoformat(when), int(seq))
        if key[0].tzinfo is None:  # every sort time is aware: a naive one could not be compared
            raise ValueError(when)
    except (ValueError, TypeError, OverflowError, binascii.Error, UnicodeDecodeError):
        raise bad_request("cursor is not a valid cursor", "cursor") from None
    if cursor_sort != sort:
        raise bad_request(f"cursor was issued for sortBy={cursor_sort}, not {sort}", "cursor")
    return key


def _sort_key(post: StoredPost, sort: str) -> tuple[datetime, int]:
    return (_sort_time(post) if sort.startswith("scheduled") else post.created_at, post.seq)


def _first_after(posts: list[StoredPost], sort: str, after: tuple[datetime, int]) -> int:
    """The index in ``posts`` (sorted by ``sort``) of the first post past the key ``after``."""
    descending = sort.endswith("desc")
    for i, post in enumerate(posts):
        key = _sort_key(post, sort)
        if (key < after) if descending else (key > after):
            return i
    return len(posts)


def _sort_time(post: StoredPost) -> datetime:
    scheduled = post.doc.get("scheduledFor")
    if scheduled:
        return v.parse_datetime(scheduled, "scheduledFor", None)
    return post.created_at


def _sorted(posts: list[StoredPost], sort: str) -> list[StoredPost]:
    # Creation order breaks ties so pages are stable.
    if sort.startswith(("scheduled", "created")):
        return sorted(posts, key=lambda p: _sort_key(p, sort), reverse=sort.endswith("desc"))
    if sort == "status":
        return sorted(posts, key=lambda p: (p.doc["status"], p.seq))
    return sorted(
        posts, key=lambda p: (p.doc["platforms"][0]["platform"] if p.doc["platforms"] else "", p.seq)
    )


def _project(doc: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    if not fields:
        return _deepjson.deepcopy(doc)
    return {k: _deepjson.deepcopy(doc[k]) for k in ["_id", *fields] if k in doc}
