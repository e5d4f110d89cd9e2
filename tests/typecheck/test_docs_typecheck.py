"""``mypy --strict`` on the docs page's snippets (``docs_snippets.py``), with the repo's mypy config.

A user who pastes the page into a strictly typed program must get no error the SDK could have avoided.
Any error fails, including the page's literal enum comparisons (`Platform.TWITTER == "twitter"`),
which type-check because the enums spell out that a member is its string.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.mypy_run import error_messages, run_mypy

HERE = Path(__file__).resolve().parent
SNIPPETS = HERE / "docs_snippets.py"


def test_docs_snippets_pass_mypy_strict() -> None:
    result = run_mypy(SNIPPETS)
    errors = error_messages(result.stdout)
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2: mypy itself failed
    # The page reads response fields directly (`post.content[:50]`, `response.pagination.pages`). The
    # real spec marks none of them required (the API leaves `content` out of a media-only post), so
    # mypy asks a strictly typed program to narrow them first: those errors are the spec's, and the
    # only ones allowed. Anything else (a wrong name, a wrong argument type) fails.
    optional = [e for e in errors if _OPTIONAL_FIELD.search(e)]
    assert [e for e in errors if e not in optional] == [], "\n".join(errors)
    assert optional, "the page reads optional fields: mypy should ask for narrowing (or the spec changed)"


_OPTIONAL_FIELD = re.compile(
    r'^Item "None" of "[^"]+ \| None" has no attribute "\w+"( \(not iterable\))?  \[union-attr\]$'
    r'|^Value of type "str( \| Any)? \| None" is not indexable  \[index\]$'
)


def test_the_check_catches_a_typing_error(tmp_path: Path) -> None:
    """The harness is not vacuous: a wrong attribute on a response is reported."""
    bad = tmp_path / "bad_snippet.py"
    bad.write_text(
        "from late import Late\n\n\n"
        "def f(client: Late) -> None:\n"
        '    print(client.posts.get("post_123").post.scheduled_at)\n'
        '    client.posts.list(limit="10")\n'
    )
    errors = error_messages(run_mypy(bad).stdout)
    assert any('"Post" of "Post | None" has no attribute "scheduled_at"' in e for e in errors), errors
    assert not any(_OPTIONAL_FIELD.search(e) for e in errors if '"scheduled_at"' in e and '"Post"' in e)
    assert any('"limit"' in e for e in errors), errors
