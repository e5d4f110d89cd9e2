"""The served sandbox, through Prism, conforms to openapi.yaml for every operation it implements.

Every request goes through ``contract_client``, whose response hook fails the test on any Prism violation
(``sl-violations``, or a 422/500/401 that Prism produced instead of the sandbox).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from late.testing import SANDBOX_HEADER, SandboxServer, user_id_for


def when(hours: float) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


def text(label: str) -> str:
    return f"{label} {uuid.uuid4().hex[:12]}"


def tw(account: str = "acc_tw") -> list[dict[str, Any]]:
    return [{"platform": "twitter", "accountId": account}]


@pytest.fixture
def api(contract_client: httpx.Client, served_sandbox: SandboxServer) -> Iterator[httpx.Client]:
    served_sandbox.sandbox.failing_accounts.clear()
    yield contract_client
    served_sandbox.sandbox.failing_accounts.clear()
    served_sandbox.sandbox.faults.clear()


def create(
    api: httpx.Client, status: int, headers: dict[str, str] | None = None, **data: Any
) -> dict[str, Any]:
    response = api.post("/v1/posts", json=data, headers=headers or {})
    assert response.status_code == status, response.text
    result: dict[str, Any] = response.json()
    return result


def test_create_every_kind(api: httpx.Client, served_sandbox: SandboxServer) -> None:
    assert create(api, 201, content=text("draft"), platforms=tw(), isDraft=True)["post"]["status"] == "draft"
    assert create(api, 201, isDraft=True)["post"]["status"] == "draft"
    scheduled = create(
        api, 201, content=text("sched"), platforms=tw(), scheduledFor=when(24), timezone="Europe/Madrid"
    )
    assert scheduled["post"]["status"] == "scheduled"
    now = create(
        api,
        201,
        content=text("now"),
        platforms=[*tw(), {"platform": "linkedin", "accountId": "acc_li", "customContent": "hi"}],
        mediaItems=[{"type": "image", "url": "https://cdn.example.com/a.jpg", "altText": "a"}],
        publishNow=True,
        tags=["launch"],
        metadata={"campaign": "q1"},
    )
    assert now["post"]["status"] == "published"
    past = create(api, 201, content=text("past"), platforms=tw(), scheduledFor=when(-1))
    assert past["post"]["status"] == "published"
    queued = create(
        api, 201, content=text("queue"), platforms=tw(), queuedFromProfile="64f0a1b2c3d4e5f6a7b8c9d0"
    )
    assert queued["post"]["status"] == "scheduled"
    approval = create(
        api, 201, content=text("approve"), platforms=tw(), scheduledFor=when(5), requiresApproval=True
    )
    assert approval["post"]["status"] == "pending_approval"
    recycled = create(
        api,
        201,
        content=text("recycle"),
        platforms=tw(),
        scheduledFor=when(3),
        recycling={"gap": 2, "gapFreq": "week", "expireCount": 3, "contentVariations": ["a", "b"]},
    )
    assert recycled["post"]["recycling"]["gap"] == 2
    tiktok: dict[str, Any] = {
        "content": text("tt"),
        "platforms": [{"platform": "tiktok", "accountId": "tt"}],
        "mediaItems": [{"type": "video", "url": "https://cdn.example.com/v.mp4"}],
        "tiktokSettings": {
            "privacyLevel": "SELF_ONLY",
            "allowComment": True,
            "contentPreviewConfirmed": True,
        },
    }
    assert create(api, 201, **tiktok, scheduledFor=when(2))["post"]["platforms"][0]["platformSpecificData"]

    served_sandbox.sandbox.failing_accounts["acc_bad"] = "Token expired"
    partial = create(api, 207, content=text("partial"), platforms=[*tw(), *tw("acc_bad")], publishNow=True)
    assert partial["post"]["status"] == "partial"
    failed = create(api, 207, content=text("failed"), platforms=tw("acc_bad"), publishNow=True)
    assert failed["post"]["status"] == "failed"


def test_create_idempotency_and_dedup(api: httpx.Client) -> None:
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = create(api, 201, key, content=text("idem"), platforms=tw(), scheduledFor=when(4))
    replay = create(api, 200, key, content=text("other body"), platforms=tw(), scheduledFor=when(4))
    assert replay["post"]["_id"] == first["post"]["_id"]

    request_id = {"x-request-id": str(uuid.uuid4())}
    words = text("dedup")
    original = create(api, 201, request_id, content=words, platforms=tw(), scheduledFor=when(6))
    again = create(api, 200, request_id, content=words, platforms=tw(), scheduledFor=when(6))
    assert again["post"]["_id"] == original["post"]["_id"]
    duplicate = create(api, 409, content=words, platforms=tw(), scheduledFor=when(7))
    assert duplicate["details"]["existingPostId"] == original["post"]["_id"]


def test_idempotency_conflict_in_progress(api: httpx.Client, served_sandbox: SandboxServer) -> None:
    release = threading.Event()
    fault = served_sandbox.sandbox.faults.add("POST", "/v1/posts", hold=release)
    key = {"Idempotency-Key": str(uuid.uuid4())}
    data = {"content": text("held"), "platforms": tw(), "scheduledFor": when(8)}
    results: list[httpx.Response] = []
    worker = threading.Thread(target=lambda: results.append(api.post("/v1/posts", json=data, headers=key)))
    worker.start()
    try:
        assert fault.reached.wait(10)
        conflict = api.post("/v1/posts", json=data, headers=key)
        assert conflict.status_code == 409 and conflict.json()["code"] == "idempotency_conflict"
    finally:
        release.set()
        worker.join(10)
    assert results[0].status_code == 201


def test_create_validation_errors(api: httpx.Client) -> None:
    assert create(api, 400, platforms=tw(), publishNow=True)["param"] == "content"
    assert create(api, 400, content="x", platforms=[], publishNow=True)["param"] == "platforms"
    bad_platform = create(api, 400, content="x", platforms=[{"platform": "myspace", "accountId": "a"}])
    assert bad_platform["param"] == "platforms[0].platform"
    bad_zone = create(api, 400, content="x", platforms=tw(), scheduledFor=when(1), timezone="Mars/Base")
    assert bad_zone["param"] == "timezone"
    http_media = create(
        api,
        400,
        content="x",
        platforms=tw(),
        mediaItems=[{"url": "http://cdn.example.com/a.jpg"}],
        isDraft=True,
    )
    assert http_media["param"] == "mediaItems[0].url"
    assert create(api, 400, content="x", platforms=tw(), requiresApproval=True)["param"] == "scheduledFor"


def test_auth_errors(
    api: httpx.Client, prism_base_url: str, violation_of: Callable[[httpx.Response], str | None]
) -> None:
    invalid = api.get("/v1/posts", headers={"Authorization": "Bearer not_a_key"})
    assert invalid.status_code == 401 and invalid.json()["code"] == "invalid_credentials"
    # Without credentials Prism answers 401 itself (the security scheme), before the sandbox.
    missing = httpx.get(prism_base_url + "/v1/posts")
    assert missing.status_code == 401 and SANDBOX_HEADER not in missing.headers
    assert violation_of(missing) is not None


def test_prism_validates_requests(prism_base_url: str, contract_api_key: str) -> None:
    """The harness really validates: a schema-invalid request is Prism's 422 and never reaches the sandbox."""
    response = httpx.get(
        prism_base_url + "/v1/posts",
        params={"limit": 1000},
        headers={"Authorization": f"Bearer {contract_api_key}"},
    )
    assert response.status_code == 422
    assert SANDBOX_HEADER not in response.headers


