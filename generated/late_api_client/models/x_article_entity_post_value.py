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

from ..models.x_article_entity_post_value_mutability import (
    XArticleEntityPostValueMutability,
)
from ..types import parse_enum

T = TypeVar("T", bound="XArticleEntityPostValue")


@_attrs_define
class XArticleEntityPostValue:
    """
    Attributes:
        type_ (Literal['post']):
        mutability (XArticleEntityPostValueMutability):
        data (XArticleEntityPostValueData):
    """

    type_: Literal["post"]
    mutability: XArticleEntityPostValueMutability
    data: XArticleEntityPostValueData

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
        type_ = cast(Literal["post"], d["type"])
        if type_ != "post":
            raise ValueError(f"type must match const 'post', got '{type_}'")

        mutability = parse_enum(XArticleEntityPostValueMutability, d["mutability"])

        data = XArticleEntityPostValueData.from_dict(d["data"])

        x_article_entity_post_value = cls(
            type_,
            mutability,
            data,
        )

        return x_article_entity_post_value


from ..models.x_article_entity_post_value_data import XArticleEntityPostValueData
