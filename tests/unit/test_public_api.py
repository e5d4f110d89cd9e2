"""The names the docs import exist, load lazily, and are the same objects everywhere."""

from __future__ import annotations

import subprocess
import sys

import pytest

import late
import late.client.exceptions as exceptions


def test_every_public_name_resolves() -> None:
    for name in late.__all__:
        assert getattr(late, name) is not None, name
    assert set(late.__all__) <= set(dir(late))


def test_unset_is_a_deprecated_name_for_none() -> None:
    """Old code that imported late.UNSET / late.Unset still runs, warned: fields are None now."""
    with pytest.warns(DeprecationWarning, match="late.UNSET is deprecated"):
        assert late.UNSET is None
    with pytest.warns(DeprecationWarning, match="late.Unset is deprecated"):
        assert isinstance(late.Post.from_dict({}).content, late.Unset)
    assert "UNSET" not in late.__all__ and "Unset" not in late.__all__


def test_docs_import_paths() -> None:
    from late import Late, MediaType, Platform, PostStatus, TikTokPrivacyLevel  # noqa: F401
    from late.client.exceptions import LateAPIError, LateNotFoundError, LateValidationError

    assert late.LateNotFoundError is LateNotFoundError
    assert issubclass(LateValidationError, LateAPIError)
    assert issubclass(exceptions.LateTimeoutError, exceptions.LateConnectionError)


def test_response_status_is_a_late_post_status() -> None:
    post = late.Post.from_dict({"_id": "p1", "content": "c", "status": "scheduled"})
    assert isinstance(post.status, late.PostStatus)
    assert post.status is late.PostStatus.SCHEDULED


def test_import_late_loads_neither_httpx_nor_models() -> None:
    watched = "('httpx', 'late_api_client.models.post')"
    code = f"import sys, late; print([m for m in {watched} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    "module",
    [
        "late.timeutil",
        "late.validation",
        "late.bulk",
        "late._exceptions",
        "late.resources._pool",
        "late.resources._upload",
    ],
)
def test_the_modules_that_are_not_http_load_no_httpx(module: str) -> None:
    """The rules, the bulk reader and the exception tree need no HTTP: their errors come from the root."""
    code = f"import sys, {module}; print('httpx' in sys.modules, {module!r} in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        late.NoSuchThing  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("late.NoSuchThing resolved")


def test_pagination_is_what_a_list_response_carries() -> None:
    response = late.PostsListResponse.from_dict(
        {"posts": [], "pagination": {"page": 1, "limit": 10, "total": 0, "pages": 0}}
    )
    assert isinstance(response.pagination, late.Pagination)


def test_the_version_is_the_distributions() -> None:
    import tomllib
    from pathlib import Path

    import late

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]
    assert late.__version__ == project["version"]


def test_an_error_carries_the_request_id_the_api_answered_with() -> None:
    import late.testing
    from late import Late, LateNotFoundError

    with Late(api_key="sk_test_request_id", transport=late.testing.sandbox()) as client:
        try:
            client.posts.get("post_that_does_not_exist")
        except LateNotFoundError as err:
            assert err.request_id is not None and err.request_id.startswith("req_")
            assert f"request_id={err.request_id}" in str(err)
        else:
            raise AssertionError("expected a 404")
