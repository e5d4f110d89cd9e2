from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="XArticleEntityMarkdownValueData")


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityMarkdownValueData(Sourced):
    """
    Attributes:
        markdown (str):
    """

    markdown: str

    def to_dict(self) -> dict[str, Any]:
        markdown = self.markdown

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "markdown": markdown,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        markdown = d["markdown"]

        x_article_entity_markdown_value_data = cls(
            markdown,
        )
        object.__setattr__(
            x_article_entity_markdown_value_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        return x_article_entity_markdown_value_data
