from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_in_platform_data_poll_duration import (
    LinkedInPlatformDataPollDuration,
)
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="LinkedInPlatformDataPoll")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "question",
        "options",
        "duration",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class LinkedInPlatformDataPoll(Sourced):
    """Create a LinkedIn poll with this post. Cannot be combined with media or reshareUrl. Polls cannot be edited after
    publishing on LinkedIn, and API-created polls are non-sponsored only (they cannot be promoted as ads).

        Attributes:
            question (str): Poll question (max 140 characters)
            options (list[str]): Poll options (2-4 choices, max 30 characters each)
            duration (LinkedInPlatformDataPollDuration | None): How long the poll accepts votes. Defaults to SEVEN_DAYS.
                Default: LinkedInPlatformDataPollDuration.SEVEN_DAYS.
    """

    question: str
    options: list[str]
    duration: LinkedInPlatformDataPollDuration | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        options = self.options

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
                "options": options,
            }
        )
        source = source_of(self)
        if duration is not None or "duration" in source:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        question = d["question"]

        options: list[str] = d["options"]

        _duration = d.get("duration", UNSET)
        duration: LinkedInPlatformDataPollDuration | Unset
        if _duration is UNSET:
            duration = UNSET
        else:
            duration = parse_enum(LinkedInPlatformDataPollDuration, _duration)

        linked_in_platform_data_poll = cls(
            question,
            options,
            duration,
        )
        object.__setattr__(
            linked_in_platform_data_poll, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            linked_in_platform_data_poll.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return linked_in_platform_data_poll

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
