from typing import Literal

ListBlocksResponse503Type = Literal["/problems/service-unavailable"]

LIST_BLOCKS_RESPONSE_503_TYPE_VALUES: set[ListBlocksResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_blocks_response_503_type(value: str) -> ListBlocksResponse503Type:
    if value in LIST_BLOCKS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BLOCKS_RESPONSE_503_TYPE_VALUES!r}"
    )
