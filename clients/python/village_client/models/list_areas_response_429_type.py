from typing import Literal

ListAreasResponse429Type = Literal["/problems/rate-limited"]

LIST_AREAS_RESPONSE_429_TYPE_VALUES: set[ListAreasResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_areas_response_429_type(value: str) -> ListAreasResponse429Type:
    if value in LIST_AREAS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AREAS_RESPONSE_429_TYPE_VALUES!r}"
    )
