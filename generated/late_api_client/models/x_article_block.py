from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.x_article_block_type import XArticleBlockType
from ..types import (
    UNSET,
    LazyFields,
    Unset,
    fill_defaults,
    lazy_readers,
    parse_enum,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="XArticleBlock")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "text",
        "key",
        "data",
        "inline_style_ranges",
        "entity_ranges",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleBlock(LazyFields):
    """
    Attributes:
        type_ (XArticleBlockType):
        text (str):
        key (str | None):
        data (XArticleBlockData | None):
        inline_style_ranges (list[XArticleInlineStyleRange] | None):
        entity_ranges (list[XArticleEntityRange] | None):
    """

    type_: XArticleBlockType
    text: str
    key: str | None = None
    data: XArticleBlockData | None = None
    inline_style_ranges: list[XArticleInlineStyleRange] | None = None
    entity_ranges: list[XArticleEntityRange] | None = None

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, False)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        type_ = self.type_.value

        text = self.text

        key = self.key

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        inline_style_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inline_style_ranges, Unset):
            inline_style_ranges = []
            for inline_style_ranges_item_data in self.inline_style_ranges:
                inline_style_ranges_item = inline_style_ranges_item_data.to_dict()
                inline_style_ranges.append(inline_style_ranges_item)

        entity_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entity_ranges, Unset):
            entity_ranges = []
            for entity_ranges_item_data in self.entity_ranges:
                entity_ranges_item = entity_ranges_item_data.to_dict()
                entity_ranges.append(entity_ranges_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        source = source_of(self)
        if key is not None or "key" in source:
            field_dict["key"] = key
        if data is not None or "data" in source:
            field_dict["data"] = data
        if inline_style_ranges is not None or "inline_style_ranges" in source:
            field_dict["inline_style_ranges"] = inline_style_ranges
        if entity_ranges is not None or "entity_ranges" in source:
            field_dict["entity_ranges"] = entity_ranges

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        type_ = parse_enum(XArticleBlockType, d["type"])

        text = d["text"]

        key = d.get("key", UNSET)

        x_article_block = object.__new__(_Unhooked if cls is XArticleBlock else cls)
        x_article_block.type_ = type_
        x_article_block.text = text
        x_article_block.key = key
        if "data" not in d:  # nothing to build later
            x_article_block.data = UNSET
        if "inline_style_ranges" not in d:  # nothing to build later
            x_article_block.inline_style_ranges = UNSET
        if "entity_ranges" not in d:  # nothing to build later
            x_article_block.entity_ranges = UNSET
        x_article_block._source = d
        x_article_block._changed = cls is not XArticleBlock  # a subclass may set attributes unhooked
        if cls is not XArticleBlock:  # a subclass's own fields, which __init__ would have set
            fill_defaults(x_article_block, XArticleBlock)
        else:
            x_article_block.__class__ = cls
        return x_article_block


#: ``from_dict`` fills one of these, then makes it a XArticleBlock (types.unhooked).
_Unhooked = unhooked(XArticleBlock)


def _read_data(d: Mapping[str, Any]) -> XArticleBlockData | Unset:
    _data = d.get("data", UNSET)
    data: XArticleBlockData | Unset
    if _data is UNSET:
        data = UNSET
    else:
        data = XArticleBlockData.from_dict(_data)

    return data


def _read_inline_style_ranges(d: Mapping[str, Any]) -> list[XArticleInlineStyleRange] | Unset:
    _inline_style_ranges = d.get("inline_style_ranges", UNSET)
    inline_style_ranges: list[XArticleInlineStyleRange] | Unset = UNSET
    if _inline_style_ranges is not UNSET:
        inline_style_ranges = [
            XArticleInlineStyleRange.from_dict(inline_style_ranges_item_data)
            for inline_style_ranges_item_data in _inline_style_ranges
        ]

    return inline_style_ranges


def _read_entity_ranges(d: Mapping[str, Any]) -> list[XArticleEntityRange] | Unset:
    _entity_ranges = d.get("entity_ranges", UNSET)
    entity_ranges: list[XArticleEntityRange] | Unset = UNSET
    if _entity_ranges is not UNSET:
        entity_ranges = [
            XArticleEntityRange.from_dict(entity_ranges_item_data)
            for entity_ranges_item_data in _entity_ranges
        ]

    return entity_ranges


XArticleBlock._lazy_readers = lazy_readers(XArticleBlock, globals(), None)

from ..models.x_article_block_data import XArticleBlockData
from ..models.x_article_entity_range import XArticleEntityRange
from ..models.x_article_inline_style_range import XArticleInlineStyleRange
