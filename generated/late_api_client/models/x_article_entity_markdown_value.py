from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.x_article_entity_markdown_value_mutability import (
    XArticleEntityMarkdownValueMutability,
)
from ..types import (
    LazyFields,
    fill_defaults,
    lazy_readers,
    parse_enum,
    source_copy,
    unhooked,
)

T = TypeVar("T", bound="XArticleEntityMarkdownValue")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "mutability",
        "data",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleEntityMarkdownValue(LazyFields):
    """
    Attributes:
        type_ (Literal['markdown']):
        mutability (XArticleEntityMarkdownValueMutability):
        data (XArticleEntityMarkdownValueData):
    """

    type_: Literal["markdown"]
    mutability: XArticleEntityMarkdownValueMutability
    data: XArticleEntityMarkdownValueData

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, False)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        type_ = self.type_

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
        type_ = cast(Literal["markdown"], d["type"])
        if type_ != "markdown":
            raise ValueError(f"type must match const 'markdown', got '{type_}'")

        mutability = parse_enum(XArticleEntityMarkdownValueMutability, d["mutability"])

        if "data" not in d:
            raise KeyError("data")
        x_article_entity_markdown_value = object.__new__(
            _Unhooked if cls is XArticleEntityMarkdownValue else cls
        )
        x_article_entity_markdown_value.type_ = type_
        x_article_entity_markdown_value.mutability = mutability
        x_article_entity_markdown_value._source = d
        x_article_entity_markdown_value._changed = (
            cls is not XArticleEntityMarkdownValue
        )  # a subclass may set attributes unhooked
        if cls is not XArticleEntityMarkdownValue:  # a subclass's own fields, which __init__ would have set
            fill_defaults(x_article_entity_markdown_value, XArticleEntityMarkdownValue)
        else:
            x_article_entity_markdown_value.__class__ = cls
        return x_article_entity_markdown_value


#: ``from_dict`` fills one of these, then makes it a XArticleEntityMarkdownValue (types.unhooked).
_Unhooked = unhooked(XArticleEntityMarkdownValue)


def _read_data(d: Mapping[str, Any]) -> XArticleEntityMarkdownValueData:
    data = XArticleEntityMarkdownValueData.from_dict(d["data"])

    return data


XArticleEntityMarkdownValue._lazy_readers = lazy_readers(XArticleEntityMarkdownValue, globals(), None)

from ..models.x_article_entity_markdown_value_data import (
    XArticleEntityMarkdownValueData,
)
