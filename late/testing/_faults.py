"""Fault injection for the sandbox: the rules tests add, and what a matching rule does to a request."""

from __future__ import annotations

import fnmatch
import json
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from late.testing._util import ApiError
from late.testing._wire import Outcome

__all__ = ["Fault", "FaultList", "fault_outcome", "no_pause", "once", "pause_for"]


@dataclass
class Fault:
    """One fault rule. Build it with :meth:`FaultList.add`.

    A rule matches a request by ``method`` (``None``: any) and ``path`` (``None``: any). ``path`` is the
    API path without the base URL prefix (``/v1/posts``); it may hold ``{name}`` placeholders matching one
    path segment (``/v1/posts/{postId}``) or ``*`` globs (``/_sandbox/storage/*``).

    What the rule does, in this order:

    * ``hold``: the request waits until this event is set (``reached`` is set when it starts waiting).
      An ``Idempotency-Key`` sent with a create is held "in progress" meanwhile.
    * ``delay`` (seconds): served, the handler sleeps that long before processing and answering, the
      idempotency key being in progress meanwhile; in process, the request is processed and then
      :class:`httpx.ReadTimeout` is raised, as a client whose timeout fired would see it.
    * ``status``: answer with that status, ``headers`` and ``body`` (default: the API's JSON error
      envelope; a ``str``/``bytes`` body is sent as is with ``content_type``, e.g. an HTML 502 page).
    * ``drop``: close the connection without an answer (in process: :class:`httpx.RemoteProtocolError`).

    With ``after=False`` (default) a ``status`` or ``drop`` rule replaces the request: it is never
    processed. With ``after=True`` the request is processed first (a post IS created) and then the
    answer is replaced or dropped.
    """

    method: str | None = None
    path: str | None = None
    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | bytes | Mapping[str, Any] | None = None
    content_type: str | None = None
    drop: bool = False
    after: bool = False
    delay: float = 0.0
    hold: threading.Event | None = None
    times: int = 1
    hits: int = 0
    reached: threading.Event = field(default_factory=threading.Event, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.times < 1:
            raise ValueError("times must be >= 1")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status {self.status} is not an HTTP status")
        if self.status is not None and self.drop:
            raise ValueError("a fault either answers with a status or drops the connection, not both")
        if self.delay < 0:
            raise ValueError("delay must be >= 0")
        if self.method is not None:
            self.method = self.method.upper()
        self._pattern = _compile(self.path) if self.path is not None else None

    @property
    def remaining(self) -> int:
        return self.times - self.hits

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method.upper():
            return False
        return self._pattern is None or self._pattern.fullmatch(path) is not None


def _compile(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^/{}]+\})", path)
    regex = "".join(
        "[^/]+" if part.startswith("{") and part.endswith("}") else fnmatch.translate(part)[4:-3]
        for part in parts
    )
    return re.compile(regex)


class FaultList:
    """The sandbox's ordered fault rules. Rules are consumed in order, each ``times`` times."""

    def __init__(self, lock: threading.RLock) -> None:
        self._lock = lock
        self._rules: list[Fault] = []

    def add(
        self,
        method: str | None = None,
        path: str | None = None,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: str | bytes | Mapping[str, Any] | None = None,
        content_type: str | None = None,
        drop: bool = False,
        after: bool = False,
        delay: float = 0.0,
        hold: threading.Event | None = None,
        times: int = 1,
    ) -> Fault:
        """Append a rule and return it (its ``hits`` and ``reached`` can be inspected)."""
        if status is None and not drop and delay == 0 and hold is None:
            raise ValueError("a fault needs at least one of status, drop, delay or hold")
        fault = Fault(
            method=method,
            path=path,
            status=status,
            headers=dict(headers or {}),
            body=body,
            content_type=content_type,
            drop=drop,
            after=after,
            delay=delay,
            hold=hold,
            times=times,
        )
        with self._lock:
            self._rules.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def take(self, method: str, path: str) -> Fault | None:
        """Consume one use of the first pending rule matching the request, if any."""
        with self._lock:
            for fault in self._rules:
                if fault.remaining > 0 and fault.matches(method, path):
                    fault.hits += 1
                    return fault
            return None

    @property
    def pending(self) -> list[Fault]:
        """Rules with uses left."""
        with self._lock:
            return [f for f in self._rules if f.remaining > 0]

    def __iter__(self) -> Iterator[Fault]:
        with self._lock:
            return iter(list(self._rules))

    def __len__(self) -> int:
        with self._lock:
            return len(self._rules)


def no_pause() -> None:
    return None


def pause_for(fault: Fault, served: bool) -> Callable[[], None]:
    """The fault's hold and delay. Only a served sandbox sleeps: in process a delay is a timeout instead."""

    def pause() -> None:
        fault.reached.set()
        if fault.hold is not None:
            fault.hold.wait(timeout=60)
        if served and fault.delay:
            time.sleep(fault.delay)

    return pause


def once(func: Callable[[], None]) -> Callable[[], None]:
    done = False

    def wrapper() -> None:
        nonlocal done
        if not done:
            done = True
            func()

    return wrapper


def fault_outcome(fault: Fault) -> Outcome:
    """The answer a ``status`` or ``drop`` rule gives instead of the API's."""
    if fault.drop:
        return Outcome(0, [], b"", drop=True)
    assert fault.status is not None
    headers = dict(fault.headers)
    body = fault.body
    if body is None:
        payload: bytes = json.dumps(default_fault_envelope(fault.status)).encode()
        content_type = fault.content_type or "application/json; charset=utf-8"
    elif isinstance(body, bytes | str):
        payload = body.encode() if isinstance(body, str) else body
        content_type = fault.content_type or "text/html; charset=utf-8"
    else:
        payload = json.dumps(dict(body)).encode()
        content_type = fault.content_type or "application/json; charset=utf-8"
    if not any(k.lower() == "content-type" for k in headers):
        headers["Content-Type"] = content_type
    return Outcome(fault.status, list(headers.items()), payload)


def default_fault_envelope(status: int) -> dict[str, Any]:
    if status == 429:
        return {
            "error": "Too many requests. Retry later.",
            "type": "rate_limit_error",
            "code": "rate_limited",
        }
    if status == 503:
        return {
            "error": "Temporary connection issue while reaching an upstream service. "
            "Please retry the request.",
            "type": "api_error",
            "code": "temporarily_unavailable",
        }
    if status >= 500:
        return {
            "error": f"Sandbox injected server error {status}.",
            "type": "api_error",
            "code": "server_error",
        }
    return ApiError(status, f"Sandbox injected error {status}.", code="sandbox_fault").envelope()
