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

T = TypeVar("T", bound="BlueskyPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "langs",
        "threadItems",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class BlueskyPlatformData(LazyFields):
    """Bluesky post settings. Supports text posts with up to 4 images or a single video. threadItems creates a reply chain
    (Bluesky thread). Images exceeding 1MB are automatically compressed. Alt text supported via mediaItem properties.
    Use langs to tag post language for feed-generator filtering.

        Attributes:
            langs (list[str] | None): Language(s) of the post text as 1-3 BCP-47 codes (e.g. "pt", "en-US"), written to the
                post record's langs field. Bluesky feed generators filter on this field, so posts without it never appear in
                language-scoped feeds. Can only be set at creation (Bluesky has no post editing). When threadItems is used,
                every item in the thread carries the same langs. When omitted, the account's default (set via PATCH
                /v1/accounts/{accountId}/bluesky-settings) applies; with no default either, the field is absent from the record.
                 Example: ['pt', 'en'].
            thread_items (list[BlueskyPlatformDataThreadItemsItem] | None): Complete sequence of posts in a Bluesky thread.
                The first item becomes the root post, subsequent items are chained as replies. When threadItems is provided, the
                top-level content field is used only for display and search purposes, it is NOT published. You must include your
                first post as threadItems[0].
    """

    langs: list[str] | None = None
    thread_items: list[BlueskyPlatformDataThreadItemsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def threadItems(self) -> list[BlueskyPlatformDataThreadItemsItem] | None:
        """``thread_items`` under its wire name, as the Late docs spell it."""
        return self.thread_items

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        langs: list[str] | Unset = UNSET
        if not isinstance(self.langs, Unset):
            langs = self.langs

        thread_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.thread_items, Unset):
            thread_items = []
            for thread_items_item_data in self.thread_items:
                thread_items_item = thread_items_item_data.to_dict()
                thread_items.append(thread_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if langs is not None or "langs" in source:
            field_dict["langs"] = langs
        if thread_items is not None or "threadItems" in source:
            field_dict["threadItems"] = thread_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        langs: list[str] | Unset = d.get("langs", UNSET)

        bluesky_platform_data = object.__new__(_Unhooked if cls is BlueskyPlatformData else cls)
        bluesky_platform_data.langs = langs
        if "threadItems" not in d:  # nothing to build later
            bluesky_platform_data.thread_items = UNSET
        bluesky_platform_data._source = d
        bluesky_platform_data._changed = (
            cls is not BlueskyPlatformData
        )  # a subclass may set attributes unhooked
        if cls is not BlueskyPlatformData:  # a subclass's own fields, which __init__ would have set
            fill_defaults(bluesky_platform_data, BlueskyPlatformData)
        else:
            bluesky_platform_data.__class__ = cls
        return bluesky_platform_data

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


#: ``from_dict`` fills one of these, then makes it a BlueskyPlatformData (types.unhooked).
_Unhooked = unhooked(BlueskyPlatformData)


def _read_thread_items(d: Mapping[str, Any]) -> list[BlueskyPlatformDataThreadItemsItem] | Unset:
    _thread_items = d.get("threadItems", UNSET)
    thread_items: list[BlueskyPlatformDataThreadItemsItem] | Unset = UNSET
    if _thread_items is not UNSET:
        thread_items = [
            BlueskyPlatformDataThreadItemsItem.from_dict(thread_items_item_data)
            for thread_items_item_data in _thread_items
        ]

    return thread_items


BlueskyPlatformData._lazy_readers = lazy_readers(BlueskyPlatformData, globals(), _PROPERTY_NAMES)

from ..models.bluesky_platform_data_thread_items_item import (
    BlueskyPlatformDataThreadItemsItem,
)
