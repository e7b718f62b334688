from typing import Literal

ListAreasResponse503Type = Literal["/problems/service-unavailable"]

LIST_AREAS_RESPONSE_503_TYPE_VALUES: set[ListAreasResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_areas_response_503_type(value: str) -> ListAreasResponse503Type:
    if value in LIST_AREAS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AREAS_RESPONSE_503_TYPE_VALUES!r}"
    )
