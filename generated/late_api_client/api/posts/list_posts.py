import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_posts_sort_by import ListPostsSortBy
from ...models.list_posts_source import ListPostsSource
from ...models.list_posts_status import ListPostsStatus
from ...models.posts_list_response import PostsListResponse
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    source: ListPostsSource | Unset = UNSET,
    status: ListPostsStatus | Unset = UNSET,
    platform: str | Unset = UNSET,
    profile_id: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    include_hidden: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    sort_by: ListPostsSortBy | Unset = UNSET,
    account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["offset"] = offset

    params["cursor"] = cursor

    params["fields"] = fields

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["platform"] = platform

    params["profileId"] = profile_id

    params["createdBy"] = created_by

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["includeHidden"] = include_hidden

    params["search"] = search

    params["tags"] = tags

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    params["accountId"] = account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/posts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PostsListResponse | None:
    if response.status_code == 200:
        response_200 = PostsListResponse.from_dict(response.json())

        return response_200

    if response.status_code in (400, 401):
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PostsListResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    source: ListPostsSource | Unset = UNSET,
    status: ListPostsStatus | Unset = UNSET,
    platform: str | Unset = UNSET,
    profile_id: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    include_hidden: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    sort_by: ListPostsSortBy | Unset = UNSET,
    account_id: str | Unset = UNSET,
) -> Response[ErrorResponse | PostsListResponse]:
    """List posts

     Returns a paginated list of posts. Published posts include platformPostUrl with the public URL on
    each platform. A query parameter that is not listed here returns 400 naming it and the accepted
    parameters, so a misspelled filter never silently returns the unfiltered list.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):
        cursor (str | Unset):
        fields (str | Unset):
        source (ListPostsSource | Unset):  Default: ListPostsSource.ZERNIO.
        status (ListPostsStatus | Unset):
        platform (str | Unset):  Example: twitter.
        profile_id (str | Unset):
        created_by (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        include_hidden (bool | Unset):  Default: False.
        search (str | Unset):
        tags (str | Unset):  Example: job,engineering.
        sort_by (ListPostsSortBy | Unset):  Default: ListPostsSortBy.SCHEDULED_DESC.
        account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostsListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        offset=offset,
        cursor=cursor,
        fields=fields,
        source=source,
        status=status,
        platform=platform,
        profile_id=profile_id,
        created_by=created_by,
        from_date=from_date,
        to_date=to_date,
        date_from=date_from,
        date_to=date_to,
        include_hidden=include_hidden,
        search=search,
        tags=tags,
        sort_by=sort_by,
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


sync = parsed_of(sync_detailed)  # the same arguments; only the parsed body

asyncio_detailed = async_twin(sync_detailed, _get_kwargs, _build_response)  # the same, awaited

asyncio = aparsed_of(asyncio_detailed)  # the same arguments; only the parsed body