def test_list_with_filters(api: httpx.Client, served_sandbox: SandboxServer) -> None:
    served_sandbox.sandbox.account_profiles["64e1f0a9e2b5af0012ab34aa"] = "64f0a1b2c3d4e5f6a7b8c9aa"
    tagged = create(
        api,
        201,
        content=text("list me"),
        platforms=[{"platform": "pinterest", "accountId": "64e1f0a9e2b5af0012ab34aa"}],
        mediaItems=[{"url": "https://cdn.example.com/pin.png"}],
        scheduledFor="2031-05-05T10:00:00Z",
        tags=["contract", "list"],
    )["post"]
    served_sandbox.sandbox.set_hidden(create(api, 201, content=text("hidden"), isDraft=True)["post"]["_id"])
    queries: list[dict[str, Any]] = [
        {},
        {"page": 1, "limit": 5},
        {"page": 2, "limit": 2, "sortBy": "created-asc"},
        {"offset": 1, "limit": 3},
        {"status": "scheduled"},
        {"platform": "pinterest"},
        {"profileId": "64f0a1b2c3d4e5f6a7b8c9aa"},
        {"profileId": "all"},
        {"createdBy": user_id_for("sk_test_contract")},
        {"accountId": "64e1f0a9e2b5af0012ab34aa"},
        {"fromDate": "2031-05-05", "toDate": "2031-05-05"},
        # Not dateFrom/dateTo: they are deprecated, and Prism --errors answers 422 to deprecated params.
        {"includeHidden": "true"},
        {"search": "list me"},
        {"tags": "contract,list"},
        {"tag": "contract"},
        {"sortBy": "status"},
        {"sortBy": "platform"},
        {"sortBy": "scheduled-asc"},
        {"fields": "content,status,scheduledFor"},
        {"source": "external"},
    ]
    for params in queries:
        response = api.get("/v1/posts", params=params)
        assert response.status_code == 200, (params, response.text)
    only = api.get(
        "/v1/posts", params={"tags": "contract,list", "fromDate": "2031-05-05", "toDate": "2031-05-05"}
    )
    assert [p["_id"] for p in only.json()["posts"]] == [tagged["_id"]]
    cursor = api.get("/v1/posts", params={"limit": 1}).json()["pagination"]["nextCursor"]
    assert cursor is not None
    assert api.get("/v1/posts", params={"limit": 1, "cursor": cursor}).status_code == 200

    unknown = api.get("/v1/posts", params={"stauts": "draft"})
    assert unknown.status_code == 400 and unknown.json()["param"] == "stauts"
    wrong_sort = api.get("/v1/posts", params={"limit": 1, "cursor": cursor, "sortBy": "created-asc"})
    assert wrong_sort.status_code == 400 and wrong_sort.json()["param"] == "cursor"
    assert api.get("/v1/posts", params={"profileId": "profile_999"}).status_code == 400


