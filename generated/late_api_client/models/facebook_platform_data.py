from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.facebook_platform_data_content_type import FacebookPlatformDataContentType
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

T = TypeVar("T", bound="FacebookPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "contentType",
        "title",
        "firstComment",
        "pageId",
        "geoRestriction",
        "facebookSettings",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class FacebookPlatformData(LazyFields):
    """Feed posts support up to 10 images (no mixed video+image). Stories require single media (24h, no captions). Reels
    require a single vertical video (9:16). The Zernio API does not preflight Reel duration. Meta's Reels publishing
    guide documents 3-90 seconds. Geo-restriction is a hard visibility restriction: users outside the specified
    countries cannot see the post. Not supported for stories. Draft, carousel, and colored-background text options live
    under facebookSettings, see FacebookSettings.

        Attributes:
            content_type (FacebookPlatformDataContentType | None): Set to 'story' for Page Stories (24h ephemeral) or 'reel'
                for Reels (short vertical video). Defaults to feed post if omitted.
            title (str | None): Reel title (only for contentType=reel). Separate from the caption/content field.
            first_comment (str | None): Optional first comment to post immediately after publishing (feed posts and reels,
                not stories). Skipped when facebookSettings.draft is true.
            page_id (str | None): Target Facebook Page ID for multi-page posting. If omitted, uses the default page. Use GET
                /v1/accounts/{id}/facebook-page to list pages.
            geo_restriction (GeoRestriction | None): Country-level geo-restriction (allowlist). When set, the post is only
                visible to users in the specified countries. Supported on Facebook (feed posts, videos, reels), X (media-level
                restriction), and LinkedIn (organization pages only, min 300 targeted followers). Ignored on unsupported
                platforms. Stories (Facebook, Instagram) do not support geo-restriction.
            facebook_settings (FacebookSettings | None): Facebook options that must be nested under
                platformSpecificData.facebookSettings, or sent at the request root as facebookSettings. The remaining Facebook
                options sit directly on platformSpecificData, see FacebookPlatformData.
    """

    content_type: FacebookPlatformDataContentType | None = None
    title: str | None = None
    first_comment: str | None = None
    page_id: str | None = None
    geo_restriction: GeoRestriction | None = None
    facebook_settings: FacebookSettings | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def contentType(self) -> FacebookPlatformDataContentType | None:
        """``content_type`` under its wire name, as the Late docs spell it."""
        return self.content_type

    @property
    def firstComment(self) -> str | None:
        """``first_comment`` under its wire name, as the Late docs spell it."""
        return self.first_comment

    @property
    def pageId(self) -> str | None:
        """``page_id`` under its wire name, as the Late docs spell it."""
        return self.page_id

    @property
    def geoRestriction(self) -> GeoRestriction | None:
        """``geo_restriction`` under its wire name, as the Late docs spell it."""
        return self.geo_restriction

    @property
    def facebookSettings(self) -> FacebookSettings | None:
        """``facebook_settings`` under its wire name, as the Late docs spell it."""
        return self.facebook_settings

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        title = self.title

        first_comment = self.first_comment

        page_id = self.page_id

        geo_restriction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_restriction, Unset):
            geo_restriction = self.geo_restriction.to_dict()

        facebook_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facebook_settings, Unset):
            facebook_settings = self.facebook_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if content_type is not None or "contentType" in source:
            field_dict["contentType"] = content_type
        if title is not None or "title" in source:
            field_dict["title"] = title
        if first_comment is not None or "firstComment" in source:
            field_dict["firstComment"] = first_comment
        if page_id is not None or "pageId" in source:
            field_dict["pageId"] = page_id
        if geo_restriction is not None or "geoRestriction" in source:
            field_dict["geoRestriction"] = geo_restriction
        if facebook_settings is not None or "facebookSettings" in source:
            field_dict["facebookSettings"] = facebook_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        _content_type = d.get("contentType", UNSET)
        content_type: FacebookPlatformDataContentType | Unset
        if _content_type is UNSET:
            content_type = UNSET
        else:
            content_type = parse_enum(FacebookPlatformDataContentType, _content_type)

        title = d.get("title", UNSET)

        first_comment = d.get("firstComment", UNSET)

        page_id = d.get("pageId", UNSET)

        facebook_platform_data = object.__new__(_Unhooked if cls is FacebookPlatformData else cls)
        facebook_platform_data.content_type = content_type
        facebook_platform_data.title = title
        facebook_platform_data.first_comment = first_comment
        facebook_platform_data.page_id = page_id
        if "geoRestriction" not in d:  # nothing to build later
            facebook_platform_data.geo_restriction = UNSET
        if "facebookSettings" not in d:  # nothing to build later
            facebook_platform_data.facebook_settings = UNSET
        facebook_platform_data._source = d
        facebook_platform_data._changed = (
            cls is not FacebookPlatformData
        )  # a subclass may set attributes unhooked
        if cls is not FacebookPlatformData:  # a subclass's own fields, which __init__ would have set
            fill_defaults(facebook_platform_data, FacebookPlatformData)
        else:
            facebook_platform_data.__class__ = cls
        return facebook_platform_data

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


#: ``from_dict`` fills one of these, then makes it a FacebookPlatformData (types.unhooked).
_Unhooked = unhooked(FacebookPlatformData)


def _read_geo_restriction(d: Mapping[str, Any]) -> GeoRestriction | Unset:
    _geo_restriction = d.get("geoRestriction", UNSET)
    geo_restriction: GeoRestriction | Unset
    if _geo_restriction is UNSET:
        geo_restriction = UNSET
    else:
        geo_restriction = GeoRestriction.from_dict(_geo_restriction)

    return geo_restriction


def _read_facebook_settings(d: Mapping[str, Any]) -> FacebookSettings | Unset:
    _facebook_settings = d.get("facebookSettings", UNSET)
    facebook_settings: FacebookSettings | Unset
    if _facebook_settings is UNSET:
        facebook_settings = UNSET
    else:
        facebook_settings = FacebookSettings.from_dict(_facebook_settings)

    return facebook_settings


FacebookPlatformData._lazy_readers = lazy_readers(FacebookPlatformData, globals(), _PROPERTY_NAMES)

from ..models.facebook_settings import FacebookSettings
from ..models.geo_restriction import GeoRestriction
