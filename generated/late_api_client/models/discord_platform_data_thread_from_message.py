from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discord_platform_data_thread_from_message_auto_archive_duration import (
    DiscordPlatformDataThreadFromMessageAutoArchiveDuration,
)
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="DiscordPlatformDataThreadFromMessage")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "autoArchiveDuration",
        "rateLimitPerUser",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class DiscordPlatformDataThreadFromMessage(Sourced):
    """Create a follow-up thread under the published message.

    Attributes:
        name (str | None): Thread name (1-100 chars)
        auto_archive_duration (DiscordPlatformDataThreadFromMessageAutoArchiveDuration | None): Auto-archive after
            inactivity (minutes)
        rate_limit_per_user (int | None): Slow-mode duration in seconds (0-21600)
    """

    name: str | None = None
    auto_archive_duration: DiscordPlatformDataThreadFromMessageAutoArchiveDuration | None = None
    rate_limit_per_user: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def autoArchiveDuration(self) -> DiscordPlatformDataThreadFromMessageAutoArchiveDuration | None:
        """``auto_archive_duration`` under its wire name, as the Late docs spell it."""
        return self.auto_archive_duration

    @property
    def rateLimitPerUser(self) -> int | None:
        """``rate_limit_per_user`` under its wire name, as the Late docs spell it."""
        return self.rate_limit_per_user

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        auto_archive_duration: int | Unset = UNSET
        if not isinstance(self.auto_archive_duration, Unset):
            auto_archive_duration = self.auto_archive_duration.value

        rate_limit_per_user = self.rate_limit_per_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if name is not None or "name" in source:
            field_dict["name"] = name
        if auto_archive_duration is not None or "autoArchiveDuration" in source:
            field_dict["autoArchiveDuration"] = auto_archive_duration
        if rate_limit_per_user is not None or "rateLimitPerUser" in source:
            field_dict["rateLimitPerUser"] = rate_limit_per_user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        name = d.get("name", UNSET)

        _auto_archive_duration = d.get("autoArchiveDuration", UNSET)
        auto_archive_duration: DiscordPlatformDataThreadFromMessageAutoArchiveDuration | Unset
        if _auto_archive_duration is UNSET:
            auto_archive_duration = UNSET
        else:
            auto_archive_duration = parse_enum(
                DiscordPlatformDataThreadFromMessageAutoArchiveDuration, _auto_archive_duration
            )

        rate_limit_per_user = d.get("rateLimitPerUser", UNSET)

        discord_platform_data_thread_from_message = cls(
            name,
            auto_archive_duration,
            rate_limit_per_user,
        )
        object.__setattr__(
            discord_platform_data_thread_from_message, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            discord_platform_data_thread_from_message.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return discord_platform_data_thread_from_message

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
