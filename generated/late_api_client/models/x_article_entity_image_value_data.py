from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Sourced,
    source_of,
)

T = TypeVar("T", bound="XArticleEntityImageValueData")


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityImageValueData(Sourced):
    """
    Attributes:
        url (str): Public image, GIF, or MP4 URL. Zernio uploads it to X and replaces it with native media metadata.
            Caller-supplied media IDs are rejected.
        caption (str | None):
        alt_text (str | None): Supported for image and GIF URLs; rejected for MP4 media.
    """

    url: str
    caption: str | None = None
    alt_text: str | None = None

    @property
    def altText(self) -> str | None:
        """``alt_text`` under its wire name, as the Late docs spell it."""
        return self.alt_text

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        caption = self.caption

        alt_text = self.alt_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        source = source_of(self)
        if caption is not None or "caption" in source:
            field_dict["caption"] = caption
        if alt_text is not None or "altText" in source:
            field_dict["altText"] = alt_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        url = d["url"]

        caption = d.get("caption", UNSET)

        alt_text = d.get("altText", UNSET)

        x_article_entity_image_value_data = cls(
            url,
            caption,
            alt_text,
        )
        object.__setattr__(
            x_article_entity_image_value_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        return x_article_entity_image_value_data
