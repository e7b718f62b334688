from typing import Literal

ListDeliveriesResponse422Type = Literal["/problems/validation-error"]

LIST_DELIVERIES_RESPONSE_422_TYPE_VALUES: set[ListDeliveriesResponse422Type] = {
    "/problems/validation-error",
}


def check_list_deliveries_response_422_type(value: str) -> ListDeliveriesResponse422Type:
    if value in LIST_DELIVERIES_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DELIVERIES_RESPONSE_422_TYPE_VALUES!r}"
    )
