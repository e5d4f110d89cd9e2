"""The generator templates: a recorded base release, and a budget for how far each override drifts (issue 15).

Each file under scripts/generator/templates overrides the template of the same name in
openapi-python-client. Every line an override changes is a line to carry to the next generator
release, so each has a budget in scripts/generator/overrides.yaml, checked here against the
templates of the installed generator (the pinned release).
"""

from __future__ import annotations

import difflib
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path
from typing import Any

import openapi_python_client
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "scripts" / "generator"
OURS = GENERATOR / "templates"
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
sys.path.insert(0, str(ROOT / "scripts"))
import generate  # noqa: E402

RECORD: dict[str, Any] = yaml.safe_load((GENERATOR / "overrides.yaml").read_text(encoding="utf-8"))
OVERRIDES = sorted(str(p.relative_to(OURS)) for p in OURS.rglob("*.jinja"))


def drift(name: str) -> int:
    """Lines added plus lines removed between the upstream template ``name`` and ours."""
    upstream = (UPSTREAM / name).read_text(encoding="utf-8").splitlines()
    ours = (OURS / name).read_text(encoding="utf-8").splitlines()
    diff = difflib.unified_diff(upstream, ours, lineterm="", n=0)
    return sum(1 for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---")))


def test_the_base_release_is_the_pinned_and_installed_generator() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [
        d
        for d in pyproject["project"]["optional-dependencies"]["dev"]
        if d.startswith("openapi-python-client")
    ]
    assert pins == [f"openapi-python-client=={RECORD['base']}"]
    assert version("openapi-python-client") == RECORD["base"] == generate.base_version()


def test_every_override_is_recorded_and_overrides_an_upstream_template() -> None:
    assert sorted(RECORD["overrides"]) == OVERRIDES, "list each file under templates/ in overrides.yaml"
    for name in OVERRIDES:
        assert (UPSTREAM / name).is_file(), (
            f"{name} overrides no template of openapi-python-client {RECORD['base']}"
        )
        assert RECORD["overrides"][name].get("why"), f"{name}: say why it is overridden"


@pytest.mark.parametrize("name", OVERRIDES)
def test_each_override_stays_within_its_budget(name: str) -> None:
    budget = RECORD["overrides"][name]["budget"]
    assert drift(name) <= budget, (
        f"{name} drifts {drift(name)} lines from upstream, over its budget of {budget}"
    )


def test_all_overrides_together_stay_within_the_total_budget() -> None:
    total = sum(drift(name) for name in OVERRIDES)
    assert total <= RECORD["total_budget"], (
        f"the overrides drift {total} lines in all, over {RECORD['total_budget']}"
    )


def test_the_types_module_is_plain_python_copied_in_unchanged() -> None:
    assert not (OURS / "types.py.jinja").exists()
    committed = ROOT / "generated" / "late_api_client" / "types.py"
    assert committed.read_bytes() == generate.TYPES_MODULE.read_bytes()


def test_a_drifting_override_is_measured(tmp_path: Path) -> None:
    """The measure itself: one changed line is two (removed + added), an added line is one."""
    upstream = (UPSTREAM / "str_enum.py.jinja").read_text(encoding="utf-8").splitlines()
    changed = [*upstream[:-1], upstream[-1] + "  # changed", "# added"]
    diff = difflib.unified_diff(upstream, changed, lineterm="", n=0)
    assert sum(1 for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))) == 3
    assert drift("str_enum.py.jinja") > 0
