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

T = TypeVar("T", bound="XArticleEntityVariant6")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "key",
        "value",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityVariant6(LazyFields):
    """
    Attributes:
        key (str):
        value (XArticleEntityVariant6Value):
    """

    key: str
    value: XArticleEntityVariant6Value

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
        x_article_entity_variant_6 = object.__new__(_Unhooked if cls is XArticleEntityVariant6 else cls)
        x_article_entity_variant_6.key = key
        x_article_entity_variant_6._source = d
        x_article_entity_variant_6._changed = (
            cls is not XArticleEntityVariant6
        )  # a subclass may set attributes unhooked
        if cls is not XArticleEntityVariant6:  # a subclass's own fields, which __init__ would have set
            fill_defaults(x_article_entity_variant_6, XArticleEntityVariant6)
        else:
            x_article_entity_variant_6.__class__ = cls
        return x_article_entity_variant_6


#: ``from_dict`` fills one of these, then makes it a XArticleEntityVariant6 (types.unhooked).
_Unhooked = unhooked(XArticleEntityVariant6)


def _read_value(d: Mapping[str, Any]) -> XArticleEntityVariant6Value:
    value = XArticleEntityVariant6Value.from_dict(d["value"])

    return value


XArticleEntityVariant6._lazy_readers = lazy_readers(XArticleEntityVariant6, globals(), None)

from ..models.x_article_entity_variant_6_value import XArticleEntityVariant6Value
