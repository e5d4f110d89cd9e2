from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyFields,
    fill_defaults,
    lazy_readers,
    source_copy,
    unhooked,
)

T = TypeVar("T", bound="TikTokDryRunVerdict")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "dryRun",
        "canPublish",
        "tiktok",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class TikTokDryRunVerdict(LazyFields):
    """
    Attributes:
        dry_run (bool): Always true on this response
        can_publish (bool): True only when every evaluated TikTok account can publish now
        tiktok (list[TikTokDryRunVerdictTiktokItem]): One verdict per `tiktok` entry in the request, in request order
    """

    dry_run: bool
    can_publish: bool
    tiktok: list[TikTokDryRunVerdictTiktokItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def dryRun(self) -> bool:
        """``dry_run`` under its wire name, as the Late docs spell it."""
        return self.dry_run

    @property
    def canPublish(self) -> bool:
        """``can_publish`` under its wire name, as the Late docs spell it."""
        return self.can_publish

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        dry_run = self.dry_run

        can_publish = self.can_publish

        tiktok = []
        for tiktok_item_data in self.tiktok:
            tiktok_item = tiktok_item_data.to_dict()
            tiktok.append(tiktok_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dryRun": dry_run,
                "canPublish": can_publish,
                "tiktok": tiktok,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        dry_run = d["dryRun"]

        can_publish = d["canPublish"]

        if "tiktok" not in d:
            raise KeyError("tiktok")
        tik_tok_dry_run_verdict = object.__new__(_Unhooked if cls is TikTokDryRunVerdict else cls)
        tik_tok_dry_run_verdict.dry_run = dry_run
        tik_tok_dry_run_verdict.can_publish = can_publish
        tik_tok_dry_run_verdict._source = d
        tik_tok_dry_run_verdict._changed = (
            cls is not TikTokDryRunVerdict
        )  # a subclass may set attributes unhooked
        if cls is not TikTokDryRunVerdict:  # a subclass's own fields, which __init__ would have set
            fill_defaults(tik_tok_dry_run_verdict, TikTokDryRunVerdict)
        else:
            tik_tok_dry_run_verdict.__class__ = cls
        return tik_tok_dry_run_verdict

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


#: ``from_dict`` fills one of these, then makes it a TikTokDryRunVerdict (types.unhooked).
_Unhooked = unhooked(TikTokDryRunVerdict)


def _read_tiktok(d: Mapping[str, Any]) -> list[TikTokDryRunVerdictTiktokItem]:
    tiktok = []
    _tiktok = d["tiktok"]
    for tiktok_item_data in _tiktok:
        tiktok_item = TikTokDryRunVerdictTiktokItem.from_dict(tiktok_item_data)

        tiktok.append(tiktok_item)

    return tiktok


TikTokDryRunVerdict._lazy_readers = lazy_readers(TikTokDryRunVerdict, globals(), _PROPERTY_NAMES)

from ..models.tik_tok_dry_run_verdict_tiktok_item import TikTokDryRunVerdictTiktokItem
