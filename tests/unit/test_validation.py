"""Local validation: errors name the argument as the user wrote it; normalisation yields the wire form."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

from late.client.exceptions import LateAPIError, LateValidationError
from late.enums import MediaType, Platform, PostStatus, TikTokPrivacyLevel
from late.validation import (
    MAX_LIMIT,
    check_bool,
    check_choice,
    check_comma_list,
    check_content,
    check_flags,
    check_limit,
    check_mapping,
    check_page,
    check_platform,
    check_platform_name,
    check_post_id,
    check_status,
    check_str,
    check_str_list,
    check_tags,
    normalize_media_items,
    normalize_platforms,
    normalize_tiktok_settings,
    spec_bounds,
)
from tests.support.values import unchecked

VIDEO = {"type": MediaType.VIDEO, "url": "https://cdn.example.com/clip.mp4"}
IMAGE = {"type": MediaType.IMAGE, "url": "https://cdn.example.com/photo.jpg"}


def raises(call: Callable[[], object], param: str) -> LateValidationError:
    """Run ``call``, which must raise LateValidationError for ``param``, naming it in the message."""
    with pytest.raises(LateValidationError) as info:
        call()
    error = info.value
    assert isinstance(error, LateAPIError)
    assert error.param == param
    assert param in error.message
    assert error.status_code is None
    return error


def tiktok(**overrides: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "privacy_level": TikTokPrivacyLevel.PUBLIC_TO_EVERYONE,
        "allow_comment": True,
        "allow_duet": True,
        "allow_stitch": True,
        "content_preview_confirmed": True,
        "express_consent_given": True,
    }
    settings.update(overrides)
    return {key: value for key, value in settings.items() if value is not ...}


# ============================================================================================== platforms


def test_platforms_round_trip_snake_case_and_enums_to_wire() -> None:
    result = normalize_platforms(
        [
            {
                "platform": Platform.TWITTER,
                "account_id": "tw_123",
                "custom_content": "Short version",
                "custom_media": [
                    {"type": MediaType.IMAGE, "url": "https://cdn.example.com/a.jpg", "alt_text": "A"}
                ],
                "scheduled_for": datetime(2024, 12, 25, 10, 0),
                "platform_specific_data": {"replyToTweetId": "1"},
            },
            {"platform": "LinkedIn", "accountId": "li_456"},
        ],
        required=True,
        timezone="America/New_York",
    )
    assert result == [
        {
            "platform": "twitter",
            "accountId": "tw_123",
            "customContent": "Short version",
            "customMedia": [{"type": "image", "url": "https://cdn.example.com/a.jpg", "altText": "A"}],
            "scheduledFor": "2024-12-25T15:00:00Z",
            "platformSpecificData": {"replyToTweetId": "1"},
        },
        {"platform": "linkedin", "accountId": "li_456"},
    ]
    assert result is not None
    assert type(result[0]["platform"]) is str
    assert type(result[0]["customMedia"][0]["type"]) is str
    assert json.loads(json.dumps(result)) == result


def test_platforms_camel_case_passes_through() -> None:
    entry = {
        "platform": "twitter",
        "accountId": "tw_1",
        "customContent": "c",
        "scheduledFor": "2024-12-25T15:00:00Z",
        "platformSpecificData": {"threadItems": [{"content": "t"}]},
    }
    assert normalize_platforms([entry], required=True, timezone=None) == [entry]


def test_platforms_none_values_are_left_out() -> None:
    result = normalize_platforms(
        [{"platform": "twitter", "accountId": "a", "customContent": None}], required=True, timezone=None
    )
    assert result == [{"platform": "twitter", "accountId": "a"}]


def test_platform_names_are_matched_case_and_separator_insensitively() -> None:
    assert check_platform("Twitter") == "twitter"
    assert check_platform("GOOGLE_BUSINESS") == "googlebusiness"
    assert check_platform("google business") == "googlebusiness"
    assert check_platform(Platform.TELEGRAM) == "telegram"


def test_per_platform_scheduled_for_aware_and_local() -> None:
    result = normalize_platforms(
        [
            {"platform": "twitter", "accountId": "a", "scheduledFor": datetime(2024, 6, 1, 12, tzinfo=UTC)},
            {"platform": "threads", "accountId": "b", "scheduledFor": datetime(2024, 6, 1, 12)},
        ],
        required=True,
        timezone=None,
        local_tz=ZoneInfo("Asia/Tokyo"),
    )
    assert result is not None
    assert [entry["scheduledFor"] for entry in result] == ["2024-06-01T12:00:00Z", "2024-06-01T03:00:00Z"]


def test_platforms_required_unless_draft() -> None:
    error = raises(lambda: normalize_platforms(None, required=True, timezone=None), "platforms")
    assert "is_draft=True" in error.message
    raises(lambda: normalize_platforms([], required=True, timezone=None), "platforms")
    assert normalize_platforms(None, required=False, timezone=None) is None
    assert normalize_platforms([], required=False, timezone=None) == []


def test_platforms_single_dict_is_an_error() -> None:
    error = raises(
        lambda: normalize_platforms({"platform": "twitter", "accountId": "a"}, required=True, timezone=None),  # type: ignore[arg-type]
        "platforms",
    )
    assert "list" in error.message


def test_platforms_entry_must_be_a_dict() -> None:
    raises(lambda: normalize_platforms(["twitter"], required=True, timezone=None), "platforms[0]")  # type: ignore[list-item]


def test_unknown_platform_suggests_closest() -> None:
    error = raises(
        lambda: normalize_platforms(
            [{"platform": "twitter", "accountId": "a"}, {"platform": "twiter", "accountId": "b"}],
            required=True,
            timezone=None,
        ),
        "platforms[1].platform",
    )
    assert "did you mean 'twitter'?" in error.message


def test_x_is_not_an_alias_but_suggests_twitter() -> None:
    error = raises(lambda: check_platform("x", "platforms[0].platform"), "platforms[0].platform")
    assert "did you mean 'twitter'?" in error.message


def test_pseudo_member_platform_is_rejected_on_input() -> None:
    raises(lambda: check_platform(Platform("mastodon")), "platform")


def test_platform_must_be_a_string() -> None:
    raises(
        lambda: normalize_platforms([{"platform": 3, "accountId": "a"}], required=True, timezone=None),
        "platforms[0].platform",
    )


def test_missing_platform_key() -> None:
    raises(
        lambda: normalize_platforms([{"accountId": "a"}], required=True, timezone=None),
        "platforms[0].platform",
    )


@pytest.mark.parametrize(
    ("entry", "param"),
    [
        ({"platform": "twitter"}, "platforms[0].accountId"),
        ({"platform": "twitter", "custom_content": "c"}, "platforms[0].account_id"),
        ({"platform": "twitter", "accountId": ""}, "platforms[0].accountId"),
        ({"platform": "twitter", "account_id": "   "}, "platforms[0].account_id"),
        ({"platform": "twitter", "accountId": 123}, "platforms[0].accountId"),
        ({"platform": "twitter", "accountId": {"_id": "a"}}, "platforms[0].accountId"),
    ],
)
def test_account_id_required_non_empty_string(entry: dict[str, Any], param: str) -> None:
    raises(lambda: normalize_platforms([entry], required=True, timezone=None), param)


def test_unknown_platform_key_is_rejected_with_suggestion() -> None:
    error = raises(
        lambda: normalize_platforms(
            [{"platform": "twitter", "accountId": "a", "custom_contnet": "x"}], required=True, timezone=None
        ),
        "platforms[0].custom_contnet",
    )
    assert "did you mean 'custom_content'?" in error.message


def test_response_only_platform_key_is_rejected() -> None:
    error = raises(
        lambda: normalize_platforms(
            [{"platform": "twitter", "accountId": "a", "status": "published"}], required=True, timezone=None
        ),
        "platforms[0].status",
    )
    assert "accountId" in error.message  # lists the allowed fields


def test_both_spellings_of_a_key_is_an_error() -> None:
    error = raises(
        lambda: normalize_platforms(
            [{"platform": "twitter", "accountId": "a", "account_id": "b"}], required=True, timezone=None
        ),
        "platforms[0].account_id",
    )
    assert "platforms[0].accountId" in error.message


def test_duplicate_target_is_an_error() -> None:
    error = raises(
        lambda: normalize_platforms(
            [{"platform": "twitter", "accountId": "a"}, {"platform": "Twitter", "account_id": "a"}],
            required=True,
            timezone=None,
        ),
        "platforms[1]",
    )
    assert "platforms[0]" in error.message


def test_same_account_id_on_two_platforms_is_fine() -> None:
    result = normalize_platforms(
        [{"platform": "facebook", "accountId": "a"}, {"platform": "instagram", "accountId": "a"}],
        required=True,
        timezone=None,
    )
    assert result is not None
    assert len(result) == 2


def test_custom_content_must_be_a_string() -> None:
    raises(
        lambda: normalize_platforms(
            [{"platform": "twitter", "accountId": "a", "custom_content": 5}], required=True, timezone=None
        ),
        "platforms[0].custom_content",
    )


def test_platform_specific_data_must_be_a_dict() -> None:
    raises(
        lambda: normalize_platforms(
            [{"platform": "twitter", "accountId": "a", "platformSpecificData": "x"}],
            required=True,
            timezone=None,
        ),
        "platforms[0].platformSpecificData",
    )


def test_per_platform_scheduled_for_errors_name_the_entry() -> None:
    error = raises(
        lambda: normalize_platforms(
            [
                {"platform": "twitter", "accountId": "a"},
                {"platform": "linkedin", "accountId": "b", "scheduled_for": datetime(2024, 3, 31, 1, 30)},
            ],
            required=True,
            timezone="Europe/London",
        ),
        "platforms[1].scheduled_for",
    )
    assert "does not exist" in error.message


def test_per_platform_scheduled_for_garbage() -> None:
    raises(
        lambda: normalize_platforms(
            [{"platform": "twitter", "accountId": "a", "scheduledFor": "next tuesday-ish"}],
            required=True,
            timezone=None,
        ),
        "platforms[0].scheduledFor",
    )


def test_custom_media_errors_name_the_nested_path() -> None:
    raises(
        lambda: normalize_platforms(
            [{"platform": "twitter", "accountId": "a", "customMedia": [IMAGE, {"type": "image"}]}],
            required=True,
            timezone=None,
        ),
        "platforms[0].customMedia[1].url",
    )


# ================================================================================================== media


def test_media_items_round_trip() -> None:
    items = normalize_media_items(
        [
            {"type": MediaType.VIDEO, "url": "https://cdn.example.com/v.mp4", "thumbnail": "https://c/t.jpg"},
            {
                "type": "IMAGE",
                "url": "https://cdn.example.com/i.jpg",
                "alt_text": "alt",
                "mime_type": "image/jpeg",
                "filename": "i.jpg",
                "size": 1024,
                "title": "T",
                "instagram_thumbnail": "https://c/ig.jpg",
            },
            {
                "url": "https://cdn.example.com/doc.pdf",
                "subtitles": [{"url": "https://c/en.srt", "language": "en"}],
            },
        ]
    )
    assert items == [
        {"type": "video", "url": "https://cdn.example.com/v.mp4", "thumbnail": "https://c/t.jpg"},
        {
            "type": "image",
            "url": "https://cdn.example.com/i.jpg",
            "title": "T",
            "altText": "alt",
            "filename": "i.jpg",
            "size": 1024,
            "mimeType": "image/jpeg",
            "instagramThumbnail": "https://c/ig.jpg",
        },
        {
            "url": "https://cdn.example.com/doc.pdf",
            "subtitles": [{"url": "https://c/en.srt", "language": "en"}],
        },
    ]
    assert items is not None
    assert type(items[0]["type"]) is str
    assert normalize_media_items(None) is None


def test_media_type_unknown_suggests() -> None:
    error = raises(
        lambda: normalize_media_items([IMAGE, {"type": "imgae", "url": "https://c/x.jpg"}]),
        "media_items[1].type",
    )
    assert "did you mean 'image'?" in error.message


@pytest.mark.parametrize(
    ("item", "param"),
    [
        ({"type": "image"}, "media_items[0].url"),
        ({"type": "image", "url": ""}, "media_items[0].url"),
        ({"type": "image", "url": 7}, "media_items[0].url"),
        ({"type": "image", "url": "product.jpg"}, "media_items[0].url"),
        ({"type": "image", "url": "file:///tmp/product.jpg"}, "media_items[0].url"),
        ({"type": 1, "url": "https://c/x.jpg"}, "media_items[0].type"),
        ({"url": "https://c/x.jpg", "size": -1}, "media_items[0].size"),
        ({"url": "https://c/x.jpg", "size": "big"}, "media_items[0].size"),
        ({"url": "https://c/x.jpg", "alt_text": 5}, "media_items[0].alt_text"),
        ({"url": "https://c/x.jpg", "caption": "hi"}, "media_items[0].caption"),
        ({"url": "https://c/x.mp4", "thumbnail": "thumb.jpg"}, "media_items[0].thumbnail"),
        ({"url": "https://c/x.mp4", "subtitles": "en.srt"}, "media_items[0].subtitles"),
        (
            {"url": "https://c/x.mp4", "subtitles": [{"url": "https://c/en.srt"}]},
            "media_items[0].subtitles[0].language",
        ),
    ],
)
def test_media_item_errors(item: dict[str, Any], param: str) -> None:
    raises(lambda: normalize_media_items([item]), param)


def test_media_subtitles_language_once_per_video() -> None:
    tracks = [{"url": "https://c/a.srt", "language": "en"}, {"url": "https://c/b.srt", "language": "EN"}]
    raises(
        lambda: normalize_media_items([{"url": "https://c/x.mp4", "subtitles": tracks}]),
        "media_items[0].subtitles[1].language",
    )


def test_media_items_must_be_a_list() -> None:
    raises(lambda: normalize_media_items({"url": "https://c/x.jpg"}), "media_items")  # type: ignore[arg-type]
    raises(lambda: normalize_media_items("https://c/x.jpg"), "media_items")  # type: ignore[arg-type]
    raises(lambda: normalize_media_items(["https://c/x.jpg"]), "media_items[0]")  # type: ignore[list-item]


# ================================================================================================= TikTok


def test_tiktok_snake_case_to_wire() -> None:
    result = normalize_tiktok_settings(
        tiktok(
            draft=False,
            description="Long description",
            video_cover_timestamp_ms=1500,
            auto_add_music=False,
            commercial_content_type="brand_organic",
            video_made_with_ai=True,
            music_sound_info={"music_sound_id": "clip-1", "music_sound_volume": 60},
        ),
        media_items=[VIDEO],
    )
    assert result == {
        "draft": False,
        "privacyLevel": "PUBLIC_TO_EVERYONE",
        "allowComment": True,
        "allowDuet": True,
        "allowStitch": True,
        "commercialContentType": "brand_organic",
        "contentPreviewConfirmed": True,
        "expressConsentGiven": True,
        "videoCoverTimestampMs": 1500,
        "autoAddMusic": False,
        "musicSoundInfo": {"musicSoundId": "clip-1", "musicSoundVolume": 60},
        "videoMadeWithAi": True,
        "description": "Long description",
    }
    assert result is not None
    assert type(result["privacyLevel"]) is str
    assert json.loads(json.dumps(result)) == result


def test_tiktok_camel_case_input_is_accepted() -> None:
    wire = {
        "privacyLevel": "SELF_ONLY",
        "allowComment": False,
        "contentPreviewConfirmed": True,
        "expressConsentGiven": True,
        "photoCoverIndex": 0,
    }
    assert normalize_tiktok_settings(wire, media_items=[IMAGE]) == wire


def test_tiktok_privacy_level_string_is_canonicalised() -> None:
    result = normalize_tiktok_settings(tiktok(privacy_level="follower_of_creator"), media_items=[VIDEO])
    assert result is not None
    assert result["privacyLevel"] == "FOLLOWER_OF_CREATOR"


def test_tiktok_none_is_none() -> None:
    assert normalize_tiktok_settings(None, media_items=[VIDEO]) is None


@pytest.mark.parametrize(
    "missing", ["privacy_level", "allow_comment", "content_preview_confirmed", "express_consent_given"]
)
def test_tiktok_required_fields(missing: str) -> None:
    error = raises(
        lambda: normalize_tiktok_settings(tiktok(**{missing: ...}), media_items=[IMAGE]),
        f"tiktok_settings.{missing}",
    )
    assert "required" in error.message


def test_tiktok_required_field_named_in_camel_case_when_user_writes_camel_case() -> None:
    raises(
        lambda: normalize_tiktok_settings(
            {"privacyLevel": "SELF_ONLY", "contentPreviewConfirmed": True, "expressConsentGiven": True},
            media_items=None,
        ),
        "tiktok_settings.allowComment",
    )


@pytest.mark.parametrize("consent", ["content_preview_confirmed", "express_consent_given"])
@pytest.mark.parametrize("value", [False, 1, "true"])
def test_tiktok_consents_must_be_true(consent: str, value: object) -> None:
    error = raises(
        lambda: normalize_tiktok_settings(tiktok(**{consent: value}), media_items=[IMAGE]),
        f"tiktok_settings.{consent}",
    )
    assert "True" in error.message


@pytest.mark.parametrize("missing", ["allow_duet", "allow_stitch"])
def test_tiktok_duet_and_stitch_required_for_video(missing: str) -> None:
    error = raises(
        lambda: normalize_tiktok_settings(tiktok(**{missing: ...}), media_items=[IMAGE, VIDEO]),
        f"tiktok_settings.{missing}",
    )
    assert "video" in error.message


def test_tiktok_duet_and_stitch_not_required_for_photos() -> None:
    result = normalize_tiktok_settings(tiktok(allow_duet=..., allow_stitch=...), media_items=[IMAGE, IMAGE])
    assert result is not None
    assert "allowDuet" not in result


def test_tiktok_video_detected_from_extension_when_type_omitted() -> None:
    raises(
        lambda: normalize_tiktok_settings(
            tiktok(allow_duet=...), media_items=[{"url": "https://cdn.example.com/clip.MOV?sig=1"}]
        ),
        "tiktok_settings.allow_duet",
    )


def test_tiktok_video_detected_from_media_type_override() -> None:
    raises(
        lambda: normalize_tiktok_settings(tiktok(allow_stitch=..., media_type="video"), media_items=None),
        "tiktok_settings.allow_stitch",
    )


def test_tiktok_creator_inbox_draft_needs_only_the_consents() -> None:
    # The spec's video-draft example: privacy and interaction settings are chosen in the TikTok app.
    settings = {"draft": True, "content_preview_confirmed": True, "express_consent_given": True}
    assert normalize_tiktok_settings(settings, media_items=[VIDEO]) == {
        "draft": True,
        "contentPreviewConfirmed": True,
        "expressConsentGiven": True,
    }
    raises(
        lambda: normalize_tiktok_settings(
            {"draft": True, "content_preview_confirmed": True}, media_items=[VIDEO]
        ),
        "tiktok_settings.express_consent_given",
    )


def test_tiktok_unknown_key_is_rejected() -> None:
    error = raises(
        lambda: normalize_tiktok_settings(tiktok(allow_coment=True), media_items=[IMAGE]),
        "tiktok_settings.allow_coment",
    )
    assert "did you mean 'allow_comment'?" in error.message


def test_tiktok_publish_type_is_not_supported() -> None:
    raises(
        lambda: normalize_tiktok_settings(tiktok(publish_type="x"), media_items=[IMAGE]),
        "tiktok_settings.publish_type",
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("allow_comment", "yes"),
        ("allow_comment", 1),
        ("allow_duet", [True]),
        ("draft", "false"),
        ("auto_add_music", 0),
        ("video_cover_timestamp_ms", 1.5),
        ("video_cover_timestamp_ms", True),
        ("video_cover_timestamp_ms", -1),
        ("photo_cover_index", "0"),
        ("video_original_sound_volume", 101),
        ("description", 42),
        ("description", "x" * 4001),
        ("commercial_content_type", "paid"),
        ("media_type", "image"),
        ("video_cover_image_url", "cover.jpg"),
        ("music_sound_info", "clip-1"),
        ("privacy_level", 3),
    ],
)
def test_tiktok_wrong_types_and_values(field: str, value: object) -> None:
    raises(
        lambda: normalize_tiktok_settings(tiktok(**{field: value}), media_items=[VIDEO]),
        f"tiktok_settings.{field}",
    )


def test_tiktok_unknown_privacy_level_suggests() -> None:
    error = raises(
        lambda: normalize_tiktok_settings(tiktok(privacy_level="PUBLIC"), media_items=[VIDEO]),
        "tiktok_settings.privacy_level",
    )
    assert "did you mean 'PUBLIC_TO_EVERYONE'?" in error.message


def test_tiktok_music_sound_id_required() -> None:
    raises(
        lambda: normalize_tiktok_settings(
            tiktok(music_sound_info={"music_sound_volume": 50}), media_items=[VIDEO]
        ),
        "tiktok_settings.music_sound_info.music_sound_id",
    )


def test_tiktok_branded_content_cannot_be_private() -> None:
    raises(
        lambda: normalize_tiktok_settings(
            tiktok(privacy_level="SELF_ONLY", commercial_content_type="brand_content"), media_items=[VIDEO]
        ),
        "tiktok_settings.privacy_level",
    )


def test_tiktok_location_id_needs_location_name() -> None:
    raises(
        lambda: normalize_tiktok_settings(tiktok(location_id="loc-1"), media_items=[VIDEO]),
        "tiktok_settings.location_name",
    )


def test_tiktok_settings_must_be_a_dict() -> None:
    raises(lambda: normalize_tiktok_settings(["privacy_level"], media_items=None), "tiktok_settings")  # type: ignore[arg-type]


# ================================================================================================== flags


def test_publish_now_and_draft_together_is_an_error() -> None:
    error = raises(lambda: check_flags(publish_now=True, is_draft=True), "publish_now")
    assert "is_draft" in error.message


@pytest.mark.parametrize(
    ("publish_now", "is_draft"), [(True, False), (False, True), (None, None), (True, None)]
)
def test_compatible_flags(publish_now: bool | None, is_draft: bool | None) -> None:
    check_flags(publish_now=publish_now, is_draft=is_draft)


def test_flags_must_be_bools() -> None:
    raises(lambda: check_flags(publish_now="yes", is_draft=None), "publish_now")  # type: ignore[arg-type]
    raises(lambda: check_flags(publish_now=None, is_draft=1), "is_draft")  # type: ignore[arg-type]


# ============================================================================================ list params


def test_page_and_limit_accept() -> None:
    assert check_page(1) == 1
    assert check_page(None) is None
    assert check_limit(1) == 1
    assert check_limit(MAX_LIMIT) == MAX_LIMIT == 500
    assert check_limit(None) is None


def test_list_bounds_come_from_the_spec() -> None:
    """The limits are openapi.yaml's, read through the generated constraints module, not typed by hand."""
    spec = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text())
    (operation,) = [op for op in spec["paths"]["/v1/posts"].values() if op.get("operationId") == "listPosts"]
    schemas = {p.get("name"): p.get("schema", {}) for p in operation["parameters"]}
    assert schemas["limit"]["maximum"] == MAX_LIMIT
    assert spec_bounds("listPosts", "limit") == {"minimum": 1, "maximum": MAX_LIMIT}
    assert spec_bounds("listPosts", "offset") == {"minimum": schemas["offset"]["minimum"]}
    assert spec_bounds("listPosts", "search") == {}
    assert spec_bounds("updatePostMetadata", "title", body=True) == {"maxLength": 100}


