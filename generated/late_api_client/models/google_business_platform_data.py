from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.google_business_platform_data_topic_type import (
    GoogleBusinessPlatformDataTopicType,
)
from ..types import (
    UNSET,
    LazyFields,
    Unset,
    fill_defaults,
    lazy_readers,
    parse_enum,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="GoogleBusinessPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "locationId",
        "languageCode",
        "topicType",
        "callToAction",
        "event",
        "offer",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class GoogleBusinessPlatformData(LazyFields):
    """Text and single image only (no videos). Supports STANDARD, EVENT, OFFER, and ALERT post types. Posts appear on
    Google Business Profile, Google Search, and Maps. Use locationId for multi-location posting. Schedule dates accept
    both ISO 8601 strings (e.g. '2026-04-15T09:00:00Z') and Google's native {year, month, day} objects.

        Attributes:
            location_id (str | None): Target Google Business Profile location ID (e.g. "locations/123456789"). If omitted,
                uses the default location. Use GET /v1/accounts/{id}/gmb-locations to list locations.
            language_code (str | None): BCP 47 language code (e.g. "en", "de", "es"). Auto-detected if omitted. Set
                explicitly for short or mixed-language posts. Example: de.
            topic_type (GoogleBusinessPlatformDataTopicType | None): Post type. STANDARD is a regular update. EVENT requires
                the event object. OFFER requires the offer object. Defaults to STANDARD if omitted. Default:
                GoogleBusinessPlatformDataTopicType.STANDARD.
            call_to_action (GoogleBusinessPlatformDataCallToAction | None): Optional call-to-action button displayed on the
                post
            event (GoogleBusinessPlatformDataEvent | None): Event details. Required when topicType is EVENT. Google returns
                400 if omitted for EVENT posts.
            offer (GoogleBusinessPlatformDataOffer | None): Offer details. Required when topicType is OFFER. All fields are
                optional per Google's API, but at least one is recommended.
    """

    location_id: str | None = None
    language_code: str | None = None
    topic_type: GoogleBusinessPlatformDataTopicType | None = None
    call_to_action: GoogleBusinessPlatformDataCallToAction | None = None
    event: GoogleBusinessPlatformDataEvent | None = None
    offer: GoogleBusinessPlatformDataOffer | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def locationId(self) -> str | None:
        """``location_id`` under its wire name, as the Late docs spell it."""
        return self.location_id

    @property
    def languageCode(self) -> str | None:
        """``language_code`` under its wire name, as the Late docs spell it."""
        return self.language_code

    @property
    def topicType(self) -> GoogleBusinessPlatformDataTopicType | None:
        """``topic_type`` under its wire name, as the Late docs spell it."""
        return self.topic_type

    @property
    def callToAction(self) -> GoogleBusinessPlatformDataCallToAction | None:
        """``call_to_action`` under its wire name, as the Late docs spell it."""
        return self.call_to_action

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        location_id = self.location_id

        language_code = self.language_code

        topic_type: str | Unset = UNSET
        if not isinstance(self.topic_type, Unset):
            topic_type = self.topic_type.value

        call_to_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_to_action, Unset):
            call_to_action = self.call_to_action.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer, Unset):
            offer = self.offer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if location_id is not None or "locationId" in source:
            field_dict["locationId"] = location_id
        if language_code is not None or "languageCode" in source:
            field_dict["languageCode"] = language_code
        if topic_type is not None or "topicType" in source:
            field_dict["topicType"] = topic_type
        if call_to_action is not None or "callToAction" in source:
            field_dict["callToAction"] = call_to_action
        if event is not None or "event" in source:
            field_dict["event"] = event
        if offer is not None or "offer" in source:
            field_dict["offer"] = offer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        location_id = d.get("locationId", UNSET)

        language_code = d.get("languageCode", UNSET)

        _topic_type = d.get("topicType", UNSET)
        topic_type: GoogleBusinessPlatformDataTopicType | Unset
        if _topic_type is UNSET:
            topic_type = UNSET
        else:
            topic_type = parse_enum(GoogleBusinessPlatformDataTopicType, _topic_type)

        google_business_platform_data = object.__new__(
            _Unhooked if cls is GoogleBusinessPlatformData else cls
        )
        google_business_platform_data.location_id = location_id
        google_business_platform_data.language_code = language_code
        google_business_platform_data.topic_type = topic_type
        if "callToAction" not in d:  # nothing to build later
            google_business_platform_data.call_to_action = UNSET
        if "event" not in d:  # nothing to build later
            google_business_platform_data.event = UNSET
        if "offer" not in d:  # nothing to build later
            google_business_platform_data.offer = UNSET
        google_business_platform_data._source = d
        google_business_platform_data._changed = (
            cls is not GoogleBusinessPlatformData
        )  # a subclass may set attributes unhooked
        if cls is not GoogleBusinessPlatformData:  # a subclass's own fields, which __init__ would have set
            fill_defaults(google_business_platform_data, GoogleBusinessPlatformData)
        else:
            google_business_platform_data.__class__ = cls
        return google_business_platform_data

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


#: ``from_dict`` fills one of these, then makes it a GoogleBusinessPlatformData (types.unhooked).
_Unhooked = unhooked(GoogleBusinessPlatformData)


def _read_call_to_action(d: Mapping[str, Any]) -> GoogleBusinessPlatformDataCallToAction | Unset:
    _call_to_action = d.get("callToAction", UNSET)
    call_to_action: GoogleBusinessPlatformDataCallToAction | Unset
    if _call_to_action is UNSET:
        call_to_action = UNSET
    else:
        call_to_action = GoogleBusinessPlatformDataCallToAction.from_dict(_call_to_action)

    return call_to_action


def _read_event(d: Mapping[str, Any]) -> GoogleBusinessPlatformDataEvent | Unset:
    _event = d.get("event", UNSET)
    event: GoogleBusinessPlatformDataEvent | Unset
    if _event is UNSET:
        event = UNSET
    else:
        event = GoogleBusinessPlatformDataEvent.from_dict(_event)

    return event


def _read_offer(d: Mapping[str, Any]) -> GoogleBusinessPlatformDataOffer | Unset:
    _offer = d.get("offer", UNSET)
    offer: GoogleBusinessPlatformDataOffer | Unset
    if _offer is UNSET:
        offer = UNSET
    else:
        offer = GoogleBusinessPlatformDataOffer.from_dict(_offer)

    return offer


GoogleBusinessPlatformData._lazy_readers = lazy_readers(
    GoogleBusinessPlatformData, globals(), _PROPERTY_NAMES
)

from ..models.google_business_platform_data_call_to_action import (
    GoogleBusinessPlatformDataCallToAction,
)
from ..models.google_business_platform_data_event import GoogleBusinessPlatformDataEvent
from ..models.google_business_platform_data_offer import GoogleBusinessPlatformDataOffer
