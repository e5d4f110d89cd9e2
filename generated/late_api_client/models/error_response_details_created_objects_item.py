from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_response_details_created_objects_item_cleanup import (
    ErrorResponseDetailsCreatedObjectsItemCleanup,
)
from ..models.error_response_details_created_objects_item_type import (
    ErrorResponseDetailsCreatedObjectsItemType,
)
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="ErrorResponseDetailsCreatedObjectsItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "cleanup",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class ErrorResponseDetailsCreatedObjectsItem(Sourced):
    """
    Attributes:
        type_ (ErrorResponseDetailsCreatedObjectsItemType | None):
        id (str | None): Meta object id; for `image` the image hash.
        cleanup (ErrorResponseDetailsCreatedObjectsItemCleanup | None): `deleted`: Zernio deleted it. `left_behind`:
            cleanup could not delete it (Meta refused the delete, or the delete hit a network error), so it still exists.
            `kept`: deliberately not deleted (image hashes are shared by every upload of the same file).
    """

    type_: ErrorResponseDetailsCreatedObjectsItemType | None = None
    id: str | None = None
    cleanup: ErrorResponseDetailsCreatedObjectsItemCleanup | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        id = self.id

        cleanup: str | Unset = UNSET
        if not isinstance(self.cleanup, Unset):
            cleanup = self.cleanup.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if type_ is not None or "type" in source:
            field_dict["type"] = type_
        if id is not None or "id" in source:
            field_dict["id"] = id
        if cleanup is not None or "cleanup" in source:
            field_dict["cleanup"] = cleanup

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        _type_ = d.get("type", UNSET)
        type_: ErrorResponseDetailsCreatedObjectsItemType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = parse_enum(ErrorResponseDetailsCreatedObjectsItemType, _type_)

        id = d.get("id", UNSET)

        _cleanup = d.get("cleanup", UNSET)
        cleanup: ErrorResponseDetailsCreatedObjectsItemCleanup | Unset
        if _cleanup is UNSET:
            cleanup = UNSET
        else:
            cleanup = parse_enum(ErrorResponseDetailsCreatedObjectsItemCleanup, _cleanup)

        error_response_details_created_objects_item = cls(
            type_,
            id,
            cleanup,
        )
        object.__setattr__(
            error_response_details_created_objects_item, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            error_response_details_created_objects_item.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return error_response_details_created_objects_item

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
