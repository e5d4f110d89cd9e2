from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_post_body_platform import EditPostBodyPlatform
from ..types import (
    UNSET,
    Sourced,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="EditPostBody")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "platform",
        "content",
        "accountId",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class EditPostBody(Sourced):
    """
    Attributes:
        platform (EditPostBodyPlatform): The platform to edit the post on.
        content (str): The new post text content
        account_id (str | None): Which account's copy of the post to edit when the post was published to several
            accounts on the same platform. Required in that case.
    """

    platform: EditPostBodyPlatform
    content: str
    account_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def accountId(self) -> str | None:
        """``account_id`` under its wire name, as the Late docs spell it."""
        return self.account_id

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform.value

        content = self.content

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "content": content,
            }
        )
        source = source_of(self)
        if account_id is not None or "accountId" in source:
            field_dict["accountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        platform = parse_enum(EditPostBodyPlatform, d["platform"])

        content = d["content"]

        account_id = d.get("accountId", UNSET)

        edit_post_body = cls(
            platform,
            content,
            account_id,
        )
        object.__setattr__(edit_post_body, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            edit_post_body.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return edit_post_body

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
