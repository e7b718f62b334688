from typing import Literal

GetQueueCountResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

GET_QUEUE_COUNT_RESPONSE_403_TYPE_VALUES: set[GetQueueCountResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_get_queue_count_response_403_type(value: str) -> GetQueueCountResponse403Type:
    if value in GET_QUEUE_COUNT_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_QUEUE_COUNT_RESPONSE_403_TYPE_VALUES!r}"
    )
