from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    LazyFields,
    fill_defaults,
    lazy_readers,
    source_copy,
    unhooked,
)

T = TypeVar("T", bound="XArticleEntityImage")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "key",
        "value",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityImage(LazyFields):
    """
    Attributes:
        key (str):
        value (XArticleEntityImageValue):
    """

    key: str
    value: XArticleEntityImageValue

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, False)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
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

        if "value" not in d:
            raise KeyError("value")
        x_article_entity_image = object.__new__(_Unhooked if cls is XArticleEntityImage else cls)
        x_article_entity_image.key = key
        x_article_entity_image._source = d
        x_article_entity_image._changed = (
            cls is not XArticleEntityImage
        )  # a subclass may set attributes unhooked
        if cls is not XArticleEntityImage:  # a subclass's own fields, which __init__ would have set
            fill_defaults(x_article_entity_image, XArticleEntityImage)
        else:
            x_article_entity_image.__class__ = cls
        return x_article_entity_image


#: ``from_dict`` fills one of these, then makes it a XArticleEntityImage (types.unhooked).
_Unhooked = unhooked(XArticleEntityImage)


def _read_value(d: Mapping[str, Any]) -> XArticleEntityImageValue:
    value = XArticleEntityImageValue.from_dict(d["value"])

    return value


XArticleEntityImage._lazy_readers = lazy_readers(XArticleEntityImage, globals(), None)

from ..models.x_article_entity_image_value import XArticleEntityImageValue
