from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instagram_platform_data_trial_params_graduation_strategy import (
    InstagramPlatformDataTrialParamsGraduationStrategy,
)
from ..types import (
    UNSET,
    Sourced,
    Unset,
    parse_enum,
    source_of,
)

T = TypeVar("T", bound="InstagramPlatformDataTrialParams")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "graduationStrategy",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class InstagramPlatformDataTrialParams(Sourced):
    """Trial Reels configuration. Trial reels are shared to non-followers first and can later be graduated to regular reels
    manually or automatically based on performance. Only applies to Reels.

        Attributes:
            graduation_strategy (InstagramPlatformDataTrialParamsGraduationStrategy | None): MANUAL (graduate from Instagram
                app) or SS_PERFORMANCE (auto-graduate if performs well with non-followers)
    """

    graduation_strategy: InstagramPlatformDataTrialParamsGraduationStrategy | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def graduationStrategy(self) -> InstagramPlatformDataTrialParamsGraduationStrategy | None:
        """``graduation_strategy`` under its wire name, as the Late docs spell it."""
        return self.graduation_strategy

    def to_dict(self) -> dict[str, Any]:
        graduation_strategy: str | Unset = UNSET
        if not isinstance(self.graduation_strategy, Unset):
            graduation_strategy = self.graduation_strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if graduation_strategy is not None or "graduationStrategy" in source:
            field_dict["graduationStrategy"] = graduation_strategy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        _graduation_strategy = d.get("graduationStrategy", UNSET)
        graduation_strategy: InstagramPlatformDataTrialParamsGraduationStrategy | Unset
        if _graduation_strategy is UNSET:
            graduation_strategy = UNSET
        else:
            graduation_strategy = parse_enum(
                InstagramPlatformDataTrialParamsGraduationStrategy, _graduation_strategy
            )

        instagram_platform_data_trial_params = cls(
            graduation_strategy,
        )
        object.__setattr__(
            instagram_platform_data_trial_params, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            instagram_platform_data_trial_params.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return instagram_platform_data_trial_params

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
