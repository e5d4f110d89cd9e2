"""The generated low-level client, with the template fixes the foundation issue calls for."""

from __future__ import annotations

import copy
import datetime
import io
import pickle
import shutil
import sys
from http import HTTPStatus
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from late_api_client.api.posts import create_post, get_post, list_posts
from late_api_client.client import AuthenticatedClient
from late_api_client.models import BulkUploadPostsBody, CreatePostBody, Post, PostsListResponse, PostStatus
from late_api_client.types import UNSET, File, Unset

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import generate  # noqa: E402

POST = {
    "_id": "65f1c0ffee0000000000abcd",
    "content": "Hello",
    "status": "brand_new_status",
    "scheduledFor": "2024-12-25T10:00:00Z",
    "mediaItems": [{"type": "hologram", "url": "https://example.com/a.png"}],
    "platforms": [{"platform": "mastodon", "accountId": "acc_1", "status": "teleported"}],
    "someFieldFromTheFuture": {"nested": [1, 2]},
}


def test_unknown_enum_values_platforms_and_fields_are_preserved() -> None:
    post = Post.from_dict(POST)

    assert post.status == "brand_new_status"
    assert isinstance(post.status, str)
    assert isinstance(post.status, PostStatus)
    assert post.platforms and post.platforms[0].platform == "mastodon"
    assert post.platforms[0].status == "teleported"
    assert post.media_items and post.media_items[0].type_ == "hologram"
    assert post["someFieldFromTheFuture"] == {"nested": [1, 2]}
    assert post.to_dict()["someFieldFromTheFuture"] == {"nested": [1, 2]}
    assert post.to_dict()["status"] == "brand_new_status"


def test_known_enum_value_is_the_member() -> None:
    assert Post.from_dict({**POST, "status": "scheduled"}).status is PostStatus.SCHEDULED


def test_snake_case_and_wire_name_aliases_agree() -> None:
    post = Post.from_dict(POST)

    assert post.field_id == post._id == "65f1c0ffee0000000000abcd"
    assert post.scheduled_for == post.scheduledFor
    assert post.scheduled_for == datetime.datetime(2024, 12, 25, 10, 0, tzinfo=datetime.UTC)
    assert post.media_items is post.mediaItems
    assert post.platforms[0].account_id == post.platforms[0].accountId == "acc_1"  # type: ignore[index]
    with pytest.raises(AttributeError):
        post.scheduledFor = None  # type: ignore[misc]  # read-only alias


def test_null_datetime_is_none_and_naive_datetime_is_utc() -> None:
    assert Post.from_dict({**POST, "scheduledFor": None}).scheduled_for is None
    naive = Post.from_dict({**POST, "scheduledFor": "2024-12-25T10:00:00"}).scheduled_for
    assert isinstance(naive, datetime.datetime)
    assert naive.utcoffset() == datetime.timedelta(0)


def test_spec_defaults_are_not_sent() -> None:
    assert CreatePostBody().to_dict() == {}
    assert list_posts._get_kwargs()["params"] == {}
    assert CreatePostBody(is_draft=False).to_dict() == {"isDraft": False}


def test_multipart_booleans_are_json_spelled() -> None:
    body = BulkUploadPostsBody(file=File(payload=io.BytesIO(b"a,b\n"), file_name="x.csv"))
    body["dryRun"] = True
    body["skipDuplicates"] = False
    request = httpx.Request("POST", "https://x.test/", files=body.to_multipart())
    raw = request.read()
    assert b'name="dryRun"\r\nContent-Type: text/plain\r\n\r\ntrue\r\n' in raw
    assert b'name="skipDuplicates"\r\nContent-Type: text/plain\r\n\r\nfalse\r\n' in raw
    assert b"True" not in raw and b"False" not in raw


@pytest.mark.parametrize("status", [499, 520, 530])
def test_status_codes_outside_httpstatus_reach_the_caller(status: int) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, text="<html>origin is unreachable</html>")

    client = AuthenticatedClient(base_url="https://x.test", token="sk_test", raise_on_unexpected_status=False)
    client.set_httpx_client(httpx.Client(base_url="https://x.test", transport=httpx.MockTransport(handler)))
    response = get_post.sync_detailed("abc", client=client)
    assert response.status_code == status
    assert response.parsed is None
    assert (
        get_post._build_response(client=client, response=httpx.Response(200, json={"post": POST})).status_code
        is HTTPStatus.OK
    )


def test_path_parameters_are_encoded() -> None:
    assert get_post._get_kwargs("../../v1/accounts")["url"] == "/v1/posts/..%2F..%2Fv1%2Faccounts"


