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

T = TypeVar("T", bound="UpdatePostBodyPlatformsItem")

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
class UpdatePostBodyPlatformsItem(LazyFields):
    """
    Attributes:
        platform (str):  Example: twitter.
        account_id (str):
        custom_content (str | None): Platform-specific text override.
        custom_media (list[MediaItem] | None):
        scheduled_for (datetime.datetime | None): Optional per-platform scheduled time override. It is kept when a top-
            level scheduledFor is also sent, except a date sent back unchanged (same instant, or the same wall-clock time in
            the post's previous timezone) that matched the post scheduled time or is already past, which follows the new
            top-level scheduledFor.
        platform_specific_data (UpdatePostBodyPlatformsItemPlatformSpecificData | None): A <platform>Settings namespace
            (e.g. facebookSettings, tiktokSettings) omitted from the request is preserved from the stored post. Sending the
            key replaces the whole namespace; it is not deep-merged.
    """

    platform: str
    account_id: str
    custom_content: str | None = None
    custom_media: list[MediaItem] | None = None
    scheduled_for: datetime.datetime | None = None
    platform_specific_data: UpdatePostBodyPlatformsItemPlatformSpecificData | None = None
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
    def platformSpecificData(self) -> UpdatePostBodyPlatformsItemPlatformSpecificData | None:
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

        platform_specific_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_specific_data, Unset):
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

        update_post_body_platforms_item = object.__new__(
            _Unhooked if cls is UpdatePostBodyPlatformsItem else cls
        )
        update_post_body_platforms_item.platform = platform
        update_post_body_platforms_item.account_id = account_id
        update_post_body_platforms_item.custom_content = custom_content
        update_post_body_platforms_item.scheduled_for = scheduled_for
        if "customMedia" not in d:  # nothing to build later
            update_post_body_platforms_item.custom_media = UNSET
        if "platformSpecificData" not in d:  # nothing to build later
            update_post_body_platforms_item.platform_specific_data = UNSET
        update_post_body_platforms_item._source = d
        update_post_body_platforms_item._changed = (
            cls is not UpdatePostBodyPlatformsItem
        )  # a subclass may set attributes unhooked
        if cls is not UpdatePostBodyPlatformsItem:  # a subclass's own fields, which __init__ would have set
            fill_defaults(update_post_body_platforms_item, UpdatePostBodyPlatformsItem)
        else:
            update_post_body_platforms_item.__class__ = cls
        return update_post_body_platforms_item

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


#: ``from_dict`` fills one of these, then makes it a UpdatePostBodyPlatformsItem (types.unhooked).
_Unhooked = unhooked(UpdatePostBodyPlatformsItem)


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
) -> UpdatePostBodyPlatformsItemPlatformSpecificData | Unset:
    _platform_specific_data = d.get("platformSpecificData", UNSET)
    platform_specific_data: UpdatePostBodyPlatformsItemPlatformSpecificData | Unset
    if _platform_specific_data is UNSET:
        platform_specific_data = UNSET
    else:
        platform_specific_data = UpdatePostBodyPlatformsItemPlatformSpecificData.from_dict(
            _platform_specific_data
        )

    return platform_specific_data


UpdatePostBodyPlatformsItem._lazy_readers = lazy_readers(
    UpdatePostBodyPlatformsItem, globals(), _PROPERTY_NAMES
)

from ..models.media_item import MediaItem
from ..models.update_post_body_platforms_item_platform_specific_data import (
    UpdatePostBodyPlatformsItemPlatformSpecificData,
)
