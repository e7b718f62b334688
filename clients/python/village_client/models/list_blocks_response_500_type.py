from typing import Literal

ListBlocksResponse500Type = Literal["/problems/internal-error"]

LIST_BLOCKS_RESPONSE_500_TYPE_VALUES: set[ListBlocksResponse500Type] = {
    "/problems/internal-error",
}


def check_list_blocks_response_500_type(value: str) -> ListBlocksResponse500Type:
    if value in LIST_BLOCKS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BLOCKS_RESPONSE_500_TYPE_VALUES!r}"
    )
