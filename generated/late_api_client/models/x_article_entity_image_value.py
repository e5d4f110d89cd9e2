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

from ..models.x_article_entity_image_value_mutability import (
    XArticleEntityImageValueMutability,
)
from ..types import parse_enum

T = TypeVar("T", bound="XArticleEntityImageValue")


@_attrs_define
class XArticleEntityImageValue:
    """
    Attributes:
        type_ (Literal['image']):
        mutability (XArticleEntityImageValueMutability):
        data (XArticleEntityImageValueData):
    """

    type_: Literal["image"]
    mutability: XArticleEntityImageValueMutability
    data: XArticleEntityImageValueData

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
        type_ = cast(Literal["image"], d["type"])
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        mutability = parse_enum(XArticleEntityImageValueMutability, d["mutability"])

        data = XArticleEntityImageValueData.from_dict(d["data"])

        x_article_entity_image_value = cls(
            type_,
            mutability,
            data,
        )

        return x_article_entity_image_value


from ..models.x_article_entity_image_value_data import XArticleEntityImageValueData
