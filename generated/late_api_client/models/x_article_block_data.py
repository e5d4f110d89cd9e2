from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    as_mapping,
    fill_defaults,
    lazy_readers,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="XArticleBlockData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "cashtags",
        "hashtags",
        "mentions",
        "urls",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleBlockData(LazyFields):
    """
    Attributes:
        cashtags (list[XArticleTextRange] | None):
        hashtags (list[XArticleTextRange] | None):
        mentions (list[XArticleTextRange] | None):
        urls (list[XArticleTextRange] | None):
    """

    cashtags: list[XArticleTextRange] | None = None
    hashtags: list[XArticleTextRange] | None = None
    mentions: list[XArticleTextRange] | None = None
    urls: list[XArticleTextRange] | None = None

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, False)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        cashtags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cashtags, Unset):
            cashtags = []
            for cashtags_item_data in self.cashtags:
                cashtags_item = cashtags_item_data.to_dict()
                cashtags.append(cashtags_item)

        hashtags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hashtags, Unset):
            hashtags = []
            for hashtags_item_data in self.hashtags:
                hashtags_item = hashtags_item_data.to_dict()
                hashtags.append(hashtags_item)

        mentions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mentions, Unset):
            mentions = []
            for mentions_item_data in self.mentions:
                mentions_item = mentions_item_data.to_dict()
                mentions.append(mentions_item)

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        source = source_of(self)
        if cashtags is not None or "cashtags" in source:
            field_dict["cashtags"] = cashtags
        if hashtags is not None or "hashtags" in source:
            field_dict["hashtags"] = hashtags
        if mentions is not None or "mentions" in source:
            field_dict["mentions"] = mentions
        if urls is not None or "urls" in source:
            field_dict["urls"] = urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        x_article_block_data = object.__new__(_Unhooked if cls is XArticleBlockData else cls)
        if "cashtags" not in d:  # nothing to build later
            x_article_block_data.cashtags = UNSET
        if "hashtags" not in d:  # nothing to build later
            x_article_block_data.hashtags = UNSET
        if "mentions" not in d:  # nothing to build later
            x_article_block_data.mentions = UNSET
        if "urls" not in d:  # nothing to build later
            x_article_block_data.urls = UNSET
        x_article_block_data._source = as_mapping(d)
        x_article_block_data._changed = cls is not XArticleBlockData  # a subclass may set attributes unhooked
        if cls is not XArticleBlockData:  # a subclass's own fields, which __init__ would have set
            fill_defaults(x_article_block_data, XArticleBlockData)
        else:
            x_article_block_data.__class__ = cls
        return x_article_block_data


#: ``from_dict`` fills one of these, then makes it a XArticleBlockData (types.unhooked).
_Unhooked = unhooked(XArticleBlockData)


def _read_cashtags(d: Mapping[str, Any]) -> list[XArticleTextRange] | Unset:
    _cashtags = d.get("cashtags", UNSET)
    cashtags: list[XArticleTextRange] | Unset = UNSET
    if _cashtags is not UNSET:
        cashtags = [XArticleTextRange.from_dict(cashtags_item_data) for cashtags_item_data in _cashtags]

    return cashtags


def _read_hashtags(d: Mapping[str, Any]) -> list[XArticleTextRange] | Unset:
    _hashtags = d.get("hashtags", UNSET)
    hashtags: list[XArticleTextRange] | Unset = UNSET
    if _hashtags is not UNSET:
        hashtags = [XArticleTextRange.from_dict(hashtags_item_data) for hashtags_item_data in _hashtags]

    return hashtags


def _read_mentions(d: Mapping[str, Any]) -> list[XArticleTextRange] | Unset:
    _mentions = d.get("mentions", UNSET)
    mentions: list[XArticleTextRange] | Unset = UNSET
    if _mentions is not UNSET:
        mentions = [XArticleTextRange.from_dict(mentions_item_data) for mentions_item_data in _mentions]

    return mentions


def _read_urls(d: Mapping[str, Any]) -> list[XArticleTextRange] | Unset:
    _urls = d.get("urls", UNSET)
    urls: list[XArticleTextRange] | Unset = UNSET
    if _urls is not UNSET:
        urls = [XArticleTextRange.from_dict(urls_item_data) for urls_item_data in _urls]

    return urls


XArticleBlockData._lazy_readers = lazy_readers(XArticleBlockData, globals(), None)

from ..models.x_article_text_range import XArticleTextRange
