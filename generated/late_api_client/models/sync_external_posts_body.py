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

T = TypeVar("T", bound="SyncExternalPostsBody")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "accountId",
        "url",
        "postId",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class SyncExternalPostsBody(Sourced):
    """
    Attributes:
        account_id (str): SocialAccount ID whose posts to sync. Must be connected to Zernio.
        url (str | None): The post URL to locate. Optional. Provide `url` or `postId` to return a specific post; omit
            both to refresh and return the account's recent posts.
        post_id (str | None): The platform post/media/video id to locate, as an alternative to `url`. Optional.
    """

    account_id: str
    url: str | None = None
    post_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def accountId(self) -> str:
        """``account_id`` under its wire name, as the Late docs spell it."""
        return self.account_id

    @property
    def postId(self) -> str | None:
        """``post_id`` under its wire name, as the Late docs spell it."""
        return self.post_id

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        url = self.url

        post_id = self.post_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
            }
        )
        source = source_of(self)
        if url is not None or "url" in source:
            field_dict["url"] = url
        if post_id is not None or "postId" in source:
            field_dict["postId"] = post_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        account_id = d["accountId"]

        url = d.get("url", UNSET)

        post_id = d.get("postId", UNSET)

        sync_external_posts_body = cls(
            account_id,
            url,
            post_id,
        )
        object.__setattr__(
            sync_external_posts_body, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            sync_external_posts_body.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return sync_external_posts_body

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
