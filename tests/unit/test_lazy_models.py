"""Model fields that hold other models are built on first use (``late_api_client.types.LazyFields``).

What a caller sees must not change: the same values, equality, repr, ``to_dict``, pickling, mutation;
and a malformed nested value is a clear error naming the field, which through the SDK is a
``LateAPIError`` too.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import httpx
import pytest
from late_api_client.models import MediaItem, PlatformTarget, Post, PostsListResponse
from late_api_client.types import LazyFields, UnreadableValueError

import late
from late import Late, LateAPIError, LateUnreadableValueError
from tests.support.values import present, unchecked

POST: dict[str, Any] = {
    "_id": "65f1c0ffee0000000000abcd",
    "content": "Hello",
    "status": "scheduled",
    "scheduledFor": "2024-12-25T10:00:00Z",
    "mediaItems": [{"type": "image", "url": "https://example.com/a.png"}],
    "platforms": [
        {
            "platform": "twitter",
            "accountId": {
                "_id": "acc_1",
                "platform": "twitter",
                "profileId": "prof_1",
                "isActive": True,
                "username": "acme",
            },
            "status": "pending",
        }
    ],
    "extraField": 1,
}


def _slot_is_empty(model: object, name: str) -> bool:
    try:
        object.__getattribute__(model, name)
    except AttributeError:
        return True
    return False


def test_nested_fields_are_built_on_first_access_and_then_kept() -> None:
    post = Post.from_dict(POST)
    assert isinstance(post, LazyFields)
    assert not _slot_is_empty(post, "content")  # plain fields are read at once
    assert _slot_is_empty(post, "platforms")

    platforms = post.platforms
    assert not _slot_is_empty(post, "platforms")
    assert post.platforms is platforms  # built once
    assert isinstance(platforms, list) and isinstance(platforms[0], PlatformTarget)
    assert platforms[0].platform == "twitter"
    assert platforms[0].account_id.username == "acme"  # type: ignore[union-attr]


def test_an_absent_optional_model_field_is_none_without_a_lazy_read() -> None:
    post = Post.from_dict({k: v for k, v in POST.items() if k != "mediaItems"})
    assert not _slot_is_empty(post, "media_items")
    assert post.media_items is None
    assert "mediaItems" not in post.to_dict()


def test_a_null_optional_model_field_reads_as_none_and_goes_back_out_as_null() -> None:
    post = Post.from_dict({**POST, "mediaItems": None, "metadata": None, "status": None})
    assert (post.media_items, post.metadata, post.status) == (None, None, None)
    wire = post.to_dict()
    assert (wire["mediaItems"], wire["metadata"], wire["status"]) == (None, None, None)


def test_a_lazily_built_model_equals_one_built_by_init() -> None:
    lazy = Post.from_dict(POST)
    eager = Post(
        field_id=POST["_id"],
        content="Hello",
        status=lazy.status,
        scheduled_for=lazy.scheduled_for,
        media_items=[MediaItem.from_dict(POST["mediaItems"][0])],
        platforms=[PlatformTarget.from_dict(POST["platforms"][0])],
    )
    eager.additional_properties = {"extraField": 1}
    assert Post.from_dict(POST) == eager
    assert repr(Post.from_dict(POST)) == repr(eager)
    assert Post.from_dict(POST).to_dict() == POST


def test_changes_to_a_built_field_stick() -> None:
    post = Post.from_dict(POST)
    post.platforms.append(PlatformTarget(platform="bluesky"))  # type: ignore[union-attr]
    post.media_items = None  # cleared: the source had the key, so it goes out as a null
    post.title = "set"
    wire = post.to_dict()
    assert [p["platform"] for p in wire["platforms"]] == ["twitter", "bluesky"]
    assert wire["mediaItems"] is None and wire["title"] == "set"
    assert "recycling" not in wire  # absent from the source, still None: left out
    assert POST["platforms"][0]["platform"] == "twitter" and len(POST["platforms"]) == 1  # source untouched


@pytest.mark.parametrize("clone", [copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))])
def test_copies_and_pickles_carry_every_field(clone: Any) -> None:
    post = Post.from_dict(POST)
    assert clone(post) == Post.from_dict(POST)
    assert clone(post).platforms[0].account_id.username == "acme"


def test_unknown_and_deleted_attributes_are_plain_attribute_errors() -> None:
    post = Post.from_dict(POST)
    assert not hasattr(post, "platfroms")
    with pytest.raises(AttributeError, match="platfroms"):
        post.platfroms  # type: ignore[attr-defined]  # noqa: B018
    built = Post(field_id="p", content="c", status=post.status)
    del built.platforms
    with pytest.raises(AttributeError, match="platforms"):
        built.platforms  # noqa: B018


def test_a_missing_required_model_field_fails_in_from_dict() -> None:
    from late_api_client.models import TikTokDryRunVerdict

    with pytest.raises(KeyError, match="dryRun"):  # the spec requires it of a verdict
        TikTokDryRunVerdict.from_dict({"canPublish": True, "tiktok": []})


def test_a_field_the_spec_leaves_optional_reads_as_none_when_absent() -> None:
    page = PostsListResponse.from_dict({"pagination": {"page": 1}})
    assert page.posts is None and page.pagination.pages is None  # type: ignore[union-attr]
    assert page.to_dict() == {"pagination": {"page": 1}}  # what the API left out stays out


def test_a_malformed_nested_value_names_the_model_and_field() -> None:
    post = Post.from_dict({**POST, "platforms": "not a list of targets"})
    assert post.content == "Hello"  # the rest of the post reads fine
    with pytest.raises(UnreadableValueError) as info:
        post.platforms  # noqa: B018
    assert info.value.model == "Post" and info.value.field == "platforms"
    assert "Post" in str(info.value) and "platforms" in str(info.value)
    assert isinstance(info.value, ValueError)
    assert info.value.__cause__ is not None


def test_through_the_sdk_a_malformed_nested_value_is_a_late_api_error() -> None:
    body = {"post": {**POST, "mediaItems": [42]}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with Late(api_key="sk_test_lazy", base_url="https://getlate.dev/api", transport=transport) as client:
        post = present(client.posts.get("65f1c0ffee0000000000abcd").post)
    assert post.content == "Hello"
    with pytest.raises(LateAPIError) as info:
        post.media_items  # noqa: B018
    err = info.value
    assert isinstance(err, LateUnreadableValueError) and isinstance(err, ValueError)
    assert err.param == "media_items" and err.model == "Post"
    assert "Post" in err.message and "media_items" in err.message
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is LateUnreadableValueError and again.field == "media_items"
    assert late.LateUnreadableValueError is LateUnreadableValueError


def test_through_the_sdk_a_missing_required_field_is_still_caught_when_the_response_arrives() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"post": "not an object"}))
    with (
        Late(api_key="sk_test_lazy", base_url="https://getlate.dev/api", transport=transport) as client,
        pytest.raises(LateAPIError, match="could not read"),
    ):
        client.posts.get("65f1c0ffee0000000000abcd")


# ------------------------------------------------------------------------- found in review, each a test


def test_a_union_tells_its_members_apart_by_their_nested_values() -> None:
    """Members are tried in turn; one whose nested model does not fit must fail while tried."""
    from late_api_client.models import XArticleContentState, XArticleEntityLink

    state = {
        "blocks": [],
        "entities": [
            {"key": "0", "value": {"type": "link", "mutability": "mutable", "data": {"url": "https://x.com"}}}
        ],
    }
    entity = XArticleContentState.from_dict(state).entities[0]
    assert isinstance(entity, XArticleEntityLink)


def test_a_subclass_adding_a_defaulted_field_gets_its_default() -> None:
    import attrs

    @attrs.define
    class TaggedPost(Post):
        seen: bool = False
        notes: list[str] = attrs.Factory(list)

    tagged = TaggedPost.from_dict(POST)
    assert (tagged.seen, tagged.notes, tagged.content) == (False, [], "Hello")
    assert tagged == TaggedPost.from_dict(POST) and "seen=False" in repr(tagged)


def test_a_field_built_by_two_readers_at_once_is_one_object(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check-and-set: a read that finds the field stored meanwhile returns the stored one."""
    post = Post.from_dict(POST)
    first: list[Any] = []
    racing = True

    def racing_reader(source: Any) -> list[Any]:
        nonlocal racing
        if racing:  # another thread reads the same field and finishes first
            racing = False
            monkeypatch.setattr(Post, "_lazy_readers", {"platforms": (lambda source: first, 2)})
            assert post.platforms is first
        return ["late"]

    monkeypatch.setattr(Post, "_lazy_readers", {"platforms": (racing_reader, 2)})
    assert post.platforms is first
    assert post.platforms is first


