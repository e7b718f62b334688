from typing import Literal

FlagReason = Literal["abusive", "off_topic", "other", "safety", "spam"]

FLAG_REASON_VALUES: set[FlagReason] = {
    "abusive",
    "off_topic",
    "other",
    "safety",
    "spam",
}


def check_flag_reason(value: str) -> FlagReason:
    if value in FLAG_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_REASON_VALUES!r}")
