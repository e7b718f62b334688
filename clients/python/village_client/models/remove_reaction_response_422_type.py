from typing import Literal

RemoveReactionResponse422Type = Literal["/problems/validation-error"]

REMOVE_REACTION_RESPONSE_422_TYPE_VALUES: set[RemoveReactionResponse422Type] = {
    "/problems/validation-error",
}


def check_remove_reaction_response_422_type(value: str) -> RemoveReactionResponse422Type:
    if value in REMOVE_REACTION_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_REACTION_RESPONSE_422_TYPE_VALUES!r}"
    )
