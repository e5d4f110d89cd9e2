from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_response_details_unconfirmed_write_type import (
    ErrorResponseDetailsUnconfirmedWriteType,
)
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="ErrorResponseDetailsUnconfirmedWrite")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "parentId",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class ErrorResponseDetailsUnconfirmedWrite(Sourced):
    """Meta ad create failures only, when Meta answered a create with a 5xx or dropped the connection and the object could
    not be looked up. Zernio did not retry it.

        Attributes:
            type_ (ErrorResponseDetailsUnconfirmedWriteType | None):
            parent_id (str | None): Where to look for it: the ad set for an ad, the campaign for an ad set, the ad account
                otherwise.
    """

    type_: ErrorResponseDetailsUnconfirmedWriteType | None = None
    parent_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def parentId(self) -> str | None:
        """``parent_id`` under its wire name, as the Late docs spell it."""
        return self.parent_id

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if type_ is not None or "type" in source:
            field_dict["type"] = type_
        if parent_id is not None or "parentId" in source:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        _type_ = d.get("type", UNSET)
        type_: ErrorResponseDetailsUnconfirmedWriteType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = parse_enum(ErrorResponseDetailsUnconfirmedWriteType, _type_)

        parent_id = d.get("parentId", UNSET)

        error_response_details_unconfirmed_write = cls(
            type_,
            parent_id,
        )
        object.__setattr__(
            error_response_details_unconfirmed_write, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            error_response_details_unconfirmed_write.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return error_response_details_unconfirmed_write

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
