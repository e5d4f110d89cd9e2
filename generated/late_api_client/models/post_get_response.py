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

T = TypeVar("T", bound="PostGetResponse")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "post",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PostGetResponse(LazyFields):
    """
    Attributes:
        post (Post | None):
    """

    post: Post | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        post: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post, Unset):
            post = self.post.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if post is not None or "post" in source:
            field_dict["post"] = post

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        post_get_response = object.__new__(_Unhooked if cls is PostGetResponse else cls)
        if "post" not in d:  # nothing to build later
            post_get_response.post = UNSET
        post_get_response._source = as_mapping(d)
        post_get_response._changed = cls is not PostGetResponse  # a subclass may set attributes unhooked
        if cls is not PostGetResponse:  # a subclass's own fields, which __init__ would have set
            fill_defaults(post_get_response, PostGetResponse)
        else:
            post_get_response.__class__ = cls
        return post_get_response

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


#: ``from_dict`` fills one of these, then makes it a PostGetResponse (types.unhooked).
_Unhooked = unhooked(PostGetResponse)


def _read_post(d: Mapping[str, Any]) -> Post | Unset:
    _post = d.get("post", UNSET)
    post: Post | Unset
    if _post is UNSET:
        post = UNSET
    else:
        post = Post.from_dict(_post)

    return post


PostGetResponse._lazy_readers = lazy_readers(PostGetResponse, globals(), _PROPERTY_NAMES)

from ..models.post import Post
