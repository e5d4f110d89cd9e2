from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    LazyFields,
    fill_defaults,
    lazy_readers,
    source_copy,
    unhooked,
)

T = TypeVar("T", bound="XArticleEntityEmoji")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "key",
        "value",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityEmoji(LazyFields):
    """
    Attributes:
        key (str):
        value (XArticleEntityEmojiValue):
    """

    key: str
    value: XArticleEntityEmojiValue

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, False)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        key = self.key

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        key = d["key"]

        if "value" not in d:
            raise KeyError("value")
        x_article_entity_emoji = object.__new__(_Unhooked if cls is XArticleEntityEmoji else cls)
        x_article_entity_emoji.key = key
        x_article_entity_emoji._source = d
        x_article_entity_emoji._changed = (
            cls is not XArticleEntityEmoji
        )  # a subclass may set attributes unhooked
        if cls is not XArticleEntityEmoji:  # a subclass's own fields, which __init__ would have set
            fill_defaults(x_article_entity_emoji, XArticleEntityEmoji)
        else:
            x_article_entity_emoji.__class__ = cls
        return x_article_entity_emoji


#: ``from_dict`` fills one of these, then makes it a XArticleEntityEmoji (types.unhooked).
_Unhooked = unhooked(XArticleEntityEmoji)


def _read_value(d: Mapping[str, Any]) -> XArticleEntityEmojiValue:
    value = XArticleEntityEmojiValue.from_dict(d["value"])

    return value


XArticleEntityEmoji._lazy_readers = lazy_readers(XArticleEntityEmoji, globals(), None)

from ..models.x_article_entity_emoji_value import XArticleEntityEmojiValue
