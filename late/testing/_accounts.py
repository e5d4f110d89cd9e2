"""The sandbox's connected accounts and profiles: ``GET /v1/accounts`` and ``GET /v1/profiles``.

Every sandbox starts with the profiles and accounts the docs' examples name (``acc_123``, ``tw_123``,
``li_456``, ``fb_789``, ``ig_123``, ``yt_123``, ``tt_123``; ``profile_123``), so those ids work as written.
Tests add their own with :meth:`AccountBook.add_profile` / :meth:`AccountBook.add_account`, or start
from nothing with :meth:`AccountBook.clear`.
"""

from __future__ import annotations

import base64
import binascii
import copy
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from late.testing import _validate as v
from late.testing._routes import Route
from late.testing._util import ApiError, bad_request
from late.testing._wire import Ctx, Outcome, json_response

if TYPE_CHECKING:  # the store holds an AccountBook: imported at run time, a cycle
    from late.testing._store import Store

__all__ = ["ACCOUNT_PARAMS", "DEMO_ACCOUNTS", "DEMO_PROFILES", "PROFILE_PARAMS", "ROUTES", "AccountBook"]

ACCOUNT_PARAMS = (
    "profileId",
    "platform",
    "status",
    "search",
    "category",
    "sort",
    "order",
    "includeOverLimit",
    "excludeHidden",
    "includeSandbox",
    "includeStatusCounts",
    "page",
    "limit",
    "cursor",
    "profileIds",
    "perProfile",
)
PROFILE_PARAMS = ("includeOverLimit", "name", "externalId", "limit", "skip")
ACCOUNT_STATUSES = ("connected", "disconnected")
CATEGORIES = ("social", "ads", "communication", "blogs", "crm", "analytics")
_CATEGORY_OF = {
    **dict.fromkeys(
        (
            "linkedinads",
            "metaads",
            "googleads",
            "pinterestads",
            "tiktokads",
            "xads",
            "openaiads",
            "redditads",
        ),
        "ads",
    ),
    **dict.fromkeys(("whatsapp", "telegram", "discord", "slack", "sms", "phone", "rcs"), "communication"),
    **dict.fromkeys(("shopify", "wordpress"), "blogs"),
    "hubspot": "crm",
    "googleanalytics": "analytics",
}

#: (id, name, isDefault) of the profiles every sandbox starts with.
DEMO_PROFILES: tuple[tuple[str, str, bool], ...] = (
    ("profile_123", "Personal Brand", True),
    ("profile_456", "Acme Client", False),
)
#: (id, platform, username, profile id, connected) of the accounts every sandbox starts with: the docs'.
DEMO_ACCOUNTS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("acc_123", "twitter", "latedemo", "profile_123", True),
    ("tw_123", "twitter", "acme", "profile_456", True),
    ("li_456", "linkedin", "late-demo", "profile_123", True),
    ("fb_789", "facebook", "latedemo", "profile_123", True),
    ("ig_123", "instagram", "latedemo", "profile_123", True),
    ("yt_123", "youtube", "LateDemo", "profile_123", True),
    ("tt_123", "tiktok", "latedemo", "profile_123", True),
    ("th_123", "threads", "latedemo", "profile_123", False),
)

_PROFILE_URL = {
    "twitter": "https://x.com/{}",
    "linkedin": "https://www.linkedin.com/in/{}",
    "facebook": "https://www.facebook.com/{}",
    "instagram": "https://www.instagram.com/{}",
    "youtube": "https://www.youtube.com/@{}",
    "tiktok": "https://www.tiktok.com/@{}",
    "threads": "https://www.threads.net/@{}",
}


