from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_post_response_403_code import CreatePostResponse403Code
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="CreatePostResponse403")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "error",
        "code",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class CreatePostResponse403(Sourced):
    """
    Attributes:
        error (str | None):  Example: Account 6a0f6d2e520992756d96bb6c (facebook "My Page") is disconnected and cannot
            be posted to. Facebook tokens expired. Please reconnect your Facebook account. After reconnecting, refresh your
            account IDs from GET /v1/accounts..
        code (CreatePostResponse403Code | None): Stable machine-readable cause. Absent for ownership failures.
    """

    error: str | None = None
    code: CreatePostResponse403Code | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if error is not None or "error" in source:
            field_dict["error"] = error
        if code is not None or "code" in source:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        error = d.get("error", UNSET)

        _code = d.get("code", UNSET)
        code: CreatePostResponse403Code | Unset
        if _code is UNSET:
            code = UNSET
        else:
            code = parse_enum(CreatePostResponse403Code, _code)

        create_post_response_403 = cls(
            error,
            code,
        )
        object.__setattr__(
            create_post_response_403, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            create_post_response_403.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return create_post_response_403

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
