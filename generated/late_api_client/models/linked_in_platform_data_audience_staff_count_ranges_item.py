from enum import StrEnum
from typing import Self


class LinkedInPlatformDataAudienceStaffCountRangesItem(StrEnum):
    SIZE_1 = "SIZE_1"
    SIZE_10001_OR_MORE = "SIZE_10001_OR_MORE"
    SIZE_1001_TO_5000 = "SIZE_1001_TO_5000"
    SIZE_11_TO_50 = "SIZE_11_TO_50"
    SIZE_201_TO_500 = "SIZE_201_TO_500"
    SIZE_2_TO_10 = "SIZE_2_TO_10"
    SIZE_5001_TO_10000 = "SIZE_5001_TO_10000"
    SIZE_501_TO_1000 = "SIZE_501_TO_1000"
    SIZE_51_TO_200 = "SIZE_51_TO_200"

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
