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

T = TypeVar("T", bound="RetryPostResponse207")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "message",
        "error",
        "post",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class RetryPostResponse207(LazyFields):
    """
    Attributes:
        message (str | None):
        error (str | None): Summary of why the retry did not fully succeed.
        post (Post | None):
    """

    message: str | None = None
    error: str | None = None
    post: Post | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        message = self.message

        error = self.error

        post: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post, Unset):
            post = self.post.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if message is not None or "message" in source:
            field_dict["message"] = message
        if error is not None or "error" in source:
            field_dict["error"] = error
        if post is not None or "post" in source:
            field_dict["post"] = post

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        message = d.get("message", UNSET)

        error = d.get("error", UNSET)

        retry_post_response_207 = object.__new__(_Unhooked if cls is RetryPostResponse207 else cls)
        retry_post_response_207.message = message
        retry_post_response_207.error = error
        if "post" not in d:  # nothing to build later
            retry_post_response_207.post = UNSET
        retry_post_response_207._source = d
        retry_post_response_207._changed = (
            cls is not RetryPostResponse207
        )  # a subclass may set attributes unhooked
        if cls is not RetryPostResponse207:  # a subclass's own fields, which __init__ would have set
            fill_defaults(retry_post_response_207, RetryPostResponse207)
        else:
            retry_post_response_207.__class__ = cls
        return retry_post_response_207

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


#: ``from_dict`` fills one of these, then makes it a RetryPostResponse207 (types.unhooked).
_Unhooked = unhooked(RetryPostResponse207)


def _read_post(d: Mapping[str, Any]) -> Post | Unset:
    _post = d.get("post", UNSET)
    post: Post | Unset
    if _post is UNSET:
        post = UNSET
    else:
        post = Post.from_dict(_post)

    return post


RetryPostResponse207._lazy_readers = lazy_readers(RetryPostResponse207, globals(), _PROPERTY_NAMES)

from ..models.post import Post
