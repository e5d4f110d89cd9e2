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

T = TypeVar("T", bound="Profile")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "_id",
        "userId",
        "name",
        "description",
        "color",
        "timezone",
        "externalId",
        "isDefault",
        "isOverLimit",
        "accountCount",
        "createdAt",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class Profile(Sourced):
    """
    Attributes:
        field_id (str | None):
        user_id (str | None):
        name (str | None):
        description (str | None):
        color (str | None):
        timezone (None | str | None): IANA timezone new posts on this profile use when the request names no `timezone`.
            Null means UTC.
        external_id (None | str | None): Your own identifier for this profile, set on create or update. Null when none
            is set.
        is_default (bool | None):
        is_over_limit (bool | None): Only present when includeOverLimit=true. Indicates if this profile exceeds the plan
            limit.
        account_count (int | None): In the profile list. Connected accounts on the profile, including ones that need
            reconnecting; phone and SMS number internals and posting accounts hidden by an ads connect are not counted.
        created_at (datetime.datetime | None):
    """

    field_id: str | None = None
    user_id: str | None = None
    name: str | None = None
    description: str | None = None
    color: str | None = None
    timezone: None | str = None
    external_id: None | str = None
    is_default: bool | None = None
    is_over_limit: bool | None = None
    account_count: int | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def _id(self) -> str | None:
        """``field_id`` under its wire name, as the Late docs spell it."""
        return self.field_id

    @property
    def userId(self) -> str | None:
        """``user_id`` under its wire name, as the Late docs spell it."""
        return self.user_id

    @property
    def externalId(self) -> None | str:
        """``external_id`` under its wire name, as the Late docs spell it."""
        return self.external_id

    @property
    def isDefault(self) -> bool | None:
        """``is_default`` under its wire name, as the Late docs spell it."""
        return self.is_default

    @property
    def isOverLimit(self) -> bool | None:
        """``is_over_limit`` under its wire name, as the Late docs spell it."""
        return self.is_over_limit

    @property
    def accountCount(self) -> int | None:
        """``account_count`` under its wire name, as the Late docs spell it."""
        return self.account_count

    @property
    def createdAt(self) -> datetime.datetime | None:
        """``created_at`` under its wire name, as the Late docs spell it."""
        return self.created_at

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        user_id = self.user_id

        name = self.name

        description = self.description

        color = self.color

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        is_default = self.is_default

        is_over_limit = self.is_over_limit

        account_count = self.account_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)
        created_at = as_sent(self.created_at, created_at, source_of(self).get("createdAt"))

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if field_id is not None or "_id" in source:
            field_dict["_id"] = field_id
        if user_id is not None or "userId" in source:
            field_dict["userId"] = user_id
        if name is not None or "name" in source:
            field_dict["name"] = name
        if description is not None or "description" in source:
            field_dict["description"] = description
        if color is not None or "color" in source:
            field_dict["color"] = color
        if timezone is not None or "timezone" in source:
            field_dict["timezone"] = timezone
        if external_id is not None or "externalId" in source:
            field_dict["externalId"] = external_id
        if is_default is not None or "isDefault" in source:
            field_dict["isDefault"] = is_default
        if is_over_limit is not None or "isOverLimit" in source:
            field_dict["isOverLimit"] = is_over_limit
        if account_count is not None or "accountCount" in source:
            field_dict["accountCount"] = account_count
        if created_at is not None or "createdAt" in source:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        field_id = d.get("_id", UNSET)

        user_id = d.get("userId", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        color = d.get("color", UNSET)

        timezone: None | str | Unset = d.get("timezone", UNSET)

        external_id: None | str | Unset = d.get("externalId", UNSET)

        is_default = d.get("isDefault", UNSET)

        is_over_limit = d.get("isOverLimit", UNSET)

        account_count = d.get("accountCount", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        profile = cls(
            field_id,
            user_id,
            name,
            description,
            color,
            timezone,
            external_id,
            is_default,
            is_over_limit,
            account_count,
            created_at,
        )
        object.__setattr__(profile, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            profile.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile

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
