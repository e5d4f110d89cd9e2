from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    fill_defaults,
    lazy_readers,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="LinkedInPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "documentTitle",
        "organizationUrn",
        "firstComment",
        "disableLinkPreview",
        "audience",
        "reshareUrl",
        "geoRestriction",
        "poll",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class LinkedInPlatformData(LazyFields):
    """Up to 20 images, no multi-video. Single PDF supported (max 100MB). Link previews auto-generated when no media
    attached. Use organizationUrn for multi-org posting. Geo-restriction only works for organization pages (not personal
    profiles) and requires the targeted audience to exceed 300 followers. Polls are supported via the poll object: 2-4
    options, cannot be combined with media or reshareUrl, cannot be edited after publishing, and API-created polls are
    non-sponsored only.

        Attributes:
            document_title (str | None): Title displayed on LinkedIn document (PDF/carousel) posts. Required by LinkedIn for
                document posts. If omitted, falls back to the media item title, then the filename.
            organization_urn (str | None): Target LinkedIn Organization URN (e.g. "urn:li:organization:123456789"). If
                omitted, uses the default org. Use GET /v1/accounts/{id}/linkedin-organizations to list orgs.
            first_comment (str | None): Optional first comment to add after the post is created
            disable_link_preview (bool | None): Set to true to disable automatic link previews for URLs in the post content
                (default is false)
            audience (LinkedInPlatformDataAudience | None): Organization pages only. Audience targeting for the post (Ads
                Manager's "Targeted audience"), sent as LinkedIn's distribution.targetEntities: OR inside a facet, AND across
                facets. LinkedIn rejects the post when the targeted audience is under 300 members, and Zernio rejects it on a
                personal profile. URN facets accept a full urn:li:<type>:<id> or the bare numeric id; find ids with GET
                /v1/ads/targeting/search?platform=linkedin (types country, region, industry, jobFunction, seniority,
                companySize).
            reshare_url (str | None): LinkedIn post link to repost (use the post's "Copy link to post" action), or a
                urn:li:share / urn:li:ugcPost / urn:li:groupPost URN. The published post is always a reshare authored by your
                account with the original embedded underneath: with content your text is the commentary (LinkedIn's "repost with
                your thoughts"), and with no content it publishes as a text-free reshare. A text-free reshare is NOT LinkedIn's
                one-click "Repost" (the feed treatment where the original author stays the author); LinkedIn's API exposes no
                way to create that, so the post still appears authored by you with the original embedded. Mutually exclusive
                with media. Works on personal profiles and organization pages.
            geo_restriction (GeoRestriction | None): Country-level geo-restriction (allowlist). When set, the post is only
                visible to users in the specified countries. Supported on Facebook (feed posts, videos, reels), X (media-level
                restriction), and LinkedIn (organization pages only, min 300 targeted followers). Ignored on unsupported
                platforms. Stories (Facebook, Instagram) do not support geo-restriction.
            poll (LinkedInPlatformDataPoll | None): Create a LinkedIn poll with this post. Cannot be combined with media or
                reshareUrl. Polls cannot be edited after publishing on LinkedIn, and API-created polls are non-sponsored only
                (they cannot be promoted as ads).
    """

    document_title: str | None = None
    organization_urn: str | None = None
    first_comment: str | None = None
    disable_link_preview: bool | None = None
    audience: LinkedInPlatformDataAudience | None = None
    reshare_url: str | None = None
    geo_restriction: GeoRestriction | None = None
    poll: LinkedInPlatformDataPoll | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def documentTitle(self) -> str | None:
        """``document_title`` under its wire name, as the Late docs spell it."""
        return self.document_title

    @property
    def organizationUrn(self) -> str | None:
        """``organization_urn`` under its wire name, as the Late docs spell it."""
        return self.organization_urn

    @property
    def firstComment(self) -> str | None:
        """``first_comment`` under its wire name, as the Late docs spell it."""
        return self.first_comment

    @property
    def disableLinkPreview(self) -> bool | None:
        """``disable_link_preview`` under its wire name, as the Late docs spell it."""
        return self.disable_link_preview

    @property
    def reshareUrl(self) -> str | None:
        """``reshare_url`` under its wire name, as the Late docs spell it."""
        return self.reshare_url

    @property
    def geoRestriction(self) -> GeoRestriction | None:
        """``geo_restriction`` under its wire name, as the Late docs spell it."""
        return self.geo_restriction

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        document_title = self.document_title

        organization_urn = self.organization_urn

        first_comment = self.first_comment

        disable_link_preview = self.disable_link_preview

        audience: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience.to_dict()

        reshare_url = self.reshare_url

        geo_restriction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_restriction, Unset):
            geo_restriction = self.geo_restriction.to_dict()

        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poll, Unset):
            poll = self.poll.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if document_title is not None or "documentTitle" in source:
            field_dict["documentTitle"] = document_title
        if organization_urn is not None or "organizationUrn" in source:
            field_dict["organizationUrn"] = organization_urn
        if first_comment is not None or "firstComment" in source:
            field_dict["firstComment"] = first_comment
        if disable_link_preview is not None or "disableLinkPreview" in source:
            field_dict["disableLinkPreview"] = disable_link_preview
        if audience is not None or "audience" in source:
            field_dict["audience"] = audience
        if reshare_url is not None or "reshareUrl" in source:
            field_dict["reshareUrl"] = reshare_url
        if geo_restriction is not None or "geoRestriction" in source:
            field_dict["geoRestriction"] = geo_restriction
        if poll is not None or "poll" in source:
            field_dict["poll"] = poll

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        document_title = d.get("documentTitle", UNSET)

        organization_urn = d.get("organizationUrn", UNSET)

        first_comment = d.get("firstComment", UNSET)

        disable_link_preview = d.get("disableLinkPreview", UNSET)

        reshare_url = d.get("reshareUrl", UNSET)

        linked_in_platform_data = object.__new__(_Unhooked if cls is LinkedInPlatformData else cls)
        linked_in_platform_data.document_title = document_title
        linked_in_platform_data.organization_urn = organization_urn
        linked_in_platform_data.first_comment = first_comment
        linked_in_platform_data.disable_link_preview = disable_link_preview
        linked_in_platform_data.reshare_url = reshare_url
        if "audience" not in d:  # nothing to build later
            linked_in_platform_data.audience = UNSET
        if "geoRestriction" not in d:  # nothing to build later
            linked_in_platform_data.geo_restriction = UNSET
        if "poll" not in d:  # nothing to build later
            linked_in_platform_data.poll = UNSET
        linked_in_platform_data._source = d
        linked_in_platform_data._changed = (
            cls is not LinkedInPlatformData
        )  # a subclass may set attributes unhooked
        if cls is not LinkedInPlatformData:  # a subclass's own fields, which __init__ would have set
            fill_defaults(linked_in_platform_data, LinkedInPlatformData)
        else:
            linked_in_platform_data.__class__ = cls
        return linked_in_platform_data

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


