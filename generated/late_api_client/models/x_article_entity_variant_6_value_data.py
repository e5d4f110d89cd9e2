from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="XArticleEntityVariant6ValueData")


@_attrs_define
class XArticleEntityVariant6ValueData:
    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        x_article_entity_variant_6_value_data = cls()

        return x_article_entity_variant_6_value_data
