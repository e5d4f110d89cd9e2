from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    as_sent,
    fill_defaults,
    format_datetime,
    lazy_readers,
    parse_datetime,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="ExternalPostSummary")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "platform",
        "platformPostId",
        "platformPostUrl",
        "content",
        "publishedAt",
        "mediaType",
        "thumbnailUrl",
        "mediaItems",
        "mediaProductType",
        "isAiGenerated",
        "isSharedToFeed",
        "mediaAudioType",
        "analytics",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class ExternalPostSummary(LazyFields):
    """A post synced from a platform (published directly on the platform, not
    through Zernio). Returned by GET /v1/posts?source=external and
    POST /v1/posts/sync-external. Analytics are exposed separately via
    GET /v1/analytics?source=external.

        Attributes:
            platform (str | None): Platform the post belongs to (e.g. instagram, youtube, tiktok)
            platform_post_id (str | None): The platform's own post/media/video id
            platform_post_url (str | None): Canonical URL (permalink) of the post on the platform
            content (str | None): Post caption / text
            published_at (datetime.datetime | None): When the post was published on the platform
            media_type (str | None): Media type (e.g. image, video, carousel)
            thumbnail_url (str | None): Thumbnail URL
            media_items (list[ExternalPostSummaryMediaItemsItem] | None): Per-item media (for carousels / multi-media posts)
            media_product_type (str | None): Instagram only: the platform media product type (e.g. FEED, REELS, STORY, AD).
                Absent when the platform did not report it.
            is_ai_generated (bool | None): Instagram only: whether Instagram labeled the media as AI-generated. Absent when
                the platform did not report it.
            is_shared_to_feed (bool | None): Instagram reels only: whether the reel is also shared to the main feed. Absent
                when the platform did not report it.
            media_audio_type (str | None): Instagram only: audio type of the media (MUSIC or ORIGINAL_SOUND). Absent when
                the platform did not report it.
            analytics (ExternalPostSummaryAnalytics | None): Engagement + insights for the post. `likes` and `comments` are
                available immediately after an on-demand sync (they come from the
                platform listing). `reach`, `impressions`, `views` depend on the
                platform's insights, which carry their own delay (e.g. ~24h on
                Instagram) and read 0 until the platform makes them available.
    """

    platform: str | None = None
    platform_post_id: str | None = None
    platform_post_url: str | None = None
    content: str | None = None
    published_at: datetime.datetime | None = None
    media_type: str | None = None
    thumbnail_url: str | None = None
    media_items: list[ExternalPostSummaryMediaItemsItem] | None = None
    media_product_type: str | None = None
    is_ai_generated: bool | None = None
    is_shared_to_feed: bool | None = None
    media_audio_type: str | None = None
    analytics: ExternalPostSummaryAnalytics | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def platformPostId(self) -> str | None:
        """``platform_post_id`` under its wire name, as the Late docs spell it."""
        return self.platform_post_id

    @property
    def platformPostUrl(self) -> str | None:
        """``platform_post_url`` under its wire name, as the Late docs spell it."""
        return self.platform_post_url

    @property
    def publishedAt(self) -> datetime.datetime | None:
        """``published_at`` under its wire name, as the Late docs spell it."""
        return self.published_at

    @property
    def mediaType(self) -> str | None:
        """``media_type`` under its wire name, as the Late docs spell it."""
        return self.media_type

    @property
    def thumbnailUrl(self) -> str | None:
        """``thumbnail_url`` under its wire name, as the Late docs spell it."""
        return self.thumbnail_url

    @property
    def mediaItems(self) -> list[ExternalPostSummaryMediaItemsItem] | None:
        """``media_items`` under its wire name, as the Late docs spell it."""
        return self.media_items

    @property
    def mediaProductType(self) -> str | None:
        """``media_product_type`` under its wire name, as the Late docs spell it."""
        return self.media_product_type

    @property
    def isAiGenerated(self) -> bool | None:
        """``is_ai_generated`` under its wire name, as the Late docs spell it."""
        return self.is_ai_generated

    @property
    def isSharedToFeed(self) -> bool | None:
        """``is_shared_to_feed`` under its wire name, as the Late docs spell it."""
        return self.is_shared_to_feed

    @property
    def mediaAudioType(self) -> str | None:
        """``media_audio_type`` under its wire name, as the Late docs spell it."""
        return self.media_audio_type

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        platform = self.platform

        platform_post_id = self.platform_post_id

        platform_post_url = self.platform_post_url

        content = self.content

        published_at: str | Unset = UNSET
        if not isinstance(self.published_at, Unset):
            published_at = format_datetime(self.published_at)
        published_at = as_sent(self.published_at, published_at, source_of(self).get("publishedAt"))

        media_type = self.media_type

        thumbnail_url = self.thumbnail_url

        media_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_items, Unset):
            media_items = []
            for media_items_item_data in self.media_items:
                media_items_item = media_items_item_data.to_dict()
                media_items.append(media_items_item)

        media_product_type = self.media_product_type

        is_ai_generated = self.is_ai_generated

        is_shared_to_feed = self.is_shared_to_feed

        media_audio_type = self.media_audio_type

        analytics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analytics, Unset):
            analytics = self.analytics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if platform is not None or "platform" in source:
            field_dict["platform"] = platform
        if platform_post_id is not None or "platformPostId" in source:
            field_dict["platformPostId"] = platform_post_id
        if platform_post_url is not None or "platformPostUrl" in source:
            field_dict["platformPostUrl"] = platform_post_url
        if content is not None or "content" in source:
            field_dict["content"] = content
        if published_at is not None or "publishedAt" in source:
            field_dict["publishedAt"] = published_at
        if media_type is not None or "mediaType" in source:
            field_dict["mediaType"] = media_type
        if thumbnail_url is not None or "thumbnailUrl" in source:
            field_dict["thumbnailUrl"] = thumbnail_url
        if media_items is not None or "mediaItems" in source:
            field_dict["mediaItems"] = media_items
        if media_product_type is not None or "mediaProductType" in source:
            field_dict["mediaProductType"] = media_product_type
        if is_ai_generated is not None or "isAiGenerated" in source:
            field_dict["isAiGenerated"] = is_ai_generated
        if is_shared_to_feed is not None or "isSharedToFeed" in source:
            field_dict["isSharedToFeed"] = is_shared_to_feed
        if media_audio_type is not None or "mediaAudioType" in source:
            field_dict["mediaAudioType"] = media_audio_type
        if analytics is not None or "analytics" in source:
            field_dict["analytics"] = analytics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        platform = d.get("platform", UNSET)

        platform_post_id = d.get("platformPostId", UNSET)

        platform_post_url = d.get("platformPostUrl", UNSET)

        content = d.get("content", UNSET)

        _published_at = d.get("publishedAt", UNSET)
        published_at: datetime.datetime | Unset
        if _published_at is None or _published_at is UNSET:
            published_at = UNSET
        else:
            published_at = parse_datetime(_published_at)

        media_type = d.get("mediaType", UNSET)

        thumbnail_url = d.get("thumbnailUrl", UNSET)

        media_product_type = d.get("mediaProductType", UNSET)

        is_ai_generated = d.get("isAiGenerated", UNSET)

        is_shared_to_feed = d.get("isSharedToFeed", UNSET)

        media_audio_type = d.get("mediaAudioType", UNSET)

        external_post_summary = object.__new__(_Unhooked if cls is ExternalPostSummary else cls)
        external_post_summary.platform = platform
        external_post_summary.platform_post_id = platform_post_id
        external_post_summary.platform_post_url = platform_post_url
        external_post_summary.content = content
        external_post_summary.published_at = published_at
        external_post_summary.media_type = media_type
        external_post_summary.thumbnail_url = thumbnail_url
        external_post_summary.media_product_type = media_product_type
        external_post_summary.is_ai_generated = is_ai_generated
        external_post_summary.is_shared_to_feed = is_shared_to_feed
        external_post_summary.media_audio_type = media_audio_type
        if "mediaItems" not in d:  # nothing to build later
            external_post_summary.media_items = UNSET
        if "analytics" not in d:  # nothing to build later
            external_post_summary.analytics = UNSET
        external_post_summary._source = d
        external_post_summary._changed = (
            cls is not ExternalPostSummary
        )  # a subclass may set attributes unhooked
        if cls is not ExternalPostSummary:  # a subclass's own fields, which __init__ would have set
            fill_defaults(external_post_summary, ExternalPostSummary)
        else:
            external_post_summary.__class__ = cls
        return external_post_summary

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


