from typing import Literal

AddReactionResponse409Type = Literal["/problems/post-deleted"]

ADD_REACTION_RESPONSE_409_TYPE_VALUES: set[AddReactionResponse409Type] = {
    "/problems/post-deleted",
}


def check_add_reaction_response_409_type(value: str) -> AddReactionResponse409Type:
    if value in ADD_REACTION_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_REACTION_RESPONSE_409_TYPE_VALUES!r}"
    )