class AccountBook:
    """The profiles and connected accounts of a sandbox (API JSON shape), thread-safe."""

    def __init__(self, lock: threading.RLock, links: dict[str, str], *, demo: bool = True) -> None:
        self._lock = lock
        self._links = links  # the core's accountId -> profileId (the posts' profileId filter)
        self.profiles: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        if demo:
            created = "2024-01-01T00:00:00.000Z"
            for profile_id, name, default in DEMO_PROFILES:
                self.add_profile(profile_id, name=name, is_default=default, createdAt=created)
            for account_id, platform, username, profile_id, connected in DEMO_ACCOUNTS:
                self.add_account(account_id, platform, profile_id, username=username, connected=connected)

    def clear(self) -> None:
        """Forget every profile and account (and their links for the posts' ``profileId`` filter)."""
        with self._lock:
            for account_id in self.accounts:
                self._links.pop(account_id, None)
            self.profiles.clear()
            self.accounts.clear()

    def add_profile(
        self, profile_id: str, *, name: str, is_default: bool = False, **fields: Any
    ) -> dict[str, Any]:
        """Store a profile; ``fields`` are further API fields (``color``, ``timezone``, ``externalId``...)."""
        with self._lock:
            doc = {"_id": profile_id, "name": name, "isDefault": is_default, "timezone": None}
            doc.update(copy.deepcopy(fields))
            self.profiles[profile_id] = doc
            return copy.deepcopy(doc)

    def add_account(
        self,
        account_id: str,
        platform: str,
        profile_id: str,
        *,
        username: str | None = None,
        connected: bool = True,
        **fields: Any,
    ) -> dict[str, Any]:
        """Store a connected account (``connected=False``: one that needs reconnecting)."""
        with self._lock:
            if profile_id not in self.profiles:
                self.add_profile(profile_id, name=profile_id)
            handle = username or account_id
            doc: dict[str, Any] = {
                "_id": account_id,
                "platform": platform,
                "profileId": profile_id,
                "username": handle,
                "displayName": handle,
                "isActive": True,
                "enabled": True,
                "needsReconnection": not connected,
            }
            if platform in _PROFILE_URL:
                doc["profileUrl"] = _PROFILE_URL[platform].format(handle)
            doc.update(copy.deepcopy(fields))
            self.accounts[account_id] = doc
            self._links[account_id] = profile_id
            return copy.deepcopy(doc)

    # ----------------------------------------------------------------- GET /v1/accounts

    def list_accounts(self, query: str) -> dict[str, Any]:
        params = _params(query, ACCOUNT_PARAMS)
        status = params.get("status") or None
        if status is not None and status not in ACCOUNT_STATUSES:
            raise bad_request(f"status must be one of {', '.join(ACCOUNT_STATUSES)}", "status")
        category = params.get("category") or None
        if category is not None and category not in CATEGORIES:
            raise bad_request(f"category must be one of {', '.join(CATEGORIES)}", "category")
        search = params.get("search")
        if search is not None and not 1 <= len(search) <= 100:
            raise bad_request("search must be 1 to 100 characters", "search")
        page = v.parse_int(params["page"], "page", minimum=1) if params.get("page") else None
        limit = v.parse_int(params["limit"], "limit", minimum=1, maximum=500) if params.get("limit") else None
        cursor = params.get("cursor") or None
        if cursor is not None and page is not None:
            raise bad_request("cursor cannot be combined with page", "cursor")
        if page is not None and limit is None:
            raise bad_request("page requires limit", "page")
        counts = _flag(params, "includeStatusCounts")
        exclude_hidden = _flag(params, "excludeHidden")
        profile = params.get("profileId") or None
        platform = params.get("platform") or None
        needle = (search or "").lower()
        with self._lock:
            matched = []
            for doc in sorted(self.accounts.values(), key=lambda d: d["_id"]):
                if profile is not None and doc["profileId"] != profile:
                    continue
                if platform is not None and doc["platform"] != platform:
                    continue
                if category is not None and _CATEGORY_OF.get(doc["platform"], "social") != category:
                    continue
                if exclude_hidden and doc.get("enabled") is False:
                    continue
                if needle and not (
                    doc["_id"] == search
                    or needle in str(doc.get("username", "")).lower()
                    or needle in str(doc.get("displayName", "")).lower()
                ):
                    continue
                matched.append(doc)
            answer: dict[str, Any] = {"hasAnalyticsAccess": False}
            if counts:
                answer["statusCounts"] = {
                    "all": len(matched),
                    "disconnected": sum(1 for d in matched if d.get("needsReconnection")),
                }
            if status is not None:
                disconnected = status == "disconnected"
                matched = [d for d in matched if bool(d.get("needsReconnection")) == disconnected]
            if page is not None and limit is not None:
                start = (page - 1) * limit
                window = matched[start : start + limit]
                total = len(matched)
                answer["pagination"] = {
                    "page": page,
                    "limit": limit,
                    "total": total,
                    "pages": v.pages_for(total, limit),
                }
            elif limit is not None or cursor is not None:
                size = limit or 500
                after = _decode_cursor(cursor) if cursor is not None else None
                rest = [d for d in matched if after is None or d["_id"] > after]
                window = rest[:size]
                more = len(rest) > size
                answer["pagination"] = {
                    "limit": size,
                    "nextCursor": _encode_cursor(window[-1]["_id"]) if more else None,
                }
            else:
                window = matched
            answer["accounts"] = [self._populated(d) for d in window]
        return answer

    def _populated(self, doc: Mapping[str, Any]) -> dict[str, Any]:
        """The account as the API lists it: its profile populated (``{_id, name}``)."""
        out = copy.deepcopy(dict(doc))
        profile = self.profiles.get(doc["profileId"])
        if profile is not None:
            out["profileId"] = {"_id": profile["_id"], "name": profile["name"]}
        return out

    # ----------------------------------------------------------------- GET /v1/profiles

    def list_profiles(self, query: str) -> dict[str, Any]:
        params = _params(query, PROFILE_PARAMS)
        limit = (
            v.parse_int(params["limit"], "limit", minimum=1, maximum=1000) if params.get("limit") else None
        )
        skip = v.parse_int(params["skip"], "skip", minimum=0) if params.get("skip") else None
        name = params.get("name")
        external = params.get("externalId")
        with self._lock:
            profiles = sorted(
                self.profiles.values(), key=lambda p: (not p.get("isDefault"), p.get("createdAt", ""))
            )
            matched = [
                {
                    **copy.deepcopy(p),
                    "accountCount": sum(1 for a in self.accounts.values() if a["profileId"] == p["_id"]),
                }
                for p in profiles
                if (name is None or p["name"] == name)
                and (external is None or p.get("externalId") == external)
            ]
        answer: dict[str, Any] = {"profiles": matched}
        if limit is not None or skip is not None:
            start = skip or 0
            answer = {
                "profiles": matched[start : start + limit if limit else None],
                "total": len(matched),
                "skip": start,
            }
            if limit is not None:
                answer["limit"] = limit
        return answer


