from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="GeoRestriction")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "countries",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class GeoRestriction(Sourced):
    """Country-level geo-restriction (allowlist). When set, the post is only visible to users in the specified countries.
    Supported on Facebook (feed posts, videos, reels), X (media-level restriction), and LinkedIn (organization pages
    only, min 300 targeted followers). Ignored on unsupported platforms. Stories (Facebook, Instagram) do not support
    geo-restriction.

        Attributes:
            countries (list[str]): ISO 3166-1 alpha-2 country codes (uppercase). Only users in these countries can see the
                post. Maximum 25 countries per post. Example: ["US", "CA", "GB", "ES"].
                 Example: ['US', 'CA', 'GB'].
    """

    countries: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        countries = self.countries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countries": countries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        countries: list[str] = d["countries"]

        geo_restriction = cls(
            countries,
        )
        object.__setattr__(geo_restriction, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            geo_restriction.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return geo_restriction

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
