"""The sandbox's limits answer as the spec says: X-RateLimit-* headers, 429s of the rate limit and caps."""

from __future__ import annotations

import httpx

import late.testing
from tests.contract.conftest import contract_violation, run_prism

KEY = "sk_test_contract_limits"


def test_rate_limit_headers_and_429s_conform() -> None:
    sandbox = late.testing.sandbox(rate_limit=(30, 60.0))
    problems: list[str] = []

    def check(response: httpx.Response) -> None:
        response.read()
        problem = contract_violation(response)
        if problem is not None:
            problems.append(f"{response.request.method} {response.request.url.path}: {problem}")

    with (
        late.testing.serve_in_thread(sandbox) as server,
        run_prism(server.url) as prism,
        httpx.Client(
            base_url=prism, headers={"Authorization": f"Bearer {KEY}"}, event_hooks={"response": [check]}
        ) as client,
    ):
        target = [{"platform": "twitter", "accountId": "acc_contract_caps"}]
        made = [
            client.post("/v1/posts", json={"content": f"now {i}", "platforms": target, "publishNow": True})
            for i in range(25)
        ]
        assert {r.status_code for r in made} == {201}
        assert made[-1].headers["X-RateLimit-Remaining"] == "5"
        capped = client.post("/v1/posts", json={"content": "26th", "platforms": target, "publishNow": True})
        assert capped.status_code == 429 and capped.json()["details"]["scope"] == "hourly_publish_cap"
        for _ in range(4):
            assert client.get("/v1/posts", params={"limit": 1}).status_code == 200
        limited = client.post("/v1/posts", json={"content": "past the window", "platforms": target})
        assert limited.status_code == 429 and limited.headers["Retry-After"].isdigit()
    assert problems == []
