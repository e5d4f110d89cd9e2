from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Sourced,
    Unset,
    source_of,
)

T = TypeVar("T", bound="PostsListResponsePagination")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "page",
        "limit",
        "total",
        "pages",
        "nextCursor",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PostsListResponsePagination(Sourced):
    """
    Attributes:
        page (int | None):
        limit (int | None):
        total (int | None):
        pages (int | None):
        next_cursor (None | str | None): Cursor for the next page in the same sortBy order. Send it back as `cursor`.
            Null on the last page, and always null for `sortBy=status` or `sortBy=platform`. Absent for `source=external`.
    """

    page: int | None = None
    limit: int | None = None
    total: int | None = None
    pages: int | None = None
    next_cursor: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def nextCursor(self) -> None | str:
        """``next_cursor`` under its wire name, as the Late docs spell it."""
        return self.next_cursor

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        total = self.total

        pages = self.pages

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if page is not None or "page" in source:
            field_dict["page"] = page
        if limit is not None or "limit" in source:
            field_dict["limit"] = limit
        if total is not None or "total" in source:
            field_dict["total"] = total
        if pages is not None or "pages" in source:
            field_dict["pages"] = pages
        if next_cursor is not None or "nextCursor" in source:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        page = d.get("page", UNSET)

        limit = d.get("limit", UNSET)

        total = d.get("total", UNSET)

        pages = d.get("pages", UNSET)

        next_cursor: None | str | Unset = d.get("nextCursor", UNSET)

        posts_list_response_pagination = cls(
            page,
            limit,
            total,
            pages,
            next_cursor,
        )
        object.__setattr__(
            posts_list_response_pagination, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            posts_list_response_pagination.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return posts_list_response_pagination

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
