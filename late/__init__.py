"""The Late Python SDK: schedule and publish social-media posts through the Late API.

    from late import Late, Platform
    client = Late(api_key="...")
    client.posts.create(content="Hi", platforms=[{"platform": Platform.TWITTER, "accountId": "acc_1"}],
                        publish_now=True)

Names load on first use, so ``import late`` stays cheap for programs that import it at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # the distribution's version (pyproject.toml): a test keeps the two equal

if TYPE_CHECKING:
    from late_api_client.models import (
        AccountsListResponse,
        Post,
        PostCreateResponse,
        PostDeleteResponse,
        PostGetResponse,
        PostPublishIncompleteResponse,
        PostRetryResponse,
        PostsListResponse,
        PostUpdateResponse,
        Profile,
        ProfilesListResponse,
        RetryPostResponse207,
        SocialAccount,
        TikTokDryRunVerdict,
    )
    from late_api_client.models import EditPostResponse200 as PostEditResponse
    from late_api_client.models import PinPostResponse as PostPinResponse
    from late_api_client.models import PostsListResponsePagination as Pagination
    from late_api_client.models import UnpublishPostResponse200 as PostUnpublishResponse
    from late_api_client.models import UpdatePostMetadataResponse200 as PostUpdateMetadataResponse

    # Deprecated: an absent or null field is None now. UNSET is None and Unset its type, kept importable
    # so old `is UNSET` / `isinstance(x, Unset)` code still works (with a DeprecationWarning).
    from late_api_client.types import UNSET as UNSET
    from late_api_client.types import Unset as Unset

    from late._client import Late
    from late._exceptions import (
        LateAPIError,
        LateAuthenticationError,
        LateClientClosedError,
        LateConflictError,
        LateConnectionError,
        LateForbiddenError,
        LateNotFoundError,
        LateRateLimitError,
        LateServerError,
        LateSpecMismatchError,
        LateTimeoutError,
        LateValidationError,
    )
    from late._http.clock import Clock
    from late._http.ratelimit import RateLimit
    from late._models import LateUnreadableValueError
    from late.bulk import BulkUploadResult
    from late.enums import MediaType, Platform, PostStatus, TikTokPrivacyLevel
    from late.resources._signatures import RawResponse, with_raw_response
    from late.resources.media import MediaUploadResult, UploadedFile

__all__ = [
    "AccountsListResponse",
    "BulkUploadResult",
    "Clock",
    "Late",
    "LateAPIError",
    "LateAuthenticationError",
    "LateClientClosedError",
    "LateConflictError",
    "LateConnectionError",
    "LateForbiddenError",
    "LateNotFoundError",
    "LateRateLimitError",
    "LateServerError",
    "LateSpecMismatchError",
    "LateTimeoutError",
    "LateUnreadableValueError",
    "LateValidationError",
    "MediaType",
    "MediaUploadResult",
    "Pagination",
    "Platform",
    "Post",
    "PostCreateResponse",
    "PostDeleteResponse",
    "PostEditResponse",
    "PostGetResponse",
    "PostPinResponse",
    "PostPublishIncompleteResponse",
    "PostRetryResponse",
    "PostStatus",
    "PostUnpublishResponse",
    "PostUpdateMetadataResponse",
    "PostUpdateResponse",
    "PostsListResponse",
    "Profile",
    "ProfilesListResponse",
    "RateLimit",
    "RawResponse",
    "RetryPostResponse207",
    "SocialAccount",
    "TikTokDryRunVerdict",
    "TikTokPrivacyLevel",
    "UploadedFile",
    "with_raw_response",
]


_ENUMS = frozenset({"MediaType", "Platform", "PostStatus", "TikTokPrivacyLevel"})


# The docs' "Pagination model" is the pagination a list response carries; the answers of the
# operations on one post take the Post<Verb>Response names of the others.
_RENAMED = {
    "Pagination": "PostsListResponsePagination",
    "PostEditResponse": "EditPostResponse200",
    "PostPinResponse": "PinPostResponse",
    "PostUnpublishResponse": "UnpublishPostResponse200",
    "PostUpdateMetadataResponse": "UpdatePostMetadataResponse200",
}


def _module_of(name: str) -> str:
    if name == "Late":
        return "late._client"
    if name in ("UNSET", "Unset"):
        return "late_api_client.types"
    if name in ("BulkUploadResult", "BulkWarning"):
        return "late.bulk"
    if name == "Clock":
        return "late._http.clock"
    if name == "RateLimit":
        return "late._http.ratelimit"
    if name in ("MediaUploadResult", "UploadedFile"):
        return "late.resources.media"
    if name in ("RawResponse", "with_raw_response"):
        return "late.resources._signatures"
    if name in _ENUMS:
        return "late.enums"
    if name == "LateUnreadableValueError":
        return "late._models"
    if name.startswith("Late"):
        return "late._exceptions"
    return "late_api_client.models"


_WHERE: dict[str, str] = {name: _module_of(name) for name in __all__}

#: Names kept for old code, not in ``__all__``; reading one warns (and is not cached, so each use does).
_DEPRECATED = {
    "UNSET": "late.UNSET is deprecated: an absent or null field is None; test `is None`",
    "Unset": "late.Unset is deprecated: optional fields are typed `X | None`; test `is None`",
}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED:
        import warnings

        warnings.warn(_DEPRECATED[name], DeprecationWarning, stacklevel=2)
        return getattr(import_module(_module_of(name)), name)
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'late' has no attribute {name!r}")
    value = getattr(import_module(module), _RENAMED.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
