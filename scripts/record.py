"""Re-record the vcrpy cassettes under tests/cassettes against the served local sandbox.

Starts the sandbox on a free loopback port, points the cassette tests at it through
``LATE_RECORD_URL``, and runs them with recording on. Nothing here touches the internet; the
``Authorization`` header is filtered out before a cassette is written.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from late.testing import serve_in_thread

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with serve_in_thread() as server:
        env = dict(os.environ, LATE_RECORD_URL=f"{server.url}/api")
        command = [sys.executable, "-m", "pytest", "-q", "-m", "cassette", "tests/"]
        return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
