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

T = TypeVar("T", bound="ThreadsPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "topic_tag",
        "firstComment",
        "threadItems",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class ThreadsPlatformData(LazyFields):
    """Up to 10 images per carousel (no videos). Videos must be H.264/AAC MP4, max 5 min. Images JPEG/PNG, max 8 MB. Use
    threadItems for reply chains.

        Attributes:
            topic_tag (str | None): Topic tag for post categorization and discoverability on Threads. Must be 1-50
                characters, cannot contain periods (.) or ampersands (&). Overrides auto-extraction from content hashtags when
                provided.
            first_comment (str | None): Optional first comment to post immediately after publishing, as a reply to the
                published post. With threadItems, it replies to the root post. Up to 500 characters (the Threads post limit).
                The reply is itself a Threads post, so it consumes one of the 250 posts a profile may publish per 24 hours.
            thread_items (list[ThreadsPlatformDataThreadItemsItem] | None): Complete sequence of posts in a Threads thread.
                The first item becomes the root post, subsequent items are chained as replies. When threadItems is provided, the
                top-level content field is used only for display and search purposes, it is NOT published. You must include your
                first post as threadItems[0].
    """

    topic_tag: str | None = None
    first_comment: str | None = None
    thread_items: list[ThreadsPlatformDataThreadItemsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def firstComment(self) -> str | None:
        """``first_comment`` under its wire name, as the Late docs spell it."""
        return self.first_comment

    @property
    def threadItems(self) -> list[ThreadsPlatformDataThreadItemsItem] | None:
        """``thread_items`` under its wire name, as the Late docs spell it."""
        return self.thread_items

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        topic_tag = self.topic_tag

        first_comment = self.first_comment

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
        if topic_tag is not None or "topic_tag" in source:
            field_dict["topic_tag"] = topic_tag
        if first_comment is not None or "firstComment" in source:
            field_dict["firstComment"] = first_comment
        if thread_items is not None or "threadItems" in source:
            field_dict["threadItems"] = thread_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        topic_tag = d.get("topic_tag", UNSET)

        first_comment = d.get("firstComment", UNSET)

        threads_platform_data = object.__new__(_Unhooked if cls is ThreadsPlatformData else cls)
        threads_platform_data.topic_tag = topic_tag
        threads_platform_data.first_comment = first_comment
        if "threadItems" not in d:  # nothing to build later
            threads_platform_data.thread_items = UNSET
        threads_platform_data._source = d
        threads_platform_data._changed = (
            cls is not ThreadsPlatformData
        )  # a subclass may set attributes unhooked
        if cls is not ThreadsPlatformData:  # a subclass's own fields, which __init__ would have set
            fill_defaults(threads_platform_data, ThreadsPlatformData)
        else:
            threads_platform_data.__class__ = cls
        return threads_platform_data

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


#: ``from_dict`` fills one of these, then makes it a ThreadsPlatformData (types.unhooked).
_Unhooked = unhooked(ThreadsPlatformData)


def _read_thread_items(d: Mapping[str, Any]) -> list[ThreadsPlatformDataThreadItemsItem] | Unset:
    _thread_items = d.get("threadItems", UNSET)
    thread_items: list[ThreadsPlatformDataThreadItemsItem] | Unset = UNSET
    if _thread_items is not UNSET:
        thread_items = [
            ThreadsPlatformDataThreadItemsItem.from_dict(thread_items_item_data)
            for thread_items_item_data in _thread_items
        ]

    return thread_items


ThreadsPlatformData._lazy_readers = lazy_readers(ThreadsPlatformData, globals(), _PROPERTY_NAMES)

from ..models.threads_platform_data_thread_items_item import (
    ThreadsPlatformDataThreadItemsItem,
)
