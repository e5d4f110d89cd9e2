from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recycling_config_gap_freq import RecyclingConfigGapFreq
from ..types import (
    UNSET,
    Sourced,
    Unset,
    as_sent,
    format_datetime,
    parse_datetime,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="RecyclingConfig")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "enabled",
        "gap",
        "gapFreq",
        "startDate",
        "expireCount",
        "expireDate",
        "contentVariations",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class RecyclingConfig(Sourced):
    """Configure automatic post recycling (reposting at regular intervals).
    After the post is published, the system creates new scheduled copies at the
    specified interval until expiration conditions are met. Supports weekly or
    monthly intervals. Maximum 10 active recycling posts per account.
    YouTube and TikTok platforms are excluded from recycling.
    Content variations are recommended for X and Pinterest to avoid duplicate flags.

        Attributes:
            enabled (bool | None): Set to false to disable recycling on this post Default: True.
            gap (int | None): Number of interval units between each repost. Required when enabling recycling. Example: 2.
            gap_freq (RecyclingConfigGapFreq | None): Interval unit for the gap. Defaults to 'month'. Default:
                RecyclingConfigGapFreq.MONTH.
            start_date (datetime.datetime | None): When to start the recycling cycle. Defaults to the post's scheduledFor
                date.
            expire_count (int | None | None): Stop recycling after this many copies have been created. Send null on update
                to clear this limit. Example: 5.
            expire_date (datetime.datetime | None | None): Stop recycling after this date, regardless of count. Send null on
                update to clear this limit.
            content_variations (list[str] | None): Array of content variations for recycled copies. On each recycle, the
                next
                variation is used in round-robin order. Recommended for X and Pinterest
                to avoid duplicate content flags. If omitted, the original post content is
                used for all recycled copies. Send an empty array [] to clear existing
                variations. Must have 2+ entries when setting variations. Platform-level
                customContent still overrides the base content per platform.
    """

    enabled: bool | None = None
    gap: int | None = None
    gap_freq: RecyclingConfigGapFreq | None = None
    start_date: datetime.datetime | None = None
    expire_count: int | None = None
    expire_date: datetime.datetime | None = None
    content_variations: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def gapFreq(self) -> RecyclingConfigGapFreq | None:
        """``gap_freq`` under its wire name, as the Late docs spell it."""
        return self.gap_freq

    @property
    def startDate(self) -> datetime.datetime | None:
        """``start_date`` under its wire name, as the Late docs spell it."""
        return self.start_date

    @property
    def expireCount(self) -> int | None:
        """``expire_count`` under its wire name, as the Late docs spell it."""
        return self.expire_count

    @property
    def expireDate(self) -> datetime.datetime | None:
        """``expire_date`` under its wire name, as the Late docs spell it."""
        return self.expire_date

    @property
    def contentVariations(self) -> list[str] | None:
        """``content_variations`` under its wire name, as the Late docs spell it."""
        return self.content_variations

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        gap = self.gap

        gap_freq: str | Unset = UNSET
        if not isinstance(self.gap_freq, Unset):
            gap_freq = self.gap_freq.value

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = format_datetime(self.start_date)
        start_date = as_sent(self.start_date, start_date, source_of(self).get("startDate"))

        expire_count: int | None | Unset
        if isinstance(self.expire_count, Unset):
            expire_count = UNSET
        else:
            expire_count = self.expire_count

        expire_date: None | str | Unset
        if isinstance(self.expire_date, Unset):
            expire_date = UNSET
        elif isinstance(self.expire_date, datetime.datetime):
            expire_date = format_datetime(self.expire_date)
        else:
            expire_date = self.expire_date
        expire_date = as_sent(self.expire_date, expire_date, source_of(self).get("expireDate"))

        content_variations: list[str] | Unset = UNSET
        if not isinstance(self.content_variations, Unset):
            content_variations = self.content_variations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if enabled is not None or "enabled" in source:
            field_dict["enabled"] = enabled
        if gap is not None or "gap" in source:
            field_dict["gap"] = gap
        if gap_freq is not None or "gapFreq" in source:
            field_dict["gapFreq"] = gap_freq
        if start_date is not None or "startDate" in source:
            field_dict["startDate"] = start_date
        if expire_count is not None or "expireCount" in source:
            field_dict["expireCount"] = expire_count
        if expire_date is not None or "expireDate" in source:
            field_dict["expireDate"] = expire_date
        if content_variations is not None or "contentVariations" in source:
            field_dict["contentVariations"] = content_variations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        enabled = d.get("enabled", UNSET)

        gap = d.get("gap", UNSET)

        _gap_freq = d.get("gapFreq", UNSET)
        gap_freq: RecyclingConfigGapFreq | Unset
        if _gap_freq is UNSET:
            gap_freq = UNSET
        else:
            gap_freq = parse_enum(RecyclingConfigGapFreq, _gap_freq)

        _start_date = d.get("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if _start_date is None or _start_date is UNSET:
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date)

        expire_count: int | None | Unset = d.get("expireCount", UNSET)

        _expire_date = d.get("expireDate", UNSET)
        expire_date: datetime.datetime | None | Unset
        if isinstance(_expire_date, str):
            try:
                expire_date_type_0 = parse_datetime(_expire_date)

                expire_date = expire_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expire_date = cast("datetime.datetime | None | Unset", _expire_date)
        else:
            expire_date = _expire_date

        content_variations: list[str] | Unset = d.get("contentVariations", UNSET)

        recycling_config = cls(
            enabled,
            gap,
            gap_freq,
            start_date,
            expire_count,
            expire_date,
            content_variations,
        )
        object.__setattr__(recycling_config, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            recycling_config.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return recycling_config

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
