from typing import Literal

RemoveReactionResponse414Type = Literal["/problems/uri-too-long"]

REMOVE_REACTION_RESPONSE_414_TYPE_VALUES: set[RemoveReactionResponse414Type] = {
    "/problems/uri-too-long",
}


def check_remove_reaction_response_414_type(value: str) -> RemoveReactionResponse414Type:
    if value in REMOVE_REACTION_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_REACTION_RESPONSE_414_TYPE_VALUES!r}"
    )
