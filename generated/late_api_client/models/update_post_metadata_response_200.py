from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Sourced,
    Unset,
    source_of,
)

T = TypeVar("T", bound="UpdatePostMetadataResponse200")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "success",
        "message",
        "videoId",
        "updatedFields",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class UpdatePostMetadataResponse200(Sourced):
    """
    Attributes:
        success (bool | None):
        message (str | None):
        video_id (str | None): Only present in direct video ID mode
        updated_fields (list[str] | None):
    """

    success: bool | None = None
    message: str | None = None
    video_id: str | None = None
    updated_fields: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def videoId(self) -> str | None:
        """``video_id`` under its wire name, as the Late docs spell it."""
        return self.video_id

    @property
    def updatedFields(self) -> list[str] | None:
        """``updated_fields`` under its wire name, as the Late docs spell it."""
        return self.updated_fields

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        video_id = self.video_id

        updated_fields: list[str] | Unset = UNSET
        if not isinstance(self.updated_fields, Unset):
            updated_fields = self.updated_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if success is not None or "success" in source:
            field_dict["success"] = success
        if message is not None or "message" in source:
            field_dict["message"] = message
        if video_id is not None or "videoId" in source:
            field_dict["videoId"] = video_id
        if updated_fields is not None or "updatedFields" in source:
            field_dict["updatedFields"] = updated_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        success = d.get("success", UNSET)

        message = d.get("message", UNSET)

        video_id = d.get("videoId", UNSET)

        updated_fields: list[str] | Unset = d.get("updatedFields", UNSET)

        update_post_metadata_response_200 = cls(
            success,
            message,
            video_id,
            updated_fields,
        )
        object.__setattr__(
            update_post_metadata_response_200, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            update_post_metadata_response_200.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return update_post_metadata_response_200

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
