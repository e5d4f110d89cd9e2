from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.post_publish_incomplete_response import PostPublishIncompleteResponse
from ...models.post_update_response import PostUpdateResponse
from ...models.update_post_body import UpdatePostBody
from ...models.update_post_response_404 import UpdatePostResponse404
from ...types import Response, aparsed_of, async_twin, parsed_of, status_code_of


def _get_kwargs(
    post_id: str,
    *,
    body: UpdatePostBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/posts/{post_id}".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PostPublishIncompleteResponse | PostUpdateResponse | UpdatePostResponse404 | None:
    if response.status_code == 200:
        response_200 = PostUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = PostPublishIncompleteResponse.from_dict(response.json())

        return response_207

    if response.status_code in (400, 401, 403, 409, 429, 503):
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = UpdatePostResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PostPublishIncompleteResponse | PostUpdateResponse | UpdatePostResponse404]:
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
    body: UpdatePostBody,
) -> Response[ErrorResponse | PostPublishIncompleteResponse | PostUpdateResponse | UpdatePostResponse404]:
    """Update post

     Update an existing post. Draft, scheduled, failed, partial, and cancelled posts can be edited.
    Published posts can only have their recycling config updated.

    To promote a draft to scheduled, send `isDraft: false` together with `scheduledFor` (or `publishNow:
    true`,
    or `queuedFromProfile`). If `isDraft` is omitted the post keeps its current draft status, so sending
    only
    `scheduledFor` to a draft returns 200 but the post remains a draft.

    Non-draft updates run the same per-platform validation as post creation (media requirements,
    platform-specific
    field rules, etc.) against the resulting platforms, returning 400 on failure.

    ## LinkedIn @mentions

    Profile and company URLs written as `@[https://www.linkedin.com/in/jane-doe]` or
    `@[Jane](https://www.linkedin.com/company/acme)` in the `content` or LinkedIn `customContent` you
    send are
    resolved to LinkedIn's name and link, exactly as on `POST /v1/posts` (see Create post for the
    rules). Only what
    the request sends is looked up: an update of the schedule, status or media makes no LinkedIn call,
    and
    `@[Text](urn:li:...)` markup is stored as written. Moving a draft out of draft also resolves the
    stored
    `content` and the stored `customContent` of its LinkedIn entries, and saves the result. A mention
    that cannot be resolved on a non-draft returns `400` `linkedin_mentions_invalid`, `429`
    `rate_limited`, `401` `reconnect_required` or a retryable `503` `temporarily_unavailable`, with each
    mention
    under `details.mentions[]` (`LinkedInMentionIssue`). Drafts get `warnings` instead.

    Args:
        post_id (str):
        body (UpdatePostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostPublishIncompleteResponse | PostUpdateResponse | UpdatePostResponse404]
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
