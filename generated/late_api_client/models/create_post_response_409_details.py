from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Sourced,
    source_of,
)

T = TypeVar("T", bound="CreatePostResponse409Details")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "accountId",
        "platform",
        "existingPostId",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class CreatePostResponse409Details(Sourced):
    """
    Attributes:
        account_id (str | None):
        platform (str | None):
        existing_post_id (str | None):
    """

    account_id: str | None = None
    platform: str | None = None
    existing_post_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def accountId(self) -> str | None:
        """``account_id`` under its wire name, as the Late docs spell it."""
        return self.account_id

    @property
    def existingPostId(self) -> str | None:
        """``existing_post_id`` under its wire name, as the Late docs spell it."""
        return self.existing_post_id

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        platform = self.platform

        existing_post_id = self.existing_post_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if account_id is not None or "accountId" in source:
            field_dict["accountId"] = account_id
        if platform is not None or "platform" in source:
            field_dict["platform"] = platform
        if existing_post_id is not None or "existingPostId" in source:
            field_dict["existingPostId"] = existing_post_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        account_id = d.get("accountId", UNSET)

        platform = d.get("platform", UNSET)

        existing_post_id = d.get("existingPostId", UNSET)

        create_post_response_409_details = cls(
            account_id,
            platform,
            existing_post_id,
        )
        object.__setattr__(
            create_post_response_409_details, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            create_post_response_409_details.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return create_post_response_409_details

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
