"""``mypy --strict`` on ``signatures_typecheck.py``: the sync methods, their async twins and
``with_raw_response`` have the types of their one definition, and wrong calls are reported."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.mypy_run import error_messages, run_mypy

HERE = Path(__file__).resolve().parent


def test_signatures_type_check_and_mistakes_are_reported() -> None:
    source = HERE / "signatures_typecheck.py"
    result = run_mypy(source)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    lines = {int(m.group(1)) for m in re.finditer(r"^[^:\n]+:(\d+): error:", result.stdout, re.MULTILINE)}
    expected = {i for i, line in enumerate(source.read_text().splitlines(), 1) if "# E:" in line}
    assert lines == expected, "\n".join(error_messages(result.stdout))