def test_get_update_delete(api: httpx.Client) -> None:
    post = create(api, 201, content=text("crud"), platforms=tw(), scheduledFor=when(10))["post"]
    pid = post["_id"]
    assert api.get(f"/v1/posts/{pid}").json()["post"]["_id"] == pid
    assert api.get("/v1/posts/0123456789abcdef01234567").status_code == 404

    updated = api.put(
        f"/v1/posts/{pid}",
        json={"content": text("crud v2"), "scheduledFor": when(12), "title": "T", "visibility": "public"},
    )
    assert updated.status_code == 200 and updated.json()["post"]["title"] == "T"
    assert api.put("/v1/posts/0123456789abcdef01234567", json={"content": "x"}).status_code == 404
    conflict = api.put(f"/v1/posts/{pid}", json={"requiresApproval": True})
    assert conflict.status_code == 409

    draft = create(api, 201, content=text("to promote"), platforms=tw(), isDraft=True)["post"]
    promoted = api.put(f"/v1/posts/{draft['_id']}", json={"isDraft": False, "scheduledFor": when(3)})
    assert promoted.json()["post"]["status"] == "scheduled"

    published = create(api, 201, content=text("done"), platforms=tw(), publishNow=True)["post"]
    assert api.put(f"/v1/posts/{published['_id']}", json={"content": "x"}).status_code == 400
    recycling = api.put(f"/v1/posts/{published['_id']}", json={"recycling": {"gap": 1, "expireCount": None}})
    assert recycling.status_code == 200
    assert api.delete(f"/v1/posts/{published['_id']}").status_code == 400

    assert api.delete(f"/v1/posts/{pid}").json() == {"message": "Post deleted successfully"}
    assert api.delete(f"/v1/posts/{pid}").status_code == 404


