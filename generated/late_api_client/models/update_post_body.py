from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_post_body_visibility import UpdatePostBodyVisibility
from ..types import (
    UNSET,
    LazyFields,
    Unset,
    as_sent,
    fill_defaults,
    format_datetime,
    lazy_readers,
    parse_datetime,
    parse_enum,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="UpdatePostBody")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "title",
        "content",
        "mediaItems",
        "platforms",
        "scheduledFor",
        "publishNow",
        "isDraft",
        "requiresApproval",
        "timezone",
        "visibility",
        "tags",
        "hashtags",
        "mentions",
        "crosspostingEnabled",
        "metadata",
        "queuedFromProfile",
        "queueId",
        "tiktokSettings",
        "facebookSettings",
        "recycling",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class UpdatePostBody(LazyFields):
    """
    Attributes:
        title (str | None): Stored on the post for reference/display only. This field is NOT used as the video title
            when publishing. To set a YouTube video title, use platformSpecificData.title on the youtube platform target
            (falls back to the first line of content when omitted).
        content (str | None):
        media_items (list[MediaItem] | None):
        platforms (list[UpdatePostBodyPlatformsItem] | None): Target platforms and accounts for this post. Each item
            must include platform and accountId.
        scheduled_for (datetime.datetime | None):
        publish_now (bool | None):  Default: False.
        is_draft (bool | None): When omitted, the post keeps its current draft status. Send `false` to promote a draft
            to scheduled (combined with `scheduledFor`, `publishNow`, or a queue).
        requires_approval (bool | None): Send true on a draft to submit it for approval: it becomes pending_approval and
            publishes only after POST /v1/posts/{postId}/review approves it. Cannot be combined with isDraft, publishNow,
            queuedFromProfile or queueId. Returns 409 when the post is not a draft.
        timezone (str | None):
        visibility (UpdatePostBodyVisibility | None):
        tags (list[str] | None):
        hashtags (list[str] | None): Stored for reference only. Hashtags are NOT automatically appended to the caption
            when publishing. Include hashtags directly in the content field (platforms like Instagram only support hashtags
            as caption text). For YouTube keywords, use the tags field instead.
        mentions (list[str] | None):
        crossposting_enabled (bool | None):
        metadata (UpdatePostBodyMetadata | None):
        queued_from_profile (str | None): Profile ID to schedule via queue.
        queue_id (str | None): Specific queue ID to use when scheduling via queue.
        tiktok_settings (TikTokPlatformData | None): Photo carousels up to 35 images. Video titles up to 2200 chars,
            photo titles truncated to 90 chars.
            privacyLevel must match creator_info options. Both camelCase and snake_case accepted.

            Creator Inbox (draft mode): Set draft: true to send content to the TikTok Creator Inbox
            instead of publishing immediately. The creator receives an inbox notification and completes
            the post using TikTok's editing flow. This maps to TikTok's post_mode: "MEDIA_UPLOAD" internally.

            Important: The field publish_type is NOT supported. Use draft: true for Creator Inbox flow.

            Photo drafts use the /v2/post/publish/content/init/ endpoint with post_mode: "MEDIA_UPLOAD".
            Video drafts use the dedicated /v2/post/publish/inbox/video/init/ endpoint.

            When draft: true, the video.upload scope is required. When draft is false or omitted
            (direct post), the video.publish scope is required. For Creator Inbox, TikTok app version
            must be 31.8 or higher.
        facebook_settings (FacebookSettings | None): Facebook options that must be nested under
            platformSpecificData.facebookSettings, or sent at the request root as facebookSettings. The remaining Facebook
            options sit directly on platformSpecificData, see FacebookPlatformData.
        recycling (RecyclingConfig | None): Configure automatic post recycling (reposting at regular intervals).
            After the post is published, the system creates new scheduled copies at the
            specified interval until expiration conditions are met. Supports weekly or
            monthly intervals. Maximum 10 active recycling posts per account.
            YouTube and TikTok platforms are excluded from recycling.
            Content variations are recommended for X and Pinterest to avoid duplicate flags.
    """

    title: str | None = None
    content: str | None = None
    media_items: list[MediaItem] | None = None
    platforms: list[UpdatePostBodyPlatformsItem] | None = None
    scheduled_for: datetime.datetime | None = None
    publish_now: bool | None = None
    is_draft: bool | None = None
    requires_approval: bool | None = None
    timezone: str | None = None
    visibility: UpdatePostBodyVisibility | None = None
    tags: list[str] | None = None
    hashtags: list[str] | None = None
    mentions: list[str] | None = None
    crossposting_enabled: bool | None = None
    metadata: UpdatePostBodyMetadata | None = None
    queued_from_profile: str | None = None
    queue_id: str | None = None
    tiktok_settings: TikTokPlatformData | None = None
    facebook_settings: FacebookSettings | None = None
    recycling: RecyclingConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def mediaItems(self) -> list[MediaItem] | None:
        """``media_items`` under its wire name, as the Late docs spell it."""
        return self.media_items

    @property
    def scheduledFor(self) -> datetime.datetime | None:
        """``scheduled_for`` under its wire name, as the Late docs spell it."""
        return self.scheduled_for

    @property
    def publishNow(self) -> bool | None:
        """``publish_now`` under its wire name, as the Late docs spell it."""
        return self.publish_now

    @property
    def isDraft(self) -> bool | None:
        """``is_draft`` under its wire name, as the Late docs spell it."""
        return self.is_draft

    @property
    def requiresApproval(self) -> bool | None:
        """``requires_approval`` under its wire name, as the Late docs spell it."""
        return self.requires_approval

    @property
    def crosspostingEnabled(self) -> bool | None:
        """``crossposting_enabled`` under its wire name, as the Late docs spell it."""
        return self.crossposting_enabled

    @property
    def queuedFromProfile(self) -> str | None:
        """``queued_from_profile`` under its wire name, as the Late docs spell it."""
        return self.queued_from_profile

    @property
    def queueId(self) -> str | None:
        """``queue_id`` under its wire name, as the Late docs spell it."""
        return self.queue_id

    @property
    def tiktokSettings(self) -> TikTokPlatformData | None:
        """``tiktok_settings`` under its wire name, as the Late docs spell it."""
        return self.tiktok_settings

    @property
    def facebookSettings(self) -> FacebookSettings | None:
        """``facebook_settings`` under its wire name, as the Late docs spell it."""
        return self.facebook_settings

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        title = self.title

        content = self.content

        media_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_items, Unset):
            media_items = []
            for media_items_item_data in self.media_items:
                media_items_item = media_items_item_data.to_dict()
                media_items.append(media_items_item)

        platforms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.to_dict()
                platforms.append(platforms_item)

        scheduled_for: str | Unset = UNSET
        if not isinstance(self.scheduled_for, Unset):
            scheduled_for = format_datetime(self.scheduled_for)
        scheduled_for = as_sent(self.scheduled_for, scheduled_for, source_of(self).get("scheduledFor"))

        publish_now = self.publish_now

        is_draft = self.is_draft

        requires_approval = self.requires_approval

        timezone = self.timezone

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        hashtags: list[str] | Unset = UNSET
        if not isinstance(self.hashtags, Unset):
            hashtags = self.hashtags

        mentions: list[str] | Unset = UNSET
        if not isinstance(self.mentions, Unset):
            mentions = self.mentions

        crossposting_enabled = self.crossposting_enabled

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        queued_from_profile = self.queued_from_profile

        queue_id = self.queue_id

        tiktok_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tiktok_settings, Unset):
            tiktok_settings = self.tiktok_settings.to_dict()

        facebook_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facebook_settings, Unset):
            facebook_settings = self.facebook_settings.to_dict()

        recycling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recycling, Unset):
            recycling = self.recycling.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if title is not None or "title" in source:
            field_dict["title"] = title
        if content is not None or "content" in source:
            field_dict["content"] = content
        if media_items is not None or "mediaItems" in source:
            field_dict["mediaItems"] = media_items
        if platforms is not None or "platforms" in source:
            field_dict["platforms"] = platforms
        if scheduled_for is not None or "scheduledFor" in source:
            field_dict["scheduledFor"] = scheduled_for
        if publish_now is not None or "publishNow" in source:
            field_dict["publishNow"] = publish_now
        if is_draft is not None or "isDraft" in source:
            field_dict["isDraft"] = is_draft
        if requires_approval is not None or "requiresApproval" in source:
            field_dict["requiresApproval"] = requires_approval
        if timezone is not None or "timezone" in source:
            field_dict["timezone"] = timezone
        if visibility is not None or "visibility" in source:
            field_dict["visibility"] = visibility
        if tags is not None or "tags" in source:
            field_dict["tags"] = tags
        if hashtags is not None or "hashtags" in source:
            field_dict["hashtags"] = hashtags
        if mentions is not None or "mentions" in source:
            field_dict["mentions"] = mentions
        if crossposting_enabled is not None or "crosspostingEnabled" in source:
            field_dict["crosspostingEnabled"] = crossposting_enabled
        if metadata is not None or "metadata" in source:
            field_dict["metadata"] = metadata
        if queued_from_profile is not None or "queuedFromProfile" in source:
            field_dict["queuedFromProfile"] = queued_from_profile
        if queue_id is not None or "queueId" in source:
            field_dict["queueId"] = queue_id
        if tiktok_settings is not None or "tiktokSettings" in source:
            field_dict["tiktokSettings"] = tiktok_settings
        if facebook_settings is not None or "facebookSettings" in source:
            field_dict["facebookSettings"] = facebook_settings
        if recycling is not None or "recycling" in source:
            field_dict["recycling"] = recycling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        title = d.get("title", UNSET)

        content = d.get("content", UNSET)

        _scheduled_for = d.get("scheduledFor", UNSET)
        scheduled_for: datetime.datetime | Unset
        if _scheduled_for is None or _scheduled_for is UNSET:
            scheduled_for = UNSET
        else:
            scheduled_for = parse_datetime(_scheduled_for)

        publish_now = d.get("publishNow", UNSET)

        is_draft = d.get("isDraft", UNSET)

        requires_approval = d.get("requiresApproval", UNSET)

        timezone = d.get("timezone", UNSET)

        _visibility = d.get("visibility", UNSET)
        visibility: UpdatePostBodyVisibility | Unset
        if _visibility is UNSET:
            visibility = UNSET
        else:
            visibility = parse_enum(UpdatePostBodyVisibility, _visibility)

        tags: list[str] | Unset = d.get("tags", UNSET)

        hashtags: list[str] | Unset = d.get("hashtags", UNSET)

        mentions: list[str] | Unset = d.get("mentions", UNSET)

        crossposting_enabled = d.get("crosspostingEnabled", UNSET)

        queued_from_profile = d.get("queuedFromProfile", UNSET)

        queue_id = d.get("queueId", UNSET)

        update_post_body = object.__new__(_Unhooked if cls is UpdatePostBody else cls)
        update_post_body.title = title
        update_post_body.content = content
        update_post_body.scheduled_for = scheduled_for
        update_post_body.publish_now = publish_now
        update_post_body.is_draft = is_draft
        update_post_body.requires_approval = requires_approval
        update_post_body.timezone = timezone
        update_post_body.visibility = visibility
        update_post_body.tags = tags
        update_post_body.hashtags = hashtags
        update_post_body.mentions = mentions
        update_post_body.crossposting_enabled = crossposting_enabled
        update_post_body.queued_from_profile = queued_from_profile
        update_post_body.queue_id = queue_id
        if "mediaItems" not in d:  # nothing to build later
            update_post_body.media_items = UNSET
        if "platforms" not in d:  # nothing to build later
            update_post_body.platforms = UNSET
        if "metadata" not in d:  # nothing to build later
            update_post_body.metadata = UNSET
        if "tiktokSettings" not in d:  # nothing to build later
            update_post_body.tiktok_settings = UNSET
        if "facebookSettings" not in d:  # nothing to build later
            update_post_body.facebook_settings = UNSET
        if "recycling" not in d:  # nothing to build later
            update_post_body.recycling = UNSET
        update_post_body._source = d
        update_post_body._changed = cls is not UpdatePostBody  # a subclass may set attributes unhooked
        if cls is not UpdatePostBody:  # a subclass's own fields, which __init__ would have set
            fill_defaults(update_post_body, UpdatePostBody)
        else:
            update_post_body.__class__ = cls
        return update_post_body

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


