"""Request-body validation for the sandbox: each failure is a 400 naming the offending ``param``."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from late.testing._util import bad_request

__all__ = [
    "MEDIA_CONTENT_TYPES",
    "PLATFORMS",
    "Choices",
    "parse_datetime",
    "parse_media_items",
    "parse_platforms",
    "parse_timezone",
    "require_bool",
    "require_object",
    "require_str",
    "require_str_list",
]


class Choices(frozenset[str]):
    """The strings a request field may be. Asking whether a JSON object or array is one of them is
    False (a 400 naming the field), not the TypeError a set gives for an unhashable value (a 500)."""

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and super().__contains__(value)


#: Platforms a post can target (PlatformTarget plus the platforms with a platformSpecificData schema).
PLATFORMS = Choices(
    {
        "twitter",
        "threads",
        "instagram",
        "youtube",
        "facebook",
        "linkedin",
        "pinterest",
        "reddit",
        "tiktok",
        "bluesky",
        "googlebusiness",
        "telegram",
        "snapchat",
        "discord",
        "slack",
    }
)

MEDIA_TYPES = Choices({"image", "video", "gif", "document"})

_EXTENSION_TYPES = {
    "jpg": "image",
    "jpeg": "image",
    "png": "image",
    "webp": "image",
    "heic": "image",
    "avif": "image",
    "gif": "gif",
    "mp4": "video",
    "mov": "video",
    "m4v": "video",
    "webm": "video",
    "avi": "video",
    "mpeg": "video",
    "mpg": "video",
    "pdf": "document",
}

MEDIA_CONTENT_TYPES = Choices(
    {
        "image/jpeg",
        "image/jpg",
        "image/png",
        "image/webp",
        "image/gif",
        "video/mp4",
        "video/mpeg",
        "video/quicktime",
        "video/avi",
        "video/x-msvideo",
        "video/webm",
        "video/x-m4v",
        "application/pdf",
        "audio/mpeg",
        "audio/mp4",
        "audio/aac",
        "audio/ogg",
        "audio/wav",
        "audio/webm",
        "audio/x-m4a",
        "application/x-subrip",
        "text/vtt",
    }
)

_OFFSET_RE = re.compile(r"(Z|[+-]\d{2}:?\d{2})$", re.IGNORECASE)


def require_str(value: Any, param: str, *, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise bad_request(f"{param} must be a string", param)
    if not allow_empty and not value.strip():
        raise bad_request(f"{param} must not be empty", param)
    return value


def require_bool(value: Any, param: str) -> bool:
    if not isinstance(value, bool):
        raise bad_request(f"{param} must be a boolean", param)
    return value


def require_object(value: Any, param: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad_request(f"{param} must be an object", param)
    return value


def require_str_list(value: Any, param: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise bad_request(f"{param} must be an array of strings", param)
    return list(value)


def parse_timezone(name: Any, param: str = "timezone") -> ZoneInfo:
    if not isinstance(name, str) or not name:
        raise bad_request(f"{param} must be an IANA timezone name", param)
    try:
        return ZoneInfo(name)
    except Exception:  # ZoneInfoNotFoundError, ValueError for malformed keys, ...
        raise bad_request(
            f"Unknown timezone '{name}'. Use an IANA name such as 'America/New_York'.",
            param,
            "invalid_timezone",
        ) from None


def parse_datetime(value: Any, param: str, zone: ZoneInfo | None) -> datetime:
    """Parse an ISO 8601 datetime; a value without ``Z``/offset is local time in ``zone`` (UTC if None)."""
    if not isinstance(value, str) or not value.strip():
        raise bad_request(f"{param} must be an ISO 8601 date-time string", param, "invalid_date")
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1] in "zZ" else text)
    except ValueError:
        raise bad_request(
            f"{param} '{value}' is not a valid ISO 8601 date-time (e.g. 2030-01-15T10:00:00Z)",
            param,
            "invalid_date",
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone or UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00+05:00 or 9999-12-31T23:00-05:00: no year 0 or 10000 in UTC
        raise bad_request(
            f"{param} '{value}' is outside years 1 to 9999 in UTC", param, "invalid_date"
        ) from None


def has_offset(value: str) -> bool:
    return bool(_OFFSET_RE.search(value.strip()))


def _infer_media_type(url: str) -> str | None:
    path = urlsplit(url).path
    if "." not in path.rsplit("/", 1)[-1]:
        return None
    return _EXTENSION_TYPES.get(path.rsplit(".", 1)[-1].lower())


def parse_media_items(value: Any, param: str) -> list[dict[str, Any]]:
    """Validate MediaItems: items without a url are dropped, ``type`` is inferred from the extension."""
    if not isinstance(value, list):
        raise bad_request(f"{param} must be an array", param)
    items: list[dict[str, Any]] = []
    for index, raw in enumerate(value):
        where = f"{param}[{index}]"
        item = dict(require_object(raw, where))
        url = item.get("url")
        if url is None or url == "":
            continue
        url = require_str(url, f"{where}.url")
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.netloc:
            raise bad_request(f"{where}.url must be a publicly reachable HTTPS URL", f"{where}.url")
        inferred = _infer_media_type(url)
        given = item.get("type")
        if given is not None:
            if given not in MEDIA_TYPES:
                raise bad_request(
                    f"{where}.type must be one of {', '.join(sorted(MEDIA_TYPES))}", f"{where}.type"
                )
            if inferred is not None and inferred != given and {given, inferred} != {"image", "gif"}:
                raise bad_request(
                    f"{where}.type '{given}' contradicts the URL extension (a {inferred})", f"{where}.type"
                )
        else:
            item["type"] = inferred or "image"
        for key in ("title", "altText", "filename", "mimeType", "thumbnail", "instagramThumbnail"):
            if key in item and item[key] is not None:
                require_str(item[key], f"{where}.{key}")
        if (
            "size" in item
            and item["size"] is not None
            and (not isinstance(item["size"], int) or isinstance(item["size"], bool) or item["size"] < 0)
        ):
            raise bad_request(f"{where}.size must be a non-negative integer", f"{where}.size")
        items.append({k: v for k, v in item.items() if v is not None})
    return items


def parse_platforms(value: Any) -> list[dict[str, Any]]:
    """Validate the ``platforms`` array of a create/update body."""
    if not isinstance(value, list):
        raise bad_request("platforms must be an array of {platform, accountId} objects", "platforms")
    entries: list[dict[str, Any]] = []
    for index, raw in enumerate(value):
        where = f"platforms[{index}]"
        if not isinstance(raw, dict):
            raise bad_request(f"{where} must be an object with platform and accountId", where)
        platform = raw.get("platform")
        if not isinstance(platform, str) or not platform:
            raise bad_request(f"{where}.platform is required", f"{where}.platform", "missing_required_field")
        if platform not in PLATFORMS:
            raise bad_request(
                f"{where}.platform '{platform}' is not supported. Supported: {', '.join(sorted(PLATFORMS))}",
                f"{where}.platform",
            )
        account = raw.get("accountId")
        if account is None or account == "":
            raise bad_request(
                f"{where}.accountId is required", f"{where}.accountId", "missing_required_field"
            )
        if not isinstance(account, str) or not account.strip():
            raise bad_request(f"{where}.accountId must be a string", f"{where}.accountId")
        entry: dict[str, Any] = {"platform": platform, "accountId": account}
        if raw.get("customContent") is not None:
            entry["customContent"] = require_str(raw["customContent"], f"{where}.customContent")
        if raw.get("customMedia") is not None:
            entry["customMedia"] = parse_media_items(raw["customMedia"], f"{where}.customMedia")
        if raw.get("scheduledFor") is not None:
            entry["scheduledFor"] = require_str(raw["scheduledFor"], f"{where}.scheduledFor")
        if raw.get("platformSpecificData") is not None:
            entry["platformSpecificData"] = dict(
                require_object(raw["platformSpecificData"], f"{where}.platformSpecificData")
            )
        entries.append(entry)
    return entries


def parse_int(value: str, param: str, *, minimum: int, maximum: int | None = None) -> int:
    try:
        number = int(value)
    except ValueError:
        raise bad_request(f"{param} must be an integer", param) from None
    if number < minimum or (maximum is not None and number > maximum):
        bound = f"between {minimum} and {maximum}" if maximum is not None else f">= {minimum}"
        raise bad_request(f"{param} must be {bound} (got {number})", param)
    return number


def pages_for(total: int, limit: int) -> int:
    return math.ceil(total / limit) if limit else 0
