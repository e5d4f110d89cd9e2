"""The sandbox's routes: one per operation of openapi.yaml, written as the spec writes its paths.

Each resource module of ``late/testing/`` declares its own ``ROUTES``; these tests tell whoever adds an
operation to the spec that the sandbox does not answer it yet, and pin the router's two rules: a literal
segment wins over a parameter whatever the declaration order, and a known path with a method it does not
take is a 405 whose ``Allow`` lists the methods in a fixed order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from late.testing._routes import Route, Router
from late.testing._sandbox import ROUTER
from late.testing._store import Store
from late.testing._util import ApiError
from late.testing._wire import Ctx, Outcome

SPEC_FILE = next(
    d / "openapi.yaml" for d in Path(__file__).resolve().parents if (d / "openapi.yaml").exists()
)
METHODS = ("get", "post", "put", "patch", "delete")


def handler(store: Store, ctx: Ctx) -> Outcome:
    raise AssertionError("not called")


def other(store: Store, ctx: Ctx) -> Outcome:
    raise AssertionError("not called")


def test_every_operation_of_the_spec_has_one_route_and_no_route_is_extra() -> None:
    spec = yaml.safe_load(SPEC_FILE.read_text())
    operations = {(m.upper(), path) for path, item in spec["paths"].items() for m in item if m in METHODS}
    routes = [(route.method, route.path) for route in ROUTER.routes]
    assert len(routes) == len(set(routes))
    assert set(routes) == operations


@pytest.mark.parametrize("first_literal", [True, False])
def test_a_literal_segment_wins_over_a_parameter_whatever_the_order(first_literal: bool) -> None:
    routes = [Route("GET", "/v1/posts/{postId}", handler), Route("POST", "/v1/posts/bulk-upload", other)]
    router = Router(reversed(routes) if first_literal else routes)
    found = router.resolve("POST", ["v1", "posts", "bulk-upload"], "/v1/posts/bulk-upload")
    assert found is not None and found[0].handler is other and found[1] == {}
    with pytest.raises(ApiError) as refused:  # not the GET of a post whose id is "bulk-upload"
        router.resolve("GET", ["v1", "posts", "bulk-upload"], "/v1/posts/bulk-upload")
    assert refused.value.status == 405 and refused.value.headers == {"Allow": "POST"}
    found = router.resolve("GET", ["v1", "posts", "abc"], "/v1/posts/abc")
    assert found is not None and found[0].handler is handler and found[1] == {"postId": "abc"}
    assert router.resolve("GET", ["v1", "posts", "abc", "more"], "/v1/posts/abc/more") is None


def test_a_method_the_path_does_not_take_lists_the_others_in_a_fixed_order() -> None:
    router = Router(Route(m, "/v1/posts/{postId}", handler) for m in ("DELETE", "PUT", "GET"))
    with pytest.raises(ApiError) as refused:
        router.resolve("PATCH", ["v1", "posts", "abc"], "/v1/posts/abc")
    assert refused.value.status == 405 and refused.value.code == "method_not_allowed"
    assert refused.value.headers == {"Allow": "GET, PUT, DELETE"}


def test_two_routes_for_one_operation_are_refused() -> None:
    with pytest.raises(ValueError, match="two routes for GET /v1/posts"):
        Router([Route("GET", "/v1/posts", handler), Route("GET", "/v1/posts", other)])
