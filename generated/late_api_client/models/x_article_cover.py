from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Sourced,
    source_of,
)

T = TypeVar("T", bound="XArticleCover")


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleCover(Sourced):
    """
    Attributes:
        url (str): Public JPG, JPEG, PNG, or WebP URL. GIF, MP4, AVIF, extensionless URLs, and caller-supplied native
            media IDs are rejected.
        alt_text (str | None):
    """

    url: str
    alt_text: str | None = None

    @property
    def altText(self) -> str | None:
        """``alt_text`` under its wire name, as the Late docs spell it."""
        return self.alt_text

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        alt_text = self.alt_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        source = source_of(self)
        if alt_text is not None or "altText" in source:
            field_dict["altText"] = alt_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        url = d["url"]

        alt_text = d.get("altText", UNSET)

        x_article_cover = cls(
            url,
            alt_text,
        )
        object.__setattr__(x_article_cover, "_source", src_dict)  # a slot of Sourced, not an attrs field

        return x_article_cover
