"""Regenerate the low-level client ``generated/late_api_client`` from ``openapi.yaml``.

The generator runs pinned (openapi-python-client and ruff come from the dev extras) with the
committed config and templates under ``scripts/generator/``, into a temporary directory; the
package is then replaced whole, because the generator's ``--overwrite`` leaves the modules of
removed operations behind. ``--fail-on-warning`` makes a dropped model an error, not a silent hole.

``--check`` regenerates into a temporary directory and fails on any difference from the
committed package: that is how CI proves nothing under ``generated/`` was edited by hand.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
GENERATOR_DIR = ROOT / "scripts" / "generator"
PACKAGE = "late_api_client"
TARGET = ROOT / "generated" / PACKAGE
TYPES_MODULE = GENERATOR_DIR / "types_module.py"
OVERRIDES = GENERATOR_DIR / "overrides.yaml"


def base_version() -> str:
    """The openapi-python-client release the templates were copied from (``overrides.yaml``)."""
    import yaml

    return str(yaml.safe_load(OVERRIDES.read_text(encoding="utf-8"))["base"])


def check_generator_version() -> None:
    """Refuse to generate with another generator than the one the templates were copied from."""
    from importlib.metadata import version

    installed, base = version("openapi-python-client"), base_version()
    if installed != base:
        raise SystemExit(
            f"openapi-python-client {installed} is installed, but scripts/generator/templates were copied "
            f"from {base} (scripts/generator/overrides.yaml): run `make install`, or move the templates to "
            f'{installed} first (README, "The generator and its templates")'
        )


def run_generator(output: Path, spec: Path = SPEC) -> None:
    """Generate the package from ``spec`` into ``output`` (a directory that must not exist yet)."""
    check_generator_version()
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(GENERATOR_DIR / "config.yaml"),
        "--custom-template-path",
        str(GENERATOR_DIR / "templates"),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--fail-on-warning",
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not output.is_dir():
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")
    for cache in output.rglob("__pycache__"):
        shutil.rmtree(cache)
    # The package's types module is our own Python module (linted and type-checked where it lives),
    # copied over the one the generator's template made.
    shutil.copyfile(TYPES_MODULE, output / "types.py")
    # PEP 561: the generated package is typed, and `mypy --strict` on late/ reads it as such.
    (output / "py.typed").write_text("")
    (output / "constraints.py").write_text(constraints_module(SPEC), encoding="utf-8")


# JSON Schema keywords that bound a request value. openapi-python-client types parameters and bodies
# but drops these, so they are written to the generated package's ``constraints`` module, where the
# facade's local checks read them (``late.validation.spec_bound``): a regeneration updates every limit.
BOUND_KEYWORDS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
)

CONSTRAINTS_HEADER = '''"""The bounds openapi.yaml sets on request values (minimum, maxLength, ...).

Written by scripts/generate.py from openapi.yaml: the generator types parameters and bodies but keeps no
bounds, so the facade's local checks read them here and a regeneration updates them. Never edit by hand.
"""

from typing import Any, Final

'''


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """``node`` with its local ``$ref`` chain followed."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for key in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[key]
        node = target
    return node


def _bounds(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The bound keywords of ``schema`` (and of its array items, under ``"items"``)."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return {}
    found = {key: schema[key] for key in BOUND_KEYWORDS if key in schema}
    items = _bounds(spec, schema.get("items"))
    if items:
        found["items"] = items
    return found


def spec_constraints(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(parameters, body properties): operationId -> wire name -> bounds, for every bounded value.

    Body properties are the top-level fields of a JSON request body (the values the facade's keyword
    arguments map to one to one); nested objects keep their checks in the facade's validation.
    """
    parameters: dict[str, Any] = {}
    bodies: dict[str, Any] = {}
    for path_item in spec.get("paths", {}).values():
        shared = path_item.get("parameters", [])
        for operation in path_item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            op_id = operation["operationId"]
            for parameter in [*shared, *operation.get("parameters", [])]:
                parameter = _resolve(spec, parameter)
                found = _bounds(spec, parameter.get("schema"))
                if found:
                    parameters.setdefault(op_id, {})[parameter["name"]] = found
            body = _resolve(spec, operation.get("requestBody"))
            media = (body or {}).get("content", {}).get("application/json")
            schema = _resolve(spec, (media or {}).get("schema"))
            for name, prop in ((schema or {}).get("properties") or {}).items():
                found = _bounds(spec, prop)
                if found:
                    bodies.setdefault(op_id, {})[name] = found
    return parameters, bodies


def _literal(value: Any, indent: int) -> str:
    """``value`` as a Python literal, one dict entry per line, keys sorted: the same bytes every run."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        pad = " " * (indent + 4)
        entries = "".join(
            f"{pad}{json.dumps(k)}: {_literal(v, indent + 4)},\n" for k, v in sorted(value.items())
        )
        return "{\n" + entries + " " * indent + "}"
    if isinstance(value, str):
        return json.dumps(value)  # double quotes, as ruff formats the rest of the package
    if isinstance(value, bool | int | float):
        return repr(value)
    raise TypeError(f"unexpected bound value {value!r}")


def constraints_module(spec_path: Path) -> str:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    parameters, bodies = spec_constraints(spec)
    return (
        CONSTRAINTS_HEADER
        + "#: operationId -> parameter (its wire name) -> JSON Schema keyword -> value\n"
        + f"PARAMETERS: Final[dict[str, dict[str, dict[str, Any]]]] = {_literal(parameters, 0)}\n\n"
        + "#: operationId -> JSON body property (its wire name) -> keyword -> value; an array's item bounds\n"
        + '#: under "items"\n'
        + f"BODY_PROPERTIES: Final[dict[str, dict[str, dict[str, Any]]]] = {_literal(bodies, 0)}\n"
    )


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ, are missing or are extra in ``actual``, with a short diff."""
    report: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in sorted(cmp.left_only):
            report.append(f"missing from generated/: {prefix}{name}")
        for name in sorted(cmp.right_only):
            report.append(f"not produced by the generator: {prefix}{name}")
        for name in sorted(cmp.diff_files):
            report.append(f"differs: {prefix}{name}")
            old = (Path(cmp.left) / name).read_text(encoding="utf-8").splitlines()
            new = (Path(cmp.right) / name).read_text(encoding="utf-8").splitlines()
            diff = difflib.unified_diff(old, new, "regenerated", "committed", lineterm="", n=1)
            report.extend("    " + line for line in list(diff)[:20])
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), "")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a regeneration")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="late-generate-") as tmp:
        output = Path(tmp) / PACKAGE
        run_generator(output)
        elapsed = time.perf_counter() - started
        if args.check:
            filecmp.clear_cache()
            problems = differences(output, TARGET) if TARGET.is_dir() else [f"{TARGET} does not exist"]
            if problems:
                print("generated/ does not match a fresh generation from openapi.yaml:", file=sys.stderr)
                print("\n".join(problems), file=sys.stderr)
                print("Run `make generate` (never edit generated/ by hand).", file=sys.stderr)
                return 1
            print(f"generated/{PACKAGE} matches openapi.yaml ({elapsed:.1f} s to regenerate)")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(output, TARGET)
    print(f"generated/{PACKAGE} regenerated from openapi.yaml in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
