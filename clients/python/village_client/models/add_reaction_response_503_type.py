from typing import Literal

AddReactionResponse503Type = Literal["/problems/service-unavailable"]

ADD_REACTION_RESPONSE_503_TYPE_VALUES: set[AddReactionResponse503Type] = {
    "/problems/service-unavailable",
}


def check_add_reaction_response_503_type(value: str) -> AddReactionResponse503Type:
    if value in ADD_REACTION_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_REACTION_RESPONSE_503_TYPE_VALUES!r}"
    )
