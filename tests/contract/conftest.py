"""Contract-test fixtures: the served sandbox behind Prism (proxy mode, request and response validation).

``prism_base_url`` is the address to send ``/v1/...`` requests to. Prism ignores the ``/api`` path of the
spec's ``servers``: it matches ``/v1/posts`` (``/api/v1/posts`` is a 404 "no path matched") and forwards
the request to ``<upstream>/v1/posts``. So a client goes through Prism with ``base_url=prism_base_url``,
not ``prism_base_url + "/api"``.

With ``--errors``, Prism answers an invalid request itself with 422 (the upstream never sees it), a
request without credentials with 401, and turns an invalid upstream response into a 500; violations are
listed in the ``sl-violations`` header. An upstream 501 is "remocked": Prism answers with an example from
the spec. :func:`contract_violation` reads all of that, using the sandbox's ``X-Late-Sandbox`` header to
tell which answers really came from the sandbox.

Prism validates against a copy of openapi.yaml that differs in one keyword, at one place (see
:data:`ALLOWED_ONE_OF` and :func:`contract_spec`).
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import late.testing
from late.testing import SANDBOX_HEADER, SandboxServer

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
PRISM = Path(__file__).resolve().parent / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0
CONTRACT_KEY = "sk_test_contract"

# The one violation the contract test allows. The create request's ``platforms[].platformSpecificData``
# is a ``oneOf`` of the 15 per-platform schemas with no discriminator; none of them forbids other
# properties and only Discord's requires one, so a typical object (``{"title": "..."}`` for YouTube, TikTok's
# settings...) matches 14 of the 15 and Prism refuses every request that carries one with "must match
# exactly one schema in oneOf". Prism runs on a copy of openapi.yaml in which that keyword, at these JSON
# pointers only, is ``anyOf``: the object must still match at least one platform's schema (a value that
# matches none, a string for example, is still refused), it just may match several. Every other keyword
# and every other place is validated as written, so every other violation still fails the test.
ALLOWED_ONE_OF = (
    "/paths/~1v1~1posts/post/requestBody/content/application~1json/schema"
    "/properties/platforms/items/properties/platformSpecificData",
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _resolve(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer.lstrip("/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def contract_spec(source: Path, target: Path) -> Path:
    """Write to ``target`` the spec Prism validates with: ``source`` with the :data:`ALLOWED_ONE_OF`
    ``oneOf``s made ``anyOf``. Fails if one of them is no longer a discriminator-less ``oneOf`` (the spec
    changed: the allowance must be looked at again, not silently widened)."""
    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    for pointer in ALLOWED_ONE_OF:
        node = _resolve(spec, pointer)
        if "oneOf" not in node or "discriminator" in node:
            pytest.fail(f"{source}: {pointer} is no longer a oneOf without a discriminator: {node}")
        node["anyOf"] = node.pop("oneOf")
    target.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


@contextlib.contextmanager
def run_prism(upstream_url: str, *, spec: Path = SPEC) -> Iterator[str]:
    """Run ``prism proxy <spec> <upstream_url> --errors`` on a free loopback port; yield its base URL."""
    if not PRISM.exists():
        pytest.fail(
            f"Prism is not installed ({PRISM} is missing): run `make install` "
            "(it runs `npm ci` in tests/contract) before the contract tests."
        )
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    command = [
        str(PRISM),
        "proxy",
        str(spec),
        upstream_url,
        "--errors",
        "--port",
        str(port),
        "--host",
        "127.0.0.1",
    ]
    with tempfile.TemporaryFile(mode="w+") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    pytest.fail(
                        f"Prism exited with {proc.returncode} before listening:\n{log.read()[-4000:]}"
                    )
                try:
                    httpx.get(base_url + "/", timeout=1)  # any HTTP answer (a 404) means it listens
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        log.seek(0)
                        pytest.fail(f"Prism did not listen within {STARTUP_TIMEOUT}s:\n{log.read()[-4000:]}")
                    time.sleep(0.1)
            yield base_url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def contract_violation(response: httpx.Response) -> str | None:
    """Why ``response`` (received through Prism) breaks the contract, or None if it does not."""
    violations = response.headers.get("sl-violations")
    if violations:
        return f"Prism reported violations: {violations}"
    if SANDBOX_HEADER not in response.headers:
        return f"the answer came from Prism, not the sandbox ({response.status_code}): {response.text[:2000]}"
    return None


def _check(response: httpx.Response) -> None:
    response.read()
    problem = contract_violation(response)
    if problem is not None:
        request = response.request
        raise AssertionError(f"{request.method} {request.url}: {problem}")


@pytest.fixture(scope="session")
def contract_api_key() -> str:
    """The API key ``contract_client`` sends (its user is ``late.testing.user_id_for(key)``)."""
    return CONTRACT_KEY


@pytest.fixture(scope="session")
def violation_of() -> Callable[[httpx.Response], str | None]:
    """:func:`contract_violation`, for tests that send requests through Prism with their own client."""
    return contract_violation


@pytest.fixture(scope="session")
def served_sandbox() -> Iterator[SandboxServer]:
    """One served sandbox (real clock) for the contract session."""
    with late.testing.serve_in_thread(late.testing.sandbox()) as server:
        yield server


@pytest.fixture(scope="session")
def prism_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The spec Prism validates with: openapi.yaml but for :data:`ALLOWED_ONE_OF`."""
    return contract_spec(SPEC, tmp_path_factory.mktemp("contract") / "openapi.contract.yaml")


@pytest.fixture(scope="session")
def prism_base_url(served_sandbox: SandboxServer, prism_spec: Path) -> Iterator[str]:
    """Prism, validating requests and responses, in front of ``served_sandbox``: send ``/v1/...`` here."""
    with run_prism(served_sandbox.url, spec=prism_spec) as url:
        yield url


@pytest.fixture
def contract_client(prism_base_url: str) -> Iterator[httpx.Client]:
    """An authenticated client through Prism that fails the test on any contract violation."""
    with httpx.Client(
        base_url=prism_base_url,
        headers={"Authorization": f"Bearer {CONTRACT_KEY}"},
        event_hooks={"response": [_check]},
        timeout=30,
    ) as client:
        yield client
