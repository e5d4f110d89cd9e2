from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.post_get_response import PostGetResponse
from ...models.review_post_body import ReviewPostBody
from ...models.review_post_response_404 import ReviewPostResponse404
from ...types import Response


def _get_kwargs(
    post_id: str,
    *,
    body: ReviewPostBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/posts/{post_id}/review".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PostGetResponse | ReviewPostResponse404 | None:
    if response.status_code == 200:
        response_200 = PostGetResponse.from_dict(response.json())

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
        response_404 = ReviewPostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PostGetResponse | ReviewPostResponse404]:
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
    body: ReviewPostBody,
) -> Response[ErrorResponse | PostGetResponse | ReviewPostResponse404]:
    """Approve or reject a post

     Approves or rejects a post saved with `requiresApproval: true` (status `pending_approval`).
    `approve` schedules the post for its `scheduledFor` and fires the `post.scheduled` webhook. When
    that time has already passed, the post publishes within a couple of minutes.
    `reject` returns the post to `draft`.
    Returns 409 when the post is not `pending_approval`.

    Args:
        post_id (str):
        body (ReviewPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostGetResponse | ReviewPostResponse404]
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
    body: ReviewPostBody,
) -> ErrorResponse | PostGetResponse | ReviewPostResponse404 | None:
    """Approve or reject a post

     Approves or rejects a post saved with `requiresApproval: true` (status `pending_approval`).
    `approve` schedules the post for its `scheduledFor` and fires the `post.scheduled` webhook. When
    that time has already passed, the post publishes within a couple of minutes.
    `reject` returns the post to `draft`.
    Returns 409 when the post is not `pending_approval`.

    Args:
        post_id (str):
        body (ReviewPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PostGetResponse | ReviewPostResponse404
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
    body: ReviewPostBody,
) -> Response[ErrorResponse | PostGetResponse | ReviewPostResponse404]:
    """Approve or reject a post

     Approves or rejects a post saved with `requiresApproval: true` (status `pending_approval`).
    `approve` schedules the post for its `scheduledFor` and fires the `post.scheduled` webhook. When
    that time has already passed, the post publishes within a couple of minutes.
    `reject` returns the post to `draft`.
    Returns 409 when the post is not `pending_approval`.

    Args:
        post_id (str):
        body (ReviewPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostGetResponse | ReviewPostResponse404]
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
    body: ReviewPostBody,
) -> ErrorResponse | PostGetResponse | ReviewPostResponse404 | None:
    """Approve or reject a post

     Approves or rejects a post saved with `requiresApproval: true` (status `pending_approval`).
    `approve` schedules the post for its `scheduledFor` and fires the `post.scheduled` webhook. When
    that time has already passed, the post publishes within a couple of minutes.
    `reject` returns the post to `draft`.
    Returns 409 when the post is not `pending_approval`.

    Args:
        post_id (str):
        body (ReviewPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PostGetResponse | ReviewPostResponse404
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
            body=body,
        )
    ).parsed
