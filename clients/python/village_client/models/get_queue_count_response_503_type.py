from typing import Literal

GetQueueCountResponse503Type = Literal["/problems/service-unavailable"]

GET_QUEUE_COUNT_RESPONSE_503_TYPE_VALUES: set[GetQueueCountResponse503Type] = {
    "/problems/service-unavailable",
}


def check_get_queue_count_response_503_type(value: str) -> GetQueueCountResponse503Type:
    if value in GET_QUEUE_COUNT_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_QUEUE_COUNT_RESPONSE_503_TYPE_VALUES!r}"
    )
