from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.prepare_media_body import PrepareMediaBody
from ...models.prepare_media_response_200 import PrepareMediaResponse200
from ...models.prepare_media_response_403 import PrepareMediaResponse403
from ...types import (
    Response,
    aparsed_of,
    async_twin,
    parsed_of,
    status_code_of,
)


def _get_kwargs(
    *,
    body: PrepareMediaBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/media/prepare",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | PrepareMediaResponse200 | PrepareMediaResponse403 | None:
    if response.status_code == 200:
        response_200 = PrepareMediaResponse200.from_dict(response.json())

        return response_200

    if response.status_code in (400, 401, 429):
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = PrepareMediaResponse403.from_dict(response.json())

        return response_403

    if response.status_code in (413, 422):
        response_413 = cast(Any, None)
        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | PrepareMediaResponse200 | PrepareMediaResponse403]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PrepareMediaBody,
) -> Response[Any | ErrorResponse | PrepareMediaResponse200 | PrepareMediaResponse403]:
    """Prepare media for a platform

     Turn any image or video into a version the target platform accepts, using the same per-platform
    processing Zernio runs before publishing. Each team can prepare up to 60 files per hour; past that
    the endpoint answers 429 with `retryAfterSeconds`.

    What each target does to a video: `instagram`, `facebook_reel` re-encode to H.264 Main 4.1, 30 fps,
    1080 wide (HDR sources only get the size step, so they are not flattened to SDR). `instagram_story`
    re-encodes a video over 100MB to fit 60 seconds and 100MB. `facebook_story` reframes anything wider
    than 9:16 onto a 1080x1920 canvas with a blurred background (Facebook otherwise publishes such
    stories with 0 seconds of video and no error). `threads` re-encodes to the conservative H.264
    Baseline profile Threads processes reliably. `bluesky` re-encodes to 1080 wide and at most 180
    seconds, then compresses under 50MB if the result is still larger. `telegram` compresses to 50MB and
    moves the index to the start of the file. The other targets compress only when the file is over the
    platform limit.

    Images are converted to a format the platform ingests (Instagram takes only JPEG, LinkedIn and
    Google Business reject WebP and AVIF) and compressed under its size limit; `telegram` also fits the
    width plus height limit and `googlebusiness` enlarges images under its minimum size.

    When the file already complies, `changed` is false and `url` is the input URL (after redirects).
    Otherwise `url` points to the prepared file in Zernio storage, kept under the same retention as
    uploaded media. The request is synchronous: a long video can take a few minutes. Videos over 200MB
    are refused with 413, and a video URL whose host sends no Content-Length is refused with 400.

    Args:
        body (PrepareMediaBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PrepareMediaResponse200 | PrepareMediaResponse403]
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
