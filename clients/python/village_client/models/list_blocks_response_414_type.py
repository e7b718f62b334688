from typing import Literal

ListBlocksResponse414Type = Literal["/problems/uri-too-long"]

LIST_BLOCKS_RESPONSE_414_TYPE_VALUES: set[ListBlocksResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_blocks_response_414_type(value: str) -> ListBlocksResponse414Type:
    if value in LIST_BLOCKS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BLOCKS_RESPONSE_414_TYPE_VALUES!r}"
    )