def test_update_publishing_incomplete_is_207(api: httpx.Client, served_sandbox: SandboxServer) -> None:
    served_sandbox.sandbox.failing_accounts["acc_down"] = "Down"
    draft = create(api, 201, content=text("will fail"), platforms=tw("acc_down"), isDraft=True)["post"]
    response = api.put(f"/v1/posts/{draft['_id']}", json={"isDraft": False, "publishNow": True})
    assert response.status_code == 207 and response.json()["post"]["status"] == "failed"


def test_retry_and_review(api: httpx.Client, served_sandbox: SandboxServer) -> None:
    served_sandbox.sandbox.failing_accounts["acc_flaky"] = "Flaky"
    failed = create(api, 207, content=text("retry"), platforms=tw("acc_flaky"), publishNow=True)["post"]
    assert api.post(f"/v1/posts/{failed['_id']}/retry").status_code == 207
    del served_sandbox.sandbox.failing_accounts["acc_flaky"]
    assert api.post(f"/v1/posts/{failed['_id']}/retry").status_code == 200
    assert api.post(f"/v1/posts/{failed['_id']}/retry").status_code == 400
    assert api.post("/v1/posts/0123456789abcdef01234567/retry").status_code == 404

    pending = create(
        api, 201, content=text("review"), platforms=tw(), scheduledFor=when(9), requiresApproval=True
    )
    pid = pending["post"]["_id"]
    assert (
        api.post(f"/v1/posts/{pid}/review", json={"decision": "approve"}).json()["post"]["status"]
        == "scheduled"
    )
    assert api.post(f"/v1/posts/{pid}/review", json={"decision": "reject"}).status_code == 409


def test_published_post_operations(api: httpx.Client) -> None:
    post = create(
        api,
        201,
        content=text("ops"),
        platforms=[
            {"platform": "facebook", "accountId": "fb"},
            {"platform": "youtube", "accountId": "yt"},
            {"platform": "linkedin", "accountId": "li1"},
            {"platform": "linkedin", "accountId": "li2"},
        ],
        mediaItems=[{"url": "https://cdn.example.com/v.mp4"}],
        publishNow=True,
    )["post"]
    pid = post["_id"]
    assert api.post(f"/v1/posts/{pid}/pin", json={"platform": "facebook"}).json()["pinned"] is True
    assert api.post(f"/v1/posts/{pid}/unpin", json={"platform": "facebook"}).json()["pinned"] is False
    edit = api.post(f"/v1/posts/{pid}/edit", json={"platform": "facebook", "content": "edited"})
    assert edit.json()["success"] is True
    assert api.post(f"/v1/posts/{pid}/edit", json={"platform": "linkedin", "content": "x"}).status_code == 409
    meta = api.post(
        f"/v1/posts/{pid}/update-metadata", json={"platform": "youtube", "title": "T", "tags": ["a"]}
    )
    assert meta.json()["updatedFields"] == ["title", "tags"]
    direct = api.post(
        "/v1/posts/_/update-metadata",
        json={
            "platform": "youtube",
            "videoId": "dQw4w9WgXcQ",
            "accountId": "yt",
            "privacyStatus": "unlisted",
        },
    )
    assert direct.json()["videoId"] == "dQw4w9WgXcQ"
    ambiguous = api.post(f"/v1/posts/{pid}/unpublish", json={"platform": "linkedin"})
    assert ambiguous.status_code == 409
    assert (
        api.post(f"/v1/posts/{pid}/unpublish", json={"platform": "linkedin", "accountId": "li1"}).status_code
        == 200
    )
    draft = create(api, 201, content=text("not live"), platforms=tw(), isDraft=True)["post"]
    assert api.post(f"/v1/posts/{draft['_id']}/unpublish", json={"platform": "twitter"}).status_code == 400
    assert api.post(f"/v1/posts/{draft['_id']}/pin", json={"platform": "twitter"}).status_code == 400


