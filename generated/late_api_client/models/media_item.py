from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_item_type import MediaItemType
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

T = TypeVar("T", bound="MediaItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "url",
        "title",
        "altText",
        "filename",
        "size",
        "mimeType",
        "thumbnail",
        "instagramThumbnail",
        "subtitles",
        "tiktokProcessed",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class MediaItem(LazyFields):
    """Media referenced in posts. URLs must be publicly reachable over HTTPS. Use POST /v1/media/presign for uploads up to
    5GB. Zernio auto-compresses images and videos that exceed platform limits (videos over 200 MB may not be
    compressed).

        Attributes:
            type_ (MediaItemType | None):
            url (str | None): A media item with a null, missing or empty url is dropped.
            title (str | None): Optional title for the media item. Used as the document title for LinkedIn PDF/carousel
                posts. If omitted, falls back to the post title, then the filename.
            alt_text (str | None): Accessibility alternative text for an image, applied on every platform that supports it:
                Instagram (feed images only, not Reels/Stories), Facebook, Threads, X (max 1000 chars), LinkedIn, Bluesky, and
                Pinterest (max 500 chars). Ignored on platforms without alt-text support (TikTok, YouTube, Snapchat, Telegram,
                Reddit, Google Business Profile, WhatsApp) and on video items where the platform does not accept it. Set once
                per image; the same value is sent to each selected platform.
            filename (str | None):
            size (int | None): Optional file size in bytes
            mime_type (str | None): Optional MIME type (e.g. image/jpeg, video/mp4)
            thumbnail (str | None): Optional custom thumbnail/cover image URL for videos. Supported for Facebook video
                posts, Facebook Reels, regular video uploads, and LinkedIn video posts. Max 10MB, JPG/PNG recommended.
            instagram_thumbnail (str | None): Custom cover image URL for Instagram Reels. Can also be set via
                platformSpecificData.instagramThumbnail or platformSpecificData.reelCover. Resolution order: this field >
                platformSpecificData.instagramThumbnail > platformSpecificData.reelCover > platformSpecificData.thumbnailUrl
                (legacy).
            subtitles (list[MediaSubtitle] | None): Subtitle (closed caption) files for a video item, in SRT or WebVTT. Each
                language may appear once per video. Sent to YouTube, Facebook videos, LinkedIn, X and Bluesky; ignored with a
                warning on every other platform. Zernio downloads each file when the post is created or updated and converts it
                to the format each platform requires. Per-platform rules: YouTube takes every track; Facebook takes every track,
                up to 200 KB each; Bluesky takes every track, up to 20 KB each after conversion to WebVTT; X takes the first
                track only (one subtitle per video); LinkedIn takes the first English track only. Tracks a platform cannot take
                are skipped and reported in the response warnings. A file that is unreachable, redirects, exceeds 1 MB, is not
                valid SRT or WebVTT, or is over a platform limit is rejected with a 400 (code INVALID_SUBTITLES). If a platform
                rejects a file at publish time, the post is still published, without subtitles.
            tiktok_processed (bool | None): Internal flag indicating the image was resized for TikTok
    """

    type_: MediaItemType | None = None
    url: str | None = None
    title: str | None = None
    alt_text: str | None = None
    filename: str | None = None
    size: int | None = None
    mime_type: str | None = None
    thumbnail: str | None = None
    instagram_thumbnail: str | None = None
    subtitles: list[MediaSubtitle] | None = None
    tiktok_processed: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def altText(self) -> str | None:
        """``alt_text`` under its wire name, as the Late docs spell it."""
        return self.alt_text

    @property
    def mimeType(self) -> str | None:
        """``mime_type`` under its wire name, as the Late docs spell it."""
        return self.mime_type

    @property
    def instagramThumbnail(self) -> str | None:
        """``instagram_thumbnail`` under its wire name, as the Late docs spell it."""
        return self.instagram_thumbnail

    @property
    def tiktokProcessed(self) -> bool | None:
        """``tiktok_processed`` under its wire name, as the Late docs spell it."""
        return self.tiktok_processed

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        title = self.title

        alt_text = self.alt_text

        filename = self.filename

        size = self.size

        mime_type = self.mime_type

        thumbnail = self.thumbnail

        instagram_thumbnail = self.instagram_thumbnail

        subtitles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subtitles, Unset):
            subtitles = []
            for subtitles_item_data in self.subtitles:
                subtitles_item = subtitles_item_data.to_dict()
                subtitles.append(subtitles_item)

        tiktok_processed = self.tiktok_processed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if type_ is not None or "type" in source:
            field_dict["type"] = type_
        if url is not None or "url" in source:
            field_dict["url"] = url
        if title is not None or "title" in source:
            field_dict["title"] = title
        if alt_text is not None or "altText" in source:
            field_dict["altText"] = alt_text
        if filename is not None or "filename" in source:
            field_dict["filename"] = filename
        if size is not None or "size" in source:
            field_dict["size"] = size
        if mime_type is not None or "mimeType" in source:
            field_dict["mimeType"] = mime_type
        if thumbnail is not None or "thumbnail" in source:
            field_dict["thumbnail"] = thumbnail
        if instagram_thumbnail is not None or "instagramThumbnail" in source:
            field_dict["instagramThumbnail"] = instagram_thumbnail
        if subtitles is not None or "subtitles" in source:
            field_dict["subtitles"] = subtitles
        if tiktok_processed is not None or "tiktokProcessed" in source:
            field_dict["tiktokProcessed"] = tiktok_processed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        _type_ = d.get("type", UNSET)
        type_: MediaItemType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = parse_enum(MediaItemType, _type_)

        url = d.get("url", UNSET)

        title = d.get("title", UNSET)

        alt_text = d.get("altText", UNSET)

        filename = d.get("filename", UNSET)

        size = d.get("size", UNSET)

        mime_type = d.get("mimeType", UNSET)

        thumbnail = d.get("thumbnail", UNSET)

        instagram_thumbnail = d.get("instagramThumbnail", UNSET)

        tiktok_processed = d.get("tiktokProcessed", UNSET)

        media_item = object.__new__(_Unhooked if cls is MediaItem else cls)
        media_item.type_ = type_
        media_item.url = url
        media_item.title = title
        media_item.alt_text = alt_text
        media_item.filename = filename
        media_item.size = size
        media_item.mime_type = mime_type
        media_item.thumbnail = thumbnail
        media_item.instagram_thumbnail = instagram_thumbnail
        media_item.tiktok_processed = tiktok_processed
        if "subtitles" not in d:  # nothing to build later
            media_item.subtitles = UNSET
        media_item._source = d
        media_item._changed = cls is not MediaItem  # a subclass may set attributes unhooked
        if cls is not MediaItem:  # a subclass's own fields, which __init__ would have set
            fill_defaults(media_item, MediaItem)
        else:
            media_item.__class__ = cls
        return media_item

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


#: ``from_dict`` fills one of these, then makes it a MediaItem (types.unhooked).
_Unhooked = unhooked(MediaItem)


def _read_subtitles(d: Mapping[str, Any]) -> list[MediaSubtitle] | Unset:
    _subtitles = d.get("subtitles", UNSET)
    subtitles: list[MediaSubtitle] | Unset = UNSET
    if _subtitles is not UNSET:
        subtitles = [MediaSubtitle.from_dict(subtitles_item_data) for subtitles_item_data in _subtitles]

    return subtitles


MediaItem._lazy_readers = lazy_readers(MediaItem, globals(), _PROPERTY_NAMES)

from ..models.media_subtitle import MediaSubtitle
