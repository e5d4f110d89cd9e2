from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    fill_defaults,
    lazy_readers,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="CreatePostResponse429")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "error",
        "details",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class CreatePostResponse429(LazyFields):
    """
    Attributes:
        error (str | None):
        details (CreatePostResponse429Details | None): Additional context about the rate limit
    """

    error: str | None = None
    details: CreatePostResponse429Details | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        error = self.error

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if error is not None or "error" in source:
            field_dict["error"] = error
        if details is not None or "details" in source:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        error = d.get("error", UNSET)

        create_post_response_429 = object.__new__(_Unhooked if cls is CreatePostResponse429 else cls)
        create_post_response_429.error = error
        if "details" not in d:  # nothing to build later
            create_post_response_429.details = UNSET
        create_post_response_429._source = d
        create_post_response_429._changed = (
            cls is not CreatePostResponse429
        )  # a subclass may set attributes unhooked
        if cls is not CreatePostResponse429:  # a subclass's own fields, which __init__ would have set
            fill_defaults(create_post_response_429, CreatePostResponse429)
        else:
            create_post_response_429.__class__ = cls
        return create_post_response_429

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


#: ``from_dict`` fills one of these, then makes it a CreatePostResponse429 (types.unhooked).
_Unhooked = unhooked(CreatePostResponse429)


def _read_details(d: Mapping[str, Any]) -> CreatePostResponse429Details | Unset:
    _details = d.get("details", UNSET)
    details: CreatePostResponse429Details | Unset
    if _details is UNSET:
        details = UNSET
    else:
        details = CreatePostResponse429Details.from_dict(_details)

    return details


CreatePostResponse429._lazy_readers = lazy_readers(CreatePostResponse429, globals(), _PROPERTY_NAMES)

from ..models.create_post_response_429_details import CreatePostResponse429Details
