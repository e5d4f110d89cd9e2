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
    read_all,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="AccountsListResponse")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "accounts",
        "hasAnalyticsAccess",
        "pagination",
        "profileTotals",
        "statusCounts",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class AccountsListResponse(LazyFields):
    """
    Attributes:
        accounts (list[SocialAccount]):
        has_analytics_access (bool): Whether user has analytics add-on access
        pagination (AccountCursorPagination | Pagination | None): Present on a paginated request: `{ page, limit, total,
            pages }` with page and limit, `{ limit, nextCursor }` with cursor paging (limit alone or cursor).
        profile_totals (AccountsListResponseProfileTotals | None): Only with profileIds and perProfile. Accounts
            matching the filters per profile ID; a profile with none is absent.
        status_counts (AccountsListResponseStatusCounts | None): Only with includeStatusCounts=true. Counts over every
            filter of the request except status.
    """

    accounts: list[SocialAccount]
    has_analytics_access: bool
    pagination: AccountCursorPagination | Pagination | None = None
    profile_totals: AccountsListResponseProfileTotals | None = None
    status_counts: AccountsListResponseStatusCounts | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def hasAnalyticsAccess(self) -> bool:
        """``has_analytics_access`` under its wire name, as the Late docs spell it."""
        return self.has_analytics_access

    @property
    def profileTotals(self) -> AccountsListResponseProfileTotals | None:
        """``profile_totals`` under its wire name, as the Late docs spell it."""
        return self.profile_totals

    @property
    def statusCounts(self) -> AccountsListResponseStatusCounts | None:
        """``status_counts`` under its wire name, as the Late docs spell it."""
        return self.status_counts

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        has_analytics_access = self.has_analytics_access

        pagination: dict[str, Any] | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination.to_dict()

        profile_totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile_totals, Unset):
            profile_totals = self.profile_totals.to_dict()

        status_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_counts, Unset):
            status_counts = self.status_counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts,
                "hasAnalyticsAccess": has_analytics_access,
            }
        )
        source = source_of(self)
        if pagination is not None or "pagination" in source:
            field_dict["pagination"] = pagination
        if profile_totals is not None or "profileTotals" in source:
            field_dict["profileTotals"] = profile_totals
        if status_counts is not None or "statusCounts" in source:
            field_dict["statusCounts"] = status_counts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if "accounts" not in d:
            raise KeyError("accounts")
        has_analytics_access = d["hasAnalyticsAccess"]

        accounts_list_response = object.__new__(_Unhooked if cls is AccountsListResponse else cls)
        accounts_list_response.has_analytics_access = has_analytics_access
        if "pagination" not in d:  # nothing to build later
            accounts_list_response.pagination = UNSET
        if "profileTotals" not in d:  # nothing to build later
            accounts_list_response.profile_totals = UNSET
        if "statusCounts" not in d:  # nothing to build later
            accounts_list_response.status_counts = UNSET
        accounts_list_response._source = d
        accounts_list_response._changed = (
            cls is not AccountsListResponse
        )  # a subclass may set attributes unhooked
        if cls is not AccountsListResponse:  # a subclass's own fields, which __init__ would have set
            fill_defaults(accounts_list_response, AccountsListResponse)
        else:
            accounts_list_response.__class__ = cls
        return accounts_list_response

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


#: ``from_dict`` fills one of these, then makes it a AccountsListResponse (types.unhooked).
_Unhooked = unhooked(AccountsListResponse)


def _read_accounts(d: Mapping[str, Any]) -> list[SocialAccount]:
    accounts = []
    _accounts = d["accounts"]
    for accounts_item_data in _accounts:
        accounts_item = SocialAccount.from_dict(accounts_item_data)

        accounts.append(accounts_item)

    return accounts


def _read_pagination(d: Mapping[str, Any]) -> AccountCursorPagination | Pagination | Unset:
    def _parse_pagination(data: object) -> AccountCursorPagination | Pagination | Unset:
        if isinstance(data, Unset):
            return data
        if isinstance(data, dict):
            try:
                pagination_type_0 = Pagination.from_dict(data)

                read_all(pagination_type_0)
                return pagination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not isinstance(data, dict):
            raise TypeError()
        pagination_type_1 = AccountCursorPagination.from_dict(data)

        read_all(pagination_type_1)
        return pagination_type_1

    pagination = _parse_pagination(d.get("pagination", UNSET))

    return pagination


def _read_profile_totals(d: Mapping[str, Any]) -> AccountsListResponseProfileTotals | Unset:
    _profile_totals = d.get("profileTotals", UNSET)
    profile_totals: AccountsListResponseProfileTotals | Unset
    if _profile_totals is UNSET:
        profile_totals = UNSET
    else:
        profile_totals = AccountsListResponseProfileTotals.from_dict(_profile_totals)

    return profile_totals


def _read_status_counts(d: Mapping[str, Any]) -> AccountsListResponseStatusCounts | Unset:
    _status_counts = d.get("statusCounts", UNSET)
    status_counts: AccountsListResponseStatusCounts | Unset
    if _status_counts is UNSET:
        status_counts = UNSET
    else:
        status_counts = AccountsListResponseStatusCounts.from_dict(_status_counts)

    return status_counts


AccountsListResponse._lazy_readers = lazy_readers(AccountsListResponse, globals(), _PROPERTY_NAMES)

from ..models.account_cursor_pagination import AccountCursorPagination
from ..models.accounts_list_response_profile_totals import (
    AccountsListResponseProfileTotals,
)
from ..models.accounts_list_response_status_counts import (
    AccountsListResponseStatusCounts,
)
from ..models.pagination import Pagination
from ..models.social_account import SocialAccount