@pytest.mark.parametrize("value", [0, -1, True, 1.0, "2"])
def test_page_errors(value: object) -> None:
    raises(lambda: check_page(value), "page")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0, 501, 100_000, False, 10.0, "10"])
def test_limit_errors(value: object) -> None:
    error = raises(lambda: check_limit(value), "limit")  # type: ignore[arg-type]
    if isinstance(value, int) and not isinstance(value, bool):
        assert "between 1 and 500" in error.message


def test_comma_lists() -> None:
    assert check_comma_list(["launch", " job "], "tags", max_items=20) == "launch,job"
    assert check_comma_list(["_id", "scheduled_for", "mediaItems"], "fields", field_names=True) == (
        "_id,scheduledFor,mediaItems"
    )
    assert check_comma_list([], "tags") == ""
    raises(lambda: check_comma_list("launch", "tags"), "tags")
    raises(lambda: check_comma_list(["a", ""], "tags"), "tags[1]")
    raises(lambda: check_comma_list(["a", "b,c"], "tags"), "tags[1]")
    raises(lambda: check_comma_list(["a", 1], "tags"), "tags[1]")  # type: ignore[list-item]
    assert "at most 20" in raises(lambda: check_comma_list(["t"] * 21, "tags", max_items=20), "tags").message


def test_choice_is_one_of_the_generated_enum() -> None:
    from late_api_client.models import ListPostsSortBy

    assert check_choice("created_asc", ListPostsSortBy, "sort_by", what="sort order") == "created-asc"
    assert check_choice(ListPostsSortBy.STATUS, ListPostsSortBy, "sort_by", what="sort order") == "status"
    error = raises(lambda: check_choice("newest", ListPostsSortBy, "sort_by", what="sort order"), "sort_by")
    assert "scheduled-desc" in error.message
    pseudo = ListPostsSortBy("newest")  # an open enum's pseudo-member is still not a value the spec lists
    raises(lambda: check_choice(pseudo, ListPostsSortBy, "sort_by", what="sort order"), "sort_by")


