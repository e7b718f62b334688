from typing import Literal

RemoveReactionResponse500Type = Literal["/problems/internal-error"]

REMOVE_REACTION_RESPONSE_500_TYPE_VALUES: set[RemoveReactionResponse500Type] = {
    "/problems/internal-error",
}


def check_remove_reaction_response_500_type(value: str) -> RemoveReactionResponse500Type:
    if value in REMOVE_REACTION_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_REACTION_RESPONSE_500_TYPE_VALUES!r}"
    )
