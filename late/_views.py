"""Short, plain-data views of the response models, for the ``late`` command and the MCP server.

A post's view leads with what a person (or an assistant) checks first: its id, its status and the exact
instant it is scheduled for (UTC, ``Z``), then its zone, targets and text. Values the API left out are
left out here too (None: never shown in a table, null in a JSON answer).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

__all__ = ["account_view", "instant", "post_view", "profile_view"]


def instant(value: Any) -> str | None:
    """An aware datetime as an exact UTC instant, ``2025-03-01T14:00:00Z`` (None if absent)."""
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _local(value: Any, zone: Any) -> str | None:
    """The same instant as wall-clock time with offset in the post's IANA zone (None if either is absent)."""
    if not isinstance(value, datetime) or not isinstance(zone, str) or zone.upper() == "UTC":
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return value.astimezone(ZoneInfo(zone)).isoformat()
    except (ZoneInfoNotFoundError, ValueError):  # a zone this machine does not know: the UTC instant stands
        return None


def _text(value: Any) -> str | None:
    value = value
    return None if value is None else str(value)


def post_view(post: Any) -> dict[str, Any]:
    """id, status, scheduledFor (exact UTC instant), timezone, platforms, content, title of a post."""
    if post is None:
        return {}
    targets = []
    for target in post.platforms or []:
        account = target.account_id
        entry = {
            "platform": _text(target.platform),
            "accountId": _text(getattr(account, "field_id", account)),
            "status": _text(target.status),
            "scheduledFor": instant(target.scheduled_for),
            "url": _text(target.platform_post_url),
            "error": _text(target.error_message),
        }
        targets.append({key: value for key, value in entry.items() if value is not None})
    view = {
        "id": _text(post.field_id),
        "status": _text(post.status),
        "scheduledFor": instant(post.scheduled_for),
        "scheduledForLocal": _local(post.scheduled_for, post.timezone),
        "timezone": _text(post.timezone),
        "platforms": targets,
        "title": _text(post.title),
        "content": _text(post.content),
    }
    return {key: value for key, value in view.items() if value is not None}


def account_view(account: Any) -> dict[str, Any]:
    """id, platform, username, profile (id and name), and whether it is connected."""
    profile = account.profile_id
    view = {
        "id": _text(account.field_id),
        "platform": _text(account.platform),
        "username": _text(account.username),
        "displayName": _text(account.display_name),
        "profileId": _text(getattr(profile, "field_id", profile)),
        "profileName": _text(getattr(profile, "name", None)),
        "connected": not bool(account.needs_reconnection) and bool(account.is_active),
    }
    return {key: value for key, value in view.items() if value is not None}


def profile_view(profile: Any) -> dict[str, Any]:
    """id, name, whether it is the default, its zone and how many accounts it has."""
    view = {
        "id": _text(profile.field_id),
        "name": _text(profile.name),
        "isDefault": profile.is_default,
        "timezone": _text(profile.timezone),
        "accountCount": profile.account_count,
    }
    return {key: value for key, value in view.items() if value is not None}
