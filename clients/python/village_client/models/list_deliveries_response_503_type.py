from typing import Literal

ListDeliveriesResponse503Type = Literal["/problems/service-unavailable"]

LIST_DELIVERIES_RESPONSE_503_TYPE_VALUES: set[ListDeliveriesResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_deliveries_response_503_type(value: str) -> ListDeliveriesResponse503Type:
    if value in LIST_DELIVERIES_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DELIVERIES_RESPONSE_503_TYPE_VALUES!r}"
    )
