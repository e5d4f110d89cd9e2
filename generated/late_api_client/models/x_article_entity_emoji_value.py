from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.x_article_entity_emoji_value_mutability import (
    XArticleEntityEmojiValueMutability,
)
from ..types import parse_enum

T = TypeVar("T", bound="XArticleEntityEmojiValue")


@_attrs_define
class XArticleEntityEmojiValue:
    """
    Attributes:
        type_ (Literal['emoji']):
        mutability (XArticleEntityEmojiValueMutability):
        data (XArticleEntityEmojiValueData):
    """

    type_: Literal["emoji"]
    mutability: XArticleEntityEmojiValueMutability
    data: XArticleEntityEmojiValueData

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        mutability = self.mutability.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "mutability": mutability,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        type_ = cast(Literal["emoji"], d["type"])
        if type_ != "emoji":
            raise ValueError(f"type must match const 'emoji', got '{type_}'")

        mutability = parse_enum(XArticleEntityEmojiValueMutability, d["mutability"])

        data = XArticleEntityEmojiValueData.from_dict(d["data"])

        x_article_entity_emoji_value = cls(
            type_,
            mutability,
            data,
        )

        return x_article_entity_emoji_value


from ..models.x_article_entity_emoji_value_data import XArticleEntityEmojiValueData
