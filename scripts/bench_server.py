"""A minimal fixed-response HTTP/1.1 server for ``scripts/bench.py`` (run as its own process).

It answers every request with a precomputed body, so a benchmark measures the client, not the
server: one ``sendall`` per response, keep-alive, ``TCP_NODELAY``, one thread per connection.

Usage: ``python scripts/bench_server.py FIXTURES.json`` prints ``PORT`` on one line and serves until
stdin closes. FIXTURES.json holds ``{"post": {...}, "posts": [{...}, ...]}`` (full API posts).

Routes (any path prefix before ``/v1/`` is accepted):

* ``GET  /v1/posts/{id}``        -> 200 ``{"post": post}``
* ``GET  /v1/posts?limit=N``     -> 200 ``{"posts": posts[:N], "pagination": {...}}``
* ``POST /v1/posts``             -> 201 ``{"message": ..., "post": post}``
* ``POST /v1/media/presign``     -> 200 ``{"uploadUrl": <this server>/_storage/..., "publicUrl": ...}``
* ``PUT  /_storage/...``         -> 200 (the body is read and discarded)

A path starting with ``/latN/`` (e.g. ``/lat5/api/v1/posts``) waits N milliseconds before answering:
a stand-in for network round-trip time, so concurrency has something to overlap.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

_RECV = 256 * 1024


def _response(status: str, body: bytes, content_type: str = "application/json") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
        "X-Request-Id: req_bench\r\n\r\n"
    )
    return head.encode("ascii") + body


class Routes:
    def __init__(self, fixtures: dict[str, Any], port: int) -> None:
        post = fixtures["post"]
        posts = fixtures["posts"]
        self.port = port
        self.get = _response("200 OK", json.dumps({"post": post}).encode())
        self.create = _response(
            "201 Created", json.dumps({"message": "Post scheduled successfully", "post": post}).encode()
        )
        self.lists: dict[int, bytes] = {}
        for limit in range(1, len(posts) + 1):
            page = {
                "posts": posts[:limit],
                "pagination": {"page": 1, "limit": limit, "total": len(posts), "pages": 1},
            }
            self.lists[limit] = _response("200 OK", json.dumps(page).encode())
        self.ok = _response("200 OK", b"")
        self.not_found = _response(
            "404 Not Found", json.dumps({"error": "Not found", "type": "not_found"}).encode()
        )

    def presign(self, body: bytes) -> bytes:
        try:
            filename = str(json.loads(body or b"{}").get("filename") or "file.bin")
        except ValueError:
            filename = "file.bin"
        key = f"temp/bench_{filename}"
        answer = {
            "uploadUrl": f"http://127.0.0.1:{self.port}/_storage/{key}",
            "publicUrl": f"https://media.bench.invalid/{key}",
            "key": key,
            "expiresIn": 3600,
        }
        return _response("200 OK", json.dumps(answer).encode())

    def answer(self, method: str, target: str, body: bytes) -> tuple[bytes, float]:
        parts = urlsplit(target)
        path = parts.path
        delay = 0.0
        if path.startswith("/lat"):
            prefix, _, rest = path[4:].partition("/")
            if prefix.isdigit():
                delay = int(prefix) / 1000.0
                path = "/" + rest
        if path.startswith("/_storage/"):
            return self.ok, delay
        _, sep, route = path.partition("/v1/")
        if not sep:
            return self.not_found, delay
        if route == "posts":
            if method == "POST":
                return self.create, delay
            limit = int(parse_qs(parts.query).get("limit", ["10"])[0])
            return self.lists[max(1, min(limit, len(self.lists)))], delay
        if route.startswith("posts/") and method == "GET":
            return self.get, delay
        if route == "media/presign" and method == "POST":
            return self.presign(body), delay
        return self.not_found, delay


class _Conn:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = b""

    def fill(self) -> bool:
        data = self.sock.recv(_RECV)
        if not data:
            return False
        self.buf += data
        return True

    def head(self) -> bytes | None:
        while b"\r\n\r\n" not in self.buf:
            if not self.fill():
                return None
        head, _, self.buf = self.buf.partition(b"\r\n\r\n")
        return head

    def exactly(self, n: int, keep: bool) -> bytes:
        """Read ``n`` body bytes; keep them (small JSON bodies) or discard them (uploads)."""
        kept: list[bytes] = []
        while n > 0:
            if not self.buf and not self.fill():
                raise ConnectionError("client closed mid-body")
            take, self.buf = self.buf[:n], self.buf[n:]
            n -= len(take)
            if keep:
                kept.append(take)
        return b"".join(kept)

    def line(self) -> bytes:
        while b"\r\n" not in self.buf:
            if not self.fill():
                raise ConnectionError("client closed mid-body")
        line, _, self.buf = self.buf.partition(b"\r\n")
        return line

    def body(self, headers: dict[str, str], keep: bool) -> bytes:
        if "chunked" in headers.get("transfer-encoding", "").lower():
            kept: list[bytes] = []
            while True:
                size = int(self.line().split(b";", 1)[0], 16)
                if size == 0:
                    while self.line():
                        pass
                    return b"".join(kept)
                chunk = self.exactly(size, keep)
                if keep:
                    kept.append(chunk)
                self.line()
        return self.exactly(int(headers.get("content-length") or 0), keep)


def _serve(sock: socket.socket, routes: Routes) -> None:
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    conn = _Conn(sock)
    try:
        while True:
            head = conn.head()
            if head is None:
                return
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            if headers.get("expect", "").lower() == "100-continue":
                sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            body = conn.body(headers, keep=not target.startswith("/_storage/"))
            response, delay = routes.answer(method, target, body)
            if delay:
                time.sleep(delay)
            sock.sendall(response)
    except (ConnectionError, OSError, ValueError):
        return
    finally:
        sock.close()


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as fh:
        fixtures = json.load(fh)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(256)
    port = listener.getsockname()[1]
    routes = Routes(fixtures, port)

    def accept() -> None:
        while True:
            try:
                sock, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=_serve, args=(sock, routes), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    print(port, flush=True)
    sys.stdin.read()  # serve until the benchmark closes our stdin (or exits)
    listener.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
