"""A post's body, shared by create and update: fields type-checked, laid over the stored post, and the
times they schedule.

Both operations take the same fields and must refuse the same bad values with the same 400, so they
read them through one place; what differs (an update merges platform entries and keeps the status it
is not asked to change) stays in ``_posts.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from late.testing import _validate as v
from late.testing._util import bad_request, iso

__all__ = [
    "Times",
    "apply_fields",
    "merge_platforms",
    "new_post_doc",
    "next_slot",
    "parse_fields",
    "schedule_times",
    "validate_publishable",
]

_STR_FIELDS = ("title", "content", "timezone", "queuedFromProfile", "queueId", "scheduledFor")
_BOOL_FIELDS = ("publishNow", "isDraft", "requiresApproval", "crosspostingEnabled", "dryRun")
_LIST_FIELDS = ("tags", "hashtags", "mentions")


def new_post_doc(post_id: str, user_id: str, now: datetime) -> dict[str, Any]:
    """A new post as the API stores it before the request's fields: every list empty, a draft."""
    return {
        "_id": post_id,
        "userId": user_id,
        "content": "",
        "mediaItems": [],
        "platforms": [],
        "timezone": "UTC",
        "status": "draft",
        "tags": [],
        "hashtags": [],
        "mentions": [],
        "crosspostingEnabled": True,
        "metadata": {},
        "createdAt": iso(now),
        "updatedAt": iso(now),
    }


def parse_fields(data: dict[str, Any]) -> dict[str, Any]:
    """Type-check the known body fields; ``None`` values count as absent."""
    fields: dict[str, Any] = {}
    for name in _STR_FIELDS:
        if data.get(name) is not None:
            fields[name] = v.require_str(data[name], name)
    for name in _BOOL_FIELDS:
        if data.get(name) is not None:
            fields[name] = v.require_bool(data[name], name)
    for name in _LIST_FIELDS:
        if data.get(name) is not None:
            fields[name] = v.require_str_list(data[name], name)
    if data.get("mediaItems") is not None:
        fields["mediaItems"] = v.parse_media_items(data["mediaItems"], "mediaItems")
    if data.get("platforms") is not None:
        fields["platforms"] = v.parse_platforms(data["platforms"])
    for name in ("metadata", "tiktokSettings", "facebookSettings", "recycling"):
        if data.get(name) is not None:
            fields[name] = dict(v.require_object(data[name], name))
    if data.get("visibility") is not None and data["visibility"] not in ("public", "private", "unlisted"):
        raise bad_request("visibility must be public, private or unlisted", "visibility")
    if data.get("visibility") is not None:
        fields["visibility"] = data["visibility"]
    if "tags" in fields:
        too_long = [t for t in fields["tags"] if len(t) > 100]
        if too_long:
            raise bad_request("Each tag must be at most 100 characters", "tags")
    if "recycling" in fields:
        _check_recycling(fields["recycling"])
    return fields


def _check_recycling(config: dict[str, Any]) -> None:
    gap = config.get("gap")
    if gap is not None and (not isinstance(gap, int) or isinstance(gap, bool) or gap < 1):
        raise bad_request("recycling.gap must be an integer >= 1", "recycling.gap")
    if config.get("enabled", True) and gap is None:
        raise bad_request(
            "recycling.gap is required when enabling recycling", "recycling.gap", "missing_required_field"
        )
    if config.get("gapFreq", "month") not in ("week", "month"):  # (a tuple: the value may be a dict)
        raise bad_request("recycling.gapFreq must be week or month", "recycling.gapFreq")
    variations = config.get("contentVariations")
    if variations is not None and (
        not isinstance(variations, list) or len(variations) == 1 or len(variations) > 20
    ):
        raise bad_request(
            "recycling.contentVariations needs 2 to 20 entries (or [] to clear)",
            "recycling.contentVariations",
        )


