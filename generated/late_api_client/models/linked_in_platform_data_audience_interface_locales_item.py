from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="LinkedInPlatformDataAudienceInterfaceLocalesItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "language",
        "country",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class LinkedInPlatformDataAudienceInterfaceLocalesItem(Sourced):
    """
    Attributes:
        language (str): ISO 639-1, lowercase
        country (str): ISO 3166-1 alpha-2, uppercase
    """

    language: str
    country: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        language = d["language"]

        country = d["country"]

        linked_in_platform_data_audience_interface_locales_item = cls(
            language,
            country,
        )
        object.__setattr__(
            linked_in_platform_data_audience_interface_locales_item, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            linked_in_platform_data_audience_interface_locales_item.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return linked_in_platform_data_audience_interface_locales_item

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
