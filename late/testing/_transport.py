"""The sandbox as an httpx transport, for both the sync and the async client."""

from __future__ import annotations

import hashlib

import httpx

from late.testing._sandbox import SandboxCore
from late.testing._wire import Body, BytesBody, DigestBody, Outcome, StreamBody

__all__ = ["Sandbox"]

_STORAGE_MARKER = "/_sandbox/storage/"


class Sandbox(SandboxCore, httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The in-memory Late API. Pass it as ``transport=`` to ``httpx.Client`` or ``httpx.AsyncClient``.

    Closing a client does not close or reset the sandbox, so several clients can share one.
    Fault rules with ``hold`` block the calling thread: use them from sync clients (or the served sandbox).
    """

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        body: Body
        if _STORAGE_MARKER in url.path:
            stream = request.stream
            if not isinstance(stream, httpx.SyncByteStream):
                raise TypeError("the sandbox transport needs a sync request stream here")
            body = StreamBody(stream)
        else:
            body = BytesBody(request.read())
        return _to_response(request, self._call(request, body))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        body: Body
        if _STORAGE_MARKER in url.path:
            stream = request.stream
            if not isinstance(stream, httpx.AsyncByteStream):
                raise TypeError("the sandbox transport needs an async request stream here")
            hasher = hashlib.sha256()
            size = 0
            async for chunk in stream:
                hasher.update(chunk)
                size += len(chunk)
            body = DigestBody(size, hasher.hexdigest())
        else:
            body = BytesBody(await request.aread())
        return _to_response(request, self._call(request, body))

    def _call(self, request: httpx.Request, body: Body) -> Outcome:
        url = request.url
        headers = {key.lower(): value for key, value in request.headers.items()}
        origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
        query = url.query.decode("ascii", errors="replace")
        # The raw (still percent-encoded) path, as the served sandbox gets it: ``handle`` decodes it once.
        # ``url.path`` is already decoded, so "%252F" in a post id would be decoded twice, into "/".
        raw_path = url.raw_path.decode("ascii", errors="replace").split("?", 1)[0]
        return self.handle(request.method, raw_path, query, headers, body, origin, served=False)

    def close(self) -> None:
        """Does nothing: the sandbox outlives the clients that use it."""

    async def aclose(self) -> None:
        """Does nothing: the sandbox outlives the clients that use it."""


def _to_response(request: httpx.Request, outcome: Outcome) -> httpx.Response:
    if outcome.drop:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    if outcome.timeout:
        raise httpx.ReadTimeout("The read operation timed out (sandbox delay fault)", request=request)
    return httpx.Response(outcome.status, headers=outcome.headers, content=outcome.body, request=request)
