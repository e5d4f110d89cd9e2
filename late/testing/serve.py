"""Serve the Late sandbox on loopback: ``python -m late.testing.serve --port 0``.

Prints the base URL it bound (one line, e.g. ``http://127.0.0.1:43123``) and serves until SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from late.testing._limits import parse_rate_limit_option
from late.testing._server import SandboxServer
from late.testing._transport import Sandbox

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m late.testing.serve", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind (default: 0, a free port)")
    parser.add_argument("--seed", type=int, default=None, help="seed for ids, for reproducible recordings")
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        default=None,
        help="accept only this API key (repeatable); by default any key starting with sk_ is valid",
    )
    parser.add_argument("--no-dedup", action="store_true", help="turn off the 24h duplicate-content 409")
    parser.add_argument(
        "--rate-limit",
        type=_rate_limit,
        default=None,
        metavar="REQUESTS/SECONDS",
        help="limit each API key to REQUESTS per SECONDS on a sliding window, e.g. 60/60 (default: none)",
    )
    parser.add_argument(
        "--no-publish-caps", action="store_true", help="turn off the per-account publish caps"
    )
    args = parser.parse_args(argv)

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    sandbox = Sandbox(
        api_keys=args.api_keys,
        seed=args.seed,
        dedup=not args.no_dedup,
        rate_limit=args.rate_limit,
        publish_caps=not args.no_publish_caps,
    )
    server = SandboxServer(sandbox, host=args.host, port=args.port)
    print(server.url, flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.close()
    return 0


def _rate_limit(text: str) -> tuple[int, float]:
    """``"60/60"`` (requests per seconds) as ``(60, 60.0)``."""
    size, slash, period = text.partition("/")
    try:
        if not slash:
            raise ValueError
        return parse_rate_limit_option((int(size), float(period)))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected REQUESTS/SECONDS with REQUESTS >= 1 and SECONDS > 0, e.g. 60/60; got {text!r}"
        ) from None


if __name__ == "__main__":
    sys.exit(main())
