from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.x_article_entity_variant_6_value_mutability import (
    XArticleEntityVariant6ValueMutability,
)
from ..models.x_article_entity_variant_6_value_type import (
    XArticleEntityVariant6ValueType,
)
from ..types import (
    LazyFields,
    fill_defaults,
    lazy_readers,
    parse_enum,
    source_copy,
    unhooked,
)

T = TypeVar("T", bound="XArticleEntityVariant6Value")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "mutability",
        "data",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityVariant6Value(LazyFields):
    """
    Attributes:
        type_ (XArticleEntityVariant6ValueType):
        mutability (XArticleEntityVariant6ValueMutability):
        data (XArticleEntityVariant6ValueData):
    """

    type_: XArticleEntityVariant6ValueType
    mutability: XArticleEntityVariant6ValueMutability
    data: XArticleEntityVariant6ValueData

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, False)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        type_ = self.type_.value

        mutability = self.mutability.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "mutability": mutability,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        type_ = parse_enum(XArticleEntityVariant6ValueType, d["type"])

        mutability = parse_enum(XArticleEntityVariant6ValueMutability, d["mutability"])

        if "data" not in d:
            raise KeyError("data")
        x_article_entity_variant_6_value = object.__new__(
            _Unhooked if cls is XArticleEntityVariant6Value else cls
        )
        x_article_entity_variant_6_value.type_ = type_
        x_article_entity_variant_6_value.mutability = mutability
        x_article_entity_variant_6_value._source = d
        x_article_entity_variant_6_value._changed = (
            cls is not XArticleEntityVariant6Value
        )  # a subclass may set attributes unhooked
        if cls is not XArticleEntityVariant6Value:  # a subclass's own fields, which __init__ would have set
            fill_defaults(x_article_entity_variant_6_value, XArticleEntityVariant6Value)
        else:
            x_article_entity_variant_6_value.__class__ = cls
        return x_article_entity_variant_6_value


#: ``from_dict`` fills one of these, then makes it a XArticleEntityVariant6Value (types.unhooked).
_Unhooked = unhooked(XArticleEntityVariant6Value)


def _read_data(d: Mapping[str, Any]) -> XArticleEntityVariant6ValueData:
    data = XArticleEntityVariant6ValueData.from_dict(d["data"])

    return data


XArticleEntityVariant6Value._lazy_readers = lazy_readers(XArticleEntityVariant6Value, globals(), None)

from ..models.x_article_entity_variant_6_value_data import (
    XArticleEntityVariant6ValueData,
)
