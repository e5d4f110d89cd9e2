from enum import StrEnum
from typing import Self


class ListAccountsStatus(StrEnum):
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"

    def __str__(self) -> str:
        return str(self.value)

    # A member *is* its string. Spelling that out keeps `mypy --strict` from calling
    # `PostStatus.SCHEDULED == "scheduled"` a non-overlapping comparison.
    def __eq__(self, other: object) -> bool:
        return str.__eq__(self, other)

    __hash__ = str.__hash__

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # Open enum: a string the spec does not list (the API added a value) becomes a pseudo-member,
        # still a plain ``str`` with that value, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "<unknown>"  # not an identifier: never collides with a member name
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """True for a value the spec lists, False for a pseudo-member made from an unlisted value."""
        return type(self)._value2member_map_.get(self._value_) is self

    def __repr__(self) -> str:
        if self.is_known:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} (unknown): {self._value_!r}>"
