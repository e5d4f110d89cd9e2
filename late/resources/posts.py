"""``client.posts``: create, list, get, update, delete and retry posts, sync and async.

Each method validates its arguments locally (a bad call sends nothing), turns them into the
API's wire names and exact instants, and builds the request with the generated endpoint. The
sync and async methods share that one description of the call (see ``_base``).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, Unpack

from late import timeutil, validation
from late.client._retry import RetryMode
from late.client.exceptions import LateAPIError, LateAuthenticationError, LateValidationError
from late.client.transport import ApiRequest, new_idempotency_key
from late.enums import Platform, PostStatus
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
from late.resources._post_actions import (
    EditPostParams,
    PinPostParams,
    ReviewPostParams,
    UnpublishPostParams,
    UpdateMetadataParams,
    actions,
)
from late.resources._spec import call_generated, spec_checked, spec_mismatch

T = TypeVar("T")

if TYPE_CHECKING:
    import os

    import httpx
    from late_api_client.models import (
        EditPostResponse200,
        ListPostsSortBy,
        ListPostsSource,
        ListPostsStatus,
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

    from late.bulk import BulkUpload, BulkUploadResult, Job

# The generated endpoints and models are imported inside the operations that use them: importing
# them all up front (create_post alone pulls in every platform's models) would cost `import late`
# several times `import httpx`. A repeated import is a dict lookup.

PlatformEntry = Mapping[str, Any]
MediaEntry = Mapping[str, Any]


class _PostFields(TypedDict, total=False):
    """The fields ``create`` and ``update`` share, named as the docs' API Reference tables name them."""

    content: str
    platforms: Sequence[PlatformEntry]
    title: str
    media_items: Sequence[MediaEntry]
    scheduled_for: datetime | str
    timezone: str
    tags: Sequence[str]
    hashtags: Sequence[str]
    mentions: Sequence[str]
    metadata: Mapping[str, Any]
    tiktok_settings: Mapping[str, Any]
    crossposting_enabled: bool
    queued_from_profile: str
    publish_now: bool
    is_draft: bool
    allow_past: bool  # send a scheduled_for that has passed (the API then publishes at once); not sent
    requires_approval: bool  # pending_approval until posts.review approves it (create: needs scheduled_for)


class CreatePostParams(_PostFields, CallOptions, total=False):
    """Keyword arguments of ``posts.create``/``posts.acreate``.

    ``idempotency_key`` makes a create safe to repeat: the SDK sends a fresh one on every call
    (the same on each retry of that call); pass your own to make a re-run of your program safe.
    """

    idempotency_key: str


class UpdatePostParams(_PostFields, CallOptions, total=False):
    """Keyword arguments of ``posts.update``/``posts.aupdate`` (besides ``post_id``)."""


class TikTokDryRunParams(_PostFields, CallOptions, total=False):
    """Keyword arguments of ``posts.tiktok_dry_run``: the post you would create (nothing is created)."""


class ListPostsParams(CallOptions, total=False):
    """Filters of ``posts.list``/``posts.alist``/``posts.iter``/``posts.aiter``."""

    page: int
    limit: int  # 1 to the spec's maximum (500)
    offset: int  # a row offset: takes precedence over page
    cursor: str  # a page's pagination.next_cursor: the page after it (takes precedence over page and offset)
    status: PostStatus | str
    platform: Platform | str
    profile_id: str
    created_by: str
    account_id: str
    date_from: str | date
    date_to: str | date
    include_hidden: bool
    search: str  # text the post's content contains
    tags: Sequence[str]  # posts carrying every one of these tags (at most 20)
    sort_by: str  # scheduled-desc (default), scheduled-asc, created-desc, created-asc, status, platform
    source: str  # "zernio" (default): posts made through the API; "external": posts synced from a platform
    fields: Sequence[str]  # only these post fields (and _id) in each post, e.g. ["status", "scheduled_for"]


