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

T = TypeVar("T", bound="GoogleBusinessPlatformDataEventScheduleStartTime")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "hours",
        "minutes",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class GoogleBusinessPlatformDataEventScheduleStartTime(Sourced):
    """Optional start time as { hours, minutes } in 24h format

    Attributes:
        hours (int | None):  Example: 9.
        minutes (int | None):  Example: 0.
    """

    hours: int | None = None
    minutes: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hours = self.hours

        minutes = self.minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if hours is not None or "hours" in source:
            field_dict["hours"] = hours
        if minutes is not None or "minutes" in source:
            field_dict["minutes"] = minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        hours = d.get("hours", UNSET)

        minutes = d.get("minutes", UNSET)

        google_business_platform_data_event_schedule_start_time = cls(
            hours,
            minutes,
        )
        object.__setattr__(
            google_business_platform_data_event_schedule_start_time, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            google_business_platform_data_event_schedule_start_time.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return google_business_platform_data_event_schedule_start_time

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
