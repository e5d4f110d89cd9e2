from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tik_tok_platform_data_commercial_content_type import (
    TikTokPlatformDataCommercialContentType,
)
from ..models.tik_tok_platform_data_media_type import TikTokPlatformDataMediaType
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

T = TypeVar("T", bound="TikTokPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "draft",
        "privacyLevel",
        "allowComment",
        "allowDuet",
        "allowStitch",
        "commercialContentType",
        "brandPartnerPromote",
        "isBrandOrganicPost",
        "contentPreviewConfirmed",
        "expressConsentGiven",
        "mediaType",
        "videoCoverTimestampMs",
        "videoCoverImageUrl",
        "photoCoverIndex",
        "autoAddMusic",
        "musicSoundInfo",
        "videoOriginalSoundVolume",
        "videoMadeWithAi",
        "locationId",
        "locationName",
        "isAdsOnly",
        "description",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class TikTokPlatformData(LazyFields):
    """Photo carousels up to 35 images. Video titles up to 2200 chars, photo titles truncated to 90 chars.
    privacyLevel must match creator_info options. Both camelCase and snake_case accepted.

    Creator Inbox (draft mode): Set draft: true to send content to the TikTok Creator Inbox
    instead of publishing immediately. The creator receives an inbox notification and completes
    the post using TikTok's editing flow. This maps to TikTok's post_mode: "MEDIA_UPLOAD" internally.

    Important: The field publish_type is NOT supported. Use draft: true for Creator Inbox flow.

    Photo drafts use the /v2/post/publish/content/init/ endpoint with post_mode: "MEDIA_UPLOAD".
    Video drafts use the dedicated /v2/post/publish/inbox/video/init/ endpoint.

    When draft: true, the video.upload scope is required. When draft is false or omitted
    (direct post), the video.publish scope is required. For Creator Inbox, TikTok app version
    must be 31.8 or higher.

        Attributes:
            draft (bool | None): When true, sends the post to the TikTok Creator Inbox as a draft instead of publishing
                immediately. The creator receives an inbox notification to complete posting via TikTok's
                editing flow. Maps to TikTok API post_mode: "MEDIA_UPLOAD" (photos) or the dedicated
                inbox endpoint (videos). When false or omitted, publishes directly via post_mode: "DIRECT_POST".
                Note: publish_type is not a supported field. Use this field instead.
            privacy_level (str | None): One of the values returned by the TikTok creator info API for the account. Accounts
                connected through the TikTok for Business app publish videos as public only: a non-public value on a video post
                is rejected at creation unless draft is true (photo posts keep every level).
            allow_comment (bool | None): Allow comments on the post
            allow_duet (bool | None): Allow duets (required for video posts)
            allow_stitch (bool | None): Allow stitches (required for video posts)
            commercial_content_type (TikTokPlatformDataCommercialContentType | None): Type of commercial content disclosure.
                Sufficient on its own: "brand_organic"
                ("Your Brand") implies isBrandOrganicPost and "brand_content" ("Branded Content",
                paid partnership) implies brandPartnerPromote, so you don't need to send the
                boolean flags separately. Branded content cannot be posted with privacyLevel
                SELF_ONLY.
            brand_partner_promote (bool | None): Whether the post promotes a brand partner (branded content / paid
                partnership).
                Only needed to disclose BOTH types at once (set it alongside
                commercialContentType "brand_organic"), or to override the value implied by
                commercialContentType.
            is_brand_organic_post (bool | None): Whether the post promotes the creator's own brand (brand organic). Only
                needed
                to disclose BOTH types at once (set it alongside commercialContentType
                "brand_content"), or to override the value implied by commercialContentType.
            content_preview_confirmed (bool | None): User has confirmed they previewed the content
            express_consent_given (bool | None): User has given express consent for posting
            media_type (TikTokPlatformDataMediaType | None): Optional override. Defaults based on provided media items.
            video_cover_timestamp_ms (int | None): Optional for video posts. Timestamp in milliseconds to select which frame
                to use as thumbnail (defaults to 1000ms/1 second). Ignored when videoCoverImageUrl is provided.
            video_cover_image_url (str | None): Optional for video posts. URL of a custom thumbnail image (JPG, PNG, or
                WebP, max 20MB). Any downloadable URL works: we rehost it ourselves. The image is stitched as a single frame at
                the start of the video to serve as the cover. Accounts connected through the TikTok for Business app hand it to
                TikTok as the cover instead, with no stitching, falling back to videoCoverTimestampMs without it. Overrides
                videoCoverTimestampMs when provided.
            photo_cover_index (int | None): Optional for photo carousels. Index of image to use as cover, 0-based (defaults
                to 0/first image).
            auto_add_music (bool | None): When true, TikTok may add recommended music (photos only). With the brand-organic
                or branded-content toggle on, TikTok allows Commercial Music Library tracks only, so this attaches nothing
                there; use musicSoundInfo instead.
            music_sound_info (TikTokPlatformDataMusicSoundInfo | None): Commercial Music Library track to attach. Accounts
                connected through the TikTok for Business app only: a developer-app account rejects the post at publish time
                with a message that says so. Pick musicSoundId from GET /v1/accounts/{accountId}/tiktok/commercial-music.
                Ignored on drafts, where TikTok ignores every post_info field.
            video_original_sound_volume (int | None): Volume of the video's own sound when a commercial track is attached (0
                to 100). Requires musicSoundInfo. Video posts only. Omitted, TikTok keeps its API default of 0 and the video's
                own audio is muted under the track (the TikTok app uses 50).
            video_made_with_ai (bool | None): Set true to disclose AI-generated content. Accounts connected through the
                TikTok for Business app carry the disclosure on video posts only: the business photo endpoint has no AI
                disclosure field, so true on a direct photo post is rejected at creation rather than published undisclosed. Send
                draft true to publish such a photo post and set the disclosure in the TikTok app.
            location_id (str | None): Location tag to attach, as the id of a result from GET
                /v1/accounts/{accountId}/tiktok/locations. Accounts connected through the TikTok for Business app and video
                posts only: a developer-app account rejects the post at publish time with a message that says so, and a direct
                photo post is rejected at creation since the business photo endpoint has no location field. Requires
                locationName. Ignored on drafts, where TikTok ignores every post_info field.
            location_name (str | None): Display name of the location tag, as returned next to its id. Required with
                locationId; a locationId without it is rejected at creation.
            is_ads_only (bool | None): Set true to publish the video as an "Only show in ads" post: it is kept off the
                profile and exists to be used as a Spark Ad. Accounts connected through the TikTok for Business app and video
                posts only, with the same rejections as locationId. Ignored on drafts.
            description (str | None): Optional long-form caption for photo posts (max 4000 chars). Recommended when content
                exceeds 90 chars, as photo titles are auto-truncated. Falls back to the post content when omitted.
    """

    draft: bool | None = None
    privacy_level: str | None = None
    allow_comment: bool | None = None
    allow_duet: bool | None = None
    allow_stitch: bool | None = None
    commercial_content_type: TikTokPlatformDataCommercialContentType | None = None
    brand_partner_promote: bool | None = None
    is_brand_organic_post: bool | None = None
    content_preview_confirmed: bool | None = None
    express_consent_given: bool | None = None
    media_type: TikTokPlatformDataMediaType | None = None
    video_cover_timestamp_ms: int | None = None
    video_cover_image_url: str | None = None
    photo_cover_index: int | None = None
    auto_add_music: bool | None = None
    music_sound_info: TikTokPlatformDataMusicSoundInfo | None = None
    video_original_sound_volume: int | None = None
    video_made_with_ai: bool | None = None
    location_id: str | None = None
    location_name: str | None = None
    is_ads_only: bool | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def privacyLevel(self) -> str | None:
        """``privacy_level`` under its wire name, as the Late docs spell it."""
        return self.privacy_level

    @property
    def allowComment(self) -> bool | None:
        """``allow_comment`` under its wire name, as the Late docs spell it."""
        return self.allow_comment

    @property
    def allowDuet(self) -> bool | None:
        """``allow_duet`` under its wire name, as the Late docs spell it."""
        return self.allow_duet

    @property
    def allowStitch(self) -> bool | None:
        """``allow_stitch`` under its wire name, as the Late docs spell it."""
        return self.allow_stitch

    @property
    def commercialContentType(self) -> TikTokPlatformDataCommercialContentType | None:
        """``commercial_content_type`` under its wire name, as the Late docs spell it."""
        return self.commercial_content_type

    @property
    def brandPartnerPromote(self) -> bool | None:
        """``brand_partner_promote`` under its wire name, as the Late docs spell it."""
        return self.brand_partner_promote

    @property
    def isBrandOrganicPost(self) -> bool | None:
        """``is_brand_organic_post`` under its wire name, as the Late docs spell it."""
        return self.is_brand_organic_post

    @property
    def contentPreviewConfirmed(self) -> bool | None:
        """``content_preview_confirmed`` under its wire name, as the Late docs spell it."""
        return self.content_preview_confirmed

    @property
    def expressConsentGiven(self) -> bool | None:
        """``express_consent_given`` under its wire name, as the Late docs spell it."""
        return self.express_consent_given

    @property
    def mediaType(self) -> TikTokPlatformDataMediaType | None:
        """``media_type`` under its wire name, as the Late docs spell it."""
        return self.media_type

    @property
    def videoCoverTimestampMs(self) -> int | None:
        """``video_cover_timestamp_ms`` under its wire name, as the Late docs spell it."""
        return self.video_cover_timestamp_ms

    @property
    def videoCoverImageUrl(self) -> str | None:
        """``video_cover_image_url`` under its wire name, as the Late docs spell it."""
        return self.video_cover_image_url

    @property
    def photoCoverIndex(self) -> int | None:
        """``photo_cover_index`` under its wire name, as the Late docs spell it."""
        return self.photo_cover_index

    @property
    def autoAddMusic(self) -> bool | None:
        """``auto_add_music`` under its wire name, as the Late docs spell it."""
        return self.auto_add_music

    @property
    def musicSoundInfo(self) -> TikTokPlatformDataMusicSoundInfo | None:
        """``music_sound_info`` under its wire name, as the Late docs spell it."""
        return self.music_sound_info

    @property
    def videoOriginalSoundVolume(self) -> int | None:
        """``video_original_sound_volume`` under its wire name, as the Late docs spell it."""
        return self.video_original_sound_volume

    @property
    def videoMadeWithAi(self) -> bool | None:
        """``video_made_with_ai`` under its wire name, as the Late docs spell it."""
        return self.video_made_with_ai

    @property
    def locationId(self) -> str | None:
        """``location_id`` under its wire name, as the Late docs spell it."""
        return self.location_id

    @property
    def locationName(self) -> str | None:
        """``location_name`` under its wire name, as the Late docs spell it."""
        return self.location_name

    @property
    def isAdsOnly(self) -> bool | None:
        """``is_ads_only`` under its wire name, as the Late docs spell it."""
        return self.is_ads_only

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        draft = self.draft

        privacy_level = self.privacy_level

        allow_comment = self.allow_comment

        allow_duet = self.allow_duet

        allow_stitch = self.allow_stitch

        commercial_content_type: str | Unset = UNSET
        if not isinstance(self.commercial_content_type, Unset):
            commercial_content_type = self.commercial_content_type.value

        brand_partner_promote = self.brand_partner_promote

        is_brand_organic_post = self.is_brand_organic_post

        content_preview_confirmed = self.content_preview_confirmed

        express_consent_given = self.express_consent_given

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type.value

        video_cover_timestamp_ms = self.video_cover_timestamp_ms

        video_cover_image_url = self.video_cover_image_url

        photo_cover_index = self.photo_cover_index

        auto_add_music = self.auto_add_music

        music_sound_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.music_sound_info, Unset):
            music_sound_info = self.music_sound_info.to_dict()

        video_original_sound_volume = self.video_original_sound_volume

        video_made_with_ai = self.video_made_with_ai

        location_id = self.location_id

        location_name = self.location_name

        is_ads_only = self.is_ads_only

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if draft is not None or "draft" in source:
            field_dict["draft"] = draft
        if privacy_level is not None or "privacyLevel" in source:
            field_dict["privacyLevel"] = privacy_level
        if allow_comment is not None or "allowComment" in source:
            field_dict["allowComment"] = allow_comment
        if allow_duet is not None or "allowDuet" in source:
            field_dict["allowDuet"] = allow_duet
        if allow_stitch is not None or "allowStitch" in source:
            field_dict["allowStitch"] = allow_stitch
        if commercial_content_type is not None or "commercialContentType" in source:
            field_dict["commercialContentType"] = commercial_content_type
        if brand_partner_promote is not None or "brandPartnerPromote" in source:
            field_dict["brandPartnerPromote"] = brand_partner_promote
        if is_brand_organic_post is not None or "isBrandOrganicPost" in source:
            field_dict["isBrandOrganicPost"] = is_brand_organic_post
        if content_preview_confirmed is not None or "contentPreviewConfirmed" in source:
            field_dict["contentPreviewConfirmed"] = content_preview_confirmed
        if express_consent_given is not None or "expressConsentGiven" in source:
            field_dict["expressConsentGiven"] = express_consent_given
        if media_type is not None or "mediaType" in source:
            field_dict["mediaType"] = media_type
        if video_cover_timestamp_ms is not None or "videoCoverTimestampMs" in source:
            field_dict["videoCoverTimestampMs"] = video_cover_timestamp_ms
        if video_cover_image_url is not None or "videoCoverImageUrl" in source:
            field_dict["videoCoverImageUrl"] = video_cover_image_url
        if photo_cover_index is not None or "photoCoverIndex" in source:
            field_dict["photoCoverIndex"] = photo_cover_index
        if auto_add_music is not None or "autoAddMusic" in source:
            field_dict["autoAddMusic"] = auto_add_music
        if music_sound_info is not None or "musicSoundInfo" in source:
            field_dict["musicSoundInfo"] = music_sound_info
        if video_original_sound_volume is not None or "videoOriginalSoundVolume" in source:
            field_dict["videoOriginalSoundVolume"] = video_original_sound_volume
        if video_made_with_ai is not None or "videoMadeWithAi" in source:
            field_dict["videoMadeWithAi"] = video_made_with_ai
        if location_id is not None or "locationId" in source:
            field_dict["locationId"] = location_id
        if location_name is not None or "locationName" in source:
            field_dict["locationName"] = location_name
        if is_ads_only is not None or "isAdsOnly" in source:
            field_dict["isAdsOnly"] = is_ads_only
        if description is not None or "description" in source:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        draft = d.get("draft", UNSET)

        privacy_level = d.get("privacyLevel", UNSET)

        allow_comment = d.get("allowComment", UNSET)

        allow_duet = d.get("allowDuet", UNSET)

        allow_stitch = d.get("allowStitch", UNSET)

        _commercial_content_type = d.get("commercialContentType", UNSET)
        commercial_content_type: TikTokPlatformDataCommercialContentType | Unset
        if _commercial_content_type is UNSET:
            commercial_content_type = UNSET
        else:
            commercial_content_type = parse_enum(
                TikTokPlatformDataCommercialContentType, _commercial_content_type
            )

        brand_partner_promote = d.get("brandPartnerPromote", UNSET)

        is_brand_organic_post = d.get("isBrandOrganicPost", UNSET)

        content_preview_confirmed = d.get("contentPreviewConfirmed", UNSET)

        express_consent_given = d.get("expressConsentGiven", UNSET)

        _media_type = d.get("mediaType", UNSET)
        media_type: TikTokPlatformDataMediaType | Unset
        if _media_type is UNSET:
            media_type = UNSET
        else:
            media_type = parse_enum(TikTokPlatformDataMediaType, _media_type)

        video_cover_timestamp_ms = d.get("videoCoverTimestampMs", UNSET)

        video_cover_image_url = d.get("videoCoverImageUrl", UNSET)

        photo_cover_index = d.get("photoCoverIndex", UNSET)

        auto_add_music = d.get("autoAddMusic", UNSET)

        video_original_sound_volume = d.get("videoOriginalSoundVolume", UNSET)

        video_made_with_ai = d.get("videoMadeWithAi", UNSET)

        location_id = d.get("locationId", UNSET)

        location_name = d.get("locationName", UNSET)

        is_ads_only = d.get("isAdsOnly", UNSET)

        description = d.get("description", UNSET)

        tik_tok_platform_data = object.__new__(_Unhooked if cls is TikTokPlatformData else cls)
        tik_tok_platform_data.draft = draft
        tik_tok_platform_data.privacy_level = privacy_level
        tik_tok_platform_data.allow_comment = allow_comment
        tik_tok_platform_data.allow_duet = allow_duet
        tik_tok_platform_data.allow_stitch = allow_stitch
        tik_tok_platform_data.commercial_content_type = commercial_content_type
        tik_tok_platform_data.brand_partner_promote = brand_partner_promote
        tik_tok_platform_data.is_brand_organic_post = is_brand_organic_post
        tik_tok_platform_data.content_preview_confirmed = content_preview_confirmed
        tik_tok_platform_data.express_consent_given = express_consent_given
        tik_tok_platform_data.media_type = media_type
        tik_tok_platform_data.video_cover_timestamp_ms = video_cover_timestamp_ms
        tik_tok_platform_data.video_cover_image_url = video_cover_image_url
        tik_tok_platform_data.photo_cover_index = photo_cover_index
        tik_tok_platform_data.auto_add_music = auto_add_music
        tik_tok_platform_data.video_original_sound_volume = video_original_sound_volume
        tik_tok_platform_data.video_made_with_ai = video_made_with_ai
        tik_tok_platform_data.location_id = location_id
        tik_tok_platform_data.location_name = location_name
        tik_tok_platform_data.is_ads_only = is_ads_only
        tik_tok_platform_data.description = description
        if "musicSoundInfo" not in d:  # nothing to build later
            tik_tok_platform_data.music_sound_info = UNSET
        tik_tok_platform_data._source = d
        tik_tok_platform_data._changed = (
            cls is not TikTokPlatformData
        )  # a subclass may set attributes unhooked
        if cls is not TikTokPlatformData:  # a subclass's own fields, which __init__ would have set
            fill_defaults(tik_tok_platform_data, TikTokPlatformData)
        else:
            tik_tok_platform_data.__class__ = cls
        return tik_tok_platform_data

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


#: ``from_dict`` fills one of these, then makes it a TikTokPlatformData (types.unhooked).
_Unhooked = unhooked(TikTokPlatformData)


def _read_music_sound_info(d: Mapping[str, Any]) -> TikTokPlatformDataMusicSoundInfo | Unset:
    _music_sound_info = d.get("musicSoundInfo", UNSET)
    music_sound_info: TikTokPlatformDataMusicSoundInfo | Unset
    if _music_sound_info is UNSET:
        music_sound_info = UNSET
    else:
        music_sound_info = TikTokPlatformDataMusicSoundInfo.from_dict(_music_sound_info)

    return music_sound_info


TikTokPlatformData._lazy_readers = lazy_readers(TikTokPlatformData, globals(), _PROPERTY_NAMES)

from ..models.tik_tok_platform_data_music_sound_info import (
    TikTokPlatformDataMusicSoundInfo,
)
