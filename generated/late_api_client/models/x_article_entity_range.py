from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="XArticleEntityRange")


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityRange(Sourced):
    """The referenced entity must exist, and offset plus length must not exceed the containing block's text length.

    Attributes:
        key (int): Zero-based index into content_state.entities.
        offset (int):
        length (int):
    """

    key: int
    offset: int
    length: int

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        offset = self.offset

        length = self.length

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "offset": offset,
                "length": length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        key = d["key"]

        offset = d["offset"]

        length = d["length"]

        x_article_entity_range = cls(
            key,
            offset,
            length,
        )
        object.__setattr__(
            x_article_entity_range, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        return x_article_entity_range