def test_create_post_parses_typed_response() -> None:
    response = httpx.Response(201, json={"message": "Post created successfully", "post": POST})
    client = AuthenticatedClient(base_url="https://x.test", token="sk_test")
    parsed = create_post._parse_response(client=client, response=response)
    assert parsed is not None and parsed.post.content == "Hello"  # type: ignore[union-attr]


def test_check_generated_detects_a_hand_edit(tmp_path: Path) -> None:
    committed = ROOT / "generated" / "late_api_client"
    copy = tmp_path / "late_api_client"
    shutil.copytree(committed, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert generate.differences(committed, copy) == []

    target = copy / "models" / "post.py"
    target.write_text(target.read_text() + "\n# a hand edit\n")
    (copy / "models" / "stray.py").write_text("x = 1\n")
    problems = generate.differences(committed, copy)
    assert "differs: models/post.py" in problems
    assert "not produced by the generator: models/stray.py" in problems


def test_models_load_lazily() -> None:
    import subprocess

    code = (
        "import sys, late_api_client.models as m; "
        "before = sum(k.startswith('late_api_client.models.') for k in sys.modules); "
        "m.Post; "
        "after = sum(k.startswith('late_api_client.models.') for k in sys.modules); "
        "print(before, after)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    before, after = map(int, out.split())
    assert before == 0
    assert after > 0


def test_unset_is_none_so_old_checks_still_test_absence() -> None:
    assert UNSET is None
    assert isinstance(Post.from_dict({}).scheduled_for, Unset)  # old `isinstance(x, Unset)` code still works
    assert not isinstance("2024-12-25", Unset)


@pytest.mark.parametrize(
    "clone",
    [copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_copies_and_pickles_keep_what_was_absent_and_what_was_null(clone: Any) -> None:
    body = clone(CreatePostBody(content="Hi"))
    assert body.to_dict() == {"content": "Hi"}  # a None set by no one is never sent
    read = clone(CreatePostBody.from_dict({"content": "Hi", "timezone": None}))
    assert read.to_dict() == {"content": "Hi", "timezone": None}  # a null read stays a null
    page = clone(PostsListResponse.from_dict({"pagination": {"page": 1, "pages": None}}))
    assert page.to_dict() == {"pagination": {"page": 1, "pages": None}}


def test_sync_and_asyncio_are_the_detailed_calls_parsed() -> None:
    """One implementation: ``sync``/``asyncio`` wrap ``sync_detailed``/``asyncio_detailed``."""
    import asyncio

    from late_api_client.client import Client

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"post": {"_id": "p1", "content": "Hi", "status": "draft"}})

    client = AuthenticatedClient(
        "https://getlate.dev/api", "sk_test_gen", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    assert isinstance(client, Client)  # one implementation of the builders and httpx clients
    parsed = get_post.sync("p1", client=client)
    assert parsed is not None and parsed.post.content == "Hi"  # type: ignore[union-attr]
    detailed = get_post.sync_detailed("p1", client=client)
    assert detailed.status_code == HTTPStatus.OK and detailed.parsed == parsed
    assert get_post.sync.__name__ == "sync" and "sync_detailed" in (get_post.sync.__doc__ or "")
    assert get_post.asyncio_detailed.__name__ == "asyncio_detailed"

    async def both() -> object:
        async_client = AuthenticatedClient(
            "https://getlate.dev/api", "sk_test_gen", httpx_args={"transport": httpx.MockTransport(handler)}
        )
        return await get_post.asyncio("p1", client=async_client)

    assert asyncio.run(both()) == parsed
    assert seen == ["Bearer sk_test_gen"] * 3
    with pytest.raises(TypeError):
        get_post.sync("p1", client=client, bogus=1)  # type: ignore[call-arg]


@pytest.mark.parametrize("status", [400, 401, 403, 409, 404])
def test_statuses_sharing_a_model_share_a_branch_and_still_parse(status: int) -> None:
    from late_api_client.api.posts import pin_post
    from late_api_client.models import ErrorResponse, PinPostRequest, PinPostResponse404

    body = {"error": f"status {status}"}
    client = AuthenticatedClient(
        "https://getlate.dev/api",
        "sk_test_gen",
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(status, json=body))},
    )
    parsed = pin_post.sync("p1", client=client, body=PinPostRequest(platform="facebook"))
    assert isinstance(parsed, PinPostResponse404 if status == 404 else ErrorResponse)
    assert parsed.error == f"status {status}"


def _spec_without_what_the_facade_uses() -> dict[str, Any]:
    """openapi.yaml minus things the facade uses, as older upstream specs lacked them: one model
    (MediaContentType), two parameters (listPosts' cursor, createPost's Idempotency-Key header) and two
    fields (the page's pagination.nextCursor, updatePost's inline body's platforms)."""
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    del spec["components"]["schemas"]["MediaContentType"]

    def drop_refs(node: Any) -> Any:
        if isinstance(node, dict):
            if node.get("$ref") == "#/components/schemas/MediaContentType":
                return {"type": "string"}
            return {key: drop_refs(value) for key, value in node.items()}
        if isinstance(node, list):
            return [drop_refs(value) for value in node]
        return node

    spec = drop_refs(spec)
    posts = spec["paths"]["/v1/posts"]
    for method, gone in (("get", "cursor"), ("post", "Idempotency-Key")):
        posts[method]["parameters"] = [p for p in posts[method]["parameters"] if p.get("name") != gone]
    for member in spec["components"]["schemas"]["PostsListResponse"]["properties"]["pagination"]["allOf"]:
        member.get("properties", {}).pop("nextCursor", None)
    update = spec["paths"]["/v1/posts/{postId}"]["put"]["requestBody"]["content"]["application/json"]
    del update["schema"]["properties"]["platforms"]
    return spec


@pytest.fixture(scope="module")
def stale_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated package (in a temporary ``generated/``) from that spec, as a regeneration would make it."""
    root = tmp_path_factory.mktemp("stale")
    spec = root / "openapi.yaml"
    spec.write_text(yaml.safe_dump(_spec_without_what_the_facade_uses(), sort_keys=False), encoding="utf-8")
    generate.run_generator(root / "generated" / "late_api_client", spec)
    return root / "generated"


@pytest.mark.slow
def test_lint_fails_on_what_a_regeneration_removed(stale_client: Path, tmp_path: Path) -> None:
    """`make lint` after a regeneration: mypy names each vanished model, parameter and field (issue 15)."""
    import subprocess

    config = tmp_path / "mypy.ini"
    config.write_text(f"[mypy]\nstrict = True\npython_version = 3.11\nmypy_path = {stale_client}\n")
    cache = str(tmp_path / "cache")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", cache, "late"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert 'Module "late_api_client.models" has no attribute "MediaContentType"' in out
    assert 'Extra argument "cursor"' in out
    assert 'Unexpected keyword argument "idempotency_key"' in out
    assert '"PostsListResponsePagination" has no attribute "next_cursor"' in out
    assert '"UpdatePostBody" has no attribute "platforms"' in out


_STALE_RUN = """
import httpx
import late, late.testing
from late import LateSpecMismatchError, LateValidationError

sandbox = late.testing.sandbox()
client = late.Late(api_key="sk_test_stale", transport=sandbox)
target = [{"platform": "twitter", "accountId": "acc_1"}]
with httpx.Client(transport=sandbox, base_url="https://getlate.dev/api") as raw:  # a post for iter to read
    auth = {"Authorization": "Bearer sk_test_stale"}
    raw.post("/v1/posts", json={"content": "seed", "platforms": target}, headers=auth).raise_for_status()
calls = {
    "create": lambda: client.posts.create(content="x", platforms=target, publish_now=True),
    "iter": lambda: list(client.posts.iter()),
    "update": lambda: client.posts.update("p1", content="x"),
}
for name, call in calls.items():
    try:
        call()
    except LateValidationError as exc:
        print(name, "blames the caller:", exc)
    except LateSpecMismatchError as exc:
        print(name, "mismatch:", exc.message)
print("requests:", len(sandbox.requests))
"""


@pytest.mark.slow
def test_a_stale_generated_client_is_the_sdks_error_not_the_callers(stale_client: Path) -> None:
    """Run against that package, each call fails with LateSpecMismatchError naming what is gone."""
    import os
    import subprocess

    env = dict(os.environ, PYTHONPATH=f"{stale_client}{os.pathsep}{ROOT}")
    result = subprocess.run(
        [sys.executable, "-c", _STALE_RUN], env=env, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["create"].startswith("mismatch: The Late SDK does not match its API spec")
    assert "create_post._get_kwargs does not take these arguments" in lines["create"]
    assert "'idempotency_key'" in lines["create"]
    assert "PostsListResponsePagination has no attribute 'next_cursor'" in lines["iter"]
    assert "UpdatePostBody has no attribute 'platforms'" in lines["update"]
    assert all(line.startswith("mismatch:") for name, line in lines.items() if name != "requests:")
    assert lines["requests:"] == "2"  # the seeding post and iter's first page; create and update sent nothing
