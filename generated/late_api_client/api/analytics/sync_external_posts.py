from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sync_external_posts_body import SyncExternalPostsBody
from ...models.sync_external_posts_response_200 import SyncExternalPostsResponse200
from ...types import (
    Response,
    aparsed_of,
    async_twin,
    parsed_of,
    status_code_of,
)


def _get_kwargs(
    *,
    body: SyncExternalPostsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/posts/sync-external",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | SyncExternalPostsResponse200 | None:
    if response.status_code == 200:
        response_200 = SyncExternalPostsResponse200.from_dict(response.json())

        return response_200

    if response.status_code in (400, 404, 409, 502, 503):
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code in (401, 403):
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | SyncExternalPostsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SyncExternalPostsBody,
) -> Response[Any | ErrorResponse | SyncExternalPostsResponse200]:
    """Sync an external post

     Fetch an account's latest external posts (published directly on the platform, not through Zernio) on
    demand, so a newly published post is retrievable within seconds instead of waiting for the
    background sync (which refreshes each account at most every ~90 minutes).

    Primary use case: verifying a submitted post. When a user publishes on the platform and immediately
    pastes the post URL into your app, call this with `accountId` plus `url` (or `postId`) to confirm
    the post exists and return its metadata.

    Behavior:
    - Account access and connection state are checked before any platform call, including requests
    inside the debounce window.
    - Inactive accounts or accounts marked `needsReconnection` return `409` with code
    `ads_connection_required`. Stop scheduled retries for that account until it is reconnected, then
    read `GET /v1/accounts` for its current account ID.
    - For connected accounts, we fetch the latest posts live from the platform, then match and return
    the submitted post.
    - Requests are debounced per account (~15s): if the account was synced inside that window, the live
    fetch is skipped.

    `accountId` is required, because a post URL or id alone cannot be resolved to an account, and the
    account must be connected to Zernio (we use its token to read the platform). Supported for every
    platform with a listing API (Instagram, Facebook, TikTok, YouTube, X, Threads, Pinterest, Reddit,
    Bluesky, Google Business Profile, and LinkedIn organization accounts).

    LinkedIn personal profiles: LinkedIn has no listing API for personal profiles, so a `url` is
    REQUIRED and imports that single post. Pass any LinkedIn post URL (`linkedin.com/posts/…`,
    `linkedin.com/feed/update/urn:li:activity:…`) or a `urn:li:share:…` / `urn:li:ugcPost:…` URN. Works
    for posts published outside Zernio and before the account was connected, any age; the post must be
    authored by the connected member. Imported posts return full analytics (impressions, reach,
    reactions, comments, reshares, saves) and keep refreshing on the background analytics cycle, but
    carry no content/media (LinkedIn does not expose them for personal profiles). `publishedAt` comes
    from the post id: an activity URL (`linkedin.com/feed/update/urn:li:activity:…`) carries the
    publication time, while a `urn:li:share:…` / `urn:li:ugcPost:…` URN only carries the creation time,
    which is earlier for a post scheduled in another tool. Pass the activity URL for the exact
    publication date; importing it again for a post already imported by its URN corrects `publishedAt`
    on the same record. Right after an import, the per-post `GET /v1/analytics?postId=` read can show
    zeros for a few minutes while the metrics are ingested; this endpoint's response carries the fetched
    values immediately.

    TikTok Business accounts: a `postId` or TikTok `url` that the listing has not stored is fetched from
    TikTok and imported as an external post, at any age, with its current metrics.

    `url` accepts any format the platform uses (e.g. `instagram.com/p/…`, `instagram.com/reel/…`,
    `youtu.be/…`, `youtube.com/shorts/…`, `tiktok.com/@user/video/…`, `vm.tiktok.com` short links,
    `pinterest.com/pin/…` on any regional domain, and `pin.it` short links). Pass `postId` (the platform
    media/video/pin id) as an alternative locator.

    Note: post-level analytics (reach, impressions) still carry the platform's own delay (e.g. ~24h on
    Instagram). This endpoint confirms the post exists and returns its metadata plus basic engagement
    (likes, comments), not delayed insights.

    Args:
        body (SyncExternalPostsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SyncExternalPostsResponse200]
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
