from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Sourced,
    source_of,
)

T = TypeVar("T", bound="SlackPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "threadTs",
        "unfurlLinks",
        "unfurlMedia",
        "username",
        "iconUrl",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class SlackPlatformData(Sourced):
    """Slack message settings. Posts mrkdwn text (up to 40,000 chars; Slack truncates beyond that) to the channel fixed by
    the connected account, with up to 10 media files per post uploaded via Slack's file API (the text becomes the
    caption). The target channel is chosen at connect time (one connected account per channel), so channelId is NOT
    accepted here (a 400 is returned); connect the desired channel via /v1/connect/slack and target its accountId.
    Messages over 4,000 characters cannot be edited later (Slack's edit limit is stricter than its post limit).

        Attributes:
            thread_ts (str | None): Parent message ts to post this message as a thread reply (e.g. "1503435956.000247").
            unfurl_links (bool | None): Expand links in the message into preview cards. Default true.
            unfurl_media (bool | None): Expand media links into inline previews. Default true.
            username (str | None): Override the bot display name for this message only (requires no setup; shown with an APP
                badge). Does not change the app identity in the sidebar.
            icon_url (str | None): Override the bot avatar image URL for this message only.
    """

    thread_ts: str | None = None
    unfurl_links: bool | None = None
    unfurl_media: bool | None = None
    username: str | None = None
    icon_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def threadTs(self) -> str | None:
        """``thread_ts`` under its wire name, as the Late docs spell it."""
        return self.thread_ts

    @property
    def unfurlLinks(self) -> bool | None:
        """``unfurl_links`` under its wire name, as the Late docs spell it."""
        return self.unfurl_links

    @property
    def unfurlMedia(self) -> bool | None:
        """``unfurl_media`` under its wire name, as the Late docs spell it."""
        return self.unfurl_media

    @property
    def iconUrl(self) -> str | None:
        """``icon_url`` under its wire name, as the Late docs spell it."""
        return self.icon_url

    def to_dict(self) -> dict[str, Any]:
        thread_ts = self.thread_ts

        unfurl_links = self.unfurl_links

        unfurl_media = self.unfurl_media

        username = self.username

        icon_url = self.icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if thread_ts is not None or "threadTs" in source:
            field_dict["threadTs"] = thread_ts
        if unfurl_links is not None or "unfurlLinks" in source:
            field_dict["unfurlLinks"] = unfurl_links
        if unfurl_media is not None or "unfurlMedia" in source:
            field_dict["unfurlMedia"] = unfurl_media
        if username is not None or "username" in source:
            field_dict["username"] = username
        if icon_url is not None or "iconUrl" in source:
            field_dict["iconUrl"] = icon_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        thread_ts = d.get("threadTs", UNSET)

        unfurl_links = d.get("unfurlLinks", UNSET)

        unfurl_media = d.get("unfurlMedia", UNSET)

        username = d.get("username", UNSET)

        icon_url = d.get("iconUrl", UNSET)

        slack_platform_data = cls(
            thread_ts,
            unfurl_links,
            unfurl_media,
            username,
            icon_url,
        )
        object.__setattr__(slack_platform_data, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            slack_platform_data.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return slack_platform_data

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