def test_two_threads_reading_an_unread_field_get_one_object(monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight threads find the slot empty at once (the reader sleeps, letting the others in)."""
    import threading
    import time

    def slow_reader(source: Any) -> list[str]:
        time.sleep(0.01)  # releases the GIL: every thread is inside the build before any stores
        return ["late"]

    monkeypatch.setattr(Post, "_lazy_readers", {"platforms": (slow_reader, 2)})
    post = Post.from_dict(POST)
    barrier = threading.Barrier(8)
    seen: list[Any] = []

    def read() -> None:
        barrier.wait()
        seen.append(post.platforms)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and len({id(value) for value in seen}) == 1 and seen[0] is post.platforms


def test_a_deleted_built_field_is_built_again_from_the_source() -> None:
    post = Post.from_dict(POST)
    first = post.platforms
    assert first is not None
    first.clear()
    del post.platforms
    again = post.platforms
    assert again is not None and again is not first and len(again) == len(POST["platforms"])


def test_an_unpickled_model_builds_a_deleted_field_again() -> None:
    import pickle

    post = pickle.loads(pickle.dumps(Post.from_dict(POST)))
    del post.platforms
    assert [target.platform for target in post.platforms] == [t["platform"] for t in POST["platforms"]]


def test_the_sdk_builds_an_answers_own_fields_so_a_bad_post_fails_the_call() -> None:
    body = {"message": "ok", "post": {"content": "a bad time", "scheduledFor": "not a date"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(201, json=body))
    with (
        Late(api_key="sk_test_lazy", base_url="https://getlate.dev/api", transport=transport) as client,
        pytest.raises(LateAPIError) as info,
    ):
        client.posts.create(content="x", platforms=[{"platform": "twitter", "accountId": "a"}], is_draft=True)
    assert not isinstance(info.value, LateUnreadableValueError)  # the call's own error, at once
    assert "PostCreateResponse.post" in info.value.message and "idempotency_key=" in info.value.message


def test_repr_shows_an_unreadable_value_instead_of_raising() -> None:
    """A log line must not fail on what it logs."""
    post = Post.from_dict({**POST, "platforms": "not a list of targets"})
    text = repr(post)
    assert text.startswith("Post(field_id='65f1c0ffee0000000000abcd', ")
    assert "content='Hello', " in text
    assert "platforms=<unreadable: AttributeError:" in text
    assert "media_items=[MediaItem(type_=" in text  # the readable ones as attrs shows them
    with pytest.raises(UnreadableValueError):
        post.platforms  # noqa: B018  # reading it still fails


def test_subclass_fields_get_what_init_would_give_them() -> None:
    import attrs

    @attrs.define
    class Annotated(Post):
        count: int = attrs.field(default=unchecked("3"), converter=int)
        cache: dict[str, Any] = attrs.field(init=False)  # no default: left unset, as by __init__
        extras: int = attrs.Factory(lambda self: len(self.additional_properties), takes_self=True)

    made = Annotated.from_dict(POST)
    assert made.count == 3 and made.extras == 1
    assert not hasattr(made, "cache")


def test_repr_uses_a_fields_repr_callable_and_stops_at_cycles() -> None:
    import attrs

    @attrs.define(repr=False)
    class WithToken(PlatformTarget):
        token: str = attrs.field(default="sk_live_SECRET", repr=lambda value: "***")

    target = WithToken.from_dict({"platform": "twitter"})
    assert "token=***" in repr(target) and "SECRET" not in repr(target)
    target.platform_specific_data = target  # type: ignore[assignment]
    assert "platform_specific_data=..." in repr(target)


# --------------------------------------------- to_dict() of an unchanged model: a copy of its source


def _walked(model: Any) -> dict[str, Any]:
    """to_dict() the field-by-field way, as for a model that was changed."""
    object.__setattr__(model, "_changed", True)
    return model.to_dict()  # type: ignore[no-any-return]


def _nodes(value: Any) -> list[int]:
    found = [id(value)]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for item in items:
        found += _nodes(item)
    return [i for i in found if isinstance(value, (dict, list)) or i != id(value)]


def test_an_unchanged_models_to_dict_is_its_source_copied_deep() -> None:
    source = copy.deepcopy(POST)
    post = Post.from_dict(source)
    assert type(post) is Post and Post.__setattr__ is LazyFields.__setattr__
    wire = post.to_dict()
    assert wire == POST == _walked(Post.from_dict(copy.deepcopy(POST)))
    containers = {id(v) for v in (source, *source.values(), *source["platforms"], *source["mediaItems"])}
    assert not containers & set(_nodes(wire))  # not one dict or list shared with the source
    wire["platforms"][0]["status"] = "changed"
    wire["mediaItems"].append({})
    assert source == POST and post.to_dict() == POST  # so changing the result changes nothing else


def test_date_times_go_out_as_the_api_spelled_them_until_changed() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    sent = "2024-12-25T10:00:00.000Z"
    post = Post.from_dict({**POST, "scheduledFor": sent, "createdAt": "2024-12-25T12:00:00+02:00"})
    assert post.to_dict()["scheduledFor"] == sent  # the source's copy
    post.title = "edited"  # changed: every field is written from its value, the same way
    wire = post.to_dict()
    assert (wire["scheduledFor"], wire["createdAt"]) == (sent, "2024-12-25T12:00:00+02:00")
    assert post.scheduled_for is not None and post.created_at is not None
    post.scheduled_for += timedelta(hours=1)
    post.created_at = post.created_at.astimezone(UTC)  # the same instant, another offset
    assert post.to_dict()["scheduledFor"] == "2024-12-25T11:00:00Z"
    assert post.to_dict()["createdAt"] == "2024-12-25T10:00:00Z"
    target = PlatformTarget.from_dict({"platform": "x", "removedFromPlatformAt": "2024-01-01T00:00:00.000Z"})
    target.platform = "twitter"  # a union's date-time too
    assert target.to_dict()["removedFromPlatformAt"] == "2024-01-01T00:00:00.000Z"
    built = Post(scheduled_for=datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1))))
    assert built.to_dict() == {"scheduledFor": "2024-01-01T00:00:00+01:00"}  # no source: formatted


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda p: setattr(p, "content", "edited"), {"content": "edited"}),
        (lambda p: setattr(p, "media_items", None), {"mediaItems": None}),
        (lambda p: p.platforms[0].__setattr__("platform", "threads"), {"platforms": "threads"}),
        (lambda p: p.platforms.append(PlatformTarget(platform="bluesky")), {"platforms": "bluesky"}),
        (lambda p: p.__setitem__("extraField", 2), {"extraField": 2}),
        (lambda p: p.additional_properties.pop("extraField"), {"extraField": ...}),  # ...: left out
        (lambda p: p.additional_properties.update(more=3), {"more": 3}),
        (lambda p: p.tags.append("late"), {"tags": ["launch", "late"]}),  # the source's own list
    ],
)
def test_whatever_is_changed_shows_in_to_dict(change: Any, expected: dict[str, Any]) -> None:
    post = Post.from_dict({**copy.deepcopy(POST), "tags": ["launch"]})
    change(post)
    wire = post.to_dict()
    for key, value in expected.items():
        if key == "platforms":
            assert wire["platforms"][-1]["platform"] == value
        elif value is ...:
            assert key not in wire
        else:
            assert wire[key] == value
    assert wire == _walked(post)  # the same answer as the field-by-field path


def test_deleting_an_attribute_counts_as_a_change() -> None:
    post = Post.from_dict(POST)
    assert object.__getattribute__(post, "_changed") is False
    del post.recycling  # absent from the source: set to None by from_dict, so deletable
    assert object.__getattribute__(post, "_changed") is True


def test_a_source_that_is_not_plain_json_is_written_field_by_field() -> None:
    marker = object()
    post = Post.from_dict({**POST, "extraField": marker, "tags": ("a", "b")})
    wire = post.to_dict()
    assert wire["extraField"] is marker and wire["tags"] == ("a", "b")  # as to_dict always wrote them
    deep: Any = {}
    for _ in range(5000):
        deep = {"d": deep}
    nested = Post.from_dict({**POST, "extraField": deep})
    assert nested.to_dict()["extraField"] is deep  # too deep to copy: written field by field


def test_keys_a_model_does_not_keep_stay_out_of_its_to_dict() -> None:
    from late_api_client.models import XArticle

    sent = {"title": "T", "content_state": {"blocks": [], "entities": []}}
    article = XArticle.from_dict({**sent, "notInTheSpec": 1})
    assert "additional_properties" not in attrs_names(XArticle)
    assert article.to_dict() == sent


def attrs_names(cls: type) -> set[str]:
    import attrs

    return {f.name for f in attrs.fields(cls)}


def test_copies_pickles_and_subclasses_still_write_what_they_hold() -> None:
    import attrs

    post = Post.from_dict(copy.deepcopy(POST))
    for twin in (copy.copy(post), copy.deepcopy(post), pickle.loads(pickle.dumps(post))):
        twin.content = "twin"
        assert twin.to_dict()["content"] == "twin"
    assert post.to_dict() == POST

    @attrs.define
    class Counted(Post):  # attrs writes a converter's field with its own __setattr__
        count: int = attrs.field(default=3, converter=int)

    counted = Counted.from_dict(copy.deepcopy(POST))
    counted.content = "set on a subclass"
    assert counted.to_dict()["content"] == "set on a subclass"


def test_a_union_still_tries_each_member_whole() -> None:
    """read_all (what a union calls on each member) builds every field: no unchanged-source shortcut."""
    from late_api_client.models import XArticleEntityLink
    from late_api_client.types import read_all

    link = XArticleEntityLink.from_dict({"key": "0", "value": "not an object"})
    with pytest.raises(UnreadableValueError, match="value"):
        read_all(link)


def test_an_assignment_made_while_a_first_read_builds_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slower first read that finds the field set meanwhile hands out what was set, not its build."""
    import threading
    import time

    started = threading.Event()

    def slow_reader(source: Any) -> list[str]:
        started.set()
        time.sleep(0.05)  # releases the GIL: the main thread assigns meanwhile
        return ["built"]

    monkeypatch.setattr(Post, "_lazy_readers", {"platforms": (slow_reader, 4)})
    post = Post.from_dict(POST)
    seen: list[Any] = []
    reader = threading.Thread(target=lambda: seen.append(post.platforms))
    reader.start()
    started.wait()
    mine: list[Any] = []
    post.platforms = mine
    reader.join()
    assert post.platforms is mine and seen == [mine] and seen[0] is mine


def test_an_unbuilt_field_can_be_deleted_and_is_built_afresh() -> None:
    post = Post.from_dict({**POST, "crosspostingEnabled": True})
    del post.platforms  # never read: nothing stored yet
    del post.additional_properties
    assert post.platforms is not None and [t.platform for t in post.platforms] == ["twitter"]
    assert post.additional_properties == {"extraField": 1, "crosspostingEnabled": True}
    assert post.additional_properties["crosspostingEnabled"] is True
    with pytest.raises(AttributeError):
        del post.nope  # type: ignore[attr-defined]


def test_reading_the_extra_keys_keeps_to_dict_a_copy_of_the_source() -> None:
    source = {"_id": "p1", "content": "Hello", "crosspostingEnabled": True}
    post = Post.from_dict(source)
    assert "crosspostingEnabled" in post and post["crosspostingEnabled"] is True
    assert post.to_dict() == source and list(post.to_dict()) == list(source)  # the API's order
    post["crosspostingEnabled"] = False
    assert post.to_dict() == {**source, "crosspostingEnabled": False}


def test_a_model_whose_fields_are_all_built_later_still_refuses_a_non_object() -> None:
    from late_api_client.models.create_post_response_400 import CreatePostResponse400

    answer = CreatePostResponse400.from_dict({"error": "bad", "details": "Invalid mentions in post"})
    with pytest.raises(UnreadableValueError) as info:
        _ = answer.details
    assert (info.value.model, info.value.field) == ("CreatePostResponse400", "details")
    assert "expected a JSON object, got str" in info.value.detail


def test_a_change_waits_for_a_first_reads_check_and_set() -> None:
    """A write and its mark happen under the lock a first read stores under, as one step."""
    import threading

    from late_api_client import types

    post = Post.from_dict(POST)
    with types._BUILD_LOCK:  # a first read storing, on another thread
        writer = threading.Thread(target=lambda: setattr(post, "content", "changed"))
        writer.start()
        writer.join(timeout=0.2)
        assert writer.is_alive() and post.content == "Hello"  # the write waits
    writer.join()
    assert post.content == "changed" and object.__getattribute__(post, "_changed") is True


def test_a_subclass_setter_may_read_a_lazy_field() -> None:
    import attrs

    @attrs.define
    class Noting(Post):
        @property
        def first_platform(self) -> str | None:
            return self.platforms[0].platform if self.platforms else None

        @first_platform.setter
        def first_platform(self, value: str) -> None:
            assert self.platforms  # a lazy read from inside the write hook
            self.platforms[0].platform = value

    noting = Noting.from_dict(POST)
    noting.first_platform = "threads"
    assert noting.first_platform == "threads" and noting.to_dict()["platforms"][0]["platform"] == "threads"
