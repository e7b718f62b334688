from typing import Literal

ListAreasResponse500Type = Literal["/problems/internal-error"]

LIST_AREAS_RESPONSE_500_TYPE_VALUES: set[ListAreasResponse500Type] = {
    "/problems/internal-error",
}


def check_list_areas_response_500_type(value: str) -> ListAreasResponse500Type:
    if value in LIST_AREAS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AREAS_RESPONSE_500_TYPE_VALUES!r}"
    )
