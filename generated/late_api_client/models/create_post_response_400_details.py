from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    as_mapping,
    fill_defaults,
    lazy_readers,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="CreatePostResponse400Details")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "mentions",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class CreatePostResponse400Details(LazyFields):
    """
    Attributes:
        mentions (list[LinkedInMentionIssue] | None):
    """

    mentions: list[LinkedInMentionIssue] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        mentions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mentions, Unset):
            mentions = []
            for mentions_item_data in self.mentions:
                mentions_item = mentions_item_data.to_dict()
                mentions.append(mentions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if mentions is not None or "mentions" in source:
            field_dict["mentions"] = mentions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        create_post_response_400_details = object.__new__(
            _Unhooked if cls is CreatePostResponse400Details else cls
        )
        if "mentions" not in d:  # nothing to build later
            create_post_response_400_details.mentions = UNSET
        create_post_response_400_details._source = as_mapping(d)
        create_post_response_400_details._changed = (
            cls is not CreatePostResponse400Details
        )  # a subclass may set attributes unhooked
        if cls is not CreatePostResponse400Details:  # a subclass's own fields, which __init__ would have set
            fill_defaults(create_post_response_400_details, CreatePostResponse400Details)
        else:
            create_post_response_400_details.__class__ = cls
        return create_post_response_400_details

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


#: ``from_dict`` fills one of these, then makes it a CreatePostResponse400Details (types.unhooked).
_Unhooked = unhooked(CreatePostResponse400Details)


def _read_mentions(d: Mapping[str, Any]) -> list[LinkedInMentionIssue] | Unset:
    _mentions = d.get("mentions", UNSET)
    mentions: list[LinkedInMentionIssue] | Unset = UNSET
    if _mentions is not UNSET:
        mentions = [LinkedInMentionIssue.from_dict(mentions_item_data) for mentions_item_data in _mentions]

    return mentions


CreatePostResponse400Details._lazy_readers = lazy_readers(
    CreatePostResponse400Details, globals(), _PROPERTY_NAMES
)

from ..models.linked_in_mention_issue import LinkedInMentionIssue
