from typing import Literal

RemoveReactionResponse431Type = Literal["/problems/request-header-fields-too-large"]

REMOVE_REACTION_RESPONSE_431_TYPE_VALUES: set[RemoveReactionResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_remove_reaction_response_431_type(value: str) -> RemoveReactionResponse431Type:
    if value in REMOVE_REACTION_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_REACTION_RESPONSE_431_TYPE_VALUES!r}"
    )
