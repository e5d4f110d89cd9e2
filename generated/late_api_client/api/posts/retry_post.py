from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.post_retry_response import PostRetryResponse
from ...models.retry_post_response_207 import RetryPostResponse207
from ...models.retry_post_response_402 import RetryPostResponse402
from ...models.retry_post_response_404 import RetryPostResponse404
from ...models.retry_post_response_429 import RetryPostResponse429
from ...types import Response, aparsed_of, async_twin, parsed_of, status_code_of


def _get_kwargs(
    post_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/posts/{post_id}/retry".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | PostRetryResponse
    | RetryPostResponse207
    | RetryPostResponse402
    | RetryPostResponse404
    | RetryPostResponse429
    | None
):
    if response.status_code == 200:
        response_200 = PostRetryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = RetryPostResponse207.from_dict(response.json())

        return response_207

    if response.status_code in (400, 401, 403, 409):
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 402:
        response_402 = RetryPostResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = RetryPostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RetryPostResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorResponse
    | PostRetryResponse
    | RetryPostResponse207
    | RetryPostResponse402
    | RetryPostResponse404
    | RetryPostResponse429
]:
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
) -> Response[
    ErrorResponse
    | PostRetryResponse
    | RetryPostResponse207
    | RetryPostResponse402
    | RetryPostResponse404
    | RetryPostResponse429
]:
    """Retry failed post

     Immediately retries publishing a failed post. Returns the updated post with its new status.

    Args:
        post_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostRetryResponse | RetryPostResponse207 | RetryPostResponse402 | RetryPostResponse404 | RetryPostResponse429]
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
