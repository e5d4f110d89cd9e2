from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="AccountsListResponseProfileTotals")


@_attrs_define(repr=False, getstate_setstate=False)
class AccountsListResponseProfileTotals(Sourced):
    """Only with profileIds and perProfile. Accounts matching the filters per profile ID; a profile with none is absent."""

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        accounts_list_response_profile_totals = cls()
        object.__setattr__(
            accounts_list_response_profile_totals, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if d:
            accounts_list_response_profile_totals.additional_properties = dict(d)

        return accounts_list_response_profile_totals

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
