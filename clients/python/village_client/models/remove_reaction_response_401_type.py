from typing import Literal

RemoveReactionResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

REMOVE_REACTION_RESPONSE_401_TYPE_VALUES: set[RemoveReactionResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_remove_reaction_response_401_type(value: str) -> RemoveReactionResponse401Type:
    if value in REMOVE_REACTION_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_REACTION_RESPONSE_401_TYPE_VALUES!r}"
    )
