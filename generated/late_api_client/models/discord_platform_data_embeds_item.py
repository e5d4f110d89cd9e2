from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    fill_defaults,
    lazy_readers,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="DiscordPlatformDataEmbedsItem")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "title",
        "description",
        "url",
        "color",
        "image",
        "thumbnail",
        "footer",
        "author",
        "fields",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class DiscordPlatformDataEmbedsItem(LazyFields):
    """
    Attributes:
        title (str | None): Embed title (max 256 chars)
        description (str | None): Embed body text (max 4,096 chars)
        url (str | None): URL the title links to
        color (int | None): Embed accent color as decimal integer (e.g. 5814783 for blue). Convert hex to decimal.
        image (DiscordPlatformDataEmbedsItemImage | None):
        thumbnail (DiscordPlatformDataEmbedsItemThumbnail | None):
        footer (DiscordPlatformDataEmbedsItemFooter | None):
        author (DiscordPlatformDataEmbedsItemAuthor | None):
        fields (list[DiscordPlatformDataEmbedsItemFieldsItem] | None): Up to 25 fields per embed
    """

    title: str | None = None
    description: str | None = None
    url: str | None = None
    color: int | None = None
    image: DiscordPlatformDataEmbedsItemImage | None = None
    thumbnail: DiscordPlatformDataEmbedsItemThumbnail | None = None
    footer: DiscordPlatformDataEmbedsItemFooter | None = None
    author: DiscordPlatformDataEmbedsItemAuthor | None = None
    fields: list[DiscordPlatformDataEmbedsItemFieldsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        title = self.title

        description = self.description

        url = self.url

        color = self.color

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        footer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.footer, Unset):
            footer = self.footer.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if title is not None or "title" in source:
            field_dict["title"] = title
        if description is not None or "description" in source:
            field_dict["description"] = description
        if url is not None or "url" in source:
            field_dict["url"] = url
        if color is not None or "color" in source:
            field_dict["color"] = color
        if image is not None or "image" in source:
            field_dict["image"] = image
        if thumbnail is not None or "thumbnail" in source:
            field_dict["thumbnail"] = thumbnail
        if footer is not None or "footer" in source:
            field_dict["footer"] = footer
        if author is not None or "author" in source:
            field_dict["author"] = author
        if fields is not None or "fields" in source:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        title = d.get("title", UNSET)

        description = d.get("description", UNSET)

        url = d.get("url", UNSET)

        color = d.get("color", UNSET)

        discord_platform_data_embeds_item = object.__new__(
            _Unhooked if cls is DiscordPlatformDataEmbedsItem else cls
        )
        discord_platform_data_embeds_item.title = title
        discord_platform_data_embeds_item.description = description
        discord_platform_data_embeds_item.url = url
        discord_platform_data_embeds_item.color = color
        if "image" not in d:  # nothing to build later
            discord_platform_data_embeds_item.image = UNSET
        if "thumbnail" not in d:  # nothing to build later
            discord_platform_data_embeds_item.thumbnail = UNSET
        if "footer" not in d:  # nothing to build later
            discord_platform_data_embeds_item.footer = UNSET
        if "author" not in d:  # nothing to build later
            discord_platform_data_embeds_item.author = UNSET
        if "fields" not in d:  # nothing to build later
            discord_platform_data_embeds_item.fields = UNSET
        discord_platform_data_embeds_item._source = d
        discord_platform_data_embeds_item._changed = (
            cls is not DiscordPlatformDataEmbedsItem
        )  # a subclass may set attributes unhooked
        if cls is not DiscordPlatformDataEmbedsItem:  # a subclass's own fields, which __init__ would have set
            fill_defaults(discord_platform_data_embeds_item, DiscordPlatformDataEmbedsItem)
        else:
            discord_platform_data_embeds_item.__class__ = cls
        return discord_platform_data_embeds_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


#: ``from_dict`` fills one of these, then makes it a DiscordPlatformDataEmbedsItem (types.unhooked).
_Unhooked = unhooked(DiscordPlatformDataEmbedsItem)


def _read_image(d: Mapping[str, Any]) -> DiscordPlatformDataEmbedsItemImage | Unset:
    _image = d.get("image", UNSET)
    image: DiscordPlatformDataEmbedsItemImage | Unset
    if _image is UNSET:
        image = UNSET
    else:
        image = DiscordPlatformDataEmbedsItemImage.from_dict(_image)

    return image


def _read_thumbnail(d: Mapping[str, Any]) -> DiscordPlatformDataEmbedsItemThumbnail | Unset:
    _thumbnail = d.get("thumbnail", UNSET)
    thumbnail: DiscordPlatformDataEmbedsItemThumbnail | Unset
    if _thumbnail is UNSET:
        thumbnail = UNSET
    else:
        thumbnail = DiscordPlatformDataEmbedsItemThumbnail.from_dict(_thumbnail)

    return thumbnail


def _read_footer(d: Mapping[str, Any]) -> DiscordPlatformDataEmbedsItemFooter | Unset:
    _footer = d.get("footer", UNSET)
    footer: DiscordPlatformDataEmbedsItemFooter | Unset
    if _footer is UNSET:
        footer = UNSET
    else:
        footer = DiscordPlatformDataEmbedsItemFooter.from_dict(_footer)

    return footer


def _read_author(d: Mapping[str, Any]) -> DiscordPlatformDataEmbedsItemAuthor | Unset:
    _author = d.get("author", UNSET)
    author: DiscordPlatformDataEmbedsItemAuthor | Unset
    if _author is UNSET:
        author = UNSET
    else:
        author = DiscordPlatformDataEmbedsItemAuthor.from_dict(_author)

    return author


def _read_fields(d: Mapping[str, Any]) -> list[DiscordPlatformDataEmbedsItemFieldsItem] | Unset:
    _fields = d.get("fields", UNSET)
    fields: list[DiscordPlatformDataEmbedsItemFieldsItem] | Unset = UNSET
    if _fields is not UNSET:
        fields = [
            DiscordPlatformDataEmbedsItemFieldsItem.from_dict(fields_item_data)
            for fields_item_data in _fields
        ]

    return fields


DiscordPlatformDataEmbedsItem._lazy_readers = lazy_readers(
    DiscordPlatformDataEmbedsItem, globals(), _PROPERTY_NAMES
)

from ..models.discord_platform_data_embeds_item_author import (
    DiscordPlatformDataEmbedsItemAuthor,
)
from ..models.discord_platform_data_embeds_item_fields_item import (
    DiscordPlatformDataEmbedsItemFieldsItem,
)
from ..models.discord_platform_data_embeds_item_footer import (
    DiscordPlatformDataEmbedsItemFooter,
)
from ..models.discord_platform_data_embeds_item_image import (
    DiscordPlatformDataEmbedsItemImage,
)
from ..models.discord_platform_data_embeds_item_thumbnail import (
    DiscordPlatformDataEmbedsItemThumbnail,
)
