"""``late``: the Late API from the command line (``pip install 'late-python[cli]'``).

Built on typer (commands from type hints, on click) and rich (tables and progress bars); neither is a
dependency of the library itself, and ``import late`` never imports this package.
"""

from __future__ import annotations

from late.cli.commands import app, main

__all__ = ["app", "main"]