def test_status_filter() -> None:
    assert check_status(PostStatus.SCHEDULED) == "scheduled"
    assert check_status("Pending_Approval") == "pending_approval"
    error = raises(lambda: check_status("sheduled"), "status")
    assert "did you mean 'scheduled'?" in error.message


# ================================================================================================= post id


def test_post_id() -> None:
    assert check_post_id("65f1c0a9e2b5af0012ab34cd") == "65f1c0a9e2b5af0012ab34cd"
    assert check_post_id("  post_123 ") == "post_123"


@pytest.mark.parametrize("value", ["", "   ", "a/b", "../retry", "a?b=1", "a#b", "a b", "..", None, 123])
def test_post_id_errors(value: object) -> None:
    raises(lambda: check_post_id(value, param="post_id"), "post_id")  # type: ignore[arg-type]


# ============================================================================================ tags, lists


def test_tags() -> None:
    assert check_tags(["tech", "x" * 100]) == ["tech", "x" * 100]
    assert check_tags(("a", "b")) == ["a", "b"]
    assert check_tags(None) is None


def test_tags_bare_string_is_an_error() -> None:
    error = raises(lambda: check_tags("tech"), "tags")
    assert "single string" in error.message


def test_tag_too_long() -> None:
    error = raises(lambda: check_tags(["ok", "y" * 101]), "tags[1]")
    assert "100" in error.message


