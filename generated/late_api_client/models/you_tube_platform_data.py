from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.you_tube_platform_data_visibility import YouTubePlatformDataVisibility
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="YouTubePlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "title",
        "visibility",
        "madeForKids",
        "firstComment",
        "containsSyntheticMedia",
        "notifySubscribers",
        "categoryId",
        "playlistId",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class YouTubePlatformData(Sourced):
    """Videos under 3 min auto-detected as Shorts. Custom thumbnails for regular videos only. Scheduled videos are uploaded
    immediately with the specified visibility. There is no description field here: the video description comes from the
    post content, or from customContent on this platform target when set, and is truncated to 5000 characters.

        Attributes:
            title (str | None): Video title. Defaults to first line of content or "Untitled Video". Must be ≤ 100
                characters.
            visibility (YouTubePlatformDataVisibility | None): Video visibility: public (default, anyone can watch),
                unlisted (link only), private (invite only) Default: YouTubePlatformDataVisibility.PUBLIC.
            made_for_kids (bool | None): COPPA compliance flag. Set true for child-directed content (restricts comments,
                notifications, ad targeting). Defaults to false. YouTube may block views if not explicitly set. Default: False.
            first_comment (str | None): Optional first comment to post immediately after video upload. Up to 10,000
                characters (YouTube's comment limit).
            contains_synthetic_media (bool | None): AI-generated content disclosure. Set true if the video contains
                synthetic content that could be mistaken for real. YouTube may add a label. Default: False.
            notify_subscribers (bool | None): Set false to skip notifying subscribers about this upload (YouTube's
                notifySubscribers). Defaults to true. Default: True.
            category_id (str | None): YouTube video category ID. Defaults to 22 (People & Blogs). Common: 1 (Film), 2
                (Autos), 10 (Music), 15 (Pets), 17 (Sports), 20 (Gaming), 23 (Comedy), 24 (Entertainment), 25 (News), 26
                (Howto), 27 (Education), 28 (Science & Tech). Default: '22'.
            playlist_id (str | None): Optional YouTube playlist ID to add the video to after upload (e.g.
                'PLxxxxxxxxxxxxx'). Use GET /v1/accounts/{id}/youtube-playlists to list available playlists. Works for both
                immediate and scheduled uploads. Quota cost: 50 YouTube API units per call.
    """

    title: str | None = None
    visibility: YouTubePlatformDataVisibility | None = None
    made_for_kids: bool | None = None
    first_comment: str | None = None
    contains_synthetic_media: bool | None = None
    notify_subscribers: bool | None = None
    category_id: str | None = None
    playlist_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def madeForKids(self) -> bool | None:
        """``made_for_kids`` under its wire name, as the Late docs spell it."""
        return self.made_for_kids

    @property
    def firstComment(self) -> str | None:
        """``first_comment`` under its wire name, as the Late docs spell it."""
        return self.first_comment

    @property
    def containsSyntheticMedia(self) -> bool | None:
        """``contains_synthetic_media`` under its wire name, as the Late docs spell it."""
        return self.contains_synthetic_media

    @property
    def notifySubscribers(self) -> bool | None:
        """``notify_subscribers`` under its wire name, as the Late docs spell it."""
        return self.notify_subscribers

    @property
    def categoryId(self) -> str | None:
        """``category_id`` under its wire name, as the Late docs spell it."""
        return self.category_id

    @property
    def playlistId(self) -> str | None:
        """``playlist_id`` under its wire name, as the Late docs spell it."""
        return self.playlist_id

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        made_for_kids = self.made_for_kids

        first_comment = self.first_comment

        contains_synthetic_media = self.contains_synthetic_media

        notify_subscribers = self.notify_subscribers

        category_id = self.category_id

        playlist_id = self.playlist_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if title is not None or "title" in source:
            field_dict["title"] = title
        if visibility is not None or "visibility" in source:
            field_dict["visibility"] = visibility
        if made_for_kids is not None or "madeForKids" in source:
            field_dict["madeForKids"] = made_for_kids
        if first_comment is not None or "firstComment" in source:
            field_dict["firstComment"] = first_comment
        if contains_synthetic_media is not None or "containsSyntheticMedia" in source:
            field_dict["containsSyntheticMedia"] = contains_synthetic_media
        if notify_subscribers is not None or "notifySubscribers" in source:
            field_dict["notifySubscribers"] = notify_subscribers
        if category_id is not None or "categoryId" in source:
            field_dict["categoryId"] = category_id
        if playlist_id is not None or "playlistId" in source:
            field_dict["playlistId"] = playlist_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        title = d.get("title", UNSET)

        _visibility = d.get("visibility", UNSET)
        visibility: YouTubePlatformDataVisibility | Unset
        if _visibility is UNSET:
            visibility = UNSET
        else:
            visibility = parse_enum(YouTubePlatformDataVisibility, _visibility)

        made_for_kids = d.get("madeForKids", UNSET)

        first_comment = d.get("firstComment", UNSET)

        contains_synthetic_media = d.get("containsSyntheticMedia", UNSET)

        notify_subscribers = d.get("notifySubscribers", UNSET)

        category_id = d.get("categoryId", UNSET)

        playlist_id = d.get("playlistId", UNSET)

        you_tube_platform_data = cls(
            title,
            visibility,
            made_for_kids,
            first_comment,
            contains_synthetic_media,
            notify_subscribers,
            category_id,
            playlist_id,
        )
        object.__setattr__(
            you_tube_platform_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            you_tube_platform_data.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return you_tube_platform_data

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
