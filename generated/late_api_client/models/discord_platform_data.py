from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    fill_defaults,
    lazy_readers,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="DiscordPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "channelId",
        "embeds",
        "poll",
        "crosspost",
        "forumThreadName",
        "forumAppliedTags",
        "threadFromMessage",
        "tts",
        "webhookUsername",
        "webhookAvatarUrl",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class DiscordPlatformData(LazyFields):
    """Discord message settings. Supports plain text (2,000 chars), rich embeds (up to 10), native polls, forum posts,
    threads, and announcement crossposts. Media attachments support images (JPEG, PNG, GIF, WebP), videos (MP4), and
    documents (up to 10 files, 25 MB each). Webhook identity (username + avatar) can be customized per-account via PATCH
    /v1/connect/discord or per-post via webhookUsername/webhookAvatarUrl.

        Attributes:
            channel_id (str): Target channel snowflake ID. Determines which channel in the connected server receives the
                message. Example: 1234567890123456789.
            embeds (list[DiscordPlatformDataEmbedsItem] | None): Up to 10 Discord embed objects (combined max 6,000
                characters across all embeds). Sent alongside or instead of plain-text content.
            poll (DiscordPlatformDataPoll | None): Native Discord poll. Cannot be combined with media attachments in the
                same message.
            crosspost (bool | None): Auto-crosspost to every server following this announcement channel (type 5). No-op for
                regular text channels.
            forum_thread_name (str | None): Thread title for forum channel posts (type 15). Required when posting to a forum
                channel.
            forum_applied_tags (list[str] | None): Tag snowflake IDs to apply to forum posts. Max 5 tags.
            thread_from_message (DiscordPlatformDataThreadFromMessage | None): Create a follow-up thread under the published
                message.
            tts (bool | None): Send as text-to-speech message. Discord reads the message aloud in the channel.
            webhook_username (str | None): Override the webhook display name for this post only (1-80 chars). Falls back to
                the account-level default set via PATCH /v1/connect/discord.
            webhook_avatar_url (str | None): Override the webhook avatar URL for this post only. Falls back to the account-
                level default.
    """

    channel_id: str
    embeds: list[DiscordPlatformDataEmbedsItem] | None = None
    poll: DiscordPlatformDataPoll | None = None
    crosspost: bool | None = None
    forum_thread_name: str | None = None
    forum_applied_tags: list[str] | None = None
    thread_from_message: DiscordPlatformDataThreadFromMessage | None = None
    tts: bool | None = None
    webhook_username: str | None = None
    webhook_avatar_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def channelId(self) -> str:
        """``channel_id`` under its wire name, as the Late docs spell it."""
        return self.channel_id

    @property
    def forumThreadName(self) -> str | None:
        """``forum_thread_name`` under its wire name, as the Late docs spell it."""
        return self.forum_thread_name

    @property
    def forumAppliedTags(self) -> list[str] | None:
        """``forum_applied_tags`` under its wire name, as the Late docs spell it."""
        return self.forum_applied_tags

    @property
    def threadFromMessage(self) -> DiscordPlatformDataThreadFromMessage | None:
        """``thread_from_message`` under its wire name, as the Late docs spell it."""
        return self.thread_from_message

    @property
    def webhookUsername(self) -> str | None:
        """``webhook_username`` under its wire name, as the Late docs spell it."""
        return self.webhook_username

    @property
    def webhookAvatarUrl(self) -> str | None:
        """``webhook_avatar_url`` under its wire name, as the Late docs spell it."""
        return self.webhook_avatar_url

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        channel_id = self.channel_id

        embeds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.embeds, Unset):
            embeds = []
            for embeds_item_data in self.embeds:
                embeds_item = embeds_item_data.to_dict()
                embeds.append(embeds_item)

        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poll, Unset):
            poll = self.poll.to_dict()

        crosspost = self.crosspost

        forum_thread_name = self.forum_thread_name

        forum_applied_tags: list[str] | Unset = UNSET
        if not isinstance(self.forum_applied_tags, Unset):
            forum_applied_tags = self.forum_applied_tags

        thread_from_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thread_from_message, Unset):
            thread_from_message = self.thread_from_message.to_dict()

        tts = self.tts

        webhook_username = self.webhook_username

        webhook_avatar_url = self.webhook_avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channelId": channel_id,
            }
        )
        source = source_of(self)
        if embeds is not None or "embeds" in source:
            field_dict["embeds"] = embeds
        if poll is not None or "poll" in source:
            field_dict["poll"] = poll
        if crosspost is not None or "crosspost" in source:
            field_dict["crosspost"] = crosspost
        if forum_thread_name is not None or "forumThreadName" in source:
            field_dict["forumThreadName"] = forum_thread_name
        if forum_applied_tags is not None or "forumAppliedTags" in source:
            field_dict["forumAppliedTags"] = forum_applied_tags
        if thread_from_message is not None or "threadFromMessage" in source:
            field_dict["threadFromMessage"] = thread_from_message
        if tts is not None or "tts" in source:
            field_dict["tts"] = tts
        if webhook_username is not None or "webhookUsername" in source:
            field_dict["webhookUsername"] = webhook_username
        if webhook_avatar_url is not None or "webhookAvatarUrl" in source:
            field_dict["webhookAvatarUrl"] = webhook_avatar_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        channel_id = d["channelId"]

        crosspost = d.get("crosspost", UNSET)

        forum_thread_name = d.get("forumThreadName", UNSET)

        forum_applied_tags: list[str] | Unset = d.get("forumAppliedTags", UNSET)

        tts = d.get("tts", UNSET)

        webhook_username = d.get("webhookUsername", UNSET)

        webhook_avatar_url = d.get("webhookAvatarUrl", UNSET)

        discord_platform_data = object.__new__(_Unhooked if cls is DiscordPlatformData else cls)
        discord_platform_data.channel_id = channel_id
        discord_platform_data.crosspost = crosspost
        discord_platform_data.forum_thread_name = forum_thread_name
        discord_platform_data.forum_applied_tags = forum_applied_tags
        discord_platform_data.tts = tts
        discord_platform_data.webhook_username = webhook_username
        discord_platform_data.webhook_avatar_url = webhook_avatar_url
        if "embeds" not in d:  # nothing to build later
            discord_platform_data.embeds = UNSET
        if "poll" not in d:  # nothing to build later
            discord_platform_data.poll = UNSET
        if "threadFromMessage" not in d:  # nothing to build later
            discord_platform_data.thread_from_message = UNSET
        discord_platform_data._source = d
        discord_platform_data._changed = (
            cls is not DiscordPlatformData
        )  # a subclass may set attributes unhooked
        if cls is not DiscordPlatformData:  # a subclass's own fields, which __init__ would have set
            fill_defaults(discord_platform_data, DiscordPlatformData)
        else:
            discord_platform_data.__class__ = cls
        return discord_platform_data

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


