"""``client.posts``: create, list, get, update, delete and retry posts, sync and async.

Each method validates its arguments locally (a bad call sends nothing), turns them into the
API's wire names and exact instants, and builds the request with the generated endpoint. The
sync and async methods share that one description of the call (see ``_base``).
"""

from __future__ import annotations

import difflib
import functools
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

import httpx

from late import timeutil, validation
from late._exceptions import LateAPIError, LateAuthenticationError, LateValidationError
from late._http import deepjson as _deepjson
from late._http.request import ApiRequest, check_idempotency_key, new_idempotency_key
from late._http.retry import RetryMode
from late.enums import Platform, PostStatus
from late.resources import _account_ids
from late.resources._base import (
    CallOptions,
    Operation,
    Resource,
    answer_error,
    call_options,
    model_parser,
)
from late.resources._pages import PageWalk
from late.resources._platform_data import PostBody, fix_platform_specific_data
from late.resources._post_actions import actions
from late.resources._signatures import async_iter_twin, async_twin, given
from late.resources._spec import call_generated, spec_checked, spec_mismatch

# The response models (and BulkUploadResult) are imported here, not only for type checkers, so that
# ``typing.get_type_hints(client.posts.create)`` resolves every annotation: tools derive schemas from
# the signatures. They load with ``client.posts``, not with ``import late``. A generated client that
# lacks one (built from a spec that does not match) leaves them out: its calls then raise
# LateSpecMismatchError, naming what is missing, rather than ``client.posts`` an ImportError.
try:
    from late_api_client.models import (
        EditPostResponse200,
        PinPostResponse,
        Post,
        PostCreateResponse,
        PostDeleteResponse,
        PostGetResponse,
        PostPublishIncompleteResponse,
        PostRetryResponse,
        PostsListResponse,
        PostUpdateResponse,
        RetryPostResponse207,
        TikTokDryRunVerdict,
        UnpublishPostResponse200,
        UpdatePostMetadataResponse200,
    )

    from late.bulk import BulkUploadResult
except ImportError:  # pragma: no cover - a stale generated client (tests/tooling/test_generated.py)
    pass


T = TypeVar("T")

if TYPE_CHECKING:
    from late_api_client.models import ListPostsSortBy, ListPostsSource, ListPostsStatus

    from late.bulk import BulkUpload, Job

# The generated endpoints (and their request models) are imported inside the operations that use
# them: create_post alone pulls in every platform's models. A repeated import is a dict lookup.

PlatformEntry = Mapping[str, Any]
MediaEntry = Mapping[str, Any]


#: One line per parameter of the public methods (``"method.param"`` wins over ``"param"``): the
#: ``Args:`` section of each docstring is built from it (``Resource.__init_subclass__``).
ARG_DOCS: dict[str, str] = {
    # create / update / tiktok_dry_run: the docs' API Reference names
    "content": "the post's text; needed unless media is attached, every platform has customContent, "
    "or the post is a draft",
    "platforms": 'where to post: [{"platform": Platform.TWITTER, "accountId": "acc_123"}], each entry '
    "optionally with customContent, customMedia, scheduledFor and platformSpecificData",
    "scheduled_for": "when to publish: a datetime (naive = local time, or wall-clock time in `timezone`) "
    "or a string such as '2025-01-15T16:00:00Z'; a time that has passed is refused",
    "timezone": "an IANA zone ('America/New_York') in which a naive scheduled_for is read; also stored",
    "publish_now": "True to publish at once (wins over any scheduled_for)",
    "is_draft": "True to save a draft that is not scheduled",
    "title": "a title, for platforms that show one (YouTube, Pinterest, Reddit, ...)",
    "media_items": 'attached media: [{"type": MediaType.IMAGE, "url": "https://..."}]',
    "tags": "tags of the post (YouTube tags; Late's own filter tags)",
    "hashtags": "hashtags, without or with the leading #",
    "mentions": "handles to mention",
    "metadata": "free-form JSON data stored with the post",
    "tiktok_settings": "TikTok's required settings: privacy_level, allow_comment, allow_duet, allow_stitch, "
    "content_preview_confirmed, express_consent_given (snake_case or camelCase keys)",
    "crossposting_enabled": "let the platform cross-post (e.g. Instagram to Facebook)",
    "queued_from_profile": "a profile id whose next queue slot schedules the post",
    "requires_approval": "True: the post waits as pending_approval until posts.review approves it "
    "(create needs scheduled_for)",
    "allow_past": "True sends a scheduled_for that has passed (the API then publishes at once); not sent",
    "idempotency_key": "makes a create safe to repeat: the same key never creates a second post "
    "(default: a fresh key per call, the same on each of its retries)",
    # list / iter
    "page": "the page number, from 1",
    "limit": "posts per page, 1 to 500",
    "offset": "a row offset (wins over page)",
    "cursor": "a page's pagination.next_cursor: the page after it (wins over page and offset)",
    "status": "only posts with this status (PostStatus or 'draft', 'scheduled', 'published', ...)",
    "list.platform": "only posts to this platform",
    "iter.platform": "only posts to this platform",
    "profile_id": "only posts of this profile",
    "created_by": "only posts created by this user id",
    "list.account_id": "only posts sent through this account",
    "iter.account_id": "only posts sent through this account",
    "date_from": "only posts scheduled on or after this date (a date or 'YYYY-MM-DD')",
    "date_to": "only posts scheduled on or before this date (a date or 'YYYY-MM-DD')",
    "include_hidden": "also posts hidden in the dashboard",
    "search": "only posts whose content contains this text",
    "list.tags": "only posts carrying every one of these tags (at most 20)",
    "iter.tags": "only posts carrying every one of these tags (at most 20)",
    "sort_by": "scheduled-desc (default), scheduled-asc, created-desc, created-asc, status or platform",
    "source": "'zernio' (default): posts made through the API; 'external': posts synced from a platform",
    "fields": "only these post fields (and _id), e.g. ['status', 'scheduled_for']",
    "max_items": "stop after this many posts (default: every post)",
    # one post
    "post_id": "the post's id (post._id)",
    "platform": "which platform's copy: twitter, facebook, linkedin, youtube, ... (Platform or str)",
    "pin.platform": "'facebook', the only platform with pinned posts",
    "unpin.platform": "'facebook', the only platform with pinned posts",
    "update_metadata.platform": "'youtube'",
    "edit.content": "the new text",
    "account_id": "which account's copy, when the post went to several accounts on that platform",
    "update_metadata.account_id": "the Late account of the channel (with post_id='_'), or which copy",
    "update_metadata.post_id": "the post's id, or '_' for a video uploaded outside Late (with video_id)",
    "video_id": "the YouTube video id (with post_id='_')",
    "update_metadata.title": "the video's title, at most 100 characters",
    "description": "the video's description",
    "update_metadata.tags": "the video's tags, each at most 100 characters, 500 together",
    "category_id": "a YouTube category id ('22' is People & Blogs)",
    "privacy_status": "'public', 'private' or 'unlisted'",
    "thumbnail_url": "an http(s) URL of the new thumbnail image",
    "made_for_kids": "YouTube's made-for-kids flag",
    "contains_synthetic_media": "YouTube's altered or synthetic content disclosure",
    "playlist_id": "a playlist of the channel to add the video to",
    "decision": "'approve' (schedules the post) or 'reject' (back to draft)",
    # bulk_upload
    "path": "the CSV file (see late.bulk for its columns)",
    "dry_run": "True only validates every row: nothing is sent",
    "max_concurrency": "creates in flight at a time",
    "progress": "called as progress(rows_done, total_rows) after each row (and with waiting=seconds, if "
    "it takes that keyword, while the run waits for the rate limit)",
    "delimiter": "',', ';' or '\\t'; detected from the header line when not given",
}


