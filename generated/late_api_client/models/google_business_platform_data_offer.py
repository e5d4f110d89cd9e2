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

T = TypeVar("T", bound="GoogleBusinessPlatformDataOffer")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "redeemOnlineUrl",
        "termsConditions",
        "couponCode",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class GoogleBusinessPlatformDataOffer(Sourced):
    """Offer details. Required when topicType is OFFER. All fields are optional per Google's API, but at least one is
    recommended.

        Attributes:
            redeem_online_url (str | None): URL where the offer can be redeemed online
            terms_conditions (str | None): Terms and conditions for the offer
            coupon_code (str | None): Coupon code for the offer Example: SAVE20.
    """

    redeem_online_url: str | None = None
    terms_conditions: str | None = None
    coupon_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def redeemOnlineUrl(self) -> str | None:
        """``redeem_online_url`` under its wire name, as the Late docs spell it."""
        return self.redeem_online_url

    @property
    def termsConditions(self) -> str | None:
        """``terms_conditions`` under its wire name, as the Late docs spell it."""
        return self.terms_conditions

    @property
    def couponCode(self) -> str | None:
        """``coupon_code`` under its wire name, as the Late docs spell it."""
        return self.coupon_code

    def to_dict(self) -> dict[str, Any]:
        redeem_online_url = self.redeem_online_url

        terms_conditions = self.terms_conditions

        coupon_code = self.coupon_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if redeem_online_url is not None or "redeemOnlineUrl" in source:
            field_dict["redeemOnlineUrl"] = redeem_online_url
        if terms_conditions is not None or "termsConditions" in source:
            field_dict["termsConditions"] = terms_conditions
        if coupon_code is not None or "couponCode" in source:
            field_dict["couponCode"] = coupon_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        redeem_online_url = d.get("redeemOnlineUrl", UNSET)

        terms_conditions = d.get("termsConditions", UNSET)

        coupon_code = d.get("couponCode", UNSET)

        google_business_platform_data_offer = cls(
            redeem_online_url,
            terms_conditions,
            coupon_code,
        )
        object.__setattr__(
            google_business_platform_data_offer, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            google_business_platform_data_offer.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return google_business_platform_data_offer

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
