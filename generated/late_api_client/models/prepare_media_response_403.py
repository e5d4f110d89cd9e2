from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prepare_media_response_403_code import PrepareMediaResponse403Code
from ..models.prepare_media_response_403_required_group import (
    PrepareMediaResponse403RequiredGroup,
)
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="PrepareMediaResponse403")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "error",
        "code",
        "required_group",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PrepareMediaResponse403(Sourced):
    """
    Attributes:
        error (str | None):  Example: This API key has the 'messages' resource group disabled. GET
            /api/v1/inbox/conversations requires it. Create a key with 'messages' enabled in the dashboard API keys tab..
        code (PrepareMediaResponse403Code | None):
        required_group (PrepareMediaResponse403RequiredGroup | None): The resource group the key needs for this
            operation. Absent on admin-plane and unclassified-path denials.
    """

    error: str | None = None
    code: PrepareMediaResponse403Code | None = None
    required_group: PrepareMediaResponse403RequiredGroup | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        required_group: str | Unset = UNSET
        if not isinstance(self.required_group, Unset):
            required_group = self.required_group.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if error is not None or "error" in source:
            field_dict["error"] = error
        if code is not None or "code" in source:
            field_dict["code"] = code
        if required_group is not None or "required_group" in source:
            field_dict["required_group"] = required_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        error = d.get("error", UNSET)

        _code = d.get("code", UNSET)
        code: PrepareMediaResponse403Code | Unset
        if _code is UNSET:
            code = UNSET
        else:
            code = parse_enum(PrepareMediaResponse403Code, _code)

        _required_group = d.get("required_group", UNSET)
        required_group: PrepareMediaResponse403RequiredGroup | Unset
        if _required_group is UNSET:
            required_group = UNSET
        else:
            required_group = parse_enum(PrepareMediaResponse403RequiredGroup, _required_group)

        prepare_media_response_403 = cls(
            error,
            code,
            required_group,
        )
        object.__setattr__(
            prepare_media_response_403, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            prepare_media_response_403.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return prepare_media_response_403

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
