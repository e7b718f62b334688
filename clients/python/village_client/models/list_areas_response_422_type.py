from typing import Literal

ListAreasResponse422Type = Literal["/problems/validation-error"]

LIST_AREAS_RESPONSE_422_TYPE_VALUES: set[ListAreasResponse422Type] = {
    "/problems/validation-error",
}


def check_list_areas_response_422_type(value: str) -> ListAreasResponse422Type:
    if value in LIST_AREAS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AREAS_RESPONSE_422_TYPE_VALUES!r}"
    )