#: ``from_dict`` fills one of these, then makes it a ExternalPostSummary (types.unhooked).
_Unhooked = unhooked(ExternalPostSummary)


def _read_media_items(d: Mapping[str, Any]) -> list[ExternalPostSummaryMediaItemsItem] | Unset:
    _media_items = d.get("mediaItems", UNSET)
    media_items: list[ExternalPostSummaryMediaItemsItem] | Unset = UNSET
    if _media_items is not UNSET:
        media_items = [
            ExternalPostSummaryMediaItemsItem.from_dict(media_items_item_data)
            for media_items_item_data in _media_items
        ]

    return media_items


def _read_analytics(d: Mapping[str, Any]) -> ExternalPostSummaryAnalytics | Unset:
    _analytics = d.get("analytics", UNSET)
    analytics: ExternalPostSummaryAnalytics | Unset
    if _analytics is UNSET:
        analytics = UNSET
    else:
        analytics = ExternalPostSummaryAnalytics.from_dict(_analytics)

    return analytics


ExternalPostSummary._lazy_readers = lazy_readers(ExternalPostSummary, globals(), _PROPERTY_NAMES)

from ..models.external_post_summary_analytics import ExternalPostSummaryAnalytics
from ..models.external_post_summary_media_items_item import (
    ExternalPostSummaryMediaItemsItem,
)
