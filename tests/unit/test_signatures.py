"""What a person at a REPL or in an editor sees of the API: signatures, docstrings, completions (#14.1),
and the HTTP status, headers and request id of a successful call (``late.with_raw_response``, #14.6)."""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jedi
import pytest

import late
from late import Late, PostCreateResponse, PostGetResponse, RawResponse, with_raw_response
from late.resources.accounts import Accounts, Profiles
from late.resources.media import Media
from late.resources.posts import Posts
from late.testing import sandbox
from tests.support.values import present

KEY = "sk_test_signatures_0123456789"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def client() -> Iterator[Late]:
    with Late(api_key=KEY, transport=sandbox()) as client:
        yield client


def public_methods(resource: type[Any]) -> dict[str, Any]:
    return {n: v for n, v in vars(resource).items() if not n.startswith("_") and callable(v)}


POSTS_API = {
    *("create", "list", "get", "update", "delete", "retry", "bulk_upload", "tiktok_dry_run", "iter"),
    *("edit", "pin", "unpin", "unpublish", "update_metadata", "review"),
}
MEDIA_API = {"upload", "upload_many"}
ACCOUNTS_API = {"list", "iter"}
PROFILES_API = {"list"}


@pytest.mark.parametrize(
    ("resource", "api"),
    [(Posts, POSTS_API), (Media, MEDIA_API), (Accounts, ACCOUNTS_API), (Profiles, PROFILES_API)],
)
def test_every_public_method_has_an_explicit_typed_signature_and_a_line_per_argument(
    resource: type[Any], api: set[str]
) -> None:
    methods = public_methods(resource)
    assert set(methods) == api | {"a" + name for name in api}
    for name, method in methods.items():
        signature = inspect.signature(method)
        params = [p for p in signature.parameters.values() if p.name != "self"]
        kinds = {p.kind for p in params}
        assert not kinds & {inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL}, name
        hints = typing.get_type_hints(method)  # every annotation resolves at run time
        assert {p.name for p in params} | {"return"} == set(hints), name
        doc = inspect.getdoc(method) or ""
        args = doc.split("\nArgs:\n", 1)[1].splitlines()
        assert [line.split(":")[0].strip() for line in args] == [p.name for p in params], name
        assert all(len(line.split(": ", 1)[1]) > 5 for line in args), name


def test_an_async_twin_is_its_sync_method_awaited() -> None:
    for name in POSTS_API - {"iter"}:
        sync, twin = getattr(Posts, name), getattr(Posts, "a" + name)
        assert inspect.iscoroutinefunction(twin), name
        assert inspect.signature(twin) == inspect.signature(sync), name
        assert typing.get_type_hints(twin) == typing.get_type_hints(sync), name
        assert (inspect.getdoc(sync) or "") in (inspect.getdoc(twin) or ""), name
    assert inspect.signature(Posts.aiter) == inspect.signature(Posts.iter)
    for resource in (Accounts, Profiles):
        assert inspect.iscoroutinefunction(resource.alist)
        assert inspect.signature(resource.alist) == inspect.signature(resource.list)
    assert inspect.signature(Accounts.aiter) == inspect.signature(Accounts.iter)


def test_required_arguments_look_required() -> None:
    def required(method: Any) -> list[str]:
        params = inspect.signature(method).parameters.values()
        return [p.name for p in params if p.default is inspect.Parameter.empty and p.name != "self"]

    assert required(Posts.create) == []  # content, platforms: what is needed depends on the others
    assert required(Posts.get) == ["post_id"]
    assert required(Posts.edit) == ["post_id", "platform", "content"]
    assert required(Posts.apin) == ["post_id", "platform"]
    assert required(Posts.review) == ["post_id", "decision"]
    assert required(Media.upload) == ["file"]
    post_id = inspect.signature(Posts.get).parameters["post_id"]
    assert post_id.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


def test_help_shows_the_arguments(client: Late) -> None:
    import pydoc

    text = pydoc.render_doc(client.posts.create, renderer=pydoc.plaintext)  # type: ignore[attr-defined]  # in pydoc, not in typeshed
    assert "scheduled_for: 'datetime | str | None' = None" in text
    assert "scheduled_for: when to publish" in text
    assert "idempotency_key: makes a create safe to repeat" in text


def test_dir_shows_the_api_and_nothing_else(client: Late) -> None:
    assert dir(client.posts) == sorted(POSTS_API | {"a" + n for n in POSTS_API})
    assert dir(client.media) == sorted(MEDIA_API | {"a" + n for n in MEDIA_API})


def _complete(source: str) -> list[str]:
    """jedi's static completions (editors) at the end of ``source``."""
    lines = source.splitlines()
    script = jedi.Script(source, path=ROOT / "snippet.py", project=jedi.Project(ROOT))
    return [c.name for c in script.complete(len(lines), len(lines[-1]))]


