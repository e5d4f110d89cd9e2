from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    as_mapping,
    fill_defaults,
    lazy_readers,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="GoogleBusinessPlatformDataEventSchedule")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "startDate",
        "endDate",
        "startTime",
        "endTime",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class GoogleBusinessPlatformDataEventSchedule(LazyFields):
    """Event date/time range. Uses Google's date format (NOT ISO 8601).

    Attributes:
        start_date (GoogleBusinessPlatformDataEventScheduleStartDate): Event start date as { year, month, day }
        end_date (GoogleBusinessPlatformDataEventScheduleEndDate): Event end date as { year, month, day }
        start_time (GoogleBusinessPlatformDataEventScheduleStartTime | None): Optional start time as { hours, minutes }
            in 24h format
        end_time (GoogleBusinessPlatformDataEventScheduleEndTime | None): Optional end time as { hours, minutes } in 24h
            format
    """

    start_date: GoogleBusinessPlatformDataEventScheduleStartDate
    end_date: GoogleBusinessPlatformDataEventScheduleEndDate
    start_time: GoogleBusinessPlatformDataEventScheduleStartTime | None = None
    end_time: GoogleBusinessPlatformDataEventScheduleEndTime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def startDate(self) -> GoogleBusinessPlatformDataEventScheduleStartDate:
        """``start_date`` under its wire name, as the Late docs spell it."""
        return self.start_date

    @property
    def endDate(self) -> GoogleBusinessPlatformDataEventScheduleEndDate:
        """``end_date`` under its wire name, as the Late docs spell it."""
        return self.end_date

    @property
    def startTime(self) -> GoogleBusinessPlatformDataEventScheduleStartTime | None:
        """``start_time`` under its wire name, as the Late docs spell it."""
        return self.start_time

    @property
    def endTime(self) -> GoogleBusinessPlatformDataEventScheduleEndTime | None:
        """``end_time`` under its wire name, as the Late docs spell it."""
        return self.end_time

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        start_date = self.start_date.to_dict()

        end_date = self.end_date.to_dict()

        start_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.to_dict()

        end_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDate": start_date,
                "endDate": end_date,
            }
        )
        source = source_of(self)
        if start_time is not None or "startTime" in source:
            field_dict["startTime"] = start_time
        if end_time is not None or "endTime" in source:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if "startDate" not in d:
            raise KeyError("startDate")
        if "endDate" not in d:
            raise KeyError("endDate")
        google_business_platform_data_event_schedule = object.__new__(
            _Unhooked if cls is GoogleBusinessPlatformDataEventSchedule else cls
        )
        if "startTime" not in d:  # nothing to build later
            google_business_platform_data_event_schedule.start_time = UNSET
        if "endTime" not in d:  # nothing to build later
            google_business_platform_data_event_schedule.end_time = UNSET
        google_business_platform_data_event_schedule._source = as_mapping(d)
        google_business_platform_data_event_schedule._changed = (
            cls is not GoogleBusinessPlatformDataEventSchedule
        )  # a subclass may set attributes unhooked
        if (
            cls is not GoogleBusinessPlatformDataEventSchedule
        ):  # a subclass's own fields, which __init__ would have set
            fill_defaults(
                google_business_platform_data_event_schedule, GoogleBusinessPlatformDataEventSchedule
            )
        else:
            google_business_platform_data_event_schedule.__class__ = cls
        return google_business_platform_data_event_schedule

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


#: ``from_dict`` fills one of these, then makes it a GoogleBusinessPlatformDataEventSchedule (types.unhooked).
_Unhooked = unhooked(GoogleBusinessPlatformDataEventSchedule)


def _read_start_date(d: Mapping[str, Any]) -> GoogleBusinessPlatformDataEventScheduleStartDate:
    start_date = GoogleBusinessPlatformDataEventScheduleStartDate.from_dict(d["startDate"])

    return start_date


def _read_end_date(d: Mapping[str, Any]) -> GoogleBusinessPlatformDataEventScheduleEndDate:
    end_date = GoogleBusinessPlatformDataEventScheduleEndDate.from_dict(d["endDate"])

    return end_date


def _read_start_time(d: Mapping[str, Any]) -> GoogleBusinessPlatformDataEventScheduleStartTime | Unset:
    _start_time = d.get("startTime", UNSET)
    start_time: GoogleBusinessPlatformDataEventScheduleStartTime | Unset
    if _start_time is UNSET:
        start_time = UNSET
    else:
        start_time = GoogleBusinessPlatformDataEventScheduleStartTime.from_dict(_start_time)

    return start_time


def _read_end_time(d: Mapping[str, Any]) -> GoogleBusinessPlatformDataEventScheduleEndTime | Unset:
    _end_time = d.get("endTime", UNSET)
    end_time: GoogleBusinessPlatformDataEventScheduleEndTime | Unset
    if _end_time is UNSET:
        end_time = UNSET
    else:
        end_time = GoogleBusinessPlatformDataEventScheduleEndTime.from_dict(_end_time)

    return end_time


GoogleBusinessPlatformDataEventSchedule._lazy_readers = lazy_readers(
    GoogleBusinessPlatformDataEventSchedule, globals(), _PROPERTY_NAMES
)

from ..models.google_business_platform_data_event_schedule_end_date import (
    GoogleBusinessPlatformDataEventScheduleEndDate,
)
from ..models.google_business_platform_data_event_schedule_end_time import (
    GoogleBusinessPlatformDataEventScheduleEndTime,
)
from ..models.google_business_platform_data_event_schedule_start_date import (
    GoogleBusinessPlatformDataEventScheduleStartDate,
)
from ..models.google_business_platform_data_event_schedule_start_time import (
    GoogleBusinessPlatformDataEventScheduleStartTime,
)
