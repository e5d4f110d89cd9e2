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

T = TypeVar("T", bound="RedditPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "subreddit",
        "title",
        "url",
        "forceSelf",
        "flairId",
        "flairText",
        "nsfw",
        "spoiler",
        "sendreplies",
        "nativeVideo",
        "videogif",
        "videoPosterUrl",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class RedditPlatformData(Sourced):
    """Posts are either link (with URL/media), native video (via nativeVideo), or self (text-only). Use forceSelf to
    override. Subreddit defaults to the account's configured one. Some subreddits require a flair.

        Attributes:
            subreddit (str | None): Target subreddit name (without "r/" prefix). Overrides the default. Use GET
                /v1/accounts/{id}/reddit-subreddits to list options. Example: socialmedia.
            title (str | None): Post title. Defaults to the first line of content, truncated to 300 characters.
            url (str | None): URL for link posts. If provided (and forceSelf is not true), creates a link post instead of a
                text post.
            force_self (bool | None): When true, creates a text-only self post and skips native media uploads, even when
                media is provided. For native video with body text, omit forceSelf and supply content plus a video mediaItem.
            flair_id (str | None): Flair ID for the post. Required by some subreddits. Use GET /v1/accounts/{id}/reddit-
                flairs?subreddit=name to list flairs. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
            flair_text (str | None): Custom flair text, for subreddits that allow free-text flair. Ignored when flairId is
                provided (flairId wins).
            nsfw (bool | None): Mark the post as NSFW (Not Safe For Work / over 18). Default: False.
            spoiler (bool | None): Mark the post as a spoiler. The subreddit must have spoiler tagging enabled for this to
                take effect. Default: False.
            sendreplies (bool | None): Whether to receive inbox replies for comments on this post. Set to false to opt out.
                Default: True.
            native_video (bool | None): Controls Reddit's native video upload flow. When true (default for video
                mediaItems), the video is uploaded to Reddit's CDN and submitted with kind=video so it renders as an embedded
                Reddit video player. Reddit transcodes server-side (1080p/30fps cap). Set to false to explicitly publish an
                external link instead. The post content (or Reddit customContent override) is included as Markdown body text on
                the native video. When body text is present, upload failures or subreddit video restrictions fail the post
                without falling back to a link. Automatic link fallback applies only without body text.
                 Default: True.
            videogif (bool | None): When true (and nativeVideo is active), submits the video as a silent videogif
                (kind=videogif). Use for short looping clips without audio.
            video_poster_url (str | None): Optional poster/thumbnail image URL for native video posts. If omitted, the first
                frame of the video is extracted and used automatically.
    """

    subreddit: str | None = None
    title: str | None = None
    url: str | None = None
    force_self: bool | None = None
    flair_id: str | None = None
    flair_text: str | None = None
    nsfw: bool | None = None
    spoiler: bool | None = None
    sendreplies: bool | None = None
    native_video: bool | None = None
    videogif: bool | None = None
    video_poster_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def forceSelf(self) -> bool | None:
        """``force_self`` under its wire name, as the Late docs spell it."""
        return self.force_self

    @property
    def flairId(self) -> str | None:
        """``flair_id`` under its wire name, as the Late docs spell it."""
        return self.flair_id

    @property
    def flairText(self) -> str | None:
        """``flair_text`` under its wire name, as the Late docs spell it."""
        return self.flair_text

    @property
    def nativeVideo(self) -> bool | None:
        """``native_video`` under its wire name, as the Late docs spell it."""
        return self.native_video

    @property
    def videoPosterUrl(self) -> str | None:
        """``video_poster_url`` under its wire name, as the Late docs spell it."""
        return self.video_poster_url

    def to_dict(self) -> dict[str, Any]:
        subreddit = self.subreddit

        title = self.title

        url = self.url

        force_self = self.force_self

        flair_id = self.flair_id

        flair_text = self.flair_text

        nsfw = self.nsfw

        spoiler = self.spoiler

        sendreplies = self.sendreplies

        native_video = self.native_video

        videogif = self.videogif

        video_poster_url = self.video_poster_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if subreddit is not None or "subreddit" in source:
            field_dict["subreddit"] = subreddit
        if title is not None or "title" in source:
            field_dict["title"] = title
        if url is not None or "url" in source:
            field_dict["url"] = url
        if force_self is not None or "forceSelf" in source:
            field_dict["forceSelf"] = force_self
        if flair_id is not None or "flairId" in source:
            field_dict["flairId"] = flair_id
        if flair_text is not None or "flairText" in source:
            field_dict["flairText"] = flair_text
        if nsfw is not None or "nsfw" in source:
            field_dict["nsfw"] = nsfw
        if spoiler is not None or "spoiler" in source:
            field_dict["spoiler"] = spoiler
        if sendreplies is not None or "sendreplies" in source:
            field_dict["sendreplies"] = sendreplies
        if native_video is not None or "nativeVideo" in source:
            field_dict["nativeVideo"] = native_video
        if videogif is not None or "videogif" in source:
            field_dict["videogif"] = videogif
        if video_poster_url is not None or "videoPosterUrl" in source:
            field_dict["videoPosterUrl"] = video_poster_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        subreddit = d.get("subreddit", UNSET)

        title = d.get("title", UNSET)

        url = d.get("url", UNSET)

        force_self = d.get("forceSelf", UNSET)

        flair_id = d.get("flairId", UNSET)

        flair_text = d.get("flairText", UNSET)

        nsfw = d.get("nsfw", UNSET)

        spoiler = d.get("spoiler", UNSET)

        sendreplies = d.get("sendreplies", UNSET)

        native_video = d.get("nativeVideo", UNSET)

        videogif = d.get("videogif", UNSET)

        video_poster_url = d.get("videoPosterUrl", UNSET)

        reddit_platform_data = cls(
            subreddit,
            title,
            url,
            force_self,
            flair_id,
            flair_text,
            nsfw,
            spoiler,
            sendreplies,
            native_video,
            videogif,
            video_poster_url,
        )
        object.__setattr__(reddit_platform_data, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            reddit_platform_data.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return reddit_platform_data

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
