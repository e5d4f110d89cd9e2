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

T = TypeVar("T", bound="PostUpdateResponse")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "message",
        "post",
        "warnings",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PostUpdateResponse(LazyFields):
    """
    Attributes:
        message (str | None):
        post (Post | None):
        warnings (list[str] | None):
    """

    message: str | None = None
    post: Post | None = None
    warnings: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        message = self.message

        post: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post, Unset):
            post = self.post.to_dict()

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if message is not None or "message" in source:
            field_dict["message"] = message
        if post is not None or "post" in source:
            field_dict["post"] = post
        if warnings is not None or "warnings" in source:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        message = d.get("message", UNSET)

        warnings: list[str] | Unset = d.get("warnings", UNSET)

        post_update_response = object.__new__(_Unhooked if cls is PostUpdateResponse else cls)
        post_update_response.message = message
        post_update_response.warnings = warnings
        if "post" not in d:  # nothing to build later
            post_update_response.post = UNSET
        post_update_response._source = d
        post_update_response._changed = (
            cls is not PostUpdateResponse
        )  # a subclass may set attributes unhooked
        if cls is not PostUpdateResponse:  # a subclass's own fields, which __init__ would have set
            fill_defaults(post_update_response, PostUpdateResponse)
        else:
            post_update_response.__class__ = cls
        return post_update_response

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


#: ``from_dict`` fills one of these, then makes it a PostUpdateResponse (types.unhooked).
_Unhooked = unhooked(PostUpdateResponse)


def _read_post(d: Mapping[str, Any]) -> Post | Unset:
    _post = d.get("post", UNSET)
    post: Post | Unset
    if _post is UNSET:
        post = UNSET
    else:
        post = Post.from_dict(_post)

    return post


PostUpdateResponse._lazy_readers = lazy_readers(PostUpdateResponse, globals(), _PROPERTY_NAMES)

from ..models.post import Post
