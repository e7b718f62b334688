from typing import Literal

ListDeliveriesResponse400Type = Literal["/problems/invalid-cursor"]

LIST_DELIVERIES_RESPONSE_400_TYPE_VALUES: set[ListDeliveriesResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_deliveries_response_400_type(value: str) -> ListDeliveriesResponse400Type:
    if value in LIST_DELIVERIES_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DELIVERIES_RESPONSE_400_TYPE_VALUES!r}"
    )
