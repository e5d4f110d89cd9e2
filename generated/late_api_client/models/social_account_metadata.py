from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="SocialAccountMetadata")


@_attrs_define(repr=False, getstate_setstate=False)
class SocialAccountMetadata(Sourced):
    """Platform-specific metadata. Fields vary by platform. For WhatsApp accounts, includes:
    - qualityRating: Phone number quality rating from Meta (GREEN, YELLOW, RED, or UNKNOWN)
    - nameStatus: Display name review status (APPROVED, PENDING_REVIEW, DECLINED, or NONE). A declined or pending
    display name does not by itself block sending; sendability is reported separately via health_status
    (can_send_message).
    - messagingLimitTier: Maximum unique business-initiated conversations per 24h rolling window (TIER_250, TIER_1K,
    TIER_10K, TIER_100K, or TIER_UNLIMITED). Scales automatically as quality rating improves.
    - verifiedName: Meta-verified business display name
    - displayPhoneNumber: Formatted phone number (e.g., "+1 555-123-4567")
    - wabaId: WhatsApp Business Account ID
    - phoneNumberId: Meta phone number ID

    For Meta ads business-login accounts:
    - tokenType: system-user
    - businessId: The owning Business Manager ID when there is one owner; null for multiple owners.
    - businessIds: Owning Business Manager IDs discovered from granted ad accounts.
    - grantedAdAccountIds: Ad-account IDs granted to the token.
    - adAccountBusinesses: Map from ad-account ID to its owning business ID or null.
    - availablePages: Granted Page IDs and names. No Page tokens are exposed.
    - selectedPageId: The Page selected for creatives and lead forms, or null.
    - scopedAdAccountIds: Existing sync scope preserved on reconnect.
    Non-expiring tokens have no tokenExpiresAt field. Parent posting reconnects do not replace this token.

    For LinkedIn accounts, profileData carries the profile details refreshed on each daily snapshot:
    - profileData.bio: The member's headline for personal accounts, or the organization description for organization
    accounts. null when the member has not set one.
    - profileData.extraData.vanityName: The member's profile slug, i.e. the /in/{vanityName} segment of profileUrl.
    Personal accounts only; an organization's own slug is in metadata.organizationInfo.vanityName.

    For Instagram accounts:
    - loginMethod: "facebook_login" when the account was connected through Facebook Login. Absent on accounts connected
    with Instagram Login. On facebook_login accounts, comment reads leave hidden comments out entirely instead of
    returning them with isHidden true.
    - instagramScopedId: the Instagram professional account id (`17841...`). On Instagram Login accounts this is the id
    that is the same whichever app connected the account, while platformUserId is app-scoped; Facebook Login accounts
    hold this id as platformUserId.

    For X (Twitter) accounts:
    - profileData.extraData.isPremium: Whether X reports a paid subscription (Basic, Premium, Premium+, or a blue
    verified badge), which raises the post length limit from 280 to 25,000 characters. Read live at connect and
    reconnect and refreshed by the daily follower snapshot; because X intermittently reports no subscription for
    subscribed accounts, a cancellation is stored on the fourth consecutive daily snapshot that reports it (about four
    days). Accounts connected before the extraData layout carry the same flag at profileData.isPremium.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        social_account_metadata = cls()
        object.__setattr__(
            social_account_metadata, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if d:
            social_account_metadata.additional_properties = dict(d)

        return social_account_metadata

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
