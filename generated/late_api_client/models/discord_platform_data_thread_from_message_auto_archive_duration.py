from enum import IntEnum


class DiscordPlatformDataThreadFromMessageAutoArchiveDuration(IntEnum):
    VALUE_60 = 60
    VALUE_1440 = 1440
    VALUE_4320 = 4320
    VALUE_10080 = 10080

    def __str__(self) -> str:
        return str(self.value)
