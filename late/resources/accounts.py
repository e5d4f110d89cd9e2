"""``client.accounts`` and ``client.profiles``: the connected accounts a post names, and their profiles.

Read-only, sync and async, on the pattern of ``client.posts``: each call validates its arguments
locally (a bad call sends nothing), is described once as an :class:`Operation` and parsed into the
generated models (``AccountsListResponse`` of ``SocialAccount``, ``ProfilesListResponse`` of ``Profile``).
"""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from late import validation
from late._exceptions import LateValidationError
from late._http.request import ApiRequest
from late.resources._base import Operation, Resource, call_options, model_parser
from late.resources._pages import PageInfo, PageWalk
from late.resources._signatures import async_iter_twin, async_twin, given
from late.resources._spec import call_generated, spec_checked

# Imported here, not only for type checkers, so ``typing.get_type_hints`` resolves every annotation
# (the MCP tools' schemas are read off the signatures); a stale generated client leaves them out.
with contextlib.suppress(ImportError):  # pragma: no cover - a stale generated client: calls raise
    from late_api_client.models import AccountsListResponse, ProfilesListResponse, SocialAccount

__all__ = ["Accounts", "Profiles"]

#: The spec's bounds of the accounts ``search`` text (from the generated constraints, as every bound).
MAX_SEARCH_LENGTH: int = validation.spec_bounds("listAccounts", "search").get("maxLength", 100)


#: One line per parameter of the public methods (the ``Args:`` of each docstring is built from it).
ARG_DOCS: dict[str, str] = {
    # accounts.list / iter
    "profile_id": "only the accounts of this profile",
    "platform": 'only this platform\'s accounts: "twitter", "instagram", "metaads"... (any case)',
    "status": '"connected" (healthy) or "disconnected" (needs reconnecting)',
    "search": "part of the username, display name or platform user id, or an exact account id",
    "category": "social, ads, communication, blogs, crm or analytics",
    "page": "1-based page number (offset paging, with limit)",
    "limit": "page size, 1 to 500",
    "cursor": "a page's pagination.next_cursor: the page after it (cursor paging)",
    "include_over_limit": "also the accounts of profiles over the plan's limit",
    "exclude_hidden": "leave out accounts the dashboard does not show",
    "include_status_counts": "answer statusCounts (all, disconnected)",
    "max_items": "stop after this many accounts (default: every account)",
}

#: The same for ``profiles.list``.
PROFILE_ARG_DOCS: dict[str, str] = {
    "name": "exact profile name",
    "external_id": "exact externalId you set on the profile",
    "limit": "page size, 1 to 1000",
    "skip": "profiles to skip",
    "include_over_limit": "also the profiles over the plan's limit",
}


