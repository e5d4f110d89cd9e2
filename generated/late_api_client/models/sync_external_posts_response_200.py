from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

T = TypeVar("T", bound="SyncExternalPostsResponse200")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "synced",
        "found",
        "post",
        "posts",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class SyncExternalPostsResponse200(LazyFields):
    """
    Attributes:
        synced (SyncExternalPostsResponse200Synced | None):
        found (bool | None): Present only when a locator (`url`/`postId`) was provided: whether the post was found.
        post (ExternalPostSummary | None | None): The matched external post, or null when not found. Present only when a
            locator was provided.
        posts (list[ExternalPostSummary] | None): The account's recent external posts. Present only when no locator was
            provided.
    """

    synced: SyncExternalPostsResponse200Synced | None = None
    found: bool | None = None
    post: ExternalPostSummary | None = None
    posts: list[ExternalPostSummary] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        synced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.synced, Unset):
            synced = self.synced.to_dict()

        found = self.found

        post: dict[str, Any] | None | Unset
        if isinstance(self.post, Unset):
            post = UNSET
        elif isinstance(self.post, ExternalPostSummary):
            post = self.post.to_dict()
        else:
            post = self.post

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if synced is not None or "synced" in source:
            field_dict["synced"] = synced
        if found is not None or "found" in source:
            field_dict["found"] = found
        if post is not None or "post" in source:
            field_dict["post"] = post
        if posts is not None or "posts" in source:
            field_dict["posts"] = posts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        found = d.get("found", UNSET)

        sync_external_posts_response_200 = object.__new__(
            _Unhooked if cls is SyncExternalPostsResponse200 else cls
        )
        sync_external_posts_response_200.found = found
        if "synced" not in d:  # nothing to build later
            sync_external_posts_response_200.synced = UNSET
        if "post" not in d:  # nothing to build later
            sync_external_posts_response_200.post = UNSET
        if "posts" not in d:  # nothing to build later
            sync_external_posts_response_200.posts = UNSET
        sync_external_posts_response_200._source = d
        sync_external_posts_response_200._changed = (
            cls is not SyncExternalPostsResponse200
        )  # a subclass may set attributes unhooked
        if cls is not SyncExternalPostsResponse200:  # a subclass's own fields, which __init__ would have set
            fill_defaults(sync_external_posts_response_200, SyncExternalPostsResponse200)
        else:
            sync_external_posts_response_200.__class__ = cls
        return sync_external_posts_response_200

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


#: ``from_dict`` fills one of these, then makes it a SyncExternalPostsResponse200 (types.unhooked).
_Unhooked = unhooked(SyncExternalPostsResponse200)


def _read_synced(d: Mapping[str, Any]) -> SyncExternalPostsResponse200Synced | Unset:
    _synced = d.get("synced", UNSET)
    synced: SyncExternalPostsResponse200Synced | Unset
    if _synced is UNSET:
        synced = UNSET
    else:
        synced = SyncExternalPostsResponse200Synced.from_dict(_synced)

    return synced


def _read_post(d: Mapping[str, Any]) -> ExternalPostSummary | None | Unset:
    _post = d.get("post", UNSET)
    post: ExternalPostSummary | None | Unset
    if isinstance(_post, dict):
        try:
            post_type_0 = ExternalPostSummary.from_dict(_post)

            post = post_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            post = cast("ExternalPostSummary | None | Unset", _post)
    else:
        post = _post

    return post


def _read_posts(d: Mapping[str, Any]) -> list[ExternalPostSummary] | Unset:
    _posts = d.get("posts", UNSET)
    posts: list[ExternalPostSummary] | Unset = UNSET
    if _posts is not UNSET:
        posts = [ExternalPostSummary.from_dict(posts_item_data) for posts_item_data in _posts]

    return posts


SyncExternalPostsResponse200._lazy_readers = lazy_readers(
    SyncExternalPostsResponse200, globals(), _PROPERTY_NAMES
)

from ..models.external_post_summary import ExternalPostSummary
from ..models.sync_external_posts_response_200_synced import (
    SyncExternalPostsResponse200Synced,
)
