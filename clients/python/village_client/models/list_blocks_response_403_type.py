from typing import Literal

ListBlocksResponse403Type = Literal["/problems/insufficient-scope"]

LIST_BLOCKS_RESPONSE_403_TYPE_VALUES: set[ListBlocksResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_list_blocks_response_403_type(value: str) -> ListBlocksResponse403Type:
    if value in LIST_BLOCKS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BLOCKS_RESPONSE_403_TYPE_VALUES!r}"
    )
