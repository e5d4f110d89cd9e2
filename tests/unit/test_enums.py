"""The open enums: str behaviour, unknown values, and agreement with openapi.yaml."""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from late.enums import MediaType, Platform, PostStatus, TikTokPrivacyLevel

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"

# Account platforms the spec's SocialAccount lists that are not targets of a post (ads accounts, messaging
# channels, analytics and commerce integrations). A new SocialAccount platform must be put either into
# `Platform` or here, so the test below fails until someone decides which.
NON_POSTING_ACCOUNT_PLATFORMS = {
    "shopify",
    "wordpress",
    "wix",
    "linkedinads",
    "metaads",
    "pinterestads",
    "tiktokads",
    "xads",
    "googleads",
    "openaiads",
    "redditads",
    "sms",
    "phone",
    "rcs",
    "whopads",
    "hubspot",
    "webflow",
    "googleanalytics",
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        loaded = yaml.safe_load(f)
    assert isinstance(loaded, dict)
    return loaded


def _values(enum_cls: type[Platform | PostStatus | MediaType | TikTokPrivacyLevel]) -> set[str]:
    return {member.value for member in enum_cls}


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for child in node.values():
            yield from _walk(child)
    elif isinstance(node, list):
        for child in node:
            yield from _walk(child)


def _create_body(spec: dict[str, Any]) -> dict[str, Any]:
    body = spec["paths"]["/v1/posts"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert isinstance(body, dict)
    return body


# ---------------------------------------------------------------------------------------------- str behaviour


def test_members_are_their_wire_strings() -> None:
    assert Platform.TWITTER == "twitter"
    assert str(Platform.TWITTER) == "twitter"
    assert f"{Platform.GOOGLE_BUSINESS}" == "googlebusiness"
    assert PostStatus.SCHEDULED == "scheduled"
    assert MediaType.VIDEO == "video"
    assert TikTokPrivacyLevel.SELF_ONLY == "SELF_ONLY"
    assert isinstance(Platform.TWITTER, str)


def test_members_json_dump_as_plain_strings() -> None:
    payload = {"platform": Platform.TWITTER, "status": PostStatus.PENDING_APPROVAL, "type": MediaType.GIF}
    assert json.dumps(payload) == '{"platform": "twitter", "status": "pending_approval", "type": "gif"}'


def test_documented_members() -> None:
    assert [p.name for p in Platform][:11] == [
        "TWITTER",
        "INSTAGRAM",
        "FACEBOOK",
        "LINKEDIN",
        "TIKTOK",
        "YOUTUBE",
        "PINTEREST",
        "REDDIT",
        "BLUESKY",
        "THREADS",
        "GOOGLE_BUSINESS",
    ]
    assert {"draft", "scheduled", "publishing", "published", "failed", "partial"} <= _values(PostStatus)
    assert _values(TikTokPrivacyLevel) == {
        "PUBLIC_TO_EVERYONE",
        "MUTUAL_FOLLOW_FRIENDS",
        "FOLLOWER_OF_CREATOR",
        "SELF_ONLY",
    }


def test_lookup_by_value_returns_the_member() -> None:
    assert PostStatus("scheduled") is PostStatus.SCHEDULED
    assert Platform("googlebusiness") is Platform.GOOGLE_BUSINESS
    assert Platform.TWITTER.is_known


# ------------------------------------------------------------------------------------------- unknown values


@pytest.mark.parametrize(
    ("enum_cls", "raw"),
    [
        (PostStatus, "brand_new"),
        (Platform, "mastodon"),
        (MediaType, "audio"),
        (TikTokPrivacyLevel, "FRIENDS_ONLY"),
    ],
)
def test_unknown_value_is_a_pseudo_member_not_an_error(
    enum_cls: type[PostStatus | Platform | MediaType | TikTokPrivacyLevel], raw: str
) -> None:
    value = enum_cls(raw)
    assert isinstance(value, enum_cls)
    assert isinstance(value, str)
    assert value == raw
    assert value.value == raw
    assert str(value) == raw
    assert json.dumps([value]) == f'["{raw}"]'
    assert not value.is_known
    assert raw in repr(value)
    assert value not in list(enum_cls)


def test_pseudo_member_does_not_pass_for_a_member_with_that_name() -> None:
    # "TWITTER" is a member *name*; as a value it is unknown and must not claim membership.
    shouted = Platform("TWITTER")
    assert shouted is not Platform.TWITTER
    assert shouted != Platform.TWITTER
    assert shouted not in Platform
    assert not shouted.is_known


def test_pseudo_member_survives_pickle_and_hashing() -> None:
    value = PostStatus("archived")
    restored = pickle.loads(pickle.dumps(value))
    assert restored == "archived"
    assert isinstance(restored, PostStatus)
    by_status: dict[object, int] = {value: 1}
    assert by_status["archived"] == 1


def test_lookup_is_exact_not_case_folding() -> None:
    # Case-insensitive matching is for user input (late.validation), never for response values.
    assert Platform("Twitter") is not Platform.TWITTER
    assert Platform("Twitter") == "Twitter"


def test_only_strings_are_open() -> None:
    with pytest.raises(ValueError):
        PostStatus(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Platform(None)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------- agreement with the spec


def test_post_status_lists_every_status_of_the_spec(spec: dict[str, Any]) -> None:
    post_status = spec["components"]["schemas"]["Post"]["properties"]["status"]["enum"]
    list_filter = next(
        p["schema"]["enum"]
        for p in spec["paths"]["/v1/posts"]["get"]["parameters"]
        if p.get("name") == "status"
    )
    assert post_status, "the spec's Post.status enum moved; update this test"
    missing = (set(post_status) | set(list_filter)) - _values(PostStatus)
    assert not missing, f"PostStatus lacks {sorted(missing)}"


def test_media_type_lists_every_media_item_type_of_the_spec(spec: dict[str, Any]) -> None:
    spec_types = set(spec["components"]["schemas"]["MediaItem"]["properties"]["type"]["enum"])
    assert spec_types
    assert spec_types <= _values(MediaType), f"MediaType lacks {sorted(spec_types - _values(MediaType))}"


def _posting_platforms(spec: dict[str, Any]) -> set[str]:
    """Every platform name the spec accepts on a post, gathered from every place it states one."""
    found: set[str] = set()
    schemas = spec["components"]["schemas"]

    # 1. The platform entry's "Supported values: ..." list.
    description = schemas["PlatformTarget"]["properties"]["platform"]["description"]
    match = re.search(r"Supported values:\s*(.+)", description, re.DOTALL)
    assert match, "PlatformTarget.platform no longer lists its supported values; update this test"
    found |= {name.strip() for name in match.group(1).split(",") if name.strip()}

    # 2. The platformSpecificData variants of the create body's platform entry: XxxPlatformData -> "xxx".
    entry = _create_body(spec)["properties"]["platforms"]["items"]
    variants = entry["properties"]["platformSpecificData"]["oneOf"]
    assert variants
    for variant in variants:
        name = variant["$ref"].rsplit("/", 1)[-1]
        assert name.endswith("PlatformData"), name
        found.add(name.removesuffix("PlatformData").lower())
    if "enum" in entry["properties"]["platform"]:
        found |= set(entry["properties"]["platform"]["enum"])

    # 3. Every `platform` enum in a request body of a /v1/posts operation (edit, unpublish, ...).
    for path, operations in spec["paths"].items():
        if not path.startswith("/v1/posts"):
            continue
        for operation in operations.values():
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            for node in _walk(operation["requestBody"]):
                prop = (
                    node.get("properties", {}).get("platform")
                    if isinstance(node.get("properties"), dict)
                    else None
                )
                if isinstance(prop, dict) and "enum" in prop:
                    found |= set(prop["enum"])
    return found


def test_platform_lists_every_platform_a_post_accepts(spec: dict[str, Any]) -> None:
    posting = _posting_platforms(spec)
    assert {"twitter", "googlebusiness", "telegram", "snapchat", "discord"} <= posting  # the walk works
    missing = posting - _values(Platform)
    assert not missing, f"Platform lacks {sorted(missing)}"


def test_every_account_platform_is_classified(spec: dict[str, Any]) -> None:
    account_platforms = set(spec["components"]["schemas"]["SocialAccount"]["properties"]["platform"]["enum"])
    assert "whatsapp" in account_platforms
    unclassified = account_platforms - _values(Platform) - NON_POSTING_ACCOUNT_PLATFORMS
    assert not unclassified, (
        f"the spec has new account platforms {sorted(unclassified)}: add them to Platform if posts can "
        "target them, else to NON_POSTING_ACCOUNT_PLATFORMS"
    )
    assert not (_values(Platform) & NON_POSTING_ACCOUNT_PLATFORMS)


def test_platform_lists_nothing_the_spec_does_not_know(spec: dict[str, Any]) -> None:
    account_platforms = set(spec["components"]["schemas"]["SocialAccount"]["properties"]["platform"]["enum"])
    unknown_to_spec = _values(Platform) - account_platforms - _posting_platforms(spec)
    assert not unknown_to_spec, f"Platform lists {sorted(unknown_to_spec)}, which the spec never names"


def test_tiktok_privacy_level_covers_the_spec(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["TikTokPlatformData"]["properties"]["privacyLevel"]
    # The spec types privacyLevel as a plain string today; if it ever gains an enum, we must list it all.
    assert set(schema.get("enum", [])) <= _values(TikTokPrivacyLevel)
    # Every privacyLevel the spec's examples send is one of ours.
    used = {node["privacyLevel"] for node in _walk(spec) if isinstance(node.get("privacyLevel"), str)}
    assert "PUBLIC_TO_EVERYONE" in used
    assert used <= _values(TikTokPrivacyLevel), f"unknown privacy levels in the spec: {sorted(used)}"
