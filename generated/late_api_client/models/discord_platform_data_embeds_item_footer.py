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

T = TypeVar("T", bound="DiscordPlatformDataEmbedsItemFooter")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "text",
        "icon_url",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class DiscordPlatformDataEmbedsItemFooter(Sourced):
    """
    Attributes:
        text (str | None): Footer text (max 2,048 chars)
        icon_url (str | None):
    """

    text: str | None = None
    icon_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        icon_url = self.icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if text is not None or "text" in source:
            field_dict["text"] = text
        if icon_url is not None or "icon_url" in source:
            field_dict["icon_url"] = icon_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        text = d.get("text", UNSET)

        icon_url = d.get("icon_url", UNSET)

        discord_platform_data_embeds_item_footer = cls(
            text,
            icon_url,
        )
        object.__setattr__(
            discord_platform_data_embeds_item_footer, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            discord_platform_data_embeds_item_footer.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return discord_platform_data_embeds_item_footer

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
