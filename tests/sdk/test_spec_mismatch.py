"""An SDK whose generated client does not match the facade is the SDK's error, never the caller's (issue 15).

The end-to-end proof (a client regenerated from a spec without what the facade uses) is in
test_generated.py; these tests pin the rules on the installed client, with one generated piece replaced.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from late_api_client.api.posts import create_post, list_posts

import late.testing
from late import Late, LateAPIError, LateSpecMismatchError, LateValidationError
from late.resources._spec import call_generated, spec_checked, spec_mismatch

TARGET = [{"platform": "twitter", "accountId": "acc_1"}]


@pytest.fixture
def sandbox() -> late.testing.Sandbox:
    return late.testing.sandbox()


@pytest.fixture
def client(sandbox: late.testing.Sandbox) -> Late:
    return Late(api_key="sk_test_mismatch", transport=sandbox)


def test_a_parameter_gone_from_the_spec_is_a_mismatch_and_sends_nothing(
    client: Late, sandbox: late.testing.Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stale_get_kwargs(*, body: Any) -> dict[str, Any]:  # no idempotency_key, as in late-sdk 1.2.89
        raise AssertionError("not reached")

    monkeypatch.setattr(create_post, "_get_kwargs", stale_get_kwargs)
    with pytest.raises(LateSpecMismatchError) as caught:
        client.posts.create(content="x", platforms=TARGET, publish_now=True)
    err = caught.value
    assert isinstance(err, LateAPIError) and not isinstance(err, LateValidationError)
    assert "does not match its API spec" in err.message and "not in your call" in err.message
    assert "idempotency_key" in err.message and err.param is None
    assert isinstance(err.__cause__, TypeError)
    assert sandbox.requests == []


def test_a_type_error_inside_a_generated_function_is_not_called_a_mismatch() -> None:
    def generated(**kwargs: Any) -> None:
        raise TypeError("raised inside the function: not about its signature")

    with pytest.raises(TypeError, match="raised inside"):
        call_generated(generated, x=1)
    assert call_generated(list_posts._get_kwargs, page=2)["params"] == {"page": 2}


def test_a_field_gone_from_a_generated_model_is_a_mismatch(
    client: Late, monkeypatch: pytest.MonkeyPatch
) -> None:
    from late_api_client.models import UpdatePostBody

    @attrs.define
    class StaleBody:  # the 1.2.89 update body: no platforms
        content: str

        def to_dict(self) -> dict[str, Any]:
            return {"content": self.content}

    StaleBody.__module__ = UpdatePostBody.__module__
    StaleBody.__name__ = StaleBody.__qualname__ = "UpdatePostBody"
    monkeypatch.setattr(UpdatePostBody, "from_dict", classmethod(lambda cls, d: StaleBody(d["content"])))
    with pytest.raises(LateSpecMismatchError, match="UpdatePostBody has no attribute 'platforms'"):
        client.posts.update("p1", content="x")


def test_the_callers_own_bad_value_still_blames_the_caller(client: Late) -> None:
    with pytest.raises(LateValidationError) as caught:
        client.posts.create(
            content="x",
            platforms=[
                {"platform": "twitter", "accountId": "acc_1", "platformSpecificData": {"threadItems": 5}}
            ],
            publish_now=True,
        )
    assert not isinstance(caught.value, LateSpecMismatchError)
    assert caught.value.param == "platforms[0].platformSpecificData"


def test_only_generated_names_and_models_are_mismatches() -> None:
    import late_api_client.models as models

    gone = r"module late_api_client\.models has no attribute 'Gone'"
    with pytest.raises(LateSpecMismatchError, match=gone), spec_checked():
        models.Gone  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(LateSpecMismatchError, match="cannot import name 'Gone'"), spec_checked():
        from late_api_client.models import Gone  # type: ignore[attr-defined]  # noqa: F401
    with pytest.raises(AttributeError), spec_checked():  # not a generated object: not the spec's
        "text".nope  # type: ignore[attr-defined]  # noqa: B018
    assert spec_mismatch(ImportError("x", name="json")) is None
    assert spec_mismatch(KeyError("platforms")) is None
