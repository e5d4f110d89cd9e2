"""Shared fixtures (helpers shared by several modules are in ``tests/support/``).

- ``sandbox``: a fresh in-process sandbox; ``tap``: a transport on it that also records each request's
  JSON body; ``client``: a sync-and-async ``Late`` on ``tap`` (``max_retries=0``), closed after the test;
  ``retrying_client``: a ``Late`` on ``sandbox`` with the default retries and the module's ``KEY``.
- ``mode`` (``"sync"``/``"async"``) and ``is_async``: each test using them runs twice, through the sync
  method and its ``a*`` twin (call it with ``tests.support.modes.in_mode`` or ``call``).
- ``env`` (and the module's ``served`` sandbox): the sandbox over raw HTTP, in process then on loopback.
- ``cassette``: vcrpy set up for cassette tests.

Cassette tests replay ``tests/cassettes/*.yaml`` with ``record_mode="none"`` (no network, ever).
``make record`` re-records them against the served local sandbox: it sets ``LATE_RECORD_URL``
to the sandbox's address, and the ``Authorization`` header is filtered out of every cassette.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr

import late.testing
from late import Late
from late.testing import FakeClock, Sandbox, SandboxServer, serve_in_thread
from tests.support.facade import KEY, Tap
from tests.support.modes import MODES
from tests.support.sandbox_http import AUTH, START, Env

CASSETTES = Path(__file__).parent / "cassettes"
RECORD_URL = os.environ.get("LATE_RECORD_URL")
# Replays match on what identifies a call, not on the sandbox's port or the request's random key.
REPLAY_BASE_URL = "http://127.0.0.1:9/api"
TEST_KEY = "sk_test_cassette_key_0123456789"


def _scrub_request(request: Any) -> Any:
    request.headers.pop("Authorization", None)
    request.headers.pop("authorization", None)
    return request


@pytest.fixture
def cassette(request: pytest.FixtureRequest) -> Iterator[str]:
    """Record (under ``make record``) or replay the cassette named after the test; yields the base URL."""
    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode="all" if RECORD_URL else "none",
        match_on=("method", "path", "query"),
        filter_headers=["authorization"],
        before_record_request=_scrub_request,
        decode_compressed_response=True,
    )
    name = request.node.name.replace("[", "_").replace("]", "") + ".yaml"
    with recorder.use_cassette(name, allow_playback_repeats=False):
        yield RECORD_URL or REPLAY_BASE_URL


@pytest.fixture
def sandbox() -> Sandbox:
    """A fresh in-process sandbox (``late.testing.sandbox()``); modules may define their own."""
    return late.testing.sandbox()


@pytest.fixture
def tap(sandbox: Sandbox) -> Tap:
    return Tap(sandbox)


@pytest.fixture
def client(tap: Tap, monkeypatch: pytest.MonkeyPatch) -> Iterator[Late]:
    """A ``Late`` on ``tap`` (no retries, ``LATE_BASE_URL`` unset), closed after the test; modules may
    define their own."""
    monkeypatch.delenv("LATE_BASE_URL", raising=False)
    with Late(api_key=KEY, transport=tap, max_retries=0) as sdk:
        yield sdk


@pytest.fixture
def retrying_client(sandbox: Sandbox, request: pytest.FixtureRequest) -> Iterator[Late]:
    """A ``Late`` straight on ``sandbox`` with the default retries, under the module's ``KEY`` (if it
    has one), closed after the test: for modules whose tests are about what retrying does."""
    with Late(api_key=getattr(request.module, "KEY", KEY), transport=sandbox) as sdk:
        yield sdk


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    """``"sync"`` then ``"async"``: the test runs through the sync method and its ``a*`` twin."""
    return str(request.param)


@pytest.fixture
def is_async(mode: str) -> bool:
    """``mode`` as a flag."""
    return mode == "async"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[SandboxServer, FakeClock]]:
    clock = FakeClock(START)
    with serve_in_thread(late.testing.sandbox(now=clock)) as server:
        yield server, clock


@pytest.fixture(params=["inprocess", "served"])
def env(request: pytest.FixtureRequest) -> Iterator[Env]:
    """The sandbox over raw HTTP: in process (an httpx transport), then served on loopback."""
    if request.param == "inprocess":
        clock = FakeClock(START)
        sandbox = late.testing.sandbox(now=clock)
        client = httpx.Client(transport=sandbox, base_url="https://getlate.dev/api", headers=AUTH)
    else:
        server, clock = request.getfixturevalue("served")
        sandbox = server.sandbox
        sandbox.reset()
        sandbox.account_profiles.clear()
        sandbox.api_keys = None
        sandbox.dedup = True
        clock.set(START)
        client = httpx.Client(base_url=server.url + "/api", headers=AUTH, timeout=5)
    with client:
        yield Env(request.param, sandbox, clock, client)
