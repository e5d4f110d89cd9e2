"""One logical call: its headers and idempotency key (fixed once), its attempts, its time budget, its errors.

All decisions of a call are made here or in :class:`~late._http.retry.RetryPolicy`; the requestor's two
loops (``late/_http/requestor.py``) only do the I/O. Why it works this way: ``docs/design.md``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import httpx

from late._exceptions import LateAPIError, LateTimeoutError, LateValidationError
from late._http import deepjson as _deepjson
from late._http.body import DECIMAL, BodyReader, BodyTooLarge, body_error
from late._http.errors import error_from_exception, error_from_response
from late._http.logs import logger, redact_request
from late._http.ratelimit import notify_wait
from late._http.request import (
    NO_OPTIONS,
    ApiRequest,
    ExternalRequest,
    RequestOptions,
    check_idempotency_key,
    new_idempotency_key,
)
from late._http.retry import Decision, may_have_run
from late._http.urls import loggable_url, same_origin

if TYPE_CHECKING:
    from late._http.requestor import Requestor

__all__ = [
    "UPLOAD_DEADLINE_BYTES_PER_SECOND",
    "Call",
    "as_deadline",
    "as_timeout",
    "check_max_retries",
    "longest_wait",
]

#: A storage upload's default deadline grows by one second per this many bytes of the file.
UPLOAD_DEADLINE_BYTES_PER_SECOND: Final = 100 * 1024


def as_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise LateValidationError(
            f"timeout must be a positive number of seconds, got {value!r}", param="timeout"
        )
    return httpx.Timeout(float(value))


def clamp_timeout(timeout: httpx.Timeout, remaining: float | None) -> httpx.Timeout:
    if remaining is None:
        return timeout

    def clamp(v: float | None) -> float:
        return remaining if v is None else min(v, remaining)

    return httpx.Timeout(
        connect=clamp(timeout.connect),
        read=clamp(timeout.read),
        write=clamp(timeout.write),
        pool=clamp(timeout.pool),
    )


def longest_wait(timeout: httpx.Timeout) -> float:
    """The longest any one phase of an attempt may wait under ``timeout`` (inf if one is unbounded)."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return math.inf if None in phases else max(p for p in phases if p is not None)


