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
        d = src_dict
        _cashtags = d.get("cashtags", UNSET)
        cashtags: list[XArticleTextRange] | Unset = UNSET
        if _cashtags is not UNSET:
            cashtags = [XArticleTextRange.from_dict(cashtags_item_data) for cashtags_item_data in _cashtags]

        _hashtags = d.get("hashtags", UNSET)
        hashtags: list[XArticleTextRange] | Unset = UNSET
        if _hashtags is not UNSET:
            hashtags = [XArticleTextRange.from_dict(hashtags_item_data) for hashtags_item_data in _hashtags]

        _mentions = d.get("mentions", UNSET)
        mentions: list[XArticleTextRange] | Unset = UNSET
        if _mentions is not UNSET:
            mentions = [XArticleTextRange.from_dict(mentions_item_data) for mentions_item_data in _mentions]

        _urls = d.get("urls", UNSET)
        urls: list[XArticleTextRange] | Unset = UNSET
        if _urls is not UNSET:
            urls = [XArticleTextRange.from_dict(urls_item_data) for urls_item_data in _urls]

        x_article_block_data = cls(
            cashtags,
            hashtags,
            mentions,
            urls,
        )

        return x_article_block_data


from ..models.x_article_text_range import XArticleTextRange
