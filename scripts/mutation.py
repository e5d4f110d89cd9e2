"""``make mutation``: mutation testing of the SDK's rules modules, each against its own tests.

Coverage says a line ran; mutation testing asks whether a wrong line would be caught. For each target
below, mutmut (a pinned dev dependency) changes one thing at a time in the module (an operator, a
constant, a condition, a string) and runs the module's own tests; a mutant that no test notices
"survives". The kill rate printed per target is killed / all mutants, where a mutant that changes only
an error message counts as a survivor unless a test pins that message.

Each target runs in its own scratch copy of the project under ``.mutation/<target>/`` (gitignored), so
that each has its own mutmut configuration (the module and its tests) and its own cached results:
running again re-tests only what changed. mutmut runs with ``process_isolation = "forkserver"``: under
the default fork mode every worker inherits the warm ``functools`` caches of the process that collected
the tests, and mutants of a cached rule would be reported as survivors although a test would kill them.

    python scripts/mutation.py [TARGET ...] [--list] [--survivors] [--retest] [--fresh] [--min-rate 90]

``--survivors`` prints the surviving mutants' names (``mutmut show NAME`` in ``.mutation/<target>/``
prints a diff). The run is slow on a small machine (minutes per target): it is a make target, not part
of CI; the README gives the last numbers.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".mutation"


@dataclass(frozen=True)
class Target:
    name: str
    module: str  # the file mutated, relative to the project root
    tests: tuple[str, ...]  # its own tests
    #: extra pytest arguments for the mutants' runs: ``-k`` leaves out the scale tests (10,000 rows, memory
    #: peaks), which test no rule the others miss and would make each mutant's run minutes long.
    pytest_args: tuple[str, ...] = ()
    #: mutmut mutant-name globs (``late._http.body.x_decode_json__mutmut_*``): only these are
    #: run and counted; empty means every mutant of the module.
    only: tuple[str, ...] = ()


TARGETS: tuple[Target, ...] = (
    Target(
        "timeutil", "late/timeutil.py", ("tests/unit/test_timeutil.py", "tests/unit/test_timeutil_rules.py")
    ),
    Target(
        "retry",
        "late/_http/retry.py",
        ("tests/unit/test_transport_policy.py", "tests/sdk/test_reliability.py"),
    ),
    Target(
        "validation",
        "late/validation.py",
        ("tests/unit/test_validation.py", "tests/unit/test_validation_rules.py"),
    ),
    Target(
        "bulk",
        "late/bulk.py",
        ("tests/sdk/test_bulk.py", "tests/sdk/test_bulk_rules.py"),
        pytest_args=("-k", "not ten_thousand and not memory"),
    ),
    # The response body limits: decode_json's cap and the streamed-body reader (not the decoding stages).
    Target(
        "body-limits",
        "late/_http/body.py",
        (
            "tests/unit/test_body_limits.py",
            "tests/unit/test_transport.py",
            "tests/unit/test_deadline_trickle.py",
        ),
        only=(
            "late._http.body.x_decode_json__mutmut_*",
            "late._http.body.x_body_error__mutmut_*",
            "late._http.body.xǁBodyReaderǁ*",
            "late._http.body.xǁ_BoundedStreamǁ*",
            "late._http.body.xǁ_AsyncBoundedStreamǁ*",
        ),
    ),
)

KILLED = {"killed", "timeout", "caught by type check"}

#: A pytest plugin for the scratch runs: every ``functools`` cache of ``late`` is emptied before each test.
#: mutmut links a mutant to the tests that called its function while the suite ran once; behind a warm
#: cache only the first caller calls it, so the tests that check the result would never run against the
#: mutant. (Forkserver keeps the workers from inheriting warm caches; this keeps the tests from sharing.)
PLUGIN = '''"""Empties the functools caches of late before each test (scripts/mutation.py)."""

import functools
import sys

import pytest


@pytest.fixture(autouse=True)
def _fresh_late_caches():
    for name, module in list(sys.modules.items()):
        if name == "late" or name.startswith("late."):
            for value in list(vars(module).values()):
                if isinstance(value, functools._lru_cache_wrapper):
                    value.cache_clear()
    yield
'''


def _mutmut_section(target: Target) -> str:
    def toml_list(items: tuple[str, ...] | list[str]) -> str:
        return "[" + ", ".join(json.dumps(item) for item in items) + "]"

    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["late"]\n'
        f"only_mutate = {toml_list([target.module])}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(target.tests + target.pytest_args)}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q", "-p", "_mutation_caches"]\n'
        'also_copy = ["_mutation_caches.py"]\n'
        'process_isolation = "forkserver"\n'
        "mutate_only_covered_lines = false\n"
    )


def _prepare(target: Target, fresh: bool) -> Path:
    """The target's scratch project: ``late/``, ``tests/`` (without node modules) and a pyproject.toml
    whose ``[tool.mutmut]`` names the module and its tests. Kept between runs (mutmut's cache)."""
    work = WORK / target.name
    if fresh and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("node_modules", "__pycache__", "*.pyc", ".pytest_cache")
    for folder in ("late", "tests"):
        shutil.copytree(ROOT / folder, work / folder, ignore=ignore, dirs_exist_ok=True)
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    # The project's own [tool.mutmut] section (its lines up to the next section) gives way to the target's.
    pyproject = re.sub(r"\n\[tool\.mutmut\]\n(?:[^\[\n].*\n|\n)*", "\n", pyproject)
    (work / "pyproject.toml").write_text(pyproject + _mutmut_section(target), "utf-8")
    (work / "_mutation_caches.py").write_text(PLUGIN, "utf-8")
    # mutmut copies a source file once: when the module changed, its mutants and results are stale.
    digest = hashlib.sha256((ROOT / target.module).read_bytes()).hexdigest()
    stamp = work / "module.sha256"
    if (work / "mutants").exists() and (not stamp.exists() or stamp.read_text() != digest):
        shutil.rmtree(work / "mutants")
    stamp.write_text(digest)
    return work


def _statuses(target: Target, work: Path) -> dict[str, str]:
    sys.path.insert(0, str(Path(sys.executable).parent))
    from mutmut.stats import status_by_exit_code

    meta = json.loads((work / "mutants" / (target.module + ".meta")).read_text("utf-8"))
    codes: dict[str, int | None] = meta["exit_code_by_key"]
    return {
        name: status_by_exit_code[code]
        for name, code in codes.items()
        if not target.only or any(fnmatch.fnmatch(name, pattern) for pattern in target.only)
    }


def run(target: Target, *, fresh: bool, survivors: bool, retest: bool) -> tuple[int, int, float]:
    work = _prepare(target, fresh)
    names = list(target.only)
    if retest and (work / "mutants" / (target.module + ".meta")).exists():
        # mutmut keeps a cached verdict; a test added since may kill what survived: name them.
        names = [name for name, status in _statuses(target, work).items() if status not in KILLED]
        if not names:
            names = list(target.only)
    mutmut = Path(sys.executable).parent / "mutmut"
    print(f"== {target.name}: {target.module} against {' '.join(target.tests)}", flush=True)
    started = time.monotonic()
    log = work / "mutmut.log"
    with log.open("w") as out:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        done = subprocess.run(
            [str(mutmut), "run", *names], cwd=work, stdout=out, stderr=subprocess.STDOUT, env=env
        )
    seconds = time.monotonic() - started
    if done.returncode != 0:
        print(log.read_text("utf-8", errors="replace")[-3000:])
        raise SystemExit(f"mutmut failed on {target.name} (exit {done.returncode}); see {log}")
    statuses = _statuses(target, work)
    killed = sum(status in KILLED for status in statuses.values())
    if survivors:
        for name, status in sorted(statuses.items()):
            if status not in KILLED:
                print(f"    {status:>10}  {name}")
    return killed, len(statuses), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("targets", nargs="*", help="target names (default: all)")
    parser.add_argument("--list", action="store_true", help="list the targets and exit")
    parser.add_argument("--survivors", action="store_true", help="print the surviving mutants")
    parser.add_argument("--fresh", action="store_true", help="drop the cached results first")
    parser.add_argument(
        "--retest", action="store_true", help="run the cached survivors again (after adding tests)"
    )
    parser.add_argument("--min-rate", type=float, default=None, help="exit 1 if a kill rate is lower")
    args = parser.parse_args(argv)
    by_name = {target.name: target for target in TARGETS}
    if args.list:
        for target in TARGETS:
            print(f"{target.name:12} {target.module:28} {' '.join(target.tests)}")
        return 0
    unknown = [name for name in args.targets if name not in by_name]
    if unknown:
        parser.error(f"unknown target(s) {', '.join(unknown)}; known: {', '.join(by_name)}")
    chosen = [by_name[name] for name in args.targets] if args.targets else list(TARGETS)
    rows = []
    for target in chosen:
        killed, total, seconds = run(target, fresh=args.fresh, survivors=args.survivors, retest=args.retest)
        rate = 100.0 * killed / total if total else 0.0
        rows.append((target, killed, total, rate, seconds))
        print(f"   {target.name}: {killed}/{total} killed, {rate:.1f}% ({seconds:.0f} s)", flush=True)
    print()
    print(f"{'target':12} {'module':28} {'mutants':>8} {'killed':>7} {'rate':>7} {'time':>7}")
    for target, killed, total, rate, seconds in rows:
        print(f"{target.name:12} {target.module:28} {total:8} {killed:7} {rate:6.1f}% {seconds:6.0f}s")
    if args.min_rate is not None and any(rate < args.min_rate for _, _, _, rate, _ in rows):
        print(f"a kill rate is below {args.min_rate}%")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