def _check_choice(value: object, param: str, choices: tuple[str, ...], what: str) -> str:
    """``value`` (a string, any case) as one of ``choices``; else an error suggesting the closest."""
    text = validation.check_str(value, param, non_empty=True)  # type: ignore[arg-type]
    found = text.strip().lower()
    if found in choices:
        return found
    close = difflib.get_close_matches(found, choices, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f" (one of {', '.join(choices)})"
    raise LateValidationError(f"{param} {text!r} is not a known {what}{hint}", param=param)


def _account_platforms() -> tuple[str, ...]:
    from late_api_client.models.social_account_platform import SocialAccountPlatform

    return tuple(member.value for member in SocialAccountPlatform)


def _accounts_query(params: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the generated ``list_accounts._get_kwargs``, validated."""
    from late_api_client.models import ListAccountsCategory, ListAccountsStatus

    query: dict[str, Any] = {}
    if params.get("profile_id") is not None:
        query["profile_id"] = validation.check_str(params["profile_id"], "profile_id", non_empty=True)
    if params.get("platform") is not None:
        query["platform"] = _check_choice(params["platform"], "platform", _account_platforms(), "platform")
    if params.get("status") is not None:
        statuses = tuple(s.value for s in ListAccountsStatus)
        query["status"] = ListAccountsStatus(_check_choice(params["status"], "status", statuses, "status"))
    if params.get("category") is not None:
        kinds = tuple(c.value for c in ListAccountsCategory)
        category = _check_choice(params["category"], "category", kinds, "category")
        query["category"] = ListAccountsCategory(category)
    if params.get("search") is not None:
        search = validation.check_str(params["search"], "search", non_empty=True)
        if len(search) > MAX_SEARCH_LENGTH:
            raise LateValidationError(
                f"search must be at most {MAX_SEARCH_LENGTH} characters", param="search"
            )
        query["search"] = search
    if params.get("page") is not None:
        query["page"] = validation.check_page(params["page"])
    if params.get("limit") is not None:
        query["limit"] = _check_bounded(params["limit"], "limit", "listAccounts")
    if params.get("cursor") is not None:
        if query.get("page") is not None:
            raise LateValidationError("cursor and page cannot be combined: pass one of them", param="cursor")
        query["cursor"] = validation.check_str(params["cursor"], "cursor", non_empty=True)
    for name in ("include_over_limit", "exclude_hidden", "include_status_counts"):
        if params.get(name) is not None:
            query[name] = validation.check_bool(params[name], name)
    return query


def _check_bounded(value: object, param: str, operation: str) -> int:
    """An int within the bounds openapi.yaml sets on ``param`` of ``operation``, worded as every other
    count the SDK checks."""
    bounds = validation.spec_bounds(operation, param)
    return validation._check_int(value, param, minimum=bounds.get("minimum"), maximum=bounds.get("maximum"))


def _profiles_query(params: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the generated ``list_profiles._get_kwargs``, validated."""
    query: dict[str, Any] = {}
    for name in ("name", "external_id"):
        if params.get(name) is not None:
            query[name] = validation.check_str(params[name], name, non_empty=True)
    if params.get("limit") is not None:
        query["limit"] = _check_bounded(params["limit"], "limit", "listProfiles")
    if params.get("skip") is not None:
        query["skip"] = _check_bounded(params["skip"], "skip", "listProfiles")
    if params.get("include_over_limit") is not None:
        query["include_over_limit"] = validation.check_bool(
            params["include_over_limit"], "include_over_limit"
        )
    return query


@spec_checked()
def _page_info(answer: AccountsListResponse) -> PageInfo | None:
    """The paging of an accounts page. Its ``pagination`` is ``oneOf [Pagination, AccountCursorPagination]``
    and the first member, whose fields are all optional, reads a cursor page too: its ``nextCursor`` is
    then an unknown field of that Pagination."""
    from late_api_client.models import AccountCursorPagination

    pagination = answer.pagination
    if pagination is None:
        return None
    if isinstance(pagination, AccountCursorPagination):
        return PageInfo(pagination.next_cursor, None, None)
    return PageInfo(pagination.additional_properties.get("nextCursor"), pagination.pages, pagination.total)


class Accounts(Resource):
    """The connected social accounts: ``client.accounts`` (read-only)."""

    __slots__ = ()

    @staticmethod
    @spec_checked()  # a generated name or attribute that is gone is the SDK's error, not the caller's
    def _operation(params: Mapping[str, Any]) -> Operation[AccountsListResponse]:
        """``GET /v1/accounts`` with these filters (also what posts ask for a missing ``accountId``)."""
        from late_api_client.api.accounts import list_accounts
        from late_api_client.models import AccountsListResponse

        request = ApiRequest.from_kwargs(
            call_generated(list_accounts._get_kwargs, **_accounts_query(params)), retry_mode="idempotent"
        )
        return Operation(request, model_parser(AccountsListResponse.from_dict), call_options(params))

    # --- the API: each method written once; the a* twins run the same description async ---------

    _EXECUTORS = ("_run", "_walk")
    _ARG_DOCS = ARG_DOCS

    def list(
        self,
        *,
        profile_id: str | None = None,
        platform: str | None = None,
        status: str | None = None,
        search: str | None = None,
        category: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        include_over_limit: bool | None = None,
        exclude_hidden: bool | None = None,
        include_status_counts: bool | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AccountsListResponse:
        """The connected accounts, filtered: every one, or one page with ``page``/``limit``/``cursor``.

        Without ``page``, ``limit`` or ``cursor``, every account comes in one answer.
        """
        return self._run(self._operation(given(locals())))

    def iter(
        self,
        *,
        max_items: int | None = None,
        profile_id: str | None = None,
        platform: str | None = None,
        status: str | None = None,
        search: str | None = None,
        category: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        include_over_limit: bool | None = None,
        exclude_hidden: bool | None = None,
        include_status_counts: bool | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[SocialAccount]:
        """Every account matching the filters, page after page (``limit`` per page, 100 by default)."""
        params = given(locals(), "max_items")
        _accounts_query(params)  # a bad filter fails here, before the first page is asked for
        return self._walk(PageWalk(params, max_items=max_items))

    alist = async_twin(list)
    aiter = async_iter_twin(iter, "_awalk")

    # --- executors of the descriptions (besides _run/_arun) ----------------------------------------

    def _walk(self, walk: PageWalk) -> Iterator[SocialAccount]:
        while (page := walk.next_params()) is not None:
            answer = self._run(self._operation(page))
            yield from walk.take_items(answer.accounts, _page_info(answer))

    async def _awalk(self, walk: PageWalk) -> AsyncIterator[SocialAccount]:
        while (page := walk.next_params()) is not None:
            answer = await self._arun(self._operation(page))
            for account in walk.take_items(answer.accounts, _page_info(answer)):
                yield account


class Profiles(Resource):
    """The profiles that group accounts: ``client.profiles`` (read-only)."""

    __slots__ = ()

    @spec_checked()
    def _list(self, params: Mapping[str, Any]) -> Operation[ProfilesListResponse]:
        from late_api_client.api.profiles import list_profiles
        from late_api_client.models import ProfilesListResponse

        request = ApiRequest.from_kwargs(
            call_generated(list_profiles._get_kwargs, **_profiles_query(params)), retry_mode="idempotent"
        )
        return Operation(request, model_parser(ProfilesListResponse.from_dict), call_options(params))

    _ARG_DOCS = PROFILE_ARG_DOCS

    def list(
        self,
        *,
        name: str | None = None,
        external_id: str | None = None,
        limit: int | None = None,
        skip: int | None = None,
        include_over_limit: bool | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> ProfilesListResponse:
        """The profiles, default first: every one, or a page with ``limit``/``skip``."""
        return self._run(self._list(given(locals())))

    alist = async_twin(list)
