from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_in_mention_issue_code import LinkedInMentionIssueCode
from ..types import (
    Sourced,
    parse_enum,
)

T = TypeVar("T", bound="LinkedInMentionIssue")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "input",
        "code",
        "message",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class LinkedInMentionIssue(Sourced):
    """One LinkedIn mention that could not be resolved, listed under `details.mentions[]` of the error.

    Attributes:
        input_ (str): The mention exactly as written in the request, for example `@[https://www.linkedin.com/in/jane-
            doe]`.
        code (LinkedInMentionIssueCode): Why it failed.
        message (str): Human-readable reason.
    """

    input_: str
    code: LinkedInMentionIssueCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input(self) -> str:
        """``input_`` under its wire name, as the Late docs spell it."""
        return self.input_

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        code = self.code.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        input_ = d["input"]

        code = parse_enum(LinkedInMentionIssueCode, d["code"])

        message = d["message"]

        linked_in_mention_issue = cls(
            input_,
            code,
            message,
        )
        object.__setattr__(
            linked_in_mention_issue, "_source", src_dict
        )  # a slot of Sourced, not an attrs field

        if not d.keys() <= _PROPERTY_NAMES:
            linked_in_mention_issue.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return linked_in_mention_issue

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
