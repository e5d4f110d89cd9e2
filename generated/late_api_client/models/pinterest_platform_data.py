from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Sourced,
    source_of,
)

T = TypeVar("T", bound="PinterestPlatformData")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "title",
        "boardId",
        "boardSectionId",
        "link",
        "coverImageUrl",
        "coverImageKeyFrameTime",
        "isAiGenerated",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PinterestPlatformData(Sourced):
    """
    Attributes:
        title (str | None): Pin title. Defaults to first line of content or "Pin". Must be ≤ 100 characters.
        board_id (str | None): Target Pinterest board ID. If omitted, the first available board is used.
        board_section_id (str | None): Target section inside the board. Optional; the pin lands on the board itself when
            omitted. Pinterest rejects the pin if the section does not belong to boardId, so send both together.
        link (str | None): Destination link (pin URL)
        cover_image_url (str | None): Optional cover image for video pins
        cover_image_key_frame_time (int | None): Optional key frame time in seconds for derived video cover
        is_ai_generated (bool | None): When true, the Pin is created with Pinterest's AI_MODIFIED disclosure
            (ai_disclosures), which shows an "AI modified" label. Applies to image and video Pins. Pinterest offers no "not
            AI" value, so false omits the disclosure. Pinterest may still label a Pin on its own detection. Default: False.
    """

    title: str | None = None
    board_id: str | None = None
    board_section_id: str | None = None
    link: str | None = None
    cover_image_url: str | None = None
    cover_image_key_frame_time: int | None = None
    is_ai_generated: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def boardId(self) -> str | None:
        """``board_id`` under its wire name, as the Late docs spell it."""
        return self.board_id

    @property
    def boardSectionId(self) -> str | None:
        """``board_section_id`` under its wire name, as the Late docs spell it."""
        return self.board_section_id

    @property
    def coverImageUrl(self) -> str | None:
        """``cover_image_url`` under its wire name, as the Late docs spell it."""
        return self.cover_image_url

    @property
    def coverImageKeyFrameTime(self) -> int | None:
        """``cover_image_key_frame_time`` under its wire name, as the Late docs spell it."""
        return self.cover_image_key_frame_time

    @property
    def isAiGenerated(self) -> bool | None:
        """``is_ai_generated`` under its wire name, as the Late docs spell it."""
        return self.is_ai_generated

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        board_id = self.board_id

        board_section_id = self.board_section_id

        link = self.link

        cover_image_url = self.cover_image_url

        cover_image_key_frame_time = self.cover_image_key_frame_time

        is_ai_generated = self.is_ai_generated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if title is not None or "title" in source:
            field_dict["title"] = title
        if board_id is not None or "boardId" in source:
            field_dict["boardId"] = board_id
        if board_section_id is not None or "boardSectionId" in source:
            field_dict["boardSectionId"] = board_section_id
        if link is not None or "link" in source:
            field_dict["link"] = link
        if cover_image_url is not None or "coverImageUrl" in source:
            field_dict["coverImageUrl"] = cover_image_url
        if cover_image_key_frame_time is not None or "coverImageKeyFrameTime" in source:
            field_dict["coverImageKeyFrameTime"] = cover_image_key_frame_time
        if is_ai_generated is not None or "isAiGenerated" in source:
            field_dict["isAiGenerated"] = is_ai_generated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        title = d.get("title", UNSET)

        board_id = d.get("boardId", UNSET)

        board_section_id = d.get("boardSectionId", UNSET)

        link = d.get("link", UNSET)

        cover_image_url = d.get("coverImageUrl", UNSET)

        cover_image_key_frame_time = d.get("coverImageKeyFrameTime", UNSET)

        is_ai_generated = d.get("isAiGenerated", UNSET)

        pinterest_platform_data = cls(
            title,
            board_id,
            board_section_id,
            link,
            cover_image_url,
            cover_image_key_frame_time,
            is_ai_generated,
        )
        object.__setattr__(
            pinterest_platform_data, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            pinterest_platform_data.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return pinterest_platform_data

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
