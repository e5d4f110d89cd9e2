from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_media_presigned_url_body import GetMediaPresignedUrlBody
from ...models.get_media_presigned_url_response_200 import (
    GetMediaPresignedUrlResponse200,
)
from ...types import Response, aparsed_of, async_twin, parsed_of, status_code_of


def _get_kwargs(
    *,
    body: GetMediaPresignedUrlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/media/presign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetMediaPresignedUrlResponse200 | None:
    if response.status_code == 200:
        response_200 = GetMediaPresignedUrlResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetMediaPresignedUrlResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMediaPresignedUrlBody,
) -> Response[ErrorResponse | GetMediaPresignedUrlResponse200]:
    """Get upload URL

     Get a presigned URL to upload files directly to cloud storage (up to 5GB). Returns an uploadUrl and
    publicUrl. PUT your file to the uploadUrl, then use the publicUrl in your posts.

    Args:
        body (GetMediaPresignedUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetMediaPresignedUrlResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


sync = parsed_of(sync_detailed)  # the same arguments; only the parsed body

asyncio_detailed = async_twin(sync_detailed, _get_kwargs, _build_response)  # the same, awaited

asyncio = aparsed_of(asyncio_detailed)  # the same arguments; only the parsed body
