from typing import Literal

ListAreasResponse414Type = Literal["/problems/uri-too-long"]

LIST_AREAS_RESPONSE_414_TYPE_VALUES: set[ListAreasResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_areas_response_414_type(value: str) -> ListAreasResponse414Type:
    if value in LIST_AREAS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AREAS_RESPONSE_414_TYPE_VALUES!r}"
    )
