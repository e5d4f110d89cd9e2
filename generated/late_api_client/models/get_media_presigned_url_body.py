from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_content_type import MediaContentType
from ..types import (
    UNSET,
    Sourced,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="GetMediaPresignedUrlBody")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "filename",
        "contentType",
        "size",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class GetMediaPresignedUrlBody(Sourced):
    """
    Attributes:
        filename (str): Name of the file to upload Example: my-video.mp4.
        content_type (MediaContentType): MIME type of the file to upload. Rejected with a 400 (INVALID_FIELD_VALUE on
            contentType) when it is not one of these values, so generic types such as application/octet-stream are not
            accepted here. Example: video/mp4.
        size (int | None): Optional file size in bytes for pre-validation (max 5GB) Example: 15234567.
    """

    filename: str
    content_type: MediaContentType
    size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def contentType(self) -> MediaContentType:
        """``content_type`` under its wire name, as the Late docs spell it."""
        return self.content_type

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        content_type = self.content_type.value

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "contentType": content_type,
            }
        )
        source = source_of(self)
        if size is not None or "size" in source:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        filename = d["filename"]

        content_type = parse_enum(MediaContentType, d["contentType"])

        size = d.get("size", UNSET)

        get_media_presigned_url_body = cls(
            filename,
            content_type,
            size,
        )
        object.__setattr__(
            get_media_presigned_url_body, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            get_media_presigned_url_body.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return get_media_presigned_url_body

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
