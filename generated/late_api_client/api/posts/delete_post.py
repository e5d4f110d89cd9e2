from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_post_response_404 import DeletePostResponse404
from ...models.error_response import ErrorResponse
from ...models.post_delete_response import PostDeleteResponse
from ...types import Response, aparsed_of, async_twin, parsed_of, status_code_of


def _get_kwargs(
    post_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/posts/{post_id}".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletePostResponse404 | ErrorResponse | PostDeleteResponse | None:
    if response.status_code == 200:
        response_200 = PostDeleteResponse.from_dict(response.json())

        return response_200

    if response.status_code in (400, 401, 403):
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = DeletePostResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeletePostResponse404 | ErrorResponse | PostDeleteResponse]:
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
) -> Response[DeletePostResponse404 | ErrorResponse | PostDeleteResponse]:
    """Delete post

     Delete a post from Zernio. Any status except `published` can be deleted: `draft`, `scheduled`,
    `publishing`, `failed`, `partial` and `cancelled`. Published posts cannot be deleted; use the
    Unpublish endpoint instead. Upload quota is automatically refunded for draft and scheduled posts.

    Deleting a `publishing` or `partial` post is how you stop entries that are still pending, for
    example entries held on a disconnected account. It removes the whole post record from Zernio,
    including the entries that were already published, but it does not remove anything already live on a
    platform (use Unpublish for that first if needed). An entry that a worker has already started
    sending when you delete may still go out, or may fail because media uploaded to Zernio and not used
    by another post is deleted with the post. Analytics for entries already published are removed too.
    Deleting also frees the content for re-creation, so the same caption and media are no longer
    reported as a duplicate.

    Args:
        post_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletePostResponse404 | ErrorResponse | PostDeleteResponse]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


sync = parsed_of(sync_detailed)  # the same arguments; only the parsed body

asyncio_detailed = async_twin(sync_detailed, _get_kwargs, _build_response)  # the same, awaited

asyncio = aparsed_of(asyncio_detailed)  # the same arguments; only the parsed body
