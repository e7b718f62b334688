from typing import Literal

ListBlocksResponse400Type = Literal["/problems/invalid-cursor"]

LIST_BLOCKS_RESPONSE_400_TYPE_VALUES: set[ListBlocksResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_blocks_response_400_type(value: str) -> ListBlocksResponse400Type:
    if value in LIST_BLOCKS_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BLOCKS_RESPONSE_400_TYPE_VALUES!r}"
    )
