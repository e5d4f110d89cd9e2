"""Which URLs the SDK sends to, and how it shows them: https only (plain http for loopback), no credentials.

A presigned storage URL's query is a short-lived credential: :func:`loggable_url` drops it wherever a URL
is logged or put in an error message.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any, Final

import httpx

from late._exceptions import LateValidationError

__all__ = [
    "ApiUrls",
    "is_loopback",
    "loggable_url",
    "same_origin",
    "validate_base_url",
    "validate_external_url",
]

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost"})


def validate_base_url(base_url: str | httpx.URL) -> httpx.URL:
    try:
        url = httpx.URL(str(base_url))
    except (httpx.InvalidURL, TypeError, ValueError):
        raise LateValidationError(
            f"base_url is not a valid URL: {str(base_url)!r}", param="base_url"
        ) from None
    if url.userinfo:
        raise LateValidationError("base_url must not contain credentials", param="base_url")
    if not url.host:
        raise LateValidationError(f"base_url has no host: {str(url)!r}", param="base_url")
    if url.scheme == "https":
        return url
    if url.scheme == "http" and is_loopback(url.host):
        return url
    raise LateValidationError(
        f"base_url must use https (plain http is only allowed for loopback hosts): {str(url)!r}",
        param="base_url",
    )


def validate_external_url(url: str | httpx.URL) -> httpx.URL:
    try:
        parsed = httpx.URL(str(url))
    except (httpx.InvalidURL, TypeError, ValueError):
        raise LateValidationError("external URL is not a valid URL", param="url") from None
    if parsed.userinfo:
        raise LateValidationError("external URL must not contain credentials", param="url")
    if not parsed.host:
        raise LateValidationError("external URL has no host", param="url")
    if parsed.scheme == "https" or (parsed.scheme == "http" and is_loopback(parsed.host)):
        return parsed
    raise LateValidationError(
        f"external URL must use https (plain http only for loopback hosts), not {parsed.scheme!r}",
        param="url",
    )


def loggable_url(url: httpx.URL) -> str:
    """The URL without its query: a presigned URL's query is a (short-lived) credential."""
    return str(url.copy_with(query=None, fragment=None))


def is_loopback(host: str) -> bool:
    host = host.lower().strip("[]")
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def same_origin(url: httpx.URL, base: httpx.URL) -> bool:
    return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)


#: How many request URLs an :class:`ApiUrls` keeps parsed.
_KEPT_URLS: Final = 256


class ApiUrls:
    """The absolute URL of an API request, the one httpx would make of a path and query parameters.

    httpx parses a path given relative to its ``base_url`` twice (the path, then the joined URL); this
    joins the raw bytes as httpx does and parses once, and keeps the last few hundred URLs for a call to
    the same path with the same parameters (a page walked again, a post polled), which then parses none.
    """

    __slots__ = ("_urls",)

    def __init__(self) -> None:
        self._urls: dict[Any, httpx.URL] = {}

    def __call__(
        self, client: httpx.Client | httpx.AsyncClient, path: str, params: Mapping[str, Any]
    ) -> httpx.URL:
        try:  # the types too: True and 1 are equal keys, but not the same query
            key = (path, tuple((k, type(v), v) for k, v in params.items()))
            url = self._urls.get(key)
        except TypeError:  # an unhashable value (a list of statuses): not kept
            key, url = None, None
        if url is None:  # httpx's own join (base raw path + the path's), with the query, parsed once
            base = client.base_url
            tail = path.lstrip("/")
            raw = tail.encode("ascii") if tail.isascii() else httpx.URL(tail).raw_path
            if params:
                raw += b"?" + str(httpx.QueryParams(params)).encode("ascii")
            url = base.copy_with(raw_path=base.raw_path + raw)
            if key is not None:
                if len(self._urls) >= _KEPT_URLS:
                    self._urls.clear()
                self._urls[key] = url
        return url
