from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="XArticleEntityVariant6")


@_attrs_define
class XArticleEntityVariant6:
    """
    Attributes:
        key (str):
        value (XArticleEntityVariant6Value):
    """

    key: str
    value: XArticleEntityVariant6Value

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        key = d["key"]

        value = XArticleEntityVariant6Value.from_dict(d["value"])

        x_article_entity_variant_6 = cls(
            key,
            value,
        )

        return x_article_entity_variant_6


from ..models.x_article_entity_variant_6_value import XArticleEntityVariant6Value
