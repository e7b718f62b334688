from typing import Literal

ListAreasResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_AREAS_RESPONSE_431_TYPE_VALUES: set[ListAreasResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_areas_response_431_type(value: str) -> ListAreasResponse431Type:
    if value in LIST_AREAS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AREAS_RESPONSE_431_TYPE_VALUES!r}"
    )
