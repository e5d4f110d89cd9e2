from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.google_business_platform_data_call_to_action_type import (
    GoogleBusinessPlatformDataCallToActionType,
)
from ..types import (
    Sourced,
    parse_enum,
)

T = TypeVar("T", bound="GoogleBusinessPlatformDataCallToAction")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "url",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class GoogleBusinessPlatformDataCallToAction(Sourced):
    """Optional call-to-action button displayed on the post

    Attributes:
        type_ (GoogleBusinessPlatformDataCallToActionType): Button action type: LEARN_MORE, BOOK, ORDER, SHOP, SIGN_UP,
            CALL
        url (str): Destination URL for the CTA button (required when callToAction is provided)
    """

    type_: GoogleBusinessPlatformDataCallToActionType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        type_ = parse_enum(GoogleBusinessPlatformDataCallToActionType, d["type"])

        url = d["url"]

        google_business_platform_data_call_to_action = cls(
            type_,
            url,
        )
        object.__setattr__(
            google_business_platform_data_call_to_action, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            google_business_platform_data_call_to_action.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return google_business_platform_data_call_to_action

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
