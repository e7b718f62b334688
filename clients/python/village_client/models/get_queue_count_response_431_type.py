from typing import Literal

GetQueueCountResponse431Type = Literal["/problems/request-header-fields-too-large"]

GET_QUEUE_COUNT_RESPONSE_431_TYPE_VALUES: set[GetQueueCountResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_get_queue_count_response_431_type(value: str) -> GetQueueCountResponse431Type:
    if value in GET_QUEUE_COUNT_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_QUEUE_COUNT_RESPONSE_431_TYPE_VALUES!r}"
    )
