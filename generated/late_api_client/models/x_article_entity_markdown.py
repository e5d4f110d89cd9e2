from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="XArticleEntityMarkdown")


@_attrs_define
class XArticleEntityMarkdown:
    """
    Attributes:
        key (str):
        value (XArticleEntityMarkdownValue):
    """

    key: str
    value: XArticleEntityMarkdownValue

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

        value = XArticleEntityMarkdownValue.from_dict(d["value"])

        x_article_entity_markdown = cls(
            key,
            value,
        )

        return x_article_entity_markdown


from ..models.x_article_entity_markdown_value import XArticleEntityMarkdownValue
