from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="AccountsListResponseStatusCounts")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "all",
        "disconnected",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class AccountsListResponseStatusCounts(Sourced):
    """Only with includeStatusCounts=true. Counts over every filter of the request except status.

    Attributes:
        all_ (int): Accounts matching the filters in any status.
        disconnected (int): Of those, the accounts that need reconnection.
    """

    all_: int
    disconnected: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def all(self) -> int:
        """``all_`` under its wire name, as the Late docs spell it."""
        return self.all_

    def to_dict(self) -> dict[str, Any]:
        all_ = self.all_

        disconnected = self.disconnected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "all": all_,
                "disconnected": disconnected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        all_ = d["all"]

        disconnected = d["disconnected"]

        accounts_list_response_status_counts = cls(
            all_,
            disconnected,
        )
        object.__setattr__(
            accounts_list_response_status_counts, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            accounts_list_response_status_counts.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return accounts_list_response_status_counts

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
