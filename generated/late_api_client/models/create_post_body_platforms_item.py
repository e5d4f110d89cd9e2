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
    read_all,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="CreatePostBodyPlatformsItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "platform",
        "accountId",
        "customContent",
        "customMedia",
        "scheduledFor",
        "platformSpecificData",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class CreatePostBodyPlatformsItem(LazyFields):
    """
    Attributes:
        platform (str):  Example: twitter.
        account_id (str):
        custom_content (str | None): Platform-specific text override. When set, this content is used instead of the top-
            level post content for this platform. Useful for tailoring captions per platform (e.g. keeping tweets under 280
            characters).
        custom_media (list[MediaItem] | None):
        scheduled_for (datetime.datetime | None): Optional per-platform scheduled time override. When omitted, the top-
            level scheduledFor is used.
        platform_specific_data (BlueskyPlatformData | DiscordPlatformData | FacebookPlatformData |
            GoogleBusinessPlatformData | InstagramPlatformData | LinkedInPlatformData | PinterestPlatformData |
            RedditPlatformData | SlackPlatformData | SnapchatPlatformData | TelegramPlatformData | ThreadsPlatformData |
            TikTokPlatformData | TwitterPlatformData | None | YouTubePlatformData):
    """

    platform: str
    account_id: str
    custom_content: str | None = None
    custom_media: list[MediaItem] | None = None
    scheduled_for: datetime.datetime | None = None
    platform_specific_data: (
        BlueskyPlatformData
        | DiscordPlatformData
        | FacebookPlatformData
        | GoogleBusinessPlatformData
        | InstagramPlatformData
        | LinkedInPlatformData
        | PinterestPlatformData
        | RedditPlatformData
        | SlackPlatformData
        | SnapchatPlatformData
        | TelegramPlatformData
        | ThreadsPlatformData
        | TikTokPlatformData
        | TwitterPlatformData
        | YouTubePlatformData
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def accountId(self) -> str:
        """``account_id`` under its wire name, as the Late docs spell it."""
        return self.account_id

    @property
    def customContent(self) -> str | None:
        """``custom_content`` under its wire name, as the Late docs spell it."""
        return self.custom_content

    @property
    def customMedia(self) -> list[MediaItem] | None:
        """``custom_media`` under its wire name, as the Late docs spell it."""
        return self.custom_media

    @property
    def scheduledFor(self) -> datetime.datetime | None:
        """``scheduled_for`` under its wire name, as the Late docs spell it."""
        return self.scheduled_for

    @property
    def platformSpecificData(
        self,
    ) -> (
        BlueskyPlatformData
        | DiscordPlatformData
        | FacebookPlatformData
        | GoogleBusinessPlatformData
        | InstagramPlatformData
        | LinkedInPlatformData
        | PinterestPlatformData
        | RedditPlatformData
        | SlackPlatformData
        | SnapchatPlatformData
        | TelegramPlatformData
        | ThreadsPlatformData
        | TikTokPlatformData
        | TwitterPlatformData
        | YouTubePlatformData
        | None
    ):
        """``platform_specific_data`` under its wire name, as the Late docs spell it."""
        return self.platform_specific_data

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        platform = self.platform

        account_id = self.account_id

        custom_content = self.custom_content

        custom_media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_media, Unset):
            custom_media = []
            for custom_media_item_data in self.custom_media:
                custom_media_item = custom_media_item_data.to_dict()
                custom_media.append(custom_media_item)

        scheduled_for: str | Unset = UNSET
        if not isinstance(self.scheduled_for, Unset):
            scheduled_for = format_datetime(self.scheduled_for)
        scheduled_for = as_sent(self.scheduled_for, scheduled_for, source_of(self).get("scheduledFor"))

        platform_specific_data: dict[str, Any] | Unset
        if isinstance(self.platform_specific_data, Unset):
            platform_specific_data = UNSET
        elif (
            isinstance(self.platform_specific_data, TwitterPlatformData)
            or isinstance(self.platform_specific_data, ThreadsPlatformData)
            or isinstance(self.platform_specific_data, FacebookPlatformData)
            or isinstance(self.platform_specific_data, InstagramPlatformData)
            or isinstance(self.platform_specific_data, LinkedInPlatformData)
            or isinstance(self.platform_specific_data, PinterestPlatformData)
            or isinstance(self.platform_specific_data, YouTubePlatformData)
            or isinstance(self.platform_specific_data, GoogleBusinessPlatformData)
            or isinstance(self.platform_specific_data, TikTokPlatformData)
            or isinstance(self.platform_specific_data, TelegramPlatformData)
            or isinstance(self.platform_specific_data, SnapchatPlatformData)
            or isinstance(self.platform_specific_data, RedditPlatformData)
            or isinstance(self.platform_specific_data, BlueskyPlatformData)
            or isinstance(self.platform_specific_data, DiscordPlatformData)
        ):
            platform_specific_data = self.platform_specific_data.to_dict()
        else:
            platform_specific_data = self.platform_specific_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "accountId": account_id,
            }
        )
        source = source_of(self)
        if custom_content is not None or "customContent" in source:
            field_dict["customContent"] = custom_content
        if custom_media is not None or "customMedia" in source:
            field_dict["customMedia"] = custom_media
        if scheduled_for is not None or "scheduledFor" in source:
            field_dict["scheduledFor"] = scheduled_for
        if platform_specific_data is not None or "platformSpecificData" in source:
            field_dict["platformSpecificData"] = platform_specific_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        platform = d["platform"]

        account_id = d["accountId"]

        custom_content = d.get("customContent", UNSET)

        _scheduled_for = d.get("scheduledFor", UNSET)
        scheduled_for: datetime.datetime | Unset
        if _scheduled_for is None or _scheduled_for is UNSET:
            scheduled_for = UNSET
        else:
            scheduled_for = parse_datetime(_scheduled_for)

        create_post_body_platforms_item = object.__new__(
            _Unhooked if cls is CreatePostBodyPlatformsItem else cls
        )
        create_post_body_platforms_item.platform = platform
        create_post_body_platforms_item.account_id = account_id
        create_post_body_platforms_item.custom_content = custom_content
        create_post_body_platforms_item.scheduled_for = scheduled_for
        if "customMedia" not in d:  # nothing to build later
            create_post_body_platforms_item.custom_media = UNSET
        if "platformSpecificData" not in d:  # nothing to build later
            create_post_body_platforms_item.platform_specific_data = UNSET
        create_post_body_platforms_item._source = d
        create_post_body_platforms_item._changed = (
            cls is not CreatePostBodyPlatformsItem
        )  # a subclass may set attributes unhooked
        if cls is not CreatePostBodyPlatformsItem:  # a subclass's own fields, which __init__ would have set
            fill_defaults(create_post_body_platforms_item, CreatePostBodyPlatformsItem)
        else:
            create_post_body_platforms_item.__class__ = cls
        return create_post_body_platforms_item

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


