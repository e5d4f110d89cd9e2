"""Re-record the vcrpy cassettes under tests/cassettes against the served local sandbox.

Starts the sandbox on a free loopback port, points the cassette tests at it through
``LATE_RECORD_URL``, and runs them with recording on. Nothing here touches the internet; the
``Authorization`` header is filtered out before a cassette is written. Publishing to ``FAILING_ACCOUNT``
fails in that sandbox (``sandbox.failing_accounts``), so the cassette tests can record failed posts and
their retries.

``python scripts/record.py [PYTEST ARGS]`` records only what the arguments select (default: ``tests/``),
e.g. ``python scripts/record.py tests/recorded/test_cassettes_media.py`` re-records the media and bulk
cassettes alone.
A full recording (no arguments) first deletes every cassette: vcrpy's "all" mode keeps the old
interactions that no new request matches (a GET of a post id from the last recording), so re-recording
over the old files would pile up stale interactions.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import late.testing

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "tests" / "cassettes"
#: Publishing to this account fails in the recording sandbox: the cassette tests get failed posts to retry.
FAILING_ACCOUNT = "acc_cassette_failing"


def main(argv: list[str]) -> int:
    if not argv:
        for old in CASSETTES.glob("*.yaml"):
            old.unlink()
    sandbox = late.testing.sandbox(seed=4)
    sandbox.failing_accounts[FAILING_ACCOUNT] = "Sandbox: this account always fails to publish"
    with late.testing.serve_in_thread(sandbox) as server:
        env = dict(os.environ, LATE_RECORD_URL=f"{server.url}/api")
        command = [sys.executable, "-m", "pytest", "-q", "-m", "cassette", *(argv or ["tests/"])]
        return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
