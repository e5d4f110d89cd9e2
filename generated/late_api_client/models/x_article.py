from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.x_article_mode import XArticleMode
from ..types import (
    UNSET,
    LazyFields,
    Unset,
    fill_defaults,
    lazy_readers,
    parse_enum,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="XArticle")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "title",
        "content_state",
        "mode",
        "cover",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class XArticle(LazyFields):
    """Long-form X Article payload. X Articles require an eligible X Premium+ account.
    Articles are mutually exclusive with top-level/custom tweet media and with threadItems,
    poll, quoteTweetId, replyToTweetId, inReplyToTweetId, replySettings, sensitiveMedia,
    paidPartnership, and madeWithAi. Publishing normally performs two billable X API
    requests at $0.010 each (draft + publish, $0.020 total); mode `draft` performs only
    the $0.010 draft request. `articleDraftId` is an internal recovery checkpoint and
    must not be supplied by API clients.

        Attributes:
            title (str):
            content_state (XArticleContentState): X's snake_case content-state shape. Standard DraftJS camelCase fields such
                as entityMap, inlineStyleRanges, and entityRanges are rejected.
            mode (XArticleMode | None): Publish creates an X Article draft and then publishes it. Draft stops after draft
                creation and returns the X draft ID without a public URL. Default: XArticleMode.PUBLISH.
            cover (XArticleCover | None):
    """

    title: str
    content_state: XArticleContentState
    mode: XArticleMode | None = None
    cover: XArticleCover | None = None

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, False)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        title = self.title

        content_state = self.content_state.to_dict()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        cover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cover, Unset):
            cover = self.cover.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "content_state": content_state,
            }
        )
        source = source_of(self)
        if mode is not None or "mode" in source:
            field_dict["mode"] = mode
        if cover is not None or "cover" in source:
            field_dict["cover"] = cover

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        title = d["title"]

        if "content_state" not in d:
            raise KeyError("content_state")
        _mode = d.get("mode", UNSET)
        mode: XArticleMode | Unset
        if _mode is UNSET:
            mode = UNSET
        else:
            mode = parse_enum(XArticleMode, _mode)

        x_article = object.__new__(_Unhooked if cls is XArticle else cls)
        x_article.title = title
        x_article.mode = mode
        if "cover" not in d:  # nothing to build later
            x_article.cover = UNSET
        x_article._source = d
        x_article._changed = cls is not XArticle  # a subclass may set attributes unhooked
        if cls is not XArticle:  # a subclass's own fields, which __init__ would have set
            fill_defaults(x_article, XArticle)
        else:
            x_article.__class__ = cls
        return x_article


#: ``from_dict`` fills one of these, then makes it a XArticle (types.unhooked).
_Unhooked = unhooked(XArticle)


def _read_content_state(d: Mapping[str, Any]) -> XArticleContentState:
    content_state = XArticleContentState.from_dict(d["content_state"])

    return content_state


def _read_cover(d: Mapping[str, Any]) -> XArticleCover | Unset:
    _cover = d.get("cover", UNSET)
    cover: XArticleCover | Unset
    if _cover is UNSET:
        cover = UNSET
    else:
        cover = XArticleCover.from_dict(_cover)

    return cover


XArticle._lazy_readers = lazy_readers(XArticle, globals(), None)

from ..models.x_article_content_state import XArticleContentState
from ..models.x_article_cover import XArticleCover
