from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.post_get_response import PostGetResponse
from ...models.review_post_body import ReviewPostBody
from ...models.review_post_response_404 import ReviewPostResponse404
from ...types import Response, aparsed_of, async_twin, parsed_of, status_code_of


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

    if response.status_code in (400, 401, 403, 409):
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ReviewPostResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PostGetResponse | ReviewPostResponse404]:
    return Response(
        status_code=status_code_of(response.status_code),
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


sync = parsed_of(sync_detailed)  # the same arguments; only the parsed body

asyncio_detailed = async_twin(sync_detailed, _get_kwargs, _build_response)  # the same, awaited

asyncio = aparsed_of(asyncio_detailed)  # the same arguments; only the parsed body
