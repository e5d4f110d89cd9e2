from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="ErrorResponsePlatformError")


@_attrs_define(repr=False, getstate_setstate=False)
class ErrorResponsePlatformError(Sourced):
    """Raw error payload from the upstream platform, passed through verbatim so
    integrators can read provider-specific codes. For Meta this includes
    error_subcode, error_user_title, and error_user_msg.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        error_response_platform_error = cls()
        object.__setattr__(
            error_response_platform_error, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if d:
            error_response_platform_error.additional_properties = dict(d)

        return error_response_platform_error

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
