"""Every answer the real spec allows, through the facade: read, or raised as the documented error.

For each operation the facade calls and each status the spec documents with a JSON body, the bodies of
``spec_bodies`` (the least the schema allows, full ones taking every ``oneOf`` member and ``enum``
value in turn, nulls, random ones) are answered by a mock transport. A 2xx must come back as a model
whose every public attribute reads, and whose ``to_dict()``, ``repr``, ``==`` and copies work; any
other status must raise the ``LateAPIError`` subclass the README's errors table names for it, with the
API's message where the body has one. Nothing else may escape.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
from collections.abc import Awaitable, Callable, Iterator, Mapping
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

import late
from late import Late
from tests.support import spec_bodies

ROOT = Path(__file__).resolve().parents[2]
TWEET = [{"platform": "twitter", "accountId": "acc_1"}]
TIKTOK: dict[str, Any] = {
    "content": "dry",
    "platforms": [{"platform": "tiktok", "accountId": "acc_tt"}],
    "media_items": [{"type": "video", "url": "https://cdn.example.com/v.mp4"}],
    "tiktok_settings": {
        "privacy_level": "SELF_ONLY",
        "allow_comment": True,
        "allow_duet": True,
        "allow_stitch": True,
        "content_preview_confirmed": True,
        "express_consent_given": True,
    },
}

SyncCall = Callable[[Late, Path], Any]
AsyncCall = Callable[[Late, Path], Awaitable[Any]]

# operationId -> the facade's call of it, sync and async. A facade method that calls another endpoint
# must be added here: test_every_endpoint_the_facade_calls_is_tried says so.
CALLS: dict[str, tuple[SyncCall, AsyncCall]] = {
    "createPost": (
        lambda c, _: c.posts.create(content="x", is_draft=True, platforms=TWEET),
        lambda c, _: c.posts.acreate(content="x", is_draft=True, platforms=TWEET),
    ),
    "listPosts": (lambda c, _: c.posts.list(limit=5), lambda c, _: c.posts.alist(limit=5)),
    "getPost": (lambda c, _: c.posts.get("p1"), lambda c, _: c.posts.aget("p1")),
    "updatePost": (
        lambda c, _: c.posts.update("p1", content="y"),
        lambda c, _: c.posts.aupdate("p1", content="y"),
    ),
    "deletePost": (lambda c, _: c.posts.delete("p1"), lambda c, _: c.posts.adelete("p1")),
    "retryPost": (lambda c, _: c.posts.retry("p1"), lambda c, _: c.posts.aretry("p1")),
    "getMediaPresignedUrl": (lambda c, f: c.media.upload(f), lambda c, f: c.media.aupload(f)),
    "editPost": (
        lambda c, _: c.posts.edit("p1", platform="twitter", content="z"),
        lambda c, _: c.posts.aedit("p1", platform="twitter", content="z"),
    ),
    "pinPost": (
        lambda c, _: c.posts.pin("p1", platform="facebook"),
        lambda c, _: c.posts.apin("p1", platform="facebook"),
    ),
    "unpinPost": (
        lambda c, _: c.posts.unpin("p1", platform="facebook"),
        lambda c, _: c.posts.aunpin("p1", platform="facebook"),
    ),
    "unpublishPost": (
        lambda c, _: c.posts.unpublish("p1", platform="threads"),
        lambda c, _: c.posts.aunpublish("p1", platform="threads"),
    ),
    "updatePostMetadata": (
        lambda c, _: c.posts.update_metadata("p1", platform="youtube", title="t"),
        lambda c, _: c.posts.aupdate_metadata("p1", platform="youtube", title="t"),
    ),
    "reviewPost": (
        lambda c, _: c.posts.review("p1", decision="approve"),
        lambda c, _: c.posts.areview("p1", decision="approve"),
    ),
    "listAccounts": (lambda c, _: c.accounts.list(), lambda c, _: c.accounts.alist()),
    "listProfiles": (lambda c, _: c.profiles.list(), lambda c, _: c.profiles.alist()),
}
# A second facade call of an operation already in CALLS, tried on the same answers.
EXTRA_CALLS: dict[str, tuple[str, SyncCall, AsyncCall]] = {
    "tiktok_dry_run": (
        "createPost",
        lambda c, _: c.posts.tiktok_dry_run(**TIKTOK),
        lambda c, _: c.posts.atiktok_dry_run(**TIKTOK),
    ),
    "iter": (
        "listPosts",
        lambda c, _: list(c.posts.iter(limit=5, max_items=50)),
        lambda c, _: _collect(c.posts.aiter(limit=5, max_items=50)),
    ),
    "accounts.iter": (
        "listAccounts",
        lambda c, _: list(c.accounts.iter(limit=5, max_items=50)),
        lambda c, _: _collect(c.accounts.aiter(limit=5, max_items=50)),
    ),
}

# The README's errors table, by status.
ERRORS: dict[int, type[late.LateAPIError]] = {
    400: late.LateValidationError,
    401: late.LateAuthenticationError,
    403: late.LateForbiddenError,
    404: late.LateNotFoundError,
    409: late.LateConflictError,
    422: late.LateValidationError,
    429: late.LateRateLimitError,
}


async def _collect(walk: Any) -> list[Any]:
    return [post async for post in walk]


def _facade_endpoints() -> set[str]:
    """operationIds of the generated endpoints ``late/`` imports (module names are their snake_case)."""
    names: set[str] = set()
    imports = re.compile(r"from late_api_client\.api\.\w+ import (\([^)]*\)|[\w, ]+)")
    for path in (ROOT / "late").rglob("*.py"):
        for block in imports.findall(path.read_text()):
            names.update(n for n in re.split(r"[\s,()]+", block) if n)
    return {re.sub(r"_(\w)", lambda m: m.group(1).upper(), name) for name in names}


def test_every_endpoint_the_facade_calls_is_tried() -> None:
    assert _facade_endpoints() == set(CALLS)


def _cases() -> Iterator[Any]:
    calls = [(op, name, sync, asyn) for op, (sync, asyn) in CALLS.items() for name in [op]]
    calls += [(op, name, sync, asyn) for name, (op, sync, asyn) in EXTRA_CALLS.items()]
    for operation_id, name, sync, asyn in calls:
        for status, schema in spec_bodies.json_answers(operation_id):
            yield pytest.param(operation_id, sync, asyn, status, schema, id=f"{name}-{status}")


def _client(status: int, body: Any) -> Late:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host != "getlate.dev":  # the storage upload after a presign
            return httpx.Response(200)
        return httpx.Response(status, json=body, headers={"x-request-id": "req_1"})

    return Late(
        api_key="sk_test_spec",
        base_url="https://getlate.dev/api",
        transport=httpx.MockTransport(answer),
        max_retries=0,
    )


def read_everything(value: Any, seen: set[int] | None = None) -> int:
    """Read every public attribute of a model, deeply (fields, wire-name aliases, items); count them."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return 0
    seen.add(id(value))
    if isinstance(value, (str, int, float, bool, datetime, Enum)) or value is None:
        return 1
    if isinstance(value, (list, tuple)):
        return sum(read_everything(item, seen) for item in value)
    if isinstance(value, Mapping):
        return sum(read_everything(item, seen) for item in value.values())
    assert attrs.has(type(value)), f"not a model: {type(value).__name__}"
    count = 0
    for field in attrs.fields(type(value)):
        count += read_everything(getattr(value, field.name), seen)
    for name in dir(type(value)):
        if not name.startswith("_") and isinstance(getattr(type(value), name), property):
            getattr(value, name)  # the wire-name aliases
            count += 1
    return count


