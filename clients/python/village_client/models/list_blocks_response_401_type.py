from typing import Literal

ListBlocksResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_BLOCKS_RESPONSE_401_TYPE_VALUES: set[ListBlocksResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_blocks_response_401_type(value: str) -> ListBlocksResponse401Type:
    if value in LIST_BLOCKS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BLOCKS_RESPONSE_401_TYPE_VALUES!r}"
    )
