from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Sourced,
)

T = TypeVar("T", bound="MediaSubtitle")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "url",
        "language",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class MediaSubtitle(Sourced):
    """
    Attributes:
        url (str): Public http(s) URL of an SRT or WebVTT file: your own host, or an upload from POST /v1/media/presign
            (contentType application/x-subrip or text/vtt). It must serve the file directly, since redirects are refused.
            Example: https://media.zernio.com/temp/walkthrough.en.srt.
        language (str): BCP-47 language code with a two-letter language, e.g. en, es or pt-BR. Viewers see the track
            labelled with the language name, e.g. English. Example: en.
    """

    url: str
    language: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        url = d["url"]

        language = d["language"]

        media_subtitle = cls(
            url,
            language,
        )
        object.__setattr__(media_subtitle, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            media_subtitle.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return media_subtitle

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
