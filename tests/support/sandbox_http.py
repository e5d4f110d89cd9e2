"""The sandbox spoken to over raw HTTP (``httpx.Client``), in process or served: the ``env`` fixture's
:class:`Env`, request bodies, and the check of the API's error envelope."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from late.testing import FakeClock, Sandbox

KEY = "sk_test_alpha"
AUTH = {"Authorization": f"Bearer {KEY}"}
START = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
_counter = itertools.count()


def unique(text: str = "post") -> str:
    return f"{text} #{next(_counter)}"


def body(content: str | None = None, *accounts: str, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "content": content if content is not None else unique(),
        "platforms": [{"platform": "twitter", "accountId": a} for a in (accounts or ("acc_tw",))],
    }
    data.update(extra)
    return data


@dataclass
class Env:
    mode: str
    sandbox: Sandbox
    clock: FakeClock
    client: httpx.Client

    def create(self, data: dict[str, Any] | None = None, **headers: str) -> httpx.Response:
        return self.client.post("/v1/posts", json=data if data is not None else body(), headers=headers)

    def create_ok(self, data: dict[str, Any] | None = None, status: int = 201) -> dict[str, Any]:
        response = self.create(data)
        assert response.status_code == status, response.text
        post: dict[str, Any] = response.json()["post"]
        return post


def assert_error(
    response: httpx.Response, status: int, param: str | None = None, code: str | None = None
) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert isinstance(data["error"], str) and data["error"]
    assert data["type"] in {
        "invalid_request_error",
        "authentication_error",
        "permission_error",
        "not_found",
        "rate_limit_error",
        "platform_error",
        "api_error",
    }
    if param is not None:
        assert data.get("param") == param, data
    if code is not None:
        assert data.get("code") == code, data
