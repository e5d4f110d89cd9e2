"""A transport that holds requests back until enough are in flight: concurrency made observable."""

from __future__ import annotations

import asyncio
import threading

import httpx

import late.testing


class Gate(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The sandbox, but the first ``width`` requests of ``method`` wait for each other before they are
    handled: they can only pass if that many are in flight at once. ``most`` is the most ever in flight."""

    def __init__(self, sandbox: late.testing.Sandbox, method: str, width: int) -> None:
        self.sandbox = sandbox
        self.method = method
        self.width = width
        self.barrier = threading.Barrier(width, timeout=30)
        self.all_in = asyncio.Event()
        self.lock = threading.Lock()
        self.inflight = self.most = self.started = 0

    def _enter(self) -> bool:
        with self.lock:
            self.inflight += 1
            self.started += 1
            self.most = max(self.most, self.inflight)
            return self.started <= self.width

    def _leave(self) -> None:
        with self.lock:
            self.inflight -= 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != self.method:
            return self.sandbox.handle_request(request)
        try:
            if self._enter():
                self.barrier.wait()
            return self.sandbox.handle_request(request)
        finally:
            self._leave()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != self.method:
            return await self.sandbox.handle_async_request(request)
        try:
            if self._enter():
                if self.started == self.width:
                    self.all_in.set()
                await asyncio.wait_for(self.all_in.wait(), timeout=30)
            return await self.sandbox.handle_async_request(request)
        finally:
            self._leave()
