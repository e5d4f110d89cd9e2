from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telegram_platform_data_parse_mode import TelegramPlatformDataParseMode
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="TelegramPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "parseMode",
        "disableWebPagePreview",
        "disableNotification",
        "protectContent",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class TelegramPlatformData(Sourced):
    """Text, images (up to 10), videos (up to 10), and mixed media albums. Captions up to 1024 chars for media, 4096 for
    text-only.

        Attributes:
            parse_mode (TelegramPlatformDataParseMode | None): Text formatting mode for the message (default is HTML)
            disable_web_page_preview (bool | None): Disable link preview generation for URLs in the message
            disable_notification (bool | None): Send the message silently (users will receive notification without sound)
            protect_content (bool | None): Protect message content from forwarding and saving
    """

    parse_mode: TelegramPlatformDataParseMode | None = None
    disable_web_page_preview: bool | None = None
    disable_notification: bool | None = None
    protect_content: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def parseMode(self) -> TelegramPlatformDataParseMode | None:
        """``parse_mode`` under its wire name, as the Late docs spell it."""
        return self.parse_mode

    @property
    def disableWebPagePreview(self) -> bool | None:
        """``disable_web_page_preview`` under its wire name, as the Late docs spell it."""
        return self.disable_web_page_preview

    @property
    def disableNotification(self) -> bool | None:
        """``disable_notification`` under its wire name, as the Late docs spell it."""
        return self.disable_notification

    @property
    def protectContent(self) -> bool | None:
        """``protect_content`` under its wire name, as the Late docs spell it."""
        return self.protect_content

    def to_dict(self) -> dict[str, Any]:
        parse_mode: str | Unset = UNSET
        if not isinstance(self.parse_mode, Unset):
            parse_mode = self.parse_mode.value

        disable_web_page_preview = self.disable_web_page_preview

        disable_notification = self.disable_notification

        protect_content = self.protect_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if parse_mode is not None or "parseMode" in source:
            field_dict["parseMode"] = parse_mode
        if disable_web_page_preview is not None or "disableWebPagePreview" in source:
            field_dict["disableWebPagePreview"] = disable_web_page_preview
        if disable_notification is not None or "disableNotification" in source:
            field_dict["disableNotification"] = disable_notification
        if protect_content is not None or "protectContent" in source:
            field_dict["protectContent"] = protect_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        _parse_mode = d.get("parseMode", UNSET)
        parse_mode: TelegramPlatformDataParseMode | Unset
        if _parse_mode is UNSET:
            parse_mode = UNSET
        else:
            parse_mode = parse_enum(TelegramPlatformDataParseMode, _parse_mode)

        disable_web_page_preview = d.get("disableWebPagePreview", UNSET)

        disable_notification = d.get("disableNotification", UNSET)

        protect_content = d.get("protectContent", UNSET)

        telegram_platform_data = cls(
            parse_mode,
            disable_web_page_preview,
            disable_notification,
            protect_content,
        )
        object.__setattr__(
            telegram_platform_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            telegram_platform_data.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return telegram_platform_data

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
