from typing import Literal

ListBlocksResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_BLOCKS_RESPONSE_431_TYPE_VALUES: set[ListBlocksResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_blocks_response_431_type(value: str) -> ListBlocksResponse431Type:
    if value in LIST_BLOCKS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BLOCKS_RESPONSE_431_TYPE_VALUES!r}"
    )
