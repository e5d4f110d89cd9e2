from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="CreatePostResponse429Details")


@_attrs_define(repr=False, getstate_setstate=False)
class CreatePostResponse429Details(Sourced):
    """Additional context about the rate limit"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        create_post_response_429_details = cls()
        object.__setattr__(
            create_post_response_429_details, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if d:
            create_post_response_429_details.additional_properties = dict(d)

        return create_post_response_429_details

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
