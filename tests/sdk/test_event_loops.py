"""One client, many event loops: a worker that runs ``asyncio.run`` per job keeps working."""

from __future__ import annotations

import asyncio

import late.testing
from late import Late
from tests.support.values import present


def test_one_client_serves_successive_asyncio_runs_over_a_real_socket() -> None:
    with late.testing.serve_in_thread() as server:
        client = Late(api_key="sk_test_loops", base_url=server.url + "/api")
        try:
            for job in range(3):
                created = asyncio.run(
                    client.posts.acreate(
                        content=f"job {job}",
                        platforms=[{"platform": "twitter", "accountId": "a"}],
                        is_draft=True,
                    )
                )
                assert present(created.post).content == f"job {job}"
            assert present(asyncio.run(client.posts.alist()).pagination).total == 3
        finally:
            client.close()
    assert len(server.sandbox.posts) == 3
