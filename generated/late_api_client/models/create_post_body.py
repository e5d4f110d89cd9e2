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

T = TypeVar("T", bound="CreatePostBody")

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
        "dryRun",
        "timezone",
        "tags",
        "hashtags",
        "mentions",
        "crosspostingEnabled",
        "metadata",
        "tiktokSettings",
        "facebookSettings",
        "recycling",
        "queuedFromProfile",
        "queueId",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class CreatePostBody(LazyFields):
    """
    Attributes:
        title (str | None): Stored on the post for reference/display only. This field is NOT used as the video title
            when publishing. To set a YouTube video title, use platformSpecificData.title on the youtube platform target
            (falls back to the first line of content when omitted).
        content (str | None): Post caption/text. Optional when media is attached, all platforms have customContent,
            every platform entry is an X Article (platformSpecificData.article), or every platform entry is a LinkedIn text-
            free reshare (platformSpecificData.reshareUrl with no text). Required for other text-only posts. LinkedIn
            @mentions: write @[https://www.linkedin.com/in/jane-doe] or @[https://www.linkedin.com/company/acme] in the text
            (see the operation description).
        media_items (list[MediaItem] | None): Media attached to every platform in the request (a platform entry can
            override it with `customMedia`). Each entry needs a publicly reachable HTTPS `url`; `type` (image, video, gif,
            document) is inferred from the URL extension when omitted and a `type` that contradicts the extension is
            rejected with 400. Upload files with `POST /v1/media/presign` first; per-platform size, duration and format
            limits are listed on each platform schema.
        platforms (list[CreatePostBodyPlatformsItem] | None): Target platforms and accounts for this post. Required for
            non-draft posts (returns 400 if empty). Drafts can omit platforms.
        scheduled_for (datetime.datetime | None): When to publish. Required unless `publishNow` is true,
            `queuedFromProfile` is set, or the post is a draft. An ISO 8601 value with a `Z` or offset
            (`2026-01-15T10:00:00Z`, `2026-01-15T11:00:00+01:00`) is taken as-is; a value without one (`2026-01-15T10:00:00`
            or `2026-01-15 10:00`) is read as local time in `timezone`. A value already in the past is published
            synchronously in the same request. Ignored when `publishNow` is true.
        publish_now (bool | None): Publish to every platform synchronously in this request instead of scheduling; the
            response then carries each platform result and `platformPostUrl`, with HTTP 207 when some platforms failed.
            Takes precedence over `scheduledFor`; ignored when `isDraft` is true. Default: False.
        is_draft (bool | None): When true, saves the post as a draft. When none of scheduledFor, publishNow, or
            queuedFromProfile are provided, the post defaults to draft automatically. Default: False.
        requires_approval (bool | None): When true, saves the post as pending_approval instead of scheduled. Needs
            scheduledFor, at the root or on every platform; cannot be combined with isDraft, publishNow, queuedFromProfile
            or queueId. The post publishes only after POST /v1/posts/{postId}/review approves it; approving after the
            scheduled time publishes within a couple of minutes. Default: False.
        dry_run (bool | None): TikTok only. Preview whether each `tiktok` entry in `platforms` could publish right now
            under the TikTok Direct Post daily limits, without creating, scheduling or publishing anything: no post is
            persisted and no upload slot is claimed, so it can be repeated freely. The request still goes through auth, the
            payment gate and body validation, and runs the same account access checks as a real create (it can return 400 or
            403), then returns HTTP 200 with `{ dryRun: true, canPublish, tiktok: [...] }` instead of 201. Only `tiktok`
            entries are evaluated; other platforms in the body are ignored, and a body with no `tiktok` entry is rejected
            with 400 `invalid_field_value` on `platforms`. An entry with `platformSpecificData.tiktokSettings.draft: true`
            (Creator Inbox upload) is not subject to the limit and always reports `canPublish: true`. Accounts connected
            through the TikTok for Business app do not go through these limits at all and also always report `canPublish:
            true`, so on those accounts a dry run confirms the request is well-formed rather than gating it. Default: False.
        timezone (str | None): IANA timezone (`Europe/Madrid`, `America/New_York`) used to interpret a `scheduledFor`
            (root or per-platform) that carries no `Z` or offset, and stored on the post. Has no effect on values that
            already carry one. When omitted, the post takes its profile's `timezone` (the queue's profile for a queued post,
            else the profile its accounts share), and UTC when there is none or the accounts sit on profiles with different
            timezones. An unknown name returns 400 when `scheduledFor` is set.
        tags (list[str] | None): Tags/keywords. YouTube constraints: each tag max 100 chars, combined max 500 chars,
            duplicates auto-removed.
        hashtags (list[str] | None): Stored for reference only. Hashtags are NOT automatically appended to the caption
            when publishing. Include hashtags directly in the content field (platforms like Instagram only support hashtags
            as caption text). For YouTube keywords, use the tags field instead.
        mentions (list[str] | None): Stored for reference only. This field does NOT automatically create @mentions when
            publishing. For LinkedIn @mentions, write them in the post content, for example
            @[https://www.linkedin.com/in/jane-doe] or @[https://www.linkedin.com/company/acme].
        crossposting_enabled (bool | None): Stored on the post and echoed back on reads. Publishing does not branch on
            it: every entry in `platforms` is published regardless, so treat it as a label for your own tooling. Default:
            True.
        metadata (CreatePostBodyMetadata | None): Free-form key/value pairs of your own, stored on the post and returned
            on reads and in webhook payloads. Zernio also writes the bookkeeping keys `usageCounted`, `usageRefunded` and
            `hidden` into this object; do not set them, and they are stripped from webhook payloads.
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
        queued_from_profile (str | None): Profile ID to schedule via queue. When provided without scheduledFor, the post
            is auto-assigned to the next available slot. Do not call /v1/queue/next-slot and use that time in scheduledFor,
            as that bypasses queue locking.
        queue_id (str | None): Specific queue ID to use when scheduling via queue.
            Only used when queuedFromProfile is also provided.
            If omitted, uses the profile's default queue.
    """

    title: str | None = None
    content: str | None = None
    media_items: list[MediaItem] | None = None
    platforms: list[CreatePostBodyPlatformsItem] | None = None
    scheduled_for: datetime.datetime | None = None
    publish_now: bool | None = None
    is_draft: bool | None = None
    requires_approval: bool | None = None
    dry_run: bool | None = None
    timezone: str | None = None
    tags: list[str] | None = None
    hashtags: list[str] | None = None
    mentions: list[str] | None = None
    crossposting_enabled: bool | None = None
    metadata: CreatePostBodyMetadata | None = None
    tiktok_settings: TikTokPlatformData | None = None
    facebook_settings: FacebookSettings | None = None
    recycling: RecyclingConfig | None = None
    queued_from_profile: str | None = None
    queue_id: str | None = None
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
    def dryRun(self) -> bool | None:
        """``dry_run`` under its wire name, as the Late docs spell it."""
        return self.dry_run

    @property
    def crosspostingEnabled(self) -> bool | None:
        """``crossposting_enabled`` under its wire name, as the Late docs spell it."""
        return self.crossposting_enabled

    @property
    def tiktokSettings(self) -> TikTokPlatformData | None:
        """``tiktok_settings`` under its wire name, as the Late docs spell it."""
        return self.tiktok_settings

    @property
    def facebookSettings(self) -> FacebookSettings | None:
        """``facebook_settings`` under its wire name, as the Late docs spell it."""
        return self.facebook_settings

    @property
    def queuedFromProfile(self) -> str | None:
        """``queued_from_profile`` under its wire name, as the Late docs spell it."""
        return self.queued_from_profile

    @property
    def queueId(self) -> str | None:
        """``queue_id`` under its wire name, as the Late docs spell it."""
        return self.queue_id

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

        dry_run = self.dry_run

        timezone = self.timezone

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

        tiktok_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tiktok_settings, Unset):
            tiktok_settings = self.tiktok_settings.to_dict()

        facebook_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facebook_settings, Unset):
            facebook_settings = self.facebook_settings.to_dict()

        recycling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recycling, Unset):
            recycling = self.recycling.to_dict()

        queued_from_profile = self.queued_from_profile

        queue_id = self.queue_id

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
        if dry_run is not None or "dryRun" in source:
            field_dict["dryRun"] = dry_run
        if timezone is not None or "timezone" in source:
            field_dict["timezone"] = timezone
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
        if tiktok_settings is not None or "tiktokSettings" in source:
            field_dict["tiktokSettings"] = tiktok_settings
        if facebook_settings is not None or "facebookSettings" in source:
            field_dict["facebookSettings"] = facebook_settings
        if recycling is not None or "recycling" in source:
            field_dict["recycling"] = recycling
        if queued_from_profile is not None or "queuedFromProfile" in source:
            field_dict["queuedFromProfile"] = queued_from_profile
        if queue_id is not None or "queueId" in source:
            field_dict["queueId"] = queue_id

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

        dry_run = d.get("dryRun", UNSET)

        timezone = d.get("timezone", UNSET)

        tags: list[str] | Unset = d.get("tags", UNSET)

        hashtags: list[str] | Unset = d.get("hashtags", UNSET)

        mentions: list[str] | Unset = d.get("mentions", UNSET)

        crossposting_enabled = d.get("crosspostingEnabled", UNSET)

        queued_from_profile = d.get("queuedFromProfile", UNSET)

        queue_id = d.get("queueId", UNSET)

        create_post_body = object.__new__(_Unhooked if cls is CreatePostBody else cls)
        create_post_body.title = title
        create_post_body.content = content
        create_post_body.scheduled_for = scheduled_for
        create_post_body.publish_now = publish_now
        create_post_body.is_draft = is_draft
        create_post_body.requires_approval = requires_approval
        create_post_body.dry_run = dry_run
        create_post_body.timezone = timezone
        create_post_body.tags = tags
        create_post_body.hashtags = hashtags
        create_post_body.mentions = mentions
        create_post_body.crossposting_enabled = crossposting_enabled
        create_post_body.queued_from_profile = queued_from_profile
        create_post_body.queue_id = queue_id
        if "mediaItems" not in d:  # nothing to build later
            create_post_body.media_items = UNSET
        if "platforms" not in d:  # nothing to build later
            create_post_body.platforms = UNSET
        if "metadata" not in d:  # nothing to build later
            create_post_body.metadata = UNSET
        if "tiktokSettings" not in d:  # nothing to build later
            create_post_body.tiktok_settings = UNSET
        if "facebookSettings" not in d:  # nothing to build later
            create_post_body.facebook_settings = UNSET
        if "recycling" not in d:  # nothing to build later
            create_post_body.recycling = UNSET
        create_post_body._source = d
        create_post_body._changed = cls is not CreatePostBody  # a subclass may set attributes unhooked
        if cls is not CreatePostBody:  # a subclass's own fields, which __init__ would have set
            fill_defaults(create_post_body, CreatePostBody)
        else:
            create_post_body.__class__ = cls
        return create_post_body

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


