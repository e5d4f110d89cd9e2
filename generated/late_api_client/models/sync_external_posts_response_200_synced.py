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

T = TypeVar("T", bound="SyncExternalPostsResponse200Synced")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "postsFound",
        "postsSynced",
        "skipped",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class SyncExternalPostsResponse200Synced(Sourced):
    """
    Attributes:
        posts_found (int | None): Posts returned by the platform listing during the on-demand sync
        posts_synced (int | None): Posts inserted or updated in Zernio
        skipped (bool | None): True when the account was synced within the debounce window and no live fetch ran.
    """

    posts_found: int | None = None
    posts_synced: int | None = None
    skipped: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def postsFound(self) -> int | None:
        """``posts_found`` under its wire name, as the Late docs spell it."""
        return self.posts_found

    @property
    def postsSynced(self) -> int | None:
        """``posts_synced`` under its wire name, as the Late docs spell it."""
        return self.posts_synced

    def to_dict(self) -> dict[str, Any]:
        posts_found = self.posts_found

        posts_synced = self.posts_synced

        skipped = self.skipped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if posts_found is not None or "postsFound" in source:
            field_dict["postsFound"] = posts_found
        if posts_synced is not None or "postsSynced" in source:
            field_dict["postsSynced"] = posts_synced
        if skipped is not None or "skipped" in source:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        posts_found = d.get("postsFound", UNSET)

        posts_synced = d.get("postsSynced", UNSET)

        skipped = d.get("skipped", UNSET)

        sync_external_posts_response_200_synced = cls(
            posts_found,
            posts_synced,
            skipped,
        )
        object.__setattr__(
            sync_external_posts_response_200_synced, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            sync_external_posts_response_200_synced.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return sync_external_posts_response_200_synced

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
