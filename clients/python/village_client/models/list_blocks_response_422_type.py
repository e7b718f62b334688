from typing import Literal

ListBlocksResponse422Type = Literal["/problems/validation-error"]

LIST_BLOCKS_RESPONSE_422_TYPE_VALUES: set[ListBlocksResponse422Type] = {
    "/problems/validation-error",
}


def check_list_blocks_response_422_type(value: str) -> ListBlocksResponse422Type:
    if value in LIST_BLOCKS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BLOCKS_RESPONSE_422_TYPE_VALUES!r}"
    )
