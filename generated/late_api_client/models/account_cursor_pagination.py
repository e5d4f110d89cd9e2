from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="AccountCursorPagination")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "limit",
        "nextCursor",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class AccountCursorPagination(Sourced):
    """
    Attributes:
        limit (int):
        next_cursor (None | str): Opaque cursor for the next page; pass it back as `cursor`. Null on the last page.
    """

    limit: int
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def nextCursor(self) -> None | str:
        """``next_cursor`` under its wire name, as the Late docs spell it."""
        return self.next_cursor

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "nextCursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        limit = d["limit"]

        next_cursor: None | str = d["nextCursor"]

        account_cursor_pagination = cls(
            limit,
            next_cursor,
        )
        object.__setattr__(
            account_cursor_pagination, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            account_cursor_pagination.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return account_cursor_pagination

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