def test_media_and_sync(api: httpx.Client, served_sandbox: SandboxServer) -> None:
    presigned = api.post(
        "/v1/media/presign", json={"filename": "clip.mp4", "contentType": "video/mp4", "size": 5}
    )
    assert presigned.status_code == 200
    data = presigned.json()
    # The upload URL is the storage host (the sandbox itself), not an API operation: PUT it directly.
    put = httpx.put(data["uploadUrl"], content=b"12345")
    assert put.status_code == 200
    assert served_sandbox.sandbox.uploads[data["key"]].size == 5
    too_big = api.post(
        "/v1/media/presign", json={"filename": "a.mp4", "contentType": "video/mp4", "size": 6 * 1024**3}
    )
    assert too_big.status_code == 400
    prepared = api.post(
        "/v1/media/prepare", json={"url": "https://cdn.example.com/a.jpg", "target": "instagram"}
    )
    assert prepared.json()["changed"] is False
    synced = api.post("/v1/posts/sync-external", json={"accountId": "64e1f0a9e2b5af0012ab34de"})
    assert synced.json()["posts"] == []
    located = api.post(
        "/v1/posts/sync-external", json={"accountId": "64e1f0a9e2b5af0012ab34de", "postId": "1"}
    )
    assert located.json()["found"] is False


def test_prism_flags_invalid_responses(
    prism_base_url: str,
    contract_api_key: str,
    served_sandbox: SandboxServer,
    violation_of: Callable[[httpx.Response], str | None],
) -> None:
    """The harness really validates responses: a fault answering a malformed list is reported."""
    served_sandbox.sandbox.faults.add("GET", "/v1/posts", status=200, body={"posts": "not a list"})
    response = httpx.get(
        prism_base_url + "/v1/posts", headers={"Authorization": f"Bearer {contract_api_key}"}
    )
    assert served_sandbox.sandbox.faults.pending == []
    problem = violation_of(response)
    assert problem is not None and "posts" in problem, (response.status_code, response.headers, response.text)


def test_a_tiktok_dry_run_verdict_is_the_one_answer_the_spec_makes_ambiguous(
    prism_base_url: str, served_sandbox: SandboxServer, contract_api_key: str
) -> None:
    """createPost's 200 is ``oneOf [TikTokDryRunVerdict, PostCreateResponse]``, and the real spec requires
    nothing of PostCreateResponse, so a verdict matches both members and Prism flags it. That exact
    violation, and only it, is expected here; the sandbox's body is checked against the verdict schema."""
    import jsonschema
    import yaml

    body = {
        "content": text("dry"),
        "platforms": [{"platform": "tiktok", "accountId": "tt"}],
        "mediaItems": [{"type": "video", "url": "https://cdn.example.com/v.mp4"}],
        "tiktokSettings": {
            "privacyLevel": "SELF_ONLY",
            "allowComment": True,
            "contentPreviewConfirmed": True,
        },
        "dryRun": True,
    }
    auth = {"Authorization": f"Bearer {contract_api_key}"}
    through_prism = httpx.post(f"{prism_base_url}/v1/posts", json=body, headers=auth, timeout=30)
    violations = json.loads(through_prism.headers.get("sl-violations", "[]"))
    assert [(v["location"], v["code"]) for v in violations] == [(["response", "body"], "oneOf")], violations

    direct = httpx.post(f"{served_sandbox.url}/v1/posts", json=body, headers=auth, timeout=30)
    assert direct.status_code == 200, direct.text
    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text(encoding="utf-8"))
    verdict = {"$ref": "#/components/schemas/TikTokDryRunVerdict", "components": spec["components"]}
    jsonschema.validate(direct.json(), verdict)
    assert direct.json()["dryRun"] is True
