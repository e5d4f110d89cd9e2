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

from ..models.x_article_entity_markdown_value_mutability import (
    XArticleEntityMarkdownValueMutability,
)
from ..types import parse_enum

T = TypeVar("T", bound="XArticleEntityMarkdownValue")


@_attrs_define
class XArticleEntityMarkdownValue:
    """
    Attributes:
        type_ (Literal['markdown']):
        mutability (XArticleEntityMarkdownValueMutability):
        data (XArticleEntityMarkdownValueData):
    """

    type_: Literal["markdown"]
    mutability: XArticleEntityMarkdownValueMutability
    data: XArticleEntityMarkdownValueData

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
        type_ = cast(Literal["markdown"], d["type"])
        if type_ != "markdown":
            raise ValueError(f"type must match const 'markdown', got '{type_}'")

        mutability = parse_enum(XArticleEntityMarkdownValueMutability, d["mutability"])

        data = XArticleEntityMarkdownValueData.from_dict(d["data"])

        x_article_entity_markdown_value = cls(
            type_,
            mutability,
            data,
        )

        return x_article_entity_markdown_value


from ..models.x_article_entity_markdown_value_data import (
    XArticleEntityMarkdownValueData,
)
