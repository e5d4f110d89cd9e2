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

T = TypeVar("T", bound="TikTokPlatformDataMusicSoundInfo")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "musicSoundId",
        "musicSoundVolume",
        "musicSoundStart",
        "musicSoundEnd",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class TikTokPlatformDataMusicSoundInfo(Sourced):
    """Commercial Music Library track to attach. Accounts connected through the TikTok for Business app only: a developer-
    app account rejects the post at publish time with a message that says so. Pick musicSoundId from GET
    /v1/accounts/{accountId}/tiktok/commercial-music. Ignored on drafts, where TikTok ignores every post_info field.

        Attributes:
            music_sound_id (str): The clip.id of a track from GET /v1/accounts/{accountId}/tiktok/commercial-music (its id
                publishes too, but viewers may see the sound as unavailable in their country; observed from Germany). TikTok
                fails the publish with a generic 51065 when given the commercial music id instead.
            music_sound_volume (int | None): Track volume. TikTok defaults an omitted volume to 0, which publishes the track
                silently, so we default to the app's 50. Video posts only. Default: 50.
            music_sound_start (int | None): Start point of the track in milliseconds (default 0). Video posts only.
            music_sound_end (int | None): End point of the track in milliseconds (default: the video length). Must be
                greater than musicSoundStart. Video posts only.
    """

    music_sound_id: str
    music_sound_volume: int | None = None
    music_sound_start: int | None = None
    music_sound_end: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def musicSoundId(self) -> str:
        """``music_sound_id`` under its wire name, as the Late docs spell it."""
        return self.music_sound_id

    @property
    def musicSoundVolume(self) -> int | None:
        """``music_sound_volume`` under its wire name, as the Late docs spell it."""
        return self.music_sound_volume

    @property
    def musicSoundStart(self) -> int | None:
        """``music_sound_start`` under its wire name, as the Late docs spell it."""
        return self.music_sound_start

    @property
    def musicSoundEnd(self) -> int | None:
        """``music_sound_end`` under its wire name, as the Late docs spell it."""
        return self.music_sound_end

    def to_dict(self) -> dict[str, Any]:
        music_sound_id = self.music_sound_id

        music_sound_volume = self.music_sound_volume

        music_sound_start = self.music_sound_start

        music_sound_end = self.music_sound_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "musicSoundId": music_sound_id,
            }
        )
        source = source_of(self)
        if music_sound_volume is not None or "musicSoundVolume" in source:
            field_dict["musicSoundVolume"] = music_sound_volume
        if music_sound_start is not None or "musicSoundStart" in source:
            field_dict["musicSoundStart"] = music_sound_start
        if music_sound_end is not None or "musicSoundEnd" in source:
            field_dict["musicSoundEnd"] = music_sound_end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        music_sound_id = d["musicSoundId"]

        music_sound_volume = d.get("musicSoundVolume", UNSET)

        music_sound_start = d.get("musicSoundStart", UNSET)

        music_sound_end = d.get("musicSoundEnd", UNSET)

        tik_tok_platform_data_music_sound_info = cls(
            music_sound_id,
            music_sound_volume,
            music_sound_start,
            music_sound_end,
        )
        object.__setattr__(
            tik_tok_platform_data_music_sound_info, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            tik_tok_platform_data_music_sound_info.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return tik_tok_platform_data_music_sound_info

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
