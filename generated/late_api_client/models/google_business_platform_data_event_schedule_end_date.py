from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="GoogleBusinessPlatformDataEventScheduleEndDate")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "year",
        "month",
        "day",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class GoogleBusinessPlatformDataEventScheduleEndDate(Sourced):
    """Event end date as { year, month, day }

    Attributes:
        year (int):  Example: 2026.
        month (int):  Example: 5.
        day (int):  Example: 16.
    """

    year: int
    month: int
    day: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        month = self.month

        day = self.day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "month": month,
                "day": day,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        year = d["year"]

        month = d["month"]

        day = d["day"]

        google_business_platform_data_event_schedule_end_date = cls(
            year,
            month,
            day,
        )
        object.__setattr__(
            google_business_platform_data_event_schedule_end_date, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            google_business_platform_data_event_schedule_end_date.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return google_business_platform_data_event_schedule_end_date

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
