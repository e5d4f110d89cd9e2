from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyFields,
    fill_defaults,
    lazy_readers,
    source_copy,
    unhooked,
)

T = TypeVar("T", bound="GoogleBusinessPlatformDataEvent")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "title",
        "schedule",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class GoogleBusinessPlatformDataEvent(LazyFields):
    """Event details. Required when topicType is EVENT. Google returns 400 if omitted for EVENT posts.

    Attributes:
        title (str): Event name (displayed as the event heading on Google Search and Maps) Example: Grand Opening
            Weekend.
        schedule (GoogleBusinessPlatformDataEventSchedule): Event date/time range. Uses Google's date format (NOT ISO
            8601).
    """

    title: str
    schedule: GoogleBusinessPlatformDataEventSchedule
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        title = self.title

        schedule = self.schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "schedule": schedule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        title = d["title"]

        if "schedule" not in d:
            raise KeyError("schedule")
        google_business_platform_data_event = object.__new__(
            _Unhooked if cls is GoogleBusinessPlatformDataEvent else cls
        )
        google_business_platform_data_event.title = title
        google_business_platform_data_event._source = d
        google_business_platform_data_event._changed = (
            cls is not GoogleBusinessPlatformDataEvent
        )  # a subclass may set attributes unhooked
        if (
            cls is not GoogleBusinessPlatformDataEvent
        ):  # a subclass's own fields, which __init__ would have set
            fill_defaults(google_business_platform_data_event, GoogleBusinessPlatformDataEvent)
        else:
            google_business_platform_data_event.__class__ = cls
        return google_business_platform_data_event

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


#: ``from_dict`` fills one of these, then makes it a GoogleBusinessPlatformDataEvent (types.unhooked).
_Unhooked = unhooked(GoogleBusinessPlatformDataEvent)


def _read_schedule(d: Mapping[str, Any]) -> GoogleBusinessPlatformDataEventSchedule:
    schedule = GoogleBusinessPlatformDataEventSchedule.from_dict(d["schedule"])

    return schedule


GoogleBusinessPlatformDataEvent._lazy_readers = lazy_readers(
    GoogleBusinessPlatformDataEvent, globals(), _PROPERTY_NAMES
)

from ..models.google_business_platform_data_event_schedule import (
    GoogleBusinessPlatformDataEventSchedule,
)
