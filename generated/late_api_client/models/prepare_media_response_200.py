from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prepare_media_response_200_media_type import (
    PrepareMediaResponse200MediaType,
)
from ..types import (
    Sourced,
    parse_enum,
)

T = TypeVar("T", bound="PrepareMediaResponse200")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "target",
        "url",
        "changed",
        "mediaType",
        "originalSize",
        "outputSize",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PrepareMediaResponse200(Sourced):
    """
    Attributes:
        target (str):
        url (str): URL to publish: the prepared file, or the input URL when nothing needed to change.
        changed (bool): Whether the media was processed.
        media_type (PrepareMediaResponse200MediaType):
        original_size (int | None): Input size in bytes, null when the host does not report it.
        output_size (int | None): Size of the returned file in bytes.
    """

    target: str
    url: str
    changed: bool
    media_type: PrepareMediaResponse200MediaType
    original_size: int | None
    output_size: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def mediaType(self) -> PrepareMediaResponse200MediaType:
        """``media_type`` under its wire name, as the Late docs spell it."""
        return self.media_type

    @property
    def originalSize(self) -> int | None:
        """``original_size`` under its wire name, as the Late docs spell it."""
        return self.original_size

    @property
    def outputSize(self) -> int | None:
        """``output_size`` under its wire name, as the Late docs spell it."""
        return self.output_size

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        url = self.url

        changed = self.changed

        media_type = self.media_type.value

        original_size: int | None
        original_size = self.original_size

        output_size: int | None
        output_size = self.output_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "url": url,
                "changed": changed,
                "mediaType": media_type,
                "originalSize": original_size,
                "outputSize": output_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        target = d["target"]

        url = d["url"]

        changed = d["changed"]

        media_type = parse_enum(PrepareMediaResponse200MediaType, d["mediaType"])

        original_size: int | None = d["originalSize"]

        output_size: int | None = d["outputSize"]

        prepare_media_response_200 = cls(
            target,
            url,
            changed,
            media_type,
            original_size,
            output_size,
        )
        object.__setattr__(
            prepare_media_response_200, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            prepare_media_response_200.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return prepare_media_response_200

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
