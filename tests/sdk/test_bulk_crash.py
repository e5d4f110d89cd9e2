"""A bulk upload killed half way (SIGKILL: no cleanup at all) and run again creates each post exactly once.

The run happens in a subprocess against the sandbox served on loopback in this process; the subprocess
kills itself from its progress callback after a few rows, while other creates may still be in flight.
"""

from __future__ import annotations

import csv
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import late.testing
from late import Late
from tests.support.values import present

ROWS = 20
KILL_AFTER = 7

RUNNER = r"""
import os, signal, sys
from late import Late

base_url, path, kill_after = sys.argv[1], sys.argv[2], int(sys.argv[3])

def progress(done, total):
    if done == kill_after:
        os.kill(os.getpid(), signal.SIGKILL)

with Late(api_key="sk_test_crash", base_url=base_url) as client:
    client.posts.bulk_upload(path, max_concurrency=4, progress=progress)
print("not killed")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_run_then_rerun_creates_each_row_once(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["content", "platform", "account_id", "scheduled_for"])
        for i in range(ROWS):
            writer.writerow([f"Row {i}: killed and resumed", "twitter", f"acc_{i}", "2030-12-25T10:00:00Z"])

    with late.testing.serve_in_thread() as server:
        done = subprocess.run(
            [sys.executable, "-c", RUNNER, server.url, str(path), str(KILL_AFTER)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == -signal.SIGKILL, (done.returncode, done.stdout, done.stderr)
        made_before = len(server.sandbox.posts)
        assert KILL_AFTER <= made_before < ROWS

        with Late(api_key="sk_test_crash", base_url=server.url) as client:
            result = client.posts.bulk_upload(path)
        posts = server.sandbox.posts

    assert result["success"] is True
    assert result["errors"] == [] and result["replayed"] == made_before
    assert result["created"] == ROWS - made_before
    assert len(posts) == ROWS  # nothing twice
    assert sorted(p["content"] for p in posts.values()) == sorted(
        f"Row {i}: killed and resumed" for i in range(ROWS)
    )
    for entry in result["posts"]:
        assert posts[present(entry["id"])]["content"] == f"Row {entry['row'] - 2}: killed and resumed"