def as_deadline(value: object, param: str = "deadline") -> float | None:
    """A deadline in seconds (> 0; ``math.inf`` for none), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise LateValidationError(f"{param} must be > 0 seconds, got {value!r}", param=param)
    return float(value)


def _upload_allowance(request: ExternalRequest) -> float:
    """Seconds added to the default deadline of a storage upload: its length at the slowest rate allowed."""
    length = next((v for k, v in request.headers.items() if k.lower() == "content-length"), "")
    return int(length) / UPLOAD_DEADLINE_BYTES_PER_SECOND if DECIMAL.fullmatch(length) else 0.0


def check_max_retries(value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise LateValidationError(f"max_retries must be an int >= 0, got {value!r}", param="max_retries")


class Call:
    """The state of one logical call: headers (idempotency key) fixed once, attempts, time budget.

    All decisions are here or in :class:`RetryPolicy`; :meth:`Requestor.send`/``asend`` only do I/O.
    """

    def __init__(
        self, requestor: Requestor, request: ApiRequest | ExternalRequest, options: RequestOptions | None
    ) -> None:
        opts = options or NO_OPTIONS
        self.t = requestor
        self.request = request
        self.max_retries = requestor.max_retries if opts.max_retries is None else opts.max_retries
        check_max_retries(self.max_retries)
        self.timeout = requestor.timeout if opts.timeout is None else as_timeout(opts.timeout)
        deadline = requestor.deadline if opts.deadline is None else as_deadline(opts.deadline)
        if opts.deadline is None and deadline is not None and isinstance(request, ExternalRequest):
            deadline += _upload_allowance(request)
        self.deadline = None if deadline == math.inf else deadline
        #: The Idempotency-Key every attempt sends (a create), else None.
        self.idempotency_key: str | None = None
        self.headers = self._headers(request, opts)
        self.start = requestor.clock.monotonic()
        self.attempt = 0
        self._url: httpx.URL | None = None  # the last attempt's URL; see last_url
        self._turned_away = False  # an attempt was answered 429 (an unsafe request is then sent again)
        self._ticket = -1  # this attempt's reservation with the rate limiter (-1: none)
        self._paced = -1  # the attempt count when that reservation was taken (so: for attempt + 1)
        self._waited = 0.0  # seconds this attempt has waited for the rate limit so far
        self._may_have_run = False  # an attempt of a non-idempotent request may have been carried out
        self._deep_body: bytes | None = None  # the JSON body, when json.dumps cannot encode it

    @property
    def last_url(self) -> str:
        """The last attempt's URL as text (an external request's without its query), "" before one.

        Computed when a log line or an error needs it, not on every attempt.
        """
        if self._url is None:
            return ""
        if isinstance(self.request, ExternalRequest):
            return loggable_url(self._url)
        return str(self._url)

    def _headers(self, request: ApiRequest | ExternalRequest, opts: RequestOptions) -> dict[str, str]:
        if not (request.headers or opts.extra_headers or opts.idempotency_key is not None) and (
            request.retry_mode != "create"
        ):
            return {}  # the common GET: nothing to merge
        headers = {k: v for k, v in request.headers.items() if k.lower() != "authorization"}
        for k, v in (opts.extra_headers or {}).items():
            if k.lower() != "authorization":
                headers = {hk: hv for hk, hv in headers.items() if hk.lower() != k.lower()}
                headers[k] = v
        key = opts.idempotency_key
        existing = next((k for k in headers if k.lower() == "idempotency-key"), None)
        if key is not None:
            if existing is not None:
                del headers[existing]
        elif existing is not None:
            key = headers.pop(existing)
        elif request.retry_mode == "create":
            key = new_idempotency_key()
        if key is not None:
            headers["Idempotency-Key"] = self.idempotency_key = check_idempotency_key(key)
        return headers

    def elapsed(self) -> float:
        return self.t.clock.monotonic() - self.start

    def pace(self) -> float:
        """Seconds to wait for the API's rate limit before the next attempt (0: send now).

        Never more than ``max_retry_after``; a wait that would pass the deadline raises instead.
        Requests to other hosts (storage uploads) are not counted.
        """
        if isinstance(self.request, ExternalRequest):
            return 0.0
        limiter = self.t.limiter
        if self._paced == self.attempt:  # woken from a wait: is the slot still free?
            wait = limiter.recheck(self._ticket, self.t.policy.max_retry_after - self._waited)
        else:
            wait, self._ticket = limiter.reserve(self.t.policy.max_retry_after)
            self._paced, self._waited = self.attempt, 0.0
        if wait <= 0:
            return 0.0
        self._waited += wait
        if self.deadline is not None and self.elapsed() + wait >= self.deadline:
            limiter.cancel(self._ticket)
            err = LateTimeoutError(
                f"Deadline of {self.deadline:g}s would pass while waiting {wait:.1f}s for the API's rate "
                f"limit before {self.request.method} {self.request.url} "
                + (f"(after {self.attempt} attempt(s))" if self.attempt else "(nothing was sent)")
            )
            raise self.t.redact(err)
        logger.debug(
            "waiting %.2fs for the rate limit before %s %s", wait, self.request.method, self.request.url
        )
        notify_wait(wait)
        return wait

    def saw(self, response: httpx.Response) -> None:
        """Feed an answer's rate-limit headers to the limiter (the body is not read yet)."""
        if self._ticket >= 0:
            self.t.limiter.observe(response.headers, self._ticket, response.status_code)

    def body_reader(self, response: httpx.Response) -> BodyReader:
        deadline_at = None if self.deadline is None else self.start + self.deadline
        return BodyReader(
            response, self.t.max_body_bytes, deadline_at=deadline_at, clock=self.t.clock.monotonic
        )

    def next_request(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        self.attempt += 1
        remaining = None if self.deadline is None else self.deadline - self.elapsed()
        if remaining is not None and remaining <= 0:
            raise self._deadline_error(None)
        req = self.request
        if isinstance(req, ExternalRequest):  # another host: a fresh body, never the key
            external = client.build_request(
                req.method,
                req.url,
                content=req.body(),
                headers=self.headers,
                timeout=clamp_timeout(self.timeout, remaining),
            )
            self._url = external.url
            return external
        _rewind_files(req.files)
        # The key goes in with the other headers (one header encoding per attempt) and comes out again
        # should the URL ever not be the API's origin (a valid ApiRequest path always is).
        deep = self._deep_body
        try:
            http_request = client.build_request(
                req.method,
                self.t.api_url(client, req.url, req.params),
                json=req.json if deep is None else None,
                content=req.content if deep is None else deep,
                data=req.data,
                files=req.files,
                headers={**self.headers, "Authorization": f"Bearer {self.t._api_key.get()}"},
                timeout=(
                    httpx.USE_CLIENT_DEFAULT  # the client's own timeout, without building a Timeout again
                    if self.timeout is self.t.timeout
                    and (remaining is None or remaining >= self.t._longest_wait)
                    else clamp_timeout(self.timeout, remaining)
                ),
            )
        except RecursionError:  # JSON nested deeper than json.dumps recurses: encoded with a stack
            self._deep_body = _deepjson.dumps(req.json)
            self.headers = {**self.headers, "Content-Type": "application/json"}
            self.attempt -= 1
            return self.next_request(client)
        except httpx.InvalidURL as exc:  # e.g. longer than httpx sends (65,536 characters)
            raise LateValidationError(
                f"The request URL cannot be sent ({exc}); an id, cursor or filter is far too long",
                param="url",
            ) from None
        self._url = http_request.url
        if not same_origin(self._url, self.t.base_url):
            del http_request.headers["Authorization"]
        return http_request

    def after(self, outcome: httpx.Response | httpx.HTTPError) -> httpx.Response | float:
        """The response to return, or seconds to sleep before the next attempt; raises to give up."""
        if self._ticket >= 0:
            self.t.limiter.settle(self._ticket)
        if isinstance(outcome, httpx.Response) and outcome.is_success:  # the policy's first rule
            if logger.isEnabledFor(logging.DEBUG):
                self._log_attempt(outcome.status_code, self.elapsed())
            return outcome
        if self.request.retry_mode != "idempotent" and not self._may_have_run:
            self._may_have_run = may_have_run(outcome)
        elapsed = self.elapsed()
        decision = self.t.policy.decide(
            outcome,
            mode=self.request.retry_mode,
            attempt=self.attempt,
            elapsed=elapsed,
            deadline=self.deadline,
            rand=self.t._rand(),
            max_retries=self.max_retries,
            now=self.t.clock.wall(),
        )
        if logger.isEnabledFor(logging.DEBUG):
            status = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
            self._log_attempt(status, elapsed)
        if decision.retry:
            if isinstance(outcome, httpx.Response) and outcome.status_code == 429:
                self._turned_away = True
                notify_wait(decision.delay)
            logger.debug("retrying %s %s in %.2fs", self.request.method, self.last_url, decision.delay)
            return decision.delay
        if isinstance(outcome, httpx.Response) and decision.reason == "success":
            return outcome
        raise self._final_error(outcome, decision)

    def _log_attempt(self, status: int | str, elapsed: float) -> None:
        logger.debug(
            "%s %s -> %s (attempt %d/%d, %.3fs)",
            self.request.method,
            self.last_url,
            status,
            self.attempt,
            self.max_retries + 1,
            elapsed,
        )

    def _final_error(self, outcome: httpx.Response | httpx.HTTPError, decision: Decision) -> LateAPIError:
        err = self._map(outcome)
        if decision.reason == "deadline":
            return self._deadline_error(err)
        self._say_if_it_may_have_run(err)
        if decision.reason == "retry_after_too_long":
            logger.debug(
                "not retrying %s %s: Retry-After %.0fs exceeds max_retry_after %.0fs",
                self.request.method,
                self.last_url,
                decision.retry_after or 0.0,
                self.t.policy.max_retry_after,
            )
        return err

    def _map(self, outcome: httpx.Response | httpx.HTTPError) -> LateAPIError:
        if isinstance(outcome, httpx.Response):
            err = error_from_response(outcome)
            if outcome.status_code == 404 and self.request.method.upper() == "DELETE" and self.attempt > 1:
                # The first attempt may have deleted it and lost the answer: say so, it changes what to do.
                err.message += " (an earlier attempt of this DELETE got no answer and may have deleted it)"
                err.args = (err.message,)
            elif self._turned_away and self.request.retry_mode == "unsafe" and outcome.is_client_error:
                # 429 should mean "not carried out"; should a server have done the work anyway, this
                # answer is about the repeat, and the caller must know to look before acting on it.
                err.message += (
                    " (an earlier attempt was answered 429 and this request was sent again: had that"
                    " attempt been carried out anyway, this answer is about the repeat)"
                )
                err.args = (err.message,)
        else:
            err = error_from_exception(outcome, self.request.method, self.last_url, self._peer())
            redact_request(outcome)
            err.__cause__ = outcome
        err.redact(self.t._api_key.get())
        return err

    def _peer(self) -> str:
        """Who a connection error failed to reach: the API, or the storage host of an external request."""
        if isinstance(self.request, ExternalRequest):
            return f"the storage host {httpx.URL(self.request.url).netloc.decode('ascii')}"
        return "the API"

    def _deadline_error(self, last: LateAPIError | None) -> LateTimeoutError:
        tail = f"; last error: {last}" if last is not None else ""
        attempts = self.attempt - (1 if last is None else 0)
        err = LateTimeoutError(
            f"Deadline of {self.deadline:g}s exceeded after {attempts} attempt(s) "
            f"of {self.request.method} {self.last_url or self.request.url}{tail}"
        )
        if last is not None:
            err.__cause__ = last
        self._say_if_it_may_have_run(err)
        err.redact(self.t._api_key.get())
        return err

    def _say_if_it_may_have_run(self, err: LateAPIError) -> None:
        """Give the final error of a create its key, and say when an attempt may have been carried out.

        A create whose answer was lost may have made the post; a later attempt's 503 or timeout does
        not change that. Its key repeats the call safely (the API replays the original), while a new
        call would make a duplicate. An unsafe request (no key) is not repeated after such an attempt.
        """
        err.idempotency_key = self.idempotency_key
        if not self._may_have_run:
            return
        if self.idempotency_key is not None:
            err.message += (
                " (an attempt may have reached the API and been carried out, so the post may exist:"
                f" repeat the call with idempotency_key={self.idempotency_key!r} to get it back"
                " without making a duplicate)"
            )
        else:
            err.message += (
                " (the request may have reached the API and been carried out: it was not repeated,"
                " so look at the post before trying again)"
            )
        err.args = (err.message,)

    def too_large(self, response: httpx.Response, exc: BodyTooLarge) -> LateAPIError:
        err = body_error(
            response,
            f"Response body exceeds the {self.t.max_body_bytes}-byte limit "
            f"({self.request.method} {self.last_url})",
            exc.preview,
        )
        err.redact(self.t._api_key.get())
        return err


def _rewind_files(files: Any) -> None:
    """Seek file objects in a multipart ``files`` spec back to 0 so a retry sends the whole file again."""
    if not files:
        return
    items: Iterable[Any] = files.values() if isinstance(files, Mapping) else files
    for item in items:
        value = item[1] if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) else item
        fileobj = value[1] if isinstance(value, tuple) and len(value) >= 2 else value
        seek = getattr(fileobj, "seek", None)
        seekable = getattr(fileobj, "seekable", None)
        if callable(seek) and (not callable(seekable) or seekable()):
            seek(0)
