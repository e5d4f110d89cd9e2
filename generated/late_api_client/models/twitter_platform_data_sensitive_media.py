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

T = TypeVar("T", bound="TwitterPlatformDataSensitiveMedia")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "adultContent",
        "graphicViolence",
        "other",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class TwitterPlatformDataSensitiveMedia(Sourced):
    """Marks attached media with a sensitive-content warning. Applied to every media item in the post (requires media;
    ignored for text-only tweets). At least one flag must be true for the warning to be sent.

        Attributes:
            adult_content (bool | None): Content contains adult material.
            graphic_violence (bool | None): Content depicts graphic violence.
            other (bool | None): Content has other sensitive characteristics.
    """

    adult_content: bool | None = None
    graphic_violence: bool | None = None
    other: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def adultContent(self) -> bool | None:
        """``adult_content`` under its wire name, as the Late docs spell it."""
        return self.adult_content

    @property
    def graphicViolence(self) -> bool | None:
        """``graphic_violence`` under its wire name, as the Late docs spell it."""
        return self.graphic_violence

    def to_dict(self) -> dict[str, Any]:
        adult_content = self.adult_content

        graphic_violence = self.graphic_violence

        other = self.other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if adult_content is not None or "adultContent" in source:
            field_dict["adultContent"] = adult_content
        if graphic_violence is not None or "graphicViolence" in source:
            field_dict["graphicViolence"] = graphic_violence
        if other is not None or "other" in source:
            field_dict["other"] = other

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        adult_content = d.get("adultContent", UNSET)

        graphic_violence = d.get("graphicViolence", UNSET)

        other = d.get("other", UNSET)

        twitter_platform_data_sensitive_media = cls(
            adult_content,
            graphic_violence,
            other,
        )
        object.__setattr__(
            twitter_platform_data_sensitive_media, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            twitter_platform_data_sensitive_media.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return twitter_platform_data_sensitive_media

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
