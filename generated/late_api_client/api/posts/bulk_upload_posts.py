from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_upload_posts_body import BulkUploadPostsBody
from ...models.bulk_upload_posts_response_402 import BulkUploadPostsResponse402
from ...models.bulk_upload_posts_response_429 import BulkUploadPostsResponse429
from ...models.bulk_upload_result import BulkUploadResult
from ...models.error_response import ErrorResponse
from ...types import (
    UNSET,
    Response,
    Unset,
    aparsed_of,
    async_twin,
    parsed_of,
    status_code_of,
)


def _get_kwargs(
    *,
    body: BulkUploadPostsBody,
    dry_run: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dryRun"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/posts/bulk-upload",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkUploadPostsResponse402 | BulkUploadPostsResponse429 | BulkUploadResult | ErrorResponse | None:
    if response.status_code in (200, 207):
        response_200 = BulkUploadResult.from_dict(response.json())

        return response_200

    if response.status_code in (400, 401, 404):
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 402:
        response_402 = BulkUploadPostsResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = BulkUploadPostsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkUploadPostsResponse402 | BulkUploadPostsResponse429 | BulkUploadResult | ErrorResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkUploadPostsBody,
    dry_run: bool | Unset = UNSET,
) -> Response[BulkUploadPostsResponse402 | BulkUploadPostsResponse429 | BulkUploadResult | ErrorResponse]:
    """Bulk upload from CSV

     Create multiple posts by uploading a CSV file. Use dryRun=true to validate without creating posts.

    CSV columns:
    - Required: `platforms`, `profiles`, and a schedule (one of `schedule_time`, a
    `schedule_time_<platform>` override, `publish_now=true`, `use_queue=true`, or `is_draft=true`).
    - Content: at least one of `post_content`, `title`, or `media_urls` is required.
    - Aliases: a handful of columns accept the JSON field name from POST /v1/posts, since integrators
    infer the CSV shape from that endpoint's body. When both are present the real CSV column wins,
    unless it is blank for that row, in which case the alias value is used.
      - `content` aliases `post_content`
      - `timezone` aliases `tz`
      - `scheduledFor` aliases `schedule_time`
      - `mediaUrls` aliases `media_urls`
    - Per-platform overrides use three dynamic column prefixes, one column per platform (e.g.
    `schedule_time_instagram`, `custom_content_tiktok`, `custom_media_youtube`):
    `schedule_time_<platform>`, `custom_content_<platform>`, `custom_media_<platform>`.
    - Any other column is not read. It does not error, but it is reported in the response's `warnings`
    array as `unknown_columns:<a,b,c>` (see BulkUploadResult), so a misnamed or unsupported column is
    never silently dropped.
    - The `hashtags` and `mentions` columns are stored on the post but not added to the caption. Put
    them in `post_content` (or a `custom_content_<platform>` column). A filled column adds
    `not_added_to_caption:<columns>` to `warnings`.
    - Timezone: `tz` sets the zone `schedule_time` is read in. A row without `tz` uses its profile's
    `timezone` (when all its target profiles share one), else UTC.
    - Row limits: 5000 rows is a hard cap that returns 400 above it. 500 rows is only an advisory
    threshold, it adds `rows_exceed_advisory_limit:500` to `warnings` and the request still processes.

    Example row (header + one data row):
    ```
    post_content,platforms,profiles,schedule_time,tz
    "Hello world",instagram,MyProfile,2026-09-01 10:00,America/New_York
    ```

    Args:
        dry_run (bool | Unset):  Default: False.
        body (BulkUploadPostsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUploadPostsResponse402 | BulkUploadPostsResponse429 | BulkUploadResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


sync = parsed_of(sync_detailed)  # the same arguments; only the parsed body

asyncio_detailed = async_twin(sync_detailed, _get_kwargs, _build_response)  # the same, awaited

asyncio = aparsed_of(asyncio_detailed)  # the same arguments; only the parsed body
