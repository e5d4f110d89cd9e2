"""The sandbox served over loopback HTTP/1.1 (keep-alive, TCP_NODELAY, one write per response)."""

from __future__ import annotations

import contextlib
import hashlib
import socket
import threading
from collections.abc import Callable, Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import BinaryIO
from urllib.parse import urlsplit

from late.testing._transport import Sandbox
from late.testing._wire import MAX_JSON_BODY, SANDBOX_HEADER, BytesBody, Outcome, error_outcome

__all__ = ["SandboxServer", "serve_in_thread"]

_CHUNK = 256 * 1024
_DRAIN_LIMIT = 1024 * 1024


class _BadRequest(Exception):
    pass


class _SocketBody:
    """A request body read from the socket lazily: Content-Length or chunked transfer encoding."""

    def __init__(self, rfile: BinaryIO, headers: dict[str, str]) -> None:
        self._rfile = rfile
        self.chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        self.remaining = 0
        if not self.chunked:
            try:
                self.remaining = int(headers.get("content-length") or 0)
            except ValueError:
                raise _BadRequest("invalid Content-Length") from None
            if self.remaining < 0:
                raise _BadRequest("invalid Content-Length")
        self.finished = not self.chunked and self.remaining == 0

    def chunks(self) -> Iterator[bytes]:
        if self.finished:
            return
        if not self.chunked:
            while self.remaining > 0:
                data = self._rfile.read(min(_CHUNK, self.remaining))
                if not data:
                    raise ConnectionError("client closed the connection mid-body")
                self.remaining -= len(data)
                yield data
            self.finished = True
            return
        while True:
            line = self._rfile.readline(1024)
            if not line:
                raise ConnectionError("client closed the connection mid-body")
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise _BadRequest("invalid chunk size") from None
            if size == 0:
                while self._rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                self.finished = True
                return
            while size > 0:
                data = self._rfile.read(min(_CHUNK, size))
                if not data:
                    raise ConnectionError("client closed the connection mid-body")
                size -= len(data)
                yield data
            self._rfile.readline(1024)

    def read(self) -> bytes:
        return b"".join(self.chunks())

    def digest(self) -> tuple[int, str]:
        hasher = hashlib.sha256()
        size = 0
        for chunk in self.chunks():
            hasher.update(chunk)
            size += len(chunk)
        return size, hasher.hexdigest()

    def drain(self, limit: int) -> bool:
        """Read and discard what is left if it is small; False if the connection must be closed."""
        if self.finished:
            return True
        if not self.chunked and self.remaining > limit:
            return False
        seen = 0
        for chunk in self.chunks():
            seen += len(chunk)
            if seen > limit:
                return False
        return True


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the sandbox keeps its own request log."""

    def _dispatch(self) -> None:
        headers = {key.lower(): value for key, value in self.headers.items()}
        target = urlsplit(self.path)
        host = headers.get("host") or f"{self.server.server_address[0]!s}:{self.server.server_address[1]}"
        try:
            body = _SocketBody(self.rfile, headers)  # type: ignore[arg-type]
        except _BadRequest as exc:
            self._write(error_outcome(400, str(exc), code="invalid_request"), close=True)
            return
        if "/_sandbox/storage/" in target.path:
            request_body: BytesBody | _SocketBody = body
        else:
            if not body.chunked and body.remaining > MAX_JSON_BODY:
                self._write(
                    error_outcome(413, "Request body too large", code="payload_too_large"), close=True
                )
                return
            request_body = BytesBody(body.read())
        try:
            outcome = self.server.sandbox.handle(
                self.command, target.path, target.query, headers, request_body, f"http://{host}", served=True
            )
        except Exception as exc:  # a sandbox bug: answer it as the API would (a JSON 500), not a hang-up
            outcome = error_outcome(500, f"Sandbox internal error: {exc!r}", code="internal_error")
        if outcome.drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._write(outcome, close=not body.drain(_DRAIN_LIMIT))

    def _write(self, outcome: Outcome, *, close: bool) -> None:
        if close:
            self.close_connection = True
        try:
            reason = HTTPStatus(outcome.status).phrase
        except ValueError:
            reason = "Unknown"
        lines = [f"HTTP/1.1 {outcome.status} {reason}"]
        lines.extend(
            f"{name}: {value}" for name, value in outcome.headers if name.lower() != "content-length"
        )
        if not any(name.lower() == SANDBOX_HEADER.lower() for name, _ in outcome.headers):
            lines.append(f"{SANDBOX_HEADER}: 1")  # the server's own errors are the sandbox's answers too
        lines.append(f"Content-Length: {len(outcome.body)}")
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        body = b"" if self.command == "HEAD" else outcome.body  # a HEAD answer has headers only
        try:
            self.wfile.write(head + body)  # one segment: no Nagle / delayed-ACK stall
        except OSError:
            self.close_connection = True

    def __getattr__(self, name: str) -> Callable[[], None]:
        # BaseHTTPRequestHandler runs do_<METHOD>, and answers its own HTML 501 when there is none:
        # every method goes to the sandbox instead, which answers an unsupported one with a JSON 405
        # and an Allow header (TRACE, HEAD, PATCH, CONNECT or any other token).
        if name.startswith("do_"):
            return self._dispatch
        raise AttributeError(name)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's own errors (a malformed request line, headers too long...) in the
        API's JSON envelope rather than its HTML page."""
        self.close_connection = True
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "Error"
        self._write(error_outcome(code, message or phrase, code="invalid_request"), close=True)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default listen backlog is 5: a burst of concurrent connections (50 async creates)
    # overflowed it and the kernel dropped SYNs, stalling those clients ~1 s until they retransmitted.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self._connections: set[socket.socket] = set()
        self.connections_opened = 0
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def track(self, connection: socket.socket, alive: bool) -> None:
        with self._connections_lock:
            if alive:
                self._connections.add(connection)
                self.connections_opened += 1
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class SandboxServer:
    """A sandbox served on loopback from a background thread. Use :func:`serve_in_thread`."""

    def __init__(self, sandbox: Sandbox | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sandbox = sandbox if sandbox is not None else Sandbox()
        self._httpd = _HTTPServer((host, port), self.sandbox)
        address = self._httpd.server_address
        self.host: str = str(address[0])
        self.port: int = int(address[1])
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="late-sandbox", daemon=True
        )
        self._thread.start()
        self._closed = False

    @property
    def connections_opened(self) -> int:
        """How many TCP connections the server has accepted (keep-alive reuse shows as 1)."""
        return self._httpd.connections_opened

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:43123`` (API paths are ``<url>/v1/...``)."""
        return f"http://{self.host}:{self.port}"

    def close(self) -> None:
        """Stop serving and close every open connection. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._httpd.shutdown()
        self._httpd.server_close()
        self._httpd.close_connections()
        self._thread.join(timeout=5)

    def __enter__(self) -> SandboxServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def serve_in_thread(
    sandbox: Sandbox | None = None, *, host: str = "127.0.0.1", port: int = 0
) -> SandboxServer:
    """Serve ``sandbox`` (a new one if None) on ``host:port`` (0: a free port) from a daemon thread.

    Use it as a context manager: ``with serve_in_thread() as server: httpx.get(server.url + "/v1/posts")``.
    """
    return SandboxServer(sandbox, host=host, port=port)
