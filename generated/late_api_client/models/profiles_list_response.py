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

T = TypeVar("T", bound="ProfilesListResponse")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "profiles",
        "total",
        "skip",
        "limit",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class ProfilesListResponse(LazyFields):
    """
    Attributes:
        profiles (list[Profile] | None):
        total (int | None): Total matching profiles across all pages. Present only when limit or skip was passed.
        skip (int | None): Offset applied. Present only when limit or skip was passed.
        limit (int | None): Echo of the limit query param. Present only when it was passed.
    """

    profiles: list[Profile] | None = None
    total: int | None = None
    skip: int | None = None
    limit: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            profiles = []
            for profiles_item_data in self.profiles:
                profiles_item = profiles_item_data.to_dict()
                profiles.append(profiles_item)

        total = self.total

        skip = self.skip

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if profiles is not None or "profiles" in source:
            field_dict["profiles"] = profiles
        if total is not None or "total" in source:
            field_dict["total"] = total
        if skip is not None or "skip" in source:
            field_dict["skip"] = skip
        if limit is not None or "limit" in source:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        total = d.get("total", UNSET)

        skip = d.get("skip", UNSET)

        limit = d.get("limit", UNSET)

        profiles_list_response = object.__new__(_Unhooked if cls is ProfilesListResponse else cls)
        profiles_list_response.total = total
        profiles_list_response.skip = skip
        profiles_list_response.limit = limit
        if "profiles" not in d:  # nothing to build later
            profiles_list_response.profiles = UNSET
        profiles_list_response._source = d
        profiles_list_response._changed = (
            cls is not ProfilesListResponse
        )  # a subclass may set attributes unhooked
        if cls is not ProfilesListResponse:  # a subclass's own fields, which __init__ would have set
            fill_defaults(profiles_list_response, ProfilesListResponse)
        else:
            profiles_list_response.__class__ = cls
        return profiles_list_response

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


#: ``from_dict`` fills one of these, then makes it a ProfilesListResponse (types.unhooked).
_Unhooked = unhooked(ProfilesListResponse)


def _read_profiles(d: Mapping[str, Any]) -> list[Profile] | Unset:
    _profiles = d.get("profiles", UNSET)
    profiles: list[Profile] | Unset = UNSET
    if _profiles is not UNSET:
        profiles = [Profile.from_dict(profiles_item_data) for profiles_item_data in _profiles]

    return profiles


ProfilesListResponse._lazy_readers = lazy_readers(ProfilesListResponse, globals(), _PROPERTY_NAMES)

from ..models.profile import Profile