def test_tag_not_a_string_or_empty() -> None:
    raises(lambda: check_tags(["ok", 5]), "tags[1]")  # type: ignore[list-item]
    raises(lambda: check_tags([""]), "tags[0]")


def test_str_list() -> None:
    assert check_str_list(["#a", "#b"], "hashtags") == ["#a", "#b"]
    assert check_str_list(None, "mentions") is None
    raises(lambda: check_str_list("@me", "mentions"), "mentions")
    raises(lambda: check_str_list(["@me", None], "mentions"), "mentions[1]")  # type: ignore[list-item]
    raises(lambda: check_str_list(42, "hashtags"), "hashtags")  # type: ignore[arg-type]


# ================================================================================================ content


def test_content() -> None:
    assert check_content("Hello", required=True) == "Hello"
    assert check_content(None, required=False) is None
    assert check_content("", required=False) == ""
    raises(lambda: check_content(None, required=True), "content")
    raises(lambda: check_content("   ", required=True), "content")
    raises(lambda: check_content(42, required=False), "content")  # type: ignore[arg-type]


# ========================================================================================== misc scalars


def test_scalars() -> None:
    assert check_str("T", "title") == "T"
    assert type(check_str(Platform.TWITTER, "title")) is str
    raises(lambda: check_str(5, "title"), "title")  # type: ignore[arg-type]
    raises(lambda: check_str(None, "queued_from_profile"), "queued_from_profile")  # type: ignore[arg-type]
    raises(lambda: check_str(" ", "profile_id", non_empty=True), "profile_id")
    assert check_bool(True, "include_hidden") is True
    assert check_bool(False, "crossposting_enabled") is False
    raises(lambda: check_bool("true", "include_hidden"), "include_hidden")  # type: ignore[arg-type]
    raises(lambda: check_bool(unchecked(1), "is_draft"), "is_draft")
    source = {"a": 1}
    copied = check_mapping(source, "metadata")
    assert copied == {"a": 1}
    assert copied is not source
    raises(lambda: check_mapping(["a"], "metadata"), "metadata")  # type: ignore[arg-type]
    raises(lambda: check_mapping({1: "a"}, "metadata"), "metadata")  # type: ignore[dict-item]


def test_platform_filter_alias() -> None:
    assert check_platform_name("GoogleBusiness", "platform") == "googlebusiness"
    raises(lambda: check_platform_name("tiktk", "platform"), "platform")
