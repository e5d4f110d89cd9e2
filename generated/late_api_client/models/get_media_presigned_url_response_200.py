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

T = TypeVar("T", bound="GetMediaPresignedUrlResponse200")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "uploadUrl",
        "publicUrl",
        "key",
        "expiresIn",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class GetMediaPresignedUrlResponse200(Sourced):
    """
    Attributes:
        upload_url (str | None): Presigned URL to PUT your file to (expires in 1 hour)
        public_url (str | None): Public URL where the file will be accessible after upload
        key (str | None): Storage key/path of the file
        expires_in (int | None): Seconds until the presigned uploadUrl expires (always 3600)
    """

    upload_url: str | None = None
    public_url: str | None = None
    key: str | None = None
    expires_in: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def uploadUrl(self) -> str | None:
        """``upload_url`` under its wire name, as the Late docs spell it."""
        return self.upload_url

    @property
    def publicUrl(self) -> str | None:
        """``public_url`` under its wire name, as the Late docs spell it."""
        return self.public_url

    @property
    def expiresIn(self) -> int | None:
        """``expires_in`` under its wire name, as the Late docs spell it."""
        return self.expires_in

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        public_url = self.public_url

        key = self.key

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if upload_url is not None or "uploadUrl" in source:
            field_dict["uploadUrl"] = upload_url
        if public_url is not None or "publicUrl" in source:
            field_dict["publicUrl"] = public_url
        if key is not None or "key" in source:
            field_dict["key"] = key
        if expires_in is not None or "expiresIn" in source:
            field_dict["expiresIn"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        upload_url = d.get("uploadUrl", UNSET)

        public_url = d.get("publicUrl", UNSET)

        key = d.get("key", UNSET)

        expires_in = d.get("expiresIn", UNSET)

        get_media_presigned_url_response_200 = cls(
            upload_url,
            public_url,
            key,
            expires_in,
        )
        object.__setattr__(
            get_media_presigned_url_response_200, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            get_media_presigned_url_response_200.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return get_media_presigned_url_response_200

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
