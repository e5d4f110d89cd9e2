from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.x_article_entity_variant_6_value_mutability import (
    XArticleEntityVariant6ValueMutability,
)
from ..models.x_article_entity_variant_6_value_type import (
    XArticleEntityVariant6ValueType,
)
from ..types import parse_enum

T = TypeVar("T", bound="XArticleEntityVariant6Value")


@_attrs_define
class XArticleEntityVariant6Value:
    """
    Attributes:
        type_ (XArticleEntityVariant6ValueType):
        mutability (XArticleEntityVariant6ValueMutability):
        data (XArticleEntityVariant6ValueData):
    """

    type_: XArticleEntityVariant6ValueType
    mutability: XArticleEntityVariant6ValueMutability
    data: XArticleEntityVariant6ValueData

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

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
        type_ = parse_enum(XArticleEntityVariant6ValueType, d["type"])

        mutability = parse_enum(XArticleEntityVariant6ValueMutability, d["mutability"])

        data = XArticleEntityVariant6ValueData.from_dict(d["data"])

        x_article_entity_variant_6_value = cls(
            type_,
            mutability,
            data,
        )

        return x_article_entity_variant_6_value


from ..models.x_article_entity_variant_6_value_data import (
    XArticleEntityVariant6ValueData,
)
