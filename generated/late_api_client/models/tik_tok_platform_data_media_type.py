from enum import StrEnum
from typing import Self


class TikTokPlatformDataMediaType(StrEnum):
    PHOTO = "photo"
    VIDEO = "video"

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
