"""``make bench``: the SDK's performance, every number a ratio measured side by side in one run.

Each row times the SDK and a baseline (``import httpx``; a bare pooled ``httpx.Client`` +
``json.loads``; ``csv.DictReader``) against the same loopback server, in interleaved rounds (the
order alternates every round), and reports medians and the median of the per-round ratios. Absolute
times on a shared machine mean little; the ratios are the result.

The per-call rows use a minimal fixed-response server (``scripts/bench_server.py``, its own
process, so the server's cost neither dominates nor steals the client's GIL); its posts are full,
realistic API posts (platforms with populated accounts, media items, platform data, dates).

The upstream SDK (``late-sdk`` from PyPI) is installed into ``.bench/upstream`` (gitignored, never a
project dependency) and measured on the same calls where it runs; where it fails, the table says how.

The rate-limit rows (``--only ratelimit``) run ``bulk_upload`` and an ``acreate`` fan-out through the
served sandbox limited to 50 requests per 5 s, and compare the wall time with the floor the limit
allows (requests / limit x period), counting failed rows and requests answered 429.

    python scripts/bench.py [--quick] [--json PATH] [--no-upstream] [--only ratelimit,...]
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import contextlib
import csv
import io
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / ".bench"
UPSTREAM_VENV = BENCH_DIR / "upstream"
UPSTREAM_PACKAGE = "late-sdk"
API_KEY = "sk_bench_0123456789"
POST_ID = "6b0acece912265b1f5d8f16b"
MIB = 1024 * 1024


# ----------------------------------------------------------------------------------------------------
# Results
# ----------------------------------------------------------------------------------------------------


@dataclass
class Row:
    what: str
    measure: str
    late: str = ""
    baseline: str = ""
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    upstream: str = ""
    notes: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def fmt_us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} us"


def interleaved(sides: dict[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Run every side once per round, rotating the order each round; each call returns seconds."""
    names = list(sides)
    results: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        if r % 2:
            order.reverse()
        for name in order:
            results[name].append(sides[name]())
    return results


def ratio_of(results: dict[str, list[float]], num: str, den: str) -> float:
    """The median of the per-round ratios (robust to load drifting between rounds)."""
    return median([a / b for a, b in zip(results[num], results[den], strict=True)])


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------------------
# Fixtures: realistic posts
# ----------------------------------------------------------------------------------------------------

_PLATFORMS = ("twitter", "linkedin", "instagram", "facebook", "threads", "tiktok", "youtube", "bluesky")
_PLATFORM_DATA: dict[str, dict[str, Any]] = {
    "instagram": {"contentType": "reels", "shareToFeed": True, "collaborators": ["acme_partner"]},
    "facebook": {"contentType": "story"},
    "tiktok": {"privacyLevel": "PUBLIC_TO_EVERYONE", "allowComment": True, "allowDuet": False},
    "youtube": {"title": "Launch day", "visibility": "public", "madeForKids": False},
    "linkedin": {"disableLinkPreview": False},
    "twitter": {"replySettings": "following"},
}


def _iso(day: int, minute: int) -> str:
    return f"2026-11-{1 + day % 28:02d}T{minute // 60 % 24:02d}:{minute % 60:02d}:00.000Z"


def realistic_post(i: int) -> dict[str, Any]:
    """One post as the list endpoint returns it: populated accounts and user, media, platform data."""
    rng = random.Random(i)
    n_platforms = rng.randint(2, 4)
    names = rng.sample(_PLATFORMS, n_platforms)
    status = rng.choice(["published", "published", "scheduled", "failed", "partial"])
    targets = []
    for j, name in enumerate(names):
        account_id = f"{i:012x}{j:012x}"
        account: dict[str, Any] | str
        if j % 2 == 0:
            account = {
                "_id": account_id,
                "platform": name,
                "profileId": {"_id": f"prof{i % 7:020d}", "name": "Acme Marketing", "color": "#ffeda0"},
                "isActive": True,
                "username": f"acme_{name}",
                "displayName": "Acme Inc.",
                "profilePicture": f"https://cdn.example.com/avatars/{name}.jpg",
                "profileUrl": f"https://{name}.com/acme",
                "followersCount": 1200 + i,
                "followersLastUpdated": _iso(i, 30),
            }
        else:
            account = account_id
        target: dict[str, Any] = {
            "platform": name,
            "accountId": account,
            "status": "published" if status != "scheduled" else "pending",
            "publishAttempts": 1,
        }
        if name in _PLATFORM_DATA:
            target["platformSpecificData"] = dict(_PLATFORM_DATA[name])
        if status in ("published", "partial"):
            target["platformPostId"] = f"{rng.getrandbits(60)}"
            target["platformPostUrl"] = f"https://{name}.com/acme/status/{target['platformPostId']}"
            target["publishedAt"] = _iso(i, 120 + j)
        if status in ("failed", "partial") and j == 0:
            target["status"] = "failed"
            target["errorMessage"] = "The access token expired; reconnect the account."
            target["errorCategory"] = "auth_expired"
            target["errorSource"] = "user"
        targets.append(target)
    media = [
        {
            "type": "video" if k == 0 and i % 3 == 0 else "image",
            "url": f"https://media.example.com/temp/{i}_{k}.jpg",
            "filename": f"launch_{i}_{k}.jpg",
            "size": 245_000 + 17 * k,
            "mimeType": "image/jpeg",
            "thumbnail": f"https://media.example.com/thumbs/{i}_{k}.jpg",
        }
        for k in range(rng.randint(1, 3))
    ]
    content = (
        f"Post {i}: we are launching the new Acme dashboard today. Faster reports, team roles and "
        "scheduled exports. Read more at https://acme.example.com/blog/launch #launch #saas @acme"
    )
    return {
        "_id": f"{i:024x}",
        "userId": {"_id": "12b2820cf1639904311da577", "name": "Dana Lee", "email": "dana@acme.example"},
        "title": f"Launch post {i}",
        "content": content,
        "mediaItems": media,
        "platforms": targets,
        "scheduledFor": _iso(i, 600),
        "timezone": "Europe/Berlin",
        "status": status,
        "tags": ["launch", "dashboard"],
        "hashtags": ["#launch", "#saas"],
        "mentions": ["@acme"],
        "visibility": "public",
        "crosspostingEnabled": True,
        "metadata": {"campaign": "q4-launch", "source": "bench"},
        "createdAt": _iso(i, 10),
        "updatedAt": _iso(i, 11),
        "publishedAt": _iso(i, 121) if status == "published" else None,
    }


