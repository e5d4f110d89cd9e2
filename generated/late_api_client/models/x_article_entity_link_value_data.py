from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="XArticleEntityLinkValueData")


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityLinkValueData(Sourced):
    """
    Attributes:
        url (str):
    """

    url: str

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        url = d["url"]

        x_article_entity_link_value_data = cls(
            url,
        )
        object.__setattr__(
            x_article_entity_link_value_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        return x_article_entity_link_value_data
