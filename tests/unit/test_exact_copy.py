"""``to_dict()`` of an answer's posts copies with orjson's round trip (``types.EXACT_BIT``), and only
where that copy is exact: what orjson read, that nothing has built, changed or handed out since."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from late_api_client import types
from late_api_client.models import Post

from late import Late
from late._http.jsonutil import exact_copier, loads_noting_exact
from late._setup import set_up
from tests.unit.test_lazy_models import POST, _nodes

PAGE: dict[str, Any] = {
    "posts": [POST, {**POST, "_id": "65f1c0ffee0000000000abce", "content": "Bye"}],
    "pagination": {"page": 1, "limit": 2, "total": 2, "pages": 1},
}


@pytest.fixture
def copies(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """The sources handed to ``types.exact_copy`` (the SDK's orjson round trip, counted)."""
    set_up()  # first: it installs the real round trip, which this replaces
    seen: list[Any] = []
    real = exact_copier()
    assert real is not None  # orjson is a dependency wherever CPython runs these tests

    def counted(value: Any) -> Any:
        seen.append(value)
        return real(value)

    monkeypatch.setattr(types, "exact_copy", counted)
    yield seen


def _page(body: bytes) -> Any:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    )
    with Late(api_key="sk_test_exact", base_url="https://getlate.dev/api", transport=transport) as client:
        return client.posts.list()


def test_the_posts_orjson_read_go_out_through_orjsons_copy(copies: list[Any]) -> None:
    page = _page(json.dumps(PAGE).encode())
    posts = page.posts
    assert [object.__getattribute__(p, "_changed") for p in posts] == [types.EXACT_BIT] * 2
    wires = [p.to_dict() for p in posts]
    assert wires == PAGE["posts"] and len(copies) == 2
    assert copies[0] is object.__getattribute__(posts[0], "_source")
    assert not set(_nodes(wires[0])) & set(_nodes(copies[0]))  # a deep copy: nothing shared
    wires[0]["platforms"][0]["status"] = "changed"
    assert posts[0].to_dict() == POST  # so changing what it gave changes nothing else


def test_the_setup_installs_the_round_trip() -> None:
    _page(json.dumps(PAGE).encode())
    assert types.exact_copy is not None and types.exact_copy({"a": [1.5, None]}) == {"a": [1.5, None]}


def test_a_body_only_the_standard_library_reads_is_walked(copies: list[Any]) -> None:
    """orjson refuses NaN, json reads it; orjson would write it back as null, the walk keeps it."""
    body = json.dumps({**PAGE, "posts": [{**POST, "extraField": math.nan}]}).encode()
    assert loads_noting_exact(body)[1] is False and loads_noting_exact(b"[1]") == ([1], True)
    (post,) = _page(body).posts
    assert object.__getattribute__(post, "_changed") is False
    assert math.isnan(post.to_dict()["extraField"]) and copies == []


@pytest.mark.parametrize("touch", ["additional_properties", "platforms", "media_items"])
def test_a_model_with_something_built_is_walked(copies: list[Any], touch: str) -> None:
    """A built field, or the extras, has been handed out: the source may have been changed in place
    (a tuple or a NaN put in), which the round trip would not copy as it is."""
    (post, _) = _page(json.dumps(PAGE).encode()).posts
    getattr(post, touch)
    assert post.to_dict() == POST and copies == []


def test_an_extra_changed_in_place_goes_out_as_it_is(copies: list[Any]) -> None:
    body = json.dumps({**PAGE, "posts": [{**POST, "extraField": {"a": [1]}}]}).encode()
    (post,) = _page(body).posts
    post["extraField"]["a"] = (math.inf,)  # in the source too: the extras hold its own values
    wire = post.to_dict()
    assert wire["extraField"]["a"] == (math.inf,) and copies == []  # as it is: not [null]


def test_a_round_trip_that_fails_falls_back_to_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(value: Any) -> Any:
        raise TypeError("not orjson's after all")

    (post, _) = _page(json.dumps(PAGE).encode()).posts
    monkeypatch.setattr(types, "exact_copy", refuse)
    assert post.to_dict() == POST


def test_only_a_model_nothing_has_touched_is_marked() -> None:
    fresh, changed = Post.from_dict(copy.deepcopy(POST)), Post.from_dict(copy.deepcopy(POST))
    changed.title = "edited"
    built = Post.from_dict(copy.deepcopy(POST))
    built.platforms  # noqa: B018
    types.mark_exact([fresh, changed, built, "not a model"])
    states = [object.__getattribute__(m, "_changed") for m in (fresh, changed, built)]
    assert states[0] == types.EXACT_BIT and states[1] is True and states[2] & types.EXACT_BIT == 0
    assert changed.to_dict()["title"] == "edited"
