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

T = TypeVar("T", bound="BulkUploadResult")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "total",
        "valid",
        "invalid",
        "results",
        "warnings",
        "rateLimitedAccounts",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class BulkUploadResult(LazyFields):
    """Result of a CSV bulk upload. The same shape is returned for `200` (all rows
    succeeded or all failed) and `207` (mixed). Per-row outcomes live in `results`;
    the row's success is `ok`, and failures carry machine-readable codes in `errors`.

        Attributes:
            total (int | None): Number of data rows processed from the CSV
            valid (int | None): Count of rows that succeeded (results[].ok === true)
            invalid (int | None): Count of rows that failed (total - valid)
            results (list[BulkUploadResultResultsItem] | None): One entry per CSV data row, in row order.
            warnings (list[str] | None): Top-level advisory warnings, e.g. `rows_exceed_advisory_limit:500`,
                `unknown_columns:<a,b,c>` (comma-separated unrecognized CSV column names), or `not_added_to_caption:<columns>`
                (the `hashtags` and/or `mentions` column is filled: stored on the post, not added to the caption). Empty when
                none.
            rate_limited_accounts (list[BulkUploadResultRateLimitedAccountsItem] | None): Present only when one or more rows
                targeted an account currently in cooldown.
                Lets callers map `rate_limited:*` row errors back to structured metadata without
                parsing the error strings.
    """

    total: int | None = None
    valid: int | None = None
    invalid: int | None = None
    results: list[BulkUploadResultResultsItem] | None = None
    warnings: list[str] | None = None
    rate_limited_accounts: list[BulkUploadResultRateLimitedAccountsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rateLimitedAccounts(self) -> list[BulkUploadResultRateLimitedAccountsItem] | None:
        """``rate_limited_accounts`` under its wire name, as the Late docs spell it."""
        return self.rate_limited_accounts

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        total = self.total

        valid = self.valid

        invalid = self.invalid

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        rate_limited_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_limited_accounts, Unset):
            rate_limited_accounts = []
            for rate_limited_accounts_item_data in self.rate_limited_accounts:
                rate_limited_accounts_item = rate_limited_accounts_item_data.to_dict()
                rate_limited_accounts.append(rate_limited_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if total is not None or "total" in source:
            field_dict["total"] = total
        if valid is not None or "valid" in source:
            field_dict["valid"] = valid
        if invalid is not None or "invalid" in source:
            field_dict["invalid"] = invalid
        if results is not None or "results" in source:
            field_dict["results"] = results
        if warnings is not None or "warnings" in source:
            field_dict["warnings"] = warnings
        if rate_limited_accounts is not None or "rateLimitedAccounts" in source:
            field_dict["rateLimitedAccounts"] = rate_limited_accounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        total = d.get("total", UNSET)

        valid = d.get("valid", UNSET)

        invalid = d.get("invalid", UNSET)

        warnings: list[str] | Unset = d.get("warnings", UNSET)

        bulk_upload_result = object.__new__(_Unhooked if cls is BulkUploadResult else cls)
        bulk_upload_result.total = total
        bulk_upload_result.valid = valid
        bulk_upload_result.invalid = invalid
        bulk_upload_result.warnings = warnings
        if "results" not in d:  # nothing to build later
            bulk_upload_result.results = UNSET
        if "rateLimitedAccounts" not in d:  # nothing to build later
            bulk_upload_result.rate_limited_accounts = UNSET
        bulk_upload_result._source = d
        bulk_upload_result._changed = cls is not BulkUploadResult  # a subclass may set attributes unhooked
        if cls is not BulkUploadResult:  # a subclass's own fields, which __init__ would have set
            fill_defaults(bulk_upload_result, BulkUploadResult)
        else:
            bulk_upload_result.__class__ = cls
        return bulk_upload_result

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


#: ``from_dict`` fills one of these, then makes it a BulkUploadResult (types.unhooked).
_Unhooked = unhooked(BulkUploadResult)


def _read_results(d: Mapping[str, Any]) -> list[BulkUploadResultResultsItem] | Unset:
    _results = d.get("results", UNSET)
    results: list[BulkUploadResultResultsItem] | Unset = UNSET
    if _results is not UNSET:
        results = [BulkUploadResultResultsItem.from_dict(results_item_data) for results_item_data in _results]

    return results


def _read_rate_limited_accounts(
    d: Mapping[str, Any],
) -> list[BulkUploadResultRateLimitedAccountsItem] | Unset:
    _rate_limited_accounts = d.get("rateLimitedAccounts", UNSET)
    rate_limited_accounts: list[BulkUploadResultRateLimitedAccountsItem] | Unset = UNSET
    if _rate_limited_accounts is not UNSET:
        rate_limited_accounts = [
            BulkUploadResultRateLimitedAccountsItem.from_dict(rate_limited_accounts_item_data)
            for rate_limited_accounts_item_data in _rate_limited_accounts
        ]

    return rate_limited_accounts


BulkUploadResult._lazy_readers = lazy_readers(BulkUploadResult, globals(), _PROPERTY_NAMES)

from ..models.bulk_upload_result_rate_limited_accounts_item import (
    BulkUploadResultRateLimitedAccountsItem,
)
from ..models.bulk_upload_result_results_item import BulkUploadResultResultsItem