#: ``from_dict`` fills one of these, then makes it a UpdatePostBody (types.unhooked).
_Unhooked = unhooked(UpdatePostBody)


def _read_media_items(d: Mapping[str, Any]) -> list[MediaItem] | Unset:
    _media_items = d.get("mediaItems", UNSET)
    media_items: list[MediaItem] | Unset = UNSET
    if _media_items is not UNSET:
        media_items = [MediaItem.from_dict(media_items_item_data) for media_items_item_data in _media_items]

    return media_items


def _read_platforms(d: Mapping[str, Any]) -> list[UpdatePostBodyPlatformsItem] | Unset:
    _platforms = d.get("platforms", UNSET)
    platforms: list[UpdatePostBodyPlatformsItem] | Unset = UNSET
    if _platforms is not UNSET:
        platforms = [
            UpdatePostBodyPlatformsItem.from_dict(platforms_item_data) for platforms_item_data in _platforms
        ]

    return platforms


def _read_metadata(d: Mapping[str, Any]) -> UpdatePostBodyMetadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: UpdatePostBodyMetadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = UpdatePostBodyMetadata.from_dict(_metadata)

    return metadata


def _read_tiktok_settings(d: Mapping[str, Any]) -> TikTokPlatformData | Unset:
    _tiktok_settings = d.get("tiktokSettings", UNSET)
    tiktok_settings: TikTokPlatformData | Unset
    if _tiktok_settings is UNSET:
        tiktok_settings = UNSET
    else:
        tiktok_settings = TikTokPlatformData.from_dict(_tiktok_settings)

    return tiktok_settings


def _read_facebook_settings(d: Mapping[str, Any]) -> FacebookSettings | Unset:
    _facebook_settings = d.get("facebookSettings", UNSET)
    facebook_settings: FacebookSettings | Unset
    if _facebook_settings is UNSET:
        facebook_settings = UNSET
    else:
        facebook_settings = FacebookSettings.from_dict(_facebook_settings)

    return facebook_settings


def _read_recycling(d: Mapping[str, Any]) -> RecyclingConfig | Unset:
    _recycling = d.get("recycling", UNSET)
    recycling: RecyclingConfig | Unset
    if _recycling is UNSET:
        recycling = UNSET
    else:
        recycling = RecyclingConfig.from_dict(_recycling)

    return recycling


UpdatePostBody._lazy_readers = lazy_readers(UpdatePostBody, globals(), _PROPERTY_NAMES)

from ..models.facebook_settings import FacebookSettings
from ..models.media_item import MediaItem
from ..models.recycling_config import RecyclingConfig
from ..models.tik_tok_platform_data import TikTokPlatformData
from ..models.update_post_body_metadata import UpdatePostBodyMetadata
from ..models.update_post_body_platforms_item import UpdatePostBodyPlatformsItem