def apply_fields(doc: dict[str, Any], fields: Mapping[str, Any]) -> None:
    for name in ("title", "content", "timezone", "queuedFromProfile", "queueId", "visibility"):
        if name in fields:
            doc[name] = fields[name]
    for name in (*_LIST_FIELDS, "mediaItems"):
        if name in fields:
            doc[name] = list(fields[name])
    if "tags" in fields:
        doc["tags"] = list(dict.fromkeys(fields["tags"]))
    if "crosspostingEnabled" in fields:
        doc["crosspostingEnabled"] = fields["crosspostingEnabled"]
    if "metadata" in fields:
        doc["metadata"] = dict(fields["metadata"])
    if "platforms" in fields:
        entries = [dict(e) for e in fields["platforms"]]
        for entry in entries:
            if entry["platform"] == "tiktok" and "tiktokSettings" in fields:
                entry["platformSpecificData"] = {
                    **fields["tiktokSettings"],
                    **entry.get("platformSpecificData", {}),
                }
            if entry["platform"] == "facebook" and "facebookSettings" in fields:
                psd = entry.setdefault("platformSpecificData", {})
                psd["facebookSettings"] = {**fields["facebookSettings"], **psd.get("facebookSettings", {})}
        doc["platforms"] = entries
    if "recycling" in fields:
        config = {k: val for k, val in fields["recycling"].items() if val is not None}
        state = {**doc.get("recycling", {}), **config}
        for cleared in ("expireCount", "expireDate"):
            if cleared in fields["recycling"] and fields["recycling"][cleared] is None:
                state.pop(cleared, None)
        state.setdefault("enabled", True)
        state.setdefault("gapFreq", "month")
        state.setdefault("recycleCount", 0)
        state.setdefault("contentVariationIndex", 0)
        doc["recycling"] = state


def merge_platforms(stored: list[dict[str, Any]], sent: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep stored per-entry state and the ``*Settings`` namespaces the request omitted."""
    previous = {(e["platform"], e["accountId"]): e for e in stored}
    merged = []
    for entry in sent:
        old = previous.get((entry["platform"], entry["accountId"]))
        if old is None:
            merged.append(entry)
            continue
        new = dict(entry)
        for key in ("status", "platformPostId", "platformPostUrl", "publishedAt", "publishAttempts"):
            if key in old:
                new[key] = old[key]
        old_psd = old.get("platformSpecificData") or {}
        if "platformSpecificData" in new:
            psd = dict(new["platformSpecificData"])
            for key, value in old_psd.items():
                if key.endswith("Settings") and key not in psd:
                    psd[key] = value
            new["platformSpecificData"] = psd
        elif old_psd:
            new["platformSpecificData"] = old_psd
        merged.append(new)
    return merged


@dataclass
class Times:
    root: datetime | None
    entries: list[datetime | None]

    def earliest(self, doc: dict[str, Any]) -> datetime | None:
        """When the post goes out: the root time, else the first entry's if every entry has one."""
        if self.root is not None:
            return self.root
        if bool(doc["platforms"]) and all(t is not None for t in self.entries):
            return min(t for t in self.entries if t)
        return None


def schedule_times(doc: dict[str, Any], fields: Mapping[str, Any]) -> Times:
    """Parse the root and per-platform ``scheduledFor`` (validating ``timezone`` when any is set)."""
    root_text = fields.get("scheduledFor")
    entry_texts = [e.get("scheduledFor") for e in doc["platforms"]]
    zone: ZoneInfo | None = None
    if (
        root_text is not None
        or any(t is not None for t in entry_texts)
        or ("timezone" in fields and doc.get("scheduledFor"))
    ):
        zone = v.parse_timezone(doc.get("timezone", "UTC"))
    root: datetime | None
    if root_text is not None:
        root = v.parse_datetime(root_text, "scheduledFor", zone)
    elif doc.get("scheduledFor"):
        root = v.parse_datetime(doc["scheduledFor"], "scheduledFor", None)
    else:
        root = None
    entries: list[datetime | None] = []
    for index, text in enumerate(entry_texts):
        if text is None:
            entries.append(None)
            continue
        parsed = v.parse_datetime(text, f"platforms[{index}].scheduledFor", zone)
        doc["platforms"][index]["scheduledFor"] = iso(parsed)
        entries.append(parsed)
    return Times(root, entries)


def next_slot(now: datetime) -> datetime:
    """The queue's next slot: the sandbox has no queue settings, so the top of the next hour."""
    return (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)


def validate_publishable(doc: dict[str, Any]) -> None:
    platforms = doc["platforms"]
    if not platforms:
        raise bad_request(
            "At least one platform is required unless the post is a draft",
            "platforms",
            "missing_required_field",
        )
    if doc.get("content", "").strip():
        return
    if doc.get("mediaItems"):
        return
    if all(e.get("customContent", "").strip() or e.get("customMedia") for e in platforms):
        return
    psd = [e.get("platformSpecificData") or {} for e in platforms]
    if all(p.get("article") for p in psd):
        return
    if all(e["platform"] == "linkedin" and p.get("reshareUrl") for e, p in zip(platforms, psd, strict=True)):
        return
    raise bad_request(
        "content is required unless media is attached or every platform has customContent",
        "content",
        "missing_required_field",
    )