#: ``from_dict`` fills one of these, then makes it a CreatePostBodyPlatformsItem (types.unhooked).
_Unhooked = unhooked(CreatePostBodyPlatformsItem)


def _read_custom_media(d: Mapping[str, Any]) -> list[MediaItem] | Unset:
    _custom_media = d.get("customMedia", UNSET)
    custom_media: list[MediaItem] | Unset = UNSET
    if _custom_media is not UNSET:
        custom_media = [
            MediaItem.from_dict(custom_media_item_data) for custom_media_item_data in _custom_media
        ]

    return custom_media


def _read_platform_specific_data(
    d: Mapping[str, Any],
) -> (
    BlueskyPlatformData
    | DiscordPlatformData
    | FacebookPlatformData
    | GoogleBusinessPlatformData
    | InstagramPlatformData
    | LinkedInPlatformData
    | PinterestPlatformData
    | RedditPlatformData
    | SlackPlatformData
    | SnapchatPlatformData
    | TelegramPlatformData
    | ThreadsPlatformData
    | TikTokPlatformData
    | TwitterPlatformData
    | Unset
    | YouTubePlatformData
):
    def _parse_platform_specific_data(
        data: object,
    ) -> (
        BlueskyPlatformData
        | DiscordPlatformData
        | FacebookPlatformData
        | GoogleBusinessPlatformData
        | InstagramPlatformData
        | LinkedInPlatformData
        | PinterestPlatformData
        | RedditPlatformData
        | SlackPlatformData
        | SnapchatPlatformData
        | TelegramPlatformData
        | ThreadsPlatformData
        | TikTokPlatformData
        | TwitterPlatformData
        | Unset
        | YouTubePlatformData
    ):
        if isinstance(data, Unset):
            return data
        if isinstance(data, dict):
            try:
                platform_specific_data_type_0 = TwitterPlatformData.from_dict(data)

                read_all(platform_specific_data_type_0)
                return platform_specific_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_1 = ThreadsPlatformData.from_dict(data)

                read_all(platform_specific_data_type_1)
                return platform_specific_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_2 = FacebookPlatformData.from_dict(data)

                read_all(platform_specific_data_type_2)
                return platform_specific_data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_3 = InstagramPlatformData.from_dict(data)

                read_all(platform_specific_data_type_3)
                return platform_specific_data_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_4 = LinkedInPlatformData.from_dict(data)

                read_all(platform_specific_data_type_4)
                return platform_specific_data_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_5 = PinterestPlatformData.from_dict(data)

                read_all(platform_specific_data_type_5)
                return platform_specific_data_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_6 = YouTubePlatformData.from_dict(data)

                read_all(platform_specific_data_type_6)
                return platform_specific_data_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_7 = GoogleBusinessPlatformData.from_dict(data)

                read_all(platform_specific_data_type_7)
                return platform_specific_data_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_8 = TikTokPlatformData.from_dict(data)

                read_all(platform_specific_data_type_8)
                return platform_specific_data_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_9 = TelegramPlatformData.from_dict(data)

                read_all(platform_specific_data_type_9)
                return platform_specific_data_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_10 = SnapchatPlatformData.from_dict(data)

                read_all(platform_specific_data_type_10)
                return platform_specific_data_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_11 = RedditPlatformData.from_dict(data)

                read_all(platform_specific_data_type_11)
                return platform_specific_data_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_12 = BlueskyPlatformData.from_dict(data)

                read_all(platform_specific_data_type_12)
                return platform_specific_data_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if isinstance(data, dict):
            try:
                platform_specific_data_type_13 = DiscordPlatformData.from_dict(data)

                read_all(platform_specific_data_type_13)
                return platform_specific_data_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not isinstance(data, dict):
            raise TypeError()
        platform_specific_data_type_14 = SlackPlatformData.from_dict(data)

        read_all(platform_specific_data_type_14)
        return platform_specific_data_type_14

    platform_specific_data = _parse_platform_specific_data(d.get("platformSpecificData", UNSET))

    return platform_specific_data


CreatePostBodyPlatformsItem._lazy_readers = lazy_readers(
    CreatePostBodyPlatformsItem, globals(), _PROPERTY_NAMES
)

from ..models.bluesky_platform_data import BlueskyPlatformData
from ..models.discord_platform_data import DiscordPlatformData
from ..models.facebook_platform_data import FacebookPlatformData
from ..models.google_business_platform_data import GoogleBusinessPlatformData
from ..models.instagram_platform_data import InstagramPlatformData
from ..models.linked_in_platform_data import LinkedInPlatformData
from ..models.media_item import MediaItem
from ..models.pinterest_platform_data import PinterestPlatformData
from ..models.reddit_platform_data import RedditPlatformData
from ..models.slack_platform_data import SlackPlatformData
from ..models.snapchat_platform_data import SnapchatPlatformData
from ..models.telegram_platform_data import TelegramPlatformData
from ..models.threads_platform_data import ThreadsPlatformData
from ..models.tik_tok_platform_data import TikTokPlatformData
from ..models.twitter_platform_data import TwitterPlatformData
from ..models.you_tube_platform_data import YouTubePlatformData
