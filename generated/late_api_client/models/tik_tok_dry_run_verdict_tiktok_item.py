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

T = TypeVar("T", bound="TikTokDryRunVerdictTiktokItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "accountId",
        "canPublish",
        "reason",
        "alreadyPostedToday",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class TikTokDryRunVerdictTiktokItem(Sourced):
    """
    Attributes:
        account_id (str):
        can_publish (bool):
        reason (str): Human-readable explanation of the verdict
        already_posted_today (bool | None): Whether this account already published a Direct Post today (an account that
            did can keep publishing). Absent for Creator Inbox drafts and when no per-user limit applies.
    """

    account_id: str
    can_publish: bool
    reason: str
    already_posted_today: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def accountId(self) -> str:
        """``account_id`` under its wire name, as the Late docs spell it."""
        return self.account_id

    @property
    def canPublish(self) -> bool:
        """``can_publish`` under its wire name, as the Late docs spell it."""
        return self.can_publish

    @property
    def alreadyPostedToday(self) -> bool | None:
        """``already_posted_today`` under its wire name, as the Late docs spell it."""
        return self.already_posted_today

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        can_publish = self.can_publish

        reason = self.reason

        already_posted_today = self.already_posted_today

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "canPublish": can_publish,
                "reason": reason,
            }
        )
        source = source_of(self)
        if already_posted_today is not None or "alreadyPostedToday" in source:
            field_dict["alreadyPostedToday"] = already_posted_today

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        account_id = d["accountId"]

        can_publish = d["canPublish"]

        reason = d["reason"]

        already_posted_today = d.get("alreadyPostedToday", UNSET)

        tik_tok_dry_run_verdict_tiktok_item = cls(
            account_id,
            can_publish,
            reason,
            already_posted_today,
        )
        object.__setattr__(
            tik_tok_dry_run_verdict_tiktok_item, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            tik_tok_dry_run_verdict_tiktok_item.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return tik_tok_dry_run_verdict_tiktok_item

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
