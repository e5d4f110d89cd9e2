"""Shared fixtures: an SDK client on the in-process sandbox, and vcrpy set up for cassette tests.

Cassette tests replay ``tests/cassettes/*.yaml`` with ``record_mode="none"`` (no network, ever).
``make record`` re-records them against the served local sandbox: it sets ``LATE_RECORD_URL``
to the sandbox's address, and the ``Authorization`` header is filtered out of every cassette.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import vcr

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
def sandbox() -> Any:
    """A fresh in-process sandbox (``late.testing.sandbox()``); modules may define their own."""
    import late.testing

    return late.testing.sandbox()


@pytest.fixture
def client(sandbox: Any) -> Iterator[Any]:
    """A sync ``Late`` on ``sandbox``, closed after the test; modules may define their own."""
    from late import Late

    with Late(api_key="sk_test_conftest_client", transport=sandbox) as sdk:
        yield sdk
