from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    LazyFields,
    as_mapping,
    fill_defaults,
    lazy_readers,
    read_all,
    source_copy,
    unhooked,
)

T = TypeVar("T", bound="XArticleContentState")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "blocks",
        "entities",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class XArticleContentState(LazyFields):
    """X's snake_case content-state shape. Standard DraftJS camelCase fields such as entityMap, inlineStyleRanges, and
    entityRanges are rejected.

        Attributes:
            blocks (list[XArticleBlock]):
            entities (list[XArticleEntityEmoji | XArticleEntityImage | XArticleEntityLink | XArticleEntityMarkdown |
                XArticleEntityPost | XArticleEntityVariant6]):
    """

    blocks: list[XArticleBlock]
    entities: list[
        XArticleEntityEmoji
        | XArticleEntityImage
        | XArticleEntityLink
        | XArticleEntityMarkdown
        | XArticleEntityPost
        | XArticleEntityVariant6
    ]

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, False)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item = blocks_item_data.to_dict()
            blocks.append(blocks_item)

        entities = []
        for entities_item_data in self.entities:
            entities_item: dict[str, Any]
            if (
                isinstance(entities_item_data, XArticleEntityPost)
                or isinstance(entities_item_data, XArticleEntityLink)
                or isinstance(entities_item_data, XArticleEntityImage)
                or isinstance(entities_item_data, XArticleEntityEmoji)
                or isinstance(entities_item_data, XArticleEntityMarkdown)
            ):
                entities_item = entities_item_data.to_dict()
            else:
                entities_item = entities_item_data.to_dict()

            entities.append(entities_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "blocks": blocks,
                "entities": entities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        if "blocks" not in d:
            raise KeyError("blocks")
        if "entities" not in d:
            raise KeyError("entities")
        x_article_content_state = object.__new__(_Unhooked if cls is XArticleContentState else cls)
        x_article_content_state._source = as_mapping(d)
        x_article_content_state._changed = (
            cls is not XArticleContentState
        )  # a subclass may set attributes unhooked
        if cls is not XArticleContentState:  # a subclass's own fields, which __init__ would have set
            fill_defaults(x_article_content_state, XArticleContentState)
        else:
            x_article_content_state.__class__ = cls
        return x_article_content_state


#: ``from_dict`` fills one of these, then makes it a XArticleContentState (types.unhooked).
_Unhooked = unhooked(XArticleContentState)


def _read_blocks(d: Mapping[str, Any]) -> list[XArticleBlock]:
    blocks = []
    _blocks = d["blocks"]
    for blocks_item_data in _blocks:
        blocks_item = XArticleBlock.from_dict(blocks_item_data)

        blocks.append(blocks_item)

    return blocks


def _read_entities(
    d: Mapping[str, Any],
) -> list[
    XArticleEntityEmoji
    | XArticleEntityImage
    | XArticleEntityLink
    | XArticleEntityMarkdown
    | XArticleEntityPost
    | XArticleEntityVariant6
]:
    entities = []
    _entities = d["entities"]
    for entities_item_data in _entities:

        def _parse_entities_item(
            data: object,
        ) -> (
            XArticleEntityEmoji
            | XArticleEntityImage
            | XArticleEntityLink
            | XArticleEntityMarkdown
            | XArticleEntityPost
            | XArticleEntityVariant6
        ):
            if isinstance(data, dict):
                try:
                    componentsschemas_x_article_entity_type_0 = XArticleEntityPost.from_dict(data)

                    read_all(componentsschemas_x_article_entity_type_0)
                    return componentsschemas_x_article_entity_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_x_article_entity_type_1 = XArticleEntityLink.from_dict(data)

                    read_all(componentsschemas_x_article_entity_type_1)
                    return componentsschemas_x_article_entity_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_x_article_entity_type_2 = XArticleEntityImage.from_dict(data)

                    read_all(componentsschemas_x_article_entity_type_2)
                    return componentsschemas_x_article_entity_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_x_article_entity_type_3 = XArticleEntityEmoji.from_dict(data)

                    read_all(componentsschemas_x_article_entity_type_3)
                    return componentsschemas_x_article_entity_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(data, dict):
                try:
                    componentsschemas_x_article_entity_type_4 = XArticleEntityMarkdown.from_dict(data)

                    read_all(componentsschemas_x_article_entity_type_4)
                    return componentsschemas_x_article_entity_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_x_article_entity_type_5 = XArticleEntityVariant6.from_dict(data)

            read_all(componentsschemas_x_article_entity_type_5)
            return componentsschemas_x_article_entity_type_5

        entities_item = _parse_entities_item(entities_item_data)

        entities.append(entities_item)

    return entities


XArticleContentState._lazy_readers = lazy_readers(XArticleContentState, globals(), None)

from ..models.x_article_block import XArticleBlock
from ..models.x_article_entity_emoji import XArticleEntityEmoji
from ..models.x_article_entity_image import XArticleEntityImage
from ..models.x_article_entity_link import XArticleEntityLink
from ..models.x_article_entity_markdown import XArticleEntityMarkdown
from ..models.x_article_entity_post import XArticleEntityPost
from ..models.x_article_entity_variant_6 import XArticleEntityVariant6
