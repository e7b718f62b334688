from typing import Literal

Purpose = Literal["digest", "meetups", "mentions", "replies"]

PURPOSE_VALUES: set[Purpose] = {
    "digest",
    "meetups",
    "mentions",
    "replies",
}


def check_purpose(value: str) -> Purpose:
    if value in PURPOSE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURPOSE_VALUES!r}")
