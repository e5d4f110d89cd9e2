"""Uploading a 1 GiB file streams it: the uploading process's peak RSS grows by less than 64 MiB.

The upload runs in a fresh subprocess (so the peak is its own, not pytest's) against the sandbox served on
loopback in this process, which hashes the bytes as they arrive without keeping them. The file is sparse:
1 GiB of zeros on disk in no space.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import late.testing

GIB = 1 << 30
MAX_GROWTH_KIB = 64 * 1024

UPLOADER = r"""
import asyncio, json, resource, sys
from late import Late

base_url, path, mode = sys.argv[1:4]

def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux

calls = []

def progress(sent: int, total: int) -> None:
    if not calls or sent == total:
        calls.append((sent, total))

client = Late(api_key="sk_test_memory", base_url=base_url, timeout=120)
before = peak_kib()
if mode == "sync":
    result = client.media.upload(path, progress=progress)
else:
    async def main():
        async with client:
            return await client.media.aupload(path, progress=progress)
    result = asyncio.run(main())
after = peak_kib()
f = result.files[0]
print(json.dumps({"before": before, "after": after, "key": f.key, "size": f.size, "progress": calls}))
"""


def _zeros_sha256(size: int) -> str:
    hasher = hashlib.sha256()
    block = bytes(1 << 20)
    for _ in range(size // len(block)):
        hasher.update(block)
    return hasher.hexdigest()


@pytest.fixture(scope="module")
def sparse_gib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.mp4"
    with path.open("wb") as f:
        f.truncate(GIB)
    return path


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_one_gib_upload_keeps_peak_rss_growth_under_64_mib(sparse_gib: Path, mode: str) -> None:
    with late.testing.serve_in_thread() as server:
        done = subprocess.run(
            [sys.executable, "-c", UPLOADER, server.url, str(sparse_gib), mode],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        upload = server.sandbox.uploads[report["key"]]

    growth_kib = report["after"] - report["before"]
    print(f"{mode}: peak RSS {report['before']} KiB -> {report['after']} KiB (+{growth_kib} KiB)")
    assert growth_kib < MAX_GROWTH_KIB, f"peak RSS grew by {growth_kib} KiB uploading 1 GiB ({mode})"
    assert report["size"] == GIB
    assert upload.size == GIB
    assert upload.declared_size == GIB
    assert upload.sha256 == _zeros_sha256(GIB)
    assert upload.uploaded_content_type == "video/mp4"
    assert report["progress"][0][1] == GIB and report["progress"][-1] == [GIB, GIB]
