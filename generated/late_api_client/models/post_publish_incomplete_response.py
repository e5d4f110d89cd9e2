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

T = TypeVar("T", bound="PostPublishIncompleteResponse")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "post",
        "message",
        "error",
        "platformResults",
        "warnings",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class PostPublishIncompleteResponse(LazyFields):
    """Body of the 207 returned by createPost and updatePost when the post was saved but the inline publish did not fully
    succeed. Read `post.status` to tell the three outcomes apart.

        Attributes:
            post (Post | None):
            message (str | None): Human-readable summary of the publish outcome.
            error (str | None): Present when no platform published. Absent on a partial success. Informational only; the
                per-platform detail is in `platformResults` and in `post.platforms[]`.
            platform_results (list[PostPublishIncompleteResponsePlatformResultsItem] | None): Per-platform outcome of the
                publish attempt. Omitted when the attempt aborted before producing per-platform results (for example the post
                was already being processed); read `post.platforms[]` in that case.
            warnings (list[str] | None): Advisory notices about the post that was still created. Absent when there are none.
    """

    post: Post | None = None
    message: str | None = None
    error: str | None = None
    platform_results: list[PostPublishIncompleteResponsePlatformResultsItem] | None = None
    warnings: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def platformResults(self) -> list[PostPublishIncompleteResponsePlatformResultsItem] | None:
        """``platform_results`` under its wire name, as the Late docs spell it."""
        return self.platform_results

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        post: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post, Unset):
            post = self.post.to_dict()

        message = self.message

        error = self.error

        platform_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.platform_results, Unset):
            platform_results = []
            for platform_results_item_data in self.platform_results:
                platform_results_item = platform_results_item_data.to_dict()
                platform_results.append(platform_results_item)

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if post is not None or "post" in source:
            field_dict["post"] = post
        if message is not None or "message" in source:
            field_dict["message"] = message
        if error is not None or "error" in source:
            field_dict["error"] = error
        if platform_results is not None or "platformResults" in source:
            field_dict["platformResults"] = platform_results
        if warnings is not None or "warnings" in source:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        message = d.get("message", UNSET)

        error = d.get("error", UNSET)

        warnings: list[str] | Unset = d.get("warnings", UNSET)

        post_publish_incomplete_response = object.__new__(
            _Unhooked if cls is PostPublishIncompleteResponse else cls
        )
        post_publish_incomplete_response.message = message
        post_publish_incomplete_response.error = error
        post_publish_incomplete_response.warnings = warnings
        if "post" not in d:  # nothing to build later
            post_publish_incomplete_response.post = UNSET
        if "platformResults" not in d:  # nothing to build later
            post_publish_incomplete_response.platform_results = UNSET
        post_publish_incomplete_response._source = d
        post_publish_incomplete_response._changed = (
            cls is not PostPublishIncompleteResponse
        )  # a subclass may set attributes unhooked
        if cls is not PostPublishIncompleteResponse:  # a subclass's own fields, which __init__ would have set
            fill_defaults(post_publish_incomplete_response, PostPublishIncompleteResponse)
        else:
            post_publish_incomplete_response.__class__ = cls
        return post_publish_incomplete_response

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


#: ``from_dict`` fills one of these, then makes it a PostPublishIncompleteResponse (types.unhooked).
_Unhooked = unhooked(PostPublishIncompleteResponse)


def _read_post(d: Mapping[str, Any]) -> Post | Unset:
    _post = d.get("post", UNSET)
    post: Post | Unset
    if _post is UNSET:
        post = UNSET
    else:
        post = Post.from_dict(_post)

    return post


def _read_platform_results(
    d: Mapping[str, Any],
) -> list[PostPublishIncompleteResponsePlatformResultsItem] | Unset:
    _platform_results = d.get("platformResults", UNSET)
    platform_results: list[PostPublishIncompleteResponsePlatformResultsItem] | Unset = UNSET
    if _platform_results is not UNSET:
        platform_results = [
            PostPublishIncompleteResponsePlatformResultsItem.from_dict(platform_results_item_data)
            for platform_results_item_data in _platform_results
        ]

    return platform_results


PostPublishIncompleteResponse._lazy_readers = lazy_readers(
    PostPublishIncompleteResponse, globals(), _PROPERTY_NAMES
)

from ..models.post import Post
from ..models.post_publish_incomplete_response_platform_results_item import (
    PostPublishIncompleteResponsePlatformResultsItem,
)
