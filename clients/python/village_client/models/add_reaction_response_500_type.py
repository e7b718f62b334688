from typing import Literal

AddReactionResponse500Type = Literal["/problems/internal-error"]

ADD_REACTION_RESPONSE_500_TYPE_VALUES: set[AddReactionResponse500Type] = {
    "/problems/internal-error",
}


def check_add_reaction_response_500_type(value: str) -> AddReactionResponse500Type:
    if value in ADD_REACTION_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_REACTION_RESPONSE_500_TYPE_VALUES!r}"
    )
