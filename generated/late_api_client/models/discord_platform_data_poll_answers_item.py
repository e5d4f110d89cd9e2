from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    as_mapping,
    fill_defaults,
    lazy_readers,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="DiscordPlatformDataPollAnswersItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "poll_media",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class DiscordPlatformDataPollAnswersItem(LazyFields):
    """
    Attributes:
        poll_media (DiscordPlatformDataPollAnswersItemPollMedia | None):
    """

    poll_media: DiscordPlatformDataPollAnswersItemPollMedia | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        poll_media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poll_media, Unset):
            poll_media = self.poll_media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if poll_media is not None or "poll_media" in source:
            field_dict["poll_media"] = poll_media

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        discord_platform_data_poll_answers_item = object.__new__(
            _Unhooked if cls is DiscordPlatformDataPollAnswersItem else cls
        )
        if "poll_media" not in d:  # nothing to build later
            discord_platform_data_poll_answers_item.poll_media = UNSET
        discord_platform_data_poll_answers_item._source = as_mapping(d)
        discord_platform_data_poll_answers_item._changed = (
            cls is not DiscordPlatformDataPollAnswersItem
        )  # a subclass may set attributes unhooked
        if (
            cls is not DiscordPlatformDataPollAnswersItem
        ):  # a subclass's own fields, which __init__ would have set
            fill_defaults(discord_platform_data_poll_answers_item, DiscordPlatformDataPollAnswersItem)
        else:
            discord_platform_data_poll_answers_item.__class__ = cls
        return discord_platform_data_poll_answers_item

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


#: ``from_dict`` fills one of these, then makes it a DiscordPlatformDataPollAnswersItem (types.unhooked).
_Unhooked = unhooked(DiscordPlatformDataPollAnswersItem)


def _read_poll_media(d: Mapping[str, Any]) -> DiscordPlatformDataPollAnswersItemPollMedia | Unset:
    _poll_media = d.get("poll_media", UNSET)
    poll_media: DiscordPlatformDataPollAnswersItemPollMedia | Unset
    if _poll_media is UNSET:
        poll_media = UNSET
    else:
        poll_media = DiscordPlatformDataPollAnswersItemPollMedia.from_dict(_poll_media)

    return poll_media


DiscordPlatformDataPollAnswersItem._lazy_readers = lazy_readers(
    DiscordPlatformDataPollAnswersItem, globals(), _PROPERTY_NAMES
)

from ..models.discord_platform_data_poll_answers_item_poll_media import (
    DiscordPlatformDataPollAnswersItemPollMedia,
)
