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

T = TypeVar("T", bound="FacebookSettings")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "draft",
        "carouselCards",
        "carouselLink",
        "textFormatPresetId",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class FacebookSettings(LazyFields):
    """Facebook options that must be nested under platformSpecificData.facebookSettings, or sent at the request root as
    facebookSettings. The remaining Facebook options sit directly on platformSpecificData, see FacebookPlatformData.

        Attributes:
            draft (bool | None): When true, creates the post as a draft in Facebook Publishing Tools instead of publishing
                immediately. Supported for feed posts (text, link, image, video) and reels. Not supported for stories. Drafts
                expire after ~30 days. Default: False.
            carousel_cards (list[FacebookSettingsCarouselCardsItem] | None): Renders the post as a multi-link carousel
                (organic Page post). When set, mediaItems must be provided with the same length and all items must be images (no
                videos). Each cards[i] adds the click-through link and headline for the image at mediaItems[i]. Mutually
                exclusive with contentType=story|reel. Facebook display truncates name at ~35 chars and description at ~30
                chars; longer strings are accepted but get truncated on render.
            carousel_link (str | None): Optional top-level "See more" destination shown on the carousel end card. Defaults
                to the first card's link when omitted. Only used together with carouselCards.
            text_format_preset_id (str | None): Facebook-defined preset ID that renders the post as large text on a colored
                background (Graph `text_format_preset_id`). Supply the raw numeric ID from Meta; we do not publish a catalog of
                presets and Facebook may change the available set. Pages only (ignored on personal profiles and groups) and
                text-only feed posts only: the request is rejected with 400 when mediaItems or carouselCards are present, when
                contentType is story or reel, or when content is empty. An attachment makes Facebook drop the background
                silently, so those are rejected up front. Length is NOT rejected: Facebook's composer stops offering a
                background at around 130 characters, but Meta documents no API limit, so longer content publishes and returns a
                warning instead. A URL detected in the content is NOT attached as a link preview while a preset is set, because
                a link attachment also makes Facebook drop the background.
    """

    draft: bool | None = None
    carousel_cards: list[FacebookSettingsCarouselCardsItem] | None = None
    carousel_link: str | None = None
    text_format_preset_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def carouselCards(self) -> list[FacebookSettingsCarouselCardsItem] | None:
        """``carousel_cards`` under its wire name, as the Late docs spell it."""
        return self.carousel_cards

    @property
    def carouselLink(self) -> str | None:
        """``carousel_link`` under its wire name, as the Late docs spell it."""
        return self.carousel_link

    @property
    def textFormatPresetId(self) -> str | None:
        """``text_format_preset_id`` under its wire name, as the Late docs spell it."""
        return self.text_format_preset_id

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        draft = self.draft

        carousel_cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.carousel_cards, Unset):
            carousel_cards = []
            for carousel_cards_item_data in self.carousel_cards:
                carousel_cards_item = carousel_cards_item_data.to_dict()
                carousel_cards.append(carousel_cards_item)

        carousel_link = self.carousel_link

        text_format_preset_id = self.text_format_preset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if draft is not None or "draft" in source:
            field_dict["draft"] = draft
        if carousel_cards is not None or "carouselCards" in source:
            field_dict["carouselCards"] = carousel_cards
        if carousel_link is not None or "carouselLink" in source:
            field_dict["carouselLink"] = carousel_link
        if text_format_preset_id is not None or "textFormatPresetId" in source:
            field_dict["textFormatPresetId"] = text_format_preset_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        draft = d.get("draft", UNSET)

        carousel_link = d.get("carouselLink", UNSET)

        text_format_preset_id = d.get("textFormatPresetId", UNSET)

        facebook_settings = object.__new__(_Unhooked if cls is FacebookSettings else cls)
        facebook_settings.draft = draft
        facebook_settings.carousel_link = carousel_link
        facebook_settings.text_format_preset_id = text_format_preset_id
        if "carouselCards" not in d:  # nothing to build later
            facebook_settings.carousel_cards = UNSET
        facebook_settings._source = d
        facebook_settings._changed = cls is not FacebookSettings  # a subclass may set attributes unhooked
        if cls is not FacebookSettings:  # a subclass's own fields, which __init__ would have set
            fill_defaults(facebook_settings, FacebookSettings)
        else:
            facebook_settings.__class__ = cls
        return facebook_settings

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


#: ``from_dict`` fills one of these, then makes it a FacebookSettings (types.unhooked).
_Unhooked = unhooked(FacebookSettings)


def _read_carousel_cards(d: Mapping[str, Any]) -> list[FacebookSettingsCarouselCardsItem] | Unset:
    _carousel_cards = d.get("carouselCards", UNSET)
    carousel_cards: list[FacebookSettingsCarouselCardsItem] | Unset = UNSET
    if _carousel_cards is not UNSET:
        carousel_cards = [
            FacebookSettingsCarouselCardsItem.from_dict(carousel_cards_item_data)
            for carousel_cards_item_data in _carousel_cards
        ]

    return carousel_cards


FacebookSettings._lazy_readers = lazy_readers(FacebookSettings, globals(), _PROPERTY_NAMES)

from ..models.facebook_settings_carousel_cards_item import (
    FacebookSettingsCarouselCardsItem,
)
