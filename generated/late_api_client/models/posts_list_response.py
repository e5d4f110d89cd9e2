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

T = TypeVar("T", bound="PostsListResponse")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "posts",
        "pagination",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PostsListResponse(LazyFields):
    """
    Attributes:
        posts (list[Post] | None):
        pagination (PostsListResponsePagination | None):
    """

    posts: list[Post] | None = None
    pagination: PostsListResponsePagination | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if posts is not None or "posts" in source:
            field_dict["posts"] = posts
        if pagination is not None or "pagination" in source:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        posts_list_response = object.__new__(_Unhooked if cls is PostsListResponse else cls)
        if "posts" not in d:  # nothing to build later
            posts_list_response.posts = UNSET
        if "pagination" not in d:  # nothing to build later
            posts_list_response.pagination = UNSET
        posts_list_response._source = as_mapping(d)
        posts_list_response._changed = cls is not PostsListResponse  # a subclass may set attributes unhooked
        if cls is not PostsListResponse:  # a subclass's own fields, which __init__ would have set
            fill_defaults(posts_list_response, PostsListResponse)
        else:
            posts_list_response.__class__ = cls
        return posts_list_response

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


#: ``from_dict`` fills one of these, then makes it a PostsListResponse (types.unhooked).
_Unhooked = unhooked(PostsListResponse)


def _read_posts(d: Mapping[str, Any]) -> list[Post] | Unset:
    _posts = d.get("posts", UNSET)
    posts: list[Post] | Unset = UNSET
    if _posts is not UNSET:
        posts = [Post.from_dict(posts_item_data) for posts_item_data in _posts]

    return posts


def _read_pagination(d: Mapping[str, Any]) -> PostsListResponsePagination | Unset:
    _pagination = d.get("pagination", UNSET)
    pagination: PostsListResponsePagination | Unset
    if _pagination is UNSET:
        pagination = UNSET
    else:
        pagination = PostsListResponsePagination.from_dict(_pagination)

    return pagination


PostsListResponse._lazy_readers = lazy_readers(PostsListResponse, globals(), _PROPERTY_NAMES)

from ..models.post import Post
from ..models.posts_list_response_pagination import PostsListResponsePagination