PREAMBLE = "from late import Late\nclient = Late()\n"


def test_jedi_completes_the_methods_and_nothing_else() -> None:
    names = _complete(PREAMBLE + "client.posts.")
    assert {"create", "acreate", "list", "iter", "aiter", "update_metadata"} <= set(names)
    assert not {"attrname", "func", "lock"} & set(names)  # a cached_property's own attributes


def test_jedi_completes_keyword_arguments() -> None:
    assert _complete(PREAMBLE + "client.posts.create(sched") == ["scheduled_for="]
    assert _complete(PREAMBLE + "client.posts.list(sort") == ["sort_by="]
    assert "platform=" in _complete(PREAMBLE + "client.posts.edit('p1', plat")
    assert _complete(PREAMBLE + "client.media.upload('a.png', content") == ["content_type="]


def test_jedi_in_a_repl_completes_the_async_twins_too(client: Late) -> None:
    """IPython and Jupyter complete through jedi.Interpreter, which reads the live signatures."""
    for source, expected in [
        ("client.posts.acreate(sched", "scheduled_for="),
        ("client.posts.aupdate_metadata('p1', privacy", "privacy_status="),
        ("client.media.aupload('a.png', file", "filename="),
    ]:
        names = [c.name for c in jedi.Interpreter(source, [{"client": client}]).complete()]
        assert expected in names, (source, names)


# ----------------------------------------------------------------------------- mistakes and None


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_typo_is_a_type_error_with_a_did_you_mean(client: Late, mode: str) -> None:
    method = client.posts.create if mode == "sync" else client.posts.acreate
    with pytest.raises(TypeError, match=r"'schedule_for'; did you mean 'scheduled_for'\?$"):
        result = method(content="x", is_draft=True, schedule_for="2030-01-01T10:00:00Z")  # type: ignore[call-arg]
        if mode == "async":
            assert inspect.isawaitable(result)
            await result


def test_a_type_error_inside_a_call_is_not_given_a_hint(client: Late) -> None:
    with pytest.raises(TypeError) as info:
        client.posts.create(content="x", is_draft=True, progress=1)  # type: ignore[call-arg]
    assert "did you mean" not in str(info.value)  # nothing close: Python's message as it is


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_none_is_not_sent(mode: str) -> None:
    bodies: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(201, json={"post": {"_id": "p1", "status": "draft"}, "message": "ok"})

    transport = httpx.MockTransport(handler)
    with Late(api_key=KEY, transport=transport) as client:
        kwargs: dict[str, Any] = {
            "content": "x",
            "is_draft": True,
            "title": None,
            "tags": None,
            "timeout": None,
        }
        if mode == "sync":
            client.posts.create(**kwargs)
        else:
            await client.posts.acreate(**kwargs)
    assert bodies == [{"content": "x", "isDraft": True}]


# ----------------------------------------------------------------------------- with_raw_response


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_with_raw_response_gives_status_headers_and_request_id(client: Late, mode: str) -> None:
    if mode == "sync":
        raw = with_raw_response(client.posts.create)(content="Hi", is_draft=True)
    else:
        raw = await with_raw_response(client.posts.acreate)(content="Hi", is_draft=True)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 201
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.request_id is not None and raw.request_id.startswith("req_")
    created = raw.parse()
    assert isinstance(created, PostCreateResponse)
    assert raw.parse() is created  # parsed once
    post_id = present(created.post).field_id
    assert isinstance(post_id, str)
    got = with_raw_response(client.posts.get)(post_id)
    assert got.status_code == 200 and isinstance(got.parse(), PostGetResponse)
    assert got.request_id != raw.request_id
    assert f"[200] request_id={got.request_id!r}" in repr(got)


def test_with_raw_response_still_raises_api_errors(client: Late) -> None:
    with pytest.raises(late.LateNotFoundError) as info:
        with_raw_response(client.posts.get)("0123456789abcdef01234567")
    assert info.value.request_id is not None


def test_with_raw_response_keeps_the_signature_and_the_checks(client: Late) -> None:
    raw_create = with_raw_response(client.posts.create)
    assert inspect.signature(raw_create) == inspect.signature(client.posts.create)
    with pytest.raises(late.LateValidationError) as info:
        raw_create(content="x", is_draft="yes")  # type: ignore[arg-type]
    assert info.value.param == "is_draft"


def test_with_raw_response_takes_one_request_methods_only(client: Late) -> None:
    with pytest.raises(TypeError, match="one request"):
        with_raw_response(client.posts.iter)()
    with pytest.raises(TypeError, match=r"such as client\.posts\.get"):
        with_raw_response(print)