@functools.cache
def _keywords(method: str) -> frozenset[str]:
    """The keyword arguments of ``Posts.<method>`` (its signature is the only list of them)."""
    import inspect

    params = inspect.signature(getattr(Posts, method)).parameters.values()
    return frozenset(p.name for p in params if p.kind is p.KEYWORD_ONLY)


_CALL_OPTIONS = frozenset(CallOptions.__annotations__)


# Plain fields: argument name -> (wire name, check)
_PLAIN: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    "title": ("title", validation.check_str),
    "publish_now": ("publishNow", validation.check_bool),
    "is_draft": ("isDraft", validation.check_bool),
    "requires_approval": ("requiresApproval", validation.check_bool),
    "crossposting_enabled": ("crosspostingEnabled", validation.check_bool),
    "queued_from_profile": ("queuedFromProfile", validation.check_str),
    "metadata": ("metadata", validation.check_mapping),
    "hashtags": ("hashtags", validation.check_str_list),
    "mentions": ("mentions", validation.check_str_list),
    "tags": ("tags", validation.check_tags),
}


def _reject_unknown(params: Mapping[str, Any], allowed: frozenset[str], method: str) -> None:
    for name in params:
        if name not in allowed:
            close = difflib.get_close_matches(name, sorted(allowed), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            # A programming mistake, not a bad value: Python's own error, which `except LateAPIError` skips.
            raise TypeError(f"{method}() got an unexpected keyword argument {name!r}{hint}")


def _post_body(params: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """The JSON body for create/update from the docs' keyword arguments, validated."""
    body: dict[str, Any] = {}
    is_draft = params.get("is_draft")
    publish_now = params.get("publish_now")
    if publish_now is not None or is_draft is not None:  # neither given: nothing to check
        validation.check_flags(publish_now=publish_now, is_draft=is_draft)
    timezone = params.get("timezone")
    if timezone is not None:
        body["timezone"] = timeutil.check_timezone(timezone)
    for name, (wire, check) in _PLAIN.items():
        value = params.get(name)
        if value is not None:
            body[wire] = check(value, name)
    media = validation.normalize_media_items(params.get("media_items"))
    if media is not None:
        body["mediaItems"] = media
    platforms = validation.normalize_platforms(
        params.get("platforms"), required=creating and not is_draft, timezone=timezone
    )
    if platforms is not None:
        body["platforms"] = platforms
    if body.get("requiresApproval"):
        _check_approval(params, platforms, creating=creating)
    # Text is needed only where nothing else carries the post: a create that is not a draft, with no
    # media and some platform without its own customContent/customMedia (the API's rule).
    content_required = (
        creating
        and not is_draft
        and not media
        and not (platforms and all(p.get("customContent") or p.get("customMedia") for p in platforms))
    )
    if "content" in params or content_required:
        content = validation.check_content(params.get("content"), required=content_required)
        if content is not None:
            body["content"] = content
    if params.get("scheduled_for") is not None:
        body["scheduledFor"] = timeutil.to_api_instant(params["scheduled_for"], timezone=timezone)
    _refuse_past_times(params, body, platforms or ())
    tiktok = params.get("tiktok_settings")
    if tiktok is not None:  # (None normalises to None)
        settings = validation.normalize_tiktok_settings(tiktok, media_items=media)
        if settings is not None:
            body["tiktokSettings"] = settings
    elif creating and platforms and not _is_a_draft(params, platforms):
        _require_tiktok_settings(platforms)
    return body


def _refuse_past_times(
    params: Mapping[str, Any], body: Mapping[str, Any], platforms: Sequence[Mapping[str, Any]]
) -> None:
    """A time that has passed publishes at once: refused unless the post will not publish on it (a
    draft, or ``publish_now``, which wins over any time) or the caller says ``allow_past=True``."""
    allow = params.get("allow_past")
    if allow is not None and validation.check_bool(allow, "allow_past"):
        return
    if params.get("is_draft") or params.get("publish_now"):
        return
    if "scheduledFor" in body:
        timeutil.refuse_past(body["scheduledFor"], "scheduled_for")
    for i, target in enumerate(platforms):
        if "scheduledFor" in target:
            timeutil.refuse_past(target["scheduledFor"], f"platforms[{i}].scheduledFor")


def _check_approval(
    params: Mapping[str, Any], platforms: list[dict[str, Any]] | None, *, creating: bool
) -> None:
    """``requires_approval=True``: the API's rules, as the spec states them. It cannot be combined with
    ``is_draft``, ``publish_now`` or ``queued_from_profile``, and a create needs a time to schedule the
    post for once approved (``scheduled_for``, or one on every platform)."""
    for other in ("is_draft", "publish_now", "queued_from_profile"):
        if params.get(other):
            raise LateValidationError(
                f"requires_approval=True cannot be combined with {other}: an approved post is scheduled "
                "for its scheduled_for",
                param="requires_approval",
            )
    timed = params.get("scheduled_for") is not None or (
        bool(platforms) and all(entry.get("scheduledFor") for entry in platforms or ())
    )
    if creating and not timed:
        raise LateValidationError(
            "requires_approval=True needs scheduled_for (or one on every platform): the time the post "
            "is scheduled for once approved",
            param="scheduled_for",
        )


def _is_a_draft(params: Mapping[str, Any], platforms: list[dict[str, Any]]) -> bool:
    """``is_draft=True``, or no time anywhere (scheduled_for, publish_now, queued_from_profile, or a
    platform entry's own scheduledFor): the API then saves a draft ("defaults to draft automatically")."""
    if params.get("is_draft"):
        return True
    if any(params.get(k) for k in ("scheduled_for", "publish_now", "queued_from_profile")):
        return False
    return not any(entry.get("scheduledFor") for entry in platforms)


def _require_tiktok_settings(platforms: list[dict[str, Any]]) -> None:
    """A TikTok target of a post that is not a draft needs settings: the docs' "TikTok requires
    tiktok_settings with specific disclosure and consent fields". Settings the target carries itself
    (``platformSpecificData``, which the API merges) count."""
    for i, target in enumerate(platforms):
        if target.get("platform") == "tiktok" and not target.get("platformSpecificData"):
            raise LateValidationError(
                f"platforms[{i}] is TikTok, which requires tiktok_settings: privacy_level, allow_comment "
                "(and allow_duet and allow_stitch for a video), content_preview_confirmed=True and "
                "express_consent_given=True; or save the post as a draft (is_draft=True, or no "
                "scheduled_for, for the post or a platform, publish_now or queued_from_profile)",
                param="tiktok_settings",
            )


def _create_wire(params: Mapping[str, Any], method: str = "create") -> dict[str, Any]:
    """The validated wire body of ``posts.create(**params)`` (or of another call that sends one)."""
    _reject_unknown(params, _keywords(method), method)
    return _post_body(params, creating=True)


def _create_key(params: Mapping[str, Any]) -> str | None:
    """The caller's ``idempotency_key``, checked (None: not given)."""
    key = params.get("idempotency_key")
    return None if key is None else check_idempotency_key(key)


# Wire fields whose validation fixes every value the generated CreatePostBody parses (strings, bools,
# lists of strings, UTC instants, validated media items and platform targets). The others hold values
# validation passes through to generated parsers that may refuse them: platformSpecificData (in a
# platform target), tiktokSettings and metadata.
_MODEL_SAFE_FIELDS = frozenset(
    {
        "timezone",
        "content",
        "title",
        "publishNow",
        "isDraft",
        "requiresApproval",
        "crosspostingEnabled",
        "queuedFromProfile",
        "hashtags",
        "mentions",
        "tags",
        "mediaItems",
        "platforms",
        "scheduledFor",
    }
)


def _model_cannot_fail(wire: Mapping[str, Any]) -> bool:
    """True when building the generated model and request from ``wire`` (validated) cannot raise."""
    if not wire.keys() <= _MODEL_SAFE_FIELDS:
        return False
    return all("platformSpecificData" not in target for target in wire.get("platforms") or ())


# How many values each memo of a _RowCheck keeps (then it starts again): a run's memory stays flat.
_ROW_MEMO_SIZE = 4096


class _RowCheck:
    """The bulk dry run's shortcut for a CSV row: the wire body ``_check_create`` gives for the row's params.

    The common row (one platform target that is not TikTok, a time, text or media: what most rows are)
    is checked from its cells by the validators ``_post_body`` calls, without making the params and
    without the machinery for every other argument; what they said of the values rows repeat (a platform
    and account, a time in a zone, a tags cell) is remembered for the run. A one-URL media cell's item is
    made directly (its extension's type, the URL check ``normalize_media_items`` makes), and a time is
    asked of ``timeutil.is_past`` only when a cheaper reading of the same clock puts it near the edge
    of the past. Any other row, and any row a validator refuses, is left to the full check (:meth:`row`
    returns None), which decides and words the error. ``tests/sdk/test_bulk_row_check.py`` holds the two
    to the same answers.
    """

    __slots__ = (
        "_clock",
        "_http_url",
        "_instants",
        "_list_separator",
        "_media_items_of",
        "_media_type",
        "_tags",
        "_tags_of",
        "_targets",
    )

    def __init__(self) -> None:
        # (what a bulk row's cells stand for)
        from late.bulk import _LIST_SEPARATOR, _media_type, media_items_of, tags_of

        self._media_items_of = media_items_of
        self._media_type = _media_type
        self._list_separator = _LIST_SEPARATOR
        self._tags_of = tags_of
        self._http_url = validation._HTTP_URL.match  # what a media item's url must match
        # Keyed by the cells as read: the tags cell; the platform and account_id cells; the time and zone.
        self._tags: dict[str, Any] = {}
        self._targets: dict[tuple[str, str], dict[str, Any] | None] = {}
        self._instants: dict[tuple[str, str], tuple[str, datetime, str | None, float] | None] = {}
        self._clock = time.time  # (the clock datetime.now reads; one read is several times cheaper)

    def row(self, values: tuple[str, ...]) -> dict[str, Any] | None:
        """``_check_create(params)`` for the params a bulk CSV row makes (``late.bulk._Rows.params_of``
        of ``values``, its cells in ``late.bulk.COLUMNS`` order) when that is a common row that passes
        every check; None for any other row."""
        content, platform, account, when, title, media_url, tags, timezone = values
        # (The memos are keyed by the cells as read: a cell seen before is not even stripped again.)
        checked = self._targets.get((platform, account), _UNSEEN)
        if checked is _UNSEEN:
            checked = self._check_target(platform, account)
        instant = self._instants.get((when, timezone), _UNSEEN)
        if instant is _UNSEEN:
            instant = self._check_instant(when, timezone)
        if checked is None or instant is None or checked["platform"] == "tiktok":
            return None
        scheduled, moment, zone, at = instant
        body: dict[str, Any] = {}
        if zone is not None:
            body["timezone"] = zone
        title = title.strip()
        if title:
            body["title"] = title
        if tags:
            tag_list = self._tags.get(tags, _UNSEEN)
            if tag_list is _UNSEEN:
                tag_list = self._check_tags(tags)
            if tag_list is None:
                return None
            if tag_list is not _BLANK:
                body["tags"] = tag_list.copy()
        media_url = media_url.strip()
        has_text = bool(content.strip())  # (a blank content cell is no content)
        if media_url and self._list_separator not in media_url:
            # One URL: the item ``normalize_media_items(media_items_of(media_url))`` makes of it (a type
            # ``_media_type`` gives is a MediaType value already), made directly; refused: left to the check.
            if self._http_url(media_url) is None:
                return None
            try:
                body["mediaItems"] = [{"type": self._media_type(media_url), "url": media_url}]
            except LateValidationError:
                return None
        elif media_url:
            try:
                media = validation.normalize_media_items(self._media_items_of(media_url))
            except LateValidationError:
                return None
            body["mediaItems"] = media
            if not (media or has_text):
                return None
        elif not has_text:
            return None
        body["platforms"] = [checked.copy()]
        if has_text:
            body["content"] = content
        body["scheduledFor"] = scheduled
        # ``timeutil.is_past(moment)``, read only near the edge: a moment still ahead of a clock read now
        # minus _SURELY_NOT_PAST seconds is not past for any reading of the clock this second.
        if at < self._clock() - _SURELY_NOT_PAST and timeutil.is_past(moment):
            return None
        return body

    def _check_tags(self, cell: str) -> Any:
        """``validation.check_tags`` of a tags cell's tags; None: refused, ``_BLANK``: no tags. Remembered."""
        if len(self._tags) >= _ROW_MEMO_SIZE:
            self._tags.clear()
        stripped = cell.strip()
        try:
            found = validation.check_tags(self._tags_of(stripped)) if stripped else _BLANK
        except LateValidationError:
            found = None
        self._tags[cell] = found
        return found

    def _check_target(self, platform: str, account: str) -> dict[str, Any] | None:
        """What ``validation.normalize_platforms`` makes of a row's target, or None (refused); remembered."""
        if len(self._targets) >= _ROW_MEMO_SIZE:
            self._targets.clear()
        target = {"platform": platform.strip(), "accountId": account.strip()}
        found = None
        if target["platform"] and target["accountId"]:  # (else the row is refused: the full check says why)
            try:
                checked = validation.normalize_platforms([target], required=True, timezone=None)
                found = checked[0] if checked else None
            except LateValidationError:
                found = None
        self._targets[(platform, account)] = found
        return found

    def _check_instant(self, when: str, timezone: str) -> tuple[str, datetime, str | None, float] | None:
        """``timeutil.to_api_instant`` of a row's time and zone cells: the instant, its moment, the zone
        (None: none given) and the moment in Unix seconds; None when refused. Remembered."""
        if len(self._instants) >= _ROW_MEMO_SIZE:
            self._instants.clear()
        text, zone = when.strip(), timezone.strip() or None
        found = None
        if text:
            try:
                instant = timeutil.to_api_instant(text, timezone=zone)
                moment = datetime.fromisoformat(instant)
                found = (instant, moment, zone, moment.timestamp())
            except LateValidationError:
                found = None
        self._instants[(when, timezone)] = found
        return found


# A moment later than the clock minus this (in seconds) is not past (timeutil.PAST_GRACE) for a second.
_SURELY_NOT_PAST = timeutil.PAST_GRACE.total_seconds() - 1.0
_UNSEEN: Any = object()
_BLANK: Any = object()


class _ListQuery(TypedDict, total=False):
    """The generated ``list_posts._get_kwargs`` arguments the facade sends. Typed, so that ``mypy``
    (``make lint``) fails when a regeneration drops one of these query parameters from the spec."""

    page: int
    limit: int
    offset: int
    cursor: str
    status: ListPostsStatus
    platform: str
    profile_id: str
    created_by: str
    account_id: str
    from_date: date
    to_date: date
    include_hidden: bool
    search: str
    tags: str
    sort_by: ListPostsSortBy
    source: ListPostsSource
    fields: str


_IdFilter = Literal["profile_id", "created_by", "account_id"]
_ID_FILTERS: tuple[_IdFilter, ...] = ("profile_id", "created_by", "account_id")
_DATE_FILTERS: tuple[tuple[str, Literal["from_date", "to_date"]], ...] = (
    ("date_from", "from_date"),
    ("date_to", "to_date"),
)


def _list_query(params: Mapping[str, Any]) -> _ListQuery:
    """Keyword arguments for the generated ``list_posts._get_kwargs``, validated."""
    query: _ListQuery = {}
    if (page := validation.check_page(params.get("page"))) is not None:
        query["page"] = page
    if (limit := validation.check_limit(params.get("limit"))) is not None:
        query["limit"] = limit
    if params.get("offset") is not None:
        query["offset"] = validation.check_spec_int(params["offset"], "offset", "listPosts", "offset")
    query.update(_list_filters(params))
    if params.get("cursor") is not None:
        query["cursor"] = validation.check_cursor(params["cursor"])
    if params.get("status") is not None:
        from late_api_client.models import ListPostsStatus

        # The generated endpoint sends ``status.value``: hand it its enum, not the plain string.
        query["status"] = ListPostsStatus(validation.check_status(params["status"]))
    if params.get("platform") is not None:
        query["platform"] = validation.check_platform(params["platform"], "platform")
    for name in _ID_FILTERS:
        if params.get(name) is not None:
            query[name] = validation.check_str(params[name], name, non_empty=True)
    for param, wire in _DATE_FILTERS:
        if params.get(param) is not None:
            query[wire] = date.fromisoformat(timeutil.check_date_only(params[param], param))
    if params.get("include_hidden") is not None:
        query["include_hidden"] = validation.check_bool(params["include_hidden"], "include_hidden")
    return query


def _list_filters(params: Mapping[str, Any]) -> _ListQuery:
    """The filters the API added after the docs' table (search, tags, sort_by, source, fields), validated,
    with the cursor rules the spec states: a cursor is not available with ``sort_by`` status or platform,
    nor with ``source="external"``, which also takes no ``fields``."""
    from late_api_client.models import ListPostsSortBy, ListPostsSource

    query: _ListQuery = {}
    if params.get("search") is not None:
        query["search"] = validation.check_str(params["search"], "search")
    if params.get("tags") is not None:
        query["tags"] = validation.check_comma_list(
            params["tags"], "tags", max_items=validation.MAX_TAG_FILTERS
        )
    if params.get("sort_by") is not None:
        sort = validation.check_choice(params["sort_by"], ListPostsSortBy, "sort_by", what="sort order")
        query["sort_by"] = ListPostsSortBy(sort)  # the endpoint sends its ``.value``
    if params.get("source") is not None:
        source = validation.check_choice(params["source"], ListPostsSource, "source", what="post source")
        query["source"] = ListPostsSource(source)
    if params.get("fields") is not None:
        query["fields"] = validation.check_comma_list(params["fields"], "fields", field_names=True)
    external = query.get("source") == ListPostsSource.EXTERNAL
    if params.get("cursor") is not None:
        if query.get("sort_by") in (ListPostsSortBy.STATUS, ListPostsSortBy.PLATFORM):
            raise LateValidationError(
                f"cursor is not available with sort_by={str(query['sort_by'])!r}: use page or offset",
                param="cursor",
            )
        if external:
            raise LateValidationError(
                "cursor is not available with source='external': use page or offset", param="cursor"
            )
    if external and query.get("fields"):
        raise LateValidationError("fields is not available with source='external'", param="fields")
    return query


def _free_form(wire: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """The caller's free-form values in a body (passed through, not normalised), with their names."""
    if "metadata" in wire:
        yield "metadata", wire["metadata"]
    if "tiktokSettings" in wire:
        yield "tiktok_settings", wire["tiktokSettings"]
    for i, entry in enumerate(wire.get("platforms") or ()):
        if "platformSpecificData" in entry:
            yield f"platforms[{i}].platformSpecificData", entry["platformSpecificData"]


def _body_model(from_dict: Callable[[Mapping[str, Any]], PostBody], wire: Mapping[str, Any]) -> PostBody:
    """The generated body model for ``wire``; what it cannot take is a LateValidationError, not a crash."""
    for where, value in _free_form(wire):
        problem = _deepjson.check(value)  # at any depth: json.dumps would recurse once per level
        if problem is not None:
            raise LateValidationError(f"{where} must be JSON data: {problem}", param=where)
    from late_api_client.types import read_all

    try:
        body = fix_platform_specific_data(from_dict(wire), wire)
        read_all(body)  # nested models are built on first use: build them now, while a failure is ours
        return body
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        if (mismatch := spec_mismatch(exc)) is not None:  # the SDK's fault, not the caller's input
            raise mismatch from exc
        suspects = [where for where, _ in _free_form(wire)]
        raise LateValidationError(
            f"{' or '.join(suspects) or 'the post'} does not match the API's schema "
            f"({type(exc).__name__}: {exc})",
            param=suspects[0] if len(suspects) == 1 else None,
        ) from None


def _by_id(
    method: str,
    post_id: str,
    params: Mapping[str, Any],
    build: Callable[[str], dict[str, Any]],
    parse: Callable[[httpx.Response], T],
    retry_mode: RetryMode,
) -> Operation[T]:
    """The operation of a call that takes only a post id (and the per-call options)."""
    _reject_unknown(params, _CALL_OPTIONS, method)
    kwargs = call_generated(build, validation.check_post_id(post_id))
    request = ApiRequest.from_kwargs(kwargs, retry_mode=retry_mode)
    return Operation(request, parse, call_options(params))


def _publish_incomplete() -> Callable[[Mapping[str, Any]], PostPublishIncompleteResponse]:
    from late_api_client.models import PostPublishIncompleteResponse

    return PostPublishIncompleteResponse.from_dict


def _created_or_verdict(data: Mapping[str, Any]) -> PostCreateResponse | TikTokDryRunVerdict:
    """createPost's 200 is ``oneOf [TikTokDryRunVerdict, PostCreateResponse]`` (a replay by key)."""
    from late_api_client.models import PostCreateResponse, TikTokDryRunVerdict

    if {"dryRun", "canPublish", "tiktok"} <= data.keys():  # what the verdict requires, and a post does not
        return TikTokDryRunVerdict.from_dict(data)
    return PostCreateResponse.from_dict(data)


def _parse_created(response: httpx.Response) -> PostCreateResponse | PostPublishIncompleteResponse:
    """A create's answer: 201 (created), 200 (a replay by key) or 207 (saved, publish incomplete)."""
    from late_api_client.models import PostCreateResponse, TikTokDryRunVerdict

    by_status = ((200, _created_or_verdict), (207, _publish_incomplete()))
    answer: PostCreateResponse | PostPublishIncompleteResponse | TikTokDryRunVerdict
    answer = model_parser(PostCreateResponse.from_dict, by_status)(response)
    if isinstance(answer, TikTokDryRunVerdict):  # only a dry run asks for one: nothing was created
        raise answer_error(
            response,
            "The API answered a create with a TikTok dry-run verdict, which it sends only for a dry run "
            "(posts.tiktok_dry_run): no post was created, scheduled or published",
        )
    return answer


def _parse_verdict(response: httpx.Response) -> TikTokDryRunVerdict:
    """A dry run's answer: the verdict (createPost's 200 may also be a post, which a dry run never is)."""
    from late_api_client.models import TikTokDryRunVerdict

    answer = model_parser(_created_or_verdict)(response)
    if not isinstance(answer, TikTokDryRunVerdict):
        post = answer.post
        post_id = getattr(post, "field_id", None)
        raise answer_error(
            response,
            "The API answered a TikTok dry run with a post instead of a verdict: a post may have been "
            f"created (id {post_id!r}); check with posts.get or posts.list",
        )
    return answer


def _act(
    method: str,
    post_id: str,
    params: Mapping[str, Any],
    build: Callable[..., dict[str, Any]],
    body_from_dict: Callable[[Mapping[str, Any]], Any],
    from_dict: Callable[[Mapping[str, Any]], T],
) -> Operation[T]:
    """The operation of ``posts.<method>(post_id, **params)``, one of the actions of ``_post_actions``:
    its body checked and built with the generated body model, sent by the generated endpoint ``build``."""
    action = actions()[method]
    _reject_unknown(params, frozenset(action.checks) | _CALL_OPTIONS, method)
    post_id = validation.check_post_id(post_id)
    wire = action.body(post_id, params)
    with spec_checked():  # a body model without what the action sends: the SDK's error
        body = body_from_dict(wire)
    kwargs = call_generated(build, post_id, body=body)
    request = ApiRequest.from_kwargs(kwargs, retry_mode=action.retry_mode(wire))
    return Operation(request, model_parser(from_dict), call_options(params))


class Posts(Resource):
    """The Posts resource: ``client.posts``."""

    __slots__ = ()

    # --- operations: described once -------------------------------------------------------------

    @spec_checked()  # a generated name or attribute that is gone is the SDK's error, not the caller's
    def _create(
        self, params: Mapping[str, Any]
    ) -> Operation[PostCreateResponse | PostPublishIncompleteResponse]:
        from late_api_client.api.posts import create_post
        from late_api_client.models import CreatePostBody

        wire = _create_wire(params)
        body = _body_model(CreatePostBody.from_dict, wire)
        key = _create_key(params) or new_idempotency_key()
        request = ApiRequest.from_kwargs(
            call_generated(create_post._get_kwargs, body=body, idempotency_key=key), retry_mode="create"
        )
        return Operation(request, _parse_created, call_options(params, idempotency_key=key))

    @spec_checked()
    def _tiktok_dry_run(self, params: Mapping[str, Any]) -> Operation[TikTokDryRunVerdict]:
        from late_api_client.api.posts import create_post
        from late_api_client.models import CreatePostBody

        wire = _create_wire(params, "tiktok_dry_run")
        if not any(target.get("platform") == "tiktok" for target in wire.get("platforms") or ()):
            raise LateValidationError(
                "a TikTok dry run needs a TikTok entry in platforms (the API evaluates only those)",
                param="platforms",
            )
        body = _body_model(CreatePostBody.from_dict, {**wire, "dryRun": True})
        # Nothing is created, scheduled or published ("it can be repeated freely"): a plain repeatable call.
        kwargs = call_generated(create_post._get_kwargs, body=body)
        request = ApiRequest.from_kwargs(kwargs, retry_mode="idempotent")
        return Operation(request, _parse_verdict, call_options(params))

    def _check_create(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Every check ``_create`` makes (the same errors, in the same order), without the request.

        The bulk dry run's per-row check. Past validation, ``_create`` only builds the generated model
        and the request from the wire dict; for a wire dict :func:`_model_cannot_fail` vouches for, that
        cannot raise, so it is skipped. Any other (e.g. ``platformSpecificData``, passed through to the
        generated per-platform parsers) goes through ``_create`` itself. Returns the wire body (the
        bulk run reads each row's account and publish time from it, for the publish caps).
        """
        wire = _create_wire(params)
        if _model_cannot_fail(wire):
            _create_key(params)
        else:
            self._create(params)
        return wire

    @spec_checked()
    def _list(self, params: Mapping[str, Any]) -> Operation[PostsListResponse]:
        from late_api_client.api.posts import list_posts
        from late_api_client.models import PostsListResponse

        _reject_unknown(params, _keywords("list"), "list")
        request = ApiRequest.from_kwargs(
            call_generated(list_posts._get_kwargs, **_list_query(params)), retry_mode="idempotent"
        )
        return Operation(request, model_parser(PostsListResponse.from_dict), call_options(params))

    @spec_checked()
    def _get(self, post_id: str, params: Mapping[str, Any]) -> Operation[PostGetResponse]:
        from late_api_client.api.posts import get_post
        from late_api_client.models import PostGetResponse

        parse = model_parser(PostGetResponse.from_dict)
        return _by_id("get", post_id, params, get_post._get_kwargs, parse, "idempotent")

    @spec_checked()
    def _update(
        self, post_id: str, params: Mapping[str, Any]
    ) -> Operation[PostUpdateResponse | PostPublishIncompleteResponse]:
        from late_api_client.api.posts import update_post
        from late_api_client.models import PostUpdateResponse, UpdatePostBody

        _reject_unknown(params, _keywords("update"), "update")
        post_id = validation.check_post_id(post_id)
        wire = _post_body(params, creating=False)
        body = _body_model(UpdatePostBody.from_dict, wire)
        kwargs = call_generated(update_post._get_kwargs, post_id, body=body)
        # Publishing is not repeatable: a second PUT after a first that published (its answer lost)
        # is refused as an update of a published post. Such an update is retried only when the
        # request never reached the API; any other update is an idempotent PUT.
        mode: RetryMode = "unsafe" if wire.get("publishNow") else "idempotent"
        parse = model_parser(PostUpdateResponse.from_dict, ((207, _publish_incomplete()),))
        return Operation(ApiRequest.from_kwargs(kwargs, retry_mode=mode), parse, call_options(params))

    @spec_checked()
    def _delete(self, post_id: str, params: Mapping[str, Any]) -> Operation[PostDeleteResponse]:
        from late_api_client.api.posts import delete_post
        from late_api_client.models import PostDeleteResponse

        parse = model_parser(PostDeleteResponse.from_dict)
        return _by_id("delete", post_id, params, delete_post._get_kwargs, parse, "idempotent")

    @spec_checked()
    def _retry(
        self, post_id: str, params: Mapping[str, Any]
    ) -> Operation[PostRetryResponse | RetryPostResponse207]:
        from late_api_client.api.posts import retry_post
        from late_api_client.models import PostRetryResponse, RetryPostResponse207

        # Not idempotent: retried only when the request never reached the server or was turned away (429).
        parse = model_parser(PostRetryResponse.from_dict, ((207, RetryPostResponse207.from_dict),))
        return _by_id("retry", post_id, params, retry_post._get_kwargs, parse, "unsafe")

    def _edit(self, post_id: str, params: Mapping[str, Any]) -> Operation[EditPostResponse200]:
        from late_api_client.api.posts import edit_post
        from late_api_client.models import EditPostBody, EditPostResponse200

        return _act(
            "edit",
            post_id,
            params,
            edit_post._get_kwargs,
            EditPostBody.from_dict,
            EditPostResponse200.from_dict,
        )

    def _pin(self, post_id: str, params: Mapping[str, Any]) -> Operation[PinPostResponse]:
        from late_api_client.api.posts import pin_post
        from late_api_client.models import PinPostRequest, PinPostResponse

        return _act(
            "pin", post_id, params, pin_post._get_kwargs, PinPostRequest.from_dict, PinPostResponse.from_dict
        )

    def _unpin(self, post_id: str, params: Mapping[str, Any]) -> Operation[PinPostResponse]:
        from late_api_client.api.posts import unpin_post
        from late_api_client.models import PinPostRequest, PinPostResponse

        return _act(
            "unpin",
            post_id,
            params,
            unpin_post._get_kwargs,
            PinPostRequest.from_dict,
            PinPostResponse.from_dict,
        )

    def _unpublish(self, post_id: str, params: Mapping[str, Any]) -> Operation[UnpublishPostResponse200]:
        from late_api_client.api.posts import unpublish_post
        from late_api_client.models import UnpublishPostBody, UnpublishPostResponse200

        return _act(
            "unpublish",
            post_id,
            params,
            unpublish_post._get_kwargs,
            UnpublishPostBody.from_dict,
            UnpublishPostResponse200.from_dict,
        )

    def _update_metadata(
        self, post_id: str, params: Mapping[str, Any]
    ) -> Operation[UpdatePostMetadataResponse200]:
        from late_api_client.api.posts import update_post_metadata
        from late_api_client.models import UpdatePostMetadataBody, UpdatePostMetadataResponse200

        return _act(
            "update_metadata",
            post_id,
            params,
            update_post_metadata._get_kwargs,
            UpdatePostMetadataBody.from_dict,
            UpdatePostMetadataResponse200.from_dict,
        )

    def _review(self, post_id: str, params: Mapping[str, Any]) -> Operation[PostGetResponse]:
        from late_api_client.api.posts import review_post
        from late_api_client.models import PostGetResponse, ReviewPostBody

        return _act(
            "review",
            post_id,
            params,
            review_post._get_kwargs,
            ReviewPostBody.from_dict,
            PostGetResponse.from_dict,
        )

    def _bulk(
        self,
        path: str | os.PathLike[str],
        dry_run: bool,
        max_concurrency: int,
        progress: Callable[..., None] | None,
        options: Mapping[str, Any],
        delimiter: str | None = None,
    ) -> BulkUpload:
        """A CSV bulk upload, checked but not read yet; see ``late.bulk``. ``_create`` builds its creates."""
        from late.bulk import BulkUpload

        return BulkUpload.start(
            path,
            self._create,
            check=self._check_create,
            row_check=_RowCheck().row,
            dry_run=dry_run,
            max_concurrency=max_concurrency,
            progress=progress,
            options=options,
            delimiter=delimiter,
        )

    # --- the API: each method written once; the a* twins run the same description async ---------

    _EXECUTORS = ("_run", "_walk", "_run_bulk")
    _ARG_DOCS = ARG_DOCS

    def create(
        self,
        *,
        content: str | None = None,
        platforms: Sequence[PlatformEntry] | None = None,
        scheduled_for: datetime | str | None = None,
        timezone: str | None = None,
        publish_now: bool | None = None,
        is_draft: bool | None = None,
        title: str | None = None,
        media_items: Sequence[MediaEntry] | None = None,
        tags: Sequence[str] | None = None,
        hashtags: Sequence[str] | None = None,
        mentions: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        tiktok_settings: Mapping[str, Any] | None = None,
        crossposting_enabled: bool | None = None,
        queued_from_profile: str | None = None,
        requires_approval: bool | None = None,
        allow_past: bool | None = None,
        idempotency_key: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> PostCreateResponse | PostPublishIncompleteResponse:
        """Create a post: scheduled (``scheduled_for``), published now (``publish_now=True``) or a draft.

        A publish that did not fully succeed answers 207 with a ``PostPublishIncompleteResponse``
        (``post.status`` is ``partial`` or ``failed``; ``platform_results`` says why): the post exists.
        """
        return self._run(_account_ids.prepare(self, given(locals()), self._create))

    def tiktok_dry_run(
        self,
        *,
        content: str | None = None,
        platforms: Sequence[PlatformEntry] | None = None,
        scheduled_for: datetime | str | None = None,
        timezone: str | None = None,
        publish_now: bool | None = None,
        is_draft: bool | None = None,
        title: str | None = None,
        media_items: Sequence[MediaEntry] | None = None,
        tags: Sequence[str] | None = None,
        hashtags: Sequence[str] | None = None,
        mentions: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        tiktok_settings: Mapping[str, Any] | None = None,
        crossposting_enabled: bool | None = None,
        queued_from_profile: str | None = None,
        requires_approval: bool | None = None,
        allow_past: bool | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> TikTokDryRunVerdict:
        """Whether each TikTok entry of this post could publish now under TikTok's daily limits.

        Takes what ``create`` takes (an entry without an ``accountId`` included); nothing is created,
        scheduled or published, so it is safe to repeat.
        """
        return self._run(_account_ids.prepare(self, given(locals()), self._tiktok_dry_run))

    def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        cursor: str | None = None,
        status: PostStatus | str | None = None,
        platform: Platform | str | None = None,
        profile_id: str | None = None,
        created_by: str | None = None,
        account_id: str | None = None,
        date_from: str | date | None = None,
        date_to: str | date | None = None,
        include_hidden: bool | None = None,
        search: str | None = None,
        tags: Sequence[str] | None = None,
        sort_by: str | None = None,
        source: str | None = None,
        fields: Sequence[str] | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> PostsListResponse:
        """One page of posts, filtered; ``iter()`` walks every page."""
        return self._run(self._list(given(locals())))

    def iter(
        self,
        *,
        max_items: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        cursor: str | None = None,
        status: PostStatus | str | None = None,
        platform: Platform | str | None = None,
        profile_id: str | None = None,
        created_by: str | None = None,
        account_id: str | None = None,
        date_from: str | date | None = None,
        date_to: str | date | None = None,
        include_hidden: bool | None = None,
        search: str | None = None,
        tags: Sequence[str] | None = None,
        sort_by: str | None = None,
        source: str | None = None,
        fields: Sequence[str] | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[Post]:
        """Every post matching the filters, page after page, fetched lazily.

        The walk follows the API's cursor (``pagination.next_cursor``), a position in the order, so
        deleting, editing or creating posts while walking skips none of the others.
        """
        params = given(locals(), "max_items")
        return self._walk(PageWalk(params, max_items=max_items))

    def get(
        self,
        post_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> PostGetResponse:
        """One post by id."""
        return self._run(self._get(post_id, given(locals(), "post_id")))

    def update(
        self,
        post_id: str,
        *,
        content: str | None = None,
        platforms: Sequence[PlatformEntry] | None = None,
        scheduled_for: datetime | str | None = None,
        timezone: str | None = None,
        publish_now: bool | None = None,
        is_draft: bool | None = None,
        title: str | None = None,
        media_items: Sequence[MediaEntry] | None = None,
        tags: Sequence[str] | None = None,
        hashtags: Sequence[str] | None = None,
        mentions: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        tiktok_settings: Mapping[str, Any] | None = None,
        crossposting_enabled: bool | None = None,
        queued_from_profile: str | None = None,
        requires_approval: bool | None = None,
        allow_past: bool | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> PostUpdateResponse | PostPublishIncompleteResponse:
        """Change a draft, scheduled, failed or partial post; only the arguments given are sent.

        A ``platforms`` entry without an ``accountId`` gets the one connected account of its platform,
        as in ``create``.
        """
        params = given(locals(), "post_id")
        return self._run(_account_ids.prepare(self, params, functools.partial(self._update, post_id)))

    def delete(
        self,
        post_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> PostDeleteResponse:
        """Delete a post that is not published."""
        return self._run(self._delete(post_id, given(locals(), "post_id")))

    def retry(
        self,
        post_id: str,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> PostRetryResponse | RetryPostResponse207:
        """Publish a failed or partial post again."""
        return self._run(self._retry(post_id, given(locals(), "post_id")))

    def edit(
        self,
        post_id: str,
        *,
        platform: Platform | str,
        content: str,
        account_id: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> EditPostResponse200:
        """Change the text of a published post on one platform (X, Facebook, LinkedIn, YouTube, ...)."""
        return self._run(self._edit(post_id, given(locals(), "post_id")))

    def pin(
        self,
        post_id: str,
        *,
        platform: Platform | str,
        account_id: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> PinPostResponse:
        """Pin a published Facebook post to the top of its Page."""
        return self._run(self._pin(post_id, given(locals(), "post_id")))

    def unpin(
        self,
        post_id: str,
        *,
        platform: Platform | str,
        account_id: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> PinPostResponse:
        """Unpin a published Facebook post from the top of its Page."""
        return self._run(self._unpin(post_id, given(locals(), "post_id")))

    def unpublish(
        self,
        post_id: str,
        *,
        platform: Platform | str,
        account_id: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> UnpublishPostResponse200:
        """Delete a published post from one platform; Late keeps the post, as cancelled."""
        return self._run(self._unpublish(post_id, given(locals(), "post_id")))

    def update_metadata(
        self,
        post_id: str,
        *,
        platform: Platform | str,
        video_id: str | None = None,
        account_id: str | None = None,
        title: str | None = None,
        description: str | None = None,
        tags: Sequence[str] | None = None,
        category_id: str | None = None,
        privacy_status: str | None = None,
        thumbnail_url: str | None = None,
        made_for_kids: bool | None = None,
        contains_synthetic_media: bool | None = None,
        playlist_id: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> UpdatePostMetadataResponse200:
        """Change a published YouTube video's title, description, tags, privacy, thumbnail, playlist...

        ``post_id="_"`` updates a video uploaded outside Late, with ``video_id`` and ``account_id``.
        """
        return self._run(self._update_metadata(post_id, given(locals(), "post_id")))

    def review(
        self,
        post_id: str,
        *,
        decision: str,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> PostGetResponse:
        """Approve (schedule) or reject (back to draft) a post pending approval."""
        return self._run(self._review(post_id, given(locals(), "post_id")))

    def bulk_upload(
        self,
        path: str | os.PathLike[str],
        dry_run: bool = False,
        *,
        max_concurrency: int = 4,
        progress: Callable[..., None] | None = None,
        delimiter: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> BulkUploadResult:
        """Create one post per row of a CSV file (see ``late.bulk`` for the format and guarantees).

        ``dry_run=True`` only validates: no request at all, every bad row reported. A real run creates
        nothing unless every row is valid; then ``max_concurrency`` creates run at a time (threads, or
        tasks for ``abulk_upload``), each with an idempotency key derived from the file's bytes and the
        row, so re-running the same file never posts twice. In the result, ``created`` counts the posts
        this run made and ``replayed`` the rows whose post an earlier run made; ``warnings`` lists rows
        past a per-account publish cap. Creates are paced by the API's rate limit; a row it turns away is
        sent again.
        """
        options = given(locals(), "path", "dry_run", "max_concurrency", "progress", "delimiter")
        return self._run_bulk(self._bulk(path, dry_run, max_concurrency, progress, options, delimiter))

    acreate = async_twin(create)
    atiktok_dry_run = async_twin(tiktok_dry_run)
    alist = async_twin(list)
    aiter = async_iter_twin(iter, "_awalk")
    aget = async_twin(get)
    aupdate = async_twin(update)
    adelete = async_twin(delete)
    aretry = async_twin(retry)
    aedit = async_twin(edit)
    apin = async_twin(pin)
    aunpin = async_twin(unpin)
    aunpublish = async_twin(unpublish)
    aupdate_metadata = async_twin(update_metadata)
    areview = async_twin(review)
    abulk_upload = async_twin(bulk_upload, "_arun_bulk")

    # --- executors of the descriptions (besides _run/_arun) ----------------------------------------

    def _walk(self, walk: PageWalk) -> Iterator[Post]:
        while (page := walk.next_params()) is not None:
            yield from walk.take(self._run(self._list(page)))

    async def _awalk(self, walk: PageWalk) -> AsyncIterator[Post]:
        while (page := walk.next_params()) is not None:
            for post in walk.take(await self._arun(self._list(page))):
                yield post

    def _run_bulk(self, run: BulkUpload) -> BulkUploadResult:
        if not run.validate() or run.dry_run:
            return run.validation_result()
        from late.resources._pool import run_pool

        def work(job: Job) -> None:
            with run.listening():
                while True:
                    try:
                        response = self._run(job.operation)
                    except LateAuthenticationError:
                        raise  # a bad key fails every row: stop instead of sending them all
                    except LateAPIError as err:
                        if run.resend(job, err, self._requestor.policy.max_retry_after):
                            continue  # turned away by the rate limit: the limiter paces the next try
                        run.failed(job, err)
                    else:
                        run.done(job, response)
                    return

        run_pool(run.jobs(), work, run.workers)
        return run.result()

    async def _arun_bulk(self, run: BulkUpload) -> BulkUploadResult:
        import asyncio  # only async callers pay for it

        if not await asyncio.to_thread(run.validate) or run.dry_run:  # pass 1 reads the file off the loop
            return run.validation_result()
        from late.resources._pool import arun_pool

        async def work(job: Job) -> None:
            with run.listening():
                while True:
                    try:
                        response = await self._arun(job.operation)
                    except LateAuthenticationError:
                        raise
                    except LateAPIError as err:
                        if run.resend(job, err, self._requestor.policy.max_retry_after):
                            continue
                        run.failed(job, err)
                    else:
                        run.done(job, response)
                    return

        await arun_pool(run.jobs(), work, run.workers)
        return run.result()
