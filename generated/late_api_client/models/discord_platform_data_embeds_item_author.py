from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Sourced,
    source_of,
)

T = TypeVar("T", bound="DiscordPlatformDataEmbedsItemAuthor")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "url",
        "icon_url",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class DiscordPlatformDataEmbedsItemAuthor(Sourced):
    """
    Attributes:
        name (str | None): Author name (max 256 chars)
        url (str | None):
        icon_url (str | None):
    """

    name: str | None = None
    url: str | None = None
    icon_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        icon_url = self.icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if name is not None or "name" in source:
            field_dict["name"] = name
        if url is not None or "url" in source:
            field_dict["url"] = url
        if icon_url is not None or "icon_url" in source:
            field_dict["icon_url"] = icon_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        name = d.get("name", UNSET)

        url = d.get("url", UNSET)

        icon_url = d.get("icon_url", UNSET)

        discord_platform_data_embeds_item_author = cls(
            name,
            url,
            icon_url,
        )
        object.__setattr__(
            discord_platform_data_embeds_item_author, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            discord_platform_data_embeds_item_author.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return discord_platform_data_embeds_item_author

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
