from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prepare_media_body_target import PrepareMediaBodyTarget
from ..types import (
    Sourced,
    parse_enum,
)

T = TypeVar("T", bound="PrepareMediaBody")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "url",
        "target",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PrepareMediaBody(Sourced):
    """
    Attributes:
        url (str): Public http(s) URL of the image or video. Example: https://example.com/clip.mov.
        target (PrepareMediaBodyTarget): Where the media will be published. `twitter`, `googlebusiness` and
            `youtube_thumbnail` take images only; `facebook_reel` takes videos only. Example: facebook_story.
    """

    url: str
    target: PrepareMediaBodyTarget
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        target = self.target.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        url = d["url"]

        target = parse_enum(PrepareMediaBodyTarget, d["target"])

        prepare_media_body = cls(
            url,
            target,
        )
        object.__setattr__(prepare_media_body, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            prepare_media_body.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return prepare_media_body

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
