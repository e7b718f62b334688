from typing import Literal

GetQueueCountResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

GET_QUEUE_COUNT_RESPONSE_401_TYPE_VALUES: set[GetQueueCountResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_get_queue_count_response_401_type(value: str) -> GetQueueCountResponse401Type:
    if value in GET_QUEUE_COUNT_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_QUEUE_COUNT_RESPONSE_401_TYPE_VALUES!r}"
    )
