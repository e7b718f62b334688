from typing import Literal

RemoveReactionResponse404Type = Literal["/problems/not-found"]

REMOVE_REACTION_RESPONSE_404_TYPE_VALUES: set[RemoveReactionResponse404Type] = {
    "/problems/not-found",
}


def check_remove_reaction_response_404_type(value: str) -> RemoveReactionResponse404Type:
    if value in REMOVE_REACTION_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_REACTION_RESPONSE_404_TYPE_VALUES!r}"
    )
