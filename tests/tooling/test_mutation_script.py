"""``make mutation``'s configuration (scripts/mutation.py): every target names a module, its tests and,
for a part of a module, functions and classes that exist; each run is configured with forkserver."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutation_script", ROOT / "scripts" / "mutation.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SCRIPT = load_script()


@pytest.mark.parametrize("target", SCRIPT.TARGETS, ids=lambda t: t.name)
def test_each_target_names_a_module_and_tests_that_exist(target: object) -> None:
    assert (ROOT / target.module).is_file()  # type: ignore[attr-defined]
    for test in target.tests:  # type: ignore[attr-defined]
        assert (ROOT / test).is_file(), test


@pytest.mark.parametrize("target", [t for t in SCRIPT.TARGETS if t.only], ids=lambda t: t.name)
def test_a_partial_targets_globs_name_functions_and_classes_of_its_module(target: object) -> None:
    tree = ast.parse((ROOT / target.module).read_text("utf-8"))  # type: ignore[attr-defined]
    functions = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    classes = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    dotted = target.module.removesuffix(".py").replace("/", ".")  # type: ignore[attr-defined]
    for glob in target.only:  # type: ignore[attr-defined]
        assert glob.startswith(dotted + ".x"), glob
        name = glob.removeprefix(dotted + ".")
        function = re.fullmatch(r"x_(\w+?)__mutmut_\*", name)
        method = re.fullmatch(r"xǁ(\w+)ǁ\*", name)
        assert function or method, glob
        if function:
            assert function.group(1) in functions, glob
        else:
            assert method is not None and method.group(1) in classes, glob


def test_each_run_uses_forkserver_and_only_its_module_and_tests() -> None:
    target = SCRIPT.TARGETS[0]
    config = tomllib.loads(SCRIPT._mutmut_section(target))["tool"]["mutmut"]
    assert config["process_isolation"] == "forkserver"
    assert config["only_mutate"] == [target.module]
    assert config["pytest_add_cli_args_test_selection"] == [*target.tests, *target.pytest_args]


def test_the_project_mutmut_section_is_replaced_not_repeated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SCRIPT, "WORK", tmp_path)
    target = SCRIPT.TARGETS[0]
    work = SCRIPT._prepare(target, fresh=True)
    pyproject = tomllib.loads((work / "pyproject.toml").read_text("utf-8"))
    assert pyproject["tool"]["mutmut"]["only_mutate"] == [target.module]
    assert pyproject["tool"]["pytest"]["ini_options"]["asyncio_mode"] == "auto"  # the rest is kept
    assert (work / target.module).is_file()
    assert not (work / "tests" / "contract" / "node_modules").exists()
