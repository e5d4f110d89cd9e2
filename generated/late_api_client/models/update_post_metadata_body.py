from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_post_metadata_body_platform import UpdatePostMetadataBodyPlatform
from ..models.update_post_metadata_body_privacy_status import (
    UpdatePostMetadataBodyPrivacyStatus,
)
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="UpdatePostMetadataBody")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "platform",
        "videoId",
        "accountId",
        "title",
        "description",
        "tags",
        "categoryId",
        "privacyStatus",
        "thumbnailUrl",
        "madeForKids",
        "containsSyntheticMedia",
        "playlistId",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class UpdatePostMetadataBody(Sourced):
    """
    Attributes:
        platform (UpdatePostMetadataBodyPlatform): The platform to update metadata on
        video_id (str | None): YouTube video ID (required for direct mode, ignored for post-based mode)
        account_id (str | None): Zernio account ID. Required for direct mode. In post-based mode, picks which account's
            copy to update when the post was published to several accounts on this platform (required in that case).
        title (str | None): New video title (max 100 characters for YouTube)
        description (str | None): New video description
        tags (list[str] | None): Array of keyword tags (max 500 characters combined for YouTube)
        category_id (str | None): YouTube video category ID
        privacy_status (UpdatePostMetadataBodyPrivacyStatus | None): Video privacy setting
        thumbnail_url (str | None): Public URL of a custom thumbnail image (JPEG, PNG, or GIF, max 50 MB, recommended
            1280x720). Works on any video you own, including existing videos not published through Zernio. The channel must
            be verified (phone verification) to set custom thumbnails. If the thumbnail cannot be set (YouTube refuses it,
            for example a channel without the custom-thumbnail permission or a video not owned by the connected channel, or
            the image URL cannot be fetched or is not a supported format or size), the request answers 400 with the reason
            and no field is updated. A YouTube thumbnail rate limit (uploadRateLimitExceeded) answers 429; retry later, not
            immediately, because retries keep the channel over its limit. Any other temporary YouTube or network failure
            answers 500 and can be retried.
        made_for_kids (bool | None): COPPA compliance flag. Set true for child-directed content (restricts comments,
            notifications, ad targeting).
        contains_synthetic_media (bool | None): AI-generated content disclosure. Set true if the video contains
            synthetic content that could be mistaken for real. YouTube may add a label.
        playlist_id (str | None): YouTube playlist ID to add the video to (e.g. 'PLxxxxxxxxxxxxx'). Use GET
            /v1/accounts/{id}/youtube-playlists to list available playlists. Only playlists owned by the channel are
            supported.
    """

    platform: UpdatePostMetadataBodyPlatform
    video_id: str | None = None
    account_id: str | None = None
    title: str | None = None
    description: str | None = None
    tags: list[str] | None = None
    category_id: str | None = None
    privacy_status: UpdatePostMetadataBodyPrivacyStatus | None = None
    thumbnail_url: str | None = None
    made_for_kids: bool | None = None
    contains_synthetic_media: bool | None = None
    playlist_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def videoId(self) -> str | None:
        """``video_id`` under its wire name, as the Late docs spell it."""
        return self.video_id

    @property
    def accountId(self) -> str | None:
        """``account_id`` under its wire name, as the Late docs spell it."""
        return self.account_id

    @property
    def categoryId(self) -> str | None:
        """``category_id`` under its wire name, as the Late docs spell it."""
        return self.category_id

    @property
    def privacyStatus(self) -> UpdatePostMetadataBodyPrivacyStatus | None:
        """``privacy_status`` under its wire name, as the Late docs spell it."""
        return self.privacy_status

    @property
    def thumbnailUrl(self) -> str | None:
        """``thumbnail_url`` under its wire name, as the Late docs spell it."""
        return self.thumbnail_url

    @property
    def madeForKids(self) -> bool | None:
        """``made_for_kids`` under its wire name, as the Late docs spell it."""
        return self.made_for_kids

    @property
    def containsSyntheticMedia(self) -> bool | None:
        """``contains_synthetic_media`` under its wire name, as the Late docs spell it."""
        return self.contains_synthetic_media

    @property
    def playlistId(self) -> str | None:
        """``playlist_id`` under its wire name, as the Late docs spell it."""
        return self.playlist_id

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform.value

        video_id = self.video_id

        account_id = self.account_id

        title = self.title

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        category_id = self.category_id

        privacy_status: str | Unset = UNSET
        if not isinstance(self.privacy_status, Unset):
            privacy_status = self.privacy_status.value

        thumbnail_url = self.thumbnail_url

        made_for_kids = self.made_for_kids

        contains_synthetic_media = self.contains_synthetic_media

        playlist_id = self.playlist_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
            }
        )
        source = source_of(self)
        if video_id is not None or "videoId" in source:
            field_dict["videoId"] = video_id
        if account_id is not None or "accountId" in source:
            field_dict["accountId"] = account_id
        if title is not None or "title" in source:
            field_dict["title"] = title
        if description is not None or "description" in source:
            field_dict["description"] = description
        if tags is not None or "tags" in source:
            field_dict["tags"] = tags
        if category_id is not None or "categoryId" in source:
            field_dict["categoryId"] = category_id
        if privacy_status is not None or "privacyStatus" in source:
            field_dict["privacyStatus"] = privacy_status
        if thumbnail_url is not None or "thumbnailUrl" in source:
            field_dict["thumbnailUrl"] = thumbnail_url
        if made_for_kids is not None or "madeForKids" in source:
            field_dict["madeForKids"] = made_for_kids
        if contains_synthetic_media is not None or "containsSyntheticMedia" in source:
            field_dict["containsSyntheticMedia"] = contains_synthetic_media
        if playlist_id is not None or "playlistId" in source:
            field_dict["playlistId"] = playlist_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        platform = parse_enum(UpdatePostMetadataBodyPlatform, d["platform"])

        video_id = d.get("videoId", UNSET)

        account_id = d.get("accountId", UNSET)

        title = d.get("title", UNSET)

        description = d.get("description", UNSET)

        tags: list[str] | Unset = d.get("tags", UNSET)

        category_id = d.get("categoryId", UNSET)

        _privacy_status = d.get("privacyStatus", UNSET)
        privacy_status: UpdatePostMetadataBodyPrivacyStatus | Unset
        if _privacy_status is UNSET:
            privacy_status = UNSET
        else:
            privacy_status = parse_enum(UpdatePostMetadataBodyPrivacyStatus, _privacy_status)

        thumbnail_url = d.get("thumbnailUrl", UNSET)

        made_for_kids = d.get("madeForKids", UNSET)

        contains_synthetic_media = d.get("containsSyntheticMedia", UNSET)

        playlist_id = d.get("playlistId", UNSET)

        update_post_metadata_body = cls(
            platform,
            video_id,
            account_id,
            title,
            description,
            tags,
            category_id,
            privacy_status,
            thumbnail_url,
            made_for_kids,
            contains_synthetic_media,
            playlist_id,
        )
        object.__setattr__(
            update_post_metadata_body, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            update_post_metadata_body.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return update_post_metadata_body

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
