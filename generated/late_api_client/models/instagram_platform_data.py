from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instagram_platform_data_content_type import (
    InstagramPlatformDataContentType,
)
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

T = TypeVar("T", bound="InstagramPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "contentType",
        "shareToFeed",
        "collaborators",
        "firstComment",
        "trialParams",
        "userTags",
        "audioName",
        "audioConfiguration",
        "muteAudio",
        "thumbOffset",
        "instagramThumbnail",
        "reelCover",
        "isAiGenerated",
        "isPaidPartnership",
        "brandedContentSponsors",
        "commentsEnabled",
        "locationId",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class InstagramPlatformData(LazyFields):
    """Feed aspect ratio 0.5625-1.91, carousels up to 20 items, stories require media (no captions). User tag coordinates
    0.0-1.0 from top-left. Images over 8 MB and videos over platform limits are auto-compressed.

        Attributes:
            content_type (InstagramPlatformDataContentType | None): Set to 'story' to publish as a Story. Default posts
                become Reels or feed depending on media.
            share_to_feed (bool | None): For Reels only. When true (default), the Reel appears on both the Reels tab and
                your main profile feed. Set to false to post to the Reels tab only. Default: True.
            collaborators (list[str] | None): Up to 3 Instagram usernames to invite as collaborators (feed/Reels only)
            first_comment (str | None): Optional first comment to add after the post is created (not applied to Stories)
            trial_params (InstagramPlatformDataTrialParams | None): Trial Reels configuration. Trial reels are shared to
                non-followers first and can later be graduated to regular reels manually or automatically based on performance.
                Only applies to Reels.
            user_tags (list[InstagramPlatformDataUserTagsItem] | None): Tag Instagram users by username. The tag shape
                depends on the media: photos require x/y coordinates, Reels and videos take username only (coordinates are
                ignored), stories accept optional coordinates. For carousels, use mediaIndex to target specific slides (defaults
                to 0); video slides take username-only tags. Photo tags without valid coordinates are skipped.
            audio_name (str | None): Custom name for original audio in Reels. Replaces the default "Original Audio" label.
                Can only be set once. Unrelated to audioConfiguration, which attaches a catalog track. Example: My Podcast
                Intro.
            audio_configuration (InstagramPlatformDataAudioConfiguration | None): Attach a licensed music track or original
                sound from the Instagram audio catalog to a Reel. Reels only (single video post, not a story or image). Requires
                an Instagram account connected via Facebook Login; classic Instagram Login accounts get a 400
                (instagram_audio_requires_facebook_login). Get audio IDs from GET /v1/accounts/{accountId}/instagram/audio. If
                the track becomes unavailable by publish time (removed, region-blocked, licensing change), the post fails with a
                user-error; it is not published without the audio.
            mute_audio (bool | None): Publish the video without sound. Applies to Reels, Stories, and video carousel slides;
                ignored for images. Instagram has no mute parameter, so we strip the audio track from the file before handing it
                to Instagram: the published video is permanently silent and the original audio cannot be restored from
                Instagram. If the audio cannot be stripped the post fails rather than publishing with sound; videos above 200MB
                cannot be muted at all, so mute them before uploading. Unrelated to audioConfiguration.videoVolume, which only
                lowers the original sound when a catalog track is attached. Default: False. Example: True.
            thumb_offset (int | None): Millisecond offset from video start for the Reel cover frame. Ignored when
                instagramThumbnail or reelCover is provided. Defaults to 0. Example: 5000.
            instagram_thumbnail (str | None): Custom cover image URL for Instagram Reels (JPG or PNG, publicly accessible).
                Overrides thumbOffset when provided. Also accepted as reelCover (alias).
            reel_cover (str | None): Alias for instagramThumbnail. If both are provided, instagramThumbnail takes priority.
            is_ai_generated (bool | None): When true, the post is labeled by Instagram as containing AI-generated media. Per
                Meta, this self-disclosure label is for AI-generated media, not AI-written captions. Applies to feed posts,
                Reels, Stories, and carousels. Default: False.
            is_paid_partnership (bool | None): When true, Instagram shows the "Paid partnership" label on the post. Applies
                to feed posts, Reels, and carousels; not supported on Stories (400). Requires an Instagram account connected via
                Facebook Login; classic Instagram Login accounts get a 400 (instagram_paid_partnership_requires_facebook_login).
                Implied when brandedContentSponsors is set. Default: False. Example: True.
            branded_content_sponsors (list[str] | None): Up to 2 brands to tag as sponsors, each an Instagram username
                (leading @ optional) or a numeric Instagram user ID. Usernames are resolved at publish time via the Business
                Discovery API on the publishing account; a sponsor that cannot be resolved (private, personal, or nonexistent
                account) fails the post with a user error naming it. Sponsors must be professional (Business or Creator)
                accounts. A brand that has pre-approved the creator shows as "Paid partnership with @brand" immediately;
                otherwise the plain label shows and the brand receives an approval request. Sets isPaidPartnership. Same login
                and content-type rules as isPaidPartnership. Example: ['nike', '17841400000000000'].
            comments_enabled (bool | None): When false, comments are turned off on the post right after it is published
                (Meta exposes this as comment_enabled on the media object). Applies to feed posts, Reels, and carousels; ignored
                for Stories, which have no comments. Works with both Instagram connection methods. Best-effort: if the toggle
                fails after a successful publish, the post still succeeds and stays live with comments on. Default: True.
                Example: False.
            location_id (str | None): Tags the post with a location. The ID of a Facebook Page that has location data
                (digits only); it is sent to Instagram as location_id. Applies to feed posts, Reels, and the carousel as a
                whole; Stories and individual carousel slides are unsupported (a Story with locationId is rejected with a 400).
                A Page without location data or that does not exist fails the post with a user error at publish time. Example:
                105890561436614.
    """

    content_type: InstagramPlatformDataContentType | None = None
    share_to_feed: bool | None = None
    collaborators: list[str] | None = None
    first_comment: str | None = None
    trial_params: InstagramPlatformDataTrialParams | None = None
    user_tags: list[InstagramPlatformDataUserTagsItem] | None = None
    audio_name: str | None = None
    audio_configuration: InstagramPlatformDataAudioConfiguration | None = None
    mute_audio: bool | None = None
    thumb_offset: int | None = None
    instagram_thumbnail: str | None = None
    reel_cover: str | None = None
    is_ai_generated: bool | None = None
    is_paid_partnership: bool | None = None
    branded_content_sponsors: list[str] | None = None
    comments_enabled: bool | None = None
    location_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def contentType(self) -> InstagramPlatformDataContentType | None:
        """``content_type`` under its wire name, as the Late docs spell it."""
        return self.content_type

    @property
    def shareToFeed(self) -> bool | None:
        """``share_to_feed`` under its wire name, as the Late docs spell it."""
        return self.share_to_feed

    @property
    def firstComment(self) -> str | None:
        """``first_comment`` under its wire name, as the Late docs spell it."""
        return self.first_comment

    @property
    def trialParams(self) -> InstagramPlatformDataTrialParams | None:
        """``trial_params`` under its wire name, as the Late docs spell it."""
        return self.trial_params

    @property
    def userTags(self) -> list[InstagramPlatformDataUserTagsItem] | None:
        """``user_tags`` under its wire name, as the Late docs spell it."""
        return self.user_tags

    @property
    def audioName(self) -> str | None:
        """``audio_name`` under its wire name, as the Late docs spell it."""
        return self.audio_name

    @property
    def audioConfiguration(self) -> InstagramPlatformDataAudioConfiguration | None:
        """``audio_configuration`` under its wire name, as the Late docs spell it."""
        return self.audio_configuration

    @property
    def muteAudio(self) -> bool | None:
        """``mute_audio`` under its wire name, as the Late docs spell it."""
        return self.mute_audio

    @property
    def thumbOffset(self) -> int | None:
        """``thumb_offset`` under its wire name, as the Late docs spell it."""
        return self.thumb_offset

    @property
    def instagramThumbnail(self) -> str | None:
        """``instagram_thumbnail`` under its wire name, as the Late docs spell it."""
        return self.instagram_thumbnail

    @property
    def reelCover(self) -> str | None:
        """``reel_cover`` under its wire name, as the Late docs spell it."""
        return self.reel_cover

    @property
    def isAiGenerated(self) -> bool | None:
        """``is_ai_generated`` under its wire name, as the Late docs spell it."""
        return self.is_ai_generated

    @property
    def isPaidPartnership(self) -> bool | None:
        """``is_paid_partnership`` under its wire name, as the Late docs spell it."""
        return self.is_paid_partnership

    @property
    def brandedContentSponsors(self) -> list[str] | None:
        """``branded_content_sponsors`` under its wire name, as the Late docs spell it."""
        return self.branded_content_sponsors

    @property
    def commentsEnabled(self) -> bool | None:
        """``comments_enabled`` under its wire name, as the Late docs spell it."""
        return self.comments_enabled

    @property
    def locationId(self) -> str | None:
        """``location_id`` under its wire name, as the Late docs spell it."""
        return self.location_id

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        share_to_feed = self.share_to_feed

        collaborators: list[str] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = self.collaborators

        first_comment = self.first_comment

        trial_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_params, Unset):
            trial_params = self.trial_params.to_dict()

        user_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_tags, Unset):
            user_tags = []
            for user_tags_item_data in self.user_tags:
                user_tags_item = user_tags_item_data.to_dict()
                user_tags.append(user_tags_item)

        audio_name = self.audio_name

        audio_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_configuration, Unset):
            audio_configuration = self.audio_configuration.to_dict()

        mute_audio = self.mute_audio

        thumb_offset = self.thumb_offset

        instagram_thumbnail = self.instagram_thumbnail

        reel_cover = self.reel_cover

        is_ai_generated = self.is_ai_generated

        is_paid_partnership = self.is_paid_partnership

        branded_content_sponsors: list[str] | Unset = UNSET
        if not isinstance(self.branded_content_sponsors, Unset):
            branded_content_sponsors = self.branded_content_sponsors

        comments_enabled = self.comments_enabled

        location_id = self.location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if content_type is not None or "contentType" in source:
            field_dict["contentType"] = content_type
        if share_to_feed is not None or "shareToFeed" in source:
            field_dict["shareToFeed"] = share_to_feed
        if collaborators is not None or "collaborators" in source:
            field_dict["collaborators"] = collaborators
        if first_comment is not None or "firstComment" in source:
            field_dict["firstComment"] = first_comment
        if trial_params is not None or "trialParams" in source:
            field_dict["trialParams"] = trial_params
        if user_tags is not None or "userTags" in source:
            field_dict["userTags"] = user_tags
        if audio_name is not None or "audioName" in source:
            field_dict["audioName"] = audio_name
        if audio_configuration is not None or "audioConfiguration" in source:
            field_dict["audioConfiguration"] = audio_configuration
        if mute_audio is not None or "muteAudio" in source:
            field_dict["muteAudio"] = mute_audio
        if thumb_offset is not None or "thumbOffset" in source:
            field_dict["thumbOffset"] = thumb_offset
        if instagram_thumbnail is not None or "instagramThumbnail" in source:
            field_dict["instagramThumbnail"] = instagram_thumbnail
        if reel_cover is not None or "reelCover" in source:
            field_dict["reelCover"] = reel_cover
        if is_ai_generated is not None or "isAiGenerated" in source:
            field_dict["isAiGenerated"] = is_ai_generated
        if is_paid_partnership is not None or "isPaidPartnership" in source:
            field_dict["isPaidPartnership"] = is_paid_partnership
        if branded_content_sponsors is not None or "brandedContentSponsors" in source:
            field_dict["brandedContentSponsors"] = branded_content_sponsors
        if comments_enabled is not None or "commentsEnabled" in source:
            field_dict["commentsEnabled"] = comments_enabled
        if location_id is not None or "locationId" in source:
            field_dict["locationId"] = location_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        _content_type = d.get("contentType", UNSET)
        content_type: InstagramPlatformDataContentType | Unset
        if _content_type is UNSET:
            content_type = UNSET
        else:
            content_type = parse_enum(InstagramPlatformDataContentType, _content_type)

        share_to_feed = d.get("shareToFeed", UNSET)

        collaborators: list[str] | Unset = d.get("collaborators", UNSET)

        first_comment = d.get("firstComment", UNSET)

        audio_name = d.get("audioName", UNSET)

        mute_audio = d.get("muteAudio", UNSET)

        thumb_offset = d.get("thumbOffset", UNSET)

        instagram_thumbnail = d.get("instagramThumbnail", UNSET)

        reel_cover = d.get("reelCover", UNSET)

        is_ai_generated = d.get("isAiGenerated", UNSET)

        is_paid_partnership = d.get("isPaidPartnership", UNSET)

        branded_content_sponsors: list[str] | Unset = d.get("brandedContentSponsors", UNSET)

        comments_enabled = d.get("commentsEnabled", UNSET)

        location_id = d.get("locationId", UNSET)

        instagram_platform_data = object.__new__(_Unhooked if cls is InstagramPlatformData else cls)
        instagram_platform_data.content_type = content_type
        instagram_platform_data.share_to_feed = share_to_feed
        instagram_platform_data.collaborators = collaborators
        instagram_platform_data.first_comment = first_comment
        instagram_platform_data.audio_name = audio_name
        instagram_platform_data.mute_audio = mute_audio
        instagram_platform_data.thumb_offset = thumb_offset
        instagram_platform_data.instagram_thumbnail = instagram_thumbnail
        instagram_platform_data.reel_cover = reel_cover
        instagram_platform_data.is_ai_generated = is_ai_generated
        instagram_platform_data.is_paid_partnership = is_paid_partnership
        instagram_platform_data.branded_content_sponsors = branded_content_sponsors
        instagram_platform_data.comments_enabled = comments_enabled
        instagram_platform_data.location_id = location_id
        if "trialParams" not in d:  # nothing to build later
            instagram_platform_data.trial_params = UNSET
        if "userTags" not in d:  # nothing to build later
            instagram_platform_data.user_tags = UNSET
        if "audioConfiguration" not in d:  # nothing to build later
            instagram_platform_data.audio_configuration = UNSET
        instagram_platform_data._source = d
        instagram_platform_data._changed = (
            cls is not InstagramPlatformData
        )  # a subclass may set attributes unhooked
        if cls is not InstagramPlatformData:  # a subclass's own fields, which __init__ would have set
            fill_defaults(instagram_platform_data, InstagramPlatformData)
        else:
            instagram_platform_data.__class__ = cls
        return instagram_platform_data

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


