from typing import Literal

GetQueueCountResponse500Type = Literal["/problems/internal-error"]

GET_QUEUE_COUNT_RESPONSE_500_TYPE_VALUES: set[GetQueueCountResponse500Type] = {
    "/problems/internal-error",
}


def check_get_queue_count_response_500_type(value: str) -> GetQueueCountResponse500Type:
    if value in GET_QUEUE_COUNT_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_QUEUE_COUNT_RESPONSE_500_TYPE_VALUES!r}"
    )
