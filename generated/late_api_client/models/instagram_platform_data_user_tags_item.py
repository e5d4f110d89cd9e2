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

T = TypeVar("T", bound="InstagramPlatformDataUserTagsItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "username",
        "x",
        "y",
        "mediaIndex",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class InstagramPlatformDataUserTagsItem(Sourced):
    """
    Attributes:
        username (str): Instagram username (@ symbol is optional and will be removed automatically) Example:
            friend_username.
        x (float | None): X coordinate position from left edge (0.0 = left, 0.5 = center, 1.0 = right). Required for
            photos, ignored for Reels/videos, optional for stories. Example: 0.5.
        y (float | None): Y coordinate position from top edge (0.0 = top, 0.5 = center, 1.0 = bottom). Required for
            photos, ignored for Reels/videos, optional for stories. Example: 0.5.
        media_index (int | None): Zero-based index of the carousel item to tag. Defaults to 0. Tags on out-of-range
            indices are ignored. Example: 0.
    """

    username: str
    x: float | None = None
    y: float | None = None
    media_index: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def mediaIndex(self) -> int | None:
        """``media_index`` under its wire name, as the Late docs spell it."""
        return self.media_index

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        x = self.x

        y = self.y

        media_index = self.media_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        source = source_of(self)
        if x is not None or "x" in source:
            field_dict["x"] = x
        if y is not None or "y" in source:
            field_dict["y"] = y
        if media_index is not None or "mediaIndex" in source:
            field_dict["mediaIndex"] = media_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        username = d["username"]

        x = d.get("x", UNSET)

        y = d.get("y", UNSET)

        media_index = d.get("mediaIndex", UNSET)

        instagram_platform_data_user_tags_item = cls(
            username,
            x,
            y,
            media_index,
        )
        object.__setattr__(
            instagram_platform_data_user_tags_item, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            instagram_platform_data_user_tags_item.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return instagram_platform_data_user_tags_item

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
