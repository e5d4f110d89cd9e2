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

T = TypeVar("T", bound="PostDeleteResponse")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "message",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PostDeleteResponse(Sourced):
    """
    Attributes:
        message (str | None):
    """

    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if message is not None or "message" in source:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        message = d.get("message", UNSET)

        post_delete_response = cls(
            message,
        )
        object.__setattr__(post_delete_response, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            post_delete_response.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return post_delete_response

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
