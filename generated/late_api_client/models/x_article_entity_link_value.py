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

from ..models.x_article_entity_link_value_mutability import (
    XArticleEntityLinkValueMutability,
)
from ..types import parse_enum

T = TypeVar("T", bound="XArticleEntityLinkValue")


@_attrs_define
class XArticleEntityLinkValue:
    """
    Attributes:
        type_ (Literal['link']):
        mutability (XArticleEntityLinkValueMutability):
        data (XArticleEntityLinkValueData):
    """

    type_: Literal["link"]
    mutability: XArticleEntityLinkValueMutability
    data: XArticleEntityLinkValueData

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
        type_ = cast(Literal["link"], d["type"])
        if type_ != "link":
            raise ValueError(f"type must match const 'link', got '{type_}'")

        mutability = parse_enum(XArticleEntityLinkValueMutability, d["mutability"])

        data = XArticleEntityLinkValueData.from_dict(d["data"])

        x_article_entity_link_value = cls(
            type_,
            mutability,
            data,
        )

        return x_article_entity_link_value


from ..models.x_article_entity_link_value_data import XArticleEntityLinkValueData