#: ``from_dict`` fills one of these, then makes it a DiscordPlatformData (types.unhooked).
_Unhooked = unhooked(DiscordPlatformData)


def _read_embeds(d: Mapping[str, Any]) -> list[DiscordPlatformDataEmbedsItem] | Unset:
    _embeds = d.get("embeds", UNSET)
    embeds: list[DiscordPlatformDataEmbedsItem] | Unset = UNSET
    if _embeds is not UNSET:
        embeds = [DiscordPlatformDataEmbedsItem.from_dict(embeds_item_data) for embeds_item_data in _embeds]

    return embeds


def _read_poll(d: Mapping[str, Any]) -> DiscordPlatformDataPoll | Unset:
    _poll = d.get("poll", UNSET)
    poll: DiscordPlatformDataPoll | Unset
    if _poll is UNSET:
        poll = UNSET
    else:
        poll = DiscordPlatformDataPoll.from_dict(_poll)

    return poll


def _read_thread_from_message(d: Mapping[str, Any]) -> DiscordPlatformDataThreadFromMessage | Unset:
    _thread_from_message = d.get("threadFromMessage", UNSET)
    thread_from_message: DiscordPlatformDataThreadFromMessage | Unset
    if _thread_from_message is UNSET:
        thread_from_message = UNSET
    else:
        thread_from_message = DiscordPlatformDataThreadFromMessage.from_dict(_thread_from_message)

    return thread_from_message


DiscordPlatformData._lazy_readers = lazy_readers(DiscordPlatformData, globals(), _PROPERTY_NAMES)

from ..models.discord_platform_data_embeds_item import DiscordPlatformDataEmbedsItem
from ..models.discord_platform_data_poll import DiscordPlatformDataPoll
from ..models.discord_platform_data_thread_from_message import (
    DiscordPlatformDataThreadFromMessage,
)
