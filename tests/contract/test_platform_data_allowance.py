"""The contract test allows one violation, narrowly: several matching ``platformSpecificData`` branches.

See ``ALLOWED_ONE_OF`` in conftest.py: Prism validates the create request's
``platforms[].platformSpecificData`` as ``anyOf`` (at least one platform's schema) instead of the spec's
discriminator-less ``oneOf`` (exactly one), which a typical object cannot satisfy.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from late.testing import SANDBOX_HEADER, SandboxServer
from tests.contract.conftest import ALLOWED_ONE_OF, SPEC, _resolve, contract_spec, run_prism

POINTER = ALLOWED_ONE_OF[0]
VIOLATION_PATH = ["body", "platforms", "0", "platformSpecificData"]


def body(**extra: Any) -> dict[str, Any]:
    """A create request whose entries carry the platform data the docs show for TikTok and YouTube."""
    return {
        "content": f"platform data {uuid.uuid4().hex[:12]}",
        "platforms": [
            {
                "platform": "tiktok",
                "accountId": "acc_tt",
                "platformSpecificData": {
                    "privacyLevel": "SELF_ONLY",
                    "allowComment": True,
                    "contentPreviewConfirmed": True,
                    "expressConsentGiven": True,
                },
            },
            {"platform": "youtube", "accountId": "acc_yt", "platformSpecificData": {"title": "My video"}},
        ],
        "mediaItems": [{"type": "video", "url": "https://cdn.example.com/v.mp4"}],
        "scheduledFor": "2031-01-01T10:00:00Z",
        **extra,
    }


def violations(response: httpx.Response) -> list[dict[str, Any]]:
    """Prism's own 422: the request never reached the sandbox; its validation errors."""
    assert response.status_code == 422, response.text
    assert SANDBOX_HEADER not in response.headers
    found: list[dict[str, Any]] = response.json()["validation"]
    return found


def test_the_contract_spec_differs_in_that_keyword_only(tmp_path: Path) -> None:
    original = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    patched = yaml.safe_load(contract_spec(SPEC, tmp_path / "spec.yaml").read_text(encoding="utf-8"))
    node = _resolve(patched, POINTER)
    assert "oneOf" not in node and len(node["anyOf"]) == 15
    assert node["anyOf"] == _resolve(original, POINTER)["oneOf"]
    node["oneOf"] = node.pop("anyOf")
    assert patched == original


def test_the_allowance_is_looked_at_again_when_the_spec_changes(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    _resolve(spec, POINTER)["discriminator"] = {"propertyName": "platform"}
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    with pytest.raises(pytest.fail.Exception, match="no longer a oneOf"):
        contract_spec(changed, tmp_path / "out.yaml")


def test_prism_on_the_spec_as_written_refuses_any_platform_data(
    served_sandbox: SandboxServer, contract_api_key: str
) -> None:
    """Why the allowance exists: with the spec's oneOf, Prism refuses the docs' own TikTok settings."""
    with run_prism(served_sandbox.url, spec=SPEC) as url:
        response = httpx.post(
            url + "/v1/posts", json=body(), headers={"Authorization": f"Bearer {contract_api_key}"}
        )
    found = violations(response)
    assert {(tuple(v["location"]), v["code"]) for v in found} == {
        (tuple(VIOLATION_PATH), "oneOf"),
        (("body", "platforms", "1", "platformSpecificData"), "oneOf"),
    }


def test_a_request_carrying_platform_data_passes(contract_client: httpx.Client) -> None:
    # contract_client fails the test on any violation Prism reports (or any answer Prism made up).
    response = contract_client.post("/v1/posts", json=body())
    assert response.status_code == 201, response.text
    entries = response.json()["post"]["platforms"]
    assert entries[0]["platformSpecificData"]["privacyLevel"] == "SELF_ONLY"
    assert entries[1]["platformSpecificData"] == {"title": "My video"}


def test_another_violation_in_the_same_request_still_fails(
    prism_base_url: str, contract_api_key: str
) -> None:
    response = httpx.post(
        prism_base_url + "/v1/posts",
        json=body(isDraft="yes"),
        headers={"Authorization": f"Bearer {contract_api_key}"},
    )
    found = violations(response)
    assert [v["location"] for v in found] == [["body", "isDraft"]]


def test_platform_data_that_matches_no_platform_still_fails(
    prism_base_url: str, contract_api_key: str
) -> None:
    request = body()
    request["platforms"][0]["platformSpecificData"] = "SELF_ONLY"  # not an object: no platform's schema
    response = httpx.post(
        prism_base_url + "/v1/posts", json=request, headers={"Authorization": f"Bearer {contract_api_key}"}
    )
    found = violations(response)
    # AJV reports why each of the 15 branches refused it, then the anyOf itself.
    assert {tuple(v["location"]) for v in found} == {tuple(VIOLATION_PATH)}
    assert "anyOf" in {v["code"] for v in found}