#: ``from_dict`` fills one of these, then makes it a LinkedInPlatformData (types.unhooked).
_Unhooked = unhooked(LinkedInPlatformData)


def _read_audience(d: Mapping[str, Any]) -> LinkedInPlatformDataAudience | Unset:
    _audience = d.get("audience", UNSET)
    audience: LinkedInPlatformDataAudience | Unset
    if _audience is UNSET:
        audience = UNSET
    else:
        audience = LinkedInPlatformDataAudience.from_dict(_audience)

    return audience


def _read_geo_restriction(d: Mapping[str, Any]) -> GeoRestriction | Unset:
    _geo_restriction = d.get("geoRestriction", UNSET)
    geo_restriction: GeoRestriction | Unset
    if _geo_restriction is UNSET:
        geo_restriction = UNSET
    else:
        geo_restriction = GeoRestriction.from_dict(_geo_restriction)

    return geo_restriction


def _read_poll(d: Mapping[str, Any]) -> LinkedInPlatformDataPoll | Unset:
    _poll = d.get("poll", UNSET)
    poll: LinkedInPlatformDataPoll | Unset
    if _poll is UNSET:
        poll = UNSET
    else:
        poll = LinkedInPlatformDataPoll.from_dict(_poll)

    return poll


LinkedInPlatformData._lazy_readers = lazy_readers(LinkedInPlatformData, globals(), _PROPERTY_NAMES)

from ..models.geo_restriction import GeoRestriction
from ..models.linked_in_platform_data_audience import LinkedInPlatformDataAudience
from ..models.linked_in_platform_data_poll import LinkedInPlatformDataPoll
