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

T = TypeVar("T", bound="UploadMediaDirectResponse200")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "url",
        "filename",
        "contentType",
        "size",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class UploadMediaDirectResponse200(Sourced):
    """
    Attributes:
        url (str | None): Publicly accessible URL for the uploaded file
        filename (str | None): Generated unique filename
        content_type (str | None): MIME type of the file
        size (int | None): File size in bytes
    """

    url: str | None = None
    filename: str | None = None
    content_type: str | None = None
    size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def contentType(self) -> str | None:
        """``content_type`` under its wire name, as the Late docs spell it."""
        return self.content_type

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        filename = self.filename

        content_type = self.content_type

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if url is not None or "url" in source:
            field_dict["url"] = url
        if filename is not None or "filename" in source:
            field_dict["filename"] = filename
        if content_type is not None or "contentType" in source:
            field_dict["contentType"] = content_type
        if size is not None or "size" in source:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        url = d.get("url", UNSET)

        filename = d.get("filename", UNSET)

        content_type = d.get("contentType", UNSET)

        size = d.get("size", UNSET)

        upload_media_direct_response_200 = cls(
            url,
            filename,
            content_type,
            size,
        )
        object.__setattr__(
            upload_media_direct_response_200, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            upload_media_direct_response_200.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return upload_media_direct_response_200

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
