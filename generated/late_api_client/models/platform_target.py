from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform_target_error_category import PlatformTargetErrorCategory
from ..models.platform_target_error_source import PlatformTargetErrorSource
from ..models.platform_target_trial_graduation_strategy import (
    PlatformTargetTrialGraduationStrategy,
)
from ..types import (
    UNSET,
    LazyFields,
    Unset,
    as_sent,
    fill_defaults,
    format_datetime,
    lazy_readers,
    parse_datetime,
    parse_enum,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="PlatformTarget")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "platform",
        "accountId",
        "customContent",
        "customMedia",
        "scheduledFor",
        "platformSpecificData",
        "status",
        "platformPostId",
        "platformPostUrl",
        "publishedAt",
        "removedFromPlatformAt",
        "isTrialReel",
        "trialGraduationStrategy",
        "publishAttempts",
        "publishRetries",
        "errorMessage",
        "errorCategory",
        "errorSource",
        "platformError",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PlatformTarget(LazyFields):
    """
    Attributes:
        platform (str | None): Supported values: twitter, threads, instagram, youtube, facebook, linkedin, pinterest,
            reddit, tiktok, bluesky, googlebusiness, telegram Example: twitter.
        account_id (SocialAccount | str | None):
        custom_content (str | None): Platform-specific text override. When set, this content is used instead of the top-
            level post content for this platform. Useful for tailoring captions per platform (e.g. keeping tweets under 280
            characters).
        custom_media (list[MediaItem] | None):
        scheduled_for (datetime.datetime | None): Optional per-platform scheduled time override (uses post.scheduledFor
            when omitted)
        platform_specific_data (PlatformTargetPlatformSpecificData | None): The platform-specific options stored on this
            target, echoed back as they were sent. Typed per platform on the way in (see the *PlatformData schemas on the
            request body); free-form on the way out, because a response is not guaranteed to match exactly one of those
            variants and generated clients that pick a variant by structure reject the entire response when it doesn't.
            Zernio's internal publishing state (snapshots, container ids, publish stage) is never returned here, and the key
            is omitted rather than sent as an empty object.
        status (str | None): Platform-specific status: pending, processing, uploading, published, failed, cancelled
            (removed from the platform via POST /v1/posts/{postId}/unpublish) Example: pending.
        platform_post_id (str | None): The native post ID on the platform (populated after successful publish) Example:
            1234567890123456789.
        platform_post_url (None | str | None): Public URL of the published post. Included in the response for immediate
            posts; for scheduled posts, fetch via GET /v1/posts/{postId} after publish time. Empty when the platform
            confirmed the publish without returning an id a permalink can be built from (TikTok returns a publish id for
            some uploads); the TikTok reconcile cron backfills it later. If TikTok never returns one, /v1/analytics reports
            that entry as syncStatus unavailable. Example: https://twitter.com/acmecorp/status/1234567890123456789.
        published_at (datetime.datetime | None): Timestamp when the post was published to this platform. YouTube uploads
            a scheduled public video up to 15 minutes early as private with YouTube's own release time, so its entry is
            published with this set to scheduledFor, the moment the video goes public.
        removed_from_platform_at (datetime.datetime | None | None): Set when a post that was successfully published
            later disappears from the platform (deleted on-platform or taken down by the platform). status stays "published"
            (it reflects the publish outcome); poll this field to detect post-publish removals. Absent while the post is
            live, and cleared if the post reappears. Detection runs with the analytics sync, so expect up to a few hours of
            lag.
        is_trial_reel (bool | None): Present and true only when this Instagram reel was launched as a Trial through
            Zernio (created with platformSpecificData.trialParams). Use it to segment trial reels in analytics. Note:
            Instagram's Graph API exposes no readable trial field, so this reflects creation-time intent only. It indicates
            the reel STARTED as a trial, not whether or when it graduated.
        trial_graduation_strategy (PlatformTargetTrialGraduationStrategy | None): Graduation strategy the trial reel was
            launched with. Present only when isTrialReel is true.
        publish_attempts (int | None): Number of times the publishing pipeline claimed this target to publish it since
            it was created or last manually retried (a manual retry resets it, except on TikTok). Not the number of retries
            (see publishRetries).
        publish_retries (int | None): Instagram only. Automatic re-sends of media_publish on the same container that
            Zernio scheduled after Meta answered a transient error (30 min, 2 h and 6 h after each failure, at most 3).
            While the target is still processing, the latest one may not have been sent yet. Not reset by a manual retry.
            Independent of publishAttempts, which counts publish-leg claims. Absent when none was scheduled.
        error_message (str | None): Human-readable error message when status is failed. Contains platform-specific error
            details explaining why the publish failed.
        error_category (PlatformTargetErrorCategory | None): Error category for programmatic handling: auth_expired
            (token expired/revoked), user_content (wrong format/too long), user_abuse (rate limits/spam), account_issue
            (config problems), platform_rejected (policy violation), platform_error (5xx/maintenance), platform_rate_limit
            (platform throttling, retried automatically), quota_exhausted (a shared quota pool the integration draws on is
            empty, including our own capacity gate in front of one; not caused by your content or account, and safe to retry
            once the pool frees up), system_error (Zernio infra), unknown
        error_source (PlatformTargetErrorSource | None): Who caused the error: user (fix content/reconnect), platform
            (outage/API change), system (Zernio issue, rare)
        platform_error (PostPlatformError | None): The platform's own error for this target, so you can see what the
            platform said (access tokens are redacted). Set when the last attempt failed with an error the platform
            described (currently Instagram and Facebook), and kept while an automatic retry of that failure is pending or
            running; cleared when the target publishes or is retried manually. errorMessage stays the human-readable
            summary; this block is for diagnostics and support tickets. Instagram media processing failures carry no code or
            subcode, only Meta's status text in message. On an Instagram publish whose outcome is uncertain (for example
            errorMessage starting "Instagram did not confirm"), carries the last media_publish error Meta returned, when it
            returned one; errorMessage stays the verdict, so do not read this block as a confirmed failure.
    """

    platform: str | None = None
    account_id: SocialAccount | str | None = None
    custom_content: str | None = None
    custom_media: list[MediaItem] | None = None
    scheduled_for: datetime.datetime | None = None
    platform_specific_data: PlatformTargetPlatformSpecificData | None = None
    status: str | None = None
    platform_post_id: str | None = None
    platform_post_url: None | str = None
    published_at: datetime.datetime | None = None
    removed_from_platform_at: datetime.datetime | None = None
    is_trial_reel: bool | None = None
    trial_graduation_strategy: PlatformTargetTrialGraduationStrategy | None = None
    publish_attempts: int | None = None
    publish_retries: int | None = None
    error_message: str | None = None
    error_category: PlatformTargetErrorCategory | None = None
    error_source: PlatformTargetErrorSource | None = None
    platform_error: PostPlatformError | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def accountId(self) -> SocialAccount | str | None:
        """``account_id`` under its wire name, as the Late docs spell it."""
        return self.account_id

    @property
    def customContent(self) -> str | None:
        """``custom_content`` under its wire name, as the Late docs spell it."""
        return self.custom_content

    @property
    def customMedia(self) -> list[MediaItem] | None:
        """``custom_media`` under its wire name, as the Late docs spell it."""
        return self.custom_media

    @property
    def scheduledFor(self) -> datetime.datetime | None:
        """``scheduled_for`` under its wire name, as the Late docs spell it."""
        return self.scheduled_for

    @property
    def platformSpecificData(self) -> PlatformTargetPlatformSpecificData | None:
        """``platform_specific_data`` under its wire name, as the Late docs spell it."""
        return self.platform_specific_data

    @property
    def platformPostId(self) -> str | None:
        """``platform_post_id`` under its wire name, as the Late docs spell it."""
        return self.platform_post_id

    @property
    def platformPostUrl(self) -> None | str:
        """``platform_post_url`` under its wire name, as the Late docs spell it."""
        return self.platform_post_url

    @property
    def publishedAt(self) -> datetime.datetime | None:
        """``published_at`` under its wire name, as the Late docs spell it."""
        return self.published_at

    @property
    def removedFromPlatformAt(self) -> datetime.datetime | None:
        """``removed_from_platform_at`` under its wire name, as the Late docs spell it."""
        return self.removed_from_platform_at

    @property
    def isTrialReel(self) -> bool | None:
        """``is_trial_reel`` under its wire name, as the Late docs spell it."""
        return self.is_trial_reel

    @property
    def trialGraduationStrategy(self) -> PlatformTargetTrialGraduationStrategy | None:
        """``trial_graduation_strategy`` under its wire name, as the Late docs spell it."""
        return self.trial_graduation_strategy

    @property
    def publishAttempts(self) -> int | None:
        """``publish_attempts`` under its wire name, as the Late docs spell it."""
        return self.publish_attempts

    @property
    def publishRetries(self) -> int | None:
        """``publish_retries`` under its wire name, as the Late docs spell it."""
        return self.publish_retries

    @property
    def errorMessage(self) -> str | None:
        """``error_message`` under its wire name, as the Late docs spell it."""
        return self.error_message

    @property
    def errorCategory(self) -> PlatformTargetErrorCategory | None:
        """``error_category`` under its wire name, as the Late docs spell it."""
        return self.error_category

    @property
    def errorSource(self) -> PlatformTargetErrorSource | None:
        """``error_source`` under its wire name, as the Late docs spell it."""
        return self.error_source

    @property
    def platformError(self) -> PostPlatformError | None:
        """``platform_error`` under its wire name, as the Late docs spell it."""
        return self.platform_error

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        platform = self.platform

        account_id: dict[str, Any] | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        elif isinstance(self.account_id, SocialAccount):
            account_id = self.account_id.to_dict()
        else:
            account_id = self.account_id

        custom_content = self.custom_content

        custom_media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_media, Unset):
            custom_media = []
            for custom_media_item_data in self.custom_media:
                custom_media_item = custom_media_item_data.to_dict()
                custom_media.append(custom_media_item)

        scheduled_for: str | Unset = UNSET
        if not isinstance(self.scheduled_for, Unset):
            scheduled_for = format_datetime(self.scheduled_for)
        scheduled_for = as_sent(self.scheduled_for, scheduled_for, source_of(self).get("scheduledFor"))

        platform_specific_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_specific_data, Unset):
            platform_specific_data = self.platform_specific_data.to_dict()

        status = self.status

        platform_post_id = self.platform_post_id

        platform_post_url: None | str | Unset
        if isinstance(self.platform_post_url, Unset):
            platform_post_url = UNSET
        else:
            platform_post_url = self.platform_post_url

        published_at: str | Unset = UNSET
        if not isinstance(self.published_at, Unset):
            published_at = format_datetime(self.published_at)
        published_at = as_sent(self.published_at, published_at, source_of(self).get("publishedAt"))

        removed_from_platform_at: None | str | Unset
        if isinstance(self.removed_from_platform_at, Unset):
            removed_from_platform_at = UNSET
        elif isinstance(self.removed_from_platform_at, datetime.datetime):
            removed_from_platform_at = format_datetime(self.removed_from_platform_at)
        else:
            removed_from_platform_at = self.removed_from_platform_at
        removed_from_platform_at = as_sent(
            self.removed_from_platform_at,
            removed_from_platform_at,
            source_of(self).get("removedFromPlatformAt"),
        )

        is_trial_reel = self.is_trial_reel

        trial_graduation_strategy: str | Unset = UNSET
        if not isinstance(self.trial_graduation_strategy, Unset):
            trial_graduation_strategy = self.trial_graduation_strategy.value

        publish_attempts = self.publish_attempts

        publish_retries = self.publish_retries

        error_message = self.error_message

        error_category: str | Unset = UNSET
        if not isinstance(self.error_category, Unset):
            error_category = self.error_category.value

        error_source: str | Unset = UNSET
        if not isinstance(self.error_source, Unset):
            error_source = self.error_source.value

        platform_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_error, Unset):
            platform_error = self.platform_error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if platform is not None or "platform" in source:
            field_dict["platform"] = platform
        if account_id is not None or "accountId" in source:
            field_dict["accountId"] = account_id
        if custom_content is not None or "customContent" in source:
            field_dict["customContent"] = custom_content
        if custom_media is not None or "customMedia" in source:
            field_dict["customMedia"] = custom_media
        if scheduled_for is not None or "scheduledFor" in source:
            field_dict["scheduledFor"] = scheduled_for
        if platform_specific_data is not None or "platformSpecificData" in source:
            field_dict["platformSpecificData"] = platform_specific_data
        if status is not None or "status" in source:
            field_dict["status"] = status
        if platform_post_id is not None or "platformPostId" in source:
            field_dict["platformPostId"] = platform_post_id
        if platform_post_url is not None or "platformPostUrl" in source:
            field_dict["platformPostUrl"] = platform_post_url
        if published_at is not None or "publishedAt" in source:
            field_dict["publishedAt"] = published_at
        if removed_from_platform_at is not None or "removedFromPlatformAt" in source:
            field_dict["removedFromPlatformAt"] = removed_from_platform_at
        if is_trial_reel is not None or "isTrialReel" in source:
            field_dict["isTrialReel"] = is_trial_reel
        if trial_graduation_strategy is not None or "trialGraduationStrategy" in source:
            field_dict["trialGraduationStrategy"] = trial_graduation_strategy
        if publish_attempts is not None or "publishAttempts" in source:
            field_dict["publishAttempts"] = publish_attempts
        if publish_retries is not None or "publishRetries" in source:
            field_dict["publishRetries"] = publish_retries
        if error_message is not None or "errorMessage" in source:
            field_dict["errorMessage"] = error_message
        if error_category is not None or "errorCategory" in source:
            field_dict["errorCategory"] = error_category
        if error_source is not None or "errorSource" in source:
            field_dict["errorSource"] = error_source
        if platform_error is not None or "platformError" in source:
            field_dict["platformError"] = platform_error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        platform = d.get("platform", UNSET)

        custom_content = d.get("customContent", UNSET)

        _scheduled_for = d.get("scheduledFor", UNSET)
        scheduled_for: datetime.datetime | Unset
        if _scheduled_for is None or _scheduled_for is UNSET:
            scheduled_for = UNSET
        else:
            scheduled_for = parse_datetime(_scheduled_for)

        status = d.get("status", UNSET)

        platform_post_id = d.get("platformPostId", UNSET)

        platform_post_url: None | str | Unset = d.get("platformPostUrl", UNSET)

        _published_at = d.get("publishedAt", UNSET)
        published_at: datetime.datetime | Unset
        if _published_at is None or _published_at is UNSET:
            published_at = UNSET
        else:
            published_at = parse_datetime(_published_at)

        _removed_from_platform_at = d.get("removedFromPlatformAt", UNSET)
        removed_from_platform_at: datetime.datetime | None | Unset
        if isinstance(_removed_from_platform_at, str):
            try:
                removed_from_platform_at_type_0 = parse_datetime(_removed_from_platform_at)

                removed_from_platform_at = removed_from_platform_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                removed_from_platform_at = cast("datetime.datetime | None | Unset", _removed_from_platform_at)
        else:
            removed_from_platform_at = _removed_from_platform_at

        is_trial_reel = d.get("isTrialReel", UNSET)

        _trial_graduation_strategy = d.get("trialGraduationStrategy", UNSET)
        trial_graduation_strategy: PlatformTargetTrialGraduationStrategy | Unset
        if _trial_graduation_strategy is UNSET:
            trial_graduation_strategy = UNSET
        else:
            trial_graduation_strategy = parse_enum(
                PlatformTargetTrialGraduationStrategy, _trial_graduation_strategy
            )

        publish_attempts = d.get("publishAttempts", UNSET)

        publish_retries = d.get("publishRetries", UNSET)

        error_message = d.get("errorMessage", UNSET)

        _error_category = d.get("errorCategory", UNSET)
        error_category: PlatformTargetErrorCategory | Unset
        if _error_category is UNSET:
            error_category = UNSET
        else:
            error_category = parse_enum(PlatformTargetErrorCategory, _error_category)

        _error_source = d.get("errorSource", UNSET)
        error_source: PlatformTargetErrorSource | Unset
        if _error_source is UNSET:
            error_source = UNSET
        else:
            error_source = parse_enum(PlatformTargetErrorSource, _error_source)

        platform_target = object.__new__(_Unhooked if cls is PlatformTarget else cls)
        platform_target.platform = platform
        platform_target.custom_content = custom_content
        platform_target.scheduled_for = scheduled_for
        platform_target.status = status
        platform_target.platform_post_id = platform_post_id
        platform_target.platform_post_url = platform_post_url
        platform_target.published_at = published_at
        platform_target.removed_from_platform_at = removed_from_platform_at
        platform_target.is_trial_reel = is_trial_reel
        platform_target.trial_graduation_strategy = trial_graduation_strategy
        platform_target.publish_attempts = publish_attempts
        platform_target.publish_retries = publish_retries
        platform_target.error_message = error_message
        platform_target.error_category = error_category
        platform_target.error_source = error_source
        if "accountId" not in d:  # nothing to build later
            platform_target.account_id = UNSET
        if "customMedia" not in d:  # nothing to build later
            platform_target.custom_media = UNSET
        if "platformSpecificData" not in d:  # nothing to build later
            platform_target.platform_specific_data = UNSET
        if "platformError" not in d:  # nothing to build later
            platform_target.platform_error = UNSET
        platform_target._source = d
        platform_target._changed = cls is not PlatformTarget  # a subclass may set attributes unhooked
        if cls is not PlatformTarget:  # a subclass's own fields, which __init__ would have set
            fill_defaults(platform_target, PlatformTarget)
        else:
            platform_target.__class__ = cls
        return platform_target

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


