"""``late-mcp``: the Late API as Model Context Protocol tools (``pip install 'late-python[mcp]'``).

Built on the official ``mcp`` Python SDK; ``import late`` never imports this package. Runs over stdio
(what MCP clients launch) or, with ``--http``, streamable HTTP. The API key comes from ``LATE_API_KEY``
(``LATE_BASE_URL`` as for ``Late()``); ``--sandbox`` serves an in-process sandbox instead, for a demo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from late.mcp.server import TOOLS, build_server

if TYPE_CHECKING:
    from mcp.server import Server

    from late._client import Late

__all__ = ["TOOLS", "build_server", "main"]


def main(argv: list[str] | None = None) -> None:
    """The ``late-mcp`` console script."""
    import argparse
    import functools

    parser = argparse.ArgumentParser(prog="late-mcp", description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", action="store_true", help="serve an in-process sandbox: no API key")
    parser.add_argument("--http", action="store_true", help="serve streamable HTTP instead of stdio")
    parser.add_argument("--host", default="127.0.0.1", help="with --http: the address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="with --http: the port (default 8000)")
    args = parser.parse_args(argv)

    server = build_server(functools.cache(functools.partial(_client, args.sandbox)))
    if args.http:
        import uvicorn

        uvicorn.run(server.streamable_http_app(), host=args.host, port=args.port, log_level="warning")
        return
    import anyio

    anyio.run(_serve_stdio, server)


def _client(sandbox: bool) -> Late:
    if sandbox:
        from late.testing._demo import demo_client

        return demo_client()
    from late._client import Late as Client

    return Client()


async def _serve_stdio(server: Server[Any]) -> None:
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())
