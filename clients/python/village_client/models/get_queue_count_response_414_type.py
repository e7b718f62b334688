from typing import Literal

GetQueueCountResponse414Type = Literal["/problems/uri-too-long"]

GET_QUEUE_COUNT_RESPONSE_414_TYPE_VALUES: set[GetQueueCountResponse414Type] = {
    "/problems/uri-too-long",
}


def check_get_queue_count_response_414_type(value: str) -> GetQueueCountResponse414Type:
    if value in GET_QUEUE_COUNT_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_QUEUE_COUNT_RESPONSE_414_TYPE_VALUES!r}"
    )
