"""``--sandbox``: a client on an in-process sandbox, so the command can be tried without a key.

The sandbox starts with the docs' accounts and profiles (``late accounts list --sandbox``) and a few
posts, among them the docs' ``post_123`` as a failed post (``late posts retry post_123 --sandbox``).
Each command runs in a new process, so what one command creates is gone for the next.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import late.testing
from late._client import Late

__all__ = ["DEMO_KEY", "demo_client", "demo_sandbox"]

#: The key the demo client sends (any ``sk_`` key is valid in the sandbox; no real key is involved).
DEMO_KEY = "sk_sandbox_demo"


def demo_sandbox() -> late.testing.Sandbox:
    sandbox = late.testing.sandbox()
    soon = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=1)
    sandbox.seed_post(
        api_key=DEMO_KEY,
        content="Launch day! Our new feature is live.",
        status="scheduled",
        scheduledFor=soon.isoformat().replace("+00:00", "Z"),
        timezone="UTC",
        platforms=[
            {"platform": "twitter", "accountId": "acc_123"},
            {"platform": "linkedin", "accountId": "li_456"},
        ],
    )
    sandbox.seed_post(
        api_key=DEMO_KEY,
        content="Hello from the Late Python SDK!",
        status="published",
        platforms=[{"platform": "facebook", "accountId": "fb_789"}],
    )
    sandbox.seed_post(
        "post_123",
        api_key=DEMO_KEY,
        content="A post whose publish failed: retry it.",
        status="failed",
        platforms=[{"platform": "twitter", "accountId": "acc_123", "errorMessage": "Rate limited by X"}],
    )
    return sandbox


def demo_client() -> Late:
    return Late(api_key=DEMO_KEY, transport=demo_sandbox())
