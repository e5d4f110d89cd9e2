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
        d = dict(src_dict)
        type_ = cast(Literal["image"], d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        mutability = XArticleEntityImageValueMutability(d.pop("mutability"))

        data = XArticleEntityImageValueData.from_dict(d.pop("data"))

        x_article_entity_image_value = cls(
            type_=type_,
            mutability=mutability,
            data=data,
        )

        return x_article_entity_image_value


from ..models.x_article_entity_image_value_data import XArticleEntityImageValueData
