from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Sourced,
    Unset,
    as_sent,
    format_datetime,
    parse_datetime,
    source_of,
)

T = TypeVar("T", bound="ExternalPostSummaryAnalytics")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "likes",
        "comments",
        "shares",
        "saves",
        "sends",
        "clicks",
        "views",
        "reach",
        "impressions",
        "engagementRate",
        "lastUpdated",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class ExternalPostSummaryAnalytics(Sourced):
    """Engagement + insights for the post. `likes` and `comments` are
    available immediately after an on-demand sync (they come from the
    platform listing). `reach`, `impressions`, `views` depend on the
    platform's insights, which carry their own delay (e.g. ~24h on
    Instagram) and read 0 until the platform makes them available.

        Attributes:
            likes (int | None):
            comments (int | None):
            shares (int | None):
            saves (int | None):
            sends (int | None):
            clicks (int | None):
            views (int | None):
            reach (int | None):
            impressions (int | None):
            engagement_rate (float | None): Percentage, rounded to 2 decimals. Same definition as
                PostAnalytics.engagementRate: (likes + comments + shares + saves) / (impressions or reach or views) * 100, where
                the denominator is the first of the three that is non-zero. Clicks and follows are never counted.
            last_updated (datetime.datetime | None): When these metrics were last refreshed
    """

    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    saves: int | None = None
    sends: int | None = None
    clicks: int | None = None
    views: int | None = None
    reach: int | None = None
    impressions: int | None = None
    engagement_rate: float | None = None
    last_updated: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def engagementRate(self) -> float | None:
        """``engagement_rate`` under its wire name, as the Late docs spell it."""
        return self.engagement_rate

    @property
    def lastUpdated(self) -> datetime.datetime | None:
        """``last_updated`` under its wire name, as the Late docs spell it."""
        return self.last_updated

    def to_dict(self) -> dict[str, Any]:
        likes = self.likes

        comments = self.comments

        shares = self.shares

        saves = self.saves

        sends = self.sends

        clicks = self.clicks

        views = self.views

        reach = self.reach

        impressions = self.impressions

        engagement_rate = self.engagement_rate

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = format_datetime(self.last_updated)
        last_updated = as_sent(self.last_updated, last_updated, source_of(self).get("lastUpdated"))

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if likes is not None or "likes" in source:
            field_dict["likes"] = likes
        if comments is not None or "comments" in source:
            field_dict["comments"] = comments
        if shares is not None or "shares" in source:
            field_dict["shares"] = shares
        if saves is not None or "saves" in source:
            field_dict["saves"] = saves
        if sends is not None or "sends" in source:
            field_dict["sends"] = sends
        if clicks is not None or "clicks" in source:
            field_dict["clicks"] = clicks
        if views is not None or "views" in source:
            field_dict["views"] = views
        if reach is not None or "reach" in source:
            field_dict["reach"] = reach
        if impressions is not None or "impressions" in source:
            field_dict["impressions"] = impressions
        if engagement_rate is not None or "engagementRate" in source:
            field_dict["engagementRate"] = engagement_rate
        if last_updated is not None or "lastUpdated" in source:
            field_dict["lastUpdated"] = last_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        likes = d.get("likes", UNSET)

        comments = d.get("comments", UNSET)

        shares = d.get("shares", UNSET)

        saves = d.get("saves", UNSET)

        sends = d.get("sends", UNSET)

        clicks = d.get("clicks", UNSET)

        views = d.get("views", UNSET)

        reach = d.get("reach", UNSET)

        impressions = d.get("impressions", UNSET)

        engagement_rate = d.get("engagementRate", UNSET)

        _last_updated = d.get("lastUpdated", UNSET)
        last_updated: datetime.datetime | Unset
        if _last_updated is None or _last_updated is UNSET:
            last_updated = UNSET
        else:
            last_updated = parse_datetime(_last_updated)

        external_post_summary_analytics = cls(
            likes,
            comments,
            shares,
            saves,
            sends,
            clicks,
            views,
            reach,
            impressions,
            engagement_rate,
            last_updated,
        )
        object.__setattr__(
            external_post_summary_analytics, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            external_post_summary_analytics.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return external_post_summary_analytics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
