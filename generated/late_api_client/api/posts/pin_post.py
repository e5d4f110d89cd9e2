from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pin_post_request import PinPostRequest
from ...models.pin_post_response import PinPostResponse
from ...models.pin_post_response_404 import PinPostResponse404
from ...types import Response


def _get_kwargs(
    post_id: str,
    *,
    body: PinPostRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/posts/{post_id}/pin".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | PinPostResponse | PinPostResponse404 | None:
    if response.status_code == 200:
        response_200 = PinPostResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PinPostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | PinPostResponse | PinPostResponse404]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    post_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinPostRequest,
) -> Response[Any | ErrorResponse | PinPostResponse | PinPostResponse404]:
    """Pin post

     Pins a published Facebook Page post to the top of its Page. Only Facebook posts can be pinned; any
    other platform answers 400 `platform_not_supported`. Works for posts on Pages connected through
    Facebook Login.

    Args:
        post_id (str):
        body (PinPostRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PinPostResponse | PinPostResponse404]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinPostRequest,
) -> Any | ErrorResponse | PinPostResponse | PinPostResponse404 | None:
    """Pin post

     Pins a published Facebook Page post to the top of its Page. Only Facebook posts can be pinned; any
    other platform answers 400 `platform_not_supported`. Works for posts on Pages connected through
    Facebook Login.

    Args:
        post_id (str):
        body (PinPostRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | PinPostResponse | PinPostResponse404
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    post_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinPostRequest,
) -> Response[Any | ErrorResponse | PinPostResponse | PinPostResponse404]:
    """Pin post

     Pins a published Facebook Page post to the top of its Page. Only Facebook posts can be pinned; any
    other platform answers 400 `platform_not_supported`. Works for posts on Pages connected through
    Facebook Login.

    Args:
        post_id (str):
        body (PinPostRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PinPostResponse | PinPostResponse404]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinPostRequest,
) -> Any | ErrorResponse | PinPostResponse | PinPostResponse404 | None:
    """Pin post

     Pins a published Facebook Page post to the top of its Page. Only Facebook posts can be pinned; any
    other platform answers 400 `platform_not_supported`. Works for posts on Pages connected through
    Facebook Login.

    Args:
        post_id (str):
        body (PinPostRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | PinPostResponse | PinPostResponse404
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
            body=body,
        )
    ).parsed
