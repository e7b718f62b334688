from typing import Literal

RemoveReactionResponse503Type = Literal["/problems/service-unavailable"]

REMOVE_REACTION_RESPONSE_503_TYPE_VALUES: set[RemoveReactionResponse503Type] = {
    "/problems/service-unavailable",
}


def check_remove_reaction_response_503_type(value: str) -> RemoveReactionResponse503Type:
    if value in REMOVE_REACTION_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_REACTION_RESPONSE_503_TYPE_VALUES!r}"
    )
