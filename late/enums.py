"""Open ``str`` enums for the values the Late API names: platforms, post statuses, media types, privacy.

Every member *is* its wire string: ``Platform.TWITTER == "twitter"``, ``str(Platform.TWITTER) == "twitter"``,
``f"{Platform.TWITTER}" == "twitter"`` and ``json.dumps({"p": Platform.TWITTER}) == '{"p": "twitter"}'``.

The enums are *open*: a value that no member lists never raises. ``PostStatus("brand_new")`` returns a
pseudo-member, an instance of :class:`PostStatus` (and of ``str``) whose value is ``"brand_new"``, so a
response carrying a status, platform or media type added to the API after this SDK was released parses
without error and the value comes through unchanged. Pseudo-members compare equal to their string, are not
listed by iteration (``list(PostStatus)`` stays the documented members) and report ``is_known == False``.

Lookup by value is exact (``Platform("Twitter")`` is a pseudo-member, not ``Platform.TWITTER``); the
forgiving, case-insensitive matching of user input lives in :mod:`late.validation`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from late_api_client.models.post_status import PostStatus as _GeneratedPostStatus

__all__ = ["MediaType", "Platform", "PostStatus", "TikTokPrivacyLevel"]


class _OpenStrEnum(StrEnum):
    """A ``StrEnum`` whose lookup of an unlisted string returns a pseudo-member instead of raising."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None  # Enum then raises ValueError: only strings are open.
        pseudo = str.__new__(cls, value)
        # Not an identifier, so it can never collide with a member name (``in`` checks names).
        pseudo._name_ = "<unknown>"
        pseudo._value_ = value
        return pseudo

    # A member *is* its string. Spelling that out keeps `mypy --strict` from calling
    # `Platform.TWITTER == "twitter"` a non-overlapping comparison.
    def __eq__(self, other: object) -> bool:
        return str.__eq__(self, other)

    __hash__ = str.__hash__

    @property
    def is_known(self) -> bool:
        """True for a member this SDK lists, False for a pseudo-member made from an unlisted value."""
        return type(self)._value2member_map_.get(self._value_) is self

    def __repr__(self) -> str:
        if self.is_known:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} (unknown): {self._value_!r}>"


class Platform(_OpenStrEnum):
    """A social platform a post can target (``platforms[].platform``) or a list can filter on.

    The first eleven are the documented ones. The rest are the further platforms ``openapi.yaml`` accepts
    on a post: the ``platformSpecificData`` variants of the create body (telegram, snapchat, discord, slack)
    and WhatsApp, which the spec's ``MediaItem`` lists among the platforms media is sent to.
    ``tests/unit/test_enums.py`` fails when the spec names a platform this enum does not list.
    """

    TWITTER = "twitter"
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    LINKEDIN = "linkedin"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    PINTEREST = "pinterest"
    REDDIT = "reddit"
    BLUESKY = "bluesky"
    THREADS = "threads"
    GOOGLE_BUSINESS = "googlebusiness"
    TELEGRAM = "telegram"
    SNAPCHAT = "snapchat"
    DISCORD = "discord"
    SLACK = "slack"
    WHATSAPP = "whatsapp"


# The generated model's enum *is* the SDK's: ``response.post.status`` is a ``late.PostStatus``, so
# ``isinstance`` holds and ``mypy --strict`` accepts ``post.status == PostStatus.SCHEDULED``. The
# generator template gives it the same open behaviour as the enums above (``is_known``, pseudo-members).
# Its members: DRAFT, SCHEDULED, PUBLISHING, PUBLISHED, FAILED, PARTIAL, PENDING_APPROVAL (created with
# ``requiresApproval``; never publishes until approved) and CANCELLED (unpublished everywhere).
PostStatus = _GeneratedPostStatus


class MediaType(_OpenStrEnum):
    """The ``type`` of a media item (``mediaItems[].type``, ``platforms[].customMedia[].type``)."""

    IMAGE = "image"
    VIDEO = "video"
    GIF = "gif"
    DOCUMENT = "document"


class TikTokPrivacyLevel(_OpenStrEnum):
    """Who can see a TikTok post (``tiktok_settings.privacy_level``).

    The spec types ``privacyLevel`` as a plain string ("one of the values returned by the TikTok creator
    info API for the account"); these are the four values TikTok's creator info API returns.
    """

    PUBLIC_TO_EVERYONE = "PUBLIC_TO_EVERYONE"
    MUTUAL_FOLLOW_FRIENDS = "MUTUAL_FOLLOW_FRIENDS"
    FOLLOWER_OF_CREATOR = "FOLLOWER_OF_CREATOR"
    SELF_ONLY = "SELF_ONLY"
