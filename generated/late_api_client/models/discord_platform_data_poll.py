from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    fill_defaults,
    lazy_readers,
    source_copy,
    source_of,
    unhooked,
)

T = TypeVar("T", bound="DiscordPlatformDataPoll")

#: The wire names of the properties; any other key of a source mapping is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "question",
        "answers",
        "duration",
        "allow_multiselect",
    }
)


@_attrs_define(repr=False, getstate_setstate=False)
class DiscordPlatformDataPoll(LazyFields):
    """Native Discord poll. Cannot be combined with media attachments in the same message.

    Attributes:
        question (DiscordPlatformDataPollQuestion | None):
        answers (list[DiscordPlatformDataPollAnswersItem] | None): 1-10 answer options
        duration (int | None): Poll duration in hours (1-768). Default 24.
        allow_multiselect (bool | None): Allow users to select multiple answers. Default false.
    """

    question: DiscordPlatformDataPollQuestion | None = None
    answers: list[DiscordPlatformDataPollAnswersItem] | None = None
    duration: int | None = None
    allow_multiselect: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copied = source_copy(self, _PROPERTY_NAMES, True)
        if copied is not None:  # nothing changed since from_dict: the source is the answer
            return copied
        question: dict[str, Any] | Unset = UNSET
        if not isinstance(self.question, Unset):
            question = self.question.to_dict()

        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        duration = self.duration

        allow_multiselect = self.allow_multiselect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        source = source_of(self)
        if question is not None or "question" in source:
            field_dict["question"] = question
        if answers is not None or "answers" in source:
            field_dict["answers"] = answers
        if duration is not None or "duration" in source:
            field_dict["duration"] = duration
        if allow_multiselect is not None or "allow_multiselect" in source:
            field_dict["allow_multiselect"] = allow_multiselect

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict
        duration = d.get("duration", UNSET)

        allow_multiselect = d.get("allow_multiselect", UNSET)

        discord_platform_data_poll = object.__new__(_Unhooked if cls is DiscordPlatformDataPoll else cls)
        discord_platform_data_poll.duration = duration
        discord_platform_data_poll.allow_multiselect = allow_multiselect
        if "question" not in d:  # nothing to build later
            discord_platform_data_poll.question = UNSET
        if "answers" not in d:  # nothing to build later
            discord_platform_data_poll.answers = UNSET
        discord_platform_data_poll._source = d
        discord_platform_data_poll._changed = (
            cls is not DiscordPlatformDataPoll
        )  # a subclass may set attributes unhooked
        if cls is not DiscordPlatformDataPoll:  # a subclass's own fields, which __init__ would have set
            fill_defaults(discord_platform_data_poll, DiscordPlatformDataPoll)
        else:
            discord_platform_data_poll.__class__ = cls
        return discord_platform_data_poll

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


#: ``from_dict`` fills one of these, then makes it a DiscordPlatformDataPoll (types.unhooked).
_Unhooked = unhooked(DiscordPlatformDataPoll)


def _read_question(d: Mapping[str, Any]) -> DiscordPlatformDataPollQuestion | Unset:
    _question = d.get("question", UNSET)
    question: DiscordPlatformDataPollQuestion | Unset
    if _question is UNSET:
        question = UNSET
    else:
        question = DiscordPlatformDataPollQuestion.from_dict(_question)

    return question


def _read_answers(d: Mapping[str, Any]) -> list[DiscordPlatformDataPollAnswersItem] | Unset:
    _answers = d.get("answers", UNSET)
    answers: list[DiscordPlatformDataPollAnswersItem] | Unset = UNSET
    if _answers is not UNSET:
        answers = [
            DiscordPlatformDataPollAnswersItem.from_dict(answers_item_data) for answers_item_data in _answers
        ]

    return answers


DiscordPlatformDataPoll._lazy_readers = lazy_readers(DiscordPlatformDataPoll, globals(), _PROPERTY_NAMES)

from ..models.discord_platform_data_poll_answers_item import (
    DiscordPlatformDataPollAnswersItem,
)
from ..models.discord_platform_data_poll_question import DiscordPlatformDataPollQuestion
