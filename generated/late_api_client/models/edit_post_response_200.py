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

T = TypeVar("T", bound="EditPostResponse200")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "success",
        "id",
        "url",
        "message",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class EditPostResponse200(Sourced):
    """
    Attributes:
        success (bool | None):
        id (str | None): The platform post ID after the edit. X assigns a new ID; every other platform returns the
            original ID unchanged.
        url (str | None): URL of the edited post
        message (str | None):
    """

    success: bool | None = None
    id: str | None = None
    url: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        id = self.id

        url = self.url

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if success is not None or "success" in source:
            field_dict["success"] = success
        if id is not None or "id" in source:
            field_dict["id"] = id
        if url is not None or "url" in source:
            field_dict["url"] = url
        if message is not None or "message" in source:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        success = d.get("success", UNSET)

        id = d.get("id", UNSET)

        url = d.get("url", UNSET)

        message = d.get("message", UNSET)

        edit_post_response_200 = cls(
            success,
            id,
            url,
            message,
        )
        object.__setattr__(
            edit_post_response_200, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            edit_post_response_200.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return edit_post_response_200

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
