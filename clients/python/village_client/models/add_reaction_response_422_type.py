from typing import Literal

AddReactionResponse422Type = Literal["/problems/validation-error"]

ADD_REACTION_RESPONSE_422_TYPE_VALUES: set[AddReactionResponse422Type] = {
    "/problems/validation-error",
}


def check_add_reaction_response_422_type(value: str) -> AddReactionResponse422Type:
    if value in ADD_REACTION_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_REACTION_RESPONSE_422_TYPE_VALUES!r}"
    )
