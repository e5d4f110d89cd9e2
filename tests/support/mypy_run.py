"""Running ``mypy --strict`` with the repository's config on a file, and reading its errors."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_mypy(*paths: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml")]
    command += ["--no-incremental", "--show-error-codes", "--no-color-output", "--no-error-summary"]
    return subprocess.run(
        [*command, *map(str, paths)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )


def error_messages(output: str) -> list[str]:
    """The text of each ``file:line: error: ...`` line."""
    return [m.group(1) for m in re.finditer(r"^[^:\n]+:\d+: error: (.*)$", output, re.MULTILINE)]
