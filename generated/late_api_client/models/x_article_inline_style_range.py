from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.x_article_inline_style_range_style import XArticleInlineStyleRangeStyle

T = TypeVar("T", bound="XArticleInlineStyleRange")


@_attrs_define
class XArticleInlineStyleRange:
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
        d = dict(src_dict)
        offset = d.pop("offset")

        length = d.pop("length")

        style = XArticleInlineStyleRangeStyle(d.pop("style"))

        x_article_inline_style_range = cls(
            offset=offset,
            length=length,
            style=style,
        )

        return x_article_inline_style_range
