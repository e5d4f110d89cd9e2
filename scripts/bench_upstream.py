"""Worker for ``scripts/bench.py``: runs the upstream ``late-sdk`` (PyPI) in its own venv under ``.bench/``.

Never imported by the project; ``bench.py`` starts it with ``.bench/upstream/bin/python`` from a
directory where this repository's ``late`` package is not importable, so ``import late`` is upstream's.

Protocol (one line each way): ``BASE_URL POST_ID`` on argv; reads ``get N`` / ``list N LIMIT`` lines
on stdin and answers each with the seconds the N calls took (``ERR <message>`` if a call fails);
the first line it prints is ``READY <version>`` or ``ERR <message>``.
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    base_url, post_id = sys.argv[1], sys.argv[2]
    try:
        import late
        from late import Late

        client = Late(api_key="sk_bench", base_url=base_url)
        client.posts.get(post_id)
    except Exception as exc:  # report, never crash the benchmark
        print(f"ERR {type(exc).__name__}: {exc}".replace("\n", " ")[:300], flush=True)
        return 0
    print(f"READY {getattr(late, '__version__', '?')}", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        try:
            n = int(words[1])
            start = time.perf_counter()
            if words[0] == "get":
                for _ in range(n):
                    client.posts.get(post_id)
            elif words[0] == "list":
                limit = int(words[2])
                for _ in range(n):
                    client.posts.list(limit=limit)
            else:
                raise ValueError(f"unknown command {words[0]!r}")
            print(f"{time.perf_counter() - start!r}", flush=True)
        except Exception as exc:
            print(f"ERR {type(exc).__name__}: {exc}".replace("\n", " ")[:300], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
