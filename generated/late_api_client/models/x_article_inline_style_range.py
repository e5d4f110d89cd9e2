from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.x_article_inline_style_range_style import XArticleInlineStyleRangeStyle
from ..types import (
    Sourced,
    parse_enum,
)

T = TypeVar("T", bound="XArticleInlineStyleRange")


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleInlineStyleRange(Sourced):
    """The offset plus length must not exceed the containing block's text length.

    Attributes:
        offset (int):
        length (int):
        style (XArticleInlineStyleRangeStyle):
    """

    offset: int
    length: int
    style: XArticleInlineStyleRangeStyle

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        length = self.length

        style = self.style.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "offset": offset,
                "length": length,
                "style": style,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        offset = d["offset"]

        length = d["length"]

        style = parse_enum(XArticleInlineStyleRangeStyle, d["style"])

        x_article_inline_style_range = cls(
            offset,
            length,
            style,
        )
        object.__setattr__(
            x_article_inline_style_range, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        return x_article_inline_style_range
