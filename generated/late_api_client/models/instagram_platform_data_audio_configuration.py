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

T = TypeVar("T", bound="InstagramPlatformDataAudioConfiguration")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "audioId",
        "audioVolume",
        "videoVolume",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class InstagramPlatformDataAudioConfiguration(Sourced):
    """Attach a licensed music track or original sound from the Instagram audio catalog to a Reel. Reels only (single video
    post, not a story or image). Requires an Instagram account connected via Facebook Login; classic Instagram Login
    accounts get a 400 (instagram_audio_requires_facebook_login). Get audio IDs from GET
    /v1/accounts/{accountId}/instagram/audio. If the track becomes unavailable by publish time (removed, region-blocked,
    licensing change), the post fails with a user-error; it is not published without the audio.

        Attributes:
            audio_id (str): Audio asset ID from the audio search endpoint. Example: 482851939985510.
            audio_volume (int | None): Volume of the attached audio track, 0-100. Defaults to 100. Example: 80.
            video_volume (int | None): Volume of the video's own sound, 0-100. Defaults to 100. Set 0 to mute the original
                video audio. Example: 100.
    """

    audio_id: str
    audio_volume: int | None = None
    video_volume: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def audioId(self) -> str:
        """``audio_id`` under its wire name, as the Late docs spell it."""
        return self.audio_id

    @property
    def audioVolume(self) -> int | None:
        """``audio_volume`` under its wire name, as the Late docs spell it."""
        return self.audio_volume

    @property
    def videoVolume(self) -> int | None:
        """``video_volume`` under its wire name, as the Late docs spell it."""
        return self.video_volume

    def to_dict(self) -> dict[str, Any]:
        audio_id = self.audio_id

        audio_volume = self.audio_volume

        video_volume = self.video_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audioId": audio_id,
            }
        )
        source = source_of(self)
        if audio_volume is not None or "audioVolume" in source:
            field_dict["audioVolume"] = audio_volume
        if video_volume is not None or "videoVolume" in source:
            field_dict["videoVolume"] = video_volume

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        audio_id = d["audioId"]

        audio_volume = d.get("audioVolume", UNSET)

        video_volume = d.get("videoVolume", UNSET)

        instagram_platform_data_audio_configuration = cls(
            audio_id,
            audio_volume,
            video_volume,
        )
        object.__setattr__(
            instagram_platform_data_audio_configuration, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            instagram_platform_data_audio_configuration.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return instagram_platform_data_audio_configuration

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
