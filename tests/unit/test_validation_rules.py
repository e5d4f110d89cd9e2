# ruff: noqa: E501  (the ERRORS table: one case a line, each message in full)
"""The validation rules that mutation testing found unpinned (``make mutation``, target ``validation``).

Each test states one rule of ``late.validation`` so that a wrong line fails it. The table at the top pins
every error's ``param`` and exact message (a mutant that only rewords a message is otherwise a survivor);
the tests after it state the rules: TikTok's required fields and branded-content privacy, the music and
volume bounds, what counts as a video, the fast paths, the subtitle and description limits.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import pytest

from late.client.exceptions import LateValidationError
from late.enums import MediaType, Platform, PostStatus, TikTokPrivacyLevel
from late.validation import (
    MAX_LIMIT,
    MAX_SUBTITLES,
    MAX_TAG_LENGTH,
    MAX_TIKTOK_DESCRIPTION,
    _check_int,
    _Fields,
    _has_video,
    _plain_media_item,
    _plain_target,
    _snake_case,
    _suggest,
    check_bool,
    check_content,
    check_flags,
    check_limit,
    check_mapping,
    check_page,
    check_platform,
    check_post_id,
    check_status,
    check_str,
    check_str_list,
    check_tags,
    normalize_media_items,
    normalize_platforms,
    normalize_tiktok_settings,
)
from tests.support.values import present, unchecked

C = {"content_preview_confirmed": True, "express_consent_given": True}
T = {**C, "privacy_level": "PUBLIC_TO_EVERYONE", "allow_comment": True}
V = [{"type": "video", "url": "https://x/v.mp4"}]


def known(enum: type[Platform | PostStatus | MediaType | TikTokPrivacyLevel]) -> str:
    return f"(known: {', '.join(member.value for member in enum)})"


# fmt: off
ERRORS = [
    pytest.param(lambda: check_bool(unchecked(1), "flag"), 'flag', 'flag must be True or False, got 1 (int)', id='bool'),
    pytest.param(lambda: check_str(unchecked(5), "title"), 'title', 'title must be a string, got int', id='str_type'),
    pytest.param(lambda: check_str("  ", "title", non_empty=True), 'title', 'title must be a non-empty string', id='str_blank'),
    pytest.param(lambda: check_page(True), 'page', 'page must be an integer, got True (bool)', id='int_type'),
    pytest.param(lambda: check_page(unchecked(1.0)), 'page', 'page must be an integer, got 1.0 (float)', id='int_float'),
    pytest.param(lambda: check_page(0), 'page', 'page must be at least 1, got 0', id='page_min'),
    pytest.param(lambda: check_limit(present(MAX_LIMIT) + 1), 'limit', f'limit must be between 1 and {MAX_LIMIT}, got {present(MAX_LIMIT) + 1}', id='limit_range_hi'),
    pytest.param(lambda: check_limit(0), 'limit', f'limit must be between 1 and {MAX_LIMIT}, got 0', id='limit_range_lo'),
    pytest.param(lambda: _check_int(11, "n", maximum=10), 'n', 'n must be at most 10, got 11', id='int_max_only'),
    pytest.param(lambda: _check_int(-1, "n", minimum=0), 'n', 'n must be at least 0, got -1', id='int_min_only'),
    pytest.param(lambda: check_flags(publish_now=True, is_draft=True), 'publish_now', 'publish_now=True and is_draft=True contradict each other: a draft is never published. Pass one of them.', id='flags'),
    pytest.param(lambda: check_flags(publish_now=unchecked("yes"), is_draft=None), 'publish_now', "publish_now must be True or False, got 'yes' (str)", id='flags_type'),
    pytest.param(lambda: check_flags(publish_now=None, is_draft=unchecked(0)), 'is_draft', 'is_draft must be True or False, got 0 (int)', id='flags_type2'),
    pytest.param(lambda: check_post_id(unchecked(5)), 'post_id', 'post_id must be a string, got int', id='post_id_type'),
    pytest.param(lambda: check_post_id("  "), 'post_id', 'post_id must be a non-empty string', id='post_id_blank'),
    pytest.param(lambda: check_post_id("a/b"), 'post_id', "post_id 'a/b' is not a valid id (it may not contain '/', '?', '#' or spaces)", id='post_id_slash'),
    pytest.param(lambda: check_post_id(".."), 'post_id', "post_id '..' is not a valid id (it may not contain '/', '?', '#' or spaces)", id='post_id_dotdot'),
    pytest.param(lambda: check_str_list("abc", "hashtags"), 'hashtags', "hashtags must be a list of strings, not a single string; write ['abc']", id='str_list_str'),
    pytest.param(lambda: check_str_list(unchecked(b"abc"), "hashtags"), 'hashtags', "hashtags must be a list of strings, not a single string; write [b'abc']", id='str_list_bytes'),
    pytest.param(lambda: check_str_list(unchecked(5), "hashtags"), 'hashtags', 'hashtags must be a list of strings, got int', id='str_list_type'),
    pytest.param(lambda: check_str_list(unchecked(["a", 5]), "mentions"), 'mentions[1]', 'mentions[1] must be a string, got int', id='str_list_item'),
    pytest.param(lambda: check_str_list(unchecked({"a": 1}), "mentions"), 'mentions', 'mentions must be a list of strings, got dict', id='str_list_dict'),
    pytest.param(lambda: check_tags(["ok", " "]), 'tags[1]', 'tags[1] is an empty tag', id='tags_empty'),
    pytest.param(lambda: check_tags(["ok", "x" * 101]), 'tags[1]', "tags[1] is 101 characters long; a tag may have at most 100 (YouTube's limit)", id='tags_long'),
    pytest.param(lambda: check_content(None, required=True), 'content', 'content is required unless media is attached, every platform has customContent, or the post is a draft', id='content_req'),
    pytest.param(lambda: check_content("  ", required=True), 'content', 'content is empty', id='content_blank'),
    pytest.param(lambda: check_content(unchecked(5), required=False), 'content', 'content must be a string, got int', id='content_type'),
    pytest.param(lambda: check_mapping(unchecked([1]), "metadata"), 'metadata', 'metadata must be a dict, got list', id='mapping_type'),
    pytest.param(lambda: check_mapping(unchecked({1: 2}), "metadata"), 'metadata', 'metadata keys must be strings, got 1', id='mapping_key'),
    pytest.param(lambda: check_status("publishd"), 'status', "status 'publishd' is not a known post status; did you mean 'published'? " + known(PostStatus), id='status'),
    pytest.param(lambda: check_status(unchecked(5)), 'status', 'status must be a PostStatus or a string, got int', id='status_type'),
    pytest.param(lambda: check_platform("x"), 'platform', "platform 'x' is not a known platform; did you mean 'twitter'? " + known(Platform), id='platform_x'),
    pytest.param(lambda: check_platform("twiter"), 'platform', "platform 'twiter' is not a known platform; did you mean 'twitter'? " + known(Platform), id='platform_typo'),
    pytest.param(lambda: check_platform("link"), 'platform', "platform 'link' is not a known platform; did you mean 'linkedin'? " + known(Platform), id='platform_prefix'),
    pytest.param(lambda: normalize_platforms(None, required=True, timezone=None), 'platforms', 'platforms is required unless is_draft=True: give at least one platform target', id='platforms_req'),
    pytest.param(lambda: normalize_platforms([], required=True, timezone=None), 'platforms', 'platforms is required unless is_draft=True: give at least one platform target', id='platforms_req_empty'),
    pytest.param(lambda: normalize_platforms(unchecked("twitter"), required=True, timezone=None), 'platforms', 'platforms must be a list of platform targets, got str', id='platforms_str'),
    pytest.param(lambda: normalize_platforms(unchecked(MappingProxyType({"platform": "twitter"})), required=True, timezone=None), 'platforms', 'platforms must be a list of platform targets; wrap a single target in a list: [{...}]', id='platforms_mapping'),
    pytest.param(lambda: normalize_platforms(unchecked({"platform": "twitter"}), required=True, timezone=None), 'platforms', 'platforms must be a list of platform targets; wrap a single target in a list: [{...}]', id='platforms_dict'),
    pytest.param(lambda: normalize_platforms(unchecked(5), required=True, timezone=None), 'platforms', 'platforms must be a list of platform targets, got int', id='platforms_int'),
    pytest.param(lambda: normalize_platforms(unchecked(["twitter"]), required=True, timezone=None), 'platforms[0]', 'platforms[0] must be a dict, got str', id='platforms_entry'),
    pytest.param(lambda: normalize_platforms([{"platform": "twitter"}], required=True, timezone=None), 'platforms[0].accountId', 'platforms[0].accountId is required', id='platforms_missing_account'),
    pytest.param(lambda: normalize_platforms([{"platform": "twitter", "custom_content": "x"}], required=True, timezone=None), 'platforms[0].account_id', 'platforms[0].account_id is required', id='platforms_missing_account_snake'),
    pytest.param(lambda: normalize_platforms([{"accountId": "a"}], required=True, timezone=None), 'platforms[0].platform', 'platforms[0].platform is required', id='platforms_missing_platform'),
    pytest.param(lambda: normalize_platforms([{"platform": "twitter", "accountId": "a"}, {"platform": "Twitter", "account_id": " a "}], required=True, timezone=None), 'platforms[1]', "platforms[1] targets twitter account 'a' again (as platforms[0]); list each account once", id='platforms_dup'),
    pytest.param(lambda: normalize_platforms([{"platform": "twitter", "accountId": "a", "acount_id": 1}], required=True, timezone=None), 'platforms[0].acount_id', "platforms[0].acount_id is not a platform target field; did you mean 'account_id'? (allowed: accountId, customContent, customMedia, platform, platformSpecificData, scheduledFor)", id='platforms_unknown_key'),
    pytest.param(lambda: normalize_platforms([{"platform": "twitter", "accountId": "a", "account_id": "a"}], required=True, timezone=None), 'platforms[0].account_id', 'platforms[0].account_id repeats platforms[0].accountId (the same field, spelled differently); keep one', id='platforms_both'),
    pytest.param(lambda: normalize_platforms(unchecked([{"platform": "twitter", "accountId": "a", 5: 1}]), required=True, timezone=None), 'platforms[0]', 'platforms[0] has a non-string key 5', id='platforms_nonstr_key'),
    pytest.param(lambda: normalize_platforms([{"platform": "twitter", "accountId": "a", "platform_specific_data": [1]}], required=True, timezone=None), 'platforms[0].platform_specific_data', 'platforms[0].platform_specific_data must be a dict, got list', id='platforms_psd'),
    pytest.param(lambda: normalize_platforms([{"platform": "twitter", "accountId": " ", "customContent": "x"}], required=True, timezone=None), 'platforms[0].accountId', 'platforms[0].accountId must be a non-empty string', id='platforms_blank_account'),
    pytest.param(lambda: normalize_media_items(unchecked({"url": "https://x/a.jpg"})), 'media_items', 'media_items must be a list of media items; wrap a single item in a list: [{...}]', id='media_wrap'),
    pytest.param(lambda: normalize_media_items(unchecked(5)), 'media_items', 'media_items must be a list of media items, got int', id='media_type'),
    pytest.param(lambda: normalize_media_items(unchecked("https://x/a.jpg")), 'media_items', 'media_items must be a list of media items, got str', id='media_str'),
    pytest.param(lambda: normalize_media_items([{"type": "image"}]), 'media_items[0].url', 'media_items[0].url is required: every media item needs a url', id='media_url_req'),
    pytest.param(lambda: normalize_media_items([{"url": "ftp://x/a.jpg"}]), 'media_items[0].url', "media_items[0].url must be a public http(s) URL, got 'ftp://x/a.jpg'; upload a local file first (client.media.upload) and use the URL it returns", id='media_url_bad'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.jpg", "type": "imag"}]), 'media_items[0].type', "media_items[0].type 'imag' is not a known media type; did you mean 'image'? " + known(MediaType), id='media_kind'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.jpg", "type": 5}]), 'media_items[0].type', 'media_items[0].type must be a MediaType or a string, got int', id='media_kind_type'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.jpg", "size": -1}]), 'media_items[0].size', 'media_items[0].size must be at least 0, got -1', id='media_size'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.jpg", "thumbnail": "x"}]), 'media_items[0].thumbnail', "media_items[0].thumbnail must be a public http(s) URL, got 'x'; upload a local file first (client.media.upload) and use the URL it returns", id='media_thumb'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.jpg", "tiktok_processed": 1}]), 'media_items[0].tiktok_processed', 'media_items[0].tiktok_processed must be True or False, got 1 (int)', id='media_tp'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.jpg", "title": 1}]), 'media_items[0].title', 'media_items[0].title must be a string, got int', id='media_title'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "subtitles": "x"}]), 'media_items[0].subtitles', "media_items[0].subtitles must be a list of {'url': ..., 'language': ...} dicts", id='subs_type'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "subtitles": [{"url": "https://x/s.vtt", "language": f"l{i}"} for i in range(21)]}]), 'media_items[0].subtitles', 'media_items[0].subtitles has 21 tracks; at most 20 are allowed', id='subs_many'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "subtitles": [{"url": "https://x/s.vtt"}]}]), 'media_items[0].subtitles[0].language', 'media_items[0].subtitles[0].language is required', id='subs_lang_req'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "subtitles": [{"language": "en"}]}]), 'media_items[0].subtitles[0].url', 'media_items[0].subtitles[0].url is required', id='subs_url_req'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "subtitles": [{"url": "https://x/s.vtt", "language": "en"}, {"url": "https://x/t.vtt", "language": "EN"}]}]), 'media_items[0].subtitles[1].language', "media_items[0].subtitles[1].language 'EN' repeats media_items[0].subtitles[0]; each language may appear once per video", id='subs_repeat'),
    pytest.param(lambda: normalize_tiktok_settings(unchecked([1]), media_items=None), 'tiktok_settings', 'tiktok_settings must be a dict, got list', id='tt_type'),
    pytest.param(lambda: normalize_tiktok_settings({"content_preview_confirmed": True}, media_items=None), 'tiktok_settings.express_consent_given', 'tiktok_settings.express_consent_given is required by TikTok and must be True', id='tt_consent_missing'),
    pytest.param(lambda: normalize_tiktok_settings({**C, "express_consent_given": False}, media_items=None), 'tiktok_settings.express_consent_given', 'tiktok_settings.express_consent_given must be True: TikTok requires it to publish', id='tt_consent_false'),
    pytest.param(lambda: normalize_tiktok_settings({**C, "allow_comment": True}, media_items=None), 'tiktok_settings.privacy_level', 'tiktok_settings.privacy_level is required unless draft=True', id='tt_privacy_req'),
    pytest.param(lambda: normalize_tiktok_settings({**C, "privacy_level": "SELF_ONLY"}, media_items=None), 'tiktok_settings.allow_comment', 'tiktok_settings.allow_comment is required unless draft=True', id='tt_comment_req'),
    pytest.param(lambda: normalize_tiktok_settings({**C, "allow_comment": True, "allow_duet": True, "allow_stitch": True}, media_items=V), 'tiktok_settings.privacy_level', 'tiktok_settings.privacy_level is required unless draft=True', id='tt_video_privacy_req'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "allow_stitch": True}, media_items=V), 'tiktok_settings.allow_duet', 'tiktok_settings.allow_duet is required for a video post', id='tt_duet_req'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "allow_duet": True}, media_items=V), 'tiktok_settings.allow_stitch', 'tiktok_settings.allow_stitch is required for a video post', id='tt_stitch_req'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "privacy_level": "SELF_ONLY", "commercial_content_type": "brand_content"}, media_items=None), 'tiktok_settings.privacy_level', 'tiktok_settings.privacy_level SELF_ONLY is not allowed for branded content', id='tt_self_only_brand'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "privacy_level": "SELF_ONLY", "brand_partner_promote": True}, media_items=None), 'tiktok_settings.privacy_level', 'tiktok_settings.privacy_level SELF_ONLY is not allowed for branded content', id='tt_self_only_partner'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "location_id": "1"}, media_items=None), 'tiktok_settings.location_name', 'tiktok_settings.location_name is required with location_id', id='tt_location'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "description": "x" * 4001}, media_items=None), 'tiktok_settings.description', 'tiktok_settings.description is 4001 characters long; at most 4000 allowed', id='tt_desc'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "commercial_content_type": "brand"}, media_items=None), 'tiktok_settings.commercial_content_type', "tiktok_settings.commercial_content_type must be one of 'none', 'brand_organic', 'brand_content', got 'brand'; did you mean 'brand_organic'?", id='tt_commercial'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "media_type": "vid"}, media_items=None), 'tiktok_settings.media_type', "tiktok_settings.media_type must be one of 'video', 'photo', got 'vid'; did you mean 'video'?", id='tt_media_type'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "privacy_level": "PUBLIC"}, media_items=None), 'tiktok_settings.privacy_level', "tiktok_settings.privacy_level 'PUBLIC' is not a known TikTok privacy level; did you mean 'PUBLIC_TO_EVERYONE'? " + known(TikTokPrivacyLevel), id='tt_privacy'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "video_cover_timestamp_ms": -1}, media_items=None), 'tiktok_settings.video_cover_timestamp_ms', 'tiktok_settings.video_cover_timestamp_ms must be at least 0, got -1', id='tt_cover'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "video_original_sound_volume": 101}, media_items=None), 'tiktok_settings.video_original_sound_volume', 'tiktok_settings.video_original_sound_volume must be between 0 and 100, got 101', id='tt_volume_hi'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "video_original_sound_volume": -1}, media_items=None), 'tiktok_settings.video_original_sound_volume', 'tiktok_settings.video_original_sound_volume must be between 0 and 100, got -1', id='tt_volume_lo'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "video_cover_image_url": "file:///x"}, media_items=None), 'tiktok_settings.video_cover_image_url', "tiktok_settings.video_cover_image_url must be a public http(s) URL, got 'file:///x'; upload a local file first (client.media.upload) and use the URL it returns", id='tt_cover_url'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "location_name": 5}, media_items=None), 'tiktok_settings.location_name', 'tiktok_settings.location_name must be a string, got int', id='tt_location_name'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "privacy": "x"}, media_items=None), 'tiktok_settings.privacy', "tiktok_settings.privacy is not a TikTok settings field; did you mean 'privacyLevel'? (allowed: allowComment, allowDuet, allowStitch, autoAddMusic, brandPartnerPromote, commercialContentType, contentPreviewConfirmed, description, draft, expressConsentGiven, isAdsOnly, isBrandOrganicPost, locationId, locationName, mediaType, musicSoundInfo, photoCoverIndex, privacyLevel, videoCoverImageUrl, videoCoverTimestampMs, videoMadeWithAi, videoOriginalSoundVolume)", id='tt_unknown'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "music_sound_info": {"music_sound_volume": 5}}, media_items=None), 'tiktok_settings.music_sound_info.music_sound_id', 'tiktok_settings.music_sound_info.music_sound_id is required', id='music_id'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "musicSoundInfo": {"musicSoundVolume": 5}}, media_items=None), 'tiktok_settings.musicSoundInfo.musicSoundId', 'tiktok_settings.musicSoundInfo.musicSoundId is required', id='music_id_camel'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "music_sound_info": {"music_sound_id": " "}}, media_items=None), 'tiktok_settings.music_sound_info.music_sound_id', 'tiktok_settings.music_sound_info.music_sound_id must be a non-empty string', id='music_blank_id'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "music_sound_info": {"music_sound_id": "m", "music_sound_volume": 101}}, media_items=None), 'tiktok_settings.music_sound_info.music_sound_volume', 'tiktok_settings.music_sound_info.music_sound_volume must be between 0 and 100, got 101', id='music_vol_hi'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "music_sound_info": {"music_sound_id": "m", "music_sound_volume": -1}}, media_items=None), 'tiktok_settings.music_sound_info.music_sound_volume', 'tiktok_settings.music_sound_info.music_sound_volume must be between 0 and 100, got -1', id='music_vol_lo'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "music_sound_info": {"music_sound_id": "m", "music_sound_start": -1}}, media_items=None), 'tiktok_settings.music_sound_info.music_sound_start', 'tiktok_settings.music_sound_info.music_sound_start must be at least 0, got -1', id='music_start'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "music_sound_info": {"music_sound_id": "m", "music_sound_start": 5, "music_sound_end": 5}}, media_items=None), 'tiktok_settings.music_sound_info.music_sound_end', 'tiktok_settings.music_sound_info.music_sound_end must be greater than musicSoundStart', id='music_end_eq'),
    pytest.param(lambda: normalize_tiktok_settings({**T, "music_sound_info": "m"}, media_items=None), 'tiktok_settings.music_sound_info', 'tiktok_settings.music_sound_info must be a dict, got str', id='music_type'),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "subtitles": [{"url": "https://x/s.vtt", "lang": "en"}]}]), "media_items[0].subtitles[0].lang", "media_items[0].subtitles[0].lang is not a subtitle field; did you mean 'language'? (allowed: language, url)", id="subs_unknown_key"),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "subtitles": [{"url": "ftp://x/s.vtt", "language": "en"}]}]), "media_items[0].subtitles[0].url", "media_items[0].subtitles[0].url must be a public http(s) URL, got 'ftp://x/s.vtt'; upload a local file first (client.media.upload) and use the URL it returns", id="subs_url_bad"),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "subtitles": [{"url": "https://x/s.vtt", "language": " "}]}]), "media_items[0].subtitles[0].language", "media_items[0].subtitles[0].language must be a non-empty string", id="subs_lang_blank"),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "subtitles": [{"url": "https://x/s.vtt", "language": 5}]}]), "media_items[0].subtitles[0].language", "media_items[0].subtitles[0].language must be a string, got int", id="subs_lang_type"),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "subtitles": ["x"]}]), "media_items[0].subtitles[0]", "media_items[0].subtitles[0] must be a dict, got str", id="subs_track_type"),
    pytest.param(lambda: normalize_tiktok_settings({**T, "commercial_content_type": 5}, media_items=None), "tiktok_settings.commercial_content_type", "tiktok_settings.commercial_content_type must be a string, got int", id="tt_commercial_type"),
    pytest.param(lambda: normalize_tiktok_settings({**T, "music_sound_info": {"music_sound_id": "m", "volume": 1}}, media_items=None), "tiktok_settings.music_sound_info.volume", "tiktok_settings.music_sound_info.volume is not a musicSoundInfo field (allowed: musicSoundEnd, musicSoundId, musicSoundStart, musicSoundVolume)", id="music_unknown_key"),
    pytest.param(lambda: normalize_media_items([{"url": " ", "type": "image"}]), "media_items[0].url", "media_items[0].url must be a non-empty string", id="media_url_blank"),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.jpg", "alt": "x"}]), "media_items[0].alt", "media_items[0].alt is not a media item field; did you mean 'altText'? (allowed: altText, filename, instagramThumbnail, mimeType, size, subtitles, thumbnail, tiktokProcessed, title, type, url)", id="media_unknown_key"),
    pytest.param(lambda: normalize_media_items([{"url": "https://x/a.mp4", "type": "vi_deo"}]), "media_items[0].type", "media_items[0].type 'vi_deo' is not a known media type; did you mean 'video'? " + known(MediaType), id="media_kind_not_loose"),
    pytest.param(lambda: normalize_tiktok_settings({"draft": True}, media_items=None), "tiktok_settings.content_preview_confirmed", "tiktok_settings.content_preview_confirmed is required by TikTok and must be True", id="tt_missing_named_snake_by_default"),
    pytest.param(lambda: check_post_id("."), "post_id", "post_id '.' is not a valid id (it may not contain '/', '?', '#' or spaces)", id="post_id_dot"),
]
# fmt: on


@pytest.mark.parametrize(("call", "param", "message"), ERRORS)
def test_each_bad_input_is_an_error_naming_it_and_saying_why(
    call: Callable[[], object], param: str, message: str
) -> None:
    with pytest.raises(LateValidationError) as excinfo:
        call()
    assert (excinfo.value.param, excinfo.value.message) == (param, message)


def error(call: Callable[[], object]) -> LateValidationError:
    with pytest.raises(LateValidationError) as excinfo:
        call()
    return excinfo.value


# --------------------------------------------------------------------------------------------- TikTok


def test_a_tiktok_video_needs_privacy_level_and_allow_comment_as_well_as_duet_and_stitch() -> None:
    video: dict[str, Any] = {**C, "allow_duet": True, "allow_stitch": True}
    assert (
        error(lambda: normalize_tiktok_settings(video, media_items=V)).param
        == "tiktok_settings.privacy_level"
    )
    video["privacy_level"] = "SELF_ONLY"
    assert (
        error(lambda: normalize_tiktok_settings(video, media_items=V)).param
        == "tiktok_settings.allow_comment"
    )
    video["allow_comment"] = False
    assert normalize_tiktok_settings(video, media_items=V) == {
        "privacyLevel": "SELF_ONLY",
        "allowComment": False,
        "allowDuet": True,
        "allowStitch": True,
        "contentPreviewConfirmed": True,
        "expressConsentGiven": True,
    }


def test_a_creator_inbox_draft_needs_only_the_two_consents_even_for_a_video() -> None:
    assert normalize_tiktok_settings({**C, "draft": True}, media_items=V) == {
        "draft": True,
        "contentPreviewConfirmed": True,
        "expressConsentGiven": True,
    }
    # draft=False is not a draft: the four are required again.
    assert error(lambda: normalize_tiktok_settings({**C, "draft": False}, media_items=V)).param == (
        "tiktok_settings.privacy_level"
    )


@pytest.mark.parametrize(
    "branded",
    [{"commercial_content_type": "brand_content"}, {"brand_partner_promote": True}],
)
def test_branded_content_cannot_be_self_only(branded: dict[str, Any]) -> None:
    err = error(
        lambda: normalize_tiktok_settings({**T, **branded, "privacy_level": "SELF_ONLY"}, media_items=None)
    )
    assert err.param == "tiktok_settings.privacy_level"
    # Any other privacy level is fine for branded content, and SELF_ONLY for content that is not branded.
    assert normalize_tiktok_settings({**T, **branded}, media_items=None) is not None
    for not_branded in (
        {"commercial_content_type": "brand_organic"},
        {"commercial_content_type": "none"},
        {"brand_partner_promote": False},
    ):
        settings = {**T, **not_branded, "privacy_level": TikTokPrivacyLevel.SELF_ONLY}
        assert present(normalize_tiktok_settings(settings, media_items=None))["privacyLevel"] == "SELF_ONLY"


def test_a_location_id_needs_a_location_name_but_not_the_other_way_round() -> None:
    both = present(
        normalize_tiktok_settings({**T, "location_id": "1", "location_name": "Paris"}, media_items=None)
    )
    assert (both["locationId"], both["locationName"]) == ("1", "Paris")
    assert (
        present(normalize_tiktok_settings({**T, "location_name": "Paris"}, media_items=None))["locationName"]
        == "Paris"
    )


def test_the_music_sound_end_must_come_after_its_start() -> None:
    def music(**info: Any) -> dict[str, Any]:
        settings = normalize_tiktok_settings(
            {**T, "music_sound_info": {"music_sound_id": "m", **info}}, media_items=None
        )
        assert settings is not None
        return settings["musicSoundInfo"]  # type: ignore[no-any-return]

    assert music(music_sound_start=5, music_sound_end=6) == {
        "musicSoundId": "m",
        "musicSoundStart": 5,
        "musicSoundEnd": 6,
    }
    assert error(lambda: music(music_sound_start=5, music_sound_end=5)).param == (
        "tiktok_settings.music_sound_info.music_sound_end"
    )
    assert error(lambda: music(music_sound_start=5, music_sound_end=4)).param == (
        "tiktok_settings.music_sound_info.music_sound_end"
    )
    # Either bound alone is fine.
    assert music(music_sound_end=0) == {"musicSoundId": "m", "musicSoundEnd": 0}
    assert music(music_sound_start=0) == {"musicSoundId": "m", "musicSoundStart": 0}


@pytest.mark.parametrize("volume", [0, 1, 99, 100])
def test_a_volume_is_accepted_from_0_to_100(volume: int) -> None:
    settings = normalize_tiktok_settings(
        {
            **T,
            "video_original_sound_volume": volume,
            "music_sound_info": {"music_sound_id": "m", "music_sound_volume": volume},
        },
        media_items=None,
    )
    assert settings is not None
    assert settings["videoOriginalSoundVolume"] == volume
    assert settings["musicSoundInfo"] == {"musicSoundId": "m", "musicSoundVolume": volume}


def test_a_tiktok_description_may_have_4000_characters() -> None:
    assert MAX_TIKTOK_DESCRIPTION == 4000
    settings = normalize_tiktok_settings({**T, "description": "x" * 4000}, media_items=None)
    assert settings is not None and len(settings["description"]) == 4000


def test_every_tiktok_field_is_checked_by_its_kind_and_sent_camel_case() -> None:
    settings = {
        **T,
        "draft": False,
        "allow_duet": False,
        "allow_stitch": True,
        "commercial_content_type": "brand_organic",
        "brand_partner_promote": False,
        "is_brand_organic_post": True,
        "media_type": "photo",
        "video_cover_timestamp_ms": 0,
        "video_cover_image_url": "https://x/c.jpg",
        "photo_cover_index": 2,
        "auto_add_music": True,
        "video_made_with_ai": False,
        "location_id": "l1",
        "location_name": "Paris",
        "is_ads_only": False,
        "description": "Hi",
    }
    assert normalize_tiktok_settings(settings, media_items=V) == {
        "draft": False,
        "privacyLevel": "PUBLIC_TO_EVERYONE",
        "allowComment": True,
        "allowDuet": False,
        "allowStitch": True,
        "commercialContentType": "brand_organic",
        "brandPartnerPromote": False,
        "isBrandOrganicPost": True,
        "contentPreviewConfirmed": True,
        "expressConsentGiven": True,
        "mediaType": "photo",
        "videoCoverTimestampMs": 0,
        "videoCoverImageUrl": "https://x/c.jpg",
        "photoCoverIndex": 2,
        "autoAddMusic": True,
        "videoMadeWithAi": False,
        "locationId": "l1",
        "locationName": "Paris",
        "isAdsOnly": False,
        "description": "Hi",
    }


def test_a_photo_media_type_overrides_a_video_attachment_and_video_overrides_photos() -> None:
    assert normalize_tiktok_settings({**T, "media_type": "photo"}, media_items=V) is not None
    photo = [{"type": "image", "url": "https://x/a.jpg"}]
    assert error(
        lambda: normalize_tiktok_settings({**T, "media_type": "video"}, media_items=photo)
    ).param == ("tiktok_settings.allow_duet")


# ------------------------------------------------------------------------------------ what is a video


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([{"type": "video", "url": "https://x/a.jpg"}], True),  # the type says so
        ([{"type": " VIDEO ", "url": "https://x/a.jpg"}], True),
        ([{"type": MediaType.VIDEO}], True),
        ([{"type": "image", "url": "https://x/a.mp4"}], False),  # a type wins over the extension
        ([{"url": "https://x/a.mp4"}], True),
        ([{"url": "https://x/a.MOV?sig=1#t"}], True),
        ([{"url": "https://x/a.webm#t=1"}], True),
        ([{"url": "https://x/a.jpg"}], False),
        ([{"url": "https://x/a.jpeg"}], False),
        ([{"url": "https://x/mp4"}], False),  # no extension
        ([{"url": "mp4"}], False),
        ([{"url": "https://x/a.mp4/b"}], False),  # the extension of a folder, not of the file
        ([{"url": 5}], False),
        (["https://x/a.mp4", {"url": "https://x/a.jpg"}], False),  # not a mapping: skipped
        (["https://x/a.jpg", {"url": "https://x/a.mp4"}], True),  # ... and the next item is looked at
        ([{"type": "image"}, {"url": "https://x/a.mp4"}], True),
        ([{"url": "https://x/a.mp4#t#u"}], True),  # the fragment starts at the first "#"
        ([{"url": "https://x/a.mp4?x=1?y=2"}], True),  # the query at the first "?"
        ([{"url": "https://x/a.jpg"}, {"url": "https://x/b.mkv"}], True),  # any item
        (None, False),
        ([], False),
    ],
)
def test_a_video_is_told_by_its_type_or_else_by_its_files_extension(items: Any, expected: bool) -> None:
    assert _has_video(items) is expected


# ------------------------------------------------------------------------------------------ media


def test_the_media_fast_path_keeps_every_field_of_an_item_with_more_than_url_and_type() -> None:
    item = {"url": "https://x/a.jpg", "type": "image", "altText": "A cat"}
    assert _plain_media_item(item) is None
    assert normalize_media_items([item]) == [{"type": "image", "url": "https://x/a.jpg", "altText": "A cat"}]
    assert normalize_media_items([{"url": "https://x/a.jpg", "alt_text": "A cat"}]) == [
        {"url": "https://x/a.jpg", "altText": "A cat"}
    ]


@pytest.mark.parametrize(
    ("item", "fast"),
    [
        ({"url": "https://x/a.jpg"}, {"url": "https://x/a.jpg"}),
        ({"url": "https://x/a.jpg", "type": "IMAGE"}, {"type": "image", "url": "https://x/a.jpg"}),
        ({"url": " HTTPS://x/a.jpg "}, {"url": " HTTPS://x/a.jpg "}),
        ({"url": "https://x/a.jpg", "type": "imag"}, None),  # unknown type: the general path words it
        ({"url": "https://x/a.jpg", "type": MediaType.IMAGE}, None),  # not a plain str
        ({"url": "ftp://x/a.jpg"}, None),
        ({"url": 5}, None),
        ({"type": "image"}, None),
        ({"url": "https://x/a.jpg", "title": "t"}, None),
        (MappingProxyType({"url": "https://x/a.jpg"}), None),
    ],
)
def test_the_media_fast_path_takes_only_a_plain_url_and_known_type(item: Any, fast: Any) -> None:
    assert _plain_media_item(item) == fast


def test_a_media_item_keeps_its_fields_in_the_specs_order_and_checks_each() -> None:
    item = {
        "tiktok_processed": True,
        "subtitles": [{"url": "https://x/en.vtt", "language": "en"}],
        "instagram_thumbnail": "https://x/ig.jpg",
        "thumbnail": "https://x/t.jpg",
        "mime_type": "video/mp4",
        "size": 0,
        "filename": "v.mp4",
        "alt_text": "alt",
        "title": "T",
        "url": "https://x/v.mp4",
        "type": MediaType.VIDEO,
    }
    out = normalize_media_items([item])
    assert out == [
        {
            "type": "video",
            "url": "https://x/v.mp4",
            "title": "T",
            "altText": "alt",
            "filename": "v.mp4",
            "size": 0,
            "mimeType": "video/mp4",
            "thumbnail": "https://x/t.jpg",
            "instagramThumbnail": "https://x/ig.jpg",
            "subtitles": [{"url": "https://x/en.vtt", "language": "en"}],
            "tiktokProcessed": True,
        }
    ]
    assert list(out[0]) == list(out[0])  # (dict order is what json.dumps writes)
    assert error(lambda: normalize_media_items([{**item, "instagram_thumbnail": "x"}])).param == (
        "media_items[0].instagram_thumbnail"
    )


def test_a_video_may_have_20_subtitle_tracks() -> None:
    assert MAX_SUBTITLES == 20
    tracks = [{"url": f"https://x/{i}.vtt", "language": f"l{i}"} for i in range(20)]
    (item,) = normalize_media_items([{"url": "https://x/a.mp4", "subtitles": tracks}]) or []
    assert item["subtitles"] == tracks
    assert normalize_media_items([{"url": "https://x/a.mp4", "subtitles": ()}]) == [
        {"url": "https://x/a.mp4", "subtitles": []}
    ]


def test_media_items_may_be_any_sequence_and_none_is_none() -> None:
    assert normalize_media_items(None) is None
    assert normalize_media_items(({"url": "https://x/a.jpg"},)) == [{"url": "https://x/a.jpg"}]
    assert normalize_media_items([]) == []


# ------------------------------------------------------------------------------------------ platforms


def test_a_non_dict_mapping_is_a_platform_target_too() -> None:
    entry = MappingProxyType({"platform": "Twitter", "account_id": "acc"})
    assert normalize_platforms([entry], required=True, timezone=None) == [
        {"platform": "twitter", "accountId": "acc"}
    ]
    assert normalize_platforms((entry,), required=True, timezone=None) == [
        {"platform": "twitter", "accountId": "acc"}
    ]


def test_platforms_none_or_empty_is_fine_when_not_required() -> None:
    assert normalize_platforms(None, required=False, timezone=None) is None
    assert normalize_platforms([], required=False, timezone=None) == []
    assert normalize_platforms((), required=False, timezone=None) == []


@pytest.mark.parametrize(
    ("entry", "fast"),
    [
        ({"platform": "twitter", "accountId": "a"}, {"platform": "twitter", "accountId": "a"}),
        (
            {"platform": "Google_Business", "account_id": "a"},
            {"platform": "googlebusiness", "accountId": "a"},
        ),
        ({"platform": "twitter", "accountId": " "}, None),
        ({"platform": "twiter", "accountId": "a"}, None),
        ({"platform": Platform.TWITTER, "accountId": "a"}, None),
        ({"platform": "twitter", "accountId": 5}, None),
        ({"platform": "twitter", "accountId": None}, None),
        ({"platform": "twitter", "customContent": "a"}, None),
        ({"platform": "twitter", "accountId": "a", "customContent": "c"}, None),
        (MappingProxyType({"platform": "twitter", "accountId": "a"}), None),
    ],
)
def test_the_platform_fast_path_takes_only_a_plain_known_platform_and_account(entry: Any, fast: Any) -> None:
    assert _plain_target(entry) == fast


def test_a_target_with_every_field_is_sent_in_wire_form() -> None:
    out = normalize_platforms(
        [
            {
                "platform": "tiktok",
                "account_id": " acc ",
                "custom_content": "Hi",
                "custom_media": [{"url": "https://x/a.jpg"}],
                "scheduled_for": "2030-01-01 09:00",
                "platform_specific_data": MappingProxyType({"k": 1}),
            }
        ],
        required=True,
        timezone="Asia/Tokyo",
    )
    assert out == [
        {
            "platform": "tiktok",
            "accountId": " acc ",
            "customContent": "Hi",
            "customMedia": [{"url": "https://x/a.jpg"}],
            "scheduledFor": "2030-01-01T00:00:00Z",
            "platformSpecificData": {"k": 1},
        }
    ]
    assert type(out[0]["platformSpecificData"]) is dict


def test_the_same_account_on_another_platform_or_another_account_is_not_a_duplicate() -> None:
    out = normalize_platforms(
        [
            {"platform": "twitter", "accountId": "a"},
            {"platform": "threads", "accountId": "a"},
            {"platform": "twitter", "accountId": "b"},
        ],
        required=True,
        timezone=None,
    )
    assert [(t["platform"], t["accountId"]) for t in out or []] == [
        ("twitter", "a"),
        ("threads", "a"),
        ("twitter", "b"),
    ]


# ------------------------------------------------------------------------------------ field spelling


def test_a_missing_field_is_named_in_the_spelling_the_user_wrote() -> None:
    def path(data: dict[str, Any], snake_default: bool = False) -> str:
        fields = _Fields(
            data, "p", ("accountId", "customContent", "platform"), what="x", snake_default=snake_default
        )
        return fields.path("accountId")

    assert path({"customContent": "c"}) == "p.accountId"
    assert path({"custom_content": "c"}) == "p.account_id"
    assert path({"platform": "t"}) == "p.accountId"  # "platform" is both spellings: it does not tell
    assert path({"platform": "t"}, snake_default=True) == "p.account_id"
    assert path({}, snake_default=True) == "p.account_id"
    assert path({"accountId": None}) == "p.accountId"  # written, though None: as written


def test_camel_case_names_turn_into_snake_case_at_each_hump() -> None:
    assert _snake_case("accountId") == "account_id"
    assert _snake_case("videoCoverTimestampMs") == "video_cover_timestamp_ms"
    assert _snake_case("platform") == "platform"
    assert _snake_case("Platform") == "platform"  # no underscore before the first letter


def test_none_values_are_left_out_and_keys_must_be_strings() -> None:
    fields = _Fields({"accountId": None, "platform": "x"}, "p", ("accountId", "platform"), what="x")
    assert fields.values == {"platform": "x"}
    assert fields.spelling == {"accountId": "accountId", "platform": "platform"}


# --------------------------------------------------------------------------------------- suggestions


def test_a_suggestion_is_a_hint_a_prefix_or_the_closest_choice() -> None:
    assert _suggest("X", ["twitter"], {"x": "twitter"}) == "; did you mean 'twitter'?"
    assert _suggest("PUB", ["PUBLIC_TO_EVERYONE", "SELF_ONLY"]) == "; did you mean 'PUBLIC_TO_EVERYONE'?"
    assert _suggest("pu", ["PUBLIC_TO_EVERYONE", "SELF_ONLY"]) == ""  # under 3 letters: no prefix match
    assert _suggest(" Twiter ", ["twitter", "tiktok"]) == "; did you mean 'twitter'?"
    assert _suggest("zzzzzz", ["twitter"]) == ""


# ------------------------------------------------------------------------------------------- scalars


def test_limits_are_the_documented_ones() -> None:
    assert MAX_TAG_LENGTH == 100
    assert MAX_LIMIT is not None
    assert check_limit(MAX_LIMIT) == MAX_LIMIT and check_limit(1) == 1 and check_limit(None) is None
    assert check_page(1) == 1 and check_page(None) is None
    assert check_tags(["x" * 100]) == ["x" * 100]
    assert _check_int(10, "n", maximum=10) == 10
    assert _check_int(0, "n", minimum=0) == 0
    assert _check_int(-5, "n") == -5


def test_string_lists_accept_any_sequence_or_set_and_turn_str_enums_into_values() -> None:
    assert check_str_list(("a", "b"), "h") == ["a", "b"]
    assert check_str_list(unchecked(frozenset({"a"})), "h") == ["a"]
    assert check_str_list([Platform.TWITTER, "b"], "h") == ["twitter", "b"]
    assert type(check_str_list([Platform.TWITTER], "h")[0]) is str  # type: ignore[index]
    plain = ["a", "b"]
    copied = check_str_list(plain, "h")
    assert copied == plain and copied is not plain
    assert check_tags(None) is None


def test_content_is_optional_text_unless_required() -> None:
    assert check_content(None, required=False) is None
    assert check_content("  ", required=False) == "  "
    assert check_content(" Hi ", required=True) == " Hi "


def test_scalar_checks_return_what_the_api_receives() -> None:
    assert check_str(PostStatus.DRAFT, "s") == "draft"
    assert type(check_str(PostStatus.DRAFT, "s")) is str
    assert check_str(" x ", "s", non_empty=True) == " x "
    assert check_bool(False, "b") is False
    assert check_mapping(MappingProxyType({"a": 1}), "m") == {"a": 1}
    assert check_post_id("  abc  ") == "abc"
    assert check_post_id(".a.") == ".a."
    assert check_status("Pending-Approval") == "pending_approval"
    assert check_platform("GOOGLE BUSINESS") == "googlebusiness"
    check_flags(publish_now=None, is_draft=None)
    check_flags(publish_now=True, is_draft=False)
    check_flags(publish_now=False, is_draft=True)


@pytest.mark.parametrize("spelling", ["self-only", "Self Only", "self_only", TikTokPrivacyLevel.SELF_ONLY])
def test_a_tiktok_privacy_level_is_matched_ignoring_case_spaces_dashes_and_underscores(spelling: Any) -> None:
    settings = normalize_tiktok_settings(
        {**C, "privacy_level": spelling, "allow_comment": True}, media_items=None
    )
    assert settings is not None and settings["privacyLevel"] == "SELF_ONLY"


# Mutants that `make mutation` leaves alive in late/validation.py, judged equivalent:
# - The fast paths, which exist for speed and give what the general path gives: check_str_list's plain
#   list of plain str (``type(values) is list``, ``type(item) is str`` made false), normalize_media_items'
#   ``type(items) is not list`` made true and ``_plain_media_item(None)``, _normalize_media_item's loop
#   over only ``type``/``url`` when only they are given (``<=`` -> ``<``, or made false).
# - _plain_media_item: ``_enum_lookup(MediaType, kind, None)``: None is as falsy as False.
# - _suggest: ``get_close_matches(..., n=1)`` with n=2 or the default 3: only the best match is used.
# - _has_video: ``split("?", 2)``/``split("#", 2)``/``split("#")``/``rsplit(".")`` give the same first
#   (or last) piece as with maxsplit 1; the ``"." in path.rsplit("/", 1)[-1]`` variants (``rsplit(None)``,
#   ``split("/", 1)``, ``rsplit("/", 2)``, ``rsplit("XX/XX")``): that test only matters for a path without
#   any dot, and then no piece of it has one.
# Measured after the equivalents above were listed, and not yet judged one by one (a later pass): the
# fast paths of _check_str, check_str, _is_list_like, normalize_platforms, _Fields (``type(x) is ...``
# shortcuts made false), _plain_target made to return None, _build_enum_table's key variants
# (``_enum_key(..., None)``, a None key), _enum_key's ``sub("XXXX", ...)``. Most look like fast paths
# (speed only); each needs checking before it is called equivalent.
