from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_post_body import EditPostBody
from ...models.edit_post_response_200 import EditPostResponse200
from ...models.edit_post_response_404 import EditPostResponse404
from ...models.error_response import ErrorResponse
from ...types import (
    Response,
    aparsed_of,
    async_twin,
    parsed_of,
    status_code_of,
)


def _get_kwargs(
    post_id: str,
    *,
    body: EditPostBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/posts/{post_id}/edit".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EditPostResponse200 | EditPostResponse404 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EditPostResponse200.from_dict(response.json())

        return response_200

    if response.status_code in (400, 403, 500):
        response_400 = cast(Any, None)
        return response_400

    if response.status_code in (401, 409):
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = EditPostResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EditPostResponse200 | EditPostResponse404 | ErrorResponse]:
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
    body: EditPostBody,
) -> Response[Any | EditPostResponse200 | EditPostResponse404 | ErrorResponse]:
    """Edit published post

     Edit the text of an already-published post. Supported on X, Discord,
    Facebook, Reddit, LinkedIn, Telegram, Pinterest, Google Business Profile, YouTube,
    and Slack. When a post was published to several accounts on the same platform,
    pass `accountId` to pick which account's copy to edit (without it the request
    returns 409). Each platform enforces its own rules:

    **X**
    - Connected X account must have an active X Premium subscription
    - Must be within 1 hour of original publish time
    - Maximum 5 edits per tweet (enforced by X)
    - Threads cannot be edited, only single tweets
    - X assigns a NEW post ID on edit, returned as `id`

    **Discord**
    - No time limit and no premium requirement
    - The message ID is unchanged after the edit

    **Facebook**
    - Graph only permits editing a post that the same app created, so this works on
      posts published through Zernio and is rejected for posts created in Meta
      Business Suite / Composer or by another tool
    - Media cannot be swapped, only the message text
    - Reactions, comments, and shares are preserved. The post ID is unchanged

    **Reddit**
    - Self-posts only. A link post has no editable body and is rejected before the write
    - Body only. Reddit exposes no API to edit a post title, ever
    - The post ID is unchanged

    **LinkedIn**
    - Text only, no time limit. Media, polls, articles, and reshare targets cannot be
      changed
    - Works for member and organization posts published through this API. The post
      keeps its ID and LinkedIn shows an "edited" marker
    - Text is limited to 3,000 characters; mentions and hashtags are preserved

    **Telegram**
    - No time limit; messages published through Zernio are editable indefinitely
    - Text posts: edits the message text (up to 4096 characters)
    - Media posts: edits the caption only (up to 1024 characters). The media itself
      cannot be swapped
    - For albums, the caption shown on the album (its first message) is edited
    - The message ID is unchanged

    **Pinterest**
    - Description only, maximum 800 characters. Media, link, and board cannot be
      changed, and a pin title derived from the old content's first line at publish
      stays as-is
    - Pinterest's pin-update endpoint is currently in closed beta; until the app is
      allowlisted by Pinterest, edits are rejected with a "beta feature not yet
      enabled" error
    - The pin ID is unchanged

    **Google Business Profile**
    - Post body (summary) text only. Call-to-action, event/offer fields, and media are
      untouched
    - No time limit and no edit limit. The post ID is unchanged
    - The post must still exist on Google: a post deleted from the Business Profile
      dashboard, or an event/offer post past its end date, returns a 404

    **YouTube**
    - `content` replaces the video description only. The title is unchanged, even if
      it was originally derived from the content's first line at publish time
    - Title, tags, thumbnail, and privacy edits belong to `POST /v1/posts/{postId}/update-metadata`
    - No time window and no edit cap. The video ID is unchanged

    **Slack**
    - Text only, up to 4,000 characters. Media cannot be swapped, and media posts
      whose share message reference never resolved cannot be edited
    - No time limit unless workspace admins restrict message editing
    - The message ID is unchanged

    Media edits are not supported on any platform. The post record in Zernio is updated
    with the new content and an edit-history entry.

    Args:
        post_id (str):
        body (EditPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EditPostResponse200 | EditPostResponse404 | ErrorResponse]
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
