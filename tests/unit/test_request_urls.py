"""The request URL the requestor builds itself (parsed once, kept for a repeated call) is exactly the one
httpx makes of a path relative to its base URL and the query parameters."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from late._http.requestor import Requestor

BASES = [
    "https://getlate.dev/api",
    "https://getlate.dev/api/",
    "http://127.0.0.1:8080/proxy/late/api",
    "http://127.0.0.1:8080",  # no path: httpx's base raw path is "/", its text has none
]
PATHS = [
    "/v1/posts",
    "/v1/posts/65f1c0ffee0000000000abcd",
    "/v1/posts/a%2Fb%3Fc%23d",  # an id with / ? # quoted by the generated endpoint
    "/v1/posts/caf%C3%A9",
    "/v1/posts/%20x",
    "/v1/posts/it's~ok*(1)",  # characters httpx leaves or quotes itself
    '/v1/posts/ x"<>{}|^`',
    "/v1/posts/café",  # not ASCII: joined as httpx joins it
]
PARAMS: list[dict[str, Any]] = [
    {},
    {"limit": 100},
    {"limit": 1, "page": True},
    {"status": ["scheduled", "failed"], "q": "a b&c=d", "zone": "Europe/Berlin"},
    {"dateFrom": "2030-01-01T00:00:00+02:00", "cursor": "abc%2F"},
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("params", PARAMS)
def test_the_url_is_httpxs_own(base: str, path: str, params: dict[str, Any]) -> None:
    requestor = Requestor(base, api_key="sk_test_urls")
    with httpx.Client(base_url=requestor.base_url) as client:
        expected = client.build_request("GET", path, params=params or None).url
        first = requestor.api_url(client, path, params)
        again = requestor.api_url(client, path, params)
    assert first == expected and str(first) == str(expected)
    assert again == expected


def test_a_repeated_call_reuses_the_parsed_url_and_equal_values_of_other_types_do_not() -> None:
    requestor = Requestor("https://getlate.dev/api", api_key="sk_test_urls")
    with httpx.Client(base_url=requestor.base_url) as client:
        one = requestor.api_url(client, "/v1/posts", {"limit": 1})
        assert requestor.api_url(client, "/v1/posts", {"limit": 1}) is one
        flag = requestor.api_url(client, "/v1/posts", {"limit": True})  # 1 == True, not the same query
        assert str(one).endswith("limit=1") and str(flag).endswith("limit=true")
        listed = requestor.api_url(client, "/v1/posts", {"status": ["a", "b"]})  # unhashable: not kept
        assert str(listed).endswith("status=a&status=b")
        for i in range(300):  # the kept URLs stay few
            requestor.api_url(client, f"/v1/posts/{i}", {})
        assert 0 < len(requestor.api_url._urls) <= 256


def test_requests_go_to_that_url() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"posts": [], "pagination": {"page": 1}})

    from late import Late

    with Late(api_key="sk_test_urls", transport=httpx.MockTransport(handler)) as client:
        client.posts.list(limit=5)
        client.posts.list(limit=5)
    assert seen == ["https://getlate.dev/api/v1/posts?limit=5"] * 2
