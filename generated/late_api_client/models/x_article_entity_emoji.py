from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="XArticleEntityEmoji")


@_attrs_define
class XArticleEntityEmoji:
    """
    Attributes:
        key (str):
        value (XArticleEntityEmojiValue):
    """

    key: str
    value: XArticleEntityEmojiValue

    def to_dict(self) -> dict[str, Any]:
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

        value = XArticleEntityEmojiValue.from_dict(d["value"])

        x_article_entity_emoji = cls(
            key,
            value,
        )

        return x_article_entity_emoji


from ..models.x_article_entity_emoji_value import XArticleEntityEmojiValue
