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

T = TypeVar("T", bound="BulkUploadResultResultsItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "rowIndex",
        "ok",
        "createdPostId",
        "errors",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class BulkUploadResultResultsItem(Sourced):
    """
    Attributes:
        row_index (int | None): 1-based index of the CSV data row (header excluded)
        ok (bool | None): Whether the row was created successfully
        created_post_id (str | None): ID of the created post. Present only when `ok` is true and not a dry run.
        errors (list[str] | None): Machine-readable failure codes for this row. Present only when `ok` is false.
            Examples: `unknown_profile:<id>`, `no_account_for_platform:<platform>`,
            `schedule_time_missing`, `rate_limited:<platform>:@<username>:<remaining>`.
    """

    row_index: int | None = None
    ok: bool | None = None
    created_post_id: str | None = None
    errors: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rowIndex(self) -> int | None:
        """``row_index`` under its wire name, as the Late docs spell it."""
        return self.row_index

    @property
    def createdPostId(self) -> str | None:
        """``created_post_id`` under its wire name, as the Late docs spell it."""
        return self.created_post_id

    def to_dict(self) -> dict[str, Any]:
        row_index = self.row_index

        ok = self.ok

        created_post_id = self.created_post_id

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if row_index is not None or "rowIndex" in source:
            field_dict["rowIndex"] = row_index
        if ok is not None or "ok" in source:
            field_dict["ok"] = ok
        if created_post_id is not None or "createdPostId" in source:
            field_dict["createdPostId"] = created_post_id
        if errors is not None or "errors" in source:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        row_index = d.get("rowIndex", UNSET)

        ok = d.get("ok", UNSET)

        created_post_id = d.get("createdPostId", UNSET)

        errors: list[str] | Unset = d.get("errors", UNSET)

        bulk_upload_result_results_item = cls(
            row_index,
            ok,
            created_post_id,
            errors,
        )
        object.__setattr__(
            bulk_upload_result_results_item, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            bulk_upload_result_results_item.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return bulk_upload_result_results_item

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