#: ``from_dict`` fills one of these, then makes it a PlatformTarget (types.unhooked).
_Unhooked = unhooked(PlatformTarget)


def _read_account_id(d: Mapping[str, Any]) -> SocialAccount | str | Unset:
    _account_id = d.get("accountId", UNSET)
    account_id: SocialAccount | str | Unset
    if isinstance(_account_id, dict):
        try:
            account_id_type_1 = SocialAccount.from_dict(_account_id)

            account_id = account_id_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            account_id = cast("SocialAccount | str | Unset", _account_id)
    else:
        account_id = _account_id

    return account_id


def _read_custom_media(d: Mapping[str, Any]) -> list[MediaItem] | Unset:
    _custom_media = d.get("customMedia", UNSET)
    custom_media: list[MediaItem] | Unset = UNSET
    if _custom_media is not UNSET:
        custom_media = [
            MediaItem.from_dict(custom_media_item_data) for custom_media_item_data in _custom_media
        ]

    return custom_media


def _read_platform_specific_data(d: Mapping[str, Any]) -> PlatformTargetPlatformSpecificData | Unset:
    _platform_specific_data = d.get("platformSpecificData", UNSET)
    platform_specific_data: PlatformTargetPlatformSpecificData | Unset
    if _platform_specific_data is UNSET:
        platform_specific_data = UNSET
    else:
        platform_specific_data = PlatformTargetPlatformSpecificData.from_dict(_platform_specific_data)

    return platform_specific_data


def _read_platform_error(d: Mapping[str, Any]) -> PostPlatformError | Unset:
    _platform_error = d.get("platformError", UNSET)
    platform_error: PostPlatformError | Unset
    if _platform_error is UNSET:
        platform_error = UNSET
    else:
        platform_error = PostPlatformError.from_dict(_platform_error)

    return platform_error


PlatformTarget._lazy_readers = lazy_readers(PlatformTarget, globals(), _PROPERTY_NAMES)

from ..models.media_item import MediaItem
from ..models.platform_target_platform_specific_data import (
    PlatformTargetPlatformSpecificData,
)
from ..models.post_platform_error import PostPlatformError
from ..models.social_account import SocialAccount
