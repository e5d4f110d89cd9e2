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
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
GENERATOR_DIR = ROOT / "scripts" / "generator"
PACKAGE = "late_api_client"
TARGET = ROOT / "generated" / PACKAGE


def run_generator(output: Path) -> None:
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
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
    # PEP 561: the generated package is typed, and `mypy --strict` on late/ reads it as such.
    (output / "py.typed").write_text("")


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
