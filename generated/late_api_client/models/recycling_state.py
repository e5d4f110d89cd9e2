from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recycling_state_gap_freq import RecyclingStateGapFreq
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

T = TypeVar("T", bound="RecyclingState")

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
        "contentVariationIndex",
        "recycleCount",
        "nextRecycleAt",
        "lastRecycledAt",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class RecyclingState(Sourced):
    """Current recycling configuration and state on a post

    Attributes:
        enabled (bool | None): Whether recycling is currently active
        gap (int | None): Number of interval units between reposts
        gap_freq (RecyclingStateGapFreq | None): Interval unit (week or month)
        start_date (datetime.datetime | None):
        expire_count (int | None):
        expire_date (datetime.datetime | None):
        content_variations (list[str] | None): Content variations for recycled copies (if configured)
        content_variation_index (int | None): Current position in the content variations rotation (read-only)
        recycle_count (int | None): How many recycled copies have been created so far (read-only)
        next_recycle_at (datetime.datetime | None): When the next recycled copy will be created (read-only)
        last_recycled_at (datetime.datetime | None): When the last recycled copy was created (read-only)
    """

    enabled: bool | None = None
    gap: int | None = None
    gap_freq: RecyclingStateGapFreq | None = None
    start_date: datetime.datetime | None = None
    expire_count: int | None = None
    expire_date: datetime.datetime | None = None
    content_variations: list[str] | None = None
    content_variation_index: int | None = None
    recycle_count: int | None = None
    next_recycle_at: datetime.datetime | None = None
    last_recycled_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def gapFreq(self) -> RecyclingStateGapFreq | None:
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

    @property
    def contentVariationIndex(self) -> int | None:
        """``content_variation_index`` under its wire name, as the Late docs spell it."""
        return self.content_variation_index

    @property
    def recycleCount(self) -> int | None:
        """``recycle_count`` under its wire name, as the Late docs spell it."""
        return self.recycle_count

    @property
    def nextRecycleAt(self) -> datetime.datetime | None:
        """``next_recycle_at`` under its wire name, as the Late docs spell it."""
        return self.next_recycle_at

    @property
    def lastRecycledAt(self) -> datetime.datetime | None:
        """``last_recycled_at`` under its wire name, as the Late docs spell it."""
        return self.last_recycled_at

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

        expire_count = self.expire_count

        expire_date: str | Unset = UNSET
        if not isinstance(self.expire_date, Unset):
            expire_date = format_datetime(self.expire_date)
        expire_date = as_sent(self.expire_date, expire_date, source_of(self).get("expireDate"))

        content_variations: list[str] | Unset = UNSET
        if not isinstance(self.content_variations, Unset):
            content_variations = self.content_variations

        content_variation_index = self.content_variation_index

        recycle_count = self.recycle_count

        next_recycle_at: str | Unset = UNSET
        if not isinstance(self.next_recycle_at, Unset):
            next_recycle_at = format_datetime(self.next_recycle_at)
        next_recycle_at = as_sent(self.next_recycle_at, next_recycle_at, source_of(self).get("nextRecycleAt"))

        last_recycled_at: str | Unset = UNSET
        if not isinstance(self.last_recycled_at, Unset):
            last_recycled_at = format_datetime(self.last_recycled_at)
        last_recycled_at = as_sent(
            self.last_recycled_at, last_recycled_at, source_of(self).get("lastRecycledAt")
        )

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
        if content_variation_index is not None or "contentVariationIndex" in source:
            field_dict["contentVariationIndex"] = content_variation_index
        if recycle_count is not None or "recycleCount" in source:
            field_dict["recycleCount"] = recycle_count
        if next_recycle_at is not None or "nextRecycleAt" in source:
            field_dict["nextRecycleAt"] = next_recycle_at
        if last_recycled_at is not None or "lastRecycledAt" in source:
            field_dict["lastRecycledAt"] = last_recycled_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        enabled = d.get("enabled", UNSET)

        gap = d.get("gap", UNSET)

        _gap_freq = d.get("gapFreq", UNSET)
        gap_freq: RecyclingStateGapFreq | Unset
        if _gap_freq is UNSET:
            gap_freq = UNSET
        else:
            gap_freq = parse_enum(RecyclingStateGapFreq, _gap_freq)

        _start_date = d.get("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if _start_date is None or _start_date is UNSET:
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date)

        expire_count = d.get("expireCount", UNSET)

        _expire_date = d.get("expireDate", UNSET)
        expire_date: datetime.datetime | Unset
        if _expire_date is None or _expire_date is UNSET:
            expire_date = UNSET
        else:
            expire_date = parse_datetime(_expire_date)

        content_variations: list[str] | Unset = d.get("contentVariations", UNSET)

        content_variation_index = d.get("contentVariationIndex", UNSET)

        recycle_count = d.get("recycleCount", UNSET)

        _next_recycle_at = d.get("nextRecycleAt", UNSET)
        next_recycle_at: datetime.datetime | Unset
        if _next_recycle_at is None or _next_recycle_at is UNSET:
            next_recycle_at = UNSET
        else:
            next_recycle_at = parse_datetime(_next_recycle_at)

        _last_recycled_at = d.get("lastRecycledAt", UNSET)
        last_recycled_at: datetime.datetime | Unset
        if _last_recycled_at is None or _last_recycled_at is UNSET:
            last_recycled_at = UNSET
        else:
            last_recycled_at = parse_datetime(_last_recycled_at)

        recycling_state = cls(
            enabled,
            gap,
            gap_freq,
            start_date,
            expire_count,
            expire_date,
            content_variations,
            content_variation_index,
            recycle_count,
            next_recycle_at,
            last_recycled_at,
        )
        object.__setattr__(recycling_state, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            recycling_state.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return recycling_state

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
