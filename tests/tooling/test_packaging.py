"""The wheel installs into a clean virtualenv and imports: the upstream SDK's latest release does not."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_installs_and_imports_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = dist.glob("late_python-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "late/py.typed" in names
    assert "late_api_client/py.typed" in names
    assert "late_api_client/models/post.py" in names
    assert not any(name.startswith(("tests/", "scripts/", "generated/")) for name in names)

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    code = "import late, late_api_client.models as m; print(late.__file__); print(m.Post.__name__)"
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    out = subprocess.run(
        [str(python), "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path, env=clean
    )
    assert str(env_dir) in out.stdout
    assert out.stdout.strip().endswith("Post")
