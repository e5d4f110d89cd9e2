from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_in_platform_data_audience_staff_count_ranges_item import (
    LinkedInPlatformDataAudienceStaffCountRangesItem,
)
from ..types import (
    UNSET,
    LazyFields,
    Unset,
    fill_defaults,
    lazy_readers,
    parse_enum,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="LinkedInPlatformDataAudience")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "countries",
        "geoLocations",
        "interfaceLocales",
        "industries",
        "jobFunctions",
        "seniorities",
        "staffCountRanges",
        "degrees",
        "fieldsOfStudy",
        "organizations",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class LinkedInPlatformDataAudience(LazyFields):
    """Organization pages only. Audience targeting for the post (Ads Manager's "Targeted audience"), sent as LinkedIn's
    distribution.targetEntities: OR inside a facet, AND across facets. LinkedIn rejects the post when the targeted
    audience is under 300 members, and Zernio rejects it on a personal profile. URN facets accept a full
    urn:li:<type>:<id> or the bare numeric id; find ids with GET /v1/ads/targeting/search?platform=linkedin (types
    country, region, industry, jobFunction, seniority, companySize).

        Attributes:
            countries (list[str] | None): ISO 3166-1 alpha-2 codes with a built-in LinkedIn geo URN (same list as
                geoRestriction.countries, merged with it). Other countries and sub-country regions go in geoLocations.
            geo_locations (list[str] | None): LinkedIn geo URNs or ids (urn:li:geo:103644278 or 103644278): countries,
                states, regions, cities.
            interface_locales (list[LinkedInPlatformDataAudienceInterfaceLocalesItem] | None): Members' LinkedIn interface
                locale, e.g. { language: es, country: ES }.
            industries (list[str] | None): urn:li:industry:<id> or id.
            job_functions (list[str] | None): urn:li:function:<id> or id.
            seniorities (list[str] | None): urn:li:seniority:<id> or id.
            staff_count_ranges (list[LinkedInPlatformDataAudienceStaffCountRangesItem] | None): Company size of the member's
                current employer.
            degrees (list[str] | None): urn:li:degree:<id> or id (LinkedIn standardized degrees).
            fields_of_study (list[str] | None): urn:li:fieldOfStudy:<id> or id (LinkedIn standardized fields of study).
            organizations (list[str] | None): Schools, as urn:li:organization:<id> or id (LinkedIn's Organization Lookup).
    """

    countries: list[str] | None = None
    geo_locations: list[str] | None = None
    interface_locales: list[LinkedInPlatformDataAudienceInterfaceLocalesItem] | None = None
    industries: list[str] | None = None
    job_functions: list[str] | None = None
    seniorities: list[str] | None = None
    staff_count_ranges: list[LinkedInPlatformDataAudienceStaffCountRangesItem] | None = None
    degrees: list[str] | None = None
    fields_of_study: list[str] | None = None
    organizations: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def geoLocations(self) -> list[str] | None:
        """``geo_locations`` under its wire name, as the Late docs spell it."""
        return self.geo_locations

    @property
    def interfaceLocales(self) -> list[LinkedInPlatformDataAudienceInterfaceLocalesItem] | None:
        """``interface_locales`` under its wire name, as the Late docs spell it."""
        return self.interface_locales

    @property
    def jobFunctions(self) -> list[str] | None:
        """``job_functions`` under its wire name, as the Late docs spell it."""
        return self.job_functions

    @property
    def staffCountRanges(self) -> list[LinkedInPlatformDataAudienceStaffCountRangesItem] | None:
        """``staff_count_ranges`` under its wire name, as the Late docs spell it."""
        return self.staff_count_ranges

    @property
    def fieldsOfStudy(self) -> list[str] | None:
        """``fields_of_study`` under its wire name, as the Late docs spell it."""
        return self.fields_of_study

    def to_dict(self) -> dict[str, Any]:
        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        geo_locations: list[str] | Unset = UNSET
        if not isinstance(self.geo_locations, Unset):
            geo_locations = self.geo_locations

        interface_locales: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interface_locales, Unset):
            interface_locales = []
            for interface_locales_item_data in self.interface_locales:
                interface_locales_item = interface_locales_item_data.to_dict()
                interface_locales.append(interface_locales_item)

        industries: list[str] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = self.industries

        job_functions: list[str] | Unset = UNSET
        if not isinstance(self.job_functions, Unset):
            job_functions = self.job_functions

        seniorities: list[str] | Unset = UNSET
        if not isinstance(self.seniorities, Unset):
            seniorities = self.seniorities

        staff_count_ranges: list[str] | Unset = UNSET
        if not isinstance(self.staff_count_ranges, Unset):
            staff_count_ranges = []
            for staff_count_ranges_item_data in self.staff_count_ranges:
                staff_count_ranges_item = staff_count_ranges_item_data.value
                staff_count_ranges.append(staff_count_ranges_item)

        degrees: list[str] | Unset = UNSET
        if not isinstance(self.degrees, Unset):
            degrees = self.degrees

        fields_of_study: list[str] | Unset = UNSET
        if not isinstance(self.fields_of_study, Unset):
            fields_of_study = self.fields_of_study

        organizations: list[str] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = self.organizations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if countries is not None or "countries" in source:
            field_dict["countries"] = countries
        if geo_locations is not None or "geoLocations" in source:
            field_dict["geoLocations"] = geo_locations
        if interface_locales is not None or "interfaceLocales" in source:
            field_dict["interfaceLocales"] = interface_locales
        if industries is not None or "industries" in source:
            field_dict["industries"] = industries
        if job_functions is not None or "jobFunctions" in source:
            field_dict["jobFunctions"] = job_functions
        if seniorities is not None or "seniorities" in source:
            field_dict["seniorities"] = seniorities
        if staff_count_ranges is not None or "staffCountRanges" in source:
            field_dict["staffCountRanges"] = staff_count_ranges
        if degrees is not None or "degrees" in source:
            field_dict["degrees"] = degrees
        if fields_of_study is not None or "fieldsOfStudy" in source:
            field_dict["fieldsOfStudy"] = fields_of_study
        if organizations is not None or "organizations" in source:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        countries: list[str] | Unset = d.get("countries", UNSET)

        geo_locations: list[str] | Unset = d.get("geoLocations", UNSET)

        industries: list[str] | Unset = d.get("industries", UNSET)

        job_functions: list[str] | Unset = d.get("jobFunctions", UNSET)

        seniorities: list[str] | Unset = d.get("seniorities", UNSET)

        _staff_count_ranges = d.get("staffCountRanges", UNSET)
        staff_count_ranges: list[LinkedInPlatformDataAudienceStaffCountRangesItem] | Unset = UNSET
        if _staff_count_ranges is not UNSET:
            staff_count_ranges = []
            for staff_count_ranges_item_data in _staff_count_ranges:
                staff_count_ranges_item = parse_enum(
                    LinkedInPlatformDataAudienceStaffCountRangesItem, staff_count_ranges_item_data
                )

                staff_count_ranges.append(staff_count_ranges_item)

        degrees: list[str] | Unset = d.get("degrees", UNSET)

        fields_of_study: list[str] | Unset = d.get("fieldsOfStudy", UNSET)

        organizations: list[str] | Unset = d.get("organizations", UNSET)

        linked_in_platform_data_audience = object.__new__(
            _Unhooked if cls is LinkedInPlatformDataAudience else cls
        )
        linked_in_platform_data_audience.countries = countries
        linked_in_platform_data_audience.geo_locations = geo_locations
        linked_in_platform_data_audience.industries = industries
        linked_in_platform_data_audience.job_functions = job_functions
        linked_in_platform_data_audience.seniorities = seniorities
        linked_in_platform_data_audience.staff_count_ranges = staff_count_ranges
        linked_in_platform_data_audience.degrees = degrees
        linked_in_platform_data_audience.fields_of_study = fields_of_study
        linked_in_platform_data_audience.organizations = organizations
        if "interfaceLocales" not in d:  # nothing to build later
            linked_in_platform_data_audience.interface_locales = UNSET
        linked_in_platform_data_audience._source = d
        linked_in_platform_data_audience._changed = (
            cls is not LinkedInPlatformDataAudience
        )  # a subclass may set attributes unhooked
        if cls is not LinkedInPlatformDataAudience:  # a subclass's own fields, which __init__ would have set
            fill_defaults(linked_in_platform_data_audience, LinkedInPlatformDataAudience)
        else:
            linked_in_platform_data_audience.__class__ = cls
        return linked_in_platform_data_audience

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


#: ``from_dict`` fills one of these, then makes it a LinkedInPlatformDataAudience (types.unhooked).
_Unhooked = unhooked(LinkedInPlatformDataAudience)


def _read_interface_locales(
    d: Mapping[str, Any],
) -> list[LinkedInPlatformDataAudienceInterfaceLocalesItem] | Unset:
    _interface_locales = d.get("interfaceLocales", UNSET)
    interface_locales: list[LinkedInPlatformDataAudienceInterfaceLocalesItem] | Unset = UNSET
    if _interface_locales is not UNSET:
        interface_locales = [
            LinkedInPlatformDataAudienceInterfaceLocalesItem.from_dict(interface_locales_item_data)
            for interface_locales_item_data in _interface_locales
        ]

    return interface_locales


LinkedInPlatformDataAudience._lazy_readers = lazy_readers(
    LinkedInPlatformDataAudience, globals(), _PROPERTY_NAMES
)

from ..models.linked_in_platform_data_audience_interface_locales_item import (
    LinkedInPlatformDataAudienceInterfaceLocalesItem,
)
