from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="XArticleBlockData")


@_attrs_define
class XArticleBlockData:
    """
    Attributes:
        cashtags (list[XArticleTextRange] | Unset):
        hashtags (list[XArticleTextRange] | Unset):
        mentions (list[XArticleTextRange] | Unset):
        urls (list[XArticleTextRange] | Unset):
    """

    cashtags: list[XArticleTextRange] | Unset = UNSET
    hashtags: list[XArticleTextRange] | Unset = UNSET
    mentions: list[XArticleTextRange] | Unset = UNSET
    urls: list[XArticleTextRange] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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
        if cashtags is not UNSET:
            field_dict["cashtags"] = cashtags
        if hashtags is not UNSET:
            field_dict["hashtags"] = hashtags
        if mentions is not UNSET:
            field_dict["mentions"] = mentions
        if urls is not UNSET:
            field_dict["urls"] = urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _cashtags = d.pop("cashtags", UNSET)
        cashtags: list[XArticleTextRange] | Unset = UNSET
        if _cashtags is not UNSET:
            cashtags = []
            for cashtags_item_data in _cashtags:
                cashtags_item = XArticleTextRange.from_dict(cashtags_item_data)

                cashtags.append(cashtags_item)

        _hashtags = d.pop("hashtags", UNSET)
        hashtags: list[XArticleTextRange] | Unset = UNSET
        if _hashtags is not UNSET:
            hashtags = []
            for hashtags_item_data in _hashtags:
                hashtags_item = XArticleTextRange.from_dict(hashtags_item_data)

                hashtags.append(hashtags_item)

        _mentions = d.pop("mentions", UNSET)
        mentions: list[XArticleTextRange] | Unset = UNSET
        if _mentions is not UNSET:
            mentions = []
            for mentions_item_data in _mentions:
                mentions_item = XArticleTextRange.from_dict(mentions_item_data)

                mentions.append(mentions_item)

        _urls = d.pop("urls", UNSET)
        urls: list[XArticleTextRange] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = XArticleTextRange.from_dict(urls_item_data)

                urls.append(urls_item)

        x_article_block_data = cls(
            cashtags=cashtags,
            hashtags=hashtags,
            mentions=mentions,
            urls=urls,
        )

        return x_article_block_data


from ..models.x_article_text_range import XArticleTextRange
