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

T = TypeVar("T", bound="FacebookSettingsCarouselCardsItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "link",
        "name",
        "description",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class FacebookSettingsCarouselCardsItem(Sourced):
    """
    Attributes:
        link (str): Per-card click destination (required).
        name (str | None): Per-card headline (optional, ~35-char display).
        description (str | None): Per-card subhead (optional, ~30-char display).
    """

    link: str
    name: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = self.link

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link": link,
            }
        )
        source = source_of(self)
        if name is not None or "name" in source:
            field_dict["name"] = name
        if description is not None or "description" in source:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        link = d["link"]

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        facebook_settings_carousel_cards_item = cls(
            link,
            name,
            description,
        )
        object.__setattr__(
            facebook_settings_carousel_cards_item, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            facebook_settings_carousel_cards_item.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return facebook_settings_carousel_cards_item

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