def write_fixtures(path: Path) -> dict[str, Any]:
    posts = [realistic_post(i) for i in range(100)]
    fixtures = {"post": posts[0], "posts": posts}
    path.write_text(json.dumps(fixtures), encoding="utf-8")
    return fixtures


# ----------------------------------------------------------------------------------------------------
# Servers
# ----------------------------------------------------------------------------------------------------


class Process:
    """A helper process that prints one line (its port/URL/ready line) and runs until stdin closes."""

    def __init__(self, argv: list[str], *, cwd: Path | None = None, stdin_is_commands: bool = False) -> None:
        self.proc = subprocess.Popen(
            argv,
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE if not stdin_is_commands else subprocess.DEVNULL,
            text=True,
        )
        assert self.proc.stdout is not None
        self.first_line = self.proc.stdout.readline().strip()

    def ask(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def close(self) -> None:
        if self.proc.stdin is not None:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            self.proc.wait(timeout=5)


def start_fixed_server(fixtures_path: Path) -> tuple[Process, str]:
    server = Process([sys.executable, str(ROOT / "scripts" / "bench_server.py"), str(fixtures_path)])
    if not server.first_line.isdigit():
        raise SystemExit(f"bench_server did not start: {server.first_line!r}")
    return server, f"http://127.0.0.1:{server.first_line}"


def start_sandbox_server() -> tuple[Process, str]:
    server = Process(
        [
            sys.executable,
            "-m",
            "late.testing.serve",
            "--port",
            "0",
            "--no-dedup",
            "--no-publish-caps",
            "--seed",
            "7",
        ]
    )
    if not server.first_line.startswith("http"):
        raise SystemExit(f"sandbox server did not start: {server.first_line!r}")
    return server, server.first_line


# ----------------------------------------------------------------------------------------------------
# Upstream late-sdk
# ----------------------------------------------------------------------------------------------------


@dataclass
class Upstream:
    python: Path | None = None
    version: str = ""
    error: str = ""  # why it cannot be measured at all
    clean_import_error: str = ""  # what `import late` says in a clean venv (without email-validator)


def setup_upstream(enabled: bool) -> Upstream:
    if not enabled:
        return Upstream(error="skipped (--no-upstream)")
    python = UPSTREAM_VENV / "bin" / "python"
    log(f"upstream: preparing {UPSTREAM_VENV} ({UPSTREAM_PACKAGE} from PyPI)")
    try:
        if not python.exists():
            subprocess.run(
                [sys.executable, "-m", "venv", str(UPSTREAM_VENV)], check=True, capture_output=True
            )
        pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        result = subprocess.run([*pip, UPSTREAM_PACKAGE], capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["?"]
            return Upstream(error=f"pip install {UPSTREAM_PACKAGE} failed: {tail[0][:160]}")
    except (OSError, subprocess.SubprocessError) as exc:
        return Upstream(error=f"could not set up the upstream venv: {exc}")
    up = Upstream(python=python)
    # A clean venv has no email-validator (late-sdk does not declare it); simulate that exactly by
    # making `import email_validator` fail, and record what `import late` says.
    probe = "import sys; sys.modules['email_validator'] = None; import late"
    result = subprocess.run([str(python), "-c", probe], cwd=BENCH_DIR, capture_output=True, text=True)
    if result.returncode != 0:
        up.clean_import_error = (result.stderr.strip().splitlines() or ["?"])[-1][:200]
        extra = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", "email-validator"],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if extra.returncode != 0:
            up.error = f"import fails ({up.clean_import_error}); installing email-validator failed too"
            up.python = None
            return up
    version = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m; print(m.version('late-sdk'))"],
        cwd=BENCH_DIR,
        capture_output=True,
        text=True,
    )
    up.version = version.stdout.strip()
    return up


def upstream_label(up: Upstream) -> str:
    return f"late-sdk {up.version}" if up.version else "late-sdk"


# ----------------------------------------------------------------------------------------------------
# Rows
# ----------------------------------------------------------------------------------------------------


def _importtime(python: Path | str, statement: str) -> list[tuple[str, int]]:
    """``(module, cumulative us)`` of the top-level imports ``python -X importtime -c statement`` reports."""
    result = subprocess.run(
        [str(python), "-X", "importtime", "-c", statement], cwd=BENCH_DIR, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError((result.stderr.strip().splitlines() or ["?"])[-1])
    top = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        # A top-level entry (no indent): its cumulative time covers its children.
        is_entry = line.startswith("import time:") and len(parts) == 3 and parts[1].strip().isdigit()
        if is_entry and not parts[2].startswith("  "):
            top.append((parts[2].strip(), int(parts[1])))
    return top


_STARTUP: dict[str, frozenset[str]] = {}


def import_time(python: Path | str, statement: str) -> float:
    """Seconds the imports of ``statement`` take: the top-level ``-X importtime`` cumulative times,
    without the modules the interpreter imports at start-up anyway (``site``, ``encodings``...)."""
    key = str(python)
    if key not in _STARTUP:
        _STARTUP[key] = frozenset(name for name, _ in _importtime(python, "pass"))
    return sum(us for name, us in _importtime(python, statement) if name not in _STARTUP[key]) / 1e6


def models_loaded(statement: str) -> int:
    probe = (
        f"{statement}; import sys; print(sum(m.startswith('late_api_client.models.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=BENCH_DIR, capture_output=True, text=True)
    return int(out.stdout.strip() or -1)


def bench_import(rounds: int, up: Upstream) -> list[Row]:
    log(f"import: {rounds} rounds of fresh subprocesses")
    py = sys.executable
    # Fill the bytecode caches first: a first import that compiles is not what users see twice.
    for stmt in ("import httpx", "import late", "from late import Late"):
        import_time(py, stmt)
    sides: dict[str, Callable[[], float]] = {
        "httpx": lambda: import_time(py, "import httpx"),
        "import late": lambda: import_time(py, "import late"),
        "from late import Late": lambda: import_time(py, "from late import Late"),
    }
    if up.python is not None:
        upy = up.python
        try:
            import_time(upy, "import late")
            sides["upstream"] = lambda: import_time(upy, "import late")
        except RuntimeError as exc:
            up_error = str(exc)
            up = Upstream(error=f"import fails: {up_error}")
    res = interleaved(sides, rounds)
    base = median(res["httpx"])
    rows = []
    for name, stmt in (("import late", "import late"), ("from late import Late", "from late import Late")):
        ratio = ratio_of(res, name, "httpx")
        row = Row(
            what=f"import: `{stmt}`",
            measure=f"-X importtime cumulative, median of {rounds} fresh processes",
            late=fmt_ms(median(res[name])),
            baseline=f"import httpx {fmt_ms(base)}",
            ratio=ratio,
            target="<= 1.5x httpx",
            met=ratio <= 1.5,
            notes=[f"generated model modules loaded: {models_loaded(stmt)}"],
            data={"late_s": res[name], "httpx_s": res["httpx"]},
        )
        rows.append(row)
    if "upstream" in res:
        up_ratio = ratio_of(res, "upstream", "httpx")
        text = f"{fmt_ms(median(res['upstream']))} ({up_ratio:.2f}x)"
        if up.clean_import_error:
            text += f"; clean venv: {up.clean_import_error}"
        rows[0].upstream = rows[1].upstream = text
        rows[0].data["upstream_s"] = res["upstream"]
    else:
        rows[0].upstream = rows[1].upstream = up.error or f"fails: {up.clean_import_error}"
    return rows


def _start_upstream_worker(up: Upstream, base_url: str) -> tuple[Process | None, str]:
    if up.python is None:
        return None, up.error
    worker = Process(
        [str(up.python), str(ROOT / "scripts" / "bench_upstream.py"), base_url, POST_ID],
        cwd=BENCH_DIR,
        stdin_is_commands=True,
    )
    if not worker.first_line.startswith("READY"):
        err = worker.first_line or "worker exited"
        worker.close()
        return None, f"fails: {err}"
    return worker, ""


def _upstream_side(worker: Process, command: str, errors: list[str]) -> Callable[[], float]:
    def run() -> float:
        answer = worker.ask(command)
        try:
            return float(answer)
        except ValueError:
            errors.append(answer)
            return float("nan")

    return run


def bench_per_call(
    name: str,
    base_url: str,
    up: Upstream,
    *,
    total: int,
    rounds: int,
    limit: int | None,
    target: float | None,
    read: str = "listing",
) -> Row:
    """``total`` posts.get (limit None) or posts.list(limit=...) calls, SDK vs bare httpx (+ upstream).

    Both sides use what they get back the same way, since the SDK builds nested models only when
    they are read: ``read="listing"`` reads what a listing shows (each post's id, status, content
    and scheduled time, each platform's name and status: typed values on one side, dict lookups on
    the other); ``read="everything"`` walks every value of the response on both sides;
    ``read="to_dict"`` does too, the SDK's side through each post's ``to_dict()``.
    """
    import httpx

    from late import Late

    reader = _read_listing if read == "listing" else _read_everything
    as_dicts = read == "to_dict"

    per_round = max(1, total // rounds)
    api = f"{base_url}/api"
    client = Late(api_key=API_KEY, base_url=api)
    bare = httpx.Client(base_url=api, headers={"Authorization": f"Bearer {API_KEY}"})
    if limit is None:
        path, params = f"/v1/posts/{POST_ID}", None

        def sdk_call() -> None:
            post = client.posts.get(POST_ID).post
            assert post is not None
            reader([post.to_dict() if as_dicts else post])

        def bare_call() -> None:
            response = bare.get(path, params=params)
            response.raise_for_status()
            reader([json.loads(response.content)["post"]])
    else:
        path, params = "/v1/posts", {"limit": limit}

        def sdk_call() -> None:
            posts = client.posts.list(limit=limit).posts or []
            reader([post.to_dict() for post in posts] if as_dicts else posts)

        def bare_call() -> None:
            response = bare.get(path, params=params)
            response.raise_for_status()
            reader(json.loads(response.content)["posts"])

    def paired_round() -> tuple[float, float]:
        """(SDK, bare) seconds per call, the two alternating call by call (and which goes first too).

        Paired calls meet the same machine: a load spike or a slow server moment costs both sides,
        where timing one side's batch and then the other's lets it land on one alone.
        """
        late_total = bare_total = 0.0
        for i in range(per_round):
            if i % 2:
                bare_s, late_s = _time_two(bare_call, sdk_call)
            else:
                late_s, bare_s = _time_two(sdk_call, bare_call)
            late_total += late_s
            bare_total += bare_s
        return late_total / per_round, bare_total / per_round

    for _ in range(max(20, per_round // 5)):  # warm up: connections, lazy imports, caches
        sdk_call()
        bare_call()
    worker, up_error = _start_upstream_worker(up, api)
    up_errors: list[str] = []
    upstream_round: Callable[[], float] | None = None
    if worker is not None:
        # upstream opens a new connection per call (~30 ms here): a smaller batch keeps the run short
        up_batch = min(per_round, 40)
        command = f"get {up_batch}" if limit is None else f"list {up_batch} {limit}"
        warm = worker.ask(command.replace(str(up_batch), "3", 1))
        try:
            float(warm)
        except ValueError:
            up_error = f"fails: {warm}"
            worker.close()
            worker = None
        else:
            upstream_run = _upstream_side(worker, command, up_errors)
            upstream_round = lambda: upstream_run() / up_batch  # noqa: E731
    res: dict[str, list[float]] = {"late": [], "bare": []}
    for _ in range(rounds):  # upstream (a process of its own) between the paired rounds
        late_s, bare_s = paired_round()
        res["late"].append(late_s)
        res["bare"].append(bare_s)
        if upstream_round is not None:
            res.setdefault("upstream", []).append(upstream_round())
    client.close()
    bare.close()
    if worker is not None:
        worker.close()
    ratio = ratio_of(res, "late", "bare")
    row = Row(
        what=name,
        measure=f"{per_round * rounds} calls in {rounds} rounds, SDK and bare alternating call by call",
        late=fmt_us(median(res["late"])),
        baseline=f"httpx+json.loads {fmt_us(median(res['bare']))}",
        ratio=ratio,
        target="(informational)" if target is None else f"<= {target}x",
        met=None if target is None else ratio <= target,
        data={"late_s": res["late"], "bare_s": res["bare"]},
    )
    row.notes.append(
        {
            "listing": "both sides read each post's id, status, content, scheduledFor and each platform's "
            "name and status",
            "everything": "both sides read every value of the response (the SDK builds every nested "
            "model and reads every declared field of each); not reachable with models built in Python, "
            "so to_dict() is the way to read everything (README: Performance, Decision)",
            "to_dict": "the SDK turns each post into a dict with to_dict(), then both sides read every "
            "value of the dicts",
        }[read]
    )
    if "upstream" in res:
        row.notes.append("late-sdk: the calls only")
    if "upstream" in res and not up_errors:
        row.upstream = f"{fmt_us(median(res['upstream']))} ({ratio_of(res, 'upstream', 'bare'):.2f}x)"
        row.data["upstream_s"] = res["upstream"]
    else:
        row.upstream = up_error or (f"fails: {up_errors[0]}" if up_errors else "n/a")
    return row


def _time_two(first: Callable[[], None], second: Callable[[], None]) -> tuple[float, float]:
    """Seconds of ``first()`` and of ``second()``, run back to back."""
    t0 = time.perf_counter()
    first()
    t1 = time.perf_counter()
    second()
    return t1 - t0, time.perf_counter() - t1


def _read_listing(posts: Any) -> None:
    """What a listing shows of each post: SDK models (attributes) or parsed JSON (keys)."""
    for post in posts:
        if isinstance(post, dict):
            _ = (post["_id"], post["status"], post["content"], post.get("scheduledFor"))
            for target in post.get("platforms", ()):
                _ = (target["platform"], target.get("status"))
        else:
            _ = (post.field_id, post.status, post.content, post.scheduled_for)
            for target in post.platforms:
                _ = (target.platform, target.status)


def _read_everything(value: Any) -> None:
    """Every value under ``value``: each field of a model (building it), each item of a container.

    Both sides read a container's values the way Python reads them fastest, in one C call: a
    dict's ``values()``, a model's fields with an ``operator.attrgetter`` of every declared field.
    (A generator of ``getattr`` calls would cost the model side ~3x the dict side's reading and
    measure this loop, not the SDK.)
    """
    stack = [value]
    pop, push_all = stack.pop, stack.extend
    readers, leaves = _FIELD_READERS, _LEAVES
    while stack:
        item = pop()
        kind = type(item)
        if kind in leaves:  # a string, a number, None...: read (it is in hand)
            continue
        if kind is dict:
            push_all(item.values())
        elif kind is list:
            push_all(item)
        else:
            read = readers.get(kind)
            if read is None:
                read = readers[kind] = _field_reader(kind)
            push_all(read(item))


_LEAVES = frozenset({str, int, float, bool, type(None)})


_FIELD_READERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _field_reader(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """Every declared field of a model at once; nothing of a plain value (a string, a number)."""
    import operator

    import attrs

    names = tuple(f.name for f in attrs.fields(cls)) if attrs.has(cls) else ()
    if len(names) > 1:
        return operator.attrgetter(*names)
    if names:
        return lambda item: (getattr(item, names[0]),)
    return lambda item: ()


def _create_kwargs(i: int) -> dict[str, Any]:
    return {
        "content": f"Fan-out post {i}",
        "platforms": [{"platform": "twitter", "accountId": "acc_tw_1"}],
        "publish_now": True,
    }


def bench_fanout(
    base_url: str, *, label: str, total: int, rounds: int, concurrency: int, scored: bool = True
) -> Row:
    """``total`` acreate with ``concurrency`` tasks vs ``total`` sequential create, same server.

    Concurrency overlaps waiting: with no latency to hide (loopback, 0 ms) both sides are bound by
    the client's CPU (and the server's, on the same 2 cores), so those rows are reported, not scored.
    """
    from late import Late

    api = f"{base_url}/api"
    counter = iter(range(10**9))

    def sequential() -> float:
        with Late(api_key=API_KEY, base_url=api) as client:
            client.posts.create(**_create_kwargs(next(counter)))  # connect outside the clock
            start = time.perf_counter()
            for _ in range(total):
                client.posts.create(**_create_kwargs(next(counter)))
            return time.perf_counter() - start

    async def fan_out() -> float:
        async with Late(api_key=API_KEY, base_url=api) as client:
            await asyncio.gather(
                *(client.posts.acreate(**_create_kwargs(next(counter))) for _ in range(concurrency))
            )  # open the pool's connections outside the clock
            todo = iter(range(total))

            async def worker() -> None:
                for _ in todo:
                    await client.posts.acreate(**_create_kwargs(next(counter)))

            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return time.perf_counter() - start

    async def bare_fan_out() -> float:
        """The same requests through a bare httpx.AsyncClient: how much of the time is httpx's own."""
        import httpx

        headers = {"Authorization": f"Bearer {API_KEY}"}
        async with httpx.AsyncClient(base_url=api, headers=headers) as bare:

            async def one() -> None:
                i = next(counter)
                key = {"Idempotency-Key": f"bench-{i}"}
                response = await bare.post("/v1/posts", json=_create_kwargs(i), headers=key)
                response.raise_for_status()
                json.loads(response.content)

            await asyncio.gather(*(one() for _ in range(concurrency)))
            todo = iter(range(total))

            async def worker() -> None:
                for _ in todo:
                    await one()

            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return time.perf_counter() - start

    sides: dict[str, Callable[[], float]] = {
        "sequential": sequential,
        "async": lambda: asyncio.run(fan_out()),
    }
    if not scored:
        sides["bare_async"] = lambda: asyncio.run(bare_fan_out())
    res = interleaved(sides, rounds)
    speedup = ratio_of(res, "sequential", "async")
    row = Row(
        what=f"async fan-out ({label})",
        measure=f"{total} acreate, concurrency {concurrency}, vs {total} sequential create; {rounds} rounds",
        late=f"{fmt_ms(median(res['async']))}",
        baseline=f"sequential {fmt_ms(median(res['sequential']))}",
        ratio=speedup,
        target=">= 5x faster" if scored else "(informational)",
        met=speedup >= 5 if scored else None,
        upstream="not measured",
        data={"async_s": res["async"], "sequential_s": res["sequential"]},
    )
    if not scored:
        row.notes.append("CPU-bound on both sides: nothing to overlap, reported for the per-call cost")
        row.notes.append(
            f"the same requests through a bare httpx.AsyncClient: {fmt_ms(median(res['bare_async']))} "
            f"(the SDK takes {ratio_of(res, 'async', 'bare_async'):.2f}x that)"
        )
        row.data["bare_async_s"] = res["bare_async"]
    return row


# ---- upload and bulk: each side in a fresh process, for an honest peak RSS ---------------------------


def _worker(argv: list[str]) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", *argv],
        cwd=BENCH_DIR,
        capture_output=True,
        text=True,
    )
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        tail = (result.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": tail[:200]}
    answer: dict[str, Any] = json.loads(lines[-1])
    return answer


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def worker_main(argv: list[str]) -> int:
    kind = argv[0]
    if kind == "upload-bare":
        import httpx

        url, path = argv[1], Path(argv[2])
        with httpx.Client(timeout=120) as client, path.open("rb") as fh:
            client.put(url, content=b"warm-up").raise_for_status()  # connect outside the clock
            start = time.perf_counter()
            client.put(
                url, content=fh, headers={"Content-Type": "application/octet-stream"}
            ).raise_for_status()
            elapsed = time.perf_counter() - start
    elif kind == "upload-late":
        from late import Late

        base, path = argv[1], Path(argv[2])
        with Late(api_key=API_KEY, base_url=base) as client:
            # Warm up outside the clock, like the bare side: lazy imports, both connections.
            client.media.upload(io.BytesIO(b"warm-up"), filename="warm-up.mp4")
            start = time.perf_counter()
            client.media.upload(path)
            elapsed = time.perf_counter() - start
    elif kind == "bulk-csv":
        path = Path(argv[1])
        start = time.perf_counter()
        with path.open(newline="", encoding="utf-8") as fh:
            rows = sum(1 for _ in csv.DictReader(fh))
        elapsed = time.perf_counter() - start
        assert rows > 0
    elif kind == "bulk-late":
        from late import Late

        base, path = argv[1], Path(argv[2])
        with Late(api_key=API_KEY, base_url=base) as client:
            # The resource's lazy import (~70 ms, once a process) outside the clock, as the csv side's
            # `import csv` is: the row measures reading and checking the file.
            posts = client.posts
            start = time.perf_counter()
            posts.bulk_upload(path, dry_run=True)
            elapsed = time.perf_counter() - start
    else:
        raise SystemExit(f"unknown worker {kind!r}")
    print(json.dumps({"seconds": elapsed, "peak_rss_mib": _peak_rss_mib()}))
    return 0


def _has(attr_path: str) -> bool:
    from late import Late

    client = Late(api_key=API_KEY, base_url="http://127.0.0.1:9/api")
    obj: Any = client
    for part in attr_path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return False
    return callable(obj)


def bench_upload(base_url: str, *, size: int, rounds: int) -> Row:
    row = Row(
        what=f"upload {size // MIB} MiB",
        measure=f"media.upload vs bare streaming httpx PUT, fresh process each, {rounds} rounds",
        target=">= 0.9x throughput; peak RSS < 64 MiB",
        upstream="not measured",
    )
    if not _has("media.upload"):
        row.late = "not yet available"
        row.notes.append("client.media.upload does not exist yet")
        return row
    path = BENCH_DIR / f"upload-{size // MIB}mib.mp4"
    if not path.exists() or path.stat().st_size != size:
        with path.open("wb") as fh:  # sparse: reading it costs no disk I/O, so the client is measured
            fh.truncate(size)
    storage = f"{base_url}/_storage/temp/bench_{path.name}"
    res_raw: dict[str, list[dict[str, Any]]] = {"late": [], "bare": []}

    def side(name: str, argv: list[str]) -> Callable[[], float]:
        def run() -> float:
            answer = _worker(argv)
            res_raw[name].append(answer)
            return float(answer.get("seconds", "nan"))

        return run

    res = interleaved(
        {
            "late": side("late", ["upload-late", f"{base_url}/api", str(path)]),
            "bare": side("bare", ["upload-bare", storage, str(path)]),
        },
        rounds,
    )
    errors = [r["error"] for r in res_raw["late"] if "error" in r]
    if errors:
        row.late = f"fails: {errors[0]}"
        return row
    throughput = ratio_of(res, "bare", "late")  # time ratio inverted: late's share of bare throughput
    rss = max(r["peak_rss_mib"] for r in res_raw["late"])
    bare_rss = max(r.get("peak_rss_mib", 0.0) for r in res_raw["bare"])
    row.late = f"{size / MIB / median(res['late']):.0f} MiB/s, peak RSS {rss:.0f} MiB"
    row.baseline = f"{size / MIB / median(res['bare']):.0f} MiB/s, peak RSS {bare_rss:.0f} MiB"
    row.ratio = throughput
    row.met = throughput >= 0.9 and rss < 64
    row.data = {"late": res_raw["late"], "bare": res_raw["bare"]}
    return row


def write_bulk_csv(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["content", "platform", "account_id", "scheduled_for", "title", "media_url", "tags"])
        for i in range(rows):
            writer.writerow(
                [
                    f"Bulk post {i}: the new dashboard, faster reports and team roles #launch",
                    ("twitter", "linkedin", "instagram")[i % 3],
                    f"acc_{i % 3}",
                    f"2030-01-{1 + i % 28:02d}T{9 + i % 8:02d}:{i % 60:02d}:00Z",
                    f"Launch {i}" if i % 2 else "",
                    f"https://media.example.com/{i}.jpg",
                    "launch|q1",
                ]
            )


def bench_bulk(base_url: str, *, rows: int, small_rows: int, rounds: int) -> Row:
    row = Row(
        what=f"bulk dry run {rows:,} rows",
        measure=f"posts.bulk_upload(dry_run) vs csv.DictReader, fresh process each, {rounds} rounds",
        target="<= 3x; RSS(100k) - RSS(1k) <= 20 MiB",
        upstream="not measured",
    )
    if not _has("posts.bulk_upload"):
        row.late = "not yet available"
        row.notes.append("client.posts.bulk_upload does not exist yet")
        return row
    big, small = BENCH_DIR / f"bulk-{rows}.csv", BENCH_DIR / f"bulk-{small_rows}.csv"
    write_bulk_csv(big, rows)
    write_bulk_csv(small, small_rows)
    raw: dict[str, list[dict[str, Any]]] = {"late": [], "csv": []}

    def side(name: str, argv: list[str]) -> Callable[[], float]:
        def run() -> float:
            answer = _worker(argv)
            raw[name].append(answer)
            return float(answer.get("seconds", "nan"))

        return run

    res = interleaved(
        {
            "late": side("late", ["bulk-late", f"{base_url}/api", str(big)]),
            "csv": side("csv", ["bulk-csv", str(big)]),
        },
        rounds,
    )
    errors = [r["error"] for r in raw["late"] if "error" in r]
    if errors:
        row.late = f"fails: {errors[0]}"
        return row
    small_runs = [_worker(["bulk-late", f"{base_url}/api", str(small)]) for _ in range(rounds)]
    small_rss = median([r.get("peak_rss_mib", float("nan")) for r in small_runs])
    big_rss = median([r["peak_rss_mib"] for r in raw["late"]])
    ratio = ratio_of(res, "late", "csv")
    small_text = f"{small_rows:,} rows: {small_rss:.0f} MiB"
    row.late = f"{fmt_ms(median(res['late']))}, peak RSS {big_rss:.0f} MiB ({small_text})"
    row.baseline = f"csv.DictReader {fmt_ms(median(res['csv']))}"
    row.ratio = ratio
    row.met = ratio <= 3 and big_rss - small_rss <= 20
    rounds_text = ", ".join(f"{a / b:.2f}x" for a, b in zip(res["late"], res["csv"], strict=True))
    row.notes.append(f"bulk: the ratio in each round: {rounds_text}")
    row.data = {"late": raw["late"], "csv": raw["csv"], "small": small_runs}
    return row


# ---- within the API's rate limit: the served sandbox with a small window -----------------------------


def write_paced_csv(path: Path, rows: int) -> None:
    """``rows`` scheduled posts within every publish cap: 40 accounts, one post per account an hour."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["content", "platform", "account_id", "scheduled_for"])
        for i in range(rows):
            n, slot = i % 40, i // 40
            when = f"2030-02-{1 + slot // 20:02d}T{slot % 20:02d}:00:00Z"
            writer.writerow([f"Paced post {i}", ("twitter", "linkedin")[n % 2], f"acc_paced_{n}", when])


def _paced_row(
    what: str, measure: str, wall: float, floor: float, requests: int, refused: int, failed: int
) -> Row:
    ratio = wall / floor
    share = refused / requests if requests else 0.0
    return Row(
        what=what,
        measure=measure,
        late=f"{wall:.1f} s; {failed} failed; {refused} of {requests} requests answered 429 ({share:.1%})",
        baseline=f"floor {floor:.0f} s (requests / limit x period)",
        ratio=ratio,
        target="<= 1.15x the floor; 0 failed; <= 1% answered 429",
        met=ratio <= 1.15 and failed == 0 and share <= 0.01,
        upstream="not measured",
        data={
            "wall_s": wall,
            "floor_s": floor,
            "requests": requests,
            "answered_429": refused,
            "failed": failed,
        },
    )


def bench_rate_limit(*, size: int, period: float, rows: int, creates: int, concurrency: int) -> list[Row]:
    """``bulk_upload`` and ``acreate`` fan-out through the served sandbox's rate limit (each its own key).

    The sandbox is served on loopback in this process (so its request log can be read: how many 429s).
    """
    import late.testing
    from late import Late

    sandbox = late.testing.sandbox(rate_limit=(size, period), dedup=False, seed=7)
    window = f"{size} requests per {period:g} s"
    found: list[Row] = []
    with late.testing.serve_in_thread(sandbox) as server:
        api = server.url + "/api"

        def tally(key: str) -> tuple[int, int]:
            mine = [r for r in sandbox.requests if r.headers.get("authorization") == f"Bearer {key}"]
            return len(mine), sum(r.status == 429 for r in mine)

        path = BENCH_DIR / f"paced-{rows}.csv"
        write_paced_csv(path, rows)
        key = "sk_bench_paced_bulk"
        with Late(api_key=key, base_url=api) as client:
            start = time.perf_counter()
            result = client.posts.bulk_upload(path)
            wall = time.perf_counter() - start
        requests, refused = tally(key)
        found.append(
            _paced_row(
                f"rate limit: bulk_upload {rows} rows",
                f"served sandbox, {window}; default max_concurrency (4)",
                wall,
                rows / size * period,
                requests,
                refused,
                result.get("failed", 0) + (rows - result["created"] - result.get("failed", 0)),
            )
        )
        log(f"  bulk: {found[-1].late}")

        key = "sk_bench_paced_fanout"

        async def fan_out() -> tuple[float, int]:
            async with Late(api_key=key, base_url=api) as client:
                todo = iter(range(creates))
                failed = 0

                async def worker() -> None:
                    nonlocal failed
                    for i in todo:
                        try:
                            await client.posts.acreate(
                                content=f"Paced fan-out {i}",
                                platforms=[{"platform": "twitter", "accountId": f"acc_fan_{i % 50}"}],
                                publish_now=True,
                            )
                        except Exception:
                            failed += 1

                start = time.perf_counter()
                await asyncio.gather(*(worker() for _ in range(concurrency)))
                return time.perf_counter() - start, failed

        wall, failed = asyncio.run(fan_out())
        requests, refused = tally(key)
        found.append(
            _paced_row(
                f"rate limit: {creates} acreate",
                f"served sandbox, {window}; concurrency {concurrency}",
                wall,
                creates / size * period,
                requests,
                refused,
                failed,
            )
        )
        log(f"  acreate: {found[-1].late}")
    return found


# ----------------------------------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------------------------------


def render(rows: list[Row], up: Upstream) -> str:
    head = ["what", "late (this SDK)", "baseline", "ratio", "target", "met", upstream_label(up)]
    table = [
        [
            r.what,
            r.late,
            r.baseline,
            "" if r.ratio is None else f"{r.ratio:.2f}x",
            r.target,
            {True: "yes", False: "NO", None: "-"}[r.met],
            r.upstream,
        ]
        for r in rows
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(cell.replace("|", "/") for cell in line) + " |" for line in table]
    notes = [f"- {r.what}: {r.measure}" + "".join(f"; {n}" for n in r.notes) for r in rows]
    return "\n".join([*lines, "", *notes])


def environment() -> dict[str, Any]:
    import httpx

    return {
        "python": platform.python_version(),
        "httpx": httpx.__version__,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "loadavg": os.getloadavg(),
    }


def compile_like_an_install() -> None:
    """Write the SDK's bytecode, as installing the wheel does (pip compiles on install).

    Where PYTHONDONTWRITEBYTECODE is set (it is on these machines), every fresh benchmark process
    would otherwise compile ``late`` and the generated client from source, while the baselines
    (``httpx``, ``csv``) load precompiled: a cost no installed user pays.
    """
    for package in (ROOT / "late", ROOT / "generated" / "late_api_client"):
        compileall.compile_dir(package, quiet=1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a fast smoke run: fewer rounds, smaller files")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this path")
    parser.add_argument("--no-upstream", action="store_true", help="do not install or measure late-sdk")
    parser.add_argument(
        "--only", help="comma-separated row keys: import,get,list,fanout,upload,bulk,ratelimit"
    )
    parser.add_argument("--worker", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker_main(args.worker)

    BENCH_DIR.mkdir(exist_ok=True)
    compile_like_an_install()
    everything = {"import", "get", "list", "fanout", "upload", "bulk", "ratelimit"}
    only = set(args.only.split(",")) if args.only else everything
    quick = args.quick
    started = time.perf_counter()
    env = environment()
    up = setup_upstream(not args.no_upstream and bool(only & {"import", "get", "list"}))
    log(f"upstream: {upstream_label(up)} {up.error or up.clean_import_error or 'ok'}")

    fixtures_path = BENCH_DIR / "fixtures.json"
    write_fixtures(fixtures_path)
    server, base_url = start_fixed_server(fixtures_path)
    rows: list[Row] = []
    try:
        if "import" in only:
            rows += bench_import(5 if quick else 15, up)
        if "get" in only:
            log("per call, small: posts.get")
            rows.append(
                bench_per_call(
                    "per call, small: posts.get",
                    base_url,
                    up,
                    total=400 if quick else 2000,
                    rounds=4 if quick else 10,
                    limit=None,
                    target=1.1,
                )
            )
        if "list" in only:
            for name, read, total, rounds, target in (
                ("per call, large: posts.list(limit=100)", "listing", 500, 10, 1.25),
                ("per call, large, every value read", "everything", 300, 6, 1.5),
                ("per call, large, every value read through to_dict()", "to_dict", 300, 6, 1.5),
            ):
                log(name)
                rows.append(
                    bench_per_call(
                        name,
                        base_url,
                        up,
                        total=100 if quick else total,
                        rounds=4 if quick else rounds,
                        limit=100,
                        target=target,
                        read=read,
                    )
                )
        if "fanout" in only:
            log("async fan-out")
            total = 200 if quick else 1000
            rounds = 1 if quick else 3
            rows.append(
                bench_fanout(
                    f"{base_url}/lat20",
                    label="20 ms simulated RTT",
                    total=total,
                    rounds=rounds,
                    concurrency=50,
                )
            )
            rows.append(
                bench_fanout(
                    base_url, label="loopback, 0 ms", total=total, rounds=rounds, concurrency=50, scored=False
                )
            )
            sandbox, sandbox_url = start_sandbox_server()
            try:
                rows.append(
                    bench_fanout(
                        sandbox_url,
                        label="served sandbox",
                        total=total,
                        rounds=rounds,
                        concurrency=50,
                        scored=False,
                    )
                )
            finally:
                sandbox.close()
        if "upload" in only:
            log("upload")
            rows.append(bench_upload(base_url, size=(64 if quick else 1024) * MIB, rounds=1 if quick else 3))
        if "bulk" in only:
            log("bulk")
            rows.append(
                bench_bulk(
                    base_url, rows=10_000 if quick else 100_000, small_rows=1_000, rounds=1 if quick else 3
                )
            )
        if "ratelimit" in only:
            log("within the rate limit (served sandbox, 50 requests per 5 s)")
            rows += bench_rate_limit(
                size=50,
                period=5.0,
                rows=100 if quick else 400,
                creates=250 if quick else 1000,
                concurrency=50,
            )
    finally:
        server.close()
    elapsed = time.perf_counter() - started
    text = render(rows, up)
    print(text)
    print(
        f"\n{'quick' if quick else 'full'} run, {elapsed:.0f} s; python {env['python']}, "
        f"httpx {env['httpx']}, {env['cpus']} cpus, load {env['loadavg'][0]:.2f}"
    )
    if args.json:
        payload = {
            "mode": "quick" if quick else "full",
            "seconds": elapsed,
            "environment": env,
            "upstream": asdict(up) | {"python": str(up.python) if up.python else None},
            "rows": [asdict(r) for r in rows],
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
