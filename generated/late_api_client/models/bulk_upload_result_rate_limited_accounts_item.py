from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Sourced,
    Unset,
    as_sent,
    format_datetime,
    parse_datetime,
    source_of,
)

T = TypeVar("T", bound="BulkUploadResultRateLimitedAccountsItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "accountId",
        "platform",
        "username",
        "rateLimitedUntil",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class BulkUploadResultRateLimitedAccountsItem(Sourced):
    """
    Attributes:
        account_id (str | None):
        platform (str | None):
        username (str | None):
        rate_limited_until (datetime.datetime | None):
    """

    account_id: str | None = None
    platform: str | None = None
    username: str | None = None
    rate_limited_until: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def accountId(self) -> str | None:
        """``account_id`` under its wire name, as the Late docs spell it."""
        return self.account_id

    @property
    def rateLimitedUntil(self) -> datetime.datetime | None:
        """``rate_limited_until`` under its wire name, as the Late docs spell it."""
        return self.rate_limited_until

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        platform = self.platform

        username = self.username

        rate_limited_until: str | Unset = UNSET
        if not isinstance(self.rate_limited_until, Unset):
            rate_limited_until = format_datetime(self.rate_limited_until)
        rate_limited_until = as_sent(
            self.rate_limited_until, rate_limited_until, source_of(self).get("rateLimitedUntil")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if account_id is not None or "accountId" in source:
            field_dict["accountId"] = account_id
        if platform is not None or "platform" in source:
            field_dict["platform"] = platform
        if username is not None or "username" in source:
            field_dict["username"] = username
        if rate_limited_until is not None or "rateLimitedUntil" in source:
            field_dict["rateLimitedUntil"] = rate_limited_until

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        account_id = d.get("accountId", UNSET)

        platform = d.get("platform", UNSET)

        username = d.get("username", UNSET)

        _rate_limited_until = d.get("rateLimitedUntil", UNSET)
        rate_limited_until: datetime.datetime | Unset
        if _rate_limited_until is None or _rate_limited_until is UNSET:
            rate_limited_until = UNSET
        else:
            rate_limited_until = parse_datetime(_rate_limited_until)

        bulk_upload_result_rate_limited_accounts_item = cls(
            account_id,
            platform,
            username,
            rate_limited_until,
        )
        object.__setattr__(
            bulk_upload_result_rate_limited_accounts_item, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            bulk_upload_result_rate_limited_accounts_item.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return bulk_upload_result_rate_limited_accounts_item

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
