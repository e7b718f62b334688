from typing import Literal

ListBlocksResponse429Type = Literal["/problems/rate-limited"]

LIST_BLOCKS_RESPONSE_429_TYPE_VALUES: set[ListBlocksResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_blocks_response_429_type(value: str) -> ListBlocksResponse429Type:
    if value in LIST_BLOCKS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BLOCKS_RESPONSE_429_TYPE_VALUES!r}"
    )
