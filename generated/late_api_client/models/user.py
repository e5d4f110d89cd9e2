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

T = TypeVar("T", bound="User")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "_id",
        "email",
        "name",
        "role",
        "disabledResourceGroups",
        "createdAt",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class User(Sourced):
    """
    Attributes:
        field_id (str | None):
        email (str | None):
        name (str | None):
        role (str | None):
        disabled_resource_groups (list[str] | None): Resource groups turned off for this team member. Empty for owners
            and unrestricted members.
        created_at (datetime.datetime | None):
    """

    field_id: str | None = None
    email: str | None = None
    name: str | None = None
    role: str | None = None
    disabled_resource_groups: list[str] | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def _id(self) -> str | None:
        """``field_id`` under its wire name, as the Late docs spell it."""
        return self.field_id

    @property
    def disabledResourceGroups(self) -> list[str] | None:
        """``disabled_resource_groups`` under its wire name, as the Late docs spell it."""
        return self.disabled_resource_groups

    @property
    def createdAt(self) -> datetime.datetime | None:
        """``created_at`` under its wire name, as the Late docs spell it."""
        return self.created_at

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        email = self.email

        name = self.name

        role = self.role

        disabled_resource_groups: list[str] | Unset = UNSET
        if not isinstance(self.disabled_resource_groups, Unset):
            disabled_resource_groups = self.disabled_resource_groups

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
        if email is not None or "email" in source:
            field_dict["email"] = email
        if name is not None or "name" in source:
            field_dict["name"] = name
        if role is not None or "role" in source:
            field_dict["role"] = role
        if disabled_resource_groups is not None or "disabledResourceGroups" in source:
            field_dict["disabledResourceGroups"] = disabled_resource_groups
        if created_at is not None or "createdAt" in source:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        field_id = d.get("_id", UNSET)

        email = d.get("email", UNSET)

        name = d.get("name", UNSET)

        role = d.get("role", UNSET)

        disabled_resource_groups: list[str] | Unset = d.get("disabledResourceGroups", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        user = cls(
            field_id,
            email,
            name,
            role,
            disabled_resource_groups,
            created_at,
        )
        object.__setattr__(user, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            user.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return user

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
