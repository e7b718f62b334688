from typing import Literal

AddReactionResponse404Type = Literal["/problems/not-found"]

ADD_REACTION_RESPONSE_404_TYPE_VALUES: set[AddReactionResponse404Type] = {
    "/problems/not-found",
}


def check_add_reaction_response_404_type(value: str) -> AddReactionResponse404Type:
    if value in ADD_REACTION_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_REACTION_RESPONSE_404_TYPE_VALUES!r}"
    )
