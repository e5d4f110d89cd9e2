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

T = TypeVar("T", bound="PinPostResponse")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "success",
        "pinned",
        "platformPostId",
        "message",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PinPostResponse(Sourced):
    """
    Attributes:
        success (bool | None):
        pinned (bool | None): Whether the post is now pinned to the top of the Page.
        platform_post_id (str | None): The Facebook post ID that was changed.
        message (str | None):
    """

    success: bool | None = None
    pinned: bool | None = None
    platform_post_id: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def platformPostId(self) -> str | None:
        """``platform_post_id`` under its wire name, as the Late docs spell it."""
        return self.platform_post_id

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        pinned = self.pinned

        platform_post_id = self.platform_post_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if success is not None or "success" in source:
            field_dict["success"] = success
        if pinned is not None or "pinned" in source:
            field_dict["pinned"] = pinned
        if platform_post_id is not None or "platformPostId" in source:
            field_dict["platformPostId"] = platform_post_id
        if message is not None or "message" in source:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        success = d.get("success", UNSET)

        pinned = d.get("pinned", UNSET)

        platform_post_id = d.get("platformPostId", UNSET)

        message = d.get("message", UNSET)

        pin_post_response = cls(
            success,
            pinned,
            platform_post_id,
            message,
        )
        object.__setattr__(pin_post_response, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            pin_post_response.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return pin_post_response

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
