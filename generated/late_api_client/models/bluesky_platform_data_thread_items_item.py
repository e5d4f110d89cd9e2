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

T = TypeVar("T", bound="BlueskyPlatformDataThreadItemsItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "content",
        "mediaItems",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class BlueskyPlatformDataThreadItemsItem(LazyFields):
    """
    Attributes:
        content (str | None):
        media_items (list[MediaItem] | None):
    """

    content: str | None = None
    media_items: list[MediaItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def mediaItems(self) -> list[MediaItem] | None:
        """``media_items`` under its wire name, as the Late docs spell it."""
        return self.media_items

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        content = self.content

        media_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_items, Unset):
            media_items = []
            for media_items_item_data in self.media_items:
                media_items_item = media_items_item_data.to_dict()
                media_items.append(media_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if content is not None or "content" in source:
            field_dict["content"] = content
        if media_items is not None or "mediaItems" in source:
            field_dict["mediaItems"] = media_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        content = d.get("content", UNSET)

        bluesky_platform_data_thread_items_item = object.__new__(
            _Unhooked if cls is BlueskyPlatformDataThreadItemsItem else cls
        )
        bluesky_platform_data_thread_items_item.content = content
        if "mediaItems" not in d:  # nothing to build later
            bluesky_platform_data_thread_items_item.media_items = UNSET
        bluesky_platform_data_thread_items_item._source = d
        bluesky_platform_data_thread_items_item._changed = (
            cls is not BlueskyPlatformDataThreadItemsItem
        )  # a subclass may set attributes unhooked
        if (
            cls is not BlueskyPlatformDataThreadItemsItem
        ):  # a subclass's own fields, which __init__ would have set
            fill_defaults(bluesky_platform_data_thread_items_item, BlueskyPlatformDataThreadItemsItem)
        else:
            bluesky_platform_data_thread_items_item.__class__ = cls
        return bluesky_platform_data_thread_items_item

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


#: ``from_dict`` fills one of these, then makes it a BlueskyPlatformDataThreadItemsItem (types.unhooked).
_Unhooked = unhooked(BlueskyPlatformDataThreadItemsItem)


def _read_media_items(d: Mapping[str, Any]) -> list[MediaItem] | Unset:
    _media_items = d.get("mediaItems", UNSET)
    media_items: list[MediaItem] | Unset = UNSET
    if _media_items is not UNSET:
        media_items = [MediaItem.from_dict(media_items_item_data) for media_items_item_data in _media_items]

    return media_items


BlueskyPlatformDataThreadItemsItem._lazy_readers = lazy_readers(
    BlueskyPlatformDataThreadItemsItem, globals(), _PROPERTY_NAMES
)

from ..models.media_item import MediaItem
