from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.social_account_platform import SocialAccountPlatform
from ..models.social_account_tiktok_account_type import SocialAccountTiktokAccountType
from ..types import (
    UNSET,
    LazyFields,
    Unset,
    as_sent,
    fill_defaults,
    format_datetime,
    lazy_readers,
    parse_datetime,
    parse_enum,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="SocialAccount")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "_id",
        "platform",
        "profileId",
        "isActive",
        "username",
        "displayName",
        "platformUserId",
        "tiktokAccountType",
        "profilePicture",
        "profileUrl",
        "needsReconnection",
        "followersCount",
        "followersLastUpdated",
        "parentAccountId",
        "enabled",
        "rateLimitedUntil",
        "metadata",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class SocialAccount(LazyFields):
    """
    Attributes:
        field_id (str):
        platform (SocialAccountPlatform):
        profile_id (Profile | str):
        is_active (bool):
        username (str | None):
        display_name (str | None):
        platform_user_id (str | None): The account's id on its platform as the platform reports it to Zernio; stable
            across reconnects, so it is the key to match an account against your own records. Instagram: the app-scoped user
            id on Instagram Login accounts (the professional account id is in `metadata.instagramScopedId`), the
            professional account id (`17841...`) on Facebook Login accounts. TikTok: the open_id of Zernio's TikTok app,
            which differs from the open_id any other app sees for the same user. Either value can be passed back as
            `expectedPlatformUserId` on GET /v1/connect/{platform}.
        tiktok_account_type (SocialAccountTiktokAccountType | None): TikTok accounts only. The account type TikTok
            reported when the account was connected. `personal` accounts cannot use TikTok direct messages through the API
            (TikTok limits Business Messaging to Business Accounts): skip the inbox for them and tell the user to switch to
            a Business Account in the TikTok app, then reconnect. `business` is the prerequisite, not a guarantee; messaging
            also needs the messaging scopes granted and TikTok's regional availability. `unknown` on accounts connected
            before this was captured or whose grant left out the account-type scope.
        profile_picture (None | str | None): URL to the account's profile picture on the platform. May be null if the
            platform does not provide one.
        profile_url (str | None): Full profile URL for the connected account on its platform.
        needs_reconnection (bool | None): The platform definitively reported the stored OAuth token as dead.
            While true, GET /v1/connect/{platform}/ads returns a
            fresh authUrl (implicit force=true) instead of alreadyConnected,
            so re-running the connect flow recovers the account. Cleared
            automatically when the account is re-authorized.
        followers_count (float | None): Follower count (only included if user has analytics add-on)
        followers_last_updated (datetime.datetime | None): Last time follower count was updated (only included if user
            has analytics add-on)
        parent_account_id (None | str | None): Reference to the parent posting SocialAccount. Set for ads accounts that
            share
            or derive from a posting account's OAuth token. null for standalone ads (Google Ads)
            and all posting accounts. Meta ads business-login accounts also have no parent.
        enabled (bool | None): Whether the user explicitly activated this account. false means the account was
            created as a side effect (e.g., posting account auto-created when user connected
            ads first). GET /v1/accounts still returns such accounts unless `excludeHidden=true`
            is passed. They cannot be posted to (`ACCOUNT_NOT_ENABLED_FOR_POSTING`) and are not
            billed as connected accounts. On an ads account (`metaads`, `googleads`, ...) the value
            does not hide the connection: ads accounts are listed whatever their `enabled` value and
            keep working for ads.
        rate_limited_until (datetime.datetime | None | None): End of the account's publishing cooldown. Compare it with
            the current time: a value
            in the past means the cooldown has ended (the field is cleared on the next successful
            publish), null means no cooldown since the last successful publish. A cooldown starts
            when a post to the account fails with `errorCategory` `user_abuse` (spam, abuse or
            rate-limit errors), or when 10 or more posts to it fail within an hour with
            `user_content`, `platform_error`, `platform_rate_limit` or `unknown`. It doubles with
            each start inside a 24-hour window that opens at the first one (10, 20, 40, 80 minutes
            and so on, capped at 24 hours). On a YouTube account with a recorded successful upload
            it instead runs until 24 hours after that upload, or 1 hour when that upload is older
            than 24 hours. While it is in the future, POST /v1/posts (drafts excepted) and
            POST /v1/posts/{postId}/retry return 429 for this account, and this account's pending
            targets on posts scheduled before the cooldown ends are failed when it starts.
        metadata (SocialAccountMetadata | None): Platform-specific metadata. Fields vary by platform. For WhatsApp
            accounts, includes:
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
            - loginMethod: "facebook_login" when the account was connected through Facebook Login. Absent on accounts
            connected with Instagram Login. On facebook_login accounts, comment reads leave hidden comments out entirely
            instead of returning them with isHidden true.
            - instagramScopedId: the Instagram professional account id (`17841...`). On Instagram Login accounts this is the
            id that is the same whichever app connected the account, while platformUserId is app-scoped; Facebook Login
            accounts hold this id as platformUserId.

            For X (Twitter) accounts:
            - profileData.extraData.isPremium: Whether X reports a paid subscription (Basic, Premium, Premium+, or a blue
            verified badge), which raises the post length limit from 280 to 25,000 characters. Read live at connect and
            reconnect and refreshed by the daily follower snapshot; because X intermittently reports no subscription for
            subscribed accounts, a cancellation is stored on the fourth consecutive daily snapshot that reports it (about
            four days). Accounts connected before the extraData layout carry the same flag at profileData.isPremium.
    """

    field_id: str
    platform: SocialAccountPlatform
    profile_id: Profile | str
    is_active: bool
    username: str | None = None
    display_name: str | None = None
    platform_user_id: str | None = None
    tiktok_account_type: SocialAccountTiktokAccountType | None = None
    profile_picture: None | str = None
    profile_url: str | None = None
    needs_reconnection: bool | None = None
    followers_count: float | None = None
    followers_last_updated: datetime.datetime | None = None
    parent_account_id: None | str = None
    enabled: bool | None = None
    rate_limited_until: datetime.datetime | None = None
    metadata: SocialAccountMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def _id(self) -> str:
        """``field_id`` under its wire name, as the Late docs spell it."""
        return self.field_id

    @property
    def profileId(self) -> Profile | str:
        """``profile_id`` under its wire name, as the Late docs spell it."""
        return self.profile_id

    @property
    def isActive(self) -> bool:
        """``is_active`` under its wire name, as the Late docs spell it."""
        return self.is_active

    @property
    def displayName(self) -> str | None:
        """``display_name`` under its wire name, as the Late docs spell it."""
        return self.display_name

    @property
    def platformUserId(self) -> str | None:
        """``platform_user_id`` under its wire name, as the Late docs spell it."""
        return self.platform_user_id

    @property
    def tiktokAccountType(self) -> SocialAccountTiktokAccountType | None:
        """``tiktok_account_type`` under its wire name, as the Late docs spell it."""
        return self.tiktok_account_type

    @property
    def profilePicture(self) -> None | str:
        """``profile_picture`` under its wire name, as the Late docs spell it."""
        return self.profile_picture

    @property
    def profileUrl(self) -> str | None:
        """``profile_url`` under its wire name, as the Late docs spell it."""
        return self.profile_url

    @property
    def needsReconnection(self) -> bool | None:
        """``needs_reconnection`` under its wire name, as the Late docs spell it."""
        return self.needs_reconnection

    @property
    def followersCount(self) -> float | None:
        """``followers_count`` under its wire name, as the Late docs spell it."""
        return self.followers_count

    @property
    def followersLastUpdated(self) -> datetime.datetime | None:
        """``followers_last_updated`` under its wire name, as the Late docs spell it."""
        return self.followers_last_updated

    @property
    def parentAccountId(self) -> None | str:
        """``parent_account_id`` under its wire name, as the Late docs spell it."""
        return self.parent_account_id

    @property
    def rateLimitedUntil(self) -> datetime.datetime | None:
        """``rate_limited_until`` under its wire name, as the Late docs spell it."""
        return self.rate_limited_until

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        field_id = self.field_id

        platform = self.platform.value

        profile_id: dict[str, Any] | str
        if isinstance(self.profile_id, Profile):
            profile_id = self.profile_id.to_dict()
        else:
            profile_id = self.profile_id

        is_active = self.is_active

        username = self.username

        display_name = self.display_name

        platform_user_id = self.platform_user_id

        tiktok_account_type: str | Unset = UNSET
        if not isinstance(self.tiktok_account_type, Unset):
            tiktok_account_type = self.tiktok_account_type.value

        profile_picture: None | str | Unset
        if isinstance(self.profile_picture, Unset):
            profile_picture = UNSET
        else:
            profile_picture = self.profile_picture

        profile_url = self.profile_url

        needs_reconnection = self.needs_reconnection

        followers_count = self.followers_count

        followers_last_updated: str | Unset = UNSET
        if not isinstance(self.followers_last_updated, Unset):
            followers_last_updated = format_datetime(self.followers_last_updated)
        followers_last_updated = as_sent(
            self.followers_last_updated, followers_last_updated, source_of(self).get("followersLastUpdated")
        )

        parent_account_id: None | str | Unset
        if isinstance(self.parent_account_id, Unset):
            parent_account_id = UNSET
        else:
            parent_account_id = self.parent_account_id

        enabled = self.enabled

        rate_limited_until: None | str | Unset
        if isinstance(self.rate_limited_until, Unset):
            rate_limited_until = UNSET
        elif isinstance(self.rate_limited_until, datetime.datetime):
            rate_limited_until = format_datetime(self.rate_limited_until)
        else:
            rate_limited_until = self.rate_limited_until
        rate_limited_until = as_sent(
            self.rate_limited_until, rate_limited_until, source_of(self).get("rateLimitedUntil")
        )

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "platform": platform,
                "profileId": profile_id,
                "isActive": is_active,
            }
        )
        source = source_of(self)
        if username is not None or "username" in source:
            field_dict["username"] = username
        if display_name is not None or "displayName" in source:
            field_dict["displayName"] = display_name
        if platform_user_id is not None or "platformUserId" in source:
            field_dict["platformUserId"] = platform_user_id
        if tiktok_account_type is not None or "tiktokAccountType" in source:
            field_dict["tiktokAccountType"] = tiktok_account_type
        if profile_picture is not None or "profilePicture" in source:
            field_dict["profilePicture"] = profile_picture
        if profile_url is not None or "profileUrl" in source:
            field_dict["profileUrl"] = profile_url
        if needs_reconnection is not None or "needsReconnection" in source:
            field_dict["needsReconnection"] = needs_reconnection
        if followers_count is not None or "followersCount" in source:
            field_dict["followersCount"] = followers_count
        if followers_last_updated is not None or "followersLastUpdated" in source:
            field_dict["followersLastUpdated"] = followers_last_updated
        if parent_account_id is not None or "parentAccountId" in source:
            field_dict["parentAccountId"] = parent_account_id
        if enabled is not None or "enabled" in source:
            field_dict["enabled"] = enabled
        if rate_limited_until is not None or "rateLimitedUntil" in source:
            field_dict["rateLimitedUntil"] = rate_limited_until
        if metadata is not None or "metadata" in source:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        field_id = d["_id"]

        platform = parse_enum(SocialAccountPlatform, d["platform"])

        if "profileId" not in d:
            raise KeyError("profileId")
        is_active = d["isActive"]

        username = d.get("username", UNSET)

        display_name = d.get("displayName", UNSET)

        platform_user_id = d.get("platformUserId", UNSET)

        _tiktok_account_type = d.get("tiktokAccountType", UNSET)
        tiktok_account_type: SocialAccountTiktokAccountType | Unset
        if _tiktok_account_type is UNSET:
            tiktok_account_type = UNSET
        else:
            tiktok_account_type = parse_enum(SocialAccountTiktokAccountType, _tiktok_account_type)

        profile_picture: None | str | Unset = d.get("profilePicture", UNSET)

        profile_url = d.get("profileUrl", UNSET)

        needs_reconnection = d.get("needsReconnection", UNSET)

        followers_count = d.get("followersCount", UNSET)

        _followers_last_updated = d.get("followersLastUpdated", UNSET)
        followers_last_updated: datetime.datetime | Unset
        if _followers_last_updated is None or _followers_last_updated is UNSET:
            followers_last_updated = UNSET
        else:
            followers_last_updated = parse_datetime(_followers_last_updated)

        parent_account_id: None | str | Unset = d.get("parentAccountId", UNSET)

        enabled = d.get("enabled", UNSET)

        _rate_limited_until = d.get("rateLimitedUntil", UNSET)
        rate_limited_until: datetime.datetime | None | Unset
        if isinstance(_rate_limited_until, str):
            try:
                rate_limited_until_type_0 = parse_datetime(_rate_limited_until)

                rate_limited_until = rate_limited_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                rate_limited_until = cast("datetime.datetime | None | Unset", _rate_limited_until)
        else:
            rate_limited_until = _rate_limited_until

        social_account = object.__new__(_Unhooked if cls is SocialAccount else cls)
        social_account.field_id = field_id
        social_account.platform = platform
        social_account.is_active = is_active
        social_account.username = username
        social_account.display_name = display_name
        social_account.platform_user_id = platform_user_id
        social_account.tiktok_account_type = tiktok_account_type
        social_account.profile_picture = profile_picture
        social_account.profile_url = profile_url
        social_account.needs_reconnection = needs_reconnection
        social_account.followers_count = followers_count
        social_account.followers_last_updated = followers_last_updated
        social_account.parent_account_id = parent_account_id
        social_account.enabled = enabled
        social_account.rate_limited_until = rate_limited_until
        if "metadata" not in d:  # nothing to build later
            social_account.metadata = UNSET
        social_account._source = d
        social_account._changed = cls is not SocialAccount  # a subclass may set attributes unhooked
        if cls is not SocialAccount:  # a subclass's own fields, which __init__ would have set
            fill_defaults(social_account, SocialAccount)
        else:
            social_account.__class__ = cls
        return social_account

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


#: ``from_dict`` fills one of these, then makes it a SocialAccount (types.unhooked).
_Unhooked = unhooked(SocialAccount)


def _read_profile_id(d: Mapping[str, Any]) -> Profile | str:
    _profile_id = d["profileId"]
    profile_id: Profile | str
    if isinstance(_profile_id, dict):
        try:
            profile_id_type_1 = Profile.from_dict(_profile_id)

            profile_id = profile_id_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            profile_id = cast("Profile | str", _profile_id)
    else:
        profile_id = _profile_id

    return profile_id


def _read_metadata(d: Mapping[str, Any]) -> SocialAccountMetadata | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: SocialAccountMetadata | Unset
    if _metadata is UNSET:
        metadata = UNSET
    else:
        metadata = SocialAccountMetadata.from_dict(_metadata)

    return metadata


SocialAccount._lazy_readers = lazy_readers(SocialAccount, globals(), _PROPERTY_NAMES)

from ..models.profile import Profile
from ..models.social_account_metadata import SocialAccountMetadata
