"""Auto-paging: the page-walking state shared by ``posts.iter``/``aiter`` and ``accounts.iter``/``aiter``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from late._exceptions import LateAPIError, LateValidationError
from late.resources._spec import spec_checked

if TYPE_CHECKING:
    from late_api_client.models import Post, PostsListResponse

T = TypeVar("T")


class PageInfo(NamedTuple):
    """What a page's pagination says about the next one (each value as the API sent it, or missing)."""

    next_cursor: object
    pages: object
    total: object


DEFAULT_PAGE_SIZE = 100


class PageWalk:
    """Which page to ask for next, and which posts of a page to hand out.

    It follows the API's cursor (``pagination.nextCursor``), which names a position in the order
    rather than an offset, so posts deleted or created during the walk do not shift it; where a
    response has no cursor (``sort_by`` status or platform, ``source="external"``), it asks for
    numbered pages, or, when the walk started at an ``offset``, for the offsets that follow. The API
    reads a cursor before an offset and an offset before a page, so each request carries only the one
    that leads. It stops after the last page (no next cursor, ``pagination.pages``, or an offset past
    ``pagination.total``), on an empty page, or once ``max_items`` posts were handed out, so a walk
    never asks for a page it does not need.
    """

    __slots__ = ("_cursor", "_done", "_filters", "_next_page", "_offset", "_remaining", "_repeated", "_sent")

    def __init__(self, filters: Mapping[str, Any], *, max_items: int | None) -> None:
        if max_items is not None and (
            isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0
        ):
            raise LateValidationError("max_items must be a whole number >= 0 or None", param="max_items")
        self._filters = dict(filters)
        self._filters.setdefault("limit", DEFAULT_PAGE_SIZE)
        first = self._filters.pop("page", None)
        self._next_page: int = 1 if first is None else first
        self._cursor: str | None = self._filters.pop("cursor", None)  # a walk may start at a cursor
        self._offset: int | None = self._filters.pop("offset", None)  # ... or at an offset
        self._sent: set[str] = set()  # every cursor asked for: one handed back again would loop
        self._repeated = False
        self._remaining = max_items
        self._done = max_items == 0

    def next_params(self) -> dict[str, Any] | None:
        if self._done:
            return None
        if self._repeated:  # a page is needed after the one that handed back a used cursor
            raise LateAPIError(
                "The API answered a page with a next cursor it had already given, so walking on would "
                "repeat pages forever; stopped before asking for it again (the posts of every page "
                "received were handed out; posts.list(cursor=...) reads pages one at a time)"
            )
        if self._cursor is not None:
            self._sent.add(self._cursor)
            return {**self._filters, "cursor": self._cursor}
        if self._offset is not None:
            return {**self._filters, "offset": self._offset}
        return {**self._filters, "page": self._next_page}

    def take(self, response: PostsListResponse) -> Iterator[Post]:
        with spec_checked():  # a page model without these fields: the SDK's error, not the caller's
            posts, pagination = response.posts, response.pagination
            page = (
                None
                if pagination is None
                else PageInfo(pagination.next_cursor, pagination.pages, pagination.total)
            )
        return self.take_items(posts, page)

    def take_items(self, items: Sequence[T] | None, page: PageInfo | None) -> Iterator[T]:
        """Hand out the items of the page just read (any resource's: posts, accounts) and note, from its
        pagination (``page``; None for a page without one), which page comes next."""
        # The spec makes every field of a page optional: no items is an empty page, and a page
        # without pagination is the last one the walk can know about.
        posts = items if isinstance(items, list) else []
        self._next_page += 1
        if not posts or page is None:
            self._done = True
        elif isinstance(next_cursor := page.next_cursor, str) and next_cursor:
            self._repeated = next_cursor in self._sent  # this page's posts still count
            self._cursor = next_cursor
        elif self._cursor is not None:
            self._done = True  # the cursor walk's last page (a null cursor)
        elif self._offset is not None:
            self._offset += len(posts)
            self._done = self._last_offset_page(self._offset, page, len(posts))
        elif self._last_numbered_page(page, len(posts)):
            self._done = True

        for post in posts:
            if self._remaining is not None:
                if self._remaining == 0:
                    self._done = True
                    return
                self._remaining -= 1
            yield post
        if self._remaining == 0:
            self._done = True

    def _last_offset_page(self, offset: int, page: PageInfo, received: int) -> bool:
        """Whether the offset walk has read its last page: the next ``offset`` reaches ``total`` when the
        API sent it, else by a page shorter than the ``limit`` asked for."""
        total = page.total
        return offset >= total if isinstance(total, int) else self._short(received)

    def _last_numbered_page(self, page: PageInfo, received: int) -> bool:
        """Whether the numbered page just read is the last: by ``pages`` when the API sent it, else
        by a page shorter than the ``limit`` asked for (the API pads no page)."""
        pages = page.pages
        return self._next_page > pages if isinstance(pages, int) else self._short(received)

    def _short(self, received: int) -> bool:
        """A page with fewer posts than the ``limit`` asked for: the last (the API pads no page)."""
        limit: int = self._filters["limit"]
        return received < limit
