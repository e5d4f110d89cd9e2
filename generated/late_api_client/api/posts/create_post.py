from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_post_body import CreatePostBody
from ...models.create_post_response_400 import CreatePostResponse400
from ...models.create_post_response_403 import CreatePostResponse403
from ...models.create_post_response_409 import CreatePostResponse409
from ...models.create_post_response_429 import CreatePostResponse429
from ...models.error_response import ErrorResponse
from ...models.post_create_response import PostCreateResponse
from ...models.post_publish_incomplete_response import PostPublishIncompleteResponse
from ...models.tik_tok_dry_run_verdict import TikTokDryRunVerdict
from ...types import (
    UNSET,
    Response,
    Unset,
    aparsed_of,
    async_twin,
    parsed_of,
    read_all,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreatePostBody,
    idempotency_key: str | Unset = UNSET,
    x_request_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_request_id, Unset):
        headers["x-request-id"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/posts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreatePostResponse400
    | CreatePostResponse403
    | CreatePostResponse409
    | CreatePostResponse429
    | ErrorResponse
    | PostCreateResponse
    | TikTokDryRunVerdict
    | PostPublishIncompleteResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PostCreateResponse | TikTokDryRunVerdict:
            if isinstance(data, dict):
                try:
                    response_200_type_0 = TikTokDryRunVerdict.from_dict(data)

                    read_all(response_200_type_0)
                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = PostCreateResponse.from_dict(data)

            read_all(response_200_type_1)
            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PostCreateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 207:
        response_207 = PostPublishIncompleteResponse.from_dict(response.json())

        return response_207

    if response.status_code == 400:
        response_400 = CreatePostResponse400.from_dict(response.json())

        return response_400

    if response.status_code in (401, 503):
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreatePostResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreatePostResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreatePostResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreatePostResponse400
    | CreatePostResponse403
    | CreatePostResponse409
    | CreatePostResponse429
    | ErrorResponse
    | PostCreateResponse
    | TikTokDryRunVerdict
    | PostPublishIncompleteResponse
]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePostBody,
    idempotency_key: str | Unset = UNSET,
    x_request_id: UUID | Unset = UNSET,
) -> Response[
    CreatePostResponse400
    | CreatePostResponse403
    | CreatePostResponse409
    | CreatePostResponse429
    | ErrorResponse
    | PostCreateResponse
    | TikTokDryRunVerdict
    | PostPublishIncompleteResponse
]:
    """Create post

     Create a post, and optionally publish it in the same request. A post published immediately
    (`publishNow: true`) comes back with `platformPostUrl` in the response.

    `content` is optional in four cases:

    - media is attached
    - all platforms have `customContent`
    - every platform entry is an X Article (`platformSpecificData.article`)
    - every platform entry is a LinkedIn text-free reshare (`platformSpecificData.reshareUrl` with no
    text)

    See each platform's schema for media constraints.

    ## LinkedIn @mentions

    Put the profile or company URL inside `@[...]` in `content`, or in a LinkedIn entry's
    `customContent`: `@[https://www.linkedin.com/in/jane-doe]` or
    `@[https://www.linkedin.com/company/acme]`. The post is published with LinkedIn's real name and
    link, and no lookup call is needed first. Custom text is optional, as in
    `@[Jane](https://www.linkedin.com/in/jane-doe)`: for a person it must be the first name, last name
    or full name, for a company the exact company name, both case-sensitive. Any other text is replaced
    with LinkedIn's name and a `warnings` entry is returned (`linkedin_mention_name_replaced`).
    `@[Text](urn:li:person:ID)` markup, as returned by `GET /v1/accounts/{accountId}/linkedin-mentions`,
    is published exactly as you wrote it: it is not looked up, checked or changed, so its text must
    already be LinkedIn's name.

    Resolving a person's profile URL needs one of your LinkedIn accounts to administer a Page;
    publishing does not. Only profile and company URLs can fail. A scheduled or published post is
    rejected when one cannot be resolved: `400` with code `linkedin_mentions_invalid`, `429` with
    `rate_limited` (LinkedIn is rate limiting), `401` with `reconnect_required` (expired token) or a
    retryable `503` with `temporarily_unavailable` (LinkedIn did not answer within 8 seconds in total).
    Each failing mention is listed under `details.mentions[]` (`LinkedInMentionIssue`) with its own
    code: `linkedin_mention_unresolvable`, `linkedin_mention_requires_page_admin` or
    `linkedin_mention_name_unavailable` (LinkedIn withheld the name and none was given). A post can
    resolve at most 10 profile or company URL mentions across its shared content and LinkedIn entries:
    more is a `400` with `linkedin_mentions_limit_exceeded`. Drafts never fail on a mention: unresolved
    ones (and more than 10) stay as written and come back as `warnings`. A draft is checked again when
    it is scheduled. On platforms other than LinkedIn, `@[linkedin.com/in/jane]` is posted as its text,
    or as the vanity (`jane`) when you wrote no text, and `@[Text](urn:li:...)` as `Text`.

    ## Scheduling

    Pick one of:

    - `scheduledFor`: publish at the scheduled time
    - `publishNow: true`: publish synchronously, inside this request
    - `queuedFromProfile`: publish in the profile's next queue slot

    With none of them and `isDraft` unset, the post is saved as a draft. `platforms` is required unless
    the post is a draft.

    Precedence: `isDraft: true` wins over `publishNow` and `scheduledFor` (the post is saved, never
    published), and `publishNow: true` wins over `scheduledFor`. A `scheduledFor` already in the past is
    not rejected: the post is published synchronously in the same request, exactly like `publishNow`.

    ## Idempotency

    Three layers of duplicate-protection apply, so safe-to-retry callers (network blips, n8n / Zapier
    retries, etc.) don't accidentally double-post.

    **1. `Idempotency-Key` (recommended for retries, 24-hour window).**
    Send an `Idempotency-Key` header (a UUID per logical post, up to 255 characters) and reuse it when
    you retry after a 5xx, a timeout or a dropped connection. A retry with the same key within 24 hours
    returns **HTTP 200** with the original post in the `post` field, and no new post is created. The
    match is on the key alone, not on the body: a retry returns the original post even if its body
    differs (for example a re-uploaded media URL). It covers drafts, and a post that was saved even
    though the original response was a 5xx or timed out.

    If the first request is still being processed, the retry gets **HTTP 409** with `code:
    idempotency_conflict` and a `Retry-After` header; retry after that delay. If the first request
    failed without creating a post, the retry is processed as a new request. Keys are scoped to your
    user. Never reuse a key for a different post: that post would not be created, and the earlier one
    would be returned instead.

    **2. `x-request-id` retry detection (24-hour window).**
    If a request carries the same `x-request-id` as an earlier one AND collides with it on the content
    fingerprint below (same account, content and media URLs), we return **HTTP 200** with the original
    post in the `post` field (or **HTTP 202** with `postId` if the original is still being saved)
    instead of a 409. A request with the same `x-request-id` but different content is a new post. When
    both headers are sent, `Idempotency-Key` wins and `x-request-id` is ignored for matching.

    The official Zernio SDKs auto-generate a unique `x-request-id` per call. On a generic HTTP client
    (curl, n8n's HTTP node, Zapier, custom code), either:

    - Set a unique `x-request-id` per logical call (UUIDv4 is fine)
    - Or omit the header, and we'll treat each request as new

    **3. Content-hash dedup (24-hour window).**
    Independently, we hash `(platform, accountId, content + media URLs)` and reject duplicates within 24
    hours with **HTTP 409**. This catches genuine "same content posted twice to the same account" cases
    regardless of `x-request-id`. The response carries `error`, `accountId`, `platform`, and
    `existingPostId` so you can find the original.

    To intentionally re-post identical content within 24h, change something (the caption, the media, the
    account), because the dedup is keyed on the full content fingerprint.

    Order: an `Idempotency-Key` match (200) is checked first, then same-`x-request-id` retries (200),
    then the content-hash dedup (409).

    Args:
        idempotency_key (str | Unset):
        x_request_id (UUID | Unset):
        body (CreatePostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePostResponse400 | CreatePostResponse403 | CreatePostResponse409 | CreatePostResponse429 | ErrorResponse | PostCreateResponse | PostCreateResponse | TikTokDryRunVerdict | PostPublishIncompleteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


sync = parsed_of(sync_detailed)  # the same arguments; only the parsed body

asyncio_detailed = async_twin(sync_detailed, _get_kwargs, _build_response)  # the same, awaited

asyncio = aparsed_of(asyncio_detailed)  # the same arguments; only the parsed body