#: ``from_dict`` fills one of these, then makes it a CreatePostBody (types.unhooked).
_Unhooked = unhooked(CreatePostBody)


def _read_media_items(d: Mapping[str, Any]) -> list[MediaItem] | Unset:
    _media_items = d.get("mediaItems", UNSET)
    media_items: list[MediaItem] | Unset = UNSET
    if _media_items is not UNSET:
        media_items = [MediaItem.from_dict(media_items_item_data) for media_items_item_data in _media_items]

    return media_items


def _read_platforms(d: Mapping[str, Any]) -> list[CreatePostBodyPlatformsItem] | Unset:
    _platforms = d.get("platforms", UNSET)
    platforms: list[CreatePostBodyPlatformsItem] | Unset = UNSET
    if _platforms is not UNSET:
        platforms = [
            CreatePostBodyPlatformsItem.from_dict(platforms_item_data) for platforms_item_data in _platforms
        ]

    return platforms


def _read_metadata(d: Mapping[str, Any]) -> CreatePostBodyMetadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: CreatePostBodyMetadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = CreatePostBodyMetadata.from_dict(_metadata)

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


CreatePostBody._lazy_readers = lazy_readers(CreatePostBody, globals(), _PROPERTY_NAMES)

from ..models.create_post_body_metadata import CreatePostBodyMetadata
from ..models.create_post_body_platforms_item import CreatePostBodyPlatformsItem
from ..models.facebook_settings import FacebookSettings
from ..models.media_item import MediaItem
from ..models.recycling_config import RecyclingConfig
from ..models.tik_tok_platform_data import TikTokPlatformData
