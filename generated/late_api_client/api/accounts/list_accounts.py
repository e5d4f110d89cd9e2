from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounts_list_response import AccountsListResponse
from ...models.error_response import ErrorResponse
from ...models.list_accounts_category import ListAccountsCategory
from ...models.list_accounts_order import ListAccountsOrder
from ...models.list_accounts_sort import ListAccountsSort
from ...models.list_accounts_status import ListAccountsStatus
from ...types import (
    UNSET,
    Response,
    Unset,
    aparsed_of,
    async_twin,
    parsed_of,
    status_code_of,
)


def _get_kwargs(
    *,
    profile_id: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    status: ListAccountsStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    category: ListAccountsCategory | Unset = UNSET,
    sort: ListAccountsSort | Unset = UNSET,
    order: ListAccountsOrder | Unset = UNSET,
    include_over_limit: bool | Unset = UNSET,
    exclude_hidden: bool | Unset = UNSET,
    include_sandbox: bool | Unset = UNSET,
    include_status_counts: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    profile_ids: str | Unset = UNSET,
    per_profile: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["profileId"] = profile_id

    params["platform"] = platform

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["search"] = search

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["includeOverLimit"] = include_over_limit

    params["excludeHidden"] = exclude_hidden

    params["includeSandbox"] = include_sandbox

    params["includeStatusCounts"] = include_status_counts

    params["page"] = page

    params["limit"] = limit

    params["cursor"] = cursor

    params["profileIds"] = profile_ids

    params["perProfile"] = per_profile

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountsListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountsListResponse.from_dict(response.json())

        return response_200

    if response.status_code in (400, 401, 503):
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountsListResponse | ErrorResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    profile_id: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    status: ListAccountsStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    category: ListAccountsCategory | Unset = UNSET,
    sort: ListAccountsSort | Unset = UNSET,
    order: ListAccountsOrder | Unset = UNSET,
    include_over_limit: bool | Unset = UNSET,
    exclude_hidden: bool | Unset = UNSET,
    include_sandbox: bool | Unset = UNSET,
    include_status_counts: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    profile_ids: str | Unset = UNSET,
    per_profile: int | Unset = UNSET,
) -> Response[AccountsListResponse | ErrorResponse]:
    """List accounts

     Returns connected accounts. Only includes accounts within the plan limit by default. Follower data
    requires analytics add-on.
    Supports optional server-side pagination. When omitted, returns all accounts (backward-compatible).
    Cursor paging: send `limit` alone for the first page, then pass `pagination.nextCursor` back as
    `cursor` until it is null. Pages are ordered by account id, so accounts added or removed between
    calls never shift a page. Cannot be combined with `page`, `sort` or `perProfile`.
    Offset paging: send `page` and `limit` together. Out-of-range page/limit values are rejected with
    400 rather than silently clamped.

    Args:
        profile_id (str | Unset):
        platform (str | Unset):
        status (ListAccountsStatus | Unset):
        search (str | Unset):
        category (ListAccountsCategory | Unset):
        sort (ListAccountsSort | Unset):
        order (ListAccountsOrder | Unset):  Default: ListAccountsOrder.ASC.
        include_over_limit (bool | Unset):  Default: False.
        exclude_hidden (bool | Unset):  Default: False.
        include_sandbox (bool | Unset):  Default: False.
        include_status_counts (bool | Unset):  Default: False.
        page (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        profile_ids (str | Unset):
        per_profile (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountsListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        platform=platform,
        status=status,
        search=search,
        category=category,
        sort=sort,
        order=order,
        include_over_limit=include_over_limit,
        exclude_hidden=exclude_hidden,
        include_sandbox=include_sandbox,
        include_status_counts=include_status_counts,
        page=page,
        limit=limit,
        cursor=cursor,
        profile_ids=profile_ids,
        per_profile=per_profile,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


sync = parsed_of(sync_detailed)  # the same arguments; only the parsed body

asyncio_detailed = async_twin(sync_detailed, _get_kwargs, _build_response)  # the same, awaited

asyncio = aparsed_of(asyncio_detailed)  # the same arguments; only the parsed body
