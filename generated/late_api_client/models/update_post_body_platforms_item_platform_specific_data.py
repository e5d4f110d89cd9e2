from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="UpdatePostBodyPlatformsItemPlatformSpecificData")


@_attrs_define(repr=False, getstate_setstate=False)
class UpdatePostBodyPlatformsItemPlatformSpecificData(Sourced):
    """A <platform>Settings namespace (e.g. facebookSettings, tiktokSettings) omitted from the request is preserved from
    the stored post. Sending the key replaces the whole namespace; it is not deep-merged.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        update_post_body_platforms_item_platform_specific_data = cls()
        object.__setattr__(
            update_post_body_platforms_item_platform_specific_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if d:
            update_post_body_platforms_item_platform_specific_data.additional_properties = dict(d)

        return update_post_body_platforms_item_platform_specific_data

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
