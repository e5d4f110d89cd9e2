from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
    Sourced,
    Unset,
    source_of,
)

T = TypeVar("T", bound="UploadMediaDirectBody")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "file",
        "contentType",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class UploadMediaDirectBody(Sourced):
    """
    Attributes:
        file (File): The file to upload (about 4.5 MB at most in practice; use POST /v1/media/presign for larger files)
        content_type (str | None): Override MIME type (e.g. "image/jpeg"). Auto-detected from file if not provided.
    """

    file: File
    content_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def contentType(self) -> str | None:
        """``content_type`` under its wire name, as the Late docs spell it."""
        return self.content_type

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        source = source_of(self)
        if content_type is not None or "contentType" in source:
            field_dict["contentType"] = content_type

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.content_type, Unset):
            files.append(("contentType", (None, types.multipart_text(self.content_type), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, types.multipart_text(prop), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        file = File(payload=BytesIO(d["file"]))

        content_type = d.get("contentType", UNSET)

        upload_media_direct_body = cls(
            file,
            content_type,
        )
        object.__setattr__(
            upload_media_direct_body, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            upload_media_direct_body.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return upload_media_direct_body

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