def check_model(model: Any, body: Any) -> None:
    assert attrs.has(type(model)), type(model)
    assert read_everything(model) > 0
    as_dict = model.to_dict()
    json.dumps(as_dict)  # plain JSON data
    assert set(as_dict) == set(body), "to_dict() keeps what the API sent, and adds nothing"
    assert isinstance(repr(model), str)
    assert model == type(model).from_dict(body)
    assert copy.copy(model) == model
    assert copy.deepcopy(model) == model


def check_outcome(outcome: Any, status: int, body: Any) -> None:
    """What a call returned or raised, for an answer ``status`` with JSON ``body``."""
    if 200 <= status < 300:
        if isinstance(outcome, late.LateAPIError):
            # The one 2xx a call may refuse: createPost's 200 is a TikTok dry-run verdict or a post,
            # and a create cannot return a verdict, nor a dry run a post. The error says which.
            cursor = (body.get("pagination") or {}).get("nextCursor")
            if isinstance(cursor, str) and cursor:  # iter: the mock answers every page with this cursor
                assert "next cursor it had already given" in outcome.message, outcome.message
                return
            verdict = {"dryRun", "canPublish", "tiktok"} <= set(body)
            expected = "dry-run verdict" if verdict else "dry run with a post instead of a verdict"
            assert expected in outcome.message, outcome.message
            return
        assert not isinstance(outcome, BaseException), outcome
        if isinstance(outcome, list):  # iter: the posts of the page
            assert outcome == list(body.get("posts") or [])[:50] or all(attrs.has(type(p)) for p in outcome)
            for post in outcome:
                read_everything(post)
            return
        if isinstance(outcome, late.MediaUploadResult):
            assert outcome.files[0].url == body["publicUrl"]
            return
        check_model(outcome, body)
        return
    assert isinstance(outcome, late.LateAPIError), repr(outcome)
    error_type = ERRORS.get(status, late.LateServerError if status >= 500 else late.LateAPIError)
    assert isinstance(outcome, error_type), (status, type(outcome))
    assert outcome.status_code == status
    assert isinstance(outcome.message, str) and outcome.message
    if isinstance(body.get("error"), str) and body["error"].strip():
        assert body["error"].strip()[:40] in outcome.message or outcome.message.startswith(
            body["error"].strip()[:40]
        )


