from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_status import PostStatus
from ..models.post_visibility import PostVisibility
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

T = TypeVar("T", bound="Post")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "_id",
        "userId",
        "title",
        "content",
        "mediaItems",
        "platforms",
        "scheduledFor",
        "timezone",
        "status",
        "tags",
        "hashtags",
        "mentions",
        "visibility",
        "metadata",
        "recycling",
        "recycledFromPostId",
        "queuedFromProfile",
        "queueId",
        "createdAt",
        "updatedAt",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class Post(LazyFields):
    """
    Attributes:
        field_id (str | None):
        user_id (str | None | User):
        title (str | None): Stored on the post for reference/display only. This field is NOT used as the video title
            when publishing. To set a YouTube video title, use platformSpecificData.title on the youtube platform target
            (falls back to the first line of content when omitted).
        content (str | None):
        media_items (list[MediaItem] | None):
        platforms (list[PlatformTarget] | None):
        scheduled_for (datetime.datetime | None):
        timezone (str | None):
        status (PostStatus | None): `cancelled` is set by POST /v1/posts/{postId}/unpublish once every platform entry
            has been removed from its platform (a post with published entries left becomes `partial`); cancelled posts can
            be edited and rescheduled like drafts. `pending_approval` (set by `requiresApproval: true`) never publishes
            until POST /v1/posts/{postId}/review approves it.
        tags (list[str] | None): YouTube constraints: each tag max 100 chars, combined max 500 chars, duplicates
            removed.
        hashtags (list[str] | None): Stored for reference only. Hashtags are NOT automatically appended to the caption
            when publishing. Include hashtags directly in the content field (platforms like Instagram only support hashtags
            as caption text). For YouTube keywords, use the tags field instead.
        mentions (list[str] | None): Stored for reference only. This field does NOT automatically create @mentions when
            publishing. For LinkedIn @mentions, write them in the post content, for example
            @[https://www.linkedin.com/in/jane-doe] or @[https://www.linkedin.com/company/acme].
        visibility (PostVisibility | None):
        metadata (PostMetadata | None):
        recycling (RecyclingState | None): Current recycling configuration and state on a post
        recycled_from_post_id (str | None): ID of the original post if this post was created via recycling
        queued_from_profile (str | None): Profile ID if the post was scheduled via the queue
        queue_id (str | None): Queue ID if the post was scheduled via a specific queue
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None): Last change to the post or to any of its platforms (a publish, a failure,
            a resolved URL).
    """

    field_id: str | None = None
    user_id: str | User | None = None
    title: str | None = None
    content: str | None = None
    media_items: list[MediaItem] | None = None
    platforms: list[PlatformTarget] | None = None
    scheduled_for: datetime.datetime | None = None
    timezone: str | None = None
    status: PostStatus | None = None
    tags: list[str] | None = None
    hashtags: list[str] | None = None
    mentions: list[str] | None = None
    visibility: PostVisibility | None = None
    metadata: PostMetadata | None = None
    recycling: RecyclingState | None = None
    recycled_from_post_id: str | None = None
    queued_from_profile: str | None = None
    queue_id: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def _id(self) -> str | None:
        """``field_id`` under its wire name, as the Late docs spell it."""
        return self.field_id

    @property
    def userId(self) -> str | User | None:
        """``user_id`` under its wire name, as the Late docs spell it."""
        return self.user_id

    @property
    def mediaItems(self) -> list[MediaItem] | None:
        """``media_items`` under its wire name, as the Late docs spell it."""
        return self.media_items

    @property
    def scheduledFor(self) -> datetime.datetime | None:
        """``scheduled_for`` under its wire name, as the Late docs spell it."""
        return self.scheduled_for

    @property
    def recycledFromPostId(self) -> str | None:
        """``recycled_from_post_id`` under its wire name, as the Late docs spell it."""
        return self.recycled_from_post_id

    @property
    def queuedFromProfile(self) -> str | None:
        """``queued_from_profile`` under its wire name, as the Late docs spell it."""
        return self.queued_from_profile

    @property
    def queueId(self) -> str | None:
        """``queue_id`` under its wire name, as the Late docs spell it."""
        return self.queue_id

    @property
    def createdAt(self) -> datetime.datetime | None:
        """``created_at`` under its wire name, as the Late docs spell it."""
        return self.created_at

    @property
    def updatedAt(self) -> datetime.datetime | None:
        """``updated_at`` under its wire name, as the Late docs spell it."""
        return self.updated_at

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        field_id = self.field_id

        user_id: dict[str, Any] | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, User):
            user_id = self.user_id.to_dict()
        else:
            user_id = self.user_id

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

        timezone = self.timezone

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        hashtags: list[str] | Unset = UNSET
        if not isinstance(self.hashtags, Unset):
            hashtags = self.hashtags

        mentions: list[str] | Unset = UNSET
        if not isinstance(self.mentions, Unset):
            mentions = self.mentions

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        recycling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recycling, Unset):
            recycling = self.recycling.to_dict()

        recycled_from_post_id = self.recycled_from_post_id

        queued_from_profile = self.queued_from_profile

        queue_id = self.queue_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)
        created_at = as_sent(self.created_at, created_at, source_of(self).get("createdAt"))

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = format_datetime(self.updated_at)
        updated_at = as_sent(self.updated_at, updated_at, source_of(self).get("updatedAt"))

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if field_id is not None or "_id" in source:
            field_dict["_id"] = field_id
        if user_id is not None or "userId" in source:
            field_dict["userId"] = user_id
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
        if timezone is not None or "timezone" in source:
            field_dict["timezone"] = timezone
        if status is not None or "status" in source:
            field_dict["status"] = status
        if tags is not None or "tags" in source:
            field_dict["tags"] = tags
        if hashtags is not None or "hashtags" in source:
            field_dict["hashtags"] = hashtags
        if mentions is not None or "mentions" in source:
            field_dict["mentions"] = mentions
        if visibility is not None or "visibility" in source:
            field_dict["visibility"] = visibility
        if metadata is not None or "metadata" in source:
            field_dict["metadata"] = metadata
        if recycling is not None or "recycling" in source:
            field_dict["recycling"] = recycling
        if recycled_from_post_id is not None or "recycledFromPostId" in source:
            field_dict["recycledFromPostId"] = recycled_from_post_id
        if queued_from_profile is not None or "queuedFromProfile" in source:
            field_dict["queuedFromProfile"] = queued_from_profile
        if queue_id is not None or "queueId" in source:
            field_dict["queueId"] = queue_id
        if created_at is not None or "createdAt" in source:
            field_dict["createdAt"] = created_at
        if updated_at is not None or "updatedAt" in source:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        field_id = d.get("_id", UNSET)

        title = d.get("title", UNSET)

        content = d.get("content", UNSET)

        _scheduled_for = d.get("scheduledFor", UNSET)
        scheduled_for: datetime.datetime | Unset
        if _scheduled_for is None or _scheduled_for is UNSET:
            scheduled_for = UNSET
        else:
            scheduled_for = parse_datetime(_scheduled_for)

        timezone = d.get("timezone", UNSET)

        _status = d.get("status", UNSET)
        status: PostStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = parse_enum(PostStatus, _status)

        tags: list[str] | Unset = d.get("tags", UNSET)

        hashtags: list[str] | Unset = d.get("hashtags", UNSET)

        mentions: list[str] | Unset = d.get("mentions", UNSET)

        _visibility = d.get("visibility", UNSET)
        visibility: PostVisibility | Unset
        if _visibility is UNSET:
            visibility = UNSET
        else:
            visibility = parse_enum(PostVisibility, _visibility)

        recycled_from_post_id = d.get("recycledFromPostId", UNSET)

        queued_from_profile = d.get("queuedFromProfile", UNSET)

        queue_id = d.get("queueId", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        post = object.__new__(_Unhooked if cls is Post else cls)
        post.field_id = field_id
        post.title = title
        post.content = content
        post.scheduled_for = scheduled_for
        post.timezone = timezone
        post.status = status
        post.tags = tags
        post.hashtags = hashtags
        post.mentions = mentions
        post.visibility = visibility
        post.recycled_from_post_id = recycled_from_post_id
        post.queued_from_profile = queued_from_profile
        post.queue_id = queue_id
        post.created_at = created_at
        post.updated_at = updated_at
        if "userId" not in d:  # nothing to build later
            post.user_id = UNSET
        if "mediaItems" not in d:  # nothing to build later
            post.media_items = UNSET
        if "platforms" not in d:  # nothing to build later
            post.platforms = UNSET
        if "metadata" not in d:  # nothing to build later
            post.metadata = UNSET
        if "recycling" not in d:  # nothing to build later
            post.recycling = UNSET
        post._source = d
        post._changed = cls is not Post  # a subclass may set attributes unhooked
        if cls is not Post:  # a subclass's own fields, which __init__ would have set
            fill_defaults(post, Post)
        else:
            post.__class__ = cls
        return post

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


#: ``from_dict`` fills one of these, then makes it a Post (types.unhooked).
_Unhooked = unhooked(Post)


def _read_user_id(d: Mapping[str, Any]) -> str | Unset | User:
    _user_id = d.get("userId", UNSET)
    user_id: str | Unset | User
    if isinstance(_user_id, dict):
        try:
            user_id_type_1 = User.from_dict(_user_id)

            user_id = user_id_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            user_id = cast("str | Unset | User", _user_id)
    else:
        user_id = _user_id

    return user_id


def _read_media_items(d: Mapping[str, Any]) -> list[MediaItem] | Unset:
    _media_items = d.get("mediaItems", UNSET)
    media_items: list[MediaItem] | Unset = UNSET
    if _media_items is not UNSET:
        media_items = [MediaItem.from_dict(media_items_item_data) for media_items_item_data in _media_items]

    return media_items


def _read_platforms(d: Mapping[str, Any]) -> list[PlatformTarget] | Unset:
    _platforms = d.get("platforms", UNSET)
    platforms: list[PlatformTarget] | Unset = UNSET
    if _platforms is not UNSET:
        platforms = [PlatformTarget.from_dict(platforms_item_data) for platforms_item_data in _platforms]

    return platforms


def _read_metadata(d: Mapping[str, Any]) -> PostMetadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: PostMetadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = PostMetadata.from_dict(_metadata)

    return metadata


def _read_recycling(d: Mapping[str, Any]) -> RecyclingState | Unset:
    _recycling = d.get("recycling", UNSET)
    recycling: RecyclingState | Unset
    if _recycling is UNSET:
        recycling = UNSET
    else:
        recycling = RecyclingState.from_dict(_recycling)

    return recycling


Post._lazy_readers = lazy_readers(Post, globals(), _PROPERTY_NAMES)

from ..models.media_item import MediaItem
from ..models.platform_target import PlatformTarget
from ..models.post_metadata import PostMetadata
from ..models.recycling_state import RecyclingState
from ..models.user import User
