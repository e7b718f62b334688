from typing import Literal

FlagStatus = Literal["dismissed", "open", "upheld"]

FLAG_STATUS_VALUES: set[FlagStatus] = {
    "dismissed",
    "open",
    "upheld",
}


def check_flag_status(value: str) -> FlagStatus:
    if value in FLAG_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_STATUS_VALUES!r}")
