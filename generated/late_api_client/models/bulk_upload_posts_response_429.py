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

T = TypeVar("T", bound="BulkUploadPostsResponse429")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "error",
        "details",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class BulkUploadPostsResponse429(LazyFields):
    """
    Attributes:
        error (str | None):
        details (BulkUploadPostsResponse429Details | None):
    """

    error: str | None = None
    details: BulkUploadPostsResponse429Details | None = None
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

        bulk_upload_posts_response_429 = object.__new__(
            _Unhooked if cls is BulkUploadPostsResponse429 else cls
        )
        bulk_upload_posts_response_429.error = error
        if "details" not in d:  # nothing to build later
            bulk_upload_posts_response_429.details = UNSET
        bulk_upload_posts_response_429._source = d
        bulk_upload_posts_response_429._changed = (
            cls is not BulkUploadPostsResponse429
        )  # a subclass may set attributes unhooked
        if cls is not BulkUploadPostsResponse429:  # a subclass's own fields, which __init__ would have set
            fill_defaults(bulk_upload_posts_response_429, BulkUploadPostsResponse429)
        else:
            bulk_upload_posts_response_429.__class__ = cls
        return bulk_upload_posts_response_429

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


#: ``from_dict`` fills one of these, then makes it a BulkUploadPostsResponse429 (types.unhooked).
_Unhooked = unhooked(BulkUploadPostsResponse429)


def _read_details(d: Mapping[str, Any]) -> BulkUploadPostsResponse429Details | Unset:
    _details = d.get("details", UNSET)
    details: BulkUploadPostsResponse429Details | Unset
    if _details is UNSET:
        details = UNSET
    else:
        details = BulkUploadPostsResponse429Details.from_dict(_details)

    return details


BulkUploadPostsResponse429._lazy_readers = lazy_readers(
    BulkUploadPostsResponse429, globals(), _PROPERTY_NAMES
)

from ..models.bulk_upload_posts_response_429_details import (
    BulkUploadPostsResponse429Details,
)
