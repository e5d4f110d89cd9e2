from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="XArticleTextRange")


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleTextRange(Sourced):
    """
    Attributes:
        from_index (int): Inclusive start index in the block text.
        to_index (int): Exclusive end index in the block text. Must be greater than or equal to from_index and no
            greater than the block text length.
        text (str): Text represented by this metadata range.
    """

    from_index: int
    to_index: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        from_index = self.from_index

        to_index = self.to_index

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from_index": from_index,
                "to_index": to_index,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        from_index = d["from_index"]

        to_index = d["to_index"]

        text = d["text"]

        x_article_text_range = cls(
            from_index,
            to_index,
            text,
        )
        object.__setattr__(x_article_text_range, "_source", src_dict)  # a slot of Sourced, not an attrs field

        return x_article_text_range
