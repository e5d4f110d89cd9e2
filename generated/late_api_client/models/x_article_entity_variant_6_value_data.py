from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="XArticleEntityVariant6ValueData")


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityVariant6ValueData(Sourced):
    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        x_article_entity_variant_6_value_data = cls()
        object.__setattr__(
            x_article_entity_variant_6_value_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        return x_article_entity_variant_6_value_data
