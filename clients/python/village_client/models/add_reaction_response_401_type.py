from typing import Literal

AddReactionResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

ADD_REACTION_RESPONSE_401_TYPE_VALUES: set[AddReactionResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_add_reaction_response_401_type(value: str) -> AddReactionResponse401Type:
    if value in ADD_REACTION_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_REACTION_RESPONSE_401_TYPE_VALUES!r}"
    )
