from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.upload_media_direct_body import UploadMediaDirectBody
from ...models.upload_media_direct_response_200 import UploadMediaDirectResponse200
from ...types import (
    Response,
    aparsed_of,
    async_twin,
    parsed_of,
    status_code_of,
)


def _get_kwargs(
    *,
    body: UploadMediaDirectBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/media/upload-direct",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | UploadMediaDirectResponse200 | None:
    if response.status_code == 200:
        response_200 = UploadMediaDirectResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | UploadMediaDirectResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadMediaDirectBody,
) -> Response[Any | ErrorResponse | UploadMediaDirectResponse200]:
    """Upload media file

     Upload a media file using API key authentication and get back a publicly accessible URL.
    The URL can be used as attachmentUrl when sending inbox messages.

    Files are stored in temporary storage and auto-delete after 7 days.
    The effective maximum is about 4.5 MB: the multipart body goes through
    the hosting platform's request body limit, which answers 413 before the
    endpoint's own 25 MB check is reached. For larger files use
    POST /v1/media/presign and upload straight to storage.

    Unlike /v1/media/upload (which uses upload tokens for end-user flows),
    this endpoint takes your API key in the Authorization header, for programmatic use.

    Args:
        body (UploadMediaDirectBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UploadMediaDirectResponse200]
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
