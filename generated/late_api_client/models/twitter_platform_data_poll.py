from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="TwitterPlatformDataPoll")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "options",
        "duration_minutes",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class TwitterPlatformDataPoll(Sourced):
    """Create a poll with this tweet. Mutually exclusive with media attachments and threads.

    Attributes:
        options (list[str]): Poll options (2-4 choices, max 25 characters each)
        duration_minutes (int): Poll duration in minutes (5 min to 7 days)
    """

    options: list[str]
    duration_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options = self.options

        duration_minutes = self.duration_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "options": options,
                "duration_minutes": duration_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        options: list[str] = d["options"]

        duration_minutes = d["duration_minutes"]

        twitter_platform_data_poll = cls(
            options,
            duration_minutes,
        )
        object.__setattr__(
            twitter_platform_data_poll, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            twitter_platform_data_poll.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return twitter_platform_data_poll

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