def list_accounts(store: Store, ctx: Ctx) -> Outcome:
    return json_response(200, store.accounts.list_accounts(ctx.query))


def list_profiles(store: Store, ctx: Ctx) -> Outcome:
    return json_response(200, store.accounts.list_profiles(ctx.query))


ROUTES = (Route("GET", "/v1/accounts", list_accounts), Route("GET", "/v1/profiles", list_profiles))


def _params(query: str, accepted: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name not in accepted:
            raise bad_request(
                f"Unknown query parameter '{name}'. Accepted parameters: {', '.join(accepted)}",
                name,
                "unknown_parameter",
            )
        params[name] = value
    return params


def _encode_cursor(account_id: str) -> str:
    return base64.urlsafe_b64encode(f"acct:{account_id}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> str:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    if not text.startswith("acct:"):
        raise ApiError(400, "Invalid cursor", code="invalid_cursor", param="cursor")
    return text[len("acct:") :]


def _flag(params: Mapping[str, str], name: str) -> bool:
    """A boolean query parameter: ``true``/``false`` in any letter case (absent: false), else a 400."""
    value = params.get(name)
    if value is None:
        return False
    if value.lower() not in {"true", "false"}:
        raise bad_request(f"{name} must be true or false", name)
    return value.lower() == "true"