#: ``from_dict`` fills one of these, then makes it a InstagramPlatformData (types.unhooked).
_Unhooked = unhooked(InstagramPlatformData)


def _read_trial_params(d: Mapping[str, Any]) -> InstagramPlatformDataTrialParams | Unset:
    _trial_params = d.get("trialParams", UNSET)
    trial_params: InstagramPlatformDataTrialParams | Unset
    if _trial_params is UNSET:
        trial_params = UNSET
    else:
        trial_params = InstagramPlatformDataTrialParams.from_dict(_trial_params)

    return trial_params


def _read_user_tags(d: Mapping[str, Any]) -> list[InstagramPlatformDataUserTagsItem] | Unset:
    _user_tags = d.get("userTags", UNSET)
    user_tags: list[InstagramPlatformDataUserTagsItem] | Unset = UNSET
    if _user_tags is not UNSET:
        user_tags = [
            InstagramPlatformDataUserTagsItem.from_dict(user_tags_item_data)
            for user_tags_item_data in _user_tags
        ]

    return user_tags


def _read_audio_configuration(d: Mapping[str, Any]) -> InstagramPlatformDataAudioConfiguration | Unset:
    _audio_configuration = d.get("audioConfiguration", UNSET)
    audio_configuration: InstagramPlatformDataAudioConfiguration | Unset
    if _audio_configuration is UNSET:
        audio_configuration = UNSET
    else:
        audio_configuration = InstagramPlatformDataAudioConfiguration.from_dict(_audio_configuration)

    return audio_configuration


InstagramPlatformData._lazy_readers = lazy_readers(InstagramPlatformData, globals(), _PROPERTY_NAMES)

from ..models.instagram_platform_data_audio_configuration import (
    InstagramPlatformDataAudioConfiguration,
)
from ..models.instagram_platform_data_trial_params import (
    InstagramPlatformDataTrialParams,
)
from ..models.instagram_platform_data_user_tags_item import (
    InstagramPlatformDataUserTagsItem,
)
