"""``make demo``: ``examples/quickstart.py`` runs with nothing configured and shows each main flow."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

QUICKSTART = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"
POST_ID = r"[0-9a-f]{24}"
UTC_TIME = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?\+00:00"

# Each flow: its heading, then what its output must say (regexes, in order).
FLOWS = {
    "Create a scheduled post": [
        rf"Post scheduled successfully: {POST_ID}",
        rf"status scheduled, goes out at {UTC_TIME}",
    ],
    "Publish immediately": [rf"Post published successfully: {POST_ID} is published"],
    "Save a draft": [rf"Post saved as draft: {POST_ID} is draft"],
    "Multi-platform post, in New York time": [
        rf"{POST_ID} to twitter, linkedin, facebook",
        # 09:00 in New York is 13:00 or 14:00 UTC, depending on daylight-saving time.
        r"09:00 America/New_York on \d{4}-\d{2}-\d{2} is \d{4}-\d{2}-\d{2} 1[34]:00:00\+00:00",
    ],
    "Platform-specific content": [
        r"twitter: Short version! #late",
        r"linkedin: The longer, professional one\.",
    ],
    "TikTok video with its required settings": [rf"Post scheduled successfully: {POST_ID}"],
    "List posts with filters": [r"Page 1 of 1 \(4 scheduled\)", r"4 posts target Twitter"],
    "Get a post": [
        r"Content: Hello from the Late Python SDK!",
        r"Status: scheduled",
        rf"Scheduled for: {UTC_TIME}",
    ],
    "Update a post": [rf"Post updated successfully: now 'Updated post content!' at {UTC_TIME}"],
    "Delete a post": [r"Post deleted successfully"],
    "Retry a failed post": [
        rf"Post created but publishing failed: {POST_ID} is failed",
        r"Retried: Post published successfully",
    ],
    "Error handling": [
        r"Post not found \(404\): Post not found",
        r"Validation error, nothing was sent: limit",
    ],
    "Upload media, then post it": [
        r"Uploaded launch\.png \(\d+ bytes, image/png\)",
        r"public URL: https://media\.sandbox\.invalid/temp/\d+_\w+_launch\.png",
        rf"Post scheduled successfully: {POST_ID} with 1 image",
    ],
    "Bulk upload from a CSV": [
        r"Dry run: 3 rows, all valid, nothing sent",
        r"Created 3 of 3 posts",
        rf"row 2: {POST_ID}\n  row 3: {POST_ID}\n  row 4: {POST_ID}\n",
        r"No errors",
    ],
    # 6 posts from the flows above, the media post and the 3 CSV rows
    "Async": [rf"10 posts in all; {POST_ID} is scheduled"],
}


def run_quickstart(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in {"LATE_API_KEY", "LATE_BASE_URL"}} | env
    return subprocess.run(
        [sys.executable, str(QUICKSTART), *args],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_demo_runs_in_the_sandbox_even_with_a_real_key_and_address_set() -> None:
    """`make demo` never reaches the real API: a key in the environment is for `make demo-live`."""
    result = run_quickstart(
        LATE_API_KEY="sk_live_should_not_be_used", LATE_BASE_URL="https://127.0.0.1:9/api"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Using the in-memory sandbox\n")
    assert "sk_live_should_not_be_used" not in result.stdout + result.stderr


def test_the_live_demo_needs_a_key_and_says_so() -> None:
    result = run_quickstart("--live")
    assert result.returncode == 1
    assert "LATE_API_KEY" in result.stderr and result.stdout == ""


def test_quickstart_runs_every_flow_against_the_sandbox() -> None:
    result = run_quickstart()
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("Using the in-memory sandbox\n")
    sections = dict(re.findall(r"^== ([^\n]+) ==\n(.*?)(?=^== |\Z)", out, re.MULTILINE | re.DOTALL))
    assert list(sections) == list(FLOWS)
    for title, patterns in FLOWS.items():
        body = sections[title]
        position = 0
        for pattern in patterns:
            found = re.compile(pattern).search(body, position)
            assert found is not None, f"{title}: {pattern!r} not in\n{body}"
            position = found.end()
    assert "sk_demo" not in out
    bulk = sections["Bulk upload from a CSV"]
    assert "failed" not in bulk
    row_ids = re.findall(rf"row \d: ({POST_ID})", bulk)
    assert len(row_ids) == len(set(row_ids)) == 3  # one new post per row
    media = sections["Upload media, then post it"]
    sent = re.findall(r"\((\d+) bytes", media)
    received = re.findall(r"storage received (\d+) bytes", media)
    assert sent == received and 50 < int(sent[0]) < 1000  # a small image, and its bytes reached storage
