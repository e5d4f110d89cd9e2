from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.twitter_platform_data_reply_settings import (
    TwitterPlatformDataReplySettings,
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

T = TypeVar("T", bound="TwitterPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "article",
        "replyToTweetId",
        "quoteTweetId",
        "replySettings",
        "threadItems",
        "poll",
        "longVideo",
        "geoRestriction",
        "paidPartnership",
        "madeWithAi",
        "sensitiveMedia",
        "mediaTaggedUsers",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class TwitterPlatformData(LazyFields):
    """X-specific post options. The article field creates a long-form X Article and is mutually exclusive with tweet media
    and tweet-only options. Geo-restriction applies at the media level: media is hidden outside the specified countries
    while tweet text remains visible.

        Attributes:
            article (XArticle | None): Long-form X Article payload. X Articles require an eligible X Premium+ account.
                Articles are mutually exclusive with top-level/custom tweet media and with threadItems,
                poll, quoteTweetId, replyToTweetId, inReplyToTweetId, replySettings, sensitiveMedia,
                paidPartnership, and madeWithAi. Publishing normally performs two billable X API
                requests at $0.010 each (draft + publish, $0.020 total); mode `draft` performs only
                the $0.010 draft request. `articleDraftId` is an internal recovery checkpoint and
                must not be supplied by API clients.
            reply_to_tweet_id (str | None): ID of an existing tweet to reply to. The published tweet will appear as a reply
                in that tweet's thread. For threads, only the first tweet replies to the target; subsequent tweets chain
                normally. X only permits replying to your own posts or posts you are mentioned in; replying to an arbitrary
                other account's post is rejected by X.
            quote_tweet_id (str | None): ID (or full status URL) of an existing tweet to quote-repost. The published tweet
                becomes a quote tweet of the target. Mutually exclusive with media and poll. X only permits quoting your own
                posts or posts you are mentioned in / part of the conversation thread of; quoting an arbitrary other account's
                post is rejected by X. Billed at the standard create rate ($0.015), unlike pasting a tweet URL into the text
                which is billed at the URL rate ($0.20). For threads, applies to the first tweet only.
            reply_settings (TwitterPlatformDataReplySettings | None): Controls who can reply to the tweet. "following"
                allows only people you follow, "mentionedUsers" allows only mentioned users, "subscribers" allows only
                subscribers, "verified" allows only verified users. Omit for default (everyone can reply). For threads, applies
                to the first tweet only. Cannot be combined with replyToTweetId.
            thread_items (list[TwitterPlatformDataThreadItemsItem] | None): Complete sequence of tweets in a thread. The
                first item becomes the root tweet, subsequent items are chained as replies. When threadItems is provided, the
                top-level content field is used only for display and search purposes, it is NOT published. You must include your
                first tweet as threadItems[0].
            poll (TwitterPlatformDataPoll | None): Create a poll with this tweet. Mutually exclusive with media attachments
                and threads.
            long_video (bool | None): Uploads the video with X's amplify_video media category instead of the standard
                tweet_video. Applied only when the connected X account has a paid X subscription; on other accounts the flag is
                accepted and ignored. It is not required to post long videos. The standard tweet_video path already publishes
                videos well past 140 seconds on free accounts, and maximum duration is set by X per account, not by Zernio.
                Zernio enforces only the 512 MB file-size limit. Some accounts additionally require X's long-video API
                allowlisting, without which X rejects an amplify_video upload. Default: False.
            geo_restriction (GeoRestriction | None): Country-level geo-restriction (allowlist). When set, the post is only
                visible to users in the specified countries. Supported on Facebook (feed posts, videos, reels), X (media-level
                restriction), and LinkedIn (organization pages only, min 300 targeted followers). Ignored on unsupported
                platforms. Stories (Facebook, Instagram) do not support geo-restriction.
            paid_partnership (bool | None): When true, the post is labeled by X as a paid partnership / paid promotion. For
                threads, applies to the root tweet only. Field availability may depend on your X API access tier. Default:
                False.
            made_with_ai (bool | None): When true, the post is labeled by X as containing AI-generated media. Per X, this
                label is for AI-generated media, not AI-written text. For threads, applies to the root tweet only. Default:
                False.
            sensitive_media (TwitterPlatformDataSensitiveMedia | None): Marks attached media with a sensitive-content
                warning. Applied to every media item in the post (requires media; ignored for text-only tweets). At least one
                flag must be true for the warning to be sent.
            media_tagged_users (list[str] | None): X usernames (with or without @) to tag on the photos of the post, up to
                10. Photos only, not video or GIF. Applied to the media of every tweet in a thread. An unknown username fails
                the post.
    """

    article: XArticle | None = None
    reply_to_tweet_id: str | None = None
    quote_tweet_id: str | None = None
    reply_settings: TwitterPlatformDataReplySettings | None = None
    thread_items: list[TwitterPlatformDataThreadItemsItem] | None = None
    poll: TwitterPlatformDataPoll | None = None
    long_video: bool | None = None
    geo_restriction: GeoRestriction | None = None
    paid_partnership: bool | None = None
    made_with_ai: bool | None = None
    sensitive_media: TwitterPlatformDataSensitiveMedia | None = None
    media_tagged_users: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def replyToTweetId(self) -> str | None:
        """``reply_to_tweet_id`` under its wire name, as the Late docs spell it."""
        return self.reply_to_tweet_id

    @property
    def quoteTweetId(self) -> str | None:
        """``quote_tweet_id`` under its wire name, as the Late docs spell it."""
        return self.quote_tweet_id

    @property
    def replySettings(self) -> TwitterPlatformDataReplySettings | None:
        """``reply_settings`` under its wire name, as the Late docs spell it."""
        return self.reply_settings

    @property
    def threadItems(self) -> list[TwitterPlatformDataThreadItemsItem] | None:
        """``thread_items`` under its wire name, as the Late docs spell it."""
        return self.thread_items

    @property
    def longVideo(self) -> bool | None:
        """``long_video`` under its wire name, as the Late docs spell it."""
        return self.long_video

    @property
    def geoRestriction(self) -> GeoRestriction | None:
        """``geo_restriction`` under its wire name, as the Late docs spell it."""
        return self.geo_restriction

    @property
    def paidPartnership(self) -> bool | None:
        """``paid_partnership`` under its wire name, as the Late docs spell it."""
        return self.paid_partnership

    @property
    def madeWithAi(self) -> bool | None:
        """``made_with_ai`` under its wire name, as the Late docs spell it."""
        return self.made_with_ai

    @property
    def sensitiveMedia(self) -> TwitterPlatformDataSensitiveMedia | None:
        """``sensitive_media`` under its wire name, as the Late docs spell it."""
        return self.sensitive_media

    @property
    def mediaTaggedUsers(self) -> list[str] | None:
        """``media_tagged_users`` under its wire name, as the Late docs spell it."""
        return self.media_tagged_users

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        article: dict[str, Any] | Unset = UNSET
        if not isinstance(self.article, Unset):
            article = self.article.to_dict()

        reply_to_tweet_id = self.reply_to_tweet_id

        quote_tweet_id = self.quote_tweet_id

        reply_settings: str | Unset = UNSET
        if not isinstance(self.reply_settings, Unset):
            reply_settings = self.reply_settings.value

        thread_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.thread_items, Unset):
            thread_items = []
            for thread_items_item_data in self.thread_items:
                thread_items_item = thread_items_item_data.to_dict()
                thread_items.append(thread_items_item)

        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poll, Unset):
            poll = self.poll.to_dict()

        long_video = self.long_video

        geo_restriction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_restriction, Unset):
            geo_restriction = self.geo_restriction.to_dict()

        paid_partnership = self.paid_partnership

        made_with_ai = self.made_with_ai

        sensitive_media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sensitive_media, Unset):
            sensitive_media = self.sensitive_media.to_dict()

        media_tagged_users: list[str] | Unset = UNSET
        if not isinstance(self.media_tagged_users, Unset):
            media_tagged_users = self.media_tagged_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if article is not None or "article" in source:
            field_dict["article"] = article
        if reply_to_tweet_id is not None or "replyToTweetId" in source:
            field_dict["replyToTweetId"] = reply_to_tweet_id
        if quote_tweet_id is not None or "quoteTweetId" in source:
            field_dict["quoteTweetId"] = quote_tweet_id
        if reply_settings is not None or "replySettings" in source:
            field_dict["replySettings"] = reply_settings
        if thread_items is not None or "threadItems" in source:
            field_dict["threadItems"] = thread_items
        if poll is not None or "poll" in source:
            field_dict["poll"] = poll
        if long_video is not None or "longVideo" in source:
            field_dict["longVideo"] = long_video
        if geo_restriction is not None or "geoRestriction" in source:
            field_dict["geoRestriction"] = geo_restriction
        if paid_partnership is not None or "paidPartnership" in source:
            field_dict["paidPartnership"] = paid_partnership
        if made_with_ai is not None or "madeWithAi" in source:
            field_dict["madeWithAi"] = made_with_ai
        if sensitive_media is not None or "sensitiveMedia" in source:
            field_dict["sensitiveMedia"] = sensitive_media
        if media_tagged_users is not None or "mediaTaggedUsers" in source:
            field_dict["mediaTaggedUsers"] = media_tagged_users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        reply_to_tweet_id = d.get("replyToTweetId", UNSET)

        quote_tweet_id = d.get("quoteTweetId", UNSET)

        _reply_settings = d.get("replySettings", UNSET)
        reply_settings: TwitterPlatformDataReplySettings | Unset
        if _reply_settings is UNSET:
            reply_settings = UNSET
        else:
            reply_settings = parse_enum(TwitterPlatformDataReplySettings, _reply_settings)

        long_video = d.get("longVideo", UNSET)

        paid_partnership = d.get("paidPartnership", UNSET)

        made_with_ai = d.get("madeWithAi", UNSET)

        media_tagged_users: list[str] | Unset = d.get("mediaTaggedUsers", UNSET)

        twitter_platform_data = object.__new__(_Unhooked if cls is TwitterPlatformData else cls)
        twitter_platform_data.reply_to_tweet_id = reply_to_tweet_id
        twitter_platform_data.quote_tweet_id = quote_tweet_id
        twitter_platform_data.reply_settings = reply_settings
        twitter_platform_data.long_video = long_video
        twitter_platform_data.paid_partnership = paid_partnership
        twitter_platform_data.made_with_ai = made_with_ai
        twitter_platform_data.media_tagged_users = media_tagged_users
        if "article" not in d:  # nothing to build later
            twitter_platform_data.article = UNSET
        if "threadItems" not in d:  # nothing to build later
            twitter_platform_data.thread_items = UNSET
        if "poll" not in d:  # nothing to build later
            twitter_platform_data.poll = UNSET
        if "geoRestriction" not in d:  # nothing to build later
            twitter_platform_data.geo_restriction = UNSET
        if "sensitiveMedia" not in d:  # nothing to build later
            twitter_platform_data.sensitive_media = UNSET
        twitter_platform_data._source = d
        twitter_platform_data._changed = (
            cls is not TwitterPlatformData
        )  # a subclass may set attributes unhooked
        if cls is not TwitterPlatformData:  # a subclass's own fields, which __init__ would have set
            fill_defaults(twitter_platform_data, TwitterPlatformData)
        else:
            twitter_platform_data.__class__ = cls
        return twitter_platform_data

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


