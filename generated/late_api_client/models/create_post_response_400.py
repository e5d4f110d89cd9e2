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

T = TypeVar("T", bound="CreatePostResponse400")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "error",
        "code",
        "details",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class CreatePostResponse400(LazyFields):
    """
    Attributes:
        error (str | None):
        code (str | None):
        details (CreatePostResponse400Details | None):
    """

    error: str | None = None
    code: str | None = None
    details: CreatePostResponse400Details | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        error = self.error

        code = self.code

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if error is not None or "error" in source:
            field_dict["error"] = error
        if code is not None or "code" in source:
            field_dict["code"] = code
        if details is not None or "details" in source:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        error = d.get("error", UNSET)

        code = d.get("code", UNSET)

        create_post_response_400 = object.__new__(_Unhooked if cls is CreatePostResponse400 else cls)
        create_post_response_400.error = error
        create_post_response_400.code = code
        if "details" not in d:  # nothing to build later
            create_post_response_400.details = UNSET
        create_post_response_400._source = d
        create_post_response_400._changed = (
            cls is not CreatePostResponse400
        )  # a subclass may set attributes unhooked
        if cls is not CreatePostResponse400:  # a subclass's own fields, which __init__ would have set
            fill_defaults(create_post_response_400, CreatePostResponse400)
        else:
            create_post_response_400.__class__ = cls
        return create_post_response_400

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


#: ``from_dict`` fills one of these, then makes it a CreatePostResponse400 (types.unhooked).
_Unhooked = unhooked(CreatePostResponse400)


def _read_details(d: Mapping[str, Any]) -> CreatePostResponse400Details | Unset:
    _details = d.get("details", UNSET)
    details: CreatePostResponse400Details | Unset
    if _details is UNSET:
        details = UNSET
    else:
        details = CreatePostResponse400Details.from_dict(_details)

    return details


CreatePostResponse400._lazy_readers = lazy_readers(CreatePostResponse400, globals(), _PROPERTY_NAMES)

from ..models.create_post_response_400_details import CreatePostResponse400Details
