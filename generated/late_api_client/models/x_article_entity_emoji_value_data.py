from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="XArticleEntityEmojiValueData")


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityEmojiValueData(Sourced):
    """
    Attributes:
        entity_key (str):
    """

    entity_key: str

    def to_dict(self) -> dict[str, Any]:
        entity_key = self.entity_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entity_key": entity_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        entity_key = d["entity_key"]

        x_article_entity_emoji_value_data = cls(
            entity_key,
        )
        object.__setattr__(
            x_article_entity_emoji_value_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        return x_article_entity_emoji_value_data
