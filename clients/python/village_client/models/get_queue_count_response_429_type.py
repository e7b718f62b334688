from typing import Literal

GetQueueCountResponse429Type = Literal["/problems/rate-limited"]

GET_QUEUE_COUNT_RESPONSE_429_TYPE_VALUES: set[GetQueueCountResponse429Type] = {
    "/problems/rate-limited",
}


def check_get_queue_count_response_429_type(value: str) -> GetQueueCountResponse429Type:
    if value in GET_QUEUE_COUNT_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_QUEUE_COUNT_RESPONSE_429_TYPE_VALUES!r}"
    )
