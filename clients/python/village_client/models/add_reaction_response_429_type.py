from typing import Literal

AddReactionResponse429Type = Literal["/problems/rate-limited"]

ADD_REACTION_RESPONSE_429_TYPE_VALUES: set[AddReactionResponse429Type] = {
    "/problems/rate-limited",
}


def check_add_reaction_response_429_type(value: str) -> AddReactionResponse429Type:
    if value in ADD_REACTION_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_REACTION_RESPONSE_429_TYPE_VALUES!r}"
    )
