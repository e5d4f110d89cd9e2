from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.profiles_list_response import ProfilesListResponse
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
    include_over_limit: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeOverLimit"] = include_over_limit

    params["name"] = name

    params["externalId"] = external_id

    params["limit"] = limit

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/profiles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProfilesListResponse | None:
    if response.status_code == 200:
        response_200 = ProfilesListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ProfilesListResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_over_limit: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[ErrorResponse | ProfilesListResponse]:
    """List profiles

     Returns profiles sorted default-first, then by creation date. Filter with name or externalId (exact
    match) and paginate with limit/skip; without those params the full list is returned unchanged. Use
    includeOverLimit=true to include profiles that exceed the plan limit.

    Args:
        include_over_limit (bool | Unset):  Default: False.
        name (str | Unset):
        external_id (str | Unset):
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProfilesListResponse]
    """

    kwargs = _get_kwargs(
        include_over_limit=include_over_limit,
        name=name,
        external_id=external_id,
        limit=limit,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


sync = parsed_of(sync_detailed)  # the same arguments; only the parsed body

asyncio_detailed = async_twin(sync_detailed, _get_kwargs, _build_response)  # the same, awaited

asyncio = aparsed_of(asyncio_detailed)  # the same arguments; only the parsed body
