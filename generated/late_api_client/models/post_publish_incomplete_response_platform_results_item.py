from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="PostPublishIncompleteResponsePlatformResultsItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "platform",
        "status",
        "error",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PostPublishIncompleteResponsePlatformResultsItem(Sourced):
    """
    Attributes:
        platform (str): Platform slug, matching `post.platforms[].platform`.
        status (str): Per-platform status: pending, processing, published, failed, cancelled, uploading. Example:
            failed.
        error (None | str): Failure detail for this platform, or null when it did not fail.
    """

    platform: str
    status: str
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        status = self.status

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "status": status,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        platform = d["platform"]

        status = d["status"]

        error: None | str = d["error"]

        post_publish_incomplete_response_platform_results_item = cls(
            platform,
            status,
            error,
        )
        object.__setattr__(
            post_publish_incomplete_response_platform_results_item, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            post_publish_incomplete_response_platform_results_item.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return post_publish_incomplete_response_platform_results_item

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
