"""How the SDK's httpx clients are built: one proxy rule, TLS that stays on, and clear configuration errors.

Proxy rule (the API client and the storage upload client alike): httpx reads the environment
(``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, and ``SSL_CERT_FILE``/``SSL_CERT_DIR``
for the certificates to trust), except that a loopback host (``localhost``, ``127.0.0.0/8``, ``::1``)
is never sent through a proxy: a client for loopback hosts gets its own transport, which still
reads ``SSL_CERT_FILE``/``SSL_CERT_DIR`` but no proxy variable.

Configuration failures: a proxy variable httpx cannot use (a ``socks5://`` proxy without the
``socksio`` package, an unknown scheme) or a certificate file that cannot be loaded surface when a
client is built, as a ``LateValidationError`` whose ``param`` names the environment variable.

TLS: :func:`check_verifies` refuses one of httpx's own transports (``httpx.HTTPTransport`` /
``httpx.AsyncHTTPTransport``) whose certificate verification is off (``verify=False`` or an
``ssl.SSLContext`` with ``CERT_NONE`` or without host name checking). What another custom transport
does (a wrapper, a mock, the sandbox) the SDK cannot see: that is its author's responsibility.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from late._exceptions import LateValidationError

__all__ = ["build_client", "check_verifies", "direct_transport"]

C = TypeVar("C", httpx.Client, httpx.AsyncClient)

_PROXY_VARS = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY")
_CERT_VARS = ("SSL_CERT_FILE", "SSL_CERT_DIR")


def _env(name: str) -> str | None:
    """A variable as httpx reads it (the upper-case name, then the lower-case one)."""
    return os.environ.get(name) or os.environ.get(name.lower()) or None


def _shown(url: str) -> str:
    """A proxy URL without its credentials, for a message."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return repr(url[:100])
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    return repr(str(parsed))


def build_client(factory: Callable[[], C], *, proxied: bool) -> C:
    """``factory()`` (an httpx client), with a failure caused by the environment mapped to a
    ``LateValidationError`` naming the variable. ``proxied``: whether the client reads proxy variables."""
    try:
        return factory()
    except (ImportError, ValueError, httpx.InvalidURL) as exc:
        names = [n for n in _PROXY_VARS if _env(n)] if proxied else []
        if not names:
            raise
        settings = ", ".join(f"{n}={_shown(_env(n) or '')}" for n in names)
        raise LateValidationError(
            f"The proxy set in the environment cannot be used ({settings}): {exc} "
            "Fix or unset the variable (NO_PROXY lists hosts to reach directly).",
            param=names[0],
        ) from None
    except OSError as exc:  # ssl.SSLError included: a certificate file that is missing or not PEM
        name = next((n for n in _CERT_VARS if os.environ.get(n)), None)
        if name is None:
            raise
        what = "a PEM bundle" if name == "SSL_CERT_FILE" else "a hashed certificate directory"
        raise LateValidationError(
            f"The certificates named by {name}={os.environ[name]!r} cannot be loaded: {exc}. "
            f"Point {name} at {what}, or unset it.",
            param=name,
        ) from None


def direct_transport(is_async: bool) -> httpx.HTTPTransport | httpx.AsyncHTTPTransport:
    """httpx's default transport for a client that must never use a proxy (loopback hosts). It reads
    ``SSL_CERT_FILE``/``SSL_CERT_DIR`` like any other; given as ``transport=``, no proxy is mounted."""
    return httpx.AsyncHTTPTransport(trust_env=True) if is_async else httpx.HTTPTransport(trust_env=True)


def _contexts(transport: object) -> list[ssl.SSLContext]:
    """The SSL contexts of an httpx transport's connection pool (httpcore's private attributes)."""
    pool: Any = getattr(transport, "_pool", None)
    found = [getattr(pool, name, None) for name in ("_ssl_context", "_proxy_ssl_context")]
    return [ctx for ctx in found if isinstance(ctx, ssl.SSLContext)]


def check_verifies(transport: object) -> None:
    """Refuse one of httpx's own transports whose TLS certificate verification is off."""
    if not isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport):
        return  # a custom transport: what it does is its author's responsibility
    for ctx in _contexts(transport):
        if ctx.verify_mode == ssl.CERT_NONE or not ctx.check_hostname:
            raise LateValidationError(
                "transport does not verify TLS certificates (verify=False or an SSLContext with "
                "CERT_NONE or check_hostname off): the API key would go to whoever answers. To trust "
                "another CA, pass httpx.HTTPTransport(verify=ssl.create_default_context(cafile=...)).",
                param="transport",
            )
