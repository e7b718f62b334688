from typing import Literal

ListDeliveriesResponse429Type = Literal["/problems/rate-limited"]

LIST_DELIVERIES_RESPONSE_429_TYPE_VALUES: set[ListDeliveriesResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_deliveries_response_429_type(value: str) -> ListDeliveriesResponse429Type:
    if value in LIST_DELIVERIES_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DELIVERIES_RESPONSE_429_TYPE_VALUES!r}"
    )
