from enum import StrEnum
from typing import Self


class XArticleBlockType(StrEnum):
    ATOMIC = "atomic"
    BLOCKQUOTE = "blockquote"
    HEADER_ONE = "header-one"
    HEADER_THREE = "header-three"
    HEADER_TWO = "header-two"
    ORDERED_LIST_ITEM = "ordered-list-item"
    UNORDERED_LIST_ITEM = "unordered-list-item"
    UNSTYLED = "unstyled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # Lenient: a value the spec does not list (the API added one) becomes a pseudo-member that
        # is still a plain ``str`` with that value, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
