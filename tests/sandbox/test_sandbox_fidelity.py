"""The sandbox answers what the spec allows: dates of every year, every operation, every method.

Run in process and served (the ``env`` fixture of tests/conftest.py); ``make schemathesis`` checks the
served sandbox against openapi.yaml the other way round, from generated requests.
"""

from __future__ import annotations

import hashlib
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import late.testing
from late import Late
from late.testing import SANDBOX_HEADER, SandboxServer
from tests.support.sandbox_http import ISO_Z, KEY, Env, assert_error, body
from tests.support.values import present

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
NO_SUCH_POST = "0123456789abcdef01234567"


def rfc3339(when: datetime) -> str:
    """``when`` (UTC) as the issue's example writes it: centiseconds, ``Z``, a 4-digit year."""
    return f"{when.year:04d}" + when.strftime("-%m-%dT%H:%M:%S") + f".{when.microsecond // 10000:02d}Z"


def as_echoed(when: datetime) -> str:
    """What the API echoes for ``when``: milliseconds (JavaScript's toISOString)."""
    return f"{when.year:04d}" + when.strftime("-%m-%dT%H:%M:%S") + f".{when.microsecond // 10000:02d}0Z"


# --------------------------------------------------------------------------- dates of every year


@pytest.mark.parametrize("year", [1, 112, 999, 1000, 2030, 9999])
def test_a_date_of_any_year_round_trips(env: Env, year: int) -> None:
    when = datetime(year, 4, 4, 17, 38, 52, 390000, tzinfo=UTC)
    post = env.create_ok(body(scheduledFor=rfc3339(when)))
    assert post["scheduledFor"] == as_echoed(when) and ISO_Z.match(post["scheduledFor"])
    assert post["status"] == ("published" if year < 2030 else "scheduled")  # its time has come, or not
    assert env.client.get(f"/v1/posts/{post['_id']}").json()["post"]["scheduledFor"] == as_echoed(when)
    listed = env.client.get("/v1/posts", params={"limit": 100})
    assert listed.status_code == 200, listed.text
    assert [p["scheduledFor"] for p in listed.json()["posts"] if p["_id"] == post["_id"]] == [as_echoed(when)]
    day = f"{year:04d}-04-04"
    that_day = env.client.get("/v1/posts", params={"fromDate": day, "toDate": day}).json()["posts"]
    assert [p["_id"] for p in that_day] == [post["_id"]]
    with Late(api_key=KEY, transport=env.sandbox) as client:  # and the SDK reads it back as written
        assert present(client.posts.get(post["_id"]).post).scheduled_for == when.replace(microsecond=390000)


@pytest.mark.parametrize(
    "text", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "0000-01-01T00:00:00Z"]
)
def test_a_date_outside_years_1_to_9999_in_utc_is_a_400(env: Env, text: str) -> None:
    assert_error(env.create(body(scheduledFor=text)), 400, "scheduledFor", "invalid_date")
    assert env.client.get("/v1/posts").status_code == 200


def test_the_last_day_filters(env: Env) -> None:
    assert env.client.get("/v1/posts", params={"toDate": "9999-12-31"}).status_code == 200
    assert env.client.get("/v1/posts", params={"fromDate": "0001-01-01"}).status_code == 200


