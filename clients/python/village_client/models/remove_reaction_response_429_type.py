from typing import Literal

RemoveReactionResponse429Type = Literal["/problems/rate-limited"]

REMOVE_REACTION_RESPONSE_429_TYPE_VALUES: set[RemoveReactionResponse429Type] = {
    "/problems/rate-limited",
}


def check_remove_reaction_response_429_type(value: str) -> RemoveReactionResponse429Type:
    if value in REMOVE_REACTION_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_REACTION_RESPONSE_429_TYPE_VALUES!r}"
    )