@pytest.mark.parametrize(("operation_id", "sync", "asyn", "status", "schema"), list(_cases()))
def test_every_documented_answer_is_read_or_raised_as_documented(
    operation_id: str, sync: SyncCall, asyn: AsyncCall, status: int, schema: Mapping[str, Any], tmp_path: Path
) -> None:
    upload = tmp_path / "photo.jpg"
    upload.write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    tried = 0
    for label, body in spec_bodies.bodies(schema):
        spec_bodies.check_body(body, schema)
        urls = isinstance(body.get("uploadUrl"), str) and isinstance(body.get("publicUrl"), str)
        if operation_id == "getMediaPresignedUrl" and 200 <= status < 300 and not urls:
            # Without both URLs there is nothing to upload to: the documented LateAPIError.
            with _client(status, body) as client, pytest.raises(late.LateAPIError, match="uploadUrl"):
                sync(client, upload)
            tried += 1
            continue
        runs: list[Callable[[Late], Any]] = [lambda c: sync(c, upload)]
        if label in ("minimal/0", "full/0", "full/nulls"):
            runs.append(lambda c: asyncio.run(_async_call(c, asyn, upload)))
        for run in runs:
            with _client(status, body) as client:
                try:
                    outcome: Any = run(client)
                except late.LateAPIError as err:
                    outcome = err
                try:
                    check_outcome(outcome, status, body)
                except AssertionError as exc:
                    where = f"{operation_id} {status} {label}"
                    raise AssertionError(f"{where}: {exc}\nbody: {body!r:.600}") from exc
            tried += 1
    assert tried >= 6


async def _async_call(client: Late, call: AsyncCall, upload: Path) -> Any:
    async with client:
        return await call(client, upload)