_PROPERTY_SANDBOX = late.testing.sandbox(dedup=False)
_PROPERTY_CLIENT = httpx.Client(
    transport=_PROPERTY_SANDBOX,
    base_url="https://getlate.dev/api",
    headers={"Authorization": f"Bearer {KEY}"},
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)),
    st.sampled_from(["+00:00", "Z", "+14:00", "-12:00", "+05:30"]),
)
def test_every_instant_of_years_1_to_9999_round_trips(moment: datetime, offset: str) -> None:
    text = moment.isoformat(timespec="milliseconds") + offset
    response = _PROPERTY_CLIENT.post("/v1/posts", json=body(scheduledFor=text, isDraft=True))
    try:
        instant = datetime.fromisoformat(text).astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T03:00+05:00: year 0 in UTC
        assert_error(response, 400, "scheduledFor", "invalid_date")
        return
    assert response.status_code == 201, response.text
    echoed = response.json()["post"]["scheduledFor"]
    assert ISO_Z.match(echoed), echoed
    assert datetime.fromisoformat(echoed) == instant.replace(microsecond=instant.microsecond // 1000 * 1000)
    assert _PROPERTY_CLIENT.get("/v1/posts", params={"includeHidden": "true"}).status_code == 200


# --------------------------------------------------------------------------- every operation


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in SPEC["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def _send(
    client: httpx.Client, method: str, path: str, operation: dict[str, Any], key: str = KEY
) -> httpx.Response:
    url = path.replace("{postId}", NO_SUCH_POST)
    auth = {"Authorization": f"Bearer {key}" if key else ""}
    content = operation.get("requestBody", {}).get("content", {})
    if "multipart/form-data" in content:
        return client.request(method, url, files={"note": (None, b"no file")}, headers=auth)
    if "application/json" in content:
        return client.request(method, url, json={}, headers=auth)
    return client.request(method, url, headers=auth)


@pytest.mark.parametrize(("method", "path", "operation"), _operations(), ids=lambda x: str(x)[:40])
def test_every_operation_answers_a_status_the_spec_lists(
    env: Env, method: str, path: str, operation: dict[str, Any]
) -> None:
    listed = set(operation["responses"])
    for key in (KEY, ""):  # an empty request, then one without a key
        response = _send(env.client, method, path, operation, key)
        assert str(response.status_code) in listed, (response.status_code, sorted(listed), response.text)
        assert response.headers["content-type"].startswith("application/json")
        if response.status_code >= 400:
            assert isinstance(response.json()["error"], str)
    assert response.status_code == 401


def test_upload_direct_and_bulk_upload_are_not_501_any_more(env: Env) -> None:
    for method, path, operation in _operations():
        assert _send(env.client, method, path, operation).status_code != 501, path


# --------------------------------------------------------------------------- upload-direct


def test_upload_direct_stores_the_file(env: Env) -> None:
    data = os.urandom(2048) + b"\r\n--boundary-like\r\n\r\n"
    response = env.client.post(
        "/v1/media/upload-direct", files={"file": ("My Photo.jpg", data, "image/jpeg")}
    )
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["contentType"] == "image/jpeg" and answer["size"] == len(data)
    assert answer["filename"].endswith("_My_Photo.jpg") and answer["url"].endswith(answer["filename"])
    (upload,) = env.sandbox.uploads.values()
    assert upload.public_url == answer["url"] and upload.filename == "My Photo.jpg"
    assert (upload.size, upload.sha256) == (len(data), hashlib.sha256(data).hexdigest())


@pytest.mark.parametrize(
    ("files", "data", "expected"),
    [
        ({"file": ("clip.mp4", b"1", "application/octet-stream")}, {"contentType": "video/mp4"}, "video/mp4"),
        ({"file": ("clip.mov", b"1", "")}, {}, "video/quicktime"),
        ({"file": ("blob", b"1", "")}, {}, "application/octet-stream"),
    ],
)
def test_upload_direct_content_type(
    env: Env, files: dict[str, Any], data: dict[str, str], expected: str
) -> None:
    response = env.client.post("/v1/media/upload-direct", files=files, data=data)
    assert response.status_code == 200, response.text
    assert response.json()["contentType"] == expected


def test_upload_direct_refusals(env: Env) -> None:
    url = "/v1/media/upload-direct"
    assert_error(env.client.post(url, json={"file": "x"}), 400, "file", "missing_required_field")
    assert_error(env.client.post(url, files={"other": ("a.jpg", b"1")}), 400, "file")
    assert_error(env.client.post(url, data={"file": "not a file part"}), 400, "file")
    big = b"0" * 4_500_001  # the API's host refuses it (413): the sandbox says so with the spec's 400
    assert_error(env.client.post(url, files={"file": ("a.jpg", big)}), 400, "file", "file_too_large")
    assert env.sandbox.uploads == {}


# --------------------------------------------------------------------------- methods and the server


@pytest.mark.parametrize("path", sorted(SPEC["paths"]))
def test_an_unsupported_method_is_a_json_405_with_allow(env: Env, path: str) -> None:
    allowed = {m.upper() for m in SPEC["paths"][path] if m in METHODS}
    url = path.replace("{postId}", NO_SUCH_POST)
    for method in sorted({"TRACE", "HEAD", "PATCH", "OPTIONS", "PUT", "DELETE", "PURGE"} - allowed):
        response = env.client.request(method, url)
        assert response.status_code == 405, (method, response.text)
        assert set(response.headers["allow"].split(", ")) == allowed
        assert response.headers["content-type"].startswith("application/json")
        if method != "HEAD":  # a HEAD answer has no body
            assert response.json()["code"] == "method_not_allowed"


def test_a_405_needs_no_key(env: Env) -> None:
    response = env.client.request("TRACE", "/v1/posts", headers={"Authorization": ""})
    assert response.status_code == 405 and response.headers["allow"] == "GET, POST"


def _raw(server: SandboxServer, data: bytes) -> bytes:
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_the_servers_own_errors_are_json(served: tuple[SandboxServer, Any]) -> None:
    server, _ = served
    for request in (
        b"NOT A REQUEST LINE AT ALL\r\n\r\n",
        b"GET /v1/posts HTTP/1.1\r\nContent-Length: x\r\n\r\n",
    ):
        answer = _raw(server, request)
        head, _, payload = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400 "), answer
        assert b"application/json" in head and SANDBOX_HEADER.encode() in head
        assert b'"error":' in payload


def test_a_sandbox_bug_is_a_json_500_not_a_hang_up(
    served: tuple[SandboxServer, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, _ = served

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(server.sandbox, "handle", broken)
    response = httpx.get(server.url + "/v1/posts", headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code == 500 and "boom" in response.json()["error"]
    assert response.headers[SANDBOX_HEADER] == "1"


def test_a_malformed_recycling_frequency_is_a_400(env: Env) -> None:
    data = body(scheduledFor="2031-01-01T00:00:00Z", recycling={"gap": 2, "gapFreq": {}})
    assert_error(env.create(data), 400, "recycling.gapFreq")
