from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snapchat_platform_data_content_type import SnapchatPlatformDataContentType
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="SnapchatPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "contentType",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class SnapchatPlatformData(Sourced):
    """Requires a Public Profile. Single media item only. Content types: story (ephemeral 24h), saved_story (permanent,
    title max 45 chars), spotlight (video, max 160 chars).

        Attributes:
            content_type (SnapchatPlatformDataContentType | None): Content type: story (ephemeral 24h, default), saved_story
                (permanent on Public Profile), spotlight (video feed) Default: SnapchatPlatformDataContentType.STORY.
    """

    content_type: SnapchatPlatformDataContentType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def contentType(self) -> SnapchatPlatformDataContentType | None:
        """``content_type`` under its wire name, as the Late docs spell it."""
        return self.content_type

    def to_dict(self) -> dict[str, Any]:
        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if content_type is not None or "contentType" in source:
            field_dict["contentType"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        _content_type = d.get("contentType", UNSET)
        content_type: SnapchatPlatformDataContentType | Unset
        if _content_type is UNSET:
            content_type = UNSET
        else:
            content_type = parse_enum(SnapchatPlatformDataContentType, _content_type)

        snapchat_platform_data = cls(
            content_type,
        )
        object.__setattr__(
            snapchat_platform_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            snapchat_platform_data.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return snapchat_platform_data

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