#: ``from_dict`` fills one of these, then makes it a TwitterPlatformData (types.unhooked).
_Unhooked = unhooked(TwitterPlatformData)


def _read_article(d: Mapping[str, Any]) -> XArticle | Unset:
    _article = d.get("article", UNSET)
    article: XArticle | Unset
    if _article is UNSET:
        article = UNSET
    else:
        article = XArticle.from_dict(_article)

    return article


def _read_thread_items(d: Mapping[str, Any]) -> list[TwitterPlatformDataThreadItemsItem] | Unset:
    _thread_items = d.get("threadItems", UNSET)
    thread_items: list[TwitterPlatformDataThreadItemsItem] | Unset = UNSET
    if _thread_items is not UNSET:
        thread_items = [
            TwitterPlatformDataThreadItemsItem.from_dict(thread_items_item_data)
            for thread_items_item_data in _thread_items
        ]

    return thread_items


def _read_poll(d: Mapping[str, Any]) -> TwitterPlatformDataPoll | Unset:
    _poll = d.get("poll", UNSET)
    poll: TwitterPlatformDataPoll | Unset
    if _poll is UNSET:
        poll = UNSET
    else:
        poll = TwitterPlatformDataPoll.from_dict(_poll)

    return poll


def _read_geo_restriction(d: Mapping[str, Any]) -> GeoRestriction | Unset:
    _geo_restriction = d.get("geoRestriction", UNSET)
    geo_restriction: GeoRestriction | Unset
    if _geo_restriction is UNSET:
        geo_restriction = UNSET
    else:
        geo_restriction = GeoRestriction.from_dict(_geo_restriction)

    return geo_restriction


def _read_sensitive_media(d: Mapping[str, Any]) -> TwitterPlatformDataSensitiveMedia | Unset:
    _sensitive_media = d.get("sensitiveMedia", UNSET)
    sensitive_media: TwitterPlatformDataSensitiveMedia | Unset
    if _sensitive_media is UNSET:
        sensitive_media = UNSET
    else:
        sensitive_media = TwitterPlatformDataSensitiveMedia.from_dict(_sensitive_media)

    return sensitive_media


TwitterPlatformData._lazy_readers = lazy_readers(TwitterPlatformData, globals(), _PROPERTY_NAMES)

from ..models.geo_restriction import GeoRestriction
from ..models.twitter_platform_data_poll import TwitterPlatformDataPoll
from ..models.twitter_platform_data_sensitive_media import (
    TwitterPlatformDataSensitiveMedia,
)
from ..models.twitter_platform_data_thread_items_item import (
    TwitterPlatformDataThreadItemsItem,
)
from ..models.x_article import XArticle
