from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="XArticleEntityPostValueData")


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityPostValueData(Sourced):
    """
    Attributes:
        post_id (str):
    """

    post_id: str

    def to_dict(self) -> dict[str, Any]:
        post_id = self.post_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "post_id": post_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        post_id = d["post_id"]

        x_article_entity_post_value_data = cls(
            post_id,
        )
        object.__setattr__(
            x_article_entity_post_value_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        return x_article_entity_post_value_data
