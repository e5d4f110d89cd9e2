from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


@_attrs_define
class RedditPlatformData:
    """Posts are either link (with URL/media), native video (via nativeVideo), or self (text-only). Use forceSelf to
    override. Subreddit defaults to the account's configured one. Some subreddits require a flair.

        Attributes:
            subreddit (str | Unset): Target subreddit name (without "r/" prefix). Overrides the default. Use GET
                /v1/accounts/{id}/reddit-subreddits to list options. Example: socialmedia.
            title (str | Unset): Post title. Defaults to the first line of content, truncated to 300 characters.
            url (str | Unset): URL for link posts. If provided (and forceSelf is not true), creates a link post instead of a
                text post.
            force_self (bool | Unset): When true, creates a text-only self post and skips native media uploads, even when
                media is provided. For native video with body text, omit forceSelf and supply content plus a video mediaItem.
            flair_id (str | Unset): Flair ID for the post. Required by some subreddits. Use GET /v1/accounts/{id}/reddit-
                flairs?subreddit=name to list flairs. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
            flair_text (str | Unset): Custom flair text, for subreddits that allow free-text flair. Ignored when flairId is
                provided (flairId wins).
            nsfw (bool | Unset): Mark the post as NSFW (Not Safe For Work / over 18). Default: False.
            spoiler (bool | Unset): Mark the post as a spoiler. The subreddit must have spoiler tagging enabled for this to
                take effect. Default: False.
            sendreplies (bool | Unset): Whether to receive inbox replies for comments on this post. Set to false to opt out.
                Default: True.
            native_video (bool | Unset): Controls Reddit's native video upload flow. When true (default for video
                mediaItems), the video is uploaded to Reddit's CDN and submitted with kind=video so it renders as an embedded
                Reddit video player. Reddit transcodes server-side (1080p/30fps cap). Set to false to explicitly publish an
                external link instead. The post content (or Reddit customContent override) is included as Markdown body text on
                the native video. When body text is present, upload failures or subreddit video restrictions fail the post
                without falling back to a link. Automatic link fallback applies only without body text.
                 Default: True.
            videogif (bool | Unset): When true (and nativeVideo is active), submits the video as a silent videogif
                (kind=videogif). Use for short looping clips without audio.
            video_poster_url (str | Unset): Optional poster/thumbnail image URL for native video posts. If omitted, the
                first frame of the video is extracted and used automatically.
    """

    subreddit: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    force_self: bool | Unset = UNSET
    flair_id: str | Unset = UNSET
    flair_text: str | Unset = UNSET
    nsfw: bool | Unset = UNSET
    spoiler: bool | Unset = UNSET
    sendreplies: bool | Unset = UNSET
    native_video: bool | Unset = UNSET
    videogif: bool | Unset = UNSET
    video_poster_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def forceSelf(self) -> bool | Unset:
        """``force_self`` under its wire name, as the Late docs spell it."""
        return self.force_self

    @property
    def flairId(self) -> str | Unset:
        """``flair_id`` under its wire name, as the Late docs spell it."""
        return self.flair_id

    @property
    def flairText(self) -> str | Unset:
        """``flair_text`` under its wire name, as the Late docs spell it."""
        return self.flair_text

    @property
    def nativeVideo(self) -> bool | Unset:
        """``native_video`` under its wire name, as the Late docs spell it."""
        return self.native_video

    @property
    def videoPosterUrl(self) -> str | Unset:
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
        if subreddit is not UNSET:
            field_dict["subreddit"] = subreddit
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if force_self is not UNSET:
            field_dict["forceSelf"] = force_self
        if flair_id is not UNSET:
            field_dict["flairId"] = flair_id
        if flair_text is not UNSET:
            field_dict["flairText"] = flair_text
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if spoiler is not UNSET:
            field_dict["spoiler"] = spoiler
        if sendreplies is not UNSET:
            field_dict["sendreplies"] = sendreplies
        if native_video is not UNSET:
            field_dict["nativeVideo"] = native_video
        if videogif is not UNSET:
            field_dict["videogif"] = videogif
        if video_poster_url is not UNSET:
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
