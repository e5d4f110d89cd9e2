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

T = TypeVar("T", bound="PostPlatformError")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "message",
        "code",
        "subcode",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PostPlatformError(Sourced):
    """The platform's own error for this target, so you can see what the platform said (access tokens are redacted). Set
    when the last attempt failed with an error the platform described (currently Instagram and Facebook), and kept while
    an automatic retry of that failure is pending or running; cleared when the target publishes or is retried manually.
    errorMessage stays the human-readable summary; this block is for diagnostics and support tickets. Instagram media
    processing failures carry no code or subcode, only Meta's status text in message. On an Instagram publish whose
    outcome is uncertain (for example errorMessage starting "Instagram did not confirm"), carries the last media_publish
    error Meta returned, when it returned one; errorMessage stays the verdict, so do not read this block as a confirmed
    failure.

        Attributes:
            message (str): The platform's raw error message or media processing status text.
            code (int | None): Meta error code, when Meta sent one.
            subcode (int | None): Meta error_subcode, when Meta sent one.
    """

    message: str
    code: int | None = None
    subcode: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        subcode = self.subcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        source = source_of(self)
        if code is not None or "code" in source:
            field_dict["code"] = code
        if subcode is not None or "subcode" in source:
            field_dict["subcode"] = subcode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        message = d["message"]

        code = d.get("code", UNSET)

        subcode = d.get("subcode", UNSET)

        post_platform_error = cls(
            message,
            code,
            subcode,
        )
        object.__setattr__(post_platform_error, "_source", src_dict)  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            post_platform_error.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return post_platform_error

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