_CALL_OPTIONS = frozenset(CallOptions.__annotations__)
_CREATE_KEYS = frozenset(CreatePostParams.__annotations__) | _CALL_OPTIONS
_UPDATE_KEYS = frozenset(UpdatePostParams.__annotations__) | _CALL_OPTIONS
_DRY_RUN_KEYS = frozenset(TikTokDryRunParams.__annotations__) | _CALL_OPTIONS
_LIST_KEYS = frozenset(ListPostsParams.__annotations__) | _CALL_OPTIONS

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


def _create_wire(
    params: Mapping[str, Any], keys: frozenset[str] = _CREATE_KEYS, method: str = "create"
) -> dict[str, Any]:
    """The validated wire body of ``posts.create(**params)`` (or of another call that sends one)."""
    _reject_unknown(params, keys, method)
    return _post_body(params, creating=True)


def _create_key(params: Mapping[str, Any]) -> str | None:
    """The caller's ``idempotency_key``, checked (None: not given)."""
    key = params.get("idempotency_key")
    if key is not None:
        key = validation.check_str(key, "idempotency_key", non_empty=True)
    return key


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
        query["cursor"] = validation.check_str(params["cursor"], "cursor", non_empty=True)
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
        try:
            json.dumps(value)
        except (TypeError, ValueError) as exc:
            raise LateValidationError(f"{where} must be JSON data: {exc}", param=where) from None
    try:
        body = fix_platform_specific_data(from_dict(wire), wire)
        body.to_dict()  # nested models are built on first use: build them now, while a failure is ours
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

        wire = _create_wire(params, _DRY_RUN_KEYS, "tiktok_dry_run")
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

        _reject_unknown(params, _LIST_KEYS, "list")
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

        _reject_unknown(params, _UPDATE_KEYS, "update")
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
            dry_run=dry_run,
            max_concurrency=max_concurrency,
            progress=progress,
            options=options,
            delimiter=delimiter,
        )

    # --- sync ---------------------------------------------------------------------------------------

    def bulk_upload(
        self,
        path: str | os.PathLike[str],
        dry_run: bool = False,
        *,
        max_concurrency: int = 4,
        progress: Callable[..., None] | None = None,
        delimiter: str | None = None,
        **options: Unpack[CallOptions],
    ) -> BulkUploadResult:
        """Create one post per row of a CSV file (see ``late.bulk`` for the format and guarantees).

        ``dry_run=True`` only validates: no request at all, every bad row reported. A real run creates
        nothing unless every row is valid; then ``max_concurrency`` creates run at a time (threads), each
        with an idempotency key derived from the file's bytes and the row, so re-running the same file
        never posts twice. ``progress(rows_done, total_rows)`` is called after each row (and, if it takes
        a ``waiting`` keyword, with ``waiting=seconds`` when the run waits for the API's rate limit).
        ``delimiter`` (``","``, ``";"`` or ``"\\t"``) is detected from the header line when not given. In
        the result, ``created`` counts the posts this run made and ``replayed`` the rows whose post an
        earlier run made; ``warnings`` lists rows past a per-account publish cap. Creates are paced by
        the API's rate limit; a row it turns away is sent again.
        """
        run = self._bulk(path, dry_run, max_concurrency, progress, options, delimiter)
        if not run.validate() or dry_run:
            return run.validation_result()
        from late._pool import run_pool

        def work(job: Job) -> None:
            with run.listening():
                while True:
                    try:
                        response = self._run(job.operation)
                    except LateAuthenticationError:
                        raise  # a bad key fails every row: stop instead of sending them all
                    except LateAPIError as err:
                        if run.resend(job, err, self._transport.policy.max_retry_after):
                            continue  # turned away by the rate limit: the limiter paces the next try
                        run.failed(job, err)
                    else:
                        run.done(job, response)
                    return

        run_pool(run.jobs(), work, run.workers)
        return run.result()

    def create(
        self, **params: Unpack[CreatePostParams]
    ) -> PostCreateResponse | PostPublishIncompleteResponse:
        """Create a post: scheduled (``scheduled_for``), published now (``publish_now=True``) or a draft.

        A publish that did not fully succeed answers 207 with a ``PostPublishIncompleteResponse``
        (``post.status`` is ``partial`` or ``failed``; ``platform_results`` says why): the post exists.
        """
        return self._run(self._create(params))

    def tiktok_dry_run(self, **params: Unpack[TikTokDryRunParams]) -> TikTokDryRunVerdict:
        """Whether each TikTok entry of this post could publish now under TikTok's daily limits.

        Takes what ``create`` takes; nothing is created, scheduled or published, so it is safe to repeat.
        """
        return self._run(self._tiktok_dry_run(params))

    def list(self, **params: Unpack[ListPostsParams]) -> PostsListResponse:
        """One page of posts, filtered; ``iter()`` walks every page."""
        return self._run(self._list(params))

    def get(self, post_id: str, **options: Unpack[CallOptions]) -> PostGetResponse:
        """One post by id."""
        return self._run(self._get(post_id, options))

    def update(
        self, post_id: str, **params: Unpack[UpdatePostParams]
    ) -> PostUpdateResponse | PostPublishIncompleteResponse:
        """Change a draft, scheduled, failed or partial post; only the arguments given are sent."""
        return self._run(self._update(post_id, params))

    def delete(self, post_id: str, **options: Unpack[CallOptions]) -> PostDeleteResponse:
        """Delete a post that is not published."""
        return self._run(self._delete(post_id, options))

    def retry(self, post_id: str, **options: Unpack[CallOptions]) -> PostRetryResponse | RetryPostResponse207:
        """Publish a failed or partial post again."""
        return self._run(self._retry(post_id, options))

    def edit(self, post_id: str, **params: Unpack[EditPostParams]) -> EditPostResponse200:
        """Change the text of a published post on one platform (X, Facebook, LinkedIn, YouTube, ...)."""
        return self._run(self._edit(post_id, params))

    def pin(self, post_id: str, **params: Unpack[PinPostParams]) -> PinPostResponse:
        """Pin a published Facebook post to the top of its Page."""
        return self._run(self._pin(post_id, params))

    def unpin(self, post_id: str, **params: Unpack[PinPostParams]) -> PinPostResponse:
        """Unpin a published Facebook post from the top of its Page."""
        return self._run(self._unpin(post_id, params))

    def unpublish(self, post_id: str, **params: Unpack[UnpublishPostParams]) -> UnpublishPostResponse200:
        """Delete a published post from one platform; Late keeps the post, as cancelled."""
        return self._run(self._unpublish(post_id, params))

    def update_metadata(
        self, post_id: str, **params: Unpack[UpdateMetadataParams]
    ) -> UpdatePostMetadataResponse200:
        """Change a published YouTube video's title, description, tags, privacy, thumbnail, playlist..."""
        return self._run(self._update_metadata(post_id, params))

    def review(self, post_id: str, **params: Unpack[ReviewPostParams]) -> PostGetResponse:
        """Approve (schedule) or reject (back to draft) a post pending approval."""
        return self._run(self._review(post_id, params))

    def iter(self, *, max_items: int | None = None, **params: Unpack[ListPostsParams]) -> Iterator[Post]:
        """Every post matching the filters, page after page, fetched lazily.

        The walk follows the API's cursor (``pagination.next_cursor``), a position in the order, so
        deleting, editing or creating posts while walking skips none of the others.
        """
        walk = PageWalk(params, max_items=max_items)
        while (page := walk.next_params()) is not None:
            yield from walk.take(self._run(self._list(page)))

    # --- async ----------------------------------------------------------------------------------

    async def abulk_upload(
        self,
        path: str | os.PathLike[str],
        dry_run: bool = False,
        *,
        max_concurrency: int = 4,
        progress: Callable[..., None] | None = None,
        delimiter: str | None = None,
        **options: Unpack[CallOptions],
    ) -> BulkUploadResult:
        """Async ``bulk_upload``: at most ``max_concurrency`` creates in flight (tasks)."""
        run = self._bulk(path, dry_run, max_concurrency, progress, options, delimiter)
        import asyncio  # only async callers pay for it

        if not await asyncio.to_thread(run.validate) or dry_run:  # pass 1 reads the file off the loop
            return run.validation_result()
        from late._pool import arun_pool

        async def work(job: Job) -> None:
            with run.listening():
                while True:
                    try:
                        response = await self._arun(job.operation)
                    except LateAuthenticationError:
                        raise
                    except LateAPIError as err:
                        if run.resend(job, err, self._transport.policy.max_retry_after):
                            continue
                        run.failed(job, err)
                    else:
                        run.done(job, response)
                    return

        await arun_pool(run.jobs(), work, run.workers)
        return run.result()

    async def acreate(
        self, **params: Unpack[CreatePostParams]
    ) -> PostCreateResponse | PostPublishIncompleteResponse:
        """Async ``create``."""
        return await self._arun(self._create(params))

    async def atiktok_dry_run(self, **params: Unpack[TikTokDryRunParams]) -> TikTokDryRunVerdict:
        """Async ``tiktok_dry_run``."""
        return await self._arun(self._tiktok_dry_run(params))

    async def alist(self, **params: Unpack[ListPostsParams]) -> PostsListResponse:
        """Async ``list``."""
        return await self._arun(self._list(params))

    async def aget(self, post_id: str, **options: Unpack[CallOptions]) -> PostGetResponse:
        """Async ``get``."""
        return await self._arun(self._get(post_id, options))

    async def aupdate(
        self, post_id: str, **params: Unpack[UpdatePostParams]
    ) -> PostUpdateResponse | PostPublishIncompleteResponse:
        """Async ``update``."""
        return await self._arun(self._update(post_id, params))

    async def adelete(self, post_id: str, **options: Unpack[CallOptions]) -> PostDeleteResponse:
        """Async ``delete``."""
        return await self._arun(self._delete(post_id, options))

    async def aretry(
        self, post_id: str, **options: Unpack[CallOptions]
    ) -> PostRetryResponse | RetryPostResponse207:
        """Async ``retry``."""
        return await self._arun(self._retry(post_id, options))

    async def aedit(self, post_id: str, **params: Unpack[EditPostParams]) -> EditPostResponse200:
        """Async ``edit``."""
        return await self._arun(self._edit(post_id, params))

    async def apin(self, post_id: str, **params: Unpack[PinPostParams]) -> PinPostResponse:
        """Async ``pin``."""
        return await self._arun(self._pin(post_id, params))

    async def aunpin(self, post_id: str, **params: Unpack[PinPostParams]) -> PinPostResponse:
        """Async ``unpin``."""
        return await self._arun(self._unpin(post_id, params))

    async def aunpublish(
        self, post_id: str, **params: Unpack[UnpublishPostParams]
    ) -> UnpublishPostResponse200:
        """Async ``unpublish``."""
        return await self._arun(self._unpublish(post_id, params))

    async def aupdate_metadata(
        self, post_id: str, **params: Unpack[UpdateMetadataParams]
    ) -> UpdatePostMetadataResponse200:
        """Async ``update_metadata``."""
        return await self._arun(self._update_metadata(post_id, params))

    async def areview(self, post_id: str, **params: Unpack[ReviewPostParams]) -> PostGetResponse:
        """Async ``review``."""
        return await self._arun(self._review(post_id, params))

    async def aiter(
        self, *, max_items: int | None = None, **params: Unpack[ListPostsParams]
    ) -> AsyncIterator[Post]:
        """Async ``iter``: ``async for post in client.posts.aiter(...)``."""
        walk = PageWalk(params, max_items=max_items)
        while (page := walk.next_params()) is not None:
            for post in walk.take(await self._arun(self._list(page))):
                yield post
