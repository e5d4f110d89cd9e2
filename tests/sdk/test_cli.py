"""The ``late`` command, through typer's runner, against the sandbox: output, --json, exit codes, progress."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import late.testing
from late import Clock, Late
from late.cli import app
from late.cli import commands as cli_module
from late.testing._demo import DEMO_KEY

DATA = Path(__file__).parents[1] / "data" / "bulk"
SECRET = "sk_live_do_not_print_0123456789"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> late.testing.Sandbox:
    """One sandbox for every ``--sandbox`` command of a test, so what one creates the next sees."""
    box = late.testing.sandbox(seed=3)
    monkeypatch.setattr(
        cli_module, "sandbox_client", lambda: Late(api_key=DEMO_KEY, transport=box, max_retries=2)
    )
    return box


def run(runner: CliRunner, *args: str, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, list(args), env=env)


def test_create_then_get_list_update_delete(runner: CliRunner, sandbox: late.testing.Sandbox) -> None:
    made = run(
        runner,
        "posts", "create", "--sandbox", "--json",
        "-c", "Hello from the CLI", "-p", "twitter:acc_123",
        "--at", "2030-03-01 09:00", "--tz", "America/New_York",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    answer = json.loads(made.stdout)
    post = answer["post"]
    # 09:00 in New York, exactly (spelled as the API spelled it: --json prints what the API sent)
    assert datetime.fromisoformat(post["scheduledFor"]) == datetime(2030, 3, 1, 14, tzinfo=UTC)
    assert post["status"] == "scheduled"
    post_id = post["_id"]

    shown = run(runner, "posts", "get", post_id, "--sandbox")
    assert shown.exit_code == 0
    assert "2030-03-01T14:00:00Z" in shown.stdout and "scheduled" in shown.stdout and post_id in shown.stdout

    listed = run(runner, "posts", "list", "--sandbox", "--status", "scheduled", "--json")
    assert [p["_id"] for p in json.loads(listed.stdout)["posts"]] == [post_id]
    walked = run(runner, "posts", "list", "--sandbox", "--all", "--limit", "1", "--json")
    assert [p["_id"] for p in json.loads(walked.stdout)["posts"]] == [post_id]

    changed = run(runner, "posts", "update", post_id, "--sandbox", "--json", "-c", "Edited")
    assert changed.exit_code == 0
    assert json.loads(changed.stdout)["post"]["content"] == "Edited"

    gone = run(runner, "posts", "delete", post_id, "--sandbox")
    assert gone.exit_code == 0
    assert sandbox.posts == {}


def test_posts_list_sends_every_filter_the_api_reads(
    runner: CliRunner, sandbox: late.testing.Sandbox
) -> None:
    from urllib.parse import parse_qs

    args = ["--account-id", "65f1c0ffee0000000000aaaa", "--search", "launch", "--tag", "q3", "--tag", "promo"]
    args += ["--sort-by", "created-asc", "--created-by", "65f1c0ffee0000000000abcd", "--source", "zernio"]
    listed = run(runner, "posts", "list", "--sandbox", "--json", "--include-hidden", *args)
    assert listed.exit_code == 0, listed.output
    (sent,) = [r for r in sandbox.requests if r.path == "/v1/posts"]
    assert parse_qs(sent.query) == {
        "accountId": ["65f1c0ffee0000000000aaaa"],
        "search": ["launch"],
        "tags": ["q3,promo"],
        "sortBy": ["created-asc"],
        "createdBy": ["65f1c0ffee0000000000abcd"],
        "source": ["zernio"],
        "includeHidden": ["true"],
        "limit": ["20"],
    }
    unknown = run(runner, "posts", "list", "--sandbox", "--sort-by", "newest")
    assert unknown.exit_code == 2 and "sort_by" in unknown.stderr
    assert len([r for r in sandbox.requests if r.path == "/v1/posts"]) == 1  # the bad one sent nothing


def test_a_platform_alone_uses_its_one_connected_account(
    runner: CliRunner, sandbox: late.testing.Sandbox
) -> None:
    made = run(runner, "posts", "create", "--sandbox", "--json", "-c", "Hi", "-p", "linkedin", "--draft")
    assert made.exit_code == 0, made.output
    assert json.loads(made.stdout)["post"]["platforms"][0]["accountId"] == "li_456"
    several = run(runner, "posts", "create", "--sandbox", "-c", "Hi", "-p", "twitter", "--draft")
    assert several.exit_code == 2
    assert "acc_123" in several.stderr and "tw_123" in several.stderr


def test_retry_a_failed_post(runner: CliRunner, sandbox: late.testing.Sandbox) -> None:
    sandbox.seed_post(
        "post_123",
        content="again",
        status="failed",
        platforms=[{"platform": "twitter", "accountId": "acc_123"}],
    )
    retried = run(runner, "posts", "retry", "post_123", "--sandbox", "--json")
    assert retried.exit_code == 0, retried.output
    assert json.loads(retried.stdout)["post"]["status"] == "published"


def test_accounts_and_profiles(runner: CliRunner, sandbox: late.testing.Sandbox) -> None:
    table = run(runner, "accounts", "list", "--sandbox")
    assert table.exit_code == 0
    assert "acc_123" in table.stdout and "needs reconnecting" in table.stdout  # th_123
    as_json = run(runner, "accounts", "list", "--sandbox", "--json", "--platform", "linkedin")
    assert [a["_id"] for a in json.loads(as_json.stdout)["accounts"]] == ["li_456"]
    profiles = run(runner, "profiles", "list", "--sandbox")
    assert "Personal Brand" in profiles.stdout


def test_bad_input_exits_2_with_the_sdks_message_and_sends_nothing(
    runner: CliRunner, sandbox: late.testing.Sandbox
) -> None:
    bad = run(
        runner, "posts", "create", "--sandbox", "-c", "x", "-p", "twiter:acc_1", "--at", "2030-01-01 10:00"
    )
    assert bad.exit_code == 2
    assert "did you mean 'twitter'" in bad.stderr
    assert "Traceback" not in bad.output
    zone = run(
        runner,
        "posts",
        "create",
        "--sandbox",
        "-c",
        "x",
        "-p",
        "twitter:acc_123",
        "--at",
        "2030-01-01 10:00",
        "--tz",
        "Mars/Olympus",
    )
    assert zone.exit_code == 2 and "timezone" in zone.stderr
    assert run(runner, "posts", "list", "--sandbox", "--limit", "501").exit_code == 2
    assert run(runner, "posts", "frobnicate").exit_code == 2  # a usage error (typer's)
    assert sandbox.requests == []


def test_api_failures_exit_1(runner: CliRunner, sandbox: late.testing.Sandbox) -> None:
    missing = run(runner, "posts", "get", "nope", "--sandbox")
    assert missing.exit_code == 1
    assert "HTTP 404" in missing.stderr and "Post not found" in missing.stderr
    sandbox.faults.add(method="GET", path="/v1/accounts", status=503, times=5)
    down = run(runner, "accounts", "list", "--sandbox")
    assert down.exit_code == 1 and "HTTP 503" in down.stderr


def test_the_key_comes_from_the_environment_and_is_never_printed(runner: CliRunner) -> None:
    with late.testing.serve_in_thread(late.testing.sandbox(api_keys=["sk_the_right_one"])) as server:
        env = {"LATE_API_KEY": SECRET, "LATE_BASE_URL": server.url}
        refused = run(runner, "posts", "list", env=env)
        assert refused.exit_code == 1
        assert "HTTP 401" in refused.stderr
        assert SECRET not in refused.output
        accepted = run(runner, "accounts", "list", "--json", env={**env, "LATE_API_KEY": "sk_the_right_one"})
        assert accepted.exit_code == 0 and "sk_the_right_one" not in accepted.output
    none = run(runner, "posts", "list", env={"LATE_API_KEY": ""})
    assert none.exit_code == 2 and "LATE_API_KEY" in none.stderr and "--sandbox" in none.stderr


def test_bulk_upload_dry_run_and_real_run(
    runner: CliRunner, sandbox: late.testing.Sandbox, tmp_path: Path
) -> None:
    checked = run(runner, "posts", "bulk-upload", str(DATA / "good.csv"), "--dry-run", "--sandbox")
    assert checked.exit_code == 0, checked.output
    assert "dry run" in checked.stdout and sandbox.requests == []

    bad = run(runner, "posts", "bulk-upload", str(DATA / "bad_rows.csv"), "--sandbox", "--json")
    assert bad.exit_code == 2
    assert json.loads(bad.stdout)["errors"] and sandbox.posts == {}

    absent = run(runner, "posts", "bulk-upload", str(tmp_path / "none.csv"), "--sandbox")
    assert (
        absent.exit_code == 2 and absent.stderr.startswith("Error: CSV file") and "none.csv" in absent.stderr
    )

    done = run(runner, "posts", "bulk-upload", str(DATA / "good.csv"), "--sandbox")
    assert done.exit_code == 0, done.output
    assert "Creating posts" in done.stderr  # the progress bar, drawn once when not on a terminal
    assert "5/5" in done.stderr and "0 failed" in done.stderr
    assert len(sandbox.posts) == 5


def test_bulk_upload_counts_failures_and_rate_limit_waits(
    runner: CliRunner, sandbox: late.testing.Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    clock = Clock(sleep=waits.append)  # the retry loop's waits: recorded, not slept

    def client_without_sleeping() -> Late:
        return Late(api_key=DEMO_KEY, transport=sandbox, max_retries=2, clock=clock)

    monkeypatch.setattr(cli_module, "sandbox_client", client_without_sleeping)
    sandbox.faults.add(method="POST", path="/v1/posts", status=429, headers={"Retry-After": "3"}, times=2)
    sandbox.faults.add(method="POST", path="/v1/posts", status=400, times=1)
    result = run(runner, "posts", "bulk-upload", str(DATA / "good.csv"), "--sandbox", "--concurrency", "1")
    assert waits == [3.0, 3.0]  # the two 429s were waited out, as the API asked
    assert re.search(
        r"Waited [0-9.]+s in all for the API's rate limit", result.stderr
    )  # the SDK told the bar
    assert result.exit_code == 1, result.output  # a row's create failed: an API failure
    assert "1 failed" in result.stderr
    assert "HTTP 400" in result.stdout  # the summary names the row that failed


def test_media_upload_with_progress(runner: CliRunner, sandbox: late.testing.Sandbox, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * (3 * 2**20))
    result = run(runner, "media", "upload", str(photo), "--sandbox")
    assert result.exit_code == 0, result.output
    assert "MiB/s" in result.stderr and "3.0/3.0 MiB" in result.stderr
    assert "photo.jpg" in result.stdout
    (upload,) = sandbox.uploads.values()
    assert upload.size == photo.stat().st_size
    as_json = run(runner, "media", "upload", str(photo), "--sandbox", "--json")
    assert json.loads(as_json.stdout)["files"][0]["url"].startswith("https://")
    assert as_json.stderr == ""  # no bar with --json
    assert run(runner, "media", "upload", str(tmp_path / "none.jpg"), "--sandbox").exit_code == 2


def test_keyless_demo_and_console_scripts_are_installed() -> None:
    demo = subprocess.run(
        [sys.executable, "-m", "late.cli", "posts", "list", "--sandbox", "--json"],
        capture_output=True,
        text=True,
        env={"PATH": "", "LATE_API_KEY": ""},
        check=False,
    )
    assert demo.returncode == 0, demo.stderr
    assert "post_123" in demo.stdout
    bin_dir = Path(sys.executable).parent
    assert (bin_dir / "late").exists() and (bin_dir / "late-mcp").exists()


def test_import_late_does_not_import_the_cli_or_mcp_libraries() -> None:
    libraries = "('typer', 'rich', 'click', 'mcp', 'pydantic', 'starlette')"
    code = f"import sys, late; print(sorted(m for m in {libraries} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    # httpx imports click and rich for its own command line when they are installed; nothing else comes.
    code = f"import sys; from late import Late; print(sorted(m for m in {libraries} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "typer" not in out and "mcp" not in out and "pydantic" not in out


def test_ctrl_c_is_a_message_and_exit_130(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted() -> Late:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_module, "sandbox_client", interrupted)
    result = run(runner, "posts", "bulk-upload", str(DATA / "good.csv"), "--sandbox")
    assert result.exit_code == 130
    assert "not posted twice" in result.stderr and "Traceback" not in result.output
